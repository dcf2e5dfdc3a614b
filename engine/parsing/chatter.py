"""Words around a log that log nothing: chatter, and where or how food was had.

Every clause of a message yields an event or an item, or comes back as not understood (issue
15); these are the words that are understood as nothing to log. A leftover of chatter alone
("rest day", "legs tired", "with the club", "finally!", "🎉") is not asked about; "3 gels on
the way" is 3 gels, not 3 gels and an unknown "the way".
"""

from __future__ import annotations

import re

from engine.food import FoodTable
from engine.parsing.context import _DIGIT, _LETTERS, _words, letter_runs
from engine.parsing.item_words import _clean_name

#: Chatter around a log: how it felt, who came, the weather, a cheer ("rest day", "legs
#: tired", "with the club", "finally!", "🎉"). A leftover made of these words alone (and no
#: number) is understood, not asked about; one food or exercise word and the reply asks.
_CHATTER_WORDS = _words(
    "felt feel feeling feels feelin great good ok okay fine strong weak awful terrible rough",
    "tough hard easy easier harder nice lovely amazing brilliant fantastic solid decent grim",
    "horrible dead knackered shattered tired exhausted wrecked sore stiff achy heavy fresh flat",
    "dehydrated thirsty bloated hungover",
    "sluggish slow fast quick comfortable comfy happy proud pleased chuffed buzzing stoked",
    "gutted relieved grateful smashed nailed crushed killed struggled suffered survived done",
    "finished complete completed finally last at again still all so very really pretty quite",
    "bit little super too well properly totally absolutely kinda sorta",
    "legs leg knees knee hamstrings hamstring calves calf quads hips hip back feet foot",
    "achilles shins shin body lungs head",
    "i im i'm me my we us our you the a an it its this that is are was were be been but and",
    "then just today tonight morning evening afternoon yesterday weekend day days off rest",
    "lazy week monday tuesday wednesday thursday friday saturday sunday",
    "with club friends friend mates mate buddy buddies group crew wife husband partner dog",
    "kids son daughter family team gang squad together alone solo",
    "rain raining rainy wet windy wind cold hot warm sunny humid snow snowy icy freezing",
    "muddy mud hilly hills dark early late new personal best pr record",
    "yay woohoo woo wow omg lol haha phew ugh meh boom yes yeah yep oh man sigh typical never",
    "don dont judge judging judgement oops whoops naughty cheeky guilty sorry",
    "strava garmin coros polar suunto fitbit wahoo",  # the app a run was copied from
    "scran grub nosh no regrets regret",  # "proper post-xc scran", "no regrets"
    # an occasion food was had at: "someone's birthday at work", "my sister's wedding"
    "birthday wedding party do leaving christening anniversary reunion celebration work office",
    "someone someones colleague colleagues boss neighbour neighbor sister brother mum mom dad",
    "cousin aunt auntie uncle nan nana gran granny grandma grandad grandpa niece nephew",
    "here joined",  # "hi, new here", "just joined"
    # where a metric came from: "vo2max 50 according to the watch", "says my ring"
    "according to says said reckons watch ring app tracker phone oura whoop",
    "vibes vibe vibing chill chilling chilled relaxing relaxed",  # "just vibes today"
    # the weather, and where it is felt: "and drizzle", "out there"
    "drizzle drizzly sleet hail foggy fog misty muggy sweltering baking scorching boiling",
    "frosty frost stormy storm gale breezy chilly nippy mild balmy out there outside",
    "skipping skipped skip resting",  # "feeling tired, skipping today"
    "now loving love enjoying",  # "2 months of logging now, loving it"
    "collected sorted ready arrived",  # "bib 18841 collected"
    # what happened on the way, its place gone: "my watch died", "calf cramped", "stopped"
    "died cramped cramping twinged tweaked stopped walked lace laces shoelace tie tied watch",
    "quad glute glutes ankle ankles toe toes groin itb shoulder neck arm arms stomach tummy",
    "onwards",
    "m s t re ve ll d",  # the letter runs of i'm, it's, that's, we're, i've, we'll, i'd
)


#: A placing in a race, which logs nothing: "3rd overall", "2nd in age cat", "12th out of 300",
#: "1st V50", "2nd fastest this year".
_PLACING = re.compile(
    r"\W*(?:(?:and|but|so|was|came|finished|got)\s+)*(?:[0-9]{1,4}(?:st|nd|rd|th)|first|second"
    r"|third)\s+(?:in|overall|out|of|place|placed|f|m|female|male|woman|lady|man|v[0-9]{2}|[fm][0-9]{2}"
    r"|age|ag|cat|category|fastest|quickest|best|lady|junior|senior|vet)\b[^0-9]*(?:[0-9]{1,5}\W*)?"
)


#: Words after "no" that make no food left out: a product ("no added sugar squash") or a
#: correction ("no wait", "no, sorry").
NO_BUT = r"added|wait|sorry|actually|i|scratch|make|kidding|joke"
#: Words after "no" that name a product by what it lacks: "no fat yoghurt", "no sugar squash".
LACKS = r"fat|sugar|salt|calorie|cal|lactose|gluten|dairy"
#: A clause of nothing but what was not had: "no gels", "no water, no gels", "no gels needed",
#: "without any fuel", "no breakfast beforehand". It names nothing eaten and asks nothing.
_NONE_HAD_ONLY = re.compile(
    rf"(?:(?:no|without)\s+(?:the\s+|any\s+)?(?!(?:{NO_BUT}|{LACKS})\b)[a-z][a-z' -]*?"
    r"\W*(?:,|&|\band\b|$)\s*)+"
)


#: A greeting or thanks that opens a clause: "hello from sydney", "evening coach 👋", "cheers
#: coach, legend", "ta, very helpful", "much appreciated".
_GREETING_OPEN = re.compile(
    r"\W*(?:hi|hello|hey|hiya|howdy|g'?day|yo|greetings|gm|gn|(?:good\s+)?(?:morning|evening"
    r"|afternoon|night)|good\s+day)\b"
)
_THANKS_OPEN = re.compile(
    r"\W*(?:(?:ok|okay|oh|aw|great|nice|perfect|brilliant|lovely)\W+)?(?:thanks?|thank\s+you"
    r"|thx|ty|tysm|cheers|ta|much\s+appreciated|appreciated?|appreciate\s+it|legend|nice\s+one)\b"
)


def small_talk(text: str, foods: FoodTable) -> str | None:
    """ "greeting" or "thanks" for a clause that opens with one and names no figure and no
    food after it ("good morning from auckland", "ta mate, legend"), else None: "morning
    porridge" and "cheers, had a pint" are meals."""
    if _DIGIT.search(text) is not None:
        return None
    m = _THANKS_OPEN.match(text)
    kind = "thanks"
    if m is None:
        m, kind = _GREETING_OPEN.match(text), "greeting"
    if m is None:
        return None
    words = letter_runs(text[m.end() :])
    for size in (1, 2):
        for at in range(len(words) - size + 1):
            if foods.exact(" ".join(words[at : at + size])) is not None:
                return None
    return kind


