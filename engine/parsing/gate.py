"""The chat gate: how likely a message is to log the sender's own events now (issue 15).

The rules read figures wherever they are, so a plan ("race on Saturday is 13.1 miles, target
1:50"), another person's race ("my brother ran 3:02 at Valencia") or shopping comes out as
events. A logistic regression over a message's words, word pairs and a few cues, trained by
`scripts/train_gate.py` (its docstring has the measurements and the choice of `HOLD_BELOW`),
gives p(event); a message below the threshold is not logged but held, and the bot asks.

The weights ship in engine/data/gate_weights.tsv. `features` is the one definition of what
the model reads (the training script uses it); `p_event` computes the same sum without
building a string per feature: unigrams, bigrams (as word pairs) and cues each have their
own table, so a message costs one regex pass, a few set lookups and four short searches.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from engine.parsing.context import TEXT_CACHE_SIZE, _words

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "gate_weights.tsv"
#: The header lines of the weights that name the commit and the labelled files of their data.
COMMIT = "# data at commit: "
FILES = "# files: "
#: Below this p(event) a message's events are held (asked about), not logged.
HOLD_BELOW = 0.02
#: At most this many words of a message are read: what a message is, its first sentences tell.
MAX_TOKENS = 80

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,:]\d+)*|[?!]")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d+['′]\d{0,2}")
_DISTANCE = re.compile(
    r"\d\s*(?:k|km|kms|mi|mile|miles|m|metres|meters)\b|\b(?:half|marathon|5k|10k)\b"
)
_MASS = re.compile(r"\d\s*(?:g|kg|kgs|lb|lbs|st|stone|ml|oz)\b")
_KCAL = re.compile(r"\d\s*(?:kcal|cals?|calories)\b")
_ANY_DIGIT = re.compile(r"\d")
#: Where a message's parts end: a sentence's end, a comma or semicolon, a new line, a remark in
#: brackets closing it ("80k ultra in 10:12:03 (same again next year?)").
_PART = re.compile(r"(?<=[.!?,;])\s+|\n+|\s*\((?=[^)]{0,80}\)?\s*$)")


_PAST = _words(
    "ran did had ate drank done finished completed logged jogged walked swam cycled rode biked"
    " rowed lifted smashed managed got went grabbed made was were hit clocked knocked weighed"
    " nailed crushed covered"
)
_AHEAD = _words(
    "tomorrow next will gonna going plan planning planned hoping hope aiming aim target goal"
    " want wanna should might maybe need i'll we'll"
)
_DAYS = _words("tonight later weekend monday tuesday wednesday thursday friday saturday sunday")
_NOW = _words("today just this morning earlier tonight yesterday")
_FIRST = _words("i i'm i've i'd me my myself im ive we")
_OTHERS = _words(
    "he she they his her their him them brother sister friend friends mate wife husband partner"
    " mum mom dad son daughter coach boyfriend girlfriend colleague someone people everyone guy"
    " girl kids"
)
_ASK = _words("how what why when which should can could is are does do any anyone")


#: The shapes `_shape` gives a number (a token of letters starts with a-z, not "<").
_SHAPES = frozenset({"<clock>", "<dec>", "<num>", "<nnn>"})


def _shape(token: str) -> str:
    """A number by its shape: a clock, a decimal, a count, a big count."""
    if token[0].isdigit():
        if ":" in token:
            return "<clock>"
        if "." in token or "," in token:
            return "<dec>"
        return "<num>" if len(token) < 3 else "<nnn>"
    return token


def _tokens(low: str) -> list[str]:
    return [t if "a" <= t[0] <= "z" else _shape(t) for t in _TOKEN.findall(low)[:MAX_TOKENS]]


#: The cues, in the order their pairs are named ("past+now").
CUES = ("clock", "distance", "mass", "kcal", "past", "ahead", "day", "now", "first", "others",
        "question", "asks", "digits")


def _cues(low: str, tokens: list[str], words: set[str]) -> list[str]:
    """The cues a message shows, in `CUES` order (their pairs are features too). A clock, a
    mass and a kcal each need a digit: a text with none is not searched for them."""
    digit = _ANY_DIGIT.search(low) is not None
    said = (
        digit and _CLOCK.search(low) is not None,
        _DISTANCE.search(low) is not None,
        digit and _MASS.search(low) is not None,
        digit and _KCAL.search(low) is not None,
        not words.isdisjoint(_PAST)
        or ("ed" in low and any(len(t) > 4 and t.endswith("ed") for t in words)),
        not words.isdisjoint(_AHEAD),
        not words.isdisjoint(_DAYS),
        not words.isdisjoint(_NOW),
        not words.isdisjoint(_FIRST),
        not words.isdisjoint(_OTHERS),
        "?" in low,
        bool(tokens) and tokens[0] in _ASK,
        not words.isdisjoint(_SHAPES),
    )
    return [name for name, on in zip(CUES, said, strict=True) if on]


def features(text: str) -> list[str]:
    """What the model reads, as named features: word unigrams `w:`, bigrams `b:` (numbers by
    their shape, the message's start and end as `<s>` and `</s>`), cues `c:` and their pairs."""
    low = text.lower()
    tokens = _tokens(low)
    out = {f"w:{t}" for t in tokens}
    padded = ["<s>", *tokens, "</s>"]
    out.update(f"b:{a} {b}" for a, b in itertools.pairwise(padded))
    on = _cues(low, tokens, set(tokens))
    out.update(f"c:{name}" for name in on)
    out.update(f"c:{a}+{b}" for i, a in enumerate(on) for b in on[i + 1 :])
    out.add("bias")
    return sorted(out)


@dataclass(frozen=True, slots=True)
class Gate:
    """The weights of `features`, split by kind so a message needs no feature strings."""

    bias: float
    unigrams: dict[str, float]
    bigrams: dict[tuple[str, str], float]
    cues: dict[str, float]
    cue_pairs: dict[tuple[str, str], float]

    @classmethod
    def from_weights(cls, weights: dict[str, float]) -> Gate:
        unigrams, bigrams, cues, cue_pairs = {}, {}, {}, {}
        for name, w in weights.items():
            kind, rest = name[:2], name[2:]
            if kind == "w:":
                unigrams[rest] = w
            elif kind == "b:":
                a, _, b = rest.partition(" ")
                bigrams[(a, b)] = w
            elif kind == "c:" and "+" in rest:
                a, _, b = rest.partition("+")
                cue_pairs[(a, b)] = w
            elif kind == "c:":
                cues[rest] = w
        return cls(weights.get("bias", 0.0), unigrams, bigrams, cues, cue_pairs)

    def z(self, text: str) -> float:
        """The model's sum for one text (the same as summing the weights of `features`)."""
        low = text.lower()
        tokens = _tokens(low)
        words = set(tokens)
        uni, bi, cue, pair = (self.unigrams.get, self.bigrams.get, self.cues.get,
                              self.cue_pairs.get)
        z = self.bias + sum([uni(t, 0.0) for t in words])
        z += sum([bi(p, 0.0) for p in set(itertools.pairwise(["<s>", *tokens, "</s>"]))])
        on = _cues(low, tokens, words)
        z += sum([cue(c, 0.0) for c in on])
        z += sum([pair((a, b), 0.0) for i, a in enumerate(on) for b in on[i + 1 :]])
        return z

    def p_event(self, text: str) -> float:
        """p(event) of a message: the highest of the whole and each of its sentences, so a
        question or a plan beside a log ("how am I doing? ran 10k in 50 min") keeps the log."""
        return sigmoid(max([self.z(text), *map(self.z, parts(text))]))

    def doubts(self, text: str, below: float) -> bool:
        """Whether p_event(text) < below, reading no more than it needs: most logs clear the
        bar on the whole message, and a message with sentences stops at the first that does."""
        bar = math.log(below / (1.0 - below))
        return self.z(text) < bar and all(self.z(part) < bar for part in parts(text))


def parts(text: str) -> list[str]:
    """A message's sentences, when it has several (none for one)."""
    pieces = [piece for piece in _PART.split(text) if piece.strip()]
    return pieces if len(pieces) > 1 else []


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_weights(path: Path = WEIGHTS) -> dict[str, float]:
    """The shipped weights: `feature<TAB>weight` lines after `#` comment lines."""
    weights = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, _, w = line.rstrip("\n").rpartition("\t")
            weights[name] = float(w)
    return weights


@lru_cache(maxsize=1)
def gate() -> Gate:
    """The shipped gate, read once."""
    return Gate.from_weights(read_weights())


def p_event(text: str) -> float:
    """How likely the message logs the sender's own events now (the shipped gate)."""
    return gate().p_event(text)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def held(text: str) -> bool:
    """Whether a message's events are to be asked about rather than logged; kept by text, as
    the parser's other readings are (a runner sends the same words again)."""
    return gate().doubts(text, HOLD_BELOW)
