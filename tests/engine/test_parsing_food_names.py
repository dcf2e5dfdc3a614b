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
        (meal,) = meals(parse(text))  # a scoop of whey: every recovery shake spelt out is
        assert [item.food for item in meal.items] == ["protein shake"]

    @pytest.mark.parametrize(
        "text", ["recovery shake 25g whey", "recovery shake: 2 scoops whey with water"]
    )
    def test_a_recovery_shake_with_its_parts_counts_the_parts(self, text: str) -> None:
        assert "protein shake" not in foods(text)
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


class TestChainsAndPackets:
    """A chain's item by its menu name, an oatmeal packet by its flavour: the SR28 row of it."""

    @pytest.mark.parametrize(
        ("text", "food", "low", "high"),
        [
            ("3 spicy tenders from popeyes", "popeyes spicy tenders", 350, 450),
            ("2 jr cheeseburgers from wendy's", "jr cheeseburger", 580, 740),
            ("a junior cheeseburger", "jr cheeseburger", 290, 370),
            ("maple brown sugar oatmeal packet", "maple brown sugar oatmeal", 140, 180),
            ("instant oatmeal packet", "instant oatmeal", 130, 170),
            ("2 packets of instant oatmeal", "instant oatmeal", 260, 340),
        ],
    )
    def test_the_item_and_its_portion(self, text: str, food: str, low: float, high: float) -> None:
        (item,) = only_meal(text).items
        assert item.food == food
        assert item.kcal is not None and low < item.kcal < high

    @pytest.mark.parametrize("text", ["30g grated cheddar", "grated cheese 30g"])
    def test_grated_cheese_is_cheese(self, text: str) -> None:
        (item,) = only_meal(text).items
        assert item.food == "cheddar" and item.grams == pytest.approx(30)

    def test_carrots_and_peas_are_two_vegetables_a_bag_of_peas_and_carrots_one(self) -> None:
        assert foods("roast beef, mash, carrots and peas")[-2:] == ["carrots", "peas"]
        assert foods("peas and carrots") == ["peas and carrots"]

    @pytest.mark.parametrize("text", ["a pasty from greggs on the way home", "had a pasty"])
    def test_a_pasty_of_no_named_kind_is_asked_about(self, text: str) -> None:
        """Steak, cheese and onion or a Cornish: SR28 has no pasty, so the runner is asked."""
        result = parse(text)
        assert asked_about(result)
        assert all(i.food != "cornish pasty" for m in meals(result) for i in m.items)


class TestWhereAndWhyFoodWasHad:
    """The journey or the reason around food names no food and no run."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("twix and a can of coke on the drive back from the fell race", ["twix", "cola"]),
            ("a banana on the walk home from parkrun", ["banana"]),
            ("hot choc to warm up after a freezing parkrun", ["hot chocolate"]),
            ("soup to warm up after a muddy run", ["soup"]),
            ("a flapjack to refuel", ["flapjack"]),
        ],
    )
    def test_only_the_food_is_logged(self, text: str, expected: list[str]) -> None:
        result = parse(text)
        assert [e.kind for e in result.events] == ["meal"]
        assert [item.food for item in meals(result)[0].items] == expected
        assert result.unparsed == ()


class TestKcalStatedPerUnit:
    """ "200 kcal a bottle" after "2 bottles of tailwind" is per bottle: 400 kcal drunk."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("2 bottles of tailwind, 200 kcal a bottle", 400),
            ("2 slices of pizza, 300 kcal a slice", 600),
            ("fuel: 3 SIS gels (87 kcal each), 2 bottles of tailwind, 200 kcal a bottle", 661),
        ],
    )
    def test_the_stated_kcal_counts_once_per_unit(self, text: str, kcal: float) -> None:
        meal = only_meal(text)
        assert meal.kcal == pytest.approx(kcal)
        assert all(item.resolved for item in meal.items)


class TestNamesAsWritten:
    """The words as a runner writes them name the food: with an amount after, a fraction or
    a container before, or a word that changes nothing ("flat coke")."""

    @pytest.mark.parametrize(
        ("text", "food", "grams"),
        [
            ("glass of red with dinner, 175ml", "wine", 174),
            ("glass of white, 250ml", "white wine", 248.5),
            ("2 grilled cheese quarters", "grilled cheese", 54),
            ("2 orange quarters", "orange", 65.5),
            ("2 cups of flat coke", "cola", 491),
        ],
    )
    def test_the_food_at_the_amount(self, text: str, food: str, grams: float) -> None:
        (item,) = only_meal(text).items
        assert item.food == food
        assert item.grams == pytest.approx(grams, rel=0.01)

    @pytest.mark.parametrize(
        "text", ["hot dog and a bag of chips at the ballgame", "a bag of chips", "bag of crisps"]
    )
    def test_a_bag_of_chips_is_crisps(self, text: str) -> None:
        (*_, item) = only_meal(text).items
        assert item.food == "crisps" and item.grams == 28

    def test_a_bag_of_a_flavour_that_is_also_a_food_is_crisps(self) -> None:
        assert foods("a bag of roast chicken") == ["crisps"]
        assert foods("roast chicken") == ["roast chicken"]