def _is_chatter(text: str, foods: FoodTable | None = None) -> bool:
    """A leftover of chatter alone (see _CHATTER_WORDS): no number, no other word; with the
    food table, not a food's name ("a hot dog" is made of weather and company, and is food);
    a placing in a race ("3rd overall"); or only what was not had ("no water, no gels")."""
    if (
        text[:1].isdigit() or text[:5] in ("first", "secon", "third") or " " in text[:3]
    ) and _PLACING.fullmatch(text) is not None:
        return True
    if text.startswith(("no ", "without ")) and _DIGIT.search(text) is None:
        return _NONE_HAD_ONLY.fullmatch(text) is not None
    return (
        _DIGIT.search(text) is None
        and _CHATTER_WORDS.issuperset(letter_runs(text))
        and (foods is None or foods.exact(_clean_name(text)) is None)
    )


#: Where or how food was had, which names no food: "3 gels on the way", "a bagel in the car",
#: "whey and a banana blended", "granola on top", "a bagel in bed" ("before bed" labels a
#: snack, as "pre-bed" does). Left in, the words after "on" or "and" read as an item of their
#: own ("the way"), or "race" as a run.
_CIRCUMSTANCE = re.compile(
    r"\s*+\b(?:(?:on|in)\s+(?:the|my)\s+(?:way|drive|walk|ride|journey|trip)"
    r"(?:\s+(?:home|back|there|out|in|over))?"
    r"(?:\s+(?:of\s+)?(?:the\s+|my\s+)?(?:door|house|flat|office))?"  # "on the way out the door"
    r"(?:\s+(?:to|from)\s+(?:the\s+|my\s+|a\s+)?[a-z]+(?:\s+(?!and\b|with\b|then\b|plus\b)[a-z]+)?"
    r"(?:\s+(?:race|run|parkrun|session))?)?"  # "on the way to the cross country"
    r"|on\s+the\s+go|for\s+the\s+road|first\s+thing(?:\s+in\s+the\s+morning)?"
    r"|on\s+(?:the|my)\s+(?:cool|warm)[- ]?(?:down|up)"  # "a gel on the cooldown"
    r"|(?:in|on)\s+(?:the|my)\s+(?:car(?!\s+park)|bus|train|tube|plane|couch|sofa|commute)"
    r"(?:\s+(?:to|from)\s+(?:the\s+|my\s+)?(?:work|school|uni|college|office|home|gym|town))?"
    r"|in\s+front\s+of\s+(?:the\s+)?(?:tv|telly|telly box|computer|laptop|screen)"
    r"|on\s+(?:my|the|a)\s+(?:lunch|coffee|tea)\s+break"
    r"|(?:while\s+)?watching\s+(?:the\s+|a\s+)?(?:game|match|footy|football|rugby|tv|telly"
    r"|film|movie|netflix|news)"
    r"|at\s+(?:my\s+|the\s+)?(?:desk|work|office)|in\s+bed"
    r"|while\s+(?:driving|walking|working|cooking|watching\s+[a-z]+)"
    r"|when\s+i\s+(?:got\s+(?:home|back|in|up)|woke(?:\s+up)?)"
    r"|before\s+(?:work|school|uni|college|the\s+gym|training|my\s+shift)"
    # "before a 12hr shift", "after my night shift", "before a long day at work"
    r"|(?:before|after)\s+(?:a|my|the|another)\s+(?:[0-9]{1,2}\s*(?:hr|hrs|hour|h)s?\s+|long\s+"
    r"|night\s+|early\s+|late\s+|double\s+|busy\s+)*(?:shift|work\s*day|day\s+at\s+work)"
    # a shift's hours anywhere, no session's time: "12h nursing shift today so 10k at 6am"
    r"|(?:(?:did|worked|pulled|doing|done|finished|on)\s+)?(?:(?:a|my|another|the)\s+)?"
    r"[0-9]{1,2}(?:\.5)?\s*-?\s*(?:h|hr|hrs|hour|hours)[- ]?"
    r"(?:(?:long|night|day|double|early|late|[a-z]+ing|hospital|ward|warehouse|work|a&e)\s+)?"
    r"shift(?:s)?"
    r"|with\s+(?:the|my|a|some|our)\s+(?:kids|wife|husband|partner|friends?|mates?|family|team"
    r"|club|colleagues?|workmates?|in-laws|parents|mum|mom|dad|girls|lads|boys|crew|son"
    r"|daughter|boyfriend|girlfriend|other\s+half)(?![\w'])|on\s+top|to\s+(?:warm\s+up|refuel)"
    # why, after the food: "as the prize", "as a pick-me-up", "to celebrate the pb", "for the road"
    r"|to\s+celebrate(?:\s+(?:the|my|a|an)\s+(?:new\s+)?(?:pb|pr|finish|result|medal|win|race"
    r"|run|half|marathon|parkrun|[0-9]+\s*k))?|for\s+the\s+road"
    r"|as\s+(?:a|an|the|my)\s+(?:(?:little|small|big|well[- ]earned|post[- ]run)\s+)?"
    r"(?:treat|reward|prize|pick[- ]me[- ]up|nightcap|bribe|thank[- ]you|bonus)"
    r"(?:\s+for\s+(?:[a-z]+ing|(?:the|my|a)\s+[a-z0-9]+))?"
    r"|from\s+(?:the\s+)?park ?run(?:\s+caf[eé])?"
    # what it was for: "pickle juice for cramps", "2 gels for energy", "a banana for the potassium"
    # and the race it fuels, eaten now: "carbs for tomorrow: pasta", "for tomorrow's half"
    r"|(?:tonight\s+)?for\s+tomorrow(?:(?=\s*:)|'?s\s+(?:(?:big|long)\s+)?(?:race|run|marathon"
    r"|half(?:\s+marathon)?|parkrun|10k|5k|ultra|session)\b)"
    r"|for\s+(?:the\s+|my\s+)?(?:cramps?|cramping|energy|potassium|sodium|electrolytes|hydration"
    r"|caffeine|a\s+boost|a\s+pick\s+me\s+up|the\s+legs|my\s+legs)"
    r"|walked\s+it\s+in|walked\s+the\s+rest"
    # where in a run fuel was had: "a banana at mile 10 of the long run", "at the 30k mark"
    r"|at\s+(?:mile|km)\s+[0-9]{1,3}(?:\s+of\s+(?:the|my)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:run|race|marathon|half|ultra|miler|parkrun))?"
    r"|at\s+(?:the\s+)?[0-9]{1,3}\s*(?:k|km|mi|miles?)\s+(?:mark|point)"
    # a race named after a food, run for fun: "work pancake race" (an egg and spoon race is
    # a novelty race already, clauses._normalize)
    r"|(?:(?:the|a|our|my|work|office|school|kids'?|mums'?|dads'?)\s+)?"
    r"(?:pancake|sack|three[- ]legged)\s+races?"
    # an aid station named by its distance: "80k aid: 2 boiled potatoes", "mile 40 feed station"
    r"|(?:at\s+(?:the\s+)?)?[0-9]{1,3}\s*(?:k|km|mi|miles?)\s+(?:aid|feed|water)(?:\s+station)?"
    r"|(?:at\s+)?mile\s+[0-9]{1,3}\s+(?:aid|feed|water)(?:\s+station)?"
    r"|slept\s+(?:for\s+)?(?:[0-9.]+|no|zero|an?)\s*(?:hours?|hrs?|h|mins?|minutes)"
    r"|(?:bonked|hit\s+(?:the|a)\s+wall|cramped|blew\s+up|fell\s+apart|died|puked)"
    r"(?:\s+(?:hard|badly|massively|big\s+time))?\s+(?:at|around|after)\s+(?:mile\s+[0-9]{1,3}"
    r"|[0-9]{1,3}(?:\.[0-9])?\s*(?:k|km|mi|miles?))"
    r"|(?:all\s+)?(?:blended|blitzed|shaken|whizzed|(?:mixed|stirred)(?=\s*+(?:$|[,.;!)]"
    r"|\s(?:up|together|in|through|with|and)\b)))(?:\s+(?:up|together|through))?)\b"
)
#: The words _CIRCUMSTANCE needs one of, as white-space tokens with or without the mark that
#: may end them: one set lookup per token instead of a scan per phrase.
_CIRCUMSTANCE_WORDS = frozenset(
    w + end
    for w in _words(
        "way go car bus train tube plane couch sofa commute desk work office bed bedtime while",
        "drive journey trip warm refuel road thing front break watching woke kids wife",
        "husband partner friend friends mate mates family team club colleague colleagues",
        "workmates in-laws parents mum mom dad girls lads boys crew son daughter boyfriend",
        "girlfriend half school uni college gym training shift",
        "got top celebrate treat reward blended blitzed shaken whizzed mixed stirred walked",
        "prize pick-me-up pick nightcap bribe thank-you thank bonus aid feed water station",
        "race races",
        "bonked wall cramped blew apart died puked from slept mile km mark point",
        "cooldown warmup cool-down warm-up cool",
        "for",
    )
    for end in ("", ",", ".", "!", ")", ";", ":")
)


