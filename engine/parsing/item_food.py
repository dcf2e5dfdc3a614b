"""An item's food, amount and nutrients: the grams of what was named ("3 scrambled eggs" are
three eggs, "half a chicken breast" half of one), the table's or the stated numbers, and "did
you mean" suggestions for a name no food has.
"""

from __future__ import annotations

import math
import re
import weakref

from engine.errors import ImplausibleValue
from engine.events import FoodItem
from engine.food import Food, FoodMatch, FoodTable
from engine.food_names import CONTAINER_WORDS
from engine.food_units import KITCHEN_ML, ML_PER_PINT
from engine.parsing.context import HANDFUL_GRAMS, MAX_ITEM_COUNT, MAX_ITEM_GRAMS, ParseContext
from engine.parsing.portions import _PORTION_UNITS, _Piece, _Stated, whole_grams
from engine.units import ML_PER_FL_OZ, mass

#: The unit a count of a food counts, first found: "a chicken breast" is one fillet (its usual
#: serving), not a 52 g piece.
_SINGLE_UNITS = ("fruit", "fillet", "piece", "large", "medium", "egg", "biscuit")


#: A side of vegetables: the UK's 80 g portion, as the labelled blocks weigh one.
SIDE_OF_VEG_G = 80.0
_A_SIDE = re.compile(r"\bsides?\s+of\b|\bas\s+(?:a\s+)?sides?\b|\bon\s+the\s+side\b")


_STARCHY = re.compile(r"potato|fries|chips|hash|mash|wedges|corn|plantain|yam|cassava", re.I)


def _greens(food: Food, ctx: ParseContext) -> bool:
    """A vegetable served as a side by the 80 g portion: not a potato, fries or corn (a side
    of home fries is their own serving)."""
    return ctx.foods.group(food) == "Vegetables and Vegetable Products" and not _STARCHY.search(
        f"{food.key} {food.name}"
    )


def _resolve(piece: _Piece, match: FoodMatch | None, ctx: ParseContext) -> FoodItem:
    qty = piece.quantity
    if qty is not None and (
        qty <= 0 or (qty > MAX_ITEM_COUNT and piece.unit not in MASS_UNITS_AND_ML)
    ):
        if qty > 0:
            raise ImplausibleValue(
                f"{qty:g} of something in one meal is more than anyone eats. Nothing was saved;"
                " check the amount."
            )
        qty = None
    stated = piece.stated
    each = stated.each and qty is not None and piece.unit not in MASS_UNITS_AND_ML
    if each and qty is not None:
        stated = _times(stated, qty)
    if match is None:
        if stated.any():
            return FoodItem(
                text=piece.text, source="stated", quantity=qty, unit=piece.unit,
                kcal=stated.kcal, protein_g=stated.protein_g, carbs_g=stated.carbs_g,
                fat_g=stated.fat_g,
            )  # fmt: skip
        return FoodItem(
            text=piece.text, quantity=qty, unit=piece.unit, resolved=False,
            suggestions=_suggestions(piece.name, ctx),
        )  # fmt: skip
    food = match.food
    if stated.bare and _is_drink(food) and _ml_not_kcal(stated, food):
        qty, stated = stated.kcal, _Stated()  # "water ~750": 750 ml of it, not 750 kcal
        piece = _Piece(piece.text, piece.name, qty, "ml", stated, piece.sides)
    grams = _small_pieces(food, qty, piece) or _grams(
        food, qty, _small_bag(piece, food), piece.name
    )
    if piece.unit in (None, "serving") and _A_SIDE.search(piece.text) and _greens(food, ctx):
        grams = (qty or 1.0) * SIDE_OF_VEG_G  # "a side of roasted cauliflower", "peas as a side"
    if grams is not None and _by_the_us_pint(piece.unit, food, ctx):
        grams *= US_PINT_ML / ML_PER_PINT
    if qty is not None and not each and _kcal_of_one(stated, qty, piece.unit, food):
        stated = _times(stated, qty)
    if grams is not None and grams > MAX_ITEM_GRAMS:
        raise ImplausibleValue(
            f"{mass(grams / 1000, ctx.units)} of {food.name} in one go is more than anyone eats."
            " Nothing was saved; check the amount."
        )
    kcal, protein, carbs, fat = food.per_grams(grams) if grams is not None else (None,) * 4
    source = food.source
    if stated.any():
        source = "stated"
        if stated.kcal is not None and kcal:
            scale = stated.kcal / kcal
            protein, carbs, fat = (
                v * scale if v is not None else None for v in (protein, carbs, fat)
            )
        kcal = stated.kcal if stated.kcal is not None else kcal
        protein = stated.protein_g if stated.protein_g is not None else protein
        carbs = stated.carbs_g if stated.carbs_g is not None else carbs
        fat = stated.fat_g if stated.fat_g is not None else fat
    return FoodItem(
        text=piece.text, food=food.key, source=source, quantity=qty, unit=piece.unit,
        grams=grams, kcal=kcal, protein_g=protein, carbs_g=carbs, fat_g=fat,
    )  # fmt: skip


