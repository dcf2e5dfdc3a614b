"""Chat messages to events: "ran 10k in 50 min then 3 eggs and 2 slices of toast".

Rules, no model and no network, so a message parses in microseconds and the same text always
gives the same events. The parser never guesses silently: a number it filled in itself is named
in the event's `estimated`, an unknown food stays an unresolved item with suggestions, and a
number no human could do or eat raises `ImplausibleValue`, so nothing is stored.

How a message is read: it is normalised (lower case, "½" and "50,000" as plain numbers), cut
into clauses at sentence ends and words such as "then", and each clause is classified as a run,
strength session, other activity, weigh-in, meal, or chat. Adjacent meal clauses form one meal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from engine.activities import ACTIVITIES, ACTIVITY_WORDS, activity_met, strength_met
from engine.energy import met_gross_kcal, net_kcal, one_met_kcal_per_min, run_net_kcal
from engine.errors import ImplausibleValue, ParseError
from engine.events import (
    ActivityLogged,
    Event,
    FoodItem,
    MealKind,
    MealLogged,
    RunLogged,
    StrengthLogged,
    WeightLogged,
)
from engine.food import Food, FoodMatch, FoodTable, user_food
from engine.limits import MAX_RUN_KMH, MIN_RUN_KMH, SPRINT_MAX_KMH  # shared with watch files
from engine.profile import Units
from engine.quantities import (
    KG_PER_LB,
    KM_PER_MILE,
    M_PER_FOOT,
    NUMBER_WORDS,
    UNITS,
    normalize_numbers,
)
from engine.timewords import PART_OF_DAY, TimeRef, find_time
from engine.units import KG_PER_STONE, mass, mass_range, short_distance, speed
from engine.units import climb as climb_text

MAX_CHARS = 4096  # Telegram's limit for one text message; longer input is cut here
HALF_MARATHON_KM = 21.0975
MARATHON_KM = 42.195
DEFAULT_PACE_S_PER_KM = 360.0  # 6:00/km, a typical easy pace, when the user has no history
DEFAULT_STRENGTH_MIN = 45.0
DEFAULT_ACTIVITY_MIN = 30.0
HANDFUL_GRAMS = 30.0

# Plausibility limits: beyond these a number is a typo, not a feat.
MAX_RUN_KM = 250.0
MAX_RUN_S = 48 * 3600
MAX_SESSION_S = 24 * 3600
MAX_STRENGTH_S = 6 * 3600
MAX_ELEVATION_M = 10_000.0
MIN_WEIGHT_KG = 30.0  # as engine.profile.Profile.weight_kg
MAX_WEIGHT_KG = 250.0
MAX_MEAL_KCAL = 10_000.0
MAX_ITEM_GRAMS = 5_000.0
MAX_ITEM_COUNT = 100.0
MAX_STATED_MACRO_G = 500.0

Intent = Literal["log", "question", "greeting", "thanks", "unknown"]
ClauseKind = Literal["run", "strength", "activity", "weight", "meal", "skip"]


@dataclass(frozen=True, slots=True)
class ParseContext:
    """What the parser needs to know about the user besides the text."""

    received_at: datetime  # aware UTC; the moment the message arrived
    tz: ZoneInfo  # user's zone, anchors "this morning", "yesterday", "at 7"
    foods: FoodTable
    weight_kg: float = 70.0  # for exercise energy
    units: Units = "metric"  # "imperial" makes bare paces and distances per mile
    baseline_kcal_per_min: float | None = None  # energy spent anyway; None -> 1 MET
    recent_pace_s_per_km: float | None = None  # for duration-only runs
    user_foods: Mapping[str, Food] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParseResult:
    """The events in one message, the pieces not understood, and what the message was."""

    events: tuple[Event, ...]
    unparsed: tuple[str, ...]
    intent: Intent


@dataclass(frozen=True, slots=True)
class UserFoodSpec:
    """A food the user taught with /food: numbers per `per_grams` g, or per serving if None."""

    name: str
    kcal: float
    protein_g: float
    carbs_g: float
    fat_g: float
    per_grams: float | None
    serving_grams: float | None
    food: Food


# ---------------------------------------------------------------------------------------------
# Normalisation and clauses

_TRANSLATE_TABLE = {
    "’": "'", "‘": "'", "−": "-", "–": "-", "—": "-", "×": "x", "＋": "+", "\t": " ",
    "′": "'", "″": '"',
}  # fmt: skip
_TRANSLATE = str.maketrans(_TRANSLATE_TABLE)
_NEGATIVE = re.compile(r"(?:^|[\s(:=,])-\s?[0-9]")
_CLAUSE_SPLIT = re.compile(
    r"[\n;?]+|(?<=[a-z)%])\.+(?=\s|$)|(?:,|(?<!\s))\s++(?:(?:and\s+)?then\s+|after\s+that\s+"
    r"|afterwards\s+|(?<!\bi)(?:and\s+)?(?=(?:i\s+)?(?:had|ate|drank|weighed|weigh)\b))"
)
_QUESTION_START = re.compile(
    r"^\s*(?:how|what|why|when|where|which|who|whats|what's|should|shall|is|are|am i|does"
    r"|(?:can|could|would|do|did|will) (?:i|you|u|we|it)|any tips|help)\b"
)
#: Small talk, phrase by phrase. Each phrase is taken whole or not at all (an atomic group,
#: longest phrase first), so "good morning" x 24 + "x" fails in one pass instead of trying
#: "good"+"morning" and "good morning" at every repeat (issue 14: 2^n backtracking).
_CHAT_PHRASES = (
    "thanks", "thank", "thank you", "thx", "ty", "tysm", "cheers", "ta", "hi", "hello", "hey",
    "hiya", "yo", "morning", "good morning", "gm", "good night", "gn", "night", "ok", "okay",
    "k", "cool", "great", "nice", "awesome", "lol", "haha", "yes", "no", "yep", "yeah", "nope",
    "sure", "sounds good", "perfect", "got it", "bye", "see you", "love it", "wow", "amazing",
    "sweet", "brilliant", "you too", "so much", "a lot", "coach", "bot", "mate", "buddy", "man",
    "again", "very much", "all good", "fine", "good",
)  # fmt: skip
_CHAT = re.compile(
    r"^(?>(?:" + "|".join(sorted(_CHAT_PHRASES, key=len, reverse=True)) + r")\b[^\w]*+)++$"
)
_THANKS = re.compile(r"\b(?:thanks?|thank you|thx|ty|tysm|cheers)\b")
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|yo|good morning|morning|gm)\b")
#: "post-run", "after my 10k run", "before the long run", "during the race": food around a run,
#: which must not read as a run of its own. After a run is recovery, before it a snack.
_AROUND_RUN = (
    r"(?:post[- ]?|after (?:my |the |a |that )?|(?P<before>pre[- ]?|before (?:my |the |a )?)"
    r"|(?P<during>during|mid|on)[- ](?:my |the |a )?)"
    r"(?:[0-9.]++\s*+(?:km|k|mi(?:les?)?)\s++|(?:long|easy|morning|evening|hard|big)\s++)*+"
    r"(?:park ?run|run|race|workout|gym|lift|session|climb)"
)
_POST_RUN = re.compile(rf"\b(?:{_AROUND_RUN}|recovery (?:shake|drink|meal|snack))\b")
#: "tea" is the evening meal in British use when it labels food ("tea: fish and chips", "beans
#: on toast for tea", "chippy tea"), and a drink otherwise; "b:", "l:", "d:" label a day's log.
_MEAL_WORD = re.compile(
    r"\b(?:for |my )?(?P<w>breakfast|brekkie|brekky|bfast|lunch|dinner|supper|tea time|snack"
    r"|snacks|second breakfast|elevenses|chippy tea|tea(?=\s*(?::|-|was\b|were\b|tonight\b))"
    r"|(?<=for )tea|(?<![0-9] )(?<![0-9])[bld](?=:)"
    rf"|recovery(?: shake| drink| meal| snack)?|{_AROUND_RUN})\b\s*:?"
)
_MEAL_KINDS: dict[str, MealKind] = {
    "breakfast": "breakfast", "brekkie": "breakfast", "brekky": "breakfast", "bfast": "breakfast",
    "tea": "dinner", "chippy tea": "dinner", "b": "breakfast", "l": "lunch", "d": "dinner",
    "second breakfast": "snack", "elevenses": "snack",
    "lunch": "lunch", "dinner": "dinner", "supper": "dinner", "tea time": "dinner",
    "snack": "snack", "snacks": "snack",
}  # fmt: skip

_WEIGHT_VALUE = re.compile(
    r"\b(?:weight|weighed|weigh|weighing|weigh-?in|wt|scale(?: says| said)?|bw|body ?weight"
    r"|bodyweight)\b(?:\s*(?:in|is|was|at|of|now|today|:|=|-))*\s*(?:at\s+)?"
    r"(?P<v>[0-9]{1,4}(?:\.[0-9]{1,2})?)\s*(?P<u>kg|kgs|kilos?|lbs?|pounds?)?"
    r"|(?P<v2>[0-9]{1,4}(?:\.[0-9]{1,2})?)\s*(?P<u2>kg|kgs|kilos?|lbs?|pounds?)\b"
)

_DURATION = re.compile(
    r"\b(?P<hms>(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9]))\b"
    r"|\b(?P<ms>(?P<mm>[0-9]{1,3}):(?P<ss>[0-5][0-9]))\b(?!\s*(?:/|per\b|pace|min/|am|pm))"
    r"|\b(?P<hh>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:hours|hour|hrs|hr|h)\s*(?:and\s+)?"
    r"(?:(?P<hmin>[0-9]{1,2})\s*(?:minutes|minute|mins|min|m|')?)?(?![0-9a-z])"
    r"|\b(?P<min>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:minutes|minute|mins|min|mn|')"
    r"(?:\s*(?:and\s+)?(?P<sec>[0-9]{1,2})\s*(?:(?:seconds|second|secs|sec|s)\b|\"|''))?"
    r"|\b(?P<min2>[0-9]{1,2}(?:\.[0-9]+)?)\s*m(?=\s|$|[,.!)])"
    r"|\b(?P<secs>[0-9]{1,5})\s*(?:seconds|second|secs|sec|s)\b"
    r"|\b(?P<halfh>half an hour|half hour|0\.5 hour)\b"
    r"|\b(?P<hword>an|one|two|three|a couple of|a couple)\s+(?P<hwordu>hours|hour|hr)"
    r"(?:\s+and\s+a\s+(?P<plushalf>half))?(?:\s*(?:and\s+)?(?P<hwmin>[0-9]{1,2})"
    r"\s*(?:minutes|mins|min|m)?)?\b"
    r"|\b(?P<hrhalf>an hour and a half|hour and a half)\b"
)
_IN_BARE = re.compile(r"\bin\s+(?P<n>[0-9]{1,3}(?:\.[0-9]+)?)(?![0-9.:])(?!\s*[a-z])")
_DISTANCE = re.compile(
    r"(?P<total>\btotal\s*(?:of\s*)?)?\b(?P<v>[0-9]{1,4}(?:\.[0-9]+)?)\s*"
    r"(?P<u>km|kms|k|ks|kilometers?|kilometres?|kay|mi|mile|miles|miler|mls|m|meters?|metres?)"
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
    r"(?:(?:@|\bat|\bpace(?:\s+of|\s+was|:)?|\bavg|\baverage|\bavg pace)\s*+)?"
    r"(?<![0-9:.])(?P<m>[0-9]{1,2})[:'.](?P<s>[0-5][0-9])\"?\s*+"
    r"(?:(?:min(?:ute)?s?\s*+)?(?:/|per\s+|a\s+)(?P<u>km|k|kilometer|kilometre|mi|mile|m)\b"
    r"|(?P<word>pace|min/km|min/mi|mpk|mpm)\b)"
    r"|(?:@|\bpace(?:\s+of|\s+was|:)?)\s*(?P<m2>[0-9]{1,2}):(?P<s2>[0-5][0-9])(?![0-9:])"
)
_ELEVATION = re.compile(
    r"\+\s*(?P<v>[0-9]{1,5})\s*(?P<u>m|ft|feet|meters?|metres?)?(?![0-9a-z])"
    r"|\b(?P<v2>[0-9]{1,5})\s*(?P<u2>m|ft|feet|meters?|metres?)\s*(?:of\s+)?(?:(?:climb(?:ing)?"
    r"|elevation(?: gain)?|elev|gain|vert|vertical|ascent|up)\b|d\+)"
    r"|\b(?:elevation(?: gain)?|elev|gain|climb(?:ing|ed)?|ascent|vert)\s*(?:of|:)?\s*\+?"
    r"(?P<v3>[0-9]{1,5})\s*(?P<u3>m|ft|feet|meters?|metres?)?(?![0-9a-z])"
)
_REP_KM = {"m": 0.001, "km": 1.0, "k": 1.0, "mi": KM_PER_MILE, "mile": KM_PER_MILE,
           "miles": KM_PER_MILE}  # fmt: skip
_ELEVATION_HINTS = ("+", "climb", "elev", "gain", "vert", "ascent", "up", "d+")
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
    r"\b(?P<easy>easy|zone 2|z2|chill|gentle|slow)\b"
    r"|\b(?P<tempo>tempo|threshold|lt run)\b"
    r"|\b(?P<intervals>intervals?|reps|repeats|fartlek|track|[0-9]+\s*[a-z]*\s*x\s*[0-9]+|yassos?)"
    r"|\b(?P<long>long|lsr)\b"
    r"|\b(?P<race>race|raced|racing|parkrun|park run|pb|pr)\b"
    r"|\b(?P<recovery>recovery|shakeout|shake-out|shake out)\b"
    r"|\b(?P<treadmill>treadmill|tread|dreadmill)\b"
    r"|\b(?P<trail>trails?)\b"
    r"|\b(?P<hard>hard|all[- ]out|max effort)\b"  # science.md §9 N7 rev 2: a hard session
)
_TAG_ORDER = ("easy", "tempo", "intervals", "long", "race", "recovery", "treadmill", "trail",
              "hard")
_STRENGTH_TAGS = re.compile(
    r"\b(?:legs|leg|upper|lower|push|pull|core|arms|back|chest|shoulders|full body|glutes)\b"
)


#: Runs of white space become one space, or one line break if they hold one: a pattern that
#: tries "\s+" at each of 4,000 spaces is quadratic (issue 14).
_WHITESPACE = re.compile(r"\s{2,}|[^\S\n ]")


def _one_space(m: re.Match[str]) -> str:
    return "\n" if "\n" in m[0] else " "


@dataclass(frozen=True, slots=True)
class _Clause:
    text: str
    question: bool


def _normalize(text: str) -> str:
    text = text[:MAX_CHARS].lower().translate(_TRANSLATE)
    text = _WHITESPACE.sub(_one_space, text)
    text = normalize_numbers(text)
    return text.replace(" w/ ", " with ").replace("&", " and ")


def _split_clauses(text: str) -> list[_Clause]:
    if "?" not in text:
        return [_Clause(p.strip(), question=False) for p in _CLAUSE_SPLIT.split(text) if p.strip()]
    clauses: list[_Clause] = []
    start = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        piece = text[start : m.start()]
        if piece.strip():
            clauses.append(_Clause(piece.strip(), question="?" in m[0]))
        start = m.end()
    tail = text[start:]
    if tail.strip():
        clauses.append(_Clause(tail.strip(), question=False))
    return clauses


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for group in groups for w in group.split())


#: Keyword families by single word (the clause is cut into letter runs, so "didn't" gives
#: "didn" and "post-run" gives "post", "run"); a set lookup per word is far cheaper than
#: one big regex alternation. Phrases of several words are checked as substrings.
_NOT_DONE_WORDS = _words(
    "tomorrow tmrw tmr will ll gonna planning planned plan wanna might didn didnt skipped skip",
    "missed couldn cancelled canceled hoping",
)
_LETTER_RUN = re.compile(r"[a-z]+")
_NOT_DONE_PHRASES = (
    "going to", "want to", "should i", "next week", "next time", "did not", "rest day",
    "no run", "not run", "instead of", "can't wait", "cant wait", "looking forward",
    "thinking about", "thinking of", "can't decide", "cant decide", "deciding between",
    "sore after", "tired after", "stiff after", "recovering from", "pb is", "pr is",
    "personal best is",
)  # fmt: skip
_POST_RUN_WORDS = _words("post pre after before recovery postrun during mid on")
_RUN_WORDS = _words(
    "ran run runs running runnin rann runned jog jogs jogged jogging parkrun marathon hm tempo",
    "interval intervals fartlek threshold treadmill trail strides repeats raced race track lsr",
    "ultra ks kms miler mara yasso yassos",
)
_ACTIVITY_WORDS_1 = frozenset(w for w in ACTIVITY_WORDS if " " not in w)
_ACTIVITY_PHRASES = tuple(w for w in ACTIVITY_WORDS if " " in w)
_STRENGTH_WORDS = _words(
    "lift lifted lifting lifts gym weights strength squat squats deadlift deadlifts bench",
    "benched crossfit kettlebell kettlebells circuit circuits hiit calisthenics bodyweight",
    "powerlifting bodybuilding pullups pushups core abs plank planks stretching stretch mobility",
)
_STRENGTH_PHRASES = (
    "leg day", "legs day", "upper body", "lower body", "push day", "pull day", "full body",
    "s and c", "weight training", "resistance training", "core workout", "pull-ups",
    "push-ups", "pull ups", "push ups",
)  # fmt: skip
_NOT_DONE_TRIGGERS = frozenset(_LETTER_RUN.findall(p)[0] for p in _NOT_DONE_PHRASES)
_ACTIVITY_TRIGGERS = frozenset(p.split()[0] for p in _ACTIVITY_PHRASES)
_STRENGTH_TRIGGERS = frozenset(p.split()[0] for p in _STRENGTH_PHRASES)
_WEIGHT_WORDS = _words("weight weighed weigh weighing wt scale bw bodyweight")
_EAT_WORDS = _words(
    "had ate eat eating eaten drank drink drinking munched grabbed scoffed devoured meal kcal",
    "cal cals calories protein carbs breakfast brekkie brekky lunch dinner supper snack food",
)
_EAT_VERBS = _words("had ate eat eating eaten drank drink drinking munched grabbed scoffed")
#: Words that may start a second kind of piece in a clause (see _segments).
_SEGMENT_WORDS = (
    _RUN_WORDS | _ACTIVITY_WORDS_1 | _ACTIVITY_TRIGGERS | _STRENGTH_WORDS | _STRENGTH_TRIGGERS
    | _WEIGHT_WORDS | _POST_RUN_WORDS | {"half"}
    | _words("breakfast brekkie brekky bfast lunch dinner supper tea snack snacks elevenses b l d")
)
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"[0-9]")
_HALF_RUN = re.compile(
    r"\bhalf(?:[- ]marathon|[- ]mara\b"
    r"|\s*(?:$|in\b|at\b|today|yesterday|done|race|pb|pr\b|[0-9(,.!]))"
)
_MASS_HINTS = ("kg", "lb", "kilo", "pound")
_RACE_NUMBER = re.compile(r"(?<![0-9.])(?:13\.1|26\.2)(?![0-9.])(?!\s*(?:kg|lb|g\b|%))")
_PACE_HINT = re.compile(r"[0-9]\s*(?:/\s*(?:km|k|mi|mile)\b|min/(?:km|mi)|pace)")
_BODYWEIGHT_VALUE = re.compile(r"\b(?:body ?weight|bw)\s*(?:is|was|at|of|:|=)?\s*[0-9]")
#: Stone and pounds, the British body weight: "11st 4lb", "11 stone 4", "12st".
_STONE = re.compile(
    r"\b(?P<st>[0-9]{1,2})\s*(?:st|stone|stones)\b\.?\s*"
    r"(?:(?P<lb>[0-9]{1,2}(?:\.[0-9]{1,2})?)\s*(?:lbs?|pounds?)?(?![0-9a-z]))?"
)
#: Not "1st place" or "21st": "st" alone is stone only for 6-30 and not an ordinal's number.
_STONE_HINT = re.compile(
    r"\b[0-9]{1,2}\s*(?:stones?\b|st\b\.?\s*[0-9])|\b(?:[6-9]|1[0-9]|2[02-9]|30)\s*st\b"
)
_REPS_HINT = re.compile(
    r"\b[0-9]{1,2}\s*x\s*[0-9.]+\s*(?:m|km|k|mi|miles?|meters?|metres?)?\b"
    r"|\b(?:[0-9]{3,4}\s*(?:m|s)?|[0-9.]+\s*(?:km|k|mi|miles?)|mile)\s*(?:reps?|repeats)?\s*x\s*[0-9]"
)
_DISTANCE_WORD = re.compile(r"(?<![\w.])[0-9.]++\s*+(?:km|k|mi|miles?)\b")


def _classify(clause: _Clause, text: str) -> ClauseKind:
    """What a clause logs; `text` is the clause with its time phrase blanked out.

    One scan finds every keyword family; the first family in the order below wins, except
    that a run word beats an activity word ("run/walk 5k" is a run).
    """
    if clause.question or _QUESTION_START.match(clause.text) or _CHAT.match(clause.text):
        return "skip"
    if not text.strip():
        return "skip"
    words = set(_LETTERS.findall(text))
    if words & _NOT_DONE_WORDS or (
        words & _NOT_DONE_TRIGGERS and any(p in text for p in _NOT_DONE_PHRASES)
    ):
        return "skip"
    if words & _WEIGHT_WORDS and (m := _WEIGHT_VALUE.search(text)) and (m["u"] or m["u2"]):
        return "weight"  # "scale 79.9kg after the long run"
    if words & _POST_RUN_WORDS and _POST_RUN.search(text):
        return "meal"
    if (
        words & _RUN_WORDS
        or ("half" in words and _HALF_RUN.search(text))
        or _RACE_NUMBER.search(text)
        or _KIND_AND_NUMBER.match(text.strip())
    ):
        return "run"
    if words & _ACTIVITY_WORDS_1 or (
        words & _ACTIVITY_TRIGGERS and any(p in text for p in _ACTIVITY_PHRASES)
    ):
        return "activity"
    if _BODYWEIGHT_VALUE.search(text) or (_STONE_HINT.search(text) and not words & _EAT_WORDS):
        return "weight"  # "bodyweight 148lbs" is a weigh-in; "bodyweight squats" is not
    if words & _STRENGTH_WORDS or (
        words & _STRENGTH_TRIGGERS and any(p in text for p in _STRENGTH_PHRASES)
    ):
        return "strength"
    if words & _WEIGHT_WORDS or _looks_like_weight(text):
        return "weight"
    if not words & _EAT_WORDS and (
        _DISTANCE_WORD.search(text) or _PACE_HINT.search(text) or _REPS_HINT.search(text)
    ):
        return "run"
    return "meal"


#: Words that may stand around a bare "70 kg" in a weigh-in ("i'm 70 kg this morning ⚖️");
#: anything else that is not punctuation or emoji makes the "kg" something else. Checked word
#: by word: the old regex tried ⚖️ both as one symbol and as two, 2^n ways (issue 14).
_WEIGHT_ONLY_WORDS = _words(
    "i i'm im am at was is now down up to weighed weigh in this today on the scale my me body",
    "weight",
)
_REST_WORD = re.compile(r"\w+(?:'\w+)*")


def _looks_like_weight(text: str) -> bool:
    if not any(hint in text for hint in _MASS_HINTS):
        return False
    m = _WEIGHT_VALUE.search(text)
    if not m or m["v2"] is None:
        return False
    rest = text[: m.start()] + " " + text[m.end() :]
    return all(w in _WEIGHT_ONLY_WORDS for w in _REST_WORD.findall(rest))


# ---------------------------------------------------------------------------------------------
# The parser


def parse_message(text: str, ctx: ParseContext) -> ParseResult:
    """Read one chat message into events; raise ImplausibleValue or ParseError only."""
    norm = _normalize(text)
    if _NEGATIVE.search(norm) and _has_negative_amount(norm):
        raise ImplausibleValue(
            "That number is negative, which can't be right. Nothing was saved; "
            "please send it again without the minus sign."
        )
    builder = _Builder(ctx)
    parts = [part for clause in _split_clauses(norm) for part in _segments(clause, ctx)]
    for part, kind in _join_lines(parts, ctx) if len(parts) > 1 else parts:
        builder.add(part, kind)
    return builder.result()


def _join_lines(
    parts: list[tuple[_Clause, ClauseKind | None]], ctx: ParseContext
) -> list[tuple[_Clause, ClauseKind | None]]:
    """Lines or sentences that only add to the session before them join it.

    Watch copy ("Afternoon Run / 8.01 km / 45:01 / 5:37 /km") and "10k. 49:12. done." are one
    run; "am run 9k 48m. pm run 5k 27m" stays two.
    """
    joined: list[tuple[_Clause, ClauseKind | Literal["other"] | None]] = []
    for clause, given in parts:
        kind: ClauseKind | Literal["other"] | None = given
        if kind is None:
            kind, blanked = _rough_kind(clause, ctx)
            if kind == "meal" and joined and joined[-1][1] in _SESSION_KINDS:
                kind = _meal_or_other(blanked, ctx)  # food, or more about that session
        if joined:
            before, before_kind = joined[-1]
            if before_kind in _SESSION_KINDS and (
                kind == "other"
                or (kind == before_kind == "run" and not _separate_sessions(
                    before.text, clause.text, kind))
            ):  # fmt: skip
                text = f"{before.text}, {clause.text}"
                joined[-1] = (_Clause(text, before.question or clause.question), before_kind)
                continue
        joined.append((clause, kind))
    return [(c, None if k == "other" else k) for c, k in joined]


_SESSION_KINDS = frozenset({"run", "activity", "strength"})


# ---------------------------------------------------------------------------------------------
# Segments: one clause may log several things ("ran 4 mi 35:10 + 15 min core", "71.9kg this
# morning, did 5x1k", "breakfast oats, lunch soup"). It is cut at commas, "+", "and" and meal
# labels; each piece is classified; neighbours of one kind join again, verbatim, so "fish and
# chips" stays one dish and "10k, 50 min" one run. A piece that names nothing ("felt great",
# "45 min", "650 kcal" after a run) belongs to the piece before it.

_SEGMENT_CUT = re.compile(
    r",\s*|\s\+\s+|\s+and\s+"
    r"|\s+(?=(?:post[- ]?(?:run|race|workout)|(?:breakfast|brekkie|bfast|lunch|dinner|supper"
    r"|tea|recovery|[bld])\s*:))"
)
_SEGMENT_HINT = re.compile(r",|\s\+\s|\sand\s|\spost|[a-z]\s*:")


def _segments(clause: _Clause, ctx: ParseContext) -> list[tuple[_Clause, ClauseKind | None]]:
    """The clause's pieces, joined back by kind; a lone piece keeps the old classification."""
    text = clause.text
    if _SEGMENT_HINT.search(text) is None or not _may_hold_two_kinds(text):
        return [(clause, None)]
    pieces = _cut(text)
    if len(pieces) < 2:
        return [(clause, None)]
    rough = [_rough_kind(_Clause(piece, clause.question), ctx) for _, piece in pieces]
    only_food = all(kind == "meal" for kind, _ in rough)  # then only labels cut: no lookups
    if only_food and not any(
        _label_starts(piece, "meal") or _LABEL_ENDS.search(before) is not None
        for (_, piece), (_, before) in zip(pieces[1:], pieces, strict=False)
    ):
        return [(clause, None)]
    groups: list[tuple[str, ClauseKind | Literal["other"]]] = []
    pending = ""
    for (sep, piece), (first_kind, blanked) in zip(pieces, rough, strict=True):
        kind: ClauseKind | Literal["other"] = first_kind
        if kind == "meal" and not only_food:
            kind = _meal_or_other(blanked, ctx)
        if kind == "other" or (
            groups
            and groups[-1][1] == kind
            and not _label_starts(piece, kind)
            and not (kind == "meal" and _LABEL_ENDS.search(groups[-1][0]) is not None)
            and not _separate_sessions(groups[-1][0], piece, kind)
        ):
            if groups:
                groups[-1] = (groups[-1][0] + sep + piece, groups[-1][1])
            else:
                pending += sep + piece
            continue
        groups.append(((pending + sep + piece) if not groups else piece, kind))
        pending = ""
    if not groups:
        return [(clause, None)]
    return [
        (_Clause(t.strip(), clause.question), None if k == "other" else k) for t, k in groups
    ]


