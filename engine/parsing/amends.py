"""A message that only corrects a figure of the entry just logged: "sorry, 53 min", "oops, 8k
not 10k", "meant 72.4 kg", "make that 41:30".

Said alone, the figure belongs to no new event: it is the run's or the weigh-in's before it,
which the bot puts right ("✏️ Updated") when that entry is the runner's latest of its kind and
was logged a short while ago. A distance or a time is a run's, a weight a weigh-in's; a bare
number says neither and is left to the reader (`None` here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta

from engine.energy import run_net_kcal
from engine.errors import ImplausibleValue
from engine.events import Event, EventKind, RunLogged, WeightLogged
from engine.parsing.context import MAX_WEIGHT_KG, MIN_WEIGHT_KG, ParseContext
from engine.parsing.runs import _baseline, _check_run
from engine.units import KG_PER_LB, KM_PER_MILE, mass_range


@dataclass(frozen=True, slots=True)
class Amendment:
    """The figures a correction said alone: each None when it said nothing of it."""

    distance_m: float | None = None
    duration_s: float | None = None
    mass_kg: float | None = None
    #: A lone "1:52" is minutes and seconds, or hours and minutes where that is no pace.
    hours_s: float | None = None

    @property
    def kind(self) -> EventKind:
        """The kind of entry the figures are of: a weigh-in's mass, or a run's."""
        return "weight" if self.mass_kg is not None else "run"


#: Words that say the figure with them corrects the entry before.
_MARK = (
    r"(?:sorry|soz|oops|whoops|oh|ah|no|wait|actually|correction|edit|typo|my\s+bad|i\s+mean"
    r"|i\s+meant|meant|make\s+(?:that|it)|should\s+(?:have\s+been|be|say|read)|it\s+was"
    r"|was|that\s+was|that's|it's)"
)
#: One figure: a clock time (a run's), or a number with a distance, minutes or mass unit.
_FIGURE = (
    r"(?:(?P<clock>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?)"
    r"|(?P<num>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*(?P<unit>k|km|kms|kilometres|kilometers|mi|miles?"
    r"|min|mins|minutes|kg|kgs|kilos|lb|lbs|pounds)\b)"
)
_PART = re.compile(_FIGURE)
#: The whole message: correction words, one or two figures ("8k in 41:30"), perhaps "not M"
#: (the wrong figure), and correction words after. At least one mark or a "not".
_ALONE = re.compile(
    rf"^\W*(?P<before>(?:{_MARK}\W*)*)"
    rf"(?P<figures>{_FIGURE.replace('?P<', '?P<a_')}(?:\s*(?:,|in|and|&)?\s*"
    rf"{_FIGURE.replace('?P<', '?P<b_')})?)"
    rf"(?P<not>\s*,?\s*(?:not|instead\s+of)\s+[0-9][0-9.:]*\s*[a-z]*)?"
    rf"(?P<after>\W*(?:{_MARK}\W*)*)$"
)
_DISTANCE_UNITS = {"k": 1000.0, "km": 1000.0, "kms": 1000.0, "kilometres": 1000.0,
                   "kilometers": 1000.0, "mi": KM_PER_MILE * 1000, "mile": KM_PER_MILE * 1000,
                   "miles": KM_PER_MILE * 1000}
_MINUTE_UNITS = frozenset({"min", "mins", "minutes"})
_LB_UNITS = frozenset({"lb", "lbs", "pounds"})
#: A cheap gate: every message the bot reads passes here first.
_GATE = re.compile(r"[0-9]")
_LONGEST = 60


def bare_amendment(text: str) -> Amendment | None:
    """The figures of a message that is only a correction of the entry before, or None."""
    if len(text) > _LONGEST or _GATE.search(text) is None:
        return None
    m = _ALONE.match(text.lower().strip())
    if m is None or not (m["before"].strip(" ,.!-") or m["after"].strip(" ,.!-") or m["not"]):
        return None
    figures: dict[str, float] = {}
    for part in _PART.finditer(m["figures"]):
        kind, value = _figure(part)
        if kind in figures:
            return None  # "8k 10k": two of one kind, no correction of one
        figures[kind] = value
        if part["clock"] is not None and part["clock"].count(":") == 1:
            figures["hours_s"] = value * 60
    if "mass_kg" in figures and len(figures) > 1:
        return None  # a weight beside a run's figures: not one entry's
    return Amendment(**figures)


def _figure(m: re.Match[str]) -> tuple[str, float]:
    if m["clock"] is not None:
        parts = [int(p) for p in m["clock"].split(":")]
        seconds = (parts[0] * 3600 + parts[1] * 60 + parts[2] if len(parts) == 3
                   else parts[0] * 60 + parts[1])
        return "duration_s", float(seconds)
    value, unit = float(m["num"]), m["unit"]
    if unit in _DISTANCE_UNITS:
        return "distance_m", value * _DISTANCE_UNITS[unit]
    if unit in _MINUTE_UNITS:
        return "duration_s", value * 60
    return "mass_kg", value * KG_PER_LB if unit in _LB_UNITS else value


def amend(event: Event, amendment: Amendment, ctx: ParseContext) -> Event | None:
    """The entry with the corrected figures, or None when they are not of its kind.

    A run keeps its end (it ended when it ended) and its pace for the figure not said, when
    that one had been estimated from the pace; its energy is worked out again.
    """
    if isinstance(event, WeightLogged) and amendment.mass_kg is not None:
        kg = amendment.mass_kg
        if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
            raise ImplausibleValue(
                f"That doesn't look like a body weight (I accept "
                f"{mass_range(MIN_WEIGHT_KG, MAX_WEIGHT_KG, ctx.units)}). Nothing was changed."
            )
        return event.model_copy(update={"mass_kg": round(kg, 2)})
    if isinstance(event, RunLogged) and amendment.mass_kg is None:
        try:
            return _amended_run(event, amendment, ctx)
        except ImplausibleValue:
            if amendment.hours_s is None:
                raise
            return _amended_run(event, replace(amendment, duration_s=amendment.hours_s), ctx)
    return None


def _amended_run(run: RunLogged, amendment: Amendment, ctx: ParseContext) -> RunLogged:
    said_km, said_time = amendment.distance_m is not None, amendment.duration_s is not None
    distance = amendment.distance_m or run.distance_m
    duration = amendment.duration_s or run.duration_s
    pace = run.duration_s / run.distance_m if run.distance_m else 0.0
    if said_time and not said_km and "distance_km" in run.estimated and pace:
        distance = duration / pace  # "ran 50 min" (its distance from the pace), "sorry, 55 min"
    if said_km and not said_time and "duration_min" in run.estimated:
        duration = distance * pace  # "ran 10k" (its time from the pace), "oops, 8k"
    estimated = tuple(e for e in run.estimated if not (
        (e == "distance_km" and said_km) or (e == "duration_min" and said_time)))
    _check_run(distance / 1000, duration, ctx.units)
    energy = run_net_kcal(
        distance_m=distance,
        duration_s=duration,
        mass_kg=ctx.weight_kg,
        baseline_per_min=_baseline(ctx),
        elevation_gain_m=run.elevation_gain_m,
        treadmill_grade=0.0 if "treadmill" in run.tags else None,
    )
    return run.model_copy(update={
        "at": run.at + timedelta(seconds=run.duration_s - duration),
        "distance_m": round(distance, 1),
        "duration_s": round(duration, 1),
        "energy_kcal": round(energy, 1),
        "estimated": estimated,
    })
