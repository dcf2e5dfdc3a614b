"""Issue 15, brief "meals": the numbers and amounts a runner states in a meal, each shape in
words other than the messages it was seen in (the labelled probes are
tests/data/probes-meals2-2026-11-30.jsonl)."""

from __future__ import annotations

import pytest

from engine.errors import ImplausibleValue
from tests.engine.test_parsing import only_meal as meal


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
