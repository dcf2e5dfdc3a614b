"""The vocabulary the corpus references are written in (see make_corpus_reference.py).

A message's expected events are plain dicts (runs, weigh-ins, sessions) or `Meal`s; a meal's
reference kcal is computed from the USDA SR28 CSVs, never from the parser: kcal per 100 g times
the grams of the portion named in portions.csv (the first matching USDA measure) or the grams
the message states or a person means.
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass
from pathlib import Path

KM_PER_MILE = 1.609344


@dataclass(frozen=True)
class Item:
    """One expected food: accepted NDB numbers and how much of it (grams or a USDA measure)."""

    ndbs: tuple[str, ...]
    count: float = 1.0
    measure: str | None = None  # a USDA measure prefix ("large", "slice", "cup"); None: grams
    grams: float | None = None
    stated_kcal: float | None = None
    parts: tuple[Item, ...] = ()  # a dish the table knows as one food, made of these


def combo(ndbs: str, *parts: Item) -> Item:
    """One food in the message ("avocado toast") whose reference is the sum of its parts."""
    return Item(tuple(ndbs.split("|")), parts=parts)


def g(ndbs: str, grams: float) -> Item:
    return Item(tuple(ndbs.split("|")), grams=grams)


def p(ndbs: str, count: float, measure: str) -> Item:
    return Item(tuple(ndbs.split("|")), count=count, measure=measure)


ML_PER_FL_OZ = 29.5735


def ml(ndbs: str, millilitres: float) -> Item:
    """A drink by volume: USDA's grams per fl oz for that food, times the fl oz."""
    return Item(tuple(ndbs.split("|")), count=millilitres / ML_PER_FL_OZ, measure="fl oz")


def stated(kcal: float) -> Item:
    return Item(("stated",), stated_kcal=kcal)


def run(km: float, minutes: float) -> dict[str, object]:
    return {"kind": "run", "distance_km": round(km, 3), "duration_min": round(minutes, 3)}


def mi(miles: float) -> float:
    return miles * KM_PER_MILE


def meal(*items: Item) -> tuple[Item, ...]:
    return items


E = "01123|01129|01132"  # egg: raw, boiled or scrambled count as the egg people mean
BANANA = "09040"
TOAST = "18069|18070"
WTOAST = "18075|18076"
OATS = "08120|20038"
PORRIDGE = "08121|08180|08123"
MILK = "01077|01211|01079"
SKIM = "01085|01151"
GREEK = "01256|01293"
PB = "16098|16097"
CHICKEN = "05064"
RICE = "20045|20044"
BROWN_RICE = "20037"
PASTA = "20121|20120"
SALMON = "15237|15209|15236"
APPLE = "09003"
AVOCADO = "09037"
BANANA_ALT = BANANA
CHOC_MILK = "01102|01103|01202"
WHEY = "14066|14058"
TUNA = "15121|15184"
POTATO = "11674"
SWEET_POTATO = "11508"
BROCCOLI = "11091|11090"
HONEY = "19296"
BAGEL = "18001|18002"
CHEDDAR = "01009"
ALMONDS = "12061"
BLUEBERRIES = "09050"
STRAWBERRIES = "09316"
OJ = "09206|09209"
COFFEE = "14209"
BEER = "14003"
CHOC_CHIP = "18159|18422"
RICE_CAKE = "19052|19053|19413|19414"
QUINOA = "20137"
LENTILS = "16070"
COTTAGE = "01015|01012|01016"
GRANOLA = "08037"
BUTTER = "01001"
OLIVE_OIL = "04053"
HUMMUS = "16158|16137"
PEAR = "09252"
ORANGE = "09200|09202"
DATES = "09421|09087"
RAISINS = "09298"
SPINACH = "11457"
TOMATO = "11529"
PANCAKES = "18293|18390"
CROISSANT = "18239"
JAM = "19297"
ICE_CREAM = "19095"
DARK_CHOC = "19904|19164"
WALNUTS = "12155"
TOFU = "16426|16126|16427"
SHRIMP = "15271|15151"
BEEF_MINCE = "23567|23569|23562|23564"
TURKEY = "05220|05192"
COD = "15016"
BLACK_BEANS = "16015"
CHICKPEAS = "16057|16358"
WHOLE_PASTA = "20125"
COUSCOUS = "20029"
GRANOLA_BAR = "19015|19020"
WAFFLE = "18365|18403|18367"
PITA = "18041"
KIWI = "09148"
MANGO = "09176"
GRAPES = "09132"
CARROTS = "11124"
CASHEWS = "12585|12087"
PEANUTS = "16090|16087"
MOZZ = "01026|01028"
CREAM_CHEESE = "01017"
RED_WINE = "14096"
COLA = "14148"
PIZZA = "21271|21224|21272|21273|21225|21145|21299"
STEAK = "13452|13451|13453|23567|13455"

