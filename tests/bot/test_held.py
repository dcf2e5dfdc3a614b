"""A message that reads like chat with figures is held, not logged: the bot shows what it
read and asks, with "✅ Log it" (engine/parsing/gate.py; issue 15).

End to end through the real Application over HTTP on a SQLite file (tests/botapi/); the
stores' side on both databases is in tests/storage/test_stores.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.coach import Coach
from bot.coach.buttons import VERBS, parse
from bot.coach.ports import Incoming, Outgoing
from bot.formatting import to_plain
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


# ------------------------------------------------------------------ edits of held messages

EDITED = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)  # tests/conftest.py's NOW
EGGS = "maybe 2 eggs later"  # held too, a meal where PLAN holds a run


def said(text: str, message_id: int = 900) -> Incoming:
    """The runner's message 900, first sent at EDITED (an edit keeps that time)."""
    return Incoming(USER, USER, text, EDITED, message_id=message_id)


def log_it(replies: list[Outgoing]) -> str:
    [[button]] = replies[-1].buttons
    assert button.label == "✅ Log it"
    return button.data


async def press(coach: Coach, data: str, minutes: int, message_id: int) -> str:
    """A press of `data` on our reply `message_id`, `minutes` after the message."""
    replies = await coach.press(USER, USER, data, EDITED + timedelta(minutes=minutes),
                                message_id=message_id)
    return "\n".join(to_plain(r.text) for r in replies)


async def kinds(coach: Coach) -> list[str]:
    return sorted(s.event.kind for s in await coach.stores.events.all_for_user(USER))


async def kept_and_read(coach: Coach) -> tuple[tuple[float, float], tuple[float, float]]:
    """Today's (intake, exercise) from the runner the coach keeps, and read afresh."""
    now = EDITED + timedelta(minutes=30)
    kept = await coach.runner(USER, USER, now)
    fresh = await coach.runners.load(kept.record, now)
    day = local_day(now, kept.tz)
    one, two = await coach.balance(kept, day), await coach.balance(fresh, day)
    return (one.intake_kcal, one.exercise_kcal), (two.intake_kcal, two.exercise_kcal)


class TestAnEditedHeldMessage:
    """An edit supersedes everything the earlier version of its message stored, held or
    logged: the old "✅ Log it" answers as a button of a replaced entry does and logs nothing,
    and each "✅ Log it" logs exactly the version its reply showed."""

    async def test_edited_into_another_held_message(self, coach: Coach) -> None:
        first = log_it(await coach.log(said(PLAN)))
        second = log_it(await coach.edit(said(EGGS)))
        assert first != second
        stale = await press(coach, first, 1, message_id=1)
        assert "replaced by a newer version" in stale and await kinds(coach) == []
        logged = await press(coach, second, 2, message_id=2)
        assert logged.startswith("✅ Logged") and await kinds(coach) == ["meal"]
        kept, read = await kept_and_read(coach)
        assert kept == read and read[0] > 0 and read[1] == 0  # the eggs, not the run

    async def test_edited_into_a_plain_log(self, coach: Coach) -> None:
        first = log_it(await coach.log(said(PLAN)))
        reply = await coach.edit(said("2 eggs"))
        assert to_plain(reply[0].text).startswith("✅ Logged")  # nothing logged was changed
        assert "replaced by a newer version" in await press(coach, first, 1, message_id=1)
        assert await kinds(coach) == ["meal"]
        kept, read = await kept_and_read(coach)
        assert kept == read and read[1] == 0

    async def test_a_logged_message_edited_into_a_held_one(self, coach: Coach) -> None:
        """The run it logged goes; the plan it now says is held, and logged only if asked."""
        await coach.log(said("ran 10 km in 52 min this morning"))
        data = log_it(await coach.edit(said(EGGS)))
        assert await kinds(coach) == []
        assert (await kept_and_read(coach))[1] == (0, 0)
        assert (await press(coach, data, 1, message_id=1)).startswith("✅ Logged")
        assert await kinds(coach) == ["meal"]
        kept, read = await kept_and_read(coach)
        assert kept == read and read[1] == 0

    async def test_an_entry_an_edit_removed_stays_removed(self, coach: Coach) -> None:
        """Edited into chat (its run removed), then into a plan: "✅ Log it" logs the plan
        alone, never the run removed at the message's own time."""
        await coach.log(said("ran 10 km in 52 min this morning"))
        await coach.edit(said("thanks, see you later"))
        assert await kinds(coach) == []
        data = log_it(await coach.edit(said(EGGS)))
        assert (await press(coach, data, 1, message_id=1)).startswith("✅ Logged")
        assert await kinds(coach) == ["meal"]
        undone = await coach.handle_text(
            Incoming(USER, USER, "/undo", EDITED + timedelta(minutes=2), message_id=901))
        assert "Undid: 🍽 Meal" in to_plain(undone[0].text) and await kinds(coach) == []
