"""Issue 15, the "sports" round: sessions named by sports across the Compendium of Physical
Activities 2011 (sections 02, 03, 15, 17, 18, 19), in runners' words, checked on variants of the
probes (scripts/corpus_probes_sports.py): the kind, the minutes and the kcal a runner sees."""

from __future__ import annotations

import pytest

from engine.activities import ACTIVITIES
from engine.events import ActivityLogged, RunLogged
from tests.engine.test_parsing import parse

KG = 70.0  # the test context's runner


def _session(text: str) -> ActivityLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, ActivityLogged), logged
    return logged


def _net_kcal(activity: str, minutes: float) -> float:
    """What the runner sees: the Compendium row's MET less the resting one, for the time."""
    return (ACTIVITIES[activity].met - 1) * KG * minutes / 60


class TestCompendiumSportsByName:
    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            # 02 conditioning
            ("rope skipping 12 min", "jump rope", 12),
            ("step class 50 mins", "aerobics", 50),
            ("aqua aerobics 40 min", "water aerobics", 40),
            ("skierg 20 minutes", "ski erg", 20),
            ("air bike 10 min", "spin", 10),
            ("stationary bike 45 mins", "spin", 45),
            ("rebounding 15 min", "trampoline", 15),
            # 03 dancing
            ("ceroc 2 hours", "dance", 120),
            ("quickstep lesson 45 min", "dance", 45),
            # 15 sports
            ("went for a hack, 1h15", "horse riding", 75),
            ("dressage 40 mins", "horse riding", 40),
            ("show jumping lesson 1 hour", "show jumping", 60),
            ("top rope 1 hour at the wall", "climb", 60),
            ("abseiled 30 min", "abseil", 30),
            ("skateboarded 40 mins", "skateboard", 40),
            ("rollerbladed 1 hour", "skate", 60),
            ("archery 90 min", "archery", 90),
            ("bowling 2 hours with work", "bowling", 120),
            ("crown green 2 hrs", "bowls", 120),
            ("played pool 1 hour", "billiards", 60),
            ("curling 90 mins", "curling", 90),
            ("ice hockey 1 hour", "ice hockey", 60),
            ("touch football 45 min", "flag football", 45),
            ("high ropes 2 hrs", "high ropes", 120),
            ("futsal 50 mins", "football", 50),
            ("walking football 75 min", "walking football", 75),
            ("floorball 1 hour", "hockey", 60),
            ("shinty 80 min", "hurling", 80),
            # 17 walking
            ("nordic walked 50 mins", "nordic walk", 50),
            ("hillwalk 3 hours", "hike", 180),
            ("backpacked 5 hours", "backpacking", 300),
            # 18 water
            ("sculled 1 hour", "sculling", 60),
            ("sailing 2 hours", "sail", 120),
            ("kiteboarding 90 min", "windsurf", 90),
            ("water skiing 30 min", "waterski", 30),
            ("snorkeled 45 mins", "snorkel", 45),
            ("scuba diving 50 min", "scuba", 50),
            ("rafting 2 hours", "kayak", 120),
            # 19 winter
            ("sledding 1 hour", "sled", 60),
            ("roller skiing 1 hour", "ski", 60),
            # the second pass
            ("jetski 40 min", "jet ski", 40),
            ("water walking 30 min", "water walk", 30),
            ("bodyattack 50 mins", "aerobics", 50),
            ("stepmill 15 min", "stairs", 15),
            ("velodrome 1 hour", "cycle", 60),
            ("chukkas 1h", "polo", 60),
            ("kickball 45 min", "kickball", 45),
            ("paraglided 2 hours", "hang gliding", 120),
            ("assault course 40 min", "obstacle course", 40),
            ("triple jump session 1 hour", "jumps", 60),
            ("hammer throw 45 min", "throws", 45),
            ("punted 1 hour", "rowing boat", 60),
            ("pedal boat 30 min", "paddle boat", 30),
            ("mushing 2 hours", "sled", 120),
            ("walking tennis 1 hour", "tennis", 60),
        ],
    )
    def test_each_sport_is_its_row_with_its_minutes(
        self, text: str, activity: str, minutes: float
    ) -> None:
        logged = _session(text)
        assert (logged.activity, logged.duration_s) == (activity, minutes * 60)
        assert logged.energy_kcal == pytest.approx(_net_kcal(activity, minutes), rel=0.02)

    def test_a_row_is_its_compendium_figure_not_the_sport_it_sounds_like(self) -> None:
        """Snooker is 2.5 MET, a crew boat's outing 5.8 (18050, acts11): an hour of each is
        far apart."""
        snooker = _session("snooker 1 hour").energy_kcal
        crew = _session("coxed four 1 hour").energy_kcal
        assert snooker == pytest.approx(105, abs=2)
        assert crew == pytest.approx(336, abs=5)

    def test_a_distance_gives_a_crew_boat_its_pace(self) -> None:
        logged = _session("sculling on the river 14 km 1:20")
        assert (logged.activity, logged.duration_s, logged.distance_m) == ("sculling", 4800, 14000)


