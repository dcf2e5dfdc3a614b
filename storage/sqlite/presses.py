"""The buttons already pressed, per message they were shown on (SQLite)."""

from __future__ import annotations

from datetime import datetime

from storage.db import Database, to_db_time


class SqlitePressStore:
    """A button acts once: the primary key (chat, message, slot) remembers the first press."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim(self, user_id: int, chat_id: int, message_id: int, slot: str, *,
                    now: datetime) -> bool:
        """Record the press; False when this button of that message was pressed before."""
        changed = await self._db.write(
            "INSERT INTO pressed_buttons (chat_id, message_id, slot, user_id, pressed_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (chat_id, message_id, slot, user_id, to_db_time(now)),
        )
        return changed == 1
