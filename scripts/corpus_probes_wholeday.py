"""The "wholeday" probes (2026-12-01, issue 15): a whole day's eating told in one message,
written by the helper who fixes the class BEFORE any fix, in other voices, foods and
phrasings than the earlier blocks' day logs.

Classes:
- meal labels in many forms (breakfast, brekkie, brekky, b'fast, b:, elevenses, smoko, arvo,
  lunch, l:, afternoon snack, tea as the evening meal, dinner, supper, d:, pre-run, post-run,
  pre-bed) heading each meal, each meal its own event with its label;
- separators between the meals: new lines, semicolons, slashes, dashes, pipes, "then",
  emoji bullets, full stops;
- a clock beside a label ("lunch @ 13:00", "b'fast 7.30:", "7am:") that is no food;
- a run, a session or a weigh-in inside the day, kept beside the meals;
- a day's plan or chat about eating that logs nothing.

Labels as in the earlier blocks (corpus_labels.py, corpus_fresh.py, corpus_heldout*.py): a
banana, an apple and a pear medium, porridge and chilli USDA's cup, a bagel one bagel, 2 eggs
large, toast the slices said (2 when "eggs on toast"), a brew 250 ml tea with 30 ml
semi-skimmed, a latte 60 ml espresso and 300 ml semi-skimmed, a flat white 60 ml espresso and
150 ml whole milk, weetabix USDA's biscuits, a croissant medium, a scoop of whey 30 g, a
dish the message gives its own kcal at that kcal. A label is given only where the message
names the meal: "pre-run", "post-run" and "during" name no meal of the four (the parser may
call one recovery); "pre-bed", "elevenses", "smoko", "arvo" and "afternoon snack" a snack,
"supper" and "tea" (in a meal's place) dinner.

First score, on main f4aa363 before any change for this block: tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, TOAST2
from corpus_heldout import FLAT_WHITE
from corpus_heldout3 import LATTE
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    CHILI,
    CHOC_MILK,
    COFFEE,
    CROISSANT,
    GRANOLA,
    GREEK,
    OATS,
    ORANGE,
    PB,
    PEAR,
    PORRIDGE,
    RICE_CAKE,
    WEETABIX,
    WHEY,
    E,
    Meal,
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
    weight,
    write_new,
)

Event = dict[str, object] | Meal

B, L, D, S = "breakfast", "lunch", "dinner", "snack"


def k(kcal: float) -> Meal:
    """A meal of one dish the message prices itself."""
    return eat(stated(kcal))


BAN = p(BANANA, 1, "medium")
APP = p(APPLE, 1, "medium")
CUP = p(COFFEE, 1, "cup")
POR = p(PORRIDGE, 1, "cup")
EGGS2 = p(E, 2, "large")
BAG = p(BAGEL, 1, "bagel")
CRO = p(CROISSANT, 1, "croissant, medium")
WB2 = p(WEETABIX, 2, "biscuits")
SCOOP = g(WHEY, 30)

UK: list[tuple[str, list[Event]]] = [
    ("brekkie: porridge + a banana\nelevenses: a brew and an apple\nlunch: soup 250 kcal\n"
     "tea: shepherd's pie 550 kcal",
     [eat(POR, BAN, label=B), eat(BREW, APP, label=S), eat(stated(250), label=L),
      eat(stated(550), label=D)]),
    ("b'fast 2 eggs on toast; lunch a jacket spud w tuna 480 kcal; tea toad in the hole 620 kcal;"
     " ran 6k 33:10",
     [eat(EGGS2, TOAST2, label=B), eat(stated(480), label=L), eat(stated(620), label=D),
      run(6, 33 + 10 / 60)]),
    ("breakfast was a croissant and a latte / lunch was a meal deal 600 kcal / tea was fish pie "
     "500 kcal",
     [eat(CRO, LATTE, label=B), eat(stated(600), label=L), eat(stated(500), label=D)]),
    ("Sunday: 11st 2lb. parkrun 26:40. brekkie 2 weetabix. lunch roast beef dinner 800 kcal. "
     "supper a banana",
     [stone(11, 2), run(5, 26 + 40 / 60), eat(WB2, label=B), eat(stated(800), label=L),
      eat(BAN, label=D)]),
    ("breakfast - bagel | lunch - chicken caesar wrap 520 kcal | afternoon snack - a pear | "
     "dinner - chilli, 1 cup",
     [eat(BAG, label=B), eat(stated(520), label=L), eat(p(PEAR, 1, "medium"), label=S),
      eat(p(CHILI, 1, "cup"), label=D)]),
    ("today so far: brekkie 40g oats, elevenses a flapjack 300 kcal, lunch a pasty 450 kcal",
     [eat(g(OATS, 40), label=B), eat(stated(300), label=S), eat(stated(450), label=L)]),
    ("breakfast: 2 slices of toast with peanut butter (1 tbsp)\nlunch: leftover curry 600 kcal\n"
     "run club 8k 44:00\ntea: beans on toast 400 kcal",
     [eat(TOAST2, p(PB, 1, "tbsp"), label=B), eat(stated(600), label=L), run(8, 44),
      eat(stated(400), label=D)]),
    ("brekky a bacon butty 400 kcal then lunch a cheese toastie 450 kcal then tea was sausage "
     "casserole 550 kcal",
     [eat(stated(400), label=B), eat(stated(450), label=L), eat(stated(550), label=D)]),
    ("b: porridge\nl: soup and a roll 380 kcal\nd: lamb hotpot 600 kcal\npre-bed: a brew",
     [eat(POR, label=B), eat(stated(380), label=L), eat(stated(600), label=D),
      eat(BREW, label=S)]),
    ("weighed 10st 12 this morning; breakfast a banana and a coffee; ran 10k 55:30; lunch a "
     "chicken sandwich 420 kcal; tea spag bol 650 kcal",
     [stone(10, 12), eat(BAN, CUP, label=B), run(10, 55.5), eat(stated(420), label=L),
      eat(stated(650), label=D)]),
    ("• breakfast: 2 eggs and 2 slices of toast\n• lunch: jacket potato 450 kcal\n• tea: fish "
     "and chips 900 kcal",
     [eat(EGGS2, TOAST2, label=B), eat(stated(450), label=L), eat(stated(900), label=D)]),
    ("breakfast 7am porridge, lunch 1pm a ham salad 300 kcal, tea 6pm pie and mash 700 kcal",
     [eat(POR, label=B), eat(stated(300), label=L), eat(stated(700), label=D)]),
    ("brekkie: granola 50g with 150g greek yoghurt — lunch: sushi 450 kcal — tea: chicken "
     "korma and rice 800 kcal",
     [eat(g(GRANOLA, 50), g(GREEK, 150), label=B), eat(stated(450), label=L),
      eat(stated(800), label=D)]),
    ("breakfast: croissant & flat white. 45 min gym. lunch: falafel box 550 kcal. supper: "
     "cheese on toast 350 kcal",
     [eat(CRO, FLAT_WHITE, label=B), gym(45), eat(stated(550), label=L),
      eat(stated(350), label=D)]),
    ("lunch: a pork pie 350 kcal and an apple; tea: chilli con carne 600 kcal; supper: 2 rice "
     "cakes",
     [eat(stated(350), APP, label=L), eat(stated(600), label=D),
      eat(p(RICE_CAKE, 2, "cake"), label=D)]),
    ("Breakfast – weetabix x2\nSnack – banana\nLunch – egg mayo sarnie 400 kcal\nTea – "
     "cottage pie 520 kcal\nSwim 40 min",
     [eat(WB2, label=B), eat(BAN, label=S), eat(stated(400), label=L),
      eat(stated(520), label=D), act("swim", 40)]),
    ("b'fast: bagel. lunch: steak bake 450 kcal. afternoon snack: a kitkat 105 kcal. tea: "
     "veggie chilli 480 kcal",
     [eat(BAG, label=B), eat(stated(450), label=L), eat(stated(105), label=S),
      eat(stated(480), label=D)]),
    ("breakfast 2 crumpets 200 kcal; lunch a scotch egg 280 kcal + an orange; tea a chippy tea "
     "1000 kcal",
     [eat(stated(200), label=B), eat(stated(280), p(ORANGE, 1, "fruit"), label=L),
      eat(stated(1000), label=D)]),
]

US: list[tuple[str, list[Event]]] = [
    ("b: bagel w/ cream cheese 350 kcal / l: turkey club 600 kcal / d: tacos 700 kcal",
     [eat(stated(350), label=B), eat(stated(600), label=L), eat(stated(700), label=D)]),
    ("breakfast: oatmeal (1 cup) + coffee\nlunch: chipotle bowl 800 cal\ndinner: grilled "
     "salmon and rice 650 cal\nran 5 miles 42:30",
     [eat(POR, CUP, label=B), eat(stated(800), label=L), eat(stated(650), label=D),
      run(mi(5), 42.5)]),
    ("bfast 2 eggs and a banana, lunch a PB&J 380 cal, snack an apple, dinner meatloaf 600 cal",
     [eat(EGGS2, BAN, label=B), eat(stated(380), label=L), eat(APP, label=S),
      eat(stated(600), label=D)]),
    ("Tues - 7 mi 1:01:20. breakfast: bagel. lunch: chicken caesar 550 cal. dinner: "
     "burrito bowl 750 cal",
     [run(mi(7), 61 + 20 / 60), eat(BAG, label=B), eat(stated(550), label=L),
      eat(stated(750), label=D)]),
    ("breakfast @ 6:30 oatmeal, lunch @ 12:15 a turkey sandwich 450 cal, dinner @ 7 pm pot "
     "roast 700 cal",
     [eat(POR, label=B), eat(stated(450), label=L), eat(stated(700), label=D)]),
    ("breakfast: 2 eggs, coffee | lunch: cobb salad 500 cal | snack: protein shake (1 scoop) |"
     " dinner: pizza 900 cal",
     [eat(EGGS2, CUP, label=B), eat(stated(500), label=L), eat(SCOOP, label=S),
      eat(stated(900), label=D)]),
    ("woke up 162.4 lb, breakfast a banana, 4 mi easy 38:00, lunch leftover lasagna 600 cal, "
     "dinner stir fry 550 cal",
     [pounds(162.4), eat(BAN, label=B), run(mi(4), 38), eat(stated(600), label=L),
      eat(stated(550), label=D)]),
    ("breakfast was a croissant then lunch a grilled cheese 450 cal then dinner shrimp tacos "
     "600 cal",
     [eat(CRO, label=B), eat(stated(450), label=L), eat(stated(600), label=D)]),
    ("🍳 breakfast: 2 eggs + toast (2 slices)\n🥗 lunch: greek salad 400 cal\n🍝 dinner: "
     "pasta 700 cal",
     [eat(EGGS2, TOAST2, label=B), eat(stated(400), label=L), eat(stated(700), label=D)]),
    ("breakfast – coffee and a banana; lunch – chicken noodle soup 200 cal; dinner – steak and "
     "potatoes 850 cal; yoga 30 min",
     [eat(CUP, BAN, label=B), eat(stated(200), label=L), eat(stated(850), label=D),
      act("yoga", 30)]),
    ("b: oatmeal, l: tuna melt 500 cal, d: chicken and rice 600 cal, s: an apple",
     [eat(POR, label=B), eat(stated(500), label=L), eat(stated(600), label=D),
      eat(APP, label=S)]),
    ("breakfast 2 eggs and a bagel. ran 6 mi 52:10. lunch a smoothie 350 cal. dinner chicken "
     "parm 800 cal. dessert 2 oreos 110 cal",
     [eat(EGGS2, BAG, label=B), run(mi(6), 52 + 10 / 60), eat(stated(350), label=L),
      eat(stated(800), label=D), eat(stated(110))]),
    ("breakfast: a bowl of oatmeal\nlunch: half a sub 400 cal\nafternoon snack: a pear\n"
     "dinner: salmon 450 cal\nsupper: 200g greek yogurt",
     [eat(POR, label=B), eat(stated(400), label=L), eat(p(PEAR, 1, "medium"), label=S),
      eat(stated(450), label=D), eat(g(GREEK, 200), label=D)]),
    ("bfast: bagel + coffee; lunch: chicken wrap 500 cal; dinner: chili (1 cup); then 20 min "
     "core",
     [eat(BAG, CUP, label=B), eat(stated(500), label=L), eat(p(CHILI, 1, "cup"), label=D),
      gym(20)]),
]

AUNZ: list[tuple[str, list[Event]]] = [
    ("brekky: 2 weetbix\nsmoko: a banana\nlunch: sausage roll 350 kcal\narvo: an apple\n"
     "dinner: lamb roast 750 kcal",
     [eat(WB2, label=B), eat(BAN, label=S), eat(stated(350), label=L), eat(APP, label=S),
      eat(stated(750), label=D)]),
    ("brekky a flat white and a croissant, lunch a chicken schnitty 700 kcal, tea snags and "
     "salad 600 kcal",
     [eat(FLAT_WHITE, CRO, label=B), eat(stated(700), label=L), eat(stated(600), label=D)]),
    ("parkrun 24:55 then brekky 2 eggs on toast / lunch a sanga 400 kcal / dinner a meat pie "
     "500 kcal",
     [run(5, 24 + 55 / 60), eat(EGGS2, TOAST2, label=B), eat(stated(400), label=L),
      eat(stated(500), label=D)]),
    ("brekky: porridge; smoko: a flat white; lunch: sushi rolls 400 kcal; tea: fish and chips "
     "850 kcal",
     [eat(POR, label=B), eat(FLAT_WHITE, label=S), eat(stated(400), label=L),
      eat(stated(850), label=D)]),
    ("68.2kg this morning. brekky bagel, lunch chicken burger 650 kcal, arvo snack a banana, "
     "tea a stir fry 550 kcal",
     [weight(68.2), eat(BAG, label=B), eat(stated(650), label=L), eat(BAN, label=S),
      eat(stated(550), label=D)]),
    ("brekky - 2 weetbix | run 12k 1:05:00 | lunch - a wrap 450 kcal | dinner - chicken parmi "
     "900 kcal",
     [eat(WB2, label=B), run(12, 65), eat(stated(450), label=L), eat(stated(900), label=D)]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("Day 3 of couch to 5k done! Food: breakfast porridge, lunch a tuna sandwich 400 kcal, "
     "dinner chicken and veg 500 kcal",
     [eat(POR, label=B), eat(stated(400), label=L), eat(stated(500), label=D)]),
    ("my food diary for today:\nbreakfast - a banana\nlunch - soup 200 kcal\ndinner - lasagne "
     "600 kcal\nand i walked 30 min",
     [eat(BAN, label=B), eat(stated(200), label=L), eat(stated(600), label=D), act("walk", 30)]),
    ("first time logging everything lol. breakfast was a bagel, lunch was a salad 300 kcal, "
     "dinner was pasta bake 650 kcal",
     [eat(BAG, label=B), eat(stated(300), label=L), eat(stated(650), label=D)]),
    ("ok so: breakfast coffee and 2 slices of toast, lunch nothing much just an apple, dinner "
     "a takeaway pizza 1100 kcal",
     [eat(CUP, TOAST2, label=B), eat(APP, label=L), eat(stated(1100), label=D)]),
    ("weighed myself 82.5kg. breakfast: 2 weetabix; lunch: ham salad 300 kcal; dinner: "
     "chicken curry 700 kcal. did a 20 min walk run, 2.5k",
     [weight(82.5), eat(WB2, label=B), eat(stated(300), label=L), eat(stated(700), label=D),
      run(2.5, 20)]),
    ("breakfast = porridge\nlunch = jacket potato 400 kcal\ndinner = stir fry 500 kcal",
     [eat(POR, label=B), eat(stated(400), label=L), eat(stated(500), label=D)]),
    ("Breakfast: banana. Lunch: chicken salad 350 kcal. Snack: 2 rice cakes. Dinner: salmon "
     "and potatoes 600 kcal. Run/walk 3k 22:00",
     [eat(BAN, label=B), eat(stated(350), label=L), eat(p(RICE_CAKE, 2, "cake"), label=S),
      eat(stated(600), label=D), run(3, 22)]),
    ("had porridge for breakfast, a wrap for lunch 450 kcal and a curry for dinner 750 kcal",
     [eat(POR, label=B), eat(stated(450), label=L), eat(stated(750), label=D)]),
]

ULTRA: list[tuple[str, list[Event]]] = [
    ("pre-run: bagel + coffee\nlong run 32k 3:10:00\npost-run: 500ml chocolate milk\n"
     "lunch: burrito 800 kcal\ndinner: pasta 900 kcal",
     [eat(BAG, CUP), run(32, 190), eat(ml(CHOC_MILK, 500)), eat(stated(800), label=L),
      eat(stated(900), label=D)]),
    ("b: porridge + banana; 40 mi 7:45:00; post-run pizza 1200 kcal; pre-bed 200g greek "
     "yoghurt",
     [eat(POR, BAN, label=B), run(mi(40), 7 * 60 + 45), eat(stated(1200)),
      eat(g(GREEK, 200), label=S)]),
    ("back to back day 2: breakfast 2 bagels, 25k 2:40:00, lunch a jacket potato 450 kcal, "
     "afternoon snack flapjack 300 kcal, dinner chilli (2 cups)",
     [eat(p(BAGEL, 2, "bagel"), label=B), run(25, 160), eat(stated(450), label=L),
      eat(stated(300), label=S), eat(p(CHILI, 2, "cup"), label=D)]),
    ("breakfast: 3 eggs and 2 slices of toast / 50k trail 6:05:00 / post-run: burger and chips"
     " 1100 kcal / supper: a bowl of porridge",
     [eat(p(E, 3, "large"), TOAST2, label=B), run(50, 365), eat(stated(1100)),
      eat(POR, label=D)]),
    ("fuel log: pre-run: banana | during: 4 gels 400 kcal | post-run: recovery shake 1 scoop |"
     " dinner: lasagne 700 kcal",
     [eat(BAN), eat(stated(400)), eat(SCOOP), eat(stated(700), label=D)]),
    ("6am: 2 slices of toast and coffee\n7am-11am: 35k 3:55:00\n12pm: lunch, a big burrito 900"
     " kcal\n7pm: dinner, curry 800 kcal",
     [eat(TOAST2, CUP), run(35, 235), eat(stated(900), label=L), eat(stated(800), label=D)]),
]

TRI: list[tuple[str, list[Event]]] = [
    ("swim 45 min. breakfast: porridge. bike 60 min. lunch: chicken wrap 500 kcal. run 5k "
     "24:00. dinner: salmon and rice 650 kcal",
     [act("swim", 45), eat(POR, label=B), act("cycle", 60), eat(stated(500), label=L),
      run(5, 24), eat(stated(650), label=D)]),
    ("brick day: 90 min turbo + 5k 23:30\nbreakfast: bagel\nlunch: pasta 700 kcal\ndinner: "
     "steak and chips 900 kcal",
     [act("cycle|spin", 90), run(5, 23.5), eat(BAG, label=B), eat(stated(700), label=L),
      eat(stated(900), label=D)]),
    ("breakfast 2 eggs / swim 3km 58:00 / lunch a poke bowl 600 kcal / afternoon snack a "
     "banana / dinner thai green curry 750 kcal",
     [eat(EGGS2, label=B), act("swim", 58, 3), eat(stated(600), label=L),
      eat(BAN, label=S), eat(stated(750), label=D)]),
    ("pre-swim: a banana; breakfast: granola 50g and 150g greek yoghurt; lunch: soup 250 kcal;"
     " 8k run 40:00; dinner: risotto 650 kcal",
     [eat(BAN), eat(g(GRANOLA, 50), g(GREEK, 150), label=B), eat(stated(250), label=L),
      run(8, 40), eat(stated(650), label=D)]),
    ("70.4 kg. breakfast oats 60g. 2h ride. lunch a baguette 500 kcal. dinner fajitas 700 kcal",
     [weight(70.4), eat(g(OATS, 60), label=B), act("cycle", 120), eat(stated(500), label=L),
      eat(stated(700), label=D)]),
]

SEPARATORS: list[tuple[str, list[Event]]] = [
    ("breakfast porridge - lunch ham sandwich 350 kcal - dinner pasta 700 kcal",
     [eat(POR, label=B), eat(stated(350), label=L), eat(stated(700), label=D)]),
    ("breakfast: bagel then lunch: wrap 450 kcal then dinner: curry 700 kcal",
     [eat(BAG, label=B), eat(stated(450), label=L), eat(stated(700), label=D)]),
    ("Breakfast porridge. Lunch sushi 400 kcal. Dinner pizza 900 kcal.",
     [eat(POR, label=B), eat(stated(400), label=L), eat(stated(900), label=D)]),
    ("✅ breakfast porridge ✅ lunch jacket potato 400 kcal ✅ dinner lasagne 650 kcal",
     [eat(POR, label=B), eat(stated(400), label=L), eat(stated(650), label=D)]),
    ("- breakfast: 2 weetabix\n- lunch: tuna pasta 500 kcal\n- dinner: chicken pie 600 kcal\n"
     "- run: 7k 38:00",
     [eat(WB2, label=B), eat(stated(500), label=L), eat(stated(600), label=D), run(7, 38)]),
    ("breakfast>porridge, lunch>soup 250 kcal, dinner>fish 450 kcal",
     [eat(POR, label=B), eat(stated(250), label=L), eat(stated(450), label=D)]),
    ("1. breakfast: bagel\n2. lunch: burrito 750 kcal\n3. dinner: stir fry 550 kcal",
     [eat(BAG, label=B), eat(stated(750), label=L), eat(stated(550), label=D)]),
    ("breakfast (porridge), lunch (chicken salad 350 kcal), dinner (chilli 1 cup)",
     [eat(POR, label=B), eat(stated(350), label=L), eat(p(CHILI, 1, "cup"), label=D)]),
    ("Breakfast ~ a croissant | Lunch ~ a quiche slice 400 kcal | Dinner ~ a kebab 800 kcal",
     [eat(CRO, label=B), eat(stated(400), label=L), eat(stated(800), label=D)]),
    ("🥣 porridge for breakfast 🥪 a sandwich for lunch 400 kcal 🍛 a curry for dinner 750 kcal",
     [eat(POR, label=B), eat(stated(400), label=L), eat(stated(750), label=D)]),
    ("breakfast: porridge | 10k 52:00 | lunch: wrap 450 kcal | 30 min yoga | dinner: pasta "
     "700 kcal",
     [eat(POR, label=B), run(10, 52), eat(stated(450), label=L), act("yoga", 30),
      eat(stated(700), label=D)]),
    ("BREAKFAST: BAGEL. LUNCH: SOUP 250 KCAL. DINNER: CURRY 700 KCAL",
     [eat(BAG, label=B), eat(stated(250), label=L), eat(stated(700), label=D)]),
    ("breakfast:porridge,lunch:wrap 450 kcal,dinner:pasta 700 kcal",
     [eat(POR, label=B), eat(stated(450), label=L), eat(stated(700), label=D)]),
    ("for breakfast a banana; for lunch a pasty 450 kcal; for tea a chicken pie 600 kcal",
     [eat(BAN, label=B), eat(stated(450), label=L), eat(stated(600), label=D)]),
]

CLOCKS: list[tuple[str, list[Event]]] = [
    ("7am porridge\n10am a banana\n1pm chicken wrap 480 kcal\n7pm salmon and rice 650 kcal",
     [eat(POR), eat(BAN), eat(stated(480)), eat(stated(650))]),
    ("07:30 - bagel & coffee\n12:45 - soup 250 kcal\n18:30 - 8k 41:00\n19:45 - pasta 700 kcal",
     [eat(BAG, CUP), eat(stated(250)), run(8, 41), eat(stated(700))]),
    ("breakfast 7.30: 2 eggs, lunch 12.30: tuna salad 350 kcal, dinner 7.15: chilli 1 cup",
     [eat(EGGS2, label=B), eat(stated(350), label=L), eat(p(CHILI, 1, "cup"), label=D)]),
    ("b'fast @ 8 porridge; lunch @ 13:00 sushi 450 kcal; dinner @ 19:30 pizza 900 kcal",
     [eat(POR, label=B), eat(stated(450), label=L), eat(stated(900), label=D)]),
    ("8am breakfast: weetabix x2, 1pm lunch: a wrap 450 kcal, 6pm ran 5k 25:30, 8pm dinner: "
     "curry 750 kcal",
     [eat(WB2, label=B), eat(stated(450), label=L), run(5, 25.5), eat(stated(750), label=D)]),
    ("lunch at 12:30 - a jacket potato 420 kcal, dinner at 7pm - fish and chips 900 kcal",
     [eat(stated(420), label=L), eat(stated(900), label=D)]),
    ("breakfast (7am): porridge and a coffee\nlunch (1pm): chicken salad 350 kcal\ndinner "
     "(8pm): lasagne 650 kcal",
     [eat(POR, CUP, label=B), eat(stated(350), label=L), eat(stated(650), label=D)]),
]

IN_PROSE: list[tuple[str, list[Event]]] = [
    ("started with porridge and a coffee at 7, had a chicken wrap for lunch (480 kcal) and a "
     "curry at 8 for dinner (750 kcal)",
     [eat(POR, CUP), eat(stated(480), label=L), eat(stated(750), label=D)]),
    ("breakfast was 2 eggs and toast (2 slices), lunch I grabbed a meal deal 550 kcal, and tea"
     " was a homemade pie 600 kcal",
     [eat(EGGS2, TOAST2, label=B), eat(stated(550), label=L), eat(stated(600), label=D)]),
    ("ran 10k 51:00 before work then breakfast at my desk: a bagel; lunch: sushi 400 kcal; "
     "tea: spag bol 650 kcal",
     [run(10, 51), eat(BAG, label=B), eat(stated(400), label=L), eat(stated(650), label=D)]),
    ("today: porridge for brekkie, a pasty for lunch 450 kcal, beans on toast for tea 400 kcal,"
     " and a 6k jog 35:00",
     [eat(POR, label=B), eat(stated(450), label=L), eat(stated(400), label=D), run(6, 35)]),
    ("breakfast a banana on the way to the gym, 60 min gym, lunch a chicken salad 350 kcal, "
     "dinner steak 700 kcal",
     [eat(BAN, label=B), gym(60), eat(stated(350), label=L), eat(stated(700), label=D)]),
    ("skipped breakfast, lunch was a burrito 800 kcal, dinner was chicken and rice 600 kcal",
     [eat(stated(800), label=L), eat(stated(600), label=D)]),
    ("no breakfast today, ran 5k 27:00 fasted, lunch a bagel, dinner a curry 750 kcal",
     [run(5, 27), eat(BAG, label=L), eat(stated(750), label=D)]),
    ("breakfast: porridge. lunch: missed it. dinner: pasta 800 kcal",
     [eat(POR, label=B), eat(stated(800), label=D)]),
]

MORE_LABELS: list[tuple[str, list[Event]]] = [
    ("breakie: porridge\nlunch: soup 250 kcal\ndins: pasta 700 kcal",
     [eat(POR, label=B), eat(stated(250), label=L), eat(stated(700), label=D)]),
    ("brekkers 2 eggs, lunchie a wrap 450 kcal, din din a curry 750 kcal",
     [eat(EGGS2, label=B), eat(stated(450), label=L), eat(stated(750), label=D)]),
    ("brunch: 2 eggs and a bagel; afternoon snack: an apple; dinner: chilli 1 cup",
     [eat(EGGS2, BAG, label=B), eat(APP, label=S), eat(p(CHILI, 1, "cup"), label=D)]),
    ("mid-morning snack: a banana\nlunch: wrap 450 kcal\nevening snack: 2 rice cakes\n"
     "dinner: salmon 450 kcal",
     [eat(BAN, label=S), eat(stated(450), label=L), eat(p(RICE_CAKE, 2, "cake"), label=S),
      eat(stated(450), label=D)]),
    ("breakfast: bagel\nmorning snack: an apple\nlunch: soup 250 kcal\nafternoon tea: a scone "
     "300 kcal\ndinner: lasagne 650 kcal",
     [eat(BAG, label=B), eat(APP, label=S), eat(stated(250), label=L), eat(stated(300), label=S),
      eat(stated(650), label=D)]),
    ("bedtime snack: 200g greek yoghurt; dinner earlier: pasta 700 kcal; lunch: sushi 400 kcal",
     [eat(g(GREEK, 200), label=S), eat(stated(700), label=D), eat(stated(400), label=L)]),
    ("b - porridge, l - wrap 450 kcal, d - curry 750 kcal",
     [eat(POR, label=B), eat(stated(450), label=L), eat(stated(750), label=D)]),
    ("B: 2 eggs. L: soup 250 kcal. D: pizza 900 kcal. S: an apple.",
     [eat(EGGS2, label=B), eat(stated(250), label=L), eat(stated(900), label=D),
      eat(APP, label=S)]),
    ("pre-run: a banana / post-run: 1 scoop of whey / lunch: wrap 450 kcal / dinner: pasta "
     "700 kcal / 10 mi 1:25:00",
     [eat(BAN), eat(SCOOP), eat(stated(450), label=L), eat(stated(700), label=D),
      run(mi(10), 85)]),
    ("breakfast: porridge; lunch: 2 slices of toast; tea: a brew and a biscuit 80 kcal; dinner:"
     " curry 750 kcal",
     [eat(POR, label=B), eat(TOAST2, label=L), eat(BREW, stated(80)),
      eat(stated(750), label=D)]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("plan for tomorrow: breakfast porridge, lunch a wrap, dinner pasta before the race", []),
    ("what should I eat for breakfast, lunch and dinner the day before a marathon?", []),
    ("trying to get better at breakfast, lunch and dinner timing around my runs", []),
    ("meal prep sunday: lunches for the week sorted, dinners next", []),
    ("tomorrow: brekkie 6am, long run 7am, lunch after, tea with the family", []),
    ("I never know what to have for lunch on run days, any ideas?", []),
    ("is it ok to skip breakfast before an easy 5k?", []),
    ("my breakfast, lunch and dinner are all over the place this week", []),
]

BLOCK = {
    "uk": UK,
    "us": US,
    "au/nz": AUNZ,
    "beginner": BEGINNER,
    "ultra": ULTRA,
    "triathlon": TRI,
    "separators": SEPARATORS,
    "clocks": CLOCKS,
    "in prose": IN_PROSE,
    "more labels": MORE_LABELS,
    "chat": CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-wholeday-2026-12-01.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
