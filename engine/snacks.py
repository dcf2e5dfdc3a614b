"""The snack a nudge's "Add a snack" button proposes, sized to the day's gap.

Protein first (a pot of Greek yogurt, ~17 g), then carbohydrate as the energy gap grows:
science.md §5-6 (0.25-0.4 g/kg protein per feeding, carbohydrate with it after training).
"""

from __future__ import annotations

from datetime import datetime

from engine.events import FoodItem, MealLogged
from engine.food import FoodTable

#: size -> (everyday food name, grams)
SNACKS: dict[str, tuple[tuple[str, float], ...]] = {
    "S": (("greek yogurt", 170.0),),
    "M": (("greek yogurt", 170.0), ("banana", 118.0)),
    "L": (("greek yogurt", 170.0), ("banana", 118.0), ("granola", 50.0)),
}


def snack_size(kcal_gap: float) -> str:
    """Small under a 250 kcal gap, medium under 500, large above."""
    if kcal_gap < 250:
        return "S"
    return "M" if kcal_gap < 500 else "L"


def snack_meal(size: str, foods: FoodTable, at: datetime) -> MealLogged:
    """The snack as a meal of resolved items from the food table."""
    items = []
    for name, grams in SNACKS[size]:
        match = foods.match(name)
        if match is None:
            continue
        food = match.food
        kcal, protein, carbs, fat = food.per_grams(grams)
        items.append(FoodItem(text=name, food=food.key, source=food.source, quantity=grams,
                              unit="g", grams=grams, kcal=kcal, protein_g=protein,
                              carbs_g=carbs, fat_g=fat))
    return MealLogged(at=at, meal="snack", items=tuple(items))
