"""One speed rule: a typed run and a watch file's run at the same speed get the same verdict."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo

import pytest

from engine.errors import BadActivityFile, ImplausibleValue
from engine.events import RunLogged
from engine.food import FoodTable
from engine.limits import MAX_RUN_KMH, MIN_RUN_KMH, SPRINT_MAX_KMH, RunSpeed, run_speed
from engine.parsing import ParseContext, parse_message
from engine.watchfiles import read_activity_file
from tests.activityfiles import MASS, START, fit, refused


@cache
def foods() -> FoodTable:
    return FoodTable.load()


def typed(text: str) -> RunSpeed:
    """The parser's verdict on a typed run, read from what it does."""
    context = ParseContext(received_at=datetime(2026, 5, 2, 9, 0, tzinfo=UTC),
                           tz=ZoneInfo("UTC"), foods=foods())
    try:
        (run,) = parse_message(text, context).events
    except ImplausibleValue as e:
        return "too_slow" if "slower than walking" in e.user_message else "too_fast"
    assert isinstance(run, RunLogged)
    return "plausible"


def from_file(distance_m: float, seconds: int) -> RunSpeed:
    """A FIT run recorded by a watch: `seconds` of timer at a steady speed over `distance_m`."""
    data = fit(seconds=seconds + 1, speed_m_s=distance_m / seconds)  # n records: n - 1 s
    try:
        (run,) = read_activity_file(data, "run.fit", mass_kg=MASS)
    except BadActivityFile:  # the refusal's words say which rule refused it
        message = refused(data, "run.fit")
        if "faster than anyone runs" in message:
            return "too_fast"
        assert "slower than walking pace" in message, message
        return "too_slow"
    assert isinstance(run, RunLogged)
    assert run.at == START
    return "plausible"


@pytest.mark.parametrize(("text", "distance_m", "seconds", "verdict"), [
    ("ran 10 km in 40 min", 10_000, 2400, "plausible"),  # 15 km/h
    ("ran 12.5 km in 30 min", 12_500, 1800, "plausible"),  # 25 km/h: just under the rule
    ("ran 13.5 km in 30 min", 13_500, 1800, "too_fast"),  # 27 km/h: files let it by before
    ("ran 14.5 km in 30 min", 14_500, 1800, "too_fast"),  # 29 km/h: a bike in run mode
    ("ran 20 km in 30 min", 20_000, 1800, "too_fast"),  # 40 km/h: a car
    ("ran 0.8 km in 2 min", 800, 120, "plausible"),  # 24 km/h over 800 m
    ("ran 0.9 km in 1.5 min", 900, 90, "plausible"),  # 36 km/h: a sprint may be that fast
    ("ran 1 km in 60 min", 1_000, 3600, "too_slow"),  # 1 km/h: the watch ran on
])
def test_a_typed_run_and_a_file_run_at_the_same_speed_get_the_same_verdict(
        text: str, distance_m: float, seconds: int, verdict: RunSpeed) -> None:
    """What no runner did is refused whether it was typed or recorded, and nothing else is."""
    assert run_speed(distance_m, seconds) == verdict
    assert typed(text) == verdict
    assert from_file(distance_m, seconds) == verdict


def test_the_limits_sit_above_every_record_and_below_a_bike() -> None:
    """Beyond 1 km the mile record (25.96 km/h) passes; 100 m at Bolt's 37.6 km/h passes."""
    assert run_speed(1609.344, 223.13) == "plausible"
    assert run_speed(100, 9.58) == "plausible"
    assert MIN_RUN_KMH < 3.2 < MAX_RUN_KMH < SPRINT_MAX_KMH
