"""Buttons under our messages: `callback_data` is built here only (STYLE.md 3.1).

It is parsed in one place, `bot/coach/buttons.py`, where each verb's argument shape sits
beside its handler (`VERBS`); a test proves every button built here passes that gate.

Buttons are plain values so the console chat can show them too; `bot/telegram/sending.py` turns
them into Telegram's `InlineKeyboardMarkup`. Telegram allows 64 bytes of callback data per button.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from engine.events import MealLogged, StoredEvent

#: The button under an answer (engine.intents.ButtonKind): the command it shows -> its label.
SHOW = {"today": "📊 Today", "week": "📈 Week", "profile": "👤 Profile"}
#: The Fix button's choices: label -> factor applied to every amount of the meal.
SCALES = {"½×": "0.5", "¾×": "0.75", "1½×": "1.5", "2×": "2"}
MAX_DATA_BYTES = 64


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str
    #: A link button (Strava's OAuth page) opens this instead of sending `data` back.
    url: str | None = None


Rows = tuple[tuple[Button, ...], ...]


def _data(verb: str, arg: object) -> str:
    data = f"{verb}:{arg}"
    if len(data.encode()) > MAX_DATA_BYTES:
        raise ValueError(f"callback data too long: {data!r}")
    return data


def after_logging(stored: Sequence[StoredEvent]) -> Rows:
    """Undo for every entry; Fix for meals (change the amount by editing or re-logging)."""
    if not stored:
        return ()
    row = [Button("↩️ Undo", _data("undo", stored[0].id))]
    meal = next((s for s in stored if isinstance(s.event, MealLogged)), None)
    if meal is not None:
        row.append(Button("✏️ Fix", _data("fix", meal.id)))
    return (tuple(row),)


def fix(event_id: int) -> Rows:
    """Change a meal's amounts in one tap."""
    return (tuple(Button(label, _data("scale", f"{event_id}:{factor}"))
                  for label, factor in SCALES.items()),)


def recovery(key: str, *, snoozed: bool) -> Rows:
    row = [Button("✅ Had it", _data("had", key))]
    if not snoozed:
        row.append(Button("⏰ 15 min", _data("snooze", key)))
    row.append(Button("Skip", _data("skip", key)))
    return (tuple(row),)


def nudge(code: str) -> Rows:
    """Every nudge can be answered: act on it, ask why, or snooze that reason."""
    return ((Button("🍌 Add a snack", _data("snack", code)), Button("Why?", _data("why", code)),
             Button("Not now", _data("notnow", code))),)


def today() -> Rows:
    """/today's one-tap "Why this target?" (the arithmetic behind the day's target)."""
    return ((Button("Why this target?", _data("target", "today")),),)


def show(what: str) -> Rows:
    """One button under an answer to a question: a command's view, or "Why this target?"."""
    if what == "target":
        return today()
    return ((Button(SHOW[what], _data("show", what)),),)


def eat(size: str) -> Rows:
    return ((Button("✅ Log it", _data("eat", size)),),)


def log_held(event_id: int) -> Rows:
    """Under a held message (a plan, someone else's run): log its events after all."""
    return ((Button("✅ Log it", _data("logit", event_id)),),)


def confirm_delete() -> Rows:
    return ((Button("Yes, delete everything", _data("deleteme", "confirm")),
             Button("Cancel", _data("deleteme", "cancel"))),)


# ------------------------------------------------------------------ onboarding (/start)

ONBOARDING_PREFIX = "ob"


def onboarding(step: str, choices: Sequence[tuple[str, str]], *, per_row: int = 3,
               skip: bool = True) -> Rows:
    """Buttons `ob:<step>:<value>`; a Skip button keeps the default."""
    buttons = [Button(label, _data(ONBOARDING_PREFIX, f"{step}:{value}"))
               for label, value in choices]
    rows = [tuple(buttons[i:i + per_row]) for i in range(0, len(buttons), per_row)]
    if skip:
        rows.append((Button("Skip", _data(ONBOARDING_PREFIX, f"{step}:skip")),))
    return tuple(rows)


def parse_onboarding(data: str) -> tuple[str, str] | None:
    """`ob:sex:female` -> ('sex', 'female')."""
    if len(data) > MAX_DATA_BYTES or not data.isascii():
        return None
    prefix, _, rest = data.partition(":")
    step, sep, value = rest.partition(":")
    if prefix != ONBOARDING_PREFIX or not sep:
        return None
    return step, value

