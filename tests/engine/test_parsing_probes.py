"""Issue 15, shapes found by probing main with new runner messages (the probes of 2026-11-30),
each checked on variants in other words, numbers and order."""

from __future__ import annotations

import pytest

from engine.errors import CoachError
from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged, WeightLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import only_run as run
from tests.engine.test_parsing import parse


class TestWholeMinutePace:
    """ "at 9 min pace" is a pace like "at 9:00 pace", not a 9-minute run."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("Ran 6.2 miles this morning at about 9 min pace", 9.978, 55.8),
            ("6 miles at 9 min/mile", 9.656, 54.0),
            ("ran 4 miles at 10 minute pace", 6.437, 40.0),
            ("5 miles, 8 minute miles", 8.047, 40.0),
            ("easy 8 km at 6 min per km", 8.0, 48.0),
            ("did 12k at roughly 5 min kilometres", 12.0, 60.0),
            ("ran 7 miles @ 8.5 min/mi", 11.265, 59.5),
        ],
    )
    def test_the_run_is_logged_at_that_pace(self, text: str, km: float, minutes: float) -> None:
        logged = run(text)
        assert logged.distance_m / 1000 == pytest.approx(km, abs=0.01)
        assert logged.duration_s / 60 == pytest.approx(minutes, abs=0.1)

    def test_a_stated_time_still_wins(self) -> None:
        logged = run("ran 8k in 40 mins at 5 min pace")
        assert logged.duration_s == pytest.approx(2400)


class TestMealLabels:
    """Every meal label is known in one place: "brunch", "supper", "teatime", "midnight snack"."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("brunch: eggs benedict", "breakfast"),
            ("brunch - eggs benedict", "breakfast"),
            ("had eggs benedict for brunch", "breakfast"),
            ("late brunch, avocado toast and a flat white", "breakfast"),
            ("supper was cheese on toast", "dinner"),
            ("teatime: fish fingers", "dinner"),
            ("midnight snack: toast", "snack"),
            ("pre-run: a banana", "snack"),
        ],
    )
    def test_the_label_names_the_meal(self, text: str, kind: str) -> None:
        logged = meal(text)
        assert logged.meal == kind
        assert all(item.resolved for item in logged.items)
        assert not parse(text).unparsed

    def test_brunch_starts_a_meal_of_its_own_in_a_day_log(self) -> None:
        events = parse("brunch pancakes and bacon, supper chicken and rice").events
        assert [e.meal for e in events if isinstance(e, MealLogged)] == ["breakfast", "dinner"]

    def test_a_run_and_a_brunch(self) -> None:
        events = parse("ran 5k in 25 min, brunch: pancakes").events
        assert isinstance(events[0], RunLogged)
        assert isinstance(events[1], MealLogged) and events[1].meal == "breakfast"

    @pytest.mark.parametrize("text", ["yorkshire pudding", "rice pudding"])
    def test_pudding_is_still_food(self, text: str) -> None:
        assert meal(text).kcal > 50


