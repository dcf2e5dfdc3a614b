"""What a runner writes around the food that is no food (block q's captions, bakes, moods and
barbecues), in the words the readers know:

- a caption's hashtags ("#treatyoself") are no words; "fuelled by pancakes" at the start is
  "ate pancakes"; a count in brackets after a food is the food's ("pancakes (3 with maple
  syrup)": 3 pancakes with maple syrup);
- a feeling or an excuse before the food ("couldn't face food today, just toast", "anxious
  before the race, only managed half a bagel") is no food: the food after it is eaten;
- a hedge before a stated kcal ("slice of my lemon drizzle, must be 300 kcal") is no food: the
  kcal is the food's;
- where a bake came from ("still warm from the oven", "from my batch", "my own recipe") or a
  barbecue's grill ("off the barbie") is no food; "made banana bread, had 2 slices" is 2
  slices of banana bread, "made oat cookies, ate 2" 2 oat cookies;
- a bake's recipe or ingredients ("banana bread recipe uses 3 bananas and 250g flour") is a
  recipe, which logs nothing (chat.py's "recipe:" heading);
- counted hash browns are that many hash brown patties, not restaurant servings.

Each rewrite is a fixed phrase or a bounded run of words, so a long hostile message is read
in one pass.
"""

from __future__ import annotations

import re
from typing import Final

#: A word hashtag ("#breakfastofchampions"), not a number's ("parkrun #200", "plate #2").
_HASHTAG: Final = re.compile(r"(?<![\w&])#[a-z][a-z0-9_]*")
#: A caption's lead before the food: "fuelled by pancakes", "powered by bananas".
_FUELLED_BY: Final = re.compile(
    r"(?:^|(?<=\n))\s*(?:fuell?ed|powered|carb[- ]?loaded)\s+(?:by|on)\s+"
)
#: A run's figures: a time on the clock or a distance.
_RUN_FIGURES: Final = re.compile(r"[0-9][:.][0-5][0-9]|[0-9]\s*(?:k|km|kms|mi|miles?)\b")
#: A count in brackets after a plural food: "pancakes (3 with maple syrup)", "bananas (2
#: before the start)".
_COUNT_IN_BRACKETS: Final = re.compile(
    r"\b(?P<food>[a-z]{3,20}s)\s*\(\s*(?P<n>[0-9]{1,2})\s+(?P<rest>(?:with|before|after|at|for"
    r"|on|in)\b[^()\n]{0,60})\)"
)
#: Plurals that are no food: a session's parts, units, people.
_NOT_FOODS: Final = frozenset({
    "miles", "laps", "reps", "sets", "mins", "minutes", "hours", "secs", "seconds", "runs", "kms",
    "intervals", "hills", "strides", "sprints", "rounds", "lengths", "steps", "days", "weeks",
    "kids", "dogs", "friends", "mates", "times", "goes", "tries", "races", "parkruns",
    "sessions", "swims", "rides", "walks", "classes", "games", "matches", "pints",
})  # fmt: skip

#: A feeling or an excuse said before the food: "couldn't face food today", "anxious before
#: the race", "no appetite", "stomach in knots before the 10k", "too wired to eat".
_FEELING: Final = (
    r"(?:anxious|nervous|nerves|panicky|panicking|jittery|on\s+edge|stressed|wired|sick"
    r"|nauseous|queasy|knots|butterflies|no\s+appetite|not\s+hungry|no\s+hunger|low\s+mood"
    r"|low\s+day|depressed|grieving|gutted|rough\s+day|bad\s+day|rough\s+week|bad\s+week"
    r"|couldn'?t\s+(?:face|stomach|eat)|could\s+not\s+(?:face|stomach|eat)|can'?t\s+face"
    r"|struggling\s+to\s+eat|struggled\s+to\s+eat|too\s+[a-z]{3,12}\s+to\s+eat|off\s+my\s+food"
    r"|off\s+food|no\s+energy\s+to\s+cook)"
)
#: The lead (no clock in it: "5k 30:12, just a banana" keeps its run) and how the food after
#: it is said: "just", "only managed", "forced down", "ate nothing but", "could only eat".
_APPETITE_LEAD: Final = re.compile(
    r"^(?P<lead>[^,;.:\n]{0,60}?\b" + _FEELING + r"\b[^,;.:\n]{0,40}?)\s*[,;.:-]+\s*"
    r"(?:(?:but|so|and)\s+)?(?:i\s+)?(?:(?:only|just)\s+)?"
    r"(?P<verb>just|only|managed(?:\s+to\s+eat)?|forced\s+down|forced\s+myself\s+to\s+eat"
    r"|could\s+only\s+(?:eat|manage|stomach|face)|ate\s+nothing\s+but|nothing\s+but"
    r"|had\s+nothing\s+but|nibbled(?:\s+on)?|picked\s+at|got|ate|had)\s+"
)
#: "only got half a banana down": the food, not its going down.
_GOT_DOWN: Final = re.compile(r"^ate\s+(?P<food>[^,;.\n]{1,40}?)\s+down\b")
_CLOCK: Final = re.compile(r"[0-9][:.][0-5][0-9]")

