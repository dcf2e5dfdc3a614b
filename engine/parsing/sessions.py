"""Strength sessions and other activities (cycling, swimming, walking ...)."""

from __future__ import annotations

import re

from engine.activities import (
    ACTIVITIES,
    ACTIVITY_PHRASES,
    ACTIVITY_WORD_SET,
    ACTIVITY_WORDS,
    Activity,
    activity_met,
    strength_met,
)
from engine.energy import met_gross_kcal, net_kcal
from engine.errors import ImplausibleValue
from engine.events import (
    ActivityLogged,
    StrengthLogged,
)
from engine.parsing.clauses import _TO_THE_RUN
from engine.parsing.context import (
    DEFAULT_ACTIVITY_MIN,
    DEFAULT_PACE_S_PER_KM,
    DEFAULT_STRENGTH_MIN,
    HALF_MARATHON_KM,
    MARATHON_KM,
    MAX_RUN_KM,
    MAX_SESSION_S,
    MAX_STRENGTH_S,
    ParseContext,
    letter_runs,
)
from engine.parsing.paces import _incline, _speed_pace
from engine.parsing.reps import _reps
from engine.parsing.runs import (
    _baseline,
    _climb_after,
    _distance_km,
    _durations,
    _elevation_m,
    _may_climb,
    _start,
)
from engine.timewords import TimeRef
from engine.units import short_distance

#: A race of stations timed as m:ss under this is read as h:mm.
_SHORTEST_RACE_S = 10 * 60

_STRENGTH_TAGS = re.compile(
    r"\b(?:legs|leg|upper|lower|push|pull|core|arms|back|chest|shoulders|full body|glutes)\b"
)


def _parse_strength(
    text: str, time_ref: TimeRef | None, ctx: ParseContext
) -> StrengthLogged | None:
    duration, text, as_hours = _durations(text, efforts=True)  # "..., 15 min total": the whole
    if as_hours and duration < _SHORTEST_RACE_S and "hyrox" in text:
        duration = as_hours  # "hyrox doubles 1:05": an hour and 5 minutes, no 65 seconds
    estimated: list[str] = []
    if not duration:
        duration = DEFAULT_STRENGTH_MIN * 60
        estimated.append("duration_min")
    if duration > MAX_STRENGTH_S:
        raise ImplausibleValue(
            f"A strength session of {duration / 3600:.0f} hours is more than I can log."
            " Nothing was saved; check the time."
        )
    words = frozenset(letter_runs(text))
    at, at_estimated = _start(time_ref, duration, ctx)
    if at_estimated:
        estimated.append("started_at")
    gross = met_gross_kcal(strength_met(words), ctx.weight_kg, duration)
    tags = tuple(sorted({m[0] for m in _STRENGTH_TAGS.finditer(text)}))
    return StrengthLogged(
        at=at,
        duration_s=round(duration, 1),
        energy_kcal=round(net_kcal(gross, duration, _baseline(ctx)), 1),
        tags=tags,
        estimated=tuple(estimated),
    )


_SWIM_PACE = re.compile(
    r"\b[0-9]{1,2}[:'][0-5][0-9]\"?\s*(?:/|per\s+)\s*100\s*(?:m|y|yds?|yards?|metres?|meters?)?\b"
)
_EACH_WAY = re.compile(r"\b(?:each way|both ways|there and back)\b")
#: Sessions in parts of a time each: "cycled to work and back, 2 x 25 min" is 50 minutes.
_TIMED_PARTS = re.compile(
    r"\b(?P<n>[2-9])\s*x\s*(?P<t>[0-9]{1,3})\s*(?P<u>mins?|minutes|hrs?|hours?)\b"
)


def _parts_total(m: re.Match[str]) -> str:
    return f"{int(m['n']) * int(m['t'])} {m['u']}"


def _total_said(text: str) -> bool:
    """Whether the session's own time holds its timed parts: "50 min total", or a time at
    least the parts' sum beside them ("turbo 1:15 with 4x10 min at FTP" is 75 minutes; "2 x
    20 min + 10 min warm-up" is 50)."""
    if "total" in text:
        return True
    parts = _TIMED_PARTS.search(text)
    if parts is None:
        return False
    seconds, _, as_hours = _durations(text[: parts.start()] + " " + text[parts.end() :])
    whole = max(seconds, as_hours or 0.0)
    sum_s = int(parts["n"]) * int(parts["t"]) * (3600 if parts["u"].startswith("h") else 60)
    return whole >= sum_s


def _speed_kmh(text: str) -> tuple[float | None, str]:
    pace, rest = _speed_pace(text)
    return (3600 / pace if pace else None), rest


