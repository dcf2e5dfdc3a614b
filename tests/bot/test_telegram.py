"""The real Application over real HTTP, against the Bot API test server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.formatting import GROUP_NOTICE, to_plain
from bot.main import build_application, build_coach, real_clock
from bot.settings import Settings
from engine.food import FoodTable
from storage.db import Database
from tests.bot.conftest import USER, Running, buttons
from tests.botapi import BotApiServer, polling

DATA = Path(__file__).resolve().parent.parent / "data"


class TestStartUp:
    async def test_the_command_menu_is_set(self, bot: Running) -> None:
        """At start-up the bot registers its commands, so Telegram shows the menu."""
        [commands] = bot.server.calls_to("setMyCommands")
        names = {c["command"] for c in commands["commands"]}  # sent as a JSON body
        assert {"today", "week", "undo", "profile", "export", "deleteme", "help"} <= names


class TestOnboarding:
    async def test_the_whole_onboarding_by_buttons_and_typing(self, bot: Running) -> None:
        """/start walks units, sex, age, height, weight, goal, zone and summary time."""
        bot.server.user_message("/start")
        welcome, units = await bot.server.wait_for_sent(2, timeout=10)
        assert "coach" in welcome["plain_text"]
        sex = await bot.press(units, buttons(units)["km, kg"])
        age = await bot.press(sex, buttons(sex)["Female"])
        height = await bot.say("29")
        weight = await bot.say("168cm")
        goal = await bot.say("61kg")
        assert "maintain" in buttons(goal)
        zone = await bot.press(goal, buttons(goal)["maintain"])
        summary = await bot.say("Berlin")
        done = await bot.press(summary, buttons(summary)["21:00"])
        assert "All set" in done["plain_text"]
        record = await bot.coach.stores.users.get(USER)
        assert record is not None
        p = record.profile
        assert (p.units, p.sex, p.age, p.height_cm, p.weight_kg, p.goal, p.tz) == (
            "metric", "female", 29, 168.0, 61.0, "maintain", "Europe/Berlin")
        assert "age" in age["plain_text"].lower() or "old" in age["plain_text"].lower()
        assert height and weight and zone

    async def test_steps_can_be_skipped(self, bot: Running) -> None:
        """Skip keeps the default and moves on to the next question."""
        bot.server.user_message("/start")
        _, units = await bot.server.wait_for_sent(2, timeout=10)
        sex = await bot.press(units, buttons(units)["Skip"])
        assert "Sex" in sex["plain_text"]

    async def test_minors_are_not_offered_weight_loss(self, bot: Running) -> None:
        """A 16-year-old's goal buttons hold no 'lose' option (science.md §10)."""
        bot.server.user_message("/start")
        _, units = await bot.server.wait_for_sent(2, timeout=10)
        sex = await bot.press(units, buttons(units)["Skip"])
        await bot.press(sex, buttons(sex)["Skip"])
        await bot.say("16")
        await bot.say("170cm")
        goal = await bot.say("60kg")
        assert not [label for label in buttons(goal) if label.startswith("lose")]


