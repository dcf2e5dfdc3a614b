"""One item's words before any food is looked up: its amount and unit ("2 slices of", "a
scoop", "150g"), the numbers it states ("100 kcal each", "30 g protein", "per 500ml"), and the
name left when filler words are gone ("just had some toast" -> "toast").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from engine.errors import ImplausibleValue
from engine.parsing.context import (
    _DIGIT,
    MAX_MEAL_KCAL,
    MAX_STATED_MACRO_G,
    _words,
    letter_runs,
    starting_with,
)
from engine.parsing.portions import _Stated
from engine.quantities import NUMBER_WORDS, UNITS
from engine.spelling import Speller

#: Item phrases already read. Runners write the same items day after day ("2 eggs", "coffee
#: with milk"), and reading one costs a dozen regex scans; the reading depends on the words
#: alone, so it is kept (bounded: least recently used phrases go first).
ITEM_CACHE_SIZE = 4096
_SIZES = {
    "small", "medium", "large", "grande", "venti", "footlong", "jumbo", "mini", "extra large",
    "fun size", "king size",
}  # fmt: skip
#: What a size word scales ("a large glass", "a small bowl"); a "small handful" is a handful.
_SIZED = {"glass", "bowl", "mug", "cup", "plate", "serving", "bottle", "pot", "container"}


_KCAL = re.compile(
    r"(?:(?:~|about|approx\.?|around|roughly)\s*+)?\b(?P<v>[0-9]{1,6}(?:\.[0-9]+)?)\s*"
    r"(?:kcals?|k?cals?|calories|cals?)\b|\b(?:kcal|calories|cals?)\s*:?\s*(?P<v2>[0-9]{1,6})\b"
)
_MACRO = re.compile(
    r"(?=[0-9cfp])(?:"
    r"\b(?P<v>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?:g|gr|grams?)?\s*(?:of\s+)?"
    r"(?P<m>protein|prot|pro|carbs?|carbohydrates?|cho|fats?)\b"
    r"(?!\s*(?:powder|shake|bar|isolate|pancakes?|cookies?|yogh?urt|oats|balls?|drink|ice cream))"
    r"|\b(?P<v2>[0-9]{1,4}(?:\.[0-9]+)?)(?P<m2>p|c|f)\b"
    r"|\b(?P<m3>protein|carbs?|fats?)\s*:?\s*(?P<v3>[0-9]{1,4}(?:\.[0-9]+)?)"
    # "vegan protein 2 scoops" is two scoops of it, not 2 g of protein
    r"(?!\s*(?:scoops?|servings?|bars?|shakes?|bottles?|sachets?|pots?|tubs?)\b)\s*(?:g|grams?)?\b"
    r")"
)
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_QTY_WORDS = "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if not w[0].isdigit()), key=len, reverse=True)
)
#: A unit word that begins a food's own name is the food ("a slice of pound cake", "a cup
#: cake"), not a pound or a cup of cake.
_CAKE_NAMED_BY_A_UNIT = r"(?!(?:pound|cup)\s+cakes?\b)"
_LEAD_QTY = re.compile(
    rf"^(?:(?P<n>[0-9]{{1,5}}(?:\.[0-9]+)?)|(?P<w>{_QTY_WORDS})"
    rf"|(?P<the>the)(?=\s+(?:whole|entire|full)\s+(?:{_UNIT_ALT})(?![a-z])))"  # "the full pack"
    r"(?![0-9a-z%]|\.[0-9])\s*(?:x\s+)?"
    r"(?:(?<=[0-9] )of\s+(?=(?:a|an|the)\s))?"  # "0.75 of a 100g bar": a share, said in digits
    r"(?:(?<=of )(?:a|an|the)\s+)?"  # "a third of a bottle", "half of the pizza"
    rf"(?:(?:whole|entire|full)\s+(?=(?:{_UNIT_ALT})(?![a-z])))?"  # "a whole pack"
    rf"(?:{_CAKE_NAMED_BY_A_UNIT}(?P<u>{_UNIT_ALT})(?![a-z])\.?\s*)?(?:of\s+)?"
)
_ARTICLES = frozenset({"a", "an", "one"})
_WHOLE_UNIT = re.compile(rf"(?:whole|entire|full)\s+(?:{_UNIT_ALT})(?![a-z])")
#: A measured size after "a" ("a 32oz gatorade", "a 500ml coke"): weights and volumes only.
_SIZE_FIRST = re.compile(
    r"(?P<n>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?P<u>fl oz|oz|ml|g|l|cl)(?![a-z0-9])\s*(?:of\s+)?"
)
#: A count of a pack after "a": "a 20 pack of timbits", "a 6-pack of donuts".
_PACK_OF = re.compile(r"[0-9]{1,3}\s*-?\s*(?:pack|pk)\b")
_ANY_QTY = re.compile(
    r"(?=[0-9x(])(?:"
    rf"\b(?P<n>[0-9]{{1,5}}(?:\.[0-9]+)?)\s*(?P<u>{_UNIT_ALT})(?![a-z])(?:\s+of)?"
    r"|\bx\s*(?P<x>[0-9]{1,3})\b|\b(?P<x2>[0-9]{1,3})\s*x\b|\((?P<p>[0-9]{1,3})\)"
    r"|(?<![0-9.])(?P<tail>[0-9]{1,3}(?:\.[0-9]+)?)\s*$"
    r")"
)
_UNIT_AFTER_WORD = re.compile(
    rf"^{_CAKE_NAMED_BY_A_UNIT}(?P<u>{_UNIT_ALT})(?![a-z])\.?\s*(?:of\s+)?"
)
_LEAD_FILLER = re.compile(
    r"^(?:(?:i|i've|ive|just|had|have|having|ate|eaten|eating|drank|drinking|got|grabbed"
    r"|took|necked|downed|sipped|swallowed|bought|made|whipped up"
    r"|inhaled|demolished|wolfed(?:\s+down)?|polished\s+off|hoovered(?:\s+up)?|finished\s+off"
    r"|for|my|some|then|also|plus|quick|finished|with|after|afterwards|was|were|maybe|about"
    r"|around|roughly|approx|approximately|probably|like|nearly|almost"
    # how little went down when ill or after a race: "only managed", "could barely stomach"
    r"|(?:could\s+)?(?:only|barely|just|hardly)\s+stomach|could\s+(?:only|barely|just|hardly)"
    r"|only|barely|hardly|managed(?:\s+to\s+(?:eat|have))?|stomached|kept\s+down|keep\s+down"
    r"|get\s+down|face"
    r"|(?:a\s+)?(?:beer\s+|tasting\s+)?flight\s+of(?=\s+[0-9]))\s+)+"  # "a flight of 4 thirds"
)
#: Every word _LEAD_FILLER starts with: a text that starts with none is not tried.
_LEAD_FILLER_START = (
    "i", "just", "had", "have", "having", "ate", "eat", "drank", "drinking", "got", "grabbed",
    "took", "necked", "downed", "sipped", "swallowed", "bought", "made", "whipped", "for",
    "inhaled", "demolished", "wolfed", "polished", "hoovered", "finished",
    "my", "some", "then",
    "also", "plus", "quick", "finished", "with", "after", "was", "were", "maybe", "about", "around",
    "roughly", "approx", "probably", "like", "nearly", "almost", "could", "only", "barely",
    "hardly", "managed", "stomached", "kept", "keep", "get", "face", "a", "beer", "tasting",
    "flight",
)  # fmt: skip
_LEAD_FILLER_STARTS = starting_with(_LEAD_FILLER_START)


def _drop_lead_filler(text: str) -> str:
    """The text without the filler words it starts with ("just had some toast" -> "toast")."""
    return _LEAD_FILLER.sub("", text) if _LEAD_FILLER_STARTS(text) else text


_FILLER = re.compile(
    # a course named after its food: "ice cream for pudding" (no pudding eaten as well)
    r"\b(?:(?:for|as) (?:dessert|pudding|pud|afters)\b"
    r"|of course|way too much|too much|too many|so much|i|i've|ive|i'd|just|had|have"
    r"|having|ate|eaten|eat|eating|drank|(?<![a-z] )drink|drinking|some|my|the|for|of|then"
    r"|also|got|grabbed|munched|scoffed|devoured|rehydrated|took|necked|downed|sipped|a bit of"
    # how fast it went: "inhaled a bag of crisps", "wolfed down 2 bananas"
    r"|inhaled|demolished|wolfed(?: down)?|polished off|hoovered(?: up)?|finished off"
    r"|bit of|little(?! caesars?\b)"
    r"|quick|today|yum|yummy|delicious|really|very|meal(?! deal)|food|large-ish|ish|approx|about"
    r"|around|roughly|like|maybe|homemade|home made|fresh|tasty|lovely|massive|huge|giant"
    r"|after|afterwards|before|later|earlier|during|post|pre"
    r"|decent|nice|good|great|again|too|as well|ok|so|lol|haha|was|were|it|that|this|lot of"
    r"|apparently|reckon|think|or so|them|em|those|these|supposedly|allegedly|give or take"
    r"|obviously|naturally|as always|as usual|as ever|predictably"
    r"|(?:well\s+)?earned(?:\s+it)?|(?:well\s+)?deserved(?:\s+it)?"  # "poutine, earned it"
    r"|inevitably|honestly|tbh|tbf|admittedly|clearly|needless to say|instead"
    r"|seconds|second helping|big portion|huge portion"
    r"|(?<=dry )weight|(?<=raw )weight|(?<=cooked )weight"  # "100g rice (dry weight)"
    # words for food itself ("proper scran", "pub grub"), and food made ("1 cup made")
    r"|scran|grub|nosh|made|prepared"
    r"|as a side|as sides|on the side"
    r"|lots of|tons of|bunch of|loads of|more|another|extra|side of|side(?! up\b)|bowl of|cup of"
    r"|glass of"
    r"|was|only|yesterday|today|tonight|this|now|some more|forgot to log|forgot to add|forgot"
    r"|to log|in total|total|over the day|throughout the day|all day|takeaway|take-away|takeout"
    r"|(?:through|across|during|over the course of) the day"
    r"|(?:straight )?(?:out of|out|from) the (?:fridge|freezer|cupboard|jar|tub|tin|bag|packet)"
    r"|snacked on|snacking on|snacked|nibbled on|nibbled|midnight|late|early|bedtime"
    r"|food log|food diary|log|diary|eats|probably|prob|est|estimated|guessing|guess"
    r"|(?:per|on|from) (?:the )?(?:packet|pack|label|box|wrapper|app|mfp)|(?:the )?label says"
    r"|(?:the )?(?:packet|pack|box|app|mfp) says|according to (?:the )?(?:label|packet|app|mfp))\b"
    r"|(?<![\w'])'?s\b"
)
_NAME_CHARS = re.compile(r"[^\w'% -]+|_")
_SPACES = re.compile(r"\s+")

_COUNT_BEFORE_KCAL = re.compile(r"\s*(?:[a-z]+\s+)?[0-9]{1,2}\s*x\s+")
#: A count times the kcal of one: "gels 3x100kcal", "2 x 90 kcal": the count stays an amount.
_TIMES_KCAL = re.compile(
    r"\b(?P<n>[0-9]{1,2})\s*[x*]\s*(?P<v>[0-9]{2,4})\s*(?:kcals?|k?cals?|calories)\b"
)
_EACH = re.compile(r"\b(?:each|apiece|a piece|per (?:gel|bar|piece|one|serving|slice|cookie))\b")


def _kcal_of(text: str, stated: _Stated) -> tuple[re.Match[str] | None, str]:
    """The kcal stated in an item, into `stated`, and the text without it; "3x100kcal" is
    three at 100 each (the count stays in the text)."""
    times = _TIMES_KCAL.search(text)
    if times is not None:
        stated.kcal, stated.each = float(times["v"]), True
        return None, f"{text[: times.start()]}{times['n']} x {text[times.end() :]}"
    m = _KCAL.search(text)
    if m:
        stated.kcal = float(m["v"] or m["v2"])
        text = text[: m.start()] + " " + text[m.end() :]
    return m, text


#: A hedged number with no unit after a food ("burrito ~650", "lamb curry about 800"), or one
#: after "=" or in brackets ("burrito = 650", "lasagne (720)"). No one eats hundreds of a thing
#: (MAX_ITEM_COUNT), and from 250 up such a number is more often a dish's kcal than its grams,
#: which runners write with "g"; below that ("rice about 200") it stays a count, refused and
#: asked again.
_HEDGED_KCAL_FROM = 250.0
_HEDGED_BARE_KCAL = re.compile(
    r"(?<=[a-z)])\s+(?:~\s*|(?:about|around|roughly|approx\.?|prob(?:ably)?)\s+~?\s*)"
    r"(?P<v>[0-9]{3,5})\W*$"
    r"|(?<=[a-z])\s*(?:=\s*~?|\(\s*~?)\s*(?P<v2>[0-9]{3,5})\s*\)?\W*$"
)


def _hedged_bare_kcal(text: str, stated: _Stated) -> str:
    m = _HEDGED_BARE_KCAL.search(text)
    if m is None or not _HEDGED_KCAL_FROM <= float(m["v"] or m["v2"]) <= MAX_MEAL_KCAL:
        return text
    stated.kcal, stated.bare = float(m["v"] or m["v2"]), True
    return text[: m.start()]


def _stated_numbers(text: str) -> tuple[_Stated, str]:
    stated = _Stated()
    if _DIGIT.search(text) is None:
        return stated, text
    m, text = _kcal_of(text, stated) if "cal" in text else (None, text)  # all have "cal"
    if m is None and stated.kcal is None:
        text = _hedged_bare_kcal(text, stated)
    for m in _MACRO.finditer(text):
        value = float(m["v"] or m["v2"] or m["v3"])
        macro = (m["m"] or m["m2"] or m["m3"])[0]
        if value > MAX_STATED_MACRO_G:
            raise ImplausibleValue(
                f"{value:g} g in one item is more than anyone eats. Nothing was saved;"
                " check the numbers."
            )
        if macro == "p":
            stated.protein_g = value
        elif macro == "c":
            stated.carbs_g = value
        else:
            stated.fat_g = value
    if stated.protein_g is not None or stated.carbs_g is not None or stated.fat_g is not None:
        text = _MACRO.sub(" ", text)
    if stated.any() and (each := _EACH.search(text)) is not None:
        stated.each = True
        text = text[: each.start()] + " " + text[each.end() :]
    elif m and _COUNT_BEFORE_KCAL.match(text, 0, m.start() + 1):
        stated.each = True  # "2 x 90 kcal gels": 90 kcal is one gel
    elif m and text[: m.start()].rstrip().endswith(("@", " at")):
        stated.each = True  # "3 gels @ 100kcal", "3 bars at 230 kcal": at that apiece
    if stated.kcal is not None and stated.kcal > MAX_MEAL_KCAL:
        raise ImplausibleValue(
            f"{stated.kcal:,.0f} kcal is more than anyone eats at once. Nothing was saved;"
            " check the number and send it again."
        )
    return stated, text


def _sized(
    lead: re.Match[str], qty: float, text: str
) -> tuple[float | None, str | None, str, str] | None:
    """A count with no unit, then a measured size: "a 32oz gatorade", "a 500ml bottle of
    water" (the size is the amount), "3 x 330ml coke", "2 500ml bottles of gatorade" (so many of
    that size), "a coke 330ml" (one of it, the size said after); None without one."""
    if lead["w"] and qty < 1 and text.startswith("the ") and _SIZE_FIRST.match(text, 4):
        text = text[4:]  # "half the 400g pack": that share of the size
    if not lead["the"] and (size := _SIZE_FIRST.match(text)):
        rest = text[size.end() :]
        if (u := _UNIT_AFTER_WORD.match(rest)) is not None:
            rest = rest[u.end() :]  # "bottle of", "cans of": what held the measured size
        return qty * float(size["n"]), UNITS[size["u"]], "", rest
    if lead["w"] in _ARTICLES and (after := _ANY_QTY.search(text)) and after["n"]:
        return float(after["n"]), UNITS[after["u"]], text[: after.start()], text[after.end() :]
    return None


@lru_cache(maxsize=ITEM_CACHE_SIZE)  # asked of one text by _read_item and _name_after_amount
def _quantity(text: str) -> tuple[float | None, str | None, str, str]:
    """Quantity, canonical unit, and the words before and after them.

    "2 slices of toast" -> (2, "slice", "", "toast"); "protein shake 1 scoop whey" -> (1,
    "scoop", "protein shake", "whey"), so the caller can try either side as the food.
    """
    text = _drop_lead_filler(text.strip(" -:.,"))
    if text.startswith(("whole ", "entire ", "full ")) and _WHOLE_UNIT.match(text):
        text = "a " + text  # "whole tin", "entire bag": one of it
    qty: float | None = None
    unit: str | None = None
    m = _LEAD_QTY.match(text)
    if m:
        qty = float(m["n"]) if m["n"] else NUMBER_WORDS[m["w"]] if m["w"] else 1.0
        unit = UNITS[m["u"]] if m["u"] else None
        text = text[m.end() :]
        if m["w"] in _ARTICLES and unit is None and _PACK_OF.match(text):
            return _quantity(text)  # "a 20 pack of timbits" is the 20 pack
        if unit is None and (sized := _sized(m, qty, text)) is not None:
            return sized
    elif (m2 := _ANY_QTY.search(text)) is not None:
        before, after = text[: m2.start()], text[m2.end() :]
        if m2["n"]:
            return float(m2["n"]), UNITS[m2["u"]], before, after
        count = m2["x"] or m2["x2"] or m2["p"] or m2["tail"]
        return float(count), None, before, after
    while (u := _UNIT_AFTER_WORD.match(text)) is not None:
        word = UNITS[u["u"]]
        if unit is not None and unit not in _SIZES and word in _SIZES:
            break  # "a packet of mini cheddars", "a bag of mini eggs": the size names the food
        if unit in _SIZES and word in _SIZED:
            unit = f"{unit} {word}"  # "a large glass of wine", "a small bowl of pasta"
        elif unit is None or word not in _SIZES:
            unit = word
        text = text[u.end() :]
    if qty is not None and unit is None:
        first, _, rest = text.partition(" ")
        fixed = _unit_spelling().correct(first) if rest and len(first) > 3 else None
        if fixed is not None:  # "2 slics pizza", "a tablespon of honey": a misspelt unit
            unit, text = UNITS[fixed], rest.removeprefix("of ")
    return qty, unit, "", text


@lru_cache(maxsize=1)
def _unit_spelling() -> Speller:
    """The speller over the one-word units; only a word with a food after it is corrected
    ("2 pintxos" names no unit, whatever its letters)."""
    return Speller(u for u in UNITS if u.isalpha())


#: A word that joins a name to what follows, left at its end when what followed was no food
#: ("leftover chilli from last night" without the night).
_DANGLING = re.compile(r"(?:\s+(?:from|by|each))+$")  # "a bagel each": the runner's one


#: The first word of each of _FILLER's branches: a name holding none of them (most do not:
#: "chicken breast", "toast") has no filler to drop, and the long alternation is not tried.
_FILLER_FIRST = _words(
    "a about according after afterwards again all also another app approx around as ate",
    "bedtime before bit bowl box bunch cup decent delicious devoured diary downed drank drink",
    "drinking during earlier early eat eaten eating eats est estimated extra food for forgot",
    "fresh from giant glass good got grabbed great guess guessing had haha have having home",
    "homemade huge i in ish it ive just label large late later like little loads log lol lot",
    "lots lovely massive maybe meal mfp midnight more munched my necked nibbled nice now of ok",
    "on only over pack packet per post pre prob probably quick really roughly s scoffed side",
    "sipped snacked snacking so some take takeaway takeout tasty that the then this throughout",
    "to today tonight tons too took total very was way were yesterday yum yummy",
    "apparently reckon think or them em those these supposedly allegedly give seconds second",
    "big", "scran", "grub", "nosh", "made", "prepared",
    "obviously naturally predictably inevitably honestly tbh tbf earned deserved well",
    "admittedly clearly needless instead", "rehydrated",
    "inhaled demolished wolfed polished hoovered finished through across during straight out",
    "weight",
)


#: Whose the food was, before it: "the kids leftover chicken nuggets", "my son's fish fingers",
#: "the toddler's uneaten toast": the food, eaten by the runner.
_WHOSE = re.compile(
    r"^\s*(?:(?:the|my|our|his|her)\s+)?(?:kids?|son|daughter|toddler|baby|wife|husband|hubby"
    r"|partner|boyfriend|girlfriend|flatmate|housemate|mate|friend)(?:'s|s'|')?\s+"
    r"(?:(?:leftover|left over|leftovers of|spare|unfinished|uneaten|cold|half eaten)\s+)?(?=[a-z])"
)


def _only_name_chars(text: str) -> bool:
    """Whether an ASCII text holds only letters, digits, spaces, "'", "%" and "-", which
    _NAME_CHARS leaves as they are: the usual name ("peanut butter on toast"), told in a
    few string methods instead of a scan of every character."""
    return text.isascii() and (
        text.replace(" ", "").replace("'", "").replace("-", "").replace("%", "").isalnum()
    )


def _clean_name(text: str) -> str:
    if ("kid" in text or "'" in text or "my " in text or "the " in text) and (
        (whose := _WHOSE.match(text)) is not None
    ):
        text = text[whose.end() :]
    if not _only_name_chars(text):
        text = _NAME_CHARS.sub(" ", text)
    if not _FILLER_FIRST.isdisjoint(letter_runs(text)):
        text = _FILLER.sub(" ", text)
    text = " ".join(text.split()).strip(" -'")  # as _SPACES.sub(" ", text), faster
    # one space between words now: _DANGLING can only match a text ending " from", " by" or
    # " each"
    return _DANGLING.sub("", text) if text.endswith((" from", " by", " each")) else text


def _trailing_unit(name: str, unit: str | None) -> tuple[str, str | None]:
    """ "tuna can" -> ("tuna", "can"): a unit word after the food."""
    head, _, last = name.rpartition(" ")
    if head and last in UNITS and unit is None:
        return head, UNITS[last]
    return name, unit

@dataclass(frozen=True, slots=True)
class _ItemWords:
    """What the words of one item say before any food is looked up ("2 slices of toast")."""

    shown: str  # the item as the reply shows it, without "had" or "just"
    kcal: float | None
    protein_g: float | None
    carbs_g: float | None
    fat_g: float | None
    each: bool
    bare: bool  # the kcal was a number with no unit (see _HEDGED_BARE_KCAL)
    quantity: float | None
    unit: str | None
    before: str  # the words before a mid-text quantity ("protein shake" in "... 1 scoop whey")
    after: str
    name: str  # the cleaned name: before and after, without filler words
    per: tuple[float, str] | None  # numbers stated per this many ml or g ("per 500ml")

    def stated(self) -> _Stated:
        """A fresh copy of the stated numbers (a later "20g protein" merges into it)."""
        return _Stated(
            self.kcal, self.protein_g, self.carbs_g, self.fat_g, self.each, bare=self.bare
        )


#: Numbers stated per an amount: "1.5L of tailwind (100 kcal per 500ml)" is 300 kcal.
#: A label's "a 100g" ("580 kcal a 100g") said last, as "per 100g".
_PER_AMOUNT = re.compile(
    r"(?:\bper|/|\ba(?=\s*+100\s*+(?:g|ml|grams)\s*+(?:$|[,.;)])))"
    r"\s*+(?P<n>[0-9]{1,4}(?:\.[0-9]+)?)\s*+(?P<u>ml|l|g|kg|grams)\b"
)
#: Those amounts' units in ml or g, and which of the two they measure.
_ML_OR_G = {
    "ml": (1.0, "ml"), "l": (1000.0, "ml"), "g": (1.0, "g"), "kg": (1000.0, "g"),
    "grams": (1.0, "g"),
}  # fmt: skip


#: A weight after a food served by a piece or a container: what that one weighed.
#: A drink's size in ounces is its volume: "a bottle of powerade (20 oz)", "a carton, 12 fl oz".
_WEIGHT_AFTER = re.compile(
    r"(?:[,\s]+|\s*\(\s*(?=[0-9.]+\s*(?:g|kg|ml|l|fl\.?\s*oz|oz)\s*\)))"  # "(145g)", "(20 oz)"
    r"(?P<n>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?P<u>g|kg|ml|l|fl\.?\s*oz|oz)\s*\)?\s*$"
)


#: What one of a count weighed, after it: "2 slices of toast (35g each)", "3 eggs 60g each".
_WEIGHT_EACH = re.compile(
    r"[,\s]*\(?\s*(?P<n>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?P<u>g|kg|ml|oz)\s+(?:each|apiece|a piece)"
    r"\s*\)?\s*$"
)


#: Food taken at intervals: "a gel every 30 min for 2 hours" is 4 gels.
_EVERY = re.compile(
    r"\bevery\s+(?P<n>[0-9]{1,3})\s*(?P<u>min|mins|minutes|m)\s+(?:for|over)\s+(?:the\s+)?"
    r"(?P<t>[0-9]{1,2}(?:\.[0-9])?)\s*(?P<tu>h|hrs?|hours?|min|mins|minutes)\b"
)


def _times(every: re.Match[str]) -> float:
    """How many times in all: the whole time over the interval, at least once."""
    whole = float(every["t"]) * (60 if every["tu"][0] == "h" else 1)
    return max(1.0, float(int(whole // float(every["n"]))))


#: A size in brackets: "4 pancakes (4 inch)", "2 tortillas (8")": how wide each one is, no
#: count or amount (the food's own piece is what a size like that weighs).
_SIZE_IN_BRACKETS = re.compile(
    r"\(\s*(?:about\s+|approx\.?\s+|~\s*)?[0-9]{1,2}(?:\.[0-9])?\s*(?:-\s*)?"
    r"(?:inch(?:es)?|in|\"|”|cm)\s*(?:wide|across|diameter|dia|round|ones?)?\s*\)"
)


#: Milk by the fat on its carton ("milk 3.5%", "1,5% milk", "milk (3,8%)"), as Germany, the
#: Netherlands and Scandinavia sell it.
_MILK_FAT = re.compile(
    r"(?P<a>[0-9][.,][0-9]{1,2})\s*%\s*(?:fat\s+)?milk\b"
    r"|\bmilk\s*\(?\s*(?P<b>[0-9][.,][0-9]{1,2})\s*%\s*(?:fat\s*)?\)?"
)


def _milk_by_fat(m: re.Match[str]) -> str:
    """The everyday milk nearest the fat said: USDA's whole milk is 3.25 %, its reduced-fat
    2 %, its low-fat 1 % and its skim 0.1 %."""
    fat = float((m["a"] or m["b"]).replace(",", "."))
    if fat >= 3.0:
        return "whole milk"
    if fat >= 1.5:
        return "semi-skimmed milk"
    return "1% milk" if fat >= 0.5 else "skimmed milk"


@lru_cache(maxsize=ITEM_CACHE_SIZE)
def _read_item(part: str) -> _ItemWords:
    """Read one item's words; raises ImplausibleValue for a stated number no one eats."""
    said = part  # as written, for the reply: "milk 3.5%", not the row it was read as
    if "%" in part and "milk" in part:
        part = _MILK_FAT.sub(_milk_by_fat, part)
    if "(" in part:
        part = _SIZE_IN_BRACKETS.sub("", part)
    stated, rest = _stated_numbers(part)
    per = (
        _PER_AMOUNT.search(rest)
        if stated.kcal is not None and ("per" in rest or "/" in rest or " a 100" in rest)
        else None
    )
    if per is not None:
        rest = rest[: per.start()] + " " + rest[per.end() :]
    every = _EVERY.search(rest) if "every" in rest else None
    if every is not None:
        rest = rest[: every.start()] + " " + rest[every.end() :]
    qty, unit, before, after = _quantity(rest)
    if unit is not None and unit not in _ML_OR_G and (qty is None or 0 < qty <= 1) and (
        weighed := _WEIGHT_AFTER.search(after)
    ):  # "a pot of grapes 150g", "a tin of tuna (145g)": the weight said is the amount
        qty, unit, after = float(weighed["n"]), weighed["u"], after[: weighed.start()]
        unit = "fl oz" if unit.startswith("fl") else unit  # "oz" of a drink is its fl oz
    if qty is not None and unit not in _ML_OR_G and (each := _WEIGHT_EACH.search(after)):
        qty, unit, after = qty * float(each["n"]), each["u"], after[: each.start()]
    if every is not None:
        qty = (qty or 1) * _times(every)
    said = _SIZE_IN_BRACKETS.sub("", said) if "(" in said else said
    shown = _drop_lead_filler(said.strip(" -:.,|(")) or said.strip(" |")
    if shown.endswith(")") and "(" not in shown:
        shown = shown.rstrip(" )")  # "light lunch (soup)" with its label taken out
    name = _clean_name(before + " " + after)
    return _ItemWords(
        shown, stated.kcal, stated.protein_g, stated.carbs_g, stated.fat_g, stated.each,
        stated.bare, qty, unit, before, after, name,
        None if per is None else (float(per["n"]) * _ML_OR_G[per["u"]][0], _ML_OR_G[per["u"]][1]),
    )  # fmt: skip


def _per_amount(
    stated: _Stated, per: tuple[float, str] | None, qty: float | None, unit: str | None
) -> None:
    """Scale numbers stated per an amount ("100 kcal per 500ml") to the amount eaten."""
    if per is None or qty is None or unit not in _ML_OR_G or _ML_OR_G[unit][1] != per[1]:
        return
    scale = qty * _ML_OR_G[unit][0] / per[0]
    stated.kcal = None if stated.kcal is None else round(stated.kcal * scale, 1)
    stated.protein_g = None if stated.protein_g is None else round(stated.protein_g * scale, 1)
    stated.carbs_g = None if stated.carbs_g is None else round(stated.carbs_g * scale, 1)
    stated.fat_g = None if stated.fat_g is None else round(stated.fat_g * scale, 1)
