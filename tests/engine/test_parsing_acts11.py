"""Issue 15, the "acts11" round: block p's sessions, weigh-ins and chat, checked on variants in
other words (scripts/corpus_probes_acts11.py): what a runner sees logged, and what not."""

from __future__ import annotations

import pytest

from bot.coach import Coach
from engine.activities import ACTIVITIES
from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged, WeightLogged
from engine.units import KM_PER_MILE
from tests.bot.test_service import reply_text
from tests.engine.test_parsing import parse


def _session(text: str) -> ActivityLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, ActivityLogged), logged
    return logged


def _sessions(text: str) -> list[ActivityLogged]:
    events = parse(text).events
    assert all(isinstance(e, ActivityLogged) for e in events), events
    return [e for e in events if isinstance(e, ActivityLogged)]


class TestRowingBoats:
    @pytest.mark.parametrize(
        ("text", "minutes", "km"),
        [
            ("river outing in the quad, 15 km, 1:20", 80, 15),
            ("head of the charles 4.8 km 17:55 in the eight", 17 + 55 / 60, 4.8),
            ("head race 6 km 22:10, in the coxless four", 22 + 10 / 60, 6),
            ("in the double tonight, 11 km in 58 min", 58, 11),
            ("crew outing on the lake 70 min", 70, None),
        ],
    )
    def test_a_boat_on_the_water_is_rowing_not_a_run(
        self, text: str, minutes: float, km: float | None
    ) -> None:
        logged = _session(text)
        assert logged.activity == "sculling"
        assert logged.duration_s == pytest.approx(minutes * 60, abs=1)
        assert (logged.distance_m or 0) == pytest.approx((km or 0) * 1000)

    def test_the_run_after_the_boat_stays_a_run(self) -> None:
        scull, run = parse("in the single 7 km 38:00 then a 4k run 21:30").events
        assert isinstance(scull, ActivityLogged) and scull.activity == "sculling"
        assert isinstance(run, RunLogged) and run.distance_m == 4000

    def test_an_outing_is_moderate_rowing_not_a_race(self) -> None:
        assert ACTIVITIES["sculling"].met == 5.8  # Compendium 18050, not 18080's 12.0

    @pytest.mark.parametrize("text", ["finished in the four hours", "pace in the single digits"])
    def test_a_seat_is_no_time_or_count(self, text: str) -> None:
        assert not any(isinstance(e, ActivityLogged) for e in parse(text).events)


class TestPathStages:
    @pytest.mark.parametrize(
        ("text", "minutes", "km"),
        [
            ("Camino Frances day 9: 25 km in 6:15", 375, 25),
            ("Thames Path stage 4, 21 km 5:10", 310, 21),
            ("Speyside Way day 2 - 18 miles, 7 hours", 420, 18 * KM_PER_MILE),
            ("stage 6 of the Cleveland Way, 17 km, 4:45", 285, 17),
        ],
    )
    def test_a_day_of_a_long_path_is_a_hike(self, text: str, minutes: float, km: float) -> None:
        logged = _session(text)
        assert logged.activity == "hike"
        assert logged.duration_s == pytest.approx(minutes * 60)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)

    def test_a_stage_race_stays_a_run(self) -> None:
        (run,) = parse("Dragon's Back day 2: 52 km 12:40:00").events
        assert isinstance(run, RunLogged)

    def test_a_path_run_stays_a_run(self) -> None:
        (run,) = parse("ran the Pennine Way day 3, 40 km in 6:30").events
        assert isinstance(run, RunLogged)


