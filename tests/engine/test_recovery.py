"""Recovery intake after a run: >= 0.25 g/kg protein within 2 h (§6, N7 rev 2)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engine.events import FoodItem, MealLogged, RunLogged
from engine.food import FoodTable
from engine.parsing import ParseContext, parse_message
from engine.recovery import (
    has_recovery_intake,
    is_hard,
    is_recovery_intake,
    mentions_second_session,
    needs_recovery,
    recovery_dose,
    sessions_close,
)

FOODS = FoodTable.load()

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

    @pytest.mark.parametrize(("kg", "ml"), [(70, 650), (50, 500), (90, 850)])
    def test_rev2_volumes_are_computed_from_the_food_table(self, kg: float, ml: int) -> None:
        """The millilitres of chocolate milk really carry the protein quoted (§6 rev 2)."""
        dose = recovery_dose(kg, FOODS)
        assert dose.example.startswith(f"about {ml} ml of chocolate milk")
        milk = FOODS.match("chocolate milk")
        assert milk is not None
        protein = ml * milk.food.density_g_per_ml * milk.food.protein_g / 100
        assert protein == pytest.approx(dose.protein_g, abs=0.8)  # 25 ml of rounding

    def test_without_a_food_table_low_fat_chocolate_milk_is_assumed(self) -> None:
        """SR28 01104: 3.5 g protein per 100 g, so 21 g is about 600 ml."""
        assert recovery_dose(70).example.startswith("about 600 ml")


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

    def test_rev2_protein_only_intake_satisfies_the_follow_up(self) -> None:
        """A pure protein shake with >= 0.25 g/kg counts, carbohydrate or not (N7 rev 2)."""
        assert is_recovery_intake(a_meal(carbs_g=0), RUN_END, 70)

    def test_two_small_entries_add_up(self) -> None:
        """Two small entries inside the window together make a recovery intake."""
        yogurt = a_meal(minutes_after_run=20, protein_g=10, carbs_g=4)
        milk = a_meal(minutes_after_run=25, protein_g=8, carbs_g=27)
        late = a_meal(minutes_after_run=200, protein_g=40, carbs_g=90)
        assert has_recovery_intake([yogurt, milk], RUN_END, 70)
        assert not has_recovery_intake([yogurt], RUN_END, 70)
        assert not has_recovery_intake([late], RUN_END, 70)


def a_run(minutes: float, km: float, tags: tuple[str, ...] = ()) -> RunLogged:
    return RunLogged(at=RUN_END - timedelta(minutes=minutes), distance_m=km * 1000,
                     duration_s=minutes * 60, energy_kcal=300, tags=tags)


MEDIAN_PACE = 330.0  # 5:30 /km


class TestRev2HardSessions:
    @pytest.mark.parametrize(
        ("run", "hard", "reminded"),
        [
            (a_run(30, 5.45), False, False),  # an easy 30 min at 5:30/km
            (a_run(50, 9.1), False, True),  # >= 45 min: reminded as before
            (a_run(25, 4.0, ("intervals",)), True, True),  # "8x400m" session of 25 min
            (a_run(22, 4.4, ("tempo",)), True, True),
            (a_run(21, 5.0, ("race",)), True, True),  # a parkrun
            (a_run(15, 3.0, ("intervals",)), False, False),  # under 20 min
            (a_run(25, 5.2), True, True),  # 4:48/km: >= 10 % faster than 5:30
            (a_run(25, 4.8), False, False),  # 5:12/km: only 6 % faster
        ],
    )
    def test_rev2_hard_sessions_of_20_min_get_the_recovery_reminder(
        self, run: RunLogged, hard: bool, reminded: bool
    ) -> None:
        """N7: hard = tagged or >= 10 % faster than the median of recent runs, >= 20 min."""
        assert is_hard(run, MEDIAN_PACE) is hard
        assert needs_recovery(run, 45, MEDIAN_PACE) is reminded

    @pytest.mark.parametrize(
        ("other_start_h", "other_end_h", "close"),
        [
            (6, 7, True),  # a session 6 h after the run ends
            (9, 10, False),
            (-5, -4, True),  # one that ended 4 h before the run started (either order)
            (-12, -11, False),
        ],
    )
    def test_rev2_two_sessions_under_8_h_apart_trigger_the_4_hour_advice(
        self, other_start_h: float, other_end_h: float, close: bool
    ) -> None:
        """Either order, logged: the 1.0-1.2 g/kg/h x 4 h advice (§6, N7 rev 2)."""
        run = a_run(60, 10)
        other = (RUN_END + timedelta(hours=other_start_h), RUN_END + timedelta(hours=other_end_h))
        assert sessions_close(run.at, run.ended_at, [other]) is close
        dose = recovery_dose(70, FOODS, next_session_soon=close)
        assert (dose.fast_refuel is not None) is close
        if close:
            assert dose.fast_refuel is not None
            assert "70-84 g of carbohydrate an hour for the next 4 hours" in dose.fast_refuel

    @pytest.mark.parametrize(
        ("text", "stated"),
        [
            ("ran 10k in 50 min, running again tonight", True),
            ("easy 5k, second run later today", True),
            ("easy 5k later today", False),
            ("easy 5k, second run this evening", True),
            ("double day: 8k this morning", True),
            ("ran 10k in 50 min", False),
        ],
    )
    def test_rev2_a_stated_second_session_counts(self, text: str, stated: bool) -> None:
        """"again tonight" tells of a session < 8 h away before it is logged."""
        assert mentions_second_session(text) is stated


@pytest.mark.parametrize(
    ("text", "hard"),
    [
        ("hard 6k in 25 min", True),
        ("ran 5k all out in 21 min", True),
        ("8x400m intervals 25 min", True),
        ("parkrun 5k in 24 min", True),
        ("easy 5k in 30 min", False),
    ],
)
def test_rev2_hard_words_in_a_message_make_a_hard_session(text: str, hard: bool) -> None:
    """The words of N7 rev 2 (intervals, repeats, tempo, race, parkrun, hard) tag the run."""
    ctx = ParseContext(received_at=RUN_END, tz=ZoneInfo("UTC"), foods=FOODS, weight_kg=70)
    (run,) = parse_message(text, ctx).events
    assert isinstance(run, RunLogged)
    assert is_hard(run, None) is hard
