"""The eighth "runs" probes block, 2026-12-01 (issue 15): everything but meal items, in the
classes block m (heldout-2026-12-01m.jsonl) showed the parser missing, written in the fixer's
own words (other sports, races, places, numbers and phrasings than m's messages) BEFORE any
fix, so that a fix counts only when these pass too.

Classes:
- a race named by what it is: a Boston qualifier ("BQ") is a marathon; a named ultra or trail
  race with its number ("Lakeland 50", "Highland Fling 53", "Comrades 90k") is that many miles
  unless a unit says otherwise; a race word misspelt ("halfmaraton", "marathn", "half-marthon");
  a mountain or a route done in a time is no city marathon (unit tests: it has no distance);
- a programme's numbers are no distance: "c25k week 3 day 2", "0-5k night 4", "couch to 5k
  week 6", "5k your way", "run 1 min / walk 90s" with the session's total stated;
- altitude is no distance: "at 2400m", "1850m up", "3000m sim", "8000 ft" beside a run or a
  weigh-in;
- other counts in a race (obstacles, burpees, penalties, rounds, checkpoints) are no part of its
  distance or time; the time after them is the race's;
- race walking is a walk (racewalk accepted) at a race walker's speed, not a run, not refused;
- paddle sports (SUP, stand-up paddle, paddleboard, surfski, outrigger, dragon boat) are one
  paddle session (kayak accepted);
- a session's distance on its own line of watch or app copy (Peloton, Zwift, Wahoo);
- sprints: metres with a time in seconds ("60m in 8.9 seconds", "150m leg 22.4s");
- laps with their length given ("4 laps = 1 mile", "0.25 mi a lap x 20", "the 400m deck, 30
  laps") are their sum;
- weigh-ins: spoken figures ("one hundred and seventy pounds", "seventy two point four"),
  stones and pounds before other words, a decimal comma ("71,4 kg"), "down to X from Y",
  "X, down Y since ..." beside an altitude;
- two runs on two days in one message ("10k yesterday and 5k today") are two runs, neither
  merged nor dropped; a run and a session, a session and a weigh-in, in any order;
- chat that must log nothing: past bests ("pb last week was 21:05"), plans with their figures,
  other people's runs and races, questions with numbers.

Labels as in the earlier blocks (corpus_labels.py): a run's distance and time as written; a
marathon 42.195 km, a half 21.0975 km, a mile 1.609344 km, parkrun 5 km.

First score, on main at 29ec1b8 before any change: see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_exercise import s
from corpus_labels import Meal, act, gym, mi, pounds, run, stone, weight, write_new

Event = dict[str, object] | Meal

HALF_MARATHON_KM = 21.0975
MARATHON_KM = 42.195
KAYAK = "kayak|canoe|paddle|paddleboard|sup|surfski"
RACEWALK = "walk|racewalk"

RACES_BY_NAME: list[tuple[str, list[Event]]] = [
    ("BQ at Sacramento!! 3:18:02", [run(MARATHON_KM, s(18, 2, 3))]),
    ("finally got my BQ, 2:58:40 at Philly", [run(MARATHON_KM, s(58, 40, 2))]),
    ("Highland Fling 53 done in 11:42:10", [run(mi(53), s(42, 10, 11))]),
    ("Comrades 90k in 10:55:00, what a day", [run(90, s(55, 0, 10))]),
    ("Ultra-Trail 100 finished, 27:40:00", [run(mi(100), s(40, 0, 27))]),
    ("Lakeland 100 in 34:15:20, the first night was brutal", [run(mi(100), s(15, 20, 34))]),
    ("Ridgeway 86 in 19:58:00", [run(mi(86), s(58, 0, 19))]),
    ("halfmarathon 1:52:30 🙌", [run(HALF_MARATHON_KM, s(52, 30, 1))]),
    ("marathn done 4:21:09", [run(MARATHON_KM, s(21, 9, 4))]),
    ("half-marthon in 2:01:44", [run(HALF_MARATHON_KM, s(1, 44, 2))]),
    ("maraton 3:55:12, legs like jelly", [run(MARATHON_KM, s(55, 12, 3))]),
    ("Boston qualifier at CIM, 3:27:50", [run(MARATHON_KM, s(27, 50, 3))]),
    ("Western States 100 in 28:31:00, buckle!", [run(mi(100), s(31, 0, 28))]),
]
PROGRAMMES: list[tuple[str, list[Event]]] = [
    ("c25k week 3 day 2, 3 min run / 90s walk, 28 mins, 3.2k", [run(3.2, 28)]),
    ("couch to 5k week 6 run 1, 30 min, 3.9 km", [run(3.9, 30)]),
    ("0-5k group night 4: 2.9k in 24:10", [run(2.9, s(24, 10))]),
    ("C25K wk 5 day 3 done! 20 mins, 2.6k", [run(2.6, 20)]),
    ("run 1 min / walk 90s x 8, 4.1 km in 32:00", [run(4.1, 32)]),
    ("5k your way week 2, 3.4k 29:30", [run(3.4, s(29, 30))]),
    ("10k training plan week 4 day 2: 6.5k in 39:10", [run(6.5, s(39, 10))]),
    ("week 7 of c25k: 25 min run, 3.5 km", [run(3.5, 25)]),
]
ALTITUDE: list[tuple[str, list[Event]]] = [
    ("Iten 2400m, easy 12 km 1:08:30", [run(12, s(8, 30, 1))]),
    ("St Moritz at 1850m, 15k steady 1:16:40", [run(15, s(16, 40, 1))]),
    ("hypoxic tent at 2800m sim overnight, then 8k easy 46:20", [run(8, s(46, 20))]),
    ("Boulder at 5400 ft, 10 miles in 1:22:15", [run(mi(10), s(22, 15, 1))]),
    ("Font Romeu 1850m: tempo 3 x 2k, 11 km in 52:40", [run(11, s(52, 40))]),
    ("Flagstaff 7000ft, 16 miles 2:14:00", [run(mi(16), 134)]),
    ("at 8000 ft: 64.1 kg this morning, down 0.8 this week", [weight(64.1)]),
]
OTHER_COUNTS: list[tuple[str, list[Event]]] = [
    ("Tough Mudder 10 miles, 25 obstacles, 2:41:00", [run(mi(10), s(41, 0, 2))]),
    ("Spartan Super: 10 km, 25 obstacles, 60 burpee penalty, 1:47:30", [run(10, s(47, 30, 1))]),
    ("mud run 8k, 15 obstacles, 3 falls, 1:05:20", [run(8, s(5, 20, 1))]),
    ("OCR 12k with 40 obstacles, 30 burpees for a failed rope, 1:58:00", [run(12, 118)]),
    ("rogaine 6 checkpoints, 14 km, 2:10:00", [run(14, 130)]),
]
RACE_WALKING: list[tuple[str, list[Event]]] = [
    ("racewalk 5k 28:40, one bent knee warning", [act(RACEWALK, s(28, 40), 5)]),
    ("10k race walk at the county champs, 55:30", [act(RACEWALK, s(55, 30), 10)]),
    ("race walking 5000m on the track, 25:12", [act(RACEWALK, s(25, 12), 5)]),
    ("racewalked 8 km in 49:00 with the club", [act(RACEWALK, 49, 8)]),
    ("race-walk session, 6.4 km in 38:45", [act(RACEWALK, s(38, 45), 6.4)]),
    ("race walk 20 km 1:48:20, new pb", [act(RACEWALK, s(48, 20, 1), 20)]),
]
PADDLE: list[tuple[str, list[Event]]] = [
    ("SUP 45 min on the river", [act(KAYAK, 45)]),
    ("stand up paddle 1 hr, calm water", [act(KAYAK, 60)]),
    ("paddleboarding 35 min then a 6k run in 33:20", [act(KAYAK, 35), run(6, s(33, 20))]),
    ("surfski 8 km in 52:10 off the beach", [act(KAYAK, s(52, 10), 8)]),
    ("outrigger canoe training 75 min", [act(KAYAK, 75)]),
    ("dragon boat practice 90 min", [act(KAYAK, 90)]),
]
APP_COPY: list[tuple[str, list[Event]]] = [
    ("Peloton\n45 min Climb Ride\n19.8 mi", [act("cycle|spin", 45, mi(19.8))]),
    ("Zwift\n1:02:30\n38.4 km", [act("cycle|spin", s(2, 30, 1), 38.4)]),
    ("Wahoo ride\n52 min\n26.1 km", [act("cycle|spin", 52, 26.1)]),
    ("Indoor Cycle\n40:00\n12.5 mi", [act("cycle|spin", 40, mi(12.5))]),
]
SPRINTS: list[tuple[str, list[Event]]] = [
    ("60m in 8.9 seconds at the indoor open", [run(0.06, 8.9 / 60)]),
    ("mums' race, 50m in about 9 seconds, nearly fell", [run(0.05, 9 / 60)]),
    ("my 150m leg of the relay was 22.4s", [run(0.15, 22.4 / 60)]),
    ("100m at the masters, 13.8 secs", [run(0.1, 13.8 / 60)]),
    ("200m in 29 seconds flat", [run(0.2, 29 / 60)]),
]
LAPS: list[tuple[str, list[Event]]] = [
    ("24 laps of the deck, 4 laps = 1 mile, 51:10", [run(mi(6), s(51, 10))]),
    ("ran the hotel gym track, 0.25 mi a lap x 20, 45:30", [run(mi(5), s(45, 30))]),
    ("30 laps of the 400m track, 57:00", [run(12, 57)]),
    ("the ship's track, 5 laps to the mile, 40 laps in 1:12:00", [run(mi(8), 72)]),
    ("16 laps at 0.5 km a lap, 44:20", [run(8, s(44, 20))]),
]
WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("weighed in at one hundred and seventy pounds", [pounds(170)]),
    ("scales said one hundred fifty eight lbs", [pounds(158)]),
    ("weight seventy two point four kilos", [weight(72.4)]),
    ("10 st 4 lb on the bathroom scales", [stone(10, 4)]),
    ("11st 9lb at the doctor's", [stone(11, 9)]),
    ("71,4 kg this morning", [weight(71.4)]),
    ("weighed 58,2", [weight(58.2)]),
    ("down to 76.3 from 77.5 two weeks ago", [weight(76.3)]),
    ("up to 62.4 from 61.8, fine", [weight(62.4)]),
    ("83.9 kg, down 1.3 since january", [weight(83.9)]),
    ("seventy one kilos this morning", [weight(71)]),
    ("12 stone 2 pounds today", [stone(12, 2)]),
]
TWO_DAYS: list[tuple[str, list[Event]]] = [
    ("ran 10k in 52:00 yesterday and 5k in 26:30 today", [run(10, 52), run(5, s(26, 30))]),
    ("8k yesterday 44:10 and 6k today 33:05", [run(8, s(44, 10)), run(6, s(33, 5))]),
    ("yesterday 12 km in 1:05:00, today 4 km 24:00", [run(12, 65), run(4, 24)]),
    ("parkrun saturday 23:40 and 16k sunday 1:31:00", [run(5, s(23, 40)), run(16, 91)]),
    (
        "long run friday 25k 2:22:00, recovery saturday 6k 38:00",
        [run(25, 142), run(6, 38)],
    ),
    ("swam 30 min this morning, ran 7k 39:50 at lunch", [act("swim", 30), run(7, s(39, 50))]),
    ("72.6 this morning then yoga 45 min", [weight(72.6), act("yoga", 45)]),
    ("gym 40 min then 5k 27:15", [gym(40), run(5, s(27, 15))]),
    (
        "rowed 5000m in 21:30 and ran 3 miles in 25:40",
        [act("row", s(21, 30), 5), run(mi(3), s(25, 40))],
    ),
    ("hiked 12 km 3:10:00 yesterday, easy 5k 30:00 today", [act("hike", 190, 12), run(5, 30)]),
    ("10k tuesday 51:00, 8k wednesday 43:20", [run(10, 51), run(8, s(43, 20))]),
    (
        "ran 5 miles in 42:00 on monday and 7 miles in 1:01:00 on wednesday",
        [run(mi(5), 42), run(mi(7), 61)],
    ),
    ("yesterday's 15k was 1:21:30, and today 5k in 27:00", [run(15, s(21, 30, 1)), run(5, 27)]),
    (
        "weighed 69.9, ran 10k in 50:10, then 20 min core",
        [weight(69.9), run(10, s(50, 10)), gym(20)],
    ),
]
#: Written after the fixes above, before their own (block m's last non-meal misses): a remark on
#: the session ("perfect morning for it", "core worked"), a sports day's novelty race beside a
#: run, a place and its height heading a weigh-in.
REMARKS_AND_HEADINGS: list[tuple[str, list[Event]]] = [
    ("half marathon 1:41:12, ideal conditions for it", [run(HALF_MARATHON_KM, s(41, 12, 1))]),
    ("parkrun 23:58, perfect weather for a pb", [run(5, s(23, 58))]),
    ("kayak 60 min on the canal, core properly worked", [act(KAYAK, 60)]),
    ("swim 40 min, abs on fire", [act("swim", 40)]),
    ("10 miles in 1:24:30, perfect morning for a run", [run(mi(10), s(24, 30, 1))]),
    ("sack race and egg & spoon at sports day, then 6k 33:00 later", [run(6, 33)]),
    ("Davos at 1560m: 66.4 kg this morning", [weight(66.4)]),
    ("St Moritz 1850m: 58.9 kg, down 0.4 since we arrived", [weight(58.9)]),
]
#: Chat that must log nothing: past bests, plans with figures, other people's runs, questions.
CHAT: list[tuple[str, list[Event]]] = [
    ("pb last year was 19:48", []),
    ("my 10k pb is 44:10, set in 2023", []),
    ("marathon pb from 2019 still stands at 3:12:40", []),
    ("best ever half was 1:29:55 at Cardiff", []),
    ("PR from last spring: 5k in 18:59", []),
    ("my old parkrun pb was 22:17", []),
    ("plan for saturday: 18 miles at 8:30 pace", []),
    ("next week 3 x 2 miles at threshold, 10 miles total", []),
    ("goal is sub 3:30 at Valencia next month", []),
    ("thinking of doing a 50k in march, maybe 6 hours", []),
    ("going to try for 42:00 at the 10k on sunday", []),
    ("tomorrow's session: 8 x 400 in 85s", []),
    ("my husband ran 10k in 48:30 today", []),
    ("wife did her first half, 2:14:10!", []),
    ("Kipchoge ran 2:01:09 in Berlin", []),
    ("my son ran 100m in 13.2 seconds at sports day", []),
    ("coach ran the 800 in 1:58 back in the day", []),
    ("the course record is 2:08:44", []),
    ("is 5:30/km a good pace for a first marathon?", []),
    ("how many calories does a 10k burn?", []),
    ("should I run 20 miles before a marathon?", []),
    ("what's 71.5 kg in stone?", []),
    ("can I do a 3:45 marathon off 40 miles a week?", []),
    ("how long to recover after 42.2 km?", []),
    ("the camping trip was a disaster", []),
    ("lunch was a write-off, no time to eat", []),
    ("weather was awful, 30 mph winds", []),
    ("my watch died at 15k", []),
    ("got 7 hours sleep, feeling good", []),
    ("race is in 3 weeks, 42.2 km of pain ahead", []),
    ("target weight 68 kg by march", []),
    ("was 74 kg a year ago", []),
    ("if I'd run 4:50s I'd have got sub 3", []),
    ("my 5k target is 24:59", []),
    ("she ran 3:05 at London, I'm in awe", []),
    ("pb last week was 21:05 and I'm still buzzing", []),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "a race named by what it is": RACES_BY_NAME,
    "a programme's numbers": PROGRAMMES,
    "altitude is no distance": ALTITUDE,
    "other counts in a race": OTHER_COUNTS,
    "race walking": RACE_WALKING,
    "paddle sports": PADDLE,
    "a session's figures on their own lines": APP_COPY,
    "sprints in seconds": SPRINTS,
    "laps with their length": LAPS,
    "weigh-ins": WEIGH_INS,
    "two events, two days": TWO_DAYS,
    "remarks and headings": REMARKS_AND_HEADINGS,
    "chat": CHAT,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-runs8-2026-12-01.jsonl"


def main() -> int:
    """Write the block (its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
