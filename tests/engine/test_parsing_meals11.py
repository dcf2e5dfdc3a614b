"""Issue 15, round 11 "meals": the meal and food-item classes block p showed missed (checked on
made-up messages, not the corpus's): portions and rows the table had wrong, a fun size candy,
an Easter egg by its weight, foods the blocks decided to ask about, a word read by its company
(US biscuits, a pie with sauce, a sliced tortilla), a correction with "sorry", foods had at a
race named with its time, a dish of two fillings at a kcal, a meal's name beside the run's, a
kcal after an emoji or after a cafe's drink, names before a colon or a comma, a log with a
question after it."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import parse


def foods(text: str) -> list[str | None]:
    return [item.food for item in meal(text).items]


def kcal(text: str) -> float:
    return sum(item.kcal or 0.0 for item in meal(text).items)


class TestPortionsAndRows:
    """A kipper had been USDA's medium fillet (40 g), a clementine the tangerine row."""

    def test_a_kipper_is_usda_s_large_fillet(self) -> None:
        (item,) = meal("2 kippers").items
        assert (item.source, item.grams) == ("usda:15042", 130.0)

    def test_a_clementine_is_usda_s_clementine(self) -> None:
        (item,) = meal("3 clementines at half time").items
        assert (item.source, item.grams) == ("usda:09433", 222.0)


class TestFunSize:
    """ "3 fun size Snickers" had logged nothing at all, "4 fun size milky ways" full bars."""

    @pytest.mark.parametrize(
        ("text", "source", "grams"),
        [
            ("3 fun size Snickers from the trick or treat bag", "usda:19155", 45.0),
            ("2 fun-size bags of peanut M&Ms", "usda:19140", 36.0),
            ("a fun size bag of peanut m&ms", "usda:19140", 18.0),
            ("4 fun size milky ways", "usda:19135", 68.0),
        ],
    )
    def test_a_fun_size_candy_is_usda_s_fun_size(
        self, text: str, source: str, grams: float
    ) -> None:
        (item,) = meal(text).items
        assert (item.source, item.grams) == (source, pytest.approx(grams))

    def test_a_candy_with_no_fun_size_of_its_own_is_a_small_share_of_its_bar(self) -> None:
        (item,) = meal("a fun size m&ms").items
        assert item.resolved and 10 < (item.grams or 0) < 20


class TestAnEasterEggByItsWeight:
    """ "40g of my Easter egg" had been asked about: the weight is given, the chocolate known."""

    @pytest.mark.parametrize(
        ("text", "grams"),
        [("35g of my easter egg", 35.0), ("a chunk of easter egg, about 25g", 25.0)],
    )
    def test_its_grams_are_milk_chocolate(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert (item.source, item.grams) == ("usda:19120", grams)

    def test_with_no_weight_it_is_still_asked(self) -> None:
        (item,) = meal("an easter egg").items
        assert not item.resolved


class TestAsked:
    """Poutine is asked (blocks l and p): its fries, curds and gravy vary by the truck."""

    @pytest.mark.parametrize(
        "text", ["a large poutine at the rink", "poutine", "a bowl of poutine with the kids"]
    )
    def test_poutine_is_asked(self, text: str) -> None:
        assert [item.resolved for item in meal(text).items] == [False]

    @pytest.mark.parametrize(
        "text", ["crumpets after the hockey game", "pavlova after the rugby game"]
    )
    def test_a_food_sr28_lacks_after_a_team_game_is_the_food_asked(self, text: str) -> None:
        (item,) = meal(text).items
        assert not item.resolved and item.text == text.split(" after ", maxsplit=1)[0]


class TestAWordReadByItsCompany:
    """ "2 biscuits with butter and grits at the diner" had been two cookies; "a pie with
    sauce" an apple pie with barbecue sauce; "a slice of tortilla" a flour wrap."""

    @pytest.mark.parametrize(
        "text",
        [
            "2 biscuits and a coffee at the diner",
            "a biscuit with butter and a coffee",
            "grits, 2 biscuits and an egg",
        ],
    )
    def test_biscuits_with_us_company_are_us_biscuits(self, text: str) -> None:
        assert "buttermilk biscuit" in foods(text)

    @pytest.mark.parametrize(
        "text", ["2 biscuits with my tea", "a couple of digestive biscuits at the diner"]
    )
    def test_biscuits_elsewhere_stay_as_they_were(self, text: str) -> None:
        assert "buttermilk biscuit" not in foods(text)

    def test_butter_covers_each_us_biscuit(self) -> None:
        butter = meal("3 biscuits with butter at the diner").items[1]
        assert (butter.food, butter.quantity) == ("butter", 3.0)

    def test_a_pie_with_sauce_is_a_meat_pie_with_tomato_sauce(self) -> None:
        assert foods("a pie with sauce at half time") == ["servo pie", "ketchup"]

    def test_an_apple_pie_keeps_its_name(self) -> None:
        assert foods("apple pie with custard") == ["apple pie", "custard"]

    def test_a_slice_of_tortilla_is_the_spanish_omelette(self) -> None:
        assert foods("a wedge of tortilla and a coffee") == ["spanish omelette", "coffee"]


class TestACorrectionWithSorry:
    """ "a mince pie, sorry, a meat pie" had logged both pies."""

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("a scone, sorry, a teacake with butter", "teacake"),
            ("a latte, oops, a flat white", "flat white"),
            ("a pint of bitter, sorry, a pint of cider", "cider"),
        ],
    )
    def test_the_food_after_the_apology_replaces_the_one_before(
        self, text: str, kept: str
    ) -> None:
        assert kept in foods(text)[0]
        assert len(foods(text)) == (2 if "butter" in text else 1)


