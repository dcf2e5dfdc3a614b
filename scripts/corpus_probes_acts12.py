"""The "acts12" probes (2026-12-02, issue 15): block q's non-meal classes, written by the helper
who fixes them BEFORE any fix, in new words (not block q's messages).

Classes:
- a mountain bike or gravel ride told by its place or its speed: a trail centre's graded route
  (green, blue, red, black), a bike park, singletrack, an uplift, enduro; "gravel" with its
  figures; a "trail" outing at a speed no runner holds that long with that much climbing: a
  ride, never a run; beside them, trail runs and a run on a graded route that stay runs;
- repetitions inside a stated session ("3 x 2 mile within a 12 mile run, 1:31:20"): the stated
  total is the run, never the reps times the total;
- a treadmill run while someone else has a lesson or a class (a swimming lesson, football
  training): the run, never a swim;
- skipping or jump rope with its count of skips or jumps: the session, no food;
- a famous race named with its finish and no distance: its known distance (a 100-mile ultra,
  UTMB, Comrades, Spartathlon, Badwater, Two Oceans; the Great North and Great South Runs;
  a marathon major named by its city);
- weigh-ins in hashtags and with a decimal comma ("68,2 on the scales");
- a cold-water dip in the sea, a lake, a river or a lido: a swim of its minutes; a cold plunge
  none (block q's label);
- two activities in one message, the second on a gym machine ("then 15 min on the rower");
- a mountain walked up and down with its time, no run word: a hike;
- chat that logs nothing: gear and its price, bike repairs and services, race entries and fees,
  cut-offs, plans, someone else's race, a bike's weight.

Labels: a ride on a mountain or gravel bike "cycle|mtb|mountain bike|gravel" (block q's); a
swim, a dip "swim" (block q's); a gym bike "cycle|spin"; a hike "walk|hike"; skipping
"skipping|jump rope" (block q's); the races' distances: 100 miles for Western States, Hardrock
and Leadville (as blocks o, p and q label them), Badwater 135 miles, Spartathlon 246 km,
UTMB 171 km (the blocks' figure), Comrades 89 km (the down run's usual figure; the blocks'),
Two Oceans 56 km, the Great North Run a half marathon, the Great South Run 10 miles, a
marathon major 42.195 km.

First score, on main 86c78b1 before any change: 33.3 % (24/72) fully right, 15.3 % leftover
(11/72), 6 invented in 26 chat messages, 10 refused. After the fixes: 100 % (72/72), 0 %, 0,
0. The second round's 30 (ROUND2_*), written after the first round's fixes and before their
own: all 128 97.8 % (90/92), 1 invented in 36; 100 % (92/92), 0 after (tests/data/README.md).
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import Meal, act, mi, run, stone, weight, write_new

Event = dict[str, object] | Meal

MTB = "cycle|mtb|mountain bike|gravel"
WALK_HIKE = "walk|hike"
SKIP = "skipping|jump rope"
GYM_BIKE = "cycle|spin"
MARATHON = 42.195
HALF = 21.0975

RIDES: list[tuple[str, list[Event]]] = [
    ("black route at Coed y Brenin, 31 km in 2:40", [act(MTB, 160, 31)]),
    ("blue route twice round, 2 hours, 26 km", [act(MTB, 120, 26)]),
    ("bike park laps all afternoon, 3 hours", [act(MTB, 180)]),
    ("singletrack loop 19 km 1:35, 450 m up", [act(MTB, 95, 19)]),
    ("enduro practice, 2h45, 1100m of descending", [act(MTB, 165)]),
    ("trail center 35 km in 2:50, 800 m gain", [act(MTB, 170, 35)]),
    ("gravel 48 km in 2:20 along the old railway", [act(MTB, 140, 48)]),
    ("gravel loop 2h10, 55 km", [act(MTB, 130, 55)]),
    ("uplift day at Revolution, 12 runs down the jump line, 3h", [act(MTB, 180)]),
    ("mountain biked 28 km in 2:15 in the forest", [act(MTB, 135, 28)]),
    ("did the green route with the kids, 11 km, 1:10", [act(MTB, 70, 11)]),
    ("forest laps, 3h05, 52 km, 1,100m up", [act(MTB, 185, 52)]),
    ("hill trails 45 km 2:30, 1000 m climbing", [act(MTB, 150, 45)]),
]

TRAIL_RUNS: list[tuple[str, list[Event]]] = [
    ("trail run 24 km 2:25, 700m climbing", [run(24, 145)]),
    ("trail half 21.1 km in 1:58, 650m up", [run(21.1, 118)]),
    ("ran the blue route in the forest, 10k in 58 min", [run(10, 58)]),
    ("trail centre parkrun 26:40", [run(5, 26 + 40 / 60)]),
    ("fell race 16 km, 1:52, 900 m of climb", [run(16, 112)]),
]

REPS_IN_A_TOTAL: list[tuple[str, list[Event]]] = [
    ("4 x 2 mile at threshold within a 12 mile run, 1:31:20", [run(mi(12), 91 + 20 / 60)]),
    ("5 x 1k efforts as part of a 14k session, 1:09:30", [run(14, 69.5)]),
    ("2 x 20 min tempo in a 22 km long run, 1:55:00 total", [run(22, 115)]),
    ("6 x 800 inside 10k total, 52:40 on the watch", [run(10, 52 + 40 / 60)]),
    ("3 x 3 miles at half marathon pace, 15 miles in all, 1:58:10", [run(mi(15), 118 + 10 / 60)]),
    ("4 x 4k at goal pace within a 24k run, 2:01:15", [run(24, 121.25)]),
]

TREADMILL_WAITS: list[tuple[str, list[Event]]] = [
    ("kids' football training = 40 min on the treadmill next door, 6.8 km", [run(6.8, 40)]),
    ("during my daughter's swimming lesson I did 25 min on the treadmill, 4.2 km", [run(4.2, 25)]),
    ("while my son had his swim lesson: treadmill 5.5 km in 32 min", [run(5.5, 32)]),
    ("ballet lesson wait, 35 min treadmill, 5.9 km", [run(5.9, 35)]),
    ("gymnastics class for Ella so treadmill 6k in 34:10", [run(6, 34 + 10 / 60)]),
]

SKIPPING: list[tuple[str, list[Event]]] = [
    ("jump rope 10 min, 1000 jumps", [act(SKIP, 10)]),
    ("skipping rope 20 mins, 2,200 skips", [act(SKIP, 20)]),
    ("skipped for 8 min, 900 turns", [act(SKIP, 8)]),
    ("skipping 12 mins, 1300 skips, then easy 4k 24:10", [act(SKIP, 12), run(4, 24 + 10 / 60)]),
    ("jump rope: 600 skips in 6 minutes", [act(SKIP, 6)]),
]

RACES: list[tuple[str, list[Event]]] = [
    ("UTMB finished!! 44:12:09 in Chamonix", [run(171, 44 * 60 + 12 + 9 / 60)]),
    ("Comrades down run done, 11:02:44", [run(89, 662 + 44 / 60)]),
    ("finished Badwater, 41:05:33", [run(mi(135), 41 * 60 + 5 + 33 / 60)]),
    ("Spartathlon in 34:40:02, Sparta at last", [run(246, 34 * 60 + 40 + 2 / 60)]),
    ("Hardrock finisher, 43:30:10", [run(mi(100), 43 * 60 + 30 + 10 / 60)]),
    ("Leadville done in 29:10:45", [run(mi(100), 29 * 60 + 10.75)]),
    ("Western States buckle! 29:02:10", [run(mi(100), 29 * 60 + 2 + 10 / 60)]),
    ("Two Oceans ultra done, 6:12:08", [run(56, 372 + 8 / 60)]),
    ("Great North Run 1:52:40 in the sun", [run(HALF, 112 + 40 / 60)]),
    ("Great South Run, 1:21:30", [run(mi(10), 81.5)]),
    ("London done, 3:47:12 and a medal", [run(MARATHON, 227.2)]),
    ("New York City 4:02:18 🗽 all five boroughs", [run(MARATHON, 242.3)]),
]

WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("#weighinwednesday 82.4kg #progress", [weight(82.4)]),
    ("weigh day ✅ 64.1 kg #runnergirl #fitness", [weight(64.1)]),
    ("#morningweight 91,3 #cutting", [weight(91.3)]),
    ("68,2 on the scales today", [weight(68.2)]),
    ("scale says 77,45", [weight(77.45)]),
    ("down to 85,6 kg 🎉 #slimmingworld", [weight(85.6)]),
    ("this morning: 59,9", [weight(59.9)]),
    ("weigh-in 102,3 kg, 3 weeks of running done", [weight(102.3)]),
    ("#weighin 11st 4lb #c25k", [stone(11, 4)]),
]

DIPS: list[tuple[str, list[Event]]] = [
    ("sea dip at sunrise, 12 min, 9 degrees", [act("swim", 12)]),
    ("quick dip in the lake, 5 mins before work", [act("swim", 5)]),
    ("river dip with the girls 15 min 🥶", [act("swim", 15)]),
    ("dipped in the sea for 8 minutes, 10°C", [act("swim", 8)]),
    ("cold water dip 20 mins at the lido", [act("swim", 20)]),
    ("cold plunge 4 min in the garden tub", []),
]

TWO_SESSIONS: list[tuple[str, list[Event]]] = [
    ("squash 45 mins then 15 min on the rower", [act("squash", 45), act("row", 15)]),
    (
        "badminton 1 hr and 25 mins on the cross trainer after",
        [act("badminton", 60), act("elliptical", 25)],
    ),
    ("padel 90 min then 30 min on the exercise bike", [act("padel|tennis", 90), act(GYM_BIKE, 30)]),
    ("yoga class 1h, then 20 min on the gym bike", [act("yoga", 60), act(GYM_BIKE, 20)]),
    ("swim 30 min then 25 min on the bike at the gym", [act("swim", 30), act(GYM_BIKE, 25)]),
]

HILLS: list[tuple[str, list[Event]]] = [
    ("up Ben Nevis and back down, 7 hours", [act(WALK_HIKE, 420)]),
    ("Scafell Pike via the Corridor Route, 6h30", [act(WALK_HIKE, 390)]),
    ("summited Helvellyn by Striding Edge, 5 and a half hours", [act(WALK_HIKE, 330)]),
    ("walked up Pen y Fan and back, 2h40", [act(WALK_HIKE, 160)]),
    ("bagged 2 munros today, 8 hours on the hill", [act(WALK_HIKE, 480)]),
    ("up Cadair Idris and down again, 4h15", [act(WALK_HIKE, 255)]),
    ("ran up Arthur's Seat and back, 5.5 km 34:10", [run(5.5, 34 + 10 / 60)]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("road bike's in for a service, £65", []),
    ("new gravel tyres cost me £80 the pair", []),
    ("need a new chain and cassette for the mtb", []),
    ("thinking of buying a turbo trainer, about £300", []),
    ("bike shop says the wheel needs truing, £25", []),
    ("got a puncture on the way to work, had to walk it home", []),
    ("Garmin 265 is £349 in the sale", []),
    ("new trail shoes were £130, worth every penny", []),
    ("entry for the Snowdonia marathon is £75", []),
    ("UTMB entry fee is €400 now, mad", []),
    ("Western States cutoff is 30 hours", []),
    ("planning a gravel ride on Sunday, 80 km", []),
    ("want to do the black route at Glentress next month", []),
    ("booked a bike fit for Tuesday, £150", []),
    ("my mountain bike weighs 14 kg", []),
    ("the kids' swimming lessons are £8 a week", []),
    ("skipping rope cost £6 on amazon", []),
    ("Comrades is on the 14th of June this year", []),
    ("got my London ballot rejection again", []),
    ("wetsuit hire for the lake is £10 a session", []),
    ("dropper post broke on the descent, £200 to fix", []),
    ("my husband did Western States in 26:10:00", []),
    ("heading to the bike park on Saturday for 4 hours", []),
    ("weigh-in tomorrow, hoping for under 80", []),
    ("my bike is 8.2 kg with pedals", []),
]

#: Round 2 (written before its fixes, after the first round's): the same classes in further
#: words: a gravel race and a gravel grinder, a pump track, downhill laps; reps timed inside a
#: run's minutes and in miles inside kilometres; a lad's practice; majors said with a smile;
#: weigh-in hashtags with a colon; a boxing class and a stair machine; a mountain by its path;
#: chat of gear, entries, cut-offs and plans in other words.
ROUND2_RIDES: list[tuple[str, list[Event]]] = [
    ("gravel race 95 km 3:40", [act(MTB, 220, 95)]),
    ("gravel grinder 80km 3h20", [act(MTB, 200, 80)]),
    ("pump track session 45 min", [act(MTB, 45)]),
    ("downhill laps at the bike park, 10 runs, 2h30", [act(MTB, 150)]),
    ("red route loop at Cannock, 1:40", [act(MTB, 100)]),
    ("hill trails 18 km 2:05, 600m", [run(18, 125)]),
    ("singletrack trail run 15 km 1:30", [run(15, 90)]),
]

ROUND2_RUNS: list[tuple[str, list[Event]]] = [
    ("3 x 10 min at LT within a 75 min run, 13.2 km", [run(13.2, 75)]),
    ("2 x 6k at HMP as part of a 20 mile long run, 2:41:00", [run(mi(20), 161)]),
    ("footy practice for my lad, so 30 mins treadmill, 5.2k", [run(5.2, 30)]),
    ("while the kids were at swimming club I did 6k on the treadmill, 33:30",
     [run(6, 33.5)]),
    ("Berlin 2:58:41 🥳", [run(MARATHON, 178 + 41 / 60)]),
    ("Tokyo done: 3:33:33", [run(MARATHON, 213.55)]),
    ("finished Hardrock in 38:55:10", [run(mi(100), 38 * 60 + 55 + 10 / 60)]),
]

ROUND2_OTHER: list[tuple[str, list[Event]]] = [
    ("#weighinwednesday: 88,4 🙏", [weight(88.4)]),
    ("#scaleday 69.9 #slowprogress", [weight(69.9)]),
    ("morning sea dip, 15 mins", [act("swim", 15)]),
    ("boxing class 1h then 15 min on the stairmaster",
     [act("boxing", 60), act("stairs", 15)]),
    ("Snowdon via the Miners' track, 5h20", [act(WALK_HIKE, 320)]),
    ("jump rope 15 min (1800 skips)", [act(SKIP, 15)]),
]

ROUND2_CHAT: list[tuple[str, list[Event]]] = [
    ("my gravel bike cost £1,800", []),
    ("new cleats needed, £30", []),
    ("bike service booked for friday", []),
    ("planning the red route at Glentress on saturday", []),
    ("Western States entry opens in November", []),
    ("Comrades cut-off is 12 hours", []),
    ("ordered new brake pads for the mtb", []),
    ("my mtb is 13.5 kg", []),
    ("skipping rope broke", []),
    ("pool's closed so no swim today", []),
]

BLOCK = {
    "mountain bike and gravel": RIDES,
    "trail runs": TRAIL_RUNS,
    "reps inside a total": REPS_IN_A_TOTAL,
    "treadmill waits": TREADMILL_WAITS,
    "skipping": SKIPPING,
    "famous races": RACES,
    "weigh-ins": WEIGH_INS,
    "cold-water dips": DIPS,
    "two sessions": TWO_SESSIONS,
    "hills walked": HILLS,
    "chat": CHAT,
    "round 2 rides": ROUND2_RIDES,
    "round 2 runs": ROUND2_RUNS,
    "round 2 sessions and weigh-ins": ROUND2_OTHER,
    "round 2 chat": ROUND2_CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-acts12-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
