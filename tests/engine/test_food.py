"""The food table: USDA values, everyday names, typos, garbage, user foods and unit weights."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.errors import ImplausibleValue
from engine.food import Food, FoodTable, normalize_unit, user_food
from engine.food_names import normalize_name, translate
from engine.food_search import content_words, index_line
from engine.food_units import portion_words

TABLE = FoodTable.load()


def food(name: str) -> Food:
    """Return the food a name matches, failing the test when it matches nothing."""
    match = TABLE.match(name)
    assert match is not None, name
    return match.food


def part_source(part: str) -> str:
    """The USDA source of one dish part ("toast=58")."""
    return food(part.partition("=")[0]).source


def everyday_rows() -> list[dict[str, str]]:
    """Read the curated CSV exactly as shipped in the package."""
    text = (resources.files("engine") / "data" / "everyday_foods.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


class TestUsdaSanityRows:
    """The values the USDA README lists as sanity checks come through unchanged."""

    def test_egg_is_143_kcal_and_a_large_one_weighs_50_g(self) -> None:
        """An egg is 143 kcal per 100 g and one large egg is 50 g."""
        egg = food("egg")
        assert egg.source == "usda:01123"
        assert (egg.kcal, egg.protein_g, egg.carbs_g, egg.fat_g) == (143, 12.56, 0.72, 9.51)
        assert egg.grams_for(1, "large") == 50
        assert egg.grams_for(1, None) == 50

    def test_medium_banana_weighs_118_g(self) -> None:
        """A medium banana is 118 g, a small one 101 g and a large one 136 g."""
        banana = food("banana")
        assert banana.kcal == 89
        assert banana.grams_for(1, "medium") == 118
        assert banana.grams_for(1, "small") == 101
        assert banana.grams_for(1, "large") == 136

    def test_slice_of_white_bread_weighs_29_g(self) -> None:
        """The first USDA slice row wins: one slice of white bread is 29 g, not 25 g."""
        bread = food("white bread")
        assert bread.source == "usda:18069"
        assert bread.grams_for(1, "slice") == 29

    def test_two_tbsp_of_peanut_butter_weigh_32_g(self) -> None:
        """USDA's '2 tbsp = 32 g' becomes 16 g per tablespoon."""
        pb = food("peanut butter")
        assert pb.kcal == 598
        assert pb.grams_for(2, "tbsp") == 32
        assert pb.grams_for(2, "tablespoons") == 32

    def test_other_readme_rows(self) -> None:
        """Chicken breast, olive oil and whole milk carry USDA's numbers and measures."""
        assert food("chicken breast").kcal == 165
        assert food("olive oil").grams_for(1, "tbsp") == 13.5
        assert food("milk").grams_for(1, "cup") == 244


class TestEverydayNames:
    """Everyday names resolve to the USDA row a person means."""

    @pytest.mark.parametrize(
        ("name", "ndb_no"),
        [
            ("rice", "20045"),  # cooked, not raw
            ("white rice", "20045"),
            ("brown rice", "20037"),
            ("porridge", "08121"),  # cooked oatmeal
            ("oatmeal", "08121"),
            ("oats", "08120"),  # dry oats from the bag
            ("porridge oats", "08120"),
            ("toast", "18069"),
            ("wholemeal toast", "18075"),
            ("chicken breast", "05064"),  # roasted meat only
            ("egg", "01123"),
            ("boiled egg", "01129"),
            ("pasta", "20121"),  # cooked
            ("greek yogurt", "01256"),
            ("pb", "16098"),
            ("chocolate milk", "01103"),
            ("whey", "14058"),
            ("courgette", "11477"),
            ("zucchini", "11477"),
            ("crisps", "19411"),
            ("fries", "21238"),
            ("sweet potato", "11508"),
            ("salmon", "15237"),
            ("big mac", "21237"),
        ],
    )
    def test_name_maps_to_row(self, name: str, ndb_no: str) -> None:
        """The everyday name maps to the right USDA row."""
        match = TABLE.match(name)
        assert match is not None
        assert match.exact
        assert match.food.source == f"usda:{ndb_no}"

    @pytest.mark.parametrize(
        ("name", "grams", "unit"),
        [
            ("banana", 118, "medium"),
            ("toast", 29, "slice"),
            ("egg", 50, "large"),
            ("whey", 30, "scoop"),
            ("energy gel", 32, "gel"),
            ("pizza", 107, "slice"),
        ],
    )
    def test_default_portion(self, name: str, grams: float, unit: str) -> None:
        """A name without an amount means one usual portion in the unit people say."""
        item = food(name)
        assert (item.default_grams, item.default_unit) == (grams, unit)
        assert item.grams_for(None, None) == grams

    def test_chocolate_milk_glass_is_250_ml(self) -> None:
        """A glass of chocolate milk is 250 ml at milk's density."""
        assert food("chocolate milk").grams_for(1, "glass") == pytest.approx(264, abs=1)

    def test_case_and_punctuation_do_not_matter(self) -> None:
        """'Big Mac', 'big-mac' and 'McDonald's fries' all resolve."""
        assert food("Big Mac").key == "big mac"
        assert food("  BANANA ").key == "banana"
        assert food("McDonald's fries").key == "fries"

    def test_names_without_exact_row_say_why(self) -> None:
        """Foods SR28 lacks (gels, skyr) map to a stated proxy row."""
        notes = {row["key"]: row["note"] for row in everyday_rows()}
        assert "no energy gel row" in notes["energy gel"]
        assert "no skyr row" in notes["skyr"]


