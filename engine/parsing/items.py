"""Items of a meal: a clause cut into items ("2 eggs, toast with pb"), the food each names in
the table, and the amounts the meal's words settle between them. One item's own words (amount,
unit, stated numbers) are read in item_words.py; its grams and nutrients come from item_food.py.
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import TypeVar

from engine.events import FoodItem
from engine.food import Food, FoodMatch, FoodTable, filling_grams
from engine.food_names import (
    CONTAINER_WORDS,
    NO_SR28_ROW,
    ON_BREAD,
    SANDWICH_WORDS,
    STATE_WORDS,
    WEIGHED_AS,
    normalize_name,
)
from engine.food_units import MASS_G, PORTION_WORDS
from engine.parsing.chat import OWNERS
from engine.parsing.chatter import LACKS, NO_BUT
from engine.parsing.context import (
    _DIGIT,
    TEXT_CACHE_SIZE,
    ParseContext,
    letter_runs,
)
from engine.parsing.dish_parts import part_measured, parts_said_after, takes
from engine.parsing.item_food import (
    _SERVED_IN,
    _SUGGESTED,
    MASS_UNITS_AND_ML,
    _grams,
    _is_drink,
    _resolve,
    in_a_us_zone,
)
from engine.parsing.item_words import (
    _LEAD_FILLER,
    _SIZES,
    ITEM_CACHE_SIZE,
    _clean_name,
    _ItemWords,
    _per_amount,
    _quantity,
    _read_item,
    _trailing_unit,
)
from engine.parsing.portions import (
    _Piece,
    _Stated,
    adjust_portions,
    macro_of_a_list,
    portions_of_the_dish,
    stated_for_the_part,
)
from engine.quantities import UNITS

_ITEM_SPLIT = re.compile(
    r"(?=[\s,+;/awopni])"  # every branch's first character
    r"(?<!\s)\s*+(?:,|\+|\n|;|/(?!\s*[0-9.]+\s*(?:ml|l|g|kg)\b)|\band\b|\bwith\b|\bon\b|\bplus\b|\balso\b|\bn\b"
    r"|\bin\b(?=\s+(?:a|an)\s+(?:roll|bun|bap|barm|cob|wrap|pitta|pita|baguette|tortilla)\b)"
    # "chilli over rice", "curry over a bed of rice": what it was served on
    r"|\bover\b(?=\s+(?:(?:a\s+)?bed\s+of\s+)?(?:(?:white|brown|jasmine|basmati|sticky|steamed"
    r"|fried|egg|cauliflower)\s+)?(?:rice|noodles|pasta|mash|quinoa|couscous|toast|polenta"
    r"|grits|chips|fries)\b)"
    # "a tsp of honey in my tea", "sugar in my coffee": what it was stirred into
    r"|\bin\b(?=\s+(?:my|the)\s+(?:tea|coffee|porridge|oats|oatmeal|cereal)\b)"
    # "whey in water", "2 scoops in 400ml semi-skimmed milk": what it was mixed into
    r"|\bin\b(?=\s+(?:[0-9.]+\s*ml\s+(?:of\s+)?)?(?:(?:whole|skimmed|skim|semi-skimmed"
    r"|semi skimmed|semi|oat|almond|soy|soya|coconut)\s+)?(?:water|milk)\b)"
    # "2 scoops whey in 400ml skim": a milk named by its kind alone, after its amount
    r"|\bin\b(?=\s+[0-9.]+\s*ml\s+(?:of\s+)?(?:skimmed|skim|semi-skimmed|semi skimmed|semi"
    r"|whole|full cream|oat|almond|soy|soya|1%|2%)\s*$)"
    # "2 scoops in 500ml", "in a bottle": water, with nothing in it
    r"|\bin\b(?=\s+(?:a\s+)?(?:[0-9.]+\s*(?:ml|l|litres?|liters?)|bottle|glass)"
    r"(?:\s+(?:of\s+)?water)?\s*$))\s*"
)
_COARSE_SPLIT = re.compile(r"\s*(?:,|\+|\n|;|\|)\s*")
_SOFT_JOIN = re.compile(r"\b(?:and|with|on|n)\b")
_SIZE_WORDS = {
    "small": ("small",), "medium": ("medium",), "large": ("big", "large"),
    "grande": ("grande",), "venti": ("venti",), "footlong": ("footlong",),
    # foods named by the size they are sold in: "mini eggs", "jumbo oats", "king size rizla"
    "jumbo": ("jumbo",), "mini": ("mini",), "extra large": ("extra large", "xl"),
    "fun size": ("fun size",), "king size": ("king size",),
}  # fmt: skip
_SPOON_UNITS = {"tbsp", "tsp", "scoop"}
_PIE = "pizza"


#: A camp or expedition meal from a pouch: no SR28 row is it (its kcal is the packet's).
_POUCH_MEAL = re.compile(r"\b(?:freeze[- ]?dried|dehydrated|rehydrated|expedition)\b")
_DISH_GROUPS = frozenset(
    {"Meals, Entrees, and Side Dishes", "Fast Foods", "Restaurant Foods",
     "Soups, Sauces, and Gravies", "Beef Products", "Poultry Products", "Pork Products"}
)


def _match(piece: _Piece, ctx: ParseContext) -> FoodMatch | None:
    """The food a piece names; a freeze-dried dish ("a freeze-dried beef stroganoff") none, so
    it is asked about (its packet gives the kcal)."""
    match = _match_named(piece, ctx)
    if match is not None and _POUCH_MEAL.search(piece.text) and (
        match.food.parts or ctx.foods.group(match.food) in _DISH_GROUPS
    ):
        return None
    return match


def _match_named(piece: _Piece, ctx: ParseContext) -> FoodMatch | None:
    """The food a piece names: the whole name, else the words after or before its quantity.

    A unit word after the food ("tuna can") counts as the unit when the whole name is unknown,
    never when the whole name is a food SR28 lacks ("a vanilla slice" is asked, not a slice of
    vanilla ice cream).
    """
    if not piece.name:
        return None
    if piece.unit in MASS_G and (weighed := WEIGHED_AS.get(piece.name)) is not None:
        return ctx.foods.match(weighed)  # "40g of my easter egg": that much milk chocolate
    match = ctx.foods.match(piece.name, extra=ctx.user_foods)
    if match is None and piece.name not in NO_SR28_ROW:
        name, unit = _trailing_unit(piece.name, piece.unit)
        if unit is not piece.unit:
            match = ctx.foods.match(name, extra=ctx.user_foods)
            if match is not None:
                piece.name, piece.unit = name, unit
    chains = match is not None and match.exact and " from " in piece.name and _a_place_s_own(
        piece.name, ctx
    )  # "2 slices of pepperoni from little caesars": the chain's slices, not any pizza
    whole = (
        _amount_in_the_name(piece, ctx, match)
        if _may_begin_name(piece, match) and not chains
        else None
    )
    if whole is not None:
        return whole
    if piece.unit in _SIZES and (whole := _sized(piece, match, ctx)) is not None:
        return whole
    if match is None or not match.exact:
        for raw in piece.sides:
            side = _clean_name(raw)
            hit = ctx.foods.match(side, extra=ctx.user_foods) if side else None
            if hit is not None and (match is None or hit.exact):
                return hit
    if match is not None and piece.unit == "scoop" and "scoop" not in match.food.units:
        match = _powder_of(piece.name, ctx) or match
    return match or _as_written(piece, ctx)


def _sized(piece: _Piece, match: FoodMatch | None, ctx: ParseContext) -> FoodMatch | None:
    """The food a size word begins the name of ("big mac", "venti latte"). Else a large pizza
    is USDA's whole 14" pie (its rows are 14" chain pizzas), not a large slice: "a quarter of
    a large pepperoni pizza"."""
    for word in _SIZE_WORDS.get(piece.unit or "", ()):
        whole = ctx.foods.exact_match(f"{word} {piece.name}", extra=ctx.user_foods)
        if whole is not None:
            piece.unit = None
            return whole
    if (piece.unit == "large" and match is not None and piece.name.endswith(_PIE)
            and _PIE in match.food.units):
        piece.unit = _PIE
    return None


def _powder_of(name: str, ctx: ParseContext) -> FoodMatch | None:
    """ "shake 2 scoops", "post gym shake, 2 scoops": a scoop measures a powder, so a drink
    counted in scoops is the protein shake made of that many (a milkshake has no scoop)."""
    hit = ctx.foods.exact_match(f"protein {name}", extra=ctx.user_foods)
    if hit is None or not (hit.food.parts or "scoop" in hit.food.units):
        return None
    return hit


def _as_written(piece: _Piece, ctx: ParseContext) -> FoodMatch | None:
    """A known food in the words as written, when the cleaned name is unknown: after leading
    words of a shop ("leon chicken wrap"), or with its amount apart ("glass of red, 175ml"
    is wine by the 175 ml, though "glass of" alone is a filler)."""
    if piece.name in piece.text:  # the words side by side
        found = _after_unknown_words(piece.name, ctx)
        if found is not None:
            return found
    found = _name_with_its_fillers(piece, ctx)
    if found is not None:
        return found
    if piece.quantity is None:
        return None
    return ctx.foods.exact_match(normalize_name(piece.text))


def _name_with_its_fillers(piece: _Piece, ctx: ParseContext) -> FoodMatch | None:
    """A dish whose own name holds a word the cleaning drops as filler ("tom yum", "toad in
    the hole", "pigs in blankets"): the words after the amount, word for word."""
    words = normalize_name(_quantity(piece.text)[3])
    words = _LEAD_FILLER.sub("", words)
    if not words or words == piece.name or _clean_name(words) != piece.name:
        return None  # only the filler words differ from the name read
    return ctx.foods.exact_match(words, extra=ctx.user_foods)


#: Amount words that also begin known names ("pot noodle", "glass noodles", "half and half",
#: "single cream", "quarter pounder"), tried even when the rest of the name is a food itself.
_NAME_START_UNITS = frozenset({"pot", "cup", "glass", "packet", "slice"})
_NAME_START_WORDS = frozenset({"half", "single", "quarter"})


def _may_begin_name(piece: _Piece, match: FoodMatch | None) -> bool:
    """Whether the amount read off a piece may be the first word of its food's name."""
    if match is None or not match.exact:
        return piece.unit is not None or piece.quantity is not None
    if piece.unit in _NAME_START_UNITS:
        return True
    first, _, _ = piece.text.lstrip().partition(" ")
    return first.lower() in _NAME_START_WORDS


def _amount_in_the_name(
    piece: _Piece, ctx: ParseContext, match: FoodMatch | None
) -> FoodMatch | None:
    """A known food whose name begins with what was read as its amount: a unit word ("pot
    roast", "pot noodle") or a number word ("quarter pounder", "single cream")."""
    found = None
    if piece.unit and piece.unit not in _SIZES:
        size, _, unit = piece.unit.rpartition(" ")  # "a large glass of red"
        known = match is not None and match.exact  # "a cup of tea" stays tea
        for name in (f"{unit} {piece.name}", *(() if known else (f"{unit} of {piece.name}",))):
            whole = ctx.foods.exact_match(name, extra=ctx.user_foods)  # "glass of red"
            if whole is not None:
                found = whole, size or None, piece.quantity, piece.name
                break
    if found is None and piece.quantity is not None and not any(c.isdigit() for c in piece.text):
        name = normalize_name(_clean_name(piece.text))
        whole = ctx.foods.exact_match(name, extra=ctx.user_foods)
        if name != normalize_name(piece.name) and whole is not None:
            found = whole, None, None, name  # not "a mango": the article was the amount
    if found is None or (match is not None and found[0].food.key == match.food.key):
        return None  # "a bowl of soup" is soup by the bowl
    whole, piece.unit, piece.quantity, piece.name = found
    return whole


