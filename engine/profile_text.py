"""`/profile key=value ...`: the one-line profile the console contract and power users type.

Example: `sex=male age=34 height=5ft11in weight=165lb goal=lose-0.5 tz=Europe/Berlin summary=21:00`.
Heights: `180cm`, `5ft11in`, `5'11"`; weights: `75kg`, `165lb` (cli-contract.md).
"""

from __future__ import annotations

import re
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError

from engine.errors import ParseError
from engine.profile import GOALS, Profile

LB_KG = 0.45359237  # science.md constants table, exact
IN_CM = 2.54

_PAIR = re.compile(r"""([a-z_]+)\s*=\s*("[^"]*"|\S+)""", re.IGNORECASE)
_CM = re.compile(r"^(\d{2,3}(?:\.\d+)?)\s*(?:cm)?$")
_FT_IN = re.compile(r"""^(\d)\s*(?:ft|foot|feet|')\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:in|"|'')?)?$""")
_MASS = re.compile(r"^(\d{2,3}(?:\.\d+)?)\s*(kg|kgs|lb|lbs|pounds?)?$")
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")
_QUIET = re.compile(r"^(.+?)\s*-\s*(.+)$")

PROFILE_HELP = (
    "Try: /profile sex=female age=29 height=168cm weight=61kg goal=maintain "
    "tz=Europe/London summary=21:00"
)


def parse_height_cm(text: str) -> float:
    """'180cm', '180', '5ft11in', '5\\'11"' -> centimetres."""
    value = text.strip().lower().replace(" ", "")
    if m := _FT_IN.match(value):
        return (int(m.group(1)) * 12 + float(m.group(2) or 0)) * IN_CM
    if m := _CM.match(value):
        return float(m.group(1))
    raise ParseError(f"I couldn't read the height '{text}'. Try 180cm or 5ft11in.")


def parse_mass_kg(text: str, *, units: str = "metric") -> float:
    """'75kg', '165lb', '75' (in the user's units) -> kilograms."""
    m = _MASS.match(text.strip().lower().replace(" ", ""))
    if not m:
        raise ParseError(f"I couldn't read the weight '{text}'. Try 75kg or 165lb.")
    unit = m.group(2) or ("lb" if units == "imperial" else "kg")
    value = float(m.group(1))
    return value * LB_KG if unit.startswith(("lb", "pound")) else value


def parse_clock(text: str) -> time:
    """'21:00', '9pm', '7' -> a local time of day."""
    m = _CLOCK.match(text.strip().lower())
    if not m:
        raise ParseError(f"I couldn't read the time '{text}'. Try 21:00.")
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "pm" and hour < 12:
        hour += 12
    elif m.group(3) == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise ParseError(f"'{text}' is not a time of day. Try 21:00.")
    return time(hour, minute)


def parse_zone(text: str) -> str:
    """An IANA zone name, case-insensitively ('europe/berlin' -> 'Europe/Berlin')."""
    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        fixed = "/".join(part[:1].upper() + part[1:] for part in name.lower().split("/"))
        fixed = "_".join(w[:1].upper() + w[1:] for w in fixed.split("_"))
        try:
            ZoneInfo(fixed)
        except (ZoneInfoNotFoundError, ValueError):
            raise ParseError(
                f"I don't know the time zone '{name}'. Use a name like Europe/Berlin or "
                "America/New_York."
            ) from None
        return fixed
    return name


def _goal(value: str) -> str:
    key = value.lower().replace("_", "-").replace("lb", "").replace("/wk", "").strip("-")
    if key in {"lose", "gain"}:
        key += "-0.5"
    if key not in GOALS:
        raise ParseError(f"'{value}' is not a goal I know. Pick one of: {', '.join(GOALS)}.")
    return key


def _switch(value: str) -> bool:
    lowered = value.lower()
    if lowered in {"on", "yes", "true", "1"}:
        return True
    if lowered in {"off", "no", "false", "0"}:
        return False
    raise ParseError(f"'{value}' should be on or off.")


