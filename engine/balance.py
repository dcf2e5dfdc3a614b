"""Where a runner stands today: energy, protein, weight trend and whether muscle is at risk.

The reference is science.md; each constant names its section. The model (§2) is
`expenditure = REE x NEF + sum(net exercise kcal)`: events carry net exercise energy already,
so resting energy is counted once, and a training day's target rises with its runs. The target
is that expenditure plus the goal's daily delta (§7), never below the §7 floor. After 2-4 weeks
of logs the adaptive estimate (§8) corrects the formula's resting part.

Pure: the caller passes the local `day` and `tz`; storage hands over the 28-day window of
events and all weigh-ins (`History`), so the cost does not grow with the length of the history
beyond one pass over the weights. A caller that keeps a runner between messages keeps a
`Ledger` (events summed by day) and a `WeightTrend` instead, grows them one event at a time
and asks `balance_of`; the ledger also keeps what the days before today decide (`_Settled`),
so a reply recomputes only today's part.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal
from zoneinfo import ZoneInfo

from engine.days import day_window, local_day
from engine.energy import KCAL_PER_KG, KG_PER_LB, fat_free_mass_kg, resting_kcal_per_day
from engine.events import (
    ActivityLogged,
    Event,
    MealLogged,
    RunLogged,
    StrengthLogged,
    WeightLogged,
)
from engine.profile import DEFAULT_WEIGHT_KG, GOALS, Profile
from engine.recovery import RecoveryDose, has_recovery_intake, is_recovery_intake, recovery_dose
from engine.risk import (
    PROTEIN_MEAL_G_PER_KG,
    DayFacts,
    Risk,
    RiskReason,
    settled_reasons,
    with_today,
)

__all__ = [
    "Adaptive",
    "DayBalance",
    "DayTotals",
    "History",
    "Ledger",
    "RecoveryDose",
    "Risk",
    "RiskReason",
    "Rolling7",
    "WeightTrend",
    "balance_of",
    "day_balance",
    "floor_kcal",
    "goal_warning",
    "has_recovery_intake",
    "history_window",
    "is_recovery_intake",
    "protein_basis_kg",
    "protein_target_g",
    "recovery_dose",
    "weight_trend",
]

WINDOW_DAYS = 28  # storage loads local day-27 .. day (§8: adaptive window of 14-28 days)

#: science.md §8: EWMA smoothing factor of The Hacker's Diet.
TREND_ALPHA = 0.1
TREND_MEMORY = timedelta(days=365)  # 0.9^365 < 1e-16: older weigh-ins no longer matter
TREND_WARMUP = timedelta(days=21)  # 0.9^21 ~ 0.1: by then the EWMA's lag has settled
#: science.md §8 [J]: weekly rate is the least-squares slope of the trend over 14-28 days.
MIN_TREND_DAYS = 14
MIN_TREND_WEIGH_INS = 4
#: science.md §8 [J]: adaptive TDEE needs 14-28 days with >= 80 % logged, and 5 weigh-ins.
MIN_ADAPTIVE_DAYS = 14
MIN_ADAPTIVE_WEIGH_INS = 5
MIN_LOGGED_FRACTION = 0.8
#: science.md §5: protein defaults, g per kg body weight per day, and 2.3 g/kg FFM in a deficit.
PROTEIN_G_PER_KG = 1.6
PROTEIN_DEFICIT_G_PER_KG = 2.0
PROTEIN_DEFICIT_G_PER_KG_FFM = 2.3
#: science.md §5 [J]: from BMI 30 up, grams follow the weight at BMI 30 to avoid absurd targets.
PROTEIN_BMI_CAP = 30.0
#: science.md §7: intake floors 1,200 (women) / 1,500 (men) kcal/d; unknown sex errs high [J].
SEX_FLOOR_KCAL = {"female": 1200.0, "male": 1500.0}
UNKNOWN_SEX_FLOOR_KCAL = 1500.0
#: science.md §7 energy availability: the floor keeps EA at 30 kcal/kg FFM on top of exercise.
FLOOR_EA_KCAL_PER_KG_FFM = 30.0
#: science.md §7 / §9 N1 bot policy: loss capped at 1 %/wk (warn above 0.7 % to keep muscle),
#: gain capped at 0.5 %/wk.
LOSS_CAP_PCT = 1.0
LOSS_MUSCLE_PCT = 0.7
GAIN_CAP_PCT = 0.5
#: science.md §10: no weight-loss or gain goals under 18.
ADULT_AGE = 18

WeightSource = Literal["trend", "profile", "default"]


@dataclass(frozen=True, slots=True)
class History:
    """What storage loads for one balance.

    `events`: all non-weight events from local day-27 00:00 to the end of `day` (28 local days).
    `weights`: all weigh-ins up to the end of `day`, oldest first (the EWMA needs them all).
    """

    events: Sequence[Event]
    weights: Sequence[WeightLogged]


def history_window(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC `[start, end)` of the events `History` needs: local day-27 00:00 to the end of `day`.

    Weigh-ins are loaded up to the same `end`, from the beginning.
    """
    return day_window(day - timedelta(days=WINDOW_DAYS - 1), tz)[0], day_window(day, tz)[1]


