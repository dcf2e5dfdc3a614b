"""Probes of the "numbers" round (2026-11-30): new messages, in words of their own, of the shapes
that block d showed the parser misreading, written to prove a fix holds for the class and not
for one message. Shapes:

- per-each and per-amount kcal: "2 x sis gels (87 kcal)", "gels 4x90kcal", "1 litre of
  tailwind (200 cal/500ml)", "a whole pack (200 kcal)" after the food it is the amount of;
- a kcal stated after several foods that no one of them could hold is theirs together:
  "steak and chips 850 kcal", "lamb curry + naan, 1150 cal", "..., 1200 kcal per the app";
- a part of a stated whole: "ate a third (2400 kcal for the whole pizza)", "had 120g of it",
  "shared a pepperoni pizza with my husband", "split a bottle of red wine between three";
- whole-day logs by the clock ("06:45 ..., 12:15 ..."; a bare "8:15" before "13:30" is the
  morning), by parts of the day ("morning: ..., evening: ...", "am: ... / pm: ...") and by
  labels written with a dash ("tea - sausage and mash");
- a run, a meal and a weigh-in in one line;
- fuel during a race named by its distance ("during the half marathon", "on the 18 miler", "at
  mile 20 of the marathon"): the race is when it was taken, not a run of its own.

Labels follow the earlier blocks (corpus_heldout4.py's conventions): what the runner states
wins (stated kcal count as "stated"); otherwise USDA SR28's household measure. A kcal after a
count is one piece's when it is about one piece's and not all of them ("3 gels (100 kcal)" is
300, "2 clif bars 250 kcal" 500: a gel is about 100, a Clif bar 250; "2 bananas 210 kcal" 210).
New ones: a bottle of wine is 750 ml; a pizza "shared" with one person is half of USDA's whole
14" pizza; "a tub of ice cream" is not weighed (the kcal given for the whole tub is what counts).
"""

from __future__ import annotations

from corpus_fresh import BREW, TOAST2, TUNA_SARNIE, bangers
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    BEANS,
    BUTTER,
    GRANOLA,
    GREEK,
    JAM,
    MASH,
    MILK,
    OATS,
    PEPPERONI_PIZZA,
    POTATO,
    RED_WINE,
    RICE,
    SALMON,
    E,
    Item,
    Meal,
    eat,
    g,
    mi,
    ml,
    p,
    run,
    stated,
    weight,
)

Event = dict[str, object] | Meal
TOAST = "18069|18070"


def buttered(slices: int) -> tuple[Item, Item]:
    return p(TOAST, slices, "slice"), p(BUTTER, slices, "pat")


FUEL: list[tuple[str, list[Event]]] = [
    ("3 x maurten 100 gels, 100 kcal each", [eat(stated(300))]),
    ("necked 2 x sis gels (87 kcal)", [eat(stated(174))]),
    ("chews 2x160 cal", [eat(stated(320))]),
    ("gels 3 x 110kcal and a banana", [eat(stated(330), p(BANANA, 1, "medium"))]),
    ("1 litre of tailwind (200 cal/500ml)", [eat(stated(400))]),
    ("600ml of electrolyte drink (40 kcal/500ml)", [eat(stated(48))]),
    ("1.5l of skratch, 80cal per 500ml", [eat(stated(240))]),
    ("clif bloks, the full pack (200 cal)", [eat(stated(200))]),
    ("jelly babies, a whole packet (350 kcal)", [eat(stated(350))]),
    ("2 bottles of skratch, 80 kcal a bottle", [eat(stated(160))]),
    ("3 gels (100 kcal) on the long run", [eat(stated(300))]),
    ("2 clif bars 250 kcal", [eat(stated(500))]),
    ("2 bananas 210 kcal", [eat(stated(210))]),
]

#: Fuel taken during a race named by its distance: the race is when, not a run to log.
DURING: list[tuple[str, list[Event]]] = [
    ("gels 4x90kcal during the marathon", [eat(stated(360))]),
    ("2 x 100 kcal gels on the 18 miler", [eat(stated(200))]),
    ("a 110 kcal gel at mile 20 of the marathon", [eat(stated(110))]),
    ("500ml of tailwind (100 kcal/500ml) during the half marathon", [eat(stated(100))]),
    ("half a banana and a gel (100 kcal) during the 10k",
     [eat(p(BANANA, 0.5, "medium"), stated(100))]),
]

