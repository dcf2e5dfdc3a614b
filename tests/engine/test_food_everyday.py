"""Everyday foods a runner eats, by family (issue 15): each name reaches an SR28 row that is
what was eaten (or, where SR28 has none, the honest stand-in its note names) at a portion
whose energy is what that food usually carries.

Each family lists (name, the SR28 row's ndb_no, kcal low, kcal high) for one usual portion:
the band is what the food is bought or served as (a UK supermarket or bakery item, a takeaway
portion, a cafe drink, a branded bar or gel by its label), wide enough for brands to differ.
"""

from __future__ import annotations

import pytest

from engine.food_names import normalize_name, translate
from engine.food_search import content_words
from tests.engine.foods import TABLE, everyday_rows, food, kcal_of_one

Case = tuple[str, str, float, float]

SANDWICHES_AND_BAKERY: list[Case] = [
    ("egg mayo", "01129", 300, 380),  # a shop egg mayo sandwich
    ("egg mayo sandwich", "01129", 300, 380),
    ("egg mayonnaise sandwich", "01129", 300, 380),
    ("club sandwich", "05064", 450, 650),
    ("chicken club", "05064", 450, 650),
    ("blt", "10860", 300, 450),
    ("cheese and onion pasty", "01009", 380, 520),
    ("cheese & onion bake", "01009", 380, 520),
    ("pork pie", "10220", 400, 600),
    ("steak pie", "22529", 500, 700),
    ("steak and ale pie", "22529", 500, 700),
    ("meat pie", "22529", 350, 450),  # the Australian single pie, 175 g
    ("almond croissant", "18239", 350, 470),
    ("cinnamon roll", "18356", 250, 350),
    ("chelsea bun", "18356", 250, 350),
    ("brownie", "18154", 220, 300),
    ("flapjack", "19015", 300, 400),
    ("everything bagel", "18001", 230, 300),
    ("hot chocolate", "01105", 170, 220),  # USDA's homemade hot cocoa, a 250 ml mug
    ("hot choc", "01105", 170, 220),
    ("double cheeseburger", "21092", 420, 500),
    ("mcdonalds double", "21344", 400, 470),
]

TAKEAWAYS_AND_PUB: list[Case] = [
    ("garlic naan", "28307", 230, 300),
    ("peshwari naan", "28307", 230, 300),
    ("scampi and chips", "15150", 900, 1300),
    ("sunday roast", "05013", 450, 750),
    ("sunday lunch", "05013", 450, 750),
    ("roast", "05013", 450, 750),  # "had a roast": the roast dinner
    ("carvery", "05013", 450, 750),
    ("pepperoni pizza", "21302", 280, 340),  # one slice
    ("quesadilla wedges", "21488", 100, 160),  # one wedge: a quarter of USDA's quesadilla
    ("footlong", "21154", 650, 800),
    ("beef", "13364", 200, 300),  # a cooked portion, not 3 g of cured dried beef
    ("cooked beef", "13364", 200, 300),
    ("mild salsa", "06164", 5, 20),
    ("spicy salsa", "06164", 5, 20),
]

CRISPS_BY_FLAVOUR: list[Case] = [
    ("salt and vinegar", "19411", 130, 170),
    ("bag salt and vinegar", "19411", 130, 170),
    ("packet ready salted", "19411", 130, 170),
    ("bag cheese and onion", "19043", 130, 170),
    ("packet prawn cocktail", "19411", 130, 170),
    ("bag smoky bacon", "19411", 130, 170),
    ("mccoys", "19411", 130, 170),  # UK brands by the bag
    ("hula hoops", "19411", 130, 170),
    ("tyrrells", "19411", 130, 170),
    ("monster munch", "19008", 100, 170),
    ("skips", "19008", 100, 170),
    ("nik naks", "19008", 100, 170),
    ("takis", "19057", 120, 170),
]

SNACKS: list[Case] = [
    ("pepperami", "07057", 100, 150),
    ("cheestrings", "01028", 60, 100),
    ("tuc", "18229", 60, 100),
    ("jacobs crackers", "18457", 20, 50),
]

