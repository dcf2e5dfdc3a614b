"""Where a runner stands today: energy, protein, weight trend and whether muscle is at risk.

The reference is science.md; each constant names its section. The model (§2) is
`expenditure = REE x NEF + sum(net exercise kcal)`: events carry net exercise energy already,
so resting energy is counted once, and a training day's target rises with its runs. The target
is that expenditure plus the goal's daily delta, capped at the §7 rates, never below the §7
floor (engine.targets). From 14 logged days the adaptive estimate (§8) moves the formula's
resting part, bounded as revision 2 asks; that one expenditure is what every figure uses.

Pure: the caller passes the local `day` and `tz`; storage hands over the 36-day window of
events and all weigh-ins (`History`), so the cost does not grow with the length of the history
beyond one pass over the weights. A caller that keeps a runner between messages keeps a
`Ledger` (events summed by day) and a `WeightTrend` instead, grows them one event at a time
and asks `balance_of`; the ledger also keeps what the days before today decide (`_Settled`),
so a reply recomputes only today's part. The shapes (`DayBalance`, `History`) are
engine/balance_figures.py's, re-exported here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from engine.adaptive import Adaptive, adaptive_estimate
from engine.balance_figures import (
    WINDOW_DAYS,
    DayBalance,
    History,
    Rolling7,
    WeightSource,
    history_window,
)
from engine.days import local_day
from engine.energy import fat_free_mass_kg, resting_kcal_per_day
from engine.events import (
    ActivityLogged,
    Event,
    MealLogged,
    RunLogged,
    StrengthLogged,
    Summary,
    WeightLogged,
)
from engine.profile import DEFAULT_WEIGHT_KG, Profile
from engine.recovery import RecoveryDose, has_recovery_intake, is_recovery_intake, recovery_dose
from engine.risk import (
    PROTEIN_MEAL_G_PER_KG,
    WEEK_BEFORE,
    DayFacts,
    Risk,
    RiskReason,
    settled_reasons,
    with_today,
)
from engine.targets import (
    GoalPlan,
    floor_kcal,
    goal_warning,
    is_minor,
    plan_goal,
    protein_basis_kg,
    protein_target_g,
    sex_floor_kcal,
)
from engine.weights import TREND_KEEP, WeightTrend, weekly_rate, weight_trend

__all__ = [
    "TREND_KEEP",
    "WINDOW_DAYS",
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
            self._meal(event.sums)
        elif isinstance(event, RunLogged | StrengthLogged | ActivityLogged):
            self.exercise_kcal += event.energy_kcal
            if isinstance(event, StrengthLogged):
                self.strength_sessions += 1

    def add_summary(self, kind: str, values: Sequence[float]) -> None:
        """`add` of a non-weight event from its `Summary.values` (the same sums, exactly)."""
        self.events += 1
        if kind == "meal":
            self._meal(values)
        else:
            self.exercise_kcal += values[0]
            if kind == "strength":
                self.strength_sessions += 1

    def _meal(self, sums: Sequence[float]) -> None:
        kcal, protein, carbs, fat, unresolved = sums
        self.meals += 1
        self.intake_kcal += kcal
        self.protein_g += protein
        self.carbs_g += carbs
        self.fat_g += fat
        self.unresolved += int(unresolved)
        bisect.insort(self.meal_protein_g, protein)

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
        #: The last `_Settled` computed from this ledger: (day, trend, its revision, profile,
        #: value); dropped when an event lands on an earlier day than the kept one.
        self._settled: tuple[date, WeightTrend, int, Profile, _Settled] | None = None
        for event in events:
            self.add(event)

    def add(self, event: Event) -> None:
        if not isinstance(event, WeightLogged):
            self._day(event.at).add(event)

    def copy(self) -> Ledger:
        """A ledger of the same days that grows apart from this one. It keeps this one's
        `_Settled`, which `add` drops as it always does when an earlier day changes."""
        other = Ledger(self.tz)
        other._days = {day: replace(totals, meal_protein_g=list(totals.meal_protein_g))
                       for day, totals in self._days.items()}
        other._settled = self._settled
        return other

    def add_summary(self, summary: Summary) -> None:
        """`add` of a stored event from its summary (what a first message reads)."""
        if summary.kind != "weight":
            self._day(summary.at).add_summary(summary.kind, summary.values)

    def _day(self, at: datetime) -> DayTotals:
        """The totals of the local day of `at`, about to change."""
        day = local_day(at, self.tz)
        totals = self._days.get(day)
        if totals is None:
            totals = self._days[day] = DayTotals()
        if self._settled is not None and day < self._settled[0]:
            self._settled = None  # a day the kept `_Settled` summed is changing
        return totals

    def window(self, day: date) -> list[DayTotals]:
        """The 28 local days ending with `day`, oldest first (empty days included)."""
        get = self._days.get
        return [get(d, _NO_EVENTS) for d in window_days(day)]

    def settled(self, trend: WeightTrend, profile: Profile, day: date,
                completed: Sequence[DayTotals]) -> _Settled:
        """`_settle` for `day`, kept until an earlier day, the trend or the profile changes.

        Most messages only add to today, so most balances reuse it. `add` drops it when an
        event lands on a day before the kept one, so checking it costs four comparisons, not
        one per day of the window; `completed` must be this ledger's window before `day`.
        """
        kept = self._settled
        if (kept is not None and kept[0] == day and kept[1] is trend
                and kept[2] == trend.revision and (kept[3] is profile or kept[3] == profile)):
            return kept[4]
        value = _settle(completed, trend, profile, day)
        self._settled = (day, trend, trend.revision, profile, value)
        return value

    def forget_before(self, day: date) -> None:
        """Drop the days before `day` (no balance of a later day reads them)."""
        for old in [d for d in self._days if d < day]:
            del self._days[old]
            self._settled = None


def _rolling7(completed: Sequence[DayTotals], resting: float) -> Rolling7:
    """The 7 finished days before the day (`completed` ends with the day before it)."""
    logged = [d for d in completed[-7:] if d.meals]
    if not logged:
        return Rolling7(balance_kcal_per_day=None, days_logged=0)
    mean = sum(d.intake_kcal - resting - d.exercise_kcal for d in logged) / len(logged)
    return Rolling7(balance_kcal_per_day=mean, days_logged=len(logged))


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
    today's exercise out; `reasons` and `rolling7` cover the completed days, `facts` the
    last `WEEK_BEFORE` of them (all that `with_today` reads: a runner keeps this between
    messages, and the 27 days' facts were a tenth of a kept runner's memory).
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
    plan: GoalPlan
    minor: bool
    weekly_kg: float | None
    weekly_weigh_ins: int
    weekly_days: int
    warning: str | None
    facts: list[DayFacts]
    reasons: tuple[RiskReason, ...]
    first_logged: date | None
    rolling7: Rolling7


#: science.md §9 (rev 2): while N6 (the alarm, below 27) or N8 is active, the goal is suspended.
_SUSPENDING = frozenset({"N6", "N8"})
#: §10 (rev 2): under 18 no energy target, deficit, surplus or EA figure is shown.
_ADULT_ONLY = frozenset({"N1", "N2", "N6"})


def _settle(completed: Sequence[DayTotals], trend: WeightTrend, profile: Profile,
            day: date) -> _Settled:
    weight_trend_kg = trend.on(day)
    weight_kg, weight_source = _weight_to_use(weight_trend_kg, profile)
    basis_kg = protein_basis_kg(profile, weight_kg)
    protein_meal_g = PROTEIN_MEAL_G_PER_KG * basis_kg
    ree = resting_kcal_per_day(profile, weight_kg, on=day)
    resting = ree * profile.nef  # §2: REE x NEF covers daily living, not training

    deficit_since = profile.goal_since if profile.goal_lb_per_week < 0 else None
    adaptive = adaptive_estimate([*completed, _NO_EVENTS], trend, day, resting=resting,
                                 ree=ree, deficit_since=deficit_since)
    basis_resting = adaptive.blended_resting_kcal if adaptive and adaptive.used else resting

    ffm, ffm_measured = fat_free_mass_kg(profile, weight_kg)
    plan = plan_goal(profile, weight_kg, day)
    rate = weekly_rate(trend, day)
    warning = goal_warning(profile, weight_kg, on=day)
    facts = [  # positional: (day, meals, intake, protein, exercise, expenditure, ...)
        DayFacts(
            on, d.meals, d.intake_kcal, d.protein_g, d.exercise_kcal,
            basis_resting + d.exercise_kcal,
            d.protein_meals(protein_meal_g) if d.meals else 0, d.strength_sessions,
        )
        for on, d in zip(window_days(day), completed, strict=False)
    ]
    rest_day_floor = floor_kcal(profile, ree_kcal=ree, ffm_kg=ffm, exercise_kcal=0.0)

    def reasons_for(goal: GoalPlan, warning: str | None) -> tuple[RiskReason, ...]:
        return settled_reasons(
            days=facts,
            ffm_kg=ffm,
            ree_kcal=ree,
            floor_kcal=rest_day_floor,
            protein_basis_kg=basis_kg,
            goal_kcal_per_day=goal.kcal,
            trend_pct_per_week=None if rate is None else rate.kg_per_week / weight_kg * 100,
            trend_kg_per_week=None if rate is None else rate.kg_per_week,
            trend_days=0 if rate is None else rate.span_days,
            goal_warning=warning,
        )

    reasons = reasons_for(plan, warning)
    if plan.kcal and any(r.code in _SUSPENDING and r.level == "risk" for r in reasons):
        plan = plan_goal(profile, weight_kg, day, suspended=True)
        warning = None  # no message suggests a goal while the deficit is suspended (§9)
        reasons = reasons_for(plan, warning)
    minor = is_minor(profile, day)
    if minor:
        reasons = tuple(r for r in reasons if r.code not in _ADULT_ONLY)
    first_logged = next((f.day for f, d in zip(facts, completed, strict=True) if d.events), None)
    return _Settled(
        weight_trend_kg=weight_trend_kg, weight_kg=weight_kg, weight_source=weight_source,
        basis_kg=basis_kg, protein_meal_g=protein_meal_g, ree=ree, resting=resting,
        adaptive=adaptive, basis_resting=basis_resting, ffm=ffm, ffm_measured=ffm_measured,
        plan=plan, minor=minor,
        weekly_kg=None if rate is None else rate.kg_per_week,
        weekly_weigh_ins=0 if rate is None else rate.weigh_ins,
        weekly_days=0 if rate is None else rate.span_days,
        warning=warning, facts=facts[-WEEK_BEFORE:], reasons=reasons, first_logged=first_logged,
        rolling7=_rolling7(completed, basis_resting),
    )


def balance_of(ledger: Ledger, trend: WeightTrend, profile: Profile, day: date) -> DayBalance:
    """`day_balance` from a ledger and a trend that already hold the runner's history.

    The ledger must hold every event of the 28 days ending with `day` and the trend every
    weigh-in up to it (later ones are ignored), as `day_balance` builds them.
    """
    days = ledger.window(day)
    today = days[-1]
    s = ledger.settled(trend, profile, day, days[:-1])
    weight_kg = s.weight_kg
    adaptive = s.adaptive
    if adaptive is not None and today.exercise_kcal:  # a rest day so far reuses it as it is
        adaptive = replace(adaptive, kcal_today=adaptive.kcal_today + today.exercise_kcal)
    blend = adaptive.weight if adaptive and adaptive.used else 0.0
    target_basis = s.basis_resting + today.exercise_kcal
    floor = floor_kcal(profile, ree_kcal=s.ree, ffm_kg=s.ffm, exercise_kcal=today.exercise_kcal)
    wanted = target_basis + s.plan.kcal
    target = max(wanted, floor)

    today_facts = DayFacts(
        day, today.meals, today.intake_kcal, today.protein_g, today.exercise_kcal,
        target_basis, today.protein_meals(s.protein_meal_g) if today.meals else 0,
        today.strength_sessions,
    )
    first = s.first_logged or (day if today.events else None)
    history_days = 0 if first is None else (day - first).days + 1
    risk = with_today(s.reasons, s.facts, today_facts, history_days)

    return DayBalance(
        date=day,
        intake_kcal=today.intake_kcal,
        resting_kcal=s.basis_resting,
        exercise_kcal=today.exercise_kcal,
        expenditure_kcal=target_basis,
        target_kcal=target,
        balance_kcal=today.intake_kcal - target_basis,
        protein_g=today.protein_g,
        protein_target_g=protein_target_g(profile, weight_kg),
        carbs_g=today.carbs_g,
        fat_g=today.fat_g,
        rolling7=s.rolling7,
        weight_trend_kg=s.weight_trend_kg,
        risk=risk,
        weight_kg=weight_kg,
        weight_source=s.weight_source,
        meals_logged=today.meals,
        unresolved_items=today.unresolved,
        goal=profile.goal,
        goal_delta_kcal=target - target_basis,
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
        weekly_change_source=None if s.weekly_kg is None else "weigh-ins",
        energy_availability=(today.intake_kcal - today.exercise_kcal) / s.ffm
        if today.meals
        else None,
        energy_availability_low_confidence=not s.ffm_measured,
        goal_requested_kcal=s.plan.requested_kcal,
        goal_plan_kcal=s.plan.kcal,
        rate_capped=s.plan.capped,
        goal_held=s.plan.held,
        minor=s.minor,
        ree_kcal=s.ree,
        formula_resting_kcal=s.resting,
        ffm_kg=s.ffm,
        sex_floor_kcal=sex_floor_kcal(profile),
        weigh_in_kg=trend.weigh_in_on(day),
        weekly_change_weigh_ins=s.weekly_weigh_ins,
        weekly_change_days=s.weekly_days,
    )
