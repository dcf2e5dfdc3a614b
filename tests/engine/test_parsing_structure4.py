"""Issue 15, the fourth "structure" round: classes block i showed missed, checked on variants in
other words (scripts/corpus_probes_structure4.py): a day's log as a list (bullets, a numbered
list on one line, the meals' letters before slashed parts), times typed with an O."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import BERLIN, parse
from tests.engine.test_parsing import only_run as run


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


class TestAClockStartsAMealAfterASession:
    """A clock with am or pm after a session starts a meal, whatever food follows it."""

    def test_the_dish_after_the_run_s_clock(self) -> None:
        result = parse("5pm run 7k 38:00, 8pm fish and chips")
        (logged,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(7000)
        (eaten,) = [e for e in result.events if isinstance(e, MealLogged)]
        assert [item.food for item in eaten.items] == ["fish and chips"]
        assert eaten.at.astimezone(BERLIN).hour == 20

    def test_a_run_s_own_figures_stay_the_run_s(self) -> None:
        logged = run("6pm run 6k, 33:00")
        assert logged.duration_s == pytest.approx(33 * 60)


class TestATimeSaidInWords:
    """Seconds said after the minutes ("twenty four minutes fifty") are the time's seconds."""

    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("parkrun in twenty six minutes ten this morning", 26 * 60 + 10),
            ("ran ten k in forty eight minutes thirty", 48 * 60 + 30),
            ("so today was a parkrun in twenty four minutes fifty and then a banana", 24 * 60 + 50),
            ("ran ten k in forty eight minutes thirty seconds", 48 * 60 + 30),
        ],
    )
    def test_the_time(self, text: str, seconds: float) -> None:
        (logged,) = _runs(text)
        assert logged.duration_s == pytest.approx(seconds)

    def test_a_count_after_the_minutes_is_no_seconds(self) -> None:
        (logged,) = _runs("ran forty minutes five k")
        assert logged.distance_m == pytest.approx(5000)
        assert logged.duration_s == pytest.approx(40 * 60)


class TestAges:
    """A runner's age or age group is no figure of the run, and no word asked about."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("age 71, 8 km 52:10 with the over 60s group", 8, 52 * 60 + 10),
            ("aged 64, did 7 km 45:30 with the club", 7, 45 * 60 + 30),
            ("I'm 70 and ran 6 km in 41 minutes today", 6, 41 * 60),
            ("my physio says 3 runs a week at 68, today was 6.5 km in 44 minutes", 6.5, 44 * 60),
            ("my coach says rest more at 69, but today was 9 km in 61 minutes", 9, 61 * 60),
        ],
    )
    def test_the_run(self, text: str, km: float, seconds: float) -> None:
        result = parse(text)
        (logged,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(seconds)
        assert not any(isinstance(e, MealLogged) for e in result.events)

    def test_a_clock_is_no_age(self) -> None:
        (eaten,) = _meals("a banana at 10, then 5k 25:00")
        assert eaten.at.astimezone(BERLIN).hour == 10

    def test_a_distance_is_no_age(self) -> None:
        (logged,) = _runs("marathon 3:40:00, hit the wall at 35k")
        assert logged.distance_m == pytest.approx(42195)


class TestKcalEachAcrossARace:
    """Gels "across" or "throughout" a race, with kcal each: the count times the kcal, no run."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("6 gels across the 50 miler, 100 kcal each", 600),
            ("5 gels across the marathon, 90 kcal each", 450),
            ("4 gels throughout the half, 100 kcal each", 400),
        ],
    )
    def test_the_gels(self, text: str, kcal: float) -> None:
        result = parse(text)
        (eaten,) = result.events
        assert isinstance(eaten, MealLogged)
        assert eaten.kcal == pytest.approx(kcal)
        assert result.unparsed == ()