#: A US pint (16 fl oz): what "a pint" pours in the United States, where the UK's 568 ml
#: imperial pint is not served. Chosen by the runner's time zone, the one place the parser
#: knows where they are; everywhere else (the UK, Ireland, Canada, Australia) keeps 568 ml.
US_PINT_ML = 473.176
_PINTS = frozenset({"pint", "half pint", "third pint"})
_US_ZONE_PREFIXES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Phoenix", "America/Anchorage", "America/Detroit", "America/Boise",
    "America/Indiana/", "America/Kentucky/", "America/North_Dakota/", "America/Juneau",
    "America/Sitka", "America/Nome", "America/Adak", "America/Menominee",
    "America/Metlakatla", "America/Yakutat", "America/Puerto_Rico", "Pacific/Honolulu",
    "US/",
)


def _by_the_us_pint(unit: str | None, food: Food, ctx: ParseContext) -> bool:
    """Whether a pint here is the US one: a US zone, and a pint named or the food's own."""
    if unit not in _PINTS and not (unit is None and food.default_unit in _PINTS):
        return False
    return in_a_us_zone(ctx)


def in_a_us_zone(ctx: ParseContext) -> bool:
    """Whether the runner's time zone is in the United States (its pint is 16 fl oz)."""
    return (getattr(ctx.tz, "key", None) or "").startswith(_US_ZONE_PREFIXES)


def _times(stated: _Stated, qty: float) -> _Stated:
    """Numbers stated for one, for `qty` of them."""
    kcal, protein, carbs, fat = (
        v * qty if v is not None else None
        for v in (stated.kcal, stated.protein_g, stated.carbs_g, stated.fat_g)
    )
    return _Stated(kcal, protein, carbs, fat)


#: Units that count pieces: a kcal stated with a count of them may be one piece's.
_PIECE_COUNTS = frozenset({None, "piece", "bar", "slice", "gel", "packet", "sachet"})


def _kcal_of_one(stated: _Stated, qty: float | None, unit: str | None, food: Food) -> bool:
    """Whether a kcal stated after a count is one piece's: "3 gels (100 kcal)", "2 clif bars
    250 kcal" (a gel is 100, a bar 250), when it is nearer (as a ratio) the table's one piece
    than all of them; "2 bananas 210 kcal" is the two."""
    if stated.each or stated.kcal is None or qty is None or qty < 2 or unit not in _PIECE_COUNTS:
        return False
    if unit is None and food.default_unit in _PORTION_UNITS and not any(
        single in food.units for single in _SINGLE_UNITS
    ):
        return False  # "beef tacos x3": the table knows a plate of them, not one
    one = _grams(food, 1.0, unit)
    kcal = food.per_grams(one)[0] if one is not None else None
    if not kcal:
        return False
    return abs(math.log(stated.kcal / kcal)) < abs(math.log(stated.kcal / (qty * kcal)))


#: What food is served in: an unknown name in one is a food to ask about, not chat.
_SERVED_IN = frozenset({"bowl", "plate", "slice", "cup", "mug", "packet", "serving", "pot"})
MASS_UNITS_AND_ML = frozenset({"g", "kg", "oz", "lb", "ml", "l", "cl", "dl"})


_DRINK_UNITS = frozenset({"glass", "bottle", "can", "mug", "carton", "shot", "pint"})
_DRINK_WORDS = re.compile(
    r"\b(?:milk|juice|latte|coffee|tea|shake|smoothie|soda|cola|coke|beer|lager|wine|drink"
    r"|water|lemonade|gatorade|powerade)\b"
)


