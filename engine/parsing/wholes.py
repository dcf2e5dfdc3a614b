"""A part of a whole, said the long way round: "frozen pizza, ate half (the box says 1020 for the
whole thing)" is 510 kcal of it, "costco rotisserie chicken, ate about 200g of it" 200 g of the
chicken, "shared a large pizza with my partner" half the pizza. Rewritten, before the message
is cut into clauses, as the amount the item readers know ("half of", "(510 kcal)"): left as
they are, "ate half" reads as a half marathon and "200g of it" as a food of its own.
"""

from __future__ import annotations

import re

from engine.quantities import NUMBER_WORDS

_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
}  # fmt: skip
_FRACTION_ALT = r"half|a half|a third|one third|two thirds|a quarter|one quarter|three quarters"
_KCAL_WORD = r"(?:kcals?|k?cals?|calories)"
_WHOLE_WORD = (
    r"(?:thing|lot|pack|packet|box|bag|tub|tin|carton|bar|cake|dish|tray|pizza|pie|tray|jar"
    r"|bottle|punnet|loaf|tube|sharing bag|share bag)"
)
#: What holds a whole, named without "whole": "half a packet of biscuits (packet is 500 kcal)".
_CONTAINER = r"(?:pack|packet|box|bag|tub|tin|carton|tray|jar|bottle|punnet)"
#: The kcal of the whole, from the pack or the runner: "the box says 1020 for the whole thing",
#: "1020 for the whole pizza", "the whole bag is 640 kcal", "(800 cal for the lot)".
_WHOLE_KCAL = re.compile(
    r"(?:(?:the\s+)?(?:box|pack|packet|bag|label|tub|wrapper|tin|carton)\s+(?:says|said)\s+"
    r"(?:it'?s\s+)?)?(?:~|about\s+|around\s+)?(?P<v>[0-9]{2,4})\s*(?:" + _KCAL_WORD + r"\s*)?"
    r"(?:for|in)\s+the\s+(?:(?:whole|entire)\s+" + _WHOLE_WORD + r"|lot)\b"
    r"|(?:the\s+)?(?:(?:whole|entire)\s+" + _WHOLE_WORD + r"|" + _CONTAINER + r")\s+"
    r"(?:is|was|=|has|had)\s+"
    r"(?:~|about\s+|around\s+)?(?P<v2>[0-9]{2,4})\s*(?:" + _KCAL_WORD + r")?"
)
#: The part eaten: "ate half", "had a third of it", "half a frozen pizza", "0.5 of it".
_PART = re.compile(
    r"(?:\b(?:i\s+)?(?:only\s+)?(?:ate|had|eaten|finished|managed)\s+"
    r"(?:about\s+|around\s+|roughly\s+|maybe\s+|only\s+|just\s+)?)?"
    r"(?<![0-9.])(?P<f>\b(?:" + _FRACTION_ALT + r")\b|0?\.[0-9]{1,6}(?![0-9]))"
    r"(?:\s+of(?:\s+(?:it|that|them))?\b)?"
)
#: An amount of the food just named: "costco rotisserie chicken, ate about 200g of it",
#: "frozen pizza, ate half", "the lasagne, had a third of it".
_AMOUNT_OF_IT = re.compile(
    r"(?P<food>(?:^|(?<=[,;:\n]))[^,;:\n]*[a-z][^,;:\n]*?)\s*,\s*(?:and\s+)?(?:i\s+)?(?:only\s+)?"
    r"(?:ate|had|eaten|finished|managed)\s+(?:about\s+|around\s+|roughly\s+|approx\s+|~\s*"
    r"|only\s+|just\s+|maybe\s+)?(?P<amt>[0-9]{1,4}(?:\.[0-9]+)?\s*(?:g|grams?|kg|oz|ml)"
    r"|" + _FRACTION_ALT + r"|0?\.[0-9]{1,6})"
    r"(?:\s+of\s+(?:it|that|them|those|the\s+" + _WHOLE_WORD + r"))?(?=\s*(?:[,.;!)\n]|$))"
)
_EATEN_AFTER_COMMA = re.compile(
    r",\s*(?:and\s+)?(?:i\s+)?(?:only\s+)?(?:ate|had|eaten|finished|managed)\s"
)
_LEADING_WORDS = re.compile(r"^\s*(?:(?:i|had|ate|got|grabbed|bought)\s+)*")
#: Food shared: "shared a large pizza with my partner", "split a bottle of wine between 3".
_SHARED = re.compile(
    r"\b(?:shared|split)\s+(?P<what>(?:a|an|the|one|1)\s+[^,.;\n]+?)\s+(?:"
    r"with\s+(?:my\s+|the\s+|a\s+|his\s+|her\s+|our\s+)?(?:(?P<n>[0-9]|two|three|four)\s+)?"
    r"(?:other half|oh|partner|wife|husband|hubby|missus|girlfriend|boyfriend|gf|bf|friend"
    r"|mate|pal|buddy|flatmate|housemate|roommate|colleague|son|daughter|mum|mom|dad|brother"
    r"|sister|fiancee?|kid)s?"
    r"|between\s+(?:the\s+)?(?P<m>[0-9]|two|three|four)(?:\s+of\s+us)?)\b"
)
_SPACES = re.compile(r" {2,}")
_TWO_DIGITS = re.compile(r"[0-9]{2}")
_WHOLE_HINT = re.compile(r"\b(?:whole|entire|lot|is|was|=|has|had)\b")
_COUNT = {"two": 2, "three": 3, "four": 4}
_SHARE = {2: "half of", 3: "a third of", 4: "a quarter of"}


