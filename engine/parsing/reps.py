"""Repeats and intervals: "6x800m in 2:50", "800m x 6", rest between reps, run/walk ratios."""

from __future__ import annotations

import re

from engine.limits import MAX_RUN_KMH, SPRINT_MAX_KM
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
    r"\s*:?\s*(?:in|@|at|on|avg|averaging)?\s*(?:(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])"
    r"|(?P<secs>[0-9]{1,3})\s*(?:s|secs?|seconds)\b)(?!\s*(?:/|per\b|min/|pace|mi\b|km\b))"
    r"(?:\s*(?:each|avg|average|per rep|a rep))?"
)
_ONE_REP_TIME = (
    r"(?:(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])|(?P<secs>[0-9]{1,3})\s*(?:s|secs?|seconds)\b)"
    r"(?!\s*(?:/|per\b|min/|pace|mi\b|km\b))"
)
#: A rep's time after the reps' name or a comma, "each" said after the comma: "4 x 150m
#: strides in 25s each", "6 x 80m strides, about 14s each" (", 45:30" is the session's).
_REP_NAME = r"(?:strides?|sprints?|reps?|repeats|accelerations|pick-?ups)"
_NAMED_REP_TIME = re.compile(
    rf"\s*{_REP_NAME}\s*:?\s*(?:in|@|at)\s*{_ONE_REP_TIME}"
    r"(?:\s*(?:each|avg|average|per rep|a rep|apiece))?"
)
_REP_TIME_EACH = re.compile(
    rf"\s*(?:{_REP_NAME}\s*)?,\s*(?:(?:about|around|approx\.?|roughly|~)\s*)?(?:in\s+)?"
    rf"{_ONE_REP_TIME}\s*(?:each|per rep|a rep|apiece)\b"
)
#: The other reps' times after the first: "3x2mi @ 13:05, 12:58, 12:50" ("45:30" after
#: "6x800 @ 3:10" is no rep, and "25:00 total" the session's).
_SPLIT = re.compile(
    r"\s*(?:,|and|&|/|-)?\s*(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])(?![0-9:])"
    r"(?!\s*(?:/|per\b|min/|pace|mi\b|km\b|total|in total))"
)


def _more_splits(text: str, pos: int, first: int) -> tuple[list[int], int]:
    """Times of the further reps from `pos`, each within a third of the first, and where they
    end."""
    splits: list[int] = []
    while (m := _SPLIT.match(text, pos)) is not None:
        seconds = int(m["m"]) * 60 + int(m["s"])
        if not first * 2 / 3 <= seconds <= first * 4 / 3:
            break
        splits.append(seconds)
        pos = m.end()
    return splits, pos


#: A bare number of seconds for each rep, after the reps: "6x400: 82, 80, 79, 80, 78, 77".
_SECONDS_EACH = re.compile(
    r"\s*:?\s*(?:in\s+)?(?P<list>[0-9]{2,3}(?:\s*(?:,|and|/)\s*[0-9]{2,3}){2,})"
    r"(?![0-9.:]|\s*(?:[a-z]|/))"
)


def _seconds_each(text: str, pos: int, count: int) -> tuple[list[int], int] | None:
    """The reps' times in seconds when one bare number follows for each rep, each within a
    third of the first; None otherwise."""
    m = _SECONDS_EACH.match(text, pos)
    if m is None:
        return None
    seconds = [int(n) for n in re.findall(r"[0-9]+", m["list"])]
    first = seconds[0]
    if len(seconds) != count or not all(first * 2 / 3 <= s <= first * 4 / 3 for s in seconds):
        return None
    return seconds, m.end()


