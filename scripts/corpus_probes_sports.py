"""The "sports" probes (2026-12-02, issue 15): breadth over the Compendium of Physical Activities
(2011) sections runners do in their week, written by the helper who extends the activity table
BEFORE any change, in fresh words (not block o's messages, not the acts10 probes' sports).

Classes, by Compendium section:
- 02 conditioning exercise: rope skipping, step and high-impact aerobics, water aerobics and
  aquafit, the SkiErg, the assault, exercise and static bike, trampolining and the rebounder;
- 03 dancing by names acts10 did not take: swing, Irish, Scottish country, morris, belly,
  square dancing, jive, breakdancing;
- 15 sports: golf as runners say it ("18 holes", "9 holes" with no time: a round of 18 is
  about 4 hours walked, 9 about 2), the driving range, crazy golf, pitch and putt, a buggy,
  disc golf and footgolf; horse riding ("hacked out", a riding lesson, dressage, pony
  trekking, showjumping); climbing walls, top rope, via ferrata, abseiling; real tennis,
  beach volleyball; skateboarding, rollerblading, inline skating, roller derby; archery,
  tenpin bowling, lawn bowls, petanque, snooker, croquet, curling, gymnastics, ice hockey, flag
  football, dodgeball, cheerleading, high ropes; football as a Sunday league, walking
  football, futsal, footie; floorball, shinty, shooting hoops;
- 17 walking: Nordic walking, hillwalking, munros, fell walks, a camino day, a pilgrimage,
  backpacking, trekking, rambling, a pram walk, scrambling, a bushwalk;
- 18 water: sculling, an eight, a coxed four, gig rowing, sailing and dinghy racing,
  windsurfing, kitesurfing, wakeboarding, snorkelling, scuba, springboard diving, white water
  rafting, a canoe trip;
- 19 winter: sledging, tobogganing, roller skiing, biathlon, ice climbing, mountaineering;
- the same sports beside a run or a meal, a club Saturday, a cross-training list;
- chat that logs nothing: sport watched, other people's lessons, plans, questions, kit.

Labels: a session's minutes and distance as the message gives them; "18 holes" with no time 240
minutes and "9 holes" 120 (a round of 18 holes walked is about 4 hours); a parkrun 5 km.
Activity names (engine/activities.py): every dance style "dance"; rope skipping "jump rope";
step and high-impact aerobics "aerobics"; aquafit "water aerobics"; the SkiErg "ski erg"; a
stationary bike of any make "spin"; a rebounder "trampoline"; the driving range and crazy golf
"mini golf" (Compendium 15270 names both; golf accepted; label correction (acts11, 2026-12-02):
the driving range also "driving range", the parser's name for that row); a buggy round "golf
cart" (golf accepted); disc golf "frisbee" or "golf" (label correction (acts11, 2026-12-02):
also "disc golf", its own row now; walking football also "walking football"); every horse
session "horse riding" (showjumping "show jumping" accepted); climbing walls, top rope, via
ferrata and ice climbing "climb"; abseiling "abseil"; rollerblading, inline skating and roller
derby "skate"; snooker "billiards"; lawn bowls and petanque "bowls", tenpin "bowling"; ice
hockey "ice hockey" (hockey accepted), floorball "hockey", shinty "hurling" (hockey accepted);
every football variant "football"; shooting hoops "basketball"; Nordic walking "nordic walk"
(walk accepted); hillwalks, munros, fell walks, treks, rambles, scrambles and bushwalks "hike"
(walk accepted); a camino day and a pilgrimage "hike" or "walk"; backpacking "backpacking"
(hike accepted); a crew boat or scull "sculling" (row accepted); sailing and dinghy racing
"sail"; windsurfing and kitesurfing "windsurf"; wakeboarding "waterski"; rafting "kayak"; scuba
"scuba"; springboard diving "diving"; sledging and tobogganing "sled"; roller skiing and
biathlon "ski"; mountaineering "climb" or "hike".

First score, on main ddd2e28 before any change for these classes: see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import BANANA, PORRIDGE, Meal, act, eat, mi, p, run, write_new

Event = dict[str, object] | Meal

BAN = p(BANANA, 1, "medium")
POR = p(PORRIDGE, 1, "cup")

CONDITIONING: list[tuple[str, list[Event]]] = [
    ("skipping rope 15 min in the garage", [act("jump rope", 15)]),
    ("jump rope 20 mins then 5k 27:30", [act("jump rope", 20), run(5, 27.5)]),
    ("step aerobics 45 min", [act("aerobics", 45)]),
    ("high impact aerobics class 1hr", [act("aerobics", 60)]),
    ("aqua aerobics at the leisure centre, 50 mins", [act("water aerobics", 50)]),
    ("aquafit 45 min with mum", [act("water aerobics", 45)]),
    ("SkiErg 2000m in 9:12", [act("ski erg", 9.2, 2.0)]),
    ("15 min on the assault bike", [act("spin", 15)]),
    ("exercise bike 30 mins while watching telly", [act("spin", 30)]),
    ("static bike 40 min, kept it easy", [act("spin", 40)]),
    ("trampolining 30 min at the trampoline park", [act("trampoline", 30)]),
    ("rebounder 20 minutes", [act("trampoline", 20)]),
]

DANCE: list[tuple[str, list[Event]]] = [
    ("swing dancing 2 hours at the village hall", [act("dance", 120)]),
    ("irish dancing practice 1 hour", [act("dance", 60)]),
    ("scottish country dancing, 90 min", [act("dance", 90)]),
    ("morris dancing at the fete 2 hrs", [act("dance", 120)]),
    ("belly dancing class 45 min", [act("dance", 45)]),
    ("square dance 1.5 h", [act("dance", 90)]),
    ("jive lesson 1 hour", [act("dance", 60)]),
    ("breakdancing 40 mins", [act("dance", 40)]),
]

GOLF: list[tuple[str, list[Event]]] = [
    ("18 holes this morning, walked and carried", [act("golf", 240)]),
    ("9 holes after work with my brother", [act("golf", 120)]),
    ("golf round, 4 hrs walking", [act("golf", 240)]),
    ("driving range 1 hour, 2 buckets", [act("driving range|mini golf|golf", 60)]),
    ("crazy golf 45 mins", [act("mini golf|golf", 45)]),
    ("pitch and putt 1h", [act("golf|mini golf", 60)]),
    ("18 holes in a buggy, 3h45", [act("golf cart|golf", 225)]),
    ("disc golf 18 baskets, 1.5 hours", [act("disc golf|frisbee|golf", 90)]),
    ("footgolf 1 hr 20", [act("golf", 80)]),
]

HORSES: list[tuple[str, list[Event]]] = [
    ("hacked out on Bramble for an hour", [act("horse riding", 60)]),
    ("riding lesson 45 min, lots of trot work", [act("horse riding", 45)]),
    ("horse ride 2 hours on the moor", [act("horse riding", 120)]),
    ("showjumping 40 min", [act("show jumping|horse riding", 40)]),
    ("dressage schooling 50 mins", [act("horse riding", 50)]),
    ("pony trekking 3 hours in the Beacons", [act("horse riding", 180)]),
]

CLIMBING: list[tuple[str, list[Event]]] = [
    ("climbing wall 2 hrs", [act("climb", 120)]),
    ("bouldered for 90 min at the centre", [act("climb", 90)]),
    ("top rope session 1h30", [act("climb", 90)]),
    ("via ferrata 3 hours", [act("climb", 180)]),
    ("abseiling 1 hour with the scouts", [act("abseil", 60)]),
    ("indoor climbing 75 mins then a banana", [act("climb", 75), eat(BAN)]),
]

BALL_AND_SKATE: list[tuple[str, list[Event]]] = [
    ("real tennis 1 hour", [act("tennis", 60)]),
    ("beach volleyball 2 hours", [act("beach volleyball|volleyball", 120)]),
    ("skateboarding at the skatepark 1h", [act("skateboard", 60)]),
    ("rollerblading along the prom 10 km 45 min", [act("skate", 45, 10)]),
    ("roller derby practice 2 hrs", [act("skate", 120)]),
    ("inline skating 20k 1:05", [act("skate", 65, 20)]),
    ("archery 2 hours at the club", [act("archery", 120)]),
    ("tenpin bowling, 3 games, 1 hour", [act("bowling", 60)]),
    ("lawn bowls 2 hours", [act("bowls", 120)]),
    ("petanque in the square 1h", [act("bowls", 60)]),
    ("snooker 2 hrs", [act("billiards", 120)]),
    ("croquet on the lawn, 1 hour", [act("croquet", 60)]),
    ("curling 2 hours, sore hips", [act("curling", 120)]),
    ("gymnastics class 1 hr", [act("gymnastics", 60)]),
    ("ice hockey 75 min", [act("ice hockey|hockey", 75)]),
    ("flag football 1 hour", [act("flag football", 60)]),
    ("dodgeball 45 mins at work", [act("dodgeball", 45)]),
    ("cheerleading practice 2h", [act("cheerleading", 120)]),
    ("high ropes course 2 hours", [act("high ropes", 120)]),
]

FOOTBALL: list[tuple[str, list[Event]]] = [
    ("sunday league 90 mins, lost 3-1", [act("football", 90)]),
    ("walking football 1 hour", [act("walking football|football", 60)]),
    ("futsal 1 hr", [act("football", 60)]),
    ("played footie for an hour in the park", [act("football", 60)]),
    ("floorball 50 mins", [act("hockey", 50)]),
    ("shinty training 90 min", [act("hurling|hockey", 90)]),
    ("shooting hoops 30 mins", [act("basketball", 30)]),
]

WALKING: list[tuple[str, list[Event]]] = [
    ("nordic walking 6 km 1h10", [act("nordic walk|walk", 70, 6)]),
    ("hillwalking 14 km, 5 hours", [act("hike|walk", 300, 14)]),
    ("bagged 2 munros, 18 km 7:20", [act("hike|walk", 440, 18)]),
    ("fell walk 12 km 4h", [act("hike|walk", 240, 12)]),
    ("camino day 6: 26 km in 6 hours", [act("hike|walk", 360, 26)]),
    ("pilgrimage walk 22km, 5.5 hours", [act("walk|hike", 330, 22)]),
    ("backpacking 16 km with a full pack, 6 hrs", [act("backpacking|hike", 360, 16)]),
    ("trekking 20km 7 hours", [act("hike|walk", 420, 20)]),
    ("rambling with the group, 10 miles, 4.5 hours", [act("hike|walk", 270, mi(10))]),
    ("pram walk 45 mins", [act("walk", 45)]),
    ("scrambling on Crib Goch 3 hours", [act("hike|climb", 180)]),
    ("bushwalk 9 km 2.5h", [act("hike|walk", 150, 9)]),
]

WATER: list[tuple[str, list[Event]]] = [
    ("sculling on the river 14 km 1:20", [act("sculling|row", 80, 14)]),
    ("crew outing in the eight 75 min", [act("sculling|row", 75)]),
    ("coxed four, 16k in 1:30", [act("sculling|row", 90, 16)]),
    ("gig rowing 1h", [act("sculling|row", 60)]),
    ("sailing 3 hours, light winds", [act("sail", 180)]),
    ("dinghy racing all afternoon, 3 races, 2.5 hours", [act("sail", 150)]),
    ("windsurfing 90 min", [act("windsurf", 90)]),
    ("kitesurfing 2h", [act("windsurf", 120)]),
    ("wakeboarding 1 hour", [act("waterski", 60)]),
    ("snorkelling 1 hour off the reef", [act("snorkel", 60)]),
    ("scuba dive 55 min, 18 m max", [act("scuba", 55)]),
    ("springboard diving 1h", [act("diving", 60)]),
    ("white water rafting 3 hrs", [act("kayak", 180)]),
    ("canoe trip 12 km 3 hours", [act("kayak", 180, 12)]),
]

WINTER: list[tuple[str, list[Event]]] = [
    ("sledging with the kids 1 hour", [act("sled", 60)]),
    ("tobogganing 45 min", [act("sled", 45)]),
    ("rollerski 18 km 1:10", [act("ski", 70, 18)]),
    ("biathlon training 90 min", [act("ski", 90)]),
    ("ice climbing 4 hours", [act("climb", 240)]),
    ("mountaineering day, 8 hours", [act("climb|hike", 480)]),
]

BESIDE: list[tuple[str, list[Event]]] = [
    ("hacked out 1 hr then ran 5k 28:40", [act("horse riding", 60), run(5, 28 + 40 / 60)]),
    ("archery 1h, then a banana", [act("archery", 60), eat(BAN)]),
    ("ran 8k 44:10 then 9 holes", [run(8, 44 + 10 / 60), act("golf", 120)]),
    ("Sat: parkrun 23:50, sailing 2 hrs in the afternoon",
     [run(5, 23 + 50 / 60), act("sail", 120)]),
    ("cross training: nordic walking 50 min, skipping 10 mins",
     [act("nordic walk|walk", 50), act("jump rope", 10)]),
    ("club session: 6k warm up run 33 min then 1h of bouldering", [run(6, 33), act("climb", 60)]),
    ("porridge, then 2 hrs horse riding", [eat(POR), act("horse riding", 120)]),
    ("lawn bowls 90 min and a 3 mile jog 27:00", [act("bowls", 90), run(mi(3), 27)]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("watching the Ryder Cup golf all afternoon", []),
    ("my daughter's riding lesson at 4", []),
    ("thinking of taking up archery", []),
    ("anyone tried nordic walking poles for ultras?", []),
    ("the climbing wall is closed till Monday", []),
    ("booked a sailing holiday in Croatia", []),
    ("snooker on the telly tonight", []),
    ("is lawn bowls a sport lol", []),
    ("golf clubs for sale, barely used", []),
    ("sledging tomorrow if it snows", []),
    ("horse racing at Cheltenham today, lost a tenner", []),
    ("need new skates for the rink", []),
]

BLOCK = {
    "02 conditioning": CONDITIONING,
    "03 dance": DANCE,
    "15 golf": GOLF,
    "15 horses": HORSES,
    "15 climbing": CLIMBING,
    "15 ball, skate and target sports": BALL_AND_SKATE,
    "15 football codes": FOOTBALL,
    "17 walking": WALKING,
    "18 water": WATER,
    "19 winter": WINTER,
    "beside a run or a meal": BESIDE,
    "chat": CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-sports-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
