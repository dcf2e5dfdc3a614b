"""The buttons under our messages: one handler per verb, and `VERBS`, the one table of them.

Each `Verb` row holds a button's verb, the exact shape of the argument its buttons carry, its
handler, what one press uses up on its message and what a second press says. `parse` is the
one gate for callback data (a client can forge it at will); `bot/keyboards.py` builds the
data. Each button acts once: a second press of a button on the same message only says it was
done. `tests/bot/test_registries.py` proves every button we make parses and has a handler.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from bot import formatting, keyboards
from bot.coach.commands import Commands
from bot.coach.messages import Messages
from bot.coach.nudges import Nudges
from bot.coach.ports import Incoming, Outgoing, Press, Stores
from bot.coach.runners import Runners
from bot.coach.schedule import reminder_keys
from engine.days import local_day
from engine.events import FoodItem, MealLogged
from engine.food import FoodTable
from engine.parsing import ParseResult
from engine.recovery import RecoveryDose, recovery_dose
from engine.risk import NUDGE_CODES
from engine.schedule import NUDGE_COOLDOWN
from engine.snacks import SNACKS, snack_meal, snack_size


class Buttons:
    """What a press of each of our buttons does."""

    def __init__(self, stores: Stores, foods: FoodTable, *, runners: Runners,
                 nudges: Nudges, messages: Messages, commands: Commands) -> None:
        self.stores = stores
        self.foods = foods
        self.runners = runners
        self.nudges = nudges
        self.messages = messages
        self.commands = commands

    async def press(self, user_id: int, chat_id: int, data: str, at: datetime, *,
                    message_id: int | None = None) -> list[Outgoing]:
        """A button under one of our messages (`message_id`) was pressed.

        Each button acts once: a second press (a double tap, or a day later) of a button on
        the same message only says it was done (`slot`).
        """
        action = parse(data)
        if action is None:
            return [Outgoing(formatting.STALE_BUTTON)]
        verb, arg = VERBS[action[0]], action[1]
        taken = slot(verb.name)
        if verb.name == "deleteme" and await self.stores.users.get(user_id) is None:
            return [Outgoing(formatting.NOTHING_STORED, again=True)]
        if taken is not None and message_id is not None and not await self.stores.presses.claim(
                user_id, chat_id, message_id, taken, now=at):
            return [Outgoing(formatting.already_done(verb.done), again=True)]
        return await verb.handler(self, Press(user_id, chat_id, at), arg)

    async def press_undo(self, b: Press, arg: str) -> list[Outgoing]:
        replies = await self.commands.undo(b.user_id, b.chat_id, b.at, int(arg))
        return replies or await self._gone(b, int(arg))

    async def press_logit(self, b: Press, arg: str) -> list[Outgoing]:
        """"✅ Log it" under a held message (it read like a plan or someone else's run): its
        events live after all, answered as any log is (the day, a recovery reminder)."""
        user_id, chat_id, at = b
        runner = await self.runners.runner(user_id, chat_id, at)
        stored = await self.stores.events.log_held(user_id, int(arg), now=at)
        if not stored:
            return await self._gone(b, int(arg))
        runner = await self.runners.absorb(runner, stored, at)
        result = ParseResult(events=tuple(s.event for s in stored), unparsed=(), intent="log")
        return await self.messages.after_logging(runner, stored, result, at)

    async def press_fix(self, b: Press, arg: str) -> list[Outgoing]:
        meal = await self.stores.events.get(b.user_id, int(arg))
        if meal is None:
            return await self._gone(b, int(arg))
        return [Outgoing(formatting.FIX_HINT, buttons=keyboards.fix(meal.id))]

    async def _gone(self, b: Press, event_id: int) -> list[Outgoing]:
        """A button's entry is no longer live: say what became of it; nothing changes."""
        found = await self.stores.events.fate(b.user_id, event_id)
        if found is None:
            return [Outgoing(formatting.STALE_BUTTON)]
        record = await self.stores.users.get(b.user_id)
        units = record.profile.units if record is not None else "metric"
        stored, fate = found
        return [Outgoing(formatting.entry_gone(stored.event, fate, units))]

    async def press_skip(self, b: Press, key: str) -> list[Outgoing]:
        await self._end_reminder(b, key)
        return [Outgoing(formatting.SKIPPED)]

    async def _end_reminder(self, b: Press, key: str) -> None:
        """No more messages about this run: the reminder, its snooze and its follow-up."""
        await self.stores.schedule.cancel_all(
            b.user_id, reminder_keys(int(key.removeprefix("recovery:"))), now=b.at)

    async def press_why(self, b: Press, code: str) -> list[Outgoing]:
        runner = await self.runners.runner(b.user_id, b.chat_id, b.at)
        balance = await self.runners.balance(runner, local_day(b.at, runner.tz))
        return [Outgoing(formatting.why(balance, runner.profile, code))]

    async def press_show(self, b: Press, what: str) -> list[Outgoing]:
        """The button under an answer: the view it names."""
        msg = Incoming(b.user_id, b.chat_id, f"/{what}", b.at)
        return await self.commands.run(msg, what, "")

    async def press_target(self, b: Press, _arg: str) -> list[Outgoing]:
        runner = await self.runners.runner(b.user_id, b.chat_id, b.at)
        balance = await self.runners.balance(runner, local_day(b.at, runner.tz))
        return [Outgoing(formatting.why_this_target(balance, runner.profile.units))]

    async def press_notnow(self, b: Press, code: str) -> list[Outgoing]:
        runner = await self.runners.runner(b.user_id, b.chat_id, b.at)
        muted = {**runner.profile.muted_until, code: local_day(b.at, runner.tz) + NUDGE_COOLDOWN}
        profile = runner.profile.model_copy(update={"muted_until": muted})
        await self.stores.users.save(b.user_id, profile, now=b.at)
        return [Outgoing(formatting.NOT_NOW)]

    async def press_deleteme(self, b: Press, arg: str) -> list[Outgoing]:
        if arg != "confirm":
            return [Outgoing(formatting.DELETE_CANCELLED)]
        self.runners.forget(b.user_id)
        self.nudges.forget(b.user_id)
        await self.commands.forget_links(b.user_id)
        await self.stores.users.delete(b.user_id)
        return [Outgoing(formatting.DELETED)]

    async def press_had(self, b: Press, key: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        runner = await self.runners.runner(user_id, chat_id, at)
        dose = recovery_dose(runner.weight_kg, self.foods)
        shake = _recovery_shake(dose, at)
        await self._end_reminder(b, key)
        return await self.messages.log_events(user_id, chat_id, [shake], received_at=at)

    async def press_scale(self, b: Press, arg: str) -> list[Outgoing]:
        """Replace a meal by the same meal with every amount scaled (undoable as usual)."""
        user_id, chat_id, at = b
        event_id, _, factor = arg.partition(":")
        old = await self.stores.events.get(user_id, int(event_id))
        if old is None:
            return await self._gone(b, int(event_id))
        if not isinstance(old.event, MealLogged):
            return [Outgoing(formatting.STALE_BUTTON)]
        runner = await self.runners.runner(user_id, chat_id, at)
        stored = await self.stores.events.add(user_id, [old.event.scaled(float(factor))],
                                              now=at, chat_id=chat_id, replaces=[old.id])
        runner = await self.runners.absorb(runner, stored, at, replaced=[old.id])
        result = ParseResult(events=(stored[0].event,), unparsed=(), intent="log")
        return await self.messages.after_logging(runner, stored, result, at, edited=True)

    async def press_snack(self, b: Press, _code: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        runner = await self.runners.runner(user_id, chat_id, at)
        balance = await self.runners.balance(runner, local_day(at, runner.tz))
        size = snack_size(balance.target_kcal - balance.intake_kcal)
        meal = snack_meal(size, self.foods, at)
        return [Outgoing(formatting.snack_proposal(meal, runner.profile.units),
                         buttons=keyboards.eat(size))]

    async def press_eat(self, b: Press, size: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        if size not in SNACKS:
            return [Outgoing(formatting.STALE_BUTTON)]
        return await self.messages.log_events(user_id, chat_id, [snack_meal(size, self.foods, at)],
                                     received_at=at)

    async def press_snooze(self, b: Press, key: str) -> list[Outgoing]:
        user_id, _, at = b
        row = await self.stores.schedule.get(user_id, key)
        if row is None or row.payload.snoozed:
            return [Outgoing(formatting.NO_MORE_SNOOZE)]
        payload = row.payload.model_copy(update={"snoozed": True})
        await self.stores.schedule.put(user_id, row.kind, due_at=at + timedelta(minutes=15),
                                       dedupe_key=f"{key}:snooze", now=at,
                                       expires_at=row.expires_at, payload=payload)
        return [Outgoing(formatting.SNOOZED)]


# ------------------------------------------------------------------ the verbs

Handler = Callable[[Buttons, Press, str], Awaitable[list[Outgoing]]]
Shape = re.Pattern[str] | frozenset[str]
#: What one press uses up on its message: nothing (it only shows numbers), its own button
#: (Fix keeps Undo beside it), or the message's one decision ("✅ Had it", "Skip" and
#: "⏰ 15 min" exclude each other).
Slot = Literal["none", "own", "decision"]


@dataclass(frozen=True, slots=True)
class Verb:
    """One kind of button, declared once."""

    name: str
    #: Its argument: a pattern, or the whole set of values its buttons can carry.
    shape: Shape
    handler: Handler
    slot: Slot = "decision"
    #: What a second press of a used button says.
    done: str = "That was already done."


_ID = r"[0-9]{1,18}"
_RECOVERY = re.compile(f"recovery:{_ID}")
VERBS: dict[str, Verb] = {v.name: v for v in (
    Verb("undo", re.compile(_ID), Buttons.press_undo, done="That Undo was already done."),
    Verb("fix", re.compile(_ID), Buttons.press_fix, "own",
         "You already opened Fix for that meal: pick an amount from its buttons."),
    Verb("scale",
         re.compile(f"{_ID}:({'|'.join(re.escape(f) for f in keyboards.SCALES.values())})"),
         Buttons.press_scale, done="That meal was already changed with this Fix."),
    Verb("had", _RECOVERY, Buttons.press_had,
         done="Already logged: your recovery drink counts once."),
    Verb("snooze", _RECOVERY, Buttons.press_snooze,
         done="Already answered: this reminder was handled."),
    Verb("skip", _RECOVERY, Buttons.press_skip,
         done="Already answered: no more reminders for this run."),
    Verb("why", NUDGE_CODES, Buttons.press_why, "none"),
    Verb("notnow", NUDGE_CODES, Buttons.press_notnow,
         done="Already noted: I won't bring that up for a few days."),
    Verb("snack", NUDGE_CODES, Buttons.press_snack, done="I already proposed a snack for that."),
    Verb("eat", frozenset(SNACKS), Buttons.press_eat,
         done="Already logged: that snack counts once."),
    Verb("logit", re.compile(_ID), Buttons.press_logit,
         done="Already logged: that message counts once."),
    Verb("deleteme", frozenset({"confirm", "cancel"}), Buttons.press_deleteme,
         done="Already answered."),
    Verb("target", frozenset({"today"}), Buttons.press_target, "none"),
    Verb("show", frozenset(keyboards.SHOW), Buttons.press_show, "none"),
)}


def parse(data: str) -> tuple[str, str] | None:
    """`undo:42` -> ('undo', '42'); None for anything we did not make.

    The one gate for callback data, which a client can forge at will: ASCII only, at most
    64 bytes, a known verb, and an argument of exactly the shape that verb's buttons carry
    (ids of at most 18 ASCII digits, so `int()` always fits SQLite; "²" is a digit to
    `str.isdigit` but not to this). Handlers behind it never see anything else.
    """
    if len(data) > keyboards.MAX_DATA_BYTES or not data.isascii():
        return None
    name, sep, arg = data.partition(":")
    verb = VERBS.get(name) if sep else None
    if verb is None or not _fits(verb.shape, arg):
        return None
    return name, arg


def _fits(shape: Shape, arg: str) -> bool:
    if isinstance(shape, frozenset):
        return arg in shape
    return shape.fullmatch(arg) is not None


def slot(verb: str) -> str | None:
    """What one press of `verb` uses up on its message: None (nothing), its own slot (the
    verb), or the message's one decision ("*")."""
    kind = VERBS[verb].slot
    if kind == "none":
        return None
    return verb if kind == "own" else "*"


def after_press(rows: keyboards.Rows, data: str) -> keyboards.Rows:
    """The keyboard a message keeps once the button with `data` was pressed on it.

    A decision takes the whole keyboard away; Fix goes on its own (Undo stays); Why? stays.
    """
    action = parse(data)
    if action is None:
        return rows
    taken = slot(action[0])
    if taken is None:
        return rows
    if taken == "*":
        return ()
    kept = tuple(tuple(b for b in row if parse(b.data) != action) for row in rows)
    return tuple(row for row in kept if row)


def _recovery_shake(dose: RecoveryDose, at: datetime) -> MealLogged:
    """'Had it' logs the dose the reminder proposed, with the numbers it stated."""
    item = FoodItem(text="recovery drink", food="recovery drink", source="stated",
                    kcal=4 * (dose.protein_g + dose.carbs_g), protein_g=dose.protein_g,
                    carbs_g=dose.carbs_g, fat_g=0.0)
    return MealLogged(at=at, meal="recovery", items=(item,))
