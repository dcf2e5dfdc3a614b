"""Pure text builders: engine values -> the HTML our messages carry.

Only tags Telegram accepts under parse_mode HTML are used (<b>, <i>, <code>), and every
piece of user text goes through `escape`. Numbers are labelled as estimates (science.md §10).
The console chat shows the same text through `to_plain`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.answers import Answer
from engine.balance import DayBalance
from engine.events import (
    ActivityLogged,
    Event,
    EventFate,
    FoodItem,
    MealLogged,
    RunLogged,
    StoredEvent,
    StrengthLogged,
    WeightLogged,
)
from engine.explain import same_day_shortfall, target_note, why_target
from engine.food import Food
from engine.parsing import ParseResult
from engine.profile import GOALS, Profile
from engine.recovery import RecoveryDose
from engine.replies import nudge_reason
from engine.targets import goal_warning
from engine.units import (
    climb,
    food_mass,
    goal_rate,
    height,
    in_system,
    mass,
    mass_unit,
    pace,
    per_body_mass,
    per_week,
)
from engine.units import clock as clock_text
from engine.units import distance as distance_text

BAR_CELLS = 10

DISCLAIMER = (
    "<i>Estimates for general fitness information, not medical advice.</i>"
)

HELP = """<b>Just text me what you did or ate:</b>
• <code>ran 10k in 52 min</code> · <code>easy 8 km 45:00 this morning</code>
• <code>3 eggs, 2 slices of toast and a banana</code>
• <code>lunch: chicken breast 150g with rice</code>
• <code>burrito 600 kcal 30g protein</code>
• <code>gym 1h legs</code> · <code>walked 40 min</code>
• <code>weight 71.8</code>
Or send the .fit / .gpx / .tcx file from your watch.

<b>Commands</b>
/today – where your day stands
/week – chart of the last 7 days
/history – the last 7 days in numbers
/undo – remove your last entry
/profile – show or set, e.g. <code>/profile age=29 height=168cm weight=61kg tz=Europe/London</code>
/goal – e.g. <code>/goal lose-0.5</code> (see /goal for what each means)
/weight – log a weigh-in
/food – teach me a food: <code>/food granola 450 kcal 10p 60c 18f per 100g</code>
/reminders – <code>off</code>, <code>recovery=30</code>, <code>summary=21:00</code>,
<code>quiet=22:00-07:00</code>, <code>weekly=sun</code>,
<code>min_run=45</code> (shortest run that gets a recovery reminder)
/timezone – your city or zone, e.g. <code>/timezone Chicago</code>
/export – all your data as CSV and JSON
/deleteme – delete everything I know about you
/start – the setup questions again; type <code>skip</code> (or /cancel) to stop them

""" + DISCLAIMER
#: The examples /help gives an imperial runner instead (metric ones are in HELP).
_IMPERIAL_EXAMPLES = (
    ("ran 10k in 52 min", "ran 6 miles in 52 min"),
    ("easy 8 km 45:00", "easy 5 miles 45:00"),
    ("chicken breast 150g with rice", "chicken breast 5 oz with rice"),
    ("weight 71.8", "weight 158.4"),
    ("height=168cm weight=61kg tz=Europe/London", "height=5ft6in weight=135lb tz=America/Chicago"),
    ("summary=21:00", "summary=9pm"),
    ("quiet=22:00-07:00", "quiet=10pm-7am"),
    ("granola 450 kcal 10p 60c 18f per 100g", "protein bar 200 kcal 20p 22c 7f per bar"),
)


def help_text(units: str = "metric") -> str:
    """/help, with examples in the runner's units."""
    if units != "imperial":
        return HELP
    text = HELP
    for metric, imperial in _IMPERIAL_EXAMPLES:
        text = text.replace(metric, imperial)
    return text

UNSUPPORTED = (
    "I can only read text (and watch files: .fit, .gpx, .tcx). Type it for me, e.g. "
    "<code>ran 8 km in 45 min</code> or <code>2 eggs and toast</code>."
)


def example_run(units: str = "metric") -> str:
    """A typed run in the runner's units, for examples in replies."""
    return "ran 5 miles in 45 min" if units == "imperial" else "ran 8 km in 45 min"


def unsupported(units: str = "metric") -> str:
    """The reply to a sticker, voice note or photo without a caption."""
    return UNSUPPORTED.replace("ran 8 km in 45 min", example_run(units))
GROUP_NOTICE = (
    "I keep food, weight and training private, so I only work in a direct chat. "
    "Message me directly to log."
)
STALE_BUTTON = "That button has expired. Send /today to see where your day stands."
NOTHING_TO_UNDO = "There is nothing to undo yet."
SKIPPED = "OK, skipped. Normal meals will top you up."
SNOOZED = "OK, I'll remind you again in 15 minutes."
NO_MORE_SNOOZE = "I'll leave it there: no more reminders for this run."
DELETED = "Done: everything I stored about you is deleted. Send /start to begin again."
EDIT_KEPT = "\nYour earlier entry for this message is unchanged."


