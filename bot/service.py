"""The coach core: one runner's message at a given time -> stored events, reply, schedule.

Free of Telegram: the Telegram bot (`bot/handlers.py`) and the console chat (`bot/console.py`)
are two thin adapters over `Coach`. The stores it needs are Protocols that `storage`
satisfies structurally (STYLE.md §2); time comes from an injected clock or the message.
Replies are HTML (the subset Telegram accepts); the console turns them into plain text.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache, partial
from typing import Any, Literal, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from bot import charts, exports, formatting, keyboards
from bot.strava import messages as strava_messages
from engine.answers import answer, nothing_recognised, split_question, states_eating
from engine.answers import match as match_question
from engine.balance import (
    TREND_KEEP,
    WINDOW_DAYS,
    DayBalance,
    History,
    Ledger,
    WeightTrend,
    balance_of,
    day_balance,
    history_window,
    weight_trend,
)
from engine.days import day_window, local_day
from engine.energy import baseline_kcal_per_min
from engine.errors import CoachError
from engine.events import (
    Event,
    EventFate,
    Exercise,
    FoodItem,
    MealLogged,
    RunLogged,
    StoredEvent,
    WeightLogged,
)
from engine.food import Food, FoodTable
from engine.parsing import ParseContext, ParseResult, parse_food_definition, parse_message
from engine.profile import DEFAULT_WEIGHT_KG, GOALS, Profile
from engine.profile_text import read_goal, update_profile
from engine.records import ScheduledMessage, UserRecord
from engine.recovery import (
    NEXT_SESSION_WINDOW,
    RecoveryDose,
    hard_training_day,
    has_recovery_intake,
    is_hard,
    median_pace_s_per_km,
    mentions_second_session,
    needs_recovery,
    recovery_dose,
    sessions_close,
)
from engine.replies import Facts
from engine.setup import SetupState
from engine.snacks import SNACKS, snack_meal, snack_size
from engine.units import in_system

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Kind = Literal["reply", "reminder", "summary", "nudge"]
MAX_TEXT_CHARS = 4096
#: A reminder is only worth sending while the recovery window is open (science.md §6).
RECOVERY_WINDOW = timedelta(hours=2)
#: §9 N7: nothing with enough protein by +60 min -> one follow-up by +90 min.
FOLLOW_UP = timedelta(minutes=90)
#: science.md §9: at most one unsolicited nudge a day, and a cooldown per reason.
NUDGE_COOLDOWN = timedelta(days=3)
#: §9: with coaching muted, only the safety nudges (energy availability, floors) still speak.
SAFETY_CODES = frozenset({"N6", "N8"})
WEEKLY_AFTER = timedelta(minutes=1)
#: The weekly summary waits until a runner has this many local days behind it: on the first
#: evening it could only repeat the daily summary sent a minute before.
WEEKLY_MIN_DAYS = 3
RETRY_DELAY = timedelta(minutes=1)
#: Weigh-ins older than this before a day are not read: the EWMA trend (alpha 0.1, §8) has
#: forgotten them, and a scale reading from over a year ago should not steer today's numbers.
WEIGHTS_READ = timedelta(days=400)
#: A runner's loaded history reads events up to here: a kept runner moves on to later days,
#: so events stored ahead of time (a watch with a wrong clock) must already be in it.
FOREVER = datetime(9999, 1, 1, tzinfo=UTC)
#: Runners kept in memory between messages (about 20 KB each; docs/benchmarks.md).
RUNNERS_KEPT = 10_000
#: A duration-only run's distance is guessed from the pace of this many recent runs.
PACE_RUNS = 5


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
                   chat_id: int | None = None, update_id: int | None = None) -> bool: ...
    async def set_active(self, user_id: int, active: bool) -> None: ...
    async def active_users(self, *, after_id: int = 0,
                           limit: int = 5_000) -> list[UserRecord]: ...
    async def delete(self, user_id: int) -> None: ...


class EventStore(Protocol):
    async def add(self, user_id: int, events: Sequence[Event], *, now: datetime,
                  chat_id: int | None = None, message_id: int | None = None,
                  update_id: int | None = None,
                  replaces: Iterable[int] = ()) -> list[StoredEvent] | None: ...
    async def mark_update(self, user_id: int, update_id: int, *, now: datetime) -> bool: ...
    async def undo(self, user_id: int, *, now: datetime,
                   event_id: int | None = None) -> list[StoredEvent]: ...
    async def get(self, user_id: int, event_id: int) -> StoredEvent | None: ...
    async def fate(self, user_id: int,
                   event_id: int) -> tuple[StoredEvent, EventFate] | None: ...
    async def by_message(self, user_id: int, chat_id: int,
                         message_id: int) -> list[StoredEvent]: ...
    async def between(self, user_id: int, start: datetime, end: datetime, *,
                      kinds: Sequence[str] | None = None) -> list[StoredEvent]: ...
    async def window(self, user_id: int, start: datetime, end: datetime, *,
                     weights_since: datetime) -> tuple[list[StoredEvent],
                                                       list[WeightLogged]]: ...
    async def all_for_user(self, user_id: int) -> list[StoredEvent]: ...


class FoodStore(Protocol):
    async def save(self, user_id: int, food: Food, *, now: datetime) -> None: ...
    async def for_user(self, user_id: int) -> dict[str, Food]: ...
    def forget(self, user_id: int) -> None: ...


class ScheduleStore(Protocol):
    async def put(self, user_id: int, kind: str, *, due_at: datetime, dedupe_key: str,
                  now: datetime, expires_at: datetime | None = None,
                  payload: dict[str, Any] | None = None) -> None: ...
    async def put_many(self, rows: Sequence[tuple[int, str, datetime, datetime | None, str]],
                       *, now: datetime) -> None: ...
    async def cancel(self, user_id: int, dedupe_key: str, *, now: datetime) -> bool: ...
    async def pending(self, user_id: int, kind: str | None = None, *,
                      now: datetime | None = None) -> list[ScheduledMessage]: ...
    async def get(self, user_id: int, dedupe_key: str) -> ScheduledMessage | None: ...
    async def next_due(self) -> datetime | None: ...
    async def claim_due(self, now: datetime, limit: int = 500) -> list[ScheduledMessage]: ...
    async def finish(self, message_id: int, state: str, *, now: datetime) -> None: ...
    async def release(self, message_id: int, due_at: datetime) -> None: ...
    async def annotate(self, message_id: int, payload: dict[str, Any]) -> None: ...
    async def sent_since(self, user_id: int, kind: str,
                         since: datetime) -> list[ScheduledMessage]: ...
    async def nudge_state(self, user_id: int, dedupe_key: str,
                          since: datetime) -> tuple[bool, dict[str, datetime]]: ...


class SetupStore(Protocol):
    async def get(self, user_id: int) -> SetupState | None: ...
    async def put(self, user_id: int, state: SetupState) -> None: ...
    async def end(self, user_id: int) -> None: ...
    def forget(self, user_id: int) -> None: ...


class PressStore(Protocol):
    async def claim(self, user_id: int, chat_id: int, message_id: int, slot: str, *,
                    now: datetime) -> bool: ...


class StravaPort(Protocol):
    """Strava's link for a runner (bot/strava/link.py), when the operator set Strava up."""

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


