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

The second list (329 names more, written after the first fixes had been made and scored, its
probes, the "second list" group, before its own fixes): Australia and New Zealand, Canada,
Ireland, the US, a UK supermarket's biscuits, sweets and puddings, chip shop and pub, sports.
Decided here, before its first scoring:
- a potato waffle USDA's oven-heated potato puffs (the same formed potato, 192 kcal a 100 g),
  57 g; cocktail sausages USDA's cooked pork and beef sausage by its link (13 g);
- malted milk biscuits (8 g) and Lotus Biscoff (7.8 g) USDA's butter cookie; a jammie dodger
  (18 g) and a Viennese whirl (28 g) USDA's shortbread; a French Fancy (27 g) and a slice of
  Battenberg (35 g) USDA's frosted yellow cake; a swiss roll slice (30 g) USDA's creme-filled
  sponge snack cake, a chocolate mini roll (27 g) its chocolate one with frosting;
- jelly tots (a 42 g packet) and cola bottles (a bag as the table's Haribo bag, 140 g) USDA's
  gumdrops; Smarties and Minstrels USDA's M&M's milk chocolate (a tube 38 g, a bag 42 g); a
  Whole Nut bar USDA's milk chocolate with nuts (45 g); a Kinder Bueno USDA's Kit Kat wafer (43
  g); a Galaxy Ripple milk chocolate (33 g); Bournville USDA's 45-59 % dark chocolate (45 g); a
  Snickers duo 83 g; a Chunky Kit Kat USDA's Big Kat; a Crispy Crunch USDA's Butterfinger (48
  g); a Luna bar, a Moon Pie (its 3 inch pie), an oatmeal creme pie and Cracker Jack (1 oz)
  their SR28 rows; a Klondike bar USDA's chocolate-covered ice cream bar, 84 g; a Myprotein
  bar the table's protein bar (60 g);
- Skinny Pop USDA's oil-popped popcorn, Terra chips USDA's vegetable chips, Pirate's Booty
  USDA's cheese puffs, Hunky Dorys USDA's potato chips, each by the 1 oz bag; wheat thins
  USDA's wheat crackers, cheese nips and Arnott's Shapes USDA's cheese crackers, a handful 28 g;
- a Snack Pack USDA's ready-to-eat pudding, its 3.5 oz shelf-stable container; Light & Fit the
  table's light yoghurt (170 g); Lactaid USDA's 2 % milk; Simply Orange USDA's orange juice; a
  Big M USDA's chocolate milk, a 600 ml carton; L&P USDA's lemon-lime soda; a bloody caesar a
  1.5 fl oz jigger of spirit in 150 ml of USDA's clam and tomato juice; Angel Delight USDA's
  instant vanilla pudding made with milk, a bowl half its cup;
- a pub burger USDA's large single hamburger; a Pukka pie the table's steak pie (USDA's beef pot
  pie); a pickled egg USDA's hard-boiled egg; scratchings USDA's pork skins, a 28 g bag; a
  peanut butter squeeze pack 32 g;
- tart cherry juice, a pavlova, an Eton mess and a spotted dick have no SR28 row nor a stand-in
  within 15 %: asked.
First score of the second list on branch foods8 at 6421fa1 (the first list's fixes in): 7.5 %
(4/53); the whole file 65.2 % (103/158), 70.6 % of items (120/170).

The third list (275 names more: chain menus item by item, breakfasts, takeaway and cafe dishes,
coffee by its local name; its probes the "third list" group, written before its fixes). Decided:
a Little Caesars or Papa John's slice its chain's 14 inch cheese slice; KFC fries the table's
fries, a regular (medium) serving; a KFC fillet burger the table's chicken burger (as "a zinger"
is labelled); a bacon and egg McMuffin USDA's Egg McMuffin (its Canadian bacon in it); a Taco
Bell crunchy taco its Original Taco (69 g); a Burger King double cheeseburger its row; a Subway
chicken teriyaki USDA's sweet onion chicken teriyaki, its 6 inch (228 g); a Wendy's chili USDA's
canned chili con carne, a small 8 oz cup (227 g); a beef enchilada USDA's restaurant cheese
enchilada, one (137 g); Chick-fil-A nuggets an 8-count (113 g) of USDA's white-meat nuggets; a
short black an espresso (30 g), a batch brew a cup of coffee, a flat white with oat a double
espresso with 150 ml of oat milk (the rice milk row, as the table's oat milk); a Cinnabon roll
asked (it had been Kellogg's Cinnabon pancakes). First score of the third list on branch
foods8 at 9ded4fe: 15.0 % (3/20); the whole file 86.5 % (154/178), 92.6 % of items (175/189).
Label correction after that score (my own slip): "2 pieces of kfc and kfc fries" had taken two
breasts with skin and bone (203 g), where the first foods block weighs a piece by its breast
without skin (142 g); it had failed either way.

The fourth list (188 names more: beer, wine, spirits and soft drinks by brand, teas, frozen and
tinned food, bakery and traybakes, plant milks; its probes the "fourth list" group, written
before its fixes). Decided: a lager by its brand (Madri, Camden Hells) USDA's regular beer by
the pint; an alcohol-free beer (Guinness Zero, Heineken 0.0) USDA's malt beverage "includes
non-alcoholic beer" (14305), a 330 ml bottle; Squashies the table's gumdrop sweets; a chocolate
crispy cake USDA's Rice Krispies Treats square, 25 g; chicken dippers (17 g) and turkey
dinosaurs (43 g) USDA's white-meat nuggets; an Earl Grey black tea; a lemon and ginger tea herb
tea; a Richmond sausage the table's sausage (40 g); "alpro" alone (a glass of it) USDA's
soymilk; a Shin Ramyun USDA's instant ramen; "a millionaires" the table's caramel shortbread.
First score of the fourth list on branch foods8 at bcd23f4: 0.0 % (0/15); the whole file 87.0 %
(168/193), 89.2 % of items (182/204).

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
    combo,
    eat,
    g,
    ml,
    p,
    unknown,
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
LINK_SAUSAGE = "07065|07064|07953"
GUMDROPS = "19106"
SPIRIT = "14037|14550|14049|14050|14051|14052"
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


# The second list (329 names more: Australia and New Zealand, Canada, Ireland, the US, a UK
# supermarket's biscuits, sweets and puddings, chip shop and pub, sports), written and scored
# before its fixes.
SECOND: list[tuple[str, list[Event]]] = [
    ("2 potato waffles", one(g("11399|11398", 2 * 57))),
    ("potato waffle and 2 fish fingers", [eat(g("11399|11398", 57), p("15027", 2, "stick"))]),
    ("4 cocktail sausages", one(p(LINK_SAUSAGE, 4, "link"))),
    ("3 malted milk biscuits", one(g("18155|18421", 3 * 8))),
    ("a slice of swiss roll", one(g("18128|18127", 30))),
    ("a chocolate mini roll", one(g("18127|18128", 27))),
    ("a packet of jelly tots", one(g(GUMDROPS, 42))),
    ("a bag of cola bottles", one(g(GUMDROPS, 140))),
    ("a myprotein bar", one(g("25067", 60))),
    ("a tube of smarties", one(g("19141", 38))),
    ("a whole nut bar", one(g("19132", 45))),
    ("a luna bar", one(p("25021", 1, "bar"))),
    ("a klondike bar", one(g("43506", 84))),
    ("a moon pie", one(p("18176", 1, "pie, marshmallow"))),
    ("an oatmeal creme pie", one(p("28300", 1, "cookie"))),
    ("a box of cracker jack", one(g("19038|19039", OZ))),
    ("a bag of skinny pop", one(g("19807|19035", OZ))),
    ("a handful of wheat thins", one(g("18232|18950", HANDFUL))),
    ("some cheese nips", one(g("18214", 30))),
    ("a bag of terra chips", one(g("25040", OZ))),
    ("a bag of pirate booty", one(g("19008", OZ))),
    ("a snack pack pudding", one(p("19201|19183", 1, "container shelf stable"))),
    ("a dannon light and fit", one(g("01184|43261", 170))),
    ("a glass of lactaid", one(ml("01079|01077|01211", GLASS))),
    ("a glass of simply orange", one(ml(OJ, GLASS))),
    ("a bag of hunky dorys", one(g("19411|19809|19042|19043|19421|19422", 28))),
    ("a montreal bagel", one(p("18001|18002", 1, "bagel"))),
    ("a crispy crunch", one(g("19069", 48))),
    ("a can of l&p", one(ml("14144", UK_CAN))),
    ("a handful of bbq shapes", one(g("18214", HANDFUL))),
    ("a big m", one(ml("01103|01102", 600))),
    ("a chunky kitkat", one(p("19250|19109", 1, "bar"))),
    ("a kinder bueno", one(g("19109", 43))),
    ("a galaxy ripple", one(g(MILK_CHOC, 33))),
    ("a bar of bournville", one(g("19902|19905", 45))),
    ("a snickers duo", one(g(SNICKERS, 83))),
    ("a bag of minstrels", one(g("19141", 42))),
    ("a jammie dodger", one(g("18192", 18))),
    ("a viennese whirl", one(g("18192", 28))),
    ("2 lotus biscoff", one(g("18155|18421", 2 * 7.8))),
    ("a mr kipling french fancy", one(g(FROSTED_CAKE, 27))),
    ("a slice of battenberg", one(g(FROSTED_CAKE, 35))),
    ("a pub burger", one(p("21112|21108", 1, "sandwich"))),
    ("a pukka pie", one(p("22529", 1, "pie"))),
    ("a pickled egg", one(p("01129", 1, "large"))),
    ("a bag of scratchings", one(g("19041", 28))),
    ("a squeeze pack of peanut butter", one(g(PB, 32))),
    ("a bowl of angel delight", one(g("19203|19123", 142))),
    ("a bloody caesar", one(combo("14187|11540|14037", ml("14187", 150), p(SPIRIT, 1, "jigger")))),
    ("a glass of tart cherry juice", [unknown()]),
    ("a slice of pavlova", [unknown()]),
    ("an eton mess", [unknown()]),
    ("a bowl of spotted dick", [unknown()]),
]


# The third list (275 names more: chain menus item by item, breakfasts, takeaway and cafe
# dishes, coffee by its local name), written and scored before its fixes.
THIRD: list[tuple[str, list[Event]]] = [
    ("2 slices of little caesars", one(p("21287|21288", 2, "slice"))),
    ("a little caesars slice", one(p("21287|21288", 1, "slice"))),
    ("3 slices of papa johns", one(p("21283|21284", 3, "slice"))),
    ("a papa johns slice", one(p("21283|21284", 1, "slice"))),
    ("kfc fries", one(p("21238|21138", 1, "medium serving"))),
    (
        "2 pieces of kfc and kfc fries",
        [eat(p("21469|21434", 2, "breast, without skin"), p("21238|21138", 1, "medium serving"))],
    ),
    ("a kfc fillet burger", one(p("21355|21526", 1, "sandwich"))),
    ("a bacon and egg mcmuffin", one(p("21357", 1, "sandwich"))),
    ("a taco bell crunchy taco", one(p("21260", 1, "each taco"))),
    ("3 crunchy tacos", one(p("21260", 3, "each taco"))),
    ("a burger king double cheeseburger", one(p("21506", 1, "sandwich"))),
    ("a subway chicken teriyaki", one(p("21150", 6, "inch sub"))),
    ("a wendy's chili", one(g("22904", 227))),
    ("a short black", one(g("14210", 30))),
    ("a batch brew", one(p(COFFEE, 1, "cup"))),
    ("a flat white with oat", one(combo("14210|14639", g("14210", 60), g("14639", 150)))),
    ("a beef enchilada", one(p("36050|22981", 1, "enchilada"))),
    ("a chick fil a nuggets", one(g("22975|21309", 113))),
    ("a cinnabon", [unknown()]),
    ("a cinnabon classic roll", [unknown()]),
]


# The fourth list (188 names more: beer, wine, spirits and soft drinks by brand, teas, frozen
# and tinned food, bakery and traybakes, plant milks), written and scored before its fixes.
FOURTH: list[tuple[str, list[Event]]] = [
    ("a pint of madri", one(ml(BEER, PINT))),
    ("2 pints of camden hells", one(ml(BEER, 2 * PINT))),
    ("a guinness zero", one(ml("14305", UK_CAN))),
    ("a pint of alcohol free beer", one(ml("14305", PINT))),
    ("a bag of squashies", one(g(GUMDROPS, 140))),
    ("2 chocolate crispy cakes", one(g("19438", 2 * 25))),
    ("a rice krispie cake", one(g("19438", 25))),
    ("5 chicken dippers", one(g("22975", 5 * 17))),
    ("2 turkey dinosaurs", one(g("22975", 2 * 43))),
    ("an earl grey", one(p(TEA, 1, "cup"))),
    ("a lemon and ginger tea", one(p("14381", 1, "cup"))),
    ("2 richmond sausages", one(g(LINK_SAUSAGE, 2 * 40))),
    ("a glass of alpro", one(ml("16139|16120", GLASS))),
    ("a shin ramyun", one(g("06583", 81))),
    ("a millionaires", one(g("18192", 50))),
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
    "second list": SECOND,
    "third list": THIRD,
    "fourth list": FOURTH,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-foods8-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
