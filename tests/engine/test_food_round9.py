"""Issue 15, foods round 9: breadth. Everyday foods and drinks of a normal week in the UK,
Ireland, the US, Australia, New Zealand and Canada, by supermarket category and chain menu,
each its SR28 row at a usual portion (scripts/corpus_probes_foods8.py, written before the
fixes)."""

from __future__ import annotations

import pytest

from tests.engine.test_food_families import only
from tests.engine.test_food_regional import assert_row_at_portion
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_second_pass import meal
from tests.engine.test_parsing_words import asked_about, meals


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


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2 potato waffles", "potato waffle"),  # not two baked potatoes and two waffles
        ("4 cocktail sausages", "cocktail sausage"),  # not four whiskey sours
        ("3 malted milk biscuits", "malted milk biscuit"),  # not 795 g of malted drink powder
        ("a slice of swiss roll", "swiss roll"),  # not a slice of Swiss cheese
        ("a chocolate mini roll", "mini roll"),  # not Frosted Mini-Wheats
        ("a packet of jelly tots", "wine gums"),  # sweets, not jam and potato tots
        ("a bag of cola bottles", "wine gums"),  # sweets, not half a litre of cola
        ("a myprotein bar", "protein bar"),  # a bar, not a scoop of whey
        ("a tube of smarties", "smarties"),
    ],
)
def test_a_name_holding_another_foods_word_is_its_own_food(text: str, key: str) -> None:
    """A sweet or biscuit named after another food ("cola bottles", "malted milk", "swiss
    roll") is that sweet or biscuit, one food, never the food its words also name."""
    assert only(text)[0] == key


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a tube of smarties", "19141", 38),  # candy-coated chocolate, not chocolate peanuts
        ("a whole nut bar", "19132", 45),
        ("a luna bar", "25021", 48),
        ("a moon pie", "18176", 39),  # USDA's 3 inch marshmallow pie
        ("an oatmeal creme pie", "28300", 38),
        ("a box of cracker jack", "19038", 28),
        ("a crispy crunch", "19069", 48),  # Butterfinger's peanut butter crisp
        ("a kinder bueno", "19109", 43),
        ("a bar of bournville", "19902", 45),
        ("2 potato waffles", "11399", 114),
    ],
)
def test_a_shop_sweet_or_snack_is_its_row_by_the_pack(
    text: str, ndb_no: str, grams: float
) -> None:
    """A branded sweet or snack is SR28's row for it (or the generic row of its kind) at the
    pack the runner names."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    "text",
    ["a glass of tart cherry juice", "a cherry active", "a slice of pavlova", "an eton mess"],
)
def test_a_food_sr28_lacks_is_asked_about(text: str) -> None:
    """Tart cherry juice had been orange juice; a pavlova and an Eton mess no row comes near:
    the runner is asked for their energy, never given a look-alike."""
    result = parse(text)
    (logged,) = meals(result)
    assert [item.resolved for item in logged.items] == [False]
    assert asked_about(result) == [logged.items[0].text]


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("2 slices of little caesars pizza", "21287", 178),
        ("a papa johns slice", "21283", 117),
        ("kfc fries", "21238", 117),  # the fries, not a KFC breast and a side of fries
        ("a taco bell crunchy taco", "21260", 69),
        ("a burger king double cheeseburger", "21506", 162),
        ("a beef enchilada", "36050", 137),  # one restaurant enchilada
        ("a wendy's chili", "22904", 227),
    ],
)
def test_a_chain_item_is_its_chains_row(text: str, ndb_no: str, grams: float) -> None:
    """A chain item named with its chain is that chain's SR28 row, or the generic row of the
    item where SR28 has none, never the chain's fried chicken plus the item."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a short black", "espresso"),  # Australia's espresso
        ("a batch brew", "coffee"),
        ("a pour over", "coffee"),
        ("a flat white with oat", "oat flat white"),  # oat milk, not 40 g of dry oats
        ("a latte with oat", "oat latte"),
        ("a bacon and egg mcmuffin", "egg mcmuffin"),  # its bacon is in it already
    ],
)
def test_a_coffee_or_muffin_by_its_local_words_is_one_drink(text: str, key: str) -> None:
    """The cafe's own words for a coffee name the coffee, one item."""
    assert only(text)[0] == key


def test_a_cinnabon_roll_is_asked_about() -> None:
    """A Cinnabon roll had been Kellogg's Cinnabon pancakes (79 g, 212 kcal); SR28 holds no
    such roll (published ~880 kcal), so the runner is asked."""
    result = parse("a cinnabon classic roll")
    (logged,) = meals(result)
    assert [item.resolved for item in logged.items] == [False]


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a pint of madri", "14003", 568),  # a lager, not 568 g of chicken breast
        ("a guinness zero", "14305", 330),  # USDA's malt beverage, not a full-strength beer
        ("a pint of alcohol free beer", "14305", 568),
        ("2 chocolate crispy cakes", "19438", 50),  # not two bowls of cereal and two cakes
        ("5 chicken dippers", "22975", 85),
        ("an earl grey", "14355", 240),
        ("a lemon and ginger tea", "14381", 240),  # herb tea, not a lemon beside it
        ("a glass of alpro", "16139", 257),  # the soya milk, not a soya yoghurt
    ],
)
def test_a_drink_or_traybake_by_its_brand_is_its_row(text: str, ndb_no: str, grams: float) -> None:
    """A lager, a tea or a plant milk by its brand, or a traybake by its name, is the SR28 row
    of that food at its usual measure."""
    assert_row_at_portion(text, ndb_no, grams)
