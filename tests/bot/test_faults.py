"""When the Bot API misbehaves, the bot keeps running, retries what it should, loses nothing."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.coach import Outgoing
from bot.telegram.sending import send_to
from engine.records import ScheduledMessage
from tests.bot.conftest import USER, Running


class TestFaults:
    async def test_a_500_on_the_reply_is_retried(self, bot: Running) -> None:
        """Telegram answering 500 once: the reply still arrives and the meal is stored once."""
        bot.server.fail_next("sendMessage", status=500)
        reply = await bot.say("2 eggs")
        assert "Logged" in reply["plain_text"]
        assert await bot.events() == ["meal"]

    async def test_a_429_is_waited_out(self, bot: Running) -> None:
        """Too Many Requests with retry_after: the bot waits and sends."""
        bot.server.fail_next("sendMessage", status=429, retry_after=1)
        reply = await bot.say("2 eggs")
        assert "Logged" in reply["plain_text"]

    async def test_a_hanging_api_times_out_and_is_retried(self, bot: Running) -> None:
        """A send that never gets an answer times out and is sent again."""
        bot.server.hang_next("sendMessage", 7)
        reply = await bot.say("a banana")
        assert "Logged" in reply["plain_text"]
        assert await bot.events() == ["meal"]

    async def test_polling_survives_an_outage(self, bot: Running) -> None:
        """getUpdates failing with 502 several times: once it is back, messages are answered."""
        bot.server.fail_next("getUpdates", status=502, times=3)
        reply = await bot.say("2 eggs")
        assert "Logged" in reply["plain_text"]

    async def test_messages_written_while_the_api_is_gone_are_answered_when_it_is_back(
            self, bot: Running) -> None:
        """The Bot API unreachable (connection refused): polling waits it out, nothing is lost."""
        await bot.say("2 eggs")
        await bot.server.stop()
        await asyncio.sleep(1.5)  # a few polls refused
        bot.server.user_message("a banana")  # waits at Telegram meanwhile
        await bot.server.start()  # the same port
        [reply] = await bot.server.wait_for_sent(1, timeout=20)
        assert "Logged" in reply["plain_text"]
        assert await bot.events() == ["meal", "meal"]

    async def test_a_send_while_the_api_is_gone_arrives_when_it_is_back(
            self, bot: Running) -> None:
        """A message the bot sends into an outage is retried, and delivered once, afterwards."""
        bot.server.add_chat(USER)
        await bot.server.stop()
        sending = asyncio.create_task(send_to(bot.app.bot, USER, Outgoing("Still there?")))
        await asyncio.sleep(1.0)  # the first try and the first retry are refused
        assert not sending.done()
        await bot.server.start()
        await asyncio.wait_for(sending, 10)
        assert [m["text"] for m in bot.server.sent] == ["Still there?"]

    async def test_a_blocked_user_is_marked_inactive_on_reply(self, bot: Running) -> None:
        """Forbidden on an answer marks the user inactive; their message is still stored."""
        bot.server.block_user(USER)
        bot.server.user_message("2 eggs")
        await bot.server.wait_for_rejected(1, timeout=10)
        assert await bot.until_inactive()
        assert await bot.events() == ["meal"]

    async def test_a_scheduled_message_waits_out_an_outage(self, bot: Running) -> None:
        """A reminder that cannot be sent goes back to pending instead of being dropped."""
        await bot.say("/reminders recovery=0")
        bot.server.fail_next("sendMessage", status=502, times=20)
        bot.server.user_message("ran 12 km in 65 min")
        # The reply to the run fails 3 times first (0.5 + 2 + 5 s of back-off); a loaded machine
        # can take far longer than that, so wait up to a minute (the loop ends as soon as it holds).
        for _ in range(600):
            [row] = [r for r in await _reminders(bot)] or [None]
            if row is not None and row.due_at > bot.coach.clock() + timedelta(seconds=30):
                break
            await asyncio.sleep(0.1)
        assert row is not None and row.state == "pending"


async def _reminders(bot: Running) -> list[ScheduledMessage]:
    return [p for p in await bot.coach.stores.schedule.pending(USER) if p.kind == "reminder"]
