"""The building blocks of every message: HTML escaping, plain text, numbers, times, bars.

Only tags Telegram accepts under parse_mode HTML are used (<b>, <i>, <code>), and every
piece of user text goes through `escape`. The console chat shows the same text through
`to_plain`.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.events import (
    Event,
)
from engine.units import clock as clock_text

BAR_CELLS = 10

DISCLAIMER = (
    "<i>Estimates for general fitness information, not medical advice.</i>"
)


_TAG = re.compile(r"<[^>]+>")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def to_plain(text: str) -> str:
    """HTML message -> plain text for the console and the JSON contract."""
    return html.unescape(_TAG.sub("", text))


def num(value: float) -> str:
    return f"{round(value):,}"


def hms(seconds: float) -> str:
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def bar(value: float, target: float) -> str:
    """A small text progress bar: ▓▓▓▓░░░░░░ 40%."""
    if target <= 0:
        return ""
    share = max(0.0, value / target)
    filled = min(BAR_CELLS, round(share * BAR_CELLS))
    return f"{'▓' * filled}{'░' * (BAR_CELLS - filled)} {round(share * 100)}%"


def local_time(at: datetime, tz: ZoneInfo, units: str = "metric",
                today: date | None = None) -> str:
    """'Sat 07:30' (or 'Sat 7:30 AM'); with the date when it is not `today` (backfills)."""
    local = at.astimezone(tz)
    day = f"{local:%a}" if today is None or local.date() == today else f"{local:%a %d %b}"
    return f"{day} {clock_text(local.time(), units)}"


def other_day(event: Event, tz: ZoneInfo, units: str, today: date | None) -> list[str]:
    """A line that says an entry counts on an earlier (or later) day than today."""
    local = event.at.astimezone(tz)
    if today is None or local.date() == today:
        return []
    return [f"   📅 {local:%a %d %b}, {clock_text(local.time(), units)}: counted on that day"]