@dataclass(frozen=True, slots=True)
class Rolling7:
    """Mean daily balance over the logged days among the last 7 (today included)."""

    balance_kcal_per_day: float | None
    days_logged: int


@dataclass(frozen=True, slots=True)
class Adaptive:
    """The §8 estimate of real expenditure from intake and trend weight.

    `tdee_kcal_per_day` is the window's average; `kcal_today` moves its resting part onto
    today's exercise so it compares with `DayBalance.expenditure_kcal`. `weight` is the blend
    weight on the data, min(1, days_logged / 28); `used` says whether targets follow it;
    `weight_change_from` says whether the EWMA trend or (before it warms up) a regression gave
    the weight change.
    """

    tdee_kcal_per_day: float
    kcal_today: float
    weight: float
    days_logged: int
    window_days: int
    weigh_ins: int
    weight_change_from: Literal["trend", "regression"]
    used: bool


@dataclass(frozen=True, slots=True)
class DayBalance:
    """One local day. Every kcal figure is an estimate (§10); `method` says which one.

    `resting_kcal` is REE x NEF (rest plus daily living); `expenditure_kcal` is always the
    formula's (resting + exercise) and `balance_kcal` = intake - expenditure. `target_kcal`
    is built on `target_basis_kcal`: the formula, moved toward `adaptive_kcal` by
    `adaptive_weight` once the adaptive estimate is trusted (§8), plus `goal_delta_kcal`, and
    never below `floor_kcal` (§7). `weight_kg` is what the formulas used (`weight_source`).
    """

    date: date
    intake_kcal: float
    resting_kcal: float
    exercise_kcal: float
    expenditure_kcal: float
    target_kcal: float
    balance_kcal: float
    protein_g: float
    protein_target_g: float
    carbs_g: float
    fat_g: float
    rolling7: Rolling7
    weight_trend_kg: float | None
    risk: Risk
    weight_kg: float
    weight_source: WeightSource
    meals_logged: int
    unresolved_items: int
    goal: str
    goal_delta_kcal: float
    target_basis_kcal: float
    method: Literal["formula", "formula+adaptive"]
    adaptive_kcal: float | None
    adaptive_weight: float
    adaptive: Adaptive | None
    floor_kcal: float
    floor_applied: bool
    goal_warning: str | None
    weekly_change_kg: float | None
    weekly_change_pct: float | None
    weekly_change_source: Literal["trend", "intake"] | None
    energy_availability: float | None
    energy_availability_low_confidence: bool

    def to_contract(self) -> dict[str, Any]:
        """The `runfuel balance --json` document (cli-contract.md), plus extra fields."""
        return {
            "date": self.date.isoformat(),
            "intake_kcal": _kcal(self.intake_kcal),
            "resting_kcal": _kcal(self.resting_kcal),
            "exercise_kcal": _kcal(self.exercise_kcal),
            "expenditure_kcal": _kcal(self.expenditure_kcal),
            "target_kcal": _kcal(self.target_kcal),
            "balance_kcal": _kcal(self.balance_kcal),
            "protein_g": _g(self.protein_g),
            "protein_target_g": _g(self.protein_target_g),
            "carbs_g": _g(self.carbs_g),
            "fat_g": _g(self.fat_g),
            "rolling7": {
                "balance_kcal_per_day": _kcal_or_none(self.rolling7.balance_kcal_per_day),
                "days_logged": self.rolling7.days_logged,
            },
            "weight_trend_kg": _kg(self.weight_trend_kg),
            "risk": {
                "level": self.risk.level,
                "reasons": [
                    {"code": r.code, "level": r.level, "text": r.text} for r in self.risk.reasons
                ],
            },
            "weight_kg": _kg(self.weight_kg),
            "weight_source": self.weight_source,
            "meals_logged": self.meals_logged,
            "unresolved_items": self.unresolved_items,
            "goal": self.goal,
            "goal_delta_kcal": _kcal(self.goal_delta_kcal),
            "goal_warning": self.goal_warning,
            "target_basis_kcal": _kcal(self.target_basis_kcal),
            "method": self.method,
            "adaptive_kcal": _kcal_or_none(self.adaptive_kcal),
            "adaptive_weight": round(self.adaptive_weight, 2),
            "adaptive": _adaptive_json(self.adaptive),
            "floor_kcal": _kcal(self.floor_kcal),
            "floor_applied": self.floor_applied,
            "weekly_change_kg": _kg(self.weekly_change_kg),
            "weekly_change_pct": _round(self.weekly_change_pct, 2),
            "weekly_change_source": self.weekly_change_source,
            "energy_availability": _round(self.energy_availability, 1),
            "energy_availability_low_confidence": self.energy_availability_low_confidence,
        }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _kcal(value: float) -> int:
    return round(value)


