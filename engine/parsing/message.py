"""The public entry: one chat message to a ParseResult, clause by clause."""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Literal, TypeVar

from engine.activities import ACTIVITY_WORD_SET
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
from engine.food_model import Food
from engine.parsing.bare import _bare_number
from engine.parsing.chat import (
    _CHAT,
    _FIGURE_WORDS,
    _GREETING,
    _QUESTION_START,
    _THANKS,
    EATEN_BY,
    EATEN_WORDS,
    _in_passing,
    _plan,
    asks,
    choices_asked,
    craving,
    done_now,
    event_ahead,
    long_ago_only,
    named_other,
    no_session_figures,
    plan_heading,
    run_planned,
    someone_else_did,
    someone_else_only,
    theirs_still,
    weekday_ahead,
    whole_clause_chat,
    with_others,
)
from engine.parsing.chatter import (
    _NOW_FIGURE,
    _drop_chatter_parts,
    _drop_shake_name,
    _is_chatter,
    _run_beside_food,
    small_talk,
)
from engine.parsing.clauses import (
    _EAT_WORDS,
    _NEGATIVE,
    _STRENGTH_TRIGGERS,
    _STRENGTH_WORDS,
    _classify,
    _clause_words,
    _has_negative_amount,
    _normalize,
    _not_done,
    _split_clauses,
    day_moment,
    helped_at,
    listed_parts,
    numbered_list,
)
from engine.parsing.context import (
    _DIGIT,
    _LETTERS,
    MAX_CHARS,
    MAX_MEAL_KCAL,
    TEXT_CACHE_SIZE,
    ClauseKind,
    Intent,
    ParseContext,
    ParseResult,
    _Clause,
    letter_runs,
)
from engine.parsing.corrections import settle
from engine.parsing.diaries import diary_copy
from engine.parsing.gate import held
from engine.parsing.item_words import _clean_name, _read_item
from engine.parsing.items import (
    BARE_KCAL,
    CORRECTION,
    _name_after_amount,
    _names_no_food,
    _parse_items,
    bare_count,
    drop_asides,
    drop_circumstance,
    forget_phrases,
    omelette_eggs,
    restated,
)
from engine.parsing.labels import DISH_LABEL
from engine.parsing.layout import lay_out, lines_of_a_day, timed_runs_of_a_report
from engine.parsing.leftover import a_dish_unknown, asked, food_and_unknown, lacks_a_row
from engine.parsing.meals import (
    _MEAL_KINDS,
    _MEAL_WORD,
    _drop_dish_name,
    _drop_head,
    _drop_place,
    _may_name_meal,
    _meal_time,
    a_ride,
    batch_food,
    bought_only,
    chain_s_fries,
    food_after_for,
    of_the_batch,
    without_context,
    without_parts_held,
)
from engine.parsing.reps import _PROGRAMME
from engine.parsing.runs import (
    _blank_spans,
    _named_race_km,
    _parse_run,
    _run_and_rest,
    _run_figures,
    race_names_only_qualify,
)
from engine.parsing.segments import (
    _amount_only,
    _clock_before_food,
    _meal_or_other,
    _only_numbers,
    _rough_kind,
    _segments,
    _separate_sessions,
    clock_before_session,
    figures_of_activity,
    label_ends,
    lap_split,
    ride_under_its_title,
    run_part,
    walked_in_run,
    watch_line,
)
from engine.parsing.sessions import (
    _TRI_RACE,
    _parse_activity,
    _parse_strength,
    _race_legs,
    drop_race_total,
    race_in_total,
)
from engine.parsing.weights import _parse_weight, later_weight, weighs_in_pounds, weight_unit
from engine.spelling import english_words
from engine.timewords import PART_OF_DAY, TimeRef, find_time

# ---------------------------------------------------------------------------------------------
# The parser


def parse_message(text: str, ctx: ParseContext) -> ParseResult:
    """Read one chat message into events; raise ImplausibleValue or ParseError only.

    A message the chat gate doubts (a plan with its figures, someone else's race) has its
    events in `held` instead: read, shown, not logged unless the runner says so. Only meals of
    unknown words are never held: they log no figure, and the reply asks about them anyway.
    """
    result = _parse(text, ctx)
    if ctx.gate and _adds_figures(result.events) and held(text[:MAX_CHARS]):
        return replace(result, events=(), held=result.events, corrects_last=False)
    return result


def _adds_figures(events: tuple[Event, ...]) -> bool:
    """Whether an event would change a day's figures (a meal of unknown words would not)."""
    return any(not isinstance(e, MealLogged) or any(i.kcal is not None for i in e.items)
               for e in events)


def _parse(text: str, ctx: ParseContext) -> ParseResult:
    builder = _Builder(ctx)
    laid = lay_out(diary_copy(text[:MAX_CHARS]))  # tables, checklists, apps: plain lines
    text = laid.text
    builder.message = text.lower()
    read = _read_text(text)
    builder.legs, builder.race_km, clauses, builder.legs_shared, later, corrects_last = read[:6]
    builder.in_pounds = weighs_in_pounds("; ".join(c.text for c in clauses))
    numbered = laid.steps or _numbered_meals(text)
    lined = len(read[6]) > 1 and "\n" in text and _lines_of_a_day(text)
    parts = []
    for i, clause in enumerate(clauses):
        cut = [
            part
            for c in ([clause] if whole_clause_chat(clause.text) else _beside(clause, ctx))
            for part in _segments(c, ctx)
        ]
        if i in later and cut:
            builder.later.add(cut[0][0].text)  # said to come later: "..., then a burger"
        if numbered and cut:
            builder.own_meal.add(cut[0][0].text)  # "1. porridge\n2. chicken wrap": a meal each
        elif lined and i in read[6] and cut and _GOES_ON.match(clause.text) is None:
            builder.line_start.add(cut[0][0].text)  # "today\nporridge\nbanana": a meal each
        elif i in read[7] and cut and _GOES_ON.match(clause.text) is None:
            builder.sentence_start.add(cut[0][0].text)  # "dinner curry. a pint of cider."
        parts.extend(cut)
    for part, kind in _join_lines(parts, ctx) if len(parts) > 1 else parts:
        try:
            builder.add(part, kind)
        except (ImplausibleValue, ParseError):
            if not laid.report:
                raise
            builder.unparsed.append(part.text)  # one sentence of a report: asked, the rest kept
    result = _in_own_words(builder.result(), text)
    if laid.report:
        result = replace(result, events=timed_runs_of_a_report(result.events))
    if (corrects_last or laid.corrects) and result.events:
        return replace(result, corrects_last=True)
    if result.intent == "unknown" and not result.unparsed and text.strip():
        return replace(result, intent="chat")  # all understood, none of it to log: "rest day 😴"
    return result


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _read_text(
    text: str,
) -> tuple[
    dict[str, float] | None, float | None, tuple[_Clause, ...], bool, frozenset[int], bool,
    frozenset[int],
    frozenset[int],
]:
    """A triathlon's leg distances, the race the message names, its clauses, whether a
    triathlon's finish time was shared among its legs, which clauses were said to come
    later ("then", "afterwards"), whether the message corrects the one before (its own
    corrections settled first: "ran 10k in 52 min, no wait 53" is 53 min), which clauses
    start a line, and which start a sentence after a full stop.

    Pure, so kept by text (runners send the same message again); a refusal is not kept.
    """
    norm, corrects_last = settle(weekday_ahead(with_others(_normalize(named_other(text)))))
    if "-" in norm and _NEGATIVE.search(norm) and _has_negative_amount(norm):
        raise ImplausibleValue(
            "That number is negative, which can't be right. Nothing was saved; "
            "please send it again without the minus sign."
        )
    legs = _race_legs(norm)
    if legs:
        norm = drop_race_total(norm)
        shared = False
    elif (split := race_in_total(norm)) is not None:
        norm, shared = split, True  # "did a sprint tri in 1:25": its legs share the time
    else:
        shared = False
    clauses = choices_asked(tuple(_split_clauses(norm)))
    later = _said_later(norm, clauses)
    return legs, _named_race_km(norm), clauses, shared, later, corrects_last, _line_starts(
        norm, clauses
    ), _sentence_starts(norm, clauses)


def _numbered_meals(text: str) -> bool:
    """A day's log as a list with no meal labels: each part is a meal of its own ("1.
    porridge + blueberries\n2. chicken wrap\n3. protein bar 200 kcal"). A list on one line
    ("1) oats 2) soup 3) pasta", "eggs | toast | coffee") may be one meal's foods; it is a
    day's when it says so ("food today: oats / soup / curry") or its parts have their own
    kcal ("oats / chicken wrap 450 kcal / curry 700 kcal")."""
    said = text.lower()
    bullets = 0
    if not said.isascii():
        said, bullets = _BULLET.subn("", said)  # "• 1. porridge\n• 2. soup": bullets, marks
        if "\n" in said and not bullets:
            said, bullets = _EMOJI_LED.subn("", said)  # "🥣 granola\n🏃 8k 42:30\n🍝 pasta"
        elif not bullets and _EMOJI_LED.match(said):
            said, bullets = _EMOJI_PART.subn(" ", said)  # "🌅 porridge 🌞 soup 🌙 curry 700 kcal"
    if "\n" in said and _NUMBERED.search(said) is not None:
        listed = numbered_list(said)
    else:
        listed = numbered_list(said) or listed_parts(said) or bullets >= 2  # "• oats\n• soup"
        listed = listed and _A_DAYS_LIST.search(said) is not None
    if listed and ("dinner" in said or "lunch" in said):
        said = _DISH_MEAL.sub(" ", said)  # "roast chicken dinner 900kcal": a dish, no label
    return listed and _MEAL_WORD.search(said) is None  # the long search last: lists are rare


