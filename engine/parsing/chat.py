"""Messages that log nothing: questions, small talk, plans, runs and weights named in passing
("my last 10k was 48 min", "I was 13 stone last year"), and eating with no food named ("ate way
too much at the christmas do"). The clause classifier (clauses.py) asks these first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.activities import ACTIVITY_PHRASES, ACTIVITY_WORD_SET
from engine.parsing.context import (
    _CLOCK,
    _DIGIT,
    TEXT_CACHE_SIZE,
    _Clause,
    _words,
    letter_runs,
    starting_with,
)

_QUESTION_START = re.compile(
    r"^\s*(?:wondering|i\s+wonder|not\s+sure\s+(?:if|whether|how|what|when)|curious\s+(?:if|whether"
    r"|how|what)|any\s+idea|anyone\s+know"
    r"|how|what|why|when|where|which|who|whats|what's|should|shall|is|are|am i|does"
    r"|(?:can|could|would|do|did|will) (?:i|you|u|we|it)|any tips|help)\b"
)
#: Small talk, phrase by phrase. Each phrase is taken whole or not at all (an atomic group,
#: longest phrase first), so "good morning" x 24 + "x" fails in one pass instead of trying
#: "good"+"morning" and "good morning" at every repeat (issue 14: 2^n backtracking).
_CHAT_PHRASES = (
    "thanks", "thank", "thank you", "thx", "ty", "tysm", "cheers", "ta", "hi", "hello", "hey",
    "hiya", "yo", "morning", "good morning", "gm", "good night", "gn", "night", "ok", "okay",
    "k", "cool", "great", "nice", "awesome", "lol", "haha", "yes", "no", "yep", "yeah", "nope",
    "sure", "sounds good", "perfect", "got it", "bye", "see you", "love it", "wow", "amazing",
    "sweet", "brilliant", "you too", "so much", "a lot", "coach", "bot", "mate", "buddy", "man",
    "again", "very much", "all good", "fine", "good", "no worries", "no problem", "no probs",
    "no bother", "np",
)  # fmt: skip
_CHAT = re.compile(
    r"^(?>(?:" + "|".join(sorted(_CHAT_PHRASES, key=len, reverse=True)) + r")\b[^\w]*+)++$"
)
#: First words of the phrases above: a clause that starts with none of them is no question
#: or small talk, found without trying every phrase at the start of every clause.
_QUESTION_FIRST = _words(
    "how what why when where which who whats should shall is are am does can could would do",
    "did will any help wondering i not curious anyone",
)
_CHAT_FIRST = frozenset(p.split()[0] for p in _CHAT_PHRASES)

_LEAD_WORD = re.compile(r"\s*+([a-z]*)")
_THANKS = re.compile(r"\b(?:thanks?|thank you|thx|ty|tysm|cheers|ta|appreciated?)\b")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|yo|howdy|g'?day|good (?:morning|evening|afternoon)|morning|evening"
    r"|gm)\b"
)


#: A run said with no figure that is not done now: later, skipped, too icy, a race ahead, or
#: forgotten ("long run later", "skipping my run", "too icy to run today", "race on saturday",
#: "forgot to log yesterday's run"). Nothing to log, and no figures to ask for.
_RUN_NOT_NOW = re.compile(
    r"\b(?:later|tonight|tomorrow|tmrw|this\s+(?:afternoon|evening)|after\s+(?:work|lunch|school"
    r"|dinner)|skipping|skip)\b|\btoo\s+[a-z]+\s+to\s+(?:run|go\s+out|train)\b"
    r"|\bforgot\s+to\s+(?:log|record|track)\b"
    r"|\bfirst\s+thing\b|\bin\s+the\s+morning\b"  # "alarm's set, long run first thing"
    r"|\b(?:race|parkrun|marathon|half|long\s+run)\s+(?:is\s+)?on\s+(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day\b"
)


#: A run said done: "ran after work" asks for its figures.
_RAN = re.compile(
    r"\b(?:ran|jogged|did|done|finished|completed|went|was|were|raced|felt|survived|smashed"
    r"|nailed)\b"
)


def run_not_now(text: str) -> bool:
    """Whether a clause with a run word and no figure is a run not done now (_RUN_NOT_NOW)."""
    return (
        _DIGIT.search(text) is None
        and _RUN_NOT_NOW.search(text) is not None
        and _RAN.search(text) is None
    )


def _is_question_or_chat(text: str) -> bool:
    """A question or small talk, by its first words (the set lookups spare both regexes)."""
    first = _LEAD_WORD.match(text)
    word = first[1] if first is not None else ""
    return (word in _QUESTION_FIRST and _QUESTION_START.match(text) is not None) or (
        word in _CHAT_FIRST and _CHAT.match(text) is not None
    )


#: Keyword families by single word (the clause is cut into letter runs, so "didn't" gives
#: "didn" and "post-run" gives "post", "run"); a set lookup per word is far cheaper than
#: one big regex alternation. Phrases of several words are checked as substrings.
_NOT_DONE_WORDS = _words(
    "tomorrow tmrw tmr will ll gonna planning planned plan wanna might didn didnt skipped skip",
    "missed couldn cancelled canceled hoping booked entered registered would wish dream someday",
)
#: A time ahead, or long past: "marathon in 3 weeks", "race weight was 68kg last year".
_NOT_NOW = re.compile(
    r"\bin (?:[0-9]+|a|a few|two|three|four|five|six) (?:weeks?|days?|months?)\b"
    r"|\blast (?:[a-z]+ )?(?:year|month|season|summer|winter|spring|autumn)\b"  # "last xc season"
    r"|\bin (?:(?:the )?(?:spring|summer|autumn|fall|new year)|january|february|march|april|june"
    r"|july|august|september|october|november|december)\b"  # "first ultra is 50k in march"
    r"|\bin (?:19[5-9][0-9]|20[0-9][0-9])\b"  # "ran London in 2019 in 3:55"
)
_LETTER_RUN = re.compile(r"[a-z]+")
#: People whose plate or hands a food came from ("off my son's plate", "the toddler refused").
OWNERS = (
    r"(?:kids?|toddlers?|baby|babies|sons?|daughters?|child|children|boys|girls|little\s+ones?"
    r"|wife|husband|partner|other\s+half|mum|mom|dad|mate|friend)"
)
#: What someone else did not eat, after the food ("4 fish fingers the kids didn't eat", "half a
#: sandwich my son wouldn't finish"): the runner ate it, the "not" is theirs.
LEFT_BY_SOMEONE = re.compile(
    rf"\s(?:that\s+)?(?:the|my|our|his|her)\s+{OWNERS}\s+(?:didn'?t|did\s+not|wouldn'?t"
    r"|would\s+not|couldn'?t|could\s+not|won'?t|refused|left)\b"
)
_NOT_DONE_PHRASES = (
    "going to", "want to", "should i", "next week", "next time", "did not", "rest day",
    "no run", "not run", "instead of", "can't wait", "cant wait", "looking forward",
    "thinking about", "thinking of", "can't decide", "cant decide", "deciding between",
    "sore after", "tired after", "stiff after", "recovering from", "pb is", "pr is",
    "personal best is", "signed up", "is on the", "is on sunday", "is on saturday",
    "had nothing", "ate nothing", "saving it", "save it for", "saving for", "for later",
    "nothing else", "nothing eaten", "not eaten", "haven't eaten", "havent eaten", "nothing yet",
    "target is", "goal is", "target for the", "goal for the", "is the goal", "is the target",
    "is the aim", "is the plan", "no track", "no parkrun",
    "no session", "no training", "resisting", "trying not to", "trying to resist", "tempted by",
    "avoiding the", "staying away from", "must not eat", "mustn't", "not touching", "won't eat",
)  # fmt: skip
#: A plan by its words: "going for a 10k later", "aiming for sub 20 at parkrun on saturday",
#: "targeting 3:30 at berlin"; a goal trained for ("training for my first half") when no figure
#: of a run is beside it.
#: "Was going for a pb but blew up, 10k 46:00" is a run; the plan takes the clause only when
#: what follows is its own figures ("going for my long run after work, 16 miles").
_PLAN_WORDS = re.compile(
    r"(?<!was )(?<!were )\b(?:going\s+(?:out\s+)?for|heading\s+out\s+for|aiming\s+(?:for|to)"
    r"|target(?:t)?ing|shooting\s+for"
    r"|(?P<goal>(?:in\s+)?training\s+for|prepping\s+for|preparing\s+for|getting\s+ready\s+for))"
    r"\b[^,;.]*"
)
#: Words of bare figures ("16 miles", "sub 45", "about 2 hrs", "it's 42.2k").
_FIGURE_WORDS = _words(
    "k km kms mi mile miles m min mins minutes h hr hrs hour hours kg lb lbs st stone sub",
    "about around ish or maybe",
    "easy steady slow long tempo recovery jog",  # the kind of run planned: "maybe 8k easy"
    "it s its",
)
#: A run, race or weight named in passing, not logged (issue 15): "legs wrecked after
#: yesterday's 20 miler", "my last 10k was 48 min", "I was 13 stone last year". "Did 20
#: miles yesterday" is a run to log.
_PAST_MENTION = re.compile(
    r"\b(?:after|from|since)\s+(?:yesterday'?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s"
    r"|last\s+(?:night|week|weekend)'?s|the\s+weekend'?s)\s[^,;.]*"
    # a record: "my pb for 10 miles is 1:14:50", "my marathon pr stands at 3:31:07"
    r"|\bmy\s+(?:[a-z0-9]+\s+){0,2}?(?:pb|pr|personal\s+best|best\s+time|record)\b[^,;.]{0,40}?"
    r"\b(?:is|stands\s+at|sits\s+at|remains)\b(?!\s+now\b)[^,;.]*"
    r"|\bmy\s+(?:last|previous|old|first|best|fastest|quickest|slowest)\s+[^,;.]{1,40}?"
    r"\b(?:was|were|is)\b(?!\s+(?:today|this|tonight|done|complete|finished|in\s+the\s+bag))"
    r"[^,;.]*"
)
#: A meal told, then asked about after a comma: "ate a cheese croissant before my run, was
#: that a mistake?", "had a bacon roll before parkrun, is that bad?", "before my run I had
#: toast, is that enough?", "ate 2 eggs, should I eat more before the long run?". The food was
#: eaten: the question is a sentence of its own, so the meal is logged and the question answered.
_ASKED_AFTER_A_MEAL = re.compile(
    r"(?<=[a-z0-9)])\s*,\s*(?=(?:(?:was|is|were|would|will|should|could)"
    r"\s+(?:that|it|this|those|these)\b[^,.!?]*|(?:should|do|can|could)\s+i\b[^,.!?]*"
    r"|(?:bad|good|smart|dumb|stupid|wise|terrible)"
    r"\s+(?:idea|move|call|choice|plan)|too\s+(?:much|many|little)|thoughts|ok|okay)\s*\?+\W*$)"
)
_ATE = re.compile(
    r"^\W*(?:(?:before|after)\s+(?:my|the|this)\s+(?:[a-z0-9]+\s+){0,2}?"
    r"(?:run|race|long\s+run|parkrun|session|workout)\s+|this\s+morning\s+)?"
    r"(?:(?:i|just|also)\s+)*(?:ate|had|eaten|scoffed|drank|demolished|wolfed)\b"
)


def asked_after_a_meal(text: str) -> str:
    """A meal eaten, its question after a comma a sentence of its own (_ASKED_AFTER_A_MEAL)."""
    if "?" not in text or _ATE.match(text) is None:
        return text
    return _ASKED_AFTER_A_MEAL.sub(". ", text, count=1)


_PAST_WEIGHT = re.compile(
    r"\blast\s+(?:year|month|summer|spring|winter|autumn|christmas)\b|\b(?:years?|months?)\s+ago\b"
    r"|\bused\s+to\b|\bback\s+in\b|\bwhen\s+i\s+started\b|\bat\s+my\s+heaviest\b"
)
#: Eating named with no food and no amount: "ate way too much at the christmas do lol",
#: "pigged out". "Had a lot of pasta" names a food.
_NO_FOOD_NAMED = re.compile(
    r"\b(?:ate|had|eaten|eat|eating|scoffed|drank)\s+(?:way\s+|far\s+|so\s+|a\s+bit\s+)?"
    r"(?:too\s+much|so\s+much|loads|a\s+lot|a\s+ton|everything|like\s+a\s+(?:pig|horse)"
    r"|rubbish|badly|well|healthy|clean)"
    r"|\b(?:pigged\s+out|overate|overindulged|stuffed\s+myself|binged)"
    # a meal judged, no food named: "dinner was a disaster", "lunch was a write-off"
    r"|\b(?:breakfast|brekkie|lunch|dinner|tea|supper|brunch)\s+(?:was|is)\s+(?:a\s+|an\s+)?"
    r"(?:(?:total|complete|bit\s+of\s+a|real|proper|right)\s+)?(?:disaster|write[- ]off|mess"
    r"|fail|failure|joke|nightmare|rushed|late|non[- ]?existent|washout|wash[- ]out|letdown"
    r"|let[- ]down|shambles|skipped|missed|cancelled|ruined|burnt|burned|chaos)\b"
    # a meal brought or packed, no food named: "I brought lunch", "packed my own dinner"
    r"|\b(?:brought|packed|bringing|took)\s+(?:my\s+own\s+|a\s+packed\s+|my\s+|a\s+|some\s+)?"
    r"(?:lunch|dinner|breakfast|tea|food|snacks?|leftovers|lunchbox|lunch\s+box)\b"
)
#: What may follow it: where or when, and a laugh ("at the christmas do lol"); no list of food.
_NO_FOOD_TAIL = re.compile(
    r"(?:\s+(?:at|in|on|over|during|this|last|yesterday|today|tonight|again|all|for|party|do"
    r"|buffet|wedding|bbq|dinner|lunch|breakfast|christmas|xmas)\b[^:,]*)?"
    r"[^a-z0-9]*(?:(?:lol|haha|oops|ugh)\b[^a-z0-9]*)?"
)


def _no_food_named(text: str) -> bool:
    """ "ate way too much at the christmas do lol": eating, and no food named with it."""
    m = _NO_FOOD_NAMED.search(text)
    return m is not None and _NO_FOOD_TAIL.fullmatch(text, m.end()) is not None


#: A best set before now, told of: "marathon pb from 2019 still stands at 3:12:40", "best ever
#: half was 1:29:55 at Cardiff", "pb last week was 21:05", "PR from last spring: 5k in 18:59".
#: "New pb today, 21:05" and "pb! 21:05" are runs to log.
_RECORD = re.compile(
    r"\b(?:pb|pr|personal\s+best|best|record)\b[^,;.!?]{0,40}?"
    r"(?:\b(?:was|were|is|stands\s+at|sits\s+at|remains|still\s+stands)\b|:)"
)
_BEFORE_NOW = re.compile(
    r"\b(?:last\s+(?:week|month|year|season|spring|summer|autumn|fall|winter|time)|from\s+"
    r"(?:last|19[0-9]{2}|20[0-9]{2})|(?:19|20)[0-9]{2}|ever|old|previous|still|back\s+in"
    r"|years?\s+ago|all[- ]time|lifetime|remains|stands\s+at|sits\s+at)\b"
)
_NEW_RECORD = re.compile(
    r"\b(?:new|today|tonight|this\s+(?:morning|evening|afternoon)|just|finally|smashed|broke"
    r"|beat|got|ran|did|set\s+a)\b"
)


def _past_record(text: str) -> bool:
    return (
        ("pb" in text or "pr" in text or "best" in text or "record" in text)
        and _RECORD.search(text) is not None
        and _BEFORE_NOW.search(text) is not None
        and _NEW_RECORD.search(text) is None
    )


def _past_mention(text: str) -> bool:
    """A run named in passing, and no figures of a run done beside it."""
    if _past_record(text):
        return True
    if "my" not in text and "after" not in text and "from" not in text and "since" not in text:
        return False  # words every branch of _PAST_MENTION holds
    m = _PAST_MENTION.search(text)
    return m is not None and _DIGIT.search(text[: m.start()] + text[m.end() :]) is None


def _plan(text: str) -> bool:
    """A plan, and nothing beside it but its own figures."""
    m = _plan_words(text)
    if m is None:
        return False
    rest = text[: m.start()] + text[m.end() :]
    if m["goal"] is not None:  # "training for my first half": "10k 52:00 training for ..." ran
        return _DIGIT.search(rest) is None
    return _DIGIT.search(rest) is None or _FIGURE_WORDS.issuperset(letter_runs(rest))


def _plan_words(text: str) -> re.Match[str] | None:
    """_PLAN_WORDS in the text, looked for only when one of its words is there."""
    if (
        "going" not in text and "heading" not in text and "aiming" not in text
        and "targ" not in text and "shooting" not in text and "for" not in text
    ):
        return None
    return _PLAN_WORDS.search(text)


def past_weight(text: str) -> bool:
    """A time long past for a weight (_PAST_WEIGHT), looked for only when its words are there."""
    return _PAST_WEIGHT_WORDS.search(text) is not None and _PAST_WEIGHT.search(text) is not None


#: Words every branch of _PAST_WEIGHT holds, found anywhere in the text (one scan, not six).
_PAST_WEIGHT_WORDS = re.compile("last|ago|used|back|when|heaviest")


#: A run hedged with no time and nothing done: "maybe 8k easy", "probably 10 miles on sunday"
#: say what may be run ("maybe 8 wings" is food, hedged; "ran maybe 8k in 45 min" a run).
_HEDGED_RUN = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)?(?:maybe|perhaps|probably|possibly|hopefully)\b"
    r"(?![^,;]*(?:\b(?:ran|run\s+done|did|done|finished|jogged)\b|[0-9]:[0-5][0-9]"
    r"|[0-9]\s*(?:min|mins|minutes|h|hr|hrs|hours?)\b))"
)


#: A race's price, which is no run: "entry fee was £38 for the 10k", "paid $120 for a half
#: marathon entry", "the 10 miler costs 30 quid".
_PAID_FOR = re.compile(
    r"[£$€]\s*[0-9]|\b[0-9]+(?:\.[0-9]{1,2})?\s*(?:quid|bucks|dollars|euros?|eur|usd|gbp)\b"
    r"|\b(?:paid|pay|costs?|costing|entry\s+fee|fee|fees|price|priced|spent|refund|refunded)\b"
)


#: A race or its entry named beside a price: the whole clause is the price's.
_A_RACE_PRICED = re.compile(
    r"\b(?:race|entry|enter|entering|entered|registration|ballot|place|half|marathon|ultra|miler"
    r"|parkrun|[0-9]+\s*k|[0-9]+\s*(?:mile|miler))\b"
)


#: What every branch of _PAID_FOR holds, looked for as plain substrings first.
_PAY_HINTS = (
    "£", "$", "€", "quid", "buck", "dollar", "euro", "eur", "usd", "gbp", "pai", "pay", "cost",
    "fee", "pric", "spent", "refund",
)  # fmt: skip


def paid_for(text: str) -> bool:
    """Whether a run clause tells of a race's price, not a run (_PAID_FOR)."""
    return any(h in text for h in _PAY_HINTS) and _PAID_FOR.search(text) is not None


