"""Is muscle at risk? The nudge rules of science.md §9 (N1-N9) as one pure assessment.

Each rule looks at completed local days only: today is still open, and a half-logged day would
raise false alarms after every breakfast. Texts follow §9's message rules and §10: describe the
data, offer one concrete option, never praise a deficit or weight lost, never suggest skipping
meals or earning food with runs. Levels: "risk" for safety and protein (N3 > 1 %/wk, N4, N6
below 27, N8), "watch" for the rest (N1, N2, N5, N9, the 0.7-1.0 %/wk band of N3 and N6's
27-30 band, which shows in /today but never nudges).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

RiskLevel = Literal["ok", "watch", "risk"]

_LEVEL_RANK: dict[RiskLevel, int] = {"ok": 0, "watch": 1, "risk": 2}
#: science.md §9: safety (N6, N8, N3) > protein (N4, N5) > recovery (N7) > training (N9).
_PRIORITY = ("N6", "N8", "N3", "N1", "N2", "N4", "N5", "N7", "N9")
#: Every nudge code a button may carry (bot/keyboards.py refuses any other).
NUDGE_CODES = frozenset(_PRIORITY)

#: science.md §7 / §9 N6: energy availability below 30 kcal/kg FFM/day is "low"; (rev 2) the
#: alarm fires only below 27 (a 10 % allowance for logging error), 27-30 is "watch".
LOW_EA_KCAL_PER_KG_FFM = 30.0
LOW_EA_ALARM_KCAL_PER_KG_FFM = 27.0
#: science.md §7 / §9 N3: loss faster than 1 %/wk risks muscle; 0.7-1.0 %/wk is the info band.
LOSS_RISK_PCT_PER_WEEK = 1.0
LOSS_WATCH_PCT_PER_WEEK = 0.7
#: science.md §5 / §9 N4: low-intake line 1.2 g/kg (ACSM lower bound); 1.6 g/kg in a deficit.
LOW_PROTEIN_G_PER_KG = 1.2
LOW_PROTEIN_DEFICIT_G_PER_KG = 1.6
#: science.md §5 / §9 N5: a protein feeding is >= 0.25 g/kg; aim for >= 3 of them a day.
PROTEIN_MEAL_G_PER_KG = 0.25
#: science.md §9 N2: 250 kcal/day slack, about half of 1 lb/week plus logging error.
N2_SLACK_KCAL = 250.0
#: science.md §8: 7,700 kcal per kg of weight change (3,500 kcal/lb).
_KCAL_PER_KG = 7700.0


@dataclass(frozen=True, slots=True)
class RiskReason:
    """One finding: the §9 rule ID, its level and one plain sentence with one option."""

    code: str
    level: RiskLevel
    text: str
    #: Whether it may be sent as a nudge; N6's watch band only shows in /today (§9 rev 2).
    nudge: bool = True


@dataclass(frozen=True, slots=True)
class Risk:
    """The day's overall level (the highest of its reasons) and the reasons, most urgent first."""

    level: RiskLevel
    reasons: tuple[RiskReason, ...]


class DayFacts(NamedTuple):
    """One local day as the rules see it; `expenditure_kcal` is what the target is built on."""

    day: date
    meals: int
    intake_kcal: float
    protein_g: float
    exercise_kcal: float
    expenditure_kcal: float
    protein_meals: int
    strength_sessions: int

    @property
    def logged(self) -> bool:
        return self.meals > 0


def _round_up(kcal: float, step: int = 50) -> int:
    return max(step, math.ceil(kcal / step) * step)


