"""Issue 15, round 11 "meals": the meal and food-item classes block p showed missed (checked on
made-up messages, not the corpus's): portions and rows the table had wrong, a fun size candy,
an Easter egg by its weight, foods the blocks decided to ask about."""

from __future__ import annotations

import pytest

from tests.engine.test_parsing import only_meal as meal


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