#: Insulins by name, after a dose: "6 units of novorapid", "18u lantus".
_INSULIN = (
    r"insulin|novo ?rapid|novo|humalog|fiasp|lyumjev|apidra|admelog|lantus|tresiba|levemir"
    r"|toujeo|basal|bolus|correction"
)
#: What a type 1 diabetic measures and doses beside a log, which is no figure of a run, a meal
#: or a weigh-in (issue 15: "BG 7.2" was asked about as a food, "6.2 mmol" read as a count):
#: a glucose reading by its device or its unit ("bg 5.4", "libre says 5.1", "dexcom showing
#: 11.4", "sugars at 8.2", "6.2 mmol/l", "hypo at 3.2", "ketones 0.3"), an insulin dose ("4u",
#: "took 2u", "bolused 6 units", "3 units of novorapid"), and saying so ("T1 here", "T1D").
#: When it was read goes with it: "glucose 11.2 after parkrun, 26:40" is parkrun in 26:40.
#: "3 glucose tabs" and "2 sugars in my tea" name food (their number comes first); "T1 2:10"
#: in a triathlon is its first transition, not "T1 here".
_READING = re.compile(
    r"\b(?:(?:my\s+)?(?:bg|bgl|bgs|bs|blood\s+(?:sugars?|glucose)|glucose|sugars?|levels?"
    r"|libre|dexcom|cgm|sensor|ketones|finger\s*prick)"
    r"(?:\s+(?:was|were|is|are|at|of|on|says|said|showing|shows|showed|reads|reading|read"
    r"|level|levels|reading|sitting|dropped|down|up|rose|went|to|hit|now|only))*\s*[:=]?\s*"
    r"[0-9]{1,3}(?:\.[0-9])?(?:\s*(?:mmol(?:/l)?|mg/?dl))?"
    r"|[0-9]{1,3}(?:\.[0-9])?\s*(?:mmol(?:/l)?|mg/?dl)"
    r"|hypo(?:\s+(?:at|of|on))?\s+[0-9]{1,2}(?:\.[0-9])?"
    r"|(?:(?:bolus(?:ed)?|pre-?bolus(?:ed)?|took|injected|jabbed|dosed|gave\s+myself)\s+)?"
    r"[0-9]{1,2}(?:\.[0-9])?\s*u(?:\s+(?:of\s+)?(?:" + _INSULIN + r"))?"
    r"|(?:bolus(?:ed)?|pre-?bolus(?:ed)?|took|injected|jabbed|dosed|gave\s+myself)\s+"
    r"[0-9]{1,2}(?:\.[0-9])?\s*units?(?:\s+(?:of\s+)?(?:" + _INSULIN + r"))?"
    r"|[0-9]{1,2}(?:\.[0-9])?\s*units?\s+(?:of\s+)?(?:" + _INSULIN + r")"
    r"|(?:had\s+a\s+|going\s+)?hypo(?:\s+(?:at|of|on|around)\s+(?:(?:km|mile)\s*)?[0-9]{1,3})?"
    r"|t1d|t1\s+here|type\s+(?:1|one)(?:\s+diabetic)?(?:\s+here)?|diabetic\s+here)"
    r"\b(?!\.[0-9])(?:\s+(?:before|after|during|pre|post)\b(?!-))?"  # when it was read
)
#: What every branch of _READING holds, found in one scan before the pattern is tried.
_READING_HINT = re.compile(
    r"bg|bs|glucose|sugar|level|libre|dexcom|cgm|sensor|ketone|prick|mmol|mg/?dl|hypo|[0-9]\s*u"
    r"|unit|t1|type"
)


def drop_readings(text: str) -> str:
    """The message without a diabetic's readings and doses (_READING): the jelly beans after
    "bg 3.8" are food, the 8k beside "glucose 9.8" a run."""
    if _READING_HINT.search(text) is None:
        return text
    return _READING.sub(" ", text)


