"""The seventh "chat" probes block, 2026-12-01 (issue 15): nothing invented on chat, nothing
dropped on a log that chat stands beside. Written in the fixer's own words (other races,
people, shops and watch figures than block l's) BEFORE the fixes, so a fix counts only when
these pass too.

Classes:
- a plan with its figures, on a day ahead or for a race ahead, logs nothing: "long run on
  sunday is 30k, aiming at 2:45", "next saturday's half: 21.1k, want sub 1:45"; a race said
  with a past verb still logs ("race on sunday went well, 10k 44:30");
- someone else's run, race or food, named by relation or by name, logs nothing: "sister did
  1:41 at the cardiff half, so proud of her", "Tom ran 2:59 at Chicago"; the runner's own run
  beside them still logs ("ran with my brother, 10k 52:00", "paced my mate to a PB, 5k 24:59");
- shopping, or cooking for others, is no food eaten: "picked up 3kg of rice and a dozen eggs",
  "made a lasagne for the kids' tea";
- what a canteen, a partner or a hotel has or is having, a hypothesis: "work canteen's serving
  fish and chips, tempted", "missus is making a curry tonight";
- a watch's or a body's metrics alone log nothing: "resting heart rate 44", "hrv 72 and sleep
  score 88", "body battery at 15"; beside a log they are no figures of it: "resting hr down
  to 45, 8k easy 44:10" is the 8k (the run's own average heart rate is the run's);
- moods, weather and day counts in front of a log are no figures: "100 days alcohol free, 10
  miles in 1:25:00", "windy, gusts of 40 mph, 8 km in 46:00";
- a figure alone under a quote corrects the quoted run: "> 6k in 31:00\\noops, 32:30";
- a work shift's hours beside a log are no time of it: "8h warehouse shift so only 5k in
  28:40" (4 messages written after the first fixes, before their own: 2/3 then, 3/3 after);
- 21 more in other words again, written after those fixes and before their own (friends and
  colleagues without "my", their run named with "'s", a metric's change and device, sleep
  without "score", ratings out of ten, the weather, days counted): 20/21 fully right with 12
  asking about the metric, weather or count, 3 invented on 7; 21/21, none asked, 0 after;
- 16 more written after those, before their own fixes (the past, a record, what a guide
  says, a session described, famous runners, meals ahead, food resisted): 2/2 logs right, 9
  invented on 14 and one refused; 2/2, 0 invented, none refused after;
- 14 more written after those, before their own fixes (the figures of what is no run: a
  drive, a commute, where one lives, a course measured, an alarm, a start, a bib, a price, a
  shoe's weight, the weeks of logging): 2/2 logs right (one asking about the shoes), 8
  invented on 12, one refused, 3 asked; 2/2, 0 invented, none refused or asked after;
- 3 more of a log forgotten, then its figures ("forgot to log sunday's long run, 24k
  2:12:00", "missed logging yesterday, 7k 39:30"): 0/3 before their fix, 3/3 after;
- 11 more of where in a run something happened ("ran out of water at 25k", "calf cramped
  from 18k onwards", "felt strong until 32k, marathon 3:41:15"), a day's need, a height and a
  race hoped for: 2/4 logs right, 4 invented on 7, one refused, one asked before their fix;
  4/4, 0 invented after;
- 6 more of a week's volume said week first, the body measured and a weigh-in at the gym:
  0/2 weigh-ins right (a gym session logged for one), 1 invented on 4, 1 refused, 1 asked
  before their fix; 2/2, 0 invented after;
- 8 more of food not eaten (in stock, a recipe, macro targets, a meal planned under a
  heading, saved or packed for later): 0/1 (the toast beside a banana saved lost), 5 invented
  on 7, 2 asked before their fix; 1/1, 0 invented, none asked after;
- 9 more of a gap or a count before a run ("first run in 3 weeks, 6k 36:10" had logged
  nothing, "in 3 weeks" read as ahead), a time off, a streak, races counted, a rating in
  stars: 3/5, 7 asked before their fix; 5/5, none asked after;
- 6 more of a craving or a wish ("could eat a whole pizza right now", "I'd love a sub 90 half
  one day", "wish I'd had 3 gels not 2", "craving chips after that 15k"): 1/1, 4 invented on
  5, 1 asked before their fix; 1/1, 0 invented after.

Labels by hand (runs) and from USDA SR28 via corpus_labels.py (foods: a banana USDA's medium,
toast by the slice, an egg USDA's large, a bagel and a cup of coffee by USDA's first measure),
never from the parser's output.

First score, on main 431b486 before any fix: 60.0 % of event messages fully right (15/25),
75.0 % of meal items resolved, 17 events invented on 38 chat messages (plans 5, someone else
5, shopping 4, others having 2, a hypothesis 1); the metrics beside a log 4/11, the quotes
0/2. Later scores: tests/data/README.md and the floor's comment in tests/engine/test_corpus.py.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    BAGEL,
    BANANA,
    COFFEE,
    TOAST,
    E,
    Meal,
    eat,
    mi,
    p,
    run,
    weight,
    write_new,
)

Event = dict[str, object] | Meal

PLANS_AHEAD: list[tuple[str, list[Event]]] = [
    ("long run on sunday is 30k, aiming at 2:45", []),
    ("next saturday's half: 21.1k, want sub 1:45", []),
    ("sunday's race is 10 miles, goal 1:15", []),
    ("the 10k on the 14th, target pace 4:50/km", []),
    ("marathon in april, hoping for 3:29:59", []),
    ("friday's session will be 5 x 1 mile in 6:40", []),
    ("on sunday I'm running the 16 mile route, about 2:10", []),
    ("race day saturday, 5k, want to go under 20:00", []),
    ("this weekend I'll do 25k, maybe 2:20", []),
    ("the club champs next month are 8 miles, I'd take 58 min", []),
    ("race on sunday went well, 10k 44:30", [run(10, 44.5)]),
    ("ran 12k on saturday in 1:01:30", [run(12, 61.5)]),
]

SOMEONE_ELSE: list[tuple[str, list[Event]]] = [
    ("sister did 1:41 at the cardiff half, so proud of her", []),
    ("dad finished his first 10k in 58:12!", []),
    ("Tom ran 2:59 at Chicago, absolute machine", []),
    ("my training partner got 17:45 at parkrun", []),
    ("nephew smashed his 5k in 21:30", []),
    ("flatmate ate 4 eggs and 2 slices of toast", []),
    ("Emma's first marathon today, 4:31:10, what a legend", []),
    ("the twins had fish fingers and beans for tea", []),
    ("ran with my brother, 10k 52:00", [run(10, 52)]),
    ("my sister and I did parkrun, 27:15", [run(5, 27.25)]),
    ("paced my mate to a PB, 5k 24:59", [run(5, 24 + 59 / 60)]),
]

SHOPPING: list[tuple[str, list[Event]]] = [
    ("picked up 3kg of rice and a dozen eggs at aldi", []),
    ("bought a 2.5kg tub of whey on offer", []),
    ("stocked up on bananas and bagels for the week", []),
    ("ordered 5kg of oats online", []),
    ("made a lasagne for the kids' tea", []),
    ("cooked a roast chicken for my parents", []),
    ("baked 24 flapjacks for the club bake sale", []),
    ("weekly shop done: 12 eggs, 2 loaves, 6 bananas", []),
    ("grabbed a bagel and a coffee at the station", [eat(p(BAGEL, 1, "bagel"),
                                                         p(COFFEE, 1, "cup"))]),
]

OTHERS_HAVING: list[tuple[str, list[Event]]] = [
    ("the office cafe has lasagne on today", []),
    ("work canteen's serving fish and chips, tempted", []),
    ("missus is making a curry tonight", []),
    ("kids are having pasta bake for tea", []),
    ("there's cake in the staff room, resisting so far", []),
    ("say I did 30k, would 3 bagels cover it", []),
]

METRICS_ONLY: list[tuple[str, list[Event]]] = [
    ("resting heart rate 44, lowest ever", []),
    ("hrv 72 and sleep score 88", []),
    ("body battery at 15 this morning", []),
    ("spo2 97%, rhr 51", []),
    ("vo2 max up to 54 according to garmin", []),
    ("training readiness 34, rest day then", []),
]

WITH_A_LOG: list[tuple[str, list[Event]]] = [
    ("resting hr down to 45, 8k easy 44:10", [run(8, 44 + 10 / 60)]),
    ("hrv 58 this morning, tempo 10k 47:30", [run(10, 47.5)]),
    ("sleep score 62 so just 5k in 29:40", [run(5, 29 + 40 / 60)]),
    ("body battery 80, long run 24k 2:10:00", [run(24, 130)]),
    ("readiness 45, 2 slices of toast and a banana",
     [eat(p(TOAST, 2, "slice"), p(BANANA, 1, "medium"))]),
    ("vo2max 49 now, 6 miles in 52:30", [run(mi(6), 52.5)]),
    ("spo2 95% after the flight, bagel and a coffee",
     [eat(p(BAGEL, 1, "bagel"), p(COFFEE, 1, "cup"))]),
    ("resting HR 52, weight 71.3", [weight(71.3)]),
    ("avg hr 148, 10k 50:10", [run(10, 50 + 10 / 60)]),
    ("stress level 60 all day, 12k 1:05:00 to clear my head", [run(12, 65)]),
    ("slept badly, hrv tanked to 38, still did 6k in 35:00", [run(6, 35)]),
]

MOODS_AND_COUNTS: list[tuple[str, list[Event]]] = [
    ("feeling rough, raining sideways, 7k 40:05 anyway", [run(7, 40 + 5 / 60)]),
    ("100 days alcohol free, 10 miles in 1:25:00", [run(mi(10), 85)]),
    ("day 30 of the run streak, 5k 26:30", [run(5, 26.5)]),
    ("3 weeks sober, 2 boiled eggs and a banana",
     [eat(p(E, 2, "large"), p(BANANA, 1, "medium"))]),
    ("sunny and 24 degrees, 10k in 55:20", [run(10, 55 + 20 / 60)]),
    ("windy, gusts of 40 mph, 8 km in 46:00", [run(8, 46)]),
]

#: Written after the first fixes, before their own: a work shift's hours beside a log.
SHIFTS: list[tuple[str, list[Event]]] = [
    ("10 hour shift on the ward then 6k 33:20", [run(6, 33 + 20 / 60)]),
    ("did a 12-hour night shift, 2 slices of toast and a banana",
     [eat(p(TOAST, 2, "slice"), p(BANANA, 1, "medium"))]),
    ("8h warehouse shift so only 5k in 28:40", [run(5, 28 + 40 / 60)]),
    ("pulled a 14 hr shift, no run today", []),
]

#: Written after the first fixes, before their own: more people, metrics, weather, day
#: counts and ratings, in other words again.
MORE: list[tuple[str, list[Event]]] = [
    ("girlfriend's tempo run was 8k in 36:50", []),
    ("mate from the club did a 1:24 half on sunday", []),
    ("colleague ran 42:10 for 10k yesterday, wow", []),
    ("resting hr spiked to 60 after the half", []),
    ("body battery drained to 5 after the long run", []),
    ("motivation 2/10, rest day", []),
    ("day 3 of dry july", []),
    ("hrv 62 (+5), 10k 52:00", [run(10, 52)]),
    ("oura sleep 83 and readiness 77, 2 eggs and a banana",
     [eat(p(E, 2, "large"), p(BANANA, 1, "medium"))]),
    ("sleep 78, 9k 50:10", [run(9, 50 + 10 / 60)]),
    ("fighting off a cold, 5k easy 30:00", [run(5, 30)]),
    ("12 degrees and drizzle, 10k 52:40", [run(10, 52 + 40 / 60)]),
    ("feels like minus 3, 6k in 34:00", [run(6, 34)]),
    ("humidity 90%, 8k 47:10", [run(8, 47 + 10 / 60)]),
    ("30C out there, parkrun 27:45", [run(5, 27.75)]),
    ("day 60 of my run streak, 5k 29:00", [run(5, 29)]),
    ("18 months alcohol free, 12k 1:04:00", [run(12, 64)]),
    ("week 9 of the half plan, 14k 1:18:00", [run(14, 78)]),
    ("streak day 100! 3 miles 27:30", [run(mi(3), 27.5)]),
    ("mood 4/10, 5k 29:10", [run(5, 29 + 10 / 60)]),
    ("legs 6/10 today, 8k 45:00", [run(8, 45)]),
]

#: Written after the second fixes, before their own: the past, records, sources, famous
#: runners, meals ahead and food resisted.
PAST_AND_AHEAD: list[tuple[str, list[Event]]] = [
    ("I used to do 5k in 19 min at uni", []),
    ("remember when I ran 3:15 at Chester", []),
    ("my pb for 10 miles is 1:14:50", []),
    ("my marathon pr stands at 3:31:07", []),
    ("the training guide says 32k at 6:00/km this week", []),
    ("the race booklet says 3 gels by mile 10", []),
    ("thursday's workout is 5 x 1k at 4:05", []),
    ("Eliud Kipchoge ran 2:01:09 in Berlin", []),
    ("watching the olympics, Faith Kipyegon won the 1500 in 3:51", []),
    ("we're getting a takeaway later, probably a curry", []),
    ("having fish and chips tomorrow with the in-laws", []),
    ("mum's cooking lasagne on sunday", []),
    ("resisting the doughnuts in the office", []),
    ("trying not to touch the chocolate tin", []),
    ("used to hate running, today 10k in 51:30", [run(10, 51.5)]),
    ("my pb is 24:10, today 25:02 at parkrun", [run(5, 25 + 2 / 60)]),
]

#: Written after the third fixes, before their own: distances, times and sizes of what is no
#: run (a drive, a commute, where one lives, a course measured, an alarm, a start, a price,
#: a shoe's weight, a count of weeks logging).
NOT_A_RUN_S_FIGURES: list[tuple[str, list[Event]]] = [
    ("drove 60 miles to the trail race", []),
    ("the train to the start took 45 min", []),
    ("my commute is 8 miles each way", []),
    ("I live 3k from the track", []),
    ("the course measured 300m long on my watch", []),
    ("alarm's set for 4:45, long run first thing", []),
    ("wave 2 goes at 9:15, bib 2231", []),
    ("race starts at 10:30, it's a 21.1k", []),
    ("entry fee was £38 for the 10k", []),
    ("paid $120 for a half marathon entry", []),
    ("the 10 miler costs 30 quid", []),
    ("2 months of logging now, loving it", []),
    ("new trainers weigh 230g, 8k in 41:20 in them", [run(8, 41 + 20 / 60)]),
    ("drove to parkrun, 24:50", [run(5, 24 + 50 / 60)]),
]

#: Written after the fourth fixes, before their own: a log forgotten, then its figures.
FORGOTTEN: list[tuple[str, list[Event]]] = [
    ("forgot to log sunday's long run, 24k 2:12:00", [run(24, 132)]),
    ("forgot to log thursday's tempo, it was 9k 42:15", [run(9, 42.25)]),
    ("missed logging yesterday, 7k 39:30", [run(7, 39.5)]),
]

#: Written after the fifth fixes, before their own: where in a run something happened, which
#: is no distance of a run, and a day's needs, a height, a race hoped for.
WHERE_IN_A_RUN: list[tuple[str, list[Event]]] = [
    ("ran out of water at 25k", []),
    ("my watch died at mile 11", []),
    ("the last 3k of the half were brutal", []),
    ("calf cramped from 18k onwards", []),
    ("stopped at 7k to tie my lace, 10k 51:20", [run(10, 51 + 20 / 60)]),
    ("hamstring twinged at mile 4, 6 miles 54:00", [run(mi(6), 54)]),
    ("felt strong until 32k, marathon 3:41:15", [run(42.195, 221.25)]),
    ("walked from 35k, 42.2k in 4:25:00", [run(42.2, 265)]),
    ("need 2800 kcal today apparently", []),
    ("I'm 41 and 182cm", []),
    ("half pb attempt on sunday, wish me luck", []),
]

#: Written after the sixth fixes, before their own: a week's volume said period first, the
#: body measured, a weigh-in at the gym.
VOLUMES_AND_BODY: list[tuple[str, list[Event]]] = [
    ("last week 52k, this week 38k so far", []),
    ("this month's total is 160 km", []),
    ("body fat 21% on the smart scales", []),
    ("waist down to 81cm", []),
    ("weighed in at the gym, 69.4", [weight(69.4)]),
    ("72.6 on the gym scales this morning", [weight(72.6)]),
]

#: Written after the seventh fixes, before their own: food in stock, a recipe, macro targets,
#: a meal planned under a heading, food saved or packed for later.
FOOD_NOT_EATEN: list[tuple[str, list[Event]]] = [
    ("only 3 gels left in the drawer", []),
    ("freezer's empty apart from 2 bagels", []),
    ("recipe: 150g oats, 2 bananas, 2 eggs, bake 25 min", []),
    ("macros for today: 250c 150p 60f", []),
    ("tomorrow's lunch: tuna pasta and an apple", []),
    ("saving the brownie for after parkrun", []),
    ("packed 4 gels for sunday's marathon", []),
    ("2 slices of toast, saving the banana for later", [eat(p(TOAST, 2, "slice"))]),
]

#: Written after the eighth fixes, before their own: a gap or a count of days before a run,
#: a streak, a race counted, a rating in stars.
GAPS_AND_COUNTS: list[tuple[str, list[Event]]] = [
    ("first run in 3 weeks, 6k 36:10", [run(6, 36 + 10 / 60)]),
    ("longest run in 2 months, 18k 1:45:00", [run(18, 105)]),
    ("back after 10 days off sick, 5k 29:40", [run(5, 29 + 40 / 60)]),
    ("took 4 days off, legs fresh, 8k 41:30", [run(8, 41.5)]),
    ("4 star run, 12k 1:03:20", [run(12, 63 + 20 / 60)]),
    ("been off for 3 weeks with my back", []),
    ("rest day #2 this week", []),
    ("that's 4 halves this year", []),
    ("200 day streak today!", []),
]

#: Written after the ninth fixes, before their own: a craving or a wish.
CRAVINGS: list[tuple[str, list[Event]]] = [
    ("could eat a whole pizza right now", []),
    ("I'd love a sub 90 half one day", []),
    ("wish I'd had 3 gels not 2", []),
    ("craving chips after that 15k", []),
    ("dreaming about a full english", []),
    ("fancy a curry tonight, 10k 49:30 done", [run(10, 49.5)]),
]

QUOTED: list[tuple[str, list[Event]]] = [
    ("> 6k in 31:00\noops, 32:30", [run(6, 32.5)]),
    ("> ran 9 km in 50:00\nsorry, 51:15", [run(9, 51.25)]),
]

BLOCK: dict[str, list[tuple[str, list[Event]]]] = {
    "a plan on a day ahead": PLANS_AHEAD,
    "someone else's run, race or food": SOMEONE_ELSE,
    "shopping and cooking for others": SHOPPING,
    "what others have or are having": OTHERS_HAVING,
    "metrics alone": METRICS_ONLY,
    "metrics beside a log": WITH_A_LOG,
    "moods, weather and day counts beside a log": MOODS_AND_COUNTS,
    "a work shift's hours beside a log": SHIFTS,
    "more people, metrics, weather, day counts, ratings": MORE,
    "the past, records, sources, famous runners, meals ahead": PAST_AND_AHEAD,
    "figures of what is no run": NOT_A_RUN_S_FIGURES,
    "a log forgotten, then its figures": FORGOTTEN,
    "where in a run, a day's needs, a height": WHERE_IN_A_RUN,
    "a week's volume, the body measured, a gym's scales": VOLUMES_AND_BODY,
    "food in stock, a recipe, targets, saved or packed": FOOD_NOT_EATEN,
    "a gap or a count before a run, stars": GAPS_AND_COUNTS,
    "a craving or a wish": CRAVINGS,
    "a figure under a quote": QUOTED,
}

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "probes-chat7-2026-12-01.jsonl"


def main() -> int:
    """Write the block (its rows real, its texts new)."""
    return write_new(OUT, BLOCK, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
