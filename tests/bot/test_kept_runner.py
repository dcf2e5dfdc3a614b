"""The runner the coach keeps between messages answers exactly as a freshly loaded one.

The coach keeps each runner's day totals, weight trend, training and meals in memory and folds every
message's events into them (`Runner.absorb`), moving on at local midnight (`Runner.advance`).
These tests replay random conversations (meals, runs, weigh-ins including earlier-dated ones,
undo, edits, zone and goal changes, days passing) and after every step compare what the kept
runner says with what a new coach reading the same SQLite file says.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

import pytest

from bot.coach import Coach, Incoming
from bot.console import SimulatedClock
from bot.main import build_coach
from engine.days import local_day
from engine.food import FoodTable
from storage.db import Database

USER = 7
START = datetime(2026, 3, 20, 6, 0, tzinfo=UTC)  # DST starts in Europe and the US meanwhile

MESSAGES = (
    "oatmeal with banana and milk",
    "chicken breast, rice and broccoli",
    "2 eggs and toast",
    "2 eggs at 7am yesterday",
    "ran 10 km in 55 min",
    "ran 5k yesterday in 30 min",
    "easy run 40 min",
    "strength 45 min",
    "weight {kg}",
    "weight {kg} yesterday",
    "protein shake",
    "salmon with potatoes",
)
COMMANDS = ("/undo", "/profile tz=America/New_York", "/profile tz=Europe/Berlin",
            "/goal lose-0.5", "/goal maintain")


async def _compare(coach: Coach, database: Database, foods: FoodTable, now: datetime) -> None:
    kept = await coach.runner(USER, USER, now)
    assert coach.runners.kept.get(USER) is kept
    fresh_coach = build_coach(database, lambda: now, foods)
    fresh = await fresh_coach.runner(USER, USER, now)
    assert kept.day == fresh.day
    assert kept.weight_kg == pytest.approx(fresh.weight_kg)
    assert [s.id for s in kept.training] == [s.id for s in fresh.training]
    assert [s.id for s in kept.meals] == [s.id for s in fresh.meals]
    assert kept.paces == fresh.paces
    assert kept.recent_pace_s_per_km() == fresh.recent_pace_s_per_km()
    day = local_day(now, kept.tz)
    mine = (await coach.balance(kept, day)).to_contract()
    theirs = (await fresh_coach.balance(fresh, day)).to_contract()
    assert mine == theirs
    # Scheduled sends and the CLI read the kept runner too (without changing it).
    assert (await coach.balance_for(USER, day)).to_contract() == theirs


@pytest.mark.parametrize("seed", range(6))
async def test_a_kept_runner_matches_a_fresh_load(seed: int, database: Database,
                                                   foods: FoodTable) -> None:
    rng = random.Random(seed)
    now = START
    clock = SimulatedClock(now)
    coach = build_coach(database, clock, foods)
    ids = count(1)
    sent: list[tuple[int, str]] = []
    for _ in range(60):
        now += timedelta(minutes=rng.choice((5, 40, 180, 600, 1_500, 4_500)))
        clock.now = now
        roll = rng.random()
        if roll < 0.12:
            await coach.handle_text(Incoming(USER, USER, rng.choice(COMMANDS), now,
                                             message_id=next(ids)))
        elif roll < 0.22 and sent:
            message_id, _ = rng.choice(sent)
            text = rng.choice(MESSAGES).format(kg=round(rng.uniform(68, 74), 1))
            await coach.edit(Incoming(USER, USER, text, now, message_id=message_id))
        else:
            text = rng.choice(MESSAGES).format(kg=round(rng.uniform(68, 74), 1))
            message_id = next(ids)
            sent.append((message_id, text))
            await coach.handle_text(Incoming(USER, USER, text, now, message_id=message_id))
        await _compare(coach, database, foods, now)


@pytest.mark.parametrize("coach", ["sqlite"], indirect=True)  # reads the SQLite file
async def test_a_message_from_an_earlier_day_counts_in_today(
        coach: Coach, database: Database, foods: FoodTable) -> None:
    """An update replayed late (dated yesterday) is logged for its own day, and today's
    kept runner, which has not seen it, does not hide it from today's 7-day figures."""
    today = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    await coach.handle_text(Incoming(USER, USER, "2 eggs", today, message_id=1))
    replies = await coach.handle_text(Incoming(USER, USER, "banana", today - timedelta(days=1),
                                               message_id=2))
    assert "Logged" in replies[0].text
    await _compare(coach, database, foods, today)
    # science.md §9 rev 2: the 7-day figures read finished days only (yesterday's banana).
    assert (await coach.balance_for(USER, local_day(today, UTC))).rolling7.days_logged == 1


async def test_a_runner_dropped_from_memory_answers_the_same(
        database: Database, tmp_path: Path, foods: FoodTable) -> None:
    """With room for two runners only (`RUNFUEL_RUNNERS_KEPT`), three runners taking turns
    push each other out; each is read afresh on their next message and every reply, /today
    and recovery reminder is what a coach keeping them all says."""
    other = Database(tmp_path / "all-kept.db")
    await other.open()
    try:
        clock = SimulatedClock(START)
        small = build_coach(database, clock, foods, runners_kept=2)
        roomy = build_coach(other, clock, foods)
        rng = random.Random(3)
        now, ids = START, count(1)
        for _ in range(45):
            now += timedelta(minutes=rng.choice((7, 50, 200, 700)))
            clock.now = now
            user = rng.choice((1, 2, 3))
            text = rng.choice((*MESSAGES, "/today")).format(kg=round(rng.uniform(60, 80), 1))
            msg = Incoming(user, user, text, now, message_id=next(ids), update_id=next(ids))
            mine, theirs = await small.handle_text(msg), await roomy.handle_text(msg)
            assert [r.text for r in mine] == [r.text for r in theirs], text
            assert len(small.runners.kept) <= 2
        assert len(roomy.runners.kept) == 3
        later = now + timedelta(hours=30)
        assert ([d.message.text for d in await small.due(later)]
                == [d.message.text for d in await roomy.due(later)])
    finally:
        await other.close()