def race_priced(text: str) -> bool:
    """A race's price, and no food or run done beside it: "the half costs $95 to enter"."""
    return (
        paid_for(text)
        and _A_RACE_PRICED.search(text) is not None
        and _PAST_SAID.search(text.replace("was", "")) is None
    )


#: A session named with no figure, only hedged or felt after: "zumba tonight maybe, or just
#: sleep", "sore calves after the dance class" (neither logs a session of 30 minutes).
_IDLE_SESSION = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|hopefully|might|tempted)\b"
    r"|^\W*(?:(?:so|very|still|really|well|proper)\s+)?(?:sore|achy|aching|stiff|tired"
    r"|knackered|wrecked|broken|destroyed|bruised|shattered|dead)\b[^,;.]*?\b(?:after|from)\s+"
    r"(?:the|my|that|this|a|an|today'?s|yesterday'?s|tonight'?s|last\s+night'?s)\b"
)


def idle_session(text: str) -> bool:
    """A session clause with no figure at all that is only hedged or felt (_IDLE_SESSION)."""
    return _DIGIT.search(text) is None and _IDLE_SESSION.search(text) is not None


#: A race's own occasion, no run of the runner's: "parkrun 500th event this week", "parkrun
#: turns 10", "the club 10k's 25th anniversary" (not "my 50th parkrun").
_RACE_OCCASION = re.compile(
    r"\b[0-9]+(?:st|nd|rd|th)\s+(?:event|birthday|anniversary|edition)\b|\bturns\s+[0-9]+\b"
)


def race_occasion(text: str) -> bool:
    """Whether a run clause only names a race's occasion, with no time or distance of its own."""
    if _RACE_OCCASION.search(text) is None:
        return False
    rest = _RACE_OCCASION.sub(" ", text)
    return _DIGIT.search(rest) is None


