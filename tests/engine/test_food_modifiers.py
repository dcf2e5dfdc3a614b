"""A known food under words the table does not hold as a name (issue 15, blocks e and f): the
words around a head are read as what they are (a place, an owner, a size, a maker, a flavour,
an added food, a regional spelling) and never turn an unknown food into a look-alike.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from engine.parsing import ParseContext, parse_message
from tests.engine.foods import TABLE, food
from tests.understanding import context

CTX = context()


@pytest.mark.parametrize(
    ("name", "ndb_no"),
    [
        ("servo kitkat", "19109"),  # a place
        ("vending machine kitkat", "19109"),
        ("canteen lasagne", "22916"),
        ("leftover kids chicken nuggets", "22975"),  # an owner, and what was left
        ("my daughters fish fingers", "15027"),
        ("massive blueberry muffin", "18274"),  # a size or a mood
        ("cheeky kitkat", "19109"),
        ("heinz baked beans", "16006"),  # a maker
        ("trader joes greek yogurt", "01256"),
        ("choc chip muffin", "18274"),  # a short or regional spelling
        ("white choc muffin", "18274"),  # a flavour with no row of its own: the food
        ("vanilla chobani", "01286"),  # a flavour the table knows: that row
        ("strawberry oikos", "01286"),  # a fruit flavour: the flavoured Greek row
        ("wheat toast", "18075"),
        ("new pots", "11365"),
    ],
)
def test_a_known_food_under_a_modifier_is_that_food(name: str, ndb_no: str) -> None:
    """Words of place, owner, size, maker and flavour leave the food the runner named."""
    assert food(name).source == f"usda:{ndb_no}"


@pytest.mark.parametrize(
    "name",
    ["white pudding", "zorblax bar", "servo zorblax", "vanilla zorblax", "cheesy zorblax"],
)
def test_an_unknown_food_under_a_modifier_stays_unknown(name: str) -> None:
    """"white pudding" is no custard and "zorblax bar" no bar: the runner is asked instead."""
    assert TABLE.match(name) is None


def test_coconut_milk_is_not_milk_with_a_flavour() -> None:
    """A flavour word never reduces a plant milk to cow's milk."""
    assert food("coconut milk").source != "usda:01077"


@pytest.mark.parametrize(
    ("name", "base"),
    [("cheesy beans", "baked beans"), ("cheesy pasta", "pasta"), ("cheesy mash", "mash")],
)
def test_cheesy_adds_grated_cheese(name: str, base: str) -> None:
    """ "cheesy beans" are the beans and 30 g of cheddar, both counted."""
    plain, cheesy = food(base), food(name)
    cheese = food("cheddar").per_grams(30.0)[0]
    plain_kcal = plain.per_grams(plain.default_grams)[0]
    assert cheesy.per_grams(cheesy.default_grams)[0] == pytest.approx(plain_kcal + cheese, rel=1e-3)
    assert ("cheddar", 30.0) in cheesy.parts


def test_cheesy_beans_on_toast_keeps_the_toast() -> None:
    """A dish under "cheesy" keeps every part: beans, toast and the cheese."""
    keys = {key for key, _ in food("cheesy beans on toast").parts}
    assert {"baked beans", "toast", "cheddar"} <= keys