def goal_label(goal: str, units: str = "metric") -> str:
    """A goal as a rate in the runner's units: 'lose 0.5 lb per week', 'lose 0.23 kg per week'.

    The goal list is kept in lb/week (science.md §7); metric runners see the same rates in kg.
    """
    return goal_rate(GOALS.get(goal, 0.0), units)


def goal_help(units: str = "metric") -> str:
    return "Pick a goal:\n" + "\n".join(f"<code>/goal {g}</code>: {goal_label(g, units)}"
                                         for g in GOALS)

TIMEZONE_HELP = (
    "Tell me your city or time zone so days end at your midnight: "
    "<code>/timezone Chicago</code>, <code>/timezone Europe/Berlin</code>."
)


def timezone_help(units: str = "metric") -> str:
    """/timezone without a place; US examples for an imperial runner."""
    if units != "imperial":
        return TIMEZONE_HELP
    return TIMEZONE_HELP.replace("Europe/Berlin", "America/New_York")


def weight_help(units: str = "metric") -> str:
    example = "158.4" if units == "imperial" else "71.8"
    return f"Send your weight like <code>/weight {example}</code> (in {mass_unit(units)})."
DELETE_CANCELLED = "OK, nothing was deleted. Everything you logged is still here."
DELETE_CONFIRM = (
    "This deletes your profile, every entry and every reminder. It cannot be undone. "
    "Export first with /export if you want a copy."
)

_TAG = re.compile(r"<[^>]+>")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def to_plain(text: str) -> str:
    """HTML message -> plain text for the console and the JSON contract."""
    return html.unescape(_TAG.sub("", text))


def too_long(length: int, units: str = "metric") -> str:
    return (
        f"That message is {length:,} characters; I read up to 4,096. Send one meal or run "
        f"per message, like <code>{example_run(units)}</code>."
    )


def unknown_command(command: str) -> str:
    return f"I don't know /{escape(command[:40])}. Send /help for what I understand."


def welcome(profile: Profile) -> str:
    imperial = profile.units == "imperial"
    run = "ran 6 miles in 52 min" if imperial else "ran 10k in 52 min"
    body = "height=5ft11in weight=165lb" if imperial else "height=180cm weight=75kg"
    lines = [
        "👋 I'm your running fuel coach. Text me runs, meals and weigh-ins the way you'd "
        "text a friend; I'll keep your energy and protein on track so you keep your muscle.",
        "",
        f"Try: <code>{run}</code> or <code>2 eggs and toast</code>.",
    ]
    if profile.age is None or profile.height_cm is None:
        lines += ["", "For accurate numbers tell me about you:",
                  f"<code>/profile sex=male age=34 {body} goal=maintain "
                  "tz=Europe/Berlin</code>"]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- numbers


def _n(value: float) -> str:
    return f"{round(value):,}"


def _clock(seconds: float) -> str:
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _distance(meters: float, units: str) -> str:
    return distance_text(meters, units)


def _mass(kg: float, units: str) -> str:
    return mass(kg, units)


def bar(value: float, target: float) -> str:
    """A small text progress bar: ▓▓▓▓░░░░░░ 40%."""
    if target <= 0:
        return ""
    share = max(0.0, value / target)
    filled = min(BAR_CELLS, round(share * BAR_CELLS))
    return f"{'▓' * filled}{'░' * (BAR_CELLS - filled)} {round(share * 100)}%"


def _local_time(at: datetime, tz: ZoneInfo, units: str = "metric",
                today: date | None = None) -> str:
    """'Sat 07:30' (or 'Sat 7:30 AM'); with the date when it is not `today` (backfills)."""
    local = at.astimezone(tz)
    day = f"{local:%a}" if today is None or local.date() == today else f"{local:%a %d %b}"
    return f"{day} {clock_text(local.time(), units)}"


def _other_day(event: Event, tz: ZoneInfo, units: str, today: date | None) -> list[str]:
    """A line that says an entry counts on an earlier (or later) day than today."""
    local = event.at.astimezone(tz)
    if today is None or local.date() == today:
        return []
    return [f"   📅 {local:%a %d %b}, {clock_text(local.time(), units)}: counted on that day"]


# ---------------------------------------------------------------------------- events


def describe_event(event: Event, tz: ZoneInfo, units: str = "metric",
                   today: date | None = None) -> list[str]:
    """What was understood, in a few lines a runner can check at a glance.

    An entry dated on another day than `today` ("yesterday: ...", an old watch file) says so.
    """
    if isinstance(event, RunLogged):
        return _run_lines(event, tz, units, today)
    return _entry_lines(event, units) + _other_day(event, tz, units, today)


