"""The "corrections" probes block, 2026-11-30 (issue 15): a runner who corrects a figure or a
food inside the message ("ran 8k in 44 min, no wait 46"), or the message before ("correction
to my last: ..."), and chat that names food or figures but logs nothing. Written in the
fixer's own words (other foods, numbers and phrasings than block i's corrections voice) BEFORE
the fixes, so a fix counts only when these pass too.

Classes:
- a figure corrected later in the message, after "actually", "no wait", "sorry", "oops, I
  meant", "correction", "edit:", "I mean": a distance, a clock time, minutes, a bare number
  (the figure it is nearest), a weight, a volume, a count of a food; the corrected figure is
  logged once, the replaced one never;
- "N not M": the figure said is N; M is no figure of the message;
- a food taken back: "a croissant... no, a bagel";
- a correction of the message before ("correction to my last: ...", "last one should be ...",
  "... was 6k not 5k, same time ..."): the corrected event, once (the bot replaces the last
  entry of its kind with it);
- chat: a choice asked without a question mark ("porridge or toast, which is better ..."),
  a plan with "will log it after", gels forgotten or left at home, someone else's meal;
- "the boys and I had ...": the runner's own meal, nothing asked about "the boys".

Labels as in the earlier blocks (corpus_labels.py): what the runner states wins; otherwise
USDA SR28's first household measure for the row.

Scores (event messages fully right; items resolved; events invented on chat):
- all 31 on main 2bdb204, before any fix: 16.7 % (4/24), 78.6 % of items, 4 invented on 7
  chat; by class: a figure corrected 0/13, "N not M" 2/3, a food taken back 0/2, the message
  before 1/4, with others 1/2.
- after a figure corrected put in place of the one it corrects, "not M" dropped, "no," taking
  back a food (corrections.py, items.py), a choice asked without "?", a weekday beside "I'll
  tell you after" as the one ahead, food forgotten or left behind, "the boys and I" as the
  runner: 87.5 % (21/24), 100 % of items, 0 invented. The 3 misses are no corrections' (plain
  "milk" is whole milk, the labels' semi-skimmed; a spread on 3 slices is the table's 3
  servings, the label's one). Block i 75.1 -> 77.8 % (corrections 0/8 -> 6/8, the other two the
  same two misses), 2 -> 0 invented; block g 3 -> 2 invented; every other block unchanged.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    BAGEL,
    BANANA,
    BREAD,
    JAM,
    OJ,
    PANCAKES,
    PIZZA,
    PORRIDGE,
    SEMI,
    WHOLE_MILK,
    Meal,
    eat,
    mi,
    ml,
    p,
    run,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

MILK = SEMI + "|" + WHOLE_MILK
SCRAMBLED = "01132|01123|01129"  # scrambled first: its own row, as the runner says

FIGURES: list[tuple[str, list[Event]]] = [
    ("ran 12k in 61:00 — actually it was 11k not 12", [run(11, 61)]),
    ("long run 18 miles 2:40:00... correction 2:43:10", [run(mi(18), 163 + 10 / 60)]),
    ("weighed in at 68.9, no wait 69.3", [weight(69.3)]),
    ("scales said 81.0 kg - sorry, 80.1 kg", [weight(80.1)]),
    ("easy 6.2 km 35 min. edit: 6.6 km", [run(6.6, 35)]),
    ("ran 8k in 44 min, no wait 46", [run(8, 46)]),
    ("interval session 9k 47:30, oops I meant 48:30", [run(9, 48.5)]),
    ("ran 5 miles in 41 min, I mean 4 miles", [run(mi(4), 41)]),
    ("3 scrambled eggs, sorry 2 eggs", [eat(p(SCRAMBLED, 2, "large"))]),
    ("a bowl of porridge and 2 bananas. edit: 1 banana",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"))]),
    ("300ml of orange juice - oops, I meant 200ml", [eat(ml(OJ, 200))]),
    ("4 slices of toast with jam, sorry 2 slices",
     [eat(p(BREAD, 2, "slice"), p(JAM, 1, "tbsp"))]),
    ("recovery shake with 400ml milk... correction, 300ml", [eat(ml(MILK, 300))]),
]

NOT_THE_OTHER: list[tuple[str, list[Event]]] = [
    ("did 14k not 15k this morning, 1:12:40", [run(14, 72 + 40 / 60)]),
    ("had 3 pancakes not 4", [eat(p(PANCAKES, 3, "pancake"))]),
    ("weighed 74.2 not 74.8 this morning", [weight(74.2)]),
]

FOOD_TAKEN_BACK: list[tuple[str, list[Event]]] = [
    ("a croissant... no, a bagel", [eat(p(BAGEL, 1, "bagel"))]),
    ("2 bananas... no, 2 slices of toast", [eat(p(BREAD, 2, "slice"))]),
]

LAST_MESSAGE: list[tuple[str, list[Event]]] = [
    ("correction to my last: it was 3 slices of toast not 2", [eat(p(BREAD, 3, "slice"))]),
    ("last one should be 12k not 10k, same time 58:20", [run(12, 58 + 20 / 60)]),
    ("easy run was 6k not 5k, same time 31:15", [run(6, 31.25)]),
    ("sorry that should say 250ml of milk not 500", [eat(ml(MILK, 250))]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("porridge or toast, which is better before a long run", []),
    ("pasta or rice the night before a half, which one", []),
    ("team dinner on friday, 4 courses, will log it after", []),
    ("forgot my gels on the long run", []),
    ("forgot my water bottle and gels", []),
    ("left my gels at home, bonked hard", []),
    ("my husband had a burger and chips", []),
]

WITH_OTHERS: list[tuple[str, list[Event]]] = [
    ("the boys and I had pizza, 3 slices", [eat(p(PIZZA, 3, "slice"))]),
    ("the girls and I had a bagel each", [eat(p(BAGEL, 1, "bagel"))]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "a figure corrected later in the message": FIGURES,
    "N not M": NOT_THE_OTHER,
    "a food taken back": FOOD_TAKEN_BACK,
    "a correction of the message before": LAST_MESSAGE,
    "chat that names food or figures": CHAT,
    "the runner with others": WITH_OTHERS,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-corrections-2026-11-30.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
