"""Issue 15, second pass: shapes found by the labelled blocks' misses, with new messages."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import only_run, parse


def meal(text: str) -> MealLogged:
    (event,) = parse(text).events
    assert isinstance(event, MealLogged)
    return event


class TestRestatedAmount:
    """An amount written after a list of dishes sets that dish's amount; it is not a second one."""

    def test_the_later_amount_is_the_dish_amount(self) -> None:
        logged = meal("salmon and rice, 180g salmon")
        assert len(logged.items) == 2
        salmon = logged.items[0]
        assert salmon.grams == pytest.approx(180)
        assert "rice" in logged.items[1].text

    def test_two_different_foods_stay_two(self) -> None:
        """A new amount of a food not named before is a food of its own."""
        logged = meal("pasta and pesto, 100g chicken")
        assert len(logged.items) == 3

    def test_a_food_named_twice_with_amounts_counts_twice(self) -> None:
        """ "2 eggs, then 2 more eggs": both have their own amounts, so both count."""
        logged = meal("2 eggs, 2 eggs")
        assert len(logged.items) == 2


class TestSplashOfMilk:
    """Milk in a mug of tea or coffee is a splash (30 ml), not a glass."""

    @pytest.mark.parametrize(
        "text", ["black coffee with whole milk", "mug of tea with skimmed milk", "a brew with milk"]
    )
    def test_milk_in_a_hot_drink_is_a_splash(self, text: str) -> None:
        logged = meal(text)
        assert 5 <= logged.kcal < 40  # a 30 ml splash is 10-20 kcal; a glass would be ~120

    def test_milk_on_its_own_or_on_cereal_is_a_glass_or_bowl(self) -> None:
        on_cereal = meal("granola with milk").items[-1]
        assert on_cereal.grams is not None
        assert 120 <= on_cereal.grams <= 140  # a bowl's 125 ml, not a 250 ml glass
        for text in ("2 weetabix with semi skimmed", "cornflakes and milk"):
            milk = meal(text).items[-1]
            assert milk.grams is not None and 120 <= milk.grams <= 140
        glass = meal("a glass of milk").items[-1]
        assert glass.grams is not None and glass.grams > 240

    def test_a_stated_amount_of_milk_in_coffee_is_kept(self) -> None:
        milk = meal("coffee with 100ml milk").items[-1]
        assert milk.grams == pytest.approx(103, abs=3)


class TestPartOfTheDistance:
    """ "with 5k at tempo" is inside the run's distance, not added to it."""

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("12k with 4k at threshold", 12.0),
            ("18 miles including 8 miles at marathon pace", 18 * 1.609344),
            ("long run 25k with the last 5k at HM pace", 25.0),
            ("1k warm up, 6k steady, 1k cool down", 8.0),
        ],
    )
    def test_inner_distances_do_not_add(self, text: str, km: float) -> None:
        run = only_run(text)
        assert isinstance(run, RunLogged)
        assert run.distance_m == pytest.approx(km * 1000, abs=10)


class TestRepsWrittenBackwards:
    """ "800m x 6" is six 800s, as "6 x 800m" is; the rep time after them is per rep."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("400m x 12 at 85s", 4.8, 12 * 85 / 60),
            ("yassos: 800s x 6 @ 3:30", 4.8, 6 * 3.5),
            ("mile reps x 3 at 7:00", 3 * 1.609344, 21.0),
            ("2k x 4 in 8:10 off 2 min", 8.0, 4 * (8 + 10 / 60)),
        ],
    )
    def test_reps_after_their_length(self, text: str, km: float, minutes: float) -> None:
        run = only_run(text)
        assert run.distance_m == pytest.approx(km * 1000, abs=10)
        assert run.duration_s == pytest.approx(minutes * 60, abs=1)
        assert "intervals" in run.tags

    def test_rest_before_its_time_is_not_the_session(self) -> None:
        """ "off 90s" is the rest between reps, not a 90 s run."""
        run = only_run("8 x 1k off 90s")
        assert run.distance_m == pytest.approx(8000)
        assert run.duration_s > 30 * 60


class TestLabelsAfterTheFood:
    """ "X for breakfast, Y for lunch and Z for dinner" is three meals, each with its label."""

    def test_one_meal_per_trailing_label(self) -> None:
        events = parse("bagel for breakfast, chicken salad for lunch and risotto for dinner").events
        meals = [e for e in events if isinstance(e, MealLogged)]
        assert [m.meal for m in meals] == ["breakfast", "lunch", "dinner"]
        assert [len(m.items) for m in meals] == [1, 1, 1]

    def test_a_run_in_the_same_message_is_kept(self) -> None:
        events = parse("8k easy, cereal for breakfast and soup for lunch").events
        assert [type(e).__name__ for e in events] == ["RunLogged", "MealLogged", "MealLogged"]

    def test_a_dish_with_one_label_stays_one_meal(self) -> None:
        """ "beans and toast for tea" is one evening meal of two foods."""
        (logged,) = parse("beans and toast for tea").events
        assert isinstance(logged, MealLogged)
        assert logged.meal == "dinner"
        assert len(logged.items) == 2


class TestKindOfRunAndANumber:
    """ "easy 4.2" alone is a run of 4.2 in the runner's own unit."""

    @pytest.mark.parametrize(
        ("text", "units", "km"),
        [
            ("easy 4.2", "metric", 4.2),
            ("easy 4.2", "imperial", 4.2 * 1.609344),
            ("steady 11", "imperial", 11 * 1.609344),
            ("long 24", "metric", 24.0),
        ],
    )
    def test_the_number_is_the_distance(self, text: str, units: str, km: float) -> None:
        run = only_run(text, units=units)
        assert run.distance_m == pytest.approx(km * 1000, abs=10)

    def test_a_number_of_something_else_is_no_run(self) -> None:
        """ "easy 5 min stretch" or "long day, 2 coffees" name no run distance."""
        assert not any(isinstance(e, RunLogged) for e in parse("long day, 2 coffees").events)


class TestAPint:
    """A pint with no drink named is a pint of beer; a named drink keeps its name."""

    def test_a_bare_pint_is_beer(self) -> None:
        events = parse("8 mile club run then a pint after").events
        assert [type(e).__name__ for e in events] == ["RunLogged", "MealLogged"]
        meal = events[1]
        assert isinstance(meal, MealLogged)
        assert meal.items[0].grams == pytest.approx(568, abs=5)
        assert 200 <= meal.kcal <= 300

    def test_a_pint_of_something_is_that_drink(self) -> None:
        logged = meal("pint of semi-skimmed milk")
        assert "milk" in logged.items[0].text
        assert logged.kcal > 250
