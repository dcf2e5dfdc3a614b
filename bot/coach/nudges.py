"""Unsolicited nudges (science.md §9): at most one a day, the most urgent reason first.

A nudge is planned when a reply or a summary finds a risk reason that is not muted and not in
its cooldown; quiet hours defer it, never drop it. Whether it was followed is noted for the
weekly summary. The rules (which reason, when, followed or not) are `engine/schedule.py`'s;
this module keeps each runner's nudges of the day and stores the one planned.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime

from bot.coach.ports import Stores
from bot.coach.runners import RUNNERS_KEPT, Runner
from engine.balance import DayBalance, RiskReason
from engine.days import day_window, local_day
from engine.records import MessagePayload
from engine.schedule import (
    NUDGE_COOLDOWN,
    after_quiet_hours,
    nudge_followed,
    nudge_reasons,
    pick_nudge,
)


@dataclass(slots=True)
class NudgeLog:
    """One runner's nudges as the schedule had them on `day`, learned at the day's first look.

    That look plans the nudge in one statement (`plan_nudge`), and reads the state only when it
    planned nothing; the messages after it need no query to know that today's nudge is planned
    already, or that every reason is still in its cooldown. What is sent later that day
    cannot change today's answer (one nudge a day), and the next day reads it back. Workers
    may each keep a log of one runner: a nudge is only planned while the day has none, so a
    log that missed another worker's plan costs one statement that plans nothing, never a
    second or a moved nudge. Mostly not even that: a unit of work that starts after another
    worker's brings the runner's latest nudge, and a day whose nudge is known planned
    (`ScheduleStore.nudge_known`) needs no first look.
    """

    day: date
    planned: bool
    sent: dict[str, datetime]  # reason code -> when it was last sent


def _due(now: datetime, runner: Runner) -> tuple[datetime, datetime]:
    """When a nudge planned now is due (after quiet hours), and the end of that local day."""
    due = after_quiet_hours(now, runner.profile, runner.tz)
    return due, day_window(local_day(due, runner.tz), runner.tz)[1]


def _payload(reason: RiskReason, day: date) -> MessagePayload:
    return MessagePayload(code=reason.code, text=reason.text, day=day)


class Nudges:
    """Plans each runner's one nudge of the day; keeps what the schedule said today.

    The logs of at most `size` runners are kept (the runners kept, `RUNNERS_KEPT`), least
    recently used dropped first: a runner whose log was dropped costs the day's first look
    again (one statement that plans nothing if the day has its nudge), never a second nudge.
    """

    def __init__(self, stores: Stores, size: int = RUNNERS_KEPT) -> None:
        self.stores = stores
        self.size = size
        #: Each runner's nudges of the day (see NudgeLog); rebuilt from storage each new day.
        self.logs: OrderedDict[int, NudgeLog] = OrderedDict()

    def forget(self, user_id: int) -> None:
        """Drop what is kept about a runner's nudges (the runner was deleted)."""
        self.logs.pop(user_id, None)

    def _keep(self, user_id: int, log: NudgeLog) -> NudgeLog:
        self.logs[user_id] = log
        self.logs.move_to_end(user_id)
        if len(self.logs) > self.size:
            self.logs.popitem(last=False)
        return log

    async def maybe_nudge(self, runner: Runner, balance: DayBalance, now: datetime) -> None:
        """Schedule today's one nudge for the most urgent reason not in its cooldown (§9)."""
        profile, uid = runner.profile, runner.record.id
        today = local_day(now, runner.tz)
        reasons = nudge_reasons(balance.risk.reasons, profile, today)
        if not reasons:
            return
        key = f"nudge:{today}"
        log = self.logs.get(uid)
        if log is not None:
            self.logs.move_to_end(uid)
        if log is None or log.day != today:
            if self.stores.schedule.nudge_known(uid, key):  # another worker planned it
                self._keep(uid, NudgeLog(today, planned=True, sent={}))
                return
            due, expires = _due(now, runner)
            # The day's first look plans in one statement what `pick_nudge` would pick; only
            # when it plans nothing (planned already, or every reason cooling) is the state
            # read, for the day's later messages.
            if await self.stores.schedule.plan_nudge(
                    uid, key, [_payload(r, today) for r in reasons],
                    sent_since=now - NUDGE_COOLDOWN, due_at=due, expires_at=expires, now=now):
                self._keep(uid, NudgeLog(today, planned=True, sent={}))
                return
            planned, sent = await self.stores.schedule.nudge_state(uid, key,
                                                                   now - NUDGE_COOLDOWN)
            log = self._keep(uid, NudgeLog(today, planned, sent))
        if log.planned:
            return
        reason = pick_nudge(reasons, log.sent, now)
        if reason is None:
            return
        log.planned = True  # by this call, or already by another worker (PostgreSQL)
        due, expires = _due(now, runner)
        await self.stores.schedule.plan_nudge(uid, key, [_payload(reason, today)],
                                              sent_since=now - NUDGE_COOLDOWN, due_at=due,
                                              expires_at=expires, now=now)

    async def record_follow_through(self, runner: Runner, balance: DayBalance,
                                    now: datetime) -> None:
        """Whether today's nudge was followed: the day's gap closed (shown weekly)."""
        row = await self.stores.schedule.get(runner.record.id, f"nudge:{balance.date}")
        if row is None or row.state != "sent":
            return
        followed = nudge_followed(str(row.payload.code), balance)
        await self.stores.schedule.annotate(row.id, MessagePayload(followed=followed))
