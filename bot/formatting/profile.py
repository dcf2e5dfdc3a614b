"""The runner's profile as text: /profile, /reminders, taught foods, and the setup
questions (onboarding)."""

from __future__ import annotations

from bot.formatting.notices import goal_label
from bot.formatting.text import WEEKDAYS, escape, num
from engine.food import Food
from engine.profile import Profile
from engine.targets import goal_warning
from engine.units import clock as clock_text
from engine.units import (
    height,
    mass,
    per_body_mass,
)


def default_notes(profile: Profile, *, weight_default: bool) -> tuple[str | None, str | None]:
    """What a default stands in for, and how to set it: (weight note, time-zone note).

    The zone note shows while the zone is UTC, the default (a runner who lives on UTC can
    ignore it); the weight note while no weigh-in or profile weight exists.
    """
    weight = None
    if weight_default:
        example = "158 lb" if profile.units == "imperial" else "72.5 kg"
        weight = (f"a default, not yours: send your weight, e.g. <code>weight {example}</code>, "
                  "and every number follows it")
    zone = None
    if profile.tz == Profile.model_fields["tz"].default:
        zone = ("my default: your days end at midnight UTC. Elsewhere? Set yours, e.g. "
                "<code>/timezone Europe/Berlin</code>")
    return weight, zone


def profile_card(profile: Profile, weight_kg: float, *, weight_default: bool = False) -> str:
    u = profile.units
    weight_note, zone_note = default_notes(profile, weight_default=weight_default)
    tall = height(profile.height_cm, u) if profile.height_cm else "not set"
    protein = (f" · protein {per_body_mass(profile.protein_g_per_kg, u)}"
               if profile.protein_g_per_kg else "")
    example = "weight=160lb" if u == "imperial" else "weight=72kg"
    lines = [
        "<b>Your profile</b>",
        f"Sex: {profile.sex or 'not set'} · age: {profile.age or 'not set'} · height: {tall}",
        f"Weight used: {mass(weight_kg, u)}"
        + (f" ({weight_note})" if weight_note else "") + f" · units: {u}",
        f"Goal: {goal_label(profile.goal, u)}{protein} · daily living factor {profile.nef}",
        f"Time zone: {escape(profile.tz)}" + (f" ({zone_note})" if zone_note else "")
        + f" · summary at {clock_text(profile.summary_time, u)}",
        f"Recovery reminder {profile.recovery_delay_min} min after runs ≥ "
        f"{profile.recovery_min_run_min} min · reminders {'on' if profile.reminders else 'off'}",
        "",
        f"Change with e.g. <code>/profile age=35 {example} goal=lose-0.5</code>",
    ]
    return "\n".join(lines)


def profile_saved(profile: Profile, weight_kg: float, *, weight_default: bool = False) -> str:
    """The saved card; a goal faster than §7's rates is flagged once, at the choice (N1)."""
    warning = goal_warning(profile, weight_kg)
    note = f"\n⚠️ {escape(warning)}" if warning else ""
    return ("Saved. ✅\n" + profile_card(profile, weight_kg, weight_default=weight_default)
            + note)


def reminders_card(profile: Profile) -> str:
    quiet = "off"
    u = profile.units
    if profile.quiet_start and profile.quiet_end:
        quiet = f"{clock_text(profile.quiet_start, u)}-{clock_text(profile.quiet_end, u)}"
    return (f"Reminders are <b>{'on' if profile.reminders else 'off'}</b>. Recovery reminder "
            f"{profile.recovery_delay_min} min after a run · daily summary at "
            f"{clock_text(profile.summary_time, u)} · weekly summary on "
            f"{WEEKDAYS[profile.weekly_day]} · quiet hours {quiet}.\n"
            "Change: <code>/reminders off</code>, <code>/reminders recovery=45</code>, "
            "<code>/reminders summary=20:30</code>, <code>/reminders quiet=22:00-07:00</code>")


def food_taught(food: Food, units: str = "metric") -> str:
    """The /food confirmation: label values per 100 g (and what 100 g is in ounces)."""
    per = "per 100 g (3.5 oz)" if units == "imperial" else "per 100 g"
    return (f"Got it: <b>{escape(food.key)}</b> is {num(food.kcal)} kcal, "
            f"{food.protein_g:.0f} g protein, {food.carbs_g:.0f} g carbs, {food.fat_g:.0f} g fat "
            f"{per}. Log it by name from now on.")


# ---------------------------------------------------------------------------- onboarding

ONBOARDING_WELCOME = (
    "👋 I'm your running fuel coach: text me runs, meals and weigh-ins and I'll keep your "
    "energy and protein on track so you keep your muscle.\n"
    "A few quick questions first. Tap or type your answers; anything you log in between is "
    "logged as usual. Type skip to stop the questions."
)
ONBOARDING_DONE = (
    "OK. Text me a run or a meal whenever you like, e.g. <code>ran 5k in 27 min</code>. "
    "/profile changes anything later."
)
GOAL_QUESTION = (
    "Your goal: how fast to lose or gain each week? Marked for your weight: ⚠️ is faster than "
    "the target will plan (losing more than 1 % of body weight a week costs muscle, gaining "
    "more than 0.5 % is mostly fat); ℹ️ loses 0.7-1 % a week, more than best keeps muscle."
)


def goal_question(profile: Profile, weight_kg: float) -> str:
    """The onboarding goal question: weight goals need an adult age (science.md §10)."""
    if profile.age is None:
        return ("Your goal? Weight goals need your age (skip back with /start, or later "
                "<code>/profile age=34 goal=lose-0.5</code>); for now: maintain.")
    if profile.age < 18:
        return "Under 18 I don't set weight goals: growing runners eat for growth and training."
    return GOAL_QUESTION + f" (at {mass(weight_kg, profile.units)})"
SETUP_LEFT = (
    "OK, no more questions. Text me a run or a meal whenever you like, e.g. "
    "<code>ran 5k in 27 min</code>. /profile shows or changes your settings; /start asks "
    "again."
)
NOTHING_OPEN = "No questions are open, so there is nothing to stop. /help shows what I understand."


def setup_left(units: str) -> str:
    """SETUP_LEFT, its example run in the runner's units."""
    if units != "imperial":
        return SETUP_LEFT
    return SETUP_LEFT.replace("ran 5k in 27 min", "ran 3 miles in 27 min")


ZONE_QUESTION = (
    "What time is it where you are (e.g. 14:05)? Or type your city, or share your location. "
    "Days end at your midnight."
)
ZONE_PICK = "Which of these is you?"
ZONE_NOT_FOUND = "I couldn't place that. Type the time on your phone like 14:05, or a city."


def zone_question(units: str = "metric") -> str:
    """The setup's time-zone question, its example on the runner's clock."""
    return ZONE_QUESTION.replace("14:05", "2:05 PM") if units == "imperial" else ZONE_QUESTION


def zone_not_found(units: str = "metric") -> str:
    return ZONE_NOT_FOUND.replace("14:05", "2:05 PM") if units == "imperial" else ZONE_NOT_FOUND


def onboarding_done(profile: Profile, weight_kg: float, *, weight_default: bool = False) -> str:
    return ("All set. ✅\n" + profile_card(profile, weight_kg, weight_default=weight_default)
            + "\n\n" + ONBOARDING_DONE)
