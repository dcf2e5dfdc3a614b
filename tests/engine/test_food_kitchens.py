"""Issue 15, foods: dishes of other kitchens that SR28 holds under its own name, each at
USDA's measure (probes in scripts/corpus_probes_foods2.py); foods SR28 lacks stay questions."""

from __future__ import annotations

from functools import cache

import pytest

from engine.food import FoodTable
from tests.engine.test_food_families import only


@cache
def table() -> FoodTable:
    return FoodTable.load()


@pytest.mark.parametrize(
    ("text", "ndb_no", "grams"),
    [
        ("a cup of arroz con leche", "36404", 253),  # Latino restaurant rice pudding, a cup
        ("arroz con gandules", "36407", 115),  # rice and pigeon peas, a cup
        ("jamaican rice and peas", "36406", 157),  # rice and red beans, a cup
        ("arroz con habichuelas", "36406", 157),
        ("a bunuelo", "36416", 70),  # USDA's piece
        ("a guava pastelito", "18959", 86),
        ("navajo fry bread", "35142", 152),
        ("a bowl of menudo", "36414", 200),  # tripe soup, USDA's cup
        ("a latke", "11672", 37),  # potato pancakes, the medium one
        ("a concha", "18955", 63),  # pan dulce, USDA's slice
    ],
)
def test_a_dish_is_its_sr28_row_at_usdas_measure(text: str, ndb_no: str, grams: float) -> None:
    food, got, kcal = only(text)
    row = table().usda(ndb_no)
    assert row is not None
    everyday = table().get(food)
    assert everyday is not None and everyday.source == f"usda:{ndb_no}"
    assert got == pytest.approx(grams)
    assert kcal == pytest.approx(row.kcal * grams / 100, rel=0.01)


@pytest.mark.parametrize("name", ["croquetas", "latkes", "ropa vieja", "kenkey", "coxinha"])
def test_a_food_sr28_lacks_is_never_a_look_alike(name: str) -> None:
    """ "croquetas" was a croque monsieur and "latke" a latte; SR28 has no croqueta, so the
    runner is asked. ("latkes" are SR28's potato pancakes, by name.)"""
    found = table().match(name)
    assert found is None or found.food.key == "latke"
