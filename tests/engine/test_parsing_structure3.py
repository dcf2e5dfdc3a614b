"""Issue 15, the third "structure" round: classes block h showed missed, checked on variants in
other words (scripts/corpus_probes_structure3.py): requests to log, kcal said in hundreds and
thousands, stated kcal after a dish, a session named as a meal's label, plans and parties."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, MealLogged, RunLogged
from tests.engine.test_parsing import BERLIN, parse
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import only_run as run


class TestRequestsToLog:
    """A request to log, as a question or a plea, logs what it names; a question stays one."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("could you log 2 eggs and a banana", ["egg", "banana"]),
            ("can u add porridge and an apple please", ["porridge", "apple"]),
            ("pls log a bagel", ["bagel"]),
            ("log 2 eggs and toast", ["egg", "toast"]),
            ("can you log a bagel?", ["bagel"]),
            ("morning! could you please add a banana for me", ["banana"]),
        ],
    )
    def test_the_food_it_names_is_logged(self, text: str, foods: list[str]) -> None:
        logged = meal(text)
        assert [item.food for item in logged.items] == foods
        assert all(item.resolved for item in logged.items)

    def test_a_run_it_names_is_logged(self) -> None:
        logged = run("can you log a run for me, 8k in 41:20")
        assert logged.distance_m == pytest.approx(8000)
        assert logged.duration_s == pytest.approx(41 * 60 + 20)

    @pytest.mark.parametrize(
        "text",
        [
            "can I have a bagel before a long run?",
            "can you log runs from strava?",
            "can you add up my calories?",
            "how do I log a run?",
            "can you add more protein to my plan?",
        ],
    )
    def test_a_question_logs_nothing(self, text: str) -> None:
        result = parse(text)
        assert result.events == ()
        assert result.intent == "question"


class TestKcalInHundreds:
    """Stated kcal said in words above ninety-nine are the figure, not words left over."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("burrito for dinner about seven hundred calories", 700),
            ("a protein bar that was two hundred and twenty calories", 220),
            ("big curry about a thousand calories", 1000),
            ("pasta bake about one and a half thousand calories", 1500),
            ("pizza around one thousand two hundred calories", 1200),
        ],
    )
    def test_the_stated_kcal(self, text: str, kcal: float) -> None:
        logged = meal(text)
        assert logged.kcal == pytest.approx(kcal)
        assert [item.source for item in logged.items] == ["stated"]

    def test_two_hundred_grams_is_an_amount(self) -> None:
        chicken, _rice = meal("two hundred grams of chicken and rice").items
        assert chicken.grams == pytest.approx(200)

    def test_a_hundred_before_no_unit_stays_words(self) -> None:
        result = parse("a thousand thanks")
        assert not any(isinstance(e, MealLogged) for e in result.events)


class TestKcalAfterADish:
    """A number after a dish, hedged or a tracker's, is the dish's kcal; a kcal said to be for a
    food named before is that food's, not a second one."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("pad thai 🍜 ~650", 650),
            ("stir fry, mfp says 580", 580),
            ("lasagne, 800", 800),
            ("bibimbap at lunch, app says 560kcal", 560),
            ("porridge. my app says 350", 350),
        ],
    )
    def test_the_dish_s_stated_kcal(self, text: str, kcal: float) -> None:
        logged = meal(text)
        assert logged.kcal == pytest.approx(kcal)
        assert [item.source for item in logged.items] == ["stated"]

    @pytest.mark.parametrize("text", ["pizza, 3", "almonds, about 20"])
    def test_a_small_bare_number_is_still_a_count(self, text: str) -> None:
        (item,) = meal(text).items
        assert item.source != "stated"
        assert item.quantity is not None and item.quantity > 1

    def test_a_tracker_s_kcal_after_a_run_is_no_food(self) -> None:
        assert not any(
            isinstance(e, MealLogged) for e in parse("ran 5k 25:00, app says 400 kcal").events
        )

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("a flapjack and a coffee, the pack says 320 kcal for the flapjack", 322.4),
            ("latte and a blueberry muffin, the cafe says 390 kcal for the muffin", None),
            ("porridge and a banana, the banana was 90 kcal", None),
        ],
    )
    def test_a_kcal_for_a_food_named_before_replaces_it(
        self, text: str, kcal: float | None
    ) -> None:
        logged = meal(text)
        assert sum(item.source == "stated" for item in logged.items) == 1
        assert len(logged.items) == 2  # the food, read from the table, gave way
        if kcal is not None:
            assert logged.kcal == pytest.approx(kcal, abs=1)


