"""Answers to runners' questions, in this runner's numbers and units (see engine/intents.py).

Each function takes the runner's `Facts` (their day balance, the same numbers as /today, and
their profile) and returns a few plain sentences; the basis of each is named in the intent
table. Numbers per body weight follow science.md §5-§7.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.balance import DayBalance
from engine.energy import resting_kcal_per_day
from engine.explain import MINOR_NOTE, target_note, why_target
from engine.profile import Profile
from engine.units import KM_PER_MILE, ML_PER_FL_OZ, mass_value, per_mass_unit

#: science.md §5: g protein per kg a day (keep/gain; loss goals) and per meal.
PROTEIN_KEEP_G_PER_KG = 1.6
PROTEIN_LOSS_G_PER_KG = 2.0
MEAL_PROTEIN_G_PER_KG = (0.25, 0.4)
#: science.md §6 / engine.recovery: the post-run dose per kg.
RECOVERY_PROTEIN_G_PER_KG = 0.3
RECOVERY_CARBS_G_PER_KG = 1.0

@dataclass(frozen=True, slots=True)
class Facts:
    """What an answer may use: the runner's day (same numbers as /today) and profile."""

    balance: DayBalance
    profile: Profile

    @property
    def kg(self) -> float:
        return self.balance.weight_kg

    @property
    def imperial(self) -> bool:
        return self.profile.units == "imperial"

    @property
    def minor(self) -> bool:
        """Under 18: no energy target, deficit, surplus or lean-mass figure (§10 rev 2)."""
        return self.balance.minor

# ------------------------------------------------------------------------------ quantities


def _n(value: float) -> str:
    return f"{value:,.0f}"


def mass(kg: float, f: Facts, *, digits: int = 1) -> str:
    if f.imperial:
        return f"{mass_value(kg, 'imperial'):.{digits}f} lb"
    return f"{kg:.{digits}f} kg"


def volume(ml: float, f: Facts) -> str:
    if f.imperial:
        return f"{ml / ML_PER_FL_OZ:.0f} fl oz"
    return f"{round(ml, -1):.0f} ml"


def _num(value: float) -> str:
    if value >= 10:
        return f"{value:,.0f}"
    return f"{value:.2g}" if value < 1 else f"{value:.1f}".removesuffix(".0")


def per_body(lo: float, f: Facts, hi: float | None = None, *, unit: str = "g",
             of: str = "") -> str:
    """A dose per kg of body weight: "1.6 g per kg", or "0.73 g per lb" for imperial runners.

    `of` names another mass ("of lean mass"); a range is "lo-hi".
    """
    system, per = ("imperial", "lb") if f.imperial else ("metric", "kg")
    amount = _num(per_mass_unit(lo, system)) + ("" if hi is None
                                                else f"-{_num(per_mass_unit(hi, system))}")
    return f"{amount} {unit} per {per}{f' {of}' if of else ''}"


def grams(lo: float, f: Facts, hi: float | None = None) -> str:
    """Grams for this runner from grams per kg: "22 g" or a range "19-30 g"."""
    return f"{lo * f.kg:.0f}" + ("" if hi is None else f"-{hi * f.kg:.0f}") + " g"


def ree_kcal(f: Facts) -> float:
    return resting_kcal_per_day(f.profile, f.kg, on=f.balance.date)


# ------------------------------------------------------------------------------ the day


def standing(_f: Facts) -> str:
    return "Here is where today stands."


def left_today(f: Facts) -> str:
    if f.minor:
        return MINOR_NOTE
    b = f.balance
    left = b.target_kcal - b.intake_kcal
    note = target_note(b, f.profile.units)  # science.md §7 rev 2: a binding cap is said
    tail = f" {note}" if note else ""
    if left >= 0:
        return (f"About {_n(left)} kcal left to eat today: target {_n(b.target_kcal)}, eaten "
                f"{_n(b.intake_kcal)} so far.{tail}")
    return (f"You are {_n(-left)} kcal above today's target ({_n(b.target_kcal)}). No need to "
            f"make up for it: one day is noise, the weekly trend is what counts.{tail}")