def _cut(text: str) -> list[tuple[str, str]]:
    """The pieces of a clause, each with the separator before it ("" for the first)."""
    pieces: list[tuple[str, str]] = []
    start = 0
    sep = ""
    for m in _SEGMENT_CUT.finditer(text):
        if m.start() > start:
            pieces.append((sep, text[start : m.start()]))
            sep = m[0]
        else:
            sep += m[0]
        start = m.end()
    if start < len(text):
        pieces.append((sep, text[start:]))
    return pieces


def _separate_sessions(before: str, piece: str, kind: str) -> bool:
    """ "am run 9k 48m, pm run 5k 27m" are two runs; "swim 1.5k 31:02, bike 40k 1:15:40" two
    activities; "6x800m, 8.2k total in 45:30" one run."""
    if kind == "activity":
        return _activity_key(before) != _activity_key(piece) or (
            _complete(before) and _complete(piece)
        )
    return kind == "run" and _complete(before) and _complete(piece)


def _complete(text: str) -> bool:
    """A session with its own distance and time, not reps or a total of what came before."""
    return (
        _DISTANCE.search(text) is not None
        and _DURATION.search(text) is not None
        and "total" not in text
        and _REPS_HINT.search(text) is None
    )


def _activity_key(text: str) -> str | None:
    word = next((w for w in _LETTERS.findall(text) if w in _ACTIVITY_WORDS_1), None)
    return ACTIVITY_WORDS[word] if word is not None else None


