"""Both backends for the store tests: a SQLite file, and a real PostgreSQL when there is one.

PostgreSQL comes from `RUNFUEL_TEST_DATABASE_URL`, else the server on 127.0.0.1:5432 (trust
auth, user postgres, database `test`). Each test module gets a database of its own (dropped
after); store tests share one migrated schema per module, emptied before each test, and
migration tests get a fresh empty schema each. Without a server the PostgreSQL cases skip, unless
`CI=true`: then a missing PostgreSQL fails the run, so CI cannot pass by testing nothing.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from bot.coach import Stores
from bot.main import build_stores
from storage.db import Database
from storage.postgres import PgDatabase, PgInbox
from storage.sqlite import SqliteInbox
from tests.fakes import FakeInbox, Memory, fake_stores

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgresql"]
#: The stores' contract checks (test_stores.py) hold the in-memory fakes to the same answers.
WITH_FAKES = ["fake", *BACKENDS]


def _with_database(url: str, database: str, search_path: str | None = None) -> str:
    parts = urlsplit(url)
    query = f"search_path={search_path}" if search_path else parts.query
    return urlunsplit((parts.scheme, parts.netloc, f"/{database}", query, ""))


def _admin(url: str, *statements: str) -> Any:
    """Run statements on a connection of a private event loop (usable from sync fixtures)."""

    async def run() -> Any:
        conn = await asyncpg.connect(url, timeout=3)
        try:
            result = None
            for sql in statements:
                result = await conn.fetchval(sql)
            return result
        finally:
            await conn.close()

    return _in_private_loop(run())


@pytest.fixture(scope="session")
def pg_server() -> str:
    return reachable_pg_server()


def reachable_pg_server() -> str:
    """The URL of a reachable PostgreSQL >= 15 (skip, or fail under CI, without one)."""
    url = os.environ.get("RUNFUEL_TEST_DATABASE_URL", DEFAULT_PG)
    try:
        version = int(_admin(url, "SHOW server_version_num"))
    except (OSError, asyncpg.PostgresError, TimeoutError) as e:
        message = f"no PostgreSQL at {urlsplit(url).hostname}: {type(e).__name__}: {e}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    assert version >= 150000, f"PostgreSQL {version} is older than 15"
    return url


@pytest.fixture(scope="module")
def pg_module_database(pg_server: str) -> Iterator[str]:
    """A database of this test module's own, dropped after it."""
    name = f"runfuel_test_{uuid.uuid4().hex[:12]}"
    _admin(pg_server, f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(pg_server, name)
    finally:
        _admin(pg_server, f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_module_database: str) -> Iterator[str]:
    """An empty schema of this test's own: the URL's search_path points at it."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    _admin(pg_module_database, f"CREATE SCHEMA {schema}")
    try:
        yield _with_database(pg_module_database, urlsplit(pg_module_database).path[1:], schema)
    finally:
        _admin(pg_module_database, f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="module")
def pg_migrated_url(pg_module_database: str) -> str:
    """A schema migrated once per module; `backend` empties it before each test."""
    schema = f"m_{uuid.uuid4().hex[:12]}"
    _admin(pg_module_database, f"CREATE SCHEMA {schema}")
    url = _with_database(pg_module_database, urlsplit(pg_module_database).path[1:], schema)
    _in_private_loop(_open_and_close(PgDatabase(url)))
    return url


async def _open_and_close(db: PgDatabase) -> None:
    await db.open()
    await db.close()


def _in_private_loop(coroutine: Any) -> Any:
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


EMPTY_TABLES = """
DO $$ BEGIN EXECUTE (SELECT 'TRUNCATE ' || string_agg(quote_ident(tablename), ', ')
    || ' RESTART IDENTITY CASCADE' FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> 'schema_version'); END $$
"""


@dataclass
class Backend:
    """One open database of either kind (or the fakes), with the coach's stores and the inbox."""

    name: str
    db: Database | PgDatabase | None
    stores: Stores
    inbox: SqliteInbox | PgInbox | FakeInbox


@asynccontextmanager
async def open_backend(name: str, request: pytest.FixtureRequest,
                       tmp_path: Path) -> AsyncIterator[Backend]:
    """A migrated, empty database of this backend (PostgreSQL: emptied, not rebuilt)."""
    if name == "fake":
        memory = Memory()
        yield Backend("fake", None, fake_stores(memory), FakeInbox(memory))
        return
    if name == "sqlite":
        sqlite = Database(tmp_path / "runfuel.db")
        await sqlite.open()
        yield Backend("sqlite", sqlite, build_stores(sqlite), SqliteInbox(sqlite))
        await sqlite.close()
        return
    url = request.getfixturevalue("pg_migrated_url")
    _admin(url, EMPTY_TABLES)
    pg = PgDatabase(url)
    await pg.open()
    yield Backend("postgresql", pg, build_stores(pg), PgInbox(pg))
    await pg.close()


@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    """Each database in turn."""
    async with open_backend(request.param, request, tmp_path) as opened:
        yield opened
