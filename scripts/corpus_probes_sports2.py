"""The "sports2" probes (2026-12-02, issue 15): a second breadth pass over the Compendium of
Physical Activities (2011) after the "sports" round, written BEFORE its changes, in fresh words:
sessions the parser still read as nothing or as another sport when a wider list of sports was
tried (see tests/data/README.md).

Classes:
- 02 conditioning by a class's brand or machine: boxercise, BodyCombat, BodyAttack, a
  stepmill, a VersaClimber, aqua zumba; water walking (18368);
- 01 bicycling by its kind: bikepacking, cyclocross, BMX, the velodrome, a handcycle,
  bikejoring;
- 15 sports left: jet skiing (not cross-country skiing), cricket nets, polo and polocrosse,
  broomball, bandy, kickball, shuffleboard, boccia, paragliding, an obstacle course, ninja
  warrior, walking rugby and basketball, putting practice, eventing; track and field's
  throws (15732) and jumps (15733);
- 17 walking: geocaching; running with a dog (canicross) is a run;
- 18 water: bodysurfing, punting and a rowing boat (18070), a pedalo (18110);
- 19 winter: langlauf, dog sledding;
- chat that logs nothing: "bandy" legs, kit, plans.

Labels: a session's minutes and distance as the message gives them. Activity names: jet
skiing "jet ski"; nets "cricket"; boxercise "boxing"; BodyCombat and BodyAttack "aerobics"
(martial arts accepted for BodyCombat); stepmill and VersaClimber "stairs"; aqua zumba "water
aerobics" (dance accepted); water and pool walking "water walk"; every bike kind "cycle"; polo
and polocrosse "polo"; bandy "ice hockey"; boccia "bowls"; paragliding "hang gliding"; obstacle
courses and ninja warrior "obstacle course"; walking rugby "rugby", walking basketball
"basketball"; putting practice "mini golf"; eventing "horse riding"; shot, discus and hammer
"throws"; long jump and pole vault "jumps", the javelin "jumps" or "throws" (15733 lists it
with the jumps); geocaching "walk"; bodysurfing "surf"; punting and a rowing boat "rowing boat";
a pedalo "paddle boat"; langlauf "ski"; dog sledding "sled".

First score, on the sports branch (its first landing's tree) before any change for these
classes: see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import Meal, act, run, write_new

Event = dict[str, object] | Meal

CLASSES: list[tuple[str, list[Event]]] = [
    ("boxercise class 45 min", [act("boxing", 45)]),
    ("bodycombat 55 mins", [act("aerobics|martial arts", 55)]),
    ("BodyAttack class 1 hour", [act("aerobics", 60)]),
    ("stepmill 20 min", [act("stairs", 20)]),
    ("versaclimber 10 mins", [act("stairs", 10)]),
    ("aqua zumba 45 min", [act("water aerobics|dance", 45)]),
    ("pool walking 30 mins", [act("water walk", 30)]),
    ("aqua walking 40 min", [act("water walk", 40)]),
]

BIKES: list[tuple[str, list[Event]]] = [
    ("bikepacking 62 km 4:10", [act("cycle", 250, 62)]),
    ("cyclocross 55 min", [act("cycle", 55)]),
    ("bmx session 1 hour", [act("cycle", 60)]),
    ("velodrome taster 1h", [act("cycle", 60)]),
    ("handcycle 20 km 1:00", [act("cycle", 60, 20)]),
    ("bikejoring 8 km 25 min", [act("cycle", 25, 8)]),
]

SPORTS: list[tuple[str, list[Event]]] = [
    ("jet skiing 30 min", [act("jet ski", 30)]),
    ("nets session 1 hr, bowled most of it", [act("cricket", 60)]),
    ("polo match 1 hour", [act("polo", 60)]),
    ("polocrosse 90 mins", [act("polo", 90)]),
    ("broomball 1 hr", [act("broomball", 60)]),
    ("bandy match 90 min", [act("ice hockey", 90)]),
    ("kickball 1 hour", [act("kickball", 60)]),
    ("shuffleboard 30 min", [act("shuffleboard", 30)]),
    ("boccia 1h", [act("bowls", 60)]),
    ("paragliding 1h", [act("hang gliding", 60)]),
    ("obstacle course 1 hour", [act("obstacle course", 60)]),
    ("ninja warrior class 45 min", [act("obstacle course", 45)]),
    ("walking rugby 1 hour", [act("rugby", 60)]),
    ("walking basketball 45 min", [act("basketball", 45)]),
    ("putting practice 30 mins", [act("mini golf", 30)]),
    ("eventing 2 hours", [act("horse riding", 120)]),
    ("shot put training 1 hour", [act("throws", 60)]),
    ("discus 40 min", [act("throws", 40)]),
    ("javelin 45 mins", [act("jumps|throws", 45)]),
    ("long jump practice 1h", [act("jumps", 60)]),
    ("pole vault session 90 min", [act("jumps", 90)]),
]

OUTDOORS: list[tuple[str, list[Event]]] = [
    ("geocaching 2 hours, 7 km", [act("walk", 120, 7)]),
    ("canicross 5k 26:40", [run(5, 26 + 40 / 60)]),
    ("bodysurfing 1 hour", [act("surf", 60)]),
    ("punting on the Cam 1 hour", [act("rowing boat", 60)]),
    ("rowing boat on the lake 1h", [act("rowing boat", 60)]),
    ("pedalo 30 min", [act("paddle boat", 30)]),
    ("langlauf 12 km 1:15", [act("ski", 75, 12)]),
    ("dog sledding 2 hours", [act("sled", 120)]),
]

CHAT: list[tuple[str, list[Event]]] = [
    ("legs gone all bandy after that long run", []),
    ("shot put is so technical, respect", []),
    ("need a new kickball for the school", []),
    ("pedalo ride booked for the holiday", []),
    ("the velodrome is booked for next week", []),
    ("my javelin snapped", []),
]

BLOCK = {
    "02 classes and machines": CLASSES,
    "01 bikes by kind": BIKES,
    "15 sports left": SPORTS,
    "17-19 outdoors": OUTDOORS,
    "chat": CHAT,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-sports2-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
