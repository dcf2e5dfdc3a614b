"""The "foods" probes block, round 8 (2026-12-01, issue 15): the everyday foods runners in the
UK, Ireland, the US, Australia, New Zealand and Canada eat, by category, that SR28 has a fitting
row for, written BEFORE any fix by the helper who grows the vocabulary (foods7), from a list of
categories and SR28's rows, not from any block's misses; foods already in a probes or held-out
file were left out (their texts grepped first), so each category holds the gaps.

Categories: fruit and vegetables by their local names (aubergine, capsicum, swede, silverbeet,
feijoa, pawpaw, mangetout, rocket); breakfast cereals by brand, each SR28's own row; chain foods
(McDonald's, Subway, KFC, Popeyes, Chick-fil-A, Wendy's, Burger King, Taco Bell, Domino's,
Papa John's, Little Caesars, Pizza Hut, Arby's, Tim Hortons, Dunkin', Starbucks, Panda Express,
Nando's) as SR28's restaurant rows; bakery and desserts; snacks, sweets and bars; meat, fish and
staples by their everyday names; takeaway dishes SR28 has a restaurant row for; drinks with
alcohol and without; dairy and plant milks; spreads and condiments; foods SR28 lacks with no
fair stand-in, asked about.

Portions a message leaves open follow the earlier blocks' docstrings (scripts/corpus_heldout11.py
to scripts/corpus_heldout14.py list them: a bowl of cereal 30 g with 125 ml of milk when milk is
named, a side of vegetables 80 g, a handful 28 g, a glass of juice or milk 250 ml, a glass of
wine 175 ml, a pint 568 ml, a UK can 330 ml, a US can 12 fl oz, fast food USDA's restaurant row,
whole item, "a medium fry" the medium serving, a chain's pizza slice its 14" slice, bare "rice" a
cup, fried rice USDA's cup, a Chinese takeaway main half of USDA's order, a scoop of ice cream
USDA's half cup, a pot of yoghurt 150 g, a spirit and mixer a jigger with 150 ml of mixer, a
small bag of pretzels or chips 1 oz). New ones, decided here before the block was scored
(USDA's own household measures where it has one):
- a piece of fruit USDA's medium or its "fruit" measure; "a cup of" a fruit or vegetable USDA's
  cup; corn on the cob USDA's medium ear, boiled;
  asparagus spears USDA's 15 g cooked spear; a sprout USDA's cooked sprout (21 g);
- a cereal by its brand is that brand's SR28 row, 30 g a bowl; Zucaritas are Kellogg's Frosted
  Flakes; Crunchy Nut is Kellogg's Honey Crunch Corn Flakes (385 kcal a 100 g, Crunchy Nut's
  published 402: within 15 %); almond milk on cereal USDA's unsweetened, 125 ml;
- a Subway "6 inch" USDA's 6 inch sub of that row, a footlong its 12 inch; McDonald's, Burger
  King, Wendy's, Taco Bell, KFC, Popeyes, Chick-fil-A and Arby's items their rows, whole item;
  KFC and Popeyes pieces USDA's piece "with skin"; chicken strips USDA's strip; a Nando's
  quarter chicken leg USDA's roasted leg, meat and skin (one leg, 258 g less its bone: 258 g as
  USDA weighs it); a Dunkin' or Tim Hortons Boston cream USDA's custard-filled doughnut, a
  glazed one USDA's glazed yeast doughnut (the earlier Krispy Kreme row), a cruller USDA's
  glazed French cruller; a Starbucks blueberry muffin USDA's medium blueberry muffin;
- a slice of cake or pie USDA's own slice or piece (cheesecake USDA's NLEA piece, 125 g);
  a cinnamon roll USDA's large (83 g); a cheese danish USDA's pastry; a biscuit (US) USDA's
  medium baked biscuit; a piece of cornbread USDA's piece; baklava, lemon curd (and the
  crumpet under it) and a calzone have no SR28 row nor a stand-in within 15 %: the meal asks
  (one per such food), whatever else it holds (congee, bubble and squeak, a chicken shawarma,
  gnocchi, jambalaya and spanakopita had been asked about too: relabelled by meals10 to the
  table's stand-ins, see ASK and tests/data/README.md);
- a Twix USDA's 2-bar 2.06 oz package; a Kit Kat Chunky USDA's Big Kat (55 g); Reese's cups
  USDA's cup (half the 1.6 oz 2-cup package); a Toblerone USDA's bar (35 g); a Nutri-Grain bar
  37 g (Kellogg's label); a Rice Krispies treat USDA's square (22 g); fruit snacks USDA's pouch;
  nacho cheese tortilla chips (Doritos), cheese puffs (Cheetos) and corn chips (Fritos) by the
  small bag 1 oz; pork scratchings a handful 28 g of USDA's pork skins; a string cheese 1 oz;
- a steak, chop or fillet with no weight USDA's own piece where it has one; lamb or pork by the
  grams given; a tin of chickpeas drained USDA's drained can (253 g), half a tin half of it;
- Chinese takeaway sesame, general tso's, sweet and sour chicken or pork: half of USDA's order
  (block d's carton); lo mein with no weight USDA's cup; an egg roll or spring roll USDA's
  restaurant egg roll (89 g); a pupusa, an arepa, an empanada or a tamale USDA's Latino
  restaurant piece; a quesadilla USDA's restaurant 8-10 inch one; hush puppies USDA's piece;
- a rum and coke, vodka soda or whisky and ginger a jigger of USDA's 80 proof spirit with 150
  ml of mixer (block b's G&T); a shot a jigger; a glass of rosé 175 ml; sake by the ml given; a
  glass of port USDA's 3.5 fl oz dessert wine glass; a Monster or Rockstar USDA's 16 fl oz can
  (480 g); a bottle of Powerade 20 fl oz; a lemonade glass 250 ml; iced tea a 12 fl oz bottle;
- soy, almond, rice, oat-free plant milks USDA's rows by the glass (250 ml) or on cereal; kefir
  by the glass; buttermilk by the glass; half and half a tablespoon a coffee;
- spreads and condiments by the amount said (a tbsp of hoisin, a tsp of sriracha, 2 tbsp of
  ranch); almond, cashew and sunflower butter and tahini a tbsp when said "a spoon".

Labels as in the earlier blocks (corpus_labels.py). First score on main at e826bb9, before
any parser or table change (tests/data/README.md has the table), on the labels as corrected
below: 60.3 % of event messages fully right (184/305), 74.7 % of meal items resolved
(248/332), 1.0 % leftover (3/305).

Label corrections after the first scoring (my own mistakes, found reading the misses; no parser
output was taken as a reference): "6 oysters" had been written as one of USDA's medium oysters
(the count left at 1), now six; "8 chicken wings" had taken the roasted wing's "piece" (85 g, a
whole wing with its bone, 1,727 kcal for eight), now USDA's wing with the bone removed, fried
in flour (32 g) as takeaway wings are, the batter and roasted rows accepted; "a small bag of
cheetos" had accepted a granola bar row (19020, a typing slip) and the low-fat puffs only, as my
search of SR28 missed its regular cheese puffs (19008, "puffs or twists, cheese-flavor"), now
19008 first; "a cup of yam" had taken SR28's true yam (Dioscorea), against the table's decision
that a bare "yam" is the American sweet potato (tests/engine/test_food_regional.py; a yam named
boiled, pounded or white is the true yam), now USDA's cup of baked sweet potato; "half a cup
of beetroot" had been written as one of USDA's measure "0.5 cup slices" (so a whole cup,
170 g), now half a cup (85 g). Before them the same parser scored 60.0 % (183/305), 73.8 % of
items (245/332).
"""

