"""A message cut into clauses, and each clause classified by its words.

Normalisation (lower case, "½" and "50,000" as plain numbers, one space), cutting at sentence
ends and words such as "then", the keyword families and `_classify`, which says what a clause
logs: a run, strength session, other activity, weigh-in, meal, or chat ("skip").
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.activities import ACTIVITY_PHRASES, ACTIVITY_WORD_SET
from engine.parsing.asides import (
    appetite_said,
    bakes_said,
    captions_said,
    counts_in_brackets,
    hedged_kcal,
    per_hundred_said,
)
from engine.parsing.chat import (
    _LETTER_RUN,
    _NOT_DONE_PHRASES,
    _NOT_DONE_WORDS,
    _NOT_NOW,
    LEFT_BY_SOMEONE,
    _is_question_or_chat,
    _no_food_named,
    _past_mention,
    _plan,
    asked_after_a_meal,
    drop_goal_time,
    gear_talk,
    hedged_run,
    idle_session,
    no_session_figures,
    no_session_said,
    none_managed,
    paid_for,
    past_weight,
    race_occasion,
    run_not_now,
    whole_clause_chat,
)
from engine.parsing.chatter import (
    _drop_circumstance,
    club_social,
    drop_ailments,
    drop_body_measured,
    drop_conditions,
    drop_metrics,
    drop_other_figures,
    drop_readings,
    drop_saved_for,
    weigh_ins_said_around,
)
from engine.parsing.context import (
    _CLOCK,
    _DIGIT,
    MAX_CHARS,
    TEXT_CACHE_SIZE,
    ClauseKind,
    _Clause,
    _words,
    any_of,
    letter_runs,
    translation,
)
from engine.parsing.dialect import (
    bbq_burgers,
    in_plain_words,
    savoury_pies,
    sliced_tortilla,
    us_biscuits,
)
from engine.parsing.fasting import without_fasting_words
from engine.parsing.labels import LABEL_ALT, LABEL_LETTERS, not_after
from engine.parsing.meals import _POST_RUN
from engine.parsing.reps import separate_runs
from engine.parsing.runs import (
    _HALF_RUN,
    _KIND_AND_NUMBER,
    _RACE_NUMBER,
    _RUN_HINT,
    race_names_in_miles,
    race_names_only_qualify,
    runners_words,
    runs_by_day,
    stopped_part_way,
    weight_then_race,
)
from engine.parsing.spoken import spoken_numbers
from engine.parsing.sports_said import (
    brick_remark,
    cooper_test,
    dips_said,
    dive_depths,
    golf_said,
    gym_machines,
    heat_and_cold,
    hills_walked,
    lessons_waited_through,
    mtb_said,
    path_stages,
    riding_said,
    rowing_said,
    sessions_not_done,
)
from engine.parsing.weights import (
    _BODYWEIGHT_VALUE,
    _STONE_HINT,
    _WEIGHT_VALUE,
    _looks_like_weight,
    unit_first,
    weigh_in_hashtags,
    weigh_ins_unsaid,
    weight_changes_said,
    weight_from_to,
    without_past_comparison,
)
from engine.parsing.wholes import part_of_a_whole
from engine.quantities import KM_PER_MILE, normalize_numbers, weight_commas
from engine.timewords import PART_OF_DAY

# ---------------------------------------------------------------------------------------------
# Normalisation and clauses

_TRANSLATE_TABLE = {
    "’": "'", "‘": "'", "−": "-", "–": "-", "—": "-", "×": "x", "＋": "+", "\t": " ",
    "′": "'", "″": '"', "“": '"', "”": '"', "▪": "•", "◦": "•",
}  # fmt: skip
_TRANSLATE = translation(_TRANSLATE_TABLE)
#: An emoji ends a clause as a full stop does (with its skin tone and joiners).
_EMOJI = re.compile(
    "\\s*+(?:[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*+)++\\s*+"
)
#: A keycap number emoji ("1️⃣"): a numbered list's mark.
_KEYCAP = re.compile("\\s*(?P<n>[0-9])\ufe0f?\u20e3\\s*")
#: An emoji between a food and its kcal: "pizza 🍕 560kcal after the 15k", the pizza's kcal.
_EMOJI_BEFORE_KCAL = re.compile(
    r"(?<=[a-z])" + _EMOJI.pattern
    + r"(?=(?:(?:a\s+)?(?:big|huge|massive|large|small|giant|generous)\s+(?:portion|bowl|plate"
    r"|slice|serving|helping)\s*,?\s*)?(?:~|about|approx\.?)?\s*[0-9]{2,4}\s*(?:kcals?|k?cals?"
    r"|calories)\b(?!\s*burn)"
    # an amount or a count in brackets: "choc milk 🥛 500ml", "waffles 🧇 (2 with syrup)"
    r"|[0-9]{2,4}\s*(?:ml|g)\b|\([0-9])"
)
#: The scales' emoji before a number: a weigh-in's word.
_SCALES = re.compile("⚖\ufe0f?\\s*(?=[0-9])")
_BULLET_STARTS = re.compile(r"(?:^|(?<=\n))[^\S\n]*•\s*")
_BULLET_INSIDE = re.compile(r"\s*•\s*")
_NEGATIVE = re.compile(r"(?:^|[\s(:=,])-\s?[0-9]")
#: Each branch starts with a character, its look-behinds shifted past it (see segments'
#: _SEGMENT_CUT): a sentence's full stop, or a space not after "he", "my wife" (their meals).
_CLAUSE_SPLIT = re.compile(
    r"[\n;?!]+|\.(?<=[a-z)%0-9]\.)\.*(?=\s|$)|(?:,\s|\s(?<!\s\s)"
    + not_after((
        "he", "she", "kids", "kid", "wife", "they", "son", "sons", "daughter", "husband", "hubby",
        "partner", "friend", "friends", "mate", "mates", "dad", "mum", "mom", "brother", "sister",
        "coach", "flatmate", "to",  # "used to weigh", "want to weigh": no new clause
        "wish i'd", "wish we'd",  # "wish i'd had 3 gels": the wish's, no meal of its own
    ))
    + r")\s*+(?:(?:and\s+)?(?:then|followed\s+by)\s+"
    r"|after\s+(?:that|which)\s+"
    r"|afterwards\s+|(?<!\bi)(?:and\s+)?(?=(?:i\s+)?(?:had|ate|drank|weighed|weigh|went\s+for)\b)"
    r"|so\s+(?=(?:i\s+)?(?:did|ran|went|jogged|had|ate)\b)"  # "rest day tomorrow so did 12k"
    r"|(?<=\bbut\s)(?=i\s+(?:brought|packed|took|made|went\s+for|grabbed|got)\b)"  # "..., but | i"
    r"|(?:but\s+)?(?=today\s+(?:was|i\s+(?:ran|did|jogged|managed))\b))"  # "..., today was 6k"
)
#: An aside in brackets ending in "!" after a meal's label: no sentence's end ("dinner (late!)
#: lasagne 650 kcal"); after a run's figures it parts the food after ("48:12 (pb!) pizza").
_EXCLAIMED_ASIDE = re.compile(
    rf"\b(?P<label>{LABEL_ALT}|tea)\s*\((?P<aside>[^()\n]{{1,40}}?)!+\)"
)
#: Runs of white space become one space, or one line break if they hold one: a pattern that
#: tries "\s+" at each of 4,000 spaces is quadratic (issue 14).
_WHITESPACE = re.compile(r"\s{2,}|[^\S\n ]")


def _one_space(m: re.Match[str]) -> str:
    return "\n" if "\n" in m[0] else " "


#: Names written with "&" or "and" that are one food: "2 PB&Js", "pb and j", "a G&T". Read
#: as one word before "&" becomes "and", which would cut them into "pb" and "j".
_JOINED_NAMES = (
    (re.compile(r"\bm\s*&\s*s\b(?:\s+food(?:hall)?\b)?"), ""),  # M&S, a shop: its food is the food
    (re.compile(r"\bs\s*(?:&|\band\b|\bn\b)\s*c\b"), "strength"),  # S&C: one session, no "and"
    (re.compile(r"\bpb\s*(?:&|\band\b|\bn\b|'n'?)\s*j(?:'?s)?(?![a-z])"), "pbj"),
    (re.compile(r"\bg\s*(?:&|\band\b|\bn\b)\s*ts?(?![a-z])"), "gin and tonic"),
    (re.compile(r"\bhalf\s*(?:&|\band\b|\bn\b)\s*half\b"), "single cream"),
    (re.compile(r"\bm\s*(?:&|\band\b)\s*ms?\b"), "mms"),
    # the dish of steak and shellfish, no surfing
    (re.compile(r"\bsurf\s*(?:&|\band\b|\bn\b|'n'?)\s*turf\b"), "steak and prawns"),
    # a sports day's race, no egg eaten
    (re.compile(r"\begg\s*(?:&|\band\b|\bn\b)\s*spoon(?:\s+race)?\b"), "novelty race"),
)
#: Any of them: most messages with an "and" hold none, and one scan says so.
_ANY_JOINED_NAME = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _JOINED_NAMES))


#: Two fillings of one bread or dish at the kcal given for it: "peanut butter and honey wrap
#: (420 kcal)", "a ham and egg roll 450 kcal": the dish at that kcal, never the first filling
#: from the table beside it. Each filling is a word or two with no count.
_FILLED_AT_A_KCAL = re.compile(
    r"(?:^|(?<=[,;:\n(]))\s*(?P<a>[a-z]+(?:\s[a-z]+)?)\s+(?:and|n)\s+"
    r"(?P<b>[a-z]+(?:\s[a-z]+)?\s+(?:wrap|sandwich|sarnie|butty|toastie|roll|bap|bagel|sub"
    r"|panini|burrito|baguette|pitta|pita|quesadilla|tortilla|pizza|slice|burger|pie|pasty"
    r"|salad|omelette)s?)"
    r"(?=\s*[(\[]?\s*(?:~|about|approx\.?)?\s*[0-9]{2,4}\s*(?:kcals?|cals?|calories)\b)"
)


#: In a day's log ("b'fast porridge, lunch soup, tea bangers and mash") "tea" starting a piece
#: is the evening meal, as "tea:" is.
_OTHER_LABEL = re.compile(rf"\b(?:{LABEL_ALT})\b")
_TEA_LABEL = re.compile(
    r"(^|[,;\n.]\s*)tea(?:\s+-+>?)?\s+(?!and\b|with\b|time\b|bag|break|pot\b|cup\b|mug\b|no\b|[0-9])(?=[a-z])"
)
#: A food's kcal said after its meal's label: "a wrap for lunch 450 kcal", "a curry for dinner
#: (750 kcal)". Read as "a wrap 450 kcal for lunch", so the label ends the food, as usual.
_KCAL_AFTER_LABEL = re.compile(
    rf"(?P<label>\bfor\s+(?:my\s+|an?\s+)?(?:{LABEL_ALT}|tea))\s*[(\[]?\s*"
    r"(?P<kcal>~?[0-9][0-9.,]*\s*(?:kcals?|k?cals?|calories)\b)(?:\s*[)\]])?"
    # an amount in brackets after the label: "chili for dinner (1 cup)"
    r"|(?P<label2>\bfor\s+(?:my\s+|an?\s+)?(?:" + LABEL_ALT + r"|tea))\s*\("
    r"(?P<amount>[0-9][0-9./]*\s*(?:cups?|bowls?|slices?|g|grams?|ml|oz|tbsp|tsp|pieces?|portions?"
    r"|servings?|scoops?)?)\)"
)


def _said_before_the_label(m: re.Match[str]) -> str:
    """ "a wrap for lunch 450 kcal": "a wrap 450 kcal for lunch"; "chili for dinner (1 cup)":
    "chili (1 cup) for dinner"."""
    if m["kcal"] is not None:
        return f"{m['kcal']} {m['label']}"
    return f"({m['amount']}) {m['label2']}"


#: A day's heading before its log by the clock or by meal: "long run day: 6am toast, ...",
#: "rest day - breakfast: ...". It names the day, not a session of its own.
_DAY_HEADING = re.compile(
    rf"\s*(?:[a-z']+\s+){{0,3}}day\s*(?::|-+)\s*(?=(?:[0-9]{{1,2}}(?:[:.][0-5][0-9])?\s*(?:am|pm)?"
    rf"|{LABEL_ALT})\b)"
)
#: A meal deal named first, then its parts after a comma: "boots meal deal, chicken club 430
#: kcal, crisps, water" is titled as "boots meal deal: ..." is (the parts, not the deal's own).
_DEAL_THEN_PARTS = re.compile(
    r"(?:^|(?<=\n))(?P<head>(?:[a-z'&.-]+\s+){0,3}meal\s+deal)\s*,\s*+(?!then\b|after\b)"
    r"(?=[^,\n]+,)"
)
_TOPPED = re.compile(r"\s+topped\s+(?:off\s+)?with\s+")
_A_MILE = re.compile(r"(?<![0-9.] )\b(?:a|one)\s+(?:whole\s+|full\s+|single\s+)?mile\b(?!s)")
#: "without walking" is how far a beginner ran, not a walk.
#: A mile raced or timed: "mile time trial 6:12", "mile on the track 5:34", "the mile in 5:12".
_MILE_RACE = re.compile(
    r"(?<![0-9.] )(?<![0-9.])\bmile\s+(?=time trial|tt\b|race\b|on\s+the\s+(?:track|road)\b"
    r"|in\s+[0-9]{1,2}:[0-5][0-9]|pb\b|pr\b|heat\b|final\b)"
    r"|(?<=fastest )mile\b(?!s)|(?<=quickest )mile\b(?!s)"  # "my fastest mile ever - 6:58"
)
_NONSTOP = re.compile(r"\b(?:without|with no|no)\s+(?:walking|stopping|walk breaks|breaks)\b")
#: Climbing as a run's figure, not a session at the wall: "1,800m of climbing", "climbed 300 ft",
#: "lots of climbing".
_CLIMB_FIGURE = re.compile(
    r"\b(?P<n>[0-9]{1,5})\s*(?P<u>m|ft|feet|metres?|meters?)\s+(?:of\s+)?climb(?:ing|ed)?\b"
    r"|\bclimb(?:ed|ing)?\s+(?:of\s+)?(?P<n2>[0-9]{1,5})\s*(?P<u2>m|ft|feet|metres?|meters?)\b"
    r"|\b(?:lots|loads|tons|plenty|a lot|a bit|bit)\s+of\s+climb(?:ing)?\b"
)


_POOL_LENGTHS = re.compile(
    r"(?=[0-9(])(?:\b(?P<n>[0-9]{1,3})\s*lengths?\s*(?:of\s+|in\s+|\(\s*)?(?:a\s+|the\s+)?(?P<m>[0-9]{2})\s*"
    r"(?P<u>m|metres?|meters?|y|yds?|yards?)(?:\s+pool)?\b\)?"
    # the pool first: "25m pool, 40 lengths", "(25y) 60 lengths"
    r"|\(?\b(?P<m2>[0-9]{2})\s*(?P<u2>m|metres?|meters?|y|yds?|yards?)\)?(?:\s+pool)?\W{0,3}"
    r"(?P<n2>[0-9]{1,3})\s*lengths?\b)"
)
#: "swim 2000y", "1650 y": yards in a pool.
_SWIM_YARDS = re.compile(r"\b(?P<n>[0-9]{2,5})\s?y\b")
_SWIM_WORDS = ("swim", "swam", "pool", "lengths", "laps")
#: A gun time beside the runner's own: "chip 42:18, gun 42:51", "19:48 (gun 19:55)".
_GUN_TIME = re.compile(
    r",?\s*\(?\bgun(?:\s+time)?\s*(?::|=|-)?\s*[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?\)?"
)
_CHIP = re.compile(
    r"\bchip(?:\s+time)?\b(?=\s*(?::|=|-|of|was|is)?\s*[0-9]{1,2}:[0-5][0-9])"
    r"|(?<=[0-9])\s*\(?chip(?:\s+time)?\)?(?![a-z])"
)
def _no_chip(m: re.Match[str]) -> str:
    """A space for "chip time" before the time; nothing after it, so that "1:41:22 chip time."
    still ends its sentence."""
    return " " if m[0].startswith("chip") else ""


_COUCH_2 = re.compile(r"\bcouch\s*(?:2|two|too)\s*5k\b")
#: Small-sided football: "5 a side", "5-a-side", "seven-a-side" (no 5 km or 5 minutes).
_A_SIDE = re.compile(
    r"\b(?:[4-9]|11|five|six|seven|eight|eleven)[- ]a[- ]side(?:\s+football|\s+footy)?\b"
)
#: A round of golf by its holes: "18 holes", "9 holes", "eighteen holes of golf" (the number is
#: no distance nor time; sessions.py gives a round with no time of its own its usual hours).
_GOLF_HOLES = re.compile(r"\b(?:(?P<full>18|eighteen)|9|nine)\s+holes(?:\s+of\s+golf)?\b")
#: Golf's clubhouse bar, no date nor figure: "19th hole: a pint of lager", "at the 19th".
_NINETEENTH = re.compile(r"\b(?:the\s+)?19th\s+hole\b|(?<=\bat\s)the\s+19th\b(?!\s+of\b)")
#: How a round was played, no walk of its own: "walked and carried", "walking, pulling".
_GOLF_WALKED = re.compile(
    r"\b(?:walked|walking)\b(?=,?\s+(?:and\s+)?(?:carried|carrying|pulled|pulling)\b)"
)
#: Football by its league day: "sunday league 90 mins" (the day word is read as the date).
_DAY_LEAGUE = re.compile(
    r"\b(?:sunday|saturday|sat|sun)\s+league\b(?!\s+(?:football|footy|footie))"
)
#: Rope skipping said "skipping" or "skipped" before its minutes ("skipping 10 mins", "skipped
#: for 8 min"); "skipping lunch" and "skipped the long run" are no session.
_SKIPPING_TIMED = re.compile(
    r"\bskipp(?:ing|ed)(?=\s+(?:for\s+)?[0-9]+\s*(?:min|mins|minutes|m|h|hr|hrs|hour|hours)\b)"
)
#: A rope session's count of skips or jumps, no food and no figure of its time: "1500 skips",
#: "2,200 skips", "300 double unders", "900 turns".
_ROPE_COUNT = re.compile(
    r"\b[0-9]{1,2},?[0-9]{3}\s+(?:skips|jumps|turns|double[- ]?unders|dus|singles)\b"
    r"|\b[0-9]{1,3}\s+(?:skips|jumps|turns|double[- ]?unders|dus|singles)\b"
)
#: Running in water is a sport of its own (no distance, another MET): "aqua jogging 40 min",
#: "deep water running", "pool run 30 mins". One word, so no run word is left to read.
_WATER_RUN = re.compile(
    r"\b(?:aqua|deep[- ]?water|pool|water)[- ]?(?:jog|jogging|jogged|run|running|runs|ran)\b"
)
#: Race walking is a walk of its own (faster than any walk, its own MET), never a run: "race
#: walk 3000m", "race-walked 8 km", "racewalking club". One word, so no race word is left.
_RACE_WALK = re.compile(r"\brace[- ]?walk(?P<end>ed|ing|s)?\b")
#: Paddling standing up, one word: "SUP 45 min", "stand-up paddle", "paddle boarding" (a "sup"
#: with no session beside it is a greeting).
_PADDLE_BOARD = re.compile(
    r"\b(?:stand[- ]?up[- ]paddle(?:[- ]?board)?(?:ing)?|paddle[- ]boarding|paddle[- ]board"
    r"|sup(?=\s+(?:session|class|yoga|board|paddle|tour|race|[0-9]))(?:\s+(?:board|paddle))?)\b"
)
#: A height above the sea, where the runner is, which is no distance run: "at 2400m", "at
#: 7000 ft", "3000m sim", "8000 ft up", "Iten 2400m, easy 12 km", "Font Romeu 1850m: tempo".
#: Not a climb ("+900 m", "2000 ft of climbing", "1200m up the fell" is read as one) nor a
#: race on the track ("3000m steeplechase", "at the 5000m"): the place's figure opens the
#: message or follows "at", a place or a word of altitude.
_ALTITUDE_HINT = re.compile(r"[0-9],?[0-9]{3}\s*(?:m|metres|meters|ft|feet)\b")
_ALTITUDE = re.compile(
    r"(?P<pre>\bat\s+|(?:^|(?<=\n))(?P<place>(?:[a-z'-]{2,20}\s+){1,2})?)"
    r"(?P<n>[1-9][0-9]?,?[0-9]{3})\s*(?P<u>m|metres|meters|ft|feet)\b"
    r"(?=\s*(?:[,:;)]|sim(?:ulated)?\b|altitude\b|asl\b|above\s+sea"
    r"|-|this\b|today\b|and\b|for\b|camp\b|so\b|$))"
)
_ALTITUDE_WORDS = re.compile(r"\b(?:altitude|sim|simulated|asl|sea\s+level|camp|tent|hypoxic)\b")
_TRACK_METRES = frozenset({"1000", "1500", "1600", "2000", "3000", "3200", "5000", "1,000",
                           "1,500", "1,600", "2,000", "3,000", "3,200", "5,000"})


def _without_altitude(text: str) -> str:
    """The message without the height its runner is at (see _ALTITUDE)."""

    def height(m: re.Match[str]) -> str:
        place = m["place"] or ""
        if place and not set(place.split()).isdisjoint(_NOT_A_PLACE_WORDS):
            return m[0]  # "easy 1200m, strides", "the 3000m, 9:40"
        worded = _ALTITUDE_WORDS.search(text) is not None
        if m["n"] in _TRACK_METRES and m["u"][0] == "m" and not worded:
            return m[0]
        if m["u"][0] == "f" or worded or place or m["pre"].startswith("at"):
            heading = place and text.startswith(":", m.end())
            return "" if heading else m["pre"]  # "Flagstaff at 7000 ft: 70.2 kg": no place left
        return m[0]

    return _ALTITUDE.sub(height, text)


#: Words of a run or a race before a figure in metres (see _NOT_A_PLACE_WORDS).
_NOT_A_PLACE = frozenset({"easy", "steady", "slow", "fast", "jog", "swim", "swam", "row",
                          "rowed", "walk", "walked", "the", "my", "a", "did", "then", "and",
                          "total", "last", "first", "final", "another", "of"})
#: What an obstacle race or a rogaine counts besides its distance and time: "20 obstacles",
#: "30 burpee penalty", "30 burpees for a failed rope", "3 falls", "6 checkpoints" (no
#: session of burpees, no time).
_RACE_COUNT_HINTS = ("obstacle", "penalt", "checkpoint", "spartan", "mudder", "ocr", "rogain")
_RACE_COUNTS = re.compile(
    r"\b[0-9]{1,3}\s+(?:obstacles?|burpees?(?:\s+(?:penalty|penalties))?|falls?|checkpoints?"
    r"|cps|controls|penalt(?:y|ies)|fails?|failed\s+obstacles?)\b"
    r"(?:\s+for\s+(?:a|an|the|each|every|my)\s+(?:[a-z]+\s+)?[a-z]+)?"
)
#: A sprint: metres and a time in seconds, nothing else timed ("60m in 8.9 seconds", "my 150m
#: leg of the relay was 22.4s", "100m at the masters, 13.8 secs"): a run of those metres,
#: not minutes or kilometres. Not repeats ("6 x 150m, 20s rest"), strides or drills.
_SPRINT_METRES = re.compile(
    r"(?<![0-9.x])(?<!x )(?P<n>[2-9][0-9]|[1-3][0-9]{2}|400)\s*(?:m|metres|meters)\b"
    r"(?!\s*(?:s|x)\b)"
)
_SPRINT_SECONDS = re.compile(
    r"(?<![0-9.:])(?P<t>[0-9]{1,2}(?:\.[0-9]{1,2})?)\s*(?:s|secs?|seconds)\b"
)
_NOT_A_SPRINT = re.compile(
    r"[0-9]:[0-5][0-9]|\b(?:x|reps?|repeats|strides|rest|recovery|drills?|min|mins|minutes|km|k"
    r"|mi|miles?|each|times|h|hrs?|hours?)\b|[0-9]\s*(?:x|k|km|mi)\b|[0-9]\s*m\s*[0-9]{1,2}\s*s\b"
)
_SPRINT_M_PER_S = (3.0, 12.0)


def _sprint(text: str) -> str:
    """The message with a sprint's metres in km, and a run word before them (see
    _SPRINT_METRES)."""
    metres = list(_SPRINT_METRES.finditer(text))
    seconds = list(_SPRINT_SECONDS.finditer(text))
    if len(metres) != 1 or len(seconds) != 1 or _NOT_A_SPRINT.search(text) is not None:
        return text
    m, n, s = metres[0], int(metres[0]["n"]), float(seconds[0]["t"])
    if not _SPRINT_M_PER_S[0] <= n / s <= _SPRINT_M_PER_S[1]:
        return text
    return f"{text[: m.start()]}ran {n / 1000:g} km{text[m.end() :]}"


#: Laps counted with their length said ("20 laps of the deck, 3 laps = 1 mile", "0.4 mi a lap
#: x 12", "16 laps at 0.5 km a lap", "5 laps to the mile, 40 laps"): their sum, in km.
_LAPS_TO_A = re.compile(
    r"\b(?P<k>[0-9]{1,2}(?:\.[0-9])?)\s+laps?\s*(?:=|to\s+(?:the|a|1|one)|per|makes?|make\s+up|is)"
    r"\s*(?:1\s+|one\s+|a\s+)?(?P<u>mile|km|kilometre|kilometer|k)\b"
)
_A_LAP_IS = re.compile(
    r"\b(?P<d>[0-9]*\.?[0-9]+)\s*(?P<u>mi|miles?|km|k|m|metres?|meters?)\s+(?:a|per|each|/)\s*"
    r"lap\b(?:\s*(?:x|times)\s*(?P<n>[0-9]{1,3})\b)?"
    r"|(?:\b(?:each|a|one|per)|(?<![0-9.])\b1)\s+lap\s+(?:is\s+|was\s+|=\s*)?(?P<d2>[0-9]*\.?[0-9]+)\s*"
    r"(?P<u2>mi|miles?|km|k|m|metres?|meters?)\b"
)
_LAP_COUNT = re.compile(r"(?<![0-9.])\b(?P<n>[0-9]{1,3})\s+laps?\b(?!\s*(?:=|to\s|per\b|makes?\b))")
_LAP_UNIT_KM = {"mi": KM_PER_MILE, "mile": KM_PER_MILE, "miles": KM_PER_MILE, "km": 1.0,
                "k": 1.0, "kilometre": 1.0, "kilometer": 1.0}


#: A loop's length, then how often it was run: "the loop is 5k, ran it twice in 52:00".
_LOOP_IS = re.compile(
    r"\b(?:the\s+|my\s+|our\s+)?(?:loop|lap|circuit|route|course|block)\s+is\s+(?:about\s+)?"
    r"(?P<d>[0-9]+(?:\.[0-9]+)?)\s*(?P<u>k|km|mi|miles?)\b"
    r"(?P<mid>[^.;!?\n]*?)\b(?:ran|did|jogged|went\s+round)\s+it\s+"
    r"(?P<n>twice|three\s+times|four\s+times|five\s+times|[2-9]\s*(?:x|times))"
)
_LOOP_TIMES = {"twice": 2, "three times": 3, "four times": 4, "five times": 5}


def _loops_run(text: str) -> str:
    """The message with a loop run again and again as its sum (see _LOOP_IS)."""
    m = _LOOP_IS.search(text)
    if m is None:
        return text
    said = " ".join(m["n"].split())
    times = _LOOP_TIMES.get(said) or int(said[0])
    km = float(m["d"]) * _LAP_UNIT_KM[m["u"]] * times
    return f"{text[: m.start()]}{m['mid'].strip(' ,')} ran {km:.4f} km{text[m.end() :]}"


def _laps_of_a_length(text: str) -> str:
    """The message with laps of a stated length as their sum (see _LAPS_TO_A)."""
    per = _LAPS_TO_A.search(text)
    each = _A_LAP_IS.search(text) if per is None else None
    if per is not None:
        km = _LAP_UNIT_KM[per["u"]] / float(per["k"])
    elif each is not None:
        length, unit = each["d"] or each["d2"], each["u"] or each["u2"]
        km = float(length) * _LAP_UNIT_KM.get(unit, 0.001)
    else:
        return text
    said = per or each
    assert said is not None
    rest = text[: said.start()] + " " + text[said.end() :]
    count = _LAP_COUNT.search(rest)
    laps = float(each["n"]) if each is not None and each["n"] else None
    if laps is None and count is None:
        return text
    if laps is None:
        assert count is not None
        laps = float(count["n"])
        rest = f"{rest[: count.start()]}{laps * km:.4f} km{rest[count.end() :]}"
    else:
        rest = f"{rest[: said.start()]} {laps * km:.4f} km {rest[said.start() :]}"
    return rest


#: Where water running is done: "deep water running 3 x 10 min, 35 min in the pool total" is
#: no swim beside it.
_IN_THE_POOL = re.compile(r"\s+in\s+the\s+(?:pool|water)\b")
_OFF_THE_BIKE = re.compile(r"(?<!run )(?<!ran )(?<!running )\boff\s+the\s+bike\b")
#: The "12-3-30" treadmill workout: 12 % incline at 3 mph for 30 minutes, walked.
_TWELVE_THREE_THIRTY = re.compile(
    r"\b(?:12|twelve)[- /](?:3|three)[- /](?:30|thirty)\b(?:\s+workout)?"
)
_AND_A_HALF = re.compile(r"\b([0-9]{1,3}) and a half\b")
_TRANSITION = re.compile(
    r"[/,]?\s*\bt[12]\s*(?::|-+|–)?\s*(?:[0-9]{1,2}:)?[0-9]{1,2}(?::[0-9]{2})?\b"
)


#: A beginner plan's week and day ("c25k week 4 day 1", "W5D3", "wk 2 run 3") name no distance
#: or time; the session's own minutes do.
_PLAN_STEP = re.compile(
    r"\b(?:w|wk|week)\s*[0-9]{1,2}\s*,?\s*(?:d|day|r|run|session)\s*[0-9]\b"
    r"|\b(?:d|day)\s*[0-9]\s*,?\s*(?:of\s+)?(?:w|wk|week)\s*[0-9]{1,2}\b"
    r"|\b(?:w|wk|week)\s*[0-9]{1,2}\b(?=\s*(?:of\s+)?(?:c25k|couch to 5k|c to 5k))"
    r"|(?<=c25k)\s*(?:w|wk|week)\s*[0-9]{1,2}\b(?:\s*,?\s*(?:d|day|r|run|session)\s*[0-9]\b)?|\b(?:day|d)\s*[0-9]\b(?=\s*(?:of\s+)?c25k)"
)
#: A day without training says nothing of what was eaten on it.
_REST_DAY = re.compile(r"\b(?:(?:a|my|the|on)\s+)?(?:rest|recovery|lazy)\s+day\b|\bday\s+off\b")
_PLAN = re.compile(r"\b(?:couch to 5k|c25k|c to 5k)\b")


#: A numbered list's marks ("1. porridge 2. tuna sandwich", "1) oats", "2) 10k 49:50", "(1)
#: bagel (2) soup", "#1 oats #2 wrap", "1/ oats 2/ soup", "first: oats, second: soup"): a new
#: line each (only marks 1, 2,
#: 3 ... in order count, see numbered_list).
_LIST_MARK = re.compile(
    r"(?:^|(?<=\n))(?P<n>[1-9])[.)/]\s+|(?<=\s)(?P<m>[1-9])[.)/]\s+(?=[a-z0-9])"
    r"|(?:^|(?<=\s))(?:\((?P<p>[1-9])\)|#(?P<h>[1-9]))\s*(?=[a-z0-9])"
    r"|(?:^|(?<=\s))(?P<o>first|second|third|fourth|fifth|sixth):\s*(?=[a-z0-9])"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
#: What a list's first and second marks hold, for a cheap test before the pattern.
_FIRST_MARKS = ("1.", "1)", "1/", "#1", "first:")
_SECOND_MARKS = ("2.", "2)", "2/", "#2", "second:")
#: The meals' letters before a day's parts between slashes: "b/l/d: oats / soup / curry".
_SLASHED_LETTERS = re.compile(
    r"(?:^|(?<=\n))(?P<letters>[blds](?:/[blds]){1,3})(?:\s+(?P<day>today|tomorrow|tmrw))?"
    r"\s*(?::|-+)\s*(?P<rest>[^\n]+)"
)
_SLASHED_PART = re.compile(r"\s+/\s+|\s*\|\s*")


def _slashed_letter(m: re.Match[str]) -> str:
    """Each part after its meal's letter ("b: oats\nl: soup\nd: curry"), when there are as
    many parts as letters; otherwise the parts unlabelled (no letter asked about as a food)."""
    letters = m["letters"].split("/")
    parts = _SLASHED_PART.split(m["rest"].strip())
    day = f"{m['day']}:\n" if m["day"] else ""  # "b/l/d tomorrow: ...": tomorrow's plan
    if len(parts) != len(letters) or len(set(letters)) != len(letters):
        return day + m["rest"]
    return day + "\n".join(
        f"{letter}: {_BARE_KCAL_END.sub(_kcal_said, part)}"
        for letter, part in zip(letters, parts, strict=True)
    )


#: A bare number ending a meal's part after its letter ("b/l/d: oats / soup and a sandwich 560 /
#: curry 800"): that meal's kcal, as a day's list gives it, not 560 of something.
_BARE_KCAL_END = re.compile(r"(?<=[a-z)])\s+(?P<n>[1-9][0-9]{2,3})\s*$")


def _kcal_said(m: re.Match[str]) -> str:
    return f" {m['n']} kcal"


def _list_lines(text: str) -> str:
    """A list's parts as lines: numbered ("1. porridge 2. tuna sandwich": no 2 porridges),
    between slashes or bars, behind bullets, after the meals' letters ("b/l/d: a / b / c")."""
    if "/" in text and (":" in text or "-" in text):
        text = _SLASHED_LETTERS.sub(_slashed_letter, text)
    if numbered_list(text):
        text = _LIST_MARK.sub("\n", text)
    if "/" in text or "|" in text or "* " in text:
        text = _parts_as_lines(text)
    return text


