"""Issue 15, foods round 8: the everyday foods runners eat by category, each name its own SR28
row at a usual portion (scripts/corpus_probes_foods7.py, written before the fixes)."""

from __future__ import annotations

import pytest

from tests.engine.test_food_families import only
from tests.engine.test_food_regional import assert_row_at_portion
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_words import meals


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a bowl of golden grahams", "08035", 30),  # General Mills, not POST's Golden Crisp
        ("a bowl of golden crisp", "08073", 30),
        ("a bowl of honey smacks", "08071", 30),
        ("a bowl of cocoa krispies", "08014", 30),  # Kellogg's, not General Mills' Cocoa Puffs
        ("a bowl of all bran", "08001", 30),  # Kellogg's ALL-BRAN, not POST Bran Flakes
        ("a bowl of multigrain cheerios", "08087", 30),
        ("a bowl of cinnamon life", "08210", 30),
        ("a bowl of cracklin oat bran", "08023", 30),
        ("a bowl of crispix", "08259", 30),
        ("a bowl of fiber one", "08244", 30),
        ("a bowl of zucaritas", "08069", 30),  # Frosted Flakes by their Spanish name
    ],
)
def test_a_cereal_by_its_brand_is_that_brands_row_by_the_bowl(
    text: str, ndb_no: str, grams: float
) -> None:
    """Each boxed cereal names its own SR28 row, a bowl 30 g as the blocks weigh one."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("wheaties", "08089", 30),
        ("kix", "08048", 30),
        ("special k", "08067", 30),
    ],
)
def test_a_cereal_named_alone_is_a_bowl(text: str, ndb_no: str, grams: float) -> None:
    """ "wheaties before the race" is a bowl of them, not USDA's cup of 36 g."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a red capsicum", "11821", 119),
        ("a green capsicum", "11333", 119),
        ("a cup of roast pumpkin", "11644", 205),  # baked winter squash, not raw pumpkin
        ("a cup of silverbeet", "11148", 175),
        ("a bowl of stewed rhubarb", "09310", 240),  # cooked with sugar, not the raw stalk
        ("a cup of cooked kale", "11234", 130),  # boiled, not a cup of raw leaves (16 g)
        ("roast aubergine", "11210", 80),  # a side, not a whole raw aubergine (458 g)
        ("steamed bok choy", "11117", 80),
        ("a cup of papaya chunks", "09226", 145),
    ],
)
def test_a_vegetable_by_its_local_name_or_cooked_state(
    text: str, ndb_no: str, grams: float
) -> None:
    """NZ's silverbeet, Australia's capsicum and a cooked vegetable are their cooked rows."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a nature valley sweet and salty bar", "25053", 35),
        ("a bag of sun chips", "25013", 28),
        ("a toblerone", "19001", 35),  # SR28's own TOBLERONE row, not plain almond chocolate
        ("a 100 grand bar", "19144", 43),
        ("a cheese danish", "18245", 71),  # not the cinnamon danish
        ("2 slices of little caesars pepperoni", "21288", 180),
        ("2 slices of domino's sausage pizza", "21494", 226),
        ("a bacon egg and cheese croissant", "21012", 128),
        ("a wendy's homestyle chicken sandwich", "21244", 230),
        ("maccas hotcakes and sausage", "21364", 192),
        ("a glass of fruit punch", "14264", 250),
        ("a bottle of arizona iced tea", "14475", 368),
        ("a glass of guava nectar", "09435", 251),
        ("a glass of passionfruit juice", "09232", 247),
        ("a glass of chocolate almond milk", "14054", 240),
        ("2 tbsp of thousand island", "04017", 32),
        ("2 tbsp of queso", "27052", 30),
        ("2 pickled herring pieces", "15041", 30),  # not the kippered herring
        ("5 potstickers", "32013", 145),  # pork potstickers, not a potato pierogi
    ],
)
def test_an_everyday_name_is_its_own_sr28_row(text: str, ndb_no: str, grams: float) -> None:
    """Snacks, chain items, drinks and condiments runners name are SR28's row for them."""
    assert_row_at_portion(text, ndb_no, grams)