class TestASessionAsAMealsLabel:
    """ "after swim:" with no figures says when the food was: no session is invented and the
    food is logged; with figures the session stays."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("after swim: 2 toasted bagels with cream cheese", ["bagel", "cream cheese"]),
            ("after yoga a bagel", ["bagel"]),
            ("post swim porridge", ["porridge"]),
            ("before pilates: an apple", ["apple"]),
            ("after the bike: 3 rice cakes", ["rice cake"]),
        ],
    )
    def test_only_the_meal(self, text: str, foods: list[str]) -> None:
        logged = meal(text)
        assert [item.food for item in logged.items] == foods

    def test_a_session_with_its_figures_stays_one(self) -> None:
        (event,) = parse("swim 2k after the bike").events
        assert not isinstance(event, MealLogged)

    def test_a_dish_after_a_team_game_is_the_dish(self) -> None:
        (item,) = meal("poutine after the hockey game").items  # poutine is asked (block p)
        assert (item.text, item.resolved) == ("poutine", False)


class TestPlansAndParties:
    """A party or a social meal on a day ahead is a plan: no meal of its courses, no race run."""

    @pytest.mark.parametrize(
        "text",
        [
            "running club christmas party on friday, 3 courses and a disco",
            "pasta party the night before the marathon on saturday",
            "awards dinner tomorrow, 4 courses and a free bar",
            "birthday meal next sunday, booked a table for 8",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        result = parse(text)
        assert result.events == ()
        assert result.intent == "chat"

    def test_a_party_that_was_logs_its_food(self) -> None:
        logged = meal("club christmas party was great, 3 pints and a burger")
        assert {"beer", "burger"} <= {item.food for item in logged.items}

    def test_a_meal_on_a_bare_weekday_may_have_been_had(self) -> None:
        assert parse("christmas dinner on sunday, turkey and roast potatoes").events


class TestARunsFigures:
    """The run's time after '!!!', misspelt run words, a watch's name and best lap."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("first parkrun ever!!! 41:12 and I walked a bit", 5, 41.2),
            ("my first ever 10k race!!! 1:02:45 and walked the hills", 10, 62.75),
            ("half marathn 1:52:07", 21.0975, 112 + 7 / 60),
            ("parkrn 24:10", 5, 24 + 10 / 60),
            ("did 8 kilometers in 41 mintues", 8, 41),
            ("Garmin Forerunner\nTrack Run\n5.00 km\n18:59\nBest lap 3:41", 5, 18 + 59 / 60),
            ("COROS PACE 3\nEvening Run\n8.2 km\n44:10\nFastest km 4:51", 8.2, 44 + 10 / 60),
        ],
    )
    def test_one_run_with_its_time(self, text: str, km: float, minutes: float) -> None:
        result = parse(text)
        (logged,) = result.events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)
        assert logged.duration_s == pytest.approx(minutes * 60, abs=1)
        assert result.unparsed == ()

    def test_a_walk_with_its_own_figures_stays_a_walk(self) -> None:
        assert len(parse("parkrun 31:20. walked home 20 min").events) == 2

    @pytest.mark.parametrize(
        "text", ["PT test is friday, 2 miles in under 15 is the goal", "sub 20 is the target"]
    )
    def test_a_goal_is_no_run(self, text: str) -> None:
        assert parse(text).events == ()


class TestAFoodTheTableLacksBesideARun:
    """A food the table lacks beside a run is asked about in the meal: never dropped silently
    nor the whole message refused."""

    @pytest.mark.parametrize(
        ("text", "unknown"),
        [
            ("long run 25 km 2:10:40, after it a semla and coffee", "semla"),
            ("ran 10k 48:30, a lussekatt and a latte after", "lussekatt"),
            ("simit and ayran after the 15k, 1:14:30", "simit"),
        ],
    )
    def test_asked_in_the_meal(self, text: str, unknown: str) -> None:
        result = parse(text)
        assert any(isinstance(e, RunLogged) for e in result.events)
        (logged,) = (e for e in result.events if isinstance(e, MealLogged))
        assert [i.text for i in logged.items if not i.resolved] == [unknown]

    @pytest.mark.parametrize(
        "text",
        ["3 zorblax after the fun run", "2 snags in bread at the sausage sizzle after the fun run"],
    )
    def test_a_count_with_a_run_word_is_no_refusal(self, text: str) -> None:
        assert meal(text).items

    def test_a_place_beside_a_run_alone_is_not_asked(self) -> None:
        result = parse("10k 52:00, hangang park loop")
        assert result.unparsed == ()


