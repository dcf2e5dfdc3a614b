"""Questions through the coach core (real SQLite) and through the real Application over HTTP."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.coach import Coach
from bot.console import SimulatedClock
from bot.formatting import to_plain
from engine.intents import INTENTS
from engine.replies import NUDGE_REASONS
from tests.bot.conftest import Running, buttons
from tests.bot.test_schedule import TestNudges, deliver
from tests.bot.test_service import NOW, USER, live_events, reply_text, say
from tests.engine.test_answers import held_out


async def answered(coach: Coach, text: str) -> tuple[str, list[str]]:
    [reply] = await coach.handle_text(say(text))
    return to_plain(reply.text), [b.label for row in reply.buttons for b in row]


class TestQuestionsInTheCore:
    @pytest.mark.parametrize("question", [
        "how am I doing?", "what's left today?", "protein so far?", "how much have I eaten",
        "did I hit my protein",
    ])
    async def test_standing_questions_get_the_numbers_of_today(self, coach: Coach,
                                                               question: str) -> None:
        """'How am I doing?' and friends answer with /today's standing, not 'Send /today'."""
        await reply_text(coach, "2 eggs and a banana", NOW - timedelta(hours=2))
        today = await reply_text(coach, "/today")
        text, labels = await answered(coach, question)
        assert "Send /today" not in text
        standing = today.split("\n")[:3]  # eaten/burned/target, left to eat, protein
        assert all(line in text for line in standing), (standing, text)
        assert "General information" in text and "Basis:" in text
        assert len(labels) == 1
        assert await live_events(coach) == ["meal"]

    @pytest.mark.parametrize("question", [
        "have i reached my protein goal yet", "calories so far today", "best post run meal",
        "i'm vegan, how do i get enough protein", "do hills burn more calories",
        "I run twice a day, how do I refuel between runs", "race week eating",
    ])
    async def test_a_question_is_never_logged(self, coach: Coach, question: str) -> None:
        """Questions the parser would read as a meal of unknown words, or as a run without
        numbers, are answered and store nothing."""
        text, _ = await answered(coach, question)
        assert "Basis:" in text
        assert await live_events(coach) == []

    @pytest.mark.parametrize("message", ["ate 2 zorblax bars", "had a flurbo", "i ate 3 glims"])
    async def test_eating_an_unknown_food_is_a_meal_to_ask_about(self, coach: Coach,
                                                                  message: str) -> None:
        """A report of eating something unknown is logged and asked about, not taken for a
        question about the day ('ate ...' once got the day's standing and nothing logged)."""
        text = await reply_text(coach, message)
        assert "I don't know this food" in text and "Basis:" not in text
        assert await live_events(coach) == ["meal"]

    async def test_every_designed_and_held_out_question_is_answered_not_logged(
            self, coach: Coach) -> None:
        """All the table's examples and held-out questions, through the whole core: each is
        answered with a basis and stores nothing (the parser reads some of them as meals)."""
        questions = [text for want, text in held_out() if want != "-"]
        questions += [example for intent in INTENTS for example in intent.examples]
        for user, question in enumerate(questions, start=1000):
            [reply] = await coach.handle_text(say(question, user=user))
            assert "Basis:" in to_plain(reply.text), question
            assert await live_events(coach, user) == [], question

    @pytest.mark.parametrize(("message", "kind", "answer_starts"), [
        ("had a protein shake, did I hit my protein?", "meal", "Protein so far: "),
        ("ran 10k in 50 min, how am I doing?", "run", "Here is where today stands."),
    ])
    async def test_a_log_with_a_question_is_logged_then_answered(
            self, coach: Coach, message: str, kind: str, answer_starts: str) -> None:
        """'had a shake, did I hit my protein?': the shake is logged (the parser skipped the
        whole sentence as a question), then the question is answered with it counted."""
        logged, answered = await coach.handle_text(say(message))
        assert to_plain(logged.text).startswith("✅ Logged")
        assert to_plain(answered.text).startswith(answer_starts)
        assert "Protein so far: 0 of" not in to_plain(answered.text)  # the shake counted
        assert await live_events(coach) == [kind]

    async def test_chat_before_a_question_is_not_a_log(self, coach: Coach) -> None:
        """'hey coach, how am I doing?' is one question: nothing logged, one answer."""
        [reply] = await coach.handle_text(say("hey coach, how am I doing?"))
        assert to_plain(reply.text).startswith("Here is where today stands.")
        assert await live_events(coach) == []

    @pytest.mark.parametrize("log", [
        "had a gel during my long run", "coffee before a run", "ran 10k in 52 min",
        "protein shake after my run", "2 eggs and toast", "weight 71.8",
    ])
    async def test_a_log_is_never_taken_for_a_question(self, coach: Coach, log: str) -> None:
        """Messages that log something are logged, even when their words sound like a topic."""
        text = await reply_text(coach, log)
        assert "Logged" in text and "Basis:" not in text
        assert await live_events(coach)

    async def test_why_is_my_target_explains_this_runners_arithmetic(self, coach: Coach) -> None:
        """'Why is my target X?' walks from resting energy to the /today target in numbers."""
        await reply_text(coach, "/profile sex=female age=29 height=168cm weight=61kg "
                         "goal=lose-0.5")
        await reply_text(coach, "ran 10k in 55 min", NOW - timedelta(hours=3))
        today = await reply_text(coach, "/today")
        target = re.search(r"target ([\d,]+) kcal", today)
        assert target is not None
        text, labels = await answered(coach, f"why is my target {target[1]}?")
        assert text.split("\n")[0].startswith("Resting energy (Mifflin-St Jeor")
        assert f"{target[1]} kcal." in text
        assert "0.23 kg a week" in text  # a metric runner's rate, in kg only
        assert labels == ["📊 Today"]

    async def test_the_button_under_an_answer_shows_what_it_names(self, coach: Coach) -> None:
        """'📊 Today' under an answer shows /today; '🧮 Why this target?' the arithmetic."""
        [reply] = await coach.handle_text(say("should I eat back my exercise calories?"))
        [[button]] = reply.buttons
        assert button.label == "Why this target?"
        [shown] = await coach.press(USER, USER, button.data, NOW)
        assert to_plain(shown.text).startswith("Why this target?\n• Resting energy")
        [shown] = await coach.press(USER, USER, "show:today", NOW)
        assert to_plain(shown.text) == await reply_text(coach, "/today")

    async def test_imperial_runners_are_answered_in_pounds(self, coach: Coach) -> None:
        """An imperial runner's protein answer is per lb, never per kg."""
        await reply_text(coach, "/profile units=imperial weight=165lb")
        text, _ = await answered(coach, "how much protein do I need?")
        assert "per lb" in text and "per kg" not in text


