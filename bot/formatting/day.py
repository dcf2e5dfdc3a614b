"""A day's standing: the reply after logging, /today, the evening summary, /history, undo,
and what became of an entry a button points at. Numbers are labelled as estimates
(science.md §10)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from bot.formatting.events import activity_icon, describe_event, food_name
from bot.formatting.profile import default_notes
from bot.formatting.text import DISCLAIMER, bar, escape, hms, num
from engine.balance import DayBalance
from engine.events import (
    ActivityLogged,
    Event,
    EventFate,
    RunLogged,
    StoredEvent,
    StrengthLogged,
    WeightLogged,
)
from engine.explain import same_day_shortfall, target_note
from engine.parsing import ParseResult
from engine.profile import Profile
from engine.records import Undone
from engine.units import distance as distance_text
from engine.units import (
    food_mass,
    in_system,
    mass,
    per_week,
)


def day_block(balance: DayBalance, *, title: str = "Today", units: str = "metric") -> str:
    """The day's standing in one glanceable block; a cap or floor that binds is said here.

    Under 18 there is no energy target (science.md §10): intake, burned and protein only.
    """
    if not balance.has_energy_target:
        lines = [f"<b>{title}</b>: eaten {num(balance.intake_kcal)} · burned "
                 f"{num(balance.expenditure_kcal)} kcal"]
    else:
        left = balance.target_kcal - balance.intake_kcal
        lines = [
            f"<b>{title}</b>: eaten {num(balance.intake_kcal)} · burned "
            f"{num(balance.expenditure_kcal)} · target {num(balance.target_kcal)} kcal",
        ]
        if left >= 0:
            lines.append(f"Left to eat today: ~{num(left)} kcal")
        else:
            lines.append(f"{num(-left)} kcal above today's target")
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
    header = "✅ Logged, but not all of it:" if unparsed else "✅ Logged:"
    lines = ["✏️ Updated:" if edited else header]
    for s in stored:
        lines += describe_event(s.event, tz, units, balance.date)
    if refuel:
        lines.append(f"⏱ {escape(in_system(refuel, units))}")
    if unparsed:
        pieces = ", ".join(f"'<i>{escape(p[:60])}</i>'" for p in unparsed[:5])
        lines.append(f"❓ I didn't catch: {pieces} — what was it? Nothing was logged for that "
                     "part; send it again as e.g. <code>2 slices of toast</code> or <code>ran "
                     f"{'3 miles' if units == 'imperial' else '5 km'} in 30 min</code>.")
    lines += ["", day_block(balance, units=units)]
    return "\n".join(lines)


def held_reply(events: Sequence[Event], tz: ZoneInfo, *, units: str = "metric",
               today: date | None = None) -> str:
    """Events read from a message that reads like chat (engine/parsing/gate.py): what was
    read, that it was not logged, and the button that logs it."""
    lines = ["That reads like a plan or someone else's, so I haven't logged it:"]
    for event in events:
        lines += describe_event(event, tz, units, today)
    lines.append("If it was yours, tap ✅ Log it.")
    return "\n".join(lines)


def amend_unclear(text: str, kind: str, units: str = "metric") -> str:
    """A figure sent alone with no entry it can correct: nothing changed, and how to say it."""
    example = (("ran 5 miles in 45 min" if units == "imperial" else "ran 8 km in 45 min")
               if kind == "run" else ("weight 158.4 lb" if units == "imperial"
                                      else "weight 71.8 kg"))
    what = "run" if kind == "run" else "weigh-in"
    return (f"I didn't catch which entry '<i>{escape(text[:60])}</i>' corrects, so nothing was "
            f"changed: a figure sent alone puts right a {what} from the last 2 hours. For an "
            f"older one, edit the message it came from, or /undo it and send it whole, e.g. "
            f"<code>{example}</code>.")


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
    if result.intent == "chat":  # a plan, or a run or weight named in passing (issue 15)
        return ("Noted 👍 Nothing was logged: I log a run, meal or weigh-in once it's done, "
                f"with its numbers, e.g. <code>{run}</code> or <code>2 mince pies</code>.")
    return ("I couldn't find a run, meal or weight in that, so nothing was logged. "
            f"Try <code>{run}</code>, <code>2 eggs and toast</code> or "
            f"<code>{weight}</code>. /help has more.")


def today(balance: DayBalance, profile: Profile) -> str:
    lines = [day_block(balance, units=profile.units)]
    lines.append(f"Carbs {balance.carbs_g:.0f} g · fat {balance.fat_g:.0f} g · resting + daily "
                 f"living {num(balance.resting_kcal)} · exercise {num(balance.exercise_kcal)} kcal")
    lines += trend_lines(balance, profile)
    lines += _risk_lines(balance, profile.units)
    weight_note, zone_note = default_notes(profile,
                                           weight_default=balance.weight_source == "default")
    if weight_note:
        lines.append(f"ℹ️ Weight {mass(balance.weight_kg, profile.units)}: {weight_note}.")
    if zone_note:
        lines.append(f"ℹ️ Time zone UTC is {zone_note}.")
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def trend_lines(balance: DayBalance, profile: Profile) -> list[str]:
    lines = []
    r7 = balance.rolling7
    if r7.days_logged and r7.balance_kcal_per_day is not None and balance.has_energy_target:
        lines.append(f"7-day average balance: {r7.balance_kcal_per_day:+,.0f} kcal/day "
                     f"({r7.days_logged} finished day{'s' if r7.days_logged != 1 else ''} "
                     f"logged); so far today {balance.balance_kcal:+,.0f} kcal")
    if balance.weight_trend_kg is not None:
        trend = f"Weight trend {mass(balance.weight_trend_kg, profile.units)}"
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
    lines += trend_lines(balance, profile)
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
            parts.append(f"run {distance_text(t.distance_m, units)} in {hms(t.duration_s)}")
        elif isinstance(t, StrengthLogged):
            parts.append(f"strength {hms(t.duration_s)}")
        else:
            parts.append(f"{escape(t.activity)} {hms(t.duration_s)}")
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
        lines += [f"<code>{d.date:%a %d}</code> {num(d.intake_kcal)} · "
                  f"{d.protein_g:.0f}/{d.protein_target_g:.0f} g" for d in days]
        return "\n".join(lines)
    lines = ["<b>Last 7 days</b> (kcal eaten / target · protein g)"]
    for d in days:
        if d.intake_kcal or d.exercise_kcal:
            lines.append(f"<code>{d.date:%a %d}</code> {num(d.intake_kcal)}/{num(d.target_kcal)}"
                         f" · {d.protein_g:.0f}/{d.protein_target_g:.0f} g")
        else:
            lines.append(f"<code>{d.date:%a %d}</code> nothing logged")
    note = next((n for d in reversed(days) if (n := target_note(d, units))), None)
    if note:
        lines.append(f"ℹ️ {escape(note)}")
    return "\n".join(lines)


def undone(undo: Undone, balance: DayBalance, profile: Profile) -> str:
    """What was undone, and what came back: the entry a correction had replaced."""
    what = "; ".join(entry_label(s.event, profile.units) for s in undo.events)
    back = "; ".join(entry_label(s.event, profile.units) for s in undo.restored)
    again = f"\n↪️ Back as it was: {back}." if back else ""
    return f"↩️ Undid: {what}.{again}\n\n{day_block(balance, units=profile.units)}"


def entry_label(event: Event, units: str = "metric") -> str:
    """An entry in a few words, to name it: '🏃 Run 10 km', '🍽 Breakfast: 3 eggs, toast'."""
    if isinstance(event, RunLogged):
        return f"🏃 Run {distance_text(event.distance_m, units)} in {hms(event.duration_s)}"
    if isinstance(event, StrengthLogged):
        return f"🏋️ Strength {hms(event.duration_s)}"
    if isinstance(event, ActivityLogged):
        return f"{activity_icon(event)} {escape(event.activity.capitalize())} " \
               f"{hms(event.duration_s)}"
    if isinstance(event, WeightLogged):
        return f"⚖️ Weight {mass(event.mass_kg, units)}"
    names = ", ".join(escape(i.food or food_name(i.text)) for i in event.items[:3])
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


def already_done(done: str) -> str:
    """The answer to a button pressed a second time (`done`: its verb's line, bot/coach/buttons
    `VERBS`): it acts once, so nothing changed."""
    return "☑️ " + done + " Nothing changed."


def edit_removed(count: int) -> str:
    entries = "entry" if count == 1 else f"{count} entries"
    return f"✏️ Your edited message has nothing I can log, so I removed the {entries} it had."


FIX_HINT = (
    "Change every amount of that meal with a tap, or edit your message in Telegram and I'll "
    "re-read it (e.g. <code>2 eggs</code> instead of <code>3 eggs</code>)."
)
