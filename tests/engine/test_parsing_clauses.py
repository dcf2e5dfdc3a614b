"""Several things in one message, and the units runners write (issue 15's shapes)."""

from __future__ import annotations

import pytest

from engine.errors import ImplausibleValue
from engine.events import ActivityLogged, Event, MealLogged, RunLogged, StrengthLogged, WeightLogged
from tests.engine.test_parsing import only_run, parse


def kinds(text: str) -> list[str]:
    return [type(e).__name__ for e in parse(text).events]


def the(kind: type[Event], text: str) -> Event:
    (event,) = [e for e in parse(text).events if isinstance(e, kind)]
    return event


class TestSeveralEvents:
    """Each clause goes to its own reader; nothing is merged or dropped."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("swam 30 min then ran 5k in 24:50", ["ActivityLogged", "RunLogged"]),
            ("ran 4 mi 35:10 + 15 min core", ["RunLogged", "StrengthLogged"]),
            ("ran 5k and 15 min core", ["RunLogged", "StrengthLogged"]),
            ("ran 12k in 1:02:10. post-run: 2 eggs and toast", ["RunLogged", "MealLogged"]),
            ("71.9kg this morning, did 5x1k", ["WeightLogged", "RunLogged"]),
            ("easy 6k, recovery: 400ml chocolate milk", ["RunLogged", "MealLogged"]),
            ("ran 5k in 25 min, 2 eggs", ["RunLogged", "MealLogged"]),
            ("morning 10k in 50 min, protein shake after", ["RunLogged", "MealLogged"]),
        ],
    )
    def test_a_second_event_is_kept(self, text: str, expected: list[str]) -> None:
        """A swim then a run, a run + core, a weight + reps, a run + a drink: all logged."""
        assert kinds(text) == expected

    def test_the_run_keeps_its_own_numbers(self) -> None:
        """The core session's 15 min is neither the run's time nor 15 m of climbing."""
        run = the(RunLogged, "ran 4 mi 35:10 + 15 min core")
        assert isinstance(run, RunLogged)
        assert run.duration_s == 35 * 60 + 10
        assert run.elevation_gain_m is None
        core = the(StrengthLogged, "ran 4 mi 35:10 + 15 min core")
        assert isinstance(core, StrengthLogged)
        assert core.duration_s == 15 * 60

    def test_recovery_is_a_meal_label_not_a_run_tag(self) -> None:
        """ "recovery: 400ml chocolate milk" is the drink, eaten as recovery."""
        run = the(RunLogged, "easy 6k, recovery: 400ml chocolate milk")
        meal = the(MealLogged, "easy 6k, recovery: 400ml chocolate milk")
        assert isinstance(run, RunLogged)
        assert isinstance(meal, MealLogged)
        assert "recovery" not in run.tags
        assert meal.meal == "recovery"
        assert meal.kcal > 250

    def test_a_whole_day_gives_each_meal_its_label(self) -> None:
        """ "breakfast ..., lunch ..., dinner ...; ran 8k": three meals and the run."""
        events = parse(
            "breakfast porridge with banana, lunch ham sandwich, dinner pasta; ran 8k"
        ).events
        meals = [e.meal for e in events if isinstance(e, MealLogged)]
        assert meals == ["breakfast", "lunch", "dinner"]
        assert sum(isinstance(e, RunLogged) for e in events) == 1

    def test_a_dish_joined_by_and_stays_one_dish(self) -> None:
        """Cutting at "and" must not split "fish and chips" after a run."""
        meal = the(MealLogged, "ran 5k, fish and chips")
        assert isinstance(meal, MealLogged)
        assert len(meal.items) == 1

    def test_what_a_run_burned_is_not_a_meal(self) -> None:
        """Watch copy "10 km, 52:13, 650 kcal" is one run; the kcal are not eaten."""
        assert kinds("10 km, 52:13, 650 kcal") == ["RunLogged"]

    def test_a_clause_not_understood_comes_back(self) -> None:
        """ "ran 5k, xyzzy 3" logs the run and returns the rest, so the reply can ask."""
        result = parse("ran 5k in 25 min, 2 xyzzies")
        assert any(isinstance(e, RunLogged) for e in result.events)
        unknown = [
            item
            for e in result.events
            if isinstance(e, MealLogged)
            for item in e.items
            if not item.resolved
        ]
        assert unknown or result.unparsed


class TestUnits:
    """mph and km/h, stone, thousands, ′ ″, intervals, incline, bodyweight."""

    def test_a_speed_in_mph_sets_the_time(self) -> None:
        """5 miles at 6.0 mph is 50 minutes, not a 6:00/km pace starting at 06:00."""
        run = only_run("5 miles at 6.0 mph")
        assert run.duration_s == pytest.approx(3000, abs=1)

    def test_a_speed_in_km_per_hour_sets_the_distance(self) -> None:
        """12 km/h for 30 min is 6 km, and the km/h is no distance of its own."""
        run = only_run("treadmill 12 km/h for 30 min")
        assert run.distance_m == pytest.approx(6000, abs=1)

    def test_a_treadmill_incline_costs_energy(self) -> None:
        """The same treadmill run at 5 % incline burns more than on the flat."""
        flat = only_run("treadmill 5k in 30 min")
        hill = only_run("treadmill 5k in 30 min incline 5%")
        assert hill.distance_m == flat.distance_m
        assert hill.energy_kcal > flat.energy_kcal

    def test_a_climb_with_a_thousands_separator(self) -> None:
        """ "+1,350m" is 1,350 m of climbing, not 1 m, and no distance."""
        run = only_run("trail 25k +1,350m in 3:10:00")
        assert run.elevation_gain_m == 1350
        assert run.distance_m == 25_000

    @pytest.mark.parametrize("text", ["10k in 41'30\"", "10k in 41′30″", "10k 41 min 30 s"])
    def test_minutes_and_seconds_marks(self, text: str) -> None:
        """41'30" keeps its seconds."""
        assert only_run(text).duration_s == 41 * 60 + 30

    @pytest.mark.parametrize(
        ("text", "kg"),
        [("11st 4lb", 71.67), ("weighed 11 st 4 lb this morning", 71.67), ("12 stone", 76.2)],
    )
    def test_stone_and_pounds(self, text: str, kg: float) -> None:
        """British body weights are read, not refused."""
        weight = the(WeightLogged, text)
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(kg, abs=0.05)

    def test_bodyweight_with_a_number_is_a_weigh_in(self) -> None:
        """ "bodyweight 148lbs" is a weight, not a strength session."""
        assert kinds("bodyweight 148lbs") == ["WeightLogged"]
        assert kinds("bodyweight squats 20 min") == ["StrengthLogged"]

    def test_an_ordinal_is_no_stone(self) -> None:
        """ "finished 1st" is not a body weight of 6 kg."""
        assert not any(isinstance(e, WeightLogged) for e in parse("finished 1st today").events)

    def test_rest_between_reps_is_not_added_to_a_stated_total(self) -> None:
        """6x800m with 90 s rest, 45 min total: 45 min."""
        run = only_run("6x800m with 90s rest, 45 min total")
        assert run.duration_s == 45 * 60
        assert run.distance_m == 4800

    def test_reps_without_a_total_take_the_reps_time(self) -> None:
        """12x400m in 90s each is 18 min of running; the rest is not counted."""
        run = only_run("12x400m in 90s each, 2 min rest")
        assert run.duration_s == 18 * 60
        assert run.distance_m == 4800

    def test_reps_in_miles(self) -> None:
        """3 x 2 miles at 7:00/mi: six miles, 42 minutes."""
        run = only_run("3 x 2 miles at 7:00/mi")
        assert run.distance_m == pytest.approx(9656, abs=1)
        assert run.duration_s == pytest.approx(42 * 60, abs=1)

    def test_time_reps_are_not_the_sessions_time(self) -> None:
        """ "3x10min" inside "11 km in 55 min" adds nothing."""
        assert only_run("tempo intervals 3x10min, 11 km in 55 min").duration_s == 55 * 60


