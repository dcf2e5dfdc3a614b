"""The cheap gates before the parser's long patterns never hide a match of their pattern.

A gate (the words or the start a pattern cannot match without) spares trying a long
alternation on the many clauses that cannot hold it. A branch added to a pattern with a word
its gate does not know would make the gate hide it: the parser would quietly stop seeing it.
So each gate is tried on texts made of its pattern's own words (read from the pattern, so a
new branch brings its words along), shuffled, and on runners' phrases; wherever the pattern
matches, the gate must let it through.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from random import Random

import pytest

from engine.parsing import (
    chat,
    chatter,
    clauses,
    item_words,
    items,
    layout,
    meals,
    spoken,
    weights,
    wholes,
)
from engine.parsing.context import _LETTERS, any_of, letter_runs, translation

_WORD = re.compile(r"[a-z0-9']+")
#: A pattern's literal phrases: the words between its alternation bars and brackets.
_PHRASE = re.compile(r"(?<=[|(:])[a-z' ]+(?=[|)])")
RUNNER_TEXTS = (
    "my wife ran 10k in 52 min", "gf ran a half, i had pancakes", "the guy next to me",
    "remind me to stretch later", "lap 3 was brutal", "negative split!",
    "my garmin says recovery time 36h", "need to eat more protein", "two years ago i ran 3:10",
    "i usually have porridge", "eats 3000 kcal a day", "marathon is 6 weeks away",
    "easy week, only 40k total", "my last 10k was 48 min", "going for a 10k later",
    "i was 13 stone last year", "kids had pancakes", "ran 5k today, but i had cake",
    "first 10k since my injury two years ago, 52:10 today", "3 eggs and toast",
)  # fmt: skip


def _texts(*patterns: re.Pattern[str], count: int = 40_000) -> list[str]:
    """Random texts of the patterns' own words and some punctuation and figures, and the
    runners' phrases above (the same texts every run)."""
    vocabulary = sorted(
        {w for p in patterns for w in _WORD.findall(p.pattern.replace("\\s", " "))}
        | {",", ";", ".", "-", "5", "10", "2019", "3:20", "i've", "don't"}
    )
    rng = Random(15)
    made = {" ".join(rng.choices(vocabulary, k=rng.randint(1, 6))) for _ in range(count)}
    phrases = {m.strip() for p in patterns for m in _PHRASE.findall(p.pattern)}
    return sorted(made | phrases | {f"x {p} toast" for p in phrases} | set(RUNNER_TEXTS))


def _words(text: str) -> frozenset[str]:
    return frozenset(chat._LETTER_RUN.findall(text))


def _any_of(words: frozenset[str]) -> Callable[[str], bool]:
    """The gate of a pattern that holds one of these words, whole."""
    return lambda text: not words.isdisjoint(_words(text))


