"""When the coach speaks unasked (engine/schedule.py): pure rules on a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from engine.profile import Profile
from engine.records import UserRecord
from engine.risk import RiskReason
from engine.schedule import (
    FOLLOW_UP,
    NUDGE_COOLDOWN,
    after_quiet_hours,
    follow_up_due,
    next_summaries,
    nudge_reasons,
    pick_nudge,
    recovery_due,
    zone,
)

BERLIN = "Europe/Berlin"


def a_profile(**overrides: object) -> Profile:
    return Profile(**{"tz": BERLIN, **overrides})  # type: ignore[arg-type]


def a_runner(joined: datetime, **overrides: object) -> UserRecord:
    return UserRecord(id=7, chat_id=7, profile=a_profile(**overrides), active=True,
                      created_at=joined)


def reason(code: str, *, nudge: bool = True) -> RiskReason:
    return RiskReason(code=code, level="risk", text=f"{code} text", nudge=nudge)


class TestNextSummaries:
    def test_todays_summary_is_at_the_local_summary_time(self) -> None:
        """Before 21:00 Berlin time, the next summary is today's, kept until local midnight."""
        now = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # a Tuesday
        [summary] = next_summaries(a_runner(now - timedelta(days=30)), now)
        assert summary.kind == "summary"
        assert summary.due_at == datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
        assert summary.expires_at == datetime(2026, 11, 24, 23, 0, tzinfo=UTC)
        assert summary.key == "summary:2026-11-24"

    def test_once_the_time_has_passed_it_is_tomorrows(self) -> None:
        """At 21:00 local or later, the next summary is the next day's."""
        now = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
        [summary] = next_summaries(a_runner(now - timedelta(days=30)), now)
        assert summary.key == "summary:2026-11-25"
        assert summary.due_at == datetime(2026, 11, 25, 20, 0, tzinfo=UTC)

    def test_the_weekly_summary_follows_on_its_day(self) -> None:
        """On the weekly day (Sunday by default) a weekly summary comes a minute later."""
        now = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)  # a Sunday
        summary, weekly = next_summaries(a_runner(now - timedelta(days=30)), now)
        assert weekly.kind == "weekly"
        assert weekly.due_at == summary.due_at + timedelta(minutes=1)
        assert weekly.key == "weekly:2026-11-29"

    def test_no_weekly_summary_before_three_days_of_history(self) -> None:
        """A runner who joined on Saturday gets no weekly summary on Sunday."""
        now = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
        assert [p.kind for p in next_summaries(a_runner(now - timedelta(days=1)), now)] == [
            "summary"]

    def test_a_dst_day_keeps_the_local_time(self) -> None:
        """On the day clocks go back, the summary is still at 21:00 local (20:00 UTC after)."""
        now = datetime(2026, 10, 25, 6, 0, tzinfo=UTC)  # Berlin leaves summer time at 01:00 UTC
        [summary] = next_summaries(a_runner(now - timedelta(days=2), weekly_day=0), now)
        assert summary.due_at.astimezone(zone(BERLIN)).time() == time(21, 0)


class TestRecoveryReminder:
    RUN_END = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)

    def test_due_after_the_delay_and_kept_for_the_window(self) -> None:
        """A run logged as it ends: the reminder after the delay, useful for two hours."""
        assert recovery_due(self.RUN_END, self.RUN_END, 30) == (
            self.RUN_END + timedelta(minutes=30), self.RUN_END + timedelta(hours=2))

    def test_a_run_logged_late_is_reminded_at_once(self) -> None:
        """Logged 50 minutes after the run, past the 30-minute delay: due now."""
        now = self.RUN_END + timedelta(minutes=50)
        assert recovery_due(self.RUN_END, now, 30) == (now, self.RUN_END + timedelta(hours=2))

    def test_nothing_once_the_window_has_closed(self) -> None:
        """A run logged two hours after it ended gets no reminder."""
        assert recovery_due(self.RUN_END, self.RUN_END + timedelta(hours=2), 30) is None

    def test_one_follow_up_at_90_minutes_unless_that_has_passed(self) -> None:
        """The follow-up is due 90 minutes after the run; none if that time is over."""
        assert follow_up_due(self.RUN_END, self.RUN_END + timedelta(minutes=60)) == (
            self.RUN_END + FOLLOW_UP)
        assert follow_up_due(self.RUN_END, self.RUN_END + FOLLOW_UP) is None


class TestQuietHours:
    @pytest.mark.parametrize(("local_now", "expected"), [
        (datetime(2026, 11, 24, 23, 30), datetime(2026, 11, 25, 7, 0)),  # before midnight
        (datetime(2026, 11, 25, 3, 0), datetime(2026, 11, 25, 7, 0)),  # after midnight
        (datetime(2026, 11, 25, 12, 0), datetime(2026, 11, 25, 12, 0)),  # not quiet: now
    ])
    def test_a_message_in_quiet_hours_waits_for_their_end(
            self, local_now: datetime, expected: datetime) -> None:
        """Quiet hours 22:00-07:00 across midnight defer a message to 07:00, never drop it."""
        tz = zone(BERLIN)
        profile = a_profile(quiet_start=time(22, 0), quiet_end=time(7, 0))
        now = local_now.replace(tzinfo=tz).astimezone(UTC)
        assert after_quiet_hours(now, profile, tz) == expected.replace(tzinfo=tz)

    def test_without_quiet_hours_it_is_now(self) -> None:
        """A runner without quiet hours is never deferred."""
        now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
        assert after_quiet_hours(now, a_profile(), zone(BERLIN)) == now


class TestPickNudge:
    NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
    TODAY = date(2026, 11, 24)

    def test_the_most_urgent_reason_not_cooling_down_is_picked(self) -> None:
        """N4 was nudged yesterday, so the next reason in order speaks today."""
        reasons = nudge_reasons([reason("N4"), reason("N2")], a_profile(), self.TODAY)
        sent = {"N4": self.NOW - timedelta(days=1)}
        assert pick_nudge(reasons, sent, self.NOW) == reason("N2")

    def test_a_reason_speaks_again_once_its_cooldown_is_over(self) -> None:
        """Three days after its nudge a reason may be nudged again."""
        sent = {"N4": self.NOW - NUDGE_COOLDOWN - timedelta(seconds=1)}
        assert pick_nudge([reason("N4")], sent, self.NOW) == reason("N4")

    def test_muted_and_watch_only_reasons_never_nudge(self) -> None:
        """'Not now' mutes a reason until its day has passed; a watch-only reason never nudges."""
        profile = a_profile(muted_until={"N4": self.TODAY})
        reasons = [reason("N4"), reason("N6", nudge=False)]
        assert nudge_reasons(reasons, profile, self.TODAY) == []
        assert nudge_reasons(reasons, profile, self.TODAY + timedelta(days=1)) == [reason("N4")]

    def test_with_reminders_off_only_safety_reasons_speak(self) -> None:
        """Coaching muted: energy availability and floors (N6, N8) still nudge, protein not."""
        reasons = [reason("N4"), reason("N6"), reason("N8")]
        assert nudge_reasons(reasons, a_profile(reminders=False), self.TODAY) == [
            reason("N6"), reason("N8")]
