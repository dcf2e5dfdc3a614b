"""Issue 15, foods: everyday words of the Irish, West African, Caribbean, Dutch, Nordic,
German and Turkish kitchens that SR28 has a row for, each at its usual portion (probes in
scripts/corpus_probes_foods3.py, written before these were read)."""

from __future__ import annotations

import pytest

from engine.food import FoodTable
from tests.engine.test_food_families import only
from tests.engine.test_parsing import only_meal, parse
from tests.engine.test_parsing_words import asked_about, meals

TABLE = FoodTable.load()


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a cut of wheaten bread", "18032", 40),  # Irish soda loaves: USDA's Irish soda bread
        ("3 cuts of soda bread", "18032", 120),  # a cut is a slice
        ("2 cuts of sliced pan", "18069", 58),  # the Irish white sliced loaf
        ("4 cuts of batch bread", "18069", 116),
        ("200g of pounded yam", "11602", 200),  # true yam, not the US sweet potato
        ("a cup of boiled white yam", "11602", 136),
        ("a cup of boiled cocoyam", "11519", 132),  # taro, cooked: never eaten raw
        ("a cup of boiled plantain", "09278", 200),  # cooked, not the raw row
        ("3 glasses of çay", "14355", 300),  # Turkish tea: a 100 ml tulip glass, no milk
        ("a doppio", "14210", 60),  # two shots
        ("2 long blacks", "14210", 120),  # a double shot over hot water
        ("a double espresso", "14210", 60),
        ("a korvapuusti", "18356", 60),  # a Nordic cinnamon bun: USDA's roll
        ("a laugenbrezel", "43109", 115),  # USDA's medium soft pretzel
        ("2 tbsp creme cheese", "01017", 29),  # "creme" is the French spelling of cream
        ("2 snickerdoodles", "18204", 30),  # USDA's sugar cookie
        ("2 finger rolls", "18350", 88),  # hot dog rolls
        ("a muller corner", "43261", 125),  # a fruit yoghurt pot
    ],
)
def test_the_word_is_its_sr28_row_at_its_portion(text: str, ndb_no: str, grams: float) -> None:
    assert_row_at_portion(text, ndb_no, grams)


def assert_row_at_portion(text: str, ndb_no: str, grams: float) -> None:
    """The phrase is one food, the everyday name of SR28's row, at that many grams."""
    key, got, kcal = only(text)
    row = TABLE.usda(ndb_no)
    everyday = TABLE.get(key)
    assert row is not None and everyday is not None
    assert everyday.source == f"usda:{ndb_no}"
    assert got == pytest.approx(grams)
    assert kcal == pytest.approx(row.kcal * grams / 100, rel=0.01)


def test_a_bare_yam_stays_the_american_sweet_potato() -> None:
    """ "Yams" in the US are sweet potatoes; only a yam named boiled, pounded or white is yam."""
    assert only("a yam")[0] == "sweet potato"


def test_a_vegetable_soup_is_made_up_not_condensed() -> None:
    """A bowl of vegetable soup is a cup of it as eaten (~70 kcal), not 245 g of the
    condensed can (~160 kcal, two bowls once made up)."""
    key, _, kcal = only("a bowl of vegetable soup")
    soup = TABLE.get(key)
    assert soup is not None and soup.source == "usda:06468"
    assert 50 < kcal < 90


def test_a_broodje_is_a_roll_with_its_filling() -> None:
    """A Dutch broodje kaas is a soft roll with 30 g of Gouda: one dish, both counted."""
    (item,) = only_meal("broodje kaas").items
    assert item.kcal is not None and 200 < item.kcal < 250


@pytest.mark.parametrize(
    ("text", "key", "grams"),
    [
        ("a tub of hummus", "hummus", 200),  # the shop tub, not a 30 g dip
        ("half a tub of houmous", "hummus", 100),
        ("a tub of cottage cheese", "cottage cheese", 300),
        ("a satsuma", "satsuma", 88),  # a mandarin: USDA's medium tangerine
        ("3 mandarins", "satsuma", 264),
        ("a clementine", "clementine", 74),  # the smaller one
        ("a bowl of dal", "lentil curry", 240),  # a bowl at home is a cup
        ("a dal", "lentil curry", 407),  # the takeaway's pot
        ("2 tea cakes", "teacake", 120),  # one food in two words, not tea and cake
    ],
)
def test_the_portion_a_runner_means(text: str, key: str, grams: float) -> None:
    got_key, got, _ = only(text)
    assert (got_key, got) == (key, pytest.approx(grams))


@pytest.mark.parametrize("name", ["injera", "jamaican patty", "jamaican beef patty"])
def test_a_food_sr28_lacks_is_asked_not_a_look_alike(name: str) -> None:
    """Injera was 125 g of pancakes and a Jamaican beef patty a burger patty: SR28 has
    neither, so the runner is asked for their energy."""
    assert TABLE.match(name) is None


def test_a_jamaican_patty_after_a_run_is_asked_about() -> None:
    """The words of place before it dropped, it had been a 64 g burger patty."""
    result = parse("jamaican beef patty after the 10k, 46:33")
    assert asked_about(result) == ["jamaican beef patty"]
    assert all(item.kcal is None for meal in meals(result) for item in meal.items)


@pytest.mark.parametrize(
    ("text", "toast_g"),
    [
        ("2 fried eggs on tost", 58),  # misspelt, the toast was dropped as a place
        ("2 poached eggs on toastt", 58),  # two slices under more than one thing
        ("2 eggs on toast", 58),
    ],
)
def test_toast_spelt_any_way_is_not_dropped(text: str, toast_g: float) -> None:
    (*_, toast) = only_meal(text).items
    assert (toast.food, toast.grams) == ("toast", toast_g)


@pytest.mark.parametrize(
    ("text", "grams"),
    [("chese on tost x2", 98), ("chesse on toast x4", 196), ("avo toast x2", 194)],
)
def test_a_toast_dish_is_counted_by_the_slice(text: str, grams: float) -> None:
    """ "cheese on toast x2" is two slices of it (one dish), never two dishes of two."""
    assert only(text)[1] == pytest.approx(grams)


def test_a_misspelt_food_after_on_is_no_place() -> None:
    """ "ham on tost": the words after "on" name a food once respelt, so the phrase is not
    the ham alone with "on tost" dropped as where it was eaten."""
    found = TABLE.match("ham on tost")
    assert found is None or found.food.key != "ham"
