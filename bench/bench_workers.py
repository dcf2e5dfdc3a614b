"""Benchmark: several workers on one PostgreSQL database, with workers SIGKILLed (issue 18).

Two scenarios, each on a database of its own (created on `RUNFUEL_BENCH_DATABASE_URL`'s
server, default the local one, and dropped after):

1. **kill stream**: 4 real `runfuel bot` workers behind the test Bot API's webhook delivery
   (`tests/botapi_webhook.py`: round-robin, one request at a time per chat, redelivery), 600
   messages from 30 runners plus a pending recovery reminder, one worker SIGKILLed and
   restarted 6 times. The bar: every message stored exactly once, each runner's order kept,
   every message answered, the reminder sent once (`tests/storage/test_webhook_workers.py`
   runs the same code smaller). Also recorded: each worker's peak RSS and the connections it
   holds.
2. **throughput**: the same 600 messages without kills through 1, 2 and 4 workers.
3. **claims**: 100,000 due summaries shared by 4 claiming processes through the schedule
   store (claim a leased batch, mark each `sending`, "send" it by writing its chat id to the
   process's own file, mark it `sent`); one process is SIGKILLed mid-way. Its sessions end
   with it, so the next claim of a survivor sees it dead (`storage/leases.py`): its claimed
   rows go back to pending and those it was sending become `lost`, without waiting for a
   lease. No rendering, no network: this measures the claiming. The bar: done within 90 s,
   every chat written at most once (0 duplicates), no row left pending, claimed or sending.

Run: `.venv/bin/python -m bench bench_workers`
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bench.child import ROOT
from storage.postgres import PgDatabase, PgScheduleStore
from tests.bot.test_process import TOKEN
from tests.botapi import BotApiServer
from tests.storage.test_webhook_workers import run_stream

SERVER = os.environ.get("RUNFUEL_BENCH_DATABASE_URL",
                        "postgresql://postgres@127.0.0.1:5432/postgres")
CLAIMERS = 4
SUMMARIES = 100_000
BATCH = 500
#: Messages one claimer sends at once (its pool holds 10 connections).
IN_FLIGHT = 10
GOAL_CLAIM_S = 90.0
GOAL_RSS_MB = 350.0
GOAL_CONNECTIONS = 40


@asynccontextmanager
async def fresh_database() -> AsyncIterator[str]:
    name = f"runfuel_bench_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(SERVER)
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        parts = urlsplit(SERVER)
        yield urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))
    finally:
        await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        await admin.close()


async def kill_stream(workers: int = 4, kills: int = 6) -> dict[str, Any]:
    async with fresh_database() as url:
        db = PgDatabase(url)
        await db.open()  # migrated once, before the workers race to it
        await db.close()
        server = BotApiServer(TOKEN)
        await server.start()
        try:
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                try:
                    stats = await run_stream(server, url, Path(tmp), workers_count=workers,
                                             users=30, per_user=20, kills=kills)
                    failure = ""
                except AssertionError as e:
                    stats, failure = {}, str(e).splitlines()[0]
                return {"seconds": time.perf_counter() - started, "failure": failure, **stats}
        finally:
            await server.stop()


async def populate(url: str, count: int) -> None:
    db = PgDatabase(url)
    await db.open()
    now = datetime.now(UTC)
    try:
        async with db.pool.acquire() as conn:
            await conn.copy_records_to_table(
                "users", columns=["id", "chat_id", "created_at", "updated_at"],
                records=[(i, i, now, now) for i in range(1, count + 1)])
            await conn.copy_records_to_table(
                "scheduled_messages",
                columns=["user_id", "kind", "due_at", "dedupe_key", "created_at"],
                records=[(i, "summary", now - timedelta(minutes=1), f"summary:{i}", now)
                         for i in range(1, count + 1)])
            await conn.execute("ANALYZE")
    finally:
        await db.close()


async def claimer(url: str, name: str, out: Path) -> None:
    """One claiming process: until nothing is left to claim, now or after a lease.

    Rows are sent side by side, as the bot's sender does (one task per message).
    """
    db = PgDatabase(url, name=name)
    await db.open()
    store = PgScheduleStore(db)
    slots = asyncio.Semaphore(IN_FLIGHT)

    async def send(row_id: int, chat: int, sent: IO[str]) -> None:
        async with slots:
            if not await store.start_sending(row_id, now=datetime.now(UTC)):
                return
            sent.write(f"{chat}\n")
            sent.flush()
            await store.finish(row_id, "sent", now=datetime.now(UTC))

    try:
        with out.open("a", encoding="utf-8") as sent:
            while True:
                rows = await store.claim_due(datetime.now(UTC), limit=BATCH)
                if not rows:
                    if await store.next_due() is None:
                        return
                    await asyncio.sleep(0.5)
                    continue
                await asyncio.gather(*(send(row.id, row.user_id, sent) for row in rows))
    finally:
        await db.close()


async def claims() -> dict[str, Any]:
    async with fresh_database() as url:
        db = PgDatabase(url)
        await db.open()
        await db.close()
        await populate(url, SUMMARIES)
        with tempfile.TemporaryDirectory() as tmp:
            files = [Path(tmp) / f"claimer-{n}.txt" for n in range(CLAIMERS)]
            started = time.perf_counter()
            procs = [await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bench.bench_workers", "claimer", url, f"c{n}",
                str(files[n]), cwd=ROOT) for n in range(CLAIMERS)]
            for _ in range(int(GOAL_CLAIM_S / 0.05)):  # until a quarter is sent
                if sum(_lines(f) for f in files) >= SUMMARIES // 4:
                    break
                await asyncio.sleep(0.05)
            procs[0].send_signal(signal.SIGKILL)
            killed_at = time.perf_counter() - started
            codes = [await p.wait() for p in procs]
            seconds = time.perf_counter() - started
            written = Counter(line for f in files if f.exists()
                              for line in f.read_text().split())
        conn = await asyncpg.connect(url)
        try:
            states = dict(await conn.fetch(
                "SELECT state, count(*) FROM scheduled_messages GROUP BY state"))
        finally:
            await conn.close()
    return {"seconds": seconds, "killed_at": killed_at, "codes": codes,
            "chats": len(written), "duplicates": sum(n - 1 for n in written.values() if n > 1),
            "states": {k: int(v) for k, v in states.items()}}


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 16), b""))


def throughput_rows() -> list[dict[str, Any]]:
    """The same 600 messages without kills, through 1, 2 and 4 workers."""
    rows = []
    for workers in (1, 2, 4):
        stream = asyncio.run(kill_stream(workers, kills=0))
        rate = 600 / stream["answered_s"] if not stream["failure"] else 0.0
        rows.append({"name": f"600 messages of 30 runners through {workers} worker(s): "
                             "webhook, handled, committed and replied", "value": round(rate),
                     "unit": "msg/s", "goal": "recorded (issue: 4 workers >= 0.9x one)",
                     "ok": not stream["failure"], "note": stream["failure"] or
                     "each message is one HTTP request answered after its reply; 30 chats, "
                     "one request at a time per chat, as Telegram delivers"})
    return rows


def run() -> list[dict[str, Any]]:
    stream = asyncio.run(kill_stream())
    claimed = asyncio.run(claims())
    stuck = sum(n for s, n in claimed["states"].items()
                if s in ("pending", "claimed", "sending"))
    rows: list[dict[str, Any]] = [*throughput_rows(),
        {"name": "4 workers, 600 messages of 30 runners + a reminder, 6 SIGKILLs: each stored "
                 "once, in order, answered; the reminder once",
         "value": round(stream["seconds"], 1), "unit": "s",
         "goal": "all of it", "ok": not stream["failure"],
         "note": stream["failure"] or "webhook delivery as Telegram's (round-robin, one "
                 "request per chat at a time, redelivery on failure) to 4 `runfuel bot` "
                 "processes on PostgreSQL"},
    ]
    if not stream["failure"]:
        rows += [
            {"name": "a worker's peak RSS (of the 4, after the stream)",
             "value": round(stream["max_rss_mb"]), "unit": "MB",
             "goal": f"<= {GOAL_RSS_MB:.0f} MB", "ok": stream["max_rss_mb"] <= GOAL_RSS_MB},
            {"name": "connections to PostgreSQL per worker (most held at once)",
             "value": stream["connections_per_worker"], "unit": "",
             "goal": f"<= {GOAL_CONNECTIONS}",
             "ok": stream["connections_per_worker"] <= GOAL_CONNECTIONS},
        ]
    rows += [
        {"name": f"100,000 summaries claimed by 4 processes, one SIGKILLed at "
                 f"{claimed['killed_at']:.0f} s: chats written {claimed['chats']:,}, "
                 f"duplicates {claimed['duplicates']}, rows left pending/claimed/sending "
                 f"{stuck}, "
                 f"states {claimed['states']}",
         "value": round(claimed["seconds"], 1), "unit": "s",
         "goal": f"<= {GOAL_CLAIM_S:.0f} s, 0 duplicates, none stuck",
         "ok": claimed["seconds"] <= GOAL_CLAIM_S and claimed["duplicates"] == 0
         and stuck == 0},
    ]
    return rows


def main(argv: list[str]) -> int:
    if argv[:1] == ["claimer"]:
        asyncio.run(claimer(argv[1], argv[2], Path(argv[3])))
        return 0
    for row in run():
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
