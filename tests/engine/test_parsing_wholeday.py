"""Issue 15, whole-day logs: a day's eating in one message, each meal its own event under its
label, beside the runs, sessions and weigh-ins among them (scripts/corpus_probes_wholeday.py)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def labels(text: str) -> list[str | None]:
    return [m.meal for m in meals(text)]


class TestLabelWords:
    """Labels in Australian, British and family words head a meal of their own."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("brekky: 2 weetbix\nsmoko: a banana\nlunch: a meat pie\narvo: an apple",
             ["breakfast", "snack", "lunch", "snack"]),
            ("breakie: porridge\nlunchie: soup\ndins: pasta",
             ["breakfast", "lunch", "dinner"]),
            ("brekkers 2 eggs, lunch a wrap, din din a curry", ["breakfast", "lunch", "dinner"]),
            ("lunch: soup\nafternoon tea: a scone\ndinner: lasagne", ["lunch", "snack", "dinner"]),
            ("morning tea: a muffin\nlunch: soup", ["snack", "lunch"]),
            ("dinner: pasta\npre-bed: 200g greek yoghurt", ["dinner", "snack"]),
            ("dinner: pasta\nbedtime snack: an apple", ["dinner", "snack"]),
        ],
    )
    def test_each_label_heads_its_own_meal(self, text: str, expected: list[str]) -> None:
        assert labels(text) == expected

    def test_pre_before_another_word_is_no_meal(self) -> None:
        """ "pre-hangover" after a run labels nothing: no meal is asked about."""
        events = parse("festival run: 5k round the campsite 29:30, pre-hangover").events
        assert [type(e) for e in events] == [RunLogged]
