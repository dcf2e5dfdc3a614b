"""Issue 15, "units": how runners say how much of a food (checked on made-up messages, not the
corpus's): the sizes shops sell (jumbo, mini, fun size, king size, family size), a ladle, a
fistful and a blob, "most of a", a cup of nuts, and foods named by a size word."""

from __future__ import annotations

import pytest

from tests.engine.test_parsing import only_meal as meal


def grams(text: str) -> float:
    return sum(item.grams or 0.0 for item in meal(text).items)


def keys(text: str) -> list[str | None]:
    return [item.food for item in meal(text).items]


class TestShopSizes:
    """A jumbo egg, mini bagels and fun size bars had logged nothing, or an unknown item."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("a jumbo egg", 63.0),  # USDA's jumbo egg
            ("an xl egg", 56.0),
            ("2 extra large eggs", 112.0),
            ("a mini bagel", 26.0),  # USDA's mini bagel
            ("3 mini bagels", 78.0),
            ("a fun size snickers", 15.0),  # USDA's fun size bar
            ("3 fun-size snickers", 45.0),
            ("a king size snickers", 113.0),
            ("2 fun size bags of peanut m&ms", 36.0),  # USDA's fun size package
        ],
    )
    def test_a_size_a_shop_sells_weighs_what_usda_says(self, text: str, expected: float) -> None:
        assert grams(text) == pytest.approx(expected, rel=0.01)

    def test_a_fun_size_bar_usda_does_not_weigh_is_a_fraction_of_its_bar(self) -> None:
        assert grams("a fun size twix") == pytest.approx(0.3 * grams("a twix"), rel=0.01)

    def test_a_family_size_bag_is_the_sharing_bag(self) -> None:
        assert grams("a family size bag of crisps") == pytest.approx(150.0)

    def test_half_a_family_size_bar_of_chocolate_is_half_of_200_g(self) -> None:
        assert grams("half a family size bar of dairy milk") == pytest.approx(100.0)

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("mini eggs", "mini eggs"),
            ("a packet of mini cheddars", "cheese crackers"),
            ("2 mini rolls", "mini roll"),
            ("mini babybel", "babybel"),
            ("jumbo oats", "oats"),
        ],
    )
    def test_a_food_named_by_a_size_word_keeps_its_name(self, text: str, food: str) -> None:
        assert keys(text) == [food]

    def test_mini_babybel_is_one_cheese_not_a_third_of_one(self) -> None:
        assert grams("mini babybel") == pytest.approx(20.0)


class TestKitchenMeasures:
    def test_a_ladle_is_half_a_cup(self) -> None:
        assert grams("a ladle of chilli") == pytest.approx(121.0)  # USDA's cup is 242 g
        assert grams("2 ladles of chilli") == pytest.approx(242.0)

    def test_a_fistful_is_a_handful(self) -> None:
        assert grams("a fistful of raisins") == grams("a handful of raisins")

    def test_a_blob_is_a_tablespoon(self) -> None:
        assert grams("a blob of mayo") == grams("a tbsp of mayo")

    def test_a_cup_of_peanuts_is_usdas_cup_not_a_handful(self) -> None:
        assert grams("a quarter cup of peanuts") == pytest.approx(36.5)


class TestShares:
    @pytest.mark.parametrize("text", ["most of a bagel", "most of the bagel"])
    def test_most_of_one_is_three_quarters(self, text: str) -> None:
        assert grams(text) == pytest.approx(0.75 * grams("a bagel"))


class TestBowlSizes:
    def test_a_big_bowl_of_pasta_is_the_two_cup_bowl(self) -> None:
        assert grams("a big bowl of pasta") == grams("a bowl of pasta") == 250.0

    def test_a_big_bowl_of_porridge_is_a_quarter_more(self) -> None:
        assert grams("a big bowl of porridge") == pytest.approx(1.25 * grams("a bowl of porridge"))
