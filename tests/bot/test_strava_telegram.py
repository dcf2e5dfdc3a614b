"""Strava through the real bot: /connect in Telegram, the browser's round trip, a run arriving.

The Application is built by `bot.main.build_application` (web server and worker started in
post_init, beside polling), against the Bot API test server and the Strava stand-in.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.coach import Coach
from bot.coach.schedule import RETRY_DELAY
from bot.main import build_application, build_coach, real_clock
from bot.settings import Settings
from bot.strava import messages
from bot.strava.crypto import new_key
from bot.telegram import sending
from bot.telegram.inbox import InboxBot
from bot.telegram.webhook import WebhookConfig, serve_webhook
from engine.events import RunLogged
from engine.food import FoodTable
from storage.db import Database
from tests.bot.conftest import Running
from tests.bot.strava_rig import VERIFY
from tests.botapi import DEFAULT_USER_ID, BotApiServer, free_port, polling
from tests.stravaapi import CLIENT_ID, CLIENT_SECRET, DEFAULT_ATHLETE, StravaServer

USER = DEFAULT_USER_ID


class ShiftedClock:
    """The real clock, moved on by the test (so a retry delay passes at once)."""

    def __init__(self) -> None:
        self.by = timedelta()

    def __call__(self) -> datetime:
        return real_clock() + self.by


@dataclass
class WithStrava:
    running: Running
    strava: StravaServer
    webhook_url: str
    clock: ShiftedClock


def strava_settings(server: BotApiServer, strava: StravaServer, port: int) -> Settings:
    """Telegram's test server and Strava's stand-in, with runfuel's web server on `port`."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None, telegram_token=server.token, api_base_url=server.base_url,
        strava_client_id=CLIENT_ID, strava_client_secret=CLIENT_SECRET,
        strava_verify_token=VERIFY, public_url=f"http://127.0.0.1:{port}",
        secret_key=new_key(), web_port=port, strava_oauth_url=f"{strava.url}/oauth",
        strava_api_url=f"{strava.url}/api/v3")


@pytest.fixture
async def bot_with_strava(botapi_server: Callable[..., Awaitable[BotApiServer]],
                          strava_server: Any, tmp_path: Path,
                          foods: FoodTable) -> AsyncIterator[WithStrava]:
    server = await botapi_server()
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    strava: StravaServer = await strava_server(real_clock,
                                               redirect_uri=f"{public}/strava/callback")
    db = Database(tmp_path / "bot.db")
    clock = ShiftedClock()
    coach: Coach = build_coach(db, clock, foods)
    app = build_application(strava_settings(server, strava, port), db, coach)
    async with polling(app, poll_interval=0, timeout=1):
        yield WithStrava(Running(server, app, coach, db), strava, f"{public}/strava/webhook",
                         clock)


async def connect(bot: Running, message: dict[str, Any]) -> None:
    """Follow /connect's button in a browser; the chat confirms."""
    [[button]] = message["reply_markup"]["inline_keyboard"]
    async with aiohttp.ClientSession() as session, session.get(button["url"]) as page:
        assert page.status == 200
        assert "Strava is connected" in await page.text()
    confirmation = await bot.answer()
    assert confirmation["text"].startswith("✅ Strava connected.")


def run_an_hour_ago(strava: StravaServer, activity_id: int) -> None:
    start = datetime.now(UTC) - timedelta(minutes=70)
    strava.add_activity(activity_id, start_date=start.strftime("%Y-%m-%dT%H:%M:%SZ"))


async def test_connect_in_telegram_then_a_run_arrives_by_itself(
        bot_with_strava: WithStrava) -> None:
    """/connect's button, Strava's page, the chat's confirmation, then a recorded run."""
    bot, strava = bot_with_strava.running, bot_with_strava.strava
    await connect(bot, await bot.say("/connect"))
    run_an_hour_ago(strava, 501)
    status, seconds = await strava.push(501, url=bot_with_strava.webhook_url)
    assert (status, seconds < 2) == (200, True)
    arrived = await bot.answer()
    assert arrived["text"].startswith("🏃 From Strava: 12.1 km in 58:40")
    undo = arrived["reply_markup"]["inline_keyboard"][0][0]
    assert undo["text"] == "↩️ Undo"
    assert await bot.events() == ["run"]