class TestBritishAndAmericanEnglish:
    """Both Englishes name the same SR28 rows: one test per word a runner might use."""

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("chips", "fries"),  # UK chips are US fries
            ("chippy chips", "fries"),
            ("french fries", "fries"),
            ("crisps", "crisps"),  # UK crisps are US chips
            ("potato chips", "crisps"),
            ("bag of chips", "crisps"),
            ("semi-skimmed", "semi-skimmed milk"),
            ("semi skimmed milk", "semi-skimmed milk"),
            ("2% milk", "semi-skimmed milk"),
            ("skimmed", "skimmed milk"),
            ("skim milk", "skimmed milk"),
            ("sarnie", "sandwich"),
            ("butty", "sandwich"),
            ("bacon butty", "bacon sandwich"),
            ("bacon sarnie", "bacon sandwich"),
            ("brew", "tea with milk"),
            ("cuppa", "tea with milk"),
            ("cup of tea", "tea with milk"),
            ("builders tea", "tea with milk"),
            ("rashers", "bacon"),
            ("bacon slices", "bacon"),
            ("mince", "beef mince"),
            ("ground beef", "beef mince"),
            ("jacket potato", "jacket potato"),  # a large baked potato, see below
            ("baked potato", "potato"),
            ("courgette", "zucchini"),
            ("zucchini", "zucchini"),
            ("aubergine", "aubergine"),
            ("eggplant", "aubergine"),
            ("porridge", "porridge"),
            ("oatmeal", "porridge"),
            ("squash", "squash"),  # the drink, diluted
            ("orange squash", "squash"),
            ("butternut squash", "butternut squash"),
            ("pint", "pint of beer"),
            ("pint of lager", "pint of beer"),
            ("pint of milk", "milk"),
            ("biscuits", "chocolate chip cookie"),
            ("cookies", "chocolate chip cookie"),
            ("digestives", "digestive biscuit"),
            ("full english", "full english"),
            ("fry up", "full english"),
            ("beans on toast", "beans on toast"),
            ("beans", "baked beans"),
            ("prawns", "shrimp"),
            ("swede", "swede"),
            ("rutabaga", "swede"),
            ("mangetout", "mangetout"),
            ("snow peas", "mangetout"),
            ("spring onions", "spring onions"),
            ("scallions", "spring onions"),
            ("coriander", "coriander"),
            ("cilantro", "coriander"),
            ("rocket", "rocket"),
            ("arugula", "rocket"),
            ("gammon", "gammon"),
            ("double cream", "cream"),
            ("half and half", "single cream"),
            ("sultanas", "raisins"),
            ("jam", "jam"),
            ("jelly", "jam"),
            ("toastie", "grilled cheese"),
            ("grilled cheese", "grilled cheese"),
            ("chip butty", "chip butty"),
            ("pb&j", "pb&j"),
            ("fish fingers", "fish fingers"),
            ("fish sticks", "fish fingers"),
        ],
    )
    def test_word_names_its_food(self, name: str, key: str) -> None:
        """The word resolves exactly to the everyday food a runner means by it."""
        match = TABLE.match(name)
        assert match is not None, name
        assert (match.food.key, match.exact) == (key, True)

    def test_squash_the_drink_is_not_the_vegetable(self) -> None:
        """A glass of squash is a diluted drink of a few dozen kcal, not 250 g of butternut."""
        squash = food("squash")
        assert squash.per_grams(squash.grams_for(1, "glass") or 0)[0] < 60
        assert food("butternut squash").source == "usda:11486"


class TestIssueExamples:
    """The foods the issue's unseen messages named resolve to the SR28 row that fits."""

    @pytest.mark.parametrize(
        ("name", "ndb_no"),
        [
            ("glazed doughnut", "18255"),  # yeast-leavened glazed, not a cake doughnut
            ("krispy kreme", "18255"),
            ("pop-tarts", "28167"),  # a toaster pastry
            ("nando's half chicken", "05009"),  # half a roast chicken with skin
            ("ready-meal lasagne", "22916"),
            ("can of coke", "14148"),
            ("mcdonald's fries", "21238"),
            ("mcdonald's nuggets", "21309"),
            ("mcdonalds burger", "21228"),
            ("big mac", "21237"),
            ("subway sub", "21154"),
            ("scoop of whey", "14058"),
            ("electrolyte tab", "14644"),
            ("smoothie", "21521"),
            ("chili with beans", "22904"),
        ],
    )
    def test_phrase_resolves(self, name: str, ndb_no: str) -> None:
        """The phrase is a known everyday name for the right row."""
        match = TABLE.match(name)
        assert match is not None, name
        assert (match.food.source, match.exact) == (f"usda:{ndb_no}", True)

    def test_banana_bread_is_not_a_muffin(self) -> None:
        """Banana bread is a slice of quick bread (~230 kcal), not a blueberry muffin."""
        bread = food("banana bread")
        assert "Muffin" not in bread.name
        assert 180 < bread.per_grams(bread.default_grams)[0] < 300

    def test_coffee_with_milk_counts_a_splash_not_a_cup(self) -> None:
        """Coffee with milk is ~30 ml of milk, not a 250 ml glass of it."""
        coffee = food("coffee with milk")
        assert coffee.per_grams(coffee.grams_for(1, "cup") or 0)[0] < 25

    def test_a_nandos_half_chicken_weighs_like_one(self) -> None:
        """Half a roast chicken is ~300 g of meat and skin, about 700 kcal."""
        half = food("nando's half chicken")
        assert 600 < half.per_grams(half.default_grams)[0] < 800


