"""/export: every row the runner owns, as CSV (for spreadsheets) and JSON (to re-import)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from bot.contract import event_json
from engine.events import StoredEvent
from engine.profile import Profile

#: (file name, bytes, MIME type)
ExportFile = tuple[str, bytes, str]
#: A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_files(user_id: int, profile: Profile, events: Sequence[StoredEvent],
                 food_names: Iterable[str], *,
                 strava: dict[str, Any] | None = None) -> tuple[ExportFile, ExportFile]:
    """The requester's profile, events and foods, as CSV and JSON; pure, so easy to test.

    `strava`: the Strava link (athlete, scope, since when; never a token), when there is one.
    """
    tz = ZoneInfo(profile.tz)
    document = {
        "user_id": user_id,
        "profile": profile.model_dump(mode="json"),
        "events": [{"id": s.id, "event": s.event.model_dump(mode="json")} for s in events],
        "foods": sorted(food_names),
    }
    if strava is not None:
        document["strava"] = strava
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["id", "kind", "local_time", "what", "kcal", "protein_g", "carbs_g", "fat_g",
                     "distance_km", "duration_min", "weight_kg"])
    for s in events:
        data = event_json(s.event, tz)
        when = data.get("started_at") or data.get("eaten_at") or data.get("measured_at")
        what = data.get("meal") or data.get("activity") or ""
        if data["kind"] == "meal":
            what = "; ".join(i["text"] for i in data["items"])
        writer.writerow([s.id, data["kind"], when, _cell(what),
                         data.get("kcal", data.get("energy_kcal")), data.get("protein_g"),
                         data.get("carbs_g"), data.get("fat_g"), data.get("distance_km"),
                         data.get("duration_min"), data.get("weight_kg")])
    return (
        ("runfuel-export.csv", rows.getvalue().encode("utf-8"), "text/csv"),
        ("runfuel-export.json", json.dumps(document, ensure_ascii=False, indent=1).encode(),
         "application/json"),
    )


def _cell(text: str) -> str:
    """Text a runner typed, as a cell a spreadsheet shows as text and never evaluates.

    A leading apostrophe is OWASP's advice: Excel, LibreOffice and Google Sheets hide it and
    show the rest as typed. Only free text needs it: every other column is a number or a time.
    """
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text
