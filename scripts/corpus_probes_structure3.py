"""The third "structure" probes block, 2026-11-30 (issue 15): how a message is cut, in the
classes block h showed the parser missing, written in the fixer's own words (other foods,
numbers and phrasings than h's messages) BEFORE each fix, so that a fix counts only when these
pass too, as the first two probes blocks did (corpus_probes_structure.py, ...structure2.py).

Classes:
- a request to log, phrased as a question or a plea ("could you log ...", "pls add ..."): the
  food or run it names; a real question ("can I have ... before ...?") stays chat;
- stated kcal said in words above ninety-nine ("seven hundred calories", "two hundred and
  twenty", "a thousand");
- stated kcal after a dish: a tilde and a bare number after an emoji, what an app or a pack
  "says", the kcal "for the" food named before, a label of where the meal was eaten;
- a session named as a meal's label with no figures ("after yoga:", "post swim:"): when the
  meal was, not a session; a food, then "then <place> run" with the run's figures;
- plans and parties ahead: no meal, however many courses;
- a run's figures: a time after "!!!" before "and I walked" (the run's walking, no walk of its
  own), misspelt run words, a watch's name and its best lap or km (no part of the total), a
  goal "is the target";
- a food the table lacks beside a run: asked about in the meal, never dropped silently nor
  the whole message refused ("how far or how long you ran");
- a race's legs with their times first ("70.3 done!! 34:12 swim / ..."), run/walk sets in
  other notations beside a stated total;
- moments of the day between a day's meals ("3pm nap", "school run", "shower", "work"): no
  food asked about, and the food after them another meal;
- a dish titled before its fillings ("breakfast roll from the centra - 2 sausages, ..."): its
  bread is eaten too;
- helping at a race ("parkrun volunteer", "marshalled at the 10k"): no run of one's own; a
  kind of run, a bare number and where ("easy 5 on the treadmill, 45:10");
- asides in brackets that name no food ("(student budget)", "(cheat day)"): no part of the
  food's name;
- there and back with a time for each leg ("6k each way, 31 and 33 min"): a session each way;
  a pool's length ("in the 50m pool") no figure of the swim; food before "c25k" the meal;
- "my mother and I had ...": the runner's own; in-laws are someone else;
- "peloton tread": a treadmill run, not a spin class;
- one of a food with its size said after ("a coke 330ml"): that size, not one default serving;
- a watch's title naming the distance it measures ("Morning 10K" above "10.02 km"): one run,
  not two distances added; "am: ... pm: ..." on one line: two meals;
- the meals of a fast as labels: "iftar" the evening's, "suhoor" (or "sehri") the morning's;
- a race report: "went out too fast" (no "fast" of breakfast's), "4:40 first km" (a split);
- a meal's label, then its clock, then the food: "brekkie 7:30 porridge";
- a placing in a race ("3rd overall", "12th out of 300"): nothing to ask; "3rd coffee of the
  day": a coffee;
- corrections said with "oops", "sorry", "actually" before "I mean", "make that": the food
  named again replaced, the others kept; a run's figure corrected in the next sentence
  ("sorry, 10k not 8"): replaced, not added;
- "oh and ...", "forgot to say, ...": no food to ask about.

Labels as in the earlier blocks (corpus_labels.py): what the runner states wins (stated kcal
count as "stated"); otherwise USDA SR28's first household measure for the row.

Scores (event messages fully right; items resolved; events invented on chat):
- all 34 on main 02dd1a4, before any fix: 25.9 % (7/27), 37.8 %, 2 invented on 7 chat; by
  class: requests 1/6, kcal in words 0/7, kcal after a dish 4/7, session labels 2/7.
- after requests to log (clauses.py) and hundreds and thousands said before a unit
  (spoken.py): 70.4 % (19/27), 78.4 %; requests 6/6, kcal in words 7/7. Block h 78.8 -> 80.5 %.
- after a bare or tracker's number after food as its kcal, a kcal "for the" food named
  before replacing it, and other sessions' labels ("after swim:", "post yoga"): 100 % (27/27),
  100 %, 2 invented. Block h 81.4 %, every other block unchanged.
- the 9 of a run's figures, written after their fixes and scored on main 02dd1a4 before them:
  3/7, 1 invented on 2 chat.
- after parties on a day ahead as plans, a walk with no figures of its own after a run's
  sentence as the run's walking, run words' typos, a watch's name and best lap, goals "is the
  target": all 43 100 % (34/34), 100 %, 0 invented. Block h 82.7 %, g 5 -> 4 invented.
- the 5 of a food the table lacks beside a run, written after their fix and scored on main
  02dd1a4 before it: 2/5 (two refused whole); after 5/5, all 48 100 % (39/39) (its
  korvapuusti became "2 zeppole" when the foods round taught the table the bun). Block h
  82.7 -> 83.1 %, leftover 1.3 -> 0.9 %; g leftover 1.5 -> 1.0 %.
- the 5 of a race's legs and run/walk sets, written after their fix and scored on main
  02dd1a4 before it: 3/5; after 5/5, all 53 100 % (44/44). Block h 83.1 -> 84.0 %.
- the 5 of moments of the day between meals, written after their fix and scored on main
  02dd1a4 before it: 3/5; after 5/5, all 58 100 % (49/49). Block h 84.0 -> 84.4 %.
- 3 more of a title holding a duration ("break on the 10 hr shift: ..."), written after the
  fix and scored on main 02dd1a4 before it: 1/3; after 3/3, all 61 100 % (52/52). Block h
  84.4 -> 84.8 %.
- the 3 of the bread of a dish titled before its fillings, written after their fix and scored
  on main 02dd1a4 before it: 0/3; after 3/3, all 64 100 % (55/55). Block h leftover 0.9 ->
  0.4 % (the breakfast roll's bread logged; its kcal still short of the label's, the table's
  roll being a dinner roll).
- the 6 of helping at a race and a kind of run with where, written after their fix and scored
  on main 02dd1a4 before it: 0/4 and 2 invented on 2 chat; after 4/4 and 0, all 70 100 %
  (59/59). Block h 203 -> 204 of 231 (its "each way" label set right, 202 -> 203, before).
- the 4 of asides in brackets, written after their fix and scored on main 02dd1a4 before it:
  2/4; after 4/4, all 74 100 % (63/63). Block h items 242 -> 243 of 253.
- the 5 of a time for each way, a pool's length and food before c25k, written after their fix
  and scored on main 02dd1a4 before it: 0/5; after 5/5, all 79 100 % (68/68). Blocks g 167 ->
  170 of 201, f 170 -> 171 of 193, h 204 -> 206 of 231, second structure probes 40 -> 42 of 43.
- the 4 of family and in-laws, written after their fix and scored on main fd13985 (this
  round's first two landings) before it: 1/3 and 1 invented on 1 chat; after 3/3 and 0, all
  83 100 % (71/71). Block g 4 -> 3 invented.
- the 2 of a "tread", written after the fix and scored on main fd13985 before it: 1/2; after
  2/2, all 85 100 % (73/73). Block f 171 -> 172 of 193, leftover 0.5 -> 0 %.
- the 3 of one food with its size said after, written after the fix and scored on main
  fd13985 before it: 1/3; after 3/3, all 88 100 % (76/76). Block e 165 -> 166 of 196.
- the 5 of a watch's title and parts of the day on one line, written after the fix and scored
  on main fd13985 before it: 1/5; after 5/5, all 93 100 % (81/81). The first structure probes
  95 -> 96 of 97 ("Track 5k" above "5.00 km" was refused as 10 km in 20 min), the second 42
  -> 43 of 43 ("am: ... pm: ..." on one line lost the morning's food).
- the 2 of a fast's meals, written after the fix and scored on main c1d4f68 before it: their
  labels 0/2 (the meals right, unlabelled); after 2/2, all 95 100 % (83/83), labels 7/7.
- the 3 of a race report, written after the fix and scored on main c1d4f68 before it: 0/3;
  after 3/3, all 98 100 % (86/86).
- the 2 of a meal's label then its clock, written after the fix and scored on main c1d4f68
  before it: 0/2; after 2/2, all 100 100 % (88/88).
- the 4 of a placing and the how-manieth of the day, written after the fix and scored on main
  c1d4f68 before it: 2/4 (the placings logged, but asked about); after 4/4, all 104 100 %
  (92/92).
- the 3 of corrections, written after the fix and scored on main c1d4f68 before it: 0/3;
  after 3/3, all 107 100 % (95/95); 2 more of a run's figure corrected (0/2 on c1d4f68): all
  109 100 % (97/97).
- 3 of words that open a sentence ("oh and ..."): 3/3 on main c1d4f68 as well (an unknown
  "oh" asked about costs the meal no kcal, so the score misses it; the tests hold it); all 112
  100 % (100/100).
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import TOAST2, TUNA_SARNIE, TWO_EGGS, rashers
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    BREAD,
    COFFEE,
    FRIED_EGG,
    OJ,
    PORRIDGE,
    RICE_CAKE,
    ROLL,
    Meal,
    act,
    eat,
    g,
    ml,
    p,
    run,
    stated,
    unknown,
    write_new,
)

Event = dict[str, object] | Meal

REQUESTS: list[tuple[str, list[Event]]] = [
    ("could you log 2 fried eggs and 2 slices of toast", [eat(TWO_EGGS, TOAST2)]),
    ("pls log a bagel and a coffee", [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("can u add porridge and a banana please",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))]),
    ("could you please record an apple and 3 rice cakes",
     [eat(p(APPLE, 1, "medium"), p(RICE_CAKE, 3, "cake"))]),
    ("can you log a run for me, 8k in 41:20", [run(8, 41 + 20 / 60)]),
    ("please add a tuna sandwich for lunch", [eat(TUNA_SARNIE, label="lunch")]),
    ("can I have a bagel before a long run?", []),
    ("could you tell me if 2 bananas is enough before a half?", []),
]

KCAL_IN_WORDS: list[tuple[str, list[Event]]] = [
    ("burrito for dinner about seven hundred calories", [eat(stated(700), label="dinner")]),
    ("a protein bar that was two hundred and twenty calories", [eat(stated(220))]),
    ("slice of carrot cake four hundred and fifty calories", [eat(stated(450))]),
    ("big curry from the takeaway about a thousand calories", [eat(stated(1000))]),
    ("ran ten k in fifty one minutes then pizza around one thousand two hundred calories",
     [run(10, 51), eat(stated(1200))]),
    ("had a flapjack three hundred calories and a coffee",
     [eat(stated(300), p(COFFEE, 1, "cup"))]),
    ("pasta bake about one and a half thousand calories", [eat(stated(1500))]),
]

KCAL_AFTER_A_DISH: list[tuple[str, list[Event]]] = [
    ("pad thai 🍜 ~650", [eat(stated(650))]),
    ("doner kebab ~ 780", [eat(stated(780))]),
    ("porridge with banana, app says 410kcal", [eat(stated(410))]),
    ("a flapjack and a coffee, the pack says 320 kcal for the flapjack",
     [eat(stated(320), p(COFFEE, 1, "cup"))]),
    ("stir fry, mfp says 580", [eat(stated(580))]),
    ("lunch on the night shift: tuna pasta 520 kcal, an apple",
     [eat(stated(520), p(APPLE, 1, "medium"), label="lunch")]),
    ("snack at work: protein bar 210 kcal, a banana",
     [eat(stated(210), p(BANANA, 1, "medium"), label="snack")]),
    # a title holding a duration ("on the 12 hr shift:"), added after block h's meal deal
    ("break on the 10 hr shift: a banana, 3 rice cakes",
     [eat(p(BANANA, 1, "medium"), p(RICE_CAKE, 3, "cake"))]),
    ("meal deal after the 3 hour drive: ham sandwich 350 kcal, an apple",
     [eat(stated(350), p(APPLE, 1, "medium"))]),
    ("snack on my 8h shift: 2 rice cakes, a banana",
     [eat(p(RICE_CAKE, 2, "cake"), p(BANANA, 1, "medium"), label="snack")]),
]

SESSION_LABELS: list[tuple[str, list[Event]]] = [
    ("after yoga: a bagel and a banana", [eat(p(BAGEL, 1, "bagel"), p(BANANA, 1, "medium"))]),
    ("post swim: porridge and a coffee", [eat(p(PORRIDGE, 1, "cup"), p(COFFEE, 1, "cup"))]),
    ("after spin: 2 fried eggs on 2 slices of toast", [eat(TWO_EGGS, TOAST2)]),
    ("after the bike: 3 rice cakes", [eat(p(RICE_CAKE, 3, "cake"))]),
    ("before pilates: an apple", [eat(p(APPLE, 1, "medium"))]),
    ("a bagel then canal run, 8km 44:30", [eat(p(BAGEL, 1, "bagel")), run(8, 44.5)]),
    ("porridge then hill run, 6k 35:10", [eat(p(PORRIDGE, 1, "cup")), run(6, 35 + 10 / 60)]),
]

PLANS: list[tuple[str, list[Event]]] = [
    ("club christmas do next friday, 3 courses and a ceilidh", []),
    ("team curry night on thursday after intervals", []),
    ("awards dinner tomorrow, 4 courses and a free bar", []),
    ("pasta party the night before the marathon on saturday", []),
    ("birthday meal on sunday, booked a table for 8", []),
]

RUN_FIGURES: list[tuple[str, list[Event]]] = [
    ("my first ever 10k race!!! 1:02:45 and walked the hills", [run(10, 62.75)]),
    ("parkrun done 🙌 33:08 and I walked twice", [run(5, 33 + 8 / 60)]),
    ("half marthon 2:05:30 😭", [run(21.0975, 125.5)]),
    ("tempo on the tredmill 8k 40:00", [run(8, 40)]),
    ("did 15 kilometers in 1:21:30", [run(15, 81.5)]),
    ("Suunto 9\nEvening Run\n12.4 km\n1:05:12\nFastest km 4:51", [run(12.4, 65.2)]),
    ("COROS\nRun\n6.00 km\n31:45\nBest km 5:02", [run(6, 31.75)]),
    ("sub 50 10k is the goal for spring", []),
    ("half marathon in april, 1:45 is the target", []),
]

UNKNOWN_BESIDE_A_RUN: list[tuple[str, list[Event]]] = [
    ("ran 12k 1:02:00 then 2 zeppole and tea", [run(12, 62), unknown(1)]),
    ("mandazi and chai after the 15k, 1:16:40", [run(15, 76 + 40 / 60), unknown(1)]),
    ("2 piragi at the finish of the fun run", [unknown(1)]),
    ("3 oliebollen after the charity run", [unknown(1)]),
    ("ran 10k 48:30, a lussekatt and a latte after", [run(10, 48.5), unknown(1)]),
]

LEGS_AND_INTERVALS: list[tuple[str, list[Event]]] = [
    ("sprint tri done! 14:05 swim / 41:30 bike / 24:50 run",
     [act("swim", 14 + 5 / 60), act("cycle", 41.5), run(5, 24 + 50 / 60)]),
    ("olympic tri!! 26:40 swim / 1:12:10 bike / 44:30 run",
     [act("swim", 26 + 40 / 60), act("cycle", 72 + 10 / 60), run(10, 44.5)]),
    ("run/walk 2 min / 1 min x 10, 4.2 km in 31 min", [run(4.2, 31)]),
    ("2 min run 1 min walk x 9, 3.8 km in 27 min", [run(3.8, 27)]),
    ("jog/walk 3 min / 1 min x 6, 26 min 3.4 km", [run(3.4, 26)]),
]

DAY_MOMENTS: list[tuple[str, list[Event]]] = [
    ("2 slices of toast, school run, a tuna sandwich", [eat(TOAST2), eat(TUNA_SARNIE)]),
    ("porridge, 2 hour nap, pasta 600 kcal", [eat(p(PORRIDGE, 1, "cup")), eat(stated(600))]),
    ("bagel, shower, 8k 41:00, curry 750 kcal",
     [eat(p(BAGEL, 1, "bagel")), run(8, 41), eat(stated(750))]),
    ("an apple, work, a banana", [eat(p(APPLE, 1, "medium")), eat(p(BANANA, 1, "medium"))]),
    ("sun: 3 rice cakes, 4pm nap, roast dinner 850 kcal",
     [eat(p(RICE_CAKE, 3, "cake")), eat(stated(850))]),
]

BREAD_OF_A_TITLE: list[tuple[str, list[Event]]] = [
    ("breakfast bap from the van - 2 fried eggs, 2 rashers",
     [eat(p(ROLL, 1, "roll"), TWO_EGGS, rashers(2))]),
    ("sandwich from the garage: 2 fried eggs, 2 rashers",
     [eat(p(BREAD, 2, "slice"), TWO_EGGS, rashers(2))]),
    ("bagel from the market - 2 fried eggs, 1 rasher",
     [eat(p(BAGEL, 1, "bagel"), TWO_EGGS, rashers(1))]),
]

HELPING_AND_WHERE: list[tuple[str, list[Event]]] = [
    ("marshalled at the 10k race, then ran 7k 38:00", [run(7, 38)]),
    ("volunteering at parkrun this morning", []),
    ("cheering at the marathon all day", []),
    ("easy 6 round the park, 33:20", [run(6, 33 + 20 / 60)]),
    ("steady 10 along the canal, 52:45", [run(10, 52.75)]),
    ("long 24 with the harriers, 2:10:00", [run(24, 130)]),
]

ASIDES: list[tuple[str, list[Event]]] = [
    ("porridge (the usual) and a banana", [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))]),
    ("2 fried eggs on 2 slices of toast (cheat day)", [eat(TWO_EGGS, TOAST2)]),
    ("a bagel (gluten free sadly) and a coffee", [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("3 rice cakes (kids' leftovers)", [eat(p(RICE_CAKE, 3, "cake"))]),
]

LEGS_EACH_WAY: list[tuple[str, list[Event]]] = [
    ("ran to the office and back, 8k each way, 42 and 45 min", [run(8, 42), run(8, 45)]),
    ("commute run both ways 6.5k each, 34:10 and 36:30",
     [run(6.5, 34 + 10 / 60), run(6.5, 36.5)]),
    ("jogged to the pool and back, 3k each way, 17 and 16 min", [run(3, 17), run(3, 16)]),
    ("swim 2000m 41:15 in the 25m pool", [act("swim", 41.25, 2.0)]),
    ("2 rice cakes before couch to 5k", [eat(p(RICE_CAKE, 2, "cake"))]),
]

WITH_FAMILY: list[tuple[str, list[Event]]] = [
    ("my mother and I had a bagel and a coffee", [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("my father and I had porridge and a banana",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))]),
    ("my brother-in-law and I ran 8k in 44 min", [run(8, 44)]),
    ("my sister-in-law ran a 3:30 marathon", []),
]

ONE_AND_ITS_SIZE: list[tuple[str, list[Event]]] = [
    ("an orange juice 250ml", [eat(ml(OJ, 250))]),
    ("a banana 130g and a coffee", [eat(g(BANANA, 130), p(COFFEE, 1, "cup"))]),
    ("ran 6k 33:00 and an apple 180g after", [run(6, 33), eat(g(APPLE, 180))]),
]

TITLES_AND_PARTS: list[tuple[str, list[Event]]] = [
    ("Evening 8K\n8.03 km\n41:50", [run(8.03, 41 + 50 / 60)]),
    ("Half Marathon\n21.12 km\n1:49:30", [run(21.12, 109.5)]),
    ("Lunch 5K\n5.02 km · 26:14", [run(5.02, 26 + 14 / 60)]),
    ("morning: 2 fried eggs on 2 slices of toast evening: pasta 700 kcal",
     [eat(TWO_EGGS, TOAST2), eat(stated(700))]),
    ("am: a bagel and a coffee pm: curry 800 kcal",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup")), eat(stated(800))]),
]

CORRECTIONS: list[tuple[str, list[Event]]] = [
    ("2 fried eggs and 2 slices of toast. actually make that 3 fried eggs",
     [eat(p(FRIED_EGG, 3, "large"), TOAST2)]),
    ("a bagel, oops I mean a banana", [eat(p(BANANA, 1, "medium"))]),
    ("porridge and a coffee. sorry, make that 2 coffees",
     [eat(p(PORRIDGE, 1, "cup"), p(COFFEE, 2, "cup"))]),
    ("tempo run 7k 33:10. sorry, 8k not 7", [run(8, 33 + 10 / 60)]),
    ("easy run 6k in 35 min. actually 37 min", [run(6, 37)]),
]

INTERJECTIONS: list[tuple[str, list[Event]]] = [
    ("oh and 2 rice cakes", [eat(p(RICE_CAKE, 2, "cake"))]),
    ("porridge. ah and a coffee", [eat(p(PORRIDGE, 1, "cup"), p(COFFEE, 1, "cup"))]),
    ("forgot to mention, an apple at 4", [eat(p(APPLE, 1, "medium"))]),
]

PLACINGS_AND_NTH: list[tuple[str, list[Event]]] = [
    ("parkrun 22:50, 4th overall", [run(5, 22 + 50 / 60)]),
    ("10k 44:30, 9th out of 150", [run(10, 44.5)]),
    ("second coffee of the day", [eat(p(COFFEE, 1, "cup"))]),
    ("2nd apple of the day", [eat(p(APPLE, 1, "medium"))]),
]

LABEL_THEN_CLOCK: list[tuple[str, list[Event]]] = [
    ("brekkie 7:45 a bagel and a coffee, dinner 19:00 curry 700 kcal",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"), label="breakfast"),
      eat(stated(700), label="dinner")]),
    ("lunch 12:15 tuna sandwich and an apple",
     [eat(TUNA_SARNIE, p(APPLE, 1, "medium"), label="lunch")]),
]

RACE_REPORT: list[tuple[str, list[Event]]] = [
    ("race report: 10k in 49:05, went out too fast, 4:35 first km", [run(10, 49 + 5 / 60)]),
    ("parkrun 25:40, went off way too fast", [run(5, 25 + 40 / 60)]),
    ("8k tempo 38:20, 4:30 for the last km", [run(8, 38 + 20 / 60)]),
]

A_FAST_S_MEALS: list[tuple[str, list[Event]]] = [
    ("iftar: lentil soup 250 kcal and 3 rice cakes",
     [eat(stated(250), p(RICE_CAKE, 3, "cake"), label="dinner")]),
    ("suhoor: porridge and a banana",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"), label="breakfast")]),
]

TREAD: list[tuple[str, list[Event]]] = [
    ("peloton tread 5k 27:40", [run(5, 27 + 40 / 60)]),
    ("tread 40 min, 7.2 km", [run(7.2, 40)]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "requests to log": REQUESTS,
    "kcal said in words": KCAL_IN_WORDS,
    "kcal after a dish": KCAL_AFTER_A_DISH,
    "a session as a meal's label": SESSION_LABELS,
    "plans and parties": PLANS,
    "a run's figures": RUN_FIGURES,
    "a food the table lacks beside a run": UNKNOWN_BESIDE_A_RUN,
    "a race's legs, run/walk sets": LEGS_AND_INTERVALS,
    "moments of the day between meals": DAY_MOMENTS,
    "the bread of a dish titled before its fillings": BREAD_OF_A_TITLE,
    "helping at a race, a kind of run and where": HELPING_AND_WHERE,
    "asides in brackets": ASIDES,
    "a time for each way, a pool's length, food before c25k": LEGS_EACH_WAY,
    "with family, and in-laws": WITH_FAMILY,
    "a treadmill called a tread": TREAD,
    "one, its size said after": ONE_AND_ITS_SIZE,
    "a watch's title, parts of the day on one line": TITLES_AND_PARTS,
    "the meals of a fast": A_FAST_S_MEALS,
    "a race report": RACE_REPORT,
    "a meal's label, then its clock": LABEL_THEN_CLOCK,
    "a placing, the how-manieth of the day": PLACINGS_AND_NTH,
    "corrections": CORRECTIONS,
    "words that open a sentence and log nothing": INTERJECTIONS,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-structure3-2026-11-30.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