class TestDishes:
    """A dish counts its parts once each: the dish is their sum, not a look-alike row."""

    def test_beans_on_toast_is_half_a_tin_on_two_slices(self) -> None:
        """Beans on toast weighs and counts like 207 g of beans plus two 29 g slices."""
        dish, beans, toast = food("beans on toast"), food("beans"), food("toast")
        assert dish.parts == (("baked beans", 207.0), ("toast", 58.0))
        expected = beans.per_grams(207)[0] + toast.per_grams(58)[0]
        assert dish.per_grams(dish.grams_for(None, None) or 0)[0] == pytest.approx(expected, 1e-3)

    def test_full_english_has_its_parts(self) -> None:
        """A full English is bacon, sausages, eggs, beans, toast and the rest, ~1,000 kcal."""
        dish = food("full english")
        assert {"back bacon", "sausage", "fried egg", "baked beans", "toast"} <= dict(
            dish.parts
        ).keys()
        assert 800 < dish.per_grams(dish.default_grams)[0] < 1200

    def test_protein_shake_is_whey_and_water(self) -> None:
        """'protein shake' is a 30 g scoop of whey in water, not a bottle of ready-made shake."""
        shake = food("protein shake")
        assert shake.parts == (("whey", 30.0), ("water", 300.0))
        assert shake.per_grams(shake.default_grams)[0] == pytest.approx(
            food("whey").per_grams(30)[0], rel=1e-3
        )
        assert food("muscle milk").key == "ready to drink protein shake"

    def test_half_a_dish(self) -> None:
        """'half' a dish is half its usual portion."""
        dish = food("pb&j")
        assert dish.grams_for(1, "half") == pytest.approx(dish.default_grams / 2)


class TestPortionWords:
    """Portion words runners use resolve to grams for the food they go with."""

    def test_a_spoon_of_peanut_butter_is_one_tablespoon(self) -> None:
        """A spoon (or spoonful) of peanut butter is 1 tbsp, 16 g, not the 32 g serving."""
        pb = food("peanut butter")
        assert pb.grams_for(1, "spoon") == 16
        assert pb.grams_for(2, "spoonfuls") == 32
        assert pb.grams_for(1, "heaped spoon") == 24

    def test_a_drizzle_of_honey_is_a_teaspoon(self) -> None:
        """A drizzle of honey is about 7 g."""
        assert food("honey").grams_for(1, "drizzle") == pytest.approx(7, abs=0.5)

    def test_a_splash_of_milk_is_30_ml(self) -> None:
        """A splash of milk is 30 ml at milk's density, ~31 g."""
        assert food("semi-skimmed milk").grams_for(1, "splash") == pytest.approx(31, abs=1)

    def test_a_pint_is_568_ml_of_beer_or_milk(self) -> None:
        """An imperial pint: 568 ml of beer or milk, and half a pint half that."""
        assert food("beer").grams_for(1, "pint") == pytest.approx(568, abs=1)
        assert food("milk").grams_for(1, "pint") == pytest.approx(568 * 1.031, abs=2)
        assert food("milk").grams_for(1, "half pint") == pytest.approx(284 * 1.031, abs=2)

    def test_a_rasher_is_a_slice_of_bacon(self) -> None:
        """A rasher is the food's own rasher weight, else one slice."""
        assert food("bacon").grams_for(3, "rashers") == pytest.approx(3 * 8.1)
        assert food("back bacon").grams_for(2, "rasher") == 40
        pork = TABLE.usda("10862")
        assert pork is not None
        assert pork.grams_for(1, "rasher") == pork.grams_for(1, "slice") == 11.5

    def test_a_scoop_of_whey_is_30_g(self) -> None:
        """One scoop of whey is 30 g."""
        assert food("whey").grams_for(1, "scoop") == 30

    def test_a_can_of_a_drink(self) -> None:
        """A can of cola is 330 ml; a drink without its own can weight takes 340 ml."""
        assert food("cola").grams_for(1, "can") == 330
        orange = TABLE.usda("14323")  # canned orange drink: only fl oz and cup measures
        assert orange is not None
        assert orange.grams_for(1, "can") == pytest.approx(340 * orange.density_g_per_ml)

    def test_a_can_of_something_solid_is_not_guessed(self) -> None:
        """A food that is not a drink gets no generic can weight."""
        assert food("banana").grams_for(1, "can") is None

    def test_every_portion_word_weighs_something(self) -> None:
        """Each spelling offered to the parser converts to grams for a food it suits."""
        butter, milk, pb, bacon = food("butter"), food("milk"), food("peanut butter"), food("bacon")
        unknown = [
            word
            for word, key in portion_words().items()
            if all(f.grams_for(1, word) is None for f in (butter, milk, pb, bacon, food("egg")))
            and key not in {"packet", "fillet", "patty", "cookie", "mini", "jumbo"}
        ]
        assert unknown == []
        assert portion_words()["rashers"] == "rasher"

    def test_a_dollop_and_a_knob(self) -> None:
        """A dollop is two tablespoons; a knob of butter is ~10 g."""
        assert food("greek yogurt").grams_for(1, "dollop") == pytest.approx(
            2 * (food("greek yogurt").grams_for(1, "tbsp") or 0)
        )
        assert food("butter").grams_for(1, "knob") == 10


