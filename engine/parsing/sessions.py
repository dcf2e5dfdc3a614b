"""Strength sessions and other activities (cycling, swimming, walking ...)."""

from __future__ import annotations

import re

from engine.activities import ACTIVITIES, ACTIVITY_WORDS, activity_met, strength_met
from engine.energy import met_gross_kcal, net_kcal
from engine.errors import ImplausibleValue
from engine.events import (
    ActivityLogged,
    StrengthLogged,
)
from engine.parsing.clauses import _ACTIVITY_PHRASES, _ACTIVITY_WORDS_1
from engine.parsing.context import (
    _LETTERS,
    DEFAULT_ACTIVITY_MIN,
    DEFAULT_STRENGTH_MIN,
    MAX_RUN_KM,
    MAX_SESSION_S,
    MAX_STRENGTH_S,
    ParseContext,
)
from engine.parsing.paces import _speed_pace
from engine.parsing.runs import _baseline, _distance_km, _durations, _start
from engine.timewords import TimeRef
from engine.units import short_distance

_STRENGTH_TAGS = re.compile(
    r"\b(?:legs|leg|upper|lower|push|pull|core|arms|back|chest|shoulders|full body|glutes)\b"
)


def _parse_strength(
    text: str, time_ref: TimeRef | None, ctx: ParseContext
) -> StrengthLogged | None:
    duration, text, _ = _durations(text)
    estimated: list[str] = []
    if not duration:
        duration = DEFAULT_STRENGTH_MIN * 60
        estimated.append("duration_min")
    if duration > MAX_STRENGTH_S:
        raise ImplausibleValue(
            f"A strength session of {duration / 3600:.0f} hours is more than I can log."
            " Nothing was saved; check the time."
        )
    words = frozenset(_LETTERS.findall(text))
    at, at_estimated = _start(time_ref, duration, ctx)
    if at_estimated:
        estimated.append("started_at")
    gross = met_gross_kcal(strength_met(words), ctx.weight_kg, duration)
    tags = tuple(sorted({m[0] for m in _STRENGTH_TAGS.finditer(text)}))
    return StrengthLogged(
        at=at,
        duration_s=round(duration, 1),
        energy_kcal=round(net_kcal(gross, duration, _baseline(ctx)), 1),
        tags=tags,
        estimated=tuple(estimated),
    )


_EACH_WAY = re.compile(r"\b(?:each way|both ways|there and back)\b")


def _speed_kmh(text: str) -> tuple[float | None, str]:
    pace, rest = _speed_pace(text)
    return (3600 / pace if pace else None), rest


def _parse_activity(
    text: str, time_ref: TimeRef | None, ctx: ParseContext
) -> ActivityLogged | None:
    key = next((w for w in _LETTERS.findall(text) if w in _ACTIVITY_WORDS_1), None)
    key = key or next((p for p in _ACTIVITY_PHRASES if p in text), None)
    if key is None:
        return None
    activity = ACTIVITIES[ACTIVITY_WORDS[key]]
    kmh, text = _speed_kmh(text)
    duration, text, as_hours = _durations(text)
    if duration and _EACH_WAY.search(text):
        duration *= 2  # "bike commute 25 min each way"
    distance_km, text = _distance_km(text, metres_for_small=True)
    if not distance_km and kmh and duration:
        distance_km = kmh * duration / 3600  # "incline walk 3mph 30 min"
    if as_hours and distance_km and distance_km / (duration / 3600) > activity.max_kmh:
        duration = as_hours  # "long ride 100km 3:45" is 3 h 45 min
    estimated: list[str] = []
    if not duration:
        if distance_km and activity.default_kmh:
            duration = distance_km / activity.default_kmh * 3600
        else:
            duration = DEFAULT_ACTIVITY_MIN * 60
        estimated.append("duration_min")
    if duration > MAX_SESSION_S:
        raise ImplausibleValue(
            f"{duration / 3600:.0f} hours of {activity.name} is more than a day."
            " Nothing was saved; check the time."
        )
    if distance_km and distance_km / (duration / 3600) > activity.max_kmh:
        raise ImplausibleValue(
            f"{short_distance(distance_km * 1000, ctx.units)} in {duration / 60:.0f} min is too"
            f" fast for {activity.name}."
            " Nothing was saved; check the numbers."
        )
    if distance_km > MAX_RUN_KM * 4:
        raise ImplausibleValue("That distance is more than I can log. Nothing was saved.")
    at, at_estimated = _start(time_ref, duration, ctx)
    if at_estimated:
        estimated.append("started_at")
    distance_m = distance_km * 1000 or None
    met = activity_met(activity.name, distance_m, duration)
    gross = met_gross_kcal(met, ctx.weight_kg, duration)
    return ActivityLogged(
        activity=activity.name,
        at=at,
        duration_s=round(duration, 1),
        distance_m=round(distance_m, 1) if distance_m else None,
        energy_kcal=round(net_kcal(gross, duration, _baseline(ctx)), 1),
        estimated=tuple(estimated),
    )