#: What a watch, a ring or a morning check measures of the body, which is no figure of a run,
#: a meal or a weigh-in (issue 15: "readiness 81, long run 26k 2:22:00" logged nothing, the
#: whole message read as a statistic; "hrv 61" could be read as a count): sleep, heart rate
#: variability, resting heart rate, blood oxygen, VO2max, body battery, readiness, recovery
#: and strain scores, stress, training load, blood pressure and body temperature. The name,
#: the words that say how it moved ("back up to", "ticked up to", "down to", "tanked to",
#: "sitting at", "from 55 to"), and its value go; the run or the food beside them stays. A run's
#: own average or maximum heart rate is the run's, and a "recovery run" is a run: "recovery"
#: is a score only with its per cent.
_METRIC_NAME = (
    r"(?:(?:resting|rest|waking|morning)\s+(?:heart\s*rate|hr|pulse|bpm)|rhr|hrv"
    r"|heart\s*rate\s+variability|vo2\s*-?\s*max|v02\s*-?\s*max|vo2|body\s*battery"
    r"|(?:training\s+|morning\s+)?readiness(?:\s+score)?|sleep(?:\s+(?:score|quality|rating))?"
    r"|recovery\s+score|(?:whoop\s+)?recovery(?=\W*(?:at\s+|of\s+|is\s+|was\s+)?[0-9]{1,3}\s*%)"
    r"|sp\s*o2|sp02|blood\s+oxygen|o2\s+sats?|oxygen\s+sat(?:uration)?s?"
    r"|stress(?:\s+(?:level|score))?|strain(?:\s+score)?|training\s+load|acute\s+load"
    r"|blood\s+pressure|bp|body\s+temp(?:erature)?|fitness\s+age)"
)
#: How the value is said after the name: "back up to", "is", "at", "of", "down to", "now".
_METRIC_LINK = (
    r"(?:\s*+(?:is|was|are|were|at|of|on|now|only|just|still|back|up|down|to|from|ticked"
    r"|jumped|rose|risen|dropped|fell|fallen|tanked|crashed|climbed|went|gone|sitting|sat|spiked"
    r"|drained|dipped|plummeted|soared|recovered|bounced|stuck|stayed|hovering|creeping"
    r"|reading|reads|says|said|showing|shows|showed|hit|a|an|all|time|new|low|high|my|me)\b)*"
    r"\s*[:=]?\s*"
)
_METRIC_VALUE = (
    r"[0-9]{1,3}(?:\.[0-9]{1,2})?(?:\s*/\s*[0-9]{2,3})?"
    r"(?:\s*(?:%|ms|bpm|/\s*100|points?|pts)(?![a-z]))?(?![0-9:.]|\s*(?:k|km|mi|miles?|kg|lbs?"
    r"|min|mins|minutes|h|hrs?|hours?|x)\b)"
)
#: A night's sleep in hours and minutes: "5h40", "7 hrs", "6.5 hours", "7h 12m", "6:45".
_SLEPT = (
    r"(?:[0-9]{1,2}(?:\.[0-9]{1,2})?\s*(?:h|hrs?|hours?)(?:\s*[0-9]{1,2}\s*(?:m|mins?|minutes)?)?"
    r"|[0-9]{1,2}:[0-5][0-9])(?![0-9a-z:])"
)
#: The device a metric is read from, before its name: "oura readiness 88", "garmin's hrv".
_DEVICE = (
    r"(?:(?:my\s+|the\s+)?(?:garmin|oura|whoop|fitbit|polar|coros|suunto|apple\s+watch|watch|ring"
    r"|band|tracker)(?:'s)?\s+)?"
)
#: A rating out of ten, as the runner gives it ("mood 4/10", "legs 6/10"; "0.4" once read).
_RATING = (
    r"(?:mood|energy|motivation|legs|soreness|fatigue|pain|stress|sleep|rpe|effort|confidence"
    r"|vibes?|feel|feeling|knee|hip|calf|achilles|back|head)\s*(?:is|was|at|of|:|=)?\s*"
    r"(?:[0-9]{1,2}(?:\.[0-9])?\s*/\s*10|0?\.[0-9]|1\.0)(?![0-9])"
)
_METRIC = re.compile(
    rf"\b(?:my\s+)?{_DEVICE}{_METRIC_NAME}{_METRIC_LINK}{_METRIC_VALUE}"
    rf"(?:\s+to\s+{_METRIC_VALUE})?"  # "hrv up from 55 to 61"
    r"(?:\s*\(\s*[+-]?[0-9]{1,3}(?:\.[0-9])?\s*(?:%|ms|bpm)?\s*\))?"  # its change: "(+5)"
    # when, with no run's time after it: "resting hr spiked to 60 after the half"
    r"(?:\s+(?:after|since|post|following)\s+(?:the\s+|my\s+|that\s+|yesterday'?s\s+"
    r"|last\s+night'?s\s+|[a-z]+day'?s\s+)?(?:[a-z]+\s+){0,2}?(?:marathon|half|race|run|runs"
    r"|parkrun|ultra|session|workout|intervals|[0-9]{1,3}\s*(?:k|km|mi|miles?|miler))\b"
    r"(?![^.;!?\n]*[0-9]:[0-5][0-9]))?"
    rf"|\b{_RATING}"
    r"|\b[0-5](?:\.[0-9])?\s*(?:/\s*5\s*)?-?\s*stars?\b"  # "4 star run"
    # the value first: "61 hrv", "44 rhr", "88 sleep score"
    rf"|(?<![0-9.:])[0-9]{{1,3}}(?:\.[0-9])?\s*(?:%|ms|bpm)?\s+(?:rhr|hrv|resting\s+(?:hr|heart"
    r"\s*rate)|sleep\s+score|body\s*battery|readiness|vo2\s*max)\b"
    # a night's sleep: "slept 5h40", "sleep 7h12m", "6.5 hrs sleep", "slept 6:45"
    rf"|\b(?:slept|sleep|asleep)(?:\s+(?:for|was|of|only|just|about|around|barely|a|solid"
    rf"|lousy|good|bad|badly|well|poorly))*\s+{_SLEPT}"
    rf"|(?<![0-9.:]){_SLEPT}\s+(?:of\s+)?(?:sleep|kip|shut-?eye)\b"
)
#: The words every branch of _METRIC holds, found in one scan before the pattern is tried.
_METRIC_HINT = re.compile(
    r"\b(?:heart|hr|rhr|hrv|pulse|bpm|vo2|v02|battery|readiness|sleep|slept|asleep|recovery|sp"
    r"|spo2|sp02|oxygen|o2|stress|strain|load|pressure|bp|temp|fitness|kip|shut-?eye)"
    r"|[0-9]\s*(?:h|hrs?|hours?)\s+(?:of\s+)?(?:sleep|kip|shut)|/\s*10\b|\b0\.[0-9]|star"
)


def drop_metrics(text: str) -> str:
    """The message without a watch's or a body's metrics (_METRIC): "hrv back up to 61, 12k
    59:30" is the 12k."""
    if _METRIC_HINT.search(text) is None:
        return text
    return _METRIC.sub(" ", text)