def _run_lines(event: RunLogged, tz: ZoneInfo, units: str, today: date | None) -> list[str]:
    estimated = set(event.estimated)
    bits = [f"🏃 <b>Run</b> {_distance(event.distance_m, units)}"
            + (" (estimated)" if "distance_km" in estimated else ""),
            f"in {_clock(event.duration_s)}"
            + (" (estimated)" if "duration_min" in estimated else ""),
            f"({pace(event.distance_m, event.duration_s, units)})"]
    if event.elevation_gain_m:
        bits.append(f"+{climb(event.elevation_gain_m, units)}")
    line = " ".join(bits)
    if event.tags:
        line += " · " + ", ".join(escape(t) for t in event.tags)
    lines = [line, f"   ~{_n(event.energy_kcal)} kcal burned above resting (estimate)"
             f" · {_local_time(event.at, tz, units, today)}"]
    lines += _device_lines(event)
    return lines


def _entry_lines(event: Event, units: str) -> list[str]:
    if isinstance(event, StrengthLogged):
        tags = f" · {', '.join(escape(t) for t in event.tags)}" if event.tags else ""
        return [f"🏋️ <b>Strength</b> {_clock(event.duration_s)}{tags}",
                f"   ~{_n(event.energy_kcal)} kcal above resting (estimate)"]
    if isinstance(event, ActivityLogged):
        dist = f" {_distance(event.distance_m, units)}" if event.distance_m else ""
        name = escape(event.activity.capitalize())
        lines = [f"{activity_icon(event)} <b>{name}</b>{dist} {_clock(event.duration_s)}",
                 f"   ~{_n(event.energy_kcal)} kcal above resting (estimate)"]
        lines += _device_lines(event)
        return lines
    if isinstance(event, WeightLogged):
        return [f"⚖️ <b>Weight</b> {_mass(event.mass_kg, units)}"]
    assert isinstance(event, MealLogged)
    return _meal_lines(event, units)


#: An icon per activity (engine/activities.py keys); a walking figure for the rest.
ACTIVITY_ICONS = {"walk": "🚶", "hike": "🥾", "cycle": "🚴", "spin": "🚴", "swim": "🏊",
                  "row": "🚣", "ski": "⛷️", "skate": "⛸️", "yoga": "🧘", "pilates": "🧘",
                  "tennis": "🎾", "football": "⚽", "basketball": "🏀", "climb": "🧗",
                  "dance": "💃"}


def activity_icon(event: ActivityLogged) -> str:
    return ACTIVITY_ICONS.get(event.activity, "🚶")


def _device_lines(event: RunLogged | ActivityLogged) -> list[str]:
    if event.device_kcal is None:
        return []
    note = device_kcal_note(event)
    return [f"   ⌚ your device says {_n(event.device_kcal)} kcal" + (f": {escape(note)}"
                                                                     if note else "")]


def device_kcal_note(event: RunLogged | ActivityLogged) -> str | None:
    """One line on why the device's calories differ from ours, or None if it gave none.

    Only the reason: callers show both figures beside it ("your device says 516 kcal: ...").
    """
    if event.device_kcal is None:
        return None
    device, ours = event.device_kcal, event.energy_kcal
    if abs(device - ours) <= max(10.0, 0.05 * device):
        return (
            "close to my figure, though the watch counts everything burned in those minutes "
            "(gross) and I count only the extra above resting (net)."
        )
    if device > ours:
        return (
            "the watch counts everything you burned in those minutes (gross); I count only the "
            "extra above what your body burns anyway (net), since that part is already in your "
            "day's budget."
        )
    return (
        "the watch counts everything burned in those minutes (gross) but by its own model, "
        "often from heart rate; mine counts only the extra above resting (net), from pace and "
        "climb, and still comes out higher."
    )


def _meal_lines(meal: MealLogged, units: str) -> list[str]:
    title = (meal.meal or "meal").capitalize()
    lines = [f"🍽 <b>{title}</b> {_n(meal.kcal)} kcal · {meal.protein_g:.0f} g protein · "
             f"{meal.carbs_g:.0f} g carbs · {meal.fat_g:.0f} g fat"]
    lines += [_item_line(item, units) for item in meal.items]
    return lines


#: Units written the same for any amount ("2 g", "2 tbsp"); others take an s ("2 slices").
_INVARIANT_UNITS = frozenset({"g", "kg", "mg", "ml", "l", "cl", "dl", "oz", "fl oz", "lb", "tbsp",
                              "tsp", "small", "medium", "large", "extra large"})


def _unit_plural(unit: str, quantity: float) -> str:
    if quantity == 1 or unit in _INVARIANT_UNITS or unit.endswith("s"):
        return unit
    return unit + ("es" if unit.endswith(("ch", "sh", "x")) else "s")


#: "2 slices of", "a", "half a", "300g" in front of a food name.
_AMOUNT = re.compile(
    r"^(?:[\d½¼¾⅓⅔.,/]+\s*[a-z]*\s+(?:of\s+)?|(?:an?|some|half(?:\s+an?)?)\s+)+", re.IGNORECASE)


def _food_name(text: str) -> str:
    """The food in an item's text: '2 slices of flurbo pie' -> 'flurbo pie'."""
    return _AMOUNT.sub("", text).strip()[:40] or text[:40]


