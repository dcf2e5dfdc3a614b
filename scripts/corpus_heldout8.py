"""The eighth held-out block: messages written on 2026-11-30 14:15-15:00 UTC, never fixed against.

Written in one sitting by a helper (writer) who had not read the parser (engine/parsing/, the
food tables and their everyday names, the quantity, unit and time words) nor any earlier block's
list of misses, and scored on 88809e2, the start of that session, before any parser change was
made for it (tests/data/README.md records the score and any label correction).

About half of it is in the everyday voices outside checks use most, written fresh (new foods,
new phrasings): UK club runners, US runners, ultra and trail, triathletes, beginners doing
run/walk, whole-day logs in one message (labels, clock times, numbered lines, slashes,
"am:/pm:"), watch and Strava copy (Garmin, COROS, Polar, Apple, Strava), voice-dictated run-ons
without punctuation, typos and emoji, and weigh-ins in kg, lb and stone. The other half is in
voices no earlier block has: Irish club runners, Australian and New Zealand parkrunners,
Canadians, Nigerian and Ghanaian runners, Kenyan and Ethiopian runners, Brazilian and Portuguese
runners writing English, German, Dutch and Nordic runners writing English (comma decimals),
Filipino, Korean, Lebanese and Turkish runners, Caribbean runners, vegans, parents with a running
buggy, shift workers and nurses, students on a budget, cyclists and hikers, swimmers, run
streakers and older walkers. Chat that logs nothing: questions with numbers, plans, the past,
other people's food and runs, complaints, greetings.

Portions a message leaves open follow the earlier blocks' docstrings where they decided one (a
brew is a mug of tea with 30 ml semi-skimmed, a pint 568 ml, a UK bag of crisps 25 g, a handful
28 g, a bowl of cereal 30 g with 125 ml of milk, bare "toast" 2 slices, bare "pb" 2 tbsp, a
scoop of whey 30 g, a side of vegetables 80 g, a salmon fillet half of USDA's, a glass of juice
or milk 250 ml (a US glass of milk USDA's cup), a UK bottle of beer 330 ml, a pot of yoghurt
150 g, British sausages 40 g each, a bowl of porridge USDA's cup, half an avocado 68 g for
"avo", syrup on pancakes 2 tbsp, a cup of chai 120 ml of tea, 120 ml of whole milk and a
teaspoon of sugar, roti and chapati USDA's 68 g piece, an aid-station cup 236.6 ml, a side salad
80 g, a digestive 15 g). New ones, decided here before the block was scored (USDA's own
household measures where it has one):
- butter on bread, toast or grits with no amount is a pat (USDA's 5 g) per slice or serving;
  honey on porridge, yoghurt or rice cakes with no amount a tablespoon;
- a bagel's lox is 2 oz of USDA's smoked chinook (lox) row; its cream cheese 2 tbsp;
- a bowl of chili is USDA's cup of chili con carne; a piece of cornbread USDA's piece (60 g);
- an Eggo is USDA's square frozen waffle (35 g); a diet coke a US can (12 fl oz) in a US voice,
  a 500 ml bottle in a UK meal deal; a coke from a machine a 330 ml can;
- half a pb&j is a slice of white bread, a tablespoon of peanut butter and one of jam; the
  strips of bacon at an aid station are two rashers; ginger ale and coke there aid-station cups;
- a chicken breast with no weight is 120 g cooked (USDA's roasted breast); chicken thighs are
  USDA's roasted thigh without skin (116 g each);
- "2 slices sourdough" is 100 g of USDA's French or Vienna bread (sourdough included);
- a KitKat is USDA's 1.5 oz bar; a bottle of Gatorade USDA's bottle (609 g);
- "protein shake" with no amount is a scoop of whey (30 g) in water;
- pasta with no shape is USDA's cooked spaghetti cup; 2 tbsp of pesto 31.5 g (USDA gives only
  a quarter cup, 63 g);
- a jacket potato is USDA's large baked potato; tuna on it half a UK tin, 80 g drained; a full
  UK tin of beans 415 g, half of one 200 g; a student's tin of tuna 112 g drained;
- "cheese on toast x2" is 2 slices of white bread with 40 g of cheddar;
- an Irish breakfast roll is 120 g of USDA's French bread with two British sausages, two
  rashers and a fried egg; a cut of Irish brown bread is 40 g of USDA's Irish soda bread; a bowl
  of vegetable soup USDA's cup of vegetarian vegetable soup; a packet of Tayto is a UK bag of
  crisps; a Club Orange a 330 ml can of USDA's orange soda; a pint of Guinness USDA's regular
  beer;
- a toastie is 2 slices of white bread with 40 g of cheddar; Vegemite is USDA's yeast extract
  spread, a teaspoon a slice; a long black 60 ml of espresso; a snag is a 65 g pork sausage
  (USDA's pan-fried link/patty row), "in bread" a slice each; an Australian meat pie is 175 g of
  USDA's beef pot pie; a scoop of ice cream USDA's half cup of vanilla;
- a Tim Hortons double-double is 300 ml of coffee with two 15 ml creams (USDA's half and half)
  and two teaspoons of sugar, one food; a honey cruller USDA's glazed French cruller; peameal
  bacon USDA's Canadian bacon slices; a bun USDA's hamburger roll; a Canadian glass of milk
  250 ml of 2 %;
- boiled yam is USDA's cup of cubes; a plate of fried plantain USDA's cup of fried yellow
  plantains; agege bread USDA's white bread slice;
- a broodje kaas is a USDA roll with 30 g of Gouda, one food; karnemelk is USDA's low-fat
  buttermilk; a slice of Gouda 20 g; a kanelbulle USDA's cinnamon roll (roll, 60 g); "milk
  (3,5%)" is USDA's whole milk;
- fried chicken drumsticks are USDA's battered fried drumstick, bone removed (72 g);
- falafel are USDA's home-prepared patties (17 g); hummus in a pita 2 tbsp; a pita USDA's large
  pita; a glass of Turkish tea 100 ml of black tea without milk; a bowl of lentil soup USDA's cup
  of lentil soup (the cooked lentil row also accepted); dates USDA's Medjool (Deglet Noor also
  accepted);
- coconut water is USDA's coconut water (weighed at its 240 g a cup); a mango USDA's fruit
  without refuse;
- tofu is USDA's firm tofu; "spinach" in a tofu scramble a cup raw (30 g); a latte is 60 ml of
  espresso with 240 ml of milk (semi-skimmed, or the plant milk named, oat milk as soy milk
  stands in for it, as the earlier blocks do); a spoon of peanut butter a tablespoon;
- a slice of fruit cake is USDA's piece (43 g); a slice of banana bread USDA's slice (60 g);
- snakebite is half a pint of lager and half a pint of cider per pint, one food;
- a frozen pizza given in grams is USDA's frozen cheese pizza;
- jollof rice, waakye, ugali, injera, shiro, pão de queijo, tapsilog (one
  dish: cured beef, garlic rice and an egg), pandesal, kimbap, banana milk, simit, ayran, a
  Jamaican patty, doubles, poutine, a pork pie, crumpets and Jaffa cakes have no SR28 row: with
  no kcal given the meal should ask about them (unresolved, one per such food), whatever else it
  holds; sukuma wiki is collard greens, which SR28 has, so ugali with it asks about one food;
- a run named by number in a streak ("streak day 412") is that run; steps are not a session;
  a hike or a Nordic walk is a walk or a hike (either name accepted);
- salted boiled potatoes at an aid station are USDA's small boiled potatoes (125 g);
- a PB&J is 2 slices of bread, 2 tbsp of peanut butter and a tablespoon of jelly; a pb
  roll-up USDA's flour tortilla (48 g); a US glass of milk USDA's cup of whole milk (2 % also
  accepted);
- "cod and chips" is USDA's restaurant fried fish serving with chippy chips (250 g);
- "10,5 km", "74,3 kg" and "2,000 m" are 10.5 km, 74.3 kg and 2 km.

Label corrections after the first scoring (my own mistakes, found reading the misses; no parser
output was taken as a reference): a pastel de nata was called a food SR28 lacks, but SR28 has
an egg custard pie row ("Pie, egg custard", 18317), now one 60 g tart of it; "2 eggo waffles"
accepted only the generic frozen waffle rows, not SR28's own Eggo Homestyle waffle row (18505),
now accepted too (same kcal reference); fried chicken drumsticks accepted only the batter-fried
row although the message names no coating, now the flour-fried row (05068) too (the reference
stays the batter-fried drumstick).

Label corrections by the team's convention for foods SR28 lacks (decided 2026-11-30 evening by
the "foods" fixer, applied once): where the table's stand-in is within 15 % of a published kcal
for one, the stand-in stands and the label that asked for it now counts it; else the runner is
asked. Evidence (published value; source; the stand-in):
- pork pie: most commercial pork pies 350-400 kcal a 100 g (ntro.it.com's survey of UK
  supermarket labels; a 140 g Melton Mowbray up to 529 kcal, though Tesco's is 385); the
  table's 70 g of pastry and 70 g of pork is 377 a 100 g, 528 a pie: now that pie;
- jollof rice: 350-450 kcal for 300 g (117-150 a 100 g; ntro.it.com, restaurant and recipe
  figures); the table's plate (250 g rice, tomato, onion, pepper, 14 g oil) 118 a 100 g, 487 for
  its 414 g: now that plate, the chicken 120 g as this block weighs a chicken breast;
- ayran: 90 kcal a serving of the Turkish Ministry of Culture and Tourism's recipe (yoghurt,
  milk and water, 313 g: 29 a 100 g; ktb.gov.tr); the table's 250 ml of half yoghurt, half
  water 76 (30 a 100 g): "simit and ayran" now asks about the simit alone;
- poutine: a restaurant serving 886 kcal for 400 g (USDA-based nutrition facts,
  nutrition.dmcoffee.blog); the table's 941 for 360 g (+6 %): a large poutine is 1.25 of it
  (the table's size rule), as block e labels one regular by its parts;
- crumpets stay asked: Warburtons publish 97 kcal for their 55 g crumpet, the English muffin
  row 125 (+29 %).
- Jaffa Cakes (added in a second pass of the same convention): McVitie's 46 kcal a 12 g cake
  (dietsandcalories.com, completenutrition.co.uk), the table's 12 g of SR28's chocolate-coated
  marshmallow cookie 50.5 (+10 %): "s: 2 jaffa cakes" now counts two.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, CHIPPY_CHIPS, CRISP_BAG, SHAKE, SPAG_BOL, TOAST2, pint_of, rashers
from corpus_heldout import BRAN_FLAKES, FLAT_WHITE, SCRAMBLED
from corpus_heldout2 import BANANA_BREAD, BROTH, RAMEN
from corpus_heldout3 import CINNAMON_ROLL, FISH_FINGERS, aid_cups
from corpus_heldout5 import MILO, PLANT_MILK
from corpus_heldout6 import MILK_2PC, SCHMEAR, SIDE_SALAD
from corpus_labels import (
    ALMONDS,
    APPLE,
    AVOCADO,
    BACON,
    BAGEL,
    BANANA,
    BEANS,
    BEER,
    BLACK_BEANS,
    BREAD,
    BROCCOLI,
    BROWN_RICE,
    BUTTER,
    CHEDDAR,
    CHICKEN,
    CHICKPEAS,
    CHILI,
    CHOC_MILK,
    CIDER,
    COFFEE,
    COLA,
    COTTAGE,
    DATES,
    DIGESTIVE,
    ESPRESSO,
    FISH_BATTERED,
    FRIED_EGG,
    GATORADE,
    GRANOLA,
    GREEK,
    HONEY,
    HUMMUS,
    ICE_CREAM,
    JAM,
    KITKAT,
    LENTILS,
    MANGO,
    MAPLE,
    MAYO,
    MILK,
    OATS,
    OJ,
    OVEN_CHIPS,
    PANCAKES,
    PASTA,
    PB,
    PEAS,
    PEPPERONI_PIZZA,
    PITA,
    PORRIDGE,
    RICE,
    ROLL,
    SALMON,
    SAUSAGE,
    SEMI,
    SPINACH,
    STRAWBERRIES,
    SWEET_POTATO,
    TEA,
    TOFU,
    TORTILLA,
    TUNA,
    WAFFLE,
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

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout-2026-11-30h.jsonl"
USDA_SOURCE = Path("/work/shared/data/usda-sr")

HALF_MARATHON = 21.0975
UK_CAN_ML = 330.0
GLASS_ML = 250.0
BOWL_OF_MILK = 125.0
VEG = 80.0
BISCUIT_G = 15.0
BRITISH_SAUSAGE_G = 40.0
OZ_G = 28.35

SUGAR = "19335"
LOX = "15179|15077"
CORNBREAD = "18023|18024"
DIET_COLA = "14146|14416|14166"
GINGER_ALE = "14136"
RICE_CAKE = "19816|19052|19053|19413|19414"
SOURDOUGH = "18029|18030"
THIGH = "05098"
GREEN_BEANS = "11053|11723"
PESTO = "06626|06627"
POTATO = "11674"
CHOC_DIGESTIVE = "18174|" + DIGESTIVE
GRITS = "08091|08161|08093"
CHICK_SANDWICH = "21526|21102"
SAUSAGE_MUFFIN = "21359|21022"
SODA_BREAD = "18032"
FRENCH_BREAD = "18029|18349"
VEG_SOUP = "06468|06967"
ORANGE_SODA = "14150"
YEAST_EXTRACT = "43406"
POT_PIE = "22529"
CRULLER = "18253"
HALF_AND_HALF = "01049"
CANADIAN_BACON = "10998|10130"
BUN = "18350|" + ROLL
YAM = "11602|11897"
PLANTAIN = "09447|09278"
ROTI = "28306|28285"
GOUDA = "01022"
BUTTERMILK = "01088|42189|01230"
RYE = "18060|18061"
DRUMSTICK = "05067|05068"
KIMCHI = "11118"
LENTIL_SOUP = "06037|" + LENTILS
COCONUT_WATER = "12119|14090"
TEMPEH = "16114|16174"
TAHINI = "12698|12166|12171|12198"
SOY_YOGURT = "16252"
FRUITCAKE = "18110"
FROZEN_PIZZA = "21224"
CUSTARD_TART = "18317"
SOY_MILK = "16120|16139|16222|16244"

CHAI = combo(TEA + "|" + WHOLE_MILK + "|" + SUGAR + "|14545", ml(TEA, 120), ml(WHOLE_MILK, 120),
             p(SUGAR, 1, "tsp"))
TOASTIE = combo(CHEDDAR + "|" + BREAD, p(BREAD, 2, "slice"), g(CHEDDAR, 40))
LATTE = combo(SEMI + "|" + ESPRESSO + "|" + WHOLE_MILK, ml(ESPRESSO, 60), ml(SEMI, 240))
OAT_LATTE = combo(PLANT_MILK + "|" + ESPRESSO, ml(ESPRESSO, 60), ml(PLANT_MILK, 240))
DOUBLE_DOUBLE = combo(COFFEE + "|" + HALF_AND_HALF + "|" + SUGAR, ml(COFFEE, 300),
                      p(HALF_AND_HALF, 2, "container, individual"), p(SUGAR, 2, "tsp"))
BROODJE_KAAS = combo(ROLL + "|" + GOUDA, p(ROLL, 1, "roll"), g(GOUDA, 30))
BACON_SANDWICH = combo(BACON + "|" + BREAD + "|21162", p(BREAD, 2, "slice"), rashers(2))
SNAKEBITE_PINT = combo(BEER + "|" + CIDER, ml(BEER, 284), ml(CIDER, 284))
HALF_PBJ = (p(BREAD, 1, "slice"), p(PB, 1, "tbsp"), p(JAM, 1, "tbsp"))
COFFEE_OAT = combo(COFFEE + "|" + PLANT_MILK, p(COFFEE, 1, "cup"), ml(PLANT_MILK, 30))

Event = dict[str, object] | Meal


def pat(count: float = 1.0) -> Item:
    return p(BUTTER, count, "pat")


def chicken_breast(count: float = 1.0) -> Item:
    return g(CHICKEN, 120 * count)


# Foods SR28 lacks whose table stand-in is within 15 % of a published kcal (the convention
# decided after this block, see the docstring's last paragraph): the stand-in's parts.
JOLLOF = combo("20045|20044", g("20045", 250), g("11531", 80), g("11282", 40), g("11821", 30),
               g("04582", 14))
PORK_PIE = combo("10220", g("18334", 70), g("10220", 70))


def poutine(size: float = 1.0) -> Item:
    """One poutine as the table's (fries, cheese curds as cheddar, gravy); a large 1.25."""
    return combo("21238|21138|11403|11360|01009|06116|06119", g("21238", 200 * size),
                 g("01009", 60 * size), g("06116", 100 * size))


