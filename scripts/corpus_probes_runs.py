"""The "runs" probes block, 2026-11-30: the classes of runs and chat fixed this session (issue 15),
each in new words, so what was fixed stays fixed.

Written by the helper who fixed them, after the fixes and in other words than the messages the
fixes were made for (block d's "progression run 14k 1:08:40, last 3k sub 4:30", "3 x 2 mile @
7:05", "I did a 3:30 marathon two years ago", "remind me to stretch later", "my friend weighs 12
stone and eats 3000 kcal a day"): splits told after a run, reps timed by their pace per mile or
km, parts that add up to a stated run, timed parts of one run, running in water, watch copy
with lap lines, and messages that log nothing: someone else's runs, weights and meals, the years
before, requests to the bot, habits and daily rates, races weeks away, talk of a lap. Beside
them, logs in the same words that must still log.

Conventions as in corpus_runs.py: a run with no time is the default pace, 6:00 /km; a split
told after a run is part of it and adds nothing; rest between reps is never part of the time.
"""

from __future__ import annotations

from corpus_exercise import s
from corpus_labels import BANANA, Meal, act, eat, gym, mi, p, run, stated, stone, weight

Event = dict[str, object] | Meal

SPLITS: list[tuple[str, list[Event]]] = [
    ("steady 15k in 1:16:30, final 3k at 4:40/km", [run(15, s(16, 30, 1))]),
    ("negative split half 1:41:12, second half 49:50", [run(21.0975, s(41, 12, 1))]),
    ("11 miles 1:31:05, closing 2 miles under 7:30", [run(mi(11), s(31, 5, 1))]),
    ("fast finish long run 24km 2:04:00. last 4k at 4:35", [run(24, s(4, 0, 2))]),
    ("club 10k race 44:58, mile 5 was a slog", [run(10, s(44, 58))]),
    ("6 mi 50:40, first 3 easy, last 3 at tempo", [run(mi(6), s(50, 40))]),
    ("tempo 9k 41:20, km 7 4:21", [run(9, s(41, 20))]),
]
REP_PACE: list[tuple[str, list[Event]]] = [
    ("3 x 3 mile @ 6:55 w/ 3 min jog", [run(mi(9), 3 * 3 * s(6, 55))]),
    ("5 x 2km @ 3:58", [run(10, 5 * 2 * s(3, 58))]),
    ("2 x 5k @ 4:10, 3' rest", [run(10, 2 * 5 * s(4, 10))]),
    ("4x2 mile at 7:20 off 2 min", [run(mi(8), 4 * 2 * s(7, 20))]),
]
PARTS: list[tuple[str, list[Event]]] = [
    ("14k: 3k wu, 8k threshold, 3k cd", [run(14, 14 * 6)]),
    ("did 18k, 6k easy, 6k steady, 6k at HMP, 1:32:10", [run(18, s(32, 10, 1))]),
    ("8 miles, 1 wu, 6 @ tempo, 1 cd, 58:30", [run(mi(8), s(58, 30))]),
    ("ran 20k, 10k out and 10k back, 1:49", [run(20, 109)]),
]
TIMED_PARTS: list[tuple[str, list[Event]]] = [
    ("15 min easy + 15 min steady, 6 km", [run(6, 30)]),
    ("10' wu + 25' threshold + 10' cd, 9.4k", [run(9.4, 45)]),
    ("12 min warm up, 20 min at tempo, 8 min cool down: 7.8 km", [run(7.8, 40)]),
]
WATER: list[tuple[str, list[Event]]] = [
    ("deep-water running 35 min, achilles still grumbling", [act("aqua jog", 35)]),
    ("aqua jog 50 mins at the leisure centre", [act("aqua jog", 50)]),
    ("pool run session 40 min instead of the long run", [act("aqua jog", 40)]),
]
WATCH: list[tuple[str, list[Event]]] = [
    ("Morning Run\n10.02 km\n51:44\nLap 1 5:12\nLap 2 5:09", [run(10.02, s(51, 44))]),
    ("COROS: Track Run 6.4 km 29:10. lap 1 was quick", [run(6.4, s(29, 10))]),
    ("Suunto - Trail running 16.3 km 1:58:21. last km 5:40", [run(16.3, s(58, 21, 1))]),
]
VOICES: list[tuple[str, list[Event]]] = [
    ("club night: 4 x 2 mile @ 6:40, 2 min jog recoveries", [run(mi(8), 4 * 2 * s(6, 40))]),
    ("ultra training 32k on the ridgeway 3:35:00, last 8k walked the hills",
     [run(32, s(35, 0, 3))]),
    ("brick: 40 min turbo then 5k off the bike 24:30", [act("spin|cycle", 40), run(5, s(24, 30))]),
    ("c25k graduation run 5k 36:20, last km the fastest", [run(5, s(36, 20))]),
    ("treadmill 8k 42:00, last 2k at 12 km/h", [run(8, 42)]),
]
#: A margin beside a run's time, and a rep's average said after its rest: no time of their own.
MARGINS: list[tuple[str, list[Event]]] = [
    ("5k parkrun 20:41, new pb by 12 seconds", [run(5, s(20, 41))]),
    ("10 mile 1:14:05 - 40 secs faster than march", [run(mi(10), s(14, 5, 1))]),
    ("8 x 400, 200 jog, averaging 88s", [run(3.2, 8 * 88 / 60)]),
]
#: Fuel had on a run named by its distance alone, and no time: the food, not a run of its own
#: (with its time it is both).
FUEL_ON_A_RUN: list[tuple[str, list[Event]]] = [
    ("necked 3 gels (90 kcal each) on the 18 miler", [eat(stated(270))]),
    ("a banana at mile 8 of the long run", [eat(p(BANANA, 1, "medium"))]),
    ("2 gels (100 kcal each) during the half", [eat(stated(200))]),
    ("half a banana at the 20k mark", [eat(p(BANANA, 0.5, "medium"))]),
    ("took 2 gels (110 kcal each) on the 25k, 1:58:00", [run(25, 118), eat(stated(220))]),
]
#: The same words in logs that must still log.
STILL_LOGS: list[tuple[str, list[Event]]] = [
    ("my mate and I ran 12k in 1:05", [run(12, 65)]),
    ("ran 8k with my sister, 47 min", [run(8, 47)]),
    ("weighed 11st 9 this morning", [stone(11, 9)]),
    ("ran 5k 3 hours ago in 27:30", [run(5, s(27, 30))]),
    ("first parkrun since my knee op two years ago, 28:40 today", [run(5, s(28, 40))]),
    ("stretched 20 mins after the run", [gym(20)]),
    ("my usual 10k loop 53:10", [run(10, s(53, 10))]),
    ("weight 70.4, up from last week", [weight(70.4)]),
]
NON_EVENTS: list[str] = [
    # someone else
    "my training partner just ran 2:49 at valencia!!",
    "the wife weighs 9st 2 and wants to lose a bit",
    "my dad does parkrun every saturday in about 30 min",
    "she ran her first half in 2:05 yesterday, so proud",
    "our club captain did 100 miles this week",
    "my flatmate eats 4 eggs every morning",
    "my son ate 6 pancakes lol",
    "they ran 10k in 38 minutes, insane",
    "my physio says 3 x 15 calf raises twice a day",
    "some bloke at parkrun ran it in 16:10",
    # long ago
    "ran my marathon pb of 3:12 five years ago",
    "back in 2017 i weighed 16 stone",
    "when i was 18 i could run 5k in 17 min",
    "as a kid i did cross country, 3k in 11 min",
    "months ago i was eating 3500 kcal a day",
    "a couple of years ago i ran a 50k in 6:30",
    # requests to the bot
    "remind me to eat a banana before the long run",
    "please remind me to do my physio exercises at 6",
    "set a reminder to weigh in on friday",
    "tell me how much protein i need after a 20 miler",
    "show me what i ate yesterday",
    "ping me at 9 about the 10k tempo",
    # habits and daily rates
    "i usually have porridge and a coffee before a run",
    "normally i do 3x10 squats after each run",
    "aiming at 160g protein a day",
    "i eat around 2800 calories per day in marathon block",
    "every sunday i run 20k with the club",
    "we do hill reps on thursdays",
    # races ahead, plans and wishes
    "the 50k is 5 weeks away, bit nervous",
    "3 weeks out from chicago",
    "i'd love to run a sub 40 10k one day",
    "next season i want to try a 100 miler",
    "one day i'll run boston",
    # a lap named, no run
    "lap 3 felt awful",
    "the last mile was all uphill",
    "rep 4 was my quickest",
    "even splits for once!",
    "first km was way too fast as usual",
    # apps, devices, stats and targets
    "coros says my marathon prediction is 3:09",
    "whoop says recovery 34% so easy 5k maybe",
    "hrv 71 and rhr 44, feeling fresh",
    "goal weight 72kg by the spring marathon",
    "my 10k race pace is 4:20/km now",
    "these shoes have 650 miles on them, time for new ones",
    "11k steps so far today",
    "strava reckons i burnt 1100 kcal on the long run",
    # what if, need to, a group
    "need to run 12k tomorrow morning",
    "what if i did 3 x 5k instead",
    "if i eat 2 bagels before a half is that too much",
    "everyone in the group had bacon rolls",
    "a couple of runners at parkrun did it in under 17",
    "15 mins until my 10k race starts",
    "big week, 85k in total",
    # questions without a question mark
    "wondering if 2 gels is enough for a half",
    "is 12 stone a good weight for a 6ft runner",
    "how long should a taper be for a marathon",
    "what should i eat the night before a 10k",
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "splits": SPLITS, "rep pace": REP_PACE, "parts of a total": PARTS,
    "timed parts": TIMED_PARTS, "water running": WATER, "watch copy": WATCH,
    "club, ultra, tri, beginner, treadmill": VOICES, "margins": MARGINS,
    "fuel on a run": FUEL_ON_A_RUN,
    "still logs": STILL_LOGS,
    "chat": [(text, []) for text in NON_EVENTS],
}  # fmt: skip
