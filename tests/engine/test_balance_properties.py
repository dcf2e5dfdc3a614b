"""Properties of the day balance that must hold for any day (hypothesis, kept quick)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.balance import (
    TREND_KEEP,
    DayBalance,
    History,
    Ledger,
    balance_of,
    day_balance,
    weight_trend,
)
from engine.days import local_day
from engine.energy import baseline_kcal_per_min, net_kcal, run_gross_kcal
from engine.events import Event, RunLogged, StrengthLogged, WeightLogged
from engine.profile import Profile
from tests.engine.test_balance import DAY, TZ, a_meal, a_profile, at, balance

QUICK = settings(max_examples=60, deadline=None)

meal_kcal = st.floats(0, 1500)
meals = st.lists(st.tuples(st.integers(0, 23), meal_kcal), max_size=6)


def a_run_for(profile: Profile, weight_kg: float, km: float, pace_min_per_km: float) -> RunLogged:
    """A run whose net energy is computed the way the parser does (engine.energy)."""
    duration_s = km * pace_min_per_km * 60
    gross = run_gross_kcal(distance_m=km * 1000, duration_s=duration_s, mass_kg=weight_kg)
    energy = net_kcal(gross, duration_s, baseline_kcal_per_min(profile, weight_kg))
    return RunLogged(at=at(DAY, 7), distance_m=km * 1000, duration_s=duration_s, energy_kcal=energy)


def day_of(pairs: list[tuple[int, float]]) -> list[Event]:
    return [a_meal(DAY, hour, kcal=kcal) for hour, kcal in pairs]


@QUICK
@given(pairs=meals, extra=meal_kcal, hour=st.integers(0, 23), with_run=st.booleans())
def test_more_food_never_lowers_the_balance(
    pairs: list[tuple[int, float]], extra: float, hour: int, with_run: bool
) -> None:
    """One more meal never lowers today's balance, and never moves the 7-day balance.

    science.md §9 rev 2: rolling figures use finished days only; today is shown apart.
    """
    profile = a_profile()
    base = day_of(pairs) + ([a_run_for(profile, 70, 10, 5)] if with_run else [])
    before = balance(base, profile=profile)
    after = balance([*base, a_meal(DAY, hour, kcal=extra)], profile=profile)
    assert after.balance_kcal >= before.balance_kcal
    assert after.rolling7 == before.rolling7
    assert after.target_kcal == before.target_kcal


@QUICK
@given(
    km=st.floats(0.5, 42),
    more_km=st.floats(0, 20),
    pace=st.floats(3, 10),
    kg=st.floats(40, 130),
)
def test_a_longer_run_never_lowers_expenditure(
    km: float, more_km: float, pace: float, kg: float
) -> None:
    """Running further at the same pace never lowers the day's expenditure or target."""
    profile = a_profile(weight_kg=kg)
    short = balance([a_run_for(profile, kg, km, pace)], profile=profile)
    long = balance([a_run_for(profile, kg, km + more_km, pace)], profile=profile)
    assert long.expenditure_kcal >= short.expenditure_kcal
    assert long.target_kcal >= short.target_kcal


@QUICK
@given(
    km=st.floats(1, 42),
    pace=st.floats(3, 10),
    kg=st.floats(40, 120),
    heavier_by=st.floats(0.5, 30),
)
def test_a_heavier_runner_spends_more_on_the_same_run(
    km: float, pace: float, kg: float, heavier_by: float
) -> None:
    """Same run, more body weight: more exercise energy and more expenditure that day."""
    light_profile = a_profile(weight_kg=kg)
    heavy_profile = a_profile(weight_kg=kg + heavier_by)
    light = balance([a_run_for(light_profile, kg, km, pace)], profile=light_profile)
    heavy = balance([a_run_for(heavy_profile, kg + heavier_by, km, pace)], profile=heavy_profile)
    assert heavy.exercise_kcal > light.exercise_kcal
    assert heavy.expenditure_kcal > light.expenditure_kcal


def _same_balance(grown: DayBalance, fresh: DayBalance) -> None:
    """Equal up to float rounding (a grown trend sums a day's weigh-ins in arrival order)."""
    for f in dataclasses.fields(DayBalance):
        a, b = getattr(grown, f.name), getattr(fresh, f.name)
        if isinstance(a, float):
            assert a == pytest.approx(b, rel=1e-9, abs=1e-9), f.name
        elif f.name != "adaptive":
            assert a == b, f.name
    if fresh.adaptive is not None:
        assert grown.adaptive is not None
        assert grown.adaptive.tdee_kcal_per_day == pytest.approx(fresh.adaptive.tdee_kcal_per_day)


entries = st.lists(
    st.tuples(
        st.integers(0, 100),  # days before DAY
        st.integers(0, 23),  # hour
        st.sampled_from(["meal", "run", "strength", "weight", "weight"]),
        st.floats(0, 1200),  # kcal or grams of protein per 10, or kg for weights
    ),
    max_size=80,
)


@QUICK
@given(entries=entries, profile_kg=st.floats(45, 110))
def test_a_grown_ledger_and_trend_give_the_same_balance(
    entries: list[tuple[int, int, str, float]], profile_kg: float
) -> None:
    """What the coach keeps between messages: events added one at a time in arrival order
    (earlier weigh-ins force a rebuild, as in the coach), the trend trimmed to what the next
    weeks read. Every figure equals the balance computed from all events at once."""
    events: list[Event] = []
    for back, hour, kind, x in entries:
        day = DAY - timedelta(days=back)
        if kind == "meal":
            events.append(a_meal(day, hour, kcal=x, protein_g=x / 10))
        elif kind == "run":
            events.append(RunLogged(at=at(day, hour), distance_m=5_000, duration_s=1_800,
                                    energy_kcal=x / 2))
        elif kind == "strength":
            events.append(StrengthLogged(at=at(day, hour), duration_s=2_400, energy_kcal=x / 5))
        else:
            events.append(WeightLogged(at=at(day, hour), mass_kg=50 + x / 30))
    profile = a_profile(weight_kg=profile_kg)
    ledger = Ledger(TZ)
    trend = weight_trend([], TZ, DAY)
    weights: list[WeightLogged] = []
    for n, event in enumerate(events):
        ledger.add(event)
        if isinstance(event, WeightLogged):
            weights.append(event)
            if not trend.add(local_day(event.at, TZ), event.mass_kg):
                trend = weight_trend(weights, TZ, DAY)
        # As each message's reply: the ledger reuses what it settled unless that changed.
        fresh = day_balance(History(events=[e for e in events[: n + 1]
                                            if not isinstance(e, WeightLogged)],
                                    weights=weights), profile, DAY, TZ)
        _same_balance(balance_of(ledger, trend, profile, DAY), fresh)
    for later in (0, 3, 30):
        day = DAY + timedelta(days=later)
        trimmed = trend.since(DAY - TREND_KEEP)
        fresh = day_balance(History(events=[e for e in events if not isinstance(e, WeightLogged)],
                                    weights=weights), profile, day, TZ)
        _same_balance(balance_of(ledger, trimmed, profile, day), fresh)
