"""Benchmark: the day balance for a runner with 3 years of history (goal: under 2 ms).

Storage hands `day_balance` the 36-day window of events and every weigh-in, so the synthetic
history is three years of daily weigh-ins plus 36 days of ~4 meals and 1 run a day. The figure is
the median of many calls, after a warm-up, with the history built once outside the timer.

Run: `.venv/bin/python bench/bench_balance.py`
"""

from __future__ import annotations

import json
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from engine.balance import WINDOW_DAYS, History, day_balance
from engine.events import Event, FoodItem, MealLogged, RunLogged, StrengthLogged, WeightLogged
from engine.profile import Profile

TZ = ZoneInfo("America/New_York")
DAY = date(2026, 3, 10)  # two days after the US spring-forward, so the window spans a DST change
YEARS = 3
GOAL_MS = 2.0
RUNS = 2000


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ).astimezone(UTC)


def _meal(day: date, hour: int, rng: random.Random) -> MealLogged:
    items = tuple(
        FoodItem(
            text=f"food {k}",
            food=f"food {k}",
            grams=150.0,
            kcal=rng.uniform(150, 350),
            protein_g=rng.uniform(5, 20),
            carbs_g=rng.uniform(10, 40),
            fat_g=rng.uniform(3, 12),
        )
        for k in range(3)
    )
    return MealLogged(at=_at(day, hour, rng.randrange(60)), items=items)


def synthetic_history(seed: int = 1, *, event_days: int = WINDOW_DAYS) -> History:
    """Three years of daily weigh-ins; `event_days` of meals, runs and some strength work.

    Storage passes only the 36-day window (`event_days=WINDOW_DAYS`); the bench also checks
    what happens if a caller passes the whole history instead.
    """
    rng = random.Random(seed)
    first = DAY - timedelta(days=365 * YEARS)
    weights = [
        WeightLogged(
            at=_at(first + timedelta(days=i), 7),
            mass_kg=75 - 0.004 * i + rng.gauss(0, 0.5),
        )
        for i in range((DAY - first).days + 1)
    ]
    events: list[Event] = []
    for i in range(event_days):
        day = DAY - timedelta(days=event_days - 1 - i)
        events.append(
            RunLogged(at=_at(day, 6), distance_m=10_000, duration_s=3000, energy_kcal=640)
        )
        if i % 3 == 0:
            events.append(StrengthLogged(at=_at(day, 18), duration_s=2700, energy_kcal=130))
        events.extend(_meal(day, hour, rng) for hour in (8, 12, 16, 20))
    events.sort(key=lambda e: e.at)
    return History(events=events, weights=weights)


def _median_ms(history: History, profile: Profile) -> float:
    for _ in range(50):
        day_balance(history, profile, DAY, TZ)
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        day_balance(history, profile, DAY, TZ)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _row(name: str, history: History, profile: Profile) -> dict[str, Any]:
    ms = _median_ms(history, profile)
    return {
        "name": name,
        "value": round(ms, 3),
        "unit": "ms",
        "goal": f"< {GOAL_MS:g} ms",
        "ok": ms < GOAL_MS,
        "detail": f"{len(history.weights)} weigh-ins, {len(history.events)} events, "
        f"median of {RUNS}",
    }


def run() -> list[dict[str, Any]]:
    """One row per measurement, in the shape the benchmark report collects."""
    profile = Profile(sex="female", age=34, height_cm=168, goal="lose-0.5")
    return [
        _row("day balance, 3 years of history", synthetic_history(), profile),
        _row(
            "day balance, 3 years of history, all events passed (no 36-day window)",
            synthetic_history(event_days=365 * YEARS),
            profile,
        ),
    ]


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
