"""Issue 15, foods round 7: brands SR28's descriptions name, the piece weights of small things
(scripts/corpus_probes_foods6.py, written before the fixes)."""

from __future__ import annotations

import pytest

from tests.engine.test_food_families import only
from tests.engine.test_food_regional import assert_row_at_portion
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_words import meals


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
