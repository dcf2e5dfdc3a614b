"""Repeats and intervals: "6x800m in 2:50", "800m x 6", rest between reps, run/walk ratios."""

from __future__ import annotations

import re

from engine.quantities import KM_PER_MILE

KM_PER_YARD = 0.0009144  # international yard
_REP_KM = {"m": 0.001, "km": 1.0, "k": 1.0, "mi": KM_PER_MILE, "mile": KM_PER_MILE,
           "miles": KM_PER_MILE, "y": KM_PER_YARD, "yd": KM_PER_YARD, "yds": KM_PER_YARD,
           "yard": KM_PER_YARD, "yards": KM_PER_YARD}  # fmt: skip
_REPS = re.compile(
    r"\b(?P<n>[0-9]{1,2})\s*x\s*(?P<d>[0-9]{1,4}(?:\.[0-9]+)?)\s*"
    r"(?P<u>miles?|mi|km|k|m|yds?|yards?|y|s|secs?|seconds|mins?|minutes?)?\b"
    r"(?:\s*(?:reps?|repeats))?"
    # written backwards: "800m x 8", "yasso 800s x10", "mile repeats x 4"
    r"|\b(?:(?P<d2>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?P<u2>miles?|mi|km|k|m|s|meters?|metres?)?"
    r"|(?P<u3>mile|km|k))(?:\s*(?:reps?|repeats|repetitions))?\s*x\s*(?P<n2>[0-9]{1,2})\b"
    r"(?!\s*(?:[0-9]|m\b|km\b|k\b|mi\b))"
)
#: The time of one rep, right after the reps: "12x400m in 90s each", "5 x 1k at 4:00".
_REP_TIME = re.compile(
    r"\s*(?:in|@|at|avg|averaging)?\s*(?:(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])"
    r"|(?P<secs>[0-9]{1,3})\s*(?:s|secs?|seconds)\b)(?!\s*(?:/|per\b|min/|pace|mi\b|km\b))"
    r"(?:\s*(?:each|avg|average|per rep|a rep))?"
)
#: Rest between reps, never part of a stated total: "w/ 90s jog", "2 min rest", "400 jog".
_REST = re.compile(
    r"(?:\b(?:with|w/)\s+)?(?:\b[0-9]{1,4}(?:\.[0-9]+)?\s*(?:s|secs?|seconds|mins?|minutes|m|')?"
    r"|\b[0-9]{1,2}:[0-5][0-9])\s*(?:of\s+)?(?:rest|recovery|recoveries|recov|rec|jog|jogging|walk"
    r"|walking|float|easy|standing|off)\b"
    r"|\b(?:off|rest|rec)\s*:?\s*[0-9]{1,3}\s*(?:s|secs?|seconds|mins?|minutes|')(?![a-z0-9])"
)
#: A training plan's name is no distance: "couch to 5k week 5".
_PROGRAMME = re.compile(r"\b(?:couch to 5k|c25k|c to 5k)\b")
#: Run/walk intervals as a ratio ("1 min/1 min"), not time of their own.
_RUN_WALK_RATIO = re.compile(
    r"\b[0-9]{1,2}\s*(?:mins?|m|s|secs?)?\s*/\s*[0-9]{1,2}\s*(?:mins?|m|s|secs?)\b(?!\s*(?:/|per))"
)
_REPS_HINT = re.compile(
    r"\b[0-9]{1,2}\s*x\s*[0-9.]+\s*(?:m|km|k|mi|miles?|meters?|metres?)?\b"
    r"|\b(?:[0-9]{3,4}\s*(?:m|s)?|[0-9.]+\s*(?:km|k|mi|miles?)|mile)\s*(?:reps?|repeats)?\s*x\s*[0-9]"
)


def _rep_parts(m: re.Match[str]) -> tuple[int, float, str]:
    """Count, length and unit of reps written either way round ("6x800m", "800m x 6")."""
    if m["n"]:
        return int(m["n"]), float(m["d"]), m["u"] or "m"
    if m["u3"]:
        return int(m["n2"]), 1.0, m["u3"]
    each, unit = float(m["d2"]), m["u2"] or "m"
    if unit.startswith("met") or (unit == "s" and each >= 100):
        unit = "m"  # "yasso 800s": eight-hundreds, not 800 seconds
    return int(m["n2"]), each, unit


def _reps(text: str) -> tuple[float, float, str]:
    """Distance and time of the reps ("6x800m in 2:50"), and the text without them or the rest.

    The rest between reps is never part of the session's time: a stated total wins, and
    without one the time is the reps' own.
    """
    if "x" not in text:
        return 0.0, 0.0, text
    reps_km = 0.0
    reps_s = 0.0
    spans: list[tuple[int, int]] = []
    for m in _REPS.finditer(text):
        end = m.end()
        count, each, unit = _rep_parts(m)
        km_per_unit = _REP_KM.get(unit)
        if km_per_unit is not None:  # "8x400m"; "10x30s" strides add no distance
            reps_km += count * each * km_per_unit
            t = _REP_TIME.match(text, end)
            if t is not None:
                one = int(t["m"]) * 60 + int(t["s"]) if t["m"] else int(t["secs"])
                reps_s += count * one
                end = t.end()
        spans.append((m.start(), end))
    if not spans:
        return 0.0, 0.0, text
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return reps_km, reps_s, _REST.sub(" ", text)
