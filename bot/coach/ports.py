"""What the coach core reads and answers, and the stores it needs: plain values and Protocols.

Free of Telegram: `Incoming` and `Outgoing` are what `bot/telegram/handlers.py` and `bot/console.py`
translate to and from. The stores are Protocols that `storage` satisfies structurally
(STYLE.md §2), so nothing in `storage` imports `bot`; tests/fakes.py satisfies them in memory.
Each is as narrow as the coach's use: caches are not in them (the composition root wraps the
SQLite stores, `storage/sqlite/cache.py`), a redelivered update is the named `DuplicateUpdate`,
kinds and states are Literals and payloads a model (`engine/records.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, NamedTuple, Protocol

from bot import keyboards
from engine.events import Event, EventFate, EventKind, StoredEvent, Summary, WeightLogged
from engine.food import Food
from engine.profile import Profile
from engine.records import (
    Finished,
    MessageKind,
    MessagePayload,
    PlannedRow,
    ScheduledMessage,
    Undone,
    UserRecord,
)
from engine.setup import SetupState
from engine.weights import Weighed

Clock = Callable[[], datetime]
Kind = Literal["reply", "reminder", "summary", "nudge"]


@dataclass(frozen=True, slots=True)
class Incoming:
    """One text from a runner, already free of Telegram's types."""

    user_id: int
    chat_id: int
    text: str
    received_at: datetime
    message_id: int | None = None
    update_id: int | None = None
    private: bool = True
    #: When the text was edited; `received_at` stays the time it was first sent, so an
    #: edited message is read exactly as the same text sent fresh would have been.
    edited_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes
    mime: str


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message for the runner: HTML text, optional buttons and files."""

    text: str
    kind: Kind = "reply"
    buttons: tuple[tuple[keyboards.Button, ...], ...] = ()
    photo: bytes | None = None
    documents: tuple[Attachment, ...] = ()
    #: The answer to a button pressed before: its message's keyboard was already updated.
    again: bool = False


class UserStore(Protocol):
    async def get(self, user_id: int) -> UserRecord | None: ...
    async def touch(self, user_id: int, *, chat_id: int | None, now: datetime) -> UserRecord: ...
    async def save(self, user_id: int, profile: Profile, *, now: datetime,
                   chat_id: int | None = None, update_id: int | None = None) -> None:
        """Create or update the profile; `DuplicateUpdate` when `update_id` was applied."""
    async def set_active(self, user_id: int, active: bool) -> None: ...
    async def active_users(self, *, after_id: int = 0,
                           limit: int = 5_000) -> list[UserRecord]: ...
    async def delete(self, user_id: int) -> None:
        """Remove every row of the runner (and anything cached of them)."""


class EventStore(Protocol):
    async def add(self, user_id: int, events: Sequence[Event], *, now: datetime,
                  chat_id: int | None = None, message_id: int | None = None,
                  update_id: int | None = None, replaces: Iterable[int] = (),
                  held: bool = False) -> list[StoredEvent]:
        """Store atomically; `DuplicateUpdate` (nothing stored) when `update_id` was applied.
        `held`: stored but not live (a message that read like chat) until `log_held`."""
    async def mark_update(self, user_id: int, update_id: int, *, now: datetime) -> bool:
        """Claim an update that stores no event: False when it was claimed before."""
    async def undo(self, user_id: int, *, now: datetime,
                   event_id: int | None = None) -> Undone: ...
    async def log_held(self, user_id: int, event_id: int, *,
                       now: datetime) -> list[StoredEvent]:
        """The held events stored with `event_id` made live; [] when none are held."""
    async def get(self, user_id: int, event_id: int) -> StoredEvent | None: ...
    async def fate(self, user_id: int,
                   event_id: int) -> tuple[StoredEvent, EventFate] | None: ...
    async def by_message(self, user_id: int, chat_id: int,
                         message_id: int) -> list[StoredEvent]: ...
    async def held_by_message(self, user_id: int, chat_id: int,
                              message_id: int) -> list[StoredEvent]:
        """The message's events still held (stored, not live, "✅ Log it" not pressed)."""
    async def between(self, user_id: int, start: datetime, end: datetime, *,
                      kinds: Sequence[EventKind] | None = None) -> list[StoredEvent]: ...
    async def window(self, user_id: int, start: datetime, end: datetime, *,
                     weights_since: datetime) -> tuple[list[StoredEvent],
                                                       list[WeightLogged]]: ...
    async def summaries(self, user_id: int, start: datetime, end: datetime, *,
                        weights_since: datetime, decode_since: datetime,
                        ) -> tuple[list[tuple[Summary, StoredEvent | None]],
                                   list[Weighed]]: ...
    async def all_for_user(self, user_id: int) -> list[StoredEvent]: ...


