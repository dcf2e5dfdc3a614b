"""A message that corrects the one before ("correction to my last: it was 2 eggs not 3") takes
the place of the last entry of its kind, never logged as a new extra one (issue 15)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.coach import Coach
from engine.events import MealLogged, RunLogged, WeightLogged
from tests.bot.test_service import NOW, USER, live_events, reply_text, say


class TestACorrectionOfTheMessageBefore:
    async def test_the_meal_before_is_replaced(self, coach: Coach) -> None:
        await reply_text(coach, "3 eggs on one slice of toast")
        text = await reply_text(coach, "correction to my last: it was 2 eggs not 3, on one "
                                "slice of toast", NOW + timedelta(minutes=2))
        [meal] = await coach.stores.events.all_for_user(USER)
        assert isinstance(meal.event, MealLogged)
        assert [(i.food, i.quantity) for i in meal.event.items] == [("egg", 2), ("toast", 1)]
        assert "Updated" in text

    async def test_the_last_entry_of_its_kind_is_replaced_and_the_others_kept(
        self, coach: Coach
    ) -> None:
        await reply_text(coach, "ran 10k in 50:00", NOW - timedelta(hours=20))
        await reply_text(coach, "tempo 8k 33:40")
        await reply_text(coach, "a banana", NOW + timedelta(minutes=1))
        await reply_text(coach, "tempo was 7k not 8k, same time 33:40", NOW + timedelta(minutes=2))
        stored = await coach.stores.events.all_for_user(USER)
        runs = sorted(s.event.distance_m for s in stored if isinstance(s.event, RunLogged))
        assert runs == [7000, 10000]
        assert sorted(await live_events(coach)) == ["meal", "run", "run"]

    async def test_with_nothing_before_it_is_logged_as_it_is(self, coach: Coach) -> None:
        text = await reply_text(coach, "correction to my last: it was 2 eggs not 3")
        assert await live_events(coach) == ["meal"]
        assert "Logged" in text

    async def test_a_correction_inside_a_message_replaces_nothing(self, coach: Coach) -> None:
        await reply_text(coach, "ran 8k in 44 min")
        await reply_text(coach, "ran 5k in 27 min, no wait 28", NOW + timedelta(hours=3))
        stored = await coach.stores.events.all_for_user(USER)
        assert sorted(s.event.duration_s for s in stored if isinstance(s.event, RunLogged)) == [
            28 * 60, 44 * 60]


class TestUndoingACorrection:
    async def test_undo_brings_the_corrected_entry_back(self, coach: Coach) -> None:
        """/undo after 'correction to my last: ...' takes the correction back and puts the
        meal it replaced back as it was, and says so."""
        await reply_text(coach, "3 eggs on one slice of toast")
        await reply_text(coach, "correction to my last: it was 2 eggs not 3, on one slice of "
                         "toast", NOW + timedelta(minutes=2))
        text = await reply_text(coach, "/undo", NOW + timedelta(minutes=3))
        [meal] = await coach.stores.events.all_for_user(USER)
        assert isinstance(meal.event, MealLogged)
        assert [(i.food, i.quantity) for i in meal.event.items] == [("egg", 3), ("toast", 1)]
        assert "Undid" in text and "Back as it was" in text

    async def test_undo_after_an_edit_brings_nothing_back(self, coach: Coach) -> None:
        """An edited message's earlier version stays gone: the chat no longer says it."""
        await coach.handle_text(say("ran 10k in 50:00", message_id=900))
        await coach.edit(say("ran 12k in 60:00", NOW, message_id=900))
        text = await reply_text(coach, "/undo", NOW + timedelta(minutes=3))
        assert await live_events(coach) == []
        assert "Back as it was" not in text


