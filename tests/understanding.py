"""How well the parser understands labelled runner messages: the issue's measures, in one place.

Used by tests/engine/test_corpus.py (the bar the suite holds) and bench/bench_understanding.py
(the figures and the >= 95 % goal), and runnable on its own: `python -m tests.understanding
[-v] [FILE.jsonl ...]` from the root of the checkout whose parser is to be scored (another
checkout, such as the parser before a round: `cd OTHER && python -c "import runpy, sys;
sys.argv[1:] = ['FILE']; runpy.run_path('THIS/tests/understanding.py', run_name='__main__')"`).

The references come from tests/data (see its README), never from the parser. A message is
fully right when nothing raised, every expected event has a counterpart of its kind that is
right (runs exact on distance and time, meals within 15 % of the USDA reference or 10 kcal,
weights within 0.1 kg, sessions of the right kind and length) and no event was added. Events
are paired by kind in the order written, so "ran 5k, then eggs" and "eggs, ran 5k" score alike.
Meal items count as resolved when some food the parser logged in that message is one the label
accepts; a dish logged whole offers each of its parts (its kcal holds them all).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from engine.errors import CoachError
from engine.events import MealLogged, RunLogged, WeightLogged
from engine.food import FoodTable
from engine.parsing import ParseContext, parse_message

DATA = Path(__file__).resolve().parent / "data"
FIRST_CORPUS = DATA / "corpus.jsonl"
FRESH_BLOCK = DATA / "fresh-2026-11-29.jsonl"
RECEIVED_AT = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)
MEAL_TOLERANCE = 0.15
MEAL_SLACK_KCAL = 10.0  # a mug of tea or a diet cola: 15 % of 5 kcal is no measure
WEIGHT_TOLERANCE_KG = 0.1
KM_TOLERANCE = 0.01
MIN_TOLERANCE = 0.02

Line = dict[str, object]
Expected = dict[str, object]


def context() -> ParseContext:
    """The context every labelled message is parsed in: a 70 kg metric runner in Berlin."""
    return ParseContext(
        received_at=RECEIVED_AT, tz=ZoneInfo("Europe/Berlin"), foods=FoodTable.load()
    )


def load(path: Path) -> list[Line]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def blocks() -> list[Path]:
    """Every labelled file in tests/data, the first corpus first."""
    return [FIRST_CORPUS, *sorted(p for p in DATA.glob("*.jsonl") if p != FIRST_CORPUS)]


@dataclass
class Score:
    """Counts behind the figures, with every miss written out for the report."""

    messages: int = 0
    event_messages: int = 0
    fully_right: int = 0
    expected: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    items: int = 0
    items_resolved: int = 0
    labels: int = 0
    labels_right: int = 0
    non_event_messages: int = 0
    invented: int = 0
    dropped: int = 0
    leftover: int = 0
    errors: int = 0
    #: Messages whose events the chat gate held (asked about, not logged), and how many of
    #: them were event messages (a real log held: one tap for the runner, no right answer).
    held: int = 0
    held_events: int = 0
    by_voice: dict[str, list[int]] = field(default_factory=dict)  # voice -> [right, of]
    failures: list[str] = field(default_factory=list)

    def pct(self, num: int, den: int) -> float:
        return 100.0 * num / den if den else 100.0

    @property
    def fully_right_pct(self) -> float:
        return self.pct(self.fully_right, self.event_messages)

    @property
    def items_resolved_pct(self) -> float:
        return self.pct(self.items_resolved, self.items)

    @property
    def leftover_pct(self) -> float:
        return self.pct(self.leftover, self.event_messages)

    @property
    def dropped_pct(self) -> float:
        return self.pct(self.dropped, self.event_messages)

    def kind_pct(self, kind: str) -> float:
        return self.pct(self.right[kind], self.expected[kind])

    def summary(self) -> str:
        kinds = ", ".join(
            f"{kind} {self.right[kind]}/{n} ({self.kind_pct(kind):.0f} %)"
            for kind, n in sorted(self.expected.items())
        )
        return (
            f"{self.messages} messages; fully right {self.fully_right}/{self.event_messages} "
            f"event messages ({self.fully_right_pct:.1f} %); {kinds}; "
            f"meal items resolved {self.items_resolved}/{self.items} "
            f"({self.items_resolved_pct:.1f} %); meal labels right {self.labels_right}/"
            f"{self.labels}; invented {self.invented} events in {self.non_event_messages} "
            f"non-event messages; something dropped in {self.dropped} "
            f"({self.dropped_pct:.1f} %), silently (leftover) in {self.leftover} "
            f"({self.leftover_pct:.1f} %); refused {self.errors}; held {self.held} "
            f"({self.held_events} of them event messages)"
        )


def _close(got: float | None, want: object, tolerance: float) -> bool:
    return got is not None and abs(got - float(want)) <= tolerance  # type: ignore[arg-type]


def _event_right(exp: Expected, got: object) -> bool:
    kind = exp["kind"]
    if kind == "run":
        return (
            isinstance(got, RunLogged)
            and _close(got.distance_m / 1000, exp["distance_km"], KM_TOLERANCE)
            and _close(got.duration_s / 60, exp["duration_min"], MIN_TOLERANCE)
        )
    if kind == "meal":
        if not isinstance(got, MealLogged):
            return False
        if "unresolved" in exp:
            return got.unresolved_count == exp["unresolved"]
        reference = float(exp["kcal"])  # type: ignore[arg-type]
        return abs(got.kcal - reference) <= max(MEAL_TOLERANCE * reference, MEAL_SLACK_KCAL)
    if kind == "weight":
        return isinstance(got, WeightLogged) and _close(
            got.mass_kg, exp["weight_kg"], WEIGHT_TOLERANCE_KG + 1e-9
        )
    if getattr(got, "kind", None) != kind:
        return False
    if "activity" in exp and getattr(got, "activity", None) not in str(exp["activity"]).split(
        "|"
    ):
        return False
    if "duration_min" in exp and not _close(
        getattr(got, "duration_s", 0) / 60, exp["duration_min"], MIN_TOLERANCE
    ):
        return False
    return "distance_km" not in exp or _close(
        (getattr(got, "distance_m", None) or 0) / 1000, exp["distance_km"], KM_TOLERANCE
    )


def _item_resolved(accepted: Sequence[str], slots: list[frozenset[str]]) -> bool:
    """Take the first logged food the label accepts, so one logged food counts once."""
    for index, names in enumerate(slots):
        if not names.isdisjoint(accepted):
            slots[index] = frozenset()
            return True
    return False


def _row(source: str | None) -> str | None:
    if source is None:
        return None
    return "stated" if source == "stated" else source.removeprefix("usda:")


def _logged_foods(meals: Sequence[MealLogged], foods: FoodTable) -> list[frozenset[str]]:
    """What each logged food can stand for in a label: its own row, and a dish logged whole
    ("fish and chips", "beans on toast") one slot per part it is made of, since its kcal holds
    them all; the dish's own row stays an answer for any of those slots."""
    slots: list[frozenset[str]] = []
    for meal in meals:
        for item in meal.items:
            own = _row(item.source) if item.resolved else None
            food = foods.get(item.food) if item.food else None
            if food is None and item.food:
                match = foods.match(item.food)
                food = match.food if match is not None and match.food.key == item.food else None
            parts = [foods.get(key) for key, _ in food.parts] if food is not None else []
            rows = [_row(part.source) for part in parts if part is not None]
            if own is not None and rows:
                slots.extend(frozenset({own, row} - {None}) for row in rows)  # type: ignore[misc]
            else:
                slots.append(frozenset({own} - {None}))  # type: ignore[arg-type]
    return slots


