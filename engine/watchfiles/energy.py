"""A part -> the event the coach stores, with our net energy estimate (science.md §2-4).

`energy_kcal` is net: gross minus the runner's baseline per minute (REE x NEF, science.md §2),
or minus 1 MET when the caller has none. A run is costed from distance, time, climb and the
route's own profile; another activity from engine.activities' Compendium METs (by speed for
walks and rides), else a moderate 4 MET. The device's own calories are kept beside ours.
"""

from __future__ import annotations

from typing import Any

from engine.activities import ACTIVITIES, activity_met
from engine.energy import met_gross_kcal, net_kcal, run_net_kcal
from engine.errors import BadActivityFile
from engine.events import ActivityLogged, RunLogged
from engine.watchfiles import refusals
from engine.watchfiles.classify import check_plausible, kind, sport_name
from engine.watchfiles.intake import Source
from engine.watchfiles.parts import Part

FileEvent = RunLogged | ActivityLogged

_OTHER_MET = 4.0  # [J] a moderate effort, for sports engine.activities has no row for


def to_event(part: Part, source: Source, mass_kg: float, baseline: float) -> FileEvent:
    """The part as a run or an activity; BadActivityFile if no runner could have done it."""
    what = kind(part)
    check_plausible(part, what)
    common: dict[str, Any] = {
        "at": part.at,
        "duration_s": part.duration_s,
        "source": source,
        "elapsed_s": part.elapsed_s,
        "avg_heart_rate": part.avg_heart_rate,
        "device_kcal": part.device_kcal,
        "sport": sport_name(part.sport),
    }
    if what == "run":
        if not part.distance_m:
            minutes = round(part.duration_s / 60)
            raise BadActivityFile(refusals.NO_DISTANCE.format(minutes=minutes))
        energy = run_net_kcal(
            distance_m=part.distance_m,
            duration_s=part.duration_s,
            mass_kg=mass_kg,
            baseline_per_min=baseline,
            elevation_gain_m=part.elevation_gain_m,
            treadmill_grade=0.0 if part.sub_sport == "treadmill" else None,
            route_factor=part.route_factor,
        )
        return RunLogged(
            distance_m=part.distance_m,
            elevation_gain_m=part.elevation_gain_m,
            energy_kcal=round(energy, 1),
            **common,
        )
    gross = met_gross_kcal(_met(what, part), mass_kg, part.duration_s)
    return ActivityLogged(
        activity=what,
        distance_m=part.distance_m,
        energy_kcal=round(net_kcal(gross, part.duration_s, baseline), 1),
        **common,
    )


def _met(what: str, part: Part) -> float:
    """engine.activities' Compendium METs (by speed for walks and rides), else a moderate 4."""
    if what in ACTIVITIES:
        return activity_met(what, part.distance_m, part.duration_s)
    return _OTHER_MET