class TestPluralsAndTypos:
    """Plurals are exact; typos within a small budget still match, marked as not exact."""

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("bananas", "banana"),
            ("tomatoes", "tomato"),
            ("strawberry", "strawberries"),
            ("blueberrys", "blueberries"),
            ("cheeses", "cheddar"),
            ("oat", "oats"),
            ("sweet potatoes", "sweet potato"),
        ],
    )
    def test_plural_and_singular_are_exact(self, name: str, key: str) -> None:
        """A plural or singular of a known name is the same food."""
        match = TABLE.match(name)
        assert match is not None
        assert (match.food.key, match.exact) == (key, True)

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("bananna", "banana"),
            ("chiken breast", "chicken breast"),
            ("porrige", "porridge"),
            ("avacado", "avocado"),
            ("spinnach", "spinach"),
            ("raspberies", "raspberries"),
            ("expresso", "espresso"),
            ("mlik", "milk"),
        ],
    )
    def test_typo_matches_with_lower_score(self, name: str, key: str) -> None:
        """A misspelt name finds its food, flagged as not exact so the bot can confirm."""
        match = TABLE.match(name)
        assert match is not None
        assert match.food.key == key
        assert not match.exact
        assert 70 <= match.score < 100

    def test_yoghurt_spelling_is_a_synonym(self) -> None:
        """The UK spelling 'yoghurt' is a known synonym, not a typo."""
        match = TABLE.match("yoghurt")
        assert match is not None
        assert match.exact
        assert match.food.key == "yogurt"

    def test_cooking_words_are_dropped(self) -> None:
        """'roasted cauliflower' is cauliflower; the match is marked as not exact."""
        match = TABLE.match("roasted cauliflower")
        assert match is not None
        assert match.food.key == "cauliflower"
        assert not match.exact

    def test_usda_description_search_is_a_last_resort(self) -> None:
        """A plain food outside the everyday layer is found by its USDA name."""
        match = TABLE.match("kohlrabi")
        assert match is not None
        assert match.food.name == "Kohlrabi, raw"
        assert not match.exact