def numbered_list(text: str) -> bool:
    """ "1. porridge\n2. tuna sandwich", "1) oats 2) soup 3) pasta": marks 1, 2, ... in order."""
    if not any(mark in text for mark in _FIRST_MARKS) or not any(
        mark in text for mark in _SECOND_MARKS
    ):
        return False
    found = list(_LIST_MARK.finditer(text))
    if found and (found[0]["p"] or found[0]["h"] or found[0]["o"]):
        before = text[: found[0].start()].rstrip(" :")
        if before and not before.endswith("\n"):
            return False  # "gel #1 at 10k, gel #2 at 20k": each gel's number, no list's marks
    marks = [
        _ORDINALS[m["o"]] if m["o"] else int(m["n"] or m["m"] or m["p"] or m["h"]) for m in found
    ]
    return len(marks) >= 2 and marks == list(range(1, len(marks) + 1))


#: A day's parts between slashes or bars ("oats / soup / pasta 600 kcal", "bagel | 10k 52:00
#: | curry"), or one a line behind a bullet ("* 8am eggs\n* 1pm soup"): each part a line.
_PART_BAR = re.compile(r"\s+(?:/|\|)\s+|\s*\|\s*")
_STAR_BULLET = re.compile(r"(?:^|(?<=\n))\*\s+")  # a bullet ("•") is a line break already


def listed_parts(text: str) -> bool:
    """Whether the message lists a day's parts (two separators or more of one kind)."""
    return (
        text.count(" / ") >= 2
        or text.count("|") >= 2
        or (text.count("\n* ") + text.startswith("* ") >= 2)
        or (text.count("\n- ") + text.startswith("- ") >= 2)
    )