#: The weather and a count of days, which are no figures of a log (issue 15: "6 months sober
#: today, ..." and "dry january day 12, ..." were asked about, "12 degrees and drizzle" too):
#: a temperature ("12 degrees", "30C", "feels like minus 3"), the wind ("gusts of 40 mph",
#: "30mph headwind"), the humidity ("humidity 90%"); a day, week or streak counted ("day 60 of
#: my run streak", "streak day 100", "dry july day 3", "week 9 of the half plan", "18 months
#: alcohol free", "2 years sober"). Not c25k's "week 4 day 1", a plan's step (clauses.py).
_WEATHER = (
    r"(?:(?:it\s+was|it'?s|feels?\s+like|felt\s+like|real\s+feel|temp(?:erature)?(?:\s+of)?"
    r"|weather|a\s+(?:balmy|cool|chilly|mild|toasty|nippy))\s+)?(?:minus\s+|-)?[0-9]{1,2}(?:\.[0-9])?"
    r"\s*(?:degrees?(?:\s+(?:c|f|celsius|fahrenheit|out))?|deg|°\s*[cf]?)"
    # a bare C or F only where the weather is said: "it's 30c", "30c out there", not "60c" carbs
    r"|(?:it\s+was|it'?s|feels?\s+like|felt\s+like|real\s+feel|temp(?:erature)?(?:\s+of)?"
    r"|weather)\s+(?:minus\s+|-)?[0-9]{1,2}(?:\.[0-9])?\s*[cf]\b"
    r"|(?:minus\s+|-)?[0-9]{1,2}(?:\.[0-9])?\s*[cf]\s+(?=out\b|outside\b|already\b|at\s+the\s+start"
    r"|and\s+(?:sunny|humid|raining|windy|muggy|cloudy|clear|dry|wet|grey|overcast|foggy|misty)"
    r"|in\s+the\s+(?:shade|sun)|heat\b)"
    r"|(?:feels?|felt)\s+like\s+minus\s+[0-9]{1,2}\b"
    r"|(?:wind|winds|gusts?|gusting|headwind|tailwind)(?:\s+(?:of|at|up\s+to|was|were))?\s+[0-9]{1,3}"
    r"\s*(?:mph|km/h|kph|kmh|knots)"
    r"|[0-9]{1,3}\s*(?:mph|km/h|kph|kmh|knots)\s+(?:wind|winds|gusts|headwind|tailwind)"
    r"|humidity(?:\s+(?:of|at|was))?\s+[0-9]{1,3}\s*%|[0-9]{1,3}\s*%\s+humidity"
)
#: How a time off is said: "a few", "10", "two"; "days", "weeks".
_SOME = (
    r"(?:a|an|[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several"
    r"|a\s+couple\s+of)"
)
_SPAN = r"(?:days?|weeks?|wks?|months?)"
_DAYS_COUNTED = (
    r"(?:day|week|wk)\s+[0-9]{1,3}\s+of\s+(?:the\s+|my\s+|a\s+|our\s+)?(?:[a-z'-]+\s+){0,3}?"
    r"(?:streak|plan|block|challenge|build|build-?up|cycle|programme|program|training|dry\s+[a-z]+"
    r"|sober\s+[a-z]+|veganuary|lent|ramadan|marathon|half|ultra|taper|rehab|comeback|base)\b"
    r"(?:\s+(?:plan|block|build|training|programme|program|cycle|streak|challenge|schedule))*"
    r"|(?:run\s+|running\s+)?streak(?:\s+day)?\s*[:#]?\s*[0-9]{1,4}\b"
    r"|(?:dry|sober|sugar[- ]free|alcohol[- ]free|booze[- ]free)\s+[a-z]+\s+day\s+[0-9]{1,3}\b"
    r"|[0-9]{1,4}\s+(?:days?|weeks?|months?|years?|yrs?)\s+(?:sober|alcohol[- ]free|booze[- ]free"
    r"|dry|clean|smoke[- ]free|sugar[- ]free|off\s+(?:the\s+)?(?:booze|drink|alcohol|sugar|cigs"
    r"|smokes)|without\s+(?:a\s+)?(?:drink|alcohol|booze|a\s+cigarette)|of\s+(?:my\s+)?(?:run\s+)?"
    r"streak|in\s+a\s+row|running\s+every\s+day)\b"
    # the bot's use counted: "2 months of logging now", "3 weeks of tracking"
    r"|[0-9]{1,4}\s+(?:days?|weeks?|months?|years?)\s+(?:of\s+)?(?:logging|tracking|using\s+"
    r"(?:the\s+|this\s+)?(?:bot|app))\b"
    # a streak, a rest day counted, races counted: "200 day streak", "rest day #2", "that's 4
    # halves this year"
    r"|[0-9]{1,4}\s*-?\s*days?\s+(?:run(?:ning)?\s+)?streak\b"
    r"|rest\s+day\s*(?:#|no\.?|number)?\s*[0-9]{1,3}\b"
    r"|(?:that'?s|thats|that\s+is|it'?s|now\s+on|up\s+to)\s+[0-9]{1,3}\s+(?:marathons?|halves|halfs"
    r"|half\s+marathons?|parkruns?|races?|ultras?|10ks|5ks|runs)\b(?:\s+(?:this\s+[a-z]+|so\s+far"
    r"|in\s+total|ever|done|now))?"
    # a time off running: "back after 10 days off sick", "took 4 days off", "been off for 3
    # weeks with my back", "10 days off with a cold"
    rf"|(?:back\s+)?after\s+{_SOME}\s+{_SPAN}(?:\s+(?:off|out|away|of\s+rest|rest|break|injured"
    r"|sick|ill))+"
    rf"|(?:took|taking|had|having|been|was|were|i'?ve\s+had)\s+{_SOME}\s+{_SPAN}\s+(?:off|out"
    r"|of\s+rest|rest|break)\b"
    rf"|(?:been|was|were)\s+off\s+(?:for\s+)?{_SOME}\s+{_SPAN}"
    rf"|{_SOME}\s+{_SPAN}\s+off\b"
    r"(?:(?:\s+(?:sick|injured|ill|with\s+(?:a|an|my|the)\s+[a-z]+(?:\s+[a-z]+)?))?)"
)
#: A run's first or longest for a while, which is no time ahead: "first run in 3 weeks".
_FIRST_IN = re.compile(
    r"\b(?P<keep>(?:first|longest|fastest|quickest|furthest|best|slowest|hardest|easiest|worst)"
    r"\s+(?:(?!(?:is|are|was|will|be|'s)\b)[a-z]+\s+){0,2}?)(?:in|for)\s+(?:over\s+|nearly\s+"
    r"|about\s+)?(?:a|[0-9]{1,3}|two|three"
    r"|four|five|six|a\s+few|several|many)\s+(?:days?|weeks?|months?|years?)\b"
)
_CONDITIONS = re.compile(rf"\b(?:{_DAYS_COUNTED})|(?<![\w.:/]){_WEATHER}")
_CONDITIONS_HINT = re.compile(
    r"[0-9]\s*-?\s*(?:deg|°|[cf]\b|mph|km/h|kph|kmh|knots|%|days?\b|weeks?\b|wks?\b|months?\b"
    r"|years?\b|yrs?\b)|(?:day|week|wk|streak)\s*#?\s*[0-9]|minus|humid|(?:few|several|couple"
    r"|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?)|'?s\s+[0-9]"
    r"|\b(?:that|now\s+on|up\s+to)\s+[0-9]"
)


def drop_conditions(text: str) -> str:
    """The message without the weather and the days counted (_CONDITIONS): "12 degrees and
    drizzle, 10k 52:40" is the 10k; "first run in 3 weeks, 6k 36:10" is no run 3 weeks ahead."""
    if ("first" in text or "est " in text) and (" in " in text or " for " in text):
        text = _FIRST_IN.sub(r"\g<keep>", text)
    if "c25k" in text or _CONDITIONS_HINT.search(text) is None:
        return text
    return _CONDITIONS.sub(" ", text)


