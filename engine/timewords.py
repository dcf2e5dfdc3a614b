"""Words for when something happened ("this morning", "yesterday at 7", "2 hours ago").

The engine never reads the clock (STYLE.md 3.3): every phrase is anchored on the moment the
message arrived, in the user's zone, so "yesterday" means the user's yesterday, not UTC's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: Clock time assumed for a part of the day named without one. A judgement call: typical
#: training and meal times, so the day's balance lands on the right local day.
PART_OF_DAY: dict[str, time] = {
    "morning": time(7, 0),
    "breakfast": time(8, 0),
    "mid-morning": time(10, 30),
    "noon": time(12, 0),
    "midday": time(12, 0),
    "lunch": time(12, 30),
    "lunchtime": time(12, 30),
    "afternoon": time(15, 0),
    "mid-afternoon": time(15, 30),
    "evening": time(19, 0),
    "dinner": time(19, 0),
    "tonight": time(20, 0),
    "night": time(20, 0),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_AGO_UNITS = {"h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "m": 60,
              "min": 60, "mins": 60, "minute": 60, "minutes": 60}  # fmt: skip

_AGO = re.compile(
    r"\b(?P<n>[0-9]{1,3}(?:\.[0-9])?|an?|one|two|three|four|five|six|half an?)\s*"
    r"(?P<u>hours?|hrs?|h|minutes?|mins?|m)\s+ago\b"
)
_DAY = re.compile(
    r"\b(?:(?P<dby>day before yesterday)|(?P<yday>yesterday|yday|yest)|(?P<lastnight>last night)"
    r"|(?P<today>today)|(?:on |last )?(?P<wd>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday(?!\s+roasts?\b))"  # "a sunday roast" is food
    # up to a fortnight back: "10 days ago I weighed 72.4" (a stage race of 8 days, below)
    r"|(?P<dago>1[0-4]|[2-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen)\s+days\s+ago)\b"
)
#: Days counted in words, up to a fortnight ("ten days ago", "an eight day stage race").
DAY_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
}  # fmt: skip
_PART = re.compile(
    r"\b(?:in the |this |at |for )?(?P<part>mid[- ]?(?:morning|afternoon)|morning|noon|midday"
    r"|lunchtime|afternoon|evening"
    r"|tonight|night)\b(?!(?<=afternoon) tea\b)(?!(?<=morning) tea\b)(?!(?<=evening) meal\b)"
)
#: Cheap first look: most clauses have no time phrase, so three searches become one.
_ANY_TIME = re.compile(
    r"(?=[0-9@aeflmnstwy])(?:"  # every branch's first character: other positions fail at once
    r"\bago\b|\b(?:yesterday|yday|yest|today|last night|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|morning|noon|midday|lunchtime|afternoon|evening|tonight|night|at|around)\b"
    r"|@\s*[0-9]{1,2}(?![0-9:]*\s*(?:/|pace))|[0-9]\s*(?:am|pm|a\.m\.|p\.m\.)"
    r")"
)
#: The words in _ANY_TIME's word branches. A text whose letter runs hold none of them, with no
#: "@" and no "am"/"pm", names no time: the caller that has the words spares the scan.
_TIME_WORDS = frozenset(
    (*WEEKDAYS, "ago", "yesterday", "yday", "yest", "today", "night", "morning", "noon",
     "midday", "lunchtime", "afternoon", "evening", "tonight", "at", "around")
)  # fmt: skip
_CLOCK = re.compile(
    r"(?:\b(?:at|around|@)\s*(?P<h>[0-9]{1,2})(?:[:.h](?P<m>[0-9]{2}))?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)?"
    r"|\b(?P<h2>[0-9]{1,2})(?::(?P<m2>[0-9]{2}))?\s*(?P<ap2>am|pm|a\.m\.|p\.m\.))(?![0-9]|:[0-9])"
    r"(?!\.[0-9])(?!\s*(?:km|k\b|mi|min|h\b|hr|hour|kg|lb|g\b|x\b|/|pace|per|miles?|kcal|cal|mph"
    r"|kph|%|st\b|stone))"
)

_REPS_BEFORE = re.compile(
    r"[0-9]\s*x\s*[0-9.]+\s*[a-z]*\s*(?:reps?\s*)?$"
    r"|[0-9a-z]\s*(?:reps?|repeats)?\s*x\s*[0-9]{1,2}\s*$"  # "800m x 10 at 3:20"
)


@dataclass(frozen=True, slots=True)
class TimeRef:
    """When the message says something happened.

    `exact` is True for a clock time or "N hours ago"; False for a day or part of the day, where
    the hour is the parser's assumption (so the event lists "started_at" as estimated).
    """

    at: datetime
    exact: bool
    earlier: datetime | None = None  # 12 h earlier, for a bare "at 7" that may mean 7 am


def _blank(text: str, match: re.Match[str]) -> str:
    start, end = match.span()
    return text[:start] + " " * (end - start) + text[end:]


def _ago_seconds(n: str, unit: str) -> float:
    words = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0,
             "five": 5.0, "six": 6.0, "half a": 0.5, "half an": 0.5}  # fmt: skip
    value = words.get(n)
    if value is None:
        value = float(n)
    return value * _AGO_UNITS[unit]


def _local_dt(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def _clock_hour(hour: int, ampm: str | None, part: str | None) -> int:
    """24-hour clock from what was typed: "7pm", "19:00", "at 7 in the evening", bare "at 7"."""
    if ampm:
        hour %= 12
        return hour + 12 if ampm.startswith("p") else hour
    if part in {"afternoon", "mid-afternoon", "evening", "tonight", "night"} and hour < 12:
        return hour + 12
    return hour


def find_time(
    text: str, received_at: datetime, tz: ZoneInfo, words: Iterable[str] | None = None
) -> tuple[TimeRef | None, str]:
    """Find the time phrase in `text`; return it and the text with the phrase blanked out.

    Blanking keeps the other numbers' positions and stops "2 hours ago" being read as a duration.
    `words`, when the caller has them, are the text's runs of letters a-z.
    """
    if words is not None and _TIME_WORDS.isdisjoint(words) and not _has_clock_marks(text):
        return None, text
    if _ANY_TIME.search(text) is None:
        return None, text
    if "ago" in text:
        m = _AGO.search(text)
        if m:
            seconds = _ago_seconds(m["n"], m["u"])
            if seconds <= 7 * 86400:
                at = received_at - timedelta(seconds=seconds)
                return TimeRef(at, exact=True), _blank(text, m)
    local_now = received_at.astimezone(tz)
    day, default_part, text = _find_day(text, local_now.date())
    part: str | None = None
    p = _PART.search(text)
    if p:
        part = p["part"]
        if part.startswith("mid") and part != "midday":  # "mid morning", "midafternoon"
            part = "mid-" + part[3:].lstrip(" -")
        text = _blank(text, p)
    c = _CLOCK.search(text)
    if c is not None and _REPS_BEFORE.search(text, 0, c.start()):
        c = None  # "6 x 1 mile at 6:30": the time of each rep, not a clock time
    if c:
        hour = int(c["h"] if c["h"] is not None else c["h2"])
        minute = int(c["m"] or c["m2"] or 0)
        ampm = c["ap"] or c["ap2"]
        hour = _clock_hour(hour, ampm, part)
        if hour < 24 and minute < 60:
            said = c["h"] if c["h"] is not None else c["h2"]
            fixed = ampm is not None or part is not None or (said[0] == "0" and len(said) == 2)
            ref = _resolve_clock(local_now, day, time(hour, minute), fixed=fixed, tz=tz)
            return ref, _blank(text, c)
    part = part or default_part
    if part is None and (day is None or day == local_now.date()):
        return None, text  # "today" alone says no more than the message's own time
    clock = PART_OF_DAY[part] if part else time(12, 0)
    target_day = day if day is not None else local_now.date()
    at = _local_dt(target_day, clock, tz)
    # "tonight" said in the afternoon: it happened now at the latest
    return TimeRef(min(at, received_at), exact=False), text


def _has_clock_marks(text: str) -> bool:
    """ "@ 7", "7am", "7 p.m.": the branches of _ANY_TIME that are not whole words."""
    return "@" in text or "am" in text or "pm" in text or "a.m" in text or "p.m" in text


def _find_day(text: str, today: date) -> tuple[date | None, str | None, str]:
    """The day named ("yesterday", "on monday"), a part of day it implies, and the rest."""
    d = _DAY.search(text)
    if d is None:
        return None, None, text
    default_part: str | None = None
    if d["dby"]:
        day = today - timedelta(days=2)
    elif d["yday"]:
        day = today - timedelta(days=1)
    elif d["lastnight"]:
        day = today - timedelta(days=1)
        default_part = "night"
    elif d["today"]:
        day = today
    elif d["dago"]:
        day = today - timedelta(days=DAY_WORDS.get(d["dago"]) or int(d["dago"]))
    else:
        day = today - timedelta(days=(today.weekday() - WEEKDAYS.index(d["wd"])) % 7)
    return day, default_part, _blank(text, d)


def _resolve_clock(
    local_now: datetime, day: date | None, clock: time, *, fixed: bool, tz: ZoneInfo
) -> TimeRef:
    """The most recent past moment a clock time can mean ("at 7" said at 20:00 is 19:00).

    A bare hour without am/pm may be either half of the day; `earlier` keeps the other
    reading so a session that would end after the message can move to the morning.
    """
    hour = clock.hour
    ambiguous = not fixed and 0 < hour < 12
    if day is not None:
        if ambiguous and hour < 6:
            clock = clock.replace(hour=hour + 12)  # "yesterday at 5": 5 pm, not 5 am
        return TimeRef(_local_dt(day, clock, tz), exact=True)
    now_utc = local_now.astimezone(UTC)
    hours = (hour, hour + 12) if ambiguous else (hour,)
    best = max(
        at
        for back in (0, 1)
        for h in hours
        if (at := _local_dt(local_now.date() - timedelta(days=back), clock.replace(hour=h), tz))
        <= now_utc + timedelta(minutes=5)
    )
    earlier = best - timedelta(hours=12) if ambiguous else None
    return TimeRef(best, exact=True, earlier=earlier)
