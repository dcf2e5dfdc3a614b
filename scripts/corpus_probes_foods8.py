"""The "foods" probes block, round 9 (2026-12-02, issue 15): BREADTH, written BEFORE any fix by
the helper who grows the vocabulary (foods8) from a list of 963 foods and drinks people in the
UK, Ireland, the US, Australia, New Zealand and Canada eat in a normal week, by supermarket
category and chain menu (bakery, cereals by brand, dairy, deli, ready meals, snacks and sweets
by brand, soft drinks by brand, chains, pub and regional dishes, sports nutrition), not from
any block's misses. Each of the 963 was parsed and triaged (right / wrong / unknown); these
probes take the wrong and unknown ones SR28 has a fitting row for, and a sample of the right
ones in every category, so a fix that breaks a neighbour shows.

Portions a message leaves open follow the earlier blocks' docstrings
(scripts/corpus_probes_foods7.py lists them: a bowl of cereal 30 g with 125 ml of milk when milk
is named, a glass of juice or milk 250 ml, a pint 568 ml, a UK can 330 ml, a US can 12 fl oz,
fast food USDA's restaurant row, whole item, a pot of yoghurt USDA's 6 oz container, a handful
28 g). New ones, decided here from SR28's rows and household measures before the first scoring:
- crab sticks are USDA's imitation crab (surimi), 17 g a stick (a 250 g pack holds 15);
- ginger cake is USDA's gingerbread, its piece (74 g); a coffee and walnut cake slice USDA's
  frosted yellow cake by its serving (67 g), one cake, not a coffee, walnuts and a cake;
- a toaster strudel and a pain au raisin are USDA's fruit Danish pastry (it "includes
  raisin"), its "Toaster Strudel" measure (53 g) and its pastry (71 g);
- Multi-Grain Cheerios and Kashi GoLean are their own SR28 rows, 30 g a bowl;
- a Laughing Cow or Dairylea triangle is USDA's cream-cheese-based cheese spread, 17.5 g;
- toffee or caramel popcorn USDA's caramel-coated popcorn; a Crunch bar USDA's Nestle Crunch
  (44 g); a four-finger Kit Kat USDA's 1.5 oz bar; a Lindt ball USDA's truffle piece (12 g);
  a Flake (32 g) and an Aero (36 g) USDA's milk chocolate by the bar's weight;
- Mountain Dew USDA's "yellow green colored citrus soft drink with caffeine" (14079); ginger
  beer USDA's ginger ale; Relentless an energy drink, its 500 ml can; Tropicana USDA's orange
  juice; a Capri Sun USDA's fruit punch drink, a 200 ml pouch;
- a Subway meatball marinara USDA's meatball marinara sub (its 6 inch, 209 g); a Chipotle
  burrito USDA's generic burrito row; a chicken and mushroom pie USDA's chicken pot pie (302 g);
  a "parma" (Australia) USDA's restaurant chicken parmesan; hawaiian pizza USDA's chain 14"
  slice (SR28 has no ham and pineapple pizza); a Pizza Hut pepperoni slice its own row;
- a Yoplait USDA's low fat fruit yoghurt, its 6 oz container; a Tracker bar USDA's soft
  granola bar (37 g); an SiS or Torq bar USDA's energy bar (55 g).

Labels as in the earlier blocks (corpus_labels.py). First score, on main at ddd2e28 before any
table change: 65.7 % of event messages fully right (69/105), 74.4 % of meal items resolved
(90/121), 1.0 % leftover (1/105).

Label corrections after the first scoring (my own mistakes, found reading the misses; no parser
output was taken as a reference): "2 clementines" had taken USDA's tangerine row, where SR28 has
its own clementine row (09433, its fruit 74 g), now that row first, the tangerine accepted; "a
croissant and a latte" had written the latte as two items (espresso and milk), where the blocks
write it as one drink made of them (scripts/corpus_heldout3.py's LATTE), now that; "a brownie
from the bake sale" had taken the commercial brownie row, where a bake sale's is home-made
(USDA's brownie prepared from recipe, 18154), now that row first by the large square's 56 g
(SR28's own 18154 measure is a 2-inch square, 24 g, a small one), the commercial row accepted.
With them the same parser scores 67.6 % (71/105), the items 75.0 % (90/120), 0 leftover.
"""

from __future__ import annotations

from pathlib import Path

