"""Issue 15, foods: a food named with its kind after it ("a kitkat chocolate bar", "pringles
crisps", "a gu energy gel") is that food once, never the food and a chocolate bar, crisps or a
gel of their own (probes in scripts/corpus_probes_foods3.py, written before the fix)."""

from __future__ import annotations

import pytest

from tests.engine.test_food_families import only


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a kitkat chocolate bar", "kit kat"),
        ("a snickers chocolate bar", "snickers"),
        ("pringles crisps", "pringles"),
        ("haribo sweets", "wine gums"),
        ("a gu energy gel", "energy gel"),
        ("a powerade sports drink", "powerade"),
        ("2 tim tam biscuits", "tim tam"),  # "tim" is a shop's name too: Tim Hortons
    ],
)
def test_a_food_and_its_kind_is_the_food_once(text: str, key: str) -> None:
    got, grams, _ = only(text)
    alone, alone_grams, _ = only(_without_kind(text))
    assert (got, grams) == (key, alone_grams)
    assert alone == key


def _without_kind(text: str) -> str:
    for kind in ("chocolate bar", "crisps", "sweets", "energy gel", "sports drink", "biscuits"):
        if text.endswith(f" {kind}"):
            return text.removesuffix(f" {kind}")
    raise AssertionError(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a banana cake", "banana bread"),  # a cake of bananas, never a banana
        ("carrot cake", "carrot cake"),
        ("feta cheese", "feta"),
    ],
)
def test_a_kind_of_another_group_is_not_dropped(text: str, key: str) -> None:
    assert only(text)[0] == key