class TestDescriptionSearch:
    """Phrases the everyday layer lacks resolve over all 8,789 SR28 rows, ranked, never guessed."""

    @pytest.mark.parametrize(
        ("name", "ndb_no"),
        [
            ("kohlrabi", "11241"),  # the plain raw row, not a cooked variant
            ("parsnips", "11298"),
            ("lychees", "09164"),  # UK/US spelling to SR28's "Litchis"
            ("duck egg", "01138"),
            ("caribou", "17162"),  # an Alaska Native row
            ("ready meal lasagne", "22916"),  # a ready meal is a frozen entree
            ("frosted strawberry pop tart", "18938"),  # the brand is a toaster pastry
            ("nandos chicken breast", "05064"),  # a chain SR28 does not know: the generic row
            ("greggs sausage roll", "07065"),
        ],
    )
    def test_phrase_finds_its_row(self, name: str, ndb_no: str) -> None:
        """The phrase resolves to the SR28 row a person means."""
        match = TABLE.match(name)
        assert match is not None, name
        assert match.food.source == f"usda:{ndb_no}", match.food.name

    def test_description_matches_are_not_exact(self) -> None:
        """A description match scores below an everyday name, so the bot can confirm it."""
        match = TABLE.match("parsnips")
        assert match is not None
        assert not match.exact
        assert 60 <= match.score < 100

    def test_baby_food_only_when_asked_for(self) -> None:
        """'pears' never becomes baby food; 'babyfood pears' may."""
        assert "Babyfood" not in food("pears").name
        assert food("babyfood pears").name.startswith("Babyfood")

    @pytest.mark.parametrize(
        "name",
        [
            "zorblax", "10k in 50 min", "core", "15 min core", "5x1k", "easy run", "long run",
            "tempo", "recovery jog", "rest day", "swam 30 min", "strides", "km", "ml", "grams",
            "bpm", "11st 4lb", "bodyweight", "white", "red", "black", "breast", "dog", "turnip pie",
            "zorblax pie", "half", "beverages",
        ],
    )  # fmt: skip
    def test_non_foods_stay_unknown(self, name: str) -> None:
        """Activity words, units, lone adjectives and unknown dishes match nothing."""
        assert TABLE.match(name) is None

    def test_non_foods_get_no_suggestions(self) -> None:
        """'10k in 50 min' is not a near miss of any food."""
        assert TABLE.suggest("10k in 50 min") == ()
        assert TABLE.suggest("15 min core") == ()

    def test_near_miss_suggests_sr28_rows(self) -> None:
        """An unknown dish whose words SR28 knows gets SR28 rows to choose from."""
        assert TABLE.match("manhattan chowder") is None
        suggestions = [s for s in TABLE.suggest("manhattan chowder") if "Clam Chowder" in s]
        assert suggestions
        picked = TABLE.match(suggestions[0])
        assert picked is not None
        assert "Clam Chowder" in picked.food.name

    def test_every_sr28_row_is_shipped_and_indexed(self) -> None:
        """All 8,789 SR28 foods ship, and the search index is the one the script builds."""
        text = (resources.files("engine") / "data" / "usda_foods.csv").read_text("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == 8789
        index = (resources.files("engine") / "data" / "usda_search.tsv").read_text("utf-8")
        fresh = [index_line(r["ndb_no"], r["description"], r["food_group"]) for r in rows]
        assert index.splitlines() == fresh


class TestGarbage:
    """Words that are not foods never match."""

    @pytest.mark.parametrize(
        "name",
        [
            "car", "happy", "thanks", "run", "nice", "been", "mile", "breast", "fillet",
            "", "   ", "!!!", "asdf", "qwerty", "xyz", "thank you", "good run", "my lunch",
            "beverages", "tired", "parkrun", "yesterday", "dog", "hello", "ok",
        ],
    )  # fmt: skip
    def test_garbage_matches_nothing(self, name: str) -> None:
        """An unrelated word or phrase returns None rather than a guess."""
        assert TABLE.match(name) is None

    def test_unknown_combination_is_not_guessed(self) -> None:
        """'greek yogurt with granola' is two foods: the parser splits it, the table refuses it."""
        assert TABLE.match("greek yogurt with granola") is None

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=40))
    def test_any_text_is_safe(self, text: str) -> None:
        """Any text gives None or a match with a score in 0-100, never an error."""
        match = TABLE.match(text)
        assert match is None or 0 < match.score <= 100
        assert len(TABLE.suggest(text)) <= 3


class TestSuggest:
    """Near misses get 'did you mean' suggestions."""

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("wholemeal", "wholemeal pita"),
            ("greek", "greek yogurt"),
            ("chcken brst", "chicken breast"),
        ],
    )
    def test_near_miss_suggests_the_food(self, name: str, expected: str) -> None:
        """An unmatched name suggests the everyday food it resembles."""
        assert TABLE.match(name) is None
        assert expected in TABLE.suggest(name)

    def test_limit_and_empty(self) -> None:
        """Suggestions respect the limit and an empty name has none."""
        assert len(TABLE.suggest("chicken", limit=2)) == 2
        assert TABLE.suggest("") == ()
        assert TABLE.suggest("banana", limit=0) == ()

    def test_user_foods_are_suggested(self) -> None:
        """The user's own foods are among the suggestions."""
        bar = user_food(
            "flapjack royale", kcal=400, protein_g=5, carbs_g=50, fat_g=20, per_grams=100
        )
        assert "flapjack royale" in TABLE.suggest("flapjak royal", extra={bar.key: bar})


