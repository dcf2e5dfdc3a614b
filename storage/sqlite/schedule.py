"""Messages the bot sends by itself: reminders, summaries, nudges (SQLite)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import get_args

from engine.records import Finished, MessageKind, MessagePayload, PlannedRow, ScheduledMessage
from storage.codec import payload_from_json, payload_json, payload_patch
from storage.db import Database, from_db_time, to_db_time
from storage.leases import CLAIM_LEASE, SEND_LEASE, worker_name


def _kind_is(kind: MessageKind) -> str:
    """`kind = '<kind>'`, the kind written into the SQL rather than bound.

    Bound (`kind = ?`), the statement is planned again on every call: SQLite checks the
    value against the partial index `scheduled_messages_nudges` (`kind = 'nudge'`), and a
    statement whose plan depends on a bound value is re-prepared whenever one is bound
    (~0.1 ms a call; several of a runner's messages after a run make one). The kinds are a
    closed set, checked here.
    """
    if kind not in get_args(MessageKind):
        raise ValueError(f"not a message kind: {kind!r}")
    return f"kind = '{kind}'"


def scheduled_row(row: sqlite3.Row) -> ScheduledMessage:
    return ScheduledMessage(
        id=row["id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=from_db_time(row["due_at"]),
        expires_at=from_db_time(row["expires_at"]) if row["expires_at"] else None,
        payload=payload_from_json(row["payload"]),
        state=row["state"],
        dedupe_key=row["dedupe_key"],
    )


class SqliteScheduleStore:
    """Messages the bot sends by itself, leased to one worker at a time (`storage/leases.py`)."""

    def __init__(self, db: Database, worker: str | None = None) -> None:
        self._db = db
        self.worker = worker or worker_name()

    async def put(self, user_id: int, kind: MessageKind, *, due_at: datetime, dedupe_key: str,
                  now: datetime, expires_at: datetime | None = None,
                  payload: MessagePayload | None = None) -> None:
        """Schedule (or move, while still pending) the message with this key."""
        await self._db.write(
            "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, payload,"
            " dedupe_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (user_id, dedupe_key) DO UPDATE SET due_at = excluded.due_at,"
            " expires_at = excluded.expires_at, payload = excluded.payload"
            " WHERE scheduled_messages.state = 'pending'",
            (user_id, kind, to_db_time(due_at), to_db_time(expires_at) if expires_at else None,
             payload_json(payload), dedupe_key, to_db_time(now)),
        )

    async def put_many(self, rows: Sequence[PlannedRow], *, now: datetime) -> None:
        """Insert the rows that do not exist yet."""
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

    async def cancel_all(self, user_id: int, dedupe_keys: Sequence[str], *,
                         now: datetime) -> int:
        """`cancel` of each key, in one statement; how many were pending."""
        return await self._db.write(
            "UPDATE scheduled_messages SET state = 'cancelled', done_at = ?"
            f" WHERE user_id = ? AND dedupe_key IN ({','.join('?' * len(dedupe_keys))})"
            " AND state = 'pending'",
            (to_db_time(now), user_id, *dedupe_keys),
        )

    async def revive(self, user_id: int, dedupe_key: str) -> bool:
        """A cancelled row pending again, its cause undone; False when it was not cancelled."""
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'pending', done_at = NULL"
            " WHERE user_id = ? AND dedupe_key = ? AND state = 'cancelled'",
            (user_id, dedupe_key),
        )
        return changed == 1

    async def pending(self, user_id: int, kind: MessageKind | None = None, *,
                      now: datetime | None = None) -> list[ScheduledMessage]:
        """The user's pending rows, oldest due first: all, or one kind still useful at `now`."""
        sql = "SELECT * FROM scheduled_messages WHERE user_id = ? AND state = 'pending'"
        params: list[object] = [user_id]
        if kind is not None:
            sql += f" AND {_kind_is(kind)}"
        if now is not None:
            sql += " AND (expires_at IS NULL OR expires_at > ?)"
            params.append(to_db_time(now))
        rows = await self._db.read(sql + " ORDER BY due_at", tuple(params))
        return [scheduled_row(r) for r in rows]

    async def get(self, user_id: int, dedupe_key: str) -> ScheduledMessage | None:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = ? AND dedupe_key = ?",
            (user_id, dedupe_key),
        )
        return scheduled_row(rows[0]) if rows else None

    async def next_due(self) -> datetime | None:
        """When a row is next due: a pending one, or a held one whose lease runs out (a dead
        worker's `claimed` row goes back to the others then, its `sending` row counts lost)."""
        rows = await self._db.read(
            "SELECT min(t) FROM (SELECT min(due_at) AS t FROM scheduled_messages"
            " WHERE state = 'pending' UNION ALL SELECT min(lease_until) FROM scheduled_messages"
            " WHERE state IN ('claimed', 'sending'))"
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
        # As read before the UPDATE; returned as they now are, like PostgreSQL's RETURNING.
        return [replace(scheduled_row(r), state="claimed") for r in rows]

    async def start_sending(self, message_id: int, *, now: datetime) -> bool:
        """Mark a row this worker holds `sending`, just before its HTTP call.

        False when the lease ran out and the row went back to the others: send nothing.
        """
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'sending', lease_until = ?"
            " WHERE id = ? AND state = 'claimed' AND claimed_by = ?",
            (to_db_time(now + SEND_LEASE), message_id, self.worker))
        return changed == 1

    async def finish(self, message_id: int, state: Finished, *, now: datetime) -> None:
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

    async def annotate(self, message_id: int, payload: MessagePayload) -> None:
        """Merge facts learned later (e.g. whether a nudge was followed) into the payload."""
        await self._db.write(
            "UPDATE scheduled_messages SET payload = json_patch(payload, ?) WHERE id = ?",
            (payload_patch(payload), message_id),
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

    def nudge_known(self, user_id: int, dedupe_key: str) -> bool:
        """Never without a query: this process is the only one planning, and the coach keeps
        what its first look of the day found (`bot/coach/nudges.py`)."""
        return False

    async def plan_nudge(self, user_id: int, dedupe_key: str,
                         candidates: Sequence[MessagePayload], *, sent_since: datetime,
                         due_at: datetime, expires_at: datetime, now: datetime) -> bool:
        """Plan the first candidate not sent since `sent_since`, unless the key exists.

        `nudge_state` and `put` in one statement (the candidates in order, each with its rank),
        so a runner's first reply of the day waits for one round trip, not two. The codes sent
        since are read once (an uncorrelated NOT IN), not once per candidate: a runner's rows
        grow by a few a day, and each read of them scans them all.
        """
        if not candidates:
            return False
        values = ", ".join(["(?, ?, ?)"] * len(candidates))
        ids = await self._db.write_returning(
            "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, payload,"
            " dedupe_key, created_at) SELECT ?, 'nudge', ?, ?, c.column3, ?, ?"
            f" FROM (VALUES {values}) AS c"
            " WHERE NOT EXISTS (SELECT 1 FROM scheduled_messages WHERE user_id = ?"
            " AND dedupe_key = ?) AND c.column2 NOT IN (SELECT json_extract(payload, '$.code')"
            " AS code FROM scheduled_messages WHERE user_id = ? AND kind = 'nudge'"
            " AND state = 'sent' AND done_at >= ? AND code IS NOT NULL)"
            " ORDER BY c.column1 LIMIT 1"
            " ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id",
            (user_id, to_db_time(due_at), to_db_time(expires_at), dedupe_key, to_db_time(now),
             *(v for rank, c in enumerate(candidates) for v in (rank, c.code, payload_json(c))),
             user_id, dedupe_key, user_id, to_db_time(sent_since)),
        )
        return bool(ids)

    async def sent_since(self, user_id: int, kind: MessageKind,
                         since: datetime) -> list[ScheduledMessage]:
        rows = await self._db.read(
            f"SELECT * FROM scheduled_messages WHERE user_id = ? AND {_kind_is(kind)}"
            " AND state = 'sent' AND done_at >= ? ORDER BY done_at",
            (user_id, to_db_time(since)),
        )
        return [scheduled_row(r) for r in rows]