#: At most this many unknown words before a known food of two words or more are a shop or
#: brand ("pret", "gails bakery"): "leon chicken avocado wrap" is a chicken avocado wrap.
MAX_BRAND_WORDS = 2
#: Words that make the phrase chat or someone else's food, not a shop's: "fancy a curry",
#: "wife made lasagne", "craving fish tacos".
_NOT_A_SHOP = re.compile(
    r"(?:a|an|the|some|my|his|her|their|our|your|love|fancy|want|wanted|need|needed|like"
    r"|hate|miss|made|make|makes|wife|husband|kids?|partner|son|daughter|mum|mom|dad|friend"
    r"|no|not|never|any|every|[a-z]*ing|[a-z]*ed)$"
)


def _after_unknown_words(name: str, ctx: ParseContext) -> FoodMatch | None:
    """The food named after leading words that are no food of their own, when the whole name
    is unknown; only a word-for-word food counts, never a guess on what is left (nor a food
    SR28 lacks: "jamaican beef patty" is no beef burger patty)."""
    if name in NO_SR28_ROW:
        return None
    words = name.split()
    for cut in range(1, min(MAX_BRAND_WORDS, len(words) - 2) + 1):
        word, after = words[cut - 1], words[cut]
        if ctx.foods.exact(word) is not None or _NOT_A_SHOP.match(word) or _NOT_A_SHOP.match(after):
            return None  # "cauliflower rice" is no rice, "fancy a curry" or "aiming sub 3" chat
        hit = ctx.foods.exact_match(" ".join(words[cut:]), extra=ctx.user_foods)
        if hit is not None:
            return hit
    return None


_JOIN_THEN_AMOUNT = re.compile(
    r"\b(?:and|with|on|n)\s+(?:[0-9]|(?:a|an|one|two|three|some|half|my)\b)"
)


def _may_be_one_dish(part: str) -> bool:
    """ "fish and chips" may be one food; "eggs and 2 slices of toast" cannot be."""
    return len(part.split()) <= 6 and _JOIN_THEN_AMOUNT.search(part) is None


_ARTICLE = re.compile(r"^\s*(?:an?\s+)?")


def _named_with_its_amount(text: str, words: _ItemWords, ctx: ParseContext) -> FoodMatch | None:
    """A known food whose name begins with what was read as the amount of a longer phrase
    ("a quarter pounder with cheese", "big mac and fries"), as _match finds it for one item."""
    text = _ARTICLE.sub("", text, count=1)
    if not (
        words.unit in _NAME_START_UNITS
        or words.unit in _SIZES
        or text.partition(" ")[0] in _NAME_START_WORDS
    ):
        return None
    hit = _match(_Piece(text, words.name, words.quantity, words.unit, words.stated(), ()), ctx)
    return hit if hit is not None and hit.exact else None


def _split_pieces(text: str, ctx: ParseContext) -> list[tuple[str, int]]:
    """Item texts, each with the number of the comma-separated part it came from; "mac and
    cheese" stays whole when the table knows it as one food."""
    if "," in text or "+" in text or "\n" in text or ";" in text or "|" in text:
        coarse = [p for p in _COARSE_SPLIT.split(text) if p.strip()]
    else:
        coarse = [text] if text.strip() else []
    pieces: list[tuple[str, int]] = []
    if _may_hedge(text) and _HEDGED_AMOUNT.search(text) is not None:
        coarse = [cut for part in coarse for cut in _hedged(part, ctx)]
    if _AMOUNT_AFTER_WORD.search(text) is not None:
        coarse = [cut for part in coarse for cut in _unseparated_cached(part, ctx)]
    for group, part in enumerate(coarse):
        if _SOFT_JOIN.search(part) and _may_be_one_dish(part):
            whole = _read_item(part)
            name = whole.name
            match = ctx.foods.exact_match(name, extra=ctx.user_foods) if name else None
            if match is None:
                match = _named_with_its_amount(part, whole, ctx)
            if match is not None and whole.unit not in _SPOON_UNITS:
                food_and_bread = _count_of_the_first(part, whole, match.food, ctx)
                if food_and_bread is not None:
                    pieces.extend((piece, group) for piece in food_and_bread)
                    continue
                pieces.append((part, group))  # "mac and cheese", but not "2 tbsp pb on toast"
                continue
        pieces.extend((piece, group) for piece in _names_whole(part, ctx))
    return pieces


#: A number right after a word: where an item may begin with no comma before it ("3 rashers 2
#: sausages", "200g chicken 1 cup rice").
_AMOUNT_AFTER_WORD = re.compile(r"(?<=[a-z])\s+(?=[0-9])")
#: The words before such a number that make it no new item's ("at 3", "like 4", "x 2").
_BEFORE_A_FIGURE = frozenset({
    "at", "for", "about", "around", "like", "maybe", "roughly", "approx", "x", "of", "in", "by",
    "to", "was", "were", "had", "ate", "is", "are",
})  # fmt: skip
_MAX_UNSEPARATED = 12  # more numbers than any list a runner types without commas: left whole
_JOINS = re.compile(r"\s+(?:and|with|on|n|plus|&)\s+")


#: A hedged amount said after a food with no comma, as speech runs on: "salmon with rice and
#: broccoli about a cup of rice", "pasta maybe 2 cups".
_HEDGED_AMOUNT = re.compile(
    r"(?<=[a-z])\s+(?=(?:about|around|roughly|approx|approximately|maybe|probably|like)\s+"
    r"(?:a|an|one|half|[0-9])\b)"
)


def _may_hedge(text: str) -> bool:
    """Whether the text holds a hedging word of _HEDGED_AMOUNT, whose scan has no first
    letter to look for ("approximately" holds "approx")."""
    return (
        "about" in text or "around" in text or "roughly" in text or "approx" in text
        or "maybe" in text or "probably" in text or "like" in text
    )  # fmt: skip


def _hedged(part: str, ctx: ParseContext) -> list[str]:
    """The part cut before each hedged amount that follows a known food (see _HEDGED_AMOUNT);
    "ate like a horse" has no food before it and stays whole."""
    out: list[str] = []
    start = 0
    for m in _HEDGED_AMOUNT.finditer(part):
        left = _JOINS.split(f" {part[start : m.start()]}")[-1].strip()
        if _food_named(left, ctx) is not None:
            out.append(part[start : m.start()])
            start = m.end()
    out.append(part[start:])
    return [p.strip() for p in out if p.strip()]


def _food_named(words: str, ctx: ParseContext) -> Food | None:
    """The known food the words name as one item by its exact name, with no numbers stated
    ("2 sausages", "80g oats", "3 rashers"), so a list may be cut before them."""
    item = _read_item(words)
    if item.kcal is not None or item.protein_g is not None or item.carbs_g is not None:
        return None
    if not item.name:
        unit = item.unit if item.quantity is not None else None
        return _exact("bacon" if unit == "rasher" else "beer", ctx) if unit in _BY_UNIT else None
    return _exact(item.name, ctx)


#: "3 rashers", "2 pints", "4 third-pints": the unit names the food
_PINT_UNITS = frozenset({"pint", "half pint", "third pint", "schooner", "middy", "stubby"})
_BY_UNIT = frozenset({"rasher", *_PINT_UNITS})


_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


def _kept(
    store: weakref.WeakKeyDictionary[FoodTable, dict[_K, _V]], ctx: ParseContext, key: _K,
    read: Callable[[], _V], size: int = ITEM_CACHE_SIZE,
) -> _V:
    """`read()`, kept per food table by `key` (a runner's same phrases come back all day);
    the store is emptied when it holds `size` answers."""
    known = store.get(ctx.foods)  # no new weak reference (setdefault makes one each call)
    if known is None:
        known = store[ctx.foods] = {}
    if key in known:
        return known[key]
    if len(known) >= size:
        known.clear()
    found = known[key] = read()
    return found


