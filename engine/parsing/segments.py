"""Several things in one clause: "ran 4 mi 35:10 + 15 min core", "breakfast oats, lunch soup"."""

from __future__ import annotations

import re
from typing import Literal

from engine.activities import ACTIVITIES, ACTIVITY_WORDS
from engine.errors import ImplausibleValue
from engine.parsing.chatter import _CHATTER_WORDS
from engine.parsing.clauses import (
    _ACTIVITY_WORDS_1,
    _EAT_VERBS,
    _EAT_WORDS,
    _RUN_WORDS,
    _SEGMENT_WORDS,
    _classify,
)
from engine.parsing.context import _DIGIT, _LETTERS, ClauseKind, ParseContext, _Clause
from engine.parsing.items import _clean_name, _parse_items, _read_item, _stated_numbers
from engine.parsing.labels import (
    LABEL_ALT,
    LABEL_ONLY_FIRST,
    NOT_AFTER_DISH,
    NOT_AFTER_QUALIFIER,
)
from engine.parsing.meals import _MEAL_KINDS, _MEAL_WORD
from engine.parsing.paces import _INCLINE, _SPEED
from engine.parsing.reps import _REPS_HINT
from engine.parsing.runs import (
    _DISTANCE,
    _DURATION,
    _ELEVATION,
    _NAMED_DISTANCE,
    _RUN_HINT,
    _may_climb,
)
from engine.parsing.sessions import _SWIM_PACE
from engine.parsing.weights import _STONE_HINT
from engine.timewords import TimeRef, find_time

# ---------------------------------------------------------------------------------------------
# Segments: one clause may log several things ("ran 4 mi 35:10 + 15 min core", "71.9kg this
# morning, did 5x1k", "breakfast oats, lunch soup"). It is cut at commas, "+", "and" and meal
# labels; each piece is classified; neighbours of one kind join again, verbatim, so "fish and
# chips" stays one dish and "10k, 50 min" one run. A piece that names nothing ("felt great",
# "45 min", "650 kcal" after a run) belongs to the piece before it.

_SEGMENT_CUT = re.compile(
    r",\s*|\s*\|\s*|\s\+\s+|\s+and\s+|\s+plus\s+|\s/\s+|(?<!\b[bldst])\s-\s+"
    r"|(?<=[0-9]:[0-5][0-9])\s+(?=(?:swim|swam|bike|biked|ride|rode|cycle|cycled|run|ran)\b)"
    r"|\s+(?=(?:after|before)\s+(?:(?:my|the|a|this|today's)\s+)?[0-9])"
    # the look-behinds are tried only where a label's first letter follows white space
    rf"|\s+(?=[{LABEL_ONLY_FIRST}bdlprst])(?<!\bchippy\s)(?<!\bfor\s)(?<!\bat\s)(?<!\bmy\s)"
    + NOT_AFTER_DISH + NOT_AFTER_QUALIFIER
    + r"(?=(?:(?:post|pre)[- ]?(?:run|race|workout)"
    rf"|(?:{LABEL_ALT}|tea|recovery|[bldst])\s*(?::|=|\)\s)|(?:{LABEL_ALT})\s+(?:-|was\b|were\b)))"
)
#: Within a clause the only white space is " " (see clauses._normalize), so the cheap tests
#: in _segment_hint say what `,|\s\+\s|\sand\s|\spost|[a-z]\s*:|\s/\s` would.
_LABEL_COLON = re.compile(r"[a-z]\s*:")


def _segment_hint(text: str) -> bool:
    return (
        "," in text
        or " + " in text
        or "|" in text
        or " and " in text
        or " plus " in text
        or " post" in text
        or " / " in text
        or " - " in text
        or " was" in text
        or " were" in text
        or (":" in text and _LABEL_COLON.search(text) is not None)
        or (":" in text and _LEG_AFTER_TIME.search(text) is not None)
        or ((" after " in text or " before " in text) and _RUN_AROUND.search(text) is not None)
    )


#: A run with its figures named around something else: "stretching 15 min after my 10k
#: 52:00", "2 pb&js after my 4 mile run (34:50)": the run is logged too.
_RUN_AROUND = re.compile(
    r"^(?:after|before)\s+(?:(?:my|the|a|this|today's)\s+)?[0-9].*?"
    r"(?:[0-9]:[0-5][0-9]|[0-9]\s*(?:min|mins|minutes|h|hrs?)\b)"
    r"|\s(?:after|before)\s+(?:(?:my|the|a|this|today's)\s+)?[0-9]"
)


#: A race's legs written without commas: "swim 38:00 bike 2:55:00 run 1:55:30".
_LEG_AFTER_TIME = re.compile(
    r"[0-9]:[0-5][0-9]\s+(?:swim|swam|bike|biked|ride|rode|cycle|cycled|run|ran)\b"
)