class FoodStore(Protocol):
    async def save(self, user_id: int, food: Food, *, now: datetime) -> None: ...
    async def for_user(self, user_id: int) -> dict[str, Food]: ...


class ScheduleStore(Protocol):
    """Planning the messages the coach sends unasked: one row per (runner, dedupe key)."""

    async def put(self, user_id: int, kind: MessageKind, *, due_at: datetime, dedupe_key: str,
                  now: datetime, expires_at: datetime | None = None,
                  payload: MessagePayload | None = None) -> None: ...
    async def put_many(self, rows: Sequence[PlannedRow], *, now: datetime) -> None: ...
    async def cancel(self, user_id: int, dedupe_key: str, *, now: datetime) -> bool: ...
    async def cancel_all(self, user_id: int, dedupe_keys: Sequence[str], *,
                         now: datetime) -> int: ...
    async def revive(self, user_id: int, dedupe_key: str) -> bool:
        """A cancelled row pending again (what cancelled it was undone)."""
    async def pending(self, user_id: int, kind: MessageKind | None = None, *,
                      now: datetime | None = None) -> list[ScheduledMessage]: ...
    async def get(self, user_id: int, dedupe_key: str) -> ScheduledMessage | None: ...
    async def annotate(self, message_id: int, payload: MessagePayload) -> None:
        """Merge the fields set in `payload` into the row's (facts learned later)."""
    async def sent_since(self, user_id: int, kind: MessageKind,
                         since: datetime) -> list[ScheduledMessage]: ...
    async def nudge_state(self, user_id: int, dedupe_key: str,
                          since: datetime) -> tuple[bool, dict[str, datetime]]: ...
    def nudge_known(self, user_id: int, dedupe_key: str) -> bool:
        """Whether a nudge with this key is known planned without a query (False: ask).
        PostgreSQL's workers learn it as the runner's unit starts (another worker planned
        it); SQLite's one process learns it from its own first look of the day."""
    async def plan_nudge(self, user_id: int, dedupe_key: str,
                         candidates: Sequence[MessagePayload], *, sent_since: datetime,
                         due_at: datetime, expires_at: datetime, now: datetime) -> bool:
        """Plan the first candidate whose code no nudge sent since `sent_since` carried,
        unless a row with this key exists; True when one was planned. One statement."""


class Outbox(Protocol):
    """Sending the planned messages: each due row is leased to one worker, marked `sending`
    just before its HTTP call, then finished or released (`storage/leases.py`)."""

    async def next_due(self) -> datetime | None: ...
    async def claim_due(self, now: datetime, limit: int = 500) -> list[ScheduledMessage]: ...
    async def start_sending(self, message_id: int, *, now: datetime) -> bool: ...
    async def finish(self, message_id: int, state: Finished, *, now: datetime) -> None: ...
    async def release(self, message_id: int, due_at: datetime) -> None: ...


class SetupStore(Protocol):
    async def get(self, user_id: int) -> SetupState | None: ...
    async def put(self, user_id: int, state: SetupState) -> None: ...
    async def end(self, user_id: int) -> None: ...


class PressStore(Protocol):
    async def claim(self, user_id: int, chat_id: int, message_id: int, slot: str, *,
                    now: datetime) -> bool: ...


class StravaPort(Protocol):
    """A runner's Strava link (bot/strava/link.py), when the operator set Strava up."""

    async def connect(self, user_id: int, chat_id: int, now: datetime) -> list[Outgoing]: ...
    async def disconnect(self, user_id: int) -> list[Outgoing]: ...
    async def forget(self, user_id: int) -> object: ...
    async def export(self, user_id: int) -> dict[str, Any] | None: ...


@dataclass(slots=True)
class Stores:
    users: UserStore
    events: EventStore
    foods: FoodStore
    schedule: ScheduleStore
    outbox: Outbox
    setups: SetupStore
    presses: PressStore


class Press(NamedTuple):
    """Who pressed one of our buttons, where and when."""

    user_id: int
    chat_id: int
    at: datetime


@dataclass(frozen=True, slots=True)
class Due:
    """A scheduled message rendered for sending, with the chat it goes to and its row."""

    chat_id: int
    user_id: int
    message: Outgoing
    row: ScheduledMessage

