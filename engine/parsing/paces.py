"""Paces, speeds and treadmill incline: "5:15/km", "@ 8:30/mi", "6.0 mph", "12 km/h", "2%"."""

from __future__ import annotations

import re

from engine.profile import Units
from engine.quantities import KM_PER_MILE

_PACE = re.compile(
    r"(?=[0-9@ap])(?:"
    r"(?:(?:@|\bat|\bpace(?:\s+of|\s+was|:)?|\bavg|\baverage|\bavg pace)\s*+)?"
    r"(?<![0-9:.])(?P<m>[0-9]{1,2})[:'.](?P<s>[0-5][0-9])\"?\s*+"
    r"(?:(?:min(?:ute)?s?\s*+)?(?:/|per\s+|a\s+)(?P<u>km|k|kilometer|kilometre|mi|mile|m)\b"
    r"|(?P<word>pace|min/km|min/mi|mpk|mpm|mil+ing)\b)"
    r"|(?:@|\bpace(?:\s+of|\s+was|:)?|\baverag(?:ed|ing|e)|\bavg)\s*(?:of\s+|about\s+|around\s+)?"
    r"(?P<m2>[0-9]{1,2})[:'](?P<s2>[0-5][0-9])\"?(?![0-9:])"
    # whole minutes: "at 9 min pace", "9 min/mile", "10 minute miles", "5 mins per km"
    r"|(?:(?:@|\bat|\bpace(?:\s+of|\s+was|:)?|\bavg|\baverage)\s*+)?"
    r"(?<![0-9:.])(?P<m3>[0-9]{1,2}(?:\.[0-9])?)\s*(?:min(?:ute)?s?|m)(?:\s*|-)"
    r"(?:(?:/|per\s+|a\s+)(?P<u3>km|k|kilometer|kilometre|mi|mile)\b|(?P<word3>pace"
    r"|(?:mile|km|k|kilometer|kilometre)\s+pace|miles|mi|kms|kilometers|kilometres|mil+ing)\b)"
    r")"
)
#: Speed instead of pace: "5 miles at 6.0 mph", "12 km/h for 30 min".
_SPEED = re.compile(
    r"(?:@\s*|\bat\s+)?\b(?P<v>[0-9]{1,2}(?:\.[0-9]+)?)\s*"
    r"(?P<u>mph|km/h|kmh|kph|kmph|km/hr|kms/h|k/h)(?![a-z])"
)
#: Treadmill incline in percent: "incline 2%", "at 1.5% incline", "@ 1%".
_INCLINE = re.compile(
    r"\bincline\s*(?:of|at|:)?\s*(?P<g>[0-9]{1,2}(?:\.[0-9]+)?)\s*%?"
    r"|(?:@\s*|\bat\s+)?(?P<g2>[0-9]{1,2}(?:\.[0-9]+)?)\s*%(?:\s*(?:incline|grade|gradient)\b)?"
)
_PACE_HINT = re.compile(r"[0-9]\s*(?:/\s*(?:km|k|mi|mile)\b|min/(?:km|mi)|pace)")


def _pace_s_per_km(text: str, units: Units, miles: bool) -> tuple[float | None, str]:
    if (
        ":" not in text and "'" not in text and "pace" not in text and "/" not in text
        and "min" not in text and "per " not in text
    ):
        return None, text
    m = _PACE.search(text)
    if m is None:
        return None, text
    if m["m3"] is not None:  # whole minutes, "9 min/mile", "10 minute miles"
        minutes, seconds = 0, round(float(m["m3"]) * 60)
        unit, word = m["u3"] or "", m["word3"] or ""
        if word.endswith("pace") and word != "pace":
            unit = word.split()[0]
        elif word in {"miles", "mi"} or word.endswith("ing"):  # "9 minute miling"
            unit = "mi"
        elif word in {"kms", "kilometers", "kilometres"}:
            unit = "km"
    else:
        minutes = int(m["m"] if m["m"] is not None else m["m2"])
        seconds = int(m["s"] if m["s"] is not None else m["s2"])
        unit = m["u"] or ""
        word = m["word"] or ""
    per_mile = unit in {"mi", "mile", "m"} or word in {"min/mi", "mpm"} or word.endswith("ing")
    if not unit and word not in {"min/km", "mpk"}:
        # "9 min pace" after "6.2 miles" is per mile; the "mi" of "min" says nothing
        per_mile = (miles and _MILES_IN.search(text) is not None) or units == "imperial"
    pace = float(minutes * 60 + seconds)
    if per_mile:
        pace /= KM_PER_MILE
    return pace, text[: m.start()] + " " + text[m.end() :]


_MILES_IN = re.compile(r"(?<![a-z])(?:mi|miles?|mls|miler)\b")


def _incline(text: str) -> tuple[float | None, str]:
    """Treadmill grade as a fraction ("incline 2%" -> 0.02), and the text without it."""
    if "%" not in text and "incline" not in text:
        return None, text
    m = _INCLINE.search(text)
    if m is None:
        return None, text
    return float(m["g"] or m["g2"]) / 100, text[: m.start()] + " " + text[m.end() :]


def _speed_pace(text: str) -> tuple[float | None, str]:
    """Pace in s/km from a speed ("6 mph", "12 km/h"), and the text without it."""
    if "mph" not in text and "/h" not in text and "kph" not in text and "kmh" not in text:
        return None, text
    m = _SPEED.search(text)
    if m is None or float(m["v"]) <= 0:
        return None, text
    kmh = float(m["v"]) * (KM_PER_MILE if m["u"] == "mph" else 1.0)
    return 3600 / kmh, text[: m.start()] + " " + text[m.end() :]
