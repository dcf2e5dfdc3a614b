"""Everyday food names inside messages (issue 15): what a runner writes reaches the food it
names, at the portion it means, and a name the table cannot honestly know is asked about.

Each test is a family of phrasings, checked by what the reply is built from: the items logged,
their foods and energy, and what comes back as not understood.
"""

from __future__ import annotations

import pytest

from engine.events import MealLogged
from tests.engine.test_parsing import only_meal, parse
from tests.engine.test_parsing_words import asked_about, meals


def foods(text: str) -> list[str | None]:
    return [item.food for item in only_meal(text).items]


class TestPizzaByTheSlice:
    """Slices of a pizza's topping at a meal are slices of that pizza, not 2 g of sausage."""

    @pytest.mark.parametrize(
        "text",
        ["dinner 2 slices pepperoni and a beer", "2 slices of pepperoni for lunch",
         "had 2 slices pepperoni pizza"],
    )  # fmt: skip
    def test_two_slices_of_pepperoni_are_two_slices_of_pizza(self, text: str) -> None:
        (pizza, *_) = only_meal(text).items
        assert pizza.food == "pepperoni pizza"
        assert pizza.kcal is not None and 550 < pizza.kcal < 700

    @pytest.mark.parametrize(
        ("text", "food"), [("2 slices of toast", "toast"), ("3 slices of cheese", "cheddar")]
    )
    def test_slices_of_other_foods_stay_those_foods(self, text: str, food: str) -> None:
        assert foods(text) == [food]


class TestCrispsByTheirFlavour:
    """ "A bag of salt and vinegar" is a bag of crisps: never salt plus vinegar."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("a bag of salt and vinegar", ["crisps"]),
            ("pint of bitter and a bag of salt and vinegar", ["beer", "crisps"]),
            ("a packet of cheese and onion and a coke", ["sour cream and onion crisps", "cola"]),
            ("bag of ready salted with my sandwich", ["crisps", "sandwich"]),
            ("a packet of prawn cocktail", ["crisps"]),
        ],
    )
    def test_the_flavour_names_the_crisps(self, text: str, expected: list[str]) -> None:
        got = foods(text)
        assert set(expected) <= set(got), got
        assert "salt" not in got and "vinegar" not in got

    @pytest.mark.parametrize("text", ["had a bag of salt", "a bag of sugar"])
    def test_a_bag_of_a_seasoning_is_asked_about_not_logged_at_0_kcal(self, text: str) -> None:
        result = parse(text)
        assert all(not item.resolved for m in meals(result) for item in m.items)
        assert asked_about(result)


class TestMealsNamedByTheirOccasion:
    """A UK meal deal, a Sunday lunch, a recovery shake: the food those words name."""

    @pytest.mark.parametrize(
        "text", ["had a meal deal", "lunch: meal deal", "meal deal for lunch", "a tesco meal deal"]
    )
    def test_a_meal_deal_is_a_sandwich_crisps_and_a_drink(self, text: str) -> None:
        meal = only_meal(text)
        assert [item.food for item in meal.items] == ["meal deal"]
        assert 550 < meal.kcal < 800

    def test_a_meal_deal_with_its_parts_counts_the_parts(self) -> None:
        meal = only_meal("meal deal: chicken sandwich, crisps and a diet coke")
        assert [item.food for item in meal.items] == ["chicken sandwich", "crisps", "diet coke"]

    @pytest.mark.parametrize(
        "text",
        ["had sunday lunch", "sunday lunch at the pub", "had sunday dinner at my mums",
         "had a sunday roast", "had a roast"],
    )  # fmt: skip
    def test_sunday_lunch_is_the_roast_dinner(self, text: str) -> None:
        assert foods(text) == ["sunday roast"]
        assert parse(text).unparsed == ()

    def test_a_roast_for_sunday_dinner_listed_is_its_parts(self) -> None:
        meal = only_meal("roast chicken, mash, peas and gravy for sunday dinner")
        assert "sunday roast" not in [item.food for item in meal.items]
        assert meal.meal == "dinner"

    @pytest.mark.parametrize(
        "text",
        ["had a recovery shake", "recovery shake after my run",
         "ran 10k in 50 min, recovery shake after"],
    )  # fmt: skip
    def test_a_recovery_shake_is_a_drink_not_a_label(self, text: str) -> None:
        (meal,) = meals(parse(text))
        assert [item.food for item in meal.items] == ["recovery drink"]

    @pytest.mark.parametrize(
        "text", ["recovery shake 25g whey", "recovery shake: 2 scoops whey with water"]
    )
    def test_a_recovery_shake_with_its_parts_counts_the_parts(self, text: str) -> None:
        assert "recovery drink" not in foods(text)
        assert "whey" in foods(text)

    @pytest.mark.parametrize("text", ["xmas", "xmas party tonight"])
    def test_a_passing_xmas_logs_no_christmas_dinner(self, text: str) -> None:
        logged = [e for e in parse(text).events if isinstance(e, MealLogged)]
        assert all(i.food != "christmas dinner" for m in logged for i in m.items)

    @pytest.mark.parametrize("text", ["had xmas dinner", "had christmas lunch"])
    def test_christmas_dinner_named_is_logged(self, text: str) -> None:
        assert foods(text) == ["christmas dinner"]


class TestSubsBySize:
    @pytest.mark.parametrize("text", ["had a footlong", "a footlong and a coke"])
    def test_a_footlong_alone_is_a_footlong_sub(self, text: str) -> None:
        (sub, *_) = only_meal(text).items
        assert sub.food == "footlong"
        assert sub.kcal is not None and 650 < sub.kcal < 800

    def test_a_footlong_of_a_filling_is_twice_its_six_inch(self) -> None:
        (sub,) = only_meal("footlong turkey sub").items
        assert sub.grams == pytest.approx(367)


class TestUkSandwichWords:
    @pytest.mark.parametrize(
        "text", ["egg mayo sandwich from boots", "had an egg mayo", "meal deal (egg mayo, crisps)"]
    )
    def test_egg_mayo_is_the_shop_sandwich(self, text: str) -> None:
        (sandwich, *_) = only_meal(text).items
        assert sandwich.food == "egg sandwich"
        assert sandwich.kcal is not None and 300 < sandwich.kcal < 380

    @pytest.mark.parametrize("text", ["chicken, rice, black beans, mild salsa", "spicy salsa"])
    def test_salsa_by_its_heat_is_salsa(self, text: str) -> None:
        assert "salsa" in foods(text)
