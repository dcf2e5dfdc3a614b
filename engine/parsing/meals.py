"""Meals: labels ("breakfast:", "post-run", "tea" in British use), a dish named before its
parts, where the food came from, and when a labelled meal was eaten. Reading the items
themselves is engine/parsing/items.py.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from engine.events import FoodItem, MealKind
from engine.food import Food
from engine.parsing.context import ParseContext, _words
from engine.parsing.item_words import _KCAL, _clean_name, _read_item
from engine.parsing.items import MIXED_UP, PLACE_TAIL, _parse_items, the_place_s_own
from engine.parsing.labels import (
    AROUND_RUN,
    CONTEXT_LABELS,
    LABEL_ALT,
    LABEL_FIRST,
    LABEL_LETTERS,
    MEAL_LABELS,
    NOT_AFTER_DISH,
    NOT_BEFORE_FOOD,
    QUALIFIER_ALT,
)
from engine.timewords import PART_OF_DAY, TimeRef

_POST_RUN = re.compile(rf"\b(?:{AROUND_RUN}|recovery (?:shake|drink|meal|snack))\b")
#: A meal label (engine/parsing/labels.py). "tea" is the evening meal in British use when it
#: labels food ("tea: fish and chips", "beans on toast for tea"), and a drink otherwise; "b:",
#: "l:", "d:" label a day's log.
_MEAL_WORD = re.compile(
    rf"(?=[{LABEL_FIRST}abdflmoprt])"  # every branch's first letter: elsewhere it fails at once
    r"\b(?:(?:for|at|as) (?:an? |my )?|my )?(?:(?!(?:"
    + LABEL_ALT
    + r")\b)(?:"  # no qualifier of a label of its own: "second breakfast", "morning tea"
    + QUALIFIER_ALT
    + r")\s)?"
    + NOT_AFTER_DISH
    + r"(?P<w>(?:"
    + LABEL_ALT
    + r")"
    + NOT_BEFORE_FOOD
    + r"|(?<!afternoon )(?<!morning )tea(?=\s*(?::|-|=|was\b|were\b|tonight\b))"
    r"|arvo(?=\s*(?::|-\s|=))|(?P<on_run>during|mid[- ]run|on the run)(?=\s*:)"
    # a race day's fuel under short headings: "pre: toast | during: gels | post: pizza"
    r"|(?<![a-z] )(?:(?P<pre>pre)|post)(?=\s*:)"
    # a meal by its number in the day: "meal 2: chicken and rice", "first meal: oats"; a
    # course after a meal, of no meal's kind: "dessert: ice cream"
    r"|(?P<nth>dessert|pudding|pud|afters|meal\s*#?[1-9]|(?:first|second|third|fourth|fifth|sixth|last|final|1st|2nd|3rd"
    r"|[4-6]th)\s+(?:(?:proper|real|solid|decent|big)\s+)?meal)(?=\s*(?::|-\s))"
    r"|(?<![a-z] )(?P<course>dessert|afters)(?=\s+(?!wines?\b)[a-z0-9])"  # "dessert 2 oreos"
    r"|(?<=for )tea|(?<=for my )tea|(?<=for our )tea"
    r"|(?<![0-9] )(?<![0-9])(?:[bldst](?=:)|(?<![a-z] )[bldst](?=\s?=|\s?-\s))"
    r"|(?<=\()[blds](?=\))|(?<![a-z0-9] )(?<![a-z0-9(])[bldst](?=\)\s)"
    # "recovery shake: whey", not the shake counted in scoops ("recovery shake 1 scoop")
    r"|recovery(?: (?:shake|drink)(?=\s*(?:[:=(0-9-]|with\b|of\b))(?!\s*\(?[0-9.]+\s*scoops?\b)"
    r"| meal| snack"
    r"|(?! shake\b| drink\b))"
    rf"|{AROUND_RUN})\b\s*(?::|=>?|-+>|\))?"
)
#: The words _MEAL_WORD is made of, as runs of letters; "postrun" and "prerace" are one run,
#: so any run starting "post" or "pre" counts too (see _may_name_meal).
_MEAL_LABEL_WORDS = LABEL_LETTERS | _words(
    "recovery after before during mid on over across throughout s t aid cp checkpoint feed mile",
    "meal dessert pudding pud afters",
)


def _may_name_meal(text: str, letters: tuple[str, ...]) -> bool:
    """Whether _MEAL_WORD can match `text`, whose runs of letters a-z are `letters`."""
    return not _MEAL_LABEL_WORDS.isdisjoint(letters) or "post" in text or "pre" in text


_MEAL_KINDS: dict[str, MealKind] = {**MEAL_LABELS, **CONTEXT_LABELS, "s": "snack", "t": "dinner"}


#: A dish named before its measured parts: "cheese on toast: 2 slices of bread with 40 g
#: cheddar", "porridge made with 50 g oats and milk". The parts are what was eaten; counting
#: the dish as well would count it twice.
_DISH_THEN_PARTS = re.compile(
    r"^(?P<dish>[^:,0-9]{2,40}?)\s*(?::|\bmade (?:with|from|of|using)\b|\bconsisting of\b)"
    r"(?=[^:]*[0-9])"
)
#: Without amounts the dish is what was eaten and the rest goes with it, as after "with".
_MADE_WITH = re.compile(r"\s+made\s+(?:from\s+scratch\b\s*|(?:with|from|using)\s+)")
_NUMBER_WORDS_IN_DISH = re.compile(r"\b(?:k?cals?|kcal|calories|protein|carbs?|fats?)\b")


#: A sub's usual size says nothing more: "6 inch turkey sub" is the table's turkey sub. A
#: footlong inside the name ("subway footlong turkey") is the size, read as it is in front.
_SUB_SIZE = re.compile(
    r"\b(?:(?:6|six)[- ]?(?:inch|in)|(?P<foot>foot[- ]?long))\b"
)
_COUNT_ONLY = re.compile(r"\s*(?:an?|one|[0-9]{1,2})?\s*")


def _drop_place(text: str, ctx: ParseContext) -> str:
    if " from " in text or " at " in text or " by " in text:  # a clause's white space is " "
        place = PLACE_TAIL.search(text)
        if place is not None and not the_place_s_own(text[: place.start()], place[0], ctx):
            text = text[: place.start()] + text[place.end() :]
    if "6" in text or "six" in text or "foot" in text:
        size = _SUB_SIZE.search(text)
        if size is not None and size["foot"] is not None:
            head = text[: size.start()]
            if not _COUNT_ONLY.fullmatch(head) and text[size.end() :].strip():
                # "subway footlong turkey"; "had a footlong" names the sub by its size
                lead = _COUNT_ONLY.match(head)
                count = lead[0].strip() if lead is not None else ""
                rest = head[lead.end() if lead is not None else 0 :]
                return f"{count or 'a'} footlong {rest}{text[size.end() :]}"
        elif size is not None:
            text = _SUB_SIZE.sub(" ", text)
    return text


#: Dishes that are only what goes into them, named before their measured parts with "with" or
#: a dash: "overnight oats with 40g oats, 100g yoghurt", "omelette with 3 eggs and 30g cheese",
#: "chicken fajitas - 2 tortillas, 120g chicken", "egg fried rice with 2 eggs and 200g rice". (A
#: wrap or a bagel "with" something is bread and a filling, so those keep their name.)
_ONLY_ITS_PARTS = re.compile(
    r"^(?P<dish>(?:[a-z]+\s+){0,3}?(?:omelett?es?|omelets?|overnight oats|smoothie"
    r"|stir[- ]fry|salad|fajitas?|frittata|scramble|fried rice))\s*(?:\bwith\b|\s-\s)(?=[^:]*[0-9])"
)


#: A blend that is only what went in, listed without amounts: "smoothie with banana, spinach
#: and oat milk" is those three; the table's smoothie as well would count it twice.
_BLEND_OF_PARTS = re.compile(
    r"^(?:[a-z]+\s+){0,2}?(?:smoothie|protein shake|shake)\s*"
    r"(?:\bwith\b|\bmade\s+(?:with|from|using)\b|:|\s-\s)(?=[^,]+(?:,|\band\b))"
)


#: The same blend later in a meal, after another food: "banana bread and a shake (1 scoop
#: whey, water)", "toast, smoothie with banana and oat milk".
_BLEND_LATER = re.compile(
    r"(?P<sep>,\s*|\s+and\s+|\s*\+\s*)(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:smoothie|protein shake"
    r"|shake)\s*(?:\bwith\b|\bmade\s+(?:with|from|using)\b|\()(?=[^,()]+(?:,|\band\b))"
)


def _drop_dish_name(text: str) -> str:
    if "bottle" in text or "flask" in text or "bidon" in text:
        text = MIXED_UP.sub("", text)  # "tailwind: 3 bottles, 2 scoops a bottle": its mix
    if ("smoothie" in text or "shake" in text) and (
        later := _BLEND_LATER.search(text)
    ) is not None:
        rest = text[later.end() :]
        if later[0].rstrip().endswith("("):
            rest = rest.replace(")", " ", 1)  # "(1 scoop whey, water)": its parts, listed
        text = text[: later.start()] + later["sep"] + rest
    only = _ONLY_ITS_PARTS.match(text.lstrip()) if "with" in text or " - " in text else None
    if only is not None:
        if only["dish"].endswith("salad"):  # "prawn salad with avocado and 100g prawns": the
            return "salad, " + text.lstrip()[only.end() :]  # leaves count once as well
        return text.lstrip()[only.end() :]
    if ("smoothie" in text or "shake" in text) and (
        blend := _BLEND_OF_PARTS.match(text.lstrip())
    ) is not None:
        return text.lstrip()[blend.end() :]
    if ":" not in text and "made " not in text and "consisting" not in text:
        return text
    m = _DISH_THEN_PARTS.match(text.lstrip())
    if m is not None and _only_its_amounts(text.lstrip()[m.end() :]):
        return text  # "tailwind: 3 bottles, 200 kcal a bottle": the drink and its amounts
    if m is None or _NUMBER_WORDS_IN_DISH.search(m["dish"]):
        if "made " in text:
            return _MADE_WITH.sub(" with ", text)  # "porridge made with milk and honey"
        return text
    return _with_its_bread(m["dish"], text.lstrip()[m.end() :])


def _only_its_amounts(listed: str) -> bool:
    """Whether a list after a food's name holds only amounts and numbers of it, no food of
    its own ("3 bottles, 200 kcal a bottle")."""
    parts = [p for p in _LIST_IN.split(listed) if p.strip()]
    return bool(parts) and all(not _read_item(p).name for p in parts)


#: A head before what was eaten: a title before a list after a colon or in brackets
#: ("thanksgiving leftovers: turkey, stuffing and mash", "chipotle bowl (chicken, rice, beans,
#: salsa)", "meal deal: sandwich, crisps, coke"), or a name before a colon or a dash: a place ("a
#: cheeky nandos - half chicken, peri chips") or a dish that is only its parts ("smoothie: banana,
#: spinach, oat milk"). Counted as well, the head would count the food twice, or read as a food
#: no one knows. A title is looked for first.
_TITLE = re.compile(
    # a duration may be in it: "meal deal on the 12 hr shift: sandwich, crisps"; a road:
    # "garage meal deal on the A1:", "gas station combo on I-95:"
    r"^\s*(?P<head>(?:[^:,0-9()]|[0-9]{1,2}[ -]?(?:hrs?|hours?|h)\b"
    r"|(?<=\s)(?:[abm]|i-?)[0-9]{1,3}\b){2,40}?)"
    r"\s*(?::|(?P<paren>\()(?=[^()]*,[^()]*\)))"
    r"(?=[^:]*(?:,|\+|\band\b|\bwith\b))"
)
_NAMED = re.compile(r"^\s*(?P<head>[a-z'& ][a-z'& -]{1,39}?)\s*(?::|\s-+\s)\s*(?=\S)")
_LIST_CUT = re.compile(r",|\+|\band\b|\bwith\b")
_LIST_IN = re.compile(r",|\+|\band\b")


#: The bread a dish titled before its fillings is made in ("breakfast roll from the centra -
#: 2 sausages, 2 rashers, egg"): its fillings are listed, its bread is not, and is eaten too.
_BREAD_OF = re.compile(
    r"\b(?:(?P<roll>rolls?|baps?|buns?|barms?|batch|blaa|cob)|(?P<slices>sandwich(?:es)?|sarnies?"
    r"|butty|butties|toasties?)|(?P<wrap>wraps?|tortillas?)|(?P<bagel>bagels?)|(?P<pitta>pittas?"
    r"|pitas?)|(?P<baguette>baguettes?|subs?))\b(?!-)"
)
#: Bread the fillings name themselves ("pb roll-up: 1 tortilla, 2 tbsp pb"): none to add.
_BREAD_NAMED = re.compile(rf"{_BREAD_OF.pattern}|\b(?:bread|toast|slices?)\b")
_BREADS = {
    "roll": "a bread roll", "slices": "2 slices of bread", "wrap": "a tortilla",
    "bagel": "a bagel", "pitta": "a pitta", "baguette": "a baguette",
}  # fmt: skip


def _with_its_bread(head: str, rest: str) -> str:
    """The fillings after a dish's title, with the bread the title names (see _BREAD_OF)."""
    found = [m for m in _BREAD_OF.finditer(head)] if "b" in head or "s" in head else []
    if not found or found[-1].lastgroup is None or _BREAD_NAMED.search(rest) is not None:
        return rest
    return f"{_BREADS[found[-1].lastgroup]}, {rest}"