class TestUserFood:
    """Foods the user teaches, per 100 g or per serving."""

    def test_per_100_g(self) -> None:
        """Label numbers per 100 g are stored as they are."""
        bar = user_food("Oat Bar", kcal=420, protein_g=10, carbs_g=60, fat_g=15, per_grams=100)
        assert (bar.key, bar.name, bar.source) == ("oat bar", "Oat Bar", "user")
        assert (bar.kcal, bar.protein_g) == (420, 10)
        assert bar.grams_for(50, "g") == 50

    def test_per_other_grams_scales_to_100(self) -> None:
        """Numbers per 40 g are scaled to per 100 g; one serving is those 40 g."""
        bar = user_food("bar", kcal=200, protein_g=20, carbs_g=20, fat_g=8, per_grams=40)
        assert bar.kcal == pytest.approx(500)
        assert bar.per_grams(bar.grams_for(None, None) or 0) == pytest.approx((200, 20, 20, 8))

    def test_per_serving_with_known_weight(self) -> None:
        """Numbers per 60 g serving: two servings are 120 g and twice the numbers."""
        shake = user_food(
            "shake", kcal=240, protein_g=30, carbs_g=20, fat_g=4, per_grams=None, serving_grams=60
        )
        grams = shake.grams_for(2, "servings")
        assert grams == 120
        assert shake.per_grams(grams) == pytest.approx((480, 60, 40, 8))

    def test_per_serving_of_unknown_weight(self) -> None:
        """A serving of unknown weight counts as 100 g-equivalents, so 2 servings double it."""
        mix = user_food("mum's curry", kcal=650, protein_g=35, carbs_g=60, fat_g=28, per_grams=None)
        grams = mix.grams_for(2, None)
        assert grams == 200
        assert mix.per_grams(grams) == pytest.approx((1300, 70, 120, 56))

    def test_user_food_beats_everyday_name(self) -> None:
        """A taught 'granola' wins over the table's granola, and typos find it too."""
        mine = user_food("granola", kcal=450, protein_g=12, carbs_g=55, fat_g=18, per_grams=100)
        extra = {mine.key: mine}
        assert TABLE.match("granola", extra=extra) == TABLE.match("Granola", extra=extra)
        hit = TABLE.match("granola", extra=extra)
        assert hit is not None
        assert hit.food.source == "user"
        typo = TABLE.match("protien pancakes", extra={"protein pancakes": mine})
        assert typo is not None
        assert typo.food is mine

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"kcal": -1, "per_grams": 100},
            {"kcal": 100, "per_grams": 0},
            {"kcal": 100, "per_grams": None, "serving_grams": -5},
        ],
    )
    def test_impossible_numbers_are_refused(self, kwargs: dict[str, float | None]) -> None:
        """Negative energy or a zero weight is refused with a message for the user."""
        with pytest.raises(ImplausibleValue):
            user_food("x", protein_g=1, carbs_g=1, fat_g=1, **kwargs)  # type: ignore[arg-type]


class TestGramsFor:
    """Units convert to grams generically or through the food's own weights."""

    @pytest.mark.parametrize(
        ("quantity", "unit", "grams"),
        [
            (150, "g", 150),
            (150, "grams", 150),
            (0.2, "kg", 200),
            (2, "oz", 56.699),
            (1, "lb", 453.592),
            (300, "ml", 309.3),  # whole milk, 1.031 g/ml from USDA's 30.5 g fl oz
            (0.5, "l", 515.5),
            (1, "cup", 244),
            (1, "glass", 258),
            (2, "tbsp", 30.0),
        ],
    )
    def test_milk(self, quantity: float, unit: str, grams: float) -> None:
        """Mass units are exact; volumes use milk's density or its USDA measures."""
        assert food("milk").grams_for(quantity, unit) == pytest.approx(grams, rel=1e-3)

    def test_slices_of_toast(self) -> None:
        """'2 slices' of toast is 58 g."""
        assert food("toast").grams_for(2, "slices") == 58

    def test_size_words_scale_the_default_portion(self) -> None:
        """Without a weight for 'small', a small bagel scales from the default; eggs use USDA's."""
        assert food("egg").grams_for(2, "small") == 76
        pear = food("pear")
        assert pear.grams_for(1, "large") == 230
        latte = food("latte")
        assert latte.grams_for(1, "large") == 400
        cookie = food("cookie")
        assert cookie.grams_for(1, "large") == pytest.approx(cookie.default_grams * 1.25)

    def test_none_quantity_means_one(self) -> None:
        """'a slice' is one slice."""
        assert food("toast").grams_for(None, "slice") == 29

    def test_serving_means_the_default_portion(self) -> None:
        """'a serving of rice' is the usual rice portion."""
        rice = food("rice")
        assert rice.grams_for(1, "serving") == rice.default_grams

    def test_unknown_unit_gives_none(self) -> None:
        """A unit the food has no weight for is not guessed."""
        assert food("banana").grams_for(1, "slice") is None
        assert food("banana").grams_for(1, "parsec") is None

    def test_cup_without_volume_data_gives_none(self) -> None:
        """A food with no volume measure or density has no cup weight."""
        assert food("bagel").grams_for(1, "cup") is None

    def test_cup_from_density(self) -> None:
        """A food with a USDA volume measure converts other volumes through it."""
        oil = food("olive oil")
        assert oil.grams_for(1, "tsp") == 4.5
        assert oil.grams_for(100, "ml") == pytest.approx(91.3, rel=1e-2)

    def test_negative_quantity_gives_none(self) -> None:
        """A negative amount is never a weight."""
        assert food("egg").grams_for(-1, None) is None

    def test_unit_words_normalize(self) -> None:
        """Unit spellings reduce to the keys used in Food.units."""
        assert [normalize_unit(u) for u in ("Tablespoons", "tsp", "Slices", "XL", "fl. oz")] == [
            "tbsp",
            "tsp",
            "slice",
            "extra large",
            "fl oz",
        ]


class TestPerGrams:
    """Nutrients scale linearly with grams."""

    def test_per_grams(self) -> None:
        """150 g of cooked rice is 1.5 x the per-100 g values."""
        kcal, protein, carbs, fat = food("rice").per_grams(150)
        assert (kcal, protein, carbs, fat) == pytest.approx((195, 4.035, 42.255, 0.42))


