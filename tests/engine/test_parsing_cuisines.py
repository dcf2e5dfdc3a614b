"""Issue 15, brief "cuisines": dishes of the world's kitchens, drinks as ordered and race fuel.
Each family is checked on names other than the ones it was found with (the probes block
tests/data/probes-cuisines-2026-11-30.jsonl holds more, labelled from SR28)."""

from __future__ import annotations

import pytest

from tests.engine.test_parsing import only_meal as meal


def foods(text: str) -> list[str | None]:
    return [item.food for item in meal(text).items]


class TestDishesOfTheWorld:
    """A dish SR28 lacks is its parts at a home portion, asked about never, split never."""

    @pytest.mark.parametrize(
        ("text", "food", "low", "high"),
        [
            ("dosai", "dosa", 120, 170),
            ("a masala dosa", "masala dosa", 250, 350),
            ("kitchari", "khichdi", 350, 450),
            ("raitha", "raita", 50, 90),
            ("esquites", "elote", 180, 240),
            ("chilaquiles rojos", "chilaquiles", 380, 500),
            ("fettucine alfredo", "fettuccine alfredo", 750, 900),
            ("bánh mì", "banh mi", 520, 680),
            ("mapo doufu", "mapo tofu", 500, 650),
            ("baba ghanoush", "baba ganoush", 130, 190),
            ("borsch", "borscht", 100, 160),
            ("veal schnitzel", "schnitzel", 330, 430),
            ("kofta kebab", "kofta", 380, 470),
        ],
    )
    def test_one_dish_at_a_home_portion(self, text: str, food: str, low: float,
                                        high: float) -> None:
        (item,) = meal(text).items
        assert item.food == food
        assert item.kcal is not None and low <= item.kcal <= high

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("prawn biryani", "biryani"),
            ("veg chow mein", "chow mein"),
            ("tofu pho", "pho"),
            ("kadai paneer", "paneer tikka"),
            ("yellow dal", "lentil curry"),
            ("pork belly bao", "bao buns"),
            ("har gow", "dumplings"),
            ("penne arrabiata", "penne arrabbiata"),  # the canned row the foods probes labelled
        ],
    )
    def test_a_dish_named_with_its_kind_is_the_dish(self, text: str, food: str) -> None:
        """Not the protein or vegetable on top of the dish that already holds it."""
        assert foods(text) == [food]

    @pytest.mark.parametrize(
        ("text", "food"),
        [("tom yum soup", "tom yum"), ("had pigs in blankets", "pigs in blankets"),
         ("a tom yum for lunch", "tom yum")],
    )
    def test_a_name_holding_a_filler_word(self, text: str, food: str) -> None:
        """"yum" and "in" are filler elsewhere; here they are part of the dish's name."""
        assert foods(text) == [food]

    def test_nigiri_counted_by_the_piece(self) -> None:
        (item,) = meal("4 nigiri").items
        assert item.grams == pytest.approx(140)


class TestDrinksAsOrdered:
    @pytest.mark.parametrize(
        ("text", "food", "low", "high"),
        [
            ("oatmilk flat white", "oat flat white", 60, 100),
            ("almond latte", "almond milk latte", 30, 60),
            ("london fog latte", "london fog", 110, 160),
            ("decaf caffe latte", "latte", 120, 180),
            ("a bloody mary", "bloody mary", 100, 150),
            ("spiked seltzer", "hard seltzer", 90, 115),
            ("bottle of modelo", "bottle of beer", 120, 160),
        ],
    )
    def test_an_order_is_one_drink(self, text: str, food: str, low: float, high: float) -> None:
        (item,) = meal(text).items
        assert item.food == food
        assert item.kcal is not None and low <= item.kcal <= high


class TestRaceFuel:
    def test_a_volume_of_a_drink_mix_is_the_drink_made_up(self) -> None:
        """500 ml of Beta Fuel is one 80 g-carb bottle (~320 kcal), not 500 g of powder."""
        (item,) = meal("500ml of beta fuel").items
        assert item.kcal is not None and 280 <= item.kcal <= 360
        (item,) = meal("1 litre of maurten 320").items
        assert item.kcal is not None and 560 <= item.kcal <= 720

    def test_maurten_320_is_the_drink_mix(self) -> None:
        (item,) = meal("maurten 320 x2").items
        assert item.food == "carb drink mix" and item.kcal == pytest.approx(640)

    @pytest.mark.parametrize(
        ("text", "food", "low", "high"),
        [
            ("3 gus", "energy gel", 250, 300),
            ("precision fuel 90 gel", "pf 90 gel", 300, 360),
            ("pickle brine", "pickle juice", 0, 15),
            ("clif shot bloks", "energy chews", 100, 130),
            ("a bottle of endurance drink", "carb drink", 100, 160),
        ],
    )
    def test_fuel_by_brand_and_serving(self, text: str, food: str, low: float,
                                       high: float) -> None:
        (item,) = meal(text).items
        assert item.food == food
        assert item.kcal is not None and low <= item.kcal <= high