from __future__ import annotations

from pathlib import Path

from corpus_labels import (
    BEER,
    CHOC_CHIP,
    COFFEE,
    HUMMUS,
    MILK,
    PB,
    SEMI,
    SKIM,
    TOAST,
    E,
    Item,
    Meal,
    combo,
    eat,
    g,
    ml,
    p,
    unknown,
    write_new,
)

Event = dict[str, object] | Meal
BOWL = 30.0
BOWL_MILK = 125.0
GLASS = 250.0
WINE_GLASS = 175.0
PINT = 568.0
US_CAN = 12 * 29.5735
SIDE = 80.0
HANDFUL = 28.0
OZ = 28.35
TWO_PCT = "01079|01174|01080"
WHOLE = "01077|01211"
ALMOND_MILK = "14091|14016"
SPIRIT = "14037|14550|14049|14050|14051|14052"
COLA = "14148|14400"


def cereal(ndbs: str, milk: str | None = None) -> list[Event]:
    """A bowl of a cereal (30 g), with 125 ml of the milk named."""
    items = [g(ndbs, BOWL)]
    if milk is not None:
        items.append(by_cup(milk, BOWL_MILK) if milk == ALMOND_MILK else ml(milk, BOWL_MILK))
    return [eat(*items)]


CUP_ML = 236.588


def by_cup(ndbs: str, millilitres: float) -> Item:
    """A drink by volume where USDA gives only a cup: that share of its cup."""
    return p(ndbs, millilitres / CUP_ML, "cup")


