"""Quality of the parser on the labelled corpus of runner-style messages (tests/data).

The reference answers come from USDA numbers (scripts/make_corpus_reference.py), never from
the parser. The bar is the issue's: every run right on distance and duration, at least 90 % of
food items matched to the right food, at least 90 % of meals within 15 % of the reference kcal,
and no event invented from a message that holds none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from engine.errors import CoachError
from engine.events import MealLogged, RunLogged, WeightLogged
from engine.food import FoodTable
from engine.parsing import ParseContext, parse_message

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus.jsonl"
RECEIVED_AT = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)


@cache
def corpus_context() -> ParseContext:
    """The context every corpus message is parsed in: a 70 kg metric runner in Berlin."""
    return ParseContext(
        received_at=RECEIVED_AT, tz=ZoneInfo("Europe/Berlin"), foods=FoodTable.load()
    )


def load_corpus() -> list[dict[str, object]]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Figures:
    """Counts behind the quality figures, with the failing messages for the report."""

    runs: int = 0
    runs_right: int = 0
    items: int = 0
    items_right: int = 0
    meals: int = 0
    meals_within: int = 0
    non_event_messages: int = 0
    invented: int = 0
    other: int = 0
    other_right: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"runs right {self.runs_right}/{self.runs}; "
            f"items right {self.items_right}/{self.items} ({pct(self.items_right, self.items)}); "
            f"meals within 15% {self.meals_within}/{self.meals} "
            f"({pct(self.meals_within, self.meals)}); "
            f"other events right {self.other_right}/{self.other}; "
            f"invented events {self.invented} in {self.non_event_messages} non-event messages"
        )


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:.1f}%" if den else "n/a"


def _item_right(expected: list[str], source: str | None) -> bool:
    if expected == ["stated"]:
        return source == "stated"
    return source is not None and source.removeprefix("usda:") in expected


def _check_meal(exp: dict[str, object], got: object, figures: Figures, text: str) -> None:
    foods = exp.get("foods")
    if foods is None:  # an unknown food: one unresolved item, no numbers
        figures.other += 1
        if isinstance(got, MealLogged) and len(got.unresolved) == exp["unresolved"]:
            figures.other_right += 1
        else:
            figures.failures.append(f"unresolved: {text!r} -> {got!r}")
        return
    assert isinstance(foods, list)
    figures.items += len(foods)
    figures.meals += 1
    if not isinstance(got, MealLogged):
        figures.failures.append(f"meal: {text!r} -> {got!r}")
        return
    for index, accepted in enumerate(foods):
        item = got.items[index] if index < len(got.items) else None
        if item is not None and _item_right(accepted, item.source):
            figures.items_right += 1
        else:
            figures.failures.append(f"item {index}: {text!r} expected {accepted} got {item!r}")
    reference = float(exp["kcal"])  # type: ignore[arg-type]
    if abs(got.kcal - reference) <= 0.15 * reference:
        figures.meals_within += 1
    else:
        figures.failures.append(f"kcal: {text!r} expected {reference} got {got.kcal:.0f}")


def _check(exp: dict[str, object], got: object, figures: Figures, text: str) -> None:
    kind = exp["kind"]
    if kind == "run":
        figures.runs += 1
        ok = (
            isinstance(got, RunLogged)
            and abs(got.distance_m / 1000 - float(exp["distance_km"])) < 0.01  # type: ignore[arg-type]
            and abs(got.duration_s / 60 - float(exp["duration_min"])) < 0.02  # type: ignore[arg-type]
        )
        figures.runs_right += ok
        if not ok:
            figures.failures.append(f"run: {text!r} expected {exp} got {got!r}")
    elif kind == "meal":
        _check_meal(exp, got, figures, text)
    else:
        figures.other += 1
        ok = getattr(got, "kind", None) == kind
        if ok and kind == "weight":
            assert isinstance(got, WeightLogged)
            ok = abs(got.mass_kg - float(exp["weight_kg"])) < 0.01  # type: ignore[arg-type]
        figures.other_right += ok
        if not ok:
            figures.failures.append(f"{kind}: {text!r} expected {exp} got {got!r}")


def measure() -> Figures:
    """Parse every corpus message and count what came out right."""
    figures = Figures()
    ctx = corpus_context()
    for line in load_corpus():
        text = str(line["text"])
        expected = line["events"]
        assert isinstance(expected, list)
        try:
            events: tuple[object, ...] = parse_message(text, ctx).events
        except CoachError as e:
            events = ()
            if expected:
                figures.failures.append(f"error: {text!r}: {e.user_message}")
        if not expected:
            figures.non_event_messages += 1
            figures.invented += len(events)
            if events:
                figures.failures.append(f"invented: {text!r} -> {events!r}")
            continue
        if len(events) != len(expected):
            figures.failures.append(f"count: {text!r} expected {len(expected)} got {events!r}")
        for index, exp in enumerate(expected):
            got = events[index] if index < len(events) else None
            _check(exp, got, figures, text)
    return figures


class TestCorpus:
    def test_corpus_is_large_enough(self) -> None:
        """The corpus holds at least 200 messages, with runs, meals and non-events."""
        lines = load_corpus()
        assert len(lines) >= 200
        assert any(not line["events"] for line in lines)

    def test_quality_bar(self) -> None:
        """Runs 100 % right, items and meal kcal at least 90 % right, nothing invented."""
        figures = measure()
        print(figures.summary())
        for failure in figures.failures:
            print("  ", failure)
        assert figures.runs_right == figures.runs
        assert figures.items_right >= 0.9 * figures.items
        assert figures.meals_within >= 0.9 * figures.meals
        assert figures.invented == 0
        assert figures.other_right == figures.other
