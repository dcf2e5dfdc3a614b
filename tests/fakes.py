"""In-memory stores that satisfy the coach's ports (STYLE.md §4, cosmicpython's FakeRepository).

They keep plain Python values in one shared `Memory`, so deleting a runner removes their rows
from every store, as the database's cascades do. tests/storage/test_stores.py runs the same
contract checks on these, on SQLite and on PostgreSQL, so a fake cannot drift from the real
stores unnoticed; the coach's use-case tests run on both the fakes and SQLite.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from bot.coach import Stores
from engine.events import (
    Event,
    EventFate,
    EventKind,
    Exercise,
    StoredEvent,
    Summary,
    WeightLogged,
    summary_values,
)
from engine.food import Food
from engine.profile import Profile
from engine.records import (
    DuplicateUpdate,
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
from storage.leases import CLAIM_LEASE, SEND_LEASE


@dataclass
class _Event:
    stored: StoredEvent
    chat_id: int | None
    message_id: int | None
    created_at: datetime
    update_id: int | None
    seq: int
    undone_at: datetime | None = None
    replaced_by: int | None = None
    held: bool = False

    @property
    def current(self) -> bool:
        """What an edit of its message supersedes: live or held (the stores' `CURRENT`)."""
        return self.undone_at is None and self.replaced_by is None

    @property
    def live(self) -> bool:
        return self.current and not self.held

    @property
    def at(self) -> datetime:
        return self.stored.event.at


def _held(e: _Event) -> bool:
    """Held until "✅ Log it" (the stores' `HELD`)."""
    return e.current and e.held


@dataclass
class _Row:
    """One scheduled message with the bookkeeping the database keeps beside it."""

    message: ScheduledMessage
    done_at: datetime | None = None
    lease_until: datetime | None = None


@dataclass
class Memory:
    """Every table of the database, as Python values."""

    users: dict[int, UserRecord] = field(default_factory=dict)
    processed: dict[int, int] = field(default_factory=dict)  # update_id -> user_id
    events: dict[int, _Event] = field(default_factory=dict)
    foods: dict[int, dict[str, Food]] = field(default_factory=dict)
    schedule: dict[int, _Row] = field(default_factory=dict)
    presses: dict[tuple[int, int, str], int] = field(default_factory=dict)
    setups: dict[int, SetupState] = field(default_factory=dict)
    inbox: dict[int, str] = field(default_factory=dict)

    def ensure_user(self, user_id: int, now: datetime) -> UserRecord:
        if user_id not in self.users:
            self.users[user_id] = UserRecord(id=user_id, chat_id=None, profile=Profile(),
                                             active=True, created_at=now)
        return self.users[user_id]

    def applied(self, update_id: int | None) -> bool:
        """Whether the update was applied: it stored events, or it was claimed without any."""
        return update_id is not None and (
            update_id in self.processed
            or any(e.update_id == update_id for e in self.events.values()))

    def claim_update(self, update_id: int | None, user_id: int) -> bool:
        if update_id is None:
            return True
        if self.applied(update_id):
            return False
        self.processed[update_id] = user_id
        return True

    def delete_user(self, user_id: int) -> None:
        """What `DELETE FROM users` and its cascades remove."""
        self.users.pop(user_id, None)
        self.foods.pop(user_id, None)
        self.setups.pop(user_id, None)
        for update_id in [k for k, owner in self.processed.items() if owner == user_id]:
            del self.processed[update_id]
        for press in [k for k, owner in self.presses.items() if owner == user_id]:
            del self.presses[press]
        for event_id in [i for i, e in self.events.items() if e.stored.user_id == user_id]:
            del self.events[event_id]
        for row_id in [i for i, r in self.schedule.items() if r.message.user_id == user_id]:
            del self.schedule[row_id]
        for e in self.events.values():
            if e.replaced_by is not None and e.replaced_by not in self.events:
                e.replaced_by = None


class FakeUserStore:
    def __init__(self, memory: Memory) -> None:
        self._m = memory

    async def get(self, user_id: int) -> UserRecord | None:
        return self._m.users.get(user_id)

    async def touch(self, user_id: int, *, chat_id: int | None, now: datetime) -> UserRecord:
        record = self._m.ensure_user(user_id, now)
        record = replace(record, chat_id=record.chat_id if chat_id is None else chat_id,
                         active=True)
        self._m.users[user_id] = record
        return record

    async def save(self, user_id: int, profile: Profile, *, now: datetime,
                   chat_id: int | None = None, update_id: int | None = None) -> None:
        record = self._m.ensure_user(user_id, now)
        if not self._m.claim_update(update_id, user_id):
            raise DuplicateUpdate(update_id)
        self._m.users[user_id] = replace(
            record, profile=profile, active=True,
            chat_id=record.chat_id if chat_id is None else chat_id)

    async def set_active(self, user_id: int, active: bool) -> None:
        if (record := self._m.users.get(user_id)) is not None:
            self._m.users[user_id] = replace(record, active=active)

    async def active_users(self, *, after_id: int = 0, limit: int = 5_000) -> list[UserRecord]:
        ids = sorted(i for i, u in self._m.users.items() if u.active and i > after_id)
        return [self._m.users[i] for i in ids[:limit]]

    async def delete(self, user_id: int) -> None:
        self._m.delete_user(user_id)


class FakeEventStore:
    def __init__(self, memory: Memory) -> None:
        self._m = memory
        self._ids = itertools.count(1)

    def _mine(self, user_id: int) -> list[_Event]:
        return [e for e in self._m.events.values() if e.stored.user_id == user_id]

    def _live(self, user_id: int) -> list[_Event]:
        return sorted((e for e in self._mine(user_id) if e.live),
                      key=lambda e: (e.at, e.stored.id))

    async def add(self, user_id: int, events: Sequence[Event], *, now: datetime,
                  chat_id: int | None = None, message_id: int | None = None,
                  update_id: int | None = None, replaces: Iterable[int] = (),
                  held: bool = False) -> list[StoredEvent]:
        replaced = list(replaces)
        if events and not replaced:
            if self._m.applied(update_id):  # whatever the redelivery parses into
                raise DuplicateUpdate(update_id)
        elif not self._m.claim_update(update_id, user_id):
            raise DuplicateUpdate(update_id)
        stored = []
        for seq, event in enumerate(events):
            row = _Event(StoredEvent(id=next(self._ids), user_id=user_id, event=event),
                         chat_id, message_id, now, update_id, seq, held=held)
            self._m.events[row.stored.id] = row
            stored.append(row.stored)
        new_id = stored[0].id if stored else None
        for old in replaced:
            found = self._m.events.get(old)
            if found is not None and found.stored.user_id == user_id and found.current:
                found.replaced_by = new_id
                if new_id is None:
                    found.undone_at = now
        return stored

    async def mark_update(self, user_id: int, update_id: int, *, now: datetime) -> bool:
        self._m.ensure_user(user_id, now)
        return self._m.claim_update(update_id, user_id)

    async def undo(self, user_id: int, *, now: datetime,
                   event_id: int | None = None) -> Undone:
        live = [e for e in self._mine(user_id) if e.live]
        if event_id is not None:
            live_ids = [e for e in live if e.stored.id == event_id]
            first = live_ids[0] if live_ids else None
        else:
            first = max(live, key=lambda e: (e.created_at, e.stored.id), default=None)
        if first is None:
            return Undone([], [])
        entry = [first]
        restored = []
        if first.message_id is not None:
            said = (first.chat_id, first.message_id)
            entry = [e for e in live if (e.chat_id, e.message_id) == said]
            ids = {e.stored.id for e in entry}
            restored = [e for e in self._mine(user_id)
                        if e.replaced_by in ids and e.undone_at is None and not e.held
                        and e.message_id is not None and (e.chat_id, e.message_id) != said]
        for e in entry:
            e.undone_at = now
        for e in restored:
            e.replaced_by = None
        return Undone([e.stored for e in sorted(entry, key=lambda e: e.stored.id)],
                      [e.stored for e in sorted(restored, key=lambda e: e.stored.id)])

    async def log_held(self, user_id: int, event_id: int, *, now: datetime) -> list[StoredEvent]:
        first = self._m.events.get(event_id)
        if first is None or first.stored.user_id != user_id or not _held(first):
            return []
        said = (first.created_at, first.chat_id, first.message_id, first.update_id)
        rows = [e for e in self._mine(user_id)
                if _held(e) and (e.created_at, e.chat_id, e.message_id, e.update_id) == said]
        for e in rows:
            e.held = False
        return [e.stored for e in sorted(rows, key=lambda e: e.stored.id)]

    async def get(self, user_id: int, event_id: int) -> StoredEvent | None:
        found = self._m.events.get(event_id)
        ok = found is not None and found.stored.user_id == user_id and found.live
        return found.stored if ok and found is not None else None

    async def fate(self, user_id: int, event_id: int) -> tuple[StoredEvent, EventFate] | None:
        found = self._m.events.get(event_id)
        if found is None or found.stored.user_id != user_id:
            return None
        fate: EventFate = ("replaced" if found.replaced_by is not None
                           else "undone" if found.undone_at is not None or found.held
                           else "live")
        return found.stored, fate

    async def by_message(self, user_id: int, chat_id: int, message_id: int) -> list[StoredEvent]:
        return [e.stored for e in sorted(self._live(user_id), key=lambda e: e.stored.id)
                if (e.chat_id, e.message_id) == (chat_id, message_id)]

    async def held_by_message(self, user_id: int, chat_id: int,
                              message_id: int) -> list[StoredEvent]:
        return [e.stored for e in sorted(self._mine(user_id), key=lambda e: e.stored.id)
                if _held(e) and (e.chat_id, e.message_id) == (chat_id, message_id)]

    async def between(self, user_id: int, start: datetime, end: datetime, *,
                      kinds: Sequence[EventKind] | None = None) -> list[StoredEvent]:
        return [e.stored for e in self._live(user_id)
                if start <= e.at < end and (not kinds or e.stored.event.kind in kinds)]

    async def window(self, user_id: int, start: datetime, end: datetime, *,
                     weights_since: datetime) -> tuple[list[StoredEvent], list[WeightLogged]]:
        events, weights = [], []
        for e in self._live(user_id):
            if isinstance(e.stored.event, WeightLogged):
                if min(start, weights_since) <= e.at < end:
                    weights.append(e.stored.event)
            elif start <= e.at < end:
                events.append(e.stored)
        return events, weights

    async def summaries(self, user_id: int, start: datetime, end: datetime, *,
                        weights_since: datetime, decode_since: datetime,
                        ) -> tuple[list[tuple[Summary, StoredEvent | None]], list[Weighed]]:
        events, weights = await self.window(user_id, start, end, weights_since=weights_since)
        return ([(Summary(s.id, s.event.kind, s.event.at, summary_values(s.event)),
                  s if isinstance(s.event, Exercise) and s.event.at >= decode_since else None)
                 for s in events], [Weighed(w.at, w.mass_kg) for w in weights])

    async def all_for_user(self, user_id: int) -> list[StoredEvent]:
        return [e.stored for e in self._live(user_id)]


class FakeFoodStore:
    def __init__(self, memory: Memory) -> None:
        self._m = memory

    async def save(self, user_id: int, food: Food, *, now: datetime) -> None:
        self._m.ensure_user(user_id, now)
        self._m.foods.setdefault(user_id, {})[food.key] = food

    async def for_user(self, user_id: int) -> dict[str, Food]:
        return dict(self._m.foods.get(user_id, {}))


def _merged(target: MessagePayload, patch: MessagePayload) -> MessagePayload:
    """The fields set in `patch` over `target`, as the databases' JSON merge applies it."""
    return target.model_copy(update=patch.model_dump(exclude_unset=True))


class FakeScheduleStore:
    def __init__(self, memory: Memory) -> None:
        self._m = memory
        self._ids = itertools.count(1)

    def _find(self, user_id: int, dedupe_key: str) -> _Row | None:
        return next((r for r in self._m.schedule.values()
                     if (r.message.user_id, r.message.dedupe_key) == (user_id, dedupe_key)),
                    None)

    def _set(self, row: _Row, **changes: Any) -> None:
        done_at = changes.pop("done_at", row.done_at)
        lease_until = changes.pop("lease_until", row.lease_until)
        self._m.schedule[row.message.id] = _Row(replace(row.message, **changes), done_at,
                                                lease_until)

    def _rows(self) -> list[_Row]:
        return sorted(self._m.schedule.values(), key=lambda r: (r.message.due_at, r.message.id))

    async def put(self, user_id: int, kind: MessageKind, *, due_at: datetime, dedupe_key: str,
                  now: datetime, expires_at: datetime | None = None,
                  payload: MessagePayload | None = None) -> None:
        row = self._find(user_id, dedupe_key)
        if row is None:
            message = ScheduledMessage(id=next(self._ids), user_id=user_id, kind=kind,
                                       due_at=due_at, expires_at=expires_at,
                                       payload=payload or MessagePayload(), state="pending",
                                       dedupe_key=dedupe_key)
            self._m.schedule[message.id] = _Row(message)
        elif row.message.state == "pending":
            self._set(row, due_at=due_at, expires_at=expires_at,
                      payload=payload or MessagePayload())

    async def put_many(self, rows: Sequence[PlannedRow], *, now: datetime) -> None:
        for user_id, kind, due_at, expires_at, key in rows:
            if self._find(user_id, key) is None:
                await self.put(user_id, kind, due_at=due_at, dedupe_key=key, now=now,
                               expires_at=expires_at)

    async def cancel(self, user_id: int, dedupe_key: str, *, now: datetime) -> bool:
        row = self._find(user_id, dedupe_key)
        if row is None or row.message.state != "pending":
            return False
        self._set(row, state="cancelled", done_at=now)
        return True

    async def cancel_all(self, user_id: int, dedupe_keys: Sequence[str], *,
                         now: datetime) -> int:
        return sum([await self.cancel(user_id, key, now=now) for key in dedupe_keys])

    async def revive(self, user_id: int, dedupe_key: str) -> bool:
        row = self._find(user_id, dedupe_key)
        if row is None or row.message.state != "cancelled":
            return False
        self._set(row, state="pending", done_at=None)
        return True

    async def pending(self, user_id: int, kind: MessageKind | None = None, *,
                      now: datetime | None = None) -> list[ScheduledMessage]:
        return [r.message for r in self._rows()
                if r.message.user_id == user_id and r.message.state == "pending"
                and kind in {None, r.message.kind}
                and (now is None or r.message.expires_at is None or r.message.expires_at > now)]

    async def get(self, user_id: int, dedupe_key: str) -> ScheduledMessage | None:
        row = self._find(user_id, dedupe_key)
        return row.message if row is not None else None

    async def next_due(self) -> datetime | None:
        return min([r.message.due_at for r in self._m.schedule.values()
                    if r.message.state == "pending"]
                   + [r.lease_until for r in self._m.schedule.values()
                      if r.message.state in {"claimed", "sending"}
                      and r.lease_until is not None],
                   default=None)

    async def claim_due(self, now: datetime, limit: int = 500) -> list[ScheduledMessage]:
        for row in list(self._m.schedule.values()):  # what a dead sender left (leases.py)
            if row.lease_until is not None and row.lease_until <= now:
                if row.message.state == "claimed":
                    self._set(row, state="pending", lease_until=None)
                elif row.message.state == "sending":
                    self._set(row, state="lost", done_at=now, lease_until=None)
        due = [r for r in self._rows() if r.message.state == "pending" and r.message.due_at <= now]
        for row in due:
            if row.message.expires_at is not None and row.message.expires_at <= now:
                self._set(row, state="skipped", done_at=now)
        claimed = [r for r in due if r.message.expires_at is None or r.message.expires_at > now]
        for row in claimed[:limit]:
            self._set(row, state="claimed", lease_until=now + CLAIM_LEASE)
        return [self._m.schedule[r.message.id].message for r in claimed[:limit]]

    async def start_sending(self, message_id: int, *, now: datetime) -> bool:
        row = self._m.schedule.get(message_id)
        if row is None or row.message.state != "claimed":
            return False
        self._set(row, state="sending", lease_until=now + SEND_LEASE)
        return True

    async def finish(self, message_id: int, state: Finished, *, now: datetime) -> None:
        row = self._m.schedule.get(message_id)
        if row is not None and row.message.state in {"claimed", "sending", "lost"}:
            self._set(row, state=state, done_at=now, lease_until=None)

    async def release(self, message_id: int, due_at: datetime) -> None:
        row = self._m.schedule.get(message_id)
        if row is not None and row.message.state in {"claimed", "sending"}:
            self._set(row, state="pending", due_at=due_at, lease_until=None)

    async def annotate(self, message_id: int, payload: MessagePayload) -> None:
        if (row := self._m.schedule.get(message_id)) is not None:
            self._set(row, payload=_merged(row.message.payload, payload))

    def _sent(self, user_id: int, kind: MessageKind, since: datetime) -> list[_Row]:
        rows = [r for r in self._m.schedule.values()
                if (r.message.user_id, r.message.kind, r.message.state) == (user_id, kind, "sent")
                and r.done_at is not None and r.done_at >= since]
        return sorted(rows, key=lambda r: (r.done_at, r.message.id))

    async def nudge_state(self, user_id: int, dedupe_key: str,
                          since: datetime) -> tuple[bool, dict[str, datetime]]:
        sent: dict[str, datetime] = {}
        for r in self._sent(user_id, "nudge", since):
            if r.done_at is not None:
                sent[r.message.payload.code] = r.done_at  # type: ignore[index]
        exists = any(r.message.kind == "nudge" for r in self._m.schedule.values()
                     if (r.message.user_id, r.message.dedupe_key) == (user_id, dedupe_key))
        return exists, sent

    def nudge_known(self, user_id: int, dedupe_key: str) -> bool:
        return False  # one process, as SQLite: the coach keeps its first look of the day

    async def plan_nudge(self, user_id: int, dedupe_key: str,
                         candidates: Sequence[MessagePayload], *, sent_since: datetime,
                         due_at: datetime, expires_at: datetime, now: datetime) -> bool:
        if self._find(user_id, dedupe_key) is not None:
            return False
        _, sent = await self.nudge_state(user_id, dedupe_key, sent_since)
        chosen = next((c for c in candidates if c.code not in sent), None)
        if chosen is None:
            return False
        await self.put(user_id, "nudge", due_at=due_at, dedupe_key=dedupe_key, now=now,
                       expires_at=expires_at, payload=chosen)
        return True

    async def sent_since(self, user_id: int, kind: MessageKind,
                         since: datetime) -> list[ScheduledMessage]:
        return [r.message for r in self._sent(user_id, kind, since)]


class FakePressStore:
    def __init__(self, memory: Memory) -> None:
        self._m = memory

    async def claim(self, user_id: int, chat_id: int, message_id: int, slot: str, *,
                    now: datetime) -> bool:
        if (chat_id, message_id, slot) in self._m.presses:
            return False
        self._m.presses[(chat_id, message_id, slot)] = user_id
        return True


class FakeSetupStore:
    def __init__(self, memory: Memory) -> None:
        self._m = memory

    async def get(self, user_id: int) -> SetupState | None:
        return self._m.setups.get(user_id)

    async def put(self, user_id: int, state: SetupState) -> None:
        self._m.ensure_user(user_id, state.at)
        self._m.setups[user_id] = state

    async def end(self, user_id: int) -> None:
        self._m.setups.pop(user_id, None)


class FakeInbox:
    def __init__(self, memory: Memory) -> None:
        self._m = memory

    async def keep(self, updates: Sequence[tuple[int, str]], *, now: datetime) -> None:
        for update_id, payload in updates:
            self._m.inbox.setdefault(update_id, payload)

    async def done(self, *update_ids: int) -> None:
        for update_id in update_ids:
            self._m.inbox.pop(update_id, None)

    async def pending(self) -> list[str]:
        return [self._m.inbox[i] for i in sorted(self._m.inbox)]


def fake_stores(memory: Memory | None = None) -> Stores:
    """Every port of the coach over one in-memory `Memory`."""
    m = memory or Memory()
    schedule = FakeScheduleStore(m)
    return Stores(users=FakeUserStore(m), events=FakeEventStore(m), foods=FakeFoodStore(m),
                  schedule=schedule, outbox=schedule, setups=FakeSetupStore(m),
                  presses=FakePressStore(m))
