"""Benchmark: the coach core end to end on PostgreSQL, one worker (issue 18).

Goal (issue 18): 10,000 users on one worker, at least 1,000 messages/s with a p99 of at most
10 ms. The scenario is bench_core's (same users, history, traffic and timing), over
`storage/postgres` instead of the SQLite file, each message one unit of work of its runner
(`PgDatabase.unit`: lock, revision, commit) as the worker's handlers run it. Each run
creates a database of its own on the server of `RUNFUEL_BENCH_DATABASE_URL` (default: the
local server, user postgres, trust auth), loads the history with COPY, and drops the database
after. The server shares the machine's
two cores with the benchmark. Without a server the row says so and fails.

Run: `.venv/bin/python -m bench bench_core_pg`
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bench.bench_core import CLOCK, START, Result, history_rows, measure_coach, result_rows
from bench.child import report, run_child
from bot.main import build_coach
from bot.units import Units
from engine.food import FoodTable
from storage.db import from_db_time
from storage.postgres import PgDatabase

SERVER = os.environ.get("RUNFUEL_BENCH_DATABASE_URL",
                        "postgresql://postgres@127.0.0.1:5432/postgres")
USERS = 10_000
RUNS = 1  # a run takes minutes (10,000 users set up through the store); see the note
GOAL_MSG_PER_S = 1_000.0
GOAL_P99_MS = 10.0


def _database_url(name: str) -> str:
    parts = urlsplit(SERVER)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


async def load_history(db: PgDatabase, users: int) -> None:
    """COPY every user's history in (the SQLite bench uses one executemany)."""
    records = [(uid, kind, from_db_time(at), payload, chat, from_db_time(stamp))
               for uid, kind, at, payload, chat, stamp in history_rows(range(1, users + 1),
                                                                       START)]
    async with db.pool.acquire() as conn:
        await conn.copy_records_to_table(
            "events", records=records,
            columns=["user_id", "kind", "at", "payload", "chat_id", "created_at"])
        await conn.execute("ANALYZE")


async def measure(users: int) -> Result:
    """One scenario on a fresh database of its own, dropped after."""
    name = f"runfuel_bench_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(SERVER)
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        db = PgDatabase(_database_url(name))
        await db.open()
        try:
            coach = build_coach(db, lambda: CLOCK[0], FoodTable.load())
            units = Units(db.unit, coach)  # as the worker's handlers run them
            return await measure_coach(coach, users, lambda: load_history(db, users), units.of)
        finally:
            await db.close()
    finally:
        await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        await admin.close()


def run() -> list[dict[str, Any]]:
    """Throughput and latency rows for 10,000 users on one worker (median of RUNS runs)."""
    try:
        runs = sorted((Result(**run_child("bench_core_pg", "scenario", str(USERS)))
                       for _ in range(RUNS)), key=lambda r: r.rate)
    except RuntimeError as e:
        return [{"name": "core e2e on PostgreSQL, 1 worker", "value": 0, "unit": "msg/s",
                 "goal": f">= {GOAL_MSG_PER_S:,.0f} msg/s", "ok": False,
                 "note": f"no run: {str(e).splitlines()[-1]}"}]
    rows = result_rows(USERS, runs, backend=", PostgreSQL, 1 worker", goal_rate=GOAL_MSG_PER_S,
                 goal_p99=GOAL_P99_MS)
    rows[0]["note"] = (
        "core e2e on PostgreSQL: bench_core's scenario (10,000 users with 14 days of history, "
        "cold first messages, then timed steady state, one message at a time) over "
        "storage/postgres with its pool, each message its runner's unit of work as a worker runs "
        "it, the server on the same 2 cores; "
        f"{RUNS} runs, each in a fresh process and a fresh database.")
    return rows


def main(argv: list[str]) -> int:
    """Child entry point: `scenario <users>`; prints one JSON result line."""
    if argv[:1] != ["scenario"]:
        for row in run():
            print(row)
        return 0
    result = asyncio.run(measure(int(argv[1])))
    report({k: getattr(result, k) for k in Result.__slots__ if k != "maxrss_kb"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
