"""The "foods" probes block, round 7 (2026-12-01 night, issue 15): brands SR28's descriptions
name, milk by its fat, food words in other languages, gluten-free rows, the piece weights of
small things and foods SR28 lacks, written by the helper who fixes each class BEFORE any fix,
in other foods and phrasings than block k's messages the classes were seen in.

Classes:
- brands SR28 names: a brand word SR28 writes in capitals in a row's description names that
  row on its own ("a butterfinger" is "Candies, NESTLE, BUTTERFINGER Bar", "twizzlers" the
  Strawberry Twists, "cocoa pebbles" POST's COCOA PEBBLES and not FRUITY PEBBLES, "rice chex"
  Rice CHEX and not Corn CHEX); Hungry Jack's is Burger King in Australia, its chips BK's fries;
  Taco Bell's crunchy taco is its Original Taco;
- milk by its fat ("1%", "2%", "skim", "whole") wherever milk is named: on cereal (USDA's
  half cup, 125 ml, as block k's bowl of cereal), by the glass (250 ml) or in millilitres;
- other languages: Spanish, French, German, Hindi and Polish words for foods SR28 has (huevos
  revueltos USDA's scrambled eggs, café con leche coffee with 125 ml of whole milk as block k's
  café au lait, a Brezel USDA's medium soft pretzel, rajma red kidney beans, dal lentils, roti
  the chapati row, pierogi USDA's potato- or cheese-filled dumpling), "a cup of each" a cup of
  every food before it;
- gluten-free: SR28's own gluten-free rows (bread, pasta, chocolate sandwich cookies, waffles,
  KELLOGG'S RICE KRISPIES Gluten Free) where they exist, never the wheat row;
- piece weights of small things: a count of gingersnaps, jelly beans, goldfish crackers, pizza
  rolls or chocolate chip cookies is that many of USDA's piece (a gingersnap 7 g, a large jelly
  bean 2.8 g, a goldfish 0.52 g, a cookie 12.9 g; pizza rolls 80 g a serving of six, Totino's
  label), never that many servings;
- foods SR28 lacks are asked about, not given a far stand-in (a lamington, cullen skink,
  onigiri, a butter tart, bunny chow); a message that is only such a food logs a meal that asks;
- near misses that must not change: "subway" the train, "skimmed" a verb, "whole" of a run.

Labels as in the earlier blocks (corpus_labels.py): a bowl of cereal 30 g with 125 ml of milk,
a glass 250 ml, eggs two when not counted, a coffee USDA's cup, a Butterfinger or Baby Ruth
bar USDA's 60 g serving.

Scores (event messages fully right; items resolved): see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    CHOC_CHIP,
    COFFEE,
    CROISSANT,
    LENTILS,
    MILK,
    PB,
    RICE,
    SKIM,
    Item,
    Meal,
    eat,
    g,
    mi,
    ml,
    p,
    run,
    unknown,
    write_new,
)

Event = dict[str, object] | Meal
BOWL_OF_CEREAL = 30.0
BOWL_OF_MILK = 125.0
GLASS_ML = 250.0
TWO_PCT = "01079|01174|01080"
ONE_PCT = "01082|01083"
WHOLE = "01077|01211"
STARBURST = "19156|19313|19309"
BK_FRIES = "21249|21238|21138"
SCRAMBLED = "01132|01123"
TOAST = "18069|18070"
PRETZEL = "43109|25024"
ROTI = "28306|28285"
GF_BREAD = "28337|28336|28338|28339|28366|28371|28372"
GF_PASTA = "20657|20654|20655|20656|20092"
GF_OREO = "28332|28356"
GF_WAFFLE = "28346|28375"
GOLDFISH = "28331|28363|28361"


def pizza_rolls(count: int) -> Item:
    """Pizza rolls: SR28 has only an 80 g serving, six rolls on Totino's label."""
    return g("32012", count * 80 / 6)


BRANDS: list[tuple[str, list[Event]]] = [
    ("2 butterfingers at the aid station", [eat(g("19069|19913", 120))]),
    ("a york peppermint pattie after the long run", [eat(p("19091", 1, "patty"))]),
    ("4 twizzlers on the drive home", [eat(g("19112", 45))]),
    ("a baby ruth and a coffee", [eat(g("19111", 60), p(COFFEE, 1, "cup"))]),
    ("bowl of cocoa pebbles with skim milk",
     [eat(g("08015", BOWL_OF_CEREAL), ml(SKIM, BOWL_OF_MILK))]),
    ("rice chex with 2% milk", [eat(g("08064", BOWL_OF_CEREAL), ml(TWO_PCT, BOWL_OF_MILK))]),
    ("a pack of rolos on the bus", [eat(p("19152", 1, "package"))]),
    ("6 starbursts between laps", [eat(p(STARBURST, 6, "piece"))]),
    ("hungry jacks cheeseburger and small chips",
     [eat(p("21251", 1, "item"), p(BK_FRIES, 1, "small"))]),
    ("taco bell: 2 crunchy tacos", [eat(p("21260", 2, "each"))]),
]