def _may_hold_two_kinds(text: str) -> bool:
    """Cheap test before cutting: a clause of food alone, without labels, needs no cutting."""
    if not _SEGMENT_WORDS.isdisjoint(_LETTERS.findall(text)):
        return True
    return _DIGIT.search(text) is not None and (
        _DISTANCE_WORD.search(text) is not None
        or _PACE_HINT.search(text) is not None
        or _REPS_HINT.search(text) is not None
        or any(hint in text for hint in _MASS_HINTS)
        or _STONE_HINT.search(text) is not None
    )


#: A label after the food ends its meal: "oats for breakfast, soup for lunch".
_LABEL_ENDS = re.compile(
    r"\b(?:for|at|as)\s+(?:my\s+|a\s+)?(?:breakfast|brekkie|brekky|bfast|lunch|dinner|supper"
    r"|tea|snack|elevenses)\W*$"
)


def _label_starts(piece: str, kind: str) -> bool:
    """ "lunch soup" after "breakfast oats" is a meal of its own."""
    return kind == "meal" and _MEAL_WORD.match(piece.lstrip()) is not None


def _piece_kind(piece: _Clause, ctx: ParseContext) -> ClauseKind | Literal["other"]:
    kind, text = _rough_kind(piece, ctx)
    return _meal_or_other(text, ctx) if kind == "meal" else kind


