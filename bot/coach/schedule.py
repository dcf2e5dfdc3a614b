"""Scheduled messages: daily and weekly summaries, recovery reminders, and their sending.

Every message the coach sends unasked is a row in the schedule store first (due time, expiry,
dedupe key), so a restart or a second worker never loses or doubles one. That includes what
arrives by itself (a run from Strava): `notify` keeps the rendered message as a row due at
once, and the same sender sends it, retrying while Telegram is unreachable. When each is due is
decided by the pure rules of `engine/schedule.py`; this module stores the rows, and `due()`
claims and renders them; the adapter sends them and reports back with `sent()`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import partial

from bot import charts, formatting, keyboards
from bot.coach.nudges import Nudges
from bot.coach.ports import Due, Outgoing, Stores
from bot.coach.runners import Runner, Runners
from engine.days import local_day
from engine.events import Exercise, MealLogged, RunLogged, StoredEvent
from engine.food import FoodTable
from engine.records import MessagePayload, PlannedRow, ScheduledMessage, UserRecord
from engine.recovery import (
    NEXT_SESSION_WINDOW,
    RECOVERY_WINDOW,
    hard_training_day,
    has_recovery_intake,
    is_hard,
    median_pace_s_per_km,
    needs_recovery,
    recovery_dose,
    sessions_close,
)
from engine.schedule import follow_up_due, next_summaries, recovery_due

#: Telegram was unreachable: a message goes back to pending this long (it still expires).
RETRY_DELAY = timedelta(minutes=1)
#: A notice (`notify`) still unsent this long after it was written is dropped: the day's
#: numbers it shows would be stale.
NOTICE_EXPIRY = timedelta(hours=6)


class Schedule:
    """Plans, claims and renders the messages the coach sends unasked."""

    def __init__(self, stores: Stores, foods: FoodTable, runners: Runners,
                 nudges: Nudges) -> None:
        self.stores = stores
        self.foods = foods
        self.runners = runners
        self.nudges = nudges

    async def plan_summary(self, record: UserRecord, now: datetime, *,
                           replan: bool = False) -> None:
        """Make sure the next daily summary is a pending row (at the local summary time)."""
        planned = next_summaries(record, now)
        if replan:
            keys = {p.key for p in planned}
            for pending in await self.stores.schedule.pending(record.id):
                if pending.kind in {"summary", "weekly"} and pending.dedupe_key not in keys:
                    await self.stores.schedule.cancel(record.id, pending.dedupe_key, now=now)
        for p in planned:
            await self.stores.schedule.put(record.id, p.kind, due_at=p.due_at,
                                           expires_at=p.expires_at, dedupe_key=p.key, now=now)

    async def plan_all_summaries(self, now: datetime) -> int:
        """Plan the next summary of every active user, a page of users at a time (start-up)."""
        planned, after = 0, 0
        while page := await self.stores.users.active_users(after_id=after):
            rows = [PlannedRow(record.id, p.kind, p.due_at, p.expires_at, p.key)
                    for record in page for p in next_summaries(record, now)]
            await self.stores.schedule.put_many(rows, now=now)
            planned += len(rows)
            after = page[-1].id
        return planned

    async def sync_recovery(self, runner: Runner, stored: list[StoredEvent],
                            now: datetime, *, again: bool = False) -> None:
        """Schedule the recovery reminder after a long or hard run (N7, science.md §9 rev 2);
        cancel it when enough protein is logged, before the run was told or after."""
        profile, uid = runner.profile, runner.record.id
        for s in stored:
            event = s.event
            if isinstance(event, RunLogged) and profile.reminders:
                median = median_pace_s_per_km((p.duration_s, p.distance_m)
                                              for p in runner.paces if p.id != s.id)
                soon = again or _session_soon(runner, MessagePayload(run_id=s.id))
                wanted = soon or needs_recovery(event, profile.recovery_min_run_min, median)
                when = recovery_due(event.ended_at, now, profile.recovery_delay_min)
                if wanted and when is not None:
                    due, expires = when
                    await self.stores.schedule.put(
                        uid, "reminder", due_at=due, dedupe_key=f"recovery:{s.id}", now=now,
                        expires_at=expires,
                        payload=MessagePayload(run_id=s.id, run_end=event.ended_at,
                                               hard=is_hard(event, median), again=again),
                    )
        if any(isinstance(s.event, MealLogged | RunLogged) for s in stored):
            await self.cancel_answered(runner, now)  # a run told after its shake: no reminder

    async def drop_reminders(self, user_id: int, runs: Iterable[int], now: datetime) -> None:
        """Runs undone or replaced take their reminder, its snooze and its follow-up with them
        (a replacement plans its own: a corrected run, or a typed run and then its watch file,
        had been reminded of twice; an undone run's follow-up had still been sent)."""
        if keys := [key for run_id in runs for key in reminder_keys(run_id)]:
            await self.stores.schedule.cancel_all(user_id, keys, now=now)

    async def revive_recovery(self, runner: Runner, restored: list[StoredEvent],
                              now: datetime) -> None:
        """Runs brought back by /undo (a typed run its watch file had replaced) get back the
        reminder their replacement cancelled, unless their recovery intake is logged since."""
        uid = runner.record.id
        revived = [await self.stores.schedule.revive(uid, f"recovery:{s.id}")
                   for s in restored if isinstance(s.event, RunLogged)]
        if any(revived):
            await self.cancel_answered(runner, now)

    async def cancel_answered(self, runner: Runner, now: datetime) -> None:
        """Cancel the pending recovery reminders (and their snoozes and follow-ups) of each run
        whose recovery intake is logged.

        A reminder is pending only while its run's recovery window is open (`recovery_due`):
        the runs that can have one are the kept runner's training that ended within
        `RECOVERY_WINDOW`, so no read of the schedule is needed, and a statement is sent only
        for a run whose intake is met (it cancels what is pending of it, if anything).
        """
        uid = runner.record.id
        for s in runner.training:
            run = s.event
            if not isinstance(run, RunLogged) or now - run.ended_at >= RECOVERY_WINDOW:
                continue
            run_end = run.ended_at
            meals = runner.meals_between(run_end, run_end + RECOVERY_WINDOW)
            if has_recovery_intake(meals, run_end, runner.weight_kg):
                await self.stores.schedule.cancel_all(uid, reminder_keys(s.id), now=now)

    async def second_session_refuel(self, runner: Runner, stored: list[StoredEvent],
                                    now: datetime) -> str | None:
        """N7 (rev 2): a session logged < 8 h from another, once every reminder that could carry
        the 4-hour advice has gone out without it, brings the advice in its own reply."""
        if not any(isinstance(s.event, Exercise)
                   and _session_soon(runner, MessagePayload(run_id=s.id))
                   for s in stored):
            return None
        uid = runner.record.id
        pending = await self.stores.schedule.pending(uid, "reminder", now=now)
        if runner.profile.reminders and any(
                _session_soon(runner, p.payload) for p in pending if p.payload.run_end is not None):
            return None  # that reminder gives the advice when it is sent
        since = now - NEXT_SESSION_WINDOW - RECOVERY_WINDOW
        if any(p.payload.again for p in await self.stores.schedule.sent_since(
                uid, "reminder", since)):
            return None  # a stated second session: the advice went out with the reminder
        return recovery_dose(runner.weight_kg, self.foods, next_session_soon=True).fast_refuel

    async def notify(self, user_id: int, chat_id: int, message: Outgoing,
                     now: datetime, key: str | None = None) -> bool:
        """Keep `message` as a row due now, for the sender; False if the runner is gone.

        Text and buttons only (what arrives by itself carries no files). A second notice with
        the same `key` only replaces the first while it is unsent: it is never sent twice.
        """
        if message.photo is not None or message.documents:
            raise ValueError("a notice carries text and buttons only")
        if await self.stores.users.get(user_id) is None:
            return False  # deleted (/deleteme) since: nobody to tell
        buttons = tuple(tuple((b.label, b.data, b.url) for b in row) for row in message.buttons)
        await self.stores.schedule.put(
            user_id, "notice", due_at=now, expires_at=now + NOTICE_EXPIRY,
            dedupe_key=f"notice:{key or uuid.uuid4().hex}", now=now,
            payload=MessagePayload(chat_id=chat_id, text=message.text, buttons=buttons))
        return True

    async def due(self, now: datetime, limit: int = 500) -> list[Due]:
        """Claim the messages due by `now` and render them all; call `sent()` after each."""
        return [due for row in await self.claim(now, limit)
                if (due := await self.render(row, now)) is not None]

    async def claim(self, now: datetime, limit: int = 500) -> list[ScheduledMessage]:
        """Claim the messages due by `now`: none of them will be sent twice."""
        return await self.stores.outbox.claim_due(now, limit)

    async def render(self, row: ScheduledMessage, now: datetime) -> Due | None:
        """A claimed row as the message to send now; None when it is no longer wanted."""
        record = await self.stores.users.get(row.user_id)
        message = None
        if record is not None and record.chat_id is not None and record.active:
            message = await self._render(record, row, now)
        if record is None or record.chat_id is None or message is None:
            await self.stores.outbox.finish(row.id, "skipped", now=now)
            return None
        if row.kind == "summary":  # planned now, not once sent: a summary lost with a dead
            await self.plan_summary(record, now + timedelta(minutes=1))  # worker ends no chain
        chat_id = row.payload.chat_id if row.kind == "notice" else None
        return Due(chat_id or record.chat_id, record.id, message, row)

    async def start_sending(self, due: Due, now: datetime) -> bool:
        """Mark the message as being sent, just before the HTTP call; False: send nothing.

        From here on a crash never sends it again (`storage/leases.py`).
        """
        return await self.stores.outbox.start_sending(due.row.id, now=now)

    async def sent(self, due: Due, now: datetime, *, ok: bool = True) -> None:
        """Record the outcome of sending a due message; plan what follows it."""
        await self.stores.outbox.finish(due.row.id, "sent" if ok else "failed", now=now)
        if due.message.kind == "reminder" and ok:
            await self._plan_follow_up(due, now)

    async def _plan_follow_up(self, due: Due, now: datetime) -> None:
        """N7 (science.md §9): one follow-up at +90 min if no recovery intake is logged.

        `put` never revives a follow-up that was already sent or cancelled (same key).
        """
        sent = due.row
        run_end = sent.payload.run_end
        if sent.payload.snoozed or sent.payload.follow_up or run_end is None:
            return
        if (follow_up := follow_up_due(run_end, now)) is None:
            return
        await self.stores.schedule.put(
            due.user_id, "reminder", due_at=follow_up, now=now,
            dedupe_key=f"{sent.dedupe_key}:follow-up", expires_at=run_end + RECOVERY_WINDOW,
            payload=sent.payload.model_copy(update={"follow_up": True}))

    async def retry_later(self, due: Due, now: datetime) -> None:
        """Telegram was unreachable: the message goes back to pending (it still expires)."""
        await self.stores.outbox.release(due.row.id, now + RETRY_DELAY)

    async def blocked(self, user_id: int) -> None:
        """The runner blocked the bot: nothing is scheduled for them until they return."""
        await self.stores.users.set_active(user_id, False)

    async def _render(self, record: UserRecord, row: ScheduledMessage,
                      now: datetime) -> Outgoing | None:
        if row.kind == "notice":
            return Outgoing(row.payload.text or "", buttons=tuple(
                tuple(keyboards.Button(label, data, url) for label, data, url in buttons)
                for buttons in row.payload.buttons))
        runner = await self.runners.current(record, now)
        if row.kind == "reminder":
            if not record.profile.reminders:
                return None
            dose = recovery_dose(runner.weight_kg, self.foods,
                                 next_session_soon=_session_soon(runner, row.payload))
            key = row.dedupe_key.removesuffix(":snooze").removesuffix(":follow-up")
            last = row.payload.snoozed or row.payload.follow_up
            text = formatting.recovery_reminder(dose, follow_up=row.payload.follow_up,
                                                units=record.profile.units)
            return Outgoing(text, kind="reminder", buttons=keyboards.recovery(key, snoozed=last))
        if row.kind == "summary":
            day = local_day(row.due_at, runner.tz)
            balance = await self.runners.balance(runner, day)
            await self.nudges.record_follow_through(runner, balance, now)
            await self.nudges.maybe_nudge(runner, balance, now)
            training = [e for s in runner.training if isinstance(e := s.event, Exercise)
                        and local_day(e.at, runner.tz) == day]
            median = median_pace_s_per_km((p.duration_s, p.distance_m) for p in runner.paces)
            hard = hard_training_day([e for e in training if isinstance(e, RunLogged)], median,
                                     balance.exercise_kcal)
            return Outgoing(formatting.summary(balance, runner.profile, training,
                                               hard_training=hard), kind="summary")
        if row.kind == "nudge":
            if row.payload.text is None or row.payload.code is None:
                return None  # every nudge is planned with both (nudges.py)
            return Outgoing(formatting.nudge(row.payload.text), kind="nudge",
                            buttons=keyboards.nudge(row.payload.code))
        if row.kind == "weekly":
            days = await self.runners.last_days(record.id, record.chat_id or record.id,
                                                row.due_at, 7)
            nudges = await self.stores.schedule.sent_since(record.id, "nudge",
                                                           row.due_at - timedelta(days=7))
            followed = sum(bool(n.payload.followed) for n in nudges)
            png = await asyncio.to_thread(partial(
                charts.week_chart, days, record.profile.units,
                joined=local_day(record.created_at, runner.tz)))
            return Outgoing(formatting.weekly(days, len(nudges), followed), kind="summary",
                            photo=png)
        return None


def reminder_keys(run_id: int) -> list[str]:
    """The keys of a run's recovery reminder, its snooze and its follow-up."""
    return [f"recovery:{run_id}{suffix}" for suffix in ("", ":snooze", ":follow-up")]


def _session_soon(runner: Runner, payload: MessagePayload) -> bool:
    """N7 (rev 2): another session < 8 h from this run, logged either side or stated."""
    if payload.again:
        return True
    this = next((s.event for s in runner.training if s.id == payload.run_id), None)
    if not isinstance(this, Exercise):
        return False
    others = [(e.at, e.at + timedelta(seconds=e.duration_s)) for s in runner.training
              if s.id != payload.run_id and isinstance(e := s.event, Exercise)]
    end = this.ended_at if isinstance(this, RunLogged) else this.at + timedelta(
        seconds=this.duration_s)
    return sessions_close(this.at, end, others)

