"""Build engine/data/usda_foods.csv from the USDA SR28 CSVs in /work/shared/data/usda-sr.

The bot must never read /work/shared at run time, so this one-off script turns USDA's
free-text household measures into the compact, normalized table `engine.food` loads.

Choices made here (engine/data/README.md repeats them for readers of the data):
- Every SR28 food is kept (8,789). Baby foods answer only a phrase that says "baby"
  (`engine.food_search`), so "banana" never becomes "Babyfood, banana, strained".
- The description search reads a prepared index, `usda_search.tsv` (one line per food, from
  `engine.food_search.index_line`), so no description is stemmed while the bot runs.
- Measures become unit words a person types (`tablespoon` -> `tbsp`, `medium (7" long)` ->
  `medium`, `potato medium` -> `medium`, `cookies` -> `cookie`) with grams per ONE unit
  (`grams / amount`). A bare measure (`cup`) beats a qualified one (`cup, chopped`); among
  equals the first USDA row (lowest sequence number) wins.
- Weight-only measures (`oz`, `lb`, `g`) and dimensions (`cubic inch`) carry no food-specific
  information and are dropped; `engine.food` converts weights generically.

It also checks engine/data/everyday_foods.csv: every ndb_no must exist in the kept table, every
dish part must be a plain everyday food, and no name may be used twice once normalized as
`engine.food` does.

Run: .venv/bin/python scripts/build_food_table.py [--source DIR]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from engine.food_names import normalize_name
from engine.food_search import index_line, makers

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/data/usda-sr")
OUT_DIR = REPO / "engine" / "data"

# Leading measure words that describe only a weight or a dimension.
WEIGHT_ONLY = frozenset({"oz", "lb", "g", "grams", "gram", "kg", "cubic", "inch", "dash"})

SIZE_WORDS = ("extra large", "very large", "jumbo", "large", "medium", "small", "mini", "regular")
SIZE_ALIASES = {"very large": "extra large", "miniature": "mini", "regular": "medium"}

# Measure word (after singularizing) -> normalized unit key.
UNIT_ALIASES = {
    "tablespoon": "tbsp",
    "tbs": "tbsp",
    "teaspoon": "tsp",
    "cups": "cup",
    "pieces": "piece",
    "item": "piece",
    "each": "piece",
    "unit": "piece",
    "fruit": "piece",
    "filet": "fillet",
    "pattie": "patty",
    "donut": "doughnut",
    "frank": "frankfurter",
    "liter": "l",
    "milliliter": "ml",
    "hotcake": "pancake",
    "bscuit": "biscuit",
    "entrée": "entree",
}

# Irregular plurals of measure words; everything else loses a trailing "s"/"es".
IRREGULAR_SINGULAR = {
    "leaves": "leaf",
    "halves": "half",
    "anchovies": "anchovy",
    "berries": "berry",
    "raspberries": "raspberry",
    "cherries": "cherry",
    "radishes": "radish",
    "sandwiches": "sandwich",
    "peaches": "peach",
    "boxes": "box",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "pouches": "pouch",
    "patties": "patty",
    "brownies": "brownie",
    "cookies": "cookie",
    "pastries": "pastry",
    "giblets": "giblets",
    "ribs": "rib",
    "fries": "fries",
    "chips": "chip",
    "glasses": "glass",
    "nuggets": "nugget",
}

SMALL_BITS = {"ball", "bit"}  # measures of a food cut small, named after the food
PARENS = re.compile(r"\([^)]*\)")
SPACES = re.compile(r"\s+")
LEADING_NUMBER = re.compile(r"^[\d/.\- ]+")


def singular(word: str) -> str:
    """Return the singular of a measure word ("slices" -> "slice")."""
    if word in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[word]
    if word.endswith(("ss", "us")) or len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _size_unit(text: str, words: list[str]) -> tuple[str, int] | None:
    """Return (size word, rank) for "large", "medium (7 in)", "small bagel" or "potato medium"."""
    for size in SIZE_WORDS:
        if text == size or text.startswith((size + " ", size + ",")):
            return SIZE_ALIASES.get(size, size), 0 if text == size else 1
    food_words = {"slice", "cookie", "cookies", "piece", "serving", "bar"}
    if len(words) == 2 and words[1] in {"small", "medium", "large"} and words[0] not in food_words:
        return words[1], 1
    return None


def normalize_measure(measure: str) -> tuple[str, int] | None:
    """Map a USDA measure to (unit key, rank); rank 0 is a bare measure, 1 a qualified one.

    Returns None for measures that carry no food-specific weight. NLEA label servings rank
    last (2): they are what a label says, not what a person calls a serving.
    """
    text = SPACES.sub(" ", PARENS.sub(" ", measure.lower())).strip(" ,")
    text = LEADING_NUMBER.sub("", text).strip(" ,")
    words = re.split(r"[ ,]+", text)
    if not text or words[0] in WEIGHT_ONLY:
        return None
    if text.startswith("nlea serving"):
        return "serving", 2
    if text.startswith(("fl oz", "fl. oz")):
        return "fl oz", 0 if text in {"fl oz", "fl. oz"} else 1
    size = _size_unit(text, words)
    if size is not None:
        return size
    head = singular(words[0])
    if len(words) > 1 and singular(words[-1]) in SMALL_BITS and head != "cup":
        # "10 cantaloupe balls", "10 Triscuit Bits": a ball or a bit, never the whole food
        head = singular(words[-1])
    return UNIT_ALIASES.get(head, head), 0 if len(words) == 1 else 1


def fmt(value: float) -> str:
    """Format a number compactly: 29.0 -> "29", 14.2857 -> "14.29"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def read_portions(path: Path) -> dict[str, dict[str, float]]:
    """Return ndb_no -> {unit: grams per one unit}, best-ranked and first row winning."""
    best: dict[str, dict[str, tuple[int, float]]] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            normalized = normalize_measure(row["measure"])
            amount = float(row["amount"])
            grams = float(row["grams"])
            if normalized is None or amount <= 0 or grams <= 0:
                continue
            unit, rank = normalized
            units = best.setdefault(row["ndb_no"], {})
            if unit not in units or rank < units[unit][0]:
                units[unit] = (rank, grams / amount)
    return {ndb: {u: g for u, (_, g) in units.items()} for ndb, units in best.items()}