def _rough_kind(piece: _Clause, ctx: ParseContext) -> tuple[ClauseKind, str]:
    """The piece's kind by its words alone ("meal" when nothing else fits), and its text with
    the time phrase blanked."""
    _, text = find_time(piece.text, ctx.received_at, ctx.tz)
    return _classify(piece, text), text


def _meal_or_other(text: str, ctx: ParseContext) -> Literal["meal", "other"]:
    """Whether a piece with no exercise words names food, or only adds to its neighbour."""
    words = _LETTERS.findall(text)
    try:
        stated, rest = _stated_numbers(text)
        if stated.any() and not _clean_name(rest) and _EAT_VERBS.isdisjoint(words):
            return "other"  # "650 kcal" after a run is what the run burned
        if not _EAT_WORDS.isdisjoint(words) or _MEAL_WORD.search(text):
            return "meal"
        if _DURATION.search(text) or _DISTANCE.search(text):
            return "other"  # "45 min", "400m": more about the exercise beside it
        if _DIGIT.search(text):
            return "meal"  # "2 eggs", or "2 xyzzies": an amount of something, to ask about
        if _parse_items(text, ctx, cued=False) is not None:
            return "meal"
    except ImplausibleValue:
        return "meal"  # the meal reader refuses it with its own words
    return "other"


_NEG_AMOUNT = re.compile(
    r"(?:^|[\s(:=,])-\s?[0-9]+(?:\.[0-9]+)?\s*(?:km|k\b|mi|miles?|m\b|min|mins|minutes|h\b|hrs?"
    r"|hours?|kg|lbs?|g\b|kcal|cal|calories|x\b|eggs?|slices?|cups?|protein|carbs)"
)


_NEG_WEIGHT = re.compile(r"\b(?:weight|weighed|weigh|wt|bw|bodyweight)\s*(?:is|was|:|=)?\s*-[0-9]")


def _has_negative_amount(text: str) -> bool:
    """A minus sign directly on an amount; a dash between words ("5k - 25 min") is not one."""
    if _NEG_WEIGHT.search(text):
        return True  # "weight -70"
    return any(not m[0].lstrip(" (:=,").startswith("- ") for m in _NEG_AMOUNT.finditer(text))


