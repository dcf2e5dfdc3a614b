"""The seventh held-out block: messages written on 2026-11-30 11:35-12:10 UTC, never fixed against.

Written in one sitting by a helper (writer) who had not read the parser (engine/parsing/, the
food tables and their everyday names, the quantity, unit and time words) nor any earlier block's
list of misses, and scored on d577781, the start of that session, before any parser change was
made for it (tests/data/README.md records the score and the label corrections).

Half of it is in the everyday voices outside checks use most, written fresh (new foods, new
phrasings): UK club runners, US runners, ultra and trail, triathletes, beginners doing run/walk,
whole-day logs in one message (labels, clock times, numbered and bulleted lines), watch and
Strava copy, voice dictation run-ons, typos and emoji. The other half is in voices no earlier
block has: Scottish runners (a roll and square sausage, Irn-Bru, a fish supper, "stane"), South
African runners (boerewors, rusks, biltong, a braai, pap, a comma decimal), South Asian runners
writing in English (dal, roti, idli, paneer, chai), Singapore and Malaysia (nasi lemak, kaya
toast, teh tarik, prata, Milo), US Hispanic runners (tamales, horchata, pan dulce, empanadas,
maduros), Japanese food abroad (onigiri, ramen, katsu, soba, edamame), keto and low-carb
runners, college cross-country, masters runners over 60, military PT (rucks, the two-mile,
chow hall, MREs), treadmill and gym-goers (km/h, mph, incline) and run commuters. Weigh-ins in
kg, lb and stone; chat that logs nothing (questions with numbers, plans, the past, other
people's food and runs, complaints).

Portions a message leaves open follow the earlier blocks' docstrings (scripts/corpus_fresh.py
to scripts/corpus_heldout6.py: a brew is a mug of tea with a splash of semi-skimmed, a pint
568 ml, a UK bag of crisps 25 g, chippy chips 250 g, oven chips 150 g, a handful 28 g, a bowl of
cereal 30 g with 125 ml of milk, bare "toast" 2 slices, bare "pb" 2 tbsp, a scoop of whey 30 g,
a side of vegetables 80 g, a salmon fillet half of USDA's, grated cheese 30 g, a UK bottle of
beer 330 ml, a glass of wine 175 ml, a glass of juice 250 ml, a glass of milk in a US voice
USDA's cup, half an avocado 68 g, a cup of ramen 40 g of dry noodles, a pot of yoghurt 150 g,
British sausages 40 g each, mince in a home dish 150 g, a bagel's schmear 2 tbsp, an aid-station
cup USDA's cup, a Milo USDA's cup of chocolate malted drink). New ones, decided here before the
block was scored (USDA's own household measures where it has one):
- roti and chapati are USDA's chapati/roti piece (68 g); a bowl of dal is USDA's cup of cooked
  lentils (the lentil soup row also accepted); "rajma" is USDA's cup of cooked kidney beans;
- a cup of chai (masala chai) is 120 ml of brewed black tea, 120 ml of whole milk and a
  teaspoon of sugar, one food;
- idli, poha, paneer, nasi lemak, kaya toast, teh tarik, roti prata, boerewors, tattie
  scones, Irn-Bru, square (Lorne) sausage, onigiri, nigiri and miso soup have no SR28 row: with
  no kcal given the meal should ask about them (unresolved, one per such food), whatever else
  it holds;
- biltong is weighed as USDA's beef jerky; pap is USDA's cooked white corn grits (a cup a
  "cup" or a "bowl"); a mielie is USDA's medium ear of sweet corn; a braai lamb chop is USDA's
  broiled loin chop (64 g of meat); a Castle (South African lager) bottle 340 ml;
- a pork tamale is USDA's Latino restaurant pork tamale (142 g), a cheese tamale its Mexican
  restaurant cheese tamale (179 g); a glass of horchata USDA's restaurant cup; a concha is
  USDA's slice of pan dulce (63 g); an empanada USDA's Latino beef empanada piece (89 g);
  maduros are USDA's fried yellow plantains (a cup 169 g); cafe con leche is 120 ml of coffee
  with 120 ml of whole milk; "arroz con frijoles" USDA's restaurant cup;
- a cup of edamame or soba is USDA's cup (prepared edamame, cooked soba);
- bulletproof coffee is a cup of coffee, a tablespoon of butter and a tablespoon of MCT oil,
  USDA's coconut oil standing in for MCT oil (both pure fat);
- a steak given in ounces is USDA's grilled lean rib eye (the sirloin rows also accepted);
  "a bit of cheddar" 30 g; celery sticks 2 medium stalks;
- a cappuccino is 60 ml of espresso and 180 ml of semi-skimmed milk, one food;
- an omelette with ham and cheese is 3 eggs as USDA's omelet row, 30 g ham and 30 g cheddar;
  "a bit of salad" is the 80 g side salad of block f;
- a glazed doughnut is USDA's medium yeast doughnut (60 g); a pop-tart USDA's pastry (54 g);
- mince and tatties is 150 g of cooked mince and 200 g of boiled potatoes;
- a bowl of pasta is 2 cups of cooked pasta with half a cup of tomato sauce; "some parmesan"
  a tablespoon;
- chow-hall OJ with no size is USDA's cup; hash browns USDA's cup prepared;
- a treadmill run given as a speed and a time is logged at the distance they imply; an incline
  walk is a walk; a ruck is a walk or a hike (either name accepted), not a run;
- a South African "68,4 kg" is 68.4 kg.

Label corrections after the first scoring (my own mistakes, found reading the misses; no parser
output was taken as a reference): rusks were called unresolved, but SR28 has a rusk row
("Crackers, rusk toast", 18224, USDA's rusk 10 g, zwieback also accepted); chocolate
digestives accepted only the plain graham row, now the chocolate-coated graham row first (the
plain one still accepted); a rotisserie chicken accepted only the rotisserie and breast rows, now
the roast chicken rows of the earlier blocks too; "cup noodles" (a retail pot) had been given the
aid-station "cup of ramen" portion (40 g), now USDA's package (81 g).
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import (
    BREW,
    CHEESE_SARNIE,
    CHIPPY_CHIPS,
    CRISP_BAG,
    SHAKE,
    SPAG_BOL,
    TOAST2,
    TWO_EGGS,
    pint_of,
    rashers,
)
from corpus_heldout import (
    ALMOND_BUTTER,
    BRAN_FLAKES,
    CHICKEN_WRAP,
    CORN,
    ENGLISH_MUFFIN,
    FLAT_WHITE,
    HONEY_NUT,
    SCRAMBLED,
    TANGERINE,
)
from corpus_heldout2 import (
    BANANA_BREAD,
    BROTH,
    GRILLED_CHEESE,
    JERKY,
    RAMEN,
    STRING_CHEESE,
)
from corpus_heldout3 import (
    BEAN_BURRITO,
    CINNAMON_ROLL,
    FISH_FINGER_SARNIE,
    FISH_FINGERS,
    GRILLED_CHEESE_QUARTER,
    LAMB_CHOP,
    aid_cups,
)
from corpus_heldout4 import MARMALADE
from corpus_heldout5 import MILO, PLANT_MILK, WHITE_COFFEE
from corpus_heldout6 import MILK_2PC, SCHMEAR, SIDE_SALAD
from corpus_labels import (
    AVOCADO,
    BACON,
    BAGEL,
    BANANA,
    BEANS,
    BEER,
    BOILED_POTATO,
    BREAD,
    BROCCOLI,
    BUTTER,
    CHEDDAR,
    CHICKEN,
    CHICKEN_NOODLE,
    CHILI,
    CHOC_MILK,
    CIDER,
    COFFEE,
    COLA,
    COUSCOUS,
    DIGESTIVE,
    ESPRESSO,
    FISH_BATTERED,
    FRIED_EGG,
    GATORADE,
    GRANOLA,
    GREEK,
    HAM,
    HASH_BROWN,
    HONEY,
    LENTILS,
    MAPLE,
    MARINARA,
    MASH,
    OATS,
    OJ,
    OLIVE_OIL,
    OVEN_CHIPS,
    PANCAKES,
    PASTA,
    PB,
    PEANUTS,
    PEAR,
    PEAS,
    PEPPERONI_PIZZA,
    PIZZA,
    POP_TART,
    PORRIDGE,
    PRETZELS,
    RAISINS,
    RED_WINE,
    RICE,
    ROAST_CHICKEN,
    ROLL,
    SALMON,
    SAUSAGE,
    SEMI,
    SHORTBREAD,
    SKIM,
    STEAK,
    SWEET_POTATO,
    TEA,
    WBREAD,
    WEETABIX,
    WHOLE_MILK,
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

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout-2026-11-30g.jsonl"
USDA_SOURCE = Path("/work/shared/data/usda-sr")

ROTI = "28306|28285"
DAL = LENTILS + "|06037"
KIDNEY = "16033|16027"
SUGAR = "19335"
CHAI = combo(TEA + "|" + WHOLE_MILK + "|" + SUGAR + "|14545", ml(TEA, 120), ml(WHOLE_MILK, 120),
             p(SUGAR, 1, "tsp"))
PAP = "08091|08093"
PORK_TAMALE = "36412|35237|36411|36056"
CHEESE_TAMALE = "36056|36411|36412"
HORCHATA = "14638"
PAN_DULCE = "18955"
EMPANADA = "36403"
MADUROS = "09447|09278"
ARROZ_FRIJOLES = "36405"
CAFE_CON_LECHE = combo(COFFEE + "|" + WHOLE_MILK, ml(COFFEE, 120), ml(WHOLE_MILK, 120))
EDAMAME = "11212|11211"
SOBA = "20115"
MCT = "04047"
RIBEYE = "23100|13951|13952|" + STEAK
PORK_RINDS = "19041|19408"
CELERY = "11143"
ASPARAGUS = "11012|11011"
CHIA = "12006"
ALMOND_MILK = "14091|14016"
DOUGHNUT = "18255|18250"
OMELETTE = "01130|" + E
PARMESAN = "01032|01033"
CASTLE_ML = 340.0
UK_BOTTLE_ML = 330.0
GLASS_ML = 250.0
BOWL_OF_MILK = 125.0
VEG = 80.0
MINCE = "23567|23569|23562|23564"
RUSK = "18224|03217"
CHOC_DIGESTIVE = "18174|" + DIGESTIVE
BISCUIT_G = 15.0  # a digestive, as block c weighs them

BULLETPROOF = combo(COFFEE + "|" + BUTTER + "|" + MCT, p(COFFEE, 1, "cup"), p(BUTTER, 1, "tbsp"),
                    p(MCT, 1, "tbsp"))
CAPPUCCINO = combo(SEMI + "|" + ESPRESSO, ml(ESPRESSO, 60), ml(SEMI, 180))
HAM_CHEESE_OMELETTE = (p(OMELETTE, 3, "large"), g(HAM, 30), g(CHEDDAR, 30))
BOWL_OF_PASTA = (p(PASTA, 2, "cup spaghetti not packed"), p(MARINARA, 1, "serving 1/2 cup"))
TOASTIE = combo(CHEDDAR + "|" + BREAD, p(BREAD, 2, "slice"), g(CHEDDAR, 40))

Event = dict[str, object] | Meal


def pap(cups: float = 1.0) -> Item:
    return p(PAP, cups, "cup")


UK_CLUB: list[tuple[str, list[Event]]] = [
    ("harriers 10 mile road race this morning, 68:40, then a pint of cider in the rugby club 🍏",
     [run(mi(10), 68 + 40 / 60), eat(pint_of(CIDER))]),
    ("hill sprints w the club, 7.4km 39 mins all in", [run(7.4, 39)]),
    ("post-parkrun caff: bacon roll and a flat white",
     [eat(combo(BACON + "|" + ROLL + "|21162", p(ROLL, 1, "roll"), rashers(2)), FLAT_WHITE)]),
    ("tea was sausage casserole, the pack says 580 kcal", [eat(stated(580), label="dinner")]),
    ("relay leg 2 done: 4.1k in 15:52, buzzing", [run(4.1, 15 + 52 / 60)]),
    ("cheese sarnie and a packet of salt and vinegar at my desk", [eat(CHEESE_SARNIE, CRISP_BAG)]),
    ("sunday group long run 29k, 2:41:05, legs gone", [run(29, 161 + 5 / 60)]),
    ("pint of bitter and a bag of dry roasted peanuts at the club presentation night",
     [eat(pint_of(BEER), g(PEANUTS, 50))]),
    ("beans on toast with a fried egg on top",
     [eat(g(BEANS, 200), TOAST2, p(FRIED_EGG, 1, "large"))]),
    ("club scales say 10st 12", [stone(10, 12)]),
    ("winter league xc, 7.8 km 33:19, lost a shoe in the bog 🥾", [run(7.8, 33 + 19 / 60)]),
    ("oven chips, 2 fish fingers and peas for tea, knackered",
     [eat(g(OVEN_CHIPS, 150), p(FISH_FINGERS, 2, "stick"), g(PEAS, VEG), label="dinner")]),
]

US: list[tuple[str, list[Event]]] = [
    # label correction (meals9, 2026-12-01): a rotisserie chicken off the bird is USDA's whole
    # bird, meat and skin (blocks d's and the voices probes' rule; tests/data/README.md "Label
    # conflicts decided"), not the breast meat alone
    ("3 oz costco rotisserie chicken and a cup of white rice",
     [eat(g(ROAST_CHICKEN + "|05342|05000", 85), p(RICE, 1, "cup"))]),
    ("ran the turkey trot route again as a tune up, 4 miles 31:18", [run(mi(4), 31.3)]),
    ("2 glazed donuts from the break room, oops 🍩", [eat(p(DOUGHNUT, 2, "doughnut, medium"))]),
    ("6 mi tempo, 4 @ 7:30 in the middle, 48:55 total", [run(mi(6), 48 + 55 / 60)]),
    ("overnight oats - 1/2 cup oats, 1/2 cup almond milk, 1 tbsp chia, drizzle of honey",
     [eat(p(OATS, 0.5, "cup"), p(ALMOND_MILK, 0.5, "cup"), g(CHIA, 12), p(HONEY, 1, "tbsp"))]),
    ("in-n-out double double, 610 cal per their site", [eat(stated(610))]),
    ("pb toast x2 and a banana before the half",
     [eat(TOAST2, p(PB, 2, "tbsp"), p(BANANA, 1, "medium"))]),
    ("baked sweet potato and 6 oz grilled chicken for dinner",
     [eat(p(SWEET_POTATO, 1, "medium"), g(CHICKEN, 170), label="dinner")]),
    ("10 mile progression on the towpath 1:21:40", [run(mi(10), 81 + 40 / 60)]),
    ("bowl of honey nut cheerios w 2%", [eat(g(HONEY_NUT, 30), ml(MILK_2PC, BOWL_OF_MILK))]),
    ("16oz cold brew with a splash of oat milk",
     [eat(ml(COFFEE + "|14209", 16 * 29.5735), ml(PLANT_MILK, 30))]),
    ("163.8 lbs on the bathroom scale", [pounds(163.8)]),
]

ULTRA_TRAIL: list[tuple[str, list[Event]]] = [
    ("60k mountain race 7:12:44, 2900 m of climbing, wrecked", [run(60, 432 + 44 / 60)]),
    ("aid 5: 2 cups of coke, a handful of pretzels, half a banana",
     [eat(aid_cups(COLA, 2), g(PRETZELS, 28), p(BANANA, 0.5, "medium"))]),
    ("vert session 1h40, 12.2 km, 980 m up", [run(12.2, 100)]),
    ("cup of chicken noodle soup and a grilled cheese quarter at mile 44",
     [eat(p(CHICKEN_NOODLE, 1, "serving 1 cup"), GRILLED_CHEESE_QUARTER)]),
    ("night section 31 km in 4:55:10, headtorch died twice", [run(31, 295 + 10 / 60)]),
    ("local loop fkt attempt: 18.6 mi 3:22:48", [run(mi(18.6), 202.8)]),
    ("crew gave me a cup of mashed potatoes and a cup of broth at 80k",
     [eat(p(MASH, 1, "cup"), p(BROTH, 1, "cup"))]),
    ("9 gels at 100 kcal each over the 50 miler", [eat(stated(900))]),
    ("double day: 15k am in 1:31, 8k pm in 49 min", [run(15, 91), run(8, 49)]),
    ("2 maurten 160s (160 kcal each) and a 500ml bottle of coke on the course",
     [eat(stated(320), ml(COLA, 500))]),
    ("grilled cheese and a cup of coke at the 40 mile aid, best thing ever",
     [eat(GRILLED_CHEESE, aid_cups(COLA, 1))]),
]

TRIATHLON: list[tuple[str, list[Event]]] = [
    ("swim 1800m 35:20 in the 50m pool", [act("swim", 35 + 20 / 60, 1.8)]),
    ("trainer ride 1h30 sweet spot, 46 km", [act("cycle|spin", 90, 46)]),
    ("brick: 2h ride 58 km then 6k run 29:15", [act("cycle|spin", 120, 58), run(6, 29.25)]),
    ("ironman splits - swim 1:08:40, bike 5:42:10, run 4:05:33",
     [act("swim", 68 + 40 / 60), act("cycle", 342 + 10 / 60), run(42.195, 245 + 33 / 60)]),
    ("lake swim 2.4k 48 mins, then a coffee and a cinnamon roll",
     [act("swim", 48, 2.4), eat(p(COFFEE, 1, "cup"), p(CINNAMON_ROLL, 1, "large"))]),
    ("on the bike: 3 bars @ 230 kcal + 3 x 500ml gatorade",
     [eat(stated(690), ml(GATORADE, 1500))]),
    ("sprint tri today — 400m swim 8:05, 20k bike 36:40, 5k run 22:58",
     [act("swim", 8 + 5 / 60, 0.4), act("cycle", 36 + 40 / 60, 20), run(5, 22 + 58 / 60)]),
    ("recovery swim 1k easy, 22 min", [act("swim", 22, 1.0)]),
    ("post-race: 2 slices of banana bread and a shake (1 scoop whey, water)",
     [eat(p(BANANA_BREAD, 2, "slice"), g(SHAKE, 30))]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("c25k w5d3 - 20 mins running nonstop!! 2.6km 😭", [run(2.6, 20)]),
    ("run 1 walk 2 x 8, 24 min total, 2.3 km", [run(2.3, 24)]),
    ("my first ever 10k race 1:08:12 🎉", [run(10, 68.2)]),
    ("jeffing today: 5 km in 37:30", [run(5, 37.5)]),
    ("week 3 weigh in 94.3kg, down 1.2!", [weight(94.3)]),
    ("3 laps of the park run/walk, 4.5km in 42 mins, then a cup of tea",
     [run(4.5, 42), eat(BREW)]),
    ("pot of yoghurt and a banana before my 2nd ever run",
     [eat(g(GREEK + "|01116|01117", 150), p(BANANA, 1, "medium"))]),
    ("non stop 1 mile jog in 13:20!!", [run(mi(1), 13 + 20 / 60)]),
    ("c25k graduation run 5.2km 35:05, then a fish finger sandwich",
     [run(5.2, 35 + 5 / 60), eat(FISH_FINGER_SARNIE)]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("Mon log\n07:00 weetabix x2 + milk\n12:30 tuna pasta 520kcal\n16:00 ran 8k 42:10\n"
     "19:30 chicken stir fry 650 kcal",
     [eat(p(WEETABIX, 2, "biscuits"), ml(SEMI + "|01077|01211", BOWL_OF_MILK)), eat(stated(520)),
      run(8, 42 + 10 / 60), eat(stated(650))]),
    ("B - 2 boiled eggs & toast\nL - jacket w cheese\nD - lasagne 450kcal\nS - 2 satsumas",
     [eat(p("01129|" + E, 2, "large"), TOAST2, label="breakfast"),
      eat(p("11674", 1, "potato large"), g(CHEDDAR, 30), label="lunch"),
      eat(stated(450), label="dinner"), eat(p(TANGERINE, 2, "medium"), label="snack")]),
    ("• 6am coffee + banana\n• 9am long-ish run 14k 1:16:30\n• 11am 3 pancakes w syrup\n"
     "• 6pm salmon, couscous, asparagus",
     [eat(p(COFFEE, 1, "cup"), p(BANANA, 1, "medium")), run(14, 76.5),
      eat(p(PANCAKES, 3, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp")),
      eat(p(SALMON, 0.5, "fillet"), p(COUSCOUS, 1, "cup"), g(ASPARAGUS, VEG))]),
    ("breakfast: greek yogurt 150g w granola, lunch: turkey club 640 kcal, dinner: 8oz steak + "
     "baked potato",
     [eat(g(GREEK, 150), g(GRANOLA, 28), label="breakfast"), eat(stated(640), label="lunch"),
      eat(g(RIBEYE, 8 * 28.35), p("11674", 1, "potato medium"), label="dinner")]),
    ("food today: porridge w banana / cheese toastie / chicken curry & rice 800kcal / 2 digestives",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium")), eat(TOASTIE), eat(stated(800)),
      eat(g(DIGESTIVE, 2 * BISCUIT_G))]),
    ("1) 2 eggs + avo on toast 2) chipotle bowl 720 cal 3) ran 5 mi 41:30 4) pesto pasta 600 kcal",
     [eat(p(FRIED_EGG + "|01129|01132", 2, "large"), g(AVOCADO, 68), p(BREAD, 1, "slice")),
      eat(stated(720)), run(mi(5), 41.5), eat(stated(600))]),
    ("Tues: bagel + pb (b), leftover chilli (l), 10k 51:40, spag bol (d)",
     [eat(p(BAGEL, 1, "bagel"), p(PB, 2, "tbsp"), label="breakfast"),
      eat(p(CHILI, 1, "cup"), label="lunch"), run(10, 51 + 40 / 60),
      eat(SPAG_BOL, label="dinner")]),
    ("today's intake\nbrekkie: 40g oats, 200ml oat milk\nlunch: falafel wrap 560 kcal\n"
     "dinner: 2 fish fingers, peas, 150g oven chips",
     [eat(g(OATS, 40), ml(PLANT_MILK, 200), label="breakfast"), eat(stated(560), label="lunch"),
      eat(p(FISH_FINGERS, 2, "stick"), g(PEAS, VEG), g(OVEN_CHIPS, 150), label="dinner")]),
    ("am: 6 mile easy 52 min. then 2 scrambled eggs on a toasted english muffin. pm: gym 40 min. "
     "dinner chicken fajitas ~700",
     [run(mi(6), 52), eat(p(SCRAMBLED, 2, "large"), p(ENGLISH_MUFFIN, 1, "muffin")), gym(40),
      eat(stated(700), label="dinner")]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Afternoon Run\n11.27 km\n58:03\n5:09 /km\nElevation Gain 87 m", [run(11.27, 58.05)]),
    ("Garmin Connect\nRunning\nDistance: 16.09 km\nTime: 1:24:51\nAvg Pace: 5:16 /km\n"
     "Calories: 1,012", [run(16.09, 84.85)]),
    ("Strava: Lunch Run — 7.42 mi, 1:02:17, 8:24/mi", [run(mi(7.42), 62 + 17 / 60)]),
    ("COROS\nTrack Run\n6.40 km  29:36\nAvg Pace 4'38\"/km", [run(6.4, 29.6)]),
    ("Apple Watch\nOutdoor Run\n4.12MI\n38:44\n9'24\"/MI\n412 ACTIVE CAL",
     [run(mi(4.12), 38 + 44 / 60)]),
    ("Indoor Cycling\n45:00\n22.5 km\nAvg HR 138", [act("cycle|spin", 45, 22.5)]),
    ("Suunto\nTrail running\n2:05:47\n18.3 km\nAscent 760 m", [run(18.3, 125 + 47 / 60)]),
    ("Open Water Swim\n1.82 km\n38:09\n2:06 /100m", [act("swim", 38.15, 1.82)]),
    ("Evening Run\nMoving time 42:18\nElapsed time 47:02\nDistance 8.01 km", [run(8.01, 42.3)]),
    ("Polar\nStrength training\n0:55:00\nCalories 320 kcal", [gym(55)]),
    ("Hike\n12.6 km\n3:14:20\nElevation gain 640 m", [act("hike|walk", 194 + 20 / 60, 12.6)]),
]

DICTATION: list[tuple[str, list[Event]]] = [
    ("so I went out for an easy 6 miles this evening took about 57 minutes felt good",
     [run(mi(6), 57)]),
    ("for breakfast I had two Weetabix with semi skimmed milk and a coffee with milk",
     [eat(p(WEETABIX, 2, "biscuits"), ml(SEMI, BOWL_OF_MILK), WHITE_COFFEE, label="breakfast")]),
    ("I've just had a ham and cheese omelette with three eggs and a bit of salad",
     [eat(*HAM_CHEESE_OMELETTE, SIDE_SALAD)]),
    ("note that I ran twelve kilometres in one hour and four minutes", [run(12, 64)]),
    ("lunch was a chicken and sweetcorn sandwich from Tesco 380 calories",
     [eat(stated(380), label="lunch")]),
    ("weighed myself this morning 12 stone 1 pound", [stone(12, 1)]),
    ("had a bowl of pasta with tomato sauce and some parmesan for dinner",
     [eat(*BOWL_OF_PASTA, p(PARMESAN, 1, "tbsp"), label="dinner")]),
    ("interval session today six times one kilometre with two minute recoveries nine and a half K "
     "in forty nine minutes", [run(9.5, 49)]),
    ("two chocolate digestives and a glass of milk before bed",
     [eat(g(CHOC_DIGESTIVE, 2 * BISCUIT_G), ml(SEMI + "|01077|01211", GLASS_ML))]),
]

TYPOS_EMOJI: list[tuple[str, list[Event]]] = [
    ("brekfast 🍳 2 egs on tost", [eat(TWO_EGGS, TOAST2, label="breakfast")]),
    ("10km 52.40 🥵", [run(10, 52 + 40 / 60)]),
    ("banan + peenut butter toast 🥜🍌", [eat(p(BANANA, 1, "medium"), TOAST2, p(PB, 2, "tbsp"))]),
    ("chicken ceasar salad ~480 cals 🥗", [eat(stated(480))]),
    ("ran 7 mi 😤 1:01:12", [run(mi(7), 61.2)]),
    ("capuccino + blueberry mufin ☕️", [eat(CAPPUCCINO, p("18274", 1, "medium"))]),
    ("protien bar 210kcal n a cofee 💪", [eat(stated(210), p(COFFEE, 1, "cup"))]),
    ("parkrun 26.12 💨 pb by 20 secs", [run(5, 26.2)]),
    ("2 slics pizza 🍕 n a beer", [eat(p(PIZZA, 2, "slice"), ml(BEER, UK_BOTTLE_ML))]),
    ("weigh in 71.6kg 📉", [weight(71.6)]),
    ("chiken wrap + crips 😋", [eat(CHICKEN_WRAP, CRISP_BAG)]),
]

SCOTTISH: list[tuple[str, list[Event]]] = [
    ("roll and square sausage fae the van before the hill race", [unknown(1)]),
    ("hill race up the pentlands, 11.5k 1:06:20, baltic at the top", [run(11.5, 66 + 20 / 60)]),
    ("can of irn bru and a tattie scone efter parkrun", [unknown(2)]),
    ("fish supper fae the chippy efter the club run",
     [eat(p(FISH_BATTERED, 1, "serving"), CHIPPY_CHIPS)]),
    ("porridge wi salt, nae sugar, made wi water", [eat(p(PORRIDGE, 1, "cup"))]),
    ("west highland way section, 32k in 4:02 in the dreich", [run(32, 242)]),
    ("mince and tatties for ma tea", [eat(g(MINCE, 150), g(BOILED_POTATO, 200), label="dinner")]),
    ("weighed 14 stane 3 this morning", [stone(14, 3)]),
    ("a couple of shortbread and a cuppa at the halfway hut",
     [eat(p(SHORTBREAD, 2, "cookie"), BREW)]),
    ("club night at the meadows, 6 x 1k, 10.2k total 50:30", [run(10.2, 50.5)]),
]

SOUTH_AFRICAN: list[tuple[str, list[Event]]] = [
    ("braai tonight, boerewors roll and a castle", [unknown(1)]),
    ("2 rusks and a coffee before my run", [eat(p(RUSK, 2, "rusk"), p(COFFEE, 1, "cup"))]),
    ("comrades training: 42k long run 3:58:10 on the hills", [run(42, 238 + 10 / 60)]),
    ("50g biltong on the drive to the race", [eat(g(JERKY, 50))]),
    ("braai: 2 lamb chops, a mielie and a cup of pap",
     [eat(p(LAMB_CHOP, 2, "chop"), p(CORN, 1, "ear medium"), pap())]),
    ("parkrun in pretoria 24:51 then a toasted cheese", [run(5, 24.85), eat(TOASTIE)]),
    ("weigh-in: 68,4 kg", [weight(68.4)]),
    ("two oceans training 28km 2:36", [run(28, 156)]),
    ("bowl of pap with milk and sugar for brekkie",
     [eat(pap(), ml(WHOLE_MILK + "|" + SEMI, BOWL_OF_MILK), p(SUGAR, 1, "tsp"),
          label="breakfast")]),
]

SOUTH_ASIAN: list[tuple[str, list[Event]]] = [
    ("2 roti with a bowl of dal for dinner",
     [eat(p(ROTI, 2, "piece"), p(DAL, 1, "cup"), label="dinner")]),
    ("morning run 7 km in 43 minutes before office", [run(7, 43)]),
    ("had chai and a banana after the run", [eat(CHAI, p(BANANA, 1, "medium"))]),
    ("4 idlis for breakfast before the 10k", [unknown(1)]),
    ("paneer tikka 200g at the team dinner", [unknown(1)]),
    ("chicken biryani from the restaurant, roughly 750 kcal", [eat(stated(750))]),
    ("10k race in bengaluru 58:22, so humid", [run(10, 58 + 22 / 60)]),
    ("rajma chawal - 1 cup rajma and 1 cup rice",
     [eat(p(KIDNEY, 1, "cup"), p(RICE, 1, "cup"))]),
    ("weight 76.8 kg today", [weight(76.8)]),
    ("masala chai + 2 boiled eggs post run",
     [eat(CHAI, p("01129|" + E, 2, "large"))]),
]

SINGAPORE_MALAYSIA: list[tuple[str, list[Event]]] = [
    ("nasi lemak from the hawker before long run, abt 650 kcal", [eat(stated(650))]),
    ("kaya toast and 2 half boiled eggs", [unknown(1)]),
    ("macritchie trail loop 11km 1:08, so humid lah", [run(11, 68)]),
    ("teh tarik after run", [unknown(1)]),
    ("ECP 15k 1:22:30 then a cup of milo", [run(15, 82.5), eat(p(MILO, 1, "cup"))]),
    ("chicken rice set ~600kcal for lunch", [eat(stated(600), label="lunch")]),
    ("2 kosong prata", [unknown(1)]),
    ("sundown marathon 42.2km 4:31:09 🌙", [run(42.2, 271 + 9 / 60)]),
]

US_HISPANIC: list[tuple[str, list[Event]]] = [
    ("2 pork tamales and a glass of horchata for lunch",
     [eat(p(PORK_TAMALE, 2, "piece"), p(HORCHATA, 1, "cup"), label="lunch")]),
    ("3 carne asada street tacos from the truck ~480 cal", [eat(stated(480))]),
    ("a cup of arroz con frijoles with 2 fried eggs",
     [eat(p(ARROZ_FRIJOLES, 1, "cup"), TWO_EGGS)]),
    ("ran 5 mi with the club in el paso, 44:20", [run(mi(5), 44 + 20 / 60)]),
    ("concha and cafe con leche for breakfast",
     [eat(p(PAN_DULCE, 1, "slice"), CAFE_CON_LECHE, label="breakfast")]),
    ("2 beef empanadas at the post race party", [eat(p(EMPANADA, 2, "piece"))]),
    ("maduros, one cup, and 4 oz grilled chicken",
     [eat(p(MADUROS, 1, "cup"), g(CHICKEN, 4 * 28.35))]),
    ("3 cheese tamales at my tia's", [eat(p(CHEESE_TAMALE, 3, "tamale"))]),
    ("bean burrito from taco bell before my run", [eat(p(BEAN_BURRITO, 1, "each burrito"))]),
    ("weight 182 lbs", [pounds(182)]),
]

JAPANESE_ABROAD: list[tuple[str, list[Event]]] = [
    ("tonkotsu ramen at the ramen bar, about 900 kcal", [eat(stated(900))]),
    ("2 onigiri from the konbini before the morning run", [unknown(1)]),
    ("chicken katsu curry from wasabi 750 cal", [eat(stated(750))]),
    ("a cup of edamame and a cup of soba", [eat(p(EDAMAME, 1, "cup"), p(SOBA, 1, "cup"))]),
    ("ran to the sushi place, 6.5km 35:10", [run(6.5, 35 + 10 / 60)]),
    ("8 pieces of salmon nigiri", [unknown(1)]),
    ("miso soup and a bowl of rice for dinner", [unknown(1)]),
    ("bento box from the japanese place 680 kcal, post long run", [eat(stated(680))]),
    ("osaka half 1:38:40", [run(21.0975, 98 + 40 / 60)]),
]

KETO: list[tuple[str, list[Event]]] = [
    ("keto bkfst: 3 scrambled eggs, 3 rashers of bacon, half an avocado",
     [eat(p(SCRAMBLED, 3, "large"), rashers(3), g(AVOCADO, 68), label="breakfast")]),
    ("bulletproof coffee (1 tbsp butter, 1 tbsp mct oil) before a fasted run", [eat(BULLETPROOF)]),
    ("10oz ribeye and a side of broccoli", [eat(g(RIBEYE, 10 * 28.35), g(BROCCOLI, VEG))]),
    ("1 oz pork rinds + 2 string cheese", [eat(g(PORK_RINDS, 28.35), g(STRING_CHEESE, 56))]),
    ("low carb long run 20 mi 3:05:40 on water and salt", [run(mi(20), 185 + 40 / 60)]),
    ("lunch: cobb salad no dressing 520 kcal", [eat(stated(520), label="lunch")]),
    ("201.2 lb, keto week 6", [pounds(201.2)]),
    ("2 tbsp almond butter with celery sticks",
     [eat(p(ALMOND_BUTTER, 2, "tbsp"), p(CELERY, 2, "stalk, medium"))]),
    ("salmon fillet w 1 tbsp olive oil and asparagus",
     [eat(p(SALMON, 0.5, "fillet"), p(OLIVE_OIL, 1, "tablespoon"), g(ASPARAGUS, VEG))]),
]

COLLEGE_XC: list[tuple[str, list[Event]]] = [
    ("xc meet 8k 26:41 🔥 pr", [run(8, 26 + 41 / 60)]),
    ("dining hall dinner: 2 slices pepperoni pizza, side salad, chocolate milk",
     [eat(p(PEPPERONI_PIZZA, 2, "slice"), SIDE_SALAD, p(CHOC_MILK, 1, "cup"), label="dinner")]),
    ("6k at conference 21:58", [run(6, 21 + 58 / 60)]),
    ("coach had us do 10 x 1k on the grass, 12.4 km total, 58 min", [run(12.4, 58)]),
    ("late night cup noodles and a poptart",
     [eat(p(RAMEN, 1, "package without flavor packet"), p(POP_TART, 1, "pastry"))]),
    ("bagel w cream cheese + a gatorade before practice",
     [eat(p(BAGEL, 1, "bagel"), SCHMEAR, p(GATORADE, 1, "bottle"))]),
    ("double: am 5 mi 38:10, pm 4 mi 30:20", [run(mi(5), 38 + 10 / 60), run(mi(4), 30 + 20 / 60)]),
    ("team pasta party, 2 cups of penne with marinara and a roll",
     [eat(p(PASTA, 2, "cup penne"), p(MARINARA, 1, "serving 1/2 cup"), p(ROLL, 1, "roll"))]),
    ("sunday long run 14 mi 1:39:05", [run(mi(14), 99 + 5 / 60)]),
]

MASTERS: list[tuple[str, list[Event]]] = [
    ("age group win at the 10k today, 46:02 at 63 years young", [run(10, 46 + 2 / 60)]),
    ("porridge with a handful of raisins and a cup of tea, as always",
     [eat(p(PORRIDGE, 1, "cup"), g(RAISINS, 28), BREW)]),
    ("at 67 I'm pleased with 5 miles in 47:55", [run(mi(5), 47 + 55 / 60)]),
    ("weighed 11 st 9 lb, same as at 40", [stone(11, 9)]),
    ("boiled egg and 2 slices of brown toast with marmalade for breakfast",
     [eat(p("01129|" + E, 1, "large"), p(WBREAD, 2, "slice"), p(MARMALADE, 2, "tbsp"),
          label="breakfast")]),
    ("parkrun 29:47, v65 age grade 71%", [run(5, 29 + 47 / 60)]),
    ("glass of red and a bit of cheddar after the club dinner",
     [eat(ml(RED_WINE, 175), g(CHEDDAR, 30))]),
    ("bran flakes with skimmed milk and a pear",
     [eat(g(BRAN_FLAKES, 30), ml(SKIM, BOWL_OF_MILK), p(PEAR, 1, "medium"))]),
    ("walked 5k with the u3a group, 58 min", [act("walk", 58, 5)]),
]

MILITARY: list[tuple[str, list[Event]]] = [
    ("PT this morning: 2 mile run 14:22 then push-ups and sit-ups", [run(mi(2), 14 + 22 / 60)]),
    ("12 mile ruck w 35 lb, 3:18:40", [act("hike|walk", 198 + 40 / 60, mi(12))]),
    ("ACFT 2 mile 15:05", [run(mi(2), 15 + 5 / 60)]),
    ("MRE for lunch, beef stew, 1250 cal on the pack", [eat(stated(1250), label="lunch")]),
    ("3 mi formation run 27:00", [run(mi(3), 27)]),
    ("chow hall breakfast: 3 scrambled eggs, 2 sausage links, hash browns, OJ",
     [eat(p(SCRAMBLED, 3, "large"), p(SAUSAGE, 2, "link"), p(HASH_BROWN, 1, "cup prepared"),
          p(OJ, 1, "cup"), label="breakfast")]),
    ("tape test weigh in 189.5 lbs", [pounds(189.5)]),
    ("circuit PT 45 min, burpees and sandbags", [gym(45)]),
]

TREADMILL: list[tuple[str, list[Event]]] = [
    ("treadmill 30 min at 10 km/h, 1% incline", [run(5, 30)]),
    ("incline walk 12% at 3.5 mph for 40 min", [act("walk", 40, mi(3.5 * 40 / 60))]),
    ("tread intervals 8 x 400 at 16 kph, 6.2 km in 35 min total", [run(6.2, 35)]),
    ("gym: 5k on the treadmill 27:30 then 30 min weights", [run(5, 27.5), gym(30)]),
    ("3 miles at 6.0 mph on the dreadmill", [run(mi(3), 30)]),
    ("post gym shake 2 scoops and a banana", [eat(g(SHAKE, 60), p(BANANA, 1, "medium"))]),
    ("cross trainer 25 min + rowing 2k 8:40", [act("elliptical", 25), act("row", 8 + 40 / 60, 2)]),
    ("12-3-30 on the treadmill, 30 mins", [act("walk", 30)]),
    ("treadmill 45 min at 11.2 km/h", [run(8.4, 45)]),
    ("83.1 kg on the gym scales", [weight(83.1)]),
]

COMMUTER: list[tuple[str, list[Event]]] = [
    ("run commute in: 9.3 km 48:50 with the backpack", [run(9.3, 48 + 50 / 60)]),
    ("ran home from work, 6.8 mi 58:30", [run(mi(6.8), 58.5)]),
    ("commute run both ways, 7.5k each, 39 and 41 min", [run(7.5, 39), run(7.5, 41)]),
    ("desk breakfast after the run in: overnight oats 350 kcal and a coffee",
     [eat(stated(350), p(COFFEE, 1, "cup"), label="breakfast")]),
    ("cycled to work 12 km 35 min, then ran at lunch 5k 25:20",
     [act("cycle", 35, 12), run(5, 25 + 20 / 60)]),
    ("pret chicken avocado sandwich 480kcal at my desk post run", [eat(stated(480))]),
    ("run commute home 11k 58:40, then a takeaway pizza 1200 kcal",
     [run(11, 58 + 40 / 60), eat(stated(1200))]),
]

NON_EVENTS: list[str] = [
    "how many grams of carbs should I have the night before a half",
    "is 180 steps a minute a real thing or a myth",
    "planning 3 x 20 min at threshold on thursday",
    "my wife did her first 5k today in 31 min, so proud",
    "ran my first marathon in 2009, 4:12, never again lol",
    "what's a sensible weekly mileage at 65",
    "is a tattie scone ok before a hill race",
    "the boys had a braai after the race, I stuck to water",
    "will 2 rotis and dal be enough before a long run?",
    "should I eat nasi lemak before an evening run or is it too heavy",
    "next week: 2 x tempo, 1 long run of 28k",
    "coach said keep it under 150 bpm tomorrow",
    "does a ruck count as a run for my weekly total?",
    "how do I convert 10 km/h on the treadmill to pace",
    "is keto bad for marathon training",
    "my roommate ate 3 chipotle bowls in one day 💀",
    "xc nationals is in 3 weeks, nervous",
    "why does my garmin say 300 kcal and my watch says 450",
    "gonna try tamales before the turkey trot, good idea?",
    "I used to run 10k in 42 min when I was 40",
    "what should I weigh for 6ft",
    "PT test is friday, 2 miles in under 15 is the goal",
    "is chai ok before a run or too much caffeine",
    "the canteen only had fried stuff today, ugh",
    "legs are so sore after yesterday",
    "can I log for my husband too?",
    "evening coach 👋",
    "sorry, ignore that last one",
    "what's better for recovery, choc milk or a shake?",
    "my commute is 9 km each way, could I run it 3 times a week?",
    "how much water per hour in 30 degree heat",
    "thinking of entering comrades 2027",
    "did I hit my protein yesterday?",
    "last year's club champs I was 3rd in v60",
    "should I carb load for a 10k",
    "tried onigiri on a run once, never again",
    "my brother-in-law says 5 pints is a recovery drink 🙄",
    "how many miles this week so far?",
    "treadmill at 1% incline, is that the same as outside?",
    "ok thanks",
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "uk club": UK_CLUB, "us": US, "ultra and trail": ULTRA_TRAIL, "triathlon": TRIATHLON,
    "beginner": BEGINNER, "whole day": WHOLE_DAY, "watch copy": WATCH,
    "voice dictation": DICTATION, "typos and emoji": TYPOS_EMOJI,
    "scottish": SCOTTISH, "south african": SOUTH_AFRICAN, "south asian": SOUTH_ASIAN,
    "singapore and malaysia": SINGAPORE_MALAYSIA, "us hispanic": US_HISPANIC,
    "japanese abroad": JAPANESE_ABROAD, "keto": KETO, "college xc": COLLEGE_XC,
    "masters 60+": MASTERS, "military pt": MILITARY, "treadmill and gym": TREADMILL,
    "run commuter": COMMUTER,
    "chat": [(text, []) for text in NON_EVENTS],
}


def main() -> int:
    """Write this block alone (make_corpus_reference.py also writes it, with every block)."""
    write(OUT, block(BLOCK, load_usda(USDA_SOURCE)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
