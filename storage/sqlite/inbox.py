"""Raw Telegram updates between fetch and handling (see migration 0006) (SQLite)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage.db import Database, to_db_time


class SqliteInbox:
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

    async def done(self, *update_ids: int) -> None:
        """Drop handled updates: one statement for all of them (bot.telegram.inbox.Handled)."""
        if update_ids:
            await self._db.write("DELETE FROM inbox WHERE update_id IN"
                                 f" ({', '.join('?' * len(update_ids))})", update_ids)

    async def pending(self) -> list[str]:
        """JSON of every update not handled yet, oldest first."""
        rows = await self._db.read("SELECT payload FROM inbox ORDER BY update_id")
        return [r["payload"] for r in rows]
