"""Messages the bot sends by itself, on a controlled clock over a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.coach import Coach, Due, Incoming
from bot.console import SimulatedClock
from bot.formatting import to_plain
from bot.main import build_coach
from engine.food import FoodTable
from storage.db import Database
from storage.leases import SEND_LEASE
from tests.fakes import fake_stores

USER = 42


async def say(coach: Coach, text: str, at: datetime, user: int = USER) -> str:
    replies = await coach.handle_text(Incoming(user, user, text, at))
    return "\n".join(to_plain(r.text) for r in replies)


async def deliver(coach: Coach, clock: SimulatedClock, until: datetime) -> list[Due]:
    """Move the clock to `until`, sending (and marking) everything that falls due on the way."""
    sent: list[Due] = []
    while (due_at := await coach.stores.outbox.next_due()) is not None and due_at <= until:
        clock.now = max(clock.now, due_at)
        for due in await coach.due(clock.now):
            assert await coach.start_sending(due, clock.now)
            sent.append(due)
            await coach.sent(due, clock.now)
    clock.now = max(clock.now, until)
    return sent


def local(day: date, hour: int, minute: int, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))


class TestDailySummary:
    async def test_summaries_come_at_21_local_in_two_zones(self, coach: Coach,
                                                          clock: SimulatedClock) -> None:
        """A Berlin and a New York runner each get the summary at 21:00 their time."""
        start = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
        clock.now = start
        await say(coach, "/profile tz=Europe/Berlin", start, user=1)
        await say(coach, "/profile tz=America/New_York", start, user=2)
        sent = await deliver(coach, clock, start + timedelta(days=1))
        summaries = {d.user_id: d for d in sent if d.message.kind == "summary"}
        assert set(summaries) == {1, 2}
        times = {uid: (await coach.stores.schedule.get(uid, f"summary:{date(2026, 11, 26)}"))
                 for uid in (1, 2)}
        assert times[1] is not None and times[1].due_at == local(date(2026, 11, 26), 21, 0,
                                                                 "Europe/Berlin")
        assert times[2] is not None and times[2].due_at == local(date(2026, 11, 26), 21, 0,
                                                                 "America/New_York")

    async def test_dst_changes_never_skip_or_double_a_summary(self, coach: Coach,
                                                              clock: SimulatedClock) -> None:
        """Across both 2026 DST changes in Berlin: one summary a day, each at 21:00 local."""
        tz = ZoneInfo("Europe/Berlin")
        for first in (date(2026, 3, 27), date(2026, 10, 23)):
            clock.now = local(first, 8, 0, "Europe/Berlin").astimezone(UTC)
            await say(coach, "/profile tz=Europe/Berlin", clock.now)
            sent = await deliver(coach, clock, clock.now + timedelta(days=5))
            days = [d.message for d in sent if d.message.text.startswith("🌙")]
            rows = [await coach.stores.schedule.get(USER, f"summary:{first + timedelta(days=n)}")
                    for n in range(5)]
            assert len(days) == 5
            for row in rows:
                assert row is not None and row.state == "sent"
                assert row.due_at.astimezone(tz).time().hour == 21

    async def test_a_summary_missed_while_down_is_sent_late_only_that_day(
            self, coach: Coach, clock: SimulatedClock) -> None:
        """Down over 21:00: sent at 23:00 the same evening, skipped if back after midnight."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "2 eggs", clock.now)
        late = await coach.due(datetime(2026, 11, 26, 23, 0, tzinfo=UTC))
        assert [d.message.kind for d in late] == ["summary"]
        await coach.sent(late[0], datetime(2026, 11, 26, 23, 0, tzinfo=UTC))
        # the next day's summary is planned; the bot is down until after that midnight
        skipped = await coach.due(datetime(2026, 11, 28, 0, 30, tzinfo=UTC))
        assert skipped == []
        row = await coach.stores.schedule.get(USER, "summary:2026-11-27")
        assert row is not None and row.state == "skipped"

    async def test_a_summary_lost_with_a_dead_worker_is_not_repeated_and_the_next_comes(
            self, coach: Coach, clock: SimulatedClock) -> None:
        """A worker died during the HTTP call of Thursday's summary: it may have arrived, so it
        is never sent again, but Friday's summary still comes, and the loop wakes up for the
        recovery as soon as the send lease runs out."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "2 eggs", clock.now)
        evening = datetime(2026, 11, 26, 21, 0, tzinfo=UTC)
        [summary] = await coach.due(evening)
        assert await coach.start_sending(summary, evening)
        # the worker dies here: `sent` is never called
        assert await coach.stores.outbox.next_due() == evening + SEND_LEASE
        assert await coach.due(evening + SEND_LEASE) == []
        lost = await coach.stores.schedule.get(USER, "summary:2026-11-26")
        assert lost is not None and lost.state == "lost"
        sent = await deliver(coach, clock, datetime(2026, 11, 28, 6, 0, tzinfo=UTC))
        assert [(d.message.kind, d.row.dedupe_key) for d in sent] == [
            ("summary", "summary:2026-11-27")]

    async def test_the_summary_has_the_day_and_one_suggestion(self, coach: Coach,
                                                              clock: SimulatedClock) -> None:
        """The evening summary shows intake against target, protein, training, a suggestion."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "2 eggs", clock.now)
        await say(coach, "ran 5 km in 28 min", clock.now + timedelta(hours=2))
        [due] = await coach.due(datetime(2026, 11, 26, 21, 0, tzinfo=UTC))
        text = to_plain(due.message.text)
        assert "eaten 143" in text and "Protein" in text and "💡" in text
        assert "Training: run 5 km in 28:00" in text