def one(item: Item, label: str | None = None) -> list[Event]:
    return [eat(item, label=label)]


def mixer(spirit: str, mix: str) -> list[Event]:
    """A spirit and mixer: a jigger with 150 ml of the mixer (block b's G&T)."""
    return [eat(p(spirit, 1, "jigger"), ml(mix, 150))]


FRUIT_VEG: list[tuple[str, list[Event]]] = [
    ("roast aubergine on the side", one(g("11209|11210|11783", SIDE))),
    ("a cup of eggplant, cooked", one(p("11210|11783", 1, "cup"))),
    ("a red capsicum and 2 tbsp hummus", [eat(p("11821", 1, "medium"), p(HUMMUS, 2, "tbsp"))]),
    ("a green bell pepper, sliced, with my lunch", one(p("11333", 1, "medium"))),
    ("mashed swede with the roast", one(g("11436|11851|11435", SIDE))),
    ("a cup of rutabaga, mashed", one(p("11436", 1, "cup, mashed"))),
    ("2 mandarins after the run", one(p("09218", 2, "medium"))),
    ("a tangerine at the aid station", one(p("09218", 1, "medium"))),
    ("4 feijoas from the tree", one(p("09334", 4, "fruit"))),
    ("2 passionfruit", one(p("09231", 2, "fruit"))),
    ("a dozen lychees", one(p("09164", 12, "fruit"))),
    ("steamed bok choy as a side", one(g("11116|11117|11754", SIDE))),
    ("corn on the cob at the bbq", one(p("11168|11770", 1, "ear medium"))),
    ("2 cobs of sweetcorn", one(p("11168|11770", 2, "ear medium"))),
    ("a cup of roast butternut squash", one(p("11486|11866", 1, "cup, cubes"))),
    ("a cup of roast pumpkin", one(p("11644|11423", 1, "cup, cubes"))),
    ("a cup of silverbeet, cooked", one(p("11148|11765", 1, "cup, chopped"))),
    ("swiss chard as a side", one(g("11148|11765|11147", SIDE))),
    ("roast parsnips on the side", one(g("11299|11808|11298", SIDE))),
    ("a cup of fried plantain", one(p("09447|09446", 1, "cup"))),
    ("200g boiled cassava", one(g("11134", 200))),
    ("a cup of jackfruit", one(p("09144", 1, "cup, sliced"))),
    ("a cup of pawpaw", one(p("09226", 1, 'cup 1" pieces'))),
    ("a cup of papaya chunks", one(p("09226", 1, 'cup 1" pieces'))),
    ("2 guavas", one(p("09139", 2, "fruit"))),
    ("a persimmon", one(p("09263", 1, "fruit"))),
    ("3 plums from the market", one(p("09279", 3, "fruit"))),
    ("4 apricots", one(p("09021", 4, "apricot"))),
    ("a bowl of stewed rhubarb", one(p("09310", 1, "cup"))),
    ("a cup of cooked kale", one(p("11234|11790|11236", 1, "cup"))),
    ("8 brussels sprouts", one(p("11099|11745", 8, "sprout"))),
    ("a cup of edamame", one(p("11212|11211", 1, "cup"))),
    ("6 asparagus spears", one(p("11012|11705", 6, "spears"))),
    ("2 celery sticks with peanut butter", [eat(p("11143", 2, "stalk, medium"), p(PB, 2, "tbsp"))]),
    ("a cup of raspberries", one(p("09302", 1, "cup"))),
    ("a handful of mangetout", one(g("11300|11301", HANDFUL))),
    ("a cup of snow peas", one(p("11301|11300", 1, "cup"))),
    ("a handful of rocket", one(g("11959", HANDFUL))),
    ("a cup of pineapple chunks", one(p("09266|09429|09430", 1, "cup, chunks"))),
    ("a nectarine and a plum", [eat(p("09191", 1, "medium"), p("09279", 1, "fruit"))]),
    ("3 fresh figs", one(p("09089", 3, "medium"))),
    ("half a cup of beetroot", one(p("11081|11734|11084", 0.5, "cup slices"))),
    ("a leek, cooked", one(p("11247|11795", 1, "leek"))),
    ("a cup of cauliflower", one(p("11135|11136", 1, "cup"))),
    ("a cup of okra", one(p("11278|11279", 1, "cup"))),
    ("a baked sweet potato", one(p("11508|11875", 1, "medium"))),
    ("a cup of sliced mushrooms", one(p("11260", 1, "cup, pieces or slices"))),
    ("a bag of sugar snap peas, 150g", one(g("11300|11301", 150))),
    ("a cup of yam", one(p("11508|11875", 1, "cup"))),
]