#: A hedge before a stated kcal: "must be 300 kcal", "has to be 320 kcal", "easily 400 cals".
_KCAL_HEDGE: Final = re.compile(
    r"(?<=,)\s*(?:i\s+(?:reckon|think|guess)\s+)?(?:(?:it|that)\s+)?(?:must\s+be|has\s+to\s+be"
    r"|have\s+to\s+be|got\s+to\s+be|gotta\s+be|surely|easily|at\s+least|i'?d\s+say|i'?d\s+guess"
    r"|i\s+bet|would\s+say|i'?d\s+reckon|that'?s|that\s+is|it'?s|must'?ve\s+been"
    r"|must\s+have\s+been|could\s+be|might\s+be|no\s+more\s+than|not\s+more\s+than"
    r"|less\s+than|under)\s+"
    r"(?=(?:~|about|around|approx\.?)?\s*[0-9]{2,4}\s*(?:kcals?|k?cals?|calories)\b)"
)
#: A kcal in brackets asked of oneself: "(250 kcal?)" is the food's 250 kcal, no question.
_KCAL_ASKED: Final = re.compile(
    r"\(\s*(?P<k>(?:~|about\s+)?[0-9]{2,4}\s*(?:kcals?|k?cals?|calories))\s*\?+\s*\)"
)

#: Where a bake came from, or the grill a barbecue's food came off: no food.
_FROM_THE_OVEN: Final = re.compile(
    r"\s*\b(?:(?:still|nice\s+and|piping)\s+)?(?:warm|hot|fresh|straight|right)\s+(?:out\s+of|from"
    r"|off)\s+the\s+(?:oven|tray|tin|pan|grill|bbq|barbie|barby|barbecue|barbeque|griddle)\b"
    r"|\s*\b(?:off|from)\s+the\s+(?:barbie|barby|bbq|barbecue|barbeque|grill)\b"
    r"|\s*\bfrom\s+(?:my|the|our)\s+(?:batch|bake(?!\s+sale)|tray\s*bake|sunday\s+bake|weekend\s+bake)"
    r"(?:\s+(?:i|we)\s+(?:made|baked)(?:\s+(?:on|this|last|yesterday)(?:\s+[a-z]{3,9})?)?)?\b"
    r"|,?\s*\bmy\s+own\s+recipe\b"
)
#: "made banana bread, had 2 slices": the slices are the bake's.
_MADE_THEN_SLICES: Final = re.compile(
    r"\b(?:made|baked)\s+(?:a\s+|an\s+|some\s+|my\s+|the\s+)?(?P<bake>[a-z][a-z ]{2,30}?)"
    r"(?:\s+(?:yesterday|today|this\s+morning|last\s+night|earlier|at\s+the\s+weekend))?"
    r"\s*,\s*(?:and\s+)?(?:then\s+)?(?:i\s+)?(?P<verb>had|ate)\s+(?P<n>[0-9]{1,2}|a|one|two|three"
    r"|four)\s+(?P<cut>slices?|pieces?|squares?|wedges?)\b(?!\s+of\b)"
)
#: "made a batch of oat cookies, ate 2": that many of the bake.
_MADE_THEN_SOME: Final = re.compile(
    r"\b(?:made|baked)\s+(?:a\s+batch\s+of\s+|a\s+tray\s+of\s+|some\s+)?"
    r"(?P<bake>[a-z][a-z ]{2,30}?s)"
    r"(?:\s+(?:yesterday|today|this\s+morning|last\s+night|earlier))?\s*,\s*(?:and\s+)?"
    r"(?:then\s+)?(?:i\s+)?(?P<verb>had|ate)\s+(?P<n>[0-9]{1,2}|one|two|three|four)\b"
    r"(?!\s*(?:[0-9]|x\b|slices?|pieces?|squares?|of\b))(?:\s+myself\b)?"
)

