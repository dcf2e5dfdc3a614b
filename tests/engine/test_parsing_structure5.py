"""Issue 15, the fifth "structure" round: classes block j showed missed, checked on variants in
other words (scripts/corpus_probes_structure5.py)."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import parse


def _foods(text: str) -> list[list[str | None]]:
    return [
        [item.food for item in e.items] for e in parse(text).events if isinstance(e, MealLogged)
    ]


class TestATitleWithACounter:
    """A heading with a counter before a colon names no food: the first food is read alone."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("race week day 2: 2 bagels and a banana", [["bagel", "banana"]]),
            ("4 days out: porridge and an apple", [["porridge", "apple"]]),
            ("thanksgiving plate #2: turkey and gravy", [["turkey breast", "gravy"]]),
            ("3 sleeps to go: pasta, an apple", [["pasta", "apple"]]),
            ("checkpoint 2: a banana and an apple", [["banana", "apple"]]),
        ],
    )
    def test_the_first_food_is_known(self, text: str, foods: list[list[str]]) -> None:
        assert _foods(text) == foods
        assert parse(text).unparsed == ()

    def test_a_plan_s_day_heads_a_run(self) -> None:
        (logged,) = parse("week 5 day 1: 5k 27:40").events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(5000)
        assert logged.duration_s == pytest.approx(27 * 60 + 40)


class TestTyposOfAWeighInOrADistance:
    """A weigh-in's word and the miles of a run are read through a typo."""

    @pytest.mark.parametrize(
        ("text", "kg"), [("wieght 72.4kg", 72.4), ("weigth 68.1 kg this morning", 68.1)]
    )
    def test_the_weigh_in_is_logged(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(kg)

    @pytest.mark.parametrize(
        ("text", "miles", "minutes"), [("6 milez 55:00", 6, 55), ("3 mils in 27:30", 3, 27.5)]
    )
    def test_the_run_is_in_miles(self, text: str, miles: float, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(miles * 1609.344, rel=1e-3)
        assert logged.duration_s == pytest.approx(minutes * 60)


class TestADaysListWithASession:
    """A list holding a session or a weigh-in among its foods is a day's: a meal a part."""

    @pytest.mark.parametrize(
        "text",
        [
            "1. a bagel 2. 10k 49:30 3. tuna sandwich 4. an apple 5. 68.9kg",
            "Fri\n🥯 a bagel\n🏃 10k 49:30\n🥪 tuna sandwich\n🍎 an apple",
            "Sun:\n🥯 a bagel\n🏃‍♀️ 10k 49:30\n🥪 tuna sandwich\n🍏 an apple",
        ],
    )
    def test_each_food_part_is_a_meal(self, text: str) -> None:
        assert _foods(text) == [["bagel"], ["tuna sandwich"], ["apple"]]
        (logged,) = [e for e in parse(text).events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(10_000)

    def test_emoji_led_foods_alone_stay_one_meal(self) -> None:
        assert _foods("🥣 porridge\n🍌 a banana\n☕ a coffee") == [["porridge", "banana", "coffee"]]


def _run_of(text: str) -> RunLogged:
    (logged,) = [e for e in parse(text).events if isinstance(e, RunLogged)]
    return logged


class TestARaceNamedWithItsDistance:
    """A race known by its name, with its distance said too, is run once."""

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("ran the Bay to Breakers 12k in 1:05:40", 12),
            ("did the 10 mile great south run 1:24:10", 16.0934),
            ("city2surf 1:20:00", 14),
        ],
    )
    def test_the_distance_counted_once(self, text: str, km: float) -> None:
        assert _run_of(text).distance_m == pytest.approx(km * 1000, rel=1e-3)


class TestRunWalkForATime:
    """A run/walk pattern kept "for" a time: that time is the session's."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("walk 2 min run 1 min for 30 min, 3.2km", 30),
            ("run 4 min walk 1 min for 25 min, 3.5 km", 25),
        ],
    )
    def test_the_stated_time(self, text: str, minutes: float) -> None:
        assert _run_of(text).duration_s == pytest.approx(minutes * 60)

    def test_sets_still_count_their_time(self) -> None:
        assert _run_of("run 1 min walk 1 min x 8, 2km").duration_s == pytest.approx(16 * 60)


class TestFoodAtAGameWatched:
    """Food at a game someone else plays logs the food, no session."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("2 hot dogs at the football game", [["hot dog"]]),
            ("a banana at my son's soccer match", [["banana"]]),
        ],
    )
    def test_only_the_food(self, text: str, foods: list[list[str]]) -> None:
        assert _foods(text) == foods
        assert all(isinstance(e, MealLogged) for e in parse(text).events)

    def test_a_match_played_is_a_session(self) -> None:
        (logged,) = parse("played a football match, 90 mins").events
        assert isinstance(logged, ActivityLogged)
        assert logged.duration_s == pytest.approx(90 * 60)


class TestABareKcalAfterAMealsLetter:
    """A bare number ending a part of a meals' letters list is that meal's kcal."""

    def test_each_meal_its_kcal(self) -> None:
        meals = [e for e in parse("b/l/d: porridge / a tuna sandwich 420 / pasta 650").events]
        assert all(isinstance(m, MealLogged) for m in meals)
        assert [m.meal for m in meals if isinstance(m, MealLogged)] == [
            "breakfast",
            "lunch",
            "dinner",
        ]
        assert [m.kcal for m in meals if isinstance(m, MealLogged)][1:] == [
            pytest.approx(420),
            pytest.approx(650),
        ]


