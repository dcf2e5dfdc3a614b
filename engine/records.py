"""Plain records that storage returns and the coach core consumes.

They live in the engine so that `storage` and `bot` can share them without importing each
other (STYLE.md §2, dependency direction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from engine.profile import Profile


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    chat_id: int | None
    profile: Profile
    active: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ScheduledMessage:
    """A message the bot sends by itself.

    `state`: pending, claimed, sending, sent, failed, lost, cancelled or skipped
    (`storage/leases.py` says how a row moves between them).
    """

    id: int
    user_id: int
    kind: str
    due_at: datetime
    expires_at: datetime | None
    payload: dict[str, Any]
    state: str
    dedupe_key: str
