"""Is muscle at risk? science.md §9 rules N1-N9, goal-aware, worded per §9-10."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta

import pytest

from engine.risk import DayFacts, Risk, settled_reasons, with_today
from tests.engine.test_balance import (
    DAY,
    a_meal,
    a_profile,
    a_run,
    a_weight,
    balance,
    days_before,
    steady_days,
)

FFM = 59.5  # 70 kg man, assumed 85 % lean (§7)
REE = 1648.75
FLOOR = 30 * FFM  # §7 rest-day floor: 1,785 kcal, above the sex floor and REE


def a_day(n_before: int = 1, **overrides: object) -> DayFacts:
    """A well-fed day `n_before` days before DAY: 4 protein meals and a strength session."""
    fields: dict[str, object] = {
        "day": DAY - timedelta(days=n_before),
        "meals": 4,
        "intake_kcal": 2700.0,
        "protein_g": 140.0,
        "exercise_kcal": 400.0,
        "expenditure_kcal": 2700.0,
        "protein_meals": 4,
        "strength_sessions": 1,
    }
    fields.update(overrides)
    return DayFacts(**fields)  # type: ignore[arg-type]


def week(**overrides: object) -> list[DayFacts]:
    """Seven completed days ending yesterday, all alike."""
    return [a_day(n, **overrides) for n in range(7, 0, -1)]


def assess(
    days: Sequence[DayFacts] | None = None,
    *,
    today: DayFacts | None = None,
    goal_kcal_per_day: float = 0.0,
    trend_pct: float | None = None,
    trend_kg: float | None = None,
    trend_days: int = 0,
    warning: str | None = None,
    history_days: int = 28,
) -> Risk:
    completed = week() if days is None else days
    settled = settled_reasons(
        days=completed,
        ffm_kg=FFM,
        ree_kcal=REE,
        floor_kcal=FLOOR,
        protein_basis_kg=70.0,
        goal_kcal_per_day=goal_kcal_per_day,
        trend_pct_per_week=trend_pct,
        trend_kg_per_week=trend_kg,
        trend_days=trend_days,
        goal_warning=warning,
    )
    today = today or a_day(0, meals=1, intake_kcal=500, protein_g=30, protein_meals=1)
    return with_today(settled, completed, today, history_days)


def codes(risk: Risk) -> list[str]:
    return [r.code for r in risk.reasons]


class TestLevels:
    def test_a_well_fed_week_is_ok(self) -> None:
        """Enough energy, protein spread over meals, strength work: nothing to say."""
        assert assess() == Risk(level="ok", reasons=())

    def test_the_level_is_the_worst_reason_and_risks_come_first(self) -> None:
        """A risk outranks a watch, and reasons are ordered most urgent first (§9 priority)."""
        days = week(protein_g=60, protein_meals=1, strength_sessions=0)
        risk = assess(days, today=a_day(0, strength_sessions=0))
        assert risk.level == "risk"
        assert codes(risk) == ["N4", "N5", "N9"]


class TestFastLoss:
    def test_losing_more_than_1_percent_a_week_is_a_risk(self) -> None:
        """A 2-week trend of -1.2 %/wk (N3) is a risk, with the kcal that would slow it."""
        risk = assess(trend_pct=-1.2, trend_kg=-0.84, trend_days=21)
        assert risk.level == "risk"
        assert codes(risk) == ["N3"]
        assert "-0.84 kg a week" in risk.reasons[0].text

    def test_losing_0_7_to_1_percent_a_week_is_worth_watching(self) -> None:
        """The info band 0.7-1.0 %/wk is a watch, not a risk."""
        risk = assess(trend_pct=-0.85, trend_kg=-0.6, trend_days=21)
        assert (risk.level, codes(risk)) == ("watch", ["N3"])

    def test_a_planned_half_pound_loss_is_not_a_risk(self) -> None:
        """-0.3 %/wk while eating 250 kcal under expenditure raises nothing."""
        days = week(intake_kcal=2450, expenditure_kcal=2700)
        assert assess(
            days, goal_kcal_per_day=-250, trend_pct=-0.3, trend_kg=-0.2, trend_days=28
        ) == Risk("ok", ())


class TestEnergy:
    def test_low_energy_availability_is_a_risk(self) -> None:
        """7-day mean EA of (2,000 - 600) / 59.5 = 23.5 kcal/kg FFM is under 30 (N6)."""
        days = week(intake_kcal=2000, exercise_kcal=600, expenditure_kcal=2900)
        risk = assess(days, goal_kcal_per_day=-500)
        assert risk.level == "risk"
        assert codes(risk)[0] == "N6"
        assert "doctor or sports dietitian" in risk.reasons[0].text

    def test_eating_under_resting_energy_on_3_days_is_a_risk(self) -> None:
        """Three logged days under REE in the last week trigger N8."""
        days = week()
        for i in (1, 3, 5):
            days[i] = days[i]._replace(intake_kcal=1400, exercise_kcal=0)
        assert "N8" in codes(assess(days))

    def test_unlogged_days_are_not_low_intake_days(self) -> None:
        """A day with no meals logged is missing data, not a day of fasting."""
        days = week()
        for i in (1, 3, 5):
            days[i] = days[i]._replace(meals=0, intake_kcal=0, protein_g=0, protein_meals=0)
        assert assess(days).level == "ok"

    @pytest.mark.parametrize(
        ("goal", "balance", "flagged"),
        [
            (0, -200, False),
            (0, -300, True),
            (-250, -450, False),
            (-250, -600, True),
            (500, 200, True),
        ],
    )
    def test_eating_well_below_plan_is_worth_watching(
        self, goal: float, balance: float, flagged: bool
    ) -> None:
        """N2: 7-day mean below the goal's delta minus 250 kcal (a gain goal counts too)."""
        days = week(intake_kcal=2700 + balance, exercise_kcal=0)
        assert ("N2" in codes(assess(days, goal_kcal_per_day=goal))) is flagged


