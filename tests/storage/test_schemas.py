"""The two backends hold one schema: same steps, tables, columns and keys.

A migration added to one backend only fails here. PostgreSQL's keys lead with `user_id`
(ready for sharding by runner), so a SQLite key `(id)` is `(user_id, id)` there; `users` is
keyed by the user id itself and `inbox` (raw updates, before anyone reads the sender) has no
runner.
"""

from __future__ import annotations

from pathlib import Path

from storage.db import Database
from storage.db import bundled_migrations as sqlite_migrations
from storage.postgres import PgDatabase
from storage.postgres import bundled_migrations as pg_migrations

Schema = dict[str, tuple[set[str], set[tuple[str, ...]]]]
RUNNER_KEY = {"users": "id"}
WITHOUT_RUNNER = {"inbox"}

PG_KEYS = """
SELECT t.relname, array(
    SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(num, pos)
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num ORDER BY k.pos)
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND i.indisunique
"""


async def sqlite_schema(db: Database) -> Schema:
    schema: Schema = {}
    rows = await db.read("SELECT name FROM sqlite_master WHERE type = 'table'"
                         " AND name NOT LIKE 'sqlite_%'")
    for (table,) in rows:
        info = await db.read(f"PRAGMA table_xinfo({table})")
        keys = set()
        primary = tuple(r["name"] for r in sorted(info, key=lambda r: r["pk"]) if r["pk"])
        if primary:
            keys.add(primary)
        for index in await db.read(f"PRAGMA index_list({table})"):
            if index["unique"] and index["origin"] != "pk":
                cols = await db.read(f"PRAGMA index_info({index['name']})")
                keys.add(tuple(c["name"] for c in sorted(cols, key=lambda c: c["seqno"])))
        schema[table] = ({r["name"] for r in info}, keys)
    return schema


async def pg_schema(db: PgDatabase) -> Schema:
    schema: Schema = {}
    for row in await db.read("SELECT table_name, column_name FROM information_schema.columns"
                             " WHERE table_schema = current_schema()"
                             " AND table_name <> 'schema_version'"):
        schema.setdefault(row[0], (set(), set()))[0].add(row[1])
    for table, columns in await db.read(PG_KEYS):
        if table in schema:
            schema[table][1].add(tuple(columns))
    return schema


def with_runner_first(table: str, key: tuple[str, ...]) -> tuple[str, ...]:
    """A SQLite key as PostgreSQL keys it."""
    if table in WITHOUT_RUNNER or key[0] == RUNNER_KEY.get(table, "user_id"):
        return key
    return ("user_id", *(c for c in key if c != "user_id"))


class TestSchemas:
    def test_both_backends_have_the_same_numbered_steps(self) -> None:
        """Step N has one name on both backends: a step added to one only is caught here."""
        assert [m.name for m in pg_migrations()] == [m.name for m in sqlite_migrations()]

    async def test_tables_columns_and_keys_match(self, tmp_path: Path, pg_url: str) -> None:
        """Fully migrated, both hold the same tables and columns, and the same keys."""
        sqlite, pg = Database(tmp_path / "runfuel.db"), PgDatabase(pg_url)
        await sqlite.open()
        await pg.open()
        try:
            lite, post = await sqlite_schema(sqlite), await pg_schema(pg)
        finally:
            await sqlite.close()
            await pg.close()
        assert set(post) == set(lite)
        for table, (columns, keys) in lite.items():
            assert post[table][0] == columns, table
            assert post[table][1] == {with_runner_first(table, k) for k in keys}, table

    async def test_every_postgresql_key_leads_with_the_runner(self, pg_url: str) -> None:
        """user_id first in every primary and unique key (users: its id; inbox: no runner)."""
        pg = PgDatabase(pg_url)
        await pg.open()
        try:
            schema = await pg_schema(pg)
        finally:
            await pg.close()
        for table, (_, keys) in schema.items():
            if table not in WITHOUT_RUNNER:
                assert keys, table
                assert {k[0] for k in keys} == {RUNNER_KEY.get(table, "user_id")}, table
