"""Questions runners ask a fuelling coach: find the intent, answer from the runner's numbers.

Matching is local and deterministic (no model, no network): a question is normalised to word
stems, misspelt words are mapped onto the intents' vocabulary with rapidfuzz, and an intent
matches when each of its keyword groups is present and none of its `unless` words; the most
specific intent wins (most groups, or a named topic's declared weight), its example phrasings
breaking ties. Only when no intent matches that way does a fuzzy comparison with the example
phrasings get a say, with a high cut-off.

The coach asks only about messages that logged nothing (or only words the parser could not
resolve as food), so a log is never taken for a question. The intents are data in
`engine/intents.py`, their answers in `engine/replies.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from engine.events import Event, MealLogged
from engine.intents import INTENTS, ButtonKind, Intent, stem
from engine.replies import Facts

#: A misspelt word maps onto the vocabulary at this rapidfuzz ratio or above ("protien").
TYPO_CUTOFF = 84.0
#: A message no keyword group covers still matches an example phrasing this close.
FUZZY_CUTOFF = 86.0
#: Longest question read; a runner's question is a sentence or two.
MAX_QUESTION_CHARS = 300

_CONTRACTIONS = {
    "what's": "what is", "whats": "what is", "how's": "how is", "hows": "how is",
    "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "don't": "do not",
    "dont": "do not", "doesn't": "does not", "can't": "can not", "cant": "can not",
    "isn't": "is not", "where's": "where is", "it's": "it is", "i'd": "i would",
    "should've": "should have", "didn't": "did not",
}  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Answer:
    """What the coach says to a question: plain text, where it comes from, and one button.

    `standing` answers are followed by the day's standing (the same block as /today).
    """

    intent: str
    text: str
    basis: str
    button: ButtonKind | None
    standing: bool


def _words(text: str) -> list[str]:
    words: list[str] = []
    for raw in _WORD.findall(text.lower().replace("’", "'")):
        words += _CONTRACTIONS.get(raw, raw.replace("'", "")).split()
    return words


@cache
def _vocabulary() -> tuple[str, ...]:
    groups = [g for intent in INTENTS for g in (*intent.needs, intent.unless)]
    return tuple(sorted({w for group in groups for phrase in group for w in phrase.split()
                         if len(w) >= 4}))


def _normal(text: str) -> str:
    """Stemmed words, misspellings mapped onto the vocabulary, space-padded for phrase search."""
    vocab = _vocabulary()
    known = frozenset(vocab)
    out = []
    for word in map(stem, _words(text[:MAX_QUESTION_CHARS])):
        best = None
        if len(word) >= 5 and word not in known and not word.isdigit():
            best = process.extractOne(word, vocab, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        out.append(word if best is None else best[0])
    return f" {' '.join(out)} "


def _has(group: frozenset[str], normal: str) -> bool:
    return any(f" {phrase} " in normal for phrase in group)


def _hits(intent: Intent, normal: str) -> bool:
    return (all(_has(group, normal) for group in intent.needs)
            and not _has(intent.unless, normal))


@cache
def _examples(key: str) -> tuple[str, ...]:
    intent = next(i for i in INTENTS if i.key == key)
    return tuple(_normal(e).strip() for e in intent.examples)


def _likeness(intent: Intent, normal: str) -> float:
    return max(fuzz.token_set_ratio(normal, example) for example in _examples(intent.key))


def match(text: str) -> Intent | None:
    """The intent a question asks about, or None when it is none of ours."""
    normal = _normal(text)
    if not normal.strip():
        return None
    hits = [i for i in INTENTS if _hits(i, normal)]
    if hits:
        most = max(i.specificity for i in hits)
        specific = [i for i in hits if i.specificity == most]
        return max(specific, key=lambda i: _likeness(i, normal))
    scores = [(fuzz.token_sort_ratio(normal, e), i) for i in INTENTS for e in _examples(i.key)]
    score, best = max(scores, key=lambda s: s[0])
    return best if score >= FUZZY_CUTOFF else None


def answer(intent: Intent, facts: Facts) -> Answer:
    """The intent's answer for this runner (numbers from their day balance and profile)."""
    return Answer(intent=intent.key, text=intent.reply(facts), basis=intent.basis,
                  button=intent.button, standing=intent.standing)


def answer_question(text: str, facts: Facts) -> Answer | None:
    """`match` then `answer`; None when the text asks nothing we answer."""
    intent = match(text)
    return None if intent is None else answer(intent, facts)


_EATING = frozenset({"ate", "had", "eaten", "drank", "drunk", "snacked", "grabbed", "finished"})


def states_eating(text: str) -> bool:
    """Whether the text reports eating ("ate 2 zorblax bars", "i had a flurb") rather than
    asking: an unknown food named so is a meal to ask about, not a question about the day."""
    words = text.lower().replace("?", " ? ").split()[:3]
    return "?" not in text and bool(_EATING.intersection(words))


def nothing_recognised(events: Sequence[Event]) -> bool:
    """Whether a parse found nothing, or only meals of unknown items: what a question looks
    like when the parser takes its words for food ("calories so far today")."""
    return all(isinstance(e, MealLogged) and all(i.kcal is None for i in e.items)
               for e in events)


_CLAUSE_END = re.compile(r"[,.;!]")
_ASKING = re.compile(r"(?:how|what|whats|why|when|where|which|did|do|does|should|can|could"
                     r"|is|am|are|will|would|any)\b")


def split_question(text: str) -> tuple[str, str] | None:
    """'had a shake, did I hit my protein?' -> ('had a shake', 'did I hit my protein?').

    A message that ends in a question after a comma or full stop: the part before may be a
    log the parser skipped along with the question. None when there is no such tail.
    """
    cut = None
    for m in _CLAUSE_END.finditer(text):
        cut = m
    if cut is None:
        return None
    head, tail = text[:cut.start()].strip(), text[cut.end():].strip()
    if not head or not tail or not (tail.endswith("?") or _ASKING.match(tail.lower())):
        return None
    return head, tail
