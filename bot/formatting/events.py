"""One logged entry as lines of text: a run with its pace, a meal item by item, a weigh-in."""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

from bot.formatting.text import escape, hms, local_time, num, other_day
from engine.events import (
    ActivityLogged,
    Event,
    FoodItem,
    MealLogged,
    RunLogged,
    StrengthLogged,
    WeightLogged,
)
from engine.units import (
    climb,
    food_mass,
    mass,
    pace,
)
from engine.units import distance as distance_text


def describe_event(event: Event, tz: ZoneInfo, units: str = "metric",
                   today: date | None = None) -> list[str]:
    """What was understood, in a few lines a runner can check at a glance.

    An entry dated on another day than `today` ("yesterday: ...", an old watch file) says so.
    """
    if isinstance(event, RunLogged):
        return _run_lines(event, tz, units, today)
    return _entry_lines(event, units) + other_day(event, tz, units, today)


def _run_lines(event: RunLogged, tz: ZoneInfo, units: str, today: date | None) -> list[str]:
    estimated = set(event.estimated)
    bits = [f"🏃 <b>Run</b> {distance_text(event.distance_m, units)}"
            + (" (estimated)" if "distance_km" in estimated else ""),
            f"in {hms(event.duration_s)}"
            + (" (estimated)" if "duration_min" in estimated else ""),
            f"({pace(event.distance_m, event.duration_s, units)})"]
    if event.elevation_gain_m:
        bits.append(f"+{climb(event.elevation_gain_m, units)}")
    line = " ".join(bits)
    if event.tags:
        line += " · " + ", ".join(escape(t) for t in event.tags)
    lines = [line, f"   ~{num(event.energy_kcal)} kcal burned above resting (estimate)"
             f" · {local_time(event.at, tz, units, today)}"]
    lines += _device_lines(event)
    return lines


def _entry_lines(event: Event, units: str) -> list[str]:
    if isinstance(event, StrengthLogged):
        tags = f" · {', '.join(escape(t) for t in event.tags)}" if event.tags else ""
        return [f"🏋️ <b>Strength</b> {hms(event.duration_s)}{_guessed(event)}{tags}",
                f"   ~{num(event.energy_kcal)} kcal above resting (estimate)"]
    if isinstance(event, ActivityLogged):
        dist = f" {distance_text(event.distance_m, units)}" if event.distance_m else ""
        name = escape(event.activity.capitalize())
        lines = [f"{activity_icon(event)} <b>{name}</b>{dist} {hms(event.duration_s)}"
                 f"{_guessed(event)}",
                 f"   ~{num(event.energy_kcal)} kcal above resting (estimate)"]
        lines += _device_lines(event)
        return lines
    if isinstance(event, WeightLogged):
        return [f"⚖️ <b>Weight</b> {mass(event.mass_kg, units)}"]
    assert isinstance(event, MealLogged)
    return _meal_lines(event, units)


def _guessed(event: StrengthLogged | ActivityLogged) -> str:
    """A session's time the runner never gave ("golf this morning": 30 min) says so, as a
    run's does, so it can be corrected."""
    return " (estimated)" if "duration_min" in event.estimated else ""


#: An icon per activity (engine/activities.py keys); a walking figure for the rest.
ACTIVITY_ICONS = {"walk": "🚶", "hike": "🥾", "cycle": "🚴", "spin": "🚴", "swim": "🏊",
                  "row": "🚣", "ski": "⛷️", "skate": "⛸️", "yoga": "🧘", "pilates": "🧘",
                  "tennis": "🎾", "football": "⚽", "basketball": "🏀", "climb": "🧗",
                  "dance": "💃", "squash": "🎾", "padel": "🎾", "badminton": "🏸",
                  "rugby": "🏉", "hockey": "🏑", "volleyball": "🏐", "boxing": "🥊",
                  "golf": "⛳", "kayak": "🛶", "aqua jog": "🏊", "surf": "🏄",
                  "paddleboard": "🏄", "racewalk": "🚶"}


def activity_icon(event: ActivityLogged) -> str:
    return ACTIVITY_ICONS.get(event.activity, "🚶")


