"""The eleventh held-out block: messages written on 2026-11-30 from 22:10 UTC, never fixed against.

Written in one sitting by a helper (writer) who had not read the parser (engine/parsing/, the
food tables and their everyday names, the quantity, unit and time words) nor any block's list
of misses, and scored on 0487b92, the start of that session, before any parser change was made
for it (tests/data/README.md records the score and any label correction).

About two thirds of its event messages are in the everyday voices the outside checks use most,
written fresh (new foods, new phrasings): club runners in the UK, Ireland and Scotland, US
runners, Australians, New Zealanders and Canadians, ultra and trail, triathletes, beginners,
whole-day logs in one message, watch and app copy, voice dictation, typos and emoji, weigh-ins
and gym and cross-training sessions. The other third are situations and ways of writing no
earlier block had. Chat that logs nothing: questions, thanks, plans, goals, other people's runs
and food, numbers that are no event.

Portions a message leaves open follow the earlier blocks' docstrings where they decided one (a
brew or a mug or cup of tea is a mug of tea with 30 ml semi-skimmed, a pint 568 ml, a UK bag
of crisps 25 g, chippy chips 250 g, oven chips at home 150 g, a handful 28 g, a bowl of cereal
30 g with 125 ml of milk when milk is named, bare "toast" 2 slices, bare "pb" 2 tbsp, butter a
pat per slice, jam or marmalade a tablespoon a slice, a scoop of whey 30 g, a side of
vegetables 80 g, a salmon fillet half of USDA's, British sausages 40 g each, a pot of yoghurt
150 g, a glass of juice or milk 250 ml, a UK can 330 ml, a US can 12 fl oz, an aid-station cup
USDA's cup, a bowl of soup or chili USDA's cup, a bagel's lox 2 oz, fast food USDA's
restaurant row, whole item, a chicken breast with no weight 120 g cooked, a jacket potato
USDA's large baked potato with half a tin of beans (200 g), a stack of pancakes 3 (4"), syrup
on pancakes 2 tbsp, a bowl of pasta 2 cups of cooked spaghetti (its tomato sauce half a cup
when named), 2 tbsp of pesto 31.5 g, a square of dark chocolate 10 g, a latte 60 ml espresso
and 300 ml semi-skimmed, a flat white 60 ml espresso and 150 ml whole milk, a cafe au lait 120
ml of coffee and 120 ml of whole milk, a white coffee a cup with 30 ml semi-skimmed, a slice of
cheese 20 g, fish and chips USDA's battered fish serving and chippy chips, a digestive 15 g,
an omelette's eggs USDA's omelet row (61 g an egg) with 30 g of cheese in a cheese omelette,
a protein shake a 30 g scoop, dal USDA's cup of boiled lentils, a roti USDA's piece, dry pasta
by its dry weight, spaghetti bolognese as the earlier blocks' dish, gels, bars and drinks named
by brand at the kcal the runner gives, a treadmill run given as a speed and a time at the
distance they imply, parkrun 5 km, a half marathon 21.0975 km, splits, paces, heart rates,
ascent and temperatures no figures of a run). New ones, decided here before the block was
scored (USDA's own household measures where it has one):
- a Scottish macaroni pie, stovies, a pavlova, a Nanaimo bar and a tartiflette have no SR28
  row, and no SR28 row of the same kind of food (a stand-in a dietitian would use) sits within
  15 % of a published kcal for them: with no kcal given the meal should ask about them
  (unresolved, one per such food), whatever else it holds;
- Canadian ketchup chips are potato chips (a flavour; SR28's plain and flavoured chip rows,
  487-547 kcal a 100 g, are within 15 % of the published 520-540), by the grams given;
- a bacon and egg roll is a roll, 2 rashers and a fried egg (a bacon roll's 2 rashers);
- gingersnaps are USDA's cookie (7 g); Fig Newtons USDA's fig bar cookie (16 g); jelly beans
  USDA's large bean (2.8 g); Starburst "a pack" USDA's 2.07 oz pack; Skittles by the handful
  28 g; beef jerky by the piece USDA's large piece (20 g);
- Subway subs, Arby's, McDonald's, Burger King and Hungry Jack's (Burger King's Australian
  name) items are USDA's rows for them, whole item; "a medium fry" and chips with a burger
  there the medium serving; a small fountain Coke 16 fl oz;
- a bowl of Lucky Charms, Froot Loops, Rice Krispies or Rice Chex 30 g of that row; Cinnamon
  Toast Crunch by the cup USDA's NLEA serving (31 g a 3/4 cup); almond milk on cereal 125 ml
  of USDA's unsweetened; muesli Kellogg's Mueslix (the only SR28 muesli), 45 g when given;
- mince on toast is 150 g of USDA's 85 % lean beef, pan-browned, on the toast named; pierogies
  USDA's frozen potato or cheese dumplings (38 g each), sour cream "with" 2 tbsp;
- a slice of pie USDA's commercial eighth of a 9" pie; a blueberry muffin USDA's medium;
- blueberries on porridge half a cup; greek yoghurt "with blueberries and honey" a pot of
  USDA's plain nonfat (170 g, its container), half a cup of blueberries and a tablespoon of honey;
- gluten-free bread USDA's rice flour, corn starch and tapioca white loaf (35 g a slice, the
  other gluten-free breads accepted); gluten-free pasta USDA's corn and rice spaghetti by the
  cup; gluten-free waffles and chocolate sandwich cookies their own SR28 rows;
- a hotel breakfast's bread roll USDA's roll; boiled eggs USDA's large; a cheese toastie 2
  slices with 40 g of cheddar; Taco Bell's steak soft taco its own SR28 row;
- Hot Pockets USDA's ham and cheese (127 g); pizza rolls USDA's serving of 6;
- apple juice USDA's unsweetened, a glass 250 ml; a beer with dinner a 330 ml bottle;
- a Subway bag of chips 1 oz (28 g) of USDA's plain salted potato chips;
- a couple is 2; "like 2 bowls" of pasta 2 bowls; two numbers for one weigh-in ("94.2 at the
  start, now 91.8", "was 88.6 last week") log the latest, today's; a quoted line ("> ...")
  is what the runner replies to, and a correction in the reply logs the corrected figure only;
- a week's catch-up logs each day's session; "each" after two days' runs is two runs;
- checklists log the items ticked; "S&C" is a strength session;
- a race's earlier weeks, a plan's distances and last week's long run, said with no time, are
  no events of today; a T1 diabetic's glucose readings and insulin units are no figures.

Label corrections after the first scoring (my own mistakes, found reading the misses; no parser
output was taken as a reference): "three pancakes with butter and syrup" had a pat of butter a
pancake, but the first corpus (scripts/corpus_meals.py, "pancakes (3) with butter and syrup")
decided one pat for the stack, now one pat; mince on toast accepted only four ground beef rows
and left out two (23562, 23564) that the earlier blocks' mince label (BEEF_MINCE) accepts, now
all (same reference, 23570); a six inch meatball sub from Subway accepted only Subway's row,
not SR28's generic meatball marinara sub row (21158, the same figures), now both (as block i
added the generic taco row). A Whopper with cheese listed one row twice (no change to what it
accepts). Before them the same parser scored 74.2 % (158/213), 84.0 % of items (168/200), 4.2 %
leftover (9/213), 4 invented; after, 74.6 % (159/213), 85.0 %
(170/200), 4.2 % (9/213), 4 invented.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import (
    BREW,
    CHIPPY_CHIPS,
    CRISP_BAG,
    SHAKE,
    SPAG_BOL,
    TOAST2,
    TUNA_SARNIE,
    bangers,
    pint_of,
    rashers,
)
from corpus_heldout import DR_PEPPER, FLAT_WHITE, POACHED, SCRAMBLED, SOUR_CREAM
from corpus_heldout2 import CORNBREAD, JERKY
from corpus_heldout3 import ALMOND_MILK, FISH_FINGERS, LATTE, aid_cups
from corpus_heldout4 import LOX, MARMALADE
from corpus_heldout5 import WHITE_COFFEE
from corpus_heldout7 import CAFE_CON_LECHE, DAL, OMELETTE, ROTI, TOASTIE
from corpus_heldout9 import DRY_PASTA
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    BEANS,
    BEEF_MINCE,
    BEER,
    BLUEBERRIES,
    BREAD,
    BROCCOLI,
    BUTTER,
    CHEDDAR,
    CHILI,
    CHOC_CHIP,
    CHOC_MILK,
    CLIF,
    COFFEE,
    COLA,
    CREAM_CHEESE,
    CRISPS,
    CROISSANT,
    DARK_CHOC,
    DIGESTIVE,
    FISH_BATTERED,
    FRIED_EGG,
    GREEK,
    HONEY,
    JAM,
    KITKAT,
    MAPLE,
    MARINARA,
    MC_FRIES,
    MILK,
    MUFFIN,
    OATS,
    OVEN_CHIPS,
    PANCAKES,
    PASTA,
    PB,
    PORRIDGE,
    QUINOA,
    RED_WINE,
    RICE,
    RICE_CAKE,
    ROLL,
    SALMON,
    SEMI,
    SKIM,
    SWEET_POTATO,
    TRAIL_MIX,
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

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout-2026-11-30k.jsonl"

HALF_MARATHON = 21.0975
MARATHON = 42.195
FL_OZ = 29.5735
GLASS_ML = 250.0
BOWL_OF_MILK = 125.0
BOWL_OF_CEREAL = 30.0
VEG = 80.0
HANDFUL = 28.0
HALF_TIN_BEANS_G = 200.0
CHEESE_SLICE_G = 20.0
SQUARE_G = 10.0
DIGESTIVE_G = 15.0
JELLY_BEAN_G = 2.8
MINCE_ON_TOAST_G = 150.0
BEER_BOTTLE_ML = 330.0
CHIPS_BAG_G = 28.0
SHAKE_G = 30.0
CUP_ML = 236.6

GINGERSNAP = "18172|28275"
FIG_BAR = "18170"
JELLY_BEANS = "19108"
STARBURST = "19156|19313|19309"
SKITTLES = "19370|19363|19368"
FILET_O_FISH = "21232"
QP_CHEESE = "21235"
ARBYS = "21527|21125"
SUB_TURKEY = "21207|21153"
SUB_MEATBALL = "21157|21158"
SUB_BLT = "21161"
SUB_STEAK = "21159"
BK_FRIES = "21249|21238"
WHOPPER_CHEESE = "21253|21252"
LUCKY = "08050"
CTC = "08272|08579"
FROOT_LOOPS = "08030"
RICE_KRISPIES = "08065"
RICE_CHEX = "08064"
MUESLI = "08286"
MINCE_COOKED = "23570|23568|" + BEEF_MINCE
PIEROGI = "32025"
CHERRY_PIE = "18308|18309"
GF_BREAD = "28337|28336|28338|28339"
GF_PASTA = "20657|20654|20655|20656|20092"
GF_WAFFLE = "28346"
GF_OREO = "28332"
EDAM = "01018"
BOILED_EGG = "01129|01123|01132"
HOT_POCKET = "22537|22535|22961"
PIZZA_ROLLS = "32012"
APPLE_JUICE = "09016|09400"
CRISPS_US = "19411|19410"
BIG_MAC = "21237"
GINGER_ALE = "14136"
BROTH = "06194|06172"
PBJ_ROWS = PB + "|19300|19297"
POTATO = "11674"
TB_STEAK_TACO = "21263"


def by_cup(ndbs: str, millilitres: float) -> Item:
    """A drink whose SR28 row has a cup but no fluid ounce: USDA's cup is 236.6 ml."""
    return p(ndbs, millilitres / CUP_ML, "cup")


