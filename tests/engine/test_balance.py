"""The day balance: hand-computed days, targets, DST days, trend, adaptive expenditure."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engine.balance import (
    TREND_KEEP,
    DayBalance,
    History,
    Ledger,
    balance_of,
    day_balance,
    goal_warning,
    history_window,
    protein_target_g,
    weight_trend,
)
from engine.events import Event, FoodItem, MealLogged, RunLogged, StrengthLogged, WeightLogged
from engine.profile import Profile

TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 5, 12)
REE_70 = 1648.75  # Mifflin, male, 30 y, 175 cm, 70 kg (science.md §1)
RESTING_70 = REE_70 * 1.4  # x NEF 1.4 (§2)
RUN_NET_KCAL = 681.0  # 10 km in 50 min at 70 kg, ACSM net of the NEF baseline (§3.5)


def a_profile(**overrides: object) -> Profile:
    fields: dict[str, object] = {
        "sex": "male",
        "age": 30,
        "height_cm": 175.0,
        "weight_kg": 70.0,
        "goal": "maintain",
    }
    fields.update(overrides)
    return Profile.model_validate(fields)


def at(day: date, hour: int, minute: int = 0, *, tz: ZoneInfo = TZ, fold: int = 0) -> datetime:
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz, fold=fold)
    return local.astimezone(UTC)


def a_meal(
    day: date = DAY,
    hour: int = 12,
    *,
    kcal: float = 600,
    protein_g: float = 30,
    carbs_g: float = 70,
    fat_g: float = 20,
    minute: int = 0,
    tz: ZoneInfo = TZ,
) -> MealLogged:
    item = FoodItem(text="food", kcal=kcal, protein_g=protein_g, carbs_g=carbs_g, fat_g=fat_g)
    return MealLogged(at=at(day, hour, minute, tz=tz), items=(item,))


def a_run(day: date = DAY, hour: int = 7, *, energy_kcal: float = RUN_NET_KCAL) -> RunLogged:
    return RunLogged(at=at(day, hour), distance_m=10_000, duration_s=3000, energy_kcal=energy_kcal)


def a_strength(day: date = DAY, hour: int = 18) -> StrengthLogged:
    return StrengthLogged(at=at(day, hour), duration_s=2700, energy_kcal=130)


def a_weight(day: date, kg: float, hour: int = 7) -> WeightLogged:
    return WeightLogged(at=at(day, hour), mass_kg=kg)


def days_before(day: date, n: int) -> date:
    return day - timedelta(days=n)


def balance(
    events: Iterable[Event] = (),
    weights: Sequence[WeightLogged] = (),
    profile: Profile | None = None,
    day: date = DAY,
    tz: ZoneInfo = TZ,
) -> DayBalance:
    history = History(events=list(events), weights=sorted(weights, key=lambda w: w.at))
    return day_balance(history, profile or a_profile(), day, tz)


def steady_days(
    n: int, *, kcal: float, protein_g: float = 150, meals: int = 4, end: date = DAY
) -> list[Event]:
    """`n` logged days ending the day before `end`: equal meals and a strength session each."""
    events: list[Event] = []
    for i in range(1, n + 1):
        day = days_before(end, i)
        hours = [8, 12, 16, 19][:meals]
        events.extend(a_meal(day, h, kcal=kcal / meals, protein_g=protein_g / meals) for h in hours)
        events.append(a_strength(day))
    return events


class TestHandComputedDay:
    def test_a_run_day_adds_up(self) -> None:
        """Three meals and a 10 km run: every figure follows §2's model, computed by hand."""
        meals = [
            a_meal(hour=8, kcal=600, protein_g=30, carbs_g=80, fat_g=15),
            a_meal(hour=13, kcal=700, protein_g=40, carbs_g=70, fat_g=25),
            a_meal(hour=19, kcal=900, protein_g=50, carbs_g=90, fat_g=30),
        ]
        b = balance([*meals, a_run()])
        assert b.intake_kcal == 2200
        assert b.resting_kcal == pytest.approx(RESTING_70)
        assert b.exercise_kcal == RUN_NET_KCAL
        assert b.expenditure_kcal == pytest.approx(RESTING_70 + RUN_NET_KCAL)
        assert b.target_kcal == pytest.approx(RESTING_70 + RUN_NET_KCAL)
        assert b.balance_kcal == pytest.approx(2200 - RESTING_70 - RUN_NET_KCAL)
        assert (b.protein_g, b.carbs_g, b.fat_g) == (120, 240, 70)
        assert b.protein_target_g == pytest.approx(112)
        assert b.meals_logged == 3
        assert b.energy_availability == pytest.approx((2200 - RUN_NET_KCAL) / (70 * 0.85))
        assert b.energy_availability_low_confidence

    def test_energy_availability_matches_the_section_7_example(self) -> None:
        """60 kg woman, 22 % fat, eats 2,000 kcal and runs 550 kcal: EA = 1,450 / 46.8 = 31."""
        profile = a_profile(sex="female", weight_kg=60, body_fat_pct=22)
        b = balance([a_meal(kcal=2000), a_run(energy_kcal=550)], profile=profile)
        assert b.energy_availability == pytest.approx(31.0, abs=0.05)
        assert not b.energy_availability_low_confidence

    def test_a_training_day_gets_more_food_than_a_rest_day(self) -> None:
        """The run's net energy is added to that day's target, nothing else changes."""
        rest = balance([a_meal()])
        run = balance([a_meal(), a_run()])
        assert run.target_kcal - rest.target_kcal == pytest.approx(RUN_NET_KCAL)

    def test_a_day_without_meals_has_no_energy_availability(self) -> None:
        """No intake logged: intake is 0 and energy availability is unknown, not zero."""
        b = balance([a_run()])
        assert (b.intake_kcal, b.meals_logged, b.energy_availability) == (0, 0, None)

    def test_unresolved_food_is_counted_but_adds_nothing(self) -> None:
        """An item the parser did not recognise adds no kcal and is reported as unresolved."""
        meal = MealLogged(
            at=at(DAY, 12),
            items=(
                FoodItem(text="toast", kcal=80, protein_g=3, carbs_g=15, fat_g=1),
                FoodItem(text="zorblax", resolved=False),
            ),
        )
        b = balance([meal])
        assert (b.intake_kcal, b.unresolved_items) == (80, 1)


