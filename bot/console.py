"""The console chat: the same coach as the Telegram bot, in a terminal.

`run_script` replays dated messages on a simulated clock (cli-contract.md, `runfuel chat
--script`): before each message the clock moves through every scheduled message that became
due, in time order, so reminders and summaries show up exactly where the bot would send them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.coach import Coach, Incoming, Outgoing
from bot.coach.buttons import after_press
from bot.formatting import to_plain
from bot.keyboards import ONBOARDING_PREFIX, Button
from bot.onboarding import Setup
from engine.days import day_window

_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})\s+(.*)$")


_NOT_WORD = re.compile(r"[^\w ]+")


def _label(text: str) -> str:
    """A button label as a person would type it: no emoji, any case."""
    return _NOT_WORD.sub("", text).strip().lower()


class ScriptError(ValueError):
    """A script line that is not `YYYY-MM-DDTHH:MM message`."""


@dataclass(frozen=True, slots=True)
class ScriptLine:
    local: datetime  # naive: the user's wall-clock time
    text: str


def read_script(lines: Iterable[str]) -> list[ScriptLine]:
    """Parse script lines; blank lines and `#` comments are skipped."""
    out = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            raise ScriptError(f"line {number}: expected 'YYYY-MM-DDTHH:MM message', got {line!r}")
        out.append(ScriptLine(datetime.fromisoformat(m.group(1)), m.group(2)))
    return out


class SimulatedClock:
    """A clock the script moves forward; the coach reads it like the real one."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@dataclass(slots=True)
class Conversation:
    """Runs a chat for one user and keeps the transcript in the contract's shape.

    Texts and setup buttons go through the same `Setup` as the Telegram bot, so `/start`
    asks the setup questions here too and a typed run mid-setup is still logged.
    """

    coach: Coach
    user_id: int
    transcript: list[dict[str, Any]]
    _message_id: int = 0
    _buttons: tuple[tuple[str, str], ...] = ()

    async def tz(self) -> ZoneInfo:
        record = await self.coach.stores.users.get(self.user_id)
        return ZoneInfo(record.profile.tz if record else "UTC")

    async def say(self, text: str, at: datetime) -> list[Outgoing]:
        """The user sends `text` at `at` (UTC); button labels press the button."""
        self._message_id += 1
        await self._record(at, "user", "message", text, ())
        pressed = next((data for label, data in self._buttons
                        if _label(label) == _label(text)), None)
        setup = Setup(self.coach)
        if pressed is not None and pressed.startswith(ONBOARDING_PREFIX + ":"):
            replies = await setup.press(self.user_id, self.user_id, pressed, at)
            self._buttons = ()  # the question is answered: its buttons go, as in Telegram
        elif pressed is not None:
            replies = await self.coach.press(self.user_id, self.user_id, pressed, at)
            # As the bot edits them off in Telegram: a used button cannot be pressed again.
            rows = (tuple(Button(label, data) for label, data in self._buttons),)
            self._buttons = tuple((b.label, b.data) for row in after_press(rows, pressed)
                                  for b in row)
        else:
            msg = Incoming(self.user_id, self.user_id, text, at, message_id=self._message_id)
            replies = await setup.handle_text(msg)
        for reply in replies:
            await self._bot(reply, at)
        return replies

    async def deliver_until(self, clock: SimulatedClock, until: datetime) -> None:
        """Move the clock to `until`, sending what falls due on the way, in time order."""
        while (due_at := await self.coach.stores.outbox.next_due()) is not None:
            if due_at > until:
                break
            clock.now = max(clock.now, due_at)
            for due in await self.coach.due(clock.now):
                if not await self.coach.start_sending(due, clock.now):
                    continue
                await self._bot(due.message, clock.now)
                await self.coach.sent(due, clock.now)
        clock.now = max(clock.now, until)

    async def _bot(self, message: Outgoing, at: datetime) -> None:
        labels = tuple((b.label, b.data) for row in message.buttons for b in row)
        if labels:
            self._buttons = labels
        await self._record(at, "bot", message.kind, to_plain(message.text),
                           tuple(label for label, _ in labels))

    async def _record(self, at: datetime, who: str, kind: str, text: str,
                      buttons: tuple[str, ...]) -> None:
        local = at.astimezone(await self.tz())
        self.transcript.append({"at": local.isoformat(timespec="minutes"), "from": who,
                                "kind": kind, "text": text, "buttons": list(buttons)})


async def run_script(coach: Coach, clock: SimulatedClock, user_id: int,
                     lines: list[ScriptLine]) -> list[dict[str, Any]]:
    """Replay a script on the simulated clock and return the whole conversation."""
    chat = Conversation(coach, user_id, [])
    if not lines:
        return chat.transcript
    tz = await chat.tz()
    clock.now = lines[0].local.replace(tzinfo=tz).astimezone(UTC)
    record = await coach.stores.users.touch(user_id, chat_id=user_id, now=clock.now)
    await coach.plan_summary(record, clock.now)
    for line in lines:
        at = line.local.replace(tzinfo=await chat.tz()).astimezone(UTC)
        await chat.deliver_until(clock, at)
        await chat.say(line.text, clock.now)
    tz = await chat.tz()
    _, end_of_day = day_window(clock.now.astimezone(tz).date(), tz)
    await chat.deliver_until(clock, end_of_day - timedelta(microseconds=1))
    return chat.transcript


def render(entries: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Transcript -> readable lines for the terminal."""
    for e in entries:
        who = "you" if e["from"] == "user" else f"bot ({e['kind']})"
        yield f"[{e['at']}] {who}: {e['text']}"
        if e["buttons"]:
            yield "    [" + "] [".join(e["buttons"]) + "]"


async def interactive(coach: Coach, user_id: int, stdin: TextIO = sys.stdin,
                      stdout: TextIO = sys.stdout) -> None:
    """A prompt on the real clock; scheduled messages show up before the next prompt."""
    chat = Conversation(coach, user_id, [])
    clock = SimulatedClock(coach.clock())
    stdout.write("runfuel console chat — type a run or a meal, /help for more, Ctrl-D to quit.\n")
    while True:
        stdout.write("> ")
        stdout.flush()
        line = stdin.readline()
        if not line:
            break
        if not line.strip():
            continue
        clock.now = coach.clock()
        before = len(chat.transcript)
        await chat.deliver_until(clock, clock.now)
        await chat.say(line.strip(), clock.now)
        entries = [e for e in chat.transcript[before:] if e["from"] == "bot"]
        for text in render(entries):
            stdout.write(text + "\n")
    stdout.write("\n")