#: Distances, times and sizes of what is no run (issue 15: "drove 40 miles to the race" logged
#: a 40-mile run): a drive, a flight or a commute ("drove 60 miles to the trail race", "the
#: train to the start took 45 min", "my commute is 8 miles each way"), where one lives ("I
#: live 3k from the track"), a course measured ("the course measured 300m long"), an alarm, a
#: start, a wave or a bib ("alarm's set for 4:45", "wave 2 goes at 9:15, bib 2231", "race
#: starts at 10:30"), a shoe's weight ("new trainers weigh 230g"). The run beside them stays.
_UNIT_SAID = r"\s*(?:k|km|kms|mi|miles?|m|metres|meters|hours?|hrs?|h|mins?|minutes)\b"
_CLOCK_SAID = r"[0-9]{1,2}[:.][0-5][0-9]\s*(?:am|pm)?|[0-9]{1,2}\s*(?:am|pm)\b"
#: A character before the sentence's end (a full stop in "42.2k" is none).
_IN_SENTENCE = r"(?:(?![.;!?](?:\s|$))[^\n])"
#: Where in a run something happened, which is no distance of a run: "my watch died at mile
#: 11", "calf cramped from 18k onwards", "stopped at 7k to tie my lace", "felt strong until
#: 32k"; not a pace or an effort ("6 x 800 at 5k pace"), nor a run after a food ("a banana
#: after 5k"). Running out of something is no running: "ran out of water at 25k".
_WHERE_IN_A_RUN = (
    r"\b(?:(?:walked|walking|had\s+to\s+walk|started\s+walking)\s+)?"
    r"(?<!stopped\s)(?<!stop\s)(?:at|from|until|till|til|by|past|beyond)\s+(?:(?:the\s+)?(?:mile|km)\s+[0-9]{1,3}"
    r"(?:\.[0-9])?\b|(?:the\s+)?[0-9]{1,3}(?:\.[0-9])?\s*(?:k|km|mi|miles?)\s+(?:mark|point)\b"
    r"|[0-9]{1,3}(?:\.[0-9])?\s*(?:k|km|mi|miles?)\b)"  # not "at the 10k": the race
    r"(?:\s+(?:onwards|on|in))?"
    r"(?!\s*(?:pace|effort|race\s+pace|tempo|intervals|reps|run|race|long\s+run|parkrun|in\s+[0-9]"
    r"|[0-9]|/))"
    r"|\b(?:ran|run|running|had\s+run)\s+out\s+of\s+[^,.;!?]*?(?=\s+(?:at|by|after|before|around"
    r"|on|in|from)\b|[,.;!?]|$)"
)
#: A height, which is no figure of a log: "182cm", "5ft 10", "5'10".
_HEIGHT = (
    r"\b1[0-9]{2}\s*cm\b|\b[4-7]\s*(?:ft|foot|feet)(?:\s*[0-9]{1,2}(?:\s*(?:in|inches)\b)?)?"
    r"|\b[4-7]'\s*[0-9]{1,2}\b\"?"
)
_OTHER_FIGURES = re.compile(
    r"\b(?:drove|driven|driving|flew|flown|flying|travelled|traveled|commuted)\s+(?:for\s+|about\s+"
    rf"|around\s+|over\s+|nearly\s+)?[0-9]+(?:\.[0-9]+)?{_UNIT_SAID}(?:\s+each\s+way)?"
    r"(?:\s+(?:to|from|for|into|out\s+to|up\s+to|down\s+to)\s+[^,;.!?0-9]*)?"  # where to
    r"|\b(?:(?:my|the|our)\s+)?(?:train|bus|tube|taxi|cab|uber|ferry|drive|flight|commute|journey"
    r"|trip|coach)(?:\s+[a-z]+){0,4}?\s+(?:is|was|took|takes|lasted|lasts)\s+(?:about\s+|around\s+"
    rf"|only\s+|just\s+|over\s+)?[0-9]+(?:\.[0-9]+)?{_UNIT_SAID}(?:\s+each\s+way)?"
    r"|\b(?:live|lives|living|based|staying|stay)\s+(?:about\s+|only\s+|just\s+|around\s+)?"
    rf"[0-9]+(?:\.[0-9]+)?{_UNIT_SAID}(?:\s+(?:from|away|out)\b[^,;.!?0-9]*|\s*(?=[,;.!?]|$))"
    r"|\b(?:the\s+)?(?:course|route|loop|track)\s+(?:measured|was|is|came\s+(?:up|out)|read)"
    r"\s+(?:about\s+)?[0-9]+(?:\.[0-9]+)?\s*(?:m|metres|meters|k|km|mi|miles?)\s+(?:short|long"
    r"|over|under)\b(?:\s+(?:on|by|according\s+to)\s+(?:my|the)\s+(?:watch|garmin|gps|strava))?"
    r"|\b(?:alarm(?:'s)?|alarm\s+clock|wake[- ]?up|start\s+time|gun|kick[- ]?off|registration"
    r"|bag\s+drop|check[- ]in|race|it|(?:wave|pen|corral)\s+[0-9a-z]{1,2}|parkrun"
    r"|(?:the|a)\s+(?:[0-9]{1,3}(?:\.[0-9])?\s*(?:k|km|mi|miles?|miler)|half|marathon|ultra))"
    r"(?:\s+(?:is|was|'s|set"
    r"|goes|go|off|starts?|leaves?|opens?|closes?|begins?))*\s+(?:for|at|@)\s+"
    rf"(?:{_CLOCK_SAID})"
    # and what it is for, with no time run: ", long run first thing", ", a 42.2k"
    rf"(?:(?!{_IN_SENTENCE}*?(?:[0-9]:[0-5][0-9]|[0-9]\s*(?:min|mins|minutes|h|hrs?|hours?)\b))"
    rf"{_IN_SENTENCE}*)?"
    r"|\b(?:bib|bib\s+number|race\s+(?:number|no\.?)|wave|pen|corral)\s*(?:no\.?|number|#)?\s*"
    r"[0-9]{1,6}\b"
    # and the race it is for, with no time run: "bib 2187 for the easter 10k"
    rf"(?:\s+(?:for|at)\b(?!{_IN_SENTENCE}*?(?:[0-9]:[0-5][0-9]|[0-9]\s*(?:min|mins|minutes|h"
    rf"|hrs?|hours?)\b)){_IN_SENTENCE}*)?"
    r"|\b(?:(?:my|the|new|these|those)\s+)*(?:[a-z]+\s+)?(?:shoes?|trainers?|sneakers?|spikes|racers?"
    r"|flats)\s+(?:weigh|weighs|are|is|at)\s+(?:only\s+|just\s+)?[0-9]{2,3}\s*(?:g|grams?|oz)\b"
    rf"|{_WHERE_IN_A_RUN}|{_HEIGHT}"
)
_OTHER_FIGURES_HINT = re.compile(
    r"drove|driv|flew|flown|flying|travel|commut|train|bus|tube|taxi|cab|uber|ferry|flight"
    r"|journey|trip|coach|live|based|stay|course|route|loop|track|alarm|wake|start|gun|kick"
    r"|registration|bag drop|check|race|wave|pen|corral|bib|shoe|trainer|sneaker|spike|racer|flat"
    r"|\b(?:at|from|until|till|til|by|past|beyond)\s+(?:the\s+)?(?:mile|km|[0-9])|out\s+of"
    r"|[0-9]\s*cm\b|[0-9]\s*(?:ft|foot|feet)\b|[0-9]'"
)


#: Fuel said before a place in the run: "gel at 10k (100 kcal)" keeps its place, which tells
#: the fuel apart (items.py).
_FUEL_BEFORE = re.compile(
    r"\b(?:gels?|chews?|blocks?|sips?|bars?|water|drinks?|electrolytes?|tailwind|maurten|coke|cola"
    r"|banana|jelly|babies|beans|fuel|fuelled|fueled|kcal|cals?|ate|had|took|necked|swallowed)\b"
    r"[^,;.!?]*$"
)


def _unless_fuel(m: re.Match[str]) -> str:
    """The span gone, unless it places fuel taken on the run."""
    if m[0].lstrip()[:1] in "aftubp" and _FUEL_BEFORE.search(m.string, 0, m.start()):
        return m[0]
    return " "


