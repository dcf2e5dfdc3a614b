"""The buttons under our messages: one handler per verb (`keyboards.parse` reads the data).

Each button acts once: a second press of a button on the same message only says it was done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bot import formatting, keyboards
from bot.coach.commands import Commands
from bot.coach.messages import Messages
from bot.coach.nudges import NUDGE_COOLDOWN, Nudges
from bot.coach.ports import Incoming, Outgoing, Press, Stores
from bot.coach.runners import Runners
from engine.days import local_day
from engine.events import FoodItem, MealLogged
from engine.food import FoodTable
from engine.parsing import ParseResult
from engine.recovery import RecoveryDose, recovery_dose
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
        the same message only says it was done (`keyboards.slot`).
        """
        action = keyboards.parse(data)
        if action is None:
            return [Outgoing(formatting.STALE_BUTTON)]
        verb, arg = action
        taken = keyboards.slot(verb)
        if verb == "deleteme" and await self.stores.users.get(user_id) is None:
            return [Outgoing(formatting.NOTHING_STORED, again=True)]
        if taken is not None and message_id is not None and not await self.stores.presses.claim(
                user_id, chat_id, message_id, taken, now=at):
            return [Outgoing(formatting.already_done(verb), again=True)]
        handlers: dict[str, Callable[[Press, str], Any]] = {
            "undo": self._press_undo,
            "fix": self._press_fix,
            "scale": self._scale_meal,
            "had": self._had_recovery,
            "snooze": self._snooze,
            "skip": self._press_skip,
            "why": self._press_why,
            "target": self._press_target,
            "notnow": self._press_not_now,
            "snack": self._propose_snack,
            "eat": self._eat_snack,
            "deleteme": self._press_delete,
            "show": self._press_show,
        }
        result: list[Outgoing] = await handlers[verb](Press(user_id, chat_id, at), arg)
        return result

    async def _press_undo(self, b: Press, arg: str) -> list[Outgoing]:
        replies = await self.commands.undo(b.user_id, b.chat_id, b.at, int(arg))
        return replies or await self._gone(b, int(arg))

    async def _press_fix(self, b: Press, arg: str) -> list[Outgoing]:
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

    async def _press_skip(self, b: Press, key: str) -> list[Outgoing]:
        await self._end_reminder(b, key)
        return [Outgoing(formatting.SKIPPED)]

    async def _end_reminder(self, b: Press, key: str) -> None:
        """No more messages about this run: the reminder, its snooze and its follow-up."""
        for suffix in ("", ":snooze", ":follow-up"):
            await self.stores.schedule.cancel(b.user_id, key + suffix, now=b.at)

    async def _press_why(self, b: Press, code: str) -> list[Outgoing]:
        runner = await self.runners.runner(b.user_id, b.chat_id, b.at)
        balance = await self.runners.balance(runner, local_day(b.at, runner.tz))
        return [Outgoing(formatting.why(balance, runner.profile, code))]

    async def _press_show(self, b: Press, what: str) -> list[Outgoing]:
        """The button under an answer: the view it names."""
        msg = Incoming(b.user_id, b.chat_id, f"/{what}", b.at)
        return await self.commands.run(msg, what, "")

    async def _press_target(self, b: Press, _arg: str) -> list[Outgoing]:
        runner = await self.runners.runner(b.user_id, b.chat_id, b.at)
        balance = await self.runners.balance(runner, local_day(b.at, runner.tz))
        return [Outgoing(formatting.why_this_target(balance, runner.profile.units))]

    async def _press_not_now(self, b: Press, code: str) -> list[Outgoing]:
        runner = await self.runners.runner(b.user_id, b.chat_id, b.at)
        muted = {**runner.profile.muted_until, code: local_day(b.at, runner.tz) + NUDGE_COOLDOWN}
        profile = runner.profile.model_copy(update={"muted_until": muted})
        await self.stores.users.save(b.user_id, profile, now=b.at)
        return [Outgoing(formatting.NOT_NOW)]

    async def _press_delete(self, b: Press, arg: str) -> list[Outgoing]:
        if arg != "confirm":
            return [Outgoing(formatting.DELETE_CANCELLED)]
        self.runners.forget(b.user_id)
        self.nudges.forget(b.user_id)
        await self.commands.forget_links(b.user_id)
        await self.stores.users.delete(b.user_id)
        self.stores.foods.forget(b.user_id)
        self.stores.setups.forget(b.user_id)
        return [Outgoing(formatting.DELETED)]

    async def _had_recovery(self, b: Press, key: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        runner = await self.runners.runner(user_id, chat_id, at)
        dose = recovery_dose(runner.weight_kg, self.foods)
        shake = _recovery_shake(dose, at)
        await self._end_reminder(b, key)
        return await self.messages.log_events(user_id, chat_id, [shake], received_at=at)

    async def _scale_meal(self, b: Press, arg: str) -> list[Outgoing]:
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
        assert stored is not None
        runner = await self.runners.absorb(runner, stored, at, replaced=[old.id])
        result = ParseResult(events=(stored[0].event,), unparsed=(), intent="log")
        return await self.messages.after_logging(runner, stored, result, at, edited=True)

    async def _propose_snack(self, b: Press, _code: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        runner = await self.runners.runner(user_id, chat_id, at)
        balance = await self.runners.balance(runner, local_day(at, runner.tz))
        size = snack_size(balance.target_kcal - balance.intake_kcal)
        meal = snack_meal(size, self.foods, at)
        return [Outgoing(formatting.snack_proposal(meal, runner.profile.units),
                         buttons=keyboards.eat(size))]

    async def _eat_snack(self, b: Press, size: str) -> list[Outgoing]:
        user_id, chat_id, at = b
        if size not in SNACKS:
            return [Outgoing(formatting.STALE_BUTTON)]
        return await self.messages.log_events(user_id, chat_id, [snack_meal(size, self.foods, at)],
                                     received_at=at)

    async def _snooze(self, b: Press, key: str) -> list[Outgoing]:
        user_id, _, at = b
        row = await self.stores.schedule.get(user_id, key)
        if row is None or row.payload.get("snoozed"):
            return [Outgoing(formatting.NO_MORE_SNOOZE)]
        payload = {**row.payload, "snoozed": True}
        await self.stores.schedule.put(user_id, row.kind, due_at=at + timedelta(minutes=15),
                                       dedupe_key=f"{key}:snooze", now=at,
                                       expires_at=row.expires_at, payload=payload)
        return [Outgoing(formatting.SNOOZED)]


def _recovery_shake(dose: RecoveryDose, at: datetime) -> MealLogged:
    """'Had it' logs the dose the reminder proposed, with the numbers it stated."""
    item = FoodItem(text="recovery drink", food="recovery drink", source="stated",
                    kcal=4 * (dose.protein_g + dose.carbs_g), protein_g=dose.protein_g,
                    carbs_g=dose.carbs_g, fat_g=0.0)
    return MealLogged(at=at, meal="recovery", items=(item,))
