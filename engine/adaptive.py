"""The §8 adaptive expenditure: what a runner's logs and weigh-ins say they really spend.

science.md §8: TDEE_est = mean logged intake - 7,700 x (T_end - T_start) / days, over the
longest window of 14-28 days with >= 80 % of days logged. Revision 2 bounds it, so that
under-logging or a first week of glycogen water cannot swing a target by hundreds of kcal: the
weight on the data ramps from 0 (14 logged days) to 0.8 (35), TDEE_est is clamped to
[0.75, 1.35] x the formula and >= 1.1 x REE, the blend moves at most 100 kcal/day per week, and
weight change in the first 14 days of a loss goal counts at half. It is an "estimate from your
logs and weigh-ins", never "measured".
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, Protocol

from engine.energy import KCAL_PER_KG
from engine.weights import TREND_WARMUP, WeightTrend


class LoggedDay(Protocol):
    """What the estimate reads of one local day."""

    @property
    def meals(self) -> int: ...
    @property
    def intake_kcal(self) -> float: ...
    @property
    def exercise_kcal(self) -> float: ...


#: science.md §8 [J]: adaptive TDEE over the longest window of 14-28 days with >= 80 % logged,
#: and 5 weigh-ins.
MIN_ADAPTIVE_DAYS = 14
MAX_ADAPTIVE_DAYS = 28
MIN_ADAPTIVE_WEIGH_INS = 5
MIN_LOGGED_FRACTION = 0.8
#: science.md §8 (rev 2): the weight on the data is 0 until 14 logged days, then ramps linearly
#: to at most 0.8 at 35; TDEE_est is clamped to [0.75, 1.35] x the formula and >= 1.1 x REE;
#: the blended expenditure moves at most 100 kcal/day per week; weight change in the first
#: 14 days after a loss goal is chosen counts at half (glycogen water).
RAMP_START_DAYS = 14
RAMP_FULL_DAYS = 35
MAX_ADAPTIVE_WEIGHT = 0.8
TDEE_MIN_OF_FORMULA = 0.75
TDEE_MAX_OF_FORMULA = 1.35
TDEE_MIN_OF_REE = 1.1
MAX_MOVE_KCAL_PER_WEEK = 100.0
WATER_DAYS = 14
WATER_FACTOR = 0.5


@dataclass(frozen=True, slots=True)
class Adaptive:
    """The §8 estimate of expenditure from logs and weigh-ins (never called "measured").

    `tdee_kcal_per_day` is the window's average after the rev 2 clamps (`raw_tdee_kcal_per_day`
    before them); `kcal_today` moves its resting part onto today's exercise so it compares with
    `DayBalance.expenditure_kcal`. `weight` is the ramped weight on the data (0 before 14
    logged days, 0.8 from 35); `used` says whether targets follow it; `blended_resting_kcal`
    is the formula's resting part moved toward the estimate by `weight`, at most 100 kcal/day
    per week since the ramp began (`rate_limited`). `water_damped_kg` is the weight change
    that counted at half; `weight_change_from` says whether the EWMA trend or (before it warms
    up) a regression gave the weight change.
    """

    tdee_kcal_per_day: float
    kcal_today: float
    weight: float
    days_logged: int
    window_days: int
    weigh_ins: int
    weight_change_from: Literal["trend", "regression"]
    used: bool
    raw_tdee_kcal_per_day: float = 0.0
    blended_resting_kcal: float = 0.0
    clamped: bool = False
    rate_limited: bool = False
    water_damped_kg: float = 0.0


def adaptive_json(adaptive: Adaptive | None) -> dict[str, Any] | None:
    if adaptive is None:
        return None
    return {
        "tdee_kcal_per_day": round(adaptive.tdee_kcal_per_day),
        "kcal_today": round(adaptive.kcal_today),
        "weight": round(adaptive.weight, 2),
        "days_logged": adaptive.days_logged,
        "window_days": adaptive.window_days,
        "weigh_ins": adaptive.weigh_ins,
        "weight_change_from": adaptive.weight_change_from,
        "used": adaptive.used,
        "raw_tdee_kcal_per_day": round(adaptive.raw_tdee_kcal_per_day),
        "clamped": adaptive.clamped,
        "rate_limited": adaptive.rate_limited,
        "water_damped_kg": round(adaptive.water_damped_kg, 2),
        "label": "estimate from your logs and weigh-ins",
    }


ChangeSource = Literal["trend", "regression"]


def _weight_change(
    trend: WeightTrend, first: date, last: date
) -> tuple[float, int, ChangeSource] | None:
    """Weight change from the end of day `first` - 1 to the end of `last`, weigh-ins, method.

    §8 takes T_end - T_start of the EWMA. An EWMA started at the first weigh-in has no lag yet
    while a later value lags a falling weight by ~9 days, so a window that opens within 21 days
    of the first weigh-in (0.9^21 ~ 0.1) would see only ~70 % of a 4-week change. There the
    change comes from the least-squares slope of the daily weigh-ins instead (unbiased, noisier).
    """
    before = first - timedelta(days=1)
    lo = bisect.bisect_left(trend.days, before)
    hi = bisect.bisect_right(trend.days, last)
    weigh_ins = hi - lo
    t_start, t_end = trend.on(before), trend.on(last)
    if t_start is not None and t_end is not None and trend.days[0] <= before - TREND_WARMUP:
        return t_end - t_start, weigh_ins, "trend"
    if weigh_ins < 2:
        return None
    xs = [(d - before).days for d in trend.days[lo:hi]]
    ys = trend.masses(lo, hi)
    x_mean = sum(xs) / weigh_ins
    y_mean = sum(ys) / weigh_ins
    sxx = sum((x - x_mean) ** 2 for x in xs)
    if sxx == 0:
        return None
    slope = sum((x - x_mean) * (y - y_mean) for x, y in zip(xs, ys, strict=True)) / sxx
    return slope * (last - before).days, weigh_ins, "regression"


def _ramp(days_logged: int) -> float:
    """The weight on the data: 0 up to 14 logged days, linear to 0.8 at 35 (§8 rev 2)."""
    if days_logged <= RAMP_START_DAYS:
        return 0.0
    share = (days_logged - RAMP_START_DAYS) / (RAMP_FULL_DAYS - RAMP_START_DAYS)
    return MAX_ADAPTIVE_WEIGHT * min(1.0, share)


def _water_change(trend: WeightTrend, deficit_since: date | None, first: date,
                  last: date) -> float:
    """The trend's change within the window during the first 14 days of a loss goal."""
    if deficit_since is None:
        return 0.0
    start = max(first, deficit_since)
    end = min(last, deficit_since + timedelta(days=WATER_DAYS - 1))
    if end < start:
        return 0.0
    before, after = trend.on(start - timedelta(days=1)), trend.on(end)
    return 0.0 if before is None or after is None else after - before


