"""The "acts10" probes (2026-12-02, issue 15): sessions other than running, and the race shapes
of block o's new voices, written by the helper who fixes the classes BEFORE any fix, in new
words (not block o's messages, new sports of each class).

Classes:
- a sport kind the parser did not know: racket sports (table tennis, pickleball, racquetball),
  combat sports (muay thai, krav maga, jiu jitsu, taekwondo, MMA, aikido, kick boxing, fencing,
  wrestling), dance by its style (tap, pole, hip hop, ballroom, jazzercise, zumba, ballet,
  contemporary, line dancing), snow sports (snowshoeing, downhill skiing, snowboarding, ski
  touring and skimo, whose metres are climb, not distance; their "2:30" hours and minutes);
- fitness trends: a Hyrox race, sim or class, F45 and Orangetheory are one gym session of their
  whole time; a 12-3-30 or a walk at a stated mph is a treadmill walk of the distance its speed
  and minutes imply; a ruck or a weighted-vest walk a walk or hike;
- stage races: each stage or day its own run; a cumulative, overall or GC time after it no
  further figure;
- backyard ultras: "N yards" with no time of their own a run of N x 4.1667 miles in N hours;
  timed races ("12 hour race: 98.4 km") a run of that distance in the race's hours;
- volunteering and pacing: a tail walker's walk and a tail runner's or sweeper's run at the time
  given; a pacer's group time ("the 1:45 group", "the 4:00 bus") and an attempt's target
  ("sub-3 attempt") no figure of the run;
- run/walk intervals ("run 3 walk 1", "30s run 30s walk") one run of the distance and time given;
- a weigh-in with a decimal comma and a misspelt weigh word ("weighd 68,4");
- a named 100-miler with its time and a remark after it ("..., big buckle next year");
- chat that logs nothing: other people's sessions, plans, questions, anniversaries.

Labels: a session's minutes and distance as the message gives them; a yard 6.7056 km an hour
(block o's docstring); a 12-3-30 30 minutes at 3 mph (1.5 miles) unless its minutes are given;
a half marathon 21.0975 km, a marathon 42.195 km, a 100-miler 100 miles; a martial art other
than boxing is "martial arts" (Compendium 2011 15425 names judo, jujitsu, karate, kick boxing,
tae kwon do and Muay Thai in one row; kick boxing accepted as boxing too); every dance style is
"dance" (zumba accepted by its name); pickleball and padel accepted as tennis; a snowshoe walk
accepted as a hike or walk; downhill skiing and snowboarding accepted as skiing; a ruck as a
hike or walk (block o's and the earlier blocks' labels together).

First score, on main 5312757 before any change for these classes: see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import Meal, act, gym, mi, run, weight, write_new

Event = dict[str, object] | Meal

YARD_KM = 6.7056
HALF = 21.0975
MARATHON = 42.195

RACKET: list[tuple[str, list[Event]]] = [
    ("table tennis at the club, 1 hour", [act("table tennis", 60)]),
    ("pickleball doubles 40 min", [act("pickleball|tennis", 40)]),
    ("played padel for 90 mins after work", [act("padel|tennis", 90)]),
    ("racquetball 45 min then 3 mile jog 28:00", [act("racquetball", 45), run(mi(3), 28)]),
    ("squash session 50 min", [act("squash", 50)]),
    ("badminton doubles, 1.5 hours", [act("badminton", 90)]),
    ("ping pong with the lads 40 mins", [act("table tennis", 40)]),
]

COMBAT: list[tuple[str, list[Event]]] = [
    ("muay thai class 1 hour", [act("martial arts", 60)]),
    ("krav maga 45 mins, knackered", [act("martial arts", 45)]),
    ("2 hours of jiu jitsu tonight", [act("martial arts", 120)]),
    ("taekwondo 75 minutes then 5k 26:10", [act("martial arts", 75), run(5, 26 + 10 / 60)]),
    ("fencing practice 90 min", [act("fencing", 90)]),
    ("MMA sparring 40 min", [act("martial arts", 40)]),
    ("wrestling practice 2 hrs", [act("wrestling", 120)]),
    ("kick boxing 1h", [act("martial arts|boxing|kickboxing", 60)]),
    ("aikido 1 hour", [act("martial arts", 60)]),
    ("no-gi grappling 50 min", [act("martial arts", 50)]),
]

DANCE: list[tuple[str, list[Event]]] = [
    ("tap class 45 min", [act("dance", 45)]),
    ("pole fitness 1 hour", [act("dance", 60)]),
    ("hip hop dance class, 75 mins", [act("dance", 75)]),
    ("ballroom dancing 2 hours", [act("dance", 120)]),
    ("jazzercise 50 min", [act("dance", 50)]),
    ("zumba gold class 45 minutes", [act("dance|zumba", 45)]),
    ("ballet 1h then an easy 4k 24:00", [act("dance", 60), run(4, 24)]),
    ("contemporary dance rehearsal 3 hours", [act("dance", 180)]),
    ("line dancing for an hour", [act("dance", 60)]),
    ("bachata lesson 1 hr", [act("dance", 60)]),
]

SNOW: list[tuple[str, list[Event]]] = [
    ("snowshoe hike 8 km in 2:05", [act("snowshoe|hike|walk", 125, 8)]),
    ("downhill skiing all afternoon, 3 hours", [act("ski|downhill ski", 180)]),
    ("snowboarding 2.5 hours", [act("snowboard|downhill ski|ski", 150)]),
    ("classic xc ski 15 km 1:20:00", [act("ski", 80, 15)]),
    ("ski tour 2:30, 1100m up", [act("ski", 150)]),
    ("skimo race 1:50 with 800 m of climbing", [act("ski", 110)]),
    ("ice skating 1 hr at the rink", [act("skate", 60)]),
    ("snowshoed 5 km, 1:15", [act("snowshoe|hike|walk", 75, 5)]),
]

TRENDS: list[tuple[str, list[Event]]] = [
    ("Hyrox sim 1:05:30 at the gym", [gym(65.5)]),
    ("did a hyrox workout 50 min", [gym(50)]),
    ("F45 class 45 mins", [gym(45)]),
    ("Orangetheory 60 min", [gym(60)]),
    ("12-3-30 this morning, 30 min", [act("walk", 30, mi(1.5))]),
    ("treadmill walk at 3.5 mph for 40 min", [act("walk", 40, mi(3.5 * 40 / 60))]),
    ("rucking 5 miles 1:35:00 with a 30 lb plate", [act("hike|walk", 95, mi(5))]),
    ("weighted vest walk 4 km 45 min", [act("walk", 45, 4)]),
]

STAGES: list[tuple[str, list[Event]]] = [
    ("Dragon's Back day 3: 47 km 11:02:10; cumulative 29:40:55", [run(47, 662 + 10 / 60)]),
    ("stage 1 18k 1:52:30, stage 2 26k 2:44:05",
     [run(18, 112.5), run(26, 164 + 5 / 60)]),
    ("long stage 82 km 19:45:00, GC time now 41:10:12", [run(82, 1185)]),
    ("day 4 of the jungle race: 30.5 km 4:02:33, total so far 16:20:01",
     [run(30.5, 242 + 33 / 60)]),
]

TIMED: list[tuple[str, list[Event]]] = [
    ("backyard ultra, got to 21 yards before my legs went", [run(21 * YARD_KM, 21 * 60)]),
    ("finished 12 yards at the backyard", [run(12 * YARD_KM, 720)]),
    ("12 hour race: 98.4 km", [run(98.4, 720)]),
    ("did the 48 hour track race, 212 km", [run(212, 2880)]),
]

HELPING: list[tuple[str, list[Event]]] = [
    ("tail runner at the 10k, 10 km in 1:18:20", [run(10, 78 + 20 / 60)]),
    ("tail walked parkrun, 5k 55:10", [act("walk", 55 + 10 / 60, 5)]),
    ("paced the 1:45 group at the half, came in at 1:44:52", [run(HALF, 104 + 52 / 60)]),
    ("official pacer for the 4:00 marathon, 3:59:20", [run(MARATHON, 239 + 20 / 60)]),
    ("sweeping the trail 25k, 4:50:00", [run(25, 290)]),
    ("sub-3 marathon attempt: 2:58:41!", [run(MARATHON, 178 + 41 / 60)]),
]

RUNWALK: list[tuple[str, list[Event]]] = [
    ("run 3 walk 1 x 6, 3.1 km in 24 min", [run(3.1, 24)]),
    ("30s run 30s walk for 25 min, 2.8km", [run(2.8, 25)]),
    ("run 2 mins walk 1 min, 4k total 31:20", [run(4, 31 + 20 / 60)]),
]

WEIGHTS: list[tuple[str, list[Event]]] = [
    ("weighd 68,4", [weight(68.4)]),
    ("wiegh in 81,9 kg", [weight(81.9)]),
    ("weight 74,6 this morning", [weight(74.6)]),
]

HUNDREDS: list[tuple[str, list[Event]]] = [
    ("Leadville 100 in 28:41:10, big buckle next year",
     [run(mi(100), 28 * 60 + 41 + 10 / 60)]),
    ("Hardrock 100 done, 40:12:00, never again", [run(mi(100), 40 * 60 + 12)]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("my son's judo grading at 6", []),
    ("kids' swimming lesson at 9", []),
    ("parkrun turns 10 this week, cake at the finish", []),
    ("signed up for a salsa class next month", []),
    ("how many calories does an hour of BJJ burn?", []),
    ("thinking of a backyard ultra, how many yards is decent?", []),
    ("the 4:00 pacer at London was brilliant", []),
    ("volunteering at the 10k on sunday", []),
    ("skiing holiday booked for February!", []),
    ("is hyrox good training for a marathon?", []),
    ("watched the Hyrox world champs, 55 minutes is insane", []),
]

BLOCK = {
    "racket": RACKET,
    "combat": COMBAT,
    "dance": DANCE,
    "snow": SNOW,
    "fitness trends": TRENDS,
    "stage races": STAGES,
    "timed and backyard": TIMED,
    "volunteering and pacing": HELPING,
    "run/walk": RUNWALK,
    "weigh-ins": WEIGHTS,
    "100-milers": HUNDREDS,
    "chat": CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-acts10-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
