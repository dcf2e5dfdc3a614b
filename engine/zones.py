"""Finding a runner's IANA time zone without asking them to know its name.

Three ways, as onboarding offers them: the local time they read off their phone (matched
against tzdata's `zonenow.tab`, one representative zone per distinct clock today), a typed
city (matched against zone names), or a shared location (the nearest `zone1970.tab` point).
The tables ship with the `tzdata` package, so nothing is fetched.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, available_timezones

_COORD = re.compile(r"^([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$")
#: How far a stated clock time may be from a zone's clock and still match it.
TOLERANCE = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    name: str  # IANA name
    label: str  # what a person recognises: "Central European (CET/CEST)"
    lat: float
    lon: float


def _degrees(sign: str, deg: str, minutes: str, seconds: str | None) -> float:
    value = int(deg) + int(minutes) / 60 + int(seconds or 0) / 3600
    return -value if sign == "-" else value


def _read(table: str) -> tuple[ZoneChoice, ...]:
    text = (resources.files("tzdata") / "zoneinfo" / table).read_text("utf-8")
    choices = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        m = _COORD.match(fields[1])
        if not m:
            continue
        lat = _degrees(m.group(1), m.group(2), m.group(3), m.group(4))
        lon = _degrees(m.group(5), m.group(6), m.group(7), m.group(8))
        label = fields[3] if len(fields) > 3 else fields[2].rsplit("/", 1)[-1].replace("_", " ")
        choices.append(ZoneChoice(fields[2], label, lat, lon))
    return tuple(choices)


@cache
def _now_zones() -> tuple[ZoneChoice, ...]:
    return _read("zonenow.tab")


@cache
def _all_zones() -> tuple[ZoneChoice, ...]:
    return _read("zone1970.tab")


def zones_at_local_time(now: datetime, local: time, limit: int = 8) -> list[ZoneChoice]:
    """Zones whose clock reads `local` (within 10 minutes) at the UTC instant `now`."""
    out = []
    for choice in _now_zones():
        clock = now.astimezone(ZoneInfo(choice.name))
        stated = datetime.combine(clock.date(), local, tzinfo=clock.tzinfo)
        gap = min(abs(stated - clock), abs(stated + timedelta(days=1) - clock),
                  abs(stated - timedelta(days=1) - clock))
        if gap <= TOLERANCE:
            out.append(choice)
    return out[:limit]


def zones_for_city(text: str, limit: int = 5) -> list[str]:
    """IANA names whose city part is the typed text ('new york' -> America/New_York)."""
    wanted = re.sub(r"[\s_-]+", " ", text.strip().lower())
    if len(wanted) < 3:
        return []
    names = sorted(available_timezones())
    exact = [n for n in names if n.rsplit("/", 1)[-1].replace("_", " ").lower() == wanted]
    if exact:
        return exact[:limit]
    return [n for n in names if "/" in n and
            n.rsplit("/", 1)[-1].replace("_", " ").lower().startswith(wanted)][:limit]


def zone_for_location(lat: float, lon: float) -> str:
    """The zone of the nearest tzdata reference point (great-circle distance)."""

    def distance(choice: ZoneChoice) -> float:
        p1, p2 = math.radians(lat), math.radians(choice.lat)
        dp, dl = p2 - p1, math.radians(choice.lon - lon)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * math.asin(math.sqrt(a))

    return min(_all_zones(), key=distance).name
