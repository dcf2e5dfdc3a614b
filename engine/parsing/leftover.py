"""What a run clause says beside the run: food taken with it, or a count of something unknown.

"ran 10k in 50 min with 2 gels", "long run 20k 1:52 fuelled by 3 jelly babies" and "ran 10k,
banana after" name food that must be logged, not dropped; "ran 10k in 50 min 12 flurbos" names
something the parser cannot read, which comes back as not understood. Run chatter ("with the
club", "legs heavy", "180 bpm cadence") is neither.
"""

from __future__ import annotations

import re

from engine.errors import ImplausibleValue
from engine.events import FoodItem
from engine.food_names import ACTIVITY_WORDS, NO_SR28_ROW
from engine.parsing.clauses import _RUN_WORDS, _STRENGTH_TRIGGERS, _STRENGTH_WORDS
from engine.parsing.context import ParseContext, _words, letter_runs
from engine.parsing.items import _parse_items, drop_circumstance
from engine.spelling import english_words

#: Words that lead into food or start a new thought inside a run clause.
_CUE = re.compile(
    r"(\b(?:with|fuell?ed by|fueled by|fuel|took|taking|had|ate|drank|after|afterwards|then"
    r"|plus|and|during|on the way|along with)\b|[+,&;()]"
    r"|\b(?:on|off the back of)(?:\s+(?:just|only|nothing but|nowt but|naught but))?"
    r"(?=\s+(?:an?|some|[0-9]{1,2}|two|three)\s))"
)
#: A run done on food: "16k 1:24:50 on just a banana", "20k on a bowl of porridge", "30k off
#: the back of a bagel" ("on a roll" is how the week went, no bread).
_ON_FOOD = re.compile(r"(?:on|off the back of)\b.*")
_NOT_FUEL = re.compile(r"^(?:an?\s+)?(?:roll|high|mission|whim|budget|break)\b")
#: After these a phrase may be food; before "after" too ("banana after"), or with a count.
_FOOD_BEFORE = frozenset(
    ("with", "fuelled by", "fueled by", "fuel", "took", "taking", "had", "ate", "drank", "then",
     "plus", "+", "along with", "during", "and")
)  # fmt: skip
_FOOD_AFTER = frozenset(("after", "afterwards", "during"))
_COUNTED = re.compile(r"^(?:[0-9]{1,3}|a|an|some|two|three)\s")
#: A count of something at the start of a phrase: "12 flurbos", "3 jelly babies".
_COUNT = re.compile(r"^[0-9]{1,3}\s*(?P<w>[a-z]{3,})")
#: Counted things a runner says about a run that are not food: heart rate, cadence, laps ...
_RUN_COUNTS = frozenset((
    "bpm", "spm", "cadence", "steps", "laps", "lap", "sets", "reps", "rep", "degrees", "deg",
    "celsius", "watts", "floors", "kcal", "cal", "cals", "calories", "strides", "hills", "hill",
    "miles", "mile", "mins", "min", "minutes", "secs", "seconds", "hours", "hour", "hrs", "avg",
    "max", "beats", "people", "friends", "runners", "others", "mates", "dogs", "dog",
    "parkruns", "runs", "weeks", "week", "days", "day", "years", "year", "months", "place",
    "position", "overall", "done", "finished", "finally", "times", "mph", "kph",
))  # fmt: skip
#: Words of a run clause that say nothing beyond the run: dropped before looking for food.
_FILLER = _RUN_WORDS | _words(
    "in at on for the my a an of did done today this morning evening easy steady recovery km k",
    "mi miles min mins hr avg pace felt it was i just pb pbs pr prs",
)
_RUN_CHATTER = re.compile(r"^(?:the|my|our|his|her|their)\b")


