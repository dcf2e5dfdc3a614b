"""A bare number after a session word: "yoga 60", "swim 45", "core 20", "bike 90".

Runners write the minutes without a unit. Left alone the number is dropped and the session
gets the default length; read here it is the minutes (or, for a swim or a row of 200 and more,
the metres: "swim 1500"). Lifts are left alone: "squat 140" is a weight on the bar.
"""

from __future__ import annotations

import re

from engine.activities import ACTIVITY_WORDS
from engine.parsing.context import _words
from engine.parsing.runs import _DISTANCE, _DURATION

#: Session words whose bare number is minutes (every activity, and strength sessions by name).
_SESSION_WORDS = frozenset(w for w in ACTIVITY_WORDS if " " not in w) | _words(
    "gym core abs circuit circuits hiit crossfit stretching stretch mobility weights strength",
    "calisthenics bodypump conditioning",
)
_METRES_OVER = 200  # "swim 1500", "row 2000": a swim or a row that long is metres
_MINUTES = range(5, 301)
_UNIT_AFTER = (
    r"(?![0-9.:,/])(?!\s*(?:x\b|x\s*[0-9]|[%'\"]|(?:k|km|kms|m|mi|miles?|metres?|meters?|yds?|yards?"
    r"|lengths?|laps?|reps?|sets?|rounds?|kg|kgs|kilos?|lbs?|kcal|cals?|calories|st|stone"
    r"|pounds?|s|secs?|seconds|h|hrs?|hours?|min|mins|minutes|pm|am|bpm|w|watts?)\b))"
)
#: "yoga 60", "pilates: 45", or the minutes first: "then 20 core".
_BARE = re.compile(
    rf"\b(?P<w>[a-z]+)\s*:?\s*(?P<n>[0-9]{{1,4}}){_UNIT_AFTER}"
    r"|(?<![0-9.:/x] )(?<![0-9.:/x])\b(?P<n2>[0-9]{1,3})\s+(?P<w2>[a-z]+)\b"
)


def _bare_number(text: str) -> str:
    """The text with a session word's bare number given its unit ("yoga 60" -> "yoga 60 min")."""
    if _DURATION.search(text) is not None:
        return text  # the session has its time: any other number is something else
    for m in _BARE.finditer(text):
        word, n = (m["w"], int(m["n"])) if m["w"] else (m["w2"], int(m["n2"]))
        if word not in _SESSION_WORDS:
            continue
        if m["w2"]:  # "20 core": the minutes before the word
            if n not in _MINUTES:
                return text
            return text[: m.start("n2") + len(m["n2"])] + " min" + text[m.end("n2") :]
        if ACTIVITY_WORDS.get(word) in ("swim", "row") and n >= _METRES_OVER:
            if _DISTANCE.search(text) is not None:
                return text
            unit = "m"
        elif n in _MINUTES:
            unit = " min"
        else:
            return text
        return text[: m.end("n")] + unit + text[m.end("n") :]
    return text