def _item_line(item: FoodItem, units: str) -> str:
    if not item.resolved:
        hint = ""
        if item.suggestions:
            options = " / ".join(f"<i>{escape(s)}</i>" for s in item.suggestions)
            hint = f" Did you mean {options}?"
        per = "per serving" if units == "imperial" else "per 100g"  # as the label says
        return (f"   ❓ <i>{escape(item.text)}</i>: I don't know this food, so it's not counted."
                f"{hint} Or teach me once, e.g. <code>/food {escape(_food_name(item.text))} "
                f"250 kcal 10p 30c 8f {per}</code>, and send it again.")
    name = escape(item.food or item.text)
    amount = ""
    if item.quantity is not None and item.unit:
        amount = f"{item.quantity:g} {escape(_unit_plural(item.unit, item.quantity))} "
    elif item.quantity is not None and item.quantity != 1:
        amount = f"{item.quantity:g} × "
    weighed = item.unit in ({"oz", "lb"} if units == "imperial" else {"g", "kg", "mg"})
    grams = f" ({food_mass(item.grams, units)})" if item.grams and not weighed else ""
    stated = " (your numbers)" if item.source == "stated" else ""
    return (f"   • {amount}{name}{grams}: {_n(item.kcal or 0)} kcal, "
            f"{item.protein_g or 0:.0f} g protein{stated}")


# ---------------------------------------------------------------------------- the day


def day_block(balance: DayBalance, *, title: str = "Today", units: str = "metric") -> str:
    """The day's standing in one glanceable block; a cap or floor that binds is said here.

    Under 18 there is no energy target (science.md §10): intake, burned and protein only.
    """
    if not balance.has_energy_target:
        lines = [f"<b>{title}</b>: eaten {_n(balance.intake_kcal)} · burned "
                 f"{_n(balance.expenditure_kcal)} kcal"]
    else:
        left = balance.target_kcal - balance.intake_kcal
        lines = [
            f"<b>{title}</b>: eaten {_n(balance.intake_kcal)} · burned "
            f"{_n(balance.expenditure_kcal)} · target {_n(balance.target_kcal)} kcal",
        ]
        if left >= 0:
            lines.append(f"Left to eat today: ~{_n(left)} kcal")
        else:
            lines.append(f"{_n(-left)} kcal above today's target")
        note = target_note(balance, units)
        if note:
            lines.append(f"ℹ️ {escape(note)}")
    lines.append(f"Protein {balance.protein_g:.0f}/{balance.protein_target_g:.0f} g "
                 f"{bar(balance.protein_g, balance.protein_target_g)}")
    return "\n".join(lines)


def logged_reply(stored: Sequence[StoredEvent], unparsed: Sequence[str], balance: DayBalance,
                 tz: ZoneInfo, *, units: str = "metric", edited: bool = False,
                 refuel: str | None = None) -> str:
    """`refuel`: the 4-hour advice when this session is < 8 h from another (§9 N7 rev 2)."""
    lines = ["✏️ Updated:" if edited else "✅ Logged:"]
    for s in stored:
        lines += describe_event(s.event, tz, units, balance.date)
    if refuel:
        lines.append(f"⏱ {escape(in_system(refuel, units))}")
    if unparsed:
        pieces = ", ".join(f"<i>{escape(p[:60])}</i>" for p in unparsed[:5])
        lines.append(f"I didn't understand {pieces}; nothing was logged for it. "
                     "Try e.g. <code>2 slices of toast</code> or <code>ran "
                     f"{'3 miles' if units == 'imperial' else '5 km'} in 30 min</code>.")
    lines += ["", day_block(balance, units=units)]
    return "\n".join(lines)


def nothing_logged(result: ParseResult, units: str = "metric") -> str:
    if result.intent == "thanks":
        return "Anytime! 💪 Text me your next run or meal."
    if result.intent == "greeting":
        run = "ran 3 miles in 27 min" if units == "imperial" else "ran 5k in 27 min"
        return f"Hi! Text me a run or a meal, e.g. <code>{run}</code>, or send /help."
    if result.intent == "question":
        return ("I don't have an answer for that one. I answer questions like "
                "<code>how am I doing?</code>, <code>protein so far?</code> or "
                "<code>what should I eat after a run?</code>; /today shows your day.")
    run, weight = (("ran 5 miles in 45 min", "weight 158.4") if units == "imperial"
                   else ("ran 8 km in 45 min", "weight 71.8"))
    return ("I couldn't find a run, meal or weight in that, so nothing was logged. "
            f"Try <code>{run}</code>, <code>2 eggs and toast</code> or "
            f"<code>{weight}</code>. /help has more.")