Gate = Callable[[str], object]
CHAT_GATES: list[tuple[str, re.Pattern[str], str, Gate]] = [
    ("someone else", chat._SOMEONE_ELSE_DOES, "match", lambda t: t.startswith(chat._SOMEONE_START)),
    ("someone alone", chat._SOMEONE_ELSE, "fullmatch", lambda t: t.startswith(chat._SOMEONE_START)),
    ("request", chat._REQUEST, "match", lambda t: t.startswith(chat._REQUEST_START)),
    ("lap talk", chat._PART_TALK, "match", chat._PART_TALK_START.match),
    (
        "statistic", chat._STATISTIC, "match",
        lambda t: t.startswith(chat._STATISTIC_START) or "pace" in t or "shoes" in t
        or "trainers" in t,
    ),
    ("not a log", chat._NOT_A_LOG_START, "match", lambda t: t.startswith(chat._NOT_A_LOG_FIRST)),
    ("now", chat._NOW, "search", _any_of(chat._NOW_WORDS)),
    ("own after", chat._OWN_AFTER, "search", lambda t: chat._own_after(t, _words(t))),
    ("long ago", chat._LONG_AGO, "search", _any_of(chat._LONG_AGO_WORDS)),
    ("habit", chat._HABIT, "search", _any_of(chat._HABIT_WORDS)),
    ("ahead", chat._AHEAD, "search", _any_of(chat._AHEAD_WORDS)),
    ("week's total", chat._WEEKS_TOTAL, "search", lambda t: "total" in _words(t)),
    ("plan", chat._PLAN_WORDS, "search", chat._plan_words),
    ("past weight", chat._PAST_WEIGHT, "search", chat.past_weight),
    (
        "past mention", chat._PAST_MENTION, "search",
        lambda t: "my" in t or "after" in t or "from" in t or "since" in t,
    ),
    (
        "someone else's food", clauses._SOMEONE_ELSE, "match",
        lambda t: t.startswith(clauses._SOMEONE_ELSE_START),
    ),
    ("asks how", chat._ASKS_HOW, "match", lambda t: t.startswith(chat._ASKS_HOW_START)),
    ("plan heading", chat._PLAN_HEADING, "match", chat.plan_heading),
    ("feeling from", chat._FEELING_FROM, "match", lambda t: "from" in t or "after" in t),
    ("a whole's kcal", wholes._WHOLE_KCAL, "search", wholes._TWO_DIGITS.search),
    ("a day ahead", chat._AHEAD_DAY, "search", _any_of(chat._AHEAD_GATE)),
    ("a race watched", chat._WATCHED_RACE, "match", _any_of(chat._WATCHED_GATE)),
    ("a meal ahead", chat._MEAL_AHEAD, "match", _any_of(chat._AHEAD_MEAL_GATE)),
    ("a place serves", chat._PLACE_SERVES, "match", _any_of(chat._PLACE_GATE)),
    ("food in stock", chat._IN_STOCK, "match", _any_of(chat._STOCK_GATE)),
    ("a craving", chat._CRAVING, "match", _any_of(chat._CRAVING_GATE)),
    ("a metric", chatter._METRIC, "search", chatter._METRIC_HINT.search),
    ("weather and counts", chatter._CONDITIONS, "search", chatter._CONDITIONS_HINT.search),
    ("no run's figures", chatter._OTHER_FIGURES, "search", chatter._OTHER_FIGURES_HINT.search),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "method", "gate"),
    [pytest.param(p, m, g, id=name) for name, p, m, g in CHAT_GATES],
)
def test_a_chat_gate_lets_every_match_of_its_pattern_through(
    pattern: re.Pattern[str], method: str, gate: Gate
) -> None:
    """Wherever the pattern matches, its gate says it may: the gate only spares misses."""
    find = getattr(pattern, method)
    matched = [t for t in _texts(pattern) if find(t) is not None]
    assert matched, "the texts never exercise the pattern"
    assert [t for t in matched if not gate(t)] == []


ITEM_GATES: list[tuple[str, re.Pattern[str], str, Gate]] = [
    (
        "filler words", item_words._FILLER, "search",
        lambda t: not item_words._FILLER_FIRST.isdisjoint(_LETTERS.findall(t)),
    ),
    (
        "leading filler words", item_words._LEAD_FILLER, "match",
        lambda t: t.startswith(item_words._LEAD_FILLER_START),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "method", "gate"),
    [pytest.param(p, m, g, id=name) for name, p, m, g in ITEM_GATES],
)
def test_an_item_gate_lets_every_match_of_its_pattern_through(
    pattern: re.Pattern[str], method: str, gate: Gate
) -> None:
    """Wherever the filler pattern finds words to drop, its gate lets it try."""
    find = getattr(pattern, method)
    matched = [t for t in _texts(pattern) if (m := find(t)) is not None and m.end() > m.start()]
    assert matched, "the texts never exercise the pattern"
    assert [t for t in matched if not gate(t)] == []


def test_a_name_with_no_filler_word_keeps_its_words() -> None:
    """The gate's shortcut gives the same cleaned name as the full pattern would."""
    for name in ("chicken breast", "banana", "greek yogurt", "2 slices of toast", "a bit of cake"):
        assert item_words._clean_name(name) == " ".join(
            item_words._FILLER.sub(" ", item_words._NAME_CHARS.sub(" ", name)).split()
        )


def test_a_fast_food_meal_is_found_where_the_plain_pattern_finds_it() -> None:
    """The meal pattern tried only where a match can start finds the same meals as the plain
    one tried at every position (which took 1.2 s on a hostile 4,000-character part)."""
    plain = re.compile(rf"(?P<food>[^,+;|\n]+?)\s+meals?\b{items._MEAL_END}")
    words = ["meal", "meals", "big mac", ",", "+", "and", "with", "no", "without", "oatmeal",
             "\n", "|", ";", "mealsx", "a", "whopper", "android", "withx"]  # fmt: skip
    rng = Random(14)

    def shown(m: re.Match[str]) -> str:
        return f"<{m['food']}|{m[0]}>"

    for _ in range(20_000):
        text = "".join(
            rng.choice(words) + rng.choice([" ", "", "  ", ", "]) for _ in range(rng.randint(1, 9))
        )
        assert items._A_MEAL.sub(shown, text) == plain.sub(shown, text), text