def _kcal_or_none(value: float | None) -> int | None:
    return None if value is None else round(value)


def _g(value: float) -> float:
    return round(value, 1)


def _kg(value: float | None) -> float | None:
    return _round(value, 2)


def _adaptive_json(adaptive: Adaptive | None) -> dict[str, Any] | None:
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
    }


# --- protein and goals ------------------------------------------------------------------------


def protein_basis_kg(profile: Profile, weight_kg: float) -> float:
    """Body weight that gram targets scale with: capped at the weight of BMI 30 (§5 [J])."""
    if profile.height_cm is None:
        return weight_kg
    cap = PROTEIN_BMI_CAP * (profile.height_cm / 100) ** 2
    return min(weight_kg, cap)


def protein_target_g(profile: Profile, weight_kg: float) -> float:
    """Daily protein target in grams (science.md §5).

    The runner's own g/kg wins. Otherwise 1.6 g/kg, or 2.0 g/kg with a loss goal; with a known
    body-fat % in a deficit, 2.3 g/kg of fat-free mass (Helms 2014) when that is lower.
    """
    if profile.protein_g_per_kg is not None:
        return profile.protein_g_per_kg * weight_kg
    basis = protein_basis_kg(profile, weight_kg)
    if profile.goal_lb_per_week >= 0:
        return PROTEIN_G_PER_KG * basis
    by_weight = PROTEIN_DEFICIT_G_PER_KG * basis
    ffm, measured = fat_free_mass_kg(profile, weight_kg)
    if measured:
        return min(by_weight, PROTEIN_DEFICIT_G_PER_KG_FFM * ffm)
    return by_weight


def _goal_pct_per_week(lb_per_week: float, weight_kg: float) -> float:
    return abs(lb_per_week) * KG_PER_LB / weight_kg * 100


def _safer_goal(lb_per_week: float, weight_kg: float, cap_pct: float) -> str:
    """The fastest goal in the same direction within `cap_pct`, else "maintain"."""
    same_way = [
        (abs(lb), name)
        for name, lb in GOALS.items()
        if lb * lb_per_week > 0 and _goal_pct_per_week(lb, weight_kg) <= cap_pct
    ]
    return max(same_way)[1] if same_way else "maintain"


def goal_warning(profile: Profile, weight_kg: float, *, on: date | None = None) -> str | None:
    """A plain sentence when the goal is faster than §7's safe rates (N1), else None.

    The goal is still accepted: targets follow it (except under 18, §10), the reply flags it.
    """
    lb = profile.goal_lb_per_week
    if lb == 0:
        return None
    age = profile.age_on(on) if on is not None else profile.age
    if age is not None and age < ADULT_AGE:
        return (
            "Weight-loss and weight-gain goals are not offered under 18, so your targets are "
            "set to maintain. Talk to a parent, coach or doctor about your goals."
        )
    pct = _goal_pct_per_week(lb, weight_kg)
    verb = "Losing" if lb < 0 else "Gaining"
    head = f"{verb} {abs(lb):g} lb a week is about {pct:.1f} % of your weight a week"
    if lb > 0 and pct > GAIN_CAP_PCT:
        better = _safer_goal(lb, weight_kg, GAIN_CAP_PCT)
        return (
            f"{head}; above about 0.5 % most of the extra weight is fat. "
            f"One option: the goal {better}."
        )
    if lb < 0 and pct > LOSS_CAP_PCT:
        better = _safer_goal(lb, weight_kg, LOSS_MUSCLE_PCT)
        return f"{head}, above the 1 % a week that protects muscle. One option: the goal {better}."
    if lb < 0 and pct > LOSS_MUSCLE_PCT:
        better = _safer_goal(lb, weight_kg, LOSS_MUSCLE_PCT)
        return (
            f"{head}, above the 0.7 % a week that best keeps muscle for runners. "
            f"One option: the goal {better}."
        )
    return None


