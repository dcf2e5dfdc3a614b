"""Hostile input over the whole message path: core, storage and the HTML Telegram accepts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.console import SimulatedClock
from bot.main import build_coach
from bot.service import Coach, Incoming
from engine.food import FoodTable
from storage.db import Database
from tests.botapi import parse_html, utf16_len

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
NASTY = [
    "'; DROP TABLE events; --", "<script>alert(1)</script> 2 eggs", "2 eggs & <b>bacon</b>",
    "\u202e3 eggs\u202c", "\x00\x01\x02 banana \x7f", "ran 1e308 km in 1 min",
    "ran 99999999999999999999 km", "weight -70", "weight 7e2", "/profile age=1e9",
    "/food x 1e308 kcal 1p 1c 1f per 100g", "🍌" * 2000, "a" * 4096, "/undo" * 500,
    "<i>" * 1000, "&amp;" * 800, "ran 5k\n" * 600, "/profile tz=../../etc/passwd",
]
messages = st.one_of(
    st.text(max_size=4096),
    st.sampled_from(NASTY),
    st.lists(st.sampled_from(["2", "eggs", "ran", "10k", "in", "50", "min", "<", "&", ">",
                              "/", "kg", "weight", "\u200f", "½", "-", "1e9", ","]),
             max_size=40).map(" ".join),
)


def check_sendable(text: str) -> None:
    """What Telegram would accept under parse_mode HTML: entities parse, 1..4096 units."""
    plain, _ = parse_html(text)
    assert 0 < utf16_len(plain) <= 4096, "empty or too long for Telegram"


class TestWholeMessagePath:
    @settings(max_examples=150, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(batch=st.lists(messages, min_size=1, max_size=4))
    def test_any_text_gets_a_valid_answer_and_keeps_the_log(self, tmp_path: Path,
                                                            foods: FoodTable,
                                                            batch: list[str]) -> None:
        """Every message gets a reply Telegram accepts; the meal logged first survives."""
        asyncio.run(self._run(tmp_path, foods, batch))

    @staticmethod
    async def _run(tmp_path: Path, foods: FoodTable, batch: list[str]) -> None:
        db = Database(tmp_path / f"fuzz-{abs(hash(tuple(batch)))}.db")
        await db.open()
        try:
            coach = build_coach(db, SimulatedClock(NOW), foods)
            await coach.handle_text(Incoming(1, 1, "2 eggs", NOW, message_id=1))
            for n, text in enumerate(batch, start=2):
                at = NOW + timedelta(minutes=n)
                for reply in await coach.handle_text(Incoming(1, 1, text, at, message_id=n)):
                    check_sendable(reply.text)
                    assert all(len(b.data.encode()) <= 64 for row in reply.buttons for b in row)
            stored = await coach.stores.events.all_for_user(1)
            if not any(t.lstrip().lower().startswith(("/undo", "/deleteme")) for t in batch):
                assert any(s.id == 1 and s.event.kind == "meal" for s in stored), "meal lost"
            for s in stored:
                for value in _numbers(s.event.model_dump()):
                    assert value >= 0 and value < 1e7, s.event
            assert await db.integrity_check() == "ok"
            await _check_views(coach)
        finally:
            await db.close()


async def _check_views(coach: Coach) -> None:
    """/today, /history and the profile still render after whatever was sent."""
    for command in ("/today", "/history", "/profile"):
        for reply in await coach.handle_text(Incoming(1, 1, command, NOW + timedelta(hours=1))):
            check_sendable(reply.text)


def _numbers(value: object) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [float(value)]
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, list | tuple):
        return [n for v in value for n in _numbers(v)]
    return []