#: Who handed the runner the food, before it ("the crew handed me a banana", "a marshal gave
#: me a gel", "my wife made me a bacon sandwich"): the runner ate what follows.
_GIVER = re.compile(
    r"^\s*(?:(?:the|my|a|an|our|some)\s+)?(?:[a-z']+\s+){0,2}?(?:gave|handed|made|brought|bought"
    r"|passed|offered|cooked|fed)\s+(?:me|us)\s+(?=\S)"
)


def _all_weighed(listed: str) -> bool:
    """Whether every part listed in a dish's brackets is a food with its amount ("60g oats,
    200ml semi skimmed", "a banana, 200ml milk"): the dish is those parts, not the dish as
    well."""
    parts = _LIST_IN.split(listed)
    return len(parts) >= 2 and all(
        _AN_AMOUNT.search(part) is not None and _clean_name(part) for part in parts
    )


_AN_AMOUNT = re.compile(r"[0-9]|\b(?:an?|one|two|half)\s")


def _drop_head(text: str, ctx: ParseContext) -> tuple[str, Food | None]:
    """The food after a head (see _TITLE), without the head, and the dish a title names when it
    is made of parts (its portions of them are the list's: a bowl's scoop of rice, not a
    plate's cup). The head stays when it is a food itself with only its amount or a short list
    after it ("toast: butter and jam", "toast - 2 slices"), and so does a head before nothing
    known ("xyz: qqq" is asked about whole)."""
    dish: Food | None = None
    if " me " in text or " us " in text:
        text = _GIVER.sub("", text, count=1)
    title = _TITLE.match(text) if ":" in text or "(" in text else None
    if title is not None:
        rest = text[title.end() :]
        if title["paren"]:
            close = rest.find(")")
            after = rest[close:].split(",", 1)[0] if close >= 0 else ""
            if "cal" in after and _KCAL.search(after) is not None:
                return f"{title['head']}, {rest[close + 1 :]}", None  # "pancakes (2 eggs) 420 kcal"
            if close >= 0 and _all_weighed(rest[:close]):
                return rest[:close] + rest[close + 1 :], None  # "porridge (60g oats, 200ml milk)"
            rest = rest[:close] + rest[close + 1 :] if close >= 0 else rest
        name = _clean_name(title["head"])
        food = (ctx.foods.exact(name) or _matched(name, ctx)) if name else None
        if food is not None and not food.parts and len(_LIST_CUT.findall(rest)) < 2:
            if (bread := _with_its_bread(title["head"], rest)) is not rest:
                return bread, None  # "sandwich from the garage: 2 fried eggs, 2 rashers"
            return f"{title['head']}, {rest}", None  # "toast: butter and jam"
        dish = food if food is not None and food.parts else None
        text = rest if dish is not None else _with_its_bread(title["head"], rest)
    m = _NAMED.match(text) if ":" in text or " -" in text else None
    if m is None:
        return text, dish
    rest = text[m.end() :]
    head = _clean_name(m["head"])
    if head and (hit := ctx.foods.match(head, extra=ctx.user_foods)) is not None and (
        hit.exact or "-" not in m["head"]  # "post-work treat:" is no rice crispy treat
    ):
        if _LIST_IN.search(rest) is None:
            return text, dish  # "toast - 2 slices": the dish and its amount
    elif _parse_items(rest, ctx, cued=False) is None:
        return text, dish  # nothing known after it either: ask about the whole
    elif _foods_listed(m["head"], ctx):
        return f"{m['head']}, {rest}", dish  # "porridge and banana - apple": no title, food
    return (rest if dish is not None else _with_its_bread(m["head"], rest)), dish