def test_a_rockstar_is_its_own_can() -> None:
    """A Rockstar is SR28's Rockstar row by its can, not a Red Bull."""
    assert_row_at_portion("a rockstar", "14629", 500)


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("8 brussels sprouts", 8 * 21),  # USDA's boiled sprout, not eight servings
        ("6 asparagus spears", 6 * 15),  # the spear the runner counts
        ("4 broccoli florets", 4 * 11),  # a floret, not four large stalks
        ("a dozen mussels", 12 * 8),  # one mussel's meat, not twelve plates of them
    ],
)
def test_a_count_of_a_vegetable_by_its_piece_counts_that_piece(text: str, grams: float) -> None:
    """The piece the runner's words name (a sprout, a spear, a floret) is what they count."""
    _, got, _ = only(text)
    assert got == pytest.approx(grams)


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("a small bag of doritos", 28),
        ("a small bag of crisps", 28),
        ("a small packet of crisps", 28),
        ("a small bag of pretzels", 28),  # block m's airline pack: 1 oz
    ],
)
def test_a_small_bag_of_crisps_is_the_one_serving_bag(text: str, grams: float) -> None:
    """A 1 oz or 25 g bag is already the small one: not four fifths of it."""
    _, got, _ = only(text)
    assert got == pytest.approx(grams)


def test_a_sharing_bag_keeps_its_weight() -> None:
    """The small-bag rule leaves a named sharing bag alone."""
    _, got, _ = only("a sharing bag of doritos")
    assert got == pytest.approx(180)


@pytest.mark.parametrize("text", ["a calzone", "a piece of baklava"])
def test_a_food_sr28_lacks_named_alone_is_a_meal_to_ask_about(text: str) -> None:
    """No SR28 row and no stand-in within 15 %: the meal asks, never 0 kcal or nothing."""
    (logged,) = meals(parse(text))
    assert [item.resolved for item in logged.items] == [False]


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("chick-fil-a hash browns", "21144", 77),
        ("4 chick-n-strips", "21143", 200),  # four strips, not four nuggets
        ("sausage egg and cheese mcgriddle", "21329", 199),
        ("a sausage egg and cheese croissanwich", "21383", 171),
        ("panda express fried rice", "36602", 137),
        ("a box of animal crackers", "28399", 57),  # USDA's individual box
    ],
)
def test_a_chain_item_by_its_full_menu_name(text: str, ndb_no: str, grams: float) -> None:
    """The menu's whole name ("sausage egg and cheese mcgriddle") is the chain's row."""
    assert_row_at_portion(text, ndb_no, grams)


def test_a_drink_by_the_ounce_without_a_fluid_ounce_measure_weighs_its_volume() -> None:
    """ "a 16oz monster" is 16 fl oz of it (473 ml), not sixteen cans."""
    _, got, _ = only("a 16oz monster")
    assert got == pytest.approx(16 * 29.5735, rel=0.01)


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a scoop of orange sherbet", "19097", 74),  # a scoop, not USDA's cup
        ("a tbsp of sweet relish", "11945", 15),
        ("2 buttermilk biscuits", "18009", 102),  # USDA's medium biscuit, the US bread
    ],
)
def test_more_everyday_names_are_their_rows(text: str, ndb_no: str, grams: float) -> None:
    """A scoop of sherbet, sweet relish and a US biscuit are SR28's rows at a usual portion."""
    assert_row_at_portion(text, ndb_no, grams)


def test_a_uk_biscuit_stays_a_cookie() -> None:
    """Only a buttermilk or southern biscuit is the US bread: "2 biscuits" are cookies."""
    key, _, _ = only("2 biscuits")
    assert key == "chocolate chip cookie"


@pytest.mark.parametrize(
    ("text", "grams"),
    [("a slice of pound cake", 30), ("pound cake", 30), ("2 slices of pound cake", 60)],
)
def test_pound_cake_is_a_cake_not_a_pound_of_one(text: str, grams: float) -> None:
    """A unit word that begins a food's name is the food: a slice of pound cake, not 1 lb."""
    key, got, _ = only(text)
    assert (key, got) == ("pound cake", pytest.approx(grams))


def test_a_pound_of_a_food_is_still_a_pound() -> None:
    """ "a pound of mince" keeps its unit."""
    _, got, _ = only("a pound of mince")
    assert got == pytest.approx(453.59237)
