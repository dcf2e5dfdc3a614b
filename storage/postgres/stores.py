"""Rows <-> engine values on PostgreSQL: the same ports as `storage/repository.py`.

Each public method is one statement or one transaction. Unlike the SQLite stores these keep
no cache: several workers may share the database, and another worker's write would make a
cached user, setup or food list stale. JSON columns are `jsonb`, read back as text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import asyncpg
from pydantic import TypeAdapter

from engine.events import Event, EventFate, StoredEvent, WeightLogged
from engine.food import Food
from engine.profile import Profile
from engine.records import ScheduledMessage, UserRecord
from engine.setup import SetupState, is_step
from storage.db import StorageError
from storage.leases import CLAIM_LEASE, SEND_LEASE, worker_name
from storage.postgres.db import Conn, PgDatabase, aware
from storage.repository import event_json, food_from_json, food_json

_EVENT = TypeAdapter(Event)
_LIVE = "undone_at IS NULL AND replaced_by IS NULL"
_EVENT_COLUMNS = 9


def _insert_events(count: int, *, on_conflict: bool) -> str:
    """A multi-row INSERT returning the new ids; a redelivered update inserts nothing."""
    values = ", ".join(
        "(" + ", ".join(f"${r * _EVENT_COLUMNS + c + 1}" for c in range(_EVENT_COLUMNS)) + ")"
        for r in range(count))
    conflict = (" ON CONFLICT (user_id, update_id, seq) WHERE update_id IS NOT NULL"
                " DO NOTHING" if on_conflict else "")
    return ("INSERT INTO events (user_id, kind, at, payload, chat_id, message_id, created_at,"
            f" update_id, seq) VALUES {values}{conflict} RETURNING id")


def _stored(row: asyncpg.Record) -> StoredEvent:
    return StoredEvent(
        id=row["id"], user_id=row["user_id"], event=_EVENT.validate_json(row["payload"]))


def _user(row: asyncpg.Record) -> UserRecord:
    return UserRecord(
        id=row["id"],
        chat_id=row["chat_id"],
        profile=Profile.model_validate_json(row["profile"]),
        active=bool(row["active"]),
        created_at=row["created_at"],
    )


def _scheduled(row: asyncpg.Record) -> ScheduledMessage:
    return ScheduledMessage(
        id=row["id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=row["due_at"],
        expires_at=row["expires_at"],
        payload=json.loads(row["payload"]),
        state=row["state"],
        dedupe_key=row["dedupe_key"],
    )


async def _ensure_user(conn: Conn, user_id: int, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO users (id, profile, created_at, updated_at) VALUES ($1, '{}', $2, $2)"
        " ON CONFLICT (id) DO NOTHING", user_id, aware(now))


async def _claim_update(conn: Conn, update_id: int | None, user_id: int,
                        now: datetime) -> bool:
    """Record the update id; False when it was already applied."""
    if update_id is None:
        return True
    status = await conn.execute(
        "INSERT INTO processed_updates (update_id, user_id, processed_at) VALUES ($1, $2, $3)"
        " ON CONFLICT DO NOTHING", update_id, user_id, aware(now))
    return bool(status.endswith(" 1"))


class PgUserStore:
    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    async def get(self, user_id: int) -> UserRecord | None:
        rows = await self._db.read("SELECT * FROM users WHERE id = $1", user_id)
        return _user(rows[0]) if rows else None

    async def save(self, user_id: int, profile: Profile, *, now: datetime,
                   chat_id: int | None = None, update_id: int | None = None) -> bool:
        """Create or update the user's profile; False when the update was already applied."""
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, now)
            if not await _claim_update(conn, update_id, user_id, now):
                return False
            await conn.execute(
                "UPDATE users SET profile = $1, chat_id = coalesce($2, chat_id), active = 1,"
                " updated_at = $3 WHERE id = $4",
                profile.model_dump_json(exclude_defaults=True), chat_id, aware(now), user_id)
        return True

    async def touch(self, user_id: int, *, chat_id: int | None, now: datetime) -> UserRecord:
        """Make sure the user exists (active, with this chat) and return it."""
        known = await self.get(user_id)
        if known is not None and known.active and chat_id in {None, known.chat_id}:
            return known
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, now)
            row = await conn.fetchrow(
                "UPDATE users SET chat_id = coalesce($1, chat_id), active = 1 WHERE id = $2"
                " RETURNING *", chat_id, user_id)
        if row is None:  # the row was inserted above, in this very transaction
            raise StorageError(f"user {user_id} vanished while being touched")
        return _user(row)

    async def set_active(self, user_id: int, active: bool) -> None:
        await self._db.write("UPDATE users SET active = $1 WHERE id = $2", int(active), user_id)

    async def active_users(self, *, after_id: int = 0, limit: int = 5_000) -> list[UserRecord]:
        """One page of active users in id order."""
        rows = await self._db.read(
            "SELECT * FROM users WHERE active = 1 AND id > $1 ORDER BY id LIMIT $2",
            after_id, limit)
        return [_user(r) for r in rows]

    async def delete(self, user_id: int) -> None:
        """Remove every row of this user, in every table (cascades do the rest)."""
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM pressed_buttons WHERE user_id = $1", user_id)
            await conn.execute("DELETE FROM users WHERE id = $1", user_id)


