"""Weigh-ins: "weight 71.8 kg", "158 lb", "11st 4lb", "bodyweight 148lbs"."""

from __future__ import annotations

import re

from engine.errors import ImplausibleValue
from engine.events import WeightLogged
from engine.parsing.context import (
    _DIGIT,
    MAX_WEIGHT_KG,
    MIN_WEIGHT_KG,
    ParseContext,
    _words,
    said_again_in_other_units,
)
from engine.timewords import TimeRef
from engine.units import KG_PER_LB, KG_PER_STONE, kg_of, mass_range

_WEIGHT_VALUE = re.compile(
    r"\b(?:weight|weighed|weigh|weighing|weigh-?in|wt"
    r"|scales?(?: says| said| showed| shows| read| reads)?|bw|body ?weight"
    r"|bodyweight)\b(?:\s*(?:in|is|was|at|of|now|today|:|=|-))*\s*(?:at\s+)?"
    r"(?P<v>[0-9]{1,4}(?:\.[0-9]{1,2})?)(?![0-9])(?!\s*(?:g|gr|grams?|ml|oz|cups?|tbsp|scoops?)\b)"
    r"\s*(?P<u>kg|kgs|kilos?|lbs?|pounds?)?"
    r"|(?P<v2>[0-9]{1,4}(?:\.[0-9]{1,2})?)\s*(?P<u2>kg|kgs|kilos?|lbs?|pounds?)\b"
)


_BODYWEIGHT_VALUE = re.compile(r"\b(?:body ?weight|bw)\s*(?:is|was|at|of|:|=)?\s*[0-9]")
#: Stone and pounds, the British body weight: "11st 4lb", "11 stone 4", "12st".
_STONE = re.compile(
    r"(?<![0-9.])(?P<st>[0-9]{1,2}(?:\.[0-9]{1,2})?)\s*(?:st|stone|stones)\b\.?\s*"
    r"(?:(?P<lb>[0-9]{1,2}(?:\.[0-9]{1,2})?)\s*(?:lbs?|pounds?)?(?![0-9a-z]))?"
)
#: Not "1st place" or "21st": "st" alone is stone only for 6-30 and not an ordinal's number.
_STONE_HINT = re.compile(
    r"\b[0-9]{1,2}\s*(?:stones?\b|st\b\.?\s*[0-9])"
    r"|\b(?:[6-9]|1[0-9]|2[02-9]|30)(?:\.[0-9]{1,2})?\s*st\b"
)


#: Words that may stand around a bare "70 kg" in a weigh-in ("i'm 70 kg this morning ⚖️");
#: anything else that is not punctuation or emoji makes the "kg" something else. Checked word
#: by word: the old regex tried ⚖️ both as one symbol and as two, 2^n ways (issue 14).
_WEIGHT_ONLY_WORDS = _words(
    "i i'm im am at was is now down up to weighed weigh in this today on the scale my me body",
    "weight morning last week since post pre holiday holidays xmas christmas vacation after",
    "before from again so far kg kgs lb lbs ugh oops lol",
    "update woke waking status check checkin",  # "update: 69.7kg", "woke 72.0kg"
)
_REST_WORD = re.compile(r"\w+(?:'\w+)*")


def _looks_like_weight(text: str) -> bool:
    if "kg" not in text and "lb" not in text and "kilo" not in text and "pound" not in text:
        return False
    m = _WEIGHT_VALUE.search(text)
    if not m or m["v2"] is None:
        return False
    rest = text[: m.start()] + " " + text[m.end() :]
    return all(w in _WEIGHT_ONLY_WORDS or w.isdigit() for w in _REST_WORD.findall(rest))


def _last_weight(text: str) -> re.Match[str] | None:
    """The clause's body weight: the last of two said with their units ("166 lb at new year,
    159.4 lb now" is 159.4 lb today). A figure in brackets or after a slash is the one before
    it in other units ("75 kg (165 lb)", "11st 4lb / 71.7kg"), not a later weigh-in."""
    found: list[re.Match[str]] = []
    end = -1
    for m in _WEIGHT_VALUE.finditer(text):
        if end < 0 or not said_again_in_other_units(text[end : m.start()]):
            found.append(m)
        end = m.end()
    if len(found) > 1 and all(m["u"] or m["u2"] for m in found):
        return found[-1]
    return found[0] if found else None


#: A weight written without a unit above this is in pounds, whatever the runner's units.
_MOST_KG_UNSAID = 120.0


