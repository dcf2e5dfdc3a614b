"""A runner's corrections of their own figures, settled before the message is read.

"ran 10k in 52 min, no wait 53", "weighed 72.4, no wait 72.1 kg", "8 miles 1:10:00...
correction 1:11:30", "500ml of milk - oops, I meant 250ml", "2 slices of toast, sorry 3
slices", "ran 12k - actually it was 11k not 12": the figure said after the correction takes
the place of the one it corrects, so the message reads as the runner settled it and the
replaced figure is never logged. "7k not 8k" is 7k. A correction that names a food rather than
a figure ("a bagel... no, a banana") is the item reader's (items.CORRECTION).

A message that corrects the one before ("correction to my last: it was 2 eggs not 3", "easy
run was 6k not 5k, same time 31:15", "that should say 250ml") is read for what it says, and
said to correct: the bot puts it in place of the last entry of its kind.
"""

from __future__ import annotations

import math
import re

from engine.parsing.context import any_of

#: Words that say the figure after them corrects one said before: "no wait 72.1", "oops, I
#: meant 250ml", "edit: 5.8 km", "... correction 1:11:30", "actually it was 9k".
_MARK = re.compile(
    r"(?P<cut>(?:\s*(?:\.\.\.|…|[-—–,;.!(]))*)\s*"
    r"(?P<words>(?:\b(?:sorry|oops|whoops|actually|no\s+wait|wait|nope|no|scratch\s+that|edit"
    r"|correction|i\s+mean|i\s+meant|make\s+(?:that|it)|or\s+rather|it\s+was|it's|was)\b"
    r"[\s,:!-]*)+)"
)
#: Words that make a correction however they are said; the others ("no", "wait", "actually",
#: "i mean") only after a break ("ran 5k 25:00 then had to wait 20 min" corrects nothing).
_ALWAYS = frozenset({"sorry", "oops", "whoops", "correction", "edit", "meant", "make", "rather"})
#: A word that may open a correction, or "last" (the message before, corrected): a message
#: with none is left as it is.
_MARKED = any_of((
    "sorry", "oops", "whoops", "actually", "wait", "no", "scratch", "edit", "correction",
    "mean", "make", "rather", "should", " not ", "last",
))
#: A figure: a clock time, or a number and what it counts (a unit or a food's word).
_FIGURE = re.compile(
    r"(?<![0-9.:])(?P<num>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?|[0-9]+(?:\.[0-9]+)?)"
    r"(?![0-9:])(?:\s*(?P<unit>[a-z]+))?"
)
#: "not 8k", "not 3": the figure that was wrong, said after the right one.
_NOT = re.compile(
    r"\s*,?\s*(?:not|instead\s+of)\s+(?P<num>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?"
    r"|[0-9]+(?:\.[0-9]+)?)(?![0-9:%])(?:\s*(?P<unit>[a-z]+))?"
)
#: A message that corrects the one before: "correction to my last:", "last one should be",
#: "that should say", "same time".
_LAST = re.compile(
    r"^\W*(?:correction|edit|fix|update)\W+(?:(?:to|on|for)\s+)?(?:my|the)\s+last"
    r"(?:\s+(?:one|message|msg|entry|log|post|run|meal))?\W*"
    r"|^\W*(?:(?:sorry|oops)\W+)?(?:(?:my|the)\s+)?last\s+(?:one|message|msg|entry|log|post|run"
    r"|meal)\s+should\s+(?:have\s+)?(?:be|been|say|said|read)\s+"
    r"|^\W*(?:(?:sorry|oops)\W+)?(?:that|it)\s+should\s+(?:have\s+)?(?:be|been|say|said|read)\s+"
    r"|^\W*(?:correction|edit)\s*:\s*"
)
#: Words saying a figure "not" another speaks of an entry before: "tempo was 7k not 8k",
#: "6k not 5k, same time 31:15".
_SAME_OR_WAS = re.compile(r"\bsame\s+(?:time|distance|pace|weight)\b|\b(?:was|were)\s+[0-9]")
#: "it was 2 eggs": what a correction of the message before says, without its "it was".
_IT_WAS = re.compile(r"^\W*(?:it|that|this)\s+(?:was|is)\s+|^\W*(?:it|that)'s\s+")

_DISTANCE = frozenset({"k", "km", "kms", "kilometres", "kilometers", "mi", "mile", "miles"})
_MINUTES = frozenset({"min", "mins", "minute", "minutes", "m"})
_MASS = frozenset({"kg", "kgs", "kilos", "lb", "lbs", "pounds"})
_VOLUME = frozenset({"ml", "l", "litre", "litres", "liter", "liters", "cl"})
_GRAMS = frozenset({"g", "grams", "gram"})
#: Words after a number that count nothing: "9k not 10 today", "53 and".
_NO_UNIT = frozenset(
    {"and", "not", "on", "in", "at", "for", "this", "today", "the", "a", "with", "then",
     "same", "of", "so", "but", "i", "it", "was", "now", "after", "before", "instead"}
)


def settle(text: str) -> tuple[str, bool]:
    """The message with each figure the runner corrected put in place of the figure it
    corrects, and whether the message corrects the one before it."""
    if _MARKED.search(text) is None:
        return text, False
    last = _LAST.match(text)
    if last is not None:
        text = _IT_WAS.sub("", text[last.end() :], count=1)
    text, before = _drop_nots(text)
    text = _fix_figures(text)
    return text, last is not None or (before and _SAME_OR_WAS.search(text) is not None)


