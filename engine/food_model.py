"""A food and a lookup's answer: the values every food module passes around.

`Food` holds one food's nutrients per 100 g, its usual portion and the grams of each unit it
is measured in; `user_food` builds one from the numbers on a label a runner teaches the bot.
The table that finds foods by name is `engine.food.FoodTable`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from engine.errors import ImplausibleValue
from engine.food_names import normalize_name
from engine.food_units import (
    CONTAINER,
    COUNT_WORDS,
    DRINK_ML,
    FALLBACK_UNITS,
    KITCHEN_ML,
    MASS_G,
    METRIC_ML,
    PORTION_WORDS,
    SIZE_FACTORS,
    normalize_unit,
)

#: A bag of crisps, pretzels or corn chips this light is the one-serving bag (a US 1 oz bag,
#: a UK 25 g packet): "a small bag" of them is that bag, not four fifths of it.
SINGLE_SERVE_BAG_G = 30.0

@dataclass(frozen=True, slots=True)
class Food:
    """One food with its nutrients per 100 g and the weights of the units people use for it."""

    key: str
    name: str
    source: str
    kcal: float
    protein_g: float
    carbs_g: float
    fat_g: float
    default_grams: float
    default_unit: str | None
    units: Mapping[str, float] = field(hash=False)
    density_g_per_ml: float = 1.0
    #: A dish's parts as (everyday key, grams) in one usual portion; empty for a plain food.
    parts: tuple[tuple[str, float], ...] = ()

    def grams_for(self, quantity: float | None, unit: str | None) -> float | None:
        """Return the grams of `quantity` x `unit` of this food, or None if the unit is unknown.

        No quantity means one; no unit means that many usual portions. Weights convert
        directly; ml/l use the density; cup/tbsp/tsp use the food's own measure, else its
        volume density when known; size words scale the usual portion.
        """
        count = 1.0 if quantity is None else quantity
        if count < 0:
            return None
        if unit is None:
            return count * self.default_grams
        key = normalize_unit(unit)
        per_unit = self._grams_per_unit(key)
        return None if per_unit is None else count * per_unit

    def _grams_per_unit(self, key: str) -> float | None:
        """Return grams of one `key` unit, trying the food's own weights before generic rules."""
        if key in self.units:
            return self.units[key]
        if key == CONTAINER and "tub" in self.units:
            return self.units["tub"]  # "a tub of hummus": the parser says "container"
        if key in MASS_G:
            return MASS_G[key]
        if key in METRIC_ML or key in KITCHEN_ML:
            return self._volume_grams(key)
        if key in DRINK_ML and "fl oz" in self.units:
            return DRINK_ML[key] * self.density_g_per_ml
        if key in FALLBACK_UNITS:
            other, factor = FALLBACK_UNITS[key]
            grams = self._grams_per_unit(other)
            return None if grams is None else grams * factor
        size, _, what = key.partition(" ")
        if what and size in SIZE_FACTORS:
            return self._sized_grams(size, normalize_unit(what))
        return self._portion_grams(key)

    def _sized_grams(self, size: str, unit: str) -> float | None:
        """ "a large glass of wine", "a small bowl of pasta": the food's own weight for that
        size when the unit is its usual one (a large glass of wine is 250 ml), else the unit
        scaled like a size scales a portion."""
        if size in self.units and unit in (self.default_unit, *PORTION_WORDS):
            return self.units[size]
        grams = self._grams_per_unit(unit)
        if size == "small" and unit == "bag" and grams is not None and grams <= SINGLE_SERVE_BAG_G:
            return grams  # "a small bag of doritos": the one-serving bag is the small one
        return None if grams is None else grams * SIZE_FACTORS[size]

    def _volume_grams(self, key: str) -> float | None:
        """Convert one volume unit with the density; kitchen measures need a known density."""
        if key in METRIC_ML:
            return METRIC_ML[key] * self.density_g_per_ml
        known = self.density_g_per_ml != 1.0 or any(u in KITCHEN_ML for u in self.units)
        return KITCHEN_ML[key] * self.density_g_per_ml if known else None

    def _portion_grams(self, key: str) -> float | None:
        """Size words scale the usual portion; portion and count words mean one usual portion."""
        if key in SIZE_FACTORS:
            return self._medium_grams() * SIZE_FACTORS[key]
        default = self.default_unit
        countable = default is None or (default not in MASS_G and default not in KITCHEN_ML)
        if key in PORTION_WORDS or key == default or (key in COUNT_WORDS and countable):
            return self.default_grams
        return None

    def _medium_grams(self) -> float:
        """Return the weight of a medium one, inferred from whatever size this food knows."""
        for size, factor in SIZE_FACTORS.items():
            if size in self.units:
                return self.units[size] / factor
        default = self.default_unit
        if default is not None and default in SIZE_FACTORS:
            return self.default_grams / SIZE_FACTORS[default]
        return self.default_grams

    def per_grams(self, grams: float) -> tuple[float, float, float, float]:
        """Return (kcal, protein g, carbs g, fat g) in `grams` of this food."""
        scale = grams / 100.0
        return (
            self.kcal * scale,
            self.protein_g * scale,
            self.carbs_g * scale,
            self.fat_g * scale,
        )


@dataclass(frozen=True, slots=True)
class FoodMatch:
    """A lookup result: `exact` is True when the name (or its plural) is a known name."""

    food: Food
    score: float
    exact: bool


def user_food(
    name: str,
    *,
    kcal: float,
    protein_g: float,
    carbs_g: float,
    fat_g: float,
    per_grams: float | None,
    serving_grams: float | None = None,
) -> Food:
    """Build a food the user teaches from label numbers.

    The numbers are per `per_grams` grams (100 for a per-100 g label), or per one serving when
    `per_grams` is None. A serving of unknown weight counts as 100 "gram-equivalents", so
    "2 servings" still doubles the numbers even though the grams are not real.
    """
    label = " ".join(name.split())
    if not label:
        raise ImplausibleValue(
            "Give the food a name, e.g. 'my protein bar: 210 kcal, 20 g protein'."
        )
    if min(kcal, protein_g, carbs_g, fat_g) < 0:
        raise ImplausibleValue("Calories and macros can't be negative.")
    if per_grams is not None and per_grams <= 0:
        raise ImplausibleValue("The weight the numbers are for must be more than 0 g.")
    if serving_grams is not None and serving_grams <= 0:
        raise ImplausibleValue("A serving must weigh more than 0 g.")
    basis = per_grams if per_grams is not None else serving_grams or 100.0
    portion = serving_grams or basis
    scale = 100.0 / basis
    return Food(
        key=normalize_name(label) or label.lower(),
        name=label,
        source="user",
        kcal=kcal * scale,
        protein_g=protein_g * scale,
        carbs_g=carbs_g * scale,
        fat_g=fat_g * scale,
        default_grams=portion,
        default_unit="serving",
        units=MappingProxyType({"serving": portion}),
    )
