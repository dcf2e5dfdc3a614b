"""Engine values -> the JSON shapes of ../shared/docs/cli-contract.md.

Other tools read these shapes: keep every named field with its meaning and unit, and only
ever add fields. Times are ISO 8601 with the user's offset; unknown values are null.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from engine.balance import DayBalance
from engine.events import (
    ActivityLogged,
    Event,
    FoodItem,
    MealLogged,
    RunLogged,
    StrengthLogged,
    WeightLogged,
)
from engine.explain import target_note, why_target


def _time(at: datetime, tz: ZoneInfo) -> str:
    return at.astimezone(tz).isoformat(timespec="seconds")


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _device_fields(event: RunLogged | ActivityLogged) -> dict[str, Any]:
    return {
        "source": event.source,
        "sport": event.sport,
        "elapsed_min": _r(event.elapsed_s / 60, 2) if event.elapsed_s is not None else None,
        "avg_heart_rate": _r(event.avg_heart_rate, 0),
        "device_kcal": _r(event.device_kcal, 0),
    }


def item_json(item: FoodItem) -> dict[str, Any]:
    return {
        "text": item.text,
        "food": item.food,
        "source": item.source,
        "quantity": item.quantity,
        "unit": item.unit,
        "grams": _r(item.grams),
        "kcal": _r(item.kcal, 0),
        "protein_g": _r(item.protein_g),
        "carbs_g": _r(item.carbs_g),
        "fat_g": _r(item.fat_g),
        "resolved": item.resolved,
        "suggestions": list(item.suggestions),
    }


def event_json(event: Event, tz: ZoneInfo) -> dict[str, Any]:
    """One EVENT of the contract."""
    if isinstance(event, RunLogged):
        pace = event.duration_s / 60 / (event.distance_m / 1000) if event.distance_m else None
        return {
            "kind": "run",
            "started_at": _time(event.at, tz),
            "distance_km": _r(event.distance_m / 1000, 3),
            "duration_min": _r(event.duration_s / 60, 2),
            "pace_min_per_km": _r(pace, 2),
            "elevation_gain_m": _r(event.elevation_gain_m, 0),
            "energy_kcal": _r(event.energy_kcal, 0),
            "estimated": list(event.estimated),
            "tags": list(event.tags),
            **_device_fields(event),
        }
    if isinstance(event, StrengthLogged):
        return {
            "kind": "strength",
            "started_at": _time(event.at, tz),
            "duration_min": _r(event.duration_s / 60, 2),
            "energy_kcal": _r(event.energy_kcal, 0),
            "estimated": list(event.estimated),
            "tags": list(event.tags),
        }
    if isinstance(event, ActivityLogged):
        return {
            "kind": "activity",
            "activity": event.activity,
            "started_at": _time(event.at, tz),
            "duration_min": _r(event.duration_s / 60, 2),
            "distance_km": _r(event.distance_m / 1000, 3) if event.distance_m else None,
            "energy_kcal": _r(event.energy_kcal, 0),
            "estimated": list(event.estimated),
            **_device_fields(event),
        }
    if isinstance(event, MealLogged):
        return {
            "kind": "meal",
            "meal": event.meal,
            "eaten_at": _time(event.at, tz),
            "items": [item_json(i) for i in event.items],
            "kcal": _r(event.kcal, 0),
            "protein_g": _r(event.protein_g),
            "carbs_g": _r(event.carbs_g),
            "fat_g": _r(event.fat_g),
        }
    assert isinstance(event, WeightLogged)
    return {"kind": "weight", "weight_kg": _r(event.mass_kg, 2),
            "measured_at": _time(event.at, tz)}


def balance_json(balance: DayBalance, units: str = "metric") -> dict[str, Any]:
    """The `runfuel balance --json` document: the engine's fields plus the target's reasoning.

    `target_note` is the sentence every reply shows beside the target when a cap, the floor or
    a hold binds (null otherwise); `why_target` is the "Why this target?" arithmetic, one line
    a step (science.md §7 rev 2). Under 18 there is no target to explain (§10).
    """
    data = balance.to_contract()
    data["target_note"] = target_note(balance, units)
    data["why_target"] = list(why_target(balance, units))
    return data
