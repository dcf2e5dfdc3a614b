"""Defaults are not silent, and the weekly summary does not repeat the first daily one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.coach import Coach
from bot.console import SimulatedClock
from tests.bot.conftest import Running
from tests.bot.test_schedule import deliver
from tests.bot.test_service import reply_text

SUNDAY_MORNING = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)  # the default weekly day


class TestDefaultsAreSaid:
    async def test_a_new_runners_profile_says_which_values_are_defaults(
            self, coach: Coach) -> None:
        """No weight and no zone given: the card says 70 kg and UTC are defaults and how to
        set them; once set, the notes go."""
        card = await reply_text(coach, "/profile")
        assert "Weight used: 70.0 kg (a default, not yours: send your weight" in card
        assert "Time zone: UTC (my default: your days end at midnight UTC" in card
        assert "/timezone Europe/Berlin" in card
        await reply_text(coach, "weight 72.5")
        card = await reply_text(coach, "/timezone Europe/Berlin")
        assert "Weight used: 72.5 kg ·" in card
        assert "Time zone: Europe/Berlin ·" in card
        assert "default" not in card

    async def test_today_says_what_it_assumed(self, coach: Coach) -> None:
        """/today of a runner with no weight and no zone names both assumptions."""
        today = await reply_text(coach, "/today")
        assert "Weight 70.0 kg: a default, not yours" in today
        assert "Time zone UTC is my default" in today
        await reply_text(coach, "/profile weight=61kg tz=Europe/London")
        today = await reply_text(coach, "/today")
        assert "default" not in today

    async def test_an_imperial_runner_is_told_in_pounds(self, coach: Coach) -> None:
        """The default weight and its example come in the runner's units."""
        await reply_text(coach, "/profile units=imperial")
        today = await reply_text(coach, "/today")
        assert "Weight 154.3 lb: a default, not yours" in today
        assert "weight 158 lb" in today

    async def test_a_profile_weight_is_not_called_a_default(self, coach: Coach) -> None:
        """A weight given in the profile is the runner's own, even before any weigh-in."""
        card = await reply_text(coach, "/profile weight=80kg")
        assert "Weight used: 80.0 kg ·" in card


class TestFirstWeek:
    @pytest.mark.parametrize(("joined_days_before", "weekly"), [(0, False), (1, False),
                                                                (2, False), (3, True),
                                                                (6, True)])
    async def test_the_weekly_summary_waits_for_a_few_days(
            self, coach: Coach, clock: SimulatedClock, joined_days_before: int,
            weekly: bool) -> None:
        """A runner who starts on the weekly day gets the daily summary that evening, not a
        'week' of one day; from three days in, the weekly one comes too."""
        joined = SUNDAY_MORNING - timedelta(days=joined_days_before)
        clock.now = joined
        await reply_text(coach, "2 eggs and toast", joined)
        sent = await deliver(coach, clock, SUNDAY_MORNING + timedelta(hours=14))
        sunday = [d for d in sent if d.row.due_at.date() == SUNDAY_MORNING.date()]
        kinds = sorted(d.row.kind for d in sunday)
        assert kinds == (["summary", "weekly"] if weekly else ["summary"])


class TestOverHttp:
    async def test_a_new_runner_hears_about_defaults_through_the_real_bot(
            self, bot: Running) -> None:
        """Over the real Bot API: /today before any set-up says what it assumed."""
        reply = await bot.say("/today")
        assert "a default, not yours" in reply["text"]
        assert "midnight UTC" in reply["text"]
        assert "/timezone Europe/Berlin" in reply["text"]
