"""Issue 15, brief "meals": the numbers and amounts a runner states in a meal, each shape in
words other than the messages it was seen in (the labelled probes are
tests/data/probes-meals2-2026-11-30.jsonl)."""

from __future__ import annotations

import pytest

from engine.errors import ImplausibleValue
from engine.events import RunLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import parse


class TestWhereAKcalWasRead:
    """A stated kcal replaces the dish's table value, whoever's site or app it came from."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("double cheeseburger, 610 cal per their site", 610),
            ("quarter chicken and spicy rice, 720 cal per their menu", 720),
            ("homemade shepherd's pie, 560 kcal by his recipe", 560),
            ("chicken burrito, 900 cal according to their app", 900),
        ],
    )
    def test_the_kcal_is_the_dishs_alone(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal)


class TestHedgedTotals:
    """A hedged kcal after a list of foods is the list's, however the hedge is worded."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("burger and onion rings ~1100 cal i reckon", 1100),
            ("leftover pizza and garlic bread lol 950 cal-ish", 950),
            ("steak and chips 900 kcal or so", 900),
        ],
    )
    def test_the_kcal_is_the_lists(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("lunch burrito ~650", 650),
            ("tea was a lamb curry ~800", 800),
            ("dinner: pasta bake about 750", 750),
        ],
    )
    def test_a_hedged_number_of_hundreds_after_a_dish_is_its_kcal(
        self, text: str, kcal: float
    ) -> None:
        assert meal(text).kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        ("text", "kcal"), [("burrito = 650", 650), ("protein pancakes (450) after the run", 450)]
    )
    def test_a_number_of_hundreds_after_equals_or_in_brackets_is_its_kcal(
        self, text: str, kcal: float
    ) -> None:
        """Was refused as 650 burritos."""
        assert meal(text).kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        ("text", "ml"), [("water ~750", 750), ("coffee (300)", 300), ("diet coke = 330", 330)]
    )
    def test_after_a_drink_far_short_of_it_the_number_is_millilitres(
        self, text: str, ml: float
    ) -> None:
        """Not 750 kcal of water: a glass of it holds none."""
        item = meal(text).items[0]
        assert (item.quantity, item.unit) == (ml, "ml")
        assert item.source != "stated"

    def test_a_small_count_in_brackets_stays_a_count(self) -> None:
        assert meal("eggs (2)").items[0].quantity == 2

    def test_a_hedged_small_number_is_not_read_as_kcal(self) -> None:
        """ "rice ~200" may be 200 g: it is asked about again, not logged as 200 kcal."""
        with pytest.raises(ImplausibleValue):
            meal("rice ~200")


class TestVolumeTimesCount:
    """A measured size per piece times a count is the amount drunk; the container word after
    the size adds nothing."""

    @pytest.mark.parametrize(
        ("text", "ml"),
        [
            ("3 x 330ml coke", 990),
            ("a 500ml bottle of coke", 500),
            ("2 x 250ml orange juice", 500),
            ("2 500ml bottles of gatorade", 1000),
        ],
    )
    def test_the_amount_is_count_times_size(self, text: str, ml: float) -> None:
        item = meal(text).items[0]
        assert (item.quantity, item.unit) == (pytest.approx(ml), "ml")
        assert item.kcal is not None and item.kcal > 0


class TestScoopsOfAShake:
    """A scoop measures a powder: a shake counted in scoops is that much whey, not a milkshake."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("shake 2 scoops and an apple", 310),
            ("post gym shake, 2 scoops", 215),
        ],
    )
    def test_the_shake_is_whey(self, text: str, kcal: float) -> None:
        logged = meal(text)
        assert logged.items[0].food == "protein shake"
        assert logged.kcal == pytest.approx(kcal, rel=0.05)

    def test_ice_cream_keeps_its_scoops(self) -> None:
        assert meal("2 scoops of ice cream").items[0].food == "ice cream"


class TestAPackAndItsDish:
    """ "ready meal, 450 kcal lasagne": the pack is the dish said after it, counted once."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("ready meal, 450 kcal lasagne", 450),
            ("microwave dinner at midnight, 380 kcal mac and cheese", 380),
            ("meal prep, 520 kcal chilli", 520),
        ],
    )
    def test_counted_once_at_the_stated_kcal(self, text: str, kcal: float) -> None:
        logged = meal(text)
        assert (logged.kcal, logged.unresolved_count) == (pytest.approx(kcal), 0)

    def test_a_pack_and_another_food_are_two(self) -> None:
        assert len(meal("ready meal and a 300 kcal yoghurt").items) == 2


