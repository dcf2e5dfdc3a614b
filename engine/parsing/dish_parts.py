"""Amounts said after a dish for its parts: "beans on toast, 2 slices, half a tin", "sausage
and mash, 3 sausages", "biscuits and gravy, 2 biscuits". The dish is then counted by its
parts, each at the amount said or at its share of the dish's usual portion, never as the
dish plus a second helping of the part.
"""

from __future__ import annotations

from engine.food import Food, FoodMatch
from engine.food_units import PORTION_WORDS
from engine.parsing.context import ParseContext
from engine.parsing.portions import _Piece, _Stated

#: How far back a bare amount looks for the dish whose part it measures: the dish, then the
#: parts already said after it ("beans on toast, 2 slices, half a tin").
_PARTS_BACK = 3


def takes(food: Food, unit: str) -> bool:
    """Whether the food is measured in `unit` by its own weights."""
    return food.default_unit == unit or unit in food.units


def _dish(piece: _Piece, ctx: ParseContext) -> Food | None:
    hit = ctx.foods.match(piece.name, extra=ctx.user_foods) if piece.name else None
    return hit.food if hit is not None and hit.food.parts else None


def part_measured(
    pieces: list[_Piece], groups: list[int], qty: float, unit: str, ctx: ParseContext
) -> bool:
    """A bare amount in a unit the dish before it has no use for but one of its parts has
    ("beans on toast, 2 slices": the toast's slices) is said as that part, after the dish (see
    parts_said_after). Whether it was placed."""
    if unit in PORTION_WORDS:
        return False
    for piece in reversed(pieces[-_PARTS_BACK:]):
        dish = _dish(piece, ctx)
        if dish is None:
            if piece.said_part:
                continue  # a part said already: the dish is further back
            return False
        if takes(dish, unit) or piece.stated.any():
            return False
        for key, _ in dish.parts:
            part = ctx.foods.get(key)
            if part is not None and takes(part, unit):
                said = _Piece(key, key, qty, unit, _Stated(), ())
                said.said_part = True
                pieces.append(said)
                groups.append(groups[-1])
                return True
        return False
    return False


#: The words for a burger's meat, whatever the meat: "a lamb burger, 150g patty in a bun".
_PATTY = frozenset({"patty", "patties", "pattie", "burger patty", "meat patty"})


def _names_part(
    piece: _Piece, hit: FoodMatch | None, parts: dict[str, float], main: str | None = None
) -> str | None:
    """The dish's part a later piece names: by its food ("mash" the mashed potato), or by its
    last word, plural or not ("2 biscuits" the dish's kfc biscuit, "3 sausages"); a patty is
    a burger's meat, its main part (`main`: "elk burger, 200 g patty")."""
    if main is not None and piece.name in _PATTY:
        return main
    if hit is not None and hit.food.key in parts:
        return hit.food.key
    last = piece.name.rsplit(" ", 1)[-1].removesuffix("s")
    if not last:
        return None
    return next((key for key in parts if key.rsplit(" ", 1)[-1].removesuffix("s") == last), None)


def _main_part(dish: Food, ctx: ParseContext) -> str | None:
    """The part a burger's patty names: the one of the dish's own row (its meat)."""
    if "burger" not in dish.key:
        return None
    return next(
        (key for key, _ in dish.parts if (f := ctx.foods.get(key)) and f.source == dish.source),
        None,
    )


def _says_more(match: FoodMatch | None, key: str) -> bool:
    """Whether the food a part was named as is that part, or a kind of it ("wholemeal bread"
    for the bread); "2 biscuits" read as cookies is the dish's biscuit."""
    last = key.rsplit(" ", 1)[-1]
    return match is not None and (match.food.key == key or match.food.key.endswith(" " + last))


def parts_said_after(
    pieces: list[_Piece], matches: list[FoodMatch | None], ctx: ParseContext
) -> None:
    """A dish followed by amounts of its own parts is its parts: each at the amount said,
    the rest at their share of the dish's usual portion; a part named again with no amount
    ("fish finger sarnie, 4 fingers on white bread") is its share, as named; in place."""
    i = 0
    while i < len(pieces):
        dish, hit = pieces[i], matches[i]
        if hit is None or not hit.food.parts or dish.stated.any():
            i += 1
            continue
        parts = dict(hit.food.parts)
        main = _main_part(hit.food, ctx)
        said: dict[str, tuple[_Piece, FoodMatch | None]] = {}
        j = i + 1
        while j < len(pieces):
            later = pieces[j]
            key = _names_part(later, matches[j], parts, main)
            if key is not None and key not in said and not later.stated.any():
                said[key] = (later, matches[j])
                del pieces[j], matches[j]
            else:
                j += 1
        if not any(piece.quantity is not None for piece, _ in said.values()):
            pieces[i + 1 : i + 1] = [piece for piece, _ in said.values()]
            matches[i + 1 : i + 1] = [match for _, match in said.values()]
            i += 1
            continue  # only named again: _part_named_again's
        times = dish.quantity if dish.quantity is not None and dish.unit is None else 1.0
        shown: list[_Piece] = []
        found: list[FoodMatch | None] = []
        for key, grams in hit.food.parts:
            food = ctx.foods.get(key)
            if food is None:
                continue
            piece, match = said.get(key, (None, None))
            if piece is None:
                piece = _Piece(f"{key} ({dish.text})", key, grams * times, "g", _Stated(), ())
            elif piece.quantity is None:
                piece.quantity, piece.unit = grams * times, "g"
            shown.append(piece)
            found.append(match if _says_more(match, key) else FoodMatch(food, 1.0, True))
        pieces[i : i + 1] = shown
        matches[i : i + 1] = found
        i += len(shown)