class TestRecoveryReminder:
    async def test_snooze_moves_it_15_minutes_once(self, coach: Coach,
                                                    clock: SimulatedClock) -> None:
        """Snooze sends it again 15 minutes later, without a second snooze button."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        [first] = [d for d in await deliver(coach, clock, clock.now + timedelta(minutes=31))
                   if d.message.kind == "reminder"]
        snooze = next(b for row in first.message.buttons for b in row if "15" in b.label)
        await coach.press(USER, USER, snooze.data, clock.now)
        again = [d for d in await deliver(coach, clock, clock.now + timedelta(minutes=16))
                 if d.message.kind == "reminder"]
        assert len(again) == 1
        labels = [b.label for row in again[0].message.buttons for b in row]
        assert not any("15" in label for label in labels)

    async def test_skip_cancels_it(self, coach: Coach, clock: SimulatedClock) -> None:
        """Skip before it is due: it never comes."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        [pending] = [p for p in await coach.stores.schedule.pending(USER) if p.kind == "reminder"]
        await coach.press(USER, USER, f"skip:{pending.dedupe_key}", clock.now)
        sent = await deliver(coach, clock, clock.now + timedelta(hours=1))
        assert [d for d in sent if d.message.kind == "reminder"] == []

    async def test_had_it_logs_the_dose(self, coach: Coach, clock: SimulatedClock) -> None:
        """'Had it' logs the recovery dose as a meal."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        [reminder] = [d for d in await deliver(coach, clock, clock.now + timedelta(minutes=31))
                      if d.message.kind == "reminder"]
        had = reminder.message.buttons[0][0]
        await coach.press(USER, USER, had.data, clock.now)
        kinds = [s.event.kind for s in await coach.stores.events.all_for_user(USER)]
        assert kinds == ["run", "meal"]

    async def test_reminders_off_means_no_reminder(self, coach: Coach,
                                                   clock: SimulatedClock) -> None:
        """With /reminders off a long run schedules nothing."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "/reminders off", clock.now)
        await say(coach, "ran 10k in 52 min", clock.now)
        assert [p for p in await coach.stores.schedule.pending(USER)
                if p.kind == "reminder"] == []


