"""Rows <-> engine values. Each public method is one transaction (STYLE.md 3.6).

The stores satisfy the Protocols declared in `bot/service.py` structurally; nothing here
imports `bot` or `telegram`.

Users and their taught foods are read on every message but change rarely, so their stores keep
a bounded read-through cache. That is sound because one process owns the database file and
every write goes through these stores, which update the cache in the same call.
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

import aiosqlite
from pydantic import TypeAdapter

from engine.events import Event, EventFate, StoredEvent, WeightLogged
from engine.food import Food, user_food
from engine.profile import Profile
from engine.records import ScheduledMessage, UserRecord
from engine.setup import SetupState, is_step
from storage.db import Database, from_db_time, to_db_time
from storage.leases import CLAIM_LEASE, SEND_LEASE, worker_name

_EVENT = TypeAdapter(Event)
_LIVE = "undone_at IS NULL AND replaced_by IS NULL"
CACHED_USERS = 10_000


K = TypeVar("K")
V = TypeVar("V")


class _Lru(Generic[K, V]):
    """A small least-recently-used map: bounded memory with 100,000 users."""

    def __init__(self, size: int) -> None:
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


def _insert_events(count: int) -> str:
    """A multi-row INSERT returning the new ids (assigned in row order)."""
    values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * count)
    return ("INSERT INTO events (user_id, kind, at, payload, chat_id, message_id, created_at,"
            f" update_id, seq) VALUES {values} RETURNING id")


def event_json(event: Event) -> str:
    """Compact JSON: defaults left out (29 % smaller), `kind` kept for reading it back.

    pydantic's own serializer (3x faster than model_dump + json.dumps) leaves `kind` out with
    the other defaults, so it is put back in front.
    """
    body = event.model_dump_json(exclude_defaults=True)
    return f'{{"kind":"{event.kind}"' + ("}" if body == "{}" else "," + body[1:])


def _stored(row: sqlite3.Row) -> StoredEvent:
    return StoredEvent(
        id=row["id"], user_id=row["user_id"], event=_EVENT.validate_json(row["payload"])
    )


def _user(row: sqlite3.Row) -> UserRecord:
    return UserRecord(
        id=row["id"],
        chat_id=row["chat_id"],
        profile=Profile.model_validate_json(row["profile"]),
        active=bool(row["active"]),
        created_at=from_db_time(row["created_at"]),
    )


def _scheduled(row: sqlite3.Row) -> ScheduledMessage:
    return ScheduledMessage(
        id=row["id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=from_db_time(row["due_at"]),
        expires_at=from_db_time(row["expires_at"]) if row["expires_at"] else None,
        payload=json.loads(row["payload"]),
        state=row["state"],
        dedupe_key=row["dedupe_key"],
    )


async def _ensure_user(conn: aiosqlite.Connection, user_id: int, now: datetime) -> None:
    stamp = to_db_time(now)
    await conn.execute(
        "INSERT INTO users (id, profile, created_at, updated_at) VALUES (?, '{}', ?, ?)"
        " ON CONFLICT (id) DO NOTHING",
        (user_id, stamp, stamp),
    )


async def _claim_update(conn: aiosqlite.Connection, update_id: int | None, user_id: int,
                        now: datetime) -> bool:
    """Record the update id; False when it was already applied."""
    if update_id is None:
        return True
    cursor = await conn.execute(
        "INSERT INTO processed_updates (update_id, user_id, processed_at) VALUES (?, ?, ?)"
        " ON CONFLICT (update_id) DO NOTHING",
        (update_id, user_id, to_db_time(now)),
    )
    return cursor.rowcount == 1


class SqliteUserStore:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: _Lru[int, UserRecord] = _Lru(CACHED_USERS)

    async def get(self, user_id: int) -> UserRecord | None:
        if (cached := self._cache.get(user_id)) is not None:
            return cached
        rows = await self._db.read("SELECT * FROM users WHERE id = ?", (user_id,))
        if not rows:
            return None
        record = _user(rows[0])
        self._cache.put(user_id, record)
        return record

    async def save(self, user_id: int, profile: Profile, *, now: datetime,
                   chat_id: int | None = None, update_id: int | None = None) -> bool:
        """Create or update the user's profile; False when the update was already applied."""
        self._cache.drop(user_id)
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, now)
            if not await _claim_update(conn, update_id, user_id, now):
                return False
            await conn.execute(
                "UPDATE users SET profile = ?, chat_id = coalesce(?, chat_id), active = 1,"
                " updated_at = ? WHERE id = ?",
                (profile.model_dump_json(exclude_defaults=True), chat_id, to_db_time(now),
                 user_id),
            )
        return True

    async def touch(self, user_id: int, *, chat_id: int | None, now: datetime) -> UserRecord:
        """Make sure the user exists (active, with this chat) and return it."""
        known = await self.get(user_id)
        if known is not None and known.active and chat_id in {None, known.chat_id}:
            return known
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, now)
            await conn.execute(
                "UPDATE users SET chat_id = coalesce(?, chat_id), active = 1 WHERE id = ?",
                (chat_id, user_id),
            )
            rows = await conn.execute_fetchall("SELECT * FROM users WHERE id = ?", (user_id,))
        record = _user(next(iter(rows)))
        self._cache.put(user_id, record)
        return record

    async def set_active(self, user_id: int, active: bool) -> None:
        self._cache.drop(user_id)
        await self._db.write("UPDATE users SET active = ? WHERE id = ?", (int(active), user_id))

    async def active_users(self, *, after_id: int = 0, limit: int = 5_000) -> list[UserRecord]:
        """One page of active users in id order (100,000 at once would be 400 MB)."""
        rows = await self._db.read(
            "SELECT * FROM users WHERE active = 1 AND id > ? ORDER BY id LIMIT ?",
            (after_id, limit))
        return [_user(r) for r in rows]

    async def delete(self, user_id: int) -> None:
        """Remove every row of this user, in every table (cascades do the rest)."""
        self._cache.drop(user_id)
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM processed_updates WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM pressed_buttons WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM users WHERE id = ?", (user_id,))