_CUTS: weakref.WeakKeyDictionary[FoodTable, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _unseparated_cached(part: str, ctx: ParseContext) -> tuple[str, ...]:
    """_unseparated, kept per table by part (the same lists come back)."""
    if _AMOUNT_AFTER_WORD.search(part) is None:
        return (part,)
    return _kept(_CUTS, ctx, part, lambda: tuple(_unseparated(part, ctx)))


def _unseparated(part: str, ctx: ParseContext) -> list[str]:
    """A list written without commas, cut where a count or an amount starts a new item right
    after a food: "3 rashers 2 sausages", "4 scrambled eggs 1 slice of toast", "80g oats
    300ml milk", "banana 2 rice cakes". Cut only when the words on both sides name known foods,
    so "pizza 3 slices", "curry 1 cup" and "protein bar 200 kcal" stay whole."""
    cuts = [m.start() for m in _AMOUNT_AFTER_WORD.finditer(part)]
    if not cuts or len(cuts) > _MAX_UNSEPARATED or not _read_item(part[cuts[-1] :]).name:
        return [part]  # "chicken 200g rice 1 cup": its amounts follow their foods
    out: list[str] = []
    start = 0
    for at, cut in enumerate(cuts):
        left = _JOINS.split(f" {part[start:cut]}")[-1].strip()
        last_word = left.rpartition(" ")[2]
        if last_word in _BEFORE_A_FIGURE:
            continue
        end = cuts[at + 1] if at + 1 < len(cuts) else len(part)
        right = _JOINS.split(f"{part[cut:end]} ")[0].strip()  # "2 sausages and": the sausages
        food = _food_named(left, ctx)
        then = _food_named(right, ctx) if food is not None else None
        if then is not None and then.key not in {key for key, _ in food.parts}:  # type: ignore[union-attr]
            out.append(part[start:cut])  # not "protein shake 25g whey": what the shake holds
            start = cut
    out.append(part[start:])
    return [p.strip() for p in out if p.strip()]


#: Where the food came from or was eaten, at the end: "from the chippy", "at the club", "from
#: dunkin". It names no food, and left in it hides the food from the table.
PLACE_TAIL = re.compile(
    r"\s(?:(?:back|round|over)\s++)?+(?:from|at)\s++(?:the\s++|a\s++)?[a-z'&]++(?:\s++[a-z'&]++)?+\W*+$"
    r"|\s(?:at|by)\s++(?:the\s++)?(?:[0-9.]++\s*+(?:k|km|mi|miles?)\s++)?"
    r"(?:mile|km|cp|checkpoint|aid station|aid|feed station|feed zone|the turnaround)"
    r"\s*[0-9]{0,3}\W*+$"
)
_PLACE_WORDS_BEFORE = re.compile(r"^\s*(?:from|at)\s+(?:the\s+|a\s+)?|\W+$")
_LAST_FOOD = re.compile(r",|\band\b|\+|\bwith\b")
_PLACE_MAX_WORDS = 3  # "olive garden", "jack in the box" less its last word: enough


def the_place_s_own(head: str, tail: str, ctx: ParseContext) -> bool:
    """Whether the food before a place is the place's own row: "a biscuit from popeyes" is
    POPEYES' biscuit (the table's "popeyes biscuit"), not a biscuit anywhere."""
    words = _PLACE_WORDS_BEFORE.sub("", tail).split()[:_PLACE_MAX_WORDS]
    name = _read_item(_LAST_FOOD.split(head)[-1].strip()).name
    for n in range(1, len(words) + 1):  # "from popeyes on the road trip": its first words
        place = " ".join(words[:n])
        food = ctx.foods.exact(f"{place} {name}") if name else None
        if food is not None and place in food.key:  # not "bar onion" read as onion by the bar
            return True
    return False


def _a_place_s_own(text: str, ctx: ParseContext) -> bool:
    """Whether `text` ends in a place whose own row the food before it is (the_place_s_own)."""
    place = PLACE_TAIL.search(text) if " from " in text or " at " in text else None
    return place is not None and the_place_s_own(text[: place.start()], place[0], ctx)


#: Where a phrase of circumstance may begin after a food: a place ("in the start pen", "at
#: the halfway point", "on my break", "from the servo", "off my son's plate"), a time ("before
#: i headed out", "an hour before the race", "while i waited for the bus", "after the
#: relays"), or whose it was ("the toddler refused", "my son didn't finish").
_CIRCUMSTANCE_START = re.compile(
    r"\s(?=(?:an?|one|half\s+an|[0-9]{1,2}(?:\.[0-9])?)\s*(?:hours?|hrs?|h|mins?|minutes)"
    r"(?:\s+(?:before|after|into|later|earlier)\b|\W*$)"
    r"|(?:in|at|on|from|off|before|after|while|when|during|across|throughout|outside|inside"
    r"|near|by|whilst)\s+[a-z0-9]"
    r"|(?:back|round|over)\s+(?:home|at|in|on|to)\b"  # "beans on toast back home", "a bagel
    # back at the car", "a brew round at my mum's"
    r"|(?:straight|right|just|soon|immediately|directly)\s+(?:after|before)\s+[a-z0-9]"
    rf"|(?:that\s+)?(?:the|my|our|his|her)\s+{OWNERS}\s+[a-z])"
)
_TAIL_WORDS = re.compile(r"[a-z][a-z'&]*")
#: The words _CIRCUMSTANCE_START needs one of, as white-space tokens: one set lookup per
#: token instead of the regex at every space of every meal clause.
_CIRCUMSTANCE_WORDS = frozenset({
    "in", "at", "on", "from", "off", "before", "after", "while", "when", "during", "outside",
    "inside", "near", "by", "whilst", "across", "throughout", "hour", "hours", "hr", "hrs", "h",
    "min", "mins", "minutes", "kid", "kids", "toddler", "toddlers", "baby", "babies", "son",
    "sons", "daughter", "daughters", "child", "children", "boys", "girls", "ones", "one", "wife",
    "husband", "partner", "half", "mum", "mom", "dad", "mate", "friend", "back", "round",
    "over",
})  # fmt: skip
#: Words of a tail that name no food whatever the table says ("a coke in the pub": "pub" is no
#: pub grub here; "a snickers on my break"): the tail's own grammar words.
_TAIL_GRAMMAR = frozenset({
    "in", "at", "on", "from", "off", "before", "after", "while", "when", "during", "outside",
    "inside", "near", "by", "whilst", "across", "throughout", "the", "my", "a", "an", "i", "we",
    "me", "our", "of", "for", "to",
    "hour", "hours", "hr", "hrs", "min", "mins", "minutes", "half", "one", "up", "out", "back",
    "home", "way", "it", "was", "went", "got", "his", "her", "their", "this", "that",
})  # fmt: skip


def _names_no_food(words: list[str], ctx: ParseContext) -> bool:
    """Whether no word, and no two or three words side by side, name a food, as written or
    respelt ("2 eggs on tost": the toast is no place to drop)."""
    fixed = ctx.foods.respelt(" ".join(words)).split()
    return _names_none(words, ctx) and (fixed == words or _names_none(fixed, ctx))


#: Nouns of a place a food word may name ("the beer garden", "the tea room", "the pie shop",
#: "the ice cream van"): the food word before one is the place's name, no food had.
_PLACE_NOUNS = frozenset({
    "garden", "gardens", "room", "rooms", "shop", "stall", "van", "truck", "hut", "stand",
    "kiosk", "tent", "aisle", "counter", "market", "parlour", "parlor", "shack", "festival",
})  # fmt: skip


def _names_none(words: list[str], ctx: ParseContext) -> bool:
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            chunk = words[start : start + size]
            if size == 1 and chunk[0] in _TAIL_GRAMMAR:
                continue
            if start + size < len(words) and words[start + size] in _PLACE_NOUNS:
                continue  # "in the beer garden", "from the ice cream van": a place
            named = " ".join(chunk)
            if _exact(named, ctx) is not None or named in NO_SR28_ROW:
                return False  # a food SR28 lacks is a food ("lemon curd on a crumpet")
    return True


def _spans_a_dish(words: list[str], at: int, ctx: ParseContext) -> bool:
    """Whether a known name runs across word `at` ("toad in the hole", "corn on the cob")."""
    for before in (1, 2, 3):
        for after in (1, 2, 3, 4):
            if at - before >= 0 and at + after <= len(words) and _exact(
                " ".join(words[at - before : at + after]), ctx
            ) is not None:
                return True
    return False


#: A clause that is only where or in what weather, once its label is taken ("after parkrun
#: in the rain" is " in the rain").
_ONLY_WHERE = re.compile(r"\s*(?:in|at|on|under|through)\s+(?:the|a|my|our)\s+[a-z][a-z' ]*$")


def drop_circumstance(text: str, ctx: ParseContext) -> str:
    """Each part of a meal clause without a phrase of circumstance at its end, one that names
    no food: "a banana in the start pen", "a brew in the tent", "a coffee before i headed
    out", "an apple an hour before the race", "2 digestives in the car park". Cut only after
    words of a food and where no known name runs across ("beans on toast", "whey in water",
    "toad in the hole" stay whole)."""
    if _CIRCUMSTANCE_WORDS.isdisjoint(text.split()) or _CIRCUMSTANCE_START.search(text) is None:
        return text
    if _ONLY_WHERE.match(text) and _names_no_food(_TAIL_WORDS.findall(text), ctx):
        return ""  # "flat white, after parkrun in the rain": the label taken, where is left
    return _kept(_TAILS, ctx, text, lambda: "".join(
        _without_tail(part, ctx) if _CIRCUMSTANCE_START.search(part) else part
        for part in _COARSE_KEEP.split(text)
    ))


#: A word or two in brackets with no figure: "(student budget)", "(leftovers)", "(with honey)".
_ASIDE = re.compile(r"\s*\((?P<said>[^()0-9]{1,40})\)")


def drop_asides(text: str, ctx: ParseContext) -> str:
    """A meal clause without its asides in brackets that name no food ("beans on toast again
    (student budget), full tin"): read as the food's name, they leave it unknown."""
    if "(" not in text:
        return text
    return _ASIDE.sub(lambda m: _aside(m["said"], ctx, m[0]), text)


_LEFT_OUT_WORDS = frozenset({"no", "without", "minus", "hold", "skipped", "skipping"})


def _aside(said: str, ctx: ParseContext, whole: str) -> str:
    """What an aside in brackets leaves in the clause: a state word as a word of the name
    ("100g pasta (dry)" is dry pasta), nothing where it names no food or what was left out
    ("chicken parm (no pasta)", "(without the bun)"), else itself."""
    words = said.split()
    if words and words[0].lower() in _LEFT_OUT_WORDS:
        return ""
    if words and all(w.lower() in STATE_WORDS or w.lower() == "weight" for w in words):
        return " " + said.strip()
    return "" if _names_no_food(words, ctx) else whole


#: drop_circumstance's answers per table (it asks the table only, as _names_whole does).
_TAILS: weakref.WeakKeyDictionary[FoodTable, dict[str, str]] = weakref.WeakKeyDictionary()


_COARSE_KEEP = re.compile(r"(\s*(?:,|\+|\n|;|\|)\s*)")
_MAX_TAIL_WORDS = 10


def _without_tail(part: str, ctx: ParseContext) -> str:
    words = part.split()
    for m in _CIRCUMSTANCE_START.finditer(part):
        head, tail = part[: m.start()], part[m.end() :]
        tail_words = _TAIL_WORDS.findall(tail)
        if not tail_words or len(tail_words) > _MAX_TAIL_WORDS or not head.strip():
            continue
        if tail_words[0] in ("from", "at") and the_place_s_own(head, tail, ctx):
            continue  # "a biscuit from popeyes": the chain's own biscuit
        if any(
            (w in UNITS and not _owned(tail_words, i)) or w in ON_BREAD or w in CONTAINER_WORDS
            for i, w in enumerate(tail_words)
        ):
            continue  # "80 in the bottle", "ham and swiss on rye": the amount or the bread of it
        last = _JOINS.split(head)[-1]  # "2 eggs and a coffee before i headed out"
        if last[-1:].isdigit():
            break  # "sub 3 at london": a figure, not a food's count
        placed = last
        if not _names_a_food(last, ctx) and not _a_place_s_own(last, ctx):
            placed = PLACE_TAIL.sub("", last) if " from " in last or " at " in last else last
            if placed == last or not _names_a_food(placed, ctx):
                continue  # no food right before the tail
        if (
            _read_item(tail).stated().any()  # "4 gels at 100 kcal each"
            or not (_names_no_food(tail_words, ctx) or _an_event_after(tail, tail_words, ctx))
            or _spans_a_dish(words, len(head.split()), ctx)
        ):
            continue
        return head if placed is last else PLACE_TAIL.sub("", head)  # "... from the deli on the"
    return part


#: A time tail's start: "after the turkey trot", "before my club run", "during the match".
_TIMED_TAIL = re.compile(r"(?:after|before|during)\s+(?:the|my|our|this|a|an)\s+")


def _an_event_after(tail: str, tail_words: list[str], ctx: ParseContext) -> bool:
    """Whether a time tail names an event, not a food, though a word of it is one: "after the
    turkey trot", "before the pancake race" end in no food and are no food as a whole."""
    m = _TIMED_TAIL.match(tail)
    if m is None:
        return False
    named = _TAIL_WORDS.findall(tail[m.end() :])
    return bool(named) and named == tail_words[-len(named) :] and all(
        _exact(" ".join(named[i:]), ctx) is None for i in range(len(named))
    )


def _names_a_food(words: str, ctx: ParseContext) -> bool:
    """Whether the words are a food, with or without their amount ("2 eggs"); a food SR28
    lacks is one too ("poutine after the hockey game")."""
    name = _name_after_amount(words)
    known = bool(name) and (_exact(name, ctx) is not None or normalize_name(name) in NO_SR28_ROW)
    return known or _food_named(words, ctx) is not None or (
        " the " in words and _exact(words.strip(), ctx) is not None  # "chips from the chippy"
    )


_OWNER_WORDS = frozenset({"my", "his", "her", "their", "your", "our"})


def _owned(words: list[str], at: int) -> bool:
    """Whether the unit word at `at` is someone's ("off my son's plate", "from her bowl"): a
    place the food came from, not its amount."""
    before = words[at - 1] if at else ""
    return before in _OWNER_WORDS or before.endswith(("'s", "s'"))


#: A food whose usual portion is under this is a spread or a topping (a teaspoon of Marmite,
#: a tablespoon of jam): a count before it on bread counts the slices, not spoons of it.
_SPREAD_MAX_G = 20.0


#: Two slices of a sandwich loaf weigh at most this; a big loaf's one slice (sourdough, 69 g)
#: is as much bread, and a meal's bread alone under an uncounted topping ("avo on sourdough").
_TWO_SANDWICH_SLICES_G = 100.0


def _count_of_the_first(
    part: str, words: _ItemWords, dish: Food, ctx: ParseContext
) -> tuple[str, str] | None:
    """ "2 scrambled eggs on sourdough", "3 fried eggs on rye": a count before a plain food on
    bread counts that food, not the whole dish, and the bread is two slices, as under any
    topping ("eggs on toast"), a big loaf's too (eggs on sourdough: tests/data/README.md, "Label
    conflicts decided"): the food and the bread as two items."""
    if words.quantity is None or words.unit is not None or not dish.parts:
        return None
    first, on, _ = words.name.partition(" on ")
    food = _exact(first, ctx) if on else None
    cut = part.rfind(" on ")
    if food is None or food.parts or cut < 0 or food.default_grams < _SPREAD_MAX_G:
        return None  # "marmite on toast x2", "jam on toast x3": a spread is not counted
    if food.default_unit == "slice" and "slice" in dish.units:
        return None  # "2 x cheese on toast": two slices of the dish, a slice of cheese on each
    bread = part[cut + 4 :].strip()
    kind = bread.removesuffix(" bread").removesuffix(" toast")  # "brown bread", "rye toast"
    if kind not in ON_BREAD:
        return part[:cut], bread
    loaf, _ = ON_BREAD[kind]
    if loaf == "bagel":
        return part[:cut], "a bagel"
    named = loaf if bread == kind else bread  # "rye" is rye bread; "rye toast" as said
    return part[:cut], f"2 slices of {named}"


_ITEM_SPLIT_KEEP = re.compile(f"({_ITEM_SPLIT.pattern})")
#: A topping counted: "2 poached eggs", "three eggs", "eggs x2".
_COUNTED = re.compile(r"(?:^|\s)(?:[0-9]+|two|three|four)\s+[a-z]|\bx\s*[0-9]|[0-9]\s*x\b")




@lru_cache(maxsize=ITEM_CACHE_SIZE)
def _name_after_amount(text: str) -> str:
    """The cleaned name after the amount ("2 slices of toast" -> "toast"), kept like items."""
    return _clean_name(_quantity(text)[3])


#: Everyday foods by exact name, per table (the same phrases come back; see _SUGGESTED).
_EXACT: weakref.WeakKeyDictionary[FoodTable, dict[str, Food | None]] = (
    weakref.WeakKeyDictionary()
)


def _exact(name: str, ctx: ParseContext) -> Food | None:
    return _kept(_EXACT, ctx, name, lambda: ctx.foods.exact(name))


#: _known_names_whole's answers per table: it asks the table only, never a runner's own foods.
_WHOLE: weakref.WeakKeyDictionary[FoodTable, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _names_whole(part: str, ctx: ParseContext) -> tuple[str, ...]:
    return _kept(_WHOLE, ctx, part, lambda: tuple(_known_names_whole(part, ctx)))


_ANOTHER_FOOD = re.compile(r"^\s*(?:an?|one|the|some|[0-9]+)\s")


def _one_sandwich(later: list[str], seps: list[str], name: str) -> bool:
    """Whether words joined by "and" name one sandwich of their fillings: the last a sandwich
    word, no later part its own food with an article or a count ("chips and a cheese toastie"
    is two foods)."""
    last = name.rsplit(maxsplit=1)[-1]
    joined_by_and = all(sep.strip() in ("and", "&", "n") for sep in seps)
    return (
        joined_by_and and last in SANDWICH_WORDS
        and not any(_ANOTHER_FOOD.match(t) for t in later)
    )


def _sandwich(name: str, ctx: ParseContext) -> Food | None:
    hit = ctx.foods.match(name)
    return hit.food if hit is not None and hit.food.key == name else None


def _made_of(dish: Food, texts: list[str], ctx: ParseContext) -> bool:
    """ "beans on toast" is beans and toast, the dish's own parts, each read on its own (so a
    count or a slice is theirs); "cod and chips" is a chippy's battered fish, not plain cod."""
    if not dish.parts:
        return False
    parts = {key for key, _ in dish.parts}
    for text in texts:
        food = _exact(_name_after_amount(text), ctx)
        if food is None or food.key not in parts:
            return False
    return True


#: The words _ITEM_SPLIT cuts at, each a whole word: one of them, or one of its marks,
#: is in every text it cuts.
_ITEM_SPLIT_WORDS = frozenset({"and", "with", "on", "plus", "also", "n", "in", "over"})


def _may_cut_item(part: str) -> bool:
    """Whether _ITEM_SPLIT may cut the part, told from its words and marks without its scan."""
    return (
        "," in part or "+" in part or "\n" in part or ";" in part or "/" in part
        or not _ITEM_SPLIT_WORDS.isdisjoint(letter_runs(part))
    )  # fmt: skip


def _known_names_whole(part: str, ctx: ParseContext) -> list[str]:
    """The part cut at "and", "with", "on"..., with neighbours joined again where together
    they name one food: "corn on the cob with butter", "fish and chips and a coke"."""
    if not _may_cut_item(part):
        return [part] if part.strip() else []  # "porridge", "greek yogurt": nothing to cut
    cuts = _ITEM_SPLIT_KEEP.split(part)
    texts, seps = cuts[::2], cuts[1::2]
    out: list[str] = []
    i = 0
    while i < len(texts):
        end = i
        for j in range(min(len(texts) - 1, i + 3), i, -1):
            joined = "".join(texts[k] + seps[k] for k in range(i, j)) + texts[j]
            if not _SOFT_JOIN.search("".join(seps[i:j])) or _DIGIT.search(joined[1:]):
                continue
            name = _name_after_amount(joined)
            food = _exact(name, ctx) if name else None
            if food is None and name and (unit := _read_item(joined).unit) is not None:
                food = _exact(f"{unit} {name}", ctx)  # "a packet of cheese and onion"
            if food is None and name and (hit := _named_with_its_amount(
                joined, _read_item(joined), ctx
            )) is not None:
                food = hit.food  # "a quarter pounder with cheese and a coke"
            if food is None and name and _one_sandwich(texts[i + 1 : j + 1], seps[i:j], name):
                food = _sandwich(name, ctx)  # "a ham and cheese toastie and a cuppa"
            if food is not None and not _made_of(food, texts[i : j + 1], ctx):
                end = j  # "fish and chips": a chippy's battered fish, not the plain cod
                break
        piece = "".join(texts[k] + seps[k] for k in range(i, end)) + texts[end]
        if i and seps[i - 1].strip() == "on":
            piece = _bread_under(piece, out[-1] if out else "")  # "2 eggs on rye": two slices
        if piece.strip():
            out.append(piece)
        i = end + 1
    return out


def _bread_under(piece: str, topping: str) -> str:
    """Bread named bare under a topping is two slices of it, as "eggs on toast" is ("on brown
    bread", "on rye", "on wholemeal toast"); a big loaf's one slice (sourdough) and a bagel are
    a meal's bread alone, but under food counted ("2 poached eggs on sourdough") two slices as
    well. Bread with its own amount ("on 3 slices of rye") is as said."""
    bread = piece.strip()
    kind = bread.removesuffix(" bread").removesuffix(" toast")
    if kind not in ON_BREAD:
        return piece
    loaf, two_slices = ON_BREAD[kind]
    big = two_slices > _TWO_SANDWICH_SLICES_G and _COUNTED.search(topping) is None
    if loaf == "bagel" or big:
        return piece
    return f" 2 slices of {loaf if bread == kind else bread}"


#: A stated total at the end of a meal: "..., 200ml almond milk ≈ 430 kcal", "... = 430 kcal",
#: "..., 430 kcal total", "total 430 kcal" is the whole meal's; "curry with rice (650 kcal)"
#: is its part's (the foods between commas). Either way it is no single food's number.
_STATED_TOTAL = re.compile(
    r"(?:(?P<all>\s(?:≈|=|~)|\btotal(?:\s+of)?:?|\ball in:?)\s*"
    r"|(?P<part>\(\s*(?:~|≈|about|approx\.?|around|roughly)?\s*))"
    r"(?P<v>[0-9]{2,5})\s*(?:kcals?|k?cals?|calories)(?(part)\s*\)"
    r"|(?:\s+(?:total|in total|all in|altogether))?)\W*$"
    r"|(?P<after>\s)(?P<v2>[0-9]{2,5})\s*(?:kcals?|k?cals?|calories)\s+"
    r"(?:total|in total|all in|altogether)\W*$"
)


#: Who gives a kcal: the menu, the packaging, the stall or the van that sold it, an app.
_KCAL_SOURCES = (
    r"menu|app|label|packet|packaging|pack|box|wrapper|website|web\s?site|site|mfp|myfitnesspal"
    r"|tracker|tin|tub|jar|carton|bag|stall|van|truck|board|sign|receipt|till|cafe|café|shop"
)


#: Where a stated number was read, after it: "1100 kcal on the menu", "680 kcal by my app".
#: Whose source it was is any possessive: "per their site", "by his recipe", "per the
#: restaurant's website".
#: A kcal in a part of its own at the end of a list, with where it was read ("nandos quarter
#: chicken, peri chips and corn, 780 kcal on the menu"): the menu's or pack's number is the
#: whole list's, not its last part's.
_LISTS_SOURCED_KCAL = re.compile(
    r",\s*(?:~|about|approx\.?|around|roughly)?\s*(?P<v>[0-9]{2,5})\s*(?:kcals?|k?cals?|calories)"
    r"\s*,?\s+(?:on|per|from|by|according\s+to|says|said)\s+(?:the|my|their)\s+"
    rf"(?:{_KCAL_SOURCES})\W*$"
)
_NUMBER_SOURCE = re.compile(
    r"(?<=[0-9a-z)])\s+(?:(?:on|from|per|by|in|according\s+to)\s+"
    r"(?:(?:the|my|their|his|her|our|your|its|[a-z]+'s)\s+){0,2}"
    rf"(?:{_KCAL_SOURCES}"
    r"|calculations?|maths|math|reckoning|estimate|recipe|restaurant"
    r"|nutrition\s+info|info)"
    r"|(?:says|said)\s+(?:the\s+|my\s+|their\s+)?(?:menu|app|label|packet|packaging|pack|box"
    r"|wrapper|mfp|site|website|stall|van|truck|board|sign|cafe|café|shop))\b"
)
#: A kcal said before several foods joined in one part is theirs together, as one said after
#: them: "meal prep box, 520 kcal chicken and rice" is the chicken and rice's 520.
_KCAL_FIRST = re.compile(
    r"(?P<lead>^|,\s*)(?:~\s*)?(?P<v>[0-9]{2,5})\s*(?:kcals?|k?cals?|calories)\s+"
    r"(?P<foods>[a-z][^,;+\n]*?\s(?:and|with|n|&)\s[^,;+\n]+?)(?=\s*(?:,|$))"
)
def _kcal_after(m: re.Match[str], ctx: ParseContext) -> str:
    """The foods, then their kcal, when it is nearer (as a ratio) the table's kcal of all of
    them than of the first alone ("300 kcal bagel and a banana" is the bagel's)."""
    foods = [part for part, _ in _split_pieces(m["foods"], ctx)]
    kcal = float(m["v"])
    table = [_table_kcal(part, ctx) for part in foods]
    first, known = table[0], [t for t in table if t]
    if len(foods) < 2 or (
        first and len(known) == len(table)
        and abs(math.log(kcal / first)) <= abs(math.log(kcal / sum(known)))
    ):
        return m[0]
    return f"{m['lead']}{m['foods']}, {kcal:g} kcal"


#: Where the food came from, said between it and its kcal: "a chicken and sweetcorn sandwich
#: from Tesco 380 calories" is the sandwich's 380 (the shop is no food; at the end of a clause
#: meals.py drops it).
_PLACE_BEFORE_KCAL = re.compile(
    r"\s(?:from|at)\s+(?:the\s+|a\s+)?[a-z'&]+(?:\s+[a-z'&]+)?"
    r"(?=,?\s+(?:~|about|approx\.?|around|roughly)?\s*[0-9]{2,5}\s*(?:kcals?|k?cals?|calories)"
    r"\W*$)"
)
#: A kcal at the end of a list with no mark before it: "burger and chips 900 kcal", hedged
#: before or after in any of the usual words ("~1100 cal i reckon", "lol 950 cal-ish", "prob
#: 600 cals", "about 700 cal give or take").
_HEDGE_TAIL = (
    r"(?:-?ish|\s+(?:i\s+(?:think|reckon|guess|believe)|give\s+or\s+take|or\s+so|ish"
    r"|maybe|probably|prob|apparently|roughly|approx|tops|at\s+most|at\s+least|lol|haha))*"
)
_BARE_TOTAL = re.compile(
    r"(?<=[a-z)])\s+(?:(?:~|about|approx\.?|around|roughly|like|maybe|prob(?:ably)?|est"
    r"|estimated|guessing|prolly|lol|haha)\s*)*(?P<v>[0-9]{2,5})\s*"
    rf"(?:kcals?|k?cals?|calories){_HEDGE_TAIL}\W*$"
)


#: A kcal said right after food words, ending a part of a list before a comma.
_KCAL_BEFORE_A_COMMA = re.compile(
    r"(?<=[a-z)])\s+[0-9]{2,5}\s*(?:kcals?|k?cals?|calories)(?=\s*,\s*\S)"
)


def _split_total(text: str, ctx: ParseContext) -> list[tuple[str, int]]:
    """Item texts as _split_pieces gives them, a stated total at the end as a part of its own
    (see _STATED_TOTAL), after the part it is the total of. A kcal after the last of several
    foods joined by "and" or "with" ("burger and chips 900 kcal") is theirs together when it
    is more than the last could be alone, at the end of the clause or of a part of it before a
    comma ("cheese and pickle 420 cal, crisps, diet coke")."""
    if "cal" in text and "," in text and (cut := _KCAL_BEFORE_A_COMMA.search(text)) is not None:
        first = _split_total(text[: cut.end()], ctx)
        rest = _split_total(text[cut.end() :].lstrip(" ,"), ctx)
        after = max((group for _, group in first), default=-1) + 1
        return [*first, *((part, group + after) for part, group in rest)]
    m = _STATED_TOTAL.search(text) if "cal" in text else None
    if m is None and "cal" in text and (bare := _BARE_TOTAL.search(text)) is not None:
        raw = _split_pieces(text[: bare.start()], ctx)
        kcal = float(bare["v"])
        whole = _split_pieces(text, ctx)
        if len(raw) == 1 and len(whole) > 1:
            return [*raw, (f"{kcal:g} kcal", raw[-1][1])]  # one dish without its number
        group = [part for part, g in raw if g == raw[-1][1]]
        if len(group) >= 2 and _one_dish(group):
            return [*raw, (f"{kcal:g} kcal", raw[-1][1])]  # "chicken and leek pie 560kcal"
        if len(group) < 2 or not _nearer_all(group, kcal, ctx) or (
            _counted_apart(group) and _fits_alone(group[-1], kcal, ctx)
        ) or (
            _a_drink_then_a_counted_food(group, ctx)
            and _fits_alone(group[-1], kcal, ctx, times=_CAFE_SLICE_TIMES)
        ):
            return whole  # "a coffee and a slice of lemon drizzle 320 kcal": the slice's
        return [*raw, (f"{kcal:g} kcal", raw[-1][1])]
    if m is None or not text[: m.start()].strip():
        return _split_pieces(text, ctx)
    raw = _split_pieces(text[: m.start()], ctx)
    kcal = float(m["v"] or m["v2"])
    if not raw or (m["part"] is not None and _the_last_alone(raw, kcal, ctx)):
        return _split_pieces(text, ctx)  # "pretzels and a gel (90 kcal)": the gel's
    if m["part"] is None:
        raw = [(part, 0) for part, _ in raw]  # the whole meal is one part
    return [*raw, (f"{kcal:g} kcal", raw[-1][1])]


#: A dish named by what is in it: bare food words, "and", then the dish ("chicken and leek
#: pie", "tuna and sweetcorn jacket", "lentil and butternut soup", "beef and ale stew").
_DISH_NOUN = re.compile(
    r"\b(?:pie|pies|soup|stew|jacket|jacket potato|curry|casserole|bake|pasta|risotto|salad"
    r"|sandwich|sarnie|toastie|wrap|quiche|tart|pasty|lasagne|lasagna|burrito|bowl|omelette"
    r"|omelet|chowder|pudding|crumble|cake|muffin|loaf|roll|bagel|panini|melt|sub|stir fry"
    r"|noodles|traybake|hotpot|tagine|chilli|chili|broth|frittata|pizza)$"
)
#: A part that counts its own food: "a coffee", "an apple", "2 slices of toast", "a mug of".
_COUNTED_PART = re.compile(r"^\s*(?:an?|one|two|three|[0-9]+(?:\.[0-9]+)?)\s")


def _one_dish(group: list[str]) -> bool:
    """Whether foods joined by "and" before a kcal are one dish's name: bare words (no count,
    no amount), the last ending in a dish ("chicken and leek pie 560kcal" is the pie's 560)."""
    *first, last = (part.strip() for part in group)
    return (
        _DISH_NOUN.search(last) is not None
        and len(last.split()) >= 2
        and all(
            part and len(part.split()) <= 2 and _COUNTED_PART.match(part) is None
            and not any(c.isdigit() for c in part)
            for part in first
        )
        and _COUNTED_PART.match(last) is None
    )


def _counted_apart(group: list[str]) -> bool:
    """Whether each food before a kcal is counted on its own ("a mug of hot chocolate and a
    slice of apple strudel 350 kcal"): the kcal is the last one's when it may be."""
    return all(_COUNTED_PART.match(part) is not None for part in group)


#: A cafe's slice of cake may be up to three of the table's (a slice of Bakewell tart 380).
_CAFE_SLICE_TIMES = 3.0
#: Drinks had with a pub's food, whose kcal a runner counts with it ("a pint and a packet of
#: crisps 400 kcal" is the two's).
_BAR_DRINK = re.compile(
    r"\b(?:beer|lager|ale|bitter|stout|cider|wine|prosecco|pint|spritz|gin|vodka|rum|whisky)\b"
)


def _a_drink_then_a_counted_food(group: list[str], ctx: ParseContext) -> bool:
    """Whether a cafe's drink the table knows comes first and a food counted on its own last
    ("hot chocolate and a slice of apple strudel 350 kcal", "a brew and a slice of bakewell
    tart 380 kcal"): the kcal is the cake's, the drink's the table's."""
    first = _read_item(group[0])
    hit = ctx.foods.match(first.name, extra=ctx.user_foods) if first.name else None
    return (
        len(group) == 2 and hit is not None
        and (_is_drink(hit.food) or "fl oz" in hit.food.units)  # a drink USDA pours
        and _BAR_DRINK.search(hit.food.key) is None
        and _COUNTED_PART.match(group[-1]) is not None
    )


def _the_last_alone(raw: list[tuple[str, int]], kcal: float, ctx: ParseContext) -> bool:
    """Whether a kcal in brackets after a list is the last food's alone: it may be, and it is
    not nearer (as a ratio) all the foods joined with it ("a burger and chips (950 kcal)" is
    the two's, though chips might reach 950 alone)."""
    group = [part for part, g in raw if g == raw[-1][1]]
    if len(group) >= 2 and _nearer_all(group, kcal, ctx):
        return False
    return _fits_alone(raw[-1][0], kcal, ctx)


def _holds(kcal: float, ctx: ParseContext) -> Callable[[list[_Piece]], bool]:
    """Whether foods named without numbers may hold `kcal` between them: within twice their
    table portions, or one of them is unknown."""

    def holds(foods: list[_Piece]) -> bool:
        table = 0.0
        for piece in foods:
            name = _SERVED_ON.sub("", piece.name) if piece.name else ""  # "a pierogi plate"
            hit = ctx.foods.match(name, extra=ctx.user_foods) if name else None
            grams = _grams(hit.food, piece.quantity, piece.unit) if hit is not None else None
            if hit is None or grams is None:
                return True
            table += hit.food.per_grams(grams)[0] or 0.0
        return kcal <= 2 * table

    return holds


#: A dish named with what it came on: "a pierogi plate", "a nachos platter", "a chips basket".
_SERVED_ON = re.compile(r"\s+(?:plate|platter|basket|tray|board)$")


def _table_kcal(part: str, ctx: ParseContext) -> float | None:
    """The table's kcal of one item's words, None when its food or amount is unknown."""
    words = _read_item(part)
    hit = ctx.foods.match(words.name, extra=ctx.user_foods) if words.name else None
    grams = _grams(hit.food, words.quantity, words.unit) if hit is not None else None
    return None if hit is None or grams is None else hit.food.per_grams(grams)[0]


def _nearer_all(parts: list[str], kcal: float, ctx: ParseContext) -> bool:
    """Whether `kcal` is nearer (as a ratio) the table's kcal of all the parts together than
    of the last alone: "burger and chips 900 kcal" is the two, "eggs and a bar 200 kcal" the
    bar's. With a food unknown, the kcal is the last's when it may be."""
    table = [_table_kcal(part, ctx) for part in parts]
    last, known = table[-1], [t for t in table if t]
    if last is None or len(known) < len(table) or not last:
        return not _fits_alone(parts[-1], kcal, ctx)
    return abs(math.log(kcal / sum(known))) < abs(math.log(kcal / last))


def _fits_alone(part: str, kcal: float, ctx: ParseContext, times: float = 2.0) -> bool:
    """Whether `kcal` may be the food of `part` alone: within twice (`times`) its table
    portion, or the food is unknown."""
    words = _read_item(part)
    hit = ctx.foods.match(words.name, extra=ctx.user_foods) if words.name else None
    if hit is None:
        return True
    grams = _grams(hit.food, words.quantity, words.unit)
    table = hit.food.per_grams(grams)[0] if grams is not None else None
    return table is None or kcal <= times * table


#: Words that take back the food named just before: "2 crumpets... kidding, 2 slices toast",
#: "porridge, banana, no wait, an apple", "a pint, scratch that, a coke", "a croissant... no,
#: a bagel", "porridge with
#: honey, oops I mean jam", "2 eggs and toast. actually make that 3 eggs".
CORRECTION = re.compile(
    r"\s*(?:(?:sorry|oops|whoops|actually|ah|oh|erm|um)\b[\s.!,]*)*"  # "oops I mean jam"
    r"(?:(?:just\s+)?(?:kidding|joking)|jk|no\s+wait|wait\s+no|scratch\s+that|no(?:pe)?(?=\s*[,!])"
    r"|make\s+(?:that|it)|correction|or\s+rather|i\s+mean|i\s+meant)\b[\s.!:,]*"
)


def _take_back(part: str, pieces: list[_Piece], groups: list[int]) -> tuple[str, bool]:
    """An item that opens with a correction drops the part named before it, in place; the
    rest of the item is what the runner settled on. A correction of the amount alone ("3
    eggs, make that 4", "a banana, actually 2") keeps the food: whether the item restates."""
    fix = CORRECTION.match(part)
    if fix is None:
        return restated(part)
    rest = part[fix.end() :]
    if pieces and (words := _read_item(rest)).quantity is not None and not words.name:
        return rest, True
    last = groups[-1] if groups else None
    while groups and groups[-1] == last:
        del pieces[-1], groups[-1]
    return rest, False


#: Words that mark an item as a correction of one named before it: "*3 eggs", "oops 3 rice
#: cakes", "2 pies actually", "3 eggs not 2", "sorry, 2 slices".
_RESTATED = re.compile(
    r"^\s*(?:\*\s*|(?:oops|sorry|i mean|actually)\b[\s,.!:]*)"
    r"|[\s,]+(?:actually|i mean)\W*$"
    r"|\s+(?:not|instead of)\s+(?:[0-9]{1,3}|an?|one|two|three|four|five|six)\W*$"
)


def restated(part: str) -> tuple[str, bool]:
    """The item without the words marking it as a correction, and whether it had them."""
    if not (
        "*" in part or " not " in part or "actually" in part or "oops" in part
        or "sorry" in part or "mean" in part or "instead" in part
    ):
        return part, False
    fixed = part
    while (m := _RESTATED.search(fixed)) is not None and m.end() > m.start():
        fixed = fixed[: m.start()] + " " + fixed[m.end() :]
    fixed = fixed.strip()
    return (fixed, True) if fixed != part.strip() else (part, False)


#: What may follow "meal" naming a fast-food meal: the end of the part, or "and", "with"...
_MEAL_END = r"(?=\s*(?:[,+;|\n]|$|and\b|with\b|no\b|without\b))"
#: "big mac meal", "quarter pounder with cheese meal": a fast-food meal (see _with_sides).
#: Tried only where a match can start: the text's start, a part's start, or the end of the
#: meal before it. Tried at every position, a part of 4,000 characters with "meals" but no
#: meal ending it was read again from each (issue 14: 1.2 s); the matches are the same, as
#: a part with no meal after some position has none after any later one.
_A_MEAL = re.compile(
    rf"(?:^|(?<=[,+;|\n])|(?:(?<=\smeal)|(?<=\smeals)){_MEAL_END})"
    rf"(?P<food>[^,+;|\n]+?)\s+meals?\b{_MEAL_END}"
)


#: A fast-food meal's sides, and the words that leave one out ("no drink", "without fries").
_SIDES = tuple(
    (side, re.compile(rf"[,\s]*\b(?:no|without(?:\s+(?:the|a|any))?)\s+(?:{words})\b"))
    for side, words in (
        ("fries", "fries|chips"),
        ("soft drink", "drink|soda|pop|coke|cola|soft drink"),
    )
)


def _with_sides(text: str, ctx: ParseContext) -> str:
    """A fast-food item (SR28's Fast Foods group) named as a meal is the item, medium fries
    and a medium soft drink; "cheese meal" is no cheddar."""

    def sides(m: re.Match[str]) -> str:
        items = _parse_items(m["food"], ctx, cued=False)
        if items is None or len(items) != 1 or not (items[0].source or "").startswith("usda:21"):
            return m[0]
        n = items[0].quantity if items[0].unit is None and items[0].quantity else 1
        count = "" if n == 1 else f"{n:g} "
        return m["food"] + "".join(
            f", {count}medium {side}" for side, left_out in _SIDES if not left_out.search(text)
        )

    meal = _A_MEAL.sub(sides, text)
    if meal is text:
        return text
    for _, left_out in _SIDES:
        meal = left_out.sub("", meal)  # "whopper meal, no drink": nothing left to ask about
    return meal


#: Items per table by clause (see _SUGGESTED): the same meals come back ("2 eggs and toast"
#: most mornings), and a clause is read by segments.py and the builder in turn. The answer
#: depends on the clause, the cue and the table only; a runner's own foods take part in it,
#: so those are not shared, nor is a list under a dish's title (rare). Refusals
#: (ImplausibleValue) are not kept: they are read again. A clause longer than any meal a
#: runner types is read, not kept: its items could be many.
ITEMS_CACHED_CHARS = 300
_ITEMS: weakref.WeakKeyDictionary[
    FoodTable, dict[tuple[str, bool, bool], tuple[FoodItem, ...] | None]
] = weakref.WeakKeyDictionary()


def _parse_items(
    text: str, ctx: ParseContext, cued: bool, dish: Food | None = None
) -> list[FoodItem] | None:
    """Food items of a meal clause; None when it holds nothing that reads as food. `dish` is
    the dish a title named before the list ("chipotle bowl: chicken, rice, beans")."""
    if ctx.user_foods or dish is not None or len(text) > ITEMS_CACHED_CHARS:
        return _read_items(text, ctx, cued, dish)
    key = (text, cued, "pint" in text and in_a_us_zone(ctx))  # a pint is 473 ml there

    def read() -> tuple[FoodItem, ...] | None:
        items = _read_items(text, ctx, cued, None)
        return None if items is None else tuple(items)

    found = _kept(_ITEMS, ctx, key, read, TEXT_CACHE_SIZE)
    return None if found is None else list(found)


#: A part of only a number after a part that named food: that food's kcal, said to be a
#: tracker's ("stir fry, mfp says 580", "app says 560kcal") or from 100 up, hedged or not
#: ("pad thai 🍜 ~650", "lasagne, 800"); a smaller one is a count ("pizza, 3", "chips, maybe 10").
_HEDGE = r"(?:(?:~|≈|about|approx\.?|around|roughly|maybe|prob(?:ably)?)\s*)*"
BARE_KCAL = re.compile(
    rf"\s*{_HEDGE}(?:the\s+|my\s+)?(?:app|mfp|myfitnesspal|cronometer|tracker|label|pack|packet"
    rf"|box|wrapper|menu|website|site)\s+(?:says|said|reckons|shows)\s*{_HEDGE}"
    r"(?P<v>[0-9]{2,4})\s*(?:k?cals?|kcals?|calories)?\W*"
    rf"|\s*{_HEDGE}(?P<v2>[1-9][0-9]{{2,3}})\W*"
)


def _read_items(
    text: str, ctx: ParseContext, cued: bool, dish: Food | None
) -> list[FoodItem] | None:
    """_parse_items, read afresh."""
    raw = _split_total(_as_eaten(text, ctx), ctx)
    pieces: list[_Piece] = []
    groups: list[int] = []
    lone: tuple[float | None, str | None] | None = None  # an amount naming no food, first
    for said, group in raw:
        part, fixes = _take_back(said, pieces, groups)
        if not part.strip():
            continue
        if pieces and (bare := BARE_KCAL.fullmatch(part)) is not None:
            part = f"{bare['v'] or bare['v2']} kcal"  # "pad thai 🍜 ~650": the pad thai's
        words = _read_item(part)
        stated = words.stated()
        qty, unit, before, after, name = (
            words.quantity, words.unit, words.before, words.after, words.name
        )
        if not name and unit in _SIZES and ctx.foods.exact(unit) is not None:
            name, unit = unit, None  # "a footlong": the size word names the food
        if not name and unit in _PINT_UNITS:
            name = "beer"  # "a pint after", "2 schooners": in a pub, a pint names the beer
        if not name and unit == "rasher":
            name = "bacon"  # "2 rashers": a rasher is bacon's
            if qty is None and "rashers" in part:
                qty = 2.0  # "rashers and eggs": a plural with no count is two (_plural_is_two)
        if stated.any() and pieces and (
            _kcal_a_piece_of_the_last(part, stated, pieces)  # "5 gels, 100 kcal a gel"
            or (not name and _numbers_of_the_last(pieces, groups, words, stated, ctx))
        ):
            pieces[-1].text += ", " + part.strip()
            continue
        if not stated.any() and (not name or (qty is not None and _OF_EACH.fullmatch(name))):
            _place_amount(pieces, groups, qty, unit, ctx, each=bool(name), fixes=fixes)
            lone = None if pieces else (qty, unit)  # "2 of the 35g bars, 400 kcal per 100g"
            continue
        sides = (after, before) if before.strip() else ()
        # the amount said alone before a label's figures is the label's
        qty, unit = lone if words.per and qty is None and lone else (qty, unit)
        _per_amount(stated, words.per, qty, unit)
        pieces.append(_Piece(words.shown, name, qty, unit, stated, sides, restated=fixes))
        groups.append(group)
    if not pieces:
        return None
    _the_packs_dish(pieces, groups, ctx)
    pieces, matches = _foods_of(pieces, ctx)
    parts_said_after(pieces, matches, ctx)
    cued = cued or any(  # "a bowl of haggis", "smiley faces x3": food to ask about
        p.unit in _SERVED_IN or normalize_name(p.name) in NO_SR28_ROW for p in pieces
    )
    if not cued and all(m is None for m in matches) and not any(p.stated.any() for p in pieces):
        return None
    if dish is not None:
        parts = {key: (ctx.foods.get(key), grams) for key, grams in dish.parts}
        portions_of_the_dish(pieces, matches, {k: (f, g) for k, (f, g) in parts.items() if f})
    adjust_portions(pieces, matches, text)
    _made_with_its_milk(pieces, matches, ctx)
    return [_resolve(piece, match, ctx) for piece, match in zip(pieces, matches, strict=True)]


#: A packaged meal named by what it is, not by its dish: "ready meal", "microwave dinner",
#: "an MRE", "meal prep box" (the meal word may be gone already, read as the meal's label).
_PACKAGED_MEAL = re.compile(
    r"(?:an?\s+)?(?:(?:ready|microwave|microwaved|frozen|tv|boxed)(?:\s+(?:meal|dinner|lunch)s?)?"
    r"|mres?|meal\s+prep(?:\s+(?:box|tub|container|pot|bowl))?|meal\s+kit)"
)


def _the_packs_dish(pieces: list[_Piece], groups: list[int], ctx: ParseContext) -> None:
    """ "ready meal, 450 kcal lasagne", "microwave meal at 3am, 420 kcal chicken curry": the
    pack is the dish said after it, apart, with its kcal; counted once (the kcal is the
    pack's). "ready meal and a 300 kcal yoghurt" is two foods."""
    for at in range(len(pieces) - 2, -1, -1):
        pack, dish = pieces[at], pieces[at + 1]
        if (
            dish.stated.kcal is None
            or pack.stated.any()
            or groups[at] == groups[at + 1]
            or (said := _PACKAGED_MEAL.match(pack.text.strip())) is None
        ):
            continue
        rest = _clean_name(pack.text.strip()[said.end() :])
        if not rest or ctx.foods.match(rest, extra=ctx.user_foods) is None:
            del pieces[at], groups[at]


#: What was left out, after a food: "porridge, no sugar", "black coffee no sugar", "bagel
#: without the cream cheese", "jacket potato with beans, no cheese". It names no food eaten;
#: "no added sugar squash" at the start of an item is the product, and stays.
_LEFT_OUT = re.compile(
    r"(?<=[a-z)])(?:\s*,)?\s+(?:no|without|w/o|minus|hold\s+the)\s+(?:the\s+|any\s+|extra\s+)?"
    rf"(?!(?:{NO_BUT})\b)"
    r"[a-z][a-z' -]*?(?=\s*(?:[,;+|\n]|\band\b|\bwith\b|$))"
)
#: What was not had, said first in a meal's words: "(ran 30k,) no gels, 2 bananas", "no
#: water". A product named by what it lacks stays: "no added sugar squash", "no fat yoghurt".
_NONE_HAD = re.compile(
    rf"^(?:no|without)\s+(?:the\s+|any\s+)?(?!(?:{NO_BUT}|{LACKS})\b)[a-z][a-z' -]*?"
    r"(?:\s*,\s*|\s*$)"
)


#: The day's running total of a macro, said beside a meal: "protein's at 190g today",
#: "protein is 140g so far". It is no food, nor this meal's protein.
#: Without "today" the number says it: no meal holds 100 g of protein, a day may.
_DAY_TOTAL = re.compile(
    r"(?:^|,\s*|\s)(?:my\s+)?(?:protein|carbs?|fats?)(?:'s|\s+is|\s+was|\s+at|\s+on)?"
    r"(?:\s+(?:at|on|up\s+to))?\s*(?:[0-9]{2,3}\s*g?\s+(?:today|so\s+far|for\s+the\s+day)\b"
    r"|[1-9][0-9]{2}\s*g\b)[\s!.]*(?=,|$)"
)


#: A dish with everything on it is the dish as bought: "a kebab with everything 900 kcal",
#: "a burger with the lot", "a pizza with the works", "roast with all the trimmings".
_LOADED = re.compile(
    r"\s+with\s+(?:everything(?:\s+on(?:\s+it)?)?|the\s+(?:lot|works)"
    r"|all\s+the\s+(?:toppings|trimmings|trimmins|fixings|fixins|extras))\b"
)


#: An egg as a bread's filling, named after it ("a roll and egg", "a bap with egg", "morning
#: roll n egg"): the egg fried in it, as a Scottish van or a café makes it.
_EGG_IN_BREAD = re.compile(
    r"\b(?P<bread>rolls?|baps?|barms?|cobs?|buns?|butty|sarnie|sandwich)\s+"
    r"(?P<join>and|with|&|n|'n')\s+(?:an?\s+|one\s+)?egg\b(?!\s*(?:mayo|mayonnaise|white|yolk))"
)


def _as_eaten(text: str, ctx: ParseContext) -> str:
    """The clause as the food eaten: a fast-food meal's sides named, where a number was read
    left out ("1100 kcal on the menu"), what was left out dropped ("no sugar") and a dish's
    "with the lot" no food of its own."""
    if "meal" in text:
        text = _with_sides(text, ctx)
    if " with " in text:
        text = _LOADED.sub("", text)
    if "cal" in text:
        if "," in text and (source := _LISTS_SOURCED_KCAL.search(text)) is not None:
            text = f"{text[: source.start()]}, total {source['v']} kcal"  # the menu's, whole
        text = _NUMBER_SOURCE.sub("", text)  # "1100 kcal on the menu": no food "the menu"
        if _KCAL_FIRST.search(text) is not None:
            text = _KCAL_FIRST.sub(lambda m: _kcal_after(m, ctx), text)
        if " from " in text or " at " in text:
            text = _PLACE_BEFORE_KCAL.sub("", text)  # "... sandwich from tesco 380 calories"
    if "protein" in text:
        text = _DAY_TOTAL.sub("", text)  # "protein's at 190g today": the day's, no food
    if " no " in text or "without" in text or "w/o" in text or ", no" in text:
        text = _LEFT_OUT.sub("", text)  # "porridge, no sugar", "bagel without the cream cheese"
    if text.startswith(("no ", "without ")):
        text = _NONE_HAD.sub("", text)  # "(ran 30k,) no gels, 2 bananas": none had
    if "buttered " in text:
        text = _BUTTERED.sub(lambda m: _buttered(m, ctx), text)
    if "egg" in text:
        text = _EGG_IN_BREAD.sub(r"\g<bread> \g<join> fried egg", text)  # "a roll and egg"
    text = _as_served(text, ctx)
    if "bottle" in text or "flask" in text or "bidon" in text:
        text = MIXED_UP.sub("", text)  # "tailwind, 2 scoops per bottle, 4 bottles"
    return text


def _as_served(text: str, ctx: ParseContext) -> str:
    """How the food was served, read as the food: "dipped in salt" as with salt, ground pepper
    as no food, "2 scoops of vanilla" as vanilla ice cream, "a whole bag of" as a bag of,
    "2 pretzel packs" as 2 packs of pretzels."""
    if "hole " in text or "entire " in text:
        text = _WHOLE_CONTAINER.sub("", text)  # "a whole bag of popcorn": the bag is whole
    if "pack" in text or "bag" in text or "pot" in text or "pouch" in text or "sachet" in text:
        text = _FOOD_PACKS.sub(lambda m: _packs_of(m, ctx), text)
    if "ed in " in text or "ed with " in text:
        text = _SERVED.sub(" with ", text)  # "boiled potatoes dipped in salt": with salt
    if "pepper" in text:
        text = _PEPPER.sub("", text)  # "2 fried eggs with salt and pepper": no bell pepper
    if "scoop" in text:
        text = _SCOOPS_OF.sub(lambda m: _scooped(m, ctx), text)  # "2 scoops of vanilla"
    return text


#: How a drink mix was made up, between commas: "2 scoops per bottle", "1 tab a bottle": how
#: strong, no food of its own (the bottles said, and their kcal, are the drink's).
MIXED_UP = re.compile(
    r"(?:,|^)\s*[0-9]+(?:\.[0-9]+)?\s*(?:scoops?|tabs?|tablets?|sachets?|sticks?|g|grams?|tsp|tbsp)"
    r"\s+(?:per|a|an|each|in each|to a|to each|in a)\s+(?:bottle|flask|bidon)s?\b(?=\s*(?:,|$))"
)


#: An omelette with its eggs counted after it: "a ham and cheese omelette with three eggs".
_EGG_COUNTS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_OMELETTE_EGGS = re.compile(
    r"(?P<fill>\b(?:an?\s+)?(?:[a-z]+(?:\s+(?:and|&)\s+|,\s*|\s+)){0,4}?)"
    r"omelet(?:te)?\s+(?:with|of|using|made\s+with|made\s+from)\s+"
    rf"(?P<n>[2-6]|{'|'.join(_EGG_COUNTS)})\s+(?:whole\s+)?eggs\b"
)
_OMELETTE_FILLING_G = 30


_ARTICLE = re.compile(r"^(?:an?|the|some)\s+")


def omelette_eggs(text: str, ctx: ParseContext) -> str:
    """ "a ham and cheese omelette with three eggs" as a 3 egg omelette, 30g ham, 30g cheese:
    the omelette's eggs are those counted (not two more beside them), and its fillings stay
    (read as a dish before its parts, the fillings had been dropped or split off)."""
    if "omelet" not in text or "egg" not in text:
        return text
    return _OMELETTE_EGGS.sub(lambda m: _omelette_of(m, ctx), text)


def _omelette_of(m: re.Match[str], ctx: ParseContext) -> str:
    words = m["fill"].split()
    for start in range(len(words)):  # "had a ham and cheese": the fillings end the words
        fill = " ".join(words[start:])
        names = [_ARTICLE.sub("", n) for n in re.split(r"\s*(?:\band\b|&|,)\s*", fill) if n]
        if names and all(_exact(name, ctx) is not None for name in names):
            count = _EGG_COUNTS.get(m["n"], m["n"])
            lead = " ".join(words[:start])
            eaten = [f"{count} egg omelette", *(f"{_OMELETTE_FILLING_G}g {n}" for n in names)]
            return f"{lead} " * bool(lead) + ", ".join(eaten)
    return m[0]


#: "whole" (or "hole", as dictated) before a container: the container is whole already.
_WHOLE_CONTAINER = re.compile(
    r"\b(?:w?hole|entire)\s+(?=(?:bag|packet|pack|box|tub|tin|can|tray|punnet|jar|bottle|sleeve"
    r"|carton|tube|pot|pouch|sharing\s+bag|family\s+bag)s?\s+of\b)"
)
#: Packs named after their food, counted: "2 pretzel packs", "3 crisp packets", "2 yoghurt
#: pots" ("an egg pot" is a shop's food of its own).
_FOOD_PACKS = re.compile(
    r"\b(?P<n>[0-9]{1,2}|two|three|four|five|six)\s+(?P<food>[a-z]+)\s+"
    r"(?P<c>packs|packets|bags|pots|pouches|sachets)\b(?!\s+of\b)"
)


def _packs_of(m: re.Match[str], ctx: ParseContext) -> str:
    """ "2 pretzel packs" as "2 packs of pretzel" when the food is one the table knows (the
    container then weighs it, as "a pack of pretzels" does)."""
    if _exact(m["food"], ctx) is None:
        return m[0]
    return f"{m['n']} {m['c']} of {m['food']}"


#: Scoops of a flavour alone: "2 scoops of vanilla", "a scoop of strawberry" (no whey named).
_SCOOPS_OF = re.compile(
    r"\bscoops?\s+of\s+(?P<flavour>[a-z]+)(?=\s*(?:$|[,;+(]|\b(?:and|with|in|from|at|after|on"
    r"|for|before)\b))"
)


#: Words before "ice cream" that name a kind of it, not a flavour: "a scoop of protein" is whey.
_ICE_CREAM_KINDS = frozenset({"protein", "light", "rich", "soft", "premium"})


def _scooped(m: re.Match[str], ctx: ParseContext) -> str:
    """A scoop of a flavour is ice cream of it when the table knows that ice cream ("a scoop of
    strawberry" is no 144 g of strawberries, "2 scoops of chocolate" no chocolate bar)."""
    if m["flavour"] in _ICE_CREAM_KINDS or _exact(f"{m['flavour']} ice cream", ctx) is None:
        return m[0]
    return f"{m[0]} ice cream"


#: Ground pepper as a seasoning, beside salt or after "with": no food (a bell pepper is "a
#: pepper", "peppers", "red pepper").
_PEPPER = re.compile(
    r"(?<=salt)\s*(?:and|&|n|'n'|\+)\s*(?:black\s+|ground\s+|cracked\s+)?pepper\b"
    r"|\s+with\s+(?:black\s+|ground\s+|cracked\s+)?pepper(?=\s*(?:$|[,;.)]|\band\b))"
)


#: How a food was served with another: "dipped in salt", "sprinkled with sugar", "drizzled
#: with honey", "rolled in salt": the food with the other, no food "dipped".
_SERVED = re.compile(
    r"\s+(?:dipped|rolled|dunked|sprinkled|dusted|drizzled|smothered|coated|doused|covered"
    r"|slathered|loaded|glazed|tossed)\s+(?:in|with)\s+"
)


#: "buttered" before a food: "2 buttered rolls", "a buttered crumpet", "buttered bagel".
_BUTTERED = re.compile(
    r"\bbuttered\s+(?P<food>[a-z][a-z' -]*?)(?=\s*(?:$|[,;+(]|\band\b|\bwith\b))"
)


def _buttered(m: re.Match[str], ctx: ParseContext) -> str:
    """ "2 buttered rolls" as "2 rolls with butter" (a pat on each, see portions), unless the
    table knows the buttered food by that name ("buttered toast", "buttered popcorn")."""
    if ctx.foods.exact(m[0]) is not None:
        return m[0]
    return f"{m['food']} with butter"


#: Numbers said for one piece of a food: "100 kcal a gel", "230 cal per bar", "90 kcal each gel".
_PER_PIECE = re.compile(
    r"^\s*(?:~|≈|about\s+|around\s+)?[0-9]{1,4}\s*(?:k?cals?|kcals?|calories)\s+"
    r"(?:a|an|per|each|every)\s+(?P<name>[a-z][a-z ]*?)\s*$"
)


def _kcal_a_piece_of_the_last(part: str, stated: _Stated, pieces: list[_Piece]) -> bool:
    """A part that is a kcal for one of the food counted before it ("5 gels, 100 kcal a
    gel": the food named again, singular or not, after "a", "per" or "each") is each of
    them, not one more; whether it was."""
    last = pieces[-1]
    m = _PER_PIECE.match(part)
    if m is None or last.quantity is None or last.stated.any():
        return False
    said, named = m["name"].rstrip("s"), last.name.rstrip("s")
    if not said or not (named == said or named.endswith(" " + said)):
        return False
    stated.each = True
    last.stated.merge(stated)
    return True


def _numbers_of_the_last(
    pieces: list[_Piece], groups: list[int], words: _ItemWords, stated: _Stated,
    ctx: ParseContext,
) -> bool:
    """Numbers stated with no food of their own belong to the foods before them; whether they
    were placed. Alone ("curry and rice, about 950 kcal") they are the part's or the list's
    (see stated_for_the_part); with an amount they are that amount's: per one of the same
    unit ("2 bottles of tailwind, 200 kcal a bottle"), or the amount of a food named without
    one ("clif bloks, a whole pack (200 kcal)")."""
    qty, unit, last = words.quantity, words.unit, pieces[-1]
    if qty is None:
        _per_amount(stated, words.per, last.quantity, last.unit)
        if macro_of_a_list(pieces, groups, stated):
            return True  # "toast and a banana, 55g carbs": the foods, at the table's figures
        holds = None if stated.kcal is None else _holds(stated.kcal, ctx)
        stated_for_the_part(pieces, groups, holds)
        pieces[-1].stated.merge(stated)  # "shake 300 kcal, 20g protein"
        return True
    if unit is None or last.stated.any():
        return False
    if qty == 1 and unit == last.unit:
        stated.each = True
    elif last.quantity is None:
        last.quantity, last.unit = qty, unit
    else:
        return False
    last.stated.merge(stated)
    return True


def _made_with_its_milk(
    pieces: list[_Piece], matches: list[FoodMatch | None], ctx: ParseContext
) -> None:
    """ "a latte with oat milk": the latte made of oat milk (the milk named after it is in it)."""
    for at, (piece, match) in enumerate(zip(pieces, matches, strict=True)):
        if piece.milk is not None and match is not None:
            made = ctx.foods.made_with_milk(match.food, piece.milk)
            if made is not None:
                matches[at] = FoodMatch(made, match.score, match.exact)


def _foods_of(
    pieces: list[_Piece], ctx: ParseContext
) -> tuple[list[_Piece], list[FoodMatch | None]]:
    """The food each piece names, with known foods side by side cut apart (see
    _foods_side_by_side) and a pie beside chips a meat pie (see _savoury_pie)."""
    matches = [_match(piece, ctx) for piece in pieces]
    if None in matches:
        matches = [hit or _shape_of(piece, ctx) for piece, hit in zip(pieces, matches, strict=True)]
        pieces, matches = _foods_side_by_side(pieces, matches, ctx)
    if len(pieces) > 1:
        _savoury_pie(pieces, matches, ctx)
    return pieces, matches


#: "a wedge of brie", "2 rashers of bacon", "a stick of celery", "a slab of lasagne": a word or
#: two naming the shape of a piece, "of", then the food.
_SHAPE_OF = re.compile(r"^(?P<shape>[a-z]+(?:\s+[a-z]+)?)\s+of\s+(?P<food>.+)$")


def _shape_of(piece: _Piece, ctx: ParseContext) -> FoodMatch | None:
    """The food after the shape of its piece ("a wedge of brie"), when the whole is unknown: the
    food by that piece when it knows its weight ("2 rashers of bacon"), else its usual portion
    once, never the shape as a food of its own (a wedge is no potato wedge)."""
    if " of " not in piece.text or piece.stated.any():
        return None
    _, unit, _, after = _quantity(piece.text.lower())
    m = _SHAPE_OF.match(after.strip())
    if m is None or unit is not None or m["shape"].split()[-1] in CONTAINER_WORDS:
        return None  # "a bag of salt" is asked (the table knows what a bag holds)
    food = _exact(_clean_name(m["food"]), ctx)
    if food is None:
        return None
    shape = m["shape"].rstrip("s") if m["shape"].endswith("s") else m["shape"]
    piece.name = food.key
    if food.grams_for(1.0, shape) is not None:
        piece.unit = shape
    else:  # "a sleeve of oreos", "3 fingers of kitkat": pieces of a size the food does not
        piece.quantity = None  # know are its usual portion, once
    return FoodMatch(food, 1.0, exact=True)


#: Foods that hold the foods named before them: "tuna sweetcorn jacket potato", "black bean
#: tacos", "ham cheese omelette" are fillings in it, each at a filling's weight; a name whose
#: own food is already filled ("taco" is a beef taco) holds them as its plain shell.
_HOLDERS: dict[str, str | None] = {
    "jacket potato": None, "baked potato": None, "potato": None, "sweet potato": None,
    "omelette": None,
    "taco": "corn tortilla", "soft taco": "tortilla", "tortilla": None, "wholemeal wrap": None,
    "corn tortilla": None, "taco shells": None, "bagel": None, "pitta": None, "crumpet": None,
    "pancakes": None, "crepe": None, "toastie": "bread", "burrito": "tortilla",
    "quesadilla": "tortilla", "baguette": None,
}  # fmt: skip
#: Foods whose word, before another food, says how that one tastes rather than naming a food
#: of its own: "sweet chilli chicken", "honey mustard salmon", "garlic butter prawns".
_FLAVOUR_WORDS = frozenset({
    "sweet", "sour", "garlic", "honey", "lemon", "lime", "pepper", "butter", "mint", "ginger",
    "mustard", "salt", "vinegar", "sesame", "coconut", "cream", "maple", "chocolate", "orange",
    "apple", "cherry", "strawberry", "vanilla", "caramel", "toffee", "cinnamon",
})  # fmt: skip
#: A filling's most grams without a weight of its own: a slice's or a tortilla's, and a
#: potato's (which holds half a can of beans).
_SANDWICH_FILLING_G = 80.0
_POTATO_FILLING_G = 200.0
_POTATOES = frozenset({"jacket potato", "baked potato", "potato", "sweet potato"})
#: Most words a name of foods side by side is read from, and most foods in it.
_SIDE_BY_SIDE_WORDS = 8
_SIDE_BY_SIDE_FOODS = 4


def _foods_side_by_side(
    pieces: list[_Piece], matches: list[FoodMatch | None], ctx: ParseContext
) -> tuple[list[_Piece], list[FoodMatch | None]]:
    """An item no food names whose words are known foods side by side, with no "and" between
    them ("fish fingers chips", "tuna sweetcorn jacket potato", "black bean tacos x3"): those
    foods, each its own item; never an unresolved lump of known foods, nor a food SR28 lacks
    cut into known ones ("a macaroni pie" is no macaroni and an apple pie)."""
    out_pieces: list[_Piece] = []
    out_matches: list[FoodMatch | None] = []
    for piece, match in zip(pieces, matches, strict=True):
        named = match is not None or normalize_name(piece.name) in NO_SR28_ROW
        foods = None if named or piece.stated.any() else _known_words(piece.name, ctx)
        if foods is None:
            out_pieces.append(piece)
            out_matches.append(match)
            continue
        head = foods[-1][1]
        holder = _HOLDERS.get(head.key, "")
        shell = ctx.foods.get(holder) if holder else None
        filled = holder != ""
        after = bool(piece.sides)  # "black bean tacos x3": the count after the name
        at = len(foods) - 1 if filled or after else 0
        for i, (name, food) in enumerate(foods):
            part = _Piece(name, name, None, None, _Stated(), ())
            if i == at:
                part.quantity, part.unit = piece.quantity, piece.unit
                part.text = _with_amount(name, piece.quantity, piece.unit)
            elif filled:
                most = _POTATO_FILLING_G if head.key in _POTATOES else _SANDWICH_FILLING_G
                part.quantity, part.unit = filling_grams(food, len(foods) - 1, most), "g"
            out_pieces.append(part)
            out_matches.append(FoodMatch(shell or food if i == len(foods) - 1 else food, 1.0, True))
    return out_pieces, out_matches


#: What a pie is eaten with when it is a meat pie: "pie and chips", "pie, mash and gravy".
_SAVOURY_SIDES = re.compile(
    r"\b(?:chips|fries|mash|mashed potato(?:es)?|potato(?:es)?|gravy|peas|mushy peas|beans"
    r"|baked beans|veg|vegetables|greens|carrots|broccoli)\b"
)
#: The pie a plain "pie" is beside those (a pub or chippy steak pie), and the one it is alone.
SAVOURY_PIE, SWEET_PIE = "steak pie", "apple pie"


def _savoury_pie(pieces: list[_Piece], matches: list[FoodMatch | None], ctx: ParseContext) -> None:
    """ "pie and chips", "pie, mash and gravy": a plain pie with chips, mash or gravy is a
    meat pie, not the apple pie a "pie" alone is (UK chippy and pub food)."""
    for i, hit in enumerate(matches):
        if hit is None or hit.food.key != SWEET_PIE or pieces[i].name not in ("pie", "pies"):
            continue
        sides = (p.name for j, p in enumerate(pieces) if j != i)
        meat = ctx.foods.get(SAVOURY_PIE)
        if meat is not None and any(_SAVOURY_SIDES.search(name) for name in sides):
            matches[i] = FoodMatch(meat, hit.score, hit.exact)


def _with_amount(name: str, qty: float | None, unit: str | None) -> str:
    """A food's name with the amount the whole phrase stated ("tacos x3", "2 slices toast")."""
    if qty is None:
        return name
    return f"{name} x{qty:g}" if unit is None else f"{qty:g} {unit} {name}"


def _known_words(name: str, ctx: ParseContext) -> list[tuple[str, Food]] | None:
    """The fewest known foods (two or more) whose names, side by side, are every word of the
    name; None when some word is no food's."""
    words = name.split()
    if not 2 <= len(words) <= _SIDE_BY_SIDE_WORDS:
        return None
    best: list[list[tuple[str, Food]] | None] = [[]] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - 4), end):
            before, now = best[start], best[end]
            if before is None or (now is not None and len(now) <= len(before) + 1):
                continue
            seg = " ".join(words[start:end])
            food = _exact(seg, ctx)
            if food is not None:
                best[end] = [*before, (seg, food)]
    found = best[-1]
    if found is None or not 2 <= len(found) <= _SIDE_BY_SIDE_FOODS:
        return None
    if any(name in _FLAVOUR_WORDS for name, _ in found[:-1]):
        return None  # "sweet chilli chicken", "honey mustard salmon": no sweets, no honey
    held = {key for key, _ in found[-1][1].parts}  # "chicken bacon caesar salad": its own
    return [(name, food) for name, food in found[:-1] if food.key not in held] + found[-1:]