#: Figures of a session that is not done, only numbered, timed ahead, forecast or aimed at:
#: "bib 2187 for the easter 10k", "parkrun starts at 9:30 on christmas day", "golf tee time
#: 8:10", "surf forecast says 4 ft at 6am", "tide's out at 5:40 so surf at 6", "erg score
#: 6:45 is the squad target".
_NO_SESSION_FIGURES = re.compile(
    r"\b(?:bib|race\s+(?:number|no\.?))(?:\s+(?:number|no\.?))?\s*#?\s*[0-9]+"
    r"|\b(?:starts?|starting|kicks?\s+off|tee\s+time|tees?\s+off|opens?)\s+(?:is\s+)?(?:at\s+)?"
    r"[0-9]{1,2}(?::[0-5][0-9])?\s*(?:am|pm)?"
    r"|\b(?:forecast|swell|tide|tides|tide's)\b[^,;]*"
    r"|^[^,;]*\bis\s+(?:the|my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:target|goal|aim)\b"
)
_NO_SESSION_HINTS = ("bib", "number", "no", "start", "kick", "tee", "open", "forecast", "swell",
                     "tide", "target", "goal", "aim")


def no_session_figures(text: str) -> bool:
    """Whether a session clause's only figures are a bib, a start, a forecast or a target's
    (_NO_SESSION_FIGURES): nothing was done."""
    if not any(hint in text for hint in _NO_SESSION_HINTS):
        return False
    rest = _NO_SESSION_FIGURES.sub(" ", text)
    return rest != text and _DIGIT.search(rest) is None


def hedged_run(text: str) -> bool:
    """Whether a run clause is hedged, with no time and nothing done (_HEDGED_RUN)."""
    return text.lstrip()[:1] in "mpha" and _HEDGED_RUN.match(text) is not None


#: A run not managed, with no time run beside it: "I've not managed a single run since sunday";
#: "not managed a run all week but 5k 28:10 today" logs the 5k.
_NONE_MANAGED = re.compile(
    r"\b(?:not|n't|havent|hasnt)\s+(?:yet\s+)?managed\b(?!.*[0-9]:[0-5][0-9])", re.DOTALL
)


def none_managed(text: str) -> bool:
    """Whether the clause says a run was not managed (_NONE_MANAGED)."""
    return "managed" in text and _NONE_MANAGED.search(text) is not None


def _in_passing(text: str) -> bool:
    """A run or weight named in passing, or eating with no food named: understood as chat."""
    return bool(
        _past_mention(text) or past_weight(text) or _no_food_named(text) or _plan(text)
        or hedged_run(text) or paid_for(text)
    )


# ---------------------------------------------------------------------------------------------
# Not the runner's, not now (issue 15): someone else's run or weight, the years before, a
# request to the bot, a habit or a daily rate, a race weeks away, and talk of a run's laps.
# Each holds the whole clause ("my friend weighs 12 stone and eats 3000 kcal a day" is all the
# friend's), unless the runner's own now follows ("..., but I ran 5k today").

#: People other than the runner, as the subject that starts a clause.
_PEOPLE = (
    r"friends?|mates?|buddy|buddies|pals?|brothers?|sisters?|bro|sis|coach|wife|husband|hubby"
    r"|partner|missus|other half|fianc[eé]e?|sons?|daughters?|dad|mum|mom|mother|father|parents"
    r"|boyfriend|girlfriend|bf|gf|flatmate|housemate|roommate|colleagues?|boss|neighbou?r"
    r"|club|team|group|squad|kids?|twins?|cousins?|uncle|aunt|auntie|grandad|grandpa|grandma|nan"
    r"|nephews?|nieces?|grandson|granddaughter|grandkids|step(?:dad|mum|mom|son|daughter)"
    r"|physio|doctor|gp|dietitian|nutritionist|pt|trainer|family|cat|dog|dogs|puppy"
    r"|other runners|boys|girls|lads|lasses|guys|gang|ladies|fellas"
)
#: What another person did, weighs, eats or says: the verbs of a log or of advice ("my coach
#: wants me to do 6x800"); "mum made me a roast" is the runner's dinner and is not here.
_THEIR_VERBS = (
    r"ran|runs|run|running|raced|races|racing|did|does|doing|done|finished|finishes|completed"
    r"|won|wins|weighs|weighed|weigh|is|was|were|are|eats|ate|eat|eating|had|has|have|drinks"
    r"|drank|lifted|lifts|swam|swims|cycled|cycles|rode|rides|walked|walks|hiked|trains"
    r"|trained|jogged|jogs|clocked|smashed|got|gets|set|hit|went|goes|managed|wants|want"
    r"|says|said|told|tells|thinks|reckons|recommends|recommended|suggested|suggests|will"
    r"|would|should|can|could|just|also|only|apparently|still|now|usually|always|never"
    r"|making|cooking|baking|having|ordering|bringing|getting|planning|taking|hosting"
)
#: Family named without "my" at the start of a clause: "wife weighs 9 stone", "gf ran 10k".
_KIN = (
    r"wife|husband|hubby|missus|the missus|other half|partner|fianc[eé]e?|boyfriend|girlfriend"
    r"|bf|gf|mum|mom|dad|son|daughter|kids|bro|sis|brother|sister|nephew|niece|cousin|uncle"
    r"|aunt|auntie|grandad|grandpa|grandma|nan|flatmate|housemate|roommate|twins|the\s+twins"
    r"|friend|mate|colleague|coworker|co-worker|workmate|neighbou?r|boss|pal|training\s+partner"
    r"|step(?:dad|mum|mom|son|daughter)"
)
_WHO = (
    rf"(?:my|our|his|her|their|the)\s+(?:[a-z]+\s+){{0,2}}?(?:{_PEOPLE})(?:-in-law)?|(?:{_KIN})"
    # a race's pacers by their group's time: "the 4:00 pacer at London was brilliant"
    r"|the\s+(?:sub[- ]?)?[0-9]{1,2}(?::[0-5][0-9])?\s+(?:pacers?|pace\s+group|bus)"
    r"|he|she|they|he's|she's|they're|(?:the\s+)?coach"
    r"|everyone|everybody|someone|somebody|nobody|no\s+one|people|loads\s+of\s+people"
    r"|(?:[0-9]+|a\s+few|two|three|some|several|a\s+couple\s+of|couple\s+of|loads\s+of|lots\s+of"
    r"|most\s+of|half\s+(?:of\s+)?|all\s+(?:of\s+)?)(?:the\s+)?\s*(?:people|runners|of\s+us|friends"
    r"|mates|club|group)(?:\s+(?:in|from|at)\s+(?:(?:my|the|our)\s+)?[a-z]+)?"
    r"|(?:a|one|some|this|the|that)\s+(?:guy|girl|bloke|lady|woman|man|lad|runner)\b[^,;]{0,30}?"
)
_LEAD = r"^(?:(?:and|but|so|lol|omg|wow|haha)\s+)?"
_SOMEONE_ELSE_DOES = re.compile(
    rf"{_LEAD}(?:{_WHO})(?:\s+(?:from|at)\s+(?:the\s+|my\s+|our\s+)?(?:work|club|gym|office"
    r"|school|uni|parkrun|running\s+club|[a-z]+\s+club))?"  # "mate from the club"
    rf"(?:'s)?\s+(?!and\s+(?:i|me)\b|n\s+(?:i|me)\b)(?:{_THEIR_VERBS})\b"
    r"(?!\s+(?:with|alongside|beside)\s+me\b)"  # "pal ran with me, 8k 44:00": ours too
    # their run or race: "my brother's first marathon today, 3:58:10", "girlfriend's tempo run
    # was 8k"; the club's race may be ours
    rf"|{_LEAD}(?:(?:my|our|his|her|their|the)\s+(?:[a-z]+\s+){{0,2}}?(?!(?:club|team|group"
    rf"|squad|gang)'s)(?:{_PEOPLE})(?:-in-law)?|(?:{_KIN})|someone)(?:'s|(?<=s)')\s+"
    r"(?:[a-z]+\s+){0,2}?"
    r"(?:marathon|half|race|parkrun|10k|5k|ultra|pb|pr|debut|run|long\s+run|time|session"
    r"|workout|intervals|reps"
    # their team, its games and its sport: "my son's hockey team won 4-1", "husband's 5-a-side
    # lost 6-2" (read as "football")
    r"|team|match|game|fixture|league|football|soccer|hockey|netball|rugby|hurling|camogie"
    r"|lacrosse|cricket|basketball|volleyball|baseball|softball|korfball|handball"
    # their lessons and classes: "my son's judo grading at 6", "kids' swimming lesson at 9"
    r"|lessons?|class|classes|grading|recital|practice|training|swimming|gymnastics|tennis"
    r"|dance|ballet|judo|karate|taekwondo|bjj)\b"
)
#: Someone else alone, and where they were: "everyone at the club", "the guy next to me".
_SOMEONE_ELSE = re.compile(
    rf"{_LEAD}(?:{_WHO})(?:\s+(?:at|in|from|on|next\s+to)\s+[a-z' ]{{1,25}})?"
)
#: Someone named by their name first, as the subject of a run or a meal: "Tom ran 2:59 at
#: Chicago", "Sarah did her first parkrun in 31:10", "Emma's first marathon today, 4:31:10".
#: Told by the capital of a word that is no opener of the runner's own ("Just ran 5k", "Legs
#: did fine"); a name's possessive names a race only ("Dave's single" is Wendy's burger).
_NAMED = re.compile(
    r"(?:^|(?<=[,;.!?]\s))\W*(?P<name>[A-Z][a-z]{1,14}(?:\s+[A-Z][a-z'-]{1,20})?"
    r"(?:\s+(?:and|&)\s+[A-Z][a-z]{1,14})?)(?=\s+(?:ran|raced|did"
    r"|finished|smashed|clocked|won|completed|ate|had|nailed|crushed|managed|broke|walked|swam"
    r"|cycled|rode|just|also|only|finally)\b(?!\s+(?:and|with)\s+(?:i|me)\b)"
    r"|'s\s+(?:(?:first|last|new|latest|maiden|debut|big)\s+)?(?:marathon|half|race|parkrun|10k|5k"
    r"|ultra|pb|pr|debut)\b)"
)
#: Words a runner's own message may open with, in capitals, before "ran" or "did".
_OWN_OPENERS = _words(
    "just also only finally today tonight yesterday then so and but ok okay well still legs",
    "everyone everybody someone somebody nobody this that it we they he she i me my our",
    "morning evening afternoon night easy quick long slow short recovery tempo club race",
    "parkrun park strava garmin watch coros polar suunto fitbit apple whoop the a an",
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun",
    "first second last new great good nice lol omg wow haha yes yeah oh ah actually",
    "accidentally barely nearly almost somehow probably maybe breakfast lunch dinner",
    "afterwards after later earlier before again eventually really literally honestly",
    "basically anyway anyways seriously totally properly proper definitely obviously luckily",
    "thankfully sadly annoyingly surprisingly happily slowly mostly simply brunch lunchtime",
    "run runs gym treadmill core tonight's today's week weekend yes sorry oops ok cheers",
    "thanks hi hey hello coach bot mate hubby wife husband",
)