class PgEventStore:
    """Events, parsed afresh on each read (as the SQLite store does)."""

    def __init__(self, db: PgDatabase) -> None:
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

        The user must exist. Returns None, storing nothing, when `update_id` was already
        applied.
        """
        replaced = list(replaces)
        params = [v for seq, e in enumerate(events)
                  for v in (user_id, e.kind, aware(e.at), event_json(e), chat_id, message_id,
                            aware(now), update_id, seq)]
        if events and not replaced:  # the common case: one atomic statement
            rows = await self._db.read(_insert_events(len(events), on_conflict=True), *params)
            if not rows:
                return None
            ids = sorted(r["id"] for r in rows)
        else:
            async with self._db.transaction() as conn:
                if not await _claim_update(conn, update_id, user_id, now):
                    return None
                ids = []
                if events:
                    inserted = await conn.fetch(
                        _insert_events(len(events), on_conflict=False), *params)
                    ids = sorted(r["id"] for r in inserted)
                new_id = ids[0] if ids else None
                await conn.execute(
                    f"UPDATE events SET replaced_by = $1, undone_at = CASE WHEN $1::bigint IS"
                    f" NULL THEN $2 ELSE undone_at END WHERE user_id = $3 AND id = ANY($4)"
                    f" AND {_LIVE}", new_id, aware(now), user_id, replaced)
        return [StoredEvent(id=i, user_id=user_id, event=e)
                for i, e in zip(ids, events, strict=True)]

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
                first = await conn.fetchrow(
                    f"SELECT * FROM events WHERE user_id = $1 AND {_LIVE}"
                    " ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE", user_id)
            else:
                first = await conn.fetchrow(
                    f"SELECT * FROM events WHERE user_id = $1 AND id = $2 AND {_LIVE}"
                    " FOR UPDATE", user_id, event_id)
            if first is None:
                return []
            rows = [first]
            if first["message_id"] is not None:
                rows = await conn.fetch(
                    f"SELECT * FROM events WHERE user_id = $1 AND chat_id IS NOT DISTINCT FROM"
                    f" $2 AND message_id = $3 AND {_LIVE} ORDER BY id FOR UPDATE",
                    user_id, first["chat_id"], first["message_id"])
            await conn.execute(
                "UPDATE events SET undone_at = $1 WHERE user_id = $2 AND id = ANY($3)",
                aware(now), user_id, [r["id"] for r in rows])
        return [_stored(r) for r in rows]

    async def get(self, user_id: int, event_id: int) -> StoredEvent | None:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = $1 AND id = $2 AND {_LIVE}",
            user_id, event_id)
        return _stored(rows[0]) if rows else None

    async def fate(self, user_id: int, event_id: int) -> tuple[StoredEvent, EventFate] | None:
        """One of the user's events, live or not, with what became of it (None: not theirs)."""
        rows = await self._db.read(
            "SELECT * FROM events WHERE user_id = $1 AND id = $2", user_id, event_id)
        if not rows:
            return None
        row = rows[0]
        fate: EventFate = ("replaced" if row["replaced_by"] is not None
                           else "undone" if row["undone_at"] is not None else "live")
        return _stored(row), fate

    async def by_message(self, user_id: int, chat_id: int, message_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = $1 AND chat_id = $2 AND message_id = $3"
            f" AND {_LIVE} ORDER BY id", user_id, chat_id, message_id)
        return [_stored(r) for r in rows]

    async def between(self, user_id: int, start: datetime, end: datetime,
                      *, kinds: Sequence[str] | None = None) -> list[StoredEvent]:
        """Live events with start <= at < end, oldest first (indexed range scan)."""
        sql = f"SELECT * FROM events WHERE user_id = $1 AND at >= $2 AND at < $3 AND {_LIVE}"
        params: list[object] = [user_id, aware(start), aware(end)]
        if kinds:
            sql += " AND kind = ANY($4)"
            params.append(list(kinds))
        rows = await self._db.read(sql + " ORDER BY at, id", *params)
        return [_stored(r) for r in rows]

    async def window(self, user_id: int, start: datetime, end: datetime, *,
                     weights_since: datetime) -> tuple[list[StoredEvent], list[WeightLogged]]:
        """One query for a balance: live non-weight events in [start, end), weigh-ins since."""
        rows = await self._db.read(
            f"SELECT id, user_id, at, payload FROM events WHERE user_id = $1 AND {_LIVE}"
            f" AND at < $2 AND at >= $3 AND (kind = 'weight' OR at >= $4) ORDER BY at, id",
            user_id, aware(end), aware(min(start, weights_since)), aware(start))
        events, weights = [], []
        for r in rows:
            stored = _stored(r)
            if isinstance(stored.event, WeightLogged):
                weights.append(stored.event)
            elif r["at"] >= start:
                events.append(stored)
        return events, weights

    async def all_for_user(self, user_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = $1 AND {_LIVE} ORDER BY at, id", user_id)
        return [_stored(r) for r in rows]


class PgFoodStore:
    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    async def save(self, user_id: int, food: Food, *, now: datetime) -> None:
        async with self._db.transaction() as conn:
            await _ensure_user(conn, user_id, now)
            await conn.execute(
                "INSERT INTO user_foods (user_id, name, food, created_at)"
                " VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_id, name) DO UPDATE SET food = excluded.food",
                user_id, food.key, json.dumps(food_json(food)), aware(now))

    async def for_user(self, user_id: int) -> dict[str, Food]:
        rows = await self._db.read("SELECT food FROM user_foods WHERE user_id = $1", user_id)
        return {f.key: f for f in (food_from_json(json.loads(r["food"])) for r in rows)}

    def forget(self, user_id: int) -> None:
        """Nothing is cached here: a deleted user's foods went with their rows."""


class PgScheduleStore:
    """Messages the bot sends by itself, leased to one worker at a time (`storage/leases.py`)."""

    def __init__(self, db: PgDatabase, worker: str | None = None) -> None:
        self._db = db
        self.worker = worker or worker_name()

    async def put(self, user_id: int, kind: str, *, due_at: datetime, dedupe_key: str,
                  now: datetime, expires_at: datetime | None = None,
                  payload: dict[str, Any] | None = None) -> None:
        """Schedule (or move, while still pending) the message with this key."""
        await self._db.write(
            "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, payload,"
            " dedupe_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            " ON CONFLICT (user_id, dedupe_key) DO UPDATE SET due_at = excluded.due_at,"
            " expires_at = excluded.expires_at, payload = excluded.payload"
            " WHERE scheduled_messages.state = 'pending'",
            user_id, kind, aware(due_at), expires_at and aware(expires_at),
            json.dumps(payload or {}), dedupe_key, aware(now))

    async def put_many(self, rows: Sequence[tuple[int, str, datetime, datetime | None, str]],
                       *, now: datetime) -> None:
        """Insert (user_id, kind, due_at, expires_at, dedupe_key) rows that do not exist yet."""
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, dedupe_key,"
                " created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (user_id, dedupe_key)"
                " DO NOTHING",
                [(u, k, aware(d), e and aware(e), key, aware(now)) for u, k, d, e, key in rows])

    async def cancel(self, user_id: int, dedupe_key: str, *, now: datetime) -> bool:
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'cancelled', done_at = $1"
            " WHERE user_id = $2 AND dedupe_key = $3 AND state = 'pending'",
            aware(now), user_id, dedupe_key)
        return changed == 1

    async def pending(self, user_id: int, kind: str | None = None, *,
                      now: datetime | None = None) -> list[ScheduledMessage]:
        """The user's pending rows, oldest due first: all, or one kind still useful at `now`."""
        sql = "SELECT * FROM scheduled_messages WHERE user_id = $1 AND state = 'pending'"
        params: list[object] = [user_id]
        if kind is not None:
            params.append(kind)
            sql += f" AND kind = ${len(params)}"
        if now is not None:
            params.append(aware(now))
            sql += f" AND (expires_at IS NULL OR expires_at > ${len(params)})"
        rows = await self._db.read(sql + " ORDER BY due_at", *params)
        return [_scheduled(r) for r in rows]

    async def get(self, user_id: int, dedupe_key: str) -> ScheduledMessage | None:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = $1 AND dedupe_key = $2",
            user_id, dedupe_key)
        return _scheduled(rows[0]) if rows else None

    async def next_due(self) -> datetime | None:
        """When a row is next due: a pending one, or a claimed one whose lease runs out."""
        rows = await self._db.read(
            "SELECT least((SELECT min(due_at) FROM scheduled_messages WHERE state = 'pending'),"
            " (SELECT min(lease_until) FROM scheduled_messages WHERE state = 'claimed'))")
        value: datetime | None = rows[0][0]
        return value

    async def claim_due(self, now: datetime, limit: int = 500, *,
                        lease: timedelta = CLAIM_LEASE) -> list[ScheduledMessage]:
        """Lease due pending rows to this worker (`claimed`) and return them, oldest first.

        Rows a dead worker left are recovered first (see `storage/leases.py`); rows past
        `expires_at` are marked `skipped` instead: sent late only while useful. Every step
        skips the rows another worker has locked, so claimers never wait on (or deadlock
        with) each other and never get the same row.
        """
        stamp = aware(now)
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE scheduled_messages SET state = 'pending', claimed_by = NULL,"
                " claimed_at = NULL, lease_until = NULL WHERE (user_id, id) IN ("
                " SELECT user_id, id FROM scheduled_messages WHERE state = 'claimed'"
                " AND lease_until <= $1 FOR UPDATE SKIP LOCKED)", stamp)
            await conn.execute(
                "UPDATE scheduled_messages SET state = 'lost', done_at = $1"
                " WHERE (user_id, id) IN (SELECT user_id, id FROM scheduled_messages"
                " WHERE state = 'sending' AND lease_until <= $1 FOR UPDATE SKIP LOCKED)", stamp)
            await conn.execute(
                "UPDATE scheduled_messages SET state = 'skipped', done_at = $1"
                " WHERE (user_id, id) IN (SELECT user_id, id FROM scheduled_messages"
                " WHERE state = 'pending' AND due_at <= $1 AND expires_at IS NOT NULL"
                " AND expires_at <= $1 FOR UPDATE SKIP LOCKED)", stamp)
            rows = await conn.fetch(
                "UPDATE scheduled_messages SET state = 'claimed', claimed_at = $1,"
                " claimed_by = $3, lease_until = $4"
                " WHERE (user_id, id) IN (SELECT user_id, id FROM scheduled_messages"
                " WHERE state = 'pending' AND due_at <= $1 ORDER BY due_at, id LIMIT $2"
                " FOR UPDATE SKIP LOCKED) RETURNING *", stamp, limit, self.worker,
                stamp + lease)
        return sorted((_scheduled(r) for r in rows), key=lambda m: (m.due_at, m.id))

    async def start_sending(self, message_id: int, *, now: datetime) -> bool:
        """Mark a row this worker holds `sending`, just before its HTTP call.

        False when the lease ran out and the row went back to the others: send nothing.
        """
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'sending', lease_until = $1"
            " WHERE id = $2 AND state = 'claimed' AND claimed_by = $3",
            aware(now) + SEND_LEASE, message_id, self.worker)
        return changed == 1

    async def finish(self, message_id: int, state: str, *, now: datetime) -> None:
        """Mark a row this worker held `sent`, `failed` or `skipped` (even one counted lost)."""
        await self._db.write(
            "UPDATE scheduled_messages SET state = $1, done_at = $2, lease_until = NULL"
            " WHERE id = $3 AND claimed_by = $4 AND state IN ('claimed', 'sending', 'lost')",
            state, aware(now), message_id, self.worker)

    async def release(self, message_id: int, due_at: datetime) -> None:
        """A held row that could not be sent goes back to pending, due again at `due_at`."""
        await self._db.write(
            "UPDATE scheduled_messages SET state = 'pending', claimed_at = NULL,"
            " claimed_by = NULL, lease_until = NULL, due_at = $1"
            " WHERE id = $2 AND claimed_by = $3 AND state IN ('claimed', 'sending')",
            aware(due_at), message_id, self.worker)

    async def annotate(self, message_id: int, payload: dict[str, Any]) -> None:
        """Merge facts learned later (e.g. whether a nudge was followed) into the payload."""
        await self._db.write(
            "UPDATE scheduled_messages SET payload = payload || $1::jsonb WHERE id = $2",
            json.dumps(payload), message_id)

    async def nudge_state(self, user_id: int, dedupe_key: str,
                          since: datetime) -> tuple[bool, dict[str, datetime]]:
        """(a nudge with this key exists, code -> last time sent, since `since`): one query."""
        rows = await self._db.read(
            "SELECT dedupe_key, payload ->> 'code' AS code, state, done_at"
            " FROM scheduled_messages WHERE user_id = $1 AND kind = 'nudge' AND"
            " (dedupe_key = $2 OR (state = 'sent' AND done_at >= $3)) ORDER BY done_at",
            user_id, dedupe_key, aware(since))
        sent = {r["code"]: r["done_at"] for r in rows
                if r["state"] == "sent" and r["done_at"] >= since}
        return any(r["dedupe_key"] == dedupe_key for r in rows), sent

    async def sent_since(self, user_id: int, kind: str, since: datetime) -> list[ScheduledMessage]:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = $1 AND kind = $2"
            " AND state = 'sent' AND done_at >= $3 ORDER BY done_at",
            user_id, kind, aware(since))
        return [_scheduled(r) for r in rows]


