"""What the parser keeps between messages (item phrases, "did you mean" lists) never changes
an answer: the same message reads the same, one message's numbers stay in it, and one runner's
own foods stay out of another runner's suggestions."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo

from engine.events import MealLogged
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
