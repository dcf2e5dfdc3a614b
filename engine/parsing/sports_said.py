"""Sessions told by their boat, horse, path or gear rather than by a sport's name, in the
parser's words (engine/activities.py), so the clause is read as that session and never as a
run of its figures: "14 km in the eight, 1:15" is rowing, "Camino day 5: 27 km in 6:40" a
hike, "2 hour hack on the cob" horse riding, "18 m max" on a dive no figure of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from engine.activities import ACTIVITY_WORD_SET
from engine.errors import ImplausibleValue
from engine.parsing.runs import _distance_km, _durations, _elevation_m

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
_CLAUSE_END = re.compile(r"([;!?\n]|\.(?![0-9])|\bthen\b)")  # no decimal point: "9.5 km"


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


#: A mountain bike's places and ways, by which no run is told: a trail centre and its graded
#: routes ("the red route", "black route at Coed y Brenin"), a bike park, an uplift, singletrack,
#: enduro, a jump line, a pump track; gravel told with its figures or its loop ("gravel 48 km
#: in 2:20", "gravel loop 2h10").
_MTB_PLACE = re.compile(
    r"\b(?:trail\s+cent(?:re|er)s?(?:\s+laps?)?|(?:green|blue|red|black)\s+routes?|bike\s*parks?"
    r"|uplifts?|single\s*track|enduro|jump\s+lines?|pump\s+track)\b"
    r"|\bgravel(?:\s+(?:race|racing|grinder|sportive|event))?(?=\s+(?:loop|laps?|route|[0-9]))"
    r"|\bgravel\s+(?:race|racing|grinder|sportive|event)\b"
)
#: Where a bike's runs are its descents and its races a bike's, counted or not: "12 runs down
#: the jump line" at an uplift day, "enduro race 2:10", no run and no figure of the ride.
_DESCENTS_SAID = re.compile(r"\b(?:uplifts?|bike\s*parks?|jump\s+lines?|enduro|pump\s+track)\b")
_BIKE_RACE = re.compile(r"\b(?:race|raced|racing)\b")
_DESCENTS = re.compile(r"\b(?:[0-9]{1,3}\s+)?runs\b")
#: The metres a ride went down, no distance of it: "1100m of descending".
_DESCENT_METRES = re.compile(
    r"\b[0-9]{1,2},?[0-9]{3}\s*(?:m|metres|meters|ft|feet)\s+(?:of\s+)?(?:descent|descending|down)\b"
    r"|\b[0-9]{2,3}\s*(?:m|metres|meters|ft|feet)\s+(?:of\s+)?(?:descent|descending|down)\b"
)
#: A run said in words: the graded route or the singletrack was run ("ran the blue route",
#: "trail centre parkrun 26:40").
_RUN_SAID_ON_A_ROUTE = re.compile(
    r"\b(?:ran|run|runs|running|jog|jogged|jogging|parkrun|race|raced|racing|ultra|fkt|marathon"
    r"|half|hm|10k|5k)\b"
)


def mtb_said(text: str) -> str:
    """A ride told by a mountain bike's place ("blue route twice round, 2 hours, 26 km",
    "bike park laps all afternoon, 3 hours") as "mtb"; a run there said with a run's word
    ("ran the blue route, 10k in 58 min") stays a run."""
    if (
        not any(
            w in text
            for w in ("route", "cent", "park", "lift", "track", "enduro", "line", "gravel")
        )
        and _OFF_ROAD.search(text) is None
    ):
        return text
    return _each_clause(text, _ridden_off_road)


def _ridden_off_road(piece: str) -> str:
    if _MTB_PLACE.search(piece) is None:
        return _ridden_by_its_speed(piece)
    if _DESCENTS_SAID.search(piece) is not None:
        piece = _BIKE_RACE.sub(" ", _DESCENTS.sub(" descents ", piece))
    if _RUN_SAID_ON_A_ROUTE.search(_MTB_PLACE.sub(" ", piece)) is not None:
        return piece  # a run's word beside the place, not inside its name ("gravel race")
    return _DESCENT_METRES.sub(" ", _MTB_PLACE.sub(" mtb ", piece, count=1))


#: Where both a ride and a trail run go: "forest laps", "hill trails".
_OFF_ROAD = re.compile(
    r"\b(?:trails?|forest|woods?|hills?|fells?|moors?|laps?|loops?|mountains?|tracks?)\b"
)
#: A speed off road no runner holds for an hour or more: in km of effort an hour (each 100 m
#: climbed a km more, as hill runners reckon), over this it was ridden ("forest laps, 3h05,
#: 52 km, 1,100m up" is 20 of them an hour for 3 hours; a good club runner's trail long run
#: 11 to 13, a mountain race's winner near 19 for 3 hours and more).
_RIDDEN_FROM_EFFORT_KMH = 17.0
_RIDDEN_FROM_S = 3600.0
_METRES_A_KM_OF_EFFORT = 100.0


def _ridden_by_its_speed(piece: str) -> str:
    """An off-road outing with its climb, no run said, as "mtb" when its speed is a bike's."""
    if _OFF_ROAD.search(piece) is None or _RUN_SAID_ON_A_ROUTE.search(piece) is not None:
        return piece
    try:
        climb, rest = _elevation_m(piece, "metric")
        if not climb:
            return piece
        duration, rest, as_hours = _durations(rest)
        distance, _ = _distance_km(rest, metres_for_small=False)
        duration = as_hours or duration  # "45 km 2:30": two and a half hours, off road
    except ImplausibleValue:
        return piece
    if duration < _RIDDEN_FROM_S or not distance:
        return piece
    effort_kmh = (distance + climb / _METRES_A_KM_OF_EFFORT) / (duration / 3600)
    return f"mtb {piece}" if effort_kmh > _RIDDEN_FROM_EFFORT_KMH else piece