TOTALS: list[tuple[str, list[Event]]] = [
    ("steak and chips 850 kcal", [eat(stated(850))]),
    ("chicken and rice 700 kcal", [eat(stated(700))]),
    ("burrito, chips and guac, 1200 kcal per the app", [eat(stated(1200))]),
    ("pasta with pesto and chicken, 780 kcal by my app", [eat(stated(780))]),
    ("lamb curry + naan, 1150 cal", [eat(stated(1150))]),
    ("fish, chips and mushy peas, 1200 kcal according to the app", [eat(stated(1200))]),
    ("hot cross bun and a latte, 380 kcal", [eat(stated(380))]),
    ("pizza express margherita, dough balls, 1300 kcal on the menu", [eat(stated(1300))]),
]

WHOLES: list[tuple[str, list[Event]]] = [
    ("ate half a tub of ice cream (the tub says 1000 for the whole thing)",
     [eat(stated(500))]),
    ("large pizza from dominos, ate a third (2400 kcal for the whole pizza)",
     [eat(stated(800))]),
    ("bag of sharing crisps, had half of it, whole bag is 700 kcal", [eat(stated(350))]),
    ("leftover salmon, had 120g of it", [eat(g(SALMON, 120))]),
    ("half a packet of biscuits (packet is 500 kcal)", [eat(stated(250))]),
    ("cookie dough, the tub is 1200 kcal, had a quarter", [eat(stated(300))]),
    ("shared a pepperoni pizza with my husband", [eat(p(PEPPERONI_PIZZA, 0.5, "pizza"))]),
    ("split a bottle of red wine between the three of us", [eat(ml(RED_WINE, 250))]),
]

WHOLE_DAY: list[tuple[str, list[Event]]] = [
    ("06:45 40g oats with 200ml milk, 12:15 2 slices of toast, 15:30 banana, 19:00 120g salmon"
     " and 1 cup rice",
     [eat(g(OATS, 40), ml(MILK, 200)), eat(TOAST2), eat(p(BANANA, 1, "medium")),
      eat(g(SALMON, 120), p(RICE, 1, "cup"))]),
    ("8:15 bagel with jam, 13:30 tuna sandwich, 16:45 apple, 20:00 2 slices of toast with butter",
     [eat(p(BAGEL, 1, "bagel"), p(JAM, 1, "tbsp")), eat(TUNA_SARNIE), eat(p(APPLE, 1, "medium")),
      eat(*buttered(2))]),
    ("breakfast - greek yoghurt 150g and 30g granola, lunch - jacket potato with beans, "
     "tea - sausage and mash",
     [eat(g(GREEK, 150), g(GRANOLA, 30), label="breakfast"),
      eat(p(POTATO, 1, "potato large"), g(BEANS, 200), label="lunch"),
      eat(bangers(2), p(MASH, 1, "cup"), label="dinner")]),
    ("morning: 2 slices of toast, afternoon: an apple, evening: 120g salmon and 1 cup rice",
     [eat(TOAST2), eat(p(APPLE, 1, "medium")), eat(g(SALMON, 120), p(RICE, 1, "cup"))]),
    ("am: 40g oats with 200ml milk / pm: a banana",
     [eat(g(OATS, 40), ml(MILK, 200)), eat(p(BANANA, 1, "medium"))]),
    ("easy day: 7am 2 slices of toast with butter, ran 8k in 45 min, 1pm a banana and a brew",
     [eat(*buttered(2)), run(8, 45), eat(p(BANANA, 1, "medium"), BREW)]),
]

SEVERAL: list[tuple[str, list[Event]]] = [
    ("5k 25:30, 2 slices of toast with butter after, 70.4kg",
     [run(5, 25.5), eat(*buttered(2)), weight(70.4)]),
    ("71.3kg this morning, bagel, then ran 6 mi 52:00",
     [weight(71.3), eat(p(BAGEL, 1, "bagel")), run(mi(6), 52)]),
    ("10k in 49:50 then 3 eggs, 72.0 kg", [run(10, 49 + 50 / 60), eat(p(E, 3, "large")),
                                          weight(72.0)]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "sports fuel": FUEL, "fuel during a race": DURING, "stated totals": TOTALS,
    "part of a whole": WHOLES, "whole day": WHOLE_DAY, "several events": SEVERAL,
}
