"""Every word accounted for (issue 15): nothing dropped silently, chatter not asked about.

Each test is a shape a runner writes, checked by what the reply is built from: the events,
their numbers, the items it will ask about, and the pieces that come back as not understood.
"""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged
from engine.parsing import ParseResult
from tests.engine.test_parsing import only_meal, only_run, parse


def meals(result: ParseResult) -> list[MealLogged]:
    return [e for e in result.events if isinstance(e, MealLogged)]


def runs(result: ParseResult) -> list[RunLogged]:
    return [e for e in result.events if isinstance(e, RunLogged)]


def asked_about(result: ParseResult) -> list[str]:
    """What the reply asks about: unknown items and pieces not understood."""
    unknown = [i.text for m in meals(result) for i in m.items if not i.resolved]
    return unknown + list(result.unparsed)


class TestNothingDroppedSilently:
    """A clause after a run is a meal, or the reply asks about it; never a plain "Logged"."""

    @pytest.mark.parametrize(
        "text",
        [
            "morning: 8 mile tempo in 58:20. lunch was a tuna sandwich",
            "10k 52:00. dinner was spag bol",
            "long run 16k 1:35:00 - pasta for tea",
            "tempo 10k 45:00!!! chips after",
            "done 5k in 27 min :) lunch - jacket potato with beans",
            "8 mile tempo in 58:20 lunch was a tuna sandwich",
            "5k 27:30 💪 eggs on toast after",
            "10k race 48:12 (pb!) pizza to celebrate",
        ],
    )
    def test_the_meal_after_a_run_is_logged(self, text: str) -> None:
        result = parse(text)
        assert len(runs(result)) == 1
        (meal,) = meals(result)
        assert meal.kcal > 200
        assert asked_about(result) == []

    def test_an_unknown_food_after_a_run_is_asked_about(self) -> None:
        """The run is logged and the reply asks what the burrito bowl was."""
        result = parse("morning: 8 mile tempo in 58:20. lunch was a chipotle xyzzy bowl")
        assert len(runs(result)) == 1
        assert any("xyzzy" in piece for piece in asked_about(result))

    @pytest.mark.parametrize(
        ("text", "km", "minutes", "kcal_over"),
        [
            ("two pb and j sandwiches after my 4 mile run (34:50)", 6.437, 34.83, 600),
            ("chocolate milk after my 10k in 48:30", 10.0, 48.5, 150),
            ("chocolate milk after my 10k run, 52 min", 10.0, 52.0, 150),
            ("coffee and a flapjack after parkrun 24:10", 5.0, 24.17, 90),
        ],
    )
    def test_a_run_named_beside_the_food_is_logged_too(
        self, text: str, km: float, minutes: float, kcal_over: float
    ) -> None:
        result = parse(text)
        (run,) = runs(result)
        assert run.distance_m == pytest.approx(km * 1000, abs=1)
        assert run.duration_s / 60 == pytest.approx(minutes, abs=0.01)
        (meal,) = meals(result)
        assert meal.meal == "recovery" and meal.kcal > kcal_over

    @pytest.mark.parametrize("text", ["bagel after the 10k", "post-10k: 2 eggs"])
    def test_food_after_a_run_without_its_time_is_recovery_not_a_run(self, text: str) -> None:
        """The run was logged on its own; the food after it is what this message adds."""
        meal = only_meal(text)
        assert meal.meal == "recovery" and meal.kcal > 100


@pytest.mark.parametrize(
    ("text", "kcal_over"),
    [("long run 25k 2:30 with 3 gels on the way", 250), ("long run 30k 3:00 with 2 bananas", 200)],
)
def test_fuel_named_with_a_run_is_eaten(text: str, kcal_over: float) -> None:
    result = parse(text)
    assert len(runs(result)) == 1
    (meal,) = meals(result)
    assert meal.kcal > kcal_over


@pytest.mark.parametrize("text", ["ran 10k with the club", "ran 10k with 4 strides"])
def test_company_and_strides_with_a_run_are_no_food(text: str) -> None:
    assert [type(e) for e in parse(text).events] == [RunLogged]


@pytest.mark.parametrize(
    ("text", "asked"),
    [("club run tonight 8k 44 mins, chippy tea after", "chippy tea after"),
     ("swim 1.5k then brekkie", "brekkie")],
)  # fmt: skip
def test_a_meal_named_without_its_food_is_asked_about(text: str, asked: str) -> None:
    """The session is logged; the reply asks what the meal was instead of a plain "Logged"."""
    result = parse(text)
    assert result.events and asked in result.unparsed