def named_other(text: str) -> str:
    """The message, a person's name opening it or a sentence as the subject ("Tom ran 2:59 at
    Chicago", "..., Faith Kipyegon won the 1500") written as "someone", whom the readers know
    as another person."""
    if text.lower() == text:
        return text
    out, at = [], 0
    for m in _NAMED.finditer(text):
        names = [w for w in m["name"].lower().split() if w not in ("and", "&")]
        if _OWN_OPENERS.isdisjoint(names):
            out.append(text[at : m.start("name")] + "someone")
            at = m.end("name")
    return "".join(out) + text[at:] if out else text


#: The years before: "two years ago", "back in 2019", "when I was 20", "as a kid". Weeks,
#: months and years ago; minutes, hours and days ago are a log's own time (timewords.py).
_LONG_AGO = re.compile(  # "\b" before each look-behind: tried at word edges only
    # a habit or a moment of the past, said first: "I used to do 5k in 19 min", "remember
    # when I ran 3:15" ("weighed 71.2kg, used to be 80" weighs now)
    r"^(?:(?:and|but|so|lol|haha)\s+)?(?:i\s+)?(?:used\s+to|remember\s+when|back\s+when"
    r"|in\s+my\s+day)\b|"
    r"\b(?<!since )(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few"
    r"|a couple of|couple of|several|many)\s+(?:weeks?|months?|years?|yrs?|decades?)\s+ago\b"
    r"|\b(?<!since )(?:weeks|months|years|yrs|decades)\s+ago\b"
    r"|\b(?<!since )back\s+in\s+(?:(?:19|20)[0-9]{2}|the\s+day|my|the\s+(?:spring|summer|autumn"
    r"|winter|[0-9]{2,4}s)|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b|\bwhen\s+i\s+was\s+(?:[0-9]{1,2}\b|young|younger|a\s+kid|at\s+(?:school"
    r"|uni)|in\s+(?:school|uni|college|my))|\bin\s+my\s+(?:teens|twenties|20s|thirties"
    r"|30s|forties|40s|youth|prime)\b|\bas\s+a\s+(?:kid|teenager|teen|child|student)\b"
    r"|\bin\s+(?:school|uni|college)\b|\bthe\s+year\s+before\s+last\b"
    # one time before, not now: "tried beetroot juice once", "had a caffeine gel once at mile 20"
    r"|\b(?:tried|had|ate|drank|took|used)\b[^,.;!?]*?\bonce\b"
    r"(?!\s+(?:a|an|per|every|each|more|again|i|we|it|the|you|my|he|she|they)\b)"
)
#: What a place only had, which is no meal of the runner's: "the canteen only had fried stuff
#: today", "the vending machine only had crisps" ("I only had a coffee" is a log); or the
#: place alone, cut from it at "had" ("the canteen only").
_ONLY_HAD = re.compile(
    r"^(?:(?:and|but|so|ugh|lol)\s+)?(?:the|that|this|our|their)\s+(?:[a-z'&-]+\s+){1,3}?"
    r"only(?:\s+(?:had|has|sells|sold|stocks|stocked|serves|served|did|does|offered|offers)\b|$)"
)
#: Food cooked for other people or for days ahead, which is no food eaten: "made a lasagne for
#: the kids' tea", "baked 24 flapjacks for the bake sale", "cooked chilli for 6 people". What
#: was eaten of it is said with its own verb ("cooked a roast for my parents and had 2 plates")
#: and is logged. (Food bought is meals.bought_only's.)
_COOKED_FOR = re.compile(
    r"^(?:(?:just|also|and|so|then)\s+)*(?:i\s+|we\s+)?(?:made|cooked|baked|prepped|prepared"
    r"|batch[- ]cooked|meal[- ]prepped|whipped\s+up|knocked\s+up)\b[^,;]*?\bfor\s+(?:(?:the|my|our"
    r"|his|her|their)\s+(?:[a-z']+\s+){0,2}?(?:kids?|kids'|family|parents|wife|husband|partner"
    r"|boys|girls|son|daughter|mum|mom|dad|in-laws|friends|guests|club|team|office|work"
    r"|colleagues|neighbou?rs?|freezer|week|bake\s+sale|party|school|fete|raffle)\b"
    r"|(?:[0-9]+|two|three|four|five|six|eight|ten|twelve)\s+(?:people|of\s+us|guests)\b"
    r"|(?:the\s+)?(?:week|freezer|tomorrow|later|everyone|everybody|work|the\s+office))"
)
_ATE_OF_IT = re.compile(
    r"\b(?:ate|eaten|eat|had|having|scoffed|demolished|drank|devoured|inhaled|wolfed|tried"
    r"|sampled)\b"
)
#: What a place serves or has on, which is no meal of the runner's: "the office cafe has
#: lasagne on today", "work canteen's serving fish and chips", "the pub does a roast".
_PLACE_SERVES = re.compile(
    r"^(?:(?:and|but|so|ugh|lol)\s+)?(?:(?:the|our|my|their|this|that)\s+)?(?:[a-z']+\s+){0,2}?"
    r"(?:canteen|cafeteria|caf[eé]|cafe|restaurant|pub|hotel|chippy|bakery|menu|buffet|specials?"
    r"|vending\s+machine|staff\s+room|staffroom|kitchen|mess|refectory|dining\s+hall|deli"
    r"|takeaway|van|stall|truck)(?:'s)?\s+(?:got|has|have|is|are|doing|does|do|serving|serves"
    r"|selling|sells|offering|offers|having|on)\b"
)
_COOK_GATE = _words("made cooked baked prepped prepared batch meal whipped knocked")
_PLACE_GATE = _words(
    "canteen cafeteria cafe café restaurant pub hotel chippy bakery menu buffet special specials",
    "vending staff staffroom kitchen mess refectory dining deli takeaway van stall truck",
)


#: A race watched, and what others did in it: "watching the olympics, someone won the 1500 in
#: 3:51", "watched the marathon on tv". The runner's own run after it is said with its verb
#: ("watched the marathon then ran 10k 50:00").
_WATCHED_RACE = re.compile(
    r"^(?:(?:was|been|just|i|i'm|im|we|we're|and|so)\s+)*(?:watching|watched|streaming|streamed"
    r"|following|followed|glued\s+to|tracking|tracked|dot[- ]watching)\s+(?:the\s+|my\s+)?"
    r"(?:[a-z0-9']+\s+){0,3}?(?:olympics|marathon|race|worlds|championships?|champs|trials|tv"
    r"|telly|stream|coverage|tracker|games|final|league|grand\s+prix|cup|ultra|utmb|states"
    r"|half|10k|5k|xc|cross\s+country)\b"
    r"(?![^.;!?]*\b(?:i|i've|i'm|we|me|my\s+(?:own|run))\b|[^.;!?]*\b(?:then|after|and|so)\s+"
    r"(?:ran|did|jogged|went|had|ate)\b)"
)
#: Food in stock, which is no food eaten: "only 3 gels left in the drawer", "freezer's empty
#: apart from 2 bagels", "got 3 bananas left in the fruit bowl".
_IN_STOCK = re.compile(
    r"^(?:(?:only|just|still|and|so|but)\s+)*(?:(?:i've|we've|i|we)\s+)?(?:(?:got|have)\s+)?"
    r"(?:only\s+|just\s+)?[0-9a-z' ]{0,40}?\b(?:left|remaining)(?:\s+(?:in|on|over)\b[^,;.]*)?$"
    r"|^(?:(?:the|my|our)\s+)?(?:fridge|freezer|cupboards?|pantry|larder|fruit\s+bowl|snack\s+drawer)"
    r"(?:'s|\s+is|\s+has|\s+only\s+has)\b"
)
_STOCK_GATE = _words("left remaining fridge freezer cupboard cupboards pantry larder bowl drawer")
#: A craving or a wish, which is nothing eaten or run: "could eat a whole pizza right now",
#: "I'd love a sub 90 half one day", "wish I'd had 3 gels not 2", "craving chips after that
#: 15k", "fancy a curry tonight". A run's time beside it is a run done ("fancy a curry
#: tonight, 10k 49:30 done").
_CRAVING = re.compile(
    r"^(?:(?:i|i'm|im|so|and|but|lol|honestly|god|man|omg|really|seriously)\s+)*(?:could\s+(?:eat"
    r"|murder|kill|demolish|devour|do\s+with|go)|would\s+(?:kill|love|murder|give\s+anything)\b"
    r"|i'?d\s+(?:love|kill|murder|give\s+anything)|wish(?:ing)?|craving|crave|dreaming\s+(?:of|about)"
    r"|dying\s+for|gagging\s+for|fancy(?:ing)?|desperate\s+for|longing\s+for|in\s+the\s+mood\s+for"
    r")\b(?![^.;!?]*(?:[0-9]:[0-5][0-9]|\b(?:done|finished|completed)\b))"
)
_CRAVING_GATE = _words(
    "could would love kill murder wish wishing craving crave dreaming dying gagging fancy",
    "fancying desperate longing mood",
)
#: A meal ahead, said with its time: "we're getting a takeaway later, probably a curry",
#: "having fish and chips tomorrow", "taking the family to nandos tonight". Without a time
#: ahead, "I'm having a coffee" is had now.
_MEAL_AHEAD = re.compile(
    r"^(?:(?:and|so|but|ok|lol|then)\s+)?(?:(?:i'm|im|i\s+am|we're|we\s+are|i'll|we'll|i\s+will"
    r"|we\s+will|gonna|going\s+to|(?:i|we)\s+(?:might|may|could|plan\s+to|want\s+to))\s+)?"
    r"(?:be\s+)?(?:having|getting|eating|ordering|grabbing|cooking|making|doing|going\s+(?:out\s+)?"
    r"(?:to|for)|heading\s+(?:out\s+)?(?:to|for)|off\s+(?:out\s+)?(?:to|for)|taking\s+(?:the\s+|my\s+)?"
    r"[a-z]+\s+(?:to|for|out)|out\s+for|treating\s+(?:myself|ourselves)\s+to)\b"
    r"(?=[^.;!?]*\b(?:later|tonight|tomorrow|tmrw|soon|in\s+a\s+bit|after\s+work|this\s+evening"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+[0-9]{1,2}\s*(?:pm|am)?)\b)"
    r"(?![^.;!?]*\b(?:had|ate|eaten|drank|ran|did|done|finished|completed)\b"
    r"|[^.;!?]*[0-9]:[0-5][0-9])"
)
_AHEAD_MEAL_GATE = _words(
    "having getting eating ordering grabbing cooking making doing going heading off taking out",
    "treating",
)
#: A sport on the television, its kit, its venue shut, what it is like: no session ("snooker
#: on the telly tonight", "golf clubs for sale", "my javelin snapped", "need a new kickball",
#: "the climbing wall is closed till Monday", "shot put is so technical"), unless a session's
#: time is said beside it ("squash 45 min, on the telly after").
_SPORT_NOT_PLAYED = re.compile(
    r"\b(?:on\s+(?:the\s+)?(?:telly|tv|box|radio|iplayer)|for\s+sale|(?:is|was|are|were)\s+"
    r"(?:closed|shut)|closed\s+(?:till|until|for|today|on)|shut\s+(?:till|until|for|today)"
    r"|(?:is|are)\s+(?:so|such)|need\s+(?:a\s+)?new|snapped|broke|bought\s+(?:a|some|new)"
    r")\b"
)
_SPORT_NOT_PLAYED_GATE = _words(
    "telly tv box radio iplayer sale closed shut so such new snapped broke bought"
)
_SPORT_WORDS = ACTIVITY_WORD_SET | _words(
    "golf clubs wall"
)
_A_SESSION_TIME = re.compile(
    r"[0-9]\s*(?:min|mins|minutes|h|hr|hrs|hour|hours)\b|[0-9]:[0-5][0-9]"
)
_WATCHED_GATE = _words(
    "watching watched streaming streamed following followed glued tracking tracked dot"
)


