"""The PostgreSQL migration runner, on a real server (the list of test_db.py, plus workers)."""

from __future__ import annotations

import asyncio

import pytest

from storage.db import Migration, MigrationFailed, SchemaTooNew
from storage.postgres import PgDatabase, bundled_migrations

STEPS = [
    Migration(1, "0001_create_a.sql", "CREATE TABLE a (user_id BIGINT PRIMARY KEY);"),
    Migration(2, "0002_create_b.sql", "CREATE TABLE b (user_id BIGINT NOT NULL, y INTEGER);"),
]


async def tables(db: PgDatabase) -> set[str]:
    rows = await db.read("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return {r[0] for r in rows}


class TestPgMigrations:
    async def test_all_bundled_steps_apply(self, pg_url: str) -> None:
        """A new database gets every table and records every step."""
        db = PgDatabase(pg_url)
        await db.open()
        try:
            assert await db.user_version() == len(bundled_migrations())
            assert {"users", "events", "processed_updates", "scheduled_messages", "user_foods",
                    "inbox", "pressed_buttons", "setups"} <= await tables(db)
        finally:
            await db.close()

    async def test_reopening_is_a_no_op(self, pg_url: str) -> None:
        """Opening a migrated database again applies nothing and keeps the data."""
        db = PgDatabase(pg_url, STEPS)
        await db.open()
        await db.write("INSERT INTO a VALUES (1)")
        await db.close()
        db = PgDatabase(pg_url, STEPS)
        await db.open()
        try:
            assert await db.user_version() == 2
            assert [tuple(r) for r in await db.read("SELECT user_id FROM a")] == [(1,)]
        finally:
            await db.close()

    async def test_a_bad_step_leaves_the_last_good_version(self, pg_url: str) -> None:
        """A failing step is rolled back whole (DDL included) and the version stays before it."""
        bad = [*STEPS, Migration(3, "0003_bad.sql",
                                 "CREATE TABLE c (z INTEGER); INSERT INTO nope VALUES (1);")]
        with pytest.raises(MigrationFailed, match=r"0003_bad\.sql"):
            await PgDatabase(pg_url, bad).open()
        db = PgDatabase(pg_url, STEPS)
        await db.open()
        try:
            assert await db.user_version() == 2
            assert "c" not in await tables(db)
        finally:
            await db.close()

    async def test_a_newer_database_is_refused(self, pg_url: str) -> None:
        """A database migrated by a newer runfuel is refused with a clear error."""
        db = PgDatabase(pg_url, STEPS)
        await db.open()
        await db.close()
        with pytest.raises(SchemaTooNew, match="schema version 2"):
            await PgDatabase(pg_url, STEPS[:1]).open()

    async def test_workers_starting_together_migrate_once(self, pg_url: str) -> None:
        """Four workers opening an empty database at once: one migrates, none fails."""
        workers = [PgDatabase(pg_url) for _ in range(4)]
        try:
            await asyncio.gather(*(w.open() for w in workers))
            versions = {await w.user_version() for w in workers}
            assert versions == {len(bundled_migrations())}
        finally:
            for w in workers:
                await w.close()
