"""/start: a few questions with buttons, that never stand between a runner and their log.

Units -> sex -> age -> height -> weight -> goal -> time zone -> summary time. The pending
step lives in the database (`engine.setup`, table `setups`), not in a dialog object in
memory: a restart or a second worker resumes it. Every private text passes through here:

* a typed answer to the pending step ("I'm 34", "5'11", "lose 1", "Chicago") is saved and
  the next question asked;
* "skip", "stop", "cancel", "later" (or /cancel) ends the setup, and so does `/profile ...`
  that fills it, or 30 minutes of silence;
* anything else is what it would be without a setup (a run, a meal, a weigh-in, a command)
  and is answered exactly so, with its buttons and reminder; then the pending question is
  asked once more (once: later messages do not repeat it).

Each answer is saved at once, so a setup cut short keeps what was said. Weight goals need an
adult age (science.md §10 rev 2): without an age, or under 18, only maintain is offered; each
goal is marked by what it means at this runner's weight (§9 N1). Telegram-free, like
`bot/coach/`.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, time

from bot import formatting, keyboards
from bot.coach import Coach, Incoming, Outgoing
from bot.coach.commands import Invocation, read_command
from engine.errors import CoachError
from engine.profile import GOALS, Profile
from engine.profile_text import parse_zone, read_answer, read_clock, read_weigh_in
from engine.setup import STEPS, SetupState, Step, is_step, next_step, wants_to_leave
from engine.targets import ADULT_AGE, goal_mark
from engine.units import clock, goal_rate
from engine.zones import city_zones, load_cities, zone_for_location, zones_at_local_time

LEAVE_HINT = "\n<i>Type skip to stop the questions (/profile changes anything later).</i>"
SETUP_FILLED = "That fills in the setup: no more questions."
SETUP_CLOSED = "That question is closed. /profile shows or changes your settings."


def _goal_choices(profile: Profile, weight_kg: float) -> list[tuple[str, str]]:
    if profile.age is None or profile.age < ADULT_AGE:
        return [("maintain", "maintain")]
    return [(f"{goal_rate(lb, profile.units).removesuffix(' per week').removesuffix(' weight')} "
             f"{goal_mark(lb, weight_kg)}".rstrip(), g)
            for g, lb in GOALS.items()]


def question(step: Step, profile: Profile, weight_kg: float) -> Outgoing:
    """The question for one step, with its buttons and how to leave."""
    imperial = profile.units == "imperial"
    questions: dict[Step, tuple[str, list[tuple[str, str]]]] = {
        "units": ("Which units do you use? Tap or type (miles, km, lb, kg).",
                  [("km, kg", "metric"), ("miles, lb", "imperial")]),
        "sex": ("Sex (for the resting-energy formula)?", [("Female", "female"),
                                                          ("Male", "male")]),
        "age": ("How old are you? e.g. 34.", []),
        "height": ("Your height? e.g. " + ("5'11" if imperial else "178cm"), []),
        "weight": ("Your weight? e.g. " + ("165 lb" if imperial else "72 kg"), []),
        "goal": (formatting.goal_question(profile, weight_kg),
                 _goal_choices(profile, weight_kg)),
        "tz": (formatting.zone_question(profile.units), []),
        "summary": ("When should I send your evening summary? e.g. "
                    + ("9pm" if imperial else "21:00"),
                    [(clock(time(hour), profile.units), f"{hour}:00") for hour in (20, 21, 22)]),
    }
    text, choices = questions[step]
    per_row = 2 if step == "goal" else 3
    return Outgoing(text + LEAVE_HINT,
                    buttons=keyboards.onboarding(step, choices, per_row=per_row))


class Setup:
    """The /start questions over one Coach; the Telegram handlers call these."""

    def __init__(self, coach: Coach) -> None:
        self.coach = coach
        self.store = coach.stores.setups

    # ----------------------------------------------------------------- entry points

    async def handle_text(self, msg: Incoming) -> list[Outgoing]:
        """Any text: an answer to the open question, a way out, or just a message."""
        text = msg.text.strip()
        if not msg.private:
            return await self.coach.handle_text(msg)
        if (command := read_command(text)) is not None:
            return await self._command(msg, command)
        state = await self._open(msg.user_id, msg.received_at)
        if state is None:
            return await self.coach.handle_text(msg)
        if wants_to_leave(text):
            if await self._first_time(msg):
                await self.store.end(msg.user_id)
            return [Outgoing(formatting.setup_left(await self._units(msg)))]
        answered = await self._typed(msg, state, text)
        if answered is not None:
            return answered
        replies = await self.coach.handle_text(msg)
        if state.step == "weight":
            runner = await self.coach.runner(msg.user_id, msg.chat_id, msg.received_at)
            kg = read_weigh_in(text, units=runner.profile.units)
            if kg is not None:  # logged as a weigh-in, and it answers the question too
                return replies + await self._answer(msg.user_id, msg.chat_id, "weight",
                                                    f"{kg:.2f}kg", msg.received_at)
        return await self._aside(msg, state, replies, msg.received_at)

    async def handle_edit(self, msg: Incoming) -> list[Outgoing]:
        """An edited message is re-read as always; an open question waits."""
        replies = await self.coach.edit(msg)
        now = msg.edited_at or msg.received_at  # received_at is when it was first sent
        state = await self._open(msg.user_id, now)
        if state is None:
            return replies
        return await self._aside(msg, state, replies, now)

    async def start(self, msg: Incoming) -> list[Outgoing]:
        """Welcome, then the first question."""
        runner = await self.coach.runner(msg.user_id, msg.chat_id, msg.received_at)
        await self.coach.plan_summary(runner.record, msg.received_at)
        first = await self._ask(msg.user_id, msg.chat_id, STEPS[0], msg.received_at)
        return [Outgoing(formatting.ONBOARDING_WELCOME), *first]

    async def press(self, user_id: int, chat_id: int, data: str,
                    at: datetime) -> list[Outgoing]:
        """A setup button: a choice or Skip for its step."""
        parsed = keyboards.parse_onboarding(data)
        if parsed is None or not is_step(parsed[0]):
            return [Outgoing(formatting.STALE_BUTTON)]
        key, value = parsed
        step: Step = next(s for s in STEPS if s == key)
        state = await self._open(user_id, at)
        current = state is not None and state.step == step
        if value == "skip":
            if not current:
                return [Outgoing(SETUP_CLOSED)]
            return await self._answer(user_id, chat_id, step, None, at)
        if current:
            return await self._answer(user_id, chat_id, step, value, at)
        # A button of an earlier question: it still means what it says, the setup stays put.
        return await self._save_alone(user_id, chat_id, step, value, at)

    async def location(self, msg: Incoming, lat: float, lon: float) -> list[Outgoing]:
        """A shared location sets the time zone (and answers the zone question)."""
        zone = await asyncio.to_thread(zone_for_location, lat, lon)  # 34,000 distances
        state = await self._open(msg.user_id, msg.received_at)
        if state is not None and state.step == "tz":
            return await self._answer(msg.user_id, msg.chat_id, "tz", zone, msg.received_at)
        return await self._save_alone(msg.user_id, msg.chat_id, "tz", zone, msg.received_at)

    # ----------------------------------------------------------------- steps

    async def _open(self, user_id: int, now: datetime) -> SetupState | None:
        """The open setup, ended first if it has waited 30 minutes in silence."""
        state = await self.store.get(user_id)
        if state is not None and state.expired(now):
            await self.store.end(user_id)
            return None
        return state

    async def _command(self, msg: Incoming, invocation: Invocation) -> list[Outgoing]:
        command, args = invocation.name, invocation.args
        if command == "start":
            return await self.start(msg)
        state = await self._open(msg.user_id, msg.received_at)
        if command == "timezone" or "tz=" in args:  # a city may need the gazetteer: load it
            await asyncio.to_thread(load_cities)  # off the event loop, as setup's cities are
        before = await self.coach.stores.users.get(msg.user_id)
        replies = await self.coach.handle_text(msg)
        if state is not None and command == "profile" and args:
            after = await self.coach.stores.users.get(msg.user_id)
            if after is not None and (before is None or after.profile != before.profile):
                await self.store.end(msg.user_id)
                replies.append(Outgoing(SETUP_FILLED))
        return replies

    async def _typed(self, msg: Incoming, state: SetupState,
                     text: str) -> list[Outgoing] | None:
        """The typed answer to the open step; None when the text is no answer to it."""
        if state.step == "tz":
            return await self._typed_zone(msg, text)
        runner = await self.coach.runner(msg.user_id, msg.chat_id, msg.received_at)
        try:
            value = read_answer(state.step, text, units=runner.profile.units)
        except CoachError as e:
            await self.store.put(msg.user_id, replace(state, at=msg.received_at))
            return [Outgoing(formatting.escape(e.user_message) + LEAVE_HINT)]
        if value is None:
            return None
        if not await self._first_time(msg):
            return []
        return await self._answer(msg.user_id, msg.chat_id, state.step, value, msg.received_at)

    async def _typed_zone(self, msg: Incoming, text: str) -> list[Outgoing] | None:
        """A clock reading ("it's 14:05 here"), a city, or a zone name."""
        local = read_clock(text)
        if local is not None:
            found = zones_at_local_time(msg.received_at, local)
            choices = [(z.label[:40], z.name) for z in found]
            if not choices:
                units = await self._units(msg)
                return [Outgoing(formatting.zone_not_found(units) + LEAVE_HINT)]
        else:
            if await self.coach.reads_as_log(msg):
                return None  # "orange" is a fruit before it is a town in California
            # the gazetteer loads once, in about half a second: not on the event loop
            cities = await asyncio.to_thread(city_zones, text)
            choices = [(c.label[:40], c.zone) for c in cities]
            if not choices:
                try:
                    choices = [(text, parse_zone(text))]
                except CoachError:
                    return None  # not a place: read it as a message
        if len(choices) == 1:
            if not await self._first_time(msg):
                return []
            return await self._answer(msg.user_id, msg.chat_id, "tz", choices[0][1],
                                      msg.received_at)
        return [Outgoing(formatting.ZONE_PICK + LEAVE_HINT,
                         buttons=keyboards.onboarding("tz", choices, per_row=1))]

    async def _units(self, msg: Incoming) -> str:
        return (await self.coach.runner(msg.user_id, msg.chat_id, msg.received_at)).profile.units

    async def _first_time(self, msg: Incoming) -> bool:
        """False for an update Telegram delivered again (after a crash): an answer applied
        twice would answer the next question too ('180' as a height, then as a weight)."""
        if msg.update_id is None:
            return True
        return await self.coach.stores.events.mark_update(msg.user_id, msg.update_id,
                                                          now=msg.received_at)

    async def _answer(self, user_id: int, chat_id: int, step: Step, value: str | None,
                      at: datetime) -> list[Outgoing]:
        """Save one answer (None keeps the default) and ask the next question."""
        if value:
            try:
                await self.coach.set_profile(user_id, chat_id, f"{step}={value}", at)
            except CoachError as e:
                await self.store.put(user_id, SetupState(step, at))
                return [Outgoing(formatting.escape(e.user_message) + LEAVE_HINT)]
        following = next_step(step)
        if following is None:
            await self.store.end(user_id)
            runner = await self.coach.runner(user_id, chat_id, at)
            return [Outgoing(formatting.onboarding_done(
                runner.profile, runner.weight_kg, weight_default=runner.weight_is_default))]
        return await self._ask(user_id, chat_id, following, at)

    async def _ask(self, user_id: int, chat_id: int, step: Step,
                   at: datetime) -> list[Outgoing]:
        await self.store.put(user_id, SetupState(step, at))
        runner = await self.coach.runner(user_id, chat_id, at)
        return [question(step, runner.profile, runner.weight_kg)]

    async def _aside(self, msg: Incoming, state: SetupState, replies: list[Outgoing],
                     now: datetime) -> list[Outgoing]:
        """A message that was no answer: its own replies, then the open question once more."""
        if state.reasked:
            await self.store.put(msg.user_id, replace(state, at=now))
            return replies
        await self.store.put(msg.user_id, SetupState(state.step, now, reasked=True))
        runner = await self.coach.runner(msg.user_id, msg.chat_id, now)
        return [*replies, question(state.step, runner.profile, runner.weight_kg)]

    async def _save_alone(self, user_id: int, chat_id: int, step: Step, value: str,
                          at: datetime) -> list[Outgoing]:
        """Save one setting outside the setup's order and show the profile."""
        try:
            profile = await self.coach.set_profile(user_id, chat_id, f"{step}={value}", at)
        except CoachError as e:
            return [Outgoing(formatting.escape(e.user_message))]
        runner = await self.coach.runner(user_id, chat_id, at)
        return [Outgoing(formatting.profile_saved(profile, runner.weight_kg))]