def today(balance: DayBalance, profile: Profile) -> str:
    lines = [day_block(balance, units=profile.units)]
    lines.append(f"Carbs {balance.carbs_g:.0f} g · fat {balance.fat_g:.0f} g · resting + daily "
                 f"living {_n(balance.resting_kcal)} · exercise {_n(balance.exercise_kcal)} kcal")
    lines += _trend_lines(balance, profile)
    lines += _risk_lines(balance, profile.units)
    weight_note, zone_note = default_notes(profile,
                                           weight_default=balance.weight_source == "default")
    if weight_note:
        lines.append(f"ℹ️ Weight {_mass(balance.weight_kg, profile.units)}: {weight_note}.")
    if zone_note:
        lines.append(f"ℹ️ Time zone UTC is {zone_note}.")
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def _trend_lines(balance: DayBalance, profile: Profile) -> list[str]:
    lines = []
    r7 = balance.rolling7
    if r7.days_logged and r7.balance_kcal_per_day is not None and balance.has_energy_target:
        lines.append(f"7-day average balance: {r7.balance_kcal_per_day:+,.0f} kcal/day "
                     f"({r7.days_logged} finished day{'s' if r7.days_logged != 1 else ''} "
                     f"logged); so far today {balance.balance_kcal:+,.0f} kcal")
    if balance.weight_trend_kg is not None:
        trend = f"Weight trend {_mass(balance.weight_trend_kg, profile.units)}"
        if balance.weekly_change_kg is not None and balance.weekly_change_pct is not None:
            kg = balance.weekly_change_kg
            trend += (f" ({per_week(kg, profile.units, signed=True)}, "
                      f"{balance.weekly_change_pct:+.1f}%, from "
                      f"{balance.weekly_change_weigh_ins} weigh-ins over "
                      f"{balance.weekly_change_days} days)")
        else:
            trend += " (weekly rate: not enough weigh-ins yet)"
        lines.append(trend)
    if balance.method == "formula+adaptive":
        lines.append(f"Expenditure: estimate from your logs and weigh-ins, weighted "
                     f"{balance.adaptive_weight:.0%} against the formula")
    if balance.goal_warning and not any(r.code == "N1" for r in balance.risk.reasons):
        lines.append(f"⚠️ {escape(balance.goal_warning)}")  # else the muscle watch says it
    return lines


def _risk_lines(balance: DayBalance, units: str = "metric") -> list[str]:
    if balance.risk.level == "ok":
        return []
    return ["", "<b>Muscle watch</b>"] + [f"• {escape(in_system(r.text, units))}"
                                          for r in balance.risk.reasons]


def summary(balance: DayBalance, profile: Profile,
            training: Sequence[RunLogged | StrengthLogged | ActivityLogged] = (), *,
            hard_training: bool = False) -> str:
    lines = [f"🌙 <b>Your day, {balance.date:%a %d %b}</b>",
             day_block(balance, title="Day", units=profile.units),
             training_line(training, profile.units)]
    shortfall = same_day_shortfall(balance, hard_training=hard_training)
    if shortfall:
        lines.append(f"⚠️ {escape(shortfall)}")
    lines += _trend_lines(balance, profile)
    lines += _risk_lines(balance, profile.units)
    lines += ["", f"💡 {escape(suggestion(balance, profile.units))}", "", DISCLAIMER]
    return "\n".join(lines)


def training_line(training: Sequence[RunLogged | StrengthLogged | ActivityLogged],
                  units: str) -> str:
    """The day's sessions in one line: 'Training: run 10 km in 52:00, strength 45:00'."""
    if not training:
        return "Training: none logged"
    parts = []
    for t in training:
        if isinstance(t, RunLogged):
            parts.append(f"run {_distance(t.distance_m, units)} in {_clock(t.duration_s)}")
        elif isinstance(t, StrengthLogged):
            parts.append(f"strength {_clock(t.duration_s)}")
        else:
            parts.append(f"{escape(t.activity)} {_clock(t.duration_s)}")
    return "Training: " + ", ".join(parts)


def suggestion(balance: DayBalance, units: str = "metric") -> str:
    """One concrete option for tomorrow, from the biggest gap (science.md §9 wording)."""
    protein_gap = balance.protein_target_g - balance.protein_g
    if balance.risk.reasons:
        return in_system(balance.risk.reasons[0].text, units)
    if not balance.meals_logged:
        return ("Nothing eaten was logged today. Tomorrow, log meals as you go (e.g. "
                "'oats with milk and a banana') and I'll keep your protein on track.")
    if protein_gap > 20:
        return (f"You were {protein_gap:.0f} g short of protein. A {food_mass(200, units)} pot "
                "of Greek yogurt or a scoop of whey adds about 20 g.")
    if (balance.has_energy_target and balance.intake_kcal
            and balance.target_kcal - balance.intake_kcal > 500):
        return "You ate well below what today's training asked for; a snack with carbs and " \
               "protein after runs helps you keep muscle."
    return "Steady day. Keep spreading protein over 3-4 meals."