def pat(count: float = 1.0) -> Item:
    return p(BUTTER, count, "pat")


def jacket(*toppings: Item) -> tuple[Item, ...]:
    return (p(POTATO, 1, "potato large"), *toppings)


Event = dict[str, object] | Meal

UK_CLUB: list[tuple[str, list[Event]]] = [
    ("club intervals 6 x 800m off 2 min, 9.1km all in 46:05", [run(9.1, 46 + 5 / 60)]),
    ("5 mile handicap with the club 36:48, caught two on the hill", [run(mi(5), 36.8)]),
    ("3 gingersnaps and a mug of tea at the club hut", [eat(p(GINGERSNAP, 3, "cookie"), BREW)]),
    ("2 sausages, egg and chips at the caff after the club run",
     [eat(bangers(2), p(FRIED_EGG, 1, "large"), CHIPPY_CHIPS)]),
    ("club relays, 3 legs of 2.5k, my leg was 9:58", [run(2.5, 9 + 58 / 60)]),
    ("winter league cross country 8.3km 37:40, mud up to the knees", [run(8.3, 37 + 40 / 60)]),
    ("2 pints of bitter and a bag of crisps in the clubhouse after the relays",
     [eat(pint_of(BEER, 2), CRISP_BAG)]),
    ("club track session 12 x 400 with 200 jog, 8.8k total in 44:30", [run(8.8, 44.5)]),
    ("jacket potato with a bowl of chilli on top after the club run",
     [eat(*jacket(p(CHILI, 1, "cup")))]),
    ("2 slices of toast with marmalade before the club champs",
     [eat(TOAST2, p(MARMALADE, 2, "tbsp"))]),
    ("Lakeside 10 with the club 1:12:40, windy as anything", [run(mi(10), 72 + 40 / 60)]),
    ("club champs 3000m on the track, 10:41", [run(3, 10 + 41 / 60)]),
]