class TestRaceLegsAndRunWalkSets:
    """A leg's time written before its name is the leg's, not the race's finish; run/walk sets
    in other notations are parts of a stated total."""

    def test_each_leg_keeps_its_time(self) -> None:
        result = parse("70.3 done!! 34:12 swim / 2:41:50 bike / 1:44:05 run")
        assert [round(e.duration_s) for e in result.events if hasattr(e, "duration_s")] == [
            34 * 60 + 12, 2 * 3600 + 41 * 60 + 50, 3600 + 44 * 60 + 5
        ]

    def test_a_finish_time_before_the_legs_times_is_no_leg_s(self) -> None:
        result = parse("ironman done!!! 11:48:31 swim 1:12:00, bike 6:01:00, run 4:20:00")
        assert [round(e.duration_s) for e in result.events if hasattr(e, "duration_s")] == [
            72 * 60, 6 * 3600 + 60, 4 * 3600 + 20 * 60
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "run/walk 1 min / 1.5 min x 8, 3.1 km in 28 min",
            "1 min run 1.5 min walk x 8, 3.1 km in 28 min",
            "run 1 min walk 1.5 min x 8, 3.1 km in 28 min",
        ],
    )
    def test_the_stated_total_wins(self, text: str) -> None:
        logged = run(text)
        assert logged.distance_m == pytest.approx(3100)
        assert logged.duration_s == pytest.approx(28 * 60)

    def test_sets_alone_are_their_time(self) -> None:
        assert run("run/walk 1 min / 1.5 min x 8").duration_s == pytest.approx(20 * 60)


class TestMomentsOfTheDay:
    """A moment of the day between a day's meals is no food to ask about, and the food after it
    is another meal."""

    @pytest.mark.parametrize(
        ("text", "meals"),
        [
            ("sat: parkrun 22:15, bacon sandwich, 3pm nap, curry night 900 kcal", 2),
            ("toast, 2 hour nap, pasta", 2),
            ("porridge, school run, tuna sandwich", 2),
            ("bagel, shower, 10k 50:00, pizza", 2),
        ],
    )
    def test_two_meals_and_nothing_asked(self, text: str, meals: int) -> None:
        result = parse(text)
        logged = [e for e in result.events if isinstance(e, MealLogged)]
        assert len(logged) == meals
        assert all(item.resolved for e in logged for item in e.items)
        assert result.unparsed == ()

    @pytest.mark.parametrize("text", ["ran to work 5k 26:00", "spin class 45 min"])
    def test_a_session_named_with_them_stays_one(self, text: str) -> None:
        (event,) = parse(text).events
        assert not isinstance(event, MealLogged)


class TestATitleHoldingADuration:
    """A meal's title may say how long the shift or the drive was: still a title."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("meal deal on the 12 hr shift: chicken sandwich 390 kcal, crisps, diet coke",
             ["chicken sandwich", "crisps", "diet coke"]),
            ("break on the 10 hr shift: a banana, 3 rice cakes", ["banana", "rice cake"]),
        ],
    )
    def test_the_list_after_it(self, text: str, foods: list[str]) -> None:
        assert [item.food for item in meal(text).items] == foods


class TestTheBreadOfATitledDish:
    """A dish titled before its fillings is eaten in its bread: the fillings are listed, the
    bread is not, and it is counted too, once."""

    @pytest.mark.parametrize(
        ("text", "bread"),
        [
            ("breakfast roll from the centra after parkrun - 2 sausages, 2 rashers, egg", "roll"),
            ("sandwich from the garage: 2 fried eggs, 2 rashers", "bread"),
            ("bagel from the market - 2 fried eggs, 1 rasher", "bagel"),
        ],
    )
    def test_the_bread_is_logged(self, text: str, bread: str) -> None:
        assert any(bread in (item.food or "") for item in meal(text).items)

    def test_bread_the_fillings_name_is_not_added_again(self) -> None:
        logged = meal("pb tortilla roll-up at mile 40: 1 tortilla, 2 tbsp pb")
        foods = [i.food for i in logged.items]
        assert foods == ["tortilla", "peanut butter"]


class TestHelpingAtARaceAndWhere:
    """A role at a race is no run of one's own; a kind of run and a bare number may say where."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("parkrun volunteer then ran home, 9.4 km 47:10", 9.4, 47 + 10 / 60),
            ("marshalled at the 10k race, then ran 7k 38:00", 7, 38),
            ("easy 5 on the treadmill, 45:10", 5, 45 + 10 / 60),
            ("steady 10 along the canal, 52:45", 10, 52.75),
        ],
    )
    def test_only_the_run(self, text: str, km: float, minutes: float) -> None:
        result = parse(text)
        (logged,) = result.events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(minutes * 60)
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        "text", ["volunteering at parkrun this morning", "cheered at the marathon"]
    )
    def test_a_role_alone_is_chat(self, text: str) -> None:
        result = parse(text)
        assert result.events == ()
        assert result.unparsed == ()


