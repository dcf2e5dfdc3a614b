"""The "days10" probes (2026-12-02, issue 15): the shapes block o's whole days, Irish, Scottish,
US, typo, gut-trouble, dairy-free and party voices missed, written by the helper who fixes them
BEFORE any fix, in new words (not block o's messages, not the days9 probes').

Classes:
- a food joined to a run by "on", "fuelled by", "off" ("14k on just a coffee"): the food is a
  meal of its own, never dropped;
- a food with a place or company tail after a run ("a bacon roll at the café after", "a pint
  of cider at the pub", "a hot dog from the cart"); a food SR28 lacks there (barmbrack, tablet,
  a rowie) is a meal that asks, never dropped nor a bare "didn't catch";
- a chat tail after a run that eats nobody's food ("the bog ate my shoe", "cleggs eating me
  alive", "the headwind ate me for breakfast"): no meal;
- a meal word inside a dish's name ("sunday dinner 950kcal", "christmas dinner", "tv dinner",
  "breakfast burrito") is no label, and "|" / "·" segments never merge into one meal;
- ", then" between foods after a run: each its own meal, as block o's "10 mile race, then a
  bison burger, then 2 pints of IPA, then a wedge of melon" decided; under a meal label
  "and then" stays in that meal;
- a stated kcal: a bare dish name joined by "and" ("chicken and leek pie 560kcal") is one dish
  at that kcal; "a X and a Y 320 kcal" gives the kcal to Y alone; "X, Y and Z at the carvery,
  1100 cal" is one meal at 1100;
- "lactose free", "lactose-free", "dairy free" and "low fodmap" name no other food: the food
  after them is the food;
- a weigh-in with a decimal comma after a misspelt verb ("weihged 68,7");
- bare "toast" in a comma list is two slices; "w avocado" on bread half an avocado (68 g);
- American and Scottish/Irish plates: kielbasa 3 oz of the grilled row, a buffalo burger a
  bison patty (3 oz cooked ground bison) in a hamburger roll, birthday and wedding cake USDA's
  in-store yellow cake with chocolate frosting (64 g piece), clam chowder a cup, dhal a cup of
  boiled lentils, pumpernickel USDA's regular slice;
- whole days in new layouts: "b) ... l) ... d) ...", "B) L) D)" on one line, "breakfast=",
  ">" and "~" separators, "AM:" / "PM:" heads, "meal 1 - ..." numbering, times in brackets
  after a label, a recap sentence with "for breakfast" / "for lunch";
- chat in the same words that logs nothing.

Labels as in the earlier blocks (corpus_labels.py, corpus_heldout*.py, scripts/corpus_heldout15.py's
docstring): a banana, an apple, a pear medium, an orange USDA's fruit, porridge and chilli USDA's
cup, bare "toast" 2 slices, eggs large, a coffee USDA's cup, a glass 250 ml, a pint 568 ml, a UK
bag of crisps 25 g, a pot of yoghurt 150 g, a side of vegetables 80 g, bare rice a cup, a chicken
breast with no weight 120 g cooked, weetabix USDA's biscuits, a dish the message prices at that
kcal, scones, crumpets and foods SR28 lacks with no stand-in: the meal asks. A label only where
the message names the meal ("b)", "B)", "breakfast=", "for breakfast"); "AM", "PM", "meal 1" and
a clock name none of the four.

First score, on main 5312757 before any change for these classes: 47.1 % (33/70) fully right,
77.2 % of items, meal labels 18/20, 28.6 % leftover, 2 invented on the 10 chat messages
(tests/data/README.md). Label correction after that first run (my own mistake, found reading
its misses, no parser output taken as a reference): "a slice of barmbrack" had been given a
meal that asks, where the rule asks only for foods with no stand-in of their kind; barmbrack is
a yeasted loaf with sultanas, USDA's raisin bread (18047) by its slice; with it the same parser
scores 48.6 % (34/70), the other figures the same.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import CRISP_BAG, TOAST2, pint_of
from corpus_heldout import BACON_ROLL, POACHED
from corpus_heldout3 import ALMOND_MILK
from corpus_heldout11 import BOILED_EGG, HALF_MARATHON, VEG
from corpus_heldout13 import CLAM_CHOWDER
from corpus_labels import (
    APPLE,
    AVOCADO,
    BAGEL,
    BANANA,
    BEER,
    BROWN_RICE,
    CHEESEBURGER,
    CHICKEN,
    CHILI,
    CIDER,
    COFFEE,
    CREAM_CHEESE,
    GATORADE,
    HOTDOG,
    LENTILS,
    OJ,
    ORANGE,
    PEAR,
    PORRIDGE,
    RICE,
    RICE_CAKE,
    ROLL,
    SKIM,
    WEETABIX,
    WHITE_WINE,
    WHOLE_MILK,
    Meal,
    eat,
    g,
    mi,
    ml,
    p,
    run,
    stated,
    unknown,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

B, L, D, S = "breakfast", "lunch", "dinner", "snack"

KIELBASA = "07968|07970|07969"
BISON = "17148"
CAKE = "18140"
PUMPERNICKEL = "18044|18045"
PLAIN_YOG = "01117|01116"
SAUERKRAUT = "11439"
GREEN_BEANS = "11061|11053|11052"
CHICKEN_BREAST_G = 120.0
RAISIN_BREAD = "18047"  # barmbrack, a yeasted loaf with sultanas: USDA's raisin bread
FL_OZ = 29.5735


def k(kcal: float, label: str | None = None) -> Meal:
    """A meal of one dish the message prices itself."""
    return eat(stated(kcal), label=label)


BAN = p(BANANA, 1, "medium")
APP = p(APPLE, 1, "medium")
PER = p(PEAR, 1, "medium")
ORG = p(ORANGE, 1, "fruit")
CUP = p(COFFEE, 1, "cup")
POR = p(PORRIDGE, 1, "cup")
BAG = p(BAGEL, 1, "bagel")
WB2 = p(WEETABIX, 2, "biscuits")
RC2 = p(RICE_CAKE, 2, "cake")
CHILLI = p(CHILI, 1, "cup")
CAKE_SLICE = p(CAKE, 1, "piece (1/8 of 18 oz cake)")
BISON_BURGER = (g(BISON, 85), p(ROLL, 1, "roll"))
HALF_AVO = g(AVOCADO, 68)
BREAST = g(CHICKEN, CHICKEN_BREAST_G)

FUEL_ON: list[tuple[str, list[Event]]] = [
    ("slow 12k 1:08:20 on nothing but a banana", [run(12, 68 + 20 / 60), eat(BAN)]),
    ("hilly 9 miler 1:21:05 fuelled by an apple", [run(mi(9), 81 + 5 / 60), eat(APP)]),
    ("20k 1:49:30 on a bowl of porridge", [run(20, 109.5), eat(POR)]),
    ("tempo 8k 38:40 on 2 slices of toast", [run(8, 38 + 40 / 60), eat(TOAST2)]),
    ("managed 14k in 1:16:00 on just a coffee", [run(14, 76), eat(CUP)]),
    ("long one done, 30k 2:51:00 off the back of a bagel", [run(30, 171), eat(BAG)]),
]

PLACES: list[tuple[str, list[Event]]] = [
    ("parkrun 25:12 and a bacon roll at the café after", [run(5, 25.2), eat(BACON_ROLL)]),
    ("8k 41:15 with the club, then a pint of cider at the pub",
     [run(8, 41.25), eat(pint_of(CIDER))]),
    ("11k 59:40 round the Phoenix Park, then a slice of barmbrack in the café",
     [run(11, 59 + 40 / 60), eat(p(RAISIN_BREAD, 1, "slice"))]),
    ("Arthur's Seat loop 9k 1:02:00 and a bit of tablet at the bothy",
     [run(9, 62), unknown(1)]),
    ("5 mi 44:30 then a hot dog from the cart",
     [run(mi(5), 44.5), eat(p(HOTDOG, 1, "sandwich"))]),
    ("a cheeseburger at the diner after a 6 mile loop (53:10)",
     [run(mi(6), 53 + 10 / 60), eat(p(CHEESEBURGER, 1, "item"))]),
    ("hill race 16k 2:05:31, then a rowie in the village hall",
     [run(16, 125 + 31 / 60), unknown(1)]),
    ("easy 7k 40:02 and a scone with the girls after", [run(7, 40 + 2 / 60), unknown(1)]),
]

CHAT_TAILS: list[tuple[str, list[Event]]] = [
    ("Pentland skyline 26k 3:40:12, the bog ate my shoe", [run(26, 220.2)]),
    ("15k 1:21:00, the headwind ate me for breakfast", [run(15, 81)]),
    ("5 mile tempo 36:20, cleggs eating me alive at the end", [run(mi(5), 36 + 20 / 60)]),
    ("marathon 3:28:44, the last hill chewed me up", [run(42.195, 208 + 44 / 60)]),
]

DISH_LABELS: list[tuple[str, list[Event]]] = [
    ("sat: 18k 1:35:00 | porridge | sunday dinner 950kcal | an orange",
     [run(18, 95), eat(POR), k(950), eat(ORG)]),
    ("10k 52:00 · christmas dinner 1400 kcal · a pear", [run(10, 52), k(1400), eat(PER)]),
    ("wed | 6 mi 52:40 | breakfast burrito 650 cal | a cup of chili",
     [run(mi(6), 52 + 40 / 60), k(650), eat(CHILLI)]),
    ("tv dinner 450 cal | an apple | 4 mi 35:00", [k(450), eat(APP), run(mi(4), 35)]),
    ("roast beef dinner 800kcal · 2 rice cakes", [k(800), eat(RC2)]),
]

THEN: list[tuple[str, list[Event]]] = [
    ("half marathon 1:44:20, then a banana, then a pint of lager, then a bag of crisps",
     [run(HALF_MARATHON, 104 + 20 / 60), eat(BAN), eat(pint_of(BEER)), eat(CRISP_BAG)]),
    ("sunday: 30k 2:50:00, then porridge, then a roast chicken dinner 900 kcal",
     [run(30, 170), eat(POR), k(900)]),
    ("dinner: a bowl of chilli and then a slice of birthday cake",
     [eat(CHILLI, CAKE_SLICE, label=D)]),
    ("12k 1:03:00, then 2 weetabix, then an apple",
     [run(12, 63), eat(WB2), eat(APP)]),
]

STATED: list[tuple[str, list[Event]]] = [
    ("a coffee and a slice of lemon drizzle 320 kcal", [eat(CUP, stated(320))]),
    ("a glass of orange juice and a cinnamon swirl 410 kcal",
     [eat(ml(OJ, 250), stated(410))]),
    ("chicken and leek pie 560kcal", [k(560)]),
    ("ham and pea soup 290 kcal", [k(290)]),
    ("lunch: beef and ale stew 620kcal", [k(620, L)]),
    ("steak, mash and peas at the carvery, 1100 cal", [k(1100)]),
    ("2 hot dogs, fries and a soda at the ballgame, 1300 cal", [k(1300)]),
    ("tuna and cheese toastie 480kcal after the 10k (49:58)", [k(480), run(10, 49 + 58 / 60)]),
]

GUT: list[tuple[str, list[Event]]] = [
    ("a glass of lactose free whole milk", [eat(ml(WHOLE_MILK, 250))]),
    ("lactose-free skimmed milk 300ml with 2 weetabix", [eat(ml(SKIM, 300), WB2)]),
    ("pot of lactose free natural yoghurt", [eat(g(PLAIN_YOG, 150))]),
    ("low fodmap lunch: rice and a chicken breast", [eat(p(RICE, 1, "cup"), BREAST, label=L)]),
    ("dairy free day: a banana and 250ml almond milk",
     [eat(BAN, p(ALMOND_MILK, 250 / 236.6, "cup"))]),
    ("lactose free yogurt with an apple chopped in", [eat(g(PLAIN_YOG, 150), APP)]),
]

WEIGHTS: list[tuple[str, list[Event]]] = [
    ("weihged 68,7", [weight(68.7)]),
    ("wighed in at 81,4kg", [weight(81.4)]),
    ("weigth 90,05 🤞", [weight(90.05)]),
    ("wheighed 63,3 this morning", [weight(63.3)]),
]

TOAST: list[tuple[str, list[Event]]] = [
    ("brekkie: 2 poached eggs, toast, a coffee",
     [eat(p(POACHED, 2, "large"), TOAST2, CUP, label=B)]),
    ("toast w avocado and a boiled egg", [eat(TOAST2, HALF_AVO, p(BOILED_EGG, 1, "large"))]),
    ("2 rice cakes w avocado 🥑", [eat(RC2, HALF_AVO)]),
    ("lunch: a boiled egg, toast, an orange",
     [eat(p(BOILED_EGG, 1, "large"), TOAST2, ORG, label=L)]),
]

PLATES: list[tuple[str, list[Event]]] = [
    ("smoked kielbasa and a cup of sauerkraut",
     [eat(g(KIELBASA, 85), p(SAUERKRAUT, 1, "cup"))]),
    ("buffalo burger and a side of green beans after my 10 miler (1:28:00)",
     [eat(*BISON_BURGER, g(GREEN_BEANS, VEG)), run(mi(10), 88)]),
    ("a cup of clam chowder after 6 mi (51:15)",
     [eat(p(CLAM_CHOWDER, 1, "cup")), run(mi(6), 51.25)]),
    ("slice of my niece's birthday cake 🎂", [eat(CAKE_SLICE)]),
    ("2 pieces of wedding cake and a glass of white wine",
     [eat(p(CAKE, 2, "piece (1/8 of 18 oz cake)"), ml(WHITE_WINE, 175))]),
    ("a bowl of dhal with brown rice", [eat(p(LENTILS, 1, "cup"), p(BROWN_RICE, 1, "cup"))]),
    ("2 slices of pumpernickel with 2 tbsp cream cheese",
     [eat(p(PUMPERNICKEL, 2, "slice, regular"), p(CREAM_CHEESE, 2, "tbsp"))]),
    ("kielbasa on a roll after the turkey trot (5 mi 41:40)",
     [eat(g(KIELBASA, 85), p(ROLL, 1, "roll")), run(mi(5), 41 + 40 / 60)]),
    ("a 20 oz gatorade and a banana after 8 mi 1:10:00",
     [eat(ml(GATORADE, 20 * FL_OZ), BAN), run(mi(8), 70)]),
]

DAYS: list[tuple[str, list[Event]]] = [
    ("Mon\nb) porridge\nl) ham salad 320 kcal\nd) a cup of chilli\nr) 8k 42:00",
     [eat(POR, label=B), k(320, L), eat(CHILLI, label=D), run(8, 42)]),
    ("B) 2 weetabix L) soup 250 kcal D) pasta 700 kcal",
     [eat(WB2, label=B), k(250, L), k(700, D)]),
    ("breakfast=porridge, lunch=wrap 450 cal, dinner=stir fry 600 cal, run=5 mi 44:00",
     [eat(POR, label=B), k(450, L), k(600, D), run(mi(5), 44)]),
    ("weight 80.2 > 10k 53:30 > porridge > tuna wrap 430 kcal",
     [weight(80.2), run(10, 53.5), eat(POR), k(430)]),
    ("day 3 ~ 5k 27:10 ~ a bagel ~ soup 220 kcal", [run(5, 27 + 10 / 60), eat(BAG), k(220)]),
    ("AM: 6 mi 50:40 + oatmeal\nPM: burrito bowl 720 cal",
     [run(mi(6), 50 + 40 / 60), eat(POR), k(720)]),
    ("breakfast (7am): 2 boiled eggs & toast; lunch (1pm): chicken soup 300 kcal; "
     "dinner (7pm): lasagne 650 kcal",
     [eat(p(BOILED_EGG, 2, "large"), TOAST2, label=B), k(300, L), k(650, D)]),
    ("meal 1 - porridge, meal 2 - tuna pasta 500 kcal, meal 3 - steak and chips 900 kcal",
     [eat(POR), k(500), k(900)]),
    ("Tuesday recap: ran 10k (51:20), had porridge for breakfast, a chicken wrap 450 kcal for "
     "lunch and salmon 500 kcal for dinner",
     [run(10, 51 + 20 / 60), eat(POR, label=B), k(450, L), k(500, D)]),
    ("Thurs\n\n2 boiled eggs, toast\n\n9k 48:00\n\nbuffalo burger",
     [eat(p(BOILED_EGG, 2, "large"), TOAST2), run(9, 48), eat(*BISON_BURGER)]),
    ("sun: 21k 1:58:00 | 2 bananas | kielbasa and rice | a slice of birthday cake",
     [run(21, 118), eat(p(BANANA, 2, "medium")), eat(g(KIELBASA, 85), p(RICE, 1, "cup")),
      eat(CAKE_SLICE)]),
    ("race day\n7:00 a bagel\n9:00 half marathon 1:52:10\n11:00 a pint of lager\n"
     "14:00 chicken dinner 800 kcal",
     [eat(BAG), run(HALF_MARATHON, 112 + 10 / 60), eat(pint_of(BEER)), k(800)]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("dinner tonight is roast chicken, can't wait", []),
    ("is kielbasa ok before a long run?", []),
    ("the midges were out in force on the hill today", []),
    ("what's a good breakfast before a half? toast? porridge?", []),
    ("my wife ran 10k in 50:12 today, proud of her", []),
    ("b) porridge l) soup d) curry - is that enough protein?", []),
    ("thinking of trying lactose free milk, any good?", []),
    ("weigh-in tomorrow, fingers crossed for 70,5", []),
    ("the club's christmas dinner is on the 19th", []),
    ("the hill ate me alive today lol", []),
]

BLOCK = {
    "fuel on": FUEL_ON,
    "places": PLACES,
    "chat tails": CHAT_TAILS,
    "dish labels": DISH_LABELS,
    "then": THEN,
    "stated": STATED,
    "gut": GUT,
    "weights": WEIGHTS,
    "toast": TOAST,
    "plates": PLATES,
    "days": DAYS,
    "chat": CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-days10-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