IRISH_SCOTTISH: list[tuple[str, list[Event]]] = [
    ("Great Scottish Run half 1:41:18, Glasgow was roasting", [run(HALF_MARATHON, 101.3)]),
    ("a macaroni pie after Portobello parkrun, 24:12", [unknown(1), run(5, 24.2)]),
    ("ran the Cork 10 mile road race 1:18:05", [run(mi(10), 78 + 5 / 60)]),
    ("Leith parkrun 27:50 then a bacon and egg roll from the cafe",
     [run(5, 27 + 50 / 60), eat(p(ROLL, 1, "roll"), rashers(2), p(FRIED_EGG, 1, "large"))]),
    ("11 stone 7 on the scales, down from 12 in september", [stone(11, 7)]),
    ("stovies for tea after the Pentlands run", [unknown(1)]),
    ("Galway bay 10k 49:58, just under 50!", [run(10, 49 + 58 / 60)]),
    ("battered haddock and chips after the Inverness half, 1:44:52",
     [eat(p(FISH_BATTERED, 1, "serving"), CHIPPY_CHIPS), run(HALF_MARATHON, 104 + 52 / 60)]),
    ("munro bagged, 17 km hike in 6:10:00", [act("hike|walk", 370, 17)]),
]

US: list[tuple[str, list[Event]]] = [
    ("10 mi long run on the Katy Trail 1:28:12", [run(mi(10), 88.2)]),
    ("Filet-O-Fish and a medium fry on the road trip",
     [eat(p(FILET_O_FISH, 1, "sandwich"), p(MC_FRIES, 1, "medium"))]),
    ("bowl of Lucky Charms with 2% milk before the turkey trot",
     [eat(g(LUCKY, BOWL_OF_CEREAL), ml("01079|01077|01211", BOWL_OF_MILK))]),
    ("6 inch turkey sub from Subway after the track workout",
     [eat(p(SUB_TURKEY, 6, "inch sub"))]),
    ("Arby's classic roast beef and a can of Dr Pepper",
     [eat(p(ARBYS, 1, "sandwich"), ml(DR_PEPPER, 12 * FL_OZ))]),
    ("tempo 5 mi @ 7:20 inside a 7 mile run, 53:40 total", [run(mi(7), 53 + 40 / 60)]),
    ("2 slices of cherry pie at my aunt's", [eat(p(CHERRY_PIE, 2, "piece (1/8"))]),
    ("Quarter Pounder with cheese and a small Coke after the half",
     [eat(p(QP_CHEESE, 1, "item"), ml(COLA, 16 * FL_OZ))]),
    ("ran the Rock 'n' Roll half in Vegas, 1:58:40", [run(HALF_MARATHON, 118 + 40 / 60)]),
    ("3 fig newtons and a banana at mile 12",
     [eat(p(FIG_BAR, 3, "cookie"), p(BANANA, 1, "medium"))]),
    ("1.5 cups of Cinnamon Toast Crunch with almond milk",
     [eat(g(CTC, 62), by_cup(ALMOND_MILK, BOWL_OF_MILK))]),
    ("8 mile progression run on the treadmill at the Y, 1:02:15", [run(mi(8), 62.25)]),
    ("12 mile long run 1:41:30, mile 9 was all uphill", [run(mi(12), 101.5)]),
    ("2 Taco Bell steak soft tacos after the 15k, 1:21:10",
     [eat(p(TB_STEAK_TACO, 2, "item")), run(15, 81 + 10 / 60)]),
]

AUS_NZ_CANADA: list[tuple[str, list[Event]]] = [
    ("Sydney Harbour 10k 44:31, hot as", [run(10, 44 + 31 / 60)]),
    ("flat white and a cheese toastie after parkrun at the Domain", [eat(FLAT_WHITE, TOASTIE)]),
    ("ran the Tan twice, 7.6km 36:20", [run(7.6, 36 + 20 / 60)]),
    ("Hungry Jack's Whopper with cheese and chips after the long run",
     [eat(p(WHOPPER_CHEESE, 1, "item"), p(BK_FRIES, 1, "medium"))]),
    ("pav with cream and passionfruit at the christmas barbie", [unknown(1)]),
    ("ran up the Mount twice, 8.2 km 52:10", [run(8.2, 52 + 10 / 60)]),
    ("mince on toast for brekkie, 2 slices",
     [eat(g(MINCE_COOKED, MINCE_ON_TOAST_G), TOAST2, label="breakfast")]),
    ("40g bag of ketchup chips after the long run, don't judge", [eat(g(CRISPS, 40))]),
    ("-22 with the windchill, so 6k on the treadmill 33:30", [run(6, 33.5)]),
    ("Vancouver Sun Run 10k 52:44 then a Nanaimo bar", [run(10, 52 + 44 / 60), unknown(1)]),
    ("perogies with sour cream for supper, 6 of them",
     [eat(p(PIEROGI, 6, "pieces pierogies"), p(SOUR_CREAM, 2, "tbsp"))]),
    ("73.9kg after the Christchurch marathon, 3:44:20",
     [weight(73.9), run(MARATHON, 224 + 20 / 60)]),
]

