"""Energy formulas against the worked examples of science.md (§1, §3.5, §7)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.energy import (
    baseline_kcal_per_min,
    climb_factor,
    fat_free_mass_kg,
    mifflin_st_jeor,
    minetti_cost,
    net_kcal,
    resting_kcal_per_day,
    route_climb_factor,
    run_gross_kcal,
    run_net_kcal,
)
from engine.events import RunLogged
from engine.food import FoodTable
from engine.parsing import ParseContext, parse_message
from engine.profile import Profile


def a_profile(**overrides: object) -> Profile:
    fields: dict[str, object] = {"sex": "male", "age": 30, "height_cm": 175.0, "weight_kg": 70.0}
    fields.update(overrides)
    return Profile.model_validate(fields)


class TestRestingEnergy:
    def test_mifflin_matches_the_worked_example(self) -> None:
        """Male, 30 y, 70 kg, 175 cm rests at about 1,649 kcal a day (§1, §3.5).

        §1 prints 175.3 cm next to 1,649; that height gives 1,651, so the test uses §3.5's 175 cm.
        """
        assert mifflin_st_jeor(sex="male", weight_kg=70, height_cm=175, age=30) == pytest.approx(
            1649, abs=1
        )

    def test_no_sex_given_uses_the_mean_constant(self) -> None:
        """Without a sex the formula sits halfway between the male and female constants (§1)."""
        kw = {"weight_kg": 70.0, "height_cm": 175.0, "age": 30.0}
        male = mifflin_st_jeor(sex="male", **kw)
        female = mifflin_st_jeor(sex="female", **kw)
        assert mifflin_st_jeor(sex=None, **kw) == pytest.approx((male + female) / 2, abs=0.5)

    def test_a_birth_year_gives_the_age_on_the_day(self) -> None:
        """A runner born in 1996 is treated as 30 in 2026."""
        by_year = a_profile(age=None, birth_year=1996)
        assert resting_kcal_per_day(by_year, on=date(2026, 5, 1)) == resting_kcal_per_day(
            a_profile(age=30)
        )


class TestRunEnergy:
    def test_ten_km_in_fifty_minutes_costs_761_kcal_gross_for_70_kg(self) -> None:
        """ACSM at 200 m/min: 43.5 mL/kg/min x 70 kg x 50 min x 5 kcal/L = 761 kcal (§3.5)."""
        gross = run_gross_kcal(distance_m=10_000, duration_s=3000, mass_kg=70)
        assert gross == pytest.approx(761.25)

    def test_net_energy_subtracts_the_displaced_baseline(self) -> None:
        """At NEF 1.4 the 50 minutes would have cost about 80 kcal anyway (§3.5)."""
        baseline = baseline_kcal_per_min(a_profile(), 70)
        assert baseline * 50 == pytest.approx(80, abs=0.5)
        assert net_kcal(761.25, 3000, baseline) == pytest.approx(681, abs=1)

    def test_net_energy_is_never_negative(self) -> None:
        """A stroll slower than the baseline does not subtract from the day."""
        assert net_kcal(10, 3600, 2.0) == 0.0

    @settings(max_examples=100, deadline=None)
    @given(
        km=st.floats(1, 42),
        pace_min_per_km=st.floats(3, 9),
        mass=st.floats(40, 120),
        extra=st.floats(0.1, 20),
    )
    def test_a_heavier_runner_spends_more_on_the_same_run(
        self, km: float, pace_min_per_km: float, mass: float, extra: float
    ) -> None:
        """Same distance and time, more body weight: more net energy."""
        profile = a_profile()

        def net(kg: float) -> float:
            gross = run_gross_kcal(
                distance_m=km * 1000, duration_s=km * pace_min_per_km * 60, mass_kg=kg
            )
            return net_kcal(gross, km * pace_min_per_km * 60, baseline_kcal_per_min(profile, kg))

        assert net(mass + extra) > net(mass)


class TestFatFreeMass:
    def test_a_known_body_fat_gives_the_worked_example(self) -> None:
        """60 kg at 22 % fat is 46.8 kg fat-free mass (§7 example), and it counts as measured."""
        ffm, measured = fat_free_mass_kg(a_profile(sex="female", body_fat_pct=22), 60)
        assert (round(ffm, 1), measured) == (46.8, True)

    def test_without_body_fat_the_fraction_depends_on_sex(self) -> None:
        """Below BMI 25, FFM is 85 % (men) or 75 % (women) of weight, marked as an assumption."""
        male, male_measured = fat_free_mass_kg(a_profile(sex="male", height_cm=180), 80)
        female, female_measured = fat_free_mass_kg(a_profile(sex="female", height_cm=180), 80)
        assert male == pytest.approx(68)
        assert female == pytest.approx(60)
        assert not (male_measured or female_measured)


BASELINE_70 = 80 / 50  # kcal/min: REE x NEF for the §3.5 runner (80 kcal over 50 min)


def net_run(km: float, minutes: float, climb: float | None = None,
            treadmill: float | None = None) -> float:
    return run_net_kcal(distance_m=km * 1000, duration_s=minutes * 60, mass_kg=70,
                        baseline_per_min=BASELINE_70, elevation_gain_m=climb,
                        treadmill_grade=treadmill)


class TestRev2RunCost:
    def test_rev2_a_run_costs_0_9_of_the_acsm_net_figure(self) -> None:
        """10 km in 50 min at 70 kg: 0.9 x 681 = 613 kcal, ~0.9 kcal/kg/km (§3.5 rev 2)."""
        assert net_run(10, 50) == pytest.approx(0.9 * (761.25 - 80), abs=0.5)

    @pytest.mark.parametrize(
        ("km", "minutes", "climb", "extra_pct"),
        [
            (10, 50, 10, (0.0, 0.1)),  # 10 m of climb never costs less than none
            (10, 50, 250, (2.5, 3.5)),  # +-5 % grade: about +3 %
            (12, 60, 450, (6.0, 8.0)),  # +450 m on 12 km (+-7.5 %): about +7 %, not +17 %
            (5, 40, 600, (60.0, 200.0)),  # a steep hill loop costs far more
        ],
    )
    def test_rev2_climbs_are_costed_as_up_and_down_with_minetti(
        self, km: float, minutes: float, climb: float, extra_pct: tuple[float, float]
    ) -> None:
        """Half up at g, half down at -g: the level cost x (Cr(g) + Cr(-g)) / 2 Cr(0)."""
        flat = net_run(km, minutes)
        hilly = net_run(km, minutes, climb)
        low, high = extra_pct
        assert flat * (1 + low / 100) <= hilly <= flat * (1 + high / 100)

    def test_rev2_the_outdoor_grade_is_added_to_any_climb(self) -> None:
        """Above 13.5 km/h the 1 % air allowance stays when a climb is given (§3.4 rev 2)."""
        fast_flat = net_run(10, 40)
        fast_hilly = net_run(10, 40, 10)
        assert fast_hilly >= fast_flat
        assert climb_factor(10, 10_000) >= 1.0

    @pytest.mark.parametrize("grade", [0.02, 0.05, 0.10])
    def test_rev2_treadmill_incline_is_a_true_grade(self, grade: float) -> None:
        """A treadmill incline is ACSM's grade term over the whole run, not a loop."""
        level = net_run(8, 48, treadmill=0.0)
        inclined = net_run(8, 48, treadmill=grade)
        speed = 8000 / 48
        added = 0.9 * speed * grade * 0.9 * 70 / 1000 * 5 * 48  # 0.9 x (0.9 x v x G) x kg ...
        assert inclined - level == pytest.approx(added, rel=0.01)

    def test_minetti_costs_match_section_3_4(self) -> None:
        """Level 3.6 J/kg/m; the minimum near -20 % is about half of it (Minetti 2002)."""
        assert minetti_cost(0.0) == pytest.approx(3.6)
        assert minetti_cost(-0.2) == pytest.approx(1.85, abs=0.15)
        assert minetti_cost(0.45) > 5 * minetti_cost(0.0)


