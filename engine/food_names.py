"""Food words: how a phrase is normalized and stemmed, which words are never foods, and the
British, American and brand words that name the same SR28 rows.

Shared by the everyday layer (`engine.food`) and the search over all SR28 descriptions
(`engine.food_search`), so both read a phrase the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final


def _word_set(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a long literal as a set."""
    return frozenset(text.split())


#: Cooking and marketing words a name can lose and still mean the same food ("steamed broccoli").
NEUTRAL_WORDS: Final = _word_set(
    """fresh homemade organic plain natural grilled roast roasted baked steamed boiled cooked
    pan fried sliced chopped diced grated raw some little bit of small medium large big bowl portion
    serving cold hot warm mild spicy flat leftover leftovers my usual salted unsalted lightly
    strong dry
    thanksgiving christmas xmas festive easter holiday"""
)

#: Words that say a food was weighed before cooking ("80g dry spaghetti", "salmon 140g raw"):
#: SR28 describes those rows with the same words ("Pasta, dry, enriched").
STATE_WORDS: Final = frozenset({"raw", "dry", "uncooked"})

#: Common words within a typo or two of a food name; a fuzzy match on them would be garbage.
NOT_FOOD: Final = _word_set(
    """about after again also and bath bear been before bike breakfast calories car card care
    cars cart carbs coach cross dinner done easy evening fat fine food full goal goals good great
    gym had happy hard has have hello help here hey hi hungry interval intervals jog just kcal
    later lean less long lunch meal mean mild mile miles mine more morning nice night no ok okay
    pace peer place plan please protein race ran rest rich ride ripe run runs sleep slept snack some
    stretch swim tempo than thank thanks that them then there this time times tired today total
    undo walk walked week weight what when where wind with yes yesterday
    weather whether feather leather sweater better rather heart hearts"""
)

#: Words of training, time, distance and chat: a phrase holding one is not a food, whatever
#: an SR28 description says ("core" is not a food even if a row mentions a cored apple).
ACTIVITY_WORDS: Final = _word_set(
    """run runs ran running jog jogged jogging swim swam swimming bike biked biking ride rode
    riding cycle cycled cycling spin walk walked walking hike hiked hiking rowed rowing core
    abs plank planks squat squats lunges pushups situps yoga pilates stretch stretching gym
    lifting workout session sesh drills strides repeats reps interval intervals tempo fartlek
    threshold recovery easy race raced racing parkrun treadmill km kms k mi mile miles metre
    metres meter meters m min mins minute minutes sec secs seconds hr hrs hour hours h bpm
    kcal cal cals calories steps elevation climbed ascent descent kg lbs lb st weighed weigh
    weight bodyweight slept sleep nap rest restday day week today yesterday tonight evening
    afternoon felt feel feeling tired sore bad ok
    garmin strava coros suunto wahoo zwift peloton fitbit whoop"""
)
#: (Words a food can also hold are left out: "half", "long grain", "chicken legs", "trail
#: mix", "Great Northern beans", "PACE" salsa, "stone ground".)

#: Words that only name a class of rows ("Beverages, ...", "Snacks, ..."): a phrase of these
#: alone names no particular food.
CLASS_WORDS: Final = _word_set(
    """beverage beverages snack snacks candies candy cereal cereals food foods fast restaurant
    babyfood infant formula commodity usda spices spice product products meal meals entree
    entrees dish dishes side alcoholic drink drinks ready eat"""
)

#: What a food comes in, when the message parser leaves it in the name ("packets crisps",
#: "rounds toast", "bar dairy milk"): the rest names the food, the word its portion.
CONTAINER_WORDS: Final = _word_set(
    """bag bags packet packets pack packs bar bars box boxes tub tubs punnet punnets round
    rounds strip strips slab slabs square squares carton cartons block blocks ball balls
    stack stacks ear ears tube tubes order orders fillet fillets"""
)

#: Words that put a food somewhere ("tacos from taco bell", "pretzels at the aid station"):
#: the food is named before them, the place (a chain the table may know) after.
PLACE_WORDS: Final = _word_set("from at")

