"""Foods a runner taught the coach ("/food granola 450 kcal ..."), theirs alone (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import asyncpg

from engine.food import Food
from storage.codec import food_from_json, food_json
from storage.postgres.db import PgDatabase, aware
from storage.postgres.users import ensure_user


class PgFoodStore:
    """Taught foods, kept like the runner's record (`PgUserStore`)."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db
        self._kept: dict[int, dict[str, Food]] = {}
        db.on_stale(self._forget)

    def _forget(self, user_id: int) -> None:
        self._kept.pop(user_id, None)

    async def save(self, user_id: int, food: Food, *, now: datetime) -> None:
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            await conn.execute(
                "INSERT INTO user_foods (user_id, name, food, created_at)"
                " VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_id, name) DO UPDATE SET food = excluded.food",
                user_id, food.key, food_json(food), aware(now))
            await self._db.bump(conn, user_id)

    def prime(self, user_id: int, row: asyncpg.Record | Mapping[str, Any]) -> None:
        """Keep the foods the runner's read brought along (`PgUserStore.get`)."""
        self._kept[user_id] = {f.key: f for f in map(food_from_json, row["foods"])}

    def holds(self, user_id: int) -> bool:
        return user_id in self._kept

    def nudged(self, user_id: int, dedupe_key: str | None) -> None:
        """Nothing kept here changes with a nudge."""

    async def for_user(self, user_id: int) -> dict[str, Food]:
        if self._db.keeps(user_id) and (kept := self._kept.get(user_id)) is not None:
            return dict(kept)
        rows = await self._db.read("SELECT food FROM user_foods WHERE user_id = $1", user_id)
        foods = {f.key: f for f in (food_from_json(r["food"]) for r in rows)}
        if self._db.keeps(user_id):
            self._kept[user_id] = dict(foods)
        return foods
