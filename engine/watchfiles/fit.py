"""FIT (Garmin and most watches) -> parts: the device's session summary wins.

Sessions give start, timer, elapsed and distance; without sessions, lap totals; only a file
with neither falls back to its records, and then pauses are left out (records whose gap is
<= 30 s and speed >= 1 km/h). Start is never `file_id.time_created` (a Fenix 2 writes the *end*
there). Multisport sessions each become a part; transitions are dropped.

Decoding streams: at most MAX_FIT_MESSAGES messages, MAX_FIT_LAPS laps and MAX_PARTS sessions
are kept. A read that fails part-way (bad CRC, truncated, corrupt) is kept only if complete
session summaries were decoded before the error: Strava writes its session at the start of the
file, so its corrupt-as-recorded files still import with the device's own numbers. Without a
session (a Garmin cut off before its summary at the end) the file is refused.

FIT times below 0x10000000 count seconds since the watch powered on, not UTC: such a file has
no date, and the refusal asks the runner to type the run with its day.
"""

from __future__ import annotations

import io
import logging
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import fitdecode

from engine.energy import route_climb_factor
from engine.errors import BadActivityFile
from engine.watchfiles import refusals
from engine.watchfiles.classify import TRANSITIONS
from engine.watchfiles.limits import MAX_FIT_LAPS, MAX_FIT_MESSAGES, MAX_PARTS
from engine.watchfiles.parts import Part, Track, finite, nonnegative, positive, text

logger = logging.getLogger(__name__)

_FIT_RELATIVE_LIMIT = 0x10000000  # FIT profile: date_time values below this are device-relative
#: fitdecode raises more than FitError on corrupt bytes: fuzzing real files with flipped,
#: cut and spliced bytes also gave ValueError, AssertionError, KeyError and TypeError from
#: inside its reader. At this boundary they all mean "the file is damaged".
_FIT_DECODER_ERRORS = (
    fitdecode.FitError,
    ArithmeticError,
    AssertionError,
    LookupError,
    TypeError,
    ValueError,
    struct.error,
)
_TOO_MANY_PARTS = refusals.TOO_MANY_PARTS.format(limit=MAX_PARTS)


@dataclass
class _FitSummaries:
    """What the first pass over a FIT file keeps: summaries, sports and a record count."""

    sessions: list[dict[str, Any]] = field(default_factory=list)
    laps: list[dict[str, Any]] = field(default_factory=list)
    sports: list[tuple[str | None, str | None]] = field(default_factory=list)
    file_types: set[str] = field(default_factory=set)
    records: int = 0
    #: (time, cumulative distance, altitude) of the records that have all three: the route's
    #: elevation profile, costed per segment (science.md §3.4 rev 2).
    profile: list[tuple[datetime, float, float]] = field(default_factory=list)


def read_fit(data: bytes) -> list[Part]:
    """Sessions (else laps) from the file; records only when it has neither."""
    found = _fit_summaries(data)
    if found.file_types and "activity" not in found.file_types:
        raise BadActivityFile(refusals.NO_ACTIVITY)  # a course, workout, settings or monitoring
    sport, sub_sport = found.sports[0] if found.sports else (None, None)
    if found.sessions:
        sessions = found.sessions
        if len(found.sports) == len(sessions):  # sessions that leave the sport to `sport`
            sessions = [
                {"sport": named, "sub_sport": sub, **session}
                for session, (named, sub) in zip(sessions, found.sports, strict=True)
            ]
        return [_with_route(p, found.profile) for s in sessions
                if (p := _fit_summary(s)) is not None]
    if found.laps:
        part = _fit_summary(_merge_laps(found.laps, sport, sub_sport))
        return [_with_route(part, found.profile)] if part is not None else []
    if found.records:  # costed per segment of its own profile too (§3.4 rev 2)
        return [_with_route(_fit_from_records(data, sport, sub_sport), found.profile)]
    raise BadActivityFile(refusals.NO_ACTIVITY)


def _fit_summaries(data: bytes) -> _FitSummaries:
    """First pass; a decoder error keeps only the complete sessions read before it, if any."""
    found = _FitSummaries()
    try:
        for message in _fit_messages(data):
            if message.name == "record":
                found.records += 1
                if (point := _fit_point(message)) is not None:
                    found.profile.append(point)
            elif message.name == "session":
                found.sessions.append(_fields(message))
                _at_most(found.sessions, MAX_PARTS, _TOO_MANY_PARTS)
            elif message.name == "lap":
                found.laps.append(_fields(message))
                _at_most(found.laps, MAX_FIT_LAPS, refusals.TOO_MANY_LAPS)
            elif message.name == "sport":
                fields = _fields(message)
                found.sports.append((text(fields.get("sport")), text(fields.get("sub_sport"))))
                _at_most(found.sports, MAX_FIT_LAPS, refusals.TOO_MANY_LAPS)
            elif message.name == "file_id":
                found.file_types.add(str(_fields(message).get("type", "activity")))
    except _FIT_DECODER_ERRORS as e:
        complete = [s for s in found.sessions if _session_is_complete(s)]
        if not complete:
            raise BadActivityFile(refusals.TRUNCATED) from e
        logger.info("kept %d FIT session(s) read before an error: %s", len(complete), e)
        found.sessions = complete
        found.sports = found.sports[: len(complete)]
    return found


def _at_most(kept: Sequence[object], limit: int, refusal: str) -> None:
    if len(kept) > limit:
        raise BadActivityFile(refusal)


