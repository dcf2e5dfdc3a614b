"""The target's reasoning in plain words: a one-line note and the full "Why this target?".

Pure text (no HTML) built from a `DayBalance`, so the bot, the console and any other reply
(an answer to "why is my target so low?") can show the same arithmetic. science.md §7 rev 2:
whenever a cap or the floor binds, every place that shows the target says so, with the rate it
really plans; §10: every figure is an estimate, and under 18 there is no energy target.
"""

from __future__ import annotations

from engine.balance import DayBalance
from engine.profile import GOALS
from engine.targets import FLOOR_EA_KCAL_PER_KG_FFM, GAIN_CAP_PCT, LOSS_CAP_PCT, lb_per_week
from engine.units import goal_rate, lb_to_kg, mass, mass_value

#: §9 (rev 2) [J]: after hard training, a same-day gap this large is named in the evening
#: summary at once, without waiting for the multi-day nudges (N2, N6).
SHORTFALL_MIN_KCAL = 1000.0
SHORTFALL_MIN_SHARE = 0.4

MINOR_NOTE = (
    "Under 18 I don't set an energy target: eat to appetite for growth and training. "
    "I keep track of protein and recovery."
)


def _n(kcal: float) -> str:
    return f"{round(kcal):,}"


def _signed(kcal: float) -> str:
    return f"{'+' if kcal >= 0 else '−'}{abs(round(kcal)):,}"


def _term(kcal: float) -> str:
    """A delta as the second term of a sum: '+ 250' or '− 1,000'."""
    return f"{'+' if kcal >= 0 else '−'} {abs(round(kcal)):,}"


def _rate(kcal_per_day: float, units: str) -> str:
    """'about 1.1 lb (0.5 kg) a week' for a daily delta (unsigned)."""
    lb = abs(lb_per_week(kcal_per_day))
    if units == "imperial":
        return f"about {lb:.1f} lb a week"
    return f"about {lb_to_kg(lb):.2f} kg a week"


def _asked(b: DayBalance, units: str) -> str:
    lb = abs(lb_per_week(b.goal_requested_kcal))
    return f"{lb:g} lb a week" if units == "imperial" else f"{lb_to_kg(lb):.2g} kg a week"


def _goal(b: DayBalance, units: str) -> str:
    """The goal in words and the runner's units, never its code ('lose-0.5')."""
    return goal_rate(GOALS.get(b.goal, 0.0), units)


def target_note(b: DayBalance, units: str = "metric") -> str | None:
    """One sentence wherever the target is shown, when a cap, the floor or a hold binds.

    None when the target plans exactly what the goal asks (or there is no target, under 18).
    """
    if b.minor:
        return None
    if b.goal_held == "no-age":
        return (f"Your goal ({_goal(b, units)}) waits for your age (/profile age=...): the "
                "target plans maintenance.")
    if b.goal_held == "suspended":
        return (f"Your goal ({_goal(b, units)}) is paused while your intake runs low: the "
                "target is maintenance, not a deficit.")
    if b.floor_applied:
        if b.goal_requested_kcal < 0 and b.goal_delta_kcal < 0:
            return (f"Your goal asks for {_asked(b, units)}; at your size the safe floor "
                    f"({_n(b.floor_kcal)} kcal today) allows {_rate(b.goal_delta_kcal, units)}.")
        if b.goal_requested_kcal < 0:
            return (f"Your goal asks for {_asked(b, units)}; the safe floor "
                    f"({_n(b.floor_kcal)} kcal today) allows no deficit today.")
        return f"The target is raised to the safe floor of {_n(b.floor_kcal)} kcal today."
    if b.rate_capped:
        cap = LOSS_CAP_PCT if b.goal_requested_kcal < 0 else GAIN_CAP_PCT
        return (f"Your goal asks for {_asked(b, units)}; at your size the target plans "
                f"{_rate(b.goal_delta_kcal, units)}, the {cap:g} % a week that "
                f"{'protects muscle' if cap == LOSS_CAP_PCT else 'keeps a gain mostly lean'}.")
    return None