class TestTarget:
    @pytest.mark.parametrize(
        ("goal", "delta"),
        [("maintain", 0), ("lose-0.5", -250), ("lose-1", -500), ("gain-0.5", 250)],
    )
    def test_the_goal_shifts_the_target_by_500_kcal_per_lb_a_week(
        self, goal: str, delta: float
    ) -> None:
        """3,500 kcal per lb spread over 7 days (§7), within the rev 2 rate caps."""
        b = balance([a_run()], profile=a_profile(goal=goal))
        assert b.target_kcal == pytest.approx(RESTING_70 + RUN_NET_KCAL + delta)
        assert b.goal_delta_kcal == delta

    def test_a_target_below_the_floor_is_raised_to_it(self) -> None:
        """Losing 2 lb a week would leave a run day under 30 kcal/kg FFM, so the floor holds."""
        b = balance([a_run()], profile=a_profile(goal="lose-2"))
        floor = 30 * 70 * 0.85 + RUN_NET_KCAL  # §7: 30 x FFM + the day's exercise
        assert b.floor_kcal == pytest.approx(floor)
        assert b.target_kcal == pytest.approx(floor)
        assert b.floor_applied

    def test_the_sex_floor_binds_for_a_small_runner_on_a_rest_day(self) -> None:
        """A 50 kg woman's rest-day floor is 1,200 kcal, above REE and 30 x FFM (§7)."""
        profile = a_profile(sex="female", weight_kg=50, height_cm=160, goal="lose-2")
        b = balance([], profile=profile)
        assert b.floor_kcal == 1200
        assert b.target_kcal == 1200

    def test_a_goal_faster_than_safe_is_accepted_but_flagged(self) -> None:
        """lose-2 at 70 kg is 1.3 %/wk: the goal stands (capped), the reply warns (N1)."""
        b = balance([], profile=a_profile(goal="lose-2"))
        assert b.goal == "lose-2"
        assert b.goal_requested_kcal == -1000
        assert b.rate_capped
        assert b.goal_warning is not None
        assert "1.3 %" in b.goal_warning
        assert any(r.code == "N1" for r in b.risk.reasons)

    def test_under_18_the_goal_is_held_at_maintain(self) -> None:
        """No loss or gain goals for minors (§10): the delta is zero and the reply says why."""
        b = balance([], profile=a_profile(age=16, goal="lose-1"))
        assert b.goal_delta_kcal == 0
        assert b.goal_warning is not None
        assert "under 18" in b.goal_warning

    def test_a_birth_year_ages_the_runner_on_the_day(self) -> None:
        """A profile with only a birth year gets the same resting energy as the stated age."""
        by_year = balance([], profile=a_profile(age=None, birth_year=1996))
        assert by_year.resting_kcal == pytest.approx(RESTING_70)


