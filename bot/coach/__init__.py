"""The coach core: one runner's message at a given time -> stored events, reply, schedule.

Free of Telegram: the Telegram bot (`bot/telegram/handlers.py`) and the console chat
(`bot/console.py`) are two thin adapters over `Coach`. The stores it needs are Protocols
(`ports.py`) that `storage` satisfies structurally (STYLE.md §2); time comes from an injected
clock or the message. Replies are HTML (the subset Telegram accepts); the console turns them
into plain text.

    ports.py     Incoming, Outgoing, Attachment, Press, Due; the store Protocols and `Stores`
    runners.py   Runner (what is kept about one runner), Runners (the cache), day balances
    messages.py  a text to log, an edit, events without text, questions
    commands.py  the slash commands and COMMANDS, the one table of them (menu, /help)
    buttons.py   the button verbs and VERBS, the one table of them; `parse`, the one gate
    schedule.py  summaries and recovery reminders: stored, claimed, rendered, sent
    nudges.py    the one unsolicited nudge a day (its rules: engine/schedule.py)
    imports.py   watch files: decoded, matched against what was logged, logged once
    core.py      Coach: wires them together and routes a text
"""

from bot.coach.core import MAX_TEXT_CHARS, Coach
from bot.coach.ports import (
    Attachment,
    Clock,
    Due,
    EventStore,
    FoodStore,
    Incoming,
    Kind,
    Outgoing,
    Press,
    PressStore,
    ScheduleStore,
    SetupStore,
    Stores,
    StravaPort,
    UserStore,
)
from bot.coach.runners import Runner

__all__ = [
    "MAX_TEXT_CHARS",
    "Attachment",
    "Clock",
    "Coach",
    "Due",
    "EventStore",
    "FoodStore",
    "Incoming",
    "Kind",
    "Outgoing",
    "Press",
    "PressStore",
    "Runner",
    "ScheduleStore",
    "SetupStore",
    "Stores",
    "StravaPort",
    "UserStore",
]