class TestDurability:
    async def test_a_restart_with_a_pending_reminder_delivers_it_once(
            self, database: Database, clock: SimulatedClock, foods: FoodTable) -> None:
        """A new coach on the same database sends the pending reminder, and only once."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(build_coach(database, clock, foods), "ran 10k in 52 min", clock.now)
        restarted = build_coach(database, clock, foods)
        sent = await deliver(restarted, clock, clock.now + timedelta(hours=1))
        assert len([d for d in sent if d.message.kind == "reminder"]) == 1
        again = await deliver(build_coach(database, clock, foods), clock,
                              clock.now + timedelta(minutes=30))
        repeats = [d for d in again if d.message.kind == "reminder"
                   and "Still time" not in d.message.text]  # the +90 min follow-up is new
        assert repeats == []

    async def test_a_crash_before_sending_sends_once_after_the_lease(
            self, database: Database, clock: SimulatedClock, foods: FoodTable) -> None:
        """Claimed, then the process died before the HTTP call: sent once after restart."""
        coach = build_coach(database, clock, foods)
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        claimed = await coach.due(clock.now + timedelta(minutes=31))
        assert [d.message.kind for d in claimed] == ["reminder"]
        # the process dies here, before sending and marking
        restarted = build_coach(database, clock, foods)
        assert await restarted.due(clock.now + timedelta(minutes=31, seconds=30)) == []
        sent = await deliver(restarted, clock, clock.now + timedelta(minutes=45))
        assert [d.message.kind for d in sent] == ["reminder"]
        assert await deliver(build_coach(database, clock, foods), clock,
                             clock.now + timedelta(minutes=10)) == []

    async def test_a_crash_while_sending_never_sends_twice(
            self, database: Database, clock: SimulatedClock, foods: FoodTable) -> None:
        """Died during the HTTP call: it may have arrived, so it is never sent again."""
        coach = build_coach(database, clock, foods)
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        [claimed] = await coach.due(clock.now + timedelta(minutes=31))
        assert await coach.start_sending(claimed, clock.now + timedelta(minutes=31))
        # the process dies here, during the HTTP call
        restarted = build_coach(database, clock, foods)
        later = await deliver(restarted, clock, clock.now + timedelta(minutes=60))
        assert [d.message.kind for d in later] == []
        assert await restarted.due(clock.now) == []  # the poll that finds it past its lease
        row = await restarted.stores.schedule.get(USER, claimed.row.dedupe_key)
        assert row is not None and row.state == "lost"

    async def test_a_blocked_user_gets_nothing(self, coach: Coach,
                                               clock: SimulatedClock) -> None:
        """After Forbidden, pending messages for that user are skipped."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        await coach.blocked(USER)
        assert await deliver(coach, clock, clock.now + timedelta(days=1)) == []


class TestNudges:
    async def _low_protein_days(self, coach: Coach, clock: SimulatedClock) -> None:
        """Four days of eating mostly toast: protein far under 1.2 g/kg."""
        for n in range(4):
            at = datetime(2026, 11, 20 + n, 9, 0, tzinfo=UTC)
            clock.now = at
            await say(coach, "4 slices of toast and jam", at)
            await say(coach, "pasta 300g", at + timedelta(hours=4))

    async def test_low_protein_brings_one_nudge_a_day(self, coach: Coach,
                                                      clock: SimulatedClock) -> None:
        """Protein low on 3 of 4 days: one nudge with Snack/Why/Not now, at most one a day."""
        await self._low_protein_days(coach, clock)
        start = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
        clock.now = start
        await say(coach, "toast", start)
        await say(coach, "more toast", start + timedelta(minutes=5))
        sent = await deliver(coach, clock, start + timedelta(hours=1))
        nudges = [d for d in sent if d.message.kind == "nudge"]
        assert len(nudges) == 1
        labels = [b.label for row in nudges[0].message.buttons for b in row]
        assert any("snack" in label.lower() for label in labels)
        assert "Why?" in labels and "Not now" in labels

    async def test_a_reason_rests_three_days_after_its_nudge(
            self, database: Database, clock: SimulatedClock, foods: FoodTable) -> None:
        """At most one nudge a day, and a reason is not nudged again within 3 days of the
        last time it was sent, also across a restart (the coach reads it back)."""
        coach = build_coach(database, clock, foods)
        await self._low_protein_days(coach, clock)
        nudged: list[tuple[int, str]] = []
        for n in range(7):
            start = datetime(2026, 11, 24 + n, 7, 0, tzinfo=UTC)
            clock.now = start
            if n == 2:
                coach = build_coach(database, clock, foods)  # a restart: nothing in memory
            await say(coach, "4 slices of toast and jam", start)
            await say(coach, "pasta 300g", start + timedelta(hours=4))
            sent = await deliver(coach, clock, start + timedelta(hours=6))
            codes = [d.row.payload.code for d in sent if d.message.kind == "nudge"]
            assert len(codes) <= 1
            nudged += [(n, code) for code in codes]
        assert len(nudged) >= 3
        for first, (day, code) in enumerate(nudged):
            assert all(later - day >= 3 for later, again in nudged[first + 1:] if again == code)

    async def test_a_worker_keeps_the_nudges_of_as_many_runners_as_it_keeps(
            self, clock: SimulatedClock, foods: FoodTable) -> None:
        """Six runners nudged through a coach that keeps two: it keeps the day's nudge log of
        two runners at most, and a runner whose log was dropped still gets one nudge that
        day, whatever they send."""
        coach = Coach(fake_stores(), foods, clock, runners_kept=2)
        runners = range(1, 7)
        for n in range(4):
            at = datetime(2026, 11, 20 + n, 9, 0, tzinfo=UTC)
            clock.now = at
            for user in runners:
                await say(coach, "4 slices of toast and jam", at, user=user)
                await say(coach, "pasta 300g", at + timedelta(hours=4), user=user)
        start = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
        clock.now = start
        for minutes in (0, 5, 10):
            for user in runners:
                await say(coach, "toast", start + timedelta(minutes=minutes), user=user)
                assert len(coach.nudges.logs) <= 2
        sent = await deliver(coach, clock, start + timedelta(hours=2))
        nudged = sorted(d.user_id for d in sent if d.message.kind == "nudge")
        assert nudged == list(runners)  # each once

    async def test_quiet_hours_defer_the_nudge(self, coach: Coach,
                                               clock: SimulatedClock) -> None:
        """A nudge that falls in quiet hours comes when they end, not before."""
        await say(coach, "/reminders quiet=22:00-08:00", datetime(2026, 11, 19, 9, tzinfo=UTC))
        await self._low_protein_days(coach, clock)
        at = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)
        clock.now = at
        await say(coach, "toast", at)
        row = await coach.stores.schedule.get(USER, "nudge:2026-11-24")
        assert row is not None and row.due_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)

    async def test_not_now_mutes_that_reason(self, coach: Coach,
                                             clock: SimulatedClock) -> None:
        """'Not now' snoozes that reason: no nudge for it the next day."""
        await self._low_protein_days(coach, clock)
        start = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
        clock.now = start
        await say(coach, "toast", start)
        [nudge] = [d for d in await deliver(coach, clock, start + timedelta(hours=1))
                   if d.message.kind == "nudge"]
        not_now = next(b for row in nudge.message.buttons for b in row if b.label == "Not now")
        await coach.press(USER, USER, not_now.data, clock.now)
        code = not_now.data.split(":", 1)[1]
        next_day = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        clock.now = next_day
        await say(coach, "toast", next_day)
        later = [d for d in await deliver(coach, clock, next_day + timedelta(hours=1))
                 if d.message.kind == "nudge"]
        assert all(code not in str(d.message.buttons) for d in later)

    async def test_the_snack_button_proposes_and_logs(self, coach: Coach,
                                                      clock: SimulatedClock) -> None:
        """'Add a snack' proposes a snack with its protein; 'Log it' stores it."""
        clock.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
        [proposal] = await coach.press(USER, USER, "snack:N4", clock.now)
        assert "g protein" in to_plain(proposal.text)
        log_it = proposal.buttons[0][0]
        [reply] = await coach.press(USER, USER, log_it.data, clock.now)
        assert "Logged" in to_plain(reply.text)
        [snack] = await coach.stores.events.all_for_user(USER)
        assert snack.event.kind == "meal" and snack.event.protein_g > 15  # type: ignore[union-attr]


