"""Step 0020: the index of events by kind gives way to one of live weigh-ins.

A database made by step 0019 holding a runner's history is brought forward by `runfuel
migrate` on both backends; the balance's read (`window`) then gives the same meals and
weigh-ins, and on SQLite walks the weigh-ins' index instead of every event of the year.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.main import build_stores, migrate
from engine.events import Event, FoodItem, MealLogged, RunLogged, WeightLogged
from engine.profile import Profile
from storage.codec import LIVE, event_json
from storage.db import Database, bundled_migrations, to_db_time
from storage.postgres import PgDatabase
from storage.postgres import bundled_migrations as pg_migrations

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
BEFORE_0020 = 19
EGGS = FoodItem(text="2 eggs", food="egg", kcal=143.0, protein_g=12.6, carbs_g=0.7, fat_g=9.5)


def history() -> list[tuple[int, Event]]:
    """(update id, event): 60 days of a weigh-in, a meal and every other day a run."""
    logged: list[tuple[int, Event]] = []
    for d in range(60):
        day = NOW - timedelta(days=60 - d)
        logged.append((3 * d + 1, WeightLogged(at=day, mass_kg=72.0 - d / 100)))
        logged.append((3 * d + 2, MealLogged(at=day + timedelta(hours=1), items=(EGGS,))))
        if d % 2:
            logged.append((3 * d + 3, RunLogged(at=day + timedelta(hours=2), distance_m=8000,
                                                 duration_s=2700, energy_kcal=560)))
    return logged


async def log_history(db: Database | PgDatabase) -> None:
    """The runner's history as step 0019's code stored it (rows without 0021's `sums`)."""
    await db.open()
    try:
        stores = build_stores(db)
        await stores.users.save(1, Profile(sex="female", age=34), now=NOW - timedelta(days=61),
                                chat_id=1)
        undone = WeightLogged(at=NOW - timedelta(days=3, hours=-5), mass_kg=90.0)
        rows = [(update_id, event, None) for update_id, event in history()]
        for update_id, event, undone_at in [*rows, (999, undone, undone.at)]:
            if isinstance(db, Database):
                await db.write(
                    "INSERT INTO events (user_id, kind, at, payload, chat_id, message_id,"
                    " created_at, update_id, seq, undone_at) VALUES (1, ?, ?, ?, 1, ?, ?, ?, 0, ?)",
                    (event.kind, to_db_time(event.at), event_json(event), update_id,
                     to_db_time(event.at), update_id,
                     None if undone_at is None else to_db_time(undone_at)))
            else:
                await db.write(
                    "INSERT INTO events (user_id, kind, at, payload, chat_id, message_id,"
                    " created_at, update_id, seq, undone_at, rev)"
                    " VALUES (1, $1, $2, $3::jsonb, 1, $4, $2, $4, 0, $5, 1)",
                    event.kind, event.at, event_json(event), update_id, undone_at)
    finally:
        await db.close()


async def assert_window_reads_the_history(db: Database | PgDatabase) -> None:
    await db.open()
    try:
        events, weights = await build_stores(db).events.window(
            1, NOW - timedelta(days=20), NOW, weights_since=NOW - timedelta(days=400))
    finally:
        await db.close()
    logged = [e for _, e in history()]
    assert weights == [e for e in logged if isinstance(e, WeightLogged)]  # not the undone 90 kg
    assert [s.event for s in events] == [
        e for e in logged if not isinstance(e, WeightLogged) and e.at >= NOW - timedelta(days=20)]


async def test_sqlite_0019_database_is_brought_forward(tmp_path: Path) -> None:
    path = tmp_path / "runfuel.db"
    await log_history(Database(path, bundled_migrations()[:BEFORE_0020]))
    assert await migrate(Database(path)) == len(bundled_migrations())
    await assert_window_reads_the_history(Database(path))
    db = Database(path)
    await db.open()
    try:
        indexes = {r[0] for r in await db.read(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")}
        plan = " ".join(str(r[3]) for r in await db.read(
            f"EXPLAIN QUERY PLAN SELECT id FROM events WHERE user_id = ? AND {LIVE}"
            " AND kind = 'weight' AND at >= ? AND at < ?", (1, "a", "b")))
        assert await db.integrity_check() == "ok"
    finally:
        await db.close()
    assert "events_live_weights_by_user_at" in indexes
    assert "events_live_by_user_kind_at" not in indexes
    assert "events_live_weights_by_user_at" in plan


async def test_postgresql_0019_database_is_brought_forward(pg_url: str) -> None:
    await log_history(PgDatabase(pg_url, pg_migrations()[:BEFORE_0020]))
    assert await migrate(PgDatabase(pg_url)) == len(pg_migrations())
    await assert_window_reads_the_history(PgDatabase(pg_url))
    db = PgDatabase(pg_url)
    await db.open()
    try:
        indexes = {r[0] for r in await db.read(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'events'"
            " AND schemaname = current_schema()")}
    finally:
        await db.close()
    assert "events_live_weights_by_user_at" in indexes
    assert "events_live_by_user_kind_at" not in indexes
