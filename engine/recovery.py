"""Post-run recovery intake: what counts, and how much this runner needs.

Numbers from science.md §6 (post-run recovery intake) and §9 N7. The reminder itself is the
scheduler's job; these functions only answer "was that a recovery intake?" and "what dose?".
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from engine.events import MealLogged, RunLogged
from engine.food import FoodTable

#: science.md §6 / §5: a recovery dose is at least 0.25 g protein per kg (ISSN 2017).
MIN_RECOVERY_PROTEIN_G_PER_KG = 0.25
#: science.md §6: "~0.3 g/kg (0.25-0.4 g/kg, 20-40 g), soon after" (ACSM 2016, ISSN 2017).
RECOVERY_PROTEIN_G_PER_KG = 0.3
#: science.md §6 [J]: 60-80 g carbohydrate for a 70 kg runner, i.e. about 1 g/kg.
RECOVERY_CARBS_G_PER_KG = 1.0
#: science.md §6: ISSN 2017 names "immediately to 2 h" after exercise for the protein dose.
RECOVERY_WINDOW = timedelta(hours=2)
#: Fallback when the food table has no chocolate milk: low-fat chocolate milk (SR28 01104),
#: 3.5 g protein per 100 g (science.md §6 rev 2).
CHOC_MILK_PROTEIN_G_PER_100ML = 3.5
#: science.md §9 N7 (rev 2): a hard session is tagged so, or >= 10 % faster than the runner's
#: median pace of recent runs, and lasts >= 20 min.
HARD_TAGS = frozenset({"tempo", "intervals", "race", "hard"})
HARD_MIN_DURATION = timedelta(minutes=20)
HARD_SPEED_FACTOR = 1.1
MIN_RUNS_FOR_MEDIAN = 3
#: science.md §6 / §9 N7: another session < 8 h away -> 1.0-1.2 g CHO/kg/h for 4 h (ACSM 2016).
NEXT_SESSION_WINDOW = timedelta(hours=8)
FAST_REFUEL_G_PER_KG_PER_H = (1.0, 1.2)
FAST_REFUEL_HOURS = 4
_SECOND_SESSION = re.compile(
    r"\bagain (?:tonight|this (?:afternoon|evening)|later(?: today)?)\b"
    r"|\b(?:second|another) (?:run|session|workout) (?:later|tonight|this (?:afternoon|evening))"
    r"|\bdouble(?:[- ]day| session)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RecoveryDose:
    """What to eat after a long or hard run, for one body weight.

    `fast_refuel` is the 4-hour advice when another session is less than 8 h away, else None.
    """

    protein_g: float
    carbs_g: float
    example: str
    fast_refuel: str | None = None


def _round_ml(ml: float) -> int:
    return max(50, round(ml / 50) * 50)


def recovery_dose(weight_kg: float, foods: FoodTable | None = None, *,
                  next_session_soon: bool = False) -> RecoveryDose:
    """0.3 g/kg protein with ~1 g/kg carbohydrate, and how much chocolate milk gives it (§6).

    The volume comes from the food table's chocolate milk (protein per 100 g and density), so
    the millilitres really carry the protein quoted (rev 2); rounded to 50 ml.
    """
    protein = RECOVERY_PROTEIN_G_PER_KG * weight_kg
    carbs = RECOVERY_CARBS_G_PER_KG * weight_kg
    per_ml = CHOC_MILK_PROTEIN_G_PER_100ML / 100
    match = foods.match("chocolate milk") if foods is not None else None
    if match is not None and match.food.protein_g > 0:
        per_ml = match.food.protein_g / 100 * match.food.density_g_per_ml
    ml = _round_ml(protein / per_ml)
    example = (
        f"about {ml} ml of chocolate milk, or 250 ml of it with a 200 g pot of Greek yogurt, "
        f"or a whey scoop with a banana; any meal with about {protein:.0f} g of protein "
        f"counts (carbohydrate, about {carbs:.0f} g, helps refuel)"
    )
    fast = None
    if next_session_soon:
        low, high = (r * weight_kg for r in FAST_REFUEL_G_PER_KG_PER_H)
        fast = (f"Another session is less than 8 hours away: aim for {low:.0f}-{high:.0f} g of "
                f"carbohydrate an hour for the next {FAST_REFUEL_HOURS} hours (e.g. a banana "
                "and a bagel each hour), then normal meals.")
    return RecoveryDose(protein_g=round(protein, 1), carbs_g=round(carbs, 1), example=example,
                        fast_refuel=fast)


def median_pace_s_per_km(paces: Iterable[tuple[float, float]]) -> float | None:
    """Median pace of (duration_s, distance_m) runs; None under 3 runs."""
    values = [d / (m / 1000) for d, m in paces if m > 0]
    if len(values) < MIN_RUNS_FOR_MEDIAN:
        return None
    return statistics.median(values)


def is_hard(run: RunLogged, median_pace: float | None) -> bool:
    """N7 (rev 2): tagged hard (intervals, tempo, race...) or >= 10 % faster, for >= 20 min."""
    if run.duration_s < HARD_MIN_DURATION.total_seconds():
        return False
    if HARD_TAGS.intersection(run.tags):
        return True
    if median_pace is None or run.distance_m <= 0 or "distance_km" in run.estimated:
        return False
    pace = run.duration_s / (run.distance_m / 1000)
    return pace * HARD_SPEED_FACTOR <= median_pace


def needs_recovery(run: RunLogged, min_run_min: int, median_pace: float | None) -> bool:
    """N7: a run of >= `min_run_min` (45 by default), or any hard run of >= 20 min."""
    return run.duration_s >= min_run_min * 60 or is_hard(run, median_pace)


#: §9 (rev 2) [J]: a hard training day for the evening summary: a hard run, a run of 90 min
#: or more, or 800 kcal of exercise.
LONG_RUN = timedelta(minutes=90)
HARD_DAY_KCAL = 800.0


def hard_training_day(runs: Iterable[RunLogged], median_pace: float | None,
                      exercise_kcal: float) -> bool:
    """Whether the day's training was hard enough that a large shortfall needs naming."""
    return exercise_kcal >= HARD_DAY_KCAL or any(
        is_hard(r, median_pace) or r.duration_s >= LONG_RUN.total_seconds() for r in runs)


