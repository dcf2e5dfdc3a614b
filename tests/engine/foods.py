"""What the food-table tests share: the shipped table and lookups that fail loudly."""

from __future__ import annotations

import csv
import io
from importlib import resources

from engine.food import Food, FoodTable

TABLE = FoodTable.load()


def food(name: str) -> Food:
    """Return the food a name matches, failing the test when it matches nothing."""
    match = TABLE.match(name)
    assert match is not None, name
    return match.food


def part_source(part: str) -> str:
    """The USDA source of one dish part ("toast=58")."""
    return food(part.partition("=")[0]).source


def everyday_rows() -> list[dict[str, str]]:
    """Read the curated CSV exactly as shipped in the package."""
    text = (resources.files("engine") / "data" / "everyday_foods.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def kcal_of_one(name: str) -> float:
    """The energy of one usual portion of what a phrase names."""
    one = food(name)
    return one.per_grams(one.default_grams)[0]
