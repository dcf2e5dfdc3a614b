"""The "meals" probes block, round 11 (2026-12-02 afternoon, issue 15): the meal and food-item
classes block p (tests/data/heldout-2026-12-02p.jsonl) showed missed, written by the helper who
fixes them (meals11) BEFORE any fix, in other foods and phrasings than block p's messages,
references worked out by hand from USDA SR28 rows.

Classes:
- a word read by its company: "biscuits" with butter, gravy, grits, honey, buttermilk or at a
  diner are US biscuits (USDA's medium frozen baked biscuit, 51 g, block p's);
- portions and rows: a kipper USDA's large kippered herring fillet (65 g); a clementine USDA's
  clementine (74 g); a fun size bar or bag USDA's fun size measure of that candy; Easter egg
  chocolate USDA's milk chocolate by the grams given; "avo on toast" the avocado toast dish
  (half an avocado on one slice, meals10's decision);
- foods around a race's name and time ("A and B at the county fair 5k, 26:10"): one meal;
- a correction inside a message ("a bagel, sorry, a croissant"): only the corrected food;
- "A and B <dish> (N kcal)": one dish at the kcal given, never A from the table;
- a meal's name with the run's word ("brekkie after parkrun:"): the meal named (breakfast);
- foods the block decided to ask (poutine, a slice of tortilla) and foods SR28 lacks after a
  run's figures: asked, never logged from a stand-in nor left "not understood";
- a kcal after an emoji ("burrito 🌯 720kcal"): the food's stated kcal;
- a day's or a place's name before a colon or comma ("19th hole:", "Ash Wednesday,"): no food;
- a kcal after "a drink and a <measure> of X": X's, the drink from the table;
- a log with a question after it ("had X before my run, is that enough?"): the meal logged;
- written after landing 2: a share of a whole restated in grams ("half my Easter egg, it's
  200g so 100g"), the grams eaten; the round's classes again in other words.

Honey is a tablespoon over the lot (blocks e and i and the first meals file label one on two
slices), written here first as one a piece and relabelled after the first score.

Labels as in the earlier blocks (corpus_heldout11-16.py): a mug or cup of coffee USDA's cup,
bare "toast" 2 slices, honey a tablespoon a slice, a pint 568 ml, a UK bag of crisps 25 g, an
Aussie meat pie 175 g of USDA's beef pot pie with a tablespoon of ketchup for its sauce.

First score, on main d98f229 before any change for this block: tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, TOAST2, pint_of
from corpus_labels import (
    APPLE,
    AVOCADO,
    BANANA,
    BEER,
    BREAD,
    BUTTER,
    CIDER,
    COFFEE,
    COLA,
    CRISPS,
    CROISSANT,
    HONEY,
    KETCHUP,
    MILK_CHOC,
    PORRIDGE,
    SNICKERS,
    WBREAD,
    E,
    combo,
    eat,
    g,
    mi,
    ml,
    p,
    run,
    stated,
    unknown,
    write_new,
)

BISCUIT = "18009|18016"
GRITS = "08091|08090"
KIPPER = "15042"
CLEMENTINE = "09433"
MILKY_WAY = "19135"
PEANUT_MMS = "19140"
MEAT_PIE = "22529"
POACHED = "01131|01123"
BAGEL = "18001|18002"
OJ = "09206|09209"
CRISPS_BAG_G = 25.0
MEAT_PIE_G = 175.0
GLASS_ML = 250.0

US_BISCUITS = [
    (
        "2 biscuits and a cup of grits for breakfast",
        [eat(p(BISCUIT, 2, "medium"), p(GRITS, 1, "cup"), label="breakfast")],
    ),
    ("a biscuit with butter at the diner", [eat(p(BISCUIT, 1, "medium"), p(BUTTER, 1, "pat"))]),
    (
        "buttermilk biscuits x2 after the 15 miler (2:05:10)",
        [run(mi(15), 125 + 10 / 60), eat(p(BISCUIT, 2, "medium"))],
    ),
    (
        "3 biscuits with honey after my 6 mile run",
        [eat(p(BISCUIT, 3, "medium"), p(HONEY, 1, "tbsp"))],
    ),
    ("grits and a biscuit at the Waffle House", [eat(p(GRITS, 1, "cup"), p(BISCUIT, 1, "medium"))]),
]

ROWS = [
    (
        "2 kippers and a slice of brown bread",
        [eat(p(KIPPER, 2, "fillet, large"), p(WBREAD, 1, "slice"))],
    ),
    (
        "grilled kipper and a poached egg",
        [eat(p(KIPPER, 1, "fillet, large"), p(POACHED, 1, "large"))],
    ),
    ("3 clementines at half time", [eat(p(CLEMENTINE, 3, "fruit"))]),
    (
        "a clementine and a banana before the parkrun",
        [eat(p(CLEMENTINE, 1, "fruit"), p(BANANA, 1, "medium"))],
    ),
    ("4 fun size Milky Ways", [eat(p(MILKY_WAY, 4, "bar fun size"))]),
    ("a fun size bag of peanut M&Ms", [eat(p(PEANUT_MMS, 1, "package fun size"))]),
    ("2 fun-size Snickers after the long run", [eat(p(SNICKERS, 2, "bar, fun size"))]),
    ("a chunk of Easter egg, about 30g", [eat(g(MILK_CHOC, 30))]),
    ("50g of Easter egg chocolate after the Easter Monday 10k", [eat(g(MILK_CHOC, 50))]),
    (
        "smashed avocado on toast for breakfast",
        [eat(combo(AVOCADO, g(AVOCADO, 68), p(BREAD, 1, "slice")), label="breakfast")],
    ),
]

AROUND_A_RACE = [
    (
        "a bagel and a coffee at the turkey trot 5k, 24:05",
        [run(5, 24 + 5 / 60), eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))],
    ),
    (
        "an apple and a coffee at the harvest 10k, 51:40",
        [run(10, 51 + 40 / 60), eat(p(APPLE, 1, "medium"), p(COFFEE, 1, "cup"))],
    ),
    (
        "banana and a pint of cider at the fun run 5k, 31:02",
        [run(5, 31 + 2 / 60), eat(p(BANANA, 1, "medium"), pint_of(CIDER))],
    ),
    (
        "2 clementines and a coffee at the Christmas pudding 10k, 48:59",
        [run(10, 48 + 59 / 60), eat(p(CLEMENTINE, 2, "fruit"), p(COFFEE, 1, "cup"))],
    ),
]

CORRECTIONS = [
    ("2 eggs, sorry, 3 eggs and toast", [eat(p(E, 3, "large"), TOAST2)]),
    (
        "a bagel, sorry, a croissant with my coffee",
        [eat(p(CROISSANT, 1, "croissant, medium"), p(COFFEE, 1, "cup"))],
    ),
    ("a banana, I mean an apple, before the run", [eat(p(APPLE, 1, "medium"))]),
    ("a pint of lager, sorry, a pint of cider after the fell race", [eat(pint_of(CIDER))]),
]

DISH_KCAL = [
    ("ham and cheese toastie (380 kcal) and a coffee", [eat(stated(380), p(COFFEE, 1, "cup"))]),
    ("chicken and avocado wrap (510 kcal)", [eat(stated(510))]),
    ("bacon and egg roll (450 kcal) after parkrun 24:10", [run(5, 24 + 10 / 60), eat(stated(450))]),
    ("peanut butter and jam bagel (390 kcal) before the half", [eat(stated(390))]),
]

LABELS = [
    ("brekkie after parkrun: 2 eggs and toast", [eat(p(E, 2, "large"), TOAST2, label="breakfast")]),
    (
        "post-run brekkie: porridge and a banana",
        [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"), label="breakfast")],
    ),
    (
        "breakfast after my 10k: a bagel with butter",
        [eat(p(BAGEL, 1, "bagel"), p(BUTTER, 2, "pat"), label="breakfast")],
    ),
    (
        "lunch after the long run: 2 slices of toast and a banana",
        [eat(TOAST2, p(BANANA, 1, "medium"), label="lunch")],
    ),
]

ASKED = [
    ("Montreal half 1:52:30 then poutine with the family", [run(21.0975, 112.5), unknown(1)]),
    ("a large poutine at the arena", [unknown(1)]),
    # a slice of tortilla is the table's Spanish omelette, of SR28 parts (meals10's rule;
    # relabelled from "asked" after the first score, as block p's)
    ("a slice of tortilla at the tapas bar",
     [eat(combo("01123", g("01123", 100), g("11365", 120), g("11282", 30), g("04053", 14)))]),
    ("10k 49:12 then a tattie scone", [run(10, 49.2), unknown(1)]),
    # the table's stroopwafel is a stand-in of its own kind within 15 % (meals10's rule;
    # relabelled from "asked" after the first score)
    (
        "hill session 8k 44:10, then a stroopwafel and a coffee",
        [run(8, 44 + 10 / 60), eat(g("18212", 30), p(COFFEE, 1, "cup"))],
    ),
]

EMOJI_KCAL = [
    ("burrito 🌯 720kcal after the 12k (1:02:10)", [run(12, 62 + 10 / 60), eat(stated(720))]),
    ("ramen 🍜 650 kcal", [eat(stated(650))]),
    ("birthday cake 🎂 400kcal at work", [eat(stated(400))]),
]

PREFIXES = [
    ("19th hole: 2 pints of bitter", [eat(pint_of(BEER, 2))]),
    (
        "clubhouse after: a pint of lager and a bag of crisps",
        [eat(pint_of(BEER), g(CRISPS, CRISPS_BAG_G))],
    ),
    ("Ash Wednesday, 2 slices of toast and a coffee", [eat(TOAST2, p(COFFEE, 1, "cup"))]),
    (
        "Holy Saturday, a bowl of porridge and a banana",
        [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))],
    ),
]

LAST_KCAL = [
    ("a coffee and a slice of carrot cake 410 kcal", [eat(p(COFFEE, 1, "cup"), stated(410))]),
    ("orange juice and a slice of quiche 450 kcal", [eat(ml(OJ, GLASS_ML), stated(450))]),
    ("a brew and a slice of bakewell tart 380 kcal", [eat(BREW, stated(380))]),
]

LOG_AND_ASK = [
    (
        "before the race I had 2 slices of toast with honey, was that enough?",
        [eat(TOAST2, p(HONEY, 1, "tbsp"))],
    ),
    (
        "had a bagel with butter before my run, is that ok?",
        [eat(p(BAGEL, 1, "bagel"), p(BUTTER, 2, "pat"))],
    ),
    (
        "ate a banana and 2 eggs this morning, should I eat more before the long run?",
        [eat(p(BANANA, 1, "medium"), p(E, 2, "large"))],
    ),
]

AUSSIE = [
    ("a meat pie with sauce at half time", [eat(g(MEAT_PIE, MEAT_PIE_G), p(KETCHUP, 1, "tbsp"))]),
    ("footy then a pie with sauce", [eat(g(MEAT_PIE, MEAT_PIE_G), p(KETCHUP, 1, "tbsp"))]),
]

# Written after landing 2, before their fixes: a share of a whole restated in grams (block p's
# Easter egg), and more of the round's classes in other words (the round's generalisation).
SHARE_IN_GRAMS = [
    ("had a third of the big easter egg, it's 300g so 100g", [eat(g(MILK_CHOC, 100))]),
    ("half my Toblerone, the bar is 200g so 100g of milk chocolate", [eat(g(MILK_CHOC, 100))]),
    ("ate a quarter of the easter egg, it's 240g so about 60g", [eat(g(MILK_CHOC, 60))]),
]

VARIANTS = [
    ("ham and pineapple pizza slice (300 kcal)", [eat(stated(300))]),
    ("cheese and bacon burger 780 kcal after the 20 miler", [eat(stated(780))]),
    ("a flapjack, oops, a banana", [eat(p(BANANA, 1, "medium"))]),
    ("a cheeseburger and a coke at the carnival 10k, 55:30",
     [run(10, 55.5), eat(p("21090", 1, "item"), ml(COLA, 330))]),
    ("a glass of orange juice and a slice of carrot cake 450 kcal",
     [eat(ml(OJ, GLASS_ML), stated(450))]),
    ("had a bowl of porridge before my run, was that enough?", [eat(p(PORRIDGE, 1, "cup"))]),
    ("2 biscuits with sausage gravy at Bob Evans",
     [eat(p(BISCUIT, 2, "medium"), p("06319", 0.5, "cup"))]),
]

CHAT = [
    ("is poutine ok the night before a race?", []),
    ("how many kcal in a fun size snickers?", []),
    ("are biscuits and gravy a good pre-run meal?", []),
    ("my mate had a kipper on toast after parkrun", []),
    ("which is better after a long run, a bagel or a croissant?", []),
]

BLOCK = {
    "a word read by its company": US_BISCUITS,
    "portions and rows": ROWS,
    "foods around a race's name and time": AROUND_A_RACE,
    "a correction inside a message": CORRECTIONS,
    "a dish of two foods at a kcal": DISH_KCAL,
    "a meal's name with the run's word": LABELS,
    "asked": ASKED,
    "a kcal after an emoji": EMOJI_KCAL,
    "a name before a colon or comma": PREFIXES,
    "a kcal for the last food": LAST_KCAL,
    "a log with a question": LOG_AND_ASK,
    "an Aussie pie with sauce": AUSSIE,
    "a share restated in grams": SHARE_IN_GRAMS,
    "the round's classes in other words": VARIANTS,
    "chat": CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-meals11-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
