"""Energy of exercise and rest, as pure functions over units.

All exercise figures are *net*: the energy a session costs above what the body would have
spent anyway in those minutes (science.md §2), so resting energy is never counted twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from engine.profile import DEFAULT_WEIGHT_KG, Profile

KCAL_PER_LITRE_O2 = 5.0  # science.md constants table, ACSM teaching value
RESTING_VO2 = 3.5  # mL O2/kg/min = 1 MET (science.md constants table)
#: Outdoor level running ~ treadmill at 1 % above this speed (science.md §3.4, Jones & Doust 1996).
OUTDOOR_GRADE_SPEED_M_PER_MIN = 13.5 * 1000 / 60
WALK_RUN_SPEED_M_PER_MIN = 100.0  # science.md §3.1: walking equation valid 50-100 m/min
KCAL_PER_KG = 7700.0  # science.md constants table and §8: 3,500 kcal/lb ~ 7,700 kcal/kg
#: science.md §3.5 (rev 2): a run costs 0.9 x the ACSM net figure, the centre of the
#: independent estimates (Minetti 0.81, Compendium ~0.88, Margaria and ACSM 1.0 kcal/kg/km).
RUN_COST_FACTOR = 0.9
#: science.md §3.4: Minetti 2002's cost of running on a gradient, J/kg/m, valid -0.45..+0.45.
MINETTI_COEFFICIENTS = (155.4, -30.4, -43.3, 46.3, 19.5, 3.6)
MAX_GRADE = 0.45
#: science.md §3.4 [J]: GPS elevation is averaged over >= 50 m before grades are taken.
SEGMENT_M = 50.0
#: science.md §7 (energy availability): without a body-fat %, FFM ~ f x W up to the weight of
#: BMI 25 (f = 0.85 men / 0.75 women / 0.80 unspecified), plus a quarter of any weight above it
#: (rev 2; Forbes' rule of thumb [U]).
FFM_FRACTION = {"male": 0.85, "female": 0.75}
FFM_FRACTION_UNKNOWN = 0.80
FFM_REFERENCE_BMI = 25.0
FFM_FRACTION_OF_EXCESS = 0.25


def mifflin_st_jeor(
    *, sex: str | None, weight_kg: float, height_cm: float, age: float
) -> float:
    """Resting energy in kcal/day (science.md §1); no sex given uses the mean constant -78."""
    constant = {"male": 5.0, "female": -161.0}.get(sex or "", -78.0)
    return 10 * weight_kg + 6.25 * height_cm - 5 * age + constant


def resting_kcal_per_day(
    profile: Profile, weight_kg: float | None = None, *, on: date | None = None
) -> float:
    """Mifflin-St Jeor with population defaults for what the profile does not say.

    `on` lets a profile that gives only a birth year be aged on that day (no clock reads).
    """
    age = profile.age_on(on) if on is not None else profile.age
    return mifflin_st_jeor(
        sex=profile.sex,
        weight_kg=weight_kg or profile.weight_kg or DEFAULT_WEIGHT_KG,
        height_cm=default_height_cm(profile),
        age=age or 35,
    )


def baseline_kcal_per_min(profile: Profile, weight_kg: float | None = None) -> float:
    """Energy the body spends anyway per minute: REE x NEF / 1440 (science.md §2)."""
    return resting_kcal_per_day(profile, weight_kg) * profile.nef / 1440


def one_met_kcal_per_min(mass_kg: float) -> float:
    """1 MET ~ 1 kcal/kg/h: the baseline to subtract when no profile is known."""
    return mass_kg / 60


def run_gross_kcal(
    *,
    distance_m: float,
    duration_s: float,
    mass_kg: float,
    treadmill_grade: float | None = None,
) -> float:
    """ACSM metabolic equation (science.md §3.1) on the level, walking equation below jogging.

    A treadmill's incline is a true constant grade (ACSM's grade term); outdoors the 1 % grade
    above ~13.5 km/h is an air-resistance allowance (§3.4). Climbs are `run_net_kcal`'s part.
    """
    if distance_m <= 0 or duration_s <= 0:
        return 0.0
    minutes = duration_s / 60
    speed = distance_m / minutes  # m/min
    if treadmill_grade is not None:
        grade = treadmill_grade
    else:
        grade = 0.01 if speed > OUTDOOR_GRADE_SPEED_M_PER_MIN else 0.0
    if speed < WALK_RUN_SPEED_M_PER_MIN * 0.8:
        vo2 = 0.1 * speed + 1.8 * speed * grade + RESTING_VO2
    else:
        vo2 = 0.2 * speed + 0.9 * speed * grade + RESTING_VO2
    return vo2 * mass_kg / 1000 * KCAL_PER_LITRE_O2 * minutes


def minetti_cost(grade: float) -> float:
    """Cr(i), the net cost of running at gradient i in J/kg/m (Minetti 2002, §3.4)."""
    i = max(-MAX_GRADE, min(MAX_GRADE, grade))
    cost = 0.0
    for c in MINETTI_COEFFICIENTS:
        cost = cost * i + c
    return cost


def climb_factor(elevation_gain_m: float | None, distance_m: float) -> float:
    """A loop with this climb against the flat: (Cr(g) + Cr(-g)) / (2 Cr(0)) (§3.4 rev 2).

    The descent of a text message's climb is unknown and most runs end where they start: half
    the distance up at g = climb / (distance / 2), half down at -g, g clamped to 0.45. It is
    never below 1, so a run with 10 m of climbing never costs less than the flat one.
    """
    if not elevation_gain_m or distance_m <= 0:
        return 1.0
    g = min(MAX_GRADE, elevation_gain_m / (distance_m / 2))
    return max(1.0, (minetti_cost(g) + minetti_cost(-g)) / (2 * minetti_cost(0.0)))


def route_climb_factor(points: Sequence[tuple[float, float]]) -> float | None:
    """A recorded route's cost against the flat, segment by segment (§3.4 rev 2, GPS files).

    `points` are (cumulative distance m, altitude m) in order. Altitudes are averaged over
    50 m bins, so GPS noise does not inflate the cost; each step between bins costs
    Cr(grade) x its length, and the factor is their sum over Cr(0) x the total length.
    None when the route spans fewer than two bins.
    """
    bins: dict[int, list[float]] = {}
    for distance, altitude in points:
        bins.setdefault(int(distance // SEGMENT_M), []).append(altitude)
    if len(bins) < 2:
        return None
    centres = [(k * SEGMENT_M, sum(v) / len(v)) for k, v in sorted(bins.items())]
    cost = length = 0.0
    for (x1, y1), (x2, y2) in pairwise(centres):
        step = x2 - x1
        cost += minetti_cost((y2 - y1) / step) * step
        length += step
    return cost / (minetti_cost(0.0) * length)


def run_net_kcal(
    *,
    distance_m: float,
    duration_s: float,
    mass_kg: float,
    baseline_per_min: float,
    elevation_gain_m: float | None = None,
    treadmill_grade: float | None = None,
    route_factor: float | None = None,
) -> float:
    """A run's net energy (science.md §3.4-3.5 rev 2): 0.9 x ACSM net on the level (with the
    outdoor grade), scaled outdoors by the recorded route's factor when a file has one, else
    by a loop with the stated climb; on a treadmill the incline is ACSM's grade term instead."""
    gross = run_gross_kcal(distance_m=distance_m, duration_s=duration_s, mass_kg=mass_kg,
                           treadmill_grade=treadmill_grade)
    net = net_kcal(gross, duration_s, baseline_per_min)
    if treadmill_grade is None:
        net *= route_factor if route_factor is not None else climb_factor(elevation_gain_m,
                                                                          distance_m)
    return RUN_COST_FACTOR * net