def _foods_listed(head: str, ctx: ParseContext) -> bool:
    """Whether a head before a dash is itself foods joined ("porridge and banana", "eggs &
    toast"), every one known: food eaten, no title over what follows."""
    if _LIST_IN.search(head) is None:
        return False
    items = _parse_items(head, ctx, cued=False)
    return items is not None and len(items) >= 2 and all(item.resolved for item in items)


def _matched(name: str, ctx: ParseContext) -> Food | None:
    match = ctx.foods.match(name)
    return match.food if match is not None else None


def _meal_time(time_ref: TimeRef, kind: MealKind | None, ctx: ParseContext) -> datetime:
    """ "dinner yesterday" is yesterday at dinner time, not at the noon a bare day gets."""
    if time_ref.exact or kind not in PART_OF_DAY:
        return time_ref.at
    day = time_ref.at.astimezone(ctx.tz).date()
    at = datetime.combine(day, PART_OF_DAY[kind], tzinfo=ctx.tz).astimezone(UTC)
    return min(at, ctx.received_at)


#: A clause that opens with buying ("bought", "picked up", "ordered", "stocked up on", "did
#: the big shop"): food bought is not food eaten.
_BUYING = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:just|finally|also|then)\s+)?(?P<v>bought|buying|picked up|ordered"
    r"|got|stocked up(?: on)?|restocked|did (?:the|a|my) (?:big |weekly |food |online )?shop"
    r"|(?:went|been) (?:food |grocery )?shopping"
    # a shop named as a heading: "weekly shop done: 12 eggs, ...", "big shop: ...", "grocery haul"
    r"|(?:weekly|big|food|grocery|supermarket|online) (?:shop|shopping|haul|order|delivery))\b"
)
#: What says food was bought to keep, not to eat now: a bulk weight, several packs, a tub or a
#: jar of it, a dozen, an offer, a stock for days to come ("a bag of crisps from the shop" is
#: a snack had).
_SHOPPING = re.compile(
    r"\b(?:[0-9]+(?:\.[0-9]+)?\s*kgs?|kilos?|[0-9]+\s*(?:x\s*)?(?:bags|tubs|box(?:es)?|jars"
    r"|loaves|tins|cans|packs|packets|bottles|cartons|trays|multipacks|boxes)"
    r"|(?:bags|tubs?|box(?:es)?|jars?|loaf|loaves|tins|packs|packets|cartons|trays|crates?"
    r"|sacks?|cases?|multipacks?) of|dozen|bulk|a big shop|on offer|in the sale|on sale"
    r"|on special|bogof"
    r"|for (?:the|next) (?:week|month|season|block|race)|race week|stock)\b"
)
#: After a purchase, what says it was eaten too: in the clause ("a meal deal for lunch"), or
#: anywhere after it ("..., and ate it on the walk back", "and ate the lot").
_EATEN_HERE = re.compile(r"\bfor (?:my )?(?:breakfast|brekkie|lunch|dinner|tea|supper|snack)\b")
_EATEN_LATER = re.compile(
    r"\b(?:ate|eaten|eat|had|scoffed|devoured|drank|munched|finished|demolished|inhaled)\s+"
    r"(?:it|them|the lot|the whole|one|some|half|both|all|most)\b"
)


