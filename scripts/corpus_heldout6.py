"""The sixth held-out block: messages written at 08:00 on 2026-11-30 that nobody fixes against.

Written in one sitting by a helper (heldout6) who had not read the parser (engine/parsing/, the
food table, its everyday names, the quantity and time words, and the earlier held-out blocks'
failure lists stayed unread), and scored twice without any parser change made for it: on
commit b47485b (the start of that session) and on main at the session's end, so the two
scores say honestly where the parser stands on messages the project has never tuned to
(tests/data/README.md records both). Its voices are the ones issue 15 names as hardest, written
fresh: UK club runners (cross-country, the Sunday long run, club track night, a chippy tea, a
meal deal, a brew and biscuits, beans on toast, a jacket spud, a pint), US runners (Chipotle,
Trader Joe's, Chick-fil-A, a bagel with schmear, PB&J, Gatorade, a Clif bar, Chobani), ultra
and trail runners (aid-station potatoes, quesadillas, broth, Tailwind, Coke, stroopwafels;
climb and hours on feet), triathletes (swims in metres and yards, rides in km or miles with
watts, bricks, race splits with T1/T2), beginners (run/walk, couch to 5k), whole-day logs in
one message (labels, clock times, numbered and bulleted lists), watch-app copy (Garmin, Strava,
COROS, Polar, Apple Fitness, Nike Run Club), voice-dictated run-ons without punctuation, typos
and emoji, and weigh-ins in kg, lb and stone; about 60 % of the event messages hold a meal, a
quarter a run, the rest sessions, weigh-ins and several events at once; and chat that logs
nothing (plans, questions, other people's numbers, old races, feelings, greetings, reminders,
targets).

Portions a message leaves open follow the earlier blocks (scripts/corpus_fresh.py to
scripts/corpus_heldout4.py: a brew, a UK bag of crisps 25 g, chippy chips 250 g, chips at home
150 g, a jacket potato is USDA's large baked potato, British sausages 40 g each, a handful
28 g, a bowl of cereal 30 g with 125 ml milk, bare "pb" 2 tbsp, honey "with honey" 1 tbsp, a
scoop of whey 30 g, Chipotle's 4 oz scoops, a salmon fillet half of USDA's, a side of
vegetables 80 g, a pint 568 ml, a glass of wine 175 ml, a UK can 330 ml, an aid-station cup
USDA's cup, a quesadilla wedge a quarter of USDA's quesadilla, a cup of ramen 40 g of dry
noodles, a baby potato 45 g, digestives 15 g each, a HobNob the oatmeal cookie row, a custard
cream the vanilla sandwich cookie row at 12 g, a chicken breast USDA's half breast, chicken or
mince in a home dish 120 g and 150 g, gravy 60 g, grated cheese 30 g). New ones, decided once
here:
- a bagel's "schmear" is 2 tbsp of cream cheese; a glass of milk in a US voice is USDA's cup;
- a bodega bacon egg and cheese is a kaiser roll (USDA's hard roll, 57 g), 2 fried eggs, 2
  rashers and a 3/4 oz slice of American cheese, one food (the sandwich) made of those parts;
- biscuits and gravy: 2 medium biscuits with half a cup of sausage gravy (two 1/4 cups);
- tuna mayo on a jacket potato is 100 g of USDA's tuna salad row; a side salad 80 g of lettuce;
- jam on toast 1 tbsp per slice; sausage and mash with no count 2 sausages and a cup of
  mash; a chocolate HobNob is weighed as a HobNob (15 g);
- aid-station potatoes the runner does not count are 3 baby potatoes (135 g); counted ones
  are USDA's boiled potato (2-1/2" sphere, 136 g each), the first household measure; "bacon" at an
  aid station 2 rashers; a cup of watermelon USDA's diced cup; M&Ms "some" a handful (28 g);
- a whole quesadilla from a crew is USDA's chicken quesadilla (180 g);
- a Red Bull is the 8.4 fl oz can; a UK bottle of beer 330 ml; a Chobani is its 5.3 oz pot;
  granola on yoghurt 28 g; a pub bag of pork scratchings 30 g;
- a mug of hot chocolate is USDA's cup of homemade hot cocoa;
- a ham salad sandwich is the ham sandwich of the earlier blocks (2 slices, 56 g ham) with
  30 g of lettuce, one food;
- a whole-wheat English muffin is USDA's toasted whole-wheat muffin (61 g);
- a plate of spag bol is corpus_fresh's spag bol; a Chipotle burrito its heldout3 parts;
- mushy peas are weighed as 80 g of green peas (the split pea row also accepted);
- Joe-Joe's (Trader Joe's chocolate sandwich cookies) are the chocolate creme sandwich cookie
  row, 12 g each (USDA's 3 cookies 36 g);
- a Greggs sausage roll, aid-station stroopwafels and Tailwind without a kcal figure are
  foods or brands SR28 lacks: unresolved (the bot should ask);
- watch copy that gives both moving and elapsed time is logged with the moving time; a watch's
  "calories" are burned, never a meal;
- a 70.3's run is a half marathon (21.0975 km); an Olympic's 10 km; a sprint's as stated.

Label corrections by the team's convention for foods SR28 lacks (2026-11-30 evening, the
"foods" fixer; the convention and its first evidence in scripts/corpus_heldout8.py's
docstring): a stand-in within 15 % of a published kcal for one stands. A Greggs sausage roll
is 348 kcal for 103 g (Greggs' figure, ntro.it.com), the table's 100 g of SR28's pork and beef
sausage 396 (+14 %): "greggs sausage roll" now counts it; a stroopwafel is about 150 kcal for
30 g (ntro.it.com, shop waffles), the table's 30 g waffle 132 (-12 %): "2 stroopwafels" now
counts two.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import (
    BREW,
    CHIPPY_CHIPS,
    CRISP_BAG,
    JACKET,
    LATTE_GRANDE,
    PBJ,
    SHAKE,
    SPAG_BOL,
    TOAST2,
    TUNA_SARNIE,
    TWO_EGGS,
    bangers,
    pint_of,
    rashers,
)
from corpus_heldout import (
    CHICKEN_WRAP,
    CUSTARD_CREAM,
    DIET_COLA,
    ENGLISH_MUFFIN,
    FLAT_WHITE,
    GINGER_ALE,
    GUMMY,
    HAM_CHEESE_TOASTIE,
    OAT_BISCUIT,
    POACHED,
    RED_PEPPER,
    SCRAMBLED,
)
from corpus_heldout2 import BACON_BUTTY, BROTH, CORNBREAD, EGGO, RAMEN, SALSA, TUNA_MAYO
from corpus_heldout3 import (
    ALMOND_MILK,
    AVO_TOAST,
    BABY_POTATO_G,
    CHEERIOS,
    CHIPOTLE_BURRITO,
    CHIPOTLE_SCOOP,
    DIGESTIVES,
    GREEN_BEANS,
    HOT_CHOC,
    LATTE,
    PINTO,
    TACO_BELL_TACO,
    VEG,
    aid_cups,
)
from corpus_labels import (
    ALMONDS,
    APPLE,
    BACON,
    BAGEL,
    BANANA,
    BEANS,
    BEER,
    BLUEBERRIES,
    BOILED_POTATO,
    BREAD,
    BROCCOLI,
    BROWN_RICE,
    BUTTER,
    CARROTS,
    CHEDDAR,
    CHICKEN,
    CHILI,
    CHOC_MILK,
    CLIF,
    COFFEE,
    COLA,
    CORNFLAKES,
    CREAM_CHEESE,
    CROISSANT,
    DIGESTIVE,
    FISH_BATTERED,
    FRIED_EGG,
    GATORADE,
    GRANOLA,
    GRAVY,
    GREEK,
    HASH_BROWN,
    HONEY,
    ICE_CREAM,
    JAM,
    KITKAT,
    MAC_CHEESE,
    MAPLE,
    MASH,
    OATS,
    OJ,
    OVEN_CHIPS,
    PB,
    PEAS,
    PIZZA,
    PORRIDGE,
    RED_BULL,
    RED_WINE,
    RICE,
    RICE_CAKE,
    ROAST_CHICKEN,
    ROLL,
    SALMON,
    SEMI,
    SNICKERS,
    SPINACH,
    TURKEY_SUB,
    WATERMELON,
    WBREAD,
    E,
    Item,
    Meal,
    act,
    block,
    combo,
    eat,
    g,
    gym,
    load_usda,
    mi,
    ml,
    p,
    pounds,
    run,
    stated,
    stone,
    unknown,
    weight,
    write,
)

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout-2026-11-30f.jsonl"
USDA_SOURCE = Path("/work/shared/data/usda-sr")

MILK_2PC = "01079|01077|01211|01082|01174"  # US 2 %, or whole milk
CHOBANI = "01275|01281|01256|01286|01297"  # a Chobani pot: the Chobani rows, or Greek yoghurt
CHOBANI_STRAWBERRY = "01281|01275|01256|01286|01297"
KAISER = "18353|" + ROLL
WW_MUFFIN = "18267|18266|" + ENGLISH_MUFFIN
QUESADILLA = "21488|36052|36051"
BISCUIT = "18009|18012|18013|21009|21419"
SAUSAGE_GRAVY = "06319"
AMERICAN = "01042|01253"
JOE_JOES = "18166|18167"
CHICKEN_THIGH = "05098"
MUSHY_PEAS = PEAS + "|16086"
LETTUCE = "11251|11250"
CHICK_FIL_A_SANDWICH = "21526"

UK_BEER_BOTTLE_ML = 330.0

AID_POTATOES_G = 3 * BABY_POTATO_G
HOBNOB_G = 15.0
JOE_JOE_G = 12.0
CUSTARD_CREAM_G = 12.0  # as scripts/corpus_heldout.py weighs them (3 for 36 g)

SCHMEAR = p(CREAM_CHEESE, 2, "tbsp")
BEC = combo(
    BACON + "|" + KAISER + "|" + FRIED_EGG + "|21007|21003",
    p(KAISER, 1, "roll"), p(FRIED_EGG, 2, "large"), rashers(2), p(AMERICAN, 1, "slice (3/4 oz)"),
)
HAM_SALAD_SARNIE = combo(
    "07029|07028|" + BREAD + "|21156", p(BREAD, 2, "slice"), g("07029|07028", 56), g(LETTUCE, 30)
)
PBJ_QUARTER = combo(PB + "|19300|19297", p(BREAD, 0.5, "slice"), g(PB, 8), g("19300", 5.25))
WHEAT_PBJ = combo(PB + "|19300|19297", p(WBREAD, 2, "slice"), g(PB, 32), g("19300", 21))
SIDE_SALAD = g(LETTUCE, VEG)

Event = dict[str, object] | Meal


def jam_toast(slices: int) -> tuple[Item, Item]:
    return p(BREAD, slices, "slice"), p(JAM, slices, "tbsp")


UK_CLUB: list[tuple[str, list[Event]]] = [
    ("county xc champs today, 9.6k in 41:12, absolute mudbath 🥾", [run(9.6, 41.2)]),
    ("sunday long run w the club 24km 2:14:30 then a bacon butty at the cafe",
     [run(24, 134.5), eat(BACON_BUTTY)]),
    ("track night: 12 x 400 off 60s, 9.1km total in 48 mins incl warm up", [run(9.1, 48)]),
    ("chippy tea tonight, haddock and chips with mushy peas",
     [eat(p(FISH_BATTERED, 1, "serving"), CHIPPY_CHIPS, g(MUSHY_PEAS, VEG), label="dinner")]),
    ("meal deal from boots - ham & cheese sarnie, bag of ready salted and a bottle of water",
     [eat(HAM_CHEESE_TOASTIE, CRISP_BAG)]),
    ("brew and 3 digestives 🍪", [eat(BREW, g(DIGESTIVE, 3 * DIGESTIVES))]),
    ("cheesy beans on 2 slices of wholemeal, proper post-xc scran",
     [eat(g(BEANS, 200), p(WBREAD, 2, "slice"), g(CHEDDAR, 30))]),
    ("jacket spud with tuna mayo and a side salad for lunch",
     [eat(JACKET, g(TUNA_MAYO, 100), SIDE_SALAD, label="lunch")]),
    ("2 pints of best in the clubhouse after the relays 🍺", [eat(pint_of(BEER, 2))]),
    ("cuppa and a couple of choc hobnobs", [eat(BREW, g(OAT_BISCUIT, 2 * HOBNOB_G))]),
    ("sunday dinner - roast chicken, mash, carrots, peas and gravy",
     [eat(g(ROAST_CHICKEN, 120), p(MASH, 1, "cup"), g(CARROTS, VEG), g(PEAS, VEG),
          g(GRAVY, 60))]),
    ("bangers and mash w onion gravy, 3 sausages",
     [eat(bangers(3), p(MASH, 1, "cup"), g(GRAVY, 60))]),
    ("2 slices of toast and jam before parkrun", [eat(*jam_toast(2))]),
    ("greggs sausage roll on the way to track", [eat(g("07065", 100))]),
    ("club handicap 5 mile, 33:48 🏃‍♂️", [run(mi(5), 33.8)]),
    ("tempo with the club 8 miles in 58:20, chucking it down", [run(mi(8), 58 + 20 / 60)]),
    ("cottage pie for tea, big portion ~650kcal", [eat(stated(650), label="dinner")]),
    ("pint of lager and a bag of pork scratchings",
     [eat(pint_of(BEER), g("19041|19408", 30))]),
    ("2 custard creams w a cup of tea", [eat(g(CUSTARD_CREAM, 2 * CUSTARD_CREAM_G), BREW)]),
    ("egg and chips for tea, 2 fried eggs 😋",
     [eat(TWO_EGGS, g(OVEN_CHIPS + "|21238", 150), label="dinner")]),
    ("post xc: mug of hot choc and a kitkat", [eat(p(HOT_CHOC, 1, "cup"), p(KITKAT, 1, "bar"))]),
    ("club track 6 x 150m strides + 4 x 1k, 10.4 km all in, 56 min", [run(10.4, 56)]),
    ("3 eggs scrambled on 2 slices of toast + a cuppa",
     [eat(p(SCRAMBLED, 3, "large"), TOAST2, BREW)]),
    ("circuits at the club, 45 mins", [gym(45)]),
    ("glass of red with tea 🍷", [eat(ml(RED_WINE, 175))]),
    ("cross country relay leg 3.2k 12:58 then 2 digestives and a brew in the tent",
     [run(3.2, 12 + 58 / 60), eat(g(DIGESTIVE, 2 * DIGESTIVES), BREW)]),
    ("ham salad sandwich and an apple at my desk", [eat(HAM_SALAD_SARNIE, p(APPLE, 1, "medium"))]),
    ("S&C after track 30 min", [gym(30)]),
    ("beans on toast, 2 slices, half a tin 👌", [eat(g(BEANS, 200), TOAST2)]),
    ("jacket potato w butter and grated cheese",
     [eat(JACKET, p(BUTTER, 2, "pat"), g(CHEDDAR, 30))]),
    ("meal deal: chicken wrap, walkers ready salted and a can of coke",
     [eat(CHICKEN_WRAP, CRISP_BAG, ml(COLA, 330))]),
    ("2 weetabix with milk and a sliced banana",
     [eat(p("42237", 2, "biscuits"), ml(SEMI + "|01077|01211", 125), p(BANANA, 1, "medium"))]),
    ("ham and cheese toastie from the cafe + a latte", [eat(HAM_CHEESE_TOASTIE, LATTE)]),
]

US: list[tuple[str, list[Event]]] = [
    ("chipotle bowl - double chicken, brown rice, pinto beans, salsa and cheese",
     [eat(g(CHICKEN, 2 * CHIPOTLE_SCOOP), g(BROWN_RICE, CHIPOTLE_SCOOP),
          g(PINTO, CHIPOTLE_SCOOP), g(SALSA, 100), g(CHEDDAR, 28))]),
    ("trader joe's chicken tikka masala frozen meal 360 cals", [eat(stated(360))]),
    ("chick fil a chicken sandwich, no fries today", [eat(p(CHICK_FIL_A_SANDWICH, 1, "sandwich"))]),
    ("everything bagel w schmear and a black iced coffee",
     [eat(p(BAGEL, 1, "bagel"), SCHMEAR, p(COFFEE, 1, "cup"))]),
    ("pb&j on wheat and a glass of 2% milk", [eat(WHEAT_PBJ, p(MILK_2PC, 1, "cup"))]),
    ("drank a 28oz gatorade on the long run", [eat(ml(GATORADE, 28 * 29.5735))]),
    ("clif bar before my 10 miler", [eat(p(CLIF, 1, "bar"))]),
    ("vanilla chobani + granola", [eat(g(CHOBANI, 150), g(GRANOLA, 28))]),
    ("bacon egg and cheese on a roll from the bodega", [eat(BEC)]),
    ("biscuits and gravy at the diner, 2 biscuits",
     [eat(p(BISCUIT, 2, "medium"), p(SAUSAGE_GRAVY, 0.5, "cup"))]),
    ("pb and banana on a whole wheat english muffin",
     [eat(p(WW_MUFFIN, 1, "muffin"), p(PB, 2, "tbsp"), p(BANANA, 1, "medium"))]),
    ("panera mac and cheese, 960 cal for the large", [eat(stated(960))]),
    ("grande latte from starbucks on the way in", [eat(LATTE_GRANDE)]),
    ("turkey trot 6.2 mi 52:40, now eating everything lol", [run(mi(6.2), 52 + 40 / 60)]),
    ("4 mi easy at 9:45 pace", [run(mi(4), 39)]),
    ("peloton tread 30 min, 3.1 mi", [run(mi(3.1), 30)]),
    ("cheerios w 2% and a banana",
     [eat(g(CHEERIOS, 30), ml(MILK_2PC, 125), p(BANANA, 1, "medium"))]),
    ("2 crunchy tacos from taco bell", [eat(p(TACO_BELL_TACO, 2, "each"))]),
    ("shake: 2 scoops whey + 300ml unsweetened almond milk",
     [eat(g(SHAKE, 60), p(ALMOND_MILK, 300 / 236.6, "cup"))]),
    ("sweetgreen chicken caesar 590 cal", [eat(stated(590))]),
    ("bowl of chili and a piece of cornbread",
     [eat(p(CHILI, 1, "cup"), p(CORNBREAD, 1, "piece"))]),
    ("trader joes joe-joe's x4 🙈", [eat(g(JOE_JOES, 4 * JOE_JOE_G))]),
    ("ran 8 miles on the greenway, 1:11:36", [run(mi(8), 71.6)]),
    ("half a PB&J and a gatorade bottle at the halfway point of my 16",
     [eat(combo(PB + "|19300|19297", p(BREAD, 1, "slice"), g(PB, 16), g("19300", 10.5)),
          p(GATORADE, 1, "bottle"))]),
    ("two strawberry chobanis for lunch at work", [eat(g(CHOBANI_STRAWBERRY, 300), label="lunch")]),
    ("trader joe's pork gyoza, 8 pieces, 360 cal", [eat(stated(360))]),
    ("PB&J and a glass of chocolate milk", [eat(PBJ, p(CHOC_MILK, 1, "cup"))]),
    ("clif bar + a 20oz gatorade at mile 10", [eat(p(CLIF, 1, "bar"), p(GATORADE, 1, "bottle"))]),
    ("diner breakfast: 2 eggs over easy, hash browns, wheat toast, coffee",
     [eat(TWO_EGGS, p(HASH_BROWN, 1, "cup prepared"), p(WBREAD, 2, "slice"),
          p(COFFEE, 1, "cup"), label="breakfast")]),
    ("kraft mac n cheese, 1 cup made", [eat(p(MAC_CHEESE, 1, "cup"))]),
]

ULTRA_TRAIL: list[tuple[str, list[Event]]] = [
    ("50k done 🏔 5:48:20 with 2100m of gain", [run(50, 348 + 20 / 60)]),
    ("aid 3: salted potatoes, cup of coke, 2 quesadilla wedges",
     [eat(g(BOILED_POTATO, AID_POTATOES_G), aid_cups(COLA, 1), p(QUESADILLA, 0.5, "each"))]),
    ("cup of broth and a pb&j quarter at mile 38", [eat(p(BROTH, 1, "cup"), PBJ_QUARTER)]),
    ("tailwind 2 scoops per bottle, 4 bottles over the day (100 cal a scoop)",
     [eat(stated(800))]),
    ("3 bottles of tailwind during the run", [unknown(1)]),
    ("2 stroopwafels at the 20 mile aid", [eat(g("18212", 60))]),
    ("4h10 on feet along the ridge, 27 km, 1650 m up", [run(27, 250)]),
    ("back to backs: sat 32k 3:41, sun 21k 2:22", [run(32, 221), run(21, 142)]),
    ("100 miler finished!!! 27:14:05 😭 feet destroyed", [run(mi(100), 27 * 60 + 14 + 5 / 60)]),
    ("trail 14 mi 3:02:00, 3,400 ft of climbing", [run(mi(14), 182)]),
    ("turnaround aid: a cup of watermelon, 2 cups of flat coke and a handful of gummy bears",
     [eat(p(WATERMELON, 1, "cup, diced"), aid_cups(COLA, 2), g(GUMMY, 28))]),
    ("cup of ramen and some m&ms at the overnight aid station",
     [eat(g(RAMEN, 40), g("19141|19140", 28))]),
    ("hill repeats 10 x 90s up, 11.3km 1:05", [run(11.3, 65)]),
    ("6 laps of the hill for vert, 9.8 km 1:21:40, 720m gain", [run(9.8, 81 + 40 / 60)]),
    ("bacon and boiled potatoes w salt at the 50k aid plus a coke",
     [eat(rashers(2), g(BOILED_POTATO, AID_POTATOES_G), aid_cups(COLA, 1))]),
    ("crew handed me a cold quesadilla and a red bull at mile 60",
     [eat(p(QUESADILLA, 1, "each"), p(RED_BULL, 1, "can"))]),
    ("trail marathon 42.2 km 5:02:33, 1,750 m D+", [run(42.2, 302 + 33 / 60)]),
    ("4 gels @ 100 kcal + 2 stroopwafels (140 kcal each) during the 50k",
     [eat(stated(400), stated(280))]),
    ("2 grilled cheese quarters and a cup of ginger ale at the aid",
     [eat(combo(CHEDDAR + "|" + BREAD, p(BREAD, 1, "slice"), g(CHEDDAR, 21), p(BUTTER, 1, "pat")),
          aid_cups(GINGER_ALE, 1))]),
    ("5 boiled potatoes with salt and 2 cups of broth at the night aid",
     [eat(p(BOILED_POTATO, 5, "potato"), p(BROTH, 2, "cup"))]),
]

TRIATHLON: list[tuple[str, list[Event]]] = [
    ("swim 2200m in the pool 44:10", [act("swim", 44 + 10 / 60, 2.2)]),
    ("bike 65km 2:05:30 avg 182W", [act("cycle", 125.5, 65)]),
    ("brick: 90 min on the turbo @ 200w then 5k off the bike 23:40",
     [act("cycle|spin", 90), run(5, 23 + 40 / 60)]),
    ("70.3 splits: swim 36:12 T1 4:05 bike 2:41:50 T2 2:30 run 1:52:18",
     [act("swim", 36.2), act("cycle", 161 + 50 / 60), run(21.0975, 112.3)]),
    ("open water 1.5k 31:05 wetsuit on 🥶", [act("swim", 31 + 5 / 60, 1.5)]),
    ("olympic: 1500m swim 27:20 / T1 1:50 / 40k bike 1:11:02 / T2 1:05 / 10k run 44:31",
     [act("swim", 27 + 20 / 60, 1.5), act("cycle", 71 + 2 / 60, 40), run(10, 44 + 31 / 60)]),
    ("zwift 1h15, 38.4 km, 215w np", [act("cycle|spin", 75, 38.4)]),
    ("masters swim 3000m, 1hr", [act("swim", 60, 3)]),
    ("easy brick run off the bike, 3 mi 25:30", [run(mi(3), 25.5)]),
    ("swim 2.5k 50 min then 4 x 8 min @ 260w on the bike, 1h15 total for the ride",
     [act("swim", 50, 2.5), act("cycle|spin", 75)]),
    ("Sprint tri result\nSwim 750m - 15:40\nT1 - 2:02\nBike 19.8km - 35:15\nT2 - 1:10\n"
     "Run 5km - 24:48\nTotal 1:18:55",
     [act("swim", 15 + 40 / 60, 0.75), act("cycle", 35.25, 19.8), run(5, 24.8)]),
    ("on the bike: 5 gels @ 110 kcal + 2 bottles of skratch (80 kcal each)",
     [eat(stated(550), stated(160))]),
    ("pool 40 lengths of 25m, 38 min", [act("swim", 38, 1.0)]),
    ("long ride 62 miles 3:28 avg 165w, then a 2 mile run 16:30",
     [act("cycle", 208, mi(62)), run(mi(2), 16.5)]),
    ("swim 1650 yards 29:40 then bagel w pb",
     [act("swim", 29 + 40 / 60, 1650 * 0.9144 / 1000), eat(p(BAGEL, 1, "bagel"),
                                                             p(PB, 2, "tbsp"))]),
    ("post race burger and fries from the food truck, ~1100 kcal", [eat(stated(1100))]),
    ("recovery after the brick: 500ml chocolate milk + a banana",
     [eat(ml(CHOC_MILK, 500), p(BANANA, 1, "medium"))]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("c25k week 4 run 2 ✅ 30 mins 3.3km", [run(3.3, 30)]),
    ("day 3 of week 1!! 1 min run 90 sec walk, 28 mins 2.9 km", [run(2.9, 28)]),
    ("run walk 4 km 36 min, ran more than I walked 😊", [run(4, 36)]),
    ("jogged 15 mins without stopping for the first time, 1.9km", [run(1.9, 15)]),
    ("first parkrun ever, 39:14 🥲", [run(5, 39 + 14 / 60)]),
    ("couch to 5k w6d1, 2.7 km in 26 min", [run(2.7, 26)]),
    ("walked 3 miles in an hour with the dog", [act("walk", 60, mi(3))]),
    ("ran 2 miles 24:30, new record for me", [run(mi(2), 24.5)]),
    ("beginner here - had porridge with honey before my run",
     [eat(p(PORRIDGE, 1, "cup"), p(HONEY, 1, "tbsp"))]),
    ("week 2 day 2 c25k, 25 mins, 2.5 k. then a banana",
     [run(2.5, 25), eat(p(BANANA, 1, "medium"))]),
    ("did the NHS app run, 30 min total, 3.1km", [run(3.1, 30)]),
    ("started running again: 1.6 km in 12 min, walked home", [run(1.6, 12)]),
    ("first 5k without walking! 34:50 and a hot choc to celebrate ☕",
     [run(5, 34 + 50 / 60), eat(p(HOT_CHOC, 1, "cup"))]),
    ("starting c25k today, weighed 15st 2lb", [stone(15, 2)]),
    ("walk/jog 45 mins, 4.8km, knees ok", [run(4.8, 45)]),
    ("had a banana and half a bagel an hour before my first parkrun",
     [eat(p(BANANA, 1, "medium"), p(BAGEL, 0.5, "bagel"))]),
    ("1 slice of toast with honey before c25k", [eat(p(BREAD, 1, "slice"), p(HONEY, 1, "tbsp"))]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("b: 2 weetabix, 150ml semi l: ham salad sandwich d: homemade spag bol s: apple",
     [eat(p("42237", 2, "biscuits"), ml(SEMI, 150), label="breakfast"),
      eat(HAM_SALAD_SARNIE, label="lunch"), eat(SPAG_BOL, label="dinner"),
      eat(p(APPLE, 1, "medium"), label="snack")]),
    ("1. porridge + blueberries\n2. chicken wrap\n3. protein bar 200 kcal\n"
     "4. salmon, new pots, green beans",
     [eat(p(PORRIDGE, 1, "cup"), p(BLUEBERRIES, 0.5, "cup")), eat(CHICKEN_WRAP),
      eat(stated(200)),
      eat(p(SALMON, 0.5, "fillet"), g(BOILED_POTATO, 200), g(GREEN_BEANS, VEG))]),
    ("- 7am 2 toast w pb\n- 10am banana\n- 1pm tuna pasta salad 480kcal\n- 4pm 2 rice cakes\n"
     "- 7pm chicken curry and rice 750 kcal",
     [eat(TOAST2, p(PB, 2, "tbsp")), eat(p(BANANA, 1, "medium")), eat(stated(480)),
      eat(p(RICE_CAKE, 2, "cake")), eat(stated(750))]),
    ("breakfast 8:15 - bagel & cream cheese, lunch 12:30 - chipotle chicken burrito, "
     "dinner 7 - grilled salmon, rice, broccoli",
     [eat(p(BAGEL, 1, "bagel"), SCHMEAR, label="breakfast"),
      eat(*CHIPOTLE_BURRITO, label="lunch"),
      eat(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"), g(BROCCOLI, VEG), label="dinner")]),
    ("today: 50g oats w 200ml milk, 2 eggs on toast for lunch, jacket potato beans and cheese "
     "for tea, a kitkat",
     [eat(g(OATS + "|" + PORRIDGE, 50), ml(SEMI + "|01077|01211", 200)),
      eat(TWO_EGGS, TOAST2, label="lunch"),
      eat(JACKET, g(BEANS, 200), g(CHEDDAR, 30), label="dinner"),
      eat(p(KITKAT, 1, "bar"))]),
    ("b 3 egg omelette w spinach\nl leftover chilli 1.5 cups\nd chicken thigh 200g, 1 cup rice, "
     "peppers\nsnacks: greek yog 170g, almonds 30g",
     [eat(p("01130|" + E, 3, "large"), g(SPINACH, 30), label="breakfast"),
      eat(p(CHILI, 1.5, "cup"), label="lunch"),
      eat(g(CHICKEN_THIGH, 200), p(RICE, 1, "cup"), g(RED_PEPPER, VEG), label="dinner"),
      eat(g(GREEK, 170), g(ALMONDS, 30), label="snack")]),
    ("Breakfast\n• 2 slices of toast with butter\n• coffee\nLunch\n• jacket potato "
     "with tuna mayo\nDinner\n• sausage and mash",
     [eat(TOAST2, p(BUTTER, 2, "pat"), p(COFFEE, 1, "cup"), label="breakfast"),
      eat(JACKET, g(TUNA_MAYO, 100), label="lunch"),
      eat(bangers(2), p(MASH, 1, "cup"), label="dinner")]),
    ("6:00 banana\n6:30 long run 26k 2:21:40\n9:00 pancakes w syrup 620 kcal\n13:00 chicken "
     "caesar wrap 450 kcal\n19:00 pizza 3 slices",
     [eat(p(BANANA, 1, "medium")), run(26, 141 + 40 / 60), eat(stated(620)), eat(stated(450)),
      eat(p(PIZZA, 3, "slice"))]),
    ("what i ate: cornflakes & milk, meal deal (chicken sandwich, crisps, diet coke), "
     "chippy tea",
     [eat(g(CORNFLAKES, 30), ml(SEMI + "|01077|01211", 125)),
      eat(combo(CHICKEN + "|" + BREAD, p(BREAD, 2, "slice"), g(CHICKEN, 60)), CRISP_BAG,
          ml(DIET_COLA, 500)),
      eat(p(FISH_BATTERED, 1, "serving"), CHIPPY_CHIPS, label="dinner")]),
    ("b - 2 eggos + syrup\nl - turkey sub 6 inch\nd - chipotle bowl 780 cal",
     [eat(g(EGGO, 70), p(MAPLE, 2, "tbsp"), label="breakfast"),
      eat(p(TURKEY_SUB, 6, "inch sub"), label="lunch"), eat(stated(780), label="dinner")]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Morning Run\n10.04 km\nDistance\n52:37\nTime\n5:14 /km\nAvg Pace\n612\nCalories",
     [run(10.04, 52 + 37 / 60)]),
    ("Check out my activity on Strava: Evening Run 8.52 km 46m 5s", [run(8.52, 46 + 5 / 60)]),
    ("Sunday Long Run\nDistance\n25.31 km\nMoving Time\n2:17:44\nElapsed Time\n2:24:10\n"
     "Elevation Gain\n213 m", [run(25.31, 137 + 44 / 60)]),
    ("COROS PACE 3 | Run\n12.01km 1:02:48\nAvg Pace 5'14\"/km  Avg HR 151", [run(12.01, 62.8)]),
    ("Polar Flow\nRunning\nDuration 0:48:12\nDistance 9.14 km\nAverage heart rate 147 bpm\n"
     "Calories 598 kcal", [run(9.14, 48.2)]),
    ("Outdoor Run\n5.26KM\nWorkout Time\n0:28:45\nAvg. Pace\n5'28\"/KM\nActive Kilocalories\n"
     "341KCAL", [run(5.26, 28.75)]),
    ("Outdoor Run · 3.11 mi · 31:02 · Avg Pace 9'58\"/mi", [run(mi(3.11), 31 + 2 / 60)]),
    ("Nike Run Club\nThursday Night Run\n7.15 Km\nAvg. Pace 5'41\"\nTime 40:40",
     [run(7.15, 40 + 40 / 60)]),
    ("Running · 6.21 mi · 54:12 · 8:44 /mi avg", [run(mi(6.21), 54.2)]),
    ("Treadmill Running\n8.00 km\n44:00\n5:30 /km", [run(8, 44)]),
    ("Trail Run\nDistance 21.4 km\nTime 2:38:09\nElev Gain 1,140 m", [run(21.4, 158 + 9 / 60)]),
    ("Morning Ride\nDistance 42.6 km\nMoving Time 1:28:14\nElevation 390 m\nAvg Power 178 W",
     [act("cycle", 88 + 14 / 60, 42.6)]),
    ("Pool Swim\n2,000 m\n41:36\n2:05 /100m", [act("swim", 41.6, 2.0)]),
    ("Strength Training\nDuration 0:45:00\nAverage heart rate 118 bpm", [gym(45)]),
    ("Lunch Run\n6.02 km · 31:18 · 5:12 /km\nLaps 5:20, 5:14, 5:09, 5:11, 5:10, 5:08",
     [run(6.02, 31.3)]),
    ("Outdoor Walk\n4.02KM\n0:47:30", [act("walk", 47.5, 4.02)]),
]

DICTATION: list[tuple[str, list[Event]]] = [
    ("just got back from a 10K took me 55 minutes and 20 seconds legs are dead",
     [run(10, 55 + 20 / 60)]),
    ("had two slices of toast with peanut butter and a banana before I went out",
     [eat(TOAST2, p(PB, 2, "tbsp"), p(BANANA, 1, "medium"))]),
    ("for lunch I had a chicken Caesar wrap from the Co-op it says 420 calories on the pack",
     [eat(stated(420), label="lunch")]),
    ("ran 7 miles this morning in 1 hour 3 minutes then had scrambled eggs on toast",
     [run(mi(7), 63), eat(p(SCRAMBLED, 2, "large"), TOAST2)]),
    ("weight this morning was 78.6 kilos", [weight(78.6)]),
    ("dinner was salmon with rice and broccoli about a cup of rice",
     [eat(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"), g(BROCCOLI, VEG), label="dinner")]),
    ("log a parkrun 27 minutes 41 seconds and a flat white after",
     [run(5, 27 + 41 / 60), eat(FLAT_WHITE)]),
    ("I had a bowl of cornflakes with semi skimmed milk and a glass of orange juice",
     [eat(g(CORNFLAKES, 30), ml(SEMI, 125), ml(OJ, 250))]),
    ("did an hour of yoga then walked the dog for 40 minutes",
     [act("yoga", 60), act("walk", 40)]),
    ("snack was a handful of almonds and an apple", [eat(g(ALMONDS, 28), p(APPLE, 1, "medium"),
                                                         label="snack")]),
    ("8 by 800 m on the track with 400 m jog recoveries total 10K in 52 minutes",
     [run(10, 52)]),
    ("pizza night three slices of margarita from the takeaway and a bottle of beer",
     [eat(p(PIZZA, 3, "slice"), ml(BEER, UK_BEER_BOTTLE_ML))]),
    ("today I weighed in at 11 stone 6 pounds which is down 2 pounds from last week",
     [stone(11, 6)]),
    ("long run 18 miles 2 hours 45 minutes had 4 gels 100 calories each",
     [run(mi(18), 165), eat(stated(400))]),
    ("breakfast was porridge with blueberries and a spoon of honey then a coffee",
     [eat(p(PORRIDGE, 1, "cup"), p(BLUEBERRIES, 0.5, "cup"), p(HONEY, 1, "tbsp"),
          p(COFFEE, 1, "cup"), label="breakfast")]),
    ("I just had a tuna sandwich and a packet of crisps and a can of diet coke",
     [eat(TUNA_SARNIE, CRISP_BAG, ml(DIET_COLA, 330))]),
    ("after the run I had a protein shake with one scoop of whey and 300 ml of semi skimmed milk",
     [eat(g(SHAKE, 30), ml(SEMI, 300))]),
]

TYPOS_EMOJI: list[tuple[str, list[Event]]] = [
    ("brekky 🥣 porige w banana n honey",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"), p(HONEY, 1, "tbsp"),
          label="breakfast")]),
    ("ran 12k 1:03:14 🔥🔥", [run(12, 63 + 14 / 60)]),
    ("chiken stir fry w noodels 🍜 ~600cal", [eat(stated(600))]),
    ("tuna sandwhich + crisps 😋", [eat(TUNA_SARNIE, CRISP_BAG)]),
    ("5km 24.30 🏃‍♀️💨", [run(5, 24.5)]),
    ("2 bananna and a protien shake 💪", [eat(p(BANANA, 2, "medium"), g(SHAKE, 30))]),
    ("plate of spag bol 🍝", [eat(SPAG_BOL)]),
    ("avacado toast w 2 poached eggs 🥑", [eat(*AVO_TOAST, p(POACHED, 2, "large"))]),
    ("8 mils 1:10:05 😮‍💨", [run(mi(8), 70 + 5 / 60)]),
    ("black cofee + croisant ☕🥐",
     [eat(p(COFFEE, 1, "cup"), p(CROISSANT, 1, "croissant, medium"))]),
    ("half marathon 1:41:22 PB!!!! 🥳🥳🎉", [run(21.0975, 101 + 22 / 60)]),
    ("choc milk 500ml aftr run 🥛", [eat(ml(CHOC_MILK, 500))]),
    ("gym legs day 50min 🦵", [gym(50)]),
    ("snickrs + a redbull 🪫", [eat(p(SNICKERS, 1, "bar"), p(RED_BULL, 1, "can"))]),
    ("chese toastie n a cuppa",
     [eat(combo(CHEDDAR + "|" + BREAD, p(BREAD, 2, "slice"), g(CHEDDAR, 40)), BREW)]),
    ("3 ricecakes w pb 🥜", [eat(p(RICE_CAKE, 3, "cake"), p(PB, 2, "tbsp"))]),
    ("icecream 2 scoops 🍦 earned it", [eat(p(ICE_CREAM, 2, "serving 1/2 cup"))]),
    ("10k in 49:50 🙌 finaly sub 50", [run(10, 49 + 50 / 60)]),
    ("grek yogurt 200g + blueberrys", [eat(g(GREEK, 200), p(BLUEBERRIES, 0.5, "cup"))]),
    ("jaket potato w beanz n cheese 🥔", [eat(JACKET, g(BEANS, 200), g(CHEDDAR, 30))]),
    ("pasta bake leftovers ~550 kcals 🤤", [eat(stated(550))]),
]

WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("82.4kg", [weight(82.4)]),
    ("weighed 13st 3lb this morning", [stone(13, 3)]),
    ("scale: 176.4 lb", [pounds(176.4)]),
    ("9 st 11.5 😬", [stone(9, 11.5)]),
    ("171lbs this am", [pounds(171)]),
    ("weight 64.05 kg", [weight(64.05)]),
    ("12 stone dead on!!", [stone(12)]),
    ("morning weigh-in 58.7 kilos", [weight(58.7)]),
    ("158 pounds after my run", [pounds(158)]),
    ("11st 0lb", [stone(11)]),
    ("200.4 lb, heaviest in a while", [pounds(200.4)]),
    ("bodyweight 90.2kg, 3 mile shakeout 27:15 after",
     [weight(90.2), run(mi(3), 27.25)]),
]

NON_EVENTS: list[str] = [
    "is orange squash ok as a sports drink or do I need proper electrolytes",
    "what should I eat at aid stations for a 50 miler?",
    "my husband ran 10k in 48 min today, faster than me grr",
    "remind me to buy gels before saturday",
    "target: sub 3 at london next april",
    "last xc season I averaged about 38 min for 8k",
    "morning!! ☀️",
    "thinking of doing a 70.3 next year, how much should I bike?",
    "how many carbs per hour on the bike?",
    "feeling rubbish, slept 4 hours",
    "is a chippy tea a bad idea the night before a race",
    "can you do meal plans?",
    "how many miles should week 5 of marathon training be",
    "my coach wants me at 62kg by race day",
    "how many calories in a typical meal deal",
    "cheers coach 🙏",
    "should i run if my calf is tight",
    "planning a 30k trail run with 1000m gain on saturday",
    "what does zone 2 mean",
    "my garmin says vo2 max 52, is that good",
    "c25k week 5 day 3 looks terrifying",
    "tomorrow: swim 2k, bike 40k",
    "race in 3 days, carb loading from tomorrow",
    "what should I weigh at 5'9",
    "brb making a brew",
    "is parkrun on christmas day?",
    "my watch died at mile 9 so no data today 😤",
    "the aid station had pierogies, are they decent fuel?",
    "chobani or fage for protein?",
    "do I count the tailwind calories?",
    "who won the club champs?",
    "gonna try run/walk tomorrow, 1 min each",
    "i used to weigh 14 stone before I started running 😅",
    "how do I pace a brick run?",
    "hiya coach",
    "ugh",
    "how much protein after a 20 miler",
    "is 4 hours on feet too much for a training run",
    "set a reminder for my long run at 7am",
    "what's a good time for a first marathon",
    "pb&j or bagel before a morning race?",
    "my mate had 3 pints and a kebab after the 10k, legend",
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "uk club": UK_CLUB, "us": US, "ultra and trail": ULTRA_TRAIL, "triathlon": TRIATHLON,
    "beginner": BEGINNER, "whole day": WHOLE_DAY, "watch copy": WATCH,
    "voice dictation": DICTATION, "typos and emoji": TYPOS_EMOJI, "weigh-ins": WEIGH_INS,
    "chat": [(text, []) for text in NON_EVENTS],
}



def main() -> int:
    """Write this block alone (make_corpus_reference.py also writes it, with every block)."""
    write(OUT, block(BLOCK, load_usda(USDA_SOURCE)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
