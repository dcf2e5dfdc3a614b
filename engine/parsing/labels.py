"""The words that label a meal ("brunch:", "supper", "b'fast", "tea" in British use), in one
place (issue 16): the clause classifier, the segment cutter and the meal reader all build their
patterns from this table, so a new label is known to all three at once.

Labels of food around a run ("post-run", "pre-race", "after my long run") are a pattern of their
own, `AROUND_RUN`, kept here beside the others.
"""

from __future__ import annotations

import re

from engine.events import MealKind

#: A label word or phrase and the meal it names. "tea" names the evening meal only where it
#: labels food (see meals._MEAL_WORD); "b", "l", "d" only before a colon ("b: oats").
MEAL_LABELS: dict[str, MealKind] = {
    "breakfast": "breakfast", "brekkie": "breakfast", "brekky": "breakfast",
    "bfast": "breakfast", "b'fast": "breakfast", "brekfast": "breakfast", "brunch": "breakfast",
    "breakie": "breakfast", "brekkers": "breakfast", "b-fast": "breakfast", "breaky": "breakfast",
    "breakfast time": "breakfast",
    # a text's letters without their vowels: "brkfst 2 eggs | lnch soup | dnr curry"
    "brkfst": "breakfast", "bkfst": "breakfast", "bfst": "breakfast", "lnch": "lunch",
    "dnr": "dinner", "supr": "dinner",
    "lunch": "lunch", "lunchtime": "lunch", "lunchie": "lunch", "lunch time": "lunch",
    "dinner": "dinner", "supper": "dinner", "tea time": "dinner", "teatime": "dinner",
    "chippy tea": "dinner", "dins": "dinner", "din din": "dinner", "din dins": "dinner",
    "dinnertime": "dinner", "dinner time": "dinner", "evening meal": "dinner",
    "suppertime": "dinner", "supper time": "dinner", "snack time": "snack", "snacktime": "snack",
    "snack": "snack", "snacks": "snack", "second breakfast": "snack", "elevenses": "snack",
    # Australia's work break and morning tea; the British afternoon tea (a scone, a slice of
    # cake); food before sleep
    "smoko": "snack", "morning tea": "snack", "afternoon tea": "snack", "pre-bed": "snack",
    "pre bed": "snack",
    # the Indian English light midday meal (and its box)
    "tiffin": "lunch",
    # the fast's meals: the one that breaks it at sunset, the one before dawn
    "iftar": "dinner", "suhoor": "breakfast", "suhur": "breakfast", "sehri": "breakfast",
}  # fmt: skip
#: Labels that are also words for something else, read as labels only in context.
#: "arvo" (Australian: the afternoon) labels a snack only as a heading ("arvo: an apple"), as
#: "tea" does the evening meal; "arvo run 7k" is the run's time.
CONTEXT_LABELS: dict[str, MealKind] = {
    "tea": "dinner", "b": "breakfast", "l": "lunch", "d": "dinner", "arvo": "snack",
}  # fmt: skip