class TestTimedRepsWithATotal:
    """Reps of time ("6x3min", "10x90s") with a total are a run of that total."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("vo2 session 6x3min hard, 50 min total", 50),
            ("hill reps 10x90s, 45 min in total", 45),
            ("8x2min hard, 48 min total", 48),
            ("speedwork: 12x1min on 1min off, 45 min total", 45),
            ("vo2 session, 50 min", 50),
        ],
    )
    def test_one_run_of_the_total(self, text: str, minutes: float) -> None:
        assert run(text).duration_s == pytest.approx(minutes * 60)

    def test_vo2_on_the_bike_is_a_ride(self) -> None:
        (event,) = parse("bike vo2 session 45 min").events
        assert isinstance(event, ActivityLogged) and event.activity == "cycle"

    @pytest.mark.parametrize("text", ["bench 3x10 reps", "squats 5x5"])
    def test_sets_in_the_gym_stay_strength(self, text: str) -> None:
        (event,) = parse(text).events
        assert isinstance(event, StrengthLogged)


class TestTwoRunsInADay:
    """ "6k am, 8k pm" is two runs, not one of 14 km."""

    @pytest.mark.parametrize(
        ("text", "kms"),
        [
            ("double day: 6k am, 8k pm", [6.0, 8.0]),
            ("am: 5 miles easy, pm: 3 miles", [8.047, 4.828]),
            ("doubled today - 10k this morning and 5k this evening", [10.0, 5.0]),
        ],
    )
    def test_each_run_is_logged(self, text: str, kms: list[float]) -> None:
        runs = [e for e in parse(text).events if isinstance(e, RunLogged)]
        assert [round(r.distance_m / 1000, 3) for r in runs] == kms

    def test_reps_and_their_total_stay_one_run(self) -> None:
        assert run("6x800m, 8.2k total in 45:30").distance_m == pytest.approx(8200)


class TestSwimDistances:
    @pytest.mark.parametrize(
        ("text", "metres", "minutes"),
        [
            ("pool 40 lengths (25m) in 35 min", 1000, 35),
            ("25m pool, 60 lengths, 50 min", 1500, 50),
            ("swim: 2000y in 36:00", 1828.8, 36),
            ("swam 32 lengths of a 25 yard pool in 30 mins", 731.5, 30),
            ("swim 2000 y, 38:00", 1828.8, 38),
        ],
    )
    def test_lengths_and_yards_are_the_distance(
        self, text: str, metres: float, minutes: float
    ) -> None:
        (event,) = parse(text).events
        assert isinstance(event, ActivityLogged) and event.activity == "swim"
        assert event.distance_m == pytest.approx(metres, abs=1)
        assert event.duration_s == pytest.approx(minutes * 60)


class TestCountAfterTheLabel:
    """ "leftover pizza for breakfast, 3 slices": the count is the pizza's."""

    @pytest.mark.parametrize(
        ("text", "food", "quantity"),
        [
            ("leftover pizza for breakfast, 3 slices", "pizza", 3),
            ("toast for breakfast, 2 slices", "toast", 2),
            ("cold pasta for lunch, 2 bowls", "pasta", 2),
            ("leftover pizza for lunch - 2 slices", "pizza", 2),
        ],
    )
    def test_the_count_is_kept(self, text: str, food: str, quantity: float) -> None:
        result = parse(text)
        assert not result.unparsed
        (event,) = result.events
        assert isinstance(event, MealLogged)
        (item,) = event.items
        assert (item.food, item.quantity) == (food, quantity)

    def test_a_food_after_a_label_still_starts_its_meal(self) -> None:
        events = parse("oats for breakfast, soup for lunch").events
        assert [e.meal for e in events if isinstance(e, MealLogged)] == ["breakfast", "lunch"]


class TestShopOrDishBeforeTheFood:
    """A shop, brand or dish name before the food: the food is what counts."""

    @pytest.mark.parametrize(
        ("text", "kcal_range"),
        [
            ("pret chicken avocado sandwich", (250, 500)),
            ("leon chicken avocado wrap", (250, 500)),
            ("coop egg mayo sandwich", (250, 500)),
            ("m&s chicken bacon sandwich", (250, 500)),
        ],
    )
    def test_an_unknown_shop_before_a_known_food(
        self, text: str, kcal_range: tuple[float, float]
    ) -> None:
        logged = meal(text)
        assert all(item.resolved for item in logged.items)
        assert kcal_range[0] <= logged.kcal <= kcal_range[1]

    def test_a_place_and_a_dash_then_the_food(self) -> None:
        logged = meal("a cheeky nandos - half chicken, peri chips, corn")
        assert [i.food for i in logged.items] == ["half roast chicken", "fries", "sweetcorn"]
        assert logged.items[0].grams == pytest.approx(300)

    def test_a_quarter_chicken_is_the_shop_quarter(self) -> None:
        logged = meal("dinner at nandos - quarter chicken and chips")
        assert logged.meal == "dinner"
        assert logged.items[0].grams == pytest.approx(150)

    def test_wagamamas_then_a_dish(self) -> None:
        (item,) = meal("wagamamas - chicken katsu curry").items
        assert item.food == "katsu curry"

    @pytest.mark.parametrize(
        "text",
        [
            "smoothie: banana, spinach, protein powder, oat milk",
            "smoothie - banana, strawberries, greek yogurt",
        ],
    )
    def test_a_dish_then_its_parts_counts_the_parts(self, text: str) -> None:
        logged = meal(text)
        assert all(item.resolved for item in logged.items)
        assert logged.items[0].food == "banana"

    def test_a_dish_and_its_amount_stay_together(self) -> None:
        (item,) = meal("toast - 2 slices").items
        assert (item.food, item.quantity) == ("toast", 2)

    def test_half_an_avocado_is_still_half(self) -> None:
        (item,) = meal("half an avocado").items
        assert item.grams == pytest.approx(68)  # half of SR28's California fruit, 136 g

    @pytest.mark.parametrize(
        "text",
        [
            "aiming for sub 3 at London", "fancy a curry tonight", "love a good curry",
            "my wife made lasagne", "craving fish tacos", "need coffee",
        ],
    )  # fmt: skip
    def test_chat_with_a_food_word_is_not_a_meal(self, text: str) -> None:
        assert not parse(text).events