CEREALS: list[tuple[str, list[Event]]] = [
    ("bowl of special k", cereal("08067")),
    ("special k red berries with skim milk", cereal("08383", SKIM)),
    ("coco pops with full fat milk", cereal("08014", WHOLE)),
    ("cocoa krispies with 2% milk", cereal("08014", TWO_PCT)),
    ("all bran with semi skimmed", cereal("08001", SEMI)),
    ("honey nut cheerios with 1% milk", cereal("08045", "01082|01083")),
    ("a bowl of multigrain cheerios", cereal("08087")),
    ("a bowl of kix", cereal("08048")),
    ("a bowl of cinnamon life", cereal("08210")),
    ("bowl of golden grahams", cereal("08035")),
    ("cap'n crunch with whole milk", cereal("08010|08011", WHOLE)),
    ("corn pops for breakfast", [eat(g("08068", BOWL), label="breakfast")]),
    ("a bowl of frosted mini wheats", cereal("08319|08459|08031")),
    ("apple jacks with skim milk", cereal("08003", SKIM)),
    ("bowl of trix with 2% milk", cereal("08078", TWO_PCT)),
    ("cocoa puffs at 10pm", cereal("08271")),
    ("wheaties before the race", cereal("08089")),
    ("fiber one cereal with almond milk", cereal("08244", ALMOND_MILK)),
    ("a bowl of cracklin oat bran", cereal("08023")),
    ("crispix with milk", cereal("08259", MILK)),
    ("puffed rice with milk", cereal("08066|08156", MILK)),
    ("a bowl of honey smacks", cereal("08071")),
    ("raisin bran crunch", cereal("08380")),
    ("kashi go lean crunch with soy milk", cereal("08386|08560", "16139|16120")),
    ("zucaritas con leche", cereal("08069", MILK)),
    ("a bowl of crunchy nut cornflakes", cereal("08309")),
    ("a bowl of frosted cheerios", cereal("08267")),
    ("bran buds with skim", cereal("08005", SKIM)),
    ("a bowl of puffed wheat", cereal("08146|08157")),
    ("a bowl of corn chex", cereal("08019")),
]

MCD = "McDONALD'S"
CHAINS: list[tuple[str, list[Event]]] = [
    ("egg mcmuffin and a hash brown", [eat(p("21357", 1, "sandwich"), p("21319", 1, "serving"))]),
    ("sausage mcmuffin with egg", one(p("21359", 1, "item"))),
    (
        "mcchicken and medium fries",
        [eat(p("21355", 1, "sandwich"), p("21238|21138", 1, "medium serving"))],
    ),
    ("a quarter pounder with cheese", one(p("21235", 1, "item"))),
    ("a mcdouble on the way home", one(p("21344", 1, "sandwich"))),
    ("an oreo mcflurry", one(p("21339", 1, "regular"))),
    ("maccas hotcakes and sausage", one(p("21364", 1, "item"))),
    ("a mcdonald's apple pie", one(g("21324", 77))),
    ("sausage egg and cheese mcgriddle", one(p("21329", 1, "item"))),
    ("a sausage biscuit from mcdonalds", one(p("21361", 1, "item"))),
    ("2 sausage burritos from maccies", one(p("21340", 2, "burrito"))),
    ("a big breakfast at mcdonald's", one(p("21341", 1, "item"))),
    ("a hot fudge sundae from mcdonalds", one(p("21336|21033", 1, "item"))),
    ("subway 6 inch chicken teriyaki", one(p("21150|21151", 6, "inch sub"))),
    ("footlong subway club", one(p("21152|21153", 12, "inch sub"))),
    ("6 inch steak and cheese from subway", one(p("21159|21160", 6, "inch sub"))),
    ("a 6 inch blt from subway", one(p("21161|21162", 6, "inch sub"))),
    ("6 inch roast beef sub from subway", one(p("21210|21125", 6, "inch sub"))),
    ("cold cut combo footlong from subway", one(p("21213|21124", 12, "inch sub"))),
    ("kfc original recipe breast", one(p("21434", 1, "breast, with skin"))),
    ("2 kfc drumsticks", one(p("21435|21439", 2, "drumstick, with skin"))),
    ("a kfc biscuit", one(p("21419", 1, "biscuit"))),
    ("3 popeyes spicy strips", one(p("21418|21417", 3, "strip"))),
    (
        "popeyes 2 piece: a breast and a thigh",
        [eat(p("21456", 1, "breast, with skin"), p("21458", 1, "thigh with skin"))],
    ),
    ("chick fil a chicken sandwich", one(p("21526", 1, "sandwich"))),
    ("chick-fil-a hash browns", one(p("21144", 1, "serving"))),
    ("4 chick-n-strips", one(p("21143", 4, "strip"))),
    ("wendys jr cheeseburger", one(p("21242", 1, "item"))),
    ("10 piece nuggets from wendy's", one(p("21246", 10, "pieces"))),
    ("wendy's homestyle chicken sandwich", one(p("21244", 1, "item"))),
    ("bk double whopper with cheese", one(p("21255", 1, "item"))),
    ("medium onion rings from burger king", one(p("21509", 1, "medium"))),
    ("a sausage egg and cheese croissanwich", one(p("21383", 1, "sandwich"))),
    ("5 french toast sticks from bk", one(p("21386|21024", 5, "stick"))),
    ("taco bell nachos supreme", one(p("21269", 1, "serving"))),
    ("a bean burrito from taco bell", one(p("21264", 1, "each burrito"))),
    ("2 chicken soft tacos from taco bell", one(p("21262", 2, "each taco"))),
    ("a burrito supreme from taco bell", one(p("21265", 1, "burrito"))),
    ("2 slices of domino's sausage pizza", one(p("21494", 2, "slice"))),
    ("3 slices papa johns cheese pizza", one(p("21283", 3, "slice"))),
    ("2 slices of little caesars pepperoni", one(p("21288", 2, "slice"))),
    ("a slice of pizza hut stuffed crust", one(p("21512", 1, "slice"))),
    ("2 pizza hut breadsticks", one(p("21525|21520", 2, "breadstick"))),
    ("an arby's classic roast beef", one(p("21527", 1, "sandwich"))),
    ("a boston cream from tim hortons", one(p("18254", 1, "doughnut oval"))),
    ("a honey cruller from timmies", one(p("18253", 1, "cruller"))),
    ("a dunkin glazed donut", one(p("18255|18436|18250", 1, "doughnut medium"))),
    ("a bacon egg and cheese croissant from dunkin", one(p("21012", 1, "item"))),
    ("a starbucks blueberry muffin", one(p("18274", 1, "medium"))),
    ("panda express fried rice", one(p("36602", 1, "cup"))),
    ("a nandos quarter chicken leg", one(p("05078", 1, "leg"))),
    ("a corn dog at the fair", one(p("21120", 1, "sandwich"))),
]

