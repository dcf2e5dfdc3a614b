"""Probes of the "dishes" fixes (session of 2026-11-30): meal items as people name them.

Written by the helper who fixed these shapes on block d, in other words and other foods than
block d's, US and UK, so that a fix of the class (not of one message) stays fixed:
- foods side by side with no "and" between them ("beans cheese jacket", "fish fingers mash
  and peas"), fillings of a jacket potato, a toastie or a wrap;
- portions with a shape word: a block of tofu, "a cup of each", a size in brackets, nuts
  counted by the half or the kernel, a bowl of a cereal USDA weighs by the biscuit, a jar of
  overnight oats;
- a dish named with its parts: a meal deal's sandwich, a plain pie with chips or mash, a salad
  with its measured protein (the leaves count once);
- words around the food that are no food ("on the way out of the house", "for the road",
  "in front of the telly", "watching the footy", "on my lunch break", "first thing").

Labels are by hand from USDA SR28 (scripts/corpus_labels.py), with the earlier blocks'
conventions (corpus_heldout4.py: a jacket potato is USDA's large baked potato, cheese on
one 30 g, half a can of beans 200 g, sweetcorn on a jacket 40 g, gravy 60 g, a side salad
80 g of lettuce, a bowl of cereal 30 g with 125 ml milk, a pot of yoghurt 150 g, berries as a
topping half a cup, cherry tomatoes 5, a wrap USDA's 10" flour tortilla, a brew 250 ml of tea
with 30 ml semi-skimmed milk, a chicken in a wrap 80 g, a meal deal's drink a 500 ml bottle).
New ones, decided here before any score: a toastie is 2 slices of bread, a slice of ham (28 g)
and 30 g of cheese; a sandwich's tuna 80 g; a filling in 2 tacos 2 oz a taco; a pub or chippy
pie is USDA's beef pot pie (268 g); a quarter block of tofu is USDA's (81 g); a half of a walnut
2 g (USDA: 50 halves 100 g), of a pecan 1.5 g (an ounce is 19), a pistachio 0.7 g; a light beer
a 12 fl oz can; an apple medium; a digestive 15 g; honey on porridge 1 tbsp.
"""

from __future__ import annotations

from corpus_fresh import BREW, CRISP_BAG, JACKET, TOAST2
from corpus_heldout import DIET_COLA
from corpus_labels import (
    ALMONDS,
    APPLE,
    BACON,
    BANANA,
    BEANS,
    BLUEBERRIES,
    BOILED_POTATO,
    BREAD,
    CHEDDAR,
    CHICKEN,
    COFFEE,
    DIGESTIVE,
    FRIES,
    GREEK,
    HAM,
    HONEY,
    KITKAT,
    LENTILS,
    LIGHT_BEER,
    MAPLE,
    MASH,
    PANCAKES,
    PB,
    PEAS,
    PEPPERONI_PIZZA,
    PORRIDGE,
    RICE,
    SALAD,
    SALMON,
    SAUSAGE,
    SEMI,
    SHRIMP,
    SKIM,
    SPINACH,
    TOFU,
    TOMATO,
    TORTILLA,
    TUNA,
    WALNUTS,
    E,
    Meal,
    combo,
    eat,
    g,
    ml,
    p,
)

Event = dict[str, object] | Meal

FISH_FINGERS = "15027"
SWEETCORN = "11168|11770"
MINI_WHEATS = "08319|08031|08459"
PECANS = "12142"
PISTACHIOS = "12652"
PULLED_PORK = "22972"
CORN_TORTILLA = "18363|18449"
MEAT_PIE = "22529"
GRAVY = "06119|06116"
FETA = "01019"
BRIE = "01006"
CELERY = "11143"
OVERNIGHT_OATS = combo("08120|20038", g("08120", 50), g("01116", 150), ml(SEMI, 125))
BOWL_OF_CEREAL_G = 30

SIDE_BY_SIDE: list[tuple[str, list[Event]]] = [
    ("beans cheese jacket for lunch",
     [eat(JACKET, g(BEANS, 200), g(CHEDDAR, 30), label="lunch")]),
    ("sausage beans and mash", [eat(g(SAUSAGE, 80), g(BEANS, 200), g(MASH, 210))]),
    ("fish fingers mash and peas", [eat(g(FISH_FINGERS, 112), g(MASH, 210), g(PEAS, 80))]),
    ("egg chips and beans", [eat(p(E, 1, "large"), g(FRIES, 150), g(BEANS, 200))]),
    ("pulled pork tacos x2", [eat(g(CORN_TORTILLA, 48), g(PULLED_PORK, 113))]),
    ("ham cheese toastie", [eat(combo(BREAD, *(TOAST2, g(HAM, 28), g(CHEDDAR, 30))))]),
    ("chicken sweetcorn wrap",
     [eat(g(TORTILLA, 72), g(CHICKEN, 80), g(SWEETCORN, 40))]),
]