#: A bake's recipe or ingredients: "banana bread recipe uses 3 bananas", "for the pancake
#: batter: 2 eggs", "ingredients for the carrot cake: ...", "banana loaf takes 2 bananas,
#: 2 eggs and 200g self-raising flour".
_RECIPE_WORDS: Final = re.compile(
    r"^(?:(?:the|my|our|this|mum's|nan's|a)\s+)?[a-z][a-z' -]{1,40}?\s+(?:recipe|batter|mix|mixture"
    r"|dough)\s*(?::|(?:uses|needs|takes|calls\s+for|has|is|makes)\b)\s*"
    r"|^ingredients\s+(?:for|of)\s+(?:the\s+|my\s+|a\s+)?[a-z][a-z' -]{1,30}?\s*:\s*"
)
#: "for the pancake batter: ...", "banana loaf takes 2 ripe bananas, ...": a recipe only when
#: it names a bake or what goes in one.
_RECIPE_SAID: Final = re.compile(
    r"^for\s+(?:the|my|a)\s+[a-z][a-z' -]{1,30}?\s*:\s*"
    r"|^(?:(?:the|my|a)\s+)?[a-z][a-z' -]{1,30}?\s+(?:takes|needs|uses|calls\s+for)\s+(?=[0-9])"
)
_BAKING: Final = re.compile(
    r"\b(?:flour|self[- ]raising|plain\s+flour|sugar|caster|baking\s+(?:powder|soda)"
    r"|bicarb|golden\s+syrup|cocoa)\b"
)
_BAKE_HEADING: Final = re.compile(
    r"\b(?:batter|mix|mixture|dough|cake|loaf|bread|brownies?|cookies?|flapjacks?|muffins?"
    r"|scones?|icing|filling|topping|crumble|pie|tart|bake|bakes)\s*:"
)

#: A match's score after the food: "2 pies and a coke, we lost 3-0", "drew 1-1".
_SCORE: Final = re.compile(
    r"\s*[,;]?\s*(?:(?:we|they|city|united|rovers|town)\s+)?(?:won|lost|drew|draw|beat\s+them)"
    r"\s+[0-9]{1,2}\s*-\s*[0-9]{1,2}\b(?:\s+(?:again|at\s+home|away))?"
)
#: Where the food was had, after it: "beans on toast back home", "a bacon sandwich back at
#: the house".
_BACK_HOME: Final = re.compile(
    r"\s*\bback\s+(?:at\s+)?(?:home|the\s+house|the\s+flat|the\s+hotel|the\s+car|base|mine"
    r"|the\s+b&b|the\s+b\s+and\s+b|the\s+campsite)\b"
)
#: A meal deal headed by where it was bought: "garage meal deal on the a1: ...".
_DEAL_WHERE: Final = re.compile(
    r"\b(?:[a-z]{3,12}\s+)?meal\s+deal\s+(?:on|at|from|in|off)\s+(?:the\s+)?[a-z0-9]{1,12}"
    r"(?:\s+[a-z0-9]{1,12})?\s*:"
)
#: A Scots roll and egg (or a bap and egg): the egg fried, in the roll.
_ROLL_AND_EGG: Final = re.compile(r"\b(?P<roll>roll|bap|barm|buttie|butty)\s+(?:and|n|&)\s+egg\b")
#: The seaside, where chips are a chip shop's: "a portion of chips on the front".
_SEASIDE: Final = re.compile(
    r"\b(?:on\s+the\s+(?:sea\s*front|front|prom|promenade|pier|beach)|at\s+the\s+(?:seaside|beach)"
    r"|by\s+the\s+sea)\b"
)
_CHIPS: Final = re.compile(r"\bchips\b")
#: The words bare chips come after: no dish's ("fish and chips", "egg and chips").
_CHIPS_LEADS: Final = frozenset({"of", "then", "some", "had", "ate", "got", "grabbed", "a"})
#: A stack of a counted food: "a stack of 3 pancakes".
_A_STACK_OF: Final = re.compile(
    r"\ba\s+(?:big\s+|tall\s+|short\s+)?stack\s+of\s+(?=(?:[0-9]{1,2}|two|three|four|five|six)\s)"
)
#: A barbecue at someone's, as a heading: "barbecue at dave's: 2 burgers".
_BBQ_AT: Final = re.compile(
    r"\b(?:bbq|barbecue|barbeque|cookout|braai|barbie)\s+at\s+[a-z]{2,20}'s(?=\s*:)"
)
#: Hash browns counted: "2 hash browns" are two patties, not two restaurant servings.
_COUNTED_HASH_BROWNS: Final = re.compile(
    r"\b(?P<n>[0-9]{1,2}|two|three|four|five|six)\s+(?P<what>hash\s*browns?)\b(?!\s+patt)"
)


