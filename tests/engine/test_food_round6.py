"""Issue 15, foods round 6: European words for foods SR28 has, the table's stand-in rows
audited against published kcal (scripts/corpus_probes_foods5.py, written before the fixes)."""

from __future__ import annotations

import pytest

from tests.engine.test_food_families import only
from tests.engine.test_food_regional import assert_row_at_portion
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_words import asked_about, meals


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("2 brötchen", "18353", 114),  # USDA's hard (kaiser) roll, 57 g
        ("a semmel", "18353", 57),
        ("pommes", "21238", 117),  # fries at USDA's medium serving
        ("a portion of patat", "21238", 117),
        ("2 spiegeleier", "01128", 92),  # two large fried eggs
        ("rührei", "01132", 122),  # scrambled eggs, two
        ("60g müsli", "08286", 60),
        ("40g haferflocken", "08120", 40),  # dry oats
        ("3 knäckebröd", "18216", 30),  # rye crispbread, 10 g each
        ("2 tbsp pindakaas", "16098", 32),
        ("bratkartoffeln", "11370", 156),  # home fries, USDA's cup
        ("2 slices of rugbrød", "18060", 64),
        ("a can of full fat coke", "14148", 330),  # the regular cola, not a question
        ("2 slices of garlic bread", "18963", 118),  # SR28 has garlic bread: no breadstick
        ("a bag of quavers", "19008", 22),  # regular cheese puffs, a UK single bag
        ("a bag of cheetos", "19008", 28),  # a US 1 oz bag
        ("4 segments of chocolate orange", "19120", 31.4),  # milk chocolate, not an orange
        ("5 quality streets", "19120", 42.5),
        ("a candy cane", "19107", 14),  # USDA's hard candy
        ("3 advent calendar chocolates", "19120", 15),  # 5 g a door
    ],
)
def test_the_word_is_its_sr28_row_at_its_portion(text: str, ndb_no: str, grams: float) -> None:
    assert_row_at_portion(text, ndb_no, grams)


def test_cheese_puffs_are_not_the_low_fat_row() -> None:
    """A bag of Wotsits had been 121 kcal of baked low-fat puffs (432 a 100 g); Walkers
    publish 539 a 100 g, SR28's regular puffs 560."""
    _, grams, kcal = only("a bag of wotsits")
    assert kcal / grams * 100 > 500


@pytest.mark.parametrize(
    "text",
    ["toad in the hole", "a frikandel", "6 bitterballen", "a currywurst", "2 vegetable pakoras"],
)
def test_a_food_whose_stand_in_is_far_off_is_asked_about(text: str) -> None:
    """Toad in the hole had been 820 kcal of sausage and batter (~570 published) and a pakora
    the samosa row at 98 g each; Dutch and German snack-bar fare SR28 has no row for."""
    result = parse(text)
    (meal,) = meals(result)
    assert [item.resolved for item in meal.items] == [False]
    assert asked_about(result) == [meal.items[0].text]


def test_what_is_known_beside_it_is_still_counted() -> None:
    """Only the food SR28 lacks is asked about: the Pommes with the currywurst are fries."""
    (meal,) = meals(parse("a currywurst with pommes"))
    assert [item.resolved for item in meal.items] == [False, True]
    assert meal.items[1].food == "fries"


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("a large pepperoni pizza", 895),  # USDA's whole 14" chain pizza, not a large slice
        ("a quarter of a large pepperoni pizza", 223.75),
        ("a third of a large pepperoni pizza", 298.33),
        ("a large slice of pepperoni pizza", 111),  # a slice named stays a slice
    ],
)
def test_a_large_pizza_is_the_whole_pie(text: str, grams: float) -> None:
    _, got, _ = only(text)
    assert got == pytest.approx(grams, rel=0.001)


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("2/3 of a 100g bar of milk chocolate", 66.67),  # had not been understood at all
        ("3/4 of a 200g bar of dark chocolate", 150),
        ("half of a 100g bar of milk chocolate", 50),
    ],
)
def test_a_share_of_a_weighed_bar_in_digits_is_that_share_of_its_weight(
    text: str, grams: float
) -> None:
    _, got, _ = only(text)
    assert got == pytest.approx(grams, rel=0.001)


def test_a_bowl_of_stew_is_usdas_cup() -> None:
    """As a bowl of soup or chili: 196 g of beef stew, not 250."""
    assert only("2 bowls of beef stew")[1] == pytest.approx(392)


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a berliner", "18256", 85),  # a jam doughnut
        ("2 krapfen", "18256", 170),
        ("kartoffelsalat", "22971", 125),  # potato salad, not words not understood
        ("a weissbier", "14003", 500),  # beer in its 500 ml glass
        ("a bag of mini eggs", "19141", 80),  # candy-coated milk chocolate
        ("2 gingerbread men", "18172", 64),
        ("a slice of simnel cake", "18110", 43),  # a fruitcake
        ("a cherry ripe", "19142", 52),
        ("a coffee crisp", "19109", 50),  # had been a coffee and a bag of crisps
    ],
)
def test_a_festive_or_regional_name_is_its_sr28_row(text: str, ndb_no: str, grams: float) -> None:
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    "text", ["a creme egg", "an easter egg", "a macaroni pie", "kendal mint cake", "2 oliebollen",
             "a nanaimo bar", "a piece of bannock"],
)
def test_a_festive_or_regional_food_sr28_lacks_is_asked_about(text: str) -> None:
    """An Easter egg had been a hen's egg, a macaroni pie pasta and an apple pie, Kendal mint
    cake a chocolate cake; the others had not been understood at all."""
    (meal,) = meals(parse(text))
    assert [item.resolved for item in meal.items] == [False]
