"""Buttons under our messages. `callback_data` is built and parsed here only (STYLE.md 3.1).

Buttons are plain values so the console chat can show them too; `bot/sending.py` turns
them into Telegram's `InlineKeyboardMarkup`. Telegram allows 64 bytes of callback data per button.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from engine.events import MealLogged, StoredEvent
from engine.risk import NUDGE_CODES
from engine.snacks import SNACKS

#: Each verb also needs its argument's shape in `_ARGUMENTS` (below), or `parse` refuses it.
VERBS = frozenset({"undo", "fix", "scale", "had", "snooze", "skip", "deleteme", "why", "notnow",
                   "snack", "eat", "target", "show"})
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


def parse(data: str) -> tuple[str, str] | None:
    """`undo:42` -> ('undo', '42'); None for anything we did not make.

    The one gate for callback data, which a client can forge at will: ASCII only, at most
    64 bytes, a known verb, and an argument of exactly the shape that verb's buttons carry
    (ids of at most 18 ASCII digits, so `int()` always fits SQLite; "²" is a digit to
    `str.isdigit` but not to this). Handlers behind it never see anything else.
    """
    if len(data) > MAX_DATA_BYTES or not data.isascii():
        return None
    verb, sep, arg = data.partition(":")
    shape = _ARGUMENTS.get(verb) if sep else None
    if shape is None or not _fits(shape, arg):
        return None
    return verb, arg


_ID = r"[0-9]{1,18}"
#: Each verb's argument: a pattern, or the whole set of values its buttons can carry.
_ARGUMENTS: dict[str, re.Pattern[str] | frozenset[str]] = {
    "undo": re.compile(_ID),
    "fix": re.compile(_ID),
    "scale": re.compile(f"{_ID}:({'|'.join(re.escape(f) for f in SCALES.values())})"),
    "had": re.compile(f"recovery:{_ID}"),
    "snooze": re.compile(f"recovery:{_ID}"),
    "skip": re.compile(f"recovery:{_ID}"),
    "why": NUDGE_CODES,
    "notnow": NUDGE_CODES,
    "snack": NUDGE_CODES,
    "eat": frozenset(SNACKS),
    "deleteme": frozenset({"confirm", "cancel"}),
    "target": frozenset({"today"}),
    "show": frozenset(SHOW),
}


def _fits(shape: re.Pattern[str] | frozenset[str], arg: str) -> bool:
    if isinstance(shape, frozenset):
        return arg in shape
    return shape.fullmatch(arg) is not None


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


def confirm_delete() -> Rows:
    return ((Button("Yes, delete everything", _data("deleteme", "confirm")),
             Button("Cancel", _data("deleteme", "cancel"))),)


# ------------------------------------------------------------------ a button acts once

#: Verbs that may be pressed again and again (they only show numbers).
REPEATABLE = frozenset({"why", "target", "show"})
#: Verbs whose press leaves the rest of their keyboard usable (Fix keeps Undo beside it).
OWN_SLOT = frozenset({"fix"})


def slot(verb: str) -> str | None:
    """What one press of `verb` uses up on its message: None (nothing), its own slot, or the
    message's one decision ("✅ Had it", "Skip" and "⏰ 15 min" exclude each other)."""
    if verb in REPEATABLE:
        return None
    return verb if verb in OWN_SLOT else "*"


def after_press(rows: Rows, data: str) -> Rows:
    """The keyboard a message keeps once the button with `data` was pressed on it.

    A decision takes the whole keyboard away; Fix goes on its own (Undo stays); Why? stays.
    """
    action = parse(data)
    if action is None:
        return rows
    taken = slot(action[0])
    if taken is None:
        return rows
    if taken == "*":
        return ()
    kept = tuple(tuple(b for b in row if parse(b.data) != action) for row in rows)
    return tuple(row for row in kept if row)


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

