"""Parser throughput on one core (the issue asks >= 20,000 msg/s), read on messages never seen.

Food lookups are part of what is measured: the table is loaded once, as the bot does at start.
The goal is read on the first-sight row: the labelled blocks other than the corpus, each message
once, every cache empty (texts, item readings, food matches, "did you mean" lists), the cost of a
message never seen before. The corpus passes are recorded beside it: they repeat the same texts,
which the parser's bounded text caches then answer, as they do a runner's everyday words.
The worst time over hostile 4,096-character messages (issue 14) is the figure the property
test bounds generously: the same generator, more messages.
"""

from __future__ import annotations

import contextlib
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from engine.errors import CoachError
from engine.food import FoodTable
from engine.parsing import ParseContext, parse_message
from engine.parsing.gate import HOLD_BELOW, gate
from engine.parsing.message import forget_texts
from tests.engine.hostile_text import parse_seconds, random_messages

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPUS = DATA / "corpus.jsonl"
GOAL_MSG_PER_S = 20_000.0
HOSTILE_MESSAGES = 400
GOAL_WORST_MS = 250.0  # issue 14: "well under a second with start-up" (start-up ~0.35 s)


def _messages() -> list[str]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _unseen() -> list[str]:
    return [json.loads(line)["text"] for path in sorted(DATA.glob("*.jsonl")) if path != CORPUS
            for line in path.open(encoding="utf-8") if line.strip()]


def _first_sight_rate(ctx: ParseContext) -> tuple[float, int]:
    """One pass over the blocks the timed passes never see, on a fresh table, caches empty.

    The SR28 description index, read once on the first unknown phrase, is start-up, not a
    message's cost: a phrase no food has loads it before the clock starts.
    """
    messages = _unseen()
    forget_texts()
    foods = FoodTable.load()
    foods.suggest("qwzx blorf", limit=3)
    fresh = ParseContext(received_at=ctx.received_at, tz=ctx.tz, foods=foods)
    start = time.process_time()
    _one_pass(messages, fresh)
    return len(messages) / (time.process_time() - start), len(messages)


def _one_pass(messages: list[str], ctx: ParseContext) -> None:
    for text in messages:
        with contextlib.suppress(CoachError):
            parse_message(text, ctx)


def _gate_cost(messages: list[str]) -> float:
    """Microseconds the chat gate adds to a message whose rules found events (best of five):
    its reading, not `held`'s cache of it by text (a message seen before costs a lookup)."""
    shipped = gate()  # the weights load once, at start-up
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for text in messages:
            shipped.doubts(text, HOLD_BELOW)
        best = min(best, time.process_time() - start)
    return 1e6 * best / len(messages)


def run() -> list[dict[str, object]]:
    """Best of five timed passes over the corpus after one warm-up pass."""
    messages = _messages()
    ctx = ParseContext(
        received_at=datetime(2026, 11, 26, 19, 30, tzinfo=UTC),
        tz=ZoneInfo("Europe/Berlin"),
        foods=FoodTable.load(),
    )
    _one_pass(messages, ctx)
    best = float("inf")
    repeats = max(1, 20_000 // len(messages))
    for _ in range(5):
        start = time.process_time()
        for _ in range(repeats):
            _one_pass(messages, ctx)
        best = min(best, time.process_time() - start)
    rate = repeats * len(messages) / best
    first_sight, unseen = _first_sight_rate(ctx)
    worst_ms, worst = max(
        (1000 * parse_seconds(text, ctx), text) for text in random_messages(HOSTILE_MESSAGES, 14)
    )
    gate_us = _gate_cost(messages)
    # The goal is read on messages the parser has never seen: the corpus passes repeat the
    # same 237 texts, which the parser's bounded text caches then answer (recorded beside it).
    return [
        {
            "name": "parser throughput, first sight (each message once, caches empty)",
            "value": round(first_sight, 0),
            "unit": "msg/s",
            "goal": ">= 20,000 msg/s",
            "ok": first_sight >= GOAL_MSG_PER_S,
            "note": f"{unseen} messages of the labelled blocks other than the corpus, one pass",
        },
        {
            "name": "parser latency (mean), first sight",
            "value": round(1e6 / first_sight, 1),
            "unit": "us/msg",
            "goal": "<= 50 us/msg",
            "ok": first_sight >= GOAL_MSG_PER_S,
        },
        {
            "name": "parser throughput, the corpus repeated (text caches warm)",
            "value": round(rate, 0),
            "unit": "msg/s",
            "goal": "none: a runner's repeated words (recorded)",
            "ok": True,
        },
        {
            "name": "chat gate cost (part of each parse that logs something)",
            "value": round(gate_us, 1),
            "unit": "us/msg",
            "goal": "small beside the parse: <= 15 us/msg",
            "ok": gate_us <= 15,
            "note": "engine/parsing/gate.py over the corpus, best of five passes; by sentence",
        },
        {
            "name": "worst hostile message parse",
            "value": round(worst_ms, 1),
            "unit": "ms",
            "goal": f"<= {GOAL_WORST_MS:.0f} ms",
            "ok": worst_ms <= GOAL_WORST_MS,
            "note": f"{HOSTILE_MESSAGES} messages of 4,096 characters repeating the parser's own"
            f" words, emoji and digits; worst starts {worst[:24]!r}",
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
