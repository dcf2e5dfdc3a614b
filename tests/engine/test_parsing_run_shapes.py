"""Issue 15: run shapes seen in unseen blocks, checked on new messages (what the runner sees)."""

from __future__ import annotations

import pytest

from bot.coach import Coach
from engine.errors import ImplausibleValue
from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged, WeightLogged
from tests.bot.test_service import reply_text
from tests.engine.test_parsing import parse


def runs(text: str) -> list[tuple[float, float]]:
    """(km, minutes) of each run logged; other sessions must be none."""
    out: list[tuple[float, float]] = []
    for event in parse(text).events:
        assert isinstance(event, RunLogged), event
        out.append((round(event.distance_m / 1000, 3), round(event.duration_s / 60, 2)))
    return out


class TestRepsWithSplits:
    """One time per rep: the session's time is their sum, not the last two."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("4x1mi @ 6:50, 6:45, 6:41, 6:38", (6.437, 26.9)),
         ("5 x 1k: 3:58, 3:55 and 3:51, 3:50, 3:49", (5.0, 19.38)),
         ("3x2km @ 8:10, 8:05, 8:01", (6.0, 24.27))],
    )  # fmt: skip
    def test_the_splits_add_up(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]

    def test_a_stated_total_is_no_split(self) -> None:
        assert runs("6x1k @ 4:00, 29:30 total") == [(6.0, 29.5)]

    def test_the_recovery_with_its_speed_is_not_added(self) -> None:
        text = "treadmill 8 x 2 min @ 15 km/h w/ 1 min @ 8 km/h, 28 min 5.9 km total"
        assert runs(text) == [(5.9, 28.0)]

    @pytest.mark.parametrize(
        "text", ["2 x 10k today: 49:30 and 48:55", "did two 10ks: 49:30 and 48:55"]
    )
    def test_race_length_repeats_are_runs_of_their_own(self, text: str) -> None:
        assert runs(text) == [(10.0, 49.5), (10.0, 48.92)]

    def test_repeats_with_rest_stay_one_session(self) -> None:
        assert len(runs("2 x 5k at threshold: 21:10 and 21:05")) == 1


class TestBareNumbers:
    def test_a_kind_and_a_number_with_its_time(self) -> None:
        assert runs("steady 9 this morning, 47 min") == [(9.0, 47.0)]

    def test_the_min_of_minutes_is_no_mile(self) -> None:
        assert runs("easy 6, 35 min") == [(6.0, 35.0)]

    def test_a_bare_3_1_is_a_5k_in_miles(self) -> None:
        assert runs("easy 3.1 this am, 29 min") == [(4.989, 29.0)]


class TestOneRunOrTwo:
    @pytest.mark.parametrize(
        "text", ["parkrun, walked up the hill, 33:20", "ran 8k, walked the last bit, 52 min"]
    )
    def test_walking_inside_a_run_is_that_run(self, text: str) -> None:
        (run,) = runs(text)
        assert run[1] in {33.33, 52.0}

    def test_a_jog_home_after_a_whole_run_is_a_run_of_its_own(self) -> None:
        assert runs("parkrun 24:10 then jogged home 12 min")[0] == (5.0, 24.17)
        assert len(runs("parkrun 24:10 then jogged home 12 min")) == 2

    def test_ran_it_is_the_race_named_before(self) -> None:
        events = parse("cycled 6 km to parkrun in 20 min, ran it in 27:45").events
        ride, run = events
        assert isinstance(ride, ActivityLogged) and ride.distance_m == 6000
        assert isinstance(run, RunLogged) and run.distance_m == 5000
        assert "distance_km" not in run.estimated

    def test_a_ride_to_parkrun_is_not_5_km(self) -> None:
        (ride, _) = parse("biked to parkrun 15 min, ran it in 26:00").events
        assert isinstance(ride, ActivityLogged) and ride.distance_m is None

    async def test_the_reply_shows_the_race_not_an_estimate(self, coach: Coach) -> None:
        text = await reply_text(coach, "walked to parkrun 30 min, ran it in 25:30")
        assert "🏃 Run 5 km in 25:30 (5:06 /km)" in text
        assert "(estimated)" not in text


class TestWordsBesideTheRun:
    """Every part of a run clause is a run, food, chatter, or comes back as not understood."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [("ran 14k in 1:12 with 2 gels", "energy gel"),
         ("long run 22k 2:05 fuelled by 5 jelly babies", "jelly babies"),
         ("ran 9k 47 min banana after", "banana")],
    )  # fmt: skip
    def test_food_inside_a_run_clause_is_logged(self, text: str, food: str) -> None:
        run, meal = parse(text).events
        assert isinstance(run, RunLogged)
        assert isinstance(meal, MealLogged) and [i.food for i in meal.items] == [food]

    @pytest.mark.parametrize(
        "text",
        ["ran 10k in 48 min with the club, legs heavy", "10k race 47:10 PB!!",
         "ran 12k in 1:04 with 4 strides at the end", "easy 8k 45 min with the dog, felt great",
         "ran 5k 26 min 180 bpm cadence avg hr 152", "ran 6k in 33 min with my sister"],
    )  # fmt: skip
    def test_run_chatter_is_neither_food_nor_a_complaint(self, text: str) -> None:
        result = parse(text)
        assert [e.kind for e in result.events] == ["run"]
        assert result.unparsed == ()

    def test_a_count_of_something_unknown_comes_back(self) -> None:
        result = parse("ran 10k in 50 min 12 flurbos")
        assert [e.kind for e in result.events] == ["run"]
        assert result.unparsed == ("12 flurbos",)

    async def test_the_reply_asks_about_it(self, coach: Coach) -> None:
        text = await reply_text(coach, "ran 7k in 38 min 3 zorbles")
        assert text.splitlines()[0] != "✅ Logged:"
        assert "I didn't catch: '3 zorbles'" in text


