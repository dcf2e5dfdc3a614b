"""Hostile messages for the parser: its own words repeated to Telegram's 4,096 characters.

A regex with overlapping alternatives under repetition takes 2^n steps on such text ("good
morning" x 24 + "x" took 10 s, issue 14). The words come from the parser's own patterns, so a
pattern added later is attacked with its own vocabulary. Shared by the property test (a
generous bound per message) and bench/bench_parser.py (the worst time found).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import pkgutil
import re
import time
from random import Random
from types import ModuleType

import engine.food_names
import engine.parsing
import engine.quantities
import engine.timewords
from engine.errors import CoachError
from engine.parsing import MAX_CHARS, ParseContext, parse_message

_GROUP_NAME = re.compile(r"\(\?P<\w+>|\\.")
_WORD = re.compile(r"[a-z][a-z' ]*[a-z]|[a-z]")


def _parser_modules() -> list[ModuleType]:
    """The parser package's modules, each one, so a module added later is attacked too."""
    package = engine.parsing
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def _pattern_words() -> set[str]:
    words: set[str] = set()
    for module in (*_parser_modules(), engine.timewords, engine.quantities):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                pattern = _GROUP_NAME.sub(" ", value.pattern)
                words.update(w.strip() for w in _WORD.findall(pattern))
    for value in vars(engine.food_names).values():  # the food table's own word lists
        if isinstance(value, (frozenset, set, dict)):
            words.update(w for w in value if isinstance(w, str) and " " not in w)
    return words


OTHER_PIECES = (
    "⚖️", "🎉", "💪", "🏃\u200d♀️", "½", "′", "″", "1", "10", "1.5", "70", "4:30", "1:05:00",
    "41'30\"", "+1,350m", "-", ",", ".", "+", "x", "/", "'", ":", '"', "(", ")", "  ", "\n",
    "\t", "\u00a0",
)  # fmt: skip
VOCABULARY: tuple[str, ...] = tuple(sorted(_pattern_words() | set(OTHER_PIECES)))
PREFIXES = ("", "ran ", "post ", "70 kg", "had ", "weight ", "good ", "1 ", "breakfast: ")
SUFFIXES = ("", "x", "?", " kg", "!", " run", " 2 eggs")

#: The shapes issue 14 measured, each doubling in time with every repeat before the fix.
KNOWN_SHAPES: tuple[tuple[str, str, str], ...] = (
    ("", "good morning ", "x"),
    ("70 kg", "⚖️", ""),
    ("post ", "1 mile ", ""),
    ("", " ", ""),
    ("ran", " ", "x"),
    ("70 kgat", " at", ""),  # a place word swapped to the front, again and again (RecursionError)
    ("good ", "strips packs ", ""),  # a container word stripped once a word (RecursionError)
)


def hostile_message(prefix: str, chunk: str, suffix: str) -> str:
    """`prefix`, then `chunk` repeated, then `suffix`: exactly Telegram's maximum length."""
    room = MAX_CHARS - len(prefix) - len(suffix)
    body = (chunk * (room // max(1, len(chunk)) + 1))[:room]
    return prefix + body + suffix


def random_messages(count: int, seed: int) -> list[str]:
    """`count` hostile messages drawn from the vocabulary, the same ones for the same seed."""
    rng = Random(seed)
    messages = [hostile_message(*shape) for shape in KNOWN_SHAPES]
    while len(messages) < count:
        chunk = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 4)))
        chunk += rng.choice(("", " "))
        messages.append(hostile_message(rng.choice(PREFIXES), chunk, rng.choice(SUFFIXES)))
    return messages


def parse_seconds(text: str, ctx: ParseContext) -> float:
    """CPU seconds to parse `text` (a refusal counts: it is an answer too).

    The cyclic garbage collector is held off meanwhile: a full collection falling due inside
    the parse is the heap's cost (in the whole suite, some 6,000 tests' objects: 0.56 s once
    for a message that parses in 12 ms), not this message's."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        started = time.process_time()
        with contextlib.suppress(CoachError):
            parse_message(text, ctx)
        return time.process_time() - started
    finally:
        if enabled:
            gc.enable()
