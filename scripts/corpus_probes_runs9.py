"""The ninth "runs" probes block, 2026-12-01 (issue 15): runs, other sessions, weigh-ins and chat
in the classes block n (heldout-2026-12-01n.jsonl) showed the parser missing, and the leftovers
of runs8, written in the fixer's own words (other races, sports, numbers and phrasings than n's
messages; UK, US, Irish, Australian, ultra, triathlon and beginner voices) BEFORE any fix.

Classes:
- a relay leg named by its metres ("the 1200 leg in 3:48", "my 400 leg, 64 seconds") is a run of
  that length, never a pace or a repeat;
- a race named only by the goal it chases ("BQ attempt", "GFA shot", "OTQ attempt", "Boston
  qualifying try") with one time is a marathon in that time;
- an ultra's time beside a remark about next year or never again is still the ultra;
- run/walk with the session's total stated ("run 90s walk 60s for 25 minutes", "x10 = 30 min",
  "for an hour") is one run of that total, its intervals no part of the time;
- a brick or a duathlon written as legs between slashes ("bike-run brick: 40k 1:18:20 / 8k
  38:45") is one event per leg, each of the sport the name gives in order;
- a beer mile is a run of 1 mile in the time given, and its beers a meal (four 12 fl oz cans of
  regular beer, block n's rule; the meal unlabelled, as block n's);
- team sports (hurling, camogie, lacrosse, ultimate, Aussie rules, water polo, handball,
  korfball, cricket, softball, rounders, Gaelic football, touch footy) are sessions of that
  sport, MET from the Compendium (engine/activities.py names the rows);
- slimming-club weigh-ins: the weight after "to" or "now" or alone after the change, never the
  change; a weight after "woke up";
- strides with a count, their length and seconds each are one run of their sum;
- a multi-day event ("over 6 stages", "2-day ultra") with its total time is one run a day, the
  distance and time shared evenly (tests/data/README.md says why);
- chat that must log nothing: another person's team and score, results watched, habits with
  meal words and "my runs" in them.

Labels as in the earlier blocks (corpus_labels.py): a run's distance and time as written; a
marathon 42.195 km, a mile 1.609344 km; stones and pounds by their SI factors.

First score, on main at e826bb9 before any change: see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_exercise import s
from corpus_labels import BEER, Meal, act, eat, gym, mi, p, pounds, run, stone, weight, write_new

Event = dict[str, object] | Meal

MARATHON_KM = 42.195
CYCLE = "cycle|spin"
BEER_MILE = eat(p(BEER, 48, "fl oz"))  # four 12 fl oz cans

RELAY_LEGS: list[tuple[str, list[Event]]] = [
    ("DMR at the indoor meet, ran the 1200 leg in 3:48", [run(1.2, s(3, 48))]),
    ("anchored the 1600 leg in 5:21, we won!", [run(1.6, s(5, 21))]),
    ("my 400 leg was 64 seconds", [run(0.4, 64 / 60)]),
    ("ran the 1500 leg of the medley relay, 4:52", [run(1.5, s(4, 52))]),
    ("club relays: my 200 leg in 27.9s", [run(0.2, 27.9 / 60)]),
    ("leg 2 of the 4x800, my 800 leg 2:19", [run(0.8, s(2, 19))]),
    ("ekiden today, did the 5k stage in 21:40", [run(5, s(21, 40))]),
]
GOAL_RACES: list[tuple[str, list[Event]]] = [
    ("GFA attempt: 3:04:30, made it by 30 secs", [run(MARATHON_KM, s(4, 30, 3))]),
    ("second BQ try today, 3:31:07", [run(MARATHON_KM, s(31, 7, 3))]),
    ("Boston qualifying attempt #3, 3:09:58 🎉", [run(MARATHON_KM, s(9, 58, 3))]),
    ("my OTQ attempt: 2:36:40, gutted", [run(MARATHON_KM, s(36, 40, 2))]),
    ("good for age shot went ok, 3:12:45", [run(MARATHON_KM, s(12, 45, 3))]),
    ("BQ or bust: 3:22:10 and it's a bust", [run(MARATHON_KM, s(22, 10, 3))]),
]
ULTRAS: list[tuple[str, list[Event]]] = [
    ("50k trail race in 6:41:12, never doing that again (lol)", [run(50, s(41, 12, 6))]),
    ("160 km mountain ultra 31:02:55, ask me again next year", [run(160, s(2, 55, 31))]),
    ("80k ultra in 10:12:03 (same again next year?)", [run(80, s(12, 3, 10))]),
    ("60k trail race 8:15:40, back next year for revenge", [run(60, s(15, 40, 8))]),
    ("100 mile race in 26:44:10, never again (until next year)", [run(mi(100), s(44, 10, 26))]),
]
RUN_WALK: list[tuple[str, list[Event]]] = [
    ("run 90s walk 60s for 25 minutes, 2.9 km", [run(2.9, 25)]),
    ("jog 2 min / walk 1 min x 10 = 30 min, 3.6k", [run(3.6, 30)]),
    ("walk 1, run 4, repeat 5 times, 25 mins total, 3.3 km", [run(3.3, 25)]),
    ("run 30 sec walk 90 sec for 40 minutes, 3.8km covered", [run(3.8, 40)]),
    ("3 min run 1 min walk for an hour, 7.2 km", [run(7.2, 60)]),
    ("jog 45s walk 15s, 30 min, 4.1 km", [run(4.1, 30)]),
    ("run/walk 4:1 for 45 mins, 6.2k", [run(6.2, 45)]),
    ("jog 1 min walk 2 min for twenty minutes, 1.9 km", [run(1.9, 20)]),
    ("walk 3 min, jog 2 min, x4 = 20 mins, 2.2km all up", [run(2.2, 20)]),
    ("run 5 walk 1 for an hour and a half, 13.1 km", [run(13.1, 90)]),
]
BRICKS: list[tuple[str, list[Event]]] = [
    ("bike-run brick: 40k 1:18:20 / 8k 38:45", [act(CYCLE, s(18, 20, 1), 40), run(8, s(38, 45))]),
    (
        "duathlon: 5k 22:30 / 20k 41:10 / 2.5k 11:40",
        [run(5, s(22, 30)), act(CYCLE, s(41, 10), 20), run(2.5, s(11, 40))],
    ),
    ("run-bike brick 6k 29:15 / 35k 1:05:00", [run(6, s(29, 15)), act(CYCLE, 65, 35)]),
    (
        "swim-bike brick: 1500m 29:40 / 40k 1:15:30",
        [act("swim", s(29, 40), 1.5), act(CYCLE, s(15, 30, 1), 40)],
    ),
    (
        "run bike run, 3k 13:20 / 18k 36:00 / 3k 14:10",
        [run(3, s(13, 20)), act(CYCLE, 36, 18), run(3, s(14, 10))],
    ),
    (
        "brick tonight: bike 30k 58:30 then run 5k 24:10",
        [act(CYCLE, s(58, 30), 30), run(5, s(24, 10))],
    ),
]
BEER_MILES: list[tuple[str, list[Event]]] = [
    ("beer mile PB! 4 beers, 8:41", [run(mi(1), s(8, 41)), BEER_MILE]),
    ("did the club beer mile, 11:20, 4 lagers down", [run(mi(1), s(11, 20)), BEER_MILE]),
    ("beer mile: 4 cans and 4 laps in 12:05", [run(mi(1), s(12, 5)), BEER_MILE]),
    ("Beer Mile in 7:58 😵", [run(mi(1), s(7, 58)), BEER_MILE]),
]
TEAM_SPORTS: list[tuple[str, list[Event]]] = [
    ("hurling training 70 min", [act("hurling", 70)]),
    ("camogie match, 60 mins", [act("camogie|hurling", 60)]),
    ("lacrosse practice 2 hrs", [act("lacrosse", 120)]),
    ("ultimate frisbee league game, 75 mins", [act("ultimate|frisbee|ultimate frisbee", 75)]),
    ("touch footy with the work crew, 50 min", [act("rugby|touch", 50)]),
    ("aussie rules training 90 mins", [act("football|aussie rules|afl", 90)]),
    ("water polo session 1hr", [act("water polo", 60)]),
    ("handball 60 mins at the sports centre", [act("handball", 60)]),
    ("korfball tonight, 50 min", [act("korfball|netball", 50)]),
    ("cricket nets 90 min", [act("cricket", 90)]),
    ("softball game, 2 hours", [act("softball|baseball", 120)]),
    ("rounders with the kids 40 min", [act("rounders|softball|baseball", 40)]),
    ("gaelic football 80 mins, shattered", [act("gaa|gaelic football|football", 80)]),
    ("netball 1.5 hrs then a 5k cool down 28:40", [act("netball", 90), run(5, s(28, 40))]),
    ("hurling 45 min then gym 30 min", [act("hurling", 45), gym(30)]),
    ("rugby sevens training 60 min", [act("rugby", 60)]),
]
WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("SW weigh-in: down 1.5lb to 12st 3lb", [stone(12, 3)]),
    ("WW weigh in tonight, lost 2.5 lbs, now 187.5", [pounds(187.5)]),
    ("group weigh-in: -3lb, 15st 10.5lb", [stone(15, 10.5)]),
    ("Slimming World tonight: down 4lb to 13 st 12 lb, half stone award!", [stone(13, 12)]),
    ("weigh day, stayed the same at 11st 2lb", [stone(11, 2)]),
    ("up 1lb to 10st 13lb at class, boo", [stone(10, 13)]),
    ("WW: 2.2 lb off, 164.8 on the scale", [pounds(164.8)]),
    ("woke up 71.3 kg", [weight(71.3)]),
    ("woke up at 158.6 lbs", [pounds(158.6)]),
    ("woke up 12st 7lb, not bad after christmas", [stone(12, 7)]),
]
STRIDES: list[tuple[str, list[Event]]] = [
    ("6 x 80m strides, about 14s each", [run(0.48, 84 / 60)]),
    ("strides 5 x 60m, 10s each", [run(0.3, 50 / 60)]),
    ("4 x 150m strides in 25s each", [run(0.6, 100 / 60)]),
    ("8 x 100m strides, 16 sec each", [run(0.8, 128 / 60)]),
]
MULTI_DAY: list[tuple[str, list[Event]]] = [
    (
        "Marathon des Sables done: 250 km over 6 stages, 41:30:00 total",
        [run(250 / 6, 415)] * 6,
    ),
    ("3-day stage race, 120 km in 16 hours overall", [run(40, 320)] * 3),
    ("2-day ultra, 100 km over two days, 14:20:00 total", [run(50, 430)] * 2),
]
#: Chat that must log nothing: other people's teams and scores, results watched, habits.
CHAT: list[tuple[str, list[Event]]] = [
    ("my daughter's netball team won 31-22", []),
    ("the lads won the rugby 24-10 🏉", []),
    ("son's lacrosse team lost 8-5 today", []),
    ("watched the hurling final, Kilkenny by 3 points", []),
    ("husband's 5-a-side lost 6-2 again", []),
    ("the girls' hockey team finished 3rd 🏑", []),
    ("Arsenal beat Spurs 3-1 🔥", []),
    ("I never know what to eat before my runs", []),
    ("I love porridge before my runs", []),
    ("pasta the night before my runs works for me", []),
    ("is a beer mile bad for recovery?", []),
    ("do I log netball as cardio?", []),
    ("how many calories in a game of hurling?", []),
    ("my BQ is 3:30 now I'm 45", []),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "relay legs": RELAY_LEGS,
    "a race by its goal": GOAL_RACES,
    "ultras with remarks": ULTRAS,
    "run/walk with a total": RUN_WALK,
    "bricks and duathlons": BRICKS,
    "beer miles": BEER_MILES,
    "team sports": TEAM_SPORTS,
    "weigh-ins": WEIGH_INS,
    "strides": STRIDES,
    "multi-day events": MULTI_DAY,
    "chat": CHAT,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-runs9-2026-12-01.jsonl"


def main() -> int:
    """Write the block (its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
