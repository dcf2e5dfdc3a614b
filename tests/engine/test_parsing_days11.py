"""Issue 15, how several events sit in one message (scripts/corpus_probes_days11.py): labels
in other Englishes and as letters without vowels, inline list marks, clocks said roughly or
as "half 7", clocks after "@" and between slashes."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def labels(text: str) -> list[str | None]:
    return [meal.meal for meal in meals(text)]


def kcal(meal: MealLogged) -> float:
    return sum(item.kcal or 0.0 for item in meal.items)


class TestLabels:
    """Meal labels as runners shorten them, and the course and bedtime words."""

    def test_labels_without_vowels(self) -> None:
        text = "bkfst a bagel | lnch soup 300 kcal | dnr stir fry 640 kcal"
        assert labels(text) == ["breakfast", "lunch", "dinner"]

    def test_supr_is_supper(self) -> None:
        assert labels("lunch: a wrap 420 kcal\nsupr: beans on toast 390 kcal") == [
            "lunch", "dinner",
        ]

    def test_afters_is_a_course_of_its_own_not_after(self) -> None:
        """ "afters:" (the pudding course) starts another meal, no label and no "after"."""
        dinner, afters = meals("dinner: lamb hotpot 640 kcal. afters: jam roly poly 330 kcal")
        assert (dinner.meal, kcal(dinner)) == ("dinner", 640)
        assert (afters.meal, kcal(afters)) == (None, 330)

    @pytest.mark.parametrize(
        "text", ["before bed: a banana", "a banana before bed", "2 rice cakes before bed"]
    )
    def test_before_bed_is_a_snack(self, text: str) -> None:
        assert labels(text) == ["snack"]

    def test_before_bed_heading_a_line_is_its_own_meal(self) -> None:
        result = parse("9k 47:30\nbefore bed: a glass of milk")
        assert isinstance(result.events[0], RunLogged)
        assert labels("9k 47:30\nbefore bed: a glass of milk") == ["snack"]


class TestInlineListMarks:
    """ "(1) ... (2) ...", "#1 ... #2 ...": each part a meal of its own, the marks no food."""

    @pytest.mark.parametrize(
        "text",
        [
            "(1) porridge (2) tuna wrap 430 kcal (3) lasagne 610 kcal",
            "#1 porridge #2 tuna wrap 430 kcal #3 lasagne 610 kcal",
        ],
    )
    def test_each_mark_a_meal(self, text: str) -> None:
        parts = meals(text)
        assert [round(kcal(m)) for m in parts[1:]] == [430, 610]
        assert len(parts) == 3
        assert parse(text).unparsed == ()

    def test_a_food_s_own_number_is_no_list(self) -> None:
        """ "gel #1 ..., gel #2 ...": the gels' numbers, not a day's list."""
        events = parse("gel #1 at 10k, gel #2 at 20k").events
        assert not any(isinstance(e, RunLogged) for e in events)


class TestClocks:
    """Clocks heading a day's parts in the ways runners type them."""

    def test_at_clocks_on_one_line(self) -> None:
        text = "@6:50 2 weetabix @13:10 soup 260 kcal @17:30 8k 41:45 @19:45 pasta 700 kcal"
        assert len(meals(text)) == 3
        runs = [e for e in parse(text).events if isinstance(e, RunLogged)]
        assert [run.duration_s for run in runs] == [41 * 60 + 45]

    def test_at_as_a_pace_is_no_clock(self) -> None:
        (run,) = [e for e in parse("10k @ 5:20 pace").events if isinstance(e, RunLogged)]
        assert run.distance_m == 10000

    def test_half_seven_heading_a_line(self) -> None:
        text = "half 8: 2 slices of toast\nhalf 1: jacket potato 420 kcal"
        assert [round(kcal(m)) for m in meals(text)][1:] == [420]
        assert len(meals(text)) == 2

    def test_clocks_between_slashes(self) -> None:
        """ "0800 - porridge" is a clock heading the porridge, not 800 portions."""
        text = "0615 - 6k 33:00 / 0730 - porridge / 1230 - soup 250 kcal"
        result = parse(text)
        assert isinstance(result.events[0], RunLogged)
        assert len(meals(text)) == 2

    @pytest.mark.parametrize(
        "text", ["9ish: a banana\n1ish: soup 250 kcal", "~09:00 a banana\n~13:00 soup 250 kcal"]
    )
    def test_a_clock_said_roughly(self, text: str) -> None:
        banana, soup = meals(text)
        assert round(kcal(banana)) == 105
        assert round(kcal(soup)) == 250

    def test_a_rough_number_is_the_number(self) -> None:
        (walk,) = parse("30ish min walk").events
        assert walk.duration_s == 30 * 60  # type: ignore[union-attr]
