"""What runners logged: runs, meals, weigh-ins... with undo and corrections (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from engine.events import Event, EventFate, EventKind, StoredEvent, Summary, WeightLogged
from engine.records import DuplicateUpdate, Undone
from engine.weights import Weighed
from storage.codec import (
    CURRENT,
    HELD,
    LIVE,
    event_fate,
    event_json,
    summarized,
    summary_json,
)
from storage.postgres.db import PgDatabase, aware, stored_row, stored_rows
from storage.postgres.users import claim_update, ensure_user

_EVENT_COLUMNS = 11


_TYPES = ("bigint", "text", "timestamptz", "jsonb", "bigint", "bigint", "timestamptz", "bigint",
          "integer", "text", "boolean")
_COLUMNS = ("user_id, kind, at, payload, chat_id, message_id, created_at, update_id, seq, sums,"
            " held, rev")
#: The runner's current revision: each write bumps it before it stores or changes events
#: (`PgDatabase.unit`, `PgDatabase.bump`), so a row carries the revision of its write.
STAMP = "(SELECT rev FROM users WHERE id = $1)"


def _row(r: int) -> str:
    return "(" + ", ".join([*(f"${r * _EVENT_COLUMNS + c + 1}::{t}"
                              for c, t in enumerate(_TYPES)), STAMP]) + ")"


def _insert_events(count: int, *, first_delivery: bool) -> str:
    """A multi-row INSERT returning the new ids.

    With `first_delivery`, the rows go in only if their update was never applied, whatever
    it parses into this time (a food taught meanwhile may turn one event into two). The first
    row goes in alone unless `processed_updates` holds the update or the unique key
    `events_by_update` already has its seq 0 (a concurrent delivery waits on that key until
    the first commits, then inserts nothing); the other rows go in only if the first did.
    """
    if not first_delivery:
        values = ", ".join(_row(r) for r in range(count))
        return f"INSERT INTO events ({_COLUMNS}) VALUES {values} RETURNING id"
    rest = ", ".join(_row(r) for r in range(1, count))
    tail = (f", tail AS (INSERT INTO events ({_COLUMNS}) SELECT * FROM (VALUES {rest}) AS v"
            " WHERE EXISTS (SELECT 1 FROM head) RETURNING id)" if rest else "")
    return (f"WITH head AS (INSERT INTO events ({_COLUMNS}) SELECT {_row(0)[1:-1]}"
            " WHERE NOT EXISTS (SELECT 1 FROM processed_updates WHERE user_id = $1"
            " AND update_id = $8) ON CONFLICT (user_id, update_id, seq)"
            f" WHERE update_id IS NOT NULL DO NOTHING RETURNING id){tail}"
            " SELECT id FROM head" + (" UNION ALL SELECT id FROM tail" if rest else ""))


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
        held: bool = False,
    ) -> list[StoredEvent]:
        """Append events (and mark the ones they replace) atomically.

        The user must exist. Raises `DuplicateUpdate`, storing nothing, when `update_id` was
        already applied. `held`: stored `HELD`, so nothing counts them until `log_held`.
        """
        replaced = list(replaces)
        params = [v for seq, e in enumerate(events)
                  for v in (user_id, e.kind, aware(e.at), event_json(e), chat_id, message_id,
                            aware(now), update_id, seq, summary_json(e), held)]
        if events and not replaced and self._db.in_unit():  # the common case
            rows = await self._db.read(_insert_events(len(events), first_delivery=True), *params)
            if not rows:
                raise DuplicateUpdate(update_id)
            ids = sorted(r["id"] for r in rows)
        elif events and not replaced:
            async with self._db.transaction() as conn:
                await self._db.bump(conn, user_id, kept=False)  # before the rows are stamped
                rows = await conn.fetch(_insert_events(len(events), first_delivery=True), *params)
                if not rows:
                    raise DuplicateUpdate(update_id)
            ids = sorted(r["id"] for r in rows)
        else:
            async with self._db.transaction() as conn:
                await self._db.bump(conn, user_id, kept=False)  # before the rows are stamped
                if not await claim_update(conn, update_id, user_id, now):
                    raise DuplicateUpdate(update_id)
                ids = []
                if events:
                    inserted = await conn.fetch(
                        _insert_events(len(events), first_delivery=False), *params)
                    ids = sorted(r["id"] for r in inserted)
                new_id = ids[0] if ids else None
                await conn.execute(
                    f"UPDATE events SET replaced_by = $1, undone_at = CASE WHEN $1::bigint IS"
                    f" NULL THEN $2 ELSE undone_at END, rev = (SELECT rev FROM users WHERE"
                    f" id = $3) WHERE user_id = $3 AND id = ANY($4) AND {CURRENT}",
                    new_id, aware(now), user_id, replaced)
        return [StoredEvent(id=i, user_id=user_id, event=e)
                for i, e in zip(ids, events, strict=True)]

    async def mark_update(self, user_id: int, update_id: int, *, now: datetime) -> bool:
        """Record an update that stores no event; False when it was already applied."""
        async with self._db.transaction() as conn:
            await ensure_user(conn, user_id, now)
            return await claim_update(conn, update_id, user_id, now)

    async def undo(self, user_id: int, *, now: datetime,
                   event_id: int | None = None) -> Undone:
        """Mark the entry (every event of one message) as undone, newest entry by default, and
        bring back what it replaced from another message (see `Undone`)."""
        async with self._db.transaction() as conn:
            await self._db.bump(conn, user_id, kept=False)  # before the rows are stamped
            if event_id is None:
                first = await conn.fetchrow(
                    f"SELECT * FROM events WHERE user_id = $1 AND {LIVE}"
                    " ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE", user_id)
            else:
                first = await conn.fetchrow(
                    f"SELECT * FROM events WHERE user_id = $1 AND id = $2 AND {LIVE}"
                    " FOR UPDATE", user_id, event_id)
            if first is None:
                return Undone([], [])
            rows = [first]
            restored = []
            if first["message_id"] is not None:
                rows = await conn.fetch(
                    f"SELECT * FROM events WHERE user_id = $1 AND chat_id IS NOT DISTINCT FROM"
                    f" $2 AND message_id = $3 AND {LIVE} ORDER BY id FOR UPDATE",
                    user_id, first["chat_id"], first["message_id"])
                restored = await conn.fetch(
                    "UPDATE events SET replaced_by = NULL, rev = (SELECT rev FROM users WHERE"
                    " id = $1) WHERE user_id = $1 AND replaced_by = ANY($2) AND undone_at IS"
                    " NULL AND NOT held AND message_id IS NOT NULL AND NOT (chat_id IS NOT"
                    " DISTINCT FROM $3 AND message_id = $4) RETURNING *",
                    user_id, [r["id"] for r in rows], first["chat_id"], first["message_id"])
            await conn.execute(
                "UPDATE events SET undone_at = $1, rev = (SELECT rev FROM users WHERE id = $2)"
                " WHERE user_id = $2 AND id = ANY($3)",
                aware(now), user_id, [r["id"] for r in rows])
        return Undone(stored_rows(rows), sorted(stored_rows(restored), key=lambda s: s.id))

    async def log_held(self, user_id: int, event_id: int, *, now: datetime) -> list[StoredEvent]:
        """Make a held message's events live (the runner said they were theirs): the held
        events stored with `event_id` (by the same delivery); [] when there are none (logged
        already, superseded by an edit, or not held). A write: it bumps the runner's
        revision, so every worker reads the events."""
        async with self._db.transaction() as conn:
            await self._db.bump(conn, user_id, kept=False)  # before the rows are stamped
            first = await conn.fetchrow(
                f"SELECT * FROM events WHERE user_id = $1 AND id = $2 AND {HELD} FOR UPDATE",
                user_id, event_id)
            if first is None:
                return []
            rows = await conn.fetch(
                "UPDATE events SET held = FALSE, rev = (SELECT rev FROM users WHERE id = $1)"
                f" WHERE user_id = $1 AND {HELD} AND created_at = $2 AND chat_id IS NOT"
                " DISTINCT FROM $3 AND message_id IS NOT DISTINCT FROM $4 AND update_id IS NOT"
                " DISTINCT FROM $5 RETURNING *",
                user_id, first["created_at"], first["chat_id"], first["message_id"],
                first["update_id"])
        return sorted(stored_rows(rows), key=lambda s: s.id)

    async def held_by_message(self, user_id: int, chat_id: int,
                              message_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = $1 AND chat_id = $2 AND message_id = $3"
            f" AND {HELD} ORDER BY id", user_id, chat_id, message_id)
        return stored_rows(rows)

    async def get(self, user_id: int, event_id: int) -> StoredEvent | None:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = $1 AND id = $2 AND {LIVE}",
            user_id, event_id)
        return stored_row(rows[0]) if rows else None

    async def fate(self, user_id: int, event_id: int) -> tuple[StoredEvent, EventFate] | None:
        """One of the user's events, live or not, with what became of it (None: not theirs)."""
        rows = await self._db.read(
            "SELECT * FROM events WHERE user_id = $1 AND id = $2", user_id, event_id)
        if not rows:
            return None
        return stored_row(rows[0]), event_fate(rows[0])

    async def by_message(self, user_id: int, chat_id: int, message_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = $1 AND chat_id = $2 AND message_id = $3"
            f" AND {LIVE} ORDER BY id", user_id, chat_id, message_id)
        return stored_rows(rows)

    async def between(self, user_id: int, start: datetime, end: datetime,
                      *, kinds: Sequence[EventKind] | None = None) -> list[StoredEvent]:
        """Live events with start <= at < end, oldest first (indexed range scan)."""
        sql = f"SELECT * FROM events WHERE user_id = $1 AND at >= $2 AND at < $3 AND {LIVE}"
        params: list[object] = [user_id, aware(start), aware(end)]
        if kinds:
            sql += " AND kind = ANY($4)"
            params.append(list(kinds))
        rows = await self._db.read(sql + " ORDER BY at, id", *params)
        return stored_rows(rows)

    async def window(self, user_id: int, start: datetime, end: datetime, *,
                     weights_since: datetime) -> tuple[list[StoredEvent], list[WeightLogged]]:
        """One query for a balance: live non-weight events in [start, end), weigh-ins since.

        Two ranges, each on its own index (as on SQLite): a year of weigh-ins from the index
        of weigh-ins (migration 0020), the window's other events from the index by time.
        """
        rows = await self._db.read(
            f"SELECT id, user_id, at, payload FROM events WHERE user_id = $1 AND {LIVE}"
            f" AND kind = 'weight' AND at >= $2 AND at < $4"
            f" UNION ALL SELECT id, user_id, at, payload FROM events WHERE user_id = $1"
            f" AND {LIVE} AND at >= $3 AND at < $4 AND kind <> 'weight' ORDER BY at, id",
            user_id, aware(min(start, weights_since)), aware(start), aware(end))
        events, weights = [], []
        for stored in stored_rows(rows):
            if isinstance(stored.event, WeightLogged):
                weights.append(stored.event)
            else:
                events.append(stored)
        return events, weights

    async def summaries(self, user_id: int, start: datetime, end: datetime, *,
                        weights_since: datetime, decode_since: datetime,
                        ) -> tuple[list[tuple[Summary, StoredEvent | None]], list[Weighed]]:
        """`window` as summaries (migration 0021's `sums`), as on SQLite: the payload only of
        exercise at or after `decode_since` (and of rows stored before the column, whose
        sums are then written back)."""
        rows = await self._db.read(
            f"SELECT id, kind, at, sums, CASE WHEN sums IS NULL THEN payload::text END"
            f" FROM events WHERE user_id = $1 AND {LIVE} AND kind = 'weight' AND at >= $2"
            f" AND at < $4 UNION ALL SELECT id, kind, at, sums, CASE WHEN sums IS NULL OR"
            f" (kind <> 'meal' AND at >= $5) THEN payload::text END FROM events"
            f" WHERE user_id = $1 AND {LIVE} AND at >= $3 AND at < $4 AND kind <> 'weight'"
            f" ORDER BY at, id",
            user_id, aware(min(start, weights_since)), aware(start), aware(end),
            aware(decode_since))
        read = summarized(user_id, [(r[0], r[1], r[2], r[3], r[4]) for r in rows])
        if read.missing:  # rows stored before the column get their sums, once
            await self._db.write(
                "UPDATE events SET sums = v.sums FROM unnest($1::bigint[], $2::text[])"
                " AS v(id, sums) WHERE events.id = v.id AND events.sums IS NULL",
                [i for i, _ in read.missing], [sums for _, sums in read.missing])
        return read.events, read.weights

    async def all_for_user(self, user_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = $1 AND {LIVE} ORDER BY at, id", user_id)
        return stored_rows(rows)
