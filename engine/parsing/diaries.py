"""Copy pasted from a food diary app, read as the meals it lists.

Runners paste what MyFitnessPal, Lose It, Cronometer or Yazio show them. The app's name heads
the copy and is no food (read as one, "yazio" was a chocolate milk), and a diary's day page
gives each meal's total as its name and a bare number ("Breakfast 412"): that number is the
meal's kcal, the only unit those pages show. Anywhere else a meal name with a bare number is
no kcal ("lunch 1230" may be a time), so the totals are read so only under an app's name or
as two lines or more of them.
"""

from __future__ import annotations

import re

_APPS = (
    r"my\s?fitness\s?pal|mfp|lose\s?it!?|loseit!?|cronometer|yazio|carb\s?manager|fatsecret"
    r"|fat\s?secret|macrofactor|nutracheck|noom"
)
_MEAL_NAMES = r"breakfast|brekkie|lunch|dinner|supper|snacks?"
#: The app's name heading the copy, alone on its line, before a dash or colon, or before the
#: meal it lists: "MyFitnessPal\n...", "Yazio - Snack: ...", "Carb Manager snack: ...".
_APP_HEAD = re.compile(
    rf"^\s*(?:(?:from|via|on|in)\s+)?(?:{_APPS})(?:\s+(?:diary|log|totals?|today))?"
    rf"(?:\s*(?:\n|[:\-–—|]|$)\s*|\s+(?=(?:{_MEAL_NAMES})\b))",
    re.IGNORECASE,
)
#: A diary line of one meal's total: "Breakfast 412", "Snacks: 231".
_MEAL_TOTAL = re.compile(
    rf"(?im)^([^\S\n]*(?:{_MEAL_NAMES})[^\S\n]*:?[^\S\n]*)([0-9]{{2,4}})[^\S\n]*$"
)
_TWO_LINES = 2


def diary_copy(text: str) -> str:
    """The message without a diary app's name heading it, its meal totals with their unit."""
    head = _APP_HEAD.match(text)
    if head is not None:
        text = text[head.end() :]
    if head is None and len(_MEAL_TOTAL.findall(text)) < _TWO_LINES:
        return text
    return _MEAL_TOTAL.sub(r"\1\2 kcal", text)