class TestGolfByItsHoles:
    def test_18_holes_with_no_time_is_a_round_of_about_four_hours(self) -> None:
        logged = _session("18 holes this afternoon")
        assert (logged.activity, logged.duration_s) == ("golf", 4 * 3600)
        assert "duration_min" in logged.estimated  # the runner sees it was assumed

    def test_9_holes_is_half_a_round(self) -> None:
        assert _session("nine holes with dad").duration_s == 2 * 3600

    def test_a_round_with_its_own_time_keeps_it(self) -> None:
        logged = _session("18 holes in 3h20")
        assert (logged.activity, logged.duration_s) == ("golf", 200 * 60)
        assert "duration_min" not in logged.estimated

    def test_how_the_round_was_walked_is_no_walk_of_its_own(self) -> None:
        logged = _session("18 holes, walking and pulling")
        assert logged.activity == "golf"

    def test_holes_beside_a_run_are_their_own_session(self) -> None:
        run, golf = parse("10k 52:00 then 9 holes").events
        assert isinstance(run, RunLogged) and run.distance_m == 10000
        assert isinstance(golf, ActivityLogged)
        assert (golf.activity, golf.duration_s) == ("golf", 2 * 3600)

    def test_the_driving_range_is_the_miniature_row(self) -> None:
        """15270 names miniature golf and the driving range: one MET, each its own name."""
        logged = _session("driving range 45 min")
        assert logged.activity == "driving range"
        assert ACTIVITIES["driving range"].met == ACTIVITIES["mini golf"].met == 3.0


class TestWordsThatAreNoSession:
    @pytest.mark.parametrize(
        "text",
        [
            "skipping lunch today, too busy",
            "the taper was plain sailing",
            "hit the wall at 32k",
            "holes in both my socks",
            "legs gone bandy after the long run",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        assert not [e for e in parse(text).events if isinstance(e, ActivityLogged)]

    @pytest.mark.parametrize(
        "text",
        [
            "snooker on the telly tonight",
            "golf clubs for sale",
            "the climbing wall is closed till Monday",
            "need a new kickball for the club",
            "my javelin snapped",
            "shot put is so technical",
        ],
    )
    def test_a_sport_watched_sold_shut_or_talked_of_is_no_session(self, text: str) -> None:
        assert not parse(text).events

    def test_a_time_beside_it_keeps_the_session(self) -> None:
        assert _session("squash 45 min, then the final on the telly").duration_s == 45 * 60

    def test_canicross_is_a_run(self) -> None:
        (logged,) = parse("canicross 6k 31:00").events
        assert isinstance(logged, RunLogged)
        assert (logged.distance_m, logged.duration_s) == (6000, 31 * 60)

    def test_a_treadmill_hill_walk_stays_a_walk(self) -> None:
        assert _session("treadmill hill walk 30 min, 12% incline").activity == "walk"

    def test_a_trek_bar_is_food(self) -> None:
        assert not [e for e in parse("a trek bar").events if isinstance(e, ActivityLogged)]

    def test_skipping_before_its_minutes_is_the_rope(self) -> None:
        assert _session("skipping 8 mins").activity == "jump rope"

    def test_a_sunday_league_game_is_football_not_a_date(self) -> None:
        logged = _session("sunday league 90 mins")
        assert (logged.activity, logged.duration_s) == ("football", 90 * 60)


class TestCountsOfPlay:
    @pytest.mark.parametrize(
        ("text", "activity", "minutes", "km"),
        [
            ("tenpin bowling, 3 games, 1 hour", "bowling", 60, None),
            ("badminton, 4 games, 50 min", "badminton", 50, None),
            ("dinghy racing, 3 races, 2.5 hours", "sail", 150, None),
            ("bagged 2 munros, 18 km 7:20", "hike", 440, 18),
        ],
    )
    def test_a_count_of_games_keeps_the_time_after_it_with_the_session(
        self, text: str, activity: str, minutes: float, km: float | None
    ) -> None:
        logged = _session(text)
        assert (logged.activity, logged.duration_s) == (activity, minutes * 60)
        assert logged.distance_m == (km * 1000 if km else None)

    def test_a_run_after_a_session_with_its_own_figures_stays_a_run(self) -> None:
        session, run = parse("squash 45 min, 3 games, then 5k 24:00").events
        assert isinstance(session, ActivityLogged) and session.duration_s == 45 * 60
        assert isinstance(run, RunLogged) and run.distance_m == 5000