#: Cooking a batch to keep: "made a big pot of chilli", "baked a tray of flapjacks".
_BATCH_COOKED = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:just|finally|also|then)\s+)?"
    r"(?:made|cooked|baked|prepped|batch[- ]?cooked|did)\s+(?:up\s+)?(?:a|an|two|2|three|3)?\s*"
    r"(?:(?:big|huge|massive|giant|large|double)\s+)?"
    r"(?:pots?|batch(?:es)?|trays?|pans?|loaf|loaves|cakes?|dozen|slow ?cooker|casseroles?"
    r"|traybakes?)\b"
    # a session of cooking for the days ahead: "meal prep sunday:", "meal prepped for the week"
    r"|^meal[- ]?prep(?:ped|ping)?\s+(?:sunday|day|done|session|for\s+the\s+week)\b"
)


def bought_only(text: str, message: str = "", *, session: bool = False) -> bool:
    """Whether a clause only tells of food bought or batch-cooked, not eaten: "bought 2kg of
    oats", "picked up a 1kg tub of whey at the shop", "stocked up on bananas for race week",
    "made a big pot of chilli". A single thing
    bought and had ("bought a coffee at the station") is still had, and so is food bought
    and then eaten ("bought a banana at the kiosk and ate it", `message` the whole message).
    A clause read as a session (`session`) is a purchase only with a verb that can be nothing
    else ("stocked up on gels for race week"; "got in 8 miles before the shops opened" ran)."""
    if _BATCH_COOKED.match(text.strip()) is not None:
        return not (_EATEN_HERE.search(text) or _EATEN_LATER.search(message or text))
    m = _BUYING.match(text.strip())
    if m is None or _EATEN_HERE.search(text) or _EATEN_LATER.search(message or text):
        return False
    verb = m["v"]
    if session and not verb.startswith(("stocked", "restocked", "bought", "ordered")):
        return False
    if verb.startswith(("stocked", "restocked", "did ", "went", "been")) or verb.endswith(
        ("shop", "shopping", "haul", "order", "delivery")
    ):
        return True
    return _SHOPPING.search(text, m.end()) is not None


