"""Crash safety: SIGKILL the bot again and again while it ingests, and lose nothing."""

from __future__ import annotations

import asyncio
import random
import re
import signal
import sqlite3
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

from tests.bot.test_process import TOKEN, bot_process
from tests.botapi import BotApiServer

USERS = 30
PER_USER = 20
KILLS = 6
RICE = re.compile(r"(\d+) g rice")


async def test_sigkill_during_ingest_loses_nothing_and_doubles_nothing(
        botapi_server: Callable[..., Awaitable[BotApiServer]], tmp_path: Path) -> None:
    """After repeated SIGKILLs: integrity ok, every message stored exactly once, reminder once."""
    server = await botapi_server(TOKEN)
    db = tmp_path / "runfuel.db"
    runner = 9000
    server.user_message("/reminders recovery=0", user_id=runner)
    server.user_message("ran 12 km in 65 min", user_id=runner)
    expected = []
    for n in range(1, PER_USER + 1):
        for user in range(1, USERS + 1):
            expected.append((user, n))
            server.user_message(f"{n} g rice", user_id=user)
    rng = random.Random(8)
    for _ in range(KILLS):
        async with bot_process(server, db) as bot:
            await asyncio.sleep(rng.uniform(1.0, 2.5))
            bot.send_signal(signal.SIGKILL)
            await bot.wait()
    async with bot_process(server, db) as bot:
        for _ in range(600):
            if server.pending_updates == 0 and _acknowledged(server) >= len(expected):
                break
            await asyncio.sleep(0.1)
        assert _acknowledged(server) == len(expected), "a message was never answered"
        await asyncio.sleep(1.5)  # let the scheduled-message job run once more
        bot.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(bot.wait(), 20) == 0

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT user_id, payload FROM events WHERE kind = 'meal'"
                            " AND undone_at IS NULL").fetchall()
        [(state,)] = conn.execute(
            "SELECT state FROM scheduled_messages WHERE kind = 'reminder'"
            " AND dedupe_key NOT LIKE '%:follow-up'").fetchall()  # the follow-up comes later
    stored = Counter((user, int(m.group(1))) for user, p in rows if (m := RICE.search(p)))
    assert sorted(stored) == sorted(expected), "a message was lost"
    assert set(stored.values()) == {1}, "a message was stored twice"
    acknowledged = {(s["chat_id"], int(m.group(1))) for s in server.sent
                    if (m := RICE.search(s.get("plain_text") or ""))}
    assert acknowledged <= set(stored)
    reminders = [s for s in server.sent if "Recovery time" in (s.get("plain_text") or "")]
    assert len(reminders) <= 1, "a reminder was sent twice"
    if state in {"claimed", "pending"}:  # died before the call: sent after its lease, once
        assert reminders == []
    else:  # sent; or `sending`: died during the call, so it may have arrived, never resent
        assert state in {"sent", "sending"}
        assert len(reminders) == 1 or state == "sending"


def _acknowledged(server: BotApiServer) -> int:
    return len({(s["chat_id"], m.group(1)) for s in server.sent
                if (m := RICE.search(s.get("plain_text") or ""))})
