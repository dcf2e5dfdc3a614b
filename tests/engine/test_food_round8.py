"""Issue 15, foods round 8: the everyday foods runners eat by category, each name its own SR28
row at a usual portion (scripts/corpus_probes_foods7.py, written before the fixes)."""

from __future__ import annotations

import pytest

from tests.engine.test_food_regional import assert_row_at_portion


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
