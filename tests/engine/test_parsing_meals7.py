"""Issue 15, round 7 "meals": what is no meal though it names food (buying it), and where a
meal ends in a day's log (checked on made-up messages, not the corpus's)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import parse


class TestBuyingIsNotEating:
    """ "bought 2kg of oats" is shopping: logging 7,580 kcal would wreck the runner's day."""

    @pytest.mark.parametrize(
        "text",
        [
            "bought 3kg of porridge oats at aldi",
            "picked up a big tub of peanut butter from the supermarket",
            "ordered 24 energy bars for the season",
            "stocked up on pasta and rice for race week",
            "did the weekly shop: 12 eggs, a loaf and 2 tins of beans",
            "got a 1kg bag of granola on offer",
            "just bought 6 boxes of weetabix in the sale",
        ],
    )
    def test_food_bought_logs_no_meal(self, text: str) -> None:
        result = parse(text)
        assert result.events == ()
        assert result.unparsed == ()  # nothing to ask about either

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("bought a muffin at the station and ate it on the train", "muffin"),
            ("bought a bag of crisps and ate the lot", "crisps"),
            ("bought a sausage roll for lunch", "sausage roll"),
        ],
    )
    def test_food_bought_and_eaten_is_still_logged(self, text: str, food: str) -> None:
        assert any(item.food == food for item in meal(text).items)

    def test_a_single_thing_bought_without_a_shop_s_amount_is_had(self) -> None:
        assert [item.food for item in meal("bought a coffee and a croissant").items] == [
            "coffee", "croissant",
        ]

    def test_what_follows_the_shopping_then_is_eaten(self) -> None:
        assert [i.food for i in meal("bought 2kg of oats, then 2 eggs on toast").items] == [
            "egg", "toast",
        ]

    def test_a_run_after_the_shopping_is_still_logged(self) -> None:
        (run,) = parse("bought a 5kg bag of rice, then ran 10k in 50:00").events
        assert isinstance(run, RunLogged)
        assert run.distance_m == 10000

    @pytest.mark.parametrize(
        "text", ["made a big pot of chilli for the week", "baked a tray of flapjacks for the club"]
    )
    def test_a_batch_cooked_is_no_meal(self, text: str) -> None:
        assert not any(isinstance(e, MealLogged) for e in parse(text).events)

    def test_i_made_food_and_ate_it(self) -> None:
        assert [i.food for i in meal("I made 2 boiled eggs").items] == ["boiled egg"]

    def test_a_run_past_the_shops_is_no_shopping(self) -> None:
        (run,) = parse("got in 8 miles before the shops opened, 1:10:00").events
        assert isinstance(run, RunLogged)
        assert not any(isinstance(e, MealLogged) for e in parse("got in 8 miles").events)