class TestTimesAndZeroes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("ran 10k in 43’15”", (10.0, 43.25)), ("5k in 21'07", (5.0, 21.12)),
         ("half 1h41'30\"", (21.098, 101.5))],
    )  # fmt: skip
    def test_minute_and_second_marks(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]

    def test_no_distance_is_refused_not_estimated(self) -> None:
        with pytest.raises(ImplausibleValue, match="'0 km' is no distance"):
            parse("ran 0 km in 25 min")


class TestWatchCopy:
    def test_the_summary_lines_under_a_run_are_no_meal(self) -> None:
        text = (
            "Outdoor Run\nWorkout Time 0:51:02\nDistance 9.10KM\nActive Kilocalories 612KCAL\n"
            "Avg. Heart Rate 149BPM\nTotal Kilocalories 700KCAL"
        )
        result = parse(text)
        assert [e.kind for e in result.events] == ["run"]
        assert result.unparsed == ()

    def test_food_after_the_summary_is_still_food(self) -> None:
        result = parse("Evening Run\n8.01 km\n42:10\nAvg HR 151\n2 eggs on toast after")
        assert [e.kind for e in result.events] == ["run", "meal"]


class TestARunNamedBesideSomethingElse:
    @pytest.mark.parametrize(
        ("text", "run", "label"),
        [("3 slices of toast after my 6 mile run (52:10)", (9.656, 52.17), "recovery"),
         ("a bagel before my 12k run in 1:05:00", (12.0, 65.0), "snack")],
    )  # fmt: skip
    def test_food_around_a_run_with_its_time_logs_both(
        self, text: str, run: tuple[float, float], label: str
    ) -> None:
        events = parse(text).events
        meal = next(e for e in events if isinstance(e, MealLogged))
        (logged,) = [e for e in events if isinstance(e, RunLogged)]
        assert (round(logged.distance_m / 1000, 3), round(logged.duration_s / 60, 2)) == run
        assert meal.meal == label

    def test_a_session_beside_a_run_keeps_its_own_time(self) -> None:
        events = parse("mobility 20 min after my 8k 41:30").events
        assert sorted(
            (e.kind, e.duration_s) for e in events if isinstance(e, RunLogged | StrengthLogged)
        ) == [("run", 41.5 * 60), ("strength", 20 * 60)]

    def test_a_5k_after_yoga_is_a_run(self) -> None:
        yoga, run = parse("yoga 40 mins and a 5k").events
        assert isinstance(yoga, ActivityLogged) and yoga.distance_m is None
        assert isinstance(run, RunLogged) and run.distance_m == 5000


class TestNothingDoneYet:
    @pytest.mark.parametrize(
        "text",
        ["aiming for a sub 22 5k on saturday", "half marathon in 4 weeks, eek",
         "a 100k ride would be a dream", "race weight was 66kg last season"],
    )  # fmt: skip
    def test_plans_and_old_news_log_nothing(self, text: str) -> None:
        assert parse(text).events == ()


