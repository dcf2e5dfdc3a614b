"""The "foods" probes block, round 6 (2026-11-30 night, issue 15): European words for foods
SR28 has, the table's stand-in rows audited against published kcal, and portions by fraction,
written by the helper who fixes each class BEFORE the fix, in other foods and phrasings than
block j's messages the classes were seen in ("2 Brötchen with butter", "a Currywurst with
Pommes", "a bag of Quavers", "2 slices of garlic bread", "toad in the hole", "2/3 of a 100g bar").

Classes:
- European words: German, Dutch and Nordic names runners write in English sentences for foods
  SR28 has (Semmel and Brötchen USDA's hard roll, Pommes and patat fries, Spiegelei a fried egg,
  Rührei scrambled eggs, Müsli muesli, Haferflocken oats, Knäckebröd rye crispbread,
  pindakaas peanut butter, Bratkartoffeln home fries, rugbrød rye bread, "full fat" cola the
  regular row); snacks SR28 lacks (a frikandel, bitterballen, a currywurst) are asked about;
- stand-ins audited: SR28 has "Garlic bread, frozen" (18963, a 59 g slice), the table had a
  Pizza Hut breadstick; cheese puffs (Quavers, Wotsits, Cheetos) are SR28's regular extruded
  cheese puffs (19008, 560 kcal a 100 g; Walkers publish 535 for Quavers, 539 for Wotsits), the
  table had the baked low-fat row (432, 20 % under), a UK single bag 22 g (Quavers 20 g,
  Wotsits 22.5 g), a US one 28 g; a toad in the hole (the table's 820 kcal of three sausages in
  batter against ~570 for a published serving), a pakora (the table gave a 98 g samosa, ~260
  kcal, for a ~30 g fritter) are asked about; a chocolate orange is milk chocolate (Terry's
  157 g, 20 segments; the table had an orange), a Quality Street or Roses sweet 8.5 g of milk
  chocolate, a candy cane 14 g of USDA's hard candy;
- portions by fraction: a fraction of a large pizza is that share of USDA's whole 14" pizza, a
  fraction of a bar with its weight that share of the weight, an advent calendar chocolate 5 g
  of milk chocolate (block j's); a bowl of stew USDA's cup (196 g), as block j weighs a bowl
  of soup, stew or chili.

Labels as in the earlier blocks (corpus_labels.py); the European words follow block j's (a
Brötchen USDA's hard roll, butter a pat each, a fried egg USDA's large); Pommes and patat are
fries at USDA's medium serving (117 g, as "fries").

Scores (event messages fully right; items resolved):
- all 32 on main 0487b92 before any fix: 25.0 % (8/32), 37.5 % of items (15/40); European
  words 3/16 (Semmel, Pommes, Spiegelei, Rührei, Müsli, Haferflocken, Knäckebröd, pindakaas,
  Bratkartoffeln, rugbrød were unknown words or whole clauses not understood, "full fat pepsi"
  was not understood), stand-ins 4/10 (garlic bread a breadstick, puffs the low-fat row,
  toad in the hole and pakoras stand-ins, a chocolate orange an orange, Quality Street and
  candy canes not understood), portions by fraction 1/6.
- with the words as synonyms of their SR28 rows, "full fat" a word that leaves the food it
  is, garlic bread and the cheese puffs their SR28 rows, toad in the hole, pakoras and the
  snack-bar fare asked, a chocolate orange, Quality Street, candy canes and advent calendar
  chocolates rows of their own: 90.6 % (29/32), 97.5 % of items; European words 16/16,
  stand-ins 10/10, portions by fraction 3/6; block j 168 -> 173 of 218 (items 193/216 ->
  201/221; two of the five by the label corrections in corpus_heldout10.py, garlic bread and
  Quavers), probes-foods and probes-cuisines relabelled (their docstrings) and unchanged in
  messages; every other block unchanged.
- 2 more, a bowl of stew, written before their fix; portions by fraction on main 0d2aa39
  (the rows above landed): 3/8. With "large" before a pizza's name its whole 14" pie, a share
  in digits before "of a 100g bar" read as the share ("0.75 of a" had left the clause not
  understood), a bowl of beef stew USDA's cup: 8/8, all 34 100 %; block j 173 -> 176 of 218
  ("ate a quarter of a large pepperoni pizza" had been a quarter of a large slice, 98 kcal;
  "2/3 of a 100g bar of milk chocolate" logged nothing; a bowl of beef stew 250 g); every
  other block unchanged.
- 17 more, festive, regional and shop names, written before their fix (after a survey of
  such names on main, so read them as a check of the rows, not of the unseen): on the
  branch at 5-portions (main 0d2aa39 and the portions commit) 3/17 (a Berliner, Krapfen,
  Kartoffelsalat, oliebollen, a tourtière, a Nanaimo bar, a Creme Egg, Mini Eggs and
  gingerbread men not understood; an Easter egg a hen's egg, a Coffee Crisp a coffee and
  crisps, Kendal mint cake a chocolate cake, a macaroni pie pasta and an apple pie). With
  them rows or synonyms of their SR28 rows, or asked, and a food SR28 lacks never cut into
  known foods side by side: 16/17, all 51 98.0 %. Left: "kendal mint cake on the fells" asks
  about "the fells" too (a place after "on the", the "chat" helper's); for the same reason
  block j's "Kendal mint cake and a flask of tea on the summit", which had passed with the
  mint cake a chocolate cake and "the summit" the one item asked, now asks about both
  (j 176 -> 175 of 218); every other block unchanged.
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    APPLE,
    BANANA,
    BEER,
    BUTTER,
    COFFEE,
    COLA,
    COTTAGE,
    FRIED_EGG,
    MAYO,
    MILK,
    MILK_CHOC,
    OATS,
    PB,
    TOAST,
    Item,
    Meal,
    eat,
    g,
    ml,
    p,
    stated,
    unknown,
    write_new,
)

Event = dict[str, object] | Meal
KAISER = "18353|18350|18342|18396|18344"
FRIES = "21238|21138"
SCRAMBLED = "01132|01123"
MUESLI = "08286"
CRISPBREAD = "18216"
HOME_FRIES = "11370"
RYE = "18060|18044"
BRATWURST = "07013"
GARLIC_BREAD = "18963"
PUFFS = "19008|19802"
HARD_CANDY = "19107"
PEPPERONI_14 = "21302|21296"
DARK = "19904|19164"
STEW = "22905"


def pat(count: float) -> Item:
    """Butter, a 5 g pat each."""
    return g(BUTTER, 5 * count)


EUROPEAN: list[tuple[str, list[Event]]] = [
    ("2 Semmeln with butter", [eat(p(KAISER, 2, "roll"), pat(2))]),
    ("a bratwurst with Pommes", [eat(p(BRATWURST, 1, "link"), p(FRIES, 1, "medium"))]),
    ("2 Spiegeleier and a slice of toast", [eat(p(FRIED_EGG, 2, "large"), p(TOAST, 1, "slice"))]),
    ("Rührei and a Brötchen", [eat(p(SCRAMBLED, 2, "large"), p(KAISER, 1, "roll"))]),
    ("60g Müsli with 150ml milk", [eat(g(MUESLI, 60), ml(MILK, 150))]),
    ("40g Haferflocken and a banana", [eat(g(OATS, 40), p(BANANA, 1, "medium"))]),
    ("3 Knäckebröd with 100g cottage cheese",
     [eat(p(CRISPBREAD, 3, "crispbread"), g(COTTAGE, 100))]),
    ("2 tbsp pindakaas and an apple", [eat(p(PB, 2, "tbsp"), p(APPLE, 1, "medium"))]),
    ("a portion of patat with mayo", [eat(p(FRIES, 1, "medium"), p(MAYO, 1, "tbsp"))]),
    ("Bratkartoffeln with 2 fried eggs", [eat(p(HOME_FRIES, 1, "cup"), p(FRIED_EGG, 2, "large"))]),
    ("2 slices of rugbrød with butter", [eat(p(RYE, 2, "slice"), pat(2))]),
    ("a bottle of full fat pepsi", [eat(ml(COLA, 500))]),
    ("full fat coke and 2 slices of toast", [eat(ml(COLA, 330), p(TOAST, 2, "slice"))]),
    ("a frikandel and a can of coke", [unknown()]),
    ("6 bitterballen with mustard", [unknown()]),
    ("a currywurst and a beer at the christmas market", [unknown()]),
]

STAND_INS: list[tuple[str, list[Event]]] = [
    ("2 slices of garlic bread", [eat(p(GARLIC_BREAD, 2, "slice"))]),
    ("a slice of garlic bread with my pasta bake 520 kcal",
     [eat(p(GARLIC_BREAD, 1, "slice"), stated(520))]),
    ("a bag of wotsits at my desk", [eat(g(PUFFS, 22))]),
    ("2 bags of quavers", [eat(g(PUFFS, 44))]),
    ("a bag of cheetos on the drive home", [eat(g(PUFFS, 28))]),
    ("toad in the hole with gravy", [unknown()]),
    ("2 vegetable pakoras", [unknown()]),
    ("4 segments of chocolate orange", [eat(g(MILK_CHOC, 31.4))]),
    ("5 quality streets", [eat(g(MILK_CHOC, 42.5))]),
    ("a candy cane", [eat(g(HARD_CANDY, 14))]),
]

FRACTIONS: list[tuple[str, list[Event]]] = [
    ("half a large pepperoni pizza", [eat(g(PEPPERONI_14, 447.5))]),
    ("a third of a large pepperoni pizza after the marathon", [eat(g(PEPPERONI_14, 298.3))]),
    ("half a 200g bar of dark chocolate", [eat(g(DARK, 100))]),
    ("3/4 of a 100g bar of milk chocolate", [eat(g(MILK_CHOC, 75))]),
    ("2 advent calendar chocolates", [eat(g(MILK_CHOC, 10))]),
    ("advent calendar chocolate x4", [eat(g(MILK_CHOC, 20))]),
    ("2 bowls of beef casserole", [eat(p(STEW, 2, "cup"))]),
    ("a bowl of stew after the cross country", [eat(p(STEW, 1, "cup"))]),
]

#: Written before their fix (on main, after round 6's portions landed): festive, regional and
#: shop names, for a food SR28 has (a Berliner is a jam doughnut, Mini Eggs are candy-coated
#: milk chocolate, a simnel cake a fruitcake, a Cherry Ripe the coconut bar, a Coffee Crisp the
#: wafer bar) or asked about where it lacks one (a Creme Egg, a macaroni pie, Kendal mint cake,
#: bannock, oliebollen, a tourtière, a Nanaimo bar, an Easter egg of no stated weight).
FESTIVE_AND_REGIONAL: list[tuple[str, list[Event]]] = [
    ("a berliner and a coffee", [eat(g("18256", 85), p(COFFEE, 1, "cup"))]),
    ("2 krapfen", [eat(g("18256", 170))]),
    ("kartoffelsalat with a bratwurst",
     [eat(p("22971|11414", 0.5, "cup"), p(BRATWURST, 1, "link"))]),
    ("a weissbier after the race", [eat(ml(BEER, 500))]),
    ("a slice of appeltaart", [eat(g("18302", 155))]),
    ("a bag of mini eggs", [eat(g("19141", 80))]),
    ("2 gingerbread men", [eat(g("18172", 64))]),
    ("a slice of simnel cake", [eat(g("18110", 43))]),
    ("a cherry ripe after the trail run", [eat(g("19142", 52))]),
    ("a coffee crisp and a coffee", [eat(g("19109", 50), p(COFFEE, 1, "cup"))]),
    ("a creme egg", [unknown()]),
    ("a macaroni pie and a can of irn bru", [unknown()]),
    ("kendal mint cake on the fells", [unknown()]),
    ("2 oliebollen", [unknown()]),
    ("a slice of tourtiere", [unknown()]),
    ("a nanaimo bar with my coffee", [unknown()]),
    ("an easter egg", [unknown()]),
]

BLOCK = {
    "european words": EUROPEAN,
    "stand-ins audited": STAND_INS,
    "portions by fraction": FRACTIONS,
    "festive and regional names": FESTIVE_AND_REGIONAL,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-foods5-2026-11-30.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