def protein_today(f: Facts) -> str:
    b = f.balance
    to_go = b.protein_target_g - b.protein_g
    if to_go <= 0:
        return (f"Yes: {b.protein_g:.0f} g of protein today, target {b.protein_target_g:.0f} g. "
                "Done for the day.")
    return (f"Protein so far: {b.protein_g:.0f} of {b.protein_target_g:.0f} g; about "
            f"{to_go:.0f} g to go. A 25 g serving is e.g. 250 g of Greek yogurt or a shake.")


def eaten_today(f: Facts) -> str:
    b = f.balance
    if not b.meals_logged:
        return "Nothing eaten is logged today yet."
    meals = "meal" if b.meals_logged == 1 else "meals"
    return (f"So far today: {_n(b.intake_kcal)} kcal over {b.meals_logged} {meals}: protein "
            f"{b.protein_g:.0f} g, carbs {b.carbs_g:.0f} g, fat {b.fat_g:.0f} g.")


def burned_today(f: Facts) -> str:
    b = f.balance
    return (f"About {_n(b.expenditure_kcal)} kcal today: {_n(b.resting_kcal)} for resting and "
            f"daily living (the whole day's) plus {_n(b.exercise_kcal)} from logged exercise, "
            "counted above what you would burn at rest. Estimates.")


def weight_trend(f: Facts) -> str:
    b = f.balance
    if b.weekly_change_kg is None or b.weekly_change_pct is None or b.weight_trend_kg is None:
        example = "weight 158 lb" if f.imperial else "weight 71.8"
        return (f"Not enough weigh-ins for a trend yet. Weigh in most mornings (e.g. "
                f"'{example}'); after about two weeks I can show how fast it moves.")
    direction = "down" if b.weekly_change_kg < 0 else "up"
    return (f"Your smoothed weight is {mass(b.weight_trend_kg, f)}, going {direction} "
            f"{mass(abs(b.weekly_change_kg), f, digits=2)} a week "
            f"({abs(b.weekly_change_pct):.1f} % of your weight). Muscle-friendly loss is up to "
            "about 0.7-1 % a week.")


def explain_target(f: Facts) -> str:
    """Today's target in plain arithmetic: the same steps as /today's "Why this target?"."""
    return "\n".join(why_target(f.balance, f.profile.units))


# ------------------------------------------------------------------------------ around runs


def before_run(f: Facts) -> str:
    return (f"For runs over an hour, eat {per_body(1, f, 4)} of carbohydrate 1-4 hours before: "
            f"for you "
            f"about {grams(1, f)} two hours before, e.g. toast with jam and a banana; the closer "
            "to the run, the smaller and lower in fat and fibre. Easy runs under an hour need "
            "nothing special.")


def fasted_run(f: Facts) -> str:
    return ("Easy runs up to about an hour on an empty stomach are fine for most runners. For "
            f"long or hard sessions eat first (about {grams(1, f)} of carbohydrate 1-4 h before, "
            f"or a banana if time is short), and have about {grams(RECOVERY_PROTEIN_G_PER_KG, f)}"
            " of protein afterwards.")


def during_run(f: Facts) -> str:
    return ("Under an hour: water is enough. 1-2.5 hours: 30-60 g of carbohydrate an hour; a "
            "typical gel has 20-25 g, so 1-2 gels an hour with water, starting early. Over "
            "2.5 hours: up to 90 g an hour, from gels or drinks that mix glucose and fructose. "
            "Practise it on long runs, never first on race day.")


def carb_loading(f: Facts) -> str:
    return (f"Only for races over about 90 minutes: {per_body(10, f, 12)} of carbohydrate a day "
            f"for the 36-48 hours before, about {grams(10, f, 12)} a day for you, with "
            "less fibre and fat so it fits. For a 5k or 10k, normal eating and a carb-rich meal "
            "the night before are enough.")


def after_run(f: Facts) -> str:
    return (f"After a run of 45 minutes or more: about {grams(RECOVERY_PROTEIN_G_PER_KG, f)} "
            f"of protein with {grams(RECOVERY_CARBS_G_PER_KG, f)} of carbohydrate, e.g. "
            f"{volume(RECOVERY_PROTEIN_G_PER_KG * f.kg / 3.5 * 100, f)} of low-fat chocolate "
            "milk, or Greek yogurt with fruit and granola. It comes out of the day's budget, "
            "not on top.")