def craving(text: str) -> bool:
    """A craving or a wish (_CRAVING): the figures said after it are its own ("craving chips
    after that | 15k")."""
    return _CRAVING.match(text) is not None


def not_had_here(text: str, words: frozenset[str]) -> bool:
    """A race watched, a meal ahead, food cooked for others or a place's menu: nothing the
    runner ran or ate (_WATCHED_RACE, _MEAL_AHEAD, _COOKED_FOR, _PLACE_SERVES)."""
    return bool(
        (not words.isdisjoint(_WATCHED_GATE) and _WATCHED_RACE.match(text))
        or (not words.isdisjoint(_AHEAD_MEAL_GATE) and _MEAL_AHEAD.match(text))
        or (("tonight" in words or "later" in words) and _MEAL_SAID_AHEAD.match(text))
        or (not words.isdisjoint(_CRAVING_GATE) and _CRAVING.match(text))
        or (
            not words.isdisjoint(_SPORT_NOT_PLAYED_GATE)
            and (
                not words.isdisjoint(_SPORT_WORDS)
                or any(phrase in text for phrase in ACTIVITY_PHRASES)
            )
            and _SPORT_NOT_PLAYED.search(text) is not None
            and _A_SESSION_TIME.search(text) is None
        )
        or cooked_for_others(text, words)
        or (
            not words.isdisjoint(_STOCK_GATE)
            and _IN_STOCK.match(text) is not None
            and _ATE_OF_IT.search(text) is None
        )
        or (place_serves(text, words) and not _own_after(text, words))
    )


def cooked_for_others(text: str, words: frozenset[str]) -> bool:
    """Cooking for others, with nothing said eaten (_COOKED_FOR)."""
    if words.isdisjoint(_COOK_GATE) or _ATE_OF_IT.search(text) is not None:
        return False
    return _COOKED_FOR.match(text) is not None


def place_serves(text: str, words: frozenset[str]) -> bool:
    """What a place serves or has on (_PLACE_SERVES)."""
    return not words.isdisjoint(_PLACE_GATE) and _PLACE_SERVES.match(text) is not None


#: A now of the runner's own, which a long-ago mention does not take over: "first 10k since
#: my injury two years ago, 52:10 today".
_NOW = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|just\s+now)\b")
#: A request to the bot: "remind me to stretch later", "tell me my protein", "show me the week".
_REQUEST = re.compile(
    r"^(?:(?:please|pls|plz|hey|ok|okay|oh|and|also|coach|bot)\s+)*"
    r"(?:(?:remind|tell|show|give|send|ping|nudge|text|message)\s+(?:me|us)|explain|calculate"
    r"|let\s+me\s+know|don'?t\s+let\s+me\s+forget|help\s+me|work\s+out\s+(?:my|how|what|if)"
    r"|set\s+(?:a|an|me\s+a|my|up\s+a)\s+(?:reminder|alarm|goal|target|timer)"
    r"|add\s+a\s+reminder)\b"
)
#: A request for the day's numbers, answered as a question: "tell me my protein for today".
_ASKS = re.compile(r"^(?:(?:please|pls|plz|hey|ok|okay)\s+)*(?:tell|show|give)\s+me\b")
#: A habit or a daily rate, not a log: "I usually have porridge", "eats 3000 kcal a day", "my
#: running club does 8x400 on tuesdays".
_HABIT = re.compile(
    r"^(?:i\s+)?(?:usually|normally|typically|generally|always|often|sometimes)\b"
    r"|\b(?:(?:kcal|kcals|cals?|calories|protein|carbs|fat|g)\s+(?:a|per|each|every|/)\s*"
    r"(?:day|week)\b"
    r"|(?:every|each)\s+(?:day|morning|night|evening|week|weekend|weekday|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    # how often, and nothing more: "run 4x a week", "swim twice a week"
    r"|^(?:i\s+)?[a-z]+\s+(?:[0-9]\s*x|[0-9]\s+times|once|twice)\s+(?:a|per)\s+(?:day|week"
    r"|month)\W*$"
    # what goes with runs in general: "porridge before my runs", "what to eat after long runs"
    r"|\b(?:before|after|during|for)\s+(?:my\s+|all\s+my\s+|most\s+|long\s+|my\s+long\s+)?"
    r"(?:runs|races|workouts|long\s+runs)\b)"
)
#: A race some time ahead: "the marathon is 6 weeks away", "3 weeks out from london".
_AHEAD = re.compile(
    r"\b(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)\s+"
    r"(?:days?|weeks?|months?|sleeps)\s+(?:away|out|to\s+go|until|till|from\s+now)\b"
    r"|\b[0-9]+\s*(?:mins?|minutes|hours?|hrs?|h)\s+(?:until|till|to\s+go\s+(?:until|till|before))\b"
    r"|\bnext\s+(?:year|month|season|spring|summer|autumn|fall|winter)\b|\bone\s+day\b"
    r"|\b(?:i'd|i\s+would|would)\s+(?:like|love)\s+to\b"
)
#: Talk of one part of a run, with no figures of a run: "lap 1 was fast", "the last mile was
#: brutal", "negative split!", "splits were all over the place".
_PART_TALK = re.compile(
    r"^\W*(?:(?:and|but|so|with)\s+)?(?:the\s+|my\s+|that\s+)?(?:"
    r"(?:lap|split|km|kilometre|kilometer|mile|rep|interval)\s*#?\s*[0-9]{1,2}"
    r"\s+(?:was|were|is|felt|feels|went|hurt|killed)\b"
    r"|(?:last|first|final|middle|second|closing|opening)\s+(?:few\s+|[0-9]{1,2}(?:\.[0-9])?\s*)?"
    r"(?:k|km|kms|mile|miles|lap|laps|rep|reps|half|hill|climb|section|bit|interval|intervals"
    r"|kilometre|kilometres)(?:\s+of\s+(?:the|my|that|this)\s+[a-z0-9' ]{1,25}?)?"  # "of the half"
    r"\s+(?:was|were|is|felt|feels|went|hurt|killed|nearly|almost|really)\b"
    r"|negative[- ]?split|neg[- ]split|even(?:ly)?[- ]?split|splits?\s+(?:were|was|are)\b)"
)


#: What a device, an app or a plan says, a statistic or a target, not a session: "my garmin
#: says recovery time 36h", "strava says i burned 800 kcal", "resting HR 48", "target weight
#: 68kg", "my 5k pace is 4:50", "my shoes have 800km on them"; "garmin says 10.2k in 52:10"
#: logs its run.
_STATISTIC = re.compile(
    r"^(?:(?:lol|so|and|but|ok)\s+)?(?:(?:my|the)\s+)?(?:(?:garmin|watch|strava|coros|polar|suunto"
    r"|fitbit|whoop|oura|apple\s+watch|app|tracker|plan|training\s+plan)\s+(?:says|said|reckons"
    r"|thinks|shows|predicts|estimates)\b(?![^,;]*\b[0-9.]+\s*(?:k|km|mi|miles?)\b[^,;]*"
    r"[0-9]:[0-5][0-9])"
    # what a guide, a book or the race's pack says is never a log: "the training guide says 32k
    # at 6:00/km this week", "the race booklet says 3 gels by mile 10"
    r"|(?:(?:race|training|running|marathon|plan's|club)\s+)?(?:guide|booklet|book|pack|info"
    r"|instructions|schedule|programme|program|article|website|site|internet|google|chatgpt"
    r"|magazine|podcast|study|research|forum|reddit|youtube|video|advice)\s+(?:says|said|reckons"
    r"|recommends|suggests|tells|told|wants|calls\s+for)\b"
    r"|(?:my\s+)?(?:resting\s+hr|rhr|hrv|vo2\s*max|recovery\s+time|training\s+(?:load|status)"
    r"|body\s+battery|readiness|sleep\s+score|race\s+predictor|predicted|prediction|bmi"
    r"|(?:target|goal|ideal|race|dream|desired)\s+(?:race\s+)?(?:weight|wt)|(?:i\s+)?(?:burned|burnt)\s+[0-9])"
    r"|(?:my\s+)?(?:[a-z0-9]+\s+){0,4}?pace\s+(?:is|for|should|would|needs)\b"
    r"|(?:my\s+)?(?:new\s+|old\s+)?(?:shoes|trainers|sneakers|[a-z]+\s+(?:shoes|trainers))\s+"
    r"(?:have|has|are|is|on|at|just|now)\b)"
)
#: An intent, a hypothesis or a regret, said first: "need to eat more protein", "if I run 10k
#: how much can I eat", "imagine running 100 miles", "should've had breakfast before the 10k",
#: "drink more water".
_NOT_A_LOG_START = re.compile(
    r"^(?:(?:lol|so|and|but|ok|honestly)\s+)?(?:i\s+)?(?:really\s+)?(?:(?:need|needs|have|got)\s+to"
    r"(?!\s+[0-9])"  # not "got to 21 yards", a figure reached
    # a day's need said: "need 2800 kcal today apparently", "supposed to eat 2500"
    r"|(?:need|needs)\s+(?:about\s+|around\s+|like\s+|roughly\s+)?[0-9]{3,4}\s*(?:k?cals?|kcal"
    r"|calories)|(?:supposed|meant)\s+to\s+(?:eat|have|be\s+eating)"
    r"|gotta|must|should've|should\s+have|shouldn't\s+have|could've|would've|if|what\s+if"
    # an aim said as an order to oneself: "eat more protein", "drink less coffee"
    r"|(?:eat|drink)\s+(?:more|less|fewer)"
    # the day's total, no meal: "total for today about 2200 kcal", "today's total: 2400"
    r"|(?:(?:my|today'?s)\s+)?(?:daily\s+)?total\s+(?:for\s+(?:today|the\s+day)|today|so\s+far)"
    r"|today'?s\s+total"
    r"|imagine|suppose|supposing|assuming|hypothetically|in\s+theory|(?:let'?s\s+)?say\s+(?:i|we"
    r"|you)|nothing\s+to\s+log|no\s+(?:food|meal|meals|eating|run|runs)\s+(?:logs?|logged"
    r"|logging|tracked|tracking)|not\s+(?:logging|tracking))\b"
)