def test_a_labels_food_on_the_next_line_is_its_food() -> None:
    result = parse("breakfast:\n2 eggs\nlunch:\nsoup")
    assert [m.meal for m in meals(result)] == ["breakfast", "lunch"]
    assert asked_about(result) == []


def test_a_session_after_plus_is_logged() -> None:
    """ "plus yoga 30" is a second session, not more about the run."""
    events = parse("ran 5k 26 min plus yoga 30").events
    assert [type(e) for e in events] == [RunLogged, ActivityLogged]
    assert events[1].duration_s == 1800


class TestChatterIsNotAskedAbout:
    """ "rest day", "legs tired", "with the club", "finally!", 🎉: understood, nothing to log."""

    @pytest.mark.parametrize(
        "text",
        [
            "rest day, 2 slices of pizza for dinner",
            "pizza for dinner, rest day",
            "legs tired. 2 eggs and toast",
            "day off today. porridge for breakfast",
            "skipped my run, had a burrito",
            "ran 5k in 25 min, rest day tomorrow",
            "ran 5k in 25 min. with the club. finally! 🎉",
            "felt great! 2 eggs on toast 🎉",
            "easy 8k 48 min. nothing else eaten yet",
            "dinner was lovely, ran 5k 25 min",
        ],
    )
    def test_chatter_beside_a_log(self, text: str) -> None:
        result = parse(text)
        assert result.events
        assert asked_about(result) == []
        assert all(i.resolved for m in meals(result) for i in m.items)

    def test_food_on_a_rest_day_is_still_eaten(self) -> None:
        meal = only_meal("wine 2 glasses and a rest day")
        assert meal.kcal > 200

    def test_chatter_is_not_eaten(self) -> None:
        """ "with the club" is company, not a club cracker."""
        assert [type(e) for e in parse("ran 5k in 25 min. with the club").events] == [RunLogged]

    @pytest.mark.parametrize(
        ("text", "asked"),
        [("rest day. 2 slices of pizza, flibbertigibbet", "flibbertigibbet"),
         ("legs tired. ran 5k in 25 min. 3 xyzzies", "xyzzies")],
    )  # fmt: skip
    def test_a_word_that_is_no_chatter_is_still_asked_about(self, text: str, asked: str) -> None:
        assert any(asked in piece for piece in asked_about(parse(text)))


class TestWordsAroundFood:
    """Where or how food was had names no food, and a shake of its parts is its parts."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("3 gels and a flapjack on the way", {"energy gel", "flapjack"}),
            ("2 gels on the way to the race", {"energy gel"}),
            ("a bagel in the car", {"bagel"}),
            ("porridge before bed", {"porridge"}),
            ("greek yoghurt with granola on top", {"greek yogurt", "granola"}),
            ("mixed berries and yoghurt", {"mixed berries", "yogurt"}),
        ],
    )
    def test_only_the_foods_are_items(self, text: str, foods: set[str]) -> None:
        meal = only_meal(text)
        assert {i.food for i in meal.items} == foods
        assert all(i.resolved for i in meal.items)

    def test_a_shake_made_of_whey_counts_the_whey_once(self) -> None:
        """2 scoops of whey and a banana: ~215 + 105 kcal, not a ready shake on top."""
        meal = only_meal("protein shake w/ 2 scoops whey and a banana blended")
        assert sorted(i.food or "" for i in meal.items) == ["banana", "whey"]
        assert meal.kcal == pytest.approx(320, abs=15)


class TestBeginnerPlans:
    """A couch-to-5k session is a run of its time; the week and day are no numbers of it."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("c25k week 4 day 1 done! 28 mins total", 28),
            ("c25k w4d1 done, 28 min", 28),
            ("w5d3 c25k 25 min", 25),
            ("couch to 5k week 6 run 3, 30 mins", 30),
            ("couch to 5k, week 9 day 3: 30 min nonstop!", 30),
            ("c25k day 2 wk 3, 25 min", 25),
            ("managed 20 mins without stopping!!", 20),
        ],
    )
    def test_the_session_is_a_run_of_its_time(self, text: str, minutes: float) -> None:
        run = only_run(text)
        assert run.duration_s == minutes * 60
        assert "distance_km" in run.estimated

    def test_food_after_the_session_is_logged(self) -> None:
        result = parse("c25k day 2 wk 3, 25 min + a flapjack")
        assert [type(e) for e in result.events] == [RunLogged, MealLogged]
        assert asked_about(result) == []

    def test_a_stated_distance_still_wins(self) -> None:
        run = only_run("week 3 day 2 of c25k, 3.2km in 30 minutes")
        assert (run.distance_m, run.duration_s) == (3200, 1800)


