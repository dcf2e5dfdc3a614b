"""The real Application, wired as main() wires it, polling the Bot API test server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.coach import Coach
from bot.main import build_application, build_coach, real_clock
from bot.settings import Settings
from engine.food import FoodTable
from storage.db import Database
from tests.botapi import DEFAULT_USER_ID, BotApiServer, polling

USER = DEFAULT_USER_ID


@dataclass
class Running:
    server: BotApiServer
    app: Application  # type: ignore[type-arg]
    coach: Coach
    db: Database

    async def say(self, text: str, **kw: Any) -> dict[str, Any]:
        """The user sends text; returns the bot's (first) answer."""
        self.server.user_message(text, **kw)
        return await self.answer()

    async def press(self, bot_message: dict[str, Any], data: str) -> dict[str, Any]:
        """The user presses a button; returns the bot's (first) answer."""
        self.server.user_presses(bot_message, data)
        return await self.answer()

    async def answer(self) -> dict[str, Any]:
        """The bot's next new message (edits of earlier messages are skipped over)."""
        while True:
            [sent] = await self.server.wait_for_sent(1, timeout=10)
            if not sent["method"].startswith("edit"):
                return sent

    async def events(self, user: int = USER) -> list[str]:
        return [s.event.kind for s in await self.coach.stores.events.all_for_user(user)]

    async def until_inactive(self, user: int = USER) -> bool:
        """Wait (up to 10 s) for the bot to mark the user inactive."""
        for _ in range(100):
            record = await self.coach.stores.users.get(user)
            if record is not None and not record.active:
                return True
            await asyncio.sleep(0.1)
        return False


def buttons(message: dict[str, Any]) -> dict[str, str]:
    """Label -> callback data of a sent message's inline keyboard."""
    markup = message.get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", [])
            for b in row}


@pytest.fixture
async def bot(botapi_server: Callable[..., Awaitable[BotApiServer]], tmp_path: Path,
              foods: FoodTable) -> AsyncIterator[Running]:
    server = await botapi_server()
    settings = Settings(_env_file=None, telegram_token=server.token,  # type: ignore[call-arg]
                        api_base_url=server.base_url)
    db = Database(tmp_path / "bot.db")
    coach = build_coach(db, real_clock, foods)
    app = build_application(settings, db, coach)
    async with polling(app, poll_interval=0, timeout=1):
        yield Running(server, app, coach, db)
    bad_requests = [r for r in server.rejected if r["status"] == 400]
    assert not bad_requests, "the bot sent something Telegram refuses"


