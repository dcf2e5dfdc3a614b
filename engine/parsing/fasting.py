"""A fast's words around a day's food, which log nothing themselves (issue 15).

Runners who fast say so before or beside what they ate: "5:2 fast day: 2 boiled eggs", "eating
window 12-8: lunch a tuna pitta", "16:8 day 21, broke the fast with 3 eggs", "fasted till 1pm.
lunch: ...", "OMAD: 1600 kcal dinner", "IF day 5". The food is logged; the fast's ratio
("16:8", "5:2"), its window ("12-8", "1-9pm"), a fast day's allowance ("fast day 500 cal:")
and the hours fasted are no clock, no range of amounts and no meal's kcal, and nothing is
asked about them. "fasted" before a run ("fasted 10k 50:18") is the run's, left as it is.
"""

from __future__ import annotations

import re

#: A fast's ratio of hours or days: "16:8", "18:6", "20:4", "23:1", "5:2", "4:3" (no clock
#: has a one-digit minute; "14:10" or "12:12" only beside a fast's word).
_RATIO = (
    r"(?:(?:16:8|18:6|20:4|19:5|23:1|5:2|4:3|6:1)(?![0-9]|\.[0-9])"
    r"|(?:14:10|12:12)(?=\s*(?:fast|if\b|window|day|diet|protocol)))"
)
#: A window of hours: "12-8", "1-9pm", "11am-7pm", "12 to 8", "noon-8".
_WINDOW_HOURS = (
    r"(?:[0-9]{1,2}(?::[0-5][0-9])?\s*(?:am|pm)?|noon|midday)\s*(?:-+|to|–)\s*"
    r"[0-9]{1,2}(?::[0-5][0-9])?\s*(?:am|pm)?(?![0-9]|:[0-9])"
)
#: When a fast ended: "noon", "1pm", "12", "lunch", "lunchtime".
_UNTIL = r"(?:[0-9]{1,2}(?::[0-5][0-9])?\s*(?:am|pm)?|noon|midday|lunch(?:\s*time)?|lunchtime)"
#: The fast's words, each replaced by what stays (see _FAST_WORDS' groups).
_FAST_WORDS = re.compile(
    # "16:8", "5:2 fast day", "18:6 today", "16:8 day 21" (the fast's day count: no run's day)
    rf"(?:\b(?:intermittent\s+)?fasting\s+)?(?<![0-9:.]){_RATIO}"
    r"(?:\s+(?:fast(?:ing)?\s+)?day(?:\s+[0-9]{1,3}\b)?)?(?:\s+today\b)?"
    # "eating window 12-8", "window 1-9pm", "window opened at noon with": the food after it
    rf"|\b(?:(?:eating|feeding)\s+)?window(?:\s+(?:today|was|is))?(?:\s+{_WINDOW_HOURS})?"
    rf"(?:\s+(?:today|again))?(?:\s+opened\s+(?:at\s+(?P<open>{_UNTIL}))?(?:\s+with\b)?)?"
    # "fast day 500 cal:", "fast day (5:2)", "fasting day", "IF day 5", "OMAD today"
    r"|\b(?:fast(?:ing)?|if)\s+day(?:\s+[0-9]{1,3}\b(?!\s*k?cal))?(?:\s+[0-9]{3,4}\s*k?cals?\b)?"
    r"(?:\s*\(\s*[0-9]\s*:\s*[0-9]\s*\))?"
    r"|\(\s*if\s*\)"
    # "fasted till 1pm", "fasted until noon": no run ("fasted 10k" keeps its run)
    rf"|\bfasted\s+(?:till|until|til|to)\s+(?P<till>{_UNTIL})(?:\s*,?\s*then\b)?"
    # "24h fast done", "36 hour fast", "broke it with", "broke my fast with", "fast broken at
    # 12 with": the food after it (block i's "broke my fast with 2 dates ..., then samosas"
    # asks about its samosas by its label, which the table's samosa by its parts does not do:
    # its one unknown had been "broke my fast" itself, a question no runner should get)
    r"|\b[0-9]{2}\s*(?:h|hrs?|hours?)\s+(?:water\s+)?fast(?:\s+(?:done|over|complete|completed))?"
    rf"|\b(?:fast\s+broken|(?:broke|breaking)\s+(?:it|the\s+fast|my\s+fast|fast))"
    rf"(?:\s+at\s+(?P<broke>{_UNTIL}))?"
    r"(?:\s+with\b)?"
    # "first food at noon": when the fast ended, no food named
    rf"|\bfirst\s+(?:food|bite|meal)\s+(?:at|was\s+at)\s+{_UNTIL}(?=\s*(?:$|[,.;!\n]))"
)
#: Any word or ratio a fast is said with (a one-digit ratio's ":8", never a clock's ":30"): one
#: cheap scan before the pattern is tried, as most messages have none.
_FAST_WORD = re.compile(r"\bfast")  # not the end of "breakfast"
_ONE_DIGIT_RATIO = re.compile(r":[0-9](?![0-9])")
_FAST_HINTS = ("window", "(if)", "if day", "broke")


def without_fasting_words(text: str) -> str:
    """The lower-case message without its fast's words ("5:2 fast day: 2 boiled eggs" is "2
    boiled eggs"); a time the fast ended beside its food stays the food's ("window opened at
    noon with a croissant": "at noon a croissant")."""
    if not (
        ("fast" in text and _FAST_WORD.search(text) is not None)
        or (":" in text and _ONE_DIGIT_RATIO.search(text) is not None)
        or any(hint in text for hint in _FAST_HINTS)
    ):
        return text
    return _FAST_WORDS.sub(_what_stays, text)


def _what_stays(m: re.Match[str]) -> str:
    when = m["open"] or m["broke"] or m["till"]
    return f" at {when} " if when else " "