@pytest.mark.parametrize(
    ("text", "kcal"),
    [
        ("drank a 32oz gatorade", 254.0),  # 32 fl oz of USDA's Gatorade
        ("a 500ml coke", 218.0),
        ("a 250g steak", 470.0),
    ],
)
def test_a_size_after_a_is_the_amount(text: str, kcal: float) -> None:
    """ "a 32oz gatorade" is 32 fluid ounces, not one ounce of a look-alike row."""
    (meal,) = parse_message(text, CTX).events
    assert meal.kcal == pytest.approx(kcal, rel=0.02)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "ndb_no"),
    [
        ("full cream milk", "01077"),  # Australia and New Zealand
        ("homo milk", "01077"),  # Canada
        ("lite milk", "01082"),
        ("trim milk", "01085"),
        ("2%", "01079"),  # the US
        ("green top milk", "01079"),  # the UK's bottle tops
        ("barrys", "14355"),  # Ireland: a cup of tea with milk
        ("lyons tea", "14355"),
        ("kumara", "11508"),  # New Zealand
        ("new pots", "11365"),
        ("peameal", "10998"),  # Canada
        ("pint of best", "14003"),
        ("chobani", "01256"),
        ("lean mince", "23564"),
        ("iced black coffee", "14209"),
        ("plant protein shake", "14067"),
        ("joe joes", "18166"),
    ],
)
def test_regional_names_reach_the_row_a_dictionary_gives(name: str, ndb_no: str) -> None:
    """Each regional or brand name is the SR28 food it means where it is said."""
    assert food(name).source == f"usda:{ndb_no}"


@pytest.mark.parametrize(
    ("name", "bread"),
    [("ham sambo", "bread"), ("cheese sanga", "bread"), ("egg sarmie", "bread")],
)
def test_regional_sandwich_words_are_sandwiches(name: str, bread: str) -> None:
    """A sanga, sambo or sarmie is the bread and its filling, like a sarnie."""
    keys = {key for key, _ in food(name).parts}
    assert bread in keys
    assert len(keys) >= 2


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("double double", 130, 180),  # 14 fl oz coffee, two creams, two sugars
        ("triple triple", 190, 250),
        ("chicken fillet roll", 650, 800),  # the Irish deli roll: breaded fillet, baguette, mayo
        ("servo pie", 350, 420),  # an Australian single pie
        ("vegemite toast", 110, 140),  # a buttered slice
    ],
)
def test_regional_dishes_carry_their_parts(name: str, low: float, high: float) -> None:
    """A regional dish is the sum of its parts at the portion it is sold as."""
    dish = food(name)
    assert low <= dish.per_grams(dish.default_grams)[0] <= high


@pytest.mark.parametrize(
    ("text", "kcal"),
    [
        ("marmite on toast x2", 176.5),  # two slices, a teaspoon of Marmite each (block c)
        ("vegemite toast x2", 248.0),  # two buttered slices (block e's Australian custom)
        ("vegan protein 2 scoops", 233.0),  # two 30 g scoops, not 2 g of protein
        ("a 20 pack of timbits", 1193.0),
    ],
)
def test_counts_belong_to_what_is_counted(text: str, kcal: float) -> None:
    """A count goes to the slices, the scoops or the pack, never to a spread or a macro."""
    (meal,) = parse_message(text, CTX).events
    assert meal.kcal == pytest.approx(kcal, rel=0.02)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "ndb_no"),
    [
        ("kitkat in the office", "19109"),
        ("brew in the tent", "14355"),
        ("pint of best in the pub garden", "14003"),
        ("coke to celebrate", "14148"),
        ("whey stirred in", "14058"),
        ("banana before the start", "09040"),
    ],
)
def test_words_after_a_food_about_where_and_why_leave_the_food(name: str, ndb_no: str) -> None:
    """ "a kitkat in the office" is a KitKat: where, when and why are not part of its name."""
    assert food(name).source == f"usda:{ndb_no}"


@pytest.mark.parametrize("name", ["zorblax in the office", "chicken in the zorblax sauce"])
def test_context_words_never_make_an_unknown_food_known(name: str) -> None:
    """Only a food known by name before the context word counts; no guess is made."""
    assert TABLE.match(name) is None


def test_a_food_before_another_food_is_not_cut_at_in() -> None:
    """ "chicken in black bean sauce" keeps its sauce: a food word after "in" stops the rule."""
    match = TABLE.match("chicken in black bean sauce")
    assert match is None or "sauce" in match.food.key or match.food.parts