class TestGoalWarning:
    @pytest.mark.parametrize(
        ("goal", "kg", "flagged"),
        [
            ("lose-0.5", 70, False),
            ("lose-1", 70, False),  # 0.65 %/wk
            ("lose-1", 60, True),  # 0.76 %/wk: above the 0.7 % that keeps muscle
            ("lose-1.5", 70, True),
            ("lose-2", 95, True),  # 0.95 %/wk
            ("lose-2", 135, False),  # 0.67 %/wk
            ("maintain", 50, False),
            ("gain-0.5", 70, False),  # 0.32 %/wk
            ("gain-1", 70, True),  # 0.65 %/wk: above 0.5 %
        ],
    )
    def test_goals_faster_than_section_7_are_flagged(
        self, goal: str, kg: float, flagged: bool
    ) -> None:
        """Loss above 0.7 %/wk or gain above 0.5 %/wk of body weight gets a warning (§7, N1)."""
        assert (goal_warning(a_profile(goal=goal), kg) is not None) is flagged

    def test_the_warning_offers_a_safer_goal(self) -> None:
        """The one concrete option is the fastest goal within 0.7 %/wk."""
        text = goal_warning(a_profile(goal="lose-2"), 70)
        assert text is not None
        assert "lose-1" in text
        assert "lose-1.5" not in text


class TestProteinTarget:
    @pytest.mark.parametrize(
        ("overrides", "grams"),
        [
            ({"goal": "maintain"}, 112.0),  # 1.6 g/kg (§5)
            ({"goal": "gain-0.5"}, 112.0),
            ({"goal": "lose-0.5"}, 140.0),  # 2.0 g/kg in a deficit
            ({"goal": "lose-1", "protein_g_per_kg": 1.8}, 126.0),  # the runner's own number
        ],
    )
    def test_defaults_follow_section_5(self, overrides: dict[str, object], grams: float) -> None:
        """1.6 g/kg to maintain or gain, 2.0 g/kg to lose, or the runner's own g/kg."""
        assert protein_target_g(a_profile(**overrides), 70) == pytest.approx(grams)

    def test_a_heavy_runner_gets_grams_for_bmi_30(self) -> None:
        """120 kg at 170 cm (BMI 41) gets 1.6 g/kg of the BMI-30 weight, not of 120 kg."""
        profile = a_profile(height_cm=170)
        assert protein_target_g(profile, 120) == pytest.approx(1.6 * 30 * 1.7**2)

    def test_a_known_body_fat_in_a_deficit_uses_fat_free_mass(self) -> None:
        """At 25 % fat, 2.3 g/kg of FFM (§5, Helms 2014) is below 2.0 g/kg of body weight."""
        profile = a_profile(goal="lose-1", body_fat_pct=25)
        assert protein_target_g(profile, 80) == pytest.approx(2.3 * 60)