class SqliteEventStore:
    """Events, parsed afresh on each read.

    The coach keeps what it needs of a runner (bot/service.py `Runner`), so events are read
    back rarely; a cache of parsed events cost more than it saved, its thousands of pydantic
    objects lengthening every garbage collection.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        user_id: int,
        events: Sequence[Event],
        *,
        now: datetime,
        chat_id: int | None = None,
        message_id: int | None = None,
        update_id: int | None = None,
        replaces: Iterable[int] = (),
    ) -> list[StoredEvent] | None:
        """Append events (and mark the ones they replace) atomically.

        The user must exist (the coach touches them first). Returns None, storing nothing,
        when `update_id` was already applied.
        """
        replaced = list(replaces)
        stamp = to_db_time(now)
        rows = [(user_id, e.kind, to_db_time(e.at), event_json(e), chat_id, message_id, stamp,
                 update_id, seq) for seq, e in enumerate(events)]
        ids: list[int] | None
        try:
            if events and not replaced:  # the common case: one atomic statement
                ids = await self._db.write_returning(_insert_events(len(rows)),
                                                     tuple(v for row in rows for v in row))
            else:
                ids = await self._add_replacing(rows, replaced, user_id, update_id, now)
        except sqlite3.IntegrityError as e:
            if "update_id" not in str(e):
                raise
            return None
        if ids is None:
            return None
        return [StoredEvent(id=i, user_id=user_id, event=e)
                for i, e in zip(sorted(ids), events, strict=True)]

    async def _add_replacing(self, rows: Sequence[tuple[object, ...]], replaced: list[int],
                             user_id: int, update_id: int | None,
                             now: datetime) -> list[int] | None:
        """Insert and mark replaced events in one transaction (edits, merged watch files)."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            if not await _claim_update(conn, update_id, user_id, now):
                return None
            ids = []
            if rows:
                inserted = await conn.execute_fetchall(
                    _insert_events(len(rows)), tuple(v for row in rows for v in row))
                ids = sorted(r[0] for r in inserted)
            new_id = ids[0] if ids else None
            for old in replaced:
                await conn.execute(
                    f"UPDATE events SET replaced_by = ?, undone_at = CASE WHEN ? IS NULL"
                    f" THEN ? ELSE undone_at END WHERE id = ? AND user_id = ? AND {_LIVE}",
                    (new_id, new_id, stamp, old, user_id),
                )
        return ids

    async def mark_update(self, user_id: int, update_id: int, *, now: datetime) -> bool:
        """Record an update that stores no event; False when it was already applied."""
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, now)
            return await _claim_update(conn, update_id, user_id, now)

    async def undo(self, user_id: int, *, now: datetime,
                   event_id: int | None = None) -> list[StoredEvent]:
        """Mark the entry (every event of one message) as undone; newest entry by default."""
        async with self._db.transaction() as conn:
            if event_id is None:
                rows = await conn.execute_fetchall(
                    f"SELECT * FROM events WHERE user_id = ? AND {_LIVE}"
                    " ORDER BY created_at DESC, id DESC LIMIT 1",
                    (user_id,),
                )
            else:
                rows = await conn.execute_fetchall(
                    f"SELECT * FROM events WHERE user_id = ? AND id = ? AND {_LIVE}",
                    (user_id, event_id),
                )
            first = next(iter(rows), None)
            if first is None:
                return []
            if first["message_id"] is not None:
                rows = await conn.execute_fetchall(
                    f"SELECT * FROM events WHERE user_id = ? AND chat_id IS ? AND message_id = ?"
                    f" AND {_LIVE}",
                    (user_id, first["chat_id"], first["message_id"]),
                )
            ids = [r["id"] for r in rows]
            await conn.executemany(
                "UPDATE events SET undone_at = ? WHERE id = ?",
                [(to_db_time(now), i) for i in ids],
            )
        return [_stored(r) for r in rows]

    async def get(self, user_id: int, event_id: int) -> StoredEvent | None:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = ? AND id = ? AND {_LIVE}", (user_id, event_id)
        )
        return _stored(rows[0]) if rows else None

    async def fate(self, user_id: int, event_id: int) -> tuple[StoredEvent, EventFate] | None:
        """One of the user's events, live or not, with what became of it (None: not theirs)."""
        rows = await self._db.read(
            "SELECT * FROM events WHERE user_id = ? AND id = ?", (user_id, event_id))
        if not rows:
            return None
        row = rows[0]
        fate: EventFate = ("replaced" if row["replaced_by"] is not None
                           else "undone" if row["undone_at"] is not None else "live")
        return _stored(row), fate

    async def by_message(self, user_id: int, chat_id: int, message_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = ? AND chat_id = ? AND message_id = ?"
            f" AND {_LIVE} ORDER BY id",
            (user_id, chat_id, message_id),
        )
        return [_stored(r) for r in rows]

    async def between(self, user_id: int, start: datetime, end: datetime,
                      *, kinds: Sequence[str] | None = None) -> list[StoredEvent]:
        """Live events with start <= at < end, oldest first (indexed range scan)."""
        sql = f"SELECT * FROM events WHERE user_id = ? AND at >= ? AND at < ? AND {_LIVE}"
        params: list[object] = [user_id, to_db_time(start), to_db_time(end)]
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params.extend(kinds)
        rows = await self._db.read(sql + " ORDER BY at, id", tuple(params))
        return [_stored(r) for r in rows]

    async def window(self, user_id: int, start: datetime, end: datetime, *,
                     weights_since: datetime) -> tuple[list[StoredEvent], list[WeightLogged]]:
        """One query for a balance: live non-weight events in [start, end), weigh-ins since."""
        rows = await self._db.read(
            f"SELECT id, user_id, at, payload FROM events WHERE user_id = ? AND {_LIVE}"
            f" AND at < ? AND at >= ? AND (kind = 'weight' OR at >= ?) ORDER BY at, id",
            (user_id, to_db_time(end), to_db_time(min(start, weights_since)),
             to_db_time(start)),
        )
        events, weights = [], []
        since = to_db_time(start)
        for r in rows:
            stored = _stored(r)
            if isinstance(stored.event, WeightLogged):
                weights.append(stored.event)
            elif r["at"] >= since:
                events.append(stored)
        return events, weights

    async def all_for_user(self, user_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = ? AND {_LIVE} ORDER BY at, id", (user_id,)
        )
        return [_stored(r) for r in rows]