class TestWhyOnANudge:
    async def test_why_explains_in_plain_words_without_rule_codes(
            self, coach: Coach, clock: SimulatedClock) -> None:
        """'Why?' under a nudge says in words what its rule watches; no 'N6' anywhere."""
        await TestNudges()._low_protein_days(coach, clock)
        start = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
        clock.now = start
        await reply_text(coach, "toast", start)
        [nudge] = [d for d in await deliver(coach, clock, start + timedelta(hours=1))
                   if d.message.kind == "nudge"]
        why = next(b for row in nudge.message.buttons for b in row if b.label == "Why?")
        [reply] = await coach.press(USER, USER, why.data, clock.now)
        text = to_plain(reply.text)
        code = nudge.row.payload.code
        assert code in NUDGE_REASONS
        assert text.startswith(f"Why I said this\n{NUDGE_REASONS[code]}")
        assert "The numbers behind it" in text
        assert not re.search(r"\bN\d\b", text + to_plain(nudge.message.text)), text


class TestQuestionsOverHttp:
    async def test_how_am_i_doing_through_the_real_bot(self, bot: Running) -> None:
        """Over the real Bot API: a question gets the standing and one button that works."""
        await bot.say("2 eggs and toast")
        reply = await bot.say("how am I doing?")
        assert "Left to eat today" in reply["text"] and "General information" in reply["text"]
        [(label, data)] = buttons(reply).items()
        assert label == "📈 Week"
        shown = await bot.press(reply, data)
        assert shown["method"] == "sendPhoto" and "So far today" in shown["caption"]
        assert await bot.events() == ["meal"]

    async def test_a_question_during_set_up_is_answered_then_the_step_asked_again(
            self, bot: Running) -> None:
        """Mid set-up, 'protein so far?' is no answer to 'Which units?': it gets its answer,
        the pending question comes again, and nothing is logged."""
        bot.server.user_message("/start")
        _welcome, units = await bot.server.wait_for_sent(2, timeout=10)
        bot.server.user_message("protein so far?")
        answer, again = await bot.server.wait_for_sent(2, timeout=10)
        assert answer["text"].startswith("Protein so far: 0 of")
        assert again["text"] == units["text"]
        assert await bot.events() == []


class TestAQuestionAfterSomethingNamed:
    """Written before the fix, scored on main 0487b92: 4 of 4 logged what they only named."""

    @pytest.mark.parametrize(
        "text",
        [
            "my commute is 11 km each way, could I run it twice a week?",
            "heading to the pool later, front crawl or breaststroke?",
            "the feed station had flapjack, is that ok fuel?",
            "I'm 6'1 and 82kg, what should my race weight be?",
        ],
    )
    async def test_what_is_only_named_is_not_logged(self, coach: Coach, text: str) -> None:
        """A plan, a fact or what a place had, asked about, is no log."""
        await reply_text(coach, text)
        assert await live_events(coach) == []

    async def test_what_was_eaten_before_a_question_is_logged(self, coach: Coach) -> None:
        """'ate a bowl of porridge, is that enough before a half?': the porridge, then the
        answer."""
        await reply_text(coach, "ate a bowl of porridge, is that enough before a half?")
        assert await live_events(coach) == ["meal"]
