"""Read-through caches the composition root puts in front of the SQLite stores.

Users, their setup and their taught foods are read on every message but change rarely. A
cache is sound only while one process owns the database and every write goes through the
wrapped store, which updates or drops the cached value in the same call: true of the SQLite
file, not of a PostgreSQL shared by several workers (`bot/main.py` `build_stores` wraps the
SQLite stores only). The ports the coach sees are unchanged: a cache is invisible to it.

Deleting a runner (`CachedUserStore.delete`) drops them from the other caches too: their rows
went with the cascade, so nothing cached of them may answer again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Generic, TypeVar

from engine.food import Food
from engine.profile import Profile
from engine.records import UserRecord
from engine.setup import SetupState
from storage.sqlite.foods import SqliteFoodStore
from storage.sqlite.setups import SqliteSetupStore
from storage.sqlite.users import SqliteUserStore

#: Runners cached per store: bounded memory with 100,000 users.
CACHED_USERS = 10_000

K = TypeVar("K")
V = TypeVar("V")


class Lru(Generic[K, V]):
    """A small least-recently-used map."""

    def __init__(self, size: int = CACHED_USERS) -> None:
        self._size = size
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self._size:
            self._data.popitem(last=False)

    def drop(self, key: K) -> None:
        self._data.pop(key, None)


class CachedUserStore:
    """Users by id; `forgets` are told of a deleted runner (the other caches' `forget`)."""

    def __init__(self, inner: SqliteUserStore, *,
                 forgets: Iterable[Callable[[int], None]] = ()) -> None:
        self._inner = inner
        self._cache: Lru[int, UserRecord] = Lru()
        self._forgets = tuple(forgets)

    async def get(self, user_id: int) -> UserRecord | None:
        if (cached := self._cache.get(user_id)) is not None:
            return cached
        record = await self._inner.get(user_id)
        if record is not None:
            self._cache.put(user_id, record)
        return record

    async def touch(self, user_id: int, *, chat_id: int | None, now: datetime) -> UserRecord:
        known = self._cache.get(user_id)
        if known is not None and known.active and chat_id in {None, known.chat_id}:
            return known
        record = await self._inner.touch(user_id, chat_id=chat_id, now=now)
        self._cache.put(user_id, record)
        return record

    async def save(self, user_id: int, profile: Profile, *, now: datetime,
                   chat_id: int | None = None, update_id: int | None = None) -> None:
        self._cache.drop(user_id)
        await self._inner.save(user_id, profile, now=now, chat_id=chat_id,
                                      update_id=update_id)

    async def set_active(self, user_id: int, active: bool) -> None:
        self._cache.drop(user_id)
        await self._inner.set_active(user_id, active)

    async def active_users(self, *, after_id: int = 0, limit: int = 5_000) -> list[UserRecord]:
        return await self._inner.active_users(after_id=after_id, limit=limit)

    async def delete(self, user_id: int) -> None:
        self._cache.drop(user_id)
        await self._inner.delete(user_id)
        for forget in self._forgets:
            forget(user_id)


class CachedFoodStore:
    """Taught foods per runner; few runners teach any, and knowing who did spares the rest
    a query."""

    def __init__(self, inner: SqliteFoodStore) -> None:
        self._inner = inner
        self._cache: Lru[int, dict[str, Food]] = Lru()
        self._teachers: set[int] | None = None

    async def save(self, user_id: int, food: Food, *, now: datetime) -> None:
        self._cache.drop(user_id)
        if self._teachers is not None:
            self._teachers.add(user_id)
        await self._inner.save(user_id, food, now=now)

    async def for_user(self, user_id: int) -> dict[str, Food]:
        if self._teachers is None:
            self._teachers = await self._inner.teachers()
        if user_id not in self._teachers:
            return {}
        if (cached := self._cache.get(user_id)) is not None:
            return cached
        foods = await self._inner.for_user(user_id)
        self._cache.put(user_id, foods)
        return foods

    def forget(self, user_id: int) -> None:
        """The user was deleted: their foods are gone too."""
        self._cache.drop(user_id)
        if self._teachers is not None:
            self._teachers.discard(user_id)


class CachedSetupStore:
    """The open setup per runner: almost always none, which the cache answers without a query."""

    def __init__(self, inner: SqliteSetupStore) -> None:
        self._inner = inner
        self._cache: Lru[int, tuple[SetupState | None]] = Lru()

    async def get(self, user_id: int) -> SetupState | None:
        if (cached := self._cache.get(user_id)) is not None:
            return cached[0]
        state = await self._inner.get(user_id)
        self._cache.put(user_id, (state,))
        return state

    async def put(self, user_id: int, state: SetupState) -> None:
        self._cache.drop(user_id)
        await self._inner.put(user_id, state)
        self._cache.put(user_id, (state,))

    async def end(self, user_id: int) -> None:
        self._cache.drop(user_id)
        await self._inner.end(user_id)
        self._cache.put(user_id, (None,))

    def forget(self, user_id: int) -> None:
        """Drop the cached state (the user was deleted: the cascade removed the row)."""
        self._cache.drop(user_id)