from corpus_heldout3 import LATTE
from corpus_labels import (
    APPLE,
    BANANA,
    BEER,
    BIG_MAC,
    CHEDDAR,
    CLIF,
    COFFEE,
    CROISSANT,
    GATORADE,
    GRANOLA_BAR,
    HUMMUS,
    MC_FRIES,
    MILK_CHOC,
    NUGGETS,
    PB,
    RED_BULL,
    SEMI,
    SNICKERS,
    TEA,
    WHOPPER,
    Item,
    Meal,
    eat,
    g,
    ml,
    p,
    write_new,
)

Event = dict[str, object] | Meal
BOWL = 30.0
BOWL_MILK = 125.0
GLASS = 250.0
PINT = 568.0
UK_CAN = 330.0
US_CAN = 12 * 29.5735
HANDFUL = 28.0
OZ = 28.35
CRAB_STICK = 17.0
TRIANGLE = 17.5
IMITATION_CRAB = "15138|15109|15153"
CHEESE_SPREAD = "43276|01048|01259"
FRUIT_DANISH = "18246|18431|18362|18939"
CARAMEL_POPCORN = "19039|19038"
YOPLAIT = "01122|01120|01121|01203|43261|01218"
ENERGY_BAR = "25016|25005"
SOFT_GRANOLA_BAR = "19406|19015"
OJ = "09206|09209|09215"
MOUNTAIN_DEW = "14079"
GINGER_ALE = "14136"
ENERGY_CAN = "14627|14154|14629|14030"
FRUIT_PUNCH = "14264|14267"
MEATBALL_SUB = "21158|21157"
CHICKEN_POT_PIE = "22906"
CHICKEN_PARM = "36059"
CHAIN_SLICE = "21299|21300|21293"
PH_PEPPERONI = "21296|21297|21491|21274"
FROSTED_CAKE = "18141|18146|18096"
GINGERBREAD = "18116"


def one(item: Item, label: str | None = None) -> list[Event]:
    return [eat(item, label=label)]


def cereal(ndbs: str, milk: str | None = None) -> list[Event]:
    items = [g(ndbs, BOWL)]
    if milk is not None:
        items.append(ml(milk, BOWL_MILK))
    return [eat(*items)]


GAPS: list[tuple[str, list[Event]]] = [
    ("had 6 crab sticks", one(g(IMITATION_CRAB, 6 * CRAB_STICK))),
    (
        "crab sticks x4 and a yoghurt",
        [eat(g(IMITATION_CRAB, 4 * CRAB_STICK), g("01256|01116|01117|43261|01120", 150))],
    ),
    ("piece of ginger cake at the cafe", one(p(GINGERBREAD, 1, "piece"))),
    (
        "a slice of ginger cake and a cup of tea",
        [eat(p(GINGERBREAD, 1, "piece"), p(TEA, 1, "cup"))],
    ),
    ("a toaster strudel before the run", one(p(FRUIT_DANISH, 1, "Toaster Strudel"))),
    ("pain au raisin for breakfast", one(p(FRUIT_DANISH, 1, "pastry"), "breakfast")),
    (
        "a pain aux raisins and a black coffee",
        [eat(p(FRUIT_DANISH, 1, "pastry"), p(COFFEE, 1, "cup"))],
    ),
    ("bowl of multigrain cheerios with semi skimmed", cereal("08087", SEMI)),
    ("a bowl of kashi go lean", cereal("08393|08386|08560")),
    ("2 laughing cow triangles", one(g(CHEESE_SPREAD, 2 * TRIANGLE))),
    ("a dairylea triangle and an apple", [eat(g(CHEESE_SPREAD, TRIANGLE), p(APPLE, 1, "medium"))]),
    ("handful of toffee popcorn", one(g(CARAMEL_POPCORN, HANDFUL))),
    ("30g caramel popcorn", one(g(CARAMEL_POPCORN, 30))),
    ("a crunch bar", one(p("19145", 1, "bar 1.55 oz"))),
    ("a 4 finger kitkat with my coffee", [eat(p("19109", 1, "bar (1.5 oz)"), p(COFFEE, 1, "cup"))]),
    ("3 lindt balls", one(p("19138", 3, "piece"))),
    ("a flake", one(g(MILK_CHOC, 32))),
    ("an aero bar", one(g(MILK_CHOC, 36))),
    ("a can of mountain dew", one(ml(MOUNTAIN_DEW, US_CAN))),
    ("a glass of ginger beer", one(ml(GINGER_ALE, GLASS))),
    ("a can of relentless", one(g(ENERGY_CAN, 500))),
    ("a glass of tropicana, no bits", one(ml(OJ, GLASS))),
    ("a capri sun", one(ml(FRUIT_PUNCH, 200))),
    ("subway meatball marinara 6 inch", one(p(MEATBALL_SUB, 6, "inch sub"))),
    ("a chipotle burrito", one(p("21064|21264|21061|21060", 1, "burrito"))),
    ("a chicken and mushroom pie for tea", one(p(CHICKEN_POT_PIE, 1, "pie"), "dinner")),
    ("a parma and a pint at the pub", [eat(p(CHICKEN_PARM, 1, "serving"), ml(BEER, PINT))]),
    ("chicken parma for dinner", one(p(CHICKEN_PARM, 1, "serving"), "dinner")),
    ("2 slices of hawaiian pizza", one(p(CHAIN_SLICE, 2, "slice"))),
    ("2 slices of pizza hut pepperoni", one(p(PH_PEPPERONI, 2, "slice"))),
    ("a slice of coffee and walnut cake", one(p(FROSTED_CAKE, 1, "serving"))),
    ("a yoplait", one(p(YOPLAIT, 1, "container (6 oz)"))),
    ("a tracker bar", one(g(SOFT_GRANOLA_BAR, 37))),
    ("an sis bar at halfway", one(p(ENERGY_BAR, 1, "bar"))),
    ("a torq bar", one(p(ENERGY_BAR, 1, "bar"))),
]