def _count(word: str) -> int:
    return _COUNT.get(word) or int(word)


def _fraction(word: str) -> float:
    return _FRACTIONS.get(" ".join(word.split())) or float(word)


def part_of_a_whole(text: str) -> str:
    """The message with a part of a whole written as an amount (see the module docstring)."""
    if (
        _TWO_DIGITS.search(text) is not None  # every branch of _WHOLE_KCAL states its kcal
        and _WHOLE_HINT.search(text) is not None
        and (whole := _WHOLE_KCAL.search(text)) is not None
    ):
        text = _part_of_the_kcal(text, whole)
    if ("shared" in text or "split" in text) and (shared := _SHARED.search(text)) is not None:
        people = _count(shared["m"]) if shared["m"] else 1 + (_count(shared["n"] or "1"))
        if people in _SHARE:
            share = f"{_SHARE[people]} {shared['what']}"
            text = f"{text[: shared.start()]}{share}{text[shared.end() :]}"
    if "," in text and _EATEN_AFTER_COMMA.search(text) is not None:
        text = _AMOUNT_OF_IT.sub(_amount_first, text)
    if (" into " in text or " for " in text) and (batch := _BATCH.search(text)) is not None:
        text = _one_share(text, batch)
    return text


def _one_share(text: str, batch: re.Match[str]) -> str:
    """The text with a batch and its share eaten written as the amount eaten (see _BATCH)."""
    count = float(n) if (n := batch["n"]).isdigit() else NUMBER_WORDS[n]
    if count == 0:
        return text  # "into 0 portions": no share to read
    amount = float(batch["amt"]) / count
    unit = batch["u"]
    if unit == "kg":
        amount, unit = amount * 1000, "g"  # "1kg into 5": 200g, not 0.2kg
    eaten = f"ate {amount:g}{unit} of {batch['food']}"
    return f"{text[: batch.start()]}{eaten}{text[batch.end() :]}"


#: A batch cooked and shared out, then one share eaten: "cooked 1kg of mince into 5 portions,
#: ate a portion" is 200 g of the mince (as weighed raw, the row of the raw food).
_BATCH = re.compile(
    r"\b(?:cooked|made|prepped|prepared|batch[- ]?cooked|did)\s+(?:up\s+)?(?:a\s+batch\s+of\s+)?"
    r"(?P<amt>[0-9]{1,4}(?:\.[0-9]+)?)\s*(?P<u>kg|g|lb|oz)\s+(?:of\s+)?(?P<food>[a-z][a-z' -]*?)"
    r"\s+(?:into|for)\s+(?P<n>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"(?:\s+(?:portions?|servings?|people|meals|lunches|dinners|tubs|boxes|containers|pots))?"
    r"\s*[,;.]?\s*(?:and\s+|then\s+)?(?:i\s+)?(?:ate|had|eaten)\s+(?:a|one|1)"
    r"(?:\s+(?:portion|serving|of them|tub|box|pot|container))?\b"
)


def _part_of_the_kcal(text: str, whole: re.Match[str]) -> str:
    """ "frozen pizza, ate half (the box says 1020 for the whole thing)": 510 kcal of it."""
    kcal = float(whole["v"] or whole["v2"])
    start, end = whole.start(), whole.end()
    opened = text.rfind("(", 0, start)
    if opened >= 0 and ")" not in text[opened:start] and text.find(")", end) >= 0:
        start, end = opened, text.find(")", end) + 1  # the brackets around it go with it
    rest = text[:start] + " " * (end - start) + text[end:]
    part = _PART.search(rest)
    if part is not None:
        kcal *= _fraction(part["f"])
        rest = rest[: part.start()] + " " * (part.end() - part.start()) + rest[part.end() :]
    return _SPACES.sub(" ", f"{rest[:start]} ({kcal:.0f} kcal){rest[end:]}").strip()


def _amount_first(m: re.Match[str]) -> str:
    """ "costco rotisserie chicken, ate about 200g of it" -> "200g of costco rotisserie
    chicken"."""
    food = _LEADING_WORDS.sub("", m["food"])
    if not food.strip() or any(c.isdigit() for c in food):
        return m[0]  # "2 pizzas, ate half": the count and the part would be read together
    lead = m["food"][: len(m["food"]) - len(food)]
    return f"{lead}{m['amt']} of {food.strip()}"