#: Rest between reps, never part of a stated total: "w/ 90s jog", "2 min rest", "400 jog";
#: "with" a time is the recovery too ("6 x 3 min @ 14 km/h with 2 min @ 9 km/h").
_REST = re.compile(
    r"\bwith\s+[0-9]{1,2}(?:\.[0-9]+)?\s*(?:s|secs?|seconds|mins?|minutes|')(?![a-z0-9])"
    r"(?:\s*(?:@|at)\s*[0-9.]+\s*(?:km/h|kmh|kph|mph|/km|/mi))?"
    r"|(?:\b(?:with|w/)\s+)?(?:\b[0-9]{1,4}(?:\.[0-9]+)?\s*(?:s|secs?|seconds|mins?|minutes|m|')?"
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
    r"\b[0-9]{1,2}\s*x\s*[0-9.]+\s*"
    r"(?:m|km|k|mi|miles?|meters?|metres?|s|secs?|mins?|minutes?)?\b"
    # backwards ("800 x 6", not a gel's "maurten 160 x2") and ladders ("200-400-800-400-200")
    r"|\b(?:[0-9]{1,2}[05]0\s*(?:m|s)?|[0-9]{3,4}\s*m|[0-9.]+\s*(?:km|k|mi|miles?)|mile)\s*"
    r"(?:reps?|repeats)?\s*x\s*[0-9]"
    r"|\b[0-9]{3,4}(?:\s*-\s*[0-9]{3,4}){2,}\b"
)
#: A ladder or pyramid of reps in metres: "200-400-800-400-200".
_LADDER = re.compile(r"\b[0-9]{3,4}(?:\s*-\s*[0-9]{3,4}){2,}\b")


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


def _per_unit(each: float, rep_km: float, seconds: int) -> float:
    """How many of a rep's time it takes: 1, or `each` when the time is too fast for the whole
    rep but a pace for each of its miles or km ("3 x 2 mile @ 7:05" is 7:05 a mile, 14:10 a
    rep; "4 x 2k @ 4:00" 4:00 a km)."""
    if each <= 1 or rep_km <= SPRINT_MAX_KM:
        return 1.0
    too_fast = rep_km / (seconds / 3600) > MAX_RUN_KMH
    return each if too_fast and rep_km / (each * seconds / 3600) <= MAX_RUN_KMH else 1.0


def _reps(text: str) -> tuple[float, float, str]:
    """Distance and time of the reps ("6x800m in 2:50"), and the text without them or the rest.

    The rest between reps is never part of the session's time: a stated total wins, and
    without one the time is the reps' own.
    """
    ladder_km = 0.0
    if "-" in text and (ladder := _LADDER.search(text)) is not None:
        ladder_km = sum(int(m) for m in re.findall(r"[0-9]+", ladder[0])) / 1000
        text = text[: ladder.start()] + " " + text[ladder.end() :]
    if "x" not in text:
        return ladder_km, 0.0, text
    reps_km = ladder_km
    reps_s = 0.0
    untimed: list[tuple[int, float]] = []  # count and km of reps with no time beside them
    spans: list[tuple[int, int]] = []
    for m in _REPS.finditer(text):
        end = m.end()
        count, each, unit = _rep_parts(m)
        km_per_unit = _REP_KM.get(unit)
        if km_per_unit is not None:  # "8x400m"; "10x30s" strides add no distance
            reps_km += count * each * km_per_unit
            t = (
                _REP_TIME.match(text, end)
                or _NAMED_REP_TIME.match(text, end)
                or _REP_TIME_EACH.match(text, end)
            )
            if t is not None:
                one = int(t["m"]) * 60 + int(t["s"]) if t["m"] else int(t["secs"])
                splits, end = _more_splits(text, t.end(), one)
                per = _per_unit(each, each * km_per_unit, one)  # "3 x 2 mile @ 7:05": a pace
                reps_s += count * per * (one + sum(splits)) / (1 + len(splits))
                end = end if splits else t.end()
            elif (seconds := _seconds_each(text, end, count)) is not None:
                reps_s += sum(seconds[0])  # "6x400: 82, 80, 79, 80, 78, 77"
                end = seconds[1]
            else:
                untimed.append((count, each * km_per_unit))
        spans.append((m.start(), end))
    if not spans:
        return reps_km, 0.0, text
    if len(untimed) == 1 and len(spans) == 1 and "av" in text:
        avg = _AVERAGE_REP.search(text, spans[0][1])  # "400s x 10, 60s off, 84s avg"
        if avg is not None:
            one = int(avg["m"] or avg["m2"] or 0) * 60 + int(avg["s"] or avg["secs"] or avg["s2"])
            reps_s += untimed[0][0] * one
            spans.append(avg.span())
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return reps_km, reps_s, _REST.sub(" ", text)


