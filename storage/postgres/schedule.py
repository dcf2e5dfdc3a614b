"""Messages the bot sends by itself: reminders, summaries, nudges (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import asyncpg

from engine.records import Finished, MessageKind, MessagePayload, PlannedRow, ScheduledMessage
from storage.codec import payload_from_json, payload_json, payload_patch
from storage.postgres.db import PgDatabase, aware


def scheduled_row(row: asyncpg.Record) -> ScheduledMessage:
    return ScheduledMessage(
        id=row["id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=row["due_at"],
        expires_at=row["expires_at"],
        payload=payload_from_json(row["payload"]),
        state=row["state"],
        dedupe_key=row["dedupe_key"],
    )


class PgScheduleStore:
    """Messages the bot sends by itself. Rows are claimed before sending (at most once)."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    async def put(self, user_id: int, kind: MessageKind, *, due_at: datetime, dedupe_key: str,
                  now: datetime, expires_at: datetime | None = None,
                  payload: MessagePayload | None = None) -> None:
        """Schedule (or move, while still pending) the message with this key."""
        await self._db.write(
            "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, payload,"
            " dedupe_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            " ON CONFLICT (user_id, dedupe_key) DO UPDATE SET due_at = excluded.due_at,"
            " expires_at = excluded.expires_at, payload = excluded.payload"
            " WHERE scheduled_messages.state = 'pending'",
            user_id, kind, aware(due_at), expires_at and aware(expires_at),
            payload_json(payload), dedupe_key, aware(now))

    async def put_many(self, rows: Sequence[PlannedRow], *, now: datetime) -> None:
        """Insert the rows that do not exist yet."""
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

    async def pending(self, user_id: int, kind: MessageKind | None = None, *,
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
        return [scheduled_row(r) for r in rows]

    async def get(self, user_id: int, dedupe_key: str) -> ScheduledMessage | None:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = $1 AND dedupe_key = $2",
            user_id, dedupe_key)
        return scheduled_row(rows[0]) if rows else None

    async def next_due(self) -> datetime | None:
        rows = await self._db.read(
            "SELECT min(due_at) FROM scheduled_messages WHERE state = 'pending'")
        value: datetime | None = rows[0][0]
        return value

    async def claim_due(self, now: datetime, limit: int = 500) -> list[ScheduledMessage]:
        """Move due pending rows to `claimed` and return them, oldest first.

        Rows past `expires_at` are marked `skipped` instead: sent late only while useful.
        Rows another transaction is claiming are skipped, not waited for.
        """
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE scheduled_messages SET state = 'skipped', done_at = $1"
                " WHERE state = 'pending' AND due_at <= $1 AND expires_at IS NOT NULL"
                " AND expires_at <= $1", aware(now))
            rows = await conn.fetch(
                "UPDATE scheduled_messages SET state = 'claimed', claimed_at = $1"
                " WHERE (user_id, id) IN (SELECT user_id, id FROM scheduled_messages"
                " WHERE state = 'pending' AND due_at <= $1 ORDER BY due_at, id LIMIT $2"
                " FOR UPDATE SKIP LOCKED) RETURNING *", aware(now), limit)
        return sorted((scheduled_row(r) for r in rows), key=lambda m: (m.due_at, m.id))

    async def finish(self, message_id: int, state: Finished, *, now: datetime) -> None:
        """Mark a claimed row `sent`, `failed` or `skipped`."""
        await self._db.write(
            "UPDATE scheduled_messages SET state = $1, done_at = $2 WHERE id = $3",
            state, aware(now), message_id)

    async def release(self, message_id: int, due_at: datetime) -> None:
        """A claimed row that could not be sent goes back to pending, due again at `due_at`."""
        await self._db.write(
            "UPDATE scheduled_messages SET state = 'pending', claimed_at = NULL, due_at = $1"
            " WHERE id = $2 AND state = 'claimed'", aware(due_at), message_id)

    async def annotate(self, message_id: int, payload: MessagePayload) -> None:
        """Merge facts learned later (e.g. whether a nudge was followed) into the payload."""
        await self._db.write(
            "UPDATE scheduled_messages SET payload = payload || $1::jsonb WHERE id = $2",
            payload_patch(payload), message_id)

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

    async def sent_since(self, user_id: int, kind: MessageKind,
                         since: datetime) -> list[ScheduledMessage]:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = $1 AND kind = $2"
            " AND state = 'sent' AND done_at >= $3 ORDER BY done_at",
            user_id, kind, aware(since))
        return [scheduled_row(r) for r in rows]
