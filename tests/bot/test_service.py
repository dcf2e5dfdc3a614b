"""The coach core on a fixed clock, over a real SQLite file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from bot.coach import Coach, Incoming
from bot.console import SimulatedClock
from bot.formatting import to_plain
from storage.db import Database

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
USER = 42
_ids = count(1)


def say(text: str, at: datetime = NOW, *, user: int = USER, update_id: int | None = None,
        message_id: int | None = None, private: bool = True) -> Incoming:
    return Incoming(user, user, text, at, message_id=message_id or next(_ids),
                    update_id=update_id, private=private)


async def reply_text(coach: Coach, text: str, at: datetime = NOW, **kw: object) -> str:
    replies = await coach.handle_text(say(text, at, **kw))  # type: ignore[arg-type]
    return "\n".join(to_plain(r.text) for r in replies)


async def live_events(coach: Coach, user: int = USER) -> list[str]:
    return [s.event.kind for s in await coach.stores.events.all_for_user(user)]


async def row_count(db: Database, table: str, user: int = USER) -> int:
    column = "id" if table == "users" else "user_id"
    rows = await db.read(f"SELECT count(*) FROM {table} WHERE {column} = ?", (user,))
    return int(rows[0][0])


class TestLogging:
    async def test_a_meal_is_stored_and_answered_with_calories(self, coach: Coach) -> None:
        """'2 eggs' is stored as a meal and the reply shows its calories and the day."""
        text = await reply_text(coach, "2 eggs")
        assert "Logged" in text
        assert "143 kcal" in text  # 2 x 50 g x 143 kcal/100 g (USDA 01123)
        assert "Protein" in text
        assert await live_events(coach) == ["meal"]

    async def test_a_run_is_stored_with_its_energy(self, coach: Coach) -> None:
        """'ran 10k in 52 min' is a 10 km run with a net energy estimate."""
        text = await reply_text(coach, "ran 10k in 52 min")
        assert "10 km" in text and "52:00" in text
        [stored] = await coach.stores.events.all_for_user(USER)
        assert stored.event.kind == "run"
        assert 550 < stored.event.energy_kcal < 800  # type: ignore[union-attr]

    async def test_garbage_stores_nothing_and_says_how(self, coach: Coach) -> None:
        """Text with no run, meal or weight gets an example and stores nothing."""
        await reply_text(coach, "2 eggs")
        text = await reply_text(coach, "qwzx blorp fnord")
        assert "nothing was logged" in text
        assert await live_events(coach) == ["meal"]

    async def test_a_huge_message_is_refused_and_loses_nothing(self, coach: Coach) -> None:
        """A message over 4,096 characters is refused; earlier entries stay."""
        await reply_text(coach, "2 eggs")
        text = await reply_text(coach, "banana " * 700)
        assert "4,096" in text
        assert await live_events(coach) == ["meal"]

    async def test_an_absurd_number_is_refused(self, coach: Coach) -> None:
        """A 500 km run is refused with a reason and nothing is stored."""
        text = await reply_text(coach, "ran 500 km in 50 min")
        assert text
        assert await live_events(coach) == []

    async def test_a_duplicated_update_is_applied_once(self, coach: Coach) -> None:
        """Telegram delivering the same update twice gives one event (and the same answer)."""
        first = await coach.handle_text(say("2 eggs", update_id=777, message_id=5))
        second = await coach.handle_text(say("2 eggs", update_id=777, message_id=5))
        assert await live_events(coach) == ["meal"]
        assert [r.text for r in first] == [r.text for r in second]  # a lost answer is re-sent

    async def test_group_chats_get_no_personal_data(self, coach: Coach) -> None:
        """In a group the bot asks for a direct chat and stores nothing."""
        await reply_text(coach, "2 eggs")
        text = await reply_text(coach, "/today", private=False)
        assert "direct chat" in text
        assert "kcal" not in text


class TestUndoAndEdit:
    async def test_undo_removes_the_last_entry_from_the_day(self, coach: Coach) -> None:
        """/undo marks the newest entry undone, names it, and the day no longer counts it."""
        await reply_text(coach, "2 eggs")
        await reply_text(coach, "a banana", NOW + timedelta(minutes=1))
        text = await reply_text(coach, "/undo", NOW + timedelta(minutes=2))
        assert "Undid: 🍽 Meal: banana" in text
        assert await live_events(coach) == ["meal"]
        balance = await coach.balance_for(USER)
        assert round(balance.intake_kcal) == 143

    async def test_undo_button_removes_that_entry(self, coach: Coach) -> None:
        """The Undo button under a reply undoes exactly that entry."""
        [reply] = await coach.handle_text(say("2 eggs"))
        await reply_text(coach, "a banana", NOW + timedelta(minutes=1))
        undo = reply.buttons[0][0]
        assert undo.data.startswith("undo:")
        await coach.press(USER, USER, undo.data, NOW + timedelta(minutes=2))
        [left] = await coach.stores.events.all_for_user(USER)
        assert left.event.items[0].food == "banana"  # type: ignore[union-attr]

    async def test_an_edited_message_replaces_its_entry(self, coach: Coach) -> None:
        """Editing '3 eggs' to '2 eggs' leaves one meal of 2 eggs."""
        await coach.handle_text(say("3 eggs", message_id=900))
        await coach.edit(say("2 eggs", NOW + timedelta(minutes=5), message_id=900))
        [meal] = await coach.stores.events.all_for_user(USER)
        assert meal.event.items[0].quantity == 2  # type: ignore[union-attr]

    async def test_undo_with_nothing_logged_says_so(self, coach: Coach) -> None:
        """/undo on an empty log answers plainly."""
        assert "nothing to undo" in await reply_text(coach, "/undo")


class TestProfileAndDays:
    async def test_profile_sets_zone_and_body(self, coach: Coach) -> None:
        """/profile key=value saves each value, imperial units converted."""
        text = await reply_text(coach, "/profile sex=male age=34 height=5ft11in weight=165lb "
                                       "goal=lose-0.5 tz=Europe/Berlin summary=21:00")
        assert "Saved" in text
        record = await coach.stores.users.get(USER)
        assert record is not None
        assert record.profile.tz == "Europe/Berlin"
        assert round(record.profile.height_cm or 0, 1) == 180.3
        assert round(record.profile.weight_kg or 0, 1) == 74.8

    async def test_a_bad_profile_value_is_explained(self, coach: Coach) -> None:
        """An unknown zone is refused with an example and the profile is unchanged."""
        text = await reply_text(coach, "/profile tz=Mars/Olympus")
        assert "Europe/Berlin" in text
        record = await coach.stores.users.get(USER)
        assert record is not None and record.profile.tz == "UTC"

    async def test_a_meal_after_local_midnight_counts_for_the_new_day(self,
                                                                       coach: Coach) -> None:
        """In Berlin, a meal at 00:30 local belongs to that new local day."""
        await reply_text(coach, "/profile tz=Europe/Berlin")
        late = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # 00:30 on the 27th in Berlin
        await reply_text(coach, "2 eggs", late)
        runner = await coach.runner(USER, USER, late)
        day_26 = await coach.balance(runner, late.date())
        day_27 = await coach.balance(runner, late.date() + timedelta(days=1))
        assert day_26.intake_kcal == 0
        assert round(day_27.intake_kcal) == 143


class TestRecoveryReminder:
    async def test_a_long_run_schedules_a_reminder_30_min_after_it_ends(self,
                                                                        coach: Coach) -> None:
        """A 52-minute run logged on finishing gets a reminder at its end + 30 min."""
        await reply_text(coach, "ran 10k in 52 min")
        [pending] = [p for p in await coach.stores.schedule.pending(USER) if p.kind == "reminder"]
        assert pending.due_at == NOW + timedelta(minutes=30)

    async def test_a_shake_cancels_the_reminder(self, coach: Coach) -> None:
        """Logging a recovery intake first cancels the pending reminder."""
        await reply_text(coach, "ran 10k in 52 min")
        await reply_text(coach, "600ml chocolate milk", NOW + timedelta(minutes=10))
        assert [p for p in await coach.stores.schedule.pending(USER) if p.kind == "reminder"] == []

    @pytest.mark.parametrize(("meals", "cancelled"), [
        (["100g greek yogurt"], False),  # ~10 g of protein: under 0.25 g/kg
        (["100g greek yogurt", "100g greek yogurt"], True),  # logged apart, they add up
        (["a banana", "an apple"], False),
    ])
    async def test_what_was_eaten_since_the_run_decides_the_reminder(
            self, coach: Coach, meals: list[str], cancelled: bool) -> None:
        """The meals logged after the run, together, cancel the reminder once they hold
        0.25 g/kg of protein; less leaves it planned."""
        await reply_text(coach, "ran 10k in 52 min")
        for n, meal in enumerate(meals, start=1):
            await reply_text(coach, meal, NOW + timedelta(minutes=5 * n))
        pending = [p for p in await coach.stores.schedule.pending(USER) if p.kind == "reminder"]
        assert (pending == []) == cancelled

    async def test_the_reminder_is_sent_once_with_a_dose(self, coach: Coach,
                                                         clock: SimulatedClock) -> None:
        """At the due time the reminder carries this runner's dose and is claimed once."""
        await reply_text(coach, "ran 10k in 52 min")
        due = await coach.due(NOW + timedelta(minutes=31))
        reminders = [d for d in due if d.message.kind == "reminder"]
        assert len(reminders) == 1
        assert "g protein" in to_plain(reminders[0].message.text)
        await coach.sent(reminders[0], NOW + timedelta(minutes=31))
        again = await coach.due(NOW + timedelta(minutes=40))
        assert [d for d in again if d.message.kind == "reminder"] == []

    async def test_a_short_run_gets_no_reminder(self, coach: Coach) -> None:
        """A 20-minute run is under the 45-minute default: no reminder."""
        await reply_text(coach, "ran 4 km in 20 min")
        assert [p for p in await coach.stores.schedule.pending(USER) if p.kind == "reminder"] == []


