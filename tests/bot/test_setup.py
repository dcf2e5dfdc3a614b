"""The setup core (bot/onboarding.Setup) on an injected clock, over a real SQLite file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.coach import Coach, Incoming, Outgoing
from bot.console import SimulatedClock
from bot.formatting import NOTHING_OPEN, SETUP_LEFT, to_plain
from bot.onboarding import SETUP_CLOSED, Setup, question
from engine.profile import GOALS, Profile
from engine.profile_text import read_answer
from engine.setup import SETUP_TIMEOUT
from tests.conftest import NOW

USER = 42


def text(replies: list[Outgoing]) -> str:
    return "\n".join(to_plain(r.text) for r in replies)


class TestSetup:
    async def test_answers_and_asides_interleave(self, coach: Coach) -> None:
        """At the age step a meal is logged and the question comes back once; then '34'."""
        setup = Setup(coach)
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=1))
        await setup.press(USER, USER, "ob:units:metric", NOW)
        await setup.press(USER, USER, "ob:sex:skip", NOW)
        first = await setup.handle_text(Incoming(USER, USER, "2 eggs", NOW, message_id=2))
        assert "Logged" in first[0].text and "How old" in first[-1].text
        second = await setup.handle_text(Incoming(USER, USER, "a banana", NOW, message_id=3))
        assert len(second) == 1 and "How old" not in text(second)
        height = await setup.handle_text(Incoming(USER, USER, "I'm 34", NOW, message_id=4))
        assert "height" in text(height)
        record = await coach.stores.users.get(USER)
        assert record is not None and record.profile.age == 34
        assert len(await coach.stores.events.all_for_user(USER)) == 2

    @pytest.mark.parametrize("word", ["skip", "stop", "cancel", "later", "Stop asking",
                                      "/cancel", "/skip", "/stop", "/Stop@RunFuelBot"])
    async def test_leaving_words_end_it(self, coach: Coach, word: str) -> None:
        """A way out in words or as a command ends the questions."""
        setup = Setup(coach)
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=1))
        replies = await setup.handle_text(Incoming(USER, USER, word, NOW, message_id=2))
        assert text(replies) == to_plain(SETUP_LEFT)
        assert await coach.stores.setups.get(USER) is None

    @pytest.mark.parametrize("command", ["/cancel", "/skip", "/stop"])
    async def test_a_leaving_command_without_questions_says_nothing_is_open(
            self, coach: Coach, clock: SimulatedClock, command: str) -> None:
        """Never asked, or asked 31 minutes ago: nothing to stop (not an unknown command),
        and an imperial runner's way out names miles."""
        first = await coach.handle_text(Incoming(USER, USER, command, NOW, message_id=1))
        assert text(first) == to_plain(NOTHING_OPEN)
        setup = Setup(coach)
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=2))
        await setup.press(USER, USER, "ob:units:imperial", NOW)
        left = await coach.handle_text(Incoming(USER, USER, command, NOW, message_id=3))
        assert "ran 3 miles in 27 min" in text(left)
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=4))
        clock.now = NOW + SETUP_TIMEOUT + timedelta(minutes=1)
        late = await setup.handle_text(Incoming(USER, USER, command, clock(), message_id=5))
        assert text(late) == to_plain(NOTHING_OPEN)
        assert await coach.stores.setups.get(USER) is None

    async def test_a_button_after_the_timeout_saves_but_does_not_go_on(
            self, coach: Coach, clock: SimulatedClock) -> None:
        """31 minutes later the units button still sets units; no next question, Skip closed."""
        setup = Setup(coach)
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=1))
        clock.now = NOW + SETUP_TIMEOUT + timedelta(minutes=1)
        saved = await setup.press(USER, USER, "ob:units:imperial", clock())
        assert "Saved" in text(saved) and "resting-energy" not in text(saved)
        record = await coach.stores.users.get(USER)
        assert record is not None and record.profile.units == "imperial"
        skipped = await setup.press(USER, USER, "ob:sex:skip", clock())
        assert text(skipped) == to_plain(SETUP_CLOSED)
        assert await coach.stores.setups.get(USER) is None

    async def test_silence_just_short_of_the_timeout_keeps_it(self, coach: Coach) -> None:
        setup = Setup(coach)
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=1))
        later = NOW + SETUP_TIMEOUT - timedelta(minutes=1)
        replies = await setup.handle_text(Incoming(USER, USER, "miles", later, message_id=2))
        assert "Sex" in text(replies)

    async def test_an_edit_during_setup_is_logged(self, coach: Coach) -> None:
        """Editing an earlier meal re-reads it, then the open question comes back once."""
        setup = Setup(coach)
        await setup.handle_text(Incoming(USER, USER, "3 eggs", NOW, message_id=1))
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=2))
        edited = await setup.handle_edit(Incoming(USER, USER, "2 eggs", NOW, message_id=1,
                                                  edited_at=NOW + timedelta(minutes=1)))
        assert "Updated" in edited[0].text and "Which units" in edited[-1].text
        [meal] = await coach.stores.events.all_for_user(USER)
        assert meal.event.items[0].quantity == 2  # type: ignore[union-attr]

    async def test_an_edit_of_an_old_message_keeps_the_setup_fresh(self, coach: Coach) -> None:
        """An edit counts as the runner speaking now, even of a message sent hours ago."""
        setup = Setup(coach)
        old = NOW - timedelta(hours=2)
        await setup.handle_text(Incoming(USER, USER, "3 eggs", old, message_id=1))
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=2))
        await setup.handle_edit(Incoming(USER, USER, "2 eggs", old, message_id=1,
                                         edited_at=NOW + timedelta(minutes=20)))
        later = NOW + timedelta(minutes=40)
        replies = await setup.handle_text(Incoming(USER, USER, "miles", later, message_id=3))
        assert "Sex" in text(replies)

    async def test_an_answer_delivered_twice_answers_once(self, coach: Coach) -> None:
        """Telegram redelivers '180' after a crash: it is not read again as the weight."""
        setup = Setup(coach)
        await setup.start(Incoming(USER, USER, "/start", NOW, message_id=1))
        for step in ("units", "sex", "age"):
            await setup.press(USER, USER, f"ob:{step}:skip", NOW)
        answer = Incoming(USER, USER, "180", NOW, message_id=2, update_id=700)
        assert "weight" in text(await setup.handle_text(answer))
        assert await setup.handle_text(answer) == []
        record = await coach.stores.users.get(USER)
        assert record is not None and record.profile.height_cm == 180
        assert record.profile.weight_kg is None
        state = await coach.stores.setups.get(USER)
        assert state is not None and state.step == "weight"


@pytest.mark.parametrize("units", ["metric", "imperial"])
def test_every_goal_button_label_typed_is_its_goal(units: str) -> None:
    """A runner who types a goal button's label ('lose 0.45 kg ℹ️') gets that goal."""
    profile = Profile(age=34, units=units)  # type: ignore[arg-type]
    goal = question("goal", profile, 80.0)
    pairs = [(b.label, b.data.rsplit(":", 1)[1]) for row in goal.buttons for b in row
             if not b.data.endswith(":skip")]
    assert len(pairs) == len(GOALS)
    for label, key in pairs:
        assert read_answer("goal", label, units=units) == key, label