BAKERY: list[tuple[str, list[Event]]] = [
    ("a cinnamon roll with my coffee", [eat(p("18356", 1, "large"), p(COFFEE, 1, "cup"))]),
    ("a slice of new york cheesecake", one(p("18147", 1, "piece (1 NLEA serving)"))),
    ("a slice of pecan pie", one(p("18324|18325", 1, "slice"))),
    ("pumpkin pie, one slice", one(p("18326|18327", 1, "slice"))),
    ("a piece of cherry pie", one(p("18308|18309", 1, 'piece (1/8 of 9" dia)'))),
    ("a cheese danish", one(p("18245", 1, "pastry"))),
    ("2 buttermilk biscuits", one(p("18009", 2, "medium"))),
    ("a piece of cornbread", one(p("18023|18024", 1, "piece"))),
    ("a slice of angel food cake", one(p("18086|18088", 1, "piece"))),
    ("a slice of pound cake", one(g("18120", 61))),
    ("a cake donut", one(p("18248", 1, "doughnut medium"))),
    ("a chocolate glazed donut", one(p("18251", 1, "doughnut, medium"))),
    ("a jelly donut", one(p("18256", 1, "doughnut oval"))),
    ("a slice of chocolate cake", one(p("18096", 1, "piece (1/8 of 18 oz cake)"))),
    ("a piece of coffee cake", one(p("18104", 1, "piece"))),
    (
        "a cheese croissant and a latte",
        [eat(p("18241", 1, "croissant, medium"), ml("14210", 60), ml(SEMI, 300))],
    ),
    ("an apple croissant", one(p("18240", 1, "croissant, medium"))),
    ("a cream puff", one(g("18969", 113))),
    ("4 oatmeal raisin cookies", one(p("18184|18178", 4, "cookie"))),
    ("2 peanut butter cookies", one(p("18185|18186", 2, "cookie"))),
    ("3 sugar cookies", one(p("18204", 3, "cookie"))),
    ("a molasses cookie", one(p("18177", 1, "medium"))),
]