UK_CLUB: list[tuple[str, list[Event]]] = [
    ("track tuesday at the club: 8 x 400 off 90s, 7.2 km all in, 38:50", [run(7.2, 38 + 50 / 60)]),
    ("jacket potato with beans and cheese from the canteen",
     [eat(p(POTATO, 1, "potato large"), g(BEANS, 200), g(CHEDDAR, 30))]),
    ("road relays today, 5.6k stage in 21:47 👟", [run(5.6, 21 + 47 / 60)]),
    ("sausage and egg mcmuffin on the drive home from the marathon",
     [eat(p(SAUSAGE_MUFFIN, 1, "item"))]),
    ("pint of lager and a packet of cheese and onion after club night",
     [eat(pint_of(BEER), CRISP_BAG)]),
    ("long run with the harriers 24.5 km 2:09:12", [run(24.5, 129 + 12 / 60)]),
    ("bacon sarnie and a brew at the marshals' hut", [eat(BACON_SANDWICH, BREW)]),
    ("weighed in at the club 11st 3lb", [stone(11, 3)]),
    ("3 scrambled eggs on 2 slices of wholemeal toast",
     [eat(p(SCRAMBLED, 3, "large"), p(WBREAD, 2, "slice"))]),
    ("club 5 mile handicap 33:58, caught 14 people 😎", [run(mi(5), 33 + 58 / 60)]),
    ("2 crumpets with butter and a cup of tea after the cold one", [unknown(1)]),
    ("sunday reccy of the half course, 21.1k in 1:58:30, then a jacket with tuna",
     [run(21.1, 118.5), eat(p(POTATO, 1, "potato large"), g(TUNA, 80))]),
    ("parkrun volunteer then ran home, 9.4 km 47:10", [run(9.4, 47 + 10 / 60)]),
    ("cod and chips from the chippy after the county champs",
     [eat(p(FISH_BATTERED, 1, "serving"), CHIPPY_CHIPS)]),
    ("12st 0lb at the sports centre, same as last week", [stone(12, 0)]),
]