class TestMoreWaysToWriteARun:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("parkrun pb 23.07", (5.0, 23.12)), ("did 8k at lunch 41:20", (8.0, 41.33)),
         ("ran 10km at 5 min/km pace", (10.0, 50.0)),
         ("ran 4 miles at 10 minutes per mile", (6.437, 40.0))],
    )  # fmt: skip
    def test_the_run_and_its_time(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]

    def test_laps_are_no_kilometres(self) -> None:
        (run,) = parse("jogged 3 laps of the park 30 mins").events
        assert isinstance(run, RunLogged) and "distance_km" in run.estimated


class TestNumbersThatAreNotTheRun:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("60 mile week done, last run 14 miles in 2:01:30", (22.531, 121.5)),
         ("hit the wall at 32k, shuffled in. 42.2km 4:44:10", (42.2, 284.17)),
         ("tempo 10k at half marathon pace 46 min", (10.0, 46.0)),
         ("Run 15.0km 1:18:45 pace 5'15\" cadence 176", (15.0, 78.75))],
    )  # fmt: skip
    def test_only_the_run_counts(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]


class TestWeighIns:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [("scales: 162.4 lb", 73.66), ("weighed in at 11 stone 3 and a half", 71.44),
         ("bw 151.2", 68.58), ("weight 81.4", 81.4)],
    )  # fmt: skip
    def test_the_weight(self, text: str, kg: float) -> None:
        (event,) = parse(text).events
        assert isinstance(event, WeightLogged) and event.mass_kg == pytest.approx(kg, abs=0.01)


class TestBareRunNumbers:
    def test_a_big_bare_number_is_minutes(self) -> None:
        (run,) = parse("ran 50").events
        assert isinstance(run, RunLogged) and run.duration_s == 50 * 60
        assert "distance_km" in run.estimated

    def test_a_small_one_is_distance(self) -> None:
        assert runs("ran 12 in 1:03:00") == [(12.0, 63.0)]


class TestBeginnersAndTracks:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("10 laps of the track in 41:30", (4.0, 41.5)), ("200m track 20 laps 16 min", (4.0, 16.0)),
         ("c25k week 7 run 3 - 28 min running", (4.667, 28.0))],
    )  # fmt: skip
    def test_the_run(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]

    def test_run_walk_repeats_add_up(self) -> None:
        (run,) = parse("run 2 min walk 1 min x 6").events
        assert isinstance(run, RunLogged) and run.duration_s == 18 * 60

    def test_a_treadmill_walk_is_a_walk(self) -> None:
        (walk,) = parse("treadmill 25 mins 6km/h walking").events
        assert isinstance(walk, ActivityLogged) and walk.activity == "walk"
        assert walk.distance_m == pytest.approx(2500)


class TestFoodIsNotARun:
    @pytest.mark.parametrize(
        "text",
        ["3 mince pies after the club xmas run", "maurten 160 x2 and a 100 kcal gel",
         "2 cups of coke at the 30k aid"],
    )  # fmt: skip
    def test_no_run_from_food_words(self, text: str) -> None:
        assert [e.kind for e in parse(text).events] == ["meal"]

    def test_a_pyramid_is_reps(self) -> None:
        result = parse("pyramid 200-400-600-400-200, 6 km incl warm up, 33:10")
        assert runs("pyramid 200-400-600-400-200, 6 km incl warm up, 33:10") == [(6.0, 33.17)]
        assert result.unparsed == ()

    def test_incline_after_a_treadmill_run_is_no_food(self) -> None:
        result = parse("treadmill 30 min @ 11 km/h, 2% incline")
        assert [e.kind for e in result.events] == ["run"] and result.unparsed == ()

    def test_a_race_named_and_done_is_no_question(self) -> None:
        result = parse("Lakeland 50 done. 50 miles in 12:41:09")
        assert runs("Lakeland 50 done. 50 miles in 12:41:09") == [(80.467, 761.15)]
        assert result.unparsed == ()


