"""The "chat" probes block, 2026-11-30 (issue 15): the edges of a log where the bot asked about
words that name nothing eaten, or logged chat as food. Written in the fixer's own words (other
foods, places and phrasings than blocks a-j) BEFORE each fix, so a fix counts only when these
pass too.

Classes:
- what was not had, said after a session with nothing after it ("..., no water, no gels",
  "no breakfast beforehand", "no gels needed"): the session, nothing asked, no meal "no";
  "no pb today but 10k in 47:20" keeps its run;
- a place after a place ("a bagel from the deli on the square"): the food, nothing asked about
  "the square";
- chat about food that was not eaten now: what a place only had ("the vending machine only had
  crisps, sigh"), a food tried once long ago ("tried beetroot juice before a race once, never
  again"): nothing logged.

Labels as in the earlier blocks (corpus_labels.py): what the runner states wins; otherwise
USDA SR28's first household measure for the row.

Scores (event messages fully right; items resolved; events invented on chat):
- all 18 on main 0487b92, before any fix: 91.7 % (11/12), 100 % of items, 6 invented on 6
  chat. By class: not had 5/6 fully right (a meal "no" logged for "no breakfast"), and the
  reply asked about "no water, no gels", "no gels needed", "no breakfast beforehand" and
  "no caffeine, no gels" (3 of the 5 right ones: the score counts no question asked);
  a place after a place 6/6, asking about "the square" and "the market square" in 2; chat
  6 invented of 6.
- after "no ..." alone as chatter and a place after a place dropped: 100 % (12/12), nothing
  asked but "the square" twice (a container word, kept: "80 in the bottle"); block h 216 ->
  217 of 231 ("cod and chips from the chippy after the county champs"), every other block
  unchanged.
- after what a place only had and a food tried once as chat: 0 invented on 6; block g 2 -> 0
  invented ("the canteen only had fried stuff today, ugh", "tried onigiri on a run once, never
  again"), every other block unchanged.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    COFFEE,
    PIZZA,
    Meal,
    eat,
    mi,
    p,
    run,
    write_new,
)

Event = dict[str, object] | Meal

HALF = 21.0975

NOT_HAD: list[tuple[str, list[Event]]] = [
    ("16 miles in 2:31:00, no water, no gels", [run(mi(16), 151)]),
    ("marathon pace 20k 1:36:00 - no caffeine, no gels", [run(20, 96)]),
    ("ran 14k in 1:15:00, no breakfast beforehand", [run(14, 75)]),
    ("fasted 10k 55:00, no breakfast", [run(10, 55)]),
    ("half marathon 1:49:30, no gels needed", [run(HALF, 109.5)]),
    ("no pb today but 10k in 47:20", [run(10, 47 + 20 / 60)]),
]

PLACE_AFTER_PLACE: list[tuple[str, list[Event]]] = [
    ("a coffee from the kiosk on the seafront", [eat(p(COFFEE, 1, "cup"))]),
    ("a bagel from the deli on the square", [eat(p(BAGEL, 1, "bagel"))]),
    ("an apple from the stall on the market square", [eat(p(APPLE, 1, "medium"))]),
    ("2 slices of pizza from the van on the prom", [eat(p(PIZZA, 2, "slice"))]),
    ("a banana from the aid tent on the bridge", [eat(p(BANANA, 1, "medium"))]),
    ("a bagel from the cafe on the harbour", [eat(p(BAGEL, 1, "bagel"))]),
]

NOT_EATEN_NOW: list[tuple[str, list[Event]]] = [
    ("the vending machine only had crisps, sigh", []),
    ("the hotel breakfast only had pastries, typical", []),
    ("the petrol station only had pasties, grim", []),
    ("tried a gel once on a run, never again", []),
    ("tried beetroot juice before a race once, never again", []),
    ("had a caffeine gel once at mile 20, never again", []),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "what was not had, after a session": NOT_HAD,
    "a place after a place": PLACE_AFTER_PLACE,
    "chat about food not eaten now": NOT_EATEN_NOW,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-chat5-2026-11-30.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