class _Builder:
    """Collects events clause by clause; adjacent meal clauses become one meal."""

    def __init__(self, ctx: ParseContext) -> None:
        self.ctx = ctx
        self.events: list[Event] = []
        self.unparsed: list[str] = []
        self.meal_items: list[FoodItem] = []
        self.meal_kind: MealKind | None = None
        self.meal_at: datetime | None = None
        self.meal_cued = False
        self.question = False
        self.thanks = False
        self.greeting = False
        self.missing: list[str] = []
        self.last_end: datetime | None = None

    def add(self, clause: _Clause, kind: ClauseKind | None = None) -> None:
        time_ref, text = find_time(clause.text, self.ctx.received_at, self.ctx.tz)
        kind = kind or _classify(clause, text)
        if kind == "skip":
            self._note_chat(clause)
            return
        if kind != "meal":
            self._flush_meal()
        if kind == "run":
            self._add(_parse_run(text, time_ref, self.ctx), clause, kind)
        elif kind == "strength":
            self._add(_parse_strength(text, time_ref, self.ctx), clause, kind)
        elif kind == "activity":
            self._add(_parse_activity(text, time_ref, self.ctx), clause, kind)
        elif kind == "weight":
            self._add(_parse_weight(text, time_ref, self.ctx), clause, kind)
        else:
            self._add_meal_clause(text, time_ref)

    def _note_chat(self, clause: _Clause) -> None:
        text = clause.text
        if clause.question or _QUESTION_START.match(text):
            self.question = True
        elif _THANKS.search(text):
            self.thanks = True
        elif _GREETING.match(text):
            self.greeting = True
        elif not _CHAT.match(text):
            self.unparsed.append(text)

    def _add(self, event: Event | None, clause: _Clause, kind: ClauseKind) -> None:
        if event is None:
            self.missing.append(kind)
            self.unparsed.append(clause.text)
            return
        self.events.append(event)
        if isinstance(event, RunLogged | StrengthLogged | ActivityLogged):
            self.last_end = event.at + timedelta(seconds=event.duration_s)

    def _add_meal_clause(self, text: str, time_ref: TimeRef | None) -> None:
        kind: MealKind | None = None
        cued = not _EAT_WORDS.isdisjoint(_LETTERS.findall(text))
        for m in _MEAL_WORD.finditer(text):
            cued = True
            if m["before"]:
                kind = "snack"
            elif not m["during"]:  # fuel taken while running is no meal of its own
                kind = _MEAL_KINDS.get(m["w"], "recovery")
        if kind is not None and (self.meal_items and self.meal_kind not in (None, kind)):
            self._flush_meal()
        if kind is not None:
            self.meal_kind = kind
        text = _drop_place(_drop_dish_name(_MEAL_WORD.sub(" ", text)))
        if time_ref is not None:
            self.meal_at = _meal_time(time_ref, kind, self.ctx)
        items = _parse_items(text, self.ctx, cued or self.meal_cued)
        if items is None:
            if _clean_name(text):
                self.unparsed.append(text.strip())
            if kind is not None:
                self.meal_cued = True
            return
        self.meal_cued = True
        self.meal_items.extend(items)

    def _flush_meal(self) -> None:
        if self.meal_items:
            at = self.meal_at or self.last_end or self.ctx.received_at
            at = min(at, self.ctx.received_at)
            meal = MealLogged(at=at, meal=self.meal_kind, items=tuple(self.meal_items))
            if meal.kcal > MAX_MEAL_KCAL:
                raise ImplausibleValue(
                    f"That meal adds up to {meal.kcal:,.0f} kcal, more than anyone eats at once."
                    " Nothing was saved; check the amounts and send it again."
                )
            self.events.append(meal)
        self.meal_items = []
        self.meal_kind = None
        self.meal_at = None
        self.meal_cued = False

    def result(self) -> ParseResult:
        self._flush_meal()
        if not self.events and self.missing:
            what = self.missing[0]
            raise ParseError(_MISSING_HINTS.get(what, _MISSING_HINTS["run"]))
        intent: Intent
        if self.events:
            intent = "log"
        elif self.question:
            intent = "question"
        elif self.thanks:
            intent = "thanks"
        elif self.greeting:
            intent = "greeting"
        else:
            intent = "unknown"
        return ParseResult(tuple(self.events), tuple(self.unparsed), intent)


#: A dish named before its measured parts: "cheese on toast: 2 slices of bread with 40 g
#: cheddar", "porridge made with 50 g oats and milk". The parts are what was eaten; counting
#: the dish as well would count it twice.
_DISH_THEN_PARTS = re.compile(
    r"^(?P<dish>[^:,0-9]{2,40}?)\s*(?::|\bmade (?:with|from|of|using)\b|\bconsisting of\b)"
    r"(?=[^:]*[0-9])"
)
_NUMBER_WORDS_IN_DISH = re.compile(r"\b(?:k?cals?|kcal|calories|protein|carbs?|fats?)\b")


#: Where the food came from or was eaten, at the end: "from the chippy", "at the club", "from
#: dunkin". It names no food, and left in it hides the food from the table.
_PLACE_TAIL = re.compile(
    r"\s(?:from|at)\s++(?:the\s++|a\s++)?[a-z'&]++(?:\s++[a-z'&]++)?+\W*+$"
)
#: A sub's usual size says nothing more: "6 inch turkey sub" is the table's turkey sub.
_SIX_INCH = re.compile(r"\b(?:6|six)[- ]?(?:inch|in)\b")


def _drop_place(text: str) -> str:
    return _SIX_INCH.sub(" ", _PLACE_TAIL.sub("", text))


def _drop_dish_name(text: str) -> str:
    m = _DISH_THEN_PARTS.match(text.lstrip())
    if m is None or _NUMBER_WORDS_IN_DISH.search(m["dish"]):
        return text
    return text.lstrip()[m.end() :]


def _meal_time(time_ref: TimeRef, kind: MealKind | None, ctx: ParseContext) -> datetime:
    """ "dinner yesterday" is yesterday at dinner time, not at the noon a bare day gets."""
    if time_ref.exact or kind not in PART_OF_DAY:
        return time_ref.at
    day = time_ref.at.astimezone(ctx.tz).date()
    at = datetime.combine(day, PART_OF_DAY[kind], tzinfo=ctx.tz).astimezone(UTC)
    return min(at, ctx.received_at)


_MISSING_HINTS = {
    "run": "I couldn't find how far or how long you ran. Try 'ran 8 km in 45 min' or '10k 52:30'.",
    "weight": "I couldn't read a weight there. Try 'weight 71.8 kg' or '158 lb'.",
    "activity": "I couldn't tell how long that was. Try 'walked 40 min' or 'cycled 20 km'.",
}


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
    for m in _DURATION.finditer(text):
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
        text = _DURATION.sub(" ", text)
    return total, text, as_hours if count == 1 else None


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
    return value


def _distance_km(text: str, *, metres_for_small: bool) -> tuple[float, str]:
    """Total distance in km (a "total" figure wins) and the text with distances blanked."""
    total = 0.0
    stated_total: float | None = None
    last_end = -1
    for m in _DISTANCE.finditer(text):
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
        text = _DISTANCE.sub(" ", text)
    if stated_total is not None:
        total = stated_total
    return total, text


def _pace_s_per_km(text: str, ctx: ParseContext, miles: bool) -> tuple[float | None, str]:
    if ":" not in text and "'" not in text and "pace" not in text and "/" not in text:
        return None, text
    m = _PACE.search(text)
    if m is None:
        return None, text
    minutes = int(m["m"] if m["m"] is not None else m["m2"])
    seconds = int(m["s"] if m["s"] is not None else m["s2"])
    unit = m["u"] or ""
    word = m["word"] or ""
    per_mile = unit in {"mi", "mile", "m"} or word in {"min/mi", "mpm"}
    if not unit and word not in {"min/km", "mpk"}:
        per_mile = miles or ctx.units == "imperial"
    pace = float(minutes * 60 + seconds)
    if per_mile:
        pace /= KM_PER_MILE
    return pace, text[: m.start()] + " " + text[m.end() :]


def _elevation_m(text: str, system: str) -> tuple[float | None, str]:
    if not any(hint in text for hint in _ELEVATION_HINTS):
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