#: A pool's length, no figure of the swim: "in the 50m pool", "25 m pool", "a 33yd pool".
_POOL_LENGTH = re.compile(r"\b[0-9]{2}\s*(?:m|metres?|meters?|y|yd|yds|yards?)\s+pool\b")


#: A bare number after a session's name, no unit after it: "spin class 45", "yoga 60".
_BARE_AFTER_NAME = re.compile(
    r"\b(?P<name>[a-z]+)\s+(?P<n>[1-9][0-9]{1,2})(?![0-9.:,]|\s*(?:x|k|km|kms|mi|miles?|m|kcal"
    r"|cals?|calories|%|reps?|sets?|laps?|lengths?|g|kg|lbs?|w|watts?|rpm|bpm|s|secs?|pm|am"
    r"|people|of)\b)"
)
_SESSION_NAMES = frozenset({"class", "session", "sesh"})


def _bare_minutes_after_name(text: str) -> tuple[float, str]:
    """A session that goes by time alone, its minutes said bare after its name ("spin class
    45 then 15 min abs" is 45 minutes of spin): the seconds, and the text without them."""
    for m in _BARE_AFTER_NAME.finditer(text):
        named = m["name"] in _SESSION_NAMES or m["name"] in ACTIVITY_WORDS
        if named and 10 <= int(m["n"]) <= 180:
            return int(m["n"]) * 60.0, text[: m.start("n")] + " " + text[m.end("n") :]
    return 0.0, text


def _activity_figures(
    text: str, activity: Activity, ctx: ParseContext
) -> tuple[float, float, float | None]:
    """Seconds and km a session's words give (0 when unsaid), and the h:mm reading of a lone
    "1:52" (see _durations)."""
    if " to " in text or " from " in text:
        text = _TO_THE_RUN.sub(" ", text)  # "cycled to parkrun 20 min": no 5 km ride
    if "100" in text:
        text = _SWIM_PACE.sub(" ", text)  # "2:11/100m" is a pace, no time or distance
    if "pool" in text:
        text = _POOL_LENGTH.sub(" ", text)  # "in the 50m pool": no 50 minutes, no 50 m swum
    kmh, text = _speed_kmh(text)
    reps_km = reps_s = 0.0
    if "x" in text:  # the parts' time, unless the session's total is said ("50 min total")
        text = _TIMED_PARTS.sub(" " if _total_said(text) else _parts_total, text)
    if "x" in text and activity.default_kmh is not None:
        reps_km, reps_s, text = _reps(text)  # a swim set "10x100m", "8 x 500m on the erg"
    if _may_climb(text):
        _, text = _elevation_m(text, ctx.units)  # a hike's "+800m" is no distance
    if activity.name in _GOES_UPHILL and "m" in text:
        _, text = _climb_after(text)  # "hike up Snowdon 5h 15km 1000m": the climb, no metres run
    duration, text, as_hours = _durations(text)
    duration = duration or reps_s
    if not duration and activity.default_kmh is None:
        duration, text = _bare_minutes_after_name(text)
    each_way = "way" in text and _EACH_WAY.search(text) is not None
    if duration and each_way:
        duration *= 2  # "bike commute 25 min each way"
    distance_km, text = _distance_km(text, metres_for_small=True)
    if distance_km and each_way:
        distance_km *= 2  # "bike commute 12k each way"
    distance_km = distance_km or reps_km
    if not distance_km and kmh and duration:
        distance_km = kmh * duration / 3600  # "incline walk 3mph 30 min"
    if distance_km and kmh and not duration:
        duration = distance_km / kmh * 3600  # "bike 90k at 32 km/h"
    return duration, distance_km, as_hours


#: Skiing where lifts go up and runs come down: downhill, not cross-country.
_ON_THE_PISTE = re.compile(
    r"\b(?:pistes?|slopes?|off[- ]piste|chair ?lifts?|ski ?lifts?|gondolas?|moguls|ski resort"
    r"|(?:green|blue|red|black) runs?|apr[eè]s)\b"
)

#: A session other than a run timed as m:ss under this is read as h:mm (no ski tour, dance
#: class or match lasts 2 1/2 minutes).
_SHORTEST_TIMED_SESSION_S = 10 * 60

#: A round of 18 holes walked, told with no time of its own: about 4 hours (the R&A's and the
#: USGA's pace-of-play aim for a round); 9 holes half of it.
_GOLF_ROUND_S = 4 * 3600
#: Sessions outdoors whose metres after a distance and a time are their climb.
_GOES_UPHILL = frozenset({"hike", "walk", "cycle", "ski", "snowshoe"})


