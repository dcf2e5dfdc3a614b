"""Unit words for food amounts: their spellings, generic weights and volumes, portion words.

`engine.food.Food.grams_for` converts with these when a food has no weight of its own for a
unit. Kept apart from the food table so the parser and the table agree on one list.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from engine.units import G_PER_LB, G_PER_OZ, ML_PER_FL_OZ

ML_PER_US_CUP: Final = 236.5882365
ML_PER_TBSP: Final = 14.78676478
ML_PER_TSP: Final = 4.928921594
ML_PER_PINT: Final = 568.26125  # imperial pint: the pint of beer or milk UK runners mean

#: Units that are a weight whatever the food.
MASS_G: Final[Mapping[str, float]] = MappingProxyType(
    {"g": 1.0, "mg": 0.001, "kg": 1000.0, "oz": G_PER_OZ, "lb": G_PER_LB}
)
#: Volumes that are always converted with the food's density (1 g/ml unless known): nobody
#: says "a pint" or "a splash" of a solid, so no volume data is needed to trust them.
METRIC_ML: Final[Mapping[str, float]] = MappingProxyType(
    {
        "ml": 1.0,
        "cl": 10.0,
        "dl": 100.0,
        "l": 1000.0,
        "pint": ML_PER_PINT,
        "half pint": ML_PER_PINT / 2,
        "third pint": ML_PER_PINT / 3,  # a brewery's tasting measure, a flight's glasses
        "splash": 30.0,  # "a splash of milk" in tea or coffee
        # Australian beer measures: a schooner, a middy (or pot), a stubby or tinnie
        "schooner": 425.0,
        "middy": 285.0,
        "stubby": 375.0,
    }
)
#: Kitchen volumes: converted only when the food has a known volume weight or density.
KITCHEN_ML: Final[Mapping[str, float]] = MappingProxyType(
    {
        "cup": ML_PER_US_CUP,
        "tbsp": ML_PER_TBSP,
        "tsp": ML_PER_TSP,
        "fl oz": ML_PER_FL_OZ,
        "glass": 250.0,
        "mug": 250.0,
    }
)
#: Containers of a drink, for drinks (foods with a fluid-ounce measure) that have no weight of
#: their own for them: a can is 330 ml in the UK and 355 ml (12 fl oz) in the US; 340 ml is
#: within 4 % of both.
DRINK_ML: Final[Mapping[str, float]] = MappingProxyType(
    {"can": 340.0, "bottle": 500.0, "carton": 250.0, "shot": 30.0}
)
#: Portion words that mean a multiple of another unit the food may know: "a spoon of peanut
#: butter" is one tablespoon, "a drizzle of honey" one teaspoon (~7 g), "a rasher" one slice
#: of bacon, "a dollop" two tablespoons, "a knob of butter" two pats (~10 g).
FALLBACK_UNITS: Final[Mapping[str, tuple[str, float]]] = MappingProxyType(
    {
        "spoon": ("tbsp", 1.0),
        "heaped spoon": ("tbsp", 1.5),
        "heaped tbsp": ("tbsp", 1.5),
        "heaped tsp": ("tsp", 1.5),
        "dessertspoon": ("tsp", 2.0),
        "drizzle": ("tsp", 1.0),
        "sprinkle": ("tbsp", 1.0),
        "dollop": ("tbsp", 2.0),
        "rasher": ("slice", 1.0),
        "knob": ("pat", 2.0),
        "blob": ("tbsp", 1.0),
        "dash": ("tbsp", 1.0),  # "a dash of milk", "a dash of hot sauce": less than a splash
        "ladle": ("cup", 0.5),  # a ladle of chilli or soup: half a cup
        "double portion": ("serving", 2.0),
    }
)
#: Size words scale a portion relative to a medium one (ratios of USDA's egg, banana and
#: apple sizes, rounded) when the food has no weight for that size. A coffee shop's grande
#: (16 fl oz) is its medium and a venti (20) its large.
SIZE_FACTORS: Final[Mapping[str, float]] = MappingProxyType(
    {
        "mini": 0.35, "small": 0.8, "medium": 1.0, "large": 1.25, "extra large": 1.45,
        "jumbo": 1.6, "grande": 1.0, "venti": 1.25, "footlong": 2.0,
        # a chocolate bar's: USDA's fun size Snickers is 0.26 of its bar, fun size M&M's 0.38;
        # its king size 1.98
        "fun size": 0.3, "king size": 2.0,
    }
)  # fmt: skip
#: The unit the parser gives every shop tub, carton and container ("a tub of hummus"): a
#: food's own weight for its tub stands for it.
CONTAINER: Final = "container"
#: Words that mean "one usual portion" when the food has no weight of its own for them.
PORTION_WORDS: Final = frozenset({"serving", "portion", "helping", "plate", "bowl"})
COUNT_WORDS: Final = frozenset({"piece", "each", "item"})

# Unit key -> the other ways people write it (plurals of these keys are handled generically).
_UNIT_SPELLINGS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "g": ("gram", "grams", "gr", "grm", "gs"),
        "mg": ("milligram", "milligrams"),
        "kg": ("kilo", "kilos", "kilogram", "kilograms", "kgs"),
        "oz": ("ounce", "ounces", "ozs"),
        "lb": ("pound", "pounds", "lbs"),
        "ml": ("millilitre", "milliliter", "millilitres", "milliliters", "mls"),
        "l": ("litre", "liter", "litres", "liters", "ltr", "lt"),
        "cl": ("centilitre", "centiliter", "centilitres", "centiliters"),
        "dl": ("decilitre", "deciliter", "decilitres", "deciliters"),
        "tbsp": ("tablespoon", "tablespoons", "tbs", "tbsps", "tbl", "tblsp", "tablespoonful"),
        "tsp": ("teaspoon", "teaspoons", "tsps", "teaspoonful", "teaspoonfuls"),
        "spoon": ("spoons", "spoonful", "spoonfuls", "spoonsful"),
        "heaped spoon": ("heaped spoonful", "heaping spoon", "heaping spoonful"),
        "heaped tbsp": ("heaped tablespoon", "heaping tablespoon", "heaping tbsp"),
        "heaped tsp": ("heaped teaspoon", "heaping teaspoon", "heaping tsp"),
        "dessertspoon": ("dessert spoon", "dessertspoons", "dessert spoons", "dsp"),
        "drizzle": ("drizzles", "squeeze", "squirt", "swirl"),
        "sprinkle": ("sprinkles", "sprinkling", "scattering"),
        "dollop": ("dollops",),
        "splash": ("splashes",),
        "knob": ("knobs",),
        "blob": ("blobs",),
        "dash": ("dashes",),
        "ladle": ("ladles", "ladleful", "ladlefuls"),
        "schooner": ("schooners",),
        "middy": ("middies", "middys"),
        "stubby": ("stubbies", "stubbys", "tinnie", "tinnies", "tinny"),
        "rasher": ("rashers",),
        "fl oz": ("fl. oz", "floz", "fluid ounce", "fluid ounces", "fl ozs"),
        "pint": ("pints", "pt"),
        "half pint": ("half pints", "half a pint", "halfpint"),
        "third pint": ("third pints", "third-pint", "third-pints", "third of a pint"),
        "large": ("lg", "lrg", "big"),
        "medium": ("med", "regular"),
        "small": ("sm",),
        "extra large": ("xl", "x large", "very large"),
        "mini": ("miniature",),
        "piece": ("pcs", "pc", "pieces"),
        "packet": ("sachet", "sachets", "packets"),
        "fillet": ("filet", "filets", "fillets"),
        "patty": ("patties",),
        "cookie": ("cookies",),
        "can": ("tin", "tins", "cans"),
    }
)
UNIT_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {alias: unit for unit, aliases in _UNIT_SPELLINGS.items() for alias in aliases}
)


def normalize_unit(unit: str) -> str:
    """Return the `Food.units` key for a unit word the user typed ("Tablespoons" -> "tbsp")."""
    text = " ".join(unit.lower().replace("-", " ").split()).rstrip(".")
    if text in UNIT_ALIASES:
        return UNIT_ALIASES[text]
    if text.endswith("es") and text[:-2] in {"box", "pouch", "sandwich", "glass", "dish"}:
        return text[:-2]
    if len(text) > 3 and text.endswith("s") and not text.endswith("ss"):
        return text[:-1]
    return text


def portion_words() -> dict[str, str]:
    """Return every portion-word spelling `Food.grams_for` understands, mapped to its key.

    For the message parser, so that "a spoon of", "3 rashers of", "a splash of" reach the
    table as units instead of being read as part of the food's name.
    """
    keys = {*FALLBACK_UNITS, *METRIC_ML, *DRINK_ML, *_UNIT_SPELLINGS}
    return {**{key: key for key in keys}, **UNIT_ALIASES}
