"""GPX -> parts: points only (GPX has no summary), so moving time and distance come from gpxpy.

Start is the first point's time, never `<metadata><time>` (Garmin Connect writes the export
time there). Tracks are grouped into parts by consecutive `<type>`. gpxpy parses without
defusing: `engine.watchfiles.intake` has refused DTDs and counted every element before this runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import gpxpy
import gpxpy.geo
import gpxpy.gpx

from engine.energy import route_climb_factor
from engine.errors import BadActivityFile
from engine.watchfiles import refusals
from engine.watchfiles.intake import XML_ERRORS
from engine.watchfiles.parts import Part, aware, local, mean, number, positive, text


def read_gpx(data: bytes) -> list[Part]:
    """One part per run of tracks with the same `<type>`; start = first point."""
    try:
        gpx = gpxpy.parse(data)
    except (gpxpy.gpx.GPXException, *XML_ERRORS) as e:
        raise BadActivityFile(refusals.NOT_ACTIVITY) from e
    tracks = [t for t in gpx.tracks if any(s.points for s in t.segments)]
    if not tracks:
        raise BadActivityFile(refusals.NO_ACTIVITY)
    return [_gpx_part(group) for group in _group_by_type(tracks)]


def _group_by_type(tracks: Sequence[Any]) -> Iterator[list[Any]]:
    group: list[Any] = []
    for track in tracks:
        if group and (group[-1].type or None) != (track.type or None):
            yield group
            group = []
        group.append(track)
    yield group


def _gpx_part(tracks: Sequence[Any]) -> Part:
    points = [p for t in tracks for s in t.segments for p in s.points]
    times = [p.time for p in points if p.time is not None]
    moving_s = moving_m = 0.0
    for track in tracks:
        moving = track.get_moving_data()
        if moving is not None:
            moving_s += moving.moving_time
            moving_m += moving.moving_distance
    # A few stray times on a track that lost the rest (gpxpy's own test file keeps 5 of 296)
    # would log kilometres in seconds: ask for the date instead.
    if len(times) < 2 or len(times) < 0.95 * len(points):
        length = sum(t.length_3d() for t in tracks)
        raise BadActivityFile(refusals.NO_TIMES.format(example=refusals.example(length, None)))
    if moving_s <= 0:
        raise BadActivityFile(refusals.NO_MOVEMENT)
    start, end = min(times), max(times)
    elevations = [p.elevation for p in points if p.elevation is not None]
    return Part(
        sport=text(tracks[0].type),
        sub_sport=None,
        at=aware(start),
        duration_s=moving_s,
        elapsed_s=(end - start).total_seconds(),
        distance_m=moving_m,
        elevation_gain_m=float(gpxpy.geo.calculate_uphill_downhill(elevations)[0])
        if len(elevations) >= 2
        else None,
        avg_heart_rate=mean([hr for p in points if (hr := _gpx_heart_rate(p)) is not None]),
        route_factor=route_climb_factor(_gpx_profile(points)),
    )


def _gpx_profile(points: Sequence[Any]) -> list[tuple[float, float]]:
    """(cumulative distance, elevation) of the points that have both."""
    profile: list[tuple[float, float]] = []
    walked, previous = 0.0, None
    for p in points:
        if previous is not None:
            walked += gpxpy.geo.haversine_distance(previous.latitude, previous.longitude,
                                                   p.latitude, p.longitude)
        previous = p
        if p.elevation is not None:
            profile.append((walked, p.elevation))
    return profile


def _gpx_heart_rate(point: Any) -> float | None:
    """Heart rate from Garmin's TrackPointExtension (`gpxtpx:hr`) or a bare `<hr>`."""
    for extension in point.extensions:
        for element in extension.iter():
            if local(element.tag).lower() in ("hr", "heartrate"):
                return positive(number(element.text))
    return None