def _parts_as_lines(text: str) -> str:
    if (text.count(" / ") >= 2 or text.count("|") >= 2) and "?" not in text:
        # a question's parts stay one question ("fell race sat / 12 miles / fuel tips?")
        text = _PART_BAR.sub("\n", text)
    if "* " in text and len(_STAR_BULLET.findall(text)) >= 2:
        text = _STAR_BULLET.sub("", text)  # "*2 bananas" (no space) corrects, as before
    return text


#: Maurten names its gels and drink mixes by their kcal ("maurten 160 x2", "maurten gel 100
#: caf"): the number is the product, not 160 m of intervals.
_MAURTEN = re.compile(
    r"\bmaurten\s+(?P<what>gel\s+|drink\s+(?:mix\s+)?)?(?P<kcal>100|160|320)\b"
    r"(?:\s*(?:caf|caffeine)\b(?:\s*100\b)?)?(?:\s*(?:x\s*(?P<n>[0-9])|(?P<n2>[0-9])\s*x)\b)?"
)


_VOLUME_BEFORE = re.compile(r"\b[0-9.]+\s*(?:ml|l|litres?|liters?)\s+(?:of\s+)?$")


def _maurten(m: re.Match[str]) -> str:
    if _VOLUME_BEFORE.search(m.string, 0, m.start()):
        return m[0]  # "1 litre of maurten 320": that much of the drink, by the table
    drink = (m["what"] or "").startswith("drink") or (not m["what"] and m["kcal"] == "320")
    what = "drink" if drink else "gel"  # Maurten makes no 320 gel: "maurten 320" is the mix
    n = m["n"] or m["n2"]
    if n:
        return f"{n} maurten {what}s {m['kcal']} kcal each"
    return f"maurten {what} {m['kcal']} kcal"


def _pool_metres(m: re.Match[str]) -> str:
    unit = "yd" if (m["u"] or m["u2"]).startswith("y") else "m"
    pool = " pool" if "pool" in m[0] else ""  # "25m pool, 60 lengths": still a swim
    return f"{int(m['n'] or m['n2']) * int(m['m'] or m['m2'])}{unit}{pool}"


#: What was not done, beside what was: "pool run 40 min instead of the long run", "instead of
#: running I swam 30 min".
_INSTEAD_OF = re.compile(
    r"\s*\b(?:instead\s+of|rather\s+than)\s+(?:[^,;:.!\n]|:(?=[0-9]))*?(?=\s*(?:[,;.!\n]|:(?![0-9])|$|\bi\s))"
)
#: Why there was no run, before what was done instead: "physio said no running, so 20 min on
#: the cross trainer", "can't run with my knee so 40 min on the bike", "too icy to run outside
#: so an hour on the turbo" (the session is logged).
_RUN_BANNED_SO = re.compile(
    r"(?:^|(?<=[;.!\n]))[^;.!\n]*?\b(?:no\s+running|no\s+runs?|not\s+(?:allowed\s+to\s+)?run"
    r"(?:ning)?|(?:can'?t|cannot|couldn'?t|could\s+not)\s+run|banned\s+from\s+running"
    r"|too\s+[a-z]+\s+(?:to|for)\s+(?:a\s+)?run(?:ning)?)\b[^;.!\n]*?,?\s+so\s+"
)


#: A night named for a food, a heading of the meal ("curry night, 2 poppadoms and a korma":
#: no curry beside the korma); with only an amount after it, the amount is of that food
#: ("pizza nite 🍕 3 slices"). Not a time ("friday night", "last night", "late night").
_FOOD_NIGHT = re.compile(
    r"(?:^|(?<=[\n;]))\s*(?!(?:last|late|this|every|that|one|each|the|a|mid|to|good|bad|long"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|sat|sun)\b)(?P<food>[a-z]+)\s+(?:night|nite)\b"
    r"(?P<sep>\W*)(?P<amount>[0-9]+\s+(?:slices?|pieces?|bowls?|plates?|platefuls?)\s*$)?"
)


def _food_night(m: re.Match[str]) -> str:
    if m["amount"]:
        return f"{m['amount'].strip()} of {m['food']}"
    return "" if m["sep"].strip() else m[0]  # "pizza night three slices of margarita": as said


#: Steps counted by a phone or watch: daily living, never a run ("10k steps", "12,000 steps").
#: The walking that made the count is no session of its own: "12k steps walking around the
#: mall", "15,000 steps of walking about town".
_STEPS = re.compile(
    r"\b(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?\s*k?)\s+steps\b"
    r"(?:\s+(?:of\s+)?(?:walking|walked)\b(?![^,.;!?\n]*[0-9])[^,.;!?\n]*)?"
)


#: The verbs of a request to log: "log", "add", "record", "note down" (a cheap gate first).
_LOG_VERB = any_of(("log", "add", "record", "enter", "note", "put", "save"))
#: A request to log at a sentence's start, as a question or a plea: "can you log 2 eggs",
#: "could you please add ...", "pls log ...", "log this: ...". Its words log nothing, and the
#: question mark that may end it asks nothing: what follows is the log. Not when what follows
#: is no log but a kind of thing ("can you log runs from strava?", "can you add up my day?").
_LOG_REQUEST = re.compile(
    r"(?:^|(?<=[.!?\n]))(?P<lead>\s*)(?:(?:hey|hi|ok|okay|so|coach|bot|and|also)\W+)*"
    r"(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|just\s+|also\s+)?"
    r"|(?:please|pls|plz)\s+(?:can\s+(?:you|u)\s+)?|)"
    r"(?:log|add|record|enter|note\s+down|put\s+down|put\s+in|save)"
    r"(?:\s+(?:this|these|the\s+following|for\s+me|pls|please|plz|in))*\b\W*?:?\s"
    r"(?!\s*(?:up|more|it|that|them|everything|stuff|things|a\s+(?:reminder|note|goal|target)"
    r"|to|from|via|automatically|manually|runs|meals|food|workouts|activities|my\s+(?:runs"
    r"|meals|food|workouts|activities|data|stuff|protein|calories|kcal|macros|intake)|[?])\b)"
    r"(?P<rest>[^.!?\n]*?)(?:,?\s+(?:please|pls|plz|thanks|thank\s+you|thx|ty|cheers|for\s+me))*"
    r"\s*(?:(?P<asked>\?)|(?=[.!\n])|$)"
)


#: Words that open a sentence and log nothing: "oh and a banana", "forgot to say, a flapjack".
_INTERJECTION = re.compile(
    r"(?:^|(?<=[.!?\n]))[^\S\n]*(?:(?:oh|ah|ooh|um+|erm|(?:i\s+)?forgot\s+to\s+(?:say|mention|add|log)"
    r"|(?:i\s+)?(?:missed|forgot)\s+(?:logging|posting|to\s+post|recording|to\s+record)"
    r"|btw|fyi|tbh|ngl|random(?:ly)?(?:\s+but)?)\b"  # "btw had a banana", "random but 2 bananas"
    r"[\s,:!.-]*(?:and\s+)?)+"
)


def _a_space_after_a_stop(m: re.Match[str]) -> str:
    """An interjection gone after a full stop leaves the space a sentence starts after
    ("6k 33:40. oh and a pint of cider": "6k 33:40. a pint of cider")."""
    return " " if m.start() and m.string[m.start() - 1] != "\n" else ""


_INTERJECTION_STARTS = (
    "oh", "ah", "oo", "um", "er", "fo", "i ", "mi", "bt", "fy", "tb", "ng", "ra",
)  # fmt: skip
#: The how-manieth of the day: "3rd coffee of the day", "first banana of the day" (one more).
_NTH_OF_THE_DAY = re.compile(
    r"\b(?:[0-9]{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+"
    r"(?P<what>[a-z][a-z ]{1,30}?)\s+of\s+the\s+day\b"
)


#: A runner's age, or an age group, is no figure of a session: "age 71", "aged 64", "at 68,",
#: "turned 65", "I'm 70", "70 years old", "the over 60s group".
_AGE = re.compile(
    r"\b(?:(?:at\s+(?:the\s+)?)?aged?\s+(?:of\s+)?|turned\s+)[0-9]{2}\b(?![:.][0-9])"
    r"|\bat\s+[3-9][0-9](?![0-9:.]|\s*(?:k|km|kms|mi|miles?|m|min|mins|minutes|%|kg|kgs|lbs?|bpm"
    r"|st|stone|x)\b)(?=\s*(?:,|i\b|i'm\b|and\b|$))"
    r"|\b(?:i'?m|i\s+am)\s+[0-9]{2}(?:\s+(?:years?|yrs?)\s+old)?(?=\s*(?:,|and\b|$))"
    r"|\b[0-9]{2}\s*(?:years?|yrs?)\s+old\b|\b[0-9]{2}\s*yo\b"
    r"|\b(?:over|under)[- ]?[0-9]{2}'?s\b"
)
#: A race report's splits and placing, no run of their own nor food: "through halfway in
#: 1:38", "went through 10k in 52:00", "out in 3:55 for the first km", "walked two water
#: stations", "12th in my age group", "3rd in category".
_REPORTED = re.compile(
    r"(?:,\s*)?(?:\b(?:went\s+)?(?:through|thru|passed|past)\s+(?:halfway|half\s+way|the\s+half|half"
    r"|[0-9]{1,2}(?:\.[0-9])?\s*(?:k|km|mi|miles?))\s+(?:in|at|on)\s+(?:[0-9]{1,2}:)?[0-9]{1,2}"
    r":[0-5][0-9](?::[0-5][0-9])?"
    r"|\b(?:went\s+)?(?:out|off)\s+(?:in|at)\s+[0-9]{1,2}:[0-5][0-9]\s+(?:for|in|on)\s+(?:the\s+)?"
    r"(?:first|opening)\s+(?:km|k|kilometre|kilometer|mile|lap)\b"
    r"|\bwalked\s+(?:(?:the|two|three|four|a\s+few|some|most|all\s+the|[0-9]+)\s+)?(?:water|aid"
    r"|drinks?|feed)\s+stations?\b"
    r"|\b[0-9]{1,4}(?:st|nd|rd|th)\s+(?:in\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:age\s+(?:group"
    r"|cat(?:egory)?)|ag|cat(?:egory)?|class|division|field|gender)|of\s+[0-9]+\s+in\s+[a-z ]{2,20}"
    r"(?:group|category|cat))\b)"
)
#: A personal best said beside a run, no peanut butter nor time of it: a clause of only "pb"
#: ("parkrun 26.12 💨 pb"), and the margin ("pb by 20 secs", "30 secs off my pb").
_PB = re.compile(
    r"\b(?:new\s+|a\s+|another\s+)?(?:pb|pr)\s+by\s+(?:[0-9]+|a\s+few|a\s+couple(?:\s+of)?)"
    r"\s*(?:s|secs?|seconds|mins?|minutes)\b"
    r"|\b[0-9]+\s*(?:s|secs?|seconds|mins?|minutes)\s+(?:off\s+(?:my\s+|the\s+)?(?:pb|pr)"
    r"|(?:faster|quicker)\s+than\s+(?:my\s+)?(?:pb|pr|last\s+(?:week|time|year)))\b"
    r"|(?:^|(?<=[;.!\n])|(?<=[0-9]),)\s*(?:new\s+|a\s+|another\s+|huge\s+|massive\s+)?(?:pb|pr)\s*"
    r"(?=[;.!\n,]|$)"
)
#: How the race went, which names no food: "held on over the tyne bridge", "hung on".
_HELD_ON = re.compile(
    r"\b(?:held|hung|hanging|holding)\s+on\b(?:\s+(?:over|across|along|up|through|round|around"
    r"|past|to|till|until|for)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?[a-z]+(?=\s*(?:[,.;!)]|$)))?"
)
_RACE_TIME_OR_WORD = re.compile(r"[0-9][:.][0-5][0-9]|\b(?:park\s?run|run|ran|race|[0-9]+k)\b")
#: "pb" cheered on its own ("PB!!", "new pr! 🎉"): a personal best, never peanut butter.
_PB_CHEERED = re.compile(
    r"(?:^|[;.!\n])\s*(?:new\s+|a\s+|another\s+|huge\s+|massive\s+)?(?:pb|pr)\s*!"
)
_REPORTED_WORD = any_of(
    ("through", "thru", "pass", "out ", "off ", "station", "th ", "st ", "nd ", "rd ")
)
#: Races known by their name alone, each always run over one distance: the distance said.
_NAMED_RACES = {
    "great north run": "half marathon",
    "big half": "half marathon",
    "great south run": "10 mile race",
    "broad street run": "10 mile race",
    "dam tot damloop": "10 mile race",
    "falmouth road race": "7 mile race",
    "bay to breakers": "12k race",
    "city2surf": "14k race",
    "peachtree road race": "10k race",
    "peachtree": "10k race",
    "bolder boulder": "10k race",
    "cooper river bridge run": "10k race",
    "beach to beacon": "10k race",
}
_NAMED_RACE = re.compile(
    r"\b(?:the\s+)?(?P<race>"
    + "|".join(sorted(map(re.escape, _NAMED_RACES), key=len, reverse=True))
    + r")\b"
)
#: A distance said beside a race's name ("the City2Surf 14k", "the 12k Bay to Breakers").
_DISTANCE_AFTER = re.compile(r"\s*[0-9]+(?:\.[0-9]+)?\s*(?:k|km|mi|miles?|miler)\b")
_DISTANCE_BEFORE = re.compile(r"\b[0-9]+(?:\.[0-9]+)?\s*(?:k|km|mi|miles?|miler)\s*$")


def _named_race(m: re.Match[str]) -> str:
    """A race named for its distance: that distance, or only "race" when the runner says the
    distance too (it is run once, not twice: "ran the City2Surf 14k" is 14 km)."""
    said = m.string
    if _DISTANCE_AFTER.match(said, m.end()) or _DISTANCE_BEFORE.search(said, 0, m.start()):
        return " race "
    return _NAMED_RACES[m["race"]]


_NAMED_RACE_WORD = any_of(("great ", "big half", "street", "damloop", "falmouth", "breakers",
                           "city2", "peachtree", "bolder", "cooper", "beacon"))  # fmt: skip
#: Why food was had, before it: "celebrated with a pint of cider", "treated myself to a
#: flapjack" (the food, no word to ask about).
_TREAT = re.compile(
    r"\b(?:(?:and|then)\s+)?(?:celebrated|celebrating|refuell?ed|rewarded\s+myself|treated\s+myself)"
    r"\s+(?:with|to)\s+(?=\S)"
)
#: Someone handing the runner food, which the runner ate: "crew handed me a cold quesadilla",
#: "my wife made me 2 eggs" (the food, no person to ask about).
_GIVEN_ME = re.compile(
    r"(?:^|(?<=[.!;\n,]))\s*(?:(?:my|the|a|our)\s+)?(?:crew|support\s+crew|crew\s+chief|pacer"
    r"|volunteers?|marshals?|aid\s+station|mum|mom|mam|dad|wife|husband|partner|gf|bf|girlfriend"
    r"|boyfriend|friend|mate|coach|someone|they|she|he)\s+(?:gave|handed|passed|brought|made|got"
    r"|fed)\s+me\s+(?!(?:run|jog|go|do|feel|wait|laugh|cry|think|want|promise|swear|try|stop|rest"
    r"|walk|sign|pay|take|work|come|stay|sit|stand|start|finish|keep|look|miss|train)\b)(?=[a-z0-9])"
)
#: Where in a race fuel was had, no run of its own: "2 gels at 30k", "a cup of broth at 80k",
#: "a coke at the 50k aid station", "gels at 10k and 20k" (not "at 5k pace", nor "at 10k I").
_AT_A_DISTANCE = re.compile(
    r"\s+at\s+(?:the\s+)?(?:[0-9]{1,3}(?:\.[0-9])?\s*(?:k|km|mi|miles?)?\s*(?:,|and|&)\s*)*"
    r"[0-9]{1,3}(?:\.[0-9])?\s*(?:k|km|mi|miles?)(?:\s+(?:mark|point|aid"
    r"(?:\s+station)?|checkpoint|cp|feed(?:\s+station)?|turn(?:around)?))?(?=\s*(?:$|[,.;!)\n]|and\b"
    r"|then\b|plus\b))"
)
#: A session someone set the runner, which the runner did: "coach had us do 10 x 1k ...",
#: "the club made us run 6 hill reps" (the runner's session, no one else's).
_SET_US = re.compile(
    r"(?:^|(?<=[.!;\n,]))\s*(?:(?:my|the|our)\s+)?(?:coach|club|coaches|leader|run\s+leader|pt"
    r"|trainer|instructor|they|she|he)\s+(?:had|made|got|set)\s+(?:us|me)\s+(?:to\s+)?"
    r"(?P<verb>do|run|doing|running)\s+"
)


def _did(m: re.Match[str]) -> str:
    return " ran " if m["verb"].startswith("run") else " did "
#: When in a working day food was had, which names no food: "end of night shift breakfast at
#: 8am: ...", "start of my shift: ...".
_SHIFT_END = re.compile(
    r"\b(?:at\s+the\s+)?(?:start|end|middle)\s+of\s+(?:(?:my|the|a)\s+)?(?:(?:night|day|late"
    r"|early|long|[0-9]{1,2}\s*(?:hr|hrs|hour|h))\s+)?(?:shift|working\s+day|work\s+day)\b"
)
_AGE_WORD = any_of(("age", "at ", "turned", "i'm", "im ", "i am", "old", "yo", "over", "under"))


def _as_logged(m: re.Match[str]) -> str:
    """The log a request names ("could you add 2 eggs please?": "2 eggs."), asking nothing."""
    return f"{m['lead']}{m['rest']}." if m["asked"] else f"{m['lead']}{m['rest']}"


#: A meal's title holding the run it came after, with the run's figures, before the meal's
#: list: "co-op meal deal after my lunchtime run 6k 32:10: ham and cheese 420 cal, crisps".
_TITLE_AFTER_A_RUN = re.compile(
    r"(?:^|(?<=\n))(?P<title>[a-z][a-z' &-]{1,40}?)\s+(?P<when>after|post|before)\s+(?:my|the|a)\s+"
    r"(?P<run>[a-z ]{0,20}?\b(?:run|jog|parkrun|race|long run|tempo)\s+[0-9][^,;\n]{1,30}?"
    r"[0-9](?:\s*(?:k|km|mi|miles?|min|mins))?)\s*:\s+(?=[a-z0-9])"
)