ULTRA_TRAIL: list[tuple[str, list[Event]]] = [
    ("50k trail race 5:41:09, 1650m vert", [run(50, 341 + 9 / 60)]),
    ("aid station: a pack of Starburst and 2 cups of ginger ale",
     [eat(p(STARBURST, 1, "serving 2.07 oz pack"), aid_cups(GINGER_ALE, 2))]),
    ("a handful of skittles and a cup of coke at the 60k aid station",
     [eat(g(SKITTLES, HANDFUL), aid_cups(COLA, 1))]),
    ("night section 28 km 4:02:00 with a head torch", [run(28, 242)]),
    ("ate 3 Spring gels at 180 cal each and a Clif bar",
     [eat(stated(540), p(CLIF, 1, "bar"))]),
    ("Lakeland 50 done, 12:48:30, feet destroyed", [run(mi(50), 768.5)]),
    ("3 pb&j quarters and a cup of chicken broth at mile 22",
     [eat(combo(PBJ_ROWS, p(BREAD, 1.5, "slice"), g(PB, 24), g("19300", 15.75)),
          p(BROTH, 1, "cup"))]),
    ("recce of the last 35k of the course, 4:20:15, hands on knees on the climbs",
     [run(35, 260.25)]),
    ("2 pieces of beef jerky and a handful of trail mix on the summit",
     [eat(p(JERKY, 2, "piece, large"), g(TRAIL_MIX, HANDFUL))]),
    ("100 miler DNF at mile 62, 16:40 on the clock", [run(mi(62), 1000)]),
]

