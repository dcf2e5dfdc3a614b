"""`runfuel parse --stdin` against quantulum3 on the same messages (issue 3: >= 50x).

Both run here in one go on the labelled corpus: runfuel as the real command (process start,
food table load and JSON Lines output included), quantulum3 in-process on a sample (it parses
about 25 messages a second, so the whole corpus repeated would take minutes). Both are timed in
CPU seconds (the child's user + system time; quantulum3's process time), as bench_parser is, so
other work on a shared machine does not tilt the ratio. The project's bytecode is written
first, as pip writes an installed package's: with PYTHONDONTWRITEBYTECODE set (as on the
machines that run the benchmarks) an editable checkout would otherwise compile every module of
the command again at each start, a cost no installed `runfuel` pays.
"""

from __future__ import annotations

import compileall
import json
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"
REPEAT = 20
RUNS = 3
QUANTULUM_SAMPLE = 120
GOAL = 50.0


def _messages() -> list[str]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line)["text"].replace("\n", " ") for line in f if line.strip()]


def _runfuel_rate(messages: list[str]) -> float:
    """Best of RUNS whole commands, as bench_parser keeps the best of its passes."""
    for package in ("bot", "engine", "storage"):
        compileall.compile_dir(ROOT / package, quiet=1)
    lines = "\n".join(messages * REPEAT) + "\n"
    best = float("inf")
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([sys.executable, "-m", "bot", "parse", "--stdin"], input=lines,
                             capture_output=True, text=True, check=True, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        assert out.stdout.count("\n") == len(messages) * REPEAT
    return len(messages) * REPEAT / best


def _quantulum_rate(messages: list[str]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that its optional classifier is missing
        from quantulum3 import parser  # noqa: PLC0415 - optional, bench-only dependency

        sample = (messages * 2)[:QUANTULUM_SAMPLE]
        started = time.process_time()
        for text in sample:
            parser.parse(text)
        return len(sample) / (time.process_time() - started)


def run() -> list[dict[str, Any]]:
    messages = _messages()
    ours = _runfuel_rate(messages)
    theirs = _quantulum_rate(messages)
    ratio = ours / theirs
    return [
        {"name": "runfuel parse --stdin (whole command)", "value": ours, "unit": "msg/s",
         "goal": "-", "ok": True,
         "note": f"{len(messages) * REPEAT} corpus messages through `python -m bot parse "
                 "--stdin`, process start (bytecode written, as installed) and food table load "
                 f"included; CPU time, best of {RUNS}"},
        {"name": "quantulum3 parser.parse", "value": theirs, "unit": "msg/s", "goal": "-",
         "ok": True},
        {"name": "runfuel parse --stdin vs quantulum3", "value": ratio, "unit": "x",
         "goal": f">= {GOAL:.0f}x", "ok": ratio >= GOAL},
    ]
