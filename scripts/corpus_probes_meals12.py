"""The "meals" probes block, round 12 (2026-12-02 evening, issue 15): the food and meal-item
classes block q (tests/data/heldout-2026-12-02q.jsonl) showed missed, written by the helper who
fixes them (meals12) BEFORE any fix, in other foods and phrasings than block q's messages,
references worked out by hand from USDA SR28 rows.

Classes:
- a kcal the runner states for a dish replaces the table's, in its phrasings ("must be",
  "reckon", "probably", after an emoji or before a hashtag), never added to it;
- toppings after "with" (onions on a hot dog or burger, butter on counted slices a pat a slice,
  maple syrup on pancakes or waffles two tablespoons over the lot) are toppings, not wholes;
- a feeling or excuse before the food ("no appetite today, just", "nervous before the race,
  could only eat", "felt sick, managed") is no food;
- hashtags and emoji are no food, and a count in brackets after the food ("pancakes (3 with
  maple syrup)") is the food's count;
- a remark after the food ("off the grill", "hot from the oven", "from the batch I made") is
  no food; "made X, had N slices" is N slices of X;
- a recipe or a bake's ingredient list, or a bake made for others, is chat;
- a barbecue burger "in a bun" (or at a barbecue) is USDA's 3 oz patty in a hamburger roll
  (block q's decision); a Bovril a cup of beef broth; a pie at the football a meat pie (175 g);
  a score after the food ("we lost 3-0") no food;
- AU/NZ: Anzac bikkies USDA's big oatmeal cookie; "vegemite toast" the table's dish of a slice
  with a pat of butter and a teaspoon (block e), "vegemite on toast" no butter (blocks l, n);
- counted hash browns are USDA's oval patty each (block q, the foods probes' "a hash brown");
  a chelsea bun the cinnamon roll the earlier blocks count (83 g).

Labels as in the earlier blocks (corpus_heldout11-17.py): a brew a mug of tea with 30 ml
semi-skimmed, bare "toast" 2 slices, "X on toast" 2 slices, a pot of yoghurt 150 g, a glass of
juice 250 ml, a UK can 330 ml, British sausages 40 g each, a protein shake 30 g of whey, a latte
60 ml espresso and 300 ml semi-skimmed, a flat white 60 ml espresso and 150 ml whole milk, a
long black 60 ml espresso, a brownie USDA's 56 g piece (the foods probes, block o).

First score, on main 86c78b1 before any change for this block: tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_fresh import BREW, CHEESE_SARNIE, TOAST2, bangers, rashers
from corpus_heldout import FLAT_WHITE
from corpus_heldout3 import CINNAMON_ROLL, LATTE
from corpus_heldout12 import YOG_POT
from corpus_labels import (
    BAGEL,
    BANANA,
    BREAD,
    BUTTER,
    CHOC_MILK,
    COLA,
    CRISPS,
    CROISSANT,
    ESPRESSO,
    FRIED_EGG,
    HASH_BROWN,
    HONEY,
    HOTDOG,
    KETCHUP,
    MAPLE,
    MARMITE,
    OJ,
    PANCAKES,
    PB,
    PORRIDGE,
    RICE_CAKE,
    ROLL,
    WAFFLE,
    WBREAD,
    WHEY,
    E,
    combo,
    eat,
    g,
    ml,
    p,
    run,
    stated,
    write_new,
)

OATMEAL_COOKIE = "18178"
BANANA_BREAD_ROWS = "18019"
LEMON_CAKE = "18141"
DIET_COLA = "14416|14146|14166"
FRIES = "21138|21238|11403|11360"
BROWNIE = "18154|18151"
MEAT_PIE = "22529"
MEAT_PIE_G = 175.0
BEEF_BROTH = "06008|06432|06475|06476|06188"
BURGER_PATTY = "23574|23573|23569|23568|23564|23563|13496|13497"
BURGER_IN_BUN = BURGER_PATTY + "|" + ROLL + "|21107|21108|21109|21112|21113|21202|21390"
PATTY_G = 85.0
HAMBURGER = "21112|21108|21107"
CORN_COB = "11168|11770"
APPLE_ROW = "09003"
POT_G = 150.0
GLASS_ML = 250.0
UK_CAN_ML = 330.0
LONG_BLACK = ml(ESPRESSO, 60)
VEGEMITE_TOAST = "18069|18070"


BACON_SARNIE = combo("10862|10860|10861|10998|43378|18069|18070|21162", p(BREAD, 2, "slice"),
                     rashers(2))


def burgers(count: int) -> object:
    return combo(BURGER_IN_BUN, g(BURGER_PATTY, count * PATTY_G), p(ROLL, count, "roll"))


def vegemite_toast(count: int) -> object:
    """The table's dish (block e): a slice, a pat of butter and a teaspoon of yeast extract."""
    return combo(
        VEGEMITE_TOAST + "|" + MARMITE,
        p(BREAD, count, "slice"), p(BUTTER, count, "pat"), p(MARMITE, count, "tsp"),
    )


