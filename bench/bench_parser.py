"""Parser throughput over the labelled corpus, on one core (the issue asks >= 20,000 msg/s).

Food lookups are part of what is measured: the table is loaded once, as the bot does at start.
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

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus.jsonl"
GOAL_MSG_PER_S = 20_000.0


def _messages() -> list[str]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _one_pass(messages: list[str], ctx: ParseContext) -> None:
    for text in messages:
        with contextlib.suppress(CoachError):
            parse_message(text, ctx)


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
    return [
        {
            "name": "parser throughput",
            "value": round(rate, 0),
            "unit": "msg/s",
            "goal": ">= 20,000 msg/s",
            "ok": rate >= GOAL_MSG_PER_S,
        },
        {
            "name": "parser latency (mean)",
            "value": round(1e6 / rate, 1),
            "unit": "us/msg",
            "goal": "<= 50 us/msg",
            "ok": rate >= GOAL_MSG_PER_S,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
