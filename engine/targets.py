"""What the target plans: protein, the goal's daily delta with its caps, and the floor (§5, §7).

science.md revision 2: a goal is kept as the runner chose it, but the *target* plans at most
1 %/wk of trend weight for a loss and 0.5 %/wk for a gain; it never goes below the floor
`max(sex floor, 30 x FFM + the day's exercise, REE)`. A goal is held at maintenance when the
runner's age is unknown or under 18 (§10), and suspended while N6 or N8 is active (§9).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from engine.energy import KCAL_PER_KG, fat_free_mass_kg
from engine.profile import GOALS, KCAL_PER_LB, Profile
from engine.units import goal_rate, lb_to_kg, weekly_amount

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
#: gain capped at 0.5 %/wk; (rev 2) the target plans at most these rates of trend weight.
LOSS_CAP_PCT = 1.0
LOSS_MUSCLE_PCT = 0.7
GAIN_CAP_PCT = 0.5
#: science.md §10: no weight-loss or gain goals (nor energy targets) under 18.
ADULT_AGE = 18

Held = Literal["no-age", "minor", "suspended"]


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


def goal_pct_per_week(lb_per_week: float, weight_kg: float) -> float:
    """A goal's rate as % of body weight per week (unsigned)."""
    return lb_to_kg(abs(lb_per_week)) / weight_kg * 100


def goal_mark(lb_per_week: float, weight_kg: float) -> Literal["", "⚠️", "ℹ️"]:
    """How the goal list marks an option for this runner's weight (§9 N1).

    ⚠️ beyond the caps (loss > 1 %/wk, gain > 0.5 %/wk); ℹ️ for a loss of 0.7-1 %/wk, above
    what best keeps muscle; nothing otherwise.
    """
    pct = goal_pct_per_week(lb_per_week, weight_kg)
    if lb_per_week > 0:
        return "⚠️" if pct > GAIN_CAP_PCT else ""
    if lb_per_week < 0 and pct > LOSS_CAP_PCT:
        return "⚠️"
    return "ℹ️" if lb_per_week < 0 and pct > LOSS_MUSCLE_PCT else ""


def _safer_goal(lb_per_week: float, weight_kg: float, cap_pct: float,
                system: str = "metric") -> str:
    """The fastest goal in the same direction within `cap_pct`, else "maintain".

    Named as /goal takes it, with its rate in the runner's units: 'lose-1 (lose 1 lb per week)'.
    """
    same_way = [
        (abs(lb), name)
        for name, lb in GOALS.items()
        if lb * lb_per_week > 0 and goal_pct_per_week(lb, weight_kg) <= cap_pct
    ]
    if not same_way:
        return "maintain"
    name = max(same_way)[1]
    return f"{name} ({goal_rate(GOALS[name], system)})"


def cap_kcal_per_day(weight_kg: float, *, loss: bool) -> float:
    """The capped rate as kcal/day: 7,700 x cap % x trend weight / 7 (§7 rev 2)."""
    pct = LOSS_CAP_PCT if loss else GAIN_CAP_PCT
    return KCAL_PER_KG * pct / 100 * weight_kg / 7


def goal_warning(profile: Profile, weight_kg: float, *, on: date | None = None) -> str | None:
    """A plain sentence when the goal is faster than §7's safe rates (N1), else None.

    The goal is kept; the target plans the capped rate (rev 2), and this says so once.
    """
    lb = profile.goal_lb_per_week
    if lb == 0:
        return None
    age = profile.age_on(on) if on is not None else profile.age
    if age is None:
        return (f"Your goal ({goal_rate(lb, profile.units)}) waits for your age (send "
                "/profile age=34, your own age): until then your targets are set to maintain.")
    if age < ADULT_AGE:
        return (
            "Weight-loss and weight-gain goals are not offered under 18, so there is no energy "
            "target. Talk to a parent, coach or doctor about your goals."
        )
    pct = goal_pct_per_week(lb, weight_kg)
    verb = "Losing" if lb < 0 else "Gaining"
    head = (f"{verb} {weekly_amount(lb, profile.units)} a week is about {pct:.1f} % of your "
            "weight a week")
    if lb > 0 and pct > GAIN_CAP_PCT:
        better = _safer_goal(lb, weight_kg, GAIN_CAP_PCT, profile.units)
        return (
            f"{head}; above about 0.5 % most of the extra weight is fat, so your target plans "
            f"at most 0.5 % a week. One option: the goal {better}."
        )
    if lb < 0 and pct > LOSS_CAP_PCT:
        better = _safer_goal(lb, weight_kg, LOSS_MUSCLE_PCT, profile.units)
        return (f"{head}, above the 1 % a week that protects muscle, so your target plans at "
                f"most 1 % a week. One option: the goal {better}.")
    if lb < 0 and pct > LOSS_MUSCLE_PCT:
        better = _safer_goal(lb, weight_kg, LOSS_MUSCLE_PCT, profile.units)
        return (
            f"{head}, above the 0.7 % a week that best keeps muscle for runners. "
            f"One option: the goal {better}."
        )
    return None


@dataclass(frozen=True, slots=True)
class GoalPlan:
    """The goal's daily delta as the target plans it, before the floor.

    `requested_kcal` is the goal's own 500 kcal/day per lb/week; `kcal` is what is planned
    after the rate cap (zero while `held`); `capped` says the cap bound.
    """

    requested_kcal: float
    kcal: float
    capped: bool
    held: Held | None


def plan_goal(profile: Profile, weight_kg: float, day: date, *,
              suspended: bool = False) -> GoalPlan:
    """science.md §7 (rev 2), §9 and §10: the goal's delta, capped or held."""
    requested = profile.goal_kcal_per_day
    if requested == 0:
        return GoalPlan(0.0, 0.0, capped=False, held=None)
    age = profile.age_on(day)
    held: Held | None = None
    if age is None:
        held = "no-age"
    elif age < ADULT_AGE:
        held = "minor"
    elif suspended:
        held = "suspended"
    if held is not None:
        return GoalPlan(requested, 0.0, capped=False, held=held)
    cap = cap_kcal_per_day(weight_kg, loss=requested < 0)
    planned = max(requested, -cap) if requested < 0 else min(requested, cap)
    return GoalPlan(requested, planned, capped=planned != requested, held=None)


def is_minor(profile: Profile, day: date) -> bool:
    age = profile.age_on(day)
    return age is not None and age < ADULT_AGE


def sex_floor_kcal(profile: Profile) -> float:
    return SEX_FLOOR_KCAL.get(profile.sex or "", UNKNOWN_SEX_FLOOR_KCAL)


def floor_kcal(profile: Profile, *, ree_kcal: float, ffm_kg: float, exercise_kcal: float) -> float:
    """science.md §7: max(sex floor, 30 x FFM + the day's exercise, REE)."""
    return max(sex_floor_kcal(profile), FLOOR_EA_KCAL_PER_KG_FFM * ffm_kg + exercise_kcal,
               ree_kcal)


def kg_per_week(kcal_per_day: float) -> float:
    """A daily delta as kg/week at 7,700 kcal/kg (§7)."""
    return kcal_per_day * 7 / KCAL_PER_KG


def lb_per_week(kcal_per_day: float) -> float:
    """A daily delta as lb/week at 3,500 kcal/lb (§7)."""
    return kcal_per_day * 7 / KCAL_PER_LB