def net_kcal(gross_kcal: float, duration_s: float, baseline_per_min: float) -> float:
    """Gross minus the displaced baseline, never below zero (science.md §2)."""
    return max(0.0, gross_kcal - baseline_per_min * duration_s / 60)


def met_gross_kcal(met: float, mass_kg: float, duration_s: float) -> float:
    """Compendium: gross kcal = MET x kg x hours (science.md §3.3)."""
    return met * mass_kg * duration_s / 3600


def default_height_cm(profile: Profile) -> float:
    """The stated height, else a population mean (178 cm, 165 cm for women), as §1 does."""
    return profile.height_cm or (178.0 if profile.sex != "female" else 165.0)


def fat_free_mass_kg(profile: Profile, weight_kg: float) -> tuple[float, bool]:
    """Fat-free mass and whether it was measured (a body-fat %) rather than estimated (§7 EA).

    The estimate is BMI-aware (rev 2): `f x min(W, W_ref) + 0.25 x max(0, W - W_ref)` with
    W_ref the weight at BMI 25. The old `W x 0.85` gave a 100 kg man 85 kg of FFM, putting his
    floor at his maintenance. Energy availability built on an estimate is low-confidence.
    """
    if profile.body_fat_pct is not None:
        return weight_kg * (1 - profile.body_fat_pct / 100), True
    w_ref = FFM_REFERENCE_BMI * (default_height_cm(profile) / 100) ** 2
    fraction = FFM_FRACTION.get(profile.sex or "", FFM_FRACTION_UNKNOWN)
    lean = fraction * min(weight_kg, w_ref) + FFM_FRACTION_OF_EXCESS * max(0.0, weight_kg - w_ref)
    return lean, False
