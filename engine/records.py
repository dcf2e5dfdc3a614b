"""Plain records that storage returns and the coach core consumes.

They live in the engine so that `storage` and `bot` can share them without importing each
other (STYLE.md §2, dependency direction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from engine.events import StoredEvent
from engine.profile import Profile

#: What a scheduled message is: a recovery reminder, the daily or weekly summary, a nudge.
MessageKind = Literal["reminder", "summary", "weekly", "nudge", "notice"]
#: Where a scheduled message is: waiting, leased, being sent, or done (`storage/leases.py`).
MessageState = Literal["pending", "claimed", "sending", "sent", "failed", "lost", "cancelled",
                       "skipped"]
#: How the sending of a claimed message ended.
Finished = Literal["sent", "failed", "skipped"]


class DuplicateUpdate(Exception):
    """Telegram delivered this update before and it was applied then; nothing was stored.

    Storage raises it when the update id is already recorded (its unique key said so, not an
    error's text); the coach answers a redelivery with nothing new.
    """

    def __init__(self, update_id: int | None) -> None:
        super().__init__(f"update {update_id} was already applied")
        self.update_id = update_id


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo took back (every event of one entry, oldest first) and what it brought
    back: the entries it had replaced that another message had logged ("correction to my
    last: ..." undone puts the corrected entry back). An edit's earlier version stays gone,
    since the message no longer says it; so do entries replaced by a button or Strava."""

    events: list[StoredEvent]
    restored: list[StoredEvent]


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    chat_id: int | None
    profile: Profile
    active: bool
    created_at: datetime


class MessagePayload(BaseModel):
    """What a scheduled message carries besides its kind and times (stored as JSON).

    A recovery reminder names its run (`run_id`, `run_end`, `hard`, `again`: a second session
    was mentioned) and how far it went (`snoozed`, `follow_up`); a nudge its reason (`code`,
    `text`, `day`) and, once known, whether it was `followed`. Summaries carry nothing. A
    notice (a run from Strava, say) carries the message itself: its `chat_id`, `text` and
    `buttons` (rows of label, callback data, URL).
    """

    model_config = ConfigDict(frozen=True)

    run_id: int | None = None
    run_end: datetime | None = None
    hard: bool | None = None
    again: bool = False
    snoozed: bool = False
    follow_up: bool = False
    code: str | None = None
    text: str | None = None
    day: date | None = None
    followed: bool | None = None
    chat_id: int | None = None
    buttons: tuple[tuple[tuple[str, str, str | None], ...], ...] = ()


@dataclass(frozen=True, slots=True)
class ScheduledMessage:
    """A message the bot sends by itself.

    `state`: pending, claimed, sending, sent, failed, lost, cancelled or skipped
    (`storage/leases.py` says how a row moves between them).
    """

    id: int
    user_id: int
    kind: MessageKind
    due_at: datetime
    expires_at: datetime | None
    payload: MessagePayload
    state: MessageState
    dedupe_key: str


class PlannedRow(NamedTuple):
    """One runner's message to plan if its key is not planned yet (many runners at once)."""

    user_id: int
    kind: MessageKind
    due_at: datetime
    expires_at: datetime | None
    dedupe_key: str