class TestTriathlon:
    def test_the_overall_time_with_its_legs_is_no_leg(self) -> None:
        swim, bike, run = parse(
            "Ironman Frankfurt 10:41:02 overall - swim 1:04:30, bike 5:20:10, run 4:06:40"
        ).events
        assert isinstance(swim, ActivityLogged) and swim.duration_s == 64 * 60 + 30
        assert isinstance(bike, ActivityLogged) and bike.duration_s == 5 * 3600 + 20 * 60 + 10
        assert isinstance(run, RunLogged) and run.duration_s == 4 * 3600 + 6 * 60 + 40

    def test_olympic_distance_names_the_race(self) -> None:
        *_, run = parse("olympic distance 2:29:50: swim 25:10, bike 1:08:00, run 49:40").events
        assert isinstance(run, RunLogged) and run.distance_m == 10000

    @pytest.mark.parametrize(
        ("text", "minutes", "km"),
        [
            ("open 10 TT 22:48 on the bike, 10 miles", 22.8, 10 * KM_PER_MILE),
            ("hilly 20k TT on the bike, 38:10", 38 + 10 / 60, 20),
        ],
    )
    def test_a_time_trial_on_the_bike_is_a_ride(
        self, text: str, minutes: float, km: float
    ) -> None:
        logged = _session(text)
        assert logged.activity == "cycle"
        assert logged.duration_s == pytest.approx(minutes * 60)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("turbo 1:10 with 2x15 min at threshold", 70),
            ("wattbike 50 min incl 5x4 min hard", 50),
            ("zwift 2 x 20 min, 10 min warm up", 50),
        ],
    )
    def test_a_stated_total_holds_its_intervals(self, text: str, minutes: float) -> None:
        assert _session(text).duration_s == minutes * 60

    def test_a_masters_squad_is_a_swim(self) -> None:
        logged = _session("masters squad 2.6k, 55 min")
        assert logged.activity == "swim" and logged.distance_m == 2600


class TestRidingGolfSkatingDiving:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("jump schooling on the new horse 40 min", 40),
            ("flatwork 30 mins before work", 30),
            ("rode the pony round the fields for 45 min", 45),
            ("90 min hack with the cob", 90),
        ],
    )
    def test_a_horse_is_horse_riding(self, text: str, minutes: float) -> None:
        logged = _session(text)
        assert logged.activity == "horse riding"
        assert logged.duration_s == minutes * 60

    def test_a_hack_s_distance_is_no_refusal(self) -> None:
        assert _session("hacked out on the bridleways 1:45, 13 km").distance_m == 13000

    def test_a_bike_on_a_bridleway_stays_a_ride(self) -> None:
        assert _session("rode the bridleways on the mtb, 2 hours").activity == "cycle"

    def test_a_golf_score_is_no_drink(self) -> None:
        (golf,) = parse("golf 4h05, shot 95, happy with that").events
        assert isinstance(golf, ActivityLogged) and golf.duration_s == 4 * 3600 + 5 * 60

    def test_the_range_is_named_as_said(self) -> None:
        assert _session("range session 40 min, 3 buckets").activity == "driving range"

    def test_holes_played_are_a_round(self) -> None:
        assert _session("played 9 in 2h05").duration_s == 2 * 3600 + 5 * 60

    def test_a_longboard_ride_is_skating(self) -> None:
        logged = _session("longboarded along the prom 8 km, 35 min")
        assert logged.activity == "skateboard" and logged.distance_m == 8000

    @pytest.mark.parametrize("text", ["scuba 52 min, max depth 24 m", "dived 40 min to 15m"])
    def test_a_dive_s_depth_is_no_figure(self, text: str) -> None:
        logged = _session(text)
        assert logged.activity == "scuba" and logged.distance_m is None
        assert logged.duration_s in (52 * 60, 40 * 60)


class TestCommutesEachWay:
    def test_figures_each_said_each_way_are_two_rides(self) -> None:
        there, back = _sessions("rode to uni and back, 6 km each way, 20 min each way")
        assert there.distance_m == back.distance_m == 6000
        assert there.duration_s == back.duration_s == 20 * 60
        assert there.at < back.at

    def test_one_each_way_doubles_one_ride(self) -> None:
        (ride,) = _sessions("bike commute 30 min each way")
        assert ride.duration_s == 60 * 60


