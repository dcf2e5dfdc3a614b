"""Issue 15, foods: the rows, portions, sizes and typos a runner's log depends on."""

from __future__ import annotations

import pytest

from engine.food import FoodTable
from tests.engine.test_parsing_second_pass import meal

TABLE = FoodTable.load()


def source(name: str) -> str:
    match = TABLE.match(name)
    assert match is not None, name
    return match.food.source


def grams(text: str, index: int = -1) -> float:
    item = meal(text).items[index]
    assert item.grams is not None, text
    return item.grams


class TestRows:
    """Names that map to the SR28 row the drink or food really is."""

    @pytest.mark.parametrize(
        ("name", "ndb_no"),
        [
            ("diet coke", "14416"),  # aspartame cola with caffeine, not club soda
            ("coke zero", "14146"),
            ("dr pepper", "14153"),  # pepper-type soda, not root beer
            ("hobnobs", "18178"),  # an oat biscuit, not a graham cracker
            ("chicken noodle soup", "06419"),  # the condensed tin made up with water
            ("corn dog", "22973"),
            ("skittles", "19370"),
            ("everything bagel", "18001"),
        ],
    )
    def test_name_maps_to_row(self, name: str, ndb_no: str) -> None:
        assert source(name) == f"usda:{ndb_no}"

    def test_a_chicken_sandwich_is_bread_and_chicken_not_a_mcchicken(self) -> None:
        """A plain chicken sandwich is composed; the fried restaurant one is a fast-food row."""
        plain = TABLE.match("chicken sandwich")
        assert plain is not None and "bread" in dict(plain.food.parts)
        assert source("fried chicken sandwich") == "usda:21526"

    def test_a_turkey_sandwich_is_deli_turkey_without_mayonnaise(self) -> None:
        logged = meal("turkey sandwich")
        assert 190 <= logged.kcal <= 240  # two slices and 56 g of turkey; mayo adds ~100


class TestTypos:
    """A letter dropped from a short word is still the food; common words stay words."""

    @pytest.mark.parametrize(("name", "key"), [("coffe", "coffee"), ("toffe", "toffee")])
    def test_a_dropped_letter(self, name: str, key: str) -> None:
        match = TABLE.match(name)
        assert match is not None and match.food.key == key and not match.exact

    @pytest.mark.parametrize("word", ["place", "grace", "shape", "scope", "these", "share"])
    def test_words_a_changed_letter_from_a_food_are_not_foods(self, word: str) -> None:
        match = TABLE.match(word)
        assert match is None or match.food.key not in {"plaice", "grapes", "scone"}
        assert TABLE._fuzzy_unstemmed(word) is None

    def test_a_typo_in_a_message_logs_the_food(self) -> None:
        logged = meal("banan + coffe")
        assert [item.food for item in logged.items] == ["banana", "coffee"]

    def test_chikn_wrap_is_chicken_in_a_wrap(self) -> None:
        logged = meal("chikn wrap")
        assert 280 <= logged.kcal <= 400


class TestSizes:
    """A size word scales the container it is written with."""

    def test_a_large_glass_of_wine_is_250_ml(self) -> None:
        assert grams("large glass of white wine") == pytest.approx(250)

    def test_a_small_bowl_is_less_than_a_bowl(self) -> None:
        assert grams("a small bowl of pasta") < grams("a bowl of pasta")
        assert grams("a big plate of pasta") > grams("a plate of pasta")

    def test_a_small_handful_is_a_handful(self) -> None:
        assert grams("small handful of raisins") == pytest.approx(grams("handful of raisins"))

    def test_coffee_shop_sizes(self) -> None:
        """A venti is the large, a grande the medium; the table's own rows come first."""
        assert grams("venti mocha") == pytest.approx(1.25 * grams("mocha"))
        assert meal("venti latte").items[0].food == "venti latte"
        assert meal("grande latte").items[0].food == "grande latte"


class TestToppings:
    """Berries, dried fruit and granola on a bowl are a topping, not a snack's portion."""

    def test_blueberries_on_yoghurt_are_a_handful(self) -> None:
        assert grams("greek yoghurt and blueberries") == pytest.approx(50)
        assert grams("blueberries") == pytest.approx(148)  # on their own, a cup

    def test_raisins_on_porridge(self) -> None:
        assert grams("bowl of porridge with raisins") == pytest.approx(20)

    def test_granola_on_yoghurt_is_a_topping_but_a_bowl_of_it_is_not(self) -> None:
        assert grams("yoghurt topped with granola", 1) == pytest.approx(30)
        assert grams("granola with milk", 0) == pytest.approx(60)

    def test_a_stated_amount_wins(self) -> None:
        assert grams("oats with 100g blueberries") == pytest.approx(100)


