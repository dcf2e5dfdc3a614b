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

    def test_a_run_past_the_shops_is_no_shopping(self) -> None:
        (run,) = parse("got in 8 miles before the shops opened, 1:10:00").events
        assert isinstance(run, RunLogged)
        assert not any(isinstance(e, MealLogged) for e in parse("got in 8 miles").events)
