"""Search over every SR28 description, for the food phrases the everyday layer does not know.

A row answers a phrase only when both hold:
- every word of the phrase is in the row ("glazed doughnut" -> "Doughnuts, yeast-leavened,
  glazed, ..."), after UK, US and brand words are translated (`engine.food_names.translate`);
- every word of the row's *name* is in the phrase. The name is the first part of the
  description ("Kohlrabi" in "Kohlrabi, raw"), or the part after a class word or a brand
  ("cheddar" in "Cheese, cheddar", "french fries" in "McDONALD'S, french fries").

The second rule is what keeps unknown things unknown: "dog" is in "Corn dogs, frozen" but does
not name it, "breast" names no row on its own, and a word that is in no description at all
("zorblax", "10k") rules the phrase out. Among the rows left, the one with the fewest words the
phrase did not ask for wins (the plain form: "Kohlrabi, raw"), with brand, baby-food and
dry-mix rows last unless the phrase names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations
from typing import Final

from engine.food_names import (
    CLASS_WORDS,
    STOP_WORDS,
    WORDS,
    normalize_name,
    stem_word,
    translate,
)
from engine.spelling import english_words


def _stem_set(text: str) -> frozenset[str]:
    """Return the stems of the words of a long literal."""
    return frozenset(map(stem_word, text.split()))


#: First parts that only say what kind of row follows; the name is the next part. Heads like
#: "Beans" or "Peppers" stay in the name: what follows them ("black", "red") names nothing.
_CLASS_HEADS: Final = frozenset(
    {
        "beverages", "cereals ready to eat", "babyfood", "snacks", "candies", "fast foods",
        "fast food", "restaurant", "alcoholic beverage", "spices", "infant formula",
        "usda commodity", "nuts", "seeds", "fish", "mollusks", "crustaceans", "cheese",
        "game meat", "chinese", "italian", "mexican", "latino", "family style", "pizza chain",
        "school lunch", "side dishes", "vegetarian", "frozen novelties", "beverage",
        "beverages carbonated", "carbonated",
    }
)  # fmt: skip
#: Words of a row that describe processing rather than the food; they cost a little less
#: when the phrase does not ask for them.
_STATE_WORDS: Final = _stem_set(
    """raw cooked roasted boiled baked broiled fried steamed braised stewed drained
    solids liquids prepared heated microwaved salt without with regular commercially
    enriched unenriched meat only skin all varieties grades trimmed separable lean fat
    fresh ready serve frozen canned"""
)
#: Row words that make it a poor answer for a plain phrase (a mix, a powder, an ingredient).
_AWKWARD_WORDS: Final = _stem_set(
    """unprepared dry mix powder concentrate dehydrated uncooked unheated infant
    formula industrial commodity school toddler imitation substitute flour"""
)
#: Words that cannot name a food on their own: "Cheese, white" is named by "cheese" too.
_ADJECTIVES: Final = _stem_set(
    """white red blue green yellow black brown pink orange golden dark light sweet
    sour hot cold plain regular mixed whole reduced fat lowfat nonfat low free fluid lean
    original classic large small medium mini jumbo extra thick thin style diet zero lite"""
)
_CLASS_WORDS: Final = frozenset(map(stem_word, CLASS_WORDS))
_WEIGHTS: Final = {"": 1.0, "^": 0.5, "~": 0.3}
_BABY_WORDS: Final = frozenset({"baby", "babyfood", "infant", "toddler"})
_DIGITS: Final = re.compile(r"\d")
_SEGMENTS: Final = re.compile(r"[,;]")
_NAME_END: Final = re.compile(r"\b(?:with|in|on|without)\b.*$")
#: A run of capitalised words opening a part, then a word in lower case: "YORK Peppermint".
_BRAND_RUN: Final = re.compile(r"\s*((?:[A-Z][A-Z'&.!-]+\s+)+)(?=[A-Z]?[a-z])")
#: What a row with a brand in capitals costs a phrase that does not name the brand.
_BRAND_PENALTY: Final = 3.0
#: Scores of description matches: below every everyday match, higher for closer rows.
BEST_SCORE: Final = 85.0
LOWEST_SCORE: Final = 60.0


def content_words(text: str) -> list[str]:
    """Stemmed content words of a text: no numbers, no stop words."""
    return [
        stem_word(w)
        for w in normalize_name(text).split()
        if w not in STOP_WORDS and not _DIGITS.search(w)
    ]


def _is_brand(segment: str) -> bool:
    """A brand is written in capitals ("KELLOGG'S", "McDONALD'S")."""
    letters = [c for c in segment if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def makers(descriptions: Iterable[str]) -> frozenset[str]:
    """The words of makers: a part that is a brand alone with more parts after it ("KELLOGG'S,
    EGGO, ...", "Cereals ready-to-eat, POST, ...")."""
    return frozenset(
        word
        for description in descriptions
        for segment in _SEGMENTS.split(description)[:-1]
        if _is_brand(segment) and not _BRAND_RUN.match(segment)
        for word in content_words(segment)
    )


def _product_brand(
    segment: str, index: int, before: frozenset[str], maker_words: frozenset[str]
) -> frozenset[str]:
    """The product brand that opens a later part ("STARBURST" in "STARBURST Fruit Chews").

    SR28 writes a product's brand in capitals before its generic words ("Candies, NESTLE,
    BUTTERFINGER Bar", "Candies, TWIZZLERS Strawberry Twists"): runners name it by the brand
    alone. Not in a first part ("CAMPBELL'S Red and White, ...", a maker's line), nor when a
    run is a maker's (`makers`: "KELLOGG, KELLOGG'S Corn Flakes"), which names no
    one product, nor a run of one English word ("TOTAL Raisin Bran", "MURRAY, JACKS Vanilla
    Wafers"), which runners write for other things ("jack and I ran 5k").
    """
    run = _BRAND_RUN.match(segment)
    if index == 0 or run is None:
        return frozenset()
    text = normalize_name(run.group(1))
    words = frozenset(content_words(text))
    if words & before or words <= maker_words or text in english_words():
        return frozenset()
    return words


def _name(segments: Sequence[str], maker_words: frozenset[str]) -> frozenset[str]:
    """The words that name a row: its first part, after class words and one brand.

    A part made only of adjectives ("Cheese, white", "Beans, black") keeps the part before it
    in the name: "white" alone names nothing. A part that opens with a product brand in
    capitals is named by the brand (`_product_brand`).
    """
    words: set[str] = set()
    brands = 0
    for index, segment in enumerate(segments):
        head = normalize_name(segment)
        part = content_words(_NAME_END.sub("", head)) or content_words(head)
        last = index == len(segments) - 1
        skip = head in _CLASS_HEADS or (_is_brand(segment) and brands == 0 and index < 2)
        brands += _is_brand(segment)
        if skip and not last:
            words = set(part)
            continue
        if words and set(part) <= _ADJECTIVES:
            return frozenset(words | set(part))
        brand = _product_brand(segment, index, frozenset(words), maker_words)
        return brand or frozenset(part)
    return frozenset(words)


def index_line(
    ndb_no: str, description: str, food_group: str, maker_words: frozenset[str] = frozenset()
) -> str:
    """Prepare one SR28 row for searching, as a line of `engine/data/usda_search.tsv`.

    Columns: ndb_no, name words, row words (a trailing "~" marks a processing or late word
    that costs 0.3 when the phrase lacks it, "^" an adjective that costs 0.5), penalty, and
    "b" for baby food. scripts/build_food_table.py writes the file, so loading stays cheap;
    `maker_words` are those of `makers` over every row.
    """
    segments = [s for s in _SEGMENTS.split(description) if s.strip()]
    weights: dict[str, str] = {}
    for position, segment in enumerate(segments):
        for word in content_words(segment):
            mark = "~" if word in _STATE_WORDS or position >= 3 else ""
            mark = mark or ("^" if word in _ADJECTIVES else "")
            weights[word] = min(weights.get(word, mark), mark, key=_WEIGHTS.__getitem__)
    penalty = 2.0 * len(weights.keys() & _AWKWARD_WORDS)
    penalty += _BRAND_PENALTY if any(_is_brand(s) for s in segments) else 0.0
    penalty += 2.0 if food_group in {"Fast Foods", "Restaurant Foods"} else 0.0
    penalty += len(description) / 200
    words = " ".join(word + mark for word, mark in weights.items())
    baby = "b" if food_group == "Baby Foods" else ""
    name = " ".join(sorted(_name(segments, maker_words)))
    return f"{ndb_no}\t{name}\t{words}\t{penalty:.3f}\t{baby}"


def _read_line(line: str) -> tuple[str, tuple[str, ...], dict[str, float], float, bool]:
    """Read one line written by `index_line`: ndb_no, name words, word weights, penalty, baby."""
    ndb_no, name, words, penalty, baby = line.rstrip("\n").split("\t")
    weights = {
        word.rstrip("~^"): _WEIGHTS[word[-1] if word[-1] in "~^" else ""] for word in words.split()
    }
    return ndb_no, tuple(name.split()), weights, float(penalty), baby == "b"


class DescriptionSearch:
    """SR28 rows indexed by word, answering the phrases the everyday layer does not know.

    The rows are kept as columns of plain values (tuples of strings and numbers, dicts of
    numbers), which the garbage collector stops tracking: ~9,000 rows of named tuples and
    frozensets were ~27,000 objects every full collection walked for the life of the process.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        rows = [_read_line(line) for line in lines if line.strip()]
        self._ndb_no = [row[0] for row in rows]
        self._name = [row[1] for row in rows]
        self._weights = [row[2] for row in rows]
        #: The sum of each row's word weights.
        self._total = [sum(row[2].values()) for row in rows]
        self._penalty = [row[3] for row in rows]
        self._baby = [row[4] for row in rows]
        postings: dict[str, list[int]] = {}
        for index, weights in enumerate(self._weights):
            for word in weights:
                postings.setdefault(word, []).append(index)
        self._postings = {word: tuple(indices) for word, indices in postings.items()}
        named: dict[str, list[int]] = {}
        for index, name in enumerate(self._name):
            if name:
                named.setdefault(" ".join(name), []).append(index)
        #: The rows by their name words (sorted, one string): a phrase of a few words is
        #: answered by the rows its words can name, never by reading every row holding a
        #: common word ("chicken" is in ~700 rows, few of which "chicken" names).
        self._named = {name: tuple(indices) for name, indices in named.items()}
        self._longest_name = max((len(name) for name in self._name), default=0)
        #: Row positions by ndb number, built on the first `variant` asked.
        self._row_of: dict[str, int] | None = None

    def knows(self, stem: str, word: str) -> bool:
        """Whether a word (with its stem) is in some description, as itself or translated."""
        if stem in self._postings:
            return True
        other = WORDS.get(word) or ""
        return bool(other) and all(stem_word(w) in self._postings for w in other.split())

    def find(self, query: str) -> tuple[str, float] | None:
        """Return (ndb_no, score) of the row a normalized phrase names, or None."""
        best: tuple[float, str] | None = None
        for variant in {query, translate(query)}:
            found = self._best(variant)
            if found is not None and (best is None or found < best):
                best = found
        if best is None:
            return None
        cost, ndb_no = best
        return ndb_no, max(LOWEST_SCORE, BEST_SCORE - 2.0 * cost)

    def _best(self, query: str) -> tuple[float, str] | None:
        """Return (cost, ndb_no) of the cheapest eligible row for one wording of a phrase."""
        wanted = set(content_words(query))
        if wanted <= _CLASS_WORDS or not self._postings.keys() >= wanted:  # each word in C
            return None
        baby = bool(wanted & _BABY_WORDS)
        lists = sorted((self._postings[w] for w in wanted), key=len)
        candidates: Iterable[int]
        if len(lists[0]) > 1 << len(wanted):  # fewer names to look up than rows to read
            candidates = [
                index
                for index in self._named_within(wanted)
                if self._weights[index].keys() >= wanted
            ]
        else:
            candidates = set(lists[0]).intersection(*lists[1:])
        best: tuple[float, str] | None = None
        for index in candidates:
            name = self._name[index]
            if not name or not wanted.issuperset(name) or (self._baby[index] and not baby):
                continue
            # every wanted word is in the row: what it did not ask for is the rest
            weights = self._weights[index]
            extra = self._total[index] - sum(weights[word] for word in wanted)
            cost = extra + self._penalty[index]
            if best is None or (cost, self._ndb_no[index]) < best:
                best = (cost, self._ndb_no[index])
        return best

    def variant(self, ndb_no: str, marks: Sequence[str]) -> str | None:
        """Return the row that is `ndb_no`'s food made as `marks` say ("gluten free"), or None.

        Among the rows holding every mark, the one sharing the most other words with the row
        (two at least: "Bread, white, ..." and "Bread, gluten-free, white, ..."), a maker's
        row after a generic one (SR28 repeats UDI'S figures as "Bread, gluten-free, ..."), the
        plainest first. SR28 files such variants beside their food, not under the food's own name.
        """
        if self._row_of is None:
            self._row_of = {ndb: index for index, ndb in enumerate(self._ndb_no)}
        index = self._row_of.get(ndb_no)
        stems = [stem_word(mark) for mark in marks]
        if index is None or not all(stem in self._postings for stem in stems):
            return None
        words = self._weights[index].keys() - set(stems)
        best: tuple[bool, int, float, str] | None = None
        holding = set(self._postings[stems[0]]).intersection(
            *(self._postings[stem] for stem in stems[1:])
        )
        for other in holding:
            weights = self._weights[other]
            shared = len(words & weights.keys())
            extra = self._total[other] - sum(weights[w] for w in words & weights.keys())
            branded = self._penalty[other] >= _BRAND_PENALTY
            key = (branded, -shared, extra + self._penalty[other], self._ndb_no[other])
            if shared >= 2 and (best is None or key < best):
                best = key
        return None if best is None else best[3]

    def _named_within(self, wanted: set[str]) -> Iterator[int]:
        """The rows whose every name word is wanted: those named by some of the words."""
        words = sorted(wanted)
        for size in range(1, min(len(words), self._longest_name) + 1):
            for some in combinations(words, size):
                yield from self._named.get(" ".join(some), ())

    def near(self, query: str, limit: int) -> list[str]:
        """Return ndb numbers of rows sharing the most words with a phrase (for suggestions)."""
        wanted = [w for w in set(content_words(translate(query))) if w in self._postings]
        if not wanted or limit <= 0:
            return []
        counts: dict[int, int] = {}
        for word in wanted:
            postings = self._postings[word]
            if len(postings) > 400:  # "chicken" alone: too common to suggest from
                continue
            for index in postings:
                counts[index] = counts.get(index, 0) + 1
        asked = set(wanted)
        ranked = sorted(
            (i for i in counts if not self._baby[i] and not asked.isdisjoint(self._name[i])),
            key=lambda i: (-counts[i], self._penalty[i]),
        )
        return [self._ndb_no[i] for i in ranked[:limit]]