BAKERY: list[tuple[str, list[Event]]] = [
    ("a cinnamon raisin bagel, toasted", one(p("18005", 1, "medium bagel"))),
    ("2 slices of rye bread", one(p("18060", 2, "slice"))),
    ("an english muffin with butter", [eat(p("18258|18259", 1, "muffin"), g("01001", 5))]),
    ("a croissant and a latte", [eat(p(CROISSANT, 1, "croissant, medium"), LATTE)]),
    ("a glazed donut from the office box", one(p("18255|18250", 1, "doughnut medium"))),
    ("a boston cream donut", one(p("18254|18248", 1, "doughnut oval"))),
    ("a blueberry muffin at the station", one(p("18274", 1, "medium"))),
    ("a slice of banana bread from the cafe", one(p("18019", 1, "slice"))),
    ("a brownie from the bake sale", one(g("18154|18151", 56))),
    ("2 digestives", one(p("18173", 2, "large rectangular piece"))),
    ("3 oreos from the cupboard", one(p("28272|18166", 3, "cookies"))),
    ("a pop tart at 6am", one(p("18362|18476|18477|18481|28167", 1, "pastry"))),
    ("2 pancakes", one(p("18390|18293", 2, "pancake"))),
]

CEREALS: list[tuple[str, list[Event]]] = [
    ("a bowl of cheerios, dry", cereal("08013")),
    ("bowl of rice krispies with semi skimmed", cereal("08065", SEMI)),
    ("a bowl of frosties, kid's leftovers", cereal("08069")),
    ("a bowl of golden grahams", cereal("08035")),
    ("a bowl of raisin bran at my desk", cereal("08060")),
    ("a bowl of lucky charms before bed", cereal("08050")),
    ("a bowl of cinnamon toast crunch, no milk", cereal("08272")),
]

DAIRY: list[tuple[str, list[Event]]] = [
    ("a glass of skimmed milk", one(ml("01085|01151", GLASS))),
    ("a babybel in the car", one(g("01018|01009", 20))),
    ("a slice of swiss cheese on its own", one(p("01040", 1, "slice"))),
    ("a pot of greek yoghurt mid morning", one(p("01256|01293", 1, "container"))),
    ("a scoop of ice cream on the sofa", one(p("19095", 1, "serving"))),
    ("a glass of chocolate milk straight after", one(ml("01102|01103|01202", GLASS))),
    ("a wendy's frosty", one(p("21248", 1, "medium"))),
]