def test_a_decimal_comma_before_a_percent_is_one_number() -> None:
    """ "250ml milk (3,5%)": the milk's fat, one number, not a "3" and a "5%" read as foods."""
    oats, milk, apple = meal("50g oats with 250ml milk (3,5%) and one apple").items
    assert "3.5" in milk.text
    assert (oats.food, apple.food) == ("oats", "apple")


@pytest.mark.parametrize(
    ("text", "foods"),
    [
        ("beans on toast again (student budget), full tin, 2 slices", ["baked beans", "toast"]),
        ("toast (cheat day)", ["toast"]),
        ("porridge (with honey)", ["porridge", "honey"]),
    ],
)
def test_an_aside_in_brackets_naming_no_food_is_no_part_of_it(
    text: str, foods: list[str]
) -> None:
    logged = meal(text)
    assert [item.food for item in logged.items] == foods


class TestATimeForEachWay:
    """There and back with a time for each leg is a session each way; one time "each way" is
    still one session of twice the time."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("run commute 6k each way, 31 and 33 min", 6, (31, 33)),
            ("commute run both ways, 7.5k each, 39 and 41 min", 7.5, (39, 41)),
            ("ran to work and back, 5k each way, 26 min and 28 min", 5, (26, 28)),
        ],
    )
    def test_a_run_each_way(self, text: str, km: float, minutes: tuple[int, int]) -> None:
        runs = parse(text).events
        assert all(isinstance(r, RunLogged) for r in runs)
        assert [r.distance_m for r in runs] == [km * 1000, km * 1000]
        assert sorted(round(r.duration_s / 60) for r in runs) == list(minutes)

    def test_one_time_each_way_is_one_session_of_twice_it(self) -> None:
        (ride,) = parse("commute ride 24 km, 55 min each way").events
        assert isinstance(ride, ActivityLogged)
        assert ride.duration_s == 110 * 60


def test_a_pool_s_length_is_no_figure_of_the_swim() -> None:
    (swim,) = parse("swim 1800m 35:20 in the 50m pool").events
    assert isinstance(swim, ActivityLogged)
    assert swim.duration_s == 35 * 60 + 20


def test_food_before_a_couch_to_5k_is_the_meal() -> None:
    foods = [i.food for i in meal("1 slice of toast with honey before c25k").items]
    assert foods == ["toast", "honey"]


class TestWithFamily:
    """ "My mother and I had ..." is the runner's own meal; an in-law is someone else."""

    def test_the_meal_is_ours(self) -> None:
        foods = [i.food for i in meal("my mother and I had tea and cake").items]
        assert foods[0] == "tea"
        assert len(foods) == 2

    def test_someone_else_s_food_alone_is_still_theirs(self) -> None:
        assert parse("the guy next to me had 3 gels").events == ()

    @pytest.mark.parametrize(
        "text",
        [
            "my brother-in-law says 5 pints is a recovery drink",
            "my sister-in-law ran 10k in 50 min",
        ],
    )
    def test_an_in_law_is_someone_else(self, text: str) -> None:
        assert parse(text).events == ()


def test_a_peloton_tread_is_a_treadmill_run() -> None:
    logged = run("peloton tread 30 min, 3.1 mi")
    assert logged.distance_m == pytest.approx(4989, abs=1)
    assert "treadmill" in logged.tags


@pytest.mark.parametrize(
    ("text", "grams"),
    [("a coke 330ml", 330 * 1.04), ("a banana 120g", 120), ("an apple 150g", 150)],
)
def test_one_of_a_food_with_its_size_said_after_is_that_size(text: str, grams: float) -> None:
    (item,) = meal(text).items
    assert item.grams == pytest.approx(grams, rel=0.05)


class TestAWatchsTitleAndPartsOfTheDay:
    """A watch's title naming the distance it measures is one run; "am: ... pm: ..." on one
    line is two meals; "lunch 5k" is a run at lunch."""

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("Morning 10K\n10.02 km\n52:10", 10.02),
            ("Track 5k\n5.00 km · 19:45\nSplits 3:58, 3:57, 3:59, 3:56, 3:55", 5),
            ("Lunch 5K\n5.02 km · 26:14", 5.02),
            ("lunch 5k 26:14", 5),
        ],
    )
    def test_one_run(self, text: str, km: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000)

    def test_two_runs_of_the_same_distance_stay_two(self) -> None:
        assert len(parse("am run 5k 25:00. pm run 5k 26:00").events) == 2

    def test_parts_of_the_day_on_one_line(self) -> None:
        result = parse("am: porridge and a banana pm: chicken wrap 450 kcal")
        assert [round(e.kcal) for e in result.events if isinstance(e, MealLogged)] == [271, 450]


