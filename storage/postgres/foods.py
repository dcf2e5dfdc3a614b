"""Foods a runner taught the coach ("/food granola 450 kcal ..."), theirs alone (PostgreSQL)."""

from __future__ import annotations

from datetime import datetime

from engine.food import Food
from storage.codec import food_from_json, food_json
from storage.postgres.db import PgDatabase, aware
from storage.postgres.users import ensure_user


class PgFoodStore:
    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    async def save(self, user_id: int, food: Food, *, now: datetime) -> None:
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            await conn.execute(
                "INSERT INTO user_foods (user_id, name, food, created_at)"
                " VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_id, name) DO UPDATE SET food = excluded.food",
                user_id, food.key, food_json(food), aware(now))

    async def for_user(self, user_id: int) -> dict[str, Food]:
        rows = await self._db.read("SELECT food FROM user_foods WHERE user_id = $1", user_id)
        return {f.key: f for f in (food_from_json(r["food"]) for r in rows)}
