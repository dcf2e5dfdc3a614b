"""Messages that log nothing: questions, small talk, plans, runs and weights named in passing
("my last 10k was 48 min", "I was 13 stone last year"), and eating with no food named ("ate way
too much at the christmas do"). The clause classifier (clauses.py) asks these first.
"""

from __future__ import annotations

import re

from engine.parsing.context import _DIGIT, _LETTERS, _words

_QUESTION_START = re.compile(
    r"^\s*(?:how|what|why|when|where|which|who|whats|what's|should|shall|is|are|am i|does"
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
    "again", "very much", "all good", "fine", "good",
)  # fmt: skip
_CHAT = re.compile(
    r"^(?>(?:" + "|".join(sorted(_CHAT_PHRASES, key=len, reverse=True)) + r")\b[^\w]*+)++$"
)
#: First words of the phrases above: a clause that starts with none of them is no question
#: or small talk, found without trying every phrase at the start of every clause.
_QUESTION_FIRST = _words(
    "how what why when where which who whats should shall is are am does can could would do",
    "did will any help",
)
_CHAT_FIRST = frozenset(p.split()[0] for p in _CHAT_PHRASES)

_LEAD_WORD = re.compile(r"\s*+([a-z]*)")
_THANKS = re.compile(r"\b(?:thanks?|thank you|thx|ty|tysm|cheers)\b")
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|yo|good morning|morning|gm)\b")


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
    r"|\blast (?:year|month|season|summer|winter|spring|autumn)\b"
    r"|\bin (?:(?:the )?(?:spring|summer|autumn|fall|new year)|january|february|march|april|june"
    r"|july|august|september|october|november|december)\b"  # "first ultra is 50k in march"
    r"|\bin (?:19[5-9][0-9]|20[0-9][0-9])\b"  # "ran London in 2019 in 3:55"
)
_LETTER_RUN = re.compile(r"[a-z]+")
_NOT_DONE_PHRASES = (
    "going to", "want to", "should i", "next week", "next time", "did not", "rest day",
    "no run", "not run", "instead of", "can't wait", "cant wait", "looking forward",
    "thinking about", "thinking of", "can't decide", "cant decide", "deciding between",
    "sore after", "tired after", "stiff after", "recovering from", "pb is", "pr is",
    "personal best is", "signed up", "is on the", "is on sunday", "is on saturday",
    "had nothing", "ate nothing", "saving it", "save it for", "saving for", "for later",
    "nothing else", "nothing eaten", "not eaten", "haven't eaten", "havent eaten", "nothing yet",
    "target is", "goal is", "target for the", "goal for the", "no track", "no parkrun",
    "no session", "no training",
)  # fmt: skip
#: A plan by its words: "going for a 10k later", "aiming for sub 20 at parkrun on saturday".
#: "Was going for a pb but blew up, 10k 46:00" is a run; the plan takes the clause only when
#: what follows is its own figures ("going for my long run after work, 16 miles").
_PLAN_WORDS = re.compile(
    r"(?<!was )(?<!were )\b(?:going\s+(?:out\s+)?for|heading\s+out\s+for|aiming\s+(?:for|to))"
    r"\b[^,;.]*"
)
#: Words of bare figures ("16 miles", "sub 45", "about 2 hrs").
_FIGURE_WORDS = _words(
    "k km kms mi mile miles m min mins minutes h hr hrs hour hours kg lb lbs st stone sub",
    "about around ish or maybe",
)
#: A run, race or weight named in passing, not logged (issue 15): "legs wrecked after
#: yesterday's 20 miler", "my last 10k was 48 min", "I was 13 stone last year". "Did 20
#: miles yesterday" is a run to log.
_PAST_MENTION = re.compile(
    r"\b(?:after|from|since)\s+(?:yesterday'?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s"
    r"|last\s+(?:night|week|weekend)'?s|the\s+weekend'?s)\s[^,;.]*"
    r"|\bmy\s+(?:last|previous|old|first|best|fastest|quickest|slowest)\s+[^,;.]{1,40}?"
    r"\b(?:was|were|is)\b(?!\s+(?:today|this|tonight|done|complete|finished|in\s+the\s+bag))"
    r"[^,;.]*"
)
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


def _past_mention(text: str) -> bool:
    """A run named in passing, and no figures of a run done beside it."""
    m = _PAST_MENTION.search(text)
    return m is not None and _DIGIT.search(text[: m.start()] + text[m.end() :]) is None


def _plan(text: str) -> bool:
    """A plan, and nothing beside it but its own figures."""
    m = _PLAN_WORDS.search(text)
    if m is None:
        return False
    rest = text[: m.start()] + text[m.end() :]
    return _DIGIT.search(rest) is None or _FIGURE_WORDS.issuperset(_LETTERS.findall(rest))


def _in_passing(text: str) -> bool:
    """A run or weight named in passing, or eating with no food named: understood as chat."""
    return bool(
        _past_mention(text) or _PAST_WEIGHT.search(text) or _no_food_named(text) or _plan(text)
    )
