"""science.md revision 2, rule by rule: each test is named after the rule it pins."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from engine.energy import fat_free_mass_kg
from engine.errors import ParseError
from engine.events import Event, WeightLogged
from engine.explain import same_day_shortfall, target_note, why_target
from engine.profile_text import update_profile
from engine.replies import Facts, left_today
from engine.targets import goal_mark
from tests.engine.test_balance import (
    DAY,
    a_meal,
    a_profile,
    a_run,
    a_weight,
    balance,
    days_before,
    simulate,
)


class TestFatFreeMassAndFloor:
    @pytest.mark.parametrize(
        ("sex", "height_cm", "kg", "ffm"),
        [
            ("male", 175, 70, 59.5),  # below BMI 25: 85 % of weight, as before
            ("male", 180, 100, 0.85 * 81 + 0.25 * 19),  # W_ref = 81 kg: 73.6, not 85
            ("female", 165, 120, 0.75 * 68.0625 + 0.25 * 51.9375),  # 64.0, not 90
            (None, 170, 90, 0.80 * 72.25 + 0.25 * 17.75),  # unspecified sex: f = 0.80
        ],
    )
    def test_rev2_ffm_is_bmi_aware(self, sex: str | None, height_cm: float, kg: float,
                                   ffm: float) -> None:
        """Without a body-fat %, FFM = f x min(W, W_ref) + 0.25 x the weight above BMI 25."""
        got, measured = fat_free_mass_kg(a_profile(sex=sex, height_cm=height_cm), kg)
        assert got == pytest.approx(ffm)
        assert not measured

    def test_rev2_floor_uses_bmi_aware_ffm(self) -> None:
        """A 100 kg, 180 cm man on lose-1 gets his whole 500 kcal deficit, not 152."""
        profile = a_profile(weight_kg=100, height_cm=180, age=35, goal="lose-1")
        b = balance([], profile=profile)
        assert b.floor_kcal == pytest.approx(30 * (0.85 * 81 + 0.25 * 19))
        assert not b.floor_applied
        assert b.goal_delta_kcal == pytest.approx(-500)

    def test_rev2_a_heavy_woman_on_lose_2_gets_a_deficit_not_a_surplus(self) -> None:
        """120 kg at 165 cm: the floor binds but still leaves a deficit, and says which rate."""
        profile = a_profile(sex="female", weight_kg=120, height_cm=165, age=35, goal="lose-2")
        b = balance([], profile=profile)
        assert b.floor_applied
        assert -1000 < b.goal_delta_kcal < -600
        assert b.target_kcal == pytest.approx(b.floor_kcal)
        note = target_note(b)
        assert note is not None
        assert "asks for 0.91 kg a week" in note  # a metric runner: kg
        assert f"about {abs(b.goal_delta_kcal) * 7 / 3500 * 0.45359237:.2f} kg" in note
        assert "lb" not in note


class TestGoalRateCap:
    @pytest.mark.parametrize(
        ("overrides", "delta", "capped"),
        [
            ({"goal": "gain-2", "weight_kg": 65}, 0.005 * 65 * 7700 / 7, True),
            ({"goal": "gain-1", "weight_kg": 70}, 0.005 * 70 * 7700 / 7, True),
            ({"goal": "gain-0.5", "weight_kg": 70}, 250, False),
            ({"goal": "lose-2", "weight_kg": 85, "height_cm": 185, "nef": 1.8},
             -0.01 * 85 * 7700 / 7, True),
            ({"goal": "lose-1.5", "weight_kg": 85, "height_cm": 185, "nef": 1.8}, -750, False),
        ],
    )
    def test_rev2_goal_rate_is_capped_at_1_pct_loss_and_half_pct_gain(
        self, overrides: dict[str, object], delta: float, capped: bool
    ) -> None:
        """The target plans at most 1 %/wk (loss) or 0.5 %/wk (gain) of trend weight (§7)."""
        profile = a_profile(**overrides)
        b = balance([], profile=profile)
        assert b.goal_delta_kcal == pytest.approx(delta)
        assert b.rate_capped is capped
        assert b.goal == overrides["goal"]  # the goal the runner chose is kept
        assert (target_note(b) is not None) is capped

    def test_rev2_the_cap_uses_the_trend_weight(self) -> None:
        """Weigh-ins at 60 kg cap a gain-2 goal at 0.5 % of 60 kg, whatever the profile says."""
        weights = [a_weight(days_before(DAY, n), 60.0) for n in range(5)]
        b = balance([], weights, profile=a_profile(goal="gain-2", weight_kg=80))
        assert b.goal_delta_kcal == pytest.approx(0.005 * 60 * 7700 / 7)

    def test_rev2_the_contract_shows_the_capped_rate(self) -> None:
        """balance --json carries the requested delta, the planned one and its weekly rate."""
        doc = balance([], profile=a_profile(goal="gain-2", weight_kg=65)).to_contract()
        assert doc["goal_requested_kcal"] == 1000
        assert doc["goal_delta_kcal"] == round(0.005 * 65 * 7700 / 7)
        assert doc["rate_capped"] is True
        assert doc["planned_rate_pct_per_week"] == pytest.approx(0.5, abs=0.01)
        assert doc["floor_applied"] is False


class TestWhyThisTarget:
    def test_rev2_why_target_shows_the_arithmetic_in_plain_words(self) -> None:
        """Resting, exercise, goal, cap, floor and target, each with its number."""
        b = balance([a_run()], profile=a_profile(goal="lose-2"))
        lines = why_target(b)
        text = "\n".join(lines)
        assert "Mifflin-St Jeor" in text
        assert f"{round(b.exercise_kcal):,}" in text
        assert f"{round(b.floor_kcal):,} kcal" in text
        assert f"{round(b.target_kcal):,} kcal" in text
        assert "below the floor" in text
        assert "<" not in text  # plain words: no HTML

    def test_rev2_why_target_names_the_cap(self) -> None:
        """A capped gain says the 0.5 % cap and the kcal it plans."""
        b = balance([], profile=a_profile(goal="gain-2", weight_kg=65))
        text = "\n".join(why_target(b))
        assert "at most 0.5 %" in text
        assert f"+{round(b.goal_plan_kcal):,} kcal a day" in text


class TestAgeAndMinors:
    def test_rev2_no_goal_without_an_age(self) -> None:
        """An unknown age is not an adult age: the goal is held at maintenance, and said so."""
        b = balance([], profile=a_profile(age=None, goal="lose-1"))
        assert b.goal_held == "no-age"
        assert b.goal_delta_kcal == 0
        assert "age" in (target_note(b) or "")

    @pytest.mark.parametrize(
        ("start", "pairs", "ok"),
        [
            ({"age": None}, "goal=lose-1", False),
            ({"age": None}, "goal=gain-0.5", False),
            ({"age": None}, "goal=maintain", True),
            ({"age": None}, "age=34 goal=lose-1", True),
            ({"age": 16}, "goal=gain-1", False),
            ({"age": 16}, "goal=lose-0.5", False),
            ({"age": 30}, "goal=lose-1", True),
        ],
    )
    def test_rev2_choosing_a_goal_asks_for_the_age_first(
        self, start: dict[str, object], pairs: str, ok: bool
    ) -> None:
        """Any goal but maintain needs an adult age (§10)."""
        profile = a_profile(**start)
        if ok:
            assert update_profile(profile, pairs).goal == pairs.split("goal=")[1]
        else:
            with pytest.raises(ParseError):
                update_profile(profile, pairs)

    def test_rev2_under_18_no_energy_target(self) -> None:
        """A 16-year-old sees intake, protein and recovery; no target, deficit, FFM or EA."""
        b = balance([a_meal(), a_run()], profile=a_profile(age=16))
        doc = b.to_contract()
        assert b.minor
        for key in ("target_kcal", "balance_kcal", "floor_kcal", "goal_delta_kcal", "ffm_kg",
                    "energy_availability", "planned_rate_pct_per_week"):
            assert doc[key] is None, key
        assert doc["intake_kcal"] == 600
        assert doc["protein_target_g"] > 0
        assert why_target(b) == (why_target(b)[0],)
        assert "no energy target" in why_target(b)[0].lower() or "don't set" in why_target(b)[0]


class TestFinishedDays:
    def test_rev2_rolling_figures_use_finished_days_only(self) -> None:
        """The morning after balanced days, breakfast alone does not read as a deficit."""
        events: list[Event] = []
        for n in range(1, 8):
            events.append(a_meal(days_before(DAY, n), kcal=1648.75 * 1.4))
        events.append(a_meal(DAY, 8, kcal=400))
        b = balance(events)
        assert b.rolling7.days_logged == 7
        assert b.rolling7.balance_kcal_per_day == pytest.approx(0, abs=1)
        doc = b.to_contract()
        assert doc["today_so_far"]["intake_kcal"] == 400
        assert doc["rolling7"]["today_so_far"]["balance_kcal"] == round(b.balance_kcal)


def steady_loss(pct_per_week: float, days: int, start_kg: float = 80.0) -> list[WeightLogged]:
    """Daily weigh-ins for `days` days ending on DAY, losing `pct_per_week` of start weight."""
    per_day = start_kg * pct_per_week / 100 / 7
    return [a_weight(days_before(DAY, days - 1 - i), start_kg - per_day * i) for i in range(days)]


class TestWeighInRate:
    @pytest.mark.parametrize(
        ("weigh_in_days", "span_ok", "rated"),
        [
            ([0, 2, 4, 6, 8], True, False),  # 5 weigh-ins: not enough
            ([0, 1, 2, 3, 4, 9], True, False),  # 6 weigh-ins over 9 days: not enough
            ([0, 1, 2, 3, 4, 10], True, True),  # 6 weigh-ins over 10 days
            (list(range(16)), True, True),
        ],
    )
    def test_rev2_weekly_rate_needs_6_weigh_ins_over_10_days(
        self, weigh_in_days: list[int], span_ok: bool, rated: bool
    ) -> None:
        """Before that the rate is unknown ("not enough weigh-ins yet"), never from intake."""
        weights = [a_weight(DAY - timedelta(days=15 - d), 80 - 0.1 * d) for d in weigh_in_days]
        b = balance([], weights)
        assert (b.weekly_change_kg is not None) is rated
        assert b.weekly_change_source == ("weigh-ins" if rated else None)

    def test_rev2_weekly_rate_from_raw_weigh_ins_does_not_lag(self) -> None:
        """A steady 1.2 %/wk loss reads 1.2 %/wk on day 16 (the EWMA slope read 0.66) -> N3."""
        b = balance([], steady_loss(1.2, 16))
        assert b.weekly_change_pct == pytest.approx(-1.2 * 80 / b.weight_kg, rel=0.02)
        n3 = [r for r in b.risk.reasons if r.code == "N3"]
        assert n3
        assert n3[0].level == "risk"

    def test_rev2_one_odd_weigh_in_does_not_move_the_rate(self) -> None:
        """Theil-Sen is a median of slopes: a 3 kg outlier leaves the rate almost unchanged."""
        weights = steady_loss(0.5, 20)
        odd = [*weights[:10], a_weight(days_before(DAY, 9), 77.0, hour=9), *weights[10:]]
        assert balance([], odd).weekly_change_kg == pytest.approx(
            balance([], weights).weekly_change_kg, abs=0.05)

    def test_rev2_one_weigh_in_after_the_profile_weight_shows_no_rate(self) -> None:
        """A weigh-in an hour after the profile weight is not a trend of -2.6 % a week."""
        b = balance([], [a_weight(DAY, 68.2)], profile=a_profile(weight_kg=70))
        assert b.weekly_change_pct is None


class TestGoalMarks:
    @pytest.mark.parametrize(
        ("goal_lb", "kg", "mark"),
        [
            (1.0, 61.5, "⚠️"),  # gain 1 at 61.5 kg is 0.74 %/wk
            (0.5, 61.5, ""),
            (-2.0, 61.5, "⚠️"),
            (-1.0, 61.5, "ℹ️"),  # 0.74 %/wk: above what best keeps muscle
            (-2.0, 130.0, ""),  # 0.70 %/wk at 130 kg
            (-2.0, 100.0, "ℹ️"),
            (2.0, 150.0, "⚠️"),  # 0.6 %/wk
            (2.0, 190.0, ""),  # 0.48 %/wk
        ],
    )
    def test_rev2_goal_list_marks_depend_on_the_runners_weight(
        self, goal_lb: float, kg: float, mark: str
    ) -> None:
        """⚠️ beyond the caps, ℹ️ in the 0.7-1 %/wk loss band, nothing when it is safe (N1)."""
        assert goal_mark(goal_lb, kg) == mark


class TestAdaptiveBounds:
    @pytest.mark.parametrize(
        ("logged_days", "weight"),
        [(10, 0.0), (14, 0.0), (21, 0.8 * 7 / 21), (28, 0.8 * 14 / 21), (35, 0.8)],
    )
    def test_rev2_adaptive_weight_ramps_from_14_to_35_logged_days(
        self, logged_days: int, weight: float
    ) -> None:
        """Zero before 14 logged days, then linear to at most 0.8 at 35: never a jump (§8)."""
        events, weights = simulate(true_resting=2400, intake_mean=2700, days=logged_days,
                                   weigh_days=56, seed=7, noise_kg=0.1)
        b = balance(events, weights)
        assert b.adaptive_weight == pytest.approx(weight)
        assert b.method == ("formula+adaptive" if weight else "formula")

    def test_rev2_logging_little_at_a_stable_weight_moves_the_target_slowly(self) -> None:
        """Four weeks of 1,500 kcal at a stable 75 kg: the target falls <= 100 kcal per week
        since the ramp began (200 here), never below the floor; it once fell by 482."""
        profile = a_profile(weight_kg=75, height_cm=180, age=35)
        events, weights = simulate(true_resting=2400, intake_mean=1500, days=28, weigh_days=56,
                                   seed=8, noise_kg=0.1)
        stable = [a_weight(days_before(DAY, (DAY - w.at.date()).days), 75.0) for w in weights]
        formula_only = balance([], stable, profile=profile)
        b = balance(events, stable, profile=profile)
        assert b.adaptive is not None
        assert b.adaptive.clamped
        assert b.adaptive.tdee_kcal_per_day >= 0.75 * (b.formula_resting_kcal + 0)
        assert formula_only.target_kcal - b.target_kcal == pytest.approx(200, abs=1)
        assert b.adaptive.rate_limited
        assert b.target_kcal >= b.floor_kcal

    def test_rev2_the_blend_moves_at_most_100_kcal_a_day_per_week(self) -> None:
        """A runner spending 800 kcal more than the formula gets 300 more after 35 days."""
        events, weights = simulate(true_resting=3100, intake_mean=3400, days=35, weigh_days=70,
                                   seed=9, noise_kg=0.1)
        b = balance(events, weights)
        assert b.adaptive is not None
        assert b.resting_kcal - b.formula_resting_kcal == pytest.approx(300)
        assert b.adaptive.rate_limited

    def test_rev2_water_in_the_first_two_weeks_of_a_loss_goal_counts_at_half(self) -> None:
        """A 1.5 kg drop in the first week of lose-1 is mostly glycogen water: it counts half."""
        goal_day = days_before(DAY, 21)
        events, weights = simulate(true_resting=2400, intake_mean=2900, days=28, weigh_days=56,
                                   seed=10, noise_kg=0.05)
        dropped = [w if w.at.date() < goal_day else
                   WeightLogged(at=w.at, mass_kg=w.mass_kg - min(1.5, 0.25 * (w.at.date()
                                                                       - goal_day).days))
                   for w in weights]
        damped = balance(events, dropped,
                         profile=a_profile(goal="lose-1", goal_since=goal_day))
        plain = balance(events, dropped, profile=a_profile(goal="lose-1"))
        assert damped.adaptive is not None
        assert plain.adaptive is not None
        assert damped.adaptive.water_damped_kg < -0.3
        assert damped.adaptive.raw_tdee_kcal_per_day < plain.adaptive.raw_tdee_kcal_per_day

    def test_rev2_never_called_measured(self) -> None:
        """The contract labels the adaptive figure as an estimate from logs and weigh-ins."""
        events, weights = simulate(true_resting=2400, intake_mean=2700, days=28, weigh_days=56,
                                   seed=11, noise_kg=0.1)
        doc = balance(events, weights).to_contract()
        assert doc["adaptive"]["label"] == "estimate from your logs and weigh-ins"
        assert "measured" not in json.dumps(doc)


class TestEveningShortfall:
    @pytest.mark.parametrize(
        ("eaten", "hard", "named"),
        [
            (352, True, True),  # a half marathon with 352 kcal eaten
            (352, False, False),  # no hard training: the multi-day nudges handle it
            (2200, True, False),  # 800 kcal short of a ~3,000 target: not large
            (1700, True, True),
        ],
    )
    def test_rev2_evening_summary_names_a_large_same_day_shortfall_after_hard_training(
        self, eaten: float, hard: bool, named: bool
    ) -> None:
        """>= 1,000 kcal and >= 40 % of the target uneaten after hard training (§9 rev 2)."""
        b = balance([a_meal(kcal=eaten), a_run()])
        text = same_day_shortfall(b, hard_training=hard)
        assert (text is not None) is named
        if text:
            assert f"{round(eaten):,} of {round(b.target_kcal):,} kcal" in text
            assert "One option" in text


@pytest.mark.parametrize(("goal", "said"), [("lose-2", True), ("maintain", False)])
def test_rev2_an_answer_about_the_target_says_when_the_floor_binds(goal: str, said: bool) -> None:
    """"How much is left today?" names the binding floor too (every place shows the target)."""
    profile = a_profile(goal=goal)
    b = balance([a_meal()], profile=profile)
    text = left_today(Facts(b, profile))
    assert ("safe floor" in text) is said
