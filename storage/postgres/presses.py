"""The buttons already pressed, per message they were shown on (PostgreSQL)."""

from __future__ import annotations

from datetime import datetime

from storage.postgres.db import PgDatabase, aware


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
