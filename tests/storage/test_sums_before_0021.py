"""A database made before step 0021 (events without `sums`), brought forward by `runfuel
migrate`, on both backends: the runner sees what the same history stored today shows, and
their first read writes the sums of the rows it summed from payloads, so later reads decode
no meal or weigh-in (what 0021 is for) instead of doing so for 28 (meals) to 400 days
(weigh-ins) after the upgrade.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bot.coach import Incoming
from bot.main import build_coach, build_stores, migrate
from engine.food import FoodTable
from engine.profile import Profile
from storage.codec import LIVE
from storage.db import Database, bundled_migrations, to_db_time
from storage.postgres import PgDatabase
from storage.postgres import bundled_migrations as pg_migrations
from tests.storage.test_weigh_in_index import NOW, history, log_history

BEFORE_0021 = 20
MESSAGES = ("2 eggs", "/today", "ran 5k in 27 min", "/week")


async def store_history_today(db: Database | PgDatabase) -> None:
    """The same history as `log_history`, stored by today's code (with sums)."""
    await db.open()
    try:
        stores = build_stores(db)
        await stores.users.save(1, Profile(sex="female", age=34), now=NOW - timedelta(days=61),
                                chat_id=1)
        for update_id, event in history():
            await stores.events.add(1, [event], now=event.at, chat_id=1, message_id=update_id,
                                    update_id=update_id)
    finally:
        await db.close()


async def answers(db: Database | PgDatabase, foods: FoodTable) -> list[str]:
    """The runner's messages (their first since the worker started) and the coach's replies."""
    await db.open()
    try:
        coach = build_coach(db, lambda: NOW, foods)
        texts = []
        for n, text in enumerate(MESSAGES):
            msg = Incoming(1, 1, text, NOW + timedelta(minutes=n), message_id=5_000 + n,
                           update_id=5_000 + n)
            texts += [r.text for r in await coach.handle_text(msg)]
        return texts
    finally:
        await db.close()


async def sums_by_row(db: Database | PgDatabase) -> dict[tuple[str, datetime], str | None]:
    """Each live row of the history window (a year of weigh-ins, a month of the rest):
    (kind, at) -> its sums."""
    await db.open()
    try:
        year, month = NOW - timedelta(days=400), NOW - timedelta(days=28)
        if isinstance(db, Database):
            rows = await db.read(
                f"SELECT kind, at, sums FROM events WHERE {LIVE} AND at < ? AND"
                " (at >= ? OR kind = 'weight' AND at >= ?)",
                (to_db_time(NOW), to_db_time(month), to_db_time(year)))
            return {(r[0], datetime.fromisoformat(r[1])): r[2] for r in rows}
        rows = await db.read(
            f"SELECT kind, at, sums FROM events WHERE {LIVE} AND at < $1 AND"
            " (at >= $2 OR kind = 'weight' AND at >= $3)", NOW, month, year)
        return {(r[0], r[1]): r[2] for r in rows}
    finally:
        await db.close()


async def check(old: Database | PgDatabase, fresh: Database | PgDatabase,
                foods: FoodTable) -> None:
    before = await sums_by_row(old)
    assert before and set(before.values()) == {None}  # what 0021 left
    assert await answers(old, foods) == await answers(fresh, foods)
    after, today = await sums_by_row(old), await sums_by_row(fresh)
    assert after == today  # filled, as today's code stores them
    assert any(kind == "weight" for kind, _ in after) and None not in after.values()


async def test_sqlite_database_from_before_0021(tmp_path: Path, foods: FoodTable) -> None:
    old, fresh = tmp_path / "old.db", tmp_path / "fresh.db"
    await log_history(Database(old, bundled_migrations()[:BEFORE_0021]))
    assert await migrate(Database(old)) == len(bundled_migrations())
    await store_history_today(Database(fresh))
    await check(Database(old), Database(fresh), foods)


async def test_postgresql_database_from_before_0021(pg_url: str, tmp_path: Path,
                                                    foods: FoodTable) -> None:
    await log_history(PgDatabase(pg_url, pg_migrations()[:BEFORE_0021]))
    assert await migrate(PgDatabase(pg_url)) == len(pg_migrations())
    fresh = tmp_path / "fresh.db"  # today's rows, as SQLite stores them: the same sums
    await store_history_today(Database(fresh))
    await check(PgDatabase(pg_url), Database(fresh), foods)
