"""The tenth held-out block: messages written on 2026-11-30 from 19:35 UTC, never fixed against.

Written in one sitting by a helper (writer) who had not read the parser (engine/parsing/, the
food tables and their everyday names, the quantity, unit and time words) nor any block's list
of misses, and scored on 2bdb204, the start of that session, before any parser change was made
for it (tests/data/README.md records the score and any label correction).

About two thirds of its event messages are in the everyday voices the outside checks use most,
written fresh (new foods, new phrasings): club runners in the UK, Ireland and Scotland, US
runners, Australians, New Zealanders and Canadians, ultra and trail, triathletes, beginners,
whole-day logs in one message, watch and app copy, voice dictation, typos and emoji, weigh-ins
and gym and cross-training sessions. The other third are situations and ways of writing no
earlier block had. Chat that logs nothing: questions, thanks, plans, goals, other people's runs
and food, numbers that are no event.

Portions a message leaves open follow the earlier blocks' docstrings where they decided one (a
brew is a mug of tea with 30 ml semi-skimmed, a pint 568 ml, a UK bag of crisps 25 g, chippy
chips 250 g, oven chips at home 150 g, a handful 28 g, a bowl of cereal 30 g with 125 ml of
milk, bare "toast" 2 slices, bare "pb" 2 tbsp, butter a pat per slice, honey "with honey" a
tablespoon, jam a tablespoon a slice, a scoop of whey 30 g, a side of vegetables 80 g, a salmon
fillet half of USDA's, British sausages 40 g each, a pot of yoghurt 150 g, granola on yoghurt
28 g, a glass of juice or milk 250 ml (a US glass of milk USDA's cup), a UK can 330 ml, a glass
of wine 175 ml, an aid-station cup USDA's cup, a cup of ramen there 40 g of dry noodles, half a
pb&j a slice with 16 g of peanut butter and half a tablespoon of jelly, a bowl of soup, stew or
chili USDA's cup, a bagel's schmear 2 tbsp of cream cheese, fast food USDA's restaurant row,
whole item, a chicken breast with no weight 120 g cooked, a jacket potato USDA's large baked
potato with half a tin of beans (200 g) and 30 g of grated cheese, tuna mayo on it 100 g of
tuna salad, a side salad 80 g of lettuce, a stack of pancakes 3 (4"), syrup on pancakes 2 tbsp,
eggs on toast 2 fried eggs on 2 slices, a plate of leftovers 3 oz of turkey, a cup of stuffing,
a cup of mash, a quarter cup of cranberry sauce, a turkey sandwich 2 slices with 3 oz of
turkey, a UK mince pie 60 g, a slice of fruit cake USDA's piece (43 g), a bowl of pasta 2 cups
of cooked spaghetti with half a cup of tomato sauce, 2 tbsp of pesto 31.5 g, a Twix 50 g, a
KitKat USDA's 1.5 oz bar, a square of dark chocolate 10 g, a cheese toastie 2 slices with 40 g
of cheddar, a latte 60 ml espresso and 300 ml semi-skimmed, a cafe con leche 120 ml of coffee
and 120 ml of whole milk, a G&T a jigger of gin and 150 ml tonic, a bacon butty 2 slices and 3
rashers, a bacon roll a roll and 2 rashers, a glazed doughnut USDA's medium yeast doughnut
(60 g), hash browns USDA's cup, custard half a cup of vanilla pudding, a pub steak pie USDA's
beef pot pie, a servo meat pie 175 g of it, Weet-Bix and Weetabix USDA's biscuit, a jelly baby
6 g, sausage and mash 2 sausages and a cup of mash, avocado half of one (68 g), "2 slices
sourdough" 100 g of USDA's French or Vienna bread, a packet of pub peanuts 50 g, foods SR28
lacks (crumpets, a scone, Yorkshire pudding, a pork pie, Tim Tams, a Greggs bake) unresolved,
gels, bars and drinks named by brand at the kcal the runner gives, a treadmill run given as a
speed and a time at the distance they imply, "74,3 kg" 74.3 kg). New ones, decided here before
the block was scored (USDA's own household measures where it has one):
- mulled wine, Christmas pudding, Kendal mint cake, toad in the hole, haggis, bannock, a London
  fog, Quavers, samosas, onion bhajis, a kebab, currywurst and garlic bread have no
  SR28 row: with no kcal given the meal should ask about them (unresolved, one per such food),
  whatever else it holds;
- an advent-calendar chocolate is 5 g of USDA's milk chocolate; a glass of eggnog USDA's cup;
  a Baileys 1.5 fl oz of USDA's coffee liqueur with cream; a slice of pecan or pumpkin pie
  USDA's commercial slice (133 g); whipped cream on pie 2 tbsp of the pressurised topping;
  cranberry sauce in a sandwich a tablespoon (a sixteenth of USDA's cup);
- a slice of chocolate birthday cake is USDA's in-store bakery piece (1/12 of a cake, 138 g);
  a brownie USDA's large square (56 g); a chocolate chip cookie USDA's cookie (12.9 g);
- a bourbon biscuit is the chocolate creme sandwich cookie row at 12 g (as block f's
  Joe-Joe's); shortbread by the piece USDA's cookie (11.8 g); Oreos USDA's cookie (12 g);
- a bowl of Irish (beef) stew USDA's cup of beef stew; neeps and tatties go with the haggis;
- "a salted potato" at an aid station USDA's boiled potato (136 g); a cup of watermelon USDA's
  diced cup;
- a quarter of a large pizza is a quarter of USDA's 14" chain pizza (895 g); half a pizza at a
  party half of USDA's 12" cheese pizza (738 g);
- a litre of orange juice 1000 ml; jam on a bagel a tablespoon a bagel; raisin bran "a cup"
  USDA's cup with 125 ml of milk;
- a Brötchen is USDA's hard (kaiser) roll, butter a pat each, Gouda "with Gouda" a 20 g slice
  each; a croissant USDA's medium; a cafe au lait is the cafe con leche above;
- 10 almonds 12 g (USDA's almond 1.2 g); a Wendy's junior cheeseburger USDA's item, its small
  fries USDA's small serving;
- a hot dog at a game is USDA's plain fast-food hot dog; 2 bowls of cornflakes 60 g with 250 ml
  of semi-skimmed;
- parkrun is 5 km, a junior parkrun 2 km; numbers written in words mean the same figures; a
  half marathon written as "13.1 miles" is 13.1 miles, written as "half" 21.0975 km;
- a double (two runs in a day, or a run and a swim) is two events; a cross trainer is an
  elliptical; deep-water running and aqua jogging are "aqua jog";
- a pregnant or postpartum runner's weeks, and anyone's ascent, are no figures of the run.

Label corrections after the first scoring (my own mistakes, found reading the misses; no parser
output was taken as a reference): "2 bowls of cornflakes and a banana" had 250 ml of milk the
message never names (the bowl-of-cereal rule sizes milk the runner mentions), now cornflakes and
the banana alone; "3 G&Ts" was labelled as three foods although the message names one food
three times, now one item (3 jiggers of gin, 450 ml of tonic: the same kcal); Oreos accepted
only the two regular chocolate creme sandwich cookie rows, not the other chocolate creme
sandwich cookie rows the earlier blocks' Oreo label accepts (18199, 28272), now all (same
reference, 12 g a cookie of 18166). Before them the same parser scored 75.7 % (165/218), 87.7 %
of items (192/219), 1.8 % leftover (4/218), 2 invented; after, 76.1 % (166/218), 89.4 %
(193/216), 0.9 % (2/218), 2 invented.

Label corrections by the convention decided after the block (a stand-in SR28 row within 15 %
of a published kcal stands; evidence in scripts/corpus_probes_foods5.py): garlic bread has an
SR28 row ("Garlic bread, frozen", 18963, a 59 g slice), so "marathon eve dinner: ... 2 slices
of garlic bread" is that bread with the bowl of pasta this docstring weighs, not a meal that
asks; Quavers are SR28's extruded cheese puffs (19008, 560 kcal a 100 g; Walkers publish 535,
107 kcal for a 20 g bag), so "a bag of Quavers and a can of coke" is 20 g of them and the can. A
Tim Tam is SR28's chocolate-coated graham cracker at 18 g (90 kcal; Arnott's publish 95-97 for
an 18 g biscuit), so "Tim Tams x2 with a cuppa" is two of them and the brew; a Christmas
pudding is SR28's fruitcake (324 kcal a 100 g; published puddings 318-349), 100 g a serving,
so "christmas pudding with custard" is that and half a cup of custard (block c's). Mulled
wine is red wine with about 10 g of sugar a glass (~105 kcal a 100 ml; the Verbraucherzentrale
Brandenburg puts Glühwein at ~110), so "2 mince pies and a mulled wine" is the two pies and a
175 ml glass of it.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import (
    BREW,
    CHIPPY_CHIPS,
    CRISP_BAG,
    SPAG_BOL,
    TOAST2,
    TUNA_SARNIE,
    bangers,
    pint_of,
    rashers,
)
from corpus_heldout import (
    BACON_ROLL,
    BEEF_STEW,
    CRANBERRY,
    POACHED,
    SCRAMBLED,
    TURKEY_ROAST,
    TURKEY_SARNIE,
    WHIPPED,
    jelly_babies,
)
from corpus_heldout2 import (
    BACON_BUTTY,
    G_AND_T,
    GIN,
    OREO,
    RAMEN,
    STEAK_PIE,
    TONIC,
    TUNA_MAYO,
)
from corpus_heldout3 import CUSTARD, EGGS_ON_TOAST, LATTE, TWIX_G, aid_cups
from corpus_heldout4 import OVERNIGHT_OATS
from corpus_heldout5 import (
    BANANA_BREAD,
    CHICKEN_FILLET_ROLL,
    LONG_BLACK,
    MEAT_PIE,
    MEAT_PIE_G,
    weetbix,
)
from corpus_heldout6 import HAM_SALAD_SARNIE, KAISER, MILK_2PC, SCHMEAR, WHEAT_PBJ
from corpus_heldout7 import BOWL_OF_PASTA, CAFE_CON_LECHE, TOASTIE
from corpus_labels import (
    ALMONDS,
    APPLE,
    AVOCADO,
    BAGEL,
    BANANA,
    BEANS,
    BEER,
    BOILED_POTATO,
    BREAD,
    BROCCOLI,
    BUTTER,
    CASHEWS,
    CHEDDAR,
    CHICKEN,
    CHOC_CHIP,
    CHOC_MILK,
    COFFEE,
    COLA,
    CORNFLAKES,
    CROISSANT,
    DARK_CHOC,
    FISH_BATTERED,
    FRIED_EGG,
    GATORADE,
    GRANOLA,
    GRAVY,
    GREEK,
    HONEY,
    HOTDOG,
    JAM,
    KETCHUP,
    KITKAT,
    MAPLE,
    MASH,
    MILK,
    MILK_CHOC,
    OATS,
    OJ,
    OVEN_CHIPS,
    PANCAKES,
    PASTA,
    PB,
    PEANUTS,
    PEAS,
    PIZZA,
    PORRIDGE,
    PRETZELS,
    RED_WINE,
    RICE,
    RICE_CAKE,
    ROLL,
    SALMON,
    SEMI,
    SHORTBREAD,
    SKIM,
    STEAK,
    WALNUTS,
    WATERMELON,
    WBREAD,
    WEETABIX,
    Item,
    Meal,
    Voices,
    act,
    combo,
    eat,
    g,
    gym,
    mi,
    ml,
    p,
    pounds,
    run,
    stated,
    stone,
    unknown,
    weight,
    write_new,
)

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout-2026-11-30j.jsonl"

HALF_MARATHON = 21.0975
MARATHON = 42.195
GLASS_ML = 250.0
UK_CAN_ML = 330.0
BOWL_OF_MILK = 125.0
VEG = 80.0
HANDFUL = 28.0
GRAVY_G = 60.0
GRATED_G = 30.0
HALF_TIN_BEANS_G = 200.0
WINE_ML = 175.0
PUB_PEANUTS_G = 50.0
ADVENT_CHOC_G = 5.0
GOUDA_SLICE_G = 20.0
ALMOND_G = 1.2
PEPPERONI_14 = "21302|21274|21296"
PIZZA_14_G = 895.0
PIZZA_12_G = 738.0

BOURBON = "18166|18167"
BOURBON_G = 12.0
RAISIN_BRAN = "08060|08061|08484"
JR_CHEESEBURGER = "21242|21240"
WENDYS_FRIES = "21247|21238|21138"
GRITS = "08091|08093"
EGGNOG = "01057"
BAILEYS = "14415"
PECAN_PIE = "18324|18325"
PUMPKIN_PIE = "18326|18327"
FRUITCAKE = "18110"
CHOC_CAKE = "18096|18101"
BROWNIE = "18151|18154"
GLAZED = "18255|18436|18250"
GOUDA = "01022"
HASH_BROWNS = "11391|11370|21026"
TOMATO_SOUP = "06359|06559|06159|06358"
SOURDOUGH = "18029|18030"
YOG_POT = "01116|01117|01256|01293"
BOILED_EGG = "01129|01123|01132"
PESTO = "06626|06627"
GREEN_BEANS = "11061|11053|11052"
CHICKEN_BREAST_G = 120.0


def pat(count: float = 1.0) -> Item:
    return p(BUTTER, count, "pat")


def jacket(*toppings: Item) -> tuple[Item, ...]:
    return (p("11674", 1, "potato large"), *toppings)


Event = dict[str, object] | Meal

UK_CLUB: list[tuple[str, list[Event]]] = [
    ("club night: 5 x 1k off 90s, 10.4 km in total, 52:18", [run(10.4, 52.3)]),
    ("tuesday track with the harriers, 8 x 400, 7.2km 38:40 all in", [run(7.2, 38 + 40 / 60)]),
    ("cheese and beans jacket after the club run",
     [eat(*jacket(g(BEANS, HALF_TIN_BEANS_G), g(CHEDDAR, GRATED_G)))]),
    ("3 bourbons and a cuppa in the clubhouse", [eat(g(BOURBON, 3 * BOURBON_G), BREW)]),
    ("sunday long run with the club, 24.5k in 2:14:10, hilly", [run(24.5, 134 + 10 / 60)]),
    ("toad in the hole for tea, 2 sausages", [unknown(1)]),
    ("club 10k road race 41:56, chuffed", [run(10, 41 + 56 / 60)]),
    ("weighed in at 12st 3lb before the club champs", [stone(12, 3)]),
    ("jacket spud with tuna mayo and a side salad after the track session",
     [eat(*jacket(g(TUNA_MAYO, 100)), g("11251|11250", VEG))]),
    ("cross country at the county champs, 9.6km 41:12 through the mud",
     [run(9.6, 41.2)]),
    ("2 pints of lager and a bag of dry roasted peanuts after the handicap",
     [eat(pint_of(BEER, 2), g(PEANUTS, PUB_PEANUTS_G))]),
    ("beans on toast with a fried egg on top, 2 slices",
     [eat(g(BEANS, HALF_TIN_BEANS_G), TOAST2, p(FRIED_EGG, 1, "large"))]),
    ("steak pie, mash and peas at the club christmas dinner",
     [eat(p(STEAK_PIE, 1, "pie"), p(MASH, 1, "cup"), g(PEAS, VEG))]),
    ("chippy tea after the club relays: cod, chips and mushy peas",
     [eat(p(FISH_BATTERED, 1, "serving"), CHIPPY_CHIPS, g(PEAS + "|16086", VEG))]),
    ("ham salad sandwich and a packet of crisps on the way to the cross country",
     [eat(HAM_SALAD_SARNIE, CRISP_BAG)]),
]

IRISH_SCOTTISH: list[tuple[str, list[Event]]] = [
    ("Dublin marathon 3:28:44, legs in bits", [run(MARATHON, 208 + 44 / 60)]),
    ("a fry after the club run: 2 rashers, 2 sausages, a fried egg and beans",
     [eat(rashers(2), bangers(2), p(FRIED_EGG, 1, "large"), g(BEANS, HALF_TIN_BEANS_G))]),
    ("bowl of beef stew after the Phoenix Park 10k, 46:30",
     [eat(p(BEEF_STEW, 1, "cup")), run(10, 46.5)]),
    ("Pollok parkrun 22:47 👍", [run(5, 22 + 47 / 60)]),
    ("11 stane 2 this mornin", [stone(11, 2)]),
    ("ran 8k 40:50 then haggis, neeps and tatties for St Andrew's day",
     [run(8, 40 + 50 / 60), unknown(1)]),
    ("porridge made with water and a pinch of salt, then 16 miles in the hills 2:21:00",
     [eat(p(PORRIDGE, 1, "cup")), run(mi(16), 141)]),
    ("2 pieces of shortbread with a cup of tea",
     [eat(p(SHORTBREAD, 2, "cookie"), BREW)]),
    ("chicken fillet roll from the Centra after the long run", [eat(CHICKEN_FILLET_ROLL)]),
]

US: list[tuple[str, list[Event]]] = [
    ("8 mi easy on the greenway, 1:10:24", [run(mi(8), 70.4)]),
    ("2 strips of bacon, 2 scrambled eggs and 2 pancakes at ihop",
     [eat(rashers(2), p(SCRAMBLED, 2, "large"), p(PANCAKES, 2, 'pancake (4" dia)'))]),
    ("a cup of raisin bran with skim milk",
     [eat(p(RAISIN_BRAN, 1, "cup"), ml(SKIM, BOWL_OF_MILK))]),
    ("2 hot dogs at the high school football game", [eat(p(HOTDOG, 2, "sandwich"))]),
    ("wendy's jr cheeseburger and a small fry after the 10 miler",
     [eat(p(JR_CHEESEBURGER, 1, "item"), p(WENDYS_FRIES, 1, "small"))]),
    ("171.4 lb, weekly weigh in", [pounds(171.4)]),
    ("fartlek 45 min, 5.9 mi", [run(mi(5.9), 45)]),
    ("3 oreos and a glass of milk before bed",
     [eat(p(OREO, 3, "cookie"), p(MILK_2PC, 1, "cup"))]),
    ("turkey club on wheat, 520 cal", [eat(stated(520))]),
    ("marathon pace workout: 10 mi @ 7:45, 13 mi total 1:43:05",
     [run(mi(13), 103 + 5 / 60)]),
    ("bowl of grits with butter and 2 fried eggs",
     [eat(p(GRITS, 1, "cup"), pat(1), p(FRIED_EGG, 2, "large"))]),
    ("Quest bar, 190 cal, on the drive to the track", [eat(stated(190))]),
    ("ran the bridge loop twice, 9.3 miles in 1:16:50", [run(mi(9.3), 76 + 50 / 60)]),
    ("PB&J on wheat and a Gatorade before the long run",
     [eat(WHEAT_PBJ, p(GATORADE, 1, "bottle"))]),
    ("tempo tuesday 6 x 1 mile @ 6:50, 8.4 mi total 1:02:30", [run(mi(8.4), 62.5)]),
]

AUS_NZ_CANADA: list[tuple[str, list[Event]]] = [
    ("parkrun at Albert Park 21:58, stoked", [run(5, 21 + 58 / 60)]),
    ("brekkie: 2 Weet-Bix with full cream milk and a banana",
     [eat(*weetbix(2), p(BANANA, 1, "medium"), label="breakfast")]),
    ("meat pie with sauce from the servo after the trail run",
     [eat(g(MEAT_PIE, MEAT_PIE_G), p(KETCHUP, 1, "tbsp"))]),
    ("ran the City2Surf 14k in 1:08:12", [run(14, 68.2)]),
    ("79.6 kg, hot week so probably water", [weight(79.6)]),
    ("Tim Tams x2 with a cuppa", [eat(g("18174", 36), BREW)]),
    ("Queenstown trail 21k 2:24:30, 900m of climbing, hard out", [run(21, 144.5)]),
    ("10k on the seawall 49:10, then a london fog", [run(10, 49 + 10 / 60), unknown(1)]),
    ("a bowl of pea soup and a piece of bannock at the cabin", [unknown(1)]),
    ("-15 out so treadmill, 12 km 1:01:00", [run(12, 61)]),
    ("banana bread and a long black at the cafe after the Tan",
     [eat(p(BANANA_BREAD, 1, "slice"), ml(LONG_BLACK, 60))]),
    ("mince and cheese pie from the dairy after the Auckland half, 1:39:02",
     [eat(g(MEAT_PIE, MEAT_PIE_G)), run(HALF_MARATHON, 99 + 2 / 60)]),
]

ULTRA_TRAIL: list[tuple[str, list[Event]]] = [
    ("100k trail race done in 13:52:40, 4200m gain", [run(100, 13 * 60 + 52 + 40 / 60)]),
    ("aid station 4: 2 cups of broth, a salted potato and a handful of pretzels",
     [eat(p("06194|06172", 2, "cup"), p(BOILED_POTATO, 1, "potato"), g(PRETZELS, HANDFUL))]),
    ("back to back saturday: 32 km 3:41:00 on the ridgeway", [run(32, 221)]),
    ("sunday b2b 24 km 2:49:30 on tired legs", [run(24, 169.5)]),
    ("ate 5 Maurten gels, 100 kcal each, and 2 bottles of Tailwind at 200 each",
     [eat(stated(900))]),
    ("half a pb&j and a cup of watermelon at mile 30",
     [eat(combo(PB + "|19300|19297", p(BREAD, 1, "slice"), g(PB, 16), g("19300", 10.5)),
          p(WATERMELON, 1, "cup, diced"))]),
    ("skyrace 25k 3:58:10, 2000 m up and down", [run(25, 238 + 10 / 60)]),
    ("60 mile run overnight, 15 hrs 20 min", [run(mi(60), 920)]),
    ("cup of coke and 3 oreos at the last aid station",
     [eat(aid_cups(COLA, 1), p(OREO, 3, "cookie"))]),
    ("cup of ramen at the 50k mark", [eat(g(RAMEN, 40))]),
]

TRIATHLON: list[tuple[str, list[Event]]] = [
    ("open water 1500m 29:45 in the lake", [act("swim", 29.75, 1.5)]),
    ("long ride 3h10, 92 km, hilly", [act("cycle", 190, 92)]),
    ("70.3 done: swim 38:12, bike 2:51:40, run 1:52:05",
     [act("swim", 38.2), act("cycle", 171 + 40 / 60), run(HALF_MARATHON, 112 + 5 / 60)]),
    ("brick: 40 km bike 1:18:00 + 5 km run 24:30", [act("cycle", 78, 40), run(5, 24.5)]),
    ("pool 3200m in 1h05 with 10 x 200 main set", [act("swim", 65, 3.2)]),
    ("2 rice cakes with honey and a banana before the swim",
     [eat(p(RICE_CAKE, 2, "cake"), p(HONEY, 1, "tbsp"), p(BANANA, 1, "medium"))]),
    ("Zwift race 52 min, 31.4 km", [act("cycle|spin", 52, 31.4)]),
    ("recovery: chocolate milk 400ml and a bagel with peanut butter",
     [eat(ml(CHOC_MILK, 400), p(BAGEL, 1, "bagel"), p(PB, 2, "tbsp"))]),
    ("masters swim 60 min, 3,100 m", [act("swim", 60, 3.1)]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("c25k week 6 day 3, 25 min running!! 3.4 km", [run(3.4, 25)]),
    ("walk 1 min run 1 min for 20 min, 2.1km", [run(2.1, 20)]),
    ("my first 10k ever, 1:08:40 🥹", [run(10, 68 + 40 / 60)]),
    ("weighed myself for the first time since january 88.3kg", [weight(88.3)]),
    ("a slice of toast with peanut butter before my run",
     [eat(p(BREAD, 1, "slice"), p(PB, 2, "tbsp"))]),
    ("run walk 4 km in 34 minutes, my legs 😩", [run(4, 34)]),
    ("jogged round the park 3 times, 2.4 miles in 29 minutes", [run(mi(2.4), 29)]),
    ("after the run I had a yoghurt and an apple",
     [eat(g(YOG_POT, 150), p(APPLE, 1, "medium"))]),
    ("couch to 5k week 9, 30 min non-stop 3.8km!!!", [run(3.8, 30)]),
    ("day 1 of c25k, 60s run 90s walk x 8, 20 mins, 2 km", [run(2, 20)]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("b: porridge with a banana\nl: tomato soup and a roll\nd: cottage pie 520kcal\n"
     "run: 7k 38:10",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"), label="breakfast"),
      eat(p(TOMATO_SOUP, 1, "serving 1 cup"), p(ROLL, 1, "roll"), label="lunch"),
      eat(stated(520), label="dinner"), run(7, 38 + 10 / 60)]),
    ("07:00 2 crumpets with butter\n12:30 tuna sandwich\n18:00 run 10k 50:40\n"
     "19:30 chicken fajitas 650 kcal",
     [unknown(1), eat(TUNA_SARNIE), run(10, 50 + 40 / 60), eat(stated(650))]),
    ("Wed\n- bagel, cream cheese\n- 6 mi 51:30\n- burrito bowl 780 cal\n- 2 squares dark choc",
     [eat(p(BAGEL, 1, "bagel"), SCHMEAR), run(mi(6), 51.5), eat(stated(780)),
      eat(g(DARK_CHOC, 20))]),
    ("b/l/d: eggs on toast / soup and a sandwich 560 / lamb curry and rice 800",
     [eat(*EGGS_ON_TOAST, label="breakfast"), eat(stated(560), label="lunch"),
      eat(stated(800), label="dinner")]),
    ("breakfast: 2 weetabix with semi skimmed\nsnack: apple + 10 almonds\n"
     "lunch: chicken caesar salad 480kcal\ndinner: spaghetti bolognese\nran 12k in 1:01",
     [eat(p(WEETABIX, 2, "biscuits"), ml(SEMI, BOWL_OF_MILK), label="breakfast"),
      eat(p(APPLE, 1, "medium"), g(ALMONDS, 10 * ALMOND_G), label="snack"),
      eat(stated(480), label="lunch"), eat(SPAG_BOL, label="dinner"), run(12, 61)]),
    ("1. overnight oats 2. 5 mile tempo 36:50 3. jacket potato w beans "
     "4. salmon, rice, peas 5. 71.8kg",
     [eat(OVERNIGHT_OATS), run(mi(5), 36 + 50 / 60),
      eat(*jacket(g(BEANS, HALF_TIN_BEANS_G))),
      eat(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"), g(PEAS, VEG)), weight(71.8)]),
    ("6am black coffee\n6:20am 16k 1:22:40\n9am 3 pancakes + maple syrup\n"
     "1pm leftover lasagne 600cal\n7pm steak and chips",
     [eat(p(COFFEE, 1, "cup")), run(16, 82 + 40 / 60),
      eat(p(PANCAKES, 3, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp")), eat(stated(600)),
      eat(g(STEAK, 170), g(OVEN_CHIPS, 150))]),
    ("breakfast - toast and jam\nlunch - Pret falafel wrap (495 kcal)\nsnack - a kit kat\n"
     "dinner - fish pie 610 kcal",
     [eat(TOAST2, p(JAM, 2, "tbsp"), label="breakfast"), eat(stated(495), label="lunch"),
      eat(p(KITKAT, 1, "bar (1.5 oz)"), label="snack"), eat(stated(610), label="dinner")]),
    ("Mon:\n🥣 granola + greek yog\n🏃 8k 42:30\n🍝 pesto pasta\n🍫 a twix",
     [eat(g(GRANOLA, 28), g(GREEK, 150)), run(8, 42.5),
      eat(p(PASTA, 2, "cup spaghetti not packed"), g(PESTO, 31.5)),
      eat(g("19160|42183", TWIX_G))]),
    ("weigh in 64.9kg / breakfast oats 60g made with water / run 5k 26:02 / "
     "lunch chicken wrap 450kcal / tea: sausage and mash",
     [weight(64.9), eat(g(OATS, 60), label="breakfast"), run(5, 26 + 2 / 60),
      eat(stated(450), label="lunch"), eat(bangers(2), p(MASH, 1, "cup"))]),
    ("7:15 banana\n7:30 parkrun 24:55\n9:00 bacon butty and a latte\n13:00 cheese toastie\n"
     "20:00 2 glasses of red",
     [eat(p(BANANA, 1, "medium")), run(5, 24 + 55 / 60), eat(BACON_BUTTY, LATTE),
      eat(TOASTIE), eat(ml(RED_WINE, 2 * WINE_ML))]),
    ("am: 2 boiled eggs + toast\npm: 10k 53:20\neve: chicken stir fry 600 kcal\nweight 82.0",
     [eat(p(BOILED_EGG, 2, "large"), TOAST2), run(10, 53 + 20 / 60), eat(stated(600)),
      weight(82)]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Garmin\nMorning Run\n11.27 km\n58:46\n5:13 /km\nElev Gain 84 m",
     [run(11.27, 58 + 46 / 60)]),
    ("COROS PACE 3\nTrack Run\n6.40 km\n27:58", [run(6.4, 27 + 58 / 60)]),
    ("Strava\nLunch Run\n5.21 mi · 44:37", [run(mi(5.21), 44 + 37 / 60)]),
    ("Polar\nTreadmill running\n8.00 km\n44:00", [run(8, 44)]),
    ("Apple Watch\nOutdoor Cycle\n25.6 KM\n1:04:12", [act("cycle", 64.2, 25.6)]),
    ("Runna\nEasy Run\n7.5 km · 45:00 · 6:00/km", [run(7.5, 45)]),
    ("Garmin\nPool Swim\n1,750 m\n38:22", [act("swim", 38 + 22 / 60, 1.75)]),
    ("Strava\nHike\n12.4 km\n3:05:40\n620 m elev", [act("hike|walk", 185 + 40 / 60, 12.4)]),
    ("Apple Watch\nFunctional Strength Training\n42:10\nActive Cal 265", [gym(42 + 10 / 60)]),
    ("COROS\nLong Run\n30.02 km\n2:38:51\nAvg HR 151", [run(30.02, 158.85)]),
    ("Garmin Forerunner 265\nRunning\n10.55 km\nTime 52:03\nAvg Pace 4:56 /km",
     [run(10.55, 52.05)]),
    ("Polar Flow\nIndoor Rowing\n5000 m\n21:48", [act("row", 21.8, 5)]),
    ("Strava — Afternoon Trail Run\n9.7 km · 1:02:17 · 310 m", [run(9.7, 62 + 17 / 60)]),
]

DICTATION: list[tuple[str, list[Event]]] = [
    ("ran ten k this morning in forty eight minutes and thirty seconds felt good",
     [run(10, 48.5)]),
    ("for breakfast i had two slices of brown toast with butter and a cup of coffee",
     [eat(p(WBREAD, 2, "slice"), pat(2), p(COFFEE, 1, "cup"), label="breakfast")]),
    ("weight seventy three point six kilos", [weight(73.6)]),
    ("log my run please eight miles in one hour six minutes", [run(mi(8), 66)]),
    ("had a chicken salad for lunch around four hundred and fifty calories",
     [eat(stated(450), label="lunch")]),
    ("easy run five kilometres in thirty two minutes then stretched", [run(5, 32)]),
    ("dinner was salmon with rice and broccoli",
     [eat(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"), g(BROCCOLI, VEG), label="dinner")]),
    ("i did a forty five minute spin class and then a twenty minute jog of three kilometres",
     [act("cycle|spin", 45), run(3, 20)]),
    ("snack was a banana and a handful of cashews",
     [eat(p(BANANA, 1, "medium"), g(CASHEWS, HANDFUL), label="snack")]),
    ("put down a bowl of cornflakes with milk and a glass of orange juice",
     [eat(g(CORNFLAKES, 30), ml(SEMI + "|01077|01211", BOWL_OF_MILK), ml(OJ, GLASS_ML))]),
]

TYPOS_EMOJI: list[tuple[str, list[Event]]] = [
    ("tmepo 8km 36:20 🔥", [run(8, 36 + 20 / 60)]),
    ("brekky: granola n yogurt 🥣",
     [eat(g(GRANOLA, 28), g(YOG_POT, 150), label="breakfast")]),
    ("rann 13.1 miles 1:55:02 🥳", [run(mi(13.1), 115 + 2 / 60)]),
    ("chiken and rice 🍗🍚", [eat(g(CHICKEN, CHICKEN_BREAST_G), p(RICE, 1, "cup"))]),
    ("wieght 81.2 kg 😬", [weight(81.2)]),
    ("2 x bagles w/ cream chese",
     [eat(p(BAGEL, 2, "bagel"), p("01017", 4, "tbsp"))]),
    ("10 milez 1:29:59 🫠", [run(mi(10), 89 + 59 / 60)]),
    ("avacado toast + 2 poached eggs 🥑",
     [eat(g(AVOCADO, 68), p(BREAD, 1, "slice"), p(POACHED, 2, "large"))]),
    ("spin clas 50 mins 🚴‍♀️", [act("cycle|spin", 50)]),
    ("pizza nite 🍕 3 slices", [eat(p(PIZZA, 3, "slice"))]),
]

WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("10st 6.5lb today", [stone(10, 6.5)]),
    ("scale says 66.25 kg", [weight(66.25)]),
    ("weight 201.4 lbs", [pounds(201.4)]),
    ("morning weigh: 70,8 kg", [weight(70.8)]),
    ("13 stone 11 pounds, slowly going down", [stone(13, 11)]),
    ("bathroom scale 59.4kg after the long run", [weight(59.4)]),
    ("148 lb on the dot", [pounds(148)]),
    ("weighed 11st 0lb, lightest in years", [stone(11, 0)]),
]

GYM_CROSS: list[tuple[str, list[Event]]] = [
    ("strength circuit 30 min: single leg deadlifts, step ups, planks", [gym(30)]),
    ("stairmaster 20 mins then 20 min weights", [act("stairs", 20), gym(20)]),
    ("hot yoga 60 min", [act("yoga", 60)]),
    ("5-a-side football for an hour", [act("football", 60)]),
    ("squash 45 mins with dad", [act("squash", 45)]),
    ("gym: 4x8 back squat, 3x10 hip thrust, 40 min total", [gym(40)]),
    ("swim 40 lengths of the 25m pool in 32 min", [act("swim", 32, 1.0)]),
    ("rowing 2k test 7:42", [act("row", 7.7, 2)]),
]

HOLIDAY: list[tuple[str, list[Event]]] = [
    ("2 mince pies and a mulled wine at the club xmas party",
     [eat(g("18322", 120), combo(RED_WINE, ml(RED_WINE, WINE_ML), g("19335", 10)))]),
    ("boxing day 10k 47:55, then a leftover turkey sandwich with cranberry sauce",
     [run(10, 47 + 55 / 60), eat(TURKEY_SARNIE, g(CRANBERRY, 277 / 16))]),
    ("thanksgiving plate #2: turkey, mashed potatoes, gravy, stuffing and green beans",
     [eat(g(TURKEY_ROAST, 85), p(MASH, 1, "cup"), g(GRAVY, GRAVY_G), p("18082|18085", 1, "cup"),
          g(GREEN_BEANS, VEG))]),
    ("a slice of pecan pie with whipped cream",
     [eat(p(PECAN_PIE, 1, "slice"), p(WHIPPED, 2, "tbsp"))]),
    ("turkey trot 10k 52:31 in a santa hat 🎅", [run(10, 52 + 31 / 60)]),
    ("advent calendar chocolates x3 (catching up)", [eat(g(MILK_CHOC, 3 * ADVENT_CHOC_G))]),
    ("a glass of eggnog by the fire", [eat(p(EGGNOG, 1, "cup"))]),
    ("christmas pudding with custard", [eat(g("18110", 100), p(CUSTARD, 0.5, "cup"))]),
    ("a Baileys and a slice of christmas cake",
     [eat(ml(BAILEYS, 1.5 * 29.5735), p(FRUITCAKE, 1, "piece"))]),
    ("ran 8 miles on christmas morning 1:06:40 before the chaos", [run(mi(8), 66 + 40 / 60)]),
    ("pumpkin pie, one slice, for breakfast. it's the holidays",
     [eat(p(PUMPKIN_PIE, 1, "slice"), label="breakfast")]),
]

CARB_LOAD: list[tuple[str, list[Event]]] = [
    ("carb load day 1: 3 bagels with jam, 2 cups of white rice, a litre of orange juice",
     [eat(p(BAGEL, 3, "bagel"), p(JAM, 3, "tbsp"), p(RICE, 2, "cup"), ml(OJ, 1000))]),
    ("marathon eve dinner: big bowl of pasta with tomato sauce and 2 slices of garlic bread",
     [eat(*BOWL_OF_PASTA, p("18963", 2, "slice"), label="dinner")]),
    ("carb loading breakfast: 4 pancakes with maple syrup and a banana",
     [eat(p(PANCAKES, 4, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp"), p(BANANA, 1, "medium"),
          label="breakfast")]),
    ("2 days out: 10 jelly babies, a bag of pretzels (50g) and a jam sandwich",
     [eat(jelly_babies(10), g(PRETZELS, 50), p(BREAD, 2, "slice"), p(JAM, 1, "tbsp"))]),
    ("shakeout 3 miles 27:10 then a bagel with honey, carb load continues",
     [run(mi(3), 27 + 10 / 60), eat(p(BAGEL, 1, "bagel"), p(HONEY, 1, "tbsp"))]),
]

FELL_HILL: list[tuple[str, list[Event]]] = [
    ("fell race 11km 1:27:40, 720m ascent, lost a shoe in the bog", [run(11, 87 + 40 / 60)]),
    ("hill reps on Pendle, 9.4km 1:05:20 with 550m up", [run(9.4, 65 + 20 / 60)]),
    ("Bob Graham recce leg 2, 20.5km 4:12:00, 1,900m climb", [run(20.5, 252)]),
    ("ran up Snowdon and back, 14.5 km 2:38:15, 3,560 ft of climbing",
     [run(14.5, 158.25)]),
    ("Kendal mint cake and a flask of tea on the summit", [unknown(1)]),
    ("fell championship 16 km, 3:02:11, 1200 m, last 3 k on hands and knees",
     [run(16, 182 + 11 / 60)]),
]

PARKRUN: list[tuple[str, list[Event]]] = [
    ("parkrun #200 today!! 26:14 🎉", [run(5, 26 + 14 / 60)]),
    ("parkrun tourism: Bushy Park 24:38 then a bacon roll",
     [run(5, 24 + 38 / 60), eat(BACON_ROLL)]),
    ("parkrun with the dog, 29:05, she stopped twice", [run(5, 29 + 5 / 60)]),
    ("junior parkrun with my son, 2k in 14:30", [run(2, 14.5)]),
    ("parkrun PB 19:59!!! sub 20 at last, coffee and a brownie to celebrate",
     [run(5, 19 + 59 / 60), eat(p(COFFEE, 1, "cup"), p(BROWNIE, 1, "square, large"))]),
]

IN_WORDS: list[tuple[str, list[Event]]] = [
    ("ran five k in twenty seven minutes", [run(5, 27)]),
    ("ran a half marathon in one hour fifty two minutes", [run(HALF_MARATHON, 112)]),
    ("ate two bananas and a handful of walnuts",
     [eat(p(BANANA, 2, "medium"), g(WALNUTS, HANDFUL))]),
    ("weighed seventy one and a half kilos today", [weight(71.5)]),
    ("twenty miles in two hours fifty one", [run(mi(20), 171)]),
    ("three eggs scrambled and two slices of sourdough",
     [eat(p(SCRAMBLED, 3, "large"), g(SOURDOUGH, 100))]),
]

FRACTIONS: list[tuple[str, list[Event]]] = [
    ("½ cup oats with ½ cup milk and a sliced banana",
     [eat(p(OATS, 0.5, "cup"), p(MILK, 0.5, "cup"), p(BANANA, 1, "medium"))]),
    ("ate a quarter of a large pepperoni pizza", [eat(g(PEPPERONI_14, PIZZA_14_G / 4))]),
    ("1 1/2 cups of cooked pasta with 1/4 cup pesto",
     [eat(p(PASTA, 1.5, "cup spaghetti not packed"), p(PESTO, 0.25, "cup"))]),
    ("ran 5½ miles in 47 minutes", [run(mi(5.5), 47)]),
    ("half a bagel with 1/2 an avocado", [eat(p(BAGEL, 0.5, "bagel"), g(AVOCADO, 68))]),
    ("2/3 of a 100g bar of milk chocolate", [eat(g(MILK_CHOC, 200 / 3))]),
]

DOUBLES: list[tuple[str, list[Event]]] = [
    ("6k this morning 31:40 and 8k tonight 43:15", [run(6, 31 + 40 / 60), run(8, 43.25)]),
    ("double day: am 10k 52:00, pm 5k 27:30 shakeout", [run(10, 52), run(5, 27.5)]),
    ("run commute in 7.5 km 40:10 and home again 7.5 km 39:02",
     [run(7.5, 40 + 10 / 60), run(7.5, 39 + 2 / 60)]),
    ("8 miles 1:04:00 at lunch, then swam 1km in 22 min in the evening",
     [run(mi(8), 64), act("swim", 22, 1)]),
    ("two runs today: 12k 1:00:30 easy and 6k 30:45 with strides",
     [run(12, 60.5), run(6, 30.75)]),
]

INJURED: list[tuple[str, list[Event]]] = [
    ("aqua jogging 40 min, shin still sore", [act("aqua jog", 40)]),
    ("elliptical 45 mins instead of the long run 😤", [act("elliptical", 45)]),
    ("spin bike 30 min easy, no impact for the achilles", [act("cycle|spin", 30)]),
    ("physio said no running so 20 min on the cross trainer and 15 min upper body",
     [act("elliptical", 20), gym(15)]),
    ("deep water running 3 x 10 min, 35 min in the pool total", [act("aqua jog", 35)]),
    ("week 3 off with the stress fracture, swam 2km in 44 min", [act("swim", 44, 2)]),
]

OFFICE: list[tuple[str, list[Event]]] = [
    ("someone's birthday at work, a slice of chocolate cake 🎂",
     [eat(p(CHOC_CAKE, 1, "piece"))]),
    # label correction (meals9, 2026-12-01): a Krispy Kreme is its published 49 g (block l's
    # rule, tests/data/README.md "Label conflicts decided"), not USDA's medium doughnut (60 g)
    ("3 krispy kremes from the office box, original glazed",
     [eat(g(GLAZED, 3 * 49.0))]),
    ("2 chocolate chip cookies from the meeting", [eat(p(CHOC_CHIP, 2, "cookie"))]),
    ("afternoon slump: a bag of Quavers and a can of coke from the vending machine",
     [eat(g("19008|19802", 20), ml(COLA, 330))]),
    ("a samosa and 2 onion bhajis at the office Diwali lunch", [unknown(2)]),
]

HUNGOVER: list[tuple[str, list[Event]]] = [
    ("hanging after the work do. 5k recovery shuffle 33:10", [run(5, 33 + 10 / 60)]),
    ("hungover sunday: a can of full fat coke and a bacon sandwich",
     [eat(ml(COLA, UK_CAN_ML), BACON_BUTTY)]),
    ("2am kebab on the way home, then a fry up at 11: 2 eggs, 3 sausages, beans, hash browns",
     [unknown(1), eat(p(FRIED_EGG, 2, "large"), bangers(3), g(BEANS, HALF_TIN_BEANS_G),
                      p(HASH_BROWNS, 1, "cup"))]),
    ("3 G&Ts and half a pizza at the party",
     [eat(combo("|".join(G_AND_T.ndbs), p(GIN, 3, "jigger"), ml(TONIC, 3 * 150)),
          g(PIZZA, PIZZA_12_G / 2))]),
    ("wine hangover so just a slow 6 miles 58:40, never again", [run(mi(6), 58 + 40 / 60)]),
]

CAPS: list[tuple[str, list[Event]]] = [
    ("FIRST MARATHON DONE 4:12:37 I AM DEAD", [run(MARATHON, 252 + 37 / 60)]),
    ("2 BOWLS OF CORNFLAKES AND A BANANA BEFORE THE RACE",
     [eat(g(CORNFLAKES, 60), p(BANANA, 1, "medium"))]),
    ("NEW 10K PB 38:59!!!!!", [run(10, 38 + 59 / 60)]),
    ("WEIGHED 9 STONE 12 THIS MORNING", [stone(9, 12)]),
]

PREGNANT: list[tuple[str, list[Event]]] = [
    ("24 weeks pregnant, easy 5k jog-walk in 38 min", [run(5, 38)]),
    ("postpartum run 2! 3.2 km 22:40 with the pram", [run(3.2, 22 + 40 / 60)]),
    ("weighed 76.8 kg at 32 weeks, midwife happy", [weight(76.8)]),
    ("breastfeeding hunger: 2 slices of toast with peanut butter and a glass of milk at 3am",
     [eat(TOAST2, p(PB, 2, "tbsp"), ml(SEMI + "|01077|01211", GLASS_ML))]),
    ("pregnancy yoga 45 min then a 20 min walk", [act("yoga", 45), act("walk", 20)]),
]

EUROPEAN: list[tuple[str, list[Event]]] = [
    ("Today I have run 12,5 km in 1:03:20", [run(12.5, 63 + 20 / 60)]),
    ("I have eaten 2 Brötchen with butter and Gouda",
     [eat(p(KAISER, 2, "roll"), pat(2), g(GOUDA, 2 * GOUDA_SLICE_G))]),
    ("my weight is 68,3 kg this morning", [weight(68.3)]),
    ("treadmill 50 min with 10,5 km/h", [run(8.75, 50)]),
    ("For lunch I had a Currywurst with Pommes", [unknown(1)]),
    ("Run in the Tiergarten 8,2 km, 44 min, 5:22 min/km", [run(8.2, 44)]),
    ("Breakfast: a croissant, a boiled egg and a café au lait",
     [eat(p(CROISSANT, 1, "croissant, medium"), p(BOILED_EGG, 1, "large"), CAFE_CON_LECHE,
          label="breakfast")]),
    ("I did 15 km with 5:10 pace in 1:17:30", [run(15, 77.5)]),
]

NON_EVENTS: list[str] = [
    "what should I eat the night before a marathon?",
    "my goal is 3:30 at Valencia",
    "race is in 10 days, should I still do a long run?",
    "I weigh less than last year, happy with that",
    "thanks, that's really helpful",
    "my husband ran 8k this morning, I stayed in bed",
    "is 2 mince pies a day too many in december 😂",
    "how many calories in mulled wine?",
    "planning a 10k tomorrow morning before work",
    "parkrun tomorrow, who's in?",
    "do I need to carb load for a half or only for a full?",
    "my friend had a full english and then ran a PB, unreal",
    "can I keep running while pregnant?",
    "my physio says 6 weeks off, gutted",
    "what's a good pace for my first 5k?",
    "how do I log a fell race with lots of climbing?",
    "the office has cake again, resisting",
    "is aqua jogging as good as running?",
    "goal: sub 20 parkrun by spring",
    "christmas day run or not? 🎄",
    "my sister ate a whole pizza after her marathon lol",
    "what did I weigh last monday?",
    "how much water should I drink before a long run",
    "I ran 3 marathons last year, want 4 next year",
    "tomorrow: 15k easy and a gym session",
    "too hungover to run today",
    "do mince pies count as carbs for loading 😅",
    "good night coach",
    "is 40 miles a week enough for a marathon?",
    "my watch says I burned 900 calories, is that right?",
    "the turkey is in the oven, run later",
    "I'd like to lose 3 kg before the race in march",
    "what was my average pace in november?",
    "felt strong on the hills today",
    "the kids want pancakes for breakfast tomorrow",
    "can I use kg instead of stone?",
    "hello! new here, training for my first half",
    "my coach says 80% of runs should be easy, is that right?",
]

BLOCK: Voices = {
    "uk club": UK_CLUB, "irish and scottish": IRISH_SCOTTISH, "us": US,
    "australian, nz and canadian": AUS_NZ_CANADA, "ultra and trail": ULTRA_TRAIL,
    "triathlon": TRIATHLON, "beginner": BEGINNER, "whole day": WHOLE_DAY, "watch copy": WATCH,
    "voice dictation": DICTATION, "typos and emoji": TYPOS_EMOJI, "weigh-ins": WEIGH_INS,
    "gym and cross-training": GYM_CROSS,
    "holidays": HOLIDAY, "carb loading": CARB_LOAD, "fell and hill": FELL_HILL,
    "parkrun": PARKRUN, "numbers in words": IN_WORDS, "fractions": FRACTIONS,
    "doubles": DOUBLES, "injured cross-training": INJURED, "office food": OFFICE,
    "hungover": HUNGOVER, "caps lock": CAPS, "pregnant and postpartum": PREGNANT,
    "european english": EUROPEAN,
    "chat": [(text, []) for text in NON_EVENTS],
}


def main() -> int:
    """Write this block (`--source` the SR28 CSVs): its rows real, its texts in no other block."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
