"""The "meals" probes block, round 9 (2026-12-01 late morning, issue 15): the meal classes block n
showed missed, written by the helper who fixes them BEFORE any fix, in other foods and
phrasings than block n's messages.

Classes:
- a kcal for the whole meal: a kcal in brackets or after a comma at the end of a list of two
  or more foods ("a kebab and chips, 1100 kcal", "soup and a roll (430 cal)") is the meal's,
  one stated food; a kcal in brackets right after the first food of a list stays that food's;
- food diary and app copy: MyFitnessPal (MFP), Lose It, Cronometer, Yazio and Carb Manager
  are never a food; a diary's "Breakfast 350" line (a meal name and a bare number) is that
  meal at that kcal; a diary line "Lunch: brown rice 1 cup, black beans 0.5 cup" one meal of
  those foods labelled by the diary's meal name;
- words around food that are no food: "barely managed", "could only stomach", illness words
  ("stomach bug", "gastro", "post-covid"), "after" at the end: the foods alone; a past meal
  followed by a question about it ("was that dumb?", "is that bad?") is still logged;
- drinks at socials: a glass of prosecco, fizz or bubbly is USDA's white wine at 125 ml (a
  flute, block n's); a third-pint 189 ml of regular beer, a flight of N third-pints N of them;
  a beer mile's beers or cans four 12 fl oz cans of regular beer (block n's), its run 1 mile;
- rows and portions block n showed wrong, in other phrasings: a Popeyes biscuit its own row
  (USDA's biscuit, 60 g); an applesauce pouch USDA's strained applesauce jar (113 g); a ham and
  cheese toastie the first block's (2 slices, 28 g ham, 30 g cheddar) in any order; "brekkie"
  and "brekky" breakfast; a spread on toast with no count 2 slices, the spread per slice
  (marmite a teaspoon, peanut butter a tablespoon, honey a tablespoon a slice); pavlova is no
  SR28 food (the meal asks); Panda Express orange chicken its published entree (162 g), a
  takeaway's block d's half order with 2 cups of fried rice; a veggie burger a patty (70 g) in a
  hamburger roll; a croissant USDA's medium; a rye crispbread USDA's rye wafer (11 g);
  Grape-Nuts with milk a bowl, 30 g with 125 ml of milk; Olive Garden's dishes their own rows;
  an Almond Joy USDA's 1.76 oz package.

Labels as in the earlier blocks (corpus_labels.py, corpus_heldout11-14.py): bare rice a cup, a
glass of milk 250 ml, a brew a mug of tea with 30 ml semi-skimmed, a UK bag of crisps 25 g, a
chicken breast with no weight 120 g cooked, bare "toast" 2 slices, a latte 60 ml espresso and
300 ml semi-skimmed, a bacon roll a roll and 2 rashers.

First score, on main e826bb9 before any change for this block: tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, CRISP_BAG
from corpus_heldout import BACON_ROLL, HAM_CHEESE_TOASTIE
from corpus_heldout3 import LATTE
from corpus_heldout11 import FL_OZ, HALF_MARATHON
from corpus_labels import (
    ALMONDS,
    BANANA,
    BEER,
    BLACK_BEANS,
    BREAD,
    BROWN_RICE,
    CHICKEN,
    CROISSANT,
    HONEY,
    MARMITE,
    MILK,
    OATS,
    PB,
    RICE,
    ROLL,
    SEMI,
    SKIM,
    SNICKERS,
    WHITE_WINE,
    Meal,
    Voices,
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

Event = dict[str, object] | Meal

FLUTE_ML = 125.0  # block n's glass of prosecco
THIRD_PINT_ML = 189.0
BEER_MILE_CAN_ML = 12 * FL_OZ
GLASS_ML = 250.0
BOWL_OF_CEREAL = 30.0
BOWL_OF_MILK = 125.0
CHICKEN_BREAST_G = 120.0
PANDA_ENTREE_G = 162.0

POPEYES_BISCUIT = "21415"
APPLESAUCE_POUCH = "03116|03117"
VEGGIE_BURGER = "16147|16584"
CHEESE_CROISSANT = "18241"
RYE_CRISPBREAD = "18226|18227"
GRAPE_NUTS = "08038"
ORANGE_CHICKEN = "36629"
FRIED_RICE = "36602"
OG_LASAGNA = "36042"
OG_MEAT_SAUCE = "36631"
ALMOND_JOY = "19065"

WHOLE_MEAL_KCAL: list[tuple[str, list[Event]]] = [
    ("post-parkrun fry-up: 2 sausages, 2 eggs and beans (780 kcal)", [eat(stated(780))]),
    ("a kebab and chips after the pub, 1100 kcal", [eat(stated(1100))]),
    ("pad thai and a spring roll (820kcal)", [eat(stated(820))]),
    ("chicken wrap, crisps and a coke, 690 kcal all in", [eat(stated(690))]),
    ("lunch: soup and a roll (430 cal)", [eat(stated(430), label="lunch")]),
    ("a bagel (250 kcal) and a black coffee", [eat(stated(250), p("14209", 1, "cup"))]),
    ("Great North Run 1:52:10, then pie and mash (900 kcal)",
     [run(HALF_MARATHON, 112 + 10 / 60), eat(stated(900))]),
    ("10k 49:30 then a burrito and nachos (1150 kcal)", [run(10, 49.5), eat(stated(1150))]),
    ("long run 28k 2:31:00, after it pizza and a beer, 1200 kcal",
     [run(28, 151), eat(stated(1200))]),
]

DIARY_COPY: list[tuple[str, list[Event]]] = [
    ("MFP\nBreakfast 350\nLunch 540\nDinner 820",
     [eat(stated(350), label="breakfast"), eat(stated(540), label="lunch"),
      eat(stated(820), label="dinner")]),
    ("from MyFitnessPal: Dinner 640", [eat(stated(640), label="dinner")]),
    ("Cronometer – Lunch: brown rice 1 cup, black beans 0.5 cup",
     [eat(p(BROWN_RICE, 1, "cup"), p(BLACK_BEANS, 0.5, "cup"), label="lunch")]),
    ("Yazio: Breakfast – oats 40 g, semi-skimmed milk 200 ml",
     [eat(g(OATS, 40), ml(SEMI, 200), label="breakfast")]),
    ("Carb Manager snack: almonds 28 g", [eat(g(ALMONDS, 28), label="snack")]),
    ("Lose It\nSnacks 210", [eat(stated(210), label="snack")]),
]

AROUND_FOOD: list[tuple[str, list[Event]]] = [
    ("barely managed a banana and a slice of toast today",
     [eat(p(BANANA, 1, "medium"), p(BREAD, 1, "slice"))]),
    ("could only stomach a banana and a glass of milk",
     [eat(p(BANANA, 1, "medium"), ml(MILK, GLASS_ML))]),
    ("stomach bug all week, today just a slice of toast and a banana",
     [eat(p(BREAD, 1, "slice"), p(BANANA, 1, "medium"))]),
    ("recovering from gastro, 5k 30:10 then 2 slices of toast after",
     [run(5, 30 + 10 / 60), eat(p(BREAD, 2, "slice"))]),
    ("had a bacon roll before parkrun, was that dumb?", [eat(BACON_ROLL)]),
    ("ate a Snickers before my tempo, is that bad?", [eat(p(SNICKERS, 1, "bar (2 oz)"))]),
    ("post-covid, first proper meal: chicken breast and a cup of rice",
     [eat(g(CHICKEN, CHICKEN_BREAST_G), p(RICE, 1, "cup"))]),
]

SOCIAL_DRINKS: list[tuple[str, list[Event]]] = [
    ("2 glasses of prosecco at the wedding", [eat(ml(WHITE_WINE, 2 * FLUTE_ML))]),
    ("a glass of fizz to celebrate the PB", [eat(ml(WHITE_WINE, FLUTE_ML))]),
    ("a flight of 3 third-pints at the brewery", [eat(ml(BEER, 3 * THIRD_PINT_ML))]),
    ("3 third-pints of pale ale after the trail race", [eat(ml(BEER, 3 * THIRD_PINT_ML))]),
    ("beer mile: 4 beers, 4 laps, 8:30", [run(mi(1), 8.5), eat(ml(BEER, 4 * BEER_MILE_CAN_ML))]),
    ("club social: 2 glasses of bubbly and a packet of crisps",
     [eat(ml(WHITE_WINE, 2 * FLUTE_ML), CRISP_BAG)]),
]

ROWS: list[tuple[str, list[Event]]] = [
    ("Popeyes: 2 biscuits", [eat(p(POPEYES_BISCUIT, 2, "biscuit"))]),
    ("a biscuit from Popeyes on the road trip", [eat(p(POPEYES_BISCUIT, 1, "biscuit"))]),
    ("an applesauce pouch at halfway", [eat(p(APPLESAUCE_POUCH, 1, "jar"))]),
    ("3 apple sauce pouches on the long run", [eat(p(APPLESAUCE_POUCH, 3, "jar"))]),
    ("a cheese and ham toastie", [eat(HAM_CHEESE_TOASTIE)]),
    ("ham & cheese toastie and a latte", [eat(HAM_CHEESE_TOASTIE, LATTE)]),
    ("brekkie: marmite on toast and a brew",
     [eat(p(MARMITE, 2, "tsp"), p(BREAD, 2, "slice"), BREW, label="breakfast")]),
    ("brekky was peanut butter on toast",
     [eat(p(PB, 2, "tbsp"), p(BREAD, 2, "slice"), label="breakfast")]),
    ("3 slices of toast with honey", [eat(p(BREAD, 3, "slice"), p(HONEY, 3, "tbsp"))]),
    ("a big slice of pavlova at the barbecue", [unknown(1)]),
    ("orange chicken from Panda Express", [eat(g(ORANGE_CHICKEN, PANDA_ENTREE_G))]),
    ("orange chicken and fried rice from the chinese",
     [eat(p(ORANGE_CHICKEN, 0.5, "order"), p(FRIED_RICE, 2, "cup"))]),
    ("a veggie burger for tea",
     [eat(p(VEGGIE_BURGER, 1, "pattie"), p(ROLL, 1, "roll"), label="dinner")]),
    ("2 veggie burgers in buns", [eat(p(VEGGIE_BURGER, 2, "pattie"), p(ROLL, 2, "roll"))]),
    ("a plain croissant and a latte", [eat(p(CROISSANT, 1, "croissant, medium"), LATTE)]),
    ("a cheese croissant from the bakery", [eat(p(CHEESE_CROISSANT, 1, "croissant, medium"))]),
    ("3 rye crispbreads and a banana",
     [eat(p(RYE_CRISPBREAD, 3, "cracker"), p(BANANA, 1, "medium"))]),
    ("Grape-Nuts and skimmed milk", [eat(g(GRAPE_NUTS, BOWL_OF_CEREAL), ml(SKIM, BOWL_OF_MILK))]),
    ("a bowl of grape nuts with semi-skimmed",
     [eat(g(GRAPE_NUTS, BOWL_OF_CEREAL), ml(SEMI, BOWL_OF_MILK))]),
    ("lasagna classico at Olive Garden", [eat(p(OG_LASAGNA, 1, "serving"))]),
    ("Olive Garden spaghetti with meat sauce after the half",
     [eat(p(OG_MEAT_SAUCE, 1, "serving"))]),
    ("2 Almond Joys at mile 18", [eat(p(ALMOND_JOY, 2, "package"))]),
]

BLOCK: Voices = {
    "a kcal for the whole meal": WHOLE_MEAL_KCAL,
    "food diary and app copy": DIARY_COPY,
    "words around food that are no food": AROUND_FOOD,
    "drinks at socials": SOCIAL_DRINKS,
    "rows and portions": ROWS,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-meals9-2026-12-01.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
