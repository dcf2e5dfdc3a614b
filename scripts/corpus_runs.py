"""The runs block: runs, sessions and weigh-ins in voices the other blocks lack, 2026-11-30.

Written for issue 15 before any parser change meant for it, and scored first on the parser as
it was at that commit (the commit that added it records the score): track sessions with their
splits, fell and trail runs with climb in feet, hill reps, fartlek, run/walk, strides, doubles,
races with a chip and a gun time, the exact line layouts of Garmin, Strava, COROS, Polar, Suunto
and Apple copy, cycling, swimming, rowing, skiing and the elliptical, gym sessions written with
minutes as ', weigh-ins in decimal stone and with a comma for the decimal point, and chat that
names distances, weights and races without logging anything.

Conventions: reps with no total are the reps alone (distance and the sum of the rep times); a
run with no time is the parser's default pace, 6:00 /km; a gun time beside a chip time is not
the runner's time; strides after a run are part of it.
"""

from __future__ import annotations

from corpus_exercise import HALF, MARATHON, s
from corpus_labels import act, gym, mi, pounds, run, stone, weight

Event = dict[str, object]


def played(activity: str) -> dict[str, object]:
    """A session with no time stated: its kind alone is judged."""
    return {"kind": "activity", "activity": activity}


def easy(km: float) -> dict[str, object]:
    """A run with no time: the default pace, 6:00 /km."""
    return run(km, km * 6)


TRACK: list[tuple[str, list[Event]]] = [
    ("track 6x400: 82, 80, 79, 80, 78, 77", [run(2.4, (82 + 80 + 79 + 80 + 78 + 77) / 60)]),
    ("5x1k 3:52 3:50 3:49 3:47 3:45 (2' rec)",
     [run(5, s(3, 52) + s(3, 50) + s(3, 49) + s(3, 47) + s(3, 45))]),
    ("track tonight 8 x 400m avg 84s, 9km total 48:20", [run(9, s(48, 20))]),
    ("10x200 @ 38s off 200 jog", [run(2, 10 * 38 / 60)]),
    ("mile reps 3 x 1 mile: 6:12, 6:08, 6:01", [run(mi(3), s(6, 12) + s(6, 8) + s(6, 1))]),
    ("tuesday track: 12 x 300m in 60s, 7.5k incl wu/cd, 41 mins", [run(7.5, 41)]),
    ("4 x 1200 @ 4:30 w/ 400 jog recovery", [run(4.8, 18)]),
    ("2k reps x3 (7:40, 7:36, 7:31) 90s jog", [run(6, s(7, 40) + s(7, 36) + s(7, 31))]),
    ("club track session 10 km total, 50:45", [run(10, s(50, 45))]),
    ("400s x 10, all under 90 sec, 8.2 km 44 min in total", [run(8.2, 44)]),
]

TRAIL: list[tuple[str, list[Event]]] = [
    ("fell race 11 mi 2,800 ft 2:05:40", [run(mi(11), s(5, 40, 2))]),
    ("trail 14 miles, 3100ft vert, 2:48:10", [run(mi(14), s(48, 10, 2))]),
    ("Skiddaw up and down 9.5km 1:32:00 +930m", [run(9.5, 92)]),
    ("muddy trail 12k in 1h14", [run(12, 74)]),
    ("ran the ridge 18 km 2h35 with 1200m d+", [run(18, 155)]),
    ("hill reps 10 x 90s, 8k total 50 min", [run(8, 50)]),
    ("8 x hill reps, 9.5k 58 min", [run(9.5, 58)]),
    ("hills: 6x2min up, jog down, 7.4 km 45:10", [run(7.4, s(45, 10))]),
    ("fell run 7 miles 1500 ft of climbing 1:20", [run(mi(7), 80)]),
    ("trail 50k done 6:42:18 with 2,100 m of vert", [run(50, s(42, 18, 6))]),
]

