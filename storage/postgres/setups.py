"""The open /start setup of each runner (`engine.setup`) (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import asyncpg

from engine.setup import SetupState, is_step
from storage.postgres.db import PgDatabase, aware
from storage.postgres.users import ensure_user


class PgSetupStore:
    """The open /start setup of each runner (`engine.setup`), kept like the runner's record
    (`PgUserStore`): every text asks for it, and most runners have none."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db
        self._kept: dict[int, SetupState | None] = {}
        db.on_stale(self._forget)

    def _forget(self, user_id: int) -> None:
        self._kept.pop(user_id, None)

    def prime(self, user_id: int, row: asyncpg.Record | Mapping[str, Any]) -> None:
        """Keep the setup the runner's read brought along (`PgUserStore.get`)."""
        step = row["setup_step"]
        self._kept[user_id] = (SetupState(step, row["setup_at"], bool(row["setup_reasked"]))
                               if step is not None and is_step(step) else None)

    def holds(self, user_id: int) -> bool:
        return user_id in self._kept

    def nudged(self, user_id: int, dedupe_key: str | None) -> None:
        """Nothing kept here changes with a nudge."""

    async def get(self, user_id: int) -> SetupState | None:
        if self._db.keeps(user_id) and user_id in self._kept:
            return self._kept[user_id]
        rows = await self._db.read(
            "SELECT step, at, reasked FROM setups WHERE user_id = $1", user_id)
        state = None
        if rows and is_step(rows[0]["step"]):
            state = SetupState(rows[0]["step"], rows[0]["at"], bool(rows[0]["reasked"]))
        if self._db.keeps(user_id):
            self._kept[user_id] = state
        return state

    async def put(self, user_id: int, state: SetupState) -> None:
        """Open or move the user's setup (the user row is created if needed)."""
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, state.at)
            await conn.execute(
                "INSERT INTO setups (user_id, step, at, reasked) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_id) DO UPDATE SET step = excluded.step, at = excluded.at,"
                " reasked = excluded.reasked",
                user_id, state.step, aware(state.at), int(state.reasked))
            await self._db.bump(conn, user_id)

    async def end(self, user_id: int) -> None:
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM setups WHERE user_id = $1", user_id)
            await self._db.bump(conn, user_id)