STARTS = [
    (chat._SOMEONE_STARTS, chat._SOMEONE_START, chat._SOMEONE_ELSE_DOES),
    (chat._REQUEST_STARTS, chat._REQUEST_START, chat._REQUEST),
    (chat._STATISTIC_STARTS, chat._STATISTIC_START, chat._STATISTIC),
    (chat._NOT_A_LOG_STARTS, chat._NOT_A_LOG_FIRST, chat._NOT_A_LOG_START),
    (chat._ASKS_HOW_STARTS, chat._ASKS_HOW_START, chat._ASKS_HOW),
    (item_words._LEAD_FILLER_STARTS, item_words._LEAD_FILLER_START, item_words._LEAD_FILLER),
]


@pytest.mark.parametrize(("starts", "prefixes", "pattern"), STARTS)
def test_a_start_read_by_its_first_letter_is_the_same_start(
    starts: Callable[[str], bool], prefixes: tuple[str, ...], pattern: re.Pattern[str]
) -> None:
    """The prefixes compared by the text's first character say what comparing them all says,
    on texts starting with each prefix, a letter more or less, and none."""
    texts = set(_texts(pattern, count=2_000)) | {"", " ", "7", "é", "A", "ab"}
    texts |= {p + tail for p in prefixes for tail in ("", " x", "x")} | {p[:-1] for p in prefixes}
    assert [t for t in sorted(texts) if starts(t) != t.startswith(prefixes)] == []


def test_a_texts_letter_runs_are_the_patterns_runs() -> None:
    """The letter runs read by a translation (ASCII texts) are the runs of [a-z]+, on texts
    of every ASCII character, and of others ("café", "½", emoji) read by the pattern."""
    rng = Random(15)
    alphabet = [chr(c) for c in range(128)] + ["é", "½", "💪", "’"]
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 30))) for _ in range(5_000)]
    texts += ["", " ", "ran 10k in 52:10, then 2 eggs & toast!", "café au lait", "tab\there"]
    assert [t for t in texts if letter_runs(t) != tuple(_LETTERS.findall(t))] == []


def test_a_translation_with_every_ascii_character_translates_as_the_plain_table() -> None:
    """A table with the ASCII characters it lacked mapped to themselves gives the same text."""
    table = {"’": "'", "\t": " ", ",": " ", "½": "1/2"}
    plain, full = str.maketrans(table), translation(table)
    rng = Random(15)
    alphabet = [chr(c) for c in range(128)] + ["é", "½", "💪", "’"]
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 30))) for _ in range(5_000)]
    assert [t for t in texts if t.translate(plain) != t.translate(full)] == []


def test_the_spoken_number_hint_finds_what_the_plain_pattern_finds() -> None:
    """The look at a word's first letter before the number words hides none of them."""
    plain = re.compile(spoken._HINT.pattern.partition(")")[2])
    assert plain.pattern.startswith("\\b(?:")
    texts = [*_texts(plain, count=5_000), "twenty2", "xone", "one", "ran five k", "zero"]

    def found(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
        m = pattern.search(text)
        return None if m is None else m.span()

    assert any(found(plain, t) for t in texts), "the texts never exercise the pattern"
    assert [t for t in texts if found(spoken._HINT, t) != found(plain, t)] == []


@pytest.mark.parametrize(
    "words",
    [("great ", "big half", "street"), ("i'm", "im ", "i am", "yo"), ("th ", "st ", " not "),
     ("a.b", "(x", "1+1", "$")],
)  # fmt: skip
def test_one_scan_for_any_of_the_words_finds_what_looking_for_each_finds(
    words: tuple[str, ...],
) -> None:
    """A text holds one of the words exactly where the one-scan pattern finds one, on texts
    of the words' own pieces and every ASCII character (its marks are taken as written)."""
    rng = Random(15)
    alphabet = [chr(c) for c in range(32, 127)] + [*words, " ", " "]
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(20_000)]
    found = any_of(words)
    assert [t for t in texts if (found.search(t) is not None) != any(w in t for w in words)] == []