def _lines_of_a_day(text: str) -> bool:
    """Whether each line of food is a meal of its own: a day's log by lines, which says so
    ("today\nporridge\nbanana"), or has a kcal, a clock, a distance or a weight among its
    lines; not a food diary app's copy of one meal. Lines with no such sign ("• porridge\n•
    a banana\n• a coffee") may be one meal's foods."""
    return _A_DAYS_LIST.search(text.lower()) is not None and lines_of_a_day(text)


_BULLET = re.compile(r"[•▪◦][^\S\n]*")
#: A numbered list's first mark at the start of a line: "1. porridge\n2. chicken wrap".
_NUMBERED = re.compile(r"(?:^|\n)\s*1[.)]\s")
#: A line led by an emoji (with its joiners and variation marks): a bullet of a day's list.
_EMOJI_LED = re.compile(r"(?:^|(?<=\n))[^\S\n]*[^\w\s\x00-\x7f]+[^\S\n]*")
#: An emoji before a part of a line led by one: the line's bullets, "🌅 oats 🌞 soup 🌙 curry".
_EMOJI_PART = re.compile(r"(?:^|(?<=\s))[^\w\s\x00-\x7f]+\s+(?=[a-z0-9])")
#: A list that is a day's: it says so, a part has its own kcal, or a part is a session or a
#: weigh-in among the foods ("1. a bagel 2. 10k 49:30 3. tuna sandwich 4. 68.9kg").
_A_DAYS_LIST = re.compile(
    r"\b(?:today|today's|todays|log|intake|ate|eaten|food|day)\b"
    r"|[0-9]\s*(?:k?cals?|kcal|calories)\b"
    r"|\b[0-9]{1,2}:[0-5][0-9]\b|\b[0-9.]+\s*(?:k|km|mi|miles?|kg)\b"
)


_THEN_BEFORE = re.compile(r"\b(?:then|afterwards|after (?:that|which)|followed by)\W*$")


def _gaps(norm: str, clauses: tuple[_Clause, ...]) -> Iterator[tuple[int, int, int]]:
    """Each clause found in the message, in order: its index, and where the text between it and
    the clause before it begins and ends."""
    at = 0
    for i, clause in enumerate(clauses):
        found = norm.find(clause.text, at)
        if found < 0:
            return
        yield i, at, found
        at = found + len(clause.text)


def _said_later(norm: str, clauses: tuple[_Clause, ...]) -> frozenset[int]:
    """The clauses that follow a "then" in the message."""
    if "then" not in norm and "after" not in norm and "followed" not in norm:
        return frozenset()
    return frozenset(
        i
        for i, start, end in _gaps(norm, clauses)
        if i and _THEN_BEFORE.search(norm, start, end) is not None
    )


def _line_starts(norm: str, clauses: tuple[_Clause, ...]) -> frozenset[int]:
    """The clauses that start a line of the message (the first one too)."""
    if "\n" not in norm:
        return frozenset()
    return frozenset(
        i for i, start, end in _gaps(norm, clauses) if not i or "\n" in norm[start:end]
    )


def _sentence_starts(norm: str, clauses: tuple[_Clause, ...]) -> frozenset[int]:
    """The clauses that start a sentence after a full stop on the same line (no "...")."""
    if ". " not in norm:
        return frozenset()
    return frozenset(
        i
        for i, start, end in _gaps(norm, clauses)
        if i and "." in (gap := norm[start:end]) and "\n" not in gap and ".." not in gap
    )  # "2 crumpets... kidding, 2 slices of toast": no full stop


#: A line that goes on with the meal of the line before: "with honey", "and a coffee", "+ jam",
#: "*2 bananas" (a correction of it).
_GOES_ON = re.compile(r"\s*(?:with\b|and\b|plus\b|w/|\+|&|\*|\()")


def _in_own_words(result: ParseResult, text: str) -> ParseResult:
    """Texts the reply echoes ("I didn't catch 'a sunday roast'") in the runner's own words,
    not with the words read as a day or a size blanked out ("a        roast")."""
    if not any("  " in u for u in result.unparsed) and not any(
        "  " in i.text for e in result.events if isinstance(e, MealLogged) for i in e.items
    ):
        return result
    said = _normalize(text)
    unparsed = tuple(_as_written(u, said) for u in result.unparsed)
    events = tuple(
        event.model_copy(update={"items": tuple(
            i.model_copy(update={"text": _as_written(i.text, said)}) if "  " in i.text else i
            for i in event.items
        )})
        if isinstance(event, MealLogged) and any("  " in i.text for i in event.items) else event
        for event in result.events
    )  # fmt: skip
    if unparsed == result.unparsed and all(map(operator.is_, events, result.events)):
        return result
    return ParseResult(events, unparsed, result.intent)


def _whole_word(word: str) -> str:
    """A regex for the word, not inside another ("a" is not the start of "ate")."""
    start = r"\b" if word[0].isalnum() else ""
    end = r"\b" if word[-1].isalnum() else ""
    return start + re.escape(word) + end


def _as_written(shown: str, said: str) -> str:
    """The span of `said` from the first word of `shown` to its last, when words were blanked
    out of `shown` (a run of spaces); the words of `shown` if they are not found in order."""
    if "  " not in shown:
        return shown
    words = shown.split()
    if not words:
        return shown
    m = re.search(".*?".join(_whole_word(w) for w in words), said)
    return " ".join(words) if m is None else m[0]


def forget_texts() -> None:
    """Empty every cache the parser keeps by text (a benchmark of first sight starts from none)."""
    forget_phrases()
    _read_text.cache_clear()
    _classify.cache_clear()
    _run_figures.cache_clear()
    whole_clause_chat.cache_clear()
    letter_runs.cache_clear()
    held.cache_clear()


def _beside(clause: _Clause, ctx: ParseContext) -> list[_Clause]:
    """ "chocolate milk after my 10k in 48:30" is the run, then the food after it; "long run
    25k 2:30 with 3 gels" is the run, then the gels."""
    if _WEIGHT_FIRST.match(clause.text):
        return [clause]  # "71.2kg after my 10k 52:10": a weigh-in and a run, cut in segments.py
    if ("each" in clause.text or "both" in clause.text or "back" in clause.text) and (
        legs := _each_leg(clause)
    ):
        return legs  # "run commute 6k each way, 31 and 33 min": a run each way
    food, run = _run_beside_food(clause.text)
    if food is clause.text:
        if " after " in food and _DIGIT.search(food):
            return _session_after_session(clause)
        return _fuel_with(clause, ctx) if " with " in food else [clause]
    if not _SESSION_WORDS.isdisjoint(letter_runs(food)):
        return [clause]  # "stretching 15 min after my 10k 52:00": two sessions (segments.py)
    food_clause = _Clause(food, clause.question)
    return [_Clause(run, clause.question), food_clause] if run else [food_clause]


#: "half" after a food and no run said: a half of it ("a frozen pizza half", "a sandwich
#: half"), not a half marathon ("a hilly half" names no food; "ran a half" is a run).
_HALF_OF_A_FOOD = re.compile(
    r"^\s*(?:a|an|the\s+other|my)\s+(?:[a-z]+\s+){1,3}half\b(?!\s*(?:marathon|mara)\b)"
    r"(?![^.;!?]*\b(?:ran|run|raced|jogged|pb|pr|[0-9]))"
)


_WEIGHT_FIRST = re.compile(
    r"\s*(?:weight\W*|bw\W*)?[0-9]{2,3}(?:\.[0-9]{1,2})?\s*(?:kg|kgs|lbs?)\b"
)


#: A distance each way and a time for each: "6k each way, 31 and 33 min", "both ways, 7.5k each,
#: 39 and 41 min", "there and back, 5k each way, 26:10 and 27:40".
_EACH_WAY_SAID = re.compile(r"\b(?:each(?:\s+way)?|both\s+ways|there\s+and\s+back|and\s+back)\b")
_LEG_TIMES = re.compile(
    r"(?P<d>[0-9]+(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\b)(?P<mid>[^0-9]*?)"
    r"(?P<t1>[0-9]{1,3}(?::[0-5][0-9]){0,2})\s*(?P<u1>mins?|minutes)?\s*(?:and|&|\+|/)\s*"
    r"(?P<t2>[0-9]{1,3}(?::[0-5][0-9]){0,2})\s*(?P<u2>mins?|minutes)?(?![0-9a-z:])"
)


#: A distance and a time each said of each way: "9 km each way, 28 min each way" is two
#: rides of 9 km in 28 min (one "each way" after both doubles one session: "24 km, 55 min
#: each way").
_EACH_WAY = r"\s+each(?:\s+way)?\b"
_FIGURES_EACH_WAY = re.compile(
    rf"(?P<d>[0-9]+(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)){_EACH_WAY}[^0-9]*?"
    rf"(?P<t>[0-9]{{1,3}}(?::[0-5][0-9]){{0,2}}\s*(?:mins?|minutes|hrs?|hours?)?){_EACH_WAY}"
    rf"|(?P<t2>[0-9]{{1,3}}(?::[0-5][0-9]){{0,2}}\s*(?:mins?|minutes|hrs?|hours?)?){_EACH_WAY}"
    rf"[^0-9]*?(?P<d2>[0-9]+(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)){_EACH_WAY}"
)
_BOTH_WAYS = re.compile(r"\b(?:both\s+ways|there\s+and\s+back|and\s+back)\b")