def _goal_delta_kcal(profile: Profile, day: date) -> float:
    """The goal's daily delta (§7); zero under 18 (§10)."""
    age = profile.age_on(day)
    if age is not None and age < ADULT_AGE:
        return 0.0
    return profile.goal_kcal_per_day


def floor_kcal(profile: Profile, *, ree_kcal: float, ffm_kg: float, exercise_kcal: float) -> float:
    """science.md §7: max(sex floor, 30 x FFM + the day's exercise, REE)."""
    sex_floor = SEX_FLOOR_KCAL.get(profile.sex or "", UNKNOWN_SEX_FLOOR_KCAL)
    return max(sex_floor, FLOOR_EA_KCAL_PER_KG_FFM * ffm_kg + exercise_kcal, ree_kcal)


# --- weight trend -----------------------------------------------------------------------------


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

    def weigh_ins_between(self, first: date, last: date) -> int:
        return bisect.bisect_right(self.days, last) - bisect.bisect_left(self.days, first)

    def mass_on(self, day: date) -> float | None:
        """The mean weigh-in of the last weigh-in day up to `day`."""
        i = bisect.bisect_right(self.days, day)
        return self.totals[i - 1] / self.counts[i - 1] if i else None

    def masses(self, lo: int, hi: int) -> list[float]:
        """The mean weigh-in of the days at positions lo..hi-1."""
        return [t / c for t, c in zip(self.totals[lo:hi], self.counts[lo:hi], strict=True)]

    def daily(self, first: date, n: int) -> list[float]:
        """The trend on each of `n` days from `first` (on or after the first weigh-in)."""
        lo = bisect.bisect_right(self.days, first)
        hi = bisect.bisect_right(self.days, first + timedelta(days=n - 1))
        out: list[float] = []
        value = self.values[lo - 1]
        for j in range(lo, hi):  # each weigh-in day's value holds until the next one
            out += [value] * ((self.days[j] - first).days - len(out))
            value = self.values[j]
        out += [value] * (n - len(out))
        return out

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


def _at(weight: WeightLogged) -> datetime:
    return weight.at


def weight_trend(weights: Sequence[WeightLogged], tz: ZoneInfo, until: date) -> WeightTrend:
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


def _trend_rate(trend: WeightTrend, day: date) -> tuple[float, int] | None:
    """kg/week as the least-squares slope of the trend over the last 14-28 days (§8)."""
    if not trend.days:
        return None
    first = max(trend.days[0], day - timedelta(days=WINDOW_DAYS - 1))
    n = (day - first).days + 1
    if n < MIN_TREND_DAYS or trend.weigh_ins_between(first, day) < MIN_TREND_WEIGH_INS:
        return None
    ys = trend.daily(first, n)
    x_mean = (n - 1) / 2
    y_mean = sum(ys) / n
    sxy = sum((i - x_mean) * (y - y_mean) for i, y in enumerate(ys))
    sxx = n * (n * n - 1) / 12  # sum of (i - x_mean)^2 over 0..n-1
    return sxy / sxx * 7, n


# --- the day ----------------------------------------------------------------------------------


@dataclass(slots=True)
class DayTotals:
    """One local day's non-weight events, summed: all that a balance needs of them."""

    events: int = 0
    meals: int = 0
    intake_kcal: float = 0.0
    protein_g: float = 0.0
    carbs_g: float = 0.0
    fat_g: float = 0.0
    exercise_kcal: float = 0.0
    strength_sessions: int = 0
    unresolved: int = 0
    #: Each meal's protein, ascending: a protein meal's threshold depends on the weight (§5).
    meal_protein_g: list[float] = field(default_factory=list)

    def add(self, event: Event) -> None:
        self.events += 1
        if isinstance(event, MealLogged):
            kcal, protein, carbs, fat = event.totals
            self.meals += 1
            self.intake_kcal += kcal
            self.protein_g += protein
            self.carbs_g += carbs
            self.fat_g += fat
            self.unresolved += event.unresolved_count
            bisect.insort(self.meal_protein_g, protein)
        elif isinstance(event, RunLogged | StrengthLogged | ActivityLogged):
            self.exercise_kcal += event.energy_kcal
            if isinstance(event, StrengthLogged):
                self.strength_sessions += 1

    def protein_meals(self, threshold_g: float) -> int:
        return len(self.meal_protein_g) - bisect.bisect_left(self.meal_protein_g, threshold_g)