class TestAmountsOfADishsParts:
    """Amounts said after a dish for its parts: the dish counted by its parts, once each."""

    def test_a_unit_of_one_part_measures_that_part(self) -> None:
        """ "beans on toast, 2 slices, half a tin": the slices are the toast's, the tin the
        beans' (was two servings of the whole dish, 698 kcal)."""
        logged = meal("beans on toast, 3 slices, half a tin")
        by_food = {item.food: item for item in logged.items}
        assert set(by_food) == {"toast", "baked beans"}
        assert (by_food["toast"].quantity, by_food["toast"].unit) == (3, "slice")
        assert by_food["baked beans"].grams == pytest.approx(207.5)

    @pytest.mark.parametrize(
        ("text", "part", "count"),
        [
            ("sausage and mash, 3 sausages", "sausage", 3),
            ("biscuits and gravy at the diner, 2 biscuits", "kfc biscuit", 2),
        ],
    )
    def test_a_count_of_a_part_is_not_a_second_helping(
        self, text: str, part: str, count: float
    ) -> None:
        logged = meal(text)
        counted = [item for item in logged.items if item.food == part]
        assert [item.quantity for item in counted] == [count]
        assert all(item.food not in {"bangers and mash", "biscuits and gravy"} for item in
                   logged.items)

    def test_a_whole_tin_is_one_tin(self) -> None:
        logged = meal("beans on toast, 2 slices, whole tin")
        assert logged.unresolved_count == 0
        assert {item.food: item.unit for item in logged.items}["baked beans"] == "can"

    @pytest.mark.parametrize(
        ("text", "food"),
        [("ham on a bagel, 3 slices", "ham"), ("peameal bacon on a bun, 3 slices", "back bacon")],
    )
    def test_slices_after_a_counted_bread_are_the_fillings(self, text: str, food: str) -> None:
        """The bagel was counted ("a"), so the slices are the ham's (were dropped unsaid)."""
        item = next(i for i in meal(text).items if i.food == food)
        assert (item.quantity, item.unit) == (3, "slice")


class TestKcalPerPiece:
    """A kcal "at" or "@" after a count is one piece's, counted once per piece."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("3 bars at 230 kcal", 690),
            ("2 flapjacks @ 190 kcal", 380),  # was 760: one piece's kcal multiplied twice
        ],
    )
    def test_the_count_times_the_kcal(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal)


class TestAKcalSaidBeforeTheFoods:
    """A kcal before several foods of one part is theirs together when it is nearer all of
    them than the first alone."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [("meal prep box, 520 kcal chicken and rice", 520), ("900 kcal burger and chips", 900)],
    )
    def test_the_kcal_is_the_lists(self, text: str, kcal: float) -> None:
        logged = meal(text)
        assert (logged.kcal, logged.unresolved_count) == (pytest.approx(kcal), 0)

    def test_a_kcal_near_the_first_food_is_its_own(self) -> None:
        logged = meal("300 kcal bagel and a banana")
        assert logged.kcal == pytest.approx(300 + 105, abs=5)


class TestTheShopBeforeTheKcal:
    """ "a chicken and sweetcorn sandwich from Tesco 380 calories": the shop is no food, the
    kcal the sandwich's (was a chicken breast and a stated 380 on top)."""

    @pytest.mark.parametrize(
        "text",
        [
            "lunch was a chicken and sweetcorn sandwich from Tesco 380 calories",
            "a chicken and sweetcorn sandwich from boots 380 kcal",
        ],
    )
    def test_the_kcal_is_the_sandwichs(self, text: str) -> None:
        logged = meal(text)
        assert (logged.kcal, len(logged.items)) == (pytest.approx(380), 1)
        assert logged.items[0].food == "chicken and sweetcorn sandwich"  # named in the reply


class TestMilkOnCereal:
    """Milk poured on a bowl of cereal is 125 ml, the blocks' bowl (not a glass)."""

    def test_milk_on_weetabix(self) -> None:
        milk = next(i for i in meal("2 weetabix and milk").items if "milk" in (i.food or ""))
        assert (milk.quantity, milk.unit) == (125, "ml")


