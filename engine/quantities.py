"""Numbers and units as runners type them: "½", "1 1/2", "two", "a handful of", "3x", "oz"."""

from __future__ import annotations

import re

from engine.food_units import UNIT_ALIASES

# Re-exported for the parser, which reads amounts with these (engine/units.py holds them).
from engine.units import KM_PER_MILE as KM_PER_MILE  # noqa: PLC0414
from engine.units import M_PER_FOOT as M_PER_FOOT  # noqa: PLC0414

_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅕": 0.2}
_VULGAR_RE = re.compile(r"(?<![0-9])(?:([0-9]++)\s*+)?([½⅓⅔¼¾⅛⅕])")
_THOUSANDS_RE = re.compile(r"(?=[0-9])\b([0-9]{1,3}),([0-9]{3})(?![0-9])(?![.,][0-9])")  # "+1,350m"
_DIGIT_COMMA_DIGIT = re.compile(r"[0-9],[0-9]")
_DECIMAL_COMMA_RE = re.compile(r"(?=[0-9])\b([0-9]+),([0-9]{1,2})\s*(?=kg|lb|km|k\b|mi|g\b|l\b|%)")
#: A decimal comma after a weigh-in's word, with no unit: "bw 68,4", "weight: 71,85".
_WEIGHT_COMMA_RE = re.compile(
    # the weight word spelt any way a thumb spells it ("wieghed", "weihged", "wheighed", "weigth")
    r"\b(bw|weight|weighed|weigh|weigh-in|weigh in|wh?[eiy]{1,2}[gh]{1,2}[a-z]{0,3}"
    r"|scales?(?:\s+(?:said|says|showed|shows|read"
    r"|reads))?)(\W{0,3}(?:in\s+|at\s+|is\s+)*)"
    r"([0-9]{2,3}),([0-9]{1,2})(?![0-9])"
)
#: A body weight's decimal comma with no unit and no word of weighing: "79,8 this morning",
#: "68,2 on the scales" (a weight's figures, one decimal, no list of numbers around it).
_BARE_WEIGHT_COMMA_RE = re.compile(
    r"(?<![0-9.,:/x])([3-9][0-9]|1[0-9][0-9]|2[0-4][0-9]),([0-9])(?![0-9:/]|\s*,\s*[0-9])"
)
_WEIGHT_UNIT_COMMA_RE = re.compile(r"(?=[0-9])\b([0-9]{2,3}),([0-9]{1,2})\s*(?=kg|kilo|lb)")


def weight_commas(text: str) -> str:
    """A body weight's decimal comma read as a point ("79,8 this morning", "down to 85,6 kg",
    "#morningweight 91,3"), before the weigh-in readers look for its figure."""
    if "," not in text or _DIGIT_COMMA_DIGIT.search(text) is None:
        return text
    text = _WEIGHT_UNIT_COMMA_RE.sub(r"\1.\2 ", text)
    if "w" in text or "scale" in text:
        text = _WEIGHT_COMMA_RE.sub(r"\1\2\3.\4", text)
    return _BARE_WEIGHT_COMMA_RE.sub(r"\1.\2", text)


