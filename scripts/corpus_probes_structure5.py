"""The fifth "structure" probes block, 2026-11-30 (issue 15): how a message is cut, in the
classes block j showed the parser missing, written in the fixer's own words (other foods,
numbers and phrasings than j's messages) BEFORE each fix, so that a fix counts only when these
pass too, as the earlier structure probes did.

Classes:
- a title with a counter before a colon ("race week day 2:", "4 days out:", "checkpoint 2:",
  "round 2:", "week 5 day 1:", "3 sleeps to go:"): a heading, never the first food's name;
- a day's log as a list that holds a session or a weigh-in among its foods (numbered on one
  line, or a line each behind an emoji): each food part is a meal of its own;
- a bare number after a part of a meals' letters list ("b/l/d: a / b 420 / c 650") is that
  meal's kcal;
- a session done instead of running ("physio says no running, so 30 min on the bike"): the
  "no running" leaves the session logged;
- a stated total beside sets ("4 x 8 min, 40 min in the pool total"): the total wins;
- run/walk sets "for" a time ("walk 2 min run 1 min for 30 min, 3.2km"): that time;
- a race named with its distance ("the Bay to Breakers 12k"): the distance once;
- a meal after a named race with its time ("2 bananas after the Dublin half, 1:52:40"): the run
  too;
- food at a game watched ("2 hot dogs at the football game"): no session;
- typos in the words of a weigh-in or a distance ("wieght", "milez", "mils");
- an occasion before the food ("my sister's wedding, ..."), a night named for a food ("curry
  night, ...", "pizza nite 🍕 3 slices"), a place of two words on the way ("on the way to the
  cross country"), an aid station at a mile heading the food ("mile 40 aid:"), a walk-run
  before its figures, food for tomorrow's race, "followed by" as "then".

Labels as in the earlier blocks (corpus_labels.py): what the runner states wins (stated kcal
count as "stated"); otherwise USDA SR28's first household measure for the row.

Scores (event messages fully right; items resolved; events invented on chat):
- all 31 on main 0487b92, before any fix: 22.6 % (7/31), 62.5 % of items, 16.1 % leftover,
  0 invented; by class: titles with a counter 2/6, day lists with a session 0/4, bare kcal
  after meals' letters 0/3, instead of running 1/3, stated totals 0/2, run/walk for a time
  0/2, race names 1/2, a meal after a named race 1/2, at a game 2/3, typos 0/4.
- after titles with a counter: 35.5 % (11/31); titles 6/6. Block j 168 -> 170 of 218, every
  other block unchanged.
- after typos of a weigh-in's word and of miles ("wieght", "weigth", "milez", "mils"):
  48.4 % (15/31); typos 4/4 ("8 mils" is also block f's shape, written before reading f).
  Block f 176 -> 177 of 193, j 170 -> 172, every other block unchanged.
- after a list holding a session or a weigh-in among its foods being a day's (numbered on one
  line, or lines led by an emoji): 61.3 % (19/31); day lists 4/4. Block j 172 -> 173 of 218,
  every other block unchanged.
- after a race named with its distance run once, run/walk "for" a time, and food at a game
  watched (no session): 74.2 % (23/31), 80.0 % of items; race names 2/2, run/walk 2/2, at a
  game 3/3. Block j 173 -> 176 of 218 (one each), every other block unchanged.
- after a bare kcal after a meal's letter, a session instead of running, a stated total beside
  sets and a meal after a race named before its distance: 100 % (31/31), 100 % of items. Block
  j 176 -> 179 of 218, every other block unchanged.
- 9 more, written after their fix (from j's misses) and scored on the branch before it
  (85d1d4c): an occasion before the food (3/3 before: the score does not count the part the
  reply asked about, "sister's wedding"), a night named for a food 1/3, a place of two words
  on the way 1/3; after all 9/9, all 40 100 %. Block j 179 -> 181 of 218, every other block
  unchanged.
- 3 more, written before their fix (from blocks c and h's misses): an aid station at a mile
  heading the food ("mile 18 aid:", "km 25 feed station:"): 0/3 on the branch (with main
  0d2aa39 merged) -> 3/3, all 43 100 %. Block c 206 -> 208 of 213, h's "mile 22 aid" now
  reads its potatoes (its portions still off), every other block unchanged.
- 3 more, a meal after a walk-run and its figures ("... after my walk-run, 3.5 km 28:00"),
  written before the fix from block i's miss: 3/3 before it too (a food named alone before
  "after my walk-run" was cut from it already; i's "soldiers after my walk-run" was not), 3/3
  after. Block i 207 -> 208 of 221, every other block unchanged.
- 3 more, food for tomorrow's race eaten now ("carbs for tomorrow: ...", "... tonight for
  tomorrow's half"), written before the fix (a class no block has yet): 0/3 (taken for a
  plan) -> 3/3; all 49 100 %. Every block unchanged.
- 5 more, a counted meal or stop keeping its meal word ("breakfast #2:", "day 4 lunch:",
  "meal 3:", "feed zone 2:"), written after the titles' fix took the meal word with the title
  (scored on the branch before this fix: 3/5, meal labels 9/11) -> 5/5, labels 11/11; all 54
  100 %. Every block unchanged.
- 3 more, "followed by" between a session and food ("8k in 44 mins followed by a bagel"),
  written after the fix, scored on the branch before it: 0/3 (the first food after it was
  dropped or asked about) -> 3/3; all 57 100 %. Every block unchanged.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import TOAST2, TUNA_SARNIE, TWO_EGGS
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    COFFEE,
    HOTDOG,
    PIZZA,
    PORRIDGE,
    RICE_CAKE,
    Meal,
    act,
    eat,
    mi,
    p,
    run,
    stated,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

HALF = 21.0975

TITLES_WITH_A_COUNTER: list[tuple[str, list[Event]]] = [
    ("race week day 2: 2 bagels and a banana",
     [eat(p(BAGEL, 2, "bagel"), p(BANANA, 1, "medium"))]),
    ("4 days out: porridge and an apple", [eat(p(PORRIDGE, 1, "cup"), p(APPLE, 1, "medium"))]),
    ("checkpoint 2: a banana and an apple",
     [eat(p(BANANA, 1, "medium"), p(APPLE, 1, "medium"))]),
    ("round 2: a bagel and a coffee", [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("week 5 day 1: 5k 27:40", [run(5, 27 + 40 / 60)]),
    ("3 sleeps to go: pasta 700 kcal, an apple", [eat(stated(700), p(APPLE, 1, "medium"))]),
]

DAY_LISTS: list[tuple[str, list[Event]]] = [
    ("1. a bagel 2. 10k 49:30 3. tuna sandwich 4. an apple 5. 68.9kg",
     [eat(p(BAGEL, 1, "bagel")), run(10, 49.5), eat(TUNA_SARNIE),
      eat(p(APPLE, 1, "medium")), weight(68.9)]),
    ("1) porridge 2) 6 mile easy 55:00 3) 2 fried eggs on toast 4) a banana",
     [eat(p(PORRIDGE, 1, "cup")), run(mi(6), 55), eat(TWO_EGGS, TOAST2),
      eat(p(BANANA, 1, "medium"))]),
    ("Fri\n🥯 a bagel\n🏃 6k 33:00\n🥪 tuna sandwich\n🍎 an apple",
     [eat(p(BAGEL, 1, "bagel")), run(6, 33), eat(TUNA_SARNIE), eat(p(APPLE, 1, "medium"))]),
    ("Sun:\n🥣 porridge + a banana\n🏃‍♀️ 12k 1:04:00\n🍳 2 fried eggs on toast\n🍏 an apple",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium")), run(12, 64), eat(TWO_EGGS, TOAST2),
      eat(p(APPLE, 1, "medium"))]),
]

BARE_KCAL_IN_LETTERS: list[tuple[str, list[Event]]] = [
    ("b/l/d: porridge / a tuna sandwich 420 / pasta 650",
     [eat(p(PORRIDGE, 1, "cup"), label="breakfast"), eat(stated(420), label="lunch"),
      eat(stated(650), label="dinner")]),
    ("b/l/d - a bagel / soup and a roll 380 / chilli and rice 720",
     [eat(p(BAGEL, 1, "bagel"), label="breakfast"), eat(stated(380), label="lunch"),
      eat(stated(720), label="dinner")]),
    ("l/d: chicken wrap 450 / fish pie 600",
     [eat(stated(450), label="lunch"), eat(stated(600), label="dinner")]),
]

INSTEAD_OF_RUNNING: list[tuple[str, list[Event]]] = [
    ("physio says no running, so 30 min on the cross trainer", [act("elliptical", 30)]),
    ("no running this week so 40 min on the elliptical", [act("elliptical", 40)]),
    ("doctor said no running for a fortnight so 45 min on the bike",
     [act("cycle|spin", 45)]),
]

STATED_TOTALS: list[tuple[str, list[Event]]] = [
    ("aqua jogging 4 x 8 min, 40 min in the pool total", [act("aqua jog", 40)]),
    ("pool running 5 x 6 min, 45 mins total in the water", [act("aqua jog", 45)]),
]

RUN_WALK_FOR: list[tuple[str, list[Event]]] = [
    ("walk 2 min run 1 min for 30 min, 3.2km", [run(3.2, 30)]),
    ("run 4 min walk 1 min for 25 min, 3.5 km", [run(3.5, 25)]),
]

RACE_NAME_AND_DISTANCE: list[tuple[str, list[Event]]] = [
    ("ran the Bay to Breakers 12k in 1:05:40", [run(12, 65 + 40 / 60)]),
    ("did the Cherry Blossom 10 miler in 1:31:20", [run(mi(10), 91 + 20 / 60)]),
]

MEAL_AFTER_A_NAMED_RACE: list[tuple[str, list[Event]]] = [
    ("2 bananas after the Dublin half, 1:52:40",
     [eat(p(BANANA, 2, "medium")), run(HALF, 112 + 40 / 60)]),
    ("a bagel and a coffee after the Parkway 10k, 51:05",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup")), run(10, 51 + 5 / 60)]),
]

AT_A_GAME: list[tuple[str, list[Event]]] = [
    ("2 hot dogs at the football game", [eat(p(HOTDOG, 2, "sandwich"))]),
    ("a hot dog and a coffee at the hockey game",
     [eat(p(HOTDOG, 1, "sandwich"), p(COFFEE, 1, "cup"))]),
    ("a banana at my son's soccer match", [eat(p(BANANA, 1, "medium"))]),
]

TYPOS: list[tuple[str, list[Event]]] = [
    ("wieght 72.4kg", [weight(72.4)]),
    ("weigth 68.1 kg this morning", [weight(68.1)]),
    ("6 milez 55:00", [run(mi(6), 55)]),
    ("8 mils 1:10:00", [run(mi(8), 70)]),
]

OCCASIONS: list[tuple[str, list[Event]]] = [
    ("my sister's wedding, a bagel and a coffee",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("leaving do at work, a banana and an apple",
     [eat(p(BANANA, 1, "medium"), p(APPLE, 1, "medium"))]),
    ("my nan's birthday at the office, 3 rice cakes", [eat(p(RICE_CAKE, 3, "cake"))]),
]

FOOD_NIGHTS: list[tuple[str, list[Event]]] = [
    ("pizza night 🍕 2 slices", [eat(p(PIZZA, 2, "slice"))]),
    ("curry night, chicken korma 700 kcal and a coffee",
     [eat(stated(700), p(COFFEE, 1, "cup"))]),
    ("quiz night, a bagel and an apple", [eat(p(BAGEL, 1, "bagel"), p(APPLE, 1, "medium"))]),
]

ON_THE_WAY: list[tuple[str, list[Event]]] = [
    ("a bagel and a coffee on the way to the cross country",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("a banana on the way to the cricket club", [eat(p(BANANA, 1, "medium"))]),
    ("an apple on the way back from the swimming pool", [eat(p(APPLE, 1, "medium"))]),
]

AID_AT_A_MILE: list[tuple[str, list[Event]]] = [
    ("mile 18 aid: 2 bananas and a coffee", [eat(p(BANANA, 2, "medium"), p(COFFEE, 1, "cup"))]),
    ("km 25 feed station: a bagel and an apple",
     [eat(p(BAGEL, 1, "bagel"), p(APPLE, 1, "medium"))]),
    ("mile 60 drop bag: 3 rice cakes and a banana",
     [eat(p(RICE_CAKE, 3, "cake"), p(BANANA, 1, "medium"))]),
]

AFTER_A_WALK_RUN: list[tuple[str, list[Event]]] = [
    ("a bagel and a coffee after my walk-run, 3.5 km 28:00",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup")), run(3.5, 28)]),
    ("2 bananas and an apple after the run/walk, 3k 24:00",
     [eat(p(BANANA, 2, "medium"), p(APPLE, 1, "medium")), run(3, 24)]),
    ("porridge and a coffee after my run-walk, 5 km 38:00",
     [eat(p(PORRIDGE, 1, "cup"), p(COFFEE, 1, "cup")), run(5, 38)]),
]

FUEL_FOR_TOMORROW: list[tuple[str, list[Event]]] = [
    ("carbs for tomorrow: a bagel and 2 bananas",
     [eat(p(BAGEL, 1, "bagel"), p(BANANA, 2, "medium"))]),
    ("fuel for tomorrow's race: porridge and an apple",
     [eat(p(PORRIDGE, 1, "cup"), p(APPLE, 1, "medium"))]),
    ("2 bagels tonight for tomorrow's half", [eat(p(BAGEL, 2, "bagel"))]),
]

COUNTED_MEALS: list[tuple[str, list[Event]]] = [
    ("breakfast #2: a bagel and a coffee",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"), label="breakfast")]),
    ("day 4 lunch: porridge and an apple",
     [eat(p(PORRIDGE, 1, "cup"), p(APPLE, 1, "medium"), label="lunch")]),
    ("dinner round 2: a bagel and a banana",
     [eat(p(BAGEL, 1, "bagel"), p(BANANA, 1, "medium"), label="dinner")]),
    ("meal 3: a bagel and 2 bananas", [eat(p(BAGEL, 1, "bagel"), p(BANANA, 2, "medium"))]),
    ("feed zone 2: a banana and an apple",
     [eat(p(BANANA, 1, "medium"), p(APPLE, 1, "medium"))]),
]

FOLLOWED_BY: list[tuple[str, list[Event]]] = [
    ("8k in 44 mins followed by a bagel and a coffee",
     [run(8, 44), eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("porridge followed by 2 bananas", [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 2, "medium"))]),
    ("parkrun 26:10, followed by an apple and a coffee",
     [run(5, 26 + 10 / 60), eat(p(APPLE, 1, "medium"), p(COFFEE, 1, "cup"))]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "a title with a counter before a colon": TITLES_WITH_A_COUNTER,
    "a day's log as a list with a session": DAY_LISTS,
    "a bare kcal in a meals' letters list": BARE_KCAL_IN_LETTERS,
    "a session instead of running": INSTEAD_OF_RUNNING,
    "a stated total beside sets": STATED_TOTALS,
    "run/walk sets for a time": RUN_WALK_FOR,
    "a race named with its distance": RACE_NAME_AND_DISTANCE,
    "a meal after a named race and its time": MEAL_AFTER_A_NAMED_RACE,
    "food at a game watched": AT_A_GAME,
    "typos in a weigh-in's or distance's word": TYPOS,
    "an occasion before the food": OCCASIONS,
    "a night named for a food": FOOD_NIGHTS,
    "a place of two words on the way": ON_THE_WAY,
    "an aid station at a mile heading the food": AID_AT_A_MILE,
    "a meal after a walk-run and its figures": AFTER_A_WALK_RUN,
    "food for tomorrow's race, eaten now": FUEL_FOR_TOMORROW,
    "a counted meal or stop, its meal word kept": COUNTED_MEALS,
    "'followed by' between a session and food": FOLLOWED_BY,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-structure5-2026-11-30.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