#: A body weight said after one said before it, alone in its clause: "now 81.9", "currently
#: 71.9", "71.5" (its day read off), "down to 87.8 kg".
_LATER_WEIGHT = re.compile(
    r"\W*(?:(?:and|but)\s+)?(?P<now>(?:now|currently|down\s+to|up\s+to|today)\s+)?"
    r"(?:(?:at|only|just)\s+)?(?P<v>[0-9]{2,3}(?:\.[0-9]{1,2})?)\s*"
    r"(?P<u>kg|kgs|kilos?|lbs?|pounds?|st|stone)?(?:\s+(?P<now2>now|currently))?\W*"
)


#: A body weight gone from one figure to another, opening a line: "down from 90.2 to 87.8
#: since january", "weight up from 70.1 to 71 kg": the second is today's.
_FROM_TO = re.compile(
    r"(?:^|(?<=\n))\s*(?:(?:my\s+)?weight\s+|i'?m\s+|i\s+am\s+|i'?ve\s+(?:gone|come)\s+)?"
    r"(?:down|up|dropped)\s+from\s+(?P<a>[0-9]{2,3}(?:\.[0-9]{1,2})?)\s*(?P<ua>kg|kgs|lbs?)?\s+to\s+"
    r"(?P<v>[0-9]{2,3}(?:\.[0-9]{1,2})?)\s*(?P<u>kg|kgs|lbs?)?\b"
)


#: A body weight said as where it went, opening a line or after a heading: "down to 70.9 this
#: morning", "up 0.4kg to 66.8", "class tonight: down 2lb to 14st 1lb" (today's weigh-in).
_WENT_TO = re.compile(
    r"(?:^|(?<=[\n:]))\s*(?:(?:my\s+)?weight\s+|i'?m\s+|now\s+)?(?:down|up)\s+"
    r"(?:[0-9]{1,2}(?:\.[0-9]{1,2})?\s*(?:kg|kgs|lbs?|pounds?)?\s+)?to\s+"
    # in stones and pounds: "down 2lb to 14st 1lb" (slimming clubs weigh so)
    r"(?:(?P<st>[0-9]{1,2}\s*(?:st|stone)\b\s*(?:[0-9]{1,2}(?:\.[0-9])?\s*(?:lbs?|pounds?)?\b)?)|"
    r"(?P<v>[0-9]{2,3}(?:\.[0-9]{1,2})?)\s*(?P<u>kg|kgs|lbs?)?\b(?![.:][0-9]))"
    # and where it came from, no weigh-in of today: "down to 69.8 from 71.0 last month"
    r"(?:\s*from\s+[0-9]{2,3}(?:\.[0-9]{1,2})?(?:\s*(?:kg|kgs|lbs?))?"
    r"(?:\s+(?:last\s+[a-z]+|(?:a|one|two|three|four|five|six|[0-9]{1,2})\s+[a-z]+\s+ago"
    r"|in\s+[a-z]+|at\s+(?:the\s+)?(?:start|new\s+year)))?)?"
)
#: A body weight, then how it changed: "81.2 this morning, down 0.6 on the week", "weigh
#: day: 74.3, down 0.5", "158.6 lb, up a pound since last week" (the change no weigh-in).
_THEN_CHANGE = re.compile(
    r"(?P<w>(?:^|(?<=[\n:]))[^,;:\n0-9]{0,30}?[0-9]{2,3}(?:\.[0-9]{1,2})?\s*(?:kg|kgs|lbs?|pounds)?"
    r"(?:\s+(?:this\s+morning|today|this\s+am|now))?)\s*[,;]\s*(?:(?:so|that's|thats)\s+)?"
    r"(?:down|up)\s+(?:[0-9]{1,2}(?:\.[0-9]{1,2})?|a|half\s+a)\s*(?:kg|kgs|lbs?|pounds?)?"
    r"(?:\s+(?:on|since|from|this|in|over|for)\s+(?:the\s+|last\s+|a\s+)?[a-z]+"
    r"(?:\s+(?:started|began|ago|began|start))?)?"
    r"(?=[^a-z0-9]*$)"
)


def _weight_then_change(m: re.Match[str]) -> str:
    """The weigh-in without its change; said as one if its figure has no unit nor word."""
    said = m["w"].strip()
    return said if weight_unit(said) is not None else f"weight {said}"


def _went_to(m: re.Match[str]) -> str:
    return f"weight {m['st']} " if m["st"] else f"weight {m['v']} {m['u'] or ''}"


