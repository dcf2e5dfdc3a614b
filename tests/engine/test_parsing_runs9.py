"""Issue 15, the ninth "runs" round: runs, sessions, weigh-ins and chat block n showed misread,
checked on variants in other words (scripts/corpus_probes_runs9.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from engine.errors import ImplausibleValue
from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged, WeightLogged
from engine.parsing.runs import multisport_legs
from engine.units import KG_PER_LB, KG_PER_STONE
from tests.engine.test_parsing import RECEIVED_AT, parse

DAY = timedelta(days=1)


def _session(text: str) -> ActivityLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, ActivityLogged), logged
    return logged


class TestTeamSports:
    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            ("hurling training 70 min", "hurling", 70),
            ("camogie match, 60 mins", "hurling", 60),
            ("lacrosse practice 2 hrs", "lacrosse", 120),
            ("ultimate frisbee league game, 75 mins", "ultimate frisbee", 75),
            ("touch footy with the work crew, 50 min", "rugby", 50),
            ("aussie rules training 90 mins", "football", 90),
            ("GAA training 75 mins, legs in bits", "football", 75),
            ("water polo session 1hr", "water polo", 60),
            ("handball 60 mins at the sports centre", "handball", 60),
            ("netball match tonight, 60 mins at centre", "netball", 60),
            ("korfball tonight, 50 min", "korfball", 50),
            ("cricket nets 90 min", "cricket", 90),
            ("softball game, 2 hours", "softball", 120),
            ("rounders with the kids 40 min", "rounders", 40),
        ],
    )
    def test_a_team_sport_is_a_session_of_it(
        self, text: str, activity: str, minutes: float
    ) -> None:
        logged = _session(text)
        assert (logged.activity, logged.duration_s) == (activity, minutes * 60)
        assert logged.energy_kcal > 0

    def test_a_team_sport_then_the_gym(self) -> None:
        hurling, gym = parse("hurling 45 min then gym 30 min").events
        assert isinstance(hurling, ActivityLogged) and hurling.activity == "hurling"
        assert isinstance(gym, StrengthLogged) and gym.duration_s == 1800

    def test_a_match_watched_with_a_pie_is_no_session(self) -> None:
        (meal,) = parse("2 meat pies after the footy").events
        assert meal.kind == "meal"

    @pytest.mark.parametrize(
        "text",
        [
            "my son's hockey team won 4-1 🏑",
            "my daughter's netball team won 31-22",
            "son's lacrosse team lost 8-5 today",
            "husband's 5-a-side lost 6-2 again",
            "the girls' hockey team finished 3rd 🏑",
        ],
    )
    def test_someone_else_s_team_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()

    def test_our_own_game_is_still_a_session(self) -> None:
        assert _session("we won the hockey 3-2, 70 min").duration_s == 4200

    def test_the_gaa_pitch_is_a_place_for_a_run(self) -> None:
        (logged,) = parse("GAA pitch laps, 6k in 31 min").events
        assert logged.kind == "run"


class TestBricksAndDuathlons:
    @pytest.mark.parametrize(
        ("text", "legs"),
        [
            (
                "run-bike-run brick, 4k 17:50 / 25k 50:10 / 2k 8:40",
                [("run", 4000, 1070), ("cycle", 25000, 3010), ("run", 2000, 520)],
            ),
            (
                "duathlon: 5k 22:30 / 20k 41:10 / 2.5k 11:40",
                [("run", 5000, 1350), ("cycle", 20000, 2470), ("run", 2500, 700)],
            ),
            (
                "bike-run brick: 40k 1:18:20 / 8k 38:45",
                [("cycle", 40000, 4700), ("run", 8000, 2325)],
            ),
            (
                "swim-bike brick: 1500m 29:40 / 40k 1:15:30",
                [("swim", 1500, 1780), ("cycle", 40000, 4530)],
            ),
        ],
    )
    def test_each_leg_is_an_event_of_its_sport(
        self, text: str, legs: list[tuple[str, float, float]]
    ) -> None:
        events = parse(text).events
        told = [
            (e.activity if isinstance(e, ActivityLogged) else e.kind, e.distance_m, e.duration_s)
            for e in events
            if isinstance(e, ActivityLogged | RunLogged)
        ]
        assert told == legs
        assert len(events) == len(legs)

    def test_a_leg_count_that_does_not_fit_the_order_is_left_alone(self) -> None:
        """Three figures for a two-sport order name no legs: nothing is refused as one run."""
        assert multisport_legs("run-bike 4k 17:50 / 25k 50:10 / 2k 8:40").count("run") == 1


def _run(text: str) -> RunLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, RunLogged), logged
    return logged


class TestRelayLegsAndGoalRaces:
    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [
            ("track relays, my 800 leg in 2:31", 800, 151),
            ("DMR at the indoor meet, ran the 1200 leg in 3:48", 1200, 228),
            ("anchored the 1600 leg in 5:21, we won!", 1600, 321),
            ("my 400 leg was 64 seconds", 400, 64),
            ("club relays: my 200 leg in 27.9s", 200, 27.9),
        ],
    )
    def test_a_relay_leg_is_its_metres(self, text: str, metres: float, seconds: float) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (metres, seconds)

    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("BQ attempt #2: 3:28:55, missed by 56 seconds 😭", 12535),
            ("GFA attempt: 3:04:30, made it by 30 secs", 11070),
            ("my OTQ attempt: 2:36:40, gutted", 9400),
            ("good for age shot went ok, 3:12:45", 11565),
            ("marathon #2: 3:28:55", 12535),
        ],
    )
    def test_a_race_named_by_its_goal_is_a_marathon(self, text: str, seconds: float) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (42195, seconds)

    @pytest.mark.parametrize("text", ["need a GFA, 3:15 is the target", "my BQ is 3:30 now I'm 45"])
    def test_a_goal_talked_of_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()


class TestRemarksAfterARun:
    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("100k trail race in 11:58:44, never again (until next year)", 100),
            ("160 km mountain ultra 31:02:55, ask me again next year", 160),
            ("60k trail race 8:15:40, back next year for revenge", 60),
            ("80k ultra in 10:12:03 (same again next year?)", 80),
        ],
    )
    def test_next_year_in_a_remark_leaves_the_race(self, text: str, km: float) -> None:
        assert _run(text).distance_m == km * 1000

    @pytest.mark.parametrize(
        "text", ["10k in 50:00, again?", "10k 52:00, is that ok for a beginner?"]
    )
    def test_a_question_about_the_run_leaves_the_run(self, text: str) -> None:
        assert _run(text).distance_m == 10_000

    @pytest.mark.parametrize(
        "text",
        [
            "sub 3:30 marathon next year is the goal",
            "the aid station had pierogies, are they decent fuel?",
            "I'm 5'9 and 75kg, what's my ideal race weight?",
        ],
    )
    def test_a_plan_or_a_question_alone_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()


class TestWeighIns:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("class tonight: down 2lb to 14st 1lb", 14 * KG_PER_STONE + 1 * KG_PER_LB),
            ("up 1lb to 10st 13lb at class, boo", 10 * KG_PER_STONE + 13 * KG_PER_LB),
            ("group weigh-in: -3lb, 15st 10.5lb", 15 * KG_PER_STONE + 10.5 * KG_PER_LB),
            ("woke up 162.4 lb", 162.4 * KG_PER_LB),
            ("woke up at 71.3 kg", 71.3),
            ("woke up 12st 7lb, not bad after christmas", 12 * KG_PER_STONE + 7 * KG_PER_LB),
        ],
    )
    def test_the_weight_not_the_change(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(kg, abs=0.01)

    def test_waking_at_a_clock_is_no_weigh_in(self) -> None:
        (logged,) = parse("woke up at 6:30, ran 5k 25:00").events
        assert isinstance(logged, RunLogged)

    def test_a_negative_weight_is_still_refused(self) -> None:
        with pytest.raises(ImplausibleValue):
            parse("weight -70")


class TestStrides:
    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [
            ("4 x 100m strides, 15s each", 400, 60),
            ("6 x 80m strides, about 14s each", 480, 84),
            ("strides 5 x 60m, 10s each", 300, 50),
            ("4 x 150m strides in 25s each", 600, 100),
        ],
    )
    def test_strides_are_their_sum(self, text: str, metres: float, seconds: float) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (metres, seconds)

    def test_a_time_after_a_comma_without_each_is_the_session_s(self) -> None:
        assert _run("6 x 800m, 45:30").duration_s == 2730


class TestBeerMiles:
    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("beer mile done: 4 cans, 4 laps, 9:52", 592),
            ("did the club beer mile, 11:20, 4 lagers down", 680),
            ("Beer Mile in 7:58 😵", 478),
        ],
    )
    def test_a_mile_run_and_four_cans_drunk(self, text: str, seconds: float) -> None:
        run, beers = parse(text).events
        assert isinstance(run, RunLogged) and isinstance(beers, MealLogged)
        assert (run.distance_m, run.duration_s) == (pytest.approx(1609.344, abs=0.1), seconds)
        assert beers.kcal == pytest.approx(613, rel=0.02)  # four 12 fl oz cans of beer

    @pytest.mark.parametrize(
        "text", ["is a beer mile bad for recovery?", "my beer mile pb is 7:30"]
    )
    def test_a_beer_mile_talked_of_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()


class TestRunWalkWithItsTotal:
    @pytest.mark.parametrize(
        ("text", "metres", "minutes"),
        [
            ("run 1 min walk 1 min for half an hour, 3.4 km covered", 3400, 30),
            ("walk 2 min, run 3 min, x6 = 30 mins, 3.1km total", 3100, 30),
            ("jog 45s walk 15s, 30 min, 4.1 km", 4100, 30),
            ("walk 1, run 4, repeat 5 times, 25 mins total, 3.3 km", 3300, 25),
        ],
    )
    def test_the_intervals_are_no_part_of_the_time(
        self, text: str, metres: float, minutes: float
    ) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (metres, minutes * 60)

    def test_a_run_then_a_walk_are_still_two_sessions(self) -> None:
        run, walk = parse("run 20 min, walk 10 min").events
        assert run.duration_s == 1200 and walk.duration_s == 600


class TestDaysOfTheLog:
    def test_a_multi_day_event_is_a_run_a_day(self) -> None:
        events = parse("Marathon des Sables done: 250 km over 6 stages, 41:30:00 total").events
        assert len(events) == 6
        assert all(isinstance(e, RunLogged) for e in events)
        assert sum(e.distance_m for e in events) == pytest.approx(250_000, abs=5)
        assert sum(e.duration_s for e in events) == pytest.approx(41.5 * 3600, abs=5)
        days = [e.at.date() for e in events]
        assert days == sorted(set(days)) and days[-1] == RECEIVED_AT.date()

    def test_a_multi_day_event_without_its_time_is_no_refusal(self) -> None:
        events = parse("Dragon's Back 380 km over 6 days").events
        assert [e.distance_m for e in events] == [pytest.approx(63_333, abs=1)] * 6

    def test_days_ago_date_the_run(self) -> None:
        assert _run("ran 10k in 50:00 3 days ago").at.date() == RECEIVED_AT.date() - DAY * 3

    @pytest.mark.parametrize(
        ("text", "days_back"),
        [("10k 50:00, yesterday", 1), ("10 miles in 1:24:30, this morning", 0)],
    )
    def test_the_day_said_after_a_comma_is_the_run_s(self, text: str, days_back: int) -> None:
        logged = _run(text)
        assert logged.at.date() == RECEIVED_AT.date() - DAY * days_back
        assert logged.at.hour < 12


class TestHabitsWithRuns:
    @pytest.mark.parametrize(
        "text",
        [
            "I never know what to eat before my runs",
            "I love porridge before my runs",
            "pasta the night before my runs works for me",
        ],
    )
    def test_a_habit_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()


class TestRelaysNamedByTheirLegs:
    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [
            ("my leg of the 4x100 was 12.9s", 100, 12.9),
            ("ran the 2nd leg of the 4x400 in 58.1", 400, 58.1),
            ("leg 2 of the 4x800, my 800 leg 2:19", 800, 139),
            ("the medley relay, my 1200 in 3:55", 1200, 235),
        ],
    )
    def test_the_runner_s_leg_not_the_relay(
        self, text: str, metres: float, seconds: float
    ) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (metres, seconds)

    def test_reps_of_a_relay_s_length_stay_reps(self) -> None:
        assert _run("did 4x400 in 70s each").distance_m == 1600

    def test_a_beer_mile_s_named_drinks_are_its_beers(self) -> None:
        run, drinks = parse("Beer mile: 10:15 (4 x Bud Light)").events
        assert isinstance(run, RunLogged) and isinstance(drinks, MealLogged)
        assert len(drinks.items) == 1

    def test_what_a_place_had_asked_about_logs_nothing(self) -> None:
        assert parse("the feed station had flapjack, is that ok fuel?").events == ()


class TestMoreTeamSportWords:
    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            ("frisbee in the park 30 min", "frisbee", 30),
            ("ultimate practice 90 min", "ultimate frisbee", 90),
            ("played footy with the kids 30 min", "football", 30),
            ("rugby: 80 min", "rugby", 80),
        ],
    )
    def test_the_session(self, text: str, activity: str, minutes: float) -> None:
        logged = _session(text)
        assert (logged.activity, logged.duration_s) == (activity, minutes * 60)

    def test_casual_frisbee_burns_less_than_ultimate(self) -> None:
        assert _session("frisbee 60 min").energy_kcal < _session("ultimate game 60 min").energy_kcal

    def test_food_after_a_game_is_only_food(self) -> None:
        (meal,) = parse("after rugby: 2 pints and a burger").events
        assert isinstance(meal, MealLogged) and len(meal.items) == 2

    def test_a_two_day_trail_event(self) -> None:
        events = parse("2 day trail event: 90 km, 15:40:00 total").events
        assert [(e.distance_m, e.duration_s) for e in events] == [(45_000, 28_200)] * 2
