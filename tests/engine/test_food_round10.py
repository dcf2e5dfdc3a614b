"""Issue 15, foods round 10: breadth by category. Home-cooked dishes, produce by every English
name, meat cuts and fish, cheeses, sauces, puddings and sweets, sports nutrition by brand,
breakfasts and deli fillings, each its SR28 row (or the table's honest stand-in) at a usual
portion, or asked about where SR28 has no row near (scripts/corpus_probes_foods9.py, written
before the fixes)."""

from __future__ import annotations

import pytest

from tests.engine.foods import TABLE
from tests.engine.test_food_families import only
from tests.engine.test_food_regional import assert_row_at_portion
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_words import asked_about, meals


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("american cheese", "01042", 21),  # process cheese, not the low-fat row at half its energy
        ("a kraft single", "01252", 19),  # USDA's cheese product, its slice
        ("currants", "09085", 40),  # dried zante currants, not raw redcurrants
        ("20% fat beef mince", "23575", 150),  # 80/20, not the 93/7 row
        ("lambs kidneys", "17196", 100),
        ("cheese sauce", "01164", 60),  # not the plain white sauce
        ("dauphinoise potatoes", "11373", 122),  # USDA's au gratin potatoes, half a cup
        ("pickled beetroot", "11609", 50),  # a side, not USDA's 227 g cup
        ("a sausage and egg muffin", "21359", 165),  # one McMuffin, not a sausage beside one
        ("chicken slices", "07961", 60),  # deli slices, not a 150 g roast breast
    ],
)
def test_a_food_sr28_names_is_its_own_row(text: str, ndb_no: str, grams: float) -> None:
    """An everyday name SR28 holds a row for is that row, at a usual portion."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("seafood paella", "paella"),
        ("cannelloni", "lasagna"),
        ("baked ziti", "pasta bake"),
        ("chicken tagine", "chicken casserole"),  # a chicken stew, not a bare thigh
        ("chicken adobo", "chicken casserole"),  # had been gumbo
        ("curry goat", "lamb curry"),
        ("scouse", "irish stew"),
        ("pancit", "lo mein"),
        ("lumpia", "egg roll"),
        ("frittata", "spanish omelette"),
        ("salmon fishcakes", "fish cakes"),  # one cake, not a salmon fillet beside it
        ("quorn nuggets", "veggie nuggets"),  # not quorn mince and chicken nuggets
        ("beef fajitas", "chicken fajitas"),  # one plate, not beef beside the plate
        ("breaded chicken", "breaded chicken fillet"),  # had been meatless chicken
        ("basa fillet", "basa"),
        ("barramundi", "sea bass"),
        ("tiger prawns", "shrimp"),
        ("cavolo nero", "kale"),
        ("mature cheddar", "cheddar"),
        ("roquefort", "blue cheese"),
        ("green pesto", "pesto"),
        ("wholegrain mustard", "mustard"),
        ("a jar of dolmio", "pasta sauce"),
        ("bisto gravy", "gravy"),  # the gravy once, not granules beside it
        ("3 werthers originals", "werthers originals"),
        ("liquorice", "twizzlers"),
        ("gu stroopwafel", "honey stinger waffle"),  # not a gel beside a waffle
        ("a casein shake", "casein"),  # not casein and a milkshake
        ("a beet it shot", "beetroot juice"),
        ("sis go electrolyte", "electrolyte powder"),
        ("sis rego", "recovery drink"),
        ("precision hydration 1000", "electrolyte tabs"),
        ("steel cut oats", "porridge"),
        ("pain perdu", "french toast"),
    ],
)
def test_an_everyday_name_is_its_food(text: str, key: str) -> None:
    """A dish, cut, fish, cheese, sauce, sweet or sports product by its local or brand name is
    the table's food for it, one item."""
    assert only(text)[0] == key


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("spaghetti on toast", {"spaghetti hoops", "toast"}),  # tinned, not 180 g of pasta
        ("jelly and ice cream", {"jelly dessert", "ice cream"}),  # the jelly dessert, not jam
        ("lentil bolognese", {"pasta", "lentils", "pasta sauce"}),  # not lentils and a spag bol
        ("egg salad", {"boiled egg", "mayonnaise"}),  # not an egg beside a side salad
        ("pie and mash", {"steak pie", "mashed potato"}),  # the mash with the pie
        ("moules frites", {"mussels", "chips"}),
    ],
)
def test_a_dish_of_parts_is_one_food(text: str, parts: set[str]) -> None:
    """A dish the table holds by its parts is one item, made of those parts."""
    key, _, _ = only(text)
    dish = TABLE.get(key)
    assert dish is not None and {name for name, _ in dish.parts} == parts


