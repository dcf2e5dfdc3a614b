"""Scheduled messages written before payloads were typed still read back (SQLite file)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import get_args

from engine.events import Event, EventKind
from engine.records import MessagePayload
from storage.db import Database
from storage.sqlite import SqliteScheduleStore, SqliteUserStore

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
#: Payloads as the coach wrote them as plain dicts (json.dumps, isoformat strings).
OLD_ROWS = [
    ("recovery:5", "reminder",
     '{"run_id": 5, "run_end": "2026-11-26T11:30:00+00:00", "hard": false, "again": false}'),
    ("nudge:2026-11-26", "nudge",
     '{"code": "N4", "text": "Protein is low", "day": "2026-11-26", "followed": true}'),
    ("summary:2026-11-26", "summary", "{}"),
]


async def test_rows_written_as_dicts_read_back_typed(tmp_path: Path) -> None:
    """A database from before the typed payload keeps every reminder and nudge fact."""
    db = Database(tmp_path / "runfuel.db")
    await db.open()
    try:
        await SqliteUserStore(db).touch(1, chat_id=1, now=NOW)
        for key, kind, payload in OLD_ROWS:
            await db.write(
                "INSERT INTO scheduled_messages (user_id, kind, due_at, payload, dedupe_key,"
                " created_at) VALUES (1, ?, ?, ?, ?, ?)",
                (kind, "2026-11-26T12:00:00.000000+00:00", payload, key,
                 "2026-11-26T12:00:00.000000+00:00"))
        schedule = SqliteScheduleStore(db)
        reminder, nudge, summary = [await schedule.get(1, key) for key, _, _ in OLD_ROWS]
        assert reminder is not None and reminder.payload == MessagePayload(
            run_id=5, run_end=datetime(2026, 11, 26, 11, 30, tzinfo=UTC), hard=False)
        assert nudge is not None and nudge.payload == MessagePayload(
            code="N4", text="Protein is low", day=date(2026, 11, 26), followed=True)
        assert summary is not None and summary.payload == MessagePayload()
    finally:
        await db.close()


def test_event_kinds_name_every_event_model() -> None:
    """`EventKind` lists the kind of each event model, so storage can be asked for any."""
    [union, _] = get_args(Event)
    kinds = {model.model_fields["kind"].default for model in get_args(union)}
    assert kinds == set(get_args(EventKind))
