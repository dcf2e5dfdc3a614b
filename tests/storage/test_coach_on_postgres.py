"""The whole coach on PostgreSQL: the same conversation gets the same answers as on SQLite.

These go through the composition root (`bot.main.open_coach`, `runfuel migrate`,
`runfuel balance`), as a deployment with RUNFUEL_DATABASE_URL would.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.console import SimulatedClock, read_script, run_script
from bot.main import build_application, build_coach, open_coach, real_clock, settings_database
from bot.settings import Settings
from engine.food import FoodTable
from storage.postgres import PgDatabase
from tests.botapi import DEFAULT_USER_ID, BotApiServer, polling

START = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)
SCRIPT = """\
2026-11-26T06:00 /profile sex=female age=29 height=168cm weight=61kg goal=maintain \
tz=Europe/Berlin summary=21:00
2026-11-26T08:00 ran 10k in 55 min
2026-11-26T08:31 Had it
2026-11-26T12:00 chicken breast 150g with rice and 2 eggs
2026-11-26T12:05 /undo
2026-11-26T12:06 chicken breast 150g with rice
2026-11-26T18:00 weight 60.8
2026-11-27T07:30 /today
"""


async def replay(target: Path | str) -> list[dict[str, Any]]:
    clock = SimulatedClock(START)
    async with open_coach(target, clock) as coach:
        return await run_script(coach, clock, 1, read_script(SCRIPT.splitlines()))


async def test_a_scripted_day_reads_the_same_on_both_backends(tmp_path: Path,
                                                              pg_url: str) -> None:
    """Logs, a pressed button, an undo, a weigh-in, the reminder and the summary: identical."""
    on_sqlite = await replay(tmp_path / "runfuel.db")
    on_postgres = await replay(pg_url)
    assert [e["kind"] for e in on_sqlite if e["from"] == "bot"].count("summary") >= 1
    assert on_postgres == on_sqlite


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pg_url: str) -> str:
    """A clean environment pointing runfuel at this test's PostgreSQL schema."""
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "RUNFUEL_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RUNFUEL_DATABASE_URL", pg_url)
    return pg_url


class TestCommands:
    def test_migrate_brings_an_empty_database_to_the_current_schema(
            self, env: str, capsys: pytest.CaptureFixture[str]) -> None:
        """`runfuel migrate` applies every step once and says where, without the URL."""
        from storage.postgres import bundled_migrations

        steps = len(bundled_migrations())
        assert main(["migrate"]) == 0
        assert main(["migrate"]) == 0
        out = capsys.readouterr().out.splitlines()
        assert out == [f"PostgreSQL (RUNFUEL_DATABASE_URL): schema version {steps}"] * 2

    def test_balance_reads_postgresql_without_db(
            self, env: str, capsys: pytest.CaptureFixture[str]) -> None:
        """With RUNFUEL_DATABASE_URL set, `balance --user` needs no --db."""
        clock = SimulatedClock(START)

        async def log_day() -> None:
            async with open_coach(env, clock) as coach:
                await run_script(coach, clock, 1, read_script(
                    ["2026-11-26T08:00 2 eggs"]))

        asyncio.run(log_day())
        assert main(["balance", "--user", "1", "--date", "2026-11-26", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["intake_kcal"] == 143

    def test_a_url_that_is_not_postgresql_is_refused(
            self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
            capsys: pytest.CaptureFixture[str]) -> None:
        """A mistyped RUNFUEL_DATABASE_URL is a usage error that says what is expected."""
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("RUNFUEL_DATABASE_URL", "mysql://root@db/runfuel")
        assert main(["migrate"]) == 2
        assert "postgresql://" in capsys.readouterr().err
        assert not (tmp_path / "runfuel.db").exists()

    def test_backup_uses_pg_dump(self, env: str, capsys: pytest.CaptureFixture[str]) -> None:
        """`runfuel backup` on PostgreSQL writes pg_dump's file (restored in test_pg_backup)."""
        assert main(["backup", "copy.dump"]) == 0
        assert "pg_dump" in capsys.readouterr().out
        assert Path("copy.dump").read_bytes().startswith(b"PGDMP")


async def test_the_bot_runs_on_postgresql_over_http(
        botapi_server: Callable[..., Awaitable[BotApiServer]], pg_url: str,
        foods: FoodTable) -> None:
    """RUNFUEL_DATABASE_URL set: the real Application logs, dedupes and undoes in PostgreSQL.

    The meal's update is delivered twice and stored once; the run is undone.
    """
    server = await botapi_server()
    settings = Settings(_env_file=None, telegram_token=server.token,  # type: ignore[call-arg]
                        api_base_url=server.base_url, database_url=pg_url)
    db = settings_database(settings)
    assert isinstance(db, PgDatabase)
    coach = build_coach(db, real_clock, foods)
    async with polling(build_application(settings, db, coach), poll_interval=0, timeout=1):
        message = server.user_message("3 eggs and a banana")
        [reply] = await server.wait_for_sent(1, timeout=10)
        assert "Logged" in reply["text"]
        update = next(u for u in server.updates if u.get("message") == message)
        server.push_update_raw(update, duplicate=True)
        server.user_message("ran 10k in 52 min")
        await server.wait_for_sent(1, timeout=10)
        server.user_message("/undo")
        [undone] = await server.wait_for_sent(1, timeout=10)
        assert "Undid" in undone["text"]
        kinds = [s.event.kind for s in await coach.stores.events.all_for_user(DEFAULT_USER_ID)]
    assert kinds == ["meal"]