@pytest.mark.parametrize(
    ("text", "label"),
    [("iftar: 3 dates and lentil soup", "dinner"), ("suhoor at 4am: porridge", "breakfast")],
)
def test_the_meals_of_a_fast_are_labels(text: str, label: str) -> None:
    assert meal(text).meal == label


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("10k in 48:12, went out too fast, 4:40 first km", 48 * 60 + 12),
        ("parkrun 25:40, went off way too fast", 25 * 60 + 40),
        ("half 1:45:00, 6:55 for the last mile", 105 * 60),
    ],
)
def test_a_race_report_is_its_run_alone(text: str, seconds: int) -> None:
    """ "too fast" is no breakfast ("b'fast"); a split's time first is no more time."""
    result = parse(text)
    (logged,) = result.events
    assert isinstance(logged, RunLogged)
    assert logged.duration_s == seconds
    assert result.unparsed == ()


def test_a_meal_s_label_then_its_clock() -> None:
    """ "brekkie 7:30 porridge": breakfast at 7:30 (was an unknown "7:30 porridge")."""
    logged = meal("brekkie 7:30 porridge")
    assert logged.meal == "breakfast"
    assert [i.food for i in logged.items] == ["porridge"]
    assert logged.at.astimezone(BERLIN).strftime("%H:%M") == "07:30"


@pytest.mark.parametrize(
    "text",
    ["parkrun 21:10, 3rd overall", "10k 41:02, 12th out of 300", "half 1:32:10, 1st V50"],
)
def test_a_placing_in_a_race_is_nothing_to_ask(text: str) -> None:
    result = parse(text)
    assert len(result.events) == 1
    assert result.unparsed == ()


@pytest.mark.parametrize(
    ("text", "food"), [("3rd coffee of the day", "coffee"), ("first banana of the day", "banana")]
)
def test_the_how_manieth_of_the_day_is_one(text: str, food: str) -> None:
    (item,) = meal(text).items
    assert (item.food, item.quantity) == (food, 1.0)


class TestCorrections:
    """A correction said with "oops", "sorry" or "actually" is one; a food named again in it
    is the one corrected, the clause's other foods kept."""

    def test_the_food_named_again_is_replaced(self) -> None:
        logged = meal("2 eggs and toast. actually make that 3 eggs")
        assert sorted((i.food, i.quantity) for i in logged.items) == [("egg", 3.0), ("toast", None)]

    def test_oops_i_mean(self) -> None:
        assert [i.food for i in meal("a bagel, oops I mean a banana").items] == ["banana"]

    def test_another_food_still_takes_back_the_clause(self) -> None:
        logged = meal("2 crumpets... kidding, 2 slices toast")
        assert [i.food for i in logged.items] == ["toast"]


@pytest.mark.parametrize(
    ("text", "km", "minutes"),
    [
        ("ran 8k 42:00. sorry, 10k not 8", 10, 42),
        ("ran 10k in 52 min. actually 53 min", 10, 53),
        ("ran 12k 1:02:00. i mean 13k", 13, 62),
    ],
)
def test_a_run_s_figure_corrected_in_the_next_sentence(
    text: str, km: float, minutes: float
) -> None:
    logged = run(text)
    assert logged.distance_m == pytest.approx(km * 1000)
    assert logged.duration_s == pytest.approx(minutes * 60)


def test_a_second_run_said_after_is_no_correction() -> None:
    assert len(parse("ran 8k 42:00. 10k 50:00").events) == 2


@pytest.mark.parametrize(
    ("text", "foods"),
    [
        ("oh and a banana", ["banana"]),
        ("porridge. ah and a coffee", ["porridge", "coffee"]),
        ("forgot to say, a banana earlier", ["banana"]),
    ],
)
def test_words_that_open_a_sentence_are_no_food(text: str, foods: list[str]) -> None:
    """ "oh", "ah", "forgot to say": nothing to ask about (each was an unknown food)."""
    logged = meal(text)
    assert [item.food for item in logged.items] == foods
    assert parse(text).unparsed == ()


def test_i_forgot_to_log_still_logs() -> None:
    assert run("i forgot to log yesterday: 10k 50:00").distance_m == 10000