SNACKS: list[tuple[str, list[Event]]] = [
    ("a nature valley sweet and salty bar", one(p("25053", 1, "bar"))),
    ("a rice krispie treat after the long run", one(p("19438", 1, "serving"))),
    ("a nutri-grain bar on the bus", one(g("18501|19441", 37))),
    ("a pouch of fruit snacks", one(p("19272|19919", 1, "pouch"))),
    ("a handful of cheez-its", one(g("28280", HANDFUL))),
    ("a small bag of doritos", one(g("19057|19857", OZ))),
    ("a small bag of cheetos", one(g("19008|19434", OZ))),
    ("a small bag of fritos", one(g("19003", OZ))),
    ("a bag of sun chips", one(g("25013", OZ))),
    ("a handful of pork scratchings", one(g("19041", HANDFUL))),
    ("a twix after parkrun", one(p("19160", 1, "package (2.06 oz, 2 bars)"))),
    ("2 reese's cups", one(g("19150", 45))),
    ("a milky way bar", one(p("19135", 1, "serving 2.05 oz bar"))),
    ("a toblerone at the airport", one(p("19001", 1, "bar"))),
    ("3 chips ahoy cookies", one(p(CHOC_CHIP, 3, "cookie"))),
    ("a box of animal crackers", one(p("28399", 1, "individual box"))),
    ("a kitkat chunky", one(p("19250", 1, "bar 1.94 oz"))),
    ("a mounds bar", one(p("19142", 1, "package 1.9 oz"))),
    ("a 100 grand bar", one(p("19144", 1, "bar (1.5 oz)"))),
    ("an ounce of mixed nuts", one(g("12135|12137|12138", OZ))),
    ("a handful of pistachios", one(g("12152|12652", HANDFUL))),
    ("a handful of sunflower seeds", one(g("12037|12537", HANDFUL))),
    ("2 beef sticks", one(p("19407", 2, "stick"))),
    ("2 string cheeses", one(g("01029|01028", 2 * OZ))),
    ("a fruit roll up", one(p("19014", 1, "large"))),
    ("a bag of peanut m&ms", one(p("19140", 1, "serving 1 singles bag"))),
    ("a york peppermint pattie and a coffee", [eat(p("19091", 1, "patty"), p(COFFEE, 1, "cup"))]),
    ("4 vanilla sandwich cookies", one(p("18210", 4, "cookie, round"))),
    ("a handful of butter cookies", one(g("18155", HANDFUL))),
    ("2 shortbread fingers", one(p("18192", 2, "cookie"))),
    ("a chocolate pudding cup", one(p("19183", 1, "container refrigerated"))),
    ("a rice pudding pot", one(p("19193", 1, "serving 4 oz pudding cup"))),
    ("a scoop of orange sherbet", one(g("19097", 74))),
    ("a scoop of chocolate ice cream", one(g("19270", 66))),
    ("half a cup of frozen yoghurt", one(g("19293", 72))),
]

STAPLES: list[tuple[str, list[Event]]] = [
    ("a cup of couscous", one(p("20029", 1, "cup"))),
    ("a cup of egg noodles", one(p("20110", 1, "cup"))),
    ("a cup of rice noodles", one(p("20134", 1, "cup"))),
    ("a cup of bulgur wheat", one(p("20013", 1, "cup"))),
    ("100g tempeh", one(g("16114|16174", 100))),
    ("5 pieces of fried tofu", one(p("16129", 5, "piece"))),
    ("half a tin of chickpeas", one(g("16358|16359", 253 / 2))),
    ("a cup of split pea dahl", one(p("16086|16386", 1, "cup"))),
    ("a tin of sardines on toast", [eat(p("15088", 1, "can"), p(TOAST, 2, "slice"))]),
    ("2 pickled herring pieces", one(p("15041", 2, "piece"))),
    ("3 oz of crab", one(g("15140", 85))),
    ("a dozen mussels", one(p("15164|15165", 12, "medium"))),
    ("6 oysters", one(p("15167", 6, "medium"))),
    ("150g of roast lamb", one(g("17012|17011", 150))),
    ("a pork chop for dinner", one(p("10030|10029", 1, "chop"), label="dinner")),
    ("2 roast chicken thighs", one(p("05098", 2, "thigh without skin"))),
    ("120g of roast turkey", one(g("05168|05166", 120))),
    ("150g of venison", one(g("17165", 150))),
    ("half a roast duck", one(g("05142", 221))),
    ("a bratwurst in a bun", [eat(p("07013", 1, "link"), p("18350", 1, "roll"))]),
    ("2 duck eggs, boiled", one(p("01138", 2, "egg"))),
    ("6 quail eggs", one(p("01140", 6, "egg"))),
    ("a tub of greek yoghurt, strawberry", one(p("01284|01276", 1, "container"))),
    ("a cup of natural yoghurt", one(p("01116|01117", 1, "cup"))),
    ("a cup of ricotta", one(p("01037|01036", 1, "cup"))),
    ("30g of feta on my salad", one(g("01019", 30))),
    ("a slice of swiss cheese", one(p("01040", 1, "slice"))),
    ("2 slices of provolone", one(p("01035", 2, "slice"))),
    ("a wedge of brie, 40g", one(g("01006", 40))),
    ("an ounce of blue cheese", one(g("01004", OZ))),
    ("a tbsp of parmesan", one(p("01032|01146", 1, "tbsp"))),
    ("50g of gouda", one(g("01022|01018", 50))),
    ("2 baked potatoes", one(p("11674|11828", 2, "potato medium"))),
    ("a cup of refried beans", one(p("16103|16171|36418", 1, "cup"))),
    ("200g pork spare ribs", one(g("10089|10940", 200))),
    ("8 chicken wings", one(p("05102|05101|05103", 8, "wing, bone removed"))),
    ("a cup of pulled pork", one(p("22972", 1, "cup"))),
    ("150g brisket", one(g("13369", 150))),
    ("5 potstickers", one(g("32013", 145))),
    ("a cup of wonton soup", one(p("27002", 1, "cup"))),
]

