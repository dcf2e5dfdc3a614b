"""What the parser is given (ParseContext) and gives back (ParseResult), and its limits.

Shared by every reader in the package; imports nothing from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from engine import limits
from engine.events import Event
from engine.food import Food, FoodTable
from engine.profile import Units
from engine.units import KM_PER_MILE

MAX_CHARS = 4096  # Telegram's limit for one text message; longer input is cut here
#: Entries of each cache the parser keeps by text (messages, clause kinds, run figures, a
#: clause's items): runners send the same words again ("2 eggs and toast", "parkrun 24:10").
#: Bounded: a hostile 4,096-character message costs one entry of a few kB in each.
TEXT_CACHE_SIZE = 1024
HALF_MARATHON_KM = 21.0975
MARATHON_KM = 42.195
#: Races known by their name alone, each run over one distance (km), as their finishers give it:
#: the 100-milers, Badwater's 135 miles, Spartathlon's 246 km, UTMB's 171 km (its course moves
#: a few km from year to year), Comrades' 89 km (the down run; the up run is nearer 87), Two
#: Oceans' 56 km. A name the readers never take for a person's ("Western States finished").
RACES_BY_NAME: dict[str, float] = {
    "western states": 100 * KM_PER_MILE, "wser": 100 * KM_PER_MILE,
    "hardrock": 100 * KM_PER_MILE, "leadville": 100 * KM_PER_MILE,
    "badwater": 135 * KM_PER_MILE, "spartathlon": 246.0, "utmb": 171.0, "comrades": 89.0,
    "two oceans": 56.0,
}  # fmt: skip
#: The marathon majors, named by their city.
MAJORS = ("london", "berlin", "boston", "chicago", "new york city", "new york", "nyc", "tokyo",
          "sydney")  # fmt: skip
DEFAULT_PACE_S_PER_KM = 360.0  # 6:00/km, a typical easy pace, when the user has no history
DEFAULT_STRENGTH_MIN = 45.0
DEFAULT_ACTIVITY_MIN = 30.0
HANDFUL_GRAMS = 30.0

# Plausibility limits: beyond these a number is a typo, not a feat.
MAX_RUN_KM = 250.0
MAX_RUN_S = 48 * 3600
# The run speed rule is shared with watch files: one verdict for a typed and a recorded run.
MAX_RUN_KMH = limits.MAX_RUN_KMH
SPRINT_MAX_KMH = limits.SPRINT_MAX_KMH
MIN_RUN_KMH = limits.MIN_RUN_KMH
MAX_SESSION_S = 24 * 3600
MAX_STRENGTH_S = 6 * 3600
MAX_ELEVATION_M = 10_000.0
MIN_WEIGHT_KG = 30.0  # as engine.profile.Profile.weight_kg
MAX_WEIGHT_KG = 250.0
MAX_MEAL_KCAL = 10_000.0
MAX_ITEM_GRAMS = 5_000.0
MAX_ITEM_COUNT = 100.0
MAX_STATED_MACRO_G = 500.0

Intent = Literal["log", "question", "greeting", "thanks", "chat", "unknown"]
ClauseKind = Literal["run", "strength", "activity", "weight", "meal", "skip"]


@dataclass(frozen=True, slots=True)
class ParseContext:
    """What the parser needs to know about the user besides the text."""

    received_at: datetime  # aware UTC; the moment the message arrived
    tz: ZoneInfo  # user's zone, anchors "this morning", "yesterday", "at 7"
    foods: FoodTable
    weight_kg: float = 70.0  # for exercise energy
    units: Units = "metric"  # "imperial" makes bare paces and distances per mile
    baseline_kcal_per_min: float | None = None  # energy spent anyway; None -> 1 MET
    recent_pace_s_per_km: float | None = None  # for duration-only runs
    user_foods: Mapping[str, Food] = field(default_factory=dict)
    #: Hold the events of a message the chat gate doubts (`engine/parsing/gate.py`); off only
    #: to measure the rules alone (scripts/train_gate.py).
    gate: bool = True


@dataclass(frozen=True, slots=True)
class ParseResult:
    """The events in one message, the pieces not understood, and what the message was."""

    events: tuple[Event, ...]
    unparsed: tuple[str, ...]
    intent: Intent
    #: The message corrects the one before ("correction to my last: 2 eggs not 3"): its
    #: events take the place of the last entry of their kind.
    corrects_last: bool = False
    #: Events read from a message that reads like chat (a plan, someone else's race): not
    #: logged unless the runner says they were theirs (the bot asks, with a button).
    held: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True)
class UserFoodSpec:
    """A food the user taught with /food: numbers per `per_grams` g, or per serving if None."""

    name: str
    kcal: float
    protein_g: float
    carbs_g: float
    fat_g: float
    per_grams: float | None
    serving_grams: float | None
    food: Food


@dataclass(frozen=True, slots=True)
class _Clause:
    text: str
    question: bool


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for group in groups for w in group.split())


def translation(table: Mapping[str, str]) -> dict[int, str]:
    """`str.maketrans(table)` with every other ASCII character mapped to itself: a character
    a table lacks costs `str.translate` a raised and caught LookupError (~0.3 us each, on
    every call), so the same text comes out about three times sooner."""
    return str.maketrans({**{chr(c): chr(c) for c in range(128)}, **table})


def starting_with(prefixes: tuple[str, ...]) -> Callable[[str], bool]:
    """`text.startswith(prefixes)`, comparing only the prefixes that share the text's first
    character: a tuple is compared one by one on every call (65 for "is it someone else's?"),
    and a text's first character rules out nearly all of them."""
    if not all(prefixes):
        raise ValueError("an empty prefix starts every text")
    by_first: dict[str, tuple[str, ...]] = {}
    for prefix in prefixes:
        by_first[prefix[0]] = (*by_first.get(prefix[0], ()), prefix)

    def starts(text: str) -> bool:
        return text.startswith(by_first.get(text[:1], ()))

    return starts


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text wherever one of the words is: `any(w in text for w in
    words)` as one scan in C, which a generator over a tuple of ten words takes about twice
    as long to answer on every message."""
    return re.compile("|".join(map(re.escape, words)))


#: What stands between a figure and the same figure again in other units: "75 kg (165 lb)",
#: "10 km (about 6.2 mi)", "8 km / 5 miles", "11st 4lb / 71.7kg".
_SAID_AGAIN = re.compile(
    r"\s*(?:\(|/|=|≈|~|or)\s*(?:about|approx\.?|around|roughly|ca\.?|c\.|~|≈)?\s*"
)


def said_again_in_other_units(between: str) -> bool:
    """Whether the text between two figures makes the second the first again in other units:
    a bracket, a slash or "=", perhaps "about", and nothing else."""
    return _SAID_AGAIN.fullmatch(between) is not None


_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"[0-9]")
#: A clock figure anywhere in a text: a race time ("24:10", "1:52:30"), a pace's "5:10".
_CLOCK = re.compile(r"[0-9]:[0-5][0-9]")
#: Every ASCII character but a-z as a space: an ASCII text's letter runs are then its words.
_NOT_LETTERS = translation({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def letter_runs(text: str) -> tuple[str, ...]:
    """The text's runs of letters a-z (its words, for the readers' set tests), kept by text:
    one clause is tokenised by its cutter, classifier, chat gates and reader in turn. An
    ASCII text (nearly all) is split after a translation, in half the time of the pattern."""
    if text.isascii():
        return tuple(text.translate(_NOT_LETTERS).split())
    return tuple(_LETTERS.findall(text))
