"""`runfuel set-webhook`: several workers share one webhook address, set once by hand."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from bot.cli import USAGE_ERROR, main
from tests.bot.test_process import TOKEN
from tests.botapi import BotApiServer

URL = "https://coach.example/telegram"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("RUNFUEL_WEBHOOK_SECRET", "a-long-random-secret")
    return monkeypatch


async def test_set_webhook_points_telegram_at_the_workers(
        botapi_server: Callable[..., Awaitable[BotApiServer]], env: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The URL, the secret, the updates the bot reads and the connections at once."""
    server = await botapi_server(TOKEN)
    env.setenv("TELEGRAM_API_BASE_URL", server.base_url)
    env.setenv("RUNFUEL_WEBHOOK_URL", URL)
    assert await asyncio.to_thread(main, ["set-webhook", "--max-connections", "8"]) == 0
    assert server.webhook is not None
    assert (server.webhook.url, server.webhook.secret_token, server.webhook.max_connections) == (
        URL, "a-long-random-secret", 8)
    assert server.webhook.allowed_updates == ["message", "edited_message", "callback_query"]
    assert "up to 8 connections" in capsys.readouterr().out
    env.setenv("RUNFUEL_WEBHOOK_MAX_CONNECTIONS", "12")
    assert await asyncio.to_thread(main, ["set-webhook"]) == 0
    assert server.webhook.max_connections == 12


def test_without_a_webhook_url_it_says_what_is_missing(
        env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    env.delenv("RUNFUEL_WEBHOOK_URL", raising=False)
    assert main(["set-webhook"]) == USAGE_ERROR
    assert "RUNFUEL_WEBHOOK_URL" in capsys.readouterr().err