def meals_of(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


class TestAFoodWithItsOwnKcalInADaysLog:
    """After a run or a weigh-in, "chicken salad 380 kcal, spaghetti 700 kcal" were two meals
    eaten hours apart; one 1,080 kcal meal would misplace the runner's refuelling."""

    @pytest.mark.parametrize(
        ("text", "kcals"),
        [
            ("ran 6k 33:00, then a wrap (450 kcal) and a risotto (700 kcal)", [450, 700]),
            ("72.0 kg, 8k 41:00, a pasty 480 kcal, a chicken korma 820 kcal", [480, 820]),
            ("did 5 mi in 44:00. had nachos (600 cal) and a burger (750 cal).", [600, 750]),
            ("tempo 8k 38:00, then a brownie (250 kcal), then a stew 650 kcal", [250, 650]),
        ],
    )
    def test_each_is_a_meal_of_its_own(self, text: str, kcals: list[int]) -> None:
        assert [round(m.kcal) for m in meals_of(text)] == kcals

    def test_food_before_it_is_the_meal_before(self) -> None:
        first, second = meals_of("parkrun 26:00, 2 slices of toast, a lasagne 600 kcal")
        assert [i.food for i in first.items] == ["toast"]
        assert round(second.kcal) == 600

    def test_food_joined_by_and_shares_its_meal(self) -> None:
        (snack,) = meals_of("ran 5k 25:00 then a coffee and a flapjack 320 kcal")
        assert len(snack.items) == 2

    def test_food_after_it_without_a_kcal_stays_with_it(self) -> None:
        (lunch,) = meals_of("10k 50:00, then a tuna wrap 430 kcal, an apple and a coffee")
        assert len(lunch.items) == 3

    def test_fuel_priced_by_the_piece_stays_in_the_meal(self) -> None:
        (fuel,) = meals_of("20k 1:50:00, 3 gels (100 kcal each) and a banana")
        assert len(fuel.items) == 2

    def test_without_a_run_or_weigh_in_the_foods_are_one_meal(self) -> None:
        (meal_,) = meals_of("a chicken wrap (450 kcal) and a smoothie (300 kcal)")
        assert round(meal_.kcal) == 750

    def test_a_labelled_meal_keeps_its_foods(self) -> None:
        meals = meals_of("ran 8k 40:00. lunch: an apple, a chicken wrap 450 kcal")
        assert [len(m.items) for m in meals] == [2]


class TestADishWhoseNameHoldsAnd:
    """ "10k 50:00, fish and chips" had logged the chips alone: the fish went with the run."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("parkrun 26:40, fish and chips", "fish and chips"),
            ("ran 12k in 1:01:00, mac and cheese after", "mac and cheese"),
            ("8 miles 1:10:00 and bangers and mash for tea", "bangers and mash"),
            ("half marathon 1:55:00, cod and chips on the pier", "fish and chips"),
        ],
    )
    def test_the_dish_is_logged_whole_beside_the_run(self, text: str, food: str) -> None:
        run, meal_ = parse(text).events
        assert isinstance(run, RunLogged)
        assert isinstance(meal_, MealLogged)
        assert [item.food for item in meal_.items] == [food]

    def test_two_foods_joined_by_and_stay_two(self) -> None:
        _, meal_ = parse("10k 50:00, eggs and toast").events
        assert isinstance(meal_, MealLogged)
        assert len(meal_.items) == 2


class TestWordsAroundTheFood:
    """Why, where or while what the runner ate is no food: not asked about, not a food."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("coffee stop for a croissant and an espresso", ["croissant", "espresso"]),
            ("popped into the bakery for a sausage roll", ["sausage roll"]),
            ("pit stop halfway round for a flapjack and a banana", ["flapjack", "banana"]),
            ("went to the pub for a pint and a packet of crisps", ["beer", "crisps"]),
        ],
    )
    def test_the_food_after_for_is_the_meal(self, text: str, foods: list[str]) -> None:
        result = parse(text)
        (meal_,) = result.events
        assert isinstance(meal_, MealLogged)
        assert [item.food for item in meal_.items] == foods
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("decorating all afternoon, a kitkat and a coffee", ["kit kat", "coffee"]),
            ("weeding the allotment, 2 bananas", ["banana"]),
            ("marking exams till late, a slice of toast", ["toast"]),
        ],
    )
    def test_what_the_runner_was_doing_is_not_asked_about(
        self, text: str, foods: list[str]
    ) -> None:
        result = parse(text)
        (meal_,) = result.events
        assert isinstance(meal_, MealLogged)
        assert [item.food for item in meal_.items] == foods
        assert all(item.resolved for item in meal_.items)

    def test_a_food_ending_in_ing_is_still_a_food(self) -> None:
        items = meal("pudding, a coffee").items
        assert [item.food is not None for item in items] == [True, True]

    def test_an_unknown_food_is_still_asked_about(self) -> None:
        first, coffee = meal("a flurbo, a coffee").items
        assert not first.resolved
        assert coffee.food == "coffee"


class TestWordsBeforeAMealsLabel:
    """ "builder's lunch: ..." had logged a builder's tea as a meal of its own."""

    @pytest.mark.parametrize(
        ("text", "kind", "count"),
        [
            ("builder's lunch: a cheese sandwich and an apple", "lunch", 2),
            ("meal prep dinner: 150g salmon, 200g rice", "dinner", 2),
            ("post long run breakfast: 3 eggs and 2 slices of toast", "breakfast", 2),
        ],
    )
    def test_they_name_the_meal_and_log_nothing(self, text: str, kind: str, count: int) -> None:
        (meal_,) = parse(text).events
        assert isinstance(meal_, MealLogged)
        assert (meal_.meal, len(meal_.items)) == (kind, count)

    def test_food_before_the_label_with_a_comma_is_its_own_meal(self) -> None:
        first, lunch = parse("porridge, lunch: tomato soup").events
        assert isinstance(first, MealLogged) and isinstance(lunch, MealLogged)
        assert [i.food for i in first.items] == ["porridge"]


