"""Each fact is declared once: the command table and the button verbs, and what is made of them.

A command added in one place only (a handler without a row, a row without a /help line, a
README that names another set) or a button verb without its handler fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.coach import Coach
from bot.coach.buttons import VERBS, Buttons
from bot.coach.commands import COMMANDS, Commands, Invocation, read_command
from bot.telegram.handlers import bot_commands
from tests.bot.test_service import NOW, reply_text, say

README = Path(__file__).resolve().parents[2] / "README.md"


class TestCommandTable:
    def test_every_command_method_has_a_row_and_every_row_its_method(self) -> None:
        """A `cmd_*` method that no row names (or a row naming no method) is a drift."""
        methods = {name.removeprefix("cmd_") for name in vars(Commands)
                   if name.startswith("cmd_")}
        assert methods == {c.name for c in COMMANDS}
        for command in COMMANDS:
            assert command.handler is getattr(Commands, f"cmd_{command.name}"), command.name

    def test_names_and_menu_lines_are_what_telegram_accepts(self) -> None:
        """Unique names of 1-32 lower-case letters, digits or _; menu lines of 1-256 chars."""
        names = [c.name for c in COMMANDS]
        assert len(names) == len(set(names))
        for command in COMMANDS:
            assert re.fullmatch(r"[a-z0-9_]{1,32}", command.name), command.name
            assert command.menu is None or 1 <= len(command.menu) <= 256, command.name

    @pytest.mark.parametrize("strava", [False, True])
    def test_the_telegram_menu_is_made_from_the_table(self, strava: bool) -> None:
        """set_my_commands gets the rows with a menu line, in the table's order (Strava's
        only where the operator set it up)."""
        assert [(b.command, b.description) for b in bot_commands(strava=strava)] == [
            (c.name, c.menu) for c in COMMANDS
            if c.menu is not None and (strava or not c.strava)]

    async def test_help_lists_every_command_but_itself(self, coach: Coach) -> None:
        """/help has a line for each command in the table (it need not list /help; Strava's
        commands only where it is set up, and this coach has no Strava)."""
        assert all(c.help for c in COMMANDS if c.name != "help")
        text = await reply_text(coach, "/help")
        shown = re.findall(r"^/([a-z0-9_]+) – ", text, flags=re.MULTILINE)
        assert shown == [c.name for c in COMMANDS if c.name != "help" and not c.strava]

    def test_the_readme_names_exactly_the_commands_of_the_table(self) -> None:
        """README's "### Commands" section names every command, and no other."""
        text = README.read_text("utf-8")
        section = text.split("### Commands", 1)[1].split("\n## ", 1)[0]
        assert set(re.findall(r"`/([a-z0-9_]+)", section)) == {c.name for c in COMMANDS}

    async def test_an_unknown_command_is_refused_by_name(self, coach: Coach) -> None:
        """A command that is not in the table is named back, with /help."""
        text = await reply_text(coach, "/sandwich")
        assert "I don't know /sandwich" in text and "/help" in text


class TestReadCommand:
    @pytest.mark.parametrize(("text", "expected"), [
        ("/today", Invocation("today", "", "")),
        ("  /Today@RunFuelBot   2 eggs ", Invocation("today", "RunFuelBot", "2 eggs")),
        ("/weight 71.8", Invocation("weight", "", "71.8")),
        ("/timezone New York", Invocation("timezone", "", "New York")),
        ("ran 5k", None),
        ("a /today in the middle", None),
    ])
    def test_a_command_is_taken_apart_once(self, text: str,
                                           expected: Invocation | None) -> None:
        """Name (lower case), the @bot it names and the rest; None for a text that is no
        command."""
        assert read_command(text) == expected

    async def test_a_command_addressed_to_the_bot_answers_as_the_plain_one(
            self, coach: Coach) -> None:
        """'/today@RunFuelBot' (tapped in a menu) is /today."""
        await reply_text(coach, "2 eggs")
        plain = await reply_text(coach, "/today")
        assert await reply_text(coach, "/today@RunFuelBot") == plain


class TestButtonVerbs:
    def test_every_press_method_has_a_verb_and_every_verb_its_method(self) -> None:
        """A `press_*` handler that no verb names (or a verb naming no handler) is a drift."""
        methods = {name.removeprefix("press_") for name in vars(Buttons)
                   if name.startswith("press_")}
        assert methods == set(VERBS)
        for verb in VERBS.values():
            assert verb.handler is getattr(Buttons, f"press_{verb.name}"), verb.name

    async def test_a_second_press_says_that_verbs_own_line(self, coach: Coach) -> None:
        """A used Undo pressed again on the same message says so, in Undo's words."""
        replies = await coach.handle_text(say("2 eggs", message_id=500))
        [[undo, *_]] = replies[0].buttons
        first = await coach.press(42, 42, undo.data, NOW, message_id=501)
        again = await coach.press(42, 42, undo.data, NOW, message_id=501)
        assert first[0].text.startswith("↩️ Undid") and not first[0].again
        assert again[0].again and VERBS["undo"].done in again[0].text