def _kind(num: str, unit: str | None) -> str:
    """What a figure measures: "clock", "distance", "minutes", "mass", "volume", "grams",
    "count" (a food's word), or "bare"."""
    if ":" in num:
        return "clock"
    if unit is None or unit in _NO_UNIT:
        return "bare"
    for kind, units in (
        ("distance", _DISTANCE), ("minutes", _MINUTES), ("mass", _MASS), ("volume", _VOLUME),
        ("grams", _GRAMS),
    ):
        if unit in units:
            return kind
    return "count"


def _value(num: str) -> float:
    """A figure's size, a clock's in minutes ("52:00" is 52, "1:10:00" is 70)."""
    if ":" not in num:
        return float(num)
    parts = [int(p) for p in num.split(":")]
    return parts[0] * 60 + parts[1] + parts[2] / 60 if len(parts) == 3 else parts[0] + parts[1] / 60


def _stem(word: str) -> str:
    return word[:-2] if word.endswith("es") and len(word) > 4 else word.rstrip("s")


def _end(m: re.Match[str]) -> int:
    """Where a figure ends: after its unit, or after its number when the word after it
    counts nothing ("74.2 not 74.8", "9k not 10 today")."""
    unit = m["unit"]
    return m.end("num") if unit is None or unit in _NO_UNIT else m.end()


def _drop_nots(text: str) -> tuple[str, bool]:
    """ "7k not 8k" is 7k: each "not M" after a figure N of M's kind dropped; and whether an
    M dropped is no other figure of the message (it was said of an entry before)."""
    if " not " not in text and " instead of " not in text:
        return text, False
    figures = list(_FIGURE.finditer(text))
    numbers = [m["num"] for m in figures]
    out = []
    at = 0
    before = False
    for m in figures:
        if m.start() < at or (n := _NOT.match(text, _end(m))) is None:
            continue
        kind = _kind(m["num"], m["unit"])
        other = _kind(n["num"], n["unit"])
        if other not in (kind, "bare") and not (
            kind == other == "count" and _stem(n["unit"]) == _stem(m["unit"])
        ):
            continue
        out.append(text[at : _end(m)])
        at = _end(n)
        before = before or numbers.count(n["num"]) < 2
    if not out:
        return text, False
    out.append(text[at:])
    return "".join(out), before


def _fix_figures(text: str) -> str:
    """Each figure said after a correction's words put in place of the figure before it that
    it corrects."""
    at = 0
    while (mark := _MARK.search(text, at)) is not None:
        figure = _FIGURE.match(text, mark.end())
        if figure is None or not _marked(mark, text):
            at = max(mark.end(), at + 1)
            continue
        before = text[: mark.start()]
        target = _target(before, figure["num"], figure["unit"])
        if target is None:
            at = mark.end()
            continue
        kind = _kind(figure["num"], figure["unit"])
        if kind in ("bare", "count"):
            new, end = figure["num"], target.end("num")  # "no wait 53": the minutes said before
        else:  # "no wait 72.1 kg" after "weighed 72.4": the number said before, and its unit
            new = f"{figure['num']} {figure['unit']}" if figure["unit"] else figure["num"]
            measured = _kind(target["num"], target["unit"]) not in ("bare", "count")
            end = _end(target) if measured else target.end("num")
        rest = text[_end(figure) if kind != "count" else figure.end() :].lstrip(" .!")
        if kind == "count":  # "sorry 3 slices of toast": the toast named before
            said = set(before.split())
            while (word := rest.split(" ", 1)[0]) and word in said:
                rest = rest[len(word) :].lstrip(" ")
        head = f"{before[: target.start()]}{new}{before[end:]}"
        text = f"{head}, {rest}" if rest[:1].isalnum() else head + rest
        at = len(head)
    return text


def _marked(mark: re.Match[str], text: str) -> bool:
    """Whether the words before a figure are a correction's: after a break or at the start,
    or words that correct wherever they are; never "was" alone."""
    words = set(re.sub(r"[^a-z' ]", " ", mark["words"]).split())
    if words <= {"was", "it", "it's"}:
        return False
    return bool(mark["cut"].strip()) or not text[: mark.start()].strip() or not words.isdisjoint(
        _ALWAYS
    )


#: How near in size a bare number is to the figure it corrects: within half as much again
#: ("2 coffees, no 3"), with room for the rounding of log(2/3).
_NEAR = math.log(1.5) + 1e-9


def _target(before: str, num: str, unit: str | None) -> re.Match[str] | None:
    """The figure of `before` a corrected figure takes the place of: the last of its kind,
    a count of the same food, or (a bare number) the one nearest it in size."""
    kind = _kind(num, unit)
    figures = list(_FIGURE.finditer(before))
    if kind == "count":
        stem = _stem(unit or "")
        for m in reversed(figures):
            after = before[m.end("num") : m.end("num") + 40].split()
            if any(_stem(w.strip(",.")) == stem for w in after[:3]):
                return m
        return None
    if kind != "bare":
        same = {"minutes": ("minutes", "clock"), "clock": ("clock", "minutes")}.get(kind, (kind,))
        for m in reversed(figures):
            if _kind(m["num"], m["unit"]) in same:
                return m
        if kind == "mass":
            kind = "bare"  # "weighed 72.4, no wait 72.1 kg"
        else:
            return None
    value = _value(num)
    best: tuple[float, re.Match[str]] | None = None
    for m in figures:
        size = _value(m["num"])
        if size <= 0 or value <= 0:
            continue
        ratio = abs(math.log(value / size))
        if ratio <= _NEAR and (best is None or ratio <= best[0]):
            best = (ratio, m)
    return None if best is None else best[1]