SPEED: list[tuple[str, list[Event]]] = [
    ("fartlek 45 min, 9k", [run(9, 45)]),
    ("fartlek session 7 miles 58:30", [run(mi(7), 58.5)]),
    ("40 min fartlek 1 min hard 1 min easy, 7.9km", [run(7.9, 40)]),
    ("tempo 6 miles @ 7:10/mi", [run(mi(6), 43)]),
    ("threshold 3 x 10 min, 12 km 1:01:30 total", [run(12, 61.5)]),
    ("progression run 16k 1:20:05", [run(16, s(20, 5, 1))]),
    ("13 miles at 8 minute miling", [run(mi(13), 104)]),
    ("10 miles at 7:30 miling", [run(mi(10), 75)]),
    ("steady 10k at 5 min kms", [run(10, 50)]),
]

BEGINNER: list[tuple[str, list[Event]]] = [
    ("run/walk 4:1 for 40 min, 5.6 km", [run(5.6, 40)]),
    ("jeffing 10k 1:12:30", [run(10, 72.5)]),
    ("run walk intervals 30 min total, 3.5km", [run(3.5, 30)]),
    ("ran 20 min without stopping!! 2.9 km", [run(2.9, 20)]),
    ("1 min run 90s walk x 8, 25 mins, 3.1k", [run(3.1, 25)]),
    ("walk/run 5k in 41:20", [run(5, s(41, 20))]),
]

STRIDES: list[tuple[str, list[Event]]] = [
    ("easy 8k 46 min + 6 strides", [run(8, 46)]),
    ("6 x 20s strides after easy 5 miles 44:10", [run(mi(5), s(44, 10))]),
    ("recovery 6km 37:00 with strides at the end", [run(6, 37)]),
    ("easy 40 min + 4x100m strides, 7.1k", [run(7.1, 40)]),
]

DOUBLES: list[tuple[str, list[Event]]] = [
    ("double day: 10k am 52 min, 6k pm 33 min", [run(10, 52), run(6, 33)]),
    ("AM 12k 62:30 / PM 5k recovery 30:10", [run(12, 62.5), run(5, s(30, 10))]),
    ("8 miles this morning, 4 miles at lunch", [easy(mi(8)), easy(mi(4))]),
    ("run commute 7k, 7k home", [easy(7), easy(7)]),
    ("ran to work 9.2km 50 min, ran home 9.2km 53 min", [run(9.2, 50), run(9.2, 53)]),
    ("ran 5k then 5k cooldown", [easy(5), easy(5)]),
    ("10k tempo 44:30 then 3k cool down 17 min", [run(10, 44.5), run(3, 17)]),
    ("morning 6 mi 52:00, evening 3 mi shakeout 28:40",
     [run(mi(6), 52), run(mi(3), s(28, 40))]),
]

RACES: list[tuple[str, list[Event]]] = [
    ("10k race: chip 42:18, gun 42:51", [run(10, s(42, 18))]),
    ("Chip time 3:28:41 at Manchester marathon (gun 3:31:02)", [run(MARATHON, s(28, 41, 3))]),
    ("half marathon chip time 1:38:52 🎉", [run(HALF, s(38, 52, 1))]),
    ("parkrun 24:31", [run(5, s(24, 31))]),
    ("parkrun pb!! 21:58", [run(5, s(21, 58))]),
    ("did the club 10 mile LSR", [easy(mi(10))]),
    ("club 10 mile handicap race 1:09:44", [run(mi(10), s(9, 44, 1))]),
    ("5 mile road race in 33:12, 14th overall", [run(mi(5), s(33, 12))]),
    ("XC race 8.5km 38:40, so muddy", [run(8.5, s(38, 40))]),
    ("20 mile race 2:41:03 official", [run(mi(20), s(41, 3, 2))]),
    ("marathon done 3:59:01 chip, sub 4!!", [run(MARATHON, s(59, 1, 3))]),
    ("5k race 19:48 (gun 19:55)", [run(5, s(19, 48))]),
]