class SqliteFoodStore:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: _Lru[int, dict[str, Food]] = _Lru(CACHED_USERS)
        #: Few runners teach foods: knowing who did spares everyone else a query.
        self._teachers: set[int] | None = None

    async def save(self, user_id: int, food: Food, *, now: datetime) -> None:
        self._cache.drop(user_id)
        if self._teachers is not None:
            self._teachers.add(user_id)
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, now)
            await conn.execute(
                "INSERT INTO user_foods (user_id, name, food, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id, name) DO UPDATE SET food = excluded.food",
                (user_id, food.key, json.dumps(food_json(food)), to_db_time(now)),
            )

    async def for_user(self, user_id: int) -> dict[str, Food]:
        if self._teachers is None:
            rows = await self._db.read("SELECT DISTINCT user_id FROM user_foods")
            self._teachers = {r[0] for r in rows}
        if user_id not in self._teachers:
            return {}
        if (cached := self._cache.get(user_id)) is not None:
            return cached
        rows = await self._db.read("SELECT food FROM user_foods WHERE user_id = ?", (user_id,))
        foods = {f.key: f for f in (food_from_json(json.loads(r["food"])) for r in rows)}
        self._cache.put(user_id, foods)
        return foods

    def forget(self, user_id: int) -> None:
        """The user was deleted: their foods are gone too."""
        self._cache.drop(user_id)
        if self._teachers is not None:
            self._teachers.discard(user_id)


