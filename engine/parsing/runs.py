"""Runs: distance, time, pace, speed, reps, climb and incline, checked against what a human can do.

The readers of time and distance here serve the other sessions too (sessions.py).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from engine.energy import one_met_kcal_per_min, run_net_kcal
from engine.errors import ImplausibleValue
from engine.events import RunLogged
from engine.parsing.context import (
    DEFAULT_PACE_S_PER_KM,
    HALF_MARATHON_KM,
    MARATHON_KM,
    MAX_ELEVATION_M,
    MAX_RUN_KM,
    MAX_RUN_KMH,
    MAX_RUN_S,
    MIN_RUN_KMH,
    SPRINT_MAX_KMH,
    ParseContext,
)
from engine.quantities import (
    KM_PER_MILE,
    M_PER_FOOT,
    NUMBER_WORDS,
)
from engine.timewords import TimeRef
from engine.units import climb as climb_text
from engine.units import short_distance, speed

#: Patterns tried at every position of a clause start with a look at the first character
#: ("(?=[0-9aoth])"): a position that cannot start any branch fails there, instead of in each
#: of a dozen branches. The set is every branch's possible first character.
_DURATION = re.compile(
    r"(?=[0-9aoth])(?:"
    r"\b(?P<hms>(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9]))\b"
    r"|\b(?P<ms>(?P<mm>[0-9]{1,3}):(?P<ss>[0-5][0-9]))\b(?!\s*(?:/|per\b|pace|min/|am|pm))"
    r"|\b(?P<hh>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:hours|hour|hrs|hr|h)\s*(?:and\s+)?"
    r"(?:(?P<hmin>[0-9]{1,2})(?!\s*(?:km|kms|k|mi|miles?)\b|\.[0-9])"
    r"\s*(?:minutes|minute|mins|min|m|')?)?(?![0-9a-z]|\.[0-9])"
    r"|\b(?P<min>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:minutes|minute|mins|minz|min|mn|')(?![a-z])"
    r"(?:\s*(?:and\s+)?(?P<sec>[0-9]{1,2})\s*(?:(?:seconds|second|secs|sec|s)\b|\"|''))?"
    r"|\b(?P<min2>[0-9]{1,2}(?:\.[0-9]+)?)\s*m(?=\s|$|[,.!)])"
    r"|\b(?P<secs>[0-9]{1,5})\s*(?:seconds|second|secs|sec|s)\b"
    r"|\b(?P<halfh>half an hour|half hour|0\.5 hour)\b"
    r"|\b(?P<hword>an|one|two|three|a couple of|a couple)\s+(?P<hwordu>hours|hour|hr)"
    r"(?:\s+and\s+a\s+(?P<plushalf>half))?(?:\s*(?:and\s+)?(?P<hwmin>[0-9]{1,2})"
    r"\s*(?:minutes|mins|min|m)?)?\b"
    r"|\b(?P<hrhalf>an hour and a half|hour and a half)\b"
    r")"
)
_IN_BARE = re.compile(r"\bin\s+(?P<n>[0-9]{1,3}(?:\.[0-9]+)?)(?![0-9.:])(?!\s*[a-z])")
_DISTANCE = re.compile(
    r"(?=[0-9t])(?P<total>\btotal\s*(?:of\s*)?)?\b(?P<v>[0-9]{1,4}(?:\.[0-9]+)?)\s*"
    r"(?P<u>km|kms|k|ks|kilometers?|kilometres?|kay|mi|mile|miles|miler|mls|m|meters?|metres?"
    r"|yds?|yards?)"
    r"(?![a-z])(?P<total2>\s*(?:in\s+)?total)?"
)
_NAMED_DISTANCE = re.compile(
    r"\b(?P<half>half[- ]?marathon|half[- ]?mara\b"
    r"|half(?=\s*(?:$|in\b|at\b|today|yesterday|done|race|pb|pr\b"
    r"|[0-9(,.!]))|hm|13\.1)\b|\b(?P<full>marathon|26\.2)\b"
    r"|\b(?P<park>parkrun|park run)\b"
)
_BARE_RUN_NUMBER = re.compile(
    r"\b(?:ran|run|jogged|did)\s+(?:a\s+)?(?:easy\s+|quick\s+|slow\s+)?(?P<v>[0-9]{1,3}(?:\.[0-9]+)?)"
    r"(?![0-9.:])(?!\s*(?:x|min|mins|minutes|h|hr|hours?|sec|s|times)\b)"
)
#: A kind of run and a bare number, nothing else: "easy 3.1", "steady 8" (the user's unit).
_KIND_AND_NUMBER = re.compile(
    r"^(?:an?\s+)?(?:easy|steady|slow|long|shakeout|shake out|recovery run|lsd)\s+"
    r"(?P<v>[0-9]{1,2}(?:\.[0-9]+)?)\W*$"
)
_PACE = re.compile(
    r"(?=[0-9@ap])(?:"
    r"(?:(?:@|\bat|\bpace(?:\s+of|\s+was|:)?|\bavg|\baverage|\bavg pace)\s*+)?"
    r"(?<![0-9:.])(?P<m>[0-9]{1,2})[:'.](?P<s>[0-5][0-9])\"?\s*+"
    r"(?:(?:min(?:ute)?s?\s*+)?(?:/|per\s+|a\s+)(?P<u>km|k|kilometer|kilometre|mi|mile|m)\b"
    r"|(?P<word>pace|min/km|min/mi|mpk|mpm)\b)"
    r"|(?:@|\bpace(?:\s+of|\s+was|:)?)\s*(?P<m2>[0-9]{1,2}):(?P<s2>[0-5][0-9])(?![0-9:])"
    # whole minutes: "at 9 min pace", "9 min/mile", "10 minute miles", "5 mins per km"
    r"|(?:(?:@|\bat|\bpace(?:\s+of|\s+was|:)?|\bavg|\baverage)\s*+)?"
    r"(?<![0-9:.])(?P<m3>[0-9]{1,2}(?:\.[0-9])?)\s*(?:min(?:ute)?s?|m)(?:\s*|-)"
    r"(?:(?:/|per\s+|a\s+)(?P<u3>km|k|kilometer|kilometre|mi|mile)\b|(?P<word3>pace"
    r"|(?:mile|km|k|kilometer|kilometre)\s+pace|miles|mi|kms|kilometers|kilometres)\b)"
    r")"
)
_ELEVATION = re.compile(
    r"(?=[0-9+↑acegv])(?:"
    r"(?:\+|↑)\s*(?P<v>[0-9]{1,5})\s*(?P<u>m|ft|feet|meters?|metres?)?(?![0-9a-z])"
    r"|\b(?P<v2>[0-9]{1,5})\s*(?P<u2>m|ft|feet|meters?|metres?)\s*(?:of\s+)?(?:(?:climb(?:ing)?"
    r"|elevation(?: gain)?|elev|gain|vert|vertical|ascent|up)\b|d\+)"
    r"|\b(?:elevation(?: gain)?|elev|gain|climb(?:ing|ed)?|ascent|vert)\s*(?:of|:)?\s*\+?"
    r"(?P<v3>[0-9]{1,5})\s*(?P<u3>m|ft|feet|meters?|metres?)?(?![0-9a-z])"
    r")"
)
KM_PER_YARD = 0.0009144  # international yard
_REP_KM = {"m": 0.001, "km": 1.0, "k": 1.0, "mi": KM_PER_MILE, "mile": KM_PER_MILE,
           "miles": KM_PER_MILE}  # fmt: skip
_REPS = re.compile(
    r"\b(?P<n>[0-9]{1,2})\s*x\s*(?P<d>[0-9]{1,4}(?:\.[0-9]+)?)\s*"
    r"(?P<u>miles?|mi|km|k|m|s|secs?|seconds|mins?|minutes?)?\b"
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
_RUN_TAGS = re.compile(
    r"(?=[0-9acdefghilmprstyz])(?:"
    r"\b(?P<easy>easy|zone 2|z2|chill|gentle|slow)\b"
    r"|\b(?P<tempo>tempo|threshold|lt run)\b"
    r"|\b(?P<intervals>intervals?|reps|repeats|fartlek|track|[0-9]+\s*[a-z]*\s*x\s*[0-9]+|yassos?)"
    r"|\b(?P<long>long|lsr)\b"
    r"|\b(?P<race>race|raced|racing|parkrun|park run|pb|pr)\b"
    r"|\b(?P<recovery>recovery|shakeout|shake-out|shake out)\b"
    r"|\b(?P<treadmill>treadmill|tread|dreadmill)\b"
    r"|\b(?P<trail>trails?)\b"
    r"|\b(?P<hard>hard|all[- ]out|max effort)\b"  # science.md §9 N7 rev 2: a hard session
    r")"
)
_TAG_ORDER = ("easy", "tempo", "intervals", "long", "race", "recovery", "treadmill", "trail",
              "hard")


_HALF_RUN = re.compile(
    r"\bhalf(?:[- ]marathon|[- ]mara\b"
    r"|\s*(?:$|in\b|at\b|today|yesterday|done|race|pb|pr\b|[0-9(,.!]))"
)


_RACE_NUMBER = re.compile(r"(?<![0-9.])(?:13\.1|26\.2)(?![0-9.])(?!\s*(?:kg|lb|g\b|%))")
_PACE_HINT = re.compile(r"[0-9]\s*(?:/\s*(?:km|k|mi|mile)\b|min/(?:km|mi)|pace)")


_REPS_HINT = re.compile(
    r"\b[0-9]{1,2}\s*x\s*[0-9.]+\s*"
    r"(?:m|km|k|mi|miles?|meters?|metres?|s|secs?|mins?|minutes?)?\b"
    r"|\b(?:[0-9]{3,4}\s*(?:m|s)?|[0-9.]+\s*(?:km|k|mi|miles?)|mile)\s*(?:reps?|repeats)?\s*x\s*[0-9]"
)
_DISTANCE_WORD = re.compile(r"(?<![\w.])[0-9.]++\s*+(?:km|k|mi|miles?)\b")
#: Any of the three hints above, in one scan: a clause that reads as exercise by its numbers.
_RUN_HINT = re.compile(
    "(?=[0-9.m])(?:"
    + "|".join(p.pattern for p in (_DISTANCE_WORD, _PACE_HINT, _REPS_HINT))
    + ")"
)


# ---------------------------------------------------------------------------------------------
# Exercise


def _start(time_ref: TimeRef | None, duration_s: float, ctx: ParseContext) -> tuple[datetime, bool]:
    """Start of a session and whether it was estimated; a session never ends in the future."""
    if time_ref is None:
        return ctx.received_at - timedelta(seconds=duration_s), True
    at = time_ref.at
    end = timedelta(seconds=duration_s)
    if at + end > ctx.received_at and time_ref.earlier is not None:
        at = time_ref.earlier  # "at 7" sent at 19:05 about a 50 min run: 7 in the morning
    if at + end > ctx.received_at:
        at = ctx.received_at - end
    return at, not time_ref.exact


def _baseline(ctx: ParseContext) -> float:
    if ctx.baseline_kcal_per_min is not None:
        return ctx.baseline_kcal_per_min
    return one_met_kcal_per_min(ctx.weight_kg)


def _durations(text: str) -> tuple[float, str, float | None]:
    """Sum of every duration in the text, in seconds, and the text with them blanked.

    The third value is the h:mm reading of a lone "1:52", which could be either; the run
    parser picks it when mm:ss would be faster than any human (a half in 1 min 52 s).
    """
    total = 0.0
    count = 0
    as_hours: float | None = None
    spans: list[tuple[int, int]] = []
    for m in _DURATION.finditer(text):
        spans.append(m.span())
        seconds = _duration_seconds(m)
        if seconds <= 0:
            raise ImplausibleValue(
                f"'{m[0].strip()}' is no time at all. Nothing was saved; send it again with"
                " the time it took, e.g. 'ran 5 km in 28 min'."
            )
        total += seconds
        count += 1
        if m["ms"] and int(m["mm"]) < 10:
            as_hours = int(m["mm"]) * 3600 + int(m["ss"]) * 60
    if total:
        text = _blank_spans(text, spans)
    return total, text, as_hours if count == 1 else None


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by one space, as `pattern.sub(" ", text)` would give
    for the spans of `pattern.finditer(text)`: one scan instead of two."""
    parts: list[str] = []
    start = 0
    for begin, end in spans:
        parts.append(text[start:begin])
        start = end
    parts.append(text[start:])
    return " ".join(parts)