TAKEAWAY: list[tuple[str, list[Event]]] = [
    ("sesame chicken from the chinese", one(p("36633", 0.5, "order"))),
    ("general tso's chicken takeaway", one(p("36618", 0.5, "order"))),
    ("sweet and sour pork from the chinese", one(p("36622", 0.5, "order"))),
    (
        "sweet and sour chicken and a cup of fried rice",
        [eat(p("36621", 0.5, "order"), p("36602", 1, "cup"))],
    ),
    ("a cup of vegetable lo mein", one(p("36625", 1, "cup"))),
    ("2 egg rolls", one(p("36601", 2, "piece"))),
    ("2 pupusas", one(p("36408|36409|36410", 2, "piece"))),
    ("an arepa for lunch", [eat(p("36415", 1, "piece"), label="lunch")]),
    ("2 beef empanadas", one(p("36403", 2, "piece"))),
    ("a pork tamale", one(p("36412|36411", 1, "piece"))),
    ("a cheese quesadilla", one(p("36052|36051", 1, "quesadilla 8-10 inch diameter"))),
    ("2 cheese enchiladas", one(p("36050|36049", 2, "enchilada"))),
    ("6 hush puppies", one(p("21129", 6, "piece"))),
    ("a cup of spanish rice", one(p("36417|36044", 1, "cup"))),
    ("chicken and rice from the latino place", one(p("36401", 1, "cup"))),
    ("rice and black beans, a cup", one(p("36405", 1, "cup"))),
]

DRINKS: list[tuple[str, list[Event]]] = [
    ("a rum and coke", mixer(SPIRIT, COLA)),
    ("2 vodka sodas", [eat(p(SPIRIT, 2, "jigger"), ml("14121", 300))]),
    ("a whisky and ginger ale", mixer(SPIRIT, "14136")),
    ("2 shots of vodka", one(p(SPIRIT, 2, "jigger"))),
    ("a glass of rosé", one(ml("14253", WINE_GLASS))),
    ("200ml of sake", one(ml("43479", 200))),
    ("a glass of sherry", one(p("14536|14057", 1, "glass"))),
    ("a 16oz monster", one(g("14627", 480))),
    ("a rockstar before the night run", one(p("14629", 1, "can"))),
    ("a bottle of powerade", one(ml("14461", 20 * 29.5735))),
    ("a cup of pink lemonade", one(ml("14543|14293", CUP_ML))),
    ("a can of root beer", one(ml("14157", US_CAN))),
    ("a can of orange soda", one(ml("14150", US_CAN))),
    ("a glass of coconut water", one(g("14090|12119", 245))),
    ("a mug of ovaltine", one(p("14310", 1, "cup"))),
    ("a glass of tonic water", one(ml("14155", GLASS))),
    ("a pint of cider and a pint of lager", [eat(ml("14250", PINT), ml(BEER, PINT))]),
    ("2 light beers", one(p("14006|14005|14007", 2, "can"))),
    ("a daiquiri", one(p("14010|14009", 1, "cocktail"))),
    ("a glass of fruit punch", one(ml("14264|14267", GLASS))),
    ("a bottle of arizona iced tea", one(p("14475", 1, "bottle 12 fl oz"))),
    ("a glass of guava nectar", one(p("09435", 1, "cup"))),
    ("a glass of passionfruit juice", one(ml("09232|09233", GLASS))),
    ("a cup of hot cocoa made with water", one(p("14194", 1, "serving"))),
]