class TestAroundTheBowlAndToast:
    def test_milk_on_cereal_after_a_banana_is_a_bowls_worth(self) -> None:
        milk = grams("2 weetabix with a sliced banana and semi-skimmed")
        assert 120 <= milk <= 140  # 125 ml, the bowl the labelled blocks give cereal

    def test_jam_covers_each_slice(self) -> None:
        assert grams("2 slices of toast with butter and jam") == pytest.approx(40)

    def test_porridge_weighed_is_the_dry_oats(self) -> None:
        """ "porridge 60g" is 60 g of oats from the bag (~227 kcal), not 60 g cooked."""
        assert 200 <= meal("porridge 60g").kcal <= 250
        assert meal("porridge 300g").kcal == pytest.approx(213, abs=2)

    def test_bran_flakes_are_a_30_g_serving(self) -> None:
        assert grams("bran flakes") == pytest.approx(30)

    def test_syrup_on_pancakes_is_two_tablespoons(self) -> None:
        assert grams("pancakes with maple syrup") == pytest.approx(40)


class TestServings:
    """Usual portions from USDA's and FDA's household measures."""

    def test_a_beer_is_12_fl_oz_and_a_pint_is_568_ml(self) -> None:
        assert grams("a beer") == pytest.approx(355)
        assert grams("a pint") == pytest.approx(568)
        assert grams("2 pints of lager") == pytest.approx(1136)

    @pytest.mark.parametrize(
        ("text", "cup_g"),
        [
            ("a bowl of soup", 230),
            ("bowl of tomato soup", 252),  # USDA's "serving 1 cup" of the made-up tin
            ("a bowl of lentil soup", 248),
            ("bowl of mushroom soup", 245),  # condensed: a cup as served, not a cup of the tin
            ("a bowl of leek and potato soup", 245),
            ("wonton soup", 223),
        ],
    )
    def test_a_bowl_of_soup_is_a_cup(self, text: str, cup_g: float) -> None:
        """The labellers' convention (a "bowl" of soup or chili is a cup), for every soup."""
        assert grams(text) == pytest.approx(cup_g)
        assert grams("soup") == pytest.approx(245)

    @pytest.mark.parametrize(
        ("text", "carton_g"),
        [
            ("chicken chow mein", 302),
            ("sweet and sour chicken", 353),
            ("a beef and broccoli from the chinese", 287),
            ("orange chicken", 324),
            ("pad thai", 370),
            ("an order of orange chicken", 648),
        ],
    )
    def test_a_takeaway_dish_is_one_persons_carton(self, text: str, carton_g: float) -> None:
        """A Chinese takeaway dish the runner does not measure is one person's carton, half of
        USDA's restaurant "order" (the family-style dish); "an order" is the whole of it, and a
        stated cup still counts a cup."""
        assert grams(text) == pytest.approx(carton_g)
        assert grams("1 cup of lo mein") == pytest.approx(136)

    @pytest.mark.parametrize(
        ("text", "dish_g", "max_kcal"),
        [
            ("sausage sandwich", 143, 520),  # 2 slices, two bangers, butter: not 586 kcal
            ("a sausage butty", 143, 520),
            ("sausage egg and chips", 372, 1160),
            ("a full english", 511, 950),
        ],
    )
    def test_sausages_in_a_dish_are_two_40_g_bangers(
        self, text: str, dish_g: float, max_kcal: float
    ) -> None:
        """A British banger weighs ~40 g cooked: a dish with "sausages" holds two (80 g)."""
        item = meal(text).items[0]
        assert item.grams == pytest.approx(dish_g)
        assert item.kcal is not None and item.kcal < max_kcal

    @pytest.mark.parametrize(
        "text", ["bowl of shreddies", "a bowl of shredded wheat", "bowl of cornflakes"]
    )
    def test_a_bowl_of_cereal_is_30_g(self, text: str) -> None:
        """The labellers' "bowl" of cereal, also for the cereal whose USDA cup is 49 g."""
        assert grams(text) == pytest.approx(30)

    def test_a_cheeseburger_is_a_single_regular_patty(self) -> None:
        assert 300 <= meal("cheeseburger").kcal <= 380
        assert meal("large cheeseburger").kcal > 500

    def test_french_toast_is_made_at_home(self) -> None:
        assert meal("2 slices of french toast").items[0].grams == pytest.approx(130)

    def test_a_splash_of_cream_is_half_a_splash_of_milk(self) -> None:
        assert grams("coffee with a splash of half and half") == pytest.approx(15)

    def test_pineapple_on_cottage_cheese(self) -> None:
        assert grams("cottage cheese 150g w/ pineapple") == pytest.approx(80)


