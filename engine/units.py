"""Quantities in the runner's own units: the one home of every conversion factor.

A runner picks metric or imperial once (`Profile.units`) and every number the coach shows is
written in it: body weight (kg | lb), distance (km | mi), climb (m | ft), height (cm | 5'6"),
food weight (g | oz), volume (ml | fl oz), rates of weight change, protein per body mass and
the clock (24 h | 12 h, as US English writes it). Macronutrients stay in grams in both systems,
as on US and EU food labels. The engine computes in SI units; only text goes through here.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Literal

System = Literal["metric", "imperial"]

# Exact by definition (science.md constants table; international yard and pound, 1959).
KG_PER_LB = 0.45359237
G_PER_LB = KG_PER_LB * 1000
KG_PER_STONE = 14 * KG_PER_LB
G_PER_OZ = G_PER_LB / 16
KM_PER_MILE = 1.609344
M_PER_FOOT = 0.3048
CM_PER_INCH = 2.54
#: US customary fluid ounce (the one on US labels), 1/128 of a US gallon of 3.785411784 l.
ML_PER_FL_OZ = 29.5735295625


def imperial(system: str) -> bool:
    return system == "imperial"


def mass_unit(system: str) -> str:
    """The body-weight unit: 'kg' or 'lb'."""
    return "lb" if imperial(system) else "kg"


def mass_value(kg: float, system: str) -> float:
    """A body weight as a number in the runner's unit (charts, ranges)."""
    return kg / KG_PER_LB if imperial(system) else kg


def kg_of(value: float, unit: str) -> float:
    """A typed body weight in kg: a unit starting 'lb' or 'pound' is pounds, any other kg."""
    return value * KG_PER_LB if unit.startswith(("lb", "pound")) else value


def lb_to_kg(lb: float) -> float:
    return lb * KG_PER_LB


def per_mass_unit(per_kg: float, system: str) -> float:
    """An amount per kg of body weight, per the runner's mass unit (per lb when imperial)."""
    return per_kg * KG_PER_LB if imperial(system) else per_kg


def mass(kg: float, system: str, *, digits: int = 1) -> str:
    """'72.5 kg' or '159.8 lb'."""
    return f"{mass_value(kg, system):.{digits}f} {mass_unit(system)}"


def mass_range(low_kg: float, high_kg: float, system: str) -> str:
    """A range of body weights, rounded outwards: '30-250 kg' or '66-552 lb'."""
    return (f"{mass_value(low_kg, system):.0f}-{mass_value(high_kg, system):.0f} "
            f"{mass_unit(system)}")


def distance_unit(system: str) -> str:
    return "mi" if imperial(system) else "km"


def distance_value(m: float, system: str) -> float:
    return m / 1000 / KM_PER_MILE if imperial(system) else m / 1000


def distance(m: float, system: str) -> str:
    """'10 km', '5.25 km' or '6.21 mi'."""
    text = f"{distance_value(m, system):.2f}".removesuffix(".00")
    return f"{text} {distance_unit(system)}"


def short_distance(m: float, system: str) -> str:
    """A distance typed loosely, shown as typed: '32.2 km', '20 mi' (refusals)."""
    return f"{distance_value(m, system):,.1f}".removesuffix(".0") + f" {distance_unit(system)}"


def speed(m_per_s: float, system: str) -> str:
    """'43 km/h' or '27 mph'."""
    per_hour = distance_value(m_per_s * 3600, system)
    return f"{per_hour:.0f} {'mph' if imperial(system) else 'km/h'}"


def pace(m: float, s: float, system: str) -> str:
    """Time per km or per mile: '5:12 /km', '8:22 /mi'; '' without a distance."""
    if m <= 0:
        return ""
    per = KM_PER_MILE * 1000 if imperial(system) else 1000
    total = round(s / m * per)
    h, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = f"{h}:{minutes:02d}:{seconds:02d}" if h else f"{minutes}:{seconds:02d}"
    return f"{clock} /{distance_unit(system)}"


def climb(m: float, system: str) -> str:
    """Elevation: '120 m' or '394 ft'."""
    return f"{m / M_PER_FOOT:,.0f} ft" if imperial(system) else f"{m:,.0f} m"


def height(cm: float, system: str) -> str:
    """'168 cm' or 5'6\"."""
    if not imperial(system):
        return f"{cm:.0f} cm"
    inches = round(cm / CM_PER_INCH)
    return f"{inches // 12}'{inches % 12}\""