@pytest.mark.parametrize(
    ("text", "kcal"),
    [
        ("a side of broccoli", 27.3),  # one usual side (78 g), not a large head (280 g)
        ("a scoop of whey in 250ml skim", 195.7),  # the whey and the skimmed milk
        ("2 scoops whey in 300ml semi", 370.1),
    ],
)
def test_sides_and_shakes_weigh_what_was_had(text: str, kcal: float) -> None:
    """A side is one usual portion; a shake made in "300ml semi" holds that milk."""
    (meal,) = parse_message(text, CTX).events
    assert meal.kcal == pytest.approx(kcal, rel=0.05)  # type: ignore[attr-defined]


def test_double_is_two_usual_portions_of_a_known_food() -> None:
    """ "double chicken" at a burrito bar is two portions; "double zorblax" stays unknown."""
    one, two = food("chicken"), food("double chicken")
    assert two.default_grams == pytest.approx(2 * one.default_grams)
    assert TABLE.match("double zorblax") is None


@pytest.mark.parametrize(
    ("name", "ndb_no"),
    [
        ("rotis", "28306"),  # South Asian breads by their plural
        ("roti prata", "28286"),  # Singapore and Malaysia
        ("pap", "08091"),  # South Africa's maize porridge: USDA's cooked grits
        ("boerewors", "07956"),
        ("vetkoek", "35142"),  # fried dough bread: USDA's frybread
        ("flan", "19094"),  # the prepared caramel custard, never its dry mix
        ("platanos", "09447"),  # Hispanic US: fried sweet plantains
    ],
)
def test_world_words_reach_the_row_a_dictionary_gives(name: str, ndb_no: str) -> None:
    """South Asian, South African, Hispanic and Singaporean words runners use are known."""
    assert food(name).source == f"usda:{ndb_no}"


@pytest.mark.parametrize("name", ["mochi", "daifuku", "kaya toast", "up and go"])
def test_foods_sr28_lacks_are_never_a_look_alike(name: str) -> None:
    """ "mochi" is no "mocha": a food SR28 has no row for is asked about."""
    assert TABLE.match(name) is None


@pytest.mark.parametrize(
    ("name", "ndb_no"),
    [
        ("honey cruller", "18253"),
        ("maple dip", "18255"),
        ("dutchie", "18255"),
        ("sour cream glazed", "18248"),
        ("apple fritter", "18255"),  # fried glazed dough, never apple butter
        ("salted potatoes", "11365"),  # an aid station's boiled potatoes
    ],
)
def test_shop_doughnuts_and_aid_potatoes_are_their_kind(name: str, ndb_no: str) -> None:
    """Coffee-shop doughnuts are USDA's doughnut of their kind; aid potatoes are boiled."""
    assert food(name).source == f"usda:{ndb_no}"


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("chai", 80, 110),  # half tea, half whole milk, a teaspoon of sugar
        ("kopi", 55, 80),  # coffee with 20 g of sweetened condensed milk
        ("teh tarik", 85, 115),
        ("cafecito", 30, 40),  # an espresso whipped with two teaspoons of sugar
        ("scotch pie", 300, 360),
    ],
)
def test_drinks_and_pies_of_other_kitchens_carry_their_parts(
    name: str, low: float, high: float
) -> None:
    """Kopitiam drinks, Indian chai and a Cuban cafecito count their milk and sugar."""
    dish = food(name)
    assert low <= dish.per_grams(dish.default_grams)[0] <= high


@pytest.mark.parametrize("name", ["melon pan", "tonkatsu", "bubble tea", "gulab jamun"])
def test_dishes_sr28_lacks_are_asked_not_a_look_alike(name: str) -> None:
    """ "melon pan" is no melon and "tonkatsu" no ramen bowl: the runner is asked."""
    assert TABLE.match(name) is None


@pytest.mark.parametrize(
    ("name", "ndb_no"),
    [
        ("free range eggs", "01123"),
        ("grass fed steak", "13455"),
        ("organic porridge", "08121"),
        ("apple muffin", "18274"),
    ],
)
def test_how_a_food_was_farmed_leaves_the_food(name: str, ndb_no: str) -> None:
    """Free range, grass fed or organic: the same food, and its row (gluten free is SR28's
    gluten-free row where it has one: tests/engine/test_food_round7.py)."""
    assert food(name).source == f"usda:{ndb_no}"


