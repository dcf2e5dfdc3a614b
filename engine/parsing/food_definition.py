"""/food definitions: "/food granola 450 kcal 10p 60c 18f per 100g", a food the user owns."""

from __future__ import annotations

import re

from engine.errors import ImplausibleValue, ParseError
from engine.food import user_food
from engine.parsing.clauses import _normalize
from engine.parsing.context import UserFoodSpec
from engine.parsing.item_words import _NAME_CHARS, _SPACES, _stated_numbers

_PER = re.compile(
    r"(?:\bper|/|\ba|\beach|\bfor)\s*(?:(?P<g>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:g|gr|grams?|ml)\b"
    r"|(?P<serving>serving|bar|piece|portion|pack|packet|scoop|slice|bottle|can|cup|bowl|item"
    r"|one|each)\b(?:\s*\(?\s*(?P<sg>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:g|grams?|ml)\s*\)?)?)"
    r"|\beach\b"
)


def parse_food_definition(text: str) -> UserFoodSpec:
    """Read "/food granola 450 kcal 10p 60c 18f per 100g" into a food the user owns."""
    norm = _normalize(text).strip()
    if norm.startswith("/food"):
        norm = norm[len("/food") :]
    per = _PER.search(norm)
    per_grams: float | None = None
    serving_grams: float | None = None
    if per is not None:
        if per["g"]:
            per_grams = float(per["g"])
        elif per["sg"]:
            serving_grams = float(per["sg"])
        norm = norm[: per.start()] + " " + norm[per.end() :]
    stated, rest = _stated_numbers(norm)
    name = _SPACES.sub(" ", _NAME_CHARS.sub(" ", rest)).strip(" -'")
    missing = [
        label
        for label, value in (
            ("a name", name or None),
            ("kcal", stated.kcal),
            ("protein", stated.protein_g),
            ("carbs", stated.carbs_g),
            ("fat", stated.fat_g),
        )
        if value is None
    ]
    if per is None:
        missing.append("what the numbers are per ('per 100g' or 'per bar')")
    if missing:
        raise ParseError(
            "I need " + ", ".join(missing) + ". For example: "
            "'/food grandma's granola 450 kcal 10p 60c 18f per 100g' or "
            "'/food protein bar 200 kcal 20g protein 22g carbs 7g fat per bar'."
        )
    assert stated.kcal is not None
    assert stated.protein_g is not None
    assert stated.carbs_g is not None
    assert stated.fat_g is not None
    if per_grams is not None and (per_grams <= 0 or stated.kcal > per_grams * 9.5):
        raise ImplausibleValue(
            f"{stated.kcal:g} kcal in {per_grams:g} g is more than pure fat has. "
            "Nothing was saved; check the numbers."
        )
    food = user_food(
        name,
        kcal=stated.kcal,
        protein_g=stated.protein_g,
        carbs_g=stated.carbs_g,
        fat_g=stated.fat_g,
        per_grams=per_grams,
        serving_grams=serving_grams,
    )
    return UserFoodSpec(
        name=name,
        kcal=stated.kcal,
        protein_g=stated.protein_g,
        carbs_g=stated.carbs_g,
        fat_g=stated.fat_g,
        per_grams=per_grams,
        serving_grams=serving_grams,
        food=food,
    )
