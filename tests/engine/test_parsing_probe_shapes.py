"""Issue 15, shapes the lead found probing main (brief "probes") and the probes' sections of the
third held-out block: meal letters in a day's log, stated totals, numbers per an amount.
Each is checked on variants in other words, numbers and order."""

from __future__ import annotations

import pytest

from engine.errors import ParseError
from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import only_run as run
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_days import meals


class TestMealLetters:
    """A day's log in letters: "b)", "l)", "d)" and "t -" (tea, the evening meal) each start a
    meal of their own."""

    @pytest.mark.parametrize(
        ("text", "kinds", "first_items"),
        [
            (
                "ate: b) instant oatmeal packet, l) tuna sandwich + chips, d) 8oz sirloin",
                ["breakfast", "lunch", "dinner"],
                ["instant oatmeal packet", "tuna sandwich", "8oz sirloin"],
            ),
            (
                "b) porridge l) soup and a roll d) lasagne",
                ["breakfast", "lunch", "dinner"],
                ["porridge", "soup", "lasagne"],
            ),
            (
                "b - 2 poached eggs on toast, l - leftover spag bol, t - jacket spud, s - twix",
                ["breakfast", "lunch", "dinner", "snack"],
                ["2 poached eggs", "leftover spag bol", "jacket spud", "twix"],
            ),
            (
                "b) 2 weetabix, t) shepherds pie",
                ["breakfast", "dinner"],
                ["2 weetabix", "shepherds pie"],
            ),
            ("b: toast, t: fish and chips", ["breakfast", "dinner"], ["toast", "fish and chips"]),
        ],
    )
    def test_each_letter_starts_its_meal(
        self, text: str, kinds: list[str], first_items: list[str]
    ) -> None:
        logged = meals(text)
        assert [m.meal for m in logged] == kinds
        assert [m.items[0].text for m in logged] == first_items
        assert all(item.resolved for m in logged for item in m.items)

    def test_the_lunch_letter_is_no_litre(self) -> None:
        """ "l) tuna sandwich" is lunch, not a litre of tuna sandwich (2,000 kcal)."""
        lunch = meals("b) toast, l) tuna sandwich, d) pasta")[1]
        assert lunch.meal == "lunch"
        assert lunch.items[0].unit is None
        assert lunch.items[0].kcal is not None and lunch.items[0].kcal < 600


class TestStatedTotals:
    """A number written after the foods as their total is the total: not one food's number with
    the others counted on top."""

    @pytest.mark.parametrize(
        "text",
        [
            "protein oats: 60g oats, 1 scoop whey, 200ml almond milk ≈ 430 kcal",
            "60g oats, 1 scoop whey, 200ml almond milk = 430 kcal",
            "60g oats, 1 scoop whey, 200ml almond milk, 430 kcal total",
            "oats, whey and almond milk, total 430 kcal",
        ],
    )
    def test_a_total_at_the_end_is_the_meals(self, text: str) -> None:
        assert meal(text).kcal == pytest.approx(430)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("Dinner: chicken curry with rice (650 kcal)", 650),
            ("porridge with banana (350 kcal)", 350),
            ("toast and jam (300 kcal)", 300),
            ("2 eggs, chilli with rice (700 cals)", 843),  # the eggs are 143 on their own
        ],
    )
    def test_a_number_in_brackets_after_a_dish_is_the_dishs(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal, abs=1)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("handful of pretzels and a gel (90 kcal)", 205),
            ("eggs, toast, banana (105 kcal)", 402),  # bare toast two slices (README)
        ],
    )
    def test_a_number_that_fits_the_last_food_is_its_own(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal, abs=1)


