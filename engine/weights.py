"""A runner's weight: the smoothed trend shown to them and the weekly rate of the weigh-ins.

science.md §8. The trend is The Hacker's Diet's EWMA (alpha 0.1): it is the weight the runner
sees and the formulas use. (rev 2) The weekly *rate* no longer comes from the trend's slope,
which lags a steady change by weeks (a true 1.2 %/wk loss reads 0.6 %/wk on day 15): it is the
Theil-Sen slope (median of pairwise slopes) of the raw weigh-ins of the last 14-28 days, once
there are >= 6 weigh-in days spanning >= 10 days. A robust slope shrugs off one odd reading.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo

from engine.days import day_window, local_day

#: science.md §8: EWMA smoothing factor of The Hacker's Diet.
TREND_ALPHA = 0.1
TREND_MEMORY = timedelta(days=365)  # 0.9^365 < 1e-16: older weigh-ins no longer matter
TREND_WARMUP = timedelta(days=21)  # 0.9^21 ~ 0.1: by then the EWMA's lag has settled
#: science.md §8 (rev 2): the weekly rate reads the weigh-ins of the last 28 days (at most) and
#: needs >= 6 weigh-in days spanning >= 10 days.
RATE_WINDOW_DAYS = 28
MIN_RATE_WEIGH_INS = 6
MIN_RATE_SPAN_DAYS = 10


@dataclass(slots=True)
class WeightTrend:
    """EWMA trend at each weigh-in day (ascending); carried forward between them (§8).

    `totals` and `counts` sum each day's weigh-ins: the day's mean feeds the EWMA and the
    regression used before warm-up. A trend grows with `add` as weigh-ins arrive, and `since`
    drops the days a balance no longer reads, keeping one earlier day as the seed it grows from.
    """

    days: list[date] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    totals: list[float] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    trimmed: bool = False
    #: Counts the weigh-ins folded in, so a kept summary of it knows when it is out of date.
    revision: int = 0

    def on(self, day: date) -> float | None:
        i = bisect.bisect_right(self.days, day)
        return self.values[i - 1] if i else None

    def mass_on(self, day: date) -> float | None:
        """The mean weigh-in of the last weigh-in day up to `day`."""
        i = bisect.bisect_right(self.days, day)
        return self.totals[i - 1] / self.counts[i - 1] if i else None

    def weigh_in_on(self, day: date) -> float | None:
        """The mean of `day`'s own weigh-ins, None on a day without one (the chart's dots)."""
        i = bisect.bisect_left(self.days, day)
        if i < len(self.days) and self.days[i] == day:
            return self.totals[i] / self.counts[i]
        return None

    def masses(self, lo: int, hi: int) -> list[float]:
        """The mean weigh-in of the days at positions lo..hi-1."""
        return [t / c for t, c in zip(self.totals[lo:hi], self.counts[lo:hi], strict=True)]

    def add(self, day: date, mass_kg: float) -> bool:
        """Fold in a weigh-in of the last day or a later one; False for an earlier day.

        An earlier weigh-in changes every value after it: the caller rebuilds the trend.
        """
        if self.days and day < self.days[-1]:
            return False
        total, count = mass_kg, 1
        if self.days and day == self.days[-1]:
            if self.trimmed and len(self.days) == 1:
                return False  # the seed's own predecessors are gone
            total += self.totals.pop()
            count += self.counts.pop()
            self.days.pop()
            self.values.pop()
        self._step(day, total, count)
        return True

    def since(self, cut: date) -> WeightTrend:
        """This trend without the days before `cut`, except the last one (the seed).

        Every figure of a balance of a day >= cut + 56 stays the same: the adaptive window
        reads the trend from day - 28, and the warm-up test only asks whether the first
        weigh-in is over 21 days before that, which the seed still answers.
        """
        i = bisect.bisect_left(self.days, cut)
        if i <= 1:
            return self
        k = i - 1
        return WeightTrend(self.days[k:], self.values[k:], self.totals[k:], self.counts[k:],
                           trimmed=True)

    def _step(self, day: date, total: float, count: int) -> None:
        mass = total / count
        if self.days:
            previous = self.values[-1]
            gap = (day - self.days[-1]).days
            value = previous + (1 - (1 - TREND_ALPHA) ** gap) * (mass - previous)
        else:
            value = mass
        self.days.append(day)
        self.values.append(value)
        self.totals.append(total)
        self.counts.append(count)
        self.revision += 1


#: How far back a trend kept for later balances must reach (see `WeightTrend.since`).
TREND_KEEP = timedelta(days=56)


class WeighIn(Protocol):
    """What the trend reads of a weigh-in (a `WeightLogged`, or a `Weighed` from a summary)."""

    @property
    def at(self) -> datetime: ...
    @property
    def mass_kg(self) -> float: ...


class Weighed(NamedTuple):
    """A weigh-in read from its stored summary, without decoding the event."""

    at: datetime
    mass_kg: float


def _at(weight: WeighIn) -> datetime:
    return weight.at


def weight_trend(weights: Sequence[WeighIn], tz: ZoneInfo, until: date) -> WeightTrend:
    """Hacker's Diet EWMA over daily mean weigh-ins up to the end of `until` (science.md §8).

    T_1 = W_1; T_n = T_(n-1) + a x (W_n - T_(n-1)) with a = 0.1. After a gap of g days the
    trend is carried forward and a_eff = 1 - 0.9^g, as if the same weight had been seen daily.
    A weigh-in's influence shrinks by 0.9 per day to the last weigh-in, so starting one year
    before it changes the trend by under 1e-16 of a kilo: that keeps years of history cheap.
    `weights` should come oldest first (the `History` contract); they are sorted if not.
    """
    if not all(a.at <= b.at for a, b in pairwise(weights)):
        weights = sorted(weights, key=_at)
    end = day_window(until, tz)[1]
    hi = bisect.bisect_left(weights, end, key=_at)
    trend = WeightTrend()
    if hi == 0:
        return trend
    lo = bisect.bisect_left(weights, weights[hi - 1].at - TREND_MEMORY, 0, hi, key=_at)
    current: date | None = None
    total = 0.0
    count = 0
    for w in weights[lo:hi]:
        d = local_day(w.at, tz)
        if d == current:
            total += w.mass_kg
            count += 1
            continue
        if current is not None:
            trend._step(current, total, count)
        current, total, count = d, w.mass_kg, 1
    if current is not None:
        trend._step(current, total, count)
    return trend


@dataclass(frozen=True, slots=True)
class WeeklyRate:
    """The weigh-ins' weekly rate (§8 rev 2): kg/week, from `weigh_ins` days over `span_days`."""

    kg_per_week: float
    weigh_ins: int
    span_days: int


