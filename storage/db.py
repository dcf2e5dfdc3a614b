"""The SQLite database: one file, one connection, linear migrations.

Why it is shaped like this:

* One aiosqlite connection serialises *statements* but not *transactions*: two coroutines
  that both `BEGIN` on it would share one transaction, and one's rollback would silently
  discard the other's insert (STYLE.md 3.6). `transaction()` therefore holds an `asyncio.Lock`
  around `BEGIN IMMEDIATE ... COMMIT/ROLLBACK`, and every write goes through it.
* Migrations are numbered `.sql` files shipped as package data. Steps are append-only, each
  runs in its own transaction together with `PRAGMA user_version = N`, so `user_version`
  always counts the steps applied and a failed step leaves the last good version. A database
  whose `user_version` is higher than the number of steps was written by newer code: we refuse
  it (`SchemaTooNew`) rather than guess.
* The file is created readable by its owner only: it holds health data.
* Single writes (`write`, `write_returning`) and a transaction's `BEGIN` and `COMMIT` run
  on the event loop's own thread, on the same connection, not through aiosqlite's thread:
  the hop there and back (a queue, a thread switch, a wake-up of the loop) cost more than
  the statement itself, and a message's insert is one such statement. Reads run inline too:
  a runner's first message reads their row and their month of events, and on a busy machine
  each hop waited for aiosqlite's thread to be scheduled (cold p99 -21 to -37 % measured).
  They cannot stall the loop: outside `open()` the connection waits for no lock
  (`busy_timeout` 0), and the one case that waits, another process holding the write lock
  (a `sqlite3` shell, a second bot by mistake), is retried in aiosqlite's thread with
  `BUSY_TIMEOUT_MS`, the loop free meanwhile. The lock keeps the two threads from ever
  using the connection at once: a statement runs inline only while the lock is held and no
  aiosqlite call of its holder is in flight.
* WAL checkpoints run beside the writer, not in it: SQLite's automatic checkpoint runs inside
  the COMMIT that crosses 1,000 WAL pages, so a runner's reply would wait while hundreds of
  pages are copied (spikes of 10-300 ms measured with 10,000 users). Instead a background task
  runs a PASSIVE checkpoint from a second, short-lived connection every few seconds; passive
  checkpoints never block the writer and never wait for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import aiosqlite

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5_000
CHECKPOINT_EVERY_S = 5.0
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class StorageError(Exception):
    """Base of the errors storage raises on purpose."""


class SchemaTooNew(StorageError):
    """The database was migrated by a newer runfuel than this one."""


class MigrationFailed(StorageError):
    """A migration step failed; the database stays at the last good version."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    """Read `storage/migrations/NNNN_*.sql` in order; numbers must run 1, 2, 3... without gaps."""
    return read_migrations(resources.files("storage") / "migrations")


def read_migrations(folder: Traversable) -> list[Migration]:
    """The `NNNN_*.sql` steps of a folder in order (both backends number them alike)."""
    steps = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            steps.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    for expected, step in enumerate(steps, start=1):
        if step.version != expected:
            raise MigrationFailed(f"migration {step.name} is out of sequence (expected {expected})")
    return steps


def _busy(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite refused because another connection holds a lock (SQLITE_BUSY_*)."""
    return error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY


