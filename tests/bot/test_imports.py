"""A watch file is logged once, whether it comes from the chat or `runfuel import --user`.

Both go through `Coach.import_activity`: the same file twice, or a typed run and then its file,
leave one run with the file's numbers. Real SQLite file, real watch files.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.coach import Coach, Incoming
from engine.events import RunLogged
from engine.records import ScheduledMessage
from tests.activityfiles import DATA, START, fit

USER = 42
FR110 = "run_garmin-fr110_2013-02-06.fit"  # 4,835 m in 43:45, 2013-02-06 12:11 UTC


def sent(coach: Coach, text: str = "", at: datetime | None = None) -> Incoming:
    return Incoming(user_id=USER, chat_id=USER, text=text, received_at=at or coach.clock())


async def reminders(coach: Coach) -> list[ScheduledMessage]:
    return [p for p in await coach.stores.schedule.pending(USER) if p.kind == "reminder"]


async def runs(coach: Coach) -> list[RunLogged]:
    stored = await coach.stores.events.all_for_user(USER)
    return [s.event for s in stored if isinstance(s.event, RunLogged)]


class TestCoachImport:
    async def test_the_same_file_twice_is_one_run(self, coach: Coach) -> None:
        """The second copy replaces the first: the day's exercise counts the run once."""
        data = (DATA / FR110).read_bytes()
        first = await coach.import_activity(sent(coach), data, "run.fit")
        [stored] = await coach.stores.events.all_for_user(USER)
        again = await coach.import_activity(sent(coach), data, "run.fit")
        assert first.replaced == () and again.replaced == (stored.id,)
        [run] = await runs(coach)
        assert round(run.distance_m) == 4835 and run.source == "fit"
        assert "Run" in again.replies[0].text

    async def test_a_typed_run_then_its_file_keeps_the_file_s_numbers(self, coach: Coach) -> None:
        """'ran 4.8 km in 44 min' sent after the run, then the watch file: one run, the file's."""
        finished = datetime(2013, 2, 6, 12, 56, tzinfo=UTC)
        await coach.log(sent(coach, "ran 4.8 km in 44 min", finished))
        [typed] = await runs(coach)
        assert typed.source == "text"
        imported = await coach.import_activity(sent(coach), (DATA / FR110).read_bytes(), "r.fit")
        assert len(imported.replaced) == 1
        [run] = await runs(coach)
        assert run.source == "fit" and round(run.distance_m) == 4835

    async def test_a_file_that_replaces_a_typed_run_leaves_one_recovery_reminder(
            self, coach: Coach) -> None:
        """'ran 10.8 km in 60 min', then its watch file: one reminder pending, for the file's
        run (the typed run's had stayed: the runner was reminded twice of one run)."""
        ended = START + timedelta(hours=1)
        await coach.log(Incoming(USER, USER, "ran 10.8 km in 60 min", ended + timedelta(minutes=5),
                                 message_id=1))
        assert len(await reminders(coach)) == 1
        imported = await coach.import_activity(
            Incoming(USER, USER, "", ended + timedelta(minutes=10), message_id=2),
            fit(seconds=3600, speed_m_s=3.0), "run.fit")
        [file_run] = [s for s in await coach.stores.events.all_for_user(USER)
                      if isinstance(s.event, RunLogged)]
        assert len(imported.replaced) == 1 and file_run.event.source == "fit"
        assert [p.dedupe_key for p in await reminders(coach)] == [f"recovery:{file_run.id}"]

    async def test_a_file_arriving_after_the_shake_plans_no_reminder(self, coach: Coach) -> None:
        """The shake logged on finishing, the watch file synced later: no reminder to drink
        what was drunk (every run told after its shake had been reminded)."""
        ended = START + timedelta(hours=1)
        await coach.log(Incoming(USER, USER, "600ml chocolate milk", ended + timedelta(minutes=5),
                                 message_id=1))
        await coach.import_activity(
            Incoming(USER, USER, "", ended + timedelta(minutes=20), message_id=2),
            fit(seconds=3600, speed_m_s=3.0), "run.fit")
        assert [r.source for r in await runs(coach)] == ["fit"]
        assert await reminders(coach) == []

    async def test_undoing_the_file_brings_the_typed_run_back_with_its_reminder(
            self, coach: Coach) -> None:
        """/undo after the file: the file's run and its reminder go, the typed run is back,
        and so is the reminder the file had cancelled (the runner still gets one)."""
        ended = START + timedelta(hours=1)
        await coach.log(Incoming(USER, USER, "ran 10.8 km in 60 min", ended + timedelta(minutes=5),
                                 message_id=1))
        await coach.import_activity(
            Incoming(USER, USER, "", ended + timedelta(minutes=10), message_id=2),
            fit(seconds=3600, speed_m_s=3.0), "run.fit")
        await coach.handle_text(Incoming(USER, USER, "/undo", ended + timedelta(minutes=12)))
        [typed] = [s for s in await coach.stores.events.all_for_user(USER)
                   if isinstance(s.event, RunLogged)]
        assert typed.event.source == "text"
        assert [p.dedupe_key for p in await reminders(coach)] == [f"recovery:{typed.id}"]

    async def test_undoing_the_file_revives_no_reminder_a_shake_has_answered(
            self, coach: Coach) -> None:
        """The typed run, its shake, then the file, then /undo: the typed run is back, but its
        reminder stays cancelled, the shake being logged."""
        ended = START + timedelta(hours=1)
        await coach.log(Incoming(USER, USER, "ran 10.8 km in 60 min", ended + timedelta(minutes=5),
                                 message_id=1))
        await coach.log(Incoming(USER, USER, "600ml chocolate milk", ended + timedelta(minutes=8),
                                 message_id=2))
        await coach.import_activity(
            Incoming(USER, USER, "", ended + timedelta(minutes=10), message_id=3),
            fit(seconds=3600, speed_m_s=3.0), "run.fit")
        assert await reminders(coach) == []
        await coach.handle_text(Incoming(USER, USER, "/undo", ended + timedelta(minutes=12)))
        assert [r.source for r in await runs(coach)] == ["text"]
        assert await reminders(coach) == []

    async def test_another_run_that_day_is_not_a_duplicate(self, coach: Coach) -> None:
        """A different session (another time and distance) is added, not merged."""
        await coach.log(sent(coach, "ran 10 km in 50 min", datetime(2013, 2, 6, 19, 0, tzinfo=UTC)))
        imported = await coach.import_activity(sent(coach), (DATA / FR110).read_bytes(), "r.fit")
        assert imported.replaced == ()
        assert sorted(round(r.distance_m) for r in await runs(coach)) == [4835, 10_000]

    async def test_a_refused_file_stores_nothing_and_says_why_in_the_runner_s_units(
            self, coach: Coach) -> None:
        """35 km/h in run mode, for a runner in miles: refused, in mph."""
        await coach.handle_text(sent(coach, "/profile units=imperial"))
        imported = await coach.import_activity(sent(coach), fit(seconds=600, speed_m_s=35 / 3.6),
                                               "drive.fit")
        assert imported.refused and imported.replaced == ()
        [reply] = imported.replies
        assert "mph" in reply.text and "km/h" not in reply.text
        assert await runs(coach) == []


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No .env and no database settings: each CLI test sees a clean directory."""
    monkeypatch.chdir(tmp_path)
    for name in ("RUNFUEL_DB", "RUNFUEL_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


def import_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(["import", *argv, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert isinstance(out, dict)
    return out


@pytest.mark.usefixtures("no_env")
class TestCliImport:
    def test_importing_the_same_file_twice_counts_it_once(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`runfuel import --user` logs like the bot: the second copy replaces the first."""
        db, path = tmp_path / "runfuel.db", DATA / FR110
        first = import_json(capsys, str(path), "--db", str(db), "--user", str(USER))
        assert first["replaced"] == [] and len(first["events"]) == 1  # type: ignore[arg-type]
        assert "Run" in str(first["reply"])
        again = import_json(capsys, str(path), "--db", str(db), "--user", str(USER))
        assert len(again["replaced"]) == 1  # type: ignore[arg-type]
        assert main(["balance", "--db", str(db), "--user", str(USER), "--date", "2013-02-06",
                     "--json"]) == 0
        balance = json.loads(capsys.readouterr().out)
        [event] = first["events"]  # type: ignore[misc]
        assert balance["exercise_kcal"] == pytest.approx(event["energy_kcal"], abs=1)

    def test_without_user_it_only_reads(self, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
        """The contract's read-only shape, and no database is created."""
        out = import_json(capsys, str(DATA / FR110), "--weight-kg", "60")
        assert set(out) == {"file", "events"}
        assert not (tmp_path / "runfuel.db").exists()

    def test_a_refused_file_exits_one_and_stores_nothing(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The refusal is the chat's, on stderr; the runner has no run afterwards."""
        db, path = tmp_path / "runfuel.db", tmp_path / "drive.fit"
        path.write_bytes(fit(seconds=600, speed_m_s=35 / 3.6))
        assert main(["import", str(path), "--db", str(db), "--user", str(USER)]) == 1
        assert "faster than anyone runs" in capsys.readouterr().err
        day = START.date().isoformat()
        assert main(["balance", "--db", str(db), "--user", str(USER), "--date", day,
                     "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["exercise_kcal"] == 0

    def test_weight_is_for_reading_only(self, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
        """With --user the runner's own weight is used, so --weight-kg is a usage error."""
        assert main(["import", str(DATA / FR110), "--user", "1", "--weight-kg", "60",
                     "--db", str(tmp_path / "x.db")]) == 2
        assert "--weight-kg" in capsys.readouterr().err