def drop_other_figures(text: str) -> str:
    """The message without the figures of what is no run (_OTHER_FIGURES): "drove 60 miles to
    the race, 10k 44:00" is the 10k."""
    if (_DIGIT.search(text) is None and "out of" not in text) or (
        _OTHER_FIGURES_HINT.search(text) is None
    ):
        return text
    return _OTHER_FIGURES.sub(_unless_fuel, text)


#: Food saved or packed for later, which is no food eaten: "saving the brownie for after
#: parkrun", "packed 4 gels for sunday's marathon", "2 slices of toast, saving the banana for
#: later" (the toast eaten).
_SAVED_FOR = re.compile(
    r"(?:^|,\s*|\s+and\s+|\s+but\s+)(?:i'm\s+|im\s+|i\s+am\s+|i've\s+|i\s+)?(?:saving|saved|keeping"
    r"|kept|stashing|stashed|packed|packing|putting\s+aside|put\s+aside|leaving)\s+"
    r"(?!(?:it|them|that|this|those|these|some|one|half|the\s+rest)\b)"  # "saving it": all of it
    r"(?:the\s+|my\s+|a\s+|an\s+|some\s+|[0-9]+\s+)?[a-z0-9' -]{1,40}?\s+for\s+(?:later|tomorrow"
    r"|tonight|after\b[^,.;!?]{0,30}|the\s+[^,.;!?]{1,30}|my\s+[^,.;!?]{1,30}|[a-z]+day'?s?\b[^,.;!?]{0,30})"
    r"(?=\s*(?:[,.;!?]|$))"
)


def drop_saved_for(text: str) -> str:
    """The message without food saved or packed for later (_SAVED_FOR)."""
    if "for " not in text or not any(w in text for w in _SAVING_WORDS):
        return text
    return _SAVED_FOR.sub(" ", text)


_SAVING_WORDS = ("sav", "kept", "keep", "stash", "pack", "aside", "leaving")


#: A weigh-in said around its figure: "weighed in at the gym, 69.4", "72.6 on the gym scales
#: this morning" (the gym read as a session, the figure as a food's count); written as the
#: weigh-in the weight reader knows ("weighed 69.4", "weight 72.6").
_WEIGHED_THEN = re.compile(
    r"\b(?P<w>weighed)(?:\s+(?:myself|in))?(?:\s+(?:at|on)\s+(?:the\s+)?(?:gym|pool|doctor'?s|gp"
    r"|surgery|clinic|pharmacy|chemist|work|office)(?:'s)?(?:\s+scales?)?)?\s*[,:-]\s*(?=[0-9])"
)
_ON_THE_SCALES = re.compile(
    r"(?<![0-9.:])(?<!st )(?<!st)(?<!stone )(?<!stones )"  # "9 st 12 lb on the scales": stone's
    r"(?P<v>[0-9]{2,3}(?:\.[0-9]{1,2})?)\s*(?P<u>kg|kgs|lbs?)?\s+on\s+(?:the|my)\s+"
    r"(?:(?:gym|gym's|bathroom|smart|new|work|doctor's|old)\s+)?scales?\b"
)


def weigh_ins_said_around(text: str) -> str:
    """The message, a weigh-in said around its figure written as one ("weighed 69.4")."""
    if "weighed" not in text and "scale" not in text:
        return text
    text = _WEIGHED_THEN.sub(r"\g<w> ", text)
    return _ON_THE_SCALES.sub(lambda m: f"weight {m['v']}{' ' + m['u'] if m['u'] else ''}", text)


#: The body measured, which is no weigh-in: "body fat 21% on the smart scales", "waist down to
#: 81cm", "muscle mass 33.2".
_BODY_LINK = r"(?:\s+(?:percentage|measurement|is|was|at|of|down|up|to|now|only))*\s*[:=]?\s*"
_BODY_MEASURED = re.compile(
    rf"\b(?:body\s*fat|muscle\s+mass|visceral\s+fat|bone\s+mass|body\s+water|metabolic\s+age)"
    rf"{_BODY_LINK}[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?\s*(?:%|kg|kgs|lbs?|years)?"
    r"(?:\s+(?:on|according\s+to)\s+(?:the|my)\s+(?:[a-z]+\s+)?scales?)?"
    # a tape measure's, with its unit ("chicken thigh 150g" is food)
    rf"|\b(?:waist|hips|chest|thigh|thighs|neck|bicep|biceps|calf|calves){_BODY_LINK}"
    r"[0-9]{1,3}(?:\.[0-9])?\s*(?:cm|in|inches)\b"
)
_BODY_HINT = re.compile(
    r"body\s*fat|waist|hips|chest|thigh|neck|bicep|calf|calves|muscle\s+mass|visceral|bone\s+mass"
    r"|body\s+water|metabolic"
)


def drop_body_measured(text: str) -> str:
    """The message without the body measured (_BODY_MEASURED)."""
    if _BODY_HINT.search(text) is None:
        return text
    return _BODY_MEASURED.sub(" ", text)


#: Illnesses and injuries a runner has had, and medicines taken: no food, though said with
#: "had" ("had a cold all week", "the boys have had chickenpox", "had a niggle in my achilles
#: at 6k", "took 2 ibuprofen"). Left in, each was a meal asking what "a cold" was.
_AILMENT = (
    r"colds?|(?:the\s+)?flu|covid(?:-?19)?|(?:a\s+)?virus|(?:stomach\s+|tummy\s+)?bug|lurgy"
    r"|chest\s+infection|sore\s+throat|cough|fever|temperature|migraine|headache|chickenpox"
    r"|norovirus|gastro(?:enteritis)?|hay\s*fever|food\s+poisoning|stitch|cramps?|niggle"
    r"|shin\s+splints|blisters?"
    r"|injury|twinge|sprain|strain"
)
_MEDICINE = (
    r"paracetamol|ibuprofen|aspirin|nurofen|calpol|co-?codamol|antihistamines?|painkillers?"
    r"|antibiotics?|(?:puffs?\s+(?:of|on)\s+)?(?:my\s+)?inhaler"
)
_AILMENT_HAD = re.compile(
    r"\b(?:(?:i|we|he|she|they)\s+)?(?:(?:'ve|have|has)\s+)?(?:had|got|caught|getting|took|taken"
    r"|popped|taking)\s+(?:a\s+bit\s+of\s+(?:a\s+)?|a\s+bad\s+|an?\s+|the\s+|my\s+|some\s+"
    r"|[0-9]{1,2}\s+)?(?:" + _AILMENT + r")"
    r"(?:\s+(?:in|on)\s+(?:my|the|his|her)\s+(?:left\s+|right\s+)?[a-z]+)?"
    r"(?:\s+(?:at|around)\s+(?:mile\s+|km\s+)?[0-9]{1,3}(?:\.[0-9])?\s*(?:k|km|mi|miles?)?)?"
    r"(?:\s+(?:all|since|for|last|this)\s+(?:the\s+)?[a-z]+)?\b"
    r"|\b(?:(?:took|had|popped|taking)\s+)?(?:an?\s+|some\s+|[0-9]{1,2}\s+)?(?:" + _MEDICINE
    + r")(?:\s+(?:tablets?|pills?|capsules?))?\b"
)
#: Illnesses said with what they did to the runner's days, not "had": "10 days off with
#: norovirus", "recovering from gastro", "post-covid", "stomach bug all week". Bare (no "a" or
#: "the") only the illnesses no food is named like ("with cold milk" keeps its milk); an
#: illness word before another word is that word's ("after the cold one" is a run).
_ILLNESS = (
    r"covid(?:-?19)?|norovirus|gastro(?:enteritis)?|(?:the\s+)?flu|(?:a\s+|the\s+)?virus"
    r"|food\s+poisoning|(?:a\s+|the\s+)?(?:stomach|tummy)\s+bug|(?:the\s+)?lurgy"
    r"|(?:a\s+|the\s+|my\s+|this\s+)(?:" + _AILMENT + r")"
)
_ILLNESS_SAID = re.compile(
    r"(?:\b[0-9]{1,2}\s+(?:days?|weeks?)\s+)?\b(?:(?:off|down|in\s+bed|laid\s+up)\s+with"
    r"|recovering\s+from|getting\s+over|back\s+from|post|after|since|with)[- ]\s*"
    r"(?:" + _ILLNESS + r")"
    r"(?:\s+(?:all|since|for|last|this)\s+(?:the\s+)?[a-z]+\b|(?![- ]?[a-z0-9]))"
    r"|^\s*(?:" + _ILLNESS + r")\s+(?:all|since|for|last|this)\s+(?:the\s+)?[a-z]+\b"
)
_AILMENT_WORD = re.compile(
    r"cold|flu|covid|virus|bug|lurgy|infection|throat|cough|fever|temperature|migraine|headache"
    r"|gastro"
    r"|pox|poisoning|stitch|cramp|niggle|splints|blister|injur|twinge|sprain|strain|paracetamol"
    r"|ibuprofen|aspirin|nurofen|calpol|codamol|antihistamine|painkiller|antibiotic|inhaler"
)