def _parse_activity(
    text: str, time_ref: TimeRef | None, ctx: ParseContext
) -> ActivityLogged | None:
    key = next((w for w in letter_runs(text) if w in ACTIVITY_WORD_SET), None)
    phrase = next((p for p in ACTIVITY_PHRASES if p in text and (key is None or key in p)), None)
    key = phrase or key  # "touch footy" is touch rugby, not "footy"
    if key is None:
        return None
    activity = ACTIVITIES[ACTIVITY_WORDS[key]]
    if activity.name == "ski" and _ON_THE_PISTE.search(text) is not None:
        activity = ACTIVITIES["downhill ski"]  # "ski day, 5 hours on the slopes": lifts, runs
    duration, distance_km, as_hours = _activity_figures(text, activity, ctx)
    if as_hours and as_hours < 10 * 3600 and distance_km / (duration / 3600) > activity.max_kmh:
        duration = as_hours  # "long ride 100km 3:45" is 3 h 45 min
    if as_hours and not distance_km and duration < _SHORTEST_TIMED_SESSION_S:
        duration = as_hours  # "ski tour 2:30, 1100m up" is 2 h 30 min, no 2 1/2 minutes
    estimated: list[str] = []
    if not duration and activity.name in ("golf", "golf cart") and " round" in text:
        duration = _GOLF_ROUND_S / 2 if "golf half round" in text else _GOLF_ROUND_S
        estimated.append("duration_min")  # "18 holes this morning": a round's usual time
    if not duration:
        if distance_km and activity.default_kmh:
            duration = distance_km / activity.default_kmh * 3600
        else:
            duration = DEFAULT_ACTIVITY_MIN * 60
        estimated.append("duration_min")
    if duration > MAX_SESSION_S:
        raise ImplausibleValue(
            f"{duration / 3600:.0f} hours of {activity.name} is more than a day."
            " Nothing was saved; check the time."
        )
    if distance_km and distance_km / (duration / 3600) > activity.max_kmh:
        raise ImplausibleValue(
            f"{short_distance(distance_km * 1000, ctx.units)} in {duration / 60:.0f} min is too"
            f" fast for {activity.name}."
            " Nothing was saved; check the numbers."
        )
    if distance_km > MAX_RUN_KM * 4:
        raise ImplausibleValue("That distance is more than I can log. Nothing was saved.")
    at, at_estimated = _start(time_ref, duration, ctx)
    if at_estimated:
        estimated.append("started_at")
    distance_m = distance_km * 1000 or None
    grade = _incline(text)[0] if activity.name == "walk" else None  # "12-3-30": 12 %
    met = activity_met(activity.name, distance_m, duration, grade)
    gross = met_gross_kcal(met, ctx.weight_kg, duration)
    return ActivityLogged(
        activity=activity.name,
        at=at,
        duration_s=round(duration, 1),
        distance_m=round(distance_m, 1) if distance_m else None,
        energy_kcal=round(net_kcal(gross, duration, _baseline(ctx)), 1),
        estimated=tuple(estimated),
    )


#: A triathlon named in the message, and the distances of its legs (swim, bike, run in km):
#: a leg written with its time alone ("IM 70.3 done: swim 39:12, bike 2:51:40, run 1:58:05")
#: covered the race's distance.
_TRI_RACE = re.compile(
    r"\b(?P<half>70\.3|half[- ]?iron(?:man)?|middle[- ]distance)(?![0-9])"
    r"|\b(?P<full>140\.6|ironman|full[- ]?iron|iron[- ]?distance|im)\b"
    r"|\b(?P<olympic>(?:olympic|standard)(?:[- ]distance)?\s+(?:tri|triathlon)"
    r"|olympic[- ]distance)\b"
    r"|\b(?P<sprint>sprint)(?:[- ]distance)?\s+(?:tri|triathlon)\b"
)
_TRI_LEGS = {
    "half": {"swim": 1.9, "cycle": 90.0, "run": HALF_MARATHON_KM},
    "full": {"swim": 3.8, "cycle": 180.2, "run": MARATHON_KM},
    "olympic": {"swim": 1.5, "cycle": 40.0, "run": 10.0},
    "sprint": {"swim": 0.75, "cycle": 20.0, "run": 5.0},
}
_LEG_WORDS = re.compile(r"\b(?:swim|swam|bike|biked|ride|rode|cycle|cycled|run|ran)\b")


def _race_legs(text: str) -> dict[str, float] | None:
    """The leg distances of the triathlon a message reports, when it names one and at least
    two legs ("70.3 training run 1:10" is no race)."""
    if not _may_name_tri(text) or _NOT_A_RACE.search(text) or len(_LEG_WORDS.findall(text)) < 2:
        return None
    return _race_of(text)