SPORTS_NUTRITION: list[Case] = [
    ("maurten 320", "14296", 290, 350),
    ("sis beta fuel", "14296", 290, 350),
    ("maurten 160", "14296", 140, 180),
    ("tailwind", "14296", 180, 220),  # a bottle: two 100 kcal scoops
    ("sis beta fuel gel", "19350", 140, 175),
    ("maurten gel 160", "19350", 140, 175),
    ("precision gel", "19350", 80, 130),
    ("huel", "14062", 360, 440),
    ("huel black", "14062", 360, 440),
    ("myprotein whey", "14058", 90, 130),
    ("monster", "14627", 200, 260),  # a 500 ml can
    ("trek bar", "19406", 200, 270),
    ("nakd bar", "09421", 110, 160),
    ("recovery shake", "14058", 90, 130),  # a scoop of whey (block l)
    ("recovery drink", "01103", 250, 450),
]

FAMILIES = {
    "sandwiches and bakery": SANDWICHES_AND_BAKERY,
    "takeaways and pub": TAKEAWAYS_AND_PUB,
    "crisps by flavour": CRISPS_BY_FLAVOUR,
    "snacks": SNACKS,
    "sports nutrition": SPORTS_NUTRITION,
}
CASES = [pytest.param(*case, id=f"{family}: {case[0]}") for family, cases in FAMILIES.items()
         for case in cases]


@pytest.mark.parametrize(("name", "ndb_no", "low", "high"), CASES)
def test_the_name_reaches_its_sr28_row_at_a_usual_portion(
    name: str, ndb_no: str, low: float, high: float
) -> None:
    """The row is the food (or its noted stand-in) and one portion carries its usual energy."""
    found = food(name)
    usda = TABLE.usda(ndb_no)
    assert usda is not None
    assert found.source == f"usda:{ndb_no}", (name, found.key, found.source)
    assert low <= kcal_of_one(name) <= high, (name, round(kcal_of_one(name)))


@pytest.mark.parametrize(("name", "ndb_no", "low", "high"), CASES)
def test_the_row_says_the_food_or_why_not(name: str, ndb_no: str, low: float, high: float) -> None:
    """One of the row's names shares a word with its SR28 description ("cheese puffs" for
    Monster Munch), it is a dish of parts, or its note says why SR28's nearest row stands in
    (no Huel or scone row)."""
    found = food(name)
    usda = TABLE.usda(ndb_no)
    assert usda is not None
    row = next(r for r in everyday_rows() if r["key"] == found.key)
    names = [row["key"], *row["synonyms"].split(";")]
    said = {w for n in names if n for w in content_words(translate(normalize_name(n)))}
    described = set(content_words(usda.name))
    assert said & described or found.parts or row["note"], name


class TestContainersAndUnits:
    """A food named with its bag, its unit or its strength is that food by that measure."""

    @pytest.mark.parametrize("name", ["bag salt", "bag sugar", "packet salt", "box salt"])
    def test_a_bag_of_a_seasoning_is_unknown_not_zero_kcal(self, name: str) -> None:
        """Nobody eats a bag of salt: the phrase is asked about, never logged at 0 kcal."""
        assert TABLE.match(name) is None
        assert TABLE.exact(name) is None

    @pytest.mark.parametrize(
        ("name", "grams"),
        [("quesadilla wedges", 45), ("quesadilla wedge", 45), ("pizza slices", 107)],
    )
    def test_a_unit_word_after_the_food_is_its_portion(self, name: str, grams: float) -> None:
        assert food(name).default_grams == grams

    def test_a_flavour_alone_is_not_crisps(self) -> None:
        """ "cheese and onion" is crisps only by the bag: in a sandwich it is the filling."""
        assert food("cheese and onion sandwich").source != "usda:19043"
        assert TABLE.match("bag cheese and onion") is not None

    @pytest.mark.parametrize("name", ["xmas", "christmas"])
    def test_a_season_is_no_dinner(self, name: str) -> None:
        """Bare "xmas" in a message is a time of year: no 700 kcal Christmas dinner."""
        match = TABLE.match(name)
        assert match is None or match.food.key != "christmas dinner"
        assert food("xmas dinner").key == "christmas dinner"
