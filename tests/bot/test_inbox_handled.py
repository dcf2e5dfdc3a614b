"""Handled updates leave the inbox, many in one delete, and never before `done` returns."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime

from telegram import Update

from bot.telegram.inbox import Handled, InboxBot
from storage.db import Database
from storage.sqlite import SqliteInbox
from tests.botapi import BotApiServer

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


async def test_updates_finishing_together_all_leave_the_inbox(database: Database) -> None:
    inbox = SqliteInbox(database)
    await inbox.keep([(i, json.dumps({"update_id": i})) for i in range(1, 41)], now=NOW)
    deletes: list[tuple[int, ...]] = []

    async def delete(*ids: int) -> None:
        deletes.append(ids)
        await inbox.done(*ids)

    handled = Handled(delete)
    await asyncio.gather(*(handled.done(i) for i in range(1, 31)))
    assert [json.loads(p)["update_id"] for p in await inbox.pending()] == list(range(31, 41))
    assert sorted(i for ids in deletes for i in ids) == list(range(1, 31))
    assert len(deletes) < 30  # those that finished while a delete ran went in the next one


async def test_done_returns_only_once_the_row_is_gone(database: Database) -> None:
    inbox = SqliteInbox(database)
    await inbox.keep([(i, json.dumps({"update_id": i})) for i in (1, 2)], now=NOW)
    handled = Handled(inbox.done)

    async def done_then_look(update_id: int) -> list[int]:
        await handled.done(update_id)
        return [json.loads(p)["update_id"] for p in await inbox.pending()]

    first, second = await asyncio.gather(done_then_look(1), done_then_look(2))
    assert 1 not in first and second == []


async def test_a_failed_delete_reaches_every_update_it_held() -> None:
    async def failing(*_ids: int) -> None:
        await asyncio.sleep(0)
        raise OSError("disk full")

    handled = Handled(failing)
    results = await asyncio.gather(*(handled.done(i) for i in range(3)), return_exceptions=True)
    assert all(isinstance(r, OSError) for r in results)


async def test_a_polled_update_is_kept_as_telegram_sent_it(
        botapi_server: Callable[..., Awaitable[BotApiServer]]) -> None:
    """The inbox row is getUpdates' own entry, and start-up reads it back as the same update."""
    server = await botapi_server()
    kept: list[tuple[int, str]] = []

    async def keep(pairs: Sequence[tuple[int, str]]) -> None:
        kept.extend(pairs)

    sent = server.user_message("oatmeal with banana, 2 eggs")
    async with InboxBot(server.token, base_url=server.base_url, keep=keep) as bot:
        updates = await bot.get_updates()
        assert [uid for uid, _ in kept] == [u.update_id for u in updates]
        again = Update.de_json(json.loads(kept[0][1]), bot)
    assert json.loads(kept[0][1])["message"] == sent
    assert again.message is not None and updates[0].message is not None
    assert again.message.text == updates[0].message.text == "oatmeal with banana, 2 eggs"
    assert again.message.date == updates[0].message.date
