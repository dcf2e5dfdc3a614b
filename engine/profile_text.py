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
from engine.setup import Step
from engine.units import CM_PER_INCH as IN_CM
from engine.units import kg_of, lb_to_kg, mass_value
from engine.zones import city_zones

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
    return kg_of(value, unit)


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
    """An IANA zone name, case-insensitively ('europe/berlin'), or a city ('Chicago')."""
    name = text.strip().strip('"')
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        fixed = "/".join(part[:1].upper() + part[1:] for part in name.lower().split("/"))
        fixed = "_".join(w[:1].upper() + w[1:] for w in fixed.split("_"))
        try:
            ZoneInfo(fixed)
        except (ZoneInfoNotFoundError, ValueError):
            return _city_zone(name)
        return fixed
    return name


def _city_zone(name: str) -> str:
    """The zone of a typed city; ParseError naming the choices when several fit."""
    found = city_zones(name)
    if len(found) == 1:
        return found[0].zone
    if found:
        choices = "; ".join(f"{c.label} ({c.zone})" for c in found)
        raise ParseError(f"There are several places called '{name}': {choices}. Add the "
                         f"state or country ('{found[0].label}') or send the zone name, e.g. "
                         f"{found[0].zone}.")
    raise ParseError(
        f"I don't know the place or time zone '{name}'. Send a city (Chicago, Munich) or a "
        "zone name like Europe/Berlin or America/New_York."
    )


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


# ------------------------------------------------------------------ typed setup answers
# Each reader takes what a runner types at one setup step and returns the value in the form
# `update_profile` reads (`age=34`), or None when the text is no answer to that step: then
# it is read as an ordinary message (a run, a meal...). They are strict on purpose: "ran 5
# miles" at the units step is a run, not the word "miles".

_QUOTES = str.maketrans({"’": "'", "‘": "'", "′": "'", "″": '"', "“": '"', "”": '"'})
_FILLER = re.compile(
    r"\b(?:i'?m|i am|i|im|my|is|it'?s|its|it is|about|around|roughly|approx|approximately|"
    r"like|use|prefer|please|pls|thanks|a|an|the|ok|okay|just|currently|now|probably|and|"
    r"in|of|me|we|go with|say|tall|weigh|weight|height|age|aged|old)\b"
)
_METRIC = {"metric", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "kg",
           "kgs", "kilos", "kilograms", "cm", "metres", "meters", "si"}
_IMPERIAL = {"imperial", "miles", "mile", "mi", "lb", "lbs", "pounds", "us", "usa",
             "american", "feet", "ft", "inches", "stone", "st", "uk"}
_FEMALE = {"f", "female", "woman", "w", "girl", "lady", "she", "her", "fem"}
_MALE = {"m", "male", "man", "guy", "boy", "he", "him", "dude"}
_AGE = re.compile(r"^(\d{1,3})\s*(?:y|yo|y/?o|yrs?|years?|years? old|yr old)?$")
_HEIGHT_FT = re.compile(
    r"""^(\d)\s*(?:'|ft|feet|foot)\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:"|''|in|inch|inches)?)?$""")
_HEIGHT_M = re.compile(r"^([12](?:[.,]\d{1,2})?)\s*(?:m|meters?|metres?)$")
_HEIGHT_M_CM = re.compile(r"^1\s*m\s*(\d{2})$")
_HEIGHT_CM = re.compile(r"^(\d{3}(?:[.,]\d+)?)\s*(?:cm|cms|centimet(?:er|re)s?)?$")
_HEIGHT_IN = re.compile(r"""^(\d{2})\s*(?:"|''|in|inch|inches)$""")
_STONE = re.compile(
    r"^(\d{1,2})\s*(?:st|stone)s?\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:lb|lbs|pounds?)?)?$")
_WEIGHT = re.compile(
    r"^(\d{2,3}(?:[.,]\d+)?)\s*(kg|kgs|kilos?|kilograms?|lb|lbs|pounds?)?$")
_GOAL = re.compile(
    r"^(lose|gain|drop|cut|build|bulk|put on)(?: weight| fat| muscle)?\s*"
    r"(\d+(?:[.,]\d+)?)?\s*(kg|kgs|kilos?|lb|lbs|pounds?)?"
    r"(?:\s*(?:a|an|per|/|each|every)?\s*(?:w|wk|week))?$")
_MAINTAIN = {"maintain", "maintenance", "maintain weight", "keep", "keep it", "keep weight",
             "keep my weight", "stay", "stay same", "stay the same", "same", "hold", "hold steady",
             "neither", "none", "no change", "steady", "keep steady", "maintain my weight"}
_SUMMARY = re.compile(r"^(?:at |around |about )?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h)?$")
_CLOCK_PHRASE = re.compile(
    r"^(?:(?:it'?s|it is|its|now|now it'?s|here it'?s|local time|my time is|time here is)\s+)*"
    r"(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)(?:\s+(?:here|now|right now|where i am|"
    r"for me|my time|local time))*$")


def _plain(text: str) -> str:
    """Lower case, typographic quotes made plain, spaces single, end punctuation gone."""
    for mark in ("⚠️", "⚠", "ℹ️", "ℹ"):  # the goal buttons' marks, when a label is typed
        text = text.replace(mark, "")
    text = text.translate(_QUOTES).lower()
    return " ".join(text.split()).strip(" .!?")


def _core(text: str) -> str:
    """The answer with the words around it ("I'm", "about", "please") removed."""
    return " ".join(_FILLER.sub(" ", _plain(text)).replace(",", " ").split())


def _float(value: str) -> float:
    return float(value.replace(",", "."))