WATCH: list[tuple[str, list[Event]]] = [
    ("Running\nDistance\n10.02 km\nTime\n52:14\nAvg Pace\n5:13 /km", [run(10.02, s(52, 14))]),
    ("Morning Run\nDistance\n8.04 km\nPace\n5:31 /km\nTime\n44:22", [run(8.04, s(44, 22))]),
    ("Run · 12.01km · 1:04:33 · 5'22\"/km", [run(12.01, s(4, 33, 1))]),
    ("Duration 00:45:12\nDistance 8.10 km\nAverage pace 5:35 min/km\nCalories 512 kcal",
     [run(8.1, s(45, 12))]),
    ("Running\n7.53 km\n0:41'12\n5'28/km\nAvg HR 149 bpm", [run(7.53, s(41, 12))]),
    ("Outdoor Run\nWorkout Time 0:32:10\nDistance 5.21KM\nActive Kilocalories 338KCAL\n"
     "Avg. Pace 6'10\"/KM", [run(5.21, s(32, 10))]),
    ("Evening Run\n6.44 mi\n58:03\n9:01 /mi\nElev Gain 210 ft", [run(mi(6.44), s(58, 3))]),
    ("Garmin Connect - Running - 16.09 km - 1:27:45 - 5:27 /km - 1,045 kcal",
     [run(16.09, s(27, 45, 1))]),
    ("Strava: Afternoon Run 4.12 km 22:48 Elevation 38 m", [run(4.12, s(22, 48))]),
    ("COROS PACE 3 | Run | 21.10 km | 1:45:20 | Avg HR 158", [run(21.1, s(45, 20, 1))]),
    ("Polar: Trail running 1:58:20 14.8 km ascent 640 m", [run(14.8, s(58, 20, 1))]),
    ("Suunto: Running, duration 1:02'15, distance 11.4 km", [run(11.4, s(2, 15, 1))]),
    ("Apple Watch: Outdoor Run 3.11MI 27:40 Avg Pace 8'54\"/MI", [run(mi(3.11), s(27, 40))]),
    ("Lap 1 5:10\nLap 2 5:05\nLap 3 5:02\nLap 4 4:58\nLap 5 4:51\n5.00 km 25:06",
     [run(5, s(25, 6))]),
    ("Pool Swim\nDistance 2,000m\nTime 41:35\nAvg Pace 2:04 /100m",
     [act("swim", s(41, 35), 2)]),
    ("Ride\n42.3 km\n1:28:10\nElev Gain 412 m", [act("cycle|spin", s(28, 10, 1), 42.3)]),
    ("Indoor Rowing 5,000 m 20:41", [act("row", s(20, 41), 5)]),
]

CROSS: list[tuple[str, list[Event]]] = [
    ("turbo 1h15 zwift 38km", [act("cycle|spin", 75, 38)]),
    ("swim 2.4k 48 min", [act("swim", 48, 2.4)]),
    ("erg 5000m 20:45", [act("row", s(20, 45), 5)]),
    ("xc skiing 2h 18km", [act("ski", 120, 18)]),
    ("elliptical 35 mins", [act("elliptical", 35)]),
    ("cross trainer 30 min", [act("elliptical", 30)]),
    ("cycled 60 miles 3:50:12", [act("cycle", s(50, 12, 3), mi(60))]),
    ("open water swim 1.9k 37:40", [act("swim", s(37, 40), 1.9)]),
    ("spin class 45'", [act("cycle|spin", 45)]),
    ("rowed 10k in 44:05", [act("row", s(44, 5), 10)]),
    ("skate skiing 1h30", [act("ski", 90)]),
    ("played 5 a side", [played("football")]),
    ("5-a-side for an hour", [act("football", 60)]),
    ("played 5-a-side 50 mins", [act("football", 50)]),
    ("squash 45 min", [act("squash", 45)]),
    ("swim 40 lengths 25m pool 32 min", [act("swim", 32, 1)]),
]