def to_db_time(value: datetime) -> str:
    """Aware datetime -> UTC text with a fixed timespec, so text order is time order."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("storage keeps aware datetimes only")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(text: str) -> datetime:
    """Inverse of `to_db_time`."""
    return datetime.fromisoformat(text)


class Database:
    """One SQLite file. `open()` connects and migrates; `close()` must be awaited at shutdown."""

    def __init__(self, path: Path, migrations: list[Migration] | None = None) -> None:
        self.path = path
        self._migrations = migrations
        self._conn: aiosqlite.Connection | None = None
        #: The same connection as `_conn`, for statements run on the loop's thread.
        self._raw: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()
        self._checkpointer: asyncio.Task[None] | None = None

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise StorageError("the database is not open")
        return self._conn

    async def open(self) -> None:
        """Connect, set the PRAGMAs and apply pending migrations."""
        self._create_private_file()
        opened: list[sqlite3.Connection] = []

        def connect() -> sqlite3.Connection:  # runs in aiosqlite's thread; both threads use it
            opened.append(sqlite3.connect(self.path, isolation_level=None,
                                          check_same_thread=False))
            return opened[0]

        conn = await aiosqlite.Connection(connect, iter_chunk_size=64)
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA wal_autocheckpoint = 0")
            self._conn, self._raw = conn, opened[0]
            await self._migrate(self._migrations or bundled_migrations())
            await conn.execute("PRAGMA busy_timeout = 0")  # inline statements never wait
            self._checkpointer = asyncio.create_task(self._checkpoint_forever(),
                                                     name="sqlite-checkpoint")
        except BaseException:
            self._conn = self._raw = None
            await conn.close()
            raise

    async def close(self) -> None:
        """Close the connection (checkpointing the WAL); safe to call twice."""
        if self._checkpointer is not None:
            self._checkpointer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._checkpointer
            self._checkpointer = None
        if self._conn is not None:
            conn, self._conn, self._raw = self._conn, None, None
            await conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run the block as one `BEGIN IMMEDIATE` transaction, alone on the connection."""
        async with self._lock:
            conn = self.conn
            await self._inline("BEGIN IMMEDIATE", ())
            try:
                yield conn
            except BaseException:
                await conn.execute("ROLLBACK")  # after any call of the block still in flight
                raise
            await self._inline("COMMIT", ())

    async def write(self, sql: str, params: tuple[object, ...] = ()) -> int:
        """Run one write statement on its own and return the rows it changed.

        A single statement is atomic in autocommit mode, so it needs no BEGIN/COMMIT round
        trips; the lock still keeps it out of another coroutine's open transaction.
        """
        async with self._lock:
            return (await self._inline(sql, params))[1]

    async def write_returning(self, sql: str, params: tuple[object, ...] = ()) -> list[int]:
        """Run one write statement with `RETURNING id` on its own; return the ids."""
        async with self._lock:
            return [int(r[0]) for r in (await self._inline(sql, params))[0]]

    async def read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        """Run one read query outside any transaction (WAL readers never block writers).

        Inline, as the writes: in aiosqlite's thread, each read waited for the thread to be
        scheduled, two hops for a runner's first message (1,000 runners' first messages,
        three A/B pairs on a loaded machine: p99 28.2 / 12.8 / 12.7 -> 20.1 / 10.1 / 8.0 ms;
        1.9 % fewer instructions). The price is memory: the peak RSS grows about 4 %
        (152.6 -> 159.0 MB with 1,000 runners; a round before this one measured +70 MB,
        527 -> 599, with 10,000), no bar of the issue's.
        """
        async with self._lock:
            return (await self._inline(sql, params))[0]

    async def _inline(self, sql: str, params: tuple[object, ...]) -> tuple[list[sqlite3.Row],
                                                                          int]:
        """One statement on the loop's thread (the lock held): its rows and its row count.

        When another process holds the write lock, SQLite refuses at once (`busy_timeout` 0,
        nothing done yet) and the statement is run again in aiosqlite's thread, waiting up to
        `BUSY_TIMEOUT_MS` for the lock while the loop runs on.
        """
        if self._raw is None:
            raise StorageError("the database is not open")
        try:
            cursor = self._raw.execute(sql, params)
            return cursor.fetchall(), cursor.rowcount
        except sqlite3.OperationalError as e:
            if not _busy(e):
                raise
        return await self._patiently(sql, params)

    async def _patiently(self, sql: str, params: tuple[object, ...]) -> tuple[list[sqlite3.Row],
                                                                             int]:
        """The statement in aiosqlite's thread, waiting up to `BUSY_TIMEOUT_MS` for the lock."""
        conn = self.conn
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            async with conn.execute(sql, params) as waited:
                return list(await waited.fetchall()), waited.rowcount
        finally:
            await conn.execute("PRAGMA busy_timeout = 0")

    async def user_version(self) -> int:
        rows = await self.read("PRAGMA user_version")
        return int(rows[0][0])

    async def integrity_check(self) -> str:
        rows = await self.read("PRAGMA integrity_check")
        return str(rows[0][0])

    async def backup(self, target: Path) -> None:
        """Write a consistent copy of the live database to `target` (SQLite's online backup).

        The copy holds the same health data, so it is readable by its owner only, also when
        `target` already existed with wider permissions (O_CREAT's mode applies to new files).
        """
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
        async with self._lock, aiosqlite.connect(target) as dest:
            await self.conn.backup(dest)

    async def checkpoint(self) -> None:
        """Copy WAL pages into the database file without blocking or waiting for writers."""
        await asyncio.to_thread(self._passive_checkpoint)

    def _passive_checkpoint(self) -> None:
        conn = sqlite3.connect(self.path, timeout=0)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.OperationalError as e:  # busy: the next round will catch up
            logger.debug("checkpoint skipped: %s", e)
        finally:
            conn.close()

    async def _checkpoint_forever(self) -> None:
        while True:
            await asyncio.sleep(CHECKPOINT_EVERY_S)
            await self.checkpoint()

    def _create_private_file(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)

    async def _migrate(self, steps: list[Migration]) -> None:
        current = await self.user_version()
        if current > len(steps):
            raise SchemaTooNew(
                f"{self.path} is at schema version {current}, but this runfuel knows only "
                f"{len(steps)}. Upgrade runfuel, or restore a backup made by this version."
            )
        for step in steps[current:]:
            logger.info("applying migration %s", step.name)
            script = f"BEGIN;\n{step.sql}\nPRAGMA user_version = {step.version};\nCOMMIT;"
            try:
                await self.conn.executescript(script)
            except sqlite3.Error as e:
                if self.conn.in_transaction:
                    await self.conn.execute("ROLLBACK")
                raise MigrationFailed(f"migration {step.name} failed: {e}") from e