def food_json(food: Food) -> dict[str, Any]:
    return {
        "name": food.key,
        "kcal": food.kcal,
        "protein_g": food.protein_g,
        "carbs_g": food.carbs_g,
        "fat_g": food.fat_g,
        "default_grams": food.default_grams,
        "default_unit": food.default_unit,
    }


def food_from_json(data: dict[str, Any]) -> Food:
    return user_food(
        data["name"],
        kcal=data["kcal"],
        protein_g=data["protein_g"],
        carbs_g=data["carbs_g"],
        fat_g=data["fat_g"],
        per_grams=100.0,
        serving_grams=data["default_grams"],
    )


class SqliteScheduleStore:
    """Messages the bot sends by itself, leased to one worker at a time (`storage/leases.py`)."""

    def __init__(self, db: Database, worker: str | None = None) -> None:
        self._db = db
        self.worker = worker or worker_name()

    async def put(self, user_id: int, kind: str, *, due_at: datetime, dedupe_key: str,
                  now: datetime, expires_at: datetime | None = None,
                  payload: dict[str, Any] | None = None) -> None:
        """Schedule (or move, while still pending) the message with this key."""
        await self._db.write(
            "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, payload,"
            " dedupe_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (user_id, dedupe_key) DO UPDATE SET due_at = excluded.due_at,"
            " expires_at = excluded.expires_at, payload = excluded.payload"
            " WHERE scheduled_messages.state = 'pending'",
            (user_id, kind, to_db_time(due_at), to_db_time(expires_at) if expires_at else None,
             json.dumps(payload or {}), dedupe_key, to_db_time(now)),
        )

    async def put_many(self, rows: Sequence[tuple[int, str, datetime, datetime | None, str]],
                       *, now: datetime) -> None:
        """Insert (user_id, kind, due_at, expires_at, dedupe_key) rows that do not exist yet."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, dedupe_key,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, dedupe_key)"
                " DO NOTHING",
                [(u, k, to_db_time(d), to_db_time(e) if e else None, key, stamp)
                 for u, k, d, e, key in rows],
            )

    async def cancel(self, user_id: int, dedupe_key: str, *, now: datetime) -> bool:
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'cancelled', done_at = ?"
            " WHERE user_id = ? AND dedupe_key = ? AND state = 'pending'",
            (to_db_time(now), user_id, dedupe_key),
        )
        return changed == 1

    async def pending(self, user_id: int, kind: str | None = None, *,
                      now: datetime | None = None) -> list[ScheduledMessage]:
        """The user's pending rows, oldest due first: all, or one kind still useful at `now`."""
        sql = "SELECT * FROM scheduled_messages WHERE user_id = ? AND state = 'pending'"
        params: list[object] = [user_id]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        if now is not None:
            sql += " AND (expires_at IS NULL OR expires_at > ?)"
            params.append(to_db_time(now))
        rows = await self._db.read(sql + " ORDER BY due_at", tuple(params))
        return [_scheduled(r) for r in rows]

    async def get(self, user_id: int, dedupe_key: str) -> ScheduledMessage | None:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = ? AND dedupe_key = ?",
            (user_id, dedupe_key),
        )
        return _scheduled(rows[0]) if rows else None

    async def next_due(self) -> datetime | None:
        """When a row is next due: a pending one, or a claimed one whose lease runs out."""
        rows = await self._db.read(
            "SELECT min(t) FROM (SELECT min(due_at) AS t FROM scheduled_messages"
            " WHERE state = 'pending' UNION ALL SELECT min(lease_until) FROM scheduled_messages"
            " WHERE state = 'claimed')"
        )
        return from_db_time(rows[0][0]) if rows and rows[0][0] else None

    async def claim_due(self, now: datetime, limit: int = 500, *,
                        lease: timedelta = CLAIM_LEASE) -> list[ScheduledMessage]:
        """Lease due pending rows to this worker (`claimed`) and return them, oldest first.

        Rows a dead worker left are recovered first (see `storage/leases.py`); rows past
        `expires_at` are marked `skipped` instead: sent late only while useful.
        """
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE scheduled_messages SET state = 'pending', claimed_by = NULL,"
                " claimed_at = NULL, lease_until = NULL"
                " WHERE state = 'claimed' AND lease_until <= ?", (stamp,))
            await conn.execute(
                "UPDATE scheduled_messages SET state = 'lost', done_at = ?"
                " WHERE state = 'sending' AND lease_until <= ?", (stamp, stamp))
            await conn.execute(
                "UPDATE scheduled_messages SET state = 'skipped', done_at = ?"
                " WHERE state = 'pending' AND due_at <= ? AND expires_at IS NOT NULL"
                " AND expires_at <= ?",
                (stamp, stamp, stamp),
            )
            rows = list(await conn.execute_fetchall(
                "SELECT * FROM scheduled_messages WHERE state = 'pending' AND due_at <= ?"
                " ORDER BY due_at, id LIMIT ?",
                (stamp, limit),
            ))
            until = to_db_time(now + lease)
            await conn.executemany(
                "UPDATE scheduled_messages SET state = 'claimed', claimed_at = ?,"
                " claimed_by = ?, lease_until = ? WHERE id = ?",
                [(stamp, self.worker, until, r["id"]) for r in rows],
            )
        return [replace(_scheduled(r), state="claimed") for r in rows]

    async def start_sending(self, message_id: int, *, now: datetime) -> bool:
        """Mark a row this worker holds `sending`, just before its HTTP call.

        False when the lease ran out and the row went back to the others: send nothing.
        """
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'sending', lease_until = ?"
            " WHERE id = ? AND state = 'claimed' AND claimed_by = ?",
            (to_db_time(now + SEND_LEASE), message_id, self.worker))
        return changed == 1

    async def finish(self, message_id: int, state: str, *, now: datetime) -> None:
        """Mark a row this worker held `sent`, `failed` or `skipped` (even one counted lost)."""
        await self._db.write(
            "UPDATE scheduled_messages SET state = ?, done_at = ?, lease_until = NULL"
            " WHERE id = ? AND claimed_by = ? AND state IN ('claimed', 'sending', 'lost')",
            (state, to_db_time(now), message_id, self.worker))

    async def release(self, message_id: int, due_at: datetime) -> None:
        """A held row that could not be sent goes back to pending, due again at `due_at`."""
        await self._db.write(
            "UPDATE scheduled_messages SET state = 'pending', claimed_at = NULL,"
            " claimed_by = NULL, lease_until = NULL, due_at = ?"
            " WHERE id = ? AND claimed_by = ? AND state IN ('claimed', 'sending')",
            (to_db_time(due_at), message_id, self.worker),
        )

    async def annotate(self, message_id: int, payload: dict[str, Any]) -> None:
        """Merge facts learned later (e.g. whether a nudge was followed) into the payload."""
        await self._db.write(
            "UPDATE scheduled_messages SET payload = json_patch(payload, ?) WHERE id = ?",
            (json.dumps(payload), message_id),
        )

    async def nudge_state(self, user_id: int, dedupe_key: str,
                          since: datetime) -> tuple[bool, dict[str, datetime]]:
        """(a nudge with this key exists, code -> last time sent, since `since`): one query."""
        rows = await self._db.read(
            "SELECT dedupe_key, json_extract(payload, '$.code') AS code, state, done_at"
            " FROM scheduled_messages WHERE user_id = ? AND kind = 'nudge' AND (dedupe_key = ?"
            " OR (state = 'sent' AND done_at >= ?)) ORDER BY done_at",
            (user_id, dedupe_key, to_db_time(since)),
        )
        sent = {r["code"]: from_db_time(r["done_at"]) for r in rows
                if r["state"] == "sent" and r["done_at"] >= to_db_time(since)}
        return any(r["dedupe_key"] == dedupe_key for r in rows), sent

    async def sent_since(self, user_id: int, kind: str, since: datetime) -> list[ScheduledMessage]:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = ? AND kind = ? AND state = 'sent'"
            " AND done_at >= ? ORDER BY done_at",
            (user_id, kind, to_db_time(since)),
        )
        return [_scheduled(r) for r in rows]


