"""The food table read the way runners write: British and American words, portions and
containers, plurals and typos, SR28 descriptions, garbage, suggestions, sandwiches."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from engine.food import _SUGGEST_CUTOFF, user_food
from engine.food_search import index_line, makers
from engine.food_units import portion_words
from tests.engine.foods import TABLE, food, kcal_of_one


class TestBritishAndAmericanEnglish:
    """Both Englishes name the same SR28 rows: one test per word a runner might use."""

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("chips", "chips"),  # UK chips are fried potatoes (the fries row), by the plate
            ("chippy chips", "chippy chips"),
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
            ("toastie", "cheese toastie"),  # a cheese sandwich toasted, not grilled cheese
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
        suggestions = [s for s in TABLE.suggest("manhattan chowder") if "manhattan" in s.lower()]
        assert suggestions
        picked = TABLE.match(suggestions[0])
        assert picked is not None
        assert "clam chowder, manhattan" in picked.food.name.lower()

    def test_every_sr28_row_is_shipped_and_indexed(self) -> None:
        """All 8,789 SR28 foods ship, and the search index is the one the script builds."""
        text = (resources.files("engine") / "data" / "usda_foods.csv").read_text("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == 8789
        index = (resources.files("engine") / "data" / "usda_search.tsv").read_text("utf-8")
        maker_words = makers(r["description"] for r in rows)
        fresh = [
            index_line(r["ndb_no"], r["description"], r["food_group"], maker_words) for r in rows
        ]
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
            # too far to correct ("chcken brst" is read as chicken breast since the speller)
            ("chckn brst", "chicken breast"),
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

    @pytest.mark.parametrize(
        "name",
        ["chikn", "bananna", "pb", "egs", "tea", "a", "porige", "zorblax bar", "mp", "sambos",
         "greek yogurt with granola", "manhattan chowder", "brown toast with butter and a coffee",
         "a very long phrase of many words that names no food at all", "x" * 300],
    )  # fmt: skip
    @pytest.mark.parametrize("limit", [1, 15, 50])
    def test_the_look_alikes_are_those_of_scoring_every_name(self, name: str, limit: int) -> None:
        """Only names of a length that can reach the cutoff are scored: the look-alikes, their
        scores and their order (equal scores in table order) are those of scoring every name."""
        every = process.extract(
            name, list(TABLE._exact), scorer=fuzz.ratio, limit=limit, score_cutoff=_SUGGEST_CUTOFF
        )
        assert TABLE._look_alikes(name, limit) == [(n, s) for n, s, _ in every]


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
        """USDA's chop of the chop rows (center loin, lean and fat, broiled) is 157 g cooked:
        ~330 kcal; a plate of pork loin stays 120 g of the roast."""
        assert food("pork chop").source == "usda:10038"
        assert 310 < kcal_of_one("pork chop") < 350
        assert food("pork").key == "pork loin"

    def test_a_jacket_potato_is_a_large_baked_potato(self) -> None:
        """A jacket potato is USDA's large baked potato (299 g); a baked potato a medium one."""
        assert food("jacket potato").default_grams == 299
        assert food("baked potato").default_grams == 173

    def test_prosecco_is_a_flute(self) -> None:
        """A glass of prosecco is a 125 ml flute (~100 kcal), not a 175 ml glass of wine."""
        assert food("prosecco").grams_for(1, "glass") == 125
        assert food("white wine").grams_for(1, "glass") == 175

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