class TestDstAndLocalDays:
    def test_a_meal_at_half_past_midnight_counts_for_the_new_day(self) -> None:
        """00:30 local on the next day is not part of today's intake."""
        late = a_meal(days_before(DAY, -1), 0, minute=30, kcal=500)
        dinner = a_meal(DAY, 23, minute=30, kcal=700)
        today = balance([dinner, late])
        tomorrow = balance([dinner, late], day=days_before(DAY, -1))
        assert (today.intake_kcal, tomorrow.intake_kcal) == (700, 500)

    def test_the_23_hour_day_counts_everything_from_midnight_to_midnight(self) -> None:
        """On the spring-forward day, meals at 00:10 and 23:50 both count."""
        day = date(2026, 3, 29)
        meals = [a_meal(day, 0, minute=10, kcal=100), a_meal(day, 23, minute=50, kcal=200)]
        outside = [a_meal(days_before(day, 1), 23, minute=50, kcal=400)]
        outside.append(a_meal(days_before(day, -1), 0, minute=10, kcal=800))
        assert balance([*meals, *outside], day=day).intake_kcal == 300

    def test_the_25_hour_day_counts_both_passes_through_the_repeated_hour(self) -> None:
        """On the fall-back day, a snack in each 02:30 (before and after the change) counts."""
        day = date(2026, 10, 25)
        first = MealLogged(at=at(day, 2, 30, fold=0), items=(FoodItem(text="a", kcal=100),))
        second = MealLogged(at=at(day, 2, 30, fold=1), items=(FoodItem(text="b", kcal=200),))
        late = a_meal(day, 23, minute=59, kcal=400)
        assert first.at != second.at
        assert balance([first, second, late], day=day).intake_kcal == 700

    def test_the_same_instant_can_belong_to_different_days_in_different_zones(self) -> None:
        """A meal at 23:00 UTC is tomorrow in Tokyo and today in New York."""
        meal = MealLogged(
            at=datetime(2026, 5, 12, 23, tzinfo=UTC), items=(FoodItem(text="x", kcal=500),)
        )
        tokyo, new_york = ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York")
        assert balance([meal], day=date(2026, 5, 13), tz=tokyo).intake_kcal == 500
        assert balance([meal], day=date(2026, 5, 12), tz=new_york).intake_kcal == 500

    def test_storage_loads_36_local_days_ending_with_the_day(self) -> None:
        """From local midnight 35 days before (the §8 rev 2 ramp reads 35 finished days) to the
        end of the day, in UTC."""
        start, end = history_window(date(2026, 4, 10), TZ)
        assert start == datetime(2026, 3, 5, 23, tzinfo=UTC)  # before the DST change: UTC+1
        assert end == datetime(2026, 4, 10, 22, tzinfo=UTC)  # after it: UTC+2

    def test_events_outside_the_window_are_ignored(self) -> None:
        """A meal 28 days ago or tomorrow does not count, whatever storage hands over."""
        old = a_meal(days_before(DAY, 28), 12, kcal=900)
        future = a_meal(days_before(DAY, -1), 12, kcal=900)
        b = balance([old, future, a_meal(kcal=100)])
        assert b.intake_kcal == 100


class TestWeight:
    def test_the_trend_follows_the_hackers_diet(self) -> None:
        """T = 70, then 70 + 0.1 x (71 - 70) = 70.1, then 70.1 + 0.1 x (72 - 70.1) = 70.29 (§8)."""
        weights = [
            a_weight(days_before(DAY, 2), 70),
            a_weight(days_before(DAY, 1), 71),
            a_weight(DAY, 72),
        ]
        assert balance([], weights).weight_trend_kg == pytest.approx(70.29)

    def test_after_a_gap_the_trend_catches_up_as_if_weighed_daily(self) -> None:
        """Three days later, alpha = 1 - 0.9^3 = 0.271 (§8)."""
        weights = [a_weight(days_before(DAY, 3), 70), a_weight(DAY, 71)]
        assert balance([], weights).weight_trend_kg == pytest.approx(70.271)

    def test_two_weigh_ins_on_one_day_count_as_their_mean(self) -> None:
        """Morning and evening readings are averaged before smoothing."""
        weights = [
            a_weight(days_before(DAY, 1), 70),
            a_weight(DAY, 70.5, hour=7),
            a_weight(DAY, 71.5, hour=21),
        ]
        assert balance([], weights).weight_trend_kg == pytest.approx(70.1)

    def test_weigh_ins_in_any_order_give_the_same_trend(self) -> None:
        """The trend does not depend on the order storage hands the weigh-ins over."""
        weights = [a_weight(days_before(DAY, n), 70 + n % 3) for n in range(10)]
        history = History(events=[], weights=weights)  # newest first
        assert day_balance(history, a_profile(), DAY, TZ).weight_trend_kg == pytest.approx(
            balance([], weights).weight_trend_kg
        )

    def test_weigh_ins_after_the_day_are_ignored(self) -> None:
        """A balance for a past day does not see later weigh-ins."""
        weights = [a_weight(days_before(DAY, 1), 70), a_weight(days_before(DAY, -1), 90)]
        assert balance([], weights).weight_trend_kg == 70

    @pytest.mark.parametrize(
        ("profile_kg", "weights", "used", "source"),
        [
            (80.0, [(1, 66.0)], 66.0, "trend"),
            (80.0, [], 80.0, "profile"),
            (None, [], 70.0, "default"),
        ],
    )
    def test_the_trend_weight_replaces_the_profile_weight(
        self,
        profile_kg: float | None,
        weights: list[tuple[int, float]],
        used: float,
        source: str,
    ) -> None:
        """The latest trend weight wins, then the profile's, then 70 kg."""
        b = balance(
            [],
            [a_weight(days_before(DAY, n), kg) for n, kg in weights],
            profile=a_profile(weight_kg=profile_kg),
        )
        assert (b.weight_kg, b.weight_source) == (used, source)

    def test_a_steady_loss_shows_as_kg_and_percent_per_week(self) -> None:
        """Losing 0.1 kg a day for 60 days reads as -0.7 kg a week (§8 rev 2, weigh-ins)."""
        weights = [a_weight(days_before(DAY, 60 - i), 76 - 0.1 * i) for i in range(61)]
        b = balance([], weights)
        assert b.weekly_change_source == "weigh-ins"
        assert b.weekly_change_kg == pytest.approx(-0.7, abs=0.02)
        assert b.weekly_change_pct == pytest.approx(-0.7 / b.weight_kg * 100, abs=0.05)

    def test_without_weigh_ins_no_weekly_change_is_guessed_from_intake(self) -> None:
        """Eating 770 kcal under expenditure is not a weight trend (§8 rev 2): no rate at all."""
        events = steady_days(3, kcal=RESTING_70 - 770)
        events = [e for e in events if not isinstance(e, StrengthLogged)]
        b = balance(events)
        assert b.weekly_change_source is None
        assert b.weekly_change_kg is None


