"""The "foods" probes block, round 3 (2026-11-30 evening): everyday food words of the Irish,
West African, Caribbean, Dutch, Nordic, German and Turkish kitchens that SR28 has a row for
(issue 15), written by the helper who fixes each class BEFORE the fix, in other words and foods
than block h's messages the classes were seen in, so that a fix counts only when these pass too.

Classes:
- bread by the cut and by its local name: "a cut" is a slice in Ireland; Irish and Northern
  Irish loaves (sliced pan, batch, soda, wheaten);
- roots and staples by their own SR28 row: yam (true yam, not the US sweet potato) boiled or
  pounded, cocoyam and taro cooked, boiled plantain;
- drinks by their local name: Turkish çay, Dutch Chocomel, an Italian doppio or lungo;
- bakes of northern Europe and the Low Countries: a Finnish korvapuusti, a German
  Franzbrötchen and Laugenbrezel, a Dutch broodje, a Black Forest gateau;
- "creme" for cream (creme cheese, salad creme), the spelling of the French word in English.

Labels as in the earlier blocks (corpus_labels.py; block h's docstring, scripts/corpus_heldout8.py,
for the portions it decided: a cut of Irish brown bread 40 g of USDA's Irish soda bread, a
glass of Turkish tea 100 ml of black tea, a long black 60 ml of espresso, a broodje kaas a
USDA roll with 30 g of cheese, a kanelbulle USDA's cinnamon roll (roll, 60 g), butter on bread
a pat per slice, boiled yam USDA's cup of cubes, a glass of milk 250 ml). New here:
- every Irish soda loaf (soda, wheaten, brown soda) is USDA's Irish soda bread, 40 g a cut or
  slice; sliced pan and batch bread are USDA's white bread slice;
- pounded yam is the boiled yam row by weight; cocoyam is taro, cooked;
- a doppio and a lungo are 60 ml of espresso;
- a korvapuusti and a Franzbrötchen are USDA's cinnamon roll (roll, 60 g); a Laugenbrezel
  USDA's medium soft pretzel; a broodje ham a USDA roll with 30 g of ham; a slice of Black
  Forest gateau 80 g of USDA's frosted chocolate cake, as probes-foods weighs a slice of cake.

Scores (event messages fully right; items resolved; events invented on chat):
- all 24, on main 02dd1a4 before any fix: 8.3 % (2/24), 25.8 % of items (the slice of Black
  Forest gateau was labelled USDA's 138 g piece then, 80 g now; it was unknown either way).
  By class: bread by the cut 0/7 ("cut" was no unit word, and "a cut of ..." logged nothing),
  roots 1/6, drinks 1/4, bakes 0/5, creme 0/2.
- with "cut" a slice, the Irish loaves, true yam, cooked taro and plantain, çay, a doppio,
  lungo and long black as two shots, Nordic buns, Laugenbrezel, broodje kaas and ham, Black
  Forest gateau and "creme" read as cream: 100 % (24/24), 100 % of items. Block h 182 -> 188
  of 231; every other block unchanged (probes-foods' vegetable soup and long black labels
  corrected, see its docstring).
- 16 more, written after that batch landed (b36f7fd), before their fixes: a tub by its weight,
  mandarins, a bowl of dal, "tea cake" in two words, rasher sandwiches, and foods SR28 lacks
  that had been look-alikes (injera as pancakes, a Jamaican patty as a burger patty): 3/16
  before (all 40: 67.5 %, 94.1 % of items). With the parser's "container" reaching a food's
  own tub weight (hummus 200 g, cottage cheese 300 g), satsumas and mandarins USDA's 88 g
  tangerine (a clementine stays 74 g), a bowl of dal a cup (a takeaway dal its 407 g pot),
  "tea cake" the teacake, injera and Jamaican patties asked about: 14/16, all 40 95.0 %,
  98.0 % of items. Left: "2 jamaican patties" and "a piece of injera" alone are asked about
  as words not understood, not as a meal with an unknown item (the cutter's call, as for
  "2 croquetas" in probes-foods2). Block h 188 -> 190 of 231, g 167 -> 168 of 201.

- 7 more, written after that (on fc209e1), before their fix: a food named with its kind
  after it ("a snickers chocolate bar", "walkers crisps", "a powerade sports drink", "2 tim
  tam biscuits"), which had been counted twice: 2/7 before (all 47: 87.2 %). With the kind
  dropped when it names a food of the same SR28 food group (a banana cake stays a cake), and
  a shop's name no longer ending the lookup when what is left is unknown ("tim" of Tim
  Hortons began "tim tam biscuits"): 7/7, all 47 95.7 %, 98.3 % of items; every block
  unchanged.
- 5 more, on toast misspelt and counted: written after their fix was coded (my order was
  wrong there), scored on main c1d4f68 before it landed: 0/5 (all 52: 86.5 %). With a
  misspelt word after "on" read respelt before the tail is dropped as a place ("2 fried eggs
  on tost" had logged the eggs alone), the two slices under more than one thing found by the
  toast as spelt, and a toast dish with a slice weight counted by the slice ("chese on tost
  x2" was two 2-slice dishes, 632 kcal): 4/5, all 52 94.2 %, 97.1 % of items. Left: "cheese
  on toats x3" ("toats" is read as tater tots: a dropped letter ties a swapped pair and wins
  on length). Block h 206 -> 207 of 231, g 168 -> 169 of 201 on main's parser of then.
- 4 more, shop and bakery names SR28 has a row for (a snickerdoodle USDA's sugar cookie, a
  finger roll a hot dog roll, Activia and a Müller Corner fruit yoghurt pots): 0/4 on 0453186
  (three were logged as nothing), 4/4 after; all 56 94.6 %, 97.3 % of items; every block
  unchanged.

Labels decided for these: a tub of hummus 200 g, of cottage cheese 300 g (the UK shop tubs);
a bowl of dal USDA's cup of boiled lentils, as block g labels it; a teacake USDA's cinnamon
roll (roll, 60 g), as probes-foods labels "a teacake"; butter on it a pat; a Twirl 43 g of
milk chocolate and a Babybel 20 g of edam (their packs), Walkers crisps a UK bag (25 g), a
Powerade a 500 ml bottle, a gel 32 g (as probes-cuisines), a Tim Tam 18 g.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import CRISP_BAG
from corpus_heldout2 import BACON_BUTTY
from corpus_heldout3 import CINNAMON_ROLL
from corpus_labels import (
    APPLE,
    BANANA,
    BEANS,
    BREAD,
    BUTTER,
    CHEDDAR,
    CHOC_MILK,
    COFFEE,
    COTTAGE,
    CREAM_CHEESE,
    ESPRESSO,
    FRIED_EGG,
    HAM,
    HUMMUS,
    JAM,
    LENTILS,
    MILK_CHOC,
    PITA,
    RICE_CAKE,
    ROLL,
    SNICKERS,
    TEA,
    TOAST,
    Meal,
    combo,
    eat,
    g,
    ml,
    p,
    unknown,
    write_new,
)

Event = dict[str, object] | Meal
SODA_BREAD = "18032"
YAM = "11602|11897"
TARO = "11519|11878"
PLANTAIN_COOKED = "09278"
SOFT_PRETZEL = "43109"
CHOC_CAKE = "18096"
SALAD_CREAM = "04018|04025"
MANDARIN = "09218"
SUGAR_COOKIE = "18204"
FRUIT_YOGURT = "43261|01121|01122"
POACHED = "01131|01123|01129"
GEL = "19350"  # as corpus_probes_cuisines.py: SR28 has no gel; glucose syrup, 32 g a gel
POWERADE = "14461"
EDAM = "01018"  # a Babybel is a 20 g edam
TIM_TAM = "18174"
ROTI = "28306|28285"

BREAD_BY_THE_CUT: list[tuple[str, list[Event]]] = [
    ("2 cuts of sliced pan and a fried egg",
     [eat(p(BREAD, 2, "slice"), p(FRIED_EGG, 1, "large"))]),
    ("a cut of wheaten bread", [eat(g(SODA_BREAD, 40))]),
    ("2 slices of wheaten with butter", [eat(g(SODA_BREAD, 80), g(BUTTER, 10))]),
    ("3 cuts of soda bread", [eat(g(SODA_BREAD, 120))]),
    ("4 cuts of batch bread", [eat(p(BREAD, 4, "slice"))]),
    ("a cut of brown soda bread with jam", [eat(g(SODA_BREAD, 40), p(JAM, 1, "tbsp"))]),
    ("2 cuts of toast and a banana", [eat(p(TOAST, 2, "slice"), p(BANANA, 1, "medium"))]),
]

ROOTS: list[tuple[str, list[Event]]] = [
    ("200g of pounded yam", [eat(g(YAM, 200))]),
    ("boiled white yam 300g", [eat(g(YAM, 300))]),
    ("a cup of boiled cocoyam", [eat(p(TARO, 1, "cup"))]),
    ("150g of boiled taro", [eat(g(TARO, 150))]),
    ("a cup of boiled plantain", [eat(p(PLANTAIN_COOKED, 1, "cup"))]),
    ("boiled green plantain 200g", [eat(g(PLANTAIN_COOKED, 200))]),
]

DRINKS: list[tuple[str, list[Event]]] = [
    ("3 glasses of çay", [eat(ml(TEA, 300))]),
    ("a glass of chocomel", [eat(ml(CHOC_MILK, 250))]),
    ("a doppio", [eat(ml(ESPRESSO, 60))]),
    ("a lungo and a banana", [eat(ml(ESPRESSO, 60), p(BANANA, 1, "medium"))]),
]

BAKES: list[tuple[str, list[Event]]] = [
    ("a korvapuusti with coffee", [eat(p(CINNAMON_ROLL, 1, "roll"), p(COFFEE, 1, "cup"))]),
    ("a franzbrötchen", [eat(p(CINNAMON_ROLL, 1, "roll"))]),
    ("a laugenbrezel", [eat(p(SOFT_PRETZEL, 1, "medium"))]),
    ("a broodje ham", [eat(combo(f"{ROLL}|{HAM}", p(ROLL, 1, "roll"), g(HAM, 30)))]),
    ("a slice of black forest gateau", [eat(g(CHOC_CAKE, 80))]),
]

CREME: list[tuple[str, list[Event]]] = [
    ("30g creme cheese on a rice cake", [eat(g(CREAM_CHEESE, 30), p(RICE_CAKE, 1, "cake"))]),
    ("a tbsp of salad creme", [eat(p(SALAD_CREAM, 1, "tbsp"))]),
]

#: Written after the first batch landed, before their fixes (scored on b36f7fd).
TUBS: list[tuple[str, list[Event]]] = [
    ("a tub of cottage cheese", [eat(g(COTTAGE, 300))]),
    ("half a tub of houmous", [eat(g(HUMMUS, 100))]),
    ("a tub of hummus with 2 pitta breads", [eat(g(HUMMUS, 200), p(PITA, 2, "pita, large"))]),
]

MANDARINS: list[tuple[str, list[Event]]] = [
    ("3 mandarins", [eat(p(MANDARIN, 3, "medium"))]),
    ("a tangerine and a banana", [eat(p(MANDARIN, 1, "medium"), p(BANANA, 1, "medium"))]),
    ("4 satsumas after parkrun", [eat(p(MANDARIN, 4, "medium"))]),
    ("2 easy peelers", [eat(p(MANDARIN, 2, "medium"))]),
]

DAL: list[tuple[str, list[Event]]] = [
    ("a bowl of yellow dal and 2 chapatis", [eat(p(LENTILS, 1, "cup"), p(ROTI, 2, "piece"))]),
    ("bowl of moong dal", [eat(p(LENTILS, 1, "cup"))]),
    ("a bowl of dhal with a roti", [eat(p(LENTILS, 1, "cup"), p(ROTI, 1, "piece"))]),
]

ONE_NAME_TWO_WORDS: list[tuple[str, list[Event]]] = [
    ("a toasted tea cake with butter", [eat(p(CINNAMON_ROLL, 1, "roll"), g(BUTTER, 5))]),
    ("2 tea cakes", [eat(p(CINNAMON_ROLL, 2, "roll"))]),
]

RASHERS: list[tuple[str, list[Event]]] = [
    ("a rasher sandwich", [eat(BACON_BUTTY)]),
    ("2 rasher sambos", [eat(BACON_BUTTY, BACON_BUTTY)]),
]

ASKED: list[tuple[str, list[Event]]] = [
    ("2 jamaican patties", [unknown()]),
    ("a piece of injera", [unknown()]),
]

#: Written before their fix (on fc209e1): a food named with the kind of food it is after it,
#: which had been counted twice ("a kitkat chocolate bar" was a KitKat and a chocolate bar).
KIND_AFTER: list[tuple[str, list[Event]]] = [
    ("a snickers chocolate bar after the tempo", [eat(p(SNICKERS, 1, "bar"))]),
    ("a twirl chocolate bar", [eat(g(MILK_CHOC, 43))]),
    ("walkers crisps and an apple", [eat(CRISP_BAG, p(APPLE, 1, "medium"))]),
    ("a maurten energy gel", [eat(g(GEL, 32))]),
    ("a powerade sports drink", [eat(ml(POWERADE, 500))]),
    ("a babybel cheese", [eat(g(EDAM, 20))]),
    ("2 tim tam biscuits", [eat(g(TIM_TAM, 36))]),
]

#: Written after the fix was coded, scored on main c1d4f68 before it was landed: toast
#: misspelt after "on" (it had been dropped as a place: "2 fried eggs on tost" logged the eggs
#: alone) and a toast dish counted by the slice ("cheese on toast x2" is two slices).
TOAST: list[tuple[str, list[Event]]] = [
    ("2 poached eggs on toastt", [eat(p(POACHED, 2, "large"), p(TOAST, 2, "slice"))]),
    ("2 fried eggs on tost", [eat(p(FRIED_EGG, 2, "large"), p(TOAST, 2, "slice"))]),
    ("beans on tost", [eat(g(BEANS, 207), p(TOAST, 2, "slice"))]),
    ("chesse on toast x4", [eat(p(TOAST, 4, "slice"), g(CHEDDAR, 80))]),
    ("cheese on toats x3", [eat(p(TOAST, 3, "slice"), g(CHEDDAR, 60))]),
]

#: Written before their fix (on 0453186): shop and bakery names SR28 has a row for.
SHOP_NAMES: list[tuple[str, list[Event]]] = [
    ("2 snickerdoodles", [eat(p(SUGAR_COOKIE, 2, "cookie"))]),
    ("2 finger rolls", [eat(p(ROLL, 2, "roll"))]),
    ("an activia after the run", [eat(g(FRUIT_YOGURT, 125))]),
    ("a muller corner", [eat(g(FRUIT_YOGURT, 135))]),
]

BLOCK = {
    "bread by the cut": BREAD_BY_THE_CUT,
    "roots and staples": ROOTS,
    "drinks by their local name": DRINKS,
    "bakes of northern europe": BAKES,
    "creme for cream": CREME,
    "a tub by its weight": TUBS,
    "mandarins": MANDARINS,
    "a bowl of dal": DAL,
    "one name in two words": ONE_NAME_TWO_WORDS,
    "a sandwich of rashers": RASHERS,
    "asked, not a look-alike": ASKED,
    "a food and its kind": KIND_AFTER,
    "toast misspelt and counted": TOAST,
    "shop and bakery names": SHOP_NAMES,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-foods3-2026-11-30.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
