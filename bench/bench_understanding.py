"""Benchmark: how much of what runners write the parser understands (issue 15's bars).

Every labelled block in tests/data is scored with tests/understanding.py (the same scoring the
test suite's floor uses): the share of event messages fully right, meal items resolved to a
food the label accepts, events invented on messages that hold none, and the leftover rate
(messages where something was dropped and the reply was still a plain "Logged"). The goals are
the issue's: >= 95 % fully right, >= 98 % of items resolved, 0 invented, and no leftovers. The
fresh block (written before the parser saw it) is the honest estimate for unseen messages.

Run: `.venv/bin/python -m bench bench_understanding`
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.understanding import blocks, context, load, score

GOAL_FULLY_RIGHT = 95.0
GOAL_ITEMS = 98.0


def _name(path: Path) -> str:
    return path.stem.replace("corpus", "first corpus")


def run() -> list[dict[str, Any]]:
    ctx = context()
    rows: list[dict[str, Any]] = []
    for path in blocks():
        figures = score(load(path), ctx)
        name = _name(path)
        rows += [
            {
                "name": f"{name}: event messages fully right ({figures.event_messages})",
                "value": round(figures.fully_right_pct, 1),
                "unit": "%",
                "goal": f">= {GOAL_FULLY_RIGHT:.0f} %",
                "ok": figures.fully_right_pct >= GOAL_FULLY_RIGHT,
            },
            {
                "name": f"{name}: meal items resolved ({figures.items})",
                "value": round(figures.items_resolved_pct, 1),
                "unit": "%",
                "goal": f">= {GOAL_ITEMS:.0f} %",
                "ok": figures.items_resolved_pct >= GOAL_ITEMS,
            },
            {
                "name": f"{name}: events invented ({figures.non_event_messages} chat messages)",
                "value": figures.invented,
                "unit": "events",
                "goal": "0",
                "ok": figures.invented == 0,
            },
            {
                "name": f"{name}: leftover rate (dropped, yet a plain Logged)",
                "value": round(figures.leftover_pct, 1),
                "unit": "%",
                "goal": "0 %",
                "ok": figures.leftover == 0,
            },
        ]
    return rows