#: Words that name a sandwich of whatever fills it ("tuna and cucumber sandwich", "cheese and
#: pickle sarnie", "sandwich with ham and cheese"): the everyday bread and its grams.
SANDWICH_WORDS: Final[Mapping[str, tuple[str, float]]] = MappingProxyType(
    {
        **dict.fromkeys(
            ("sandwich", "sandwiches", "sandwhich", "sarnie", "sarnies", "sarny", "butty",
             "butties", "buttie", "toastie", "toasties", "sandwch", "sandwhiches",
             # Australian, NZ, Irish, Scottish, South African and American names for it
             "sanga", "sangas", "sanger", "sangers", "sango", "sangos", "sambo", "sambos",
             "sanny", "sannies", "sarmie", "sarmies", "sammie", "sammies", "sammy",
             "sammich", "samwich"),
            ("bread", 58.0),
        ),
        **dict.fromkeys(("bap", "baps", "roll", "rolls", "barm", "cob"), ("burger bun", 44.0)),
        **dict.fromkeys(("bagel", "bagels"), ("bagel", 99.0)),
        **dict.fromkeys(("wrap", "wraps"), ("tortilla", 64.0)),  # a 9-10 inch wrap
    }
)  # fmt: skip

#: Breads a sandwich is "on" ("ham and swiss on rye", "PB&J on wheat"): two slices. Not toast:
#: in "2 eggs on toast" the count is the eggs', so the parser keeps the two apart.
ON_BREAD: Final[Mapping[str, tuple[str, float]]] = MappingProxyType(
    {
        "white": ("bread", 58.0), "rye": ("rye bread", 64.0),
        "brown": ("wholemeal bread", 64.0), "wholemeal": ("wholemeal bread", 64.0),
        "wheat": ("wholemeal bread", 64.0), "granary": ("multigrain bread", 52.0),
        "sourdough": ("sourdough", 138.0), "bagel": ("bagel", 99.0),
    }
)  # fmt: skip

#: Words that carry no meaning in a description search ("chicken with rice" = "chicken rice").
STOP_WORDS: Final = _word_set(
    """a an the and or of with without in on to for from some my any all w includes include
    including made type style ns nfs as not added also plus"""
)

#: Phrases rewritten before a description search: UK, US and brand names of SR28 foods.
PHRASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "jacket potato": "baked potato",
        "double cream": "heavy cream",
        "single cream": "light cream",
        "icing sugar": "powdered sugar",
        "caster sugar": "granulated sugar",
        "plain flour": "all purpose flour",
        "self raising flour": "self rising flour",
        "broad beans": "fava beans",
        "runner beans": "snap beans",
        "butter beans": "lima beans",
        "pop tart": "toaster pastries",
        "pop tarts": "toaster pastries",
        "poptart": "toaster pastries",
        "poptarts": "toaster pastries",
        "ready meal": "frozen entree",
        "ready meals": "frozen entree",
        "microwave meal": "frozen entree",
        "tv dinner": "frozen entree",
        "fizzy drink": "carbonated",
        "soft drink": "carbonated",
        "ice lolly": "frozen novelties ice pop",
        "candy floss": "cotton candy",
        "sweetcorn": "sweet corn",
        "hungry jacks": "burger king",  # Burger King's name in Australia
        "hungry jack": "burger king",
    }
)

#: Words rewritten before a description search, one word for another.
WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "courgette": "zucchini",
        "courgettes": "zucchini",
        "aubergine": "eggplant",
        "aubergines": "eggplant",
        "prawn": "shrimp",
        "prawns": "shrimp",
        "rocket": "arugula",
        "swede": "rutabagas",
        "swedes": "rutabagas",
        "beetroot": "beets",
        "mangetout": "edible podded peas",
        "mince": "ground",
        "minced": "ground",
        "yoghurt": "yogurt",
        "yoghurts": "yogurt",
        "porridge": "oatmeal",
        "biscuit": "cookies",
        "biscuits": "cookies",
        "sweets": "candies",
        "wholemeal": "whole wheat",
        "wholewheat": "whole wheat",
        "chilli": "chili",
        "donut": "doughnuts",
        "donuts": "doughnuts",
        "ketchup": "catsup",
        "treacle": "molasses",
        "gammon": "ham",
        "pitta": "pita",
        "sultanas": "raisins",
        "sultana": "raisins",
        "tinned": "canned",
        "tin": "canned",
        "marrow": "summer squash",
        "garbanzo": "chickpeas",
        "lasagne": "lasagna",
        "crisps": "potato chips",
        "cornflour": "cornstarch",
        "mcdonald": "mcdonalds",
        "maccies": "mcdonalds",
        "maccas": "mcdonalds",
        "mickey": "mcdonalds",
        "coke": "cola",
        "pepsi": "cola",
        "bbq": "barbecue",
        "choc": "chocolate",
        "fries": "french fries",
        "grilled": "broiled",
        # UK chains and shops SR28 does not know: the food they sell is the generic row.
        "nandos": "",
        "greggs": "",
        "pret": "",
        "costa": "",
        "tesco": "",
        "sainsburys": "",
        "waitrose": "",
        "asda": "",
        "aldi": "",
        "lidl": "",
        "itsu": "",
        "wetherspoons": "",
        "spoons": "",
        "starbucks": "",
        "nero": "",
        "krispy": "",
        "kreme": "",
        "dunkin": "",
        "tims": "",
        "timmies": "",
        "timmys": "",
        "tim": "",
        "hortons": "",
        "lychee": "litchis",
        "lychees": "litchis",
    }
)