def _each_leg(clause: _Clause) -> list[_Clause] | None:
    """A session there and back with a time for each leg, or its figures each said of each
    way: a session each way."""
    text = clause.text
    if "each" in text and (both := _FIGURES_EACH_WAY.search(text)) is not None:
        head = _BOTH_WAYS.sub(" ", text[: both.start()])
        leg = f"{head}{both['d'] or both['d2']} {both['t'] or both['t2']}{text[both.end():]}"
        return [_Clause(leg, clause.question), _Clause(leg, clause.question)]
    m = _LEG_TIMES.search(text)
    if m is None or _EACH_WAY_SAID.search(text) is None:
        return None
    unit = " min" if m["u1"] or m["u2"] else ""
    head = text[: m.start()] + m["d"]
    return [
        _Clause(f"{head} {m['t1']}{unit}", clause.question),
        _Clause(f"{head} {m['t2']}{unit}", clause.question),
    ]


def _session_after_session(clause: _Clause) -> list[_Clause]:
    """ "run off the bike 5km 23:10 after 40km ride in 1:15": the ride, then the run."""
    head, _, tail = clause.text.partition(" after ")
    if (
        _DIGIT.search(head) is None
        or _DIGIT.search(tail) is None
        or _classify(clause, tail) not in _SESSION_KINDS
        or _classify(clause, head) not in _SESSION_KINDS
    ):
        return [clause]
    return [_Clause(tail, clause.question), _Clause(head, clause.question)]


def _fuel_with(clause: _Clause, ctx: ParseContext) -> list[_Clause]:
    """A session "with" a food at its end: two clauses, the session and the food."""
    text = clause.text
    cut = text.rfind(" with ")
    head, tail = text[:cut], text[cut + 6 :]
    if not tail or "," in tail or _classify(clause, head) not in _SESSION_KINDS:
        return [clause]
    if "," in head and _classify(clause, head[head.rfind(",") + 1 :]) == "meal":
        return [clause]  # "30 min strength, porridge with berries": the porridge's berries
    name = _name_after_amount(tail) if "cal" not in tail else _read_item(tail).name
    if not name or ctx.foods.exact(name) is None:
        return [clause]  # "with 2 x 100 kcal gels": the gels, their numbers read apart
    return [_Clause(head, clause.question), _Clause(tail, clause.question)]


def _join_lines(
    parts: list[tuple[_Clause, ClauseKind | None]], ctx: ParseContext
) -> list[tuple[_Clause, ClauseKind | None]]:
    """Lines or sentences that only add to the session before them join it.

    Watch copy ("Afternoon Run / 8.01 km / 45:01 / 5:37 /km") and "10k. 49:12. done." are one
    run; "am run 9k 48m. pm run 5k 27m" stays two.
    """
    joined: list[tuple[_Clause, ClauseKind | Literal["other"] | None]] = []
    for part, given in parts:
        clause = part
        kind: ClauseKind | Literal["other"] | None = given
        if joined and sum(k in _SESSION_KINDS for _, k in joined) >= 2 and (
            _RACE_TOTAL.fullmatch(clause.text)
        ):
            continue  # "Total 1:18:55" under a race's legs
        if joined and joined[-1][1] == "run" and _LAP_LIST.fullmatch(clause.text):
            continue  # "Laps 5:20, 5:14, 5:09" under the run's own time
        if kind is None:
            kind, blanked = _rough_kind(clause, ctx)
            if kind != "skip" and (
                lap_split(clause.text)
                or (joined and joined[-1][1] == "run" and run_part(clause.text))
            ):  # fmt: skip
                continue  # "Lap 3 5:02" under a watch's run: a split of its stated total
            if kind == "meal" and joined and joined[-1][1] in _SESSION_KINDS:
                kind = _meal_or_other(blanked, ctx, after_session=True)  # food, or more of it
            elif kind == "meal" and (not joined or joined[-1][1] == "other") and watch_line(
                blanked
            ):
                kind = "other"  # "Duration 00:45:12" above the run's other lines
            elif kind == "run" and joined and joined[-1][1] == "activity" and (
                figures_of_activity(joined[-1][0].text, blanked)
            ):
                kind = "other"  # "Ride", "42.3 km", "1:28:10": the ride's figures
        if kind == "activity" and joined and joined[-1][1] == "run" and walked_in_run(
            _LEADING_TIME.sub("", clause.text)
        ):
            kind = "other"  # "first parkrun ever!!! 41:12 and I walked a bit": the run's
        while joined and kind in _SESSION_KINDS and joined[-1][1] == "other":
            before = joined.pop()[0]  # the watch's lines above the session are its own
            clause = _Clause(f"{before.text}, {clause.text}", before.question or clause.question)
        if joined:
            before, before_kind = joined[-1]
            if before_kind in _SESSION_KINDS and (
                kind == "other"
                or (kind == before_kind == "run" and not _separate_sessions(
                    before.text, clause.text, kind, sentences=True))
                or (kind == before_kind == "activity"
                    and ride_under_its_title(before.text, clause.text))
            ):  # fmt: skip
                text = f"{_without_its_title_distance(before.text, clause.text)}, {clause.text}"
                joined[-1] = (_Clause(text, before.question or clause.question), before_kind)
                continue
        joined.append((clause, kind))
    return [(c, None if k == "other" else k) for c, k in joined]


#: A distance in km, as a watch's title ("Morning 10K") and its measure ("10.02 km") give it.
_KM = re.compile(r"(?<![0-9.:])([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*(?:k|km)\b(?!\s*/|ph)")


def _without_its_title_distance(before: str, line: str) -> str:
    """The session's lines so far without a distance in its title (its first line) that the
    line below measures again: "Morning 10K" above "10.02 km" names the run, it is no second
    10 km (nor "Track 5k" above "5.00 km"); a speed ("28.7 km/h") measures no distance."""
    if "k" not in line or (measured := _KM.search(line)) is None:
        return before
    said = float(measured[1])
    title_end = before.find(", ")
    for title in _KM.finditer(before, 0, title_end if title_end >= 0 else len(before)):
        if abs(float(title[1]) - said) <= 0.03 * said:
            return before[: title.start()] + before[title.end() :]
    return before


#: A time first in a clause, as a watch or a runner gives the run's: "41:12 and I walked".
_LEADING_TIME = re.compile(r"^\s*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9]\b")
#: Strava's elapsed time beside its moving time ("Moving Time 2:17:44, Elapsed Time 2:24:10"):
#: the run is its moving time, never the two added.
_ELAPSED = re.compile(
    r"\belapsed(?:\s+time)?\W*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?"
)
#: A race's total after its legs ("Total 1:18:55" under swim, bike and run): not a leg's time.
_RACE_TOTAL = re.compile(
    r"\W*(?:total(?:\s+time)?|overall|finish(?:ing)?\s+time|final\s+time|chip\s+time|official"
    r"(?:\s+time)?)\W*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9]\W*"
)
#: A watch's list of lap or split times after the run ("Laps 5:20, 5:14, 5:09"): parts of it.
_LAP_LIST = re.compile(
    r"\W*(?:(?:km|mile|auto)\s+)?(?:laps?|splits?)\W+(?:[0-9]{1,2}:[0-5][0-9]\W*){2,}"
)


_RAN_IT = re.compile(r"\b(?:ran|run|jogged|did|raced|finished)\s+it\b")


#: A race named and done, beside its logged run: "thames path 100 done", "lakeland 50 finished".
_NAMED_AND_DONE = re.compile(
    r"^[a-z' ]{3,40}\b[0-9]{1,3}\s+(?:done|finished|complete|completed|dusted|in the bag)\W*$"
)
_DONE_WORDS = re.compile(r"\b(?:done|finished|complete|completed|today|finisher|results?)\b")


def _race_done(text: str) -> bool:
    """A clause that only names the race: "ironman done!!!", "IM 70.3 finished"."""
    rest = _DONE_WORDS.sub(" ", _TRI_RACE.sub(" ", text))
    return rest is not text and not any(c.isalnum() for c in rest)


def _race_it(text: str, race: float | None) -> float | None:
    """The race "it" names, when the message named one: "walked to parkrun, ran it in 25:50"."""
    if race is None or " it" not in text or _RAN_IT.search(text) is None:
        return None
    return race


def _leg(
    reader: Callable[[str, TimeRef | None, ParseContext], _LegEvent | None],
    text: str,
    time_ref: TimeRef | None,
    ctx: ParseContext,
) -> _LegEvent | None:
    """A triathlon leg read with the race's distance; None if that makes it implausible."""
    try:
        return reader(text, time_ref, ctx)
    except ImplausibleValue:
        return None


_LegEvent = TypeVar("_LegEvent", RunLogged, ActivityLogged)
#: Words of a session other than a run: beside a run they are no food.
_SESSION_WORDS = _STRENGTH_WORDS | ACTIVITY_WORD_SET | _STRENGTH_TRIGGERS
_SESSION_KINDS = frozenset({"run", "activity", "strength"})
#: A session named as when food was had, heading it: "after rugby: 2 pints and a burger".
_AROUND_SESSION = re.compile(r"\s*(?:after|post|before|pre|following)\b")
#: Food, then the session it came after or before, named with no figures of its own: "2
#: bananas after the evening ride" (the count is the food's).
_FOOD_THEN_SESSION = re.compile(
    r"^(?P<food>[^:]{1,80}?)\s+(?:after|post|before|pre|following)[- ]\s*(?:(?:the|my|a|an|this"
    r"|today's|our)\s+)?[a-z' ]{1,40}$"
)
_LEAD_WORDS = re.compile(r"\s*(?:[a-z'-]+\s+){1,2}$")
_VAGUE = re.compile(
    r"\s*(?:(?:i|just|had|ate|eaten|have)\s+)*(?:way\s+|far\s+|so\s+)?(?:too much|too many|so much"
    r"|loads|a lot|tons|everything)\b"
    r"(?!\s+(?:of\s+)?(?!at\b|in\b|on\b|over\b|during\b|today\b|tonight\b|lol\b|again\b)[a-z])"
)
_NOTHING = re.compile(
    r"^[\s:,.=-]*(?:was\s+|i\s+)?(?:nothing|none|skipped|skip|fasted|n/?a)\b"
    r"(?:\s+(?:much|really|at all|special|today))?[\s!.,]*$"
)
#: What a meal was like, after its label: "was a disaster", "was a bit of a write-off".
_JUDGED = re.compile(
    r"^[\s:,.=-]*(?:was|were|is)\s+(?:(?:a|an)\s+(?:bit\s+of\s+a\s+|total\s+|complete\s+)?"
    r"|such\s+an?\s+)"
)
_WORDS = re.compile(r"[a-z][a-z']*")
_MAIN_MEALS = frozenset({"breakfast", "lunch", "dinner"})
#: Words after a bare label that name no food ("chippy tea after"): the label is asked about.
_WHEN_WORDS = frozenset(
    {"after", "afterwards", "then", "later", "earlier", "today", "tonight", "pre", "before"}
)
_SESSIONS = (RunLogged, StrengthLogged, ActivityLogged)  # a tuple: no union built per call
#: The runner, cut off alone after someone else: "my mother and I | had tea and cake".
_ME = frozenset({"i", "me", "myself", "and i", "and me"})


