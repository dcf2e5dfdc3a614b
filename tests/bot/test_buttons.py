"""A button acts once: double taps, used keyboards, Skip, Undo that names what it undid.

End to end through the real Application over HTTP (tests/botapi/), where a double tap is
two callback queries queued before the bot answered the first.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.charts import energy_lines
from bot.coach import Coach, Incoming
from bot.formatting import to_plain
from tests.bot.conftest import USER, Running, buttons

DATA = Path(__file__).resolve().parent.parent / "data"


async def double_tap(bot: Running, message: dict[str, Any], label: str) -> list[str]:
    """Press one button twice in a row; the bot's two answers (edits left out)."""
    data = buttons(message)[label]
    bot.server.user_presses(message, data)
    bot.server.user_presses(message, data)
    first = await bot.answer()
    second = await bot.answer()
    return [first["plain_text"], second["plain_text"]]


def keyboard_now(bot: Running, message: dict[str, Any]) -> dict[str, str]:
    """The buttons a message shows now, after the bot's edits."""
    *_, current = (m for m in bot.server.sent if (m["chat_id"], m["message_id"]) == (
        message["chat_id"], message["message_id"]))
    return buttons(current)


async def recovery_reminder(bot: Running) -> dict[str, Any]:
    await bot.say("/reminders recovery=0")
    await bot.say("ran 12 km in 65 min")
    [reminder] = await bot.server.wait_for_sent(1, timeout=20)
    assert "Recovery" in reminder["plain_text"]
    return reminder


class TestRecoveryButtons:
    async def test_had_it_pressed_twice_logs_one_drink(self, bot: Running) -> None:
        """Two taps on '✅ Had it': one recovery entry, the second tap says it was done."""
        reminder = await recovery_reminder(bot)
        first, second = await double_tap(bot, reminder, "✅ Had it")
        assert "Logged" in first
        assert "Already logged" in second and "Nothing changed" in second
        assert await bot.events() == ["run", "meal"]
        assert keyboard_now(bot, reminder) == {}

    async def test_skip_cancels_the_follow_up(self, bot: Running) -> None:
        """Skip on a sent reminder: its follow-up never comes, and Had it is gone with it."""
        reminder = await recovery_reminder(bot)
        [run] = await bot.coach.stores.events.all_for_user(USER)
        key = f"recovery:{run.id}"
        follow_up = await bot.coach.stores.schedule.get(USER, f"{key}:follow-up")
        assert follow_up is not None and follow_up.state == "pending"
        skipped = await bot.press(reminder, buttons(reminder)["Skip"])
        assert "skipped" in skipped["plain_text"]
        follow_up = await bot.coach.stores.schedule.get(USER, f"{key}:follow-up")
        assert follow_up is not None and follow_up.state == "cancelled"
        assert keyboard_now(bot, reminder) == {}
        assert await bot.events() == ["run"]


class TestUndoButtons:
    async def test_undo_pressed_twice_undoes_once_and_names_it(self, bot: Running) -> None:
        """The first tap names the run it undid; the second changes nothing."""
        await bot.say("2 eggs")
        run = await bot.say("ran 10 km in 52 min")
        first, second = await double_tap(bot, run, "↩️ Undo")
        assert "Undid: 🏃 Run 10 km in 52:00" in first
        assert "already done" in second and "Nothing changed" in second
        assert await bot.events() == ["meal"]
        assert keyboard_now(bot, run) == {}

    async def test_undo_of_a_replaced_entry_says_so(self, bot: Running) -> None:
        """After Fix halved a meal, the old reply's Undo says the entry was replaced."""
        reply = await bot.say("4 eggs")
        choices = await bot.press(reply, buttons(reply)["✏️ Fix"])
        assert set(keyboard_now(bot, reply)) == {"↩️ Undo"}  # Fix was used, Undo stays
        await bot.press(choices, buttons(choices)["½×"])
        answer = await bot.press(reply, buttons(reply)["↩️ Undo"])
        assert "already replaced" in answer["plain_text"]
        assert "nothing to undo" not in answer["plain_text"].lower()
        [meal] = await bot.coach.stores.events.all_for_user(USER)
        assert meal.event.items[0].quantity == 2  # type: ignore[union-attr]

    async def test_a_fix_choice_pressed_twice_scales_once(self, bot: Running) -> None:
        """Two taps on '½×': 4 eggs become 2 eggs, not 1."""
        reply = await bot.say("4 eggs")
        choices = await bot.press(reply, buttons(reply)["✏️ Fix"])
        first, second = await double_tap(bot, choices, "½×")
        assert "Updated" in first and "Nothing changed" in second
        [meal] = await bot.coach.stores.events.all_for_user(USER)
        assert meal.event.items[0].quantity == 2  # type: ignore[union-attr]

    async def test_undo_command_names_the_entry(self, bot: Running) -> None:
        """/undo says which entry it removed."""
        await bot.say("weight 72.5 kg")
        answer = await bot.say("/undo")
        assert "Undid: ⚖️ Weight 72.5 kg" in answer["plain_text"]