_NON_WORD: Final = re.compile(r"[^a-z0-9%]+")
_LEADING_ARTICLE: Final = re.compile(r"^(?:a|an|the|some)\s+")
#: A phrase normalize_name leaves as it is: words of a-z, 0-9 and %, one space apart, and no
#: leading article.
_NORMALIZED: Final = re.compile(r"(?!(?:a|an|the|some) )[a-z0-9%]+(?: [a-z0-9%]+)*")


def normalize_name(name: str) -> str:
    """Lower-case a food phrase and drop punctuation ("McDonald's" -> "mcdonalds")."""
    if _NORMALIZED.fullmatch(name):
        return name  # most phrases asked are cleaned names already: nothing to change
    text = name.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)


@lru_cache(maxsize=1 << 16)
def stem_word(word: str) -> str:
    """Map singular and plural to one stem: "berries"/"berry" -> "berri", "cheeses" -> "chees".

    Cached: the table stems ~20,000 words of its own names at load, most of them repeats.
    """
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("s"):
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    return word


def stem_phrase(normalized: str) -> str:
    """Stem every word of a normalized phrase."""
    return " ".join(map(stem_word, normalized.split()))


def translate(normalized: str) -> str:
    """Rewrite UK, US and brand words to the words SR28 descriptions use."""
    for phrase, replacement in PHRASES.items():
        if phrase in normalized:
            normalized = re.sub(rf"\b{phrase}\b", replacement, normalized)
    return " ".join(filter(None, (WORDS.get(word, word) for word in normalized.split())))


def drop_shop_names(normalized: str) -> str:
    """Drop the names of shops and chains SR28 does not know ("nandos chicken" -> "chicken")."""
    return " ".join(w for w in normalized.split() if WORDS.get(w) != "")