@dataclass(slots=True)
class NudgeLog:
    """One runner's nudges as the schedule had them on `day`, read once that day.

    The messages after the first one need no query to know that today's nudge is planned
    already, or that every reason is still in its cooldown. What is sent later that day
    cannot change today's answer (one nudge a day), and the next day reads it back.
    """

    day: date
    planned: bool
    sent: dict[str, datetime]  # reason code -> when it was last sent

    def cooling(self, code: str, now: datetime) -> bool:
        return self.sent.get(code, datetime.min.replace(tzinfo=UTC)) >= now - NUDGE_COOLDOWN


class Pace(NamedTuple):
    """A run with a stated distance: what the pace of a duration-only run is guessed from."""

    at: datetime
    id: int
    duration_s: float
    distance_m: float


def _pace(s: StoredEvent) -> Pace | None:
    run = s.event
    if isinstance(run, RunLogged) and run.distance_m > 0 and "distance_km" not in run.estimated:
        return Pace(run.at, s.id, run.duration_s, run.distance_m)
    return None


@dataclass(slots=True)
class Runner:
    """What the core keeps about one runner between messages.

    `ledger` sums the live non-weight events from local day `day - 27` on and `trend` folds
    the weigh-ins. `training` holds the exercise events since yesterday began (recovery
    reminders, summaries) and `paces` the last five runs with a distance in the 28 days.
    Loaded in one query, then kept current as messages add events and as the runner's days go
    by, so a reply needs no read at all; a kept runner costs about 20 KB.
    """

    record: UserRecord
    tz: ZoneInfo
    day: date
    ledger: Ledger
    trend: WeightTrend
    training: list[StoredEvent]
    paces: list[Pace]
    user_foods: dict[str, Food] = field(default_factory=dict)

    @property
    def profile(self) -> Profile:
        return self.record.profile

    @property
    def weight_kg(self) -> float:
        """The latest weigh-in (its day's mean), else the profile's weight, else the default."""
        return (self.trend.mass_on(self.day) or self.record.profile.weight_kg
                or DEFAULT_WEIGHT_KG)

    @property
    def weight_is_default(self) -> bool:
        """No weigh-in and no profile weight: the numbers use DEFAULT_WEIGHT_KG (say so)."""
        return (self.trend.mass_on(self.day) is None
                and self.record.profile.weight_kg is None)

    def absorb(self, stored: Sequence[StoredEvent], replaced: Iterable[int] = ()) -> bool:
        """Fold the events this message stored into what is kept; False if it must reload.

        Events that replace others, and weigh-ins dated before the trend's last day, change
        sums and trend values already folded in: only a reload gets those right.
        """
        if any(True for _ in replaced):
            return False
        start = _history_range(self.day, self.tz)[0]
        for s in stored:
            event = s.event
            if isinstance(event, WeightLogged):
                if not self.trend.add(local_day(event.at, self.tz), event.mass_kg):
                    return False
            elif event.at >= start:
                self.ledger.add(event)
                if isinstance(event, Exercise) and event.at >= _training_start(self.day, self.tz):
                    bisect.insort(self.training, s, key=_event_order)
                if (pace := _pace(s)) is not None:
                    bisect.insort(self.paces, pace)
                    del self.paces[:-PACE_RUNS]
        return True

    def advance(self, day: date) -> None:
        """A later local day has begun: forget what its balance no longer reads."""
        self.day = day
        start = _history_range(day, self.tz)[0]
        self.ledger.forget_before(day - timedelta(days=WINDOW_DAYS - 1))
        self.training = [s for s in self.training if s.event.at >= _training_start(day, self.tz)]
        self.paces = [p for p in self.paces if p.at >= start]
        self.trend = self.trend.since(day - TREND_KEEP)

    def ran_within(self, span: timedelta, now: datetime) -> bool:
        """Whether a run ended within `span` before `now` (of the two days `training` holds)."""
        return any(isinstance(s.event, RunLogged) and now - s.event.ended_at < span
                   for s in self.training)

    def recent_pace_s_per_km(self) -> float | None:
        """Average pace of the last five runs with a stated distance, for duration-only runs."""
        if not self.paces:
            return None
        return (sum(p.duration_s for p in self.paces)
                / sum(p.distance_m / 1000 for p in self.paces))


def _event_order(s: StoredEvent) -> tuple[datetime, int]:
    return s.event.at, s.id


def _training_start(day: date, tz: ZoneInfo) -> datetime:
    """Training is kept from the start of the day before `day` (a summary can come late)."""
    return day_window(day - timedelta(days=1), tz)[0]


