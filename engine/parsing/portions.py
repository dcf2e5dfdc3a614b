"""Amounts a message leaves open, read from the foods around them: milk on cereal or in a mug,
toast under eggs, a spread for each slice, a plural without a count, a later amount of a food
named earlier, and numbers stated for several foods at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from engine.food import Food, FoodMatch

_PORTION_UNITS = {None, "cup", "serving", "bowl", "portion", "container", "g"}


@dataclass(slots=True)
class _Stated:
    kcal: float | None = None
    protein_g: float | None = None
    carbs_g: float | None = None
    fat_g: float | None = None
    each: bool = False  # "2 gels, 100 kcal each": the numbers are per piece
    bare: bool = False  # the kcal was a number with no unit ("burrito ~650", "lasagne (720)")

    def any(self) -> bool:
        return (
            self.kcal is not None
            or self.protein_g is not None
            or self.carbs_g is not None
            or self.fat_g is not None
        )

    def merge(self, other: _Stated) -> None:
        self.kcal = self.kcal if other.kcal is None else other.kcal
        self.protein_g = self.protein_g if other.protein_g is None else other.protein_g
        self.carbs_g = self.carbs_g if other.carbs_g is None else other.carbs_g
        self.fat_g = self.fat_g if other.fat_g is None else other.fat_g
        self.each = self.each or other.each
        self.bare = self.bare if other.kcal is None else other.bare


@dataclass(slots=True)
class _Piece:
    text: str
    name: str
    quantity: float | None
    unit: str | None
    stated: _Stated
    sides: tuple[str, ...]  # the words after and before a mid-text quantity
    milk: Food | None = None  # the milk a coffee-shop drink was made with, named after it
    restated: bool = False  # said as a correction ("2 bagels actually", "*3 eggs")
    said_part: bool = False  # an amount said after a dish for one of its parts (dish_parts.py)


def adjust_portions(pieces: list[_Piece], matches: list[FoodMatch | None], text: str) -> None:
    """Every open amount the meal's other foods settle, in place."""
    if len(pieces) > 1:  # the first four pair a food with one named before it
        _restated_amounts(pieces, matches)
        _part_named_again(pieces, matches)
        _splash_of_milk(pieces, matches)
        _milk_in_the_coffee(pieces, matches)
        _milk_on_cereal(pieces, matches)
    if " on " in text:  # _ON_TOAST names it
        _toast_under(pieces, matches, text)
    if " on " in text or (" with " in text and len(pieces) > 1):
        _on_the_bread(pieces, matches, text)
    _plural_is_two(pieces, matches)
    _spread_per_slice(pieces, matches)
    _dry_weight(pieces, matches)
    if len(pieces) > 1:
        _topping_on_a_bowl(pieces, matches)
        _onions_on_a_bun(pieces, matches)


def macro_of_a_list(pieces: list[_Piece], groups: list[int], stated: _Stated) -> bool:
    """Whether a carbs, protein or fat figure with no kcal follows a part that named several
    foods with no numbers of their own ("2 slices of toast and a banana, 55g carbs", a type 1
    diabetic's carb count): the foods keep the table's kcal, which a list made one stated item
    of no kcal had lost."""
    if stated.kcal is not None or not groups:
        return False
    last = groups[-1]
    group = [p for p, g in zip(pieces, groups, strict=True) if g == last]
    return len(group) >= 2 and not any(p.stated.any() for p in group)


def stated_for_the_part(
    pieces: list[_Piece], groups: list[int], holds: Callable[[list[_Piece]], bool] | None = None
) -> None:
    """Numbers stated after a part that named several foods with no numbers of their own are
    the whole part's ("tikka masala with rice and a naan, probably 1100 kcal"): the foods
    become one item with the stated numbers, amounts or not. With `holds` (whether the foods
    can hold the stated kcal), a part that cannot is no part of its own: the numbers are the
    whole list's ("nandos half chicken, peri chips, 1100 kcal": more than any portion of chips,
    the meal's 1100), back to a food with numbers of its own."""
    last = groups[-1]
    start = len(groups)
    while start > 0 and groups[start - 1] == last:
        start -= 1
    if (
        holds is not None and start > 0 and not pieces[start - 1].stated.any()
        and not any(p.stated.any() for p in pieces[start:]) and not holds(pieces[start:])
    ):
        while start > 0 and not pieces[start - 1].stated.any():
            start -= 1
    group = pieces[start:]
    if len(group) < 2 or any(p.stated.any() for p in group):
        return  # "shake 300 kcal, 20g protein": the shake's own numbers
    text = " and ".join(p.text for p in group)
    pieces[start:] = [_Piece(text, "", None, None, _Stated(), ())]
    groups[start:] = [last]