class TestProtein:
    @pytest.mark.parametrize(("low_days", "flagged"), [(2, False), (3, True), (4, True)])
    def test_protein_under_1_2_g_per_kg_on_3_of_4_days_is_a_risk(
        self, low_days: int, flagged: bool
    ) -> None:
        """Under 84 g (1.2 g/kg at 70 kg) on 3 of the last 4 logged days (N4)."""
        days = week()
        for i in range(low_days):
            days[-1 - i] = days[-1 - i]._replace(protein_g=80)
        assert ("N4" in codes(assess(days))) is flagged

    def test_in_a_deficit_the_line_is_1_6_g_per_kg(self) -> None:
        """100 g is fine when maintaining but low with a loss goal (under 112 g)."""
        days = week(protein_g=100, intake_kcal=2450)
        assert "N4" not in codes(assess(days))
        assert "N4" in codes(assess(days, goal_kcal_per_day=-250))

    def test_protein_bunched_into_few_meals_is_worth_watching(self) -> None:
        """Enough grams, but only 2 meals with 17.5 g or more on 3 days (N5)."""
        days = week()
        for i in (0, 2, 4):
            days[i] = days[i]._replace(protein_meals=2)
        risk = assess(days)
        assert (risk.level, codes(risk)) == ("watch", ["N5"])


class TestStrengthAndGoal:
    def test_no_strength_session_for_a_week_is_worth_watching(self) -> None:
        """Runs but no resistance work in 7 days (N9)."""
        days = week(strength_sessions=0)
        risk = assess(days, today=a_day(0, strength_sessions=0))
        assert (risk.level, codes(risk)) == ("watch", ["N9"])

    def test_a_new_user_is_not_told_off_for_strength_work(self) -> None:
        """With less than a week of history, N9 waits."""
        days = week(strength_sessions=0)
        assert assess(days, today=a_day(0, strength_sessions=0), history_days=3).level == "ok"

    def test_a_goal_faster_than_safe_is_worth_watching(self) -> None:
        """The goal warning becomes reason N1 at level watch."""
        risk = assess(warning="Losing 2 lb a week is about 1.3 % of your weight a week.")
        assert (risk.level, codes(risk)) == ("watch", ["N1"])


class TestWording:
    PRAISE = ("great", "well done", "congrat", "good job", "awesome", "nice work", "keep it up")

    def every_reason(self) -> list[str]:
        days = week(
            intake_kcal=1300,
            exercise_kcal=500,
            protein_g=50,
            protein_meals=1,
            strength_sessions=0,
        )
        risk = assess(
            days,
            today=a_day(0, strength_sessions=0),
            goal_kcal_per_day=-1000,
            trend_pct=-1.5,
            trend_kg=-1.0,
            trend_days=28,
            warning="Losing 2 lb a week is about 1.3 % of your weight a week.",
        )
        assert set(codes(risk)) >= {"N1", "N3", "N4", "N5", "N6", "N8", "N9"}
        return [r.text for r in risk.reasons if r.code != "N1"]

    def test_texts_never_praise_a_deficit(self) -> None:
        """No celebration of weight loss or deficits in any reason (§9, §10)."""
        for text in self.every_reason():
            assert not any(word in text.lower() for word in self.PRAISE), text

    def test_texts_offer_one_concrete_option(self) -> None:
        """Each reason describes the data and offers exactly one option."""
        for text in self.every_reason():
            assert text.count("One option") == 1, text

    def test_texts_never_suggest_skipping_meals_or_earning_food(self) -> None:
        """No advice to skip meals or run more to eat more (§9)."""
        for text in self.every_reason():
            assert "skip" not in text.lower()
            assert "earn" not in text.lower()