class Coach:
    """Everything the bot does, as async methods over the stores."""

    def __init__(self, stores: Stores, foods: FoodTable, clock: Clock) -> None:
        self.stores = stores
        self.foods = foods
        self.clock = clock
        #: Each runner's nudges of the day (see NudgeLog); rebuilt from storage each new day.
        self._nudges: dict[int, NudgeLog] = {}
        #: Runners by user id, least recently used first. Only the message path (one update
        #: at a time per user) keeps and changes them; this process is the only writer.
        self._runners: OrderedDict[int, Runner] = OrderedDict()
        #: Set by the composition root when Strava is set up (bot/strava/app.py).
        self.strava: StravaPort | None = None

    # ----------------------------------------------------------------- messages

    async def handle_text(self, msg: Incoming) -> list[Outgoing]:
        """Answer one text: a command, or something to log."""
        text = msg.text.strip()
        if not msg.private:
            return [Outgoing(formatting.GROUP_NOTICE)]
        if len(text) > MAX_TEXT_CHARS:
            return [Outgoing(formatting.too_long(len(text), await self._units(msg)))]
        if text.startswith("/"):
            command, _, args = text[1:].partition(" ")
            command = command.split("@", 1)[0].lower()
            return await self._command(msg, command, args.strip())
        return await self.log(msg)

    async def _command(self, msg: Incoming, command: str, args: str) -> list[Outgoing]:
        handlers: dict[str, Callable[[Incoming, str], Any]] = {
            "start": self._cmd_start,
            "help": self._cmd_help,
            "today": self._cmd_today,
            "undo": self._cmd_undo,
            "profile": self._cmd_profile,
            "goal": self._cmd_goal,
            "timezone": self._cmd_timezone,
            "reminders": self._cmd_reminders,
            "weight": self._cmd_weight,
            "food": self._cmd_food,
            "history": self._cmd_history,
            "week": self._cmd_week,
            "export": self._cmd_export,
            "deleteme": self._cmd_deleteme,
            "connect": self._cmd_connect,
            "disconnect": self._cmd_disconnect,
        }
        handler = handlers.get(command)
        if handler is None:
            return [Outgoing(formatting.unknown_command(command))]
        result: list[Outgoing] = await handler(msg, args)
        return result

    async def log(self, msg: Incoming) -> list[Outgoing]:
        """Parse the message, store what it holds, answer with the day's standing."""
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        try:
            result = parse_message(msg.text, self._parse_context(runner, msg.received_at))
        except CoachError as e:
            return await self._answer(runner, msg) or [Outgoing(formatting.escape(
                in_system(e.user_message, runner.profile.units)))]
        if nothing_recognised(result.events) and not (  # nothing, or only words no food
                result.events and states_eating(msg.text)):  # "ate 2 zorblax bars" is a meal
            if (both := await self._log_then_answer(runner, msg)) is not None:
                return both
            answered = await self._answer(runner, msg)
            if answered or not result.events:
                if msg.update_id is not None:
                    await self.stores.events.mark_update(msg.user_id, msg.update_id,
                                                         now=msg.received_at)
                return answered or [Outgoing(formatting.nothing_logged(result,
                                                                       runner.profile.units))]
        stored = await self.stores.events.add(
            msg.user_id, result.events, now=msg.received_at, chat_id=msg.chat_id,
            message_id=msg.message_id, update_id=msg.update_id,
        )
        if stored is None:
            return await self._already_applied(runner, msg, result)
        runner = await self._absorb(runner, stored, msg.received_at)
        return await self._after_logging(runner, stored, result, msg.received_at,
                                          again=mentions_second_session(msg.text))

    async def reads_as_log(self, msg: Incoming) -> bool:
        """Whether the text holds something to log (asked before reading it as a setup answer)."""
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        try:
            result = parse_message(msg.text, self._parse_context(runner, msg.received_at))
        except CoachError:
            return False
        return bool(result.events)

    async def _log_then_answer(self, runner: Runner,
                               msg: Incoming) -> list[Outgoing] | None:
        """'had a shake, did I hit my protein?': log the first part, then answer the question
        with the day that includes it. None when the message is not a log and a question."""
        parts = split_question(msg.text)
        if parts is None:
            return None
        head, asked = parts
        try:
            first = parse_message(head, self._parse_context(runner, msg.received_at))
        except CoachError:
            return None
        if nothing_recognised(first.events):
            return None
        logged = await self.log(replace(msg, text=head))
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        return logged + await self._answer(runner, replace(msg, text=asked))

    async def _answer(self, runner: Runner, msg: Incoming) -> list[Outgoing]:
        """A question (only asked of a message that logged nothing): the answer, or []."""
        intent = match_question(msg.text)
        if intent is None:
            return []
        balance = await self.balance(runner, local_day(msg.received_at, runner.tz))
        reply = answer(intent, Facts(balance, runner.profile))
        logger.info("user=%s asked intent=%s", msg.user_id, reply.intent)
        buttons = keyboards.show(reply.button) if reply.button else ()
        return [Outgoing(formatting.answer(reply, balance), buttons=buttons)]

    async def _already_applied(self, runner: Runner, msg: Incoming,
                               result: ParseResult) -> list[Outgoing]:
        """A redelivered update: store nothing, but answer if the first answer was lost."""
        logger.info("update %s was already applied", msg.update_id)
        if msg.message_id is None:
            return []
        earlier = await self.stores.events.by_message(msg.user_id, msg.chat_id, msg.message_id)
        if not earlier:
            return []
        balance = await self.balance(runner, local_day(msg.received_at, runner.tz))
        text = formatting.logged_reply(earlier, result.unparsed, balance, runner.tz,
                                       units=runner.profile.units)
        return [Outgoing(text, buttons=keyboards.after_logging(earlier))]

    async def edit(self, msg: Incoming) -> list[Outgoing]:
        """An edited message replaces the events its first version logged.

        It is read at `received_at`, the time it was first sent, so its entries get the times
        the same text sent fresh would have had (a run's start, a meal's time).
        """
        if msg.message_id is None:
            return await self.log(msg)
        old = await self.stores.events.by_message(msg.user_id, msg.chat_id, msg.message_id)
        if not old:
            return await self.log(msg)
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        try:
            result = parse_message(msg.text, self._parse_context(runner, msg.received_at))
        except CoachError as e:
            return [Outgoing(formatting.escape(in_system(e.user_message, runner.profile.units))
                             + formatting.EDIT_KEPT)]
        stored = await self.stores.events.add(
            msg.user_id, result.events, now=msg.received_at, chat_id=msg.chat_id,
            message_id=msg.message_id, update_id=msg.update_id, replaces=[o.id for o in old],
        )
        if stored is None:
            return []
        runner = await self._absorb(runner, stored, msg.received_at, replaced=[o.id for o in old])
        if not stored:
            return [Outgoing(formatting.edit_removed(len(old)))]
        return await self._after_logging(runner, stored, result, msg.received_at, edited=True)

    async def log_events(self, user_id: int, chat_id: int, events: Sequence[Event], *,
                         received_at: datetime, replaces: Iterable[int] = (),
                         message_id: int | None = None,
                         update_id: int | None = None) -> list[Outgoing]:
        """Store events that did not come from text (a watch file, a button) and answer."""
        _, replies = await self._log_events(user_id, chat_id, events, received_at=received_at,
                                            replaces=replaces, message_id=message_id,
                                            update_id=update_id)
        return replies

    async def log_session(self, user_id: int, chat_id: int, event: Exercise, *,
                          received_at: datetime,
                          replaces: Iterable[int] = ()) -> tuple[StoredEvent | None,
                                                                 list[Outgoing]]:
        """Store one session that arrived by itself (Strava) and answer; the stored event too."""
        stored, replies = await self._log_events(user_id, chat_id, [event],
                                                 received_at=received_at, replaces=replaces)
        return (stored[0] if stored else None), replies

    async def _log_events(self, user_id: int, chat_id: int, events: Sequence[Event], *,
                          received_at: datetime, replaces: Iterable[int] = (),
                          message_id: int | None = None, update_id: int | None = None,
                          ) -> tuple[list[StoredEvent], list[Outgoing]]:
        runner = await self.runner(user_id, chat_id, received_at)
        replaces = list(replaces)
        stored = await self.stores.events.add(
            user_id, events, now=received_at, chat_id=chat_id, message_id=message_id,
            update_id=update_id, replaces=replaces,
        )
        if stored is None:
            return [], []
        runner = await self._absorb(runner, stored, received_at, replaced=replaces)
        result = ParseResult(events=tuple(events), unparsed=(), intent="log")
        return stored, await self._after_logging(runner, stored, result, received_at)

    async def _after_logging(self, runner: Runner, stored: list[StoredEvent],
                             result: ParseResult, now: datetime, *,
                             edited: bool = False, again: bool = False) -> list[Outgoing]:
        user_id = runner.record.id
        balance = await self.balance(runner, local_day(now, runner.tz))
        await self._sync_recovery(runner, stored, now, again=again)
        await self._maybe_nudge(runner, balance, now)
        logger.info("user=%s logged kinds=%s", user_id, ",".join(s.event.kind for s in stored))
        text = formatting.logged_reply(stored, result.unparsed, balance, runner.tz,
                                       units=runner.profile.units, edited=edited,
                                       refuel=await self._second_session_refuel(runner, stored,
                                                                                now))
        return [Outgoing(text, buttons=keyboards.after_logging(stored))]

    # ----------------------------------------------------------------- buttons

    async def press(self, user_id: int, chat_id: int, data: str, at: datetime, *,
                    message_id: int | None = None) -> list[Outgoing]:
        """A button under one of our messages (`message_id`) was pressed.

        Each button acts once: a second press (a double tap, or a day later) of a button on
        the same message only says it was done (`keyboards.slot`).
        """
        action = keyboards.parse(data)
        if action is None:
            return [Outgoing(formatting.STALE_BUTTON)]
        verb, arg = action
        taken = keyboards.slot(verb)
        if verb == "deleteme" and await self.stores.users.get(user_id) is None:
            return [Outgoing(formatting.NOTHING_STORED, again=True)]
        if taken is not None and message_id is not None and not await self.stores.presses.claim(
                user_id, chat_id, message_id, taken, now=at):
            return [Outgoing(formatting.already_done(verb), again=True)]
        handlers: dict[str, Callable[[Press, str], Any]] = {
            "undo": self._press_undo,
            "fix": self._press_fix,
            "scale": self._scale_meal,
            "had": self._had_recovery,
            "snooze": self._snooze,
            "skip": self._press_skip,
            "why": self._press_why,
            "target": self._press_target,
            "notnow": self._press_not_now,
            "snack": self._propose_snack,
            "eat": self._eat_snack,
            "deleteme": self._press_delete,
            "show": self._press_show,
        }
        result: list[Outgoing] = await handlers[verb](Press(user_id, chat_id, at), arg)
        return result

    async def _press_undo(self, b: Press, arg: str) -> list[Outgoing]:
        replies = await self._undo(b.user_id, b.chat_id, b.at, int(arg))
        return replies or await self._gone(b, int(arg))

    async def _press_fix(self, b: Press, arg: str) -> list[Outgoing]:
        meal = await self.stores.events.get(b.user_id, int(arg))
        if meal is None:
            return await self._gone(b, int(arg))
        return [Outgoing(formatting.FIX_HINT, buttons=keyboards.fix(meal.id))]

    async def _gone(self, b: Press, event_id: int) -> list[Outgoing]:
        """A button's entry is no longer live: say what became of it; nothing changes."""
        found = await self.stores.events.fate(b.user_id, event_id)
        if found is None:
            return [Outgoing(formatting.STALE_BUTTON)]
        record = await self.stores.users.get(b.user_id)
        units = record.profile.units if record is not None else "metric"
        stored, fate = found
        return [Outgoing(formatting.entry_gone(stored.event, fate, units))]

    async def _press_skip(self, b: Press, key: str) -> list[Outgoing]:
        await self._end_reminder(b, key)
        return [Outgoing(formatting.SKIPPED)]

    async def _end_reminder(self, b: Press, key: str) -> None:
        """No more messages about this run: the reminder, its snooze and its follow-up."""
        for suffix in ("", ":snooze", ":follow-up"):
            await self.stores.schedule.cancel(b.user_id, key + suffix, now=b.at)

    async def _press_why(self, b: Press, code: str) -> list[Outgoing]:
        runner = await self.runner(b.user_id, b.chat_id, b.at)
        balance = await self.balance(runner, local_day(b.at, runner.tz))
        return [Outgoing(formatting.why(balance, runner.profile, code))]

    async def _press_show(self, b: Press, what: str) -> list[Outgoing]:
        """The button under an answer: the view it names."""
        msg = Incoming(b.user_id, b.chat_id, f"/{what}", b.at)
        return await self._command(msg, what, "")

    async def _press_target(self, b: Press, _arg: str) -> list[Outgoing]:
        runner = await self.runner(b.user_id, b.chat_id, b.at)
        balance = await self.balance(runner, local_day(b.at, runner.tz))
        return [Outgoing(formatting.why_this_target(balance, runner.profile.units))]

    async def _press_not_now(self, b: Press, code: str) -> list[Outgoing]:
        runner = await self.runner(b.user_id, b.chat_id, b.at)
        muted = {**runner.profile.muted_until, code: local_day(b.at, runner.tz) + NUDGE_COOLDOWN}
        profile = runner.profile.model_copy(update={"muted_until": muted})
        await self.stores.users.save(b.user_id, profile, now=b.at)
        return [Outgoing(formatting.NOT_NOW)]

    async def _press_delete(self, b: Press, arg: str) -> list[Outgoing]:
        if arg != "confirm":
            return [Outgoing(formatting.DELETE_CANCELLED)]
        self._runners.pop(b.user_id, None)
        self._nudges.pop(b.user_id, None)
        if self.strava is not None:  # deauthorized at Strava too, not only deleted here
            await self.strava.forget(b.user_id)
        await self.stores.users.delete(b.user_id)
        self.stores.foods.forget(b.user_id)
        self.stores.setups.forget(b.user_id)
        return [Outgoing(formatting.DELETED)]

    # ----------------------------------------------------------------- commands

    async def _cmd_start(self, msg: Incoming, _args: str) -> list[Outgoing]:
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        await self.plan_summary(runner.record, msg.received_at)
        return [Outgoing(formatting.welcome(runner.profile))]

    async def _cmd_help(self, msg: Incoming, _args: str) -> list[Outgoing]:
        record = await self.stores.users.get(msg.user_id)
        return [Outgoing(formatting.help_text(record.profile.units if record else "metric"))]

    async def _cmd_today(self, msg: Incoming, _args: str) -> list[Outgoing]:
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        balance = await self.balance(runner, local_day(msg.received_at, runner.tz))
        buttons = keyboards.today() if balance.has_energy_target else ()
        return [Outgoing(formatting.today(balance, runner.profile), buttons=buttons)]

    async def _cmd_undo(self, msg: Incoming, _args: str) -> list[Outgoing]:
        return await self._undo(msg.user_id, msg.chat_id, msg.received_at, None)

    async def undo_event(self, user_id: int, chat_id: int, at: datetime,
                         event_id: int) -> list[Outgoing]:
        """Undo one event that went away by itself (deleted on Strava); [] if already gone."""
        return await self._undo(user_id, chat_id, at, event_id)

    async def _undo(self, user_id: int, chat_id: int, at: datetime,
                    event_id: int | None) -> list[Outgoing]:
        undone = await self.stores.events.undo(user_id, now=at, event_id=event_id)
        if not undone:
            return [] if event_id is not None else [Outgoing(formatting.NOTHING_TO_UNDO)]
        self._runners.pop(user_id, None)
        runner = await self.runner(user_id, chat_id, at)
        for s in undone:
            if isinstance(s.event, RunLogged):
                await self.stores.schedule.cancel(user_id, f"recovery:{s.id}", now=at)
        balance = await self.balance(runner, local_day(at, runner.tz))
        return [Outgoing(formatting.undone(undone, balance, runner.profile))]

    async def _cmd_profile(self, msg: Incoming, args: str, *,
                           reminders: bool = False) -> list[Outgoing]:
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        if not args:
            return [Outgoing(formatting.profile_card(
                runner.profile, runner.weight_kg, weight_default=runner.weight_is_default))]
        try:
            profile = _dated_goal(runner.profile, update_profile(runner.profile, args),
                                  local_day(msg.received_at, runner.tz))
        except CoachError as e:
            return [Outgoing(formatting.escape(e.user_message))]
        applied = await self.stores.users.save(msg.user_id, profile, now=msg.received_at,
                                               chat_id=msg.chat_id, update_id=msg.update_id)
        if not applied:
            return []
        runner.record = replace(runner.record, profile=profile)
        await self.plan_summary(runner.record, msg.received_at, replan=True)
        if reminders:
            return [Outgoing("Saved. ✅\n" + formatting.reminders_card(profile))]
        return [Outgoing(formatting.profile_saved(profile, runner.weight_kg,
                                                  weight_default=runner.weight_is_default))]

    async def set_profile(self, user_id: int, chat_id: int, pairs: str,
                          at: datetime) -> Profile:
        """Apply `key=value` pairs (onboarding steps); raises CoachError when one is wrong."""
        runner = await self.runner(user_id, chat_id, at)
        profile = _dated_goal(runner.profile, update_profile(runner.profile, pairs),
                              local_day(at, runner.tz))
        await self.stores.users.save(user_id, profile, now=at, chat_id=chat_id)
        await self.plan_summary(replace(runner.record, profile=profile), at, replan=True)
        return profile

    async def _cmd_goal(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
            return [Outgoing(formatting.goal_help(runner.profile.units))]
        goal = args.split(maxsplit=1)[0]
        if goal not in GOALS:  # "lose 0.5 kg a week", "lose 1" (in the runner's units)
            runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
            try:
                goal = read_goal(args, units=runner.profile.units) or goal
            except CoachError as e:
                return [Outgoing(formatting.escape(e.user_message))]
        return await self._cmd_profile(msg, f"goal={goal}")

    async def _cmd_timezone(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            return [Outgoing(formatting.timezone_help(await self._units(msg)))]
        place = args.replace('"', "")  # the whole place: "/timezone New York"
        return await self._cmd_profile(msg, f'tz="{place}"')

    async def _cmd_reminders(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
            return [Outgoing(formatting.reminders_card(runner.profile))]
        words = args.split()
        pairs = [w if "=" in w else f"reminders={w}" for w in words]
        return await self._cmd_profile(msg, " ".join(pairs), reminders=True)

    async def _cmd_weight(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            return [Outgoing(formatting.weight_help(await self._units(msg)))]
        return await self.log(replace(msg, text=f"weight {args}"))

    async def _cmd_food(self, msg: Incoming, args: str) -> list[Outgoing]:
        try:
            spec = parse_food_definition(args)
        except CoachError as e:
            return [Outgoing(formatting.escape(e.user_message))]
        await self.stores.foods.save(msg.user_id, spec.food, now=msg.received_at)
        return [Outgoing(formatting.food_taught(spec.food, await self._units(msg)))]

    async def _cmd_history(self, msg: Incoming, _args: str) -> list[Outgoing]:
        days = await self.last_days(msg.user_id, msg.chat_id, msg.received_at, 7)
        return [Outgoing(formatting.history(days, await self._units(msg)))]

    async def _cmd_week(self, msg: Incoming, _args: str) -> list[Outgoing]:
        days = await self.last_days(msg.user_id, msg.chat_id, msg.received_at, 7)
        runner = await self.runner(msg.user_id, msg.chat_id, msg.received_at)
        units = runner.profile.units
        joined = local_day(runner.record.created_at, runner.tz)
        png = await asyncio.to_thread(partial(charts.week_chart, days, units, joined=joined))
        return [Outgoing(formatting.week_caption(days, units), photo=png)]

    async def _units(self, msg: Incoming) -> str:
        return (await self.runner(msg.user_id, msg.chat_id, msg.received_at)).profile.units

    async def _cmd_export(self, msg: Incoming, _args: str) -> list[Outgoing]:
        record = await self.stores.users.get(msg.user_id)
        if record is None:
            return [Outgoing(formatting.NOTHING_STORED)]
        files = exports.export_files(msg.user_id, record.profile,
                                     await self.stores.events.all_for_user(msg.user_id),
                                     await self.stores.foods.for_user(msg.user_id),
                                     strava=await self.strava.export(msg.user_id)
                                     if self.strava is not None else None)
        return [Outgoing(formatting.EXPORT_READY,
                         documents=tuple(Attachment(*f) for f in files))]

    async def _cmd_connect(self, msg: Incoming, _args: str) -> list[Outgoing]:
        if self.strava is None:
            return [Outgoing(strava_messages.NOT_SET_UP)]
        await self.stores.users.touch(msg.user_id, chat_id=msg.chat_id, now=msg.received_at)
        return await self.strava.connect(msg.user_id, msg.chat_id, msg.received_at)

    async def _cmd_disconnect(self, msg: Incoming, _args: str) -> list[Outgoing]:
        if self.strava is None:
            return [Outgoing(strava_messages.NOT_SET_UP)]
        return await self.strava.disconnect(msg.user_id)

    async def _cmd_deleteme(self, _msg: Incoming, _args: str) -> list[Outgoing]:
        return [Outgoing(formatting.DELETE_CONFIRM, buttons=keyboards.confirm_delete())]

    # ----------------------------------------------------------------- balance

    async def balance(self, runner: Runner, day: date) -> DayBalance:
        """The engine's view of one local day (the runner's loaded day needs no query)."""
        if day == runner.day:
            return balance_of(runner.ledger, runner.trend, runner.profile, day)
        start, end = _history_range(day, runner.tz)
        events, weights = await self.stores.events.window(
            runner.record.id, start, end, weights_since=end - WEIGHTS_READ)
        history = History(events=[s.event for s in events], weights=weights)
        return day_balance(history, runner.profile, day, runner.tz)

    async def balance_for(self, user_id: int, day: date | None = None) -> DayBalance:
        """The day balance of a stored user (today in their zone by default)."""
        now = self.clock()
        record = await self.stores.users.get(user_id)
        if record is None:
            raise CoachError(f"There is no user {user_id} in this database.")
        runner = await self._current_runner(record, now)
        return await self.balance(runner, day or local_day(now, runner.tz))

    # ----------------------------------------------------------------- schedule

    async def plan_summary(self, record: UserRecord, now: datetime, *,
                           replan: bool = False) -> None:
        """Make sure the next daily summary is a pending row (at the local summary time)."""
        rows = _summary_rows(record, now)
        if replan:
            keys = {key for *_, key in rows}
            for pending in await self.stores.schedule.pending(record.id):
                if pending.kind in {"summary", "weekly"} and pending.dedupe_key not in keys:
                    await self.stores.schedule.cancel(record.id, pending.dedupe_key, now=now)
        for user_id, kind, due, expires, key in rows:
            await self.stores.schedule.put(user_id, kind, due_at=due, expires_at=expires,
                                           dedupe_key=key, now=now)

    async def plan_all_summaries(self, now: datetime) -> int:
        """Plan the next summary of every active user, a page of users at a time (start-up)."""
        planned, after = 0, 0
        while page := await self.stores.users.active_users(after_id=after):
            rows = [row for record in page for row in _summary_rows(record, now)]
            await self.stores.schedule.put_many(rows, now=now)
            planned += len(rows)
            after = page[-1].id
        return planned

    async def _sync_recovery(self, runner: Runner, stored: list[StoredEvent],
                             now: datetime, *, again: bool = False) -> None:
        """Schedule the recovery reminder after a long or hard run (N7, science.md §9 rev 2);
        cancel it when enough protein is logged."""
        profile, uid = runner.profile, runner.record.id
        for s in stored:
            event = s.event
            if isinstance(event, RunLogged) and profile.reminders:
                median = median_pace_s_per_km((p.duration_s, p.distance_m)
                                              for p in runner.paces if p.id != s.id)
                soon = again or _session_soon(runner, {"run_id": s.id})
                wanted = soon or needs_recovery(event, profile.recovery_min_run_min, median)
                recent = now - event.ended_at < RECOVERY_WINDOW
                if wanted and recent:
                    due = max(now, event.ended_at + timedelta(minutes=profile.recovery_delay_min))
                    await self.stores.schedule.put(
                        uid, "reminder", due_at=due, dedupe_key=f"recovery:{s.id}", now=now,
                        expires_at=event.ended_at + RECOVERY_WINDOW,
                        payload={"run_id": s.id, "run_end": event.ended_at.isoformat(),
                                 "hard": is_hard(event, median), "again": again},
                    )
        if not any(isinstance(s.event, MealLogged) for s in stored):
            return
        if not runner.ran_within(RECOVERY_WINDOW, now):  # no reminder can be pending
            return
        for pending in await self.stores.schedule.pending(uid, "reminder", now=now):
            if "run_end" not in pending.payload:
                continue
            run_end = datetime.fromisoformat(pending.payload["run_end"])
            window = await self.stores.events.between(uid, run_end, run_end + RECOVERY_WINDOW,
                                                      kinds=["meal"])
            meals = [w.event for w in window if isinstance(w.event, MealLogged)]
            if has_recovery_intake(meals, run_end, runner.weight_kg):
                await self.stores.schedule.cancel(uid, pending.dedupe_key, now=now)

    async def _second_session_refuel(self, runner: Runner, stored: list[StoredEvent],
                                     now: datetime) -> str | None:
        """N7 (rev 2): a session logged < 8 h from another, once every reminder that could carry
        the 4-hour advice has gone out without it, brings the advice in its own reply."""
        if not any(isinstance(s.event, Exercise) and _session_soon(runner, {"run_id": s.id})
                   for s in stored):
            return None
        uid = runner.record.id
        pending = await self.stores.schedule.pending(uid, "reminder", now=now)
        if runner.profile.reminders and any(
                _session_soon(runner, p.payload) for p in pending if "run_end" in p.payload):
            return None  # that reminder gives the advice when it is sent
        since = now - NEXT_SESSION_WINDOW - RECOVERY_WINDOW
        if any(p.payload.get("again") for p in await self.stores.schedule.sent_since(
                uid, "reminder", since)):
            return None  # a stated second session: the advice went out with the reminder
        return recovery_dose(runner.weight_kg, self.foods, next_session_soon=True).fast_refuel

    async def _had_recovery(self, b: Press, key: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        runner = await self.runner(user_id, chat_id, at)
        dose = recovery_dose(runner.weight_kg, self.foods)
        shake = _recovery_shake(dose, at)
        await self._end_reminder(b, key)
        return await self.log_events(user_id, chat_id, [shake], received_at=at)

    async def _scale_meal(self, b: Press, arg: str) -> list[Outgoing]:
        """Replace a meal by the same meal with every amount scaled (undoable as usual)."""
        user_id, chat_id, at = b
        event_id, _, factor = arg.partition(":")
        old = await self.stores.events.get(user_id, int(event_id))
        if old is None:
            return await self._gone(b, int(event_id))
        if not isinstance(old.event, MealLogged):
            return [Outgoing(formatting.STALE_BUTTON)]
        runner = await self.runner(user_id, chat_id, at)
        stored = await self.stores.events.add(user_id, [old.event.scaled(float(factor))],
                                              now=at, chat_id=chat_id, replaces=[old.id])
        assert stored is not None
        runner = await self._absorb(runner, stored, at, replaced=[old.id])
        result = ParseResult(events=(stored[0].event,), unparsed=(), intent="log")
        return await self._after_logging(runner, stored, result, at, edited=True)

    async def _propose_snack(self, b: Press, _code: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        runner = await self.runner(user_id, chat_id, at)
        balance = await self.balance(runner, local_day(at, runner.tz))
        size = snack_size(balance.target_kcal - balance.intake_kcal)
        meal = snack_meal(size, self.foods, at)
        return [Outgoing(formatting.snack_proposal(meal, runner.profile.units),
                         buttons=keyboards.eat(size))]

    async def _eat_snack(self, b: Press, size: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        if size not in SNACKS:
            return [Outgoing(formatting.STALE_BUTTON)]
        return await self.log_events(user_id, chat_id, [snack_meal(size, self.foods, at)],
                                     received_at=at)

    async def _snooze(self, b: Press, key: str) -> list[Outgoing]:
        user_id, _, at = b
        row = await self.stores.schedule.get(user_id, key)
        if row is None or row.payload.get("snoozed"):
            return [Outgoing(formatting.NO_MORE_SNOOZE)]
        payload = {**row.payload, "snoozed": True}
        await self.stores.schedule.put(user_id, row.kind, due_at=at + timedelta(minutes=15),
                                       dedupe_key=f"{key}:snooze", now=at,
                                       expires_at=row.expires_at, payload=payload)
        return [Outgoing(formatting.SNOOZED)]

    async def due(self, now: datetime, limit: int = 500) -> list[Due]:
        """Claim the messages due by `now` and render them all; call `sent()` after each."""
        return [due for row in await self.claim(now, limit)
                if (due := await self.render(row, now)) is not None]

    async def claim(self, now: datetime, limit: int = 500) -> list[ScheduledMessage]:
        """Claim the messages due by `now`: none of them will be sent twice."""
        return await self.stores.schedule.claim_due(now, limit)

    async def render(self, row: ScheduledMessage, now: datetime) -> Due | None:
        """A claimed row as the message to send now; None when it is no longer wanted."""
        record = await self.stores.users.get(row.user_id)
        message = None
        if record is not None and record.chat_id is not None and record.active:
            message = await self._render(record, row, now)
        if record is None or record.chat_id is None or message is None:
            await self.stores.schedule.finish(row.id, "skipped", now=now)
            return None
        return Due(record.chat_id, record.id, message, row)

    async def sent(self, due: Due, now: datetime, *, ok: bool = True) -> None:
        """Record the outcome of sending a due message; plan what follows it."""
        await self.stores.schedule.finish(due.row.id, "sent" if ok else "failed",
                                          now=now)
        if due.message.kind == "summary":
            record = await self.stores.users.get(due.user_id)
            if record is not None:
                await self.plan_summary(record, now + timedelta(minutes=1))
        if due.message.kind == "reminder" and ok:
            await self._plan_follow_up(due, now)

    async def _plan_follow_up(self, due: Due, now: datetime) -> None:
        """N7 (science.md §9): one follow-up at +90 min if no recovery intake is logged.

        `put` never revives a follow-up that was already sent or cancelled (same key).
        """
        sent = due.row
        if sent.payload.get("snoozed") or sent.payload.get("follow_up"):
            return
        run_end = datetime.fromisoformat(sent.payload["run_end"])
        if run_end + FOLLOW_UP <= now:
            return
        await self.stores.schedule.put(
            due.user_id, "reminder", due_at=run_end + FOLLOW_UP, now=now,
            dedupe_key=f"{sent.dedupe_key}:follow-up", expires_at=run_end + RECOVERY_WINDOW,
            payload={**sent.payload, "follow_up": True})

    async def retry_later(self, due: Due, now: datetime) -> None:
        """Telegram was unreachable: the message goes back to pending (it still expires)."""
        await self.stores.schedule.release(due.row.id, now + RETRY_DELAY)

    async def blocked(self, user_id: int) -> None:
        """The runner blocked the bot: nothing is scheduled for them until they return."""
        await self.stores.users.set_active(user_id, False)

    async def _render(self, record: UserRecord, row: ScheduledMessage,
                      now: datetime) -> Outgoing | None:
        runner = await self._current_runner(record, now)
        if row.kind == "reminder":
            if not record.profile.reminders:
                return None
            dose = recovery_dose(runner.weight_kg, self.foods,
                                 next_session_soon=_session_soon(runner, row.payload))
            key = row.dedupe_key.removesuffix(":snooze").removesuffix(":follow-up")
            last = bool(row.payload.get("snoozed") or row.payload.get("follow_up"))
            text = formatting.recovery_reminder(dose, follow_up=bool(row.payload.get("follow_up")),
                                                units=record.profile.units)
            return Outgoing(text, kind="reminder", buttons=keyboards.recovery(key, snoozed=last))
        if row.kind == "summary":
            day = local_day(row.due_at, runner.tz)
            balance = await self.balance(runner, day)
            await self._record_follow_through(runner, balance, now)
            await self._maybe_nudge(runner, balance, now)
            training = [e for s in runner.training if isinstance(e := s.event, Exercise)
                        and local_day(e.at, runner.tz) == day]
            median = median_pace_s_per_km((p.duration_s, p.distance_m) for p in runner.paces)
            hard = hard_training_day([e for e in training if isinstance(e, RunLogged)], median,
                                     balance.exercise_kcal)
            return Outgoing(formatting.summary(balance, runner.profile, training,
                                               hard_training=hard), kind="summary")
        if row.kind == "nudge":
            return Outgoing(formatting.nudge(row.payload["text"]), kind="nudge",
                            buttons=keyboards.nudge(row.payload["code"]))
        if row.kind == "weekly":
            days = await self.last_days(record.id, record.chat_id or record.id, row.due_at, 7)
            nudges = await self.stores.schedule.sent_since(record.id, "nudge",
                                                           row.due_at - timedelta(days=7))
            followed = sum(bool(n.payload.get("followed")) for n in nudges)
            png = await asyncio.to_thread(partial(
                charts.week_chart, days, record.profile.units,
                joined=local_day(record.created_at, runner.tz)))
            return Outgoing(formatting.weekly(days, len(nudges), followed), kind="summary",
                            photo=png)
        return None

    async def _maybe_nudge(self, runner: Runner, balance: DayBalance, now: datetime) -> None:
        """Schedule today's one nudge for the most urgent reason not in its cooldown (§9)."""
        profile, uid = runner.profile, runner.record.id
        today = local_day(now, runner.tz)
        reasons = [r for r in balance.risk.reasons
                   if r.nudge and (profile.reminders or r.code in SAFETY_CODES)
                   and profile.muted_until.get(r.code, date.min) < today]
        if not reasons:
            return
        log = self._nudges.get(uid)
        if log is None or log.day != today:
            planned, sent = await self.stores.schedule.nudge_state(
                uid, f"nudge:{today}", now - NUDGE_COOLDOWN)
            log = self._nudges[uid] = NudgeLog(today, planned, sent)
        if log.planned:
            return
        reason = next((r for r in reasons if not log.cooling(r.code, now)), None)
        if reason is None:
            return
        due = _after_quiet_hours(now, profile, runner.tz)
        log.planned = True
        await self.stores.schedule.put(
            uid, "nudge", due_at=due, dedupe_key=f"nudge:{today}", now=now,
            expires_at=day_window(local_day(due, runner.tz), runner.tz)[1],
            payload={"code": reason.code, "text": reason.text, "day": today.isoformat()},
        )

    async def _record_follow_through(self, runner: Runner, balance: DayBalance,
                                     now: datetime) -> None:
        """Whether today's nudge was followed: the day's gap closed (shown weekly)."""
        row = await self.stores.schedule.get(runner.record.id, f"nudge:{balance.date}")
        if row is None or row.state != "sent":
            return
        protein_ok = balance.protein_g >= 0.9 * balance.protein_target_g
        energy_ok = balance.intake_kcal >= balance.target_kcal - 250
        followed = protein_ok if row.payload.get("code") in {"N4", "N5"} else energy_ok
        await self.stores.schedule.annotate(row.id, {"followed": followed})

    # ----------------------------------------------------------------- helpers

    async def last_days(self, user_id: int, chat_id: int, now: datetime,
                        count: int) -> list[DayBalance]:
        """Balances of the last `count` local days, oldest first (/week, /history)."""
        runner = await self.runner(user_id, chat_id, now)
        today = local_day(now, runner.tz)
        return [await self.balance(runner, today - timedelta(days=n))
                for n in range(count - 1, -1, -1)]

    async def runner(self, user_id: int, chat_id: int | None, now: datetime) -> Runner:
        """The runner behind a message (kept from earlier messages when it can be).

        A first message also plans the daily summary.
        """
        record = await self.stores.users.touch(user_id, chat_id=chat_id, now=now)
        if record.created_at == now:
            await self.plan_summary(record, now)
        kept = self._runners.get(user_id)
        if kept is not None and kept.tz is zone(record.profile.tz):
            day = local_day(now, kept.tz)
            if day >= kept.day:
                if day > kept.day:
                    kept.advance(day)
                kept.record = record  # a new goal or weight keeps the history
                kept.user_foods = await self.stores.foods.for_user(user_id)
                self._runners.move_to_end(user_id)
                return kept
        runner = await self._load_runner(record, now)
        if kept is None or kept.tz is not runner.tz or runner.day >= kept.day:
            self._keep(runner)  # but an update replayed late does not displace today
        return runner

    def _keep(self, runner: Runner) -> None:
        self._runners[runner.record.id] = runner
        self._runners.move_to_end(runner.record.id)
        if len(self._runners) > RUNNERS_KEPT:
            self._runners.popitem(last=False)

    async def _absorb(self, runner: Runner, stored: Sequence[StoredEvent], now: datetime,
                      replaced: Iterable[int] = ()) -> Runner:
        """The runner with this message's events folded in (reloaded when they cannot be)."""
        kept = self._runners.get(runner.record.id)
        if kept is not None and kept is not runner:  # it has not seen these events
            del self._runners[runner.record.id]
        if runner.absorb(stored, replaced):
            return runner
        fresh = await self._load_runner(runner.record, now)
        if kept is runner:
            self._keep(fresh)
        return fresh

    async def _current_runner(self, record: UserRecord, now: datetime) -> Runner:
        """The kept runner if it is up to date for `now`, else one loaded for this call only.

        For the paths beside the messages (scheduled sends, the CLI): they read a kept runner
        but never keep, move or change one.
        """
        kept = self._runners.get(record.id)
        if kept is not None and kept.record is record and kept.day == local_day(now, kept.tz):
            return kept
        return await self._load_runner(record, now)

    async def _load_runner(self, record: UserRecord, now: datetime) -> Runner:
        tz = zone(record.profile.tz)
        day = local_day(now, tz)
        start, end = _history_range(day, tz)
        window, weights = await self.stores.events.window(record.id, start, FOREVER,
                                                          weights_since=end - WEIGHTS_READ)
        return Runner(
            record=record, tz=tz, day=day,
            ledger=Ledger(tz, (s.event for s in window)),
            trend=weight_trend(weights, tz, FOREVER.date()).since(day - TREND_KEEP),
            training=[s for s in window if isinstance(s.event, Exercise)
                      and s.event.at >= _training_start(day, tz)],
            paces=[p for p in map(_pace, window) if p is not None][-PACE_RUNS:],
            user_foods=await self.stores.foods.for_user(record.id),
        )

    def _parse_context(self, runner: Runner, received_at: datetime) -> ParseContext:
        has_body = runner.profile.height_cm is not None and runner.profile.age is not None
        return ParseContext(
            received_at=received_at,
            tz=runner.tz,
            foods=self.foods,
            weight_kg=runner.weight_kg,
            units=runner.profile.units,
            baseline_kcal_per_min=(baseline_kcal_per_min(runner.profile, runner.weight_kg)
                                   if has_body else None),
            recent_pace_s_per_km=runner.recent_pace_s_per_km(),
            user_foods=runner.user_foods,
        )



def _session_soon(runner: Runner, payload: dict[str, Any]) -> bool:
    """N7 (rev 2): another session < 8 h from this run, logged either side or stated."""
    if payload.get("again"):
        return True
    this = next((s.event for s in runner.training if s.id == payload.get("run_id")), None)
    if not isinstance(this, Exercise):
        return False
    others = [(e.at, e.at + timedelta(seconds=e.duration_s)) for s in runner.training
              if s.id != payload.get("run_id") and isinstance(e := s.event, Exercise)]
    end = this.ended_at if isinstance(this, RunLogged) else this.at + timedelta(
        seconds=this.duration_s)
    return sessions_close(this.at, end, others)


def _dated_goal(old: Profile, new: Profile, day: date) -> Profile:
    """A changed goal remembers its local day (science.md §8 rev 2, glycogen water)."""
    if new.goal == old.goal:
        return new
    return new.model_copy(update={"goal_since": day})


def _after_quiet_hours(now: datetime, profile: Profile, tz: ZoneInfo) -> datetime:
    """Deferred, not dropped: a nudge due in quiet hours moves to their end."""
    local = now.astimezone(tz)
    if profile.quiet_end is None or not profile.in_quiet_hours(local.time()):
        return now
    end = datetime.combine(local.date(), profile.quiet_end, tzinfo=tz)
    if end <= local:
        end = datetime.combine(local.date() + timedelta(days=1), profile.quiet_end, tzinfo=tz)
    return end.astimezone(ZoneInfo("UTC"))


def _history_range(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC range of the local days a balance of `day` reads (engine.balance.history_window)."""
    return history_window(day, tz)


@cache
def zone(name: str) -> ZoneInfo:
    """ZoneInfo keeps only 8 zones hot; with users in dozens of zones it re-reads files."""
    return ZoneInfo(name)


def _summary_rows(record: UserRecord,
                  now: datetime) -> list[tuple[int, str, datetime, datetime, str]]:
    """The next daily summary (and the weekly one on its day): (user, kind, due, expires, key).

    Due at the local summary time of today, or tomorrow once that has passed; useful until the
    local midnight after it, so a late start still sends today's summary but never yesterday's.
    """
    profile = record.profile
    tz = zone(profile.tz)
    day = now.astimezone(tz).date()
    due = _local(day, profile.summary_time, tz)
    if due <= now:
        day += timedelta(days=1)
        due = _local(day, profile.summary_time, tz)
    expires = day_window(day, tz)[1]
    rows = [(record.id, "summary", due, expires, f"summary:{day}")]
    joined = record.created_at.astimezone(tz).date()
    if day.weekday() == profile.weekly_day and (day - joined).days >= WEEKLY_MIN_DAYS:
        rows.append((record.id, "weekly", due + WEEKLY_AFTER, expires, f"weekly:{day}"))
    return rows


def _local(day: date, at: Any, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz).astimezone(ZoneInfo("UTC"))


def _recovery_shake(dose: RecoveryDose, at: datetime) -> MealLogged:
    """'Had it' logs the dose the reminder proposed, with the numbers it stated."""
    item = FoodItem(text="recovery drink", food="recovery drink", source="stated",
                    kcal=4 * (dose.protein_g + dose.carbs_g), protein_g=dose.protein_g,
                    carbs_g=dose.carbs_g, fat_g=0.0)
    return MealLogged(at=at, meal="recovery", items=(item,))