def _low_ea(days: Sequence[DayFacts], ffm_kg: float) -> RiskReason | None:
    """N6: 7-day mean energy availability under 27 kcal/kg FFM (watch at 27-30), >= 3 days."""
    logged = [d for d in days[-7:] if d.logged]
    if len(logged) < 3:
        return None
    ea = sum((d.intake_kcal - d.exercise_kcal) / ffm_kg for d in logged) / len(logged)
    if ea >= LOW_EA_KCAL_PER_KG_FFM:
        return None
    add = _round_up((LOW_EA_KCAL_PER_KG_FFM - ea) * ffm_kg)
    head = (f"Over your last {len(logged)} logged days, food minus exercise left about "
            f"{ea:.0f} kcal per kg of lean mass a day")
    if ea >= LOW_EA_ALARM_KCAL_PER_KG_FFM:
        return RiskReason(
            "N6",
            "watch",
            f"{head}, close to the line of 30 (within logging error). Worth watching; one "
            f"option: about {add:,} kcal more a day, for example a snack after runs.",
            nudge=False,
        )
    return RiskReason(
        "N6",
        "risk",
        f"{head}; below 30, hormones and bones can suffer. Your goal's deficit is paused until "
        f"this recovers. One option: eat about {add:,} kcal more a day, for example a snack "
        "after each run. If this lasts two weeks, talk to a doctor or sports dietitian.",
    )


def _below_resting(days: Sequence[DayFacts], ree_kcal: float,
                   floor_kcal: float) -> RiskReason | None:
    """N8: logged intake below resting energy (REE) on 3 or more of the last 7 days.

    The advice is never below the §7 floor (rev 2).
    """
    low = [d for d in days[-7:] if d.logged and d.intake_kcal < ree_kcal]
    if len(low) < 3:
        return None
    return RiskReason(
        "N8",
        "risk",
        f"On {len(low)} of the last 7 days you logged less food than your body uses at rest "
        f"(about {ree_kcal:,.0f} kcal). Your goal's deficit is paused until this recovers. One "
        f"option: plan at least {_round_up(max(ree_kcal, floor_kcal)):,} kcal every day, with "
        "a snack between meals. If this lasts two weeks, talk to a doctor or sports dietitian.",
    )


def _fast_loss(
    pct_per_week: float | None, kg_per_week: float | None, trend_days: int
) -> RiskReason | None:
    """N3: weigh-in loss rate (§8 rev 2) above 1 %/wk (risk) or 0.7-1.0 %/wk (watch)."""
    if pct_per_week is None or kg_per_week is None:
        return None
    loss = -pct_per_week
    if loss <= LOSS_WATCH_PCT_PER_WEEK:
        return None
    slower_kg = kg_per_week * LOSS_WATCH_PCT_PER_WEEK / loss
    add = _round_up((slower_kg - kg_per_week) * _KCAL_PER_KG / 7)
    trend = (
        f"Your weigh-ins over the last {trend_days} days change {kg_per_week:+.2f} kg a week "
        f"({loss:.1f} % of your weight)"
    )
    if loss > LOSS_RISK_PCT_PER_WEEK:
        return RiskReason(
            "N3",
            "risk",
            f"{trend}, faster than the 1 % a week that protects muscle. One option: eat about "
            f"{add:,} kcal more a day to slow it to about 0.7 %.",
        )
    return RiskReason(
        "N3",
        "watch",
        f"{trend}, above the 0.7 % a week that best keeps muscle. One option: eat about {add:,} "
        "kcal more a day.",
    )


def _low_protein(days: Sequence[DayFacts], basis_kg: float, in_deficit: bool) -> RiskReason | None:
    """N4: protein under 1.2 g/kg (1.6 in a deficit) on >= 3 of the last 4 logged days."""
    last4 = [d for d in days if d.logged][-4:]
    per_kg = LOW_PROTEIN_DEFICIT_G_PER_KG if in_deficit else LOW_PROTEIN_G_PER_KG
    line_g = per_kg * basis_kg
    low = [d for d in last4 if d.protein_g < line_g]
    if len(low) < 3:
        return None
    return RiskReason(
        "N4",
        "risk",
        f"Protein was under {line_g:.0f} g ({per_kg} g per kg) on {len(low)} of your last "
        f"{len(last4)} logged days. One option: add a 25 g protein serving, such as 250 g of "
        "Greek yogurt or a protein shake, to two meals a day.",
    )