SHAPES: list[tuple[str, list[Event]]] = [
    ("quarter of a block of tofu and a cup of rice", [eat(g(TOFU, 81), g(RICE, 158))]),
    ("half a block of tofu with spinach", [eat(g(TOFU, 162), g(SPINACH, 30))]),
    ("lentils and rice, a cup of each", [eat(g(LENTILS, 198), g(RICE, 158))]),
    ("salmon and new potatoes, 150g of each", [eat(g(SALMON, 150), g(BOILED_POTATO, 150))]),
    ("3 pancakes (4in) and 1 tbsp maple syrup", [eat(g(PANCAKES, 114), g(MAPLE, 20))]),
    ("8 pecan halves and a pot of greek yoghurt", [eat(g(PECANS, 12), g(GREEK, 150))]),
    ("15 pistachios", [eat(g(PISTACHIOS, 10.5))]),
    ("12 walnut halves on porridge", [eat(g(WALNUTS, 24), g(PORRIDGE, 234))]),
    ("a bowl of mini wheats and a banana",
     [eat(g(MINI_WHEATS, BOWL_OF_CEREAL_G), p(BANANA, 1, "medium"))]),
    ("2 bowls of frosted mini-wheats with skimmed milk",
     [eat(g(MINI_WHEATS, 2 * BOWL_OF_CEREAL_G), ml(SKIM, 250))]),
    ("jar of overnight oats with blueberries", [eat(OVERNIGHT_OATS, g(BLUEBERRIES, 74))]),
]

DISHES: list[tuple[str, list[Event]]] = [
    ("meal deal: tuna sandwich, crisps and a diet coke",
     [eat(combo(TUNA, TOAST2, g(TUNA, 80)), CRISP_BAG, ml(DIET_COLA, 500))]),
    ("pie, mash and gravy", [eat(g(MEAT_PIE, 268), g(MASH, 210), g(GRAVY, 60))]),
    ("2 pies and beans", [eat(g(MEAT_PIE, 536), g(BEANS, 200))]),
    ("chicken salad with 120g chicken and feta",
     [eat(g(SALAD, 80), g(CHICKEN, 120), g(FETA, 30))]),
    ("prawn salad with 150g prawns and cherry tomatoes",
     [eat(g(SALAD, 80), g(SHRIMP, 150), g(TOMATO, 85))]),
]

AROUND: list[tuple[str, list[Event]]] = [
    ("banana and a coffee on the way out of the house",
     [eat(p(BANANA, 1, "medium"), ml(COFFEE, 237))]),
    ("2 digestives and a cuppa in front of the telly", [eat(g(DIGESTIVE, 30), BREW)]),
    ("a kitkat for the road", [eat(g(KITKAT, 42))]),
    ("4 light beers watching the footy", [eat(ml(LIGHT_BEER, 4 * 354))]),
    ("an apple and a handful of almonds on my lunch break",
     [eat(p(APPLE, 1, "medium"), g(ALMONDS, 28))]),
    ("porridge with honey first thing", [eat(g(PORRIDGE, 234), g(HONEY, 21))]),
]

#: Added at 08:50 with the fixes of a piece's shape ("a wedge of", "rashers of") and of a kind
#: named with the amount after its food ("pizza, 3 slices pepperoni"): a wedge of brie an ounce
#: (28 g), a rasher of bacon USDA's cooked slice (8.1 g), a stick of celery USDA's medium stalk.
PIECES: list[tuple[str, list[Event]]] = [
    ("a wedge of brie", [eat(g(BRIE, 28))]),
    ("3 rashers of bacon and 2 eggs", [eat(g(BACON, 3 * 8.1), p(E, 2, "large"))]),
    ("2 sticks of celery with peanut butter", [eat(g(CELERY, 80), g(PB, 32))]),
    ("pizza, 3 slices pepperoni", [eat(p(PEPPERONI_PIZZA, 3, "slice"))]),
    ("yoghurt, 200g greek yoghurt and honey", [eat(g(GREEK, 200), g(HONEY, 21))]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "foods side by side": SIDE_BY_SIDE,
    "portions with a shape word": SHAPES,
    "dishes with their parts": DISHES,
    "words around the food": AROUND,
    "pieces and kinds": PIECES,
}