# More foods, for the voices the first corpus lacked (UK, US, ultra, triathlon, beginners).
TEA = "14355|14352"
SEMI = "01079|01082|01080|01174"  # UK semi-skimmed (1.7 %) sits between USDA's 2 % and 1 %
CRISPS = "19411|19809|19042|19043|19421|19422"
FRIES = "21138|21238|11403|11360"
OVEN_CHIPS = "11403|11360|11395|21138"
BACON = "10862|10860|10861|10998|43378"
BEANS = "16006|16011|16009|43449|16005"
SAUSAGE = "07064|07953|07967|07065"
FRIED_EGG = "01128|01123"
MUSHROOMS = "11261|11797|11260"
HAM = "07029|07028"
ROAST_CHICKEN = "05009|05013|05064"
GRAVY = "06119|06116"
PEAS = "11305|11313|11304"
FISH_BATTERED = "36033|36029|36018|15096"
LASAGNE = "22916|22977|22910|36041"
CHILI = "22904"
MUFFIN = "18274"
TRAIL_MIX = "19059|19062|19821|19822"
TORTILLA = "18364|18450|18970"
SNICKERS = "19155"
KITKAT = "19109|19250"
PRETZELS = "19047|19812"
WATERMELON = "09326"
BOILED_POTATO = "11365|11367|11831|11833"
GATORADE = "14460"
RED_BULL = "14154"
MAPLE = "19353"
JELLY = "19300|19297"
BREAD = "18069|18070"
WBREAD = "18075|18076"
MAYO = "04025|04018"
BIG_MAC = "21237"
MC_FRIES = "21238|21138"
NUGGETS = "21309|22974|22975"
CHEESEBURGER = "21233|21090|21089|21091|21096"
WHOPPER = "21252|21253"
HAMBURGER = "21108|21109|21228|21107"
TURKEY_SUB = "21207|21153"
BURRITO = "21264|21061|21060|21064"
POP_TART = "18362|18476|18477|18481|28167"
DONUT = "18255|18250"
WEETABIX = "42237"
CORNFLAKES = "08020|08506"
PEPPERONI_PIZZA = "21302|21274"
CLIF = "25051"
SHORTBREAD = "18192"
HASH_BROWN = "11391|11370|36039"
ZUCCHINI = "11477|11478"
WHITE_WINE = "14106|14113"
CIDER = "14250"
MARMITE = "43406"
MILK_CHOC = "19120"
KETCHUP = "11935"
MASH = "11934|11657"
MAC_CHEESE = "22960|22970"
ROLL = "18350|18342|18396|18344"
HOTDOG = "21118"
ESPRESSO = "14210"
DIGESTIVE = "18173"  # SR28 has no digestive biscuit; the plain graham cracker is the nearest row
MARINARA = "06931|06976"
WHOLE_MILK = "01077|01211"
LIGHT_BEER = "14006|14005|14007"
CHICKEN_NOODLE = "06419|06528|06067"  # "soup": chicken noodle, or the vegetable soup row
SALAD = "11251"
CUCUMBER = "11205|11206"
STONE_KG = 6.35029318
LB_KG = 0.45359237


@dataclass(frozen=True)
class Meal:
    """A meal the message holds: its items and, when the message names it, which meal it is."""

    items: tuple[Item, ...]
    label: str | None = None


def eat(*items: Item, label: str | None = None) -> Meal:
    return Meal(items, label)


def weight(kg: float) -> dict[str, object]:
    return {"kind": "weight", "weight_kg": round(kg, 2)}


def stone(st: float, lb: float = 0.0) -> dict[str, object]:
    return weight(st * STONE_KG + lb * LB_KG)


def pounds(lb: float) -> dict[str, object]:
    return weight(lb * LB_KG)


def act(activity: str, minutes: float, km: float | None = None) -> dict[str, object]:
    """Exercise other than running; `activity` lists the accepted names ("cycle|spin")."""
    event: dict[str, object] = {
        "kind": "activity", "activity": activity, "duration_min": round(minutes, 3)
    }
    if km is not None:
        event["distance_km"] = round(km, 3)
    return event


