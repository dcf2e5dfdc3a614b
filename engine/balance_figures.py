"""What a day balance is: `DayBalance` and its parts, and the history one is computed from.

`engine/balance.py` computes them (`day_balance`, `balance_of`); this module holds the shapes
it returns and takes, the window of history a balance reads (`history_window`), and the
`runfuel balance --json` document (`DayBalance.to_contract`, cli-contract.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from engine.adaptive import Adaptive, adaptive_json
from engine.days import day_window
from engine.events import Event, WeightLogged
from engine.risk import Risk
from engine.targets import Held, kg_per_week

#: Storage loads local day-35 .. day: 35 finished days, over which the adaptive weight ramps.
WINDOW_DAYS = 36

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
    """Mean daily balance over the logged days among the 7 finished days before the day.

    (rev 2, §9) A day in progress never counts: it would read as a deficit every morning.
    Today is shown apart, "so far today".
    """

    balance_kcal_per_day: float | None
    days_logged: int


@dataclass(frozen=True, slots=True)
class DayBalance:
    """One local day. Every kcal figure is an estimate (§10); `method` says which one.

    `resting_kcal` is REE x NEF (rest plus daily living), moved toward the adaptive estimate
    once it is trusted (§8); `expenditure_kcal` is that plus the day's exercise, the one
    expenditure every figure uses, and `balance_kcal` = intake - expenditure. The target is
    expenditure + `goal_delta_kcal`: the goal's delta (`goal_requested_kcal`) capped at the
    §7 rates (`rate_capped`) or held (`goal_held`), then raised to `floor_kcal` when it is below
    (`floor_applied`); `goal_delta_kcal` is what the target really plans. Under 18 (`minor`)
    there is no energy target at all (§10). `weight_kg` is what the formulas used.
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
    weekly_change_source: Literal["weigh-ins"] | None
    energy_availability: float | None
    energy_availability_low_confidence: bool
    goal_requested_kcal: float = 0.0
    goal_plan_kcal: float = 0.0
    rate_capped: bool = False
    goal_held: Held | None = None
    minor: bool = False
    ree_kcal: float = 0.0
    formula_resting_kcal: float = 0.0
    ffm_kg: float = 0.0
    sex_floor_kcal: float = 0.0
    weigh_in_kg: float | None = None
    weekly_change_weigh_ins: int = 0
    weekly_change_days: int = 0

    @property
    def planned_rate_kg_per_week(self) -> float:
        """The weekly rate the target plans (negative for a loss), at 7,700 kcal/kg."""
        return kg_per_week(self.goal_delta_kcal)

    @property
    def planned_rate_pct_per_week(self) -> float:
        return self.planned_rate_kg_per_week / self.weight_kg * 100

    @property
    def has_energy_target(self) -> bool:
        """Under 18 the bot shows intake, protein and recovery, and no energy target (§10)."""
        return not self.minor

    def to_contract(self) -> dict[str, Any]:
        """The `runfuel balance --json` document (cli-contract.md), plus extra fields.

        Under 18, every target, deficit, surplus, FFM and EA figure is null (§10 rev 2).
        """
        shown = not self.minor

        def energy(value: float | None) -> int | None:
            return _kcal_or_none(value) if shown else None

        so_far = {
            "intake_kcal": _kcal(self.intake_kcal),
            "expenditure_kcal": _kcal(self.expenditure_kcal),
            "balance_kcal": energy(self.balance_kcal),
            "meals_logged": self.meals_logged,
        }
        return {
            "date": self.date.isoformat(),
            "intake_kcal": _kcal(self.intake_kcal),
            "resting_kcal": _kcal(self.resting_kcal),
            "exercise_kcal": _kcal(self.exercise_kcal),
            "expenditure_kcal": _kcal(self.expenditure_kcal),
            "target_kcal": energy(self.target_kcal),
            "balance_kcal": energy(self.balance_kcal),
            "protein_g": _g(self.protein_g),
            "protein_target_g": _g(self.protein_target_g),
            "carbs_g": _g(self.carbs_g),
            "fat_g": _g(self.fat_g),
            "rolling7": {
                "balance_kcal_per_day": energy(self.rolling7.balance_kcal_per_day),
                "days_logged": self.rolling7.days_logged,
                "finished_days_only": True,
                "today_so_far": so_far,
            },
            "today_so_far": so_far,
            "weight_trend_kg": _kg(self.weight_trend_kg),
            "weigh_in_kg": _kg(self.weigh_in_kg),
            "risk": {
                "level": self.risk.level,
                "reasons": [
                    {"code": r.code, "level": r.level, "text": r.text, "nudge": r.nudge}
                    for r in self.risk.reasons
                ],
            },
            "weight_kg": _kg(self.weight_kg),
            "weight_source": self.weight_source,
            "meals_logged": self.meals_logged,
            "unresolved_items": self.unresolved_items,
            "goal": self.goal,
            "goal_requested_kcal": energy(self.goal_requested_kcal),
            "goal_plan_kcal": energy(self.goal_plan_kcal),
            "goal_delta_kcal": energy(self.goal_delta_kcal),
            "goal_held": self.goal_held,
            "goal_warning": self.goal_warning,
            "rate_capped": self.rate_capped,
            "planned_rate_kg_per_week": _round(self.planned_rate_kg_per_week, 2) if shown else None,
            "planned_rate_pct_per_week": (_round(self.planned_rate_pct_per_week, 2) if shown
                                          else None),
            "target_basis_kcal": _kcal(self.target_basis_kcal),
            "formula_resting_kcal": _kcal(self.formula_resting_kcal),
            "method": self.method,
            "adaptive_kcal": _kcal_or_none(self.adaptive_kcal),
            "adaptive_weight": round(self.adaptive_weight, 2),
            "adaptive": adaptive_json(self.adaptive),
            "ree_kcal": _kcal(self.ree_kcal),
            "floor_kcal": energy(self.floor_kcal),
            "floor_applied": self.floor_applied,
            "minor": self.minor,
            "weekly_change_kg": _kg(self.weekly_change_kg),
            "weekly_change_pct": _round(self.weekly_change_pct, 2),
            "weekly_change_source": self.weekly_change_source,
            "weekly_change_weigh_ins": self.weekly_change_weigh_ins,
            "weekly_change_days": self.weekly_change_days,
            "ffm_kg": _round(self.ffm_kg, 1) if shown else None,
            "energy_availability": _round(self.energy_availability, 1) if shown else None,
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
