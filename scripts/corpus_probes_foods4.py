"""The "foods" probes block, round 5 (2026-11-30 evening, issue 15): home cooking weighed raw
or dry, and foods SR28 has no row for that had been logged as a look-alike, written by the
helper who fixes each class BEFORE the fix, in other foods, numbers and phrasings than block
i's messages the classes were seen in ("90g dry penne", "salmon 140g raw", "100g pasta (dry)",
"a scone with jam", "a flapjack", "greggs steak bake", "iced capp", "smiley faces").

Classes:
- weighed raw or dry: a weight of pasta, rice, fish or meat that the runner says is dry, raw or
  uncooked, before the food, after it or in brackets, is that weight of SR28's dry or raw row
  (dry pasta 371 kcal/100 g, not cooked pasta's 158); passata is USDA's canned tomato puree;
  "cooked" and no word at all keep the cooked row;
- no SR28 row: a scone, a flapjack, a Greggs bake, a Tim Hortons iced capp and potato smiley
  faces are asked about (unresolved), whatever else the meal holds, as block i labels them
  (the flapjack and the iced capp relabelled by the convention decided later, below).

Labels as in the earlier blocks (corpus_labels.py); new here: dry pasta of any shape USDA's
dry enriched pasta (unenriched accepted), dry white rice USDA's raw long-grain, dry brown rice
USDA's raw long-grain brown, raw salmon USDA's farmed Atlantic raw, raw cod USDA's raw
Atlantic cod, raw chicken thighs USDA's raw thigh meat.

Scores (event messages fully right; items resolved; events invented on chat):
- all 20, on main 2bdb204 before any fix: 20.0 % (4/20), 38.9 % of items; weighed raw or dry
  3/12 (dry pasta was the cooked row, "60g uncooked spaghetti" logged nothing, "(dry)" in
  brackets was dropped), no SR28 row 1/8 (scones, flapjacks, steak bakes and the iced capp were
  look-alike rows).
- with a raw or dry row found through the food the other words name (the everyday names that
  begin "dry", "raw" or "uncooked" say which), a state word in brackets kept, raw salmon, cod,
  chicken thighs, mince and dry brown rice rows, and passata its own row: weighed 11/12, all
  60.0 %, 94.4 % of items; block i 166 -> 168 of 221 (items 222 -> 226 of 242), h 207 -> 208
  of 231, every other block unchanged. Left: "180g cod, raw weight" (the words after the comma
  are dropped, the cooked row logged).
- the label convention decided next (a stand-in within 15 % of a published kcal for one stays,
  else the runner is asked; evidence in scripts/corpus_probes_foods.py's last paragraph): the
  flapjack and iced capp probes, first labelled asked as block i labels them, are the table's
  stand-ins (granola bar, blended coffee); crumpets, scones and steak bakes are asked. With
  those rows gone and a clause naming only a food SR28 lacks read as a meal that asks ("smiley
  faces x3" had been words not understood): no SR28 row 8/8, all 95.0 %, 95.5 % of items;
  block i 172 -> 175 of 221, h 208 -> 209, the first held-out block 202 -> 203, probes-foods3
  53 -> 55 of 56 ("2 jamaican patties", "a piece of injera" now meals that ask); every other
  block unchanged.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    BROCCOLI,
    CHEDDAR,
    COFFEE,
    PASTA,
    RICE,
    Item,
    Meal,
    combo,
    eat,
    g,
    p,
    unknown,
    write_new,
)

Event = dict[str, object] | Meal
DRY_PASTA = "20120|20420"
DRY_RICE = "20444|20044"
DRY_BROWN_RICE = "20036"
RAW_SALMON = "15236"
RAW_COD = "15015"
RAW_THIGH = "05096"
PUREE = "11547|11888"
SWEET_POTATO = "11508"
PESTO = "06627|06626"
FLAPJACK = "19015|19020"


def iced_capp(size: float) -> Item:
    """A Tim Hortons iced capp as the table's blended coffee (probes-foods' "an iced capp"),
    a large 1.25 of the medium."""
    return combo("01079", g("01079", 205 * size), g("19335", 50 * size),
                 g("14411", 150 * size), g("01053", 20 * size))

WEIGHED_RAW: list[tuple[str, list[Event]]] = [
    ("85g dry fusilli and 40g cheddar", [eat(g(DRY_PASTA, 85), g(CHEDDAR, 40))]),
    ("linguine 100g dry with 2 tbsp pesto", [eat(g(DRY_PASTA, 100), p(PESTO, 0.125, "cup"))]),
    ("60g uncooked spaghetti", [eat(g(DRY_PASTA, 60))]),
    ("120g rigatoni (uncooked)", [eat(g(DRY_PASTA, 120))]),
    ("70g dry basmati and 150g broccoli", [eat(g(DRY_RICE, 70), g(BROCCOLI, 150))]),
    ("80g brown rice (dry)", [eat(g(DRY_BROWN_RICE, 80))]),
    ("raw salmon 130g and 200g sweet potato", [eat(g(RAW_SALMON, 130), g(SWEET_POTATO, 200))]),
    ("180g cod, raw weight", [eat(g(RAW_COD, 180))]),
    ("250g raw chicken thighs", [eat(g(RAW_THIGH, 250))]),
    ("300g passata and 75g dry macaroni", [eat(g(PUREE, 300), g(DRY_PASTA, 75))]),
    ("220g cooked penne", [eat(g(PASTA, 220))]),
    ("200g cooked rice with 100g broccoli", [eat(g(RICE, 200), g(BROCCOLI, 100))]),
]

NO_ROW: list[tuple[str, list[Event]]] = [
    ("2 cheese scones", [unknown()]),
    ("a fruit scone with jam and a tea", [unknown()]),
    ("a caramel flapjack after the intervals", [eat(g(FLAPJACK, 75))]),
    ("2 flapjacks and a coffee", [eat(g(FLAPJACK, 150), p(COFFEE, 1, "cup"))]),
    ("2 steak bakes after parkrun", [unknown()]),
    ("a large iced capp after the hill reps", [eat(iced_capp(1.25))]),
    ("4 smiley faces and beans", [unknown()]),
    ("a steak bake and a coffee from greggs", [unknown()]),
]

BLOCK = {
    "weighed raw or dry": WEIGHED_RAW,
    "no sr28 row": NO_ROW,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-foods4-2026-11-30.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
