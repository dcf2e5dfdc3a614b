"""Issue 15, the sixth "chat" round: nothing invented. A type 1 diabetic's readings and doses
beside a log are no figures."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import parse


class TestDiabeticReadingsAndDoses:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("bg 5.9 at the start, 10k 51:40", 10, 51 * 60 + 40),
            ("glucose 12.3 after the run, 14k 1:12:00", 14, 72 * 60),
            ("libre showing 6.6, 6 miles in 52:30", 9.656, 52 * 60 + 30),
            ("5.2 mmol/l before, ran 8k in 43:00", 8, 43 * 60),
            ("blood glucose 140 mg/dl, 5k 27:15", 5, 27 * 60 + 15),
            ("T1D here, ketones 0.2, 12k in 1:05:00", 12, 65 * 60),
            ("glucose 10.4 after parkrun, 25:30", 5, 25 * 60 + 30),
        ],
    )
    def test_a_reading_beside_a_run_leaves_the_run_alone(
        self, text: str, km: float, seconds: int
    ) -> None:
        """'bg 5.9' is no food to ask about and no figure of the run: the run alone, asked
        about nothing."""
        result = parse(text)
        [run] = result.events
        assert isinstance(run, RunLogged)
        assert run.distance_m == pytest.approx(km * 1000, abs=1)
        assert run.duration_s == seconds
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("bg 3.6 so 5 jelly beans", "jelly beans"),
            ("sensor says 3.9, glass of apple juice", "apple juice"),
            ("took 6u for a bagel", "bagel"),
            ("bolused 4 units for a banana", "banana"),
            ("3 units of novorapid and 2 slices of toast", "toast"),
            ("had a hypo on the cooldown, 4 jelly beans", "jelly beans"),
        ],
    )
    def test_the_food_after_a_reading_or_a_dose_is_the_meal(self, text: str, food: str) -> None:
        """The food a diabetic eats for a low or doses for is the meal, with nothing else in
        it: 'took 6u' is no item, '3.6' no count."""
        result = parse(text)
        [meal] = result.events
        assert isinstance(meal, MealLogged)
        [item] = meal.items
        assert item.resolved and item.food is not None and food in item.food
        assert result.unparsed == ()

    def test_a_reading_beside_a_weigh_in_logs_the_weight(self) -> None:
        """'blood sugar 6.0, weighed 71.3' is a weigh-in of 71.3 kg."""
        [weight] = parse("blood sugar 6.0, weighed 71.3").events
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(71.3)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [("3 glucose tablets", 30.0), ("mug of tea with 2 sugars", 30.0)],
    )
    def test_glucose_and_sugar_counted_as_food_stay_food(self, text: str, kcal: float) -> None:
        """A number before 'glucose tablets' or 'sugars' counts food, not a reading."""
        [meal] = parse(text).events
        assert isinstance(meal, MealLogged)
        assert sum(i.kcal or 0 for i in meal.items) > kcal

    def test_a_triathlon_transition_is_not_a_diabetic_word(self) -> None:
        """'T1 2:10' in a triathlon is the first transition: the swim, ride and run stay."""
        result = parse("swim 28:00, T1 2:10, bike 1:05:00, T2 1:00, run 44:00")
        assert [e.kind for e in result.events] == ["activity", "activity", "run"]
