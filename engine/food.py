"""The food table: everyday names over USDA SR28 rows, and the lookup the meal parser calls.

Two layers, both shipped as package data in `engine/data` (built by scripts/build_food_table.py):
- `everyday_foods.csv`: hand-curated names runners type ("porridge", "pb", "courgette") mapped to
  the USDA row a person means (cooked rice, not raw) with a usual portion and unit weights.
- `usda_foods.csv`: every kept SR28 row (per 100 g) with household measures already normalized
  to grams per ONE unit, used by the everyday layer and as a cautious last-resort search.

Lookups run tens of thousands of times a second, so `FoodTable.match` answers exact names and
plurals with dict lookups; fuzzy matching (typos) runs only on a miss, over a choice list built
once at load and bucketed by first letter, because typists rarely get the first letter wrong and
that rule alone refuses most look-alike English words ("nice" is not "rice").
"""

from __future__ import annotations

import csv
import io
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from importlib import resources
from types import MappingProxyType
from typing import Final, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel

from engine.food_model import Food, FoodMatch, user_food
from engine.food_names import (
    ACTIVITY_WORDS,
    ADDING_WORDS,
    CLASS_WORDS,
    CONTAINER_WORDS,
    CONTEXT_WORDS,
    EVERYDAY_SPELLINGS,
    FARMING_PAIRS,
    FLAVOUR_PAIRS,
    FLAVOURS,
    FOOD_MEDIA,
    FOOD_MODIFIERS,
    FRUIT_FLAVOURS,
    KIND_NAMES,
    NEUTRAL_WORDS,
    NO_SR28_ROW,
    NOT_FOOD,
    ON_BREAD,
    PLACE_WORDS,
    PORTION_MULTIPLIERS,
    SANDWICH_WORDS,
    STATE_WORDS,
    STOP_WORDS,
    WORDS,
    drop_shop_names,
    normalize_name,
    stem_phrase,
    stem_word,
)
from engine.food_search import DescriptionSearch
from engine.food_units import (
    KITCHEN_ML,
    normalize_unit,
)
from engine.spelling import Speller, english_words

__all__ = ["RECENT_MATCHES", "Food", "FoodMatch", "FoodTable", "user_food"]

_MIN_FUZZY_LEN: Final = 4
#: The longest one-word name `_fuzzy_unstemmed` reads (longer stems are never that short).
_MAX_UNSTEMMED_LEN: Final = 7
_EXACT_SCORE: Final = 100.0
#: Slow-path matches kept (a phrase and its result: about 200 bytes each).
RECENT_MATCHES: Final = 20_000
_NEUTRAL_SCORE: Final = 92.0
#: Words that only point at a food ("the shop banana", "my usual"): dropped with modifiers.
_ARTICLES: Final = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "some"})
#: The words that ask for a food's gluten-free row (FARMING_PAIRS joins "gluten free").
_GLUTEN_FREE: Final = frozenset({"glutenfree", "gf"})
#: A name this short left alone ("pb", "kd", "oj") names a food only as said, never once a
#: word before it is dropped: "massive pb" is a personal best.
_MAX_ABBREVIATION: Final = 2
#: Words that join two foods: a flavour in front of them belongs to the first one only.
_JOINS: Final = frozenset({"and", "with", "n", "on", "plus"})
#: A known food found under a modifier ("servo pie", "vanilla chobani"): sure of the food.
_MODIFIED_SCORE: Final = 90.0
#: A food found once a misspelt word was corrected ("2 egs", "tost"): a guess, told as one.
_RESPELLED_SCORE: Final = 80.0
_SUGGEST_CUTOFF: Final = 68.0
#: A sandwich filling without a "filling" weight of its own: its usual portion, at most this.
_MAX_FILLING_G: Final = 80.0
_OMELETTE_WORDS: Final = frozenset({"omelette", "omelet", "omelettes", "omelets"})
_OMELETTE_FILLING_G: Final = 30.0  # grams of each filling in an omelette (block g's ham, cheese)
#: Two fillings share the sandwich: each is three quarters of what it is alone.
_SHARED_FILLING: Final = 0.75
_FILLING_JOIN: Final = frozenset({"and", "with", "n"})
#: What crisps come in: "a bag of <flavour>" is crisps when "<flavour> crisps" is a name.
_FLAVOUR_CONTAINERS: Final = frozenset({"bag", "packet", "pack"})
#: A fraction after a food ("grilled cheese quarters", "orange halves"): that share of one.
_FRACTIONS: Final = {
    "half": (0.5, "half"), "halves": (0.5, "half"),
    "quarter": (0.25, "quarter"), "quarters": (0.25, "quarter"),
}  # fmt: skip
#: A container of a food whose usual portion is under this (a pinch, a spoon) is unknown.
_MIN_CONTAINED_G: Final = 10.0
_SLICED: Final = frozenset({"bread", "toast"})
#: The longest name read around its container, place or bread ("tuna cucumber and sweetcorn
#: sandwich on brown"); longer ones would recurse once per word.
_MAX_SANDWICH_WORDS: Final = 12
#: The longest phrase the matcher reads as one food (USDA's longest descriptions have ~20 words).
_MAX_NAME_WORDS: Final = 24


def _parse_units(text: str) -> dict[str, float]:
    """Parse "cup=244;fl oz=30.5" into a dict."""
    units: dict[str, float] = {}
    for item in text.split(";"):
        unit, sep, grams = item.partition("=")
        if sep:
            units[unit.strip()] = float(grams)
    return units


def _density(units: Mapping[str, float]) -> float:
    """Return grams per ml from the first volume measure (fl oz is the most liquid-like), else 1."""
    for unit in ("fl oz", "tbsp", "tsp", "cup"):
        if unit in units:
            return round(units[unit] / KITCHEN_ML[unit], 3)
    return 1.0


def _read_csv(filename: str) -> Iterator[list[str]]:
    """Read one CSV shipped in engine/data (never anything outside the package)."""
    text = (resources.files("engine") / "data" / filename).read_text(encoding="utf-8")
    return csv.reader(io.StringIO(text))


class _UsdaRow(NamedTuple):
    """A USDA row kept as text until a Food is needed, so loading stays cheap."""

    ndb_no: str
    description: str
    food_group: str
    kcal: str
    protein_g: str
    carbs_g: str
    fat_g: str
    units: str


def _read_usda() -> list[_UsdaRow]:
    """Read usda_foods.csv, refusing a file whose columns are not the expected ones."""
    rows = _read_csv("usda_foods.csv")
    if next(rows) != list(_UsdaRow._fields):
        raise ValueError("engine/data/usda_foods.csv has unexpected columns; rebuild it")
    return [_UsdaRow._make(row) for row in rows]