def _meal_labels(
    text: str, letters: tuple[str, ...]
) -> tuple[MealKind | None, list[tuple[int, int]]]:
    """The meal a clause's labels name ("lunch:", "post-run", "before my 5k run"), and where
    the labels are."""
    kind: MealKind | None = None
    spans: list[tuple[int, int]] = []
    for m in _MEAL_WORD.finditer(text) if _may_name_meal(text, letters) else ():
        start = m.start()
        marked = m[0][-1] in ":=>)" or text.startswith("(", m.end())
        if spans and not marked and m["w"] in _MAIN_MEALS and _DISH_WORD_BEFORE.search(
            text, 0, start
        ) and not text[: spans[0][0]].strip():
            continue  # "lunch: roast beef dinner": under a heading, a dish's name
        if not marked and m["w"] in _MAIN_MEALS and start == m.start("w") and (
            _DISH_OF_A_MEAL.search(text, 0, start)
        ):
            continue  # "roast chicken dinner 900kcal", "tv dinner 450 cal": a dish's name
        if not spans and start > 0 and marked and _LEAD_WORDS.match(text, 0, start):
            start = 0  # "midnight snack:", "big late lunch -": words about the meal
        elif (right := _RIGHT_BEFORE.search(text, 0, start)) is not None:
            start = right.start()  # "a shake straight after the long run": when, too
        spans.append((start, m.end()))
        if m["before"] or m["pre"]:
            kind = "snack"
        elif not (m["during"] or m["aid"] or m["on_run"] or m["nth"] or m["course"]):
            named = _MEAL_KINDS.get(m["w"], "recovery")
            if not (named == "recovery" and kind in _MAIN_MEAL_KINDS):
                kind = named  # "brekkie after the run:" stays breakfast, eaten after the run
    return kind, spans


#: The day's meals, which a run named with them does not make a recovery meal.
_MAIN_MEAL_KINDS: frozenset[MealKind | None] = frozenset({"breakfast", "lunch", "dinner"})