class TestFollowUp:
    async def test_one_follow_up_at_90_minutes_without_a_shake(
            self, coach: Coach, clock: SimulatedClock) -> None:
        """No recovery intake logged: the reminder at +30 and one follow-up at +90 (N7)."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        sent = await deliver(coach, clock, clock.now + timedelta(hours=3))
        reminders = [d for d in sent if d.message.kind == "reminder"]
        assert len(reminders) == 2
        assert "Still time" in to_plain(reminders[1].message.text)
        row = await coach.stores.schedule.get(USER, "recovery:1:follow-up")
        assert row is not None and row.due_at == datetime(2026, 11, 26, 9, 30, tzinfo=UTC)

    async def test_a_shake_after_the_reminder_cancels_the_follow_up(
            self, coach: Coach, clock: SimulatedClock) -> None:
        """A recovery intake logged after the first reminder means no follow-up."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        await deliver(coach, clock, clock.now + timedelta(minutes=35))
        await say(coach, "700ml chocolate milk", clock.now)
        later = await deliver(coach, clock, clock.now + timedelta(hours=2))
        assert [d for d in later if d.message.kind == "reminder"] == []

    async def test_an_undone_run_sends_no_follow_up(
            self, coach: Coach, clock: SimulatedClock) -> None:
        """The reminder went out, then the run was undone: its +90 min follow-up goes too."""
        clock.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
        await say(coach, "ran 10k in 52 min", clock.now)
        await deliver(coach, clock, clock.now + timedelta(minutes=35))
        await say(coach, "/undo", clock.now)
        later = await deliver(coach, clock, clock.now + timedelta(hours=2))
        assert [d for d in later if d.message.kind == "reminder"] == []