#: A unit abbreviated with a full stop before what it measures ("1 lbs. of strawberries", "2
#: tbsp. of honey"): no sentence ends there.
_UNIT_STOP_RE = re.compile(
    r"(?<=[0-9])(\s*(?:lbs?|ozs?|tbsps?|tsps?|kgs?|mls?|pts?|fl\.?\s?oz))\.(?=\s+of\s)"
)
_MIXED_RE = re.compile(r"\b([0-9]+)\s+(?:and\s+)?([0-9]+)/([0-9]+)\b")  # "1 and 1/2 cups"
_FRACTION_RE = re.compile(r"(?<![0-9:/])([0-9]+)/([0-9]+)(?![0-9/])(?!\s*(?:km|k\b|mi))")

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "a single": 1, "one single": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
    "dozen": 12, "a dozen": 12, "half a dozen": 6, "couple": 2, "a couple": 2,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "half": 0.5, "half a": 0.5,
    "half an": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "a quarter of": 0.25,
    "both": 2, "several": 3, "1/2": 0.5, "a pair of": 2, "pair of": 2, "half dozen": 6,
    "a half dozen": 6,
    # a share of one thing: "quarter of a block of tofu", "a third of a pizza", "two thirds"
    "quarter of a": 0.25, "quarter of an": 0.25, "a quarter of a": 0.25,
    "a quarter of an": 0.25, "half of a": 0.5, "half of an": 0.5, "a third of a": 1 / 3,
    "a third of an": 1 / 3, "third of a": 1 / 3, "a third of": 1 / 3, "a third": 1 / 3,
    "one third": 1 / 3, "two thirds": 2 / 3, "two thirds of": 2 / 3, "three quarters": 0.75,
    "three quarters of": 0.75, "three quarters of a": 0.75, "three quarters of an": 0.75,
    "half of": 0.5, "the other half of": 0.5, "other half of": 0.5,
    # most of one thing: "most of a bagel", "most of the burrito"
    "most of a": 0.75, "most of an": 0.75, "most of the": 0.75, "most of": 0.75,
}  # fmt: skip

_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: Counts past twelve in words ("twenty almonds", "thirty grams", "twenty-five grapes").
NUMBER_WORDS.update(
    {
        **{
            word: 13 + at
            for at, word in enumerate(
                ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
            )
        },
        **{ten: 20 + 10 * at for at, ten in enumerate(_TENS)},
        **{
            f"{ten}{sep}{one}": 20 + 10 * at + 1 + step
            for at, ten in enumerate(_TENS)
            for step, one in enumerate(_ONES)
            for sep in (" ", "-")
        },
    }
)

#: Unit words and their canonical name, as engine.food expects them.
UNITS: dict[str, str] = {
    "g": "g", "gr": "g", "gram": "g", "grams": "g", "grammes": "g", "gms": "g",
    "gramm": "g", "gramms": "g", "gramme": "g", "grm": "g", "grms": "g",
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg",
    "oz": "oz", "ounce": "oz", "ounces": "oz",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb",
    "ml": "ml", "mls": "ml", "millilitre": "ml", "milliliter": "ml", "millilitres": "ml",
    "milliliters": "ml", "cl": "cl", "dl": "dl",
    "l": "l", "litre": "l", "liter": "l", "litres": "l", "liters": "l", "ltr": "l",
    "cup": "cup", "cups": "cup", "mug": "mug", "mugs": "mug",
    "tbsp": "tbsp", "tbsps": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp", "tbs": "tbsp",
    "tbl": "tbsp", "tbls": "tbsp", "tblsp": "tbsp", "tblsps": "tbsp", "tbspn": "tbsp",
    "tbspns": "tbsp", "tablespoonful": "tbsp", "tablespoonfuls": "tbsp",
    "tsp": "tsp", "tsps": "tsp", "teaspoon": "tsp", "teaspoons": "tsp", "tspn": "tsp",
    "tspns": "tsp", "teaspoonful": "tsp", "teaspoonfuls": "tsp",
    "slice": "slice", "slices": "slice", "piece": "piece", "pieces": "piece", "pc": "piece",
    "pcs": "piece", "scoop": "scoop", "scoops": "scoop", "can": "can", "cans": "can",
    "tin": "can", "tins": "can", "bottle": "bottle", "bottles": "bottle", "glass": "glass",
    "glasses": "glass", "bowl": "bowl", "bowls": "bowl", "bowlful": "bowl",
    "serving": "serving", "servings": "serving", "portion": "serving", "portions": "serving",
    # "a side of broccoli": one usual side; only with "of" ("side hustle" is no food)
    "side of": "serving", "sides of": "serving",
    "small": "small", "medium": "medium", "med": "medium", "large": "large", "big": "large",
    "grande": "grande", "venti": "venti", "footlong": "footlong",
    # the sizes shops sell: "a jumbo egg", "2 mini bagels", "a fun size snickers"
    "jumbo": "jumbo", "mini": "mini", "extra large": "extra large", "xl": "extra large",
    "king size": "king size", "king-size": "king size", "kingsize": "king size",
    "plate": "plate", "plates": "plate", "plateful": "plate",
    "handful": "handful", "handfuls": "handful", "fistful": "handful", "fistfuls": "handful",
    "bar": "bar", "bars": "bar",
    "fl oz": "fl oz", "pint": "pint", "pints": "pint", "shot": "shot", "shots": "shot",
    "packet": "packet", "pack": "packet", "sachet": "packet", "pot": "pot", "pots": "pot",
    "container": "container", "tub": "container", "carton": "container",
    "square": "piece", "squares": "piece", "chunk": "piece", "chunks": "piece",
    "count": "piece", "ct": "piece", "pat": "pat", "pats": "pat", "bits": "slice",
    "rounds": "slice", "block": "block", "blocks": "block", "jar": "jar", "jars": "jar",
    "bunch": "bunch", "bunches": "bunch",
    # "2 cuts of brown bread": a cut off the loaf is a slice in Ireland
    "cut": "slice", "cuts": "slice",
    "sharing bag": "sharing bag", "family bag": "sharing bag", "big bag": "sharing bag",
    "large bag": "sharing bag", "sharing pack": "sharing bag", "grab bag": "grab bag",
    # a Halloween-sized candy bar or bag ("3 fun size snickers", "a fun-size bag of m&ms")
    "fun size": "fun size", "fun-size": "fun size", "fun sized": "fun size",
    "fun-sized": "fun size", "funsize": "fun size", "fun size bag": "fun size",
    "fun size bags": "fun size", "fun-size bag": "fun size", "fun-size bags": "fun size",
    "fun size bar": "fun size", "fun size bars": "fun size", "fun-size bar": "fun size",
    "fun-size bars": "fun size",
    "family size bag": "sharing bag", "family sized bag": "sharing bag",
    "family size pack": "sharing bag", "family pack": "sharing bag",
    # a family bar or block of chocolate (200 g), not a small one
    "family size bar": "family bar", "family sized bar": "family bar", "family bar": "family bar",
    "family block": "family bar", "family size block": "family bar",
    # two usual portions: "a double portion of rice", "double helping of mash"
    "double portion": "double portion", "double portions": "double portion",
    "double helping": "double portion", "double serving": "double portion",
}  # fmt: skip


