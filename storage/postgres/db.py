"""PostgreSQL through asyncpg: a connection pool and the same numbered migrations as SQLite.

Why it is shaped like this:

* The steps in `storage/postgres/migrations/` carry the numbers and names of the SQLite steps
  (`storage/migrations/`), so one number means one schema on both backends; a test compares
  the two schemas table by table, column by column and key by key.
* Several workers may start at once, so migrating runs under a session-level
  `pg_advisory_lock`: the first migrates, the others wait and then find nothing to do. Each
  step runs in one transaction together with the version it records (PostgreSQL's DDL is
  transactional), so a failed step leaves the last good version, as with SQLite.
* A database migrated by newer code is refused (`SchemaTooNew`), never guessed at.
* `user_id` leads every primary and unique key (ready for sharding by runner): the users
  table's key is the user id itself; `inbox` alone has no runner (see its step).
* Stored times are `timestamptz` and asyncpg returns them aware in UTC; naive datetimes are
  refused before they reach the driver.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any, TypeAlias

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from engine.events import StoredEvent
from storage.codec import EVENT, stored_events
from storage.db import Migration, MigrationFailed, SchemaTooNew, StorageError, read_migrations
from storage.leases import SESSION_KEEPALIVE, check_worker_name, worker_name

logger = logging.getLogger(__name__)

#: The advisory lock key under which schema changes run ("runfuel" in ASCII).
MIGRATION_LOCK = 0x72756E6675656C
#: The advisory lock of the worker doing the start-up duties ("runlead"). Telegram user ids,
#: the keys of the runners' units of work, stay far below both.
LEADER_LOCK = 0x72756E6C656164
POOL_MAX = 10
#: SQLSTATE of the notice in which `runfuel_unit_start` says how a unit starts (0016).
UNIT_NOTE = "RF002"
#: Runners whose row, foods, setup and latest nudge key this worker's stores keep, beside the
#: revision its last unit of them left; one forgotten is merely read afresh. A bound of its
#: own beside the runners the coach keeps (`RUNFUEL_RUNNERS_KEPT`, about 18 KB each): a row
#: weighs far less.
RUNNER_ROWS_KEPT = 100_000

#: A connection borrowed from the pool.
Conn: TypeAlias = "PoolConnectionProxy[asyncpg.Record]"

_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)"
)


def bundled_migrations() -> list[Migration]:
    """The PostgreSQL steps, numbered like the SQLite ones."""
    return read_migrations(resources.files("storage.postgres") / "migrations")


@dataclass(slots=True)
class UnitRevision:
    """A runner's revision (`users.rev`) before a unit of work, and after it (None: no row).

    When another writer changed the runner since this worker's last unit of them left
    revision `since`, `changes` holds the runner's live events stored since (0015's
    `events.rev`), or is None when something else changed: an event undone or replaced.
    """

    before: int | None
    after: int | None = None
    since: int | None = None
    changes: list[StoredEvent] | None = None
    #: The runner's row, taught foods and open setup, read as the unit started when it could
    #: not trust what this worker kept (`runner_row`).
    runner: dict[str, Any] | None = None
    #: Behind, but nothing besides events changed since `since` (0019's `users.kept_rev`):
    #: what the stores keep stands, and `nudged` is the runner's latest nudge key.
    kept: bool = False
    nudged: str | None = None


def aware(value: datetime) -> datetime:
    """Refuse naive datetimes (PostgreSQL would read them in the session's zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("storage keeps aware datetimes only")
    return value


def unavailable(error: BaseException) -> bool:
    """The database could not be reached (down, restarting, connection lost): try later."""
    return isinstance(error, (OSError, TimeoutError, asyncpg.PostgresConnectionError,
                              asyncpg.OperatorInterventionError, asyncpg.InterfaceError))


class PgDatabase:
    """A pool of connections to one PostgreSQL database; `open()` connects and migrates."""

    def __init__(self, url: str, migrations: list[Migration] | None = None, *,
                 name: str | None = None,
                 init: Callable[[asyncpg.Connection], Awaitable[None]] | None = None) -> None:
        self.url = url
        #: Called with each new connection of the pool (the benchmarks count round trips).
        self._init = init
        #: This worker's name: every connection of the pool carries it as `application_name`,
        #: so other workers can tell it lives (`storage/leases.py`).
        self.name = check_worker_name(name or worker_name())
        self._migrations = migrations
        self._pool: asyncpg.Pool | None = None
        self._leader: asyncpg.Connection | None = None
        #: The connection of the unit of work running in this task, if any.
        self._unit: ContextVar[Conn | None] = ContextVar(f"unit-{id(self)}", default=None)
        #: The runner of the unit running in this task, and whether it is trusted (`unit`).
        self._trusted: ContextVar[tuple[int, bool] | None] = ContextVar(f"trusted-{id(self)}",
                                                                         default=None)
        #: The revision this process's last unit of each runner left, oldest first.
        self._left: OrderedDict[int, int] = OrderedDict()
        self._forgets: list[Callable[[int], None]] = []
        self._primes: list[Callable[[int, dict[str, Any]], None]] = []
        self._nudges: list[Callable[[int, str | None], None]] = []
        self._holds: list[Callable[[int], bool]] = []
        #: The notice of the unit starting on each connection (by the id of the connection
        #: as it is lent out), until `_begin` takes it.
        self._notes: dict[int, str] = {}

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise StorageError("the database is not open")
        return self._pool

    async def open(self) -> None:
        """Apply pending migrations (under the migration lock), then open the pool."""
        conn = await asyncpg.connect(self.url)
        try:
            await _migrate(conn, self._migrations or bundled_migrations())
        finally:
            await conn.close()
        # min_size=1: asyncpg keeps (and reconnects) one connection however idle the worker.
        self._pool = await asyncpg.create_pool(
            self.url, min_size=1, max_size=POOL_MAX, reset=_keep_session, init=self._connected,
            server_settings={"application_name": self.name, "client_min_messages": "notice",
                             **SESSION_KEEPALIVE})

    def _heard(self, conn: object, message: asyncpg.PostgresLogMessage) -> None:
        if message.sqlstate == UNIT_NOTE:
            self._notes[id(conn)] = message.detail or ""

    async def _connected(self, conn: asyncpg.Connection) -> None:
        if self._init is not None:
            await self._init(conn)

    async def lead(self) -> bool:
        """Take the start-up duties unless another worker holds them (`pg_try_advisory_lock`).

        The lock stays on a connection of its own until `close()`: while this worker lives,
        workers starting later leave the duties to it; if it dies, PostgreSQL frees the lock.
        """
        if self._leader is None:
            conn = await asyncpg.connect(self.url)
            if not await conn.fetchval("SELECT pg_try_advisory_lock($1)", LEADER_LOCK):
                await conn.close()
                return False
            self._leader = conn
        return True

    @property
    def leads(self) -> bool:
        """Whether this worker holds the start-up duties."""
        return self._leader is not None

    async def close(self) -> None:
        """Close the pool; safe to call twice."""
        if self._leader is not None:
            leader, self._leader = self._leader, None
            await leader.close()
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Conn]:
        """Run the block as one transaction on a connection of its own.

        Inside a unit of work the block is part of the unit's transaction instead.
        """
        held = self._unit.get()
        if held is not None:
            yield held
            return
        async with self.pool.acquire() as conn, conn.transaction():
            yield conn

    async def read(self, sql: str, *params: Any) -> list[asyncpg.Record]:
        """One query in its own implicit transaction (or in the running unit of work)."""
        held = self._unit.get()
        return list(await (held or self.pool).fetch(sql, *params))

    async def write(self, sql: str, *params: Any) -> int:
        """One statement, atomic on its own (or in the running unit of work); rows changed."""
        held = self._unit.get()
        status = await (held or self.pool).execute(sql, *params)
        return _changed(status)

    @asynccontextmanager
    async def unit(self, user_id: int) -> AsyncIterator[UnitRevision]:
        """One runner's unit of work: one transaction, after every other unit of that runner.

        It starts with `pg_advisory_xact_lock(user_id)`, so the runner's units run one at a
        time whichever worker holds them, and each later statement (READ COMMITTED) sees what
        the unit before committed; then it bumps `users.rev` (migration 0014's function does
        both), so a worker keeping the runner in memory can tell whether someone else wrote
        since (`bot/units.py`). Every store call inside the block runs on this transaction
        (this task's connection).

        When this worker's last unit of the runner left the revision the unit finds, nobody
        else wrote since: the unit is *trusted*, and the stores answer the runner's profile,
        foods and setup from what they kept (`keeps`). A unit behind by events alone (others
        stored only events since: `users.kept_rev`, 0019) keeps that too, and takes the
        runner's latest nudge key (`on_nudged`); any other unit drops it as it starts and
        keeps instead the runner's row, foods and setup that came with its start
        (`on_runner`). Either way the unit starts in one round trip (`_begin`).
        """
        if self._unit.get() is not None:
            raise StorageError("units of work do not nest")
        async with self.pool.acquire() as conn:
            try:
                revision = await self._begin(conn, user_id)
            except BaseException:
                self._stale(user_id)
                if not conn.is_closed() and conn.is_in_transaction():
                    await conn.execute("ROLLBACK")
                raise
            token = self._unit.set(conn)
            trust = revision.before is not None and revision.before == self._left.get(user_id)
            trusted = self._trusted.set((user_id, trust))
            try:
                if not trust and revision.kept:  # behind by events alone
                    for note in self._nudges:
                        note(user_id, revision.nudged)
                elif not trust:
                    self._stale(user_id)
                    if revision.runner is not None:
                        for prime in self._primes:
                            prime(user_id, revision.runner)
                try:
                    yield revision
                finally:
                    self._trusted.reset(trusted)
                    self._unit.reset(token)
                if revision.after is None:  # the runner's row is new: it is bumped now
                    revision.after = await conn.fetchval(
                        "UPDATE users SET rev = rev + 1 WHERE id = $1 RETURNING rev", user_id)
                await conn.execute("COMMIT")
            except BaseException:
                self._stale(user_id)
                if not conn.is_closed() and conn.is_in_transaction():
                    await conn.execute("ROLLBACK")
                raise
        self._remember(user_id, revision.after)

    async def _begin(self, conn: Conn, user_id: int) -> UnitRevision:
        """BEGIN, the runner's lock and its bumped revision, in one round trip (0016's
        function): when the runner is not at the revision this worker's last unit of them
        left, the same reply brings their row and what changed since (`UnitRevision`)."""
        expected = self._left.get(user_id)
        self._notes.pop(id(conn), None)
        conn.add_log_listener(self._heard)  # the pool drops listeners as it takes a connection back
        try:
            holds = expected is not None and all(held(user_id) for held in self._holds)
            await conn.execute(f"BEGIN; SELECT runfuel_unit_start({int(user_id)}, "
                               f"{'NULL' if expected is None else int(expected)}, {holds})")
        finally:
            conn.remove_log_listener(self._heard)
            # The notice came before the reply that ended the query, and asyncio runs
            # callbacks in order: it has been heard. Taken even when the query failed: the
            # next unit borrows another proxy (another id), so a note left here would stay.
            note = self._notes.pop(id(conn), None)
        if note is None:
            raise StorageError("runfuel_unit_start sent no notice (is client_min_messages"
                               " above notice for this role?)")
        said = json.loads(note)
        rev: int | None = said["rev"]
        if rev is None:
            return UnitRevision(None)
        if rev == (None if expected is None else expected + 1):
            return UnitRevision(expected, rev)
        changes = said.get("changes")
        return UnitRevision(
            rev - 1, rev, expected,
            None if changes is None else stored_events((i, user_id, payload)
                                                       for i, payload in changes),
            runner_row(said.get("runner")), kept="runner" not in said, nudged=said.get("nudged"))

    def keeps(self, user_id: int) -> bool:
        """Whether this task runs a unit of this runner: a store may answer from what it kept
        of them, and keep what it reads. What it kept is what the database holds: a unit that
        is not trusted dropped it all as it started, under the runner's lock; the stores drop
        what their own writes change."""
        held = self._trusted.get()
        return held is not None and held[0] == user_id

    def in_unit(self) -> bool:
        """Whether this task runs inside a unit of work."""
        return self._unit.get() is not None

    def on_stale(self, forget: Callable[[int], None]) -> None:
        """Call `forget(user_id)` whenever what a store kept of that runner may be stale."""
        self._forgets.append(forget)

    def on_runner(self, prime: Callable[[int, dict[str, Any]], None]) -> None:
        """Call `prime(user_id, row)` with the runner's row (`runner_row`) that a unit read
        as it started, after dropping what the stores kept of them."""
        self._primes.append(prime)

    def on_nudged(self, note: Callable[[int, str | None], None],
                  holds: Callable[[int], bool]) -> None:
        """Call `note(user_id, key)` with the runner's latest nudge key that a unit behind on
        events alone brought as it started (what else the stores kept of them stands);
        `holds(user_id)`: whether what `on_runner` primes is kept (else a unit behind brings
        the runner's row, not only the key)."""
        self._nudges.append(note)
        self._holds.append(holds)

    def _stale(self, user_id: int) -> None:
        self._left.pop(user_id, None)
        for forget in self._forgets:
            forget(user_id)

    def _remember(self, user_id: int, rev: int | None) -> None:
        """Remember the revision a unit of this runner left, forgetting the runner least
        recently served past `RUNNER_ROWS_KEPT`. A unit that left no revision (the runner has
        no row: a stranger's /help, a deleted runner's tap) leaves nothing kept either: no
        later unit could trust it, and no eviction would ever reach it."""
        if rev is None:
            self._stale(user_id)
            return
        self._left[user_id] = rev
        self._left.move_to_end(user_id)
        if len(self._left) > RUNNER_ROWS_KEPT:
            self._stale(next(iter(self._left)))

    async def bump(self, conn: Conn, user_id: int, *, kept: bool = True) -> None:
        """A write of this runner's: outside a unit of work it changes their revision too (in
        its transaction), so every worker keeping them reads them afresh (inside one, the
        unit bumps it). `kept`: the write changes what the stores keep (profile, foods,
        setup): `users.kept_rev` takes the write's revision, so every worker behind reads
        the runner's row again, not only the events stored since (0019)."""
        if self._unit.get() is None:
            await conn.execute("UPDATE users SET rev = rev + 1"
                               f"{', kept_rev = rev + 1' if kept else ''} WHERE id = $1", user_id)
        elif kept:
            await conn.execute("UPDATE users SET kept_rev = rev WHERE id = $1", user_id)
        if kept:
            self._stale(user_id)

    async def user_version(self) -> int:
        """The number of migration steps applied (0 for an empty database)."""
        async with self.pool.acquire() as conn:
            return await _version(conn)