class TestRolling7:
    def test_the_rolling_balance_averages_the_logged_days(self) -> None:
        """Days without meals are not zero-intake days; today is not a finished day (rev 2)."""
        events: list[Event] = [a_meal(days_before(DAY, n), kcal=2000) for n in (0, 1, 2, 5)]
        events.append(a_run(days_before(DAY, 2)))
        events.append(a_meal(days_before(DAY, 8), kcal=9000))  # outside the 7 finished days
        r = balance(events).rolling7
        assert r.days_logged == 3
        expected = (3 * (2000 - RESTING_70) - RUN_NET_KCAL) / 3
        assert r.balance_kcal_per_day == pytest.approx(expected)

    def test_nothing_logged_gives_no_rolling_balance(self) -> None:
        """With no meals in 7 days the rolling balance is unknown."""
        r = balance([a_run()]).rolling7
        assert (r.balance_kcal_per_day, r.days_logged) == (None, 0)


def simulate(
    *,
    true_resting: float,
    intake_mean: float,
    days: int,
    weigh_days: int,
    seed: int,
    start_kg: float = 75.0,
    noise_kg: float = 0.5,
) -> tuple[list[Event], list[WeightLogged]]:
    """A runner whose real non-exercise expenditure is `true_resting`, logged for `days` days.

    Intake is noisy around `intake_mean`, runs on alternate days; the true weight moves by
    (intake - expenditure) / 7,700 a day and the scale adds Gaussian noise.
    """
    rng = random.Random(seed)
    events: list[Event] = []
    weights: list[WeightLogged] = []
    true_kg = start_kg
    first = days_before(DAY, weigh_days)
    for i in range(weigh_days + 1):
        day = first + timedelta(days=i)
        weights.append(a_weight(day, true_kg + rng.gauss(0, noise_kg)))
        run = 600.0 if i % 2 else 0.0
        intake = intake_mean + rng.gauss(0, 250)
        if (DAY - day).days <= days and day < DAY:
            events.extend(a_meal(day, h, kcal=intake / 4, protein_g=40) for h in (8, 12, 16, 19))
            events.append(a_strength(day))
            if run:
                events.append(a_run(day, energy_kcal=run))
        true_kg += (intake - true_resting - run) / 7700
    return events, weights