#: The reps' average, said after their rest: "400s x 10, 60s off, 84s avg", "averaging 3:21".
_AVERAGE_REP = re.compile(
    r"\b(?:avg|average|averaging|averaged)\s*:?\s*(?:(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])"
    r"|(?P<secs>[0-9]{2,3})\s*(?:s|secs?|seconds)?)(?![0-9:]|\s*(?:/|per\b|min/|pace|bpm|hr\b))"
    r"|\b(?:(?P<m2>[0-9]{1,2}):)?(?P<s2>[0-9]{2,3})\s*(?:s|secs?|seconds)?\s+(?:avg|average)\b"
)


_TIME = r"[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?"
#: Two or three runs of a race's length, a time each: "2 x 5k today: 25:10 and 24:40", "ran
#: two 5ks: 24:30 and 25:10". Reps of 5 km or more with no rest between are runs of their own.
_RUNS_OF_A_LENGTH = re.compile(
    r"\b(?P<n>[23]|two|three)\s*(?:x\s*)?(?P<d>(?:[5-9]|[1-4][0-9])(?:\.[0-9]+)?)\s*"
    r"(?P<u>km|k|mi|miles?)(?:'?s)?\b(?P<mid>[^0-9,;]{0,24}?)\s*:?\s*"
    rf"(?P<t1>{_TIME})\s*(?:,|and|&)\s*(?P<t2>{_TIME})(?:\s*(?:,|and|&)\s*(?P<t3>{_TIME}))?"
    r"(?![0-9:])"
)
_NOT_SEPARATE = re.compile(r"\b(?:rest|jog|rec|recovery|float|between|threshold|tempo|reps?)\b")


def _one_run_each(m: re.Match[str]) -> str:
    count = {"two": 2, "three": 3}.get(m["n"]) or int(m["n"])
    times = [t for t in (m["t1"], m["t2"], m["t3"]) if t]
    unit = m["u"]
    km = float(m["d"]) * (KM_PER_MILE if unit.startswith("mi") else 1.0)
    if len(times) != count or _NOT_SEPARATE.search(m["mid"]) or (unit == "k" and km < 5):
        return m[0]
    one = f"{m['d']}{unit}"
    return m["mid"] + ", ".join(f" {one} {t}" for t in times)


def separate_runs(text: str) -> str:
    """Runs of a race's length written as reps, one per time: "2 x 5k: 25:10 and 24:40" is
    "5k 25:10, 5k 24:40"."""
    return _RUNS_OF_A_LENGTH.sub(_one_run_each, text)


