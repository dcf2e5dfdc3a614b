"""The migration runner and transactions, on a real SQLite file (TinyPilot's store_test list)."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from storage.db import Database, Migration, MigrationFailed, SchemaTooNew, bundled_migrations

STEPS = [
    Migration(1, "0001_create_a.sql", "CREATE TABLE a (x INTEGER);"),
    Migration(2, "0002_create_b.sql", "CREATE TABLE b (y INTEGER NOT NULL);"),
]


async def tables(db: Database) -> set[str]:
    rows = await db.read("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {r[0] for r in rows}


class TestMigrations:
    async def test_all_bundled_steps_apply(self, tmp_path: Path) -> None:
        """A new database gets every table and counts every step in user_version."""
        db = Database(tmp_path / "runfuel.db")
        await db.open()
        try:
            assert await db.user_version() == len(bundled_migrations())
            assert {"users", "events", "processed_updates", "scheduled_messages",
                    "user_foods"} <= await tables(db)
            assert await db.integrity_check() == "ok"
        finally:
            await db.close()

    async def test_reopening_is_a_no_op(self, tmp_path: Path) -> None:
        """Opening a migrated database again applies nothing and keeps the data."""
        path = tmp_path / "x.db"
        db = Database(path, STEPS)
        await db.open()
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO a VALUES (1)")
        await db.close()
        db = Database(path, STEPS)
        await db.open()
        try:
            assert await db.user_version() == 2
            assert [tuple(r) for r in await db.read("SELECT x FROM a")] == [(1,)]
        finally:
            await db.close()

    async def test_a_bad_step_leaves_the_last_good_version(self, tmp_path: Path) -> None:
        """A failing migration is rolled back whole and the database stays at the step before."""
        path = tmp_path / "x.db"
        bad = [*STEPS, Migration(3, "0003_bad.sql",
                                 "CREATE TABLE c (z); INSERT INTO nope VALUES (1);")]
        db = Database(path, bad)
        with pytest.raises(MigrationFailed, match=r"0003_bad\.sql"):
            await db.open()
        db = Database(path, STEPS)
        await db.open()
        try:
            assert await db.user_version() == 2
            assert "c" not in await tables(db)
        finally:
            await db.close()

    async def test_a_newer_database_is_refused(self, tmp_path: Path) -> None:
        """A database migrated by a newer runfuel is refused with a clear error, untouched."""
        path = tmp_path / "x.db"
        db = Database(path, STEPS)
        await db.open()
        await db.close()
        old = Database(path, STEPS[:1])
        with pytest.raises(SchemaTooNew, match="schema version 2"):
            await old.open()


class TestTransactions:
    async def test_an_interrupted_transaction_leaves_nothing(self, tmp_path: Path) -> None:
        """An error half-way through a transaction rolls back the writes before it."""
        db = Database(tmp_path / "x.db", STEPS)
        await db.open()
        try:
            with pytest.raises(RuntimeError):
                async with db.transaction() as conn:
                    await conn.execute("INSERT INTO a VALUES (1)")
                    raise RuntimeError("crash half-way")
            assert await db.read("SELECT * FROM a") == []
        finally:
            await db.close()

    async def test_concurrent_transactions_never_share(self, tmp_path: Path) -> None:
        """One coroutine's rollback never discards another coroutine's committed insert."""
        db = Database(tmp_path / "x.db", STEPS)
        await db.open()

        async def good(n: int) -> None:
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO a VALUES (?)", (n,))
                await asyncio.sleep(0)

        async def bad() -> None:
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO a VALUES (-1)")
                await asyncio.sleep(0)
                raise ValueError

        try:
            results = await asyncio.gather(*(good(n) for n in range(20)), bad(),
                                           return_exceptions=True)
            assert sum(isinstance(r, ValueError) for r in results) == 1
            rows = {r[0] for r in await db.read("SELECT x FROM a")}
            assert rows == set(range(20))
        finally:
            await db.close()


    async def test_a_file_locked_by_another_process_waits_with_the_loop_free(
            self, tmp_path: Path) -> None:
        """A write that finds another process writing waits, the bot still runs meanwhile,
        and it goes through once the other is done; both rows are kept."""
        path = tmp_path / "x.db"
        db = Database(path, STEPS)
        await db.open()
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO a VALUES (7)")
            write = asyncio.create_task(db.write("INSERT INTO a VALUES (1)"))
            ticks = 0
            for _ in range(5):  # the loop keeps turning while the write waits
                await asyncio.sleep(0.01)
                ticks += 1
            assert ticks == 5 and not write.done()
            other.execute("COMMIT")
            assert await write == 1
            assert sorted(r[0] for r in await db.read("SELECT x FROM a")) == [1, 7]
        finally:
            other.close()
            await db.close()


    @pytest.mark.parametrize("how", ["write_returning", "transaction"])
    async def test_every_write_path_waits_for_another_process_with_the_loop_free(
            self, tmp_path: Path, how: str) -> None:
        """The message insert (`write_returning`) and a transaction also wait for another
        process's write lock without holding the loop, and store their rows once it is free."""
        path = tmp_path / "x.db"
        db = Database(path, STEPS)
        await db.open()
        other = sqlite3.connect(path, isolation_level=None)

        async def insert() -> object:
            if how == "write_returning":
                return await db.write_returning("INSERT INTO a VALUES (1) RETURNING x")
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO a VALUES (1)")
                await conn.execute("INSERT INTO a VALUES (2)")
            return None

        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO a VALUES (7)")
            task = asyncio.create_task(insert())
            started = time.monotonic()
            for _ in range(5):  # the loop keeps turning while the write waits
                await asyncio.sleep(0.01)
            assert time.monotonic() - started < 1 and not task.done()
            other.execute("COMMIT")
            assert await task == ([1] if how == "write_returning" else None)
            expected = [1, 7] if how == "write_returning" else [1, 2, 7]
            assert sorted(r[0] for r in await db.read("SELECT x FROM a")) == expected
            # Waiting was for that statement only: the next one again refuses at once.
            other.execute("BEGIN IMMEDIATE")
            late = asyncio.create_task(db.write("INSERT INTO a VALUES (3)"))
            await asyncio.sleep(0.02)
            assert not late.done()
            other.execute("ROLLBACK")
            assert await late == 1
        finally:
            other.close()
            await db.close()

    async def test_a_statement_that_fails_for_another_reason_raises(
            self, tmp_path: Path) -> None:
        """Only a lock held elsewhere is waited for: an error in the statement is raised."""
        db = Database(tmp_path / "x.db", STEPS)
        await db.open()
        try:
            with pytest.raises(sqlite3.IntegrityError):
                await db.write("INSERT INTO b VALUES (NULL)")
            with pytest.raises(sqlite3.OperationalError, match="no such table"):
                await db.read("SELECT * FROM missing")
            assert await db.write("INSERT INTO b VALUES (1)") == 1
        finally:
            await db.close()


class TestFile:
    async def test_the_file_is_readable_by_its_owner_only(self, tmp_path: Path) -> None:
        """The database holds health data, so it is created with mode 0600."""
        path = tmp_path / "private.db"
        db = Database(path)
        await db.open()
        await db.close()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    async def test_backup_is_a_consistent_copy(self, tmp_path: Path) -> None:
        """`backup` copies a live database, and the copy opens with the same rows."""
        db = Database(tmp_path / "live.db", STEPS)
        await db.open()
        try:
            async with db.transaction() as conn:
                await conn.executemany("INSERT INTO a VALUES (?)", [(i,) for i in range(100)])
            await db.backup(tmp_path / "copy.db")
        finally:
            await db.close()
        copy = Database(tmp_path / "copy.db", STEPS)
        await copy.open()
        try:
            assert len(await copy.read("SELECT x FROM a")) == 100
            assert await copy.integrity_check() == "ok"
        finally:
            await copy.close()