def build(source: Path, out_dir: Path) -> set[str]:
    """Write usda_foods.csv and return the kept ndb numbers."""
    portions = read_portions(source / "portions.csv")
    kept: set[str] = set()
    out_path = out_dir / "usda_foods.csv"
    with (
        (source / "foods.csv").open(newline="", encoding="utf-8") as src,
        out_path.open("w", newline="", encoding="utf-8") as dst,
    ):
        writer = csv.writer(dst, lineterminator="\n")
        writer.writerow(
            [
                "ndb_no",
                "description",
                "food_group",
                "kcal",
                "protein_g",
                "carbs_g",
                "fat_g",
                "units",
            ]
        )
        for row in csv.DictReader(src):
            ndb = row["ndb_no"]
            kept.add(ndb)
            units = ";".join(f"{u}={fmt(g)}" for u, g in portions.get(ndb, {}).items())
            writer.writerow(
                [
                    ndb,
                    row["description"],
                    row["food_group"],
                    *(fmt(float(row[k])) for k in ("kcal", "protein_g", "carbs_g", "fat_g")),
                    units,
                ]
            )
    print(f"wrote {out_path.relative_to(REPO)}: {len(kept)} foods, {out_path.stat().st_size} bytes")
    write_search_index(out_path, out_dir / "usda_search.tsv")
    return kept


def write_search_index(usda_csv: Path, out_path: Path) -> None:
    """Write the description search index for the rows of usda_foods.csv."""
    with usda_csv.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    maker_words = makers(row["description"] for row in rows)
    lines = [
        index_line(row["ndb_no"], row["description"], row["food_group"], maker_words)
        for row in rows
    ]
    out_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = out_path.stat().st_size
    print(f"wrote {out_path.relative_to(REPO)}: {len(lines)} lines, {size} bytes")


def check_everyday(path: Path, kept: set[str]) -> int:
    """Report unknown ndb_no values and names used twice (as the lookup normalizes them)."""
    errors = 0
    seen: dict[str, str] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    keys = {row["key"] for row in rows if not row["parts"]}
    for row in rows:
        names = [row["key"], *filter(None, (s.strip() for s in row["synonyms"].split(";")))]
        for name in names:
            normalized = normalize_name(name)
            if seen.setdefault(normalized, row["key"]) != row["key"]:
                print(
                    f"{name!r} names both {seen[normalized]!r} and {row['key']!r}", file=sys.stderr
                )
                errors += 1
        if row["ndb_no"] not in kept:
            print(f"unknown ndb_no {row['ndb_no']} for {row['key']!r}", file=sys.stderr)
            errors += 1
        for part in filter(None, row["parts"].split(";")):
            if part.partition("=")[0] not in keys:
                print(f"{row['key']!r} has an unknown part {part!r}", file=sys.stderr)
                errors += 1
    print(f"checked {path.relative_to(REPO)}: {len(rows)} everyday foods, {errors} errors")
    return errors


def main() -> int:
    """Build the table and check the everyday layer against it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    kept = build(args.source, OUT_DIR)
    everyday = OUT_DIR / "everyday_foods.csv"
    if everyday.exists():
        return 1 if check_everyday(everyday, kept) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
