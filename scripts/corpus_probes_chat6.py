"""The sixth "chat" probes block, 2026-12-01 (issue 15): nothing invented. Written in the fixer's
own words (other races, foods and phrasings than block k's) BEFORE each fix, so a fix counts only
when these pass too.

Classes:
- a plan, a goal or a race described, with its figures, logs nothing: "the course is 42.2 km
  and the cutoff is 6:30", "hoping to get a run in after work, maybe 6 miles steady", "training
  for my first marathon", "my sister's running her first half on sunday"; a run done beside a
  goal still logs ("was aiming for 1:45 but did the half in 1:48:20");
- a question with no question word or mark: "do jelly babies count as a gel", "does a 10k
  count as a long run for a beginner";
- food around a run that names no time is the food alone ("a banana after the long slow
  18k"); with the run's time it is both;
- an illness, an injury or a medicine had is no food ("had a cold all week", "had a niggle
  in my achilles at 6k", "took 2 ibuprofen"), written after the first four classes' fixes;
- a carb or protein count after a list of foods, with no kcal ("carb count: 2 slices of toast
  and a banana, 55g carbs"): the foods at the table's kcal, written after the first five
  classes' fixes;
- a type 1 diabetic's readings and doses are no figures: "BG 6.1", "glucose was 11.2",
  "7.1 mmol/L", "libre reading 4.4", "took 4u", "bolused 5 units", "hypo at 3.1", "ketones
  0.3"; the food and the run beside them log as usual.

Labels as in the earlier blocks (corpus_labels.py): what the runner states wins; otherwise
USDA SR28's first household measure for the row; jelly beans USDA's large bean (2.8 g), a
glass of juice 250 ml (block k's conventions).

Scores (event messages fully right; events invented on chat): see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    BAGEL,
    BANANA,
    COFFEE,
    CORNFLAKES,
    OJ,
    TOAST,
    E,
    Meal,
    eat,
    g,
    mi,
    ml,
    p,
    run,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

HALF = 21.0975
JELLY_BEANS = "19108"
JELLY_BEAN_G = 2.8  # USDA's large jelly bean: 10 weigh 28 g
APPLE_JUICE = "09016|09400"
GLASS_ML = 250.0

PLANS: list[tuple[str, list[Event]]] = [
    ("the course is 42.2 km and the cutoff is 6:30", []),
    ("the route is 14k and I want to do it in about 70 min", []),
    ("goal race is a half, hoping for sub 1:50", []),
    ("targeting 3:30 at Berlin, it's 42.2k", []),
    ("hoping to get a run in after work, maybe 6 miles steady", []),
    ("might squeeze in a 5k before dinner, 30 min tops", []),
    ("new here! training for my first marathon", []),
    ("hi, just joined, training for a 10k", []),
    ("my sister's running her first half on sunday", []),
    ("mum's doing the race for life 5k", []),
    ("was aiming for 1:45 but did the half in 1:48:20", [run(HALF, 108 + 20 / 60)]),
    ("goal race is in march, today 12k in 1:02:00", [run(12, 62)]),
]

QUESTIONS: list[tuple[str, list[Event]]] = [
    ("do jelly babies count as a gel", []),
    ("does a 10k count as a long run for a beginner", []),
    ("do crumpets count as carbs for a marathon", []),
    ("does beer count as recovery lol", []),
]

FOOD_AROUND_A_RUN: list[tuple[str, list[Event]]] = [
    ("a banana after the long slow 18k", [eat(p(BANANA, 1, "medium"))]),
    ("2 slices of toast before the easy 10k", [eat(p(TOAST, 2, "slice"))]),
    ("a coffee and a bagel after the long easy 15k",
     [eat(p(COFFEE, 1, "cup"), p(BAGEL, 1, "bagel"))]),
    ("a banana after the long slow 18k, 1:52:00", [run(18, 112), eat(p(BANANA, 1, "medium"))]),
]

DIABETIC: list[tuple[str, list[Event]]] = [
    ("BG 6.1 before the long run, 16k 1:31:00", [run(16, 91)]),
    ("bg 3.8 on the cooldown, 6 jelly beans", [eat(g(JELLY_BEANS, 6 * JELLY_BEAN_G))]),
    ("glucose was 11.2 after parkrun, 26:40", [run(5, 26 + 40 / 60)]),
    ("libre reading 4.4, glass of orange juice", [eat(ml(OJ, GLASS_ML))]),
    ("7.1 mmol/L at the start, 12k in 1:04:30", [run(12, 64.5)]),
    ("took 4u for a cup of cornflakes", [eat(p(CORNFLAKES, 1, "cup"))]),
    ("bolused 5 units for a bagel", [eat(p(BAGEL, 1, "bagel"))]),
    ("2u and a banana before the 10k", [eat(p(BANANA, 1, "medium"))]),
    ("hypo at 3.1 on the run, 3 jelly beans and a glass of apple juice, 10k in 58:20",
     [eat(g(JELLY_BEANS, 3 * JELLY_BEAN_G), ml(APPLE_JUICE, GLASS_ML)), run(10, 58 + 20 / 60)]),
    ("blood sugar 5.6, weight 68.4", [weight(68.4)]),
    ("ketones 0.3, bg 9.1, 5k easy 29:10", [run(5, 29 + 10 / 60)]),
    ("dexcom says 7.9, 4 miles in 38:40", [run(mi(4), 38 + 40 / 60)]),
    ("T1D, sugars at 8.2 so 10k 54:30 without fuel", [run(10, 54.5)]),
    ("love u coach, 10k in 49:10", [run(10, 49 + 10 / 60)]),
]

ILLNESS: list[tuple[str, list[Event]]] = [
    ("had a cold all week, no running", []),
    ("the boys have had chickenpox", []),
    ("have had a stomach bug since monday", []),
    ("had a migraine all afternoon", []),
    ("had covid in october, first run back 4k 26:30", [run(4, 26.5)]),
    ("had a niggle in my achilles at 6k, 10k 54:20", [run(10, 54 + 20 / 60)]),
    ("I had a stitch at 3k, 5k in 26:10", [run(5, 26 + 10 / 60)]),
    ("took 2 ibuprofen and had a banana", [eat(p(BANANA, 1, "medium"))]),
    ("had a headache so 2 paracetamol and a coffee", [eat(p(COFFEE, 1, "cup"))]),
]

CARB_COUNT: list[tuple[str, list[Event]]] = [
    ("carb count: 2 slices of toast and a banana, 55g carbs",
     [eat(p(TOAST, 2, "slice"), p(BANANA, 1, "medium"))]),
    ("a bagel and a glass of orange juice, 80g carbs",
     [eat(p(BAGEL, 1, "bagel"), ml(OJ, GLASS_ML))]),
    ("3 eggs and 2 slices of toast, 25g protein", [eat(p(E, 3, "large"), p(TOAST, 2, "slice"))]),
    ("a banana and a bagel - 75g carbs", [eat(p(BANANA, 1, "medium"), p(BAGEL, 1, "bagel"))]),
    ("a banana, 27g carbs", [eat(p(BANANA, 1, "medium"))]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "a plan, a goal or a race described": PLANS,
    "a question with no question word": QUESTIONS,
    "food around a run with no time": FOOD_AROUND_A_RUN,
    "type 1 diabetes readings and doses": DIABETIC,
    "an illness, an injury or a medicine had": ILLNESS,
    "a carb or protein count for a list": CARB_COUNT,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-chat6-2026-12-01.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
