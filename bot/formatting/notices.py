"""Fixed replies and help: /help, /start's welcome, refusals, the one-line notices of
commands and buttons, and the files replies (export, a watch file too big, the week caption)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.formatting.text import DISCLAIMER, escape, num
from engine.balance import DayBalance
from engine.explain import target_note
from engine.profile import GOALS, Profile
from engine.units import (
    goal_rate,
    mass_unit,
)

HELP_INTRO = """<b>Just text me what you did or ate:</b>
• <code>ran 10k in 52 min</code> · <code>easy 8 km 45:00 this morning</code>
• <code>3 eggs, 2 slices of toast and a banana</code>
• <code>lunch: chicken breast 150g with rice</code>
• <code>burrito 600 kcal 30g protein</code>
• <code>gym 1h legs</code> · <code>walked 40 min</code>
• <code>weight 71.8</code>
Or send the .fit / .gpx / .tcx file from your watch.

<b>Commands</b>
"""
#: The examples /help gives an imperial runner instead (metric ones are written).
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


def help_text(commands: Sequence[tuple[str, str]], units: str = "metric") -> str:
    """/help: what to send, then each (command, line) of the coach's command table, with
    examples in the runner's units."""
    listed = "".join(f"/{name} – {line}\n" for name, line in commands)
    text = HELP_INTRO + listed + "\n" + DISCLAIMER
    if units != "imperial":
        return text
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
        parts.append(f"So far today: eaten {num(today_.intake_kcal)} kcal.")
    if today_ is not None and (note := target_note(today_, units)):
        parts.append(note)
    return " ".join([*parts, "(Estimates.)"])