class TestEverydayTable:
    """The curated layer is large enough, consistent and plausible."""

    def test_at_least_1500_everyday_foods(self) -> None:
        """There are at least 1,500 curated everyday foods (the issue's bar)."""
        assert len(TABLE) >= 1500
        assert len(everyday_rows()) == len(TABLE)

    def test_every_row_maps_to_an_existing_usda_row(self) -> None:
        """Every ndb_no in the curated CSV exists in the shipped USDA table."""
        missing = [row["key"] for row in everyday_rows() if TABLE.usda(row["ndb_no"]) is None]
        assert missing == []

    def test_default_portions_are_plausible(self) -> None:
        """Every default portion is between 1 g (a sachet of sweetener) and 1 kg."""
        odd = [(k, TABLE.get(k)) for k in TABLE.everyday_keys()]
        assert [k for k, f in odd if f is None or not 1 <= f.default_grams <= 1000] == []

    def test_names_are_unique(self) -> None:
        """No name or synonym belongs to two foods."""
        seen: dict[str, str] = {}
        clashes = []
        for row in everyday_rows():
            for name in [row["key"], *filter(None, row["synonyms"].split(";"))]:
                clashes += [name] if name.strip().lower() in seen else []
                seen[name.strip().lower()] = row["key"]
        assert clashes == []

    def test_every_row_belongs_to_its_sr28_row(self) -> None:
        """Each name shares a word with its SR28 description, or its note says why it cannot.

        A dish's row is the row of one of its parts; a proxy row (no SR28 row for the food)
        carries a note naming the stand-in.
        """
        odd = []
        for row in everyday_rows():
            usda = TABLE.usda(row["ndb_no"])
            assert usda is not None, row["key"]
            if row["parts"]:
                main = {part_source(p) for p in row["parts"].split(";")}
                odd += [] if f"usda:{row['ndb_no']}" in main else [row["key"]]
                continue
            described = set(content_words(usda.name))
            names = [row["key"], *row["synonyms"].split(";")]
            said = {w for n in names if n for w in content_words(translate(normalize_name(n)))}
            if not said & described and not row["note"]:
                odd.append(row["key"])
        assert odd == []

    def test_every_default_portion_has_plausible_energy(self) -> None:
        """One usual portion is 0-2,500 kcal, and more than 1 kcal unless the row has none."""
        odd = []
        for key in TABLE.everyday_keys():
            item = TABLE.get(key)
            assert item is not None
            kcal = item.per_grams(item.default_grams)[0]
            if not 0 <= kcal <= 2500 or (item.kcal >= 20 and kcal < 1):
                odd.append((key, round(kcal)))
        assert odd == []

    def test_every_key_matches_itself(self) -> None:
        """Each everyday key is an exact match for its own food."""
        for key in TABLE.everyday_keys():
            match = TABLE.match(key)
            assert match is not None
            assert (match.food.key, match.exact) == (key, True)


