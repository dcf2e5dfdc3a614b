"""Recovery intake after a run: >= 0.25 g/kg protein with carbohydrate within 2 h (§6, N7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from engine.events import FoodItem, MealLogged
from engine.recovery import has_recovery_intake, is_recovery_intake, recovery_dose

RUN_END = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)


def a_meal(
    *, minutes_after_run: float = 30, protein_g: float = 20, carbs_g: float = 60
) -> MealLogged:
    item = FoodItem(
        text="recovery",
        kcal=4 * (protein_g + carbs_g),
        protein_g=protein_g,
        carbs_g=carbs_g,
        fat_g=2,
    )
    return MealLogged(at=RUN_END + timedelta(minutes=minutes_after_run), items=(item,))


class TestRecoveryDose:
    def test_a_70_kg_runner_needs_about_21_g_protein_and_70_g_carbohydrate(self) -> None:
        """0.3 g/kg protein and about 1 g/kg carbohydrate (§6: 20-25 g + 60-80 g at 70 kg)."""
        dose = recovery_dose(70)
        assert (dose.protein_g, dose.carbs_g) == (21.0, 70.0)

    def test_the_example_says_how_much_chocolate_milk(self) -> None:
        """The dose comes with an everyday example in millilitres of chocolate milk."""
        assert recovery_dose(70).example.startswith("about 600 ml of low-fat chocolate milk")

    def test_a_lighter_runner_gets_a_smaller_glass(self) -> None:
        """The example scales with body weight, in 50 ml steps."""
        assert "about 450 ml" in recovery_dose(50).example


class TestIsRecoveryIntake:
    @pytest.mark.parametrize("minutes", [0, 30, 119, 120])
    def test_protein_and_carbs_within_two_hours_count(self, minutes: float) -> None:
        """From the run's end up to 2 h after, 17.5 g protein with carbs counts for 70 kg."""
        assert is_recovery_intake(a_meal(minutes_after_run=minutes, protein_g=17.5), RUN_END, 70)

    @pytest.mark.parametrize("minutes", [-5, 121, 300])
    def test_outside_the_window_it_does_not_count(self, minutes: float) -> None:
        """A snack before the run ended or after 2 h is not a recovery intake."""
        assert not is_recovery_intake(a_meal(minutes_after_run=minutes), RUN_END, 70)

    def test_too_little_protein_does_not_count(self) -> None:
        """17 g is under 0.25 g/kg for a 70 kg runner."""
        assert not is_recovery_intake(a_meal(protein_g=17), RUN_END, 70)

    def test_protein_without_carbohydrate_does_not_count(self) -> None:
        """A pure protein shake lacks the carbohydrate a recovery intake needs."""
        assert not is_recovery_intake(a_meal(carbs_g=0), RUN_END, 70)

    def test_a_shake_and_a_banana_add_up(self) -> None:
        """Two small entries inside the window together make a recovery intake."""
        shake = a_meal(minutes_after_run=20, protein_g=20, carbs_g=0)
        banana = a_meal(minutes_after_run=25, protein_g=1, carbs_g=27)
        late = a_meal(minutes_after_run=200, protein_g=40, carbs_g=90)
        assert has_recovery_intake([shake, banana], RUN_END, 70)
        assert not has_recovery_intake([shake], RUN_END, 70)
        assert not has_recovery_intake([late], RUN_END, 70)
