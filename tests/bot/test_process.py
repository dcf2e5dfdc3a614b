"""`runfuel bot` as a real process against the Bot API test server: signals, restarts, logs."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from tests.botapi import BotApiServer

ROOT = Path(__file__).resolve().parent.parent.parent
TOKEN = "987654:SECRET-token-do-not-log"


def bot_env(server: BotApiServer, db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "RUNFUEL_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url,
               RUNFUEL_DB=str(db), **extra)
    return env


@asynccontextmanager
async def bot_process(server: BotApiServer, db: Path,
                      **extra: str) -> AsyncIterator[asyncio.subprocess.Process]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "bot", cwd=db.parent, env=bot_env(server, db, **extra),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


@pytest.fixture
async def server(botapi_server: Callable[..., Awaitable[BotApiServer]]) -> BotApiServer:
    return await botapi_server(TOKEN)


class TestLifecycle:
    async def test_sigterm_exits_cleanly_and_a_restart_keeps_the_data(
            self, server: BotApiServer, tmp_path: Path) -> None:
        """SIGTERM stops the bot with status 0; started again, it still knows the meal."""
        db = tmp_path / "runfuel.db"
        async with bot_process(server, db) as bot:
            server.user_message("2 eggs")
            [reply] = await server.wait_for_sent(1, timeout=30)
            assert "Logged" in reply["plain_text"]
            bot.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(bot.wait(), 20) == 0
            assert bot.stdout is not None
            logs = (await bot.stdout.read()).decode()
        async with bot_process(server, db, RUNFUEL_LOG_LEVEL="DEBUG") as bot:
            server.user_message("/today")
            [today] = await server.wait_for_sent(1, timeout=30)
            assert "eaten 143" in today["plain_text"]
            bot.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(bot.wait(), 20) == 0
            assert bot.stdout is not None
            debug_logs = (await bot.stdout.read()).decode()
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for text in (logs, debug_logs):
            assert TOKEN not in text and TOKEN.split(":")[1] not in text
        assert "2 eggs" not in logs  # by default, message text (health data) is never logged

    async def test_the_database_file_is_private(self, server: BotApiServer,
                                                tmp_path: Path) -> None:
        """The bot creates its database readable by its owner only."""
        db = tmp_path / "runfuel.db"
        async with bot_process(server, db) as bot:
            server.user_message("/help")
            await server.wait_for_sent(1, timeout=30)
            bot.send_signal(signal.SIGTERM)
            await asyncio.wait_for(bot.wait(), 20)
        assert db.stat().st_mode & 0o077 == 0


class TestWebhook:
    async def test_the_webhook_refuses_calls_without_the_secret(
            self, server: BotApiServer, tmp_path: Path) -> None:
        """In webhook mode a call without the secret token is refused; with it, answered."""
        port = _free_port()
        extra = {"RUNFUEL_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
                 "RUNFUEL_WEBHOOK_SECRET": "s3cret-value", "RUNFUEL_WEBHOOK_LISTEN": "127.0.0.1",
                 "RUNFUEL_WEBHOOK_PORT": str(port)}
        async with bot_process(server, tmp_path / "w.db", **extra) as bot:
            for _ in range(600):  # a fresh process imports and migrates first: slow under load
                if server.webhook is not None:
                    break
                await asyncio.sleep(0.05)
            assert server.webhook is not None
            assert server.webhook.secret_token == "s3cret-value"
            update = {"update_id": 1, "message": server.user_message("2 eggs")}
            assert await server.deliver_webhook_with_secret(update, None) == 403
            assert await server.deliver_webhook_with_secret(update, "wrong") == 403
            assert await server.deliver_webhook(update) == 200
            [reply] = await server.wait_for_sent(1, timeout=30)
            assert "Logged" in reply["plain_text"]
            bot.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(bot.wait(), 20) == 0


def _free_port() -> int:
    from tests.botapi import free_port

    return free_port()