class PgPressStore:
    """The buttons already pressed, per message they were shown on (a button acts once)."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    async def claim(self, user_id: int, chat_id: int, message_id: int, slot: str, *,
                    now: datetime) -> bool:
        """Record the press; False when this button of that message was pressed before."""
        changed = await self._db.write(
            "INSERT INTO pressed_buttons (chat_id, message_id, slot, user_id, pressed_at)"
            " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            chat_id, message_id, slot, user_id, aware(now))
        return changed == 1


class PgInbox:
    """Raw Telegram updates between fetch and handling (polling; see migration 0006)."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    async def keep(self, updates: Sequence[tuple[int, str]], *, now: datetime) -> None:
        """Store (update_id, JSON) pairs; ones already kept are left as they are."""
        if not updates:
            return
        await self._db.write(
            "INSERT INTO inbox (update_id, payload, received_at)"
            " SELECT u, p, $3 FROM unnest($1::bigint[], $2::text[]) AS t(u, p)"
            " ON CONFLICT (update_id) DO NOTHING",
            [u for u, _ in updates], [p for _, p in updates], aware(now))

    async def done(self, update_id: int) -> None:
        await self._db.write("DELETE FROM inbox WHERE update_id = $1", update_id)

    async def pending(self) -> list[str]:
        """JSON of every update not handled yet, oldest first."""
        rows = await self._db.read("SELECT payload FROM inbox ORDER BY update_id")
        return [r["payload"] for r in rows]


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
            await _ensure_user(conn, user_id, state.at)
            await conn.execute(
                "INSERT INTO setups (user_id, step, at, reasked) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_id) DO UPDATE SET step = excluded.step, at = excluded.at,"
                " reasked = excluded.reasked",
                user_id, state.step, aware(state.at), int(state.reasked))

    async def end(self, user_id: int) -> None:
        await self._db.write("DELETE FROM setups WHERE user_id = $1", user_id)

    def forget(self, user_id: int) -> None:
        """Nothing is cached here: a deleted user's setup went with their rows."""
