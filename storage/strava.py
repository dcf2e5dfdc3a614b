"""Strava links, webhook events and activity ids on SQLite (migration 0011).

Tokens arrive here already encrypted (bot/strava/crypto.py): this store never sees one in
clear. Each public method is one statement or one transaction (STYLE.md 3.6).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

from engine.strava import StravaLink, WebhookEvent
from storage.codec import webhook_event
from storage.db import Database, from_db_time, to_db_time
from storage.sqlite.users import ensure_user


def _link(row: sqlite3.Row) -> StravaLink:
    return StravaLink(user_id=row["user_id"], athlete_id=row["athlete_id"],
                      chat_id=row["chat_id"], tokens=row["tokens"],
                      expires_at=from_db_time(row["expires_at"]), scope=row["scope"],
                      connected_at=from_db_time(row["connected_at"]))


class SqliteStravaStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def link(self, link: StravaLink) -> None:
        """Store a runner's link; the athlete's link to any other runner goes."""
        async with self._db.transaction() as conn:
            await ensure_user(conn, link.user_id, link.connected_at)
            await conn.execute("DELETE FROM strava_links WHERE athlete_id = ? AND user_id <> ?",
                               (link.athlete_id, link.user_id))
            await conn.execute(
                "INSERT INTO strava_links (user_id, athlete_id, chat_id, tokens, expires_at,"
                " scope, connected_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO"
                " UPDATE SET athlete_id = excluded.athlete_id, chat_id = excluded.chat_id,"
                " tokens = excluded.tokens, expires_at = excluded.expires_at,"
                " scope = excluded.scope, connected_at = excluded.connected_at",
                (link.user_id, link.athlete_id, link.chat_id, link.tokens,
                 to_db_time(link.expires_at), link.scope, to_db_time(link.connected_at)))

    async def get(self, user_id: int) -> StravaLink | None:
        rows = await self._db.read("SELECT * FROM strava_links WHERE user_id = ?", (user_id,))
        return _link(rows[0]) if rows else None

    async def for_athlete(self, athlete_id: int) -> StravaLink | None:
        rows = await self._db.read("SELECT * FROM strava_links WHERE athlete_id = ?",
                                   (athlete_id,))
        return _link(rows[0]) if rows else None

    async def set_tokens(self, user_id: int, tokens: str, expires_at: datetime) -> None:
        await self._db.write("UPDATE strava_links SET tokens = ?, expires_at = ? WHERE user_id = ?",
                             (tokens, to_db_time(expires_at), user_id))

    async def unlink(self, user_id: int) -> StravaLink | None:
        """Delete the link, the athlete's waiting events and the activity ids; the old link."""
        async with self._db.transaction() as conn:
            rows = list(await conn.execute_fetchall(
                "DELETE FROM strava_links WHERE user_id = ? RETURNING *", (user_id,)))
            if not rows:
                return None
            link = _link(rows[0])
            await conn.execute("DELETE FROM strava_events WHERE user_id = ? AND done_at IS NULL",
                               (user_id,))
            await conn.execute("DELETE FROM strava_activities WHERE user_id = ?", (user_id,))
        return link

    async def add_event(self, user_id: int, event: WebhookEvent, *, now: datetime) -> bool:
        """Keep one webhook event for the runner, due now; False when it was kept before."""
        changed = await self._db.write(
            "INSERT INTO strava_events (user_id, owner_id, object_type, object_id, aspect_type,"
            " event_time, updates, received_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (user_id, event.owner_id, event.object_type, event.object_id, event.aspect_type,
             event.event_time, json.dumps(event.updates), to_db_time(now), to_db_time(now)))
        return changed == 1

    async def claim_events(self, now: datetime, lease: timedelta,
                           limit: int = 20) -> list[WebhookEvent]:
        """Due events, oldest first, leased until `now + lease` (a crash lets the lease lapse).

        `attempts` counts this one: 1 the first time an event is claimed.
        """
        async with self._db.transaction() as conn:
            rows = list(await conn.execute_fetchall(
                "UPDATE strava_events SET due_at = ?, attempts = attempts + 1 WHERE id IN ("
                " SELECT id FROM strava_events WHERE done_at IS NULL AND due_at <= ?"
                " ORDER BY id LIMIT ?) RETURNING *",
                (to_db_time(now + lease), to_db_time(now), limit)))
        return sorted((webhook_event(r) for r in rows), key=lambda e: e.id)

    async def finish_event(self, event_id: int, *, now: datetime) -> None:
        await self._db.write("UPDATE strava_events SET done_at = ? WHERE id = ?",
                             (to_db_time(now), event_id))

    async def retry_event(self, event_id: int, due_at: datetime) -> None:
        await self._db.write("UPDATE strava_events SET due_at = ? WHERE id = ?",
                             (to_db_time(due_at), event_id))

    async def prune_events(self, before: datetime) -> int:
        """Delete events finished before `before` (kept a while to drop redeliveries)."""
        return await self._db.write("DELETE FROM strava_events WHERE done_at < ?",
                                    (to_db_time(before),))

    async def next_event_due(self) -> datetime | None:
        rows = await self._db.read(
            "SELECT MIN(due_at) AS due FROM strava_events WHERE done_at IS NULL")
        return from_db_time(rows[0]["due"]) if rows and rows[0]["due"] else None

    async def activity_event(self, user_id: int, activity_id: int) -> int | None:
        """Our event id for a Strava activity, or None when none was logged for it."""
        rows = await self._db.read(
            "SELECT event_id FROM strava_activities WHERE user_id = ? AND activity_id = ?",
            (user_id, activity_id))
        return int(rows[0]["event_id"]) if rows else None

    async def map_activity(self, user_id: int, activity_id: int, event_id: int | None) -> None:
        """Remember (or with None, forget) which event holds the activity."""
        if event_id is None:
            await self._db.write(
                "DELETE FROM strava_activities WHERE user_id = ? AND activity_id = ?",
                (user_id, activity_id))
            return
        await self._db.write(
            "INSERT INTO strava_activities (user_id, activity_id, event_id) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id, activity_id) DO UPDATE SET event_id = excluded.event_id",
            (user_id, activity_id, event_id))
