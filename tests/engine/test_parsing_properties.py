"""Property: any text a user can send parses or is refused with a CoachError, never worse."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.errors import CoachError
from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged, WeightLogged
from engine.food import FoodTable
from engine.food_names import CONTAINER_WORDS, ON_BREAD, PLACE_WORDS, SANDWICH_WORDS, WORDS
from engine.parsing import ParseContext, parse_message
from tests.engine.hostile_text import (
    KNOWN_SHAPES,
    PREFIXES,
    SUFFIXES,
    VOCABULARY,
    hostile_message,
    parse_seconds,
)

RUNNER_WORDS = st.sampled_from(
    [
        "ran", "10k", "5 km", "in", "50 min", "1:05:00", "4:30/km", "pace", "yesterday", "at 7",
        "2 hours ago", "eggs", "banana", "and", "with", ",", "300 kcal", "20g protein", "½",
        "half a", "cup", "weight", "71.8kg", "lb", "-", "+600m", "gym", "1h", "walked", "x",
        "8x400m", "total", "marathon", "miles", "then", "?", "\n", "0", "99999", "0.0", "1/0",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=4096),
    st.lists(st.one_of(RUNNER_WORDS, st.text(max_size=6)), max_size=40).map(" ".join),
)


@cache
def context() -> ParseContext:
    return ParseContext(
        received_at=datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
        tz=ZoneInfo("Europe/Berlin"),
        foods=FoodTable.load(),
    )


def _numbers(event: object) -> list[float]:
    values: list[float] = []
    if isinstance(event, RunLogged):
        values += [event.distance_m, event.duration_s, event.energy_kcal]
        values += [event.elevation_gain_m or 0.0]
    elif isinstance(event, StrengthLogged | ActivityLogged):
        values += [event.duration_s, event.energy_kcal]
    elif isinstance(event, WeightLogged):
        values.append(event.mass_kg)
    elif isinstance(event, MealLogged):
        values += [event.kcal, event.protein_g, event.carbs_g, event.fat_g]
        for item in event.items:
            values += [v for v in (item.quantity, item.grams, item.kcal) if v is not None]
    return values


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_any_text_parses_or_is_refused_politely(text: str) -> None:
    """Any message up to 4,096 characters yields sane events or a CoachError, nothing else."""
    ctx = context()
    try:
        result = parse_message(text, ctx)
    except CoachError as e:
        assert e.user_message
        return
    for event in result.events:
        assert event.at <= ctx.received_at
        for value in _numbers(event):
            assert math.isfinite(value)
            assert value >= 0
        if isinstance(event, RunLogged):
            assert 0 < event.distance_m <= 250_000
            assert 0 < event.duration_s <= 48 * 3600
        if isinstance(event, WeightLogged):
            assert 30 <= event.mass_kg <= 250
        if isinstance(event, MealLogged):
            assert event.kcal <= 10_000


#: Generous: a 4,096-character message parses in tens of milliseconds; exponential
#: backtracking takes minutes, so the bound catches it on any machine, however loaded.
PARSE_BOUND_S = 0.5
CHUNKS = st.tuples(
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=4).map(" ".join),
    st.sampled_from(["", " "]),
).map("".join)


@pytest.mark.parametrize(("prefix", "chunk", "suffix"), KNOWN_SHAPES)
def test_the_known_hostile_messages_parse_quickly(prefix: str, chunk: str, suffix: str) -> None:
    """ "good morning" x 315 + "x", "70 kg" + ⚖️ x 2,000, 4,096 spaces: each parses at once."""
    assert parse_seconds(hostile_message(prefix, chunk, suffix), context()) < PARSE_BOUND_S


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PREFIXES), CHUNKS, st.sampled_from(SUFFIXES))
def test_the_parsers_own_words_repeated_parse_quickly(prefix: str, chunk: str, suffix: str) -> None:
    """Any repeat of the parser's own words, emoji and digits, 4,096 characters, parses fast."""
    assert parse_seconds(hostile_message(prefix, chunk, suffix), context()) < PARSE_BOUND_S


#: Every word the food matcher strips, swaps or reads around before it matches again.
_MATCHER_STEP_WORDS = sorted(
    CONTAINER_WORDS | PLACE_WORDS | set(SANDWICH_WORDS) | set(ON_BREAD)
    | {word for word, replacement in WORDS.items() if replacement == ""}
)


@pytest.mark.parametrize("word", _MATCHER_STEP_WORDS)
def test_a_food_word_the_matcher_strips_repeated_to_the_limit_parses(word: str) -> None:
    """ "had strips packs strips packs …" once crashed (one recursion a word): every such word,
    repeated to 4,096 characters after a meal verb, parses at once into a sane answer."""
    for message in (hostile_message("had ", f"{word} ", "eggs"),
                    hostile_message("had ", f"{word} eggs ", "")):
        assert parse_seconds(message, context()) < PARSE_BOUND_S
