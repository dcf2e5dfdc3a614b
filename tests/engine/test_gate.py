"""The chat gate (engine/parsing/gate.py): a message that reads like a plan or someone else's
run has its events held, not logged; the shipped weights are what the script writes."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from types import ModuleType

import pytest

from engine.parsing import ParseResult, parse_message
from engine.parsing.gate import (
    COMMIT,
    FILES,
    HOLD_BELOW,
    WEIGHTS,
    held,
    p_event,
    read_weights,
)
from tests import understanding

ROOT = WEIGHTS.parent.parent.parent
#: Plans the rules read as a run (or a meal) and the gate doubts. Several, so that a rule
#: fixed against one of them (then nothing is left to hold) leaves the checks standing.
PLANS = ("maybe 10k in 50 min later", "later: 10k in 50 min maybe", "maybe 2 eggs later")


def a_held_plan() -> tuple[str, ParseResult]:
    """The first of `PLANS` the parser holds (its events read, not logged)."""
    ctx = understanding.context()
    for text in PLANS:
        result = parse_message(text, ctx)
        if result.held:
            return text, result
    raise AssertionError(f"none of {PLANS} is held: write a plan the rules still log")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_gate", ROOT / "scripts" / "train_gate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_gate"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_are_what_the_script_writes() -> None:
    """Trained again on the files the weights' header names, as they were at the commit it
    names (read with git), with the fixed seed: byte for byte the same file (a few seconds'
    training), and nothing from the unseen block."""
    script = _script()
    shipped = WEIGHTS.read_text(encoding="utf-8")
    lines = shipped.splitlines()
    commit = next(line for line in lines if line.startswith(COMMIT)).removeprefix(COMMIT)
    names = next(line for line in lines if line.startswith(FILES)).removeprefix(FILES).split()
    assert script.UNSEEN not in names and len(names) > 30
    assert script.shipped_weights(script.load_files(names, commit), commit) == shipped


def test_the_fast_sum_is_the_models_sum() -> None:
    """`Gate.z` (tables by kind, no feature strings) adds exactly the weights of `features`."""
    script = _script()
    model = script.Model(read_weights())
    texts = [str(line["text"]) for line in understanding.load(understanding.FIRST_CORPUS)]
    for text in [*texts, "how am I doing? ran 10k in 50 min", "", "!!", "5k. 5k. 5k"]:
        assert p_event(text) == pytest.approx(
            script.p_message(model, text, script.features(text), True), abs=1e-12), text
        assert held(text) == (p_event(text) < HOLD_BELOW), text


@pytest.mark.parametrize("text", [
    "race on Saturday is 13.1 miles, target 1:50",
    "the plan says 10 miles on sunday at 8:30 pace",
    "my brother ran a marathon in 3:02 at Valencia",
])
def test_a_plan_or_someone_elses_run_is_held(text: str) -> None:
    """Read as the rules read it, but held: nothing logged unless the runner says so."""
    ctx = understanding.context()
    alone = parse_message(text, replace(ctx, gate=False))
    result = parse_message(text, ctx)
    if alone.events:
        assert result.events == () and result.held == alone.events
    assert not result.events


@pytest.mark.parametrize("text", [
    "ran 10 km in 52 min", "easy 8k this morning, 45 min", "2 eggs and toast",
    "weight 71.8 kg", "how am I doing? ran 10k in 50 min", "parkrun 24:10 🎉",
])
def test_a_runners_own_log_is_logged(text: str) -> None:
    result = parse_message(text, understanding.context())
    assert result.events and result.held == ()


def test_a_held_plan_keeps_what_the_rules_read() -> None:
    """What is held is what the rules read, so "✅ Log it" logs the same events."""
    text, result = a_held_plan()
    assert result.events == () and result.unparsed == ()
    assert result.held == parse_message(text, replace(understanding.context(), gate=False)).events
    assert p_event(text) < HOLD_BELOW