# Gates: what each pattern above cannot match without. Most clauses are meals and runs that
# hold none of these words, so the patterns are tried only on the few that may be chat
# (nine patterns a clause were ~6 % of a message's time). A start is the literal text a
# pattern's every branch begins with; a word is a whole letter run the pattern holds between
# word edges (the clause's letter runs are read once). Each pattern gives the same answer.
_SOMEONE_START = (
    "and", "but", "so", "lol", "omg", "wow", "haha", "my", "our", "his", "her", "their", "the",
    "he", "she", "they", "coach", "every", "some", "nobody", "no", "people", "loads", "lots",
    "wife", "husband", "hubby", "missus", "other", "partner", "fianc", "boyfriend", "girlfriend",
    "bf", "gf", "mum", "mom", "dad", "son", "daughter", "kids", "bro", "sis", "nephew", "niece",
    "cousin", "uncle", "aunt", "grand", "nan", "flatmate", "housemate", "roommate", "twins",
    "step", "friend", "mate", "colleague", "coworker", "co-worker", "workmate", "neighbo",
    "boss", "pal", "training",
    "a", "few", "two", "three", "several", "couple", "most", "half", "all", "one", "this", "that",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
)  # fmt: skip
_REQUEST_START = (
    "please", "pls", "plz", "hey", "ok", "oh", "and", "also", "coach", "bot", "remind", "tell",
    "show", "give", "send", "ping", "nudge", "text", "message", "explain", "calculate", "let",
    "don", "help", "work", "set", "add",
)  # fmt: skip
#: _PART_TALK's starts, after what is no word.
_PART_TALK_START = re.compile(
    r"\W*+(?:and|but|so|with|the|my|that|lap|split|km|kilomet|mile|rep|interval|last|first"
    r"|final|middle|second|closing|opening|neg|even)"
)
#: _STATISTIC's starts, and the words its two branches that may start anywhere hold.
_STATISTIC_START = (
    "lol", "so", "and", "but", "ok", "my", "the", "race", "running", "marathon", "club",
    "guide", "booklet", "book", "pack", "info", "instructions", "schedule", "programme",
    "article", "website", "site", "internet", "google", "chatgpt", "magazine", "podcast",
    "study", "research", "forum", "reddit", "youtube", "video", "advice", "program", "garmin",
    "watch", "strava", "coros", "polar",
    "suunto", "fitbit", "whoop", "oura", "app", "tracker", "plan", "training", "resting", "rhr",
    "hrv", "vo2", "recovery", "body", "readiness", "sleep", "race", "predict", "bmi", "target",
    "goal", "ideal", "dream", "desired", "i", "burn", "new", "old", "shoes", "trainers",
    "sneakers",
)  # fmt: skip
_NOT_A_LOG_FIRST = (
    "lol", "so", "and", "but", "ok", "honestly", "i", "really", "need", "have", "got", "must",
    "should", "could", "would", "if", "what", "imagine", "suppose", "hypothetically", "in",
    "supposing", "assuming", "let", "say", "nothing", "no", "not", "meant", "supposed", "eat",
    "drink", "total", "today", "daily", "my",
)  # fmt: skip
_ASKS_HOW_START = (
    "so", "and", "but", "ok", "hey", "coach", "quick", "how", "what", "should", "can", "do", "is",
    "would", "why",
)  # fmt: skip
#: The same starts, as functions that compare only the prefixes sharing a text's first letter.
_SOMEONE_STARTS = starting_with(_SOMEONE_START)
_REQUEST_STARTS = starting_with(_REQUEST_START)
_STATISTIC_STARTS = starting_with(_STATISTIC_START)
_NOT_A_LOG_STARTS = starting_with(_NOT_A_LOG_FIRST)
_ASKS_HOW_STARTS = starting_with(_ASKS_HOW_START)
_NOW_WORDS = _words("today tonight this just")
_OWN_SUBJECT = _words("i me we")
_OWN_JOIN = _words("but and while then whereas")
_OWN_DONE = _words("did done nailed smashed completed finished ran")
_LONG_AGO_WORDS = _words("ago back when in as year once used remember")
_HABIT_WORDS = _words(
    "usually normally typically generally always often sometimes every each on runs races a per",
    "workouts",
    "kcal kcals cal cals calories protein carbs fat g",
)
_AHEAD_WORDS = _words("away out to until till from next day")


def _own_after(text: str, words: frozenset[str]) -> bool:
    """_OWN_AFTER found in the clause, asked only when its words are there."""
    may = (
        ("," in text and not words.isdisjoint(_OWN_DONE))
        or (not words.isdisjoint(_OWN_SUBJECT) and (
            "," in text or ";" in text or not words.isdisjoint(_OWN_JOIN)))
    )  # fmt: skip
    return may and _OWN_AFTER.search(text) is not None


#: A meal still to come, said in the present: "dinner tonight is roast chicken", "tonight's
#: dinner is a curry", "tea later is fish and chips" (not "dinner tonight was ...").
_MEAL_SAID_AHEAD = re.compile(
    r"\s*(?:(?:tonight's|tonights)\s+(?:dinner|tea|supper)|(?:dinner|tea|supper)\s+"
    r"(?:tonight|later))\s+(?:is|will\s+be|'s|is\s+going\s+to\s+be)\b"
)
#: Eating said of the runner or their things, or by a thing: "midges ate me alive", "cleggs
#: eating me alive", "the headwind ate me for breakfast", "the bog ate my shoe", "the last hill
#: chewed me up".
EATEN_WORDS = frozenset(("ate", "eating", "eats", "eaten", "chewed", "chewing", "devoured"))
EATEN_BY = re.compile(
    r"\b(?:ate|eating|eats|eaten|chewed|chewing|devoured)\s+(?:me|us|him|her|them)\b"
    r"(?!\s+(?:a|an|some|the|my)\b|\s+[0-9])"
    r"|^\s*(?:the|those|these|that|this)\s+(?:[a-z']+\s+){1,2}(?:ate|eats|chewed|devoured)"
    r"\s+(?:my|me|us|our)\b"
)


@lru_cache(maxsize=TEXT_CACHE_SIZE)  # asked of one clause by its cutter, classifier and reader
def whole_clause_chat(text: str) -> bool:
    """A clause that is all someone else's, long ago, a request, a habit or a race ahead:
    none of its pieces is logged (see the notes above)."""
    words = frozenset(letter_runs(text))
    if not words.isdisjoint(_LEFT_BEHIND_WORDS) and _left_behind(text):
        return True
    if (
        _SOMEONE_STARTS(text)
        and _SOMEONE_ELSE_DOES.match(text)
        and not _own_after(text, words)
    ):
        return True
    if _REQUEST_STARTS(text) and _REQUEST.match(text):
        return True
    if (
        _PART_TALK_START.match(text)
        and (part := _PART_TALK.match(text)) is not None
        and not _RUN_FIGURE.search(text, part.end())
    ):
        return True
    if (
        _STATISTIC_STARTS(text) or "pace" in text or "shoes" in text
        or "trainers" in text
    ) and _STATISTIC.match(text):  # fmt: skip
        return True
    if _NOT_A_LOG_STARTS(text) and _NOT_A_LOG_START.match(text):
        return True
    if (
        (_ASKS_HOW_STARTS(text) and _ASKS_HOW.match(text))
        or plan_heading(text)
        or event_ahead(text, words)
        or run_planned(text, words)
        or (("from" in text or "after" in text) and _FEELING_FROM.match(text))
    ):
        return True
    if "only" in words and _ONLY_HAD.match(text):
        return True
    if (
        not_had_here(text, words)
        or (_DIGIT.search(text) is not None and race_priced(text))
        or _talk_of_a_label(text)  # "tesco meal deal is £3.85", "per 100g: 375 kcal"
    ):
        return True
    if not words.isdisjoint(_DESCRIBED_WORDS) and _DESCRIBED.match(text):
        return True
    if (not words.isdisjoint(_NOW_WORDS) and _NOW.search(text) is not None) or _own_after(
        text, words
    ):
        return False
    if (
        not words.isdisjoint(_LONG_AGO_WORDS)
        and (m := _LONG_AGO.search(text)) is not None
        and "since" not in text[: m.start()]
        and not _story_after_a_figure(text, m.start())
    ):
        return True  # not "first 10k since my injury two years ago"
    return bool(
        (not words.isdisjoint(_HABIT_WORDS) and _HABIT.search(text))
        or (not words.isdisjoint(_AHEAD_WORDS) and _ahead_only(text))
        or ("total" in words and _WEEKS_TOTAL.search(text))
    )


#: A figure of one's own now: a weight by its unit, a time, a distance.
_OWN_FIGURE = re.compile(
    r"[0-9]\s*(?:kg|kgs|kilos?|lbs?|pounds|st|stone|k|km|mi|miles?)\b|[0-9]:[0-5][0-9]"
)


def _story_after_a_figure(text: str, at: int) -> bool:
    """A time long ago told in a remark of its own words after the figures of now:
    "weighed 102.3kg, started running 3 weeks ago" weighs now ("weighed 80 kg, 3 weeks ago"
    does not)."""
    cut = max(text.rfind(mark, 0, at) for mark in (",", ";", " - "))
    return (
        cut > 0
        and _OWN_FIGURE.search(text, 0, cut) is not None
        and _LETTER_RUN.search(text, cut, at) is not None
    )


def _ahead_only(text: str) -> bool:
    """A time ahead (_AHEAD) that holds the clause: not one said in a remark after a time
    done ("100k trail race in 11:58:44, never again (until next year)")."""
    m = _AHEAD.search(text)
    if m is None:
        return False
    cut = max(text.rfind(mark, 0, m.start()) for mark in (",", "(", ";", " - "))
    return cut < 0 or _TIME_SAID.search(text, 0, cut) is None