def _duration_seconds(m: re.Match[str]) -> float:
    if m["hms"]:
        return int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"])
    if m["ms"]:
        return int(m["mm"]) * 60 + int(m["ss"])
    if m["hh"]:
        return float(m["hh"]) * 3600 + int(m["hmin"] or 0) * 60
    if m["min"]:
        return float(m["min"]) * 60 + int(m["sec"] or 0)
    if m["min2"]:
        return float(m["min2"]) * 60
    if m["secs"]:
        return float(m["secs"])
    if m["halfh"]:
        return 1800.0
    if m["hword"]:
        hours = NUMBER_WORDS.get(m["hword"], 1.0)
        if m["plushalf"]:
            hours += 0.5
        return hours * 3600 + int(m["hwmin"] or 0) * 60
    return 5400.0  # "an hour and a half"


#: Between two distances, words that make the second a part of the first.
_PART_OF = re.compile(
    r"\s*(?:with|incl\.?|inc|including|of which)\s+(?:the\s+)?(?:(?:last|first|final|middle)\s+)?$"
)


def _match_km(value: float, unit: str, *, metres_for_small: bool) -> float | None:
    if unit in {"m", "meter", "meters", "metre", "metres"}:
        return None if value < 100 and not metres_for_small else value / 1000
    if unit in {"mi", "mile", "miles", "miler", "mls"}:
        return value * KM_PER_MILE
    if unit.startswith("y"):
        return value * KM_PER_YARD  # "swim 1650 yds"
    return value