def _parse_run(text: str, time_ref: TimeRef | None, ctx: ParseContext) -> RunLogged | None:
    found = {m.lastgroup for m in _RUN_TAGS.finditer(text)}
    tags = tuple(tag for tag in _TAG_ORDER if tag in found)
    miles = "mi" in text
    text = _PROGRAMME.sub(" ", text)
    reps_km, reps_s, text = _reps(text)
    text = _RUN_WALK_RATIO.sub(" ", text)
    grade, text = _incline(text)
    speed_pace, text = _speed_pace(text)
    pace, text = _pace_s_per_km(text, ctx, miles)
    pace = pace or speed_pace
    elevation, text = _elevation_m(text, ctx.units)
    duration, text, as_hours = _durations(text)
    duration = duration or reps_s
    distance, text = _distance_km(text, metres_for_small=False)
    if as_hours and distance and distance / (duration / 3600) > MAX_RUN_KMH:
        duration = as_hours
    if not distance and not (duration and pace):
        bare = _BARE_RUN_NUMBER.search(text) or _KIND_AND_NUMBER.match(text.strip())
        if bare:
            value = float(bare["v"])
            distance = value * KM_PER_MILE if ctx.units == "imperial" or miles else value
    if not duration and distance:
        bare_in = _IN_BARE.search(text)
        if bare_in:
            duration = _bare_minutes(float(bare_in["n"]), distance)
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


def _bare_minutes(value: float, distance_km: float) -> float:
    """ "10k in 50" means minutes; "half in 1.45" means 1 h 45 min."""
    if value < 10 and distance_km > 10:
        hours = int(value)
        return hours * 3600 + round((value - hours) * 100) * 60
    return value * 60


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
    """Refuse what no runner did, saying it in the runner's units ('20 mi in 10 min')."""
    shown = short_distance(distance_km * 1000, system)
    if distance_km > MAX_RUN_KM:
        raise ImplausibleValue(
            f"{shown} in one run is beyond even ultra races. Nothing was saved;"
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
            f"{shown} in {duration_s / 60:.0f} min is {speed(kmh / 3.6, system)}, faster than any"
            " human runs. Nothing was saved; check the distance and time."
        )
    if kmh < MIN_RUN_KMH:
        raise ImplausibleValue(
            f"{shown} in {duration_s / 60:.0f} min is slower than walking pace."
            " Nothing was saved; check the distance and time."
        )


def _parse_strength(
    text: str, time_ref: TimeRef | None, ctx: ParseContext
) -> StrengthLogged | None:
    duration, text, _ = _durations(text)
    estimated: list[str] = []
    if not duration:
        duration = DEFAULT_STRENGTH_MIN * 60
        estimated.append("duration_min")
    if duration > MAX_STRENGTH_S:
        raise ImplausibleValue(
            f"A strength session of {duration / 3600:.0f} hours is more than I can log."
            " Nothing was saved; check the time."
        )
    words = frozenset(_LETTERS.findall(text))
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


def _parse_activity(
    text: str, time_ref: TimeRef | None, ctx: ParseContext
) -> ActivityLogged | None:
    key = next((w for w in _LETTERS.findall(text) if w in _ACTIVITY_WORDS_1), None)
    key = key or next((p for p in _ACTIVITY_PHRASES if p in text), None)
    if key is None:
        return None
    activity = ACTIVITIES[ACTIVITY_WORDS[key]]
    duration, text, as_hours = _durations(text)
    distance_km, text = _distance_km(text, metres_for_small=True)
    if as_hours and distance_km and distance_km / (duration / 3600) > activity.max_kmh:
        duration = as_hours  # "long ride 100km 3:45" is 3 h 45 min
    estimated: list[str] = []
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
    met = activity_met(activity.name, distance_m, duration)
    gross = met_gross_kcal(met, ctx.weight_kg, duration)
    return ActivityLogged(
        activity=activity.name,
        at=at,
        duration_s=round(duration, 1),
        distance_m=round(distance_m, 1) if distance_m else None,
        energy_kcal=round(net_kcal(gross, duration, _baseline(ctx)), 1),
        estimated=tuple(estimated),
    )


# ---------------------------------------------------------------------------------------------
# Weight


def _parse_weight(text: str, time_ref: TimeRef | None, ctx: ParseContext) -> WeightLogged | None:
    stone = _STONE.search(text)
    m = _WEIGHT_VALUE.search(text)
    if stone is not None and int(stone["st"]) >= MIN_WEIGHT_KG / KG_PER_STONE:
        kg = int(stone["st"]) * KG_PER_STONE + float(stone["lb"] or 0) * KG_PER_LB
        shown = stone[0].strip()
    elif m is not None:
        value = float(m["v"] or m["v2"])
        unit = m["u"] or m["u2"]
        if unit is None:
            unit = "lb" if ctx.units == "imperial" else "kg"
        kg = value * KG_PER_LB if unit.startswith(("lb", "pound")) else value
        shown = f"{value:g} {'lb' if unit.startswith(('lb', 'pound')) else 'kg'}"
    else:
        return None
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        example = "weight 158 lb" if ctx.units == "imperial" else "weight 71.8 kg"
        raise ImplausibleValue(
            f"{shown} doesn't look like a body weight (I accept "
            f"{mass_range(MIN_WEIGHT_KG, MAX_WEIGHT_KG, ctx.units)}). Nothing was saved; try "
            f"'{example}'."
        )
    at = time_ref.at if time_ref is not None else ctx.received_at
    return WeightLogged(at=min(at, ctx.received_at), mass_kg=round(kg, 2))


# ---------------------------------------------------------------------------------------------
# Meals

_ITEM_SPLIT = re.compile(
    r"(?<!\s)\s*+(?:,|\+|\n|;|/|\band\b|\bwith\b|\bon\b|\bplus\b|\balso\b|\bn\b)\s*"
)
_SOFT_JOIN = re.compile(r"\b(?:and|with|on|n)\b")
_KCAL = re.compile(
    r"(?:(?:~|about|approx\.?|around|roughly)\s*+)?\b(?P<v>[0-9]{1,6}(?:\.[0-9]+)?)\s*"
    r"(?:kcals?|k?cals?|calories|cals?)\b|\b(?:kcal|calories|cals?)\s*:?\s*(?P<v2>[0-9]{1,6})\b"
)
_MACRO = re.compile(
    r"\b(?P<v>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:g|gr|grams?)?\s*(?:of\s+)?"
    r"(?P<m>protein|prot|pro|carbs?|carbohydrates?|cho|fats?)\b"
    r"(?!\s*(?:powder|shake|bar|isolate|pancakes?|cookies?|yogh?urt|oats|balls?|drink|ice cream))"
    r"|\b(?P<v2>[0-9]{1,4}(?:\.[0-9]+)?)(?P<m2>p|c|f)\b"
    r"|\b(?P<m3>protein|carbs?|fats?)\s*:?\s*(?P<v3>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:g|grams?)?\b"
)
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_QTY_WORDS = "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if not w[0].isdigit()), key=len, reverse=True)
)
_LEAD_QTY = re.compile(
    rf"^(?:(?P<n>[0-9]{{1,5}}(?:\.[0-9]+)?)|(?P<w>{_QTY_WORDS}))(?![0-9a-z])\s*(?:x\s+)?"
    rf"(?:(?P<u>{_UNIT_ALT})(?![a-z])\.?\s*)?(?:of\s+)?"
)
_ANY_QTY = re.compile(
    rf"\b(?P<n>[0-9]{{1,5}}(?:\.[0-9]+)?)\s*(?P<u>{_UNIT_ALT})(?![a-z])(?:\s+of)?"
    r"|\bx\s*(?P<x>[0-9]{1,3})\b|\b(?P<x2>[0-9]{1,3})\s*x\b|\((?P<p>[0-9]{1,3})\)"
    r"|(?<![0-9.])(?P<tail>[0-9]{1,3}(?:\.[0-9]+)?)\s*$"
)
_UNIT_AFTER_WORD = re.compile(rf"^(?P<u>{_UNIT_ALT})(?![a-z])\.?\s*(?:of\s+)?")
_LEAD_FILLER = re.compile(
    r"^(?:(?:i|i've|ive|just|had|have|having|ate|eaten|eating|drank|drinking|got|grabbed"
    r"|for|my|some|then|also|plus|quick|finished|with)\s+)+"
)
_FILLER = re.compile(
    r"\b(?:i|i've|ive|i'd|just|had|have|having|ate|eaten|eat|eating|drank|drink|drinking|some"
    r"|my|the|for|of|then|also|got|grabbed|munched|scoffed|devoured|a bit of|bit of|little"
    r"|quick|today|yum|yummy|delicious|really|very|meal|food|large-ish|ish|approx|about"
    r"|around|roughly|like|maybe|homemade|home made|fresh|tasty|lovely|massive|huge|giant"
    r"|after|afterwards|before|later|earlier|during|post|pre"
    r"|decent|nice|good|great|again|too|as well|ok|so|lol|haha|was|were|it|that|this|lot of"
    r"|lots of|tons of|bunch of|loads of|more|another|extra|side of|side|bowl of|cup of|glass of"
    r"|was|only|yesterday|today|tonight|this|now|some more|forgot to log|forgot to add|forgot"
    r"|to log)\b|(?<![\w'])'?s\b"
)
_NAME_CHARS = re.compile(r"[^\w'% -]+|_")
_SPACES = re.compile(r"\s+")
_SIZES = {"small", "medium", "large"}
_SIZE_WORDS = {"small": ("small",), "medium": ("medium",), "large": ("big", "large")}
_SPOON_UNITS = {"tbsp", "tsp", "scoop"}
_PORTION_UNITS = {None, "cup", "serving", "bowl", "portion", "container", "g"}
_SINGLE_UNITS = ("fruit", "piece", "large", "medium", "egg")