class TestPrivacy:
    @pytest.mark.parametrize("coach", ["sqlite"], indirect=True)  # reads the SQLite file
    async def test_deleteme_leaves_no_row_in_any_table(self, coach: Coach,
                                                       database: Database) -> None:
        """After /deleteme and the confirmation, no table holds a row of that user."""
        await reply_text(coach, "/profile tz=Europe/Berlin")
        await coach.handle_text(say("ran 10k in 52 min", update_id=1))
        await reply_text(coach, "/food granola 450 kcal 10p 60c 18f per 100g")
        [confirm] = await coach.handle_text(say("/deleteme"))
        await coach.press(USER, USER, confirm.buttons[0][0].data, NOW)
        for table in ("users", "events", "processed_updates", "scheduled_messages",
                      "user_foods"):
            assert await row_count(database, table) == 0, table

    async def test_export_holds_only_the_requesters_data(self, coach: Coach) -> None:
        """/export returns the requester's events as CSV and JSON, and nobody else's."""
        await reply_text(coach, "2 eggs")
        await reply_text(coach, "a banana", user=7)
        [reply] = await coach.handle_text(say("/export"))
        csv_file, json_file = reply.documents
        document = json.loads(json_file.data)
        assert document["user_id"] == USER
        assert [e["event"]["kind"] for e in document["events"]] == ["meal"]
        assert b"banana" not in csv_file.data and b"egg" in csv_file.data