def _distance_km(text: str, *, metres_for_small: bool) -> tuple[float, str]:
    """Total distance in km (a "total" figure wins) and the text with distances blanked."""
    total = 0.0
    stated_total: float | None = None
    last_end = -1
    spans: list[tuple[int, int]] = []
    for m in _DISTANCE.finditer(text):
        spans.append(m.span())
        if last_end >= 0 and _PART_OF.match(text, last_end, m.start()):
            continue  # "16k with 8k at MP": the 8k is inside the 16k
        last_end = m.end()
        km = _match_km(float(m["v"]), m["u"], metres_for_small=metres_for_small)
        if km is None:
            continue  # "50m" after a run is minutes, read by _DURATION
        if m["total"] or m["total2"]:
            stated_total = km
        total += km
    for m in _NAMED_DISTANCE.finditer(text) if not total else ():
        if m["half"]:
            total += HALF_MARATHON_KM
        elif m["full"]:
            total += MARATHON_KM
        elif m["park"] and total == 0:
            total += 5.0
    if total:
        text = _blank_spans(text, spans)
    if stated_total is not None:
        total = stated_total
    return total, text


_MILES_IN = re.compile(r"(?<![a-z])(?:mi|miles?|mls|miler)\b")


def _pace_s_per_km(text: str, ctx: ParseContext, miles: bool) -> tuple[float | None, str]:
    if (
        ":" not in text and "'" not in text and "pace" not in text and "/" not in text
        and "min" not in text
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
        elif word in {"miles", "mi"}:
            unit = "mi"
        elif word in {"kms", "kilometers", "kilometres"}:
            unit = "km"
    else:
        minutes = int(m["m"] if m["m"] is not None else m["m2"])
        seconds = int(m["s"] if m["s"] is not None else m["s2"])
        unit = m["u"] or ""
        word = m["word"] or ""
    per_mile = unit in {"mi", "mile", "m"} or word in {"min/mi", "mpm"}
    if not unit and word not in {"min/km", "mpk"}:
        # "9 min pace" after "6.2 miles" is per mile; the "mi" of "min" says nothing
        per_mile = (miles and _MILES_IN.search(text) is not None) or ctx.units == "imperial"
    pace = float(minutes * 60 + seconds)
    if per_mile:
        pace /= KM_PER_MILE
    return pace, text[: m.start()] + " " + text[m.end() :]


def _elevation_m(text: str, system: str) -> tuple[float | None, str]:
    if not _may_climb(text):
        return None, text
    m = _ELEVATION.search(text)
    if m is None:
        return None, text
    value = float(m["v"] or m["v2"] or m["v3"])
    unit = m["u"] or m["u2"] or m["u3"] or "m"
    if unit in {"ft", "feet"}:
        value *= M_PER_FOOT
    if value > MAX_ELEVATION_M:
        raise ImplausibleValue(
            f"{climb_text(value, system)} of climbing in one go is more than Everest. Nothing"
            " was saved;"
            " check the number and send it again."
        )
    return value, text[: m.start()] + " " + text[m.end() :]


def _may_climb(text: str) -> bool:
    """Whether _ELEVATION can match: each branch has "+" or one of these words."""
    return (
        "+" in text
        or "↑" in text
        or "climb" in text
        or "elev" in text
        or "gain" in text
        or "vert" in text
        or "ascent" in text
        or "up" in text
    )


def _parse_run(text: str, time_ref: TimeRef | None, ctx: ParseContext) -> RunLogged | None:
    found = {m.lastgroup for m in _RUN_TAGS.finditer(text)}
    tags = tuple(tag for tag in _TAG_ORDER if tag in found) if found else ()
    miles = "mi" in text
    if "c25k" in text or "to 5k" in text:
        text = _PROGRAMME.sub(" ", text)
    reps_km, reps_s, text = _reps(text)
    if "/" in text:
        text = _RUN_WALK_RATIO.sub(" ", text)
    grade, text = _incline(text)
    speed_pace, text = _speed_pace(text)
    pace, text = _pace_s_per_km(text, ctx, miles)
    pace = pace or speed_pace
    elevation, text = _elevation_m(text, ctx.units)
    if elevation is None:
        elevation, text = _climb_after(text)
    duration, text, as_hours = _durations(text)
    duration = duration or reps_s
    distance, text = _distance_km(text, metres_for_small=False)
    if as_hours and distance and distance / (duration / 3600) > MAX_RUN_KMH:
        duration = as_hours
    written = bool(distance)  # a distance with its unit, not a bare number
    if not distance and not (duration and pace):
        bare = _BARE_RUN_NUMBER.search(text) or _KIND_AND_NUMBER.match(text.strip())
        if bare:
            value = float(bare["v"])
            distance = value * KM_PER_MILE if ctx.units == "imperial" or miles else value
    if not duration and distance and not pace:
        bare_in = _IN_BARE.search(text) or (_TRAILING_BARE.search(text) if written else None)
        if bare_in:
            duration = _bare_minutes(bare_in["n"], distance)
    from_reps = not distance and reps_km > 0  # reps alone leave out warm-up and jogs
    return _make_run(
        distance or reps_km,
        duration,
        pace=pace,
        elevation=elevation,
        tags=tags,
        time_ref=time_ref,
        ctx=ctx,
        estimated=["distance_km"] if from_reps else [],
        grade=grade,
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


def _bare_minutes(number: str, distance_km: float) -> float:
    """ "10k in 50" means minutes; "half in 1.45" means 1 h 45 min; "parkrun in 21.48" (the
    British way of writing a time) 21 min 48 s."""
    value = float(number)
    if value < 10 and distance_km > 10:
        hours = int(value)
        return hours * 3600 + round((value - hours) * 100) * 60
    if _MIN_DOT_SEC.fullmatch(number) and value >= 10:
        minutes = int(value)
        return minutes * 60 + round((value - minutes) * 100)
    return value * 60


_MIN_DOT_SEC = re.compile(r"[0-9]{2,3}\.[0-5][0-9]")
#: A bare number at the end of a run with a distance is its minutes: "8k ez 46".
_TRAILING_BARE = re.compile(r"(?<![0-9.:/])(?P<n>[1-9][0-9]{1,2})\W*$")
#: Metres after a run's distance and time are its climb: "trail 24.3 km 3:02:11 ↑ 1,150 m",
#: "recce leg 3: 27 km, 4h05, 1,600m".
_METRES_AFTER = re.compile(
    r"(?<![0-9.])(?P<v>[1-9][0-9]{2,3})\s*(?:m|meters?|metres?)(?![a-z0-9])(?!\s*(?:x\b|reps?))"
)


def _climb_after(text: str) -> tuple[float | None, str]:
    for m in _METRES_AFTER.finditer(text):
        before = text[: m.start()]
        if _DISTANCE_WORD.search(before) and _DURATION.search(before):
            return float(m["v"]), before + " " + text[m.end() :]
    return None, text


def _make_run(
    distance_km: float,
    duration_s: float,
    *,
    pace: float | None,
    elevation: float | None,
    tags: tuple[str, ...],
    time_ref: TimeRef | None,
    ctx: ParseContext,
    estimated: list[str],
    grade: float | None = None,
) -> RunLogged | None:
    if distance_km and not duration_s:
        if pace:
            duration_s = distance_km * pace
        else:
            duration_s = distance_km * (ctx.recent_pace_s_per_km or DEFAULT_PACE_S_PER_KM)
            estimated.append("duration_min")
    elif duration_s and not distance_km:
        if pace:
            distance_km = duration_s / pace
        else:
            distance_km = duration_s / (ctx.recent_pace_s_per_km or DEFAULT_PACE_S_PER_KM)
            estimated.append("distance_km")
    if not distance_km or not duration_s:
        return None
    _check_run(distance_km, duration_s, ctx.units)
    at, at_estimated = _start(time_ref, duration_s, ctx)
    if at_estimated:
        estimated.append("started_at")
    energy = run_net_kcal(
        distance_m=distance_km * 1000,
        duration_s=duration_s,
        mass_kg=ctx.weight_kg,
        baseline_per_min=_baseline(ctx),
        elevation_gain_m=elevation,
        treadmill_grade=(grade or 0.0) if "treadmill" in tags else grade,
    )
    return RunLogged(
        at=at,
        distance_m=round(distance_km * 1000, 1),
        duration_s=round(duration_s, 1),
        elevation_gain_m=elevation,
        energy_kcal=round(energy, 1),
        tags=tags,
        estimated=tuple(estimated),
    )


def _check_run(distance_km: float, duration_s: float, system: str) -> None:
    """Refuse what no runner did, saying it in the runner's units ('20 mi in 10 min').

    The distance is written out only for a refusal: most runs pass, and formatting costs.
    """

    def shown() -> str:
        return short_distance(distance_km * 1000, system)

    if distance_km > MAX_RUN_KM:
        raise ImplausibleValue(
            f"{shown()} in one run is beyond even ultra races. Nothing was saved;"
            " did you mean a different number?"
        )
    if duration_s > MAX_RUN_S:
        raise ImplausibleValue(
            f"A run of {duration_s / 3600:,.0f} hours is more than I can log. Nothing was saved;"
            " check the time and send it again."
        )
    kmh = distance_km / (duration_s / 3600)
    limit = SPRINT_MAX_KMH if distance_km <= 1 else MAX_RUN_KMH
    if kmh > limit:
        raise ImplausibleValue(
            f"{shown()} in {duration_s / 60:.0f} min is {speed(kmh / 3.6, system)}, faster than any"
            " human runs. Nothing was saved; check the distance and time."
        )
    if kmh < MIN_RUN_KMH:
        raise ImplausibleValue(
            f"{shown()} in {duration_s / 60:.0f} min is slower than walking pace."
            " Nothing was saved; check the distance and time."
        )