#: A packet's kcal per 100 g (or 100 ml) after the grams eaten, or a share of a pack of them:
#: "ate half the 400g pack of chicken pasta, 155 kcal per 100g", "on a 60g bag of trail mix,
#: 520kcal per 100g": that food at the kcal it works out to.
_PER_HUNDRED: Final = re.compile(
    r"(?P<on>\bon\s+)?"  # a run's fuel: "24k 2:15:40 on a 60g bag of trail mix, ..."
    r"(?:(?P<f>half|a half|a third|one third|two thirds|a quarter|one quarter|three quarters)"
    r"\s+(?:of\s+)?|(?P<c>[0-9]{1,2})\s+of\s+|(?P<num>[1-9])/(?P<den>[1-9])\s+of\s+)?(?:(?:the|a|an|my)\s+)?(?P<g>[0-9]{1,4})\s*(?P<u>g|ml)\s+"
    r"(?:(?:bag|pack|packet|tub|box|bar|tin|pot|bottle|carton|punnet|tray|jar|portion|serving)"
    r"\s+)?(?:of\s+)?(?:the\s+)?(?P<food>[a-z][a-z' -]{1,30}?)\s*,?\s*(?:\(\s*)?"
    r"(?:(?:the\s+)?(?:label|pack|packet|bag|box)\s+says\s+|at\s+|it'?s\s+|which\s+is\s+)?"
    r"(?P<k>[0-9]{2,4}(?:\.[0-9])?)\s*(?:kcals?|k?cals?|calories)\s*(?:per|/|a)\s*100\s*(?P<u2>g|ml)\b"
    r"(?:\s*\))?"
)
_SHARES: Final = {
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
}  # fmt: skip


def per_hundred_said(text: str) -> str:
    """ "half the 400g pack of chicken pasta, 155 kcal per 100g": "200g chicken pasta (310
    kcal)"."""
    if "100" not in text:
        return text
    return _PER_HUNDRED.sub(_worked_out, text)


def _worked_out(m: re.Match[str]) -> str:
    before = m.string[: m.start()].rstrip()
    said_share = m["f"] or m["c"] or m["num"]
    if m["u"] != m["u2"] or (not said_share and before.endswith((" of", "/", "x"))):
        return m[0]  # "2 of the 35g bars", "2/3 of a 180g pack": a share the readers count
    share = (
        _SHARES[m["f"]] if m["f"]
        else float(m["c"]) if m["c"]
        else int(m["num"]) / int(m["den"]) if m["num"]
        else 1.0
    )  # fmt: skip
    amount = share * float(m["g"])
    food = f"{amount:.0f}{m['u']} {m['food'].strip()} ({amount * float(m['k']) / 100:.0f} kcal)"
    return f", {food}" if m["on"] else food  # the fuel a clause of its own, after the run


#: Words no bake's name holds: "made dinner for the kids, had 2" is no bake of "kids".
_NOT_A_BAKE: Final = frozenset({"for", "with", "to", "and", "but", "the", "it", "them", "time"})


def _the_bake(m: re.Match[str], *, plural: bool) -> str | None:
    """The bake's name, without whom it was made for ("pancakes for the kids": pancakes)."""
    bake = m["bake"].split(" for ")[0].strip()
    if not _NOT_A_BAKE.isdisjoint(bake.split()) or (plural and not bake.endswith("s")):
        return None
    return bake


def _slices_of_the_bake(m: re.Match[str]) -> str:
    """ "made banana bread, had 2 slices": "had 2 slices of banana bread"."""
    bake = _the_bake(m, plural=False)
    return m[0] if bake is None else f"{m['verb']} {m['n']} {m['cut']} of {bake}"