MILKS: list[tuple[str, list[Event]]] = [
    ("200ml of soya milk", one(ml("16139|16120", 200))),
    ("a glass of chocolate soy milk", one(ml("16166|16168", GLASS))),
    ("250ml unsweetened almond milk", one(by_cup("14091", GLASS))),
    ("a glass of chocolate almond milk", one(p("14054", 1, "cup"))),
    ("a glass of rice milk", one(g("14639", 240))),
    ("a cup of plain kefir", one(g("01289", 243))),
    ("a glass of buttermilk", one(p("01088|01230", 1, "cup"))),
    ("a glass of goat milk", one(ml("01106", GLASS))),
    ("a coffee with a tbsp of half and half", [eat(p(COFFEE, 1, "cup"), p("01049", 1, "tbsp"))]),
    ("a coffee with 2 tbsp of cream", [eat(p(COFFEE, 1, "cup"), p("01050|01049", 2, "tbsp"))]),
    ("a glass of evaporated milk, half a cup", one(g("01096|01153", 126))),
    ("a cup of coconut milk", one(p("12118|12117", 1, "cup"))),
]

SPREADS: list[tuple[str, list[Event]]] = [
    (
        "a tbsp of almond butter on a rice cake",
        [eat(p("12195|12695", 1, "tbsp"), p("19414|19052|19053|19413", 1, "cake"))],
    ),
    ("a spoon of cashew butter", one(p("12088|12588", 1, "tbsp"))),
    ("a tbsp of sunflower seed butter", one(p("12040|12540", 1, "tbsp"))),
    ("a tbsp of tahini", one(p("12166|12171", 1, "tbsp"))),
    ("2 slices of toast with marmalade", [eat(p(TOAST, 2, "slice"), p("19303", 2, "tbsp"))]),
    ("a tbsp of nutella", one(g("19125", 18.5))),
    ("2 tbsp of ranch", one(p("04639", 2, "tablespoon"))),
    ("a tbsp of hoisin", one(p("06175", 1, "tbsp"))),
    ("2 tbsp of bbq sauce", one(p("06150|06307", 2, "tbsp"))),
    ("a tbsp of teriyaki sauce", one(p("06112", 1, "tbsp"))),
    ("2 tbsp of thousand island", one(p("04017", 2, "tbsp"))),
    ("2 tbsp of caesar dressing", one(p("43015", 2, "tbsp"))),
    ("half a cup of salsa with chips", [eat(g("06164", 130), g("19056|19057|19857", OZ))]),
    ("a tbsp of sweet relish", one(p("11945", 1, "tbsp"))),
    ("a quarter cup of pesto", one(g("06626|06627", 63))),
    ("2 tbsp of queso", one(p("27052", 2, "tbsp"))),
]

# label correction (meals10, 2026-12-02; tests/data/README.md): a food SR28 lacks is counted when
# the table builds it from the SR28 parts it is made of, or gives it an SR28 row of its own kind
# within 15 % of its kcal; congee, bubble and squeak, a chicken shawarma, gnocchi, jambalaya and
# spanakopita are so (as the first foods probes count a chicken shawarma): logged at the table's
# usual portion, no longer asked about.
ASK: list[tuple[str, list[Event]]] = [
    ("a bowl of congee", one(g("08100", 30))),  # cream of rice, 30 g dry: a bowl of rice porridge
    ("bubble and squeak with an egg",
     [eat(combo("11657", g("11657", 150), g("11109", 80), g("01001", 10)), p(E, 1, "large"))]),
    ("a chicken shawarma wrap",
     one(combo("05064", g("18041", 60), g("05064", 120), g("04025", 20), g("11251", 20),
               g("11529", 30)))),
    ("a piece of baklava", [unknown()]),
    ("lemon curd on a crumpet", [unknown(2)]),
    ("a bowl of gnocchi", one(g("20094", 200))),  # fresh pasta, cooked (131 vs ~150 kcal)
    ("jambalaya for dinner", one(g("36417", 300), label="dinner")),  # restaurant Spanish rice
    ("a slice of spanakopita",
     one(combo("18338", g("18338", 40), g("11458", 60), g("01019", 40), g("04053", 10)))),
    ("a calzone", [unknown()]),
]

BLOCK = {
    "fruit and vegetables": FRUIT_VEG,
    "cereals by brand": CEREALS,
    "chain foods": CHAINS,
    "bakery and desserts": BAKERY,
    "snacks and sweets": SNACKS,
    "staples": STAPLES,
    "takeaway dishes": TAKEAWAY,
    "drinks": DRINKS,
    "milks and dairy": MILKS,
    "spreads and condiments": SPREADS,
    "foods sr28 lacks": ASK,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-foods7-2026-12-01.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