_POINT_FIELDS = frozenset({"timestamp", "distance", "enhanced_altitude", "altitude"})


def _fit_point(message: Any) -> tuple[datetime, float, float] | None:
    """A record's (time, distance, altitude); one pass over its fields (hot: 1 Hz files)."""
    found = {f.name: f.value for f in message.fields if f.name in _POINT_FIELDS}
    when, distance = found.get("timestamp"), finite(found.get("distance"))
    altitude = finite(found.get("enhanced_altitude"))
    if altitude is None:
        altitude = finite(found.get("altitude"))
    if not isinstance(when, datetime) or distance is None or altitude is None:
        return None
    return when, distance, altitude


def _with_route(part: Part, profile: Sequence[tuple[datetime, float, float]]) -> Part:
    """The part with the cost factor of its own records' elevation profile, if it has one."""
    end = part.at + timedelta(seconds=part.elapsed_s)
    points = [(d, a) for t, d, a in profile if part.at <= t <= end]
    factor = route_climb_factor(points)
    return part if factor is None else replace(part, route_factor=factor)


def _fit_messages(data: bytes) -> Iterator[Any]:
    """Data messages of every chained FIT file, at most MAX_FIT_MESSAGES of them."""
    count = 0
    with fitdecode.FitReader(
        io.BytesIO(data),
        check_crc=fitdecode.CrcCheck.RAISE,
        error_handling=fitdecode.ErrorHandling.IGNORE,
    ) as reader:
        for frame in reader:
            if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                continue
            count += 1
            if count > MAX_FIT_MESSAGES:
                raise BadActivityFile(refusals.TOO_MANY_POINTS.format(limit=MAX_FIT_MESSAGES))
            yield frame


def _fields(message: Any) -> dict[str, Any]:
    return {f.name: f.value for f in message.fields if f.value is not None}


def _session_is_complete(session: dict[str, Any]) -> bool:
    return "start_time" in session and (
        "total_timer_time" in session or "total_elapsed_time" in session
    )


def _merge_laps(laps: list[dict[str, Any]], sport: str | None, sub: str | None) -> dict[str, Any]:
    """A session-shaped summary from lap totals, for files that write laps but no session."""
    starts = [lap["start_time"] for lap in laps if "start_time" in lap]
    merged: dict[str, Any] = {"sport": sport, "sub_sport": sub}
    if starts:
        merged["start_time"] = starts[0]
    for key in ("total_timer_time", "total_elapsed_time", "total_distance", "total_calories"):
        values = [lap[key] for lap in laps if key in lap]
        if values:
            merged[key] = sum(values)
    ascents = [lap["total_ascent"] for lap in laps if "total_ascent" in lap]
    if ascents:
        merged["total_ascent"] = sum(ascents)
    heart = [
        (lap["avg_heart_rate"], lap["total_timer_time"])
        for lap in laps
        if lap.get("avg_heart_rate") and lap.get("total_timer_time")
    ]
    if heart:
        merged["avg_heart_rate"] = sum(hr * t for hr, t in heart) / sum(t for _, t in heart)
    return merged


def _fit_summary(s: dict[str, Any]) -> Part | None:
    """A FIT session (or merged laps) as a part; None for transitions and empty sessions."""
    sport, sub_sport = text(s.get("sport")), text(s.get("sub_sport"))
    if sport in TRANSITIONS:
        return None
    timer = positive(s.get("total_timer_time")) or positive(s.get("total_elapsed_time"))
    distance = nonnegative(s.get("total_distance"))
    start = s.get("start_time")
    example = refusals.example(distance, timer)
    if isinstance(start, int) and start < _FIT_RELATIVE_LIMIT:
        raise BadActivityFile(refusals.RELATIVE_TIME.format(example=example))
    if not isinstance(start, datetime):
        raise BadActivityFile(refusals.NO_TIMES.format(example=example))
    if timer is None:
        return None  # an empty session (started and stopped at once): nothing to log
    elapsed = positive(s.get("total_elapsed_time")) or timer
    return Part(
        sport=sport,
        sub_sport=sub_sport,
        at=start.astimezone(UTC),
        duration_s=timer,
        elapsed_s=max(elapsed, timer),
        distance_m=distance,
        elevation_gain_m=nonnegative(s.get("total_ascent")),
        avg_heart_rate=positive(s.get("avg_heart_rate")),
        device_kcal=positive(s.get("total_calories")),
    )


def _fit_from_records(data: bytes, sport: str | None, sub_sport: str | None) -> Part:
    """Second pass, only for files without any summary: totals from records, pauses left out."""
    track = Track()
    relative = False
    for message in _fit_messages(data):
        if message.name != "record":
            continue
        fields = _fields(message)
        when = fields.get("timestamp")
        if isinstance(when, int):
            relative = relative or when < _FIT_RELATIVE_LIMIT
            continue
        if not isinstance(when, datetime):
            continue
        lat, lon = fields.get("position_lat"), fields.get("position_long")
        position = (
            (lat * 180 / 2**31, lon * 180 / 2**31)
            if isinstance(lat, int) and isinstance(lon, int)
            else None
        )
        track.add(
            when,
            cumulative_m=nonnegative(fields.get("distance")),
            position=position,
            altitude=finite(fields.get("enhanced_altitude", fields.get("altitude"))),
            heart_rate=positive(fields.get("heart_rate")),
        )
    return track.part(sport, sub_sport, relative=relative)