def recovery_timing(f: Facts) -> str:
    return ("Within about an hour or two is plenty for most runners; I remind you 30 minutes "
            "after a run of 45 minutes or more. Timing matters most when you train again within "
            "8 hours: carbohydrate taken 2 hours late refilled glycogen about half as fast. "
            "With a day between runs, the day's total counts more than the clock.")


def chocolate_milk(f: Facts) -> str:
    ml = RECOVERY_PROTEIN_G_PER_KG * f.kg / 3.5 * 100
    return (f"Yes, it is a good, cheap recovery drink: low-fat chocolate milk has about 3:1-4:1 "
            f"carbohydrate to protein. For your {grams(RECOVERY_PROTEIN_G_PER_KG, f)} of protein "
            f"that is about {volume(ml, f)}; half that plus a pot of Greek yogurt is less to "
            "drink.")


def two_sessions(f: Facts) -> str:
    return (f"When the next session is less than 8 hours away: {per_body(1.0, f, 1.2)} of "
            f"carbohydrate an hour for the first 4 hours, about {grams(1.0, f, 1.2)} an hour for "
            f"you, plus about {grams(RECOVERY_PROTEIN_G_PER_KG, f)} of protein soon after the "
            "first. With 8 hours or more, normal meals refill you.")


def hydration(f: Facts) -> str:
    return (f"Before: {volume(5 * f.kg, f)} to {volume(10 * f.kg, f)} over the 2-4 hours "
            f"before a long run. During: drink to lose less than 2 % of your weight "
            f"({mass(0.02 * f.kg, f)}), but never so much that you gain weight. Weigh yourself "
            "before and after a long run to learn your sweat rate. Electrolytes (sodium) help "
            "on long, hot or very sweaty runs.")


def caffeine(f: Facts) -> str:
    return (f"Caffeine helps endurance: {per_body(3, f, 6, unit='mg')} about an hour before, "
            f"{_n(3 * f.kg)}-{_n(6 * f.kg)} mg for you (a mug of filter coffee has roughly "
            "100 mg); lower doses work for many. Try it in training first, and keep it away "
            "from bedtime.")


def alcohol(f: Facts) -> str:
    return (f"Alcohol slows recovery: after hard exercise, a large dose (about "
            f"{per_body(1.5, f)}, 6-8 drinks) cut muscle protein building by a quarter to a "
            "third even with protein. A drink or two matters little; have your recovery food "
            "and water first, and log the drink, it has calories.")


# ------------------------------------------------------------------------------ protein


def protein_per_day(f: Facts) -> str:
    b = f.balance
    return (f"Your target is {b.protein_target_g:.0f} g a day. Runners keeping or building "
            f"muscle: {per_body(PROTEIN_KEEP_G_PER_KG, f)} (1.4-2.2 is fine); while losing "
            f"weight {per_body(PROTEIN_LOSS_G_PER_KG, f)}, because a deficit raises the need. "
            f"Much above {per_body(2.4, f)} brings nothing extra.")


def protein_per_meal(f: Facts) -> str:
    lo, hi = MEAL_PROTEIN_G_PER_KG
    return (f"About {grams(lo, f, hi)} per meal ({per_body(lo, f, hi)}), in 4 or more "
            "meals 3-5 hours apart, one of them after your run. In one study 4 x 20 g every "
            "3 hours built more muscle protein than 2 big or 8 small servings.")


def protein_safety(f: Facts) -> str:
    return (f"In healthy active people, {per_body(1.4, f, 2.0)} a day showed no harm to kidneys or "
            "bones. With kidney disease or a protein limit from your doctor, follow your "
            "doctor, not my target.")


def plant_protein(f: Facts) -> str:
    return (f"Same target ({f.balance.protein_target_g:.0f} g a day), with a little more per "
            "meal: plant proteins carry less leucine, the amino acid that switches on muscle "
            "building. Soy, tofu, tempeh, seitan, lentils or beans with grains, or a soy or pea "
            "protein powder all work.")


# ------------------------------------------------------------------------------ the body