def _place_amount(
    pieces: list[_Piece], groups: list[int], qty: float | None, unit: str | None,
    ctx: ParseContext, *, each: bool = False, fixes: bool = False,
) -> None:
    """A bare amount naming no food belongs to the foods before it (see _amount_of_the_part),
    or to the last of them: "cheerios, 1 cup, with milk"; an amount "of each" to every one
    of them (see _each_of_the_part)."""
    if qty is None and unit is not None and (" " in unit or unit in PORTION_WORDS):
        qty = 1.0  # "spaghetti and meatballs, big bowl": one (big) bowl
    if qty is None or not pieces:
        return
    if unit is None and not each:
        _count_of_the_last(pieces[-1], qty, fixes)  # "fish fingers, 3 of them"
        return
    if each:
        _each_of_the_part(pieces, groups, qty, unit)
        return
    if unit is not None and _amount_of_the_part(pieces, groups, qty, unit, ctx):
        return
    if unit is not None and part_measured(pieces, groups, qty, unit, ctx):
        return  # "beans on toast, 2 slices": the toast's
    if unit not in (None, "packet") and (  # "the 2 pack" holds two
        pieces[-1].quantity is None
        # a weighed amount of what was counted: "a chocolate milk, 500ml"; of a container:
        # "a pot of blueberries, 125g"
        or (unit in MASS_UNITS_AND_ML and pieces[-1].unit is None)
        or (unit in MASS_UNITS_AND_ML and pieces[-1].quantity == 1
            and pieces[-1].unit not in MASS_UNITS_AND_ML)
    ):
        pieces[-1].quantity, pieces[-1].unit = qty, unit