class TestFix:
    async def test_fix_scales_every_amount_of_the_meal(self, coach: Coach) -> None:
        """Fix then 'half' turns 4 eggs into 2 eggs: half the grams and calories, one meal."""
        [reply] = await coach.handle_text(say("4 eggs"))
        fix = next(b for row in reply.buttons for b in row if "Fix" in b.label)
        [choices] = await coach.press(USER, USER, fix.data, NOW)
        half = next(b for row in choices.buttons for b in row if b.label == "½×")
        [updated] = await coach.press(USER, USER, half.data, NOW + timedelta(minutes=1))
        assert "Updated" in to_plain(updated.text)
        [meal] = await coach.stores.events.all_for_user(USER)
        item = meal.event.items[0]  # type: ignore[union-attr]
        assert (item.quantity, round(item.grams), round(item.kcal)) == (2, 100, 143)

    async def test_a_forged_button_is_refused(self, coach: Coach) -> None:
        """Callback data we did not make (or for someone else's entry) changes nothing."""
        await reply_text(coach, "4 eggs", user=7)
        for data in ("scale:1:100", "undo:1", "fix:1", "nonsense", "scale:x:2"):
            replies = await coach.press(USER, USER, data, NOW)
            assert "expired" in to_plain(replies[0].text) or "nothing to undo" in to_plain(
                replies[0].text).lower()
        assert len(await coach.stores.events.all_for_user(7)) == 1
