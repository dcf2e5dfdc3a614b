"""Scheduled messages shared by several workers: each row sent once, none left stuck.

Every case runs on both backends. Workers are separate store objects with names of their
own; on PostgreSQL each has its own connection pool, as separate processes would, and some
cases SIGKILL a real claiming process.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from telegram import Bot

from bot.coach import Outgoing, ScheduleStore
from bot.main import build_coach, real_clock
from bot.telegram.handlers import Handlers
from engine.food import FoodTable
from engine.records import ScheduledMessage
from storage.leases import CLAIM_LEASE, SEND_LEASE
from storage.postgres import PgDatabase, PgScheduleStore
from storage.sqlite import SqliteScheduleStore
from tests.botapi import BotApiServer
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
            return PgScheduleStore(await self.open(name))
        assert db is not None
        return SqliteScheduleStore(db, worker=name)

    async def open(self, name: str) -> PgDatabase:
        """A PostgreSQL pool of a worker of this name."""
        assert isinstance(self.backend.db, PgDatabase)
        pool = PgDatabase(self.backend.db.url, name=name)
        await pool.open()
        self.pools.append(pool)
        return pool

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
    db = PgDatabase(sys.argv[1], name="doomed")
    await db.open()
    store = PgScheduleStore(db)
    now = datetime.fromisoformat(sys.argv[2])
    claimed = await store.claim_due(now, limit=5)
    sending = claimed[:int(sys.argv[3])]
    for m in sending:
        assert await store.start_sending(m.id, now=now)
    print(" ".join(str(m.id) for m in claimed), "|", " ".join(str(m.id) for m in sending),
          flush=True)
    await asyncio.sleep(3600)  # the HTTP calls, cut short by SIGKILL

asyncio.run(main())
"""


async def claim_until(store: ScheduleStore, now: datetime, count: int) -> list[int]:
    """Claim at `now` until `count` rows came (PostgreSQL ends a killed worker's session a
    moment after the kill; on a loaded machine a moment can be seconds), or 30 s passed."""
    got: list[int] = []
    deadline = asyncio.get_running_loop().time() + 30
    while len(got) < count and asyncio.get_running_loop().time() < deadline:
        got += [m.id for m in await store.claim_due(now)]
        if len(got) < count:
            await asyncio.sleep(0.05)
    return got


async def recovered_lost(backend: Backend, store: ScheduleStore, ids: set[int]) -> bool:
    """Claim at NOW until every row in `ids` is `lost` (True), or 30 s passed (False);
    a claim must bring none of them."""
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        if all([await state(backend, i) == "lost" for i in ids]):
            return True
        if asyncio.get_running_loop().time() > deadline:
            return False
        assert not {m.id for m in await store.claim_due(NOW)} & ids
        await asyncio.sleep(0.05)


async def states(backend: Backend) -> dict[str, int]:
    assert isinstance(backend.db, PgDatabase)
    rows = await backend.db.read(
        "SELECT state, count(*) FROM scheduled_messages GROUP BY state")
    return {str(r[0]): int(r[1]) for r in rows}


@asynccontextmanager
async def sending_one(backend: Backend) -> AsyncIterator[
        tuple[Workers, ScheduleStore, ScheduleStore, list[ScheduledMessage]]]:
    """Rows of three runners due; a first worker claimed them and is sending the first one;
    a second worker beside it."""
    await due_rows(backend, 3, users=3)
    workers = Workers(backend)
    try:
        first, second = await workers.worker("first"), await workers.worker("second")
        held = await first.claim_due(NOW)
        assert await first.start_sending(held[0].id, now=NOW)
        yield workers, first, second, held
    finally:
        await workers.close()