#: "<why or where> for <food>": "cafe stop for a croissant", "popped into greggs for a pasty".
_FOR_FOOD = re.compile(
    r"^(?P<lead>[a-z'][a-z' -]*?)\s+for\s+"
    r"(?P<food>(?:an?|some|my|the|two|three|four|half|[0-9])\b.*)$"
)
#: A leading phrase of doing, where or when: "landscaping in the heat", "gardening all
#: morning", "sat in traffic for an hour", "on the ferry home", "waiting at the airport".
_DOING = re.compile(
    r"^(?P<w>[a-z]+ing|sat|stuck|was|were|went|on|at|in|after|before|during|between|while"
    r"|whilst|outside|inside|back|[a-z]+ed(?=\s+(?:in|on|at|for|around|about|through|from|to"
    r"|up|down|out|home|ages|all|late|early|round|over|by)\b))\b"
)  # "waited ages at", not "battered halloumi" (an unknown food, asked about)


def without_context(items: list[FoodItem], ctx: ParseContext) -> list[FoodItem]:
    """A meal's items without the words around the food that only say why, where or while
    what: an unknown "cafe stop for a croissant" is the croissant ("coffee stop at the top
    of the climb for a muffin" too); an unknown first item of doing before food that is
    known ("landscaping in the heat, a snickers", "gardening all morning, a ham sandwich")
    is no food to ask about. A food the table knows by that word ("pudding") is kept; a ride
    first ("caught the train home, a kitkat") is no food either."""
    kept: list[FoodItem] = []
    for i, item in enumerate(items):
        if i == 0 and len(items) > 1 and a_ride(item.text):
            continue  # "took the subway to the start, a banana": a ride, no sub
        if item.resolved or item.source is not None:
            kept.append(item)
            continue
        text = item.text.strip()
        again = food_after_for(text, ctx) or _without_batch_words(item, ctx)
        if again:
            kept.extend(again)
            continue
        doing = _DOING.match(text) if i == 0 else None
        if doing is not None and _names_no_food(text, ctx) and any(
            x.resolved for x in items[1:]
        ):
            continue
        kept.append(item)
    return kept


