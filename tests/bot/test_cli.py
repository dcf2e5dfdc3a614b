"""The `runfuel` command keeps the JSON contract of cli-contract.md, field for field."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.engine.test_gate import a_held_plan

RUN_FIELDS = {"started_at", "distance_km", "duration_min", "pace_min_per_km",
              "elevation_gain_m", "energy_kcal", "estimated"}
MEAL_FIELDS = {"meal", "eaten_at", "items", "kcal", "protein_g", "carbs_g", "fat_g"}
ITEM_FIELDS = {"text", "food", "source", "quantity", "unit", "grams", "kcal", "protein_g",
               "carbs_g", "fat_g", "resolved"}
BALANCE_FIELDS = {"date", "intake_kcal", "resting_kcal", "exercise_kcal", "expenditure_kcal",
                  "target_kcal", "balance_kcal", "protein_g", "protein_target_g", "carbs_g",
                  "fat_g", "rolling7", "weight_trend_kg", "risk"}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No token, no .env: each test sees a clean environment."""
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "RUNFUEL_DB", "TELEGRAM_API_BASE_URL",
                 "RUNFUEL_WEBHOOK_URL", "RUNFUEL_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)


class TestParse:
    def test_a_run_and_a_meal_in_one_message(self, capsys: pytest.CaptureFixture[str]) -> None:
        """'ran 10k in 50 min then 3 eggs and 2 slices of toast' gives a run and a meal."""
        out = run_json(capsys, "parse", "ran 10k in 50 min then 3 eggs and 2 slices of toast",
                       "--json", "--now", "2026-11-26T08:00:00+00:00")
        assert isinstance(out, dict)
        assert set(out) >= {"text", "events", "unparsed", "reply"}
        run, meal = out["events"]
        assert run["kind"] == "run" and set(run) >= RUN_FIELDS
        assert run["distance_km"] == 10 and run["duration_min"] == 50
        assert meal["kind"] == "meal" and set(meal) >= MEAL_FIELDS
        assert all(set(item) >= ITEM_FIELDS for item in meal["items"])
        assert "Logged" in out["reply"]

    def test_a_plan_is_held_not_logged(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan with its figures: no events, its run in `held`, and the bot's question."""
        plan, held = a_held_plan()
        out = run_json(capsys, "parse", plan, "--json", "--now", "2026-11-26T19:30:00+00:00")
        assert isinstance(out, dict) and out["events"] == []
        assert [e["kind"] for e in out["held"]] == [e.kind for e in held.held]
        assert "haven't logged it" in out["reply"] and "Log it" in out["reply"]
        logged = run_json(capsys, "parse", "ran 10k in 50 min", "--json")
        assert isinstance(logged, dict) and logged["held"] == []

    def test_net_energy_follows_the_weight(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A heavier runner's same run costs more energy (--weight-kg)."""
        light = run_json(capsys, "parse", "ran 10k in 50 min", "--json", "--weight-kg", "60")
        heavy = run_json(capsys, "parse", "ran 10k in 50 min", "--json", "--weight-kg", "90")
        assert isinstance(light, dict) and isinstance(heavy, dict)
        assert heavy["events"][0]["energy_kcal"] > light["events"][0]["energy_kcal"]

    def test_stdin_gives_json_lines_in_order(self, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
        """--stdin reads one message per line and prints one JSON object per line."""
        monkeypatch.setattr("sys.stdin", io.StringIO("2 eggs\nthanks!\nweight 71.8\n"))
        assert main(["parse", "--stdin"]) == 0
        lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        assert [x["text"] for x in lines] == ["2 eggs", "thanks!", "weight 71.8"]
        assert lines[1]["events"] == []
        assert lines[2]["events"][0]["weight_kg"] == 71.8

    def test_nothing_understood_still_exits_zero(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Text with nothing to log is not an error: exit 0, no events, a helpful reply."""
        out = run_json(capsys, "parse", "zzqx", "--json")
        assert isinstance(out, dict) and out["events"] == [] and out["reply"]

    def test_usage_errors_exit_two(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A bad zone is a usage error with exit status 2 and one line on stderr."""
        assert main(["parse", "2 eggs", "--tz", "Mars/Base"]) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1


class TestBot:
    def test_a_missing_token_names_the_variable(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`runfuel bot` without a token is a one-line error naming it, exit 2."""
        assert main(["bot"]) == 2
        err = capsys.readouterr().err.strip()
        assert "TELEGRAM_BOT_TOKEN" in err and len(err.splitlines()) == 1

    def test_a_malformed_token_names_the_variable(self, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
        """A malformed token is refused before any network call, exit 2, token not echoed."""
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not-a-token-SECRET")
        assert main(["bot"]) == 2
        err = capsys.readouterr().err
        assert "TELEGRAM_BOT_TOKEN" in err and "SECRET" not in err


class TestChatScript:
    def test_a_day_replays_with_reminder_and_summary(self, capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
        """A scripted day shows the recovery reminder at +30 min and the 21:00 summary."""
        script = tmp_path / "day.txt"
        script.write_text(
            "# a Berlin runner\n"
            "2026-11-26T06:00 /profile sex=female age=29 height=168cm weight=61kg "
            "goal=maintain tz=Europe/Berlin summary=21:00\n"
            "2026-11-26T08:00 ran 10k in 55 min\n"
            "2026-11-26T12:00 chicken breast 150g with rice\n",
            encoding="utf-8",
        )
        out = run_json(capsys, "chat", "--script", str(script), "--json")
        assert isinstance(out, list)
        kinds = [(e["from"], e["kind"]) for e in out]
        assert ("bot", "reminder") in kinds and ("bot", "summary") in kinds
        reminder = next(e for e in out if e["kind"] == "reminder")
        assert reminder["at"].startswith("2026-11-26T08:30") and reminder["at"].endswith("+01:00")
        assert reminder["buttons"]
        summary = next(e for e in out if e["kind"] == "summary")
        assert summary["at"].startswith("2026-11-26T21:00")
        assert all({"at", "from", "kind", "text", "buttons"} <= set(e) for e in out)

    def test_button_labels_press_buttons(self, capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
        """Typing a button's label in a script presses it: 'Had it' logs the shake."""
        script = tmp_path / "day.txt"
        script.write_text("2026-11-26T08:00 ran 12 km in 65 min\n"
                          "2026-11-26T08:31 Had it\n"
                          "2026-11-26T08:32 /today\n", encoding="utf-8")
        out = run_json(capsys, "chat", "--script", str(script), "--json")
        assert isinstance(out, list)
        after = [e for e in out if e["from"] == "bot" and e["at"] >= "2026-11-26T08:31"]
        assert any("recovery drink" in e["text"] for e in after)

    def test_log_it_under_a_held_plan_logs_it(self, capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
        """The console shows "✅ Log it" under a held message; typing it logs the run."""
        script = tmp_path / "day.txt"
        plan, _ = a_held_plan()
        script.write_text(f"2026-11-26T19:30 {plan}\n2026-11-26T19:31 Log it\n",
                          encoding="utf-8")
        out = run_json(capsys, "chat", "--script", str(script), "--json")
        assert isinstance(out, list)
        said = [e for e in out if e["from"] == "bot"]
        held = next(e for e in said if e["at"].startswith("2026-11-26T19:30"))
        logged = next(e for e in said if e["at"].startswith("2026-11-26T19:31"))
        assert "haven't logged it" in held["text"] and held["buttons"]
        assert logged["text"].startswith("✅ Logged")

    def test_start_asks_the_setup_questions_as_the_bot_does(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """/start in a script walks the same setup as Telegram; a run mid-setup is logged."""
        script = tmp_path / "day.txt"
        script.write_text("2026-11-26T07:00 /start\n"
                          "2026-11-26T07:01 miles, lb\n"
                          "2026-11-26T07:02 ran 5 miles in 42 min\n"
                          "2026-11-26T07:03 Female\n"
                          "2026-11-26T07:04 I'm 34\n"
                          "2026-11-26T07:05 5'6\n"
                          "2026-11-26T07:06 stop\n"
                          "2026-11-26T07:07 /profile\n", encoding="utf-8")
        out = run_json(capsys, "chat", "--script", str(script), "--json")
        assert isinstance(out, list)
        assert all(set(e) == {"at", "from", "kind", "text", "buttons"} for e in out)
        bot = [e for e in out if e["from"] == "bot"]
        assert any(e["buttons"] == ["km, kg", "miles, lb", "Skip"] for e in bot)
        assert any("Female" in e["buttons"] for e in bot)  # asked after the units answer
        assert any("Run 5 mi in 42:00" in e["text"] for e in bot)  # logged mid-setup
        assert any("How old are you" in e["text"] for e in bot)
        assert any("no more questions" in e["text"] and "ran 3 miles" in e["text"] for e in bot)
        [card] = [e["text"] for e in bot if e["text"].startswith("Your profile")]
        assert "34" in card and "5'6\"" in card and "female" in card.lower()

    def test_a_bad_script_line_is_a_usage_error(self, capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
        """A line without a time is a usage error naming the line."""
        script = tmp_path / "bad.txt"
        script.write_text("ran 5k\n", encoding="utf-8")
        assert main(["chat", "--script", str(script)]) == 2
        assert "line 1" in capsys.readouterr().err


class TestBalance:
    def test_balance_prints_the_contract_shape(self, capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
        """After a scripted day stored in a file, `balance --json` has every contract field."""
        db = tmp_path / "r.db"
        script = tmp_path / "day.txt"
        script.write_text("2026-11-26T08:00 3 eggs and toast\n2026-11-26T09:00 weight 70.5\n",
                          encoding="utf-8")
        assert main(["chat", "--script", str(script), "--db", str(db)]) == 0
        capsys.readouterr()
        out = run_json(capsys, "balance", "--db", str(db), "--user", "1", "--date",
                       "2026-11-26", "--json")
        assert isinstance(out, dict) and set(out) >= BALANCE_FIELDS
        assert out["date"] == "2026-11-26" and out["intake_kcal"] > 0
        assert out["risk"]["level"] in {"ok", "watch", "risk"}
        assert set(out["rolling7"]) >= {"balance_kcal_per_day", "days_logged"}

    def test_an_unknown_user_is_an_error(self, capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
        """Asking for a user the database does not hold exits 1 with one line."""
        db = tmp_path / "r.db"
        script = tmp_path / "d.txt"
        script.write_text("2026-11-26T08:00 2 eggs\n", encoding="utf-8")
        main(["chat", "--script", str(script), "--db", str(db)])
        capsys.readouterr()
        assert main(["balance", "--db", str(db), "--user", "99"]) == 1
        assert "99" in capsys.readouterr().err


class TestBackup:
    def test_backup_copies_a_database_that_opens_with_the_same_data(
            self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """`runfuel backup` writes a private copy from which the same day can be read."""
        db, copy = tmp_path / "live.db", tmp_path / "backups" / "copy.db"
        script = tmp_path / "d.txt"
        script.write_text("2026-11-26T08:00 2 eggs\n", encoding="utf-8")
        assert main(["chat", "--script", str(script), "--db", str(db)]) == 0
        assert main(["backup", str(copy), "--db", str(db)]) == 0
        capsys.readouterr()
        out = run_json(capsys, "balance", "--db", str(copy), "--user", "1", "--date",
                       "2026-11-26", "--json")
        assert isinstance(out, dict) and out["intake_kcal"] == 143
        assert copy.stat().st_mode & 0o077 == 0


def test_chat_gets_a_friendly_reply_and_nothing_logged(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: a plan or an old race is answered kindly, and nothing is logged."""
    for text in ("going for a 10k later", "my last marathon was 3:58"):
        out = run_json(capsys, "parse", text, "--json")
        assert isinstance(out, dict) and out["events"] == []
        assert out["reply"].startswith("Noted")
        assert "Nothing was logged" in out["reply"]
