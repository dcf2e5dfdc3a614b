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


class TestSecondRound:
    """Spreads on a share of a bagel, eating verbs, the day and the fridge as filler, a
    course named after the food, what it was served over or stirred into, AU beer measures,
    level and rounded spoons, doubles and pairs, "1 and 1/2"."""

    def test_half_a_bagel_takes_half_the_spread(self) -> None:
        half = meal("half a bagel with peanut butter").items
        assert half[1].grams == pytest.approx(16.0)  # a tablespoon, half of the bagel's two

    @pytest.mark.parametrize(
        "text",
        ["inhaled a bag of crisps", "demolished a bag of crisps", "polished off a bag of crisps"],
    )
    def test_how_fast_it_went_is_no_part_of_the_food(self, text: str) -> None:
        assert keys(text) == ["crisps"]
        assert grams(text) == pytest.approx(grams("a bag of crisps"))

    def test_wolfed_down_keeps_the_count(self) -> None:
        assert grams("wolfed down 2 bananas") == pytest.approx(grams("2 bananas"))

    @pytest.mark.parametrize(
        "text",
        ["3 bananas through the day", "3 bananas across the day", "3 bananas out of the fridge"],
    )
    def test_when_and_where_from_are_no_food(self, text: str) -> None:
        assert keys(text) == ["banana"]
        assert grams(text) == pytest.approx(grams("3 bananas"))

    @pytest.mark.parametrize(
        "text", ["ice cream for pudding", "ice cream for pud", "ice cream for afters"]
    )
    def test_a_course_named_after_the_food_is_no_second_food(self, text: str) -> None:
        assert keys(text) == ["ice cream"]

    def test_what_a_dish_was_served_over_is_a_food_of_its_own(self) -> None:
        assert keys("chilli over rice") == ["chili con carne", "rice"]
        assert keys("curry over a bed of rice") == ["curry", "rice"]

    def test_what_a_spoonful_was_stirred_into_is_a_food_of_its_own(self) -> None:
        assert keys("a tsp of honey in my tea") == ["honey", "tea"]
        assert keys("sugar in my coffee") == ["sugar", "coffee"]

    @pytest.mark.parametrize(
        ("text", "ml"),
        [("a schooner of beer", 425.0), ("2 schooners", 850.0), ("a middy", 285.0),
         ("a tinnie at the footy", 375.0), ("a stubby of beer", 375.0)],
    )  # fmt: skip
    def test_australian_beer_measures(self, text: str, ml: float) -> None:
        assert keys(text) == ["beer"]
        assert grams(text) == pytest.approx(ml * grams("a pint") / 568.26125, rel=0.01)

    def test_a_level_spoon_is_the_spoon_and_a_rounded_one_heaped(self) -> None:
        assert grams("2 level scoops of whey") == pytest.approx(grams("2 scoops of whey"))
        assert grams("a rounded tbsp of peanut butter") == grams("a heaped tbsp of peanut butter")

    def test_a_double_portion_is_two_portions(self) -> None:
        assert grams("a double portion of rice") == pytest.approx(2 * grams("a portion of rice"))
        assert keys("double cream") == ["cream"]  # a food's own name stays

    def test_a_pair_is_two(self) -> None:
        assert grams("a pair of boiled eggs") == pytest.approx(grams("2 boiled eggs"))

    def test_one_and_a_fraction_in_digits(self) -> None:
        assert grams("1 and 1/2 cups of oats") == pytest.approx(grams("1.5 cups of oats"))