_NO_EVENTS = DayTotals()


@lru_cache(maxsize=1024)
def window_days(day: date) -> tuple[date, ...]:
    """The 28 dates ending with `day`, oldest first."""
    first = day - timedelta(days=WINDOW_DAYS - 1)
    return tuple(first + timedelta(days=k) for k in range(WINDOW_DAYS))


class Ledger:
    """A runner's non-weight events summed by local day, kept current as events arrive.

    A balance reads 28 `DayTotals` instead of every event of 28 days, so a runner's ledger can
    be kept between messages and grown one event at a time. Weigh-ins belong to `WeightTrend`.
    """

    __slots__ = ("_days", "_settled", "tz")

    def __init__(self, tz: ZoneInfo, events: Iterable[Event] = ()) -> None:
        self.tz = tz
        self._days: dict[date, DayTotals] = {}
        #: The last `_Settled` computed from this ledger, with what it was computed from.
        self._settled: tuple[tuple[object, ...], _Settled] | None = None
        for event in events:
            self.add(event)

    def add(self, event: Event) -> None:
        if isinstance(event, WeightLogged):
            return
        day = local_day(event.at, self.tz)
        totals = self._days.get(day)
        if totals is None:
            totals = self._days[day] = DayTotals()
        totals.add(event)

    def window(self, day: date) -> list[DayTotals]:
        """The 28 local days ending with `day`, oldest first (empty days included)."""
        get = self._days.get
        return [get(d, _NO_EVENTS) for d in window_days(day)]

    def settled(self, trend: WeightTrend, profile: Profile, day: date,
                completed: Sequence[DayTotals]) -> _Settled:
        """`_settle` for `day`, kept until an earlier day, the trend or the profile changes.

        Most messages only add to today, so most balances reuse it.
        """
        key = (day, trend, trend.revision, profile, *(t.events for t in completed))
        kept = self._settled
        if kept is not None and len(kept[0]) == len(key) and all(
                a is b or a == b for a, b in zip(kept[0], key, strict=True)):
            return kept[1]
        value = _settle(completed, trend, profile, day)
        self._settled = (key, value)
        return value

    def forget_before(self, day: date) -> None:
        """Drop the days before `day` (no balance of a later day reads them)."""
        for old in [d for d in self._days if d < day]:
            del self._days[old]


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


def _adaptive(days: list[DayTotals], trend: WeightTrend, day: date) -> Adaptive | None:
    """science.md §8: TDEE = mean intake on logged days - 7,700 x (T_end - T_start) / days.

    The window ends yesterday (today is still open) and is the longest of 14-27 days with
    >= 80 % of days logged. The estimate's resting part (TDEE minus the window's mean exercise)
    replaces REE x NEF, so today's runs still count.
    """
    if not trend.days:
        return None
    completed = days[:-1]
    yesterday = day - timedelta(days=1)
    # logged_in_last[n]: logged days among the last n completed ones.
    logged_in_last = [0]
    for d in reversed(completed):
        logged_in_last.append(logged_in_last[-1] + (d.meals > 0))
    for n in range(len(completed), MIN_ADAPTIVE_DAYS - 1, -1):
        if logged_in_last[n] < MIN_LOGGED_FRACTION * n:
            continue
        change = _weight_change(trend, day - timedelta(days=n), yesterday)
        if change is None:
            continue
        change_kg, weigh_ins, method = change
        window = completed[-n:]
        logged = [d for d in window if d.meals]
        mean_intake = sum(d.intake_kcal for d in logged) / len(logged)
        tdee = mean_intake - KCAL_PER_KG * change_kg / n
        resting = tdee - sum(d.exercise_kcal for d in window) / n
        used = len(logged) >= MIN_ADAPTIVE_DAYS and weigh_ins >= MIN_ADAPTIVE_WEIGH_INS
        return Adaptive(
            tdee_kcal_per_day=tdee,
            kcal_today=resting + days[-1].exercise_kcal,
            weight=min(1.0, len(logged) / WINDOW_DAYS),
            days_logged=len(logged),
            window_days=n,
            weigh_ins=weigh_ins,
            weight_change_from=method,
            used=used and resting > 0,
        )
    return None


