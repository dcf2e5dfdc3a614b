"""Texts to log: read a message, store what it holds, answer with the day's standing.

Also the edits of such messages, events that come without text (a watch file, a button), and
the questions a message may ask instead ("did I hit my protein?").
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from bot import formatting, keyboards
from bot.coach.nudges import Nudges
from bot.coach.ports import Incoming, Outgoing, Stores
from bot.coach.runners import Runner, Runners
from bot.coach.schedule import Schedule
from engine.answers import answer, nothing_recognised, split_question, states_eating
from engine.answers import match as match_question
from engine.days import local_day
from engine.energy import baseline_kcal_per_min
from engine.errors import CoachError
from engine.events import Event, Exercise, RunLogged, StoredEvent
from engine.food import FoodTable
from engine.parsing import ParseContext, ParseResult, parse_message
from engine.parsing.amends import Amendment, amend, bare_amendment
from engine.parsing.chat import done_now
from engine.records import DuplicateUpdate
from engine.recovery import mentions_second_session
from engine.replies import Facts
from engine.units import in_system

logger = logging.getLogger(__name__)
#: How far back a correction of the message before looks for the entry it corrects.
CORRECTS_WITHIN = timedelta(days=2)
#: How soon after a run ends (or a weigh-in) a figure sent alone ("sorry, 53 min") corrects it.
AMENDS_WITHIN = timedelta(hours=2)


class Messages:
    """The logging use cases: a text, an edited text, events without text."""

    def __init__(self, stores: Stores, foods: FoodTable, runners: Runners,
                 schedule: Schedule, nudges: Nudges) -> None:
        self.stores = stores
        self.foods = foods
        self.runners = runners
        self.schedule = schedule
        self.nudges = nudges

    async def log(self, msg: Incoming) -> list[Outgoing]:
        """Parse the message, store what it holds, answer with the day's standing."""
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        if (amendment := bare_amendment(msg.text)) is not None:
            return await self._amend(runner, msg, amendment)
        try:
            result = parse_message(msg.text, self.parse_context(runner, msg.received_at))
        except CoachError as e:
            return await self._answer(runner, msg) or [Outgoing(formatting.escape(
                in_system(e.user_message, runner.profile.units)))]
        read = result.events or result.held
        if nothing_recognised(read) and not (  # nothing, or only words no food
                read and states_eating(msg.text)):  # "ate 2 zorblax bars" is a meal
            if (both := await self._log_then_answer(runner, msg)) is not None:
                return both
            answered = await self._answer(runner, msg)
            if answered or not result.events:
                if msg.update_id is not None:
                    await self.stores.events.mark_update(msg.user_id, msg.update_id,
                                                         now=msg.received_at)
                return answered or [Outgoing(formatting.nothing_logged(result,
                                                                       runner.profile.units))]
        if result.held:
            return await self._hold(runner, msg, result)
        replaced = (await self._corrected(msg.user_id, result.events, msg.received_at)
                    if result.corrects_last else [])
        try:
            stored = await self.stores.events.add(
                msg.user_id, result.events, now=msg.received_at, chat_id=msg.chat_id,
                message_id=msg.message_id, update_id=msg.update_id, replaces=replaced,
            )
        except DuplicateUpdate:
            return await self._already_applied(runner, msg, result)
        runner = await self.runners.absorb(runner, stored, msg.received_at, replaced=replaced)
        await self.schedule.drop_reminders(msg.user_id, replaced, msg.received_at)
        return await self.after_logging(runner, stored, result, msg.received_at,
                                          edited=bool(replaced),
                                          again=mentions_second_session(msg.text))

    async def _hold(self, runner: Runner, msg: Incoming, result: ParseResult, *,
                    replaces: Sequence[int] = ()) -> list[Outgoing]:
        """A message that reads like chat with figures ("race on Saturday is 13.1 miles, target
        1:50", "my brother ran 3:02"): its events stored held (not live, so no day counts
        them and /undo never brings them in), shown, and "✅ Log it" offered. `replaces`:
        what an edited message's earlier version stored."""
        try:
            stored = await self.stores.events.add(
                msg.user_id, result.held, now=msg.received_at, chat_id=msg.chat_id,
                message_id=msg.message_id, update_id=msg.update_id, replaces=replaces,
                held=True)
        except DuplicateUpdate:
            return []
        logger.info("user=%s held kinds=%s", msg.user_id, ",".join(e.kind for e in result.held))
        text = formatting.held_reply(result.held, runner.tz, units=runner.profile.units,
                                     today=local_day(msg.received_at, runner.tz))
        return [Outgoing(text, buttons=keyboards.log_held(stored[0].id))]

    async def _corrected(self, user_id: int, events: Sequence[Event],
                         now: datetime) -> list[int]:
        """The entries a correction of the message before takes the place of ("correction to
        my last: it was 2 eggs not 3"): for each kind it logs, the last entry of that kind
        stored in the two days before (ids grow as entries are stored). None found: the
        correction is logged as it is."""
        replaced = []
        for kind in dict.fromkeys(e.kind for e in events):
            earlier = await self.stores.events.between(user_id, now - CORRECTS_WITHIN,
                                                       now + timedelta(seconds=1), kinds=[kind])
            if earlier:
                replaced.append(max(s.id for s in earlier))
        return replaced

    async def _amend(self, runner: Runner, msg: Incoming,
                     amendment: Amendment) -> list[Outgoing]:
        """A figure sent alone ("sorry, 53 min", "oops, 8k not 10k"): the runner's latest run
        (or weigh-in) put right, when it ended in the last `AMENDS_WITHIN`; else how to say it.
        Nothing new is logged either way: the figure is no run of its own."""
        now, units = msg.received_at, runner.profile.units
        earlier = await self.stores.events.between(msg.user_id, now - CORRECTS_WITHIN,
                                                   now + timedelta(seconds=1),
                                                   kinds=[amendment.kind])
        last = max(earlier, key=lambda s: s.id, default=None)
        end = (last.event.ended_at if isinstance(last.event, RunLogged) else last.event.at
               ) if last is not None else None
        try:
            new = (amend(last.event, amendment, self.parse_context(runner, now))
                   if last is not None and end is not None and end >= now - AMENDS_WITHIN
                   else None)
        except CoachError as e:
            return [Outgoing(formatting.escape(in_system(e.user_message, units)))]
        if last is None or new is None:
            return [Outgoing(formatting.amend_unclear(msg.text, amendment.kind, units))]
        result = ParseResult(events=(new,), unparsed=(), intent="log")
        try:
            stored = await self.stores.events.add(
                msg.user_id, [new], now=now, chat_id=msg.chat_id, message_id=msg.message_id,
                update_id=msg.update_id, replaces=[last.id])
        except DuplicateUpdate:
            return await self._already_applied(runner, msg, result)
        runner = await self.runners.absorb(runner, stored, now, replaced=[last.id])
        await self.schedule.drop_reminders(msg.user_id, [last.id], now)
        return await self.after_logging(runner, stored, result, now, edited=True)

    async def reads_as_log(self, msg: Incoming) -> bool:
        """Whether the text holds something to log, or to hold and ask about (asked before
        reading it as a setup answer: a plan's words are no place either)."""
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        try:
            result = parse_message(msg.text, self.parse_context(runner, msg.received_at))
        except CoachError:
            return False
        return bool(result.events or result.held)

    async def _log_then_answer(self, runner: Runner,
                               msg: Incoming) -> list[Outgoing] | None:
        """'had a shake, did I hit my protein?': log the first part, then answer the question
        with the day that includes it. None when the message is not a log and a question, or
        when the first part is only named for the question ("my commute is 9 km each way,
        could I run it?"): it is logged only when the question asks about the day or it says
        what was done ("ate ...", "ran ...")."""
        parts = split_question(msg.text)
        if parts is None:
            return None
        head, asked = parts
        intent = match_question(asked)
        if not ((intent is not None and intent.standing) or done_now(head.lower())):
            return None  # "my commute is 9 km each way, could I run it ...?": no log, asked
        try:
            first = parse_message(head, self.parse_context(runner, msg.received_at))
        except CoachError:
            return None
        if nothing_recognised(first.events):
            return None
        logged = await self.log(replace(msg, text=head))
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        return logged + await self._answer(runner, replace(msg, text=asked))

    async def _answer(self, runner: Runner, msg: Incoming) -> list[Outgoing]:
        """A question (only asked of a message that logged nothing): the answer, or []."""
        intent = match_question(msg.text)
        if intent is None:
            return []
        balance = await self.runners.balance(runner, local_day(msg.received_at, runner.tz))
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
        balance = await self.runners.balance(runner, local_day(msg.received_at, runner.tz))
        text = formatting.logged_reply(earlier, result.unparsed, balance, runner.tz,
                                       units=runner.profile.units)
        return [Outgoing(text, buttons=keyboards.after_logging(earlier))]

    async def edit(self, msg: Incoming) -> list[Outgoing]:
        """An edited message supersedes everything its earlier version stored: the entries it
        logged and the events it held (whose "✅ Log it" then logs nothing). Read again, it is
        logged, held or found empty as the same text sent fresh would have been.

        It is read at `received_at`, the time it was first sent, so its entries get the times
        the same text sent fresh would have had (a run's start, a meal's time).
        """
        if msg.message_id is None:
            return await self.log(msg)
        old = await self.stores.events.by_message(msg.user_id, msg.chat_id, msg.message_id)
        held = await self.stores.events.held_by_message(msg.user_id, msg.chat_id,
                                                        msg.message_id)
        if not old and not held:
            return await self.log(msg)
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        try:
            result = parse_message(msg.text, self.parse_context(runner, msg.received_at))
        except CoachError as e:
            return [Outgoing(formatting.escape(in_system(e.user_message, runner.profile.units))
                             + formatting.EDIT_KEPT)]
        logged = [o.id for o in old]
        replaces = logged + [h.id for h in held]
        if result.held:
            if not (replies := await self._hold(runner, msg, result, replaces=replaces)):
                return []  # a redelivery
            stored: list[StoredEvent] = []
        else:
            try:
                stored = await self.stores.events.add(
                    msg.user_id, result.events, now=msg.received_at, chat_id=msg.chat_id,
                    message_id=msg.message_id, update_id=msg.update_id, replaces=replaces)
            except DuplicateUpdate:
                return []
        runner = await self.runners.absorb(runner, stored, msg.received_at, replaced=logged)
        await self.schedule.drop_reminders(msg.user_id, logged, msg.received_at)
        if result.held:
            return replies
        if stored:
            return await self.after_logging(runner, stored, result, msg.received_at,
                                            edited=bool(old))
        if old:
            return [Outgoing(formatting.edit_removed(len(old)))]
        return [Outgoing(formatting.nothing_logged(result, runner.profile.units))]

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
        runner = await self.runners.runner(user_id, chat_id, received_at)
        replaces = list(replaces)
        try:
            stored = await self.stores.events.add(
                user_id, events, now=received_at, chat_id=chat_id, message_id=message_id,
                update_id=update_id, replaces=replaces,
            )
        except DuplicateUpdate:
            return [], []
        runner = await self.runners.absorb(runner, stored, received_at, replaced=replaces)
        # a typed run's, by its file
        await self.schedule.drop_reminders(user_id, replaces, received_at)
        result = ParseResult(events=tuple(events), unparsed=(), intent="log")
        return stored, await self.after_logging(runner, stored, result, received_at)

    async def after_logging(self, runner: Runner, stored: list[StoredEvent],
                            result: ParseResult, now: datetime, *,
                            edited: bool = False, again: bool = False) -> list[Outgoing]:
        user_id = runner.record.id
        balance = await self.runners.balance(runner, local_day(now, runner.tz))
        await self.schedule.sync_recovery(runner, stored, now, again=again)
        await self.nudges.maybe_nudge(runner, balance, now)
        logger.info("user=%s logged kinds=%s", user_id, ",".join(s.event.kind for s in stored))
        refuel = await self.schedule.second_session_refuel(runner, stored, now)
        text = formatting.logged_reply(stored, result.unparsed, balance, runner.tz,
                                       units=runner.profile.units, edited=edited,
                                       refuel=refuel)
        return [Outgoing(text, buttons=keyboards.after_logging(stored))]

    def parse_context(self, runner: Runner, received_at: datetime) -> ParseContext:
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
