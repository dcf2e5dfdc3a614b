"""Issue 15, foods: dialect words around foods (engine/parsing/dialect.py; probes in
scripts/corpus_probes_foods2.py): Scots function words, a "piece" and a chippy "supper"."""

from __future__ import annotations

import pytest

from engine.events import WeightLogged
from engine.parsing.dialect import in_plain_words
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_second_pass import meal


def foods(text: str) -> list[str | None]:
    return [item.food for item in meal(text).items]


class TestFunctionWords:
    @pytest.mark.parametrize(
        ("text", "plain"),
        [
            ("porridge wi salt, nae sugar", "porridge with salt, no sugar"),
            ("chips fae the chippy efter the run", "chips from the chippy after the run"),
            ("mince and tatties fur ma tea", "mince and tatties for my tea"),
            ("a cup o tea", "a cup of tea"),
            ("chicken alongside rice", "chicken with rice"),
            ("14 stane 3", "14 stone 3"),
        ],
    )
    def test_dialect_words_read_as_plain_english(self, text: str, plain: str) -> None:
        assert in_plain_words(text) == plain

    @pytest.mark.parametrize(
        "text", ["ma made soup", "o my days", "wine and cheese", "a piece of cake", "chicken piece"]
    )
    def test_words_that_mean_something_else_stay(self, text: str) -> None:
        assert in_plain_words(text) == text

    def test_with_and_no_between_foods(self) -> None:
        """ "porridge wi a banana, nae sugar" was not read at all: porridge and a banana."""
        assert foods("porridge wi a banana, nae sugar") == ["porridge", "banana"]

    def test_alongside_joins_two_foods(self) -> None:
        assert foods("150g chicken alongside a cup of rice") == ["chicken breast", "rice"]

    def test_a_weight_in_stane(self) -> None:
        (event,) = parse("weighed 14 stane 3 this morning").events
        assert isinstance(event, WeightLogged)
        assert event.mass_kg == pytest.approx(14 * 6.35029 + 3 * 0.453592, abs=0.05)


class TestScotsMealWords:
    def test_a_jam_piece_is_a_jam_sandwich(self) -> None:
        """It was jam alone, 56 g by "the piece", and the club run a run to ask about."""
        assert foods("a jam piece efter the club run") == ["jam sandwich"]

    def test_two_cheese_pieces_are_two_cheese_sandwiches(self) -> None:
        (item,) = meal("2 cheese pieces").items
        assert (item.food, item.quantity) == ("cheese sandwich", 2)

    def test_a_fish_supper_is_fish_and_chips(self) -> None:
        """It was refused as a run ("club run") or a fish to ask about."""
        (item,) = meal("fish supper fae the chippy efter the club run").items
        assert item.food == "fish and chips" and item.kcal == pytest.approx(1302, abs=5)

    def test_a_haggis_supper_asks_about_the_haggis_and_logs_the_chips(self) -> None:
        logged = meal("a haggis supper")
        assert logged.unresolved_count == 1
        assert [item.food for item in logged.items if item.resolved] == ["chips"]


class TestMisspeltJoiningWords:
    """The words that join and label foods, misspelt, still cut and label a message."""

    @pytest.mark.parametrize(
        ("text", "plain"),
        [
            ("2 weetabix wiht milk", "2 weetabix with milk"),
            ("lucnh: soup", "lunch: soup"),
            ("a banana aftr the run", "a banana after the run"),
            ("dinenr: pasta", "dinner: pasta"),
        ],
    )
    def test_the_word_is_spelt_right(self, text: str, plain: str) -> None:
        assert in_plain_words(text) == plain

    @pytest.mark.parametrize("text", ["tempo 8k then fartlek", "my garmin died", "form was off"])
    def test_other_words_stay(self, text: str) -> None:
        assert in_plain_words(text) == text

    def test_weetabix_wiht_milk_logs_both(self) -> None:
        """It was left unread."""
        assert foods("3 weetabix wiht 200ml milk") == ["weetabix", "milk"]

    def test_a_misspelt_label_labels_the_meal(self) -> None:
        assert meal("lucnh: 150g chicken and a cup of rice").meal == "lunch"

    def test_a_misspelt_sandwich_stays_one_sandwich(self) -> None:
        """ "peanut buter and jam sandwich" was peanut butter and a jam sandwich."""
        (item,) = meal("a peanut buter and jam sandwich").items
        assert item.kcal == pytest.approx(340, abs=10)
