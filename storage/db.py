"""The SQLite database: one file, one connection, linear migrations.

Why it is shaped like this:

* One connection serialises *statements* but not *transactions*: two coroutines
  that both `BEGIN` on it would share one transaction, and one's rollback would silently
  discard the other's insert (STYLE.md 3.6). `transaction()` therefore holds an `asyncio.Lock`
  around `BEGIN IMMEDIATE ... COMMIT/ROLLBACK`, and every write goes through it.
* Migrations are numbered `.sql` files shipped as package data. Steps are append-only, each
  runs in its own transaction together with `PRAGMA user_version = N`, so `user_version`
  always counts the steps applied and a failed step leaves the last good version. A database
  whose `user_version` is higher than the number of steps was written by newer code: we refuse
  it (`SchemaTooNew`) rather than guess.
* The file is created readable by its owner only: it holds health data.
* Statements run on the event loop's own thread (`Connection`), not on a worker thread as
  aiosqlite ran them. A runner's message takes one or two statements of tens of microseconds
  (WAL with `synchronous = NORMAL` never waits for the disk on COMMIT), while each hop to a
  thread and back cost more than the statement and, on a busy machine, waited for a core: the
  core bench spent more time waking threads than in SQLite. A statement that finds the file
  locked by another process (a `runfuel` command) does not block the loop: SQLite answers
  BUSY at once (busy_timeout 0) and the statement is retried after short sleeps, for up to
  BUSY_TIMEOUT_MS as SQLite's own busy handler would. Work that takes long by nature (backups,
  checkpoints) still runs on a thread.
* WAL checkpoints run beside the writer, not in it: SQLite's automatic checkpoint runs inside
  the COMMIT that crosses 1,000 WAL pages, so a runner's reply would wait while hundreds of
  pages are copied (spikes of 10-300 ms measured with 10,000 users). Instead a background task
  runs a PASSIVE checkpoint from a second, short-lived connection every few seconds; passive
  checkpoints never block the writer and never wait for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5_000
#: Sleeps between the tries of a statement that found the file locked (ms, the last repeats).
BUSY_SLEEPS_MS = (1, 2, 5, 10, 20, 50, 100)
CHECKPOINT_EVERY_S = 5.0
T = TypeVar("T")
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


def to_db_time(value: datetime) -> str:
    """Aware datetime -> UTC text with a fixed timespec, so text order is time order."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("storage keeps aware datetimes only")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(text: str) -> datetime:
    """Inverse of `to_db_time`."""
    return datetime.fromisoformat(text)


def _busy(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite said the file is locked by another connection (SQLITE_BUSY)."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY


class Connection:
    """One sqlite3 connection used from the event loop's thread, with async calls as aiosqlite's.

    Each call runs the statement at once; only a file locked by another process makes it
    wait (asleep, the loop free) and try again. Callers serialise their use (`Database`'s lock).
    """

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    async def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        try:
            return self.raw.execute(sql, params)
        except sqlite3.OperationalError as e:
            if not _busy(e):
                raise
        return await _when_free(self.raw.execute, sql, params)

    async def execute_fetchall(self, sql: str,
                               params: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return self.raw.execute(sql, params).fetchall()
        except sqlite3.OperationalError as e:
            if not _busy(e):
                raise
        cursor = await _when_free(self.raw.execute, sql, params)
        return cursor.fetchall()

    async def executemany(self, sql: str,
                          params: Iterable[Sequence[object]]) -> sqlite3.Cursor:
        rows = list(params)  # a generator could not be read twice
        try:
            return self.raw.executemany(sql, rows)
        except sqlite3.OperationalError as e:
            if not _busy(e):
                raise
        return await _when_free(self.raw.executemany, sql, rows)

    async def executescript(self, script: str) -> sqlite3.Cursor:
        try:
            return self.raw.executescript(script)
        except sqlite3.OperationalError as e:
            if not _busy(e):
                raise
        return await _when_free(self.raw.executescript, script)

    async def close(self) -> None:
        self.raw.close()


async def _when_free(call: Callable[..., T], *args: Any) -> T:
    """Try `call` again after short sleeps while the file stays locked (BUSY_TIMEOUT_MS)."""
    waited = 0
    for pause in itertools.chain(BUSY_SLEEPS_MS, itertools.repeat(BUSY_SLEEPS_MS[-1])):
        await asyncio.sleep(pause / 1000)
        waited += pause
        try:
            return call(*args)
        except sqlite3.OperationalError as e:
            if not _busy(e) or waited >= BUSY_TIMEOUT_MS:
                raise
    raise AssertionError("unreachable")


async def _take_turns() -> None:
    """Let the other ready tasks run before a statement, as a hop to aiosqlite's thread did.

    A statement on the loop's thread never suspends, so without this a task that runs many
    (the sender draining due rows) would keep every runner's message waiting until it ends.
    """
    await asyncio.sleep(0)


class Database:
    """One SQLite file. `open()` connects and migrates; `close()` must be awaited at shutdown."""

    def __init__(self, path: Path, migrations: list[Migration] | None = None) -> None:
        self.path = path
        self._migrations = migrations
        self._conn: Connection | None = None
        self._lock = asyncio.Lock()
        self._checkpointer: asyncio.Task[None] | None = None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise StorageError("the database is not open")
        return self._conn

    async def open(self) -> None:
        """Connect, set the PRAGMAs and apply pending migrations."""
        self._create_private_file()
        raw = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        raw.row_factory = sqlite3.Row
        conn = Connection(raw)
        try:
            await conn.execute("PRAGMA busy_timeout = 0")  # BUSY at once: see _when_free
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA wal_autocheckpoint = 0")
            self._conn = conn
            await self._migrate(self._migrations or bundled_migrations())
            self._checkpointer = asyncio.create_task(self._checkpoint_forever(),
                                                     name="sqlite-checkpoint")
        except BaseException:
            self._conn = None
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
            conn, self._conn = self._conn, None
            await conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """Run the block as one `BEGIN IMMEDIATE` transaction, alone on the connection."""
        await _take_turns()
        async with self._lock:
            conn = self.conn
            await conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                await conn.execute("ROLLBACK")
                raise
            await conn.execute("COMMIT")

    async def write(self, sql: str, params: tuple[object, ...] = ()) -> int:
        """Run one write statement on its own and return the rows it changed.

        A single statement is atomic in autocommit mode, so it needs no BEGIN/COMMIT round
        trips; the lock still keeps it out of another coroutine's open transaction.
        """
        await _take_turns()
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            return cursor.rowcount

    async def write_returning(self, sql: str, params: tuple[object, ...] = ()) -> list[int]:
        """Run one write statement with `RETURNING id` on its own; return the ids."""
        await _take_turns()
        async with self._lock:
            rows = await self.conn.execute_fetchall(sql, params)
            return [int(r[0]) for r in rows]

    async def read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        """Run one read query outside any transaction (WAL readers never block writers)."""
        await _take_turns()
        async with self._lock:
            return await self.conn.execute_fetchall(sql, params)

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
        async with self._lock:
            await asyncio.to_thread(self._backup_to, target)

    def _backup_to(self, target: Path) -> None:
        """On a thread: the loop stays free while pages are copied (the lock keeps writers out)."""
        dest = sqlite3.connect(target)
        try:
            self.conn.raw.backup(dest)
        finally:
            dest.close()

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
