"""The sixth "runs" probes block, 2026-12-01 (issue 15): runs, weigh-ins and sessions read right,
in the classes block k showed the parser missing, written in the fixer's own words (other race
names, numbers and phrasings than k's messages) BEFORE each fix, so that a fix counts only when
these pass too.

Classes:
- a race whose name holds its distance: a number after a race's name is miles, as British and
  American road and trail races are named ("the Riverbank 10", "Hardmoors 55"); a track race in
  metres ("club champs 3000m, 10:58"); a race stopped part-way ("dropped at mile 71") is the
  distance run; a race named after a weigh-in ("71.2 kg this morning, then the Dublin marathon
  in 3:29:51") is a run as well;
- a stated total beats its parts ("... = 10.8 km, 54:10"; "tempo 4 mi inside a 9 mile run" is
  9 miles);
- a week's catch-up with several runs: one run per day named ("tuesday 8k 43:20, thursday 10k
  54:05"; "mon and wed: 6k in 34 min each" is two runs);
- two weigh-ins in one message: the latest is today's ("started at 84.6 kg, now 81.9");
- cross-training named by its machine ("40 minutes on the exercise bike", "cross trainer 35 min,
  6.2 km", "spin class 50 then 10 min core" is two sessions): no run;
- near-misses that must not change: a race ahead, a bare number after "ran" (the runner's own
  unit), a goal weight beside today's, a single day's run.

Labels as in the earlier blocks (corpus_labels.py): a run's distance and time as written; a
race named with a number and no unit is that many miles; weights as the runner's unit.

Scores (event messages fully right; events invented on chat): see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_exercise import s
from corpus_labels import (
    BANANA,
    Meal,
    act,
    eat,
    gym,
    mi,
    p,
    pounds,
    run,
    stone,
    unknown,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

HALF_MARATHON_KM = 21.0975
MARATHON_KM = 42.195

RACE_NAMES: list[tuple[str, list[Event]]] = [
    ("Riverbank 10 in 1:16:48, pb!", [run(mi(10), s(16, 48, 1))]),
    ("Dorney Lake 5 this morning, 38:20", [run(mi(5), s(38, 20))]),
    ("the Cabbage Patch 10 with the club, 1:09:55", [run(mi(10), s(9, 55, 1))]),
    ("Ridgeway 40 done in 7:52:10", [run(mi(40), s(52, 10, 7))]),
    ("finished the South Downs Way 100 in 27:15:00", [run(mi(100), s(15, 0, 27))]),
    ("Hardmoors 55, 13:02:44, brutal", [run(mi(55), s(2, 44, 13))]),
    ("100 mile race, dropped at mile 71 after 19:30 on my feet", [run(mi(71), s(30, 0, 19))]),
    ("DNF at 42k of the 50k, 5:12:00", [run(42, s(12, 0, 5))]),
    ("pulled out at mile 18 of the marathon, 2:41:00", [run(mi(18), s(41, 0, 2))]),
    ("800m on the track in 2:31", [run(0.8, s(2, 31))]),
    ("club champs 3000m, 10:58", [run(3, s(10, 58))]),
    ("5000m race at the open meeting 18:44", [run(5, s(18, 44))]),
    ("masters 1500 m final in 5:12", [run(1.5, s(5, 12))]),
    (
        "71.2 kg this morning, then the Dublin marathon in 3:29:51",
        [weight(71.2), run(MARATHON_KM, s(29, 51, 3))],
    ),
    ("77.4kg after the Leeds half, 1:51:02", [weight(77.4), run(HALF_MARATHON_KM, s(51, 2, 1))]),
]
STATED_TOTALS: list[tuple[str, list[Event]]] = [
    ("2k warm up, 6 x 800m w/ 400 jog, 2k cool down = 10.8 km, 54:10", [run(10.8, s(54, 10))]),
    ("WU 3k, 3 x 3k @ MP, CD 2k, 14.1 km total in 1:09:40", [run(14.1, s(9, 40, 1))]),
    ("threshold 4 mi inside a 9 mile run, 1:08:15 total", [run(mi(9), s(8, 15, 1))]),
    ("8k at marathon pace as part of an 18k long run, 1:38:00", [run(18, 98)]),
    ("2 x 20 min tempo within a 15 km run, 1:14:30", [run(15, s(14, 30, 1))]),
    ("6 mile progression within a 10 mile run, 1:17:40", [run(mi(10), s(17, 40, 1))]),
]
CATCH_UP: list[tuple[str, list[Event]]] = [
    (
        "catching up on the week: tuesday 8k 43:20, thursday 10k 54:05",
        [run(8, s(43, 20)), run(10, s(54, 5))],
    ),
    ("weekend: saturday parkrun 24:50, sunday 16k 1:32:00", [run(5, s(24, 50)), run(16, 92)]),
    ("mon and wed: 6k in 34 min each", [run(6, 34), run(6, 34)]),
    (
        "Friday 5 miles 42:10, Saturday 12 miles 1:45:30",
        [run(mi(5), s(42, 10)), run(mi(12), s(45, 30, 1))],
    ),
    ("tuesday and thursday 10k 52:00 both days", [run(10, 52), run(10, 52)]),
]
TWO_WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("started the plan at 84.6 kg, now 81.9", [weight(81.9)]),
    ("was 13st 4 in september, 12st 11 this morning", [stone(12, 11)]),
    ("weight 72.3 last monday, 71.5 today", [weight(71.5)]),
    ("down from 90.2 to 87.8 since january", [weight(87.8)]),
    ("166 lb at new year, 159.4 lb now", [pounds(159.4)]),
]
#: Written after the first fixes, before their own: today's weigh-in with a past one after it.
TODAY_THEN_PAST: list[tuple[str, list[Event]]] = [
    ("68.9 kg this morning, was 70.3 at christmas", [weight(68.9)]),
    ("weighed 12st 1 today, 12st 6 back in march", [stone(12, 1)]),
    ("scale says 80.4, it was 82 two weeks ago", [weight(80.4)]),
]
#: Written after the first fixes, before their own: food after a run named by its place, no
#: figures: the meal (asked about when SR28 lacks the food), no run and no refusal.
AFTER_A_PLACE_S_RUN: list[tuple[str, list[Event]]] = [
    ("kimbap after the Wicklow run", [unknown()]),
    ("a bridie after the Dundee Law run", [unknown()]),
    ("2 bananas after the Clent hills run", [eat(p(BANANA, 2, "medium"))]),
    ("a munchy box for tea after the Kinder run", [unknown()]),
]
MACHINES: list[tuple[str, list[Event]]] = [
    ("40 minutes on the exercise bike, legs still sore", [act("cycle|spin", 40)]),
    ("cross trainer 35 min, 6.2 km on the screen", [act("elliptical", 35, 6.2)]),
    ("elliptical 50 mins 8.4k", [act("elliptical", 50, 8.4)]),
    ("rowing machine 20 min 4.6 km", [act("row", 20, 4.6)]),
    ("spin class 50 then 10 min core", [act("cycle|spin", 50), gym(10)]),
    ("hour on the turbo trainer indoors", [act("cycle|spin", 60)]),
    ("ankle's sore so 30 min on the bike in the garage", [act("cycle|spin", 30)]),
    ("stairmaster 20 min then 15 min abs", [act("stairs", 20), gym(15)]),
]
#: Written after the fixes above, before their own: machines named by words the parser lacked.
MACHINE_WORDS: list[tuple[str, list[Event]]] = [
    ("45 min on the rower, 9.8k", [act("row", 45, 9.8)]),
    ("stepper 25 mins after work", [act("stairs", 25)]),
    ("arc trainer 35 min at the gym", [act("elliptical", 35)]),
    ("an hour on the kickr, zone 2", [act("cycle|spin", 60)]),
    ("20 min on the stair machine then 10 min stretching", [act("stairs", 20), gym(10)]),
]
#: The same words in messages that must not change.
NEAR_MISSES: list[tuple[str, list[Event]]] = [
    ("signed up for the Riverbank 10 in march", []),
    ("the Hardmoors 55 is 3 weeks away", []),
    ("ran 10 in 1:21:00", [run(10, 81)]),
    ("easy 8 on the treadmill, 48 min", [run(8, 48)]),
    ("weight 70.8, was hoping for 70", [weight(70.8)]),
    ("my target is 68 kg, currently 71.9", [weight(71.9)]),
    ("saturday 14k 1:15:00", [run(14, 75)]),
    ("bike to work 25 min", [act("cycle", 25)]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "a race whose name holds its distance": RACE_NAMES,
    "a stated total beats its parts": STATED_TOTALS,
    "a week's catch-up with several runs": CATCH_UP,
    "two weigh-ins, the latest": TWO_WEIGH_INS,
    "today's weigh-in, then a past one": TODAY_THEN_PAST,
    "food after a run named by its place": AFTER_A_PLACE_S_RUN,
    "cross-training named by its machine": MACHINES,
    "machines named by words the parser lacked": MACHINE_WORDS,
    "near-misses that must not change": NEAR_MISSES,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-runs6-2026-12-01.jsonl"


def main() -> int:
    """Write the block (its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