#: Words a runner puts before a food that say where it came from, whose it was, how big or how
#: good it felt, or which maker made it, and never change which food it is ("servo", "canteen",
#: "vending machine", "the kids' leftover", "massive", "cheeky", "heinz", "trader joes"). A name
#: the table does not know is tried again without them (`FoodTable._match_modified`); a word
#: that could name a food or a kind of it ("black", "iced", "protein") is not one of these,
#: nor one a chat line starts with ("fancy a curry tonight?", "treat myself", "another"),
#: nor a size the parser reads as one ("big", "large", "small": "big fries" is large fries).
FOOD_MODIFIERS: Final = _word_set(
    """servo canteen cafeteria deli vending machine petrol gas station garage servo's
    supermarket shop shopbought storebought store bought takeaway takeout packed office work
    hospital school uni college airport train plane motorway service services
    kids kid kiddos kids childrens childs toddler toddlers babys sons daughters mums moms
    mommys mummys dads nans nanas grans grannys wifes husbands partners gfs bfs flatmates
    roommates housemates mates colleagues bosss
    homemade home made leftover leftovers reheated microwaved microwave
    huge massive giant enormous monster hefty generous mega tiny wee sneaky cheeky
    quick lazy proper decent obligatory emergency celebratory lovely nice yummy tasty
    delicious amazing awesome epic classic traditional authentic posh cheap random usual
    standard same whole entire
    heinz kraft kelloggs nestle cadbury cadburys mcvities quaker warburtons hovis kingsmill
    organic glutenfree gf freerange grassfed cornfed wildcaught linecaught outdoorbred fullfat
    lactosefree
    birds eye mccain uncle bens kirkland costco walmart target kroger safeway publix wegmans
    heb trader joes wholefoods morrisons coop dunnes supervalu woolies woolworths coles
    loblaws sobeys superstore"""
)
#: Flavours in front of a food ("vanilla chobani", "white choc muffin", "strawberry oikos"):
#: the flavoured food when the table or SR28 names it, else the food itself (its energy
#: hardly changes with the flavour).
FLAVOURS: Final = _word_set(
    """vanilla strawberry raspberry blueberry cherry peach mango banana apple chocolate caramel
    toffee honey maple cinnamon lemon lime orange coconut mint peppermint mocha hazelnut
    pistachio gingerbread berry tropical unsweetened sweetened flavoured flavored"""
)
#: The flavours that are fruit: a food with a "fruit" variety is that one ("fruit yogurt").
FRUIT_FLAVOURS: Final = _word_set(
    """strawberry raspberry blueberry cherry peach mango banana apple lemon lime orange berry
    tropical apricot rhubarb passion forest summer red"""
)
#: Two-word flavours whose words alone name other things ("white" pudding is no flavour).
FLAVOUR_PAIRS: Final = frozenset(
    {
        "white chocolate", "dark chocolate", "milk chocolate", "chocolate chip",
        "chocolate chunk", "salted caramel", "key lime", "passion fruit", "mixed berry",
        "forest fruits", "peanut butter", "cookies and cream", "pumpkin spice",
        "double chocolate", "triple chocolate", "birthday cake", "red berry", "summer fruits",
    }
)
#: Short and regional spellings of the words everyday names use ("choc" chip muffin, greek
#: "yog", "yoghurt"): a name the table misses is tried again respelt.
EVERYDAY_SPELLINGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "choc": "chocolate", "chocc": "chocolate", "chocolatey": "chocolate",
        "yog": "yogurt", "yoghurt": "yogurt", "yoghurts": "yogurt", "yogurts": "yogurt",
        "yoghourt": "yogurt", "donut": "doughnut", "donuts": "doughnuts",
        "sammie": "sandwich", "sammy": "sandwich", "sarnie": "sandwich",
        "pots": "potatoes", "tatties": "potatoes", "taters": "potatoes",
        "brekkie": "breakfast", "veg": "vegetables", "veggies": "vegetables",
        "wheat": "wholemeal", "brown": "wholemeal", "wholewheat": "wholemeal",
        "bicky": "biscuit", "bickies": "biscuits", "biccy": "biscuit", "biccies": "biscuits",
        "spag": "spaghetti", "bol": "bolognese", "sausages": "sausages", "snags": "sausages",
        "snag": "sausage", "bangers": "sausages", "banger": "sausage",
        "creme": "cream",
    }
)
#: Names of a kind of food a runner may write after a food of that kind ("a kitkat chocolate
#: bar", "pringles crisps", "a gu energy gel", "haribo sweets", "a babybel cheese"): the food
#: alone, when the kind names a food of its own SR28 food group (a banana cake is no banana).
KIND_NAMES: Final = frozenset(
    {
        "chocolate bar", "chocolate bars", "choc bar", "biscuit", "biscuits", "cookie",
        "cookies", "crisps", "chips", "cereal", "sweets", "candy", "candies", "gel", "gels",
        "energy gel", "energy gels", "chews", "energy chews", "sports drink", "energy drink",
        "yoghurt", "yogurt", "protein bar", "protein bars", "cheese", "crackers",
    }
)
#: Adjectives that add a food to the one they qualify ("cheesy beans", "cheesy chips"): the
#: everyday food added and its grams (grated cheese on a plate: 30 g, as the labels weigh it).
ADDING_WORDS: Final[Mapping[str, tuple[str, float]]] = MappingProxyType(
    {"cheesy": ("cheddar", 30.0), "cheese": ("cheddar", 30.0)}
)