def _run_then_its_meal(m: re.Match[str]) -> str:
    """The run first, with its figures, then the meal titled as after it."""
    return f"{m['run']}. {m['title']} {m['when']} the run: "


#: Foods had "at" a race named with its distance, the race's time after them: "corn dog and a
#: root beer at the county fair 5k, 26:10". The foods are one meal, had at the race; the
#: race's distance and time its run (its name, "christmas pudding", no food). Not a figure's
#: words ("finished 3rd at the ...").
_FOOD_AT_A_RACE = re.compile(
    r"^(?P<food>(?!(?:ran|run|did|finished|came|placed|paced|won|was|my|pb|pr)\b)"
    r"[a-z0-9][a-z0-9&' -]{2,60}?)\s+at\s+the\s+[a-z'&-]+(?:\s+[a-z'&-]+){0,3}?\s+"
    r"(?P<race>[0-9]{1,3}(?:\.[0-9])?\s?(?:k|km|mi|miles?|miler)|half marathon|marathon|half"
    r"|parkrun)"
    r"\s*,?\s*(?P<time>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?)\s*$"
)
_A_DISTANCE = re.compile(r"[0-9]\s?(?:k|km|mi|miles?|miler)\b")


def _race_then_its_food(m: re.Match[str]) -> str:
    """The race first, with its time, then the foods had at it."""
    if _A_DISTANCE.search(m["food"]) is not None:
        return m[0]  # "10k with a coffee at the ...": a run of its own
    return f"{m['race']} race {m['time']}. {m['food']} after the race"


def _told_around(text: str) -> str:
    """What is told around the log, no figure nor food of it: why food was had, when in a
    working day, a race's name for its distance, a race report's splits and placing, the
    runner's age."""
    if ": " in text and (" after " in text or " before " in text or " post " in text):
        text = _TITLE_AFTER_A_RUN.sub(_run_then_its_meal, text)  # "meal deal after my run 6k"
    if " at " in text and _AT_A_DISTANCE.search(text) is not None:
        text = _AT_A_DISTANCE.sub("", text)  # "2 gels at 30k": where, no 30 km run
    if " us " in text or " me " in text:
        text = _SET_US.sub(_did, text)  # "coach had us do 10 x 1k": the runner's session
    if " me " in text:
        text = _GIVEN_ME.sub(" ", text)  # "crew handed me a cold quesadilla": the quesadilla
    if "celebrat" in text or "refuel" in text or "myself" in text:
        text = _TREAT.sub("", text)  # "celebrated with a pint of cider": the cider
    if "shift" in text or "working" in text or "work day" in text:
        text = _SHIFT_END.sub(" ", text)  # "end of night shift breakfast at 8am: eggs"
    if _NAMED_RACE_WORD.search(text) is not None:
        text = _NAMED_RACE.sub(_named_race, text)  # "great north run": a half marathon
    if _REPORTED_WORD.search(text) is not None:
        text = _REPORTED.sub("", text)  # "through halfway in 1:38, ... finished 3:24:51"
    if ("pb" in text or "pr" in text) and (
        _RACE_TIME_OR_WORD.search(text) is not None or _PB_CHEERED.search(text) is not None
    ):
        text = _PB.sub(" ", text)  # "parkrun 26.12; pb by 20 secs"
    if " on" in text and ("held" in text or "hung" in text or "holding" in text):
        text = _HELD_ON.sub(" ", text)  # "held on over the tyne bridge"
    if _AGE_WORD.search(text) is not None:
        text = _AGE.sub(" ", text)  # "age 71, 8 km 52:10 with the over 60s group"
    if ": " in text and _DIGIT.search(text) is not None:
        text = _COUNTED_TITLE.sub(_title_s_meal, text)  # "carb load day 1: 3 bagels"
    return text


#: A heading with a counter before a colon, at the start of the message or of a line: a day or
#: week of a plan or of a build-up ("carb load day 1:", "week 5 day 1:", "3 sleeps to go:"),
#: a numbered helping or stop ("thanksgiving plate #2:", "aid station 4:", "round 2:"). It
#: names no food, so the first food after it is read alone; so does an ultra's stop at a mile
#: ("mile 40 aid:", "mile 50 drop bag:"). Not a lap or a mile alone ("lap 3: 5:02" is a split
#: of the run).
_COUNTED_TITLE = re.compile(
    r"(?:^|(?<=[\n;]))[^\S\n]*(?:[a-z'&]+[^\S\n]+){0,3}?"
    r"(?:(?:day|week|wk|stage|round|plate|helping|serving|course|station|stn|zone|checkpoint|cp"
    r"|meal)"
    r"[^\S\n]*#?[0-9]{1,2}|#[0-9]{1,2}"
    r"|[0-9]{1,2}[^\S\n]+(?:days?|weeks?|sleeps?|nights?)[^\S\n]+(?:out|to[^\S\n]+go|left)"
    r"|(?:mile|km)[^\S\n]*[0-9]{1,3}[^\S\n]+(?:aid|drop[^\S\n]+bag|feed|water|crew|checkpoint|cp)"
    r"(?:[^\S\n]+(?:station|stop|point))?)"
    r"(?:[^\S\n]+(?:day|wk)[^\S\n]*[0-9]{1,2})?(?P<after>(?:[^\S\n]+[a-z]+){0,2}?)"
    r"[^\S\n]*:[^\S\n]*(?=[^\s:])"
)
_LABEL_IN_TITLE = re.compile(rf"\b(?:{LABEL_ALT})\b")


def _title_s_meal(m: re.Match[str]) -> str:
    """A counted title goes; the meal it names stays ("breakfast #2:", "day 3 dinner:")."""
    label = _LABEL_IN_TITLE.search(m[0])
    if label is None and (nth := _NTH_MEAL.search(m[0])) is not None:
        return f"{nth[0]}: "  # "meal 2: chicken and rice": a meal of its own (meals._MEAL_WORD)
    if label is None and _RACE_IN_TITLE.search(m[0]) is not None:
        return _COUNTER.sub(" ", m[0])  # "BQ attempt #2: 3:28:55": the race, its try no title
    if label is None:
        return "" if not m["after"] else m[0]  # "day 3 of the block: ..." is no title here
    return f"{label[0]}: "


_RACE_IN_TITLE = re.compile(r"\b(?:marathon|ultra)\b")
_COUNTER = re.compile(r"#[0-9]{1,2}\b")


_NTH_MEAL = re.compile(r"\bmeal\s*#?[1-9]\b")


#: A remark on a session, no food and no session of its own: "perfect morning for it" (no
#: Perfect Bar), "core worked" after a paddle (no core session).
_REMARK = re.compile(
    r"\b(?:perfect|ideal|great|lovely|beautiful|glorious|gorgeous|stunning|grim|brutal|horrible"
    r"|awful|good)\s+(?P<when>morning|day|evening|night|weather|conditions|afternoon)\s+for\s+(?:it"
    r"|a\s+run|running|racing|a\s+race|a\s+pb|the\s+race)\b"
    r"|\b(?:core|abs|arms|legs|glutes|shoulders|quads|calves)\s+(?:well\s+|properly\s+|really\s+)?"
    r"(?:worked|burning|engaged|on\s+fire|fried)\b(?![^,;.\n]*[0-9])"
)
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def _remark_s_time(m: re.Match[str]) -> str:
    """What is left of a remark: its part of the day, when the run was ("this morning")."""
    return f" this {m['when']} " if m["when"] in _PARTS_OF_DAY else " "


_REMARK_HINTS = (" for ", "worked", "burning", "engaged", "on fire", "fried")
#: Stretching after a session, untimed ("..., then stretched", "☑️ stretching"): part of the
#: session's routine, no gym session of 45 minutes. "10 min stretching" is one.
_UNTIMED_STRETCH = re.compile(
    r"\b(?:stretched|stretching|stretch|foam\s+rolled|foam\s+rolling)\b(?![^,;.!?\n]*[0-9])"
)
_FIGURE = re.compile(r"[0-9]")
_PIECE_MARKS = ("\n", ",", ";", " then ", " and ", ". ")


def _without_untimed_stretch(text: str) -> str:
    """The message without a stretch said after a session's figures (see _UNTIMED_STRETCH)."""
    m = _UNTIMED_STRETCH.search(text)
    if m is None or _FIGURE.search(text, 0, m.start()) is None:
        return text
    own = max(text.rfind(mark, 0, m.start()) + len(mark) for mark in _PIECE_MARKS)
    if _FIGURE.search(text, max(own, 0), m.start()) is not None:
        return text  # "20 min on the stair machine then 10 min stretching" is timed
    return text[: m.start()] + text[m.end() :]


def _drop_words_that_log_nothing(text: str) -> str:
    """A request to log, a plan's week and day, where food was had, and a rest day: no
    number, item or run."""
    if _LOG_VERB.search(text) is not None:
        text = _LOG_REQUEST.sub(_as_logged, text)  # "could you log 2 eggs?": the eggs
    if "of the day" in text:
        text = _NTH_OF_THE_DAY.sub(r"a \g<what>", text)  # "3rd coffee of the day": a coffee
    if text[:2] in _INTERJECTION_STARTS or ". " in text or "\n" in text:
        text = _INTERJECTION.sub(_a_space_after_a_stop, text)  # "oh and a banana", "forgot..."
    if "instead of" in text or " so " in text or "rather than" in text:
        text = _RUN_BANNED_SO.sub("", _INSTEAD_OF.sub(" ", text))
    text = _told_around(text)
    if any(hint in text for hint in _REMARK_HINTS):
        text = _REMARK.sub(_remark_s_time, text)  # "marathon 3:27:50, perfect morning for it"
    if "stretch" in text or "foam" in text:
        text = _without_untimed_stretch(text)  # "easy run 5 km in 32 minutes then stretched"
    text = _programmes(text)
    if ("c25k" in text or "to 5k" in text) and _PLAN.search(text):
        text = _PLAN_STEP.sub(" ", text)  # "c25k week 4 day 1 done! 28 mins total"
    text = _drop_circumstance(drop_ailments(drop_readings(drop_metrics(drop_goal_time(text)))))
    text = drop_other_figures(drop_conditions(text))  # after "hit the wall at mile 20" went
    text = weigh_ins_said_around(drop_body_measured(drop_saved_for(text)))
    if "step" in text:
        text = _STEPS.sub(" ", text)  # "10k steps today": daily living, no run
    if "night" in text or "nite" in text:
        text = _FOOD_NIGHT.sub(_food_night, text)  # "pizza nite 3 slices", "curry night, ..."
    if " day" in text or "day " in text:
        text = _REST_DAY.sub(" ", text)  # "wine 2 glasses and a rest day": food is still eaten
        if (heading := _DAY_HEADING.match(text)) is not None:
            text = text[heading.end() :]  # "long run day: 6am toast + honey, ran 18 mi ..."
    return text


def _food_s_kcal(m: re.Match[str]) -> str:
    """An emoji before a kcal: no break after a food's word, a clause's end after a
    session's ("easy run 💪 300 kcal" is the run's energy)."""
    before = m.string[: m.start()].split()
    word = before[-1] if before else ""
    return "; " if word in _RUN_WORDS or word in ACTIVITY_WORD_SET else " "


def _marks_as_words(text: str) -> str:
    """Bullets and emoji as the punctuation they stand for."""
    if "\u20e3" in text:
        text = _KEYCAP.sub(r" \g<n>) ", text)  # "1️⃣ porridge 2️⃣ 10k": a numbered list
    if "•" in text:  # a bullet starting a line is no word; within a line, a comma
        text = _BULLET_INSIDE.sub(", ", _BULLET_STARTS.sub("", text))
    if "⚖" in text:
        text = _SCALES.sub("; weight ", text)  # "⚖️ 72.4": the scales' reading, a clause
    if _EMOJI.search(text) is not None:
        text = _EMOJI_BEFORE_KCAL.sub(_food_s_kcal, text)  # "pizza 🍕 560kcal": the pizza's
        text = _EMOJI.sub("; ", text)  # "5k 27:30 💪 eggs on toast after": two clauses
    return text


#: A clock leading a line or a part of a day's log: "6:00 coffee", "12:30 tuna sandwich".
_LEADING_CLOCK = re.compile(
    r"(?:^|(?<=\n)|(?<=,\s)|(?<=;\s))(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9])(?![0-9:.])"
    r"(?!\s*(?:am|pm)\b)(?=\s+[a-z0-9])"
)


def _latest_minute(hour: int, minute: int) -> int:
    """The minute of the day of a clock's latest reading ("6:00": 18:00; "12:30", "19:30": as
    said)."""
    return ((hour + 12) if hour < 12 else hour) * 60 + minute


def _morning_clocks(text: str) -> str:
    """A day's log by the clock in the order of the day: a clock said without am or pm that a
    later one comes before in the afternoon reading ("6:00 coffee\n...\n12:30 tuna sandwich")
    is the morning's, and so is every one where the log writes the 24-hour clock ("19:30",
    "06:10"); written with its zero, as the 24-hour reader reads it."""
    clocks = list(_LEADING_CLOCK.finditer(text))
    if len(clocks) < 2:
        return text
    day_clock = any(int(c["h"]) >= 13 or c["h"].startswith("0") for c in clocks)
    latest = [_latest_minute(int(c["h"]), int(c["m"])) for c in clocks]
    out, at = [], 0
    for i, clock in enumerate(clocks):
        hour, pm = int(clock["h"]), latest[i]
        if len(clock["h"]) == 1 and 1 <= hour <= 11 and (
            day_clock or any(later < pm for later in latest[i + 1 :])
        ):
            out.append(text[at : clock.start()] + f"0{hour}:{clock['m']}")
            at = clock.end()
    return "".join(out) + text[at:] if out else text


#: A clock time typed with the letter O for a zero: "51:3O", "1:5O:20", "4O:15".
_TYPED_O = re.compile(r"(?<![\w:.])[0-9o]{1,2}(?::[0-9o]{2}){1,2}(?![\w:])")
#: A day's log headed by its weekday cut short ("Tues\n• porridge ..."): the weekday.
_SHORT_WEEKDAY = re.compile(
    r"(?P<day>mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)\.?(?=[^\S\n]*:?\n)"
)
_WEEKDAY = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
    "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip


def _zeros(m: re.Match[str]) -> str:
    said = m[0]
    if "o" not in said or sum(c.isdigit() for c in said) < 2:
        return said
    return said.replace("o", "0")


#: "weighted" typed for "weighed" before a body's weight: "weighted 71,6 kg", "weighted in at
#: 172 lbs" (not "weighted vest 10kg", "weighted lunges 2x20kg").
_WEIGHTED = re.compile(
    r"\bweighted\s+(?:in\s+(?:at\s+)?)?(?=(?:[3-9][0-9]|[1-3][0-9]{2})(?:[.,][0-9]{1,2})?"
    r"\s*(?:kg|kgs|kilos?|lbs?|pounds|st)?(?![a-z0-9.,]))"
)


#: A number or a clock said roughly: "7ish", "6pm-ish", "20ish min". The "ish" says nothing
#: more; a bare hour heading its part ("6ish: 5k 26:00", "10ish: a banana") is that clock.
_ISH = re.compile(
    r"(?<![0-9.:])(?P<n>[0-9]{1,3}(?::[0-5][0-9])?)\s*(?P<half>am|pm)?\s*-?ish\b(?P<head>\s*:)?"
)


#: A clock said roughly with a tilde: "~1pm lunch: curry", "~07:30 porridge".
_ABOUT_CLOCK = re.compile(
    r"~\s*(?=(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9])?\s*(?:am|pm)\b|(?:[01]?[0-9]|2[0-3]):[0-5][0-9]\s+[a-z])"
)


def _without_ish(m: re.Match[str]) -> str:
    said = m["n"] + (m["half"] or "")
    if m["head"] and not m["half"] and ":" not in said and int(said) <= 23:
        return f"{said}:00"  # "6ish:": the clock heading its part
    return said + (m["head"] or "")


def _as_meant(text: str) -> str:
    """A time typed with an O for a zero ("51:3O": 51:30), a heading weekday cut short
    ("tues\n...": "tuesday\n..."), miles typed "mils" ("8 mils 1:10:00": a word, but not of
    a run), a number or a clock said roughly ("7ish", "~1pm": 7, 1pm)."""
    if ":" in text and "o" in text:
        text = _TYPED_O.sub(_zeros, text)
    if "ish" in text:
        text = _ISH.sub(_without_ish, text)
    if "~" in text:
        text = _ABOUT_CLOCK.sub("", text)
    if "mils" in text:
        text = _MILS.sub(" miles", text)
    if "weighted" in text:
        text = _WEIGHTED.sub("weighed ", text)  # "weighted 71,6 kg": weighed, no weighted vest
    if (day := _SHORT_WEEKDAY.match(text)) is not None:
        text = _WEEKDAY[day["day"]] + text[day.end() :]
    if ":" in text and ("\n" in text or ", " in text or "; " in text):
        text = _morning_clocks(text)  # "6:00 coffee\n...\n12:30 tuna sandwich": 06:00
    return text


#: An apology alone between two foods, the second with its article: a correction of the first
#: ("a mince pie, sorry, a meat pie", "a bagel, oops, a croissant"), read as "i mean"
#: (items.CORRECTION); "sorry, 3" before a number is corrections.settle's.
_SORRY_THEN_FOOD = re.compile(r"\s*,\s*(?:sorry|soz|oops|whoops)\s*,\s*(?=an?\s)")


#: A church feast's word before its weekday: "Ash Wednesday", "Maundy Thursday", "Shrove
#: Tuesday", "Palm Sunday", "Holy Saturday", "Easter Monday", "Whit Monday": the weekday, no
#: food nor figure ("ash" is no food; "good" in "Good Friday" is chatter already).
_FEAST_DAY = re.compile(
    r"\b(?:ash|maundy|shrove|palm|holy|easter|whit)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
)


