"""Raw Telegram updates between fetch and handling (polling; see migration 0006) (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage.postgres.db import PgDatabase, aware


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

    async def done(self, *update_ids: int) -> None:
        """Drop handled updates: one statement for all of them (bot.telegram.inbox.Handled)."""
        if update_ids:
            await self._db.write("DELETE FROM inbox WHERE update_id = ANY($1::bigint[])",
                                 list(update_ids))

    async def pending(self) -> list[str]:
        """JSON of every update not handled yet, oldest first."""
        rows = await self._db.read("SELECT payload FROM inbox ORDER BY update_id")
        return [r["payload"] for r in rows]