@dataclass(slots=True)
class _Stated:
    kcal: float | None = None
    protein_g: float | None = None
    carbs_g: float | None = None
    fat_g: float | None = None
    each: bool = False  # "2 gels, 100 kcal each": the numbers are per piece

    def any(self) -> bool:
        return (
            self.kcal is not None
            or self.protein_g is not None
            or self.carbs_g is not None
            or self.fat_g is not None
        )

    def merge(self, other: _Stated) -> None:
        self.kcal = self.kcal if other.kcal is None else other.kcal
        self.protein_g = self.protein_g if other.protein_g is None else other.protein_g
        self.carbs_g = self.carbs_g if other.carbs_g is None else other.carbs_g
        self.fat_g = self.fat_g if other.fat_g is None else other.fat_g
        self.each = self.each or other.each


@dataclass(slots=True)
class _Piece:
    text: str
    name: str
    quantity: float | None
    unit: str | None
    stated: _Stated
    sides: tuple[str, ...]  # the words after and before a mid-text quantity


def _match(piece: _Piece, ctx: ParseContext) -> FoodMatch | None:
    """The food a piece names: the whole name, else the words after or before its quantity.

    A unit word after the food ("tuna can") counts as the unit when the whole name is unknown.
    """
    if not piece.name:
        return None
    match = ctx.foods.match(piece.name, extra=ctx.user_foods)
    if match is None:
        name, unit = _trailing_unit(piece.name, piece.unit)
        if unit is not piece.unit:
            match = ctx.foods.match(name, extra=ctx.user_foods)
            if match is not None:
                piece.name, piece.unit = name, unit
    if piece.unit in _SIZES and (match is None or not match.exact):
        for word in _SIZE_WORDS[piece.unit]:  # "big mac", "large latte" may be names
            whole = ctx.foods.match(f"{word} {piece.name}", extra=ctx.user_foods)
            if whole is not None and whole.exact:
                piece.unit = None
                return whole
    if match is None or not match.exact:
        for raw in piece.sides:
            side = _clean_name(raw)
            hit = ctx.foods.match(side, extra=ctx.user_foods) if side else None
            if hit is not None and (match is None or hit.exact):
                return hit
    return match


_EACH = re.compile(r"\b(?:each|apiece|a piece|per (?:gel|bar|piece|one|serving|slice|cookie))\b")


def _stated_numbers(text: str) -> tuple[_Stated, str]:
    stated = _Stated()
    if _DIGIT.search(text) is None:
        return stated, text
    m = _KCAL.search(text)
    if m:
        stated.kcal = float(m["v"] or m["v2"])
        text = text[: m.start()] + " " + text[m.end() :]
    for m in _MACRO.finditer(text):
        value = float(m["v"] or m["v2"] or m["v3"])
        macro = (m["m"] or m["m2"] or m["m3"])[0]
        if value > MAX_STATED_MACRO_G:
            raise ImplausibleValue(
                f"{value:g} g in one item is more than anyone eats. Nothing was saved;"
                " check the numbers."
            )
        if macro == "p":
            stated.protein_g = value
        elif macro == "c":
            stated.carbs_g = value
        else:
            stated.fat_g = value
    if stated.protein_g is not None or stated.carbs_g is not None or stated.fat_g is not None:
        text = _MACRO.sub(" ", text)
    if stated.any() and (each := _EACH.search(text)) is not None:
        stated.each = True
        text = text[: each.start()] + " " + text[each.end() :]
    if stated.kcal is not None and stated.kcal > MAX_MEAL_KCAL:
        raise ImplausibleValue(
            f"{stated.kcal:,.0f} kcal is more than anyone eats at once. Nothing was saved;"
            " check the number and send it again."
        )
    return stated, text


def _quantity(text: str) -> tuple[float | None, str | None, str, str]:
    """Quantity, canonical unit, and the words before and after them.

    "2 slices of toast" -> (2, "slice", "", "toast"); "protein shake 1 scoop whey" -> (1,
    "scoop", "protein shake", "whey"), so the caller can try either side as the food.
    """
    text = _LEAD_FILLER.sub("", text.strip(" -:.,"))
    qty: float | None = None
    unit: str | None = None
    m = _LEAD_QTY.match(text)
    if m:
        qty = float(m["n"]) if m["n"] else NUMBER_WORDS[m["w"]]
        unit = UNITS[m["u"]] if m["u"] else None
        text = text[m.end() :]
    elif (m2 := _ANY_QTY.search(text)) is not None:
        before, after = text[: m2.start()], text[m2.end() :]
        if m2["n"]:
            return float(m2["n"]), UNITS[m2["u"]], before, after
        count = m2["x"] or m2["x2"] or m2["p"] or m2["tail"]
        return float(count), None, before, after
    while (u := _UNIT_AFTER_WORD.match(text)) is not None:
        word = UNITS[u["u"]]
        unit = word if unit is None or unit in _SIZES or word not in _SIZES else unit
        text = text[u.end() :]
    return qty, unit, "", text


def _clean_name(text: str) -> str:
    text = _NAME_CHARS.sub(" ", text)
    text = _FILLER.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" -'")


def _trailing_unit(name: str, unit: str | None) -> tuple[str, str | None]:
    """ "tuna can" -> ("tuna", "can"): a unit word after the food."""
    head, _, last = name.rpartition(" ")
    if head and last in UNITS and unit is None:
        return head, UNITS[last]
    return name, unit


_JOIN_THEN_AMOUNT = re.compile(
    r"\b(?:and|with|on|n)\s+(?:[0-9]|(?:a|an|one|two|three|some|half|my)\b)"
)


def _may_be_one_dish(part: str) -> bool:
    """ "fish and chips" may be one food; "eggs and 2 slices of toast" cannot be."""
    return len(part.split()) <= 6 and _JOIN_THEN_AMOUNT.search(part) is None


def _split_pieces(text: str, ctx: ParseContext) -> list[str]:
    """Item texts; "mac and cheese" stays whole when the table knows it as one food."""
    coarse = [p for p in re.split(r"\s*(?:,|\+|\n|;)\s*", text) if p.strip()]
    pieces: list[str] = []
    for part in coarse:
        if _SOFT_JOIN.search(part) and _may_be_one_dish(part):
            _, unit, before, after = _quantity(_stated_numbers(part)[1])
            name = _clean_name(before + " " + after)
            match = ctx.foods.match(name, extra=ctx.user_foods) if name else None
            if match is not None and match.exact and unit not in _SPOON_UNITS:
                pieces.append(part)  # "mac and cheese", but not "2 tbsp pb on toast"
                continue
        pieces.extend(p for p in _ITEM_SPLIT.split(part) if p.strip())
    return pieces


