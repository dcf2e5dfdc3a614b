"""The open /start setup of each runner (`engine.setup`) (SQLite)."""

from __future__ import annotations

from engine.setup import SetupState, is_step
from storage.db import Database, from_db_time, to_db_time
from storage.sqlite.users import ensure_user


class SqliteSetupStore:
    """Every call reads the database; `storage.sqlite.cache.CachedSetupStore` adds the cache."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, user_id: int) -> SetupState | None:
        rows = await self._db.read("SELECT step, at, reasked FROM setups WHERE user_id = ?",
                                   (user_id,))
        if rows and is_step(rows[0]["step"]):
            return SetupState(rows[0]["step"], from_db_time(rows[0]["at"]),
                              bool(rows[0]["reasked"]))
        return None

    async def put(self, user_id: int, state: SetupState) -> None:
        """Open or move the user's setup (the user row is created if needed)."""
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, state.at)
            await conn.execute(
                "INSERT INTO setups (user_id, step, at, reasked) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET step = excluded.step, at = excluded.at,"
                " reasked = excluded.reasked",
                (user_id, state.step, to_db_time(state.at), int(state.reasked)))

    async def end(self, user_id: int) -> None:
        await self._db.write("DELETE FROM setups WHERE user_id = ?", (user_id,))
