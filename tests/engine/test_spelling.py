"""Issue 15, foods: misspelt food and unit words are read as the food a runner meant, and chat
words never become food (engine/spelling.py; probes in scripts/corpus_probes_foods2.py)."""

from __future__ import annotations

from functools import cache

import pytest

from engine.food import FoodTable
from engine.parsing.item_words import _read_item
from engine.spelling import Speller, english_words, within_budget
from tests.engine.test_food_families import only
from tests.engine.test_parsing_second_pass import meal


@cache
def table() -> FoodTable:
    return FoodTable.load()


class TestBudget:
    """What a typist does: a letter dropped, doubled, swapped or changed; the first one kept."""

    @pytest.mark.parametrize(
        ("word", "target"),
        [
            ("egs", "eggs"),  # a doubled letter typed once
            ("tost", "toast"),  # a letter dropped
            ("buttr", "butter"),
            ("bannana", "banana"),  # a letter doubled
            ("slcies", "slices"),  # two letters swapped
            ("peenut", "peanut"),  # a letter changed
            ("porige", "porridge"),  # two dropped, in a longer word
        ],
    )
    def test_typos_are_within_budget(self, word: str, target: str) -> None:
        assert within_budget(word, target)

    @pytest.mark.parametrize(
        ("word", "target"),
        [
            ("ham", "hams"),  # three letters: only a doubled letter
            ("rice", "nice"),  # the first letter is never the typo
            ("garmin", "garden"),  # two letters changed
            ("bred", "bead"),  # four letters: no changed letter
            ("coat", "coffee"),
            ("latke", "latte"),  # a changed letter neither a vowel nor a key next to it
            ("croqueta", "croque"),  # two letters more: another word, not a slip
        ],
    )
    def test_other_words_are_not(self, word: str, target: str) -> None:
        assert not within_budget(word, target)


class TestSpeller:
    def speller(self) -> Speller:
        return Speller(
            ["eggs", "toast", "bread", "bream", "apple", "apples", "weathers"],
            known=["garmin"], alone=["apple", "eggs", "toast"],
        )

    def test_a_misspelt_word_is_the_vocabulary_word(self) -> None:
        speller = self.speller()
        assert speller.respell("2 egs on tost") == "2 eggs on toast"
        assert speller.correct("aple") == "apple"  # the food by itself, not "apples"

    def test_english_known_and_tied_words_are_left_alone(self) -> None:
        speller = self.speller()
        assert "weather" in english_words()
        assert speller.correct("weather") is None  # English, whatever is near it
        assert speller.correct("garmin") is None  # the caller knows it
        assert speller.correct("brea") is None  # bread or bream: no way to tell
        assert speller.respell("lovely weather") == "lovely weather"


class TestMisspeltFoods:
    """The table reads a misspelt food as the food, its usual portion."""

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("egs", "egg"),
            ("tost", "toast"),
            ("aple", "apple"),
            ("porige", "porridge"),
            ("cheeze", "cheddar"),  # "cheez" is a stem SR28 holds (Cheez-It): still a typo
            ("turky", "turkey breast"),
            ("noodels", "egg noodles"),
        ],
    )
    def test_a_typo_names_the_food(self, name: str, key: str) -> None:
        found = table().match(name)
        assert found is not None and found.food.key == key and not found.exact

    @pytest.mark.parametrize(
        "word",
        ["cheers", "coros", "garmin", "strava", "burpees", "weather", "shape", "grace", "tues"],
    )
    def test_chat_and_kit_words_are_no_food(self, word: str) -> None:
        """ "cheers" was cheddar and "coros" (a watch) Coors beer."""
        assert table().match(word) is None

    def test_a_message_of_typos_logs_each_food(self) -> None:
        logged = meal("2 egs on tost")
        assert [item.food for item in logged.items] == ["egg", "toast"]
        # two slices, as "2 eggs on toast" (portions._toast_under; block h labels "2 egs on
        # tost" so): the misspelt toast was read as one slice
        assert round(sum(item.kcal or 0 for item in logged.items)) == 143 + 154

    def test_an_apple_misspelt_is_a_medium_apple(self) -> None:
        assert only("an aple")[:2] == ("apple", 182)


class TestMisspeltUnits:
    """A misspelt unit word after a count is that unit: "2 slics pizza" is two slices."""

    @pytest.mark.parametrize(
        ("text", "key", "grams"),
        [
            ("3 slcies of pizza", "pizza", 3 * 107),
            ("a tablespon of honey", "honey", 21),
            ("2 teaspons of sugar", "sugar", 2 * 4.2),
        ],
    )
    def test_the_unit_counts(self, text: str, key: str, grams: float) -> None:
        food, got, _ = only(text)
        assert food == key and got == pytest.approx(grams, abs=0.5)

    def test_a_word_with_no_food_after_it_is_no_unit(self) -> None:
        """ "2 pintxos" is two of something to ask about, never two pints; "2 slics pizza"
        is two slices."""
        assert (_read_item("2 pintxos").unit, _read_item("2 pintxos").name) == (None, "pintxos")
        assert (_read_item("2 slics pizza").unit, _read_item("2 slics pizza").name) == (
            "slice", "pizza"
        )


class TestPortionsByUsdaMeasure:
    def test_shortbread_by_the_count_is_usdas_cookie_a_finger_20_g(self) -> None:
        assert only("4 pieces of shortbread")[1] == pytest.approx(4 * 11.8)
        assert only("2 shortbread")[1] == pytest.approx(2 * 11.8)
        assert only("2 shortbread fingers")[1] == pytest.approx(40)

    def test_a_concha_is_usdas_pan_dulce(self) -> None:
        """SR28 has the Mexican sweet bread (18955, a 63 g slice): not a cinnamon roll."""
        food, grams, kcal = only("a concha")
        assert (food, grams) == ("pan dulce", 63)
        assert kcal == pytest.approx(63 * 3.67, abs=1)