class _Builder:
    """Collects events clause by clause; adjacent meal clauses become one meal."""

    def __init__(self, ctx: ParseContext) -> None:
        self.ctx = ctx
        self.events: list[Event] = []
        self.unparsed: list[str] = []
        self.meal_items: list[FoodItem] = []
        self.clause_items = 0  # how many of meal_items the last meal clause named
        self.clause_text = ""  # the words of those items, as read
        self.closed = False  # the meal's label ended the clause before ("soup for lunch")
        self.meal_kind: MealKind | None = None
        self.headed = False  # the meal began under a heading of its own ("meal 2:", "during:")
        self.log_at: datetime | None = None  # when the message's last meal was eaten
        self.meal_at: datetime | None = None
        self.meal_earlier: datetime | None = None  # the morning reading of a bare "7:30"
        self.earlier: dict[int, datetime] = {}  # such readings, by the meal's index
        self.meal_cued = False
        self.bare_label: str | None = None  # a meal's label with no food after it (yet)
        self.under_heading = False  # the meal's label headed a line of its own ("Breakfast\n")
        self.said = ""  # the clause being read, as written
        self.said_before = ""  # the clause before it, as written
        self.question = False
        self.thanks = False
        self.greeting = False
        self.missing: list[str] = []
        self.last_end: datetime | None = None
        self.legs: dict[str, float] | None = None  # a triathlon's leg distances
        self.race_km: float | None = None  # the race the message names, if any
        self.legs_shared = False  # a triathlon's finish time shared among its legs
        self.passing = False
        self.chat = False
        self.after_chat = False  # the clause before was a plan or a mention in passing
        self.later: set[str] = set()  # texts of parts said to come later ("then ...")
        self.own_meal: set[str] = set()  # texts of parts that start a meal of their own
        self.line_start: set[str] = set()  # texts of parts that start a line of a day's log
        self.sentence_start: set[str] = set()  # texts of parts that start a sentence
        self.long_ago = False  # the clause before was only a time long past
        self.ahead = False  # a plan's heading came before ("tomorrow: swim 2k, bike 40k")
        self.named_beside: list[str] = []  # unknown words after a run: food if a meal is too
        self.with_someone = False  # the clause before was only someone else ("my mother")
        self.theirs = False  # the clause before told what someone else did ("my wife ran")
        self.beside_text = ""  # the food a run clause named, for a label's figures after it
        self.weighed: str | None = None  # the unit of a body weight the clause before named
        self.buying = False  # the clause before was a shopping heading ("did the big shop:")
        self.message = ""  # the whole message, lower case (see _bought)
        self.in_pounds = False  # the message weighs in pounds and names no metric unit
        self.batch: str | None = None  # the food of a batch cooked the clause before

    def add(self, clause: _Clause, kind: ClauseKind | None = None) -> None:
        self.said_before = self.said
        self.said = clause.text  # as written, before its day and time words are read off
        letters = letter_runs(clause.text)
        time_ref, text = find_time(clause.text, self.ctx.received_at, self.ctx.tz, letters)
        if time_ref is None and (clocked := _clock_before_food(text, self.ctx)) is not None:
            time_ref, text = clocked  # "08:00 porridge"
        if text is not clause.text:
            letters = letter_runs(text)
        kind = self._food_s_number(kind or _classify(clause, text), text)
        kind, text = self._later_weight(clause, kind, text)
        if kind in _SESSION_KINDS:
            kind, time_ref, text = self._session_words(clause, kind, time_ref, text)
        if self.legs and kind in ("meal", "skip") and _race_done(text):
            return  # "ironman done!!!": the race, whose legs are logged
        after_chat, self.after_chat = self.after_chat, False
        if self._still_talk(clause, kind, letters, after_chat=after_chat) or self._bought(
            clause, kind
        ):
            return
        if kind == "skip":
            self._note_chat(clause)
            return
        if kind != "meal" or clause.text in self.own_meal or (
            clause.text in self.later and (self._fuel_then_food(text) or self._then_in_a_day())
        ) or (_AFTER_END.search(text) is not None and self._fuel_then_food(text)) or (
            clause.text in self.line_start and self.meal_items and not self.under_heading
        ) or (
            clause.text in self.sentence_start and self._after_a_days_meal(text)
        ):
            self._flush_meal()  # "gels 3x100kcal, then burger and chips": two meals
        if kind == "run":
            self._add_run(text, time_ref, clause)
        elif kind == "strength":
            self._add(_parse_strength(_bare_number(text), time_ref, self.ctx), clause, kind)
        elif kind == "activity":
            self._add_activity(text, time_ref, clause)
        elif kind == "weight":
            self._add(_parse_weight(text, time_ref, self.ctx), clause, kind)
        else:
            self._add_meal_clause(text, time_ref, letters)

    def _after_a_days_meal(self, text: str) -> bool:
        """A sentence with no label of its own after a sentence that was a labelled meal, in a
        day told meal by meal ("lunch a ham sandwich. dinner salmon and broccoli. 2 glasses of
        white."): what came after that meal, not more of it."""
        return (
            self.meal_kind in _MAIN_MEAL_KINDS
            and bool(self.meal_items)
            and len(_DAYS_MEALS.findall(self.message)) >= 2
            and _DAYS_MEALS.search(text) is None
            and _names_food_again(text)
        )

    def _later_weight(
        self, clause: _Clause, kind: ClauseKind, text: str
    ) -> tuple[ClauseKind, str]:
        """After a clause that named a body weight, a later one is the weigh-in, alone: "94.2
        kg at the start of c25k, now 91.8" logs 91.8; "was 13st 4 in september, 12st 11 this
        morning" logs 12st 11 (the first, then, no talk that silences the second). `text` is
        the clause with its day words read off ("71.5 today": "71.5")."""
        unit, self.weighed = self.weighed, weight_unit(clause.text)
        if unit is None or self.passing:
            return kind, text
        dated = text != clause.text
        if kind in ("meal", "skip") and (later := later_weight(text, unit, dated=dated)):
            kind, text = "weight", later
        if kind == "weight" and weight_unit(text) is not None:  # not "..., weekly weigh in"
            self.events = [e for e in self.events if not isinstance(e, WeightLogged)]
            self.after_chat = self.long_ago = False
        return kind, text

    def _food_s_number(self, kind: ClauseKind, text: str) -> ClauseKind:
        """The clause's kind; a tracker's number after food is the food's kcal, no statistic
        ("bibimbap at lunch, app says 560kcal")."""
        if kind == "skip" and self.clause_text and BARE_KCAL.fullmatch(text):
            return "meal"
        return kind

    def _session_words(
        self, clause: _Clause, kind: ClauseKind, time_ref: TimeRef | None, text: str
    ) -> tuple[ClauseKind, TimeRef | None, str]:
        """A session clause's kind and time, read again: a session word only in the place a
        food was had is no session ("poutine after the hockey game"); a clock before a
        session with a time of its own is when it started ("06:30 ran 10k 50:00")."""
        head, colon, food = text.partition(": ")
        said = head if colon and _AROUND_SESSION.match(head) else text  # its food's count
        if _DIGIT.search(said) is None and (
            _classify(clause, drop_circumstance(food or text, self.ctx)) == "meal"
        ):  # "poutine after the hockey game", "after rugby: 2 pints and a burger"
            return "meal", time_ref, text
        if (
            kind == "activity"
            and not colon
            and (counted := _FOOD_THEN_SESSION.match(text)) is not None
            and _classify(clause, counted["food"]) == "meal"
        ):  # "3 anzac bikkies after the arvo ride": the count is the food's, the ride named
            return "meal", time_ref, text
        if time_ref is None and (clocked := clock_before_session(text, self.ctx)) is not None:
            return kind, clocked[0], clocked[1]
        return kind, time_ref, text

    def _still_talk(
        self, clause: _Clause, kind: ClauseKind, letters: tuple[str, ...], *, after_chat: bool
    ) -> bool:
        """A clause that goes on with the talk before it, and logs nothing."""
        if someone_else_only(clause.text):  # "the guy next to me" | "had 3 gels"
            self.chat = self.long_ago = True
            self.with_someone = True
            return True
        if self.with_someone and self.long_ago and clause.text in _ME:
            self.long_ago = self.with_someone = False  # "my mother and I | had tea": ours too
            return True
        self.with_someone = False
        theirs, self.theirs = self.theirs, False
        if theirs and theirs_still(clause.text, said_then=clause.text in self.later):
            self.theirs = True
            return True  # "my wife ran 10k in 52:00 | then had beans on toast": hers too
        if kind == "meal" and not EATEN_WORDS.isdisjoint(letters) and (
            EATEN_BY.search(clause.text)
            or EATEN_BY.search(f"{self.said_before.split(',')[-1]} {clause.text}")
        ):
            self.chat = True  # "midges ate me alive", "the bog ate my shoe": no food of ours
            if self.unparsed and self.said_before.endswith(self.unparsed[-1]):
                self.unparsed.pop()  # "the hill | ate me alive": its subject, no food
            return True
        if self.long_ago:  # "three years ago I weighed 95kg": then, not now
            self.chat = True
            self.long_ago = _is_chatter(clause.text)  # through an "i" cut off alone
            if kind != "skip" or self.long_ago:
                return True
        if self.ahead and not done_now(clause.text):
            return True  # "plan for saturday: parkrun then 10k easy": all of it the plan
        self.ahead = False
        if self.passing and _NOW_FIGURE.fullmatch(clause.text):
            return True  # "I was 13 stone last year, now 11 😊": still talk about the past
        if (
            after_chat
            and letters
            and _FIGURE_WORDS.issuperset(letters)
            and not done_now(clause.text)  # "race tomorrow; easy 5k today 28:00": done today
        ):
            self.after_chat = True
            return True  # "going for my long run after work, 16 miles": the plan's figures
        return False

    def _bought(self, clause: _Clause, kind: ClauseKind) -> bool:
        """Whether a meal clause is a ride ("subway to the start"), only tells of food bought
        ("bought 2kg of oats"), or goes on
        with the list of what was bought ("did the big shop: eggs, 2 loaves", "stocked up on
        bananas | and oats for race week"): talk, no meal."""
        buying, self.buying = self.buying, False
        if kind not in ("meal", "run", "skip"):
            return False
        if kind == "meal" and "," not in clause.text and a_ride(clause.text):
            self.chat = True  # "subway to the start": a ride, no sub
            return True
        if bought_only(clause.text, self.message, session=kind == "run"):
            self.chat = self.buying = True
            self.batch = batch_food(clause.text)  # "made a big pot of chilli": its food
            return True
        if buying and _EAT_WORDS.isdisjoint(letter_runs(clause.text)) and (
            kind == "meal" or _DIGIT.search(clause.text) is None  # "... and oats for race week"
        ) and clause.text not in self.later:  # "bought oats, then 2 eggs on toast": eaten
            self.buying = True
            return True
        return False

    def _fuel_then_food(self, text: str) -> bool:
        """Whether the meal so far is fuel taken on the run (gels, chews, a sports drink) and
        the clause said to come later names other food: the meal after the run."""
        return bool(self.meal_items) and _FUEL.search(text) is None and all(
            _FUEL.search(item.text) is not None for item in self.meal_items
        )

    def _then_in_a_day(self) -> bool:
        """Whether food said to come later ("..., then 2 pints of IPA") is a meal of its own:
        in a day's log (a run or session logged before), after a meal no label holds
        ("race 1:24:10, then a bison burger, then 2 pints, then a wedge of melon": three
        meals; "dinner: chilli and then a slice of cake" stays one)."""
        return (
            bool(self.meal_items)
            and self.meal_kind is None
            and not self.headed
            and any(isinstance(e, _SESSIONS) for e in self.events)
        )

    def _add_run(self, text: str, time_ref: TimeRef | None, clause: _Clause) -> None:
        if "elapsed" in text and "moving" in text:
            text = _ELAPSED.sub(" ", text)  # Strava's moving and elapsed time: moving wins
        run, rest = _run_and_rest(text, time_ref, self._run_ctx())
        if (
            run is not None
            and "duration_min" in run.estimated
            and "half" in text
            and _HALF_OF_A_FOOD.search(text) is not None
            and self._food_after_a_run(text, time_ref)
        ):
            return  # "a frozen pizza half", "a sandwich half": the food's half, no race run
        if run is not None and "distance_km" in run.estimated:
            leg = self.legs["run"] if self.legs else _race_it(text, self.race_km)
            if leg is not None:  # a triathlon's run, or "to parkrun ..., ran it in 25:50"
                run = _leg(_parse_run, f"{text} {leg} km", time_ref, self.ctx) or run
        if run is None and self._food_after_a_run(text, time_ref):
            return  # "16 oz chocolate milk after track": the run is when, not a run to log
        if run is None and ("c" in text or "couch" in text) and _PROGRAMME.search(text):
            self.missing.append("programme")  # "c25k w3d1 done": its days differ by app
            self.unparsed.append(clause.text)
            return
        self._add(run, clause, "run")
        if run is not None:
            self._add_beside_run(rest)

    def _run_ctx(self) -> ParseContext:
        """The context a run is read in: a message that weighs in pounds and names no metric
        unit is an imperial runner's ("easy 6 on the Katy Trail, 54:15, then 172.0 on the
        scale" is 6 miles), whatever the settings."""
        if self.ctx.units == "imperial" or not self.in_pounds:
            return self.ctx
        return replace(self.ctx, units="imperial")

    def _food_after_a_run(self, text: str, time_ref: TimeRef | None) -> bool:
        """Whether a clause with a run word but no run's figures is food, which is then the
        meal: all known ("16 oz chocolate milk after track"), or a count of a food to ask
        about ("2 snags in bread at the sausage sizzle after the fun run")."""
        food, unknown, named = food_and_unknown(text, self.ctx)
        if not food and not any(u[:1].isdigit() for u in unknown):
            return False
        if unknown or named:
            self.meal_cued = True  # a count of it: a food, to ask about
            self._add_meal_clause(text, time_ref, letter_runs(text))
        else:
            self._add_beside_run(text)
        return True

    def _add_activity(self, text: str, time_ref: TimeRef | None, clause: _Clause) -> None:
        if "elapsed" in text and "moving" in text:
            text = _ELAPSED.sub(" ", text)  # a ride's moving time, as a run's
        activity = _parse_activity(_bare_number(text), time_ref, self.ctx)
        if activity is not None and self.legs and activity.distance_m is None:
            leg = self.legs.get(activity.activity)
            if leg is not None:  # the race's swim or bike leg
                with_leg = _leg(_parse_activity, f"{text} {leg} km", time_ref, self.ctx)
                activity = with_leg or activity
        self._add(activity, clause, "activity")

    def _add_beside_run(self, rest: str) -> None:
        """Food named inside a run clause ("with 2 gels") is logged after the run; a count of
        something unknown ("12 flurbos") comes back as not understood."""
        food, unknown, named = food_and_unknown(rest, self.ctx)
        self.unparsed.extend(unknown)
        self.named_beside.extend(named)
        if food:
            self.clause_items, self.clause_text = len(food), ""
            self.beside_text = ", ".join(item.text for item in food)  # a label's figures next
            self.meal_items.extend(food)
            self.meal_cued = True

    def _note_chat(self, clause: _Clause) -> None:
        text = clause.text
        if day_moment(find_time(text, self.ctx.received_at, self.ctx.tz)[1]):
            self._flush_meal()  # "bacon sandwich, 3pm nap, curry night 900 kcal": two meals
            return
        if clause.question or _QUESTION_START.match(text) or asks(text):
            self.question = True
        elif whole_clause_chat(text):
            self.chat = True  # someone else's, long ago, a request, a habit, a race ahead
            self.theirs = someone_else_did(text)
            self.long_ago = long_ago_only(text)
            self.ahead = plan_heading(text) or event_ahead(text) or run_planned(text)
            self.after_chat = craving(text)  # "craving chips after that | 15k": its figures
        elif _THANKS.search(text):
            self.thanks = True
        elif _GREETING.match(text):
            self.greeting = True
        elif _in_passing(text):
            self.passing = self.chat = True  # "my last 10k was 48 min"
            self.after_chat = _plan(text)  # "going for my long run after work, 16 miles"
        elif helped_at(text) or race_names_only_qualify(text) or no_session_figures(text):
            self.chat = True  # "parkrun volunteer", "marathon training", "golf tee time 8:10":
            # nothing to log or ask
        elif _not_done(_clause_words(text), text):
            self.chat = self.after_chat = True  # "going for a 10k later", "skipped my run"
        elif not _CHAT.match(text) and not _is_chatter(text):  # "rest day": understood
            self.unparsed.append(text)

    def _add(self, event: Event | None, clause: _Clause, kind: ClauseKind) -> None:
        if event is None:
            self.missing.append(kind)
            self.unparsed.append(clause.text)
            return
        if self.legs_shared and isinstance(event, _SESSIONS):
            event = event.model_copy(update={"estimated": (*event.estimated, "duration_min")})
        self.events.append(event)
        if isinstance(event, _SESSIONS):
            self.last_end = event.at + timedelta(seconds=event.duration_s)

    def _talk_only(self, text: str, spans: list[tuple[int, int]]) -> bool:
        """Whether a clause read as a meal is only talk: a greeting or thanks ("cheers coach,
        legend", "good morning from auckland"), or chatter ("with the club"), under a label
        too ("post-run: felt great", "during: felt strong")."""
        if (talk := small_talk(self.said, self.ctx.foods)) is not None:
            self.thanks = self.thanks or talk == "thanks"
            self.greeting = self.greeting or talk == "greeting"
            return True
        rest = _blank_spans(text, spans).strip(" :-=>") if spans else ""
        if spans and not rest:
            return False  # "D:" alone heading the lines after it: a label, no chatter's "'d"
        if _is_chatter(text, self.ctx.foods):
            return True
        return bool(rest) and _is_chatter(rest, self.ctx.foods)

    def _add_meal_clause(
        self, text: str, time_ref: TimeRef | None, letters: tuple[str, ...]
    ) -> None:
        text = _without_price(self._of_the_batch(text))  # "a croissant £2.80": paid, no amount
        kind, spans = _meal_labels(text, letters)
        if self._talk_only(text, spans):
            return  # "with the club", "finally! 🎉": no food, and nothing to ask about
        said = text.strip()
        cued = (
            bool(spans) or not _EAT_WORDS.isdisjoint(letters) or a_dish_unknown(text)
            or lacks_a_row(text)  # "then a clootie dumpling slice at the hotel": asked
        )
        self._drop_qualifier(kind, spans)
        if self.meal_items and (
            (kind is not None and self.meal_kind != kind)
            or (spans and self._heads_another_meal(text, spans))
        ):
            self._flush_meal()  # "bacon roll and a brew. lunch: beans on toast": two meals
        elif kind is None and self.closed and self.meal_items and _names_food_again(text) and (
            not self._restates(text)
        ):
            self._flush_meal()  # "jacket potato for tea, a kitkat": the kitkat came after
        elif time_ref is not None and self.meal_items and self._another_time(time_ref, kind, text):
            self._flush_meal()  # "7am oats, 1pm soup", "eggs this morning, a curry tonight"
        if kind is not None:
            self.meal_kind = kind
        if spans:
            self.headed = self.headed or not text[: spans[0][0]].strip()
            text = _blank_spans(text, spans)  # as _MEAL_WORD.sub(" ", text)
        fix = CORRECTION.match(text) if "," in text else None
        head = "" if fix is None else text[: fix.end()]  # "no, a bagel": no chatter's "no"
        text = head + _drop_chatter_parts(text[len(head) :], self.ctx.foods)
        text = omelette_eggs(text, self.ctx)  # "a ham and cheese omelette with 3 eggs"
        text, dish = _drop_head(
            _drop_place(_drop_dish_name(_drop_shake_name(text)), self.ctx), self.ctx
        )
        text = drop_asides(drop_circumstance(text, self.ctx), self.ctx)
        if time_ref is not None:
            self.meal_at = _meal_time(time_ref, kind, self.ctx)
            self.meal_earlier = time_ref.earlier
        taken = self._take_back(text, kind)
        if taken is None:
            return  # "sausage sizzle at bunnings, had 2 haha": two of them
        text, fixes = taken
        if (kind is not None and (_NOTHING.match(text) is not None or self._judged(text))) or (
            self.meal_items and kind is None and "total" in text and self._total_of_the_meal(text)
        ):
            return  # "lunch skipped": nothing to ask; "oats, whey. total 430 kcal": counted once
        items = self._meal_items(text, kind, cued or self.meal_cued, dish)
        if items is None:
            self._no_food(text, kind, said)
            return
        if _VAGUE.match(text) and not any(item.resolved for item in items):
            return  # "ate way too much at the christmas do lol": no food named, no amount
        self.meal_cued = True
        self.bare_label = None
        self._corrected_by(items, fixes)
        self.closed = kind is not None and label_ends(said)
        self._label_of_the_food_beside(text, items, kind)
        if kind is None and self.clause_text and _numbers_only(items):
            text, items = self._numbers_of_the_clause_before(text, items)
        items = self._own_meals(items, text, kind)
        self.clause_items = len(items)
        self.clause_text = text
        self.meal_items.extend(items)
        self._stated_for(len(self.meal_items) - len(items))

    def _label_of_the_food_beside(
        self, text: str, items: list[FoodItem], kind: MealKind | None
    ) -> None:
        """A packet label's figures after the food a run clause named ("24k 2:15:40 on a 75g
        bag of jelly sweets, 340 kcal per 100g"): that food's, read with it."""
        beside, self.beside_text = self.beside_text, ""
        if (
            kind is None
            and not self.clause_text
            and beside
            and _numbers_only(items)
            and (_PER_HUNDRED.search(text) is not None)
        ):
            self.clause_text = beside

    def _another_time(self, time_ref: TimeRef, kind: MealKind | None, text: str) -> bool:
        """Whether a meal clause's time is another than the meal's so far: a clock (which may
        start the clause, "7am oats, 1pm soup"), or a part of the day ("eggs this morning, a
        curry tonight"): a meal at each time."""
        if self.meal_at is None and not (time_ref.exact and text[:1] == " "):
            return False
        return self.meal_at != _meal_time(time_ref, kind, self.ctx)

    def _own_meals(
        self, items: list[FoodItem], text: str, kind: MealKind | None
    ) -> list[FoodItem]:
        """In a day's log (the message logged a run or a weigh-in, or heads its food as the
        day's: "rest day so just food: ..."), a food given its own meal-sized kcal is a meal of
        its own: "ran 9k. ate granola and yoghurt, a cheese sandwich (420 kcal) and a chicken
        stir fry (600 kcal)" is three meals. It stays with
        a food it is joined to by "and" ("a latte and a flapjack 320 kcal": the snack's), and
        food after it without a kcal in its clause stays with it ("tuna wrap 430 kcal, a
        banana"); in a clause of its own it is the next meal ("lasagne 600 kcal; a banana").
        The meal's items so far are flushed; the items of this meal are returned."""
        if kind is not None or self.meal_kind is not None or (
            all(isinstance(e, MealLogged) for e in self.events)
            and _DAYS_FOOD.search(self.message) is None
        ):
            return items  # a labelled meal keeps its foods; no run, weigh-in or day: one meal
        at, start = 0, 0
        before = self.meal_items[-1] if self.meal_items else None
        priced = sum(map(_priced, items)) >= 2 or (  # "wrap 430kcal, 2 satsumas, curry 750kcal"
            any(map(_priced, items)) and len(_PRICED_IN.findall(self.message)) >= 2
        )
        for i, item in enumerate(items):
            found = text.find(item.text, at)
            gap = text[at:found] if found >= 0 else ""
            at = found + len(item.text) if found >= 0 else at
            if before is not None and (
                (_own_kcal(item) and (_own_kcal(before) or i == 0 or _APART.search(gap)))
                or (i == 0 and _own_kcal(before))  # "lasagne 600 kcal; a banana": the next
                or (priced and _priced(before) and "," in gap)  # the satsumas their own
            ):
                self.meal_items.extend(items[start:i])
                self._flush_meal()
                start = i
            before = item
        return items[start:]

    def _of_the_batch(self, text: str) -> str:
        """An amount had after a batch was cooked ("made a pot of chilli | had a bowl"): that
        amount of the batch's food."""
        batch, self.batch = self.batch, None
        return text if batch is None else of_the_batch(text, batch) or text

    def _heads_another_meal(self, text: str, spans: list[tuple[int, int]]) -> bool:
        """Whether a label of the meal's own kind, or of fuel on the run, heads this clause
        after a labelled meal with food: "dinner: salmon, supper: yoghurt", "tea: a brew and a
        biscuit; dinner: curry" and "pre-run: banana | during: 2 gels" are two meals each
        ("salmon for dinner, dinner was lovely" is still one)."""
        return (
            (self.meal_kind is not None or self.headed)
            and self.clause_items > 0
            and not text[: spans[0][0]].strip()
            and bool(text[spans[0][1] :].strip(" :-=>"))
        )

    def _drop_qualifier(self, kind: MealKind | None, spans: list[tuple[int, int]]) -> None:
        """A short clause that came just before a meal's label, a space apart, says which
        meal it was, no food: "builder's lunch: 2 ham sandwiches", "meal prep lunch: 120g
        chicken, ..." (cut before "lunch:", "builder's" had logged a builder's tea), and
        nothing to ask about ("carb load dinner: ...")."""
        before = self.said_before
        if (
            kind is None
            or not spans
            or spans[0][0] != 0
            or not before
            or len(before.split()) > _QUALIFIER_WORDS
            or _DIGIT.search(before)
            or f"{before} {self.said.split()[0]}" not in self.message
            or not self.said[spans[0][1] :].strip(" :-")  # "a banana post run": the banana's
        ):
            return
        if self.unparsed and self.unparsed[-1] == before and not self.meal_items:
            self.unparsed.pop()  # "scaffolder's breakfast:": nothing to ask about
        elif self.meal_items and self.meal_kind is None and (
            self.clause_items == len(self.meal_items)
        ):
            self.meal_items = []
            self.clause_items = 0
            self.clause_text = ""

    def _numbers_of_the_clause_before(
        self, text: str, items: list[FoodItem]
    ) -> tuple[str, list[FoodItem]]:
        """Numbers stated in a clause of their own ("lasagne for tea, big portion ~800kcal")
        are the foods' of the clause before, read with them as the items read "lasagne, big
        portion ~800kcal": the dish's stated kcal, not a second helping."""
        joined = f"{self.clause_text}, {text}"
        again = _parse_items(joined, self.ctx, cued=True)
        if again is None:
            return text, items
        del self.meal_items[len(self.meal_items) - self.clause_items :]
        return joined, again

    def _no_food(self, text: str, kind: MealKind | None, said: str) -> None:
        """A meal clause naming no food: asked about, or a label that food may follow."""
        name = _clean_name(text)
        if (
            name or (kind is not None and not _WHEN_WORDS.issuperset(letter_runs(text)))
        ) and not _is_chatter(text):
            self.unparsed.append(text.strip(" :-|"))  # "snack: meal deal": ask, not drop
        if kind is not None:
            self.meal_cued = True
            self.under_heading = self.under_heading or not name  # "Breakfast\n- eggs\n- toast"
            if not name and kind in _MAIN_MEALS and not (
                _LETTERS.search(text) and _is_chatter(text)
            ) and not said.startswith(("pre", "before")):  # "dinner was lovely": how it was;
                # "81.6kg post parkrun, pre brekkie": when the weigh-in was, no meal yet
                self.bare_label = said  # "chippy tea after": asked unless food follows

    def _restates(self, text: str) -> bool:
        """Whether the clause only names again foods of the meal, with their amounts
        ("chicken and rice for lunch, 200g chicken")."""
        items = _parse_items(text, self.ctx, cued=True)
        return bool(items) and all(
            item.resolved and item.food and any(
                first.food == item.food or item.food.endswith(f" {first.food}")
                for first in self.meal_items
            )
            for item in items or ()
        )

    def _corrected_by(self, items: list[FoodItem], fixes: bool) -> None:
        """ "2 eggs and toast. sorry, 3 eggs not 2": the foods named again replace the first;
        "egg and chips for tea, 2 fried eggs": an amount of a food named before without one
        is its amount (and its kind), not a second helping."""
        if fixes:
            again = {item.food for item in items if item.resolved}
            self.meal_items = [
                i for i in self.meal_items if not i.resolved or i.food not in again
            ]
            return
        if not self.meal_items:
            return
        for item in items:
            if not item.resolved or not item.food or item.quantity is None:
                continue
            for at, first in enumerate(self.meal_items):
                if first.resolved and first.food and (
                    first.food == item.food or item.food.endswith(" " + first.food)
                ) and _read_item(first.text).quantity is None and first.unit is None:
                    del self.meal_items[at]
                    break

    def _stated_for(self, start: int) -> None:
        """A kcal stated for a food the meal named before ("a flapjack and a coffee, the pack
        says 320 kcal for the flapjack", "..., the muffin was 390 kcal") is that food's: the
        food read from the table gives way to it, not eaten twice."""
        for at in range(max(start, 1), len(self.meal_items)):
            item = self.meal_items[at]
            if item.source != "stated" or item.quantity is not None:
                continue
            named = _STATED_FOR.search(item.text)
            name = item.food or (named and (named["a"] or named["b"]))
            if not name or (named is None and item.food is None):
                continue
            for before, first in enumerate(self.meal_items[:at]):
                if first.resolved and first.source != "stated" and (
                    first.food == name or re.search(rf"\b{re.escape(name)}$", first.text)
                ):
                    del self.meal_items[before]
                    return

    def _count_of_the_last(self, text: str) -> bool:
        """A clause that only counts the food named last ("had 2 haha", "like 4", "3 of
        them", "make that 3"): that food, read again with the count; whether it was."""
        count, fixes = bare_count(text)
        last = self.meal_items[-1]
        if count is None or not last.resolved or last.source == "stated":
            return False
        written = _read_item(last.text)  # "dates" read as two: no count was written
        if not (fixes or written.quantity is None or (
            written.quantity == 1 and written.unit is None
        )):
            return False
        name = _name_after_amount(last.text)
        again = _parse_items(f"{count:g} {name}", self.ctx, cued=True) if name else None
        if again is None or len(again) != 1 or again[0].food != last.food:
            return False
        self.meal_items[-1] = again[0]
        return True

    def _total_of_the_meal(self, text: str) -> bool:
        """A clause that only states the total of the meal before it ("total 430 kcal",
        "430 kcal total") becomes that meal's one stated item, not a second helping."""
        m = _ONLY_A_TOTAL.fullmatch(text.strip(" .!"))
        if m is None or any(isinstance(e, MealLogged) for e in self.events):
            return False  # after two meals, a total is the day's
        said = " and ".join(item.text for item in self.meal_items)
        kcal = float(m["v"] or m["v2"])
        self.meal_items = [FoodItem(text=f"{said}, {kcal:g} kcal", source="stated", kcal=kcal)]
        return True

    def _meal_items(
        self, text: str, kind: MealKind | None, cued: bool, dish: Food | None
    ) -> list[FoodItem] | None:
        """The items of a meal clause; with none named, the dish its day and label name
        together when the table knows it ("had sunday lunch", "christmas dinner"): read as a
        day and a label, it would leave no food at all."""
        items = _parse_items(text, self.ctx, cued, dish)
        if items is None:
            items = food_after_for(text, self.ctx)  # "cafe stop at the top for a muffin"
        else:
            items = without_context(without_parts_held(items, self.ctx), self.ctx) or None
            items = items and chain_s_fries(items, self.ctx)
        if (
            items is not None
            and self.named_beside
            and _numbers_only(items)
            and (_PER_HUNDRED.search(text) is not None)
            and (labelled := _parse_items(", ".join([*self.named_beside, text]), self.ctx, True))
        ):
            self.named_beside = []  # "24k 2:15:40 on a 60g bag of trail mix, 520kcal per 100g"
            return labelled
        if items is not None and self.named_beside:
            items = [i for p in self.named_beside for i in asked(p, self.ctx) or ()] + items
            self.named_beside = []  # "10k 48:30, a lussekatt and a latte after": asked here
        if items is not None or kind is None or _clean_name(text):
            return items
        named = DISH_LABEL.search(self.said.lower())
        if named is None or self.ctx.foods.exact(named[0]) is None:
            return None
        return _parse_items(named[0], self.ctx, cued=True)

    def _take_back(self, text: str, kind: MealKind | None) -> tuple[str, bool] | None:
        """A clause that opens with a correction ("2 crumpets... kidding, 2 slices toast") takes
        back the food the clause before named; the rest is what the runner settled on, and
        whether it was said as a correction ("sorry, 3 eggs not 2"). None when the clause
        only counted the food before it (see _count_of_the_last). A number alone after food
        ("pad thai 🍜 ~650", "app says 560") is that food's kcal, no count of it."""
        if self.clause_text and kind is None and (bare := BARE_KCAL.fullmatch(text)):
            return f"{bare['v'] or bare['v2']} kcal", False
        if self.meal_items and kind is None and self._count_of_the_last(text):
            return None
        fix = CORRECTION.match(text)
        if fix is None:
            return text, restated(text)[1]  # the items read its words again
        if self._names_again(text[fix.end() :]):
            return text[fix.end() :], True  # "2 eggs and toast. make that 3 eggs": the eggs
        del self.meal_items[len(self.meal_items) - self.clause_items :]
        self.clause_items = 0
        self.clause_text = ""
        return text[fix.end() :], False

    def _judged(self, text: str) -> bool:
        """Whether a meal's label is followed by what the meal was like, no food: "dinner was
        a disaster", "lunch was a rush job", "breakfast was a write-off" (each word a common
        English word, none a food's name; "dinner was a kebab" is the kebab)."""
        m = _JUDGED.match(text)
        if m is None:
            return False
        words = _WORDS.findall(text[m.end() :])
        return bool(words) and english_words().issuperset(words) and _names_no_food(
            words, self.ctx
        )

    def _names_again(self, text: str) -> bool:
        """Whether a correction names again a food of the clause before (which it then fixes
        alone, the clause's other foods kept)."""
        said = self.meal_items[len(self.meal_items) - self.clause_items :]
        if not said:
            return False
        items = _parse_items(text, self.ctx, cued=True) or []
        before = {item.food for item in said if item.resolved}
        return any(item.resolved and item.food in before for item in items)

    def _flush_meal(self) -> None:
        if self.bare_label is not None:
            self.unparsed.append(self.bare_label)
            self.bare_label = None
        if self.meal_items:
            at = self.meal_at or self._untimed_meal_s_time()
            at = min(at or self.ctx.received_at, self.ctx.received_at)
            self.log_at = at
            meal = MealLogged(at=at, meal=self.meal_kind, items=tuple(self.meal_items))
            if meal.kcal > MAX_MEAL_KCAL:
                raise ImplausibleValue(
                    f"That meal adds up to {meal.kcal:,.0f} kcal, more than anyone eats at once."
                    " Nothing was saved; check the amounts and send it again."
                )
            if self.meal_earlier is not None:
                self.earlier[len(self.events)] = self.meal_earlier
            self.events.append(meal)
        self.meal_earlier = None
        self.meal_items = []
        self.clause_items = 0
        self.clause_text = ""
        self.meal_kind = None
        self.headed = False
        self.under_heading = False
        self.meal_at = None
        self.meal_cued = False

    def _untimed_meal_s_time(self) -> datetime | None:
        """When a meal said with no time of its own was eaten: a breakfast, lunch or dinner at
        its usual time on the day of the session or meal before it ("yesterday: breakfast
        porridge, lunch soup, dinner pasta": all three yesterday), or today (a day's log sent
        at night has its breakfast in the morning), never before the session before it ("Sat:
        parkrun, then brekkie ..., tea pizza": tea at 19:00, not at the parkrun's end); another
        meal after the session before it, or on the day of the meal before it. None: now."""
        tz = self.ctx.tz
        if self.meal_kind in PART_OF_DAY:
            day = (self.last_end or self.log_at or self.ctx.received_at).astimezone(tz).date()
            at = datetime.combine(day, PART_OF_DAY[self.meal_kind], tzinfo=tz).astimezone(UTC)
            return max(at, self.last_end) if self.last_end is not None else at
        if self.last_end is not None:
            return self.last_end
        if self.log_at is not None and (
            self.log_at.astimezone(tz).date() != self.ctx.received_at.astimezone(tz).date()
        ):
            return self.log_at
        return None

    def _in_the_order_written(self) -> None:
        """A day's log is written in order: "7:30 bagel, 13:00 turkey sub" had the bagel at
        7:30 in the morning, not the evening, because what follows it came earlier than that."""
        for i, earlier in self.earlier.items():
            event, after = self.events[i], self.events[i + 1 : i + 2]
            if after and earlier <= after[0].at < event.at and all(
                e.at <= earlier for e in self.events[:i]
            ):
                self.events[i] = event.model_copy(update={"at": earlier})

    def _one_after_another(self) -> None:
        """Sessions told with no time of day ended when the next one began, not all at once:
        "ran 5k 25:00 then 10k 50:00", "double day: 5k 25:00 and 8k 42:00" (the last ends at
        the message, the one before when the last began), never two runs at the same time."""
        told = [
            i for i, e in enumerate(self.events)
            if isinstance(e, _SESSIONS) and "started_at" in e.estimated
        ]
        for first, then in reversed(list(itertools.pairwise(told))):
            event, after = self.events[first], self.events[then]
            if not isinstance(event, _SESSIONS) or not isinstance(after, _SESSIONS):
                continue  # (told holds sessions only)
            if event.at < after.at + timedelta(seconds=after.duration_s) and (
                event.at + timedelta(seconds=event.duration_s) > after.at
            ):
                began = after.at - timedelta(seconds=event.duration_s)
                self.events[first] = event.model_copy(update={"at": began})

    def result(self) -> ParseResult:
        self._flush_meal()
        if self.last_end is not None:
            self._one_after_another()
        if self.named_beside and any(isinstance(e, MealLogged) for e in self.events):
            self.unparsed.extend(self.named_beside)  # "25 km 2:10:40, after it a kanelbulle"
        if self.earlier:
            self._in_the_order_written()
        if self.unparsed and self.last_end is not None:  # a session was logged
            self.unparsed = [u for u in self.unparsed if not _NAMED_AND_DONE.match(u)]
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
        elif self.chat:
            intent = "chat"  # a plan, or a run, race or weight named in passing
        else:
            intent = "unknown"
        return ParseResult(tuple(self.events), tuple(self.unparsed), intent)