def lose_fat(f: Facts) -> str:
    if f.minor:
        return (f"{MINOR_NOTE} Under 18 I don't plan weight loss or gain: talk to a parent, "
                "coach or doctor.")
    return (f"Lose slowly: about 0.5-1 % of your weight a week ({mass(0.005 * f.kg, f, digits=2)}"
            f"-{mass(0.01 * f.kg, f, digits=2)}); eat {per_body(PROTEIN_LOSS_G_PER_KG, f)} of "
            f"protein ({grams(PROTEIN_LOSS_G_PER_KG, f)}) spread over meals; lift twice a week. "
            "Athletes losing about 0.7 % a week gained lean mass; a faster plan did not.")


def loss_rate(f: Facts) -> str:
    if f.minor:
        return lose_fat(f)
    return (f"Up to about 0.7 % of your weight a week keeps muscle best "
            f"({mass(0.007 * f.kg, f, digits=2)} for you), 1 % at most "
            f"({mass(0.01 * f.kg, f, digits=2)}). Faster costs muscle and strength; I warn when "
            "a goal asks for more.")


def gain_muscle(f: Facts) -> str:
    if f.minor:
        return MINOR_NOTE
    return (f"Gain slowly, about 0.25-0.5 % of your weight a week "
            f"({mass(0.0025 * f.kg, f, digits=2)}-{mass(0.005 * f.kg, f, digits=2)}), from a "
            f"small surplus; faster is mostly fat. Eat {grams(PROTEIN_KEEP_G_PER_KG, f)} of "
            "protein a day and lift 2-3 times a week; running alongside lifting does not cancel "
            "muscle growth.")


def floor(f: Facts) -> str:
    if f.minor:
        return MINOR_NOTE
    b = f.balance
    return (f"I never set your target below a floor: the largest of a minimum for your sex "
            f"(1,200 kcal women, 1,500 men), your resting energy (about {_n(ree_kcal(f))}), and "
            f"{per_body(30, f, unit='kcal', of='of lean mass')} plus exercise. Today that floor "
            f"is {_n(b.floor_kcal)} kcal. Eating below it often leaves too little for health.")


def energy_availability(f: Facts) -> str:
    if f.minor:
        return MINOR_NOTE
    ea = f.balance.energy_availability
    system = "imperial" if f.imperial else "metric"
    today = (f" Today so far: about {per_mass_unit(ea, system):.0f}." if ea is not None else "")
    return (f"Energy availability is what food leaves after exercise, per "
            f"{'lb' if f.imperial else 'kg'} of lean mass. Below about "
            f"{per_body(30, f, unit='kcal')} a day for weeks, hormones, bones and performance can "
            f"suffer (RED-S).{today} If it stays low for two weeks, talk to a doctor or sports "
            "dietitian.")


def strength(f: Facts) -> str:
    return ("Yes: two sessions a week (squats, lunges, deadlifts, push-ups; 20-45 min), "
            "ideally 3 hours or more away from hard runs. Running plus lifting does not reduce "
            "muscle growth or strength overall; only explosive power is a little blunted, more "
            "in the same session. Log it like 'gym 45 min'.")


def rest_day(f: Facts) -> str:
    if f.minor:
        return MINOR_NOTE
    return (f"Your target follows what you burn, so with no run logged it is lower by itself "
            f"(resting and daily living {_n(f.balance.resting_kcal)} kcal, plus your goal). "
            f"Keep protein the same ({f.balance.protein_target_g:.0f} g): rest days are when "
            "muscle rebuilds.")


def eat_back(f: Facts) -> str:
    if f.minor:
        return MINOR_NOTE
    return (f"Yes: each logged run adds what it costs above resting to your target, so you eat "
            f"for it. Your daily living factor ({f.profile.nef:g}) covers steps and chores, not "
            "training, so nothing is counted twice.")


def run_cost(f: Facts) -> str:
    km, unit = (KM_PER_MILE, "mile") if f.imperial else (1.0, "km")
    return (f"About {per_body(0.9 * km, f, 1.0 * km, unit='kcal')} per {unit} on the flat, "
            f"whatever the pace: about {_n(0.9 * f.kg * km)} kcal a {unit} for you, minus what "
            "you would burn resting anyway. Hills and a treadmill incline add to it. Estimates, "
            "about 10 % either way.")


