"""A Strava activity (API v3 `DetailedActivity` JSON) -> a run or an activity (pure).

Strava reports `sport_type` (newer, finer) and `type` (legacy); runs are Run, TrailRun and
VirtualRun. `moving_time` is the timer time that drives our energy estimate; `elapsed_time`
(pauses included) places the end, which the recovery reminder is timed from. `calories` is the
device's (or Strava's) gross figure, present only in the detailed representation and 0 when
unknown. Energy is our own estimate, as for a watch file (bot/watchfiles.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from engine.activities import ACTIVITIES, activity_met
from engine.energy import met_gross_kcal, net_kcal, run_net_kcal
from engine.errors import CoachError
from engine.events import ActivityLogged, RunLogged

RUN_TYPES = frozenset({"Run", "TrailRun", "VirtualRun"})
#: Strava sport types that name an activity engine.activities has a MET for.
SPORT_ACTIVITIES = {
    "Ride": "cycle", "MountainBikeRide": "cycle", "GravelRide": "cycle", "EBikeRide": "cycle",
    "EMountainBikeRide": "cycle", "Handcycle": "cycle", "Velomobile": "cycle",
    "VirtualRide": "spin", "Walk": "walk", "Hike": "hike", "Swim": "swim", "Yoga": "yoga",
    "Pilates": "pilates", "Rowing": "row", "VirtualRow": "row", "Elliptical": "elliptical",
    "StairStepper": "stairs", "NordicSki": "ski", "BackcountrySki": "ski", "AlpineSki": "ski",
    "RollerSki": "ski", "InlineSkate": "skate", "IceSkate": "skate", "Tennis": "tennis",
    "Soccer": "football", "Basketball": "basketball", "RockClimbing": "climb", "Dance": "dance",
    "Squash": "squash", "Badminton": "badminton", "Golf": "golf", "Kayaking": "kayak",
    "Canoeing": "kayak", "Surfing": "surf",
}  # fmt: skip
OTHER_MET = 4.0  # as for a watch file's unknown sport: a moderate effort
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")
#: Longer than any plausible session: a watch left running, not a workout.
MAX_DURATION_S = 24 * 3600

StravaEvent = RunLogged | ActivityLogged


@dataclass(frozen=True, slots=True)
class StravaLink:
    """A runner's connection to one Strava athlete; `tokens` is the encrypted token pair."""

    user_id: int
    athlete_id: int
    chat_id: int
    tokens: str
    expires_at: datetime
    scope: str
    connected_at: datetime


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One push-subscription event as Strava sent it (`updates` as given, strings)."""

    owner_id: int
    object_type: str
    object_id: int
    aspect_type: str
    event_time: int
    updates: dict[str, str] = field(default_factory=dict)
    id: int = 0
    attempts: int = 0

    @property
    def revokes(self) -> bool:
        """The athlete took our access away (Strava's deauthorization event)."""
        return (self.object_type == "athlete"
                and str(self.updates.get("authorized", "")).lower() == "false")


class NotAnActivity(CoachError):
    """Strava's answer does not describe a session we can log."""


def sport_of(data: Mapping[str, Any]) -> str:
    sport = data.get("sport_type") or data.get("type") or ""
    return sport if isinstance(sport, str) else ""


def activity_event(data: Mapping[str, Any], *, mass_kg: float,
                   baseline_per_min: float) -> StravaEvent:
    """The event for one Strava activity; NotAnActivity when it lacks a time or a start."""
    try:
        at = datetime.fromisoformat(str(data["start_date"]).replace("Z", "+00:00"))
        moving = float(data.get("moving_time") or 0)
        elapsed = float(data.get("elapsed_time") or 0) or moving
        distance = float(data.get("distance") or 0)
        climb = data.get("total_elevation_gain")
        calories = data.get("calories")
        heart = data.get("average_heartrate")
    except (KeyError, TypeError, ValueError) as e:
        raise NotAnActivity("Strava sent an activity without a start or a time.") from e
    moving = moving or elapsed
    if at.tzinfo is None or not 0 < moving <= MAX_DURATION_S:
        raise NotAnActivity("Strava sent an activity without a usable time.")
    sport = sport_of(data)
    common: dict[str, Any] = {
        "at": at, "duration_s": moving, "source": "strava", "elapsed_s": max(elapsed, moving),
        "avg_heart_rate": float(heart) if heart else None,
        "device_kcal": float(calories) if calories else None,
        "sport": _CAMEL.sub("_", sport).lower()[:32] or None,
    }
    if sport in RUN_TYPES and distance > 0:
        energy = run_net_kcal(
            distance_m=distance, duration_s=moving, mass_kg=mass_kg,
            baseline_per_min=baseline_per_min,
            elevation_gain_m=float(climb) if climb else None,
            treadmill_grade=0.0 if data.get("trainer") or sport == "VirtualRun" else None)
        return RunLogged(distance_m=distance, elevation_gain_m=float(climb) if climb else None,
                         energy_kcal=round(energy, 1), **common)
    activity = SPORT_ACTIVITIES.get(sport, "run" if sport in RUN_TYPES else common["sport"]
                                    or "workout")
    met = activity_met(activity, distance or None, moving) if activity in ACTIVITIES else OTHER_MET
    gross = met_gross_kcal(met, mass_kg, moving)
    return ActivityLogged(activity=activity, distance_m=distance or None,
                          energy_kcal=round(net_kcal(gross, moving, baseline_per_min), 1),
                          **common)
