"""When the coach speaks unasked: summary times, recovery reminders, quiet hours, which nudge.

Pure rules over a runner's profile and an injected `now` (STYLE.md §3.7): the coach
(`bot/coach/schedule.py`, `bot/coach/nudges.py`) stores what these return as schedule rows and
reads nothing else to decide. Times in and out are aware UTC; days are the runner's local days.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from engine.balance import DayBalance
from engine.days import day_window, zone
from engine.profile import Profile
from engine.records import UserRecord
from engine.recovery import RECOVERY_WINDOW
from engine.risk import RiskReason

#: §9 N7: nothing with enough protein by +60 min -> one follow-up by +90 min.
FOLLOW_UP = timedelta(minutes=90)
#: The weekly summary comes this long after the daily one of its day.
WEEKLY_AFTER = timedelta(minutes=1)
#: The weekly summary waits until a runner has this many local days behind it: on the first
#: evening it could only repeat the daily summary sent a minute before.
WEEKLY_MIN_DAYS = 3
#: science.md §9: at most one unsolicited nudge a day, and a cooldown per reason.
NUDGE_COOLDOWN = timedelta(days=3)
#: §9: with coaching muted, only the safety nudges (energy availability, floors) still speak.
SAFETY_CODES = frozenset({"N6", "N8"})
#: Nudges about protein; the others are about energy (what "followed" means differs).
PROTEIN_CODES = frozenset({"N4", "N5"})


@dataclass(frozen=True, slots=True)
class Planned:
    """One message to schedule: its kind, when it is due, until when it is worth sending, and
    the key that makes planning it twice a no-op."""

    kind: Literal["summary", "weekly"]
    due_at: datetime
    expires_at: datetime
    key: str


def next_summaries(record: UserRecord, now: datetime) -> list[Planned]:
    """The next daily summary of a runner (and the weekly one, on its day).

    Due at the local summary time of today, or tomorrow once that has passed; useful until the
    local midnight after it, so a late start still sends today's summary but never yesterday's.
    """
    profile = record.profile
    tz = zone(profile.tz)
    day = now.astimezone(tz).date()
    due = _at(day, profile.summary_time, tz)
    if due <= now:
        day += timedelta(days=1)
        due = _at(day, profile.summary_time, tz)
    expires = day_window(day, tz)[1]
    planned = [Planned("summary", due, expires, f"summary:{day}")]
    joined = record.created_at.astimezone(tz).date()
    if day.weekday() == profile.weekly_day and (day - joined).days >= WEEKLY_MIN_DAYS:
        planned.append(Planned("weekly", due + WEEKLY_AFTER, expires, f"weekly:{day}"))
    return planned


def _at(day: date, at: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def recovery_due(run_end: datetime, now: datetime,
                 delay_min: int) -> tuple[datetime, datetime] | None:
    """(due, expires) of the recovery reminder after a run that ended at `run_end`.

    Due `delay_min` after the run (or now, when the run is logged late) and worth sending only
    while the recovery window is open (science.md §6); None once it has closed.
    """
    if now - run_end >= RECOVERY_WINDOW:
        return None
    return max(now, run_end + timedelta(minutes=delay_min)), run_end + RECOVERY_WINDOW


def follow_up_due(run_end: datetime, now: datetime) -> datetime | None:
    """N7: when the one follow-up of a sent reminder is due; None when that time has passed."""
    due = run_end + FOLLOW_UP
    return due if due > now else None


def after_quiet_hours(now: datetime, profile: Profile, tz: ZoneInfo) -> datetime:
    """Deferred, not dropped: a message due in quiet hours moves to their end."""
    local = now.astimezone(tz)
    if profile.quiet_end is None or not profile.in_quiet_hours(local.time()):
        return now
    end = datetime.combine(local.date(), profile.quiet_end, tzinfo=tz)
    if end <= local:
        end = datetime.combine(local.date() + timedelta(days=1), profile.quiet_end, tzinfo=tz)
    return end.astimezone(UTC)


def nudge_reasons(reasons: Sequence[RiskReason], profile: Profile,
                  today: date) -> list[RiskReason]:
    """The day's reasons that may become a nudge, most urgent first.

    A reason the runner muted ("Not now") waits until its day has passed; with reminders off only
    the safety reasons still speak (§9).
    """
    return [r for r in reasons
            if r.nudge and (profile.reminders or r.code in SAFETY_CODES)
            and profile.muted_until.get(r.code, date.min) < today]


def cooling(sent: Mapping[str, datetime], code: str, now: datetime) -> bool:
    """Whether a reason was nudged within its cooldown (`sent`: code -> last sent)."""
    return sent.get(code, datetime.min.replace(tzinfo=UTC)) >= now - NUDGE_COOLDOWN


def pick_nudge(reasons: Sequence[RiskReason], sent: Mapping[str, datetime],
               now: datetime) -> RiskReason | None:
    """The most urgent of `reasons` (from `nudge_reasons`) not in its cooldown, if any."""
    return next((r for r in reasons if not cooling(sent, r.code, now)), None)


def nudge_followed(code: str, balance: DayBalance) -> bool:
    """Whether the day's gap a nudge named was closed by the evening (shown weekly)."""
    if code in PROTEIN_CODES:
        return balance.protein_g >= 0.9 * balance.protein_target_g
    return balance.intake_kcal >= balance.target_kcal - 250