class TestDeleteMe:
    async def test_cancel_deletes_nothing(self, bot: Running) -> None:
        """/deleteme has a Cancel button: pressing it keeps everything and ends the question."""
        await bot.say("2 eggs")
        confirm = await bot.say("/deleteme")
        assert set(buttons(confirm)) == {"Yes, delete everything", "Cancel"}
        answer = await bot.press(confirm, buttons(confirm)["Cancel"])
        assert "nothing was deleted" in answer["plain_text"]
        assert await bot.events() == ["meal"]
        assert keyboard_now(bot, confirm) == {}


class TestSnackButton:
    async def test_log_it_pressed_twice_logs_one_snack(self, coach: Coach) -> None:
        """'✅ Log it' on one proposal, twice: one snack; another proposal still works."""
        now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
        await coach.handle_text(Incoming(USER, USER, "2 eggs", now))
        [proposal] = await coach.press(USER, USER, "snack:N4", now, message_id=10)
        [log_it] = [b for row in proposal.buttons for b in row]
        [first] = await coach.press(USER, USER, log_it.data, now, message_id=11)
        [second] = await coach.press(USER, USER, log_it.data, now + timedelta(seconds=1),
                                     message_id=11)
        assert "Logged" in to_plain(first.text)
        assert "Already logged" in to_plain(second.text) and second.again
        await coach.press(USER, USER, log_it.data, now, message_id=12)
        kinds = [s.event.kind for s in await coach.stores.events.all_for_user(USER)]
        assert kinds == ["meal", "meal", "meal"]


class TestMinorFixes:
    async def test_a_ride_file_shows_a_bike_and_its_date(self, bot: Running) -> None:
        """An old cycling file: a cycling icon, and the day it counts on (not today)."""
        data = (DATA / "activities" / "ride_garmin-edge200_2015-10-13.fit").read_bytes()
        bot.server.user_sends_document(data, "ride.fit")
        reply = await bot.answer()
        assert "🚴 Cycle" in reply["plain_text"] and "🚶" not in reply["plain_text"]
        assert "📅 Tue 13 Oct" in reply["plain_text"]
        assert "counted on that day" in reply["plain_text"]

    async def test_a_backfilled_meal_shows_its_day(self, bot: Running) -> None:
        """'yesterday: 2 eggs' says which day it was counted on."""
        reply = await bot.say("yesterday: 2 eggs")
        assert "counted on that day" in reply["plain_text"]
        today = await bot.say("2 eggs")
        assert "counted on that day" not in today["plain_text"]

    async def test_the_week_chart_has_no_burned_bars_before_joining(self, coach: Coach) -> None:
        """A runner who joined today: no 'burned' bar or target on the six days before."""
        now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
        await coach.handle_text(Incoming(USER, USER, "2 eggs", now))
        days = await coach.last_days(USER, USER, now, 7)
        burned, target = energy_lines(days, joined=days[-1].date)
        assert burned[:6] == [0.0] * 6 and burned[6] > 1000
        assert all(math.isnan(t) for t in target[:6]) and target[6] > 1000
        before, _ = energy_lines(days, joined=None)
        assert all(b > 1000 for b in before)
