"""Misspelt words in food and unit names ("egs", "tost", "slics", "peenut buter", "porige"):
a word that is in no vocabulary the parser knows, and that is no common English word, is read
as the vocabulary word within a small typing budget.

The budget is what typists do: a letter dropped or doubled ("tost", "buttr", "bannana"), two
letters swapped ("mlik", "wiht", "slcies"), from five letters on one changed for a vowel or a
key next to it ("peenut", "cheeze"; "latke" is no latte), and from six letters on two dropped
("porige"). Three-letter words may only have lost a doubled letter ("egs"). The first letter
is never wrong (typists rarely miss it, and that alone refuses most look-alikes).

What keeps chat words from turning into foods ("weather" into Werther's, "shape" into a shake):
- a common English word is never corrected (engine/data/english_words.txt, the words an English
  frequency list has seen more than its floor; scripts/build_english_words.py);
- a word the caller knows (training and chat words, SR28's own words) is never corrected;
- between two answers equally near, a word that names a food alone wins ("aple": apple), and a
  tie left between two different words is no answer: the runner is asked instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from typing import Final

from rapidfuzz.distance import OSA, Indel

#: Words shorter than this are never corrected ("pb", "oj" and "ok" are too short to tell).
MIN_LENGTH: Final = 3
#: Corrections kept per speller: runners make the same typos day after day.
_CACHE_SIZE: Final = 4096


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The common English words (lower case, three letters or more) no spelling fix touches."""
    text = (resources.files("engine") / "data" / "english_words.txt").read_text("utf-8")
    return frozenset(text.split())


def _doubled(word: str, target: str) -> bool:
    """Whether `target` is `word` with one of its letters doubled ("egs" -> "eggs")."""
    return len(target) == len(word) + 1 and any(
        target == word[: i + 1] + word[i:] for i in range(len(word))
    )


def within_budget(word: str, target: str) -> bool:
    """Whether `target` is a typo away from `word` (see the module docstring)."""
    if word[:1] != target[:1] or word == target:
        return False
    if len(word) == MIN_LENGTH:
        return _doubled(word, target)
    indel = Indel.distance(word, target, score_cutoff=2)
    if indel <= 1:
        return True
    if OSA.distance(word, target, score_cutoff=1) <= 1:  # two swapped ("mlik", "slcies"), or
        return _slip(word, target) if len(word) >= 5 else indel == 2 and _swapped(word, target)
    return len(word) >= 6 and indel == 2 and len(target) == len(word) + 2  # "porige": 2 dropped


#: Each letter's neighbours on a QWERTY keyboard: a changed letter is a typo when the key hit
#: is next to the one meant ("cheeze"), or a vowel for a vowel ("peenut", "avacado"); any other
#: change is more likely another word ("latke" is no latte).
_ROWS: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR: Final = {
    key: {
        other
        for r, row in enumerate(_ROWS)
        for c, other in enumerate(row)
        for rr, rrow in enumerate(_ROWS)
        if key in rrow and abs(r - rr) <= 1 and abs(c - rrow.index(key)) <= 1 and other != key
    }
    for key in "".join(_ROWS)
}
_VOWELS: Final = frozenset("aeiouy")


def _swapped(word: str, target: str) -> bool:
    """Whether `target` is `word` with two neighbouring letters swapped ("wiht" -> "with")."""
    changed = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
    return len(changed) == 2 and changed[1] == changed[0] + 1


def _slip(word: str, target: str) -> bool:
    """Whether one letter changed, or two swapped, is a slip of the hand or of the ear."""
    if len(word) != len(target):
        return True  # a letter dropped or added and another swapped: counted by Indel
    changed = [(a, b) for a, b in zip(word, target, strict=True) if a != b]
    if len(changed) != 1:
        return True  # two neighbours swapped ("slcies")
    ((typed, meant),) = changed
    return (typed in _VOWELS and meant in _VOWELS) or typed in _NEAR.get(meant, ())


class Speller:
    """Corrects words to a vocabulary (`targets`), leaving alone the words it or the caller
    knows (`known`) and common English words; `alone` names foods by themselves, preferred
    in a tie ("aple": apple, not "apples" or a word of a longer name)."""

    def __init__(
        self, targets: Iterable[str], known: Iterable[str] = (), alone: Iterable[str] = ()
    ) -> None:
        words = {w for w in targets if len(w) >= MIN_LENGTH + 1 and w.isalpha()}
        self._known = frozenset(known) | words
        self._alone = frozenset(alone)
        self._by_start: dict[tuple[str, int], tuple[str, ...]] = {}
        grouped: dict[tuple[str, int], list[str]] = {}
        for word in sorted(words):
            grouped.setdefault((word[0], len(word)), []).append(word)
        self._by_start = {key: tuple(group) for key, group in grouped.items()}
        self._cache: dict[str, str | None] = {}

    def correct(self, word: str) -> str | None:
        """The vocabulary word a misspelt word means, else None (known, English, no answer,
        or two answers equally near)."""
        if word in self._cache:
            return self._cache[word]
        found = self._correct(word)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[word] = found
        return found

    def _correct(self, word: str) -> str | None:
        if (
            len(word) < MIN_LENGTH
            or not word.isalpha()
            or word in self._known
            or word in english_words()
        ):
            return None
        ranked: list[tuple[int, int, int, str]] = []
        for length in range(len(word) - 2, len(word) + 3):
            for target in self._by_start.get((word[0], length), ()):
                if within_budget(word, target):
                    ranked.append((
                        OSA.distance(word, target), target not in self._alone,
                        Indel.distance(word, target), target,
                    ))  # fmt: skip
        if not ranked:
            return None
        ranked.sort()
        best = ranked[0]
        if len(ranked) > 1 and ranked[1][:3] == best[:3] and not _same_word(ranked[1][3], best[3]):
            return None  # "bred": bread or breed, no way to tell
        return best[3]

    def respell(self, phrase: str, keep: Callable[[str], bool] | None = None) -> str:
        """The phrase with each misspelt word corrected (the same string when none is);
        `keep` names more words to leave as they are."""
        words = phrase.split()
        fixed = [_kept(self.correct(w), w, keep) or w for w in words]
        return phrase if fixed == words else " ".join(fixed)


def _same_word(one: str, other: str) -> bool:
    """Whether two answers are one word in two forms ("slice", "slices"; "yogurt", "yogurts")."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and len(long) - len(short) <= 2


def _kept(fixed: str | None, word: str, keep: Callable[[str], bool] | None) -> str | None:
    """A correction, unless the caller keeps the word as it is (asked only when there is one)."""
    return None if fixed is None or (keep is not None and keep(word)) else fixed
