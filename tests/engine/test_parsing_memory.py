"""What the parser keeps between messages (messages, clause kinds, run figures, items, "did
you mean" lists) never changes an answer: the same message reads the same, one message's
numbers stay in it, each runner's units, clock, pace and own foods stay that runner's, and a
refusal is not forgotten."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest

from engine.errors import ImplausibleValue
from engine.events import MealLogged, RunLogged
from engine.food import Food, FoodTable
from engine.parsing import ParseContext, parse_food_definition, parse_message

AT = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@cache
def foods() -> FoodTable:
    return FoodTable.load()


def a_runner(own: dict[str, Food] | None = None) -> ParseContext:
    return ParseContext(received_at=AT, tz=BERLIN, foods=foods(), user_foods=own or {})


def meal(text: str, ctx: ParseContext) -> MealLogged:
    (event,) = parse_message(text, ctx).events
    assert isinstance(event, MealLogged)
    return event


def test_numbers_stated_for_an_item_stay_in_that_message() -> None:
    """ "protein shake, 300 kcal" is 300 kcal; a bare "protein shake" later is the table's."""
    runner = a_runner()
    stated = meal("protein shake, 300 kcal", runner)
    bare = meal("protein shake", runner)
    again = meal("protein shake, 300 kcal", runner)
    assert stated.kcal == again.kcal == 300
    assert bare.kcal != 300
    assert bare.items[0].source != "stated"


def test_the_same_message_reads_the_same_every_time() -> None:
    """A meal of several items gives equal events on its first and tenth reading."""
    runner = a_runner()
    text = "2 eggs, 2 slices of toast with butter and a coffee with milk"
    first = parse_message(text, runner)
    for _ in range(9):
        assert parse_message(text, runner) == first


def test_a_runners_own_food_is_suggested_to_that_runner_only() -> None:
    """Asked about "zorblax" first by another runner, then by the one who taught "zorblax
    crunch", then by the other again: only the teacher is offered it."""
    spec = parse_food_definition("/food zorblax crunch 450 kcal 10p 60c 18f per 100g")
    teacher = a_runner({spec.name: spec.food})
    other = a_runner()
    before = meal("had zorblax", other).items[0]
    taught = meal("had zorblax", teacher).items[0]
    after = meal("had zorblax", other).items[0]
    assert not before.resolved and not after.resolved
    assert "zorblax crunch" in taught.suggestions
    assert "zorblax crunch" not in before.suggestions + after.suggestions


def run_km(text: str, ctx: ParseContext) -> float:
    (event,) = parse_message(text, ctx).events
    assert isinstance(event, RunLogged)
    return event.distance_m / 1000


def test_the_same_words_read_in_each_runners_units() -> None:
    """A metric runner's "easy 5" is 5 km, an imperial runner's 5 miles, whoever sent it first;
    and "30 min at 9:00 pace" is per km for one and per mile for the other."""
    metric = a_runner()
    imperial = ParseContext(received_at=AT, tz=BERLIN, foods=foods(), units="imperial")
    for text in ("easy 5", "steady 8, 42:10", "ran 30 min at 9:00 pace"):
        first = run_km(text, metric)
        in_miles = run_km(text, imperial)
        assert run_km(text, metric) == first
        assert in_miles != first
    assert run_km("easy 5", imperial) == pytest.approx(5 * 1.609344, abs=0.001)


def test_the_same_run_keeps_each_messages_time_and_pace() -> None:
    """ "ran 5k this morning" sent on two days lands on each day; "ran 30 min" uses each
    runner's own recent pace for its distance."""
    today = a_runner()
    next_day = ParseContext(received_at=AT + timedelta(days=1), tz=BERLIN, foods=foods())
    for text in ("ran 5k this morning", "ran 10k in 52 min at 7am", "parkrun 24:10"):
        (first,) = parse_message(text, today).events
        (second,) = parse_message(text, next_day).events
        assert second.at - first.at == timedelta(days=1)
    slow = ParseContext(received_at=AT, tz=BERLIN, foods=foods(), recent_pace_s_per_km=400)
    fast = ParseContext(received_at=AT, tz=BERLIN, foods=foods(), recent_pace_s_per_km=300)
    assert run_km("ran 30 min", slow) == pytest.approx(4.5)
    assert run_km("ran 30 min", fast) == pytest.approx(6.0)


def test_a_runners_own_food_changes_only_that_runners_meal() -> None:
    """ "had 80g zorblax crunch": unknown to another runner before and after the one who taught it
    logs it with their own numbers."""
    spec = parse_food_definition("/food zorblax crunch 450 kcal 10p 60c 18f per 100g")
    teacher = a_runner({spec.name: spec.food})
    other = a_runner()
    for text in ("had 80g zorblax crunch", "zorblax crunch and a banana"):
        before = meal(text, other).items[0]
        taught = meal(text, teacher).items[0]
        after = meal(text, other).items[0]
        assert not before.resolved and not after.resolved
        assert taught.source == "user"


@pytest.mark.parametrize(
    "text", ["ran 5 km in 1 min", "ran -5 km in 30 min", "ate 500 eggs", "weight -70"]
)
def test_a_refused_message_is_refused_every_time(text: str) -> None:
    """What no runner did is refused on every sending, not only the first."""
    runner = a_runner()
    for _ in range(2):
        with pytest.raises(ImplausibleValue):
            parse_message(text, runner)