class TestNumbersPerAnAmount:
    """ "100 kcal per 500ml" is scaled to the amount drunk or eaten."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("1.5L of tailwind over the run (100 kcal per 500ml)", 300),
            ("750ml tailwind, 100 kcal per 500ml", 150),
            ("2 litres of sports drink at 30 kcal per 500 ml", 120),
            ("200g greek yoghurt (97 kcal per 100g)", 194),
        ],
    )
    def test_the_number_is_scaled(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal, abs=1)

    @pytest.mark.parametrize(("text", "grams"), [("1.5l water", 1500), ("2.5kg of potatoes", 2500)])
    def test_a_decimal_amount_with_its_unit_is_read_whole(self, text: str, grams: float) -> None:
        """ "1.5l" is 1.5 litres, not 1 of ".5l"."""
        item = meal(text).items[0]
        assert item.grams is not None
        assert item.grams == pytest.approx(grams, rel=0.05)


class TestTheRunnersOwnWords:
    """What the reply echoes is what the runner wrote, never the words with a day or a size
    blanked out of them ("I didn't catch 'a        roast'")."""

    @pytest.mark.parametrize(
        ("text", "echoed"),
        [
            ("monday flurbo stew", "flurbo stew"),
            ("a friday night zorblax", "a friday night zorblax"),
            ("a flurbo 6 inch sub", "a flurbo 6 inch sub"),
            ("ate a wednesday wibble and 2 eggs", "a wednesday wibble"),
        ],
    )
    def test_no_runs_of_blanks_are_echoed(self, text: str, echoed: str) -> None:
        result = parse(text)
        shown = [*result.unparsed] + [
            i.text for m in result.events if isinstance(m, MealLogged) for i in m.items
        ]
        assert all("  " not in s for s in shown)
        assert echoed in shown

    @pytest.mark.parametrize(
        "text", ["a sunday roast", "had a sunday roast", "2 sunday roasts at the pub"]
    )
    def test_a_sunday_roast_is_food(self, text: str) -> None:
        (item,) = meal(text).items
        assert item.food == "sunday roast"

    def test_a_run_on_sunday_is_still_on_sunday(self) -> None:
        (run,) = parse("ran 10k on sunday").events
        assert run.at.weekday() == 6


class TestSubSizes:
    """ "6 inch", "6-inch" and "footlong" anywhere in a sub's name are its size."""

    @pytest.mark.parametrize(
        ("text", "grams"),
        [
            ("a subway 6 inch turkey", 184),
            ("a 6-inch turkey sub", 184),
            ("subway footlong turkey", 367),
            ("a subway footlong italian bmt", 460),
            ("2 subway foot long tuna", 1000),
        ],
    )
    def test_the_size_sets_the_sub(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert item.grams == pytest.approx(grams)
        assert "  " not in item.text


class TestAnAmountAfterSeveralFoods:
    """A bare amount after foods named without one: a serving count is the whole part's, a unit
    is the food measured in it."""

    @pytest.mark.parametrize(
        ("text", "food", "grams"),
        [
            ("toast and marmalade, 2 slices", "toast", 58),
            ("beans and toast, 2 slices", "toast", 58),
        ],
    )
    def test_a_unit_goes_to_the_food_measured_in_it(
        self, text: str, food: str, grams: float
    ) -> None:
        (item,) = [i for i in meal(text).items if i.food == food]
        assert item.grams == pytest.approx(grams)

    @pytest.mark.parametrize(
        "text",
        [
            "dinner was homemade chilli with rice, 2 bowls",
            "fish pie and peas, 2 portions",
            "curry and rice, 2 plates",
        ],
    )
    def test_a_serving_count_doubles_the_whole_part(self, text: str) -> None:
        once = meal(text.rsplit(",", 1)[0])
        twice = meal(text)
        assert [i.food for i in twice.items] == [i.food for i in once.items]
        assert twice.kcal == pytest.approx(2 * once.kcal, rel=0.01)


class TestPortionsFromTheProbes:
    @pytest.mark.parametrize(
        ("text", "grams"),
        [
            ("chicken noodle soup, 1 can", 400),
            ("a tin of chicken noodle soup", 400),
            ("2 cans of chicken noodle soup", 800),
        ],
    )
    def test_a_can_of_soup_is_the_can(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert item.grams == pytest.approx(grams)

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("an energy gel every 30 min for 2 hours", 4),
            ("a gel every 45 mins over 3 hours", 4),
            ("1 gel every 20 minutes for 90 min", 4),
        ],
    )
    def test_food_at_intervals_is_counted(self, text: str, count: int) -> None:
        (item,) = meal(text).items
        assert item.food == "energy gel"
        assert item.quantity == count

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("tailwind 2 scoops in 500ml", 200),
            ("1 scoop tailwind in a bottle of water", 100),
            ("3 scoops of tailwind in 1l", 300),
        ],
    )
    def test_scoops_of_drink_mix_count_and_the_water_does_not(
        self, text: str, kcal: float
    ) -> None:
        assert meal(text).kcal == pytest.approx(kcal, rel=0.02)


