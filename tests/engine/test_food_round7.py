"""Issue 15, foods round 7: brands SR28's descriptions name, the piece weights of small things,
gluten-free rows, food words of other languages, foods the table lacks asked about
(scripts/corpus_probes_foods6.py, written before the fixes)."""

from __future__ import annotations

import pytest

from tests.engine.foods import TABLE
from tests.engine.test_food_families import only
from tests.engine.test_food_regional import assert_row_at_portion
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_words import meals, runs


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("2 butterfingers", "19069", 120),  # "Candies, NESTLE, BUTTERFINGER Bar", 60 g
        ("a baby ruth", "19111", 60),  # "Candies, NESTLE, BABY RUTH Bar"
        ("a pack of rolos", "19152", 48),  # "Candies, ROLO Caramels in Milk Chocolate"
        ("a krackel", "19110", 41),  # "Candies, KRACKEL Chocolate Bar"
        ("6 starbursts", "19156", 30),  # "STARBURST Fruit Chews", 5 g a chew
    ],
)
def test_a_brand_sr28_writes_in_capitals_names_its_row(
    text: str, ndb_no: str, grams: float
) -> None:
    """A product's brand alone is the row SR28 files it under, at the row's portion."""
    (meal,) = meals(parse(text))
    (item,) = meal.items
    assert item.resolved and item.source == f"usda:{ndb_no}", item
    assert item.grams == pytest.approx(grams)


@pytest.mark.parametrize("text", ["jack and I ran 5k in 25:00", "toast and a wonder", "a combo"])
def test_a_brand_that_is_an_english_word_names_nothing_alone(text: str) -> None:
    """ "JACKS Vanilla Wafers" and "WONDER Hamburger Rolls" are not what "jack" or "a wonder"
    say: no meal of wafers or rolls is invented."""
    sources = {i.source for m in meals(parse(text)) for i in m.items}
    assert sources.isdisjoint({"usda:28215", "usda:18641", "usda:19049"})


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("bowl of cocoa pebbles", "08015", 30),  # POST's own row, not FRUITY PEBBLES
        ("rice chex", "08064", 27),  # Rice CHEX, not Corn CHEX
        ("a york peppermint pattie", "19091", 43),  # the pattie, not YORK BITES
        ("4 twizzlers", "19112", 45),  # Strawberry Twists, 11.25 g a twist
    ],
)
def test_a_named_product_is_its_own_row(text: str, ndb_no: str, grams: float) -> None:
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("5 pizza rolls", 5 * 80 / 6),  # six rolls a 80 g serving, not five servings
        ("30 goldfish crackers", 30 * 0.52),  # SR28's fish-shaped crackers, 0.52 g each
        ("6 gingersnaps", 42),  # USDA's 7 g gingersnap (a UK ginger nut stays 10 g)
        ("2 ginger nuts", 20),
    ],
)
def test_small_things_counted_weigh_their_pieces(text: str, grams: float) -> None:
    _, got, _ = only(text)
    assert got == pytest.approx(grams, rel=0.01)


GLUTEN_FREE_BREAD = {"usda:28337", "usda:28336", "usda:28338", "usda:28339"}


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("2 slices gluten free bread", GLUTEN_FREE_BREAD),  # "Bread, gluten-free, white, ..."
        ("gf toast", GLUTEN_FREE_BREAD),
        ("3 gf oreos", {"usda:28332"}),  # its gluten-free creme sandwich cookies
        ("gluten-free pasta", {"usda:20092", "usda:20657", "usda:20654", "usda:20655"}),
        ("2 gluten free waffles", {"usda:28346"}),
        ("gf porridge", {"usda:08121"}),  # SR28 has no gluten-free oatmeal: the porridge
    ],
)
def test_gluten_free_is_sr28_s_gluten_free_row(text: str, sources: set[str]) -> None:
    """A food said gluten-free is SR28's gluten-free row of it where SR28 has one, never the
    wheat row."""
    (meal,) = meals(parse(text))
    (item,) = meal.items
    assert item.resolved and item.source in sources, item