_A_WHILE = re.compile(r"[0-9]+\s*(?:min|mins|minutes|hours?|hrs?|h)\b")


def _names_no_food(text: str, ctx: ParseContext) -> bool:
    """Whether no word of the text is a food of the table by its exact name ("sat in traffic
    for an hour": none; "pickled herring": the herring is, so it is asked about)."""
    return all(len(w) < 3 or ctx.foods.exact(w) is None for w in re.findall(r"[a-z']+", text))


def food_after_for(text: str, ctx: ParseContext) -> list[FoodItem] | None:
    """The food of "<why or where> for <food>" when all of it is known ("popped into greggs
    for a sausage roll"), or after a stop made for it ("cafe stop for a cheese scone": the
    scone asked about); None otherwise."""
    m = _FOR_FOOD.match(text.strip())
    if m is None or (
        any(c.isdigit() for c in m["lead"]) and _A_WHILE.search(m["lead"]) is None
    ):
        return None  # "2 for a fiver"; but "queued 20 minutes for a burger" is the burger
    again = _parse_items(m["food"], ctx, cued=True)
    if not again:
        return None
    if all(x.resolved for x in again) or _STOPPED.search(m["lead"]) is not None:
        return again  # "cafe stop for a cheese scone": the scone, asked about by its name
    return None