def test_a_message_with_no_joined_name_is_left_as_it_was() -> None:
    """Where the one scan finds no name written with "&" or "and" ("pb&j", "g&t", "m&s"),
    none of their patterns would change a word."""
    words = ["pb", "j", "js", "g", "t", "ts", "m", "s", "ms", "c", "half", "surf", "turf",
             "food", "foodhall", "&", "and", "n", "'n'", "'n", " ", "  ", "x"]  # fmt: skip
    rng = Random(15)
    for _ in range(20_000):
        text = " ".join(rng.choices(words, k=rng.randint(1, 7)))
        if clauses._ANY_JOINED_NAME.search(text) is None:
            assert all(p.search(text) is None for p, _ in clauses._JOINED_NAMES), text


SUBSTRING_GATES: list[tuple[str, re.Pattern[str], Gate]] = [
    ("a body weight's words", weights._WEIGHT_VALUE, weights.may_name_weight),
    ("stone", weights._STONE_HINT, lambda t: "st" in t),
    ("a hedged amount", items._HEDGED_AMOUNT, items._may_hedge),
    ("a layout", layout._ANY_LAYOUT, lambda t: not layout._no_layout_marks(t)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "gate"), [pytest.param(p, g, id=name) for name, p, g in SUBSTRING_GATES]
)
def test_a_substring_gate_lets_every_match_of_its_pattern_through(
    pattern: re.Pattern[str], gate: Gate
) -> None:
    """The substrings every branch needs, tested before the scan, are in each text the
    pattern finds something in: its own words shuffled with figures and marks, upper case
    too (the layout pattern ignores case), and runners' weigh-ins, lists and hedges."""
    texts = _texts(pattern, count=20_000)
    texts += [t.upper() for t in texts[::7]] + [
        "weighed in at 71.2", "11st 4lb", "bw 80", "scale says 79.9kg", "158 lbs", "12 stone",
        "pasta maybe 2 cups", "rice approximately 1 cup", "oats -> eggs", "[x] run", "MEALS:",
        "lunch | dinner", "5k 4:55s", "toast\nbeans",
    ]  # fmt: skip
    matched = [t for t in texts if pattern.search(t) is not None]
    assert matched, "the texts never exercise the pattern"
    assert [t for t in matched if not gate(t)] == []


def test_a_name_of_plain_characters_is_the_name_the_pattern_leaves() -> None:
    """Where the string test says a text has only a name's characters, _NAME_CHARS changes
    nothing in it; on texts of every ASCII character and some others."""
    rng = Random(15)
    alphabet = [chr(c) for c in range(32, 127)] + ["é", "½", "’", "a", "b", " ", "'", "-", "%"]
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(20_000)]
    texts += ["peanut butter on toast", "mum's 5% yog", "x_y", "", " ", "café"]
    plain = [t for t in texts if item_words._only_name_chars(t)]
    assert len(plain) > 100
    assert [t for t in plain if item_words._NAME_CHARS.sub(" ", t) != t] == []


def test_the_meal_label_gate_lets_every_label_through() -> None:
    """Wherever _MEAL_WORD finds a label, its gate (the label words as runs of letters, or
    "post" or "pre" in the text) says it may, on texts of the pattern's own words."""
    texts = _texts(meals._MEAL_WORD, count=20_000)
    texts += ["b: oats", "(l) soup", "d - curry", "post-run shake", "prerace bagel", "s) crisps",
              "for tea", "tea: fish", "at mile 18 aid: 2 gels", "recovery shake 300ml"]  # fmt: skip
    matched = [t for t in texts if meals._MEAL_WORD.search(t) is not None]
    assert len(matched) > 100
    assert [t for t in matched if not meals._may_name_meal(t, letter_runs(t))] == []


def test_an_item_part_the_split_gate_passes_over_is_not_cut() -> None:
    """Where the words-and-marks test says a part has nothing to cut at, _ITEM_SPLIT finds
    nothing in it, on texts of the pattern's own words, marks and figures."""
    texts = _texts(items._ITEM_SPLIT, count=20_000)
    texts += [
        "bread and butter", "andouille", "tuna in water", "onion rings", "2 eggs n toast",
        "toast/jam", "oats + milk", "plus a coffee", "salmon, rice", "within", "naan",
    ]  # fmt: skip
    cut = [t for t in texts if items._ITEM_SPLIT.search(t) is not None]
    assert len(cut) > 100
    assert [t for t in cut if not items._may_cut_item(t)] == []
