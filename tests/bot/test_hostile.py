"""Hostile input over the whole message path: core, storage and the HTML Telegram accepts."""

from __future__ import annotations

import asyncio
import csv
import gzip
import io
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import keyboards
from bot.cli import main as cli_main
from bot.coach import Coach, Incoming
from bot.coach.buttons import VERBS, parse
from bot.console import SimulatedClock
from bot.exports import export_files
from bot.formatting import STALE_BUTTON
from bot.main import backup, build_application, build_coach, real_clock
from bot.settings import Settings
from bot.telegram.inbox import InboxBot
from bot.telegram.webhook import WebhookConfig, serve_webhook
from engine.events import FoodItem, MealLogged, StoredEvent
from engine.food import FoodTable
from engine.profile import Profile
from storage.db import Database, bundled_migrations
from tests.bot.conftest import USER, Running, buttons
from tests.botapi import BotApiServer, free_port, parse_html, utf16_len
from tests.fitwriter import encode, run_messages

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


FORGED = [
    "undo:" + "9" * 30, "undo:\u00b2", "undo:-1", "undo:1 ", "fix:\u0661", "notnow:" + "x" * 5000,
    "notnow:N6\n", "why:N99", "snooze:summary:2026-11-26", "snooze:recovery:1:snooze",
    "skip:" + "recovery:" * 7, "scale:1:3", "eat:XL", "deleteme:now", "had:", "undo", "",
    ":1", "why:n6", "snack:N6" + "\u200b",
]


class TestForgedButtons:
    async def test_forged_callback_data_is_refused_politely_and_changes_nothing(
            self, tmp_path: Path, foods: FoodTable) -> None:
        """Data a client made up (too long, non-ASCII digits, unknown keys) gets 'expired'."""
        db = Database(tmp_path / "forged.db")
        await db.open()
        try:
            coach = build_coach(db, SimulatedClock(NOW), foods)
            await coach.handle_text(Incoming(1, 1, "ran 10k in 52 min", NOW, message_id=1))
            await coach.handle_text(Incoming(1, 1, "2 eggs", NOW, message_id=2))
            before = await _snapshot(db)
            for data in FORGED:
                replies = await coach.press(1, 1, data, NOW + timedelta(minutes=5))
                assert [r.text for r in replies] == [STALE_BUTTON], data
            assert await _snapshot(db) == before
        finally:
            await db.close()

    def test_every_button_we_make_passes_the_gate(self) -> None:
        """The strict parser accepts each kind of button the bot sends, and nothing else."""
        made = [
            *keyboards.after_logging([_stored(123_456_789_012)]), *keyboards.fix(7),
            *keyboards.recovery("recovery:42", snoozed=False), *keyboards.nudge("N6"),
            *keyboards.eat("L"), *keyboards.confirm_delete(), *keyboards.today(),
            *keyboards.show("week"), *keyboards.log_held(123_456_789_012),
        ]
        for row in made:
            for button in row:
                assert parse(button.data) is not None, button.data
        assert {parse(b.data)[0] for row in made for b in row  # type: ignore[index]
                } == set(VERBS)

    async def test_an_old_undo_after_deleteme_touches_nothing_new(self, bot: Running) -> None:
        """Event ids are never reused: an Undo shown before /deleteme cannot undo a new run."""
        old = await bot.say("ran 10k in 52 min")
        confirm = await bot.say("/deleteme")
        await bot.press(confirm, buttons(confirm)["Yes, delete everything"])
        await bot.say("ran 5 km in 30 min")
        [new] = await bot.coach.stores.events.all_for_user(USER)
        reply = await bot.press(old, buttons(old)["↩️ Undo"])
        assert "Undone" not in reply["plain_text"]
        assert await bot.coach.stores.events.all_for_user(USER) == [new]