class TestLoad:
    """Loading reads only the package's own data."""

    def test_data_files_live_in_the_package(self) -> None:
        """The CSVs ship inside engine/data."""
        data = Path(str(resources.files("engine"))) / "data"
        assert (data / "usda_foods.csv").is_file()
        assert (data / "everyday_foods.csv").is_file()

    def test_load_does_not_read_shared_data(self) -> None:
        """A fresh interpreter loading the table opens no file outside the engine package."""
        code = (
            "import sys, json\n"
            "opened = []\n"
            "sys.addaudithook(lambda e, a: opened.append(str(a[0])) if e == 'open' else None)\n"
            "from engine.food import FoodTable\n"
            "opened.clear()\n"
            "FoodTable.load().match('bananna')\n"
            "print(json.dumps(opened))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        data_files = [p for p in json.loads(result.stdout) if not p.endswith((".py", ".pyc"))]
        assert data_files
        assert not [p for p in data_files if "/work/shared" in p]
        assert all(Path(p).parent.parts[-2:] == ("engine", "data") for p in data_files)


def kcal_of_one(name: str) -> float:
    """The energy of one usual portion of what a phrase names."""
    one = food(name)
    return one.per_grams(one.default_grams)[0]


class TestPortionsPeopleMean:
    """Default portions are what a runner means by the bare word, checked against SR28."""

    def test_a_british_sausage_is_40_g_and_a_breakfast_link_27_g(self) -> None:
        """A banger is ~40 g cooked (~160 kcal), a plate of sausages two; a US breakfast patty
        keeps USDA's 27 g."""
        assert food("sausages").grams_for(1, "piece") == 40
        assert 280 < kcal_of_one("sausages") < 360
        assert food("breakfast sausage").default_grams == 27

    def test_a_plate_of_potatoes_and_of_mince(self) -> None:
        """Boiled or new potatoes with a meal are ~200 g; mince as the main ~150 g cooked."""
        assert food("new potatoes").default_grams == food("boiled potatoes").default_grams == 200
        assert food("new potatoes").grams_for(1, "piece") == 40
        assert 250 < kcal_of_one("mince") < 350

    def test_sausage_and_mash_is_two_sausages(self) -> None:
        """Two sausages, a cup of mash and gravy: ~550 kcal, not three sausages."""
        assert ("sausage", 80.0) in food("sausage and mash").parts
        assert 450 < kcal_of_one("sausage and mash") < 650

    def test_a_pork_chop_is_a_loin_chop_with_its_fat(self) -> None:
        """USDA's chop, loin lean and fat, is 89 g cooked: ~220 kcal."""
        assert food("pork chop").source == "usda:10023"
        assert 200 < kcal_of_one("pork chop") < 240

    def test_a_jacket_potato_is_a_large_baked_potato(self) -> None:
        """A jacket potato is USDA's large baked potato (299 g); a baked potato a medium one."""
        assert food("jacket potato").default_grams == 299
        assert food("baked potato").default_grams == 173

    def test_prosecco_is_a_flute(self) -> None:
        """A glass of prosecco is a 125 ml flute (~100 kcal), not a 5 fl oz glass of wine."""
        assert food("prosecco").grams_for(1, "glass") == 125
        assert food("white wine").grams_for(1, "glass") == 147

    @pytest.mark.parametrize(
        "name", ["coffee with semi-skimmed", "coffee with skimmed milk", "tea with semi skimmed"]
    )
    def test_a_named_milk_in_a_hot_drink_is_a_splash(self, name: str) -> None:
        """Coffee or tea with semi-skimmed counts a splash of milk, not a glass of it."""
        assert kcal_of_one(name) < 25


class TestContainersAndPlaces:
    """A food named with what it comes in, or where it came from, is still that food."""

    @pytest.mark.parametrize(
        ("name", "key", "grams"),
        [
            ("packets crisps", "crisps", 28),
            ("bar dairy milk", "chocolate", 44),
            ("rounds toast", "toast", 29),
            ("strips bacon", "bacon", 8.1),
            ("tub hummus", "hummus", None),
        ],
    )
    def test_container_word(self, name: str, key: str, grams: float | None) -> None:
        """The container weighs what the food says it does, else one usual portion."""
        found = food(name)
        assert found.key == key
        if grams is not None:
            assert found.default_grams == pytest.approx(grams)

    def test_a_container_of_nothing_known_stays_unknown(self) -> None:
        """'bag of sand' is no food, however it is packed."""
        assert TABLE.match("bag sand") is None

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("tacos from taco bell", "taco bell taco"),
            ("pretzels at the aid station", "pretzels"),
            ("banana from the shop", "banana"),
        ],
    )
    def test_place_word(self, name: str, key: str) -> None:
        """The chain's own row when the table has one, else the food itself."""
        assert food(name).key == key


class TestSandwichesOfAnyFilling:
    """'X sandwich' and 'X sarnie' are two slices plus X, for any filling the table knows."""

    @pytest.mark.parametrize(
        ("name", "low", "high"),
        [
            ("tuna and cucumber sandwich", 190, 260),  # 2 slices, 60 g tuna, cucumber
            ("cheese and pickle sarnie", 250, 340),  # 2 slices, 30 g cheddar, pickle
            ("sandwich with ham and cheese", 290, 380),
            ("ham and swiss on rye", 280, 380),
            ("chicken sarnie", 330, 420),  # the known dish: 80 g chicken and mayo
            ("hummus and falafel wrap", 200, 500),
        ],
    )
    def test_bread_plus_fillings(self, name: str, low: float, high: float) -> None:
        """The sandwich counts its bread once and each filling at a sandwich's weight."""
        match = TABLE.match(name)
        assert match is not None and match.exact, name
        assert low < kcal_of_one(name) < high

    def test_parts_are_the_bread_and_the_fillings(self) -> None:
        """A cheese sandwich of any spelling holds two 29 g slices and 40 g cheddar."""
        assert food("cheddar sarnie").parts == (("cheddar", 40.0), ("bread", 58.0))
        assert food("cheese and tomato butty").parts == (
            ("cheddar", 30.0), ("tomato", 22.5), ("bread", 58.0)
        )  # fmt: skip

    def test_a_known_sandwich_on_another_bread(self) -> None:
        """PB&J on wheat swaps the white slices for wholemeal ones and keeps the filling."""
        parts = dict(food("pb&j on wheat").parts)
        assert "bread" not in parts and parts["wholemeal bread"] == 64
        assert parts["peanut butter"] == 32

    def test_an_unknown_filling_is_not_guessed(self) -> None:
        """'unicorn sandwich' asks rather than logging bread alone."""
        assert TABLE.match("unicorn sandwich") is None
        assert TABLE.match("sandwich with unicorn and ham") is None


def test_did_you_mean_lists_the_same_names_in_the_same_order_in_every_process() -> None:
    """Suggestions tied on score come in name order, not in the process's hash order: a runner
    asked twice about "greek yogurt with granola" sees the same "did you mean" buttons."""
    script = (
        "from engine.food import FoodTable\n"
        "t = FoodTable.load()\n"
        "for q in ('greek yogurt with granola', 'beans toast cheese', 'rice chicken curry',"
        " 'oat milk latte', 'chikn'):\n"
        "    print(t.suggest(q, limit=3))\n"
    )
    root = Path(__file__).resolve().parents[2]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], cwd=root, check=True, capture_output=True, text=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1, outputs