class TestAFigureSentAlone:
    """'sorry, 53 min' right after a run puts that run right; it is never a run of its own."""

    async def test_minutes_alone_correct_the_run_just_logged(self, coach: Coach) -> None:
        await reply_text(coach, "ran 10k in 52 min")
        text = await reply_text(coach, "sorry, 53 min", NOW + timedelta(minutes=2))
        [run] = await coach.stores.events.all_for_user(USER)
        assert isinstance(run.event, RunLogged)
        assert (run.event.distance_m, run.event.duration_s) == (10_000, 53 * 60)
        assert "Updated" in text

    async def test_a_distance_not_another_corrects_the_distance(self, coach: Coach) -> None:
        await reply_text(coach, "ran 10k in 52 min")
        await reply_text(coach, "2 eggs", NOW + timedelta(minutes=1))
        await reply_text(coach, "oops, 8k not 10k", NOW + timedelta(minutes=2))
        runs = [s.event for s in await coach.stores.events.all_for_user(USER)
                if isinstance(s.event, RunLogged)]
        assert [(r.distance_m, r.duration_s) for r in runs] == [(8_000, 52 * 60)]
        assert sorted(await live_events(coach)) == ["meal", "run"]

    async def test_a_weight_alone_corrects_the_weigh_in(self, coach: Coach) -> None:
        await reply_text(coach, "weight 72.1")
        await reply_text(coach, "meant 72.4 kg", NOW + timedelta(minutes=1))
        [weight] = await coach.stores.events.all_for_user(USER)
        assert isinstance(weight.event, WeightLogged)
        assert weight.event.mass_kg == 72.4

    async def test_long_after_the_run_nothing_changes_and_the_reply_says_how(
        self, coach: Coach
    ) -> None:
        await reply_text(coach, "ran 10k in 52 min")
        text = await reply_text(coach, "sorry, 53 min", NOW + timedelta(hours=5))
        [run] = await coach.stores.events.all_for_user(USER)
        assert run.event.duration_s == 52 * 60  # type: ignore[union-attr]
        assert "nothing was changed" in text and "ran 8 km in 45 min" in text

    async def test_with_no_run_before_nothing_is_logged(self, coach: Coach) -> None:
        text = await reply_text(coach, "oops, 8k not 10k")
        assert await live_events(coach) == []
        assert "nothing was changed" in text

    async def test_undo_brings_the_run_back_as_it_was(self, coach: Coach) -> None:
        await reply_text(coach, "ran 10k in 52 min")
        await reply_text(coach, "sorry, 53 min", NOW + timedelta(minutes=2))
        text = await reply_text(coach, "/undo", NOW + timedelta(minutes=3))
        [run] = await coach.stores.events.all_for_user(USER)
        assert run.event.duration_s == 52 * 60  # type: ignore[union-attr]
        assert "Back as it was" in text


class TestTheReminderOfACorrectedRun:
    @pytest.mark.parametrize("fix", ["sorry, 1:32:00", "correction to my last: ran 16k in 1:32:00"])
    async def test_one_recovery_reminder_is_left(self, coach: Coach, fix: str) -> None:
        """A long run corrected right after it is reminded of once, not once per version."""
        await reply_text(coach, "ran 16k in 1:30:00")
        await reply_text(coach, fix, NOW + timedelta(minutes=2))
        pending = await coach.stores.schedule.pending(USER, "reminder")
        assert len(pending) == 1


class TestAQuotedReply:
    """A reply quoting the runner's own entry ("> Ran 10 km in 52:00\nno, 12 km in 1:02:00")
    puts that entry right; a reply quoting it to say thanks logs nothing again."""

    async def test_a_correction_under_the_quote_replaces_the_entry(self, coach: Coach) -> None:
        await reply_text(coach, "Ran 10 km in 52:00")
        text = await reply_text(coach, "> Ran 10 km in 52:00\nno, 12 km in 1:02:00",
                                NOW + timedelta(minutes=3))
        [run] = await coach.stores.events.all_for_user(USER)
        assert isinstance(run.event, RunLogged)
        assert (run.event.distance_m, run.event.duration_s) == (12_000, 62 * 60)
        assert "Updated" in text

    async def test_thanks_under_the_quote_logs_nothing(self, coach: Coach) -> None:
        await reply_text(coach, "Ran 10 km in 52:00")
        await reply_text(coach, "> Ran 10 km in 52:00\nthanks coach!", NOW + timedelta(minutes=3))
        assert await live_events(coach) == ["run"]