def gym(minutes: float) -> dict[str, object]:
    return {"kind": "strength", "duration_min": round(minutes, 3)}


def unknown(count: int = 1) -> dict[str, object]:
    """A meal of foods SR28 does not hold: the parser should ask, never count 0 kcal."""
    return {"kind": "meal", "unresolved": count}


Usda = tuple[dict[str, float], dict[str, list[tuple[str, float]]]]


def load_usda(source: Path) -> tuple[dict[str, float], dict[str, list[tuple[str, float]]]]:
    with (source / "foods.csv").open(encoding="utf-8") as fh:
        kcal = {row["ndb_no"]: float(row["kcal"]) for row in csv.DictReader(fh)}
    portions: dict[str, list[tuple[str, float]]] = {}
    with (source / "portions.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            grams = float(row["grams"]) / float(row["amount"])
            portions.setdefault(row["ndb_no"], []).append((row["measure"], grams))
    return kcal, portions


def item_grams(item: Item, portions: dict[str, list[tuple[str, float]]]) -> float:
    if item.grams is not None:
        return item.grams
    assert item.measure is not None
    rows = portions.get(item.ndbs[0], [])
    for measure, grams in rows:
        if measure == item.measure:
            return grams * item.count
    for measure, grams in rows:
        word = measure.split(",")[0].split(" (")[0].strip()
        if word == item.measure or measure.startswith(item.measure + " "):
            return grams * item.count
    raise SystemExit(f"no USDA measure {item.measure!r} for {item.ndbs[0]}")


def meal_event(
    items: tuple[Item, ...], usda: Usda
) -> dict[str, object]:
    kcal_table, portions = usda
    total = 0.0
    foods: list[list[str]] = []
    for item in items:
        foods.append(list(item.ndbs))
        for part in item.parts or (item,):
            if part.stated_kcal is not None:
                total += part.stated_kcal
            else:
                total += kcal_table[part.ndbs[0]] * item_grams(part, portions) / 100
    return {"kind": "meal", "foods": foods, "kcal": round(total, 1)}




def events_json(events: list[dict[str, object] | Meal], usda: Usda) -> list[dict[str, object]]:
    """The reference events of one message, meals with their USDA kcal (and label, if named)."""
    out: list[dict[str, object]] = []
    for event in events:
        if isinstance(event, Meal):
            done = meal_event(event.items, usda)
            if event.label is not None:
                done["meal"] = event.label
            out.append(done)
        else:
            out.append(event)
    return out


REPO = Path(__file__).resolve().parent.parent
Voices = dict[str, list[tuple[str, list[dict[str, object] | Meal]]]]


def block(voices: Voices, usda: Usda) -> list[dict[str, object]]:
    """One labelled block; each line names its voice so a score can be broken down by it."""
    texts = [text for messages in voices.values() for text, _ in messages]
    duplicates = {text for text in texts if texts.count(text) > 1}
    if duplicates:
        raise SystemExit(f"messages written twice: {sorted(duplicates)}")
    return [
        {"text": text, "events": events_json(events, usda), "voice": voice}
        for voice, messages in voices.items()
        for text, events in messages
    ]


def write(path: Path, lines: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} messages to {path.relative_to(REPO)}")


DATA = REPO / "tests" / "data"
USDA_SOURCE = Path("/work/shared/data/usda-sr")


def check_rows(lines: list[dict[str, object]], usda: Usda) -> None:
    """Every NDB number a label accepts is a real SR28 row (a typo would accept nothing)."""
    for line in lines:
        for event in line["events"]:  # type: ignore[attr-defined]
            for accepted in event.get("foods", []):
                missing = [n for n in accepted if n != "stated" and n not in usda[0]]
                if missing:
                    raise SystemExit(f"no SR28 row {missing} in {line['text']!r}")


def write_new(path: Path, voices: Voices, doc: str) -> int:
    """The command of a block written after the others (`--source` the SR28 CSVs): its rows
    real, none of its texts in another block of tests/data, then written to `path`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--source", type=Path, default=USDA_SOURCE)
    usda = load_usda(parser.parse_args().source)
    lines = block(voices, usda)
    check_rows(lines, usda)
    earlier: set[str] = set()
    for other in DATA.glob("*.jsonl"):
        if other != path:
            with other.open(encoding="utf-8") as fh:
                earlier |= {json.loads(line)["text"] for line in fh if line.strip()}
    again = sorted(str(line["text"]) for line in lines if line["text"] in earlier)
    if again:
        raise SystemExit(f"messages already in another block: {again}")
    write(path, lines)
    return 0