def bare_count(text: str) -> tuple[float | None, bool]:
    """The count a clause states with no food ("had 3 lol", "like 4", "4 of them", "make
    that 3"), None if it names more than a count; and whether it was said as a correction."""
    fix = CORRECTION.match(text)
    part, fixes = (text[fix.end() :], True) if fix is not None else restated(text)
    if _DIGIT.search(part) is None and not fixes:
        return None, False
    words = _read_item(part)
    if words.name or words.unit is not None or words.quantity is None or words.stated().any():
        return None, False
    return words.quantity, fixes


def _count_of_the_last(last: _Piece, count: float, fixes: bool) -> None:
    """A count with no food, after a food named with none or as one ("nuggets, like 6", "a
    banana, actually 2"), or said as a correction ("3 eggs, make that 4"): the food's count."""
    if last.stated.any() or not (
        fixes or last.quantity is None or (last.quantity == 1 and last.unit is None)
    ):
        return
    last.quantity = count
    if last.unit is not None and not fixes:
        last.unit = None


#: An amount of every food just named: "1 cup of each", "half a cup each", "2 of each".
_OF_EACH = re.compile(r"(?:of\s+)?(?:each|both|each of them|each one|of them each)")


def _each_of_the_part(
    pieces: list[_Piece], groups: list[int], qty: float, unit: str | None
) -> None:
    """ "chickpea curry with couscous, 1 cup of each": the amount is every one's of the foods
    named before it (those of the part just before, else the one before) with none of their
    own. A weight "each" after a count is what one of them weighed: "2 eggs, 60g each"."""
    last = pieces[-1]
    if unit in MASS_UNITS_AND_ML and last.quantity is not None and (
        last.unit not in MASS_UNITS_AND_ML and not last.stated.any()
    ):
        last.quantity, last.unit = last.quantity * qty, unit
        return
    start = len(groups)
    while start > 0 and groups[start - 1] == groups[-1]:
        start -= 1
    for piece in pieces[start:]:
        if piece.quantity is None and piece.unit is None and not piece.stated.any():
            piece.quantity, piece.unit = qty, unit