def weekly_rate(trend: WeightTrend, day: date) -> WeeklyRate | None:
    """Theil-Sen slope of the daily mean weigh-ins of the 28 days ending with `day`, x 7.

    None ("not enough weigh-ins yet") under 6 weigh-in days or a span under 10 days: a rate is
    never guessed from intake, nor from one weigh-in an hour after the profile weight.
    """
    first = day - timedelta(days=RATE_WINDOW_DAYS - 1)
    lo = bisect.bisect_left(trend.days, first)
    hi = bisect.bisect_right(trend.days, day)
    if hi - lo < MIN_RATE_WEIGH_INS:
        return None
    days = trend.days[lo:hi]
    span = (days[-1] - days[0]).days
    if span < MIN_RATE_SPAN_DAYS:
        return None
    return WeeklyRate(kg_per_week=_theil_sen([d.toordinal() for d in days],
                                             trend.masses(lo, hi)) * 7,
                      weigh_ins=hi - lo, span_days=span)


def _theil_sen(xs: Sequence[int], ys: Sequence[float]) -> float:
    """The median of the slopes between every pair of points (distinct xs, ascending).

    Up to 28 points: 378 slopes, built as one flat list and sorted once (what
    `statistics.median` would do, without the generator of tuples: half the time).
    """
    n = len(xs)
    slopes = sorted([(ys[j] - y) / (xs[j] - x)
                     for i, (x, y) in enumerate(zip(xs, ys, strict=True))
                     for j in range(i + 1, n)])
    mid = len(slopes) // 2
    return slopes[mid] if len(slopes) % 2 else (slopes[mid - 1] + slopes[mid]) / 2
