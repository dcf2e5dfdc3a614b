"""/start over the real Application and HTTP: setup never swallows a log (issue 13)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.formatting import SETUP_LEFT, to_plain
from bot.main import build_application, build_coach, real_clock
from bot.onboarding import SETUP_FILLED
from bot.settings import Settings
from engine.food import FoodTable
from storage.db import Database
from tests.bot.conftest import USER, Running, buttons
from tests.botapi import DEFAULT_GROUP_ID, BotApiServer, polling
from tests.engine.test_gate import a_held_plan


async def start(bot: Running) -> dict[str, Any]:
    """/start; returns the first question (after the welcome)."""
    bot.server.user_message("/start")
    welcome, units = await bot.server.wait_for_sent(2, timeout=10)
    assert "coach" in welcome["plain_text"]
    return units


async def setup_step(bot: Running, user: int = USER) -> str | None:
    state = await bot.coach.stores.setups.get(user)
    return None if state is None else state.step


class TestALogIsALog:
    async def test_runs_meals_weigh_ins_and_edits_are_logged_during_setup(
            self, bot: Running) -> None:
        """Before any button: each is logged with its reply and buttons, the run's recovery
        reminder is sent, the question comes back once, and its button still works after."""
        await bot.say("/reminders recovery=0")
        units = await start(bot)
        bot.server.user_message("ran 12 km in 65 min")
        got = await bot.server.wait_for_sent(2, timeout=10)
        if not any("Recovery" in m["plain_text"] for m in got):
            # the sender polls every 15 s: run its tick now rather than wait for it
            [job] = bot.app.job_queue.get_jobs_by_name("scheduled:send-due")  # type: ignore[union-attr]
            await job.run(bot.app)
        got += await bot.server.wait_for_sent(1, timeout=10)
        logged, again, reminder = (next(m for m in got if word in m["plain_text"])
                                   for word in ("Logged", "Which units", "Recovery"))
        assert "↩️ Undo" in buttons(logged)
        assert "miles, lb" in buttons(again)
        assert "✅ Had it" in buttons(reminder)

        meal_message = bot.server.user_message("2 eggs and toast")
        meal = (await bot.server.wait_for_sent(1, timeout=10))[0]
        assert "Logged" in meal["plain_text"] and "✏️ Fix" in buttons(meal)
        weighed = await bot.say("weight 180 lb")
        assert "Logged" in weighed["plain_text"] or "81.6" in weighed["plain_text"]
        bot.server.user_edits(meal_message, "3 eggs and toast")
        [edited] = await bot.server.wait_for_sent(1, timeout=10)
        assert "Updated" in edited["plain_text"]
        assert sorted(await bot.events()) == ["meal", "run", "weight"]

        sex = await bot.press(units, buttons(units)["miles, lb"])
        assert "Sex" in sex["plain_text"]
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.profile.units == "imperial"
        assert await setup_step(bot) == "sex"

    async def test_a_meal_is_logged_while_fix_or_a_confirmation_waits(
            self, bot: Running) -> None:
        """Fix's choices and /deleteme's confirmation hold no text: a meal typed meanwhile is
        logged, and both still work after it."""
        reply = await bot.say("4 eggs")
        choices = await bot.press(reply, buttons(reply)["✏️ Fix"])
        confirm = await bot.say("/deleteme")
        assert "Logged" in (await bot.say("a banana"))["plain_text"]
        assert sorted(await bot.events()) == ["meal", "meal"]
        halved = await bot.press(choices, buttons(choices)["½×"])
        assert "Updated" in halved["plain_text"]
        await bot.press(confirm, buttons(confirm)["Yes, delete everything"])
        assert await bot.events() == []

    async def test_every_question_says_how_to_leave(self, bot: Running) -> None:
        """Each question, and /help, tells the runner they can type skip; a used question
        loses its buttons."""
        units = await start(bot)
        assert "skip" in units["plain_text"].lower()
        sex = await bot.press(units, buttons(units)["Skip"])
        assert "skip" in sex["plain_text"].lower()
        with pytest.raises(ValueError, match="no button"):
            bot.server.user_presses(units, buttons(units)["Skip"])
        help_text = await bot.say("/help")
        assert "skip" in help_text["plain_text"] and "/start" in help_text["plain_text"]

    async def test_skip_typed_in_words_ends_the_setup(self, bot: Running) -> None:
        """'skip' at the height step ends the questions; '34' afterwards is no answer."""
        units = await start(bot)
        sex = await bot.press(units, buttons(units)["km, kg"])
        await bot.press(sex, buttons(sex)["Male"])
        await bot.say("30")
        left = await bot.say("skip")
        assert left["plain_text"] == to_plain(SETUP_LEFT)
        assert await setup_step(bot) is None
        await bot.say("175")
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.profile.height_cm is None
        assert record.profile.age == 30

    async def test_cancel_command_ends_the_setup(self, bot: Running) -> None:
        """/cancel stops the questions; a second /cancel says nothing is open."""
        await start(bot)
        left = await bot.say("/cancel")
        assert left["plain_text"] == to_plain(SETUP_LEFT)
        assert await setup_step(bot) is None
        again = await bot.say("/cancel")
        assert "nothing to stop" in again["plain_text"]

    async def test_a_profile_line_fills_the_setup(self, bot: Running) -> None:
        """`/profile ...` during setup saves it and ends the questions."""
        await start(bot)
        bot.server.user_message("/profile sex=female age=29 height=168cm weight=61kg")
        saved, filled = await bot.server.wait_for_sent(2, timeout=10)
        assert "Saved" in saved["plain_text"] or "29" in saved["plain_text"]
        assert filled["plain_text"] == SETUP_FILLED
        assert await setup_step(bot) is None

    async def test_setup_ends_after_half_an_hour_of_silence(self, bot: Running) -> None:
        """A /start 40 minutes ago no longer takes '34' as an age."""
        bot.server.user_message("/start", date=datetime.now(UTC) - timedelta(minutes=40))
        await bot.server.wait_for_sent(2, timeout=10)
        reply = await bot.say("34")
        assert "Which units" not in reply["plain_text"]
        assert await setup_step(bot) is None
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.profile.age is None


class TestTypedAnswers:
    async def test_every_step_typed_in_imperial_words(self, bot: Running) -> None:
        """miles, male, I'm 34, 5'11, 185 lb, lose 1, Chicago, 9pm: all set, nothing pressed."""
        await start(bot)
        for text in ("miles", "male", "I'm 34", "5'11", "185 lb", "lose 1", "Chicago"):
            reply = await bot.say(text)
            assert "couldn't" not in reply["plain_text"], text
        done = await bot.say("9pm")
        assert "All set" in done["plain_text"]
        record = await bot.coach.stores.users.get(USER)
        assert record is not None
        p = record.profile
        assert (p.units, p.sex, p.age, p.goal, p.tz) == (
            "imperial", "male", 34, "lose-1", "America/Chicago")
        assert round(p.height_cm or 0, 1) == 180.3 and round(p.weight_kg or 0, 1) == 83.9
        assert (p.summary_time.hour, p.summary_time.minute) == (21, 0)
        assert await setup_step(bot) is None

    async def test_every_step_typed_in_metric_words(self, bot: Running) -> None:
        """metric, f, 34yo, 1.80 m, 72.5kg, lose 0.5 kg a week, the clock read off the phone."""
        await start(bot)
        for text in ("metric", "f", "34yo", "1.80 m", "72.5kg", "lose 0.5 kg a week"):
            await bot.say(text)
        # Nepal's clock (UTC+5:45) is the only one showing this time, so it needs no pick.
        local = datetime.now(ZoneInfo("Asia/Kathmandu"))
        summary = await bot.say(f"it's {local:%H:%M} here")
        assert "summary" in summary["plain_text"]
        done = await bot.say("21:30")
        assert "All set" in done["plain_text"]
        record = await bot.coach.stores.users.get(USER)
        assert record is not None
        p = record.profile
        assert (p.units, p.sex, p.age, p.height_cm, p.weight_kg, p.goal, p.tz) == (
            "metric", "female", 34, 180.0, 72.5, "lose-1", "Asia/Kathmandu")

    async def test_a_shared_location_answers_the_zone_step(self, bot: Running) -> None:
        """A location in Vigo is Madrid's zone (not Lisbon's)."""
        units = await start(bot)
        for _ in range(6):  # Skip up to the zone question
            units = await bot.press(units, buttons(units)["Skip"])
        assert await setup_step(bot) == "tz"
        bot.server.user_sends({"message": {
            "chat": {"id": USER, "type": "private", "first_name": "Ada"},
            "from": {"id": USER, "is_bot": False, "first_name": "Ada"},
            "location": {"latitude": 42.24, "longitude": -8.72}}})
        [summary] = await bot.server.wait_for_sent(1, timeout=10)
        assert "summary" in summary["plain_text"]
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.profile.tz == "Europe/Madrid"

    async def test_a_fruit_at_the_zone_step_is_a_meal(self, bot: Running) -> None:
        """'orange' is a town in California, but at the zone step it is logged as a fruit."""
        units = await start(bot)
        for _ in range(6):
            units = await bot.press(units, buttons(units)["Skip"])
        bot.server.user_message("orange")
        logged, again = await bot.server.wait_for_sent(2, timeout=10)
        assert "Logged" in logged["plain_text"]
        assert "time" in again["plain_text"]
        assert await bot.events() == ["meal"]

    async def test_a_plan_at_the_zone_step_is_held_not_read_as_a_place(
            self, bot: Running) -> None:
        """A plan the gate doubts is answered as one ("✅ Log it"), not looked up as a town."""
        plan, _ = a_held_plan()
        units = await start(bot)
        for _ in range(6):
            units = await bot.press(units, buttons(units)["Skip"])
        bot.server.user_message(plan)
        held, again = await bot.server.wait_for_sent(2, timeout=10)
        assert "✅ Log it" in buttons(held)
        assert "time" in again["plain_text"]
        assert await bot.events() == []


class TestRestart:
    async def test_a_restart_mid_setup_resumes_it(
            self, botapi_server: Callable[..., Awaitable[BotApiServer]], tmp_path: Path,
            foods: FoodTable) -> None:
        """Units answered, the bot restarts: 'female' is still read as the sex answer."""
        server = await botapi_server()
        settings = Settings(_env_file=None, telegram_token=server.token,  # type: ignore[call-arg]
                            api_base_url=server.base_url)
        for text, expected in (("/start", "Which units"), ("km", "Sex"),
                               ("female", "old")):
            db = Database(tmp_path / "restart.db")
            app = build_application(settings, db, build_coach(db, real_clock, foods))
            async with polling(app, poll_interval=0, timeout=1):
                server.user_message(text)
                sent = await server.wait_for_sent(2 if text == "/start" else 1, timeout=10)
                assert expected in sent[-1]["plain_text"]
        db = Database(tmp_path / "restart.db")
        await db.open()
        try:
            rows = await db.read("SELECT step FROM setups WHERE user_id = ?", (USER,))
            profile = await db.read("SELECT profile FROM users WHERE id = ?", (USER,))
        finally:
            await db.close()
        assert rows[0]["step"] == "age"
        assert '"female"' in profile[0]["profile"]


class TestMinorFixes:
    async def test_a_photo_caption_is_logged_like_text(self, bot: Running) -> None:
        """A photo captioned '2 eggs and toast' logs the meal; a bare photo asks for text."""
        photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
        chat = {"id": USER, "type": "private", "first_name": "Ada"}
        sender = {"id": USER, "is_bot": False, "first_name": "Ada"}
        bot.server.user_sends({"message": {"chat": chat, "from": sender, "photo": photo,
                                           "caption": "2 eggs and toast"}})
        [reply] = await bot.server.wait_for_sent(1, timeout=10)
        assert "Logged" in reply["plain_text"]
        assert await bot.events() == ["meal"]
        bot.server.user_sends({"message": {"chat": chat, "from": sender, "photo": photo}})
        [reply] = await bot.server.wait_for_sent(1, timeout=10)
        assert "only read text" in reply["plain_text"]

    async def test_an_edit_starts_when_the_same_text_sent_fresh_would(
            self, bot: Running) -> None:
        """'ran 5k in 25 min' edited to '... 30 min' starts 30 min before it was sent."""
        sent_at = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
        message = bot.server.user_message("ran 5k in 25 min", date=sent_at)
        await bot.server.wait_for_sent(1, timeout=10)
        bot.server.user_edits(message, "ran 5k in 30 min")
        await bot.server.wait_for_sent(1, timeout=10)
        other = USER + 1
        bot.server.user_message("ran 5k in 30 min", date=sent_at, user_id=other)
        await bot.server.wait_for_sent(1, timeout=10, chat_id=other)
        [edited] = await bot.coach.stores.events.all_for_user(USER)
        [fresh] = await bot.coach.stores.events.all_for_user(other)
        assert edited.event.at == fresh.event.at == sent_at - timedelta(minutes=30)

    async def test_timezone_takes_a_city(self, bot: Running) -> None:
        """`/timezone Chicago` and `/timezone New York` work as setup's city answer does."""
        await bot.say("/timezone Chicago")
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.profile.tz == "America/Chicago"
        await bot.say("/timezone New York")
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.profile.tz == "America/New_York"

    async def test_in_a_group_only_messages_to_the_bot_are_answered(
            self, bot: Running) -> None:
        """Chatter is ignored; a command, a mention and a reply to the bot get the notice."""
        bot.server.user_message("2 eggs", chat_type="group")
        bot.server.user_message("@runfuel_test_bot how am I doing?", chat_type="group")
        notices = await bot.server.wait_for_sent(1, timeout=10, chat_id=DEFAULT_GROUP_ID)
        ours = notices[0]["message"] if "message" in notices[0] else notices[0]
        group = {"id": DEFAULT_GROUP_ID, "type": "group", "title": "Test group"}
        sender = {"id": USER, "is_bot": False, "first_name": "Ada"}
        bot.server.user_sends({"message": {"chat": group, "from": sender, "text": "thanks",
                                           "reply_to_message": ours}})
        bot.server.user_message("/today", chat_type="group")
        notices += await bot.server.wait_for_sent(2, timeout=10, chat_id=DEFAULT_GROUP_ID)
        await asyncio.sleep(0.3)
        assert len(notices) == 3
        assert all("direct chat" in n["plain_text"] for n in notices)
        assert await bot.events() == []


class TestWeighIn:
    async def test_a_weigh_in_at_the_weight_step_is_logged_and_answers_it(
            self, bot: Running) -> None:
        """'weight 72.5 kg' at the weight question: a weigh-in, and the goal question next."""
        units = await start(bot)
        for _ in range(4):  # Skip up to the weight question
            units = await bot.press(units, buttons(units)["Skip"])
        assert await setup_step(bot) == "weight"
        bot.server.user_message("weight 72.5 kg")
        logged, goal = await bot.server.wait_for_sent(2, timeout=10)
        assert "Logged" in logged["plain_text"] or "72.5" in logged["plain_text"]
        assert "goal" in goal["plain_text"].lower() and "maintain" in buttons(goal)
        assert await bot.events() == ["weight"]
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.profile.weight_kg == 72.5
