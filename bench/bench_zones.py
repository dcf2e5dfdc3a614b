"""Benchmark: the city gazetteer behind typed cities, `/timezone Chicago` and locations.

`engine.zones` loads `engine/data/cities.tsv` (34,006 GeoNames cities) on the first city a
runner types, then keeps it. Measured in a fresh interpreter (bench/child.py), so nothing an
earlier benchmark loaded is counted: the first lookup (load included), the memory the loaded
gazetteer keeps (RSS after minus before), then the median time of a typed-city lookup and of a
shared location's nearest-city search. The bot runs the first lookup and every location
search in a worker thread (bot/onboarding.py), so the event loop never waits for them.

Run: `.venv/bin/python -m bench bench_zones`
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.child import report, run_child

CITIES = ("Vigo", "Gdańsk", "boston", "munich", "Chicago", "new york", "boston, uk",
          "Portland, OR", "Springfield", "sao paulo", "qwertyville", "Lisboa")
PLACES = ((42.24, -8.72), (54.35, 18.65), (42.36, -71.06), (-33.87, 151.21), (35.68, 139.69))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child() -> None:
    """The measurements, in this fresh interpreter."""
    from engine.zones import city_zones, zone_for_location  # noqa: PLC0415 - timed from here

    before = _rss_mb()
    began = time.perf_counter()
    city_zones("Chicago")
    first_ms = (time.perf_counter() - began) * 1000
    kept_mb = _rss_mb() - before
    lookups = []
    for _ in range(50):
        for name in CITIES:
            began = time.perf_counter()
            city_zones(name)
            lookups.append(time.perf_counter() - began)
    places = []
    for lat, lon in PLACES * 3:
        began = time.perf_counter()
        zone_for_location(lat, lon)
        places.append(time.perf_counter() - began)
    report({"first_ms": first_ms, "kept_mb": kept_mb,
            "lookup_us": statistics.median(lookups) * 1e6,
            "location_ms": statistics.median(places) * 1000})


def run() -> list[dict[str, Any]]:
    r = run_child("bench_zones", "child")
    return [
        {"name": "first city lookup (loads the gazetteer)", "value": round(r["first_ms"]),
         "unit": "ms", "goal": "< 1,500 ms", "ok": r["first_ms"] < 1500},
        {"name": "memory kept by the loaded gazetteer", "value": round(r["kept_mb"], 1),
         "unit": "MB", "goal": "< 50 MB", "ok": r["kept_mb"] < 50},
        {"name": "typed city lookup", "value": round(r["lookup_us"], 1), "unit": "us/call",
         "goal": "< 1,000 us/call", "ok": r["lookup_us"] < 1000},
        {"name": "shared location (nearest of 34,006 cities)",
         "value": round(r["location_ms"], 1), "unit": "ms", "goal": "< 250 ms",
         "ok": r["location_ms"] < 250},
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        for row in run():
            print(row)
