"""The fifth held-out block: a runner's day in voices the earlier blocks barely have.

Written in one sitting on 2026-11-30 (07:54-08:00 UTC) by the helper heldout5, who had not
read the parser (engine/, its food tables and names, its quantity and time words, bot/) nor the
earlier held-out blocks' failure lists, and scored without any parser change made for it: on
commit b47485b (the start of that session) and by the lead on main at the session's end, so
the two scores say honestly where the parser stands on messages the project never tuned to.
Nobody fixes the parser against it (tests/data/README.md records both scores).

The voices: Australian and New Zealand runners (brekkie, arvo, servo food, Vegemite toast, a
flat white, a sanga, Milo, Weet-Bix, Up&Go, parkrun), Irish and Canadian runners (Tim Hortons,
a double-double, poutine, Kraft Dinner, a chicken fillet roll, Lucozade, rashers and white
pudding), hybrid athletes who run and lift (sets x reps, protein-heavy meals, shakes, Greek
yoghurt, cottage cheese, chicken and rice, creatine), vegetarian and vegan runners (tofu,
tempeh, seitan, lentils, oat milk, plant protein), shift workers and parents eating on the go,
whole-day logs and several events in one message, runs in km and miles, parkrun times,
intervals, long runs and watch-app copy, weigh-ins in kg, lb and stone; and chat that logs
nothing. Lower case, typos, emoji, dictation run-ons, as people text.

Portions a message leaves open follow the earlier blocks (a brew is a mug of tea with a splash
of semi-skimmed, a flat white 60 ml espresso and 150 ml whole milk, a pint 568 ml, a bowl of
cereal 125 ml of milk, a scoop of whey 30 g, bare "rice" USDA's cup cooked, a side of
vegetables 80 g, butter a pat per slice, a chicken breast USDA's half breast, British-style
sausages 40 g each, a handful 28 g, a pot of yoghurt 150 g). New ones, decided once here:
- Vegemite (and Marmite) on toast: USDA's yeast extract spread, a teaspoon per slice;
- Weet-Bix is USDA's Weetabix biscuit (17.5 g each); a Milo is USDA's cup of chocolate malted
  drink made with whole milk; Aussie "full cream" milk is whole milk;
- a servo or bakery meat pie is USDA's beef pot pie row at 175 g (an Australian single pie,
  not USDA's 268 g frozen entree); a sausage sizzle is one 75 g sausage in a slice of white
  bread with a tablespoon of tomato sauce (ketchup);
- Up&Go, Tim Tams, white pudding, seitan and Lucozade Energy are not in SR28: with no kcal
  given the meal is expected to ask about them (unresolved), whatever else it holds (Tim Tams
  relabelled 2026-11-30 night by the stand-in convention decided later: SR28's
  chocolate-coated graham cracker at 18 g is 90 kcal, Arnott's publish 95-97 for an 18 g
  biscuit, so "2 tim tams with my cuppa" is two of them and the brew);
- Lucozade Sport is a sports drink: USDA's Gatorade or Powerade rows by volume;
- oat milk is not in SR28: the original soymilk row (54 kcal/100 g) stands in, the nearest
  plant milk in energy (oat drinks are 45-60 kcal/100 ml); an oat flat white is a flat white
  (relabelled 2026-12-02: the unsweetened rice milk row, the table's, and a flat white of it);
- a plant protein scoop is 30 g of USDA's soy protein isolate;
- a double-double is a medium Tim Hortons coffee (14 fl oz brewed) with two creams (1 fl oz of
  light cream each) and two sugars (a teaspoon each); a Timbit is USDA's glazed doughnut hole;
- poutine (one regular) is 200 g of fries, 60 g of cheese curds (the cheddar row) and half a
  cup of beef gravy; Kraft Dinner "a bowl" is USDA's cup of boxed mac and cheese, prepared;
- a chicken fillet roll is a 100 g demi-baguette (French bread), USDA's fried battered half
  breast (140 g) and a tablespoon of mayo;
- an Irish breakfast's rashers are USDA's bacon slices, its pudding slices a quarter of USDA's
  100 g of blood sausage, its sausages 40 g each; brown bread is whole-wheat bread;
- peameal bacon is USDA's Canadian bacon slice; a Canadian bottle of beer 341 ml;
- egg whites are USDA's large egg white (33 g); "a cup of egg whites" USDA's cup;
- tofu "a block" is USDA's block of firm tofu (324 g); tempeh 100 g when unstated;
- lean mince in a lifter's bowl 150 g cooked, chicken 150 g cooked when "a portion";
- creatine (3-5 g, no energy) is not a food item: a shake with creatine is the shake;
- kumara is sweet potato (USDA's medium baked); capsicum is red pepper;
- bare "toast" is 2 slices and bare "honey" a tablespoon, as in the earlier blocks; a servo
  coke is a 600 ml bottle, an Australian can 375 ml, a punnet of strawberries 250 g;
- a banana bread slice is USDA's slice (60 g); a smashed avo is half an avocado (68 g) on a
  slice of sourdough (USDA's medium toasted slice);
- a kids' leftover "half a" item is half of USDA's serving of it;
- gels, bars and drinks named by brand count at the kcal the runner gives.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpus_fresh import BREW, CRISP_BAG, HAM_SARNIE, SHAKE, TOAST2, bangers, pint_of, rashers
from corpus_heldout import FLAT_WHITE, HAM_CHEESE_TOASTIE, POACHED, SCRAMBLED
from corpus_heldout2 import SOURDOUGH
from corpus_labels import (
    ALMONDS,
    APPLE,
    AVOCADO,
    BAGEL,
    BANANA,
    BEER,
    BLACK_BEANS,
    BLUEBERRIES,
    BREAD,
    BROCCOLI,
    BROWN_RICE,
    BUTTER,
    CHEDDAR,
    CHICKEN,
    CHICKPEAS,
    CHOC_MILK,
    COFFEE,
    COTTAGE,
    CREAM_CHEESE,
    DATES,
    FISH_BATTERED,
    FRIED_EGG,
    FRIES,
    GRANOLA,
    GREEK,
    HONEY,
    HUMMUS,
    KETCHUP,
    LENTILS,
    MAPLE,
    MAYO,
    MILK,
    NUGGETS,
    OATS,
    PANCAKES,
    PASTA,
    PB,
    PORRIDGE,
    QUINOA,
    RED_BULL,
    RICE,
    RICE_CAKE,
    SALMON,
    SAUSAGE,
    SEMI,
    SPINACH,
    STEAK,
    STRAWBERRIES,
    SWEET_POTATO,
    TOFU,
    TUNA,
    WBREAD,
    WHOLE_MILK,
    E,
    Item,
    Meal,
    act,
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
)

VEGEMITE = "43406"
WEETBIX = "42237"
MILO = "14318|14316|14317|14312"
MEAT_PIE = "22529"
MEAT_PIE_G = 175.0
# oat milk: SR28's unsweetened rice milk first (47 kcal a 100 g; Oatly's original 46), as the
# table and the foods and cuisines probes count it (label decision 2026-12-02, meals11; the
# original soymilk row had been first, still accepted, as are the other plant milks)
PLANT_MILK = "14639|16120|16139|16222|16244|14091|14016"
SOY_MILK = "16120|16139|16222|16244"
PLANT_PROTEIN = "16122|16422|14067"
TEMPEH = "16114|16174"
EGG_WHITE = "01124|01172"
LEAN_MINCE = "23565|23564|23562|23476|23474"
TURKEY_MINCE = "05666|05306|05665|05305"
KD = "32005|22960|22959|32004"
DOUGHNUT_HOLE = "18255|18248|18250"
PEAMEAL = "10998|10130"
BLOOD_PUDDING = "07005"
LIGHT_CREAM = "01050|01049"
SUGAR = "19335"
BREAD_ROLL = "18029|18030|18353"
FRIED_CHICKEN_BREAST = "05058|05059|21102|21244|05326"
BEEF_GRAVY = "06116|06119"
SPORTS_DRINK = "14460|14461"
RED_PEPPER = "11821"
EDAMAME = "11212|11211"
BANANA_BREAD = "18019"
BLACK_COFFEE = COFFEE + "|14180"
LONG_BLACK = "14210|" + BLACK_COFFEE  # a double espresso topped with hot water
MUFFIN = "18274"  # SR28 has no chocolate chip muffin: the blueberry muffin row
SALMON_FILLET = p(SALMON, 0.5, "fillet")
# a chicken breast with no weight: 120 g cooked, as blocks h to p and the probes count one
# (label decision 2026-12-02, meals11; had been USDA's half breast, 86 g)
BREAST = g(CHICKEN, 120)
VEG = 80.0
SCOOP = 30.0
BOWL_OF_MILK = 125.0
TEMPEH_G = 100.0
LIFTER_MEAT_G = 150.0
PUDDING_SLICE_G = 25.0

DOUBLE_DOUBLE = combo(BLACK_COFFEE + "|" + LIGHT_CREAM + "|" + SUGAR, ml(COFFEE, 14 * 29.5735),
                      ml(LIGHT_CREAM, 2 * 29.5735), p(SUGAR, 2, "tsp"))
POUTINE = combo(FRIES + "|" + CHEDDAR + "|" + BEEF_GRAVY, g(FRIES, 200), g(CHEDDAR, 60),
                p(BEEF_GRAVY, 0.5, "cup"))
CHICKEN_FILLET_ROLL = combo(FRIED_CHICKEN_BREAST + "|" + BREAD_ROLL, g(BREAD_ROLL, 100),
                            p(FRIED_CHICKEN_BREAST, 0.5, "breast, bone removed"),
                            p(MAYO, 1, "tbsp"))
SAUSAGE_SIZZLE = combo(SAUSAGE + "|" + BREAD, g(SAUSAGE, 75), p(BREAD, 1, "slice"),
                       p(KETCHUP, 1, "tbsp"))
SMASHED_AVO = combo(AVOCADO + "|" + SOURDOUGH, g(AVOCADO, 68), p(SOURDOUGH, 1, "slice, medium"))
# an oat flat white: a double espresso and 150 ml of oat milk, as the table's and the cuisines
# probes' (relabelled 2026-12-02; had been a dairy flat white)
OAT_FLAT_WHITE = combo("|".join(FLAT_WHITE.ndbs) + "|" + PLANT_MILK, ml("14210", 60),
                       ml(PLANT_MILK, 150))
WHITE_COFFEE = combo(BLACK_COFFEE + "|" + SEMI, ml(COFFEE, 236.6), ml(SEMI, 30))
COKE_BOTTLE_ML = 600.0  # an Australian servo bottle
COKE_CAN_ML = 375.0  # an Australian can

Event = dict[str, object] | Meal


def vegemite_toast(slices: int, bread: str = BREAD) -> tuple[Item, Item, Item]:
    """Toast with butter and Vegemite: a pat and a teaspoon on each slice."""
    return p(bread, slices, "slice"), p(BUTTER, slices, "pat"), p(VEGEMITE, slices, "tsp")


def half(item: Item) -> Item:
    """What a child left: half of each part of a dish."""
    return combo("|".join(item.ndbs), *(
        Item(part.ndbs, part.count / 2, part.measure,
             part.grams / 2 if part.grams is not None else None) for part in item.parts))


def weetbix(count: int, milk: str = WHOLE_MILK) -> tuple[Item, Item]:
    return p(WEETBIX, count, "biscuits"), ml(milk, BOWL_OF_MILK)


AUS_NZ: list[tuple[str, list[Event]]] = [
    ("brekkie was 2 vegemite toast and a flat white",
     [eat(*vegemite_toast(2), FLAT_WHITE, label="breakfast")]),
    ("3 weetbix w full cream milk n a banana", [eat(*weetbix(3), p(BANANA, 1, "medium"))]),
    ("servo pie on the drive home lol 🥧", [eat(g(MEAT_PIE, MEAT_PIE_G))]),
    ("grabbed an up&go on the way to the track", [unknown(1)]),
    ("arvo snack: banana bread slice + flat white",
     [eat(p(BANANA_BREAD, 1, "slice"), FLAT_WHITE, label="snack")]),
    ("sausage sizzle at bunnings, had 2 haha", [eat(SAUSAGE_SIZZLE, SAUSAGE_SIZZLE)]),
    ("smashed avo on sourdough w 2 poached eggs at the cafe",
     [eat(SMASHED_AVO, p(POACHED, 2, "large"))]),
    ("milo before bed", [eat(p(MILO, 1, "cup"))]),
    ("parkrun done 23:47 🙌", [run(5, 23 + 47 / 60)]),
    ("ham n salad sanga for lunch", [eat(HAM_SARNIE, label="lunch")]),
    ("tea was kumara, chicken breast and broccolini",
     [eat(p(SWEET_POTATO, 1, "medium"), BREAST, g(BROCCOLI, VEG), label="dinner")]),
    ("ran the tan twice, 7.7km 38:12", [run(7.7, 38.2)]),
    ("cheeky pint of beer after the club run", [eat(pint_of(BEER))]),
    ("brekky - 2 eggs on toast and a long black",
     [eat(p(FRIED_EGG, 2, "large"), TOAST2, ml(LONG_BLACK, 60), label="breakfast")]),
    ("meat pie n a coke from the servo, 2 pies actually",
     [eat(g(MEAT_PIE, 2 * MEAT_PIE_G), ml("14148|14400", COKE_BOTTLE_ML))]),
    ("had a toastie (ham n cheese) at the bakery", [eat(HAM_CHEESE_TOASTIE)]),
    ("2 tim tams with my cuppa", [eat(g("18174", 36), BREW)]),
    ("long run 24k along the coast 2:14:05", [run(24, 134 + 5 / 60)]),
    ("wanaka half today!! 1:38:40", [run(21.0975, 98 + 40 / 60)]),
    ("weighed in at 63.2 this morn", [weight(63.2)]),
    ("fish n chips on the beach for tea 🐟",
     [eat(p(FISH_BATTERED, 1, "serving"), g(FRIES, 250), label="dinner")]),
    ("parkrun 27:02 pushing the pram 😅", [run(5, 27 + 2 / 60)]),
    ("2 weet-bix with hot milk and honey",
     [eat(*weetbix(2, SEMI + "|" + MILK), p(HONEY, 1, "tbsp"))]),
    ("vegemite on 2 crumpets wait no, 2 slices of toast. and a milo",
     [eat(*vegemite_toast(2), p(MILO, 1, "cup"))]),
    ("arvo run 8km easy 44min in the heat ☀️", [run(8, 44)]),
    ("hokey pokey ice cream 2 scoops", [eat(p("19095", 2, "serving 1/2 cup"))]),
    ("flat white and a bacon and egg roll at the markets",
     [eat(FLAT_WHITE, combo("10862|10860|18353|18350|01128|01123", p("18353|18350", 1, "roll"),
                            rashers(2), p(FRIED_EGG, 1, "large")))]),
    ("81.6kg post parkrun, pre brekkie", [weight(81.6)]),
]

IRISH: list[tuple[str, list[Event]]] = [
    ("chicken fillet roll from the deli at lunch", [eat(CHICKEN_FILLET_ROLL, label="lunch")]),
    ("full irish - 2 rashers, 2 sausages, egg, black and white pudding, brown bread",
     [unknown(1)]),
    ("bottle of lucozade sport after, 500ml", [eat(ml(SPORTS_DRINK, 500))]),
    ("lucozade on the way home from the race", [unknown(1)]),
    ("rashers and eggs with 2 slices of brown bread",
     [eat(rashers(2), p(FRIED_EGG, 2, "large"), p(WBREAD, 2, "slice"))]),
    ("a pint of guinness, just the one 🍺", [eat(pint_of(BEER))]),
    ("porridge with a spoon of honey, cup of barrys",
     [eat(p(PORRIDGE, 1, "cup"), p(HONEY, 1, "tbsp"), BREW)]),
    ("ran the phoenix park loop 10.4k in 54:50", [run(10.4, 54 + 50 / 60)]),
    ("3 rashers 2 sausages and 2 slices of black pudding",
     [eat(rashers(3), bangers(2), g(BLOOD_PUDDING, 2 * PUDDING_SLICE_G))]),
    ("13 stone 4 on the scales, grand", [stone(13, 4)]),
    ("spice bag from the chipper, 1100 cals apparently", [eat(stated(1100))]),
    ("cuppa and 2 slices of toast with butter", [eat(BREW, TOAST2, p(BUTTER, 2, "pat"))]),
    ("dublin marathon 3:41:27 legs in bits", [run(42.195, 221 + 27 / 60)]),
    ("2 pints of guinness and a packet of crisps", [eat(pint_of(BEER, 2), CRISP_BAG)]),
    ("tea: bacon and cabbage with 3 spuds",
     [eat(g("10149|10153|07029|07028|10862", 150), g("11110|11109", VEG),
          p("11365|11367|11831", 3, "potato (2-1/2\" dia, sphere)"), label="dinner")]),
    ("10 mile club run 1:22 wet and windy", [run(mi(10), 82)]),
]

CANADIAN: list[tuple[str, list[Event]]] = [
    ("double double and a toasted bagel with cream cheese",
     [eat(DOUBLE_DOUBLE, p(BAGEL, 1, "bagel"), p(CREAM_CHEESE, 2, "tbsp"))]),
    ("10 pack of timbits on the drive to the race 🍩",
     [eat(p(DOUGHNUT_HOLE, 10, "doughnut hole"))]),
    # poutine asks (decided 2026-12-02 with blocks l and p; this label was its parts)
    ("poutine after the hockey game", [unknown(1)]),
    ("poutine from the chip truck, around 740 cal", [eat(stated(740))]),
    ("bowl of kd for supper, no regrets", [eat(p(KD, 1, "cup prepared"))]),
    ("made the whole box of kraft dinner 🙃", [eat(p(KD, 2.5, "cup prepared"))]),
    ("3 pancakes w real maple syrup 3 tbsp",
     [eat(p(PANCAKES, 3, "pancake"), p(MAPLE, 3, "tbsp"))]),
    ("peameal bacon on a bun, 3 slices",
     [eat(combo(PEAMEAL + "|18350|18342", p(PEAMEAL, 3, "slice"), p("18350|18342", 1, "roll")))]),
    ("a double double", [eat(DOUBLE_DOUBLE)]),
    ("ran the seawall 12k in 1:03:30", [run(12, 63.5)]),
    ("two bottles of beer on the dock", [eat(ml(BEER, 2 * 341))]),
    ("-20 windchill, 6 km easy in 38 mins, eyelashes froze 🥶", [run(6, 38)]),
    ("175.4 lbs this am", [pounds(175.4)]),
    ("tims chili and a biscuit, 550 cal total", [eat(stated(550))]),
    ("big bowl of oatmeal with maple syrup and walnuts 620 kcal", [eat(stated(620))]),
    ("scotiabank half 1:44:02 🍁", [run(21.0975, 104 + 2 / 60)]),
    ("skied 90 mins cross country", [act("ski", 90)]),
    ("2 eggs, 2 peameal slices, 1 slice toast",
     [eat(p(FRIED_EGG, 2, "large"), p(PEAMEAL, 2, "slice"), p(BREAD, 1, "slice"))]),
]

HYBRID: list[tuple[str, list[Event]]] = [
    ("legs: squats 5x5 @ 100kg, rdl 3x8, lunges 3x10 - 65 min", [gym(65)]),
    ("push day bench 4x6, ohp 3x8, dips 3x12. 55 mins", [gym(55)]),
    ("pull day 50min", [gym(50)]),
    ("shake post lift: 2 scoops whey + 5g creatine in water", [eat(g(SHAKE, 2 * SCOOP))]),
    ("200g chicken breast, 250g white rice, broccoli",
     [eat(g(CHICKEN, 200), g(RICE, 250), g(BROCCOLI, VEG))]),
    ("greek yoghurt 250g + scoop of whey mixed in + berries",
     [eat(g(GREEK, 250), g(SHAKE, SCOOP), p(BLUEBERRIES, 0.5, "cup"))]),
    ("cottage cheese 300g and a punnet of strawberries",
     [eat(g(COTTAGE, 300), g(STRAWBERRIES, 250))]),
    ("6 egg whites + 2 whole eggs scrambled",
     [eat(p(EGG_WHITE, 6, "large"), p(SCRAMBLED, 2, "large"))]),
    ("meal prep box: 150g lean mince, 1 cup rice, green beans",
     [eat(g(LEAN_MINCE, 150), p(RICE, 1, "cup"), g("11061|11053|11052", VEG))]),
    ("hit deadlifts 5 sets of 3, accessories, 1h10 total", [gym(70)]),
    ("ran 5k 24:20 then straight into upper body 40 min", [run(5, 24 + 20 / 60), gym(40)]),
    ("circuits at the gym 35 min, burpees and wall balls", [gym(35)]),
    ("90g oats, 1 scoop whey, 1 tbsp pb, 300ml milk",
     [eat(g(OATS, 90), g(SHAKE, SCOOP), p(PB, 1, "tbsp"), ml(MILK, 300))]),
    ("8oz steak and 2 cups of rice, protein's at 190g today",
     [eat(g(STEAK, 226.8), p(RICE, 2, "cup"))]),
    ("tuna can + 2 rice cakes", [eat(p(TUNA, 1, "can"), p(RICE_CAKE, 2, "cake"))]),
    ("quest bar 190 cal", [eat(stated(190))]),
    ("turkey mince chilli 450g portion 520kcal", [eat(stated(520))]),
    ("crossfit wod 45 mins", [gym(45)]),
    ("5x5 front squat 45 min then 4 mile easy jog 36:00", [gym(45), run(mi(4), 36)]),
    ("2 scoops whey in 400ml skim", [eat(g(SHAKE, 2 * SCOOP), ml("01085|01151", 400))]),
    ("weighed 84.3kg, bulk going fine", [weight(84.3)]),
    ("200g greek yog, 40g granola and a tbsp honey",
     [eat(g(GREEK, 200), g(GRANOLA, 40), p(HONEY, 1, "tbsp"))]),
    ("salmon fillet w 1 cup quinoa and spinach",
     [eat(SALMON_FILLET, p(QUINOA, 1, "cup"), p(SPINACH, 1, "cup"))]),
    ("upper/lower split, lower today, 1 hr", [gym(60)]),
    ("1 cup of egg whites with spinach", [eat(p(EGG_WHITE, 1, "cup"), p(SPINACH, 1, "cup"))]),
    ("ate 300g chicken thighs and 2 cups of rice",
     [eat(g("05098|05096", 300), p(RICE, 2, "cup"))]),
    ("kettlebell circuit 25min + 3 x 1 mile @ 7:30",
     [gym(25), run(mi(3), 22.5)]),
]

PLANT: list[tuple[str, list[Event]]] = [
    ("tofu scramble with half a block of firm tofu, spinach and 1 slice toast",
     [eat(p(TOFU, 0.5, "block"), p(SPINACH, 1, "cup"), p(BREAD, 1, "slice"))]),
    ("100g tempeh, 1 cup brown rice, stir fried veg",
     [eat(g(TEMPEH, 100), p(BROWN_RICE, 1, "cup"), g("11584|11894|11583", VEG))]),
    ("seitan stir fry with broccoli and rice", [unknown(1)]),
    ("lentil dal 2 cups with rice 780 kcal", [eat(stated(780))]),
    ("oat milk flat white", [eat(OAT_FLAT_WHITE)]),
    ("plant protein shake, 1 scoop in 300ml oat milk",
     [eat(g(PLANT_PROTEIN, SCOOP), ml(PLANT_MILK, 300))]),
    ("chickpea and spinach curry 1 cup + 1 cup basmati",
     [eat(p(CHICKPEAS, 1, "cup"), p(SPINACH, 1, "cup"), p(RICE, 1, "cup"))]),
    ("black bean burrito bowl: 1 cup black beans, 1 cup rice, salsa, half avo",
     [eat(p(BLACK_BEANS, 1, "cup"), p(RICE, 1, "cup"), p("06164", 2, "tbsp"),
          g(AVOCADO, 68))]),
    ("2 slices of toast with hummus and tomato",
     [eat(TOAST2, p(HUMMUS, 2, "tbsp"), p("11529", 1, "medium"))]),
    ("cup of edamame", [eat(p(EDAMAME, 1, "cup"))]),
    ("vegan: 200g firm tofu baked, 1 cup quinoa, roast capsicum",
     [eat(g(TOFU, 200), p(QUINOA, 1, "cup"), g(RED_PEPPER, VEG))]),
    ("overnight oats with 200ml soy milk, 50g oats, 1 tbsp pb",
     [eat(ml(SOY_MILK, 200), g(OATS, 50), p(PB, 1, "tbsp"))]),
    ("weetbix x2 with oat milk", [eat(*weetbix(2, PLANT_MILK))]),
    ("red lentil soup, 1 bowl", [eat(p("06037|16070", 1, "cup"))]),
    ("handful of almonds and 3 dates pre-run",
     [eat(g(ALMONDS, 28), p(DATES, 3, "date"))]),
    ("buddha bowl 650kcal from the vegan place", [eat(stated(650))]),
    ("1 cup lentils, 1 cup rice, a tbsp of olive oil",
     [eat(p(LENTILS, 1, "cup"), p(RICE, 1, "cup"), p("04053", 1, "tablespoon"))]),
    ("beyond burger 290 kcal in a bun", [eat(stated(290), p("18350|18342", 1, "roll"))]),
    ("pb on 2 rice cakes + a banana", [eat(p(PB, 2, "tbsp"), p(RICE_CAKE, 2, "cake"),
                                          p(BANANA, 1, "medium"))]),
    ("tempeh sandwich and an apple",
     [eat(g(TEMPEH, TEMPEH_G), p(BREAD, 2, "slice"), p(APPLE, 1, "medium"))]),
    ("vego lasagne, 1 slice, 480 kcal on the packet", [eat(stated(480))]),
    ("falafel wrap from the market 610 cal", [eat(stated(610))]),
]

SHIFT_PARENTS: list[tuple[str, list[Event]]] = [
    ("night shift: 2am cup noodles and a red bull",
     [eat(g("06583|06982|06983", 64), p(RED_BULL, 1, "can"))]),
    ("ate the kids leftover chicken nuggets, like 4",
     [eat(p(NUGGETS, 4, "pieces"))]),
    ("finished my son's fish fingers, 3 of them", [eat(p("15027", 3, "stick"))]),
    ("half a sandwich the toddler didnt want (ham)",
     [eat(half(HAM_SARNIE))]),
    ("vending machine crisps and a kitkat on break",
     [eat(CRISP_BAG, p("19109|19250", 1, "bar"))]),
    ("ate dinner standing up: 2 slices of pizza and a banana",
     [eat(p("21271|21224|21272|21273|21225|21145|21299", 2, "slice"), p(BANANA, 1, "medium"),
          label="dinner")]),
    ("banana in the car, coffee from the servo, muesli bar 130cal",
     [eat(p(BANANA, 1, "medium"), p(BLACK_COFFEE, 1, "cup"), stated(130))]),
    ("came off nights, 2 slices of toast w pb",
     [eat(TOAST2, p(PB, 2, "tbsp"))]),
    ("kids party: 2 slices of fairy bread and a sausage roll lol 400 cal-ish", [eat(stated(400))]),
    ("5am before shift: porridge and a coffee",
     [eat(p(PORRIDGE, 1, "cup"), p(BLACK_COFFEE, 1, "cup"))]),
    ("school run then 6k 33:40 with the buggy", [run(6, 33 + 40 / 60)]),
    ("run commute home from the hospital 9.3 km 52:00", [run(9.3, 52)]),
    ("treadmill at 4am before a 12hr shift, 5 miles 45:30", [run(mi(5), 45.5)]),
    ("3 bites of the kids mac and cheese, maybe half a cup", [eat(p(KD, 0.5, "cup prepared"))]),
    ("lunch on the ward: tuna salad sandwich 380kcal and an apple",
     [eat(stated(380), p(APPLE, 1, "medium"), label="lunch")]),
    ("microwave meal at 3am, 420 kcal chicken curry", [eat(stated(420))]),
    ("baby woke at 5 so ran 4km at 5:30am, 24 min", [run(4, 24)]),
    ("pram walk 45 min", [act("walk", 45)]),
    ("2 coffees w milk and a choc chip muffin from the canteen",
     [eat(WHITE_COFFEE, WHITE_COFFEE, p(MUFFIN, 1, "medium"))]),
    ("11st 9 after the weekend", [stone(11, 9)]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("brekkie 2 weetbix w milk, lunch a ham sanga, tea spag bol 650 kcal",
     [eat(*weetbix(2, WHOLE_MILK + "|" + SEMI), label="breakfast"),
      eat(HAM_SARNIE, label="lunch"), eat(stated(650), label="dinner")]),
    ("breakfast: porridge\nlunch: chicken fillet roll\ndinner: salmon, rice and broccoli",
     [eat(p(PORRIDGE, 1, "cup"), label="breakfast"),
      eat(CHICKEN_FILLET_ROLL, label="lunch"),
      eat(SALMON_FILLET, p(RICE, 1, "cup"), g(BROCCOLI, VEG), label="dinner")]),
    ("6am oats + whey, 10am 3 eggs, 1pm 200g chicken 1 cup rice, 4pm greek yog, "
     "8pm steak and sweet potato",
     [eat(p(PORRIDGE + "|" + OATS, 1, "cup"), g(SHAKE, SCOOP)),
      eat(p(E, 3, "large")), eat(g(CHICKEN, 200), p(RICE, 1, "cup")),
      eat(g(GREEK, 150)), eat(g(STEAK, 170), p(SWEET_POTATO, 1, "medium"))]),
    ("today so far: double double, 2 timbits, then a bowl of kd at lunch",
     [eat(DOUBLE_DOUBLE, p(DOUGHNUT_HOLE, 2, "doughnut hole")),
      eat(p(KD, 1, "cup prepared"), label="lunch")]),
    ("b - tofu scramble 350kcal, l - lentil soup 300kcal, d - tempeh bowl 600kcal",
     [eat(stated(350), label="breakfast"), eat(stated(300), label="lunch"),
      eat(stated(600), label="dinner")]),
    ("night shift log: 10pm pasta 2 cups, 2am banana and 2 rice cakes, 6am toast x2",
     [eat(p(PASTA, 2, "cup spaghetti not packed")),
      eat(p(BANANA, 1, "medium"), p(RICE_CAKE, 2, "cake")), eat(TOAST2)]),
    ("long run day. brekkie: 2 toast w honey. ran 30km 2:52:10. then a milo and "
     "a meat pie",
     [eat(TOAST2, p(HONEY, 1, "tbsp"), label="breakfast"), run(30, 172 + 10 / 60),
      eat(p(MILO, 1, "cup"), g(MEAT_PIE, MEAT_PIE_G))]),
    ("bfast greek yoghurt + granola\nlunch leftover chilli 500 cal\nsnack apple + pb\n"
     "dinner 2 cups pasta w pesto 700 cal",
     [eat(g(GREEK, 150), g(GRANOLA, 28), label="breakfast"), eat(stated(500), label="lunch"),
      eat(p(APPLE, 1, "medium"), p(PB, 2, "tbsp"), label="snack"),
      eat(stated(700), label="dinner")]),
    ("mon: 5k parkrun 25:10, brekkie flat white and banana bread, 12st 3",
     [run(5, 25 + 10 / 60), eat(FLAT_WHITE, p(BANANA_BREAD, 1, "slice"), label="breakfast"),
      stone(12, 3)]),
    ("breakfast 3 scrambled eggs 2 toast, lunch cottage cheese 200g and crackers 120 cal, "
     "dinner 200g salmon and rice",
     [eat(p(SCRAMBLED, 3, "large"), TOAST2, label="breakfast"),
      eat(g(COTTAGE, 200), stated(120), label="lunch"),
      eat(g(SALMON, 200), p(RICE, 1, "cup"), label="dinner")]),
]

RUNS: list[tuple[str, list[Event]]] = [
    ("parkrun pb 19:58!!! sub 20 finally", [run(5, 19 + 58 / 60)]),
    ("6 x 1km reps, 10.5km in total, 52:15", [run(10.5, 52.25)]),
    ("intervals 12x400 w 200 jog, 8.4km 41 min all up", [run(8.4, 41)]),
    ("long run 32 km 2:58:30 🥵 fuelled w 4 gels", [run(32, 178.5)]),
    ("easy 5 miles 47 min", [run(mi(5), 47)]),
    ("14 miles in 2:03", [run(mi(14), 123)]),
    ("recovery 4k 26 mins very slow", [run(4, 26)]),
    ("tempo 8k @ 4:25 = 35:20", [run(8, 35 + 20 / 60)]),
    ("Morning Run\n10.02 km\nTime 51:49\nAvg Pace 5:10 /km", [run(10.02, 51 + 49 / 60)]),
    ("Garmin: Evening Run 6.21 mi 55:03 avg HR 149", [run(mi(6.21), 55.05)]),
    ("Strava — Lunch Run — 7.45 km — 39m 12s — 5:16/km", [run(7.45, 39.2)]),
    ("COROS Run · 15.00 km · 1:21:40 · 5'27\"/km", [run(15, 81 + 40 / 60)]),
    ("Apple Watch Outdoor Run 3.11 MI 28:44", [run(mi(3.11), 28 + 44 / 60)]),
    ("hill reps 8x90s, 9km 50 mins total", [run(9, 50)]),
    ("ran 18km 1:39:48 this morning, negative split", [run(18, 99.8)]),
    ("did a 10 miler in 1:29:12", [run(mi(10), 89.2)]),
    ("marathon pace run 16 km 1:20:00", [run(16, 80)]),
    ("trail 21km 2h47 w 900m vert 🏔️", [run(21, 167)]),
    ("parkrun tourism! 26:31 at a new one", [run(5, 26 + 31 / 60)]),
    ("ran 2.5 miles 22 minutes", [run(mi(2.5), 22)]),
    ("fartlek 45 min 8.6km", [run(8.6, 45)]),
    ("treadmill 10km 55:00 flat", [run(10, 55)]),
    ("Afternoon Run\n8.04 km\n44:21", [run(8.04, 44 + 21 / 60)]),
    ("auckland marathon 3:58:12 - first sub 4!!!", [run(42.195, 238.2)]),
]

SESSIONS_WEIGHTS: list[tuple[str, list[Event]]] = [
    ("swam 2km in 44 min", [act("swim", 44, 2)]),
    ("spin class at 6, 50 min, dripping", [act("spin|cycle", 50)]),
    ("rode to work 35 min each way", [act("cycle", 70)]),
    ("yoga 40 mins, hips needed it", [act("yoga", 40)]),
    ("surf 1.5 hrs", [act("surf|swim", 90)]),
    ("weigh in 149.8lb", [pounds(149.8)]),
    ("70.9kg", [weight(70.9)]),
    ("9 st 12 lb this morning", [stone(9, 12)]),
    ("scales: 190.2 lbs 😬", [pounds(190.2)]),
    ("bw 58.7", [weight(58.7)]),
    ("hiked 3 hrs 11km in the hills", [act("hike", 180, 11)]),
    ("row erg 5k in 21:30", [act("row", 21.5, 5)]),
    ("physio exercises and core 25 mins", [gym(25)]),
    ("walked 6km with the kids 1h20", [act("walk", 80, 6)]),
]

SEVERAL: list[tuple[str, list[Event]]] = [
    ("parkrun 24:55 then a flat white and smashed avo with the crew",
     [run(5, 24 + 55 / 60), eat(FLAT_WHITE, SMASHED_AVO)]),
    ("77.3kg. ran 12k 1:05:40. protein shake after",
     [weight(77.3), run(12, 65 + 40 / 60), eat(g(SHAKE, SCOOP))]),
    ("gym 45 min legs, then 300g chicken and 2 cups rice",
     [gym(45), eat(g(CHICKEN, 300), p(RICE, 2, "cup"))]),
    ("8 miles 1:10:30 and a lucozade sport 500ml",
     [run(mi(8), 70.5), eat(ml(SPORTS_DRINK, 500))]),
    ("ran 10k 49:59 (phew) then weet-bix x3 and a banana",
     [run(10, 49 + 59 / 60), eat(p(WEETBIX, 3, "biscuits"), p(BANANA, 1, "medium"))]),
    ("swim 30 mins then tofu and rice bowl 550 kcal",
     [act("swim", 30), eat(stated(550))]),
    ("168.4 lb, 4 mi 38:10, then 2 eggs and toast",
     [pounds(168.4), run(mi(4), 38 + 10 / 60), eat(p(E, 2, "large"), TOAST2)]),
    ("double double, ran 7k 40:05, timbits x4 after 😇",
     [eat(DOUBLE_DOUBLE), run(7, 40 + 5 / 60), eat(p(DOUGHNUT_HOLE, 4, "doughnut hole"))]),
    ("bench + rows 40 min, then ran 3 miles 27:00, then greek yoghurt 200g",
     [gym(40), run(mi(3), 27), eat(g(GREEK, 200))]),
    ("12st 6. full irish at the hotel, rashers sausages eggs and pudding, about 900 cal",
     [stone(12, 6), eat(stated(900))]),
    ("cycled 25km 55 min to the trailhead then trail ran 10km 1:08",
     [act("cycle", 55, 25), run(10, 68)]),
    ("ran 5k 26:40 with the pram then a sausage sizzle and a coke",
     [run(5, 26 + 40 / 60), eat(SAUSAGE_SIZZLE, ml("14148|14400", COKE_CAN_ML))]),
    ("lift 1hr, chicken fillet roll after, then 5km easy jog 30 min in the evening",
     [gym(60), eat(CHICKEN_FILLET_ROLL), run(5, 30)]),
    ("yoga 1 hr and a cup of lentil soup", [act("yoga", 60), eat(p("06037|16070", 1, "cup"))]),
    ("long run 26km 2:25:00, then chocolate milk 600ml and a banana",
     [run(26, 145), eat(ml(CHOC_MILK, 600), p(BANANA, 1, "medium"))]),
    ("weighed 66.0, then intervals 10x400, 9km 46:30",
     [weight(66.0), run(9, 46.5)]),
    ("kettlebells 20 min + 2 boiled eggs", [gym(20), eat(p(E, 2, "large"))]),
]

NON_EVENTS: list[str] = [
    "g'day coach",
    "what should i eat before parkrun tomorrow",
    "is vegemite good for cramps or is that a myth",
    "my partner ran 42:10 for 10k today, so jealous",
    "how much protein do i need if i lift 4x a week and run 50k",
    "remind me to take creatine tomorrow arvo",
    "can i get enough protein as a vegan marathoner?",
    "goal is 80kg by christmas",
    "did the dublin marathon in 2019 in 3:55",
    "knackered today, skipping the run",
    "is oat milk or soy milk better for recovery?",
    "thinking of doing hyrox in march",
    "cheers mate",
    "my mate eats 3 servo pies a day and runs sub 3 marathons 🤷",
    "should i run before or after lifting?",
    "how many carbs before a long run",
    "what's poutine in calories roughly?",
    "night shift all week, how do i fuel runs?",
    "the kids are sick so no run today",
    "target for the week is 60 km",
    "will 5g creatine make me heavier on race day?",
    "sore from deadlifts lol",
    "how do i log a run from my garmin?",
    "ta mate, legend",
    "planning a 30k on saturday, what time should i eat",
    "dad used to run 2:40 marathons back in the 80s",
    "is 2 weetbix enough before a 10k?",
    "what's a good vegan recovery snack",
    "bit flat today, slept 4 hours",
    "good morning from auckland 🌅",
    "how many kcal in a double double",
    "remind me to weigh in tomorrow",
    "aiming for a sub 25 parkrun this year",
    "do timbits count as carb loading 😂",
    "what's my protein so far today?",
    "is seitan good for protein",
    "wife weighs 9 stone and wants to start running",
    "race is on sunday, nervous",
    "lol that was a typo",
    "how long should i rest between sets on leg day if i'm running tomorrow?",
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "australia and nz": AUS_NZ,
    "ireland": IRISH,
    "canada": CANADIAN,
    "hybrid lifter": HYBRID,
    "vegetarian and vegan": PLANT,
    "shift workers and parents": SHIFT_PARENTS,
    "whole day": WHOLE_DAY,
    "runs and watch copy": RUNS,
    "sessions and weigh-ins": SESSIONS_WEIGHTS,
    "several events": SEVERAL,
    "chat": [(text, []) for text in NON_EVENTS],
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "heldout-2026-11-30e.jsonl"


def main() -> int:
    """Write the block (checked like make_corpus_reference.py's: rows real, texts new)."""
    import make_corpus_reference as ref  # noqa: PLC0415 (it imports block g, which imports us)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ref.DEFAULT_SOURCE)
    args = parser.parse_args()
    usda = load_usda(args.source)
    lines = ref.block(BLOCK, usda)
    ref.check_rows(lines, usda)
    earlier = {text for messages in ref.BLOCKS.values() for text, _ in
               (m for ms in messages.values() for m in ms)}
    earlier |= {str(line["text"]) for line in ref.first_corpus(usda)}
    again = sorted(str(line["text"]) for line in lines if line["text"] in earlier)
    if again:
        raise SystemExit(f"messages already in another block: {again}")
    with OUT.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    events = sum(bool(line["events"]) for line in lines)
    print(f"wrote {len(lines)} messages ({events} with events) to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
