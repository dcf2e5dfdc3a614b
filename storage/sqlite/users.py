"""Runners: their profile, chat and whether they still want messages (SQLite)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import aiosqlite

from engine.profile import Profile
from engine.records import DuplicateUpdate, UserRecord
from storage.db import Database, from_db_time, to_db_time


def user_row(row: sqlite3.Row) -> UserRecord:
    return UserRecord(
        id=row["id"],
        chat_id=row["chat_id"],
        profile=Profile.model_validate_json(row["profile"]),
        active=bool(row["active"]),
        created_at=from_db_time(row["created_at"]),
    )


async def ensure_user(conn: aiosqlite.Connection, user_id: int, now: datetime) -> None:
    """Create the user's row if it is missing (the other tables reference it)."""
    stamp = to_db_time(now)
    await conn.execute(
        "INSERT INTO users (id, profile, created_at, updated_at) VALUES (?, '{}', ?, ?)"
        " ON CONFLICT (id) DO NOTHING",
        (user_id, stamp, stamp),
    )


async def claim_update(conn: aiosqlite.Connection, update_id: int | None, user_id: int,
                       now: datetime) -> bool:
    """Record the update id; False when it was already applied: claimed before (the ON
    CONFLICT says so), or its first delivery stored events (`events_by_update`)."""
    if update_id is None:
        return True
    cursor = await conn.execute(
        "INSERT INTO processed_updates (update_id, user_id, processed_at) SELECT ?, ?, ?"
        " WHERE NOT EXISTS (SELECT 1 FROM events WHERE update_id = ?)"
        " ON CONFLICT (update_id) DO NOTHING",
        (update_id, user_id, to_db_time(now), update_id),
    )
    return cursor.rowcount == 1


class SqliteUserStore:
    """Every call reads the database; `storage.sqlite.cache.CachedUserStore` adds the cache."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, user_id: int) -> UserRecord | None:
        rows = await self._db.read("SELECT * FROM users WHERE id = ?", (user_id,))
        return user_row(rows[0]) if rows else None

    async def save(self, user_id: int, profile: Profile, *, now: datetime,
                   chat_id: int | None = None, update_id: int | None = None) -> None:
        """Create or update the user's profile; `DuplicateUpdate` when it was applied before."""
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            if not await claim_update(conn, update_id, user_id, now):
                raise DuplicateUpdate(update_id)
            await conn.execute(
                "UPDATE users SET profile = ?, chat_id = coalesce(?, chat_id), active = 1,"
                " updated_at = ? WHERE id = ?",
                (profile.model_dump_json(exclude_defaults=True), chat_id, to_db_time(now),
                 user_id),
            )

    async def touch(self, user_id: int, *, chat_id: int | None, now: datetime) -> UserRecord:
        """Make sure the user exists (active, with this chat) and return it."""
        known = await self.get(user_id)
        if known is not None and known.active and chat_id in {None, known.chat_id}:
            return known
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            await conn.execute(
                "UPDATE users SET chat_id = coalesce(?, chat_id), active = 1 WHERE id = ?",
                (chat_id, user_id),
            )
            rows = await conn.execute_fetchall("SELECT * FROM users WHERE id = ?", (user_id,))
        return user_row(next(iter(rows)))

    async def set_active(self, user_id: int, active: bool) -> None:
        await self._db.write("UPDATE users SET active = ? WHERE id = ?", (int(active), user_id))

    async def active_users(self, *, after_id: int = 0, limit: int = 5_000) -> list[UserRecord]:
        """One page of active users in id order (100,000 at once would be 400 MB)."""
        rows = await self._db.read(
            "SELECT * FROM users WHERE active = 1 AND id > ? ORDER BY id LIMIT ?",
            (after_id, limit))
        return [user_row(r) for r in rows]

    async def delete(self, user_id: int) -> None:
        """Remove every row of this user, in every table (cascades do the rest)."""
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM processed_updates WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM pressed_buttons WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM users WHERE id = ?", (user_id,))