class TestRefusals:
    """Numbers no one can mean are refused like other negatives, not estimated."""

    def test_a_negative_weight_is_refused(self) -> None:
        """ "weight -70" is refused, not logged as 70 kg."""
        with pytest.raises(ImplausibleValue):
            parse("weight -70")

    def test_a_run_in_no_time_is_refused(self) -> None:
        """ "ran 5 km in 0 min" is refused, not logged with an estimated 30 min."""
        with pytest.raises(ImplausibleValue):
            parse("ran 5 km in 0 min")


def test_activity_before_run_keeps_its_time() -> None:
    """The swim is 30 min on its own; the run is 24:50."""
    events = parse("swam 30 min then ran 5k in 24:50").events
    swim = next(e for e in events if isinstance(e, ActivityLogged))
    run = next(e for e in events if isinstance(e, RunLogged))
    assert swim.duration_s == 1800
    assert run.duration_s == 24 * 60 + 50


class TestMeals:
    """Labels, dishes with their parts, and numbers stated per piece."""

    @pytest.mark.parametrize(
        "text", ["tea: fish and chips", "beans on toast for tea", "chippy tea: cod and chips"]
    )
    def test_tea_that_labels_food_is_the_evening_meal(self, text: str) -> None:
        """British "tea" before or around food is dinner."""
        meal = the(MealLogged, text)
        assert isinstance(meal, MealLogged)
        assert meal.meal == "dinner"

    def test_tea_as_a_drink_stays_a_drink(self) -> None:
        """ "a cup of tea" is tea, with no meal label."""
        meal = the(MealLogged, "a cup of tea")
        assert isinstance(meal, MealLogged)
        assert meal.meal is None
        assert [item.food for item in meal.items] == ["tea"]

    def test_a_days_log_in_short_labels(self) -> None:
        """ "b: ..., l: ..., d: ..." are breakfast, lunch and dinner."""
        events = parse("b: 3 eggs scrambled, l: tuna sandwich, d: pasta 200g with pesto").events
        assert [e.meal for e in events if isinstance(e, MealLogged)] == [
            "breakfast",
            "lunch",
            "dinner",
        ]

    @pytest.mark.parametrize(
        ("text", "parts"),
        [
            ("porridge made with 50 g oats and milk", 2),
            ("cheese on toast: 2 slices of bread with 40 g cheddar", 2),
        ],
    )
    def test_a_dish_with_measured_parts_counts_the_parts_only(self, text: str, parts: int) -> None:
        """The dish's name is not counted on top of what it was made of."""
        meal = the(MealLogged, text)
        assert isinstance(meal, MealLogged)
        assert len(meal.items) == parts
        assert all(item.resolved for item in meal.items)

    @pytest.mark.parametrize("text", ["2 gels, 100 kcal each", "2 gels (100 kcal each)"])
    def test_kcal_stated_each_count_per_piece(self, text: str) -> None:
        """Two gels at 100 kcal each are 200 kcal, the stated number winning over the table."""
        meal = the(MealLogged, text)
        assert isinstance(meal, MealLogged)
        assert meal.kcal == pytest.approx(200)

    def test_a_drink_after_parkrun_is_not_a_run(self) -> None:
        """ "pint of cider after parkrun" is the cider, eaten as recovery."""
        assert kinds("pint of cider after parkrun") == ["MealLogged"]