#: Fuel taken on the run, by its words: gels, chews, sports drinks and their brands.
_FUEL = re.compile(
    r"\b(?:gels?|chews?|bloks?|shot blocks|tailwind|skratch|electrolytes?|isotonic|sports? drinks?"
    r"|gatorade|powerade|lucozade sport|maurten|gu|sis|precision|beta fuel|jelly babies)\b"
)
#: A kcal stated for one of several, or for a volume: the fuel's price, not a meal's total.
_PER_UNIT = re.compile(r"\beach\b|\bper\b|/|@|\d\s*x\b|\bx\s*\d|\ba (?:bottle|gel|bar|piece)\b")
#: What parts two foods of a clause into two meals: a comma, a semicolon, "then".
_APART = re.compile(r"[,;]|\bthen\b")
#: A heading that names the food after it as a day's: "food:", "rest day so just food:", "ate
#: today:", "eaten so far:".
_DAYS_FOOD = re.compile(
    r"\b(?:food|foods|eats|ate|eaten|intake)(?:\s+(?:today|so\s+far|log))?\s*:"
)
MEAL_SIZED_KCAL = 150.0
#: Food said to come after, ending its clause: "(4 gels,) a pint of milk after".
_AFTER_END = re.compile(r"\b(?:after|afterwards|post[- ]?run)\W*$")
#: A packet label's figures per 100 g or 100 ml: "520kcal per 100g", "98 kcal/100g".
_PER_HUNDRED = re.compile(r"(?:\bper|/|\ba)\s*100\s*(?:g|ml|grams)\b")
#: What a food cost, said with its currency: no amount of it.
_PRICE = re.compile(
    r"\(\s*(?:[£€][0-9]{1,3}(?:\.[0-9]{1,2})?|\$[0-9]{1,3}\.[0-9]{2})\s*\)"
    r"|[£€][0-9]{1,3}(?:\.[0-9]{1,2})?\b|\$[0-9]{1,3}\.[0-9]{2}\b"
)  # a dollar with its cents ("$4.50"): "$5 footlong" names the sub, "$1" is no price
#: The day's meals by name, as a day told meal by meal names them.
_DAYS_MEALS = re.compile(
    r"\b(?:breakfast|brekkie|brekky|brekfast|bfast|lunch|dinner|tea|supper)\b"
)
#: How soon, before a label of when: "straight after the long run", "right before parkrun".
#: A word of a dish's name right before a label word ("roast beef dinner", "chicken dinner").
_DISH_WORD_BEFORE = re.compile(
    r"\b(?!(?:for|at|as|my|a|an|the|then|and|had|ate|big|late|early|light|quick)\s)[a-z]{3,}\s$"
)
_RIGHT_BEFORE = re.compile(r"\b(?:straight|right|just|soon|immediately|directly)\s+$")
#: Words before "dinner" or "lunch" that make it a dish's name, no label: "roast chicken
#: dinner", "roast beef lunch", "a tv dinner".
_A_DISH_S = r"\b(?:roast(?:ed)?\s+(?:[a-z]+\s+)?|tv\s+|microwave\s+)"
_DISH_OF_A_MEAL = re.compile(rf"{_A_DISH_S}$")
_DISH_MEAL = re.compile(rf"{_A_DISH_S}(?:dinner|lunch)\b(?!\s*[:=)-])")
_QUALIFIER_WORDS = 3  # "builder's", "meal prep", "post long run": a label's words, no more


