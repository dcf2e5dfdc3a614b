"""Sessions told by their boat, horse, path or gear rather than by a sport's name, in the
parser's words (engine/activities.py), so the clause is read as that session and never as a
run of its figures: "14 km in the eight, 1:15" is rowing, "Camino day 5: 27 km in 6:40" a
hike, "2 hour hack on the cob" horse riding, "18 m max" on a dive no figure of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A seat in a rowing boat: "in the eight", "in the coxed four", "in the single", "in the 2x";
#: a boat only when the phrase ends there ("in the four hours" is a time, "in the single
#: digits" a count).
_BOAT_SEAT = re.compile(
    r"\bin\s+(?:the|a|our|my)\s+(?:coxed\s+|coxless\s+|club\s+|men's\s+|women's\s+)?"
    r"(?:eight|quad|four|pair|double|single(?:\s+scull)?|1x|2x|4x|4\+|4-|8\+|2-)"
    r"(?=\s*(?:[,.;:!)\n]|$|\b(?:on|this|today|tonight|yesterday|earlier|again|at|with|for|in"
    r"|from|and|then)\b|[0-9]))"
)
#: Rowing told by its occasion: a head race or an outing on the water.
_BOAT_OCCASION = re.compile(
    r"\bhead\s+(?:race|of\s+the\s+[a-z]+)\b"
    r"|\b(?:outing|crew\s+session|steady\s+state)\b(?=[^.;!?\n]*\b(?:on\s+the\s+(?:river|water"
    r"|lake|tideway|[a-z]+\s+river)|in\s+the\s+(?:eight|quad|four|pair|double|single))\b)"
    r"|\bon\s+the\s+water\b(?=[^.;!?\n]*\b(?:crew|outing|boat|cox)\b)"
    r"|\b(?:crew|outing|boat|cox)\b[^.;!?\n]*?\bon\s+the\s+water\b"
)
#: A race word inside a rowing clause: the boat's race, no run.
_BOAT_RACE = re.compile(r"\b(?:rac(?:e|ed|ing)|regatta)\b")
#: Where a clause ends: the boat's words reach no further ("single scull 8 km 42:30 then a 5k
#: run": the run is a run).
_CLAUSE_END = re.compile(r"([.;!?\n]|\bthen\b)")


def rowing_said(text: str) -> str:
    """A boat on the water as "sculling" (engine/activities.py), its race no run."""
    if "in " not in text and "head" not in text and "water" not in text and "outing" not in text:
        return text
    return _each_clause(text, _rowed)


def _rowed(piece: str) -> str:
    if _BOAT_SEAT.search(piece) is None and _BOAT_OCCASION.search(piece) is None:
        return piece
    boat = _BOAT_OCCASION.sub(" sculling ", _BOAT_SEAT.sub(" sculling ", piece))
    return _BOAT_RACE.sub(" ", boat)


def _each_clause(text: str, rewrite: Callable[[str], str]) -> str:
    """`rewrite` applied to each clause of `text`, cut where _CLAUSE_END cuts (the cuts kept)."""
    return "".join(rewrite(piece) for piece in _CLAUSE_END.split(text))


#: A day's stage of a long-distance path or pilgrimage: "camino day 5:", "west highland way
#: stage 3,", "coast to coast day 2", "offa's dyke stage 5", "via francigena day 4", "cotswold
#: way leg 2". A race's stage has a race's name ("dragon's back day 3") and stays a run.
_PATH = (
    r"(?:camino(?:\s+(?:de\s+santiago|portugu[eê]s|franc[eé]s|del\s+norte|primitivo"
    r"|ingl[eé]s))?|via\s+francigena|coast\s+to\s+coast|offa'?s\s+dyke"
    r"|(?:[a-z']+\s+){1,3}(?:way|path))"
)
_PATH_STAGE = re.compile(
    rf"\b{_PATH}\s*[,:-]?\s*(?:day|stage|leg|section)\s+[0-9]{{1,2}}\b\s*[,:-]?"
    rf"|\b(?:day|stage|leg|section)\s+[0-9]{{1,2}}\s+(?:on|of)\s+the\s+{_PATH}\b\s*[,:-]?"
)
_RUN_SAID = re.compile(r"\b(?:ran|run|running|jog|jogged|race|raced|ultra|fkt)\b")


def path_stages(text: str) -> str:
    """A stage of a long-distance path walked as a hike of the stage's figures: "camino day
    5: 27 km in 6:40" is "hiked 27 km in 6:40"; one run ("ran the pennine way day 3") stays a
    run."""
    if "day" not in text and "stage" not in text and "leg" not in text and "section" not in text:
        return text
    return _each_clause(
        text, lambda piece: piece if _RUN_SAID.search(piece) else _PATH_STAGE.sub(" hiked ", piece)
    )


#: A horse by its kind or its way: the session is horse riding.
_HORSE_NOUNS = r"(?:horses?|pony|ponies|mare|cob|gelding|stallion|filly|colt)"
_HORSE = rf"(?:{_HORSE_NOUNS}|bridleways?)"
#: The horse itself, as "horse" (a cob is also a bread roll: "hack with the cob" ate none).
_HORSE_NOUN = re.compile(rf"\b{_HORSE_NOUNS}\b")
_ON_HORSEBACK = re.compile(
    rf"\b(?:rode|ride|riding|hack|hacked|hacking)\b(?=[^.;!?\n]*\b{_HORSE}\b)"
    r"|\b(?:cross[- ]country|xc|jump(?:ing)?|flat)\s+schooling\b"
    rf"|\bschool(?:ed|ing)\s+(?:the|my|our|her|his)\s+(?:[a-z]+\s+)?{_HORSE}\b"
)
_A_BIKE = re.compile(r"\b(?:bike|bikes|mtb|bicycle|cycle|cycled|cycling|gravel|ebike|e-bike)\b")


def riding_said(text: str) -> str:
    """A ride on a horse as "horse riding": "2 hour hack on the cob, 12 km", "rode the mare
    for an hour", "cross-country schooling 1 hour"; a bike ride stays a ride."""
    if not any(w in text for w in ("rode", "ride", "riding", "hack", "school")):
        return text
    return _each_clause(text, _ridden)


