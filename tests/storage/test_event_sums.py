"""Step 0021: what a balance reads of each event (`sums`) is stored beside its payload.

A runner's first message reads their window as summaries (`EventStore.summaries`): no meal
is decoded, only the training since yesterday began. These tests check, on both backends
and the fakes, that the summaries say exactly what the decoded events say (the same floats),
also for rows stored before the column (NULL sums, decoded as before), and that a coach
reading either kind of row answers the runner the same.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.coach import Coach, Incoming, Stores
from bot.main import build_coach
from engine.events import (
    ActivityLogged,
    Event,
    FoodItem,
    MealLogged,
    RunLogged,
    StrengthLogged,
    WeightLogged,
    summary_values,
)
from engine.food import FoodTable
from engine.weights import Weighed
from storage.db import Database
from storage.postgres import PgDatabase
from tests.storage.conftest import Backend

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
EGGS = FoodItem(text="2 eggs", food="egg", kcal=143.1, protein_g=12.6, carbs_g=0.7, fat_g=9.5)
TOAST = FoodItem(text="toast", food="toast", kcal=77.3, protein_g=2.61, carbs_g=14.1,
                 fat_g=1.03)
ZORBLAX = FoodItem(text="zorblax", resolved=False)


def history() -> list[Event]:
    """30 days: a weigh-in, two meals (one with an unknown food), a run, strength or a walk."""
    logged: list[Event] = []
    for d in range(30):
        day = NOW - timedelta(days=30 - d)
        logged.append(WeightLogged(at=day, mass_kg=72.0 - d / 70))
        logged.append(MealLogged(at=day + timedelta(hours=1), items=(EGGS, TOAST)))
        logged.append(MealLogged(at=day + timedelta(hours=5), items=(TOAST, ZORBLAX)))
        if d % 3 == 0:
            logged.append(RunLogged(at=day + timedelta(hours=2), distance_m=8000 + d * 13.7,
                                    duration_s=2700.5, energy_kcal=560.25))
        elif d % 3 == 1:
            logged.append(RunLogged(at=day + timedelta(hours=2), distance_m=5000,
                                    duration_s=1800, energy_kcal=350.1,
                                    estimated=("distance_km",)))
            logged.append(StrengthLogged(at=day + timedelta(hours=8), duration_s=2400,
                                         energy_kcal=180.7))
        else:
            logged.append(ActivityLogged(activity="walk", at=day + timedelta(hours=3),
                                         duration_s=3600, energy_kcal=200.3))
    return logged


async def store_history(s: Stores) -> None:
    await s.users.touch(1, chat_id=1, now=NOW - timedelta(days=31))
    for n, event in enumerate(history(), start=1):
        await s.events.add(1, [event], now=event.at, chat_id=1, message_id=n, update_id=n)


async def forget_sums(db: Database | PgDatabase | None) -> None:
    """Make every row look stored before step 0021."""
    assert db is not None
    await db.write("UPDATE events SET sums = NULL")


class TestSummaries:
    @pytest.mark.parametrize("legacy", [False, True], ids=["with sums", "before 0021"])
    async def test_summaries_say_what_the_decoded_events_say(self, backend: Backend,
                                                             legacy: bool) -> None:
        await store_history(backend.stores)
        if legacy:
            if backend.db is None:
                pytest.skip("the fakes keep no columns")
            await forget_sums(backend.db)
        start, end = NOW - timedelta(days=20), NOW + timedelta(days=1)
        since = NOW - timedelta(days=1, hours=20)
        events, weights = await backend.stores.events.window(
            1, start, end, weights_since=NOW - timedelta(days=400))
        summaries, masses = await backend.stores.events.summaries(
            1, start, end, weights_since=NOW - timedelta(days=400), decode_since=since)
        assert [(s.id, s.kind, s.at, s.values) for s, _ in summaries] == [
            (e.id, e.event.kind, e.event.at, summary_values(e.event)) for e in events]
        assert masses == [Weighed(w.at, w.mass_kg) for w in weights]
        decoded = {s.id: stored for s, stored in summaries if stored is not None}
        recent_training = {e.id: e for e in events
                           if e.event.kind != "meal" and e.event.at >= since}
        assert {i: decoded[i] for i in recent_training} == recent_training
        if not legacy:  # a meal, or older training, is never decoded
            assert decoded.keys() == recent_training.keys()

    async def test_a_meals_sums_keep_every_digit(self, backend: Backend) -> None:
        await backend.stores.users.touch(1, chat_id=1, now=NOW)
        meal = MealLogged(at=NOW, items=(EGGS, TOAST, TOAST, ZORBLAX))
        await backend.stores.events.add(1, [meal], now=NOW)
        summaries, _ = await backend.stores.events.summaries(
            1, NOW - timedelta(days=1), NOW + timedelta(days=1),
            weights_since=NOW, decode_since=NOW)
        assert summaries[0][0].values == meal.sums
        assert summaries[0][1] is None


async def _replies(coach: Coach) -> list[str]:
    texts = []
    for n, text in enumerate(("2 eggs and toast", "/today", "ran 5k in 27 min", "/week")):
        msg = Incoming(1, 1, text, NOW + timedelta(minutes=n), message_id=1_000 + n,
                       update_id=1_000 + n)
        texts += [r.text for r in await coach.handle_text(msg)]
    return texts


async def test_a_runner_read_from_rows_before_0021_answers_the_same(
        tmp_path: Path, foods: FoodTable) -> None:
    """The same history with and without sums: a first message, /today, a run and /week say
    the same (rows stored before the step are decoded and summed as before)."""
    answers = []
    for legacy in (False, True):
        db = Database(tmp_path / f"runfuel-{legacy}.db")
        await db.open()
        try:
            coach = build_coach(db, lambda: NOW, foods)
            await store_history(coach.stores)
            if legacy:
                await forget_sums(db)
            answers.append(await _replies(build_coach(db, lambda: NOW, foods)))
        finally:
            await db.close()
    assert answers[0] == answers[1]
    assert "Logged" in answers[0][0]