#: A question asked in its first words, which holds the whole clause with the figures it
#: names: "how much protein do i need if i lift 4x a week and run 50k", "what should i eat
#: before a 20 mile long run".
_ASKS_HOW = re.compile(
    r"^(?:(?:so|and|but|ok|hey|coach|quick q(?:uestion)?:?)\s+)*(?:how\s+(?:much|many|long|far"
    r"|fast|often|soon|do|does|should|can|would|is|are)|what\s+(?:should|do|does|would|can|is"
    r"|are|if|about)|should\s+i|can\s+i|do\s+i|is\s+it|would\s+it|why\s+(?:do|does|is|am)"
    # whether a food counts or does something: "do mince pies count as carbs for loading"
    r"|(?:do|does)\s+[a-z][a-z' -]{0,40}?\s+(?:count|counts|break|breaks|help|helps|matter"
    r"|spike|spikes|ruin|ruins|work|works))\b"
)
#: How the body feels from a session, and nothing done after it: "sore from deadlifts lol",
#: "legs stiff from the 10k race"; "sore from yesterday but ran 5k 28 min" logs its run.
_FEELING_FROM = re.compile(
    r"^(?:(?:my|the)\s+)?(?:(?:legs|quads|calves|hamstrings|glutes|back|body|everything|arms)"
    r"\s+)?(?:(?:are|is|so|really|very|still|well|proper|bit|a\s+bit)\s+)*(?:sore|stiff|aching"
    r"|achy|tired|wrecked|knackered|dead|destroyed|battered|fried|doms)\s+(?:from|after)\b"
    r"(?![^,;]*\b(?:but|and|then|so|also)\b)[^,;]*$"
)
#: A race, its course or its limits described, which is no run: "the race is 21.1 km", "the
#: course is 42.2 km", "the cutoff is 6:30", "goal race is a half", "it's 42.2k"; "the race is
#: done, 1:52:10" is not.
_DESCRIBED = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:(?:the|my|our|this|that|its|goal|target|a|an|next|main|big"
    r"|first)\s+)*(?:[a-z0-9'-]+\s+){0,2}?(?:race|course|route|event|loop|cut-?off|time\s+limit"
    r"|marathon|half|ultra|distance|qualifier|qualifying\s+time|session|workout|long\s+run"
    r"|tempo|intervals|reps)"
    # when it is: "race on saturday is 10k", "the half next month is hilly"
    r"(?:\s+(?:on\s+(?:the\s+)?(?:[a-z]+day|[0-9]{1,2}(?:st|nd|rd|th))|next\s+[a-z]+|tomorrow"
    r"|this\s+(?:weekend|coming\s+[a-z]+|[a-z]+day)|in\s+[a-z]+))?\s*(?:is|'s|will\s+be)\s+"
    r"(?!(?:today|tonight|done|over|finished|complete|completed|in\s+the\s+bag)\b)[^,;]*$"
    r"|^\W*(?:it'?s|it\s+is|that'?s)\s+(?:a\s+|only\s+|about\s+|just\s+)?[0-9]+(?:\.[0-9]+)?\s*"
    r"(?:k|km|kms|mi|miles?)\b\W*$"
)
_DESCRIBED_WORDS = _words("is s be")
#: A plan said as a heading for what follows: "tomorrow: swim 2k, bike 40k", "plan for
#: saturday: parkrun then 10k easy", "next week - 3 x 10k".
_PLAN_HEADING = re.compile(
    r"^(?:(?:the|my)\s+)?(?:(?:tomorrow|tmrw|tmr|next\s+(?:week|weekend|block|month)|this\s+weekend)"
    # a clock ahead: "tomorrow 7am: long run, 9am: brekkie"
    r"(?:\s+(?:at\s+)?[0-9]{1,2}(?:[:.][0-5][0-9])?\s*(?:am|pm)?(?=\s*[:-]))?"
    # a day ahead's meal or session: "tomorrow's lunch: tuna pasta and an apple"
    r"(?:'?s\s+(?:breakfast|lunch|dinner|tea|supper|brunch|meals?|food|snacks?|run|long\s+run"
    r"|session|workout|plan|menu))?"
    r"|(?:(?:training|race|race\s+day|fuel|fuelling|fueling|nutrition|pacing)\s+)?plan"
    r"(?:\s+for\s+[a-z ]{1,20}?)?|planned|planning|upcoming|on\s+the\s+cards"
    # a week told in sum, no day's log: "my week: 3 runs, 2 gym sessions, lots of pasta"
    r"|(?:my|the|this|last)\s+week(?:\s+so\s+far|\s+in\s+(?:total|sum|numbers))?(?=\s*:)"
    r"|(?:race\s+)?(?:target|goal|aim)s?(?:\s+for\s+[a-z ]{1,20}?)?"
    # a recipe, a list to buy, a day's macro targets: "recipe: 150g oats, 2 bananas, ..."
    r"|recipe|ingredients|shopping\s+list|grocery\s+list|meal\s+plan(?:\s+for\s+[a-z ]{1,20}?)?"
    r"|macro\s+targets?"
    r"|macros?(?:\s+for\s+[a-z ]{1,20}?)?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s\s+plan)\s*(?::|-+|=>?|>|$)\s*"
)
#: A week's or a month's total: "easy week, only 40k total".
_WEEKS_TOTAL = re.compile(
    # not a plan's "week 2, run 1 walk 1 for 20 mins, 2.2km total": that session's total
    r"\b(?:week|month)\b(?!\s*[0-9]+\b[^.;]*?\b[0-9]+\s*(?:mins?|minutes)\b)[^.;]*?\b[0-9]+(?:\.[0-9]+)?\s*(?:k|km|kms|mi|miles?)\s+"
    r"(?:in\s+)?total\b"
)


#: Food forgotten, left behind or lost, and so not eaten: "forgot my gels on the long run",
#: "left my gels at home", "dropped my last gel". "Forgot to log 2 eggs" is a log.
_LEFT_BEHIND = re.compile(
    r"\b(?:forgot|forgotten|forget|left|lost|dropped)\s+(?:(?:all|both)\s+)?(?:my|the|our)\s+"
    r"[^,;.]*"
)
_LEFT_BEHIND_WORDS = _words("forgot forgotten forget left lost dropped")


def _left_behind(text: str) -> bool:
    """A clause that is only something forgotten or left behind, no figure beside it."""
    m = _LEFT_BEHIND.search(text)
    return m is not None and _DIGIT.search(text) is None


#: A choice asked with no question mark: "meal deal or packed lunch, which is better for a
#: runner", "pasta or rice the night before a half, which one": its options are asked about,
#: nothing eaten or run.
_WHICH = re.compile(
    r"^\W*(?:so\s+|and\s+)?(?:which|what'?s\s+better|what\s+is\s+better|what\s+is\s+best"
    r"|better|or\s+both|or\s+neither)\b"
)
_CHOICE_IN_ONE = re.compile(r"\bor\b[^.;!?]*?\bwhich\s+(?:is|one|should|would|do|was|of)\b")


def choices_asked(clauses: tuple[_Clause, ...]) -> tuple[_Clause, ...]:
    """The clauses, a choice's options marked as the question they are."""
    if not any(" or " in c.text for c in clauses):
        return clauses
    marked = list(clauses)
    for i, clause in enumerate(clauses):
        if clause.question:
            continue
        if " or " in clause.text and (
            _CHOICE_IN_ONE.search(clause.text) or _WHICH.match(clause.text)
        ):  # "..., which one", "which is better, a 10k or a half"
            marked[i] = _Clause(clause.text, question=True)
        elif i and " or " in clauses[i - 1].text and _WHICH.match(clause.text):
            marked[i - 1] = _Clause(clauses[i - 1].text, question=True)
            marked[i] = _Clause(clause.text, question=True)
    return tuple(marked)


#: A time aimed at, said beside the time run: "was aiming for 1:45 but did the half in
#: 1:48:20" is a half in 1:48:20, not in their sum.
_GOAL_TIME = re.compile(
    r"\b(?:(?:i\s+)?(?:was|were)\s+)?(?:aiming\s+for|going\s+for|hoping\s+for|target(?:t)?ing"
    r"|shooting\s+for|(?:goal|target)\s+(?:was|of))\s+(?:a\s+|sub[- ]?|under\s+)?"
    r"(?:[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?|[0-9]{1,3}\s*(?:min|mins|minutes)\b)"
)


#: A pacer's group time, no time of the pacer's own run: "pacing the 2:00 bus at the half",
#: "paced the 1:45 group", "official pacer for the 4:00 marathon".
_PACED_TIME = re.compile(
    r"\b(?:pacing|paced|pacer|pacers)\s+(?:for\s+)?(?:the\s+)?(?P<t>(?:sub[- ]?)?[0-9]{1,2}:"
    r"[0-5][0-9](?::[0-5][0-9])?)(?![0-9:/])(?!\s*(?:/|per\b|pace\b|min))"
    r"|\b(?P<t2>(?:sub[- ]?)?[0-9]{1,2}:[0-5][0-9])(?=\s+(?:bus|group|pace\s+group|pacers?"
    r"|balloon|flag|wave)\b)"
)


def drop_goal_time(text: str) -> str:
    """The message without a time aimed at (_GOAL_TIME) or a pace group's (_PACED_TIME)
    when a time run follows it."""
    if "pac" in text and (paced := _PACED_TIME.search(text)) is not None:
        group = "t" if paced["t"] else "t2"
        rest = text[: paced.start(group)] + " " + text[paced.end(group) :]
        if _CLOCK.search(rest, paced.start(group)) is not None:
            text = rest
    if ("aim" not in text and "for" not in text and "targ" not in text and "goal" not in text):
        return text
    m = _GOAL_TIME.search(text)
    if m is None or _CLOCK.search(text, m.end()) is None:
        return text
    return text[: m.start()] + text[m.end() :]