#: Portion words engine.food_units knows how to weigh ("a spoon of peanut butter", "a drizzle of
#: honey", "a splash of milk"), with every spelling it lists; the parser reads them as units.
_PORTION_WORDS = (
    "spoon", "heaped spoon", "heaped tbsp", "heaped tsp", "dessertspoon", "drizzle", "dollop",
    "splash", "knob", "half pint", "third pint", "sprinkle", "rasher", "ladle", "blob", "dash",
    "schooner", "middy", "stubby",
)  # fmt: skip
UNITS.update({word: word for word in _PORTION_WORDS})
UNITS.update({alias: unit for alias, unit in UNIT_ALIASES.items() if unit in _PORTION_WORDS})
#: "2 level scoops", "a level tsp": the measure itself; "a rounded tbsp" a heaped one.
UNITS.update({
    f"level {word}": UNITS[word]
    for word in (
        "scoop", "scoops", "tbsp", "tbsps", "tablespoon", "tablespoons", "tsp", "tsps",
        "teaspoon", "teaspoons", "spoon", "cup", "cups", *UNIT_ALIASES,
    )
    if word in UNITS and UNITS[word] in {"scoop", "tbsp", "tsp", "spoon", "cup"}
})  # fmt: skip
UNITS.update({
    f"rounded {word}": UNITS[f"heaped {word}"]
    for word in ("tbsp", "tsp", "spoon", "tablespoon", "teaspoon", "spoonful")
    if f"heaped {word}" in UNITS
})  # fmt: skip


