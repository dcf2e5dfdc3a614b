"""TCX (Garmin Training Center) -> parts: each `<Activity>` is one, its Lap totals the summary.

Activities inside a MultiSportSession each become a part. The tree is built by defusedxml with
DTDs forbidden, after `engine.watchfiles.intake` has counted every element.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from xml.etree.ElementTree import Element

import defusedxml
import defusedxml.ElementTree as SafeET

from engine.energy import route_climb_factor
from engine.errors import BadActivityFile
from engine.watchfiles import refusals
from engine.watchfiles.intake import XML_ERRORS
from engine.watchfiles.parts import Part, aware, gain, mean, number, positive

_TCX_NS = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


def read_tcx(data: bytes) -> list[Part]:
    """Each `<Activity>` (also inside a MultiSportSession) is a part; Lap totals are its summary."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except (defusedxml.DefusedXmlException, *XML_ERRORS) as e:  # the census saw it first
        raise BadActivityFile(refusals.NOT_ACTIVITY) from e
    activities = list(root.iter(f"{_TCX_NS}Activity"))
    if not activities:
        raise BadActivityFile(refusals.NO_ACTIVITY)
    return [_tcx_part(a) for a in activities]


def _tcx_part(activity: Element) -> Part:
    laps = activity.findall(f"{_TCX_NS}Lap")
    points = [p for lap in laps for p in lap.iter(f"{_TCX_NS}Trackpoint")]
    times = [t for p in points if (t := _tcx_time(p.findtext(f"{_TCX_NS}Time"))) is not None]
    lap_starts = [t for lap in laps if (t := _tcx_time(lap.get("StartTime"))) is not None]
    timer = sum(number(lap.findtext(f"{_TCX_NS}TotalTimeSeconds")) or 0.0 for lap in laps)
    lap_m = [number(lap.findtext(f"{_TCX_NS}DistanceMeters")) for lap in laps]
    distance = sum(m for m in lap_m if m is not None) if any(m is not None for m in lap_m) else None
    starts = lap_starts or times
    if not starts:
        example = refusals.example(distance, timer)
        raise BadActivityFile(refusals.NO_TIMES.format(example=example))
    start = min(starts)
    span = (max(times) - start).total_seconds() if times else 0.0
    if timer <= 0:
        timer = span
    if timer <= 0:
        raise BadActivityFile(refusals.NO_MOVEMENT)
    if distance is None:
        cumulative = [number(p.findtext(f"{_TCX_NS}DistanceMeters")) for p in points]
        distance = max((m for m in cumulative if m is not None), default=None)
    lap_kcal = [number(lap.findtext(f"{_TCX_NS}Calories")) for lap in laps]
    altitudes = [a for p in points if (a := number(p.findtext(f"{_TCX_NS}AltitudeMeters")))]
    profile = [(d, a) for p in points
               if (d := number(p.findtext(f"{_TCX_NS}DistanceMeters"))) is not None
               and (a := number(p.findtext(f"{_TCX_NS}AltitudeMeters"))) is not None]
    return Part(
        sport=activity.get("Sport"),
        sub_sport=None,
        at=start,
        duration_s=timer,
        elapsed_s=max(timer, span),
        distance_m=distance,
        elevation_gain_m=gain(altitudes),
        avg_heart_rate=_tcx_heart_rate(laps, points),
        device_kcal=positive(sum(k for k in lap_kcal if k is not None)),
        route_factor=route_climb_factor(profile),
    )


def _tcx_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return aware(datetime.fromisoformat(value.strip()))
    except ValueError:
        return None


def _tcx_heart_rate(laps: Sequence[Element], points: Sequence[Element]) -> float | None:
    """Lap averages weighted by lap time; the mean of trackpoints when laps have none."""
    weighted = [
        (hr, seconds)
        for lap in laps
        if (hr := number(lap.findtext(f"{_TCX_NS}AverageHeartRateBpm/{_TCX_NS}Value")))
        and (seconds := number(lap.findtext(f"{_TCX_NS}TotalTimeSeconds")))
    ]
    if weighted:
        return sum(hr * s for hr, s in weighted) / sum(s for _, s in weighted)
    path = f"{_TCX_NS}HeartRateBpm/{_TCX_NS}Value"
    return mean([hr for p in points if (hr := number(p.findtext(path)))])