class TestWhatWasHadInstead:
    """ "instead of wine: a can of diet coke and a bag of crisps" had logged nothing at all."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("instead of pudding: a pot of yoghurt and a banana", ["yogurt", "banana"]),
            ("instead of beer: a can of diet coke", ["diet coke"]),
            ("instead of the takeaway, 2 eggs on toast", ["egg", "toast"]),
        ],
    )
    def test_the_food_after_what_was_not_had_is_logged(
        self, text: str, foods: list[str]
    ) -> None:
        assert [item.food for item in meal(text).items] == foods

    def test_a_clock_in_what_was_not_done_is_no_heading(self) -> None:
        events = parse("instead of the 7:30 run, a 30 min swim").events
        assert len(events) == 1
        assert not isinstance(events[0], MealLogged)


class TestButtered:
    """ "a buttered roll" had been asked about; it is the roll and a pat of butter."""

    @pytest.mark.parametrize(
        ("text", "bread", "pats"),
        [
            ("a buttered roll", "dinner roll", 1),
            ("2 buttered bread rolls", "dinner roll", 2),
            ("3 buttered english muffins and a coffee", "english muffin", 3),
            ("a buttered bagel", "bagel", 1),
        ],
    )
    def test_the_bread_and_a_pat_on_each(self, text: str, bread: str, pats: int) -> None:
        items = meal(text).items
        assert items[0].food == bread
        (butter,) = [i for i in items if i.food == "butter"]
        assert butter.grams == pytest.approx(5.0 * pats)

    def test_a_buttered_food_the_table_knows_stays_whole(self) -> None:
        (item,) = meal("2 slices of buttered toast").items
        assert item.food == "buttered toast"

    def test_a_stack_of_pancakes_shares_its_butter(self) -> None:
        items = meal("4 pancakes with butter").items
        (butter,) = [i for i in items if i.food == "butter"]
        assert butter.grams == pytest.approx(5.0)


class TestAnEventAfterTheFood:
    """ "a bacon roll after the turkey trot" had been asked about whole: "turkey" is food."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("a bacon roll after the turkey trot", "bacon roll"),
            ("2 slices of toast before the pancake race", "toast"),
            ("a flapjack after the cheese rolling", "flapjack"),
        ],
    )
    def test_the_event_is_when_not_what(self, text: str, food: str) -> None:
        result = parse(text)
        assert [i.food for i in meal(text).items] == [food]
        assert result.unparsed == ()

    def test_a_food_after_a_food_is_still_food(self) -> None:
        assert "egg" in [i.food for i in meal("a coffee after the eggs, 2 eggs").items]

    @pytest.mark.parametrize(
        "text", ["a banana straight after the long run", "a banana right after parkrun"]
    )
    def test_how_soon_is_when_too(self, text: str) -> None:
        (item,) = meal(text).items
        assert item.food == "banana"


class TestARecoveryShake:
    """A recovery shake is a scoop of whey (30 g) in water: ~110 kcal, not 500 g of
    chocolate milk (380 kcal)."""

    @pytest.mark.parametrize(
        "text", ["a recovery shake and 2 rice cakes", "recovery shake straight after the hills"]
    )
    def test_it_is_a_protein_shake(self, text: str) -> None:
        (shake, *_) = meal(text).items
        assert shake.food == "protein shake"
        assert 90 <= (shake.kcal or 0) <= 130

    def test_a_recovery_drink_is_still_chocolate_milk(self) -> None:
        (drink,) = meal("a recovery drink").items
        assert drink.food == "recovery drink"


