"""Strava through the real bot: /connect in Telegram, the browser's round trip, a run arriving.

The Application is built by `bot.main.build_application` (web server and worker started in
post_init, beside polling), against the Bot API test server and the Strava stand-in.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.coach import Coach
from bot.main import build_application, build_coach, real_clock
from bot.settings import Settings
from bot.strava import messages
from bot.strava.crypto import new_key
from engine.food import FoodTable
from storage.db import Database
from tests.bot.conftest import Running
from tests.bot.strava_rig import VERIFY
from tests.botapi import DEFAULT_USER_ID, BotApiServer, free_port, polling
from tests.stravaapi import CLIENT_ID, CLIENT_SECRET, DEFAULT_ATHLETE, StravaServer

USER = DEFAULT_USER_ID


@dataclass
class WithStrava:
    running: Running
    strava: StravaServer
    webhook_url: str


@pytest.fixture
async def bot_with_strava(botapi_server: Callable[..., Awaitable[BotApiServer]],
                          strava_server: Any, tmp_path: Path,
                          foods: FoodTable) -> AsyncIterator[WithStrava]:
    server = await botapi_server()
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    strava: StravaServer = await strava_server(real_clock,
                                               redirect_uri=f"{public}/strava/callback")
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, telegram_token=server.token, api_base_url=server.base_url,
        strava_client_id=CLIENT_ID, strava_client_secret=CLIENT_SECRET,
        strava_verify_token=VERIFY, public_url=public, secret_key=new_key(), web_port=port,
        strava_oauth_url=f"{strava.url}/oauth", strava_api_url=f"{strava.url}/api/v3")
    db = Database(tmp_path / "bot.db")
    coach: Coach = build_coach(db, real_clock, foods)
    app = build_application(settings, db, coach)
    async with polling(app, poll_interval=0, timeout=1):
        yield WithStrava(Running(server, app, coach, db), strava, f"{public}/strava/webhook")


async def test_connect_in_telegram_then_a_run_arrives_by_itself(
        bot_with_strava: WithStrava) -> None:
    """/connect's button, Strava's page, the chat's confirmation, then a recorded run."""
    bot, strava = bot_with_strava.running, bot_with_strava.strava
    reply = await bot.say("/connect")
    [[button]] = reply["reply_markup"]["inline_keyboard"]
    async with aiohttp.ClientSession() as session, session.get(button["url"]) as page:
        assert page.status == 200
        assert "Strava is connected" in await page.text()
    confirmation = await bot.answer()
    assert confirmation["text"].startswith("✅ Strava connected.")
    start = datetime.now(UTC) - timedelta(minutes=70)
    strava.add_activity(501, start_date=start.strftime("%Y-%m-%dT%H:%M:%SZ"))
    status, seconds = await strava.push(501, url=bot_with_strava.webhook_url)
    assert (status, seconds < 2) == (200, True)
    arrived = await bot.answer()
    assert arrived["text"].startswith("🏃 From Strava: 12.1 km in 58:40")
    undo = arrived["reply_markup"]["inline_keyboard"][0][0]
    assert undo["text"] == "↩️ Undo"
    assert await bot.events() == ["run"]


async def test_export_names_the_link_and_deleteme_deauthorizes(
        bot_with_strava: WithStrava) -> None:
    bot, strava = bot_with_strava.running, bot_with_strava.strava
    reply = await bot.say("/connect")
    async with aiohttp.ClientSession() as session, session.get(
            reply["reply_markup"]["inline_keyboard"][0][0]["url"]) as page:
        assert page.status == 200
    await bot.answer()
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
