"""The "days12" probes (2026-12-02, issue 15): a message's STRUCTURE in block q's missed shapes,
written by the helper who fixes them BEFORE any fix, in new words (not block q's messages),
each shape in UK, Irish/Scottish, US and Australian voices, with chat in the same words.

Shapes:
- day logs parted by separators: em and en dashes, middle dots, bars, semicolons, slashes,
  with a part that holds a "w/", "&" or "x2" of its own ("porridge w/ honey — wrap 450kcal");
- a day's comma list whose foods carry their own kcal: each priced food is a meal, and a food
  without one between or after two priced ones is a meal of its own ("bagel, sushi 480kcal, a
  pear, tagine 690kcal"); with ONE priced food the unpriced ones after it stay with it, as the
  earlier blocks label it ("parkrun 25:30, then a tuna wrap 430 kcal, a banana and a black
  coffee" is one meal in block l);
- a day told a sentence a part, its meals labelled, and a last sentence that is a drink or a
  snack of its own after dinner ("dinner chilli and rice. a pint of cider.");
- packet labels: kcal per 100 g (or 100 ml) times what was eaten, in its phrasings ("per 100g",
  "/100g", "per 100 g", "a 100g", "per 100 grams", "(per 100g: 260 kcal)"), of a packet's part
  ("half the 400g pack", "a third of the 300g tub") or a count of pieces of a weight;
- headings that name a deal or a combo, with the place it was bought ("services meal deal at
  Tebay:", "gas station combo on I-95:"): the heading is no food;
- a run, then food with a place or company after it: "back home", "back at the car", "on the
  front", "from the van", "at the services", "in the car", "at the café with the gang", "on the
  drive home", "with my sister" (a "roll and bacon" is a bacon roll, "a roll and fried egg" an
  egg in a roll);
- chat in the same words that logs nothing: plans, questions, prices, someone else's food.

Labels as in the earlier blocks (corpus_labels.py, corpus_fresh.py, corpus_heldout*.py, block
q's script corpus_heldout17.py): a banana, an apple, a pear USDA's medium; porridge USDA's cup;
a bagel one bagel; cream cheese on it 2 tbsp; honey 1 tbsp; eggs large (fried "on toast");
bare toast 2 slices; a brew 250 ml tea with 30 ml semi-skimmed; a latte 60 ml espresso and 300
ml semi-skimmed; a flat white 60 ml espresso and 150 ml whole milk; a UK bag of crisps 25 g; a
glass of wine 175 ml; a pint 568 ml; a UK can 330 ml, a US can 12 fl oz; a bacon roll a roll
and 2 rashers; a cheese sandwich 2 slices and 40 g cheddar; water nothing; a dish the message
prices at that kcal; a label's kcal per 100 g (or 100 ml) times the grams (or ml) eaten, one
stated food per label (block q's convention). Each part of a day's list parted by a separator is
a meal of its own; "+", "&", "and", "with", "w/" join foods inside one part.

First score, on main 86c78b1 before any change: see tests/data/README.md ("Days probes 12").
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, CHEESE_SARNIE, CRISP_BAG, HAM_SARNIE, TOAST2, pint_of
from corpus_heldout import BACON_ROLL, DIET_COLA, FLAT_WHITE, TANGERINE
from corpus_heldout3 import LATTE
from corpus_heldout11 import CHIPS_BAG_G, CRISPS_US, FL_OZ
from corpus_heldout17 import BACON_SARNIE, per_100
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    BLUEBERRIES,
    CHILI,
    CHOC_MILK,
    CIDER,
    COFFEE,
    COLA,
    CREAM_CHEESE,
    CROISSANT,
    DIGESTIVE,
    FRIED_EGG,
    HONEY,
    OJ,
    PEAR,
    PIZZA,
    PORRIDGE,
    RED_WINE,
    RICE,
    ROLL,
    WEETABIX,
    WHITE_WINE,
    E,
    Meal,
    act,
    eat,
    g,
    mi,
    ml,
    p,
    pounds,
    run,
    stated,
    stone,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

B, L, D = "breakfast", "lunch", "dinner"


def k(kcal: float, label: str | None = None) -> Meal:
    """A meal of one dish the message prices itself."""
    return eat(stated(kcal), label=label)


def t(minutes: float, seconds: float = 0.0) -> float:
    return minutes + seconds / 60


BAN = p(BANANA, 1, "medium")
BAN2 = p(BANANA, 2, "medium")
APP = p(APPLE, 1, "medium")
PEA = p(PEAR, 1, "medium")
POR = p(PORRIDGE, 1, "cup")
BAG = p(BAGEL, 1, "bagel")
SCHMEAR = p(CREAM_CHEESE, 2, "tbsp")
HON = p(HONEY, 1, "tbsp")
EGGS2 = p(E, 2, "large")
FRIED2 = p(FRIED_EGG, 2, "large")
WB2 = p(WEETABIX, 2, "biscuits")
CRO = p(CROISSANT, 1, "croissant, medium")
CUP = p(COFFEE, 1, "cup")
CHILLI = p(CHILI, 1, "cup")
RICE_CUP = p(RICE, 1, "cup")
SATSUMAS2 = p(TANGERINE, 2, "medium")
WINE_ML = 175.0
UK_CAN_ML = 330.0
US_CAN_ML = 12 * FL_OZ
DIGESTIVES2 = g(DIGESTIVE, 30)
PIZZA2 = p(PIZZA, 2, "slice")

SEPARATORS: list[tuple[str, list[Event]]] = [
    (
        "Thu — 7k easy 38:50 — bagel w/ cream cheese — tuna melt 520kcal — banana — 70.3kg",
        [run(7, t(38, 50)), eat(BAG, SCHMEAR), k(520), eat(BAN), weight(70.3)],
    ),
    (
        "log – 5 mi 41:15 – 2 eggs w/ toast – chicken caesar 480 kcal – an apple",
        [run(mi(5), 41.25), eat(EGGS2, TOAST2), k(480), eat(APP)],
    ),
    (
        "porridge w/ honey · 10k 51:02 · chicken wrap 450kcal · a pear",
        [eat(POR, HON), run(10, t(51, 2)), k(450), eat(PEA)],
    ),
    (
        "weetabix x2 | 8k 44:00 | pie & mash 700kcal | a brew",
        [eat(WB2), run(8, 44), k(700), eat(BREW)],
    ),
    (
        "porridge w/ blueberries; 12k 1:04:30; jacket spud 410 kcal; 2 satsumas",
        [eat(POR, p(BLUEBERRIES, 0.5, "cup")), run(12, t(64, 30)), k(410), eat(SATSUMAS2)],
    ),
    (
        "sat — parkrun 24:48 — bacon roll w/ brown sauce 420kcal — lasagne 650kcal — 2 glasses of "
        "red",
        [run(5, t(24, 48)), k(420), k(650), eat(ml(RED_WINE, 2 * WINE_ML))],
    ),
    (
        "day 4 — 6 miles 52:30 — bagel & cream cheese — burrito bowl 780 cal — 2 cans of coke",
        [run(mi(6), 52.5), eat(BAG, SCHMEAR), k(780), eat(ml(COLA, 2 * US_CAN_ML))],
    ),
    (
        "today: toast w/ 2 fried eggs — soup 250 kcal — chilli & rice — 71.9kg",
        [eat(FRIED2, TOAST2), k(250), eat(CHILLI, RICE_CUP), weight(71.9)],
    ),
    (
        "9 mile long run 1:18:40 – banana w/ a coffee – roast dinner 900kcal – apple",
        [run(mi(9), t(78, 40)), eat(BAN, CUP), k(900), eat(APP)],
    ),
    (
        "brekky: 2 weet-bix — 10k 49:50 — chicken schnitty 700kcal — a flat white",
        [eat(WB2, label=B), run(10, t(49, 50)), k(700), eat(FLAT_WHITE)],
    ),
    (
        "11st 2lb · 4 mi 36:20 · croissant w/ jam 300kcal · fish pie 560 kcal",
        [stone(11, 2), run(mi(4), t(36, 20)), k(300), k(560)],
    ),
    (
        "165.4 lb; 5k 25:55; oatmeal w/ honey; turkey chili 520 cal; an apple",
        [pounds(165.4), run(5, t(25, 55)), eat(POR, HON), k(520), eat(APP)],
    ),
    (
        "Mon — swim 40 min — 2 eggs & toast — ramen 650kcal — a pear",
        [act("swim", 40), eat(EGGS2, TOAST2), k(650), eat(PEA)],
    ),
    (
        "rest day — porridge w/ banana — ham sandwich — stir fry 550kcal — 2 digestives",
        [eat(POR, BAN), eat(HAM_SARNIE), k(550), eat(DIGESTIVES2)],
    ),
    (
        "wed | 10k 50:30 | a croissant w/ a latte | poke bowl 600kcal | 70.0kg",
        [run(10, 50.5), eat(CRO, LATTE), k(600), weight(70.0)],
    ),
]

PRICED: list[tuple[str, list[Event]]] = [
    (
        "Wed eats: a bagel, sushi box 480kcal, a pear, lamb tagine 690kcal",
        [eat(BAG), k(480), eat(PEA), k(690)],
    ),
    (
        "10k tempo 46:30, then porridge, a burrito 820 kcal, an apple, chicken pie 610 kcal",
        [run(10, 46.5), eat(POR), k(820), eat(APP), k(610)],
    ),
    (
        "food today: flat white + croissant, poke bowl (560kcal), 2 satsumas, steak frites "
        "(950kcal)",
        [eat(FLAT_WHITE, CRO), k(560), eat(SATSUMAS2), k(950)],
    ),
    (
        "70.2kg, protein bar (220 kcal), a banana, pasta bake 640 kcal, a brew",
        [weight(70.2), k(220), eat(BAN), k(640), eat(BREW)],
    ),
    (
        "ran 14k 1:15:20, jacket potato 450kcal, an apple, chicken katsu 820kcal, 2 digestives",
        [run(14, t(75, 20)), k(450), eat(APP), k(820), eat(DIGESTIVES2)],
    ),
    (
        "Sat: 18 mile long run 2:41:00, 2 gels (200kcal), chocolate milk pint after, roast pork "
        "880kcal, a glass of red",
        [run(mi(18), 161), k(200), eat(pint_of(CHOC_MILK)), k(880), eat(ml(RED_WINE, WINE_ML))],
    ),
    (
        "ate today: weetabix x2, meal deal 600kcal, a banana, curry 750kcal, a can of coke",
        [eat(WB2), k(600), eat(BAN), k(750), eat(ml(COLA, UK_CAN_ML))],
    ),
    (
        "woke 68.4kg, 8k 41:10, porridge, tuna sub (510 cal), 2 satsumas, chilli 680 cal",
        [weight(68.4), run(8, t(41, 10)), eat(POR), k(510), eat(SATSUMAS2), k(680)],
    ),
    (
        "Sunday long run 28k 2:38:10, a flat white, bacon & egg roll 450kcal, pear, lamb roast "
        "900kcal",
        [run(28, t(158, 10)), eat(FLAT_WHITE), k(450), eat(PEA), k(900)],
    ),
    (
        "Tues: 6 mi 50:40, bagel, a chicken wrap 470 cal, an apple, spaghetti 720 cal",
        [run(mi(6), t(50, 40)), eat(BAG), k(470), eat(APP), k(720)],
    ),
    (
        "swam 50 min, then a latte, a cheese toastie 400kcal, a banana, fish and chips 1000kcal",
        [act("swim", 50), eat(LATTE), k(400), eat(BAN), k(1000)],
    ),
    (
        "71.0kg. food: croissant, quiche 450kcal, a pear, pho 600kcal",
        [weight(71.0), eat(CRO), k(450), eat(PEA), k(600)],
    ),
    # one priced food: what follows it in its clause stays with it (block l's label)
    (
        "parkrun 26:02, then a sausage roll 330 kcal, a banana and a latte",
        [run(5, t(26, 2)), eat(stated(330), BAN, LATTE)],
    ),
    ("ran 8k 42:00, then a chicken wrap 450 kcal, an apple", [run(8, 42), eat(stated(450), APP)]),
]

SENTENCES: list[tuple[str, list[Event]]] = [
    (
        "Mon: 69.4kg. ran 8 miles 1:05:00. breakfast porridge. lunch a ham sandwich. dinner chilli "
        "and rice. a pint of cider.",
        [
            weight(69.4),
            run(mi(8), 65),
            eat(POR, label=B),
            eat(HAM_SARNIE, label=L),
            eat(CHILLI, RICE_CUP, label=D),
            eat(pint_of(CIDER)),
        ],
    ),
    (
        "Thu. swam 40 min. breakfast 2 eggs and toast. lunch soup 250 kcal. dinner lasagne 650 "
        "kcal. a glass of red.",
        [
            act("swim", 40),
            eat(EGGS2, TOAST2, label=B),
            k(250, L),
            k(650, D),
            eat(ml(RED_WINE, WINE_ML)),
        ],
    ),
    (
        "breakfast a bagel. lunch a chicken wrap 450 kcal. dinner fish pie 600 kcal. 2 digestives "
        "with a brew.",
        [eat(BAG, label=B), k(450, L), k(600, D), eat(DIGESTIVES2, BREW)],
    ),
    (
        "Breakfast oatmeal. Lunch turkey sandwich 450 cal. Dinner tacos 700 cal. A can of Coke.",
        [eat(POR, label=B), k(450, L), k(700, D), eat(ml(COLA, US_CAN_ML))],
    ),
    (
        "Sat: 10k 48:20. brekkie weetabix x2. lunch cheese sandwich. tea sausage casserole 650 "
        "kcal. 2 glasses of white.",
        [
            run(10, t(48, 20)),
            eat(WB2, label=B),
            eat(CHEESE_SARNIE, label=L),
            k(650, D),
            eat(ml(WHITE_WINE, 2 * WINE_ML)),
        ],
    ),
    (
        "Fri. 72.6kg. lunch a bacon sandwich. dinner steak pie 600kcal. an apple.",
        [weight(72.6), eat(BACON_SARNIE, label=L), k(600, D), eat(APP)],
    ),
    (
        "12k 1:01:00. breakfast porridge w/ honey. dinner chicken curry 750kcal. a pint of cider.",
        [run(12, 61), eat(POR, HON, label=B), k(750, D), eat(pint_of(CIDER))],
    ),
    (
        "brekkie croissant. lunch sushi 450kcal. dinner pizza 900kcal. a banana.",
        [eat(CRO, label=B), k(450, L), k(900, D), eat(BAN)],
    ),
]

LABELS_PER_100: list[tuple[str, list[Event]]] = [
    ("a 45g bag of crisps, 530 kcal per 100g", [eat(per_100(45, 530))]),
    ("ate a third of the 300g tub of hummus, 290kcal/100g", [eat(per_100(100, 290))]),
    ("80g of muesli (365 kcal per 100 g)", [eat(per_100(80, 365))]),
    ("half a 200g bar of dark choc, 580 kcal a 100g", [eat(per_100(100, 580))]),
    ("the whole 330ml bottle of smoothie at 55 kcal per 100ml", [eat(per_100(330, 55))]),
    (
        "tempo 8k 37:50 then a 90g flapjack, 430kcal/100g",
        [run(8, t(37, 50)), eat(per_100(90, 430))],
    ),
    ("2 of the 35g bars, 400 kcal per 100g", [eat(per_100(70, 400))]),
    ("125g pot of rice pudding, 105 cal per 100g", [eat(per_100(125, 105))]),
    ("quarter of a 500g pack of granola, 450 kcal per 100 grams", [eat(per_100(125, 450))]),
    ("50g of beef jerky on the drive (per 100g: 260 kcal)", [eat(per_100(50, 260))]),
    ("ready meal 400g, label says 120 kcal per 100g", [eat(per_100(400, 120))]),
    (
        "after my 10k (49:10): 250ml chocolate milk at 65kcal/100ml",
        [run(10, t(49, 10)), eat(per_100(250, 65))],
    ),
    ("200g of the lasagne, 150 kcal per 100g", [eat(per_100(200, 150))]),
    ("had 2/3 of a 180g pack of halloumi (320kcal/100g)", [eat(per_100(120, 320))]),
    (
        "20 mile long run 2:58:00 on a 75g bag of jelly sweets, 340 kcal per 100g",
        [run(mi(20), 178), eat(per_100(75, 340))],
    ),
    ("ate half the 250g bag of pretzels, 380 kcal per 100g", [eat(per_100(125, 380))]),
    (
        "60g of oats at 375kcal per 100g with 200ml of milk at 50kcal per 100ml",
        [eat(per_100(60, 375), per_100(200, 50))],
    ),
]

DEALS: list[tuple[str, list[Event]]] = [
    (
        "services meal deal at Tebay: a chicken salad sandwich 380kcal, a bag of crisps, a bottle "
        "of water",
        [eat(stated(380), CRISP_BAG)],
    ),
    (
        "boots meal deal on the M6: egg mayo 340 kcal, walkers, 500ml diet coke",
        [eat(stated(340), CRISP_BAG, ml(DIET_COLA, 500))],
    ),
    (
        "lunch deal from the garage on the A30: BLT (420 kcal), salt & vinegar crisps, an apple",
        [eat(stated(420), CRISP_BAG, APP, label=L)],
    ),
    (
        "petrol station meal deal near Leeds: chicken wrap 410 kcal, a banana, 250ml orange juice",
        [eat(stated(410), BAN, ml(OJ, 250))],
    ),
    (
        "gas station combo on I-95: turkey sub 480 cal, a bag of chips, a water",
        [eat(stated(480), g(CRISPS_US, CHIPS_BAG_G))],
    ),
    (
        "servo meal deal on the Hume: sausage roll 380 kcal and a flat white",
        [eat(stated(380), FLAT_WHITE)],
    ),
    (
        "tesco meal deal in the car park: ham & cheese 390 cal, a bag of crisps, a can of coke",
        [eat(stated(390), CRISP_BAG, ml(COLA, UK_CAN_ML))],
    ),
    (
        "after the 15k (1:18:30), co-op meal deal on the way home: tuna sandwich (360kcal), an "
        "apple, water",
        [run(15, 78.5), eat(stated(360), APP)],
    ),
    (
        "motorway meal deal at Membury: prawn mayo 350kcal, crisps, a still water",
        [eat(stated(350), CRISP_BAG)],
    ),
]

TAILS: list[tuple[str, list[Event]]] = [
    ("parkrun 26:40 with my sister then a bagel back home", [run(5, t(26, 40)), eat(BAG)]),
    ("10k trail 58:10, then 2 bananas back at the car", [run(10, t(58, 10)), eat(BAN2)]),
    ("Ran 7 miles 58:30 then eggs on toast back home", [run(mi(7), 58.5), eat(FRIED2, TOAST2)]),
    ("club run 12k 1:02:00 then a latte at the café with the gang", [run(12, 62), eat(LATTE)]),
    ("hill reps, 9k in 55:00, then a brew in the car", [run(9, 55), eat(BREW)]),
    (
        "long run 22k 2:01:30, then a cheese sandwich at the services",
        [run(22, 121.5), eat(CHEESE_SARNIE)],
    ),
    ("recovery 6k 35:20 then a bowl of porridge back home", [run(6, t(35, 20)), eat(POR)]),
    ("parkrun 23:59 then a coffee and a banana from the van", [run(5, t(23, 59)), eat(CUP, BAN)]),
    (
        "Portobello parkrun 22:12, then a roll and bacon from the van",
        [run(5, t(22, 12)), eat(BACON_ROLL)],
    ),
    ("Ran 5 miles 44:10 then a bagel in the car", [run(mi(5), t(44, 10)), eat(BAG)]),
    ("8k 41:30 then a coffee with the kids at the park", [run(8, 41.5), eat(CUP)]),
    ("parkrun 22:40 then a flat white at the beach kiosk", [run(5, t(22, 40)), eat(FLAT_WHITE)]),
    ("10k 55:00 then a banana on the drive home", [run(10, 55), eat(BAN)]),
    (
        "intervals 7k 38:00, then a pint of chocolate milk on the bus",
        [run(7, 38), eat(pint_of(CHOC_MILK))],
    ),
    (
        "parkrun 28:12 with my mum, then a bacon sandwich at the café",
        [run(5, t(28, 12)), eat(BACON_SARNIE)],
    ),
    (
        "long run 30k 2:49:00 then 2 slices of pizza at the pub with the club",
        [run(30, 169), eat(PIZZA2)],
    ),
    (
        "Portrush parkrun 25:31 then a can of coke on the front",
        [run(5, t(25, 31)), eat(ml(COLA, UK_CAN_ML))],
    ),
    ("Dublin half 1:39:10 then a croissant back at the hotel", [run(21.0975, t(99, 10)), eat(CRO)]),
    (
        "6 miles 50:15 with the dog then a bagel and cream cheese back home",
        [run(mi(6), t(50, 15)), eat(BAG, SCHMEAR)],
    ),
    (
        "parkrun 25:05, then a roll and fried egg at the café",
        [run(5, t(25, 5)), eat(p(ROLL, 1, "roll"), p(FRIED_EGG, 1, "large"))],
    ),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("meal deals at the services are a rip off, £5.50 now", []),
    ("label says 480 kcal per 100g, is that a lot for granola?", []),
    ("should I eat a 60g bag of trail mix every hour on the ultra?", []),
    ("day log coming later — too tired to type", []),
    ("my dad had chips on the front after the race", []),
    ("tomorrow — 10k easy — porridge — pasta — early night", []),
    ("how many kcal per 100g in a flapjack?", []),
    ("the van at parkrun does a roll and egg for £3", []),
    ("back home now, legs wrecked", []),
    ("in the car on the way to the race, nervous", []),
    ("per 100g: 375 kcal, 12g protein — just reading the box", []),
    ("meal deal or a proper lunch? torn", []),
    ("Tesco meal deal is £3.85 with a clubcard", []),
    ("my wife ran 10k in 52:00 then had beans on toast back home", []),
    ("what should a day look like — run — breakfast — lunch — dinner?", []),
]

# A second list in new words, written after the first landing (round 1) and scored on it before
# any fix of its own: the same shapes, other words, to see the fixes hold beyond their list.
LATER: list[tuple[str, list[Event]]] = [
    ("Wednesday — tempo 9k 44:30 — toast w/ marmite 200kcal — jacket w/ beans 500kcal — a pear",
     [run(9, 44.5), k(200), k(500), eat(PEA)]),
    ("Fri · 5k 24:40 · 2 weetabix · katsu curry 780 kcal · 69.9kg",
     [run(5, t(24, 40)), eat(WB2), k(780), weight(69.9)]),
    ("Tue; 8 mi 1:08:00; bagel x2; chicken burrito 850 cal; 2 apples",
     [run(mi(8), 68), eat(p(BAGEL, 2, "bagel")), k(850), eat(p(APPLE, 2, "medium"))]),
    ("10k 52:30, then a latte, tuna niçoise 480kcal, a banana, beef stew 700kcal, a brew",
     [run(10, 52.5), eat(LATTE), k(480), eat(BAN), k(700), eat(BREW)]),
    ("weighed 12st 1lb, porridge, a pasty (450 kcal), 2 satsumas, shepherd's pie (650 kcal)",
     [stone(12, 1), eat(POR), k(450), eat(SATSUMAS2), k(650)]),
    ("Thurs: 7k 36:10. breakfast a croissant. lunch a sushi box 420kcal. dinner steak pie 620kcal. "
     "a can of coke.",
     [run(7, t(36, 10)), eat(CRO, label=B), k(420, L), k(620, D), eat(ml(COLA, UK_CAN_ML))]),
    ("breakfast 2 eggs & toast. lunch a bagel. tea chilli and rice. a glass of white.",
     [eat(EGGS2, TOAST2, label=B), eat(BAG, label=L), eat(CHILLI, RICE_CUP, label=D),
      eat(ml(WHITE_WINE, WINE_ML))]),
    ("40g of the peanut butter, 600 kcal per 100 g", [eat(per_100(40, 600))]),
    ("finished the 150g bag of mini pretzels, 390kcal/100g", [eat(per_100(150, 390))]),
    ("a third of the 450g tub of ice cream (210 kcal per 100g)", [eat(per_100(150, 210))]),
    ("tempo 10k 47:20 then half the 300ml bottle of recovery drink, 70kcal/100ml",
     [run(10, t(47, 20)), eat(per_100(150, 70))]),
    ("half marathon 1:52:10 on a 50g pack of jelly babies, 330 kcal per 100g",
     [run(21.0975, t(112, 10)), eat(per_100(50, 330))]),
    ("garage meal deal on the M1 near Leicester: ham sandwich 320 kcal, crisps, a water",
     [eat(stated(320), CRISP_BAG)]),
    ("lunch combo on Route 66: cheeseburger 550 cal, a bag of chips, a diet coke",
     [eat(stated(550), g(CRISPS_US, CHIPS_BAG_G), ml(DIET_COLA, US_CAN_ML), label=L)]),
    ("meal deal (£3.60) on the A14: chicken wrap 430 kcal, a bag of crisps, water",
     [eat(stated(430), CRISP_BAG)]),
    ("parkrun 25:12 with the kids then a bagel back at the house", [run(5, t(25, 12)), eat(BAG)]),
    ("8 miles 1:06:40 then 2 bananas back at the van", [run(mi(8), t(66, 40)), eat(BAN2)]),
    ("Parkrun 27:30, then a bap and egg from the café",
     [run(5, 27.5), eat(p(ROLL, 1, "roll"), p(FRIED_EGG, 1, "large"))]),
    ("hill session 8k 46:00 then a coffee £2.80 at the kiosk", [run(8, 46), eat(CUP)]),
    ("long run 26k 2:25:10 then a latte (£3.40) back in town", [run(26, t(145, 10)), eat(LATTE)]),
]

LATER_CHAT: list[tuple[str, list[Event]]] = [
    ("flapjacks at the parkrun café are £2.50 now", []),
    ("granola is 450 kcal per 100g — is that a lot?", []),
    ("my son ran 5k in 24:00 and then had a bacon roll", []),
    ("tomorrow — parkrun — bacon roll — nap", []),
]

BLOCK = {
    "separators": SEPARATORS,
    "priced": PRICED,
    "sentences": SENTENCES,
    "per 100 g": LABELS_PER_100,
    "deals": DEALS,
    "tails": TAILS,
    "chat": CHAT,
    "later": LATER,
    "later: chat": LATER_CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-days12-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