class TestADishWithItsPartsInBrackets:
    """ "porridge (60g oats, 200ml semi skimmed)" had counted a bowl of porridge as well."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("porridge (60g oats, 200ml semi skimmed)", ["oats", "semi-skimmed milk"]),
            ("porridge (50g oats, a banana)", ["oats", "banana"]),
        ],
    )
    def test_the_parts_are_the_dish(self, text: str, foods: list[str]) -> None:
        assert [item.food for item in meal(text).items] == foods

    def test_a_kcal_after_a_later_food_is_that_food_s(self) -> None:
        first, salad = meals_of("8k 40:00, overnight oats (50g oats, 150ml milk), salad 380 kcal")
        assert [item.food for item in first.items] == ["oats", "milk"]
        assert round(salad.kcal) == 380

    def test_a_kcal_right_after_the_brackets_is_the_dish_s(self) -> None:
        (item,) = meal("pancakes (2 eggs, 100g flour) 420 kcal").items
        assert item.kcal == 420

    def test_an_amount_of_the_food_itself_keeps_the_food(self) -> None:
        assert "toast" in [item.food for item in meal("toast (2 slices, butter)").items]


class TestAWeightInBracketsAfterAShare:
    """ "half a tub of hummus (100g)" had logged 7.5 g of it: the weight said is what was eaten."""

    @pytest.mark.parametrize(
        ("text", "food", "grams"),
        [
            ("a tin of tuna (120g)", "tuna", 120),
            ("half a tub of hummus (100g)", "hummus", 100),
            ("half a jar of pasta sauce (250g)", "pasta sauce", 250),
            ("a pot of greek yoghurt (170g)", "greek yogurt", 170),
        ],
    )
    def test_the_weight_is_the_amount(self, text: str, food: str, grams: float) -> None:
        (item,) = meal(text).items
        assert (item.food, item.grams) == (food, grams)


class TestHowAFoodWasServed:
    """ "2 boiled potatoes dipped in salt" had been asked about whole: it is the potatoes."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("2 boiled potatoes dipped in salt", ["boiled potatoes", "salt"]),
            ("a banana sprinkled with salt", ["banana", "salt"]),
            ("porridge drizzled with honey", ["porridge", "honey"]),
        ],
    )
    def test_the_food_and_what_it_was_served_with(self, text: str, foods: list[str]) -> None:
        assert [item.food for item in meal(text).items] == foods


class TestARideIsNoFood:
    """ "subway to the start" had logged a 361 kcal sub."""

    @pytest.mark.parametrize(
        "text", ["subway to the start, then 10k 50:00", "took the subway to the race, 10k 50:00"]
    )
    def test_the_run_alone_is_logged(self, text: str) -> None:
        (run,) = parse(text).events
        assert isinstance(run, RunLogged)

    def test_food_after_the_ride_is_logged(self) -> None:
        assert [i.food for i in meal("caught the bus home, a kitkat").items] == ["kit kat"]

    def test_a_subway_sandwich_is_a_sub(self) -> None:
        assert [i.food for i in meal("a subway sandwich").items] == ["sub"]


class TestFastFood:
    """A chain's burger and its fries, counted as the chain sells them."""

    def test_a_row_that_holds_the_cheese_gets_no_second_cheese(self) -> None:
        items = meal("a burger king whopper with cheese").items
        assert [i.source for i in items] == ["usda:21253"]  # WHOPPER, with cheese

    def test_extra_cheese_said_is_still_counted(self) -> None:
        assert len(meal("a whopper with cheese and extra cheese").items) == 2

    @pytest.mark.parametrize(
        ("text", "fries"),
        [("a big mac and chips", "fries"), ("a whopper and chips", "burger king fries")],
    )
    def test_chips_beside_a_chain_s_burger_are_its_medium_fries(
        self, text: str, fries: str
    ) -> None:
        _, chips = meal(text).items
        assert (chips.food, chips.grams) == (fries, 117)

    def test_chips_beside_a_pub_burger_are_a_plate_of_chips(self) -> None:
        _, chips = meal("a burger and chips at the pub").items
        assert (chips.food, chips.grams) == ("chips", 150)


