"""What the coach keeps about each runner between messages, and the day balances read from it.

A `Runner` is loaded in one query and then kept current as messages add events and as the
runner's days go by, so most replies need no read at all. `Runners` is that cache (least
recently used first); only the message path changes it, and this process is its only writer.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.coach.ports import Incoming, Stores
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
from engine.days import day_window, local_day, zone
from engine.errors import CoachError
from engine.events import Exercise, MealLogged, RunLogged, StoredEvent, WeightLogged, paced
from engine.food import Food
from engine.profile import DEFAULT_WEIGHT_KG, Profile
from engine.records import UserRecord

#: Weigh-ins older than this before a day are not read: the EWMA trend (alpha 0.1, §8) has
#: forgotten them, and a scale reading from over a year ago should not steer today's numbers.
WEIGHTS_READ = timedelta(days=400)
#: A runner's loaded history reads events up to here: a kept runner moves on to later days,
#: so events stored ahead of time (a watch with a wrong clock) must already be in it.
FOREVER = datetime(9999, 1, 1, tzinfo=UTC)
#: Runners kept in memory between messages by default (about 18 KB each; docs/operations.md;
#: `RUNFUEL_RUNNERS_KEPT`).
RUNNERS_KEPT = 10_000
#: A duration-only run's distance is guessed from the pace of this many recent runs.
PACE_RUNS = 5

#: Called with a runner's record on their very first message (plans the daily summary).
FirstSeen = Callable[[UserRecord, datetime], Awaitable[None]]


class Pace(NamedTuple):
    """A run with a stated distance: what the pace of a duration-only run is guessed from."""

    at: datetime
    id: int
    duration_s: float
    distance_m: float


class MealProtein(NamedTuple):
    """A meal since yesterday began, as a kept runner keeps it: all that the recovery check
    reads of it (`engine.recovery.has_recovery_intake`). A decoded meal with its items costs
    about 2 KB; this, under 200 bytes."""

    at: datetime
    id: int
    protein_g: float


def _pace(s: StoredEvent) -> Pace | None:
    run = s.event
    if isinstance(run, RunLogged) and paced(run):
        return Pace(run.at, s.id, run.duration_s, run.distance_m)
    return None


@dataclass(slots=True)
class Runner:
    """What the core keeps about one runner between messages.

    `ledger` sums the live non-weight events from local day `day - 27` on and `trend` folds
    the weigh-ins. `training` holds the exercise events since yesterday began (recovery
    reminders, summaries), `meals` the time and protein of the meals since then (what a
    post-run meal is checked against) and `paces` the last five runs with a distance in the 28
    days. Loaded in one query, then kept current as messages add events and as the runner's
    days go by, so a reply needs no read at all.
    """

    record: UserRecord
    tz: ZoneInfo
    day: date
    ledger: Ledger
    trend: WeightTrend
    training: list[StoredEvent]
    meals: list[MealProtein]
    paces: list[Pace]
    user_foods: dict[str, Food] = field(default_factory=dict)
    #: The runner's revision (PostgreSQL's `users.rev`) this reflects: set as a unit of work
    #: of theirs commits, cleared by anything folded in beside one (`Runners.catch_up`).
    rev: int | None = None

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
        recent = _training_start(self.day, self.tz)
        for s in stored:
            event = s.event
            if isinstance(event, WeightLogged):
                if not self.trend.add(local_day(event.at, self.tz), event.mass_kg):
                    return False
            elif event.at >= start:
                self.ledger.add(event)
                if isinstance(event, Exercise) and event.at >= recent:
                    bisect.insort(self.training, s, key=_event_order)
                elif isinstance(event, MealLogged) and event.at >= recent:
                    bisect.insort(self.meals, MealProtein(event.at, s.id, event.protein_g))
                if (pace := _pace(s)) is not None:
                    bisect.insort(self.paces, pace)
                    del self.paces[:-PACE_RUNS]
        return True

    def advance(self, day: date) -> None:
        """A later local day has begun: forget what its balance no longer reads."""
        self.day = day
        start = _history_range(day, self.tz)[0]
        self.ledger.forget_before(day - timedelta(days=WINDOW_DAYS - 1))
        since = _training_start(day, self.tz)
        self.training = [s for s in self.training if s.event.at >= since]
        self.meals = [m for m in self.meals if m.at >= since]
        self.paces = [p for p in self.paces if p.at >= start]
        self.trend = self.trend.since(day - TREND_KEEP)

    def meals_between(self, start: datetime, end: datetime) -> list[MealProtein]:
        """The meals logged in [start, end), oldest first: all of them when `start` is at or
        after yesterday began (as the end of any run in `training` is)."""
        return [m for m in self.meals if start <= m.at < end]

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



def _history_range(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC range of the local days a balance of `day` reads (engine.balance.history_window)."""
    return history_window(day, tz)