def hills(f: Facts) -> str:
    return ("Uphill costs far more than downhill saves, so a hilly loop costs more than the same "
            "distance flat: a few % on road hills, much more on steep trails. A treadmill "
            "incline counts as a real climb. Add the climb to a log, like 'ran 12 km +300 m'.")


def scale_swings(f: Facts) -> str:
    return (f"Swings of {mass(0.5, f)}-{mass(2, f, digits=0)} from day to day are mostly water, "
            "glycogen and food in the gut, not fat. I smooth weigh-ins into a trend and judge "
            "the rate over 2-4 weeks; weigh in at the same time each morning.")


def adaptive(f: Facts) -> str:
    if f.minor:
        return MINOR_NOTE
    b = f.balance
    now = (" Your target is still from the formula alone." if b.adaptive_weight <= 0 else
           f" It counts for {b.adaptive_weight:.0%} of your expenditure now.")
    return ("After weeks of logged meals and weigh-ins I compare what you ate with how your "
            "weight moved, and slowly blend that estimate into your expenditure; it never "
            f"takes the target below your floor.{now}")


def bmr(f: Facts) -> str:
    p = f.profile
    known = p.height_cm and p.age and p.sex
    rough = "" if known else (" It is rough: set your sex, age and height with "
                              "/profile for a better one.")
    return (f"Your resting energy is about {_n(ree_kcal(f))} kcal a day (Mifflin-St Jeor: "
            f"10 x weight + 6.25 x height - 5 x age, plus a constant for sex); x {p.nef:g} for "
            f"daily living makes {_n(f.balance.resting_kcal)}.{rough}")


def walking(f: Facts) -> str:
    return (f"Walks you log as exercise count. Everyday steps are already in your daily living "
            f"factor ({f.profile.nef:g}), so don't log them too. On your feet all day? "
            "Raise it: /profile nef=1.5.")


def symptoms(_f: Facts) -> str:
    return ("I can't judge symptoms like dizziness, chest pain, fainting, missed periods, "
            "repeated stress fractures or lasting fatigue. Please ease off hard training and "
            "see a doctor; if it is sudden or severe, get urgent help.")


def eating(_f: Facts) -> str:
    return ("Thank you for telling me. Bingeing, purging or restricting are worth real "
            "support: please talk to a doctor, or an eating-disorder helpline (Beat in the UK, "
            "ANAD in the US, or your country's). You can pause calorie goals with "
            "/goal maintain and keep only protein and recovery.")


# ------------------------------------------------------------------------------ nudges

#: What each §9 nudge rule watches, in plain words (the codes never reach a runner).
NUDGE_REASONS = {
    "N1": "Your goal asks for a faster rate than keeps muscle: losing more than about 0.7-1 % "
          "of your weight a week costs muscle and strength, and gaining more than 0.5 % a week "
          "is mostly fat.",
    "N2": "Over your last logged days you ate well below what your plan allows. A gap bigger "
          "than planned leaves less fuel for training and for keeping muscle.",
    "N3": "Your weight is coming down faster than about 1 % a week, the pace above which "
          "runners lose muscle along with fat.",
    "N4": "Protein was low on most of your recent days. Muscle needs a steady supply every day, "
          "more so while you eat less than you burn.",
    "N5": "Most of your protein came in one or two meals. Three or four meals with a good "
          "serving each build more muscle than the same amount in one go.",
    "N6": "Food minus exercise has left too little energy for your lean mass (energy "
          "availability). Low for weeks, it can upset hormones, bones and training.",
    "N8": "On several days you logged less food than your body uses at rest. That is too little "
          "for health, whatever the goal.",
    "N9": "No strength session in a week. Two short sessions a week help keep muscle while you "
          "run.",
}
GENERAL_REASON = "I watch your energy, protein and weight trend to help you keep your muscle."


def nudge_reason(code: str) -> str:
    """Why a nudge was sent, in plain words, from its §9 rule code."""
    return NUDGE_REASONS.get(code, GENERAL_REASON)
