"""The "units" probes block (2026-12-02, issue 15): how runners say HOW MUCH of a food, written
by the helper who fixes the parser's quantity and unit handling (units) BEFORE any fix, from
the space of amounts rather than any block's misses: every household and shop measure, every
number format and both places an amount is written (before the food and after it), each over
a few foods and voices (UK, Irish, US, Australian; lower case, typos, app-diary copy).

Voices: shop measures (punnet, tin, can, carton, tub, pot, sachet, packet and bag sizes, bar,
square, wedge, chunk, stick, fillet, rasher, bottle); kitchen measures (knob, dollop, blob,
splash, dash, drizzle, sprinkle, pinch, shot, handful, fistful, scoop, ladle, bowl, plate,
mug, pint, glass, round, serving, portion, helping); counts and vague amounts (a few, a
couple, several, a dozen, a bit of, some, a tiny bit); sizes (large, medium, small, big,
jumbo, mini, fun size, king size, family size); fractions and numbers (½ ¼ ¾ 1/2, "half a",
"a quarter of", "one and a half", 1.5, x2, 2x, "2 x 25g", number words, ranges, "~", approx,
"-ish"); metric and imperial (mls, 0.5l, litre, oz, fl oz, lb, grams, gr, gms, tbsps, tsp,
dessertspoon, cups US and a UK cup of tea); the amount after the food ("banana x2", "eggs: 3",
"oats 50g", "oats (50g)", "oats - 50 g", "milk 250ml"); leftovers and shares ("leftover",
"the rest of", "half of a", "most of").

Portions a message leaves open follow the earlier blocks' docstrings (corpus_heldout4.py to
corpus_heldout16.py and the foods probes): a punnet of strawberries 400 g (probes-foods and the
table, the UK shop punnet; block e had said 250 g), of grapes 500 g; a tub of hummus 200 g, of
cottage cheese 300 g; a pot of yoghurt 150 g; a UK bag of crisps 25 g, a grab bag 45 g, a
sharing or family bag 150 g; a small bag of pretzels 1 oz; a square of dark chocolate 10 g; a
wedge of brie an ounce; "a bit of cheddar" 30 g; a handful 28 g; a scoop of whey 30 g, of ice
cream USDA's half cup; a shot of spirit a jigger; a glass of juice or milk 250 ml, of wine 175
ml; a pint 568 ml; a UK can 330 ml; a bottle of beer 330 ml; a brew (a cup or mug of tea) 250 ml
of tea with 30 ml of semi-skimmed; a coffee "with" a milk USDA's cup with 30 ml of it, one food;
a mug or cup of coffee USDA's cup; hot chocolate USDA's cup of homemade cocoa; bare "toast" 2
slices; jam or honey a tablespoon a slice; a bowl of cereal 30 g (Weetabix 2 biscuits) with 125
ml of milk; a bowl of pasta 2 cups of cooked spaghetti; a bowl of soup or chilli, leftover
chilli and bare "rice" a cup; bare "porridge" USDA's cup of cooked oatmeal; a side of vegetables
80 g; "some hummus" 2 tbsp; a salmon fillet half of USDA's, a cod fillet USDA's; a chicken
breast with no weight 120 g cooked; an 8 oz steak 227 g of the steak rows; half an avocado 68 g;
a rasher USDA's slice of bacon; celery sticks USDA's medium stalk; a string cheese 1 oz; fun
size and king size Snickers USDA's bars; 2 digestives 30 g; medjool dates USDA's pitted date, an
almond 1.2 g; a coconut water 330 ml (a carton) of USDA's ready-to-drink row, a litre 1000 ml.

New ones, decided here before the block was scored (USDA's own household measures where it
has one):
- a punnet of blueberries or raspberries 150 g (the UK shop punnet); a tin of baked beans
  400 g (block p's half tin is 200 g); a tin of chickpeas USDA's drained can (253 g);
- a knob of butter 10 g (two pats); a dollop 2 tablespoons (greek yoghurt 30 g); a blob one
  tablespoon; a splash of milk 30 ml, a dash a tablespoon; a drizzle of honey or oil a
  teaspoon (honey 7 g, oil 4.5 g); a sprinkle a tablespoon (chia 12 g); a pinch of salt
  nothing to count; a shot of espresso USDA's fluid ounce, a double two; a fistful a handful
  (28 g); a ladle of a stew or chilli half a cup; a dessertspoon two teaspoons;
- sizes of a bowl, plate or glass: a big or large one 1.25 of the usual, a small one 0.8
  (USDA's large and small apples, bananas and eggs to their medium; block d's big glass of OJ),
  a bowl of rice 200 g (probes-foods'), a big bowl of pasta the 2-cup bowl (blocks j, m, n);
  a small, medium, large or jumbo egg, fruit or bagel USDA's measure of
  that size; "a big X" USDA's large; mini bagels USDA's mini bagel;
- a family size bar of chocolate 200 g (the UK sharing bar), "half a family size bar" 100 g;
  a whole "family size bag" of crisps 150 g (the sharing bag), eaten by the runner;
- a round of toast one slice; a serving, portion or helping of rice or mash USDA's cup, of a
  vegetable the 80 g side; a couple 2, a few 3, several 3, a dozen 12; a range its middle;
  "~", "approx", "about" and "-ish" the number given;
- "some" of a fruit or nut one usual portion (grapes probes-foods' 92 g, almonds a handful); "a
  tiny bit of" butter a pat (5 g);
- "the rest of" a dish one usual portion; "half of a" or "most of a" item a half or three
  quarters of it; "leftover" adds nothing to a portion.

Labels as in the earlier blocks (corpus_labels.py). First score, on main d98f229 before any
change: 84.7 % of event messages fully right (149/176), 92.1 % of meal items (199/216), 0.6 %
leftover (1/176), on the labels as corrected after the first scoring (tests/data/README.md lists
the six slips; as first written 81.2 %, 90.3 %); 85.8 % (151/176), 92.6 % (200/216) on the
labels as finally corrected (an instant porridge sachet and "some grapes" weighed as
probes-foods weighs them). After the first round 91.5 % (161/176), 94.9 % (205/216); after
the second 94.9 % (167/176), 98.6 % (213/216), 0.0 % leftover. The second batch (the "b2"
voices, 64 messages written then, before any change for them): 79.7 % (51/64) first, all 240
90.8 % (218/240), 97.5 % of items (277/284); after their fixes 93.8 % (225/240), 97.9 %
(278/284), 0.0 % leftover (the second batch 58/64). The third and fourth batches ("b3", "b4",
61 messages written after that, before any change for them): 85.2 % (52/61) first, on the
labels as corrected (tests/data/README.md), all 301 92.0 % (277/301), 97.2 % of items; after
their fixes 94.7 % (285/301), 98.3 % (346/352), 0.0 % leftover. The fifth batch ("b5", 22,
written after that, before its fixes): 81.8 % (18/22) first, all 323 93.8 % (303/323), 97.6 %
of items; after 94.7 % (306/323), 97.9 % (366/374), 0.0 % leftover; with a chicken breast
120 g (the blocks' weight, where the table had 150 g) 95.4 % (308/323). The sixth batch ("b6",
14 sizes of fast food and drinks): 78.6 % (11/14) on the labels as corrected (a sized cola had
been USDA's fast-food cola; block k weighs a small Coke as USDA's regular cola drink, 492 g);
all 337 94.7 % (319/337), 97.4 % of items (379/389), 0.0 % leftover; after "a single" and "a
dash" were read (the tea and coffee with a dash relabelled from 30 ml to a tablespoon, the
decision above) 95.0 % (320/337), 97.7 % (380/389), 0.0 % leftover. The seventh and eighth
batches ("b7", "b8", 28): 18/18 and 8/10 before any change for them (a coffee "with" bare milk
relabelled whole milk, the blocks' bare milk, where it had been semi-skimmed); all 365 94.8 %;
after a splash in each of several hot drinks 95.1 % (347/365), 97.8 % (409/418), 0.0 %; with
the sachet and "some grapes" weighed as probes-foods weighs them 95.6 % (349/365), 98.1 %
(410/418), 0.0 % leftover. The ninth batch ("b9", 8): 4/8 before its fix, all 373 94.6 %;
after "the other half of" was read 95.2 % (355/373), 98.1 % (420/428), 0.0 % leftover.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, CRISP_BAG
from corpus_labels import (
    ALMONDS,
    AVOCADO,
    BACON,
    BAGEL,
    BANANA,
    BEANS,
    BEER,
    BLUEBERRIES,
    CHEDDAR,
    CHICKEN,
    CHILI,
    CHOC_MILK,
    COD,
    COFFEE,
    COTTAGE,
    CRISPS,
    DARK_CHOC,
    DATES,
    DIGESTIVE,
    ESPRESSO,
    GRANOLA,
    GREEK,
    HONEY,
    HUMMUS,
    ICE_CREAM,
    MASH,
    MAYO,
    MILK,
    MILK_CHOC,
    OATS,
    OJ,
    OLIVE_OIL,
    PASTA,
    PB,
    PEANUTS,
    PORRIDGE,
    PRETZELS,
    RED_WINE,
    RICE,
    SALMON,
    SEMI,
    SNICKERS,
    STEAK,
    STRAWBERRIES,
    TEA,
    TOAST,
    WEETABIX,
    WHEY,
    E,
    Item,
    Meal,
    combo,
    eat,
    g,
    ml,
    p,
    write_new,
)

Event = dict[str, object] | Meal
OZ = 28.35
HANDFUL = 28.0
BOWL = 30.0
BOWL_MILK = 125.0
GLASS = 250.0
WINE_GLASS = 175.0
PINT = 568.0
SIDE = 80.0
CUP_ML = 236.588
BIG = 1.25
SMALL = 0.8
RICE_BOWL = 200.0
#: bare "oats" is USDA's cup of cooked oatmeal (block d); a dry weight of oats is the same food
OATS_COOKED = PORRIDGE + "|" + OATS
YOGHURT = "01116|01117|01118"
APPLE = "09003"
GRAPES = "09132"
RASPBERRIES = "09302"
BRIE = "01006"
STRING_CHEESE = "01028"
CELERY = "11143"
CHICKPEAS_TIN = "16358"
COCONUT_WATER = "14090"
HOT_CHOC = "01105"
NUTELLA = "19125"
CHIA = "12006"
SPIRIT = "14037|14550|14049|14050|14051|14052"
COLA = "14148|14400"
BROCCOLI_SIDE = "11091|11090"
INSTANT_OATS = "08122|08123"
BURRITO_ROW = "21264|21061|21060|21064"


def one(*items: Item, label: str | None = None) -> list[Event]:
    return [eat(*items, label=label)]


def coffee_with(milk_ml: float) -> Item:
    """A coffee "with" a milk: USDA's cup with that much of it, one food (bare milk whole)."""
    return combo(COFFEE, p(COFFEE, 1, "cup"), ml(MILK, milk_ml))