class TestABatchCookedAhead:
    """ "cooked 1kg of mince into 5 portions, ate a portion" is 200 g of it, not the batch."""

    @pytest.mark.parametrize(
        ("text", "food", "grams"),
        [
            ("cooked 1kg of mince into 5 portions, ate a portion", "beef mince", 200),
            ("made 1.2kg of chilli into 4 portions and had one", "chili con carne", 300),
            ("batch cooked 600g of rice for 3 lunches, had one", "rice", 200),
            ("cooked 1kg of mince into 25 portions, ate one", "beef mince", 40),  # had raised
        ],
    )
    def test_one_share_of_the_batch(self, text: str, food: str, grams: float) -> None:
        (item,) = meal(text).items
        assert (item.food, item.grams) == (food, grams)

    def test_a_batch_into_no_portions_is_no_crash(self) -> None:
        """ "into 0 portions" had raised KeyError out of the parser; now nothing is logged and
        the words come back as not understood (the bot asks about them)."""
        result = parse("cooked 1kg of mince into 0 portions, ate one")
        assert result.events == () and "cooked 1kg of mince into 0 portions" in result.unparsed

    @pytest.mark.parametrize(
        ("text", "grams"),
        [("batch chilli from sunday, a bowl", 242), ("prepped chilli from monday, 2 cups", 484)],
    )
    def test_the_batch_s_words_are_no_part_of_the_food(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert (item.food, item.grams) == ("chili con carne", grams)


class TestAKcalForOnePiece:
    """ "5 gels, 100 kcal a gel" had logged 553 kcal: the gels from the table and a sixth."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("5 gels, 100 kcal a gel", 500),
            ("2 flapjacks, 300 kcal a flapjack", 600),
            ("3 bananas and 4 gels, 90 kcal per gel", 315 + 360),
        ],
    )
    def test_each_piece_has_it(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal, abs=1)

    def test_another_food_s_kcal_is_its_own(self) -> None:
        assert len(meal("5 gels, 100 kcal a banana").items) == 2


class TestABowlOfAReadyCereal:
    """A bowl of a cereal known only by its SR28 row is a bowl of cereal (30 g), with the
    milk a bowl holds, not a 42.67 g cup of it with a glass of milk."""

    @pytest.mark.parametrize("text", ["a bowl of honey nut chex", "bowl of reese's puffs"])
    def test_a_bowl_is_30_g(self, text: str) -> None:
        (cereal,) = meal(text).items
        assert cereal.grams == 30

    def test_a_cup_of_it_is_still_its_cup(self) -> None:
        (cereal,) = meal("a cup of honey nut chex").items
        assert cereal.grams == pytest.approx(42.67)

    def test_oats_in_a_ready_cereal_s_name_take_a_bowl_s_milk(self) -> None:
        _, milk = meal("a bowl of honey bunches of oats with skim milk").items
        assert milk.grams == pytest.approx(129.4, abs=0.5)  # 125 ml

    def test_porridge_s_milk_is_still_a_glass(self) -> None:
        _, milk = meal("porridge with milk").items
        assert milk.grams == 258


class TestPastaWithTomatoSauce:
    """Pasta with tomato sauce made at home is 2 cups of pasta and a serving of marinara
    (~458 kcal), not a can of pasta in sauce (210 kcal)."""

    @pytest.mark.parametrize("text", ["pasta with tomato sauce", "a bowl of tomato pasta"])
    def test_it_is_a_bowl_of_pasta_and_sauce(self, text: str) -> None:
        (dish,) = meal(text).items
        assert 430 <= (dish.kcal or 0) <= 490


class TestMoreWordsBeforeTheFood:
    """Headings and phrases before the food that name none: nothing logged for them, and
    nothing asked."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("post-physio treat: a kitkat", ["kit kat"]),
            ("post-work reward: a banana and a coffee", ["banana", "coffee"]),
            ("sat in traffic for an hour, a banana", ["banana"]),
            ("waited ages at the airport, 2 boiled eggs", ["boiled egg"]),
        ],
    )
    def test_only_the_food_is_logged(self, text: str, foods: list[str]) -> None:
        result = parse(text)
        assert [i.food for i in meal(text).items] == foods
        assert result.unparsed == ()

    @pytest.mark.parametrize("text", ["battered flurbo, a coffee", "pickled flurbos, a coffee"])
    def test_an_unknown_food_before_known_food_is_still_asked_about(self, text: str) -> None:
        first, coffee = meal(text).items
        assert (first.resolved, coffee.food) == (False, "coffee")