def _bunched_protein(days: Sequence[DayFacts], basis_kg: float) -> RiskReason | None:
    """N5: fewer than 3 meals with >= 0.25 g/kg protein on >= 3 of the last 7 days."""
    bunched = [d for d in days[-7:] if d.logged and d.protein_meals < 3]
    if len(bunched) < 3:
        return None
    dose = PROTEIN_MEAL_G_PER_KG * basis_kg
    return RiskReason(
        "N5",
        "watch",
        f"On {len(bunched)} of the last 7 days fewer than 3 meals had {dose:.0f} g of protein or "
        f"more. One option: move some protein to breakfast, for example 3 eggs or 200 g of "
        "skyr, so more meals reach that amount.",
    )


def _below_plan(days: Sequence[DayFacts], goal_kcal_per_day: float) -> RiskReason | None:
    """N2: 7-day mean (intake - expenditure) below the goal's delta minus 250, >= 5 logged days."""
    logged = [d for d in days[-7:] if d.logged]
    if len(logged) < 5:
        return None
    balance = sum(d.intake_kcal - d.expenditure_kcal for d in logged) / len(logged)
    if balance >= goal_kcal_per_day - N2_SLACK_KCAL:
        return None
    add = _round_up(goal_kcal_per_day - balance)
    plan = "your goal plans to eat what you spend"
    if goal_kcal_per_day:
        plan = f"your goal plans {_more_or_less(goal_kcal_per_day)}"
    return RiskReason(
        "N2",
        "watch",
        f"Over your last {len(logged)} logged days you ate about {_more_or_less(balance)} than "
        f"your estimated expenditure; {plan}. One option: add about {add:,} kcal a day, "
        "for example a snack after runs.",
    )


def _more_or_less(kcal: float) -> str:
    return f"{abs(kcal):,.0f} kcal a day {'less' if kcal < 0 else 'more'}"


#: N9 reads the six days before today (with today, a week): all that `with_today` reads of them.
WEEK_BEFORE = 6


def _no_strength(days: Sequence[DayFacts], today: DayFacts, history_days: int) -> RiskReason | None:
    """N9: exercise but no resistance session in the last 7 days (needs 7 days of history)."""
    week = [*days[-WEEK_BEFORE:], today]
    if history_days < 7 or any(d.strength_sessions for d in week):
        return None
    if not any(d.exercise_kcal > 0 for d in week):
        return None
    return RiskReason(
        "N9",
        "watch",
        "No strength session logged in the last 7 days. One option: two short sessions a week "
        "(squats, lunges, push-ups, 20-30 min), ideally 3 hours or more away from hard runs.",
    )


def settled_reasons(
    *,
    days: Sequence[DayFacts],
    ffm_kg: float,
    ree_kcal: float,
    floor_kcal: float,
    protein_basis_kg: float,
    goal_kcal_per_day: float,
    trend_pct_per_week: float | None,
    trend_kg_per_week: float | None,
    trend_days: int,
    goal_warning: str | None,
) -> tuple[RiskReason, ...]:
    """N1-N6 and N8 (§9): what completed days (`days`, oldest first, ending yesterday) decide.

    N9 reads today too (`with_today`); N7 (recovery) needs the clock, so the scheduler applies
    it with `engine.recovery`.
    """
    reasons = (
        _low_ea(days, ffm_kg),
        _below_resting(days, ree_kcal, floor_kcal),
        _fast_loss(trend_pct_per_week, trend_kg_per_week, trend_days),
        RiskReason("N1", "watch", goal_warning) if goal_warning else None,
        _below_plan(days, goal_kcal_per_day),
        _low_protein(days, protein_basis_kg, in_deficit=goal_kcal_per_day < 0),
        _bunched_protein(days, protein_basis_kg),
    )
    return tuple(r for r in reasons if r is not None)


def with_today(
    settled: Sequence[RiskReason], days: Sequence[DayFacts], today: DayFacts, history_days: int
) -> Risk:
    """The day's risk: the settled reasons and N9, most urgent first."""
    no_strength = _no_strength(days, today, history_days)
    found = sorted(
        (*settled, *([no_strength] if no_strength else [])),
        key=lambda r: (-_LEVEL_RANK[r.level], _PRIORITY.index(r.code)),
    )
    level: RiskLevel = found[0].level if found else "ok"
    return Risk(level=level, reasons=tuple(found))