def test_gluten_free_slices_weigh_their_own_slice_and_take_butter_each() -> None:
    """ "2 slices of gluten free toast with butter": two of SR28's gluten-free slices, a pat of
    butter on each, as on any toast."""
    (meal,) = meals(parse("2 slices of gluten free toast with butter"))
    toast, butter = meal.items
    assert toast.source in GLUTEN_FREE_BREAD
    row = TABLE.usda(toast.source.removeprefix("usda:"))
    assert row is not None and toast.grams == pytest.approx(2 * row.units["slice"])
    assert butter.source == "usda:01001" and butter.grams == pytest.approx(10)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("un croissant et un café au lait", ["usda:18239", "usda:14209"]),
        ("eine Brezel und ein Kaffee", ["usda:43109", "usda:14209"]),
        ("huevos revueltos", ["usda:01132"]),
        ("2 huevos fritos", ["usda:01128"]),
        ("dal chawal", ["usda:16070", "usda:20045"]),  # chawal is rice
        ("6 perogies", ["usda:32025"]),  # not a beer (a look-alike of "peronis")
    ],
)
def test_food_words_of_other_languages(text: str, sources: list[str]) -> None:
    """French, Spanish and German articles and joining words around foods, and the foods'
    own words, read as the foods they name."""
    items = [i for m in meals(parse(text)) for i in m.items]
    assert [i.source for i in items] == sources, items


def test_a_pierogi_is_usda_s_38_g_piece() -> None:
    (meal,) = meals(parse("6 perogies"))
    assert meal.items[0].grams == pytest.approx(6 * 38)


@pytest.mark.parametrize("text", ["2 kimbap", "a tartiflette", "pav with cream and passionfruit"])
def test_a_food_the_table_lacks_is_a_meal_that_asks(text: str) -> None:
    """A counted thing in words no English has is a dish to ask about, not "didn't catch";
    "pav" is no pavlova (in Indian English it is a bread roll)."""
    result = parse(text)
    asked = [i.text for m in meals(result) for i in m.items if not i.resolved]
    assert len(asked) == 1 and asked[0].split()[-1] in ("kimbap", "tartiflette", "pav")
    assert not result.unparsed


def test_a_dish_the_table_lacks_after_a_run_is_asked_not_dropped() -> None:
    """ "ran 10k in 50 min, then a tartiflette": the run, and a meal asking what it was."""
    result = parse("ran 10k in 50 min, then a tartiflette")
    assert len(runs(result)) == 1
    assert [i.text for m in meals(result) for i in m.items if not i.resolved] == ["tartiflette"]


@pytest.mark.parametrize(
    "text",
    [
        "ran 10k, then a nap",
        "8k 40:00, hangang park",
        "2 laps",
        "2 mins",
        "a dnf",
        "trail 18.5km 3:02:10 with a headtorch",  # kit the run was done with
        "Morning Run\n8.02 km\n42:51\nCadence 174 spm\n512 kcal",
    ],
)
def test_english_words_and_places_beside_a_run_are_no_food(text: str) -> None:
    assert not meals(parse(text))


def test_hungry_jacks_is_burger_king() -> None:
    """Burger King trades as Hungry Jack's in Australia: its cheeseburger is BK's row."""
    (meal,) = meals(parse("hungry jacks cheeseburger"))
    assert meal.items[0].source == "usda:21251"


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("an avocado", 136),  # SR28's California (Hass) fruit without skin and seed
        ("half an avocado", 68),
        ("2 eggs + half an avo", 68),
    ],
)
def test_an_avocado_is_the_one_shops_sell(text: str, grams: float) -> None:
    """One avocado weighs SR28's California fruit (136 g), not 09037's 201 g average with
    Florida fruit of 304 g in it: half of it is the 68 g every block's label uses."""
    (meal,) = meals(parse(text))
    avocado = next(i for i in meal.items if i.food == "avocado")
    assert avocado.grams == pytest.approx(grams)


def test_smashed_avo_is_on_sourdough_and_avocado_toast_on_toast() -> None:
    """The cafe's smashed avo is half an avocado on a slice of sourdough; said "on toast", or
    avocado toast, it is on a slice of white toast."""
    (on_toast,) = meals(parse("avo on toast"))[0].items  # the avocado toast dish, as said
    assert on_toast.food == "avocado toast"
    (smashed,) = meals(parse("smashed avo"))[0].items
    (toast,) = meals(parse("smashed avo on toast"))[0].items
    assert smashed.grams == pytest.approx(68 + 69)
    assert toast.grams == pytest.approx(68 + 29)
