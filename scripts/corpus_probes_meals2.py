"""The "meals" probes block, 2026-11-30: stated numbers and amounts in a meal (issue 15), written
by the helper who fixes each class BEFORE its fix, in words of its own (other foods, numbers,
spellings and orders than the blocks e, f and g messages the class was seen in), so that a fix
counts only when these pass too.

Why meals missed the USDA reference by more than 15 % on blocks g, e and f (98 messages, read
on main 88809e2): a portion left open given another size than the labels' (34), the message cut
wrong or a word before the food taken for it (18, "structure"), the wrong USDA row or a food
SR28 lacks given a row (17, "foods"), a stated number ignored, added on top or given to the
wrong food (15), an unknown food or a typo (10), a dish counted with its own parts (4).

Classes probed here (the stated numbers and amounts):
- where a stated kcal was read, in any words: "per their website", "according to their app",
  "per the restaurant's site", "by his recipe";
- a hedged kcal after a list, with a tail: "~1100 cal i reckon", "lol 950 cal-ish", "prob
  600 cals", "about 700 cal give or take": the whole list's, never one more helping;
- a kcal per piece after a count: "x2 at 190kcal", "3 oat bars @ 210 kcal", "(100 kcal each)";
- a bare "~650" after a dish is its kcal (a hedge before a number of 250 or more, no unit);
- a meal word with the dish said after it with its kcal: "ready meal, 450 kcal lasagne", "MRE
  for lunch, chili mac, 1100 cal on the pack": one dish, its kcal;
- a volume per piece times a count: "3 x 330ml coke", "a 500ml bottle of coke";
- counts for the parts of a dish said after it: "beans on toast, 3 slices, whole tin";
- scoops of a shake are scoops of whey: "shake 2 scoops".

Labels as in the earlier blocks (corpus_labels.py, corpus_fresh.py): what the runner states
wins (stated kcal count as "stated"); otherwise USDA SR28's household measure; a scoop of whey
30 g, a British sausage 40 g, a tin of beans 400 g (half a tin 200 g, corpus_fresh.py).

Second round (written before their fixes, 14:55): the day's running total said beside a meal
("protein's at 190g today" is no food), bare "rashers" (two, as any plural with no count),
granola on a yogurt named by its brand ("fage + granola": a topping), a shake or smoothie with
its parts after another food ("... and a shake (1 scoop whey, water)": only its parts).

Third round (written before their fixes, 15:05): a range of amounts ("3-4 dates", "2 or 3
rice cakes", "150-200g chicken": its middle) and "and a half" ("a banana and a half", "one and
a half bagels": a half more, never a half marathon).

Fourth round (written before its fix, 15:12): energy in kilojoules, as Australian and New
Zealand labels give it ("muesli bar 600kj", "1400 kJ on the pack"), and "k cal".

Fifth round (written before its fix, 15:20): a bare number of hundreds after a dish with "="
or in brackets ("burrito = 650", "protein pancakes (450)") is its kcal, as after "~".

Scores (event messages fully right; items resolved), on main: the first 34 on 88809e2 35.3 %
(12/34), 77.5 %; after the first fixes 94.1 % (32/34), 100 %. The 9 of the second round on
e6580d2 2/9; after their fixes 9/9; 95.3 % (41/43) on all. The 8 of the third round on
90941c7 2/8; after their fix 8/8; 96.1 % (49/51) on all. The 5 of the fourth round on
14d3d35 0/5, after 5/5; 96.4 % (54/56) on all. The 4 of the fifth round ("burrito = 650",
"lasagne (720)") on 264d6f1 0/4, after 4/4; 96.7 % (58/60) on all. Left failing: "chips and curry
sauce about 700 cal give or take" (curry sauce unknown, so the kcal may be its own) and "MRE
for lunch, chili mac, 1100 cal on the pack" (cut into two meals at the label).
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import bangers, rashers
from corpus_heldout import SCRAMBLED
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    BEANS,
    BREAD,
    CHICKEN,
    COLA,
    DATES,
    FRIED_EGG,
    GATORADE,
    GRANOLA,
    GREEK,
    HAM,
    HONEY,
    MASH,
    MILK,
    OJ,
    RICE,
    RICE_CAKE,
    SALMON,
    SEMI,
    WHEY,
    E,
    Meal,
    Voices,
    eat,
    g,
    ml,
    p,
    stated,
    write_new,
)

Event = dict[str, object] | Meal
SCOOP_G = 30.0

SOURCES: list[tuple[str, list[Event]]] = [
    ("in-n-out style cheeseburger, 840 cal per their website", [eat(stated(840))]),
    ("pret chicken caesar wrap 512 kcal according to their app", [eat(stated(512))]),
    ("nandos quarter chicken and spicy rice, 720 cal per their menu", [eat(stated(720))]),
    ("katsu curry 1100 kcal per the restaurant's site", [eat(stated(1100))]),
    ("homemade shepherd's pie, 560 kcal by his recipe", [eat(stated(560))]),
]

HEDGED_TOTALS: list[tuple[str, list[Event]]] = [
    ("burger and onion rings ~1100 cal i reckon", [eat(stated(1100))]),
    ("leftover pizza and garlic bread lol 950 cal-ish", [eat(stated(950))]),
    ("two samosas and a mango lassi, prob 600 cals", [eat(stated(600))]),
    ("chips and curry sauce about 700 cal give or take", [eat(stated(700))]),
]

PER_PIECE: list[tuple[str, list[Event]]] = [
    ("flapjack x2 at 190kcal", [eat(stated(380))]),
    ("3 oat bars @ 210 kcal", [eat(stated(630))]),
    ("2 gels (100 kcal each) and a banana", [eat(stated(200), p(BANANA, 1, "medium"))]),
    ("4 jelly babies at 20 cal each", [eat(stated(80))]),
    ("2 packs of chews @ 160 cal", [eat(stated(320))]),
]

TILDE: list[tuple[str, list[Event]]] = [
    ("lunch burrito ~650", [eat(stated(650), label="lunch")]),
    ("tea was a lamb curry ~800", [eat(stated(800), label="dinner")]),
    ("dinner: pasta bake ~750", [eat(stated(750), label="dinner")]),
    ("chicken fajitas for dinner ~700", [eat(stated(700), label="dinner")]),
]

MEAL_WORD_THEN_DISH: list[tuple[str, list[Event]]] = [
    ("ready meal, 450 kcal lasagne", [eat(stated(450))]),
    ("microwave dinner at midnight, 380 kcal mac and cheese", [eat(stated(380))]),
    ("meal prep box, 520 kcal chicken and rice", [eat(stated(520))]),
    ("MRE for lunch, chili mac, 1100 cal on the pack", [eat(stated(1100), label="lunch")]),
]

VOLUME_TIMES_COUNT: list[tuple[str, list[Event]]] = [
    ("3 x 330ml coke", [eat(ml(COLA, 990))]),
    ("a 500ml bottle of coke", [eat(ml(COLA, 500))]),
    ("2 x 250ml orange juice", [eat(ml(OJ, 500))]),
    ("a 750ml bottle of gatorade", [eat(ml(GATORADE, 750))]),
    ("2 500ml bottles of gatorade", [eat(ml(GATORADE, 1000))]),
]

PARTS_COUNTED_AFTER: list[tuple[str, list[Event]]] = [
    ("beans on toast, 3 slices, whole tin", [eat(p(BREAD, 3, "slice"), g(BEANS, 400))]),
    ("sausage and mash, 3 sausages and a cup of mash", [eat(bangers(3), p(MASH, 1, "cup"))]),
    ("eggs on toast, 3 eggs, 2 slices", [eat(p(E, 3, "large"), p(BREAD, 2, "slice"))]),
    ("ham on a bagel, 3 slices", [eat(p(HAM, 3, "slice"), p(BAGEL, 1, "bagel"))]),
]

SCOOPS: list[tuple[str, list[Event]]] = [
    ("shake 2 scoops and an apple", [eat(g(WHEY, 2 * SCOOP_G), p(APPLE, 1, "medium"))]),
    ("protein shake 1.5 scoops", [eat(g(WHEY, 1.5 * SCOOP_G))]),
    ("post run shake, 2 scoops, water", [eat(g(WHEY, 2 * SCOOP_G))]),
]

# Written before their fixes (second round, 14:55): the day's total beside a meal, bare
# rashers, granola on a yogurt named by its brand, a blend's parts later in a meal.
DAY_TOTALS: list[tuple[str, list[Event]]] = [
    ("150g salmon and 1 cup rice, protein at 170g so far",
     [eat(g(SALMON, 150), p(RICE, 1, "cup"))]),
    ("200g chicken breast, protein's at 120g today", [eat(g(CHICKEN, 200))]),
    ("2 scrambled eggs and a bagel, protein is 135g so far",
     [eat(p(SCRAMBLED, 2, "large"), p(BAGEL, 1, "bagel"))]),
]

BARE_RASHERS: list[tuple[str, list[Event]]] = [
    ("rashers and 2 scrambled eggs", [eat(rashers(2), p(SCRAMBLED, 2, "large"))]),
    ("rashers with a fried egg", [eat(rashers(2), p(FRIED_EGG, 1, "large"))]),
]

YOGURT_BRANDS: list[tuple[str, list[Event]]] = [
    ("170g fage + granola", [eat(g(GREEK, 170), g(GRANOLA, 28))]),
    ("150g oikos and granola", [eat(g(GREEK, 150), g(GRANOLA, 28))]),
]

BLENDS_LATER: list[tuple[str, list[Event]]] = [
    ("2 slices of toast and a shake (1 scoop whey, 300ml milk)",
     [eat(p(BREAD, 2, "slice"), g(WHEY, SCOOP_G), ml(MILK, 300))]),
    ("a banana + a protein shake with 1 scoop whey and 250ml semi skimmed",
     [eat(p(BANANA, 1, "medium"), g(WHEY, SCOOP_G), ml(SEMI, 250))]),
]

# Written before their fixes (third round, 15:05): a range of counts or grams, and "and a half".
RANGES: list[tuple[str, list[Event]]] = [
    ("3-4 dates before the long run", [eat(p(DATES, 3.5, "date"))]),
    ("2 or 3 rice cakes with honey", [eat(p(RICE_CAKE, 2.5, "cake"), p(HONEY, 1, "tbsp"))]),
    ("150-200g chicken breast and rice", [eat(g(CHICKEN, 175), p(RICE, 1, "cup"))]),
    ("1-2 slices of toast", [eat(p(BREAD, 1.5, "slice"))]),
    ("2 to 3 scrambled eggs", [eat(p(SCRAMBLED, 2.5, "large"))]),
]

HALVES: list[tuple[str, list[Event]]] = [
    ("a banana and a half", [eat(p(BANANA, 1.5, "medium"))]),
    ("one and a half bagels", [eat(p(BAGEL, 1.5, "bagel"))]),
    ("2 and a half slices of toast", [eat(p(BREAD, 2.5, "slice"))]),
]

# Written before their fix (fourth round, 15:12): energy in kilojoules (Australian and New
# Zealand labels) and "k cal".
KJ = 4.184
KILOJOULES: list[tuple[str, list[Event]]] = [
    ("muesli bar 600kj", [eat(stated(600 / KJ))]),
    ("sausage roll, 1400 kJ on the pack", [eat(stated(1400 / KJ))]),
    ("meat pie from the servo 1800kj", [eat(stated(1800 / KJ))]),
    ("2 muesli bars @ 550 kj", [eat(stated(2 * 550 / KJ))]),
    ("burrito 650 k cal", [eat(stated(650))]),
]

# Written before their fix (fifth round, 15:20): a bare number of hundreds after a dish with
# "=" or in brackets.
BARE_AFTER_A_DISH: list[tuple[str, list[Event]]] = [
    ("burrito = 650", [eat(stated(650))]),
    ("lasagne (720)", [eat(stated(720))]),
    ("katsu curry = 900 for dinner", [eat(stated(900), label="dinner")]),
    ("protein pancakes (450) after the run", [eat(stated(450))]),
]

BLOCK: Voices = {
    "where a kcal was read": SOURCES,
    "hedged totals": HEDGED_TOTALS,
    "kcal per piece": PER_PIECE,
    "a tilde after a dish": TILDE,
    "a meal word, then the dish": MEAL_WORD_THEN_DISH,
    "volume times count": VOLUME_TIMES_COUNT,
    "the parts counted after": PARTS_COUNTED_AFTER,
    "scoops of a shake": SCOOPS,
    "the day's total beside a meal": DAY_TOTALS,
    "bare rashers": BARE_RASHERS,
    "granola on a yogurt brand": YOGURT_BRANDS,
    "a blend's parts later in a meal": BLENDS_LATER,
    "a range": RANGES,
    "and a half": HALVES,
    "kilojoules": KILOJOULES,
    "a bare number after a dish": BARE_AFTER_A_DISH,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-meals2-2026-11-30.jsonl"
#: The block being written now, never read by the fixers (not even for its texts).


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
