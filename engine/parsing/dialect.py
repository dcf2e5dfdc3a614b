"""Dialect words around foods, in the words the readers know: Scots "porridge wi salt, nae
sugar", "fish supper fae the chippy efter the club run", "mince and tatties fur ma tea";
"a cup o tea"; "chicken alongside rice"; the articles and joining words of the French,
Spanish and German a runner puts around foods ("un croissant et un café", "eine Brezel").
Function words are rewritten (with, from, after, no, my, for, of, to, out, off, stone, a,
and), and two Scots ways of naming a meal: a "piece" after its
filling is a sandwich ("a jam piece"), a chip shop's "supper" the food with chips ("a fish
supper"). A food's own dialect name is the food table's (tatties, brekkie, a sanga). The
joining and label words are spelt right first ("wiht", "lucnh", "aftr").

Each word is rewritten only where it cannot be anything else: "ma" is "my" before a meal or
a person ("ma tea", "ma mum"), never alone ("ma made soup"); "o" is "of" only between an
amount and a food ("a cup o tea", "a bowl o porridge").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from engine.parsing.context import translation
from engine.spelling import Speller, english_words

#: Function words that are one English word wherever they stand.
_ALWAYS: Final = {
    "wi": "with", "wae": "with", "fae": "from", "frae": "from", "efter": "after",
    "nae": "no", "tae": "to", "oot": "out", "aff": "off", "alongside": "with",
    "stane": "stone", "stanes": "stone", "thn": "then", "b4": "before", "aft": "after",
    # articles and joining words of French, Spanish and German around foods written in an
    # English message ("un croissant et un café au lait", "eine Brezel", "brezel und ein bier")
    "un": "a", "une": "a", "una": "a", "ein": "a", "eine": "a", "einen": "a", "et": "and",
    "und": "and", "avec": "with", "mit": "with", "après": "after", "apres": "after",
}  # fmt: skip
_WORDS: Final = re.compile(r"\b(?:" + "|".join(_ALWAYS) + r")\b")
#: "ma" and "fur" are "my" and "for" before what a runner eats or who made it.
_MY: Final = re.compile(
    r"\b(?:(?P<for>fur)\s+)?ma\s+(?=(?:tea|dinner|lunch|breakfast|brekkie|brekky|supper|piece"
    r"|pieces|mum|maw|mam|da|dad|gran|granny|nan|pal|pals|wife|man|bird|lunchbox)\b)"
)
#: "o" is "of" after an amount: "a cup o tea", "2 slices o toast", "a bowl o porridge".
_OF: Final = re.compile(
    r"\b(?P<amount>cup|cups|mug|mugs|glass|glasses|bowl|bowls|slice|slices|plate|plates|bag"
    r"|bags|packet|packets|pint|pints|can|cans|bottle|bottles|piece|pieces|handful|lot|bit"
    r"|couple|spoon|spoons|pot|pots|tin|tins|box|bar|bars|portion|half)\s+o\s+(?=[a-z])"
)
#: What goes in a Scots "piece" (a sandwich): "a jam piece", "cheese piece", "a piece and jam".
_FILLINGS: Final = (
    r"(?:jam|cheese|ham|egg|egg mayo|sausage|square sausage|lorne sausage|bacon|spam|tuna"
    r"|banana|peanut butter|pb|nutella|crisps?|corned beef|butter|marmite|cheese and"
    r" pickle|ham and cheese|cheese and ham|salad|tomato|fish finger|fish fingers)"
)
_PIECE: Final = re.compile(
    rf"\b(?:(?P<filling>{_FILLINGS})\s+piece|piece\s+(?:and|n|with)\s+(?P<after>{_FILLINGS}))"
    r"(?P<plural>s)?\b"
)
#: A chip shop's "supper" is the food with chips: "a fish supper", "haggis supper".
_SUPPER: Final = re.compile(
    r"\b(?P<food>fish|haggis|pie|mince pie|scotch pie|sausage|smoked sausage|black pudding"
    r"|white pudding|red pudding|scampi|king rib|fritter|chicken nuggets)\s+supper\b"
)
#: Every word these rules start from: a text holding none is left as it is.
_STARTS: Final = frozenset((*_ALWAYS, "ma", "o", "piece", "pieces", "supper"))


#: The words that join and label foods, whose typos the clause cutter would miss ("2 weetabix
#: wiht milk", "lucnh: soup", "aftr the run"): corrected as engine.spelling corrects food words.
_JOINING: Final = ("with", "then", "after", "before", "plus", "breakfast", "lunch", "dinner",
                   "snack", "supper")
#: The words of a run's kind and figures, whose typos leave a run unread ("half marathn
#: 1:52:07", "parkrn 24:10", "8 kilometers in 41 mintues", "6 milez 55:00"), and of a weigh-in
#: ("wieght 72.4kg"): corrected the same way.
_RUN_TERMS: Final = ("marathon", "half", "parkrun", "kilometres", "kilometers", "kilometre",
                     "kilometer", "intervals", "fartlek", "treadmill", "threshold", "minutes",
                     "seconds", "miles", "weight", "weighed", "weigh")
#: A course after a meal, no typo of "after": "afters: a kitkat".
_COURSES: Final = ("afters",)
#: What a word may carry around it in a message ("lucnh:", "(wiht"): read as spaces.
_NO_PUNCTUATION: Final = translation(dict.fromkeys(",.:;!?()[]'\"/*+&", " "))


@lru_cache(maxsize=1)
def _joining_spelling() -> Speller:
    """The speller over the joining and label words and the words of a run."""
    return Speller((*_JOINING, *_RUN_TERMS), known=(*_ALWAYS, *_COURSES))


#: "half" glued or hyphened to a misspelt marathon ("halfmaraton", "half-marthon"): two words,
#: so the marathon's typo is corrected as any other.
_HALF_GLUED: Final = re.compile(r"\bhalf(?=mar[a-z]*\b)|\bhalf-(?=mar(?!athon\b)[a-z]*\b)")


def in_plain_words(text: str) -> str:
    """The lower-cased message with its dialect function words in plain English, and the
    joining, label and run words spelt right."""
    if "halfmar" in text or "half-mar" in text:
        text = _HALF_GLUED.sub("half ", text)
    words = set(text.translate(_NO_PUNCTUATION).split())
    correct = _joining_spelling().correct
    for word in words - english_words():  # most words are English: a set difference in C
        if len(word) > 3 and (fixed := correct(word)) is not None:
            text = re.sub(rf"\b{word}\b", fixed, text)
    if words.isdisjoint(_STARTS):
        return text
    text = _WORDS.sub(lambda m: _ALWAYS[m[0]], text)
    if "ma " in text:
        text = _MY.sub(lambda m: "for my " if m["for"] else "my ", text)
    if " o " in text:
        text = _OF.sub(r"\g<amount> of ", text)
    if "piece" in text:
        text = _PIECE.sub(_sandwich, text)
    if "supper" in text:
        text = _SUPPER.sub(r"\g<food> and chips", text)
    return text


#: What a US biscuit comes with, said anywhere in the message: grits, a diner and its gravy,
#: the Southern chains; or spread on it ("biscuits with butter", "a biscuit and honey"): in
#: the UK a biscuit is a cookie, eaten with tea, never buttered.
_US_COMPANY: Final = re.compile(
    r"\b(?:grits|diner|gravy|waffle house|cracker barrel|bojangles|country ham)\b"
    r"|\bbiscuits?\s+(?:with|and|n)\s+(?:butter|honey|apple butter|sorghum)\b"
)
_DISH: Final = re.compile(r"\bbiscuits?\s+(?:and|n|&)\s+gravy\b")
_BISCUIT: Final = re.compile(r"\bbiscuit(?P<s>s?)\b(?!\s+(?:and|n)\s+gravy)")
#: A pie with tomato sauce or gravy on it: a savoury pie ("a pie with sauce at the footy").
_SAVOURY_PIE: Final = re.compile(
    r"\bpie(?P<s>s?)\b(?=\s+(?:with|and|n|w)\s+(?:tomato\s+)?(?:sauce|ketchup|gravy)\b)"
)
#: Where a bare pie is a meat pie: at the football, its ground or its half-time Bovril.
_MATCH_DAY: Final = re.compile(
    r"\b(?:football|footy|match|match\s+day|the\s+ground|terraces?|half[- ]?time|bovril|stadium"
    r"|the\s+game|kick[- ]off|full[- ]time)\b"
)
_ANY_PIE: Final = re.compile(r"\bpie(?P<s>s?)\b")
_MATCH_WORD_PIE: Final = re.compile(
    r"\b(?:half[- ]?time|match\s*day|match|footy|football|terrace)\s+pie(?P<s>s?)\b"
)
#: A barbecue, where a burger is a patty in a roll.
_BBQ: Final = re.compile(
    r"\b(?:bbq|barbecue|barbeque|barbie|barby|cookout|braai|off\s+the\s+grill)\b"
)
_BURGER_IN_BUN: Final = re.compile(
    r"\bburger(?P<s>s?)\s+in\s+(?:a\s+|the\s+)?(?:buns?|rolls?|baps?|bread\s+rolls?)\b"
)
_BURGER: Final = re.compile(r"\bburgers?\b")
#: The words a food named bare comes after: a count, an article, a joining word.
_BARE_LEADS: Final = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "some", "of", "and", "plus", "with",
     "had", "ate", "then", "x", "buttered", "warm", "hot", "leftover"}
)  # fmt: skip


def _named_bare(m: re.Match[str]) -> bool:
    """Whether the word matched comes first, or after a count, an article or a joining word
    ("2 biscuits", "a pie"), never after a word of its kind ("digestive biscuits", "apple
    pie")."""
    before = m.string[: m.start()].rstrip()
    if not before or before[-1] in ",;:(" or before[-1].isdigit():
        return True
    return before.split()[-1] in _BARE_LEADS


#: A tortilla cut in slices or wedges is Spain's potato omelette; a flour one is no sliced.
_SLICED_TORTILLA: Final = re.compile(
    r"\b(?P<cut>slices?|wedges?|pieces?|portions?)\s+of\s+tortilla\b|\btortilla\s+(?=slices?\b)"
)


def sliced_tortilla(text: str) -> str:
    """ "2 beers and a slice of tortilla": a slice of the Spanish omelette (tortilla de
    patatas), not a flour wrap."""
    if "tortilla" not in text:
        return text
    return _SLICED_TORTILLA.sub(
        lambda m: f"{m['cut']} of spanish tortilla" if m["cut"] else "spanish tortilla ", text
    )


def us_biscuits(text: str) -> str:
    """ "2 biscuits with butter and a side of grits at the diner": US biscuits, the table's
    buttermilk biscuit, where the message says where it is; elsewhere a biscuit is a cookie.
    Biscuits and gravy count their biscuits themselves ("biscuits and gravy, 2 biscuits")."""
    if "biscuit" not in text or _US_COMPANY.search(text) is None or _DISH.search(text):
        return text
    return _BISCUIT.sub(lambda m: "buttermilk " + m[0] if _named_bare(m) else m[0], text)


def savoury_pies(text: str) -> str:
    """ "footy then a pie with sauce", "2 pies and a coke at the match": a meat pie, the
    sauce on it tomato sauce; a bare "pie" elsewhere stays the table's (apple) pie."""
    if "pie" not in text:
        return text
    if _MATCH_DAY.search(text) is None:
        return _SAVOURY_PIE.sub(lambda m: "meat " + m[0] if _named_bare(m) else m[0], text)
    text = _MATCH_WORD_PIE.sub(r"meat pie\g<s>", text)  # "half-time pie and bovril"
    return _ANY_PIE.sub(lambda m: "meat " + m[0] if _named_bare(m) else m[0], text)


def bbq_burgers(text: str) -> str:
    """ "2 burgers in buns", "a burger and a sausage at the bbq": a barbecue's burger (a
    patty in a roll), not the table's large fast-food one; "in a bun" is the burger's. A
    burger of another kind ("veggie burger in a bun") keeps its bun."""
    if "burger" not in text or (
        _BBQ.search(text) is None and _BURGER_IN_BUN.search(text) is None
    ):
        return text
    text = _BURGER_IN_BUN.sub(lambda m: f"burger{m['s']}" if _named_bare(m) else m[0], text)
    return _BURGER.sub(lambda m: "bbq " + m[0] if _named_bare(m) else m[0], text)


def _sandwich(m: re.Match[str]) -> str:
    """ "jam piece" -> "jam sandwich" ("pieces": sandwiches)."""
    return f"{m['filling'] or m['after']} sandwich{'es' if m['plural'] else ''}"