#: A range of amounts of food, read as its middle: "3-4 dates", "2 or 3 rice cakes",
#: "150-200g chicken". Not a range of time, distance, reps or sets, nor a score or a date
#: (the second number is larger and at most four times the first), nor a zone ("z2-3").
_RANGE_RE = re.compile(
    r"(?<![0-9.:/\-])(?<!zone )(?<!\bz)([0-9]{1,4}(?:\.[0-9])?)\s*(?:-|–|to|or)\s*"
    r"([0-9]{1,4}(?:\.[0-9])?)(?![0-9.:/])"
    r"(?=\s*(?:g|ml|oz)?\s+[a-z])(?!\s*(?:k|km|kms|mi|miles?|m|min|mins|minutes|h|hr|hrs|hours?"
    r"|s|sec|secs|seconds?|x|sets?|reps?|laps?|rounds?|am|pm|days?|weeks?|months?|years?"
    r"|times|kg|lb|lbs|st|bpm|%)\b)"
)
#: "a banana and a half", "one and a half bagels", "2 and a half slices": the half is the
#: food's (never a half marathon).
_AND_A_HALF_RE = re.compile(
    r"\b(?:(?P<n>[0-9]{1,2})|(?P<w>one|two|three|four|five))\s+and\s+a\s+half\b(?!\s+marathon)"
    r"|\b(?:an?|one)\s+(?P<food>[a-z]+(?:\s+[a-z]+){0,2}?)\s+and\s+a\s+half\b(?!\s+marathon)"
)


#: Energy on a label in kilojoules (Australia and New Zealand: "600kj", "1400 kJ"), or "k cal".
_KILOJOULES_RE = re.compile(r"\b([0-9]{2,5}(?:\.[0-9])?)\s*(?:(kj|kjs)|k\s+cals?)\b", re.IGNORECASE)
KJ_PER_KCAL = 4.184


def _as_kcal(m: re.Match[str]) -> str:
    value = float(m[1])
    return f"{value / KJ_PER_KCAL if m[2] else value:.0f} kcal"


def _range(m: re.Match[str]) -> str:
    low, high = float(m[1]), float(m[2])
    return f"{(low + high) / 2:g}" if low < high <= 4 * low else m[0]


def _and_a_half(m: re.Match[str]) -> str:
    if m["food"] is not None:
        return f"1.5 {m['food']}"
    whole = float(m["n"]) if m["n"] is not None else NUMBER_WORDS[m["w"]]
    return f"{whole + 0.5:g}"


def normalize_numbers(text: str) -> str:
    """Rewrite "1½", "50,000", "71,8 kg", "bw 68,4" and "1 1/2" as plain decimals, a range of
    amounts as its middle, "and a half" as .5 and kilojoules as kcal."""
    if not text.isascii():
        text = _VULGAR_RE.sub(_vulgar, text)
    if "-" in text or "–" in text or " to " in text or " or " in text:
        text = _RANGE_RE.sub(_range, text)
    if " and a half" in text:
        text = _AND_A_HALF_RE.sub(_and_a_half, text)
    if "kj" in text or "kJ" in text or "KJ" in text or "k cal" in text:
        text = _KILOJOULES_RE.sub(_as_kcal, text)  # "muesli bar 600kj": a label's kcal
    if "," in text:
        if _DIGIT_COMMA_DIGIT.search(text):  # both need one; the search is a cheap scan
            text = _THOUSANDS_RE.sub(r"\1\2", text)
            text = _DECIMAL_COMMA_RE.sub(r"\1.\2 ", text)
        if "w" in text or "scale" in text:  # "weigh", "wieghed", "weigth"
            text = _WEIGHT_COMMA_RE.sub(r"\1\2\3.\4", text)
    if ". of " in text:
        text = _UNIT_STOP_RE.sub(r"\1", text)
    if "/" in text:
        text = _MIXED_RE.sub(_mixed, text)
        text = _FRACTION_RE.sub(_fraction, text)
    return text


def _vulgar(m: re.Match[str]) -> str:
    whole = float(m[1]) if m[1] else 0.0
    return f" {whole + _VULGAR[m[2]]:g} "


def _mixed(m: re.Match[str]) -> str:
    den = int(m[3])
    if den == 0:
        return m[0]
    return f"{int(m[1]) + int(m[2]) / den:g}"


def _fraction(m: re.Match[str]) -> str:
    den = int(m[2])
    if den == 0 or den > 16:
        return m[0]
    return f"{int(m[1]) / den:g}"