SHOP: list[tuple[str, list[Event]]] = [
    ("ate a whole punnet of strawberries on the drive home", one(g(STRAWBERRIES, 400))),
    ("half a punnet of blueberries after the long run", one(g(BLUEBERRIES, 75))),
    ("punnet of raspberries 🫐 while watching telly", one(g(RASPBERRIES, 150))),
    ("a tin of baked beans on 2 slices of toast", one(g(BEANS, 400), p(TOAST, 2, "slice"))),
    (
        "lunch was a tin of chickpeas with some hummus",
        one(p(CHICKPEAS_TIN, 1, "can"), p(HUMMUS, 2, "tbsp"), label="lunch"),
    ),
    ("a can of coke at the services", one(ml(COLA, 330))),
    ("2 cans of coke today", one(ml(COLA, 660))),
    ("a carton of coconut water post run", one(p(COCONUT_WATER, 330 / CUP_ML, "cup"))),
    ("a tub of cottage cheese, the whole thing", one(g(COTTAGE, 300))),
    ("half a tub of hummus with carrot sticks", one(g(HUMMUS, 100), g("11124|11960", SIDE))),
    ("pot of greek yoghurt with a drizzle of honey", one(g(GREEK, 150), g(HONEY, 7))),
    ("2 pots of greek yogurt", one(g(GREEK, 300))),
    # probes-foods: an instant porridge sachet USDA's flavoured instant oats packet (35 g)
    ("a sachet of instant porridge at work", one(g("08680|" + INSTANT_OATS, 35))),
    ("packet of crisps with lunch", one(CRISP_BAG)),
    ("a grab bag of crisps on the train", one(g(CRISPS, 45))),
    ("small bag of pretzels from the aid station", one(g(PRETZELS, OZ))),
    ("had a bar of dairy milk at my desk", one(p(MILK_CHOC, 1, "bar (1.55 oz)"))),
    ("3 squares of dark chocolate", one(g(DARK_CHOC, 30))),
    ("a square of 85% dark choc", one(g(DARK_CHOC, 10))),
    ("a wedge of brie after dinner", one(g(BRIE, OZ))),
    ("a chunk of cheddar out the fridge", one(g(CHEDDAR, 30))),
    ("a stick of string cheese", one(g(STRING_CHEESE, OZ))),
    (
        "couple of sticks of celery with 2 tbsp peanut butter",
        one(p(CELERY, 2, "stalk, medium"), p(PB, 2, "tbsp")),
    ),
    ("a salmon fillet with rice", one(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"))),
    ("cod fillet and a portion of broccoli", one(p(COD, 1, "fillet"), g(BROCCOLI_SIDE, SIDE))),
    ("3 rashers of bacon n 2 eggs", one(p(BACON, 3, "slice"), p(E, 2, "large"))),
    ("a bottle of beer with dinner", one(ml(BEER, 330), label="dinner")),
    ("2 bottles of beer at the club", one(ml(BEER, 660))),
    ("half a bottle of red wine", one(ml(RED_WINE, 375))),
]

KITCHEN: list[tuple[str, list[Event]]] = [
    ("2 slices of toast with a knob of butter", one(p(TOAST, 2, "slice"), g("01001", 10))),
    ("porridge with a dollop of greek yoghurt", one(p(PORRIDGE, 1, "cup"), g(GREEK, 30))),
    ("jacket potato with a blob of mayo", one(p("11674", 1, "potato large"), p(MAYO, 1, "tbsp"))),
    ("coffee with a splash of milk", one(coffee_with(30))),
    ("black coffee with a dash of milk", one(coffee_with(15))),
    ("a cup of tea with a dash of milk", one(combo(TEA, ml(TEA, 250), ml(SEMI, 15)))),
    ("oats with a drizzle of honey", one(p(OATS_COOKED, 1, "cup"), g(HONEY, 7))),
    ("salad with a drizzle of olive oil", one(g("11251", SIDE), g(OLIVE_OIL, 4.5))),
    ("greek yoghurt with a sprinkle of chia seeds", one(g(GREEK, 150), g(CHIA, 12))),
    ("porridge with a pinch of salt", one(p(PORRIDGE, 1, "cup"))),
    ("double shot of espresso and a banana", one(p(ESPRESSO, 2, "fl oz"), p(BANANA, 1, "medium"))),
    ("a shot of espresso", one(p(ESPRESSO, 1, "fl oz"))),
    ("a shot of vodka, it was a birthday", one(p(SPIRIT, 1, "jigger"))),
    ("handful of almonds at 4pm", one(g(ALMONDS, HANDFUL))),
    ("a fistful of raisins before the race", one(g("09298", HANDFUL))),
    ("2 handfuls of peanuts", one(g(PEANUTS, 2 * HANDFUL))),
    ("a scoop of whey in water", one(g(WHEY, 30))),
    ("2 scoops of vanilla ice cream for pudding", one(p(ICE_CREAM, 2, "serving"))),
    ("a ladle of chilli", one(p(CHILI, 0.5, "cup"))),
    ("2 ladles of chilli over rice", one(p(CHILI, 1, "cup"), p(RICE, 1, "cup"))),
    ("a big bowl of porridge", one(p(PORRIDGE, BIG, "cup"))),
    ("a small bowl of rice", one(g(RICE, SMALL * RICE_BOWL))),
    ("a large bowl of pasta", one(p(PASTA, 2, "cup spaghetti not packed"))),
    ("a plate of pasta", one(p(PASTA, 2, "cup spaghetti not packed"))),
    ("a bowl of weetabix with milk", one(p(WEETABIX, 2, "biscuits"), ml(MILK, BOWL_MILK))),
    ("mug of hot chocolate before bed", one(p(HOT_CHOC, 1, "cup"))),
    ("a pint of milk after the session", one(ml(MILK, PINT))),
    ("a pint of guinness after parkrun", one(ml(BEER, PINT))),
    ("glass of orange juice w breakfast", one(ml(OJ, GLASS))),
    ("a glass of red with tea", one(ml(RED_WINE, WINE_GLASS))),
    ("a round of toast with jam", one(p(TOAST, 1, "slice"), p("19297", 1, "tbsp"))),
    ("a serving of rice", one(p(RICE, 1, "cup"))),
    ("a helping of mash", one(p(MASH, 1, "cup"))),
    ("a portion of chicken breast and rice", one(g(CHICKEN, 120), p(RICE, 1, "cup"))),
]

COUNTS: list[tuple[str, list[Event]]] = [
    ("a couple of eggs on toast", one(p(E, 2, "large"), p(TOAST, 2, "slice"))),
    ("couple of weetabix", one(p(WEETABIX, 2, "biscuits"))),
    ("a few strawberries", one(p(STRAWBERRIES, 3, "medium"))),
    ("a few dates before the run", one(p(DATES, 3, "date"))),
    ("several dates", one(p(DATES, 3, "date"))),
    ("a dozen almonds", one(p(ALMONDS, 12, "almond"))),
    ("half a dozen eggs scrambled", one(p(E, 6, "large"))),
    ("a bit of cheddar and an apple", one(g(CHEDDAR, 30), p(APPLE, 1, "medium"))),
    ("some grapes on the sofa", one(g(GRAPES, 92))),  # probes-foods' "some grapes"
    ("some almonds on the walk", one(g(ALMONDS, HANDFUL))),
    ("toast with a tiny bit of butter", one(p(TOAST, 2, "slice"), g("01001", 5))),
    ("a couple of digestives with a cup of tea", one(g(DIGESTIVE, 30), BREW)),
    ("two boiled eggs for brekkie", one(p(E, 2, "large"), label="breakfast")),
    ("three bananas through the day", one(p(BANANA, 3, "medium"))),
]

SIZES: list[tuple[str, list[Event]]] = [
    ("a large egg", one(p(E, 1, "large"))),
    ("2 medium eggs", one(p(E, 2, "medium"))),
    ("3 small eggs", one(p(E, 3, "small"))),
    ("a jumbo egg", one(p(E, 1, "jumbo"))),
    ("a big apple", one(p(APPLE, 1, "large"))),
    ("a small apple", one(p(APPLE, 1, "small"))),
    ("one small banana", one(p(BANANA, 1, "small"))),
    ("a large banana pre run", one(p(BANANA, 1, "large"))),
    ("2 mini bagels with cream cheese", one(p(BAGEL, 2, "mini bagel"), p("01017", 2, "tbsp"))),
    ("a fun size snickers", one(p(SNICKERS, 1, "bar, fun size"))),
    ("3 fun size snickers", one(p(SNICKERS, 3, "bar, fun size"))),
    ("a king size snickers", one(p(SNICKERS, 1, "bar, king size"))),
    ("half a family size bar of dairy milk", one(g(MILK_CHOC, 100))),
    ("demolished a family size bag of crisps", one(g(CRISPS, 150))),
    ("a sharing bag of crisps to myself", one(g(CRISPS, 150))),
    ("a large glass of orange juice", one(ml(OJ, GLASS * BIG))),
]

NUMBERS: list[tuple[str, list[Event]]] = [
    ("2 eggs and ½ an avocado", one(p(E, 2, "large"), g(AVOCADO, 68))),
    ("½ avocado on a slice of toast", one(g(AVOCADO, 68), p(TOAST, 1, "slice"))),
    ("¼ cup of granola on yoghurt", one(p(GRANOLA, 0.25, "cup"), g(YOGHURT, 150))),
    ("¾ cup of oats", one(p(OATS, 0.75, "cup"))),
    ("1/2 a bagel with peanut butter", one(p(BAGEL, 0.5, "medium bagel"), p(PB, 1, "tbsp"))),
    ("1/2 cup of rice", one(p(RICE, 0.5, "cup"))),
    ("half a banana", one(p(BANANA, 0.5, "medium"))),
    ("half an apple", one(p(APPLE, 0.5, "medium"))),
    ("a quarter cup of peanuts", one(g(PEANUTS, 36.5))),
    ("one and a half plain bagels", one(p(BAGEL, 1.5, "medium bagel"))),
    ("a bagel and a half", one(p(BAGEL, 1.5, "medium bagel"))),
    ("1.5 cups of rice", one(p(RICE, 1.5, "cup"))),
    ("1½ scoops of whey", one(g(WHEY, 45))),
    ("2x weetabix", one(p(WEETABIX, 2, "biscuits"))),
    ("2 x 25g bags of crisps", one(g(CRISPS, 50))),
    ("3x rice cakes with pb", one(p("19052|19053|19413|19414", 3, "cake"), p(PB, 2, "tbsp"))),
    ("2-3 dates", one(p(DATES, 2.5, "date"))),
    ("ate 4 or 5 strawberries", one(p(STRAWBERRIES, 4.5, "medium"))),
    ("~50g granola", one(g(GRANOLA, 50))),
    ("approx 200 ml orange juice", one(ml(OJ, 200))),
    ("200ml-ish semi skimmed milk", one(ml(SEMI, 200))),
    ("about 150g of chicken", one(g(CHICKEN, 150))),
    ("200mls chocolate milk", one(ml(CHOC_MILK, 200))),
    ("0.5l chocolate milk after the run", one(ml(CHOC_MILK, 500))),
    ("1 litre of coconut water over the day", one(p(COCONUT_WATER, 1000 / CUP_ML, "cup"))),
    ("a litre of chocolate milk", one(ml(CHOC_MILK, 1000))),
]

METRIC_IMPERIAL: list[tuple[str, list[Event]]] = [
    ("8oz steak and a large baked potato", one(g(STEAK, 227), p("11674", 1, "potato large"))),
    ("8 fl oz of orange juice", one(ml(OJ, 8 * 29.5735))),
    ("1lb of strawberries, sharing is for losers", one(g(STRAWBERRIES, 453.6))),
    ("half a lb of ground beef", one(g("23567|23569|23562|23564", 226.8))),
    ("100 grams of chicken breast", one(g(CHICKEN, 100))),
    ("100gr rice", one(g(RICE, 100))),
    ("150 gms greek yoghurt", one(g(GREEK, 150))),
    ("3 tbsps peanut butter", one(p(PB, 3, "tbsp"))),
    ("tsp of honey in my tea", one(BREW, g(HONEY, 7))),
    ("a dessertspoon of nutella", one(g(NUTELLA, 37 / 6 * 2))),
    ("2 cups of cooked pasta", one(p(PASTA, 2, "cup spaghetti not packed"))),
    ("a cup of milk", one(ml(MILK, CUP_ML))),
    ("cup of tea and a biscuit", one(BREW, g(DIGESTIVE, 15))),
    ("2 tablespoons of olive oil in the pan", one(p(OLIVE_OIL, 2, "tablespoon"))),
    ("1 tbs peanut butter", one(p(PB, 1, "tbsp"))),
    ("60 grams oats", one(g(OATS, 60))),
    ("40 g of oats", one(g(OATS, 40))),
    ("250 millilitres of milk", one(ml(MILK, 250))),
    ("330ml can of coke", one(ml(COLA, 330))),
    ("a 500ml bottle of chocolate milk", one(ml(CHOC_MILK, 500))),
    ("a 12 oz can of coke", one(ml(COLA, 12 * 29.5735))),
    ("6 ounces of salmon", one(g(SALMON, 6 * OZ))),
]

AFTER: list[tuple[str, list[Event]]] = [
    ("banana x2", one(p(BANANA, 2, "medium"))),
    ("eggs x 3", one(p(E, 3, "large"))),
    ("eggs: 3", one(p(E, 3, "large"))),
    ("weetabix: 2", one(p(WEETABIX, 2, "biscuits"))),
    ("oats 50g", one(g(OATS, 50))),
    ("oats (50g)", one(g(OATS, 50))),
    ("oats - 50 g", one(g(OATS, 50))),
    ("50g of oats", one(g(OATS, 50))),
    ("chicken - 150 g", one(g(CHICKEN, 150))),
    ("rice (150g) and chicken (120g)", one(g(RICE, 150), g(CHICKEN, 120))),
    ("milk 250ml", one(ml(MILK, 250))),
    ("rice: 1 cup", one(p(RICE, 1, "cup"))),
    ("toast x 2", one(p(TOAST, 2, "slice"))),
    ("2 x eggs", one(p(E, 2, "large"))),
    ("blueberries, 100g", one(g(BLUEBERRIES, 100))),
    ("greek yoghurt 170g", one(g(GREEK, 170))),
    ("almonds (a handful)", one(g(ALMONDS, HANDFUL))),
    ("peanut butter - 2 tbsp", one(p(PB, 2, "tbsp"))),
    (
        "strawberries 200g, greek yog 150g, honey 1 tsp",
        one(g(STRAWBERRIES, 200), g(GREEK, 150), g(HONEY, 7)),
    ),
    (
        "brekkie: oats 60g, milk 200ml, banana x1",
        one(g(OATS, 60), ml(MILK, 200), p(BANANA, 1, "medium"), label="breakfast"),
    ),
    (
        "dinner - salmon 150g, rice 1 cup, broccoli 80g",
        one(g(SALMON, 150), p(RICE, 1, "cup"), g(BROCCOLI_SIDE, SIDE), label="dinner"),
    ),
    ("eggs (2) and toast (2 slices)", one(p(E, 2, "large"), p(TOAST, 2, "slice"))),
    ("choc milk 500ml", one(ml(CHOC_MILK, 500))),
    ("crisps x2 bags", one(g(CRISPS, 50))),
    ("dates x 3", one(p(DATES, 3, "date"))),
]

LEFTOVERS: list[tuple[str, list[Event]]] = [
    ("leftover rice", one(p(RICE, 1, "cup"))),
    ("leftover chilli for lunch", one(p(CHILI, 1, "cup"), label="lunch")),
    ("the rest of the chilli", one(p(CHILI, 1, "cup"))),
    ("half of a bean burrito", one(p(BURRITO_ROW, 0.5, "each burrito"))),
    ("most of a bagel", one(p(BAGEL, 0.75, "medium bagel"))),
    ("half a chicken breast", one(g(CHICKEN, 60))),
    ("a quarter of a bar of dark chocolate", one(p(DARK_CHOC, 0.25, "bar"))),
    ("half a tin of baked beans", one(g(BEANS, 200))),
    ("half a pint of milk", one(ml(MILK, PINT / 2))),
    ("half a can of coke", one(ml(COLA, 165))),
]

# --- Second batch (written after the first round's fixes, before any change for these): more
# number formats, US recipe shorthand, the amount after the food without "of", Australian beer
# measures, egg whites, spoon and spread words, repeats ("seconds", "another", "double").
SCHOONER = 425.0  # Australian pub measures: a schooner 425 ml, a middy or pot 285 ml
MIDDY = 285.0
STUBBY = 375.0  # a stubby or tinnie 375 ml
EGG_WHITE = "01124"
MARMITE = "43406"
PRINGLES = "19410"
RIBEYE = "23100|13951|13952|" + STEAK  # block g: a steak in ounces its grilled lean rib eye

NUMBERS2: list[tuple[str, list[Event]]] = [
    ("a cup and a half of rice", one(p(RICE, 1.5, "cup"))),
    ("two and a half bananas over the long run", one(p(BANANA, 2.5, "medium"))),
    ("1 and 1/2 cups of oats", one(p(OATS, 1.5, "cup"))),
    ("half cup of granola", one(p(GRANOLA, 0.5, "cup"))),
    ("a half cup of blueberries", one(p(BLUEBERRIES, 0.5, "cup"))),
    ("3/4 of a cup of rice", one(p(RICE, 0.75, "cup"))),
    ("1 1/2 scoops of whey", one(g(WHEY, 45))),
    ("2½ weetabix", one(p(WEETABIX, 2.5, "biscuits"))),
    ("1,5l of semi skimmed across the day", one(ml(SEMI, 1500))),
    ("1.5L chocolate milk", one(ml(CHOC_MILK, 1500))),
    ("a half litre of chocolate milk", one(ml(CHOC_MILK, 500))),
    ("0.25kg of greek yoghurt", one(g(GREEK, 250))),
    ("250grams of chicken breast", one(g(CHICKEN, 250))),
    ("a 200g steak", one(g(STEAK, 200))),
    ("6 oz. salmon", one(g(SALMON, 6 * OZ))),
    ("a 10oz ribeye", one(g(RIBEYE, 10 * OZ))),
    ("a 16 oz coffee", one(p(COFFEE, 2, "cup"))),
    ("2 pints of milk over the day", one(ml(MILK, 2 * PINT))),
    ("3 egg whites and 1 whole egg", one(p(EGG_WHITE, 3, "large"), p(E, 1, "large"))),
    ("4 egg whites", one(p(EGG_WHITE, 4, "large"))),
]

SHORTHAND: list[tuple[str, list[Event]]] = [
    ("1 c rice", one(p(RICE, 1, "cup"))),
    ("2 T peanut butter", one(p(PB, 2, "tbsp"))),
    ("1 t honey", one(g(HONEY, 7))),
    ("oats 1/3 cup", one(p(OATS, 1 / 3, "cup"))),
    ("granola 1/2 cup", one(p(GRANOLA, 0.5, "cup"))),
    ("milk ½ cup", one(ml(MILK, CUP_ML / 2))),
    ("toast 2 slices", one(p(TOAST, 2, "slice"))),
    ("2 slices toast", one(p(TOAST, 2, "slice"))),
    ("couple slices of toast", one(p(TOAST, 2, "slice"))),
    ("toast (x2)", one(p(TOAST, 2, "slice"))),
    ("toast ×2", one(p(TOAST, 2, "slice"))),
    ("2× eggs", one(p(E, 2, "large"))),
    ("eggs - 2", one(p(E, 2, "large"))),
    ("banana (1)", one(p(BANANA, 1, "medium"))),
    ("greek yoghurt 1 pot", one(g(GREEK, 150))),
    ("rice 200 grams", one(g(RICE, 200))),
    ("pb 1 tbsp", one(p(PB, 1, "tbsp"))),
    ("chicken breast x2", one(g(CHICKEN, 240))),
]

SPOONS: list[tuple[str, list[Event]]] = [
    ("a heaped tbsp of peanut butter", one(p(PB, 1.5, "tbsp"))),
    ("a heaped teaspoon of honey", one(g(HONEY, 10.5))),
    ("2 level scoops of whey", one(g(WHEY, 60))),
    ("a generous handful of almonds", one(g(ALMONDS, HANDFUL))),
    ("a small handful of peanuts", one(g(PEANUTS, HANDFUL))),
    ("a glug of olive oil", one(p(OLIVE_OIL, 1, "tablespoon"))),
    ("a squeeze of honey on porridge", one(g(HONEY, 7), p(PORRIDGE, 1, "cup"))),
    ("toast with a scraping of butter", one(p(TOAST, 2, "slice"), g("01001", 5))),
    ("toast with a smear of marmite", one(p(TOAST, 2, "slice"), p(MARMITE, 1, "tsp"))),
    ("a spoonful of nutella", one(g(NUTELLA, 18.5))),
    ("2 spoonfuls of greek yoghurt", one(g(GREEK, 30))),
    ("a tablespoonful of honey", one(p(HONEY, 1, "tbsp"))),
]

AUSSIE: list[tuple[str, list[Event]]] = [
    ("a schooner of beer", one(ml(BEER, SCHOONER))),
    ("2 schooners after the fun run", one(ml(BEER, 2 * SCHOONER))),
    ("a middy of beer", one(ml(BEER, MIDDY))),
    ("a stubby of beer", one(ml(BEER, STUBBY))),
    ("a tinnie of beer at the footy", one(ml(BEER, STUBBY))),
]

REPEATS: list[tuple[str, list[Event]]] = [
    ("a double portion of rice", one(p(RICE, 2, "cup"))),
    ("double helping of mash", one(p(MASH, 2, "cup"))),
    ("another banana", one(p(BANANA, 1, "medium"))),
    ("2 bowls of porridge", one(p(PORRIDGE, 2, "cup"))),
    ("3 scoops of ice cream", one(p(ICE_CREAM, 3, "serving"))),
    ("a tube of pringles", one(p(PRINGLES, 1, "can"))),
    ("half a tube of pringles", one(p(PRINGLES, 0.5, "can"))),
    ("a few slices of toast", one(p(TOAST, 3, "slice"))),
    ("a pair of boiled eggs", one(p(E, 2, "large"))),
]

# --- Third batch (written after the second round landed's code, before any change for these):
# one measure over many foods, the breadth the parser's per-food weights must cover.
HAM = "07029|07028"
WATERMELON = "09326"
PIZZA_SLICE = "21299|21271|21224|21272|21273|21225|21145"  # a chain's 14" slice
BIRTHDAY_CAKE = "18140"
BANANA_BREAD = "18019"
CHEERIOS = "08013"
SPINACH_COOKED = "11458"
RED_BULL = "14154"
SUGAR = "19335"
MAPLE = "19353"
FLAX = "12220"
JAM = "19297"
PEAS = "11305|11313|11304"

MEASURE_BY_FOOD: list[tuple[str, list[Event]]] = [
    ("a slice of ham from the packet", one(p(HAM, 1, "slice"))),
    ("3 slices of ham in a wrap", one(p(HAM, 3, "slice"), p("18364|18450|18970", 1, "tortilla"))),
    ("2 slices of cheddar", one(p(CHEDDAR, 2, "slice"))),
    ("a slice of watermelon on the patio", one(p(WATERMELON, 1, "wedge"))),
    ("one slice of pizza at the party", one(p(PIZZA_SLICE, 1, "slice"))),
    ("a slice of birthday cake", one(p(BIRTHDAY_CAKE, 1, "piece (1/8 of 18 oz cake)"))),
    (
        "a slice of banana bread with my coffee",
        one(p(BANANA_BREAD, 1, "slice"), p(COFFEE, 1, "cup")),
    ),
    ("a piece of fruit at my desk", one(p(APPLE, 1, "medium"))),
    ("a piece of toast with jam", one(p(TOAST, 1, "slice"), p(JAM, 1, "tbsp"))),
    ("a piece of milk chocolate", one(g(MILK_CHOC, 7))),
    ("a bag of peanuts", one(g(PEANUTS, 50))),
    ("a can of red bull before the parkrun", one(p(RED_BULL, 1, "can"))),
    ("a cup of grapes", one(p(GRAPES, 1, "cup"))),
    ("a cup of blueberries", one(p(BLUEBERRIES, 1, "cup"))),
    ("a cup of almonds", one(p(ALMONDS, 1, "cup, whole"))),
    ("a cup of cheerios", one(p(CHEERIOS, 1, "cup"))),
    ("a cup of cottage cheese", one(p(COTTAGE, 1, "cup"))),
    ("a cup of cooked spinach", one(p(SPINACH_COOKED, 1, "cup"))),
    ("a glass of chocolate milk for recovery", one(ml(CHOC_MILK, GLASS))),
    ("a glass of coke", one(ml(COLA, GLASS))),
    ("a portion of peas", one(g(PEAS, SIDE))),
    ("a serving of almonds", one(g(ALMONDS, OZ))),
    ("a tsp of sugar in my coffee", one(g(SUGAR, 4.2), p(COFFEE, 1, "cup"))),
    ("a tbsp of butter", one(p("01001", 1, "tbsp"))),
    ("a tbsp of maple syrup on porridge", one(p(MAPLE, 1, "tbsp"), p(PORRIDGE, 1, "cup"))),
    ("a tbsp of ground flaxseed", one(g(FLAX, 7))),
    ("a tbsp of mayo", one(p(MAYO, 1, "tbsp"))),
    ("a tbsp of jam", one(p(JAM, 1, "tbsp"))),
    ("a bowl of cheerios with milk", one(g(CHEERIOS, BOWL), ml(MILK, BOWL_MILK))),
    ("a bowl of strawberries", one(p(STRAWBERRIES, 1, "cup, whole"))),  # probes-foods: a cup
    ("a handful of blueberries from the fridge", one(g(BLUEBERRIES, HANDFUL))),
    ("a handful of grapes with lunch", one(g(GRAPES, HANDFUL), label="lunch")),
    ("a handful of crisps", one(g(CRISPS, HANDFUL))),
    ("handful of cashews in the car", one(g("12585|12087", HANDFUL))),
    ("a mug of coffee with milk", one(coffee_with(30))),
    ("a scoop of peanut butter", one(p(PB, 2, "tbsp"))),
    ("2 scoops of greek yoghurt", one(g(GREEK, 122))),  # a quarter cup a scoop
]

# --- Fourth batch (written after the third, before any change for these): units typed in
# capitals or misspelt, counts in words past twelve, "x" every way round, and one more of it.
SPELLING: list[tuple[str, list[Event]]] = [
    ("50G oats", one(g(OATS, 50))),
    ("200ML milk", one(ml(MILK, 200))),
    ("Oats 40g, Milk 250ml", one(g(OATS, 40), ml(MILK, 250))),
    ("2 tbls peanut butter", one(p(PB, 2, "tbsp"))),
    ("1 tbspn honey", one(p(HONEY, 1, "tbsp"))),
    ("a teaspon of honey", one(g(HONEY, 7))),
    ("100 gramms of rice", one(g(RICE, 100))),
    ("300 mililitres of chocolate milk", one(ml(CHOC_MILK, 300))),
    ("6 ounzes of steak", one(g(STEAK, 6 * OZ))),
    ("1 lbs. of strawberries", one(g(STRAWBERRIES, 453.6))),
    ("twenty almonds", one(p(ALMONDS, 20, "almond"))),
    ("fifteen grapes", one(p(GRAPES, 15, "grapes"))),
    ("thirty grams of oats", one(g(OATS, 30))),
    ("two hundred grams of greek yoghurt", one(g(GREEK, 200))),
    ("half dozen eggs", one(p(E, 6, "large"))),
    ("a dozen or so grapes", one(p(GRAPES, 12, "grapes"))),
    ("2 x bananas", one(p(BANANA, 2, "medium"))),
    ("bananas x 2", one(p(BANANA, 2, "medium"))),
    ("2x bananas", one(p(BANANA, 2, "medium"))),
    ("x2 bananas", one(p(BANANA, 2, "medium"))),
    ("one more banana", one(p(BANANA, 1, "medium"))),
    ("an extra egg", one(p(E, 1, "large"))),
    ("2 more slices of toast", one(p(TOAST, 2, "slice"))),
    ("a second bowl of porridge", one(p(PORRIDGE, 1, "cup"))),
]

# --- Fifth batch (written after the fourth, before any change for these): an amount or size
# in brackets or after a comma, a whole item's own weight, so much each, and dry weights.
DRY_RICE = "20444|20450|20045"
DRY_PASTA = "20120|20121"

BRACKETS: list[tuple[str, list[Event]]] = [
    ("rice (1 cup)", one(p(RICE, 1, "cup"))),
    ("oats (½ cup)", one(p(OATS, 0.5, "cup"))),
    ("peanut butter (2 tbsp)", one(p(PB, 2, "tbsp"))),
    ("milk (250 ml)", one(ml(MILK, 250))),
    ("banana (large)", one(p(BANANA, 1, "large"))),
    ("eggs (large) x2", one(p(E, 2, "large"))),
    ("apple - small", one(p(APPLE, 1, "small"))),
    ("banana, medium", one(p(BANANA, 1, "medium"))),
    ("a 150g chicken breast", one(g(CHICKEN, 150))),
    ("a 40g bar of dark chocolate", one(g(DARK_CHOC, 40))),
    ("3 x 40g scoops of oats", one(g(OATS, 120))),
    ("2 slices of toast (35g each)", one(g(TOAST, 70))),
    ("2 eggs, 60g each", one(g(E, 120))),
    ("100g rice (dry weight)", one(g(DRY_RICE, 100))),
    ("75g dry pasta", one(g(DRY_PASTA, 75))),
    ("80g uncooked pasta", one(g(DRY_PASTA, 80))),
    ("200g cooked rice", one(g(RICE, 200))),
    ("60g of oats, dry", one(g(OATS, 60))),
    ("chicken breast (approx 150g)", one(g(CHICKEN, 150))),
    ("salmon fillet ~140g", one(g(SALMON, 140))),
    ("greek yoghurt, 1 pot (170g)", one(g(GREEK, 170))),
    ("crisps 1 bag", one(CRISP_BAG)),
]

# --- Sixth batch (written after the fifth, before any change for these): sizes of fast food
# and drinks, USDA's own sizes where it has them.
#: a sized cola USDA's regular cola drink of that size (block k's small Coke, 492 g)
COLA_ROW = "14148|14400"
MC_FRIES = "21238|21138"
PIZZA_WHOLE = "21299|21271|21224|21272|21273|21225|21145"

SIZED_FAST_FOOD: list[tuple[str, list[Event]]] = [
    ("a medium coke from mcdonalds", one(p(COLA_ROW, 1, "drink, medium"))),
    ("large coke at the cinema", one(p(COLA_ROW, 1, "drink, large"))),
    (
        "a small coke with my burger",
        one(p(COLA_ROW, 1, "drink, small"), p("21108|21109|21228|21107", 1, "sandwich")),
    ),
    ("small fries on the drive home", one(p(MC_FRIES, 1, "small serving"))),
    ("large fries after the marathon", one(p(MC_FRIES, 1, "large serving"))),
    ("a large portion of fries", one(p(MC_FRIES, 1, "large serving"))),
    ("kids fries", one(p(MC_FRIES, 1, "kids serving"))),
    ("half a large pizza", one(p(PIZZA_WHOLE, 0.5, "pizza"))),
    ("a whole large pizza to myself", one(p(PIZZA_WHOLE, 1, "pizza"))),
    ("a single espresso", one(p(ESPRESSO, 1, "fl oz"))),
    ("a triple espresso", one(p(ESPRESSO, 3, "fl oz"))),
    ("a small bowl of porridge", one(p(PORRIDGE, SMALL, "cup"))),
    ("a big glass of milk", one(ml(MILK, GLASS * BIG))),
    ("a small glass of orange juice", one(ml(OJ, GLASS * SMALL))),
]

# --- Seventh batch (written after the sixth, before any change for these): "the whole" and
# "half the" of a container, ranges said with "to" and "or", hedges, and "and a half" of a
# container or a drink.
SHARES: list[tuple[str, list[Event]]] = [
    ("ate the whole tub of hummus", one(g(HUMMUS, 200))),
    ("half the tub of hummus", one(g(HUMMUS, 100))),
    ("a third of a tub of cottage cheese", one(g(COTTAGE, 100))),
    ("the whole packet of crisps", one(CRISP_BAG)),
    ("a whole punnet of blueberries", one(g(BLUEBERRIES, 150))),
    ("a quarter of the sharing bag of crisps", one(g(CRISPS, 37.5))),
    ("2 to 3 slices of toast", one(p(TOAST, 2.5, "slice"))),
    ("1-2 tbsp honey", one(p(HONEY, 1.5, "tbsp"))),
    ("3 or 4 dates", one(p(DATES, 3.5, "date"))),
    ("c. 200g chicken", one(g(CHICKEN, 200))),
    ("approx. 250ml orange juice", one(ml(OJ, 250))),
    ("roughly 2 cups of rice", one(p(RICE, 2, "cup"))),
    ("about half a cup of granola", one(p(GRANOLA, 0.5, "cup"))),
    ("a pint and a half of milk", one(ml(MILK, 1.5 * PINT))),
    ("one and a half pints of beer", one(ml(BEER, 1.5 * PINT))),
    ("half a glass of red wine", one(ml(RED_WINE, WINE_GLASS / 2))),
    ("a glass and a half of orange juice", one(ml(OJ, 1.5 * GLASS))),
    ("2 rounds of toast with butter", one(p(TOAST, 2, "slice"), g("01001", 10))),
]

# --- Eighth batch (written after the seventh, before any change for these): drinks counted
# through the day, each with its milk.
def brews(count: int) -> Item:
    """That many brews: a mug of tea with 30 ml of semi-skimmed each."""
    return combo(TEA, ml(TEA, 250 * count), ml(SEMI, 30 * count))


def coffees(count: int, milk_ml: float = 30) -> Item:
    """That many cups of coffee, each with that much milk (bare milk whole)."""
    return combo(COFFEE, p(COFFEE, count, "cup"), ml(MILK, milk_ml * count))


DRINKS_COUNTED: list[tuple[str, list[Event]]] = [
    ("4 cups of tea today", one(brews(4))),
    ("3 brews before lunch", one(brews(3))),
    ("2 mugs of coffee with milk", one(coffees(2))),
    ("coffee x3 with a splash of milk", one(coffees(3))),
    ("3 black coffees", one(p(COFFEE, 3, "cup"))),
    ("2 lattes", one(combo("14209|" + SEMI, ml(ESPRESSO, 120), ml(SEMI, 600)))),
    ("2 glasses of milk", one(ml(MILK, 2 * GLASS))),
    ("3 pints of water and a pint of milk", one(ml(MILK, PINT))),
    ("2 bottles of water and a banana", one(p(BANANA, 1, "medium"))),
    ("6 cups of coffee, black", one(p(COFFEE, 6, "cup"))),
]

# --- Ninth batch (written after the eighth, before any change for these): a share said after
# the food or of what was left.
SHARE_AFTER: list[tuple[str, list[Event]]] = [
    ("banana (half)", one(p(BANANA, 0.5, "medium"))),
    ("bagel (half) with cream cheese", one(p(BAGEL, 0.5, "medium bagel"), g("01017", 10))),
    ("the other half of the bean burrito", one(p(BURRITO_ROW, 0.5, "each burrito"))),
    ("the other half of my bagel", one(p(BAGEL, 0.5, "medium bagel"))),
    ("a couple eggs on toast", one(p(E, 2, "large"), p(TOAST, 2, "slice"))),
    ("a few of the dates", one(p(DATES, 3, "date"))),
    ("two thirds of a bagel", one(p(BAGEL, 2 / 3, "medium bagel"))),
    ("3/4 of a bagel", one(p(BAGEL, 0.75, "medium bagel"))),
]

BLOCK = {
    "shop measures": SHOP,
    "kitchen measures": KITCHEN,
    "counts and vague amounts": COUNTS,
    "sizes": SIZES,
    "fractions and numbers": NUMBERS,
    "metric and imperial": METRIC_IMPERIAL,
    "amount after the food": AFTER,
    "leftovers and shares": LEFTOVERS,
    "b2 numbers": NUMBERS2,
    "b2 shorthand": SHORTHAND,
    "b2 spoons and spreads": SPOONS,
    "b2 australian measures": AUSSIE,
    "b2 repeats and packs": REPEATS,
    "b3 one measure, many foods": MEASURE_BY_FOOD,
    "b4 spelling and counting": SPELLING,
    "b5 brackets, each and dry": BRACKETS,
    "b6 sizes of fast food and drinks": SIZED_FAST_FOOD,
    "b7 shares, ranges and hedges": SHARES,
    "b8 drinks counted": DRINKS_COUNTED,
    "b9 a share after the food": SHARE_AFTER,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-units-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