#: A share of a whole restated in grams: "half my easter egg, it's 200g so 100g of milk
#: chocolate", "a third of the bar, the bar is 300g so 100g": the grams are what was eaten.
_SHARE_RESTATED = re.compile(
    r"(?P<lead>^|[.;\n]\s*)(?P<verb>(?:i\s+)?(?:ate|had|scoffed)\s+)?"
    r"(?:half|a\s+half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)\s+(?:of\s+)?"
    r"(?:my|the|a|an|our)?\s*(?P<food>[a-z][a-z' ]{1,40}?)\s*,?\s*"
    r"(?:it'?s|it\s+is|which\s+is|(?:the\s+)?(?:bar|bag|egg|pack|box|tub)\s+is)\s+[0-9]{2,4}\s*g"
    r"\s*,?\s*so\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<grams>[0-9]{1,4})\s*g\b"
    r"(?:\s+of\s+(?P<what>[a-z][a-z' ]{1,40}))?"
)
_SIZE_WORDS = re.compile(r"^(?:(?:big|large|small|little|giant|whole)\s+)+")


def _share_in_grams(m: re.Match[str]) -> str:
    """The grams eaten, of the food named after them or of the whole shared."""
    food = m["what"] or _SIZE_WORDS.sub("", m["food"])
    return f"{m['lead']}{m['verb'] or ''}{m['grams']}g of {food}"


def _foods_as_meant(text: str) -> str:
    """Foods named as their company, a correction or a day's name mean them."""
    if " so " in text and "g" in text:
        text = _SHARE_RESTATED.sub(_share_in_grams, text)  # "half my egg, it's 200g so 100g"
    if "sorry" in text or "oops" in text or "soz" in text:
        text = _SORRY_THEN_FOOD.sub(", i mean ", text)  # "a mince pie, sorry, a meat pie"
    text = us_biscuits(text)  # "2 biscuits with butter and grits at the diner"
    text = bbq_burgers(text)  # "2 burgers in buns at the club bbq": a patty in a roll each
    text = bakes_said(text)  # "made banana bread, had 2 slices", "3 sausages off the barbie"
    text = savoury_pies(text)  # "a pie with sauce at the footy": a meat pie
    text = sliced_tortilla(text)  # "a slice of tortilla": the spanish omelette
    if "day" in text:
        text = _FEAST_DAY.sub("", text)  # "ash wednesday, just soup": the wednesday, no ash
    if "cal" in text and " and " in text:
        text = _FILLED_AT_A_KCAL.sub(r"\g<a> \g<b>", text)  # "pb and honey wrap (420 kcal)"
    if " at the " in text and ":" in text:
        text = _FOOD_AT_A_RACE.sub(_race_then_its_food, text)  # "corn dog at the fair 5k, 26:10"
    return text


def _normalize(text: str) -> str:
    """The message as the readers expect it (see the module docstring)."""
    text = stopped_part_way(_as_meant(race_names_in_miles(text[:MAX_CHARS]).lower()))
    text = weight_commas(weigh_in_hashtags(text))  # "#weighin 70.2kg #fitfam", "79,8 today"
    text = hedged_kcal(appetite_said(captions_said(text)))  # "#treatyoself", "anxious, only ..."
    text = per_hundred_said(text)  # "half the 400g pack, 155 kcal per 100g": 310 kcal of it
    text = path_stages(text)  # "camino day 5: 27 km in 6:40": a hike, its day no heading
    text = without_fasting_words(text)  # "5:2 fast day: 2 eggs", "eating window 12-8: ..."
    text = weight_from_to(runs_by_day(weight_then_race(weight_changes_said(text))))
    text = weigh_ins_unsaid(without_past_comparison(unit_first(text)))
    if not text.isascii() or "\t" in text:  # every other character translated is non-ASCII
        text = _marks_as_words(text.translate(_TRANSLATE))
    if "  " in text or not text.isprintable():  # the only printable white space is " "
        text = _WHITESPACE.sub(_one_space, text)
    text = counts_in_brackets(text)  # "pancakes (3 with maple syrup)": 3 pancakes
    if "!)" in text:
        text = _EXCLAIMED_ASIDE.sub(r"\g<label> (\g<aside>)", text)  # "dinner (late!) lasagne"
    text = normalize_numbers(spoken_numbers(text))  # "seventy one point four": 71.4
    text = runners_words(text)  # "the 1500 in 4:38": 1500 m; "mob match over 5 miles"
    text = part_of_a_whole(text)  # "frozen pizza, ate half (1020 for the whole thing)"
    text = asked_after_a_meal(text)  # "ate a croissant, was that a mistake?": the croissant
    text = club_social(text)  # "run club christmas do: 3 glasses of prosecco": no run
    text = _list_lines(text)  # "1. porridge 2. tuna sandwich", "oats / soup / pasta": a line each
    text = _letter_lines(text)  # "b oats\nl soup\nd curry": b, l and d are labels
    text = _meals_and_milks(text)
    if ("&" in text or " and " in text or " n " in text) and _ANY_JOINED_NAME.search(text):
        for pattern, name in _JOINED_NAMES:
            text = pattern.sub(name, text)
    text = text.replace(" w/ ", " with ").replace(" w ", " with ").replace("&", " and ")
    text = in_plain_words(text)  # "porridge wi salt, nae sugar", "fish supper fae the chippy"
    text = _foods_as_meant(text)
    text = _labels_as_read(text)
    if "topped" in text:
        text = _TOPPED.sub(" with ", text)  # "toast topped with avocado"
    if "deal," in text:
        text = _DEAL_THEN_PARTS.sub(r"\g<head>: ", text, count=1)  # "meal deal, blt, crisps"
    if "maurten" in text:
        text = _MAURTEN.sub(_maurten, text)  # "maurten 160 x2": two 160 kcal gels
    if '"' in text:
        text = _INCHES.sub(r"\g<n> inch", text)  # "turkey sub 6\"": a six-inch sub
    text = _drop_words_that_log_nothing(_normalize_sessions(text))
    if "- " in text or ": " in text or "> " in text:
        text = _clock_headings(text)  # "9:00 - porridge", "morning: porridge, evening: pasta"
    if "climb" in text:
        text = _CLIMB_FIGURE.sub(_climb_figure, text)
    if "mile" in text or "without" in text:
        text = _A_MILE.sub("1 mile", text)  # "a whole mile without walking, 13:05"
        text = _MILE_RACE.sub("1 mile ", text)  # "mile time trial 6:12"
        text = _NONSTOP.sub("nonstop", text)
    return text


def _labels_as_read(text: str) -> str:
    """A day log's labels where the meal reader looks for them: "tea" starting a piece as
    "tea:" ("lunch jacket, tea bangers and mash"), a kcal after "for lunch" before it ("a wrap
    for lunch 450 kcal": "a wrap 450 kcal for lunch"), "before bed" as "pre-bed", a part named
    after it ("2 eggs = breakfast") as named before it, a meal's food in brackets after its
    clock ("dinner at 12.30 (cottage pie)") after a colon."""
    if "tea " in text and _OTHER_LABEL.search(text):
        text = _TEA_LABEL.sub(r"\1tea: ", text)
    if "before bed" in text:
        text = _BEFORE_BED.sub("pre-bed", text)  # "before bed: a banana", "yoghurt before bed"
    if "(" in text and ("at " in text or "@" in text):
        text = _LABEL_CLOCK_BRACKETED.sub(r"\g<label> at \g<clock>: \g<food>;", text)
    if "=" in text:
        text = _NAMED_AFTER.sub(r"\g<label>: \g<what>", text)  # "2 eggs = breakfast, ..."
    if "):" in text:
        text = _LABEL_ASIDE.sub(_label_s_clock, text)  # "brunch (late, 11): eggs": "brunch:"
    if "for " in text and ("cal" in text or "(" in text):
        text = _KCAL_AFTER_LABEL.sub(_said_before_the_label, text)
    if "@" in text or "am " in text or "pm " in text or "at " in text:
        text = _LABEL_CLOCK_FOOD.sub(_label_at_clock, text)
    if "much" in text or "nothing" in text:
        text = _HARDLY_ANYTHING.sub(_label_of_little, text)  # "lunch nothing much just an apple"
    if " and " in text and _LABELS_LISTED.search(text) is not None:
        text = _LABELS_LISTED.sub("meals", text)  # "my breakfast, lunch and dinner are ..."
    if len(_RUN_ON_LABEL.findall(text)) >= 2 and _FIRST_LABEL.match(text) is not None:
        text = _RUN_ON_LABEL.sub(", ", text)  # "breakfast porridge lunch soup dinner curry"
    if text[:3] in _WEEKDAY or "\n" in text:
        text = _SHORT_DAY_OF_MEALS.sub(lambda m: f"{_WEEKDAY[m['day']]}: ", text)  # "mon: b'fast"
    if "dinner" in text and "tea" in text and (tea := _TEA_MEAL.search(text)) is not None:
        text = _MIDDAY_DINNER.sub("lunch", text[: tea.start()]) + text[tea.start() :]
    return text


#: A part of a day's log named after it with "=": "2 eggs & a bagel = breakfast, tuna salad
#: 350 kcal = lunch, 6 mi 54:00 = run" is "breakfast: 2 eggs & a bagel, lunch: ...".
_NAMED_AFTER = re.compile(
    rf"(?:^|(?<=[,;\n]))(?P<what>[^,;=\n]*?[a-z0-9)])\s*=\s*(?P<label>{LABEL_ALT}|tea|run|weight)"
    r"\s*(?=[,;\n]|$)"
)
#: A meal told with its clock and its food in brackets after: "had my dinner at 12.30 (cottage
#: pie 500 kcal) and my tea at 6 (cheese on toast)" is "dinner at 12.30: cottage pie 500 kcal;
#: tea at 6: cheese on toast;".
_LABEL_CLOCK_BRACKETED = re.compile(
    rf"(?:\band\s+)?(?:\bhad\s+)?(?:\bmy\s+)?\b(?P<label>{LABEL_ALT}|tea)\s+(?:at\s+|@\s*)"
    r"(?P<clock>[0-9]{1,2}(?:[:.][0-5][0-9])?(?:\s*(?:am|pm))?)\s*\((?P<food>[^()\n]{2,80})\)"
)
#: An aside in brackets between a meal's label and its colon, with a comma or words beside a
#: clock: "brunch (late, 11ish): 2 eggs", "lunch (at my desk): soup". The label heads the food;
#: a clock in the aside is the meal's.
_LABEL_ASIDE = re.compile(
    rf"\b(?P<label>{LABEL_ALT}|tea)\s*\((?P<aside>[^()\n]*?(?:,|[a-z]\s)[^()\n]*?)\)\s*:"
)
_ASIDE_CLOCK = re.compile(r"\b[0-9]{1,2}(?:[:.][0-5][0-9])?(?:\s*(?:am|pm))?\b")


def _label_s_clock(m: re.Match[str]) -> str:
    clock = _ASIDE_CLOCK.search(m["aside"])
    return f"{m['label']} at {clock[0]}:" if clock is not None else f"{m['label']}:"


#: Food before sleep, the snack "pre-bed" labels.
_BEFORE_BED = re.compile(r"\bbefore\s+bed(?:time)?\b")
#: A meal said to be little before what it was: "lunch nothing much just an apple", "dinner:
#: not much, only soup", "nothing much for dinner, just an apple". The food after is the meal.
_HARDLY_ANYTHING = re.compile(
    rf"\b(?P<label>(?:{LABEL_ALT}|tea)\s*(?::|-|was\b)?)\s*(?:was\s+)?(?:nothing much|not much"
    r"|nothing really|nothing special|nothing big|not a lot)\s*[,-]?\s*(?:just|only)\s+"
    # the label after the little: "nothing much for dinner, just an apple"
    r"|\b(?:nothing much|not much|nothing really|not a lot)\s+for\s+(?:my\s+)?"
    rf"(?P<after>{LABEL_ALT}|tea)\s*[,-]?\s*(?:just|only)\s+"
)


def _label_of_little(m: re.Match[str]) -> str:
    return f"{m['label']} " if m["label"] else f"{m['after']}: "


#: The meals themselves listed, with no food between them: "breakfast, lunch and dinner",
#: "lunches and dinners". Talk about meals (a plan, a habit), no meal's label.
_LABELS_LISTED = re.compile(
    r"\b(?:breakfast|lunch|dinner|supper|snack)(?:e?s)?(?:\s*,\s*(?:breakfast|lunch|dinner"
    r"|supper|snack)(?:e?s)?)*\s+and\s+(?:breakfast|lunch|dinner|supper|snack|tea)(?:e?s)?\b"
    r"(?!\s*(?::|-|=|was\b|were\b))"
)
#: A day's log whose labels run on with no mark between the meals: "breakfast porridge lunch
#: soup dinner curry". A cut before each label after the first; not after a word that makes
#: the label a dish's or says which meal ("roast dinner", "pub lunch", "for lunch"), nor
#: before a kcal ("roast beef dinner 800 kcal").
_MAIN_LABEL = r"(?:breakfast|brekkie|brekky|lunch|dinner|supper)"
_FIRST_LABEL = re.compile(rf"\s*(?:[a-z]+\s*:\s*)?{_MAIN_LABEL}\s+[a-z0-9]")
_RUN_ON_LABEL = re.compile(
    r"(?<=[a-z0-9)] )"
    + not_after(("for", "at", "my", "a", "an", "the", "of", "and", "or", "to", "with", "after",
                 "before", "chippy", "school", "roast", "sunday", "christmas", "xmas", "pub",
                 "packed", "work", "late", "early", "big", "light", "quick", "ready", "tv",
                 "team", "family", "chicken", "turkey", "beef", "lamb", "pork", "hotel",
                 "boxed", "frozen", "microwave", "post-run", "pre-run"))
    + rf"(?={_MAIN_LABEL}\s+(?![0-9.]+\s*k?cal)(?:[a-z0-9]))"
)
#: A day's log of meals headed by its weekday cut short: "mon: breakfast toast, lunch soup".
_SHORT_DAY_OF_MEALS = re.compile(
    r"(?:^|(?<=\n))(?P<day>mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)\.?\s*(?::|-+|,)\s*"
    rf"(?=(?:{LABEL_ALT}|tea)\b)"
)
#: Where "tea" is the evening meal, "dinner" before it is the midday meal (in Ireland,
#: Scotland and the north of England): "dinner: stew and spuds, tea: beans on toast" is lunch
#: and dinner. (A roast or Sunday dinner, and dinner rolls, keep their names.)
_TEA_MEAL = re.compile(
    r"\btea\s*(?::|-\s|was\b|at\s+[0-9]{1,2}(?:[:.][0-5][0-9])?(?:\s*(?:am|pm))?:)"
    r"|\bfor (?:my |our )?tea\b"
)
_MIDDAY_DINNER = re.compile(
    r"(?<!roast )(?<!sunday )(?<!christmas )(?<!xmas )\bdinner\b(?!\s+(?:rolls?|lady|ladies"
    r"|party|date|out)\b)"
)


#: A meal's label and its clock before its food with nothing between: "breakfast @ 6:30
#: oatmeal", "lunch at 12:15 a sandwich", "tea 6pm pie and mash" (read as "tea at 6pm: pie and
#: mash"). The clock is one only with "@", a colon, or am/pm: "lunch at 2 cafes" names none.
_LABEL_CLOCK_FOOD = re.compile(
    rf"(?:^|(?<=[,;\n.]))\s*(?P<label>{LABEL_ALT}|tea)\s+(?:@\s*(?P<clock>[0-9]{{1,2}}"
    r"(?:[:.][0-5][0-9])?(?:\s*(?:am|pm))?)|(?:at\s+)?(?P<clock2>[0-9]{1,2}(?::[0-5][0-9])?"
    r"\s*(?:am|pm)|[0-9]{1,2}:[0-5][0-9]))\s+(?=[a-z])(?!am\b|pm\b|min|hour|hr)"
)


_MILS = re.compile(r"(?<=[0-9])\s*mils\b")
#: A clock written as a label: "7am - 2 eggs", "1pm: soup", "08:00 -> oats" (read as "7am 2 eggs").
#: A size in inches written with the inch mark ("turkey sub 6\"", "a 12\" pizza"); not the
#: seconds of a pace or time (41'30", 9'00"/mi), nor a height (5'11").
_INCHES = re.compile(r"(?<![0-9'.:])(?<!' )(?P<n>[0-9]{1,2})\"(?![0-9])")
#: A part of the day heading a day's log: "morning: porridge, afternoon: banana, evening:
#: pasta", "am: oats / pm: chicken wrap". Each is that part's clock (PART_OF_DAY), so each
#: starts a meal of its own as "07:00 porridge, 15:00 banana" would.
_PART_HEADING = re.compile(
    r"(?:^|(?<=[,;\n/|.])|(?<=[a-z] )(?=(?:afternoon|evening|night|pm)\s*:))"  # "... pm: wrap"
    r"\s*(?P<part>mid-?morning|mid-?afternoon|morning|afternoon|evening|night|am|pm)\s*(?::|-+)"
    r"\s+(?=[a-z0-9])"
)
_PART_CLOCKS = {
    "am": "morning", "pm": "afternoon", "midmorning": "mid-morning",
    "midafternoon": "mid-afternoon",
}  # fmt: skip


#: "arvo:" heading a run's figures is the afternoon's run ("arvo: 10k 54:00"), not a snack's
#: label as it is before food ("arvo: an apple").
_ARVO_RUN = re.compile(r"\barvo\s*(?::|-+|=)\s*(?=[0-9.]+\s*(?:k|km|kms|mi|miles?)\b)")


def _clock_headings(text: str) -> str:
    """A day's log headed by clock times or parts of the day, as clock times before food."""
    if "arvo" in text:
        text = _ARVO_RUN.sub("afternoon: ", text)
    if ("ing" in text or "m" in text or "night" in text) and _PART_HEADING.search(text):
        text = _PART_HEADING.sub(_part_clock, text)  # "morning: porridge, evening: pasta"
    if _LABEL_THEN_CLOCK.search(text):
        text = _LABEL_THEN_CLOCK.sub(_label_at_clock, text)  # "lunch 12:30 - soup"
    if _CLOCK_LABEL.search(text):
        text = _CLOCK_LABEL.sub(r"\g<clock> ", text)  # "9:00 - porridge"
    return text


