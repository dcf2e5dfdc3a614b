"""Issue 15, a message's structure in block q's missed shapes (scripts/corpus_probes_days12.py):
day logs parted by dashes with a "w/" in a part, a day's list of priced foods, a day told a
sentence a part, packet labels per 100 g, deal headings with a road, place tails ("back home"),
and the same words as chat."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def kcal(meal: MealLogged) -> float:
    return sum(item.kcal or 0.0 for item in meal.items)


def foods(meal: MealLogged) -> list[str | None]:
    return [item.food for item in meal.items]


class TestDashedDays:
    """Spaced dashes part a day's log into a meal each, whatever a part holds."""

    def test_a_with_slash_in_a_part_keeps_the_dashes_parts(self) -> None:
        text = "day log — 9k run 47:40 — porridge w/ PB — chicken wrap 480kcal — apple — 64.9kg"
        events = parse(text).events
        assert [type(e) for e in events] == [
            RunLogged,
            MealLogged,
            MealLogged,
            MealLogged,
            WeightLogged,
        ]
        porridge, wrap, apple = meals(text)
        assert foods(porridge) == ["porridge", "peanut butter"]
        assert kcal(wrap) == 480
        assert foods(apple) == ["apple"]

    @pytest.mark.parametrize("day", ["Thu", "sat", "Monday"])
    def test_a_weekday_first_heads_the_parts(self, day: str) -> None:
        text = f"{day} — 7k easy 38:50 — bagel w/ cream cheese — tuna melt 520kcal — banana"
        assert [kcal(m) > 0 for m in meals(text)] == [True, True, True]
        assert kcal(meals(text)[1]) == 520

    def test_labels_dashes_stay_for_the_label_readers(self) -> None:
        labelled = meals("b - oats, l - soup 250 kcal, d - curry 700 kcal")
        assert [m.meal for m in labelled] == ["breakfast", "lunch", "dinner"]


class TestPricedDayLists:
    """In a day's list with two foods priced or more, each food between commas is a meal."""

    def test_an_unpriced_food_between_two_priced_is_its_own_meal(self) -> None:
        text = "Tue food: croissant + latte, pret wrap 430kcal, 2 satsumas, chicken curry 750kcal"
        assert [round(kcal(m)) for m in meals(text)][1:] == [430, 93, 750]

    def test_the_food_after_the_last_priced_one_is_its_own_meal(self) -> None:
        text = (
            "Sunday: 32k long run 2:59:30, 4 gels (400kcal), pint of milk after, roast lamb "
            "900kcal, apple crumble with custard"
        )
        lamb, crumble = meals(text)[-2:]
        assert kcal(lamb) == 900
        assert foods(crumble) == ["apple crumble", "custard"]

    def test_one_priced_food_keeps_what_follows_it(self) -> None:
        """Block l labels "parkrun 25:30, then a tuna wrap 430 kcal, a banana and a black
        coffee" one meal: with one priced food, the list is that meal."""
        (meal,) = meals("ran 8k 42:00, then a chicken wrap 450 kcal, an apple")
        assert foods(meal)[1:] == ["apple"]


class TestDaysBySentences:
    """A day told a sentence a meal: an unlabelled sentence after dinner is what came after."""

    def test_a_drink_after_dinner_is_its_own(self) -> None:
        text = (
            "Fri: 71.8kg. ran 6 miles 49:20. breakfast greek yoghurt + granola. lunch a ham "
            "sandwich. dinner salmon, new potatoes and broccoli. 2 glasses of white."
        )
        labelled = meals(text)
        assert [m.meal for m in labelled] == ["breakfast", "lunch", "dinner", None]
        assert foods(labelled[-1]) == ["white wine"]

    def test_an_ellipsis_is_no_full_stop(self) -> None:
        text = "breakfast: 2 crumpets... kidding, 2 slices toast w/ butter. lunch: beans on toast"
        assert [m.meal for m in meals(text)] == ["breakfast", "lunch"]

    def test_one_labelled_meal_keeps_its_next_sentence(self) -> None:
        (meal,) = meals("dinner chilli and rice. a pint of cider.")
        assert meal.meal == "dinner" and len(meal.items) == 3