#: A promise to tell of a meal or a race after it: "I'll tell you after", "will log it later".
_TOLD_LATER = re.compile(
    r"\b(?:i'?ll|i\s+will|will)\s+(?:tell|let\s+you\s+know|log|report|update|fill\s+you\s+in"
    r"|send)\b[^.;!?]*?\b(?:after|later|afterwards|back|tomorrow)\b"
)
_ON_WEEKDAY = re.compile(r"\bon\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def weekday_ahead(text: str) -> str:
    """The message, a bare weekday said beside a promise to tell of it later ("club dinner on
    saturday, 3 courses, I'll tell you after") written as the one ahead it is."""
    if "ll" not in text or "day" not in text or _TOLD_LATER.search(text) is None:
        return text
    return _ON_WEEKDAY.sub(r"next \1", text)


#: The runner and others eating together, as the subject before what they had: "the boys and
#: I had pizza", "me and my wife had a curry", "my mum and I shared a cake". The runner's meal.
_WITH_OTHERS = re.compile(
    r"(?:^|(?<=[,.;:!\n]\s)|(?<=\n))(?:(?:me|i)\s+and\s+(?:my|the|our)\s+(?:[a-z'-]+\s+){0,2}?"
    rf"[a-z'-]+|(?:(?:my|the|our)\s+(?:[a-z'-]+\s+){{0,2}}?[a-z'-]+|{_KIN})\s+and\s+(?:i|me))\s+"
    r"(?=(?:had|ate|shared|split|grabbed|got|ordered|demolished|smashed)\b)"
)  # fmt: skip


def with_others(text: str) -> str:
    """The message, "X and I" before what they had read as "i"."""
    if " and " not in text or (" i " not in text and "me " not in text):
        return text
    return _WITH_OTHERS.sub("i ", text)


#: A food's price or a packet's figures told, nothing had: "tesco meal deal is £3.85 with a
#: clubcard", "meal deals at the services are a rip off", "per 100g: 375 kcal, 12g protein".
_TALK_OF_A_LABEL = re.compile(
    r"\b(?:is|are|costs?|now)\s+(?:now\s+|only\s+|just\s+|about\s+|like\s+)?[£$€]\s*[0-9]"
    r"|\b(?:a\s+)?rip[- ]?off\b|\boverpriced\b|^\W*(?:per|/)\s*100\s*(?:g|ml|grams)\b"
)
_TALK_OF_A_LABEL_STARTS = starting_with(("per ", "/100"))
#: Eating said in the clause, which makes a price or a label's figures part of a log.
_HAD_SAID = re.compile(
    r"\b(?:had|ate|eaten|grabbed|drank|scoffed|demolished|inhaled|finished|i\s+got)\b"
)


def _talk_of_a_label(text: str) -> bool:
    """A food's price or a packet's figures told, with nothing said to be had."""
    return (
        (_TALK_OF_A_LABEL_STARTS(text) or any(h in text for h in _LABEL_TALK_HINTS))
        and _TALK_OF_A_LABEL.search(text) is not None
        and _HAD_SAID.search(text) is None
    )


_LABEL_TALK_HINTS = ("£", "$", "€", "rip", "overpr")


def someone_else_did(text: str) -> bool:
    """A clause of what someone else did: "my wife ran 10k in 52:00"."""
    return bool(_SOMEONE_STARTS(text) and _SOMEONE_ELSE_DOES.match(text))


#: A clause that goes on with the one before with no subject of its own: "(my wife ran 10k)
#: then had beans on toast", "and ate a pie".
_GOES_ON_THEIRS = re.compile(
    r"^\W*(?P<on>and\s+|then\s+|and\s+then\s+|after\s+that\s+)?(?:had|ate|drank|grabbed|got)\b"
)


def theirs_still(text: str, *, said_then: bool) -> bool:
    """Whether a clause after someone else's goes on with what they did (_GOES_ON_THEIRS), by
    its own "and" or "then", or one the clauses were cut at (`said_then`)."""
    m = _GOES_ON_THEIRS.match(text)
    return m is not None and (said_then or m["on"] is not None)


def someone_else_only(text: str) -> bool:
    """A clause that is only someone else, cut from what they did at "had" or "ate": "the guy
    next to me" (had 3 gels), "lol my dog" (ate my gel), "the canteen only" (had chips)."""
    text = text.strip(" ,.!")
    if text in _ADDRESSED:
        return False  # "mate, ran 10k in 50:00": the bot called "mate", no one else
    return _SOMEONE_STARTS(text) and (
        _SOMEONE_ELSE.fullmatch(text) is not None
        or (text.endswith("only") and _ONLY_HAD.match(text) is not None)
    )


#: Words a runner may call the bot by, alone before what they did: "mate, ran 10k".
_ADDRESSED = _words("mate pal buddy friend boss bro sis dude man fam coach")
#: The runner's own subject later in a clause: "my wife had pancakes, I had eggs".
_OWN_AFTER = re.compile(
    r"(?:,|;|\b(?:but|and|while|then|whereas))\s+(?:i|i've|i'm|me|we)\b"
    r"|,\s*(?:did|done|nailed|smashed|completed|finished|ran)\s+(?:it|them|all)\b"
)
#: The figures of a run: a distance with its unit, or a time.
_RUN_FIGURE = re.compile(
    r"[0-9]\s*(?:k|km|kms|mi|miles?|m)\b|[0-9]:[0-5][0-9]|[0-9]\s*(?:min|mins|minutes|h|hrs?)\b"
)


#: A clause that says what was done, which a plan said before it does not take over.
_DONE_NOW = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:i\s+)?(?:ran|did|done|had|ate|drank|weighed|swam|rode|cycled"
    r"|walked|lifted|logged)\b|\b(?:today|this\s+(?:morning|afternoon|evening)|just\s+now)\b"
)


#: A party, or a social meal, on a day ahead: "running club christmas party on friday, 3
#: courses and a disco", "pasta party the night before the marathon on saturday", "birthday
#: meal next sunday, booked a table": the courses and the race are the plan's, nothing eaten or
#: run yet. A meal on a bare weekday may be one had ("christmas dinner on sunday, turkey"):
#: only a party takes one.
_DAY_AHEAD = (
    r"tomorrow|tmrw|next\s+[a-z]+|this\s+(?:weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|the\s+night\s+before|booked|coming\s+up"
)
_EVENT_AHEAD = re.compile(
    r"\b(?:party|parties|social|gala|reception|wedding|bbq|barbecue|potluck|night\s+out"
    r"|get[- ]together|meet[- ]?up|celebration|(?:christmas|xmas|team|club|work|office|awards"
    r"|leaving)\s+(?:[a-z]+\s+)?(?:do|night|drinks))\b"
    rf"[^.;!?]*?\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_DAY_AHEAD})\b"
    r"|\b(?:birthday|christmas|xmas|team|club|work|office|awards|leaving|engagement|anniversary)"
    r"\s+(?:[a-z]+\s+)?(?:meal|dinner|lunch|breakfast|brunch)\b"
    rf"[^.;!?]*?\b(?:{_DAY_AHEAD})\b"
)
_EVENT_WORDS = _words(
    "party parties social gala reception wedding bbq barbecue potluck night together meetup",
    "meet celebration meal dinner lunch drinks breakfast brunch do",
)
#: Words of a social meal that was: "the club social on friday was great", "had the party".
_EVENT_PAST = _words("was were had ate went last yesterday did drank")


#: A run planned for a day ahead, with the figures it is to have: "long run on sunday is 30k,
#: aiming at 2:45", "race on saturday is 13.1 miles, target 1:50", "this weekend I'll do 25k,
#: maybe 2:20", "on sunday I'm running the 16 mile route, about 2:10". Told by its tense: a
#: day ahead (a bare weekday only with a wish or a will beside it, as "sunday long run 28k
#: 2:40" may be last sunday's), a wish or a will, no past verb and no "today", and no time
#: said before the day ("10k 50:00, long run tomorrow is 25k" logs the 10k).
_AHEAD_DAY = re.compile(
    r"\b(?:(?P<sure>tomorrow'?s?|tmrw|tmr|next\s+(?:week|weekend|month|year|time|[a-z]+day)'?s?"
    r"|this\s+(?:weekend|coming\s+[a-z]+)|in\s+(?:a|a\s+few|[0-9]+|two|three|four|five|six)"
    r"\s+(?:days?|weeks?|months?)|in\s+(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december))"
    r"|(?:on\s+)?(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)\b"
    r"|(?:on\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s?)\b"
)
_WILL = re.compile(
    r"\b(?:attempt|wish\s+me\s+luck|fingers\s+crossed|nervous|bricking\s+it|can'?t\s+wait"
    r"|want|wants|wanna|hoping|hope|aim|aiming|target|targeting|goal|plan|planning|planned"
    r"|will|gonna|going\s+to|i'd|i\s+would|we'd|should|might|(?:i'm|i\s+am|we're)\s+[a-z]+ing)\b"
    r"|(?<=[a-z])'ll\b"
)
#: Said of the plan once its day is sure: "the club champs next month are 8 miles".
_IS_AHEAD = re.compile(r"\b(?:is|are|be|maybe|about|around|sub|under)\b")
_PAST_SAID = re.compile(
    r"\b(?:ran|run\s+done|did|done|finished|went|raced|completed|clocked|smashed|nailed|managed"
    r"|survived|was|were|felt|had|ate|drank|today|this\s+(?:morning|afternoon|evening)|earlier"
    r"|yesterday|last)\b"
)
#: A time said: a clock or a duration (a run's time, which the plan's day must come before).
_TIME_SAID = re.compile(r"[0-9]:[0-5][0-9]|[0-9]\s*(?:min|mins|minutes|h|hrs?|hours?)\b")
#: Words _AHEAD_DAY cannot match without (its day, month, "next", an ordinal's ending).
_AHEAD_GATE = _words(
    "tomorrow tomorrows tmrw tmr next weekend coming monday tuesday wednesday thursday friday",
    "saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays st nd rd th",
    "day days week weeks month months january february march april may june july august",
    "september october november december",
)


def run_planned(text: str, words: frozenset[str] | None = None) -> bool:
    """A run planned for a day ahead with its figures (_AHEAD_DAY, _WILL, no _PAST_SAID)."""
    if words is None:
        words = frozenset(letter_runs(text))
    if words.isdisjoint(_AHEAD_GATE):
        return False
    day = _AHEAD_DAY.search(text)
    if day is None or _PAST_SAID.search(text) is not None:
        return False
    if _TIME_SAID.search(text, 0, day.start()) is not None:
        return False
    will = _WILL.search(text) or (_IS_AHEAD.search(text) if day["sure"] is not None else None)
    # the wish before any time said: "sunday long run 28k 2:40, want to go faster" ran
    return will is not None and _TIME_SAID.search(text, 0, will.start()) is None


def event_ahead(text: str, words: frozenset[str] | None = None) -> bool:
    """A party or a social meal on a day ahead (_EVENT_AHEAD): a plan, as "tomorrow:" heads."""
    if words is None:
        words = frozenset(letter_runs(text))
    return (
        not words.isdisjoint(_EVENT_WORDS)
        and words.isdisjoint(_EVENT_PAST)
        and _EVENT_AHEAD.search(text) is not None
    )


def plan_heading(text: str) -> bool:
    """ "tomorrow: swim 2k, bike 40k": a plan that holds the clauses after it (its heading
    ends in one of these marks, or is a line of its own)."""
    return (":" in text or "-" in text or "=" in text or ">" in text or len(text) < 40) and (
        _PLAN_HEADING.match(text) is not None
    )  # a heading's line of its own ends with the line: "meal plan for the week\nMon: chilli"


def done_now(text: str) -> bool:
    """ "..., did 12k today": what was done now, after a plan."""
    return _DONE_NOW.search(text) is not None


def long_ago_only(text: str) -> bool:
    """A clause that is only a time long past ("three years ago", "back in 2019"): the clause
    after it is then."""
    m = _LONG_AGO.search(text)
    return m is not None and not text[: m.start()].strip() and not text[m.end() :].strip(" ,.!0-9")


def asks(text: str) -> bool:
    """ "tell me my protein for today": a question in the imperative."""
    return _ASKS.match(text) is not None
