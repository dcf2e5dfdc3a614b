"""Foods a runner taught the coach ("/food granola 450 kcal ..."), theirs alone (SQLite)."""

from __future__ import annotations

from datetime import datetime

from engine.food import Food
from storage.codec import food_from_json, food_json
from storage.db import Database, to_db_time
from storage.sqlite.users import ensure_user


class SqliteFoodStore:
    """Every call reads the database; `storage.sqlite.cache.CachedFoodStore` adds the cache."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def save(self, user_id: int, food: Food, *, now: datetime) -> None:
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            await conn.execute(
                "INSERT INTO user_foods (user_id, name, food, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id, name) DO UPDATE SET food = excluded.food",
                (user_id, food.key, food_json(food), to_db_time(now)),
            )

    async def for_user(self, user_id: int) -> dict[str, Food]:
        rows = await self._db.read("SELECT food FROM user_foods WHERE user_id = ?", (user_id,))
        return {f.key: f for f in (food_from_json(r["food"]) for r in rows)}

    async def teachers(self) -> set[int]:
        """The runners who taught at least one food."""
        rows = await self._db.read("SELECT DISTINCT user_id FROM user_foods")
        return {r[0] for r in rows}
