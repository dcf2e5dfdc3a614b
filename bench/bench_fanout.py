"""Benchmark: the daily-summary fan-out for 100,000 users (time and peak RSS).

Goal (issue): planning 100,000 users' summaries in under 30 s within 300 MB RSS. Issue 6 also
asks for rendering them: claiming, rendering and marking sent every due summary.

100,000 users with varied profiles in twelve zones are inserted with one `executemany`, each
with a weigh-in and two meals on the summary day, so every summary computes a real balance.
Every phase runs in a fresh interpreter (`python -m bench.bench_fanout <phase> <db>`), so the
peak RSS it reports (VmHWM) is that phase's alone and not what other benchmarks left:

1. populate: the users and their day (not measured);
2. plan: `Coach.plan_all_summaries(now)`, as at start-up;
3. send: a simulated clock walks the next 24 hours in 15-minute polls, as the sender job does;
   each poll calls `Coach.due(now, limit=500)` until nothing is due and `Coach.sent()` for
   each message (which plans the next day's summary). Nothing goes over the network.

Weekly summaries (a PNG chart each) are kept out of the window by the users' `weekly_day`:
this measures the daily summaries the issue names.

Run: `.venv/bin/python -m bench bench_fanout`
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as day_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.bench_core import ZONES
from bench.child import report, run_child
from bot.main import build_coach
from engine.food import FoodTable
from engine.parsing import ParseContext, parse_message
from engine.profile import Profile
from storage.db import Database, to_db_time

USERS = 100_000
GOAL_PLAN_S = 30.0
GOAL_RSS_MB = 300.0
#: Telegram lets a bot send about 30 messages/s in bulk; rendering must outpace that.
TELEGRAM_BULK_PER_S = 30.0
#: A Tuesday, 00:00 UTC: the next summary is on Monday or Tuesday local, in every zone.
PLAN_AT = datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
WEEKLY_DAY = 3  # Thursday: no weekly summary falls inside the benchmark's day
POLL = timedelta(minutes=15)
BATCH = 500
#: The user's day before the summary (UTC hours), parsed once and shared by every user.
USER_DAY = (
    (-14, "weight 71.2"),
    (-12, "oatmeal with banana and milk"),
    (-6, "chicken breast, rice and broccoli"),
)


def _profile_json(user_id: int) -> str:
    profile = Profile(
        sex="female" if user_id % 2 else "male",
        age=20 + user_id % 45,
        height_cm=155 + user_id % 40,
        weight_kg=55 + user_id % 40,
        tz=ZONES[user_id % len(ZONES)],
        summary_time=day_time(20 + user_id % 3, 30 * (user_id % 2)),
        weekly_day=WEEKLY_DAY,
    )
    return profile.model_dump_json(exclude_defaults=True)


async def populate(path: Path) -> None:
    """Users, each with a weigh-in and two meals, in two `executemany` calls."""
    db = Database(path)
    await db.open()
    try:
        stamp = to_db_time(PLAN_AT - timedelta(days=30))
        users = [(uid, uid, _profile_json(uid), stamp, stamp) for uid in range(1, USERS + 1)]
        foods = FoodTable.load()
        templates = []
        for hours, text in USER_DAY:
            at = PLAN_AT + timedelta(hours=hours)
            ctx = ParseContext(received_at=at, tz=ZoneInfo("UTC"), foods=foods)
            templates += [
                (e.kind, to_db_time(e.at), e.model_dump_json())
                for e in parse_message(text, ctx).events
            ]
        events = [
            (uid, kind, at, payload, uid, stamp)
            for uid in range(1, USERS + 1)
            for kind, at, payload in templates
        ]
        async with db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO users (id, chat_id, profile, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                users,
            )
            await conn.executemany(
                "INSERT INTO events (user_id, kind, at, payload, chat_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                events,
            )
    finally:
        await db.close()


async def plan(path: Path) -> dict[str, Any]:
    db = Database(path)
    await db.open()
    try:
        coach = build_coach(db, lambda: PLAN_AT, FoodTable.load())
        started = time.perf_counter()
        rows = await coach.plan_all_summaries(PLAN_AT)
        seconds = time.perf_counter() - started
    finally:
        await db.close()
    return {"seconds": seconds, "rows": rows}


async def send(path: Path) -> dict[str, Any]:
    db = Database(path)
    await db.open()
    now = PLAN_AT
    try:
        coach = build_coach(db, lambda: now, FoodTable.load())
        sent = 0
        kinds: dict[str, int] = {}
        started = time.perf_counter()
        while now <= PLAN_AT + timedelta(days=1):
            while batch := await coach.due(now, limit=BATCH):
                for due in batch:
                    kinds[due.message.kind] = kinds.get(due.message.kind, 0) + 1
                    await coach.sent(due, now)
                sent += len(batch)
            now += POLL
        seconds = time.perf_counter() - started
        skipped = await db.read("SELECT count(*) FROM scheduled_messages WHERE state = 'skipped'")
    finally:
        await db.close()
    return {"seconds": seconds, "sent": sent, "kinds": kinds, "skipped": int(skipped[0][0])}


def _child(phase: str, path: Path) -> dict[str, Any]:
    """Run one phase in a fresh interpreter; its own peak RSS comes back with the result."""
    return run_child("bench_fanout", phase, str(path))


def run() -> list[dict[str, Any]]:
    """Plan time and RSS, then claim + render + mark-sent time and RSS, for 100,000 users."""
    with tempfile.TemporaryDirectory(prefix="runfuel-bench-fanout-") as tmp:
        path = Path(tmp) / "fanout.db"
        _child("populate", path)
        planned = _child("plan", path)
        sent = _child("send", path)
    plan_mb = planned["maxrss_kb"] / 1024
    send_mb = sent["maxrss_kb"] / 1024
    render_goal_s = USERS / TELEGRAM_BULK_PER_S
    rate = sent["sent"] / sent["seconds"]
    return [
        {
            "name": f"plan {USERS:,} daily summaries ({planned['rows']:,} rows)",
            "value": round(planned["seconds"], 2),
            "unit": "s",
            "goal": f"< {GOAL_PLAN_S:g} s",
            "ok": planned["seconds"] < GOAL_PLAN_S and planned["rows"] == USERS,
            "note": (
                f"fan-out: {USERS:,} users in {len(ZONES)} zones, each phase in a fresh "
                "process (peak RSS = its VmHWM); the send phase walks 24 simulated "
                f"hours in 15-minute polls of `Coach.due(limit={BATCH})` + `Coach.sent()`"
                f", no network; sent {sent['kinds']}, skipped {sent['skipped']}."
            ),
        },
        {
            "name": "plan: peak RSS",
            "value": round(plan_mb, 1),
            "unit": "MB",
            "goal": f"< {GOAL_RSS_MB:g} MB",
            "ok": plan_mb < GOAL_RSS_MB,
        },
        {
            "name": f"claim + render + mark sent {sent['sent']:,} summaries ({rate:,.0f}/s)",
            "value": round(sent["seconds"], 1),
            "unit": "s",
            "goal": f"< {render_goal_s:,.0f} s (Telegram's ~30 msg/s)",
            "ok": sent["seconds"] < render_goal_s and sent["sent"] == USERS,
        },
        {
            "name": "claim + render + mark sent: peak RSS",
            "value": round(send_mb, 1),
            "unit": "MB",
            "goal": f"< {GOAL_RSS_MB:g} MB",
            "ok": send_mb < GOAL_RSS_MB,
        },
    ]


def main(argv: list[str]) -> int:
    """Child entry point: `<phase> <db>`; prints one JSON line with the peak RSS added."""
    phase, path = argv[0], Path(argv[1])
    if phase == "populate":
        asyncio.run(populate(path))
        result: dict[str, Any] = {}
    elif phase == "plan":
        result = asyncio.run(plan(path))
    elif phase == "send":
        result = asyncio.run(send(path))
    else:
        raise SystemExit(f"unknown phase {phase}")
    report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
