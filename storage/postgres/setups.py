"""The open /start setup of each runner (`engine.setup`) (PostgreSQL)."""

from __future__ import annotations

from engine.setup import SetupState, is_step
from storage.postgres.db import PgDatabase, aware
from storage.postgres.users import ensure_user


class PgSetupStore:
    """The open /start setup of each runner (`engine.setup`), read from the database each time."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    async def get(self, user_id: int) -> SetupState | None:
        rows = await self._db.read(
            "SELECT step, at, reasked FROM setups WHERE user_id = $1", user_id)
        if rows and is_step(rows[0]["step"]):
            return SetupState(rows[0]["step"], rows[0]["at"], bool(rows[0]["reasked"]))
        return None

    async def put(self, user_id: int, state: SetupState) -> None:
        """Open or move the user's setup (the user row is created if needed)."""
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, state.at)
            await conn.execute(
                "INSERT INTO setups (user_id, step, at, reasked) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_id) DO UPDATE SET step = excluded.step, at = excluded.at,"
                " reasked = excluded.reasked",
                user_id, state.step, aware(state.at), int(state.reasked))

    async def end(self, user_id: int) -> None:
        await self._db.write("DELETE FROM setups WHERE user_id = $1", user_id)