@pytest.mark.parametrize(
    "text",
    [
        "a nut roast",  # had been 28 g of mixed nuts
        "mascarpone",  # had been a macaron
        "molletes",  # had been millet
        "aubergine parmigiana",  # had been an aubergine and a chicken parmesan
        "mango chutney",
        "hollandaise",
        "parma ham",
        "a slice of panettone",
        "energy balls",
    ],
)
def test_a_food_sr28_lacks_is_asked_about(text: str) -> None:
    """SR28 has no row nor a stand-in within 15 % for these: the runner is asked for their
    energy, never given a look-alike nor left with words the reply ignores."""
    result = parse(text)
    (logged,) = meals(result)
    assert [item.resolved for item in logged.items] == [False]
    assert asked_about(result) == [logged.items[0].text]


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("honey mustard", "04703", 15),  # the dressing, not 5 g of yellow mustard
        ("chilli oil", "04582", 5),  # the oil, not a bowl of chili con carne and olive oil
        ("yoghurt raisins", "25043", 30),  # not a pot of yoghurt and a box of raisins
        ("reduced sugar jam", "43344", 20),  # a spoon, not USDA's 100 g
        ("lamb shish", "17014", 150),  # not a lamb chop beside a chicken kebab
        ("a tunnocks caramel wafer", "18213", 26),
        ("a rich tea", "18212", 8),  # the 8 g biscuit, not a 15 g digestive
    ],
)
def test_a_shop_sauce_sweet_or_skewer_is_its_row(text: str, ndb_no: str, grams: float) -> None:
    """A sauce, sweet or skewer by its shop name is its SR28 row (or the table's stand-in) at
    a usual portion, one item."""
    assert_row_at_portion(text, ndb_no, grams)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("apricot jam", "jam"),  # not an apricot beside the jam
        ("redcurrant jelly", "jam"),  # not redcurrants and jam
        ("date syrup", "honey"),  # not dates and maple syrup
        ("corn ribs", "corn on the cob"),  # not sweetcorn and pork ribs
    ],
)
def test_a_name_holding_two_foods_words_is_one_food(text: str, key: str) -> None:
    """A jam, syrup or side named after a fruit or a cut is one food, never both."""
    assert only(text)[0] == key


@pytest.mark.parametrize("text", ["a vanilla slice", "2 custard slices", "a steak slice"])
def test_a_food_sr28_lacks_ending_in_a_unit_word_is_asked(text: str) -> None:
    """A bakery slice SR28 has no row for is asked about as a whole, never read as a slice of
    what its first word names (a vanilla slice had been a soft-serve cone)."""
    result = parse(text)
    (logged,) = meals(result)
    assert [item.resolved for item in logged.items] == [False]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a yeo valley yoghurt", "yogurt"),
        ("pilgrims choice", "cheddar"),
        ("2 slices of hovis", "wholemeal bread"),  # had been asked: the maker alone is its bread
        ("2 slices of kingsmill", "bread"),
        ("burgen bread", "wholemeal bread"),  # one bread, not a brown and a white slice
        ("skippy peanut butter", "peanut butter"),
        ("a flatbread", "pita"),  # had been asked
        ("a pack of mini rice cakes", "mini rice cakes"),  # a 30 g pack, not 100 g
        ("chicken and sweetcorn soup", "chicken soup"),  # not a breast, sweetcorn and a soup
        ("tuna sashimi", "sashimi"),  # not a tin of tuna beside the sashimi
        ("a pork banh mi", "banh mi"),  # not a pork loin beside the banh mi
        ("beef satay", "chicken satay"),  # not beef beside the chicken satay
        ("a steak burrito", "chicken burrito"),  # not a steak and a bare tortilla
        ("chicken pathia", "curry"),  # had been a chicken patty
        ("a seekh kebab", "kofta"),
        ("fish curry", "prawn curry"),
        ("carne asada", "flank steak"),
        ("harira", "lentil soup"),
    ],
)
def test_a_brand_or_a_dish_of_another_kitchen_is_its_food(text: str, key: str) -> None:
    """A supermarket brand or a dish of another kitchen is the table's food for it, one item,
    never asked nor split into the foods its words also name."""
    assert only(text)[0] == key