class TestTheDaysTotalIsNoFood:
    """ "protein's at 190g today" beside a meal is the day's running total: no food is logged
    for it (was 190 g of protein oats)."""

    @pytest.mark.parametrize(
        "text",
        [
            "8oz steak and 2 cups of rice, protein's at 190g today",
            "chicken and rice, protein at 140g so far",
        ],
    )
    def test_only_the_foods_are_logged(self, text: str) -> None:
        assert len(meal(text).items) == 2

    def test_a_meals_own_protein_is_still_read(self) -> None:
        assert meal("chicken breast, 45g protein").protein_g == pytest.approx(45)


class TestOpenAmountsByTheFoodsAround:
    def test_rashers_with_no_count_are_two(self) -> None:
        """A plural with no count is two, rashers too (was one, 8 g of bacon)."""
        bacon = meal("rashers and eggs with 2 slices of brown bread").items[0]
        assert (bacon.food, bacon.quantity) == ("bacon", 2)

    def test_granola_on_a_yogurt_named_by_its_brand_is_a_topping(self) -> None:
        """ "vanilla chobani + granola": the yogurt's topping, not a bowl of granola (60 g)."""
        granola = meal("vanilla chobani + granola").items[1]
        assert (granola.food, granola.grams) == ("granola", pytest.approx(30))

    def test_a_count_of_an_sr28_row_counts_the_pieces_its_name_names(self) -> None:
        """ "3 cheese tamales" (SR28's restaurant row, first measure a "serving" of 1 to 3) is
        three of USDA's 179 g tamale, not three 302 g servings."""
        assert meal("3 cheese tamales at my tia's").items[0].grams == pytest.approx(537)


class TestABlendLaterInAMeal:
    """A shake or smoothie named with its parts after another food is only its parts."""

    @pytest.mark.parametrize(
        "text",
        [
            "2 slices of banana bread and a shake (1 scoop whey, water)",
            "2 english muffins and a smoothie with banana, spinach and oat milk",
        ],
    )
    def test_no_milkshake_or_smoothie_on_top(self, text: str) -> None:
        foods = [item.food for item in meal(text).items]
        assert None not in foods
        assert not any("shake" in f or "smoothie" in f for f in foods if f is not None)


class TestRangesAndHalves:
    """A range of amounts is its middle; "and a half" is half one more."""

    @pytest.mark.parametrize(
        ("text", "quantity", "unit"),
        [
            ("3-4 dates before the long run", 3.5, None),
            ("2 or 3 rice cakes with honey", 2.5, None),
            ("150-200g chicken breast and rice", 175, "g"),  # was refused as 16.8 kg
            ("1-2 slices of toast", 1.5, "slice"),  # was left out, not understood
            ("a banana and a half", 1.5, None),
            ("one and a half bagels", 1.5, None),  # was half a bagel
        ],
    )
    def test_the_amount(self, text: str, quantity: float, unit: str | None) -> None:
        item = meal(text).items[0]
        assert (item.quantity, item.unit) == (pytest.approx(quantity), unit)

    def test_a_banana_and_a_half_is_no_half_marathon(self) -> None:
        assert [e.kind for e in parse("a banana and a half").events] == ["meal"]

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [("ran 5-6 km in 30 min", 6, 30), ("z2-3 run 10k 55 min", 10, 55)],
    )
    def test_runs_keep_their_numbers(self, text: str, km: float, minutes: float) -> None:
        run = parse(text).events[0]
        assert isinstance(run, RunLogged)
        assert (run.distance_m, run.duration_s) == (km * 1000, minutes * 60)


class TestKilojoules:
    """Energy from an Australian or New Zealand label, in kJ, is that many kcal / 4.184."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("muesli bar 600kj", 143),  # was left out, not understood
            ("sausage roll, 1400 kJ on the pack", 335),  # was refused: 1400 sausage rolls
            ("meat pie from the servo 1800kj", 430),  # was the table's pie, 590
            ("burrito 650 k cal", 650),
        ],
    )
    def test_the_kcal(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal, abs=1)

    def test_a_rides_kilojoules_are_no_meal(self) -> None:
        assert [e.kind for e in parse("ride 2h 60km, 1500 kJ").events] == ["activity"]
