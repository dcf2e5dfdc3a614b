"""Build engine/data/english_words.txt: the common English words a spelling fix never touches.

The food matcher reads a word it does not know as a misspelt food or unit word ("brocoli",
"peenut buter", "2 slics"), but only when that word is no common English word: "weather" is
not Werther's, "shape" no shake. This list is that guard. It comes from pyspellchecker's
English word frequencies (MIT licence; counts from OpenSubtitles and other open text), keeping
the words seen more than the list's floor of 50 times: at the floor sit most misspellings
("tost", "appel") beside rare words, above it the words people write.

Run once after upgrading the package (the bot never imports it; it is in the `data` extra):
.venv/bin/pip install pyspellchecker && .venv/bin/python scripts/build_english_words.py
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "engine" / "data" / "english_words.txt"
#: The list's lowest count (its floor, where misspellings sit); a word must be seen more often.
MIN_COUNT = 51
#: Shorter words are never corrected, so they need no guard.
MIN_LENGTH = 3


def main() -> int:
    """Write the guard list, one word a line, sorted."""
    source = resources.files("spellchecker") / "resources" / "en.json.gz"
    counts: dict[str, int] = json.loads(gzip.decompress(source.read_bytes()))
    words = sorted(
        word for word, count in counts.items()
        if count >= MIN_COUNT and len(word) >= MIN_LENGTH and word.isascii() and word.isalpha()
    )
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words):,} words to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
