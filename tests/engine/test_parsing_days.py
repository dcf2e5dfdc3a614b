"""A whole day in one message: meals by label or by the clock, each its own meal (issue 15)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import BERLIN, parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def local_hours(text: str) -> list[str]:
    return [m.at.astimezone(BERLIN).strftime("%H:%M") for m in meals(text)]


class TestADayByTheClock:
    """ "7am oats, 1pm soup": a meal at each time, eaten when the runner says."""

    @pytest.mark.parametrize(
        ("text", "hours"),
        [
            ("7am oats with milk, 1pm chicken salad, 7pm pasta", ["07:00", "13:00", "19:00"]),
            ("7am porridge\n10am banana\n1pm tuna sandwich", ["07:00", "10:00", "13:00"]),
            ("08:00 porridge\n12:30 tuna sandwich\n18:45 chilli", ["08:00", "12:30", "18:45"]),
            ("08:00 porridge, 12:30 soup", ["08:00", "12:30"]),
            ("oats at 7am, soup at 1pm", ["07:00", "13:00"]),
        ],
    )
    def test_each_time_starts_a_meal(self, text: str, hours: list[str]) -> None:
        """Each time gets its own meal at that time; nothing is left unread."""
        assert local_hours(text) == hours
        assert all(item.resolved for meal in meals(text) for item in meal.items)
        assert parse(text).unparsed == ()

    def test_foods_after_a_time_stay_in_its_meal(self) -> None:
        """ "10:00 2 eggs and toast": one meal of two foods at ten, the clock no amount."""
        (meal,) = meals("10:00 2 eggs and toast")
        assert [item.food for item in meal.items] == ["egg", "toast"]
        assert meal.items[0].quantity == 2
        assert local_hours("10:00 2 eggs and toast") == ["10:00"]

    def test_a_time_at_the_end_of_a_meal_is_when_it_was_eaten(self) -> None:
        """ "eggs, toast. coffee at 9" is one breakfast at nine, not a new meal."""
        (meal,) = meals("eggs, toast. coffee at 9am")
        assert len(meal.items) == 3
        assert local_hours("eggs, toast. coffee at 9am") == ["09:00"]

    def test_a_run_time_is_not_a_clock(self) -> None:
        """ "22:30 5k" and "5k, 25:30" are runs with their times, not meals at half ten."""
        for text in ("22:30 5k", "5k, 25:30"):
            (run,) = parse(text).events
            assert isinstance(run, RunLogged)
            assert run.distance_m == 5000

    def test_a_labelled_meal_with_a_time(self) -> None:
        """ "lunch at 1pm: soup": the colon after the time does not hide the "pm"."""
        (meal,) = meals("lunch at 1pm: soup")
        assert meal.meal == "lunch"
        assert [item.food for item in meal.items] == ["soup"]
        assert local_hours("lunch at 1pm: soup") == ["13:00"]


class TestADayByLabel:
    def test_a_bar_between_meals(self) -> None:
        """ "bfast: eggs + toast | lunch: pizza": the bar is no part of any food's name."""
        text = "bfast: 2 scrambled eggs + toast | lunch: leftover pizza x2 slices | dinner: salmon"
        logged = meals(text)
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert all("|" not in item.text for m in logged for item in m.items)

    def test_a_bar_between_foods(self) -> None:
        (meal,) = meals("2 eggs | toast | coffee")
        assert [item.food for item in meal.items] == ["egg", "toast", "coffee"]
