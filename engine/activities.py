"""MET values for exercise other than running, from the Compendium of Physical Activities.

Strength and walking values are science.md §4 (Compendium 2011 codes reported unchanged in 2024).
The other sports use the Compendium 2011 (Ainsworth 2011) code named beside each value; science.md
does not list them, so treat them as [S]-grade figures to re-check against pacompendium.com.
Gross kcal = MET x kg x hours (science.md §3.3); the parser then subtracts the user's baseline.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.units import KM_PER_MILE as MPH_TO_KMH

#: science.md §4: default when the user says nothing about the session (02054).
STRENGTH_DEFAULT_MET = 3.5
#: science.md §4 rows, keyed by a word the runner may use for the session.
STRENGTH_METS: dict[str, float] = {
    "squat": 5.0,  # 02052 squats/deadlift, slow or explosive effort
    "squats": 5.0,
    "deadlift": 5.0,
    "deadlifts": 5.0,
    "heavy": 5.0,
    "powerlifting": 6.0,  # 02050 power lifting or body building, vigorous
    "bodybuilding": 6.0,
    "vigorous": 6.0,
    "circuit": 4.3,  # 02040 circuit training, moderate effort
    "circuits": 4.3,
    "kettlebell": 8.0,  # circuit training with kettlebells, minimal rest, vigorous
    "kettlebells": 8.0,
    "crossfit": 8.0,
    "hiit": 8.0,
    "hyrox": 8.0,  # eight runs and eight stations, minimal rest: as kettlebell circuits
    "orangetheory": 8.0,  # intervals on treadmill, rower and floor: as HIIT
}

#: science.md §4 walking (2011): (upper bound of the band in mph, MET).
WALK_METS_BY_MPH: tuple[tuple[float, float], ...] = (
    (2.0, 2.8),
    (2.5, 3.0),
    (3.2, 3.5),
    (3.5, 4.3),
    (4.0, 5.0),
    (4.5, 7.0),
    (99.0, 8.3),
)

#: Compendium 2011 bicycling bands (codes 01010-01050): (upper bound in mph, MET).
CYCLE_METS_BY_MPH: tuple[tuple[float, float], ...] = (
    (10.0, 4.0),  # 01010 < 10 mph, leisure
    (11.9, 6.8),  # 01040 10-11.9 mph, light effort
    (13.9, 8.0),  # 01050 12-13.9 mph, moderate
    (15.9, 10.0),  # 01060 14-15.9 mph, vigorous
    (19.9, 12.0),  # 01065 16-19 mph, racing
    (99.0, 15.8),  # 01070 > 20 mph, racing
)


@dataclass(frozen=True, slots=True)
class Activity:
    """A non-running sport: its MET without speed information and a typical speed."""

    name: str
    met: float
    default_kmh: float | None  # to estimate a duration from a distance; None: not by distance
    max_kmh: float  # faster than this is refused as implausible


ACTIVITIES: dict[str, Activity] = {
    "walk": Activity("walk", 3.5, 5.0, 10.0),  # §4: 2.8-3.2 mph, 3.5 MET
    "hike": Activity("hike", 6.0, 4.0, 12.0),  # 17080 hiking, cross country
    "cycle": Activity("cycle", 7.5, 20.0, 70.0),  # 01015 bicycling, general
    "spin": Activity("spin", 7.0, None, 70.0),  # 02010 stationary bicycling, general
    "swim": Activity("swim", 5.8, 2.0, 8.0),  # 18310 laps, freestyle, light/moderate
    "yoga": Activity("yoga", 2.5, None, 1.0),  # 02150 yoga, Hatha
    "pilates": Activity("pilates", 3.0, None, 1.0),  # 02105 pilates, general
    "row": Activity("row", 4.8, 8.0, 25.0),  # 02071 rowing machine, moderate
    # 02048 elliptical, moderate; its screen shows a distance (8-12 km/h is usual): up to 20
    "elliptical": Activity("elliptical", 5.0, None, 20.0),
    "stairs": Activity("stairs", 9.0, None, 1.0),  # 02065 stair-treadmill ergometer
    "ski": Activity("ski", 9.0, 10.0, 60.0),  # 19090 cross-country skiing, moderate
    "skate": Activity("skate", 7.0, 15.0, 40.0),  # 19130 skating, general
    "tennis": Activity("tennis", 7.3, None, 1.0),  # 15675 tennis, general
    "football": Activity("football", 7.0, None, 1.0),  # 15610 soccer, casual
    # no walking football row in 2011: a game at a walk, no running (a foul), as brisk walking
    # for exercise, 3.5 mph (science.md §4, 4.3 MET); 15610's 7.0 is a game run at pace
    "walking football": Activity("walking football", 4.3, None, 1.0),
    "basketball": Activity("basketball", 6.5, None, 1.0),  # 15055 basketball, general
    "climb": Activity("climb", 8.0, None, 1.0),  # 15535 rock climbing, ascending
    "dance": Activity("dance", 5.0, None, 1.0),  # 03025 general dancing, ethnic/cultural
    "squash": Activity("squash", 7.3, None, 1.0),  # 15652 squash, general
    "padel": Activity("padel", 6.0, None, 1.0),  # as 15690 tennis, doubles (no padel row)
    "badminton": Activity("badminton", 5.5, None, 1.0),  # 15030 badminton, social, general
    "rugby": Activity("rugby", 6.3, None, 1.0),  # 15733 rugby, touch, non-competitive
    "hockey": Activity("hockey", 7.8, None, 1.0),  # 15350 hockey, field
    "volleyball": Activity("volleyball", 4.0, None, 1.0),  # 15710 volleyball, general
    "boxing": Activity("boxing", 5.5, None, 1.0),  # 15110 boxing, punching bag
    "golf": Activity("golf", 4.3, None, 1.0),  # 15255 golf, walking, carrying clubs
    # no disc golf row in 2011: a course walked with a disc thrown at each basket, as golf
    # walked carrying clubs (15250 frisbee playing, general, 3.0, is throwing on the spot)
    "disc golf": Activity("disc golf", 4.3, None, 1.0),
    "kayak": Activity("kayak", 5.0, 6.0, 15.0),  # 18100 kayaking, moderate effort
    # 18365 paddle boarding, standing (SUP): no distance to estimate a time from
    "paddleboard": Activity("paddleboard", 6.0, None, 15.0),
    # 17230 race walking; the 20 km world record is 15.7 km/h, a club walker 9-12
    "racewalk": Activity("racewalk", 6.5, 10.0, 16.0),
    "surf": Activity("surf", 3.0, None, 1.0),  # 18220 surfing, body or board, general
    # water jogging (deep-water or pool running), Compendium 2011: 9.8 MET; it goes nowhere
    "aqua jog": Activity("aqua jog", 9.8, None, 1.0),
    # Team sports block n and the runs9 probes named (issue 15), Compendium 2011 [S]:
    "netball": Activity("netball", 6.5, None, 1.0),  # no netball row: as 15055 basketball
    "korfball": Activity("korfball", 6.5, None, 1.0),  # no korfball row: as netball
    "hurling": Activity("hurling", 7.8, None, 1.0),  # no hurling row: as 15350 field hockey
    "lacrosse": Activity("lacrosse", 8.0, None, 1.0),  # 15460 lacrosse
    "ultimate frisbee": Activity("ultimate frisbee", 8.0, None, 1.0),  # 15260 frisbee, ultimate
    "frisbee": Activity("frisbee", 3.0, None, 1.0),  # 15250 frisbee playing, general
    "water polo": Activity("water polo", 10.0, None, 1.0),  # 18360 water polo
    "handball": Activity("handball", 8.0, None, 1.0),  # 15320 handball, team
    "cricket": Activity("cricket", 4.8, None, 1.0),  # 15150 cricket, batting, bowling, fielding
    "softball": Activity("softball", 5.0, None, 1.0),  # 15620 softball or baseball, general
    "rounders": Activity("rounders", 5.0, None, 1.0),  # no rounders row: as 15620 softball
    # Racket, combat, dance and snow sports blocks o and the acts10 probes named (issue 15),
    # Compendium 2011 [S]:
    "table tennis": Activity("table tennis", 4.0, None, 1.0),  # 15660 table tennis, ping pong
    "racquetball": Activity("racquetball", 7.0, None, 1.0),  # 15530 racquetball, general
    # no pickleball row in 2011: as 15690 tennis, doubles (a smaller court, padel's figure)
    "pickleball": Activity("pickleball", 6.0, None, 1.0),
    # 15425 martial arts, moderate pace: its row names judo, jujitsu, karate, kick boxing,
    # tae kwon do, tai-bo and Muay Thai boxing
    "martial arts": Activity("martial arts", 10.3, None, 1.0),
    "fencing": Activity("fencing", 6.0, None, 1.0),  # 15200 fencing
    "wrestling": Activity("wrestling", 6.0, None, 1.0),  # 15730 wrestling, one match = 5 min
    "tai chi": Activity("tai chi", 3.0, None, 1.0),  # 15670 tai chi, qigong, general
    "snowshoe": Activity("snowshoe", 5.3, 3.0, 8.0),  # 19190 snow shoeing, moderate effort
    # 19160 skiing, downhill, alpine or snowboarding, moderate effort, general, active time
    "downhill ski": Activity("downhill ski", 5.3, None, 120.0),
    # Breadth over the Compendium 2011 sections runners do in their week (issue 15, the "sports"
    # round), each row's code and MET beside it, [S]-grade as above:
    "jump rope": Activity("jump rope", 11.0, None, 1.0),  # 02068 rope skipping, general
    "aerobics": Activity("aerobics", 7.3, None, 1.0),  # 03015 aerobic, general (step 7.5)
    # 02120 water aerobics, water calisthenics, water exercise (aquafit)
    "water aerobics": Activity("water aerobics", 5.3, None, 1.0),
    "ski erg": Activity("ski erg", 6.8, None, 25.0),  # 02080 ski machine, general
    "trampoline": Activity("trampoline", 3.5, None, 1.0),  # 15700 trampoline, recreational
    # 15370 horseback riding, general; a hack's walk and trot cover 6-10 km/h, a gallop 50
    "horse riding": Activity("horse riding", 5.5, None, 50.0),
    "show jumping": Activity("show jumping", 9.0, None, 50.0),  # 15402 horseback riding, jumping
    "abseil": Activity("abseil", 5.0, None, 1.0),  # 15540 rock climbing, rappelling
    # 15580 skateboarding, general; a longboard cruises at 10-20 km/h, downhill faster
    "skateboard": Activity("skateboard", 5.0, None, 40.0),
    "archery": Activity("archery", 4.3, None, 1.0),  # 15010 archery, non-hunting
    "bowling": Activity("bowling", 3.8, None, 1.0),  # 15092 bowling, indoor, bowling alley
    "bowls": Activity("bowls", 3.3, None, 1.0),  # 15465 lawn bowling, bocce ball, outdoor
    "billiards": Activity("billiards", 2.5, None, 1.0),  # 15080 billiards (snooker, pool)
    "croquet": Activity("croquet", 3.3, None, 1.0),  # 15160 croquet
    "curling": Activity("curling", 4.0, None, 1.0),  # 15170 curling
    "gymnastics": Activity("gymnastics", 3.8, None, 1.0),  # 15300 gymnastics, general
    "ice hockey": Activity("ice hockey", 8.0, None, 1.0),  # 15360 hockey, ice, general
    # 15230 football, touch, flag, general (American football; 15210 competitive is 8.0 too)
    "flag football": Activity("flag football", 8.0, None, 1.0),
    # 15135 children's games, adults playing (its row names dodge ball), moderate effort
    "dodgeball": Activity("dodgeball", 5.8, None, 1.0),
    "cheerleading": Activity("cheerleading", 6.0, None, 1.0),  # 15138 cheerleading
    "high ropes": Activity("high ropes", 4.0, None, 1.0),  # 15335 high ropes course
    "beach volleyball": Activity("beach volleyball", 8.0, None, 1.0),  # 15725 beach, in sand
    "mini golf": Activity("mini golf", 3.0, None, 1.0),  # 15270 golf, miniature, driving range
    # the same row, named as the runner names the session ("Driving range 45:00", not mini golf)
    "driving range": Activity("driving range", 3.0, None, 1.0),
    "golf cart": Activity("golf cart", 3.5, None, 1.0),  # 15290 golf, using power cart
    # 17302 walking for exercise with ski poles, Nordic walking, 3.5-4 mph: 6 km/h
    "nordic walk": Activity("nordic walk", 4.8, 6.0, 12.0),
    "backpacking": Activity("backpacking", 7.0, 3.5, 10.0),  # 17010 backpacking
    # A rowing boat on the water (a scull or a crew boat): 18050 canoeing, rowing, moderate
    # effort, 5.8 MET. 18080 (in competition, or crew or sculling, 12.0) is a race's effort,
    # twice what a club outing or a steady state costs; its speed says nothing (a shell's
    # 9-12 km/h steady pace is a canoe's vigorous band); a racing eight 22 km/h
    "sculling": Activity("sculling", 5.8, 10.0, 25.0),
    # 18120 sailing, boat and board sailing, general: time on the water, no distance
    "sail": Activity("sail", 3.0, None, 1.0),
    "windsurf": Activity("windsurf", 5.0, None, 1.0),  # 18380 windsurfing, not pumping
    "waterski": Activity("waterski", 6.0, None, 1.0),  # 18150 skiing, water or wakeboarding
    "snorkel": Activity("snorkel", 5.0, None, 1.0),  # 18210 snorkeling
    "scuba": Activity("scuba", 7.0, None, 1.0),  # 18200 skindiving, scuba diving, general
    "diving": Activity("diving", 3.0, None, 1.0),  # 18090 diving, springboard or platform
    "sled": Activity("sled", 7.0, None, 1.0),  # 19180 sledding, tobogganing, bobsledding, luge
    # the second pass ("sports2" probes)
    "jet ski": Activity("jet ski", 7.0, None, 1.0),  # 18160 jet skiing, driving, in water
    # 18368 water walking, moderate effort, moderate pace
    "water walk": Activity("water walk", 4.5, None, 1.0),
    "polo": Activity("polo", 8.0, None, 1.0),  # 15510 polo, on horseback
    "broomball": Activity("broomball", 7.0, None, 1.0),  # 15130 broomball
    "kickball": Activity("kickball", 7.0, None, 1.0),  # 15450 kickball
    "shuffleboard": Activity("shuffleboard", 3.0, None, 1.0),  # 15570 shuffleboard
    "hang gliding": Activity("hang gliding", 3.5, None, 1.0),  # 15340 hang gliding
    # 02008 army type obstacle course exercise, boot camp training program
    "obstacle course": Activity("obstacle course", 5.0, None, 1.0),
    "throws": Activity("throws", 4.0, None, 1.0),  # 15732 track and field: shot, discus, hammer
    # 15733 track and field: high jump, long jump, triple jump, javelin, pole vault
    "jumps": Activity("jumps", 6.0, None, 1.0),
    # 18070 canoeing, rowing, for pleasure, general: a rowing boat, a punt
    "rowing boat": Activity("rowing boat", 3.5, None, 1.0),
    "paddle boat": Activity("paddle boat", 4.0, None, 1.0),  # 18110 paddle boat (a pedalo)
}

#: Words that name an activity, mapped to its key in ACTIVITIES.
ACTIVITY_WORDS: dict[str, str] = {
    "walk": "walk", "walked": "walk", "walking": "walk", "walks": "walk", "stroll": "walk",
    "hike": "hike", "hiked": "hike", "hiking": "hike",
    # a ruck is a march under a loaded pack: hiking's effort, never a run
    "ruck": "hike", "rucked": "hike", "rucking": "hike", "rucks": "hike",
    "cycle": "cycle", "cycled": "cycle", "cycling": "cycle", "bike": "cycle", "biked": "cycle",
    "biking": "cycle", "ride": "cycle", "rode": "cycle", "bike ride": "cycle", "mtb": "cycle",
    "spin": "spin", "spinning": "spin", "peloton": "spin", "zwift": "spin", "turbo": "spin",
    "wattbike": "spin",
    "swim": "swim", "swam": "swim", "swimming": "swim", "pool": "swim", "open water": "swim",
    "yoga": "yoga", "vinyasa": "yoga", "hatha": "yoga", "ashtanga": "yoga", "bikram": "yoga",
    "pilates": "pilates", "css": "swim",
    # a masters squad trains in the pool (a masters runner says "masters" of a race or a run)
    "masters squad": "swim", "masters swim": "swim", "masters swimming": "swim",
    "row": "row", "rowed": "row", "rowing": "row", "erg": "row", "rower": "row",
    "elliptical": "elliptical", "cross trainer": "elliptical", "crosstrainer": "elliptical",
    "arc trainer": "elliptical",
    "stairmaster": "stairs", "stair climber": "stairs", "stepper": "stairs",
    "stair machine": "stairs", "stairs machine": "stairs", "step machine": "stairs",
    # climbing real stairs as a session: "stair session", "stadium steps", "stair repeats"
    "stair climb": "stairs", "stair climbing": "stairs",
    "stair session": "stairs", "stair workout": "stairs", "stair reps": "stairs",
    "stair repeats": "stairs", "stadium steps": "stairs",
    "steps session": "stairs", "step session": "stairs",
    "kickr": "spin", "tacx": "spin", "smart trainer": "spin",
    "skied": "ski", "skiing": "ski", "ski": "ski", "xc ski": "ski",
    "skating": "skate", "skated": "skate",
    "tennis": "tennis", "football": "football", "soccer": "football",
    "basketball": "basketball", "climbing": "climb", "bouldering": "climb",
    "dancing": "dance", "danced": "dance",
    "squash": "squash", "padel": "padel", "badminton": "badminton", "rugby": "rugby",
    "hockey": "hockey", "volleyball": "volleyball", "boxing": "boxing", "golf": "golf",
    "kayak": "kayak", "kayaked": "kayak", "kayaking": "kayak", "canoe": "kayak",
    "canoeing": "kayak", "surfski": "kayak", "outrigger": "kayak", "dragon boat": "kayak",
    "paddled": "kayak", "paddling": "kayak",
    # clauses.py writes "sup", "stand up paddle" and "paddle boarding" so
    "paddleboard": "paddleboard", "paddleboarding": "paddleboard",
    # clauses.py writes "race walk", "race-walked" and "race walking" so
    "racewalk": "racewalk", "racewalked": "racewalk", "racewalking": "racewalk",
    "racewalks": "racewalk",
    "surf": "surf", "surfed": "surf", "surfing": "surf", "bodyboarding": "surf",
    "bodyboard": "surf", "boogie boarding": "surf",
    "breaststroke": "swim", "backstroke": "swim", "front crawl": "swim",
    "aquajogging": "aqua jog",  # clauses.py writes "aqua jogging", "deep water running" so
    "netball": "netball", "korfball": "korfball",
    # camogie is hurling as women play it; Gaelic football (GAA), Aussie rules and footy a
    # football code run like soccer; touch footy is touch rugby
    "hurling": "hurling", "camogie": "hurling", "lacrosse": "lacrosse",
    "ultimate frisbee": "ultimate frisbee", "frisbee": "frisbee",
    "ultimate game": "ultimate frisbee", "ultimate practice": "ultimate frisbee",
    "ultimate training": "ultimate frisbee", "ultimate league": "ultimate frisbee",
    "water polo": "water polo", "handball": "handball", "cricket": "cricket",
    "softball": "softball", "baseball": "softball", "rounders": "rounders",
    # GAA is also the place ("GAA pitch laps, 6k"): a session only as its training or game
    "gaa training": "football", "gaa match": "football", "gaa game": "football",
    "gaa session": "football", "gaelic football": "football",
    "aussie rules": "football", "afl": "football",
    # "footy" alone is also the match watched ("2 meat pies after the footy")
    "played footy": "football", "footy training": "football", "footy match": "football",
    "footy game": "football", "footy session": "football",
    "touch footy": "rugby", "touch rugby": "rugby", "rugby sevens": "rugby",
    # racket sports (clauses.py writes "ping-pong", "table-tennis" with a space)
    "table tennis": "table tennis", "ping pong": "table tennis", "pingpong": "table tennis",
    "racquetball": "racquetball", "racketball": "racquetball",
    "pickleball": "pickleball", "pickle ball": "pickleball",
    # combat sports; boxing stays the punching bag's row; "thai", "krav" alone are no sport
    "judo": "martial arts", "karate": "martial arts", "bjj": "martial arts",
    "jiujitsu": "martial arts", "jujitsu": "martial arts", "jujutsu": "martial arts",
    "jiu jitsu": "martial arts", "ju jitsu": "martial arts", "taekwondo": "martial arts",
    "tae kwon do": "martial arts", "tkd": "martial arts", "muay thai": "martial arts",
    "kickboxing": "martial arts", "kick boxing": "martial arts", "krav maga": "martial arts",
    "mma": "martial arts", "aikido": "martial arts", "grappling": "martial arts",
    "kung fu": "martial arts", "capoeira": "martial arts", "hapkido": "martial arts",
    "martial arts": "martial arts", "karate class": "martial arts",
    # (no "sambo": a sambo is a sandwich)
    "kendo": "martial arts", "savate": "martial arts", "silat": "martial arts",
    "fencing": "fencing", "wrestling": "wrestling", "wrestled": "wrestling",
    "tai chi": "tai chi", "qigong": "tai chi",
    # dance by its style (salsa, tap, pole and tango are also food, water, a fence and a
    # drink: a dance only beside their class or dancing)
    "dance": "dance", "dances": "dance", "zumba": "dance", "ballet": "dance",
    "ballroom": "dance", "jazzercise": "dance", "ceilidh": "dance", "bachata": "dance",
    "kizomba": "dance", "flamenco": "dance", "clogging": "dance", "lindy hop": "dance",
    "hip hop": "dance", "salsa": "dance", "salsa class": "dance", "salsa lesson": "dance",
    "salsa dancing": "dance", "tap class": "dance", "tap lesson": "dance",
    "tap dancing": "dance", "pole fitness": "dance", "pole class": "dance",
    "pole dancing": "dance", "tango class": "dance", "tango lesson": "dance",
    # snow sports: cross-country skiing's row for skating, classic and touring skis
    "snowshoe": "snowshoe", "snowshoes": "snowshoe", "snowshoed": "snowshoe",
    "snowshoeing": "snowshoe",
    "snowboard": "downhill ski", "snowboarding": "downhill ski", "snowboarded": "downhill ski",
    "downhill skiing": "downhill ski", "alpine skiing": "downhill ski",
    "skimo": "ski", "ski touring": "ski", "ski tour": "ski", "splitboarding": "ski",
    # The "sports" round (Compendium sections 02, 03, 15, 17, 18, 19), as runners write them.
    # 02 conditioning: a stationary bike of any make is spin; "skipping" alone is a meal missed
    "jump rope": "jump rope", "jumping rope": "jump rope", "jumprope": "jump rope",
    "skipping rope": "jump rope", "rope skipping": "jump rope", "skip rope": "jump rope",
    "aerobics": "aerobics", "step class": "aerobics", "aquafit": "water aerobics",
    "aqua aerobics": "water aerobics", "water aerobics": "water aerobics",
    "aqua fit": "water aerobics", "aquarobics": "water aerobics",
    "skierg": "ski erg", "ski erg": "ski erg",
    "assault bike": "spin", "air bike": "spin", "airbike": "spin", "echo bike": "spin",
    "exercise bike": "spin", "static bike": "spin", "stationary bike": "spin",
    "gym bike": "spin", "bike erg": "spin", "bikeerg": "spin",
    "trampolining": "trampoline", "trampoline": "trampoline", "rebounder": "trampoline",
    "rebounding": "trampoline",
    # 03 dancing by styles acts10's list leaves
    "jive": "dance", "jiving": "dance", "ceroc": "dance", "breakdancing": "dance",
    "breakdance": "dance", "break dancing": "dance", "foxtrot": "dance", "quickstep": "dance",
    "cha cha": "dance", "charleston": "dance", "bhangra": "dance", "barn dance": "dance",
    # 15 golf: "18 holes", "9 holes" clauses.py writes "golf round", "golf half round"
    "golfing": "golf", "golfed": "golf", "footgolf": "golf", "pitch and putt": "golf",
    "tee time": "golf", "tee off": "golf", "teed off": "golf",
    "disc golf": "disc golf", "frolf": "disc golf",
    "driving range": "driving range", "crazy golf": "mini golf", "mini golf": "mini golf",
    "minigolf": "mini golf", "putt putt": "mini golf",
    "golf buggy": "golf cart", "golf cart": "golf cart",
    # 15 horses ("riding" alone is also a bike's; "hack" alone a cough or a trick)
    "horse riding": "horse riding", "horseback riding": "horse riding",
    "horse ride": "horse riding", "horseriding": "horse riding", "hacked out": "horse riding",
    "hacking out": "horse riding", "hack out": "horse riding", "went for a hack": "horse riding",
    "riding lesson": "horse riding", "dressage": "horse riding", "pony trekking": "horse riding",
    "pony trek": "horse riding", "pony ride": "horse riding",
    "showjumping": "show jumping", "show jumping": "show jumping",
    "jumping lesson": "show jumping", "flatwork": "horse riding",
    # 15 climbing ("the wall" is where a marathon hurts)
    "bouldered": "climb", "boulder session": "climb", "climbing wall": "climb",
    "top rope": "climb", "via ferrata": "climb", "mountaineering": "climb",
    "abseiling": "abseil", "abseiled": "abseil", "abseil": "abseil", "rappelling": "abseil",
    # 15 skating, targets, ball games
    "skateboarding": "skateboard", "skateboarded": "skateboard", "skateboard": "skateboard",
    "longboarding": "skateboard", "longboarded": "skateboard", "longboard": "skateboard",
    "rollerblading": "skate", "rollerbladed": "skate", "rollerblade": "skate",
    "rollerskating": "skate", "roller derby": "skate",
    "archery": "archery", "bowling": "bowling", "tenpin": "bowling",
    "lawn bowls": "bowls", "crown green": "bowls", "indoor bowls": "bowls",
    "played bowls": "bowls", "bowls club": "bowls", "bowls match": "bowls", "bocce": "bowls",
    "petanque": "bowls", "boules": "bowls",
    "snooker": "billiards", "billiards": "billiards", "played pool": "billiards",
    "croquet": "croquet", "curling": "curling", "gymnastics": "gymnastics",
    "ice hockey": "ice hockey", "flag football": "flag football",
    "touch football": "flag football", "american football": "flag football",
    "gridiron": "flag football", "dodgeball": "dodgeball", "cheerleading": "cheerleading",
    "high ropes": "high ropes", "beach volleyball": "beach volleyball",
    "real tennis": "tennis",
    "sunday league": "football", "futsal": "football", "walking football": "walking football",
    "kickabout": "football", "played footie": "football", "footie training": "football",
    "footie match": "football", "footie game": "football", "footie session": "football",
    "floorball": "hockey", "shinty": "hurling", "shooting hoops": "basketball",
    "shot hoops": "basketball", "walking netball": "netball",
    # 17 walking: hills, fells, munros and treks are hikes (17080); a ramble by its phrase; a
    # "trek" alone is also a bar
    "nordic walking": "nordic walk", "nordic walk": "nordic walk",
    "nordic walked": "nordic walk", "pole walking": "nordic walk",
    # ("hill walk" alone is also the treadmill's at an incline: a walk)
    "hillwalking": "hike", "hillwalk": "hike",
    "fellwalking": "hike", "fell walking": "hike", "fell walk": "hike", "fellwalk": "hike",
    "munro": "hike", "munros": "hike", "wainwrights": "hike",
    "trekked": "hike", "trekking": "hike", "tramping": "hike", "bushwalk": "hike",
    "bushwalking": "hike", "bushwalked": "hike", "scrambling": "hike", "yomp": "hike",
    "yomped": "hike", "yomping": "hike", "camino": "hike", "went rambling": "hike",
    "rambling with": "hike", "ramblers": "hike", "rambling club": "hike",
    "backpacking": "backpacking", "backpacked": "backpacking",
    # 18 water
    "sculling": "sculling", "sculled": "sculling", "scull": "sculling",
    "coxed four": "sculling", "coxless four": "sculling", "coxless pair": "sculling",
    "crew outing": "sculling", "rowing outing": "sculling", "gig rowing": "sculling",
    "pilot gig": "sculling",
    "sailing": "sail", "dinghy": "sail", "yachting": "sail",
    "windsurfing": "windsurf", "windsurfed": "windsurf", "windsurf": "windsurf",
    "kitesurfing": "windsurf", "kitesurfed": "windsurf", "kiteboarding": "windsurf",
    "wingfoiling": "windsurf", "wing foiling": "windsurf",
    "waterskiing": "waterski", "water skiing": "waterski", "wakeboarding": "waterski",
    "wakeboarded": "waterski", "wakeboard": "waterski",
    "snorkelling": "snorkel", "snorkeling": "snorkel", "snorkelled": "snorkel",
    "snorkeled": "snorkel", "snorkel": "snorkel",
    "scuba": "scuba", "scuba diving": "scuba", "freediving": "scuba", "free diving": "scuba",
    "diving": "diving", "rafting": "kayak", "white water rafting": "kayak",
    # 19 winter
    "sledging": "sled", "sledding": "sled", "sledged": "sled", "tobogganing": "sled",
    "toboggan": "sled", "luge": "sled", "bobsleigh": "sled",
    "rollerski": "ski", "rollerskiing": "ski", "roller skiing": "ski", "rollerskied": "ski",
    "biathlon": "ski",
    # the second pass ("sports2" probes): classes, machines, bikes by kind, sports left
    "boxercise": "boxing", "boxfit": "boxing", "box fit": "boxing",
    "bodycombat": "aerobics", "body combat": "aerobics", "bodyattack": "aerobics",
    "body attack": "aerobics", "bodystep": "aerobics", "body step": "aerobics",
    "stepmill": "stairs", "versaclimber": "stairs", "versa climber": "stairs",
    "jacobs ladder": "stairs", "aqua zumba": "water aerobics",
    "pool walking": "water walk", "water walking": "water walk", "aqua walking": "water walk",
    "pool walk": "water walk", "water walk": "water walk",
    "bikepacking": "cycle", "bikepacked": "cycle", "cyclocross": "cycle", "bmx": "cycle",
    "velodrome": "cycle", "handcycle": "cycle", "handcycling": "cycle", "hand cycle": "cycle",
    "bikejoring": "cycle",
    "jet ski": "jet ski", "jet skiing": "jet ski", "jetski": "jet ski", "jetskiing": "jet ski",
    "nets session": "cricket", "net session": "cricket", "cricket nets": "cricket",
    "bowling in the nets": "cricket", "batting in the nets": "cricket",
    # "polo" alone is a mint or a shirt, "bandy" legs
    "polo match": "polo", "played polo": "polo", "polo lesson": "polo", "polocrosse": "polo",
    "chukka": "polo", "chukkas": "polo",
    "broomball": "broomball", "kickball": "kickball", "shuffleboard": "shuffleboard",
    "bandy match": "ice hockey", "bandy game": "ice hockey", "bandy training": "ice hockey",
    "boccia": "bowls",
    "paragliding": "hang gliding", "paraglided": "hang gliding", "hang gliding": "hang gliding",
    "hanggliding": "hang gliding",
    "obstacle course": "obstacle course", "assault course": "obstacle course",
    "ninja warrior": "obstacle course", "ninja course": "obstacle course",
    "walking rugby": "rugby", "walking basketball": "basketball", "walking hockey": "hockey",
    "walking cricket": "cricket", "walking tennis": "tennis",
    "putting practice": "mini golf", "putting green": "mini golf", "eventing": "horse riding",
    "shot put": "throws", "shotput": "throws", "discus": "throws", "hammer throw": "throws",
    "throws session": "throws", "throws training": "throws",
    "long jump": "jumps", "high jump": "jumps", "triple jump": "jumps", "pole vault": "jumps",
    "javelin": "jumps", "jumps session": "jumps", "jumps training": "jumps",
    "geocaching": "walk", "geocached": "walk",
    "bodysurfing": "surf", "bodysurf": "surf", "body surfing": "surf",
    "punting": "rowing boat", "punted": "rowing boat", "rowing boat": "rowing boat",
    "rowboat": "rowing boat", "row boat": "rowing boat",
    "pedalo": "paddle boat", "pedalos": "paddle boat", "paddle boat": "paddle boat",
    "pedal boat": "paddle boat",
    "langlauf": "ski", "langlaufing": "ski",
    "dog sledding": "sled", "dogsledding": "sled", "mushing": "sled",
}  # fmt: skip
#: The same words split for matching: single words (a message's word set) and phrases.
ACTIVITY_WORD_SET = frozenset(w for w in ACTIVITY_WORDS if " " not in w)
ACTIVITY_PHRASES = tuple(w for w in ACTIVITY_WORDS if " " in w)


def _band(mph: float, bands: tuple[tuple[float, float], ...]) -> float:
    for upper, met in bands:
        if mph <= upper:
            return met
    return bands[-1][1]


#: Compendium 2011 uphill walking at 2.9-3.5 mph [S]: 17210 (1-5 % grade) 5.3 MET, 17211
#: (6-15 % grade) 8.0 MET: (lowest grade as a fraction, MET).
WALK_UPHILL_METS: tuple[tuple[float, float], ...] = ((0.06, 8.0), (0.01, 5.3))


def activity_met(
    activity: str, distance_m: float | None, duration_s: float, grade: float | None = None
) -> float:
    """MET for the session: by speed where science.md or the Compendium bands it, else fixed;
    a walk up a treadmill's incline by its grade when that is more ("12-3-30": 12 %)."""
    if activity == "walk" and grade:
        uphill = next((met for least, met in WALK_UPHILL_METS if grade >= least), 0.0)
        return max(uphill, activity_met(activity, distance_m, duration_s))
    if distance_m and duration_s > 0:
        mph = distance_m / 1000 / (duration_s / 3600) / MPH_TO_KMH
        if activity == "walk":
            return _band(mph, WALK_METS_BY_MPH)
        if activity == "cycle":
            return _band(mph, CYCLE_METS_BY_MPH)
    return ACTIVITIES[activity].met


def strength_met(words: frozenset[str]) -> float:
    """The most vigorous §4 row named in the message, else the 3.5 MET default."""
    mets = [STRENGTH_METS[w] for w in words if w in STRENGTH_METS]
    return max(mets, default=STRENGTH_DEFAULT_MET)
