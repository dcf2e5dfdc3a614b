"""The questions the coach answers: keywords, example phrasings, answer and basis for each.

Each answer is short, uses this runner's own numbers (their day balance and profile), and
names its basis: a section of the project's science notes (docs: science.md), or, for the
few topics those notes do not cover yet (fuel during runs, carb loading, drinks, caffeine,
alcohol), the ACSM / Academy of Nutrition and Dietetics / Dietitians of Canada 2016 position
stand they cite (reference 14), said so in the basis. Everything is general information
(science.md §10), which the bot says under every answer.

`needs` are keyword groups, each a string of "|"-separated alternatives (words or phrases,
written as a runner would; they are stemmed like the question). An intent matches when every
group has a hit, so "protein" alone matches nothing but "protein" + "so far" does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from engine import replies
from engine.replies import Facts

ButtonKind = Literal["today", "week", "target", "profile"]

ACSM_2016 = ("the ACSM / Dietitians 2016 sports nutrition position stand (in our science "
             "notes' references; these numbers not yet reviewed there)")


def stem(word: str) -> str:
    """A crude stem so "gels", "carbs" and "calories" meet "gel", "carb" and "calorie"."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def _group(alternatives: str) -> frozenset[str]:
    return frozenset(" ".join(stem(w) for w in alt.split()) for alt in alternatives.split("|"))


@dataclass(frozen=True, slots=True)
class Intent:
    key: str
    needs: tuple[frozenset[str], ...]
    examples: tuple[str, ...]
    reply: Callable[[Facts], str]
    basis: str
    button: ButtonKind | None = "today"
    standing: bool = False
    unless: frozenset[str] = frozenset()
    weight: float = 0.0

    @property
    def specificity(self) -> float:
        """More keyword groups is more specific; a named topic ("caffeine") counts extra."""
        return self.weight or len(self.needs)


def intent(key: str, needs: tuple[str, ...], examples: tuple[str, ...],
           reply: Callable[[Facts], str], basis: str, *, button: ButtonKind | None = "today",
           standing: bool = False, unless: str = "", weight: float = 0.0) -> Intent:
    """One row of the table; `unless` words rule the intent out, `weight` ranks a topic."""
    return Intent(key, tuple(_group(g) for g in needs), examples, reply, basis, button, standing,
                  _group(unless) if unless else frozenset(), weight)

# ------------------------------------------------------------------------------ the table

S1 = "our science notes §1 (resting energy, Mifflin-St Jeor)"
S2 = "our science notes §2 (daily living vs exercise)"
S3 = "our science notes §3 (running energy cost: ACSM, Minetti, Compendium)"
S4 = "our science notes §4 and §0 (strength training; concurrent training, Schumann 2022)"
S5 = "our science notes §5 (protein: ACSM 2016, ISSN 2017, Morton 2018)"
S6 = "our science notes §6 (post-run recovery: ACSM 2016, ISSN 2017, Ivy 1988)"
S7 = "our science notes §7 (energy balance, safe rates: Garthe 2011, Helms 2014)"
S8 = "our science notes §8 (weight trend and adaptive expenditure)"
S10 = "our science notes §10 (safety)"
TODAY = "your day's numbers (as in /today)"