class SqlitePressStore:
    """The buttons already pressed, per message they were shown on (a button acts once)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim(self, user_id: int, chat_id: int, message_id: int, slot: str, *,
                    now: datetime) -> bool:
        """Record the press; False when this button of that message was pressed before."""
        changed = await self._db.write(
            "INSERT INTO pressed_buttons (chat_id, message_id, slot, user_id, pressed_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (chat_id, message_id, slot, user_id, to_db_time(now)),
        )
        return changed == 1


class SqliteInbox:
    """Raw Telegram updates between fetch and handling (see migration 0006)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def keep(self, updates: Sequence[tuple[int, str]], *, now: datetime) -> None:
        """Store (update_id, JSON) pairs; ones already kept are left as they are.

        One statement (atomic on its own): a batch is at most 100 updates (getUpdates' limit).
        """
        if not updates:
            return
        stamp = to_db_time(now)
        await self._db.write(
            "INSERT INTO inbox (update_id, payload, received_at) VALUES "
            + ", ".join(["(?, ?, ?)"] * len(updates)) + " ON CONFLICT (update_id) DO NOTHING",
            tuple(v for uid, payload in updates for v in (uid, payload, stamp)),
        )

    async def done(self, update_id: int) -> None:
        await self._db.write("DELETE FROM inbox WHERE update_id = ?", (update_id,))

    async def pending(self) -> list[str]:
        """JSON of every update not handled yet, oldest first."""
        rows = await self._db.read("SELECT payload FROM inbox ORDER BY update_id")
        return [r["payload"] for r in rows]


