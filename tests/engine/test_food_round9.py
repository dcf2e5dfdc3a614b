"""Issue 15, foods round 9: breadth. Everyday foods and drinks of a normal week in the UK,
Ireland, the US, Australia, New Zealand and Canada, by supermarket category and chain menu,
each its SR28 row at a usual portion (scripts/corpus_probes_foods8.py, written before the
fixes)."""

from __future__ import annotations

import pytest

from tests.engine.test_food_families import only
from tests.engine.test_food_regional import assert_row_at_portion
from tests.engine.test_parsing_second_pass import meal


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a crunch bar", "19145", 44),  # SR28's Nestle Crunch, not a milk chocolate bar
        ("a can of mountain dew", "14079", 355),  # USDA's citrus soft drink with caffeine
        ("a bowl of kashi go lean", "08393", 30),  # GoLean itself, not the Honey Almond Flax crunch
        ("a bowl of kashi go lean crunch", "08560", 30),
        ("a toaster strudel", "18246", 53),  # the Danish row's own Toaster Strudel measure
        ("a slice of ginger cake", "18116", 74),  # USDA's gingerbread, its piece
    ],
)
def test_a_food_sr28_names_is_its_own_row(text: str, ndb_no: str, grams: float) -> None:
    """A brand or everyday name SR28 holds a row for is that row, by SR28's own measure."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a glass of tropicana", "09206", 250),
        ("a capri sun", "14264", 200),  # USDA's fruit punch drink, the pouch
        ("a can of relentless", "14627", 500),  # an energy drink of Monster's kind
        ("a glass of ginger beer", "14136", 250),  # no ginger beer row: ginger ale
        ("a chipotle burrito", "21064", 241),  # no Chipotle row: the generic burrito
        ("a yoplait", "01122", 170),  # low fat fruit yoghurt, the 6 oz pot
        ("a tracker bar", "19406", 37),  # soft nut and raisin granola bar
        ("an sis bar", "25016", 55),  # an energy bar
        ("a torq bar", "25016", 55),
        ("a laughing cow triangle", "43276", 18),  # the table's triangle
        ("2 slices of hawaiian pizza", "21299", 214),  # no ham and pineapple row
        ("a pain au raisin", "18246", 71),  # the fruit Danish "includes raisin"
    ],
)
def test_a_brand_sr28_lacks_is_usdas_generic_row(text: str, ndb_no: str, grams: float) -> None:
    """Where SR28 has no row for the brand, its generic row of the same food at the brand's
    usual size, never an unrelated row nor a question."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("a flake", 32),  # a Cadbury Flake, not the 43 g Twirl
        ("an aero", 36),
        ("a 4 finger kitkat", 42),  # one bar, not four
        ("3 lindt balls", 3 * 12),  # a truffle each
        ("6 crab sticks", 6 * 17),  # a stick each, not six servings of crab meat
        ("a subway meatball marinara", 209),  # USDA's 6 inch sub
        ("a footlong meatball marinara", 418),  # its 12 inch sub
    ],
)
def test_a_count_of_a_branded_piece_counts_that_piece(text: str, grams: float) -> None:
    """The bar, ball or stick the runner names is what they count, at its own weight."""
    _, got, _ = only(text)
    assert got == pytest.approx(grams)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a slice of coffee and walnut cake", "coffee and walnut cake"),
        ("a chicken and mushroom pie", "chicken and mushroom pie"),
        ("an ulster fry", "full english"),
    ],
)
def test_a_dish_named_with_and_is_one_food(text: str, key: str) -> None:
    """ "Coffee and walnut cake" is one cake, not a coffee, some walnuts and a cake."""
    assert only(text)[0] == key


def test_parma_ham_is_no_chicken_parma() -> None:
    """A "chicken parma" is the pub dish; "parma ham" stays ham, never a 300 g schnitzel."""
    assert only("a chicken parma")[0] == "chicken parmesan"
    assert all(item.food != "chicken parmesan" for item in meal("a parma ham sandwich").items)