US: list[tuple[str, list[Event]]] = [
    ("bagel w lox and cream cheese after the long run",
     [eat(p(BAGEL, 1, "bagel"), g(LOX, 2 * OZ_G), SCHMEAR)]),
    ("8 miles at marathon pace 1:04:20", [run(mi(8), 64 + 20 / 60)]),
    ("chick-fil-a chicken sandwich and a diet coke",
     [eat(p(CHICK_SANDWICH, 1, "sandwich"), p(DIET_COLA, 1, "can (12 fl oz)"))]),
    ("2 eggo waffles with pb and a banana",
     [eat(p(WAFFLE + "|18505", 2, "waffle, square"), p(PB, 2, "tbsp"), p(BANANA, 1, "medium"))]),
    ("easy 5 on the treadmill, 45:10", [run(mi(5), 45 + 10 / 60)]),
    ("1 cup cottage cheese and a cup of strawberries",
     [eat(p(COTTAGE, 1, "cup"), p(STRAWBERRIES, 1, "cup"))]),
    ("a bowl of chili and a piece of cornbread for dinner",
     [eat(p(CHILI, 1, "cup"), p(CORNBREAD, 1, "piece"), label="dinner")]),
    ("195.4 lbs post run", [pounds(195.4)]),
    ("grits with butter and 2 fried eggs",
     [eat(p(GRITS, 1, "cup"), pat(), p(FRIED_EGG, 2, "large"))]),
    ("10 mile long run 1:28:33 then a chipotle burrito bowl 745 cal",
     [run(mi(10), 88 + 33 / 60), eat(stated(745))]),
    ("16 oz chocolate milk after track", [eat(ml(CHOC_MILK, 16 * 29.5735))]),
    ("county fair 5k 23:41 and then a corn dog lol", [run(5, 23 + 41 / 60),
                                                      eat(p("22973", 1, "corndog"))]),
    ("PB&J on wheat and a glass of milk",
     [eat(p(WBREAD, 2, "slice"), p(PB, 2, "tbsp"), p(JAM, 1, "tbsp"), p(MILK, 1, "cup"))]),
    ("track workout 12 x 400 w/ 200 jog, 6.5 mi total 55:30", [run(mi(6.5), 55.5)]),
    ("panera broccoli cheddar soup in a bread bowl, 900 cal", [eat(stated(900))]),
]