class TestPacketLabels:
    """A label's kcal per 100 g (or 100 ml) times the grams eaten, however it is said."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ate half the 400g pack of chicken pasta, 155 kcal per 100g", 310),
            ("half a 200g bar of dark choc, 580 kcal a 100g", 580),
            ("quarter of a 500g pack of granola, 450 kcal per 100 grams", 562.5),
            ("the whole 250g tub of rice pudding, 98 kcal/100g", 245),
        ],
    )
    def test_share_of_a_packet(self, text: str, expected: float) -> None:
        (meal,) = meals(text)
        assert kcal(meal) == pytest.approx(expected, abs=1)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("long run 24k 2:15:40 on a 60g bag of trail mix, 520kcal per 100g", 312),
            ("20 mile long run 2:58:00 on a 75g bag of jelly sweets, 340 kcal per 100g", 255),
        ],
    )
    def test_fuel_on_a_run_by_its_label(self, text: str, expected: float) -> None:
        (meal,) = meals(text)
        assert kcal(meal) == pytest.approx(expected, abs=1)

    def test_a_label_read_out_logs_nothing(self) -> None:
        assert parse("per 100g: 375 kcal, 12g protein - just reading the box").events == ()


class TestDealsAndPrices:
    """A deal's heading with a road in it, and prices: no food, no amount."""

    @pytest.mark.parametrize(
        "text",
        [
            "garage meal deal on the A1: chicken & bacon sandwich (450kcal), crisps, still water",
            "boots meal deal on the M6: egg mayo 450 kcal, walkers, 500ml diet coke",
            "gas station combo on I-95: turkey sub 450 cal, a bag of chips, a water",
        ],
    )
    def test_the_heading_is_no_food(self, text: str) -> None:
        (meal,) = meals(text)
        assert meal.items[0].kcal == 450
        assert "meal deal" not in foods(meal)

    def test_a_price_is_no_amount(self) -> None:
        (meal,) = meals("grabbed a meal deal, £3.85")
        assert meal.items[0].quantity == 1  # one deal, not 3.85 of them
        assert foods(meals("coffee and a croissant £4.20")[0]) == ["coffee", "croissant"]

    @pytest.mark.parametrize(
        "text",
        [
            "Tesco meal deal is £3.85 with a clubcard",
            "meal deals at the services are a rip off, £5.50 now",
        ],
    )
    def test_a_price_told_is_chat(self, text: str) -> None:
        assert parse(text).events == ()


class TestPlaceTails:
    """Where the food was had, after it: "back home", "back at the car"."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("parkrun 27:03 with my dad then beans on toast back home", "beans on toast"),
            ("10k trail 58:10, then 2 bananas back at the car", "banana"),
            ("Dublin half 1:39:10 then a croissant back at the hotel", "croissant"),
            ("recovery 6k 35:20 then a bowl of porridge back home", "porridge"),
        ],
    )
    def test_back_somewhere_is_no_food(self, text: str, food: str) -> None:
        (meal,) = meals(text)
        assert foods(meal) == [food]

    def test_back_bacon_is_bacon(self) -> None:
        (meal,) = meals("2 rashers of back bacon")
        assert foods(meal) == ["back bacon"]

    def test_food_after_someone_else_s_run_is_theirs(self) -> None:
        assert parse("my wife ran 10k in 52:00 then had beans on toast back home").events == ()
        assert meals("my wife ran 10k in 52:00 then I had beans on toast")


class TestRoundTwo:
    """Fuel on the run apart from food after it, an egg in a roll, a spread in porridge, a
    day log's heading before its dashes."""

    def test_gels_then_food_labelled_after_are_two_meals(self) -> None:
        text = "Sat: 18 mile long run 2:41:00, 2 gels (200kcal), chocolate milk pint after"
        gels, milk = meals(text)
        assert kcal(gels) == 200
        assert foods(milk) == ["chocolate milk"]

    @pytest.mark.parametrize("text", ["a roll and egg", "a bap with egg", "a roll and an egg"])
    def test_an_egg_in_a_roll_is_fried(self, text: str) -> None:
        (meal,) = meals(text)
        assert foods(meal)[-1] == "fried egg"

    def test_egg_mayo_stays_egg_mayo(self) -> None:
        (meal,) = meals("a roll and egg mayo")
        assert "fried egg" not in foods(meal)

    def test_peanut_butter_in_porridge_is_a_spoon(self) -> None:
        (meal,) = meals("porridge w/ PB")
        assert meal.items[1].unit == "tbsp" and meal.items[1].quantity == 1

    def test_peanut_butter_on_a_bagel_is_still_spread(self) -> None:
        (meal,) = meals("bagel with pb")
        assert meal.items[1].kcal is not None and meal.items[1].kcal > 150

    def test_a_day_log_heading_before_dashes_is_no_food(self) -> None:
        result = parse("day log — 9k run 47:40 — porridge — wrap 480kcal — 64.9kg")
        assert result.unparsed == ()

    def test_pieces_by_weight_take_their_label(self) -> None:
        (meal,) = meals("2 of the 35g bars, 400 kcal per 100g")
        assert kcal(meal) == pytest.approx(280)

    @pytest.mark.parametrize("text", ["a bagel round at my mum's", "a bagel over at Dave's"])
    def test_round_or_over_somewhere_is_no_food(self, text: str) -> None:
        (meal,) = meals(text)
        assert foods(meal) == ["bagel"]

    def test_one_dot_parts_two_meals(self) -> None:
        roast, rice_cakes = meals("roast beef dinner 800kcal · 2 rice cakes")
        assert kcal(roast) == 800 and foods(rice_cakes) == ["rice cake"]

    def test_foods_before_one_dash_are_eaten_not_a_title(self) -> None:
        (meal,) = meals("porridge and banana - apple")
        assert foods(meal) == ["porridge", "banana", "apple"]

    @pytest.mark.parametrize(
        "text",
        [
            "Mon -- 5 mi 42:00 -- oatmeal -- Chipotle bowl 900 cal -- 2 beers",
            "run 8k 42:00 >> porridge >> burrito bowl 900 cal >> 2 beers",
        ],
    )
    def test_double_dashes_and_arrows_part_a_day(self, text: str) -> None:
        result = parse(text)
        assert isinstance(result.events[0], RunLogged)
        assert [round(kcal(m)) > 0 for m in meals(text)] == [True, True, True]
        assert kcal(meals(text)[1]) == 900