def adaptive_estimate(days: Sequence[LoggedDay], trend: WeightTrend, day: date, *,
                      resting: float, ree: float, deficit_since: date | None) -> Adaptive | None:
    """science.md §8: TDEE = mean intake on logged days - 7,700 x (T_end - T_start) / days.

    The window ends yesterday (today is still open) and is the longest of 14-28 days with
    >= 80 % of days logged. The estimate's resting part (TDEE minus the window's mean exercise)
    moves the formula's `resting` by the ramped weight, so today's runs still count; rev 2
    bounds it (see the constants above) so that under-logging or a week of water loss cannot
    swing a target by hundreds of kcal.
    """
    if not trend.days:
        return None
    completed = days[:-1]
    logged_total = sum(1 for d in completed if d.meals)
    recent = completed[-MAX_ADAPTIVE_DAYS:]
    yesterday = day - timedelta(days=1)
    # logged_in_last[n]: logged days among the last n completed ones.
    logged_in_last = [0]
    for d in reversed(recent):
        logged_in_last.append(logged_in_last[-1] + (d.meals > 0))
    for n in range(len(recent), MIN_ADAPTIVE_DAYS - 1, -1):
        if logged_in_last[n] < MIN_LOGGED_FRACTION * n:
            continue
        first = day - timedelta(days=n)
        change = _weight_change(trend, first, yesterday)
        if change is None:
            continue
        change_kg, weigh_ins, method = change
        water = _water_change(trend, deficit_since, first, yesterday)
        change_kg -= WATER_FACTOR * water
        window = recent[-n:]
        logged = [d for d in window if d.meals]
        mean_intake = sum(d.intake_kcal for d in logged) / len(logged)
        mean_exercise = sum(d.exercise_kcal for d in window) / n
        raw = mean_intake - KCAL_PER_KG * change_kg / n
        formula = resting + mean_exercise
        tdee = min(max(raw, TDEE_MIN_OF_FORMULA * formula, TDEE_MIN_OF_REE * ree),
                   TDEE_MAX_OF_FORMULA * formula)
        estimate_resting = tdee - mean_exercise
        weight = _ramp(logged_total) if weigh_ins >= MIN_ADAPTIVE_WEIGH_INS else 0.0
        limit = MAX_MOVE_KCAL_PER_WEEK * max(0, logged_total - RAMP_START_DAYS) / 7
        wanted = weight * (estimate_resting - resting)
        move = max(-limit, min(limit, wanted))
        return Adaptive(
            tdee_kcal_per_day=tdee,
            kcal_today=estimate_resting,
            weight=weight,
            days_logged=logged_total,
            window_days=n,
            weigh_ins=weigh_ins,
            weight_change_from=method,
            used=weight > 0,
            raw_tdee_kcal_per_day=raw,
            blended_resting_kcal=resting + move,
            clamped=tdee != raw,
            rate_limited=move != wanted,
            water_damped_kg=water * WATER_FACTOR,
        )
    return None