#: A loss or gain written with its sign beside the weigh-in ("group weigh-in: -3lb, 15st
#: 10.5lb"): the change, no negative amount.
_SIGNED_CHANGE = re.compile(
    r"(?:^|(?<=[\s(:=,]))(?P<sign>[-+])\s?(?P<n>[0-9]{1,2}(?:\.[0-9]{1,2})?\s*(?:kg|kgs|lbs?|pounds?)\b)"
    r"(?=[^0-9\n]{0,20}[0-9]{1,3}(?:\.[0-9]{1,2})?\s*(?:kg|kgs|lbs?|st|stone)\b)"
)
#: A body weight on waking: "woke up 162.4 lb", "woke up at 71.3 kg", "woke up 12st 7lb".
_WOKE_UP_AT = re.compile(
    r"\b(?:woke|waking|wake)\s+up\s+(?:at\s+)?(?=[0-9]{1,3}(?:\.[0-9]{1,2})?\s*"
    r"(?:kg|kgs|kilos?|lbs?|pounds?|st|stone)\b)"
)


def weight_changes_said(text: str) -> str:
    """A weigh-in's change written with its sign as words ("-3lb, 15st 10.5lb": "down 3lb,
    15st 10.5lb"), a weight on waking as a weigh-in ("woke up 162.4 lb": "weight 162.4 lb")."""
    if "-" in text or "+" in text:
        text = _SIGNED_CHANGE.sub(lambda m: ("down " if m["sign"] == "-" else "up ") + m["n"], text)
    if "up" in text:
        text = _WOKE_UP_AT.sub("weight ", text)
    return text


def weight_from_to(text: str) -> str:
    """ "down from 90.2 to 87.8 since january" as the weigh-in "weight 87.8 since january";
    "down to 70.9", "81.2 this morning, down 0.6 on the week" as today's weigh-in."""
    if "down" not in text and "up" not in text and "dropped" not in text:
        return text
    if "from" in text:
        text = _FROM_TO.sub(lambda m: f"weight {m['v']} {m['u'] or m['ua'] or ''}", text)
    if " to " in text:
        text = _WENT_TO.sub(_went_to, text)
    if "," in text or ";" in text:
        text = _THEN_CHANGE.sub(_weight_then_change, text)
    return text


#: A past weight said after today's, for comparison: "weight 71.2, was 72.5 a month ago",
#: "scale says 80.4, it was 82 two weeks ago".
_WAS_BEFORE = re.compile(
    r"\s*,\s*(?:but\s+|and\s+)?(?:it\s+|i\s+)?was\s+(?:only\s+|just\s+)?[0-9]{2,3}(?:\.[0-9]{1,2})?"
    r"(?![0-9.:])[^,.;!?\n]*"
)


def without_past_comparison(text: str) -> str:
    """Today's weigh-in without the past weight said after it for comparison ("68.9 kg, was
    70.3 at christmas": 68.9 kg), which would make the whole clause talk of the past."""
    if "was" not in text:
        return text
    for m in _WAS_BEFORE.finditer(text):
        if weight_unit(text[: m.start()].rsplit("\n", 1)[-1]) is not None:
            return text[: m.start()] + text[m.end() :]
    return text


#: Two body weights without a unit, each with only when it was: "79.6 on sunday, 79.1 today",
#: "last week 91.0, this morning 90.2", "was 82.1 on monday, 81.4 this morning".
_TWO_UNSAID = re.compile(
    r"\s*(?P<wa>(?:[a-z']+\s+){0,3}?)(?P<a>[0-9]{2,3}\.[0-9]{1,2})(?P<wa2>(?:\s+[a-z']+){0,3})"
    r"\s*[,;]\s*(?P<wb>(?:[a-z']+\s+){0,3}?)(?P<b>[0-9]{2,3}\.[0-9]{1,2})"
    r"(?P<wb2>(?:\s+[a-z']+){0,3})[\s.!]*"
)
_WHEN_WORDS = _words(
    "was is now and but this last morning today tonight yesterday week weeks month ago on at",
    "the start of in since monday tuesday wednesday thursday friday saturday sunday mon tue wed",
    "thu fri sat sun am first thing currently",
)
_TODAY_WORDS = _words("now today this currently")
_TWO_UNSAID_MAX = 80  # characters: two figures and a few words of when
#: Two figures of one body a few days apart differ by less than this share.
_SAME_BODY = 0.06