def sessions_close(run_start: datetime, run_end: datetime,
                   others: Sequence[tuple[datetime, datetime]]) -> bool:
    """Whether another session starts < 8 h after this run ends, or ended < 8 h before it."""
    return any(timedelta(0) <= start - run_end < NEXT_SESSION_WINDOW
               or timedelta(0) <= run_start - end < NEXT_SESSION_WINDOW
               for start, end in others)


def mentions_second_session(text: str) -> bool:
    """"again tonight", "second run later", "double day": a session < 8 h away (N7 rev 2)."""
    return _SECOND_SESSION.search(text) is not None


def _in_window(at: datetime, run_end: datetime) -> bool:
    return run_end <= at <= run_end + RECOVERY_WINDOW


def is_recovery_intake(meal: MealLogged, run_end: datetime, weight_kg: float) -> bool:
    """A meal counts when it has >= 0.25 g/kg protein within 2 h, carbohydrate or not (rev 2)."""
    return (
        _in_window(meal.at, run_end)
        and meal.protein_g >= MIN_RECOVERY_PROTEIN_G_PER_KG * weight_kg
    )


class Intake(Protocol):
    """What the recovery check reads of a meal: when, and its protein (a `MealLogged`, or
    the little a kept runner keeps of one)."""

    @property
    def at(self) -> datetime: ...
    @property
    def protein_g(self) -> float: ...


def has_recovery_intake(meals: Iterable[Intake], run_end: datetime, weight_kg: float) -> bool:
    """Like `is_recovery_intake`, but a shake and a yogurt logged separately add up."""
    protein = sum(m.protein_g for m in meals if _in_window(m.at, run_end))
    return protein >= MIN_RECOVERY_PROTEIN_G_PER_KG * weight_kg