GYM: list[tuple[str, list[Event]]] = [
    ("upper body 40'", [gym(40)]),
    ("legs 50'", [gym(50)]),
    ("gym 1h10 upper", [gym(70)]),
    ("S&C 30 mins", [gym(30)]),
    ("core 20'", [gym(20)]),
    ("lifting 55 min push day", [gym(55)]),
    ("strength: squats 5x5, rdl 3x8, 45 mins", [gym(45)]),
]

WEIGH_INS: list[tuple[str, list[Event]]] = [
    ("11.6 st", [stone(11.6)]),
    ("weighed 12.2 stone", [stone(12.2)]),
    ("bw 68,4", [weight(68.4)]),
    ("weight 72,1kg", [weight(72.1)]),
    ("weighed in at 74,35 kg", [weight(74.35)]),
    ("scales 12st 3.5", [stone(12, 3.5)]),
    ("168.4lbs this am", [pounds(168.4)]),
    ("morning weigh in 10st 11", [stone(10, 11)]),
    ("weight: 69.9 kg after a 10k", [weight(69.9)]),
    ("bw 171", [pounds(171)]),
]

MIXED: list[tuple[str, list[Event]]] = [
    ("71.2kg this morning, then easy 6k 35 min", [weight(71.2), run(6, 35)]),
    ("swim 1.5k 30 min then ran 5k 26:10", [act("swim", 30, 1.5), run(5, s(26, 10))]),
    ("gym 45' then treadmill 5k 27 min", [gym(45), run(5, 27)]),
    ("brick: bike 40k 1:20:00, run 8k 40:30", [act("cycle", 80, 40), run(8, 40.5)]),
    ("ran 10k 55 min and 20 min core", [run(10, 55), gym(20)]),
    ("walked the dog 45 min, ran 5k 28:00", [act("walk", 45), run(5, 28)]),
]

SHORTHAND: list[tuple[str, list[Event]]] = [
    ("10k rec run 58", [run(10, 58)]),
    ("ez 5mi 44:30", [run(mi(5), 44.5)]),
    ("lsr 26k 2:31", [run(26, 151)]),
    ("12k steady 61:40 HR 148 avg", [run(12, s(61, 40))]),
    ("8k @ 5:20s", [run(8, 8 * s(5, 20))]),
    ("mp run 18k w/ 10k @ MP, 1:35:20", [run(18, s(35, 20, 1))]),
    ("ran 6.2mi in 54 min", [run(mi(6.2), 54)]),
    ("easy 45' ~8k", [run(8, 45)]),
]

NON_EVENTS: list[str] = [
    "lost 0.5kg this week",
    "down 2 lbs since monday 🙌",
    "what's a good 5k time for a 45 year old?",
    "strava says I ran 38 km this week",
    "do strides count as a session?",
    "fell race on saturday, 12 miles and 3000ft, any fuel tips?",
    "my garmin says vo2max 52, is that good?",
    "how many calories does a 2 hour turbo burn?",
    "put on 3 lbs over christmas",
    "is 11.6 stone too heavy for a 5'10 runner?",
    "thinking about a sub 3 marathon next spring",
    "should I do 6 x 800 or 5 x 1k on tuesday?",
    "first ultra is 50k in march",
    "half term, so no track this week",
    "can it log my swims too?",
    "target is 1:45 for the half",
    "weekly mileage 42 miles, new record",
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "track": TRACK, "trail and hills": TRAIL, "speed": SPEED, "run/walk": BEGINNER,
    "strides": STRIDES, "doubles": DOUBLES, "races": RACES, "watch copy": WATCH,
    "cross-training": CROSS, "gym": GYM, "weigh-ins": WEIGH_INS, "several events": MIXED,
    "shorthand": SHORTHAND, "chat": [(text, []) for text in NON_EVENTS],
}