_HEADING_CLOCK = r"[0-9]{1,2}(?:[:.][0-5][0-9])?(?:\s*(?:am|pm))?"
#: A meal's label and its clock time heading its food, either way round: "lunch 12:30 - soup",
#: "dinner 7 - salmon", "12:30 lunch: soup"; read as "lunch at 12:30: soup" (the clock is the
#: meal's time, not a count of the food).
_LABEL_THEN_CLOCK = re.compile(
    rf"(?:^|(?<=[,;\n]))\s*(?:(?P<label>{LABEL_ALT}|tea)\s+(?:at\s+|@\s*)?(?P<clock>{_HEADING_CLOCK})"
    rf"|(?P<clock2>{_HEADING_CLOCK})\s+(?P<label2>{LABEL_ALT}|tea))\s*(?:-+>?|=>?|:|–)\s+(?=[a-z0-9])"
)


def _label_at_clock(m: re.Match[str]) -> str:
    label, clock = m["label"] or m["label2"], m["clock"] or m["clock2"]
    if label == "tea":  # "tea" labels a meal only right before its colon
        return f" tea: at {clock} "
    return f" {label} at {clock}: "


#: A day's log with a line per meal, each opening with the meal's letter ("b oats", "l soup",
#: "d curry"): the letters are labels, as "b: oats" is.
_LETTER_LINE = re.compile(r"(?:^|(?<=\n))(?P<w>[bldst])\s+(?=[a-z0-9])")


#: A plant named by a volume is its milk: "oat milk latte, 300ml oat", "200 ml soya" (oats are
#: weighed, never poured).
_PLANT_BY_VOLUME = re.compile(
    r"\b(?P<v>[0-9]+(?:\.[0-9]+)?\s*(?:ml|l|litres?|liters?|fl oz))\s+(?:of\s+)?"
    r"(?P<plant>oat|oats|soy|soya|almond|cashew|hemp|coconut)\b(?!\s+(?:milk|drink|m\b|mylk))"
)
#: A meal by its number before a spaced dash: "meal 1 - porridge, meal 2 - tuna pasta".
_NTH_MEAL_DASH = re.compile(r"\bmeal\s*#?(?P<n>[1-9])\s+[-–—]\s+")
#: A day's meals by letters in brackets on one line: "b) porridge l) soup d) curry r) 8k".
_LETTER_PARENS = re.compile(r"(?:^|(?<=\s))(?P<w>[bldsrw])\)\s+(?=[a-z0-9])")


def _meals_and_milks(text: str) -> str:
    """ "meal 2 - tuna pasta" as "meal 2: tuna pasta"; "300ml oat" as "300ml oat milk"."""
    if "meal" in text:
        text = _NTH_MEAL_DASH.sub(r"meal \g<n>: ", text)
    if "ml" in text or " l " in text or "fl oz" in text:
        text = _PLANT_BY_VOLUME.sub(r"\g<v> \g<plant> milk", text)
    return text


def _letter_lines(text: str) -> str:
    """Letters heading a day's meals, a line each ("b oats\nl soup\nd curry") or in brackets
    ("b) porridge l) soup d) curry"): the labels "b:", "l:", "d:"."""
    if ")" in text and len(parens := [m["w"] for m in _LETTER_PARENS.finditer(text)]) >= 2 and (
        len(set(parens)) == len(parens)
    ):
        text = _LETTER_PARENS.sub(
            lambda m: f"{', ' if m.start() and text[m.start() - 1] != chr(10) else ''}"
            f"{'weight' if m['w'] == 'w' else m['w']}: ",  # "w) 71.2": the weigh-in
            text,
        )
    if "\n" not in text:
        return text
    letters = [m["w"] for m in _LETTER_LINE.finditer(text)]
    if len(set(letters)) < 2 or len(letters) != len(set(letters)):
        return text
    return _LETTER_LINE.sub(r"\g<w>: ", text)


def _part_clock(m: re.Match[str]) -> str:
    """The part's clock before food; before a session ("am: swim 2k 45 min") the heading stays
    (a session's clock is when it started, read by the session's own words)."""
    rest = _UP_TO_THE_NEXT.match(m.string, m.end())
    said = rest[0] if rest is not None else ""
    if _classify(_Clause(said, question=False), said) != "meal":
        return m[0]
    part = _PART_CLOCKS.get(m["part"], m["part"])
    clock = PART_OF_DAY[part]
    mid_line = m.start() and m.string[m.start() - 1] not in ",;\n/|."
    lead = ", " if mid_line else " "
    if part.startswith("mid-"):  # between meals: "mid-morning: banana" is a snack
        return f"{lead}snack at {clock:%H:%M}: "
    return f"{lead}{clock:%H:%M} "  # "... pm: wrap": a part of its own


_UP_TO_THE_NEXT = re.compile(r"[^,;.\n/|]*")


_CLOCK_LABEL = re.compile(
    r"(?:^|(?<=[,;\n]))(?P<clock>\s*(?:[0-9]{1,2}(?:[:.][0-5][0-9])?\s*(?:am|pm)"
    r"|(?:[01]?[0-9]|2[0-3]):[0-5][0-9]))\s*(?:-+>?|=>?|:)\s+(?=[a-z0-9])"
)


def _climb_figure(m: re.Match[str]) -> str:
    number = m["n"] or m["n2"]
    return f"+{number}{m['u'] or m['u2']}" if number else "hilly"


def _other_sports_figures(text: str) -> str:
    """Figures of a place, a track or another sport, in the parser's words: a height is no
    distance, a sprint is metres in seconds, laps of a stated length are their sum, an
    obstacle race's counts are nothing, a race walk and a paddleboard are sessions."""
    if _ALTITUDE_HINT.search(text) is not None:
        text = _without_altitude(text)  # "Iten 2400m, easy 12 km": no 2.4 km run
    if "s" in text and _SPRINT_SECONDS.search(text) is not None:
        text = _sprint(text)  # "100m at the masters, 13.8 secs": 0.1 km
    if "lap" in text:
        text = _laps_of_a_length(text)  # "0.4 mi a lap x 12": 7.72 km
    if " is " in text and " it " in text:
        text = _loops_run(text)  # "the loop is 5k, ran it twice in 52:00": 10 km
    if any(hint in text for hint in _RACE_COUNT_HINTS):
        text = _RACE_COUNTS.sub(" ", text)  # "Spartan Sprint: 5 km, 20 obstacles, 58:10"
    if "walk" in text and "race" in text:
        text = _RACE_WALK.sub(r"racewalk\g<end>", text)  # "20k race walk": no race run
    if "sup" in text or "paddle" in text:
        text = _PADDLE_BOARD.sub("paddleboard", text)  # "SUP session 50 min"
    if "rehab" in text or "physio" in text:
        text = _REHAB_DONE.sub("prehab", text)  # "physio rehab exercises 20 min"
    if "-" in text and _HYPHENED_SPORT.search(text) is not None:
        text = _HYPHENED_SPORT.sub(_sport_in_words, text)  # "jiu-jitsu 1.5 hrs", "ping-pong"
    return text


#: Sports written with a hyphen, which engine/activities.py names with a space or as one word.
_HYPHENED_SPORT = re.compile(
    r"\b(?:jiu|ju)-jitsu\b|\bjiu-jutsu\b|\btae-?kwon-do\b|\btaekwon-do\b|\bmuay-thai\b"
    r"|\bkrav-maga\b|\bping-pong\b|\btable-tennis\b|\bkick-boxing\b|\bkung-fu\b|\btai-chi\b"
    r"|\bsnow-?shoe(?:s|d|ing)?\b|\bsnow-board(?:ing|ed)?\b|\bhip-hop\b|\bpickle-ball\b"
)


def _sport_in_words(m: re.Match[str]) -> str:
    word = m[0]
    if word.startswith(("snow", "pickle", "tae")):
        return word.replace("-", "")  # "snow-shoeing", "tae-kwon-do": one word
    return word.replace("-", " ")


#: Exercises a physio set, done and timed: a gym session ("physio rehab exercises 20 min",
#: "rehab session done"); "my physio gave me rehab exercises" is none.
_REHAB_DONE = re.compile(
    r"\b(?:physio\s+)?(?:rehab|physio|prehab)\s+(?:exercises|session|work|routine)\b"
    r"(?=[^.;!?\n]*?(?:[0-9]\s*(?:min|mins|minutes|h|hr|hrs|hour|hours)\b|\bdone\b))"
)


def _golf_round(m: re.Match[str]) -> str:
    return "golf round" if m["full"] else "golf half round"


def _sports_said_otherwise(text: str) -> str:
    """Sports said by their figures or their day, in the parser's words, and words of a sport
    that name none."""
    if "holes" in text:
        text = _GOLF_HOLES.sub(_golf_round, text)  # "18 holes this morning": a round of golf
    if "19th" in text:
        text = _NINETEENTH.sub("the clubhouse", text)  # "19th hole: a pint": the bar, no date
    text = golf_said(text)  # "played 18 in 4h20", "range session, 2 buckets"
    text = lessons_waited_through(text)  # "swimming lesson wait = 30 min on the treadmill"
    text = riding_said(rowing_said(text))  # "14 km in the eight", "2 hour hack on the cob"
    text = mtb_said(text)  # "blue route twice round, 2 hours, 26 km": a mountain bike ride
    text = dive_depths(text)  # "scuba dive 55 min, 18 m max": no 18 minutes
    text = dips_said(text)  # "sea dip at sunrise, 12 min": a short open water swim
    text = gym_machines(text)  # "20 min on the bike at the gym": the gym bike, no weights
    text = hills_walked(text)  # "up Snowdon and back, 5 hours": a hike
    text = sessions_not_done(text)  # "no swim today but cycled 25 km": the ride alone
    text = cooper_test(text)  # "cooper test: 2,840 m": a run of 12 minutes
    text = brick_remark(heat_and_cold(text))  # "sauna 20 min", "..., brick thursday"
    if "walking lunge" in text:
        text = text.replace("walking lunge", "lunge")  # sets of an exercise, no walk
    if "golf" in text and "walk" in text:
        text = _GOLF_WALKED.sub("carried", text)  # "18 holes, walked and carried": no walk
    if "league" in text:
        text = _DAY_LEAGUE.sub(r"\g<0> football", text)  # "sunday league 90 mins": a game
    if "plain sailing" in text:
        text = text.replace("plain sailing", "plain going")  # "the taper was plain sailing"
    if "skipp" in text:
        text = _SKIPPING_TIMED.sub("jumprope", text)  # "skipping 10 mins": the rope
    if "rope" in text:
        text = _ROPE_COUNT.sub(" ", text)  # "jump rope 15 min, 1500 skips": no 1500 of a food
    return text


def _normalize_sessions(text: str) -> str:
    """Figures of sessions written the long way round, in the parser's words."""
    if " and a half" in text:
        text = _AND_A_HALF.sub(r"\1.5", text)  # "12 stone 7 and a half", "2 and a half miles"
    if "side" in text:
        text = _A_SIDE.sub("football", text)  # "played 5-a-side 50 mins"
    text = _sports_said_otherwise(text)
    if "aqua" in text or "water" in text or "pool" in text:
        text = _WATER_RUN.sub("aquajogging", text)  # "deep water running 30 mins"
        text = _IN_THE_POOL.sub(" ", text) if "aquajogging" in text else text  # no swim
    text = _other_sports_figures(text)
    if "chip" in text:
        text = _CHIP.sub(_no_chip, text)  # "3:59:01 chip", "chip time 42:18": no chips eaten
    if "gun" in text and (gun := _GUN_TIME.search(text)) is not None:
        rest = text[: gun.start()] + " " + text[gun.end() :]
        text = rest if _CLOCK.search(rest) else text  # the chip time is the runner's
    if "length" in text:
        text = _POOL_LENGTHS.sub(_pool_metres, text)  # "40 lengths of a 25m pool": 1000m
    if "y" in text and any(w in text for w in _SWIM_WORDS):
        text = _SWIM_YARDS.sub(r"\g<n>yd", text)  # "swim: 2000y in 36:00"
    if (" x" in text or "x " in text or "two" in text or "three" in text) and ":" in text:
        text = separate_runs(text)  # "2 x 5k: 25:10 and 24:40" is two runs
    if ("c25k" in text or "to 5k" in text) and _PLAN.search(text):
        text = _PLAN_STEP.sub(" ", text)  # "c25k week 4 day 1 done! 28 mins total"
    text = _named_workouts(text)
    if "walk" in text:
        text = _run_walk_said(text)
    text = _walked_or_climbed(text)
    if "off the bike" in text:
        text = _OFF_THE_BIKE.sub("brick run", text)  # "5k off the bike 24:30" is a run
    if "t1" in text or "t2" in text:
        text = _TRANSITION.sub(" ", text)  # a triathlon's changeovers are no session
    return text


#: Run/walk said with a slash inside brackets ("(run 3 / walk 1) x 5"), whose slash would cut
#: the run from the walk; or told as landmarks ("ran to the lamppost and walked to the next
#: one"): a run/walk session, its figures the whole's.
_RUN_WALK_SLASHED = re.compile(
    r"\(\s*(?P<r>run|jog)\s+(?P<rn>[0-9]{1,2}(?:\.[0-9])?)\s*(?:mins?|minutes|m)?\s*/\s*walk\s+"
    r"(?P<wn>[0-9]{1,2}(?:\.[0-9])?)\s*(?:mins?|minutes|m)?\s*\)\s*x\s*(?P<n>[0-9]{1,2})\b"
)
_RUN_WALK_LANDMARKS = re.compile(
    r"\b(?:ran|jogged|run|jog)\s+to\s+(?:the|a|one)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*(?:,\s*|\s+and\s+)"
    r"(?:then\s+)?walked\s+to\s+the\s+next(?:\s+one)?\b"
)


#: A parkrun walked, not run: "walked parkrun with my mum", "tail walker at parkrun", "parkrun
#: walk with the pram" (a walk of parkrun's 5 km; not "walked to parkrun").
_WALKED_PARKRUN = re.compile(
    r"\b(?:tail[- ]?walk(?:er|ed|ing)?|walked|walking)\s+(?:at\s+|the\s+|round\s+|around\s+)?"
    r"(?:(?:this|today's|saturday's|the)\s+)?parkrun\b"
    r"|\bparkrun\s+(?:as\s+a\s+)?(?:tail[- ]?)?walk(?:er|ed|ing)?\b"
)
_A_DISTANCE = re.compile(r"[0-9](?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\b")
#: Climbs of a flight of steps counted: "15 x the 180 steps", "30 reps of the 200 steps".
_FLIGHT_REPS = re.compile(
    r"\s*\b(?:x|times|reps\s+of|repeats\s+of|laps\s+of|up)\s+(?:the\s+)?[0-9]{2,4}\s+steps\b"
)


def _walked_or_climbed(text: str) -> str:
    """A parkrun walked as a walk of its 5 km ("tail walker at parkrun, 55:10"), and a flight
    of steps climbed again and again as a stair session ("15 x the 180 steps": no step count)."""
    if "walk" in text and "parkrun" in text and (m := _WALKED_PARKRUN.search(text)) is not None:
        rest = text[: m.start()] + " " + text[m.end() :]
        course = "the course" if _A_DISTANCE.search(rest) else "the 5 km course"
        text = _WALKED_PARKRUN.sub(f"walked {course}", text)  # its own "5k in 52:30" is the walk's
    if "steps" in text:
        text = _FLIGHT_REPS.sub(" stair reps", text)
    return text


#: Walking told as the parts of a run that were walked, before the run: "walked the hills,
#: ran the flats, 6 km 52 min", "walked up the hills, jogged the rest": one run/walk.
_WALKED_THE_HILLS = re.compile(
    r"\bwalked\s+(?:up\s+)?(?:the\s+|all\s+the\s+|most\s+of\s+the\s+)?(?:hills?|ups|uphills?"
    r"|climbs?|inclines?|steep\s+(?:bits|parts|sections))\b(?=[^.;!?\n]*\b(?:ran|jogged)\b"
    r"|\s*,?\s*but\b)"  # "walked the hills but did 4k in 33 min"
)
#: Walk breaks inside a run: "5k in 41:30 with walk breaks", "my first mile in 14:20 with one
#: walk break": one run/walk of the stated distance and time, no walk of its own.
_WALK_BREAKS = re.compile(
    r"\bwith\s+(?:a\s+(?:few|couple)\s+(?:of\s+)?|one|two|three|four|some|few|the\s+odd|a"
    r"|[0-9]{1,2}|my)?\s*walk(?:ing)?\s+breaks?\b"
)


#: Run/walk repeats told with commas ("90 sec jog, 2 min walk, 6 times"): one set, not a run,
#: a walk and a count apart.
_RUN_WALK_COMMAS = re.compile(
    r"\b(?P<r>[0-9]{1,3}\s*(?:s|secs?|seconds|mins?|minutes)\s+(?:jog|run))\s*,\s*"
    r"(?P<w>[0-9]{1,3}\s*(?:s|secs?|seconds|mins?|minutes)\s+walk)\s*,\s*"
    r"(?:x\s*(?P<x>[0-9]{1,2})\b|(?P<n>[0-9]{1,2})\s+times\b)"
)


def _one_set(m: re.Match[str]) -> str:
    return f"{m['r']} {m['w']} x {m['x'] or m['n']}"


def _run_walk_said(text: str) -> str:
    if "hill" in text or "up" in text or "climb" in text or "incline" in text or "steep" in text:
        text = _WALKED_THE_HILLS.sub("run/walk", text)
    if "break" in text:
        text = _WALK_BREAKS.sub("run/walk", text)
    if "," in text:
        text = _RUN_WALK_COMMAS.sub(_one_set, text)
    text = _RUN_WALK_SLASHED.sub(r"\g<r> \g<rn> min walk \g<wn> min x \g<n>", text)
    return _RUN_WALK_LANDMARKS.sub("run/walk", text)


