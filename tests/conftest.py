"""Shared fixtures: a real SQLite file per test, a fixed clock, the coach wired like main().

`coach` runs each use-case test twice: on SQLite, wired as main() wires it, and on the
in-memory fakes of tests/fakes.py, so a change to a port shows in both.
"""

from __future__ import annotations

import os

# PTB 22 warns (an error under filterwarnings=error) whenever it builds a RetryAfter unless this
# opt-in is set; `runfuel` sets it at start-up too (bot/cli.py).
os.environ["PTB_TIMEDELTA"] = "1"

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.coach import Coach
from bot.console import SimulatedClock
from bot.main import build_coach
from engine.food import FoodTable
from storage.db import Database
from tests.fakes import fake_stores

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

pytest_plugins = ["tests.botapi", "tests.stravaapi"]


@pytest.fixture(scope="session")
def foods() -> FoodTable:
    """The food table loads once per test session, as the bot loads it once per process."""
    return FoodTable.load()


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(NOW)


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(tmp_path / "runfuel.db")
    await db.open()
    yield db
    await db.close()


@pytest.fixture(params=["sqlite", "fake"])
def coach(request: pytest.FixtureRequest, clock: SimulatedClock,
          foods: FoodTable) -> Coach:
    if request.param == "fake":
        return Coach(fake_stores(), foods, clock)
    database: Database = request.getfixturevalue("database")
    return build_coach(database, clock, foods)
