"""What runners logged: runs, meals, weigh-ins... with undo and corrections (SQLite)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from engine.events import Event, EventFate, EventKind, StoredEvent, Summary, WeightLogged
from engine.records import DuplicateUpdate, Undone
from engine.weights import Weighed
from storage.codec import (
    CURRENT,
    EVENT,
    HELD,
    LIVE,
    event_fate,
    event_json,
    stored_events,
    summarized,
    summary_json,
)
from storage.db import Database, from_db_time, to_db_time
from storage.sqlite.users import claim_update, ensure_user


def _insert_events(count: int, *, first_delivery: bool) -> str:
    """A multi-row INSERT returning the new ids.

    With `first_delivery`, the rows go in only if their update was never applied: no event
    carries its id (migration 0007's index `events_by_update`) and `processed_updates` does
    not hold it. A redelivered update then inserts nothing, whatever it parses into this
    time (a food taught meanwhile may turn one event into two); SQLite runs the statement
    alone, so the check and the insert are one step. The update id follows the rows, twice.
    """
    values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"] * count)
    columns = ("user_id, kind, at, payload, chat_id, message_id, created_at, update_id, seq,"
               " sums, held")
    if not first_delivery:
        return f"INSERT INTO events ({columns}) VALUES {values} RETURNING id"
    return (f"INSERT INTO events ({columns}) SELECT * FROM (VALUES {values})"
            " WHERE NOT EXISTS (SELECT 1 FROM events WHERE update_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?)"
            " RETURNING id")


def stored_row(row: sqlite3.Row) -> StoredEvent:
    return StoredEvent(
        id=row["id"], user_id=row["user_id"], event=EVENT.validate_json(row["payload"])
    )


def stored_rows(rows: Iterable[sqlite3.Row]) -> list[StoredEvent]:
    return stored_events((r["id"], r["user_id"], r["payload"]) for r in rows)


class SqliteEventStore:
    """Events, parsed afresh on each read.

    The coach keeps what it needs of a runner (its `Runner`), so events are read back rarely;
    a cache of parsed events cost more than it saved, its thousands of pydantic objects
    lengthening every garbage collection.
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
        held: bool = False,
    ) -> list[StoredEvent]:
        """Append events (and mark the ones they replace) atomically.

        The user must exist (the coach touches them first). Raises `DuplicateUpdate`, storing
        nothing, when `update_id` was already applied. `held`: stored `HELD`, so nothing
        counts them until `log_held`.
        """
        replaced = list(replaces)
        stamp = to_db_time(now)  # most events (a meal, a weigh-in) are at `now`: one text
        params = tuple(v for seq, e in enumerate(events)
                       for v in (user_id, e.kind, stamp if e.at == now else to_db_time(e.at),
                                 event_json(e), chat_id, message_id, stamp, update_id, seq,
                                 summary_json(e), int(held)))
        if events and not replaced:  # the common case: one atomic statement
            ids = await self._db.write_returning(_insert_events(len(events), first_delivery=True),
                                                 (*params, update_id, update_id))
            if not ids:
                raise DuplicateUpdate(update_id)
        else:
            async with self._db.transaction() as conn:
                if not await claim_update(conn, update_id, user_id, now):
                    raise DuplicateUpdate(update_id)
                ids = []
                if events:
                    inserted = await conn.execute_fetchall(
                        _insert_events(len(events), first_delivery=False), params)
                    ids = [r[0] for r in inserted]
                new_id = min(ids) if ids else None
                await conn.executemany(
                    f"UPDATE events SET replaced_by = ?, undone_at = CASE WHEN ? IS NULL"
                    f" THEN ? ELSE undone_at END WHERE id = ? AND user_id = ? AND {CURRENT}",
                    [(new_id, new_id, stamp, old, user_id) for old in replaced],
                )
        return [StoredEvent(id=i, user_id=user_id, event=e)
                for i, e in zip(sorted(ids), events, strict=True)]

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
            if event_id is None:
                rows = await conn.execute_fetchall(
                    f"SELECT * FROM events WHERE user_id = ? AND {LIVE}"
                    " ORDER BY created_at DESC, id DESC LIMIT 1",
                    (user_id,),
                )
            else:
                rows = await conn.execute_fetchall(
                    f"SELECT * FROM events WHERE user_id = ? AND id = ? AND {LIVE}",
                    (user_id, event_id),
                )
            first = next(iter(rows), None)
            if first is None:
                return Undone([], [])
            ids = [first["id"]]
            restored: Iterable[sqlite3.Row] = ()
            if first["message_id"] is not None:
                rows = await conn.execute_fetchall(
                    f"SELECT * FROM events WHERE user_id = ? AND chat_id IS ? AND message_id = ?"
                    f" AND {LIVE} ORDER BY id",
                    (user_id, first["chat_id"], first["message_id"]),
                )
                ids = [r["id"] for r in rows]
                restored = await conn.execute_fetchall(
                    f"UPDATE events SET replaced_by = NULL WHERE user_id = ? AND replaced_by IN"
                    f" ({','.join('?' * len(ids))}) AND undone_at IS NULL AND NOT held AND"
                    " message_id IS NOT NULL AND NOT (chat_id IS ? AND message_id = ?) RETURNING *",
                    (user_id, *ids, first["chat_id"], first["message_id"]),
                )
            await conn.executemany(
                "UPDATE events SET undone_at = ? WHERE id = ?",
                [(to_db_time(now), i) for i in ids],
            )
        return Undone(stored_rows(rows), sorted(stored_rows(restored), key=lambda s: s.id))

    async def log_held(self, user_id: int, event_id: int, *, now: datetime) -> list[StoredEvent]:
        """Make a held message's events live (the runner said they were theirs): the held
        events stored with `event_id` (by the same delivery); [] when there are none (logged
        already, superseded by an edit, or not held)."""
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall(
                f"SELECT * FROM events WHERE user_id = ? AND id = ? AND {HELD}",
                (user_id, event_id))
            first = next(iter(rows), None)
            if first is None:
                return []
            rows = await conn.execute_fetchall(
                f"UPDATE events SET held = 0 WHERE user_id = ? AND {HELD}"
                " AND created_at = ? AND chat_id IS ? AND message_id IS ? AND update_id IS ?"
                " RETURNING *",
                (user_id, first["created_at"], first["chat_id"], first["message_id"],
                 first["update_id"]))
        return sorted(stored_rows(rows), key=lambda s: s.id)

    async def held_by_message(self, user_id: int, chat_id: int,
                              message_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = ? AND chat_id = ? AND message_id = ?"
            f" AND {HELD} ORDER BY id",
            (user_id, chat_id, message_id),
        )
        return stored_rows(rows)

    async def get(self, user_id: int, event_id: int) -> StoredEvent | None:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = ? AND id = ? AND {LIVE}", (user_id, event_id)
        )
        return stored_row(rows[0]) if rows else None

    async def fate(self, user_id: int, event_id: int) -> tuple[StoredEvent, EventFate] | None:
        """One of the user's events, live or not, with what became of it (None: not theirs)."""
        rows = await self._db.read(
            "SELECT * FROM events WHERE user_id = ? AND id = ?", (user_id, event_id))
        if not rows:
            return None
        return stored_row(rows[0]), event_fate(rows[0])

    async def by_message(self, user_id: int, chat_id: int, message_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = ? AND chat_id = ? AND message_id = ?"
            f" AND {LIVE} ORDER BY id",
            (user_id, chat_id, message_id),
        )
        return stored_rows(rows)

    async def between(self, user_id: int, start: datetime, end: datetime,
                      *, kinds: Sequence[EventKind] | None = None) -> list[StoredEvent]:
        """Live events with start <= at < end, oldest first (indexed range scan)."""
        sql = f"SELECT * FROM events WHERE user_id = ? AND at >= ? AND at < ? AND {LIVE}"
        params: list[object] = [user_id, to_db_time(start), to_db_time(end)]
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params.extend(kinds)
        rows = await self._db.read(sql + " ORDER BY at, id", tuple(params))
        return stored_rows(rows)

    async def window(self, user_id: int, start: datetime, end: datetime, *,
                     weights_since: datetime) -> tuple[list[StoredEvent], list[WeightLogged]]:
        """One query for a balance: live non-weight events in [start, end), weigh-ins since.

        Two ranges, each on its own index: a year of weigh-ins from the index of weigh-ins
        (migration 0020), the window's other events from the index by time. One range over
        both walked every meal and run of the year to find the weigh-ins among them.
        """
        rows = await self._db.read(
            f"SELECT id, user_id, at, payload FROM events WHERE user_id = ? AND {LIVE}"
            f" AND kind = 'weight' AND at >= ? AND at < ?"
            f" UNION ALL SELECT id, user_id, at, payload FROM events WHERE user_id = ?"
            f" AND {LIVE} AND at >= ? AND at < ? AND kind <> 'weight' ORDER BY at, id",
            (user_id, to_db_time(min(start, weights_since)), to_db_time(end),
             user_id, to_db_time(start), to_db_time(end)),
        )
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
        """`window` as summaries (migration 0021's `sums`), for a runner's first message: live
        non-weight events in [start, end), each with its decoded event only when it is
        exercise at or after `decode_since`; the weigh-ins since `weights_since` as masses.

        The same two ranges as `window`; the payloads of the month's meals and of a year of
        weigh-ins stay in the database. Rows stored before the column are summed from their
        payloads, and their sums written back.
        """
        rows = await self._db.read(
            f"SELECT id, kind, at, sums, CASE WHEN sums IS NULL THEN payload END FROM events"
            f" WHERE user_id = ? AND {LIVE} AND kind = 'weight' AND at >= ? AND at < ?"
            f" UNION ALL SELECT id, kind, at, sums, CASE WHEN sums IS NULL OR (kind <> 'meal'"
            f" AND at >= ?) THEN payload END FROM events WHERE user_id = ? AND {LIVE}"
            f" AND at >= ? AND at < ? AND kind <> 'weight' ORDER BY at, id",
            (user_id, to_db_time(min(start, weights_since)), to_db_time(end),
             to_db_time(decode_since), user_id, to_db_time(start), to_db_time(end)),
        )
        read = summarized(user_id, [(r[0], r[1], from_db_time(r[2]), r[3], r[4]) for r in rows])
        if read.missing:  # rows stored before the column get their sums, once
            async with self._db.transaction() as conn:
                await conn.executemany(
                    "UPDATE events SET sums = ? WHERE id = ? AND sums IS NULL",
                    [(sums, event_id) for event_id, sums in read.missing])
        return read.events, read.weights

    async def all_for_user(self, user_id: int) -> list[StoredEvent]:
        rows = await self._db.read(
            f"SELECT * FROM events WHERE user_id = ? AND {LIVE} ORDER BY at, id", (user_id,)
        )
        return stored_rows(rows)