def food_mass(g: float, system: str) -> str:
    """A food's weight: '170 g' or '6 oz' (to the half ounce under 4 oz)."""
    if not imperial(system):
        return f"{g:.0f} g"
    oz = g / G_PER_OZ
    step = 0.5 if oz < 4 else 1.0
    return f"{max(step, round(oz / step) * step):g} oz"


def volume(ml: float, system: str) -> str:
    """A drink: '600 ml' or '20 fl oz'."""
    if not imperial(system):
        return f"{ml:.0f} ml"
    return f"{max(1, round(ml / ML_PER_FL_OZ)):.0f} fl oz"


def per_week(kg: float, system: str, *, signed: bool = False) -> str:
    """A rate of weight change: '0.45 kg per week', '+1.0 lb per week'."""
    value = mass_value(kg, system)
    sign = "+" if signed else ""
    digits = 1 if imperial(system) else 2
    return f"{value:{sign}.{digits}f} {mass_unit(system)} per week"


def weekly_amount(lb_per_week: float, system: str) -> str:
    """A rate from the lb/week goal list, unsigned: '0.5 lb' or the same in kg, '0.23 kg'."""
    if imperial(system):
        return f"{abs(lb_per_week):g} lb"
    return f"{abs(lb_per_week) * KG_PER_LB:.2g} kg"


def goal_rate(lb_per_week: float, system: str) -> str:
    """A goal from the lb/week list (science.md §7): 'lose 0.5 lb per week', 'lose 0.23 kg per
    week' (the same rate in kg), or 'maintain weight'."""
    if lb_per_week == 0:
        return "maintain weight"
    return f"{'lose' if lb_per_week < 0 else 'gain'} {weekly_amount(lb_per_week, system)} per week"


def per_body_mass(g_per_kg: float, system: str) -> str:
    """Grams of protein per unit of body weight: '1.6 g per kg' or '0.73 g per lb'."""
    if imperial(system):
        return f"{per_mass_unit(g_per_kg, system):.2f} g per lb"
    return f"{g_per_kg:.1f} g per kg"


def clock(at: time, system: str) -> str:
    """A time of day: '21:00' (24 h) or '9:00 PM' (12 h, as US English writes it)."""
    if not imperial(system):
        return f"{at:%H:%M}"
    hour = at.hour % 12 or 12
    return f"{hour}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"


# ------------------------------------------------------------------ text written in SI units

_NUMBER = r"(\d+(?:\.\d+)?)"
#: Quantities in advice the engine writes in SI units (risk reasons, the recovery example).
#: "g of protein" and the other macronutrients stay in grams, as on food labels.
_SI_PHRASES = (
    (re.compile(rf"([+-]?){_NUMBER} kg (a|per) week"),
     lambda m, s: per_week(float(m[1] + m[2]), s, signed=bool(m[1])).replace(
         "per week", f"{m[3]} week")),
    (re.compile(rf"{_NUMBER} kcal per kg of (lean|fat-free) mass a day; below {_NUMBER}"),
     lambda m, s: f"{float(m[1]) * KG_PER_LB:.0f} kcal per lb of {m[2]} mass a day; below "
                  f"{float(m[3]) * KG_PER_LB:.0f}"),
    (re.compile(rf"{_NUMBER} g per kg\b"), lambda m, s: per_body_mass(float(m[1]), s)),
    (re.compile(rf"{_NUMBER} ml\b"), lambda m, s: volume(float(m[1]), s)),
    (re.compile(rf"{_NUMBER} g (pot|of (?!protein|carb|fat))"),
     lambda m, s: f"{food_mass(float(m[1]), s)} {m[2]}"),
    (re.compile(rf"{_NUMBER} kg\b"), lambda m, s: mass(float(m[1]), s)),
    (re.compile(rf"{_NUMBER} km/h\b"), lambda m, s: speed(float(m[1]) / 3.6, s)),
    (re.compile(rf"{_NUMBER} km\b"), lambda m, s: short_distance(float(m[1]) * 1000, s)),
)


def in_system(text: str, system: str) -> str:
    """Advice the engine wrote in SI units, with its quantities in the runner's system."""
    if not imperial(system):
        return text
    for pattern, convert in _SI_PHRASES:
        text = pattern.sub(lambda m, c=convert: c(m, system), text)  # type: ignore[misc]
    return text
