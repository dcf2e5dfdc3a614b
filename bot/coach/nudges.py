"""Unsolicited nudges (science.md §9): at most one a day, the most urgent reason first.

A nudge is planned when a reply or a summary finds a risk reason that is not muted and not in
its cooldown; quiet hours defer it, never drop it. Whether it was followed is noted for the
weekly summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.coach.ports import Stores
from bot.coach.runners import Runner
from engine.balance import DayBalance
from engine.days import day_window, local_day
from engine.profile import Profile

#: science.md §9: at most one unsolicited nudge a day, and a cooldown per reason.
NUDGE_COOLDOWN = timedelta(days=3)
#: §9: with coaching muted, only the safety nudges (energy availability, floors) still speak.
SAFETY_CODES = frozenset({"N6", "N8"})


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



class Nudges:
    """Plans each runner's one nudge of the day; keeps what the schedule said today."""

    def __init__(self, stores: Stores) -> None:
        self.stores = stores
        #: Each runner's nudges of the day (see NudgeLog); rebuilt from storage each new day.
        self.logs: dict[int, NudgeLog] = {}

    def forget(self, user_id: int) -> None:
        """Drop what is kept about a runner's nudges (the runner was deleted)."""
        self.logs.pop(user_id, None)

    async def maybe_nudge(self, runner: Runner, balance: DayBalance, now: datetime) -> None:
        """Schedule today's one nudge for the most urgent reason not in its cooldown (§9)."""
        profile, uid = runner.profile, runner.record.id
        today = local_day(now, runner.tz)
        reasons = [r for r in balance.risk.reasons
                   if r.nudge and (profile.reminders or r.code in SAFETY_CODES)
                   and profile.muted_until.get(r.code, date.min) < today]
        if not reasons:
            return
        log = self.logs.get(uid)
        if log is None or log.day != today:
            planned, sent = await self.stores.schedule.nudge_state(
                uid, f"nudge:{today}", now - NUDGE_COOLDOWN)
            log = self.logs[uid] = NudgeLog(today, planned, sent)
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

    async def record_follow_through(self, runner: Runner, balance: DayBalance,
                                    now: datetime) -> None:
        """Whether today's nudge was followed: the day's gap closed (shown weekly)."""
        row = await self.stores.schedule.get(runner.record.id, f"nudge:{balance.date}")
        if row is None or row.state != "sent":
            return
        protein_ok = balance.protein_g >= 0.9 * balance.protein_target_g
        energy_ok = balance.intake_kcal >= balance.target_kcal - 250
        followed = protein_ok if row.payload.get("code") in {"N4", "N5"} else energy_ok
        await self.stores.schedule.annotate(row.id, {"followed": followed})


def _after_quiet_hours(now: datetime, profile: Profile, tz: ZoneInfo) -> datetime:
    """Deferred, not dropped: a nudge due in quiet hours moves to their end."""
    local = now.astimezone(tz)
    if profile.quiet_end is None or not profile.in_quiet_hours(local.time()):
        return now
    end = datetime.combine(local.date(), profile.quiet_end, tzinfo=tz)
    if end <= local:
        end = datetime.combine(local.date() + timedelta(days=1), profile.quiet_end, tzinfo=tz)
    return end.astimezone(ZoneInfo("UTC"))