async def test_the_id_migration_keeps_every_event_and_link(tmp_path: Path) -> None:
    """The rebuild gives events AUTOINCREMENT: same rows and ids, and a freed id stays used."""
    steps = bundled_migrations()
    rebuild = next(n for n, s in enumerate(steps) if "autoincrement" in s.name)
    path = tmp_path / "old.db"
    old = Database(path, steps[:rebuild])
    await old.open()
    try:
        await old.write("INSERT INTO users (id, profile, created_at, updated_at) "
                        "VALUES (1, '{}', 'x', 'x')")
        for n in (3, 2, 1):
            await old.write("INSERT INTO events (id, user_id, kind, at, payload, created_at, "
                            "replaced_by) VALUES (?, 1, 'meal', 't', '{}', 'c', ?)",
                            (n, 2 if n == 1 else None))
        await old.write("DELETE FROM events WHERE id = 3")  # the newest id is free again
        rows = await old.read("SELECT * FROM events ORDER BY id")
        before = [tuple(r) for r in rows]
        columns = ", ".join(rows[0].keys())  # later steps may add columns (NULL here)
    finally:
        await old.close()
    db = Database(path)
    await db.open()
    try:
        assert [tuple(r) for r in await db.read(
            f"SELECT {columns} FROM events ORDER BY id")] == before
        [new_id] = await db.write_returning(
            "INSERT INTO events (user_id, kind, at, payload, created_at) "
            "VALUES (1, 'run', 't', '{}', 'c') RETURNING id")
        assert new_id == 3  # the migration starts counting where the table was
        await db.write("DELETE FROM events WHERE id = ?", (new_id,))
        [again] = await db.write_returning(
            "INSERT INTO events (user_id, kind, at, payload, created_at) "
            "VALUES (1, 'run', 't', '{}', 'c') RETURNING id")
        assert again == 4
        assert await db.integrity_check() == "ok"
        indexes = {r[0] for r in await db.read(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")}
        assert {"events_live_by_user_at", "events_by_update"} <= indexes
    finally:
        await db.close()


async def _snapshot(db: Database) -> list[tuple[object, ...]]:
    """Every row a button could change: events, profiles, scheduled messages."""
    rows = []
    for sql in ("SELECT id, payload, undone_at, replaced_by FROM events ORDER BY id",
                "SELECT * FROM users ORDER BY id",
                "SELECT * FROM scheduled_messages ORDER BY id"):
        rows += [tuple(r) for r in await db.read(sql)]
    return rows


def _stored(event_id: int, text: str = "2 eggs") -> StoredEvent:
    return StoredEvent(id=event_id, user_id=1,
                       event=MealLogged(at=NOW, items=(FoodItem(text=text),)))


class TestCraftedUploads:
    async def test_crafted_files_sent_at_once_are_refused_and_store_nothing(
            self, bot: Running) -> None:
        """Four of the issue's files at once: four clear refusals, no event, the bot answers."""
        messages = run_messages(start=NOW, seconds=60)
        [session] = [m for m in messages if m[0] == "session"]
        sessions = encode([m for m in messages if m[0] != "session"] + [session] * 3000)
        flood = gzip.compress(b"<gpx>" + b"<wpt/>" * 1_000_000 + b"</gpx>")
        deep = b"<gpx>" + b"<extensions>" * 5000 + b"</extensions>" * 5000 + b"</gpx>"
        for data, name in ((sessions, "a.fit"), (flood, "b.gpx.gz"), (deep, "c.gpx"),
                           (flood, "d.gpx.gz")):
            bot.server.user_sends_document(data, name)
        replies = await bot.server.wait_for_sent(4, timeout=30)
        texts = sorted(r["plain_text"] for r in replies)
        assert sum("more than 300,000 entries" in t for t in texts) == 2
        assert sum("nested far deeper" in t for t in texts) == 1
        assert sum("more than 10 activities" in t for t in texts) == 1
        assert await bot.events() == []


class TestImportBounds:
    def test_runfuel_import_refuses_a_huge_file_without_reading_it_all(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A 4 GB (sparse) file is refused at the bot's 20 MB cap, with the bot's reason."""
        huge = tmp_path / "huge.gpx"
        with huge.open("wb") as file:
            file.truncate(4 * 1024**3)
        assert cli_main(["import", str(huge)]) == 1
        assert "over 20 MB" in capsys.readouterr().err

    def test_runfuel_import_has_the_bot_s_part_cap(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A FIT with 3,000 sessions prints no event: the same refusal as in the chat."""
        messages = run_messages(start=NOW, seconds=60)
        [session] = [m for m in messages if m[0] == "session"]
        path = tmp_path / "many.fit"
        path.write_bytes(encode([m for m in messages if m[0] != "session"] + [session] * 3000))
        assert cli_main(["import", str(path), "--json"]) == 1
        out = capsys.readouterr()
        assert out.out == "" and "more than 10 activities" in out.err


@dataclass
class Hook:
    server: BotApiServer
    coach: Coach
    port: int

    async def raw(self, head: str, body: bytes = b"") -> tuple[int, float]:
        """Send a request's head (and maybe part of its body); the status and how long it took."""
        began = time.perf_counter()
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            writer.write(head.encode() + b"\r\n" + body)
            await writer.drain()
            status_line = await asyncio.wait_for(reader.readline(), 10)
        finally:
            writer.close()
        return int(status_line.split()[1]), time.perf_counter() - began


@pytest.fixture
async def hook(botapi_server: Callable[..., Awaitable[BotApiServer]], tmp_path: Path,
               foods: FoodTable) -> AsyncIterator[Hook]:
    """The real bot, built as main() builds it, served by bot/telegram/webhook.py on 127.0.0.1."""
    server = await botapi_server()
    port = free_port()
    settings = Settings(_env_file=None, telegram_token=server.token,  # type: ignore[call-arg]
                        api_base_url=server.base_url)
    db = Database(tmp_path / "hook.db")
    coach = build_coach(db, real_clock, foods)
    app = build_application(settings, db, coach)
    assert isinstance(app.bot, InboxBot)
    config = WebhookConfig(url=f"http://127.0.0.1:{port}/telegram", secret=HOOK_SECRET,
                           port=port, body_timeout_s=0.5)
    stop = asyncio.Event()
    serving = asyncio.create_task(serve_webhook(app, config, app.bot.keep, stop))
    for _ in range(200):
        if server.webhook is not None or serving.done():
            break
        await asyncio.sleep(0.05)
    try:
        yield Hook(server, coach, port)
    finally:
        stop.set()
        await serving


HOOK_SECRET = "hook-secret-0123456789"


def _head(length: int | None, secret: str | None) -> str:
    lines = ["POST /telegram HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    if secret is not None:
        lines.append(f"X-Telegram-Bot-Api-Secret-Token: {secret}")
    lines.append(f"Content-Length: {length}" if length is not None
                 else "Transfer-Encoding: chunked")
    return "\r\n".join(lines) + "\r\n"


class TestWebhook:
    def test_it_listens_on_loopback_unless_told_otherwise(self) -> None:
        """Behind a proxy on the same host: nothing else can reach the port."""
        assert Settings(_env_file=None).webhook_listen == "127.0.0.1"  # type: ignore[call-arg]

    async def test_an_update_with_the_secret_is_logged_and_answered(self, hook: Hook) -> None:
        """The whole path: Telegram's POST, the inbox, PTB, the coach, the reply."""
        assert hook.server.webhook is not None and hook.server.webhook.secret_token == HOOK_SECRET
        update = {"update_id": 7, "message": hook.server.user_message("2 eggs")}
        assert await hook.server.deliver_webhook(update) == 200
        [reply] = await hook.server.wait_for_sent(1, timeout=10)
        assert "Logged" in reply["plain_text"]

    async def test_a_huge_body_without_the_secret_is_refused_before_it_is_sent(
            self, hook: Hook) -> None:
        """95 MB declared, no secret, not one body byte sent: 403 at once, from the headers."""
        status, seconds = await hook.raw(_head(95 * 1024 * 1024, None))
        assert status == 403 and seconds < 5
        assert (await hook.raw(_head(10, "wrong-secret-0123456789")))[0] == 403

    async def test_a_body_over_64_kb_is_refused_unread_even_with_the_secret(
            self, hook: Hook) -> None:
        """The declared length decides: 413, and nothing is read or kept."""
        assert (await hook.raw(_head(64 * 1024 + 1, HOOK_SECRET)))[0] == 413
        assert (await hook.raw(_head(None, HOOK_SECRET)))[0] == 411

    async def test_a_body_that_never_finishes_is_cut_off(self, hook: Hook) -> None:
        """10 of 100 promised bytes, then silence: 408 after the body timeout."""
        status, seconds = await hook.raw(_head(100, HOOK_SECRET), b'{"update_i')
        assert status == 408 and seconds < 5

    async def test_a_body_that_is_not_an_update_is_refused_and_stores_nothing(
            self, hook: Hook) -> None:
        """With the secret but not an update: 400, and the bot carries on."""
        for body in (b"[1, 2]", b"not json", b'{"update_id": "x"}'):
            assert (await hook.raw(_head(len(body), HOOK_SECRET), body))[0] == 400
        update = {"update_id": 8, "message": hook.server.user_message("ran 5 km in 30 min")}
        assert await hook.server.deliver_webhook(update) == 200
        [reply] = await hook.server.wait_for_sent(1, timeout=10)
        assert "Logged" in reply["plain_text"]


class TestFilesWeWrite:
    @pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@sum(a1)",
                                      "\tcmd", "\r=1"])
    def test_csv_cells_a_spreadsheet_would_evaluate_are_neutralised(self, text: str) -> None:
        """A meal typed as a formula is exported as text: the cell starts with an apostrophe."""
        csv_file, json_file = export_files(1, Profile(), [_stored(1, text)], [])
        [_, row] = list(csv.reader(io.StringIO(csv_file[1].decode())))
        assert row[3] == "'" + text
        assert json.loads(json_file[1])["events"][0]["event"]["items"][0]["text"] == text

    async def test_backup_makes_even_an_existing_file_private(self, tmp_path: Path) -> None:
        """A backup over an existing world-readable file leaves it readable by its owner only."""
        source, target = tmp_path / "live.db", tmp_path / "copy.db"
        db = Database(source)
        await db.open()
        await db.close()
        target.write_bytes(b"old")
        target.chmod(0o644)
        await backup(source, target)
        assert target.stat().st_mode & 0o777 == 0o600
        copy = Database(target)
        await copy.open()
        try:
            assert await copy.integrity_check() == "ok"
        finally:
            await copy.close()


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
