"""Issue 15, the seventh "chat" round, as the runner reads it: chat is answered kindly with
"Noted", never "✅ Logged"; a log beside a watch's metric or the weather is logged whole,
with nothing asked about the metric."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No token, no .env: each test sees a clean environment."""
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "RUNFUEL_DB", "TELEGRAM_API_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def parsed(capsys: pytest.CaptureFixture[str], text: str) -> dict[str, object]:
    """`runfuel parse TEXT --json`: the events and the reply the runner would get."""
    assert main(["parse", text, "--json", "--now", "2026-11-26T19:00:00+00:00"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert isinstance(out, dict)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "race on saturday is 13.1 miles, target 1:50",
        "brother ran 3:02 at Valencia, gutted for him",
        "made a lasagne for the kids' tea",
        "hrv 72 and sleep score 88",
        "drove 40 miles to the race this morning",
        "I used to run 10k in 40 min",
    ],
)
def test_chat_is_noted_and_nothing_logged(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """A plan, someone else's race, cooking for others, metrics, a drive, the past: "Noted",
    no "Logged", nothing asked."""
    out = parsed(capsys, text)
    assert out["events"] == []
    reply = str(out["reply"])
    assert reply.startswith("Noted")
    assert "Logged" not in reply and "didn't catch" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "readiness 81, long run 26k 2:22:00",
        "12 degrees and drizzle, 10k 52:40",
        "day 60 of my run streak, 5k 29:00",
    ],
)
def test_a_log_beside_a_metric_is_logged_whole(
    capsys: pytest.CaptureFixture[str], text: str
) -> None:
    """The run is logged, and the reply asks about nothing (no "but not all of it")."""
    out = parsed(capsys, text)
    events = out["events"]
    assert isinstance(events, list) and [e["kind"] for e in events] == ["run"]
    reply = str(out["reply"])
    assert reply.startswith("✅ Logged:")
    assert "didn't catch" not in reply