def food_and_unknown(
    rest: str, ctx: ParseContext
) -> tuple[list[FoodItem], list[str], list[str]]:
    """Food named in what a run clause left over, the pieces of it not understood, and the
    pieces after the run that name a word no English has ("after it a kanelbulle"): food the
    table lacks when food is named beside it, else a place ("10k, hangang park")."""
    if _FILLER.issuperset(letter_runs(rest)):
        return [], [], []  # "ran   in  ", "easy  ,  ": nothing beside the run
    food: list[FoodItem] = []
    unknown: list[str] = []
    named: list[str] = []  # phrases naming a food the table lacks: asked if food is beside
    first = False  # whether the first of them is the run's own piece
    parts = _food_on_food(_CUE.split(rest))  # piece, cue, piece, cue, ...
    for i in range(0, len(parts), 2):
        piece = parts[i]
        if not any(c.isalpha() for c in piece):
            continue
        before = parts[i - 1] if i else ""
        after = parts[i + 1] if i + 1 < len(parts) else ""
        chatter = _RUN_CHATTER.match(piece.strip()) is not None  # "with the club"
        placed = _EATING_PLACE.search(piece) is not None  # "a scone in the cafe"
        piece = _EATING_PLACE.sub("", drop_circumstance(piece, ctx))  # "a banana at the finish"
        phrase = " ".join(w for w in piece.split() if w not in _FILLER)
        if not phrase or not any(c.isalpha() for c in phrase):
            continue
        cued = (
            _cued_by(before, phrase)
            or after in _FOOD_AFTER
            or _COUNTED.match(phrase) is not None
            or _COUNTED.match(piece.strip()) is not None  # "..., 34:50 and a hot choc"
        )
        items = _food_beside(piece, phrase, ctx, placed=placed) if cued and not chatter else None
        if items:
            food.extend(items)
            continue
        words = piece.split()
        while words and words[0] in _FILLER:
            del words[0]
        count = _COUNT.match(" ".join(words))
        if count is not None and count["w"] not in _RUN_COUNTS and count["w"] not in _FILLER:
            unknown.append(" ".join(words))  # "12 flurbos", as written
        elif not chatter and not english_words().issuperset(letter_runs(phrase)):
            dish = _counted_dish(before, piece, phrase, ctx)  # "then a tartiflette": asked
            food.extend(dish)
            named.extend(() if dish else (phrase,))  # "after it a kanelbulle": food, or a place
            first = first or not i  # the run's own piece: "hangang run" is a place
        else:
            unknown.extend(w for w in letter_runs(piece) if _no_word(w))  # "5k xqzt"
    if food:  # "simit and ayran after the 15k": the simit is asked about in the meal
        for phrase in named[1:] if first else named:  # not the run's own piece's place
            food.extend(asked(phrase, ctx) or ())
        return food, unknown, []
    if first:
        unknown.extend(w for w in letter_runs(named.pop(0)) if _no_word(w))
    return food, unknown, named


#: Pairs of letters, each with a rare letter (j, q, v, x, z), that no word of the food tables
#: (every everyday name and SR28 description), of chatter or of a run holds: a word with one is
#: typed by accident ("ran 5k xqzt in 25 min"), and comes back as not understood.
#: tests/engine/test_parsing_runs_block.py checks the list against those words ("rajma" and
#: "gazpacho" took "jm" and "zp" off it, "franzbrötchen" "zb").
NO_WORD_PAIRS = _words(
    "bv bx bz cj cq cv cx cz dq dx fj fq fv fx fz gq gv gx gz hj hq hv hx jb jc jd",
    "jf jg jh jk jl jn jp jq js jt jv jw jx jy jz kj kq kv kx kz lj lq lx mj mv",
    "mx mz nx pq pv px qa qb qc qd qe qf qg qh qi qj qk ql qm qn qo qq qr qs qt qv",
    "qw qx qy qz sj sx sz tq tx vb vc vd vf vh vj vk vm vn vq vt vw vx vz wj wq wv",
    "wx wz xd xf xj xk xl xn xq xr xv xw xz yj yq yx zc zd zf zg zh zj zk zm zn",
    "zq zr zv zx",
)


#: Where food is bought or eaten, after a food beside a run: "a scone in the cafe", "a
#: clootie dumpling slice at the hotel", "a rowie in the village hall", "from the food truck".
_EATING_PLACE = re.compile(
    r"\s+(?:in|at|from)\s+(?:the\s+|a\s+)?(?:village\s+|local\s+|race\s+|club\s+)?"
    r"(?:caf[eé]|caff|cafeteria|hotel|pub|bakery|clubhouse|bar|restaurant|diner|chippy"
    r"|canteen|tea\s?room|coffee\s+shop|hall|bothy|food\s+truck|truck|van|stand|cart|kiosk"
    r"|bistro|deli|inn|tavern)\b(?:\s+(?:after|afterwards|later))?"
)
#: Words of an amount before a food's name: "a bit of tablet", "a slice of barmbrack".
_AMOUNT_WORDS = _words("a an some bit of slice piece chunk wedge square bite")


def _food_beside(
    piece: str, phrase: str, ctx: ParseContext, *, placed: bool
) -> list[FoodItem] | None:
    """Food a cued piece beside a run names: everyday food, or food SR28 lacks said where it
    was had or known to lack its row ("and a scone in the cafe"), asked about."""
    items = _food(phrase, ctx)
    if items or not (placed or lacks_a_row(phrase)):
        return items
    return _lacked_food(piece, ctx)


def lacks_a_row(phrase: str) -> bool:
    """Whether a phrase names a food SR28 has no row for ("a scone", "a clootie dumpling
    slice"): asked about, never dropped as a word of English."""
    words = [w for w in phrase.split() if w not in _AMOUNT_WORDS]
    return any(
        " ".join(words[i:j]) in NO_SR28_ROW
        for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)
    )