def _segments(clause: _Clause, ctx: ParseContext) -> list[tuple[_Clause, ClauseKind | None]]:
    """The clause's pieces, joined back by kind; a lone piece keeps the old classification."""
    text = clause.text
    if not _segment_hint(text) or not _may_hold_two_kinds(text):
        return [(clause, None)]
    pieces = _cut(text)
    if len(pieces) < 2:
        return [(clause, None)]
    rough = [_rough_kind(_Clause(piece, clause.question), ctx) for _, piece in pieces]
    only_food = all(kind == "meal" for kind, _ in rough)  # then only labels cut: no lookups
    if only_food and not any(
        _label_starts(piece, "meal") or _label_ends(before)
        for (_, piece), (_, before) in zip(pieces[1:], pieces, strict=False)
    ):
        return [(clause, None)]
    groups: list[tuple[str, ClauseKind | Literal["other"]]] = []
    pending = ""
    for (sep, piece), (first_kind, blanked) in zip(pieces, rough, strict=True):
        kind = _piece_kind(piece, first_kind, blanked, groups, only_food=only_food, ctx=ctx)
        if kind == "other" or (
            groups
            and groups[-1][1] == kind
            and not _label_starts(piece, kind)
            and not (
                kind == "meal"
                and _label_ends(groups[-1][0])
                and not _amount_only(blanked)  # "pizza for breakfast, 3 slices": its count
                and not _only_numbers(piece)  # "fish pie for tea, about 550 kcal": the pie's
            )
            and not (kind == "meal" and _label_ends(piece) and _MEAL_WORD.search(groups[-1][0]))
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


def _only_numbers(piece: str) -> bool:
    """ "about 550 kcal", "30g protein": stated numbers naming no food."""
    if _DIGIT.search(piece) is None:
        return False
    try:
        stated, rest = _stated_numbers(piece)
    except ImplausibleValue:
        return False
    return stated.any() and not _clean_name(rest)


def _piece_kind(
    piece: str,
    kind: ClauseKind,
    blanked: str,
    groups: list[tuple[str, ClauseKind | Literal["other"]]],
    *,
    only_food: bool,
    ctx: ParseContext,
) -> ClauseKind | Literal["other"]:
    """A piece's kind beside the groups before it ("other": it adds to the one before)."""
    before, before_kind = groups[-1] if groups else ("", None)
    if groups and _RUN_AROUND.match(piece) and _DISTANCE.search(piece):
        if before_kind == "meal":  # the food keeps its label: recovery, or a snack before
            cue = " post-run" if piece.startswith("after") else " pre-run"
            groups[-1] = (before + cue, "meal")
        if _activity_key(piece) is not None and _RUN_WORDS.isdisjoint(_LETTERS.findall(piece)):
            return "activity"  # "T-run off the bike 5km 23:10 after 40km ride in 1:15"
        return "run"  # "... after my 4 mile run (34:50)"
    if kind == "meal" and not only_food:
        return _meal_or_other(blanked, ctx, before_kind in _SESSIONS)
    if kind == "activity" and before_kind == "run" and _walked_in_run(piece):
        return "other"  # "did parkrun, walked some of it, 41:05": the run's own walking
    if (
        kind == "run"
        and before_kind == "activity"
        and (
            _bare_figures(blanked, _REPS_HINT.search(before) is not None, before)
            or _figures_for(before, blanked)
        )
    ):
        return "other"  # "open water swim 45 mins, 2.2km": the swim's distance
    return kind


def _walked_in_run(piece: str) -> bool:
    """A walk with no figures of its own beside a run: part of that run ("walked the hills")."""
    return _DIGIT.search(piece) is None and _activity_key(piece) == "walk"


def _bare_figures(text: str, after_reps: bool, before: str) -> bool:
    """A piece of numbers and units only ("2.2km", "3.2 km in total"), no word of a run; after
    a set of reps ("css set 10x100m, 1.8k total in 36 min"), its time too."""
    if not _RUN_WORDS.isdisjoint(_LETTERS.findall(text)):
        return False
    key = _activity_key(before)
    if key is not None and ACTIVITIES[key].max_kmh <= 1.0:
        return False  # "yoga 30 mins and a 5k": yoga goes no distance, so the 5k is a run
    if key not in _SETS and _REPS_HINT.search(text) is not None:
        return False  # "walked to the track 15 min, 6x800": the reps are a run
    # "long walk with the dog, 7km 1h25": figures for a session that had none
    had_none = _DIGIT.search(_SWIM_PACE.sub(" ", before) if "100" in before else before) is None
    return after_reps or had_none or _DURATION.search(text) is None


#: Sports done in sets of repeats, as runners do intervals: "swim 10x100m", "erg 8 x 500m".
_SETS = frozenset({"swim", "row"})


def _amount_only(text: str) -> bool:
    """A piece that is an amount of what came before ("3 slices", "2 bowls"), no food."""
    try:
        words = _read_item(text)
    except ImplausibleValue:
        return False
    return words.quantity is not None and words.unit is not None and not words.name


_SESSIONS = ("run", "activity", "strength")


def _figures_for(activity: str, text: str) -> bool:
    """ "long walk with the dog, 7km 1h25": an activity without numbers, then its numbers."""
    return _DIGIT.search(activity) is None and _RUN_WORDS.isdisjoint(_LETTERS.findall(text))


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
    return kind == "run" and (
        (
            _complete(before)
            and (_complete(piece) or (_RUN_VERB.search(piece) is not None and _has_figures(piece)))
        )
        or (_own_part_of_day(before) and _own_part_of_day(piece))
    )


#: A run of its own after a whole one: "parkrun 26:00 then jogged home 15 min".
_RUN_VERB = re.compile(r"^(?:and\s+)?(?:then\s+)?(?:i\s+)?(?:ran|jogged|run|jog)\b")


def _has_figures(text: str) -> bool:
    return _DISTANCE.search(text) is not None or _DURATION.search(text) is not None


#: A run's own time of day: "6k am, 8k pm", "5 miles this morning, 3 this evening".
_PART_OF_DAY_MARK = re.compile(
    r"\b(?:am|pm|a\.m\.|p\.m\.|morning|lunch(?:time)?|afternoon|evening|night|tonight"
    r"|commute|second run|2nd run|run 2)\b"
)


def _own_part_of_day(text: str) -> bool:
    """A run with its own distance and part of the day, not reps or a total."""
    return (
        _PART_OF_DAY_MARK.search(text) is not None
        and _DISTANCE.search(text) is not None
        and "total" not in text
        and _REPS_HINT.search(text) is None
    )


def _complete(text: str) -> bool:
    """A session with its own distance and time, not reps or a total of what came before."""
    return (
        (_DISTANCE.search(text) is not None or _NAMED_DISTANCE.search(text) is not None)
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
    if _DIGIT.search(text) is not None and (
        ("am" in text or "pm" in text or "at" in text or "@" in text or ":" in text)
        and _CLOCK_HINT.search(text) is not None
    ):
        return True  # "7am oats, 1pm soup"
    if "c25k" in text or "to 5k" in text:
        return True  # a beginner's plan is a run: "c25k 25 min + a flapjack"
    return _DIGIT.search(text) is not None and (
        _RUN_HINT.search(text) is not None
        or "kg" in text
        or "lb" in text
        or "kilo" in text
        or "pound" in text
        or _STONE_HINT.search(text) is not None
    )


#: A label after the food ends its meal: "oats for breakfast, soup for lunch".
_LABEL_ENDS = re.compile(
    rf"\b(?:for|at|as)\s+(?:my\s+|a\s+)?(?:{LABEL_ALT}|tea)\W*$"
    r"|\((?:[blds]|breakfast|lunch|dinner|snack)\)\W*$"
)


#: A clock time starting or ending a piece of food: "7am oats, 1pm soup", "oats at 7, soup at
#: 1" is a day's log by the clock, a meal at each time.
_CLOCK_AT = (
    r"(?:(?:at|@)\s*[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm)?"
    r"|[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm))"
)
_CLOCK_STARTS = re.compile(
    rf"\s*(?:{_CLOCK_AT}(?![0-9a-z:.])(?!\s*(?:-|to)\s*[0-9])|(?:[01]?[0-9]|2[0-3]):[0-5][0-9]\s)"
)
#: "08:00 porridge", "12:30 tuna sandwich": a 24-hour clock before food (before a run,
#: "22:30 5k" is its time).
_CLOCK_24 = re.compile(r"\s*(?:[01]?[0-9]|2[0-3]):[0-5][0-9]\s+(?=[a-z0-9])")
_CLOCK_ENDS = re.compile(rf"\b{_CLOCK_AT}\W*$")
_CLOCK_HINT = re.compile(
    rf"(?:^|[,;+]\s*)(?:{_CLOCK_AT}\b|[0-9]{{1,2}}:[0-9]{{2}}\s+[a-z0-9])|\b{_CLOCK_AT}\s*(?:,|$)"
)


def _clock_before_food(text: str, ctx: ParseContext) -> tuple[TimeRef, str] | None:
    """ "08:00 porridge": the time and the food, blanked as find_time blanks a time; None
    when the words after the clock are no food ("22:30 5k" is a run's time)."""
    lead = _CLOCK_24.match(text) if text[:1].isdigit() or text[:1] == " " else None
    if lead is None:
        return None
    rest = " " * lead.end() + text[lead.end() :]
    if _classify(_Clause(rest.strip(), question=False), rest) != "meal":
        return None
    clock = text[: lead.end()].strip()
    found, _ = find_time(f"at {clock}", ctx.received_at, ctx.tz)
    return (found, rest) if found is not None else None


def _label_starts(piece: str, kind: str) -> bool:
    """ "lunch soup" after "breakfast oats" is a meal of its own, and so are "1pm soup" and
    "light lunch (soup)"; "toast for breakfast" ends its meal instead (see _label_ends)."""
    if kind != "meal":
        return False
    head = piece.lstrip()
    if _MEAL_WORD.match(head) is not None or _CLOCK_STARTS.match(piece) is not None:
        return True
    label = _MEAL_WORD.search(head, 0, 40)
    return (
        label is not None
        and label["w"] in _MEAL_KINDS  # a meal's name, not "after parkrun"
        and not label[0].startswith(("for ", "at "))
        and _FIRST_WORDS.fullmatch(head, 0, label.start()) is not None
    )


#: At most three words before a label that starts a meal ("had a big breakfast (eggs)").
_FIRST_WORDS = re.compile(r"(?:[a-z']+\s+){0,3}")


def _label_ends(before: str) -> bool:
    """ "oats for breakfast, soup for lunch", "oats at 7am, soup at 1pm": that meal ends."""
    return _LABEL_ENDS.search(before) is not None or (
        _DIGIT.search(before) is not None and _CLOCK_ENDS.search(before) is not None
    )


def _rough_kind(piece: _Clause, ctx: ParseContext) -> tuple[ClauseKind, str]:
    """The piece's kind by its words alone ("meal" when nothing else fits), and its text with
    the time phrase blanked."""
    letters = _LETTERS.findall(piece.text)
    _, text = find_time(piece.text, ctx.received_at, ctx.tz, letters)
    if text is piece.text and (clocked := _clock_before_food(text, ctx)) is not None:
        return "meal", clocked[1]
    return _classify(piece, text), text


#: A line of a watch app's summary: what the session measured, never food.
_WATCH_LINE = re.compile(
    r"^\W*(?:active|total (?:time|distance|calories|kilocalories|kcal)|moving|elapsed|workout"
    r"|avg|average|max|heart|hr|bpm|cadence|spm|power|watts|kilocalories|calories|cals?|kcal|steps|stride|elevation|ascent|descent|vo2"
    r"|training (?:effect|load)|temp|temperature|splits?|laps?|effort|perceived|rpe)\b"
)


def _names_a_climb(text: str) -> bool:
    """ "+2400ft", "elev 300 m": a climb with its unit or word ("+2 eggs" is food)."""
    m = _ELEVATION.search(text)
    return m is not None and bool(m["u"] or m["v2"] or m["v3"])


def _meal_or_other(
    text: str, ctx: ParseContext, after_session: bool = False
) -> Literal["meal", "other"]:
    """Whether a piece with no exercise words names food, or only adds to its neighbour; after
    a session, one word of food is enough ("10k race 48:12 (pb!) pizza to celebrate")."""
    if _WATCH_LINE.match(text):
        return "other"  # "Active Kilocalories 498KCAL", "Avg. Heart Rate 151BPM" under a run
    words = _LETTERS.findall(text)
    try:
        stated, rest = _stated_numbers(text)
        if stated.any() and not _clean_name(rest) and _EAT_VERBS.isdisjoint(words):
            return "other"  # "650 kcal" after a run is what the run burned
        if not _EAT_WORDS.isdisjoint(words) or _MEAL_WORD.search(text):
            return "meal"
        if (
            _DURATION.search(text)
            or _DISTANCE.search(text)
            or _SPEED.search(text)
            or ("%" in text and _INCLINE.search(text))
            or (_may_climb(text) and _names_a_climb(text))
        ):
            return "other"  # "45 min", "400m", "8.5 mph", "+2400ft": about the exercise beside it
        if _DIGIT.search(text):
            return "meal"  # "2 eggs", or "2 xyzzies": an amount of something, to ask about
        if _parse_items(text, ctx, cued=False) is not None:
            return "meal"
        if after_session and _names_a_food(words, ctx):
            return "meal"  # "pizza to celebrate": a food the reply shows or asks about
    except ImplausibleValue:
        return "meal"  # the meal reader refuses it with its own words
    return "other"


def _names_a_food(words: list[str], ctx: ParseContext) -> bool:
    """A word of the piece, not chatter, is a food of the table by its exact name."""
    return any(
        w not in _CHATTER_WORDS and len(w) > 2 and ctx.foods.exact(w) is not None for w in words
    )