class TestSessions:
    """Two sessions of one kind stay two; lines that only add to a session join it."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("core post run 15 min", 15),  # was 45 min of core and a meal of "15 min"
            ("core post run, 15 min", 15),
            ("gym after my run", 45),  # was a recovery meal of "gym" to ask about
            ("core after my run", 45),
            ("weights after parkrun, 40 min", 40),
        ],
    )
    def test_a_gym_session_after_a_run_is_the_session_not_a_meal(
        self, text: str, minutes: int
    ) -> None:
        """A session named before the run it followed is that session, with its own minutes
        or the usual estimate; "post run" labels no recovery meal there."""
        assert kinds(text) == ["StrengthLogged"]
        assert the(StrengthLogged, text).duration_s == minutes * 60

    def test_food_after_a_run_is_still_the_recovery_meal(self) -> None:
        assert kinds("2 eggs after my run") == ["MealLogged"]

    def test_the_minutes_after_a_run_label_stay_the_sessions_beside_food(self) -> None:
        """ "core post run 15 min and a banana": 15 min of core and the banana, no meal of
        "15 min" to ask about."""
        text = "core post run 15 min and a banana"
        assert kinds(text) == ["StrengthLogged", "MealLogged"]
        assert the(StrengthLogged, text).duration_s == 15 * 60
        assert [i.food for i in the(MealLogged, text).items] == ["banana"]

    def test_two_runs_in_one_message(self) -> None:
        """ "am run 9k 48m, pm run 5k 27m" logs two runs with their own numbers."""
        runs = [e for e in parse("am run 9k 48m, pm run 5k 27m").events if isinstance(e, RunLogged)]
        assert [(r.distance_m, r.duration_s) for r in runs] == [(9000, 48 * 60), (5000, 27 * 60)]

    def test_a_triathlon_logs_each_leg(self) -> None:
        """Swim, bike and run, each with its distance and time."""
        events = parse("sprint tri: 750m swim 14:50, 20k bike 38:20, 5k run 22:40").events
        legs = [
            (e.activity, e.distance_m) for e in events if isinstance(e, ActivityLogged)
        ] + [("run", e.distance_m) for e in events if isinstance(e, RunLogged)]
        assert legs == [("swim", 750), ("cycle", 20_000), ("run", 5000)]

    def test_watch_copy_on_several_lines_is_one_run(self) -> None:
        """A title, the distance, the time and the pace, each on its own line."""
        run = only_run("Afternoon Run\n8.01 km\n45:01\n5:37 /km")
        assert (run.distance_m, run.duration_s) == (8010, 45 * 60 + 1)

    def test_short_sentences_about_one_run(self) -> None:
        """ "10k. 49:12. done." is a 10k in 49:12."""
        run = only_run("10k. 49:12. done.")
        assert run.duration_s == 49 * 60 + 12

    def test_a_ride_in_hours_and_minutes(self) -> None:
        """ "long ride 100km 3:45" is 3 h 45 min, not refused as 100 km in 4 minutes."""
        ride = the(ActivityLogged, "long ride 100km 3:45")
        assert isinstance(ride, ActivityLogged)
        assert ride.duration_s == 3 * 3600 + 45 * 60

    def test_each_rep_at_a_time_is_no_clock_time(self) -> None:
        """ "6 x 1 mile at 6:30" is six reps of 6:30, not a run at 6:30 in the morning."""
        run = only_run("6 x 1 mile at 6:30")
        assert run.duration_s == 6 * (6 * 60 + 30)

    def test_a_stone_weigh_in_after_at(self) -> None:
        """ "weighed in at 10st 9lb": "at 10" is no clock time."""
        weight = the(WeightLogged, "weighed in at 10st 9lb")
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(67.59, abs=0.05)

    def test_looking_forward_to_a_race_logs_nothing(self) -> None:
        """ "can't wait for the marathon" is no marathon run."""
        assert parse("can't wait for the marathon").events == ()


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("a spoon of peanut butter", 16),
        ("a drizzle of honey", 7),
        ("coffee with a splash of milk", None),
        ("2 spoonfuls of peanut butter", 32),
    ],
)
def test_portion_words_weigh_what_they_say(text: str, grams: float | None) -> None:
    """ "a spoon of peanut butter" is one tablespoon, not the table's usual 2 tbsp."""
    meal = the(MealLogged, text)
    assert isinstance(meal, MealLogged)
    item = meal.items[-1]
    assert item.resolved
    if grams is not None:
        assert item.grams == pytest.approx(grams, rel=0.15)
    else:
        assert item.grams is not None
        assert item.grams < 60  # a splash, not a glass


