"""science.md revision 2 from the outside: `runfuel chat --script --json` and `balance --json`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from tests.bot.test_cli import no_env, run_json

__all__ = ["no_env"]  # the autouse fixture: a clean environment for every test here

PROFILE = ("2026-11-26T06:00 /profile sex=male age=34 height=180cm weight=75kg tz=Europe/Berlin "
           "summary=21:00")


def chat(capsys: pytest.CaptureFixture[str], tmp_path: Path, lines: str,
         db: Path | None = None) -> list[dict[str, Any]]:
    script = tmp_path / "day.txt"
    script.write_text(PROFILE + "\n" + lines, encoding="utf-8")
    argv = ["chat", "--script", str(script), "--json"]
    if db is not None:
        argv += ["--db", str(db)]
    out = run_json(capsys, *argv)
    assert isinstance(out, list)
    return out


def bot_texts(out: list[dict[str, Any]], kind: str) -> list[str]:
    return [e["text"] for e in out if e["from"] == "bot" and e["kind"] == kind]


class TestChatScript:
    def test_rev2_evening_summary_names_a_large_shortfall_after_hard_training(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A half marathon with little eaten: the summary says so that evening (§9 rev 2)."""
        out = chat(capsys, tmp_path, "2026-11-26T09:00 ran 21.1 km in 1:55:00\n"
                                     "2026-11-26T12:00 banana\n")
        (summary,) = bot_texts(out, "summary")
        assert "After today's hard training you ate about" in summary
        assert "One option" in summary

    def test_rev2_an_easy_day_with_little_food_gets_no_alarm(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """No hard training: the same-day shortfall sentence stays out of the summary."""
        out = chat(capsys, tmp_path, "2026-11-26T12:00 banana\n")
        (summary,) = bot_texts(out, "summary")
        assert "hard training" not in summary

    def test_rev2_a_short_hard_session_gets_the_recovery_reminder(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A 22-minute tempo run is hard: the reminder comes 30 min after it (N7 rev 2)."""
        out = chat(capsys, tmp_path, "2026-11-26T08:00 tempo run 5k in 22 min\n")
        assert bot_texts(out, "reminder")

    def test_rev2_a_stated_second_session_adds_the_4_hour_advice(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """"again tonight": the reminder carries the 1.0-1.2 g/kg/h x 4 h advice."""
        out = chat(capsys, tmp_path, "2026-11-26T08:00 ran 10k in 55 min, running again tonight\n")
        (first, *_) = bot_texts(out, "reminder")
        assert "less than 8 hours away" in first
        assert "75-90 g of carbohydrate an hour" in first

    def test_rev2_balance_json_shows_the_floor_and_the_capped_rate(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """balance --json: floor_applied, the planned rate, the weigh-in rate source."""
        db = tmp_path / "r.db"
        chat(capsys, tmp_path, "2026-11-26T07:00 /goal lose-2\n"
                               "2026-11-26T08:00 2 eggs and toast\n", db=db)
        out = run_json(capsys, "balance", "--db", str(db), "--user", "1", "--date",
                       "2026-11-26", "--json")
        assert isinstance(out, dict)
        assert out["goal"] == "lose-2"
        assert out["goal_requested_kcal"] == -1000
        assert out["floor_applied"] is True
        assert -1.0 <= out["planned_rate_pct_per_week"] < 0
        assert out["weekly_change_source"] is None  # no weigh-ins: no rate guessed
        assert out["rolling7"]["today_so_far"]["intake_kcal"] == out["intake_kcal"]
        assert "Your goal asks for 0.91 kg a week" in out["target_note"]  # a metric runner
        assert any("Safe floor" in line for line in out["why_target"])
        text_db = tmp_path / "t.db"
        chat(capsys, tmp_path, "2026-11-26T07:00 /goal lose-2\n", db=text_db)
        assert main(["balance", "--db", str(text_db), "--user", "1"]) == 0

    def test_rev2_why_this_target_is_one_tap_in_a_script(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """/today offers "Why this target?"; typing the label presses it."""
        out = chat(capsys, tmp_path, "2026-11-26T07:00 /goal gain-2\n"
                                     "2026-11-26T08:00 /today\n"
                                     "2026-11-26T08:01 Why this target?\n")
        today = next(e for e in out
                     if e["from"] == "bot" and e["at"].startswith("2026-11-26T08:00"))
        assert "Why this target?" in today["buttons"]
        assert "the target plans about" in today["text"]  # gain-2 is capped at 0.5 %/wk
        why = [e["text"] for e in out if e["from"] == "bot" and e["at"] >= "2026-11-26T08:01"]
        assert any("at most 0.5 % of your trend weight" in t for t in why)

    def test_rev2_two_short_sessions_under_8_h_apart_get_the_4_hour_advice(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An easy 30-minute run after a morning session: the reminder brings the advice."""
        out = chat(capsys, tmp_path, "2026-11-26T07:00 gym 1h legs\n"
                                     "2026-11-26T12:30 easy run 30 min\n")
        (first, *_) = bot_texts(out, "reminder")
        assert "less than 8 hours away" in first

    @pytest.mark.parametrize(
        ("lines", "advised"),
        [
            # the run's reminder went out at 08:30 with no second session in sight
            ("2026-11-26T08:00 ran 10k in 55 min\n2026-11-26T13:00 gym 1h legs\n", True),
            ("2026-11-26T08:00 ran 10k in 55 min\n2026-11-26T17:30 gym 1h legs\n", False),
            # reminders off: nothing else would ever carry the advice
            ("2026-11-26T07:00 /profile reminders=off\n2026-11-26T08:00 ran 10k in 55 min\n"
             "2026-11-26T12:00 easy run 30 min\n", True),
            # stated at the first run: its reminder already gave the advice
            ("2026-11-26T08:00 ran 10k in 55 min, running again tonight\n"
             "2026-11-26T13:00 gym 1h legs\n", False),
        ],
    )
    def test_rev2_a_second_session_logged_after_the_reminder_gets_the_4_hour_advice(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path, lines: str,
            advised: bool) -> None:
        """N7 (rev 2): two sessions < 8 h apart trigger the advice even when the first run's
        reminder was sent before the second was logged: the second's reply carries it."""
        out = chat(capsys, tmp_path, lines)
        second = bot_texts(out, "reply")[-1]
        assert second.startswith("✅ Logged:")
        assert ("75-90 g of carbohydrate an hour" in second) is advised
        if advised:
            assert sum("75-90 g of carbohydrate an hour" in e["text"] for e in out) == 1
