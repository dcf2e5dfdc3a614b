"""A file's sport part in the file's own terms (`Part`), and the small readers all formats share.

Every decoder (fit, gpx, tcx) turns bytes into `Part`s; `engine.watchfiles.energy` turns a part
into an event. A value a file gives is kept only if it is a finite number of the right sign:
files carry NaN, negative distances and booleans where numbers belong.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import gpxpy.geo

from engine.errors import BadActivityFile
from engine.watchfiles import refusals

MAX_RECORD_GAP_S = 30.0  # a longer silence between timed points is a pause
STOPPED_M_PER_S = 1 / 3.6  # gpxpy's default stopped threshold, 1 km/h


@dataclass(frozen=True)
class Part:
    """One sport part of a file, in the file's own terms, before it becomes an event."""

    sport: str | None
    sub_sport: str | None
    at: datetime
    duration_s: float
    elapsed_s: float
    distance_m: float | None
    elevation_gain_m: float | None = None
    avg_heart_rate: float | None = None
    device_kcal: float | None = None
    #: The route's cost against the flat from its (distance, altitude) points (science.md §3.4
    #: rev 2); None when the file has no such points (a FIT session's summary).
    route_factor: float | None = None


class Track:
    """Totals over timed points, leaving out pauses (long gaps or slower than 1 km/h)."""

    def __init__(self) -> None:
        self.first: datetime | None = None
        self.last: datetime | None = None
        self.moving_s = 0.0
        self.moving_m = 0.0
        self._cumulative: float | None = None
        self._position: tuple[float, float] | None = None
        self.altitudes: list[float] = []
        self.heart_rates: list[float] = []

    def add(
        self,
        when: datetime,
        *,
        cumulative_m: float | None,
        position: tuple[float, float] | None,
        altitude: float | None,
        heart_rate: float | None,
    ) -> None:
        step: float | None = None
        if cumulative_m is not None and self._cumulative is not None:
            step = max(0.0, cumulative_m - self._cumulative)
        elif position is not None and self._position is not None:
            step = gpxpy.geo.haversine_distance(*self._position, *position)
        if self.last is not None and step is not None:
            gap = (when - self.last).total_seconds()
            if 0 < gap <= MAX_RECORD_GAP_S and step / gap >= STOPPED_M_PER_S:
                self.moving_s += gap
                self.moving_m += step
        self._cumulative = cumulative_m if cumulative_m is not None else self._cumulative
        self._position = position or self._position
        if self.first is None:
            self.first = when
        self.last = when
        if altitude is not None:
            self.altitudes.append(altitude)
        if heart_rate is not None:
            self.heart_rates.append(heart_rate)

    def part(self, sport: str | None, sub_sport: str | None, *, relative: bool) -> Part:
        if self.first is None or self.last is None:
            template = refusals.RELATIVE_TIME if relative else refusals.NO_TIMES
            raise BadActivityFile(template.format(example=refusals.example(None, None)))
        if self.moving_s <= 0:
            raise BadActivityFile(refusals.NO_MOVEMENT)
        return Part(
            sport=sport,
            sub_sport=sub_sport,
            at=self.first.astimezone(UTC),
            duration_s=self.moving_s,
            elapsed_s=(self.last - self.first).total_seconds(),
            distance_m=self.moving_m,
            elevation_gain_m=gain(self.altitudes),
            avg_heart_rate=mean(self.heart_rates),
        )


def positive(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value) if math.isfinite(value) else None
    return None


def nonnegative(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value) if math.isfinite(value) else None
    return None


def finite(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def number(text: str | None) -> float | None:
    """A number written in XML text, or None."""
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def text(value: object) -> str | None:
    return None if value is None else str(value)


def gain(altitudes: Sequence[float]) -> float | None:
    """Climb over smoothed altitudes, gpxpy's own smoothing (3-point weighted)."""
    if len(altitudes) < 2:
        return None
    up, _ = gpxpy.geo.calculate_uphill_downhill(list(altitudes))
    return float(up)


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def aware(value: datetime) -> datetime:
    """GPX and TCX times are UTC by specification; a naive one is read as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local(tag: str) -> str:
    """An XML tag without its namespace ("{ns}trkpt" or "gpxtpx:hr" -> "trkpt", "hr")."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]