class TestClimbingIsARunsFigure:
    """ "1,800m of climbing" after a run is the run's climb, not a session at the climbing wall."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes", "climb_m"),
        [("ultra today: 50k in 6:12, 1,800m of climbing", 50.0, 372.0, 1800.0),
         ("50k in 6:12 with 1800m of climbing", 50.0, 372.0, 1800.0),
         ("ran 30k, 1,200 m climbing, 3:10", 30.0, 190.0, 1200.0),
         ("trail 18k 2:05 climbed 2,400 ft", 18.0, 125.0, 731.5)],
    )  # fmt: skip
    def test_the_climb_goes_to_the_run(
        self, text: str, km: float, minutes: float, climb_m: float
    ) -> None:
        (run,) = parse(text).events
        assert isinstance(run, RunLogged)
        assert (run.distance_m / 1000, round(run.duration_s / 60, 2)) == (km, minutes)
        assert run.elevation_gain_m == pytest.approx(climb_m, abs=0.5)

    def test_lots_of_climbing_is_a_remark(self) -> None:
        assert runs("long run 25k 2:40, lots of climbing") == [(25.0, 160.0)]
        assert not parse("long run 25k 2:40, lots of climbing").unparsed

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [("climbing 90 min", 90.0), ("2 hours of climbing at the wall", 120.0),
         ("bouldering 45 mins", 45.0)],
    )  # fmt: skip
    def test_a_climbing_session_keeps_its_time(self, text: str, minutes: float) -> None:
        (session,) = parse(text).events
        assert isinstance(session, ActivityLogged)
        assert (session.activity, session.duration_s / 60) == ("climb", minutes)


class TestOneRunToldInParts:
    """Issue 15, block d's run shapes in other words: a run told with its parts is one run."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("steady 15k 1:16:30, final 3k at 4:40/km", (15.0, 76.5)),  # a split adds nothing
            ("10 mile race 1:12:44, mile 9 was 7:40", (16.093, 72.73)),
            ("parkrun 22:15. last km 4:02", (5.0, 22.25)),
        ],
    )
    def test_a_split_after_the_run_is_part_of_it(
        self, text: str, expected: tuple[float, float]
    ) -> None:
        assert runs(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("4 x 2 mile @ 7:10", (12.875, 57.33)),  # 7:10 a mile: 14:20 a rep
            ("3 x 3k @ 4:05 w/ 2 min jog", (9.0, 36.75)),
            ("6 x 1 mile @ 6:20", (9.656, 38.0)),  # a mile's time is the rep's
        ],
    )
    def test_a_rep_time_too_fast_for_the_rep_is_its_pace(
        self, text: str, expected: tuple[float, float]
    ) -> None:
        assert runs(text) == [expected]

    def test_parts_that_add_up_to_the_run_are_its_parts(self) -> None:
        assert runs("ran 15k, 3k wu, 9k at MP, 3k cd, 1:18:00") == [(15.0, 78.0)]

    def test_timed_parts_add_up(self) -> None:
        assert runs("12 min easy + 18 min hard + 5 min jog, 6.2 km") == [(6.2, 35.0)]

    def test_a_margin_is_no_time_of_the_run(self) -> None:
        assert runs("parkrun 22:30, pb by 15 secs") == [(5.0, 22.5)]
        assert runs("half 1:44:10, 2 minutes quicker than last year") == [(21.098, 104.17)]

    def test_a_reps_average_said_after_the_rest(self) -> None:
        assert runs("10 x 400, 60s rest, 85s avg") == [(4.0, 14.17)]

    def test_running_in_water_is_no_run(self) -> None:
        (event,) = parse("deep water running 35 mins").events
        assert isinstance(event, ActivityLogged)
        assert event.activity == "aqua jog"
        assert event.distance_m is None


class TestFuelOnARun:
    """Issue 15: fuel had "on the 20 miler" or "during the half" names the run it was had on;
    with no time of its own that run is logged elsewhere, not made up at the default pace."""

    @pytest.mark.parametrize(
        "text",
        ["downed 3 gels on the 22 miler", "2 gels during the half", "an apple at mile 12 of my run",
         "500ml tailwind on the 30k"],
    )
    def test_the_fuel_alone(self, text: str) -> None:
        events = parse(text).events
        assert [type(e) for e in events] == [MealLogged]
        assert all(item.resolved for item in events[0].items)  # type: ignore[union-attr]

    def test_with_its_time_the_run_too(self) -> None:
        events = parse("3 gels on the 20 miler 2:52:00").events
        assert [type(e) for e in events] == [RunLogged, MealLogged]
