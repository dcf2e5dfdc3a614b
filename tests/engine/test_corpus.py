"""Quality of the parser on the labelled corpora of runner-style messages (tests/data).

The reference answers come from USDA numbers (scripts/make_corpus_reference.py), never from the
parser; the scoring is tests/understanding.py, which bench/bench_understanding.py shares. The
first corpus holds the bar it was tuned to. The fresh block, written before the parser saw it,
holds a floor a few points under today's figures (others change the parser in parallel), so a
change that loses ground fails here; the issue's >= 95 % is the bench's goal, not this test's
(tests/data/README.md keeps the progression).
"""

from __future__ import annotations

from functools import cache

from tests.understanding import (
    FIRST_CORPUS,
    FRESH_BLOCK,
    Score,
    blocks,
    context,
    load,
    score,
)


@cache
def scored(name: str) -> Score:
    figures = score(load(FIRST_CORPUS if name == "first" else FRESH_BLOCK), context())
    print(figures.summary())
    for failure in figures.failures:
        print("  ", failure)
    return figures


class TestCorpus:
    def test_corpus_is_large_enough(self) -> None:
        """The corpora hold runs, meals, weigh-ins, sessions and chat, in every voice asked."""
        lines = [line for path in blocks() for line in load(path)]
        assert len(lines) >= 500
        assert len(load(FRESH_BLOCK)) >= 250
        kinds = {e["kind"] for line in lines for e in line["events"]}  # type: ignore[attr-defined]
        assert kinds == {"run", "meal", "weight", "strength", "activity"}
        assert sum(not line["events"] for line in lines) >= 60
        voices = {line.get("voice") for line in load(FRESH_BLOCK)}
        assert {"uk", "us", "ultra", "triathlon", "beginner", "whole day"} <= voices

    def test_first_corpus_quality_bar(self) -> None:
        """Runs 100 % right, items and meal kcal at least 90 % right, nothing invented."""
        figures = scored("first")
        assert figures.right["run"] == figures.expected["run"]
        assert figures.items_resolved >= 0.9 * figures.items
        assert figures.right["meal"] >= 0.9 * figures.expected["meal"]
        assert figures.invented == 0
        for kind in ("weight", "strength", "activity"):
            assert figures.right[kind] == figures.expected[kind]

    def test_fresh_block_holds_its_ground(self) -> None:
        """Unseen messages: about as many right, resolved and accounted for as on main today."""
        figures = scored("fresh")
        assert figures.fully_right_pct >= 49.0
        assert figures.items_resolved_pct >= 70.0
        assert figures.leftover_pct <= 13.0
        assert figures.invented <= 2
