"""Chat messages to events: "ran 10k in 50 min then 3 eggs and 2 slices of toast".

Rules, no model and no network, so a message parses in microseconds and the same text always
gives the same events. The parser never guesses silently: a number it filled in itself is named
in the event's `estimated`, an unknown food stays an unresolved item with suggestions, and a
number no human could do or eat raises `ImplausibleValue`, so nothing is stored.

How a message is read (`message.py`): it is normalised (lower case, "½" and "50,000" as plain
numbers), cut into clauses at sentence ends and words such as "then", and each clause is
classified as a run, strength session, other activity, weigh-in, meal, or chat (`clauses.py`).
A clause that logs several things is cut again (`segments.py`). Each kind has its reader:
`runs.py`, `sessions.py` (strength and other activities), `weights.py`, `meals.py`; adjacent
meal clauses form one meal. `/food` definitions are read by `food_definition.py`. What the
parser is given and gives back, and its plausibility limits, are in `context.py`.
"""

from engine.parsing.context import (
    DEFAULT_ACTIVITY_MIN,
    DEFAULT_PACE_S_PER_KM,
    DEFAULT_STRENGTH_MIN,
    HALF_MARATHON_KM,
    HANDFUL_GRAMS,
    MARATHON_KM,
    MAX_CHARS,
    MAX_ELEVATION_M,
    MAX_ITEM_COUNT,
    MAX_ITEM_GRAMS,
    MAX_MEAL_KCAL,
    MAX_RUN_KM,
    MAX_RUN_KMH,
    MAX_RUN_S,
    MAX_SESSION_S,
    MAX_STATED_MACRO_G,
    MAX_STRENGTH_S,
    MAX_WEIGHT_KG,
    MIN_RUN_KMH,
    MIN_WEIGHT_KG,
    SPRINT_MAX_KMH,
    ClauseKind,
    Intent,
    ParseContext,
    ParseResult,
    UserFoodSpec,
)
from engine.parsing.food_definition import parse_food_definition
from engine.parsing.item_food import MASS_UNITS_AND_ML
from engine.parsing.message import parse_message
from engine.parsing.portions import SPLASH_ML

__all__ = [
    "DEFAULT_ACTIVITY_MIN",
    "DEFAULT_PACE_S_PER_KM",
    "DEFAULT_STRENGTH_MIN",
    "HALF_MARATHON_KM",
    "HANDFUL_GRAMS",
    "MARATHON_KM",
    "MASS_UNITS_AND_ML",
    "MAX_CHARS",
    "MAX_ELEVATION_M",
    "MAX_ITEM_COUNT",
    "MAX_ITEM_GRAMS",
    "MAX_MEAL_KCAL",
    "MAX_RUN_KM",
    "MAX_RUN_KMH",
    "MAX_RUN_S",
    "MAX_SESSION_S",
    "MAX_STATED_MACRO_G",
    "MAX_STRENGTH_S",
    "MAX_WEIGHT_KG",
    "MIN_RUN_KMH",
    "MIN_WEIGHT_KG",
    "SPLASH_ML",
    "SPRINT_MAX_KMH",
    "ClauseKind",
    "Intent",
    "ParseContext",
    "ParseResult",
    "UserFoodSpec",
    "parse_food_definition",
    "parse_message",
]