DELI: list[tuple[str, list[Event]]] = [
    ("3 slices of ham", one(p("07029|07028", 3, "slice"))),
    ("2 rashers of bacon, crispy", one(p("10860|10862|10861", 2, "slice"))),
    ("a bratwurst", one(p("07013", 1, "link"))),
    ("a tin of tuna straight from the tin", one(p("15121|15184", 1, "can"))),
    ("4 fish fingers for tea", one(p("15027", 4, "stick"), "dinner")),
    ("2 fried eggs", one(p("01128|01123", 2, "large"))),
    ("just a boiled egg", one(p("01129|01123", 1, "large"))),
    ("a hot dog at the match", one(p("21118", 1, "sandwich"))),
]

CHAINS: list[tuple[str, list[Event]]] = [
    (
        "a big mac and a medium fries",
        [eat(p(BIG_MAC, 1, "item"), p(MC_FRIES, 1, "medium serving"))],
    ),
    ("6 chicken mcnuggets", one(p(NUGGETS, 6, "pieces"))),
    ("a filet o fish at the services", one(p("21232", 1, "sandwich"))),
    ("a mcchicken on the way back", one(p("21355", 1, "sandwich"))),
    ("a whopper at the drive thru", one(p(WHOPPER, 1, "item"))),
    ("a dave's single", one(p("21510", 1, "sandwich"))),
    ("taco bell burrito supreme on the drive home", one(p("21265", 1, "burrito"))),
    ("a mcflurry with the kids", one(p("21339", 1, "regular"))),
    ("leftover pepperoni pizza, 2 slices", one(p("21302|21274", 2, "slice"))),
]

SNACKS: list[tuple[str, list[Event]]] = [
    ("a snickers from the vending machine", one(p(SNICKERS, 1, "bar (2 oz)"))),
    ("a twix in the afternoon slump", one(p("19160", 1, "package (2.06 oz, 2 bars)"))),
    ("a bag of m&ms from the garage", one(p("19141", 1, "package (1.69 oz)"))),
    ("a packet of skittles", one(p("19370", 1, "serving"))),
    ("a bag of crisps", one(g("19411|19809|19042|19043|19421|19422", 28))),
    ("some doritos", one(g("19057|19056", OZ))),
    ("a handful of almonds at 4", one(g("12061", HANDFUL))),
    ("a clif bar on the trail", one(p(CLIF, 1, "bar"))),
    ("a granola bar in the afternoon", one(p(GRANOLA_BAR, 1, "bar"))),
    ("2 medjool dates, pre long run", one(p("09421", 2, "date"))),
    ("2 rice cakes with peanut butter", [eat(g("19414|19052|19053|19413", 18), p(PB, 2, "tbsp"))]),
    ("hummus and carrot sticks", [eat(p(HUMMUS, 2, "tbsp"), g("11960|11124", 85))]),
]

FRUIT_VEG: list[tuple[str, list[Event]]] = [
    ("a banana on the way out", one(p(BANANA, 1, "medium"))),
    ("2 clementines", one(p("09433|09218", 2, "fruit"))),
    ("a kiwi, peeled", one(p("09148", 1, "fruit"))),
    ("half an avocado with salt", one(g("09037", 68))),
    (
        "a baked potato with beans and cheese",
        [eat(p("11674", 1, "potato medium"), p("16006", 0.5, "cup"), g(CHEDDAR, 28))],
    ),
]

DRINKS: list[tuple[str, list[Event]]] = [
    ("a can of coke at my desk", one(ml("14148|14400", UK_CAN))),
    ("a sprite at the cinema", one(ml("14144", UK_CAN))),
    ("a red bull", one(p(RED_BULL, 1, "can"))),
    ("a bottle of gatorade on the bike", one(p(GATORADE, 1, "bottle"))),
    ("a pint of guinness after work", one(ml(BEER, PINT))),
    ("a glass of red wine", one(ml("14096", 175))),
    ("a glass of apple juice at the table", one(ml("09400|09016", GLASS))),
    ("a glass of cranberry juice", one(ml("14242", GLASS))),
    ("a cup of coffee", one(p(COFFEE, 1, "cup"))),
]

BLOCK = {
    "gaps sr28 fills": GAPS,
    "bakery": BAKERY,
    "cereals by brand": CEREALS,
    "dairy": DAIRY,
    "deli and fish": DELI,
    "chains": CHAINS,
    "snacks and sweets": SNACKS,
    "fruit and veg": FRUIT_VEG,
    "drinks": DRINKS,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-foods8-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