#: Someone else's lesson or class, which a runner fills with a run: "swimming lesson wait = 30
#: min on the treadmill", "during my daughter's swimming lesson I did 25 min on the treadmill",
#: "gymnastics class for Ella so treadmill 6k in 34:10". Its sport is no session of the runner's.
_LESSON = (
    r"(?:swimming|swim|football|footy|soccer|ballet|dance|dancing|gymnastics|gym|karate|judo"
    r"|taekwondo|tennis|rugby|hockey|netball|cricket|climbing|riding|horse\s+riding|skating"
    r"|diving|trampolining|trampoline|cheer|athletics)\s+(?:lessons?|class(?:es)?|training"
    r"|practice|club|session)"
)
#: Someone named before their lesson ("ella's swimming lesson"), not a day's ("today's").
_SOMEONE_S = (
    r"(?!(?:today|tonight|yesterday|tomorrow|morning|evening|afternoon|week|weekend|sunday"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|club|coach|gym|pool)'s)[a-z]+'s"
)
#: Whom a lesson is for: "for ella", "for my son", never a time ("for an hour", "for 45 min").
_SOMEONE = (
    r"(?:(?:my|our|the)\s+(?:son|daughter|boy|girl|kids|children|little\s+one)"
    r"|(?!an?\b|about\b|half\b|ages\b|over\b|around\b|nearly\b|almost\b|the\b|my\b|our\b"
    r"|me\b|myself\b|fun\b|fitness\b|beginners\b|adults\b|[0-9])[a-z]+)"
)
_LESSON_WAITED = re.compile(
    rf"\b{_LESSON}\s+wait\b"
    rf"|\b(?:while|whilst|during)\s+(?:[a-z']+\s+){{0,4}}?{_LESSON}\b"
    rf"|\b(?:kids'?|kid's|children's|(?:my|our|the)\s+(?:son|daughter|boy|girl|kids|children"
    rf"|little\s+one)'?s?|his|her|their|{_SOMEONE_S})\s+{_LESSON}\b"
    rf"|\b{_LESSON}\s+for\s+{_SOMEONE}\b"
)
#: The runner's own run beside the lesson: a treadmill, a run's word.
_OWN_RUN = re.compile(r"\b(?:treadmill|tread|ran|run|jog|jogged|laps)\b")


def lessons_waited_through(text: str) -> str:
    """Someone else's lesson or class (_LESSON_WAITED) beside the runner's own run, as "the
    lesson": the run is logged and the lesson's sport is no swim or gymnastics of theirs."""
    if not any(w in text for w in ("lesson", "class", "training", "practice", "club", "session")):
        return text
    if _OWN_RUN.search(text) is None:
        return text
    return _LESSON_WAITED.sub(" the lesson ", text)


#: A cold-water dip, a short swim in open water: "sea dip at sunrise, 12 min", "dipped in the
#: sea for 8 minutes", "dip with the bluetits, 10 mins" (a dipping group named); a dip of food
#: ("hummus dip with carrots") has no water and no minutes.
_DIP = re.compile(
    r"\b(?:sea|lake|river|loch|lido|tarn|ocean|cold[- ]water|open[- ]water|wild|icy|winter"
    r"|sunrise|dawn)\s+dip\b"
    r"|\bdip(?:ped)?\s+in\s+the\s+(?:sea|lake|river|loch|lido|ocean|tarn|harbour|bay|pond"
    r"|reservoir|quarry|ocean|lough|estuary)\b"
    r"|^\W*(?:a\s+|quick\s+|morning\s+|early\s+)?dip\s+with\s+the\s+[a-z]+\b"
)
_DIP_TIMED = re.compile(r"[0-9]\s*(?:min|mins|minutes|m)\b")


def dips_said(text: str) -> str:
    """A timed cold-water dip as an open water swim of its minutes."""
    if "dip" not in text:
        return text
    return _each_clause(text, _dipped)