class TestLogging:
    async def test_a_day_of_logging_with_undo(self, bot: Running) -> None:
        """Meals and a run are answered with the day's standing; Undo removes one entry."""
        reply = await bot.say("3 eggs, 2 slices of toast and a banana")
        assert "Logged" in reply["plain_text"] and "Protein" in reply["plain_text"]
        assert set(buttons(reply)) == {"↩️ Undo", "✏️ Fix"}
        await bot.say("ran 10k in 52 min")
        undone = await bot.press(reply, buttons(reply)["↩️ Undo"])
        assert "Undid: 🍽 Meal: egg, toast, banana" in undone["plain_text"]
        assert await bot.events() == ["run"]
        today = await bot.say("/today")
        assert "eaten 0" in today["plain_text"]

    async def test_fix_halves_a_meal_with_two_taps(self, bot: Running) -> None:
        """Fix offers amounts; '½×' replaces 4 eggs by 2 eggs in the day's numbers."""
        reply = await bot.say("4 eggs")
        choices = await bot.press(reply, buttons(reply)["✏️ Fix"])
        updated = await bot.press(choices, buttons(choices)["½×"])
        assert "Updated" in updated["plain_text"] and "eaten 143" in updated["plain_text"]
        assert await bot.events() == ["meal"]

    async def test_a_duplicated_update_gives_one_event(self, bot: Running) -> None:
        """The same update_id delivered twice is applied once."""
        message = bot.server.user_message("2 eggs")
        await bot.server.wait_for_sent(1, timeout=10)
        update = next(u for u in bot.server.updates if u.get("message") == message)
        bot.server.push_update_raw(update, duplicate=True)
        bot.server.user_message("/today")
        await bot.server.wait_for_sent(1, timeout=10)
        assert await bot.events() == ["meal"]

    async def test_an_edited_message_replaces_its_entry(self, bot: Running) -> None:
        """Editing '3 eggs' into '2 eggs' re-reads it and keeps one meal."""
        message = bot.server.user_message("3 eggs")
        await bot.server.wait_for_sent(1, timeout=10)
        bot.server.user_edits(message, "2 eggs")
        [reply] = await bot.server.wait_for_sent(1, timeout=10)
        assert "Updated" in reply["plain_text"]
        [meal] = await bot.coach.stores.events.all_for_user(USER)
        assert meal.event.items[0].quantity == 2  # type: ignore[union-attr]

    async def test_html_hostile_text_is_escaped(self, bot: Running) -> None:
        """Text full of <, > and & never breaks a reply (the server rejects bad HTML)."""
        reply = await bot.say("<b>3 eggs</b> & <script>alert(1)</script> &amp; 5 < 6")
        assert reply["plain_text"]
        reply = await bot.say("/food <i>bar</i> & co 200 kcal 20p 20c 5f per bar")
        assert reply["plain_text"]

    async def test_unsupported_messages_get_a_polite_answer(self, bot: Running) -> None:
        """A sticker gets a request for text; nothing is stored."""
        bot.server.user_sends({"message": {
            "chat": {"id": USER, "type": "private", "first_name": "Ada"},
            "from": {"id": USER, "is_bot": False, "first_name": "Ada"},
            "sticker": {"file_id": "s1", "file_unique_id": "u1", "width": 512, "height": 512,
                        "is_animated": False, "is_video": False, "type": "regular"}}})
        [reply] = await bot.server.wait_for_sent(1, timeout=10)
        assert "only read text" in reply["plain_text"]
        assert await bot.events() == []

    async def test_a_long_message_is_refused_kindly(self, bot: Running) -> None:
        """A 4,096-character message of nonsense gets an answer the server accepts."""
        reply = await bot.say("x" * 4096)
        assert reply["plain_text"]
        assert await bot.events() == []


class TestPrivacy:
    async def test_a_group_chat_gets_no_personal_data(self, bot: Running) -> None:
        """In a group the bot only says to message it directly."""
        await bot.say("2 eggs")
        reply = await bot.say("/today", chat_type="group")
        assert reply["plain_text"] == to_plain(GROUP_NOTICE)

    async def test_export_files_parse_back_to_the_events(self, bot: Running) -> None:
        """/export sends a CSV and a JSON file whose events are the stored ones."""
        await bot.say("2 eggs")
        await bot.say("ran 5 km in 30 min")
        bot.server.user_message("/export")
        sent = await bot.server.wait_for_sent(3, timeout=10)
        files = {m["filename"]: m["file"] for m in sent if m["method"] == "sendDocument"}
        document = json.loads(files["runfuel-export.json"])
        stored = await bot.coach.stores.events.all_for_user(USER)
        assert [e["id"] for e in document["events"]] == [s.id for s in stored]
        assert sorted(e["event"]["kind"] for e in document["events"]) == ["meal", "run"]
        assert files["runfuel-export.csv"].decode().count("\n") == 3

    async def test_deleteme_removes_every_row(self, bot: Running) -> None:
        """/deleteme, confirmed with its button, leaves no row of the user in any table."""
        await bot.say("/profile tz=Europe/Berlin")
        await bot.say("ran 10k in 52 min")
        bot.server.user_message("/start")  # an open setup question is deleted too
        await bot.server.wait_for_sent(2, timeout=10)
        confirm = await bot.say("/deleteme")
        await bot.press(confirm, buttons(confirm)["Yes, delete everything"])
        for table, column in (("users", "id"), ("events", "user_id"),
                              ("processed_updates", "user_id"),
                              ("scheduled_messages", "user_id"), ("user_foods", "user_id"),
                              ("setups", "user_id")):
            rows = await bot.db.read(f"SELECT count(*) FROM {table} WHERE {column} = ?", (USER,))
            assert rows[0][0] == 0, table