def runner_row(said: dict[str, Any] | None) -> dict[str, Any] | None:
    """The runner's row as `runfuel_unit_start` said it, with the columns' Python types: the
    row of users, `foods` (their JSON texts), `setup_step`, `setup_at`, `setup_reasked` and
    `nudged`, the key of their latest nudge (0017)."""
    if said is None:
        return None
    for column in ("created_at", "setup_at"):
        if said[column] is not None:
            said[column] = datetime.fromisoformat(said[column]).astimezone(UTC)
    return said


def stored_row(row: asyncpg.Record) -> StoredEvent:
    return StoredEvent(
        id=row["id"], user_id=row["user_id"], event=EVENT.validate_json(row["payload"]))


def stored_rows(rows: Iterable[asyncpg.Record]) -> list[StoredEvent]:
    return stored_events((r["id"], r["user_id"], r["payload"]) for r in rows)


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """Return a connection to the pool as it is: one round trip less per statement.

    asyncpg's default reset (`RESET ALL`, `UNLISTEN *`, unlock all advisory locks...) costs a
    round trip on every release, doubling the cost of a one-statement read. The stores change
    no session state (no SET, LISTEN or session lock; migrations run on a connection of their
    own); asyncpg still rolls back a transaction left open.
    """


def _changed(status: str) -> int:
    """Rows changed, from a command tag such as 'UPDATE 3' or 'INSERT 0 1'."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


async def _version(conn: Conn | asyncpg.Connection) -> int:
    exists = await conn.fetchval("SELECT to_regclass('schema_version') IS NOT NULL")
    if not exists:
        return 0
    value = await conn.fetchval("SELECT version FROM schema_version WHERE id = 1")
    return int(value or 0)


async def _migrate(conn: asyncpg.Connection, steps: list[Migration]) -> None:
    await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
    try:
        await conn.execute(_VERSION_TABLE)
        current = await _version(conn)
        if current > len(steps):
            raise SchemaTooNew(
                f"the PostgreSQL database is at schema version {current}, but this runfuel "
                f"knows only {len(steps)}. Upgrade runfuel, or restore a backup made by this "
                "version.")
        for step in steps[current:]:
            logger.info("applying migration %s", step.name)
            try:
                async with conn.transaction():
                    await conn.execute(step.sql)
                    await conn.execute(
                        "INSERT INTO schema_version (id, version) VALUES (1, $1)"
                        " ON CONFLICT (id) DO UPDATE SET version = excluded.version",
                        step.version)
            except asyncpg.PostgresError as e:
                raise MigrationFailed(f"migration {step.name} failed: {e}") from e
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