class TestKilledWorker:
    """PostgreSQL: a SIGKILLed worker is seen dead by its sessions ending, not by its leases."""

    @pytest.mark.parametrize("sending", [0, 2, 5])
    async def test_a_sigkilled_workers_rows_are_recovered_before_any_lease_ends(
            self, backend: Backend, sending: int) -> None:
        """A real process claims five rows of five runners, starts sending some, and is
        SIGKILLed. Another worker, its clock still at the kill, gets the unsent ones back and
        marks those it was sending lost: each runner messaged at most once, none stuck."""
        if not isinstance(backend.db, PgDatabase):
            return  # SQLite has one process per file: a restart recovers (leases above)
        await due_rows(backend, 8, users=8)
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CLAIMER, backend.db.url, NOW.isoformat(), str(sending),
            stdout=asyncio.subprocess.PIPE, cwd=Path.cwd())
        try:
            assert child.stdout is not None
            line = (await asyncio.wait_for(child.stdout.readline(), 30)).decode()
        finally:
            child.send_signal(signal.SIGKILL)
            await child.wait()
        claimed, was_sending = ({int(i) for i in part.split()} for part in line.split("|"))
        assert len(claimed) == 5 and len(was_sending) == sending
        schedule = backend.stores.schedule
        got = await claim_until(schedule, NOW, 8 - sending)
        assert len(got) == len(set(got)) == 8 - sending  # each unsent row once, no more
        assert set(got).isdisjoint(was_sending)
        # With every row it claimed being sent (sending=5), the three rows it never claimed
        # come at once, before PostgreSQL has ended the killed worker's sessions: claim on
        # until its rows are recovered too (still never resent: `got` took none of them).
        assert await recovered_lost(backend, schedule, was_sending)
        for message_id in got:
            assert await schedule.start_sending(message_id, now=NOW)
            await schedule.finish(message_id, "sent", now=NOW)
        assert await states(backend) == {"sent": 8 - sending, **({"lost": sending}
                                                                  if sending else {})}
        assert await schedule.next_due() is None

    async def test_a_slow_live_worker_keeps_its_rows(self, backend: Backend) -> None:
        """A worker in a long HTTP call (its pool idle meanwhile) keeps the row it is sending
        and those it claimed, however often others claim, until its leases run out; the row
        it was sending then is never taken from it."""
        if not isinstance(backend.db, PgDatabase):
            return
        async with sending_one(backend) as (_, slow, other, held):
            call = asyncio.create_task(asyncio.sleep(1.5))  # the slow HTTP call
            while not call.done():
                assert await other.claim_due(NOW + CLAIM_LEASE / 2) == []
                assert await other.next_due() == NOW + CLAIM_LEASE
                await asyncio.sleep(0.25)
            taken = await other.claim_due(NOW + SEND_LEASE / 2)  # its claims' lease is over
            assert sorted(m.id for m in taken) == sorted(m.id for m in held[1:])
            assert await state(backend, held[0].id) == "sending"
            await slow.finish(held[0].id, "sent", now=NOW + SEND_LEASE / 2)
            assert await state(backend, held[0].id) == "sent"
            assert not await slow.start_sending(held[1].id, now=NOW + SEND_LEASE / 2)

    async def test_a_worker_taken_for_dead_sends_nothing_twice(self, backend: Backend) -> None:
        """A live worker whose sessions are all gone for a while (a network cut) looks dead:
        its claimed rows go to another worker and its `sending` row counts lost. Back, its
        late calls change nothing but to record that it did send that one."""
        if not isinstance(backend.db, PgDatabase):
            return
        async with sending_one(backend) as (workers, cut, other, held):
            pool = workers.pools[0]
            await pool.close()  # every session of it gone (a cut terminated backend alone is
            back = await claim_until(other, NOW, 2)  # reconnected by asyncpg at once)
            await pool.open()  # and back, mid-way through its HTTP call
            assert sorted(back) == sorted(m.id for m in held[1:])
            assert await state(backend, held[0].id) == "lost"
            for m in held[1:]:
                assert not await cut.start_sending(m.id, now=NOW)  # it sends nothing of these
                assert await other.start_sending(m.id, now=NOW)
                await other.finish(m.id, "sent", now=NOW)
            await cut.finish(held[0].id, "sent", now=NOW)  # its HTTP call did go out
            assert await states(backend) == {"sent": 3}


class TestWorkerNames:
    async def test_a_workers_sessions_carry_its_name(self, backend: Backend) -> None:
        """What other workers look for in `pg_stat_activity` is the name rows are claimed in."""
        if not isinstance(backend.db, PgDatabase):
            return
        await due_rows(backend, 1)
        workers = Workers(backend)
        try:
            store = await workers.worker("w-17:host.example")
            [row] = await store.claim_due(NOW)
            names = await backend.db.read(
                "SELECT count(*) FROM pg_stat_activity a JOIN scheduled_messages m"
                " ON m.claimed_by = a.application_name WHERE m.id = $1", row.id)
            assert names[0][0] >= 1
        finally:
            await workers.close()

    @pytest.mark.parametrize("name", ["x" * 64, "läufer-1", "tab\there", "line\nbreak"])
    def test_a_name_postgresql_would_cut_or_change_is_refused(self, name: str) -> None:
        """PostgreSQL keeps 63 printable ASCII bytes: a longer name or one with other
        characters would not match the claims, and the live worker would look dead."""
        with pytest.raises(ValueError, match="printable ASCII"):
            PgDatabase("postgresql://localhost/x", name=name)

    def test_default_names_fit(self) -> None:
        assert len(PgDatabase("postgresql://localhost/x").name) <= 63


class TestSlowTelegram:
    async def test_a_send_that_hangs_keeps_its_row_while_another_worker_sends_the_rest(
            self, backend: Backend, botapi_server: Callable[..., Awaitable[BotApiServer]],
            foods: FoodTable) -> None:
        """Two workers' real senders on PostgreSQL. Telegram takes 3 s to answer the first
        worker's call for one runner (the message arrives at once); meanwhile the second
        worker's sender runs again and again and sends the other runner's notice, never the
        hung one. Each runner gets their message exactly once, and both rows end `sent`."""
        if not isinstance(backend.db, PgDatabase):
            return
        server = await botapi_server()
        for user in (1, 2):
            server.user_message("hi", user_id=user)
        workers = Workers(backend)
        try:
            senders = []
            for name in ("hung", "other"):
                db = await workers.open(name)
                senders.append(Handlers(build_coach(db, real_clock, foods)))
            hung, other = senders
            for user in (1, 2):
                await backend.stores.users.touch(user, chat_id=user, now=real_clock())
            await hung.coach.notify(1, 1, Outgoing("🏃 From Strava: 12.1 km"), real_clock())
            server.hang_next("sendMessage", 3.0, before=False)
            async with Bot(server.token, base_url=server.base_url) as bot:
                context = SimpleNamespace(bot=bot)
                sending = asyncio.create_task(hung.job_send_due(context))  # type: ignore[arg-type]
                await server.wait_for_sent(1, chat_id=1, timeout=10)
                await hung.coach.notify(2, 2, Outgoing("🏃 From Strava: 5.0 km"), real_clock())
                [hung_row] = await backend.db.read(
                    "SELECT id FROM scheduled_messages WHERE user_id = 1")
                while not sending.done():
                    await other.job_send_due(context)  # type: ignore[arg-type]
                    # never `lost`: the worker sending it lives (`sent` once it is answered)
                    assert await state(backend, hung_row["id"]) in {"sending", "sent"}
                    await asyncio.sleep(0.3)
                await sending
            assert sorted(m["chat_id"] for m in server.sent) == [1, 2]
            assert await states(backend) == {"sent": 2}
        finally:
            await workers.close()