class TestFilesAndCharts:
    async def test_week_sends_a_png_chart(self, bot: Running) -> None:
        """/week answers with a PNG of sensible size."""
        await bot.say("2 eggs and toast")
        reply = await bot.say("/week")
        assert reply["method"] == "sendPhoto"
        assert reply["file"].startswith(b"\x89PNG\r\n\x1a\n")
        assert 10_000 < len(reply["file"]) < 500_000

    async def test_a_watch_file_becomes_a_run(self, bot: Running) -> None:
        """A .fit file sent as a document is logged like a typed run."""
        data = (DATA / "activities" / "run_garmin-fr110_2013-02-06.fit").read_bytes()
        bot.server.user_sends_document(data, "run.fit")
        [reply] = await bot.server.wait_for_sent(1, timeout=15)
        assert "Run" in reply["plain_text"] and "4.84 km" in reply["plain_text"]
        assert await bot.events() == ["run"]

    async def test_a_typed_run_and_the_same_file_count_once(self, bot: Running) -> None:
        """Typed right after the run, then sent as a file (twice): one run, the file's numbers."""
        finished = datetime(2013, 2, 6, 12, 56, tzinfo=UTC)
        bot.server.user_message("ran 4.8 km in 44 min", date=finished)
        await bot.server.wait_for_sent(1, timeout=10)
        data = (DATA / "activities" / "run_garmin-fr110_2013-02-06.fit").read_bytes()
        for _ in range(2):
            bot.server.user_sends_document(data, "run.fit")
            await bot.server.wait_for_sent(1, timeout=15)
        [run] = await bot.coach.stores.events.all_for_user(USER)
        assert run.event.kind == "run"
        assert round(run.event.distance_m) == 4835  # type: ignore[union-attr]

    async def test_a_bad_file_is_explained_and_stores_nothing(self, bot: Running) -> None:
        """A document that is not an activity file gets a clear answer."""
        bot.server.user_sends_document(b"hello, not a watch file", "notes.fit")
        [reply] = await bot.server.wait_for_sent(1, timeout=10)
        assert reply["plain_text"]
        assert await bot.events() == []


class TestScheduled:
    async def test_an_immediate_recovery_reminder_is_delivered(self, bot: Running) -> None:
        """With recovery=0 the reminder arrives right after a long run, with buttons."""
        await bot.say("/reminders recovery=0")
        await bot.say("ran 12 km in 65 min")
        [reminder] = await bot.server.wait_for_sent(1, timeout=20)
        assert "Recovery" in reminder["plain_text"]
        assert "✅ Had it" in buttons(reminder)

    async def test_a_user_who_blocked_the_bot_is_paused(self, bot: Running) -> None:
        """Forbidden on a reminder marks the user inactive; nothing more is scheduled."""
        await bot.say("/reminders recovery=0")
        await bot.say("ran 12 km in 65 min")
        bot.server.block_user(USER)
        assert await bot.until_inactive()
        bot.server.unblock_user(USER)
        await bot.say("2 eggs")
        record = await bot.coach.stores.users.get(USER)
        assert record is not None and record.active


class TestFlooding:
    async def test_a_flooding_user_is_told_and_others_are_not_delayed(self,
                                                                     bot: Running) -> None:
        """40 messages at once: the burst is logged, one notice, and another user is answered."""
        flooder, other = USER, USER + 1
        for n in range(40):
            bot.server.user_message(f"{n + 1} g banana", user_id=flooder)
        bot.server.user_message("2 eggs", user_id=other)
        [reply] = await bot.server.wait_for_sent(1, timeout=10, chat_id=other)
        assert "Logged" in reply["plain_text"]
        flood = await bot.server.wait_for_sent(20, timeout=20, chat_id=flooder)
        await asyncio.sleep(0.5)
        flood += await _drain(bot.server, flooder)
        notices = [m for m in flood if "faster than I can log" in m["plain_text"]]
        assert len(notices) == 1
        logged = len(await bot.events(flooder))
        assert 20 <= logged < 40
        assert len(flood) == logged + 1


async def _drain(server: BotApiServer, chat_id: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    while True:
        try:
            out += await server.wait_for_sent(1, timeout=0.5, chat_id=chat_id)
        except AssertionError:
            return out


class TestPaidBroadcast:
    async def test_replies_use_the_free_rate_by_default(self, bot: Running) -> None:
        reply = await bot.say("2 eggs")
        assert "Logged" in reply["plain_text"]
        assert not reply["paid_broadcast"]

    async def test_a_busy_bot_can_send_at_the_paid_rate(
            self, botapi_server: Callable[..., Awaitable[BotApiServer]], tmp_path: Path,
            foods: FoodTable) -> None:
        """RUNFUEL_PAID_BROADCAST=true: every send asks Telegram for its 1,000/s paid rate."""
        server = await botapi_server()
        settings = Settings(_env_file=None, telegram_token=server.token,  # type: ignore[call-arg]
                            api_base_url=server.base_url, RUNFUEL_PAID_BROADCAST="true")
        db = Database(tmp_path / "paid.db")
        app = build_application(settings, db, build_coach(db, real_clock, foods))
        async with polling(app, poll_interval=0, timeout=1):
            server.user_message("2 eggs")
            [reply] = await server.wait_for_sent(1, timeout=10)
        assert "Logged" in (reply["plain_text"] or "")
        assert reply["paid_broadcast"]