def _rolling7(days: list[DayTotals], resting: float) -> Rolling7:
    logged = [d for d in days[-7:] if d.meals]
    if not logged:
        return Rolling7(balance_kcal_per_day=None, days_logged=0)
    mean = sum(d.intake_kcal - resting - d.exercise_kcal for d in logged) / len(logged)
    return Rolling7(balance_kcal_per_day=mean, days_logged=len(logged))


def _weekly_change(
    rate: tuple[float, int] | None, days: list[DayTotals], resting: float
) -> tuple[float | None, Literal["trend", "intake"] | None]:
    """kg/week from the trend slope; without 14 days of trend, projected from intake (§7/§8).

    The projection uses completed days only (>= 3 logged of the last 7) and 7,700 kcal/kg.
    """
    if rate is not None:
        return rate[0], "trend"
    logged = [d for d in days[-8:-1] if d.meals]
    if len(logged) < 3:
        return None, None
    balance = sum(d.intake_kcal - resting - d.exercise_kcal for d in logged) / len(logged)
    return balance * 7 / KCAL_PER_KG, "intake"


def _weight_to_use(trend_kg: float | None, profile: Profile) -> tuple[float, WeightSource]:
    """The latest trend weight, else the profile's, else 70 kg (§5: targets use the trend)."""
    if trend_kg is not None:
        return trend_kg, "trend"
    if profile.weight_kg is not None:
        return profile.weight_kg, "profile"
    return DEFAULT_WEIGHT_KG, "default"


def day_balance(history: History, profile: Profile, day: date, tz: ZoneInfo) -> DayBalance:
    """Where the runner stands on local `day`: energy, protein, trend and risk (science.md)."""
    start, end = history_window(day, tz)
    ledger = Ledger(tz, (e for e in history.events if start <= e.at < end))
    return balance_of(ledger, weight_trend(history.weights, tz, day), profile, day)


@dataclass(frozen=True, slots=True)
class _Settled:
    """What a balance of `day` needs from the days before it, the trend and the profile.

    Today's events change none of it, so a kept `Ledger` computes it once per day (and again
    only when an earlier day, the trend or the profile changes). `adaptive.kcal_today` leaves
    today's exercise out; `facts` and `reasons` cover the completed days.
    """

    weight_trend_kg: float | None
    weight_kg: float
    weight_source: WeightSource
    basis_kg: float
    protein_meal_g: float
    ree: float
    resting: float
    adaptive: Adaptive | None
    basis_resting: float
    ffm: float
    ffm_measured: bool
    goal_delta: float
    weekly_kg: float | None
    weekly_source: Literal["trend", "intake"] | None
    warning: str | None
    facts: list[DayFacts]
    reasons: tuple[RiskReason, ...]
    first_logged: date | None