def _restated_amounts(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "steak and chips, 200g steak": a later amount of a food named earlier without one is
    that food's amount, not a second helping; "leftover pizza, 2 slices pepperoni": a later
    amount of a kind of it (the pepperoni pizza) says which kind as well."""
    i = 1
    while i < len(pieces):
        later, hit = pieces[i], matches[i]
        if (hit is not None or later.restated) and later.quantity is not None and (
            not later.stated.any()
        ):
            for j in range(i):
                first = matches[j]
                kind = first is not None and hit is not None and (
                    hit.food.key.endswith(" " + first.food.key)
                )
                if first is not None and (
                    kind or (hit is not None and first.food.key == hit.food.key)
                    or _same_kind(pieces[j].name, later.name)
                ):
                    if later.restated or (
                        pieces[j].quantity is None and not pieces[j].stated.any()
                    ):  # "a bagel and a coffee, 2 bagels actually": the bagel corrected
                        pieces[j].quantity, pieces[j].unit = later.quantity, later.unit
                        pieces[j].text += f" ({later.text})"
                        matches[j] = hit if kind else first
                        del pieces[i], matches[i]
                        i -= 1
                    break
        i += 1


def _part_named_again(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "salmon bagel with cream cheese": the dish holds its cream cheese already, so a part
    named again without an amount of its own is not a second helping."""
    parts: set[str] = set()
    i = 0
    while i < len(pieces):
        hit, piece = matches[i], pieces[i]
        if (
            hit is not None
            and (hit.food.key in parts or _names_a_part(piece.name, parts))
            and piece.quantity is None
            and piece.unit is None
            and not piece.stated.any()
        ):
            del pieces[i], matches[i]
            continue
        if hit is not None:
            parts.update(key for key, _ in hit.food.parts)
        i += 1


def _names_a_part(name: str, parts: set[str]) -> bool:
    """ "burrito bowl with chicken, rice, beans": "beans" names the bowl's black beans."""
    return any(_says_less(part, name) for part in parts)


def _says_less(part: str, name: str) -> bool:
    """The name is the part's own or its last words ("beans" of "black beans")."""
    return part == name or part.endswith(" " + name)


def _part_named(name: str, parts: Collection[str]) -> str | None:
    """The dish's part a listed name stands for, by its last word: "beans" the bowl's black
    beans, "mild salsa" its salsa, "brown rice" its rice."""
    last = name.rsplit(" ", 1)[-1]
    return next((p for p in parts if p.rsplit(" ", 1)[-1] == last), None)


def portions_of_the_dish(
    pieces: list[_Piece], matches: list[FoodMatch | None], parts: Mapping[str, tuple[Food, float]]
) -> None:
    """ "chipotle bowl: chicken, white rice, black beans, mild salsa, cheese": the parts of a
    dish named before them, listed with no amount, are the dish's portions of them (a bowl's
    scoop of rice, not a plate's cup), in place. A name that says less than the part ("beans",
    "salsa" unknown alone) is the part; one that says more ("brown rice") keeps its food, and
    a dish of its own ("chicken sandwich" in a meal deal) its own portion too."""
    for i, (piece, hit) in enumerate(zip(pieces, matches, strict=True)):
        if piece.quantity is not None or piece.unit is not None or piece.stated.any():
            continue
        key = hit.food.key if hit is not None and hit.food.key in parts else None
        key = key or _part_named(piece.name, parts)
        if key is None:
            continue
        food, grams = parts[key]
        if hit is None or _says_less(key, piece.name):
            matches[i] = FoodMatch(food, 1.0, True)
        elif hit.food.parts:
            continue  # "meal deal: chicken sandwich, ...": a dish of its own weighs itself
        piece.quantity, piece.unit = grams, "g"


def _same_kind(first: str, later: str) -> bool:
    """ "scrambled eggs, 3 eggs": the later one-word name ends the earlier name."""
    return " " not in later and first.rsplit(" ", 1)[-1].rstrip("s") == later.rstrip("s")


_HOT_DRINK = re.compile(r"\b(?:coffee|tea|brew|cuppa|americano|espresso|filter|builders?)s?\b")
SPLASH_ML = 30.0  # milk added to a mug of tea or coffee


def _unstated_milk(piece: _Piece, hit: FoodMatch | None) -> bool:
    """Milk named with no amount ("coffee with milk", "weetabix and semi-skimmed")."""
    return (hit is not None and piece.quantity is None and piece.unit is None
            and "milk" in hit.food.name.lower())


def _splash_of_milk(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "coffee with milk", "tea with oat milk": milk in a hot drink is a splash, not a glass;
    in each of several ("coffee x3 with a splash of milk", "2 teas with milk") a splash each."""
    for i in range(1, len(pieces)):
        hit, milk, drink = matches[i], pieces[i], pieces[i - 1]
        if _HOT_DRINK.search(drink.name) is None or "milk" in drink.name:
            continue
        each = drink.quantity if drink.quantity and drink.quantity >= 2 and (
            drink.unit in _CUPS
        ) else 1.0
        if _unstated_milk(milk, hit):
            milk.quantity, milk.unit = SPLASH_ML * each, "ml"
        elif hit is not None and milk.unit == "splash" and milk.quantity in (None, 1.0) and (
            "milk" in hit.food.name.lower()
        ):
            milk.quantity = each


#: What a hot drink is counted in: "3 coffees", "2 mugs of tea", "4 cups of tea".
_CUPS = frozenset({None, "cup", "mug"})


#: Coffee made of milk: the milk named with it is the kind it was made with, not a glass beside.
_MILKY_COFFEE = re.compile(r"\b(?:latte|flat white|cappuccino|cortado|mocha|macchiato|chai)\b")


def _milk_in_the_coffee(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "a large latte with oat milk", "flat white, skimmed milk": one drink, counted once."""
    i = 1
    while i < len(pieces):
        if _unstated_milk(pieces[i], matches[i]) and _MILKY_COFFEE.search(pieces[i - 1].name):
            pieces[i - 1].text += f" with {pieces[i].name}"
            milk = matches[i]
            pieces[i - 1].milk = milk.food if milk is not None else None
            del pieces[i], matches[i]
            continue
        i += 1


#: A spread's usual amount on one slice of toast: a pat of butter, a tablespoon of peanut butter
#: or Nutella, a teaspoon of Marmite.
_SPREAD_PER_SLICE = {
    "butter": "pat", "peanut butter": "tbsp", "nutella": "tbsp", "marmite": "tsp",
    "jam": "tbsp", "marmalade": "tbsp", "almond butter": "tbsp", "lemon curd": "tbsp",
}  # fmt: skip


#: SR28's baked products: its 18xxx rows and the later 28xxx ones (gluten-free breads).
_BAKED = ("usda:18", "usda:28")


def _spread_per_slice(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "toast with pb", "2 slices of toast with butter": the spread covers each slice."""
    slices = next(
        (
            (piece.quantity or 1.0)
            for piece, hit in zip(pieces, matches, strict=True)
            if hit is not None and hit.food.default_unit == "slice" and not hit.food.parts
            and piece.unit in (None, "slice") and hit.food.source.startswith(_BAKED)
        ),
        None,
    )
    if slices is None:
        _spread_per_bagel(pieces, matches)
        return
    for piece, hit in zip(pieces, matches, strict=True):
        unit = _SPREAD_PER_SLICE.get(hit.food.key) if hit is not None else None
        if unit is not None and piece.quantity is None and piece.unit is None:
            piece.quantity, piece.unit = slices, unit


#: Bakes split and spread one by one (a stack of pancakes or waffles shares its butter).
_SPREAD_EACH = ("bagel", "roll", "bun", "muffin", "scone", "crumpet", "teacake", "biscuit")


def _spread_per_bagel(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "2 toasted bagels with cream cheese", "2 rolls with butter": a usual spread on each
    bagel or roll, not one for all; "half a bagel with pb": half the spread."""
    bagels = next(
        (
            piece.quantity
            for piece, hit in zip(pieces, matches, strict=True)
            if hit is not None and piece.quantity is not None
            and (piece.quantity >= 2 or 0 < piece.quantity < 1)
            and hit.food.key.endswith(_SPREAD_EACH) and not hit.food.parts
            and piece.unit in (None, hit.food.key, hit.food.default_unit)
        ),
        None,
    )
    if bagels is None:
        return
    for piece, hit in zip(pieces, matches, strict=True):
        spread = hit is not None and (
            hit.food.key == "cream cheese" or hit.food.key in _SPREAD_PER_SLICE
        )
        if spread and piece.quantity is None and piece.unit is None:
            piece.quantity = bagels


def _plural_is_two(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "poached eggs", "sausages", "crumpets" with no count: a plural of a food eaten by the
    piece is two of them, not one."""
    for piece, hit in zip(pieces, matches, strict=True):
        if hit is None or piece.quantity is not None or piece.unit is not None:
            continue
        if piece.stated.any():
            continue
        key, name = hit.food.key, piece.name
        if hit.food.default_unit in _PORTION_UNITS or hit.food.parts:
            continue
        if key.endswith("s"):  # "pancakes", "wings", "jaffa cakes": a key by the piece
            if hit.food.default_unit in _PIECE_UNITS and name.split()[-1] == key.split()[-1]:
                piece.quantity = 2.0
            continue
        if name in (key + "s", key + "es") or (key.endswith("y") and name == key[:-1] + "ies"):
            piece.quantity = 2.0
        elif _names_its_plural(name.split(), key.split()[-1]):
            piece.quantity = 2.0  # "eggs over easy", "sunny side up eggs": the key's word plural


def _names_its_plural(words: list[str], last: str) -> bool:
    """The phrase holds the plural of the food's own last word, and never the word itself."""
    return last not in words and (last + "s" in words or last + "es" in words)


#: Units of one piece, for foods whose name is a plural ("chicken wings", "pancakes").
_PIECE_UNITS = frozenset(
    {
        "wing", "date", "cracker", "pancake", "waffle", "piece", "cake", "biscuit", "egg",
        "strip", "tablet",
    }
)  # fmt: skip


CEREAL_MILK_ML = 125.0  # milk poured on a bowl of cereal: more than a splash, less than a glass
_COOKED_CEREAL = re.compile(r"\b(?:porridge|oat|oats|oatmeal|grits|cream of|polenta)\b")


def _milk_on_cereal(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "weetabix with semi-skimmed", "cornflakes and milk": milk on cereal is what the bowl
    holds, not a glass."""
    for i in range(1, len(pieces)):
        hit, milk = matches[i], pieces[i]
        if (
            _unstated_milk(milk, hit)
            and any(  # "weetabix with a sliced banana and semi-skimmed": any cereal before
                cereal is not None
                and _is_cold_cereal(cereal.food)
                and (  # "honey bunches of oats" is ready to eat, "oat granola" too
                    _COOKED_CEREAL.search(piece.name) is None
                    or cereal.food.name.lower().startswith("cereals ready-to-eat")
                )
                for piece, cereal in zip(pieces[:i], matches[:i], strict=True)
            )
        ):
            milk.quantity, milk.unit = CEREAL_MILK_ML, "ml"


#: What a bowl of porridge, cereal or yoghurt (or a slice of toast) is topped with, when the
#: topping's own usual portion is a snack's ("blueberries" alone are a cup, on yoghurt a
#: handful; an avocado alone is a whole one, on toast half).
_BOWL_WORDS = re.compile(
    r"\b(?:porridge|oats|oatmeal|yogh?urts?|yog|skyr|granola|muesli|cereal|weetabix"
    r"|cornflakes|flakes|bran|cheerios|shreddies|quark|cottage cheese|toast|bagels?"
    r"|crumpets?|rice cakes?|crackers?|sourdough)\b"
)


_YOGURT = re.compile(r"\b(?:yogh?urt|skyr|quark)\b")


#: Bowls a spread is stirred into by the spoon, not spread by the slice.
_STIRRED_INTO = re.compile(r"\b(?:porridge|oats|oatmeal|overnight oats|yogh?urt|skyr)\b")


def _topping_on_a_bowl(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "greek yoghurt and blueberries", "porridge with raisins": a food with a "topping"
    weight (berries, dried fruit, granola on yoghurt) named with a bowl food is that much; a
    spread stirred into one ("porridge w/ PB") its spoon (a tablespoon of peanut butter)."""
    bowl = [  # named as a bowl food, or a yogurt by its brand ("vanilla chobani")
        _BOWL_WORDS.search(piece.name) is not None
        or (hit is not None and _YOGURT.search(hit.food.key) is not None)
        for piece, hit in zip(pieces, matches, strict=True)
    ]
    if not any(bowl):
        return
    for i, (piece, hit) in enumerate(zip(pieces, matches, strict=True)):
        if hit is None or (bowl[i] and hit.food.key != "granola"):
            continue
        grams = hit.food.units.get("topping")
        spread = _SPREAD_PER_SLICE.get(hit.food.key) if any(  # "porridge w/ PB": a spoon
            _STIRRED_INTO.search(p.name) for j, p in enumerate(pieces) if bowl[j] and j != i
        ) else None
        if (grams is None and spread is None) or piece.quantity is not None or piece.unit:
            continue
        if piece.stated.any() or not any(b for j, b in enumerate(bowl) if j != i):
            continue
        piece.quantity, piece.unit = (grams, "g") if grams is not None else (1.0, spread)


#: What onions are a topping on: "a hot dog with onions", "a burger with fried onions".
_BUN_WORDS = re.compile(
    r"\b(?:hot\s*dogs?|burgers?|cheeseburgers?|bratwursts?|brats?|frankfurters?|franks?"
    r"|sausages?|bangers?|steak|steaks)\b"
)
_COUNT_WORD = re.compile(r"\s*(?:[0-9]|a\s|an\s|one\s|two\s|three\s)")


def _onions_on_a_bun(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "2 hot dogs with mustard and onions": the onions are a topping (the onion's topping
    weight, over the lot), not two whole onions; "a burger and an onion" is counted."""
    if not any(_BUN_WORDS.search(piece.name) for piece in pieces):
        return
    for piece, hit in zip(pieces, matches, strict=True):
        if hit is None or hit.food.key != "onion" or piece.stated.any():
            continue
        grams = hit.food.units.get("topping")
        if grams is None or piece.unit is not None or _COUNT_WORD.match(piece.text):
            continue
        piece.quantity, piece.unit = grams, "g"


def _is_cold_cereal(food: Food) -> bool:
    return food.name.lower().startswith("cereals ready-to-eat") or (
        food.source.startswith("usda:08") and "granola" in food.name.lower()
    )


_ON_TOAST = re.compile(
    r"\b(?P<what>[0-9]+\s+\w+(?:\s+\w+ed)?|\w+s(?:\s+x\s?[0-9]+)?)\s+on\s+"
    r"(?:white\s+|brown\s+)?(?P<toast>\w+)\b"
)  # "2 eggs on toast", "2 eggs scrambled on toast", "scrambled eggs x3 on toast"


def _toast_under(pieces: list[_Piece], matches: list[FoodMatch | None], text: str) -> None:
    """ "2 eggs on toast", "beans on tost": more than one thing on toast sits on two slices
    ("jam on toast" is one); the toast as the runner spelt it."""
    for piece, hit in zip(pieces, matches, strict=True):
        if hit is not None and hit.food.key == "toast" and piece.quantity is None:
            spelt = piece.name.split()[-1] if piece.name else ""
            if any(
                m["toast"] == spelt and m["what"].split()[-1] not in {"was", "is", "this", "has"}
                for m in _ON_TOAST.finditer(text)
            ) and piece.unit is None:
                piece.quantity = 2.0
            return


def _on_the_bread(pieces: list[_Piece], matches: list[FoodMatch | None], text: str) -> None:
    """ "avo on toast", "avocado on sourdough", "2 slices sourdough w avocado", "rice cakes
    with avocado": a food named on bread or with it is what the slices hold (its "on bread"
    weight: half an avocado), not a whole one beside it."""
    bread = False
    for piece, hit in zip(pieces, matches, strict=True):
        grams = hit.food.units.get("on bread") if hit is not None else None
        if (
            grams is not None and piece.quantity is None and piece.unit is None
            and not piece.stated.any() and (
                re.search(rf"\b{re.escape(piece.name)} on\b", text)
                or (bread and re.search(rf"\bwith (?:some )?{re.escape(piece.name)}\b", text))
            )
        ):
            piece.quantity, piece.unit = grams, "g"
        bread = bread or (hit is not None and _BREAD.search(hit.food.key) is not None)


#: Foods a spread goes on: "sourdough w avocado", "rice cakes with avocado".
_BREAD = re.compile(
    r"\b(?:toast|bread|sourdough|bagel|rice cake|crackers?|crispbread|rye|pumpernickel|muffin"
    r"|baguette|ciabatta|pitta|pita|oatcakes?)\b"
)


#: Grams of a cooked food up to this are the dry weight: nobody eats 60 g of cooked porridge,
#: but "porridge 60g" is what the bag's scoop says.
_MAX_DRY_G = 120.0


def _dry_weight(pieces: list[_Piece], matches: list[FoodMatch | None]) -> None:
    """ "porridge 60g", "oatmeal 50 g": a small weight of a food cooked from dry is the dry
    weight, when the food knows what a dry gram makes ("dry g")."""
    for piece, hit in zip(pieces, matches, strict=True):
        if (
            hit is not None
            and piece.unit == "g"
            and piece.quantity is not None
            and piece.quantity <= _MAX_DRY_G
            and "dry g" in hit.food.units
        ):
            piece.unit = "dry g"


def whole_grams(food: Food) -> float | None:
    """Grams of one whole of a food, when it has a unit named like the food itself (a breast of
    chicken breast, a pizza of pizza) or a "whole": a fraction is of that, not of a slice or
    a serving."""
    for unit in ("whole " + food.key, "whole", food.key.rsplit(" ", 1)[-1]):
        if unit in food.units:
            return food.units[unit]
    return None