def history(days: Sequence[DayBalance], units: str = "metric") -> str:
    if days and not days[-1].has_energy_target:
        lines = ["<b>Last 7 days</b> (kcal eaten · protein g)"]
        lines += [f"<code>{d.date:%a %d}</code> {_n(d.intake_kcal)} · "
                  f"{d.protein_g:.0f}/{d.protein_target_g:.0f} g" for d in days]
        return "\n".join(lines)
    lines = ["<b>Last 7 days</b> (kcal eaten / target · protein g)"]
    for d in days:
        if d.intake_kcal or d.exercise_kcal:
            lines.append(f"<code>{d.date:%a %d}</code> {_n(d.intake_kcal)}/{_n(d.target_kcal)}"
                         f" · {d.protein_g:.0f}/{d.protein_target_g:.0f} g")
        else:
            lines.append(f"<code>{d.date:%a %d}</code> nothing logged")
    note = next((n for d in reversed(days) if (n := target_note(d, units))), None)
    if note:
        lines.append(f"ℹ️ {escape(note)}")
    return "\n".join(lines)


def undone(events: Sequence[StoredEvent], balance: DayBalance, profile: Profile) -> str:
    what = "; ".join(entry_label(s.event, profile.units) for s in events)
    return f"↩️ Undid: {what}.\n\n{day_block(balance, units=profile.units)}"


def entry_label(event: Event, units: str = "metric") -> str:
    """An entry in a few words, to name it: '🏃 Run 10 km', '🍽 Breakfast: 3 eggs, toast'."""
    if isinstance(event, RunLogged):
        return f"🏃 Run {_distance(event.distance_m, units)} in {_clock(event.duration_s)}"
    if isinstance(event, StrengthLogged):
        return f"🏋️ Strength {_clock(event.duration_s)}"
    if isinstance(event, ActivityLogged):
        return f"{activity_icon(event)} {escape(event.activity.capitalize())} " \
               f"{_clock(event.duration_s)}"
    if isinstance(event, WeightLogged):
        return f"⚖️ Weight {_mass(event.mass_kg, units)}"
    names = ", ".join(escape(i.food or _food_name(i.text)) for i in event.items[:3])
    more = "…" if len(event.items) > 3 else ""
    return f"🍽 {(event.meal or 'meal').capitalize()}: {names}{more}"


def entry_gone(event: Event, fate: EventFate, units: str = "metric") -> str:
    """Why a button's entry cannot be changed any more; nothing was changed."""
    label = entry_label(event, units)
    if fate == "replaced":
        return (f"That entry ({label}) was already replaced by a newer version (an edit or a "
                "Fix), so I left everything as it is. /undo removes your newest entry.")
    if fate == "undone":
        return f"That entry ({label}) was already undone. Nothing changed."
    return f"That entry ({label}) is still logged. Nothing changed."


_DONE = {
    "undo": "That Undo was already done.",
    "fix": "You already opened Fix for that meal: pick an amount from its buttons.",
    "scale": "That meal was already changed with this Fix.",
    "had": "Already logged: your recovery drink counts once.",
    "eat": "Already logged: that snack counts once.",
    "skip": "Already answered: no more reminders for this run.",
    "snooze": "Already answered: this reminder was handled.",
    "snack": "I already proposed a snack for that.",
    "notnow": "Already noted: I won't bring that up for a few days.",
    "deleteme": "Already answered.",
}


def already_done(verb: str) -> str:
    """The answer to a button pressed a second time: it acts once, so nothing changed."""
    return "☑️ " + _DONE.get(verb, "That was already done.") + " Nothing changed."


def edit_removed(count: int) -> str:
    entries = "entry" if count == 1 else f"{count} entries"
    return f"✏️ Your edited message has nothing I can log, so I removed the {entries} it had."


FIX_HINT = (
    "Change every amount of that meal with a tap, or edit your message in Telegram and I'll "
    "re-read it (e.g. <code>2 eggs</code> instead of <code>3 eggs</code>)."
)


# ---------------------------------------------------------------------------- profile


def default_notes(profile: Profile, *, weight_default: bool) -> tuple[str | None, str | None]:
    """What a default stands in for, and how to set it: (weight note, time-zone note).

    The zone note shows while the zone is UTC, the default (a runner who lives on UTC can
    ignore it); the weight note while no weigh-in or profile weight exists.
    """
    weight = None
    if weight_default:
        example = "158 lb" if profile.units == "imperial" else "72.5 kg"
        weight = (f"a default, not yours: send your weight, e.g. <code>weight {example}</code>, "
                  "and every number follows it")
    zone = None
    if profile.tz == Profile.model_fields["tz"].default:
        zone = ("my default: your days end at midnight UTC. Elsewhere? Set yours, e.g. "
                "<code>/timezone Europe/Berlin</code>")
    return weight, zone