class TestThirdRound:
    """Ground flaxseed by its own spoon, counts past twelve in words, "half dozen", units
    misspelt, and a unit's full stop before "of"."""

    def test_ground_flaxseed_is_usdas_ground_tablespoon(self) -> None:
        assert grams("a tbsp of ground flaxseed") == pytest.approx(7.0)
        assert grams("a tbsp of flaxseed") == pytest.approx(10.3)

    @pytest.mark.parametrize(
        ("text", "count"),
        [("twenty almonds", 20), ("fifteen grapes", 15), ("twenty-five grapes", 25),
         ("thirty five almonds", 35)],
    )  # fmt: skip
    def test_a_count_past_twelve_in_words(self, text: str, count: int) -> None:
        assert meal(text).items[0].quantity == count

    def test_grams_in_words(self) -> None:
        assert grams("thirty grams of oats") == pytest.approx(30.0)

    def test_half_dozen_without_its_article(self) -> None:
        assert grams("half dozen eggs") == pytest.approx(grams("6 eggs"))

    @pytest.mark.parametrize(
        ("text", "same_as"),
        [("2 tbls peanut butter", "2 tbsp peanut butter"), ("a tbspn of honey", "a tbsp of honey"),
         ("100 gramms of rice", "100 g of rice"), ("2 tspns of sugar", "2 tsp of sugar")],
    )  # fmt: skip
    def test_a_unit_misspelt(self, text: str, same_as: str) -> None:
        assert grams(text) == pytest.approx(grams(same_as))

    def test_a_unit_with_a_full_stop_before_of_is_no_weigh_in(self) -> None:
        assert grams("1 lbs. of strawberries") == pytest.approx(453.6, rel=0.01)


class TestWeightEach:
    """What one of a count weighed, said after it, and a dry weight in brackets."""

    @pytest.mark.parametrize(
        "text", ["2 slices of toast (35g each)", "2 slices of toast, 35g each"]
    )
    def test_a_weight_each_times_the_count(self, text: str) -> None:
        assert grams(text) == pytest.approx(70.0)

    def test_a_weight_each_of_counted_eggs(self) -> None:
        assert grams("2 eggs, 60g each") == pytest.approx(120.0)
        assert grams("3 eggs (60g each)") == pytest.approx(180.0)

    def test_an_amount_of_each_food_stays_each_foods(self) -> None:
        assert [item.grams for item in meal("curry and rice, 200g each").items] == [200.0, 200.0]

    def test_dry_weight_in_brackets_is_the_dry_food(self) -> None:
        assert keys("100g rice (dry weight)") == keys("100g dry rice")


class TestChickenBreast:
    """A chicken breast with no weight is 120 g cooked, as the labelled blocks weigh it; a
    portion of chicken 150 g (block g's lifter's bowl)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("a chicken breast", 120.0), ("half a chicken breast", 60.0),
         ("chicken breast x2", 240.0), ("a portion of chicken", 150.0)],
    )  # fmt: skip
    def test_a_breast_weighs_what_the_blocks_weigh(self, text: str, expected: float) -> None:
        assert grams(text) == pytest.approx(expected)


class TestSingleAndDash:
    @pytest.mark.parametrize(
        ("text", "same_as"),
        [("a single banana", "a banana"), ("a single slice of toast", "1 slice of toast"),
         ("a single espresso", "an espresso")],
    )  # fmt: skip
    def test_a_single_one_is_one(self, text: str, same_as: str) -> None:
        assert grams(text) == pytest.approx(grams(same_as))

    def test_single_cream_keeps_its_name(self) -> None:
        assert keys("2 tbsp single cream") == ["single cream"]

    def test_a_dash_is_a_tablespoon_not_a_glass(self) -> None:
        assert grams("a dash of milk") == pytest.approx(grams("a tbsp of milk"))


class TestASplashInEachDrink:
    @pytest.mark.parametrize(
        "text", ["coffee x3 with a splash of milk", "3 teas with a splash of milk"]
    )
    def test_several_hot_drinks_each_take_their_splash(self, text: str) -> None:
        milk = meal(text).items[1]
        assert milk.grams == pytest.approx(3 * meal("a splash of milk").items[0].grams)

    def test_one_drink_takes_one_splash(self) -> None:
        milk = meal("a coffee with a splash of milk").items[1]
        assert milk.grams == pytest.approx(meal("a splash of milk").items[0].grams)


class TestTheOtherHalf:
    @pytest.mark.parametrize("text", ["the other half of my bagel", "the other half of the bagel"])
    def test_the_other_half_of_one_is_half_of_it(self, text: str) -> None:
        assert grams(text) == pytest.approx(0.5 * grams("a bagel"))