def read_units(text: str) -> str | None:
    words = set(_core(text).replace("/", " ").split())
    if words and words <= _METRIC:
        return "metric"
    if words and words <= _IMPERIAL:
        return "imperial"
    return None


def read_sex(text: str) -> str | None:
    core = _core(text)
    if core in _FEMALE:
        return "female"
    if core in _MALE:
        return "male"
    return None


def read_age(text: str) -> str | None:
    m = _AGE.match(_core(text).replace(".", ""))
    return m.group(1) if m else None


def read_height_cm(text: str, *, units: str = "metric") -> float | None:
    """'5'11', '5 ft 11', '5'6"', '180cm', '1.80 m', '71 in' -> centimetres."""
    core = _plain(text)
    core = re.sub(r"^(?:i'?m|i am|im|height|my height is|about|around)\s+", "", core)
    core = re.sub(r"\s+(?:tall)$", "", core).replace(" and ", " ")
    if m := _HEIGHT_FT.match(core):
        return (int(m.group(1)) * 12 + _float(m.group(2) or "0")) * IN_CM
    if m := _HEIGHT_M.match(core):
        return round(_float(m.group(1)) * 100, 1)
    if m := _HEIGHT_M_CM.match(core):
        return 100 + float(m.group(1))
    if m := _HEIGHT_CM.match(core):
        return _float(m.group(1))
    if m := _HEIGHT_IN.match(core):
        return int(m.group(1)) * IN_CM
    if units == "imperial" and core.isdigit() and 48 <= int(core) <= 96:
        return int(core) * IN_CM
    return None


def read_weight_kg(text: str, *, units: str = "metric") -> float | None:
    """'165 lb', '72.5kg', '72,5 kg', '11st 4lb', '165' (in the runner's units) -> kg."""
    core = _plain(text)
    core = re.sub(r"^(?:i'?m|i am|im|i weigh|about|around)\s+", "", core)
    if m := _STONE.match(core):
        return lb_to_kg(int(m.group(1)) * 14 + _float(m.group(2) or "0"))
    if m := _WEIGHT.match(core):
        unit = m.group(2) or ("lb" if units == "imperial" else "kg")
        value = _float(m.group(1))
        return kg_of(value, unit)
    return None


def read_weigh_in(text: str, *, units: str = "metric") -> float | None:
    """'weight 180 lb', 'weighed 72.5kg': a weigh-in that also answers the weight question."""
    m = re.match(r"^(?:my )?(?:weight|weighed|weigh[- ]?in)\s*(?:is|:|today)?\s*(.+)$",
                 _plain(text))
    return read_weight_kg(m.group(1), units=units) if m else None


def read_goal(text: str, *, units: str = "metric") -> str:
    """'lose 1', 'lose 0.5 kg a week', 'maintain' -> a GOALS key; ParseError if too fast.

    A bare rate is in the runner's units, as the goal buttons show it ('lose 0.45 kg' for a
    metric runner, 'lose 1 lb' for an imperial one).

    Raises ParseError (a clear answer) for a rate outside the list; returns '' for no goal.
    """
    core = _plain(text).replace("per week", "a week").replace("/week", " a week")
    core = re.sub(r"^(?:i want to|i'd like to|i would like to|want to|to|i wanna)\s+", "", core)
    if core in _MAINTAIN or core.removeprefix("i ").strip() in _MAINTAIN:
        return "maintain"
    m = _GOAL.match(core.replace(" lbs", " lb").replace("kgs", "kg"))
    if not m:
        return ""
    direction = "lose" if m.group(1) in {"lose", "drop", "cut"} else "gain"
    amount = _float(m.group(2)) if m.group(2) else 0.5
    unit = m.group(3) or ("kg" if m.group(2) and units == "metric" else "lb")
    if unit.startswith("k"):
        amount = mass_value(amount, "imperial")
    steps = round(amount * 2) / 2  # the goal list moves in 0.5 lb/week steps
    if steps > 2:
        raise ParseError(f"The fastest goal I set is {direction} 2 lb (0.9 kg) a week: faster "
                         "costs muscle. Try maintain, or "
                         f"{direction} 1.")
    if steps == 0:
        return "maintain"
    return f"{direction}-{steps:g}"


def read_summary(text: str) -> str | None:
    """'9pm', '21:00', 'at 9' (an evening summary: 9 means 21:00) -> 'HH:MM'."""
    core = re.sub(r"\s*(?:in the evening|tonight|each day|every day|daily|please)$", "",
                  _plain(text))
    m = _SUMMARY.match(core)
    if not m:
        return None
    hour, minute, suffix = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if (suffix == "pm" and hour < 12) or (suffix is None and 1 <= hour < 12):
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def read_clock(text: str) -> time | None:
    """'14:05', "it's 2:05 pm here", 'now 9am' -> the local time stated, or None."""
    m = _CLOCK_PHRASE.match(_plain(text))
    if not m:
        return None
    try:
        return parse_clock(m.group(1).replace(".", ":"))
    except ParseError:
        return None


def read_answer(step: Step, text: str, *, units: str) -> str | None:
    """The `/profile` value a typed answer gives `step`, or None when it is no answer to it.

    The time-zone step is read by `engine.zones` (a city, a clock reading) and is not here.
    """
    match step:
        case "units":
            return read_units(text)
        case "sex":
            return read_sex(text)
        case "age":
            return read_age(text)
        case "height":
            cm = read_height_cm(text, units=units)
            return None if cm is None else f"{cm:.1f}cm"
        case "weight":
            kg = read_weight_kg(text, units=units)
            return None if kg is None else f"{kg:.2f}kg"
        case "goal":
            return read_goal(text, units=units) or None
        case "summary":
            return read_summary(text)
        case _:
            return None
