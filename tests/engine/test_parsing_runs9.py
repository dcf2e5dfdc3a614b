"""Issue 15, the ninth "runs" round: runs, sessions, weigh-ins and chat block n showed misread,
checked on variants in other words (scripts/corpus_probes_runs9.py)."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, StrengthLogged
from tests.engine.test_parsing import parse


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