#: A body weight with no unit opening a message, only its morning said, before more of the
#: day: "79.4 this morning, 10k easy 55:00", "68.2 today, parkrun 24:30".
_MORNING_FIGURE = re.compile(
    r"^\s*(?P<v>[0-9]{2,3}\.[0-9]{1,2})\s+(?P<when>this\s+morning|this\s+am|today)"
    r"(?=\s*(?:[,;\n]|(?:then|and|before|after)\b))"
    # alone, with one decimal (two would be a time written with a dot): "168.4 this morning"
    r"|^\s*(?P<v1>[0-9]{2,3}\.[0-9])\s+(?P<when1>this\s+morning|this\s+am)\W*$"
    # its moment first, alone: "this morning: 59.9"
    r"|^\s*(?P<when2>this\s+morning|this\s+am)\s*[:=-]?\s*(?P<v2>[0-9]{2,3}\.[0-9])\W*$"
)
#: Below this a figure with no unit is no body weight here (a marathon's 42.2 km, a 21.1).
_LEAST_UNSAID_WEIGHT = 45.0


def _morning_figure(text: str) -> str:
    m = _MORNING_FIGURE.match(text)
    if m is None:
        return text
    value, when = m["v"] or m["v1"] or m["v2"], m["when"] or m["when1"] or m["when2"]
    if not _LEAST_UNSAID_WEIGHT <= float(value) <= MAX_WEIGHT_KG:
        return text
    return f"weight {value} {when}{text[m.end() :]}"


#: A weigh-in with its unit first, as a scale's heading reads: "kg today 64.05", "kilos this
#: morning: 71.35", "lbs 181.4".
_UNIT_FIRST = re.compile(
    r"(?:^|(?<=[\n;.,]))\s*(?P<u>kg|kgs|kilos?|lbs?)\b(?P<when>(?:\s+(?:today|this\s+morning"
    r"|this\s+am|now|tonight|am|pm))?)\s*[:=-]?\s*(?P<v>[0-9]{2,3}(?:[.,][0-9]{1,2})?)(?![0-9.,:])"
)


def unit_first(text: str) -> str:
    """A weigh-in whose unit comes before its figure, written figure first ("64.05 kg today")."""
    if "k" not in text and "lb" not in text:
        return text
    return _UNIT_FIRST.sub(_figure_first, text)


def _figure_first(m: re.Match[str]) -> str:
    value = float(m["v"].replace(",", "."))
    kg = value * KG_PER_LB if m["u"].startswith("lb") else value
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        return m[0]  # "kg 12": no body's weight
    return f" weight {m['v']} {m['u']}{m['when']}"


def weigh_ins_unsaid(text: str) -> str:
    """Two body weights with no unit and only when each was ("79.6 on sunday, 79.1 today") as
    today's weigh-in ("weight 79.1 today"), and a morning's figure opening the day's log ("79.4
    this morning, 10k easy 55:00"); anything else as written."""
    if "." not in text:
        return text
    m = _TWO_UNSAID.fullmatch(text) if len(text) <= _TWO_UNSAID_MAX else None
    if m is None:
        return _morning_figure(text)
    a, b = float(m["a"]), float(m["b"])
    words_a = (m["wa"] + m["wa2"]).split()
    words_b = (m["wb"] + m["wb2"]).split()
    if not set(words_a + words_b) <= _WHEN_WORDS or not words_a or not words_b:
        return text
    if abs(a - b) > _SAME_BODY * a or not MIN_WEIGHT_KG <= min(a, b) <= max(a, b) <= MAX_WEIGHT_KG:
        return text
    if _TODAY_WORDS.isdisjoint(words_b) and not _TODAY_WORDS.isdisjoint(words_a):
        return f"weight {m['a']} {' '.join(w for w in words_a if w != 'was')}"
    return f"weight {m['b']} {' '.join(w for w in words_b if w != 'was')}"


_POUNDS_SAID = re.compile(r"[0-9]\s*(?:lbs?|pounds)\b")
_METRIC_SAID = re.compile(
    r"[0-9]\s*(?:k|km|kms|kg|kgs|kilos?|m|metres|meters)\b|\bkilomet|\bmetres?\b|\bkgs?\b"
)


def weighs_in_pounds(text: str) -> bool:
    """Whether a message weighs its runner in pounds, by the unit or by a figure past any
    runner's kilos ("172.0 on the scale"), and names no metric unit: its bare run distances
    are miles ("easy 6 ..., then 172.0 on the scale")."""
    if not may_name_weight(text) or _METRIC_SAID.search(text) is not None:
        return False
    if _POUNDS_SAID.search(text) is not None:
        return True
    m = _WEIGHT_VALUE.search(text)
    return m is not None and not (m["u"] or m["u2"]) and float(m["v"] or m["v2"]) > _MOST_KG_UNSAID