def _read_everyday() -> list[dict[str, str]]:
    """Read everyday_foods.csv as dicts keyed by its header."""
    rows = _read_csv("everyday_foods.csv")
    header = next(rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


#: Where a USDA row's food group sits in the tuples the table keeps (see _UsdaRow).
_GROUP_COLUMN = _UsdaRow._fields.index("food_group")


class FoodTable:
    """Everyday names and USDA rows, with exact, plural, fuzzy and description lookups."""

    def __init__(self, everyday: Iterable[tuple[Food, Iterable[str]]], usda: Iterable[_UsdaRow]):
        #: Plain tuples, which the garbage collector stops tracking (a named tuple it walks on
        #: every full collection): made a _UsdaRow again when one is read.
        self._usda: dict[str, tuple[str, ...]] = {row.ndb_no: tuple(row) for row in usda}
        self._everyday: dict[str, Food] = {}
        self._exact: dict[str, Food] = {}
        self._stems: dict[str, Food] = {}
        for food, synonyms in everyday:
            self._everyday[food.key] = food
            for name in filter(None, map(normalize_name, (food.key, *synonyms))):
                self._exact.setdefault(name, food)
                self._stems.setdefault(stem_phrase(name), food)
        #: (first letter, length) -> stems within the typo budget of that length: an edit
        #: distance is at least the difference in length, so nothing else can match.
        self._fuzzy: dict[tuple[str, int], list[str]] = {}
        #: First letter -> the stems and the names that start with it, in table order: a typo's
        #: look-alikes are read from its letter's few hundred, not from every name.
        self._stems_by_letter = _by_first_letter(self._stems)
        self._names_by_letter = _by_first_letter(self._exact)
        #: The names by length (table order within a length) with their lengths, and each
        #: name's place in the table: the names a phrase's ratio can reach are one slice.
        self._by_length = sorted(self._exact, key=len)
        self._lengths = [len(name) for name in self._by_length]
        self._table_place = {name: at for at, name in enumerate(self._exact)}
        words: dict[str, list[str]] = {}
        for name in self._exact:
            for word in {stem_word(w) for w in name.split()}:
                words.setdefault(word, []).append(name)
        #: Stemmed word -> the names that hold it (their food is `_exact[name]`).
        self._words = {word: tuple(names) for word, names in words.items()}
        #: A cooked row -> the same food weighed before cooking, from the everyday names that
        #: begin with a state word ("dry pasta", "uncooked rice", "raw chicken breast"): the
        #: row the rest of that name means maps to it, so "dry penne", "basmati 70g dry" and
        #: "salmon (raw)" find the raw or dry row through the food their other words name.
        self._before_cooking: dict[str, Food] = {}
        for name, food in self._exact.items():
            state, _, rest = name.partition(" ")
            cooked = self._exact.get(rest) if state in STATE_WORDS else None
            if (cooked is not None and cooked.source != food.source and not cooked.parts
                    and not STATE_WORDS.isdisjoint(food.name.lower().split(", "))):
                self._before_cooking.setdefault(cooked.source, food)
        #: Unit words some everyday food weighs itself ("wedge", "slice"): a name ending in
        #: one is that food by that unit ("quesadilla wedges", "pizza slices").
        self._unit_words = frozenset(u for f in self._everyday.values() for u in f.units)
        self._usda_search: DescriptionSearch | None = None
        self._speller: Speller | None = None
        #: Phrases that missed the exact names -> their match: runners name the same foods
        #: day after day, and the slow steps (stems, typos, USDA) cost 5-40 us a phrase.
        self._recent: dict[str, FoodMatch | None] = {}
        #: The same for exact_match, whose misses skip the guessing steps (kept apart: a
        #: phrase exact_match missed may still have an inexact match).
        self._recent_exact: dict[str, FoodMatch | None] = {}

    @classmethod
    def load(cls) -> FoodTable:
        """Load the tables shipped in engine/data; keep the instance, it is immutable."""
        usda = _read_usda()
        by_ndb = {row.ndb_no: row for row in usda}
        rows = _read_everyday()
        plain = {r["key"]: _everyday_food(r, by_ndb) for r in rows if not r["parts"]}
        made = {key: food for key, (food, _) in plain.items()}
        everyday = [plain.get(r["key"]) or _dish(r, made) for r in rows]
        return cls(everyday, usda)

    def __len__(self) -> int:
        """Return the number of everyday foods."""
        return len(self._everyday)

    def everyday_keys(self) -> tuple[str, ...]:
        """Return the everyday names, in table order."""
        return tuple(self._everyday)

    def get(self, key: str) -> Food | None:
        """Return the everyday food with this exact key, if any."""
        return self._everyday.get(key)

    def usda(self, ndb_no: str) -> Food | None:
        """Return the USDA row with this NDB number as a Food (its description is the key)."""
        row = self._usda.get(ndb_no)
        return None if row is None else _usda_food(_UsdaRow._make(row))

    def exact(self, name: str) -> Food | None:
        """The everyday food a cleaned phrase names word for word (or as a plural), else None:
        the cheap test for "is "corn on the cob" one food?"."""
        food = self._exact.get(name)
        if food is None:
            food = self._stems.get(stem_phrase(normalize_name(name)))
        first, _, rest = name.partition(" ")
        if food is None and first in CONTAINER_WORDS and rest:  # "bag salt and vinegar"
            inner = self.exact(rest)
            food = self._contained(first, rest, inner) or inner
            if food is not None and _by_the(first, FoodMatch(food, 0, exact=True),
                                            contained=True) is None:
                food = None  # "bag salt"
        return food

    def _contained(self, container: str, rest: str, inner: Food | None) -> Food | None:
        """The food a container names with what is in it, when that is not simply the inner
        food by its container: a name that holds its container ("bag of chips" is crisps) or
        crisps by their flavour ("a bag of cheese and onion", "a packet of roast chicken")."""
        if inner is not None and inner.grams_for(1.0, container) is not None:
            return None  # "bag crisps", "bar dairy milk": the food knows its container
        named = self._exact.get(f"{container} of {rest}")
        if named is None and normalize_unit(container) in _FLAVOUR_CONTAINERS:
            named = self._exact.get(f"{rest} crisps")
        return named

    def _raw_hit(self, name: str, extra: Mapping[str, Food] | None) -> FoodMatch | None:
        """The food the raw phrase names exactly: a runner's own first, else the table's
        (only when the runner has no foods of their own: theirs go through every step)."""
        if extra:
            hit = extra.get(name)
            return None if hit is None else FoodMatch(hit, _EXACT_SCORE, exact=True)
        food = self._exact.get(name)
        return None if food is None else FoodMatch(food, _EXACT_SCORE, exact=True)

    def match(self, name: str, extra: Mapping[str, Food] | None = None) -> FoodMatch | None:
        """Return the food a cleaned phrase means, or None; never guesses on unrelated words.

        Order: the user's own foods, everyday names and synonyms, their plurals, the name
        without neutral cooking words, typos (fuzzy, same first letter), then USDA descriptions.
        """
        hit = self._raw_hit(name, extra)
        if hit is not None:
            return hit
        if extra:  # the runner's own foods take part: nothing to share with other runners
            return self._match_slow(normalize_name(name), extra)
        if name in self._recent:
            return self._recent[name]
        found = self._match_slow(normalize_name(name), {})
        if len(self._recent) >= RECENT_MATCHES:
            self._recent.clear()
        self._recent[name] = found
        return found

    def exact_match(
        self, name: str, extra: Mapping[str, Food] | None = None
    ) -> FoodMatch | None:
        """An exact answer to "is this phrase one known food?", else None: `match`'s steps up
        to its guessing ones, then a known food under a modifier ("cheeky pint").

        The steps that can only guess (neutral words dropped, USDA descriptions, typos) are
        not taken: most phrases asked this ("toast and a banana", "slice of toast") are no
        food, and those steps were most of their cost. (Since the modifier step, this may be
        exact where `match` gives its guess first: "wheat pasta".)
        """
        hit = self._raw_hit(name, extra)
        if hit is not None:
            return hit
        if extra:
            found = self._match_slow(normalize_name(name), extra, exact_only=True)
        elif name in self._recent_exact:  # never `match`'s: its guess may hide an exact food
            found = self._recent_exact[name]
        else:
            found = self._match_slow(normalize_name(name), {}, exact_only=True)
            if len(self._recent_exact) >= RECENT_MATCHES:
                self._recent_exact.clear()
            self._recent_exact[name] = found
        return found if found is not None and found.exact else None

    def _match_slow(self, query: str, extra: Mapping[str, Food], *,
                    around: bool = True, exact_only: bool = False) -> FoodMatch | None:
        """Run the lookup steps after the raw-string dict hits missed.

        `around=False` skips `_match_around` (a place word swapped to the front keeps the
        phrase's length, so swapping again could go on for ever: "x at at at ...").
        `exact_only` stops before the steps whose answers are never exact (exact_match).
        """
        if not query or query.count(" ") >= _MAX_NAME_WORDS:
            return None  # no food's name is that long; each step below drops a word or more
        mine = {normalize_name(k): f for k, f in extra.items()}
        mine_stems = {stem_phrase(k): f for k, f in mine.items()}
        stem = stem_phrase(query)
        for index, key in ((mine, query), (self._exact, query), (mine_stems, stem)):
            if key in index:
                return FoodMatch(index[key], _EXACT_SCORE, exact=True)
        if stem in self._stems:
            return FoodMatch(self._stems[stem], _EXACT_SCORE, exact=True)
        unbranded = drop_shop_names(query)
        if unbranded != query:  # "nandos chicken breast" is a chicken breast
            found = self._match_slow(unbranded, extra, around=around, exact_only=exact_only)
            if found is not None:
                return found  # else a shop's name may begin the food's ("tim tam biscuits")
        if query in NOT_FOOD or query in NO_SR28_ROW or _names_no_food(query):
            return None
        found = self._match_before_cooking(query, extra) or (
            self._match_around(query, extra) if around else None
        )
        if found is not None and exact_only and not found.exact:
            return self._exact_respelled(query, extra) or found  # "peanut buter and jam sandwich"
        if found is not None:
            return found
        found = self._match_milky(query)
        if found is not None:
            return found
        if exact_only:  # a known food under a modifier is as sure as its name ("cheeky pint")
            found = self._match_modified(query, extra, exact_only=True)
            if found is None or not found.exact:  # "peanut buter and jam sandwich" is one
                found = self._exact_respelled(query, extra)
            return found if found is not None and found.exact else None
        return self._match_guessed(query, stem, mine_stems, extra)

    def _match_guessed(
        self, query: str, stem: str, mine_stems: Mapping[str, Food], extra: Mapping[str, Food]
    ) -> FoodMatch | None:
        """`_match_slow`'s steps that guess: neutral words dropped, SR28 descriptions, a known
        food under a modifier, typos."""
        core = " ".join(w for w in query.split() if w not in NEUTRAL_WORDS)
        if core and core != query:
            core_stem = stem_phrase(core)
            hit = mine_stems.get(core_stem) or self._stems.get(core_stem)
            if hit is not None:
                return FoodMatch(hit, _NEUTRAL_SCORE, exact=False)
            stem = core_stem
        if self._all_words_known(query):  # real words, not typos: "pork pie" is no "pot pie"
            return (self._usda_match(query) or self._match_modified(query, extra)
                    or self._match_respelled(query, extra))  # "cheeze": an SR28 stem (Cheez-It)
        if _all_english(query):  # "cheers" is no cheese, whatever its letters
            return self._match_modified(query, extra) or self._usda_match(query)
        return (
            self._match_modified(query, extra)
            or self._fuzzy_match(stem, mine_stems)
            or self._fuzzy_unstemmed(core or query)
            or self._match_respelled(query, extra)
            or self._usda_match(query)
        )

    def _match_respelled(self, query: str, extra: Mapping[str, Food]) -> FoodMatch | None:
        """The food a phrase names once its misspelt words are corrected ("2 egs on tost",
        "an aple", "porige"; engine.spelling says which words and how far)."""
        fixed = self._respelled(query)
        if fixed == query:
            return None
        hit = self._match_slow(fixed, extra)
        return None if hit is None else FoodMatch(hit.food, min(hit.score, _RESPELLED_SCORE),
                                                  exact=False)

    def _exact_respelled(self, query: str, extra: Mapping[str, Food]) -> FoodMatch | None:
        """The food a phrase of two foods joined names word for word once its misspelt words
        are corrected: the answer to "is this one food, or two?" for "peanut buter and jam
        sandwich" (a lone misspelt name stays a guess: "bananna" is no exact match)."""
        if _JOINS.isdisjoint(query.split()):
            return None
        fixed = self._respelled(query)
        return None if fixed == query else self._match_slow(fixed, extra, exact_only=True)

    def respelt(self, phrase: str) -> str:
        """The phrase with its misspelt food and unit words corrected, else the same string
        (engine.spelling says which words and how far)."""
        return self._respelled(phrase)

    def _respelled(self, query: str) -> str:
        """The phrase with its misspelt words corrected; a word some SR28 description holds as
        written is a real word, never corrected ("kohlrabi"; the search is built only when a
        word would change)."""
        return self._spelling().respell(query, keep=lambda w: self._search().knows(w, w))

    def _spelling(self) -> Speller:
        """The speller over the everyday names' words, built on its first use."""
        if self._speller is None:
            known = (ACTIVITY_WORDS | NOT_FOOD | STOP_WORDS | FOOD_MODIFIERS | CONTEXT_WORDS
                     | NEUTRAL_WORDS | FLAVOURS | CLASS_WORDS | set(WORDS) | set(EVERYDAY_SPELLINGS)
                     | {w for name in NO_SR28_ROW for w in name.split()})
            self._speller = Speller(
                (w for name in self._exact for w in name.split()),
                known,
                alone=(name for name in self._exact if " " not in name),
            )
        return self._speller

    def _gluten_free(self, food: Food) -> Food:
        """SR28's gluten-free row of a food where it has one ("gf toast" is "Bread,
        gluten-free, white, ...", "3 gf oreos" its gluten-free creme sandwich cookies), at that
        row's own portions; else the food itself (SR28 has no gluten-free porridge)."""
        ndb_no = food.source.removeprefix("usda:")
        variant = self._search().variant(ndb_no, ("gluten", "free"))
        if variant is None or variant == ndb_no:
            return food
        row = _usda_food(_UsdaRow._make(self._usda[variant]))
        if food.default_unit is not None and food.default_unit not in row.units:
            # uncounted, the portion the food's name means ("gf crackers": a serving, no cracker)
            units = MappingProxyType({**row.units, food.default_unit: food.default_grams})
            row = replace(
                row, default_grams=food.default_grams, default_unit=food.default_unit, units=units
            )
        # still the food the runner named ("toast": butter on each slice), made gluten-free
        return replace(row, key=food.key)

    def _match_modified(
        self, query: str, extra: Mapping[str, Food], exact_only: bool = False
    ) -> FoodMatch | None:
        """A known food under words the table does not hold as part of a name.

        Tried in turn: the words respelt ("choc chip muffin", "wheat toast", "new pots"); the
        words of place, owner, size, mood and maker dropped ("servo pie" is no pie of its own,
        "vending machine kitkat", "the kids' leftover nuggets"); an adding adjective ("cheesy
        beans" are the beans and 30 g of cheddar); a flavour in front ("vanilla chobani" is
        the vanilla Greek yoghurt the table knows, "white choc muffin" the muffin). What is
        left must be a food the table knows by name, so an unknown word never falls back to
        a look-alike: "zorblax bar" stays unknown.
        """
        if query in NO_SR28_ROW:
            return None  # "jamaican beef patty after the 10k" is no burger patty
        for pair, word in FARMING_PAIRS.items():
            if pair in query:
                query = query.replace(pair, word)
        words = query.split()
        if len(words) < 2:
            return None
        spelled = [EVERYDAY_SPELLINGS.get(w, w) for w in words]
        if spelled != words:
            hit = self._named(" ".join(spelled), extra)
            if hit is not None:
                return hit
            words = spelled
        kept = [w for w in words if w not in FOOD_MODIFIERS and w not in _ARTICLES]
        if kept and len(kept) < len(words) and len(" ".join(kept)) > _MAX_ABBREVIATION:
            # not a bare abbreviation: "massive pb at parkrun" is a personal best
            hit = self._match_slow(" ".join(kept), extra, around=False, exact_only=exact_only)
            if hit is not None:
                food = self._gluten_free(hit.food) if _GLUTEN_FREE & set(words) else hit.food
                return FoodMatch(food, min(hit.score, _MODIFIED_SCORE), hit.exact)
            words = kept
        times = PORTION_MULTIPLIERS.get(words[0])
        if times is not None and len(words) > 1:
            hit = self._named(" ".join(words[1:]), extra)
            if hit is not None:  # "double chicken": two usual portions
                food = replace(hit.food, default_grams=hit.food.default_grams * times)
                return FoodMatch(food, min(hit.score, _MODIFIED_SCORE), hit.exact)
        adding = ADDING_WORDS.get(words[0])
        if adding is not None and len(words) > 1:
            hit = self._named(" ".join(words[1:]), extra)
            if hit is not None and hit.food.key != adding[0]:
                added = self._everyday[adding[0]]
                parts = [(self._everyday[key], grams) for key, grams in hit.food.parts] or [
                    (hit.food, hit.food.default_grams)
                ]  # "cheesy beans on toast": the beans, the toast and the cheese
                food = _compose(query, hit.food.source, [*parts, (added, adding[1])],
                                unit=hit.food.default_unit or "serving")
                return FoodMatch(food, min(hit.score, _MODIFIED_SCORE), hit.exact)
        return (
            self._match_flavoured(words, extra)
            or self._match_before_context(words, extra, exact_only)
            or self._match_kind_after(words, extra)
        )

    def _match_kind_after(self, words: list[str], extra: Mapping[str, Food]) -> FoodMatch | None:
        """A food named with its kind after it ("a kitkat chocolate bar", "pringles crisps",
        "a gu energy gel"): the food alone when the kind is a food of the same SR28 food group,
        never the food and a chocolate bar, crisps or a gel of their own."""
        for cut in (len(words) - 1, len(words) - 2):
            if cut < 1 or " ".join(words[cut:]) not in KIND_NAMES:
                continue
            head = self._named(" ".join(words[:cut]), extra)
            kind = self._named(" ".join(words[cut:]), extra)
            group = None if head is None else self._group(head.food)
            if head is not None and kind is not None and group == self._group(kind.food):
                return FoodMatch(head.food, min(head.score, _MODIFIED_SCORE), head.exact)
        return None

    def group(self, food: Food) -> str | None:
        """The SR28 food group of a food's row, None for a food of the runner's own."""
        return self._group(food)

    def _group(self, food: Food) -> str | None:
        """The SR28 food group of a food's row ("Sweets", "Snacks"), None for a food of the
        runner's own."""
        row = self._usda.get(food.source.removeprefix("usda:"))
        return None if row is None else row[_GROUP_COLUMN]

    def _match_before_context(
        self, words: list[str], extra: Mapping[str, Food], exact_only: bool = False
    ) -> FoodMatch | None:
        """A food named before words about where, when or why ("a kitkat in the office", "a
        brew in the tent", "whey stirred in", "a coke to celebrate"): the words before the
        first context word, when they name a food and no word after names one ("chicken in
        black bean sauce" and "beans on toast" are left alone)."""
        for at, word in enumerate(words[1:], start=1):
            if word not in CONTEXT_WORDS:
                continue
            after = words[at + 1 :]
            if not FOOD_MEDIA.isdisjoint(after) or any(
                self._named(w, extra) is not None
                for w in (*after, *self._respelled(" ".join(after)).split())
            ):
                return None  # "eggs on toast", "eggs on tost": a food after, not a place
            head = " ".join(words[:at])
            if len(head) <= _MAX_ABBREVIATION:
                return None  # "pb at the weekend": a personal best
            hit = self._named(head, extra) or self._match_modified(head, extra, exact_only)
            return None if hit is None else FoodMatch(hit.food, min(hit.score, _MODIFIED_SCORE),
                                                      hit.exact)
        return None

    def _match_flavoured(self, words: list[str], extra: Mapping[str, Food]) -> FoodMatch | None:
        """A flavoured food: "vanilla chobani" is the vanilla Greek yoghurt the table knows;
        "white choc muffin", with no such row, the muffin. Never a plain milk ("coconut milk"
        is no milk), and the head must be a food by name."""
        at = 0
        while at < len(words) - 1:
            if words[at] in FLAVOURS:
                at += 1
            elif at < len(words) - 2 and " ".join(words[at : at + 2]) in FLAVOUR_PAIRS:
                at += 2
            else:
                break
        if at == 0 or not _JOINS.isdisjoint(words[at:]):
            return None  # "apple crumble and custard": the flavour is the first food's alone
        head = self._named(" ".join(words[at:]), extra)
        if head is None or head.food.source in _MILK_ROWS:
            return None
        flavour = " ".join(words[:at])
        fruity = not FRUIT_FLAVOURS.isdisjoint(words[:at])
        for name in (f"{flavour} {head.food.key}", f"{flavour} {' '.join(words[at:])}",
                     *((f"fruit {head.food.key}",) if fruity else ())):
            hit = self._named(name, extra)
            if hit is not None:  # "a mango yoghurt": the fruit yoghurt, not the plain pot
                return hit
        return FoodMatch(head.food, min(head.score, _MODIFIED_SCORE), head.exact)

    def _match_before_cooking(self, query: str, extra: Mapping[str, Food]) -> FoodMatch | None:
        """A food weighed raw or dry, the state word before or after its name ("dry penne",
        "spaghetti uncooked", "salmon raw"): the raw or dry row of the food the other words
        name exactly, when the table has one; else None (raw broccoli is the broccoli)."""
        words = query.split()
        if len(words) < 2 or STATE_WORDS.isdisjoint(words):
            return None
        rest = " ".join(w for w in words if w not in STATE_WORDS and w != "weight")
        hit = self._named(rest, extra) if rest else None
        food = None if hit is None else self._before_cooking.get(hit.food.source)
        return None if food is None else FoodMatch(food, _EXACT_SCORE, exact=True)

    def _named(self, name: str, extra: Mapping[str, Food]) -> FoodMatch | None:
        """The food a phrase names word for word (the runner's own, an everyday name or its
        plural), never a look-alike or a description search."""
        if name in extra:
            return FoodMatch(extra[name], _EXACT_SCORE, exact=True)
        food = self._exact.get(name) or self._stems.get(stem_phrase(name))
        return None if food is None else FoodMatch(food, _EXACT_SCORE, exact=True)

    def made_with_milk(self, drink: Food, milk: Food) -> Food | None:
        """`drink` made with `milk` instead of its own (see the module function)."""
        return made_with_milk(drink, milk, self._everyday)

    def _match_milky(self, query: str) -> FoodMatch | None:
        """A coffee-shop drink named with its milk: "oat cappuccino", "iced oat latte", "skinny
        flat white", "soy milk cappuccino"."""
        words = query.split()
        if not 2 <= len(words) <= 6:
            return None
        for at in range(len(words) - 1):
            for size in (2, 1):
                said = " ".join(words[at : at + size])
                if said not in _COFFEE_MILKS:
                    continue
                rest = words[:at] + words[at + size :]
                if rest[at : at + 1] == ["milk"]:
                    del rest[at]  # "soy milk cappuccino"
                name = " ".join(rest)
                drink = self._exact.get(name) or self._stems.get(stem_phrase(name))
                if drink is None:
                    continue
                made = self.made_with_milk(drink, self._everyday[_COFFEE_MILKS[said]])
                if made is not None:
                    return FoodMatch(made, _EXACT_SCORE, exact=True)
        return None

    def _match_around(self, query: str, extra: Mapping[str, Food]) -> FoodMatch | None:
        """Match a food named with what it comes in or where it is from.

        "packets crisps" is crisps by the packet and "bar dairy milk" chocolate by the bar (the
        container's own weight when the food knows one); "tacos from taco bell" is the chain's
        taco when the table knows it, else a taco; "pretzels at the aid station" is pretzels.
        """
        if query.count(" ") >= _MAX_SANDWICH_WORDS:
            return None  # "pack pack pack ...": each container word would recurse once more
        sandwich = self._match_sandwich(query, extra) or self._match_omelette(query, extra)
        if sandwich is not None:
            return sandwich
        first, _, rest = query.partition(" ")
        if first in CONTAINER_WORDS and rest:
            hit = self._match_slow(rest, extra)
            named = self._contained(first, rest, hit.food if hit is not None else None)
            if named is not None:
                hit = FoodMatch(named, _EXACT_SCORE, exact=True)  # "bag cheese and onion"
            return None if hit is None else _by_the(first, hit, contained=True)
        words = query.split()
        for at, word in enumerate(words[1:-1], start=1):
            if word in PLACE_WORDS:
                name, place = " ".join(words[:at]), " ".join(words[at + 1 :])
                return (self._match_slow(f"{place} {name}", extra, around=False)
                        or self._match_slow(name, extra))
        head, _, last = query.rpartition(" ")
        if head and last in _FRACTIONS:  # "grilled cheese quarters", "sandwich halves"
            hit = self._match_slow(head, extra)
            if hit is None:
                return None
            share, unit = _FRACTIONS[last]
            part = replace(hit.food, default_grams=hit.food.default_grams * share,
                           default_unit=unit)
            return FoodMatch(part, hit.score, hit.exact)
        if head and normalize_unit(last) in self._unit_words:  # "quesadilla wedges"
            hit = self._match_slow(head, extra)
            if hit is not None and normalize_unit(last) in hit.food.units:
                return _by_the(last, hit, contained=False)
        return None

    def _match_sandwich(self, query: str, extra: Mapping[str, Food]) -> FoodMatch | None:
        """Compose a sandwich from its bread and fillings, whatever they are.

        "tuna and cucumber sandwich", "cheese and pickle sarnie", "sandwich with ham and
        cheese", "ham and swiss on rye": two slices (a bap, a bagel, a wrap) plus each filling
        at its sandwich weight ("filling" unit, else its usual portion up to 80 g; two fillings
        three quarters each); "PB&J on wheat" is the known sandwich on that bread.
        """
        words = query.split()
        if len(words) > _MAX_SANDWICH_WORDS:
            return None  # "bap bap bap ...": each bread word stripped would recurse once more
        bread: tuple[str, float] | None = None
        if len(words) >= 3 and words[-2] == "on" and words[-1] in ON_BREAD:
            bread, words = ON_BREAD[words[-1]], words[:-2]
            whole = self._match_slow(" ".join(words), extra)
            if whole is not None:  # "ham salad sandwich on brown", "pb&j on wheat"
                return self._on_bread(query, whole, bread, counted=_counted_plural(words, whole))
        if len(words) >= 2 and words[-1] in SANDWICH_WORDS:
            bread, words = bread or SANDWICH_WORDS[words[-1]], words[:-1]
        elif len(words) >= 3 and SANDWICH_WORDS.get(words[0], ("",))[0] == "bread":
            if words[1] != "with":  # "sandwich with ham and cheese"; a bagel with... is split
                return None
            bread, words = bread or SANDWICH_WORDS[words[0]], words[2:]
        if bread is None or not words:
            return None
        whole = self._match_slow(" ".join(words), extra)
        if whole is not None and any(key in _SLICED for key, _ in whole.food.parts):
            return self._on_bread(query, whole, bread)  # "egg and cress" is a sandwich already
        names = [" ".join(words)] if whole is not None else _fillings(words)
        hits = [whole] if whole is not None else [self._match_slow(n, extra) for n in names]
        found = [hit for hit in hits if hit is not None]
        if (not found or len(found) < len(hits)) and len(names) == 1 and 2 <= len(words) <= 3:
            # fillings side by side without "and": "chicken avocado", "ham cheese tomato"
            hits = [self._match_slow(word, extra) for word in words]
            found = [hit for hit in hits if hit is not None and hit.exact]
        if not found or len(found) < len(hits):
            return None
        parts = [(hit.food, filling_grams(hit.food, len(found))) for hit in found]
        parts.append((self._everyday[bread[0]], bread[1]))
        return FoodMatch(
            _compose(query, found[0].food.source, parts),
            min(hit.score for hit in found),
            all(hit.exact for hit in found),
        )

    def _match_omelette(self, query: str, extra: Mapping[str, Food]) -> FoodMatch | None:
        """An omelette of any filling: "ham and cheese omelette", "mushroom omelette" are the
        plain two-egg omelette with each filling at _OMELETTE_FILLING_G (block g's and m's)."""
        words = query.split()
        if len(words) < 2 or words[-1] not in _OMELETTE_WORDS:
            return None
        plain = self._everyday["omelette"]
        names = _fillings(words[:-1])
        hits = [self._match_slow(name, extra) for name in names]
        found = [hit for hit in hits if hit is not None and hit.exact and not hit.food.parts]
        if not names or len(found) < len(names):
            return None
        parts = [(plain, plain.default_grams)]
        parts += [(hit.food, _OMELETTE_FILLING_G) for hit in found]
        return FoodMatch(_compose(query, plain.source, parts, unit="omelette"), _EXACT_SCORE, True)

    def _on_bread(
        self, query: str, whole: FoodMatch, bread: tuple[str, float], *, counted: bool = False
    ) -> FoodMatch | None:
        """A known sandwich on the named bread; a plain food is its filling ("ham on rye"),
        a counted food named in the plural two of it ("poached eggs on granary": two eggs,
        as on toast)."""
        loaf = self._everyday[bread[0]]
        topping = 2 * whole.food.default_grams if counted else filling_grams(whole.food, 1)
        parts = [(self._everyday[key], grams) for key, grams in whole.food.parts] or [
            (whole.food, topping)
        ]
        parts = [(loaf, bread[1]) if f.key in _SLICED else (f, g) for f, g in parts]
        if all(f is not loaf for f, _ in parts):
            parts.append((loaf, bread[1]))
        return FoodMatch(_compose(query, whole.food.source, parts), whole.score, whole.exact)

    def prepare(self) -> None:
        """Read the SR28 description index now (~1 s) instead of on the first unknown phrase."""
        self._search()

    def _search(self) -> DescriptionSearch:
        """Return the SR28 description search, reading its index on the first use."""
        if self._usda_search is None:
            text = (resources.files("engine") / "data" / "usda_search.tsv").read_text("utf-8")
            self._usda_search = DescriptionSearch(text.splitlines())
        return self._usda_search

    def _all_words_known(self, query: str) -> bool:
        """Whether every word is an everyday-name word or in some SR28 description."""
        search = self._search()
        for word in query.split():
            stem = stem_word(word)
            if word not in STOP_WORDS and stem not in self._words and not search.knows(stem, word):
                return False
        return True

    def _fuzzy_match(self, stem: str, mine: Mapping[str, Food]) -> FoodMatch | None:
        """Return the closest known name within a few typos, first letter fixed.

        The typo budget grows with length (one edit up to 7 letters, two up to 11, then
        three); four-letter names accept only a swapped pair ("mlik"), so "nice" never becomes
        "rice" and "been" never becomes "beer".
        """
        if len(stem) < _MIN_FUZZY_LEN:
            return None
        max_edits = 1 if len(stem) <= 7 else 2 if len(stem) <= 11 else 3
        best: FoodMatch | None = None
        own = {k: f for k, f in mine.items() if k[:1] == stem[0]}
        for choices, foods in ((list(own), own), (self._near_stems(stem, max_edits), self._stems)):
            found = process.extractOne(stem, choices, scorer=OSA.distance, score_cutoff=max_edits)
            if found is None:
                continue
            choice = found[0]
            if len(stem) == _MIN_FUZZY_LEN and sorted(choice) != sorted(stem):
                continue
            score = fuzz.ratio(stem, choice)
            if best is None or score > best.score:
                best = FoodMatch(foods[choice], score, exact=False)
        return best

    def _near_stems(self, stem: str, max_edits: int) -> list[str]:
        """Return the known stems with the same first letter and a length within budget."""
        key = (stem[0], len(stem))
        if key not in self._fuzzy:
            lengths = range(len(stem) - max_edits, len(stem) + max_edits + 1)
            self._fuzzy[key] = [
                s for s in self._stems_by_letter.get(stem[0], ()) if len(s) in lengths
            ]
        return self._fuzzy[key]

    def _fuzzy_unstemmed(self, name: str) -> FoodMatch | None:
        """A dropped letter the stem hides: "coffe" stems to the four letters "coff", which only
        a swapped pair may fix, yet as typed it is "coffee" missing one letter.

        Only a one-word name of five to seven letters whose stem is four, against the known
        one-word names one letter longer, first letter fixed. A changed letter is not read
        here: "grace", "shape" and "scope" are words, not "grape", "shake" and "scone".
        """
        if " " in name or not _MIN_FUZZY_LEN < len(name) <= _MAX_UNSTEMMED_LEN:
            return None
        if len(stem_word(name)) > _MIN_FUZZY_LEN or name in NOT_FOOD:
            return None  # the stem was long enough for _fuzzy_match already
        key = ("=" + name[0], len(name))
        if key not in self._fuzzy:
            self._fuzzy[key] = [
                n for n in self._names_by_letter.get(name[0], ()) if len(n) == len(name) + 1
            ]
        found = process.extractOne(name, self._fuzzy[key], scorer=Indel.distance, score_cutoff=1)
        if found is None:
            return None
        return FoodMatch(self._exact[found[0]], fuzz.ratio(name, found[0]), exact=False)

    def _usda_match(self, query: str) -> FoodMatch | None:
        """Find the SR28 row a phrase names ("kohlrabi" -> "Kohlrabi, raw"), never a guess."""
        if len(query) < _MIN_FUZZY_LEN:
            return None
        found = self._search().find(query)
        if found is None:
            return None
        ndb_no, score = found
        row = _UsdaRow._make(self._usda[ndb_no])
        if " " not in query and query in english_words() and _a_brand_s(row.description):
            return None  # "perfect": no "VAN'S, The Perfect 10" crackers from a comment
        return FoodMatch(_usda_food(row), score, exact=False)

    def suggest(
        self, name: str, limit: int = 3, extra: Mapping[str, Food] | None = None
    ) -> tuple[str, ...]:
        """Return up to `limit` known names that look like `name`, for a "did you mean" reply.

        Two cheap signals instead of one expensive scorer (WRatio took ~1.5 ms a call): the
        edit-distance ratio catches misspellings ("chikn"), and a shared word catches partial
        names ("greek" -> "greek yogurt"). Names sharing a word rank above plain look-alikes, the
        closest to that word first, so each food in "greek yogurt with granola" gets a turn.
        """
        query = normalize_name(name)
        if not query or limit <= 0 or _names_no_food(query):
            return ()
        mine = {normalize_name(k): f for k, f in (extra or {}).items()}
        scored: dict[str, float] = {}

        def consider(food: Food, score: float) -> None:
            scored[food.key] = max(score, scored.get(food.key, 0.0))

        for choice, score, _ in process.extract(
            query, list(mine), scorer=fuzz.ratio, limit=limit * 5, score_cutoff=_SUGGEST_CUTOFF
        ):
            consider(mine[choice], score)
        for choice, score in self._look_alikes(query, limit * 5):
            consider(self._exact[choice], score)
        for word in set(query.split()) - NOT_FOOD - STOP_WORDS:
            stem = stem_word(word)
            for choice in self._words.get(stem, ()):
                consider(self._exact[choice], 100.0 + fuzz.ratio(word, choice))
            for choice, food in _word_hits(stem, mine):
                consider(food, 100.0 + fuzz.ratio(word, choice))
        ranked = [key for key, _ in sorted(scored.items(), key=lambda item: (-item[1], item[0]))]
        if len(ranked) < limit:  # SR28 rows sharing the phrase's words: "clam chowder"
            rows = (_UsdaRow._make(self._usda[ndb]).description
                    for ndb in self._search().near(query, limit))
            ranked += [row for row in rows if row not in ranked]
        return tuple(ranked[:limit])


    def _look_alikes(self, query: str, limit: int) -> list[tuple[str, float]]:
        """The `limit` names nearest a phrase by fuzz.ratio, at the cutoff or above: the best
        first, equal scores in table order, as process.extract over every name gives them.

        A ratio is at most 200 * min(m, n) / (m + n), so only the names of the lengths that
        can reach the cutoff are scored, one slice of the names by length: scoring all
        ~6,800 cost a look at each (and a miss of the processor's caches) on every unknown
        phrase, a third of them out of reach for a typical phrase.
        """
        low, high = _reachable_lengths(len(query), _SUGGEST_CUTOFF)
        reachable = self._by_length[
            bisect_left(self._lengths, low) : bisect_right(self._lengths, high)
        ]
        found = process.extract(
            query, reachable, scorer=fuzz.ratio, limit=None, score_cutoff=_SUGGEST_CUTOFF
        )
        place = self._table_place
        found.sort(key=lambda hit: (-hit[1], place[hit[0]]))
        return [(name, score) for name, score, _ in found[:limit]]


def _reachable_lengths(length: int, cutoff: float) -> tuple[int, int]:
    """The lengths of names whose fuzz.ratio with a phrase of `length` may reach `cutoff`,
    rounded outwards: 200 * m / (m + n) >= cutoff for the shorter m of the two."""
    return (math.floor(length * cutoff / (200 - cutoff)),
            math.ceil(length * (200 - cutoff) / cutoff))


def _by_first_letter(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Group names by their first letter, each group in the order given."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[:1], []).append(name)
    return {letter: tuple(group) for letter, group in groups.items()}


def _by_the(unit: str, hit: FoodMatch, *, contained: bool) -> FoodMatch | None:
    """A food by its container or unit word: that unit's weight becomes the usual portion.

    A container the food does not know keeps its usual portion, unless that portion is a
    pinch or a spoon ("a bag of salt", "a tub of sugar"): nobody eats a bag of a seasoning,
    so that phrase stays unknown and the runner is asked rather than logged at 0 kcal.
    """
    grams = hit.food.grams_for(1.0, unit)
    if grams is None and contained and hit.food.default_grams < _MIN_CONTAINED_G:
        return None
    if grams is None and contained:
        # A container the food has no weight for holds its usual portion: "a bag of grapes"
        # is a serving of grapes, never the one grape a bare count would weigh.
        food = replace(hit.food, default_unit=normalize_unit(unit))
        return FoodMatch(food, hit.score, hit.exact)
    if grams is None or grams == hit.food.default_grams:
        return hit
    food = replace(hit.food, default_grams=grams, default_unit=normalize_unit(unit))
    return FoodMatch(food, hit.score, hit.exact)


def _a_brand_s(description: str) -> bool:
    """Whether an SR28 row is a branded product (its maker in capitals: "VAN'S, The ...")."""
    first = description.split(",", 1)[0]
    letters = [c for c in first if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _all_english(query: str) -> bool:
    """Whether every word of a phrase is a common English word: no typo to correct."""
    return english_words().issuperset(query.split())


def _names_no_food(query: str) -> bool:
    """A phrase with a training, time or unit word, or a bare number, is not a food."""
    words = query.split()
    return not ACTIVITY_WORDS.isdisjoint(words) or any(w.isdigit() for w in words)


def _word_hits(word: str, foods: Mapping[str, Food]) -> list[tuple[str, Food]]:
    """Return (name, food) pairs whose name contains the stemmed word."""
    return [(n, f) for n, f in foods.items() if word in map(stem_word, n.split())]


#: A bowl of a ready-to-eat cereal (SR28's rows of them start so), as a bowl of the everyday
#: ones: 30 g, the serving on most boxes.
_READY_CEREAL = "Cereals ready-to-eat"
BOWL_OF_CEREAL_G = 30.0


def _usda_food(row: _UsdaRow) -> Food:
    """Build a Food from a USDA row, with its first measure (or 100 g) as the usual portion."""
    units = _parse_units(row.units)
    unit, grams = next(iter(units.items()), (None, 100.0))
    if row.description.startswith(_READY_CEREAL):
        units.setdefault("bowl", BOWL_OF_CEREAL_G)  # not the row's cup (42.67 g of chex)
    return Food(
        key=row.description,
        name=row.description,
        source=f"usda:{row.ndb_no}",
        kcal=float(row.kcal),
        protein_g=float(row.protein_g),
        carbs_g=float(row.carbs_g),
        fat_g=float(row.fat_g),
        default_grams=grams,
        default_unit=unit,
        units=MappingProxyType(units),
        density_g_per_ml=_density(units),
    )


def _everyday_food(row: Mapping[str, str], usda: Mapping[str, _UsdaRow]) -> tuple[Food, list[str]]:
    """Build an everyday Food: USDA nutrients, USDA units overlaid with the curated ones."""
    base = usda[row["ndb_no"]]
    units = _parse_units(base.units)
    units.update(_parse_units(row["units"]))
    default_unit = row["default_unit"] or None
    default_grams = float(row["default_grams"])
    if default_unit is not None:
        units.setdefault(default_unit, default_grams)
    density = float(row["density_g_per_ml"]) if row["density_g_per_ml"] else _density(units)
    food = Food(
        key=row["key"],
        name=base.description,
        source=f"usda:{base.ndb_no}",
        kcal=float(base.kcal),
        protein_g=float(base.protein_g),
        carbs_g=float(base.carbs_g),
        fat_g=float(base.fat_g),
        default_grams=default_grams,
        default_unit=default_unit,
        units=MappingProxyType(units),
        density_g_per_ml=density,
    )
    synonyms = [s.strip() for s in row["synonyms"].split(";") if s.strip()]
    return food, synonyms


#: Units a food is counted in: "eggs" on bread are two of them, as on toast.
_COUNTED_UNITS: Final = frozenset({"large", "medium", "small", "piece"})


def _counted_plural(words: list[str], hit: FoodMatch) -> bool:
    """Whether a topping is a counted food named in the plural ("poached eggs")."""
    food = hit.food
    return (
        not food.parts and food.default_unit in _COUNTED_UNITS
        and words[-1].endswith("s") and not words[-1].endswith("ss")
    )


def _fillings(words: list[str]) -> list[str]:
    """Split "tuna and cucumber" into the fillings' names."""
    names: list[list[str]] = [[]]
    for word in words:
        if word in _FILLING_JOIN:
            names.append([])
        else:
            names[-1].append(word)
    return [" ".join(name) for name in names if name]


def filling_grams(food: Food, fillings: int, most: float = _MAX_FILLING_G) -> float:
    """Grams of a food filling a sandwich, a jacket potato or a taco with `fillings` in all:
    its "filling" weight, else its usual portion up to `most`; two or more share the room
    (three quarters each)."""
    grams = food.units.get("filling", min(food.default_grams, most))
    return grams * (1.0 if fillings == 1 else _SHARED_FILLING)


#: The word that names the milk of a coffee-shop drink ("oat flat white", "skinny latte",
#: "soy cappuccino") -> the everyday milk it is made with.
_COFFEE_MILKS: Final = MappingProxyType({
    "oat": "oat milk", "oatmilk": "oat milk", "oatly": "oat milk", "almond": "almond milk",
    "soy": "soy milk", "soya": "soy milk", "cashew": "cashew milk", "skinny": "skimmed milk",
    "skim": "skimmed milk", "skimmed": "skimmed milk", "nonfat": "skimmed milk",
    "non fat": "skimmed milk", "fat free": "skimmed milk", "whole": "milk", "full fat": "milk",
    "semi": "semi-skimmed milk", "semi skimmed": "semi-skimmed milk",
})
#: The milks a coffee-shop drink is made of (the parts another milk stands in for).
_MILK_KEYS: Final = frozenset({
    "milk", "semi-skimmed milk", "skimmed milk", "1% milk", "oat milk", "oat milk barista",
    "almond milk", "soy milk", "cashew milk",
})
#: USDA's cow's milk rows: a drink mapped to one of them (a latte, a cappuccino) is its milk.
_MILK_ROWS: Final = frozenset({"usda:01077", "usda:01079", "usda:01082", "usda:01085"})


def made_with_milk(drink: Food, milk: Food, parts: Mapping[str, Food]) -> Food | None:
    """A coffee-shop drink made with another milk ("oat cappuccino", "latte with almond milk"):
    its milk's grams of that milk, the rest (the espresso, the syrup) as it was; None when the
    drink holds no milk. `parts` gives the everyday foods a dish's parts name."""
    if drink.parts:
        foods = [(parts.get(key), grams) for key, grams in drink.parts]
        if not any(f is not None and f.key in _MILK_KEYS for f, _ in foods):
            return None
        swapped = [
            (milk if f.key in _MILK_KEYS else f, grams) for f, grams in foods if f is not None
        ]
        source = milk.source if drink.source in _MILK_ROWS else drink.source
        made = _compose(f"{drink.key} with {milk.key}", source, swapped,
                        unit=drink.default_unit or "cup")
        return replace(made, units=drink.units, density_g_per_ml=drink.density_g_per_ml)
    if drink.source not in _MILK_ROWS or drink.key in _MILK_KEYS:
        return None
    return replace(
        drink, key=f"{drink.key} with {milk.key}", name=f"{drink.name}, made with {milk.key}",
        source=milk.source, kcal=milk.kcal, protein_g=milk.protein_g, carbs_g=milk.carbs_g,
        fat_g=milk.fat_g,
    )


def _compose(
    key: str, source: str, parts: list[tuple[Food, float]], unit: str = "sandwich"
) -> Food:
    """A dish from (food, grams) parts: one usual portion is all of them, nutrients added up."""
    total = sum(grams for _, grams in parts)
    sums = [sum(values) for values in zip(*(f.per_grams(g) for f, g in parts), strict=True)]
    kcal, protein, carbs, fat = (100.0 * value / total for value in sums)
    return Food(
        key=key,
        name=" + ".join(f"{f.key} {g:g} g" for f, g in parts),
        source=source,
        kcal=round(kcal, 2),
        protein_g=round(protein, 2),
        carbs_g=round(carbs, 2),
        fat_g=round(fat, 2),
        default_grams=total,
        default_unit=unit,
        units=MappingProxyType({
            unit: total, "serving": total, "half": total / 2,
            # a sandwich's squares are its quarters ("3 squares of pb&j" at an aid station)
            **({"quarter": total / 4, "piece": total / 4} if unit == "sandwich" else {}),
        }),
        parts=tuple((f.key, g) for f, g in parts),
    )


def _dish(row: Mapping[str, str], made: Mapping[str, Food]) -> tuple[Food, list[str]]:
    """Build a dish from its parts ("baked beans=207;toast=58"): their nutrients add up.

    One usual portion is the whole dish, so "beans on toast" counts the beans and the toast
    once each; `source` names the main part's USDA row, as the CLI contract allows.
    """
    parts = [
        (made[key.strip()], float(grams))
        for key, _, grams in (item.partition("=") for item in row["parts"].split(";"))
    ]
    unit = row["default_unit"] or "serving"
    food = _compose(row["key"], f"usda:{row['ndb_no']}", parts, unit)
    food = replace(food, units=MappingProxyType({**food.units, **_parse_units(row["units"])}))
    return food, [s.strip() for s in row["synonyms"].split(";") if s.strip()]
