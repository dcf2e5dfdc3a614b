"""Is a newly logged run or activity one the runner already logged? (pure)

Runners type a run right after it ("ran 10k in 52 min") and later send the watch file, or send
the same file twice. Counting both would double the day's exercise energy. Two events are the
same session when they are the same kind of exercise, their time ranges overlap, and their
distances are close.

Time ranges: a file event spans `at` .. `at + elapsed` (the clock ran through its pauses). A
typed event spans `at` .. `at + duration`. When the parser estimated the start (no time in the
message, so `at` is received_at - duration; or a vague "this morning"), the run really happened
some time before: the range reaches back `ESTIMATED_START_SLACK` (12 h: "ran 10k" typed at
lunch about a 7:00 run) and forward `ESTIMATED_END_SLACK` (3 h, for vague time words). The
trade-off: two runs of the same distance on one day, one typed without a time, merge into one.
Both ranges get `CLOCK_SLACK` on each side for watch clocks and rounded typed times.

Distances: within 10 % of the larger one, or 15 % when either side's distance was estimated.
When either side has no distance (an activity typed by time only), durations are compared the
same way instead.

The caller keeps the file's numbers: when `new` comes from a file, it replaces the match; when
`new` is typed and the match came from a file, the typed event is not stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from engine.events import ActivityLogged, RunLogged, StoredEvent

ESTIMATED_START_SLACK = timedelta(hours=12)
ESTIMATED_END_SLACK = timedelta(hours=3)
CLOCK_SLACK = timedelta(minutes=5)
# `estimated` holds the parser's contract names (cli-contract.md) or the model's field names.
_AT = frozenset({"started_at", "at"})
_DISTANCE = frozenset({"distance_km", "distance_m"})
_DURATION = frozenset({"duration_min", "duration_s"})
DISTANCE_TOLERANCE = 0.10
ESTIMATED_TOLERANCE = 0.15

Session = RunLogged | ActivityLogged


def find_duplicate(new: Session, existing: Sequence[StoredEvent]) -> StoredEvent | None:
    """The stored event that `new` repeats, or None; the closest one when several match."""
    best: tuple[float, StoredEvent] | None = None
    for stored in existing:
        old = stored.event
        if not isinstance(old, RunLogged | ActivityLogged) or not _same_family(new, old):
            continue
        if not _overlap(new, old):
            continue
        difference = _difference(new, old)
        if difference is None or difference > _tolerance(new, old):
            continue
        if best is None or difference < best[0]:
            best = (difference, stored)
    return best[1] if best else None


def _same_family(a: Session, b: Session) -> bool:
    if isinstance(a, RunLogged) or isinstance(b, RunLogged):
        return isinstance(a, RunLogged) and isinstance(b, RunLogged)
    return a.activity == b.activity


def _span(event: Session) -> tuple[datetime, datetime]:
    length = event.elapsed_s if event.source != "text" and event.elapsed_s else event.duration_s
    start, end = event.at, event.at + timedelta(seconds=length)
    if event.source == "text" and _AT & set(event.estimated):
        start, end = start - ESTIMATED_START_SLACK, end + ESTIMATED_END_SLACK
    return start - CLOCK_SLACK, end + CLOCK_SLACK


def _overlap(a: Session, b: Session) -> bool:
    a_start, a_end = _span(a)
    b_start, b_end = _span(b)
    return a_start < b_end and b_start < a_end


def _difference(a: Session, b: Session) -> float | None:
    """Relative difference of distances, or of durations when a distance is missing."""
    if a.distance_m and b.distance_m:
        x, y = a.distance_m, b.distance_m
    elif a.duration_s > 0 and b.duration_s > 0:
        x, y = a.duration_s, b.duration_s
    else:
        return None
    return abs(x - y) / max(x, y)


def _tolerance(a: Session, b: Session) -> float:
    names = _DISTANCE if a.distance_m and b.distance_m else _DURATION
    if names & {*a.estimated, *b.estimated}:
        return ESTIMATED_TOLERANCE
    return DISTANCE_TOLERANCE
