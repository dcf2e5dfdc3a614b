"""The "meals" probes block, round 8 (2026-12-01 morning, issue 15): the meal classes block m
showed missed, written by the helper who fixes them BEFORE any fix, in other foods and
phrasings than block m's messages.

Classes:
- fish by the fillet: a fish fillet, or a fish named bare as a meal's main, is USDA's fillet of
  that fish (cod 180 g, haddock 150 g, trout 71 g, tilapia 87 g, sea bass 101 g); a salmon
  fillet half of USDA's (178 g) and halibut's half fillet (159 g), as the earlier blocks;
- bread under a topping: "eggs on rye", "smoked salmon on brown bread", "X on sourdough" are
  two slices of that bread (toasted sourdough USDA's medium slice), as "X on toast" is;
  peanut butter on two slices 2 tbsp, smoked salmon 56 g (block m's);
- ice cream by the scoop: a scoop is USDA's half cup (66 g) of that ice cream; a flavour
  alone after "scoops of" ("2 scoops of vanilla", "mint choc chip") is ice cream, vanilla's
  row when SR28 has no row of the flavour;
- a share of a large fruit: half, a third, a quarter of a melon, a watermelon or a pineapple
  is that share of USDA's whole fruit (cantaloupe medium 552 g, honeydew 1,000 g, watermelon
  4,518 g, pineapple 905 g);
- small things counted: a saltine USDA's 3 g square, a Ritz 3.3 g, a Triscuit 4.6 g, a
  Tootsie Roll 6.6 g, a square of chocolate 10 g (the earlier blocks'), Cheez-Its 30 g for 27;
- a food word naming another food: a fruit danish is the danish (USDA's 71 g pastry), fruit
  cake USDA's piece (43 g), banana bread USDA's slice (60 g), a fruit yoghurt a 150 g pot of
  USDA's low-fat fruit yoghurt, "fruit and nut" a handful of trail mix (28 g); a ham and
  cheese omelette is USDA's omelet of 2 large eggs with 30 g each of ham and cheddar (block
  m's), a ham and mushroom one 30 g ham and 35 g mushrooms;
- soup by its ready row: a bowl or a cup of soup is USDA's cup of that soup's ready-to-serve
  row (block m's split pea with ham; a restaurant's bowl where SR28 has only that), the earlier
  blocks' rows where they decided one (tomato made with milk, chicken noodle made with water),
  else the row prepared with water; never the condensed row by weight;
- a kcal with its source: "900 kcal says the stall", "app says 650 kcal", "per the wrapper",
  "according to the menu": the food at the kcal given, counted once;
- words after the food saying why: "as a treat", "as the prize", "to celebrate", "for the
  road": the food alone, nothing asked;
- steaks and deli meat by their cut: top sirloin, ribeye, t-bone, flank, brisket and pastrami
  (beef, not turkey) at the grams given, cooked (ribeye block g's grilled lean row, brisket the
  foods probes' braised flat, the others lean and fat as the earlier blocks' steak); pastrami
  on rye block m's (2 slices, 56 g);
- a seasoning beside the food: "with salt", "with salt and pepper", "a pinch of salt": the
  food alone (aid-station boiled potatoes USDA's small, 125 g);
- cheeses by their name: camembert's own row (a wedge USDA's 38 g), swiss and provolone by
  USDA's slice, gouda and edam by the grams;
- crisps by flavour at the pub: "a packet of salt and vinegar in the pub" is a 25 g bag;
- typos of food words: the food meant;
- food words in chat: a run "a piece of cake", "dinner was a disaster", "legs like jelly":
  nothing eaten; when a run is logged with them, only the run.

Labels as in the earlier blocks (corpus_labels.py, corpus_heldout11-13.py): a side of
vegetables 80 g, a brew a mug of tea with 30 ml semi-skimmed, a latte 60 ml espresso and 300 ml
semi-skimmed, a glass of milk 250 ml, a UK can 330 ml, a pint 568 ml, a UK bag of crisps 25 g,
a handful 28 g, bare rice a cup.

First score, on main 29ec1b8 before any change for this block: tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, CRISP_BAG, pint_of
from corpus_heldout import POACHED, RYE, SCRAMBLED
from corpus_heldout2 import SOURDOUGH
from corpus_heldout3 import LATTE
from corpus_heldout7 import OMELETTE
from corpus_labels import (
    BANANA,
    BEER,
    BOILED_POTATO,
    BROCCOLI,
    CHEDDAR,
    CHICKEN_NOODLE,
    COD,
    COFFEE,
    COLA,
    CRISPS,
    DARK_CHOC,
    DONUT,
    FRIED_EGG,
    GREEK,
    HAM,
    ICE_CREAM,
    KITKAT,
    MASH,
    MILK,
    MILK_CHOC,
    MUSHROOMS,
    PB,
    PEAS,
    QUINOA,
    RICE,
    SALMON,
    SNICKERS,
    SWEET_POTATO,
    TOMATO,
    TRAIL_MIX,
    WBREAD,
    WTOAST,
    E,
    Meal,
    Voices,
    combo,
    eat,
    g,
    ml,
    p,
    run,
    stated,
    write_new,
)

Event = dict[str, object] | Meal

VEG = 80.0
HANDFUL = 28.0
UK_CAN_ML = 330.0
GLASS_ML = 250.0
POT_OF_YOG_G = 150.0
SCOOP_G = 66.0  # USDA's half cup of ice cream
SQUARE_G = 10.0  # a square of chocolate, the earlier blocks'
SMALL_POTATO_G = 125.0
SMOKED_SALMON_G = 56.0
PASTRAMI_G = 56.0

HADDOCK = "15034"
TROUT = "15241|15116"
TILAPIA = "15262"
SEA_BASS = "15092"
HALIBUT = "15037"
MACKEREL = "15047"
CANTALOUPE = "09181"
HONEYDEW = "09184"
WATERMELON = "09326"
PINEAPPLE = "09266|09429|09430"
SALTINES = "18228|18425"
RITZ = "18621|18229"
TRISCUIT = "18235|18949"
TOOTSIE = "19064"
CHEEZ_IT = "28280"
DANISH = "18246|18431"
FRUITCAKE = "18110"
BANANA_BREAD = "18019"
FRUIT_YOG = "01121|01122|01120|01216|01217"
PEA_SOUP = "06050|06193|06192|06451|06449|06965"  # block m's: split pea with ham, ready
TOMATO_SOUP = "06359|06559|06159|06358"  # the earlier blocks': made with milk
MINESTRONE = "06039|06177|06440"
MUSHROOM_SOUP = "06968|06443|06243"
VEG_SOUP = "06067|06468"
LENTIL_SOUP = "06037"
BLACK_BEAN_SOUP = "36413|06402"
VANILLA = "19095|19898"
CHOC_ICE = "19270"
STRAWB_ICE = "19271"
MINT_CHOC_ICE = "19095|19879"
SIRLOIN = "13451|13452|13453|13454|13455|13456|13930|13932|13935"
RIBEYE = "23100|13951|13952|23148|23149|23197|23195|23196"  # block g's: grilled lean
TBONE = "13473|13474|13477|13481|13484|23006"
FLANK = "13067|13070|13948|13949|23654|23655"
BRISKET = "13343|13367|13368|13369|13370|13165"  # the foods probes': flat, lean
PASTRAMI = "13355|07925"
SMOKED_SALMON = "15077|15179"
CAMEMBERT = "01007"
SWISS = "01040"
PROVOLONE = "01035"
GOUDA = "01022"
EDAM = "01018"
FETA = "01019"


PASTRAMI_ON_RYE = combo(PASTRAMI + "|" + RYE, p(RYE, 2, "slice"), g(PASTRAMI, PASTRAMI_G))


FILLETS: list[tuple[str, list[Event]]] = [
    ("a cod fillet with peas and mash",
     [eat(p(COD, 1, "fillet"), g(PEAS, VEG), p(MASH, 1, "cup"))]),
    ("haddock fillet and 200g new potatoes", [eat(p(HADDOCK, 1, "fillet"), g(BOILED_POTATO, 200))]),
    ("grilled trout and a cup of rice", [eat(p(TROUT, 1, "fillet"), p(RICE, 1, "cup"))]),
    ("2 tilapia fillets with broccoli", [eat(p(TILAPIA, 2, "fillet"), g(BROCCOLI, VEG))]),
    ("pan fried sea bass fillet and a sweet potato",
     [eat(p(SEA_BASS, 1, "fillet"), p(SWEET_POTATO, 1, "medium"))]),
    ("salmon fillet and a cup of quinoa", [eat(p(SALMON, 0.5, "fillet"), p(QUINOA, 1, "cup"))]),
    ("halibut fillet with peas for tea",
     [eat(p(HALIBUT, 0.5, "fillet"), g(PEAS, VEG), label="dinner")]),
    ("baked cod and broccoli after the 12k", [eat(p(COD, 1, "fillet"), g(BROCCOLI, VEG))]),
    ("a trout fillet and salad leaves", [eat(p(TROUT, 1, "fillet"), g("11251|11250", VEG))]),
    ("10k 51:20 then grilled haddock and peas",
     [run(10, 51 + 20 / 60), eat(p(HADDOCK, 1, "fillet"), g(PEAS, VEG))]),
]

BREAD_UNDER: list[tuple[str, list[Event]]] = [
    ("2 scrambled eggs on rye", [eat(p(SCRAMBLED, 2, "large"), p(RYE, 2, "slice"))]),
    ("2 fried eggs on brown bread", [eat(p(FRIED_EGG, 2, "large"), p(WBREAD, 2, "slice"))]),
    ("poached eggs on granary after parkrun",
     [eat(p(POACHED, 2, "large"), p(WBREAD, 2, "slice"))]),
    ("smoked salmon on rye for lunch",
     [eat(g(SMOKED_SALMON, SMOKED_SALMON_G), p(RYE, 2, "slice"), label="lunch")]),
    ("peanut butter on wholemeal toast", [eat(p(PB, 2, "tbsp"), p(WTOAST, 2, "slice"))]),
    ("3 scrambled eggs on sourdough",
     [eat(p(SCRAMBLED, 3, "large"), p(SOURDOUGH, 2, "slice, medium"))]),
    ("2 boiled eggs on wholemeal toast and a coffee",
     [eat(p(E, 2, "large"), p(WTOAST, 2, "slice"), p(COFFEE, 1, "cup"))]),
    ("smoked salmon and scrambled eggs on sourdough",
     [eat(g(SMOKED_SALMON, SMOKED_SALMON_G), p(SCRAMBLED, 2, "large"),
          p(SOURDOUGH, 2, "slice, medium"))]),
]

SCOOPS: list[tuple[str, list[Event]]] = [
    ("2 scoops of vanilla after the long run", [eat(g(VANILLA, 2 * SCOOP_G))]),
    ("a scoop of chocolate ice cream and a coffee",
     [eat(g(CHOC_ICE, SCOOP_G), p(COFFEE, 1, "cup"))]),
    ("3 scoops of mint choc chip", [eat(g(MINT_CHOC_ICE, 3 * SCOOP_G))]),
    ("a scoop of strawberry ice cream", [eat(g(STRAWB_ICE, SCOOP_G))]),
    ("2 scoops of chocolate from the van", [eat(g(CHOC_ICE, 2 * SCOOP_G))]),
    ("4 scoops of ice cream at the party", [eat(g(ICE_CREAM, 4 * SCOOP_G))]),
    ("one scoop of vanilla ice cream", [eat(g(VANILLA, SCOOP_G))]),
]

FRUIT_SHARES: list[tuple[str, list[Event]]] = [
    ("half a cantaloupe for breakfast", [eat(g(CANTALOUPE, 552 / 2), label="breakfast")]),
    ("half a rockmelon and a pot of greek yoghurt",
     [eat(g(CANTALOUPE, 552 / 2), g(GREEK, POT_OF_YOG_G))]),
    ("a quarter of a honeydew", [eat(g(HONEYDEW, 1000 / 4))]),
    ("a quarter of a watermelon at the bbq", [eat(g(WATERMELON, 4518 / 4))]),
    ("half a pineapple after the tempo", [eat(g(PINEAPPLE, 905 / 2))]),
    ("a third of a cantaloupe", [eat(g(CANTALOUPE, 552 / 3))]),
    ("half a honeydew melon", [eat(g(HONEYDEW, 1000 / 2))]),
]

SMALL_THINGS: list[tuple[str, list[Event]]] = [
    ("a cup of chicken noodle soup and 6 saltines",
     [eat(p(CHICKEN_NOODLE, 1, "serving 1 cup"), p(SALTINES, 6, "cracker square"))]),
    ("8 ritz crackers and 30g cheddar", [eat(p(RITZ, 8, "cracker"), g(CHEDDAR, 30))]),
    ("4 squares of dark chocolate", [eat(g(DARK_CHOC, 4 * SQUARE_G))]),
    ("2 squares of milk chocolate with a brew", [eat(g(MILK_CHOC, 2 * SQUARE_G), BREW)]),
    ("5 tootsie rolls on the trail", [eat(p(TOOTSIE, 5, "piece"))]),
    ("10 triscuits", [eat(p(TRISCUIT, 10, "cracker"))]),
    ("27 cheez-its", [eat(g(CHEEZ_IT, 30))]),
    ("10 saltines during the stomach bug", [eat(p(SALTINES, 10, "cracker square"))]),
]

FOOD_WORD_NAMES: list[tuple[str, list[Event]]] = [
    ("a fruit danish and a latte", [eat(p(DANISH, 1, "pastry"), LATTE)]),
    ("a slice of fruit cake with a brew", [eat(p(FRUITCAKE, 1, "piece"), BREW)]),
    ("a slice of banana bread after the swim", [eat(p(BANANA_BREAD, 1, "slice"))]),
    ("a fruit yoghurt and a banana", [eat(g(FRUIT_YOG, POT_OF_YOG_G), p(BANANA, 1, "medium"))]),
    ("a handful of fruit and nut", [eat(g(TRAIL_MIX, HANDFUL))]),
    ("a ham and cheese omelette for breakfast",
     [eat(p(OMELETTE, 2, "large"), g(HAM, 30), g(CHEDDAR, 30), label="breakfast")]),
    ("cheese and ham omelette after the 15k",
     [eat(p(OMELETTE, 2, "large"), g(HAM, 30), g(CHEDDAR, 30))]),
    ("a ham and mushroom omelette",
     [eat(p(OMELETTE, 2, "large"), g(HAM, 30), g(MUSHROOMS, 35))]),
    ("an apple danish from the bakery", [eat(p(DANISH, 1, "pastry"))]),
]

SOUPS: list[tuple[str, list[Event]]] = [
    ("a bowl of pea soup", [eat(p(PEA_SOUP, 1, "cup"))]),
    ("a cup of tomato soup and a roll",
     [eat(p(TOMATO_SOUP, 1, "serving 1 cup"), p("18350|18342|18396|18344", 1, "roll"))]),
    ("a bowl of minestrone", [eat(p(MINESTRONE, 1, "cup"))]),
    ("a bowl of mushroom soup for lunch", [eat(p(MUSHROOM_SOUP, 1, "cup"),
                                               label="lunch")]),
    ("a mug of vegetable soup", [eat(p(VEG_SOUP, 1, "cup"))]),
    ("a bowl of noodle soup after the cold 10k", [eat(p(CHICKEN_NOODLE, 1, "serving 1 cup"))]),
    ("a bowl of lentil soup at the cafe", [eat(p(LENTIL_SOUP, 1, "cup (8 fl oz)"))]),
    ("a bowl of black bean soup", [eat(p(BLACK_BEAN_SOUP, 1, "cup"))]),
]

KCAL_SOURCE: list[tuple[str, list[Event]]] = [
    ("pad thai from the van, app says 720 kcal", [eat(stated(720))]),
    ("a protein bar, 210 kcal per the wrapper", [eat(stated(210))]),
    ("lasagne at my mum's, mfp reckons 650 kcal", [eat(stated(650))]),
    ("a slice of carrot cake, 480 cals according to the menu", [eat(stated(480))]),
    ("a big bowl of ramen, the menu said 850 kcal", [eat(stated(850))]),
    ("a chocolate muffin, 420 kcal on the label", [eat(stated(420))]),
    ("a meal deal, 640 kcal says the packaging", [eat(stated(640))]),
    ("a steak pasty from the bakery, 510 kcal on the bag", [eat(stated(510))]),
]

WHY_AFTER: list[tuple[str, list[Event]]] = [
    ("a snickers as the prize for finishing", [eat(p(SNICKERS, 1, "bar (2 oz)"))]),
    ("a can of coke as a reward", [eat(ml(COLA, UK_CAN_ML))]),
    ("an apple for the road", [eat(p("09003", 1, "medium"))]),
    ("a kitkat as a pick-me-up", [eat(p(KITKAT, 1, "bar (1.5 oz)"))]),
    ("a doughnut to celebrate the pb", [eat(p(DONUT, 1, "doughnut medium"))]),
    ("a glass of milk as a nightcap", [eat(ml(MILK, GLASS_ML))]),
    ("a kitkat as a treat after the 10k", [eat(p(KITKAT, 1, "bar (1.5 oz)"))]),
    ("ran 6k 33:10, a snickers as the reward",
     [run(6, 33 + 10 / 60), eat(p(SNICKERS, 1, "bar (2 oz)"))]),
]

CUTS: list[tuple[str, list[Event]]] = [
    ("200g top sirloin and a sweet potato",
     [eat(g(SIRLOIN, 200), p(SWEET_POTATO, 1, "medium"))]),
    ("8oz ribeye and broccoli", [eat(g(RIBEYE, 8 * 28.3495), g(BROCCOLI, VEG))]),
    ("a 300g t-bone at the steakhouse", [eat(g(TBONE, 300))]),
    ("150g flank steak with a cup of rice", [eat(g(FLANK, 150), p(RICE, 1, "cup"))]),
    ("100g brisket and a cup of mash", [eat(g(BRISKET, 100), p(MASH, 1, "cup"))]),
    ("pastrami on rye for lunch", [eat(PASTRAMI_ON_RYE, label="lunch")]),
    ("60g pastrami and 2 slices of rye", [eat(g(PASTRAMI, 60), p(RYE, 2, "slice"))]),
]

SEASONING: list[tuple[str, list[Event]]] = [
    ("2 boiled potatoes with salt at the 40k aid", [eat(g(BOILED_POTATO, 2 * SMALL_POTATO_G))]),
    ("a tomato with salt and pepper", [eat(p(TOMATO, 1, "medium"))]),
    ("3 hard boiled eggs with salt", [eat(p(E, 3, "large"))]),
    ("boiled potatoes with a pinch of salt, 3 of them",
     [eat(g(BOILED_POTATO, 3 * SMALL_POTATO_G))]),
    ("2 fried eggs with salt and pepper", [eat(p(FRIED_EGG, 2, "large"))]),
]

CHEESES: list[tuple[str, list[Event]]] = [
    ("a wedge of camembert", [eat(p(CAMEMBERT, 1, "wedge (1.33 oz)"))]),
    ("2 slices of swiss cheese", [eat(p(SWISS, 2, "slice"))]),
    ("a slice of provolone", [eat(p(PROVOLONE, 1, "slice"))]),
    ("40g gouda and an apple", [eat(g(GOUDA, 40), p("09003", 1, "medium"))]),
    ("30g edam", [eat(g(EDAM, 30))]),
    ("50g camembert", [eat(g(CAMEMBERT, 50))]),
]

PUB_CRISPS: list[tuple[str, list[Event]]] = [
    ("a packet of salt and vinegar in the pub", [eat(CRISP_BAG)]),
    ("2 bags of cheese and onion at the bar", [eat(g(CRISPS, 50))]),
    ("a pint of lager and a packet of ready salted in the beer garden",
     [eat(pint_of(BEER), CRISP_BAG)]),
    ("a packet of prawn cocktail at the club bar", [eat(CRISP_BAG)]),
]

TYPOS: list[tuple[str, list[Event]]] = [
    ("a bannana and a cofee", [eat(p(BANANA, 1, "medium"), p(COFFEE, 1, "cup"))]),
    ("2 scrambled egss on rye", [eat(p(SCRAMBLED, 2, "large"), p(RYE, 2, "slice"))]),
    ("a cod filet with peas", [eat(p(COD, 1, "fillet"), g(PEAS, VEG))]),
    ("a bowl of tomatoe soup", [eat(p(TOMATO_SOUP, 1, "serving 1 cup"))]),
    ("2 scoops of vanila ice cream", [eat(g(VANILLA, 2 * SCOOP_G))]),
    ("brocoli and a salmon fillet", [eat(g(BROCCOLI, VEG), p(SALMON, 0.5, "fillet"))]),
]

CHAT_WORDS: list[tuple[str, list[Event]]] = [
    ("parkrun 24:10, glorious morning for it", [run(5, 24 + 10 / 60)]),
    ("10k 49:30, a real cracker of a morning", [run(10, 49.5)]),
    ("tempo 8k 36:40, legs like jelly after", [run(8, 36 + 40 / 60)]),
    ("5k 25:12, that hill was a piece of cake", [run(5, 25.2)]),
    ("half marathon 1:48:20, cool as a cucumber all the way", [run(21.0975, 108 + 20 / 60)]),
    ("12k 1:02:00, absolute peach of a run", [run(12, 62)]),
    ("dinner was a disaster tonight, burnt everything", []),
    ("lunch was a rush job", []),
    ("the egg and spoon race at the school fete was carnage", []),
    ("work pancake race was hilarious", []),
    ("my legs are jelly", []),
    ("feeling like a wet noodle after that session", []),
    ("the club cake walk is on friday", []),
    ("I'm toast after that", []),
    ("she's one tough cookie, ran the whole thing with a cold", []),
    ("breakfast was a write-off, overslept", []),
    ("in a bit of a pickle with my training plan", []),
    ("bananas weather out there, 35 degrees", []),
    ("tea was late tonight", []),
    ("going nuts with all this rain", []),
    ("my old garmin is a brick", []),
    ("stopped for a photo at the pie shop but didn't go in", []),
]

BLOCK: Voices = {
    "fish by the fillet": FILLETS,
    "bread under a topping": BREAD_UNDER,
    "ice cream by the scoop": SCOOPS,
    "a share of a large fruit": FRUIT_SHARES,
    "small things counted": SMALL_THINGS,
    "a food word naming another food": FOOD_WORD_NAMES,
    "soup by its ready row": SOUPS,
    "a kcal with its source": KCAL_SOURCE,
    "words after the food saying why": WHY_AFTER,
    "steaks and deli meat": CUTS,
    "a seasoning beside the food": SEASONING,
    "cheeses by their name": CHEESES,
    "crisps by flavour at the pub": PUB_CRISPS,
    "typos of food words": TYPOS,
    "food words in chat": CHAT_WORDS,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-meals8-2026-12-01.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