#: A stop made for food, before "for": what follows is food, known or to be asked about.
_STOPPED = re.compile(
    r"\b(?:stop|stopped|pit stop|break|detour|queued|popped (?:in|into|to)|nipped (?:in|into|to)"
    r"|dropped into|dived into)\b"
)


#: A ride somewhere: "subway to the start", "took the tube home", "caught the bus into town".
_RIDE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:took|take|taking|caught|catch|got|get|rode|hopped on|jumped on)\s+)?"
    r"(?:the\s+|a\s+|an\s+)?(?:subway|tube|train|bus|tram|metro|underground|uber|taxi|cab"
    r"|ferry|shuttle)\s+(?:to|from|into|back|home|across)\b"
)


def a_ride(text: str) -> bool:
    """Whether a clause is a ride somewhere ("subway to the start"): no sub eaten."""
    return _RIDE.match(text.strip()) is not None


def without_parts_held(items: list[FoodItem], ctx: ParseContext) -> list[FoodItem]:
    """A food after a row that already holds it ("hungry jack's whopper with cheese" read as
    USDA's "WHOPPER, with cheese" and then cheese): not a second helping of it. And a food
    named bare before the weighed food it was made of ("porridge with 40g oats": SR28's cooked
    and dry oats): the weighed food, not the dish as well."""
    kept: list[FoodItem] = []
    for item in items:
        last = kept[-1] if kept else None
        if last is not None and _made_of(last, item, ctx):
            kept[-1] = item
            continue
        if (
            last is not None and last.food and item.food and item.resolved
            and item.quantity is None and item.unit is None
            and " with " in last.food.lower()
            and re.search(rf"\bwith\b.*\b{re.escape(item.text.strip())}\b", last.food.lower())
        ):
            continue
        kept.append(item)
    return kept


#: The fries each chain sells, by the name its rows start with in SR28 (its medium serving).
_CHAIN_FRIES = {
    "mcdonald's": "fries", "burger king": "burger king fries", "wendy's": "wendys fries",
}  # fmt: skip