def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of the words, longest first ("second breakfast" before "breakfast")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def not_after(words: tuple[str, ...]) -> str:
    """Look-behinds, at a place after one space, that no word of `words` ends before that space.

    One look-behind per length of word ("(?<!\\b(?:roast|early)\\s)") instead of one per word:
    the regex engine tries each look-behind as a small match of its own, so fewer of them make
    a pattern cheaper wherever it is tried.
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(rf"(?<!\b(?:{'|'.join(same)})\s)" for _, same in sorted(by_length.items()))


#: "breakfast|brunch|lunch|...": the labels that are nothing but labels.
LABEL_ALT = alternation(tuple(MEAL_LABELS))
#: Words that may come before a label and say nothing more: "late brunch:", "midnight snack".
QUALIFIERS = (
    "late", "early", "light", "quick", "big", "small", "midnight", "morning", "afternoon",
    "evening", "mid-morning", "proper", "second", "post-run", "pre-run", "post run", "pre run",
    "birthday", "pub", "work", "team", "packed", "office", "family", "diner", "cafe", "hotel",
    "canteen", "restaurant", "arvo", "bedtime", "late-night", "late night",
)  # fmt: skip
#: Words that make a label part of a dish's name: "roast dinner", "sunday lunch" and
#: "christmas dinner" are food.
DISH_BEFORE_LABEL = ("roast", "sunday", "christmas", "xmas", "thanksgiving", "kraft")
#: Labels that are the first word of a food's name before these words: "breakfast burrito",
#: "breakfast roll", "dinner rolls", "snack bar" (with a colon between, "breakfast: roll", the
#: label labels).
FOOD_AFTER_LABEL: dict[str, tuple[str, ...]] = {
    "breakfast": ("burrito", "burritos", "roll", "rolls", "sandwich", "sandwiches", "bap",
                  "baps", "wrap", "wraps", "muffin", "muffins", "bar", "bars", "biscuit",
                  "biscuits", "potatoes", "sausage", "sausages"),
    "dinner": ("roll", "rolls"),
    "snack": ("bar", "bars", "pot", "pots"),
}  # fmt: skip
#: Look-behinds, at the label after one space.
NOT_AFTER_DISH = not_after(DISH_BEFORE_LABEL)
QUALIFIER_ALT = alternation(QUALIFIERS)
#: A look-ahead, after a label: no food's name goes on from it.
NOT_BEFORE_FOOD = "".join(
    rf"(?!(?<={label})\s(?:{alternation(words)})\b)" for label, words in FOOD_AFTER_LABEL.items()
)
#: Look-behinds, at the label after one space: no cut between a qualifier and its label
#: ("midnight | snack:").
NOT_AFTER_QUALIFIER = not_after(QUALIFIERS)

#: The first letters of the labels and qualifiers, for a look-ahead that fails fast elsewhere.
LABEL_FIRST = "".join(sorted({w[0] for w in (*MEAL_LABELS, *QUALIFIERS)}))
#: The first letters of the labels alone.
LABEL_ONLY_FIRST = "".join(sorted({w[0] for w in MEAL_LABELS}))
#: Every run of letters in a label (for cheap set tests before a regex is tried), but "pre"
#: alone ("pre-bed"): a clause is not a meal's for "pre-hangover" (meals._may_name_meal looks
#: for "pre" itself).
LABEL_LETTERS = frozenset(
    w for label in (*MEAL_LABELS, *CONTEXT_LABELS) for w in re.findall(r"[a-z]+", label)
) - {"pre"}

#: "post-run", "after my 10k run", "before the long run", "during the race", "during the half",
#: "at mile 18 of the marathon": food around a run, which must not read as a run of its own.
#: After a run is recovery, before it a snack.
AROUND_RUN = (
    r"(?:post[- ]?|after (?:my |the |a |that |our |this )?"
    r"|(?P<before>pre[- ]?|before (?:my |the |a |our |this )?)"
    r"|(?P<during>during|mid|on|over|across|throughout|at mile [0-9]{1,3} of)[- ]"
    r"(?:my |the |a |our |this )?)"
    r"(?:[0-9.]++\s*+(?:km|k|mi(?:les?)?)\s++|(?:long|easy|morning|evening|hard|big|club"
    r"|xmas|christmas|group|trail|track|tempo|hill|sunday|saturday|weekend|night|social"
    r"|interval|speed|freezing|cold|wet|rainy|muddy|windy|snowy|icy|hot|hilly|fell|short|slow"
    r"|fast|first|last|fun|charity|relay|shakeout|recovery|progression)\s++)*+"
    # a run or race named by its place, with no figures after: "after the pentlands run"
    # ("eggs on toast before parkrun": "toast before" is no place, "before parkrun" the label)
    r"(?:(?:(?!(?:before|after|post|pre|and|with|then)\b)[a-z']++\s++){1,2}"
    r"(?=(?:park ?run|run|race)\b(?![^.;!\n]*[0-9])))?"
    r"(?:park ?run|walk[- /]?run|run[- /]?walk|run|race|workout|gym|lift|session|climb|xc"
    r"|cross[- ]country"
    # another session named as the meal's time: "after swim: 2 bagels", "post yoga porridge"
    r"|(?:swim|swimming|yoga|pilates|spin|bike|ride|cycle|cycling|hike|walk|row|rowing|crossfit"
    r"|boxing)(?![a-z]|\s*(?:[0-9]|(?:ride|home|back|to|from|in|into|out|up|down|class|session"
    r"|lesson|club|shop|path|trail|route|commute|game|match|instructor|teacher|pool|studio)\b))"
    # a game or class as the meal's time, the food counted after it: "after the cricket 2
    # beers", "post-footy 3 pints", "after tennis: a banana" (not "after tennis 45 min")
    r"|(?:cricket|football|footy|rugby|hockey|netball|tennis|squash|badminton|padel|golf"
    r"|hurling|basketball|softball|baseball|volleyball|climbing|bouldering|dance|dancing|judo"
    r"|karate|bjj|zumba|ballet|skiing|pickleball)"
    r"(?![a-z]|\s*(?:[0-9.]+\s*(?:k|km|mi|miles?|min|mins|minutes|h|hr|hrs|hours?|m|x)\b"
    r"|[0-9]+[:'h]|(?:practice|training|club|session|class|lesson|game|match|league|net|nets"
    r"|court|pitch|wall|gym|centre|center|instructor|teacher)\b))"
    # fuel during a race named by its distance: "2 gels during the half", "on the 20 miler"
    r"|(?(during)(?:half marathon|half|marathon|ultra|[0-9]{1,3}\s*-?\s*miler"
    r"|[0-9.]++\s*+(?:km|k|mi|miles?)(?![a-z0-9])"
    # fuel on another session: "2 gels on the bike", "a bar during the ride", "mid swim"
    r"|bike|ride|swim|hike|walk|cycle|turbo|spin|brick)|(?!)))"
    r"|(?P<aid>at (?:the )?(?:[0-9.]++\s*+(?:k|km|mi|miles?)\s++)?"
    r"(?:aid station|aid|cp|checkpoint|feed station|feed zone)"
    # an aid station's number heading its food: "aid 3: salted potatoes", "cp2: coke"
    r"|(?:aid station|aid|cp|checkpoint|feed station)\s*#?[0-9]{1,2}(?=\s*:))"
)


#: A dish named by a day and a label ("sunday lunch", "xmas dinner"): when nothing else is
#: named, the label read off it still leaves the dish it names (message.py asks the table).
DISH_LABEL = re.compile(
    rf"\b(?:{alternation(DISH_BEFORE_LABEL)})\s+(?:{LABEL_ALT})\b"
)