def _own_kcal(item: FoodItem) -> bool:
    """Whether a food carries a whole, meal-sized kcal of its own ("curry 900 kcal", "a
    protein bar (210 kcal)"), not fuel priced per piece ("3 gels (100 kcal each)")."""
    return (
        item.source == "stated"
        and (item.kcal or 0.0) >= MEAL_SIZED_KCAL
        and _PER_UNIT.search(item.text) is None
        and _FUEL.search(item.text) is None
    )


#: A meal-sized kcal said in a message: two make its food a day's list of priced meals.
_PRICED_IN = re.compile(r"\b[1-9][0-9]{2,3}\s*(?:kcals?|cals?|calories)\b")


def _without_price(text: str) -> str:
    """A meal clause without what its food cost ("meal deal (£3.85): ...", "a flat white
    £3.40"): a price is no amount."""
    return _PRICE.sub(" ", text) if "£" in text or "$" in text or "€" in text else text


def _priced(item: FoodItem) -> bool:
    """Whether a food of a day's list carries a meal-sized kcal of its own, fuel too ("4 gels
    (400kcal)"): where two of a list's foods do, each food between commas is a meal."""
    return item.source == "stated" and (item.kcal or 0.0) >= MEAL_SIZED_KCAL


#: A clause of nothing but a stated total: "total 430 kcal", "430 kcal in total".
_ONLY_A_TOTAL = re.compile(
    r"(?:in\s+)?total(?:\s+of)?:?\s*(?:~|≈|about|approx\.?|around|roughly)?\s*"
    r"(?P<v>[0-9]{2,5})\s*(?:kcals?|k?cals?|calories)"
    r"|(?:~|≈|about|approx\.?|around|roughly)?\s*(?P<v2>[0-9]{2,5})\s*(?:kcals?|k?cals?|calories)"
    r"\s+(?:in\s+)?total"
)


