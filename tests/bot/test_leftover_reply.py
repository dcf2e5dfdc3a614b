"""Issue 15: a message with words left over is never answered with a plain "✅ Logged"."""

from __future__ import annotations

from bot.coach import Coach
from tests.bot.test_service import live_events, reply_text


class TestLeftoverWords:
    async def test_the_reply_names_what_was_not_caught(self, coach: Coach) -> None:
        text = await reply_text(coach, "2 eggs. weighed in")
        first = text.splitlines()[0]
        assert first.startswith("✅ Logged") and first != "✅ Logged:"
        assert "I didn't catch: 'weighed in' — what was it?" in text
        assert await live_events(coach) == ["meal"]

    async def test_everything_understood_is_a_plain_logged(self, coach: Coach) -> None:
        text = await reply_text(coach, "ran 10k in 50 min, then 2 eggs on toast")
        assert text.splitlines()[0] == "✅ Logged:"
        assert "didn't catch" not in text
        assert await live_events(coach) == ["run", "meal"]