class TestAdaptiveExpenditure:
    @staticmethod
    def errors(*, weigh_days: int, method: str) -> list[float]:
        """TDEE estimate minus the truth for 20 synthetic runners (true TDEE 3,000 kcal)."""
        errors = []
        for seed in range(20):
            events, weights = simulate(
                true_resting=2700, intake_mean=2500, days=28, weigh_days=weigh_days, seed=seed
            )
            b = balance(events, weights)
            assert b.adaptive is not None
            assert b.adaptive.used
            assert b.adaptive.weight_change_from == method
            errors.append(b.adaptive.tdee_kcal_per_day - 3000)  # runs add 300 a day on average
        return errors

    def test_four_weeks_of_logs_recover_the_real_expenditure(self) -> None:
        """Intake and noisy weights (sd 0.5 kg) from the same 4 weeks recover TDEE without bias.

        The EWMA has not warmed up yet, so the weight change comes from a regression.
        """
        errors = self.errors(weigh_days=28, method="regression")
        assert abs(sum(errors) / len(errors)) < 50
        assert sum(abs(e) < 200 for e in errors) >= 18
        assert max(abs(e) for e in errors) < 350

    def test_with_a_settled_trend_the_ewma_difference_recovers_it(self) -> None:
        """Weights for 8 weeks and intake for the last 4: T_end - T_start is tighter still."""
        errors = self.errors(weigh_days=56, method="trend")
        assert abs(sum(errors) / len(errors)) < 50
        assert sum(abs(e) < 150 for e in errors) >= 18
        assert max(abs(e) for e in errors) < 250

    def test_rev2_one_expenditure_everywhere(self) -> None:
        """The blended expenditure is the one burned, target and balance all use (§8 rev 2)."""
        events, weights = simulate(
            true_resting=2900, intake_mean=2900, days=28, weigh_days=56, seed=1, noise_kg=0.1
        )
        b = balance([*events, a_run()], weights)
        assert b.adaptive is not None
        assert b.method == "formula+adaptive"
        assert b.adaptive_weight == b.adaptive.weight
        assert b.expenditure_kcal == pytest.approx(b.resting_kcal + b.exercise_kcal)
        assert b.expenditure_kcal == pytest.approx(b.target_basis_kcal)
        assert b.balance_kcal == pytest.approx(b.intake_kcal - b.expenditure_kcal)
        assert b.target_kcal == pytest.approx(b.expenditure_kcal)
        formula = b.formula_resting_kcal + b.exercise_kcal
        assert b.expenditure_kcal > formula  # this runner really spends more than the formula

    def test_under_14_logged_days_the_estimate_is_shown_but_not_used(self) -> None:
        """Ten days of logs are too few: targets follow the formula (§8)."""
        events, weights = simulate(
            true_resting=2900, intake_mean=2900, days=10, weigh_days=56, seed=2
        )
        b = balance(events, weights)
        assert (b.method, b.adaptive_weight) == ("formula", 0.0)
        assert b.target_kcal == pytest.approx(b.expenditure_kcal)

    def test_with_fewer_than_5_weigh_ins_it_is_not_used(self) -> None:
        """Four weigh-ins in four weeks are too few for the data to steer the target."""
        events, weights = simulate(
            true_resting=2900, intake_mean=2900, days=28, weigh_days=28, seed=3
        )
        sparse = weights[::8]
        b = balance(events, sparse)
        assert len(sparse) == 4
        assert b.adaptive is None or not b.adaptive.used
        assert b.method == "formula"

    def test_under_logged_food_never_drives_the_target_below_the_floor(self) -> None:
        """Logging half of what is eaten makes TDEE look tiny; the §7 floor still holds."""
        events, weights = simulate(
            true_resting=2700, intake_mean=1100, days=28, weigh_days=56, seed=4, noise_kg=0.1
        )
        stable = [a_weight(w.at.date(), 70.0) for w in weights]
        b = balance(events, stable, profile=a_profile(goal="lose-1"))
        assert b.adaptive is not None
        assert b.adaptive.used
        assert b.target_kcal >= b.floor_kcal


