"""Several things in one clause: "ran 4 mi 35:10 + 15 min core", "breakfast oats, lunch soup"."""

from __future__ import annotations

import re
from typing import Literal

from engine.activities import ACTIVITIES, ACTIVITY_WORD_SET, ACTIVITY_WORDS
from engine.errors import ImplausibleValue
from engine.parsing.chat import whole_clause_chat
from engine.parsing.chatter import _CHATTER_WORDS
from engine.parsing.clauses import (
    _EAT_VERBS,
    _EAT_WORDS,
    _RUN_WORDS,
    _SEGMENT_WORDS,
    _classify,
    minutes_after_a_run_label,
    session_after_a_run,
)
from engine.parsing.context import (
    _DIGIT,
    ClauseKind,
    ParseContext,
    _Clause,
    letter_runs,
)
from engine.parsing.item_words import _clean_name, _read_item, _stated_numbers
from engine.parsing.items import _parse_items
from engine.parsing.labels import (
    DISH_BEFORE_LABEL,
    LABEL_ALT,
    LABEL_ONLY_FIRST,
    QUALIFIERS,
    not_after,
)
from engine.parsing.meals import _MEAL_KINDS, _MEAL_WORD, _may_name_meal
from engine.parsing.paces import _INCLINE, _SPEED
from engine.parsing.reps import _REPS_HINT
from engine.parsing.runs import (
    _DISTANCE,
    _DURATION,
    _ELEVATION,
    _NAMED_DISTANCE,
    _RUN_HINT,
    _may_climb,
    distance_said_again,
    parts_then_the_whole,
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

#: Every branch starts with a character (a look-behind comes after the first space, shifted
#: by it): the regex engine skips a branch at once where its first character is not, but tries
#: a leading look-around as a small match of its own at every position of the text.
_SEGMENT_CUT = re.compile(
    r",\s*|\|\s*|\s\s*\|\s*|\s\+\s+|\s(?<!\bme\s)\s*and\s+|\s\s*plus\s+|\s/\s+"
    r"|\s(?<!\b[bldst]\s)-\s+"
    r"|\s(?<=[0-9]:[0-5][0-9]\s)\s*(?=(?:swim|swam|bike|biked|ride|rode|cycle|cycled|run|ran)\b)"
    r"|\s\s*(?=(?:after|before)\s+(?:(?:my|the|a|this|today's)\s+)?[0-9])"
    # the look-behinds are tried only where a label follows white space
    rf"|\s\s*(?=[{LABEL_ONLY_FIRST}bdlprst])"
    r"(?=(?:(?:post|pre)[- ]?(?:run|race|workout)(?!\s+(?:party|do|bash|drinks|social)\b)(?!\W*$|,)"
    rf"|(?:{LABEL_ALT}|tea|arvo|recovery|[bldst])\s*(?::|=|\)\s)|(?:{LABEL_ALT})\s+(?:-|was\b|were\b)))"
    + not_after(("chippy", "for", "at", "my", *DISH_BEFORE_LABEL, *QUALIFIERS))
)
#: Fuel taken on the run, by its words: a piece of it before food labelled after the run.
_FUEL_PIECE = re.compile(
    r"\b(?:gels?|chews?|bloks?|shot\s+blocks|tailwind|skratch|maurten|jelly\s+babies)\b"
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
    if whole_clause_chat(text):
        return [(clause, "skip")]  # "my friend weighs 12 stone and eats 3000 kcal a day"
    if session_after_a_run(text) or parts_then_the_whole(text):
        # "core post run 15 min": "post run" labels no meal here; "2k easy, 5k @ 4:20, 1k
        # easy = 8k in 38:30": one run, the whole
        return [(clause, None)]
    pieces = _dishes_kept(_cut(text), ctx)
    if len(pieces) < 2:
        return [(clause, None)]
    rough = [_rough_kind(_Clause(piece, clause.question), ctx) for _, piece in pieces]
    pieces = _when_as_labels(text, pieces, rough)  # "a banana before, toast after"
    only_food = all(kind == "meal" for kind, _ in rough)  # then only labels cut: no lookups
    if only_food and not any(
        _label_starts(piece, "meal") or _label_ends(before) or _after_the_fuel(before, piece)
        for (_, piece), (_, before) in zip(pieces[1:], pieces, strict=False)
    ):
        return [(clause, None)]
    groups: list[tuple[str, ClauseKind | Literal["other"]]] = []
    pending = ""
    # "oats, eggs on toast for lunch, jacket potato for tea, a kitkat": with two meals or more
    # labelled at their end, each labelled piece is a meal of its own
    day_log = (only_food or "meal" in (k for k, _ in rough)) and sum(
        _label_ends(piece) for _, piece in pieces
    ) >= 2
    for (sep, piece), (first_kind, blanked) in zip(pieces, rough, strict=True):
        if groups and groups[-1][1] == "run" and run_part(piece):
            continue  # "progression run 14k 1:08:40, last 3k sub 4:30": a part of the run
        if groups and groups[-1][1] == "strength" and minutes_after_a_run_label(piece):
            groups[-1] = (groups[-1][0] + sep + piece, "strength")
            continue  # "core post run 15 min and a banana": the core's minutes
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
            and not (
                kind == "meal"
                and _label_ends(piece)
                and ((day_log and "," in sep) or _MEAL_WORD.search(groups[-1][0]))
            )
            and not (kind == "meal" and "," in sep and _after_the_fuel(groups[-1][0], piece))
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


def _after_the_fuel(before: str, piece: str) -> bool:
    """ "4 gels (400kcal), pint of milk after": fuel on the run, then food after it."""
    return _FUEL_PIECE.search(before) is not None and (
        _label_ends(piece) or _AFTER_END.search(piece) is not None
    )


#: Food said to come after, at the end of its piece: "a pint of milk after", "... afterwards".
_AFTER_END = re.compile(r"\b(?:after|afterwards|post[- ]?run)\W*$")


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
        if _activity_key(piece) is not None and _RUN_WORDS.isdisjoint(letter_runs(piece)):
            return "activity"  # "T-run off the bike 5km 23:10 after 40km ride in 1:15"
        return "run"  # "... after my 4 mile run (34:50)"
    if (
        kind == "run"
        and before_kind == "weight"
        and piece.lstrip().startswith(("after ", "before "))
        and _DURATION.search(piece) is None
    ):
        return "other"  # "69.9 kg after a 10k": when it was weighed; the run is logged elsewhere
    if kind == "meal" and not only_food:
        if before_kind in _SESSIONS and _HOUR_STARTS.match(piece) is not None:
            return "meal"  # "6pm run 6k 33:00, 8pm fish and chips": the clock starts a meal
        if before_kind in _SESSIONS and _LAP_COUNT.match(blanked) is not None:
            return "other"  # "5k time trial on the track, 12.5 laps, 19:48": the run's laps
        if before_kind == "activity" and _PLAY_COUNT.fullmatch(blanked.strip()) is not None:
            return "other"  # "tenpin bowling, 3 games, 1 hour": the session's games
        return _meal_or_other(blanked, ctx, before_kind in _SESSIONS)
    if before_kind in _SESSIONS and distance_said_again(before, piece):
        return "other"  # "rode 50 km / 31 mi 1:50:00": the ride's distance in miles, its time
    if kind == "activity" and before_kind == "run" and walked_in_run(piece):
        return "other"  # "did parkrun, walked some of it, 41:05": the run's own walking
    if kind == "run" and before_kind == "activity" and figures_of_activity(before, blanked):
        return "other"  # "open water swim 45 mins, 2.2km": the swim's distance
    if (
        kind == "run"
        and before_kind == "strength"
        and _RUN_WORDS.isdisjoint(letter_runs(blanked))
        and not _has_figures(blanked)
    ):
        return "other"  # "squats 5x5, rdl 3x8": sets and reps of the gym session
    return kind


#: A count of laps or lengths opening a piece: after a session, how many it was.
_LAP_COUNT = re.compile(r"\W*[0-9]{1,3}(?:\.[0-9])?\s*(?:laps?|lengths?)\b")
#: A count of what a sport is played or climbed in, a piece of its own after the session: "3
#: games", "2 rounds", "4 races", "12 ends", "2 dives", "3 munros".
_PLAY_COUNT = re.compile(
    r"\W*[0-9]{1,3}\s*(?:games?|rounds?|races?|ends|frames?|matches|dives|munros|summits"
    r"|peaks|routes|problems|chukkas|innings|heats|bouts|holes)\W*"
)
#: A clock of the day said with am or pm first in a piece: "8pm fish and chips".
_HOUR_STARTS = re.compile(r"\s*[0-9]{1,2}(?:[:.][0-5][0-9])?\s*(?:am|pm)\b")


def figures_of_activity(activity: str, blanked: str) -> bool:
    """A piece of figures after an activity, no run of its own ("open water swim 45 mins,
    2.2km"; "Ride" then "42.3 km" then "1:28:10" from a watch)."""
    return _bare_figures(blanked, _REPS_HINT.search(activity) is not None, activity) or (
        _figures_for(activity, blanked)
    )


def walked_in_run(piece: str) -> bool:
    """A walk with no figures of its own beside a run: part of that run ("walked the hills")."""
    return _DIGIT.search(piece) is None and _activity_key(piece) == "walk"


def _bare_figures(text: str, after_reps: bool, before: str) -> bool:
    """A piece of numbers and units only ("2.2km", "3.2 km in total"), no word of a run; after
    a set of reps ("css set 10x100m, 1.8k total in 36 min"), its time too."""
    if not _RUN_WORDS.isdisjoint(letter_runs(text)):
        return False
    key = _activity_key(before)
    if key is not None and ACTIVITIES[key].max_kmh <= 1.0:
        return False  # "yoga 30 mins and a 5k": yoga goes no distance, so the 5k is a run
    if key not in _SETS and _REPS_HINT.search(text) is not None:
        return False  # "walked to the track 15 min, 6x800": the reps are a run
    # "long walk with the dog, 7km 1h25": figures for a session that had none
    before = _PLAY_COUNT.sub(" ", before) if _DIGIT.search(before) else before  # "2 munros"
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
    return _DIGIT.search(activity) is None and _RUN_WORDS.isdisjoint(letter_runs(text))


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


def _dishes_kept(pieces: list[tuple[str, str]], ctx: ParseContext) -> list[tuple[str, str]]:
    """The pieces, with a dish whose name holds "and" in one piece: "10k 50:00, fish and
    chips" cut at its "and" had logged the chips alone, the fish read as part of the run."""
    kept: list[tuple[str, str]] = []
    for sep, piece in pieces:
        if kept and sep.strip() in ("and", "&") and _dish_across(kept[-1][1], piece, ctx):
            kept[-1] = (kept[-1][0], kept[-1][1] + sep + piece)
        else:
            kept.append((sep, piece))
    return kept


def _dish_across(before: str, after: str, ctx: ParseContext) -> bool:
    """Whether the last words before an "and" and the first after it name a dish of the
    table ("fish and chips", "mac and cheese", "bangers and mash", "sweet and sour chicken")."""
    left, right = before.split()[-2:], after.split()[:3]
    return any(
        ctx.foods.exact(" ".join([*left[i:], "and", *right[:j]])) is not None
        for i in range(len(left))
        for j in range(1, len(right) + 1)
    )


def _separate_sessions(before: str, piece: str, kind: str, *, sentences: bool = False) -> bool:
    """ "am run 9k 48m, pm run 5k 27m" are two runs; "swim 1.5k 31:02, bike 40k 1:15:40" two
    activities; "6x800m, 8.2k total in 45:30" one run."""
    if kind == "activity":
        if ride_under_its_title(before, piece):
            return False
        return _activity_key(before) != _activity_key(piece) or (
            _complete(before) and _complete(piece)
        )
    return kind == "run" and (
        (
            _complete(before)
            and (_complete(piece) or (_RUN_VERB.search(piece) is not None and _has_figures(piece)))
        )
        or (_own_part_of_day(before) and _own_part_of_day(piece))
        or _legs_of_their_own(before, piece, sentences=sentences)
    )


#: A run's own leg: a journey ("run commute 7k", "7k home"), or a warm-up or cool-down.
_LEG_MARK = re.compile(
    r"\b(?:(?P<journey>home|commute|to\s+(?:the\s+)?(?:parkrun|park run|work|office|club|start))"
    r"|cool[- ]?down|cd|warm[- ]?up|wu|warmup)\b"
)


def _legs_of_their_own(before: str, piece: str, *, sentences: bool) -> bool:
    """ "run commute 7k, 7k home", "ran 5k then 5k cooldown", "wu 2k, 6k tempo 25:30, cd 2k":
    a run each. Warm-up and cool-down said in one breath with no time of their own are one
    run with the rest ("1k warm up, 6k steady, 1k cool down")."""
    marks = [m for text in (before, piece) if (m := _LEG_MARK.search(text)) is not None]
    if not marks or not _distance_of_its_own(before, piece):
        return False
    return (
        sentences
        or any(m["journey"] for m in marks)
        or _own_time(before)
        or _own_time(piece)
    )


def _own_time(text: str) -> bool:
    """A time of the leg's own, not the minutes of its reps ("6 x 5 min threshold")."""
    if "x" in text:
        text = _REPS_HINT.sub(" ", text)
    return _DURATION.search(text) is not None


def _distance_of_its_own(before: str, piece: str) -> bool:
    """Both pieces name a distance, and neither is a total holding the other ("12k incl 2k
    wu and 2k cd", "pyramid 200-400-800, 5.2 km incl warm up")."""
    return all(
        (
            _DISTANCE.search(text) is not None
            or _REPS_HINT.search(text) is not None
            or _NAMED_DISTANCE.search(text) is not None  # "parkrun 25:02 + 2k jog home"
        )
        and "total" not in text
        and _INCLUDING.search(text) is None
        for text in (before, piece)
    )


_INCLUDING = re.compile(r"\b(?:incl|including|inc|with|of which)\b")


#: A run of its own after a whole one: "parkrun 26:00 then jogged home 15 min".
_RUN_VERB = re.compile(r"^(?:and\s+)?(?:then\s+)?(?:i\s+)?(?:ran|jogged|run|jog)\b")


def _has_figures(text: str) -> bool:
    return _DISTANCE.search(text) is not None or _DURATION.search(text) is not None


#: A run's own time of day or day: "6k am, 8k pm", "5 miles this morning, 3 this evening",
#: "ran 10k yesterday and 5k today", "8 miles on saturday and 4 on sunday".
_PART_OF_DAY_MARK = re.compile(
    r"\b(?:am|pm|a\.m\.|p\.m\.|morning|lunch(?:time)?|afternoon|evening|night|tonight"
    r"|commute|second run|2nd run|run 2|yesterday|today|[2-7]\s+days\s+ago"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
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


#: An indoor ride's names: an app or a machine ("Peloton", "Zwift") and a ride.
_BIKE_KEYS = frozenset({"spin", "cycle"})


def ride_under_its_title(before: str, piece: str) -> bool:
    """An app's or a machine's name alone, then its ride: "Peloton\n30 min Power Zone Ride\n
    14.2 mi" is one ride."""
    return not _has_figures(before) and {_activity_key(before), _activity_key(piece)} == (
        _BIKE_KEYS
    )


def _activity_key(text: str) -> str | None:
    word = next((w for w in letter_runs(text) if w in ACTIVITY_WORD_SET), None)
    return ACTIVITY_WORDS[word] if word is not None else None


def _may_hold_two_kinds(text: str) -> bool:
    """Cheap test before cutting: a clause of food alone, without labels, needs no cutting."""
    if not _SEGMENT_WORDS.isdisjoint(letter_runs(text)):
        return True
    if _DIGIT.search(text) is not None and (
        ("am" in text or "pm" in text or "at" in text or "@" in text or ":" in text)
        and _CLOCK_HINT.search(text) is not None
    ):
        return True  # "7am oats, 1pm soup"
    if "c25k" in text or "to 5k" in text:
        return True  # a beginner's plan is a run: "c25k 25 min + a flapjack"
    if (" before" in text or " after" in text or "th" in text) and (
        _WHEN_THEN_CUT.search(text) is not None
    ):
        return True  # "a banana before, 2 slices of toast after": two meals

    return _DIGIT.search(text) is not None and (
        _RUN_HINT.search(text) is not None
        or "kg" in text
        or "lb" in text
        or "kilo" in text
        or "pound" in text
        or ("st" in text and _STONE_HINT.search(text) is not None)
    )


#: A piece of food ended by when it was had (around a session, or a part of today), then
#: another piece: "a banana before, toast after", "eggs this morning and a curry tonight".
_WHEN_THEN_CUT = re.compile(
    r"[a-z] (?:before|after|this\s+(?:morning|afternoon|evening)|tonight)"
    r"\s*(?:,|\+|and\b)"
)
#: "before" or "after" alone ending a piece of food: when it was had around the session.
_BARE_WHEN_END = re.compile(r"(?<=[a-z] )(?P<when>before|after)(?=\W*$)")


def _around_a_session(m: re.Match[str]) -> str:
    """ "a banana before": the food before the session, as "pre-run" labels it."""
    return "pre-run" if m["when"] == "before" else "post-run"


def _when_as_labels(
    text: str, pieces: list[tuple[str, str]], rough: list[tuple[ClauseKind, str]]
) -> list[tuple[str, str]]:
    """Food pieces ended by "before" or "after" alone, as "pre-run" and "post-run" end them,
    when one ends a piece before another: "a banana before, 2 slices of toast after" is two
    meals ("a lussekatt and a latte after" is one, both after)."""
    if " before" not in text and " after" not in text:
        return pieces
    ended = [
        i for i, ((_, piece), (kind, _)) in enumerate(zip(pieces, rough, strict=True))
        if kind == "meal" and _BARE_WHEN_END.search(piece)
    ]
    if not ended or ended[0] == len(pieces) - 1:
        return pieces
    return [
        (sep, _BARE_WHEN_END.sub(_around_a_session, piece) if i in ended else piece)
        for i, (sep, piece) in enumerate(pieces)
    ]


#: A label after the food ends its meal: "oats for breakfast, soup for lunch".
_LABEL_ENDS = re.compile(
    rf"\b(?:for|at|as)\s+(?:my\s+|a\s+)?(?:{LABEL_ALT}|tea)\W*$"
    r"|\((?:[blds]|breakfast|lunch|dinner|snack)\)\W*$"
    # when, around a session: "porridge pre-run, a flat white post-run", "a banana before,
    # toast after", "porridge before the run"
    r"|(?<=[a-z] )(?:(?:pre|post)[- ]?(?:run|race|workout)|(?:before|after)(?:\s+(?:the|my)"
    r"\s+(?:[a-z]+\s+)?(?:run|race|session|workout))?)\W*$"
    # a part of today: "2 eggs on toast this morning and a burrito tonight"
    r"|(?<=[a-z0-9] )(?:this\s+(?:morning|afternoon|evening)|tonight)\W*$"
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
_CLOCK_24 = re.compile(
    rf"\s*(?:(?:{LABEL_ALT})\s+)?(?P<clock>(?:[01]?[0-9]|2[0-3]):[0-5][0-9])\s+(?=[a-z0-9])"
)  # a meal's label may come first: "brekkie 7:30 porridge"
_CLOCK_ENDS = re.compile(rf"\b{_CLOCK_AT}\W*$")
_CLOCK_HINT = re.compile(
    rf"(?:^|[,;+]\s*)(?:{_CLOCK_AT}\b|[0-9]{{1,2}}:[0-9]{{2}}\s+[a-z0-9])|\b{_CLOCK_AT}\s*(?:,|$)"
)


def _clock_before_food(text: str, ctx: ParseContext) -> tuple[TimeRef, str] | None:
    """ "08:00 porridge": the time and the food, blanked as find_time blanks a time; None
    when the words after the clock are no food ("22:30 5k" is a run's time)."""
    lead = _CLOCK_24.match(text) if ":" in text[:24] else None
    if lead is None:
        return None
    start = lead.start("clock")
    rest = text[:start] + " " * (lead.end() - start) + text[lead.end() :]
    if _classify(_Clause(rest.strip(), question=False), rest) != "meal":
        return None
    clock = lead["clock"]
    found, _ = find_time(f"at {clock}", ctx.received_at, ctx.tz)
    return (found, rest) if found is not None else None


#: A time of the session's own after a clock that starts it: "06:30 ran 10k 50:00".
_OWN_DURATION = re.compile(
    r"[0-9]:[0-5][0-9]|\b[0-9]+(?:\.[0-9]+)?\s*(?:min|mins|minutes|hrs?|hours?|h)\b"
)


def clock_before_session(text: str, ctx: ParseContext) -> tuple[TimeRef, str] | None:
    """ "06:30 ran 10k 50:00", "7:15 parkrun 24:30": a 24-hour clock before a session that
    states its own time is when it started, never added to that time; "22:30 5k" (no other
    time) stays the run's time."""
    lead = _CLOCK_24.match(text) if text[:1].isdigit() or text[:1] == " " else None
    if lead is None or _OWN_DURATION.search(text, lead.end()) is None:
        return None
    found, _ = find_time(f"at {text[: lead.end()].strip()}", ctx.received_at, ctx.tz)
    return (found, " " * lead.end() + text[lead.end() :]) if found is not None else None


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


def label_ends(text: str) -> bool:
    """ "soup for lunch", "oats at 7am": a clause whose meal's label or clock ends it."""
    return _label_ends(text)


def _label_ends(before: str) -> bool:
    """ "oats for breakfast, soup for lunch", "oats at 7am, soup at 1pm": that meal ends."""
    return _LABEL_ENDS.search(before) is not None or (
        _DIGIT.search(before) is not None and _CLOCK_ENDS.search(before) is not None
    )


def _rough_kind(piece: _Clause, ctx: ParseContext) -> tuple[ClauseKind, str]:
    """The piece's kind by its words alone ("meal" when nothing else fits), and its text with
    the time phrase blanked."""
    letters = letter_runs(piece.text)
    _, text = find_time(piece.text, ctx.received_at, ctx.tz, letters)
    if text is piece.text and (clocked := _clock_before_food(text, ctx)) is not None:
        return "meal", clocked[1]
    return _classify(piece, text), text


#: A time to beat beside a run: "sub 4!!", "sub-20 at last", "sub 3:30".
_SUB_TIME = re.compile(
    r"\W*(?:a\s+|finally\s+)?sub[- ]?[0-9]{1,2}(?::[0-5][0-9])?\b"
    r"(?:\s+(?:at\s+last|finally|done|achieved|yes+|woo+))*[^a-z0-9]*$"
)
#: Numbers alone beside a session: a rep's split ("6x400: 82, 80, 79"), a lap.
_BARE_NUMBERS = re.compile(r"\s*[0-9]{1,3}(?:\.[0-9]{1,2})?\s*")
#: A line of a watch app's summary: what the session measured, never food.
_WATCH_LINE = re.compile(
    r"^\W*(?:(?:duration|time|distance|pace|energy)\W*(?=[0-9])"
    r"|active|total (?:time|distance|calories|kilocalories|kcal)|moving|elapsed|workout"
    r"|avg|average|max|heart|hr|bpm|cadence|spm|power|watts|kilocalories|calories|cals?|kcal|steps|stride|elevation|ascent|descent|vo2"
    r"|training (?:effect|load)|temp|temperature|splits?|laps?|effort|perceived|rpe"
    r"|(?:total|active|move|resting)\s+energy"  # not "energy gel x3": a food
    # the watch's own name heading its copy: "Garmin Forerunner 265", "COROS PACE 3"
    r"|(?:garmin|coros|polar|suunto|wahoo|fitbit|amazfit|apple\s+watch|forerunner|fenix)"
    r"(?=[a-z0-9 .-]*$))\b"
    # the figure first, as an Apple Watch shows it: "412 ACTIVE CAL", "149 AVG BPM", "172 SPM"
    r"|^\W*[0-9]{2,4}(?:\.[0-9]+)?\s*(?:(?:active|total|move|avg|average|max|min)\s*)?"
    r"(?:k?cals?|kcal|kilocalories|calories|bpm|spm|watts|w)\W*$"
)


#: A part of the run before it, which is no run of its own: "last 3k sub 4:30", "final 4k in
#: 15:40", "first 4 easy then last 4 at 7:00", "mile 9 was 7:40", "last km 4:02".
_RUN_PART = re.compile(
    r"\W*(?:(?:and|but|with|then|incl|including)\s+)*(?:the\s+|my\s+)?(?:"
    r"(?:last|first|final|middle|closing|opening|fastest|slowest)\s+(?:"
    r"[0-9]{1,2}(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?|m|laps?|reps?)?|two|three|four|five"
    r"|half|few\s+[a-z]+|km|k|kilometre|kilometer|mile|lap|rep|split)\b"
    r"|(?:second|back)\s+half\b"
    # its time first: "4:40 first km", "6:55 for the last mile"
    r"|[0-9]{1,2}:[0-5][0-9]\s+(?:for\s+)?(?:the\s+)?(?:last|first|final|closing|opening)\s+"
    r"(?:km|k|kilometre|kilometer|mile|lap|[0-9]{1,2}\s*(?:k|km|mi|miles?))\b"
    r"|(?:lap|split|km|kilometre|kilometer|mile|rep)\s*#?\s*[0-9]{1,2}\b(?![.:])"
    # a bare number of the run's own unit, and what it was: "10 miles, 2 wu, 6 @ MP, 2 cd"
    r"|[0-9]{1,2}(?:\.[0-9]+)?\s*(?:@|(?:wu|cd|warm|cool|at|easy|steady|mp|hmp|tempo"
    r"|threshold|jog)\b)(?![^,;]*\b(?:k|km|kms|mi|miles?|mins?|minutes)\b))"
)


def run_part(text: str) -> bool:
    """A piece that tells of a part of the run before it (see _RUN_PART)."""
    return _RUN_PART.match(text) is not None


_LAP_SPLIT = re.compile(
    r"\s*(?:(?:lap|split|km|mile)\s*[0-9]{1,2}|(?:best|fastest|slowest|avg|average)\s+(?:lap"
    r"|split|km|kilometre|kilometer|mile|1k|5k|400m?|800m?))\W*[0-9]{1,2}:[0-5][0-9]\W*$"
)


def lap_split(text: str) -> bool:
    """A watch's line for one lap or split: "Lap 3 5:02", "km 4: 4:51", "Best lap 3:41"."""
    return text[:1] in "lskmbfa " and _LAP_SPLIT.match(text) is not None


def watch_line(text: str) -> bool:
    """A line of a watch app's summary ("Duration 00:45:12", "Avg HR 151 bpm")."""
    return _WATCH_LINE.match(text) is not None


def _names_a_climb(text: str) -> bool:
    """ "+2400ft", "elev 300 m": a climb with its unit or word ("+2 eggs" is food)."""
    m = _ELEVATION.search(text)
    return m is not None and bool(m["u"] or m["v2"] or m["v3"])


def _meal_or_other(
    text: str, ctx: ParseContext, after_session: bool = False
) -> Literal["meal", "other"]:
    """Whether a piece with no exercise words names food, or only adds to its neighbour; after
    a session, one word of food is enough ("10k race 48:12 (pb!) pizza to celebrate")."""
    if _WATCH_LINE.match(text) or (after_session and _SUB_TIME.match(text)):
        return "other"  # "Avg. Heart Rate 151BPM" under a run; "sub 4!!" is no 4 subs
    words = letter_runs(text)
    try:
        stated, rest = _stated_numbers(text)
        if stated.any() and not _clean_name(rest) and _EAT_VERBS.isdisjoint(words):
            return "other"  # "650 kcal" after a run is what the run burned
        if not _EAT_WORDS.isdisjoint(words) or (
            _may_name_meal(text, words) and _MEAL_WORD.search(text)
        ):
            return "meal"
        if (
            _DURATION.search(text)
            or _DISTANCE.search(text)
            or _SPEED.search(text)
            or ("%" in text and _INCLINE.search(text))
            or (_may_climb(text) and _names_a_climb(text))
            or (after_session and _BARE_NUMBERS.fullmatch(text))
        ):
            return "other"  # "45 min", "400m", "8.5 mph", "+2400ft", a split's "80"
        if _DIGIT.search(text):
            return "meal"  # "2 eggs", or "2 xyzzies": an amount of something, to ask about
        if _parse_items(text, ctx, cued=False) is not None:
            return "meal"
        if after_session and _names_a_food(words, ctx):
            return "meal"  # "pizza to celebrate": a food the reply shows or asks about
    except ImplausibleValue:
        return "meal"  # the meal reader refuses it with its own words
    return "other"


def _names_a_food(words: tuple[str, ...], ctx: ParseContext) -> bool:
    """A word of the piece, not chatter, is a food of the table by its exact name."""
    return any(
        w not in _CHATTER_WORDS and len(w) > 2 and ctx.foods.exact(w) is not None for w in words
    )