class TestWeighInsRunsAndSets:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("kg this am 83.2", 83.2),
            ("lbs today 176.4", 176.4 * 0.45359237),
            ("weighed 91.4 kg, joined the club 2 months ago", 91.4),
        ],
    )
    def test_weigh_ins(self, text: str, kg: float) -> None:
        (weight,) = parse(text).events
        assert isinstance(weight, WeightLogged) and weight.mass_kg == pytest.approx(kg, abs=0.01)

    def test_a_weigh_in_long_ago_stays_unlogged(self) -> None:
        assert parse("weighed 95 kg, 2 years ago").events == ()

    def test_an_afternoon_run_beside_food(self) -> None:
        run, meal = parse("arvo 6k round the bay 31:40 then a banana").events
        assert isinstance(run, RunLogged) and run.distance_m == 6000
        assert isinstance(meal, MealLogged)

    def test_a_cooper_test_is_twelve_minutes(self) -> None:
        (run,) = parse("Cooper test done: 2,710 m").events
        assert isinstance(run, RunLogged)
        assert (run.distance_m, run.duration_s) == (2710, 720)

    def test_a_cooper_test_ahead_logs_nothing(self) -> None:
        assert parse("cooper test tomorrow, aiming for 2,800 m").events == ()

    @pytest.mark.parametrize("text", ["walking lunges 3x12 with 10kg", "sit-ups 4x20"])
    def test_sets_of_an_exercise_are_strength_not_a_run(self, text: str) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, StrengthLogged)


class TestNothingToLog:
    @pytest.mark.parametrize(
        "text",
        [
            "bib 1043 for the city half",
            "race no. 77 for the marathon",
            "the half starts at 9:15, pen C",
            "parkrun kicks off at 9am",
            "swell forecast 5 ft at 8am, might surf",
            "2k erg of 7:05 is my target",
            "tee time 9:40 sunday",
        ],
    )
    def test_numbers_of_no_session(self, text: str) -> None:
        result = parse(text)
        assert result.events == () and result.unparsed == ()


class TestUnitsAndHalves:
    @pytest.mark.parametrize(
        ("text", "miles"),
        [
            ("easy 4 in 38:10. 158.4 on the scale", 4),
            ("weighed 181.6 lbs, then an easy 5 in 47:30", 5),
        ],
    )
    def test_a_weigh_in_in_pounds_makes_a_bare_distance_miles(
        self, text: str, miles: float
    ) -> None:
        (run,) = [e for e in parse(text).events if isinstance(e, RunLogged)]
        assert run.distance_m == pytest.approx(miles * KM_PER_MILE * 1000, abs=1)

    def test_a_metric_word_keeps_kilometres(self) -> None:
        (run,) = [e for e in parse("weighed 165 lb, easy 6k 35 min").events
                  if isinstance(e, RunLogged)]
        assert run.distance_m == 6000

    @pytest.mark.parametrize("text", ["a frozen pizza half", "a sandwich half"])
    def test_a_food_s_half_is_no_half_marathon(self, text: str) -> None:
        events = parse(text).events
        assert events and all(isinstance(e, MealLogged) for e in events)

    @pytest.mark.parametrize("text", ["a hilly half", "the Bath half 1:52:10"])
    def test_a_race_s_half_stays_a_run(self, text: str) -> None:
        (run,) = parse(text).events
        assert isinstance(run, RunLogged) and run.distance_m == 21097.5


class TestTheReplySaysAGuess:
    async def test_a_session_s_time_never_given_is_estimated(self, coach: Coach) -> None:
        text = await reply_text(coach, "golf this morning")
        assert "Golf</b> 30:00 (estimated)" in text or "Golf 30:00 (estimated)" in text

    async def test_a_time_given_is_no_estimate(self, coach: Coach) -> None:
        text = await reply_text(coach, "golf 3h15, shot 92")
        assert "(estimated)" not in text and "3:15:00" in text


class TestCompendiumDecisions:
    def test_walking_football_is_a_game_at_a_walk(self) -> None:
        logged = _session("walking football 1 hour")
        assert logged.activity == "walking football"
        assert ACTIVITIES["walking football"].met < ACTIVITIES["football"].met

    def test_disc_golf_is_a_course_walked(self) -> None:
        logged = _session("frolf 18 baskets, 1h30")
        assert logged.activity == "disc golf"
        assert ACTIVITIES["disc golf"].met == ACTIVITIES["golf"].met

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("sauna 25 min after the 8k 44:10", RunLogged),
            ("ice bath 10 mins", None),
        ],
    )
    def test_heat_and_cold_are_no_session(self, text: str, kind: type | None) -> None:
        events = parse(text).events
        assert [type(e) for e in events] == ([kind] if kind else [])

    def test_a_brick_remark_is_no_cheese(self) -> None:
        events = parse("swim 1.5k 30:10 then run 5k 24:00, brick sunday").events
        assert [type(e) for e in events] == [ActivityLogged, RunLogged]