def weight_unit(text: str) -> str | None:
    """The unit of the body weight a clause names ("" when unsaid), None when it names none.

    Asked of every clause, most of them naming no weight: each pattern is tried only when a
    word every one of its branches holds is there (a test of a substring is many times faster
    than a scan that has no first letter to look for)."""
    if "st" in text and _STONE_HINT.search(text) is not None:
        return "st"
    if not may_name_weight(text):
        return None
    m = _WEIGHT_VALUE.search(text)
    return None if m is None else m["u"] or m["u2"] or ""


def may_name_weight(text: str) -> bool:
    """Whether the text holds a word that each branch of _WEIGHT_VALUE needs: a word of
    weighing or a unit of body weight."""
    return (
        "weigh" in text or "kg" in text or "lb" in text or "wt" in text or "bw" in text
        or "scale" in text or "kilo" in text or "pound" in text
    )  # fmt: skip


def later_weight(text: str, unit: str, *, dated: bool) -> str | None:
    """A clause that is only a later body weight ("now 81.9" after "started at 84.6 kg"; "71.5
    today", `dated` by its day words read off), written as a weigh-in in the unit of the one
    before; None for anything else."""
    m = _LATER_WEIGHT.fullmatch(text)
    if m is None or not (m["now"] or m["now2"] or m["u"] or dated):
        return None
    return f"weight {m['v']} {m['u'] or unit}"


def _parse_weight(text: str, time_ref: TimeRef | None, ctx: ParseContext) -> WeightLogged | None:
    stone = _STONE.search(text)
    m = _last_weight(text)
    if stone is not None and float(stone["st"]) >= MIN_WEIGHT_KG / KG_PER_STONE:
        kg = float(stone["st"]) * KG_PER_STONE + float(stone["lb"] or 0) * KG_PER_LB  # "11.6 st"
        shown = stone[0].strip()
    elif m is not None:
        value = float(m["v"] or m["v2"])
        unit = m["u"] or m["u2"]
        if unit is None:  # the runner's unit; past any runner's kilos, pounds ("bw 143.6")
            unit = "lb" if ctx.units == "imperial" or value > _MOST_KG_UNSAID else "kg"
        kg = kg_of(value, unit)
        shown = f"{value:g} {'lb' if unit.startswith(('lb', 'pound')) else 'kg'}"
    else:
        return None
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        example = "weight 158 lb" if ctx.units == "imperial" else "weight 71.8 kg"
        raise ImplausibleValue(
            f"{shown} doesn't look like a body weight (I accept "
            f"{mass_range(MIN_WEIGHT_KG, MAX_WEIGHT_KG, ctx.units)}). Nothing was saved; try "
            f"'{example}'."
        )
    at = time_ref.at if time_ref is not None else ctx.received_at
    return WeightLogged(at=min(at, ctx.received_at), mass_kg=round(kg, 2))


#: A weigh-in's hashtag ("#weighin", "#weighinwednesday", "#morningweight", "#weighday").
_WEIGH_IN_TAG = re.compile(r"#[a-z]*(?:weigh|scale)[a-z]*\b")
#: A hashtag, of the ones closing a caption: "... 70.2kg #fitfam #progress".
_TAG = re.compile(r"#[a-z][a-z0-9_]*")
_TOKEN = re.compile(r"\S+")


def weigh_in_hashtags(text: str) -> str:
    """A caption's weigh-in hashtag as "weigh-in", and the hashtags closing it dropped when a
    figure comes before them: "#weighin 70.2kg 💪 #fitfam" is "weigh-in 70.2kg 💪"."""
    if "#" not in text:
        return text
    if "weigh" in text or "scale" in text:
        text = _WEIGH_IN_TAG.sub(" weigh-in ", text)
    start = _closing_tags(text)
    if start < len(text) and _DIGIT.search(text, 0, start) is not None:
        text = text[:start]
    return text


def _closing_tags(text: str) -> int:
    """Where the hashtags closing the text start (its length when none close it)."""
    start = len(text)
    for token in reversed(list(_TOKEN.finditer(text))):
        if _TAG.fullmatch(token[0]) is None:
            break
        start = token.start()
    return start