def _ml_not_kcal(stated: _Stated, food: Food) -> bool:
    """Whether a bare number of hundreds after a drink ("water ~750", "coffee (300)") is its
    millilitres: its usual glass is far short of that many kcal."""
    usual = food.per_grams(food.default_grams)[0] or 0.0
    return stated.kcal is not None and stated.kcal > 4 * usual


def _is_drink(food: Food) -> bool:
    return food.default_unit in _DRINK_UNITS or _DRINK_WORDS.search(food.key) is not None


#: "Did you mean" answers per table, by phrase: a suggestion scores the phrase against every
#: name (~0.4 ms), and an unknown word comes back ("zorblax bar" every afternoon). Runners'
#: own foods take part in their suggestions, so those are not shared.
SUGGEST_CACHE_SIZE = 1024
_SUGGESTED: weakref.WeakKeyDictionary[FoodTable, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _suggestions(name: str, ctx: ParseContext) -> tuple[str, ...]:
    if ctx.user_foods:
        return ctx.foods.suggest(name, limit=3, extra=ctx.user_foods)
    known = _SUGGESTED.get(ctx.foods)
    if known is None:
        known = _SUGGESTED[ctx.foods] = {}
    found = known.get(name)
    if found is None:
        if len(known) >= SUGGEST_CACHE_SIZE:
            known.clear()
        found = known[name] = ctx.foods.suggest(name, limit=3)
    return found


#: A bowl of a cold cereal a USDA row weighs by the piece (a biscuit, a square): the bowl, not
#: one piece.
CEREAL_BOWL_G = 30.0
_BOWL_UNITS = frozenset({"bowl", "serving", "portion", "helping"})


def _by_the_piece_cereal(food: Food) -> bool:
    """A ready-to-eat cereal whose usual portion is one piece, far short of a bowl."""
    return (
        food.default_grams < CEREAL_BOWL_G / 2
        and food.name.lower().startswith("cereals ready-to-eat")
        and "bowl" not in food.units
    )


def _piece_named(food: Food) -> float | None:
    """The grams of the piece the food's own name counts ("cheese tamales": a tamale), for a
    row found among all SR28 foods (its usual portion is USDA's first measure, such as a
    "serving" of 1 to 3 tamales; the everyday table's portions are chosen per food)."""
    if food.key != food.name:
        return None
    return _unit_in(food, food.name.lower().replace(",", " "))


def _unit_in(food: Food, said: str) -> float | None:
    """The grams of a piece of the food a word of `said` names ("8 brussels sprouts", "6
    asparagus spears", "4 broccoli florets": a sprout, a spear, a floret of USDA's)."""
    words = set(said.split())
    for unit, grams in food.units.items():
        if unit in _PORTION_UNITS or unit in KITCHEN_ML or " " in unit:
            continue
        if unit in words or unit + "s" in words or unit + "es" in words:
            return grams
    return None


#: Usual portions that hold many small pieces: a count of the food counts the pieces.
_BAGGED = frozenset({"package", "packet", "bag", "box", "pack", *(u for u in _PORTION_UNITS if u)})
#: A piece lighter than this is a sweet, a nut or a berry, never a pack of them.
_SMALL_PIECE_G = 10.0


def _small_pieces(food: Food, qty: float | None, piece: _Piece) -> float | None:
    """Grams of a count of small things whose usual portion holds many ("20 blueberries",
    "15 m&ms", "30 raisins"): that many berries, sweets or raisins, not cups or packets of
    them; a container named ("2 bags of skittles") keeps its own weight."""
    if piece.unit is not None or qty is None or qty < 2 or food.default_unit not in _BAGGED:
        return None
    if not CONTAINER_WORDS.isdisjoint(piece.name.split()):
        return None
    one = _own_piece(food) or food.units.get("piece")
    return qty * one if one is not None and one < _SMALL_PIECE_G else None


def _small_bag(piece: _Piece, food: Food) -> str | None:
    """ "a small bag of doritos": the size of the bag the name begins with, when the food has
    a weight for its bag (so the one-serving bag, 1 oz or 25 g, is the small one), not four
    fifths of the usual portion."""
    if piece.unit != "small" or "bag" not in food.units:
        return piece.unit
    first = piece.name.split(" ", 1)[0]
    return "small bag" if first in {"bag", "bags", "packet", "packets"} else piece.unit


def _own_piece(food: Food) -> float | None:
    """The grams of one of what the food's name counts, by its own word: "blueberries" a
    berry, "raisins" a raisin, "cherries" a cherry, "jelly beans" a small bean (USDA's
    measures name them so)."""
    last = food.key.split()[-1]
    forms = {last, last.removesuffix("s"), last.removesuffix("es")}
    if last.endswith("ies"):
        forms.add(last[:-3] + "y")
    for unit, grams in food.units.items():
        if " " not in unit and len(unit) > 2 and any(f.endswith(unit) for f in forms):
            return grams
    return None


def _one_counted(food: Food, said: str) -> float | None:
    """The grams of one of what a count of a food served by the portion counts: its own
    single piece (a fruit, a fillet, an egg), else the piece the runner's words name in a
    count of two or more ("4 broccoli florets": a floret, not a large stalk), else its size
    (a medium one), else the piece its SR28 name counts ("3 cheese tamales": USDA's tamale,
    not 3 servings of 1-3)."""
    sizes = [u for u in _SINGLE_UNITS if u in _SIZE_UNITS]
    for single in _SINGLE_UNITS:
        if single not in _SIZE_UNITS and single in food.units:
            return food.units[single]
    if said and food.key != food.name and (named := _unit_in(food, said.lower())) is not None:
        return named
    for single in sizes:
        if single in food.units:
            return food.units[single]
    return _piece_named(food)


#: The size words among the single units: a count of a food with no piece of its own.
_SIZE_UNITS = frozenset({"large", "medium"})


#: Bare "toast" is two slices, as every labelled block decides (tests/data/README.md).
TOAST_SLICES = 2


def _plain_toast(food: Food) -> bool:
    """Toast of any bread, no topping: counted by the slice ("toast", "brown toast"); not
    French toast, nor soldiers (one slice cut in fingers for an egg)."""
    return (
        food.key.endswith("toast")
        and food.name.startswith("Bread")
        and not food.parts
        and "slice" in food.units
    )


def _on_toast(food: Food) -> bool:
    """Whether a dish is something on toast ("cheese on toast", "beans on toast")."""
    return any(key == "toast" for key, _ in food.parts)


def _grams(food: Food, qty: float | None, unit: str | None, said: str = "") -> float | None:
    """Grams of the amount; a count of a dish served by the bowl counts single pieces.

    "3 scrambled eggs" is three eggs and "a mango" one fruit, not three servings or a cup.
    """
    if unit == "handful":
        return (qty or 1.0) * HANDFUL_GRAMS
    if unit is None and qty is None and _plain_toast(food) and "soldier" not in said:
        return TOAST_SLICES * food.units["slice"]  # "eggs and toast": two slices (README)
    if (unit in _BOWL_UNITS or (unit is None and qty is None)) and _by_the_piece_cereal(food):
        return (qty or 1.0) * CEREAL_BOWL_G  # "a bowl of frosted mini wheats": no 2 g bowl
    if unit == "oz" and _is_drink(food):
        unit = "fl oz"  # "chocolate milk 16oz" is 16 fluid ounces
        if food.grams_for(qty, unit) is None:  # "a 16oz monster": a drink weighs its volume
            return (qty or 1.0) * ML_PER_FL_OZ * food.density_g_per_ml
    if unit is None and qty is not None and qty < 1:
        whole = whole_grams(food)
        if whole is not None:
            return qty * whole  # "half a chicken breast", "a quarter of a pizza"
    if unit is None and qty is not None and "slice" in food.units and _on_toast(food):
        return qty * food.units["slice"]  # "cheese on toast x2": toast is counted by the slice
    if unit is None and qty is not None and (
        food.default_unit in _PORTION_UNITS or food.default_unit == "handful"
    ):  # "20 almonds" is twenty nuts, not twenty handfuls
        one = _one_counted(food, said if qty >= 2 else "")
        if one is not None:
            return qty * one
    grams = food.grams_for(qty, unit)
    if grams is None and food.parts and unit is not None and unit in KITCHEN_ML:
        return (qty or 1.0) * KITCHEN_ML[unit]  # "a cup of chickpea curry": a stew weighs
        # about its volume of water
    if grams is None and unit is not None:
        grams = food.grams_for(qty, None)
    return grams
