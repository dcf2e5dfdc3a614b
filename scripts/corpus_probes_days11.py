"""The "days11" probes (2026-12-02, issue 15): how several events sit in one message, written by
the helper who fixes the classes BEFORE any fix, in new words (not block p's messages, not the
days9, days10 or wholeday probes'), each layout in a few voices.

Layouts (the message's STRUCTURE, not its foods: the foods are plain ones the table knows, or
dishes the message prices itself):
- labels in other Englishes: "dinner" at midday where "tea" is the evening meal (northern
  English, Scottish, Irish: "breakfast, dinner, tea"), "dinner at noon", "second breakfast",
  "elevenses", "morning tea", "arvo", "afternoon tea", "smoko", "supper", "brunch", "pud" and
  "afters" (a course, no meal of the four), "late snack", "before bed";
- bullets and emoji as separators ("•", "*", "▪️", "→", "-", "✔️", "👉", "+", one emoji per
  line or glued to a label), numbered lists ("1.", "(1)", "#1", "i.", "1 -", "meal one:");
- times as headings ("7am:", "12:30", "@7:15", "at 6 -", "6.45am", "noon:", "evening:",
  "1900:", "half 7:", "7ish", "0630 -", "after work:");
- connectives between events: "then", "afterwards", "later", "after that", "and also",
  "followed by", "oh and", "&  then", "before that", "after which", "plus", "thn", "aftr";
- a run, a meal and a weigh-in in every order on one line; notes in brackets and asides
  between the parts ("(felt rough)", "[post run]", "(skipped lunch)", "had a shower");
- watch copy pasted with a meal (or a weigh-in) after it;
- voice dictation with no punctuation ("ran 6k in 31 minutes then had porridge ...");
- typos and emoji in all of them (labels "brkfst", "lnch", "dnr", "supr", "Breakfeast");
- the same layouts as plans, goals and questions, which log nothing.

Labels as in the earlier blocks (corpus_labels.py, corpus_fresh.py, corpus_heldout*.py): a
banana, an apple medium, a kiwi USDA's fruit, porridge and chilli USDA's cup, a bagel one
bagel, eggs large, bare "toast" 2 slices, a coffee USDA's cup, a brew 250 ml tea with 30 ml
semi-skimmed, a glass 250 ml, a pint 568 ml, a pot of yoghurt 150 g, a scoop of whey 30 g, a
dish the message prices at that kcal. Each part of a day's list (line, bullet, number, clock,
or a part with its own kcal) is a meal of its own; "+", "and", "with", "&" join foods inside
one; ", then" between foods after a run parts them (days10), under a meal's label "and then"
stays in it. A label only where the message names the meal: "tea" and "supper" in a meal's
place dinner; "dinner" in a message whose evening meal is "tea", or with a midday clock
("dinner at noon", "dinner (1pm)"), lunch; "second breakfast", "elevenses", "morning tea",
"afternoon tea", "smoko", "arvo", "late snack", "before bed" a snack; "brunch" breakfast;
"tiffin" (the Indian English light midday meal) lunch;
clocks, "morning", "evening", "tonight", "pud", "afters", "meal one" none of the four.

First score, on main d98f229 before any change for these classes: 75.0 % (90/120) fully right,
92.0 % of items, meal labels 95/115, 15.8 % leftover, 4 invented on the 12 chat messages
(tests/data/README.md has the later rounds). A second list (the LATER_* lists below, 53
messages) was written after the third round of fixes and first scored on it: 89.4 % (42/47),
4 invented on its 6 chat messages (on main a072c9c 87.2 %); a third (THIRD below, 28) after
the fourth round, first scored on it: 66.7 % (16/24), 3 invented on 4. Label correction after
the first run (my own mistake, found reading its misses, no parser output taken as a
reference): "3 eggs scrambled" had been given raw eggs first, where the earlier blocks give
scrambled eggs USDA's scrambled row (01132) first; with it the first score is 75.0 % still
(the message missed for its weigh-in too).
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, PBJ, TOAST2, pint_of
from corpus_heldout import BACON_ROLL, FLAT_WHITE, SCRAMBLED, YOG
from corpus_heldout3 import LATTE
from corpus_heldout11 import BOILED_EGG
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    BEER,
    CHILI,
    CHOC_MILK,
    CIDER,
    COFFEE,
    CROISSANT,
    DATES,
    GREEK,
    JAM,
    KIWI,
    MILK,
    PORRIDGE,
    RICE,
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


def k(kcal: float, label: str | None = None) -> Meal:
    """A meal of one dish the message prices itself."""
    return eat(stated(kcal), label=label)


def t(minutes: float, seconds: float = 0.0) -> float:
    return minutes + seconds / 60


BAN = p(BANANA, 1, "medium")
BAN2 = p(BANANA, 2, "medium")
APP = p(APPLE, 1, "medium")
KIW = p(KIWI, 1, "fruit")
CUP = p(COFFEE, 1, "cup")
POR = p(PORRIDGE, 1, "cup")
BAG = p(BAGEL, 1, "bagel")
WB2 = p(WEETABIX, 2, "biscuits")
EGGS2 = p(E, 2, "large")
EGGS3 = p(E, 3, "large")
BOILED2 = p(BOILED_EGG, 2, "large")
CRO = p(CROISSANT, 1, "croissant, medium")
RC2 = p(RICE_CAKE, 2, "cake")
CHILLI = p(CHILI, 1, "cup")
RICE_CUP = p(RICE, 1, "cup")
POT = g(YOG, 150)
GREEK_POT = g(GREEK, 150)
SCOOP = g(WHEY, 30)
GLASS_MILK = ml(MILK, 250)
CHOC500 = ml(CHOC_MILK, 500)

OTHER_ENGLISHES: list[tuple[str, list[Event]]] = [
    ("brekkie: 2 weetabix\ndinner: steak pie 620 kcal\ntea: beans on toast 380 kcal",
     [eat(WB2, label=B), k(620, L), k(380, D)]),
    ("Breakfast - porridge\nDinner - meat and potato pie 540 kcal\nTea - fish finger butty 420 "
     "kcal", [eat(POR, label=B), k(540, L), k(420, D)]),
    ("dinner at noon: chicken and rice 600 kcal, supper: a bowl of chilli",
     [k(600, L), eat(CHILLI, label=D)]),
    ("had my dinner at 12.30 (cottage pie 500 kcal) and my tea at 6 (cheese on toast 350 kcal)",
     [k(500, L), k(350, D)]),
    ("brekky: vegemite toast 250 kcal / morning tea: a banana / lunch: meat pie 450 kcal / "
     "arvo: 2 rice cakes / tea: snags and mash 700 kcal",
     [k(250, B), eat(BAN, label=S), k(450, L), eat(RC2, label=S), k(700, D)]),
    ("second breakfast: a bagel\nelevenses: a brew\nlunch: jacket potato 420 kcal",
     [eat(BAG, label=S), eat(BREW, label=S), k(420, L)]),
    ("breakfast: 2 weetabix | second breakfast: 2 slices of toast | lunch: chicken soup 280 kcal",
     [eat(WB2, label=B), eat(TOAST2, label=S), k(280, L)]),
    ("lunch: ham salad 300 kcal; afternoon tea: victoria sponge 380 kcal; dinner: salmon 450 "
     "kcal", [k(300, L), k(380, S), k(450, D)]),
    ("tea: shepherd's pie 600 kcal\npud: apple crumble 350 kcal", [k(600, D), k(350)]),
    ("dinner: chicken curry 700 kcal. afters: a kitkat 105 kcal", [k(700, D), k(105)]),
    ("lunch: tuna melt 520 kcal, dinner: pasta 700 kcal, late snack: a pot of yoghurt",
     [k(520, L), k(700, D), eat(POT, label=S)]),
    ("brunch: eggs benedict 650 kcal\ndinner: stir fry 550 kcal\nran 12k 1:02:30 in between",
     [k(650, B), k(550, D), run(12, t(62, 30))]),
    ("breakfast: a bowl of porridge\ndinner (1pm): bacon and cabbage 700 kcal\ntea: 2 slices of "
     "toast", [eat(POR, label=B), k(700, L), eat(TOAST2, label=D)]),
    ("brekkie a roll and sausage 400 kcal, dinner a scotch pie 450 kcal, tea mince and tatties "
     "600 kcal", [k(400, B), k(450, L), k(600, D)]),
    ("brekkie: 2 weet-bix, smoko: a pie 450 kcal, lunch: a sammie 400 kcal, tea: a roast 800 "
     "kcal", [eat(WB2, label=B), k(450, S), k(400, L), k(800, D)]),
    ("after work: 10k 53:00\nbefore bed: a pot of greek yoghurt",
     [run(10, 53), eat(GREEK_POT, label=S)]),
]

BULLETS: list[tuple[str, list[Event]]] = [
    ("• 68.9 kg\n• 10k 49:55\n• porridge + banana\n• chicken wrap 480 kcal",
     [weight(68.9), run(10, t(49, 55)), eat(POR, BAN), k(480)]),
    ("* brekkie: 2 eggs & toast\n* lunch: leftover pizza 600 kcal\n* run: 6 mi 51:30",
     [eat(EGGS2, TOAST2, label=B), k(600, L), run(mi(6), 51.5)]),
    ("▪️ bagel w/ cream cheese 350 kcal\n▪️ 5 mi easy 44:10\n▪️ burrito bowl 780 kcal",
     [k(350), run(mi(5), t(44, 10)), k(780)]),
    ("🥣 porridge\n🍌 banana\n🏃 8k 43:20\n🍝 pasta bake 650 kcal",
     [eat(POR), eat(BAN), run(8, t(43, 20)), k(650)]),
    ("⚖️ 72.4\n🏃‍♂️ 15k 1:19:40\n🍳 3 eggs scrambled\n🥗 caesar salad 450 kcal",
     [weight(72.4), run(15, t(79, 40)), eat(p(SCRAMBLED, 3, "large")), k(450)]),
    ("→ parkrun 23:41\n→ bacon roll after\n→ 2 pints at lunch",
     [run(5, t(23, 41)), eat(BACON_ROLL), eat(pint_of(BEER, 2))]),
    ("- weighed 80.1\n- no run today (rest)\n- porridge, banana\n- chilli and rice",
     [weight(80.1), eat(POR, BAN), eat(CHILLI, RICE_CUP)]),
    ("✔️ 10 mile long run 1:24:10 ✔️ 2 bananas ✔️ roast chicken dinner 850 kcal",
     [run(mi(10), t(84, 10)), eat(BAN2), k(850)]),
    ("👉 breakfast: bagel\n👉 lunch: soup and a roll 380 kcal\n👉 dinner: fajitas 720 kcal\n"
     "👉 steps 12k", [eat(BAG, label=B), k(380, L), k(720, D)]),
    ("+ 2 slices of toast\n+ 7k recovery 41:00\n+ a glass of milk",
     [eat(TOAST2), run(7, 41), eat(GLASS_MILK)]),
]

NUMBERED: list[tuple[str, list[Event]]] = [
    ("1. 69.6kg\n2. 12k tempo 58:40\n3. porridge\n4. chicken stir fry 560 kcal",
     [weight(69.6), run(12, t(58, 40)), eat(POR), k(560)]),
    ("(1) bagel (2) soup 250 kcal (3) curry 700 kcal", [eat(BAG), k(250), k(700)]),
    ("#1 porridge #2 chicken wrap 450 kcal #3 pasta 650 kcal", [eat(POR), k(450), k(650)]),
    ("i. 5k 26:30\nii. a banana\niii. lasagne 600 kcal", [run(5, 26.5), eat(BAN), k(600)]),
    ("meals today:\n1 - porridge\n2 - jacket potato w beans 450 kcal\n3 - salmon and rice 600 "
     "kcal", [eat(POR), k(450), k(600)]),
    ("meal one: 3 eggs\nmeal two: chicken and rice 600 kcal\nmeal three: steak 700 kcal\n"
     "shake: 1 scoop whey", [eat(EGGS3), k(600), k(700), eat(SCOOP)]),
]

CLOCKS: list[tuple[str, list[Event]]] = [
    ("7am: 6 mi 52:00\n9am: 2 eggs and a bagel\n1pm: poke bowl 620 kcal\n7pm: burger 750 kcal",
     [run(mi(6), 52), eat(EGGS2, BAG), k(620), k(750)]),
    ("12:30 chicken caesar wrap 520 kcal\n17:45 8k 40:50\n19:30 spag bol 700 kcal",
     [k(520), run(8, t(40, 50)), k(700)]),
    ("@7:15 porridge @12:40 soup 250 kcal @18:00 10k 55:10 @20:00 curry 800 kcal",
     [eat(POR), k(250), run(10, t(55, 10)), k(800)]),
    ("at 6 - 5k 28:10, at 8 - 2 slices of toast and a coffee, at 1 - a ham sandwich 380 kcal",
     [run(5, t(28, 10)), eat(TOAST2, CUP), k(380)]),
    ("6.45am 8k 44:30\n8.15am porridge w banana\n12.30pm tuna salad 350 kcal",
     [run(8, 44.5), eat(POR, BAN), k(350)]),
    ("noon: chicken noodle soup 220 kcal\nevening: steak and chips 900 kcal", [k(220), k(900)]),
    ("morning: 70.8kg and a 6k jog 35:20\nlunchtime: a bagel\nevening: chilli 1 cup",
     [weight(70.8), run(6, t(35, 20)), eat(BAG, label=L), eat(CHILLI)]),
    ("tonight: pizza 900 kcal. this morning: 14k 1:15:00. lunch: a banana and a yoghurt",
     [k(900), run(14, 75), eat(BAN, POT, label=L)]),
    ("1900: 8k club run 42:10\n2030: fish and chips 950 kcal", [run(8, t(42, 10)), k(950)]),
    ("half 7: porridge\nhalf 12: cheese sandwich 400 kcal\n6ish: 5k 26:00",
     [eat(POR), k(400), run(5, 26)]),
    ("7ish brekkie: 2 weetabix, ~1pm lunch: leftover curry 600 kcal, 6pm-ish run 8k 45:00",
     [eat(WB2, label=B), k(600, L), run(8, 45)]),
    ("05:30 alarm\n06:00 16k 1:26:30\n08:00 bagel + coffee\n10:30 banana",
     [run(16, t(86, 30)), eat(BAG, CUP), eat(BAN)]),
    ("12pm lunch - chicken wrap 450 kcal 3pm snack - an apple 7pm dinner - pasta 700 kcal",
     [k(450, L), eat(APP, label=S), k(700, D)]),
    ("0630 - 7k 38:00 / 0800 - porridge / 1300 - soup 250 kcal",
     [run(7, 38), eat(POR), k(250)]),
]

CONNECTIVES: list[tuple[str, list[Event]]] = [
    ("ran 8k 44:00 and afterwards had 2 eggs on toast", [run(8, 44), eat(EGGS2, TOAST2)]),
    ("porridge first thing, later a 10k 51:30, after that a chicken wrap 450 kcal",
     [eat(POR), run(10, 51.5), k(450)]),
    ("5 mile run 45:10 and also had a bagel and a coffee after",
     [run(mi(5), t(45, 10)), eat(BAG, CUP)]),
    ("weighed 71.2, then 12k 1:04:00, followed by a banana and a chocolate milk 500ml",
     [weight(71.2), run(12, 64), eat(BAN, CHOC500)]),
    ("had a bagel for breakfast. later on did 6k 33:40. oh and a pint of cider after",
     [eat(BAG, label=B), run(6, t(33, 40)), eat(pint_of(CIDER))]),
    ("tempo 10k 46:30 + a recovery shake 1 scoop + a banana", [run(10, 46.5), eat(SCOOP, BAN)]),
    ("lunch was soup 250 kcal & then a 7k run 37:10 & then pasta 650 kcal",
     [k(250, L), run(7, t(37, 10)), k(650)]),
    ("before that I had porridge, then I ran 9k 48:30, and later a burrito 800 kcal",
     [eat(POR), run(9, 48.5), k(800)]),
    ("plus an apple and a pot of yoghurt after the 5k (25:40)", [eat(APP, POT), run(5, t(25, 40))]),
    ("long run 28k 2:35:00 then pizza 1100 kcal and then ice cream 300 kcal later",
     [run(28, 155), k(1100), k(300)]),
    ("10k 52:00 after which a flat white and a croissant", [run(10, 52), eat(FLAT_WHITE, CRO)]),
    ("ran home from work 9k 50:20, got in and had chilli (1 cup) then a kiwi",
     [run(9, t(50, 20)), eat(CHILLI), eat(KIW)]),
    ("started the day with porridge, ran 12k 1:02:00 at lunch and finished with a curry 750 kcal",
     [eat(POR), run(12, 62), k(750)]),
    ("hit 5 mi in 41:30 this am, refuelled w/ a bagel, then tea was pie and mash 700 kcal",
     [run(mi(5), 41.5), eat(BAG), k(700, D)]),
    ("8k 42:00 thn 2 eggs on toast thn a coffee", [run(8, 42), eat(EGGS2, TOAST2), eat(CUP)]),
    ("aftr the 10k (52:30) had a bagel n a coffee", [run(10, 52.5), eat(BAG, CUP)]),
    ("dinner: fish and chips 900 kcal. also a 5k 24:50 this morning and 2 pints later",
     [k(900, D), run(5, t(24, 50)), eat(pint_of(BEER, 2))]),
]

ORDERS: list[tuple[str, list[Event]]] = [
    ("porridge, 15k 1:20:00, 73.1kg", [eat(POR), run(15, 80), weight(73.1)]),
    ("70.2kg. banana. 5k 24:59.", [weight(70.2), eat(BAN), run(5, t(24, 59))]),
    ("a bagel then weighed in at 64.3 then 6k 31:00", [eat(BAG), weight(64.3), run(6, 31)]),
    ("8 mi 1:08:00, 158.4 lb, chicken and rice 600 cal",
     [run(mi(8), 68), pounds(158.4), k(600)]),
    ("11st 4lb this morning, beans on toast 400 kcal, parkrun 27:30",
     [stone(11, 4), k(400), run(5, 27.5)]),
    ("chilli 1 cup + rice 1 cup / weight 82.0 / 4 mi walk 1:10:00",
     [eat(CHILLI, RICE_CUP), weight(82.0), act("walk|hike", 70, mi(4))]),
    ("run 6k 33:30 / wt 81.2 / lunch wrap 450 kcal", [run(6, 33.5), weight(81.2), k(450, L)]),
    ("weighed in 66.5 after breakfast (2 slices of toast)", [weight(66.5), eat(TOAST2, label=B)]),
]

BRACKETS: list[tuple[str, list[Event]]] = [
    ("porridge (no sugar) and a coffee (black)\n10k 50:10 (felt rough)\nlunch: chicken salad "
     "380 kcal (work canteen)", [eat(POR, CUP), run(10, t(50, 10)), k(380, L)]),
    ("[post run] 2 bananas + 500ml chocolate milk\n[run] 18k 1:38:20",
     [eat(BAN2, CHOC500), run(18, t(98, 20))]),
    ("breakfast (approx 8am) 2 eggs and toast, lunch (skipped, meetings), dinner (late!) "
     "lasagne 650 kcal", [eat(EGGS2, TOAST2, label=B), k(650, D)]),
    ("6k 33:00 (treadmill, gym was freezing) then a pot of greek yoghurt (150g)",
     [run(6, 33), eat(GREEK_POT)]),
    ("weight 69.9 (post-loo lol)\nrun 8k 41:00 (easy)\nfood: bagel (plain) and soup 250 kcal "
     "(tomato)", [weight(69.9), run(8, 41), eat(BAG, stated(250))]),
    ("5k 27:03 (PB!!)\nlunch - jacket potato with beans (420 kcal, home made)",
     [run(5, t(27, 3)), k(420, L)]),
    ("breakfast: 2 weetabix\n(skipped lunch, too busy)\ndinner: chilli 1 cup + a naan 260 kcal",
     [eat(WB2, label=B), eat(CHILLI, stated(260), label=D)]),
    ("10k 51:11\nhad a shower\nthen porridge and a coffee\nwork\nchicken wrap 470 kcal at my desk",
     [run(10, t(51, 11)), eat(POR, CUP), k(470)]),
    ("legs heavy today\n\n13k easy 1:12:00\n\nbreakfast - 2 slices of toast + a brew\n\nlunch - "
     "soup 250 kcal\n\nfeeling better", [run(13, 72), eat(TOAST2, BREW, label=B), k(250, L)]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Garmin\nMorning Run\n10.01 km\n51:47\n5:10 /km\n\nthen porridge with a banana",
     [run(10.01, t(51, 47)), eat(POR, BAN)]),
    ("Strava · Evening Run\nDistance 8.04 km\nMoving Time 42:18\n+ a pint of lager after 🍺",
     [run(8.04, t(42, 18)), eat(pint_of(BEER))]),
    ("COROS\nLong Run\n21.10 km · 1:55:02\n\nrecovery: 2 slices of toast and a latte",
     [run(21.1, t(115, 2)), eat(TOAST2, LATTE)]),
    ("Apple Watch\nOutdoor Run\n6.52 km\n34:40\n\nlunch after: chicken wrap 470 kcal",
     [run(6.52, t(34, 40)), k(470, L)]),
    ("Polar\nRunning\n12.0 km\n1:02:15\nweight this morning 66.8 and a bagel after",
     [run(12, t(62, 15)), weight(66.8), eat(BAG)]),
    ("Suunto · Trail Run\n19.4 km\n2:14:50\n↑ 720 m\n\nate: a cheese toastie 480 kcal + a banana",
     [run(19.4, t(134, 50)), eat(stated(480), BAN)]),
    ("Nike Run Club\n5.00 KM\n27'14\"\n\nbreakfast: 2 weetabix and a coffee",
     [run(5, t(27, 14)), eat(WB2, CUP, label=B)]),
]

DICTATION: list[tuple[str, list[Event]]] = [
    ("ran 6k in 31 minutes then had porridge with a banana then weighed 70.6",
     [run(6, 31), eat(POR, BAN), weight(70.6)]),
    ("so this morning I did 10k in 52 minutes and then I had two eggs on toast and a coffee and "
     "I weighed in at seventy one point three",
     [run(10, 52), eat(EGGS2, TOAST2, CUP), weight(71.3)]),
    ("breakfast porridge lunch a tuna sandwich four hundred calories dinner chicken curry seven "
     "hundred calories", [eat(POR, label=B), k(400, L), k(700, D)]),
    ("weighed 68.2 kilos went for a 7k run 38 minutes had a banana after",
     [weight(68.2), run(7, 38), eat(BAN)]),
    ("okay so breakfast was a bagel then I ran eight miles in one hour ten then lunch was a "
     "burrito 800 calories", [eat(BAG, label=B), run(mi(8), 70), k(800, L)]),
    ("had two weetabix and then a 12k run 1 hour 4 minutes and then a pint of chocolate milk",
     [eat(WB2), run(12, 64), eat(pint_of(CHOC_MILK))]),
    ("lunch chicken salad 350 calories then 5k 26 minutes then dinner lasagne 650 calories and "
     "then a yoghurt", [k(350, L), run(5, 26), eat(stated(650), POT, label=D)]),
    ("um so I weighed 74.5 this morning and uh did a 6 mile run in 55 minutes and had a bowl of "
     "porridge", [weight(74.5), run(mi(6), 55), eat(POR)]),
    ("breakfast was porridge and lunch was a ham sandwich 380 calories and dinner was spaghetti "
     "650 calories and I ran 7k in 36 minutes",
     [eat(POR, label=B), k(380, L), k(650, D), run(7, 36)]),
]

TYPOS_EMOJI: list[tuple[str, list[Event]]] = [
    ("brekfast: porrige + banan\nlucnh: chiken wrap 450kcal\ndiner: pasta 700kcal",
     [eat(POR, BAN, label=B), k(450, L), k(700, D)]),
    ("brkfst 2 eggs & toast 🍳 | lnch soup 250 kcal 🍲 | dnr curry 750 kcal 🍛",
     [eat(EGGS2, TOAST2, label=B), k(250, L), k(750, D)]),
    ("bfast🥣 porridge\nrun🏃‍♀️ 10k 54:12\ndinner🍕 pizza 850kcal",
     [eat(POR, label=B), run(10, t(54, 12)), k(850, D)]),
    ("weighd 69.4 ⚖️ then 8k 43:01 🏃 then bagle ☕ + cofee",
     [weight(69.4), run(8, t(43, 1)), eat(BAG, CUP)]),
    ("Breakfeast - 2 weetabix. Lunh - tuna melt 520 kcal. Dinnner - fish pie 560 kcal.",
     [eat(WB2, label=B), k(520, L), k(560, D)]),
    ("lunch: leftover chilli (1 cup) 🌶️\nsupr: cheese on toast 350kcal 🧀",
     [eat(CHILLI, label=L), k(350, D)]),
    ("🌅 porridge 🌞 jacket potato 400 kcal 🌙 chicken curry 700 kcal",
     [eat(POR), k(400), k(700)]),
    ("ran 10k 49:40 🎉🎉 then brekkie 🥓🍳 full english 900 kcal", [run(10, t(49, 40)), k(900, B)]),
    ("☕️+🥐 then 5k 25:30 then 🍌", [eat(CUP, CRO), run(5, 25.5), eat(BAN)]),
]

DAY_LOGS: list[tuple[str, list[Event]]] = [
    ("Mon 14th\nAM run 8k 42:15\nB: 2 boiled eggs, toast\nL: chicken soup 220 kcal\nD: chilli 1 "
     "cup, rice 1 cup\nWt 71.0",
     [run(8, t(42, 15)), eat(BOILED2, TOAST2, label=B), k(220, L),
      eat(CHILLI, RICE_CUP, label=D), weight(71.0)]),
    ("TODAY\nrun - 12k, 1:03:30\nfood - porridge / wrap 450 kcal / stir fry 600 kcal\nweight - "
     "75.3", [run(12, 63.5), eat(POR), k(450), k(600), weight(75.3)]),
    ("Run: 5k 25:10. Food: bagel for breakfast, burrito bowl 750 kcal for lunch, nothing much for"
     " dinner just an apple",
     [run(5, t(25, 10)), eat(BAG, label=B), k(750, L), eat(APP, label=D)]),
    ("day 14 of marathon block\n\nweigh in: 67.9\nsession: 6 x 1k in 4:10 (12k total, 58:00)\n"
     "fuel: banana before, 2 slices of toast after\ndinner: pasta 750 kcal",
     [weight(67.9), run(12, 58), eat(BAN), eat(TOAST2), k(750, D)]),
    ("Wednesday's log — 10k 50:50; 2 eggs, bagel; tuna pasta 500 kcal; 73.4kg",
     [run(10, t(50, 50)), eat(EGGS2, BAG), k(500), weight(73.4)]),
    ("rest day so just food: porridge, soup 250 kcal, lasagne 650 kcal",
     [eat(POR), k(250), k(650)]),
    ("had a banana at 7, a chicken sandwich 420 kcal at 1 and a steak 700 kcal at 8",
     [eat(BAN), k(420), k(700)]),
    ("2 eggs on toast this morning and a burrito 800 kcal tonight",
     [eat(EGGS2, TOAST2), k(800)]),
    ("porridge before the run, a flat white after, lasagne 650 kcal for tea",
     [eat(POR), eat(FLAT_WHITE), k(650, D)]),
    ("porridge for brekkie, 10k at lunch 49:30, a pasty for tea 450 kcal",
     [eat(POR, label=B), run(10, 49.5), k(450, D)]),
    ("2 eggs & a bagel = breakfast, tuna salad 350 kcal = lunch, 6 mi 54:00 = run",
     [eat(EGGS2, BAG, label=B), k(350, L), run(mi(6), 54)]),
    ("porridge (breakfast)\nchicken caesar 520 kcal (lunch)\n8k 44:44 (evening)\nsalmon 450 kcal "
     "(dinner)", [eat(POR, label=B), k(520, L), run(8, t(44, 44)), k(450, D)]),
    ("B - oatmeal, L - PB&J, D - chicken parm 800 cal",
     [eat(POR, label=B), eat(PBJ, label=L), k(800, D)]),
    ("Training: 10k 50:00 + 20 min core. Food: porridge, chicken wrap 480 kcal, curry 700 kcal. "
     "Weight: 70.0", [run(10, 50), gym(20), eat(POR), k(480), k(700), weight(70.0)]),
    ("b: porridge\nl: soup 250 kcal\nd: curry 700 kcal\nw: 70.9",
     [eat(POR, label=B), k(250, L), k(700, D), weight(70.9)]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("plan:\n- 10k tempo\n- porridge before\n- pasta after", []),
    ("tomorrow 7am: long run, 9am: brekkie, then nap lol", []),
    ("what do you reckon for tea tonight, pie or curry?", []),
    ("breakfast, lunch and tea all sorted for the week 🙌", []),
    ("1. eat more protein 2. run 4x a week 3. sleep more", []),
    ("my goals: 70kg by march, sub 50 10k by may", []),
    ("• rest day\n• no food logged yet\n• feeling tired", []),
    ("did you get my breakfast earlier?", []),
    ("should I have dinner before or after my 8k tonight", []),
    ("race plan: 5:30 pace, gel at 10k, gel at 15k", []),
    ("lol my watch says I burned 900 calories, doubt it", []),
    ("then what? porridge again? 😂", []),
]

# A second list, written after the first list's fixes (rounds 1-3) and scored on them before
# any fix of its own: the same layouts in new words, to see the fixes hold beyond their list.
DATES2 = p(DATES, 2, "date, pitted")

LATER_LABELS: list[tuple[str, list[Event]]] = [
    ("brekkie: 2 crumpets 180 kcal\ndinner (12ish): pie and peas 600 kcal\ntea: fish fingers 350 "
     "kcal", [k(180, B), k(600, L), k(350, D)]),
    ("morning tea: 2 dates\nlunch: a sanga 380 kcal\nafternoon tea: a kiwi\ntea: lamb chops 650 "
     "kcal", [eat(DATES2, label=S), k(380, L), eat(KIW, label=S), k(650, D)]),
    ("lunch at 1: tuna wrap 430 kcal, supper at 9: a bowl of porridge",
     [k(430, L), eat(POR, label=D)]),
    ("elevenses - a banana & a coffee\nlunch - soup 240 kcal",
     [eat(BAN, CUP, label=S), k(240, L)]),
    ("breakfast: 2 idli 120 kcal, tiffin: dal and rice 520 kcal, dinner: chapati and sabzi 480 "
     "kcal", [k(120, B), k(520, L), k(480, D)]),
]

LATER_LISTS: list[tuple[str, list[Event]]] = [
    ("◾ 9k 47:12\n◾ porridge\n◾ 71.4kg", [run(9, t(47, 12)), eat(POR), weight(71.4)]),
    ("> bagel\n> 6 mi 52:30\n> burrito 800 cal", [eat(BAG), run(mi(6), 52.5), k(800)]),
    ("~ 2 weetabix\n~ 10k 53:10\n~ jacket potato 450 kcal",
     [eat(WB2), run(10, t(53, 10)), k(450)]),
    ("🔸porridge 🔸8k 44:00 🔸pasta 650 kcal", [eat(POR), run(8, 44), k(650)]),
    ("✓ parkrun 25:33\n✓ bacon roll\n✓ 70.9kg",
     [run(5, t(25, 33)), eat(BACON_ROLL), weight(70.9)]),
    ("1/ porridge 2/ chicken wrap 450 kcal 3/ 5k 26:40",
     [eat(POR), k(450), run(5, t(26, 40))]),
    ("1 - 2 eggs on toast\n2 - 12k 1:02:00\n3 - curry 700 kcal",
     [eat(EGGS2, TOAST2), run(12, 62), k(700)]),
    ("first: a banana, second: a 5k 27:10, third: pizza 800 kcal",
     [eat(BAN), run(5, t(27, 10)), k(800)]),
]

LATER_CLOCKS: list[tuple[str, list[Event]]] = [
    ("6.30 - 10k 51:05\n8.00 - 2 weetabix\n13.00 - soup 250 kcal",
     [run(10, t(51, 5)), eat(WB2), k(250)]),
    ("7:00am porridge | 12:00pm wrap 450 kcal | 6:00pm 8k 43:30 | 7:30pm stir fry 600 kcal",
     [eat(POR), k(450), run(8, 43.5), k(600)]),
    ("brekkie @ 7 - 2 eggs | lunch @ 1 - soup 250 kcal | run @ 6 - 5k 26:30",
     [eat(EGGS2, label=B), k(250, L), run(5, 26.5)]),
    ("midday: a bagel\nevening: 10k 52:10 then pasta 700 kcal",
     [eat(BAG), run(10, t(52, 10)), k(700)]),
    ("at lunchtime a chicken wrap 450 kcal and at 7 a curry 750 kcal", [k(450, L), k(750)]),
    ("9am 2 slices of toast\n11am 12k 1:04:00\n1pm a pint of chocolate milk",
     [eat(TOAST2), run(12, 64), eat(pint_of(CHOC_MILK))]),
]

LATER_CONNECTIVES: list[tuple[str, list[Event]]] = [
    ("ran 10k in 55 min, then after that had 2 eggs on toast, then later a burrito 800 kcal",
     [run(10, 55), eat(EGGS2, TOAST2), k(800)]),
    ("did parkrun (24:50) and afterwards a bacon roll and a latte",
     [run(5, t(24, 50)), eat(BACON_ROLL, LATTE)]),
    ("porridge, and then went for a 6 mile run 55:00, and then pizza 900 kcal",
     [eat(POR), run(mi(6), 55), k(900)]),
    ("8k 45:00 & later on a pot of yoghurt", [run(8, 45), eat(POT)]),
    ("12k 1:05:00. after: 2 bananas. much later: a curry 750 kcal",
     [run(12, 65), eat(BAN2), k(750)]),
    ("weighed 72.8 & then 5k 26:00 & then a bagel", [weight(72.8), run(5, 26), eat(BAG)]),
    ("swam 40 min then ran 5k 27:00 then ate a banana",
     [act("swim", 40), run(5, 27), eat(BAN)]),
]

LATER_ORDERS: list[tuple[str, list[Event]]] = [
    ("bagel. 71.0kg. 8 mi 1:10:00.", [eat(BAG), weight(71.0), run(mi(8), 70)]),
    ("10k 50:50 / a banana / 68.8kg / chilli 1 cup",
     [run(10, t(50, 50)), eat(BAN), weight(68.8), eat(CHILLI)]),
    ("ate porridge, weighed 70.3, ran 7k 37:30", [eat(POR), weight(70.3), run(7, 37.5)]),
    ("pasta 700 kcal tonight, 14k 1:15:00 this morning, 75.6kg on the scales",
     [k(700), run(14, 75), weight(75.6)]),
    ("breakfast: porridge (with water)\nlunch: soup (tomato) 220 kcal\ndinner: stir fry (tofu) "
     "500 kcal", [eat(POR, label=B), k(220, L), k(500, D)]),
    ("10k 52:40 (hilly!) then 2 slices of toast (white)", [run(10, t(52, 40)), eat(TOAST2)]),
    ("run: 6k 33:10 (easy) // food: bagel // 70.5 kg",
     [run(6, t(33, 10)), eat(BAG), weight(70.5)]),
]

LATER_WATCH_VOICE: list[tuple[str, list[Event]]] = [
    ("Garmin\nEvening Run\n7.52 km\n39:48\n\nthen tea: spag bol 650 kcal",
     [run(7.52, t(39, 48)), k(650, D)]),
    ("Strava · Morning Run\nDistance 12.3 km\nMoving Time 1:04:12\n\nbrekkie after: 2 eggs on "
     "toast", [run(12.3, t(64, 12)), eat(EGGS2, TOAST2, label=B)]),
    ("COROS\nRun\n5.01 km · 26:44\n+ a banana + 68.9 kg",
     [run(5.01, t(26, 44)), eat(BAN), weight(68.9)]),
    ("this morning I weighed seventy point four then I ran twelve k in one hour three minutes and "
     "then I had porridge", [weight(70.4), run(12, 63), eat(POR)]),
    ("breakfast was two weetabix lunch was soup two hundred and fifty calories and then I did a "
     "five k run in twenty six minutes", [eat(WB2, label=B), k(250, L), run(5, 26)]),
    ("ok log this I had a bagel and a coffee then I ran ten miles in one hour twenty five then I "
     "had a pint of chocolate milk",
     [eat(BAG, CUP), run(mi(10), 85), eat(pint_of(CHOC_MILK))]),
    ("had a banana went for a 5k run 27 minutes weighed 69.1 after",
     [eat(BAN), run(5, 27), weight(69.1)]),
]

LATER_TYPOS_DAYS: list[tuple[str, list[Event]]] = [
    ("brekky: porridge 🥣\nlunchh: wrap 450kcal 🌯\ndinnr: curry 700kcal 🍛",
     [eat(POR, label=B), k(450, L), k(700, D)]),
    ("8k 42:30 🏃‍♀️ 2 eggs on toast 🍳 70.2kg ⚖️",
     [run(8, 42.5), eat(EGGS2, TOAST2), weight(70.2)]),
    ("weigh in 82.1 📉\nrun 10k 58:20 🐢\npizza 🍕 900 kcal",
     [weight(82.1), run(10, t(58, 20)), k(900)]),
    ("bfast - bagle\nlnch - soop 250 kcal\ndinr - pasta bake 650 kcal",
     [eat(BAG, label=B), k(250, L), k(650, D)]),
    ("Fri recap\nrun: 16k 1:28:00\nweight: 69.9\nbreakfast: 2 weetabix\nlunch: jacket potato 450 "
     "kcal\ndinner: curry 750 kcal\nsnack: an apple",
     [run(16, 88), weight(69.9), eat(WB2, label=B), k(450, L), k(750, D), eat(APP, label=S)]),
    ("today so far - 6k 33:00, porridge, 70.1kg. later: pasta 700 kcal",
     [run(6, 33), eat(POR), weight(70.1), k(700)]),
    ("Saturday: parkrun 23:58 | bacon roll | 2 pints | kebab 900 kcal",
     [run(5, t(23, 58)), eat(BACON_ROLL), eat(pint_of(BEER, 2)), k(900)]),
]

LATER_CHAT: list[tuple[str, list[Event]]] = [
    ("b/l/d tomorrow: porridge / soup / pasta", []),
    ("what should my day look like: breakfast, run, lunch?", []),
    ("• 10k tempo tomorrow\n• long run sunday", []),
    ("my week: 3 runs, 2 gym sessions, lots of pasta", []),
    ("💪🏃🍝 what a day", []),
    ("planning: 7am 5k, 8am porridge", []),
]

# A third list, written after the fourth round and scored on it before any fix of its own:
# layouts the first two lists did not try (keycap numbers, a day's total at the end, labels in
# capitals without colons, "b4"/"aft" shorthands, "x2" counts, an "Update:" heading, a day
# told as a story).
THIRD: list[tuple[str, list[Event]]] = [
    ("1️⃣ porridge 2️⃣ 10k 50:00 3️⃣ pasta 600 kcal", [eat(POR), run(10, 50), k(600)]),
    ("BREAKFAST porridge LUNCH soup 250 kcal DINNER curry 700 kcal",
     [eat(POR, label=B), k(250, L), k(700, D)]),
    ("b4 run: a banana\n8k 43:10\naft run: a bagel", [eat(BAN), run(8, t(43, 10)), eat(BAG)]),
    ("weetabix x2, coffee, 12k 1:03:20, jacket potato 420 kcal",
     [eat(WB2, CUP), run(12, t(63, 20)), k(420)]),
    ("Update: 69.7kg, 6 mi 53:40, oatmeal for breakfast, chili for dinner (1 cup)",
     [weight(69.7), run(mi(6), t(53, 40)), eat(POR, label=B), eat(CHILLI, label=D)]),
    ("got up, had 2 weetabix, did 8k in 44 mins, then lunch was a tuna wrap 430 kcal and tea was "
     "spag bol 650 kcal", [eat(WB2), run(8, 44), k(430, L), k(650, D)]),
    ("breakfast: porridge\nlunch: wrap 450 kcal\ndinner: curry 750 kcal\ntotal: about 1400 kcal",
     [eat(POR, label=B), k(450, L), k(750, D)]),
    ("AM 8k 42:00 | PM 30 min yoga | food: porridge, soup 250 kcal, pizza 800 kcal",
     [run(8, 42), act("yoga", 30), eat(POR), k(250), k(800)]),
    ("7:15 - 2 slices of toast w/ jam\n12:00 - chicken salad 380 kcal\n17:30 - parkrun 24:30\n"
     "19:00 - pizza 850 kcal",
     [eat(TOAST2, p(JAM, 1, "tbsp")), k(380), run(5, 24.5), k(850)]),
    ("woke 72.0kg. ran 10k 51:40. ate: bagel, wrap 450 kcal, stir fry 600 kcal",
     [weight(72.0), run(10, t(51, 40)), eat(BAG), k(450), k(600)]),
    ("brunch (late, 11ish): 2 eggs and toast\ndinner: lasagne 650 kcal",
     [eat(EGGS2, TOAST2, label=B), k(650, D)]),
    ("porridge -> 10 mile long run 1:28:00 -> 2 bananas -> roast dinner 900 kcal",
     [eat(POR), run(mi(10), 88), eat(BAN2), k(900)]),
    ("morning 5k 26:10, afternoon a banana, evening chilli 1 cup",
     [run(5, t(26, 10)), eat(BAN), eat(CHILLI)]),
    ("breakfast - porridge\nsnack - an apple\nlunch - soup 250 kcal\nsnack - 2 rice cakes\n"
     "dinner - curry 700 kcal",
     [eat(POR, label=B), eat(APP, label=S), k(250, L), eat(RC2, label=S), k(700, D)]),
    ("so today I had porridge for breakfast and a chicken wrap for lunch 450 kcal and I ran 10k in "
     "49 minutes and had pizza for dinner 850 kcal",
     [eat(POR, label=B), k(450, L), run(10, 49), k(850, D)]),
    ("Tues 🏃 6k 33:00 🥣 porridge 🍝 pasta 650 kcal ⚖️ 71.2",
     [run(6, 33), eat(POR), k(650), weight(71.2)]),
    ("lunch = 2 slices of toast + a coffee; dinner = steak pie 600 kcal; run = 7k 37:40",
     [eat(TOAST2, CUP, label=L), k(600, D), run(7, t(37, 40))]),
    ("- 9k easy (49:30)\n- porridge (with a banana)\n- burrito bowl (800 kcal)",
     [run(9, 49.5), eat(POR, BAN), k(800)]),
    ("tea was beans on toast 380 kcal after a 5k 27:15", [k(380, D), run(5, t(27, 15))]),
    ("long run sunday 🎉\n32k 3:05:00\nfuel: 3 gels 300 kcal\nafter: 2 bananas and a pint of "
     "chocolate milk", [run(32, 185), k(300), eat(BAN2, pint_of(CHOC_MILK))]),
    ("breakfast porridge, lunch soup 250 kcal, dinner nothing yet", [eat(POR, label=B), k(250, L)]),
    ("10k 52:00 + 2 slices of toast + 70.9kg", [run(10, 52), eat(TOAST2), weight(70.9)]),
    ("dinner tonight: chicken curry 700 kcal\nlunch earlier: soup 250 kcal\nbrekkie: porridge",
     [k(700, D), k(250, L), eat(POR, label=B)]),
    ("my log 📓\nrun ✅ 8k 41:30\nbreakfast ✅ porridge\nlunch ✅ wrap 450 kcal",
     [run(8, t(41, 30)), eat(POR, label=B), k(450, L)]),
]

THIRD_CHAT: list[tuple[str, list[Event]]] = [
    ("1️⃣ rest 2️⃣ eat well 3️⃣ sleep", []),
    ("total for today about 2200 kcal i think", []),
    ("BREAKFAST IS THE BEST MEAL", []),
    ("b4 my run tomorrow should I have porridge?", []),
]

BLOCK = {
    "other englishes": OTHER_ENGLISHES,
    "bullets": BULLETS,
    "numbered": NUMBERED,
    "clocks": CLOCKS,
    "connectives": CONNECTIVES,
    "orders": ORDERS,
    "brackets": BRACKETS,
    "watch": WATCH,
    "dictation": DICTATION,
    "typos and emoji": TYPOS_EMOJI,
    "day logs": DAY_LOGS,
    "chat": CHAT,
    "later: labels": LATER_LABELS,
    "later: lists": LATER_LISTS,
    "later: clocks": LATER_CLOCKS,
    "later: connectives": LATER_CONNECTIVES,
    "later: orders and brackets": LATER_ORDERS,
    "later: watch and dictation": LATER_WATCH_VOICE,
    "later: typos and days": LATER_TYPOS_DAYS,
    "later: chat": LATER_CHAT,
    "third list": THIRD,
    "third list: chat": THIRD_CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-days11-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
