"""Runners: their profile, chat and whether they still want messages (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

import asyncpg

from engine.profile import Profile
from engine.records import DuplicateUpdate, UserRecord
from storage.db import StorageError
from storage.postgres.db import Conn, PgDatabase, aware


def user_row(row: asyncpg.Record | Mapping[str, Any]) -> UserRecord:
    return UserRecord(
        id=row["id"],
        chat_id=row["chat_id"],
        profile=Profile.model_validate_json(row["profile"]),
        active=bool(row["active"]),
        created_at=row["created_at"],
    )


#: A new row's revisions: above any a deleted row of the same runner reached (one a unit).
_FIRST_REV = "(extract(epoch FROM clock_timestamp()) * 1000000)::bigint"


async def ensure_user(conn: Conn, user_id: int, now: datetime) -> None:
    """Create the user's row if it is missing (the other tables reference it); its revisions
    start at the microseconds since the epoch (migration 0019)."""
    await conn.execute(
        "INSERT INTO users (id, profile, created_at, updated_at, rev, kept_rev)"
        f" VALUES ($1, '{{}}', $2, $2, {_FIRST_REV}, {_FIRST_REV})"
        " ON CONFLICT (id) DO NOTHING", user_id, aware(now))


async def claim_update(conn: Conn, update_id: int | None, user_id: int,
                       now: datetime) -> bool:
    """Record the update id; False when it was already applied: claimed before (the ON
    CONFLICT says so), or its first delivery stored events (`events_by_update`)."""
    if update_id is None:
        return True
    status = await conn.execute(
        "INSERT INTO processed_updates (update_id, user_id, processed_at)"
        " SELECT $1::bigint, $2::bigint, $3::timestamptz WHERE NOT EXISTS"
        " (SELECT 1 FROM events WHERE user_id = $2 AND update_id = $1)"
        " ON CONFLICT DO NOTHING", update_id, user_id, aware(now))
    return bool(status.endswith(" 1"))


class Primed(Protocol):
    """A store that keeps what the runner's read (`PgUserStore.get`) brought along."""

    def prime(self, user_id: int, row: asyncpg.Record | Mapping[str, Any]) -> None: ...
    def holds(self, user_id: int) -> bool: ...
    def nudged(self, user_id: int, dedupe_key: str | None) -> None: ...


#: A runner's row, taught foods, open setup and latest nudge's key in one round trip (the
#: same as `runfuel_unit_start` brings, migrations 0016-0017).
_RUNNER = (
    "SELECT u.*, ARRAY(SELECT food FROM user_foods WHERE user_id = u.id) AS foods,"
    " s.step AS setup_step, s.at AS setup_at, s.reasked AS setup_reasked,"
    " (SELECT max(dedupe_key) FROM scheduled_messages WHERE user_id = u.id"
    " AND kind = 'nudge') AS nudged"
    " FROM users u LEFT JOIN setups s ON s.user_id = u.id WHERE u.id = $1")


class PgUserStore:
    """Runners' rows. Inside a unit of work a runner's record is kept, and answered again
    while the units stay trusted (`PgDatabase.unit`): no other worker's write can make it
    stale, and every write here drops it. Read in a unit, it brings the runner's foods and
    setup along for the stores in `primed`, which keep them the same way."""

    def __init__(self, db: PgDatabase, primed: Sequence[Primed] = ()) -> None:
        self._db = db
        self._primed = tuple(primed)
        self._kept: dict[int, UserRecord] = {}
        db.on_stale(self._forget)
        db.on_runner(self._keep)
        db.on_nudged(self._nudged, self._holds)

    def _holds(self, user_id: int) -> bool:
        """Whether the runner's row, foods and setup are kept (`_keep` primes them all)."""
        return user_id in self._kept and all(store.holds(user_id) for store in self._primed)

    def _nudged(self, user_id: int, dedupe_key: str | None) -> None:
        for store in self._primed:
            store.nudged(user_id, dedupe_key)

    def _forget(self, user_id: int) -> None:
        self._kept.pop(user_id, None)

    def _keep(self, user_id: int, row: asyncpg.Record | Mapping[str, Any]) -> None:
        """Keep the runner's row (with foods and setup) read as their unit started, or here."""
        self._kept[user_id] = user_row(row)
        for store in self._primed:
            store.prime(user_id, row)

    async def get(self, user_id: int) -> UserRecord | None:
        if not self._db.keeps(user_id):
            rows = await self._db.read("SELECT * FROM users WHERE id = $1", user_id)
            return user_row(rows[0]) if rows else None
        if (kept := self._kept.get(user_id)) is not None:
            return kept
        rows = await self._db.read(_RUNNER if self._primed else
                                   "SELECT * FROM users WHERE id = $1", user_id)
        if not rows:
            return None
        self._keep(user_id, rows[0])
        return self._kept[user_id]

    async def save(self, user_id: int, profile: Profile, *, now: datetime,
                   chat_id: int | None = None, update_id: int | None = None) -> None:
        """Create or update the user's profile; `DuplicateUpdate` when it was applied before."""
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            if not await claim_update(conn, update_id, user_id, now):
                raise DuplicateUpdate(update_id)
            await conn.execute(
                "UPDATE users SET profile = $1, chat_id = coalesce($2, chat_id), active = 1,"
                " updated_at = $3 WHERE id = $4",
                profile.model_dump_json(exclude_defaults=True), chat_id, aware(now), user_id)
            await self._db.bump(conn, user_id)

    async def touch(self, user_id: int, *, chat_id: int | None, now: datetime) -> UserRecord:
        """Make sure the user exists (active, with this chat) and return it."""
        known = await self.get(user_id)
        if known is not None and known.active and chat_id in {None, known.chat_id}:
            return known
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            row = await conn.fetchrow(
                "UPDATE users SET chat_id = coalesce($1, chat_id), active = 1 WHERE id = $2"
                " RETURNING *", chat_id, user_id)
            await self._db.bump(conn, user_id)
        if row is None:  # the row was inserted above, in this very transaction
            raise StorageError(f"user {user_id} vanished while being touched")
        return user_row(row)

    async def set_active(self, user_id: int, active: bool) -> None:
        async with self._db.transaction() as conn:
            await conn.execute("UPDATE users SET active = $1 WHERE id = $2", int(active), user_id)
            await self._db.bump(conn, user_id)

    async def active_users(self, *, after_id: int = 0, limit: int = 5_000) -> list[UserRecord]:
        """One page of active users in id order."""
        rows = await self._db.read(
            "SELECT * FROM users WHERE active = 1 AND id > $1 ORDER BY id LIMIT $2",
            after_id, limit)
        return [user_row(r) for r in rows]

    async def delete(self, user_id: int) -> None:
        """Remove every row of this user, in every table (cascades do the rest)."""
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM pressed_buttons WHERE user_id = $1", user_id)
            await conn.execute("DELETE FROM users WHERE id = $1", user_id)
            await self._db.bump(conn, user_id)  # what every store kept of them goes
