"""Messages laid out rather than written: tables, checklists, arrows, sections, quoted replies.

Runners paste what a notes app, a spreadsheet or another chat shaped, and the readers take
sentences and lines. So before anything is read, the layout is turned into plain lines:

- a markdown table is a line per row, each bare number in its column's unit ("| km | time |"
  over "| 10 | 48:55 |" is "10 km 48:55"), the header and "|---|" rows gone, a row's first
  word a heading ("| weight | 69.4 |" is "weight: 69.4");
- a checklist keeps what is ticked ("- [x] 2 bananas", "✅ parkrun 25:48") and drops what is
  not ("- [ ] core", "❌ stretching"): it was not done;
- steps between arrows ("porridge -> 10k 50:00 -> 2 bananas") are lines, each food step a
  meal of its own (later and later in the day), as a plural "meals:" heading's list is
  ("MEALS: porridge, chicken wrap 450 kcal, pasta"); parts between spaced dashes, three or
  more on a line ("porridge - 8k 41:20 - tuna sandwich"), are lines too;
- a day's headings ("food so far:", "TRAINING", "Mon: rest") are no food, and clocks leading
  its lines without their colon ("0700 porridge", "7.15 - weetabix") are clocks;
- a report of several sentences (a race report, a week's update) logs the run told with its
  time, not the distances of the week's history and plans told beside it, and a sentence whose
  figures cannot be right is asked about, not the whole report refused;
- a pace in the plural ("settled into 5:10s", "8k @ 5:20s") is a pace, no time of the run;
- middle dots between parts ("weighed 70.4 · ran 9.5k 49:50 · lentil soup", a watch's "Run ·
  8.00 km · 41:20") part them as bars do, and a dot leading a line is a bullet; one dot alone
  ("42.8 km · 1h 31m") parts nothing;
- a quoted line ("> Ran 10 km in 52:00") is what was said before, the bot's question or the
  runner's own message logged already: it logs nothing itself. A number alone answers the
  quoted question about weight ("> weight?\n71.6" is "weight 71.6"); a reply that corrects a
  quoted entry ("no, 12 km in 1:02:00") takes that entry's place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from engine.events import Event, RunLogged
from engine.parsing.context import _words, letter_runs
from engine.parsing.labels import LABEL_ALT


class Layout(NamedTuple):
    """The message as plain lines, and what its layout said beyond the words."""

    text: str
    steps: bool  # each line starts a meal of its own: arrows' steps, a "meals:" list
    corrects: bool  # a reply correcting a quoted entry: it takes that entry's place
    report: bool  # a long message of several sentences: a day's or a race's report


#: A pace said in the plural, its splits': after "@", "at" or "averaged" the run's pace ("10k
#: at 4:55s", "9 mile run, averaged 8:40s"), elsewhere a pace told in passing ("settled into
#: 5:10s", "the first 20 miles were fine, 10:30s"), no time of the run and no "10 s".
_PLURAL_PACE = re.compile(
    r"(?:(?P<at>@|\bat|\baverag(?:ed|ing|e)|\bavg)\s*)?(?<![0-9:])(?P<pace>[0-9]{1,2}:[0-5][0-9])s\b",
    re.IGNORECASE,
)
#: Anything a layout needs; most messages have none of it and are given back as they are.
_ANY_LAYOUT = re.compile(
    r"[\n|@→⟶➡➔⇒✅✔☑☒✓☐❌✗✘⬜]|->|=>|//|\[[ x]?\]|\[[a-z]|\bmeals\b|[0-9]:[0-5][0-9]s\b"
    r"|\s[-–—>~]\s|\s(?:--|>>)\s",
    re.IGNORECASE,
)


def _no_layout_marks(text: str) -> bool:
    """Whether an ASCII text holds none of the characters _ANY_LAYOUT's branches need (a line
    break, "|", "@", ">", "[", ":", "//", a spaced dash or "meals"), told without its scan of
    every character."""
    return text.isascii() and not (
        "\n" in text or "|" in text or "@" in text or ">" in text or "[" in text or ":" in text
        or "//" in text
        or " - " in text or " -- " in text or " ~ " in text or "meals" in text.lower()
    )  # fmt: skip


def lay_out(text: str) -> Layout:
    """The message with its layout turned into the lines the readers take."""
    if not text.isascii() and (
        (dots := len(_MIDDLE_DOT.findall(text))) > 1 or (dots and _TWO_PARTS.search(text))
    ):
        text = _MIDDLE_DOT.sub(_as_bar if dots > 1 else _as_line, text)  # "oats · 10k 52:00 ·
        # curry": "oats | 10k ..."; one dot between two parts parts two lines
    if _no_layout_marks(text) or _ANY_LAYOUT.search(text) is None:
        return Layout(text, steps=False, corrects=False, report=_a_report(text))
    corrects = False
    if ">" in text and "\n" in text:
        text, corrects = _without_quotes(text)
    text = _checked(text)
    if "[" in text:
        text = _BRACKET_HEAD.sub(r"\g<head>: ", text)  # "[post run] 2 bananas", "[run] 18k"
    if " // " in text:
        text = text.replace(" // ", " | ")  # "run: 6k 33:10 // food: bagel // 70.5 kg"
    if "~" in text and len(_TILDE_BULLET.findall(text)) >= 2:
        text = _TILDE_BULLET.sub("", text)  # "~ 2 weetabix\n~ 10k 53:10\n~ jacket potato"
    if "|" in text:
        text = _table_rows(text)
    text = _without_headings(text)  # "food so far:\nbagel\nsoup", "Mon: rest | 72.3kg | oats"
    if "@" in text:
        text = _at_clock_lines(text)  # "@7:15 porridge @12:40 soup": a line each
    if "\n" in text or text.count(" / ") >= 2:
        text = _line_clocks(text)  # "0700 porridge\n1230 soup", "0630 - 7k / 0800 - oats / ..."
    text = _WEIGHT_LETTER.sub("weight ", text)  # "b: oats\nw: 172.4 lb", "weight - 75.3"
    text, arrows = _arrow_steps(text)
    if arrows:
        text = _without_headings(text)  # "day 3 ~ 5k 27:10 ~ a bagel": "day 3" heads the steps
    if " - " in text or " – " in text or " — " in text or " -- " in text:
        text = _dash_lines(text)  # "porridge - 8k 41:20 - tuna sandwich - stir fry": a line each
    text, meals = _meals_listed(text)
    if "s" in text:
        text = _PLURAL_PACE.sub(_as_pace, text)  # "settled into 5:10s", "8k @ 5:20s"
    return Layout(text, steps=arrows or meals, corrects=corrects, report=_a_report(text))


#: A middle dot (or its look-alikes, small triangles) between parts of a line, or leading it as
#: a bullet.
_MIDDLE_DOT = re.compile(
    r"(?P<lead>^|(?<=\n))?[^\S\n]*[·∙⋅‧▸▹►▶‣⁃]\ufe0f?[^\S\n]*", re.MULTILINE
)
#: One middle dot between two parts that each have a figure and a word of their own: "roast
#: beef dinner 800kcal · 2 rice cakes" (a watch's "42.8 km · 1h 31m" and "Strava · Evening Run"
#: have no such words on both sides).
_TWO_PARTS = re.compile(
    r"^[^\n·]*(?=[^\n·]*[0-9])(?=[^\n·]*\b(?!(?:km|kms|mi|min|mins|hr|hrs|kg|lbs?|bpm|kcal|cal)\b)"
    r"[a-z]{3,})[^\n·]*·[^\n·]*(?=[^\n·]*[0-9])[^\n·]*\b"
    r"(?!(?:km|kms|mi|min|mins|hr|hrs|kg|lbs?|bpm|kcal|cal)\b)[a-z]{3,}",
    re.IGNORECASE | re.MULTILINE,
)
#: A day's weigh-in under its letter or word, as "b:" heads breakfast and "r:" the run: "w:
#: 172.4 lb", "weight - 75.3" (a spaced dash would part the word from its figure).
_WEIGHT_LETTER = re.compile(
    r"^[^\S\n]*(?:w|wt|wgt|weight|weigh[- ]?in)\s*[:=-]\s*"
    r"(?=[0-9]{2,3}(?:[.,][0-9]{1,2})?\s*(?:kg|kgs|lbs?|st)?[^\S\n]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def _as_bar(m: re.Match[str]) -> str:
    return "" if m["lead"] is not None else " | "


def _as_line(m: re.Match[str]) -> str:
    """One middle dot between two parts with figures and words of their own ("roast beef
    dinner 800kcal · 2 rice cakes"): a line each, as a day's log by lines."""
    return "" if m["lead"] is not None else "\n"


def _as_pace(m: re.Match[str]) -> str:
    return f"@ {m['pace']}" if m["at"] else ""


# ---------------------------------------------------------------------------------------------
# A day's log by lines

#: A food diary app's entry: a food, then its amount after a dash, an en dash or an em dash
#: ("Banana - 1 medium", "Oatmeal, cooked - 1 cup"): the lines of one meal of the diary.
_DIARY_ENTRY = re.compile(r"^[^\n0-9]*[a-z)]\s+[-–—]\s*[0-9][0-9./]*\s*[a-z]*\s*$", re.I | re.M)


#: Words a day log's heading is made of ("food so far:", "race day fuel", "TRAINING",
#: "Notes", "brick sat", "Mon: rest"), none of them a food or a session's figure; one of
#: _HEADING_NOUNS at least names it a heading.
_HEADING_NOUNS = _words(
    "food foods log logs logged fuel fuelling fueling training notes note diary intake recap",
    "summary scran tucker grub nutrition eats update rest brick fasting",
)
#: A day's or a week's number in a heading ("DAY 3 FOOD", "wk 6 log"): no figure of an event.
_DAY_NUMBER = re.compile(r"\b(?:day|week|wk|d|w)\s*[0-9]{1,3}\b", re.IGNORECASE)
_HEADING_WORDS = _HEADING_NOUNS | _words(
    "today today's todays tonight daily day days my the of so far what i ate eaten all and plus",
    "race week weekend a quick full whole here's heres is was s for intermittent wk d w",
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday",
    "saturday sunday",
)


def _without_headings(text: str) -> str:
    """A day log's lines and parts between bars without its headings ("food so far:", "race
    day fuel", "TRAINING", "Mon: rest"): a message of one line or part is left as it is."""
    lines = text.split("\n")
    if len(lines) < 2 and text.count("|") < 2:
        return text
    kept = []
    for line in lines:
        parts = line.split("|") if line.count("|") >= 2 else [line]
        left = [part for part in parts if not heading_only(part)]
        if len(left) == len(parts):
            kept.append(line)
        elif any(part.strip() for part in left):
            kept.append("\n".join(part.strip() for part in left))  # the parts, a line each
    return "\n".join(kept) if kept else text


def heading_only(text: str) -> bool:
    """Whether a line is a day log's heading ("food so far:", "race day fuel", "FOOD"): no
    food, no figure, nothing to log or to ask about."""
    if "day" in text.lower() or "w" in text.lower():
        numbered, text = text, _DAY_NUMBER.sub(" ", text)
        if text != numbered and not text.strip(" :-.") and not numbered.strip()[:1].isdigit():
            return _DAY_NUMBER.fullmatch(numbered.strip(" :-.")) is not None  # "day 3", "Wk 12:"
    words = letter_runs(text.lower())
    return (
        bool(words)
        and not any(c.isdigit() for c in text)
        and _HEADING_WORDS.issuperset(words)
        and not _HEADING_NOUNS.isdisjoint(words)
    )


#: A clock leading a line (or a part between slashes) of a day's log written without its
#: colon: the 24-hour "0700", "1930" or with a dot, "7.15 -", "12.45:" (before a dash, a colon,
#: am or pm: "7.15 km" is a run); "half 7:" is 7:30.
_LINE_CLOCK = re.compile(
    r"(?:^|(?<=\s/\s))(?P<lead>[^\S\n]*(?:[-*~][^\S\n]*)?)(?:half\s+(?P<half>1[0-2]|[1-9])"
    r"(?=\s*[-–:]\s)|(?P<h>[01]?[0-9]|2[0-3])\.(?P<m>[0-5][0-9])"
    r"(?=\s*(?:am|pm)\b|\s*[-–:]\s)|(?P<h24>[01][0-9]|2[0-3])(?P<m24>[0-5][0-9])"
    r"(?=\s*[-–:]?\s+[a-z~0-9])(?!\s*(?:k?cals?|kcal|kj|m|metres?|meters?|steps|ft)\b))",
    re.IGNORECASE | re.MULTILINE,
)


def _line_clocks(text: str) -> str:
    """The clocks leading a day's lines written as "0700" or "7.15", with their colon, when two
    lines or more open with one (a line alone may be a distance or a count)."""
    if len(_LINE_CLOCK.findall(text)) < 2:
        return text
    return _LINE_CLOCK.sub(_with_colon, text)


def _with_colon(m: re.Match[str]) -> str:
    if m["half"] is not None:
        return f"{m['lead']}{m['half']}:30"
    if m["h"] is not None:
        return f"{m['lead']}{m['h']}:{m['m']}"
    return f"{m['lead']}{m['h24']}:{m['m24']}"


#: A clock after "@" leading a line, and the same again later in it: "@7:15 porridge @12:40 soup
#: 250 kcal @18:00 10k 55:10" is a day's log by the clock on one line ("10k @ 5:20" is a pace).
_AT_CLOCK = re.compile(
    r"(?:^|(?<=\s))@\s*(?=(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?\s*(?:am|pm)?\s+[a-z0-9])",
    re.IGNORECASE | re.MULTILINE,
)


def _at_clock_lines(text: str) -> str:
    """Each "@clock" of a line led by one a line of its own, when the line holds two or more."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        marks = list(_AT_CLOCK.finditer(line))
        if len(marks) >= 2 and not line[: marks[0].start()].strip():
            lines[i] = _AT_CLOCK.sub("\n", line).lstrip("\n")
    return "\n".join(lines)


def lines_of_a_day(text: str) -> bool:
    """Whether each line of food is a meal of its own, as a day's log by lines is ("today\n
    porridge\nbanana\nham sandwich"): every message of lines but a food diary app's copy of
    one meal ("Cronometer\nOatmeal, cooked – 1 cup\nBanana – 1 medium")."""
    return len(_DIARY_ENTRY.findall(text)) < 2


# ---------------------------------------------------------------------------------------------
# Quoted replies

_QUOTE = re.compile(r"^[^\S\n]*>[^\S\n]?")
#: A reply of a number alone ("71.6"): the figure the quoted question asked for.
_BARE_REPLY = re.compile(r"[0-9]{2,3}(?:[.,][0-9])?")
_ASKS_WEIGHT = re.compile(r"\bweigh|\bscales?\b", re.IGNORECASE)
#: A reply that opens by correcting what it quotes: "no, 12 km", "sorry, it was 9 km".
_CORRECTING = re.compile(
    r"\W*(?:no+|nope|sorry|oops|whoops|actually|wrong|correction|(?:i\s+)?meant"
    r"|make\s+(?:that|it)|(?:it\s+)?should\s+(?:have\s+)?(?:be|been))\b",
    re.IGNORECASE,
)


def _without_quotes(text: str) -> tuple[str, bool]:
    """The reply without the lines it quotes, and whether it corrects a quoted entry."""
    lines = text.split("\n")
    quoted = [line for line in lines if _QUOTE.match(line)]
    if not quoted or len(quoted) == len(lines):
        return text, False  # nothing quoted, or only a quote: read as it is
    said = " ".join(_QUOTE.sub("", line) for line in quoted).strip()
    reply = "\n".join(line for line in lines if not _QUOTE.match(line)).strip()
    asked = said.endswith("?")
    if asked and _BARE_REPLY.fullmatch(reply) and _ASKS_WEIGHT.search(said):
        return f"weight {reply}", False  # "> weight?\n71.6"; "68.2 kg" says so itself
    fixes = not asked and any(c.isdigit() for c in said) and _CORRECTING.match(reply) is not None
    if fixes and (whole := _figure_put_right(said, reply)) is not None:
        return whole, True  # "> 6k in 31:00\noops, 32:30": the 6k in 32:30
    return reply, fixes


#: A figure of a run alone after the correcting word: a time ("32:30", "1:02:10") or a
#: distance ("11k", "9.5 km", "6 miles").
_CLOCK = r"(?:[0-9]{1,2}:)?[0-9]{1,3}:[0-5][0-9]"
_DISTANCE = r"[0-9]{1,3}(?:\.[0-9]{1,2})?\s*(?:k|km|kms|mi|miles?)"
_FIGURE_ALONE = re.compile(
    rf"\W*(?:no+|nope|sorry|oops|whoops|actually|wrong|correction|(?:i\s+)?meant|make\s+(?:that"
    rf"|it)|(?:it\s+)?should\s+(?:have\s+)?(?:be|been))\W*(?:(?:it\s+)?was\s+|it'?s\s+)?"
    rf"(?:(?P<clock>{_CLOCK})|(?P<dist>{_DISTANCE}))\W*",
    re.IGNORECASE,
)


def _figure_put_right(said: str, reply: str) -> str | None:
    """The quoted entry with the one figure the reply puts right ("> 6k in 31:00" and "oops,
    32:30": "6k in 32:30"); None when the reply is more than a figure or the entry holds no
    single figure of that kind to replace."""
    m = _FIGURE_ALONE.fullmatch(reply)
    if m is None:
        return None
    kind, figure = (_CLOCK, m["clock"]) if m["clock"] else (_DISTANCE, m["dist"])
    found = list(re.finditer(rf"(?<![0-9.:]){kind}(?![0-9:])", said, re.IGNORECASE))
    if len(found) != 1:
        return None
    return said[: found[0].start()] + figure + said[found[0].end() :]


# ---------------------------------------------------------------------------------------------
# Checklists

_TICKED = r"\[[x✓✔]\]|✅|✔️?|☑️?|☒|✓"
_UNTICKED = r"\[ ?\]|☐|❌|✗|✘|⬜|❎"
#: A checklist's mark opening a line, behind an optional bullet.
_CHECK_MARK = re.compile(
    rf"^[^\S\n]*(?:[-*•][^\S\n]*)?(?:(?P<done>{_TICKED})|{_UNTICKED})[^\S\n]*",
    re.IGNORECASE | re.MULTILINE,
)


#: Words in square brackets heading a line, no checkbox: "[post run] 2 bananas", "[run] 18k
#: 1:38:20" are "post run: 2 bananas", "run: 18k 1:38:20".
_BRACKET_HEAD = re.compile(
    r"^[^\S\n]*\[(?P<head>[a-z][a-z '-]{1,30})\][^\S\n]*", re.IGNORECASE | re.MULTILINE
)


#: A tilde leading a line of a list, a bullet ("~ 2 weetabix"), not "~300 kcal".
_TILDE_BULLET = re.compile(r"^[^\S\n]*~[^\S\n]+(?=\S)", re.MULTILINE)


def _checked(text: str) -> str:
    """A checklist's ticked lines without their marks, its unticked lines gone. A list of
    marks on two lines or more, or one box ("- [x] ..."): an emoji alone is no checklist."""
    marks = list(_CHECK_MARK.finditer(text))
    if not marks or (len(marks) < 2 and "[" not in marks[0][0]):
        return text
    lines = []
    for line in text.split("\n"):
        m = _CHECK_MARK.match(line)
        if m is None:
            lines.append(line)
        elif m["done"] is not None:
            lines.append(line[m.end() :])
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Tables

_SEPARATOR_CELL = re.compile(r":?-{2,}:?")
_BARE_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: A column's name -> what a bare number under it is written as ("{}" the number); None: a
#: figure the runner does not log (heart rate, cadence), left out.
_COLUMNS: dict[str, str | None] = {
    "km": "{} km", "kms": "{} km", "k": "{} km", "mi": "{} mi", "mile": "{} mi",
    "miles": "{} mi", "time": "{} min", "duration": "{} min", "min": "{} min",
    "mins": "{} min", "minutes": "{} min", "kcal": "{} kcal", "cal": "{} kcal",
    "cals": "{} kcal", "calories": "{} kcal", "kg": "{} kg", "weight": "weight {}",
    "lb": "{} lb", "lbs": "{} lb",
    "hr": None, "avg hr": None, "heart rate": None, "bpm": None, "cadence": None, "spm": None,
    "rpe": None,
}  # fmt: skip
#: Names of columns (see _a_header).
_HEADER_WORDS = frozenset(_COLUMNS) | {
    "day", "date", "when", "session", "workout", "type", "activity", "run", "what", "distance",
    "dist", "route", "pace", "avg pace", "meal", "food", "foods", "item", "items", "notes", "note",
    "comment", "comments", "elevation", "elev", "ascent", "protein", "carbs", "fat", "qty",
    "quantity", "amount",
}  # fmt: skip


def _table_rows(text: str) -> str:
    """Rows of a table as lines: a line opening with "|" ("| mon | 8 | 41:10 |") or two
    lines with bars ("weight | 80.2\nrun | 11km | 59:30"). One line of parts between bars
    ("eggs | toast | coffee") is a list, left to the list reader."""
    lines = text.split("\n")
    if not any(line.lstrip().startswith("|") for line in lines) and (
        sum("|" in line for line in lines) < 2
    ):
        return text
    out: list[str] = []
    header: list[str] | None = None
    for line in lines:
        if "|" not in line:
            out.append(line)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(not c or _SEPARATOR_CELL.fullmatch(c) for c in cells):
            continue  # "|---|:---:|"
        if header is None and _a_header(cells):
            header = [c.lower() for c in cells]
            continue
        out.append(_row(cells, header))
    return "\n".join(out)


def _a_header(cells: list[str]) -> bool:
    """Columns' names: no figure, short names, half of them or more known ("| route | time
    |"); "| lunch | a bagel |" is a row of the log."""
    names = [c.lower() for c in cells]
    return (
        len(names) > 1
        and not any(c.isdigit() for name in names for c in name)
        and all(len(name.split()) <= 2 for name in names)
        and 2 * sum(name in _HEADER_WORDS for name in names) >= len(names)
    )


def _row(cells: list[str], header: list[str] | None) -> str:
    """A row's cells as one line, each bare number in its column's unit."""
    said = []
    for i, cell in enumerate(cells):
        column = header[i] if header is not None and i < len(header) else None
        if column in _COLUMNS and _BARE_NUMBER.fullmatch(cell):
            written = _COLUMNS[column]
            if written is not None:
                said.append(written.format(cell))
        elif cell:
            said.append(cell)
    if len(said) > 1 and not any(c.isdigit() for c in said[0]):
        return f"{said[0]}: {' '.join(said[1:])}"  # "weight: 69.4", "lunch: a bagel"
    return " ".join(said)


# ---------------------------------------------------------------------------------------------
# Arrows and "meals:" lists

_ARROW = re.compile(
    r"-{1,3}>|={1,2}>|→|⟶|➡️?|➔|⇒"
    # spaced ">" and "~" between parts ("weight 80.2 > 10k 53:30 > porridge", "day 3 ~ 5k
    # 27:10 ~ a bagel"); not a "~" before an amount ("soup ~ 300 kcal")
    r"|(?<=\s)>>?(?=\s)|(?<=\s)~(?=\s(?![0-9.]+\s*(?:k?cals?|kcal|calories|g|ml)\b))"
)
#: What an arrow after it marks as a heading: a meal's label or a clock ("lunch -> soup",
#: "08:00 -> oats"), not a step of the day.
_HEADS = re.compile(
    rf"(?:^|[,;])\s*(?:{LABEL_ALT}|tea|[0-9]{{1,2}}(?:[:.][0-5][0-9])?\s*(?:am|pm)?)\s*$",
    re.IGNORECASE,
)
#: A day has a few steps and meals: more parts than this are no day's log (and a line each
#: would cost a hostile message its own reading per part).
_MOST_PARTS = 24
_MEALS_LIST = re.compile(
    r"(?:^|(?<=[\n|]))[^\S\n]*(?:(?:today'?s|my)\s+)?meals(?:\s+today)?\s*:(?P<list>[^\n|]*)",
    re.IGNORECASE,
)
_COMMA = re.compile(r",\s")


def _arrow_steps(text: str) -> tuple[str, bool]:
    """A line of steps between arrows as a line per step ("porridge -> 10k 50:00 -> 2
    bananas"). An arrow after a label or a clock heads a meal ("lunch -> soup, dinner ->
    curry", "08:00 -> oats"): that line is left to the label readers."""
    if "->" not in text and "=>" not in text and text.isascii() and (
        text.count(" > ") < 2 and text.count(" ~ ") < 2  # "80.2 > 10k 53:30 > porridge"
        and text.count(" >> ") < 2  # "10k 50:00 >> porridge >> wrap 450kcal"
    ):
        return text, False
    lines = text.split("\n")
    stepped = [
        "\n".join(step.strip() for step in steps)
        if 2 < len(steps := _ARROW.split(line)) <= _MOST_PARTS
        and not any(_HEADS.search(step) for step in steps[:-1])
        else line
        for line in lines
    ]
    if stepped == lines:
        return text, False
    return "\n".join(stepped), True


#: A dash between two parts of a line, spaced on both sides (no range "12-8", no "post-run");
#: typed as two or three hyphens too ("oats -- 5 mi 42:00 -- burrito 900 cal").
_DASH = re.compile(r"[^\S\n]+(?:[-–—]|-{2,3})[^\S\n]+")


#: "w/" and "w/o", a part's "with" and "without", no slash between parts.
_W_SLASH = re.compile(r"\bw/o?", re.IGNORECASE)


def _dash_lines(text: str) -> str:
    """_dash_parts, with a heading before the parts read as one ("day log - 9k 47:40 - oats")."""
    parted = _dash_parts(text)
    return text if parted == text else _without_headings(parted)


def _dash_parts(text: str) -> str:
    """A line of three parts or more between spaced dashes as a line each ("porridge - 8k
    41:20 - tuna sandwich 380 kcal - stir fry"), as between bars; a label or a clock before a
    dash heads its food ("b - croissant - ...", "7:30 - bagel"), and that line is left to the
    label readers; a weekday first heads the day's parts after it ("Thu - 7k 38:50 - bagel -
    wrap 450kcal"), a line of its own."""
    lines = text.split("\n")
    parted = []
    for line in lines:
        parts = _DASH.split(line)
        day = parts[0] if len(parts) > 3 and _WEEKDAY.fullmatch(parts[0].strip()) else None
        rest = parts[1:] if day is not None else parts
        parted.append(
            "\n".join(part.strip() for part in parts)
            if 2 < len(rest) <= _MOST_PARTS
            and not any(_DASH_HEAD.search(part) for part in rest[:-1])
            and not any(mark in _W_SLASH.sub(" ", line) for mark in ",;/")  # "b - oats, l -
            # soup": labels' dashes; "porridge w/ honey - wrap 450kcal - apple": a "with"
            else line
        )
    return "\n".join(parted)


#: What a dash after it marks as a heading, not a part of the day: a meal's label or letter,
#: a clock, a part of the day or a weekday ("b - oats", "7:30 - bagel", "am - 5k", "Fri - 6 mi").
_WHEN_HEAD = (
    r"[0-9]{1,2}(?:[:.][0-5][0-9])?\s*(?:am|pm)?|noon|midday|am|pm|morning|afternoon|evening"
    r"|night|mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday"
)
_WEEKDAY = re.compile(
    r"mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday",
    re.IGNORECASE,
)
_DASH_HEAD = re.compile(
    rf"^\s*(?:(?:{LABEL_ALT}|tea|[bldstr])(?:\s*(?:@|at)?\s*(?:{_WHEN_HEAD}))?|{_WHEN_HEAD})\s*$",
    re.IGNORECASE,
)


def _meals_listed(text: str) -> tuple[str, bool]:
    """A plural "meals:" heading's list, a line per meal ("MEALS: oats, soup 300 kcal")."""
    if "meals" not in text and "MEALS" not in text and "Meals" not in text:
        return text, False
    laid = _MEALS_LIST.sub(_a_line_each, text)
    return laid, laid != text


def _a_line_each(m: re.Match[str]) -> str:
    parts = _COMMA.split(m["list"], maxsplit=_MOST_PARTS)
    if len(parts) > _MOST_PARTS:
        return m[0]
    return "\n" + "\n".join(part.strip() for part in parts) + "\n"


# ---------------------------------------------------------------------------------------------
# Reports: long messages of several sentences

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
#: A report: a message this long, of this many sentences or more (a race report, a week's
#: update, a day told in full); a day's log in a line or two is none.
REPORT_CHARS = 280
REPORT_SENTENCES = 4


def _a_report(text: str) -> bool:
    return (
        len(text) >= REPORT_CHARS
        and len(_SENTENCE_END.findall(text)) >= REPORT_SENTENCES - 1  # the last may end bare
    )


def timed_runs_of_a_report(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """A report's runs: the run of the day is told with its time ("today 18 km in 1:36:20");
    distances told without one beside it are the week's history and plans ("the long run
    went to 29k last Sunday", "maybe 16k on Sunday"), no run logged."""
    if not any(isinstance(e, RunLogged) and "duration_min" not in e.estimated for e in events):
        return events
    return tuple(
        e for e in events if not (isinstance(e, RunLogged) and "duration_min" in e.estimated)
    )