class TestCoffeeMadeWithItsMilk:
    """A coffee-shop drink named with its milk is that drink made with that milk: never the
    milk beside a 2 % drink, never oats or almonds on top of it."""

    @pytest.mark.parametrize(
        ("text", "food", "low", "high"),
        [
            ("soy cappuccino", "cappuccino with soy milk", 50, 90),
            ("oatmilk cappuccino", "cappuccino with oat milk", 60, 110),
            ("skim flat white", "flat white with skimmed milk", 40, 70),
            ("cashew latte", "latte with cashew milk", 30, 70),
            ("iced almond latte", "iced latte with almond milk", 30, 70),
            ("skinny chai latte", "chai latte with skimmed milk", 180, 240),
        ],
    )
    def test_the_milk_named_before(self, text: str, food: str, low: float,
                                   high: float) -> None:
        (item,) = meal(text).items
        assert item.food == food
        assert item.kcal is not None and low <= item.kcal <= high

    def test_the_milk_named_after(self) -> None:
        """"a latte with almond milk" is one latte, of almond milk (45 kcal, not a 2 % 150)."""
        (item,) = meal("medium latte with almond milk").items
        assert item.food == "latte with almond milk"
        assert item.kcal is not None and item.kcal < 60
        (item,) = meal("flat white, skimmed milk").items
        assert item.food == "flat white with skimmed milk"

    def test_a_milk_word_before_no_milky_drink_is_not_read_so(self) -> None:
        assert foods("oat cookie") != ["cookie with oat milk"]
        assert foods("almond croissant") == ["almond croissant"]


class TestWhatItWasFor:
    @pytest.mark.parametrize(
        ("text", "food"),
        [("salt tabs for cramps", "electrolyte drink"), ("gel for a boost", "energy gel"),
         ("coffee for the caffeine", "coffee"), ("dates for energy", "dates")],
    )
    def test_the_purpose_is_no_food(self, text: str, food: str) -> None:
        assert foods(text) == [food]

    def test_a_meal_named_for_keeps_its_label(self) -> None:
        assert meal("porridge for breakfast").meal == "breakfast"


class TestMoreKitchens:
    @pytest.mark.parametrize(
        ("text", "food", "low", "high"),
        [
            ("jollof", "jollof rice", 420, 560),
            ("indonesian fried rice", "nasi goreng", 550, 700),
            ("prawn laksa", "laksa", 520, 700),
            ("aloo parantha", "aloo paratha", 300, 400),
            ("pad krapow", "pad kra pao", 650, 820),
            ("spanish tortilla", "spanish omelette", 330, 430),
            ("beef burgundy", "beef bourguignon", 500, 650),
            ("lamb dhansak", "balti", 360, 480),
            ("korean beef", "bulgogi", 330, 440),
            ("turkish eggs", "menemen", 250, 340),
            ("koshary", "koshari", 480, 620),
            ("banku", "fufu", 330, 430),
        ],
    )
    def test_one_dish_at_a_home_portion(self, text: str, food: str, low: float,
                                        high: float) -> None:
        (item,) = meal(text).items
        assert item.food == food
        assert item.kcal is not None and low <= item.kcal <= high

    def test_onigiri_counted_by_the_ball(self) -> None:
        (item,) = meal("2 rice balls").items
        assert item.food == "onigiri" and item.grams == pytest.approx(240)


class TestMoreFuel:
    def test_aid_station_potatoes_are_small(self) -> None:
        """Salted potatoes at an aid station are 40 g pieces, not baked potatoes (173 g)."""
        (item,) = meal("5 salted potatoes").items
        assert item.grams == pytest.approx(200)

    def test_a_caffeine_pill_has_no_energy(self) -> None:
        (item,) = meal("2 caffeine tablets").items
        assert item.kcal == 0

    def test_core_power_is_a_shake_not_core_work(self) -> None:
        assert foods("fairlife core power") == ["ready to drink protein shake"]
        assert foods("a core power shake") == ["ready to drink protein shake"]

    @pytest.mark.parametrize(
        ("text", "grams"),
        # a bag of sweets is the shop bag (140 g, tests/engine/test_food_families.py), a pack of
        # chews its serving
        [("a bag of gummy bears", 140), ("2 packs of shot bloks", 60),
         ("a bag of tangfastics", 140)],
    )
    def test_a_bag_of_sweets_is_the_bag_not_one_sweet(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert item.grams == pytest.approx(grams)

    def test_orange_wedges_are_orange(self) -> None:
        assert foods("orange wedges") == ["orange"]
