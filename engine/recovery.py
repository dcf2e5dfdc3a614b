"""Post-run recovery intake: what counts, and how much this runner needs.

Numbers from science.md §6 (post-run recovery intake) and §9 N7. The reminder itself is the
scheduler's job; these functions only answer "was that a recovery intake?" and "what dose?".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.events import MealLogged

#: science.md §6 / §5: a recovery dose is at least 0.25 g protein per kg (ISSN 2017).
MIN_RECOVERY_PROTEIN_G_PER_KG = 0.25
#: science.md §6: "~0.3 g/kg (0.25-0.4 g/kg, 20-40 g), soon after" (ACSM 2016, ISSN 2017).
RECOVERY_PROTEIN_G_PER_KG = 0.3
#: science.md §6 [J]: 60-80 g carbohydrate for a 70 kg runner, i.e. about 1 g/kg.
RECOVERY_CARBS_G_PER_KG = 1.0
#: science.md §6: ISSN 2017 names "immediately to 2 h" after exercise for the protein dose.
RECOVERY_WINDOW = timedelta(hours=2)
#: Low-fat chocolate milk, per 100 ml: ~3.5 g protein, ~10 g carbohydrate (about 3:1 to 4:1,
#: science.md §6, Pritchett & Pritchett 2012). Label values vary by brand; this is an example.
CHOC_MILK_PROTEIN_G_PER_100ML = 3.5
CHOC_MILK_CARBS_G_PER_100ML = 10.0


@dataclass(frozen=True, slots=True)
class RecoveryDose:
    """What to eat after a run of 45 min or more, for one body weight."""

    protein_g: float
    carbs_g: float
    example: str


def recovery_dose(weight_kg: float) -> RecoveryDose:
    """0.3 g/kg protein with ~1 g/kg carbohydrate, and how much chocolate milk gives it (§6).

    The example is rounded to 50 ml so it reads like something you would pour.
    """
    protein = RECOVERY_PROTEIN_G_PER_KG * weight_kg
    carbs = RECOVERY_CARBS_G_PER_KG * weight_kg
    ml = max(50, round(protein / CHOC_MILK_PROTEIN_G_PER_100ML * 100 / 50) * 50)
    example = (
        f"about {ml} ml of low-fat chocolate milk, or a meal with about {protein:.0f} g of "
        f"protein and {carbs:.0f} g of carbohydrate"
    )
    return RecoveryDose(protein_g=round(protein, 1), carbs_g=round(carbs, 1), example=example)


def _in_window(at: datetime, run_end: datetime) -> bool:
    return run_end <= at <= run_end + RECOVERY_WINDOW


def is_recovery_intake(meal: MealLogged, run_end: datetime, weight_kg: float) -> bool:
    """A meal counts when it has >= 0.25 g/kg protein and some carbohydrate within 2 h (§6, N7)."""
    return (
        _in_window(meal.at, run_end)
        and meal.protein_g >= MIN_RECOVERY_PROTEIN_G_PER_KG * weight_kg
        and meal.carbs_g > 0
    )


def has_recovery_intake(meals: Iterable[MealLogged], run_end: datetime, weight_kg: float) -> bool:
    """Like `is_recovery_intake`, but a shake and a banana logged separately add up."""
    in_window = [m for m in meals if _in_window(m.at, run_end)]
    protein = sum(m.protein_g for m in in_window)
    carbs = sum(m.carbs_g for m in in_window)
    return protein >= MIN_RECOVERY_PROTEIN_G_PER_KG * weight_kg and carbs > 0
