"""A database made before step 0022 (held events stored undone at their own `created_at`),
brought forward by `runfuel migrate`, on both backends: its held messages stay held (shown,
counted nowhere, "✅ Log it" logs exactly their delivery), what /undo or an edit took back
stays taken back, and the runner sees what the same history stored by today's code shows.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bot.coach import Incoming
from bot.main import build_coach, build_stores, migrate
from engine.events import Event, FoodItem, MealLogged, RunLogged
from engine.food import FoodTable
from engine.profile import Profile
from storage.codec import event_json, summary_json
from storage.db import Database, bundled_migrations, to_db_time
from storage.postgres import PgDatabase
from storage.postgres import bundled_migrations as pg_migrations
from tests.storage.test_weigh_in_index import NOW

BEFORE_0022 = 21
EGGS = FoodItem(text="2 eggs", food="egg", kcal=143.0, protein_g=12.6, carbs_g=0.7, fat_g=9.5)
PLAN, EDITED, REMOVED, UNDONE = (NOW - timedelta(hours=h) for h in (3, 2, 1, 0.5))
UNDO_AT = UNDONE + timedelta(minutes=1)


def run(at: datetime, km: float) -> RunLogged:
    return RunLogged(at=at, distance_m=km * 1000, duration_s=km * 300, energy_kcal=km * 70)


#: Rows as step 0021's code stored them, in id order: (message, update, event, seq,
#: undone_at, replaced_by). A held plan of two runs (message 2); a held message edited into
#: another held version (message 3: the old version replaced by event 5); a meal an edit
#: removed (message 4) and a run /undo took back (message 5), stamped a microsecond late.
MICRO = timedelta(microseconds=1)
OLD_ROWS: list[tuple[int, int, Event, int, datetime | None, int | None]] = [
    (1, 1, run(PLAN - timedelta(hours=1), 5), 0, None, None),
    (2, 2, run(PLAN, 21), 0, PLAN, None),
    (2, 2, run(PLAN, 3), 1, PLAN, None),
    (3, 3, run(EDITED, 10), 0, EDITED, 5),
    (3, 4, run(EDITED, 8), 0, EDITED, None),
    (4, 5, MealLogged(at=REMOVED, items=(EGGS,)), 0, REMOVED + MICRO, None),
    (5, 7, run(UNDONE, 4), 0, UNDO_AT + MICRO, None),
]


async def store_before_0022(db: Database | PgDatabase) -> None:
    """`OLD_ROWS` as step 0021's code left them (each created at its event's time)."""
    await db.open()
    try:
        await build_stores(db).users.save(1, Profile(sex="female", age=34),
                                          now=NOW - timedelta(days=1), chat_id=1)
        for message, update, event, seq, undone_at, _ in OLD_ROWS:
            if isinstance(db, Database):
                await db.write(
                    "INSERT INTO events (user_id, kind, at, payload, chat_id, message_id,"
                    " created_at, update_id, seq, undone_at, sums)"
                    " VALUES (1, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                    (event.kind, to_db_time(event.at), event_json(event), message,
                     to_db_time(event.at), update, seq,
                     None if undone_at is None else to_db_time(undone_at), summary_json(event)))
            else:
                await db.write(
                    "INSERT INTO events (user_id, kind, at, payload, chat_id, message_id,"
                    " created_at, update_id, seq, undone_at, sums, rev)"
                    " VALUES (1, $1, $2, $3::jsonb, 1, $4, $5, $6, $7, $8, $9, 1)",
                    event.kind, event.at, event_json(event), message, event.at, update, seq,
                    undone_at, summary_json(event))
        for event_id, (*_, replaced_by) in enumerate(OLD_ROWS, start=1):
            if replaced_by is not None:  # once the event it points at is stored
                await db.write(f"UPDATE events SET replaced_by = {replaced_by}"
                               f" WHERE id = {event_id}")
    finally:
        await db.close()


async def store_today(db: Database | PgDatabase) -> None:
    """The same history, stored by today's code."""
    await db.open()
    try:
        stores = build_stores(db)
        await stores.users.save(1, Profile(sex="female", age=34), now=NOW - timedelta(days=1),
                                chat_id=1)
        events = stores.events
        first = PLAN - timedelta(hours=1)
        await events.add(1, [run(first, 5)], now=first, chat_id=1, message_id=1, update_id=1)
        await events.add(1, [run(PLAN, 21), run(PLAN, 3)], now=PLAN, chat_id=1, message_id=2,
                         update_id=2, held=True)
        old = await events.add(1, [run(EDITED, 10)], now=EDITED, chat_id=1, message_id=3,
                               update_id=3, held=True)
        await events.add(1, [run(EDITED, 8)], now=EDITED, chat_id=1, message_id=3, update_id=4,
                         held=True, replaces=[old[0].id])
        meal = await events.add(1, [MealLogged(at=REMOVED, items=(EGGS,))], now=REMOVED,
                                chat_id=1, message_id=4, update_id=5)
        await events.add(1, [], now=REMOVED, chat_id=1, message_id=4, update_id=6,
                         replaces=[meal[0].id])
        gone = await events.add(1, [run(UNDONE, 4)], now=UNDONE, chat_id=1, message_id=5,
                                update_id=7)
        await events.undo(1, now=UNDO_AT, event_id=gone[0].id)
    finally:
        await db.close()


