"""The slash commands (/today, /profile, /undo, ...): one method each, and `COMMANDS`, the one
table that names them.

Each `Command` row holds a command's name, its handler, its line in Telegram's command menu
and its line in /help. Dispatch (`Commands.run`), the menu (`bot/telegram/handlers.py`,
set_my_commands) and /help are made from it; `tests/bot/test_registries.py` fails when a
`cmd_*` method has no row or the README's command list names a different set. `read_command`
is the one reader of "/name@bot args".
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from typing import NamedTuple

from bot import charts, exports, formatting, keyboards
from bot.coach.messages import Messages
from bot.coach.ports import Attachment, Incoming, Outgoing, Stores, StravaPort
from bot.coach.runners import Runners
from bot.coach.schedule import Schedule
from bot.strava import messages as strava_messages
from engine.days import local_day
from engine.errors import CoachError
from engine.events import RunLogged
from engine.parsing import parse_food_definition
from engine.profile import GOALS, Profile
from engine.profile_text import read_goal, update_profile
from engine.records import DuplicateUpdate


class Commands:
    """What each command answers; `run` picks the one a message names."""

    def __init__(self, stores: Stores, runners: Runners, schedule: Schedule,
                 messages: Messages) -> None:
        self.stores = stores
        self.runners = runners
        self.schedule = schedule
        self.messages = messages
        #: Set by the composition root when Strava is set up (bot/strava/app.py).
        self.strava: StravaPort | None = None

    async def run(self, msg: Incoming, command: str, args: str) -> list[Outgoing]:
        """Answer `/command args` (`command` as `read_command` gives it)."""
        found = BY_NAME.get(command)
        if found is None:
            return [Outgoing(formatting.unknown_command(command))]
        return await found.handler(self, msg, args)

    async def cmd_start(self, msg: Incoming, _args: str) -> list[Outgoing]:
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        await self.schedule.plan_summary(runner.record, msg.received_at)
        return [Outgoing(formatting.welcome(runner.profile))]

    async def cmd_help(self, msg: Incoming, _args: str) -> list[Outgoing]:
        record = await self.stores.users.get(msg.user_id)
        lines = [(c.name, c.help) for c in listed(strava=self.strava is not None)
                 if c.help is not None]
        return [Outgoing(formatting.help_text(lines, record.profile.units if record
                                              else "metric"))]

    async def cmd_today(self, msg: Incoming, _args: str) -> list[Outgoing]:
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        balance = await self.runners.balance(runner, local_day(msg.received_at, runner.tz))
        buttons = keyboards.today() if balance.has_energy_target else ()
        return [Outgoing(formatting.today(balance, runner.profile), buttons=buttons)]

    async def cmd_undo(self, msg: Incoming, _args: str) -> list[Outgoing]:
        return await self.undo(msg.user_id, msg.chat_id, msg.received_at, None)

    async def undo(self, user_id: int, chat_id: int, at: datetime,
                   event_id: int | None) -> list[Outgoing]:
        undone = await self.stores.events.undo(user_id, now=at, event_id=event_id)
        if not undone.events:
            return [] if event_id is not None else [Outgoing(formatting.NOTHING_TO_UNDO)]
        self.runners.forget(user_id)
        runner = await self.runners.runner(user_id, chat_id, at)
        await self.schedule.drop_reminders(
            user_id, [s.id for s in undone.events if isinstance(s.event, RunLogged)], at)
        if runner.profile.reminders:
            await self.schedule.revive_recovery(runner, undone.restored, at)
        balance = await self.runners.balance(runner, local_day(at, runner.tz))
        return [Outgoing(formatting.undone(undone, balance, runner.profile))]

    async def cmd_profile(self, msg: Incoming, args: str, *,
                          reminders: bool = False) -> list[Outgoing]:
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        if not args:
            return [Outgoing(formatting.profile_card(
                runner.profile, runner.weight_kg, weight_default=runner.weight_is_default))]
        try:
            profile = _dated_goal(runner.profile, update_profile(runner.profile, args),
                                  local_day(msg.received_at, runner.tz))
        except CoachError as e:
            return [Outgoing(formatting.escape(e.user_message))]
        try:
            await self.stores.users.save(msg.user_id, profile, now=msg.received_at,
                                         chat_id=msg.chat_id, update_id=msg.update_id)
        except DuplicateUpdate:
            return []
        runner.record = replace(runner.record, profile=profile)
        await self.schedule.plan_summary(runner.record, msg.received_at, replan=True)
        if reminders:
            return [Outgoing("Saved. ✅\n" + formatting.reminders_card(profile))]
        return [Outgoing(formatting.profile_saved(profile, runner.weight_kg,
                                                  weight_default=runner.weight_is_default))]

    async def set_profile(self, user_id: int, chat_id: int, pairs: str,
                          at: datetime) -> Profile:
        """Apply `key=value` pairs (onboarding steps); raises CoachError when one is wrong."""
        runner = await self.runners.runner(user_id, chat_id, at)
        profile = _dated_goal(runner.profile, update_profile(runner.profile, pairs),
                              local_day(at, runner.tz))
        await self.stores.users.save(user_id, profile, now=at, chat_id=chat_id)
        await self.schedule.plan_summary(replace(runner.record, profile=profile), at, replan=True)
        return profile

    async def cmd_goal(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
            return [Outgoing(formatting.goal_help(runner.profile.units))]
        goal = args.split(maxsplit=1)[0]
        if goal not in GOALS:  # "lose 0.5 kg a week", "lose 1" (in the runner's units)
            runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
            try:
                goal = read_goal(args, units=runner.profile.units) or goal
            except CoachError as e:
                return [Outgoing(formatting.escape(e.user_message))]
        return await self.cmd_profile(msg, f"goal={goal}")

    async def cmd_timezone(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            return [Outgoing(formatting.timezone_help(await self.runners.units(msg)))]
        place = args.replace('"', "")  # the whole place: "/timezone New York"
        return await self.cmd_profile(msg, f'tz="{place}"')

    async def cmd_reminders(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
            return [Outgoing(formatting.reminders_card(runner.profile))]
        words = args.split()
        pairs = [w if "=" in w else f"reminders={w}" for w in words]
        return await self.cmd_profile(msg, " ".join(pairs), reminders=True)

    async def cmd_weight(self, msg: Incoming, args: str) -> list[Outgoing]:
        if not args:
            return [Outgoing(formatting.weight_help(await self.runners.units(msg)))]
        return await self.messages.log(replace(msg, text=f"weight {args}"))

    async def cmd_food(self, msg: Incoming, args: str) -> list[Outgoing]:
        try:
            spec = parse_food_definition(args)
        except CoachError as e:
            return [Outgoing(formatting.escape(e.user_message))]
        await self.stores.foods.save(msg.user_id, spec.food, now=msg.received_at)
        return [Outgoing(formatting.food_taught(spec.food, await self.runners.units(msg)))]

    async def cmd_history(self, msg: Incoming, _args: str) -> list[Outgoing]:
        days = await self.runners.last_days(msg.user_id, msg.chat_id, msg.received_at, 7)
        return [Outgoing(formatting.history(days, await self.runners.units(msg)))]

    async def cmd_week(self, msg: Incoming, _args: str) -> list[Outgoing]:
        days = await self.runners.last_days(msg.user_id, msg.chat_id, msg.received_at, 7)
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        units = runner.profile.units
        joined = local_day(runner.record.created_at, runner.tz)
        png = await asyncio.to_thread(partial(charts.week_chart, days, units, joined=joined))
        return [Outgoing(formatting.week_caption(days, units), photo=png)]

    async def cmd_export(self, msg: Incoming, _args: str) -> list[Outgoing]:
        record = await self.stores.users.get(msg.user_id)
        if record is None:
            return [Outgoing(formatting.NOTHING_STORED)]
        files = exports.export_files(msg.user_id, record.profile,
                                     await self.stores.events.all_for_user(msg.user_id),
                                     await self.stores.foods.for_user(msg.user_id),
                                     strava=await self.strava.export(msg.user_id)
                                     if self.strava is not None else None)
        return [Outgoing(formatting.EXPORT_READY,
                         documents=tuple(Attachment(*f) for f in files))]

    async def cmd_connect(self, msg: Incoming, _args: str) -> list[Outgoing]:
        if self.strava is None:
            return [Outgoing(strava_messages.NOT_SET_UP)]
        await self.stores.users.touch(msg.user_id, chat_id=msg.chat_id, now=msg.received_at)
        return await self.strava.connect(msg.user_id, msg.chat_id, msg.received_at)

    async def cmd_disconnect(self, msg: Incoming, _args: str) -> list[Outgoing]:
        if self.strava is None:
            return [Outgoing(strava_messages.NOT_SET_UP)]
        return await self.strava.disconnect(msg.user_id)

    async def forget_links(self, user_id: int) -> None:
        """Before /deleteme: Strava is deauthorized too, not only forgotten here."""
        if self.strava is not None:
            await self.strava.forget(user_id)

    async def cmd_deleteme(self, _msg: Incoming, _args: str) -> list[Outgoing]:
        return [Outgoing(formatting.DELETE_CONFIRM, buttons=keyboards.confirm_delete())]

    async def cmd_cancel(self, msg: Incoming, _args: str) -> list[Outgoing]:
        """End the open /start questions (one that waited 30 minutes has ended already)."""
        state = await self.stores.setups.get(msg.user_id)
        if state is not None:
            await self.stores.setups.end(msg.user_id)
        if state is None or state.expired(msg.received_at):
            return [Outgoing(formatting.NOTHING_OPEN)]
        return [Outgoing(formatting.setup_left(await self.runners.units(msg)))]

    cmd_skip = cmd_stop = cmd_cancel


def _dated_goal(old: Profile, new: Profile, day: date) -> Profile:
    """A changed goal remembers its local day (science.md §8 rev 2, glycogen water)."""
    if new.goal == old.goal:
        return new
    return new.model_copy(update={"goal_since": day})


Handler = Callable[[Commands, Incoming, str], Awaitable[list[Outgoing]]]


@dataclass(frozen=True, slots=True)
class Command:
    """One slash command, declared once."""

    name: str
    handler: Handler
    #: Its entry in Telegram's command menu (set_my_commands); None keeps it out of the menu.
    menu: str | None = None
    #: Its line in /help (HTML, metric examples: an imperial runner's are swapped in);
    #: None leaves it out of /help.
    help: str | None = None
    #: Shown (menu, /help) only where the operator set Strava up; it answers either way.
    strava: bool = False


#: Every command, in the order of the menu and of /help.
COMMANDS: tuple[Command, ...] = (
    Command("today", Commands.cmd_today, "Where your day stands", "where your day stands"),
    Command("week", Commands.cmd_week, "Chart of the last 7 days", "chart of the last 7 days"),
    Command("history", Commands.cmd_history, "The last 7 days in numbers",
            "the last 7 days in numbers"),
    Command("undo", Commands.cmd_undo, "Remove your last entry", "remove your last entry"),
    Command("profile", Commands.cmd_profile, "Show or change your profile",
            "show or set, e.g. <code>/profile age=29 height=168cm weight=61kg "
            "tz=Europe/London</code>"),
    Command("goal", Commands.cmd_goal, "Set your goal (lb/week)",
            "e.g. <code>/goal lose-0.5</code> (see /goal for what each means)"),
    Command("weight", Commands.cmd_weight, "Log a weigh-in", "log a weigh-in"),
    Command("food", Commands.cmd_food, "Teach me a food",
            "teach me a food: <code>/food granola 450 kcal 10p 60c 18f per 100g</code>"),
    Command("reminders", Commands.cmd_reminders, "Reminders and summary time",
            "<code>off</code>, <code>recovery=30</code>, <code>summary=21:00</code>,\n"
            "<code>quiet=22:00-07:00</code>, <code>weekly=sun</code>,\n"
            "<code>min_run=45</code> (shortest run that gets a recovery reminder)"),
    Command("timezone", Commands.cmd_timezone, "Set your time zone",
            "your city or zone, e.g. <code>/timezone Chicago</code>"),
    Command("export", Commands.cmd_export, "Download all your data",
            "all your data as CSV and JSON"),
    Command("deleteme", Commands.cmd_deleteme, "Delete everything about you",
            "delete everything I know about you"),
    Command("start", Commands.cmd_start,
            help="the setup questions again; type <code>skip</code> (or /cancel) to stop them"),
    Command("cancel", Commands.cmd_cancel, help="stop the setup questions"),
    Command("skip", Commands.cmd_skip, help="skip the rest of the setup questions"),
    Command("stop", Commands.cmd_stop, help="stop the setup questions, as /cancel does"),
    Command("help", Commands.cmd_help, "What I understand"),
    Command("connect", Commands.cmd_connect, "Connect Strava: runs arrive by themselves",
            "link Strava: every run you record arrives by itself", strava=True),
    Command("disconnect", Commands.cmd_disconnect, "Disconnect Strava", "unlink Strava",
            strava=True),
)
BY_NAME = {c.name: c for c in COMMANDS}


def listed(*, strava: bool) -> list[Command]:
    """The commands shown in the menu and /help: Strava's only where it is set up."""
    return [c for c in COMMANDS if strava or not c.strava]


class Invocation(NamedTuple):
    """A command as typed: its name (lower case), the @bot it names ('' if none), the rest."""

    name: str
    bot: str
    args: str


def read_command(text: str) -> Invocation | None:
    """'/Today@RunFuelBot x' -> ('today', 'RunFuelBot', 'x'); None when it is no command.

    The one place a command's text is taken apart: the coach, the set-up questions and the
    group filter of the Telegram adapter all read it here.
    """
    text = text.strip()
    if not text.startswith("/"):
        return None
    head, _, args = text[1:].partition(" ")
    name, _, bot = head.partition("@")
    return Invocation(name.lower(), bot, args.strip())
