"""The parser's whole answer to every message it is tested on, to show a change left it alone.

For a change meant to make the parser faster or simpler, not to read anything differently:
write the answers before the change, make it, and compare.

    .venv/bin/python scripts/parser_golden.py /tmp/before.jsonl
    .venv/bin/python scripts/parser_golden.py /tmp/after.jsonl --compare /tmp/before.jsonl

The messages are every text of tests/data/*.jsonl and every string literal of the tests (the
texts the unit tests give the parser, and more), each read in two contexts (Berlin, metric, an
evening; New York, imperial, a morning, another weight and pace). A line holds the context's
number, the text and the `repr` of its ParseResult (or the CoachError it raised). Merge main
and write the "before" file again from main's parser: other branches change its answers.
A block being written (named in UNSEEN) is never read.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.errors import CoachError  # noqa: E402
from engine.food import FoodTable  # noqa: E402
from engine.parsing import ParseContext, parse_message  # noqa: E402

#: The unseen block being written, and its script: no one else reads them.
UNSEEN = ("heldout-2026-12-02r", "corpus_heldout18")
#: A literal longer than this, or a docstring's indented lines, is no message.
LONGEST = 5000


def texts() -> list[str]:
    """The labelled texts, then the tests' string literals, each once, in a fixed order."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        if not any(name in path.name for name in UNSEEN):
            with path.open(encoding="utf-8") as fh:
                seen.update((json.loads(line)["text"], None) for line in fh if line.strip())
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if any(name in path.name for name in UNSEEN):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if 1 < len(text) < LONGEST and "\n    " not in text:
                    seen[text] = None
    return list(seen)


def contexts() -> list[ParseContext]:
    foods = FoodTable.load()
    return [
        ParseContext(received_at=datetime(2026, 11, 26, 19, 30, tzinfo=UTC),
                     tz=ZoneInfo("Europe/Berlin"), foods=foods),
        ParseContext(received_at=datetime(2026, 11, 26, 6, 5, tzinfo=UTC),
                     tz=ZoneInfo("America/New_York"), foods=foods, units="imperial",
                     weight_kg=82.0, recent_pace_s_per_km=330.0),
    ]


def answers() -> list[str]:
    lines = []
    ctxs = contexts()
    for text in texts():
        for number, ctx in enumerate(ctxs):
            try:
                answer = repr(parse_message(text, ctx))
            except CoachError as e:
                answer = f"{type(e).__name__}: {e}"
            lines.append(json.dumps([number, text, answer], ensure_ascii=False) + "\n")
    return lines


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("out", type=Path, help="where to write the answers (JSON Lines)")
    args.add_argument("--compare", type=Path, help="answers written before, to compare with")
    parsed = args.parse_args()
    lines = answers()
    parsed.out.write_text("".join(lines), encoding="utf-8")
    if parsed.compare is None:
        print(f"{len(lines)} answers written to {parsed.out}")
        return 0
    before = parsed.compare.read_text(encoding="utf-8").splitlines(keepends=True)
    if before == lines:
        print(f"all {len(lines)} answers the same")
        return 0
    old = {tuple(json.loads(line)[:2]): line for line in before}
    changed = [line for line in lines if old.get(tuple(json.loads(line)[:2])) != line]
    for line in changed[:20]:
        number, text, answer = json.loads(line)
        was = old.get((number, text))
        print(f"context {number}: {text!r}\n  was: {json.loads(was)[2] if was else '(new)'}"
              f"\n  now: {answer}")
    print(f"{len(changed)} of {len(lines)} answers changed ({len(before)} before)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
