"""Issue 15, the fourth "structure" round: classes block i showed missed, checked on variants in
other words (scripts/corpus_probes_structure4.py): a day's log as a list (bullets, a numbered
list on one line, the meals' letters before slashed parts), times typed with an O."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import only_run as run
from tests.engine.test_parsing import parse


def _meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def _runs(text: str) -> list[RunLogged]:
    return [e for e in parse(text).events if isinstance(e, RunLogged)]


class TestADaysLogAsAList:
    """Each part of a day's list is a meal of its own; the meals' letters label their parts."""

    @pytest.mark.parametrize(
        "text",
        [
            "Mon\n• porridge\n• 6k easy 33:20\n• tuna wrap 380kcal\n• a banana",
            "• porridge\n• 6k easy 33:20\n• tuna wrap 380kcal\n• a banana",
            "1) porridge 2) 6k easy 33:20 3) tuna wrap 380kcal 4) a banana",
        ],
    )
    def test_each_part_a_meal(self, text: str) -> None:
        result = parse(text)
        meals = [e for e in result.events if isinstance(e, MealLogged)]
        assert [[item.food for item in m.items] for m in meals] == [
            ["porridge"],
            ["tuna wrap"],
            ["banana"],
        ]
        assert meals[1].kcal == pytest.approx(380)
        (logged,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(6000)
        assert logged.duration_s == pytest.approx(33 * 60 + 20)
        assert result.unparsed == ()  # "Mon" heads the day, no word left over

    def test_bullets_without_a_day_s_sign_stay_one_meal(self) -> None:
        (logged,) = _meals("• porridge\n• a banana\n• a coffee")
        assert [item.food for item in logged.items] == ["porridge", "banana", "coffee"]

    @pytest.mark.parametrize(
        ("text", "labels"),
        [
            ("b/l/d: porridge / tuna sandwich / curry 800 kcal", ["breakfast", "lunch", "dinner"]),
            (
                "b/l/d - 2 slices of toast / chicken wrap 450 kcal / pasta 700 kcal",
                ["breakfast", "lunch", "dinner"],
            ),
            ("l/d: a tuna sandwich / pizza 900 kcal", ["lunch", "dinner"]),
        ],
    )
    def test_the_meals_letters_label_the_slashed_parts(self, text: str, labels: list[str]) -> None:
        meals = _meals(text)
        assert [m.meal for m in meals] == labels
        assert meals[-1].kcal == pytest.approx(int(text.split()[-2]))

    def test_letters_and_parts_that_do_not_pair_log_the_parts(self) -> None:
        meals = _meals("b/l: porridge / a banana / a coffee")
        foods = [item.food for m in meals for item in m.items]
        assert foods == ["porridge", "banana", "coffee"]  # no letter asked about as a food


class TestATimeTypedWithAnO:
    """The letter O typed for a zero in a clock time is the zero."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("10km in 51:3O", 10, 51 * 60 + 30),
            ("5k in 24:1O", 5, 24 * 60 + 10),
            ("ran 8k in 4O:15", 8, 40 * 60 + 15),
            ("half 1:5O:20", 21.0975, 110 * 60 + 20),
        ],
    )
    def test_the_time(self, text: str, km: float, seconds: float) -> None:
        logged = run(text)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(seconds)

    def test_words_beside_a_colon_are_untouched(self) -> None:
        (logged,) = _meals("food so far: oats and a banana")
        assert [item.food for item in logged.items] == ["oats", "banana"]