class TestPortionsThatWereWrong:
    @pytest.mark.parametrize(
        "text",
        ["roast beef", "sunday roast: roast beef, yorkshire pudding, roast potatoes, carrots"],
    )
    def test_roast_beef_is_a_carved_serving(self, text: str) -> None:
        beef = meal(text).items[0]
        assert beef.food == "roast beef"
        assert 85 <= (beef.grams or 0) <= 150

    def test_two_shredded_wheat_are_two_biscuits(self) -> None:
        (item,) = meal("2 shredded wheat").items
        assert item.grams == pytest.approx(47)

    @pytest.mark.parametrize("text", ["a big bowl of ramen", "ramen", "tonkotsu ramen"])
    def test_ramen_is_a_restaurant_bowl(self, text: str) -> None:
        (item,) = meal(text).items
        assert (item.grams or 0) >= 500

    def test_instant_ramen_is_the_block(self) -> None:
        (item,) = meal("instant ramen").items
        assert item.grams == pytest.approx(81)

    @pytest.mark.parametrize(
        ("text", "grams"),
        [("a chocolate milk after my run, 500ml", 527.5), ("a chocolate milk, 500ml", 527.5),
         ("2 bananas, 300g", 300.0)],
    )  # fmt: skip
    def test_a_weighed_amount_after_a_count_is_the_amount(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert item.grams == pytest.approx(grams)

    @pytest.mark.parametrize("text", ["a pot of bircher muesli", "bircher muesli", "bircher"])
    def test_bircher_is_a_cafe_pot(self, text: str) -> None:
        logged = meal(text)
        assert 200 <= logged.kcal <= 400


class TestLabelsInsideDishNames:
    @pytest.mark.parametrize("text", ["had a roast dinner", "roast dinner"])
    def test_a_roast_dinner_is_the_plate(self, text: str) -> None:
        (item,) = meal(text).items
        assert item.food == "sunday roast"

    def test_a_christmas_dinner_with_its_parts_counts_the_parts(self) -> None:
        logged = meal("christmas dinner: turkey, roast potatoes, sprouts")
        foods = [i.food for i in logged.items]
        assert foods == ["turkey breast", "roast potatoes", "brussels sprouts"]

    def test_a_roast_dinner_with_its_parts_counts_the_parts(self) -> None:
        logged = meal("roast dinner: roast lamb, roast potatoes, peas, gravy")
        assert [i.food for i in logged.items][1:] == ["roast potatoes", "peas", "gravy"]
        assert all(i.resolved for i in logged.items)

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("birthday dinner: turkey, roast potatoes, sprouts", "dinner"),
            ("pub lunch: fish and chips", "lunch"),
            ("work lunch, a chicken wrap", "lunch"),
        ],
    )
    def test_an_occasion_before_a_label_is_no_food(self, text: str, kind: str) -> None:
        result = parse(text)
        assert not result.unparsed
        (event,) = result.events
        assert isinstance(event, MealLogged) and event.meal == kind
        assert all(i.resolved for i in event.items)

    @pytest.mark.parametrize("text", ["a mimosa", "bucks fizz", "2 mimosas"])
    def test_a_mimosa_is_fizz_and_orange_juice(self, text: str) -> None:
        logged = meal(text)
        assert logged.items[0].food == "mimosa"
        assert 80 <= logged.kcal / (logged.items[0].quantity or 1) <= 120


class TestCookedMeatIsAServing:
    """A roast or cooked cut is a plate's portion (85-150 g cooked), never a deli slice or a
    raw cut."""

    @pytest.mark.parametrize(
        "text",
        [
            "roast leg of lamb", "lamb shoulder", "pork joint", "turkey crown", "roast ham",
            "salt beef", "pulled beef", "braised beef", "leftover roast beef",
        ],
    )  # fmt: skip
    def test_a_cooked_serving(self, text: str) -> None:
        (item,) = meal(text).items
        assert 85 <= (item.grams or 0) <= 150
        assert "raw" not in (item.food or "")


class TestAContainerInTheName:
    """A cup, pot or packet of ramen is instant noodles; a bowl of ramen the restaurant's."""

    @pytest.mark.parametrize(
        ("text", "grams"),
        [("a cup of ramen", 81), ("2 cups of ramen", 162), ("a pot noodle", 81),
         ("a packet of ramen", 81)],
    )  # fmt: skip
    def test_instant_noodles(self, text: str, grams: float) -> None:
        (item,) = meal(text).items
        assert (item.food, item.grams) == ("instant noodles", pytest.approx(grams))

    @pytest.mark.parametrize("text", ["a cup of coffee", "a pot of yoghurt", "a cup of rice"])
    def test_other_foods_keep_their_container(self, text: str) -> None:
        (item,) = meal(text).items
        assert item.resolved and item.food != "instant noodles"
        assert item.unit in {"cup", "pot"}


