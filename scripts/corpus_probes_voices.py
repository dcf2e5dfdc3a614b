"""The "voices" probes block (2026-12-01 morning, issue 15): the two voices that scored lowest on
block n (US runners and beginners, 7/11 each), written by the helper who fixes them BEFORE any
fix, without reading block n's messages, in the words those runners use.

Voices:
- US runners: miles and min/mi, pounds, Fahrenheit, US chains and foods (a Chipotle bowl,
  Chick-fil-A, a bagel with a schmear, PB&J, Gatorade by the ounce, "a Clif", trail mix by the
  cup, "a serving of" pretzels, cups and ounces, subs by the inch, Costco pizza);
- beginners: run/walk intervals ("run 1 min walk 90s x8") with the session's distance and time,
  C25K weeks and days, "jogged most of 3k", walked hills or walk breaks inside a run (still one
  run of the stated distance and total time), a first 5k, treadmill runs with an incline;
- chat of both voices that logs nothing (questions, plans, how it felt, step counts: a step
  count is no run and no walk with a distance).

Labels as in the earlier blocks (corpus_labels.py, corpus_heldout2/6/12.py): a Chipotle scoop
113 g, a schmear 2 tbsp of cream cheese, PB&J two slices, 32 g peanut butter and 21 g jelly, a
Gatorade bottle USDA's 609 g, "a serving of" a snack USDA's 1 oz, an ounce of a drink 29.57 ml,
"a Clif" the Clif bar, a treadmill run with its incline the run as stated; a run/walk session
with its distance and time one run of that distance and time; a walk alone an activity "walk".

First score, on main before any change for this block: see tests/data/README.md ("The voices
probes block").
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import PBJ
from corpus_heldout2 import CHIPOTLE_CHICKEN_BOWL
from corpus_heldout3 import CHEERIOS
from corpus_heldout6 import SCHMEAR
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    CHICKEN,
    CHOC_MILK,
    CLIF,
    COFFEE,
    DONUT,
    GATORADE,
    GREEK,
    HONEY,
    OJ,
    PB,
    PEPPERONI_PIZZA,
    PRETZELS,
    RICE,
    SKIM,
    TOAST,
    TRAIL_MIX,
    TURKEY_SUB,
    Meal,
    act,
    eat,
    g,
    mi,
    ml,
    p,
    pounds,
    run,
    write_new,
)

Event = dict[str, object] | Meal
FL_OZ = 29.5735
OZ_G = 28.35
CHICK_FIL_A = "21526"
WAFFLE_FRIES = "21238|21138|21247"

US_RUNS: list[tuple[str, list[Event]]] = [
    ("easy 5 miles at 10:30/mi this morning", [run(mi(5), 52.5)]),
    ("ran 4.5 mi in 42:10, 88°F and humid", [run(mi(4.5), 42 + 10 / 60)]),
    ("3 mile loop around the lake, 31:15", [run(mi(3), 31.25)]),
    ("long run: 14 mi in 2:12:40, brutal headwind", [run(mi(14), 132 + 40 / 60)]),
    ("treadmill 4 mi 38:00 at 1% incline, too cold outside", [run(mi(4), 38)]),
    ("10 miles at 9:15 pace", [run(mi(10), 92.5)]),
    ("7.2 mi / 1:05:33 on the greenway", [run(mi(7.2), 65 + 33 / 60)]),
    ("6 miler with the run club, 58:20 total", [run(mi(6), 58 + 20 / 60)]),
    ("tempo: 1 mi warmup, 3 mi @ 7:45, 1 mi cooldown, 5 mi total 42:15",
     [run(mi(5), 42.25)]),
    ("8.1 miles 1:16:02, 34 degrees, felt great", [run(mi(8.1), 76 + 2 / 60)]),
    ("Thanksgiving 5K turkey trot, 26:48 pushing the stroller", [run(5, 26.8)]),
    ("half marathon PR!! 1:49:12 in Philly", [run(21.0975, 109.2)]),
    ("2 mile shakeout 19:40", [run(mi(2), 19 + 40 / 60)]),
    ("9 mi trail run, 1:38:00, 1200 ft of climbing", [run(mi(9), 98)]),
    ("ran 5.5 miles in 51 minutes before work", [run(mi(5.5), 51)]),
    ("16 mile long run done 2:31:10 at 9:27/mi", [run(mi(16), 151 + 10 / 60)]),
    ("weighed in at 182.4 lbs", [pounds(182.4)]),
    ("down to 176 lbs this morning 🙌", [pounds(176)]),
    ("165.8 lb after the long run, drank a ton", [pounds(165.8)]),
    ("4 mi easy 40:12 then 171.2 lbs on the scale", [run(mi(4), 40.2), pounds(171.2)]),
]

US_FOOD: list[tuple[str, list[Event]]] = [
    ("chipotle chicken bowl, white rice, black beans, salsa, cheese",
     [eat(*CHIPOTLE_CHICKEN_BOWL)]),
    ("Chick-fil-A sandwich and a medium waffle fry",
     [eat(p(CHICK_FIL_A, 1, "sandwich"), p(WAFFLE_FRIES, 1, "medium serving"))]),
    ("plain bagel with a schmear and a cup of coffee",
     [eat(p(BAGEL, 1, "bagel"), SCHMEAR, p(COFFEE, 1, "cup"))]),
    ("PB&J and a Gatorade after my 8 miler", [eat(PBJ, p(GATORADE, 1, "bottle"))]),
    ("a Clif and a banana at mile 12", [eat(p(CLIF, 1, "bar"), p(BANANA, 1, "medium"))]),
    ("1/2 cup trail mix on the drive home", [eat(p(TRAIL_MIX, 0.5, "cup"))]),
    ("a serving of pretzels and a 20 oz Gatorade",
     [eat(g(PRETZELS, OZ_G), ml(GATORADE, 20 * FL_OZ))]),
    ("12 oz chocolate milk post run", [eat(ml(CHOC_MILK, 12 * FL_OZ))]),
    ("a cup of Cheerios with a cup of skim milk",
     [eat(p(CHEERIOS, 1, "cup"), p(SKIM, 1, "cup"))]),
    ("6 oz grilled chicken and a cup of white rice",
     [eat(g(CHICKEN, 6 * OZ_G), p(RICE, 1, "cup"))]),
    ("2 slices of Costco pepperoni pizza", [eat(p(PEPPERONI_PIZZA, 2, "slice"))]),
    ("footlong turkey sub from Subway", [eat(p(TURKEY_SUB, 12, "inch sub"))]),
    ("glazed donut and a black coffee from Dunkin",
     [eat(p(DONUT, 1, "doughnut"), p(COFFEE, 1, "cup"))]),
    ("8 oz OJ and a bagel with 2 tbsp peanut butter",
     [eat(ml(OJ, 8 * FL_OZ), p(BAGEL, 1, "bagel"), p(PB, 2, "tbsp"))]),
    ("a 32 oz Gatorade during the 15 miler", [eat(ml(GATORADE, 32 * FL_OZ))]),
    ("Costco rotisserie chicken, about 8 oz of it", [eat(g("05009|05013|05064", 8 * OZ_G))]),
    ("a container of greek yogurt and an apple",
     [eat(p(GREEK, 1, "container"), p(APPLE, 1, "medium"))]),
    ("5 mi 47:30, then a Chick-fil-A sandwich",
     [run(mi(5), 47.5), eat(p(CHICK_FIL_A, 1, "sandwich"))]),
]

BEGINNER_RUNS: list[tuple[str, list[Event]]] = [
    ("run 1 min walk 90s x8, 2.4 km in 20 mins", [run(2.4, 20)]),
    ("C25K week 3 day 2 done! 28 mins, 3.1 km", [run(3.1, 28)]),
    ("c25k w4d1 2.9km 27:30, legs are jelly", [run(2.9, 27.5)]),
    ("jogged most of 3k, 24:50", [run(3, 24 + 50 / 60)]),
    ("walked the hills but did 4k in 33 min", [run(4, 33)]),
    ("my first 5k!!! 39:12 with walk breaks", [run(5, 39.2)]),
    ("5k in 41:30 total with walk breaks", [run(5, 41.5)]),
    ("treadmill at 3% incline, 2 miles in 26 min, jog/walk", [run(mi(2), 26)]),
    ("treadmill 25 mins 3.2km incline 2", [run(3.2, 25)]),
    ("run 2 walk 1 x 7, 21 mins total, 2.7 km", [run(2.7, 21)]),
    ("run/walk 60/90 for 25 min, 2.8k", [run(2.8, 25)]),
    ("first parkrun done, 41:05, walked a fair bit", [run(5, 41 + 5 / 60)]),
    ("couch to 5k wk 6 day 3, 25 min non stop, 3.4 km!!", [run(3.4, 25)]),
    ("ran 1.5 miles without stopping for the first time, 17:40", [run(mi(1.5), 17 + 40 / 60)]),
    ("week 2 day 3: 90 sec jog, 2 min walk, 6 times, 2.5km 26 mins", [run(2.5, 26)]),
    ("jog 30s walk 30s for 20 min, about 2km", [run(2, 20)]),
    ("first 5k race, 36:58, I ran the whole thing!", [run(5, 36 + 58 / 60)]),
    ("did my first mile in 14:20 with one walk break", [run(mi(1), 14 + 20 / 60)]),
    ("3.5 km run walk in 31 minutes", [run(3.5, 31)]),
    ("ran/walked 2 miles, 28:15", [run(mi(2), 28.25)]),
    ("walked 3 miles in 55 min", [act("walk", 55, mi(3))]),
    ("brisk walk 4km 42 mins, rest day from c25k", [act("walk", 42, 4)]),
    ("went for a 30 min walk, 2.5 km", [act("walk", 30, 2.5)]),
    ("c25k graduation run! 5k 38:40", [run(5, 38 + 40 / 60)]),
    ("beginner group tonight, 3.2k in 27 mins, walked twice", [run(3.2, 27)]),
    ("slowly jogged 2.5km in 19:45, walked up the hill", [run(2.5, 19.75)]),
]

BEGINNER_FOOD: list[tuple[str, list[Event]]] = [
    ("a banana before c25k", [eat(p(BANANA, 1, "medium"))]),
    ("toast with peanut butter before my first 5k",
     [eat(p(TOAST, 1, "slice"), p(PB, 1, "tbsp"))]),
    ("half a bagel with honey before my run, nervous!",
     [eat(p(BAGEL, 0.5, "bagel"), p(HONEY, 1, "tbsp"))]),
    ("after my run/walk: greek yogurt and a banana",
     [eat(p(GREEK, 1, "container"), p(BANANA, 1, "medium"))]),
    ("c25k w2d1 2.3km 22 mins then an apple", [run(2.3, 22), eat(p(APPLE, 1, "medium"))]),
    ("first parkrun 40:15 and a celebratory donut",
     [run(5, 40.25), eat(p(DONUT, 1, "doughnut"))]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("did 11,000 steps today", []),
    ("12k steps walking around the mall", []),
    ("10k steps before lunch!", []),
    ("is it normal my shins hurt after c25k week 2?", []),
    ("how do I pace a 5k if I have to walk?", []),
    ("rest day, legs feel like jelly", []),
    ("signed up for my first 5k in March!", []),
    ("it's 28°F out, do I need gloves for 3 miles?", []),
    ("what should I eat before a 6am run?", []),
    ("should I repeat week 3 of couch to 5k?", []),
    ("planning 18 miles Saturday, thoughts on fueling?", []),
    ("bought new Brooks at the running store, 9 miles on them tomorrow", []),
    ("scared of my first parkrun tomorrow lol", []),
    ("my goal is a sub 30 5k by spring", []),
]

BLOCK = {
    "us": US_RUNS + US_FOOD,
    "beginner": BEGINNER_RUNS + BEGINNER_FOOD,
    "chat": CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-voices-2026-12-01.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