class TestWatchCopyAndWords:
    """Watch copy, a plan's name, indoor and open-water words, a stone weight on its own."""

    def test_a_pace_after_an_hms_time_leaves_the_time_whole(self) -> None:
        """ "Time 1:49:45 Pace 5:12 /km" keeps 1:49:45; "49:45 pace" is no pace."""
        run = only_run("Distance 21.12 km Time 1:49:45 Pace 5:12 /km")
        assert run.duration_s == 3600 + 49 * 60 + 45

    def test_a_pace_in_prime_marks(self) -> None:
        """ "Pace 5'15\"/km" is a pace, not five minutes of running."""
        run = only_run("Run 16.09 km 1:24:35 Pace 5'15\"/km")
        assert run.duration_s == 3600 + 24 * 60 + 35

    def test_couch_to_5k_is_a_plan_not_a_distance(self) -> None:
        """ "Couch to 5K ... 20 minute run, 3km" is 3 km."""
        assert only_run("Couch to 5K W5D3 - 20 minute run, 3km").distance_m == 3000

    @pytest.mark.parametrize(
        ("text", "activity"),
        [("zwift 45 min", "spin"), ("turbo 1h", "spin"), ("pool 2.5 km in 50 min", "swim"),
         ("open water 1 mile 32 min", "swim")],
    )  # fmt: skip
    def test_indoor_bike_and_swim_words(self, text: str, activity: str) -> None:
        """Zwift and the turbo are indoor cycling; the pool and open water are swims."""
        event = the(ActivityLogged, text)
        assert isinstance(event, ActivityLogged)
        assert event.activity == activity

    def test_stone_alone(self) -> None:
        """ "14st on the dot" is 88.9 kg; "finished 21st" is a place."""
        weight = the(WeightLogged, "14st on the dot")
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(88.9, abs=0.05)
        assert parse("finished 21st").events == ()

    def test_half_mara(self) -> None:
        """ "half mara 1:49:32" is a half marathon."""
        assert only_run("half mara 1:49:32!!!").distance_m == pytest.approx(21097.5, abs=1)


