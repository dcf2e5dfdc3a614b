"""`runfuel backup` on PostgreSQL: pg_dump's consistent dump, restorable with pg_restore."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from bot.cli import main
from engine.profile import Profile
from storage.postgres import PgDatabase, PgUserStore
from tests.storage.conftest import _admin

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pg_url: str) -> pytest.MonkeyPatch:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RUNFUEL_DB", raising=False)
    monkeypatch.setenv("RUNFUEL_DATABASE_URL", pg_url)
    return monkeypatch


async def saved_runner(pg_url: str) -> None:
    db = PgDatabase(pg_url)
    await db.open()
    try:
        await PgUserStore(db).save(7, Profile(weight_kg=61.5), now=NOW, chat_id=70)
    finally:
        await db.close()


async def weight_in(url: str) -> float | None:
    db = PgDatabase(url)
    await db.open()
    try:
        record = await PgUserStore(db).get(7)
        return None if record is None else record.profile.weight_kg
    finally:
        await db.close()


@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="needs the PostgreSQL client")
async def test_a_dump_restores_into_a_new_database_with_the_same_runner(
        env: pytest.MonkeyPatch, pg_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The dump is private (0600) and pg_restore brings the runner back elsewhere."""
    await saved_runner(pg_url)
    target = tmp_path / "backups" / "runfuel.dump"
    assert await asyncio.to_thread(main, ["backup", str(target)]) == 0
    assert "pg_dump" in capsys.readouterr().out
    assert target.stat().st_mode & 0o077 == 0
    parts = urlsplit(pg_url)
    name = f"runfuel_restore_{uuid.uuid4().hex[:8]}"
    server = urlunsplit(parts._replace(path="/postgres", query=""))
    _admin(server, f'CREATE DATABASE "{name}"')
    try:
        restored = urlunsplit(parts._replace(path=f"/{name}", query=""))
        restore = await asyncio.create_subprocess_exec(
            "pg_restore", "--no-owner", f"--dbname={restored}", str(target),
            stderr=asyncio.subprocess.PIPE)
        _, err = await restore.communicate()
        assert restore.returncode == 0, err.decode()
        assert await weight_in(urlunsplit(parts._replace(path=f"/{name}"))) == 61.5
    finally:
        _admin(server, f'DROP DATABASE "{name}" WITH (FORCE)')


def test_without_pg_dump_the_error_says_what_to_install(
        env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env.setenv("PATH", str(tmp_path))  # nowhere with a pg_dump
    assert main(["backup", str(tmp_path / "x.dump")]) != 0
    err = capsys.readouterr().err
    assert "pg_dump" in err and "postgresql-client" in err
    assert not (tmp_path / "x.dump").exists()