def _some_of_the_bake(m: re.Match[str]) -> str:
    """ "made oat cookies, ate 2": "ate 2 oat cookies"."""
    bake = _the_bake(m, plural=True)
    return m[0] if bake is None else f"{m['verb']} {m['n']} {bake}"


def _chip_shop_s(m: re.Match[str]) -> str:
    before = m.string[: m.start()].rstrip()
    bare = not before or before[-1] in ",;:" or before.split()[-1] in _CHIPS_LEADS
    return "chippy chips" if bare else m[0]


def captions_said(text: str) -> str:
    """A caption's hashtags dropped and its "fuelled by" lead read as eating."""
    if "#" in text:
        text = _HASHTAG.sub("", text).strip()
    if ("by " in text or " on " in text) and _RUN_FIGURES.search(text) is None:
        text = _FUELLED_BY.sub("ate ", text)  # not a run's fuel: "fuelled by 3 gels, 30k 2:40"
    return text


def counts_in_brackets(text: str) -> str:
    """ "pancakes (3 with maple syrup)": "3 pancakes with maple syrup"."""
    if "(" not in text:
        return text
    return _COUNT_IN_BRACKETS.sub(_count_first, text)


def _count_first(m: re.Match[str]) -> str:
    if m["food"] in _NOT_FOODS:
        return m[0]
    return f"{m['n']} {m['food']} {m['rest'].strip()}"


def appetite_said(text: str) -> str:
    """A feeling or an excuse before the food is no food: "anxious before the race, only
    managed half a bagel" is "ate half a bagel"."""
    m = _APPETITE_LEAD.match(text)
    if m is None or _CLOCK.search(m["lead"]) is not None:
        return text
    rest = "ate " + text[m.end() :]
    if m["verb"] == "got":
        rest = _GOT_DOWN.sub(r"ate \g<food>", rest, count=1)
    return rest


def hedged_kcal(text: str) -> str:
    """ "must be 300 kcal": the 300 kcal stated."""
    if "cal" not in text:
        return text
    if "?" in text:
        text = _KCAL_ASKED.sub(r"(\g<k>)", text)
    return _KCAL_HEDGE.sub(" ", text)


def bakes_said(text: str) -> str:
    """Where a bake or a grilled food came from dropped, a bake's slices or pieces its own,
    and a bake's recipe a recipe."""
    if (said := _RECIPE_WORDS.match(text)) is not None:
        return "recipe: " + text[said.end() :]
    if (said := _RECIPE_SAID.match(text)) is not None and (
        _BAKING.search(text) is not None or _BAKE_HEADING.search(text) is not None
    ):
        return "recipe: " + text[said.end() :]
    if "stack" in text:
        text = _A_STACK_OF.sub("", text)  # "a stack of 3 pancakes": 3 pancakes
    if "at " in text and "'s" in text:
        text = _BBQ_AT.sub("bbq", text)  # "barbecue at dave's: 2 burgers": a heading
    if "made" in text or "baked" in text:
        text = _MADE_THEN_SLICES.sub(_slices_of_the_bake, text)
        text = _MADE_THEN_SOME.sub(_some_of_the_bake, text)
    if ("the " in text or "my own" in text) and _FROM_THE_OVEN.search(text) is not None:
        text = _FROM_THE_OVEN.sub("", text)
    if "-" in text and ("won" in text or "lost" in text or "drew" in text or "draw" in text):
        text = _SCORE.sub("", text)  # "2 pies and a coke, we lost 3-0": no food in the score
    if "back " in text:
        text = _BACK_HOME.sub("", text)  # "beans on toast back home": no food in the place
    if "deal" in text:
        text = _DEAL_WHERE.sub("meal deal:", text)  # "garage meal deal on the a1: ..."
    if " egg" in text:
        text = _ROLL_AND_EGG.sub(r"\g<roll> and fried egg", text)  # "a roll and egg"
    if "chips" in text and _SEASIDE.search(text) is not None:
        text = _CHIPS.sub(_chip_shop_s, text)  # "chips on the prom": a chip shop's portion
    if "hash" in text:
        text = _COUNTED_HASH_BROWNS.sub(r"\g<n> hash brown", text)
    return text
