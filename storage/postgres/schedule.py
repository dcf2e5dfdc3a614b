"""Messages the bot sends by itself: reminders, summaries, nudges (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import asyncpg

from engine.records import Finished, MessageKind, MessagePayload, PlannedRow, ScheduledMessage
from storage.codec import payload_from_json, payload_json, payload_patch
from storage.leases import CLAIM_LEASE, SEND_LEASE
from storage.postgres.db import PgDatabase, aware

#: The names of the workers with a session on this database (`storage/leases.py`): a row held
#: in any other name belongs to a dead worker. Evaluated once per statement.
LIVE_WORKERS = ("ARRAY(SELECT application_name FROM pg_stat_activity"
                " WHERE datname = current_database())")
#: Held rows whose worker died (its sessions are gone) or whose lease ran out ($1: now).
ABANDONED = ("state IN ('claimed', 'sending') AND (lease_until <= $1"
             f" OR claimed_by <> ALL({LIVE_WORKERS}))")


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
    """Messages the bot sends by itself, leased to one worker at a time (`storage/leases.py`)."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db
        #: Rows are claimed in the name the pool's sessions carry: while one of them lives,
        #: so does this worker (`LIVE_WORKERS`).
        self.worker = db.name
        #: Each runner's latest nudge key as their unit's start brought it (`prime`), or as
        #: this worker planned it since. A nudge's row is never taken back (only with its
        #: runner), so a key kept here stays planned.
        self._nudged: dict[int, str | None] = {}
        db.on_stale(self._forget)

    def _forget(self, user_id: int) -> None:
        self._nudged.pop(user_id, None)

    def prime(self, user_id: int, row: asyncpg.Record | Mapping[str, Any]) -> None:
        """Keep the latest nudge key the runner's read brought along (`PgUserStore.get`)."""
        self._nudged[user_id] = row["nudged"]

    def holds(self, user_id: int) -> bool:
        """The latest nudge key comes with every unit behind on the runner: nothing to hold."""
        return True

    def nudged(self, user_id: int, dedupe_key: str | None) -> None:
        """Keep the latest nudge key a unit behind on events alone brought as it started."""
        self._nudged[user_id] = dedupe_key

    def nudge_known(self, user_id: int, dedupe_key: str) -> bool:
        """Whether a nudge with this key is known planned without a query: another worker
        planned it before this unit of the runner started, or this worker did."""
        return self._db.keeps(user_id) and self._nudged.get(user_id) == dedupe_key

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

    async def cancel_all(self, user_id: int, dedupe_keys: Sequence[str], *,
                         now: datetime) -> int:
        """`cancel` of each key, in one statement; how many were pending."""
        return await self._db.write(
            "UPDATE scheduled_messages SET state = 'cancelled', done_at = $1"
            " WHERE user_id = $2 AND dedupe_key = ANY($3) AND state = 'pending'",
            aware(now), user_id, list(dedupe_keys))

    async def revive(self, user_id: int, dedupe_key: str) -> bool:
        """A cancelled row pending again, its cause undone; False when it was not cancelled."""
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'pending', done_at = NULL"
            " WHERE user_id = $1 AND dedupe_key = $2 AND state = 'cancelled'",
            user_id, dedupe_key)
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
        """When a row is next due: a pending one, or a held one whose lease runs out (a dead
        worker's `claimed` row goes back to the others then, its `sending` row counts lost),
        or at once (its claim time) a row held by a worker already dead."""
        rows = await self._db.read(
            "SELECT least((SELECT min(due_at) FROM scheduled_messages WHERE state = 'pending'),"
            " (SELECT min(lease_until) FROM scheduled_messages"
            " WHERE state IN ('claimed', 'sending')),"
            " (SELECT min(claimed_at) FROM scheduled_messages"
            f" WHERE state IN ('claimed', 'sending') AND claimed_by <> ALL({LIVE_WORKERS})))")
        value: datetime | None = rows[0][0]
        return value

    async def claim_due(self, now: datetime, limit: int = 500, *,
                        lease: timedelta = CLAIM_LEASE) -> list[ScheduledMessage]:
        """Lease due pending rows to this worker (`claimed`) and return them, oldest first.

        Rows a dead worker left (its sessions gone, or its lease over) are recovered first,
        in one statement (see `storage/leases.py`): `claimed` ones go back to pending and are
        claimed again below, `sending` ones become `lost`. Rows past `expires_at` are marked
        `skipped` instead: sent late only while useful. Every step skips the rows another
        worker has locked, so claimers never wait on (or deadlock with) each other and never
        get the same row.
        """
        stamp = aware(now)
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE scheduled_messages SET"
                " state = CASE state WHEN 'claimed' THEN 'pending' ELSE 'lost' END,"
                " done_at = CASE state WHEN 'claimed' THEN NULL ELSE $1 END,"
                " claimed_by = CASE state WHEN 'claimed' THEN NULL ELSE claimed_by END,"
                " claimed_at = CASE state WHEN 'claimed' THEN NULL ELSE claimed_at END,"
                " lease_until = NULL WHERE (user_id, id) IN (SELECT user_id, id"
                f" FROM scheduled_messages WHERE {ABANDONED} FOR UPDATE SKIP LOCKED)", stamp)
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
        return sorted((scheduled_row(r) for r in rows), key=lambda m: (m.due_at, m.id))

    async def start_sending(self, message_id: int, *, now: datetime) -> bool:
        """Mark a row this worker holds `sending`, just before its HTTP call.

        False when the lease ran out and the row went back to the others: send nothing.
        """
        changed = await self._db.write(
            "UPDATE scheduled_messages SET state = 'sending', lease_until = $1"
            " WHERE id = $2 AND state = 'claimed' AND claimed_by = $3",
            aware(now) + SEND_LEASE, message_id, self.worker)
        return changed == 1

    async def finish(self, message_id: int, state: Finished, *, now: datetime) -> None:
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

    async def plan_nudge(self, user_id: int, dedupe_key: str,
                         candidates: Sequence[MessagePayload], *, sent_since: datetime,
                         due_at: datetime, expires_at: datetime, now: datetime) -> bool:
        """Plan the first candidate not sent since `sent_since`, unless the key exists:
        `nudge_state` and `put` in one statement."""
        if not candidates:
            return False
        rows = await self._db.read(
            "INSERT INTO scheduled_messages (user_id, kind, due_at, expires_at, payload,"
            " dedupe_key, created_at) SELECT $1, 'nudge', $2, $3, c.payload::jsonb, $4, $5"
            " FROM unnest($6::text[], $7::text[]) WITH ORDINALITY AS c(code, payload, rank)"
            " WHERE NOT EXISTS (SELECT 1 FROM scheduled_messages WHERE user_id = $1"
            " AND dedupe_key = $4) AND c.code NOT IN (SELECT payload ->> 'code'"
            " FROM scheduled_messages WHERE user_id = $1 AND kind = 'nudge' AND state = 'sent'"
            " AND done_at >= $8 AND payload ->> 'code' IS NOT NULL)"
            " ORDER BY c.rank LIMIT 1"
            " ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id",
            user_id, aware(due_at), aware(expires_at), dedupe_key, aware(now),
            [c.code for c in candidates], [payload_json(c) for c in candidates],
            aware(sent_since))
        if rows and self._db.keeps(user_id):
            self._nudged[user_id] = dedupe_key
        return bool(rows)

    async def sent_since(self, user_id: int, kind: MessageKind,
                         since: datetime) -> list[ScheduledMessage]:
        rows = await self._db.read(
            "SELECT * FROM scheduled_messages WHERE user_id = $1 AND kind = $2"
            " AND state = 'sent' AND done_at >= $3 ORDER BY done_at",
            user_id, kind, aware(since))
        return [scheduled_row(r) for r in rows]
