"""The "foods" probes block, round 2 (2026-11-30 afternoon): food words as runners mistype and
say them (issue 15), written by the helper who fixes each class BEFORE the fix, in other words
and foods than the blocks e, f and g messages the classes were seen in, so that a fix counts
only when these pass too.

Classes:
- misspelt food words: a dropped, doubled, swapped or changed letter in a food name
  ("chicekn", "broccolli", "quinao", "wholmeal"), never a whole list of typos;
- misspelt unit words ("slcies", "tablespon", "teaspons", "glas", "peices");
- chat with misspelt or unknown non-food words, which must stay chat ("wether", "freind",
  "garmin", "probly");
- dialect and joining words around foods: Scots "wi", "fae", "efter", "nae", "ma", "a piece"
  (a sandwich); "n", "alongside", "plus", "arvo";
- regional dishes SR28 has under another name (a concha is pan dulce).

Labels as in the earlier blocks (corpus_labels.py; portions from scripts/corpus_heldout7.py's
docstring where a message leaves them open: a handful 28 g, a glass of juice 250 ml, mince in
a home dish 150 g, boiled potatoes 200 g, a concha USDA's slice of pan dulce, 63 g); a
teaspoon of honey is a third of USDA's 21 g tablespoon; each message states its amounts where
the class is not about portions.

Scores (event messages fully right; items resolved; events invented on chat):
- all 28, on main 88809e2 before any fix: 45.8 % (11/24), 69.0 %, 0 invented on 4 chat. By
  class: misspelt foods 8/10 (the whole-name typo step already read most; "an aple" and "half
  an avocodo" missed), units 1/5, dialect 2/7, dishes 0/2.
- with misspelt words corrected word by word (engine/spelling.py: foods in the table's
  matcher, units in the item reader, guarded by common English words), shortbread by USDA's
  cookie and a concha as USDA's pan dulce: 75.0 % (18/24), 78.6 %, 0 invented; misspelt foods
  9/10 ("half an avocodo": the half is lost once the name is a guess), units 5/5, dishes 2/2.
  Block g 71.1 -> 73.1 %, f 85.5 -> 86.0 %, e 82.7 % unchanged.
- with dialect function words read as plain English (engine/parsing/dialect.py: wi, fae,
  efter, nae, fur ma, o, alongside): dialect 7/7, 95.8 % (23/24), 100 % of items. Block g
  73.1 -> 74.6 % (with "stane" and a fish supper), items 92.2 %.
- the Scots meal words (7, written after the first dialect fix, before these): on main
  aa8c8d5 2/7 (all 35: 41.9 %, 57.7 % of items); with a "piece" after its filling read as a
  sandwich, a chippy "supper" as the food with chips, "stane" as stone, "o" as "of": 7/7
  (all 35: 96.8 %, 100 %, 0 invented). Left: "half an avocodo", labelled here as the 68 g
  half of block g's convention while probes-foods weighs half of USDA's 201 g avocado.
- other kitchens (12, written before their fixes): 1/12 on main aa8c8d5 and on the branch
  before; with rows for SR28's Latino restaurant dishes (arroz con leche, con gandules, con
  habichuelas; bunuelos; menudo as tripe soup), guava pastelitos, Navajo frybread and latkes
  as potato pancakes, and a changed letter read as a typo only for a vowel or a neighbouring
  key ("latke" was a latte, "croquetas" a croque monsieur): 9/12. Left: "a cup of rice and
  peas" (the table keeps plain "rice and peas" as rice and green peas: a US runner means
  those), "2 croquetas" and "a kenkey" (asked about no longer as look-alikes, but a lone
  unknown name is left unread, not a meal that asks: the "structure" helper's call).
  All 47 on main aa8c8d5: 32.6 % (14/43), 49.2 % of items; after: 90.7 % (39/43), 98.4 %.
- misspelt joining words (6, written after the food and unit spellings, scored on the branch
  at 2bbc619 before their fix): 2/6; with the joining and label words spelt right where the
  message is normalized (with, then, after, before, plus, the meal labels), two swapped
  letters read in four-letter words ("wiht") and a misspelt name kept whole where the cutter
  asks "is this one food?": 6/6. All 53 on main aa8c8d5: 32.7 % (16/49), 50.7 % of items;
  after: 91.8 % (45/49), 98.6 %, 0 invented. Block f 86.0 -> 86.5 %; e, g unchanged.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import CHEESE_SARNIE
from corpus_labels import (
    ALMONDS,
    APPLE,
    AVOCADO,
    BANANA,
    BEEF_MINCE,
    BLUEBERRIES,
    BOILED_POTATO,
    BREAD,
    BROCCOLI,
    CHICKEN,
    COFFEE,
    DIGESTIVE,
    FRIED_EGG,
    GREEK,
    HONEY,
    JAM,
    MILK,
    OATS,
    OJ,
    PANCAKES,
    PB,
    PIZZA,
    PORRIDGE,
    QUINOA,
    RICE,
    RICE_CAKE,
    SALMON,
    SHORTBREAD,
    SKIM,
    SNICKERS,
    WEETABIX,
    WTOAST,
    E,
    Meal,
    eat,
    g,
    ml,
    p,
    stone,
    unknown,
    write_new,
)

Event = dict[str, object] | Meal
PAN_DULCE = "18955"

MISSPELT_FOODS: list[tuple[str, list[Event]]] = [
    ("2 boild eggs and a banna", [eat(p(E, 2, "large"), p(BANANA, 1, "medium"))]),
    ("150g chicekn breast and 80g broccolli", [eat(g(CHICKEN, 150), g(BROCCOLI, 80))]),
    ("40g oats with 200ml skimed milk", [eat(g(OATS, 40), ml(SKIM, 200))]),
    ("200g greek yoghrt and 28g bluberries", [eat(g(GREEK, 200), g(BLUEBERRIES, 28))]),
    ("3 pancaks and a cup of coffie", [eat(p(PANCAKES, 3, "pancake"), p(COFFEE, 1, "cup"))]),
    ("half an avocodo", [eat(g(AVOCADO, 68))]),
    ("28g almods and an aple", [eat(g(ALMONDS, 28), p(APPLE, 1, "medium"))]),
    ("150g salmonn with a cup of quinao", [eat(g(SALMON, 150), p(QUINOA, 1, "cup"))]),
    ("a snikers bar", [eat(p(SNICKERS, 1, "bar"))]),
    ("a cup of porrige and a bananna", [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))]),
]

MISSPELT_UNITS: list[tuple[str, list[Event]]] = [
    ("3 slcies of pizza", [eat(p(PIZZA, 3, "slice"))]),
    ("2 slices of wholmeal toast with a tablespon of peanut buttr",
     [eat(p(WTOAST, 2, "slice"), p(PB, 1, "tbsp"))]),
    ("2 teaspons of honey on a rice cake", [eat(g(HONEY, 14), p(RICE_CAKE, 1, "cake"))]),
    ("a glas of orange juice", [eat(ml(OJ, 250))]),
    ("4 peices of shortbread", [eat(p(SHORTBREAD, 4, "cookie"))]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("wether was shocking so i skipped the run", []),
    ("my garmin died halfway, so annoyed", []),
    ("legs feel heavy, probly overdid it yesterday", []),
    ("anyone else get a stitch from eating too close to a run? asking for a freind", []),
]

DIALECT: list[tuple[str, list[Event]]] = [
    ("2 eggs wi 2 slices of toast", [eat(p(E, 2, "large"), p(BREAD, 2, "slice"))]),
    ("porridge wi a banana, nae sugar", [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))]),
    ("a banana n an apple", [eat(p(BANANA, 1, "medium"), p(APPLE, 1, "medium"))]),
    ("a jam piece efter the club run", [eat(p(BREAD, 2, "slice"), p(JAM, 1, "tbsp"))]),
    ("mince n tatties fae ma mum", [eat(g(BEEF_MINCE, 150), g(BOILED_POTATO, 200))]),
    ("arvo snack: an apple plus 28g almonds", [eat(p(APPLE, 1, "medium"), g(ALMONDS, 28))]),
    ("150g chicken alongside a cup of rice", [eat(g(CHICKEN, 150), p(RICE, 1, "cup"))]),
]

#: Written after the first dialect fix (function words), before the Scots meal words: scored
#: on main aa8c8d5 before "piece", "supper", "stane", "o" and "fur ma" were read.
SCOTS_MEAL_WORDS: list[tuple[str, list[Event]]] = [
    ("2 cheese pieces fur ma lunch", [eat(CHEESE_SARNIE, CHEESE_SARNIE, label="lunch")]),
    ("a peanut butter piece efter the long run", [eat(p(BREAD, 2, "slice"), p(PB, 2, "tbsp"))]),
    ("a haggis supper", [unknown()]),
    ("cup o coffee and 2 digestives", [eat(p(COFFEE, 1, "cup"), g(DIGESTIVE, 30))]),
    ("a bowl o porridge wi honey", [eat(p(PORRIDGE, 1, "cup"), p(HONEY, 1, "tbsp"))]),
    ("weighed in at 11 stane 6", [stone(11, 6)]),
    ("2 fried eggs alongside 2 slices of toast",
     [eat(p(FRIED_EGG, 2, "large"), p(BREAD, 2, "slice"))]),
]

DISHES: list[tuple[str, list[Event]]] = [
    ("a concha with my coffee", [eat(p(PAN_DULCE, 1, "slice"), p(COFFEE, 1, "cup"))]),
    ("2 pan dulce", [eat(p(PAN_DULCE, 2, "slice"))]),
]

#: Written before their fixes: dishes of other kitchens SR28 holds under its own name (Latino
#: restaurant rows, Navajo frybread, potato pancakes), each at USDA's measure; and foods SR28
#: lacks that sit a letter or two from a known food, which must be asked about.
KITCHENS: list[tuple[str, list[Event]]] = [
    ("a cup of arroz con leche", [eat(p("36404", 1, "cup"))]),
    ("a cup of arroz con gandules", [eat(p("36407", 1, "cup"))]),
    ("arroz con habichuelas", [eat(p("36406", 1, "cup"))]),
    ("a cup of rice and peas", [eat(p("36406|36407", 1, "cup"))]),
    ("2 bunuelos", [eat(p("36416", 2, "piece"))]),
    ("a guava pastelito", [eat(p("18959", 1, "piece"))]),
    ("a piece of navajo fry bread", [eat(p("35142", 1, "piece"))]),
    ("a bowl of menudo", [eat(p("36414", 1, "cup"))]),
    ("3 latkes", [eat(p("11672", 3, "medium"))]),
    ("2 croquetas", [unknown()]),
    ("a plate of ropa vieja", [unknown()]),
    ("a kenkey", [unknown()]),
]

#: Written after the food and unit spellings, before the joining words' own: the words that
#: join and label foods misspelt, and a misspelt name the clause cutter must keep whole.
JOINING_WORDS: list[tuple[str, list[Event]]] = [
    ("3 weetabix wiht 200ml milk", [eat(p(WEETABIX, 3, "biscuits"), ml(MILK, 200))]),
    ("lucnh: 150g chicken and a cup of rice",
     [eat(g(CHICKEN, 150), p(RICE, 1, "cup"), label="lunch")]),
    ("a banana aftr the run", [eat(p(BANANA, 1, "medium"))]),
    ("2 slices of toast wiht jam", [eat(p(BREAD, 2, "slice"), p(JAM, 1, "tbsp"))]),
    ("a peanut buter and jam sandwich",
     [eat(p(BREAD, 2, "slice"), p(PB, 1, "tbsp"), p(JAM, 1, "tbsp"))]),
    ("dinenr: 150g salmon wiht a cup of quinoa",
     [eat(g(SALMON, 150), p(QUINOA, 1, "cup"), label="dinner")]),
]

BLOCK = {
    "misspelt foods": MISSPELT_FOODS,
    "misspelt units": MISSPELT_UNITS,
    "chat, never an event": CHAT,
    "dialect and joining words": DIALECT,
    "scots meal words": SCOTS_MEAL_WORDS,
    "dishes by another name": DISHES,
    "other kitchens": KITCHENS,
    "misspelt joining words": JOINING_WORDS,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-foods2-2026-11-30.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
