"""Every answer the parser gives, one line a message: the check that a speed-up changed none.

`python -m bench.parser_answers OUT FILE.jsonl ...` parses each message of the labelled files
twice in one process, the first time with every cache empty (as the first-sight benchmark
does), the second with them warm, and writes the repr of each result (or the refusal) to OUT.
Run it before and after a change and compare the two files byte for byte (`cmp`): a change
meant only to make the parser faster must leave them equal. The files are named one by one
(no default), so a block kept unseen is never read by accident.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from engine.errors import CoachError
from engine.parsing import parse_message
from engine.parsing.message import forget_texts
from tests.understanding import context


def answers(paths: list[Path]) -> list[str]:
    """The lines: pass number, the message's repr and the answer's, tab-separated."""
    messages = [
        json.loads(line)["text"]
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    forget_texts()
    ctx = context()
    lines = []
    for run in (1, 2):
        for text in messages:
            try:
                said = repr(parse_message(text, ctx))
            except CoachError as e:
                said = f"refused {type(e).__name__}: {e}"
            lines.append(f"{run}\t{text!r}\t{said}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python -m bench.parser_answers OUT FILE.jsonl ...", file=sys.stderr)
        return 2
    out, *files = argv
    Path(out).write_text("\n".join(answers([Path(f) for f in files])) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