def _ridden(piece: str) -> str:
    if _A_BIKE.search(piece) is not None or _ON_HORSEBACK.search(piece) is None:
        return piece
    return _HORSE_NOUN.sub("horse", _ON_HORSEBACK.sub(" horse riding ", piece))


#: A dive's depth, no minutes and no distance: "18 m max", "max depth 22 m", "down to 12m".
_UNIT = r"\s*(?:m|metres|meters|ft|feet)\b"
_DEPTH = re.compile(
    rf"\bmax(?:imum)?\s+depth\s*(?:of\s+|:\s*)?[0-9]+(?:\.[0-9])?{_UNIT}"
    rf"|\b[0-9]+(?:\.[0-9])?{_UNIT}\s+(?:max(?:imum)?(?:\s+depth)?|deep|depth)\b"
    rf"|\b(?:down\s+)?to\s+[0-9]+(?:\.[0-9])?{_UNIT}"
)
_DIVE = re.compile(r"\b(?:dive|dives|dived|diving|scuba|snorkel\w*|freediv\w*)\b")


def dive_depths(text: str) -> str:
    """A dive's depth dropped ("scuba dive 55 min, 18 m max"); a dive said as "dived" a scuba
    dive when its depth is told."""
    if _DIVE.search(text) is None or _DEPTH.search(text) is None:
        return text
    text = _DEPTH.sub(" ", text)
    return re.sub(r"\bdived\b", "scuba", text)


#: Golf said by its holes after "played" ("played 18 in 4h20") or a range session with its
#: balls or buckets.
_PLAYED_HOLES = re.compile(
    r"\bplayed\s+(?:(?P<full>18|eighteen)|9|nine)\b(?=\s*(?:in\b|,|$|with\b|today\b|this\b))"
)
_RANGE_SESSION = re.compile(r"\brange\s+session\b(?=[^.;!?\n]*\b(?:balls|buckets?)\b)")
#: A golfer's score and the balls hit, no figures of a session: "shot 92" (no 92 shots of
#: spirits), "88 strokes", "2 buckets", "100 balls", "off a handicap of 18".
_GOLF_COUNTS = re.compile(
    r"\b(?:shot|scored|carded|card(?:ed)?\s+(?:a|an))\s+(?:a\s+|an\s+)?[0-9]{2,3}\b"
    r"|\b[0-9]{1,3}\s+(?:strokes|shots|buckets?|balls|over\s+par|under\s+par)\b"
    r"|\b(?:off\s+)?(?:a\s+)?handicap(?:\s+of)?\s+[0-9]{1,2}\b"
)
_GOLF = re.compile(r"\b(?:golf|holes|driving\s+range|range|round|fairways?|tee)\b")
#: How a round was got round, no walk of its own: "golf round, 4 hrs walking".
_ROUND_WALKED = re.compile(r"\bwalk(?:ing|ed)\b(?!\s+(?:the\s+dog|home|back|to\b|[0-9]))")