def hill_loop(km: float, grade: float, step_m: float = 5.0) -> list[tuple[float, float]]:
    """(distance, altitude) every `step_m`: up at `grade` for half the loop, down for the rest."""
    half = km * 500
    points = []
    for k in range(int(km * 1000 / step_m) + 1):
        d = k * step_m
        points.append((d, grade * (d if d <= half else 2 * half - d)))
    return points


class TestRev2RouteFactor:
    @pytest.mark.parametrize(
        ("points", "low", "high"),
        [
            ([(d * 5.0, 100.0) for d in range(2001)], 1.0, 1.0),  # flat 10 km
            ([(d * 5.0, 100.0 + 0.05 * (d % 2)) for d in range(2001)], 0.999, 1.001),  # noise
            (hill_loop(10, 0.05), 1.025, 1.04),  # +-5 % loop: as the text loop model, +3 %
            (hill_loop(4, 0.15), 1.2, 1.4),
            ([(d * 5.0, 500.0 - 0.05 * d * 5.0) for d in range(2001)], 0.5, 0.99),  # downhill
        ],
    )
    def test_rev2_gps_files_are_costed_per_segment(
        self, points: list[tuple[float, float]], low: float, high: float
    ) -> None:
        """Cr(i) per 50 m segment of smoothed elevation, against Cr(0) (§3.4 rev 2)."""
        factor = route_climb_factor(points)
        assert factor is not None
        assert low - 1e-9 <= factor <= high + 1e-9

    def test_rev2_a_recorded_route_replaces_the_loop_guess(self) -> None:
        """With a route factor, the file's own profile scales the level cost."""
        flat = run_net_kcal(distance_m=10_000, duration_s=3000, mass_kg=70, baseline_per_min=1.6)
        routed = run_net_kcal(distance_m=10_000, duration_s=3000, mass_kg=70,
                              baseline_per_min=1.6, elevation_gain_m=500, route_factor=1.1)
        assert routed == pytest.approx(flat * 1.1)

    def test_too_short_a_route_has_no_factor(self) -> None:
        """Under two 50 m bins there is nothing to cost."""
        assert route_climb_factor([(0.0, 10.0), (20.0, 11.0)]) is None


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("treadmill 5k in 30 min", 0.0),
        ("treadmill 5k in 30 min incline 5%", 0.05),
        ("treadmill 5k in 30 min at 1.5% incline", 0.015),
    ],
)
def test_rev2_a_stated_treadmill_incline_is_costed_as_a_true_grade(text: str,
                                                                   grade: float) -> None:
    """A treadmill message's incline enters ACSM's grade term (science.md §3.4 rev 2)."""
    ctx = ParseContext(received_at=datetime(2026, 11, 26, 9, tzinfo=UTC), tz=ZoneInfo("UTC"),
                       foods=FoodTable.load(), weight_kg=70)
    (run,) = parse_message(text, ctx).events
    assert isinstance(run, RunLogged)
    expected = run_net_kcal(distance_m=5000, duration_s=1800, mass_kg=70,
                            baseline_per_min=70 / 60, treadmill_grade=grade)
    assert run.energy_kcal == pytest.approx(expected, abs=0.1)