#: A club's social named by the club ("run club christmas do:", "running club drinks"): the
#: club is who was there, no run (its food and drinks were read as a run with no figures).
_CLUB_SOCIAL = re.compile(
    r"\b(?:run(?:ning)?|jogging|athletics|tri(?:athlon)?)\s+club(?:'s)?\s+(?=(?:(?:christmas"
    r"|xmas|summer|annual|end\s+of\s+season|awards|birthday|leaving)\s+)?(?:do|party|social"
    r"|drinks|night\s+out|meal|dinner|curry|bbq|barbecue|quiz|awards|presentation"
    r"|celebration|piss\s*up)\b)"
)


def club_social(text: str) -> str:
    """The message with a club's social named as "club ..." (_CLUB_SOCIAL)."""
    if "club" not in text:
        return text
    return _CLUB_SOCIAL.sub("club ", text)


def drop_ailments(text: str) -> str:
    """The message without the illnesses, injuries and medicines had (_AILMENT_HAD)."""
    if _AILMENT_WORD.search(text) is None:
        return text
    return _ILLNESS_SAID.sub(" ", _AILMENT_HAD.sub(" ", text))


#: The figure after a weight named in passing: "I was 13 stone last year, now 11 😊".
_NOW_FIGURE = re.compile(
    r"(?:and\s+|but\s+)?now\s+(?:only\s+|just\s+)?[0-9]{1,3}(?:\.[0-9])?[^a-z0-9]*"
)


def _drop_circumstance(text: str) -> str:
    if not _CIRCUMSTANCE_WORDS.isdisjoint(text.split()):
        return _CIRCUMSTANCE.sub("", text)
    return text


#: A shake named with the powder it was made of ("protein shake w/ 2 scoops whey and a banana
#: blended") is those parts: the table's protein shake is already a scoop of whey in water.
_SHAKE_OF_PARTS = re.compile(
    r"\b(?:(?:a|my|the)\s+)?(?:protein|whey|recovery)\s+shake\s+(?=(?:made\s+)?(?:with|of)\s"
    r"[^,;]*\b(?:whey|protein powder|casein|scoops?|isolate)\b)(?:made\s+)?(?:with|of)\s+"
)


def _drop_shake_name(text: str) -> str:
    if "shake" in text:
        return _SHAKE_OF_PARTS.sub("", text)
    return text


#: Food beside a run that carries the run's own figures: "two pb and j sandwiches after my 4
#: mile run (34:50)", "chocolate milk after my 10k in 48:30", "coffee after parkrun 24:10".
#: With a time it is a run as well as a meal; without one ("a bagel after the 10k") it names
#: a run logged elsewhere, and the food is recovery.
_AROUND_A_RUN = re.compile(
    r"\b(?:after|post|before|pre|during|mid|on(?=\s+(?:my|the|today's)\s))[- ]\s*+"
    r"(?:my\s+|the\s+(?:(?:(?<=after the )|(?<=before the ))(?:(?!(?:at|on|in)\b)"
    r"[a-z]+\s+){1,2}?)?"
    r"|a\s+|that\s+|today's\s+)?"  # "after the parkway 10k": a race's name
    r"(?:(?:first|1st)\s+(?:ever\s+)?)?"  # "toast before my first 5k"
    r"(?P<run>(?P<dist>[0-9]{1,3}(?:\.[0-9]{1,2})?\s*(?:km|k|mi|miles?|milers?)\b|park ?run\b"
    r"|half(?:[- ]marathon)?\b|marathon\b)"
    r"(?!\s*(?:ride|bike|cycle|swim|walk|hike|row|spin|turbo)\b)"
    r"(?:\s+(?:long\s+|easy\s+|tempo\s+|club\s+)?(?:run|race|jog|tempo|intervals|reps|loop"
    r"|route|circuit|lap|out and back|trail run|trail)\b)?"  # "after a 6 mile loop (53:10)"
    r"(?:\s*(?:,\s*|\(\s*|in\s+|-\s+)?(?P<time>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?"
    r"|[0-9]{1,3}\s*(?:min|mins|minutes)\b)\)?)?)"
)
#: Words a food's run follows, found anywhere in the text (one scan, not seven).
_RUN_LEADS = re.compile("after|post|before|pre|during|mid|on ")


def _run_beside_food(text: str) -> tuple[str, str | None]:
    """The food clause with the run's figures taken out, and the run when it has a time."""
    if _RUN_LEADS.search(text) is None or _DIGIT.search(text) is None:
        return text, None
    m = _AROUND_A_RUN.search(text)
    if m is None or not (text[: m.start()] + text[m.end() :]).strip(" ,.-:()"):
        return text, None  # no food beside it: "after my 10k in 48:30" is the run alone
    food = text[: m.start("run")] + "run" + text[m.end("run") :]
    if m["time"] is None:
        return food, None
    dist = m["dist"] if m["dist"][0].isdigit() else "parkrun" if "park" in m["dist"] else ""
    race = "half marathon" if m["dist"].startswith("half") else "marathon" if not dist else "run"
    return food, f"{dist.replace('miler', 'mile')} {race} {m['time']}".strip()


def _drop_chatter_parts(text: str, foods: FoodTable) -> str:
    """A meal's comma-separated parts without those of chatter alone ("pot noodle at my desk,
    don't judge"); a food's name stays ("2 eggs, hot dog")."""
    if "," not in text:
        return text
    parts = text.split(",")
    kept = [p for p in parts if not (_LETTERS.search(p) and _is_chatter(p, foods))]
    return ",".join(kept) if len(kept) < len(parts) else text