#: Beginners' programmes by other names ("0-5k", "zero to 5k", "5k your way") are the couch
#: to 5k's kind: their numbers are no distance run. A step of a plan ("10k training plan week 4
#: day 2", "marathon plan wk 12") names no run either, nor makes the run a plan; a group's night
#: ("0-5k group night 3") is no figure.
_ZERO_TO_5K = re.compile(r"\b(?:0|zero|nought)\s*(?:-|to|2)\s*5\s*k\b|\b5k\s+your\s+way\b")
_PLAN_WEEK = re.compile(
    r"\b(?:[0-9.]+\s*(?:k|km|mi|miles?)|marathon|half(?:\s+marathon)?|ultra)\s+(?:training\s+)?"
    r"(?:plan|programme|program|block|schedule)\s*,?\s*(?:w|wk|week)\s*[0-9]{1,2}"
    r"(?:\s*,?\s*(?:d|day|run|session|r)\s*[0-9])?\b"
)
_GROUP_NIGHT = re.compile(r"\b(?:group\s+)?(?:night|session|wk|week)\s*[0-9]{1,2}\b(?!\s*(?:k|km))")
#: Run/walk said with a slash ("3 min run / 90s walk", "run 1 min / walk 90s x 8"): one
#: session, the slash no cut between a run and a walk.
_RUN_SLASH_WALK = re.compile(
    r"(?P<run>\b(?:[0-9.]+\s*(?:s|secs?|mins?|minutes|m)\s+(?:run|jog)|(?:run|jog)\s+[0-9.]+"
    r"\s*(?:s|secs?|mins?|minutes|m)?))\s*/\s*"
    r"(?=[0-9.]+\s*(?:s|secs?|mins?|minutes|m)\s+walk\b|walk\s+[0-9])"
)


def _programmes(text: str) -> str:
    """A beginners' programme's or a plan's numbers, which are no run's figures."""
    if "5" in text:
        text = _ZERO_TO_5K.sub("c25k", text)  # "0-5k group night 4: 2.9k in 24:10"
    if "c25k" in text and ("night" in text or "session" in text):
        text = _GROUP_NIGHT.sub(" ", text)
    if "plan" in text or "program" in text or "block" in text or "schedule" in text:
        text = _PLAN_WEEK.sub(" ", text)  # "10k training plan week 4 day 2: 6.5k in 39:10"
    if "/" in text and "walk" in text:
        text = _RUN_SLASH_WALK.sub(r"\g<run> ", text)  # "3 min run / 90s walk, 28 mins"
    return text


def _named_workouts(text: str) -> str:
    """Workouts known by a name of numbers, which are no figures of their own."""
    if "couch" in text:
        text = _COUCH_2.sub("couch to 5k", text)  # "couch 2 5k graduation run": no 2 x 5k
    if ("12" in text or "twelve" in text) and (m := _TWELVE_THREE_THIRTY.search(text)) is not None:
        rest = text[: m.start()] + " " + text[m.end() :]
        minutes = "" if _SESSION_FIGURE.search(rest) else " 30 min"
        # 12 %, 3 mph, 30 min: a walk, its distance the speed's unless its own is said
        text = f"{text[: m.start()]}incline walk at 3 mph{minutes} incline 12%{text[m.end() :]}"
    if "f45" in text:
        text = _F45.sub("f45 hiit", text)  # F45's classes are HIIT circuits
    return text


_F45 = re.compile(r"\bf45\b")


#: A question asked after a log's figures, in the same sentence: "80k ultra in 10:12:03 (same
#: again next year?)", "ate a croissant before my run, was that a mistake?": the log stays
#: one, the question is asked of it. The log before holds a clock time or opens on eating.
_QUESTION_AFTER_LOG = re.compile(
    r"(?<=[0-9a-z])[^\S\n]*(?:,[^\S\n]+|[^\S\n]*\([^\S\n]*|[^\S\n]+-[^\S\n]+)"
    r"(?P<q>(?:(?:was|is|were)\s+(?:that|it|this)|same|again|too|good|bad|ok|okay|not\s+bad|pb"
    r"|pr|normal|thoughts|anyone|any\s+tips|reasonable|decent)\b[^,(]{0,80})$"
)


_TIME_BEFORE = re.compile(r"[0-9]:[0-5][0-9]")
_ATE_BEFORE = re.compile(r"\s*(?:i\s+)?(?:just\s+)?(?:ate|had|eaten|scoffed|inhaled)\b")


def _log_before(before: str, *, at_start: bool) -> bool:
    """A log said before a question about it: a clock time, or eating said as the message
    opens ("ate a cheese croissant before my run, was that a mistake?"); not what a place had
    ("the feed station had flapjack, is that ok fuel?")."""
    return _TIME_BEFORE.search(before) is not None or (
        at_start and _ATE_BEFORE.match(before) is not None
    )


def _split_clauses(text: str) -> list[_Clause]:
    if "?" not in text:
        if not _may_split(text):
            stripped = text.strip()
            return [_Clause(stripped, question=False)] if stripped else []
        return [_Clause(p, question=False) for p in _with_its_day(text)]
    clauses: list[_Clause] = []
    start = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        piece = text[start : m.start()]
        if (
            "?" in m[0]
            and (asked := _QUESTION_AFTER_LOG.search(piece)) is not None
            and _log_before(piece[: asked.start()], at_start=not text[:start].strip(" ,"))
        ):
            clauses.append(_Clause(piece[: asked.start()].strip(), question=False))
            clauses.append(_Clause(asked["q"].strip(), question=True))
        elif piece.strip():
            clauses.append(_Clause(piece.strip(), question="?" in m[0]))
        start = m.end()
    tail = text[start:]
    if tail.strip():
        clauses.append(_Clause(tail.strip(), question=False))
    return clauses


#: A day or a moment said alone before what was done, cut from it only by the space before
#: "(i) had", "(i) weighed": "yesterday I weighed 72.4", "on monday i had 2 eggs".
_DAY_ONLY = re.compile(
    r"(?:(?:on\s+|last\s+)?(?:yesterday|yday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|last\s+night|this\s+(?:morning|afternoon"
    r"|evening)|[0-9]{1,2}\s+days\s+ago|the\s+day\s+before\s+yesterday)(?:\s+i)?|i"
)


def _with_its_day(text: str) -> list[str]:
    """The clauses of a text with no question, a day said alone before a clause cut only at a
    space (_DAY_ONLY) kept with it, so the clause keeps its day."""
    pieces: list[str] = []
    start, glued = 0, ""
    for m in _CLAUSE_SPLIT.finditer(text):
        piece = glued + text[start : m.start()]
        start = m.end()
        if m[0].isspace() and "\n" not in m[0] and _DAY_ONLY.fullmatch(piece.strip()):
            glued = piece + m[0]  # "yesterday | i weighed 72.4": one clause
            continue
        glued = ""
        if piece.strip():
            pieces.append(piece.strip())
    tail = (glued + text[start:]).strip()
    return [*pieces, tail] if tail else pieces


def _may_split(text: str) -> bool:
    """Whether _CLAUSE_SPLIT can match: each of its branches needs one of these."""
    return (
        "." in text
        or "\n" in text
        or ";" in text
        or "!" in text
        or "then" in text
        or "followed" in text
        or "after" in text
        or "had" in text
        or "ate" in text
        or "drank" in text
        or "weigh" in text
        or " so " in text
        or "today " in text
    )


_POST_RUN_WORDS = _words(
    "post pre after before recovery postrun during mid on over aid cp checkpoint feed mile",
    "across throughout",
)
_RUN_WORDS = _words(
    "ran run runs running runnin rann runned jog jogs jogged jogging parkrun marathon hm tempo",
    "interval intervals fartlek threshold treadmill trail strides repeats raced race track lsr",
    "ultra ks kms miler mara yasso yassos dreadmill treadie tread jeffing shakeout speedwork vo",
    "sprints",
    "orienteering rogaine rogaining",  # a course run between controls: a run of its figures
    "canicross",  # a run with a dog on a bungee line
)
_STRENGTH_WORDS = _words(
    "lift lifted lifting lifts gym weights strength squat squats deadlift deadlifts bench",
    "benched crossfit kettlebell kettlebells circuit circuits hiit calisthenics bodyweight",
    "powerlifting bodybuilding pullups pushups core abs plank planks stretching stretch stretched",
    "mobility",
    "bootcamp",
    # a workout by its kind: "barre class 50 min", "burpees 10 min" (not "off to the physio")
    "barre prehab burpees",
    # exercises done in sets of reps ("lunges 3x10 20kg": no 30 m run)
    "lunges lunge stepups situps chinups pressups rdl rdls thrusters",  # no "dips": doughnuts
    # a race or class of running and stations, counted whole ("Hyrox Doubles done, 1:18:42");
    # Orangetheory's classes
    "hyrox orangetheory",
)
#: Words before a figure in metres that make it a session's, not a place's height.
_NOT_A_PLACE_WORDS = _RUN_WORDS | ACTIVITY_WORD_SET | _STRENGTH_WORDS | _NOT_A_PLACE
_STRENGTH_PHRASES = (
    "leg day", "legs day", "upper body", "lower body", "push day", "pull day", "full body",
    "s and c", "weight training", "resistance training", "core workout", "pull-ups",
    "push-ups", "pull ups", "push ups", "body pump", "bodypump", "step-ups", "step ups",
    "sit-ups", "sit ups", "chin-ups", "chin ups", "press-ups", "press ups",
    # a day of a gym split: "upper/lower split, lower today", "pull session"
    "upper/lower", "push/pull", "push pull legs", "upper day", "lower day",
    "push session", "pull session", "upper session", "lower session", "legs session",
    "pt session", "personal training",
    # a workout by where it is done: "home workout 25 min", "hotel room workout"
    "home workout", "hotel workout", "hotel room workout", "living room workout",
)  # fmt: skip
#: A gym session named by the body it worked and its minutes: "legs 50'", "chest and back 1h".
_BODY_PARTS = _words("legs arms chest shoulders back glutes biceps triceps")
_BODY_PARTS_TIMED = re.compile(
    r"^\s*(?:(?:legs|arms|chest|shoulders|back|glutes|biceps|triceps|core|abs)\s*(?:and\s+|\+\s*|/\s*|&\s*)?)+"
    r"(?:day\s+)?(?:[0-9]{1,3}\s*(?:'|mins?\b|minutes\b|m\b)|[0-9](?:\.[0-9])?\s*(?:h|hrs?|hours?)\b)\W*$"
)
_NOT_DONE_TRIGGERS = frozenset(_LETTER_RUN.findall(p)[0] for p in _NOT_DONE_PHRASES)
_ACTIVITY_TRIGGERS = frozenset(p.split()[0] for p in ACTIVITY_PHRASES)
_STRENGTH_TRIGGERS = frozenset(p.split()[0] for p in _STRENGTH_PHRASES)
_WEIGHT_WORDS = _words("weight weighed weigh weighing wt scale scales bw bodyweight")
_EAT_WORDS = _words(
    "had ate eat eating eaten drank drink drinking munched grabbed scoffed devoured meal kcal",
    "rehydrated",
    "cal cals calories protein carbs food",
) | (LABEL_LETTERS - {"b", "l", "d", "tea", "time", "second", "chippy", "fast", "arvo"})
# ("arvo" is the afternoon: a snack's label as a heading alone, "arvo 10k 49:50" the run's)
_EAT_VERBS = _words("had ate eat eating eaten drank drink drinking munched grabbed scoffed")
#: Words that may start a second kind of piece in a clause (see _segments).
#: A moment of the day that is no food and no session, between a day's meals: "3pm nap",
#: "school run", "shower", "work": logs nothing, and the food after it is another meal.
_DAY_MOMENT = re.compile(
    r"\W*(?:(?:then|and|had|took|did)\s+)?(?:(?:a|an|my|the|quick|short|long|big|power|lil"
    r"|little|[0-9]+(?:\.[0-9]+)?\s*(?:h|hr|hrs|hour|hours|min|mins|minute|minutes)|an?\s+hour)"
    r"\s+)*(?:nap|snooze|siesta|kip|sleep|lie[- ]in|shower|bath|school\s+run|nursery\s+run"
    r"|commute|meetings?|church|laundry|massage|sauna|physio|work|shift|lectures?"
    r"|(?:woke|got|wake|waking)\s+up(?:\s+(?:early|late|starving|hungry))?)\W*"
)
_MOMENT_WORDS = _words(
    "nap snooze siesta kip sleep lie shower bath school nursery commute meeting meetings church",
    "laundry massage sauna physio work shift lecture lectures woke wake waking",
)


def day_moment(text: str, words: frozenset[str] | set[str] | None = None) -> bool:
    """Whether the clause is only a moment of the day (_DAY_MOMENT)."""
    found = words if words is not None else frozenset(letter_runs(text))
    return not found.isdisjoint(_MOMENT_WORDS) and _DAY_MOMENT.fullmatch(text) is not None


_SEGMENT_WORDS = (
    _RUN_WORDS | ACTIVITY_WORD_SET | _ACTIVITY_TRIGGERS | _STRENGTH_WORDS | _STRENGTH_TRIGGERS
    | _WEIGHT_WORDS | _POST_RUN_WORDS | {"half"}
    | LABEL_LETTERS
    | _MOMENT_WORDS
)


#: Run words that any sport uses: alone beside a ride or a swim they name no run.
_ANY_SPORT_WORDS = frozenset(
    {"race", "raced", "interval", "intervals", "tempo", "threshold", "vo", "speedwork",
     "treadmill", "dreadmill", "trail", "track", "sprints"}
)  # "treadmill walk 30 min", "trail ride 2h": where, not a run
#: Food someone else had: "kids had pancakes, I had nothing".
_SOMEONE_ELSE = re.compile(
    r"(?:the\s+|my\s+)?(?:kids?|wife|husband|hubby|partner|son|daughter|boyfriend|girlfriend"
    r"|he|she|they|mum|mom|dad)\s+(?:had|ate|drank|got)\b"
    # and ran: "my friend ran a 2:59 marathon, so jealous"
    r"|(?:my|our)\s+(?:friend|mate|buddy|pal|brother|sister|coach|wife|husband|partner|son"
    r"|daughter|dad|mum|mom|boyfriend|girlfriend)\s+(?:just\s+)?(?:ran|raced|did|finished|won)\b"
    # the race's front: "the winner ran 2:09:33", "the first woman did 2:31"
    r"|the\s+(?:(?:race|men's|women's|mens|womens|overall|eventual)\s+)?(?:winners?|leaders?"
    r"|elites?|pros|first\s+(?:man|woman|lady|female|male|finisher|place)|course\s+record"
    r"\s+holder)\s+(?:ran|raced|did|finished|won|went|clocked|came\s+in)\b"
)
#: What _SOMEONE_ELSE's every branch starts with.
_SOMEONE_ELSE_START = (
    "the", "my", "our", "kid", "wife", "husband", "hubby", "partner", "son", "daughter",
    "boyfriend", "girlfriend", "he", "she", "they", "mum", "mom", "dad",
)  # fmt: skip
#: A run word that only names where an activity went: "cycled to parkrun", "walked to the track".
#: A game watched, where food was had: "at the high school football game", "at my son's soccer
#: match" (the sport is theirs, no session of the runner's).
_WATCHED = re.compile(
    r"\b(?:at|watching|watched)\s+(?:the|a|my\s+[a-z]+'?s|his|her|our)\s+(?:[a-z0-9']+\s+){0,3}?"
    r"(?:game|match|tournament|competition|comp|grading|recital|gala|meet|show)\b"
)
#: The words _WATCHED ends on: without one, nothing was watched.
_WATCHED_WORDS = frozenset(
    {"game", "match", "tournament", "competition", "comp", "grading", "recital", "gala", "meet",
     "show"}
)
_TO_THE_RUN = re.compile(r"\b(?:to|from)\s+(?:the\s+)?(?:parkrun|park run|track|race|run)\b")


#: A week's or a month's running, not a run: "strava says I ran 38 km this week", "weekly
#: mileage 42 miles".
_VOLUME = re.compile(
    r"\b[0-9]+(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\s+(?:so far\s+)?(?:this|last|a|per)\s+"
    r"(?:week|month)\b|\b(?:weekly|monthly|week's|month's)\s+(?:mileage|volume|total|distance)\b"
    # "easy week, only 40k total" (not a plan's "week 2, ... 2.2km total")
    r"|\b(?:week|month)\b(?!\s*[0-9]+\b[^.;]*?\b[0-9]+\s*(?:mins?|minutes)\b)[^.;]*?\b[0-9]+(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\s+(?:in\s+)?total\b"
    # the week first: "last week 52k, this week 38k so far", "this month's total is 160 km"
    r"|\b(?:this|last|the|previous)\s+(?:week|month|year)(?:'s)?\s+(?:(?:total|mileage|volume|was|is"
    r"|so\s+far|came\s+to|ended\s+(?:at|on)|at|on|of)\s+)*(?:about\s+|around\s+|only\s+|just\s+)?"
    r"[0-9]+(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\b(?!\s+(?:in|at)\b|\s*[0-9]|\s*,?\s*[0-9]:)"
)


_CHANGE_WORDS = _words("down up lost dropped gained put shed")
#: A change of weight, not a weigh-in: "down 2 lbs since monday", "put on 3 lbs".
_WEIGHT_CHANGE = re.compile(
    r"\b(?:down|up|lost|dropped|gained|put on|shed)\s+(?:another\s+|a\s+|about\s+)?"
    r"[0-9]+(?:\.[0-9]+)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|st|stone)\b"
)


#: A race or a course described by its distance, nobody's run: "the Spartan Beast is 21k with
#: 30 obstacles", "Comrades is 90k" (no time, no runner).
_IS_A_DISTANCE = re.compile(
    r"\W*(?:the\s+)?(?!(?:i|i'm|im|we|my|today|this|it)\b)(?:[a-z'-]+\s+){1,3}is\s+"
    r"(?:(?:about|around|roughly|only|just|over|under|nearly|a|an)\s+)*[0-9]+(?:\.[0-9]+)?\s*"
    r"(?:k|km|kms|mi|miles?)\b(?![^\n]*[0-9]{1,2}:[0-5][0-9])"
)