ULTRA_TRAIL: list[tuple[str, list[Event]]] = [
    ("50k trail race done 6:02:31, 1800 m gain", [run(50, 362 + 31 / 60)]),
    ("mile 22 aid: 2 salted boiled potatoes, a cup of ginger ale and half a pb&j",
     [eat(p("11367|11365|11831|11833", 2, "small"), aid_cups(GINGER_ALE, 1), *HALF_PBJ)]),
    ("back to back weekend: sat 32k 3:25, sun 21k 2:12", [run(32, 205), run(21, 132)]),
    ("in the vest: 3 gels at 100 kcal each and a pack of chews, 200 kcal",
     [eat(stated(300), stated(200))]),
    ("2 cups of flat coke and a handful of salted peanuts at the turnaround",
     [eat(aid_cups(COLA, 2), g("16090|16087", 28))]),
    ("overnight leg of the relay, 24.3 km in 3:58:40, saw an owl 🦉", [run(24.3, 238 + 40 / 60)]),
    ("100 miler finished 27:41:09 🙌 buckle secured", [run(mi(100), 27 * 60 + 41 + 9 / 60)]),
    ("2 strips of bacon and a cup of broth at the 3am aid station",
     [eat(rashers(2), p(BROTH, 1, "cup"))]),
    ("skyrace 25k 3:44:02, 2100 m of vert, quads destroyed", [run(25, 224 + 2 / 60)]),
    ("tailwind all day, 8 scoops = 800 kcal", [eat(stated(800))]),
    ("vert repeats on the ski hill, 14.2 km 2:05:30", [run(14.2, 125.5)]),
    ("pb tortilla roll-up at mile 40: 1 tortilla, 2 tbsp pb",
     [eat(p(TORTILLA, 1, "tortilla"), p(PB, 2, "tbsp"))]),
]