class SqliteSetupStore:
    """The open /start setup of each runner (`engine.setup`), with a read-through cache.

    Every private message asks for it, and almost always there is none: the cache answers
    those without a query (the same single-writer reasoning as the user cache).
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: _Lru[int, tuple[SetupState | None]] = _Lru(CACHED_USERS)

    async def get(self, user_id: int) -> SetupState | None:
        if (cached := self._cache.get(user_id)) is not None:
            return cached[0]
        rows = await self._db.read("SELECT step, at, reasked FROM setups WHERE user_id = ?",
                                   (user_id,))
        state = None
        if rows and is_step(rows[0]["step"]):
            state = SetupState(rows[0]["step"], from_db_time(rows[0]["at"]),
                               bool(rows[0]["reasked"]))
        self._cache.put(user_id, (state,))
        return state

    async def put(self, user_id: int, state: SetupState) -> None:
        """Open or move the user's setup (the user row is created if needed)."""
        self._cache.drop(user_id)
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, state.at)
            await conn.execute(
                "INSERT INTO setups (user_id, step, at, reasked) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET step = excluded.step, at = excluded.at,"
                " reasked = excluded.reasked",
                (user_id, state.step, to_db_time(state.at), int(state.reasked)))
        self._cache.put(user_id, (state,))

    async def end(self, user_id: int) -> None:
        self._cache.drop(user_id)
        await self._db.write("DELETE FROM setups WHERE user_id = ?", (user_id,))
        self._cache.put(user_id, (None,))

    def forget(self, user_id: int) -> None:
        """Drop the cached state (the user was deleted: the cascade removed the row)."""
        self._cache.drop(user_id)