#: The food a stated kcal is said to be for: "320 kcal for the flapjack", "the muffin was 390".
_STATED_FOR = re.compile(
    r"\bfor\s+(?:the|my|that|each)\s+(?P<a>[a-z' ]+?)\W*$"
    r"|^(?:the|my|that)\s+(?P<b>[a-z' ]+?)\s+(?:was|is|were|had)\b"
)


def _names_food_again(text: str) -> bool:
    """Whether a clause names more food, not only an amount or numbers of the food before
    ("pizza for tea, 3 slices", "fish pie for tea, about 550 kcal", "..., had 2")."""
    return not (_amount_only(text) or _only_numbers(text) or bare_count(text)[0] is not None)


def _numbers_only(items: list[FoodItem]) -> bool:
    """Items that are only stated numbers, no food named ("~800kcal", "30g protein")."""
    return all(item.source == "stated" and item.food is None for item in items)


_MISSING_HINTS = {
    "run": "I couldn't find how far or how long you ran. Try 'ran 8 km in 45 min' or '10k 52:30'.",
    "weight": "I couldn't read a weight there. Try 'weight 71.8 kg' or '158 lb'.",
    "activity": "I couldn't tell how long that was. Try 'walked 40 min' or 'cycled 20 km'.",
    "programme": "Well done! Couch to 5K days differ from app to app, so I won't guess: how"
    " long was the session, walks included? Try 'c25k w3d1 30 min' (or add the distance:"
    " 'c25k w3d1 3.2 km 30 min').",
}