#: Words that begin what a runner says after a food about where, when or why it was had ("a
#: kitkat in the office", "a pint of best in the pub garden", "whey stirred in", "a coke to
#: celebrate"): the food is named before them when what follows names no food.
CONTEXT_WORDS: Final = _word_set(
    """in at after before during on for to from while when mixed stirred whilst because"""
)
#: What a food is cooked or served in, which no context rule may cut off ("chicken in black
#: bean sauce", "fish in batter", "peaches in syrup"): a word of these after "in" is food.
FOOD_MEDIA: Final = _word_set(
    """sauce sauces gravy dressing syrup broth stock batter breadcrumbs crumb crumbs marinade
    glaze juice oil custard cream milk water soup curry salsa pesto mayo mayonnaise brine
    butter chocolate honey cheese tomato garlic"""
)
#: Words that multiply the usual portion of the food after them ("double chicken" at a
#: burrito bar, "double egg and chips"): only in front of a food the table knows by name.
PORTION_MULTIPLIERS: Final[Mapping[str, float]] = MappingProxyType(
    {"double": 2.0, "triple": 3.0, "dbl": 2.0}
)
#: Foods runners name that SR28 has no row for and that sit a typo away from one ("mochi" is
#: no "mocha"), or whose nearest row is more than 15 % off the published kcal of one (a
#: Warburtons crumpet 97 kcal, the English muffin row 125; a Greggs steak bake 405, pastry and
#: sirloin 550; a high-street scone 408 on average, the US biscuit 237), or that no row comes
#: near (potato smiley faces; a pakora, which the samosa stood for at four times its weight; a
#: toad in the hole, 820 kcal of sausage and batter against ~570 for a published serving; Dutch
#: and German snack-bar fare, frikandel, kroket, bitterballen, currywurst; a Creme Egg, a
#: macaroni pie, Kendal mint cake, bannock; an Easter egg, whose weight no one knows but the
#: runner, had been a hen's egg; tart cherry juice, which had been orange juice; a pavlova,
#: an Eton mess, a spotted dick, a panna cotta, stollen, taramasalata, a jambon, a
#: Lunchable; a Cinnabon roll, which had been Kellogg's Cinnabon pancakes; a poutine, whose
#: fries, curds and gravy vary by the truck, which blocks l and p ask; a nut roast, which had
#: been 28 g of mixed nuts, mascarpone, which had been a macaron, molletes, which had been
#: millet, aubergine parmigiana, chutney, hollandaise, prosciutto, a vanilla slice, which had
#: been a soft-serve cone, and the puddings, bakes, sauces and dishes of foods9's lists SR28
#: has no row near): never matched to a
#: look-alike, so the runner is asked for their energy. A meal clause naming one alone is a
#: meal with that item to ask about.
NO_SR28_ROW: Final = frozenset(
    {
        "crumpet", "crumpets", "scone", "scones", "plain scone", "plain scones", "fruit scone",
        "fruit scones", "cheese scone", "cheese scones", "steak bake", "steak bakes",
        "greggs steak bake", "smiley faces", "smiley face", "smileys", "potato smileys",
        "potato smiles", "potato faces", "cream tea",
        "mochi", "daifuku", "kaya", "kaya toast", "bunny chow", "white pudding", "up and go",
        "upandgo", "up n go", "lucozade energy", "melon pan", "melonpan", "tonkatsu",
        "bubble tea", "boba", "boba tea", "pearl milk tea", "gulab jamun", "calorie mate",
        "fat bomb", "fat bombs", "haggis", "mre", "jalebi", "ladoo", "laddu", "dhokla", "poha",
        "injera", "enjera", "jamaican patty", "jamaican patties", "jamaican beef patty",
        "jamaican beef patties", "caribbean patty", "caribbean patties",
        "toad in the hole", "toad in hole", "toad in the holes", "pakora", "pakoras",
        "vegetable pakora", "vegetable pakoras", "onion pakora", "onion pakoras",
        "chicken pakora", "chicken pakoras",
        "frikandel", "frikandellen", "frikandellen speciaal", "frikandel speciaal", "kroket",
        "kroketten", "bitterbal", "bitterballen", "currywurst", "currywursts",
        "creme egg", "creme eggs", "cadbury creme egg", "macaroni pie", "macaroni pies",
        "mac pie", "kendal mint cake", "mint cake", "bannock", "bannocks", "oliebol",
        "oliebollen", "poffertjes", "tourtiere", "tourtière", "nanaimo bar", "nanaimo bars",
        "beaver tail", "beavertail", "beavertails", "beaver tails", "clootie dumpling",
        "easter egg", "easter eggs", "chocolate easter egg", "stovies", "calzone", "calzones",
        "baklava", "baklavas", "lemon curd", "potato farl", "potato farls", "tattie scone",
        "tattie scones", "potato scone", "potato scones", "boxty",
        "tart cherry juice", "cherry juice", "montmorency cherry juice", "cherry active",
        "cherryactive", "pavlova", "pavlovas", "eton mess", "spotted dick", "panna cotta",
        "pannacotta", "stollen", "taramasalata", "jambon", "jambons", "lunchable", "lunchables",
        "cinnabon", "cinnabons", "cinnabon roll", "cinnabon classic roll", "cinnabon classic",
        "poutine", "poutines", "poutine fries",
        "nut roast", "nut roasts", "aubergine parmigiana", "aubergine parmigiana bake",
        "aubergine parmesan", "eggplant parmesan", "eggplant parm", "eggplant parmigiana",
        "melanzane", "melanzane alla parmigiana", "kedgeree", "mascarpone", "chutney",
        "chutneys", "mango chutney", "onion chutney", "tomato chutney", "caramelised onion chutney",
        "onion marmalade", "hollandaise", "hollandaise sauce", "treacle sponge", "treacle pudding",
        "syrup sponge", "jam roly poly", "jam roly-poly", "summer pudding", "molletes", "mollete",
        "manchego", "peppercorn sauce", "panettone", "bread sauce", "bread and butter pudding",
        "creme brulee", "crème brûlée", "cream horn", "cream horns", "curry sauce",
        "chip shop curry sauce", "prosciutto", "parma ham", "serrano ham", "jamon serrano",
        "jamón serrano", "jamon", "jamón", "kangaroo", "whitebait", "john dory", "mulligatawny",
        "oxtail stew", "ropa vieja", "sinigang", "upma", "hagelslag", "ontbijtkoek",
        "potted shrimp", "energy balls", "energy ball", "bounce ball", "bounce balls",
        "bliss balls", "bliss ball", "vanilla slice", "vanilla slices", "custard slice",
        "custard slices", "steak slice", "steak slices", "nasi lemak", "tapsilog", "pandesal",
        "pan de sal", "pão de queijo", "pao de queijo", "cheese bread balls", "migas",
        "khachapuri", "smørrebrød", "smorrebrod", "buttery", "butteries", "chocolate fondant",
        "lava cake", "molten chocolate cake", "cranachan", "lemon tart", "jam tart", "jam tarts",
        "treacle tart", "rock cake", "rock cakes", "eccles cake", "eccles cakes",
        "singing hinny", "financier", "cannoli", "madeleine", "madeleines", "louise slice",
        "hedgehog slice", "neenish tart", "pizza crunch", "deep fried mars bar", "mixed grill",
        "mezze platter", "loukoumades", "zhoug", "huevos rotos", "tiropita", "tyropita",
        "gu pot", "gu pots", "gu pud", "gu puds", "gu chocolate pot", "takoyaki", "tom kha gai",
        "tom kha", "bun cha", "nasi campur", "roti jala", "rasam", "tres leches",
        "tres leches cake", "mofongo", "chin chin", "moi moi", "moin moin", "nyama choma",
        "bobotie", "chakalaka", "shiro", "bastilla", "pastilla", "mansaf", "maqluba", "kibbeh",
        "manakish", "manakeesh", "muhammara", "labneh", "knafeh", "kunafa", "kunafeh",
        "basbousa",
    }
)
#: Foods of NO_SR28_ROW whose weight only the runner knows, a USDA food once weighed: "40g of
#: my Easter egg" is 40 g of milk chocolate (block p's), where "an Easter egg" is asked.
WEIGHED_AS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "easter egg": "milk chocolate", "easter eggs": "milk chocolate",
        "chocolate easter egg": "milk chocolate", "easter egg chocolate": "milk chocolate",
    }
)  # fmt: skip
#: Two-word ways of farming or baking a food that leave it the food it is ("free range eggs",
#: "gluten free toast", "grass fed steak", "full fat coke", "lactose free semi": the milk of
#: its fat, USDA's, whose lactase-treated milk differs by a few kcal): joined into one modifier word
#: before the lookup.
FARMING_PAIRS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "gluten free": "glutenfree", "free range": "freerange", "grass fed": "grassfed",
        "corn fed": "cornfed", "wild caught": "wildcaught", "line caught": "linecaught",
        "outdoor bred": "outdoorbred", "full fat": "fullfat", "lactose free": "lactosefree",
        "lactose-free": "lactosefree",
    }
)