def golf_said(text: str) -> str:
    """Golf by its holes played or its balls hit, its score and balls no figures."""
    if "played" in text:
        text = _PLAYED_HOLES.sub(
            lambda m: "played golf round" if m["full"] else "played golf half round", text
        )
    if "range" in text:
        text = _RANGE_SESSION.sub("driving range", text)
    if _GOLF.search(text) is not None:
        text = _GOLF_COUNTS.sub(" ", text)
        if "walk" in text:
            text = _each_clause(text, _walked_round)
    return text


def _walked_round(piece: str) -> str:
    return _ROUND_WALKED.sub("carried", piece) if _GOLF.search(piece) else piece


#: A Cooper test: as far as one can run in 12 minutes, its metres the result ("cooper test:
#: 2,840 m", "did the cooper test today, 2650m").
_COOPER = re.compile(r"\bcooper(?:'?s)?\s+test\b")
_TIMED = re.compile(r"[0-9]\s*(?:min|mins|minutes)\b|[0-9]:[0-5][0-9]")


#: A test ahead or hoped for: its metres are no run yet ("cooper test next tuesday, hoping
#: for 3,000 m").
_NOT_YET = re.compile(
    r"\b(?:next|tomorrow|hoping|hope|aiming|aim|target|goal|want|will|going\s+to|plan\w*"
    r"|booked|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


def cooper_test(text: str) -> str:
    """A Cooper test done as a run of its distance in 12 minutes (the time added when
    unsaid); one ahead or hoped for as written."""
    if "cooper" not in text or _COOPER.search(text) is None or _NOT_YET.search(text):
        return text
    run = "cooper test run" if _TIMED.search(text) else "cooper test run 12 min"
    return _COOPER.sub(run, text, count=1)


#: Heat and cold taken for recovery or adaptation, no session and no food: "sauna 20 min",
#: "hot bath protocol ... 40 min at 40 degrees", "ice bath 10 mins" (the run in the heat is the
#: run: "heat chamber, 60 min easy run at 35°C, 10.2 km").
_HEAT_OR_COLD = re.compile(
    r"\b(?:(?:a|an|the|my)\s+)?(?:post[- ]run\s+)?(?:sauna|steam\s+room|hot\s+tub|jacuzzi"
    r"|hot\s+bath|ice\s+bath|cold\s+plunge|cold\s+water\s+immersion|cryo(?:therapy)?)"
    r"(?:\s+(?:protocol|session|sesh|time))?"
    r"(?:\s+(?:for\s+)?[0-9]{1,3}\s*(?:mins?|minutes|m)\b)?"
    r"(?:\s+at\s+[0-9]{1,3}\s*(?:degrees|°\s*c?|c)\b)?"
    # and the word that placed it after a timed session: "steam room 15 min after parkrun
    # 26:02" is parkrun in 26:02
    r"(?:\s+(?:after|post)\b(?=[^.;!?\n]*(?:[0-9]:[0-5][0-9]|[0-9]\s*(?:min|mins|h|hrs?)\b)))?"
)
#: Minutes at a temperature, the bath's or the sauna's: "40 min at 40 degrees".
_MINUTES_AT_HEAT = re.compile(r"\b[0-9]{1,3}\s*(?:mins?|minutes)\s+at\s+[0-9]{1,3}\s*(?:degrees|°)")


def heat_and_cold(text: str) -> str:
    """A sauna, a hot or ice bath and their minutes and degrees dropped: no session, no food."""
    if not any(w in text for w in ("sauna", "steam", "tub", "jacuzzi", "bath", "plunge",
                                   "immersion", "cryo")):
        return text
    if _HEAT_OR_COLD.search(text) is None:
        return text
    return _MINUTES_AT_HEAT.sub(" ", _HEAT_OR_COLD.sub(" ", text))


#: "brick" as a remark on a swim or ride and a run told apart ("swam 1k 19:50 then ran 6k
#: 29:10, brick thursday"): the day's kind of session, no brick cheese.
_BRICK_REMARK = re.compile(
    r"\bbrick\b(?!\s*(?:cheese|run|session|workout|set|:|-))"
    r"(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!\s*[:-]))?"  # "brick thursday": its day
)
_BRICK_PARTS = re.compile(r"\b(?:swim|swam|bike|biked|ride|rode|cycle|cycled|turbo)\b")


def brick_remark(text: str) -> str:
    """A brick named after its parts, dropped."""
    if "brick" not in text or _BRICK_PARTS.search(text) is None:
        return text
    return _BRICK_REMARK.sub(" ", text)