def _not_done(words: set[str], text: str) -> bool:
    """Planned, missed, a week's volume, a change of weight, or eaten by someone else ("kids
    had pancakes"): nothing to log. What someone else left after a food is the runner's
    ("4 fish fingers the kids didn't eat"): their "not" is no plan or miss."""
    left = LEFT_BY_SOMEONE.search(text) if "my " in text or "the " in text else None
    if left is not None and text[: left.start()].strip():
        text = text[: left.start()]
        words = set(letter_runs(text))
    return bool(
        (("week" in text or "month" in text) and _VOLUME.search(text))
        or (not words.isdisjoint(_CHANGE_WORDS) and _WEIGHT_CHANGE.search(text))
        or not words.isdisjoint(_NOT_DONE_WORDS)
        or (
            not words.isdisjoint(_NOT_DONE_TRIGGERS)
            and any(p in text for p in _NOT_DONE_PHRASES)
        )
        or (text.lstrip().startswith(_SOMEONE_ELSE_START) and _SOMEONE_ELSE.match(text.lstrip()))
        or (("in " in text or "last " in text) and _NOT_NOW.search(text))
        or (not words.isdisjoint(_RUN_WORDS) and run_not_now(text))
        or none_managed(text)
        or (" is " in text and words.isdisjoint(_RUN_WORDS) and _IS_A_DISTANCE.match(text))
    )


def _clause_words(text: str) -> set[str]:
    """The clause's words; a run word that only names where an activity went is left out."""
    words = set(letter_runs(text))
    if (
        not words.isdisjoint(_RUN_WORDS)
        and not words.isdisjoint(ACTIVITY_WORD_SET)
        and _TO_THE_RUN.search(text)
    ):
        words = set(letter_runs(_TO_THE_RUN.sub(" ", text)))  # "cycled to parkrun 20 min"
    if (
        not words.isdisjoint(ACTIVITY_WORD_SET)
        and not words.isdisjoint(_WATCHED_WORDS)
        and _WATCHED.search(text)
    ):
        words = set(letter_runs(_WATCHED.sub(" ", text)))  # "2 hot dogs at the football game"
    if not words.isdisjoint(ACTIVITY_WORD_SET) and words & _RUN_WORDS <= _ANY_SPORT_WORDS:
        words -= _ANY_SPORT_WORDS  # "zwift race 1h05", "swim intervals": not a run
    if not words.isdisjoint(_SPORT_OR_FOOD) and not _PLAYED.search(text):
        words -= _SPORT_OR_FOOD  # "a glass of orange squash", "boxing day leftovers"
    if "mix" in words and "trail" in words and text.count("trail") == text.count("trail mix"):
        words.discard("trail")  # "a handful of trail mix" is food, not a trail run
    if "core" in words and "power" in words and text.count("core") == text.count("core power"):
        words.discard("core")  # "a core power" is Fairlife's shake, not core work
    return words


#: Sports whose name is also food, drink or a day: a sport only when played or timed.
_SPORT_OR_FOOD = frozenset({"squash", "boxing", "salsa"})  # "chips and salsa", "salsa 2 hours"
_PLAYED = re.compile(
    r"^(?!.*\b(?:glass|glasses|pint|bottle|cup|mug|orange|blackcurrant|lemon|diluted|cordial"
    r"|butternut|acorn|spaghetti|soup|roast|roasted|drink|ml|boxing day)\b)"
    r".*(?:\b(?:played|playing|play|game|games|match|session|class|court|lesson|league|sparring)\b"
    r"|[0-9]\s*(?:h|hr|hrs|hours?|mins?|minutes|m)\b|[0-9]:[0-5][0-9])"
)


#: The words _KIND_AND_NUMBER starts with ("easy 3.1"), and the letters that _STONE_HINT
#: needs ("11st 4", "12 stone"): without one of them neither pattern can match.
_KIND_WORDS = _words(
    "easy steady slow long shakeout shake lsd recovery trail hilly fasted tempo quick short"
)
_STONE_WORDS = _words("st stone stones")
_DIGIT_OR_DOT = re.compile(r"[0-9.]")


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _classify(clause: _Clause, text: str) -> ClauseKind:
    """What a clause logs; `text` is the clause with its time phrase blanked out. Pure, so
    kept by text: a clause is classified by _beside, _segments and the builder in turn.

    One scan finds every keyword family; the first family in the order below wins, except
    that a run word beats an activity word ("run/walk 5k" is a run).
    """
    if clause.question or _is_question_or_chat(clause.text) or whole_clause_chat(clause.text):
        return "skip"
    if not text.strip():
        return "skip"
    kind = _classify_words(text)
    if kind in ("weight", "meal") and past_weight(clause.text) and (
        kind == "weight" or ((m := _WEIGHT_VALUE.search(text)) and (m["u"] or m["u2"]))
    ):
        return "skip"  # "I was 13 stone last year, now 11"
    if kind != "skip" and (_past_mention(clause.text) or _plan(clause.text)):
        return "skip"  # "legs wrecked after yesterday's 20 miler", "going for a 10k later"
    if kind == "run" and (
        run_not_now(clause.text) or hedged_run(clause.text) or paid_for(clause.text)
    ):
        return "skip"  # "race on saturday, bricking it" (its day read off `text`), "maybe 8k",
        # "paid 80 quid for a 10k"
    if kind == "activity" and (idle_session(clause.text) or no_session_said(clause.text)):
        return "skip"  # "zumba tonight maybe", "sore calves after the dance class", "no swim"
    if kind in ("run", "activity", "strength", "weight") and gear_talk(clause.text):
        return "skip"  # "road bike's in for a service, £65", "my bike is 8.2 kg with pedals"
    if kind in ("run", "activity", "strength") and no_session_figures(clause.text):
        return "skip"  # "bib 2187 for the easter 10k", "surf forecast says 4 ft at 6am"
    if kind == "run" and race_occasion(clause.text):
        return "skip"  # "parkrun 500th event this week"
    if kind == "meal" and _DIGIT.search(text) is None and _no_food_named(text):
        return "skip"  # "ate way too much at the christmas do"
    if kind == "run" and (
        (helped_at(text) and _SESSION_TIME.search(text) is None)
        or race_names_only_qualify(text)
    ):
        return "skip"  # "parkrun volunteer", "volunteering at the 10k on sunday" (a race's
        # distance, no time run), "marathon training is going well": no run
    return kind


#: Roles at a race that are no running of one's own.
_HELPED_AT = _words(
    "volunteer volunteered volunteering volunteers marshal marshalled marshalling marshaling",
    "marshaled spectating spectated spectator cheered cheering supporting supported timekeeping",
    "timekeeper",
)


def helped_at(text: str) -> bool:
    """Whether the clause names a role at a race (_HELPED_AT), no running of one's own."""
    return not _HELPED_AT.isdisjoint(letter_runs(text))


#: A weight in grams: food on the kitchen scale, never a runner's body weight.
_FOOD_GRAMS = re.compile(r"\b[0-9]{1,4}\s*(?:g|grams?|gr)\b")


def _classify_words(text: str) -> ClauseKind:
    words = _clause_words(text)
    if day_moment(text, words):
        return "skip"  # "3pm nap", "school run": between meals, no food and no session
    if (
        _STONE_HINT.search(text) if not words.isdisjoint(_WEIGHT_WORDS)
        else not words.isdisjoint(_STONE_WORDS) and _STONE_HINT.match(text.lstrip())
    ):  # fmt: skip
        return "weight"  # "weighed 9st 8lb the morning after the marathon", "11st 0lb post-mara"
    if _not_done(words, text):
        return "skip"
    weighs = not words.isdisjoint(_WEIGHT_WORDS)
    if weighs and (m := _WEIGHT_VALUE.search(text)) and (m["u"] or m["u2"] or _bare(m, text)):
        return "weight"  # "scale 79.9kg after the long run", "weighed 75.2 after my run"
    if (kind := _weight_or_food_around_a_session(text, words)) is not None:
        return kind
    if "hyrox" in words or _STRENGTH_AFTER_A_RUN.match(text):
        # "S&C after track 30 min": the gym session, after the track one; "Hyrox sim: 8 x 1k
        # runs and the stations, 1:12:40": one session, its runs no runs apart
        return "strength"
    if (
        not words.isdisjoint(_RUN_WORDS)
        or ("half" in words and _HALF_RUN.search(text))
        or (("13.1" in text or "26.2" in text) and _RACE_NUMBER.search(text))
        or (("c25k" in text or "to 5k" in text) and _PLAN.search(text))
        or ("nonstop" in words and words.isdisjoint(ACTIVITY_WORD_SET) and _DIGIT.search(text))
        or (not words.isdisjoint(_KIND_WORDS) and _KIND_AND_NUMBER.match(text.strip()))
    ):
        return "run"
    if not words.isdisjoint(ACTIVITY_WORD_SET) or (
        not words.isdisjoint(_ACTIVITY_TRIGGERS) and any(p in text for p in ACTIVITY_PHRASES)
    ):
        return "activity"
    if (("weight" in text or "bw" in text) and _BODYWEIGHT_VALUE.search(text)) or (
        not words.isdisjoint(_STONE_WORDS)
        and _STONE_HINT.search(text)
        and words.isdisjoint(_EAT_WORDS)
    ):
        return "weight"  # "bodyweight 148lbs" is a weigh-in; "bodyweight squats" is not
    if (
        not words.isdisjoint(_STRENGTH_WORDS)
        or (not words.isdisjoint(_STRENGTH_TRIGGERS) and any(p in text for p in _STRENGTH_PHRASES))
        or (not words.isdisjoint(_BODY_PARTS) and _BODY_PARTS_TIMED.match(text) is not None)
    ):
        return "strength"
    if (weighs or _looks_like_weight(text)) and not (weighs and _FOOD_GRAMS.search(text)):
        return "weight"  # not "weighed out 80g oats": food on the kitchen scale is a meal
    if (
        (words.isdisjoint(_EAT_WORDS) or _AT_MEALTIME.search(text))
        and _DIGIT_OR_DOT.search(text)
        and _RUN_HINT.search(text)
        and not (" at " in text and _AID_STATION.search(text))
    ):
        return "run"  # "10k 52:10", "did 10k at lunch 51:33"
    return "meal"


def _weight_or_food_around_a_session(text: str, words: set[str]) -> ClauseKind | None:
    """A body weight first ("72.4kg after my run", "158 pounds post parkrun": no recovery
    meal), or food around a session by its label ("chocolate milk after the run", "2 gels on
    the bike"); None when the clause is neither."""
    if text[:3].strip()[:1].isdigit() and _body_weight_first(text) and words.isdisjoint(_EAT_VERBS):
        return "weight"
    if not ((not words.isdisjoint(_POST_RUN_WORDS) or "over" in words) and (
        around := _POST_RUN.search(text)
    )):
        return None
    if _SESSION_AROUND_A_RUN.match(text):  # "stretched 20 mins after the run"
        return "activity" if "yoga" in words else "strength"
    if _STRENGTH_AFTER_A_RUN.match(text):  # "gym after my run": the gym, no recovery meal
        return "strength"
    rest = f"{text[: around.start()]} {text[around.end() :]}"
    if _SESSION_FIGURE.search(rest) is None:
        return "meal"
    kind = _classify_words(rest)  # "long run 25k 2:30 with 3 gels during the run": the run
    riding = around["during"] and _ON_A_SESSION.search(around[0])
    if kind == "run" and riding and words.isdisjoint(_RUN_WORDS):
        return "activity"  # "club TT 10 miles 24:31 on the bike": the ride's figures, no run
    if kind in _SESSIONS:
        return kind
    if riding:
        return "activity"  # "90 min on the turbo", "2 hrs on the bike": the ride itself
    return "meal"


#: A session's own figure: a distance or a time ("25k", "2:30", "3 hr", "an hour").
_SESSION_FIGURE = re.compile(
    r"[0-9]\s*(?:k|km|kms|mi|miles?)\b|[0-9]:[0-5][0-9]|[0-9]\s*(?:h|hr|hrs|hours?|min|mins"
    r"|minutes)\b|[0-9]\s*h\s*[0-5][0-9]\b|\b(?:an|one|two|three|half an)\s+(?:hours?|hrs?)\b"
    r"|^\s*hour\b"
)
_SESSIONS = frozenset({"run", "activity", "strength"})
#: A session's own time: "52:30", "45 min", "1h 10", "an hour".
_SESSION_TIME = re.compile(
    r"[0-9]:[0-5][0-9]|[0-9]\s*(?:h|hr|hrs|hours?|min|mins|minutes)\b|\b(?:an|one|two|half an)\s+"
    r"(?:hours?|hrs?)\b"
)
_ON_A_SESSION = re.compile(r"\b(?:bike|ride|swim|hike|walk|cycle|turbo|spin|brick)\b")
#: A body weight opening a clause, by its unit: "72.4kg", "158 pounds", "168.4 lbs".
_WEIGHT_LEAD = re.compile(
    r"\s*(?P<v>[0-9]{2,3}(?:\.[0-9]{1,2})?)\s*(?P<u>kg|kgs|kilos?|lbs?|pounds)\b"
)
_BODY_RANGE = {"k": (30.0, 250.0), "l": (66.0, 550.0), "p": (66.0, 550.0)}


def _body_weight_first(text: str) -> bool:
    """Whether the clause opens with a body's weight (a kg or lb figure a person weighs)."""
    m = _WEIGHT_LEAD.match(text)
    if m is None:
        return False
    low, high = _BODY_RANGE[m["u"][0]]
    return low <= float(m["v"]) <= high


#: A session of its own minutes around a run, no food: "stretched 20 mins after the run",
#: "yoga 30 min post run".
#: A strength session named first, then the run it came after or before, which has no figures
#: of its own: "S&C after track 30 min", "gym after parkrun, 45 min", "core post run 15 min".
_STRENGTH_AFTER_A_RUN = re.compile(
    r"^\s*(?:s and c|gym|weights|strength(?:\s+work)?|lifting|lifted|core|circuits|legs)\s+"
    r"(?:after|post|before|pre)[- ](?:the\s+|my\s+)?(?:track|run|parkrun|park run|intervals"
    r"|club\s+run|long\s+run|session|tempo|race)\b"
    r"(?!\s*(?:[0-9]+(?:\.[0-9]+)?\s*(?:k|km|mi|miles?)\b|[0-9]{1,2}:[0-5][0-9]|in\b))"
)
#: What may follow such a session and still be all of it: its minutes ("core post run 15 min").
_ONLY_ITS_MINUTES = re.compile(
    r"[\s,:-]*(?:for\s+)?(?:[0-9]{1,3}\s*(?:mins?|minutes|m|')|[0-9](?:\.[0-9])?\s*(?:h|hrs?|hours?))?"
    r"\s*[.!]*\s*"
)


#: A run label and the minutes of the session named before it: "post run 15 min".
_RUN_LABEL_THEN_MINUTES = re.compile(
    r"(?:after|post|before|pre)[- ](?:the\s+|my\s+)?(?:track|run|parkrun|park run|intervals"
    r"|club\s+run|long\s+run|session|tempo|race)\b"
)


def minutes_after_a_run_label(piece: str) -> bool:
    """ "post run 15 min" after "core": the session's minutes, not a recovery meal."""
    m = _RUN_LABEL_THEN_MINUTES.match(piece.strip())
    return (
        m is not None and _DIGIT.search(piece) is not None
        and _ONLY_ITS_MINUTES.fullmatch(piece.strip(), m.end()) is not None
    )


def session_after_a_run(text: str) -> bool:
    """The whole clause is one strength session beside a run with no figures of its own, and
    at most the session's minutes: "core post run 15 min", not a session and a recovery meal."""
    m = _STRENGTH_AFTER_A_RUN.match(text)
    return m is not None and _ONLY_ITS_MINUTES.fullmatch(text, m.end()) is not None


_SESSION_AROUND_A_RUN = re.compile(
    r"^\s*(?:i\s+)?(?:did\s+)?(?:(?:some|a\s+bit\s+of)\s+)?(?:stretched|stretching|stretch|yoga"
    r"|mobility|foam\s+roll(?:ed|ing)?|core|planks?|strides|drills)\s+(?:for\s+)?[0-9]{1,3}\s*"
    r"(?:mins?|minutes|m|')(?=\s+(?:after|post|before|pre)\b)"
)


def _bare(m: re.Match[str], text: str) -> bool:
    """The weight word's number stands alone ("weighed 75.2 after my run", not "weighed 40g")."""
    return bool(m["v"]) and not text[m.end("v") : m.end("v") + 1].isalpha()


#: A meal named only as the time of a session: "did 10k at lunch", "5 miles before breakfast".
_AT_MEALTIME = re.compile(
    r"^(?:(?!\b(?:had|ate|eat|drank|kcal|cals?|calories|protein|carbs)\b).)*"
    r"(?:\b(?:at|before|after|over|during|on my)\s+(?:lunch|lunchtime|breakfast|dinner|work)\b"
    r"|^\W*(?:an?\s+)?(?:lunch|lunchtime|breakfast|dinner)\s+(?=[0-9.]+\s*(?:k|km|mi|miles?)\b))"
    r"(?:(?!\b(?:had|ate|eat|drank|kcal|cals?|calories|protein|carbs)\b).)*$"
)


#: Where food was had during a race: "a coke at the 50k aid", "at the 30k feed station".
_AID_STATION = re.compile(
    r"\bat\s+(?:the\s+)?[0-9]{1,3}\s*(?:k|km|mi|miles?)\s+(?:aid|feed|drinks|water|checkpoint|cp)\b"
)


_NEG_AMOUNT = re.compile(
    r"(?:^|[\s(:=,])-\s?[0-9]+(?:\.[0-9]+)?\s*(?:km|k\b|mi|miles?|m\b|min|mins|minutes|h\b|hrs?"
    r"|hours?|kg|lbs?|g\b|kcal|cal|calories|x\b|eggs?|slices?|cups?|protein|carbs)"
)


_NEG_WEIGHT = re.compile(r"\b(?:weight|weighed|weigh|wt|bw|bodyweight)\s*(?:is|was|:|=)?\s*-[0-9]")


def _has_negative_amount(text: str) -> bool:
    """A minus sign directly on an amount; a dash between words ("5k - 25 min") is not one."""
    if _NEG_WEIGHT.search(text):
        return True  # "weight -70"
    return any(not m[0].lstrip(" \t\r\n(:=,").startswith("- ") for m in _NEG_AMOUNT.finditer(text))
