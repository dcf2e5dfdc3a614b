"""Benchmark: database size per user-year (and what 10,000 users would need).

One runner's year goes through the coach on a simulated clock, as the bot would see it: a
weigh-in, four meals and a run (a strength session one day in four) every day, each message
with its update id (so `processed_updates` grows as in production), the recovery reminders long
runs schedule, and every evening summary claimed, rendered and marked sent (which plans the
next one). The file is then VACUUMed and measured; the size of a freshly migrated empty
database is subtracted, so the figure is the bytes one user-year adds. The issue sets no goal
for it, so the rows are recorded (met = "yes" only means "measured"), with the 10,000-user
extrapolation the issue asks for.

Run: `.venv/bin/python -m bench bench_dbsize`
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.coach import Incoming
from bot.main import build_coach
from engine.food import FoodTable
from engine.profile import Profile
from storage.db import Database

DAYS = 365
USER_ID = 4_242
USERS_EXTRAPOLATED = 10_000
NO_GOAL = "none in the issue (recorded)"
FIRST_DAY = datetime(2026, 1, 1, tzinfo=UTC)
MEALS = (
    (7, "oatmeal with banana and milk"),
    (12, "chicken breast, rice and broccoli"),
    (16, "greek yogurt with honey"),
    (19, "salmon with potatoes"),
)


def _day(day: int, rng: random.Random) -> list[tuple[datetime, str]]:
    """(UTC time, text) for one day of the runner's year."""
    start = FIRST_DAY + timedelta(days=day)
    texts = [(start + timedelta(hours=6, minutes=30), f"weight {rng.uniform(68, 72):.1f}")]
    texts += [(start + timedelta(hours=h, minutes=rng.randrange(40)), t) for h, t in MEALS]
    if day % 4 == 3:
        texts.append((start + timedelta(hours=18), "strength 45 min"))
    else:
        minutes = rng.randint(30, 90)
        texts.append(
            (
                start + timedelta(hours=17, minutes=rng.randrange(30)),
                f"ran {minutes / 5.6:.1f} km in {minutes} min",
            )
        )
    return sorted(texts)


async def simulate_year(path: Path) -> dict[str, int]:
    """Run the year through the coach; return row counts per table."""
    db = Database(path)
    await db.open()
    now = [FIRST_DAY]
    try:
        coach = build_coach(db, lambda: now[0], FoodTable.load())
        profile = Profile(sex="female", age=34, height_cm=168, weight_kg=70, tz="UTC")
        await coach.stores.users.save(USER_ID, profile, now=FIRST_DAY, chat_id=USER_ID)
        rng = random.Random(5)
        update_id = 1
        for day in range(DAYS):
            for at, text in _day(day, rng):
                now[0] = at
                await coach.handle_text(
                    Incoming(USER_ID, USER_ID, text, at, message_id=update_id, update_id=update_id)
                )
                update_id += 1
                await _send_due(coach, at)
            await _send_due(coach, FIRST_DAY + timedelta(days=day, hours=23, minutes=30))
        counts = {}
        for table in ("events", "processed_updates", "scheduled_messages", "users"):
            rows = await db.read(f"SELECT count(*) FROM {table}")
            counts[table] = int(rows[0][0])
    finally:
        await db.close()
    return counts


async def _send_due(coach: Any, now: datetime) -> None:
    """Claim, render and mark sent what is due, as the sender job does every 15 s."""
    while batch := await coach.due(now):
        for due in batch:
            await coach.sent(due, now)


async def empty_database(path: Path) -> None:
    db = Database(path)
    await db.open()
    await db.close()


def vacuumed_size(path: Path) -> int:
    """Bytes of the file after VACUUM (and with the WAL checkpointed away)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path.stat().st_size


def run() -> list[dict[str, Any]]:
    """Bytes per user-year, and the 10,000-user extrapolation."""
    with tempfile.TemporaryDirectory(prefix="runfuel-bench-dbsize-") as tmp:
        empty, year = Path(tmp) / "empty.db", Path(tmp) / "year.db"
        asyncio.run(empty_database(empty))
        counts = asyncio.run(simulate_year(year))
        per_user_year = vacuumed_size(year) - vacuumed_size(empty)
    return [
        {
            "name": "database size per user-year",
            "value": round(per_user_year / 1e6, 2),
            "unit": "MB",
            "goal": NO_GOAL,
            "ok": True,
            "note": (
                f"database size: one simulated year through the coach (weigh-in, 4 meals, "
                f"a run or strength session a day; reminders and summaries sent), "
                f"VACUUMed, minus an empty database; rows: {counts}."
            ),
        },
        {
            "name": f"database size, {USERS_EXTRAPOLATED:,} users for a year (extrapolated)",
            "value": round(per_user_year * USERS_EXTRAPOLATED / 1e9, 2),
            "unit": "GB",
            "goal": NO_GOAL,
            "ok": True,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