class TestContract:
    CONTRACT_KEYS = frozenset(
        {
            "date",
            "intake_kcal",
            "resting_kcal",
            "exercise_kcal",
            "expenditure_kcal",
            "target_kcal",
            "balance_kcal",
            "protein_g",
            "protein_target_g",
            "carbs_g",
            "fat_g",
            "rolling7",
            "weight_trend_kg",
            "risk",
        }
    )

    def test_to_contract_has_every_field_of_runfuel_balance(self) -> None:
        """The JSON carries every contract field, with ISO dates and JSON numbers."""
        doc = balance([a_meal(), a_run()], [a_weight(DAY, 70.0)]).to_contract()
        assert doc.keys() >= self.CONTRACT_KEYS
        assert doc["date"] == "2026-05-12"
        assert set(doc["rolling7"]) >= {"balance_kcal_per_day", "days_logged"}
        assert doc["risk"]["level"] in {"ok", "watch", "risk"}
        assert all(set(r) >= {"code", "text"} for r in doc["risk"]["reasons"])
        assert isinstance(doc["intake_kcal"], int)
        assert json.loads(json.dumps(doc)) == doc

    def test_unknown_values_are_null(self) -> None:
        """No weigh-ins and no meals: trend and rolling balance are null, not zero."""
        doc = balance([]).to_contract()
        assert doc["weight_trend_kg"] is None
        assert doc["rolling7"]["balance_kcal_per_day"] is None
        assert doc["energy_availability"] is None


class TestKeptHistory:
    """The coach keeps a ledger and a trimmed trend between messages (`balance_of`)."""

    def test_no_strength_nudge_waits_for_a_week_of_history(self) -> None:
        six = [a_run(days_before(DAY, n)) for n in range(6)]
        assert "N9" not in {r.code for r in balance(six).risk.reasons}
        seven = [*six, a_run(days_before(DAY, 6))]
        assert "N9" in {r.code for r in balance(seven).risk.reasons}

    @pytest.mark.parametrize(
        "weigh_in_days",
        [
            range(100, 90, -1),  # only long ago: the seed alone carries the trend
            [*range(100, 60, -1), 10],  # the 28-day slope starts from the seed
        ],
    )
    def test_a_trimmed_trend_gives_the_same_balance(self, weigh_in_days: Iterable[int]) -> None:
        weights = [a_weight(days_before(DAY, n), 70 + n / 20) for n in weigh_in_days]
        events = steady_days(27, kcal=2600)
        trend = weight_trend(weights, TZ, DAY).since(DAY - TREND_KEEP)
        assert trend.trimmed
        for later in (0, 10):
            day = DAY + timedelta(days=later)
            kept = balance_of(Ledger(TZ, events), trend, a_profile(), day)
            assert kept == balance(events, weights, day=day)

    def test_a_copied_ledger_grows_apart_and_answers_as_a_fresh_one(self) -> None:
        """`runfuel parse` keeps one ledger of nothing and copies it for each message: a
        copy's events never reach the kept ledger, and an earlier day's event is summed."""
        trend = weight_trend([], TZ, DAY)
        empty = Ledger(TZ)
        nothing = balance_of(empty, trend, a_profile(), DAY)
        for events in ([a_meal(), a_run()], [a_meal(days_before(DAY, 1)), a_run()]):
            copy = empty.copy()
            for event in events:
                copy.add(event)
            assert balance_of(copy, trend, a_profile(), DAY) == balance(events)
        assert balance_of(empty, trend, a_profile(), DAY) == nothing
        assert nothing == balance()


def test_a_copied_meal_with_other_items_sums_its_own_items() -> None:
    """A meal's sums are kept once read; a copy whose items changed (the parser rewrites item
    texts, an amend swaps items) must not show the original's kcal and protein."""
    at = datetime(2026, 3, 10, 12, tzinfo=UTC)
    eggs = FoodItem(text="2 eggs", food="egg", kcal=143.0, protein_g=12.6, carbs_g=0.7, fat_g=9.5)
    toast = FoodItem(text="toast", food="bread", kcal=80.0, protein_g=2.7, carbs_g=15.0, fat_g=1.0)
    unknown = FoodItem(text="zorb", resolved=False)
    meal = MealLogged(at=at, items=(eggs, unknown))
    assert meal.totals == (143.0, 12.6, 0.7, 9.5) and meal.unresolved_count == 1
    copied = meal.model_copy(update={"items": (eggs, toast)})
    assert copied.totals == (223.0, 15.3, 15.7, 10.5)
    assert copied.kcal == 223.0 and copied.unresolved_count == 0
    assert meal.kcal == 143.0
    assert copied == MealLogged(at=at, items=(eggs, toast))
    assert meal.model_dump() == MealLogged(at=at, items=(eggs, unknown)).model_dump()
