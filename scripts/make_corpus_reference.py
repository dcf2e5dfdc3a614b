"""Write the labelled corpora in tests/data: runner-style messages with reference answers.

The reference numbers never come from the parser. Run distances and durations are written by
hand (science.md constants for miles); meal references are computed by corpus_labels.py from
the USDA SR28 CSVs in /work/shared/data/usda-sr.

Each meal item lists the NDB numbers that count as the right food (the first gives the
reference kcal); an item with numbers the user stated lists "stated" instead. Each block is
its own file so it can be scored on its own (tests/data/README.md).

Run: .venv/bin/python scripts/make_corpus_reference.py [--source DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import corpus_exercise
import corpus_fresh
import corpus_heldout
import corpus_heldout2
import corpus_heldout3
import corpus_heldout4
import corpus_heldout6
import corpus_heldout7
import corpus_heldout8
import corpus_heldout9
import corpus_heldout10
import corpus_heldout11
import corpus_heldout12
import corpus_heldout13
import corpus_heldout14
import corpus_heldout15
import corpus_heldout16
import corpus_heldout17
import corpus_heldout18
import corpus_meals
import corpus_probes_cuisines
import corpus_probes_dishes
import corpus_probes_foods
import corpus_probes_numbers
import corpus_probes_runs
import corpus_runs
from corpus_labels import (
    ALMONDS,
    APPLE,
    AVOCADO,
    BAGEL,
    BANANA,
    BEEF_MINCE,
    BEER,
    BLACK_BEANS,
    BLUEBERRIES,
    BROCCOLI,
    BROWN_RICE,
    BUTTER,
    CARROTS,
    CASHEWS,
    CHEDDAR,
    CHICKEN,
    CHICKPEAS,
    CHOC_CHIP,
    CHOC_MILK,
    COD,
    COFFEE,
    COLA,
    COTTAGE,
    COUSCOUS,
    CREAM_CHEESE,
    CROISSANT,
    DARK_CHOC,
    DATES,
    GRANOLA,
    GRANOLA_BAR,
    GRAPES,
    GREEK,
    HONEY,
    HUMMUS,
    ICE_CREAM,
    JAM,
    KIWI,
    LENTILS,
    MANGO,
    MILK,
    MOZZ,
    OATS,
    OJ,
    ORANGE,
    PANCAKES,
    PASTA,
    PB,
    PEANUTS,
    PEAR,
    PITA,
    PIZZA,
    PORRIDGE,
    POTATO,
    QUINOA,
    RAISINS,
    RED_WINE,
    RICE,
    RICE_CAKE,
    SALMON,
    SHRIMP,
    SPINACH,
    STEAK,
    STRAWBERRIES,
    SWEET_POTATO,
    TOFU,
    TOMATO,
    TUNA,
    TURKEY,
    WAFFLE,
    WALNUTS,
    WHEY,
    WHOLE_PASTA,
    E,
    Item,
    Usda,
    Voices,
    block,
    check_rows,
    combo,
    g,
    load_usda,
    meal,
    meal_event,
    mi,
    ml,
    p,
    run,
    stated,
    write,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/data/usda-sr")
DATA = REPO / "tests" / "data"
OUT = DATA / "corpus.jsonl"

RUNS: list[tuple[str, list[dict[str, object]]]] = [
    ("ran 10k in 50 min", [run(10, 50)]),
    ("5k 25:30", [run(5, 25.5)]),
    ("easy 8 km, 45 min", [run(8, 45)]),
    ("half marathon 1:45:00", [run(21.0975, 105)]),
    ("marathon in 3:30:00 🎉🎉", [run(42.195, 210)]),
    ("ran 6 miles in 52 min", [run(mi(6), 52)]),
    ("6 mi @ 8:30/mi", [run(mi(6), 51)]),
    ("tempo 10 km at 4:30/km", [run(10, 45)]),
    ("long run 1h50 at 5:30 pace", [run(110 * 60 / 330, 110)]),
    ("intervals 8x400m, total 7 km in 40 min", [run(7, 40)]),
    ("trail run 15k +600m 1h40", [run(15, 100)]),
    ("ran 12 km 600 m climb 1h10 yesterday", [run(12, 70)]),
    ("treadmill 5k in 28 min", [run(5, 28)]),
    ("2 hours ago ran 8k in 44:10", [run(8, 44 + 10 / 60)]),
    ("parkrun 24:10 👟", [run(5, 24 + 10 / 60)]),
    ("10k race 48:55 PB!!", [run(10, 48 + 55 / 60)]),
    ("half in 1:52", [run(21.0975, 112)]),
    ("Ran 7.5km this morning, 41 mins", [run(7.5, 41)]),
    ("just did 5 k in 27 minutes", [run(5, 27)]),
    ("recovery jog 4km 26min", [run(4, 26)]),
    ("morning run: 9.2 km, 52:14", [run(9.2, 52 + 14 / 60)]),
    ("easy 10k 58 min z2", [run(10, 58)]),
    ("13.1 miles in 1:58:30", [run(mi(13.1), 118.5)]),
    ("ran 3 miles 28 min", [run(mi(3), 28)]),
    ("did a 15k long run in 1h25", [run(15, 85)]),
    ("16km long run, 1:35:00, felt great", [run(16, 95)]),
    ("ran 21.1k in 1h58m", [run(21.1, 118)]),
    ("ran 5km 30min", [run(5, 30)]),
    ("Tempo run 8k @ 4:45/km", [run(8, 38)]),
    ("10 km at 5:00 pace", [run(10, 50)]),
    ("ran 4 miles at 9:10 pace", [run(mi(4), 36 + 40 / 60)]),
    ("jogged 3k in 20 mins with the dog", [run(3, 20)]),
    ("track session 6x800m, 9 km total in 48 min", [run(9, 48)]),
    ("threshold 12k 55:40", [run(12, 55 + 40 / 60)]),
    ("long run 28km 2:45:10", [run(28, 165 + 10 / 60)]),
    ("ran 10 k in 49:59", [run(10, 49 + 59 / 60)]),
    ("treadmill 40 min 7 km", [run(7, 40)]),
    ("trail 18 km 2h15 +850m", [run(18, 135)]),
    ("ran 8.4km in 45:20 yesterday evening", [run(8.4, 45 + 20 / 60)]),
    ("Easy run 6km 36 min at 7", [run(6, 36)]),
    ("ran 10km in 1 hour", [run(10, 60)]),
    ("ran an hour, 11 km", [run(11, 60)]),
    ("5 km run, 31 minutes, legs tired", [run(5, 31)]),
    ("marathon done!! 4:12:33", [run(42.195, 252 + 33 / 60)]),
    ("half marathon today in 2:05", [run(21.0975, 125)]),
    ("ran 14 km in 1h 12m", [run(14, 72)]),
    ("run 9k 50min", [run(9, 50)]),
    ("race 10 miles 1:20:00", [run(mi(10), 80)]),
    ("rann 6k 35min", [run(6, 35)]),
    ("2 mile jog 20 min", [run(mi(2), 20)]),
    ("did 7k in 38 minutes this morning before work", [run(7, 38)]),
    ("ran 11.3 km 1:02:45", [run(11.3, 62.75)]),
    ("evening run 6.5k 39:00", [run(6.5, 39)]),
    ("12k progression run in 60 min", [run(12, 60)]),
    ("fartlek 45 min, 8.5 km", [run(8.5, 45)]),
    ("ran 400m repeats, 6 km total 35 min", [run(6, 35)]),
    ("5k in 22:30 at parkrun", [run(5, 22.5)]),
    ("ran for an hour and a half, 15 km", [run(15, 90)]),
    ("ran 20 miles in 3 hours", [run(mi(20), 180)]),
    ("ran 10K, 55:12 🥵", [run(10, 55.2)]),
    ("Ran 5.2 km in 31 min", [run(5.2, 31)]),
    ("ran 8 km in 50 minutes on the treadmill at 1%", [run(8, 50)]),
    ("ran 6km at 5:30/km", [run(6, 33)]),
    ("ran 3.1 miles in 29:45", [run(mi(3.1), 29.75)]),
    ("long slow run 24 km 2h30", [run(24, 150)]),
    ("easy 5 miler 47 min", [run(mi(5), 47)]),
    ("ran 10km in 52 mins then lifted 30 min", [run(10, 52), {"kind": "strength"}]),
    ("RAN 10K IN 52 MINS!!! 🔥", [run(10, 52)]),
    ("ran 5km in 29min, legs were dead lol", [run(5, 29)]),
    ("did 12km this am in 1h03", [run(12, 63)]),
    ("8k easy 🐢 49min", [run(8, 49)]),
    ("Jogged 4 km w/ the club, 25 min", [run(4, 25)]),
    ("long run done ✅ 22km 2h05", [run(22, 125)]),
    ("10km 48:30 🏃‍♂️💨", [run(10, 48.5)]),
    ("ran 3.5 miles in 33 mins", [run(mi(3.5), 33)]),
    ("morning 5k 26:40 felt gr8", [run(5, 26 + 40 / 60)]),
    ("tempo 6x1k @ 4:20/km, 10 km total in 50 min", [run(10, 50)]),
    ("trail run 12k 1:25 +450m 🏔️", [run(12, 85)]),
    ("ran 7km at 5:45/km", [run(7, 7 * 5.75)]),
    ("easy 45 min run at 6:00/km", [run(7.5, 45)]),
]

OTHER_EXERCISE: list[tuple[str, list[dict[str, object]]]] = [
    ("lifted 45 min", [{"kind": "strength"}]),
    ("gym 1h legs", [{"kind": "strength"}]),
    ("strength training 30 minutes", [{"kind": "strength"}]),
    ("upper body gym session 50 min", [{"kind": "strength"}]),
    ("deadlifts and squats 1 hour", [{"kind": "strength"}]),
    ("kettlebell circuit 25 min", [{"kind": "strength"}]),
    ("walked 5 km in 50 min", [{"kind": "activity"}]),
    ("cycled 40 km in 1h30", [{"kind": "activity"}]),
    ("swam 1500m in 35 min", [{"kind": "activity"}]),
    ("yoga 60 min", [{"kind": "activity"}]),
    ("hike 3 hours", [{"kind": "activity"}]),
    ("bike ride 1 hour", [{"kind": "activity"}]),
    ("45 min spin class", [{"kind": "activity"}]),
    ("walked the dog for 40 minutes", [{"kind": "activity"}]),
    ("rowing machine 20 min", [{"kind": "activity"}]),
]

WEIGHTS: list[tuple[str, list[dict[str, object]]]] = [
    ("weight 71.8", [{"kind": "weight", "weight_kg": 71.8}]),
    ("71.8kg", [{"kind": "weight", "weight_kg": 71.8}]),
    ("weighed 158 lb", [{"kind": "weight", "weight_kg": round(158 * 0.45359237, 2)}]),
    ("165lbs this morning", [{"kind": "weight", "weight_kg": round(165 * 0.45359237, 2)}]),
    ("weigh in: 70.2 kg", [{"kind": "weight", "weight_kg": 70.2}]),
    ("Weight today 68,9 kg", [{"kind": "weight", "weight_kg": 68.9}]),
    ("scale says 72.4", [{"kind": "weight", "weight_kg": 72.4}]),
    ("bw 80.5kg", [{"kind": "weight", "weight_kg": 80.5}]),
    ("weighed in at 152.4 lbs", [{"kind": "weight", "weight_kg": round(152.4 * 0.45359237, 2)}]),
    ("74 kg this morning", [{"kind": "weight", "weight_kg": 74.0}]),
]

MEALS: list[tuple[str, tuple[Item, ...]]] = [
    ("2 eggs and a banana", meal(p(E, 2, "large"), p(BANANA, 1, "medium"))),
    ("3 eggs and 2 slices of toast", meal(p(E, 3, "large"), p("18069", 2, "slice"))),
    ("banana", meal(p(BANANA, 1, "medium"))),
    ("an apple", meal(p(APPLE, 1, "medium"))),
    ("had 2 bananas after my run", meal(p(BANANA, 2, "medium"))),
    (
        "breakfast: 80g oats, 250ml milk, 1 banana",
        meal(g(OATS, 80), ml(MILK, 250), p(BANANA, 1, "medium")),
    ),
    ("lunch chicken breast 150g with 200g rice", meal(g(CHICKEN, 150), g(RICE, 200))),
    (
        "dinner: salmon 180g, sweet potato, broccoli",
        meal(g(SALMON, 180), p(SWEET_POTATO, 1, "medium"), p(BROCCOLI, 1, "cup")),
    ),
    ("greek yogurt 200g + honey 1 tbsp", meal(g(GREEK, 200), p(HONEY, 1, "tbsp"))),
    # label correction (meals10, 2026-12-02): bare toast is two slices (README)
    ("2 tbsp peanut butter on toast", meal(g(PB, 32), p("18069", 2, "slice"))),
    ("post run chocolate milk 500ml", meal(ml(CHOC_MILK, 500))),
    ("protein shake 1 scoop whey with 300ml milk", meal(g(WHEY, 30), ml(MILK, 300))),
    ("burrito 600 kcal 30g protein", meal(stated(600))),
    ("shake 300 kcal, 20g protein, 45g carbs", meal(stated(300))),
    ("bagel with cream cheese", meal(p(BAGEL, 1, "bagel"), p(CREAM_CHEESE, 1, "tbsp"))),
    ("snack: handful of almonds", meal(g(ALMONDS, 30))),
    ("half a cup of blueberries", meal(p(BLUEBERRIES, 0.5, "cup"))),
    (
        "½ avocado on 2 slices wholemeal toast",
        meal(g(AVOCADO, 68), p("18075", 2, "slice")),
    ),
    ("tuna can and rice cakes x3", meal(g(TUNA, 142), p(RICE_CAKE, 3, "cake"))),
    ("bowl of porridge with a banana", meal(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))),
    ("3 scrambled eggs", meal(p("01132|01123", 3, "large"))),
    ("two boiled eggs", meal(p("01129|01123", 2, "large"))),
    ("1 cup cooked rice", meal(p(RICE, 1, "cup"))),
    ("200g pasta", meal(g(PASTA, 200))),
    ("baked potato with cheddar 30g", meal(p(POTATO, 1, "potato medium"), g(CHEDDAR, 30))),
    ("an orange and a handful of walnuts", meal(p(ORANGE, 1, "fruit"), g(WALNUTS, 30))),
    ("coffee with milk", meal(g("01079|01077", 30))),
    ("2 slices of pizza", meal(p(PIZZA, 2, "slice"))),
    ("pint of beer", meal(ml(BEER, 568))),
    # label correction (meals10, 2026-12-02): a glass of wine is 175 ml (tests/data/README.md)
    ("glass of red wine", meal(g(RED_WINE, 175))),
    ("oj 250ml", meal(ml(OJ, 250))),
    (
        "granola 60g with greek yoghurt 150g and strawberries",
        meal(g(GRANOLA, 60), g(GREEK, 150), p(STRAWBERRIES, 1, "cup")),
    ),
    ("2 pancakes with honey", meal(p(PANCAKES, 2, "pancake"), p(HONEY, 1, "tbsp"))),
    ("croissant and a coffee", meal(p(CROISSANT, 1, "croissant, medium"), p(COFFEE, 1, "cup"))),
    (
        "lunch: quinoa 150g, chickpeas 100g, spinach",
        meal(g(QUINOA, 150), g(CHICKPEAS, 100), p(SPINACH, 1, "cup")),
    ),
    ("lentils 200g", meal(g(LENTILS, 200))),
    ("cottage cheese 200g", meal(g(COTTAGE, 200))),
    (
        "100g chicken, 150g brown rice, broccoli",
        meal(g(CHICKEN, 100), g(BROWN_RICE, 150), p(BROCCOLI, 1, "cup")),
    ),
    ("dinner was salmon with rice", meal(p(SALMON, 0.5, "fillet"), p(RICE, 1, "cup"))),
    ("a pear", meal(p(PEAR, 1, "medium"))),
    ("3 dates before the run", meal(p(DATES, 3, "date"))),
    ("small handful of raisins", meal(g(RAISINS, 30))),
    ("dark chocolate 25g", meal(g(DARK_CHOC, 25))),
    ("bowl of ice cream", meal(g(ICE_CREAM, 132))),
    # label correction (meals10, 2026-12-02): bare toast is two slices (README)
    (
        "toast with butter and jam",
        meal(p("18069", 2, "slice"), p(BUTTER, 1, "pat"), p(JAM, 1, "tbsp")),
    ),
    ("4 egg omelette", meal(p("01130|01123", 4, "large"))),
    ("250g greek yogurt", meal(g(GREEK, 250))),
    ("tofu 150g and rice 1 cup", meal(g(TOFU, 150), p(RICE, 1, "cup"))),
    ("shrimp 150g with couscous 1 cup", meal(g(SHRIMP, 150), p(COUSCOUS, 1, "cup"))),
    (
        "steak 200g and a baked potato",
        meal(g(STEAK, 200), p(POTATO, 1, "potato medium")),
    ),
    ("200g turkey breast", meal(g(TURKEY, 200))),
    ("cod 180g, potatoes 200g", meal(g(COD, 180), g("11674|11367|11357", 200))),
    ("black beans 1 cup", meal(p(BLACK_BEANS, 1, "cup"))),
    ("whole wheat pasta 100g", meal(g(WHOLE_PASTA, 100))),
    ("granola bar", meal(p(GRANOLA_BAR, 1, "bar"))),
    ("2 waffles", meal(p(WAFFLE, 2, "waffle"))),
    ("pita with hummus 3 tbsp", meal(p(PITA, 1, "pita"), g(HUMMUS, 45))),
    ("kiwi and a mango", meal(p(KIWI, 1, "fruit"), p(MANGO, 1, "fruit"))),
    ("cup of grapes", meal(p(GRAPES, 1, "cup"))),
    ("carrots 100g", meal(g(CARROTS, 100))),
    ("handful of cashews", meal(g(CASHEWS, 30))),
    ("30g peanuts", meal(g(PEANUTS, 30))),
    ("mozzarella 125g and tomato", meal(g(MOZZ, 125), p(TOMATO, 1, "medium"))),
    ("can of coke", meal(p(COLA, 1, "can or bottle (12 fl oz)"))),
    ("1.5 cups of oatmeal", meal(p(PORRIDGE, 1.5, "cup"))),
    (
        "Breakfast - 2 eggs, 2 toast, OJ",
        meal(p(E, 2, "large"), p("18069", 2, "slice"), p(OJ, 1, "cup")),
    ),
    ("had a banana and a coffee", meal(p(BANANA, 1, "medium"), p(COFFEE, 1, "cup"))),
    ("ate 150g of chicken and 1 cup of rice for dinner", meal(g(CHICKEN, 150), p(RICE, 1, "cup"))),
    ("snack - apple + peanut butter 1 tbsp", meal(p(APPLE, 1, "medium"), g(PB, 16))),
    ("recovery shake 25g whey", meal(g(WHEY, 25))),
    ("2 bananas 🍌🍌", meal(p(BANANA, 2, "medium"))),
    ("lunch 650 kcal", meal(stated(650))),
    ("protein bar 220 kcal 20g protein", meal(stated(220))),
    ("big bowl of pasta 350g", meal(g(PASTA, 350))),
    ("rice 1 cup, chicken thigh 150g", meal(p(RICE, 1, "cup"), g("05098", 150))),
    ("3 choc chip cookies", meal(p(CHOC_CHIP, 3, "cookie"))),
    ("1 large egg and 1 slice of toast", meal(p(E, 1, "large"), p("18069", 1, "slice"))),
    ("milk 300ml", meal(ml(MILK, 300))),
    (
        "oats 50g, blueberries 100g, honey",
        meal(g(OATS, 50), g(BLUEBERRIES, 100), p(HONEY, 1, "tbsp")),
    ),
    ("avocado toast", meal(combo("09037", g(AVOCADO, 68), p("18069", 1, "slice")))),
    (
        "salmon fillet and a sweet potato",
        meal(p(SALMON, 0.5, "fillet"), p(SWEET_POTATO, 1, "medium")),
    ),
    ("a glass of milk", meal(ml(MILK, 250))),
    ("dinner: 2 cups pasta with 100g minced beef", meal(p(PASTA, 2, "cup"), g(BEEF_MINCE, 100))),
    ("apple and 20g almonds", meal(p(APPLE, 1, "medium"), g(ALMONDS, 20))),
    ("bananna and a coffee", meal(p(BANANA, 1, "medium"), p(COFFEE, 1, "cup"))),
    ("chiken breast 200g w/ rice", meal(g(CHICKEN, 200), p(RICE, 1, "cup"))),
    (
        "had porrige with blueberries for brekkie",
        meal(p(PORRIDGE, 1, "cup"), p(BLUEBERRIES, 1, "cup")),
    ),
    ("Greek yoghurt 170g + granola 40g", meal(g(GREEK, 170), g(GRANOLA, 40))),
    ("post-run: chocolate milk 400ml 🥛", meal(ml(CHOC_MILK, 400))),
    (
        "2 slices of pizza & a coke",
        meal(p(PIZZA, 2, "slice"), p(COLA, 1, "can or bottle (12 fl oz)")),
    ),
    (
        "oats 60g, milk 200ml, banana, honey 1 tsp",
        meal(g(OATS, 60), ml(MILK, 200), p(BANANA, 1, "medium"), g(HONEY, 7)),
    ),
    ("snack - 2 rice cakes with peanut butter", meal(p(RICE_CAKE, 2, "cake"), g(PB, 32))),
    (
        "3 eggs + 2 slices wholemeal toast + avocado",
        meal(p(E, 3, "large"), p("18075", 2, "slice"), g(AVOCADO, 136)),
    ),
    (
        "steak 250g, sweet potato, brocolli",
        meal(g(STEAK, 250), p(SWEET_POTATO, 1, "medium"), p(BROCCOLI, 1, "cup")),
    ),
]

UNKNOWN_FOOD: list[tuple[str, list[dict[str, object]]]] = [
    ("had a zorblax for lunch", [{"kind": "meal", "unresolved": 1}]),
    ("ate some flurgleberries", [{"kind": "meal", "unresolved": 1}]),
]

MULTI: list[tuple[str, list[dict[str, object]]]] = [
    (
        "ran 10k in 50 min then 3 eggs and 2 slices of toast",
        [run(10, 50), "MEAL:3 eggs and 2 slices of toast"],  # type: ignore[list-item]
    ),
    ("5k in 26 min. then a banana", [run(5, 26), "MEAL:banana"]),  # type: ignore[list-item]
    ("easy 6k 35 min, then had 2 eggs", [run(6, 35), "MEAL:two boiled eggs"]),  # type: ignore[list-item]
    ("weight 70.5\nran 8k 44 min", [{"kind": "weight", "weight_kg": 70.5}, run(8, 44)]),
]

NON_EVENTS: list[str] = [
    "thanks!",
    "how am I doing?",
    "thank you 🙏",
    "hi",
    "hello coach",
    "what should I eat after a 10k?",
    "how much protein do I need?",
    "ok",
    "good morning!",
    "cool thanks",
    "should I run tomorrow?",
    "is 50 min for 10k good?",
    "I'm going to run 10k tomorrow",
    "planning a half marathon next month",
    "how many calories did I burn today?",
    "what's my protein today?",
    "lol",
    "👍",
    "nice one",
    "can you help me",
    "rest day today",
    "skipped my run today, too tired",
    "will do 5k later",
    "why is my balance negative?",
    "yes",
    "no",
    "awesome",
    "👋",
    "how much should I eat before a marathon?",
    "what was my weight last week?",
    "didn't run today",
    "tomorrow: long run 25 km",
]


def first_corpus(usda: Usda) -> list[dict[str, object]]:
    meals_by_text = dict(MEALS)
    lines: list[dict[str, object]] = []
    for text, events in RUNS + OTHER_EXERCISE + WEIGHTS + UNKNOWN_FOOD:
        lines.append({"text": text, "events": events})
    for text, items in MEALS:
        lines.append({"text": text, "events": [meal_event(items, usda)]})
    for text, events in MULTI:
        resolved = [
            meal_event(meals_by_text[e[5:]], usda) if isinstance(e, str) else e for e in events
        ]
        lines.append({"text": text, "events": resolved})
    lines.extend({"text": text, "events": []} for text in NON_EVENTS)
    return lines



BLOCKS: dict[str, Voices] = {
    "fresh-2026-11-29.jsonl": corpus_fresh.BLOCK,
    "exercise-2026-11-29.jsonl": corpus_exercise.BLOCK,
    "meals-2026-11-29.jsonl": corpus_meals.BLOCK,
    "heldout-2026-11-30.jsonl": corpus_heldout.BLOCK,
    "heldout-2026-11-30b.jsonl": corpus_heldout2.BLOCK,
    "runs-2026-11-30.jsonl": corpus_runs.BLOCK,
    "heldout-2026-11-30c.jsonl": corpus_heldout3.BLOCK,
    "heldout-2026-11-30d.jsonl": corpus_heldout4.BLOCK,
    "heldout-2026-11-30f.jsonl": corpus_heldout6.BLOCK,
    "heldout-2026-11-30g.jsonl": corpus_heldout7.BLOCK,
    "heldout-2026-11-30h.jsonl": corpus_heldout8.BLOCK,
    "heldout-2026-11-30i.jsonl": corpus_heldout9.BLOCK,
    "heldout-2026-11-30j.jsonl": corpus_heldout10.BLOCK,
    "heldout-2026-11-30k.jsonl": corpus_heldout11.BLOCK,
    "heldout-2026-12-01l.jsonl": corpus_heldout12.BLOCK,
    "heldout-2026-12-01m.jsonl": corpus_heldout13.BLOCK,
    "heldout-2026-12-01n.jsonl": corpus_heldout14.BLOCK,
    "heldout-2026-12-01o.jsonl": corpus_heldout15.BLOCK,
    "heldout-2026-12-02p.jsonl": corpus_heldout16.BLOCK,
    "heldout-2026-12-02q.jsonl": corpus_heldout17.BLOCK,
    "heldout-2026-12-02r.jsonl": corpus_heldout18.BLOCK,
    "probes-dishes-2026-11-30.jsonl": corpus_probes_dishes.BLOCK,
    "probes-numbers-2026-11-30.jsonl": corpus_probes_numbers.BLOCK,
    "probes-runs-2026-11-30.jsonl": corpus_probes_runs.BLOCK,
    "probes-cuisines-2026-11-30.jsonl": corpus_probes_cuisines.BLOCK,
    "probes-foods-2026-11-30.jsonl": corpus_probes_foods.BLOCK,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    usda = load_usda(args.source)
    DATA.mkdir(parents=True, exist_ok=True)
    outputs = {OUT: first_corpus(usda)}
    outputs.update({DATA / name: block(messages, usda) for name, messages in BLOCKS.items()})
    for path, lines in outputs.items():
        # Within a block a message counts once. Across blocks a short message may recur (the
        # "foods" probes re-measure a few of the first corpus's phrases), each scored in its own.
        texts = [str(line["text"]) for line in lines]
        again = sorted({text for text in texts if texts.count(text) > 1})
        if again:
            raise SystemExit(f"{path.name}: messages twice in one block: {again}")
    for path, lines in outputs.items():
        check_rows(lines, usda)
        write(path, lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
