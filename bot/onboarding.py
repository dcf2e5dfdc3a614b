"""/start: a short onboarding dialog with buttons (PTB's conversationbot shape, STYLE.md 1.1).

Units -> sex -> age -> height -> weight -> goal -> time zone -> summary time. Every step can
be skipped (the default stays) and every typed answer works too. Each answer is saved at once
through the coach, so a dialog cut short still keeps what was said; `/profile key=value`
stays for power users. Weight goals need an adult age (science.md §10 rev 2): without an age,
or under 18, only maintain is offered. Each goal is marked by what it means at this runner's
weight (§9 N1).
"""

from __future__ import annotations

import warnings

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot import formatting, keyboards
from bot.sending import markup
from bot.service import Coach
from engine.errors import CoachError
from engine.profile import GOALS, Profile
from engine.profile_text import parse_clock
from engine.targets import ADULT_AGE, goal_mark
from engine.zones import zone_for_location, zones_at_local_time, zones_for_city

UNITS, SEX, AGE, HEIGHT, WEIGHT, GOAL, ZONE, SUMMARY = range(8)
STEP_KEYS = {UNITS: "units", SEX: "sex", AGE: "age", HEIGHT: "height", WEIGHT: "weight",
             GOAL: "goal", ZONE: "tz", SUMMARY: "summary"}


def _goal_choices(profile: Profile, weight_kg: float) -> list[tuple[str, str]]:
    if profile.age is None or profile.age < ADULT_AGE:
        return [("maintain", "maintain")]
    return [(f"{g.replace('-', ' ')} {goal_mark(lb, weight_kg)}".rstrip(), g)
            for g, lb in GOALS.items()]


class Onboarding:
    """The /start dialog, bound to one Coach."""

    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def handler(self) -> ConversationHandler:  # type: ignore[type-arg]
        answers = filters.TEXT & ~filters.COMMAND

        def step(state: int) -> list[object]:
            async def on_typed(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> int:
                """A typed answer for this step."""
                return await self._typed(update, state)

            return [CallbackQueryHandler(self.on_button, pattern=rf"^ob:{STEP_KEYS[state]}:"),
                    MessageHandler(answers, on_typed)]

        states = {state: step(state) for state in STEP_KEYS}
        states[ZONE].append(MessageHandler(filters.LOCATION, self.on_location))
        with warnings.catch_warnings():
            # PTB warns that with per_message=False a button press is matched per chat, not per
            # message: that is what we want, each step's buttons carry their own step name.
            warnings.filterwarnings("ignore", message=".*per_message", category=PTBUserWarning)
            return ConversationHandler(
                entry_points=[CommandHandler("start", self.start, filters.ChatType.PRIVATE)],
                states=states,  # type: ignore[arg-type]
                fallbacks=[CommandHandler(["cancel", "skip"], self.cancel)],
                name="onboarding",
                allow_reentry=True,
            )

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        """Welcome, then the first question."""
        message = update.effective_message
        assert message is not None
        await message.reply_text(formatting.ONBOARDING_WELCOME)
        return await self._ask(update, UNITS)

    async def cancel(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        """Stop asking; what was answered is kept."""
        if update.effective_message is not None:
            await update.effective_message.reply_text(formatting.ONBOARDING_DONE)
        return ConversationHandler.END

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        """A choice (or Skip) for the current step."""
        query = update.callback_query
        assert query is not None
        await query.answer()
        parsed = keyboards.parse_onboarding(query.data or "")
        if parsed is None:
            return ConversationHandler.END
        key, value = parsed
        state = next(s for s, k in STEP_KEYS.items() if k == key)
        return await self._answer(update, state, None if value == "skip" else value)

    async def _typed(self, update: Update, state: int) -> int:
        text = (update.effective_message.text or "") if update.effective_message else ""
        if state == ZONE:
            return await self._typed_zone(update, text)
        return await self._answer(update, state, text.strip())

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        """A shared location answers the time-zone step."""
        message = update.effective_message
        assert message is not None and message.location is not None
        zone = zone_for_location(message.location.latitude, message.location.longitude)
        return await self._answer(update, ZONE, zone)

    async def _typed_zone(self, update: Update, text: str) -> int:
        message = update.effective_message
        assert message is not None
        try:
            local = parse_clock(text)
        except CoachError:
            cities = zones_for_city(text)
            if len(cities) == 1:
                return await self._answer(update, ZONE, cities[0])
            choices = [(c.rsplit("/", 1)[-1].replace("_", " "), c) for c in cities]
        else:
            found = zones_at_local_time(self.coach.clock(), local)
            choices = [(z.label[:40], z.name) for z in found]
        if not choices:
            await message.reply_text(formatting.ZONE_NOT_FOUND)
            return ZONE
        await message.reply_text(formatting.ZONE_PICK, reply_markup=markup(
            keyboards.onboarding("tz", choices, per_row=1)))
        return ZONE

    async def _answer(self, update: Update, state: int, value: str | None) -> int:
        """Save one answer (None keeps the default) and ask the next question."""
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        if value:
            try:
                await self.coach.set_profile(user.id, chat.id, f"{STEP_KEYS[state]}={value}",
                                             self.coach.clock())
            except CoachError as e:
                if update.effective_message is not None:
                    await update.effective_message.reply_text(formatting.escape(e.user_message))
                return state
        if state == SUMMARY:
            runner = await self.coach.runner(user.id, chat.id, self.coach.clock())
            if update.effective_message is not None:
                await update.effective_message.reply_text(
                    formatting.onboarding_done(runner.profile, runner.weight_kg))
            return ConversationHandler.END
        return await self._ask(update, state + 1)

    async def _ask(self, update: Update, state: int) -> int:
        user, chat, message = update.effective_user, update.effective_chat, update.effective_message
        assert user is not None and chat is not None and message is not None
        runner = await self.coach.runner(user.id, chat.id, self.coach.clock())
        profile = runner.profile
        imperial = profile.units == "imperial"
        questions = {
            UNITS: ("Which units do you use?", [("km, kg", "metric"), ("miles, lb", "imperial")]),
            SEX: ("Sex (for the resting-energy formula)?", [("Female", "female"),
                                                            ("Male", "male")]),
            AGE: ("How old are you? Type a number, e.g. 34.", []),
            HEIGHT: ("Your height? e.g. " + ("5ft11in" if imperial else "178cm"), []),
            WEIGHT: ("Your weight? e.g. " + ("165lb" if imperial else "72kg"), []),
            GOAL: (formatting.goal_question(profile, runner.weight_kg),
                   _goal_choices(profile, runner.weight_kg)),
            ZONE: (formatting.ZONE_QUESTION, []),
            SUMMARY: ("When should I send your evening summary?",
                      [("20:00", "20:00"), ("21:00", "21:00"), ("22:00", "22:00")]),
        }
        text, choices = questions[state]
        per_row = 2 if state == GOAL else 3
        await message.reply_text(text, reply_markup=markup(
            keyboards.onboarding(STEP_KEYS[state], choices, per_row=per_row)))
        return state