STATED_KCAL = [
    ("a slice of my carrot cake, probably 350 kcal", [eat(stated(350))]),
    ("piece of the flapjack I baked, reckon 280 kcal", [eat(stated(280))]),
    ("tiffin square I made, about 240kcal", [eat(stated(240))]),
    ("leftover lasagne 🍝 big portion, 620 kcal #mealprep", [eat(stated(620))]),
    ("🍔 smash burger, 780 kcal #cheatday", [eat(stated(780))]),
    ("my scone with jam, has to be 320 kcal", [eat(stated(320))]),
    ("2 slices of my courgette loaf, must be 400 kcal total", [eat(stated(400))]),
    ("a wedge of quiche from the fridge, 390 kcal I think", [eat(stated(390))]),
    ("half a pepperoni pizza 🍕 ~700 kcal #saturdaynight", [eat(stated(700))]),
    ("post-parkrun doughnut 🍩 300 kcal #earnedit", [eat(stated(300))]),
    ("slab of my rocky road, must be 350 cals", [eat(stated(350))]),
    ("a big bowl of my chilli, guessing 600 kcal", [eat(stated(600))]),
]

TOPPINGS = [
    ("2 hot dogs with mustard and onions", [eat(p(HOTDOG, 2, "sandwich"))]),
    ("a hot dog with fried onions and ketchup",
     [eat(p(HOTDOG, 1, "sandwich"), p(KETCHUP, 1, "tbsp"))]),
    ("3 slices of toast with butter", [eat(p(BREAD, 3, "slice"), p(BUTTER, 3, "pat"))]),
    ("a stack of 3 buttermilk pancakes with maple syrup",
     [eat(p(PANCAKES, 3, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp"))]),
    ("2 slices of brown toast with butter after the 8k",
     [eat(p(WBREAD, 2, "slice"), p(BUTTER, 2, "pat"))]),
    ("a burger with onions at the match", [eat(p(HAMBURGER, 1, "sandwich"))]),
    ("4 pancakes with maple syrup before the long run",
     [eat(p(PANCAKES, 4, 'pancake (4" dia)'), p(MAPLE, 2, "tbsp"))]),
]

BAKES = [
    ("baked a banana loaf, ate 3 slices with butter",
     [eat(p(BANANA_BREAD_ROWS, 3, "slice"), p(BUTTER, 3, "pat"))]),
    ("made banana bread yesterday, had a slice after my run",
     [eat(p(BANANA_BREAD_ROWS, 1, "slice"))]),
    ("made a batch of oat cookies, ate 2", [eat(p(OATMEAL_COOKIE, 2, "cookie, big"))]),
    ("made brownies, had one with a coffee",
     [eat(g(BROWNIE, 56), p("14209", 1, "cup"))]),
    ("2 oatmeal cookies hot from the tray", [eat(p(OATMEAL_COOKIE, 2, "cookie, big"))]),
    ("a cinnamon roll fresh out of the oven", [eat(p(CINNAMON_ROLL, 1, "large"))]),
    ("a slice of banana bread from the batch I made on Sunday",
     [eat(p(BANANA_BREAD_ROWS, 1, "slice"))]),
    ("a brownie, my own recipe, after the 5k (24:40)",
     [run(5, 24 + 40 / 60), eat(g(BROWNIE, 56))]),
    ("4 oat cookies straight from the oven after the club run",
     [eat(p(OATMEAL_COOKIE, 4, "cookie, big"))]),
]

LEAD_INS = [
    ("no appetite today, only ate a banana and a yoghurt",
     [eat(p(BANANA, 1, "medium"), g(YOG_POT, POT_G))]),
    ("felt sick all morning, managed a slice of toast", [eat(p(BREAD, 1, "slice"))]),
    ("stomach in knots before the 10k, forced down a banana", [eat(p(BANANA, 1, "medium"))]),
    ("nervous before the marathon, could only eat a bagel", [eat(p(BAGEL, 1, "bagel"))]),
    ("too wired to eat after the race, just a protein shake", [eat(g(WHEY, 30))]),
    ("struggling to eat this week, had an apple and a cheese sandwich",
     [eat(p(APPLE_ROW, 1, "medium"), CHEESE_SARNIE)]),
    ("low mood today, ate nothing but 2 slices of toast", [eat(TOAST2)]),
    ("on edge before the start, nibbled a rice cake", [eat(p(RICE_CAKE, 1, "cake"))]),
    ("panicky before the gun, only got half a banana down", [eat(p(BANANA, 0.5, "medium"))]),
    ("couldn't stomach much after the ultra, just a bowl of porridge",
     [eat(p(PORRIDGE, 1, "cup"))]),
]

CAPTIONS = [
    ("refuelled with 2 eggs on toast 🍳 #postrun #protein", [eat(p(E, 2, "large"), TOAST2)]),
    ("porridge 🥣 with honey #fuelling", [eat(p(PORRIDGE, 1, "cup"), p(HONEY, 1, "tbsp"))]),
    ("bagel 🥯 and a flat white ☕ #coffeeoutside", [eat(p(BAGEL, 1, "bagel"), FLAT_WHITE)]),
    ("recovery choc milk 🥛 500ml #refuel", [eat(ml(CHOC_MILK, 500))]),
    ("waffles 🧇 (2 with maple syrup) #sundayfunday",
     [eat(p(WAFFLE, 2, "waffle"), p(MAPLE, 2, "tbsp"))]),
    ("2 slices of toast 🍞 with peanut butter #fuel", [eat(TOAST2, p(PB, 2, "tbsp"))]),
    ("powered by bananas 🍌 (2 before the start) #racemorning",
     [eat(p(BANANA, 2, "medium"))]),
    ("croissant 🥐 + OJ #hotelbreakfast",
     [eat(p(CROISSANT, 1, "croissant, medium"), ml(OJ, GLASS_ML))]),
]

BBQ = [
    ("3 burgers in rolls at the club barbecue", [eat(burgers(3))]),
    ("a burger in a bun and a can of coke at the bbq", [eat(burgers(1), ml(COLA, UK_CAN_ML))]),
    ("burger in a bun off the barbie", [eat(burgers(1))]),
    ("barbecue at Dave's: 2 burgers and a sausage", [eat(burgers(2), bangers(1))]),
    ("bbq: a burger, 2 sausages and a corn on the cob",
     [eat(burgers(1), bangers(2), p(CORN_COB, 1, "ear medium"))]),
    ("2 bangers straight off the grill", [eat(bangers(2))]),
    ("4 sausages hot off the barbecue", [eat(bangers(4))]),
]

MATCH_DAY = [
    ("a Bovril and a pie at the match", [eat(p(BEEF_BROTH, 1, "cup"), g(MEAT_PIE, MEAT_PIE_G))]),
    ("cup of Bovril at half time", [eat(p(BEEF_BROTH, 1, "cup"))]),
    ("2 Bovrils on the terrace, freezing", [eat(p(BEEF_BROTH, 2, "cup"))]),
    ("a pie at the football", [eat(g(MEAT_PIE, MEAT_PIE_G))]),
    ("half-time: a pie and a tea", [eat(g(MEAT_PIE, MEAT_PIE_G), BREW)]),
    ("3 hot dogs with fried onions at the game", [eat(p(HOTDOG, 3, "sandwich"))]),
    ("2 pies and a tea at the match, drew 1-1", [eat(g(MEAT_PIE, 2 * MEAT_PIE_G), BREW)]),
    ("a pie and a Bovril, we won 2-0!", [eat(g(MEAT_PIE, MEAT_PIE_G), p(BEEF_BROTH, 1, "cup"))]),
]

AUS_NZ = [
    ("Anzac bikkie and a long black", [eat(p(OATMEAL_COOKIE, 1, "cookie, big"), LONG_BLACK)]),
    ("3 anzac bikkies after the arvo ride", [eat(p(OATMEAL_COOKIE, 3, "cookie, big"))]),
    ("Vegemite on toast x3", [eat(p(BREAD, 3, "slice"), p(MARMITE, 3, "tsp"))]),
    ("2 vegemite toasts and a long black", [eat(vegemite_toast(2), LONG_BLACK)]),
    ("brekkie: vegemite toast x3", [eat(vegemite_toast(3), label="breakfast")]),
]

CAFES = [
    ("café stop: a chelsea bun and a latte", [eat(p(CINNAMON_ROLL, 1, "large"), LATTE)]),
    ("hotel breakfast: 3 hash browns, 2 fried eggs and a glass of orange juice",
     [eat(p(HASH_BROWN, 3, "patty"), p(FRIED_EGG, 2, "large"), ml(OJ, GLASS_ML),
          label="breakfast")]),
    ("buffet breakfast: 2 hash browns and 2 fried eggs",
     [eat(p(HASH_BROWN, 2, "patty"), p(FRIED_EGG, 2, "large"), label="breakfast")]),
    ("airport breakfast: a croissant, a yoghurt and an OJ",
     [eat(p(CROISSANT, 1, "croissant, medium"), g(YOG_POT, POT_G), ml(OJ, GLASS_ML),
          label="breakfast")]),
]

CHAT = [
    ("flapjack recipe: 200g oats, 100g butter, 3 tbsp golden syrup", []),
    ("the brownie recipe needs 4 eggs and 200g dark chocolate", []),
    ("banana loaf takes 2 ripe bananas, 2 eggs and 200g self-raising flour", []),
    ("my cookie recipe uses 150g oats and 100g sugar", []),
    ("for the pancake batter: 2 eggs, 300ml milk, 100g flour", []),
    ("ingredients for the carrot cake: 3 carrots, 4 eggs, 250g sugar", []),
    ("made 12 oat cookies for the club run tomorrow", []),
    ("baking a lemon drizzle tonight for the club", []),
    ("how many kcal in a slice of banana bread?", []),
    ("going to a barbecue later, any tips?", []),
    ("my son had 2 hot dogs at the match", []),
    ("we lost 2-1 again, gutted", []),
    ("#tbt to last year's marathon 🏃", []),
    ("no appetite at all today", []),
]

# Written after landing 1, before round 2's fixes: the round's classes again in other words
# (the round's generalisation), and a session's time of day after the food.
SECOND = [
    ("a stack of 4 pancakes with honey",
     [eat(p(PANCAKES, 4, 'pancake (4" dia)'), p(HONEY, 1, "tbsp"))]),
    ("cookout at Mike's: a burger and 2 hot dogs", [eat(burgers(1), p(HOTDOG, 2, "sandwich"))]),
    ("a burger off the grill and a can of coke", [eat(burgers(1), ml(COLA, UK_CAN_ML))]),
    ("a banana and a coffee after the evening ride",
     [eat(p(BANANA, 1, "medium"), p("14209", 1, "cup"))]),
    ("gutted about my time, just had a packet of crisps", [eat(g(CRISPS, 25))]),
    ("no appetite after the long run, got a banana down", [eat(p(BANANA, 1, "medium"))]),
    ("bit queasy, just a slice of toast with honey",
     [eat(p(BREAD, 1, "slice"), p(HONEY, 1, "tbsp"))]),
    ("a square of my millionaire's shortbread, easily 280 kcal", [eat(stated(280))]),
    ("a portion of my mac and cheese, at least 550 kcal", [eat(stated(550))]),
    ("smoothie bowl 🍓🍌 (420 kcal) #plantbased", [eat(stated(420))]),
    ("a slice of the lemon drizzle I baked", [eat(g(LEMON_CAKE, 64))]),
    ("baked oat cookies with the kids, ate 3", [eat(p(OATMEAL_COOKIE, 3, "cookie, big"))]),
    ("made a tray of brownies, had 2", [eat(g(BROWNIE, 112))]),
    ("a hot dog with onions and mustard at the fair", [eat(p(HOTDOG, 1, "sandwich"))]),
    ("4 hash browns and a coffee", [eat(p(HASH_BROWN, 4, "patty"), p("14209", 1, "cup"))]),
    ("Bovril at kick-off", [eat(p(BEEF_BROTH, 1, "cup"))]),
    ("a pie at half-time, lost 2-0", [eat(g(MEAT_PIE, MEAT_PIE_G))]),
    ("my flapjack recipe: 250g oats, 125g butter, 125g sugar", []),
    ("the cookie dough needs 2 eggs and 300g flour", []),
    ("pancake mix takes 1 egg and 150ml milk", []),
    ("baked 24 cupcakes for the school fair", []),
]

# Written after landing 2's fixes, before round 3's: block q's other food-item misses in new
# words (a packet label's kcal per 100 g, a meal deal headed by where it was bought, where the
# food was had after it, a Scots roll and egg).
THIRD = [
    ("had 150g of the pasta salad, 180 kcal per 100g", [eat(stated(270))]),
    ("half a 300g tub of hummus, label says 250kcal/100g", [eat(stated(375))]),
    ("a third of the 450g pizza, 230 kcal per 100g", [eat(stated(345))]),
    ("40g bag of jerky at 280 kcal per 100g", [eat(stated(112))]),
    ("ate a quarter of the 800g lasagne, 140kcal per 100g", [eat(stated(280))]),
    ("services meal deal on the M6: tuna sandwich (380kcal), a packet of crisps, still water",
     [eat(stated(380), g(CRISPS, 25))]),
    ("station meal deal: egg mayo sandwich 320kcal, crisps and a diet coke",
     [eat(stated(320), g(CRISPS, 25), ml(DIET_COLA, UK_CAN_ML))]),
    ("10k 48:10 then a bacon sandwich back at the house",
     [run(10, 48 + 10 / 60), eat(BACON_SARNIE)]),
    ("parkrun 25:30 then porridge back home", [run(5, 25.5), eat(p(PORRIDGE, 1, "cup"))]),
    ("2 slices of toast on the sofa", [eat(TOAST2)]),
    ("cheese sandwich in the car after the race", [eat(CHEESE_SARNIE)]),
    ("a morning roll and egg", [eat(p(ROLL, 1, "roll"), p(FRIED_EGG, 1, "large"))]),
    ("ate half the 500g bag of pretzels, 380kcal per 100g", [eat(stated(950))]),
    ("two thirds of a 300g pack of noodles, 140 kcal/100g", [eat(stated(280))]),
    ("hill reps 8k 45:00 on a 50g bag of jelly sweets, 330 kcal per 100g",
     [run(8, 45), eat(stated(165))]),
]

# Written after round 3, before landing 2 came back: the round's classes a third time, in
# other words again.
FOURTH = [
    ("powered by porridge this morning #fuelledbyoats", [eat(p(PORRIDGE, 1, "cup"))]),
    ("carb loaded on 3 bagels #marathonweek", [eat(p(BAGEL, 3, "bagel"))]),
    ("wasn't feeling it today, only ate a banana and some toast",
     [eat(p(BANANA, 1, "medium"), TOAST2)]),
    ("hungover, managed 2 slices of toast", [eat(TOAST2)]),
    ("a chunk of my carrot cake, surely 400 kcal", [eat(stated(400))]),
    ("tray bake square I made, easily 300 cals", [eat(stated(300))]),
    ("a veggie burger off the barbie", [eat(g("16147", 70))]),
    ("hot dog with caramelised onions", [eat(p(HOTDOG, 1, "sandwich"))]),
    ("2 cheeseburgers with onions", [eat(p("21090|21233|21089|21091|21096", 2, "item"))]),
    ("Bovril and a steak pie at the rugby",
     [eat(p(BEEF_BROTH, 1, "cup"), p(MEAT_PIE, 1, "pie"))]),
    ("a pie and a pint at the game", [eat(g(MEAT_PIE, MEAT_PIE_G), ml("14003", 568))]),
    ("2 hash browns and a coffee at the services",
     [eat(p(HASH_BROWN, 2, "patty"), p("14209", 1, "cup"))]),
    ("a 45g bar of chocolate, 530 kcal per 100g", [eat(stated(238.5))]),
    ("bbq leftovers: 2 sausages and a burger", [eat(bangers(2), burgers(1))]),
    ("couldn't finish it, had half a bagel", [eat(p(BAGEL, 0.5, "bagel"))]),
    # chips bought at the seaside are a chip shop's (250 g; block q's "on the front"),
    # written before their fix
    ("a bag of chips on the pier", [eat(g(FRIES, 250))]),
    ("parkrun 26:40 then chips on the prom", [run(5, 26 + 40 / 60), eat(g(FRIES, 250))]),
    ("a cone of chips at the seaside", [eat(g(FRIES, 250))]),
    ("lemon drizzle recipe uses 4 eggs and 225g caster sugar", []),
    ("baking banana bread for the club tomorrow", []),
]

# Written after landing 2 was sent, before any fix for them: captions, moods, bakes and match
# days in yet other shapes.
FIFTH = [
    ("Pre-race brekkie 🥯☕️ bagel + peanut butter + coffee #raceday",
     [eat(p(BAGEL, 1, "bagel"), p(PB, 2, "tbsp"), p("14209", 1, "cup"), label="breakfast")]),
    ("Fuel for today's long run: 2 slices of toast with honey 🍯 #longrunsunday",
     [eat(TOAST2, p(HONEY, 1, "tbsp"))]),
    ("😋 chocolate milk (500ml) after the 18 miler #recovery", [eat(ml(CHOC_MILK, 500))]),
    ("Treated myself to a cinnamon bun 🤤 #cafestop", [eat(p(CINNAMON_ROLL, 1, "large"))]),
    ("Tough day mentally. Ate a bowl of porridge for dinner.",
     [eat(p(PORRIDGE, 1, "cup"), label="dinner")]),
    ("didn't eat much today because of nerves, just a banana and a rice cake",
     [eat(p(BANANA, 1, "medium"), p(RICE_CAKE, 1, "cake"))]),
    ("feeling low so had a takeaway pizza, 1100 kcal", [eat(stated(1100))]),
    ("made pancakes for the kids, ate 3 myself", [eat(p(PANCAKES, 3, 'pancake (4" dia)'))]),
    ("baked a carrot cake, had a slice, must be 350 kcal", [eat(stated(350))]),
    ("made oat cookies, had a couple", [eat(p(OATMEAL_COOKIE, 2, "cookie, big"))]),
    ("hot dog and onions at the ballpark", [eat(p(HOTDOG, 1, "sandwich"))]),
    ("half-time pie and Bovril", [eat(g(MEAT_PIE, MEAT_PIE_G), p(BEEF_BROTH, 1, "cup"))]),
    ("airport: a croissant and a flat white",
     [eat(p(CROISSANT, 1, "croissant, medium"), FLAT_WHITE)]),
    ("made a double batch of flapjacks for the club", []),
]

# Written after a look at the phrasings a hedged kcal takes, before their fix.
SIXTH = [
    ("a flapjack from my tin (250 kcal?)", [eat(stated(250))]),
    ("a wedge of my quiche, that's 400 kcal", [eat(stated(400))]),
    ("a slab of the fruit cake, must've been 450 kcal", [eat(stated(450))]),
    ("2 scoops of my ice cream, could be 300 kcal", [eat(stated(300))]),
    ("a slice of my tiffin, no more than 250 kcal", [eat(stated(250))]),
    ("a big slice of my ginger loaf, would say 350 kcal", [eat(stated(350))]),
    ("a bowl of my stew, I reckon that's 500 kcal", [eat(stated(500))]),
]

BLOCK = {
    "a stated kcal replaces the table": STATED_KCAL,
    "toppings": TOPPINGS,
    "home bakes and remarks": BAKES,
    "a feeling before the food": LEAD_INS,
    "captions, emoji and hashtags": CAPTIONS,
    "barbecues": BBQ,
    "match day": MATCH_DAY,
    "au and nz": AUS_NZ,
    "cafes and hotel breakfasts": CAFES,
    "chat": CHAT,
    "the round's classes in other words": SECOND,
    "block q's other food items in new words": THIRD,
    "the round's classes a third time": FOURTH,
    "captions, moods, bakes and match days again": FIFTH,
    "a hedged kcal's phrasings": SIXTH,
}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes-meals12-2026-12-02.jsonl"

if __name__ == "__main__":
    raise SystemExit(write_new(OUT, BLOCK, __doc__ or ""))