class TestRunShapesFromTheProbes:
    @pytest.mark.parametrize(
        ("text", "climb_m"),
        [
            ("trail 18k 2:05, +2400ft", 731.5),
            ("trail 18k 2:05, 2400ft of climbing", 731.5),
            ("trail 18k 2:05, ↑ 2400 ft", 731.5),
            ("hill run 12k 1:10, +450 m", 450),
        ],
    )
    def test_a_climb_after_a_comma_is_the_runs(self, text: str, climb_m: float) -> None:
        result = parse(text)
        (logged,) = result.events
        assert isinstance(logged, RunLogged)
        assert logged.elevation_gain_m == pytest.approx(climb_m, abs=1)
        assert not result.unparsed

    def test_an_amount_after_a_run_is_still_food(self) -> None:
        """ "+2 eggs" has no unit of height: food beside the run."""
        assert meals("ran 10k 50 min, +2 eggs")[0].items[0].food == "egg"

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("4x4 min hills + 2k warm up and cool down, 45 mins", 45),
            ("6x3 min at 5k pace, 2k wu and 2k cd, 50 min total", 50),
            ("5 x 5 min threshold, 3k warm-up, 55 min", 55),
        ],
    )
    def test_a_warm_up_is_no_whole_run(self, text: str, minutes: float) -> None:
        """The distance of a session with timed reps is estimated from its time, as other runs
        without a distance are, not taken from its warm-up (2 km in 45 min)."""
        logged = run(text)
        assert logged.duration_s == pytest.approx(minutes * 60)
        assert "distance_km" in logged.estimated
        assert logged.distance_m > 5000

    def test_a_warm_up_adds_to_measured_reps(self) -> None:
        logged = run("6x800m with 3k warm up/cool down, 48 min")
        assert logged.distance_m == pytest.approx(7800)

    @pytest.mark.parametrize(
        "text", ["c25k w3d1 done", "couch to 5k week 5 day 3 ✅", "C25K W9D3 done!!"]
    )
    def test_a_couch_to_5k_day_asks_for_its_length(self, text: str) -> None:
        with pytest.raises(ParseError, match="Couch to 5K days differ"):
            parse(text)

    def test_a_couch_to_5k_day_with_its_time_is_logged(self) -> None:
        assert run("c25k w3d1 28 min").duration_s == pytest.approx(28 * 60)


class TestFastFoodMeals:
    """A fast-food item named as a meal is the item, medium fries and a medium soft drink."""

    @pytest.mark.parametrize(
        ("text", "main"),
        [
            ("big mac meal", "big mac"),
            ("quarter pounder with cheese meal", "quarter pounder with cheese"),
            ("a whopper meal and a sundae", "whopper"),
            ("lunch: double cheeseburger meal", "double cheeseburger"),
        ],
    )
    def test_the_meal_is_the_item_fries_and_a_drink(self, text: str, main: str) -> None:
        foods = [i.food for i in meals(text)[0].items]
        assert foods[:3] == [main, "fries", "cola"]
        assert "cheddar" not in foods

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("whopper meal, no drink", ["whopper", "fries"]),
            ("big mac meal without fries", ["big mac", "cola"]),
            ("whopper meal no coke", ["whopper", "fries"]),
        ],
    )
    def test_a_side_left_out_is_not_counted(self, text: str, foods: list[str]) -> None:
        result = parse(text)
        assert [i.food for m in meals(text) for i in m.items] == foods
        assert not result.unparsed
        assert all(i.resolved for m in meals(text) for i in m.items)

    def test_two_meals_are_two_of_each(self) -> None:
        items = meal("2 cheeseburger meals").items
        assert [i.quantity for i in items] == [2, 2, 2]

    @pytest.mark.parametrize("text", ["pasta meal", "a big meal", "pre-race meal: pasta"])
    def test_other_meals_get_no_fries(self, text: str) -> None:
        assert all(
            i.food != "fries" for m in meals(text) for i in m.items
        )

    @pytest.mark.parametrize(
        "text", ["quarter pounder with cheese", "a quarter pounder with cheese and a coke"]
    )
    def test_a_name_starting_with_an_amount_word_stays_whole(self, text: str) -> None:
        assert meal(text).items[0].food == "quarter pounder with cheese"


class TestFoodsFromTheProbes:
    @pytest.mark.parametrize(
        ("text", "food", "low", "high"),
        [
            ("in n out double double", "in n out double double", 600, 750),
            ("an in-n-out double-double", "in n out double double", 600, 750),
            ("2 tacos al pastor", "taco al pastor", 300, 500),
            ("al pastor taco", "taco al pastor", 150, 250),
            ("a mango lassi", "mango lassi", 150, 300),
            ("buddha bowl", "buddha bowl", 450, 700),
            ("nandos spicy rice", "nandos spicy rice", 220, 320),
            ("half chicken, spicy rice and a coke", "nandos spicy rice", 220, 320),
        ],
    )
    def test_the_food_is_known(self, text: str, food: str, low: float, high: float) -> None:
        (item,) = [i for i in meal(text).items if i.food == food]
        assert low <= (item.kcal or 0) <= high


class TestATotalOfItsOwn:
    """A sentence that only states the total of the meal before it is that meal's total."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("60g oats, 1 scoop whey, 200ml almond milk. total 430 kcal", 430),
            ("porridge and a banana. 350 kcal total", 350),
            ("2 eggs on toast. about 400 kcal in total", 400),
        ],
    )
    def test_the_total_is_counted_once(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal)

    def test_after_two_meals_it_is_no_meals_total(self) -> None:
        logged = meals("lunch: soup and a roll. dinner: pasta. total 1200 kcal")
        assert logged[0].kcal < 400
