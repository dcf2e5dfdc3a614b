"""What the coach says unasked or when asked: recovery reminders, answers to questions,
nudges and why they came, snack proposals, the weekly summary."""

from __future__ import annotations

from collections.abc import Sequence

from bot.formatting.day import day_block, trend_lines
from bot.formatting.notices import week_caption
from bot.formatting.text import DISCLAIMER, escape, num
from engine.answers import Answer
from engine.balance import DayBalance
from engine.events import (
    MealLogged,
)
from engine.explain import why_target
from engine.profile import Profile
from engine.recovery import RecoveryDose
from engine.replies import nudge_reason
from engine.units import (
    food_mass,
    in_system,
)

# ---------------------------------------------------------------------------- reminders


def recovery_reminder(dose: RecoveryDose, *, follow_up: bool = False,
                      units: str = "metric") -> str:
    example = in_system(dose.example, units)
    fast = f"\n⏱ {escape(in_system(dose.fast_refuel, units))}" if dose.fast_refuel else ""
    if follow_up:
        return (f"🥤 Still time to refuel: {dose.protein_g:.0f} g protein with "
                f"{dose.carbs_g:.0f} g carbs, e.g. {escape(example)}. Last reminder for "
                f"this run.{fast}")
    return (f"🥤 Recovery time: about {dose.protein_g:.0f} g protein with {dose.carbs_g:.0f} g "
            f"carbs now helps your muscles rebuild, e.g. {escape(example)}. "
            f"It comes out of today's budget, not on top.{fast}")


# ---------------------------------------------------------------------------- answers


def answer(reply: Answer, balance: DayBalance) -> str:
    """An answer to a question: the text, the day's standing if it asked about the day, and
    its basis, labelled general information (science.md §10)."""
    lines = [escape(reply.text)]
    if reply.standing:
        lines += ["", day_block(balance)]
    lines += ["", f"<i>Basis: {escape(reply.basis)}. General information, not medical "
                  "advice.</i>"]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- nudges

NOT_NOW = "OK, I won't bring that up again for a few days."


def nudge(text: str) -> str:
    return f"💬 {escape(text)}"


def why(balance: DayBalance, profile: Profile, code: str = "") -> str:
    """Why a nudge came, in plain words, then the numbers behind it (never its rule code)."""
    lines = [f"<b>Why I said this</b>\n{escape(nudge_reason(code))}", "",
             "<b>The numbers behind it</b>"]
    lines += trend_lines(balance, profile) or ["Not enough logged days for a trend yet."]
    lines.append(f"Today: protein {balance.protein_g:.0f}/{balance.protein_target_g:.0f} g, "
                 f"eaten {num(balance.intake_kcal)}"
                 + (f" of {num(balance.target_kcal)} kcal." if balance.has_energy_target
                    else " kcal."))
    if balance.energy_availability is not None and balance.has_energy_target:
        lines.append(in_system(f"Energy availability today: {balance.energy_availability:.0f} "
                               "kcal per kg of fat-free mass a day; below 30 for a week is low.",
                               profile.units))
    lines += [f"• {escape(in_system(r.text, profile.units))}" for r in balance.risk.reasons]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def why_this_target(balance: DayBalance, units: str = "metric") -> str:
    """The "Why this target?" answer: the arithmetic, one step a line (engine.explain)."""
    lines = ["<b>Why this target?</b>"]
    lines += [f"• {escape(line)}" for line in why_target(balance, units)]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def snack_proposal(meal: MealLogged, units: str = "metric") -> str:
    items = " + ".join(f"{food_mass(i.grams or 0, units)} {escape(i.food or i.text)}"
                       for i in meal.items)
    return (f"How about {items}: {num(meal.kcal)} kcal with {meal.protein_g:.0f} g protein? "
            "Tap to log it.")


def weekly(days: Sequence[DayBalance], nudges: int, followed: int) -> str:
    text = "📊 <b>Your week</b>\n" + week_caption(days)
    if nudges:
        text += f"\nNudges this week: {nudges}; the gap closed on {followed} of those days."
    return text
