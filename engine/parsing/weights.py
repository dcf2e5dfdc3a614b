"""Weigh-ins: "weight 71.8 kg", "158 lb", "11st 4lb", "bodyweight 148lbs"."""

from __future__ import annotations

import re

from engine.errors import ImplausibleValue
from engine.events import WeightLogged
from engine.parsing.context import MAX_WEIGHT_KG, MIN_WEIGHT_KG, ParseContext, _words
from engine.timewords import TimeRef
from engine.units import KG_PER_LB, KG_PER_STONE, kg_of, mass_range

_WEIGHT_VALUE = re.compile(
    r"\b(?:weight|weighed|weigh|weighing|weigh-?in|wt|scales?(?: says| said)?|bw|body ?weight"
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


#: A weight written without a unit above this is in pounds, whatever the runner's units.
_MOST_KG_UNSAID = 120.0


def _parse_weight(text: str, time_ref: TimeRef | None, ctx: ParseContext) -> WeightLogged | None:
    stone = _STONE.search(text)
    m = _WEIGHT_VALUE.search(text)
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
