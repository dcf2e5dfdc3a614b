"""The eighteenth held-out block: messages written 2026-12-02 from 18:25 UTC, never fixed against.

Written in one sitting by a helper (writer) who had not read the parser (engine/parsing/, the
food tables and their everyday names, the quantity, unit and time words) nor any block's list
of misses, and scored on 86c78b1, the start of that session, before any parser change was made
for it (tests/data/README.md records the score and any label correction).

About two thirds of its event messages are in the everyday voices the outside checks use most,
written fresh (new foods, new phrasings): club runners in the UK, Ireland and Scotland, US
runners, Australians, New Zealanders and Canadians, ultra and trail, triathletes, beginners,
whole-day logs in one message, watch and app copy, voice dictation, typos and emoji, weigh-ins
and gym and cross-training sessions. The other third are twelve situations no earlier block
had (named in the script's voices, not here, so the block stays unseen by those who fix the
parser). Chat that logs nothing: questions, thanks, plans, goals, other people's runs and
food, numbers that are no event.

Portions a message leaves open follow the earlier blocks' docstrings where they decided one
(scripts/corpus_heldout11.py to scripts/corpus_heldout17.py list them: a brew a mug of tea
with 30 ml semi-skimmed, a pint 568 ml, a UK bag of crisps 25 g, a handful 28 g, a bowl of
cereal 30 g with 125 ml of milk (Weetabix USDA's biscuits), bare "toast" 2 slices, jam, honey,
marmalade or a chocolate spread a tablespoon a slice, butter a pat a slice, peanut butter on
two slices or a bagel 2 tbsp, a chicken breast with no weight 120 g cooked, a salmon fillet
half of USDA's, a side of vegetables or salad 80 g, a pot of yoghurt 150 g, granola on it
30 g, a glass of juice or milk 250 ml, a glass of wine 175 ml, a UK can 330 ml, a US can
12 fl oz, a bottle of beer 330 ml, an aid-station cup USDA's cup, a bowl of soup USDA's cup,
fast food USDA's row for it, whole item, bare "rice" a cup, a jacket potato USDA's large baked
potato, grated cheese on a dish 30 g, a cheese sandwich or cheese on toast 2 slices with 40 g
of cheddar, a bacon roll a roll and 2 rashers, British sausages 40 g each, digestives 15 g
each, a square of chocolate 10 g, new potatoes 200 g of USDA's boiled potato, a meat pie 175 g
of USDA's beef pot pie with a tablespoon of sauce in Australia, a cappuccino 60 ml espresso
and 180 ml semi-skimmed, a mug or cup of coffee USDA's cup, Tim Tams 18.3 g each, avocado on
toast 68 g of avocado on a slice, sourdough USDA's medium slice of French or Vienna bread,
oat milk the plant-milk rows block e chose, a scoop of whey 30 g, a protein shake with nothing
named 30 g of whey, a hot chocolate USDA's cup, a half of beer or cider 284 ml, gels, bars and
drinks named by brand at the kcal the runner gives, parkrun 5 km, a half marathon 21.0975 km,
splits, paces, heart rates, ascent, temperatures and a watch's burned calories no figures of a
run, a race's overall time with its splits given no further event, foods SR28 lacks with no
stand-in (a sausage roll, a pork pie, a Scotch egg, quiche, vol-au-vents, Cullen skink,
poutine, congee, youtiao): the meal asks, one per such food). New ones, decided here before
the block was scored (USDA's own household measures where it has one):
- a half of cider 284 ml of USDA's hard cider; buttermilk pancakes USDA's 4" pancake, bacon
  strips USDA's slice, a cup of OJ USDA's cup; a bowl of mac and cheese USDA's cup of the
  boxed-mix row; a cheeseburger, large fries and a chocolate shake McDonald's rows and USDA's
  thick chocolate shake (300 g);
- orange quarters at an aid station a quarter of USDA's orange each; a boiled potato USDA's
  medium; a handful of pretzels 28 g; a cup of noodle soup USDA's cup of chicken noodle;
- raisins on porridge USDA's miniature box (14 g); muesli a bowl of cereal (30 g of USDA's
  Mueslix, its only muesli) with 125 ml of milk; a UK KitKat USDA's 1.5 oz bar; a teaspoon
  of honey a third of USDA's tablespoon;
- chicken drumsticks USDA's roasted drumstick with skin; potato salad half a cup; grapes by
  USDA's count; crackers USDA's rectangular cracker; brie on crackers 1 oz; a can of lemonade
  in the UK 330 ml of USDA's lemon-lime soda;
- nachos at the cinema USDA's Taco Bell nachos serving; chips and cheese from a van chippy
  chips (250 g) with 30 g grated cheddar; scampi and chips USDA's restaurant breaded fried
  shrimp serving (169 g) with chippy chips; pork scratchings USDA's pork skins;
- darts, pool, skittles and bowling sessions of their minutes (darts; billiards, pool or
  snooker; skittles or bowling); digging, weeding, mowing and raking a gardening session;
  dancing at a gig a dance session; a walk home of its minutes a walk;
- a dollop of Greek yoghurt 30 g; runner beans a side (80 g) of USDA's green beans; lamb chops
  USDA's broiled loin chop (64 g); strawberries by the weight stated;
- a smoothie is its ingredients: frozen berries USDA's frozen blueberries (strawberries and
  raspberries accepted), a handful of spinach USDA's cup (30 g), a kiwi USDA's fruit, almond
  milk USDA's unsweetened row by the cup, a banana USDA's medium; granola by the tablespoon
  (1/16 cup); chia seeds by the teaspoon (4 g); a smoothie-bar cup at the kcal the runner gives;
- a breakfast buffet's beans half a cup of USDA's baked beans; a buffet's spring rolls USDA's
  Chinese restaurant egg roll; a bowl of fruit salad USDA's cup of the juice-pack row;
- Nutella USDA's hazelnut spread (18.5 g a tablespoon); Crunchy Nut USDA's Crunchy Nut flakes;
  a premium tub of ice cream USDA's rich vanilla by the grams stated; a mug of hot milk 250 ml
  of milk (bare "milk" in the UK semi-skimmed, whole accepted, as blocks j and l);
- a packet of shortbread from a train trolley 2 of USDA's cookies; soy milk by the volume
  stated (USDA's fortified original first); a steak by the weight stated, USDA's top sirloin.

Label corrections after the first scoring (my own mistakes, found reading the misses: each
broke a convention earlier blocks had written down, which this block meant to follow; no parser
output was taken as a reference): custard creams had been weighed as USDA's oval cookie (15 g)
though blocks a and f and the foods probes weigh them 12 g each, now 12 g; bare "milk" in a UK
message had accepted only the semi-skimmed rows though blocks j and l accept whole milk too,
now both (the reference stays semi-skimmed); a bowl of cereal with no milk named had been given
125 ml of milk though blocks k and m add milk only when it is named, now the cereal alone. Six
messages changed. Before them the same parser scored 73.0 % (157/215), 89.0 % of items
(186/209), 4.2 % leftover (9/215), 1 invented; after, 74.0 % (159/215), 91.3 % (190/208),
3.7 % (8/215), 1 invented.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import (
    BREW,
    CHIPPY_CHIPS,
    CRISP_BAG,
    HAM_SARNIE,
    JACKET,
    PBJ,
    TOAST2,
    TUNA_SARNIE,
    bangers,
    pint_of,
    rashers,
)
from corpus_heldout import (
    BACON_ROLL,
    CHICKEN_SARNIE,
    CHICKEN_WRAP,
    CRACKERS,
    CUSTARD_CREAM,
    DIET_COLA,
    HAM_CHEESE_TOASTIE,
    POACHED,
    SCRAMBLED,
    TANGERINE,
)
from corpus_heldout2 import CHEESE_ON_TOAST, EGG_MAYO_SARNIE, SOURDOUGH
from corpus_heldout3 import HOT_CHOC
from corpus_heldout5 import PLANT_MILK
from corpus_heldout7 import CAPPUCCINO
from corpus_heldout11 import (
    BEER_BOTTLE_ML,
    BOILED_EGG,
    BOWL_OF_MILK,
    GINGERSNAP,
    GLASS_ML,
    HALF_MARATHON,
    HANDFUL,
    MARATHON,
    VEG,
)
from corpus_heldout12 import UK_CAN_ML, YOG_POT
from corpus_heldout13 import BOILED_POTATO, ROOT_BEER, TIM_TAM, TIM_TAM_G, nutella
from corpus_heldout14 import HALF_PINT_ML
from corpus_heldout16 import MARMALADE, MEAT_PIE
from corpus_labels import (
    ALMONDS,
    APPLE,
    AVOCADO,
    BACON,
    BAGEL,
    BANANA,
    BEANS,
    BEER,
    BLUEBERRIES,
    BREAD,
    BUTTER,
    CASHEWS,
    CHEDDAR,
    CHEESEBURGER,
    CHILI,
    CHOC_MILK,
    CIDER,
    COFFEE,
    COLA,
    CREAM_CHEESE,
    CROISSANT,
    DARK_CHOC,
    DIGESTIVE,
    FRIED_EGG,
    GRANOLA,
    GRAPES,
    GREEK,
    HASH_BROWN,
    HONEY,
    HOTDOG,
    JAM,
    KETCHUP,
    KITKAT,
    MAC_CHEESE,
    MAPLE,
    MC_FRIES,
    MILK,
    ORANGE,
    PANCAKES,
    PB,
    PEAR,
    PEPPERONI_PIZZA,
    PIZZA,
    PORRIDGE,
    PRETZELS,
    RAISINS,
    RED_WINE,
    RICE,
    SALAD,
    SALMON,
    SEMI,
    SHORTBREAD,
    SPINACH,
    STEAK,
    WBREAD,
    WEETABIX,
    WHEY,
    Item,
    Meal,
    Voices,
    act,
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

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout-2026-12-02r.jsonl"

CUP_ML = 236.6
POT_OF_YOG_G = 150.0
GRANOLA_TOPPING_G = 30.0
NEW_POTATOES_G = 200.0
GRATED_G = 30.0
SQUARE_G = 10.0
DOLLOP_G = 30.0
MUG_ML = 250.0
CUSTARD_CREAM_G = 12.0  # as blocks a and f and the foods probes weigh them (3 for 36 g)
SHAKE_G = 30.0
CHIA_TSP_G = 4.0
WINE_ML = 175.0
MEAT_PIE_G = 175.0
BOWL_OF_CEREAL_G = 30.0
AVO_G = 68.0
SCRATCHINGS_G = 42.0

# Foods no earlier block used, or used under another name (SR28 rows; portions in the docstring).
BUTTERMILK_PANCAKES = "18390|" + PANCAKES
MUESLI = "08286"
YOGHURT = YOG_POT
GREEN_BEANS = "11053|11061|11052"
PEAS = "11305|11313|11304"
CHOC_SHAKE = "01110"
NOODLE_SOUP = "06419|06528|06067"
DRUMSTICK = "05069|05068"
POTATO_SALAD = "22971"
BRIE = "01006"
LEMONADE_UK = "14144|14293|14189"
NACHOS = "21268|21078"
SCAMPI = "36016|15150|21059"
PORK_SCRATCHINGS = "19041|19408"
STRAWBERRIES = "09316"
LAMB_CHOP = "17024|17027|17077|17079|17237"
FROZEN_BERRIES = "09054|09318|09518"
KIWI = "09148|09520"
ALMOND_MILK = "14091|14016"
MANGO = "09176"
CHIA = "12006"
EGG_ROLL = "36601|22953|22954|22955"
FRIED_RICE = "36602"
FRUIT_SALAD = "09103|09102|09104|09097|09096"
CRUNCHY_NUT = "08615"
RICH_ICE_CREAM = "19089|19095"
SOY_MILK = "16139|16120|16222"
UK_MILK = SEMI + "|01077|01211"  # bare "milk" in the UK: semi-skimmed, whole accepted (blocks j, l)
SIRLOIN = "13452|13451|13453|" + STEAK

GARDEN = "gardening|garden|yard work|digging|weeding|mowing|raking"
WALK_HIKE = "walk|hike"
HIKE_WALK = "hike|walk"
POOL = "billiards|pool|snooker"
SKITTLES = "skittles|bowling"
ERG = "row"

SIDE_SALAD = g(SALAD, VEG)
SALMON_FILLET = p(SALMON, 0.5, "fillet")
SMASHED_AVO = (g(AVOCADO, AVO_G), p(SOURDOUGH, 1, "slice, medium"), p(POACHED, 1, "large"))


def side(ndbs: str) -> Item:
    return g(ndbs, VEG)


def whey(grams: float = SHAKE_G) -> Item:
    return g(WHEY + "|14036", grams)


Event = dict[str, object] | Meal

UK_CLUB: list[tuple[str, list[Event]]] = [
    ("club 5 mile handicap, 33:48 off a 4 minute start", [run(mi(5), 33.8)]),
    ("Wednesday hills with the Harriers, 10 x Cemetery Hill, 8.6k in 49:05",
     [run(8.6, 49 + 5 / 60)]),
    ("Chester marathon 3:14:27 then a bacon bap and a tea in the finish field",
     [run(MARATHON, 194 + 27 / 60), eat(BACON_ROLL, BREW)]),
    ("social run with the club 6.5k 38:20, then a half of cider at the Crown",
     [run(6.5, 38 + 20 / 60), eat(ml(CIDER, HALF_PINT_ML))]),
    ("Midlands XC at Pittville, 8.4k in 36:58, mud to the knees", [run(8.4, 36 + 58 / 60)]),
    ("Saturday pack run 18k 1:38:40, 2 custard creams at the finish",
     [run(18, 98 + 40 / 60), eat(g(CUSTARD_CREAM, 2 * CUSTARD_CREAM_G))]),
    ("400s on the track, 7.2k session in 37:15 all told", [run(7.2, 37.25)]),
    ("club scales said 72.3 kg, same as last week", [weight(72.3)]),
    ("Round the Reservoir 10k 41:59 (PB by 11s!) then a sausage roll from the tea tent",
     [run(10, 41 + 59 / 60), unknown(1)]),
    ("Tuesday tempo with the club: 2 mile warm up, 4 at threshold, 1 cool down, 7 miles in 52:30",
     [run(mi(7), 52.5)]),
    ("after the fell relay leg, 2 slices of toast with marmalade and a brew",
     [eat(TOAST2, p(MARMALADE, 2, "tbsp"), BREW)]),
]

IRISH_SCOTTISH: list[tuple[str, list[Event]]] = [
    ("Dublin marathon 3:29:58, by two seconds! Roebuck hill was torture",
     [run(MARATHON, 209 + 58 / 60)]),
    ("Ballycotton 10 mile 1:04:12, great spin out", [run(mi(10), 64.2)]),
    ("Loch Ness marathon 3:55:10 then a bowl of Cullen skink in Inverness",
     [run(MARATHON, 235 + 10 / 60), unknown(1)]),
    ("12st 1lb on the gym scales", [stone(12, 1)]),
    ("Portobello prom 12k 58:40 into a gale", [run(12, 58 + 40 / 60)]),
    ("bowl of porridge with a pinch of salt and a splash of milk",
     [eat(p(PORRIDGE, 1, "cup"), ml(UK_MILK, 30))]),
    ("club session at Santry: 5 x 1200, 9.4k in 44:20", [run(9.4, 44 + 20 / 60)]),
    ("Marlay parkrun 22:10 then 2 slices of brown bread with butter and a boiled egg",
     [run(5, 22 + 10 / 60),
      eat(p(WBREAD, 2, "slice"), p(BUTTER, 2, "pat"), p(BOILED_EGG, 1, "large"))]),
    ("Highland Fling 53 miles in 11:48:20, the loch side was endless",
     [run(mi(53), 708 + 20 / 60)]),
    ("2 pints of Smithwick's after the Clonmel 10k, 43:02",
     [run(10, 43 + 2 / 60), eat(pint_of(BEER, 2))]),
    ("9st 13 this morning, wee bit lighter", [stone(9, 13)]),
]

US: list[tuple[str, list[Event]]] = [
    ("Chicago marathon 3:41:09, Pilsen was electric", [run(MARATHON, 221 + 9 / 60)]),
    ("easy 5 miler on the greenway, 44:32", [run(mi(5), 44 + 32 / 60)]),
    ("post long run: 2 buttermilk pancakes, 3 strips of bacon and a cup of OJ",
     [eat(p(BUTTERMILK_PANCAKES, 2, 'pancake (4" dia)'), p(BACON, 3, "slice"),
          p("09206|09209", 1, "cup"))]),
    ("187.4 lbs this morning, down 2 since Monday", [pounds(187.4)]),
    ("20 miler done (2:58:12). refueled with a big bowl of mac and cheese and a root beer",
     [run(mi(20), 178.2), eat(p(MAC_CHEESE, 1, "cup"), ml(ROOT_BEER, 12 * 29.5735))]),
    ("Broad Street Run 10 mi 1:21:33", [run(mi(10), 81.55)]),
    ("track workout 12 x 200, 4.5 mi total in 38:10", [run(mi(4.5), 38 + 10 / 60)]),
    ("PB&J and a glass of chocolate milk before bed",
     [eat(PBJ, ml(CHOC_MILK, GLASS_ML))]),
    ("ran 8.2 miles on the treadmill at the Y, 1:10:05", [run(mi(8.2), 70 + 5 / 60)]),
    ("weigh in 156.6 lbs, race weight incoming", [pounds(156.6)]),
    ("lunch: a bowl of chili and a handful of saltines",
     [eat(p(CHILI, 1, "cup"), g("18228|18425", HANDFUL), label="lunch")]),
]

AUS_NZ_CANADA: list[tuple[str, list[Event]]] = [
    ("Melbourne marathon 3:19:40, the finish lap in the MCG 😍", [run(MARATHON, 199 + 40 / 60)]),
    ("City2Surf 14k in 1:08:22, Heartbreak Hill lived up to the name", [run(14, 68 + 22 / 60)]),
    ("Tim Tams x3 and a cuppa after the arvo run",
     [eat(g(TIM_TAM, 3 * TIM_TAM_G), BREW)]),
    ("Auckland half 1:43:12, the harbour bridge was a grind", [run(HALF_MARATHON, 103.2)]),
    ("brekkie: smashed avo on sourdough with a poached egg",
     [eat(*SMASHED_AVO, label="breakfast")]),
    ("Vancouver Sun Run 10k 46:18", [run(10, 46.3)]),
    ("a meat pie with sauce at the footy, half time feed",
     [eat(g(MEAT_PIE, MEAT_PIE_G), p(KETCHUP, 1, "tbsp"))]),
    ("72.9 kg before brekkie, bit of Christmas creep", [weight(72.9)]),
    ("poutine after the long run, 24k 2:10:33, earned it", [run(24, 130.55), unknown(1)]),
    ("Queenstown trail half 2:14:30, the Moonlight track climbs are no joke",
     [run(HALF_MARATHON, 134.5)]),
    ("brekkie was 2 Weet-Bix with cold milk and a sliced banana",
     [eat(p(WEETABIX, 2, "biscuits"), ml(MILK, BOWL_OF_MILK), p(BANANA, 1, "medium"),
          label="breakfast")]),
]

ULTRA_TRAIL: list[tuple[str, list[Event]]] = [
    ("UTMB 171k finished in 41:22:10, broken but happy", [run(171, 41 * 60 + 22 + 10 / 60)]),
    ("aid station at 45k: 3 orange quarters, a handful of pretzels and 2 cups of flat coke",
     [eat(p(ORANGE, 0.75, "fruit"), g(PRETZELS, HANDFUL), ml(COLA, 2 * CUP_ML))]),
    ("Hardmoors 55 in 12:40:05", [run(mi(55), 760 + 5 / 60)]),
    ("long trail run 38k 4:31:20 with 1,650 m of climbing, ate 2 Clif bars (500 kcal)",
     [run(38, 271 + 20 / 60), eat(stated(500))]),
    ("Transvulcania 73k 10:02:44, lava sand in every orifice", [run(73, 602 + 44 / 60)]),
    ("crew handed me a boiled potato with salt and a cup of noodle soup at mile 70",
     [eat(p(BOILED_POTATO, 1, "medium"), p(NOODLE_SOUP, 1, "serving 1 cup"))]),
    ("recce of legs 3 and 4 of the Bob Graham, 31 km 6:05:00", [run(31, 365)]),
    ("night section 22k 3:02:15, lived on Tailwind", [run(22, 182.25)]),
    ("Spine Challenger 108 miles 54:33:00", [run(mi(108), 54 * 60 + 33)]),
    ("after the 50k: a cheeseburger, a large fries and a chocolate shake",
     [eat(p(CHEESEBURGER, 1, "item"), p(MC_FRIES, 1, "large serving"),
          p(CHOC_SHAKE, 1, "container"))]),
    ("Black Canyon 100k 12:58:03", [run(100, 778.05)]),
]

TRIATHLON: list[tuple[str, list[Event]]] = [
    ("olympic tri: 1500m swim 27:10, 40k bike 1:12:30, 10k run 44:05",
     [act("swim", 27 + 10 / 60, 1.5), act("cycle", 72.5, 40), run(10, 44 + 5 / 60)]),
    ("swim squad 3.6k in 1:05, lots of IM", [act("swim", 65, 3.6)]),
    ("turbo 75 min sweet spot, 2 x 20", [act("cycle|spin", 75)]),
    ("open water session at the lake, 2.2k 44:30", [act("swim", 44.5, 2.2)]),
    ("70.3 Weymouth 5:31:22: swim 38:40, bike 2:58:10, run 1:46:02",
     [act("swim", 38 + 40 / 60), act("cycle", 178 + 10 / 60), run(HALF_MARATHON, 106 + 2 / 60)]),
    ("bike 80k 2:49 then a 20 min run off the bike, 4.1k",
     [act("cycle", 169, 80), run(4.1, 20)]),
    ("post-brick refuel: a bagel with jam and a protein shake",
     [eat(p(BAGEL, 1, "bagel"), p(JAM, 2, "tbsp"), whey())]),
    ("race morning: 2 slices of white toast with honey and a banana",
     [eat(TOAST2, p(HONEY, 2, "tbsp"), p(BANANA, 1, "medium"))]),
    ("masters swim 45 mins, 2.4k", [act("swim", 45, 2.4)]),
    ("weighed 68.7 before the swim", [weight(68.7)]),
    ("Zwift race 28.6 km 48:12", [act("cycle|spin", 48.2, 28.6)]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("C25K week 7 done, 25 minutes running, about 3.1 km", [run(3.1, 25)]),
    ("my first parkrun! 41:12 and I didn't stop", [run(5, 41.2)]),
    ("ran 2 miles without walking for the first time, 26 minutes", [run(mi(2), 26)]),
    ("is a slice of toast with jam enough before a 5k? had one anyway",
     [eat(p(BREAD, 1, "slice"), p(JAM, 1, "tbsp"))]),
    ("first week of running and I'm 88.9 kg", [weight(88.9)]),
    ("3.5k jog round the park in 27 minutes, legs like jelly", [run(3.5, 27)]),
    ("ate an apple and a yoghurt before my run, felt ok",
     [eat(p(APPLE, 1, "medium"), g(YOGHURT, POT_OF_YOG_G))]),
    ("first ever 10k, 1:12:30, cried at the end", [run(10, 72.5)]),
    ("walk 1 min run 2 min for 30 mins, 3.4 km", [run(3.4, 30)]),
    ("after running club: a hot chocolate and 2 biscuits",
     [eat(p(HOT_CHOC, 1, "cup"), g(DIGESTIVE, 30))]),
    ("Ran 4 km in 31 minutes with the couch to 5k app", [run(4, 31)]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("Mon\nB: 2 weetabix + banana\nL: leftover chilli, 1 cup\nD: chicken fajitas 650kcal\n"
     "run: 7k 36:50",
     [eat(p(WEETABIX, 2, "biscuits"), p(BANANA, 1, "medium"), label="breakfast"),
      eat(p(CHILI, 1, "cup"), label="lunch"), eat(stated(650), label="dinner"),
      run(7, 36 + 50 / 60)]),
    ("weight 77.2 | run 16k 1:24:30 | breakfast 3 scrambled eggs on toast | lunch jacket potato "
     "with beans | dinner lamb curry 720kcal | 2 squares dark choc",
     [weight(77.2), run(16, 84.5),
      eat(p(SCRAMBLED, 3, "large"), TOAST2, label="breakfast"),
      eat(JACKET, g(BEANS, 200), label="lunch"), eat(stated(720), label="dinner"),
      eat(g(DARK_CHOC, 2 * SQUARE_G))]),
    ("Thursday: ran 5 miles 41:10 before work. muesli with milk. tuna sandwich at my desk. "
     "pasta bake 680kcal. a pear.",
     [run(mi(5), 41 + 10 / 60), eat(g(MUESLI, BOWL_OF_CEREAL_G), ml(UK_MILK, BOWL_OF_MILK)),
      eat(TUNA_SARNIE), eat(stated(680)), eat(p(PEAR, 1, "medium"))]),
    ("today:\n• parkrun 23:40\n• bacon roll\n• roast chicken dinner 850 kcal\n• 2 glasses of "
     "red\n• 68.1kg this morning",
     [run(5, 23 + 40 / 60), eat(BACON_ROLL), eat(stated(850)), eat(ml(RED_WINE, 2 * WINE_ML)),
      weight(68.1)]),
    ("B - overnight oats 420kcal / L - falafel wrap 510kcal / D - salmon with rice and green "
     "beans / run 12k 1:02:44",
     [eat(stated(420), label="breakfast"), eat(stated(510), label="lunch"),
      eat(SALMON_FILLET, p(RICE, 1, "cup"), side(GREEN_BEANS), label="dinner"),
      run(12, 62 + 44 / 60)]),
    ("Sat food log: 3 pancakes with maple syrup, a ham and cheese toastie, 3 slices of "
     "pepperoni pizza, 2 bottles of beer. rest day",
     [eat(p(PANCAKES, 3, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp")), eat(HAM_CHEESE_TOASTIE),
      eat(p(PEPPERONI_PIZZA, 3, "slice")), eat(ml(BEER, 2 * BEER_BOTTLE_ML))]),
    ("Sun: 28k long run 2:36:12. 2 gels 200kcal. After: chocolate milk 500ml. Lunch: roast "
     "beef dinner 900kcal. Tea: cheese on toast.",
     [run(28, 156.2), eat(stated(200)), eat(ml(CHOC_MILK, 500)),
      eat(stated(900), label="lunch"), eat(CHEESE_ON_TOAST, label="dinner")]),
    ("day: swim 2k 42 min, run 6k 31:15, breakfast granola & yoghurt, lunch chicken caesar "
     "wrap 560kcal, dinner spag bol 750kcal",
     [act("swim", 42, 2), run(6, 31.25),
      eat(g(GRANOLA, GRANOLA_TOPPING_G), g(YOGHURT, POT_OF_YOG_G), label="breakfast"),
      eat(stated(560), label="lunch"), eat(stated(750), label="dinner")]),
    ("B: porridge w/ raisins\nL: egg mayo sandwich\nD: salmon fillet, new potatoes and peas\n"
     "ran 10 miles 1:22:05",
     [eat(p(PORRIDGE, 1, "cup"), p(RAISINS, 1, "miniature box"), label="breakfast"),
      eat(EGG_MAYO_SARNIE, label="lunch"),
      eat(SALMON_FILLET, g(BOILED_POTATO, NEW_POTATOES_G), side(PEAS), label="dinner"),
      run(mi(10), 82 + 5 / 60)]),
    ("log 2/12: 70.9kg, 9k easy 49:30, brekkie toast x2 with pb, lunch sushi 480kcal, snack "
     "apple + 20g almonds, dinner chicken stir fry 610kcal",
     [weight(70.9), run(9, 49.5), eat(TOAST2, p(PB, 2, "tbsp"), label="breakfast"),
      eat(stated(480), label="lunch"), eat(p(APPLE, 1, "medium"), g(ALMONDS, 20)),
      eat(stated(610), label="dinner")]),
    ("Tues\n06:15 run 11k 57:48\n07:30 bagel + cream cheese\n12:30 chicken salad 420kcal\n"
     "15:00 kitkat\n19:00 lasagne 700kcal",
     [run(11, 57.8), eat(p(BAGEL, 1, "bagel"), p(CREAM_CHEESE, 2, "tbsp")), eat(stated(420)),
      eat(p(KITKAT, 1, "bar (1.5 oz)")), eat(stated(700))]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Garmin\nMorning Run\n14.06 km\n1:12:31\n5:09 /km\nAvg HR 148",
     [run(14.06, 72 + 31 / 60)]),
    ("Strava · Lunch Run\nDistance 4.02 mi\nPace 8:41 /mi\nTime 34:55",
     [run(mi(4.02), 34 + 55 / 60)]),
    ("COROS\nOpen Water\n1,850 m\n38:12", [act("swim", 38.2, 1.85)]),
    ("Apple Watch\nOutdoor Cycle\n24.61 km\n58:47", [act("cycle", 58 + 47 / 60, 24.61)]),
    ("Garmin\nTrail Run\n17.33 km\n2:03:51\nElev gain 688 m", [run(17.33, 123.85)]),
    ("Polar\nTreadmill\n8.00 km\n43:20", [run(8, 43 + 20 / 60)]),
    ("Strava · Afternoon Hike\n9.8 mi\n3:41:00", [act(HIKE_WALK, 221, mi(9.8))]),
    ("Fitbit\nRun\n5.43 km\n31:09\n412 cal", [run(5.43, 31.15)]),
    ("Garmin\nStrength\n42:10", [gym(42 + 10 / 60)]),
    ("Suunto\nRunning\n21.10 km\n1:44:59", [run(21.1, 104 + 59 / 60)]),
    ("Wahoo\nIndoor Ride\n1:15:00\n38.7 km", [act("cycle|spin", 75, 38.7)]),
]

DICTATION: list[tuple[str, list[Event]]] = [
    ("ran eleven kilometres in fifty six minutes thirty", [run(11, 56.5)]),
    ("breakfast was two slices of brown toast with butter and a cup of coffee",
     [eat(p(WBREAD, 2, "slice"), p(BUTTER, 2, "pat"), ml(COFFEE, CUP_ML), label="breakfast")]),
    ("weighed myself seventy four point two", [weight(74.2)]),
    ("half marathon today one hour thirty seven minutes and twelve seconds",
     [run(HALF_MARATHON, 97.2)]),
    ("swam one point five kilometres in thirty two minutes", [act("swim", 32, 1.5)]),
    ("for lunch I had a chicken caesar salad about five hundred and fifty calories",
     [eat(stated(550), label="lunch")]),
    ("six miles easy fifty one minutes", [run(mi(6), 51)]),
    ("eleven stone thirteen pounds this morning", [stone(11, 13)]),
    ("snack was a handful of cashews and a satsuma",
     [eat(g(CASHEWS, HANDFUL), p(TANGERINE, 1, "medium"), label="snack")]),
    ("forty minute spin class", [act("cycle|spin", 40)]),
    ("dinner was a baked potato with baked beans and grated cheese",
     [eat(JACKET, g(BEANS, 200), g(CHEDDAR, GRATED_G), label="dinner")]),
]

TYPOS_EMOJI: list[tuple[str, list[Event]]] = [
    ("5km shakout 27:05 😴", [run(5, 27 + 5 / 60)]),
    ("porrige w bluberries 🫐", [eat(p(PORRIDGE, 1, "cup"), p(BLUEBERRIES, 0.5, "cup"))]),
    ("intervels 8x400 , 7.6k 38:12 🔥", [run(7.6, 38.2)]),
    ("wiegh in 81.3kg 😩", [weight(81.3)]),
    ("chiken wrap + crisps 🌯", [eat(CHICKEN_WRAP, CRISP_BAG)]),
    ("lond run 22km 2:01:40 🥵", [run(22, 121 + 40 / 60)]),
    ("bananna and a coffe ☕🍌", [eat(p(BANANA, 1, "medium"), ml(COFFEE, CUP_ML))]),
    ("10 mlie tempo 1:14:22 🚀", [run(mi(10), 74 + 22 / 60)]),
    ("scrambled egs on toast 🍳", [eat(p(SCRAMBLED, 2, "large"), TOAST2)]),
    ("gym sesh 50 mins 🏋️‍♀️ leg day", [gym(50)]),
    ("spinnng class 45 min 🚴‍♀️💦", [act("cycle|spin", 45)]),
]

WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("Friday weigh in: 76.45kg", [weight(76.45)]),
    ("13st 2lbs 😐", [stone(13, 2)]),
    ("174.8 lb this am", [pounds(174.8)]),
    ("scales say 59.9", [weight(59.9)]),
    ("10 st 7", [stone(10, 7)]),
    ("weight today 88,3 kg", [weight(88.3)]),
    ("down to 12 stone 0 lb!", [stone(12)]),
    ("195 pounds on the nose", [pounds(195)]),
    ("morning weight 63.05", [weight(63.05)]),
    ("weighed 70.6 kg after a sweaty 12k (1:03:10)", [weight(70.6), run(12, 63 + 10 / 60)]),
    ("9st 12.5lb", [stone(9, 12.5)]),
]

GYM_CROSS: list[tuple[str, list[Event]]] = [
    ("upper body at the gym, 55 min", [gym(55)]),
    ("elliptical 40 mins, knee still grumbling", [act("elliptical", 40)]),
    ("aqua jogging 30 min in the deep end", [act("aqua jog", 30)]),
    ("body pump class 1 hour", [gym(60)]),
    ("stairmaster 20 min then some abs", [act("stairs", 20)]),
    ("rowed 5k on the erg in 21:40", [act(ERG, 21 + 40 / 60, 5)]),
    ("climbing wall 2 hours bouldering", [act("climb", 120)]),
    ("deadlifts, RDLs and hip thrusts, 50 mins in total", [gym(50)]),
    ("yin yoga 75 min", [act("yoga", 75)]),
    ("spin 30 + weights 30 at lunch", [act("cycle|spin", 30), gym(30)]),
    ("swimming 1 km breaststroke 30 mins", [act("swim", 30, 1)]),
]

PICNICS: list[tuple[str, list[Event]]] = [
    ("picnic after the 10k (48:12): a pork pie, some cherry tomatoes and a cup of strawberries",
     [run(10, 48.2), unknown(1)]),
    ("picnic lunch in the park: a ham sandwich, a bag of crisps and an apple",
     [eat(HAM_SARNIE, CRISP_BAG, p(APPLE, 1, "medium"), label="lunch")]),
    ("ran 6k to the picnic spot in 33:40, then 2 chicken drumsticks and some potato salad",
     [run(6, 33 + 40 / 60),
      eat(p(DRUMSTICK, 2, "drumstick with skin"), p(POTATO_SALAD, 0.5, "cup"))]),
    ("picnic blanket snacks: 20 grapes, 3 crackers with brie and a can of lemonade",
     [eat(p(GRAPES, 20, "grapes"), p(CRACKERS, 3, "cracker, rectangular"), g(BRIE, 28.35),
          ml(LEMONADE_UK, UK_CAN_ML))]),
    ("picnic by the river after a 12 mile run (1:38:20): a Scotch egg and a slice of quiche",
     [run(mi(12), 98 + 20 / 60), unknown(2)]),
    ("family picnic, walked 5 km up to the castle in 1:10, then a tuna sandwich and a banana",
     [act("walk", 70, 5), eat(TUNA_SARNIE, p(BANANA, 1, "medium"))]),
]

CINEMA_GIGS: list[tuple[str, list[Event]]] = [
    ("cinema: a 100g bag of sweet popcorn and a 500ml Diet Coke",
     [eat(g("19039|19436|19038", 100), ml(DIET_COLA, 500))]),
    ("ran 5k to the gig in 26:30, then 3 pints of lager in the pit",
     [run(5, 26.5), eat(pint_of(BEER, 3))]),
    ("nachos with cheese at the pictures", [eat(p(NACHOS, 1, "serving"))]),
    ("post-gig chips and cheese from the van at 1am",
     [eat(CHIPPY_CHIPS, g(CHEDDAR, GRATED_G))]),
    ("danced for 2 hours at the gig, feet in bits", [act("dance", 120)]),
    ("walked 4.2k home from the theatre in 48 mins", [act("walk", 48, 4.2)]),
]

PUB_GAMES: list[tuple[str, list[Event]]] = [
    ("darts league night, 3 hours on the oche and 4 pints of bitter",
     [act("darts", 180), eat(pint_of(BEER, 4))]),
    ("pool at the pub for 2 hours and a 42g bag of pork scratchings",
     [act(POOL, 120), eat(g(PORK_SCRATCHINGS, SCRATCHINGS_G))]),
    ("ten-pin bowling with work, an hour, then a hot dog", [act("bowling", 60),
                                                          eat(p(HOTDOG, 1, "sandwich"))]),
    ("ran 7k to the quiz night in 35:50 and had scampi and chips",
     [run(7, 35 + 50 / 60), eat(p(SCAMPI, 1, "serving"), CHIPPY_CHIPS)]),
    ("skittles at the Royal Oak 2 hours, 2 pints of cider and a ham and cheese toastie",
     [act(SKITTLES, 120), eat(pint_of(CIDER, 2), HAM_CHEESE_TOASTIE)]),
    ("parkrun 24:48 then an hour of pool and a pint of Guinness",
     [run(5, 24.8), act(POOL, 60), eat(pint_of(BEER))]),
]

GARDENING: list[tuple[str, list[Event]]] = [
    ("3 hours digging the allotment", [act(GARDEN, 180)]),
    ("mowed the lawn 45 min then a 5k 25:50", [act(GARDEN, 45), run(5, 25 + 50 / 60)]),
    ("allotment strawberries, a big bowl (about 200g) with a dollop of Greek yoghurt",
     [eat(g(STRAWBERRIES, 200), g(GREEK, DOLLOP_G))]),
    ("weeding for an hour and a half, back's killing me", [act(GARDEN, 90)]),
    ("raked leaves for 1 hour, then ran 8 miles 1:06:30",
     [act(GARDEN, 60), run(mi(8), 66.5)]),
    ("picked runner beans and had them with 2 lamb chops and new potatoes",
     [eat(side(GREEN_BEANS), p(LAMB_CHOP, 2, "chop"), g(BOILED_POTATO, NEW_POTATOES_G))]),
]

ERRANDS: list[tuple[str, list[Event]]] = [
    ("ran to Tesco with a backpack, 3.2k 18:40, walked back with the shopping",
     [run(3.2, 18 + 40 / 60)]),
    ("run errand to the post office and back, 6.4 km 34:10", [run(6.4, 34 + 10 / 60)]),
    ("ran to the pharmacy 2.1k in 12 min then got a chicken sandwich, crisps and a Coke",
     [run(2.1, 12), eat(CHICKEN_SARNIE, CRISP_BAG, ml(COLA, UK_CAN_ML))]),
    ("ran the library books back, 5.5k 30:45 round trip", [run(5.5, 30.75)]),
    ("ran 4k to the bakery in 22:05 and ate 2 slices of the sourdough warm with butter",
     [run(4, 22 + 5 / 60), eat(p(SOURDOUGH, 2, "slice, medium"), p(BUTTER, 2, "pat"))]),
    ("bank and butcher's on foot, 7.8k run in 45:20, then cooked the 225g sirloin with a salad",
     [run(7.8, 45 + 20 / 60), eat(g(SIRLOIN, 225), SIDE_SALAD)]),
]

SMOOTHIES: list[tuple[str, list[Event]]] = [
    ("smoothie: 1 banana, 150g frozen berries, 200ml oat milk and a scoop of whey",
     [eat(p(BANANA, 1, "medium"), g(FROZEN_BERRIES, 150), ml(PLANT_MILK, 200), whey())]),
    ("green smoothie after my 9k (48:30): handful of spinach, a banana, a kiwi and 250ml almond "
     "milk",
     [run(9, 48.5),
      eat(p(SPINACH, 1, "cup"), p(BANANA, 1, "medium"), p(KIWI, 1, "fruit"),
          p(ALMOND_MILK, 250 / CUP_ML, "cup"))]),
    ("post gym shake: 40g whey, 300ml semi-skimmed and a tbsp of peanut butter blended",
     [eat(whey(40), ml(SEMI, 300), p(PB, 1, "tbsp"))]),
    ("smoothie bowl for breakfast: a frozen banana, a cup of mango, 2 tbsp granola, 1 tsp chia",
     [eat(p(BANANA, 1, "medium"), p(MANGO, 1, "cup"), p(GRANOLA, 2 / 16, "cup"),
          g(CHIA, CHIA_TSP_G), label="breakfast")]),
    ("Boost juice after parkrun 25:12, the small Mango Magic is 270 kcal",
     [run(5, 25.2), eat(stated(270))]),
    ("blended 200g Greek yoghurt, 100g raspberries and a tsp of honey",
     [eat(g(GREEK, 200), g("09302|09518", 100), p(HONEY, 1 / 3, "tbsp"))]),
]

BUFFETS: list[tuple[str, list[Event]]] = [
    ("hotel buffet after the marathon: 3 rashers of bacon, 2 sausages, beans, 2 hash browns "
     "and a fried egg",
     [eat(rashers(3), bangers(2), p(BEANS, 0.5, "cup"), p(HASH_BROWN, 2, "patty"),
          p(FRIED_EGG, 1, "large"))]),
    ("all you can eat pizza buffet, 6 slices, no regrets after the 30k (2:44:50)",
     [run(30, 164 + 50 / 60), eat(p(PIZZA, 6, "slice"))]),
    ("Indian buffet lunch, 2 plates, guessing 1300 kcal", [eat(stated(1300), label="lunch")]),
    ("Chinese buffet, started with 2 spring rolls and a cup of egg fried rice",
     [eat(p(EGG_ROLL, 2, "piece"), p(FRIED_RICE, 1, "cup"))]),
    ("party buffet: 3 mini sausage rolls and 2 vol-au-vents", [unknown(2)]),
    ("breakfast buffet at the race hotel: a bowl of fruit salad, a croissant with jam and a "
     "cappuccino",
     [eat(p(FRUIT_SALAD, 1, "cup"), p(CROISSANT, 1, "croissant, medium"), p(JAM, 1, "tbsp"),
          CAPPUCCINO, label="breakfast")]),
]

LATE_NIGHT: list[tuple[str, list[Event]]] = [
    ("midnight snack: 2 slices of toast with Nutella", [eat(TOAST2, nutella(2))]),
    ("couldn't sleep, bowl of Crunchy Nut at 1am",
     [eat(g(CRUNCHY_NUT, BOWL_OF_CEREAL_G))]),
    ("raided the fridge at 11pm: 50g of cheddar and 5 crackers",
     [eat(g(CHEDDAR, 50), p(CRACKERS, 5, "cracker, rectangular"))]),
    ("late night: 2 slices of cold leftover pizza and a glass of milk",
     [eat(p(PIZZA, 2, "slice"), ml(UK_MILK, GLASS_ML))]),
    ("11:45pm, ate half a tub of Ben & Jerry's (about 230g)", [eat(g(RICH_ICE_CREAM, 230))]),
    ("10k at 10pm after the late shift, 52:10, then a mug of hot milk and 2 ginger nuts",
     [run(10, 52 + 10 / 60), eat(ml(UK_MILK, MUG_ML), p(GINGERSNAP, 2, "cookie"))]),
]

TRAIN_COMMUTE: list[tuple[str, list[Event]]] = [
    ("train cancelled so ran home from the station, 9.3k 50:12", [run(9.3, 50.2)]),
    ("ran to the station for the 7:42, 2.4k in 11:50, made it with a minute to spare",
     [run(2.4, 11 + 50 / 60)]),
    ("on the train: a coffee and a packet of shortbread from the trolley",
     [eat(ml(COFFEE, CUP_ML), p(SHORTBREAD, 2, "cookie"))]),
    ("got off 2 stops early and ran the last 5.6 km in 29:30 with my bag", [run(5.6, 29.5)]),
    ("platform 4 breakfast: a bacon baguette 480kcal and a tea",
     [eat(stated(480), BREW, label="breakfast")]),
    ("the 18:05 was delayed 40 min so I walked home, 3.5 km in 38 min", [act("walk", 38, 3.5)]),
]

CHINESE_HK: list[tuple[str, list[Event]]] = [
    ("Hong Kong marathon 3:38:15, the climb up to the Western Harbour tunnel hurt",
     [run(MARATHON, 218.25)]),
    ("breakfast: a bowl of congee and a youtiao", [unknown(2)]),
    ("ran MacLehose Trail section 2, 13.5 km 2:05:40", [run(13.5, 125 + 40 / 60)]),
    ("soy milk 250ml and 2 boiled eggs after the 10k (49:55)",
     [run(10, 49 + 55 / 60), eat(ml(SOY_MILK, 250), p(BOILED_EGG, 2, "large"))]),
    ("Dragon's Back hike with colleagues, 8.5 km 2:40", [act(HIKE_WALK, 160, 8.5)]),
    ("weighed 58.4 kg at the gym in Tsim Sha Tsui", [weight(58.4)]),
]

PODCASTS: list[tuple[str, list[Event]]] = [
    ("24k long run 2:12:40, got through 3 episodes of Marathon Talk", [run(24, 132 + 40 / 60)]),
    ("10k 49:05 to a 170 bpm playlist", [run(10, 49 + 5 / 60)]),
    ("listened to the whole of Rumours (about 40 min) and ran 7.9k in 40:02",
     [run(7.9, 40 + 2 / 60)]),
    ("audiobook chapter 14 on the cross trainer, 45 mins", [act("elliptical", 45)]),
    ("easy 8k 45:30, episode 212 of the Running Channel podcast", [run(8, 45.5)]),
    ("2 hour walk with a podcast, 9.6 km", [act("walk", 120, 9.6)]),
]

SHOES_KIT: list[tuple[str, list[Event]]] = [
    ("first run in the new Novablast 5s, 10k 48:55, size 10 fits perfect",
     [run(10, 48 + 55 / 60)]),
    ("retired my Cliftons at 812 km after a last 6k, 33:45", [run(6, 33.75)]),
    ("new Garmin 965 arrived, first run 12.2k 1:03:18", [run(12.2, 63.3)]),
    ("bought a 12L race vest for £110 and tested it on a 19k trail run, 2:06:30",
     [run(19, 126.5)]),
    ("tried the new trail shoes on a hike first, 7.2 km in 1:30", [act(HIKE_WALK, 90, 7.2)]),
    ("£35 on socks 🙈 then parkrun 23:04", [run(5, 23 + 4 / 60)]),
]

NON_EVENTS: list[str] = [
    "what should I eat the night before a 10 mile race?",
    "ta very much 👍",
    "is 60g of carbs an hour too much for a marathon?",
    "my sister did her first parkrun in 34:10, buzzing for her",
    "tomorrow: 8 x 1k at 10k pace, wish me luck",
    "aiming for 3:15 at Manchester in April",
    "how much protein is in 100g of chicken?",
    "picnic planned for Sunday after the long run, any ideas?",
    "can I move Tuesday's run to Wednesday?",
    "what's my total distance this month?",
    "bib number 2317 collected 🎽",
    "the 7:42 train is cancelled again, ugh",
    "new shoes cost £140, hope they last 800 km",
    "playlist is 170 bpm, 45 tracks, ready for Sunday",
    "allotment is overrun with courgettes, anyone want some?",
    "is a smoothie ok as a recovery meal?",
    "cinema tonight so I'll log dinner later",
    "darts league final on Thursday 🎯",
    "how many calories in a pint of bitter roughly?",
    "buffet breakfast opens at 6:30, race starts at 8",
    "woke up at 3am starving, is that normal in marathon training?",
    "what's a good breakfast before an early train?",
    "ran out of oats, what can I have instead?",
    "HK marathon entry ballot opens next week",
    "my 5k PB is 19:58 from 2019",
    "forecast says 28 degrees for the race 😰",
    "Garmin says I need 72 hours recovery",
    "is it ok to skip the gym this week?",
    "how do I change my target weight?",
    "never mind, sorted it",
    "morning all from Glasgow 🌧️",
    "thinking of trying the Lakeland 100 next year",
    "the kids ate all the flapjacks 😂",
    "is 70 km a week enough for a sub 3?",
    "can you remind me to eat after my run tomorrow?",
    "my husband is 90 kg and wants to start running too",
    "what time is the summary sent?",
    "rest day, nothing to log",
    "2 weeks of taper left 🙌",
    "podcast recommendations for long runs?",
]

BLOCK: Voices = {
    "uk club": UK_CLUB, "irish and scottish": IRISH_SCOTTISH, "us": US,
    "australian, nz and canadian": AUS_NZ_CANADA, "ultra and trail": ULTRA_TRAIL,
    "triathlon": TRIATHLON, "beginner": BEGINNER, "whole day": WHOLE_DAY, "watch copy": WATCH,
    "voice dictation": DICTATION, "typos and emoji": TYPOS_EMOJI, "weigh-ins": WEIGH_INS,
    "gym and cross-training": GYM_CROSS,
    "picnics": PICNICS, "cinema and gigs": CINEMA_GIGS, "pub games": PUB_GAMES,
    "gardening and allotments": GARDENING, "errand runs": ERRANDS,
    "smoothies and blenders": SMOOTHIES, "buffets": BUFFETS, "late-night snacks": LATE_NIGHT,
    "train commuters": TRAIN_COMMUTE, "chinese and hong kong": CHINESE_HK,
    "podcasts and playlists": PODCASTS, "shoes and kit": SHOES_KIT,
    "chat": [(text, []) for text in NON_EVENTS],
}


def main() -> int:
    """Write this block (`--source` the SR28 CSVs): its rows real, its texts in no other block."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