INTENTS: tuple[Intent, ...] = (
    # --- the standing: same numbers as /today
    intent("standing", ("how am i doing|how is it going|how is my day|how am i|status|on track"
                        "|where do i stand|standing|how is today|how did i do|overview|summary"
                        "|update|where am i|today looking",),
           ("how am i doing", "how's my day going", "am i on track today", "status"),
           replies.standing, TODAY, button="week", standing=True),
    intent("left_today", ("left|remaining|still eat|still have|budget|more|afford|spare|room",
                          "calorie|kcal|cal|eat|food|budget|afford|room"),
           ("what's left today", "how many calories do i have left", "how much can i still eat",
            "can i eat more today"),
           replies.left_today, TODAY, standing=True),
    intent("protein_today", ("protein",
                             "so far|today|left|still|hit|reach|reached|yet|remaining|to go|got"
                             "|have i had|did i|enough today|missing|more|check|count|tally"),
           ("protein so far?", "did i hit my protein", "how much protein have i had today",
            "how much more protein do i need today"),
           replies.protein_today, TODAY, standing=True),
    intent("eaten_today", ("eaten|eat today|ate|had today|have i had|intake|consumed|logged"
                           "|calories today|kcal today|food today|so far",),
           ("how much have i eaten", "what have i eaten today", "calories so far today"),
           replies.eaten_today, TODAY, standing=True),
    intent("burned_today", ("burn|burned|burnt|expenditure|spent|used",
                            "today|so far|did i|have i|i burn|i burned|i burnt|my expenditure"
                            "|i used|i spent"),
           ("how much did i burn today", "calories burned today", "what's my expenditure"),
           replies.burned_today, TODAY, standing=True),
    intent("weight_trend", ("weight|losing|lost|gaining|trend|scale",
                            "trend|going|losing|gaining|lost|gained|how fast|rate|down|up"
                            "|progress|change",
                            "my|am i|i am|have i|the scale"),
           ("what's my weight trend", "am i losing weight", "how fast am i losing"),
           replies.weight_trend, "our science notes §8 (weight trend)", button="week",
           weight=2),
    intent("why_target", ("target|goal|budget|calorie|kcal|number",
                          "why|how|where|calculate|calculated|work out|come from|explain|so high"
                          "|so low|so much|so many|based"),
           ("why is my target 2400", "how is my target calculated", "why so many calories",
            "explain my calorie goal"),
           replies.explain_target, "our science notes §1, §2 and §7 (resting energy, daily living, "
           "goal and floor)", button="today", unless="protein"),
    # --- around runs
    intent("before_run", ("before|pre|prerun|ahead of|morning of|breakfast",
                          "run|race|10k|5k|marathon|long run|training|workout|session|parkrun"),
           ("what should i eat before a run", "pre-run meal", "what to eat before a race"),
           replies.before_run, ACSM_2016),
    intent("fasted_run", ("fasted|empty stomach|without eating|without breakfast|no breakfast"
                          "|on empty|before breakfast",),
           ("can i run fasted", "is it ok to run on an empty stomach"),
           replies.fasted_run, ACSM_2016 + "; " + S6, weight=2.5),
    intent("during_run", ("during|per hour|an hour|mid|while running|on the run|gel|chew"
                          "|fuel|fueling|fuelling|marathon",
                          "carb|gel|eat|fuel|fueling|fuelling|food|sugar|chew|how many|how much"),
           ("how many carbs per hour on a long run", "how many gels in a marathon",
            "what should i eat during a long run", "how do i fuel a marathon"),
           replies.during_run, ACSM_2016),
    intent("carb_loading", ("carb load|carb loading|carbo load|carboload|load|loading|pasta"
                            "|race week|taper|night before",
                            "carb|pasta|race|marathon|load|loading|rice|week"),
           ("should i carb load", "how do i carb load for a marathon", "race week eating"),
           replies.carb_loading, ACSM_2016, weight=2.5),
    intent("after_run", ("after|post|postrun|recover|recovery|refuel",
                         "run|race|workout|session|training|long run|food|eat|meal|drink|snack"),
           ("what should i eat after a run", "best post run meal", "what is a good recovery "
            "meal"),
           replies.after_run, S6, button="today"),
    intent("recovery_timing", ("window|how soon|how long|how quickly|within|timing|when"
                               "|anabolic",
                               "after|post|recovery|refuel|anabolic|window"),
           ("how soon after a run should i eat", "is there an anabolic window",
            "when should i eat after running"),
           replies.recovery_timing, S6, weight=2.2),
    intent("chocolate_milk", ("chocolate milk|choc milk|chocolate",),
           ("is chocolate milk good for recovery",), replies.chocolate_milk, S6, weight=2.5),
    intent("two_sessions", ("twice|two run|two session|double|doubles|second run|again tonight"
                            "|another run|two workouts|8 hours",
                            "day|refuel|eat|between|recover|fuel|tonight"),
           ("i run twice a day how do i refuel", "what to eat between two sessions"),
           replies.two_sessions, S6),
    intent("hydration", ("water|drink|hydrate|hydration|hydrated|fluid|electrolyte|salt"
                         "|sodium|sweat|dehydrated",
                         "how much|should|need|run|race|long|hot|during|before|after|enough"
                         "|do i|tab|when"),
           ("how much water should i drink", "do i need electrolytes", "how do i hydrate"),
           replies.hydration, ACSM_2016),
    intent("caffeine", ("caffeine|coffee|espresso|energy drink|caffeinated",),
           ("does caffeine help running", "should i have coffee before a run"),
           replies.caffeine, ACSM_2016 + "; ISSN caffeine stand", weight=2.5),
    intent("alcohol", ("alcohol|beer|wine|pint|booze|drunk|drinking|hangover|cocktail|vodka"
                       "|prosecco",
                       "ok|recovery|run|muscle|bad|ruin|affect|can i|should|after|before"
                       "|hurt|kill|effect|training|race"),
           ("can i drink alcohol after a run", "does beer ruin recovery"),
           replies.alcohol, ACSM_2016 + " (Parr 2014)"),
    # --- protein
    intent("protein_per_day", ("protein",
                               "how much|how many|need|per day|a day|daily|target|enough|should"
                               "|grams|ideal|recommend|goal|why"),
           ("how much protein do i need", "what should my daily protein be",
            "how much protein should a runner eat per day"),
           replies.protein_per_day, S5),
    intent("protein_per_meal", ("protein",
                                "meal|per meal|at once|one sitting|absorb|spread|dose|serving"
                                "|sitting|at a time|distribute|split|timing|one go|in one go"
                                "|wasted|waste"),
           ("how much protein per meal", "how should i spread my protein",
            "how much protein can i absorb at once"),
           replies.protein_per_meal, S5),
    intent("protein_safety", ("protein|high protein",
                              "kidney|kidneys|bone|bones|too much|dangerous|harm|harmful|safe"
                              "|bad for|liver"),
           ("is too much protein bad for my kidneys", "is high protein safe"),
           replies.protein_safety, S5, button="today"),
    intent("plant_protein", ("vegan|vegetarian|plant|plant based|veggie|meat free|no meat"
                             "|leucine|tofu|soy",
                             "protein|enough|leucine|muscle|how|eat"),
           ("i'm vegan how do i get enough protein", "is plant protein enough"),
           replies.plant_protein, S5, weight=2.5),
    # --- the body
    intent("lose_fat_keep_muscle", ("lose|losing|cut|cutting|drop|burn fat|fat loss|lean|leaner"
                                    "|shred|slim|weight loss",
                                    "muscle|muscles|lean mass|strength|without losing|keep"
                                    "|keeping|maintain|protect|preserve"),
           ("how do i lose fat without losing muscle", "how to cut and keep muscle"),
           replies.lose_fat, S7 + "; " + S5, button="target"),
    intent("loss_rate", ("lose|losing|loss|drop|cut",
                         "per week|a week|each week|weekly|how fast|safe|how quickly|how much"
                         "|rate|too fast|realistic|max"),
           ("how fast can i lose weight safely", "how much weight can i lose per week"),
           replies.loss_rate, S7, button="target"),
    intent("gain_muscle", ("gain|build|put on|bulk|bulking|grow|bigger|add",
                           "muscle|muscles|mass|weight|size|strength|bulk|bulking"),
           ("how do i build muscle while running", "how fast should i bulk"),
           replies.gain_muscle, S7 + "; " + S5 + "; " + S4),
    intent("floor", ("minimum|lowest|least|floor|too little|too low|under eat|undereat"
                     "|undereating|starvation|starve|1200",
                     "calorie|kcal|eat|eating|food|intake|target|go|day"),
           ("what's the minimum i should eat", "am i eating too little", "what is my floor"),
           replies.floor, S7, button="target"),
    intent("energy_availability", ("energy availability|reds|red s|relative energy|ea|low energy"
                                   "|underfuel|underfueling|underfuelling|under fuel",),
           ("what is energy availability", "what is red s", "am i underfuelling"),
           replies.energy_availability, S7 + "; IOC REDs 2023"),
    intent("strength", ("lift|lifting|strength|weight|weights|gym|resistance|squat|gains"
                        "|strength training|weight training",
                        "should|need|runner|running|run|kill|hurt|interfere|ok|good|how often"
                        "|how many|worth|help|combine|together|same day"),
           ("should runners lift weights", "does running kill gains",
            "how often should i do strength training"),
           replies.strength, S4),
    intent("rest_day", ("rest day|rest days|day off|off day|recovery day|non running day"
                        "|not running|no run|easy day",
                        "eat|calorie|kcal|food|less|more|protein|fuel|target|carb|need"),
           ("should i eat less on rest days", "how much do i eat on a rest day"),
           replies.rest_day, S2 + "; " + S5),
    intent("eat_back", ("eat back|earned|earn|eat my|back|eat more on|more on run|run days"
                        "|running days|days i run",
                        "calorie|kcal|run|exercise|workout"),
           ("should i eat back my exercise calories", "do i eat back calories from running"),
           replies.eat_back, S2, button="target", weight=2.2),
    intent("run_cost", ("burn|burned|burnt|calorie|kcal|energy|cost",
                        "run|running|km|mile|10k|5k|marathon|calculate|estimate|work out"),
           ("how many calories does running burn", "how do you calculate calories for a run"),
           replies.run_cost, S3, button="week",
           unless="hill|uphill|downhill|incline|treadmill|climb|elevation"),
    intent("hills_treadmill", ("hill|hills|uphill|downhill|incline|treadmill|elevation|climb"
                               "|trail",
                               "calorie|burn|kcal|more|cost|count|harder|energy|log|same|less"),
           ("do hills burn more calories", "does the treadmill burn less than outside"),
           replies.hills, S3),
    intent("scale_fluctuation", ("weight|scale|weigh|weighed|heavier|kg|lb",
                                 "jump|jumped|up|spike|fluctuate|fluctuation|heavier|gained"
                                 "|overnight|higher|went up|why|bounce|swing"),
           ("why did my weight go up", "why does my weight fluctuate",
            "i gained a kilo overnight"),
           replies.scale_swings, S8, button="week", weight=2.2),
    intent("adaptive", ("target|calorie|expenditure|tdee|metabolism|goal|budget|number",
                        "change|changed|go down|went down|went up|go up|lower|higher|drop"
                        "|adapt|adapting|adaptive|adjust|adjusted|dropped|different|moved|slow|slowed"),
           ("why did my target change", "why did my calories go down",
            "is my metabolism adapting"),
           replies.adaptive, S8, button="target", weight=2.6),
    intent("bmr", ("bmr|rmr|ree|resting|basal|metabolic rate|metabolism|at rest|doing nothing"
                   "|do nothing|without exercise",),
           ("what's my bmr", "what is my resting metabolic rate"), replies.bmr, S1 + "; " + S2,
           button="profile", weight=2.5),
    intent("walking", ("walk|walking|walked|step|steps|steps count|chores|standing",
                       "count|log|exercise|add|calorie|should|do|included|burn"),
           ("do steps count", "should i log my walks"), replies.walking, S2, button="profile"),
    intent("symptoms", ("dizzy|dizziness|faint|fainted|fainting|chest pain|chest|period"
                        "|periods|stress fracture|fracture|exhausted|tired all the time"
                        "|fatigue|palpitation|blackout|black out|light headed|lightheaded",),
           ("i feel dizzy when i run", "i missed my period", "i have chest pain"),
           replies.symptoms, S10, button=None, weight=3),
    intent("disordered_eating", ("binge|binged|bingeing|binging|purge|purged|purging|vomit"
                                 "|throw up|threw up|restrict|restricting|eating disorder"
                                 "|starving myself|skip meals|skipping meals|anorexia|bulimia",),
           ("i binged last night", "i've been restricting", "i think i have an eating disorder"),
           replies.eating, S10, button=None, weight=3),
)


def by_key(key: str) -> Intent:
    return next(i for i in INTENTS if i.key == key)