class TestACommentAfterTheFood:
    """ "then poutine obviously" had logged no meal at all: the comment read into the name."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("a flapjack obviously", "flapjack"),
            ("beans on toast as usual", "beans on toast"),
            ("a kitkat of course", "kit kat"),
            ("porridge as always", "porridge"),
        ],
    )
    def test_the_food_is_logged(self, text: str, food: str) -> None:
        assert [i.food for i in meal(text).items] == [food]

    def test_a_run_then_food_obviously_logs_both(self) -> None:
        run, meal_ = parse("10k 50:00 then a bagel obviously").events
        assert isinstance(run, RunLogged) and isinstance(meal_, MealLogged)


class TestTheMealAfterADishWithItsKcal:
    """In a day's log, food in a clause of its own after a dish with its kcal is the next
    meal; food after it in the same clause ("tuna wrap 430 kcal, a banana") is the same."""

    @pytest.mark.parametrize(
        "text",
        ["8k 40:00; a curry 700 kcal; an apple", "70.4 kg. 6k 33:00. a pie 500 kcal. an apple."],
    )
    def test_the_next_clause_is_the_next_meal(self, text: str) -> None:
        dish, apple = meals_of(text)
        assert round(dish.kcal) in (500, 700)
        assert [i.food for i in apple.items] == ["apple"]


class TestFoodFromTheShopIsStillHad:
    """A sandwich or a bag of crisps got from the shop is a snack had, not shopping."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("got a sandwich from the shop", "sandwich"),
            ("bought a meal deal from tesco", "meal deal"),
            ("got a bag of crisps from the shop", "crisps"),
        ],
    )
    def test_it_is_logged(self, text: str, food: str) -> None:
        assert [i.food for i in meal(text).items] == [food]


class TestWhatWasHadInPlaceOfSomethingElse:
    """ "had an apple instead", "rather than the pub I had a coffee", "I made 2 eggs": the
    food had, with nothing asked about."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("skipped the biscuits, had a banana instead", ["banana"]),
            ("rather than the cafe I had a black coffee", ["coffee"]),
            ("instead of chips I made 2 boiled eggs", ["boiled egg"]),
        ],
    )
    def test_the_food_had(self, text: str, foods: list[str]) -> None:
        result = parse(text)
        assert [i.food for i in meal(text).items] == foods
        assert result.unparsed == ()

    def test_rather_than_a_session_is_no_session(self) -> None:
        (swim,) = parse("rather than running I swam 30 min").events
        assert not isinstance(swim, (MealLogged, RunLogged))


class TestPorridgeWithTheOatsItWasMadeOf:
    """ "porridge with 40g oats and 200ml milk" had counted a bowl of porridge as well."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("porridge with 50g oats and 250ml semi skimmed", ["oats", "semi-skimmed milk"]),
            ("a bowl of oatmeal with 40g oats and blueberries", ["oats", "blueberries"]),
        ],
    )
    def test_the_oats_are_the_porridge(self, text: str, foods: list[str]) -> None:
        assert [i.food for i in meal(text).items] == foods

    def test_rice_with_a_curry_is_a_side_not_its_making(self) -> None:
        assert len(meal("chicken curry with 200g rice").items) == 2


class TestARunWordInAHeadingBeforeFood:
    """ "between school runs: a banana" had dropped the banana: the heading's "runs" read as a
    run with no figures."""

    @pytest.mark.parametrize(
        "text", ["between school runs: a banana", "in between the dog runs: a banana"]
    )
    def test_the_food_after_it_is_logged(self, text: str) -> None:
        assert [i.food for i in meal(text).items] == ["banana"]

    def test_a_run_s_heading_with_figures_is_still_the_run(self) -> None:
        (run,) = parse("long run: 20k 1:50:00").events
        assert isinstance(run, RunLogged)


class TestHowADrinkWasMixed:
    """ "tailwind, 2 scoops per bottle, 4 bottles, 200 kcal a bottle" is 800 kcal: the mix is
    no food of its own, the bottles and their kcal are the drink's."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("tailwind, 2 scoops per bottle, 3 bottles, 200 kcal a bottle", 600),
            ("tailwind: 2 bottles, 1 scoop a bottle, 100 kcal a bottle", 200),
        ],
    )
    def test_the_bottles_at_their_kcal(self, text: str, kcal: float) -> None:
        (drink,) = meal(text).items
        assert drink.kcal == kcal

    def test_a_dish_before_its_parts_is_still_its_parts(self) -> None:
        assert [i.food for i in meal("omelette: 3 eggs, 30g cheddar").items] == [
            "egg", "cheddar",
        ]


class TestSomeOfABatchCooked:
    """ "made a big pot of chilli and had a bowl" had asked what "a bowl" was."""

    @pytest.mark.parametrize(
        ("text", "grams"),
        [
            ("made a big pot of chilli and had a bowl", 242),
            ("cooked a batch of chilli, had 2 cups", 484),
        ],
    )
    def test_the_amount_of_the_batch_s_food(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert (item.food, item.grams) == ("chili con carne", grams)

    def test_other_food_after_it_is_that_food(self) -> None:
        assert [i.food for i in meal("made a big pot of chilli, then a banana").items] == ["banana"]
