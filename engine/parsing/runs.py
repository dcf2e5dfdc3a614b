"""Runs: distance, time and climb, checked against what a human can do.

The readers of time and distance here serve the other sessions too (sessions.py); paces and
speeds are read in paces.py, repeats and intervals in reps.py.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from engine.energy import one_met_kcal_per_min, run_net_kcal
from engine.errors import ImplausibleValue
from engine.events import RunLogged
from engine.parsing.context import (
    _CLOCK,
    DEFAULT_PACE_S_PER_KM,
    HALF_MARATHON_KM,
    MAJORS,
    MARATHON_KM,
    MAX_ELEVATION_M,
    MAX_RUN_KM,
    MAX_RUN_KMH,
    MAX_RUN_S,
    MIN_RUN_KMH,
    RACES_BY_NAME,
    SPRINT_MAX_KMH,
    TEXT_CACHE_SIZE,
    ParseContext,
    _words,
    any_of,
    said_again_in_other_units,
)
from engine.parsing.paces import _PACE_HINT, _incline, _pace_s_per_km, _speed_pace
from engine.parsing.reps import (
    _PROGRAMME,
    _REPS_HINT,
    _RUN_WALK_RATIO,
    KM_PER_YARD,
    _reps,
    laps_km,
    run_walk_seconds,
)
from engine.profile import Units
from engine.quantities import (
    KM_PER_MILE,
    M_PER_FOOT,
    NUMBER_WORDS,
)
from engine.timewords import DAY_WORDS, WEEKDAYS, TimeRef
from engine.units import climb as climb_text
from engine.units import short_distance, speed
from engine.zones import cities_named

#: Patterns tried at every position of a clause start with a look at the first character
#: ("(?=[0-9aoth])"): a position that cannot start any branch fails there, instead of in each
#: of a dozen branches. The set is every branch's possible first character.
_DURATION = re.compile(
    r"(?=[0-9aoth])(?:"
    r"\b(?P<hms>(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9])[:'](?P<s>[0-5][0-9]))\b"  # and 1:02'15
    r"|\b(?P<ms>(?P<mm>[0-9]{1,3}):(?P<ss>[0-5][0-9]))\b(?!\s*(?:/|per\b|pace|min/|am|pm))"
    r"|\b(?P<hh>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:hours|hour|hrs|hr|h)\s*(?:and\s+)?"
    r"(?:(?P<hmin>[0-9]{1,2})(?!\s*(?:km|kms|k|mi|miles?)\b|\.[0-9])"
    r"\s*(?:minutes|minute|mins|min|m|')?"
    r"(?:(?<=['m])\s*(?P<hsec>[0-5][0-9])\s*(?:s\b|secs?\b|seconds\b|\"|''))?)?"  # 1h32'10"
    r"(?![0-9a-z]|\.[0-9])"
    r"|\b(?P<min>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:minutes|minute|mins|minz|min|mn|')(?![a-z])"
    r"(?:\s*(?:and\s+)?(?P<sec>[0-9]{1,2})\s*(?:(?:seconds|second|secs|sec|s)\b|\"|'')"
    r"|(?<=')(?P<sec2>[0-5][0-9])(?![0-9.:]))?"  # "19'58"
    r"|\b(?P<min2>[0-9]{1,2}(?:\.[0-9]+)?)\s*m(?=\s|$|[,.!)])"
    # not a track distance's repeats: "club 800s", "doing 400s" (the 90s rest is seconds)
    r"|\b(?<![0-9].)(?!(?:[2-9]00|1[0-9]00|[2-9]000)s\b)(?P<secs>[0-9]{1,5}(?:\.[0-9]{1,2})?)"
    r"\s*(?:(?:seconds|second|secs|sec|s)\b"
    r"|\"(?![0-9]))"
    r"|\b(?P<halfh>half an hour|half hour|0\.5 hour)\b"
    r"|\b(?P<hword>an|one|two|three|a couple of|a couple)\s+(?P<hwordu>hours|hour|hr)"
    r"(?:\s+and\s+a\s+(?P<plushalf>half))?(?:\s*(?:and\s+)?(?P<hwmin>[0-9]{1,2})"
    r"\s*(?:minutes|mins|min|m)?)?\b"
    r"|\b(?P<hrhalf>an hour and a half|hour and a half)\b"
    r"|^\s*(?P<hone>hour)(?=\s+(?:on|of)\b)"  # "hour on the turbo": the clause opens with it
    r")"
)
#: "in 50", "in 27.4 at the club champs": minutes (or a sprint's seconds), no unit after them.
_IN_BARE = re.compile(
    r"\bin\s+(?P<n>[0-9]{1,3}(?:\.[0-9]+)?)(?![0-9.:])"
    r"(?!\s*(?!(?:at|on|and|with|this|today|yesterday|tonight|for)\b)[a-z])"
)
#: Words that state the whole of a session after its parts: "10k all in 49:50", "8k in total".
_WHOLE_WORDS = ("total", "all in", "all told", "in all", "altogether")
_WHOLE_ALTERNATIVES = "|".join(_WHOLE_WORDS)
#: The same words in a pattern, "in total" too.
_WHOLE = rf"(?:(?:in\s+)?{_WHOLE_ALTERNATIVES})"
_DISTANCE = re.compile(
    r"(?=[0-9tow=])(?P<total>\b(?:total|overall|whole thing)\s*(?:of\s*|was\s*|:\s*)?|=\s*)?"
    r"\b(?P<v>[0-9]{1,4}(?:\.[0-9]+)?|10000(?=\s*(?:m|meters?|metres?)\b))\s*"
    r"(?P<u>km|kms|k|ks|kilometers?|kilometres?|kay|mi|mile|miles|miler|mls|m|meters?|metres?"
    r"|yds?|yards?)"
    rf"(?![a-z])(?P<total2>\s*{_WHOLE}\b)?"
)
#: What may follow "half" or "the full" alone when it names the race ("hilly half this morning
#: 1:58:07", "ran the full in 4:10"), not half of something ("half an hour", "half a bagel").
_RACE_WORD_AFTER = (
    r"(?=\s*(?:$|in\b|at\b|today|yesterday|done|race|pb|pr\b|this\b|last\b|on\b|with\b"
    r"|was\b|felt\b|earlier\b|[0-9(,.!]))"
)
#: Nouns a race's name only qualifies: "marathon training", "half marathon plan", "marathon
#: shoes" name no race run.
_MODIFIED_NOUNS = (
    r"(?:training|plan|plans|block|prep|build|build-up|buildup|taper|programme|program"
    r"|schedule|shoes|kit|season|cycle|playlist|goal|goals|target|nutrition|fuelling|fueling"
    r"|strategy|blues|debut|dreams?|journey|runners?|entry|place|ballot|legs|pace|effort|worth)\b"
)
_RACE_AS_A_MODIFIER = rf"(?!\s+{_MODIFIED_NOUNS})"
_RACE_MODIFYING = re.compile(rf"\b(?:half[- ]?)?(?:marathon|mara|hm)(?=\s+{_MODIFIED_NOUNS})")
#: Words of a run that, in a clause whose race names only qualify nouns, say no run was run.
_OTHER_RUN_WORDS = re.compile(
    r"\b(?:ran|run|runs|running|jog|jogged|jogging|raced|race|parkrun|tempo|intervals?|ultra"
    r"|treadmill|trail|track|miler|ks|kms)\b"
)


def race_names_only_qualify(text: str) -> bool:
    """Whether a clause with no figures names a race only to qualify another noun ("marathon
    training is going well", "new marathon shoes"): talk, no run to ask about."""
    if _RACE_MODIFYING.search(text) is None or _A_RUN_S_FIGURE.search(text) is not None:
        return False
    return _OTHER_RUN_WORDS.search(_RACE_MODIFYING.sub(" ", text)) is None


#: A figure of a run: a distance, a clock time, minutes or hours.
_A_RUN_S_FIGURE = re.compile(
    r"[0-9]\s*(?:k|km|kms|mi|miles?|m|metres?|meters?|min|mins|minutes|h|hrs?|hours?)\b"
    r"|[0-9]:[0-5][0-9]"
)


_NAMED_DISTANCE = re.compile(
    r"\b(?P<half>(?:half[- ]?marathon|half[- ]?mara\b"
    rf"|half{_RACE_WORD_AFTER}|hm|13\.1)\b{_RACE_AS_A_MODIFIER})|\b(?P<full>(?:marathon|26\.2"
    rf"|(?<=the )full{_RACE_WORD_AFTER}|(?<!half )(?<!half-)mara{_RACE_WORD_AFTER})\b"
    rf"{_RACE_AS_A_MODIFIER})"
    r"|\b(?P<park>parkrun|park run)\b"
)
def _may_name_a_race(text: str) -> bool:
    """Whether _NAMED_DISTANCE can match: each branch holds one of these."""
    return "park" in text or "half" in text or "mara" in text or "full" in text


def _named_race_km(text: str) -> float | None:
    """The distance of the one race a message names ("parkrun", "half", "marathon"), if any."""
    if not _may_name_a_race(text):
        return None
    found = {m.lastgroup for m in _NAMED_DISTANCE.finditer(text)}
    if len(found) != 1:
        return None
    return {"half": HALF_MARATHON_KM, "full": MARATHON_KM, "park": 5.0}[found.pop() or "park"]


_BARE_RUN_NUMBER = re.compile(
    r"\b(?:ran|run|jogged|did)\s+(?:a\s+)?(?:easy\s+|quick\s+|slow\s+)?(?P<v>[0-9]{1,3}(?:\.[0-9]+)?)"
    r"(?![0-9.:])(?!\s*(?:x|min|mins|minutes|h|hr|hours?|sec|s|times|laps?|loops?|rounds?"
    r"|hills?|sets?|reps?|people|of)\b)"
)
#: A kind of run and a bare number, nothing else but where: "easy 3.1", "steady 8", "easy 5 on
#: the treadmill" (the user's unit).
_KIND_AND_NUMBER = re.compile(
    r"^(?:an?\s+)?(?:easy|steady|slow|long|shakeout|shake out|recovery run|lsd|trail|hilly|fasted"
    r"|tempo|quick|short)\s+"
    r"(?P<v>[0-9]{1,2}(?:\.[0-9]+)?)(?![0-9.:])"
    r"(?:\s+(?:on|in|at|round|around|along|up|by|with)\s+(?:the\s+|my\s+|a\s+)?[a-z']+"
    r"(?:\s+[a-z']+)?)?"
    r"(?:\W*\b(?:this|today|am|pm|morning|evening|done|finished|complete|completed))*\W*"
    # and its time: "easy 3.1 this am, 31 min", "steady 8, 42:10"
    r"(?:(?:in\s+)?[0-9]{1,3}(?::[0-5][0-9]){0,2}\s*(?:minutes|mins|min|m|hours|hrs|hr|h)?\W*)?$"
)
_ELEVATION = re.compile(
    r"(?=[0-9+↑acegsv])(?:"
    r"(?:\+|↑)\s*(?P<v>[0-9]{1,5})\s*(?P<u>m|ft|feet|meters?|metres?)?(?![0-9a-z'])"
    r"(?!\s*(?:mins?|minutes|secs?|seconds|h|hrs?|hours?|k|km|kms|mi|miles?|x)\b)"  # "+ 10 min"
    r"|\b(?P<v2>[0-9]{1,5})\s*(?P<u2>m|ft|feet|meters?|metres?)\s*(?:of\s+)?(?:(?:climb(?:ing)?"
    r"|elevation(?: gain)?|elev|gain|vert|vertical|ascent|up)\b|d\+)"
    r"|\b(?:elevation(?: gain)?|elev|gain|climb(?:ing|ed)?|ascent|vert"
    r"|skinn(?:ed|ing)(?:\s+up)?)\s*(?:of|:)?\s*\+?"  # touring skis: "skinned up 900 m"
    r"(?P<v3>[0-9]{1,5})\s*(?P<u3>m|ft|feet|meters?|metres?)?(?![0-9a-z])"
    r"(?!\s*(?:mins?|minutes|h|hrs?|hours?)\b)"  # "climbing 90 min" is a session's time
    r")"
)
_RUN_TAGS = re.compile(
    r"(?=[0-9acdefghilmprstyz])(?:"
    r"\b(?P<easy>easy|zone 2|z2|chill|gentle|slow)\b"
    r"|\b(?P<tempo>tempo|threshold|lt run)\b"
    r"|\b(?P<intervals>intervals?|reps|repeats|fartlek|track|[0-9]+\s*[a-z]*\s*x\s*[0-9]+|yassos?)"
    r"|\b(?P<long>long|lsr)\b"
    r"|\b(?P<race>race|raced|racing|parkrun|park run|pb|pr)\b"
    r"|\b(?P<recovery>recovery|shakeout|shake-out|shake out)\b"
    r"|\b(?P<treadmill>treadmill|tread|dreadmill|treadie)\b"
    r"|\b(?P<trail>trails?)\b"
    r"|\b(?P<hard>hard|all[- ]out|max effort)\b"  # science.md §9 N7 rev 2: a hard session
    r")"
)
_TAG_ORDER = ("easy", "tempo", "intervals", "long", "race", "recovery", "treadmill", "trail",
              "hard")  # fmt: skip


_HALF_RUN = re.compile(rf"\bhalf(?:[- ]marathon|[- ]mara\b|{_RACE_WORD_AFTER})")


_RACE_NUMBER = re.compile(r"(?<![0-9.])(?:13\.1|26\.2)(?![0-9.])(?!\s*(?:kg|lb|g\b|%))")


#: A race named with a bare number is that many miles, as British and American road and trail
#: races are ("the Riverbank 10", "Hardmoors 55", "Lakeland 50"): a name (capitalised, or
#: lower case after "the") and one of the mile distances races are run over, no unit after it.
_RACE_NAME_MILES = re.compile(
    r"(?<![\w.:/])(?P<name>(?:[A-Z][a-z']+(?:-[A-Z][a-z']+)?\s+){1,3}"
    r"|(?i:the)\s+(?:[a-z']+\s+){1,3})"
    r"(?P<n>5|10|20|30|40|50|55|60|100|(?P<ultra>2[6-9]|[3-9][0-9]|1[0-9][0-9]|2[0-6][0-9]))"
    r"(?![0-9.,:]?[0-9]|[A-Za-z])"
    r"(?!\s*(?i:k|km|kms|mi|miles?|miler|m|min"
    r"|mins|minutes|x|kg|kgs|lbs?|st|stone|mph|kph|hours?|hrs?|h|s|secs?|%|times|reps?|laps?"
    r"|people|of|percent|pounds?|am|pm|o'clock)\b)(?![%'])"
)
#: Words that open no race's name: a run's, a count's, a time's ("Ran 10 in 1:21:00", "Week
#: 10", "the last 10", "Day 5").
_NOT_A_RACE_NAME = _words(
    "ran run runs running did done easy steady slow long tempo week weeks day days mile miles",
    "lap laps km rep reps set sets age aged about around over under only another last first",
    "final next other whole top best all my our his her their a an and with then after before",
    "at in on for to of from by up down out off just nearly almost roughly approx the",
    "mon tue tues wed thu thur thurs fri sat sun", *WEEKDAYS,
    "morning afternoon evening tonight today yesterday i me we it was is",
    "weigh weighed weight scale scales ate had eat level zone z hr bpm gel gels page chapter",
    "number no",
    # where or how a run went, no race's name: "trail 20 in 2:30:00", "hilly 15 done"
    "trail trails road hilly hill hills flat club group solo progression fasted hot cold wet",
    "muddy windy rainy snowy icy night lunch lunchtime treadmill track canal river park beach",
    "forest fell tempo recovery threshold steady hard slow fast gentle quick",
)
_ANY_DISTANCE = re.compile(r"[0-9]\s*(?i:k|km|kms|mi|miles?|miler)\b")
#: Words of a race ahead or a goal for it, which a time beside the race's name is.
_AHEAD = re.compile(
    r"(?i:\b(?:aim|aiming|target|goal|hope|hoping|want|next|entered|signed|booked|plan|planning"
    r"|tomorrow|tmrw|will|gonna|predict|prediction|predicted)\b)"
)


#: A wish for the next race after a finish time: "..., 26:48:03, silver buckle next time".
_NEXT_TIME_AFTER = re.compile(
    r"(?i:(?<=[0-9])\s*,[^,.;]*?\bnext\s+(?:time|year|one|go|attempt)\b[^,.;]*)"
)


def _next_time_after(text: str) -> str:
    """The text without a wish for next time said after its finish time."""
    if "ext " not in text or _HMS.search(text) is None:
        return text
    return _NEXT_TIME_AFTER.sub(" ", text)


def race_names_in_miles(text: str) -> str:
    """The message (in its own case) with a race named by a bare number written in miles
    ("Lakeside 10 with the club 1:12:40": "Lakeside 10 miles ..."), when it holds a finish
    time and no distance of its own ("Thames Path 100 done. 100 miles in 27:14:30" is run
    once); a race ahead ("signed up for the Riverbank 10") has no time and stays as written.
    A race named in lower case opening the message, with its finish ("grizzly 20 done,
    3:58:40", "pennine 39 in 9:12:00") is as well; a city's race run in a marathon's time
    ("did Berlin, 3:41:20", "paced the 4:15 bus at Manchester") is the marathon."""
    if _CLOCK.search(text) is None:
        return text
    if _ANY_DISTANCE.search(text) is not None and _ANY_DISTANCE.search(
        _A_PART_OF_IT.sub(" ", text)
    ):
        return text  # "Lakeland 50, 16:05:33, the last 10 miles took forever": 50 miles
    if _AHEAD.search(_next_time_after(text)) is not None:
        return text  # "Lakeland 50 next july, aiming for 13:00:00": a goal, no finish time
    finish = _HMS.search(text)
    hours = int(finish["h"]) + int(finish[0][-5:-3]) / 60 if finish else None
    text = _RACE_NAME_MILES.sub(lambda m: _race_in_miles(m, hours), text)
    no_distance = _ANY_DISTANCE.search(_A_PART_OF_IT.sub(" ", text)) is None
    if no_distance and hours is not None and _ANY_DISTANCE.search(text) is None:
        text = _race_by_its_name(text, hours)  # "Western States done!! 27:41:06"
    if no_distance and _NAMED_DISTANCE.search(text.lower()) is None:
        text = _LOWER_RACE_NAME_MILES.sub(_race_in_miles, text, count=1)
        if _ANY_DISTANCE.search(text) is None:
            text = _marathon_by_its_city(text)
        if _ANY_DISTANCE.search(text) is None and "marathon" not in text.lower():
            text = _boston_qualifier(_time_at_a_city(text))
    return text


#: A race known by its name alone (context.RACES_BY_NAME), or a marathon major by its city.
_RACE_BY_NAME = re.compile(
    r"(?i:\b(?:the\s+)?(?P<race>"
    + "|".join(sorted(map(re.escape, (*RACES_BY_NAME, *MAJORS)), key=len, reverse=True))
    + r")\b(?:\s+(?:ultra|marathon|race|endurance\s+run|100))?)"
)
#: A bike's race of the same name ("Leadville 100 MTB"), or a race told of, not run.
_NOT_RUN_THERE = re.compile(
    r"(?i:\b(?:mtb|bike|bikes|ride|rode|riding|cycl\w*|cut-?offs?|cutoff|lottery|ballot|entry"
    r"|entries|record|winner|won|wins)\b)"
)


def _race_by_its_name(text: str, hours: float) -> str:
    """A race known by its name, with its finish and no distance, run over its distance
    ("Western States done!! 27:41:06": 100 miles; "London done, 3:47:12": a marathon), when the
    finish is that race's (an ultra's speed, a marathon's hours)."""
    m = _RACE_BY_NAME.search(text)
    if m is None or _NOT_RUN_THERE.search(text) is not None:
        return text
    race = m["race"].lower()
    named = {n.lastgroup for n in _NAMED_DISTANCE.finditer(text.lower())}
    if race in MAJORS:  # opening the message ("London done, 3:47:12"), no trip there
        if named or text[: m.start()].strip(" \t\"'*-") or _A_TRIP.search(text) is not None:
            return text  # "NYC marathon 3:48:31": its distance said
        if not _MARATHON_FROM_H <= hours <= _MARATHON_TO_H:
            return text
        return f"{text[: m.end()]} marathon {text[m.end() :]}"
    km = RACES_BY_NAME[race]
    if named - {"full"} or not _ULTRA_KMH[0] <= km / hours <= _ULTRA_KMH[1]:
        return text  # "Two Oceans half 1:58:00": the race's half
    # "Comrades marathon 11:02:44": the ultra's own distance, no marathon
    return f"{text[: m.start()]} {m['race']} {km:.3f} km {text[m.end() :]}"


#: A trip to a city, whose hours are no race's: "London, 3:10:00 in traffic".
_A_TRIP = re.compile(
    r"(?i:\b(?:flight|flew|fly|drive|drove|driving|train|trip|traffic|journey|commute|layover"
    r"|delayed|delay|stopover|bus|coach)\b)"
)
#: A marathon's finish up to here (a walker's, with the cut-offs most majors keep).
_MARATHON_TO_H = 8.0


#: A marathon's time run at a city's race: "I ran 3:10:12 at Berlin", "did 4:01:33 at Rotterdam".
_TIME_AT_A_CITY = re.compile(
    r"\b(?:ran|raced|did|clocked|finished\s+in)\s+(?:a\s+)?(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):[0-5][0-9]"
    r"\s+at\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)


def _time_at_a_city(text: str) -> str:
    m = _TIME_AT_A_CITY.search(text)
    hours = int(m["h"]) + int(m["m"]) / 60 if m is not None else 0.0
    if m is None or hours < _MARATHON_FROM_H or not cities_named(m["city"]):
        return text
    return f"{text[: m.end()]} marathon{text[m.end() :]}"


#: A Boston qualifier is run in a marathon: "BQ'd!!! 3:09:44 at Erie", "got my BQ, 2:58:40".
#: So is a London good-for-age time ("GFA") and an Olympic trials qualifier ("OTQ").
_BQ = re.compile(
    r"\b(?:BQ|GFA|OTQ)(?:'?d|'?ed)?\b"
    r"|(?i:\bboston[- ]qualif[a-z]*\b|\bgood[- ]for[- ]age\b|\bolympic\s+trials?\s+qualif[a-z]*\b)"
    # a marathon's hour barrier, with a finish of hours: "sub-3 attempt: 2:59:59", "attempt #3
    # at a sub-3: 2:59:59" (a sub-20 or sub-90 finishes in minutes: no marathon)
    r"|(?i:\bsub[- ]?[2-6](?:\s*(?:hours?|hrs?|h))?(?![0-9.]|:[0-9]))"
    # a pacer's race with a finish of hours: "pacing the 3:30 group at Chester, 3:29:02"
    r"|(?i:\b(?:pacing|paced|pacer|pacers)\b)"
)


def _boston_qualifier(text: str) -> str:
    m = _BQ.search(text)
    finish = _HMS.search(text) if m is not None else None
    if m is None or finish is None or int(finish["h"]) + int(finish[0][-5:-3]) / 60 < (
        _MARATHON_FROM_H
    ):
        return text
    return f"{text[: m.end()]} marathon{text[m.end() :]}"


#: A stretch of a race told of, no distance of its own: "the last 10 miles took forever".
_A_PART_OF_IT = re.compile(
    r"\b(?:the\s+)?(?:last|first|final|closing|opening)\s+[0-9]{1,3}(?:\.[0-9])?\s*"
    r"(?i:k|km|kms|mi|miles?)\b"
)
#: A race named in lower case as the message opens, a number of miles after its name and then
#: its finish: "grizzly 20 done, 3:58:40", "pennine 39 in 9:12:00", "lakeland 50 finished".
_LOWER_RACE_NAME_MILES = re.compile(
    r"^\s*(?P<name>[a-z][a-z']{2,}\s+)(?P<n>[1-9][0-9]{0,2})(?![0-9.,:]?[0-9]|[A-Za-z])"
    r"(?=\s+(?:done|finished|complete|completed|in\s+[0-9]{1,2}:[0-5][0-9]:[0-5][0-9])"
    r"|\s*,\s*[0-9]{1,2}:[0-5][0-9]:[0-5][0-9])"
)
#: How a runner tells of a city's race run: "did Berlin", "smashed Chicago", "ran NYC", "ran
#: London as a rhino"; and a pacer's bus ("paced the 4:15 bus at Manchester").
_CITY_RACE = re.compile(
    r"\b(?:ran|run|did|done|smashed|finished|completed|conquered|raced|survived|nailed|crushed)"
    r"\s+(?P<city>(?:[A-Z][a-z]+|[A-Z]{2,4})(?:\s+[A-Z][a-z]+)?)\b(?!\s*[0-9])"
    r"|\b(?:the\s+)?(?P<bus>[3-6]:[0-5][0-9])\s+(?:bus|pace\s+group)\b"
)
#: A place's own features, which a long run goes round, no race: "ran Box Hill", "did Richmond
#: Park".
_PLACE_FEATURES = _words(
    "park hill hills lake loop trail canal reservoir moor fell pike beacon ridge edge water",
    "common woods wood heath river valley round way path forest beach bay island",
    *WEEKDAYS, "january february march april may june july august september october november",
    "december i it",
)
#: Words of hills and fells, beside which a capitalised place is a summit, not a city's race.
_HILL_WORDS = re.compile(
    r"(?i:\b(?:fell|fells|summit|summits|peak|peaks|climb|climbing|ascent|elevation|vert|up|hill"
    r"|hills|trail|ridge|round|recce|munro|wainwright|mountain|top)\b|\+\s*[0-9]|[0-9]\s*m\b)"
)
_HMS = re.compile(r"(?<![0-9:])(?P<h>[0-9]{1,2}):[0-5][0-9]:[0-5][0-9](?![0-9:])")
#: A marathon's finish from here up (a half this slow is a walk; a marathon this fast is rare).
_MARATHON_FROM_H = 2.5


def _marathon_by_its_city(text: str) -> str:
    m = _CITY_RACE.search(text)
    if m is None:
        return text
    if m["bus"]:  # its own finish is the run's; with none, a bus only talked of
        if _HMS.search(text) is None:
            return text
        return f"{text[: m.start()]} marathon {text[m.end() :]}"
    if not set(m["city"].lower().split()).isdisjoint(_PLACE_FEATURES):
        return text
    if _HILL_WORDS.search(text) is not None:
        return text  # "did Helvellyn in 3:05:00, 900m of climbing": a hill, no city's race
    if not m["city"].isupper() and not cities_named(m["city"]):
        return text  # "did Helvellyn in 3:05:00": no town of that name, no city's marathon
    finish = _HMS.search(text, m.end())
    if finish is None:
        return text
    hours = int(finish["h"]) + int(finish[0][-5:-3]) / 60
    if hours < _MARATHON_FROM_H:
        return text
    return f"{text[: m.end()]} marathon{text[m.end() :]}"


#: An ultra named by another number of miles ("Highland Fling 53", "Ridgeway 86") is one when
#: its finish is at an ultra's speed (km/h), walking breaks and nights included.
_ULTRA_KMH = (3.0, 16.0)


def _race_in_miles(m: re.Match[str], hours: float | None = None) -> str:
    if m.groupdict().get("ultra") and not (
        hours and _ULTRA_KMH[0] <= int(m["n"]) * KM_PER_MILE / hours <= _ULTRA_KMH[1]
    ):
        return m[0]
    words = m["name"].lower().split()
    if words[-1] in _NOT_A_RACE_NAME or (words[0] != "the" and words[0] in _NOT_A_RACE_NAME):
        return m[0]
    if words[0] == "the" and not set(words[1:]).isdisjoint(_NOT_A_RACE_NAME):
        return m[0]
    return f"{m[0]} miles"


#: A track race named by its metres alone, as athletes name them ("the 1500 in 4:38", "BMC 5000
#: in 17:48", "won my 800 heat", "3200 at the all-comers"): one of the distances run on a
#: track, then its time or a word of a track meeting; not a repeat's ("8 x 800 off 90s").
_TRACK_DISTANCES = r"(?:200|300|400|600|800|1000|1200|1500|1600|2000|3000|3200|5000|10000)"
_TRACK_EVENT = re.compile(
    rf"(?<![0-9.:/x,~-])(?<!x )(?<!of )(?P<n>{_TRACK_DISTANCES})(?P<u>\s*(?:m|meters?|metres?)\b)?"
    r"(?=[^\S\n]*(?:in\s+[0-9]{1,2}[:.][0-9]|(?:m\s+)?(?:heat|final|race|pb|pr|steeple|sc\b)"
    r"|(?:at|on)\s+(?:the\s+|an?\s+)?(?:[a-z'-]+\s+){0,3}?(?:meet|meeting|champs|championships"
    r"|league|all-comers|allcomers|open|bmc|track|relays?|gala|trials?)\b"
    r"|[,:]?[^\S\n]*(?:[0-9]{1,2}:[0-5][0-9]|[0-9]{2}\.[0-9](?![0-9]))(?![0-9.:]*\s*(?:k|km|mi)\b)))"
)


#: A relay leg named by its metres ("the 1200 leg of the DMR", "my 400 leg"): that many metres.
_RELAY_LEG = re.compile(r"(?<![0-9.:/x,~-])(?<!x )(?P<n>[1-9][0-9]{1,3}0)(?=\s+leg\b)")
_MILE_LEG = re.compile(r"(?<![0-9.]\s)(?<![0-9.])\b(?:the\s+|my\s+|a\s+)?mile\s+leg\b")
#: A relay named as its legs ("my leg of the 4x100 was 12.9s", "ran the 2nd leg of the 4x400
#: in 58.1"): the runner ran one leg, not the relay's sum. Told by a leg, a relay or an anchor
#: said, or by "the" before it ("the 4x400" is the event; "did 4x400" reps).
_RELAY_NAMED = re.compile(
    r"\b[2-4]\s*x\s*(?P<d>100|200|400|800|1500|1600)(?:\s*m\b)?(?!\s*(?:m\s+)?(?:reps?|repeats)\b)"
)
_RELAY_SAID = re.compile(r"\b(?:leg|relay|anchor(?:ed|ing)?)\b")


def _relay_named(text: str) -> re.Match[str] | None:
    """The relay the message names by its legs, if it names one (_RELAY_NAMED)."""
    m = _RELAY_NAMED.search(text)
    if m is None:
        return None
    before = text[max(0, m.start() - 4) : m.start()]
    return m if before in ("the ", " my ") or _RELAY_SAID.search(text) else None


#: A race or match run over a distance: "mob match over 5 miles", "cross country over 6
#: miles", "league race over 10k" (the race's distance, not fuel "over" a run).
_RACED_OVER = re.compile(
    r"\b(?P<race>match|race|country|xc|league|champs|championships|relay|fixture|handicap|trial"
    r"|tt)\s+over\s+(?=[0-9]{1,3}(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\b)"
)


#: Multisport sessions named by their order ("run-bike-run brick", "swim bike", "duathlon"):
#: the sport of each leg in turn.
_SPORT_ORDER = re.compile(
    r"\b(?P<order>(?:run|bike|ride|cycle|swim)(?:(?:\s*-\s*|\s+)(?:run|bike|ride|cycle|swim))"
    r"{1,3})\b|\b(?P<race>duathlon|aquathlon)\b"
)
_RACE_ORDER = {"duathlon": ("run", "bike", "run"), "aquathlon": ("swim", "run")}
_ONE_LEG = (
    r"(?<![0-9.])[0-9]{1,5}(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?|m)\s+(?:in\s+)?"
    r"[0-9]{1,2}(?::[0-5][0-9]){1,2}"
)
#: Its legs' figures between slashes, with no sport beside them: "4k 17:50 / 25k 50:10 / 2k 8:40".
_SLASHED_LEGS = re.compile(rf"{_ONE_LEG}(?:\s*/\s*{_ONE_LEG})+")
#: The session's name after its order, which the legs' sports now say ("brick" is no cheese).
_BRICK_WORD = re.compile(r"\bbricks?(?:\s+(?:session|workout|set))?\b")


#: A beer mile: a mile run in laps, a can of beer before each (the rule's four 12 fl oz cans).
_BEER_MILE = re.compile(r"\bbeer[- ]?mile\b")
_BEER_MILE_TIME = re.compile(r"(?<![0-9:])[0-9]{1,2}:[0-5][0-9](?![0-9:])")
#: Its beers and laps counted, which are no figures of the run: "4 cans", "4 lagers down".
_BEER_MILE_COUNTS = re.compile(
    r"\b(?P<n>[0-9]{1,2}|four|five|six)\s*(?P<what>cans?|beers?|lagers?|tins?|bottles?|brews?"
    r"|tinnies|laps?)\b(?:\s+(?:down|drunk|sunk|chugged))?(?:\s+and\b)?"
)
_BEER_MILE_CANS = 4
_DRINKS_NAMED = re.compile(r"\b[0-9]{1,2}\s*x\s*[a-z]")
#: A beer mile talked of, not run now: a best of the past, a plan, a question.
_BEER_MILE_TALK = re.compile(
    r"\b(?:pb|pr|best|record)\s+(?:is|was|stands)\b|\b(?:goal|target|aim|aiming|hope|hoping|plan"
    r"|planning|want|wanna|next|tomorrow|will|gonna|going\s+to)\b|'ll\b|\?"
)
_SMALL_COUNTS = {"four": 4, "five": 5, "six": 6}


def beer_mile(text: str) -> str:
    """A beer mile with its time ("beer mile done: 4 cans, 4 laps, 9:52") as the mile raced
    and its beers drunk: "mile race done: , , 9:52; 4 x 12oz beers" (four unless counted)."""
    if "mile" not in text or (named := _BEER_MILE.search(text)) is None:
        return text
    if _BEER_MILE_TIME.search(text) is None or _BEER_MILE_TALK.search(text) is not None:
        return text  # "is a beer mile bad for recovery?", "my beer mile pb is 7:30"
    cans = _BEER_MILE_CANS
    for m in _BEER_MILE_COUNTS.finditer(text):
        if not m["what"].startswith("lap"):
            cans = _SMALL_COUNTS.get(m["n"]) or int(m["n"])
    text = _BEER_MILE_COUNTS.sub(" ", f"{text[: named.start()]}mile race{text[named.end() :]}")
    if _DRINKS_NAMED.search(text) is not None:
        return text  # "beer mile: 10:15 (4 x Bud Light)": the drinks it names
    return f"{text.rstrip()}; {cans} x 12oz beers"


_INTERVAL = r"(?:walk|run|jog)\s+[0-9]{1,2}(?:\s*(?:mins?|minutes?|s|secs?|seconds))?"
#: Run/walk intervals told between commas before their repeat ("walk 2 min, run 3 min, x6 =
#: 30 mins"): one set, not a walk and a run of their own.
_INTERVAL_PAIR = re.compile(
    rf"\b(?P<a>{_INTERVAL})\s*,\s*(?P<b>{_INTERVAL})\s*,\s*"
    r"(?=x\s*[0-9]|repeat|[0-9]{1,2}\s*(?:times|x|rounds|sets)\b)"
)


def _interval_pair(m: re.Match[str]) -> str:
    walks = (m["a"].startswith("walk"), m["b"].startswith("walk"))
    return f"{m['a']} {m['b']} " if walks[0] != walks[1] else m[0]


#: When a log happened, said alone after a comma at the end of a line: the log's own time.
_WHEN_AFTER = re.compile(
    r",[^\S\n]*(?=(?:this\s+(?:morning|afternoon|evening|am|pm)|yesterday(?:\s+(?:morning"
    r"|afternoon|evening))?|last\s+night|earlier(?:\s+today)?|(?:on\s+)?(?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)[^\S\n]*[.!]*[^\S\n]*(?:\n|$))"
)
#: Up to a fortnight: the Cape Wrath Ultra is 8 days, the Jordan Trail 9.
_N_DAYS = (
    r"(?:1[0-4]|[2-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen)"
)
#: An event run over several days ("250 km over 6 stages", "a 3-day stage race, 120 km"): one
#: run a day (see multi_day_event).
_MULTI_DAY = re.compile(
    rf"\b(?:over|in|across)\s+(?P<n>{_N_DAYS})\s+(?:days|stages)\b"
    rf"|\b(?P<n2>{_N_DAYS})[- ](?:day|stage)\s+(?:[a-z]+\s+){{0,2}}?(?:race|ultra|event|run"
    r"|challenge)\b(?!\s+streak)"
)
_EVENT_KM = re.compile(r"(?<![0-9.])(?P<v>[0-9]{2,4}(?:\.[0-9]+)?)\s*(?P<u>km|k|kms|mi|miles?)\b")
_EVENT_TIME = re.compile(
    r"(?<![0-9:])(?P<h>[0-9]{1,3}):(?P<m>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?(?![0-9:])"
    r"|(?<![0-9.])(?P<hours>[0-9]{1,3}(?:\.[0-9])?)\s*(?:hours?|hrs?|h)\b"
)


_LEAST_EVENT_KM = 40


def _event_hours(text: str) -> float | None:
    m = _EVENT_TIME.search(text)
    if m is None:
        return None
    if m["hours"]:
        return float(m["hours"])
    return int(m["h"]) + int(m["m"]) / 60 + int(m["s"] or 0) / 3600


def multi_day_event(text: str) -> str:
    """An event over several days told in one line ("Marathon des Sables: 250 km over 6
    stages, 41:30:00 total") as one run a day, the distance and any total time shared evenly,
    the last day today and each before it a day earlier: a runner's days each get their own
    energy, and no day is asked to hold a 250 km run."""
    if "\n" in text or (m := _MULTI_DAY.search(text)) is None:
        return text
    days = DAY_WORDS.get(m["n"] or m["n2"]) or int(m["n"] or m["n2"])
    rest = text[: m.start()] + " " + text[m.end() :]
    km = _EVENT_KM.search(rest)
    if km is None or float(km["v"]) < _LEAST_EVENT_KM:
        return text  # "ran 10k in 50:00 over 2 days" is no event of days
    distance = float(km["v"]) / days
    hours = _event_hours(rest[: km.start()] + " " + rest[km.end() :])
    each = ""
    if hours is not None:
        seconds = round(hours * 3600 / days)
        each = f" in {seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    when = [f" {days - 1 - k} days ago" for k in range(days - 2)] + [" yesterday", " today"]
    return "; ".join(f"ran {distance:.3f} {km['u']}{each}{day}" for day in when)


def multisport_legs(text: str) -> str:
    """A brick or a duathlon told as its order, then each leg's distance and time between
    slashes ("run-bike-run brick, 4k 17:50 / 25k 50:10 / 2k 8:40"): each leg named by its
    sport ("run 4k 17:50, bike 25k 50:10, run 2k 8:40"), never one run of them all."""
    if (named := _SPORT_ORDER.search(text)) is None:
        return text
    legs = _SLASHED_LEGS.search(text, named.end())
    if legs is None:
        return text
    sports = _RACE_ORDER.get(named["race"]) or tuple(re.findall(r"[a-z]+", named["order"]))
    figures = [leg.strip() for leg in legs[0].split("/")]
    if len(figures) != len(sports):
        return text
    told = ", ".join(f"{sport} {leg}" for sport, leg in zip(sports, figures, strict=True))
    between = _BRICK_WORD.sub(" ", text[named.end() : legs.start()])
    return f"{text[: named.start()]}{named['race'] or ''}{between}{told}{text[legs.end() :]}"


def sessions_told(text: str) -> str:
    """Sessions a runner tells in one breath, as the readers take them one by one: a brick's
    legs between slashes, a beer mile, an event over several days, run/walk intervals between
    commas, a relay leg by its metres, and the day said after a comma ("10 miles in 1:24:30,
    this morning")."""
    if "/" in text:
        text = multisport_legs(text)
    if "beer" in text:
        text = beer_mile(text)
    if "day" in text or "stage" in text:
        text = multi_day_event(text)
    if "walk" in text and "," in text:
        text = _INTERVAL_PAIR.sub(_interval_pair, text)
    if "," in text:
        text = _WHEN_AFTER.sub(" ", text)
    if " leg" in text:
        text = _RELAY_LEG.sub(r"\g<n>m", text)  # "my 800 leg in 2:31": 800 m
        text = _MILE_LEG.sub("1 mile leg", text)  # "mile leg of the DMR, 4:49"
    if "x" in text and (relay := _relay_named(text)) is not None:
        leg = "relay" if f"{relay['d']}m leg" in text else f"{relay['d']}m"  # said once
        text = f"{text[: relay.start()]}{leg}{text[relay.end() :]}"
    return text


def runners_words(text: str) -> str:
    """A runner's ways of saying a run's figures, in the readers' words: a track race by its
    metres alone ("the 1500 in 4:38": "the 1500m in 4:38"), a race "over 5 miles", laps of a
    course counted, a time with dots, repeats said in words, a backyard ultra's yards, and a
    plan for tomorrow cut from the run done today ("race tomorrow so easy 5k today")."""
    text = sessions_told(text)
    if any(n in text for n in ("00 ", "00m", "00,", "00:")):
        text = _TRACK_EVENT.sub(lambda m: m[0] if m["u"] else f"{m['n']}m", text)
    if " over " in text:
        text = _RACED_OVER.sub(r"\g<race> ", text)
    if "m" in text and _KM_THEN_M.search(text) is not None:
        text = _KM_THEN_M.sub(_miles_again, text)  # "10K (6.2M)": 6.2 miles, not minutes
    if _LAP_WORDS.search(text) is not None:
        text = _LAPS_OF_A_COURSE.sub(_laps_of_a_course, text)
    if text.count(".") >= 2 and ":" not in text and _dotted_run_time(text):
        text = _DOTTED_HMS.sub(r"\g<h>:\g<m>:\g<s>", text)  # "Bath Half PB! 1.38.44"
    if "marathon" in text and "0.5" in text:
        text = _HALF_AS_A_FRACTION.sub(" half marathon", text)  # "ran a 1/2 marathon"
    if ("tomorrow" in text or "tmrw" in text) and " so " in text:
        text = _PLAN_SO_TODAY.sub(r"\g<plan>; ", text)  # "race tomorrow so easy 5k today"
    if " times " in text:
        text = _TIMES_A_DISTANCE.sub(r"\g<n> x ", text)  # "5 times 1 mile": 5 x 1 mile
    if _may_hold_a_stage_total(text) and (total := _STAGE_TOTAL.search(text)) is not None:
        rest = text[: total.start()] + " " + text[total.end() :]
        text = rest if _CLOCK.search(rest) else text  # the stage's own time is the run's
    if (
        ("backyard" in text or "standing" in text)
        and _BACKYARD.search(text)
        and (yards := _BACKYARD_YARDS.search(text)) is not None
    ):
        own = _ANY_DISTANCE.search(text[: yards.start()] + text[yards.end() :]) is not None
        miles = "" if own else f"{int(yards['n']) * _BACKYARD_YARD_MILES:.4f} miles"
        if miles and _CLOCK.search(text) is None and "hour" not in text:
            if int(yards["n"]) > _YARDS_A_DAY and "\n" not in text:
                return _yards_by_day(int(yards["n"]))  # "big's backyard, 44 yards": 2 days
            miles += f" in {yards['n']} hours"  # a yard an hour
        text = f"{text[: yards.start()]}{miles}{text[yards.end() :]}"
    return text


_YARDS_A_DAY = 24


def _yards_by_day(yards: int) -> str:
    """A backyard ultra of more yards than a day holds, as an event of days is told: a run a
    day of that day's yards (24 a day, the rest today), the last today and each before it a
    day earlier, so no day holds more than 100 miles."""
    days = -(-yards // _YARDS_A_DAY)
    counts = [_YARDS_A_DAY] * (days - 1) + [yards - _YARDS_A_DAY * (days - 1)]
    when = [f"{days - 1 - k} days ago" for k in range(days - 2)] + ["yesterday", "today"]
    return "; ".join(
        f"ran {n * _BACKYARD_YARD_MILES:.4f} miles in {n} hours {day}"
        for n, day in zip(counts, when[-days:], strict=True)
    )


_COUNT_WORDS = {"twice": 2, "thrice": 3, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = r"(?:[2-9]|1[0-9]|two|three|four|five|six)"
_ONE_LAP = r"(?:[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:k|km|kms|mi|miles?|mile)\b"
#: Laps or loops of a course, counted: "4 laps of the 2.5k park loop", "twice round the 4 mile
#: reservoir loop", "2 x the 6k canal loop", "5 laps of Bushy Park (1.9 mi each)": the count
#: times a lap, one distance (not a lap's alone).
_LAPS_OF_A_COURSE = re.compile(
    rf"\b(?:(?P<n>{_COUNT})\s*(?:laps?|loops?|circuits?)\s+(?:of|round|around)"
    rf"|(?P<n2>twice|thrice|{_COUNT}\s*x|{_COUNT}\s+times)(?:\s+(?:round|around|over|of))?"
    r"(?=\s+(?:the|a|my)\b))"
    rf"\s+(?:(?:the|a|my)\s+)?(?:[a-z']+\s+){{0,2}}?(?P<lap>{_ONE_LAP})"
    rf"|\b(?P<n3>{_COUNT})\s*(?:laps?|loops?|circuits?)\s+(?:of|round|around)\s+(?:the\s+)?"
    rf"(?P<place>(?:[a-z']+\s+){{1,3}}?)\(\s*(?P<lap3>{_ONE_LAP})\s+each\s*\)"
)
_LAP_WORDS = any_of(("lap", "loop", "circuit", "twice", "thrice", " x ", "times"))
_LAP_FIGURE = re.compile(r"(?P<v>[0-9.]+)\s*(?P<u>[a-z]+)")


def _laps_of_a_course(m: re.Match[str]) -> str:
    said = (m["n"] or m["n2"] or m["n3"]).split()[0].rstrip("x")
    count = _COUNT_WORDS.get(said) or int(said)
    lap = _LAP_FIGURE.match(m["lap"] or m["lap3"])
    if lap is None:
        return m[0]
    unit = "km" if lap["u"].startswith("k") else "mi"
    return f"{count * float(lap['v']):g} {unit} {m['place'] or ''}"


#: A race's time written with dots, the British way: "1.38.44", "3.47.12" (h.mm.ss).
_DOTTED_HMS = re.compile(
    r"(?<![0-9.])(?P<h>[0-9]{1,2})\.(?P<m>[0-5][0-9])\.(?P<s>[0-5][0-9])(?![0-9.])"
)
#: Words of a run, beside which a dotted time is the run's, not a date.
_RUN_CONTEXT = re.compile(
    r"\b(?:ran|run|race|raced|half|hm|marathon|parkrun|pb|pr|miles?|mi|km|k|ultra|10k|5k|xc)\b"
    r"|[0-9]\s*(?:k|km|mi|miles?)\b"
)
def _dotted_run_time(text: str) -> bool:
    """Whether the text holds a time written with dots beside a run's words (not a date)."""
    return _DOTTED_HMS.search(text) is not None and _RUN_CONTEXT.search(text) is not None


#: A half marathon written as a fraction ("1/2 marathon", "½ marathon"; normalize_numbers has
#: made them 0.5).
_HALF_AS_A_FRACTION = re.compile(r"(?<![0-9.])\s*0\.5\s+marathon\b")
#: A distance in km and again after a bracket or slash in "m", which beside it is miles (as
#: "10K (6.2M)" is written), not minutes or metres.
_KM_THEN_M = re.compile(
    r"\b(?P<km>[0-9]{1,3}(?:\.[0-9]+)?)\s*(?:k|km)\s*(?P<sep>\(|/)\s*(?P<mi>[0-9]{1,3}(?:\.[0-9]+)?)"
    r"\s*m\b(?!\s*(?:in|/))"
)


def _miles_again(m: re.Match[str]) -> str:
    if abs(float(m["mi"]) * KM_PER_MILE - float(m["km"])) > _CONVERSION_SLACK * float(m["km"]):
        return m[0]
    return f"{m['km']} km {m['sep']} {m['mi']} mi"


#: Tomorrow's plan, then "so" and what was done today: "race tomorrow so easy 5k today 28:00",
#: "flying tomorrow so got 6 miles in first" (the plan's words do not make the run a plan).
_PLAN_SO_TODAY = re.compile(r"(?P<plan>\b(?:tomorrow|tmrw)\b[^.;,\n]{0,40}?)\s+so\s+(?=[a-z0-9])")
#: Repeats said in words: "5 times 1 mile", "10 times 400 with 200 jog", "six times 800
#: metres" (spoken numbers are digits by now).
_TIMES_A_DISTANCE = re.compile(
    r"\b(?P<n>[2-9]|[1-3][0-9])\s+times\s+(?=[0-9]{1,4}(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?|m"
    r"|metres?|meters?|mins?|minutes?|s|secs?|seconds)\b|[0-9]{3,4}\b(?!\s*(?:kcal|cal|g)\b))"
)
#: A stage race's running total after a stage's own time: "overall now 18:12:44",
#: "cumulative 29:40:55", "GC time 41:10:12", "total so far 16:20:01" (no time of this run).
_STAGE_TOTAL = re.compile(
    r"[,;(]?\s*\b(?:overall|cumulative|cumulatively|gc|aggregate|running\s+total"
    r"|total\s+(?:time\s+)?(?:so\s+far|now))"
    r"(?:\s+(?:time|now|so\s+far|after\s+[a-z0-9 ]{1,20}?|is|at|of|:))*\s*[:=-]?\s*"
    r"[0-9]{1,3}:[0-5][0-9]:[0-5][0-9]\)?"
)


_STAGE = re.compile(r"\b(?:stage|day|leg|etappe)\s*[0-9]|\bstage\b")


def _may_hold_a_stage_total(text: str) -> bool:
    """A stage race's day and a running total both said ("stage 4 ... overall now 18:12:44")."""
    return (
        "overall" in text or "cumulative" in text or "gc" in text or "aggregate" in text
        or "total" in text
    ) and _STAGE.search(text) is not None


#: A backyard ultra named, whose "yards" are its laps: "backyard ultra", "last one standing".
_BACKYARD = re.compile(r"\bbackyard\b|\blast\s+(?:one|person|man|woman|runner)\s+standing\b")
#: A backyard ultra's "yards": laps of 4 1/6 miles, one an hour (100 miles a day).
_BACKYARD_YARD_MILES = 100 / 24
_BACKYARD_YARDS = re.compile(r"\b(?P<n>[1-9][0-9]{0,2})\s*(?:yards?|yds?|loops|laps)\b")


_BARE_FIGURE = re.compile(r"(?<![0-9.:])[0-9]{1,2}(?:\.[0-9]+)?(?![0-9.:])")
#: A bare whole number after "ran" from this up is minutes ("ran 45"), below it distance.
_BARE_MINUTES_FROM = 40
_MILES = re.compile(r"(?<![a-z])(?:mi|mile|miles|miler|mls)\b")
#: A bare 3.1 or 6.2 is a 5k or 10k counted in miles (as a bare 13.1 is the half).
_RACE_IN_MILES = frozenset({"3.1", "6.2"})
_DISTANCE_WORD = re.compile(r"(?<![\w.])[0-9.]++\s*+(?:km|k|mi|miles?)\b")
#: A track race's distance in metres: "club champs 3000m", "county schools 1500m".
_TRACK_METRES = re.compile(rf"(?<![\w.]){_TRACK_DISTANCES}\s*(?:m|metres|meters)\b")
#: Any of the hints above, in one scan: a clause that reads as exercise by its numbers.
_RUN_HINT = re.compile(
    "(?=[0-9.m])(?:"
    + "|".join(p.pattern for p in (_DISTANCE_WORD, _TRACK_METRES, _PACE_HINT, _REPS_HINT))
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


def _durations(text: str, *, efforts: bool = False) -> tuple[float, str, float | None]:
    """Sum of every duration in the text, in seconds, and the text with them blanked.

    The third value is the h:mm reading of a lone "1:52", which could be either; the run
    parser picks it when mm:ss would be faster than any human (a half in 1 min 52 s). With
    `efforts`, the times of a session's efforts ("1 min hard 1 min easy", "under 90 sec")
    are left out beside a time of the whole ("40 min fartlek 1 min hard 1 min easy").
    """
    total = 0.0
    count = 0
    whole = 0.0  # the times that are no effort's
    stated = 0.0  # a time stated as the total: "total 3.1km 25 mins", "44:10 total"
    said = _whole_said(text) if efforts else -1
    if efforts and " + " in text:
        efforts = False  # "15 min easy + 15 min steady": parts one after another, all counted
    intervals = efforts and "walk" in text and _RUN_WALK_WORDS.search(text) is not None
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
        if efforts and not (
            _EFFORT.match(text, m.end())
            or text.endswith(_BOUND_WORDS, 0, m.start())
            or (intervals and _EFFORT_BEFORE.search(text, max(0, m.start() - 8), m.start()))
        ):
            whole += seconds
        if said >= 0 and (
            (said < m.start() and "," not in text[said : m.start()])
            or _TOTAL_AFTER.match(text, m.end())
        ):
            stated += seconds
        if m["ms"] and int(m["mm"]) < MAX_RUN_S // 3600:
            as_hours = int(m["mm"]) * 3600 + int(m["ss"]) * 60
    if total:
        text = _blank_spans(text, spans)
    if whole:
        total = whole
    if stated:
        total = stated
    return total, text, as_hours if count == 1 else None


_TOTAL_AFTER = re.compile(rf"\s*{_WHOLE}\b")


def _whole_said(text: str) -> int:
    """Where the text states the whole of the session ("total", "all in"), or -1."""
    return max(text.find(word) for word in _WHOLE_WORDS)


#: What a time names when it is an effort's or a race's name, not the session's time: "1 min
#: hard", "90s walk", "24h race: 142 km in 24:00:00".
_EFFORT = re.compile(
    r"\s*(?:of\s+)?(?:hard|fast|easy|on|off|jogs?|jogging|walks?|walking|rests?|recovery|recoveries"
    r"|recs?|floats?|run|running|efforts?|sprints?|strides?|surges?|pickups?|race|event|challenge"
    r"|relay)\b"
)
#: Run/walk intervals: a run word and a walk word, each with its own time ("jog 45s walk
#: 15s, 30 min"): the times named after them are the intervals', never the session's.
_RUN_WALK_WORDS = re.compile(r"\b(?:run|jog)\b")
_EFFORT_BEFORE = re.compile(r"\b(?:run|jog|walk)\s*$")
#: A time as a bound: "all under 90 sec".
_BOUND_WORDS = ("under ", "sub ", "below ", "sub-")


#: The whole of a session stated after its parts: "= 8k in 38:30", "10k all in 49:50".
_WHOLE_STATED = re.compile(
    r"=\s*(?P<v>[0-9]{1,3}(?:\.[0-9]+)?)\s*(?P<u>k|km|kms|mi|miles?)\b"
    r"|\b(?P<v2>[0-9]{1,3}(?:\.[0-9]+)?)\s*(?P<u2>k|km|kms|mi|miles?)\s+(?:in\s+)?"
    rf"(?:{_WHOLE_ALTERNATIVES})\b"
)
#: A part of a session, perhaps repeated: "3k", "4 x 1 mile", "6 x 800m".
_PART_DISTANCE = re.compile(
    r"(?:\b(?P<n>[0-9]{1,2})\s*x\s*)?\b(?P<v>[0-9]{1,4}(?:\.[0-9]+)?)\s*"
    r"(?P<u>k|km|kms|mi|miles?|m|metres?|meters?)\b(?!\s*/)"
)
#: Runs at other times, which a day's or a week's total adds up: "am 9k, pm 5k, 14k total",
#: "saturday 10k, sunday 16k = 26k" (two of them or more).
_DAY_PARTS = re.compile(
    r"\b(?:am|pm|morning|afternoon|evening|lunch(?:time)?|tonight|night"
    r"|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?)\b"
)


def parts_then_the_whole(text: str) -> bool:
    """Whether a session's parts (a warm-up, efforts with their paces or times, a cool-down)
    are followed by the whole, stated as their sum: "2k easy, 5k @ 4:20, 1k easy = 8k in
    38:30", "3k warm up, 5k tempo 21:40, 2k cool down, 10k all in 49:50": one run, not one
    for each part. Runs at other times of the day ("am 9k, pm 5k, 14k total") stay apart."""
    if "=" not in text and not any(w in text for w in _WHOLE_WORDS):
        return False
    whole = _WHOLE_STATED.search(text)
    if whole is None or "week" in text or len(set(_DAY_PARTS.findall(text))) > 1:
        return False  # "tuesday: 3k wu, ..." is one day's session
    value, unit = float(whole["v"] or whole["v2"]), whole["u"] or whole["u2"]
    stated = _match_km(value, unit, metres_for_small=True)
    parts = [
        (_match_km(float(m["v"]), m["u"], metres_for_small=True) or 0.0) * int(m["n"] or 1)
        for m in _PART_DISTANCE.finditer(text, 0, whole.start())
    ]
    return (
        stated is not None and len(parts) > 1 and abs(sum(parts) - stated) <= 0.03 * stated
    )


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
        return float(m["hh"]) * 3600 + int(m["hmin"] or 0) * 60 + int(m["hsec"] or 0)
    if m["min"]:
        return float(m["min"]) * 60 + int(m["sec"] or m["sec2"] or 0)
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
    if m["hone"]:
        return 3600.0
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


def _distance_km(
    text: str, *, metres_for_small: bool, named_km: float | None = None
) -> tuple[float, str]:
    """Total distance in km (a "total" figure wins) and the text with distances blanked;
    `named_km` the race the clause named before its times were blanked ("half 1:52:10")."""
    total = 0.0
    stated_total: float | None = None
    last_end = -1
    if _may_name_a_race(text):
        named = _NAMED_DISTANCE.search(text)  # "parkrun with 1k warm up": the 1k is extra
        last_end = named.end() if named is not None else -1
    spans: list[tuple[int, int]] = []
    counted: list[float] = []
    before: tuple[int, float] | None = None  # where the last distance ended, and its km
    for m in _DISTANCE.finditer(text):
        spans.append(m.span())
        if last_end >= 0 and _PART_OF.match(text, last_end, m.start()):
            continue  # "16k with 8k at MP": the 8k is inside the 16k
        last_end = m.end()
        if before is not None and _the_same_again(text, before, m):
            before = None
            continue  # "10 km (6.2 mi)", "8 km / 5 miles": one distance, the first written
        if float(m["v"]) == 0:
            raise ImplausibleValue(
                f"'{m[0].strip()}' is no distance at all. Nothing was saved; send it again with"
                " how far you went, e.g. 'ran 5 km in 28 min'."
            )
        km = _match_km(float(m["v"]), m["u"], metres_for_small=metres_for_small)
        if km is None:
            continue  # "50m" after a run is minutes, read by _DURATION
        if m["total"] or m["total2"]:
            stated_total = km
        total += km
        counted.append(km)
        before = m.end(), km
    total = total or (named_km if named_km is not None else _named_km(text))
    said = text
    if total:
        text = _blank_spans(text, spans)
    if stated_total is not None:
        total = stated_total
    elif _total_of_its_parts(counted, said, spans):
        total = counted[0]  # "ran 12k, 2k wu, 8k MP, 2k cd": 12 km
    return total, text


#: Two figures of one distance in other units agree within this (6.2 mi is 9.98 km; "about").
_CONVERSION_SLACK = 0.04


#: A word or two of the run, then its distance again in brackets: "5k parkrun (3.1 miles)".
_WORDS_THEN_BRACKET = re.compile(
    r"\s+[a-z]+(?:\s+[a-z]+)?\s*\(\s*(?:about|approx\.?|around|roughly|ca\.?|~|≈)?\s*"
)


def _the_same_again(text: str, before: tuple[int, float], m: re.Match[str]) -> bool:
    """Whether the distance `m` is the one just before it again in other units: written in
    brackets, after a slash or "=" ("13.1 miles / 21.1 km"), and the same within rounding."""
    end, km = before
    between = text[end : m.start("v")]  # "16 km = 9.9 mi": the "=" is the match's
    if not said_again_in_other_units(between) and _WORDS_THEN_BRACKET.fullmatch(between) is None:
        return False
    again = _match_km(float(m["v"]), m["u"], metres_for_small=True)
    return again is not None and abs(again - km) <= _CONVERSION_SLACK * km


_FIRST_DISTANCE = re.compile(rf"\W*(?:about\s+|~\s*)?{_DISTANCE.pattern}")


def distance_said_again(before: str, piece: str) -> bool:
    """Whether a piece opens with the distance that ends the piece before it, in other units
    ("rode 50 km" | "31 mi 1:50:00"): the same session's figures, no session of its own."""
    head = _FIRST_DISTANCE.match(piece)
    found = list(_DISTANCE.finditer(before)) if head is not None else []
    last = found[-1] if found else None
    if head is None or last is None or before[last.end() :].strip():
        return False
    km = _match_km(float(last["v"]), last["u"], metres_for_small=True)
    again = _match_km(float(head["v"]), head["u"], metres_for_small=True)
    return (
        km is not None
        and again is not None
        and (last["u"][0] == "m") != (head["u"][0] == "m")  # miles against km or metres
        and abs(again - km) <= _CONVERSION_SLACK * km
    )


def _named_km(text: str) -> float:
    """The distance of the races a run names: "half", "marathon", "parkrun" (once)."""
    total = 0.0
    last: str | None = None
    for m in _NAMED_DISTANCE.finditer(text):
        kind = m.lastgroup
        if kind == last and not text[m.start() - 2 : m.start()].strip(" (/"):
            continue  # "a half (13.1 mi)", "marathon / 26.2": the race said again
        last = kind
        if kind == "half":
            total += HALF_MARATHON_KM
        elif kind == "full":
            total += MARATHON_KM
        elif kind == "park" and total == 0:
            total += 5.0
    return total


#: A warm-up, cool-down or jog: a part of the session, never its total.
_A_PART = re.compile(r"\s*(?:of\s+)?(?:warm|wu|cool|cd|jog|rec|easy\s+(?:to|from))")


def _total_of_its_parts(counted: list[float], text: str, spans: list[tuple[int, int]]) -> bool:
    """The first distance is the run, the two or more after it its parts: they add up to it."""
    if len(counted) < 3 or len(spans) != len(counted) or _A_PART.match(text, spans[0][1]):
        return False
    first, parts = counted[0], sum(counted[1:])
    return abs(first - parts) <= 0.01 * first and max(counted[1:]) < first


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
        or "skinn" in text
    )


def _parse_run(text: str, time_ref: TimeRef | None, ctx: ParseContext) -> RunLogged | None:
    return _run_and_rest(text, time_ref, ctx)[0]


def _run_and_rest(
    text: str, time_ref: TimeRef | None, ctx: ParseContext
) -> tuple[RunLogged | None, str]:
    """The run a clause logs, and the clause's words that were no part of it."""
    figures = _run_figures(text, ctx.units)
    run = _make_run(
        figures.distance_km,
        figures.duration_s,
        pace=figures.pace,
        elevation=figures.elevation,
        tags=figures.tags,
        time_ref=time_ref,
        ctx=ctx,
        estimated=["distance_km"] if figures.from_reps else [],
        grade=figures.grade,
    )
    return run, figures.rest


class _RunFigures(NamedTuple):
    """What a run clause says, before the runner's clock, pace and weight make it a run."""

    distance_km: float
    duration_s: float
    pace: float | None  # s/km
    elevation: float | None  # m
    grade: float | None  # a treadmill's incline, %
    tags: tuple[str, ...]
    from_reps: bool  # the distance is only its repeats'
    rest: str  # the clause's words that were no part of the run


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _run_figures(text: str, units: Units) -> _RunFigures:
    """A run clause's figures; pure, so kept by text (runners log the same runs again:
    "parkrun 24:10", "easy 5k"). Refusals (ImplausibleValue) are not kept."""
    found = {m.lastgroup for m in _RUN_TAGS.finditer(text)}
    tags = tuple(tag for tag in _TAG_ORDER if tag in found) if found else ()
    miles = "mi" in text and _MILES.search(text) is not None  # not the "mi" of "min"
    text = _without_other_figures(text)
    said = text  # before its times are read off: "long 20 in 2:30:00" is a kind and a number
    laps, text = laps_km(text) if "lap" in text else (0.0, text)
    run_walk_s, text = run_walk_seconds(text) if "walk" in text else (0.0, text)
    reps_km, reps_s, after_reps = _reps(text)
    reps_s += run_walk_s
    warm_up_km = 0.0
    if after_reps != text and ("warm" in text or "cool" in text or "wu" in text):
        warm_up_km, after_reps = _warm_up_km(after_reps)  # a part of the session with reps
    text = after_reps
    if "/" in text:
        text = _RUN_WALK_RATIO.sub(" ", text)
    grade, text = _incline(text)
    speed_pace, text = _speed_pace(text)
    pace, text = _pace_s_per_km(text, units, miles)
    pace = pace or speed_pace
    elevation, text = _elevation_m(text, units)
    if elevation is None:
        elevation, text = _climb_after(text)
    named_km = _named_km(text)
    duration, text, as_hours = _durations(text, efforts=True)
    duration = duration or reps_s
    distance, text = _distance_km(text, metres_for_small=False, named_km=named_km)
    distance = distance or laps  # "12 laps of the track": 4.8 km, counted, not estimated
    if as_hours and distance and _too_fast_as_minutes(distance, duration, as_hours):
        duration = as_hours  # "dropped at mile 71 after 19:30 on my feet": 19 h 30 min
    written = bool(distance)  # a distance with its unit, not a bare number
    if not distance and not (duration and pace):
        distance, duration, text = _bare_number(text, said, duration, units == "imperial" or miles)
    if not duration and distance and not pace:
        bare_in = _IN_BARE.search(text) or (_TRAILING_BARE.search(text) if written else None)
        if bare_in:
            text = text[: bare_in.start()] + " " + text[bare_in.end() :]
            duration = _bare_minutes(bare_in["n"], distance)
    from_reps = not distance and reps_km > 0  # reps alone leave out warm-up and jogs
    distance = distance or (reps_km + warm_up_km if reps_km else 0.0)
    if "rec" in text or "rest" in text:
        text = _RECOVERIES.sub(" ", text)  # "with 3 minute recoveries": the reps', no food
    return _RunFigures(distance, duration, pace, elevation, grade, tags, from_reps, text)


#: The recoveries between repeats, their times read: words of the run, never a recovery drink.
_RECOVERIES = re.compile(r"\b(?:recoveries|recovs?|recs|rests)\b")


def _bare_number(
    text: str, said: str, duration: float, in_miles: bool
) -> tuple[float, float, str]:
    """A run's number with no unit ("ran 8", "easy 5 on the treadmill", "long 20 in 2:30:00",
    read in `said`, the clause before its times were read off): its distance in the runner's
    unit (or minutes, "ran 45"), the duration, and the text without the number."""
    bare = _BARE_RUN_NUMBER.search(text) or _KIND_AND_NUMBER.match(text.strip())
    if bare is None and duration and (bare := _KIND_AND_NUMBER.match(said.strip())):
        text = _BARE_FIGURE.sub(" ", text, count=1)  # its number, the first left
    elif bare:
        text = text[: bare.start("v")] + " " + text[bare.end("v") :]
    if bare is None:
        return 0.0, duration, text
    value = float(bare["v"])
    if not duration and bare["v"].isdigit() and value >= _BARE_MINUTES_FROM:
        return 0.0, value * 60, text  # "ran 45": minutes, not an ultra
    in_miles = in_miles or bare["v"] in _RACE_IN_MILES
    return (value * KM_PER_MILE if in_miles else value), duration, text


#: A body weight after a race and the race's time: "73.9kg after the christchurch marathon,
#: 3:44:20" is the weigh-in and the marathon.
_WEIGHT_AFTER_A_RACE = re.compile(
    r"(?P<w>\b[0-9]{2,3}(?:\.[0-9]{1,2})?\s*(?:kg|kgs|kilos?|lbs?|pounds)\b)\s+(?:after|post"
    r"|following)\s+(?P<race>(?:the\s+|my\s+)?(?:[a-z']+\s+){0,3}?(?:marathon|half(?:\s+marathon)?"
    r"|parkrun|ultra|race|[0-9]{1,3}\s*(?:k|km|mi|miles?|miler)))(?:\s*,\s*|\s+in\s+)"
    r"(?P<t>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?)\b"
)


def weight_then_race(text: str) -> str:
    """ "73.9kg after the christchurch marathon, 3:44:20" as "73.9kg; the christchurch
    marathon 3:44:20": the race with its time is a run of its own, beside the weigh-in."""
    if "after" not in text and "post" not in text and "following" not in text:
        return text
    return _WEIGHT_AFTER_A_RACE.sub(r"\g<w>; \g<race> \g<t>", text)


_DAY = (
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
)
#: The same run on two days: "tuesday and thursday: 7k 38:00 each", "mon and wed 6k in 34 min
#: both days".
_EACH_DAY = re.compile(
    rf"\b(?P<d1>{_DAY})\s*(?:and|&|\+|,)\s*(?P<d2>{_DAY})\b\s*:?\s*(?P<run>[^.;\n]*?[0-9][^.;\n]*?)"
    r"\s*\b(?:each(?:\s+time|\s+day)?|both(?:\s+days)?)\b"
)
#: A heading that only says the runs below were not logged yet: "missed logging the weekend:".
_NOT_LOGGED_YET = re.compile(
    r"(?:^|(?<=[\n.!]))\s*(?:i\s+)?(?:missed|forgot|forgotten)\s+(?:logging|to\s+log|posting"
    r"|to\s+post)\b[^:\n]{0,40}:(?![0-5][0-9])\s*"  # not a clock's colon: "8k 44:00"
)


#: A weekday heading a part with a run's figures, perhaps cut short or set off by a dash:
#: "sat: 18k 1:39:20 / sun: 6k", "this week: tue 8k 44:00, thu 10k", "fri - 6 miles 50:20"
#: (not "sat on the sofa", "the sun").
_DAY_HEADING = re.compile(
    rf"(?:^|(?<=[,;:/\n|]))(?P<sp>\s*)(?P<d>{_DAY})\b\.?(?:\s+-|\s*[,|\t])?"
    r"(?=\s*:?\s*(?:[0-9]|parkrun|run\b|ran\b|long\b|easy\b|tempo\b))"
)


_A_DAY = (
    r"(?:yesterday|today|tonight|this\s+(?:morning|evening|afternoon)"
    r"|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
#: A second day's run said by its number alone, in the first one's unit: "5 miles yesterday
#: and 3 today", "8 miles on saturday and 4 on sunday" (3 and 4 miles, a run each).
_SECOND_DAY_BARE = re.compile(
    rf"(?P<first>\b[0-9]{{1,3}}(?:\.[0-9]+)?\s*(?P<u>k|km|kms|mi|miles?)\s+{_A_DAY}\s*"
    r"(?:,|and|&|then)\s*(?:(?:and|then)\s+)?(?:(?:an?|another)\s+)?(?:easy\s+)?)"
    r"(?P<n>[0-9]{1,2}(?:\.[0-9]+)?)(?=\s+" + _A_DAY + r"\b)"
)


def runs_by_day(text: str) -> str:
    """A week's catch-up as one run per day: "tuesday and thursday: 7k 38:00 each" is
    "tuesday 7k 38:00; thursday 7k 38:00", and "sat: 18k ..." "saturday: 18k ...", each read
    on its own day; a heading that says they were not logged yet ("missed logging the
    weekend: ...") is no run missed."""
    if "missed" in text or "forgot" in text:
        text = _NOT_LOGGED_YET.sub("", text)
    if any(day in text for day in _DAY_STARTS):
        text = _DAY_HEADING.sub(lambda m: f"{m['sp']}{_full_day(m['d'])} ", text)
    if "day" in text or "this " in text or "tonight" in text:
        text = _SECOND_DAY_BARE.sub(r"\g<first>\g<n> \g<u>", text)  # "3 today": 3 miles
    if "each" not in text and "both" not in text:
        return text
    return _EACH_DAY.sub(_each_day, text)


def _each_day(m: re.Match[str]) -> str:
    return f"{_full_day(m['d1'])} {m['run']}; {_full_day(m['d2'])} {m['run']}"


_DAY_STARTS = tuple(day[:3] for day in WEEKDAYS)


def _full_day(day: str) -> str:
    return next((full for full in WEEKDAYS if full.startswith(day[:3])), day)


#: A race left part-way, and where: "DNF at mile 62", "dropped at 42k of the 50k", "pulled
#: out at mile 18 of the marathon". The run is the distance to that point, not the race's.
_STOPPED_AT = re.compile(
    r"\b(?P<stop>dnf|dnf'?d|dropped|pulled\s+out|retired|quit|timed\s+out|withdrew)\b"
    r"[^.;!\n]{0,20}?\bat\s+(?:the\s+)?(?:mile\s+(?P<v>[0-9]{1,3}(?:\.[0-9]+)?)\b"
    r"|(?P<v2>[0-9]{1,3}(?:\.[0-9]+)?)\s*(?P<u>km|k|mi|miles?)\b)"
)
_SENTENCE_END = re.compile(r"[.;!\n](?![0-9])")


def stopped_part_way(text: str) -> str:
    """A race left part-way written as the distance run ("100 miler DNF at mile 62, 16:40 on
    the clock": "100 miler dnf 62 mi, ..."): the sentence's other distances, the race's, go;
    the point is no longer a place in a run, which the cutters drop ("a gel at mile 10")."""
    if "at " not in text or (m := _STOPPED_AT.search(text)) is None:
        return text
    start = max(text.rfind(c, 0, m.start()) for c in ".;!\n") + 1
    end_m = _SENTENCE_END.search(text, m.end())
    end = end_m.start() if end_m is not None else len(text)
    point = f" {m['stop']} {m['v'] or m['v2']} {m['u'] or 'mi'}"
    before = _DISTANCE.sub(" ", text[start : m.start()])
    return text[:start] + before + point + _DISTANCE.sub(" ", text[m.end() : end]) + text[end:]


def _too_fast_as_minutes(distance_km: float, seconds: float, as_hours: float) -> bool:
    """Whether a lone "h:mm" is hours: faster than any human as minutes, a run's pace as
    hours ("dropped at mile 71 after 19:30 on my feet": 19 h 30 min)."""
    return distance_km / (seconds / 3600) > MAX_RUN_KMH >= distance_km / (as_hours / 3600) >= (
        MIN_RUN_KMH
    )


#: A part said before the run it was inside: "tempo 5 mi @ 7:20 inside a 7 mile run", "8k at
#: MP as part of an 18k long run", repeated or not ("3 x 5k at MP inside a 19k session": no 3 x
#: 19k): the part, up to the run's own distance, is no distance.
_PART_INSIDE = re.compile(
    r"(?:\b[0-9]{1,2}\s*x\s*)?\b[0-9]{1,3}(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\b[^,;.\n]{0,30}?\s(?:inside|within"
    r"|as\s+part\s+of|in\s+the\s+middle\s+of)\s+(?:a|an|my|the)\s+(?=[0-9]{1,3}(?:\.[0-9]+)?\s*"
    r"(?:k|km|kms|mi|miles?|mile)\b)"
)


def _without_other_figures(text: str) -> str:
    """The run clause without figures that are not the run's: a plan's name, a margin, a
    week's volume, a part inside the run, a point in it, a pace named by a race, a race one
    helped at."""
    if "in" in text or "part of" in text:
        text = _PART_INSIDE.sub(" ", text)
    if "c25k" in text or "to 5k" in text:
        text = _PROGRAMME.sub(" ", text)
    if any(word in text for word in _MARGIN_WORDS):
        text = _MARGIN.sub(" ", text)  # "pb by 10 secs": how much faster, not more time
    if " at " in text or " by " in text or "week" in text or "month" in text or " pace" in text:
        text = _no_distance(text)
    if _SPENT_OTHERWISE_HINT.search(text) is not None:
        text = _SPENT_OTHERWISE.sub(" ", text)  # "12h nursing shift today so 10k, 52:40"
    if any(role in text for role in _HELPED_AT_HINTS):
        text = _HELPED_AT_RACE.sub(" ", text)  # "marshalled at the 10k race, then ran 7k"
    return text


#: The time of something else the day held, which is no part of the run: "12h nursing shift",
#: "10 hour flight tomorrow", "after a 9h shift", "3 hour drive to the race", "24h fast".
_SPENT_OTHERWISE_NOUNS = (
    "shift", "flight", "drive", "journey", "commute", "trip", "fast", "sleep", "nap", "layover",
    "meeting", "wait", "delay", "train", "surgery", "exam", "lecture", "workday", "work day",
    "day at work", "day in the office", "car", "bus", "coach journey", "operation", "oncall",
    "on call", "on-call",
)  # fmt: skip
_SPENT_OTHERWISE_HINT = any_of(_SPENT_OTHERWISE_NOUNS)
_SPENT_OTHERWISE = re.compile(
    r"\b[0-9]{1,2}(?:\.[0-9])?\s*-?\s*(?:h|hr|hrs|hour|hours|mins?|minutes?)\s+(?:[a-z]+\s+)?"
    r"(?:" + "|".join(_SPENT_OTHERWISE_NOUNS) + r")s?\b"
)
_MARGIN_WORDS = ("by ", " than", "off ", "under ", " p", "down ", "best", "record", " of it",
                 "old ", "previous ", "former ",
                 " of that", " of them", " of those")
#: A race one helped at, which is no part of one's run: "marshalled at the 10k race".
_HELPED_AT_HINTS = ("volunt", "marshal", "cheer", "spectat", "support", "timekeep")
_HELPED_AT_RACE = re.compile(
    r"\b(?:volunteer(?:ed|ing)?|marshal(?:l?ed|l?ing)?|spectat(?:ed|ing)|cheer(?:ed|ing)"
    r"|support(?:ed|ing)|timekeep(?:ing|er))\s+(?:at|for|on)\s+(?:the\s+|my\s+|a\s+|our\s+)?"
    r"(?:[0-9.]+\s*(?:k|km|mi|miles?)\s+)?[a-z]+"
)


#: A time that is a margin, not the run's: "PB by 10 secs", "beat my pb by 45 seconds", "30 secs
#: quicker than last week", "2 mins off my pb", "a minute under target".
_TIME_UNIT = r"\s*(?:s|secs?|seconds|mins?|minutes|')"
_MARGIN = re.compile(
    rf"\bby\s+(?:[0-9]{{1,2}}:[0-5][0-9]|[0-9]{{1,3}}(?:\.[0-9])?{_TIME_UNIT}"
    rf"(?:\s*(?:and\s+)?[0-9]{{1,2}}\s*(?:s|secs?|seconds))?)(?![a-z0-9])"
    rf"|\b(?:[0-9]{{1,2}}:[0-5][0-9]|[0-9]{{1,3}}(?:\.[0-9])?{_TIME_UNIT})\s+(?:quicker|faster"
    r"|slower|better|worse|outside|inside|behind|ahead|short)\b"
    rf"|\b(?:[0-9]{{1,2}}:[0-5][0-9]|[0-9]{{1,3}}(?:\.[0-9])?{_TIME_UNIT})\s+(?:off|under|over)"
    r"\s+(?!the\s+back\s+of\b)(?:my|the|a|last|target|goal)\b"  # not "off the back of a bagel"
    r"(?:\s+(?:pb|pr|best|target|goal|time|year's|week's))?"
    # "a 3 second PB", "2 minute pr" (not "45 min pb", a run's time that was a PB)
    r"|\b[0-9]{1,3}(?:\.[0-9])?[- ]?(?:s|secs?|seconds?|minute)\s+(?:pb|pr)\b"
    # "10k 50:12, down 20 seconds": faster than before by that much
    rf"|(?<![a-z] )(?<![a-z]-)\bdown\s+(?:by\s+)?[0-9]{{1,3}}(?:\.[0-9])?{_TIME_UNIT}(?![a-z0-9])"
    # the best beaten, no time of this run: "beat my old best of 21:30", "than my pb (44:10)"
    r"|\b(?:beat|beating|broke|breaking|smashed|bettered|than|improved\s+on)\s+(?:my\s+)?"
    r"(?:old|previous|last|former)?\s*(?:pb|pr|best|record|time)\s*(?:of|by|from)?\s*\(?"
    r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9]\)?"
    r"|\b(?:old|previous|former)\s+(?:one|pb|pr|best|record|time)\s+(?:was|is|of|stands\s+at)\s+"
    r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9]"
    # a part of the run told after it: "ran 10k today, 5k of it at tempo"
    r"|(?<=, )[0-9]{1,3}(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\s+of\s+(?:it|that|them|those)\b"
)


#: Distances that are no part of the run: a week's volume ("100 mile week"), a point in it
#: ("bonked at 35k") and a pace named by a race ("at 10k pace").
_NOT_THE_RUN = re.compile(
    r"\b[0-9]{1,4}(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?|mile)\s+(?:weeks?|months?|years?)\b"
    r"|\b(?:at|by|until|till|around|from)\s+(?:the\s+)?(?:[0-9]{1,3}(?:\.[0-9]+)?\s*(?:k|km|mi|miles?)"
    r"|mile\s+[0-9]{1,2})\b(?!\s*(?:in|run|race|jog)\b)"
    r"|\b(?:[0-9]{1,2}\s*(?:k|km|mi|miles?)|half|half marathon|marathon|hm|mp)\s+(?:race\s+)?pace\b"
)


def _no_distance(text: str) -> str:
    """The text without distances that are no part of the run, when the run has its own."""
    blanked = _NOT_THE_RUN.sub(" ", text)
    if blanked is text or _DISTANCE.search(blanked) is None:
        return text if "pace" not in text else blanked  # "tempo 40 min at 10k pace"
    return blanked


#: The warm-up and cool-down of an interval session: a part of it, not the whole run.
_WARM_UP = re.compile(
    r"\b(?P<v>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?P<u>k|km|mi|miles?)\s+(?:of\s+)?"
    r"(?:warm[- ]?ups?|wu)(?:\s*(?:and|&|/|\+)\s*(?:cool[- ]?downs?|cd))?\b"
    r"|\b(?P<v2>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?P<u2>k|km|mi|miles?)\s+(?:of\s+)?"
    r"(?:cool[- ]?downs?|cd)\b"
)


def _warm_up_km(text: str) -> tuple[float, str]:
    """ "4x4 min hills + 2k warm up and cool down, 45 mins": the warm-up's km, read off, so the
    session's distance comes from its reps or its time, not from the warm-up alone."""
    km = 0.0
    for m in _WARM_UP.finditer(text):
        value = float(m["v"] or m["v2"])
        km += value * KM_PER_MILE if (m["u"] or m["u2"])[0] == "m" else value
    return km, _WARM_UP.sub(" ", text) if km else text


def _bare_minutes(number: str, distance_km: float) -> float:
    """ "10k in 50" means minutes; "half in 1.45" means 1 h 45 min; "parkrun in 21.48" (the
    British way of writing a time) 21 min 48 s."""
    value = float(number)
    if distance_km <= 1 and value and distance_km / (value / 60) < MIN_RUN_KMH:
        return value  # "400m in 61.8": a sprint's seconds, as minutes slower than walking
    if value < 10 and distance_km > 10:
        hours = int(value)
        return hours * 3600 + round((value - hours) * 100) * 60
    if _MIN_DOT_SEC.fullmatch(number) and value >= 10:
        minutes = int(value)
        return minutes * 60 + round((value - minutes) * 100)
    return value * 60


_MIN_DOT_SEC = re.compile(r"[0-9]{2,3}\.[0-5][0-9]")
#: A bare number at the end of a run with a distance is its minutes: "8k ez 46".
_TRAILING_BARE = re.compile(
    r"(?<![0-9.:/])(?P<n>[1-9][0-9]{1,2}(?:\.[0-5][0-9]|\.[0-9](?![0-9]))?|[1-9]\.[0-5][0-9])\W*$"
)  # and "parkrun pb 21.48", the British minutes.seconds; "400m ..., 64.2" a sprint's seconds
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