def _device_lines(event: RunLogged | ActivityLogged) -> list[str]:
    if event.device_kcal is None:
        return []
    note = device_kcal_note(event)
    return [f"   ⌚ your device says {num(event.device_kcal)} kcal" + (f": {escape(note)}"
                                                                     if note else "")]


def device_kcal_note(event: RunLogged | ActivityLogged) -> str | None:
    """One line on why the device's calories differ from ours, or None if it gave none.

    Only the reason: callers show both figures beside it ("your device says 516 kcal: ...").
    """
    if event.device_kcal is None:
        return None
    device, ours = event.device_kcal, event.energy_kcal
    if abs(device - ours) <= max(10.0, 0.05 * device):
        return (
            "close to my figure, though the watch counts everything burned in those minutes "
            "(gross) and I count only the extra above resting (net)."
        )
    if device > ours:
        return (
            "the watch counts everything you burned in those minutes (gross); I count only the "
            "extra above what your body burns anyway (net), since that part is already in your "
            "day's budget."
        )
    return (
        "the watch counts everything burned in those minutes (gross) but by its own model, "
        "often from heart rate; mine counts only the extra above resting (net), from pace and "
        "climb, and still comes out higher."
    )


def _meal_lines(meal: MealLogged, units: str) -> list[str]:
    title = (meal.meal or "meal").capitalize()
    kcal, protein, carbs, fat = meal.totals
    lines = [f"🍽 <b>{title}</b> {num(kcal)} kcal · {protein:.0f} g protein · "
             f"{carbs:.0f} g carbs · {fat:.0f} g fat"]
    lines += [_item_line(item, units) for item in meal.items]
    return lines


#: Units written the same for any amount ("2 g", "2 tbsp"); others take an s ("2 slices").
_INVARIANT_UNITS = frozenset({"g", "kg", "mg", "ml", "l", "cl", "dl", "oz", "fl oz", "lb", "tbsp",
                              "tsp", "small", "medium", "large", "extra large", "dry g"})


def _unit_plural(unit: str, quantity: float) -> str:
    if quantity == 1 or unit in _INVARIANT_UNITS or unit.endswith("s"):
        return unit
    return unit + ("es" if unit.endswith(("ch", "sh", "x")) else "s")


#: "2 slices of", "a", "half a", "300g" in front of a food name.
_AMOUNT = re.compile(
    r"^(?:[\d½¼¾⅓⅔.,/]+\s*[a-z]*\s+(?:of\s+)?|(?:an?|some|half(?:\s+an?)?)\s+)+", re.IGNORECASE)


def food_name(text: str) -> str:
    """The food in an item's text: '2 slices of flurbo pie' -> 'flurbo pie'."""
    return _AMOUNT.sub("", text).strip()[:40] or text[:40]


def _item_line(item: FoodItem, units: str) -> str:
    if not item.resolved:
        hint = ""
        if item.suggestions:
            options = " / ".join(f"<i>{escape(s)}</i>" for s in item.suggestions)
            hint = f" Did you mean {options}?"
        per = "per serving" if units == "imperial" else "per 100g"  # as the label says
        return (f"   ❓ <i>{escape(item.text)}</i>: I don't know this food, so it's not counted."
                f"{hint} Or teach me once, e.g. <code>/food {escape(food_name(item.text))} "
                f"250 kcal 10p 30c 8f {per}</code>, and send it again.")
    name = escape(item.food or item.text)
    amount = ""
    if item.quantity is not None and item.unit:
        amount = f"{item.quantity:g} {escape(_unit_plural(item.unit, item.quantity))} "
    elif item.quantity is not None and item.quantity != 1:
        amount = f"{item.quantity:g} × "
    weighed = item.unit in ({"oz", "lb"} if units == "imperial" else {"g", "kg", "mg"})
    grams = f" ({food_mass(item.grams, units)})" if item.grams and not weighed else ""
    stated = " (your numbers)" if item.source == "stated" else ""
    return (f"   • {amount}{name}{grams}: {num(item.kcal or 0)} kcal, "
            f"{item.protein_g or 0:.0f} g protein{stated}")