def test_a_flavour_before_two_foods_is_the_first_ones() -> None:
    """ "apple crumble and custard" is a crumble and custard, not a flavoured dish of both."""
    (meal,) = parse_message("apple crumble and custard", CTX).events
    assert len(meal.items) == 2  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "ndb_no"),
    [
        ("tims chili", "22904"),  # the chain's name leaves the food it sells
        ("tim hortons bagel", "18001"),
        ("timmies hash brown", "11391"),
        ("belgian bun", "18356"),
        ("macho peas", "11313"),
        ("sofritas", "16426"),
    ],
)
def test_chain_staples_are_the_food_they_sell(name: str, ndb_no: str) -> None:
    """Tim Hortons, Nando's, Greggs and Chipotle names reach the generic SR28 row."""
    assert food(name).source == f"usda:{ndb_no}"


def test_a_chicken_bake_is_pastry_chicken_and_sauce() -> None:
    """A Greggs chicken bake counts its puff pastry, chicken and sauce."""
    keys = {key for key, _ in food("greggs chicken bake").parts}
    assert {"puff pastry", "chicken breast", "white sauce"} <= keys


def _pint_grams(text: str, zone: str) -> float:
    ctx = ParseContext(received_at=CTX.received_at, tz=ZoneInfo(zone), foods=CTX.foods)
    (meal,) = parse_message(text, ctx).events
    (item,) = meal.items  # type: ignore[attr-defined]
    return float(item.grams)


@pytest.mark.parametrize(
    ("zone", "ml"),
    [
        ("Europe/Dublin", 568.26),  # the imperial pint, as in London
        ("America/Toronto", 568.26),  # Canada's pint is imperial too
        ("America/Chicago", 473.18),  # a US pint is 16 fl oz
        ("Pacific/Honolulu", 473.18),
    ],
)
@pytest.mark.parametrize("text", ["a pint of beer", "a pint of best", "pint of milk"])
def test_a_pint_is_the_pint_where_the_runner_lives(zone: str, ml: float, text: str) -> None:
    """A pint is 568 ml in the UK, Ireland and Canada, and 473 ml in the United States."""
    london = _pint_grams(text, "Europe/London")
    assert _pint_grams(text, zone) == pytest.approx(london * ml / 568.26, rel=0.001)


@pytest.mark.parametrize("word", ["weather", "better", "rather", "heart"])
def test_chat_words_a_typo_from_a_food_are_no_food(word: str) -> None:
    """ "lovely weather" is no Werther's toffee, "feeling better" no butter."""
    assert TABLE.match(word) is None


@pytest.mark.parametrize(
    "text", ["lovely weather for it", "feeling better today", "i'd rather rest tomorrow"]
)
def test_chat_near_a_food_logs_nothing(text: str) -> None:
    """Chat whose words sit a typo from a food's name logs no meal."""
    assert parse_message(text, CTX).events == ()


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("arroz con pollo", {"rice", "chicken thigh"}),
        ("licuado", {"milk", "banana", "sugar"}),
        ("gyudon", {"rice", "beef"}),
        ("oyakodon", {"rice", "chicken thigh", "egg"}),
    ],
)
def test_home_dishes_of_other_kitchens_count_their_parts(name: str, parts: set[str]) -> None:
    """A Hispanic or Japanese home dish is the sum of the foods it is made of."""
    assert parts <= {key for key, _ in food(name).parts}


@pytest.mark.parametrize("text", ["side hustle is going well", "both sides felt tight today"])
def test_side_is_a_portion_only_as_a_side_of(text: str) -> None:
    """ "a side of broccoli" is a portion; "side hustle" and "both sides" are chat."""
    assert parse_message(text, CTX).events == ()


def test_an_abbreviation_is_a_food_only_as_said() -> None:
    """ "pb" is peanut butter when said alone; dropping a word before it makes no food."""
    assert food("pb").source == "usda:16098"
    assert TABLE.match("massive pb") is None