class Runners:
    """The runners kept between messages, by user id, least recently used first.

    At most `size`: keeping one more drops the runner least recently seen, whose next message
    reads them afresh (and answers the same), so memory stays bounded however many runners
    a worker meets.
    """

    def __init__(self, stores: Stores, first_seen: FirstSeen, size: int = RUNNERS_KEPT) -> None:
        self.stores = stores
        self.first_seen = first_seen
        self.size = size
        #: Only the message path (one update at a time per user) keeps and changes these.
        self.kept: OrderedDict[int, Runner] = OrderedDict()

    async def runner(self, user_id: int, chat_id: int | None, now: datetime) -> Runner:
        """The runner behind a message (kept from earlier messages when it can be).

        A first message also plans the daily summary.
        """
        record = await self.stores.users.touch(user_id, chat_id=chat_id, now=now)
        if record.created_at == now:
            await self.first_seen(record, now)
        kept = self.kept.get(user_id)
        if kept is not None and kept.tz is zone(record.profile.tz):
            day = local_day(now, kept.tz)
            if day >= kept.day:
                if day > kept.day:
                    kept.advance(day)
                kept.record = record  # a new goal or weight keeps the history
                kept.user_foods = await self.stores.foods.for_user(user_id)
                self.kept.move_to_end(user_id)
                return kept
        runner = await self.load(record, now)
        if kept is None or kept.tz is not runner.tz or runner.day >= kept.day:
            self.keep(runner)  # but an update replayed late does not displace today
        return runner

    def keep(self, runner: Runner) -> None:
        self.kept[runner.record.id] = runner
        self.kept.move_to_end(runner.record.id)
        if len(self.kept) > self.size:
            self.kept.popitem(last=False)

    def forget(self, user_id: int) -> None:
        """Drop a kept runner: the next message loads it afresh (after an undo, a deletion)."""
        self.kept.pop(user_id, None)

    def settle(self, user_id: int, rev: int) -> None:
        """A unit of work of this runner committed at revision `rev`: what is kept of them
        reflects it (every write of the unit was folded in, or dropped the kept runner)."""
        if (kept := self.kept.get(user_id)) is not None:
            kept.rev = rev

    def catch_up(self, user_id: int, since: int | None,
                 changes: Sequence[StoredEvent] | None) -> None:
        """Another worker wrote for this runner since revision `since`, storing `changes`
        (None: it also undid or replaced something). A kept runner that reflects `since`
        folds them in; any other is dropped, to be loaded afresh."""
        kept = self.kept.get(user_id)
        if kept is None:
            return
        if since is None or changes is None or kept.rev != since or not kept.absorb(changes):
            self.forget(user_id)
        kept.rev = None

    async def absorb(self, runner: Runner, stored: Sequence[StoredEvent], now: datetime,
                     replaced: Iterable[int] = ()) -> Runner:
        """The runner with this message's events folded in (reloaded when they cannot be)."""
        kept = self.kept.get(runner.record.id)
        if kept is not None and kept is not runner:  # it has not seen these events
            del self.kept[runner.record.id]
        runner.rev = None  # until its unit of work commits (`settle`)
        if runner.absorb(stored, replaced):
            return runner
        fresh = await self.load(runner.record, now)
        if kept is runner:
            self.keep(fresh)
        return fresh

    async def current(self, record: UserRecord, now: datetime) -> Runner:
        """The kept runner if it is up to date for `now`, else one loaded for this call only.

        For the paths beside the messages (scheduled sends, the CLI): they read a kept runner
        but never keep, move or change one.
        """
        kept = self.kept.get(record.id)
        if kept is not None and kept.record is record and kept.day == local_day(now, kept.tz):
            return kept
        return await self.load(record, now)

    async def load(self, record: UserRecord, now: datetime) -> Runner:
        """The runner read afresh: their window's summaries (no meal is decoded, only the
        training since yesterday began) and a year of weigh-ins' masses."""
        tz = zone(record.profile.tz)
        day = local_day(now, tz)
        start, end = _history_range(day, tz)
        recent = _training_start(day, tz)
        window, weights = await self.stores.events.summaries(
            record.id, start, FOREVER, weights_since=end - WEIGHTS_READ, decode_since=recent)
        # One pass over the window (28 days of events: a runner's first message waits for it).
        ledger = Ledger(tz)
        training: list[StoredEvent] = []
        meals: list[MealProtein] = []
        paces: list[Pace] = []
        for summary, stored in window:
            ledger.add_summary(summary)
            kind, values = summary.kind, summary.values
            if kind == "meal":
                if summary.at >= recent:
                    meals.append(MealProtein(summary.at, summary.id, values[1]))
                continue
            if stored is not None and summary.at >= recent:  # not an older row without sums
                training.append(stored)
            if kind == "run" and len(values) == 3:  # `paced` (engine.events.summary_values)
                paces.append(Pace(summary.at, summary.id, values[1], values[2]))
        return Runner(
            record=record, tz=tz, day=day, ledger=ledger,
            trend=weight_trend(weights, tz, FOREVER.date()).since(day - TREND_KEEP),
            training=training, meals=meals, paces=paces[-PACE_RUNS:],
            user_foods=await self.stores.foods.for_user(record.id),
        )

    async def units(self, msg: Incoming) -> str:
        """The unit system of the runner who sent `msg`."""
        return (await self.runner(msg.user_id, msg.chat_id, msg.received_at)).profile.units

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

    async def balance_for(self, user_id: int, now: datetime,
                          day: date | None = None) -> DayBalance:
        """The day balance of a stored user (today in their zone by default)."""
        record = await self.stores.users.get(user_id)
        if record is None:
            raise CoachError(f"There is no user {user_id} in this database.")
        runner = await self.current(record, now)
        return await self.balance(runner, day or local_day(now, runner.tz))

    async def last_days(self, user_id: int, chat_id: int, now: datetime,
                        count: int) -> list[DayBalance]:
        """Balances of the last `count` local days, oldest first (/week, /history)."""
        runner = await self.runner(user_id, chat_id, now)
        today = local_day(now, runner.tz)
        return [await self.balance(runner, today - timedelta(days=n))
                for n in range(count - 1, -1, -1)]
