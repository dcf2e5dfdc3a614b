"""What a file's part is (a run, a ride, yoga...) and whether anyone could have done it.

`sport` keeps what the file says. Running -> a run; cycling/walking/hiking/swimming -> the
activities "cycle"/"walk"/"hike"/"swim"; sports engine.activities knows by another name map to
it; other named sports keep their name. When the file names no sport (GPX without `<type>`,
FIT `generic`, TCX `Other`), the average moving speed decides: < 7 km/h is a walk, >= 18 km/h
(faster than 3:20/km) a ride, else a run. A run must pass the speed rule typed runs pass
(`engine.limits`).
"""

from __future__ import annotations

import re

from engine.errors import BadActivityFile
from engine.limits import run_speed
from engine.watchfiles import refusals
from engine.watchfiles.limits import MAX_DURATION_S
from engine.watchfiles.parts import Part

_WALK_BELOW_KMH = 7.0
_RIDE_FROM_KMH = 18.0

#: What a file's sport means for us: run, or the activity name ActivityLogged carries.
_SPORT_KINDS = {
    "running": "run",
    "run": "run",
    "trail_running": "run",
    "cycling": "cycle",
    "biking": "cycle",
    "bike": "cycle",
    "ride": "cycle",
    "walking": "walk",
    "walk": "walk",
    "hiking": "hike",
    "hike": "hike",
    "swimming": "swim",
    "swim": "swim",
    # Strava's older GPX exports number the type; 9 is a run (cpfair/tapiriik issue #574).
    # Other numbers fall through to the speed rule.
    "9": "run",
}
_UNSTATED_SPORTS = {"", "generic", "other", "all", "0"}
#: FIT multisport transitions: time between sports, not an activity.
TRANSITIONS = frozenset({"transition", "transition_run", "transition_bike", "transition_swim"})

#: File sports that name an activity engine.activities knows (its Compendium METs).
_ACTIVITY_SPORTS = {
    "rowing": "row",
    "cross_country_skiing": "ski",
    "alpine_skiing": "ski",
    "tennis": "tennis",
    "soccer": "football",
    "basketball": "basketball",
    "rock_climbing": "climb",
    "inline_skating": "skate",
    "ice_skating": "skate",
    "dance": "dance",
    "yoga": "yoga",
    "pilates": "pilates",
}

#: What a stored sport name may be: a file's sport is free text (GPX `<type>`).
_SPORT_NAME = re.compile(r"[a-z_]{1,32}")


def sport_name(sport: str | None) -> str | None:
    """The file's sport as it is stored: `[a-z_]{1,32}` ("Trail Running" -> "trail_running").

    A sport is the only text a file puts in the database, and GPX's `<type>` is free text:
    anything else (too long, digits, symbols, scripts) is stored as no sport at all.
    """
    name = "_".join((sport or "").lower().split())
    return name if _SPORT_NAME.fullmatch(name) else None


def kind(part: Part) -> str:
    """Our kind for the file's sport: "run", or the activity name ActivityLogged carries."""
    sport = "_".join((part.sport or "").lower().split())
    if sport in _SPORT_KINDS:
        return _SPORT_KINDS[sport]
    if sport in _ACTIVITY_SPORTS:
        return _ACTIVITY_SPORTS[sport]
    if sport not in _UNSTATED_SPORTS and (name := sport_name(sport)) is not None:
        return name
    if part.distance_m and part.duration_s:
        kmh = part.distance_m / part.duration_s * 3.6
        if kmh < _WALK_BELOW_KMH:
            return "walk"
        if kmh >= _RIDE_FROM_KMH:
            return "cycle"
    return "run"


def check_plausible(part: Part, kind: str) -> None:
    """Refuse what no runner did: a corrupt summary, or a drive recorded in run mode."""
    if part.duration_s > MAX_DURATION_S:
        raise BadActivityFile(refusals.TOO_LONG)
    if kind != "run" or not part.distance_m:
        return
    verdict = run_speed(part.distance_m, part.duration_s)
    kmh = part.distance_m / part.duration_s * 3.6
    if verdict == "too_fast":
        raise BadActivityFile(refusals.TOO_FAST.format(kmh=kmh))
    if verdict == "too_slow":
        raise BadActivityFile(refusals.TOO_SLOW.format(kmh=kmh))