def _settle(completed: Sequence[DayTotals], trend: WeightTrend, profile: Profile,
            day: date) -> _Settled:
    weight_trend_kg = trend.on(day)
    weight_kg, weight_source = _weight_to_use(weight_trend_kg, profile)
    basis_kg = protein_basis_kg(profile, weight_kg)
    protein_meal_g = PROTEIN_MEAL_G_PER_KG * basis_kg
    ree = resting_kcal_per_day(profile, weight_kg, on=day)
    resting = ree * profile.nef  # §2: REE x NEF covers daily living, not training

    adaptive = _adaptive([*completed, _NO_EVENTS], trend, day)
    blend = adaptive.weight if adaptive and adaptive.used else 0.0
    adaptive_resting = adaptive.kcal_today if adaptive else resting
    basis_resting = resting + blend * (adaptive_resting - resting)

    ffm, ffm_measured = fat_free_mass_kg(profile, weight_kg)
    goal_delta = _goal_delta_kcal(profile, day)
    rate = _trend_rate(trend, day)
    weekly_kg, weekly_source = _weekly_change(rate, [*completed, _NO_EVENTS], resting)
    warning = goal_warning(profile, weight_kg, on=day)
    facts = [  # positional: (day, meals, intake, protein, exercise, expenditure, ...)
        DayFacts(
            on, d.meals, d.intake_kcal, d.protein_g, d.exercise_kcal,
            basis_resting + d.exercise_kcal,
            d.protein_meals(protein_meal_g) if d.meals else 0, d.strength_sessions,
        )
        for on, d in zip(window_days(day), completed, strict=False)
    ]
    reasons = settled_reasons(
        days=facts,
        ffm_kg=ffm,
        ree_kcal=ree,
        protein_basis_kg=basis_kg,
        goal_kcal_per_day=goal_delta,
        trend_pct_per_week=None if rate is None else rate[0] / weight_kg * 100,
        trend_kg_per_week=None if rate is None else rate[0],
        trend_days=0 if rate is None else rate[1],
        goal_warning=warning,
    )
    first_logged = next((f.day for f, d in zip(facts, completed, strict=True) if d.events), None)
    return _Settled(
        weight_trend_kg=weight_trend_kg, weight_kg=weight_kg, weight_source=weight_source,
        basis_kg=basis_kg, protein_meal_g=protein_meal_g, ree=ree, resting=resting,
        adaptive=adaptive, basis_resting=basis_resting, ffm=ffm, ffm_measured=ffm_measured,
        goal_delta=goal_delta, weekly_kg=weekly_kg, weekly_source=weekly_source,
        warning=warning, facts=facts, reasons=reasons, first_logged=first_logged,
    )


def balance_of(ledger: Ledger, trend: WeightTrend, profile: Profile, day: date) -> DayBalance:
    """`day_balance` from a ledger and a trend that already hold the runner's history.

    The ledger must hold every event of the 28 days ending with `day` and the trend every
    weigh-in up to it (later ones are ignored), as `day_balance` builds them.
    """
    days = ledger.window(day)
    today = days[-1]
    s = ledger.settled(trend, profile, day, days[:-1])
    resting, weight_kg = s.resting, s.weight_kg
    expenditure = resting + today.exercise_kcal
    adaptive = s.adaptive and replace(
        s.adaptive, kcal_today=s.adaptive.kcal_today + today.exercise_kcal)
    blend = adaptive.weight if adaptive and adaptive.used else 0.0
    target_basis = s.basis_resting + today.exercise_kcal
    floor = floor_kcal(profile, ree_kcal=s.ree, ffm_kg=s.ffm, exercise_kcal=today.exercise_kcal)
    wanted = target_basis + s.goal_delta
    target = max(wanted, floor)

    today_facts = DayFacts(
        day, today.meals, today.intake_kcal, today.protein_g, today.exercise_kcal,
        s.basis_resting + today.exercise_kcal,
        today.protein_meals(s.protein_meal_g) if today.meals else 0, today.strength_sessions,
    )
    first = s.first_logged or (day if today.events else None)
    history_days = 0 if first is None else (day - first).days + 1
    risk = with_today(s.reasons, s.facts, today_facts, history_days)

    return DayBalance(
        date=day,
        intake_kcal=today.intake_kcal,
        resting_kcal=resting,
        exercise_kcal=today.exercise_kcal,
        expenditure_kcal=expenditure,
        target_kcal=target,
        balance_kcal=today.intake_kcal - expenditure,
        protein_g=today.protein_g,
        protein_target_g=protein_target_g(profile, weight_kg),
        carbs_g=today.carbs_g,
        fat_g=today.fat_g,
        rolling7=_rolling7(days, resting),
        weight_trend_kg=s.weight_trend_kg,
        risk=risk,
        weight_kg=weight_kg,
        weight_source=s.weight_source,
        meals_logged=today.meals,
        unresolved_items=today.unresolved,
        goal=profile.goal,
        goal_delta_kcal=s.goal_delta,
        target_basis_kcal=target_basis,
        method="formula+adaptive" if blend > 0 else "formula",
        adaptive_kcal=adaptive.kcal_today if adaptive else None,
        adaptive_weight=blend,
        adaptive=adaptive,
        floor_kcal=floor,
        floor_applied=wanted < floor,
        goal_warning=s.warning,
        weekly_change_kg=s.weekly_kg,
        weekly_change_pct=None if s.weekly_kg is None else s.weekly_kg / weight_kg * 100,
        weekly_change_source=s.weekly_source,
        energy_availability=(today.intake_kcal - today.exercise_kcal) / s.ffm
        if today.meals
        else None,
        energy_availability_low_confidence=not s.ffm_measured,
    )
