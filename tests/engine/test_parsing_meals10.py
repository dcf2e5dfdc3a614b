"""Issue 15, round 10 "meals": the meal classes block o showed missed (checked on made-up
messages, not the corpus's): names the table should know, a count of pieces, a kcal for the
last food, a burger with its patty's weight, foods SR28 lacks said with a verb, a drink's
container with its size, a side of a vegetable."""

from __future__ import annotations

import pytest

from tests.engine.test_parsing import only_meal as meal


def kcal(text: str) -> float:
    return sum(item.kcal or 0.0 for item in meal(text).items)


def sources(text: str) -> list[str | None]:
    return [item.source for item in meal(text).items]


class TestNamesTheTableShouldKnow:
    """A lamb burger had been a lamb chop beside a beef burger (628 kcal), a cup of roasted
    acorn squash raw squash, lactose-free yoghurt unknown, a seafood chowder unknown."""

    @pytest.mark.parametrize(
        ("text", "meat"),
        [
            ("an elk burger", "usda:17339"),
            ("lamb burger", "usda:17225"),
            ("a buffalo burger", "usda:17148"),
            ("a turkey burger", "usda:05306"),
            ("a venison burger", "usda:17344"),
        ],
    )
    def test_a_burger_of_a_named_meat_is_that_meat_ground_in_a_roll(
        self, text: str, meat: str
    ) -> None:
        item = meal(text).items[0]
        assert item.source == meat
        assert 120 <= (item.grams or 0) <= 140  # ~85 g of meat and a 44 g roll, once
        assert len(meal(text).items) == 1

    @pytest.mark.parametrize(
        ("text", "row"),
        [
            ("a pot of lactose-free yogurt", "usda:01116"),
            ("lactose free yoghurt", "usda:01116"),
            ("a glass of lactose free semi", "usda:01079"),
            ("a pint of lactose free skimmed milk", "usda:01085"),
        ],
    )
    def test_lactose_free_is_the_milk_or_yoghurt_it_names(self, text: str, row: str) -> None:
        assert sources(text) == [row]

    @pytest.mark.parametrize(
        ("text", "row"),
        [
            ("a cup of roasted acorn squash", "usda:11483"),
            ("a cup of roast butternut", "usda:11486"),
            ("a bowl of seafood chowder", "usda:27042"),
            ("a bowl of fish chowder", "usda:27042"),
            ("a cup of manhattan clam chowder", "usda:06027"),
            ("2 slices of pumpernickel", "usda:18044"),
            ("3 crispy beef tacos", "usda:21082"),
            ("a soft shell taco", "usda:21486"),
        ],
    )
    def test_a_food_by_its_kind_is_its_own_row(self, text: str, row: str) -> None:
        assert sources(text) == [row]

    def test_a_slice_of_birthday_cake_is_usda_s_in_store_party_cake(self) -> None:
        item = meal("2 slices of birthday cake").items[0]
        assert item.source == "usda:18140"
        assert item.grams == pytest.approx(128.0)


class TestACountOfPieces:
    """"a dozen jelly beans" had been twelve of USDA's small beans (13 g, 50 kcal) where
    runners count the large (34 g, 126 kcal); "5 gummy worms" five gummy bears."""

    def test_a_counted_jelly_bean_is_the_large_one(self) -> None:
        assert meal("a dozen jelly beans").items[0].grams == pytest.approx(33.6)

    def test_a_counted_gummy_worm_is_usda_s_worm(self) -> None:
        assert meal("5 gummy worms").items[0].grams == pytest.approx(37.0)