TRIATHLON: list[tuple[str, list[Event]]] = [
    ("swim 2.5k in 47:30, CSS set", [act("swim", 47.5, 2.5)]),
    ("zwift race 1h05 38.2 km", [act("cycle|spin", 65, 38.2)]),
    ("brick: bike 40k 1:12 + run 5k 23:20", [act("cycle", 72, 40), run(5, 23 + 20 / 60)]),
    ("70.3 done!! 34:12 swim / 2:41:50 bike / 1:44:05 run",
     [act("swim", 34.2), act("cycle", 161 + 50 / 60), run(HALF_MARATHON, 104 + 5 / 60)]),
    ("open water 1500 m 29:05 in the wetsuit", [act("swim", 29 + 5 / 60, 1.5)]),
    ("2 rice cakes w honey + a bottle of SIS (500ml, 188 kcal)",
     [eat(p(RICE_CAKE, 2, "cake"), p(HONEY, 1, "tbsp"), stated(188))]),
    ("turbo 90 min z2, 52 km, then porridge w banana",
     [act("cycle|spin", 90, 52), eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))]),
    ("masters swim 3200m 1:05", [act("swim", 65, 3.2)]),
    ("long ride 112 km 4:05 + 20 min run off the bike, 4.1k",
     [act("cycle", 245, 112), run(4.1, 20)]),
    ("swim 45 min in the lake, then a 30 min spin class", [act("swim", 45),
                                                            act("cycle|spin", 30)]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("run/walk 1 min / 1.5 min x 8, 3.1 km in 28 min", [run(3.1, 28)]),
    ("day 2 of couch to 5k done, 2.9km 30 mins 🥲", [run(2.9, 30)]),
    ("first time running 3 km without stopping!! 21:40", [run(3, 21 + 40 / 60)]),
    ("weighed 102.6kg this morning, first run tomorrow", [weight(102.6)]),
    ("walked the hills, ran the flats, 6 km 52 min", [run(6, 52)]),
    ("galloway method 5k 38:44 at parkrun", [run(5, 38 + 44 / 60)]),
    ("after my run i had a slice of toast with jam and a cup of tea",
     [eat(p(BREAD, 1, "slice"), p(JAM, 1, "tbsp"), BREW)]),
    ("couch to 5k week 7 run 1: jogged 25 min, 3.4 km", [run(3.4, 25)]),
    ("an apple and a handful of almonds before running",
     [eat(p(APPLE, 1, "medium"), g(ALMONDS, 28))]),
    ("first parkrun ever!!! 41:12 and I walked a bit 😅", [run(5, 41.2)]),
    ("jog/walk intervals round the park, 35 min, 3.8km", [run(3.8, 35)]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("am: 2 slices sourdough + avo\nrun: 12k 61:05\npm: chicken katsu 690kcal",
     [eat(g(SOURDOUGH, 100), g(AVOCADO, 68)), run(12, 61 + 5 / 60), eat(stated(690))]),
    ("07:15 porridge + 100g blueberries\n10:00 flat white\n13:00 tuna sandwich 410 kcal\n"
     "18:30 run 9.6k 50:12\n20:00 2 chicken thighs, rice, green beans",
     [eat(p(PORRIDGE, 1, "cup"), g("09050", 100)), eat(FLAT_WHITE), eat(stated(410)),
      run(9.6, 50.2), eat(p(THIGH, 2, "thigh without skin"), p(RICE, 1, "cup"),
                          g(GREEN_BEANS, VEG))]),
    ("Breakfast - weetabix x3, semi skimmed\nLunch - leftover lasagne 520kcal\n"
     "Dinner - shepherd's pie 600kcal\nSnacks - kitkat, banana",
     [eat(p(WEETABIX, 3, "biscuits"), ml(SEMI + "|01077|01211", BOWL_OF_MILK), label="breakfast"),
      eat(stated(520), label="lunch"), eat(stated(600), label="dinner"),
      eat(p(KITKAT, 1, "bar (1.5 oz)"), p(BANANA, 1, "medium"), label="snack")]),
    ("mon: 6mi easy 54:20 / lunch: 2 slices pepperoni pizza / dinner: salmon + sweet potato + "
     "broccoli",
     [run(mi(6), 54 + 20 / 60), eat(p(PEPPERONI_PIZZA, 2, "slice"), label="lunch"),
      eat(p(SALMON, 0.5, "fillet"), p(SWEET_POTATO, 1, "medium"), g(BROCCOLI, VEG),
          label="dinner")]),
    ("1. 2 boiled eggs\n2. 10k tempo 46:30\n3. protein shake\n4. beef stir fry 700 kcal",
     [eat(p("01129|" + E, 2, "large")), run(10, 46.5), eat(g(SHAKE, 30)), eat(stated(700))]),
    ("b: greek yog 200g + honey | l: ham salad sandwich 350kcal | d: spag bol | s: 2 jaffa cakes",
     [eat(g(GREEK, 200), p(HONEY, 1, "tbsp"), label="breakfast"), eat(stated(350), label="lunch"),
      eat(SPAG_BOL, label="dinner"), eat(g("18176", 24))]),
    ("6:00 coffee\n6:30 run 15k 1:18:40\n8:00 3 pancakes + maple\n12:30 burrito bowl ~800\n"
     "19:00 pasta 2 cups + pesto 2 tbsp",
     [eat(p(COFFEE, 1, "cup")), run(15, 78 + 40 / 60),
      eat(p(PANCAKES, 3, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp")), eat(stated(800)),
      eat(p(PASTA, 2, "cup spaghetti not packed"), g(PESTO, 31.5))]),
    ("Today\n- bagel + pb\n- 8 mi 1:09:30\n- 2 bananas\n- chicken breast, 1 cup quinoa, side salad",
     [eat(p(BAGEL, 1, "bagel"), p(PB, 2, "tbsp")), run(mi(8), 69.5),
      eat(p(BANANA, 2, "medium")), eat(chicken_breast(), p("20137", 1, "cup"), SIDE_SALAD)]),
    ("sat: parkrun 22:15, bacon sandwich, 3pm nap, curry night 900 kcal",
     [run(5, 22.25), eat(BACON_SANDWICH), eat(stated(900))]),
    ("breakfast 40g granola + 150g yoghurt, lunch jacket potato w tuna, dinner 2 fish fingers "
     "and peas, run 7k 38:00",
     [eat(g(GRANOLA, 40), g(GREEK + "|01116|01117", 150), label="breakfast"),
      eat(p(POTATO, 1, "potato large"), g(TUNA, 80), label="lunch"),
      eat(p(FISH_FINGERS, 2, "stick"), g(PEAS, VEG), label="dinner"), run(7, 38)]),
    ("Wed\nbrekkie: bowl of bran flakes + semi\nlunch: ham sandwich 320 kcal\n"
     "tea: 2 chicken thighs and 150g oven chips\nrun: 5 mi 42:00",
     [eat(g(BRAN_FLAKES, 30), ml(SEMI, BOWL_OF_MILK), label="breakfast"),
      eat(stated(320), label="lunch"),
      eat(p(THIGH, 2, "thigh without skin"), g(OVEN_CHIPS, 150), label="dinner"),
      run(mi(5), 42)]),
    ("pre: banana | run 16k 1:24:00 | post: choc milk 500ml + 2 toast w butter",
     [eat(p(BANANA, 1, "medium")), run(16, 84), eat(ml(CHOC_MILK, 500), TOAST2, pat(2))]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Morning Run\n13.05 km\n1:07:44\n5:11 /km", [run(13.05, 67 + 44 / 60)]),
    ("Garmin\nTreadmill Running\n8.00 km\n41:36\nAvg HR 151 bpm", [run(8, 41.6)]),
    ("COROS PACE 3\nRun\n21.10 km · 1:46:52 · 5'04\"/km", [run(21.1, 106 + 52 / 60)]),
    ("Strava — Evening Ride\n34.7 km · 1h 12m · 412 m elev", [act("cycle", 72, 34.7)]),
    ("Polar Vantage\nRunning\nDuration 0:48:15\nDistance 9.12 km\nCalories 612 kcal",
     [run(9.12, 48.25)]),
    ("Apple Watch\nOutdoor Walk\n5.31KM\n1:02:08", [act("walk", 62 + 8 / 60, 5.31)]),
    ("Pool Swim\n2,000 m\n41:22\n2:04 /100m", [act("swim", 41 + 22 / 60, 2.0)]),
    ("Lunch Run · 6.21 mi · 52:40 · 8:29 /mi", [run(mi(6.21), 52 + 40 / 60)]),
    ("Garmin Connect\nTrail Run\nDistance: 22.4 km\nTime: 2:31:09\nElev Gain: 1,130 m",
     [run(22.4, 151 + 9 / 60)]),
    ("Indoor Rowing\n5000m\n21:48", [act("row", 21.8, 5)]),
    ("Strength\n40:12\nAvg HR 118", [gym(40.2)]),
    ("Strava\nMorning Run\nDistance 10.02 km\nPace 4:58 /km\nTime 49:48", [run(10.02, 49.8)]),
    ("Garmin Forerunner\nTrack Run\n5.00 km\n18:59\nBest lap 3:41", [run(5, 18 + 59 / 60)]),
    ("Apple Watch\nPool Swim\n1,500M\n32:10", [act("swim", 32 + 10 / 60, 1.5)]),
]

DICTATION: list[tuple[str, list[Event]]] = [
    ("just got back from a ten mile run took me an hour and twenty two minutes felt strong",
     [run(mi(10), 82)]),
    ("can you log two slices of wholemeal toast with peanut butter and a glass of orange juice",
     [eat(p(WBREAD, 2, "slice"), p(PB, 2, "tbsp"), ml(OJ, GLASS_ML))]),
    ("weigh in this morning was eleven stone four", [stone(11, 4)]),
    ("I had a chicken Caesar salad for lunch about five hundred calories",
     [eat(stated(500), label="lunch")]),
    ("went out for a five K this morning twenty six minutes and thirty seconds", [run(5, 26.5)]),
    ("three scrambled eggs and a slice of toast and a coffee with oat milk",
     [eat(p(SCRAMBLED, 3, "large"), p(BREAD, 1, "slice"), COFFEE_OAT)]),
    ("so tonight I ran eight kilometres in forty four minutes and then had a tuna pasta bake "
     "about six hundred calories", [run(8, 44), eat(stated(600))]),
    ("recovery run forty minutes six point five kilometres", [run(6.5, 40)]),
    ("a banana and a cereal bar before the race the bar was one hundred and ten calories",
     [eat(p(BANANA, 1, "medium"), stated(110))]),
    ("for dinner I had two chicken thighs with a cup of rice and some green beans",
     [eat(p(THIGH, 2, "thigh without skin"), p(RICE, 1, "cup"), g(GREEN_BEANS, VEG),
          label="dinner")]),
    ("okay log a run please nine point two kilometres fifty one minutes and fifteen seconds",
     [run(9.2, 51.25)]),
]

TYPOS_EMOJI: list[tuple[str, list[Event]]] = [
    ("porrige w/ honey 🍯 b4 the long run", [eat(p(PORRIDGE, 1, "cup"), p(HONEY, 1, "tbsp"))]),
    ("half marathn 1:52:07 🏅🏅", [run(HALF_MARATHON, 112 + 7 / 60)]),
    ("chese on tost x2 🧀", [eat(p(BREAD, 2, "slice"), g(CHEDDAR, 40))]),
    ("5 mile 41.05 😅", [run(mi(5), 41 + 5 / 60)]),
    ("smoothy - banana, glass of milk, spoon of pb 🍌",
     [eat(p(BANANA, 1, "medium"), ml(SEMI + "|01077|01211", GLASS_ML), p(PB, 1, "tbsp"))]),
    ("ran 12km in 1hr 3 min 🙃", [run(12, 63)]),
    ("chiken n rice 🍗🍚 ~550", [eat(stated(550))]),
    ("76.2 kilos ⚖️", [weight(76.2)]),
    ("2 bannanas + a gatorad 🏃‍♂️", [eat(p(BANANA, 2, "medium"), p(GATORADE, 1, "bottle"))]),
    ("tempo 8km @ 4:30s, 36:00 total 🔥", [run(8, 36)]),
    ("bagle w creme cheese 🥯", [eat(p(BAGEL, 1, "bagel"), SCHMEAR)]),
    ("13.1 in 2:01:44 ugh so close 😩", [run(HALF_MARATHON, 121 + 44 / 60)]),
]

WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("Monday weigh in: 13st 7.5lb", [stone(13, 7.5)]),
    ("scale said 148.2 this morning (lbs)", [pounds(148.2)]),
    ("down to 84.0 kg!! 🎉", [weight(84.0)]),
    ("weight today 9 st 2 lbs", [stone(9, 2)]),
    ("176.0 lb, lightest since the summer", [pounds(176)]),
    ("64,7kg nüchtern", [weight(64.7)]),
]

IRISH: list[tuple[str, list[Event]]] = [
    ("breakfast roll from the centra after parkrun - 2 sausages, 2 rashers, egg",
     [eat(g(FRENCH_BREAD, 120), g(SAUSAGE, 2 * BRITISH_SAUSAGE_G), rashers(2),
          p(FRIED_EGG, 1, "large"))]),
    ("bowl of vegetable soup and 2 cuts of brown bread with butter after the club run",
     [eat(p(VEG_SOUP, 1, "cup"), g(SODA_BREAD, 80), pat(2))]),
    ("ran the phoenix park 10k in 44:19, delighted with that", [run(10, 44 + 19 / 60)]),
    ("a packet of tayto and a club orange on the way home",
     [eat(CRISP_BAG, ml(ORANGE_SODA, UK_CAN_ML))]),
    ("10st 9lb on the scales this morning, not bad", [stone(10, 9)]),
    ("cross country in the mud, 6.2k in 27:40, then a pint of guinness",
     [run(6.2, 27 + 40 / 60), eat(pint_of(BEER))]),
]

AUS_NZ: list[tuple[str, list[Event]]] = [
    ("parkrun at albert park 21:36 then a flat white and a toastie at the cafe",
     [run(5, 21.6), eat(FLAT_WHITE, TOASTIE)]),
    ("2 weet-bix with milk and a banana, brekkie sorted",
     [eat(p(WEETABIX, 2, "biscuits"), ml(SEMI + "|01077|01211", BOWL_OF_MILK),
          p(BANANA, 1, "medium"), label="breakfast")]),
    ("vegemite on toast x2 and a long black",
     [eat(TOAST2, p(YEAST_EXTRACT, 2, "tsp"), ml(ESPRESSO, 60))]),
    ("2 snags in bread at the sausage sizzle after the fun run",
     [eat(g(SAUSAGE, 130), p(BREAD, 2, "slice"))]),
    ("meat pie and a 600ml choc milk after the long run, no regrets",
     [eat(g(POT_PIE, 175), ml(CHOC_MILK, 600))]),
    ("weigh in 68.9kg, hills tomorrow", [weight(68.9)]),
    ("ran the tarawera 21k in 2:04:55, absolutely cooked", [run(21, 124 + 55 / 60)]),
    ("hokey pokey ice cream, 2 scoops, after the waterfront run",
     [eat(p(ICE_CREAM, 2, "serving 1/2 cup"))]),
]

CANADIAN: list[tuple[str, list[Event]]] = [
    ("timmies double double and a honey cruller before the long run",
     [eat(DOUBLE_DOUBLE, p(CRULLER, 1, "cruller"))]),
    ("10k at -18 this morning, 55:02, eyelashes froze", [run(10, 55 + 2 / 60)]),
    # poutine asks (decided 2026-12-02 with blocks l and p; this label was 1.25 of its parts)
    ("large poutine after the race, earned it", [unknown(1)]),
    ("peameal bacon on a bun, 2 slices", [eat(p(CANADIAN_BACON, 2, "slice"), p(BUN, 1, "roll"))]),
    ("162 lb this am", [pounds(162)]),
    ("3 pancakes with maple syrup and a glass of milk, eh",
     [eat(p(PANCAKES, 3, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp"), ml(MILK_2PC, GLASS_ML))]),
]

WEST_AFRICAN: list[tuple[str, list[Event]]] = [
    ("jollof rice and chicken after sunday long run", [eat(JOLLOF, chicken_breast())]),
    ("ran 15km at 5:30am before the heat, 1:24:10", [run(15, 84 + 10 / 60)]),
    ("boiled yam and 2 fried eggs for breakfast",
     [eat(p(YAM, 1, "cup, cubes"), p(FRIED_EGG, 2, "large"), label="breakfast")]),
    ("a plate of fried plantain and 2 boiled eggs",
     [eat(p(PLANTAIN, 1, "cup"), p("01129|" + E, 2, "large"))]),
    ("weighed 81kg, my coach in Lagos will be happy", [weight(81)]),
    ("waakye from the roadside after my 12km run, 1:08", [run(12, 68), unknown(1)]),
    ("a cup of milo and 4 slices of agege bread",
     [eat(p(MILO, 1, "cup"), p(BREAD, 4, "slice"))]),
]

EAST_AFRICAN: list[tuple[str, list[Event]]] = [
    ("morning run in iten 18km 1:21, thin air", [run(18, 81)]),
    ("ugali and sukuma wiki for lunch", [unknown(1)]),
    ("2 chapati and a cup of chai after the fartlek", [eat(p(ROTI, 2, "piece"), CHAI)]),
    ("fartlek 1min on 1min off x 20, 45 min total, 11.2km", [run(11.2, 45)]),
    ("injera with shiro for dinner", [unknown(2)]),
    ("weight 58.5 kg this morning", [weight(58.5)]),
]

BRAZILIAN_PORTUGUESE: list[tuple[str, list[Event]]] = [
    ("today I make 14 km in 1h12, very hot in Rio", [run(14, 72)]),
    ("breakfast: 3 pão de queijo and one coffee", [unknown(1)]),
    ("1 cup of rice, 1 cup of black beans and 150g grilled chicken",
     [eat(p(RICE, 1, "cup"), p(BLACK_BEANS, 1, "cup"), g(CHICKEN, 150))]),
    ("açaí bowl 500ml after the treino, 480 kcal says the app", [eat(stated(480))]),
    ("I weight 74,3 kg today", [weight(74.3)]),
    ("pastel de nata after my run of 8 km in 41 min", [run(8, 41), eat(g(CUSTARD_TART, 60))]),
    ("I ate 2 bananas and 1 tbsp of peanut butter before the long run",
     [eat(p(BANANA, 2, "medium"), p(PB, 1, "tbsp"))]),
]

GERMAN_DUTCH_NORDIC: list[tuple[str, list[Event]]] = [
    ("Today 10,5 km in 52:30 at the Alster, it was raining", [run(10.5, 52.5)]),
    ("broodje kaas and a glass of karnemelk for lunch",
     [eat(BROODJE_KAAS, ml(BUTTERMILK, GLASS_ML), label="lunch")]),
    ("50g oats with 250ml milk (3,5%) and one apple",
     [eat(g(OATS, 50), ml(WHOLE_MILK, 250), p(APPLE, 1, "medium"))]),
    ("2 slices rye bread with 2 slices gouda", [eat(p(RYE, 2, "slice, regular"), g(GOUDA, 40))]),
    ("long run in Stockholm 25 km 2:10:40, after it a kanelbulle and coffee",
     [run(25, 130 + 40 / 60), eat(p(CINNAMON_ROLL, 1, "roll"), p(COFFEE, 1, "cup"))]),
    ("by bike to work 18 km in 40 min, after that 5 km run 26:10",
     [act("cycle", 40, 18), run(5, 26 + 10 / 60)]),
]

FILIPINO: list[tuple[str, list[Event]]] = [
    ("tapsilog for breakfast before the run", [unknown(1)]),
    ("ran 10k in BGC 57:48, so humid po", [run(10, 57.8)]),
    ("2 pandesal and a cup of coffee", [unknown(1)]),
    ("chicken adobo with 1 cup rice, about 600 cal", [eat(stated(600))]),
    ("1 cup rice and 2 pcs fried chicken drumstick",
     [eat(p(RICE, 1, "cup"), p(DRUMSTICK, 2, "drumstick, bone removed"))]),
    ("weight 62.4kg po", [weight(62.4)]),
]

KOREAN: list[tuple[str, list[Event]]] = [
    ("1 roll kimbap then hangang run, 10km 55:10", [unknown(1), run(10, 55 + 10 / 60)]),
    ("bibimbap at lunch, app says 560kcal", [eat(stated(560), label="lunch")]),
    ("1 cup kimchi and 1 cup rice with 2 fried eggs",
     [eat(p(KIMCHI, 1, "cup"), p(RICE, 1, "cup"), p(FRIED_EGG, 2, "large"))]),
    ("banana milk after run", [unknown(1)]),
    ("I run 8km in 44min at Olympic park, then samgyeopsal dinner 900kcal",
     [run(8, 44), eat(stated(900), label="dinner")]),
    ("today weight 66.1kg", [weight(66.1)]),
]

MIDDLE_EASTERN: list[tuple[str, list[Event]]] = [
    ("5 falafel in a pita with hummus after my run",
     [eat(p("16138", 5, "patty"), p(PITA, 1, "pita, large"), p(HUMMUS, 2, "tbsp"))]),
    ("simit and ayran after the Bosphorus 15k, 1:14:30", [run(15, 74.5), unknown(1)]),
    ("2 glasses of turkish tea and 3 dates", [eat(ml(TEA, 200), p(DATES, 3, "date"))]),
    ("a bowl of lentil soup and 2 slices of bread",
     [eat(p(LENTIL_SOUP, 1, "cup"), p(BREAD, 2, "slice"))]),
    ("ran 12 km with Beirut Runners, 1:05:50", [run(12, 65 + 50 / 60)]),
    ("chicken shawarma wrap 650 kcal", [eat(stated(650))]),
]

CARIBBEAN: list[tuple[str, list[Event]]] = [
    ("jamaican beef patty after the 10k, 46:33", [run(10, 46.55), unknown(1)]),
    ("2 doubles from the stand after my run in port of spain", [unknown(1)]),
    ("ran 16k on the seawall 1:29:40", [run(16, 89 + 40 / 60)]),
    ("coconut water 330ml and a mango after the run",
     [eat(g(COCONUT_WATER, 330 * 240 / 236.6), p(MANGO, 1, "fruit without refuse"))]),
    ("weighed 13 stone 6 at the gym", [stone(13, 6)]),
]

VEGAN: list[tuple[str, list[Event]]] = [
    ("tofu scramble with 200g firm tofu and spinach", [eat(g(TOFU, 200), g(SPINACH, 30))]),
    ("tempeh 100g, 1 cup brown rice and broccoli",
     [eat(g(TEMPEH, 100), p(BROWN_RICE, 1, "cup"), g(BROCCOLI, VEG))]),
    ("oat milk latte and a vegan banana muffin, the cafe says 390 kcal for the muffin",
     [eat(OAT_LATTE, stated(390))]),
    ("1 cup chickpeas, 1 cup rice, and a tbsp of tahini",
     [eat(p(CHICKPEAS, 1, "cup"), p(RICE, 1, "cup"), p(TAHINI, 1, "tbsp"))]),
    ("plant powered half marathon 1:49:20 🌱", [run(HALF_MARATHON, 109 + 20 / 60)]),
    ("soy yogurt 170g with granola 40g", [eat(g(SOY_YOGURT, 170), g(GRANOLA, 40))]),
]

BUGGY_PARENTS: list[tuple[str, list[Event]]] = [
    ("buggy run with the twins, 6.4 km 38:50 🚼", [run(6.4, 38 + 50 / 60)]),
    ("ate the kids' leftovers: 3 fish fingers and some peas",
     [eat(p(FISH_FINGERS, 3, "stick"), g(PEAS, VEG))]),
    ("stroller 5k at parkrun 27:12 pushing 18kg of toddler", [run(5, 27.2)]),
    ("2 rice cakes with pb while pushing the swing",
     [eat(p(RICE_CAKE, 2, "cake"), p(PB, 2, "tbsp"))]),
    ("running buggy, 10k along the river 1:02:05, baby slept the whole way",
     [run(10, 62 + 5 / 60)]),
    ("weighed 71.3 kg, 6 months postpartum", [weight(71.3)]),
]

SHIFT_WORK: list[tuple[str, list[Event]]] = [
    ("3am on nights: toast x2 and a cup of tea on the ward", [eat(TOAST2, BREW)]),
    ("ran home after the night shift, 5.5km 31:40", [run(5.5, 31 + 40 / 60)]),
    ("handover biscuits, 3 chocolate digestives", [eat(g(CHOC_DIGESTIVE, 3 * BISCUIT_G))]),
    ("vending machine kitkat and a coke at 4am",
     [eat(p(KITKAT, 1, "bar (1.5 oz)"), ml(COLA, UK_CAN_ML))]),
    ("post nights: slept 12 hrs then an 8k recovery jog, 48 min", [run(8, 48)]),
    ("meal deal on the 12 hr shift: chicken sandwich 390 kcal, crisps, diet coke",
     [eat(stated(390), CRISP_BAG, ml(DIET_COLA, 500))]),
]

STUDENT: list[tuple[str, list[Event]]] = [
    ("super noodles, whole pack, after club training",
     [eat(p(RAMEN, 1, "package without flavor packet"))]),
    ("uni 5k time trial 19:58 let's gooo", [run(5, 19 + 58 / 60)]),
    ("beans on toast again (student budget), full tin, 2 slices", [eat(g(BEANS, 415), TOAST2)]),
    ("2 pints of snakebite at the union", [eat(combo(BEER + "|" + CIDER, ml(BEER, 568),
                                                     ml(CIDER, 568)))]),
    ("tuna pasta: 100g pasta (dry), 1 tin of tuna, some mayo",
     [eat(g("20120|20121", 100), g(TUNA, 112), p(MAYO, 1, "tbsp"))]),
    ("weighed at the uni gym 70.2kg", [weight(70.2)]),
    ("cheap frozen margherita, 400g, ate the whole thing", [eat(g(FROZEN_PIZZA, 400))]),
]

CYCLIST_HIKER: list[tuple[str, list[Event]]] = [
    ("club ride 82 km, 3h05, cafe stop: slice of banana bread and a latte",
     [act("cycle", 185, 82), eat(p(BANANA_BREAD, 1, "slice"), LATTE)]),
    ("hiked ben nevis, 17 km in 6h20", [act("hike|walk", 380, 17)]),
    ("gravel ride 2h15 61km", [act("cycle", 135, 61)]),
    ("peak district walk 14 miles, five and a half hours, pork pie at the top",
     [act("hike|walk", 330, mi(14)), eat(PORK_PIE)]),
    # one time "each way" is one session of twice the time and distance, as blocks d and e
    # and the second structure probes label it (a time per leg is two sessions)
    ("commute ride 24 km, 55 min each way", [act("cycle", 110, 48)]),
]

SWIMMER: list[tuple[str, list[Event]]] = [
    ("swim 3k this morning, 58 min, mostly freestyle", [act("swim", 58, 3)]),
    ("sea swim 1.2 km 31 min, bloody freezing 🥶", [act("swim", 31, 1.2)]),
    ("after swim: 2 toasted bagels with cream cheese",
     [eat(p(BAGEL, 2, "bagel"), p("01017", 4, "tbsp"))]),
    ("100 x 100 swim challenge done, 10 km in 3:12:40", [act("swim", 192 + 40 / 60, 10)]),
]

STREAKER: list[tuple[str, list[Event]]] = [
    ("streak day 412: 1 mile 8:51 🔥", [run(mi(1), 8.85)]),
    ("day 1,000 of the run streak! 5k 24:30", [run(5, 24.5)]),
    ("streak day 88, minimum mile on the treadmill 9:40", [run(mi(1), 9 + 40 / 60)]),
    ("streak day 230 - 3.2km 17:05, then 3 pancakes",
     [run(3.2, 17 + 5 / 60), eat(p(PANCAKES, 3, 'pancake (4" dia)'))]),
    ("run streak day 50, 2 miles 19:20, 79.4 kg this morning",
     [run(mi(2), 19 + 20 / 60), weight(79.4)]),
]

OLDER_WALKERS: list[tuple[str, list[Event]]] = [
    ("walked 3 miles with the ramblers, 1 hour 10 min", [act("walk", 70, mi(3))]),
    ("nordic walking 45 min, 4.2 km", [act("walk|hike|nordic walk", 45, 4.2)]),
    ("at 74 I did 6,000 steps and a 40 minute walk", [act("walk", 40)]),
    ("a slice of fruit cake and a cup of tea at the garden centre after our walk",
     [eat(p(FRUITCAKE, 1, "piece"), BREW)]),
    ("weighed 9 stone 12 at the surgery", [stone(9, 12)]),
]

NON_EVENTS: list[str] = [
    "how many gels should I take for a 3:30 marathon",
    "is 5 runs a week too much for a beginner?",
    "planning 16 miles on saturday, 2 at race pace",
    "my husband ran 10k in 48 min today, he's insufferable",
    "back in 2015 I did the dublin marathon in 3:41",
    "what should my protein be at 68 kg",
    "is jollof ok the night before a race",
    "the kids had pizza for tea, I had nothing yet",
    "should I eat before a 6am run or go fasted",
    "thinking about the comrades up run next year",
    "coach wants 4 x 1 mile at threshold on thursday",
    "how much does a running buggy slow you down?",
    "why is my garmin 200 m short on every run",
    "how do I log my swim from the pool?",
    "is oat milk ok for recovery or do I need cow's milk",
    "my flatmate eats 4 pot noodles a day 😳",
    "night shifts are killing my training tbh",
    "is 9 stone too light for a marathon",
    "can I count steps as a walk?",
    "heading to the gym later, legs or upper?",
    "will 2 bananas be enough for a half",
    "parkrun cancelled because of ice 😡",
    "morning coach, big day today 💪",
    "never mind, logged the wrong day",
    "what's a good pace for an easy run if my 5k is 25 min",
    "my streak ended at day 611 😭",
    "how many kcal in a pint of guinness?",
    "is it ok to run with a cold",
    "ok thanks, that's helpful",
    "do I need to carb load for an ultra",
    "my legs are dead after yesterday's hills",
    "does cycling count towards my weekly mileage?",
    "what time is the summary coming tonight",
    "I'll log dinner later",
    "is kimchi good for gut health for runners",
    "how many calories did I burn this week?",
    "running club christmas party on friday, 3 courses and a disco",
    "used to weigh 95 kg before I started running",
    "can you remind me to refuel after my run tomorrow",
    "is 100 km a week too much at 55 years old",
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "uk club": UK_CLUB, "us": US, "ultra and trail": ULTRA_TRAIL, "triathlon": TRIATHLON,
    "beginner": BEGINNER, "whole day": WHOLE_DAY, "watch copy": WATCH,
    "voice dictation": DICTATION, "typos and emoji": TYPOS_EMOJI, "weigh-ins": WEIGH_INS,
    "irish": IRISH, "australian and nz": AUS_NZ, "canadian": CANADIAN,
    "nigerian and ghanaian": WEST_AFRICAN, "kenyan and ethiopian": EAST_AFRICAN,
    "brazilian and portuguese": BRAZILIAN_PORTUGUESE,
    "german, dutch and nordic": GERMAN_DUTCH_NORDIC, "filipino": FILIPINO, "korean": KOREAN,
    "lebanese and turkish": MIDDLE_EASTERN, "caribbean": CARIBBEAN, "vegan": VEGAN,
    "buggy parents": BUGGY_PARENTS, "shift workers": SHIFT_WORK, "students": STUDENT,
    "cyclists and hikers": CYCLIST_HIKER, "swimmers": SWIMMER, "streakers": STREAKER,
    "older walkers": OLDER_WALKERS,
    "chat": [(text, []) for text in NON_EVENTS],
}


def main() -> int:
    """Write this block alone (make_corpus_reference.py also writes it, with every block)."""
    write(OUT, block(BLOCK, load_usda(USDA_SOURCE)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