class TestMilkInAMilkyCoffee:
    """A latte is mostly milk: the milk named with it is its kind, not a second drink."""

    @pytest.mark.parametrize(
        "text", ["a large latte with oat milk", "flat white with skimmed milk",
                 "cappuccino with almond milk"],
    )  # fmt: skip
    def test_one_drink(self, text: str) -> None:
        """One drink, made with the milk named ("latte with oat milk")."""
        (item,) = meal(text).items
        assert item.food is not None
        drink, _, milk = item.food.partition(" with ")
        assert drink in {"latte", "flat white", "cappuccino"}
        assert milk in text

    def test_a_glass_of_milk_beside_it_still_counts(self) -> None:
        assert [i.food for i in meal("latte and a glass of milk").items] == ["latte", "milk"]


class TestDishPartsNamedShort:
    def test_beans_in_a_burrito_bowl_are_its_black_beans(self) -> None:
        """ "beans" is the bowl's own black beans, not a 200 g tin of baked beans beside it."""
        (item,) = meal("burrito bowl with chicken, rice, beans, guac").items
        assert item.food == "burrito bowl"


class TestWeighInAfterARun:
    @pytest.mark.parametrize(
        "text", ["weighed 75.2 after my run", "weighed in at 75.2 after the run",
                 "weight 75.2 after run"],
    )  # fmt: skip
    def test_a_bare_number_after_the_weight_word_is_the_weigh_in(self, text: str) -> None:
        """Not a recovery meal of an unknown food called "weighed 75.2"."""
        (event,) = parse(text).events
        assert isinstance(event, WeightLogged)
        assert event.mass_kg == pytest.approx(75.2)

    def test_grams_weighed_are_no_body_weight(self) -> None:
        """ "weighed 40g oats" never logs a 40 kg runner (it may ask what was meant)."""
        try:
            events = parse("weighed 40g oats post run").events
        except CoachError:
            events = ()
        assert not any(isinstance(e, WeightLogged) for e in events)


class TestMixedIntoADrink:
    @pytest.mark.parametrize(
        ("text", "whey_g"), [("1.5 scoops whey in water", 45.0), ("whey in water", 30.0)]
    )
    def test_whey_in_water_is_the_whey(self, text: str, whey_g: float) -> None:
        logged = meal(text)
        assert (logged.items[0].food, logged.items[0].grams) == ("whey", whey_g)
        assert logged.kcal < 200

    def test_the_milk_it_was_mixed_into_counts(self) -> None:
        logged = meal("2 scoops whey in 400ml semi-skimmed milk")
        assert [i.food for i in logged.items] == ["whey", "semi-skimmed milk"]
        assert logged.items[1].grams == pytest.approx(412.4)


class TestFoodMadeOfChatterWords:
    @pytest.mark.parametrize("text", ["a hot dog", "hot dog", "had a hot dog"])
    def test_a_hot_dog_is_food(self, text: str) -> None:
        """ "hot" (weather) and "dog" (company) are chatter, but together they name a food."""
        (item,) = meal(text).items
        assert item.food == "hot dog"

    @pytest.mark.parametrize("text", ["2 eggs, hot dog", "hot dog, chips"])
    def test_a_hot_dog_in_a_list_is_kept(self, text: str) -> None:
        assert "hot dog" in [item.food for item in meal(text).items]

    def test_the_weather_alone_logs_nothing(self) -> None:
        assert not parse("ran 5k with the dog, hot and humid").unparsed


class TestACountOfFillets:
    @pytest.mark.parametrize(
        ("text", "grams"), [("a chicken breast", 120.0), ("2 chicken breasts", 240.0),
                            ("chicken breast", 120.0)],
    )  # fmt: skip
    def test_a_chicken_breast_is_one_fillet(self, text: str, grams: float) -> None:
        """The same breast with or without "a" (it was a 52 g piece with it); 120 g cooked, as
        the labelled blocks count one (decided 2026-12-02; it had been 150 g)."""
        (item,) = meal(text).items
        assert item.grams == pytest.approx(grams)


class TestASandwichOfOneFilling:
    def test_a_peanut_butter_sandwich_has_no_jam(self) -> None:
        """Bread and peanut butter, as "pb sandwich"; the jam only when it is named."""
        (item,) = meal("a peanut butter sandwich").items
        assert item.food != "pb&j"
        assert item.kcal == pytest.approx(meal("pb sandwich").kcal)
        assert meal("peanut butter and jam sandwich").items[0].food == "pb&j"


class TestHowItWasMade:
    @pytest.mark.parametrize(
        ("text", "food"), [("a strong coffee", "coffee"), ("dry toast", "toast"),
                           ("strong cheddar", "cheddar")],
    )  # fmt: skip
    def test_strong_or_dry_says_how_not_what(self, text: str, food: str) -> None:
        (item,) = meal(text).items
        assert item.food == food

    def test_a_name_with_the_word_keeps_it(self) -> None:
        (item,) = meal("dry roasted peanuts").items
        assert item.food == "dry roasted peanuts"