def _amount_of_the_part(
    pieces: list[_Piece], groups: list[int], qty: float, unit: str, ctx: ParseContext
) -> bool:
    """A bare amount after a part that named several foods without amounts: "chilli with
    rice, 2 bowls" is two servings of the whole part; "toast and marmalade, 2 slices" is the
    food measured in slices. Whether the amount was placed."""
    start = len(groups)
    while start > 0 and groups[start - 1] == groups[-1]:
        start -= 1
    group = pieces[start:]
    if len(group) < 2:
        return False
    if unit in PORTION_WORDS or unit == "serving":
        if any(p.quantity is not None or p.stated.any() for p in group):
            return False
        for piece in group:
            piece.quantity = qty  # that many of each food's serving
        return True
    for piece in group:  # "ham on a bagel, 3 slices": the ham's, though the bagel was counted
        if piece.quantity is not None or piece.stated.any():
            continue
        hit = ctx.foods.match(piece.name, extra=ctx.user_foods) if piece.name else None
        if hit is not None and takes(hit.food, unit):
            piece.quantity, piece.unit = qty, unit
            return True
    return False


def forget_phrases() -> None:
    """Empty the item and suggestion caches (a benchmark of first sight starts from none)."""
    _read_item.cache_clear()
    _quantity.cache_clear()
    _name_after_amount.cache_clear()
    _SUGGESTED.clear()
    _EXACT.clear()
    _WHOLE.clear()
    _TAILS.clear()
    _CUTS.clear()
    _ITEMS.clear()