#: Laps of a track or of a stated length: "12 laps of the track", "400m track 12 laps".
_LAPS = re.compile(
    r"(?<![0-9.])(?P<n>[0-9]{1,3}(?:\.5)?)\s*laps?\b(?:\s*(?:of|on|round|around)\s+(?:the|a)\s+"
    r"(?:(?P<m>[0-9]{3})\s*m\s+)?(?P<track>track))?"
)
_TRACK_LENGTH = re.compile(r"\b(?P<m>[0-9]{3})\s*m\s+(?:track|lap)\b")
#: Run/walk repeats: "run 1 min walk 1 min x 8", "(run 2 / walk 1) x 6", "run/walk 1 min /
#: 1.5 min x 8", "1 min run 1.5 min walk x 8", "8 x 1 min run / 1.5 min walk".
_MINUTES = r"(?:[0-9]{1,2}(?:\.[0-9]{1,2})?)"
_MIN = r"\s*(?:mins?|minutes|m)?\s*"
_RUN_WALK_SETS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\(?\s*(?:run|jog)\s+(?P<r>{_MINUTES}){_MIN}[,/+]?\s*(?:and\s+)?"
        rf"walk\s+(?P<w>{_MINUTES}){_MIN}\)?\s*x\s*(?P<n>[0-9]{{1,2}})\b",
        rf"\b(?:run|jog)\s*[/-]?\s*walk\s+(?P<r>{_MINUTES}){_MIN}[/:,]\s*(?P<w>{_MINUTES}){_MIN}"
        r"x\s*(?P<n>[0-9]{1,2})\b",
        rf"\(?\s*(?P<r>{_MINUTES}){_MIN}(?:run|jog)\s*[,/+]?\s*(?:and\s+)?(?P<w>{_MINUTES}){_MIN}"
        r"walk\s*\)?\s*x\s*(?P<n>[0-9]{1,2})\b",
        rf"\b(?P<n>[0-9]{{1,2}})\s*x\s*\(?\s*(?P<r>{_MINUTES}){_MIN}(?:run|jog)\s*[,/+]?\s*"
        rf"(?:and\s+)?(?P<w>{_MINUTES}){_MIN}walk\b\)?",
    )
)


#: A run/walk pattern kept for a stated time ("walk 1 min run 1 min for 20 min"): the pattern
#: is no time of its own; the time after "for" is the session's.
_RUN_WALK_FOR = re.compile(
    rf"\b(?:run|jog|walk)\s+{_MINUTES}{_MIN}[,/+]?\s*(?:and\s+)?(?:run|jog|walk)\s+{_MINUTES}"
    rf"{_MIN}(?=(?:for\s+|,\s*)[0-9])"
)


def laps_km(text: str) -> tuple[float, str]:
    """Distance run in laps of a track (400 m unless stated), and the text without them."""
    m = _LAPS.search(text)
    if m is None:
        return 0.0, text
    length = _TRACK_LENGTH.search(text)
    if m["track"] is None and length is None and "track" not in text:
        return 0.0, text  # "2 laps of the park": how long a lap is, nobody said
    metres = int(m["m"] or (length["m"] if length else 400))
    text = text[: m.start()] + " " + text[m.end() :]
    if length is not None:
        text = _TRACK_LENGTH.sub(" ", text)
    return float(m["n"]) * metres / 1000, text


#: Seconds of a run/walk set ("run 90s walk 2 min x 6"), written as minutes for the sets.
_SET_SECONDS = re.compile(r"\b(?P<s>[1-9][0-9]{1,2})\s*(?:s|secs?|seconds)\b")


#: A run/walk set's count in words: "90 sec jog, 2 min walk, 6 times".
_SET_TIMES = re.compile(r"\s*,?\s*\b(?P<n>[0-9]{1,2})\s+times\b")


def _as_minutes(m: re.Match[str]) -> str:
    return f"{int(m['s']) / 60:.2f}".rstrip("0").rstrip(".") + " min"


def run_walk_seconds(text: str) -> tuple[float, str]:
    """Time of run/walk repeats ("run 1 min walk 1 min x 8" is 16 min, "run 90s walk 2 min x
    6" 21 min), and the text without."""
    said = text
    if "s" in said and _SET_SECONDS.search(said) is not None:
        said = _SET_SECONDS.sub(_as_minutes, said)
    if "times" in said:
        said = _SET_TIMES.sub(r" x \g<n>", said)  # "2 min walk, 6 times"
    if said != text and (
        any(sets.search(said) for sets in _RUN_WALK_SETS) or _RUN_WALK_FOR.search(said)
    ):
        text = said
    for sets in _RUN_WALK_SETS:
        m = sets.search(text)
        if m is not None:
            seconds = (float(m["r"]) + float(m["w"])) * 60 * int(m["n"])
            return seconds, text[: m.start()] + " " + text[m.end() :]
    if "for" in text and (m := _RUN_WALK_FOR.search(text)) is not None:
        return 0.0, text[: m.start()] + " " + text[m.end() :]  # the time "for" is the run's
    return 0.0, text
