"""The inbox keeps fetched updates until they are handled (crash safety, migration 0006)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from storage.db import Database
from storage.sqlite import SqliteInbox

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def batch(ids: range) -> list[tuple[int, str]]:
    return [(i, json.dumps({"update_id": i, "text": f"meal {i}"})) for i in ids]


async def test_a_full_batch_is_kept_once_and_replayed_in_order(database: Database) -> None:
    """100 updates (getUpdates' largest batch), then a redelivery that overlaps it."""
    inbox = SqliteInbox(database)
    await inbox.keep(batch(range(100, 200)), now=NOW)
    await inbox.keep(batch(range(150, 250)), now=NOW)
    pending = [json.loads(p)["update_id"] for p in await inbox.pending()]
    assert pending == list(range(100, 250))


async def test_handled_updates_leave_the_inbox(database: Database) -> None:
    inbox = SqliteInbox(database)
    await inbox.keep(batch(range(1, 4)), now=NOW)
    await inbox.done(2)
    await inbox.keep([], now=NOW)
    assert [json.loads(p)["update_id"] for p in await inbox.pending()] == [1, 3]
