"""A message that reads like chat with figures is held, not logged: the bot shows what it
read and asks, with "✅ Log it" (engine/parsing/gate.py; issue 15).

End to end through the real Application over HTTP on a SQLite file (tests/botapi/); the
stores' side on both databases is in tests/storage/test_stores.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.coach.buttons import VERBS, parse
from bot.keyboards import log_held
from engine.days import local_day
from tests.bot.conftest import USER, Running, buttons
from tests.engine.test_gate import a_held_plan

PLAN, HELD = a_held_plan()  # "maybe 10k in 50 min later"


async def day_energy(bot: Running, data: str) -> tuple[float, float]:
    """The intake and exercise energy of the day of the held entry a "✅ Log it" names."""
    now = datetime.now(UTC)
    found = await bot.coach.stores.events.fate(USER, int(data.partition(":")[2]))
    assert found is not None
    runner = await bot.coach.runner(USER, USER, now)
    balance = await bot.coach.balance(runner, local_day(found[0].event.at, runner.tz))
    return balance.intake_kcal, balance.exercise_kcal


class TestHeld:
    async def test_a_plan_is_held_and_log_it_logs_it(self, bot: Running) -> None:
        """The plan's run is shown, not counted; "✅ Log it" logs it and the day changes; a
        second press logs nothing more."""
        held = await bot.say(PLAN)
        text = held["plain_text"]
        assert "haven't logged it" in text and "If it was yours, tap ✅ Log it" in text
        data = buttons(held)["✅ Log it"]
        assert await bot.events() == []
        assert await day_energy(bot, data) == (0, 0)
        bot.server.user_presses(held, data)
        bot.server.user_presses(held, data)  # a double tap, queued before the first answer
        logged, again = await bot.answer(), await bot.answer()
        assert logged["plain_text"].startswith("✅ Logged")
        assert VERBS["logit"].done in again["plain_text"]
        assert await bot.events() == [e.kind for e in HELD.held]
        assert await day_energy(bot, data) != (0, 0)  # the day counts it now

    async def test_a_run_in_plain_words_is_logged_at_once(self, bot: Running) -> None:
        reply = await bot.say("ran 10 km in 52 min this morning")
        assert reply["plain_text"].startswith("✅ Logged")
        assert "✅ Log it" not in buttons(reply)
        assert await bot.events() == ["run"]

    async def test_undo_after_a_held_message_does_not_bring_it_in(self, bot: Running) -> None:
        """/undo takes back the newest logged entry; a held message was never one."""
        await bot.say("2 eggs")
        await bot.say(PLAN)
        undone = await bot.say("/undo")
        assert "Undid: 🍽 Meal: egg" in undone["plain_text"]
        assert await bot.events() == []
        nothing = await bot.say("/undo")
        assert "nothing to undo" in nothing["plain_text"].lower()
        assert await bot.coach.stores.events.all_for_user(USER) == []


def test_log_it_button_data_round_trips() -> None:
    [[button]] = log_held(123_456_789_012)
    assert parse(button.data) == ("logit", "123456789012")
    assert parse("logit:12x") is None and parse("logit:") is None