class TestContextAroundFood:
    """Where food was eaten is no food, and food on the run is no run."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("fish and chips from the chippy 🐟", "fish and chips"),
            ("2 pints of lager at the club 🍺", "beer"),
            ("6 inch turkey sub", "subway turkey sub"),
        ],
    )
    def test_a_place_after_the_food_is_left_out(self, text: str, food: str) -> None:
        """ "from the chippy", "at the club" and a sub's 6 inches do not hide the food."""
        meal = the(MealLogged, text)
        assert isinstance(meal, MealLogged)
        assert [item.food for item in meal.items] == [food]

    @pytest.mark.parametrize(
        "text", ["half a cup of raisins on the run", "trail mix 50g on the climb"]
    )
    def test_food_on_the_run_is_fuel(self, text: str) -> None:
        """Eaten on the run, not a run without a distance."""
        assert kinds(text) == ["MealLogged"]


@pytest.mark.parametrize(
    "text",
    [
        "my marathon PB is 3:45",
        "legs are sore after yesterday's 10k",
        "can't decide between pizza and pasta",
        "forgot to log yesterday's dinner",
        "I'm thinking about a marathon",
    ],
)
def test_talk_about_running_and_food_logs_nothing(text: str) -> None:
    """A record, soreness, a choice not yet made, a reminder to oneself: no event."""
    assert parse(text).events == ()
