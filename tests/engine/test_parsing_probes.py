"""Issue 15, shapes found by probing main with new runner messages (the probes of 2026-11-30),
each checked on variants in other words, numbers and order."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import parse


def meal(text: str) -> MealLogged:
    (event,) = parse(text).events
    assert isinstance(event, MealLogged)
    return event


def run(text: str) -> RunLogged:
    (event,) = parse(text).events
    assert isinstance(event, RunLogged)
    return event


class TestWholeMinutePace:
    """ "at 9 min pace" is a pace like "at 9:00 pace", not a 9-minute run."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("Ran 6.2 miles this morning at about 9 min pace", 9.978, 55.8),
            ("6 miles at 9 min/mile", 9.656, 54.0),
            ("ran 4 miles at 10 minute pace", 6.437, 40.0),
            ("5 miles, 8 minute miles", 8.047, 40.0),
            ("easy 8 km at 6 min per km", 8.0, 48.0),
            ("did 12k at roughly 5 min kilometres", 12.0, 60.0),
            ("ran 7 miles @ 8.5 min/mi", 11.265, 59.5),
        ],
    )
    def test_the_run_is_logged_at_that_pace(self, text: str, km: float, minutes: float) -> None:
        logged = run(text)
        assert logged.distance_m / 1000 == pytest.approx(km, abs=0.01)
        assert logged.duration_s / 60 == pytest.approx(minutes, abs=0.1)

    def test_a_stated_time_still_wins(self) -> None:
        logged = run("ran 8k in 40 mins at 5 min pace")
        assert logged.duration_s == pytest.approx(2400)


class TestMealLabels:
    """Every meal label is known in one place: "brunch", "supper", "teatime", "midnight snack"."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("brunch: eggs benedict", "breakfast"),
            ("brunch - eggs benedict", "breakfast"),
            ("had eggs benedict for brunch", "breakfast"),
            ("late brunch, avocado toast and a flat white", "breakfast"),
            ("supper was cheese on toast", "dinner"),
            ("teatime: fish fingers", "dinner"),
            ("midnight snack: toast", "snack"),
            ("pre-run: a banana", "snack"),
        ],
    )
    def test_the_label_names_the_meal(self, text: str, kind: str) -> None:
        logged = meal(text)
        assert logged.meal == kind
        assert all(item.resolved for item in logged.items)
        assert not parse(text).unparsed

    def test_brunch_starts_a_meal_of_its_own_in_a_day_log(self) -> None:
        events = parse("brunch pancakes and bacon, supper chicken and rice").events
        assert [e.meal for e in events if isinstance(e, MealLogged)] == ["breakfast", "dinner"]

    def test_a_run_and_a_brunch(self) -> None:
        events = parse("ran 5k in 25 min, brunch: pancakes").events
        assert isinstance(events[0], RunLogged)
        assert isinstance(events[1], MealLogged) and events[1].meal == "breakfast"

    @pytest.mark.parametrize("text", ["yorkshire pudding", "rice pudding"])
    def test_pudding_is_still_food(self, text: str) -> None:
        assert meal(text).kcal > 50
