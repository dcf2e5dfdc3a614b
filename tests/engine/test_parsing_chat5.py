"""Issue 15: the edges of a log that are no food. What was not had, said after a session; a
place named after another place; what a place only had, or a food tried once long ago."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import parse


class TestWhatWasNotHad:
    @pytest.mark.parametrize(
        "text",
        [
            "ran 30k, no gels",
            "16 miles in 2:31:00, no water, no gels",
            "half marathon 1:49:30, no gels needed",
            "ran 14k in 1:15:00, no breakfast beforehand",
            "fasted 10k 55:00, no breakfast",
            "long run 25k 2:20:00 - without any fuel",
        ],
    )
    def test_the_run_is_logged_and_nothing_is_asked(self, text: str) -> None:
        """'no gels' after a run names nothing eaten: no meal, and the reply asks nothing."""
        result = parse(text)
        assert [e.kind for e in result.events] == ["run"]
        assert result.unparsed == ()

    def test_a_run_said_after_no_pb_is_kept(self) -> None:
        """'no pb today, 10k 45:10' is a 10k run in 45:10, not chat."""
        [run] = parse("no pb today, 10k 45:10").events
        assert isinstance(run, RunLogged)
        assert (run.distance_m, run.duration_s) == (10_000, 45 * 60 + 10)

    def test_a_product_named_by_what_it_lacks_stays_food(self) -> None:
        """'ran 10k 50:00, no added sugar squash after' still logs the squash."""
        result = parse("ran 10k 50:00, no added sugar squash after")
        assert [e.kind for e in result.events] == ["run", "meal"]


class TestAPlaceAfterAPlace:
    @pytest.mark.parametrize(
        "text",
        [
            "chips from the chippy on the seafront",
            "chips from the chip shop on the front",
            "a doughnut from the chippy on the pier",
        ],
    )
    def test_only_the_food_is_logged(self, text: str) -> None:
        """'... on the seafront' is where, not an unknown food 'the seafront' to ask about."""
        result = parse(text)
        [meal] = result.events
        assert isinstance(meal, MealLogged)
        assert [i.resolved for i in meal.items] == [True]
        assert result.unparsed == ()


class TestFoodNotEatenNow:
    @pytest.mark.parametrize(
        "text",
        [
            "the vending machine only had crisps, sigh",
            "the petrol station only had pasties, grim",
            "the kids only had pizza",
            "tried beetroot juice before a race once, never again",
            "had a caffeine gel once at mile 20, never again",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        """What a place only had, or a food tried once, is no meal of today's."""
        result = parse(text)
        assert result.events == ()
        assert result.unparsed == ()

    @pytest.mark.parametrize("text", ["I only had a coffee before the run", "only had a banana"])
    def test_what_the_runner_only_had_is_logged(self, text: str) -> None:
        """'I only had a coffee' is the runner's meal."""
        assert [e.kind for e in parse(text).events] == ["meal"]