class TestASessionInsteadOfRunning:
    """Why there was no run, before what was done: the session done is logged."""

    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            ("physio says no running, so 30 min on the cross trainer", "elliptical", 30),
            ("no running this week so 40 min on the elliptical", "elliptical", 40),
            ("can't run with my knee so 40 min swim", "swim", 40),
        ],
    )
    def test_the_session(self, text: str, activity: str, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, ActivityLogged)
        assert logged.activity == activity
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_no_running_alone_logs_nothing(self) -> None:
        assert parse("no running today, rest day").events == ()


class TestAStatedTotalBesideSets:
    """A session's total said beside its sets is its time; water running is no swim."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("aqua jogging 4 x 8 min, 40 min in the pool total", 40),
            ("spin 6 x 5 min, 50 min total", 50),
        ],
    )
    def test_the_total(self, text: str, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, ActivityLogged)
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_parts_without_a_total_add_up(self) -> None:
        (logged,) = parse("cycled to work and back, 2 x 25 min").events
        assert isinstance(logged, ActivityLogged)
        assert logged.duration_s == pytest.approx(50 * 60)


class TestAMealAfterANamedRace:
    """A meal after a race named between "the" and its distance: the run and the meal."""

    def test_both(self) -> None:
        text = "a bagel and a coffee after the parkway 10k, 51:05"
        assert _foods(text) == [["bagel", "coffee"]]
        assert _run_of(text).duration_s == pytest.approx(51 * 60 + 5)

    def test_on_the_treadmill_is_no_race_name(self) -> None:
        assert _run_of("40 mins on the treadmill at 12 km/h").distance_m == pytest.approx(8000)


class TestAnOccasionBeforeTheFood:
    """An occasion food was had at names no food: nothing is asked about it."""

    @pytest.mark.parametrize(
        "text",
        ["my sister's wedding, a bagel and a coffee", "leaving do at work, a bagel and a coffee"],
    )
    def test_only_the_foods(self, text: str) -> None:
        assert _foods(text) == [["bagel", "coffee"]]


class TestANightNamedForAFood:
    """ "curry night," heads the meal; "pizza nite 3 slices" is 3 slices of pizza."""

    def test_the_amount_is_of_the_night_s_food(self) -> None:
        (logged,) = [e for e in parse("pizza nite 🍕 3 slices").events if isinstance(e, MealLogged)]
        (item,) = logged.items
        assert item.food == "pizza"
        assert item.quantity == pytest.approx(3)

    def test_a_heading_names_no_food(self) -> None:
        assert _foods("quiz night, a bagel and a coffee") == [["bagel", "coffee"]]

    def test_a_night_of_the_week_is_a_time(self) -> None:
        assert _foods("friday night 2 bagels") == [["bagel"]]


class TestAnAidStationAtAMile:
    """An ultra's stop at a mile heads the food had there, no food itself."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("mile 18 aid: 2 bananas and a coffee", [["banana", "coffee"]]),
            ("km 25 feed station: a bagel and an apple", [["bagel", "apple"]]),
        ],
    )
    def test_the_first_food_is_known(self, text: str, foods: list[list[str]]) -> None:
        assert _foods(text) == foods
        assert parse(text).unparsed == ()


class TestAMealAfterAWalkRun:
    """A walk-run names the session a meal came after: the meal's words end before it."""

    def test_the_food_and_the_run(self) -> None:
        text = "soft boiled egg and soldiers after my walk-run, 4 km 31:00"
        assert parse(text).unparsed == ()
        (logged,) = [e for e in parse(text).events if isinstance(e, MealLogged)]
        assert all(item.resolved for item in logged.items)
        assert logged.meal == "recovery"
        assert _run_of(text).distance_m == pytest.approx(4000)


class TestFoodForTomorrowsRace:
    """Food said to fuel tomorrow's race is eaten now; food kept for tomorrow is not."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("carbs for tomorrow: a bagel and 2 bananas", [["bagel", "banana"]]),
            ("fuel for tomorrow's race: porridge and an apple", [["porridge", "apple"]]),
            ("2 bagels tonight for tomorrow's half", [["bagel"]]),
        ],
    )
    def test_eaten_now(self, text: str, foods: list[list[str]]) -> None:
        assert _foods(text) == foods

    def test_kept_for_tomorrow_is_not_logged(self) -> None:
        assert parse("made a bagel for tomorrow").events == ()


class TestACountedTitleKeepsItsMeal:
    """A counted title goes, the meal it names stays: "breakfast #2:", "day 4 lunch:"."""

    @pytest.mark.parametrize(
        ("text", "meal", "foods"),
        [
            ("breakfast #2: a bagel and a coffee", "breakfast", ["bagel", "coffee"]),
            ("day 4 lunch: porridge and an apple", "lunch", ["porridge", "apple"]),
            ("dinner round 2: a bagel and a banana", "dinner", ["bagel", "banana"]),
        ],
    )
    def test_the_label_and_the_foods(self, text: str, meal: str, foods: list[str]) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, MealLogged)
        assert logged.meal == meal
        assert [item.food for item in logged.items] == foods

    @pytest.mark.parametrize(
        "text", ["meal 3: a bagel and a coffee", "feed zone 2: a bagel and a coffee"]
    )
    def test_a_numbered_meal_or_stop(self, text: str) -> None:
        assert _foods(text) == [["bagel", "coffee"]]


class TestFollowedBy:
    """ "followed by" starts what came next, as "then" does."""

    def test_a_run_then_food(self) -> None:
        text = "8k in 44 mins followed by a bagel and a coffee"
        assert _foods(text) == [["bagel", "coffee"]]
        assert _run_of(text).duration_s == pytest.approx(44 * 60)

    def test_food_then_food(self) -> None:
        assert _foods("porridge followed by 2 bananas") == [["porridge", "banana"]]
