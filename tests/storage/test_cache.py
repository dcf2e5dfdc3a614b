"""The caches the composition root puts in front of SQLite answer as a fresh read would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.main import build_stores
from engine.food import user_food
from engine.profile import Profile
from engine.setup import SetupState
from storage.db import Database
from storage.sqlite import SqliteFoodStore, SqliteSetupStore, SqliteUserStore

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
GRANOLA = user_food("granola", kcal=450, protein_g=10, carbs_g=60, fat_g=18, per_grams=100)


async def test_cached_reads_match_the_file_after_every_write(tmp_path: Path) -> None:
    """Each write through a cached store is seen by the next cached read, as by a fresh one."""
    db = Database(tmp_path / "runfuel.db")
    await db.open()
    try:
        s = build_stores(db)
        users, foods, setups = SqliteUserStore(db), SqliteFoodStore(db), SqliteSetupStore(db)
        assert await s.foods.for_user(1) == {}  # the list of runners who taught foods is read
        await s.users.touch(1, chat_id=10, now=NOW)
        await s.users.touch(1, chat_id=11, now=NOW)
        await s.users.save(1, Profile(weight_kg=61), now=NOW)
        await s.users.set_active(1, False)
        assert await s.users.get(1) == await users.get(1)
        await s.foods.save(1, GRANOLA, now=NOW)
        assert await s.foods.for_user(1) == await foods.for_user(1) == {GRANOLA.key: GRANOLA}
        await s.setups.put(1, SetupState("age", NOW))
        assert await s.setups.get(1) == await setups.get(1)
        await s.setups.put(1, SetupState("units", NOW + timedelta(minutes=1)))
        await s.setups.end(1)
        assert await s.setups.get(1) is None
    finally:
        await db.close()


async def test_a_deleted_runner_is_gone_from_every_cache(tmp_path: Path) -> None:
    """After /deleteme nothing cached answers for the runner: not their profile, foods or setup."""
    db = Database(tmp_path / "runfuel.db")
    await db.open()
    try:
        s = build_stores(db)
        await s.users.touch(1, chat_id=1, now=NOW)
        await s.foods.save(1, GRANOLA, now=NOW)
        await s.setups.put(1, SetupState("age", NOW))
        assert await s.foods.for_user(1) and await s.setups.get(1) and await s.users.get(1)
        await s.users.delete(1)
        assert await s.users.get(1) is None
        assert await s.foods.for_user(1) == {}
        assert await s.setups.get(1) is None
    finally:
        await db.close()