async def read_back(db: Database | PgDatabase) -> list[object]:
    """What the stores answer of the history: live events, each message's held events, and
    what became of every event."""
    await db.open()
    try:
        events = build_stores(db).events
        fates = [await events.fate(1, i) for i in range(1, len(OLD_ROWS) + 1)]
        return [await events.all_for_user(1),
                *[await events.held_by_message(1, 1, m) for m in range(1, 6)],
                [None if f is None else f[1] for f in fates]]
    finally:
        await db.close()


async def answers(db: Database | PgDatabase, foods: FoodTable) -> list[str]:
    """The runner's day, "✅ Log it" under every held version (the replaced one logs nothing),
    the day again and /undo, as the coach answers them."""
    await db.open()
    try:
        coach = build_coach(db, lambda: NOW, foods)
        texts = []

        async def say(text: str, n: int) -> None:
            msg = Incoming(1, 1, text, NOW + timedelta(minutes=n), message_id=100 + n,
                           update_id=100 + n)
            texts.extend(r.text for r in await coach.handle_text(msg))

        await say("/today", 0)
        for n, event_id in enumerate((2, 4, 5, 6), start=1):
            replies = await coach.press(1, 1, f"logit:{event_id}", NOW + timedelta(minutes=n),
                                        message_id=200 + n)
            texts.extend(r.text for r in replies)
        await say("/today", 10)
        await say("/undo", 11)
        await say("/today", 12)
        return texts
    finally:
        await db.close()


async def check(old: Database | PgDatabase, fresh: Database | PgDatabase,
                foods: FoodTable) -> None:
    assert await read_back(old) == await read_back(fresh)
    live, *held, fates = await read_back(old)
    assert [s.id for s in live] == [1]
    assert [[s.id for s in h] for h in held] == [[], [2, 3], [5], [], []]
    assert fates == ["live", "undone", "undone", "replaced", "undone", "undone", "undone"]
    said = await answers(old, foods)
    assert said == await answers(fresh, foods)
    assert sum("Logged" in text for text in said) == 2  # message 2's plan and message 3's edit
    live, *held, _ = await read_back(old)
    assert [s.id for s in live] == [1, 2, 3]  # /undo took back the edit's run, logged last
    assert held == [[]] * 5


async def test_sqlite_database_from_before_0022(tmp_path: Path, foods: FoodTable) -> None:
    old, fresh = tmp_path / "old.db", tmp_path / "fresh.db"
    await store_before_0022(Database(old, bundled_migrations()[:BEFORE_0022]))
    assert await migrate(Database(old)) == len(bundled_migrations())
    await store_today(Database(fresh))
    await check(Database(old), Database(fresh), foods)


async def test_postgresql_database_from_before_0022(pg_url: str, tmp_path: Path,
                                                    foods: FoodTable) -> None:
    await store_before_0022(PgDatabase(pg_url, pg_migrations()[:BEFORE_0022]))
    assert await migrate(PgDatabase(pg_url)) == len(pg_migrations())
    fresh = tmp_path / "fresh.db"  # today's rows, as SQLite stores them: the same answers
    await store_today(Database(fresh))
    await check(PgDatabase(pg_url), Database(fresh), foods)
