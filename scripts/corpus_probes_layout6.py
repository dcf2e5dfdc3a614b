"""The "layout" probes block, 2026-12-01 (issue 15): messages laid out as tables, checklists,
arrows, sections, quoted replies and long reports, written in the fixer's own words (other
foods, numbers and phrasings than block k's) BEFORE each fix, so that a fix counts only when
these pass too.

Classes (a rule a runner would recognise for each):
- a markdown table: each row one line, its number cells in the header's units ("| km | time
  |" over "| 10 | 48:55 |" is 10 km in 48:55); the header and "|---|" rows log nothing;
- pipes as "key | value" lines ("weight | 69.4", "distance | 15 km\ntime | 1:18:40");
- a checklist: a ticked line ("- [x]", "[x]", "✅", "✔") logs what it says, an unticked one
  ("- [ ]", "☐", "❌", "✘") logs nothing (it was not done);
- arrows ("->", "→", "=>") between a day's steps: each step read, each food step a meal of its
  own (the steps are later and later in the day);
- sections in capitals or with a plural "meals:" heading ("MEALS: a, b, c | RUN: ... |
  WEIGHT: ..."): each listed meal a meal of its own, the run and the weight read;
- a quoted reply ("> weight?\n70.9"): the quoted line is what was said before (the bot's
  question or the runner's own message, logged already) and logs nothing itself; a bare figure
  answering a quoted question is that question's figure; a correction of a quoted entry logs
  the corrected figures only;
- long messages (400-800 characters): the run of today with its time and the meals eaten log;
  the history, the plans, the splits of a race and the questions log nothing.

Labels as in the earlier blocks (corpus_labels.py): what the runner states wins (stated kcal
count as "stated"); otherwise USDA SR28's first household measure for the row. A week day
named in a table is not used (all rows here are today's).

Scores: see tests/data/README.md ("layout" probes).
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import TOAST2, TUNA_SARNIE
from corpus_labels import (
    APPLE,
    BAGEL,
    BANANA,
    COFFEE,
    OATS,
    PORRIDGE,
    E,
    Meal,
    eat,
    g,
    mi,
    p,
    run,
    stated,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

HALF = 21.0975

TABLES: list[tuple[str, list[Event]]] = [
    ("| date | dist | time |\n|---|---|---|\n| today | 12 km | 1:01:30 |", [run(12, 61.5)]),
    ("| session | km | time |\n| easy | 6 | 33:20 |", [run(6, 33 + 20 / 60)]),
    ("| km | time | avg hr |\n| 10 | 48:55 | 152 |", [run(10, 48 + 55 / 60)]),
    ("| miles | time |\n|:---:|:---:|\n| 5 | 41:20 |", [run(mi(5), 41 + 20 / 60)]),
    ("|run|9.5 km|49:50|", [run(9.5, 49 + 50 / 60)]),
    ("| meal | food |\n| breakfast | porridge and a banana |\n| lunch | a bagel |",
     [eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"), label="breakfast"),
      eat(p(BAGEL, 1, "bagel"), label="lunch")]),
]

KEY_VALUE_PIPES: list[tuple[str, list[Event]]] = [
    ("weight | 69.4\nbreakfast | porridge",
     [weight(69.4), eat(p(PORRIDGE, 1, "cup"), label="breakfast")]),
    ("run | 7 km | 38:10\nweight | 72.3 kg", [run(7, 38 + 10 / 60), weight(72.3)]),
    ("distance | 15 km\ntime | 1:18:40", [run(15, 78 + 40 / 60)]),
    ("weigh-in | 81.0 kg\nsnack | an apple", [weight(81.0), eat(p(APPLE, 1, "medium"))]),
]

CHECKLISTS: list[tuple[str, list[Event]]] = [
    ("- [x] 10k easy 55:30\n- [ ] core\n- [x] 2 bananas",
     [run(10, 55.5), eat(p(BANANA, 2, "medium"))]),
    ("[x] weigh in: 70.8\n[ ] 8k tempo\n[x] porridge",
     [weight(70.8), eat(p(PORRIDGE, 1, "cup"))]),
    ("✅ parkrun 25:48\n❌ stretching\n✅ an apple", [run(5, 25.8), eat(p(APPLE, 1, "medium"))]),
    ("✔ 6 mile run 52:00\n✘ gym\n✔ a bagel and a coffee",
     [run(mi(6), 52), eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("- [ ] long run 20k\n- [x] rest day", []),
    ("☐ 5k\n☐ weigh in\n☐ foam roll", []),
]

ARROWS: list[tuple[str, list[Event]]] = [
    ("porridge -> 10k 50:00 -> 2 bananas",
     [eat(p(PORRIDGE, 1, "cup")), run(10, 50), eat(p(BANANA, 2, "medium"))]),
    ("6k 31:40 → a bagel → tuna pasta 600 kcal",
     [run(6, 31 + 40 / 60), eat(p(BAGEL, 1, "bagel")), eat(stated(600))]),
    ("weighed 70.2 => 8k easy 44:00 => 2 boiled eggs",
     [weight(70.2), run(8, 44), eat(p(E, 2, "large"))]),
    ("2 slices of toast → 12k 1:05:00 → an apple → chilli 700 kcal",
     [eat(TOAST2), run(12, 65), eat(p(APPLE, 1, "medium")), eat(stated(700))]),
]

SECTIONS: list[tuple[str, list[Event]]] = [
    ("MEALS: porridge, chicken wrap 450 kcal, pasta 700 kcal | RUN: 10 km 52:10 | WEIGHT: 70.5",
     [eat(p(PORRIDGE, 1, "cup")), eat(stated(450)), eat(stated(700)), run(10, 52 + 10 / 60),
      weight(70.5)]),
    ("Meals today: a bagel, soup 300 kcal, curry 650 kcal\nRun: 6 mi 52:30",
     [eat(p(BAGEL, 1, "bagel")), eat(stated(300)), eat(stated(650)), run(mi(6), 52.5)]),
    ("RUN: 5k 26:00\nWEIGHT: 68.4\nFOOD: oats 50g and a banana",
     [run(5, 26), weight(68.4), eat(g(OATS, 50), p(BANANA, 1, "medium"))]),
]

QUOTED_REPLIES: list[tuple[str, list[Event]]] = [
    ("> weight today?\n70.9", [weight(70.9)]),
    ("> what did you weigh in at?\n68.2 kg", [weight(68.2)]),
    ("> Ran 8 km in 44:00\nsorry, it was 9 km in 49:30", [run(9, 49.5)]),
    ("> 10k in 55:00\nactually 11k in 58:40", [run(11, 58 + 40 / 60)]),
    ("> did you run today?\nyes, 7k in 37:30", [run(7, 37.5)]),
    ("> any food after?\na bagel and a coffee", [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("> Ran 10 km in 52:00\nthanks!", []),
    ("> how was your long run?\ngreat thanks, legs tired", []),
]

LONG: list[tuple[str, list[Event]]] = [
    ("Bit of an essay, sorry. Been struggling with motivation since the autumn marathon, "
     "missed most of last week with a cold and the plan had 40k that I never got near. Today "
     "I finally got out before work and did 9 km in 48:30, slow but steady, no walking. "
     "Breakfast after was porridge with a banana, and lunch was a tuna sandwich from the shop. "
     "Hoping to do a longer one on Sunday, maybe 16k if the legs are ok.",
     [run(9, 48.5), eat(p(PORRIDGE, 1, "cup"), p(BANANA, 1, "medium"), label="breakfast"),
      eat(TUNA_SARNIE, label="lunch")]),
    ("Race report! The Riverside half today. Got there early, the queue for the loos was huge, "
     "went off a bit quick with 4:45 for the first km then settled into 5:00s. Went through "
     "10k in 49:50 and 15k in 1:15:30, then held on over the last 3k into a headwind. Chip "
     "time 1:46:12, a new PB by two minutes. Had a bagel and a coffee at the finish.",
     [run(HALF, 106.2), eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("Checking in after a quiet week. Weighed 76.4 kg this morning, which I'm pleased with "
     "given how much I've been eating lately, so the changes are working. Legs felt good so I "
     "did 12 km at an easy pace in 1:05:10, and stopped at the shop on the way back for an "
     "apple. Plan for next week is 45 km total with a long run of 18 and one session of hills.",
     [weight(76.4), run(12, 65 + 10 / 60), eat(p(APPLE, 1, "medium"))]),
    ("Quick question about fuelling for my first marathon in April. I've been doing long runs "
     "of 25 to 30 km on Sundays and I usually take a gel every 40 minutes, but my stomach "
     "isn't great after about 2 hours. Should I be eating more the night before, or is it the "
     "gels? I normally have pasta and a couple of slices of bread the night before.", []),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "a markdown table": TABLES,
    "key | value lines": KEY_VALUE_PIPES,
    "a checklist, ticked and unticked": CHECKLISTS,
    "arrows between a day's steps": ARROWS,
    "sections with a plural meals heading": SECTIONS,
    "a quoted reply": QUOTED_REPLIES,
    "a long message": LONG,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-layout6-2026-12-01.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
