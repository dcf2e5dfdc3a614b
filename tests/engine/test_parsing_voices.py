"""Issue 15, the "voices" round: how beginners and US runners tell their runs, checked on
variants in other words than the probes (scripts/corpus_probes_voices.py)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from engine.quantities import KM_PER_MILE
from tests.engine.test_parsing import parse


def _run(text: str) -> RunLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, RunLogged), logged
    return logged


class TestWalkBreaksInsideARun:
    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [
            ("4k in 33:20 with walk breaks", 4000, 2000),
            ("my first 10k, 1:12:00 with a few walk breaks", 10000, 4320),
            ("2 miles in 27 min with one walking break", 2 * KM_PER_MILE * 1000, 1620),
            ("3.2k in 27 mins with 2 walk breaks", 3200, 1620),
        ],
    )
    def test_walk_breaks_are_part_of_the_run(
        self, text: str, metres: float, seconds: float
    ) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (pytest.approx(metres, abs=1), seconds)

    def test_walked_hills_but_a_distance_is_one_run(self) -> None:
        logged = _run("walked up the hills but did 5k in 39 min")
        assert (logged.distance_m, logged.duration_s) == (5000, 2340)

    def test_a_walk_alone_is_still_a_walk(self) -> None:
        (logged,) = parse("walked 3 miles in 55 min").events
        assert logged.kind == "activity"


class TestRunWalkSets:
    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("jog 30s walk 30s for 25 min, 2.6km", 1500),
            ("run 1 min walk 90 sec for 30 min, 3.1 km", 1800),
        ],
    )
    def test_the_time_after_for_is_the_sessions(self, text: str, seconds: float) -> None:
        assert _run(text).duration_s == seconds

    def test_a_set_told_with_commas_is_one_set(self) -> None:
        logged = _run("60 sec jog, 90 sec walk, 8 times")
        assert logged.duration_s == 8 * 150

    def test_the_sessions_figures_after_a_set_with_commas(self) -> None:
        logged = _run("c25k: 90 sec run, 2 min walk, 6 times, 2.4km 25 mins")
        assert (logged.distance_m, logged.duration_s) == (2400, 1500)


class TestStepCounts:
    @pytest.mark.parametrize(
        "text",
        ["14k steps walking around the zoo", "15,000 steps walking round town", "9,500 steps"],
    )
    def test_a_step_count_and_its_walking_log_nothing(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_walk_with_its_time_beside_a_step_count_is_logged(self) -> None:
        (logged,) = parse("8000 steps, walked the dog 45 min").events
        assert logged.kind == "activity" and getattr(logged, "duration_s", 0) == 2700


@pytest.mark.parametrize(
    "text", ["a banana before my first 10k", "porridge before my first ever half marathon"]
)
def test_food_before_a_first_race_logs_no_run(text: str) -> None:
    (logged,) = parse(text).events
    assert isinstance(logged, MealLogged)