def _dipped(piece: str) -> str:
    if _DIP_TIMED.search(piece) is None:
        return piece
    return _DIP.sub(" open water swim ", piece)


#: A gym's machine named with the gym as its place: "20 min on the bike at the gym" is a gym
#: bike's session, no strength session ("at the gym" only says where).
_MACHINE_AT_THE_GYM = re.compile(
    r"\bon\s+the\s+(?P<bike>bike|bikes)\s+(?:at|in)\s+the\s+gym\b"
    r"|\bon\s+the\s+(?P<machine>rower|erg|cross[- ]?trainer|elliptical|stepper|stairmaster"
    r"|ski[- ]?erg|assault\s+bike|treadmill|exercise\s+bike|spin\s+bike|watt\s+bike|wattbike)"
    r"\s+(?:at|in)\s+the\s+gym\b"
)


def gym_machines(text: str) -> str:
    """A machine "at the gym" as that machine's session: "on the bike at the gym" is "on the gym
    bike", "on the rower at the gym" "on the rower"."""
    if "gym" not in text or " on the " not in text:
        return text
    return _MACHINE_AT_THE_GYM.sub(
        lambda m: "on the gym bike" if m["bike"] else f"on the {m['machine']}", text
    )


#: A mountain walked up, told by its way or its name, no run said: "up Snowdon and back, 5
#: hours", "up Cadair Idris and down again, 4h15", "summited Helvellyn by Striding Edge",
#: "Scafell Pike via the Corridor Route, 6h30".
_UP_AND_BACK = re.compile(
    r"^\W*(?:went\s+|walked\s+|hiked\s+)?up\s+(?:[a-z'-]+\s+){1,3}?and\s+(?:back|down)\b"
)
_SUMMITED = re.compile(r"\b(?:summited|summitted|summitting|summiting|topped\s+out\s+on)\b")
_MOUNTAIN = re.compile(
    r"\b(?:pike|mountain|munro|corbett|wainwright|ben\s+[a-z]+|mount\s+[a-z]+"
    r"|mt\.?\s+[a-z]+|pen\s+y\s+fan|snowdon|tor)\b"
)
#: Another way up a mountain, or a trip there: not a hike of one's own.
_OTHER_WAY_UP = re.compile(
    r"\b(?:bike|biked|biking|cycl\w*|ride|rode|riding|ski|skied|skiing|skinned|drove|drive"
    r"|driving|car|train|bus|cable\s+car|gondola|lift|swim|swam|climbed\s+the\s+wall|hike|hiked"
    r"|hiking|walk|walked|walking)\b"
)
_HOURS_SAID = re.compile(
    r"[0-9]\s*(?:h|hr|hrs|hours?)\b|\b[0-9]{1,2}h[0-5][0-9]\b|\b[1-9]:[0-5][0-9]\b"
    r"|\b(?:an|one|two|three|four|five|six|seven|eight|nine|ten)\s+hours?\b"
)
#: A distance beside the hours: a hill walked goes no faster than this (km/h); faster was run.
_WALKED_UP_TO_KMH = 6.5


def hills_walked(text: str) -> str:
    """A mountain walked up (_UP_AND_BACK, _SUMMITED, _MOUNTAIN) in hours, with no run and
    no other way up said, as "hiked" (its distance, if given, at a walk's speed)."""
    if "up" not in text and "summit" not in text and _MOUNTAIN.search(text) is None:
        return text
    return _each_clause(text, _hill_walked)


def _hill_walked(piece: str) -> str:
    if (
        _UP_AND_BACK.search(piece) is None
        and _SUMMITED.search(piece) is None
        and _MOUNTAIN.search(piece) is None
    ):
        return piece
    if _RUN_SAID_ON_A_ROUTE.search(piece) or _OTHER_WAY_UP.search(piece):
        return piece
    if _HOURS_SAID.search(piece) is None:
        return piece
    try:
        duration, rest, as_hours = _durations(piece)
        distance, _ = _distance_km(rest, metres_for_small=False)
    except ImplausibleValue:
        return piece
    duration = max(duration, as_hours or 0.0)
    if duration < 3600 or (distance and distance / (duration / 3600) > _WALKED_UP_TO_KMH):
        return piece
    return f"hiked {piece}"


#: A session said not done beside one done: "no swim today but cycled 25 km in 58 min" (the
#: ride, and no swim to read its figures).
_NO_SESSION_BESIDE = re.compile(
    r"\bno\s+(?P<w>[a-z]+)(?:\s+(?:today|tonight|this\s+(?:morning|evening|afternoon|week)))?\b"
)


def sessions_not_done(text: str) -> str:
    """A session said not done ("no swim today") dropped when something with figures is told
    beside it; alone it is chat (chat.no_session_said)."""
    if "no " not in text or not any(c.isdigit() for c in text):
        return text
    return _NO_SESSION_BESIDE.sub(
        lambda m: " " if m["w"] in ACTIVITY_WORD_SET else m[0], text
    )