class TestFoodsAtARaceWithItsTime:
    """ "corn dog and a root beer at the county fair 5k, 26:10" had lost the root beer to a
    second meal."""

    def test_the_foods_are_one_meal_beside_the_run(self) -> None:
        events = parse("a hot dog and a lemonade at the village fete 10k, 52:40").events
        runs = [e for e in events if isinstance(e, RunLogged)]
        meals = [e for e in events if isinstance(e, MealLogged)]
        assert [(r.distance_m, r.duration_s) for r in runs] == [(10000.0, 3160.0)]
        assert len(meals) == 1 and len(meals[0].items) == 2

    def test_a_placing_at_a_race_is_no_meal(self) -> None:
        events = parse("finished 3rd at the county fair 5k, 19:10").events
        assert [type(e) for e in events] == [RunLogged]


class TestADishOfTwoFillingsAtAKcal:
    """ "peanut butter and honey wrap (420 kcal)" had been the table's peanut butter and a
    420 kcal honey wrap."""

    @pytest.mark.parametrize(
        "text", ["cheese and pickle sandwich (390 kcal)", "bacon and egg bap 480 kcal"]
    )
    def test_the_dish_is_the_kcal_given(self, text: str) -> None:
        (item,) = meal(text).items
        assert item.source == "stated" and item.kcal in (390.0, 480.0)


class TestAMealNamedBesideTheRun:
    """ "brekkie after the run: ..." had been a recovery meal."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("brekkie after my long run: porridge and a banana", "breakfast"),
            ("dinner after the club run: pasta", "dinner"),
            ("after the run: a bagel", "recovery"),
        ],
    )
    def test_the_named_meal_wins(self, text: str, label: str) -> None:
        assert meal(text).meal == label


class TestKcalAfterAnEmojiOrADrink:
    """ "pizza 🍕 560kcal after the 15k" had been the table's pizza and a 560 kcal blank."""

    def test_a_kcal_after_an_emoji_is_the_food_s(self) -> None:
        (item,) = meal("lasagne 🍝 640 kcal").items
        assert (item.source, item.kcal) == ("stated", 640.0)

    def test_a_cafe_s_kcal_after_a_drink_is_the_cake_s(self) -> None:
        drink, cake = meal("a latte and a slice of lemon cake 420 kcal").items
        assert drink.source != "stated" and cake.kcal == 420.0

    def test_a_pub_s_kcal_after_a_pint_stays_the_two_s(self) -> None:
        assert len(meal("a pint and a packet of crisps 400 kcal").items) == 1


class TestNamesBeforeTheFood:
    """ "19th hole: a pint of lager" and "Ash Wednesday, ..." had logged "19th hole" and
    "ash" as foods to ask about."""

    @pytest.mark.parametrize(
        "text",
        [
            "19th hole: 2 pints of lager",
            "Shrove Tuesday, 3 pancakes with lemon",
            "Palm Sunday, a bowl of porridge",
        ],
    )
    def test_no_food_is_asked_about(self, text: str) -> None:
        assert all(item.resolved for item in meal(text).items)

    def test_a_comment_after_the_food_is_no_food(self) -> None:
        assert foods("a burger after the race, well earned") == ["burger"]

    def test_a_food_sr28_lacks_after_another_is_no_place(self) -> None:
        assert [i.resolved for i in meal("lemon curd on a crumpet").items] == [False, False]


class TestALogWithAQuestion:
    """ "before my run I had a slice of toast with jam, is that enough?" had logged nothing."""

    @pytest.mark.parametrize(
        "text",
        [
            "before my long run I had porridge and a banana, was that enough?",
            "had 2 eggs on toast this morning, should I eat more?",
        ],
    )
    def test_the_meal_is_logged(self, text: str) -> None:
        assert meal(text).items


class TestAShareRestatedInGrams:
    """ "ate half my Easter egg, it's 200g so 100g of milk chocolate" had been half an egg
    asked about and 200 g of chocolate."""

    @pytest.mark.parametrize(
        ("text", "grams"),
        [
            ("ate a third of the easter egg, it's 270g so 90g", 90.0),
            ("half the bar, the bar is 180g so 90g of milk chocolate", 90.0),
        ],
    )
    def test_the_grams_are_what_was_eaten(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert (item.source, item.grams) == ("usda:19120", grams)

    def test_a_pizza_slice_of_two_toppings_is_one_dish_at_its_kcal(self) -> None:
        (item,) = meal("pepperoni and mushroom pizza slice (320 kcal)").items
        assert (item.source, item.kcal) == ("stated", 320.0)
