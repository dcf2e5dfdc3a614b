"""The food table: USDA values, everyday names, dishes, user foods and unit weights (the words
runners use for them: test_food_words.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from engine.errors import ImplausibleValue
from engine.food import FoodTable, normalize_unit, user_food
from engine.food_names import normalize_name, translate
from engine.food_search import content_words
from tests.engine.foods import TABLE, everyday_rows, food, part_source


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


class TestExactMatch:
    """exact_match answers "is this phrase one known food?" as match does, for less."""

    FRESH = FoodTable.load()  # its phrases are not read before by match

    @pytest.mark.parametrize(
        "name",
        [
            "banana", "bananas", "2 bananas", "toast and a banana", "slice toast and a banana",
            "slice of toast", "mac and cheese", "fish and chips", "bag of crisps",
            "bag cheese and onion", "ham and cheese sandwich", "tuna cucumber sandwich",
            "ham on rye", "oat latte", "soy milk cappuccino", "nandos chicken breast",
            "pretzels at the aid station", "pizza slices", "quesadilla wedges", "kohlrabi",
            "grilled chicken", "chikn", "bananna", "coffe", "see ya", "legs heavy",
            "glass of red", "quarter pounder", "pot noodle", "zorblax", "",
        ],
    )  # fmt: skip
    def test_it_is_match_when_exact_and_nothing_else(self, name: str) -> None:
        """Exact answers are match's own; a guess (typo, USDA row, neutral word) is none.
        (Two foods joined whose misspelt words name one food once corrected are one food to
        exact_match: "peanut buter and jam sandwich", tests/engine/test_parsing_dialect.py.)"""
        full = TABLE.match(name)
        assert self.FRESH.exact_match(name) == (full if full is not None and full.exact else None)

    def test_a_runners_own_food_counts(self) -> None:
        """A food the runner taught is an exact match, by its name and within others."""
        mine = {"my shake": food("banana")}
        assert TABLE.exact_match("my shake", extra=mine) == TABLE.match("my shake", extra=mine)
        assert TABLE.exact_match("my shake", extra=mine) is not None

    @pytest.mark.parametrize(
        "name", ["beans on tost", "chese on tost", "peanut buter and jam sandwich", "toast"]
    )
    def test_its_answer_is_the_same_after_match_read_the_phrase(self, name: str) -> None:
        """A phrase match guessed at ("beans on tost": beans on toast, not exact) is still one
        food to exact_match: the same message is read the same whatever came before it (it
        had read match's kept guess and said no food, so a repeated 'beans on tost' was
        logged as beans and toast apart)."""
        table = FoodTable.load()
        first = FoodTable.load().exact_match(name)
        table.match(name)
        assert table.exact_match(name) == first
        assert name == "toast" or (first is not None and first.exact)