def _lacked_food(piece: str, ctx: ParseContext) -> list[FoodItem] | None:
    """The piece as food the table lacks, to ask about: a count or an article, then words of
    no run, session or talk ("a bit of tablet", not "a nap" nor "a walk home")."""
    words = piece.split()
    if not words or (words[0] not in ("a", "an", "some") and not words[0].isdigit()):
        return None
    if not _NOT_A_DISH.isdisjoint(words) or not _TALK.isdisjoint(words):
        return None
    items = asked(piece.strip(), ctx)
    return items if items and all(not item.resolved for item in items) else None


#: Things had after a run that are no food: "a nap", "a shower", "a chat", "a massage".
_TALK = _words(
    "nap snooze kip shower bath chat natter blether massage stretch lie sit rest walk drive",
    "ride lift sleep dip dook swim paddle cry laugh selfie photo pic medal shirt tshirt",
)


def _food_on_food(parts: list[str]) -> list[str]:
    """Pieces and cues with "on" joined back where it puts food on food ("kielbasa on a
    roll", "beans on toast"): a run's "on" follows its figures, blanked out before it ("16k
    1:24:50 on just a banana")."""
    joined = parts[:1]
    for cue, piece in zip(parts[1::2], parts[2::2], strict=False):
        before = joined[-1]
        if (
            _ON_FOOD.fullmatch(cue) is not None and before.endswith(" ")
            and not before.endswith("  ") and before.strip()[-1:].isalpha()
        ):
            joined[-1] = before + cue + piece
        else:
            joined.extend((cue, piece))
    return joined


def _cued_by(before: str, phrase: str) -> bool:
    """Whether the cue before a phrase leads into food: "with", "had", "then", and "on" a
    count of something ("16k on just a banana"; "on a roll", "on a high" are how it went)."""
    if _ON_FOOD.fullmatch(before) is not None:
        return _NOT_FUEL.match(phrase) is None
    return before in _FOOD_BEFORE


def _counted_dish(before: str, piece: str, phrase: str, ctx: ParseContext) -> list[FoodItem]:
    """ "..., then a tartiflette", "had 2 kimbap": a dish the table lacks after the run, to ask
    about; a place beside a run comes bare ("10k, hangang park"), and what a runner ran with
    is kit or company ("with a headtorch"), as is the run's own piece."""
    if before not in _NEXT or not a_dish_unknown(piece):
        return []
    return asked(phrase, ctx) or []


def a_dish_unknown(text: str) -> bool:
    """ "2 kimbap", "then a tartiflette": a count of something named in words no English has
    and no run or session has, which is a dish the table lacks (a meal that asks about it, not
    "didn't catch"); "then a nap", "2 laps", "a parkrun", "2 mins", "174 spm" are not."""
    found = _COUNTED_WORDS.fullmatch(text.strip().lower())
    if found is None:
        return False
    words = found["words"].split()
    return (
        all(len(word) >= 3 and _VOWEL.search(word) for word in words)  # no "dnf", "hrs", "xx"
        and english_words().isdisjoint(words)
        and _NOT_A_DISH.isdisjoint(words)
    )


#: The cues after which a counted thing came next or was had: "..., then a tartiflette".
_NEXT = frozenset((",", ";", "+", "then", "had", "ate", "drank", "took", "plus", "and", "after"))
_VOWEL = re.compile("[aeiouyà-ÿ]")
#: A count or an article, then words only: "2 kimbap", "then a tartiflette", "an arancini".
_COUNTED_WORDS = re.compile(
    r"(?:then\s+)?(?:[0-9]{1,2}|a|an|some)\s+(?P<words>[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,2})"
)
#: Words of runs, sessions and their figures: "2 mins", "a kms", "a parkrun" name no dish.
_NOT_A_DISH = (
    _RUN_WORDS | _RUN_COUNTS | ACTIVITY_WORDS | _STRENGTH_WORDS | _STRENGTH_TRIGGERS
)


def _no_word(word: str) -> bool:
    """A run of letters no word has: a pair of NO_WORD_PAIRS in it."""
    return _NO_WORD_PAIR.search(word) is not None


_NO_WORD_PAIR = re.compile("|".join(sorted(NO_WORD_PAIRS)))


def asked(phrase: str, ctx: ParseContext) -> list[FoodItem] | None:
    """A phrase read as food to ask about (the table lacks it), kept in the meal."""
    try:
        return _parse_items(phrase, ctx, cued=True)
    except ImplausibleValue:
        return None


def _food(phrase: str, ctx: ParseContext) -> list[FoodItem] | None:
    """Everyday food the phrase names, counted or not ("2 gels", "a banana", "banana");
    None for chatter ("the club" is no cracker, "legs heavy" no chicken)."""
    try:
        items = _parse_items(phrase, ctx, cued=False)
    except ImplausibleValue:
        return None
    if not items or not all(i.resolved and i.food and "," not in i.food for i in items):
        return None
    return items