async def test_a_run_s_message_survives_telegram_failing_its_first_send(
        bot_with_strava: WithStrava, monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram refuses the "From Strava" message (the send and its quick retry): the run is
    logged, the message waits as a row, and the sender's next pass delivers it, once."""
    bot, strava = bot_with_strava.running, bot_with_strava.strava
    monkeypatch.setattr(sending, "RETRY_PAUSES", (0.05,))  # one quick retry, not 7.5 s
    await connect(bot, await bot.say("/connect"))
    bot.server.fail_next("sendMessage", status=502, times=2)
    run_an_hour_ago(strava, 502)
    assert (await strava.push(502, url=bot_with_strava.webhook_url))[0] == 200
    await bot.server.wait_for_rejected(2, timeout=10)
    for _ in range(100):
        [row] = await bot.coach.stores.schedule.pending(USER, "notice")
        if row.due_at > bot.coach.clock():
            break  # back to pending, due again after the retry delay
        await asyncio.sleep(0.1)
    assert await bot.events() == ["run"]
    bot_with_strava.clock.by = RETRY_DELAY + timedelta(seconds=1)
    [tick] = bot.app.job_queue.get_jobs_by_name("scheduled:send-due")  # type: ignore[union-attr]
    await tick.run(bot.app)
    arrived = await bot.answer()
    assert arrived["text"].startswith("🏃 From Strava: 12.1 km in 58:40")
    await tick.run(bot.app)
    assert sum(m["text"].startswith("🏃 From Strava:") for m in bot.server.sent) == 1
    assert await bot.coach.stores.schedule.pending(USER, "notice") == []


async def test_with_the_telegram_webhook_a_strava_event_ends_in_a_logged_run(
        botapi_server: Callable[..., Awaitable[BotApiServer]], strava_server: Any,
        tmp_path: Path, foods: FoodTable) -> None:
    """Webhook mode: Telegram's updates and Strava's events reach two servers of one bot."""
    server = await botapi_server()
    port, hook_port = free_port(), free_port()
    strava: StravaServer = await strava_server(
        real_clock, redirect_uri=f"http://127.0.0.1:{port}/strava/callback")
    db = Database(tmp_path / "hook.db")
    coach = build_coach(db, real_clock, foods)
    app = build_application(strava_settings(server, strava, port), db, coach)
    assert isinstance(app.bot, InboxBot)
    config = WebhookConfig(url=f"http://127.0.0.1:{hook_port}/telegram",
                           secret="hook-secret-0123456789", port=hook_port)
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_webhook(app, config, app.bot.keep, stop))
    try:
        for _ in range(200):
            if server.webhook is not None or serving.done():
                break
            await asyncio.sleep(0.05)
        assert server.webhook is not None, "the bot did not set its webhook"
        bot = Running(server, app, coach, db)
        update = {"update_id": 1, "message": server.user_message("/connect")}
        assert await server.deliver_webhook(update) == 200
        await connect(bot, await bot.answer())
        run_an_hour_ago(strava, 503)
        status, seconds = await strava.push(503, url=f"http://127.0.0.1:{port}/strava/webhook")
        assert (status, seconds < 2) == (200, True)
        arrived = await bot.answer()
        assert arrived["text"].startswith("🏃 From Strava: 12.1 km in 58:40")
        [run] = [s.event for s in await coach.stores.events.all_for_user(USER)]
        assert isinstance(run, RunLogged) and run.source == "strava"
    finally:
        stop.set()
        await serving


async def test_export_names_the_link_and_deleteme_deauthorizes(
        bot_with_strava: WithStrava) -> None:
    bot, strava = bot_with_strava.running, bot_with_strava.strava
    await connect(bot, await bot.say("/connect"))
    await bot.say("/export")
    await bot.server.wait_for_sent(2, timeout=10)  # the two files
    exported = _exported_json(bot)
    assert exported["strava"]["athlete_id"] == DEFAULT_ATHLETE
    assert "token" not in json.dumps(exported["strava"])
    question = await bot.say("/deleteme")
    await bot.press(question, "deleteme:confirm")
    assert strava.deauthorized == [DEFAULT_ATHLETE]
    assert await bot.db.read("SELECT * FROM strava_links") == []


def _exported_json(bot: Running) -> dict[str, Any]:
    for sent in reversed(bot.server.sent):
        if sent["filename"] == "runfuel-export.json":
            data: dict[str, Any] = json.loads(sent["file"])
            return data
    raise AssertionError("no JSON export was sent")


async def test_without_strava_set_up_connect_says_so(bot: Running) -> None:
    reply = await bot.say("/connect")
    assert reply["text"] == messages.NOT_SET_UP
    menu = [c["command"] for listed in bot.server.commands.values() for c in listed]
    assert "today" in menu
    assert "connect" not in menu
