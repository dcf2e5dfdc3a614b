"""Numbers said aloud, as a phone's dictation writes them: "twelve kilometres in one hour and
four minutes", "seventy one point four", "nine and a half k in forty nine minutes".

The readers of runs, weigh-ins and amounts read digits; a dictated message says the same
figures in words. They are written as digits once, before any reader sees the text, so every
reader gains them alike; but only as figures: before a unit of a session or a body ("twelve
kilometres", "one hour", "forty nine minutes", "eleven stone"), after one ("stone six", "hour
fifty two"), or with "point" or "and a half". A food's own number words ("two eggs", "a
couple of", "three quarters of a bagel", "half a dozen") are left to the item reader, which
knows them, and so is every other number said in words ("the twelve of us").

Hundreds and thousands ("five hundred", "one hundred and ten", "a thousand", "one and a half
thousand") are figures only before a unit of energy, weight or length ("about six hundred
calories", "two hundred grams", "four hundred metres"): "the hundred" and "a thousand things"
stay words.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_DIGIT_WORDS = {**_UNITS, "oh": 0, "o": 0}
#: Every word of a number said with hundreds or thousands.
_NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, "hundred": 0, "thousand": 0, "half": 0}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alt({k: v for k, v in _UNITS.items() if k != "zero"})
#: A whole number said in words: "forty nine", "forty-nine", "twelve", "seven".
_WHOLE = (
    rf"(?:(?P<tens>{_alt(_TENS)})(?:[- ](?P<unit>{_UNIT}))?"
    rf"|(?P<teen>{_alt(_TEENS)})|(?P<one>{_UNIT}))"
)
#: The units a lone "one" (or any lone digit word) may stand before as a figure.
_FIGURE_UNIT = (
    r"(?:k|kay|km|kms|kilometres?|kilometers?|ks|mi|miles?|milers?|minutes?|mins?|hours?|hrs?|seconds?"
    r"|secs?|stone|st|kilos?|kg|kgs|pounds?|lbs?|laps?|reps?|times|x|sets?|metres?|meters?"
    r"|percent|days?|weeks?|mph|kph|kmh|lengths?|minz)"
)
_SPOKEN = re.compile(
    rf"\b{_WHOLE}"
    rf"(?:\s+point\s+(?P<dec>(?:(?:{_alt(_DIGIT_WORDS)})\b\s*)+)"
    r"|\s+and\s+a\s+half\b(?P<half>)"
    r"|(?=\s+(?P<next>[a-z]+)))?"
    r"(?![a-z-])"
)
#: Tried at every position of a message: a look at the first letter of its words first fails
#: nearly every position at once, instead of at a word edge and then in each of 27 words.
_HINT = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in (*_TENS, *_TEENS, *_UNITS)}))}])"
    rf"\b(?:{_alt(_TENS)}|{_alt(_TEENS)}|{_UNIT})\b"
)
#: Shares of one thing, the item reader's words: "three quarters", "two thirds".
_SHARE_WORDS = frozenset(("third", "thirds", "quarter", "quarters", "half", "halves"))
_FIGURE_UNIT_RE = re.compile(_FIGURE_UNIT)
#: A time said as a word before a thing, no figure: "two minute noodles", "three day old
#: bread", "a four hour fast" (their food or words are another reader's); "two minute
#: recoveries" and "one hour easy" still are.
_NAMES_A_THING = re.compile(
    r"\s+(?:minute|min|hour|hr|day|week|second|sec)\s+(?!(?:and|in|of|at|for|on|then|with|"
    r"run|runs|jog|walk|swim|ride|bike|spin|session|workout|easy|steady|tempo|recovery"
    r"|recoveries|rest|jogs|walks|warm|cool|total|long|each|plank|ago|after|before)\b)[a-z]"
)
#: How long something other than a session lasted: "a twelve hour shift", "a twenty minute
#: drive", "a fourteen hour day".
_A_TIME_OF_SOMETHING = re.compile(
    r"\s+(?:minute|min|hour|hr|day|week)\s+(?:night\s+|day\s+|long\s+)?(?:shift|shifts|day|wait"
    r"|drive|fast|nap|sleep|break|flight|train|journey|meeting|lecture|call|delay|noodles|old"
    r"|car|bus|trip|queue)\b"
)
#: The pounds after a stone figure, the minutes after an hour: "eleven stone six", "one
#: hour fifty two".
_AFTER_A_UNIT = re.compile(r"(?:\bstone|[0-9]\s*st|\bhours?|\bhrs?)\s+$")
#: The seconds after minutes said in words: "twenty four minutes fifty".
#: The words a time said aloud may end before ("... minutes fifty and then a roll"); any
#: other word may be what the number counts ("boiled for six minutes two eggs").
_AFTER_A_TIME = frozenset({
    "and", "then", "this", "today", "tonight", "at", "on", "in", "with", "for", "so", "but",
    "yesterday", "flat", "exactly",
})  # fmt: skip
_AFTER_MINUTES = re.compile(rf"(?:[0-9]|\b{_WHOLE})\s*(?:minutes?|mins?)\s+$")
#: "five kay", "5 k", "12 kilometres": a distance in kilometres, as "5k" and "12 km" are
#: written (the word a dictation spells out is one the run's hint does not look for).
_KAY = re.compile(r"\b([0-9]+(?:\.[0-9]+)?)\s*(?:(?P<k>kay|k)|kilometres?|kilometers?)\b(?![.'])")


def _kilometres(m: re.Match[str]) -> str:
    return f"{m[1]}k" if m["k"] else f"{m[1]} km"


def _value(m: re.Match[str]) -> float:
    if m["tens"]:
        return _TENS[m["tens"]] + (_UNITS[m["unit"]] if m["unit"] else 0)
    if m["teen"]:
        return _TEENS[m["teen"]]
    return _UNITS[m["one"]]


def _figure(m: re.Match[str]) -> str:
    value = _value(m)
    if m["dec"] is not None:
        digits = "".join(str(_DIGIT_WORDS[w]) for w in m["dec"].split())
        return f"{int(value)}.{digits} " if m["dec"].endswith(" ") else f"{int(value)}.{digits}"
    if m["half"] is not None:
        return f"{value + 0.5:g}"
    nxt = m["next"]
    before = m.string[max(0, m.start() - 12) : m.start()]
    if _AFTER_A_UNIT.search(before) is not None:
        return f"{value:g}"  # "eleven stone six", "one hour fifty two"
    if (
        value < 60
        and _AFTER_MINUTES.search(m.string, max(0, m.start() - 30), m.start()) is not None
        and (nxt is None or nxt in _AFTER_A_TIME)
    ):
        return f"{value:g} seconds"  # "twenty four minutes fifty": 24:50
    if nxt is None or nxt in _SHARE_WORDS or _FIGURE_UNIT_RE.fullmatch(nxt) is None:
        return m[0]  # before food the item reader reads it ("two eggs", "three quarters")
    lone = m["one"] is not None and not m["tens"]
    thing = _NAMES_A_THING if lone else _A_TIME_OF_SOMETHING
    if thing.match(m.string, m.end()) is not None:
        return m[0]  # "two minute noodles", "a twelve hour shift": no figure of a session
    return f"{value:g}"


#: A number said with hundreds or thousands, before the unit that makes it a figure.
_LARGE = re.compile(
    rf"\b(?P<n>(?:{_alt(_NUMBER_WORDS)}|a)(?:[\s-]+(?:{_alt(_NUMBER_WORDS)}|a|and))*)"
    r"(?=\s*(?:k?cals?\b|kcals?\b|calories?\b|kilocalories\b|kilojoules\b|kj\b|grams?\b|g\b"
    r"|ml\b|millilitres?\b|milliliters?\b|metres?\b|meters?\b|m\b"
    r"|pounds?\b|lbs?\b|kilos?\b|kgs?\b"  # a weigh-in: "one hundred and seventy pounds"
    r"|\s+in\s+[0-9]{1,2}:[0-5][0-9]))"  # "the fifteen hundred in 4:40": a track race's metres
)


def _large_value(words: list[str]) -> float | None:
    """The value of "one hundred and ten", "a thousand", "one and a half thousand", "two
    thousand three hundred"; None without a hundred or a thousand (the words of one to
    ninety-nine are read as before) or when the words make no one number."""
    if "hundred" not in words and "thousand" not in words:
        return None
    total = current = 0.0
    for at, word in enumerate(words):
        after = words[at + 1] if at + 1 < len(words) else ""
        if word == "a":
            if after in ("hundred", "thousand"):
                current += 1
            elif after != "half" or not current:
                return None  # "a two hundred": no one number
        elif word == "half":
            current += 0.5
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0.0
        elif word != "and":
            current += _NUMBER_WORDS[word]
    return total + current


def _large(m: re.Match[str]) -> str:
    if m.string.startswith(" in", m.end()) and not m.string.endswith("the ", 0, m.start()):
        return m[0]  # only "the fifteen hundred in 4:40" is a track race's metres
    words = m["n"].replace("-", " ").split()
    while words and words[0] in ("a", "and") and words[1:2] not in (["hundred"], ["thousand"]):
        words.pop(0)  # "had a two hundred calorie bar": the bar's "a"
    value = _large_value(words)
    if value is None:
        return m[0]
    kept = m["n"][: len(m["n"]) - len(" ".join(words))] if words else ""
    return f"{kept}{value:g}"


_TENS_ALT = _alt(_TENS)
_TEENS_ALT = _alt(_TEENS)
#: A run's time dictated as two numbers after "in": "in forty nine twenty" (49:20), "in one
#: fifty two" (1:52), "in twenty six oh five" (26:05); the second is minutes or seconds.
_SPOKEN_CLOCK = re.compile(
    rf"\bin\s+(?P<a>(?:{_TENS_ALT})(?:[- ](?:{_UNIT}))?|{_TEENS_ALT}|{_UNIT})\s+"
    rf"(?P<b>(?:oh|o)\s+(?:{_UNIT})|(?:{_TENS_ALT})(?:[- ](?:{_UNIT}))?|{_TEENS_ALT})\b"
    rf"(?!\s+(?:{_FIGURE_UNIT}|{_TENS_ALT}|{_TEENS_ALT}|{_UNIT}|and|point)\b)"
)
#: Words of a run beside which two numbers after "in" are its time.
_RUN_SAID = re.compile(
    r"\b(?:ran|run|jog|jogged|race|raced|parkrun|marathon|half|k|kay|km|kilometres?|miles?"
    r"|metres|meters)\b"
)


def _words_value(words: str) -> int:
    total = 0
    for word in words.replace("-", " ").split():
        total += _TENS.get(word) or _TEENS.get(word) or _UNITS.get(word, 0)
    return total


def _spoken_clock(m: re.Match[str]) -> str:
    minutes, seconds = _words_value(m["a"]), _words_value(m["b"])
    return f"in {minutes}:{seconds:02d}" if seconds < 60 else m[0]


def spoken_numbers(text: str) -> str:
    """The text with numbers said in words written as digits (see the module docstring)."""
    if "in " in text and _RUN_SAID.search(text) is not None:
        text = _SPOKEN_CLOCK.sub(_spoken_clock, text)  # "ten k in forty nine twenty"
    if "hundred" in text or "thousand" in text:
        text = _LARGE.sub(_large, text)
    if _HINT.search(text) is not None:
        text = _SPOKEN.sub(_figure, text)
    if " k" in text:
        text = _KAY.sub(_kilometres, text)  # "5 kay", "9.5 k": "5k"; "12 kilometres": "12 km"
    return text
