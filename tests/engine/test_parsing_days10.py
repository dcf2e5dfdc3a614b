"""Issue 15, block o's whole days and voices (scripts/corpus_probes_days10.py): each food said
after a run's ", then" its own meal, a meal's word inside a dish's name no label, a kcal after
foods given to the dish it names."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def foods(text: str) -> list[list[str | None]]:
    """The foods of each meal the message logs, meal by meal."""
    return [[item.food for item in meal.items] for meal in meals(text)]


class TestThenInADay:
    """After a run, food said to come later (", then ...") is a meal of its own each time."""

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("half marathon 1:44:20, then a banana, then a pint of lager, then a bag of crisps", 3),
            ("12k 1:03:00, then 2 weetabix, then an apple", 2),
            ("hilly 10 miler 1:31:00, then porridge, then a latte", 2),
        ],
    )
    def test_each_then_is_another_meal(self, text: str, count: int) -> None:
        result = parse(text)
        assert isinstance(result.events[0], RunLogged)
        assert len(meals(text)) == count
        assert result.unparsed == ()

    def test_under_a_label_then_stays_in_the_meal(self) -> None:
        """ "dinner: chilli and then a slice of cake" is one dinner."""
        (dinner,) = meals("ran 8k 44:00. dinner: a bowl of chilli and then a slice of cake")
        assert dinner.meal == "dinner"
        assert len(dinner.items) == 2

    def test_without_a_run_then_joins_the_meal(self) -> None:
        """No day's log: "porridge, then a coffee" is one breakfast-like meal as before."""
        assert len(meals("porridge, then a coffee")) == 1


class TestDishOfAMeal:
    """ "roast chicken dinner", "tv dinner": a dish, no label holding the parts after it."""

    def test_parts_after_a_roast_dinner_are_meals_of_their_own(self) -> None:
        text = "sun: 21k 1:58:00 | 2 bananas | roast lamb dinner 850kcal | 2 squares dark choc"
        logged = meals(text)
        assert [len(m.items) for m in logged] == [1, 1, 1]
        assert logged[1].kcal == 850
        assert all(m.meal is None for m in logged)

    def test_a_tv_dinner_is_no_label(self) -> None:
        logged = meals("tv dinner 450 cal | an apple | 4 mi 35:00")
        assert logged[0].kcal == 450
        assert len(logged) == 2

    def test_dinner_after_for_still_labels(self) -> None:
        (meal,) = meals("roast chicken for dinner")
        assert meal.meal == "dinner"

    def test_one_dot_between_a_priced_dish_and_a_food_parts_them(self) -> None:
        """ "pot roast 800kcal · 2 rice cakes": two foods, not one dish priced at 800."""
        (meal,) = meals("pot roast 800kcal · 2 rice cakes")
        assert [item.kcal is not None for item in meal.items] == [True, True]
        assert meal.kcal > 800


class TestKcalOfTheDish:
    """A kcal after foods joined by "and" goes to the dish the words name."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [("chicken and leek pie 560kcal", 560), ("beef and ale stew 620kcal", 620),
         ("ham and pea soup 290 kcal", 290), ("tuna and sweetcorn jacket 520kcal", 520),
         ("cheese and onion pasty 480 kcal", 480)],
    )
    def test_a_dish_named_by_its_fillings_is_one_dish_at_its_kcal(
        self, text: str, kcal: int
    ) -> None:
        (meal,) = meals(text)
        assert meal.kcal == kcal
        assert len(meal.items) == 1

    @pytest.mark.parametrize(
        ("text", "own"),
        [
            ("a coffee and a slice of lemon drizzle 320 kcal", 320),
            ("a mug of hot chocolate and a slice of apple strudel 350 kcal", 350),
            ("a glass of orange juice and a cinnamon swirl 410 kcal", 410),
        ],
    )
    def test_a_kcal_after_foods_counted_apart_is_the_last_one_s(self, text: str, own: int) -> None:
        """The drink before keeps its own kcal: the meal is more than the stated number."""
        (meal,) = meals(text)
        assert len(meal.items) == 2
        assert meal.items[-1].kcal == own
        assert meal.items[0].kcal is not None and meal.items[0].kcal > 0

    def test_foods_with_no_count_share_the_kcal(self) -> None:
        """ "burger and chips 900 kcal" is the two together, as before."""
        (meal,) = meals("burger and chips 900 kcal")
        assert meal.kcal == 900