def profile_card(profile: Profile, weight_kg: float, *, weight_default: bool = False) -> str:
    u = profile.units
    weight_note, zone_note = default_notes(profile, weight_default=weight_default)
    tall = height(profile.height_cm, u) if profile.height_cm else "not set"
    protein = (f" · protein {per_body_mass(profile.protein_g_per_kg, u)}"
               if profile.protein_g_per_kg else "")
    example = "weight=160lb" if u == "imperial" else "weight=72kg"
    lines = [
        "<b>Your profile</b>",
        f"Sex: {profile.sex or 'not set'} · age: {profile.age or 'not set'} · height: {tall}",
        f"Weight used: {_mass(weight_kg, u)}"
        + (f" ({weight_note})" if weight_note else "") + f" · units: {u}",
        f"Goal: {goal_label(profile.goal, u)}{protein} · daily living factor {profile.nef}",
        f"Time zone: {escape(profile.tz)}" + (f" ({zone_note})" if zone_note else "")
        + f" · summary at {clock_text(profile.summary_time, u)}",
        f"Recovery reminder {profile.recovery_delay_min} min after runs ≥ "
        f"{profile.recovery_min_run_min} min · reminders {'on' if profile.reminders else 'off'}",
        "",
        f"Change with e.g. <code>/profile age=35 {example} goal=lose-0.5</code>",
    ]
    return "\n".join(lines)


def profile_saved(profile: Profile, weight_kg: float, *, weight_default: bool = False) -> str:
    """The saved card; a goal faster than §7's rates is flagged once, at the choice (N1)."""
    warning = goal_warning(profile, weight_kg)
    note = f"\n⚠️ {escape(warning)}" if warning else ""
    return ("Saved. ✅\n" + profile_card(profile, weight_kg, weight_default=weight_default)
            + note)


def reminders_card(profile: Profile) -> str:
    quiet = "off"
    u = profile.units
    if profile.quiet_start and profile.quiet_end:
        quiet = f"{clock_text(profile.quiet_start, u)}-{clock_text(profile.quiet_end, u)}"
    return (f"Reminders are <b>{'on' if profile.reminders else 'off'}</b>. Recovery reminder "
            f"{profile.recovery_delay_min} min after a run · daily summary at "
            f"{clock_text(profile.summary_time, u)} · weekly summary on "
            f"{WEEKDAYS[profile.weekly_day]} · quiet hours {quiet}.\n"
            "Change: <code>/reminders off</code>, <code>/reminders recovery=45</code>, "
            "<code>/reminders summary=20:30</code>, <code>/reminders quiet=22:00-07:00</code>")


def food_taught(food: Food, units: str = "metric") -> str:
    """The /food confirmation: label values per 100 g (and what 100 g is in ounces)."""
    per = "per 100 g (3.5 oz)" if units == "imperial" else "per 100 g"
    return (f"Got it: <b>{escape(food.key)}</b> is {_n(food.kcal)} kcal, "
            f"{food.protein_g:.0f} g protein, {food.carbs_g:.0f} g carbs, {food.fat_g:.0f} g fat "
            f"{per}. Log it by name from now on.")


# ---------------------------------------------------------------------------- reminders


def recovery_reminder(dose: RecoveryDose, *, follow_up: bool = False,
                      units: str = "metric") -> str:
    example = in_system(dose.example, units)
    fast = f"\n⏱ {escape(in_system(dose.fast_refuel, units))}" if dose.fast_refuel else ""
    if follow_up:
        return (f"🥤 Still time to refuel: {dose.protein_g:.0f} g protein with "
                f"{dose.carbs_g:.0f} g carbs, e.g. {escape(example)}. Last reminder for "
                f"this run.{fast}")
    return (f"🥤 Recovery time: about {dose.protein_g:.0f} g protein with {dose.carbs_g:.0f} g "
            f"carbs now helps your muscles rebuild, e.g. {escape(example)}. "
            f"It comes out of today's budget, not on top.{fast}")


# ---------------------------------------------------------------------------- files & misc

NOTHING_STORED = "I have nothing stored about you yet."
EXPORT_READY = "Here is everything I store about you: a CSV for spreadsheets and a JSON file."
SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side. Everything you logged before is safe; "
    "please send that message again in a minute."
)


def file_too_big(size: int) -> str:
    return (f"That file is {size / 1024 / 1024:.0f} MB; Telegram lets me download up to 20 MB. "
            "Export just this activity (or gzip it) and send it again.")


def week_caption(days: Sequence[DayBalance], units: str = "metric") -> str:
    """The last days (oldest first, today last): rolling figures over finished days only, today
    apart "so far" (science.md §9 rev 2), and any cap or floor that binds the target."""
    finished, today_ = days[:-1], days[-1] if days else None
    logged = [d for d in finished if d.intake_kcal]
    if not logged and (today_ is None or not today_.intake_kcal):
        return "Your last 7 days. Log meals to see intake against expenditure."
    protein_days = sum(d.protein_g >= d.protein_target_g * 0.9 for d in logged)
    parts = []
    if logged and (today_ is None or today_.has_energy_target):
        avg = sum(d.balance_kcal for d in logged) / len(logged)
        parts.append(f"Finished days: average balance {avg:+,.0f} kcal/day over {len(logged)} "
                     f"logged days; protein on target on {protein_days} of them.")
    elif logged:
        parts.append(f"Finished days: protein on target on {protein_days} of {len(logged)}.")
    if today_ is not None and today_.intake_kcal:
        parts.append(f"So far today: eaten {_n(today_.intake_kcal)} kcal.")
    if today_ is not None and (note := target_note(today_, units)):
        parts.append(note)
    return " ".join([*parts, "(Estimates.)"])