MILK_FAT: list[tuple[str, list[Event]]] = [
    ("cheerios with 1% milk", [eat(g("08013", BOWL_OF_CEREAL), ml(ONE_PCT, BOWL_OF_MILK))]),
    ("a glass of skim milk after the tempo", [eat(ml(SKIM, GLASS_ML))]),
    ("2 weetabix with whole milk", [eat(p("42237", 2, "biscuits"), ml(WHOLE, BOWL_OF_MILK))]),
    ("300ml of 1% milk and a banana", [eat(ml(ONE_PCT, 300), p("09040", 1, "medium"))]),
    ("a glass of 2 percent milk", [eat(ml(TWO_PCT, GLASS_ML))]),
]

LANGUAGES: list[tuple[str, list[Event]]] = [
    ("huevos revueltos and a slice of toast",
     [eat(p(SCRAMBLED, 2, "large"), p(TOAST, 1, "slice"))]),
    ("café con leche and a croissant",
     [eat(ml(MILK, BOWL_OF_MILK), p(CROISSANT, 1, "croissant, medium"))]),
    ("eine Brezel and a coffee", [eat(p(PRETZEL, 1, "medium"), p(COFFEE, 1, "cup"))]),
    ("rajma chawal for dinner, a cup of each",
     [eat(p("16033", 1, "cup"), p(RICE, 1, "cup"))]),
    ("a bowl of dal with 2 rotis", [eat(p(LENTILS, 1, "cup"), p(ROTI, 2, "piece"))]),
    ("8 pierogies after parkrun", [eat(p("32025", 8, "pieces"))]),
    ("a dozen pierogi with sour cream",
     [eat(p("32025", 12, "pieces"), p("01056", 2, "tbsp"))]),
]

GLUTEN_FREE: list[tuple[str, list[Event]]] = [
    ("2 slices gluten free bread and a tbsp of pb",
     [eat(p(GF_BREAD, 2, "slice"), p(PB, 1, "tbsp"))]),
    ("gluten-free spaghetti, 1.5 cups cooked", [eat(p(GF_PASTA, 1.5, "cup"))]),
    ("3 gf oreos after the hills", [eat(p(GF_OREO, 3, "cookies"))]),
    ("2 gluten free waffles", [eat(p(GF_WAFFLE, 2, "waffle"))]),
    ("a bowl of gluten free rice krispies", [eat(g("08653", BOWL_OF_CEREAL))]),
]

PIECES: list[tuple[str, list[Event]]] = [
    ("6 gingersnaps and a black coffee", [eat(p("18172|28275", 6, "cookie"), p(COFFEE, 1, "cup"))]),
    ("12 jelly beans at mile 20", [eat(p("19108", 12, "large"))]),
    ("30 goldfish crackers", [eat(p(GOLDFISH, 30, "goldfish"))]),
    ("5 pizza rolls before bed", [eat(pizza_rolls(5))]),
    ("3 choc chip cookies after the hill reps", [eat(p(CHOC_CHIP, 3, "cookie"))]),
]

ASK: list[tuple[str, list[Event]]] = [
    ("a lamington with my flat white", [unknown()]),
    ("a bowl of cullen skink", [unknown()]),
    ("2 onigiri", [unknown()]),
    ("a butter tart at the rest stop", [unknown()]),
    ("bunny chow for dinner", [unknown()]),
]

NEAR_MISSES: list[tuple[str, list[Event]]] = [
    ("subway to the start, then 21.1k in 1:49:50", [run(21.1, 109 + 50 / 60)]),
    ("skimmed 20 seconds off my 5k: 23:10", [run(5, 23 + 10 / 60)]),
    ("whole 16 miles at marathon pace, 2:18:40", [run(mi(16), 138 + 40 / 60)]),
]

BLOCK = {
    "brands sr28 names": BRANDS,
    "milk by its fat": MILK_FAT,
    "other languages": LANGUAGES,
    "gluten-free": GLUTEN_FREE,
    "piece weights": PIECES,
    "foods sr28 lacks": ASK,
    "near misses": NEAR_MISSES,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-foods6-2026-12-01.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
