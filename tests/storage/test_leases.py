"""Scheduled messages shared by several workers: each row sent once, none left stuck.

Every case runs on both backends. Workers are separate store objects with names of their
own; on PostgreSQL each has its own connection pool, as separate processes would, and one
case SIGKILLs a real claiming process.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.coach import ScheduleStore
from storage.leases import CLAIM_LEASE, SEND_LEASE
from storage.postgres import PgDatabase, PgScheduleStore
from storage.sqlite import SqliteScheduleStore
from tests.storage.conftest import Backend

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
AFTER_LEASE = NOW + CLAIM_LEASE + timedelta(seconds=1)


async def due_rows(backend: Backend, count: int, users: int = 1) -> None:
    for user_id in range(1, users + 1):
        await backend.stores.users.touch(user_id, chat_id=user_id, now=NOW)
    await backend.stores.schedule.put_many(
        [(1 + i % users, "summary", NOW - timedelta(seconds=i), None, f"s{i}")
         for i in range(count)], now=NOW)


async def state(backend: Backend, message_id: int) -> str:
    sql = ("SELECT state FROM scheduled_messages WHERE id = $1" if backend.name == "postgresql"
           else "SELECT state FROM scheduled_messages WHERE id = ?")
    rows = (await backend.db.read(sql, message_id) if isinstance(backend.db, PgDatabase)
            else await backend.db.read(sql, (message_id,)))
    return str(rows[0][0])


class Workers:
    """Two more workers beside `backend.stores.schedule` (PostgreSQL: each with its own pool)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.pools: list[PgDatabase] = []

    async def worker(self, name: str) -> ScheduleStore:
        db = self.backend.db
        if isinstance(db, PgDatabase):
            pool = PgDatabase(db.url)
            await pool.open()
            self.pools.append(pool)
            return PgScheduleStore(pool, worker=name)
        return SqliteScheduleStore(db, worker=name)

    async def close(self) -> None:
        for pool in self.pools:
            await pool.close()


class TestLeases:
    async def test_two_workers_never_claim_the_same_row(self, backend: Backend) -> None:
        """Claims racing from two workers hand out each of 1,000 rows exactly once."""
        await due_rows(backend, 1_000, users=30)
        workers = Workers(backend)
        a, b = await workers.worker("a"), await workers.worker("b")
        try:
            claimed: dict[str, list[int]] = {"a": [], "b": []}

            async def drain(name: str, store: ScheduleStore) -> None:
                while batch := await store.claim_due(NOW, limit=37):
                    claimed[name] += [m.id for m in batch]
                    for m in batch:
                        assert await store.start_sending(m.id, now=NOW)
                        await store.finish(m.id, "sent", now=NOW)

            await asyncio.gather(drain("a", a), drain("b", b), drain("a", a), drain("b", b))
        finally:
            await workers.close()
        every = claimed["a"] + claimed["b"]
        assert len(every) == len(set(every)) == 1_000
        assert claimed["a"] and claimed["b"]
        assert await backend.stores.schedule.next_due() is None

    async def test_a_dead_workers_claims_come_back_and_its_sends_are_never_repeated(
            self, backend: Backend) -> None:
        """Claimed but unsent rows go to another worker after the lease; a row that was
        being sent is marked lost, never sent again."""
        await due_rows(backend, 3)
        workers = Workers(backend)
        dead, alive = await workers.worker("dead"), await workers.worker("alive")
        try:
            first, second, third = await dead.claim_due(NOW)
            assert await dead.start_sending(first.id, now=NOW)
            # the dead worker stops here, holding three rows
            assert await alive.claim_due(NOW + CLAIM_LEASE / 2) == []
            back = await alive.claim_due(AFTER_LEASE)
            assert sorted(m.id for m in back) == sorted([second.id, third.id])
            assert await state(backend, first.id) == "sending"
            # were it only slow, its late calls change nothing the alive worker holds
            assert not await dead.start_sending(second.id, now=AFTER_LEASE)
            await dead.release(second.id, AFTER_LEASE)
            await dead.finish(third.id, "failed", now=AFTER_LEASE)
            assert await state(backend, second.id) == await state(backend, third.id) == "claimed"
            for m in back:
                assert await alive.start_sending(m.id, now=AFTER_LEASE)
                await alive.finish(m.id, "sent", now=AFTER_LEASE)
            # the loop wakes when the dead worker's `sending` lease runs out, not later
            assert await alive.next_due() == NOW + SEND_LEASE
            assert await alive.claim_due(NOW + SEND_LEASE + timedelta(seconds=1)) == []
            assert await state(backend, first.id) == "lost"
            # and a message it did send after all is recorded as sent
            await dead.finish(first.id, "sent", now=AFTER_LEASE)
            assert await state(backend, first.id) == "sent"
        finally:
            await workers.close()


CLAIMER = """
import asyncio, sys
from datetime import datetime
from storage.postgres import PgDatabase, PgScheduleStore

async def main() -> None:
    db = PgDatabase(sys.argv[1])
    await db.open()
    store = PgScheduleStore(db, worker="doomed")
    claimed = await store.claim_due(datetime.fromisoformat(sys.argv[2]), limit=5)
    print(" ".join(str(m.id) for m in claimed), flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


class TestKilledClaimer:
    async def test_rows_of_a_sigkilled_claimer_are_sent_by_another_worker(
            self, backend: Backend) -> None:
        """A real process claims five rows and is SIGKILLed; the next claim after the lease
        gets exactly those five, and nothing is left stuck."""
        if not isinstance(backend.db, PgDatabase):
            return  # SQLite has one process per file; the lease case above covers it
        await due_rows(backend, 8)
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CLAIMER, backend.db.url, NOW.isoformat(),
            stdout=asyncio.subprocess.PIPE, cwd=Path.cwd())
        try:
            assert child.stdout is not None
            line = (await asyncio.wait_for(child.stdout.readline(), 30)).decode()
        finally:
            child.send_signal(signal.SIGKILL)
            await child.wait()
        taken = {int(i) for i in line.split()}
        assert len(taken) == 5
        schedule = backend.stores.schedule
        first = await schedule.claim_due(NOW)
        assert {m.id for m in first}.isdisjoint(taken) and len(first) == 3
        for m in first:
            assert await schedule.start_sending(m.id, now=NOW)
            await schedule.finish(m.id, "sent", now=NOW)
        back = await schedule.claim_due(AFTER_LEASE)
        assert {m.id for m in back} == taken
        for m in back:
            assert await schedule.start_sending(m.id, now=AFTER_LEASE)
            await schedule.finish(m.id, "sent", now=AFTER_LEASE)
        assert await schedule.next_due() is None
