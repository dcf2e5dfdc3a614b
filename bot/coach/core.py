"""`Coach`: the one object the adapters hold; it wires the use-case families together.

Each family lives in its own module (messages, commands, buttons, schedule, nudges) over the
runners kept in `runners.py`; `Coach` only routes a text and names their entry points.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot import formatting
from bot.coach.buttons import Buttons
from bot.coach.commands import Commands, read_command
from bot.coach.imports import Imports
from bot.coach.messages import Messages
from bot.coach.nudges import Nudges
from bot.coach.ports import Clock, Incoming, Outgoing, Stores, StravaPort
from bot.coach.runners import RUNNERS_KEPT, Runners
from bot.coach.schedule import Schedule
from engine.balance import DayBalance
from engine.events import StoredEvent
from engine.food import FoodTable
from engine.records import UserRecord

MAX_TEXT_CHARS = 4096


class Coach:
    """Everything the bot does, as async methods over the stores."""

    def __init__(self, stores: Stores, foods: FoodTable, clock: Clock, *,
                 runners_kept: int = RUNNERS_KEPT) -> None:
        self.stores = stores
        self.foods = foods
        self.clock = clock
        self.runners = Runners(stores, first_seen=self._first_seen, size=runners_kept)
        self.nudges = Nudges(stores, size=runners_kept)
        self.schedule = Schedule(stores, foods, self.runners, self.nudges)
        self.messages = Messages(stores, foods, self.runners, self.schedule, self.nudges)
        self.commands = Commands(stores, self.runners, self.schedule, self.messages)
        self.buttons = Buttons(stores, foods, runners=self.runners, nudges=self.nudges,
                               messages=self.messages, commands=self.commands)
        self.imports = Imports(stores, self.runners, self.messages)
        # The entry points the adapters (handlers, console, CLI, onboarding) call.
        self.log = self.messages.log
        self.edit = self.messages.edit
        self.reads_as_log = self.messages.reads_as_log
        self.log_events = self.messages.log_events
        self.import_activity = self.imports.import_activity
        self.log_session = self.messages.log_session
        self.undo_event = self.commands.undo
        self.press = self.buttons.press
        self.set_profile = self.commands.set_profile
        self.runner = self.runners.runner
        self.balance = self.runners.balance
        self.last_days = self.runners.last_days
        self.plan_summary = self.schedule.plan_summary
        self.plan_all_summaries = self.schedule.plan_all_summaries
        self.due = self.schedule.due
        self.claim = self.schedule.claim
        self.render = self.schedule.render
        self.start_sending = self.schedule.start_sending
        self.sent = self.schedule.sent
        self.retry_later = self.schedule.retry_later
        self.blocked = self.schedule.blocked
        self.notify = self.schedule.notify

    def forget_runner(self, user_id: int) -> None:
        """Drop what this process keeps of a runner: it may hold what was rolled back."""
        self.runners.forget(user_id)
        self.nudges.forget(user_id)

    def catch_up_runner(self, user_id: int, since: int | None,
                        changes: Sequence[StoredEvent] | None) -> None:
        """Another worker wrote for this runner since revision `since` (`bot/units.py`): the
        kept runner folds in the events it stored, or is dropped (`Runners.catch_up`)."""
        self.runners.catch_up(user_id, since, changes)  # the day's nudge log stays (`NudgeLog`)

    def settle_runner(self, user_id: int, rev: int) -> None:
        """A unit of work of this runner committed at revision `rev`."""
        self.runners.settle(user_id, rev)

    async def handle_text(self, msg: Incoming) -> list[Outgoing]:
        """Answer one text: a command, or something to log."""
        text = msg.text.strip()
        if not msg.private:
            return [Outgoing(formatting.GROUP_NOTICE)]
        if len(text) > MAX_TEXT_CHARS:
            return [Outgoing(formatting.too_long(len(text), await self.runners.units(msg)))]
        if (command := read_command(text)) is not None:
            return await self.commands.run(msg, command.name, command.args)
        return await self.messages.log(msg)

    @property
    def strava(self) -> StravaPort | None:
        return self.commands.strava

    @strava.setter
    def strava(self, port: StravaPort | None) -> None:
        """Strava's /connect and /disconnect, when the operator set it up."""
        self.commands.strava = port

    async def balance_for(self, user_id: int, day: date | None = None) -> DayBalance:
        """The day balance of a stored user (today in their zone by default)."""
        return await self.runners.balance_for(user_id, self.clock(), day)

    async def _first_seen(self, record: UserRecord, now: datetime) -> None:
        """A runner's very first message also plans their daily summary."""
        await self.schedule.plan_summary(record, now)