def _parse_items(text: str, ctx: ParseContext, cued: bool) -> list[FoodItem] | None:
    """Food items of a meal clause; None when it holds nothing that reads as food."""
    raw = _split_pieces(text, ctx)
    pieces: list[_Piece] = []
    for part in raw:
        stated, rest = _stated_numbers(part)
        qty, unit, before, after = _quantity(rest)
        name = _clean_name(before + " " + after)
        if not name and unit == "pint":
            name = "beer"  # "a pint after", "2 pints": in a pub, a pint names the beer
        if not name and stated.any() and pieces and qty is None:
            pieces[-1].stated.merge(stated)  # "shake 300 kcal, 20g protein"
            pieces[-1].text += ", " + part.strip()
            continue
        if not name and not stated.any():
            continue
        sides = (after, before) if before.strip() else ()
        shown = _LEAD_FILLER.sub("", part.strip(" -:.,")) or part.strip()
        pieces.append(_Piece(shown, name, qty, unit, stated, sides))
    if not pieces:
        return None
    matches = [_match(piece, ctx) for piece in pieces]
    if not cued and all(m is None for m in matches) and not any(p.stated.any() for p in pieces):
        return None
    _restated_amounts(pieces, matches)
    _splash_of_milk(pieces, matches)
    return [_resolve(piece, match, ctx) for piece, match in zip(pieces, matches, strict=True)]


def _restated_amounts(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "steak and chips, 200g steak": a later amount of a food named earlier without one is
    that food's amount, not a second helping."""
    i = 1
    while i < len(pieces):
        later, hit = pieces[i], matches[i]
        if hit is not None and later.quantity is not None and not later.stated.any():
            for j in range(i):
                first = matches[j]
                if first is not None and first.food.key == hit.food.key:
                    if pieces[j].quantity is None and not pieces[j].stated.any():
                        pieces[j].quantity, pieces[j].unit = later.quantity, later.unit
                        pieces[j].text += f" ({later.text})"
                        del pieces[i], matches[i]
                        i -= 1
                    break
        i += 1


_HOT_DRINK = re.compile(r"\b(?:coffee|tea|brew|cuppa|americano|espresso|filter|builders?)\b")
SPLASH_ML = 30.0  # milk added to a mug of tea or coffee


def _splash_of_milk(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "coffee with milk", "tea with oat milk": milk in a hot drink is a splash, not a glass."""
    for i in range(1, len(pieces)):
        hit, milk = matches[i], pieces[i]
        if (
            hit is not None
            and milk.quantity is None
            and milk.unit is None
            and "milk" in hit.food.name.lower()
            and _HOT_DRINK.search(pieces[i - 1].name) is not None
            and "milk" not in pieces[i - 1].name
        ):
            milk.quantity, milk.unit = SPLASH_ML, "ml"


def _resolve(piece: _Piece, match: FoodMatch | None, ctx: ParseContext) -> FoodItem:
    qty = piece.quantity
    if qty is not None and (
        qty <= 0 or (qty > MAX_ITEM_COUNT and piece.unit not in MASS_UNITS_AND_ML)
    ):
        if qty > 0:
            raise ImplausibleValue(
                f"{qty:g} of something in one meal is more than anyone eats. Nothing was saved;"
                " check the amount."
            )
        qty = None
    stated = piece.stated
    if stated.each and qty is not None and piece.unit not in MASS_UNITS_AND_ML:
        kcal, protein, carbs, fat = (
            v * qty if v is not None else None
            for v in (stated.kcal, stated.protein_g, stated.carbs_g, stated.fat_g)
        )
        stated = _Stated(kcal, protein, carbs, fat)
    if match is None:
        if stated.any():
            return FoodItem(
                text=piece.text, source="stated", quantity=qty, unit=piece.unit,
                kcal=stated.kcal, protein_g=stated.protein_g, carbs_g=stated.carbs_g,
                fat_g=stated.fat_g,
            )  # fmt: skip
        return FoodItem(
            text=piece.text, quantity=qty, unit=piece.unit, resolved=False,
            suggestions=ctx.foods.suggest(piece.name, limit=3, extra=ctx.user_foods),
        )  # fmt: skip
    food = match.food
    grams = _grams(food, qty, piece.unit)
    if grams is not None and grams > MAX_ITEM_GRAMS:
        raise ImplausibleValue(
            f"{mass(grams / 1000, ctx.units)} of {food.name} in one go is more than anyone eats."
            " Nothing was saved; check the amount."
        )
    kcal, protein, carbs, fat = food.per_grams(grams) if grams is not None else (None,) * 4
    source = food.source
    if stated.any():
        source = "stated"
        if stated.kcal is not None and kcal:
            scale = stated.kcal / kcal
            protein, carbs, fat = (
                v * scale if v is not None else None for v in (protein, carbs, fat)
            )
        kcal = stated.kcal if stated.kcal is not None else kcal
        protein = stated.protein_g if stated.protein_g is not None else protein
        carbs = stated.carbs_g if stated.carbs_g is not None else carbs
        fat = stated.fat_g if stated.fat_g is not None else fat
    return FoodItem(
        text=piece.text, food=food.key, source=source, quantity=qty, unit=piece.unit,
        grams=grams, kcal=kcal, protein_g=protein, carbs_g=carbs, fat_g=fat,
    )  # fmt: skip


MASS_UNITS_AND_ML = frozenset({"g", "kg", "oz", "lb", "ml", "l", "cl", "dl"})


def _grams(food: Food, qty: float | None, unit: str | None) -> float | None:
    """Grams of the amount; a count of a dish served by the bowl counts single pieces.

    "3 scrambled eggs" is three eggs and "a mango" one fruit, not three servings or a cup.
    """
    if unit == "handful":
        return (qty or 1.0) * HANDFUL_GRAMS
    if unit is None and qty is not None and food.default_unit in _PORTION_UNITS:
        for single in _SINGLE_UNITS:
            if single in food.units:
                return qty * food.units[single]
    grams = food.grams_for(qty, unit)
    if grams is None and unit is not None:
        grams = food.grams_for(qty, None)
    return grams


# ---------------------------------------------------------------------------------------------
# /food definitions

_PER = re.compile(
    r"(?:\bper|/|\ba|\beach|\bfor)\s*(?:(?P<g>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:g|gr|grams?|ml)\b"
    r"|(?P<serving>serving|bar|piece|portion|pack|packet|scoop|slice|bottle|can|cup|bowl|item"
    r"|one|each)\b(?:\s*\(?\s*(?P<sg>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:g|grams?|ml)\s*\)?)?)"
    r"|\beach\b"
)


def parse_food_definition(text: str) -> UserFoodSpec:
    """Read "/food granola 450 kcal 10p 60c 18f per 100g" into a food the user owns."""
    norm = _normalize(text).strip()
    if norm.startswith("/food"):
        norm = norm[len("/food") :]
    per = _PER.search(norm)
    per_grams: float | None = None
    serving_grams: float | None = None
    if per is not None:
        if per["g"]:
            per_grams = float(per["g"])
        elif per["sg"]:
            serving_grams = float(per["sg"])
        norm = norm[: per.start()] + " " + norm[per.end() :]
    stated, rest = _stated_numbers(norm)
    name = _SPACES.sub(" ", _NAME_CHARS.sub(" ", rest)).strip(" -'")
    missing = [
        label
        for label, value in (
            ("a name", name or None),
            ("kcal", stated.kcal),
            ("protein", stated.protein_g),
            ("carbs", stated.carbs_g),
            ("fat", stated.fat_g),
        )
        if value is None
    ]
    if per is None:
        missing.append("what the numbers are per ('per 100g' or 'per bar')")
    if missing:
        raise ParseError(
            "I need " + ", ".join(missing) + ". For example: "
            "'/food grandma's granola 450 kcal 10p 60c 18f per 100g' or "
            "'/food protein bar 200 kcal 20g protein 22g carbs 7g fat per bar'."
        )
    assert stated.kcal is not None
    assert stated.protein_g is not None
    assert stated.carbs_g is not None
    assert stated.fat_g is not None
    if per_grams is not None and (per_grams <= 0 or stated.kcal > per_grams * 9.5):
        raise ImplausibleValue(
            f"{stated.kcal:g} kcal in {per_grams:g} g is more than pure fat has. "
            "Nothing was saved; check the numbers."
        )
    food = user_food(
        name,
        kcal=stated.kcal,
        protein_g=stated.protein_g,
        carbs_g=stated.carbs_g,
        fat_g=stated.fat_g,
        per_grams=per_grams,
        serving_grams=serving_grams,
    )
    return UserFoodSpec(
        name=name,
        kcal=stated.kcal,
        protein_g=stated.protein_g,
        carbs_g=stated.carbs_g,
        fat_g=stated.fat_g,
        per_grams=per_grams,
        serving_grams=serving_grams,
        food=food,
    )