def chain_s_fries(items: list[FoodItem], ctx: ParseContext) -> list[FoodItem]:
    """ "a big mac and chips", "whopper and fries": the chips are the chain's medium fries, not
    a 150 g plate of chips cooked at home."""
    fries = [i for i, item in enumerate(items) if item.food in ("chips", "fries")]
    if not fries or len(items) < 2:
        return items
    chain = next(
        (c for i, item in enumerate(items) if i not in fries and (c := _chain(item, ctx))), None
    )
    if chain is None:
        return items
    out = list(items)
    for i in fries:
        item = items[i]
        if item.quantity is not None or item.unit is not None or item.source == "stated":
            continue
        again = _parse_items(_CHAIN_FRIES[chain], ctx, cued=True)
        if again and len(again) == 1 and again[0].resolved:
            out[i] = again[0].model_copy(update={"text": item.text})
    return out


def _chain(item: FoodItem, ctx: ParseContext) -> str | None:
    """The chain whose SR28 row the item was read as ("McDONALD'S, BIG MAC"), if any."""
    if not item.source or not item.source.startswith("usda:21"):
        return None
    row = ctx.foods.usda(item.source[5:])
    name = row.key.lower() if row is not None else ""
    return next((c for c in _CHAIN_FRIES if name.startswith(c)), None)


#: Words of a cooked batch around its food: "batch chilli from (sunday)", "prepped curry".
_BATCH_WORDS = re.compile(
    r"^(?P<lead>(?:(?:an?|the|my|some)\s+)?(?:batch(?:[- ]cooked)?|prepped|meal[- ]prepped"
    r"|pre-?made|made ahead)\s+)?(?P<food>.+?)(?P<tail>\s+(?:from|since|on|of))?$"
)


def _without_batch_words(item: FoodItem, ctx: ParseContext) -> list[FoodItem] | None:
    """An unknown food read again without the words of a batch cooked ahead, and without a
    "from" its day was read off after ("batch chilli from sunday, 2 cups" is 2 cups of
    chilli); None if that is no known food either."""
    m = _BATCH_WORDS.match(item.text.strip())
    if m is None or not (m["lead"] or m["tail"]):
        return None
    amount = f"{item.quantity or 1:g} {item.unit} of " if item.unit else (
        f"{item.quantity:g} " if item.quantity is not None else ""
    )
    again = _parse_items(amount + m["food"], ctx, cued=True)
    if not again or not all(x.resolved for x in again):
        return None
    return [again[0].model_copy(update={"text": item.text})] if len(again) == 1 else again


_WEIGHED = frozenset({"g", "kg", "oz", "ml", "l", "cup", "lb"})
_A_PORTION = frozenset({None, "bowl", "serving", "portion", "plate"})


def _made_of(dish: FoodItem, part: FoodItem, ctx: ParseContext) -> bool:
    """Whether a food named bare is the same SR28 food as the weighed one after it, cooked
    or not ("porridge" and "40g oats": both "Cereals, oats, ...")."""
    if (
        dish.quantity not in (None, 1) or dish.unit not in _A_PORTION or part.unit not in _WEIGHED
        or not (dish.resolved and part.resolved and dish.source and part.source)
        or not dish.source.startswith("usda:") or not part.source.startswith("usda:")
        or dish.source == part.source
    ):
        return False
    a, b = ctx.foods.usda(dish.source[5:]), ctx.foods.usda(part.source[5:])
    if a is None or b is None:
        return False
    return a.key.split(",")[:2] == b.key.split(",")[:2]


_BATCH_FOOD = re.compile(r"\bof\s+(?P<food>[a-z][a-z' -]*?)\s*$")


def batch_food(text: str) -> str | None:
    """The food of a batch cooked ("made a big pot of chilli": "chilli"), if the clause is
    one and names it."""
    if _BATCH_COOKED.match(text.strip()) is None:
        return None
    m = _BATCH_FOOD.search(text.strip())
    return m["food"] if m is not None else None


def of_the_batch(text: str, food: str) -> str | None:
    """An amount had after a batch was cooked ("had a bowl", "ate 2"), as that amount of the
    batch's food ("1 bowl of chilli"); None if the clause names a food of its own."""
    words = _read_item(text.strip())
    if words.name or words.stated().any() or (words.quantity is None and words.unit is None):
        return None
    count = 1.0 if words.quantity is None else words.quantity
    return f"{count:g} {words.unit} of {food}" if words.unit else f"{count:g} {food}"
