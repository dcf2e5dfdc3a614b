"""Meals: labels ("breakfast:", "post-run", "tea" in British use), a dish named before its
parts, where the food came from, and when a labelled meal was eaten. Reading the items
themselves is engine/parsing/items.py.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from engine.events import MealKind
from engine.parsing.context import ParseContext, _words
from engine.timewords import PART_OF_DAY, TimeRef

#: "post-run", "after my 10k run", "before the long run", "during the race": food around a run,
#: which must not read as a run of its own. After a run is recovery, before it a snack.
_AROUND_RUN = (
    r"(?:post[- ]?|after (?:my |the |a |that )?|(?P<before>pre[- ]?|before (?:my |the |a )?)"
    r"|(?P<during>during|mid|on|over)[- ](?:my |the |a )?)"
    r"(?:[0-9.]++\s*+(?:km|k|mi(?:les?)?)\s++|(?:long|easy|morning|evening|hard|big|club|xmas"
    r"|christmas|group|trail|track|tempo|hill|sunday|saturday|weekend|night|social)\s++)*+"
    r"(?:park ?run|run|race|workout|gym|lift|session|climb)"
)
_POST_RUN = re.compile(rf"\b(?:{_AROUND_RUN}|recovery (?:shake|drink|meal|snack))\b")
#: "tea" is the evening meal in British use when it labels food ("tea: fish and chips", "beans
#: on toast for tea", "chippy tea"), and a drink otherwise; "b:", "l:", "d:" label a day's log.
_MEAL_WORD = re.compile(
    r"(?=[abcdeflmoprst])"  # every branch's first letter: other positions fail at once
    r"\b(?:for |my |at )?(?P<w>breakfast|brekkie|brekky|bfast|b'fast|lunch|dinner|supper"
    r"|tea time|snack|snacks|second breakfast|elevenses|chippy tea"
    r"|tea(?=\s*(?::|-|was\b|were\b|tonight\b))"
    r"|(?<=for )tea|(?<![0-9] )(?<![0-9])[bld](?=:)"
    rf"|recovery(?: shake| drink| meal| snack)?|{_AROUND_RUN})\b\s*:?"
)
#: The words _MEAL_WORD is made of, as runs of letters; "postrun" and "prerace" are one run,
#: so any run starting "post" or "pre" counts too (see _may_name_meal).
_MEAL_LABEL_WORDS = _words(
    "breakfast brekkie brekky bfast lunch dinner supper tea snack snacks second elevenses",
    "chippy b l d recovery after before during mid on over",
)


def _may_name_meal(text: str, letters: list[str]) -> bool:
    """Whether _MEAL_WORD can match `text`, whose runs of letters a-z are `letters`."""
    return not _MEAL_LABEL_WORDS.isdisjoint(letters) or "post" in text or "pre" in text


_MEAL_KINDS: dict[str, MealKind] = {
    "breakfast": "breakfast", "brekkie": "breakfast", "brekky": "breakfast", "bfast": "breakfast",
    "b'fast": "breakfast",
    "tea": "dinner", "chippy tea": "dinner", "b": "breakfast", "l": "lunch", "d": "dinner",
    "second breakfast": "snack", "elevenses": "snack",
    "lunch": "lunch", "dinner": "dinner", "supper": "dinner", "tea time": "dinner",
    "snack": "snack", "snacks": "snack",
}  # fmt: skip


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
    r"|\s(?:at|by)\s++(?:mile|km|cp|checkpoint|aid station|the turnaround)\s*[0-9]{0,3}\W*+$"
)
#: A sub's usual size says nothing more: "6 inch turkey sub" is the table's turkey sub.
_SIX_INCH = re.compile(r"\b(?:6|six)[- ]?(?:inch|in)\b")


def _drop_place(text: str) -> str:
    if " from " in text or " at " in text or " by " in text:  # a clause's white space is " "
        text = _PLACE_TAIL.sub("", text)
    if "6" in text or "six" in text:
        text = _SIX_INCH.sub(" ", text)
    return text


#: Dishes that are only what goes into them, named before their measured parts with "with" or
#: a dash: "overnight oats with 40g oats, 100g yoghurt", "omelette with 3 eggs and 30g cheese",
#: "chicken fajitas - 2 tortillas, 120g chicken". (A wrap or a bagel "with" something is bread
#: and a filling, so those keep their name.)
_ONLY_ITS_PARTS = re.compile(
    r"^(?P<dish>(?:[a-z]+\s+){0,3}?(?:omelett?es?|omelets?|overnight oats|smoothie"
    r"|stir[- ]fry|salad|fajitas?|frittata|scramble))\s*(?:\bwith\b|\s-\s)(?=[^:]*[0-9])"
)


def _drop_dish_name(text: str) -> str:
    only = _ONLY_ITS_PARTS.match(text.lstrip()) if "with" in text or " - " in text else None
    if only is not None:
        return text.lstrip()[only.end() :]
    if ":" not in text and "made " not in text and "consisting" not in text:
        return text
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