def score_message(line: Line, ctx: ParseContext, score: Score) -> None:
    text = str(line["text"])
    expected: list[Expected] = line["events"]  # type: ignore[assignment]
    score.messages += 1
    try:
        result = parse_message(text, ctx)
    except CoachError as e:
        score.errors += 1
        events: tuple[object, ...] = ()
        unparsed: tuple[str, ...] = ()
        if expected:
            score.failures.append(f"refused: {text!r}: {e.user_message}")
    else:
        events, unparsed = result.events, result.unparsed
        if getattr(result, "held", ()):  # a parser before the gate has no `held`
            score.held += 1
            score.held_events += bool(expected)
            if expected:
                score.failures.append(f"held: {text!r} -> {result.held!r}")
    if not expected:
        score.non_event_messages += 1
        score.invented += len(events)
        if events:
            score.failures.append(f"invented: {text!r} -> {events!r}")
        return
    score.event_messages += 1
    by_kind: dict[str, list[object]] = defaultdict(list)
    for event in events:
        by_kind[str(getattr(event, "kind", ""))].append(event)
    ok = all(len(by_kind[k]) == sum(e["kind"] == k for e in expected) for k in by_kind)
    dropped = False
    taken: dict[str, int] = defaultdict(int)
    for exp in expected:
        kind = str(exp["kind"])
        score.expected[kind] += 1
        index = taken[kind]
        taken[kind] += 1
        got = by_kind[kind][index] if index < len(by_kind[kind]) else None
        dropped |= got is None
        if _event_right(exp, got):
            score.right[kind] += 1
        else:
            ok = False
            score.failures.append(f"{kind}: {text!r} expected {exp} got {got!r}")
        if "meal" in exp:
            score.labels += 1
            score.labels_right += getattr(got, "meal", None) == exp["meal"]
    meals = [e for e in events if isinstance(e, MealLogged)]
    slots = _logged_foods(meals, ctx.foods)
    logged_items = len(slots)
    wanted = [accepted for exp in expected for accepted in exp.get("foods", [])]  # type: ignore[attr-defined]
    score.items += len(wanted)
    for accepted in wanted:
        if _item_resolved(accepted, slots):
            score.items_resolved += 1
        else:
            score.failures.append(f"item: {text!r} expected one of {accepted}")
    dropped |= logged_items < len(wanted)
    if dropped:
        score.dropped += 1
        asked = bool(unparsed) or any(m.unresolved_count for m in meals)
        if events and not asked:
            score.leftover += 1
            score.failures.append(f"leftover: {text!r} logged {events!r}")
    score.fully_right += ok
    if "voice" in line:
        tally = score.by_voice.setdefault(str(line["voice"]), [0, 0])
        tally[0] += ok
        tally[1] += 1


def score(lines: Iterable[Line], ctx: ParseContext | None = None) -> Score:
    """Parse every message and count what came out right."""
    ctx = ctx or context()
    figures = Score()
    for line in lines:
        score_message(line, ctx, figures)
    return figures


def main(argv: list[str]) -> int:
    import engine

    print(f"parser: {Path(engine.__file__).resolve().parent}")
    paths = [Path(a) for a in argv if a != "-v"] or blocks()
    ctx = context()
    verbose = "-v" in argv
    for path in paths:
        figures = score(load(path), ctx)
        print(f"{path.name}: {figures.summary()}")
        for voice, (right, of) in figures.by_voice.items():
            print(f"    {voice}: {right}/{of} fully right ({figures.pct(right, of):.0f} %)")
        if verbose:
            for failure in figures.failures:
                print("   ", failure)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