# ---------------------------------------------------------------------------- onboarding

ONBOARDING_WELCOME = (
    "👋 I'm your running fuel coach: text me runs, meals and weigh-ins and I'll keep your "
    "energy and protein on track so you keep your muscle.\n"
    "A few quick questions first. Tap or type your answers; anything you log in between is "
    "logged as usual. Type skip to stop the questions."
)
ONBOARDING_DONE = (
    "OK. Text me a run or a meal whenever you like, e.g. <code>ran 5k in 27 min</code>. "
    "/profile changes anything later."
)
GOAL_QUESTION = (
    "Your goal: how fast to lose or gain each week? Marked for your weight: ⚠️ is faster than "
    "the target will plan (losing more than 1 % of body weight a week costs muscle, gaining "
    "more than 0.5 % is mostly fat); ℹ️ loses 0.7-1 % a week, more than best keeps muscle."
)


def goal_question(profile: Profile, weight_kg: float) -> str:
    """The onboarding goal question: weight goals need an adult age (science.md §10)."""
    if profile.age is None:
        return ("Your goal? Weight goals need your age (skip back with /start, or later "
                "<code>/profile age=34 goal=lose-0.5</code>); for now: maintain.")
    if profile.age < 18:
        return "Under 18 I don't set weight goals: growing runners eat for growth and training."
    return GOAL_QUESTION + f" (at {_mass(weight_kg, profile.units)})"
ZONE_QUESTION = (
    "What time is it where you are (e.g. 14:05)? Or type your city, or share your location. "
    "Days end at your midnight."
)
ZONE_PICK = "Which of these is you?"
ZONE_NOT_FOUND = "I couldn't place that. Type the time on your phone like 14:05, or a city."


def zone_question(units: str = "metric") -> str:
    """The setup's time-zone question, its example on the runner's clock."""
    return ZONE_QUESTION.replace("14:05", "2:05 PM") if units == "imperial" else ZONE_QUESTION


def zone_not_found(units: str = "metric") -> str:
    return ZONE_NOT_FOUND.replace("14:05", "2:05 PM") if units == "imperial" else ZONE_NOT_FOUND


def onboarding_done(profile: Profile, weight_kg: float, *, weight_default: bool = False) -> str:
    return ("All set. ✅\n" + profile_card(profile, weight_kg, weight_default=weight_default)
            + "\n\n" + ONBOARDING_DONE)


# ---------------------------------------------------------------------------- answers


def answer(reply: Answer, balance: DayBalance) -> str:
    """An answer to a question: the text, the day's standing if it asked about the day, and
    its basis, labelled general information (science.md §10)."""
    lines = [escape(reply.text)]
    if reply.standing:
        lines += ["", day_block(balance)]
    lines += ["", f"<i>Basis: {escape(reply.basis)}. General information, not medical "
                  "advice.</i>"]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- nudges

NOT_NOW = "OK, I won't bring that up again for a few days."


def nudge(text: str) -> str:
    return f"💬 {escape(text)}"


def why(balance: DayBalance, profile: Profile, code: str = "") -> str:
    """Why a nudge came, in plain words, then the numbers behind it (never its rule code)."""
    lines = [f"<b>Why I said this</b>\n{escape(nudge_reason(code))}", "",
             "<b>The numbers behind it</b>"]
    lines += _trend_lines(balance, profile) or ["Not enough logged days for a trend yet."]
    lines.append(f"Today: protein {balance.protein_g:.0f}/{balance.protein_target_g:.0f} g, "
                 f"eaten {_n(balance.intake_kcal)}"
                 + (f" of {_n(balance.target_kcal)} kcal." if balance.has_energy_target
                    else " kcal."))
    if balance.energy_availability is not None and balance.has_energy_target:
        lines.append(in_system(f"Energy availability today: {balance.energy_availability:.0f} "
                               "kcal per kg of fat-free mass a day; below 30 for a week is low.",
                               profile.units))
    lines += [f"• {escape(in_system(r.text, profile.units))}" for r in balance.risk.reasons]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def why_this_target(balance: DayBalance, units: str = "metric") -> str:
    """The "Why this target?" answer: the arithmetic, one step a line (engine.explain)."""
    lines = ["<b>Why this target?</b>"]
    lines += [f"• {escape(line)}" for line in why_target(balance, units)]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def snack_proposal(meal: MealLogged, units: str = "metric") -> str:
    items = " + ".join(f"{food_mass(i.grams or 0, units)} {escape(i.food or i.text)}"
                       for i in meal.items)
    return (f"How about {items}: {_n(meal.kcal)} kcal with {meal.protein_g:.0f} g protein? "
            "Tap to log it.")


def weekly(days: Sequence[DayBalance], nudges: int, followed: int) -> str:
    text = "📊 <b>Your week</b>\n" + week_caption(days)
    if nudges:
        text += f"\nNudges this week: {nudges}; the gap closed on {followed} of those days."
    return text