TRIATHLON: list[tuple[str, list[Event]]] = [
    ("sprint tri: 750m swim 14:10, 20k bike 38:22, 5k run 22:48",
     [act("swim", 14 + 10 / 60, 0.75), act("cycle", 38 + 22 / 60, 20), run(5, 22.8)]),
    ("turbo 1h15 sweet spot, 38 km", [act("cycle|spin", 75, 38)]),
    ("swim squad 2.8 km in 58 min", [act("swim", 58, 2.8)]),
    ("brick: 60 min bike then 20 min run off the bike, 4.2 km", [act("cycle", 60), run(4.2, 20)]),
    ("greek yogurt with blueberries and honey after masters swim",
     [eat(g(GREEK, 170), p(BLUEBERRIES, 0.5, "cup"), p(HONEY, 1, "tbsp"))]),
    ("Ironman done!! 3.8k swim 1:18:40, 180k bike 6:02:11, marathon 4:21:05",
     [act("swim", 78 + 40 / 60, 3.8), act("cycle", 362 + 11 / 60, 180),
      run(MARATHON, 261 + 5 / 60)]),
    ("open water 2.4 km in 51 min, wetsuit on, 14 degrees", [act("swim", 51, 2.4)]),
    ("long ride 110 km 4:05 then a 15 min run, 3 km", [act("cycle", 245, 110), run(3, 15)]),
    ("post-swim a pint of chocolate milk", [eat(ml(CHOC_MILK, 568))]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("c25k week 2 day 1, 90s run 2 min walk, 22 min 2.3 km", [run(2.3, 22)]),
    ("finished couch to 5k!!! 5k in 37:12 at parkrun", [run(5, 37.2)]),
    ("first time running without walking, 2 miles 24:30", [run(mi(2), 24.5)]),
    ("run 3 walk 1 x 6, 24 minutes, 3.1km", [run(3.1, 24)]),
    ("ate a banana and 2 rice cakes with peanut butter before my run, nervous",
     [eat(p(BANANA, 1, "medium"), p(RICE_CAKE, 2, "cake"), p(PB, 2, "tbsp"))]),
    ("my first 5k race 34:05 and I wasn't last 😅", [run(5, 34 + 5 / 60)]),
    ("week 4 of the beginners group, 4km run walk 36 min", [run(4, 36)]),
    ("weighed 94.2 kg at the start of c25k, now 91.8", [weight(91.8)]),
    ("treadmill 20 min at 8 km/h, first run in years", [run(8 * 20 / 60, 20)]),
    ("a slice of toast with jam and a cup of tea before training",
     [eat(p(BREAD, 1, "slice"), p(JAM, 1, "tbsp"), BREW)]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("Breakfast: porridge with blueberries\nLunch: Subway 6 inch BLT\n"
     "Dinner: chilli con carne and rice\nRun: 9k 47:30",
     [eat(p(PORRIDGE, 1, "cup"), p(BLUEBERRIES, 0.5, "cup"), label="breakfast"),
      eat(p(SUB_BLT, 6, "inch sub"), label="lunch"),
      eat(p(CHILI, 1, "cup"), p(RICE, 1, "cup"), label="dinner"), run(9, 47.5)]),
    ("06:30 coffee w/ milk\n07:00 run 14k 1:12:05\n08:30 2 scrambled eggs, 2 toast\n"
     "13:00 leftover pasta 550 kcal\n19:00 4 fish fingers, oven chips, beans",
     [eat(WHITE_COFFEE), run(14, 72 + 5 / 60), eat(p(SCRAMBLED, 2, "large"), TOAST2),
      eat(stated(550)),
      eat(p(FISH_FINGERS, 4, "stick"), g(OVEN_CHIPS, 150), g(BEANS, HALF_TIN_BEANS_G))]),
    ("today: oats 50g with milk; 10k 55:12; tuna pasta bake 600 kcal; an apple",
     [eat(g(OATS, 50), ml(MILK, BOWL_OF_MILK)), run(10, 55.2), eat(stated(600)),
      eat(p(APPLE, 1, "medium"))]),
    ("8k 41:00 → bagel w pb → chicken caesar wrap 510 cal → spag bol → glass of red",
     [run(8, 41), eat(p(BAGEL, 1, "bagel"), p(PB, 2, "tbsp")), eat(stated(510)),
      eat(SPAG_BOL, ml(RED_WINE, 175))]),
    ("1) muesli 45g with a yoghurt 2) 12k 1:04:20 3) falafel wrap 560kcal "
     "4) salmon, sweet potato, broccoli",
     [eat(g(MUESLI, 45), g("01116|01117|01256|01293", 150)), run(12, 64 + 20 / 60),
      eat(stated(560)),
      eat(p(SALMON, 0.5, "fillet"), p(SWEET_POTATO, 1, "medium"), g(BROCCOLI, VEG))]),
    ("Sunday\nweight 68.4\nlong run 22k 2:01:30\nroast dinner 850 kcal",
     [weight(68.4), run(22, 121.5), eat(stated(850))]),
    ("morning: 2 fried eggs on toast\nmidday: 10k 49:40\nafternoon: a kit kat and a coffee\n"
     "evening: chicken curry and rice 700kcal",
     [eat(p(FRIED_EGG, 2, "large"), TOAST2), run(10, 49 + 40 / 60),
      eat(p(KITKAT, 1, "bar (1.5 oz)"), p(COFFEE, 1, "cup")), eat(stated(700))]),
    ("pre-run: banana\nrun: 16 miles 2:14:30\npost-run: chocolate milk 500ml and a bagel",
     [eat(p(BANANA, 1, "medium")), run(mi(16), 134.5),
      eat(ml(CHOC_MILK, 500), p(BAGEL, 1, "bagel"))]),
    ("7am oats 40g, 12pm tuna sandwich, 5pm 6 mile run 48:20, 8pm shepherds pie 540cal",
     [eat(g(OATS, 40)), eat(TUNA_SARNIE), run(mi(6), 48 + 20 / 60), eat(stated(540))]),
    ("65.2kg / parkrun 23:31 / full english 900kcal / salmon and rice for tea",
     [weight(65.2), run(5, 23 + 31 / 60), eat(stated(900)),
      eat(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"))]),
    ("MEALS: 2 toast w butter, chicken salad sandwich 390kcal, spag bol | "
     "RUN: 11.3 km 58:40 | WEIGHT: 77.0",
     [eat(TOAST2, pat(2)), eat(stated(390)), eat(SPAG_BOL), run(11.3, 58 + 40 / 60),
      weight(77.0)]),
    ("Thurs\nbrekkie - 2 weetabix w semi\nlunch - jacket + beans\n"
     "run - 7.5k 40:05",
     [eat(p(WEETABIX, 2, "biscuits"), ml(SEMI, BOWL_OF_MILK), label="breakfast"),
      eat(*jacket(g(BEANS, HALF_TIN_BEANS_G)), label="lunch"), run(7.5, 40 + 5 / 60)]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Suunto\nRunning\n12.84 km\n1:05:33\nAvg pace 5'06/km", [run(12.84, 65.55)]),
    ("Nike Run Club\n5.02 KM\nAvg Pace 5'48''\nTime 29:07", [run(5.02, 29 + 7 / 60)]),
    ("Fitbit\nRun\n3.11 mi\n31:45\n312 cals", [run(mi(3.11), 31.75)]),
    ("Samsung Health\nRunning\n7.45 km\n00:41:12", [run(7.45, 41.2)]),
    ("Huawei Health\nOutdoor run\n15.00 km\n1:21:40\nAvg heart rate 148 bpm",
     [run(15, 81 + 40 / 60)]),
    ("Wahoo ELEMNT\nRide\n64.3 km\n2:12:09", [act("cycle", 132.15, 64.3)]),
    ("Garmin Connect\nTrail Running\n18.6 km\n2:11:48\nTotal Ascent 740 m", [run(18.6, 131.8)]),
    ("Apple Fitness\nOutdoor Walk\n6.2 km\n1:04:30", [act("walk", 64.5, 6.2)]),
    ("Strava\nMorning Swim\n2,000 m\n41:05", [act("swim", 41 + 5 / 60, 2)]),
    ("COROS\nIndoor Run\n10.00 km\n54:10\nCadence 172", [run(10, 54 + 10 / 60)]),
    ("Polar\nStrength training\n55:00\nCalories 310 kcal", [gym(55)]),
    ("Zwift\nWatopia run\n8.4 km\n45:51", [run(8.4, 45.85)]),
]

DICTATION: list[tuple[str, list[Event]]] = [
    ("just finished twelve kilometres in one hour and two minutes", [run(12, 62)]),
    ("for lunch I had a six inch meatball sub from subway",
     [eat(p(SUB_MEATBALL, 6, "inch sub"), label="lunch")]),
    ("weigh in this morning eighty two point four kilograms", [weight(82.4)]),
    ("ran six point two miles in fifty five minutes and ten seconds",
     [run(mi(6.2), 55 + 10 / 60)]),
    ("dinner was a bowl of chili and a piece of cornbread",
     [eat(p(CHILI, 1, "cup"), p(CORNBREAD, 1, "piece"), label="dinner")]),
    ("had a cup of coffee with a splash of milk and two digestive biscuits",
     [eat(WHITE_COFFEE, g(DIGESTIVE, 2 * DIGESTIVE_G))]),
    ("went for a swim thirty lengths of the fifty metre pool in forty minutes",
     [act("swim", 40, 1.5)]),
    ("log a run of four miles in thirty six minutes please", [run(mi(4), 36)]),
    ("I ate three pancakes with butter and syrup for breakfast",
     [eat(p(PANCAKES, 3, 'pancake (4" dia)'), pat(1), p(MAPLE, 2, "tbsp"), label="breakfast")]),
    ("this is my long run twenty one k in two hours and five minutes", [run(21, 125)]),
]

TYPOS_EMOJI: list[tuple[str, list[Event]]] = [
    ("lng run 24km 2:10:05 🥵🥵", [run(24, 130 + 5 / 60)]),
    ("brekfast: weetabix x3 w/ milk 🥛",
     [eat(p(WEETABIX, 3, "biscuits"), ml(SEMI + "|01077|01211", BOWL_OF_MILK),
          label="breakfast")]),
    ("chese omlette 3 eggs 🍳", [eat(p(OMELETTE, 3, "large"), g(CHEDDAR, 30))]),
    ("ran 7,5 k in 39 mins 😎", [run(7.5, 39)]),
    ("spagetti bolognaise 🍝🍝", [eat(SPAG_BOL)]),
    ("wiegh in 12st 1lb 😐", [stone(12, 1)]),
    ("parkrnu 25:58 🏃‍♂️💨", [run(5, 25 + 58 / 60)]),
    ("cofee and a blueberry mufin ☕🧁",
     [eat(p(COFFEE, 1, "cup"), p(MUFFIN, 1, "medium"))]),
    ("bagle w smoked salmon n cream cheese 🥯",
     [eat(p(BAGEL, 1, "bagel"), g(LOX, 57), p(CREAM_CHEESE, 2, "tbsp"))]),
    ("intervels 10 x 1 min, 8km 42:40 ✅", [run(8, 42 + 40 / 60)]),
]

WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("183.6 lbs this morning", [pounds(183.6)]),
    ("weigh-in: 9st 4", [stone(9, 4)]),
    ("61.05 kg, before breakfast", [weight(61.05)]),
    ("scales said 14 stone 2 pounds, ouch", [stone(14, 2)]),
    ("76.3kg and 19% body fat on the smart scale", [weight(76.3)]),
    ("weight today 167 lb, goal 160", [pounds(167)]),
    ("69,9 kg this morning 🎉 under 70!", [weight(69.9)]),
    ("Friday weigh: 88.0 kg (was 88.6 last week)", [weight(88.0)]),
]

GYM_CROSS: list[tuple[str, list[Event]]] = [
    ("legs day 50 min: bulgarian split squats, RDLs, calf raises", [gym(50)]),
    ("reformer pilates class 50 min", [act("pilates", 50)]),
    ("rowing machine 30 min, 6.8 km", [act("row", 30, 6.8)]),
    ("bouldering for 90 min with the kids", [act("climb", 90)]),
    ("kettlebell circuit 35 min incl core", [gym(35)]),
    ("tennis doubles 1 hr 30", [act("tennis", 90)]),
    ("elliptical 40 min 5.9 km", [act("elliptical", 40, 5.9)]),
    ("upper body and core at the gym, 45 mins", [gym(45)]),
    ("spin class 45 then 15 min abs", [act("cycle|spin", 45), gym(15)]),
]

ABROAD: list[tuple[str, list[Event]]] = [
    ("in Lisbon for work, 9k along the river 47:20, hills everywhere", [run(9, 47 + 20 / 60)]),
    ("hotel breakfast buffet: 2 boiled eggs, a slice of edam and a bread roll",
     [eat(p(BOILED_EGG, 2, "large"), g(EDAM, CHEESE_SLICE_G), p(ROLL, 1, "roll"))]),
    ("jet lagged in Tokyo, 6km round the Imperial Palace 33:05", [run(6, 33 + 5 / 60)]),
    ("airport Burger King before my flight: whopper with cheese and medium fries",
     [eat(p(WHOPPER_CHEESE, 1, "item"), p(BK_FRIES, 1, "medium"))]),
    ("Crete holiday: 10k along the beach 58:30, it was 31 degrees", [run(10, 58.5)]),
    ("in Chamonix for the week, 15k trail 2:05:40 with 900m up, then a tartiflette",
     [run(15, 125 + 40 / 60), unknown(1)]),
    ("over in New York, 6 miles in Central Park 52:12 then a bagel with lox",
     [run(mi(6), 52.2), eat(p(BAGEL, 1, "bagel"), g(LOX, 57))]),
]

STUDENTS: list[tuple[str, list[Event]]] = [
    ("dorm dinner: 2 ham and cheese hot pockets", [eat(p(HOT_POCKET, 2, "serving"))]),
    ("pasta with pesto again, 100g dry pasta and 2 tbsp pesto, student life",
     [eat(g(DRY_PASTA, 100), g("06626|06627", 31.5))]),
    ("ran to my 9am lecture, 3.2 km 16:40", [run(3.2, 16 + 40 / 60)]),
    ("uni cross country club 7k 31:55", [run(7, 31 + 55 / 60)]),
    ("2am in the library, 6 pizza rolls", [eat(p(PIZZA_ROLLS, 1, "serving 6 rolls"))]),
    ("exam fuel: 3 bowls of froot loops, no milk", [eat(g(FROOT_LOOPS, 3 * BOWL_OF_CEREAL))]),
    ("freshers week, ran 5k 31:20 hungover", [run(5, 31 + 20 / 60)]),
]

DIABETIC: list[tuple[str, list[Event]]] = [
    ("T1 here. BG 7.2 before the run, 8k 44:10, had 4 jelly beans at halfway",
     [run(8, 44 + 10 / 60), eat(g(JELLY_BEANS, 4 * JELLY_BEAN_G))]),
    ("libre says 5.1 so a glass of apple juice before my 10k",
     [eat(ml(APPLE_JUICE, GLASS_ML))]),
    ("hypo at km 14, took 2 gels (22g carbs, 90 kcal each), finished 18k in 1:38:00",
     [eat(stated(180)), run(18, 98)]),
    ("bolused 6 units for 2 slices of wholemeal toast with peanut butter",
     [eat(p(WBREAD, 2, "slice"), p(PB, 2, "tbsp"))]),
    ("glucose 9.8 after the long run, 25k 2:20:30", [run(25, 140.5)]),
    ("carb counting: 60g porridge oats with 200ml semi skimmed, 45g carbs",
     [eat(g(OATS, 60), ml(SEMI, 200))]),
]

GLUTEN_FREE: list[tuple[str, list[Event]]] = [
    ("coeliac breakfast: 2 slices of gluten free toast with butter",
     [eat(p(GF_BREAD, 2, "slice"), pat(2))]),
    ("gf pasta with tomato sauce, 2 cups cooked",
     [eat(p(GF_PASTA, 2, "cup spaghetti"), p(MARINARA, 1, "serving 1/2 cup"))]),
    ("2 gluten free waffles with maple syrup before the half",
     [eat(p(GF_WAFFLE, 2, "waffle"), p(MAPLE, 2, "tbsp"))]),
    ("gluten-free so just a jacket potato and beans at the race village",
     [eat(*jacket(g(BEANS, HALF_TIN_BEANS_G)))]),
    ("GF life: rice chex with almond milk and a banana",
     [eat(g(RICE_CHEX, BOWL_OF_CEREAL), by_cup(ALMOND_MILK, BOWL_OF_MILK),
          p(BANANA, 1, "medium"))]),
    ("10k tempo 46:50, then 3 gluten free oreos", [run(10, 46 + 50 / 60),
                                                   eat(p(GF_OREO, 3, "cookies"))]),
]

QUOTED: list[tuple[str, list[Event]]] = [
    ("> are you doing parkrun tomorrow?\nalready did one today, 24:21", [run(5, 24 + 21 / 60)]),
    ("> What did you have for lunch?\ntuna sandwich and an apple",
     [eat(TUNA_SARNIE, p(APPLE, 1, "medium"))]),
    ("> how far did you go?\n14.2 km, took 1:15:40", [run(14.2, 75 + 40 / 60)]),
    ("> weight?\n71.6", [weight(71.6)]),
    ('"nice run!" thanks 😊 it was 16k in 1:24:10', [run(16, 84 + 10 / 60)]),
    ("> Ran 10 km in 52:00\nno, 12 km in 1:02:00", [run(12, 62)]),
]

VERY_LONG: list[tuple[str, list[Event]]] = [
    ("Right, race report for anyone interested. Woke at 5, porridge with a banana at 5:30, "
     "drove up with Dave. Start was chaos, toilet queues everywhere, went off too fast as "
     "always, 4:55 for the first k which was silly. Settled into 5:10s, hit halfway in 54:40 "
     "feeling ok, then the wind on the seafront from 14k was brutal and I just hung on. "
     "Official time 1:49:27 for the half, 3 minutes off my PB but given the wind I'll take "
     "it. Legs are wrecked.",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium")), run(HALF_MARATHON, 109 + 27 / 60)]),
    ("Long one sorry. Had a terrible week at work so this is the first run since Tuesday. "
     "My physio reckons the knee is tendon stuff rather than anything structural, so she's "
     "happy for me to build back slowly with nothing over 8k for two weeks and no speedwork. "
     "So today I did exactly that, 6k in 35:40 nice and easy round the canal, stopped to "
     "stretch twice, and the knee was fine afterwards. Will see how it is tomorrow. Also "
     "weighed myself for the first time in ages, 84.7kg, which is about 2 kilos up on the "
     "summer but that's what happens when you can't run.",
     [run(6, 35 + 40 / 60), weight(84.7)]),
    ("Food today was all over the place. I skipped breakfast because I was running late, "
     "grabbed a blueberry muffin and a latte at the station around 9, then lunch was a "
     "Subway steak and cheese six inch with a bag of chips I regret, and for dinner my "
     "partner made salmon with quinoa and broccoli which was lovely. Had a couple of "
     "squares of dark chocolate after.",
     [eat(p(MUFFIN, 1, "medium"), LATTE), eat(p(SUB_STEAK, 6, "inch sub"),
                                             g(CRISPS_US, CHIPS_BAG_G), label="lunch"),
      eat(p(SALMON, 0.5, "fillet"), p(QUINOA, 1, "cup"), g(BROCCOLI, VEG), label="dinner"),
      eat(g(DARK_CHOC, 2 * SQUARE_G))]),
    ("So I finally did it. Signed up in January having never run further than the bus stop, "
     "followed the plan religiously through the wettest spring on record, missed two weeks "
     "in July with covid, nearly quit in August, and this morning I ran my first ever "
     "marathon in Chester. The first 20 miles were honestly fine, 10:30s, chatting to a "
     "lovely woman from Wrexham, then the wheels came off and I walked bits of the last "
     "10k. Finish time 4:48:09 and I cried at the line. Celebrated with a Big Mac, large "
     "fries and three pints of lager.",
     [run(MARATHON, 288 + 9 / 60),
      eat(p(BIG_MAC, 1, "item"), p(MC_FRIES, 1, "large"), pint_of(BEER, 3))]),
    ("Morning all. Quick update on the training block because a few of you asked at club on "
     "Tuesday. Week 9 of 16 for Manchester, mileage is up to 72 km this week, the long run "
     "went to 29k last Sunday and felt fine, and the plan says 32k this weekend. Today was "
     "the midweek medium long run, 18 km in 1:36:20 with the last 5 at marathon pace, and I "
     "fuelled it with one Maurten gel at 10k (100 kcal) which sat fine. Breakfast after was "
     "two poached eggs on toast and a flat white.",
     [run(18, 96 + 20 / 60), eat(stated(100)),
      eat(p(POACHED, 2, "large"), TOAST2, FLAT_WHITE, label="breakfast")]),
    ("Evening coach. Today's a bit of a mixed bag. I was on the early shift so ate a bowl of "
     "Rice Krispies with skimmed milk at 5am, then nothing but coffee until a chicken and "
     "bacon sandwich from the canteen (it said 512 kcal on the pack) at about 1. Got home "
     "at 4, ran 10k along the river in 53:15, then made a big stir fry with tofu, peppers "
     "and egg noodles, probably 650 kcal all in. One beer with it.",
     [eat(g(RICE_KRISPIES, BOWL_OF_CEREAL), ml(SKIM, BOWL_OF_MILK)), eat(stated(512)),
      run(10, 53.25), eat(stated(650), ml(BEER, BEER_BOTTLE_ML))]),
]

MIXED_LANGUAGES: list[tuple[str, list[Event]]] = [
    ("hoy corrí 10k in 51:30, muy contento", [run(10, 51.5)]),
    ("desayuno: 2 huevos fritos and toast",
     [eat(p(FRIED_EGG, 2, "large"), TOAST2, label="breakfast")]),
    ("footing de 7 km ce matin en 38 min", [run(7, 38)]),
    ("après la course: un croissant et un café au lait",
     [eat(p(CROISSANT, 1, "croissant, medium"), CAFE_CON_LECHE)]),
    ("heute 15 km gelaufen, 1:21:00, jetzt Pause", [run(15, 81)]),
    ("lunch was dal chawal, a cup of each, and one roti",
     [eat(p(DAL, 1, "cup"), p(RICE, 1, "cup"), p(ROTI, 1, "piece"), label="lunch")]),
    ("corrida de 8 km em 44 minutos hoje 🇧🇷", [run(8, 44)]),
]

CHECKLISTS: list[tuple[str, list[Event]]] = [
    ("☑️ run 10k 54:20\n☑️ stretching\n☐ gym\n☑️ 2 litres water", [run(10, 54 + 20 / 60)]),
    ("| day | km | time |\n| mon | 8 | 41:10 |", [run(8, 41 + 10 / 60)]),
    ("- [x] long run 26k 2:25:00\n- [x] protein shake\n- [ ] foam roll",
     [run(26, 145), eat(g(SHAKE, SHAKE_G))]),
    ("breakfast | oats 50g, milk 150ml\nlunch | chicken wrap 480 kcal\ndinner | salmon + rice",
     [eat(g(OATS, 50), ml(MILK, 150), label="breakfast"), eat(stated(480), label="lunch"),
      eat(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"), label="dinner")]),
    ("TODO\n✔ 5k shakeout 28:40\n✔ carb load breakfast: 3 pancakes\n✗ nap",
     [run(5, 28 + 40 / 60), eat(p(PANCAKES, 3, 'pancake (4" dia)'), label="breakfast")]),
    ("weight | 80.2\nrun | 11km | 59:30", [weight(80.2), run(11, 59.5)]),
]

SHORTHAND: list[tuple[str, list[Event]]] = [
    ("LR 28k @ 5:25 avg, 2:31:40", [run(28, 151 + 40 / 60)]),
    ("E 8k 45:10 + 6 x 20s strides", [run(8, 45 + 10 / 60)]),
    ("WU 2k, 4 x 2k @ T w/ 90s, CD 2k = 13.3 km, 1:04:50", [run(13.3, 64 + 50 / 60)]),
    ("MP run: 3E + 10MP + 2E = 15 mi, 1:54:30", [run(mi(15), 114.5)]),
    ("rec 5k 30:30 HR < 140", [run(5, 30.5)]),
    ("S&C 30' + E 6k 34'", [gym(30), run(6, 34)]),
]

WEATHER: list[tuple[str, list[Event]]] = [
    ("-6°C and icy, 10k 55:40 on the road with yaktrax", [run(10, 55 + 40 / 60)]),
    ("34 degrees and 80% humidity, 8 km in 48:15, dead", [run(8, 48.25)]),
    ("ran in the snow, 7.2 km 44:00, 10 cm on the paths", [run(7.2, 44)]),
    ("gale force winds, 12k 1:07:30 out and back, 40 mph gusts", [run(12, 67.5)]),
    ("too hot to run outside (36C) so 45 min on the bike indoors", [act("cycle|spin", 45)]),
    ("heat training: 6 miles at 95F in 55:20", [run(mi(6), 55 + 20 / 60)]),
    ("fog so thick I could barely see, 9k 50:05", [run(9, 50 + 5 / 60)]),
]

TEENS: list[tuple[str, list[Event]]] = [
    ("school cross country 4k 16:50, came 12th out of 80", [run(4, 16 + 50 / 60)]),
    ("county schools 1500m in 4:38", [run(1.5, 4 + 38 / 60)]),
    ("mum made me pasta after xc, like 2 bowls", [eat(p(PASTA, 4, "cup spaghetti not packed"))]),
    ("track club 300m reps x 8, 6.2 km 31:00 total", [run(6.2, 31)]),
    ("after school: 2 chocolate chip cookies and a glass of milk",
     [eat(p(CHOC_CHIP, 2, "cookie"), ml(SEMI + "|01077|01211", GLASS_ML))]),
    ("14 yo, first 10k race 45:30!!", [run(10, 45.5)]),
]

WEEK_CATCHUP: list[tuple[str, list[Event]]] = [
    ("catching up: mon 8k 42:10, wed 10k 51:00, sat parkrun 23:40",
     [run(8, 42 + 10 / 60), run(10, 51), run(5, 23 + 40 / 60)]),
    ("this week: Tue 6 mi 52:00 / Thu 5 mi 43:30 / Sun 12 mi 1:48:00",
     [run(mi(6), 52), run(mi(5), 43.5), run(mi(12), 108)]),
    ("missed logging the weekend: Saturday 18k 1:39:20, Sunday 6k 35:00 easy",
     [run(18, 99 + 20 / 60), run(6, 35)]),
    ("forgot to log: wed swim 1.5km 32 min and thurs spin 45 min",
     [act("swim", 32, 1.5), act("cycle|spin", 45)]),
    ("weekend: Sat long ride 80k 3:05:00, Sun long run 25k 2:15:00",
     [act("cycle", 185, 80), run(25, 135)]),
    ("tuesday and thursday: 7k 38:00 each", [run(7, 38), run(7, 38)]),
]

NON_EVENTS: list[str] = [
    "should I eat before a 6am run?",
    "how many grams of carbs per hour on a long run?",
    "thanks coach!",
    "my 10k race is on sunday, any tips?",
    "what's my weekly total so far?",
    "the scales are broken again",
    "my partner ran a marathon in 3:59 today, so proud",
    "I'm thinking of doing a 50k next year",
    "is it ok to run with a cold?",
    "raining again 🙄",
    "gym or run tomorrow?",
    "target weight 70kg by June",
    "the kids had pizza, I resisted",
    "off to bed, long run tomorrow",
    "how do I change my units to miles?",
    "> how was your run?\nhaven't been yet, later",
    "my watch died at 8k so no data today",
    "anyone else's legs sore after the hills?",
    "what time is parkrun on christmas day?",
    "the race is 21.1 km and I'm aiming for 1:45",
    "I get a stitch every time I run after lunch",
    "do gels break a fast?",
    "is 65 kg a good racing weight for 1.78 m?",
    "planning 3 x 10k next week",
    "dad's doing his first parkrun on saturday",
    "lol no",
    "what does tempo mean?",
    "I've been vegetarian for 2 years, is that ok for marathon training?",
    "good morning ☀️",
    "just bought new shoes, 120 quid",
    "how many calories in a bagel?",
    "my son ate 3 bowls of cereal this morning lol",
    "rest day today, legs say thanks",
    "tomorrow 16 miles with 8 at MP",
    "the canteen had lasagne but I didn't have any",
    "merci coach !",
    "is it normal for my resting heart rate to be 48?",
    "I keep forgetting to log, sorry",
    "Long week, honestly. Work has been mad, the kids have had colds, and I've not managed a "
    "single run since Sunday. Hoping to get out tomorrow before work if the rain holds off, "
    "maybe 8k easy, and then a longer one at the weekend. Any advice on getting back into it "
    "without overdoing it?",
    "what should my easy pace be if my 5k is 24 minutes?",
]

BLOCK: Voices = {
    "uk club": UK_CLUB, "irish and scottish": IRISH_SCOTTISH, "us": US,
    "australian, nz and canadian": AUS_NZ_CANADA, "ultra and trail": ULTRA_TRAIL,
    "triathlon": TRIATHLON, "beginner": BEGINNER, "whole day": WHOLE_DAY, "watch copy": WATCH,
    "voice dictation": DICTATION, "typos and emoji": TYPOS_EMOJI, "weigh-ins": WEIGH_INS,
    "gym and cross-training": GYM_CROSS,
    "abroad": ABROAD, "students": STUDENTS, "type 1 diabetes": DIABETIC,
    "gluten-free": GLUTEN_FREE, "quoted replies": QUOTED, "very long": VERY_LONG,
    "mixed languages": MIXED_LANGUAGES, "checklists and tables": CHECKLISTS,
    "coach shorthand": SHORTHAND, "weather": WEATHER, "teens": TEENS,
    "week catch-up": WEEK_CATCHUP,
    "chat": [(text, []) for text in NON_EVENTS],
}


def main() -> int:
    """Write this block (`--source` the SR28 CSVs): its rows real, its texts in no other block."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