class TestThroughTheDayBalance:
    def test_a_runner_eating_to_a_half_pound_plan_is_ok(self) -> None:
        """Four weeks at the lose-0.5 target, losing about 0.23 kg a week: level ok."""
        profile = a_profile(goal="lose-0.5")
        target = 1648.75 * 1.4 - 250
        events = steady_days(27, kcal=target, protein_g=150)
        weights = [a_weight(days_before(DAY, 40 - i), 70.5 - 0.033 * i) for i in range(41)]
        b = balance(events, weights, profile=profile)
        assert b.risk.level == "ok", b.risk.reasons

    def test_losing_fast_on_too_little_protein_is_a_risk(self) -> None:
        """A 1.4 %/wk trend and 70 g protein a day flag N3 and N4 as risks."""
        profile = a_profile(goal="lose-1")
        events = steady_days(27, kcal=2000, protein_g=70)
        weights = [a_weight(days_before(DAY, 40 - i), 76 - 0.14 * i) for i in range(41)]
        b = balance([*events, a_run()], weights, profile=profile)
        assert b.risk.level == "risk"
        assert {"N3", "N4"} <= {r.code for r in b.risk.reasons}

    def test_todays_half_logged_day_raises_no_alarm(self) -> None:
        """Breakfast alone today is not a low-protein or low-energy day: today is still open."""
        events = steady_days(27, kcal=2400, protein_g=140)
        b = balance([*events, a_meal(DAY, 8, kcal=300, protein_g=10)])
        assert b.risk.level == "ok", b.risk.reasons


class TestRev2EnergyAvailability:
    @pytest.mark.parametrize(
        ("intake", "level", "nudge"),
        [
            (400 + 25 * FFM, "risk", True),  # EA 25: the alarm
            (400 + 26.9 * FFM, "risk", True),
            (400 + 27.5 * FFM, "watch", False),  # within logging error of 30: shown, no nudge
            (400 + 29.5 * FFM, "watch", False),
            (400 + 30.5 * FFM, None, None),
        ],
    )
    def test_rev2_n6_alarm_below_27_watch_27_to_30(
        self, intake: float, level: str | None, nudge: bool | None
    ) -> None:
        """A target on the EA floor must not raise an alarm after a 2 % slip (§9 N6 rev 2)."""
        days = week(intake_kcal=intake, exercise_kcal=400)
        n6 = [r for r in assess(days).reasons if r.code == "N6"]
        if level is None:
            assert not n6
        else:
            assert (n6[0].level, n6[0].nudge) == (level, nudge)

    def test_rev2_n8_never_advises_below_the_floor(self) -> None:
        """N8's intake advice is at least the §7 floor, not merely resting energy."""
        days = week(intake_kcal=1400, exercise_kcal=0)
        n8 = next(r for r in assess(days).reasons if r.code == "N8")
        assert f"{math.ceil(FLOOR / 50) * 50:,} kcal" in n8.text


class TestRev2Suspension:
    @pytest.mark.parametrize(
        ("daily_kcal", "suspended"),
        [(1300, True), (2600, False)],
    )
    def test_rev2_n6_or_n8_suspend_the_goal_deficit(self, daily_kcal: float,
                                                    suspended: bool) -> None:
        """While N6 or N8 is active the target is maintenance, and the reply says so."""
        events = [a_meal(days_before(DAY, n), kcal=daily_kcal) for n in range(1, 8)]
        b = balance(events, profile=a_profile(goal="lose-1"))
        assert (b.goal_held == "suspended") is suspended
        if suspended:
            assert b.goal_delta_kcal >= 0
            assert b.goal_warning is None
            assert not any(r.code == "N1" for r in b.risk.reasons)
        else:
            assert b.goal_delta_kcal == -500