def same_day_shortfall(b: DayBalance, *, hard_training: bool) -> str | None:
    """The evening summary's sentence for a large shortfall on a hard training day, or None.

    Large: at least 1,000 kcal and 40 % of the target left uneaten (a half marathon with 352
    of 3,056 kcal eaten). One concrete option; no praise of the deficit (§9, §10).
    """
    if b.minor or not hard_training or not b.has_energy_target:
        return None
    gap = b.target_kcal - b.intake_kcal
    if gap < max(SHORTFALL_MIN_KCAL, SHORTFALL_MIN_SHARE * b.target_kcal):
        return None
    return (f"After today's hard training you ate about {_n(b.intake_kcal)} of "
            f"{_n(b.target_kcal)} kcal, {_n(gap)} kcal short; a gap that size slows recovery and "
            "costs muscle. One option: a proper meal now, for example pasta with chicken and a "
            "glass of milk (about 800 kcal with 50 g of protein).")


def why_target(b: DayBalance, units: str = "metric") -> tuple[str, ...]:
    """The target's arithmetic, one step a line, in plain words (estimates, §10)."""
    if b.minor:
        return (MINOR_NOTE,)
    weight = mass(b.weight_kg, units)
    lines = [
        f"Resting energy (Mifflin-St Jeor formula, at {weight}): {_n(b.ree_kcal)} kcal a day; "
        f"with daily living (× {b.formula_resting_kcal / b.ree_kcal:.2g}) "
        f"{_n(b.formula_resting_kcal)} kcal.",
    ]
    if b.method == "formula+adaptive" and b.adaptive_kcal is not None:
        lines.append(
            f"Estimate from your logs and weigh-ins, weighted {b.adaptive_weight:.0%}: rest and "
            f"daily living {_n(b.resting_kcal)} kcal.")
    lines.append(f"Exercise today: {_n(b.exercise_kcal)} kcal above resting. Expenditure: "
                 f"{_n(b.resting_kcal)} + {_n(b.exercise_kcal)} = {_n(b.expenditure_kcal)} kcal.")
    lines += _goal_lines(b, units)
    ea_floor = FLOOR_EA_KCAL_PER_KG_FFM * b.ffm_kg + b.exercise_kcal
    per_unit = FLOOR_EA_KCAL_PER_KG_FFM / mass_value(1.0, units)  # 30 per kg is 13.6 per lb
    lines.append(
        f"Safe floor: the highest of {_n(b.sex_floor_kcal)} kcal, {per_unit:.3g} × "
        f"{mass(b.ffm_kg, units, digits=0)} lean mass + {_n(b.exercise_kcal)} exercise = "
        f"{_n(ea_floor)} kcal, and resting {_n(b.ree_kcal)} kcal: {_n(b.floor_kcal)} kcal.")
    wanted = b.expenditure_kcal + b.goal_plan_kcal
    if b.floor_applied:
        lines.append(f"{_n(b.expenditure_kcal)} {_term(b.goal_plan_kcal)} = {_n(wanted)} kcal "
                     f"is below the floor, so the target is {_n(b.target_kcal)} kcal.")
    else:
        lines.append(f"Target: {_n(b.expenditure_kcal)} {_term(b.goal_plan_kcal)} = "
                     f"{_n(b.target_kcal)} kcal.")
    if b.goal_delta_kcal:
        way = "loss" if b.goal_delta_kcal < 0 else "gain"
        lines.append(f"That plans a {way} of {_rate(b.goal_delta_kcal, units)} "
                     f"({abs(b.planned_rate_pct_per_week):.2f} % of your weight).")
    lines.append("All figures are estimates (3,500 kcal per lb of weight change)."
                 if units == "imperial"
                 else "All figures are estimates (7,700 kcal per kg of weight change).")
    return tuple(lines)


def _goal_lines(b: DayBalance, units: str) -> list[str]:
    if b.goal_requested_kcal == 0:
        return [f"Goal ({_goal(b, units)}): no deficit or surplus planned."]
    asked = (f"Your goal ({_goal(b, units)}) asks for {_signed(b.goal_requested_kcal)} kcal a day "
             f"({_asked(b, units)})")
    if b.goal_held == "no-age":
        return [f"{asked}; it waits for your age, so the target plans maintenance."]
    if b.goal_held == "suspended":
        return [f"{asked}; it is paused while your intake runs low (energy availability or "
                "intake below resting), so the target plans maintenance."]
    if b.rate_capped:
        cap = LOSS_CAP_PCT if b.goal_requested_kcal < 0 else GAIN_CAP_PCT
        return [f"{asked}; the target plans at most {cap:g} % of your trend weight a week: "
                f"{_signed(b.goal_plan_kcal)} kcal a day ({_rate(b.goal_plan_kcal, units)})."]
    return [f"{asked}."]