def _may_name_tri(text: str) -> bool:
    """Whether _TRI_RACE can match: each branch needs one of these."""
    return (
        "tri" in text
        or "iron" in text
        or "70.3" in text
        or "140.6" in text
        or "olympic" in text
        or text.startswith("im ")
        or " im " in text
    )


def _race_of(text: str) -> dict[str, float] | None:
    races = {m.lastgroup for m in _TRI_RACE.finditer(text)}
    for race in ("half", "olympic", "sprint", "full"):  # "IM 70.3" is the half
        if race in races:
            return _TRI_LEGS[race]
    return None


def race_in_total(text: str) -> str | None:
    """A triathlon given by its finish time alone ("did a sprint tri in 1:25") as its standard
    legs, the time shared among them as usual speeds would (swim 2 km/h, bike 20 km/h, run at
    the usual 6:00 /km): the text with the race and its time written as the three legs; None
    for anything else."""
    if not _may_name_tri(text) or _NOT_A_RACE.search(text) or _LEG_WORDS.search(text):
        return None
    m = _RACE_TOTAL.search(text)
    legs = _race_of(text) if m is not None else None
    if m is None or legs is None:
        return None
    parts = [int(p) for p in m["time"].split(":")]
    if len(parts) == 2:  # "1:25" is 1 h 25 min; "58:30" 58 min 30 s
        parts = [*parts, 0] if parts[0] < 10 else [0, *parts]
    total_s = parts[0] * 3600 + parts[1] * 60 + parts[2]
    usual_s = {
        "swim": legs["swim"] / (ACTIVITIES["swim"].default_kmh or 2.0) * 3600,
        "bike": legs["cycle"] / (ACTIVITIES["cycle"].default_kmh or 20.0) * 3600,
        "run": legs["run"] * DEFAULT_PACE_S_PER_KM,
    }
    share = total_s / sum(usual_s.values())
    kms = {"swim": legs["swim"], "bike": legs["cycle"], "run": legs["run"]}
    written = "; ".join(
        f"{leg} {kms[leg]:g} km {_clock(seconds * share)}" for leg, seconds in usual_s.items()
    )
    return f"{text[: m.start()]}{written}; {text[m.end() :]}"


def _clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


#: The race's own finish time, before its legs: "olympic tri 2:31:07 - swim 27:40, ...",
#: "ironman done!!! 11:48:31 🏊🚴🏃 swim 1:12, ...": no leg's time; not one a leg's name with
#: no time of its own follows ("70.3 done!! 34:12 swim / 2:41:50 bike": the swim's).
_RACE_TOTAL = re.compile(
    r"(?P<race>(?:70\.3|140\.6|ironman|iron[- ]?man|\bim|half[- ]?iron(?:man)?|tri|triathlon"
    r"|(?:olympic|sprint)[- ]distance)\b"
    r"(?:\s+(?:done|finished|complete|completed|today|result|results|time))*"
    # the race's place, a word or two: "70.3 staffordshire 5:41:20 overall", "ironman wales"
    r"(?:\s+(?!(?:swim|swam|bike|biked|ride|rode|cycle|cycled|run|ran|in|t1|t2)\b)[a-z']+){0,2}?"
    r"(?:\s+(?:done|finished|complete|completed|today|result|results|time))*[^0-9a-z]*?)"
    r"(?:in\s+)?(?P<time>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?)(?![0-9]|:[0-9])"
    r"(?!\s*(?:swim|swam|bike|ride|cycle|run|ran|t1|t2)\b(?![ :=-]*[0-9]))"
)


def drop_race_total(text: str) -> str:
    """A triathlon message without the race's finish time, so it is added to no leg, and its
    legs' times written after their names ("25:40 swim, 1:10:30 bike": "swim 25:40, bike
    1:10:30"), so no leg's time is read as the next leg's."""
    text = _RACE_TOTAL.sub(lambda m: m["race"] + " ", text, count=1)
    if len(_TIME_BEFORE_LEG.findall(text)) >= 2:
        text = _TIME_BEFORE_LEG.sub(r"\g<leg> \g<time>", text)
    return text


#: A leg's time before its name, the leg ending there: "25:40 swim,", "43:05 run".
_TIME_BEFORE_LEG = re.compile(
    r"(?P<time>(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9])\s+"
    r"(?P<leg>swim|swam|bike|biked|ride|rode|cycle|cycled|run|ran)\b(?=\s*(?:[,;/|]|and\b|$))"
)


_NOT_A_RACE = re.compile(r"\b(?:training|session|brick|practice|prep|block|plan)\b")