class TestPluralsByThePiece:
    """A food whose name is a plural but weighed by the piece: no count is two, not one."""

    @pytest.mark.parametrize(
        ("text", "one", "pieces"),
        [
            ("wings", "a wing", 2),
            ("pancakes", "a pancake", 2),
            ("jaffa cakes", "a jaffa cake", 2),
            ("3 pancakes", "a pancake", 3),
        ],
    )
    def test_a_plural_without_a_count(self, text: str, one: str, pieces: int) -> None:
        assert grams(text) == pytest.approx(pieces * grams(one))


class TestMoreNames:
    """Brands and dishes that map to SR28 rows; a unit word that begins a food's name."""

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("high5 gel", "energy gel"),
            ("uncrustable", "uncrustable"),
            ("bagel thins", "bagel thin"),
            ("soy latte", "soy latte"),
            ("frube", "frube"),
            ("rxbar", "protein bar"),
            ("dextro tablets", "glucose tablets"),
            ("christmas dinner", "christmas dinner"),
            ("pigs in blankets", "pigs in blankets"),
            ("bara brith", "raisin bread"),
            ("pot roast", "pot roast"),
            ("pot noodle", "instant noodles"),
        ],
    )
    def test_the_message_logs_the_food(self, text: str, key: str) -> None:
        assert meal(text).items[0].food == key

    def test_a_pot_of_yoghurt_is_still_yoghurt_by_the_pot(self) -> None:
        assert meal("a pot of yoghurt").items[0].food == "yogurt"

    def test_a_part_of_a_dish_named_again_is_not_a_second_helping(self) -> None:
        """The salmon bagel holds its cream cheese; beans on toast with cheese adds cheese."""
        assert len(meal("smoked salmon bagel with cream cheese").items) == 1
        assert len(meal("beans on toast with cheese").items) == 3
        weighed = meal("smoked salmon bagel with 50g cream cheese")  # its cheese, weighed
        assert [i.grams for i in weighed.items if i.food == "cream cheese"] == [50]
        assert weighed.kcal == pytest.approx(261 + 175 + 58, abs=3)  # bagel, cheese, salmon


class TestAmountsInTheName:
    """A number or unit word read as the amount can begin a food's name."""

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("quarter pounder", "quarter pounder"),
            ("half and half", "single cream"),
            ("glass of red", "wine"),
            ("a large glass of red", "wine"),
            ("2 glasses of white", "white wine"),
        ],
    )
    def test_the_whole_name(self, text: str, key: str) -> None:
        assert meal(text).items[0].food == key

    def test_the_size_of_the_glass_is_kept(self) -> None:
        assert grams("a large glass of red") == pytest.approx(250)
        assert grams("2 glasses of red") == pytest.approx(350)  # 175 ml a glass (README)

    def test_an_article_is_still_one(self) -> None:
        """ "a mango" is one whole mango, not the cup the bare name weighs."""
        assert grams("a mango") == pytest.approx(336)

    def test_a_drink_named_by_its_kind(self) -> None:
        """ "drink" is dropped as a verb, not from "sports drink" or "energy drink"."""
        assert meal("sports drink").items[0].food == "sports drink"
        assert meal("energy drink").items[0].food == "energy drink"
        assert meal("drink water").items[0].food == "water"

    def test_a_hedged_amount_is_the_amount(self) -> None:
        assert grams("maybe 8 wings") == pytest.approx(8 * grams("a wing"))

    def test_a_footlong_is_two_six_inch_subs(self) -> None:
        assert grams("footlong turkey sub") == pytest.approx(2 * grams("turkey sub"), rel=0.01)

    def test_a_sprinkle_is_a_tablespoon(self) -> None:
        assert grams("a sprinkle of sultanas") == pytest.approx(9)


class TestBlockBPortions:
    """UK and US servings the second held-out block named."""

    def test_a_bacon_butty_is_three_rashers_a_roll_two(self) -> None:
        assert 260 <= meal("bacon butty").kcal <= 320
        assert 200 <= meal("bacon roll").kcal <= 250

    def test_a_slice_of_cheesecake_is_a_restaurant_slice(self) -> None:
        assert grams("slice of cheesecake") == pytest.approx(125)

    def test_banana_bread_is_its_sr28_row(self) -> None:
        assert meal("banana bread").items[0].source == "usda:18019"

    def test_a_cup_of_dahl_is_a_cup(self) -> None:
        assert grams("1 cup dal") == pytest.approx(240)

    @pytest.mark.parametrize(
        ("text", "ndb_no"),
        [("smoked haddock", "15035"), ("sausage egg biscuit", "21005"), ("haddock", "15034")],
    )
    def test_the_row_that_names_it(self, text: str, ndb_no: str) -> None:
        assert meal(text).items[0].source == f"usda:{ndb_no}"