def update_profile(profile: Profile, text: str) -> Profile:  # noqa: PLR0912, PLR0915
    """Apply `key=value` pairs to a profile; raise ParseError naming what was not understood."""
    pairs = _PAIR.findall(text)
    leftover = _PAIR.sub("", text).strip()
    if leftover:
        raise ParseError(f"I couldn't read '{leftover[:60]}'. {PROFILE_HELP}")
    changes: dict[str, object] = {}
    units = profile.units
    for raw_key, raw_value in pairs:
        key, value = raw_key.lower(), raw_value.strip('"')
        if key == "units":
            units = "imperial" if value.lower().startswith(("imp", "us", "lb")) else "metric"
            changes["units"] = units
    for raw_key, raw_value in pairs:
        key, value = raw_key.lower(), raw_value.strip('"')
        match key:
            case "units":
                pass
            case "sex":
                sex = {"m": "male", "male": "male", "f": "female", "female": "female"}
                changes["sex"] = sex.get(value.lower())
            case "age":
                changes["age"] = round(_number(value, key))
            case "height":
                changes["height_cm"] = parse_height_cm(value)
            case "weight":
                changes["weight_kg"] = parse_mass_kg(value, units=units)
            case "bodyfat" | "body_fat" | "bf":
                changes["body_fat_pct"] = _number(value.rstrip("%"), key)
            case "goal":
                changes["goal"] = _goal(value)
            case "tz" | "timezone" | "zone":
                changes["tz"] = parse_zone(value)
            case "summary":
                changes["summary_time"] = parse_clock(value)
            case "min_run" | "recovery_after":
                changes["recovery_min_run_min"] = round(_number(value.removesuffix("min"), key))
            case "recovery":
                changes["recovery_delay_min"] = round(_number(value.removesuffix("min"), key))
            case "reminders":
                changes["reminders"] = _switch(value)
            case "weekly":
                changes["weekly_day"] = _weekday(value)
            case "nef" | "activity":
                changes["nef"] = _number(value, key)
            case "protein":
                changes["protein_g_per_kg"] = _number(value.removesuffix("g/kg"), key)
            case "quiet":
                m = _QUIET.match(value)
                if value.lower() == "off":
                    changes["quiet_start"] = changes["quiet_end"] = None
                elif m:
                    changes["quiet_start"] = parse_clock(m.group(1))
                    changes["quiet_end"] = parse_clock(m.group(2))
                else:
                    raise ParseError("Quiet hours look like quiet=22:00-07:00 (or quiet=off).")
            case _:
                raise ParseError(f"I don't know the setting '{key}'. {PROFILE_HELP}")
    try:
        updated = profile.model_copy(update=changes)
        updated = Profile.model_validate(updated.model_dump())
    except ValidationError as e:
        field = str(e.errors()[0]["loc"][0]) if e.errors() else "a value"
        raise ParseError(f"The {field.replace('_', ' ')} looks out of range. {PROFILE_HELP}") from e
    if "goal" in changes and updated.goal_lb_per_week != 0:
        _check_goal_age(updated)
    return updated


def _check_goal_age(profile: Profile) -> None:
    """science.md §10 (rev 2): an unknown age is not an adult age; under 18 only maintain."""
    if profile.age is None and profile.birth_year is None:
        raise ParseError(
            "Tell me your age first: weight goals are for adults. Send e.g. "
            f"/profile age=34 goal={profile.goal}"
        )
    if profile.age is not None and profile.age < 18:
        raise ParseError(
            "Under 18 I don't set weight-loss or weight-gain goals: growing runners need to "
            "eat for growth and training. Try goal=maintain."
        )


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday(value: str) -> int:
    """'sun', 'Sunday' -> 6 (Monday is 0)."""
    day = value.strip().lower()[:3]
    if day not in _WEEKDAYS:
        raise ParseError(f"'{value}' is not a day. Try weekly=sun.")
    return _WEEKDAYS.index(day)


def _number(value: str, key: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ParseError(f"The {key} should be a number, not '{value}'.") from None
