"""Handled updates leave the inbox, many in one delete, and never before `done` returns."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from bot.telegram.inbox import Handled
from storage.db import Database
from storage.sqlite import SqliteInbox

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