class TestBareMinutes:
    """ "yoga 60": the number after a session word is its minutes, not dropped."""

    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [("yoga 60", "yoga", 60), ("swim 45", "swim", 45), ("bike 90", "cycle", 90),
         ("pilates: 45", "pilates", 45), ("45 yoga", "yoga", 45),
         ("walk 45 with the dog", "walk", 45)],
    )  # fmt: skip
    def test_activity_minutes(self, text: str, activity: str, minutes: float) -> None:
        (event,) = parse(text).events
        assert isinstance(event, ActivityLogged)
        assert (event.activity, event.duration_s) == (activity, minutes * 60)
        assert "duration_min" not in event.estimated

    @pytest.mark.parametrize(("text", "minutes"), [("core 20", 20), ("gym 60", 60)])
    def test_strength_minutes(self, text: str, minutes: float) -> None:
        (event,) = parse(text).events
        assert isinstance(event, StrengthLogged)
        assert event.duration_s == minutes * 60

    def test_a_long_swim_number_is_metres(self) -> None:
        (event,) = parse("swim 1500").events
        assert isinstance(event, ActivityLogged)
        assert event.distance_m == 1500

    def test_a_triathlete_shorthand_logs_each_session_with_its_minutes(self) -> None:
        events = parse("swim 45, bike 90").events
        assert [(type(e), e.duration_s) for e in events] == [
            (ActivityLogged, 2700),
            (ActivityLogged, 5400),
        ]

    def test_a_lift_keeps_its_weight_out_of_the_time(self) -> None:
        """ "squat 140" is the bar, not 140 minutes."""
        (event,) = parse("squat 140").events
        assert isinstance(event, StrengthLogged)
        assert event.duration_s != 140 * 60


class TestTalkThatLogsNothing:
    """Plans, aims, after-effects, history and vague eating are chat: no event invented."""

    @pytest.mark.parametrize(
        "text",
        [
            "going for a 6 mile run after work",
            "legs are trashed after yesterday's 18 miler",
            "aiming for sub 45 at the 10k on sunday",
            "made a big pot of chilli, saving it for after the long run",
            "ate way too much at the office party",
            "I was 14 stone years ago",
        ],
    )
    def test_no_event(self, text: str) -> None:
        assert parse(text).events == ()


class TestTwoSessionsAndTheirFigures:
    def test_a_run_after_a_ride_logs_both(self) -> None:
        """ "run off the bike 5km 23:10 after 40km ride in 1:15": the ride, then the run."""
        events = parse("run off the bike 5km 23:10 after 40km ride in 1:15").events
        assert [type(e) for e in events] == [ActivityLogged, RunLogged]
        ride, run = events
        assert (ride.duration_s, ride.distance_m) == (4500, 40_000)
        assert (run.duration_s, run.distance_m) == (1390, 5000)

    def test_figures_after_an_activity_without_any_are_its_own(self) -> None:
        (walk,) = parse("long walk with the dog, 7km 1h25").events
        assert isinstance(walk, ActivityLogged)
        assert (walk.duration_s, walk.distance_m) == (85 * 60, 7000)

    def test_food_after_a_named_club_run_is_food(self) -> None:
        meal = only_meal("2 mince pies and a brew after the club xmas run")
        assert meal.meal == "recovery" and meal.kcal > 300

    def test_fuel_over_the_run_is_fuel(self) -> None:
        meal = only_meal("tailwind 3 scoops over the run, 300 kcal")
        assert meal.kcal == pytest.approx(300)

    @pytest.mark.parametrize("text", ["vinyasa 60 min", "hatha yoga 60 min", "ashtanga 60"])
    def test_yoga_by_its_style(self, text: str) -> None:
        (event,) = parse(text).events
        assert isinstance(event, ActivityLogged)
        assert (event.activity, event.duration_s) == ("yoga", 3600)


def test_an_aside_in_a_meal_is_not_an_item() -> None:
    meal = only_meal("pot noodle at my desk, don't judge")
    assert all(i.resolved for i in meal.items)


@pytest.mark.parametrize(
    ("text", "km"),
    [("bonked hard at 35k, walked it in. 42.2km 5:02:10", 42.2),
     ("hit the wall at mile 20, 26.2 in 4:12", 42.195)],
)  # fmt: skip
def test_where_it_went_wrong_is_no_run_of_its_own(text: str, km: float) -> None:
    """ "bonked at 35k" is where, not a 35 km run; "walked it in" is part of the race."""
    run = only_run(text)
    assert run.distance_m == pytest.approx(km * 1000, abs=1)
