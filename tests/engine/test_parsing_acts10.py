"""Issue 15, the "acts10" round: sports other than running, fitness trends and the race shapes
block o showed misread, checked on variants in other words (scripts/corpus_probes_acts10.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from engine.activities import ACTIVITIES
from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged, WeightLogged
from engine.units import KM_PER_MILE
from tests.engine.test_parsing import parse

YARD_M = 100 / 24 * KM_PER_MILE * 1000


def _one(text: str) -> object:
    (logged,) = parse(text).events
    return logged


def _session(text: str) -> ActivityLogged:
    logged = _one(text)
    assert isinstance(logged, ActivityLogged), logged
    return logged


def _run(text: str) -> RunLogged:
    logged = _one(text)
    assert isinstance(logged, RunLogged), logged
    return logged


class TestSportsByName:
    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            ("table tennis at the club, 1 hour", "table tennis", 60),
            ("ping pong with the lads 40 mins", "table tennis", 40),
            ("racketball 45 min", "racquetball", 45),
            ("pickleball doubles 40 min", "pickleball", 40),
            ("muay thai class 1 hour", "martial arts", 60),
            ("krav maga 45 mins, knackered", "martial arts", 45),
            ("2 hours of jiu jitsu tonight", "martial arts", 120),
            ("BJJ 90 min, rolled with a brown belt", "martial arts", 90),
            ("judo randori 40 min", "martial arts", 40),
            ("kick boxing 1h", "martial arts", 60),
            ("no-gi grappling 50 min", "martial arts", 50),
            ("fencing practice 90 min", "fencing", 90),
            ("wrestling practice 2 hrs", "wrestling", 120),
            ("tai chi in the park 30 min", "tai chi", 30),
            ("tap class 45 min", "dance", 45),
            ("salsa class 90 min", "dance", 90),
            ("pole fitness 1 hour", "dance", 60),
            ("zumba 55 mins, sweaty", "dance", 55),
            ("adult ballet 60 minutes", "dance", 60),
            ("hip hop dance class, 75 mins", "dance", 75),
            ("ceilidh 2 hours", "dance", 120),
            ("snowboarding 2.5 hours", "downhill ski", 150),
            ("downhill skiing all afternoon, 3 hours", "downhill ski", 180),
            ("skimo race 1:50 with 800 m of climbing", "ski", 110),
        ],
    )
    def test_a_sport_by_its_name_is_a_session_of_it(
        self, text: str, activity: str, minutes: float
    ) -> None:
        logged = _session(text)
        assert (logged.activity, logged.duration_s) == (activity, minutes * 60)
        assert logged.energy_kcal > 0

    def test_a_martial_art_burns_as_the_compendiums_moderate_pace_row(self) -> None:
        judo, yoga = _session("judo 60 min"), _session("yoga 60 min")
        assert ACTIVITIES["martial arts"].met == 10.3
        assert judo.energy_kcal > 3 * yoga.energy_kcal

    def test_salsa_the_dip_is_still_food(self) -> None:
        (meal,) = parse("tortilla chips and salsa").events
        assert isinstance(meal, MealLogged)

    def test_a_dance_class_then_a_run_home(self) -> None:
        dance, run = parse("bachata lesson 1 hr then ran home 3k 17:40").events
        assert isinstance(dance, ActivityLogged) and dance.activity == "dance"
        assert isinstance(run, RunLogged) and run.distance_m == 3000

    def test_a_snowshoe_walk_with_its_distance_is_no_run(self) -> None:
        logged = _session("snowshoed 5 km, 1:15")
        assert (logged.activity, logged.distance_m, logged.duration_s) == ("snowshoe", 5000, 4500)


class TestSnowSessionsClimbAndHours:
    @pytest.mark.parametrize(
        "text",
        ["ski day, 5 hours on the slopes", "skiing 3 hours off-piste", "skied 2h, chairlift"],
    )
    def test_skiing_on_the_piste_is_downhill(self, text: str) -> None:
        assert _session(text).activity == "downhill ski"

    def test_skiing_cross_country_stays_cross_country(self) -> None:
        assert _session("skied 90 mins cross country").activity == "ski"

    def test_a_ski_tours_lone_clock_is_hours_and_minutes(self) -> None:
        logged = _session("ski tour 2:30, 1100m up")
        assert (logged.duration_s, logged.distance_m) == (9000, None)

    def test_metres_skinned_up_are_a_climb_not_a_distance(self) -> None:
        logged = _session("skinned up 900 m, 2:10 of ski touring")
        assert (logged.activity, logged.duration_s, logged.distance_m) == ("ski", 7800, None)


class TestFitnessTrends:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("Hyrox Doubles done, 1:18:42", 78.7),
            ("hyrox sim: 8 x 1k runs and the stations, 1:12:40", 72 + 40 / 60),
            ("F45 class 45 mins", 45),
            ("Orangetheory 60 min", 60),
            ("hyrox doubles 1:05", 65),
        ],
    )
    def test_a_class_of_runs_and_stations_is_one_gym_session(
        self, text: str, minutes: float
    ) -> None:
        logged = _one(text)
        assert isinstance(logged, StrengthLogged), logged
        assert logged.duration_s == pytest.approx(minutes * 60, abs=1)

    def test_a_plank_held_is_still_minutes_and_seconds(self) -> None:
        plank = _one("plank 2:00")
        assert isinstance(plank, StrengthLogged) and plank.duration_s == 120

    def test_a_hyrox_class_burns_as_vigorous_circuits(self) -> None:
        hyrox, gym = _one("hyrox class 60 min"), _one("gym 60 min")
        assert isinstance(hyrox, StrengthLogged) and isinstance(gym, StrengthLogged)
        assert hyrox.energy_kcal > 2 * gym.energy_kcal

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("12-3-30 on the treadmill", 30),
            ("twelve three thirty, 45 min", 45),
            ("12/3/30 done", 30),
        ],
    )
    def test_a_12_3_30_walks_at_3_mph(self, text: str, minutes: float) -> None:
        logged = _session(text)
        assert (logged.activity, logged.duration_s) == ("walk", minutes * 60)
        assert logged.distance_m == pytest.approx(3 * KM_PER_MILE * minutes / 60 * 1000, abs=1)


class TestWalkingUphill:
    def test_a_12_3_30_burns_as_the_compendiums_steep_walk(self) -> None:
        steep, level = _session("12-3-30 on the treadmill"), _session("treadmill walk 30 min 3 mph")
        assert ACTIVITIES["walk"].met == 3.5
        assert steep.energy_kcal > 2.5 * level.energy_kcal  # 8.0 MET against 3.5, less rest

    def test_a_gentle_incline_is_the_lower_uphill_row(self) -> None:
        gentle = _session("treadmill walk 30 min, 3 mph, 4% incline")
        steep = _session("treadmill walk 30 min, 3 mph, 12% incline")
        level = _session("treadmill walk 30 min 3 mph")
        assert level.energy_kcal < gentle.energy_kcal < steep.energy_kcal


class TestStageAndBackyardRaces:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("TransAlpine stage 4, 33.2 km 4:40:18; overall now 18:12:44", 33.2, 280.3),
            ("Dragon's Back day 3: 47 km 11:02:10; cumulative 29:40:55", 47, 662 + 10 / 60),
            ("long stage 82 km 19:45:00, GC time now 41:10:12", 82, 1185),
            ("day 4: 30.5 km 4:02:33, total so far 16:20:01", 30.5, 242.55),
        ],
    )
    def test_a_stages_running_total_is_no_time_of_its_run(
        self, text: str, km: float, minutes: float
    ) -> None:
        logged = _run(text)
        assert logged.distance_m == km * 1000
        assert logged.duration_s == pytest.approx(minutes * 60, abs=1)

    def test_a_sessions_own_total_is_still_its_time(self) -> None:
        logged = _run("tempo tuesday 6 x 1 mile @ 6:50, 8.4 mi total 1:02:30")
        assert logged.duration_s == 3750

    @pytest.mark.parametrize(
        ("text", "yards"),
        [
            ("last one standing, made 9 yards, 5 over my target", 9),
            ("backyard ultra, got to 21 yards before my legs went", 21),
        ],
    )
    def test_yards_reached_are_a_run_of_a_yard_an_hour(self, text: str, yards: int) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(yards * YARD_M, abs=1)
        assert logged.duration_s == yards * 3600

    def test_a_100_miler_with_a_wish_for_next_time_is_run(self) -> None:
        logged = _run("Leadville 100 in 28:41:10, big buckle next year")
        assert logged.distance_m == pytest.approx(100 * KM_PER_MILE * 1000, abs=1)

    def test_a_race_next_year_with_a_goal_is_still_no_run(self) -> None:
        assert parse("Lakeland 50 next july, aiming for 13:00:00").events == ()


class TestHelpingAtRaces:
    def test_a_tail_walkers_own_distance_and_time_are_the_walk(self) -> None:
        logged = _session("tail walker at parkrun today, 5k in 52:30")
        assert (logged.activity, logged.distance_m, logged.duration_s) == ("walk", 5000, 3150)

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("pacing the 2:00 bus at the half, 1:59:41", 21.0975, 119 + 41 / 60),
            ("paced the 1:45 group at the half, came in at 1:44:52", 21.0975, 104 + 52 / 60),
            ("official pacer for the 4:00 marathon, 3:59:20", 42.195, 239 + 20 / 60),
        ],
    )
    def test_a_pace_groups_time_is_no_time_of_the_pacers_run(
        self, text: str, km: float, minutes: float
    ) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)
        assert logged.duration_s == pytest.approx(minutes * 60, abs=1)


class TestRunWalkPlanWeeks:
    def test_a_plan_weeks_session_total_is_a_run(self) -> None:
        logged = _run("week 2, run 1 walk 1 for 20 mins, 2.2km total")
        assert (logged.distance_m, logged.duration_s) == (2200, 1200)

    def test_a_weeks_total_is_still_no_run(self) -> None:
        assert parse("week 3 done, 42 km total").events == ()


class TestWeighInsMisspelt:
    @pytest.mark.parametrize(
        ("text", "kg"), [("wieghed 70,2", 70.2), ("weighd 68,4", 68.4), ("wiegh in 81,9 kg", 81.9)]
    )
    def test_a_misspelt_weigh_in_with_a_decimal_comma(self, text: str, kg: float) -> None:
        logged = _one(text)
        assert isinstance(logged, WeightLogged) and logged.mass_kg == kg


class TestSessionsThatAreNoLog:
    @pytest.mark.parametrize(
        "text",
        [
            "my son's judo grading at 6",
            "kids' swimming lesson at 9",
            "kids' tennis lesson at 4",
            "zumba tonight maybe, or just sleep",
            "sore calves after the dance class",
            "parkrun 500th event this week",
            "signed up for a salsa class next month",
            "how many calories does an hour of BJJ burn?",
            "volunteering at the 10k on sunday",
            "the 4:00 pacer at London was brilliant",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_run_after_volunteering_is_logged(self) -> None:
        logged = _run("volunteered at parkrun, ran 5k after in 26:10")
        assert (logged.distance_m, logged.duration_s) == (5000, 1570)

    def test_a_runners_own_milestone_parkrun_is_a_run(self) -> None:
        logged = _run("my 50th parkrun today 24:10")
        assert logged.distance_m == 5000

    def test_a_session_with_its_minutes_and_a_maybe_is_logged(self) -> None:
        assert _session("yoga, maybe 40 min").duration_s == 2400


class TestLeftovers:
    def test_beers_after_a_game_are_a_meal_not_a_session(self) -> None:
        (meal,) = parse("after the cricket 2 beers").events
        assert isinstance(meal, MealLogged) and len(meal.items) == 1

    def test_a_game_with_its_minutes_is_still_the_session(self) -> None:
        assert _session("after tennis 45 min").duration_s == 2700

    @pytest.mark.parametrize(
        "text",
        ["sub-3 attempt: 2:59:59", "attempt #3 at a sub-3: 2:59:59", "sub 4 at last! 3:58:12"],
    )
    def test_a_marathons_hour_barrier_with_its_finish_is_a_marathon(self, text: str) -> None:
        assert _run(text).distance_m == 42195

    def test_a_sub_3_hoped_for_is_no_run(self) -> None:
        assert parse("going for sub 3 next month").events == ()

    def test_an_event_of_8_days_is_a_run_a_day(self) -> None:
        runs = parse("Cape Wrath Ultra done: 400km in 8 days").events
        assert len(runs) == 8 and all(isinstance(r, RunLogged) for r in runs)
        assert {r.distance_m for r in runs} == {50000}  # type: ignore[attr-defined]
        assert (runs[-1].at - runs[0].at).days == 7

    @pytest.mark.parametrize(
        ("text", "days"),
        [
            ("10 days ago I weighed 72.4kg", 10),
            ("yesterday I weighed 72.4kg", 1),
            ("on saturday i had 2 eggs", None),
        ],
    )
    def test_a_day_said_first_dates_what_follows(self, text: str, days: int | None) -> None:
        (logged,) = parse(text).events
        today = parse("weighed 72.4kg").events[0].at.date()
        if days is None:
            assert logged.at.date() != today
        else:
            assert (today - logged.at.date()).days == days

    def test_a_heading_day_on_its_own_line_is_not_glued_to_the_next(self) -> None:
        swim, _ = parse("Tuesday\n07:00 swim 2km 41min\n08:00 a bagel").events
        assert isinstance(swim, ActivityLogged) and swim.duration_s == 2460


class TestSessionsOneAfterAnother:
    @pytest.mark.parametrize(
        "text",
        [
            "ran 5k 25:00 then 10k 50:00",
            "double day: 5k 25:00 and 8k 42:00",
            "swam 30 min then ran 5k 24:50",
            "2 x 5k: 25:10 and 24:40",
        ],
    )
    def test_the_first_ends_when_the_next_begins(self, text: str) -> None:
        first, then = parse(text).events
        assert first.at + timedelta(seconds=first.duration_s) == then.at  # type: ignore[attr-defined]

    def test_sessions_at_their_own_times_stay_there(self) -> None:
        run, gym = parse("ran 8k 40:00 this morning, gym 45 min tonight").events
        assert run.at.hour < 12 and gym.at.hour >= 12


class TestSportsSpeltOtherWays:
    @pytest.mark.parametrize(
        ("text", "activity"),
        [
            ("jiu-jitsu 1.5 hrs", "martial arts"),
            ("tae-kwon-do 1 hour", "martial arts"),
            ("muay-thai 45 mins", "martial arts"),
            ("ping-pong 30 min", "table tennis"),
            ("table-tennis 1 hr", "table tennis"),
            ("snow-shoeing 2 hours", "snowshoe"),
            ("salsa 2 hours", "dance"),
            ("kendo practice 2 hrs", "martial arts"),
        ],
    )
    def test_the_sport_is_known(self, text: str, activity: str) -> None:
        assert _session(text).activity == activity

    @pytest.mark.parametrize("text", ["a ham sambo", "a jar of salsa", "chips and salsa"])
    def test_foods_of_sports_names_stay_food(self, text: str) -> None:
        (meal,) = parse(text).events
        assert isinstance(meal, MealLogged)


class TestWatchedPacedAndLongBackyards:
    def test_a_tournament_watched_is_no_session(self) -> None:
        assert parse("watched the kids' judo tournament").events == ()

    def test_a_pacers_race_of_hours_is_a_marathon(self) -> None:
        logged = _run("pacing the 3:30 group at Chester, 3:29:02")
        assert (logged.distance_m, logged.duration_s) == (42195, 12542)

    def test_a_backyard_of_more_than_a_days_yards_is_a_run_a_day(self) -> None:
        runs = parse("big's backyard, 44 yards").events
        assert [r.duration_s for r in runs] == [24 * 3600, 20 * 3600]  # type: ignore[attr-defined]
        assert sum(r.distance_m for r in runs) == pytest.approx(44 * YARD_M, abs=1)  # type: ignore[attr-defined]
