"""The runner's units everywhere: a whole day in each system, scanned for the other system.

End to end through the real Application over HTTP (tests/botapi/): runs, meals, weigh-ins,
a backfilled run, the recovery reminder, /today, /week, /history, /profile, /goal, /help,
refusals and the evening summary. Macronutrients are grams in both systems (as on food labels).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from bot.coach import Coach, Incoming
from bot.formatting import to_plain
from engine import units
from engine.units import in_system
from tests.bot.conftest import USER, Running, buttons

#: A quantity in grams that is not a macronutrient amount: a food's weight.
_MACRO_GRAMS = re.compile(
    r"\d+ ?g(?= (?:protein|carbs|fat|of protein|of carbohydrate|short of protein)\b)"
    r"|(?:Protein|protein|Carbs|fat|about) \d+(?:/\d+)? g\b|\d+ g (?=▓|░)|\d+/\d+ g\b"
    r"|per 100 g\b")  # a taught food's label values, as printed on the pack
FOREIGN = {
    "imperial": re.compile(
        r"\d\s?(?:km|kg|ml|cm|m)\b|\bkm/h\b|/km\b|per kg\b|\bkilo|\b(?:1[3-9]|2[0-3]):[0-5]\d\b"
        r"|\d\s?g\b"),
    "metric": re.compile(
        r"\d\s?(?:mi|lb|lbs|oz|ft|fl oz)\b|\bmph\b|/mi\b|per lb\b|\d'\d|\b(?:AM|PM)\b"
        r"|\bmiles?\b|\bpounds?\b"),
}
DAY = {
    "imperial": ["/profile units=imperial sex=female age=34 height=5'6\" weight=150lb "
                 "tz=America/Chicago goal=lose-0.5",
                 "ran 6 miles in 65 min with 300 ft of climbing",
                 "2 eggs and toast", "chicken breast 6 oz with rice", "a banana",
                 "weight 151 lb", "yesterday: ran 5 miles in 45 min",
                 "ran 20 miles in 10 min", "weight 20", "1000 oz of rice", "ran this morning",
                 "/today", "/history", "/profile", "/goal", "/weight", "/undo", "qwzx blorp"],
    "metric": ["/profile units=metric sex=male age=34 height=180cm weight=75kg "
               "tz=Europe/Berlin goal=lose-0.5",
               "ran 12 km in 65 min with 100 m of climbing",
               "2 eggs and toast", "chicken breast 150 g with rice", "a banana",
               "weight 74.6 kg", "yesterday: ran 8 km in 45 min",
               "ran 32 km in 10 min", "weight 20", "30 kg of rice", "ran this morning",
               "/today", "/history", "/profile", "/goal", "/weight", "/undo", "qwzx blorp"],
}


def foreign_units(text: str, system: str) -> list[str]:
    """Every quantity in `text` written in the other system (food-label grams allowed)."""
    if system == "imperial":
        text = _MACRO_GRAMS.sub("", text)
    return [m.group(0) for m in FOREIGN[system].finditer(text)]


@pytest.mark.parametrize("system", ["imperial", "metric"])
async def test_a_whole_day_speaks_the_runners_units(bot: Running, system: str) -> None:
    """Every reply, the reminder, the summary and the help are in one system only."""
    await bot.say("/reminders recovery=0")
    texts = []
    for line in DAY[system]:
        texts.append(("you: " + line, (await bot.say(line))["plain_text"]))
        if line.startswith("ran") and len(texts) == 2:  # the long run: its reminder comes
            [reminder] = await bot.server.wait_for_sent(1, timeout=20)
            texts.append(("reminder", reminder["plain_text"]))
    week = await bot.say("/week")
    texts.append(("/week", week["caption"] or ""))
    texts.append(("/help", (await bot.say("/help"))["plain_text"]))
    summary = await _summary(bot)
    texts.append(("summary", summary))
    found = {said: bad for said, text in texts if (bad := foreign_units(text, system))}
    assert found == {}
    joined = "\n".join(text for _, text in texts)
    expected = {"imperial": ["mi", "lb", "ft", "fl oz", "5'6\"", "lose 0.5 lb per week",
                             "9:00 PM", "I accept 66-551 lb", "20 mi in 10 min"],
                "metric": ["km", "kg", "100 m", "ml", "180 cm", "lose 0.23 kg per week",
                           "21:00", "I accept 30-250 kg", "32 km in 10 min"]}[system]
    assert [e for e in expected if e not in joined] == []
    [backfilled] = [text for said, text in texts if "yesterday" in said]
    assert re.search(r"· \w{3} \d{2} \w{3} ", backfilled)  # it names the day it counts on


ASIDES = {  # the replies off the day's path: examples in them are in the runner's units
    "imperial": ["ran 5 miles in 45 min", "America/New_York", "per 100 g (3.5 oz)",
                 "per serving", "ran 3 miles in 27 min"],
    "metric": ["ran 8 km in 45 min", "Europe/Berlin", "per 100 g.", "per 100g",
               "ran 5k in 27 min"],
}


@pytest.mark.parametrize("system", ["imperial", "metric"])
async def test_help_and_refusals_give_examples_in_the_runners_units(bot: Running,
                                                                    system: str) -> None:
    """Stickers, voice notes, a too-long text, /timezone, /food, an unknown food, a hello."""
    await bot.say(DAY[system][0])
    texts = [(line, (await bot.say(line))["plain_text"])
             for line in ("/timezone", "/food flurbo bar 200 kcal 20p 22c 7f per bar",
                          "snack: zorblax bar", "hi", "ran " * 1100)]
    for kind, media in (("sticker", {"file_id": "s1", "file_unique_id": "u1", "width": 512,
                                     "height": 512, "is_animated": False, "is_video": False,
                                     "type": "regular"}),
                        ("voice", {"file_id": "v1", "file_unique_id": "u2", "duration": 3})):
        bot.server.user_sends({"message": {
            "chat": {"id": USER, "type": "private", "first_name": "Ada"},
            "from": {"id": USER, "is_bot": False, "first_name": "Ada"}, kind: media}})
        texts.append((kind, (await bot.answer())["plain_text"]))
    assert {said: bad for said, text in texts if (bad := foreign_units(text, system))} == {}
    joined = "\n".join(text for _, text in texts)
    assert [e for e in ASIDES[system] if e not in joined] == []
    assert joined.count(ASIDES[system][0]) == 3  # sticker, voice note and too long


SETUP = {
    "imperial": ("miles, lb", "5'6", "150 lb", "lose 0.5 lb", "Chicago", "9:00 PM"),
    "metric": ("km, kg", "168cm", "68 kg", "lose 0.23 kg", "Berlin", "21:00"),
}


@pytest.mark.parametrize("system", ["imperial", "metric"])
async def test_setup_asks_in_the_units_just_chosen(bot: Running, system: str) -> None:
    """/start: after the units answer, the goal and summary-time buttons speak that system."""
    units_button, tall, heavy, goal_label, city, nine_pm = SETUP[system]
    bot.server.user_message("/start")
    _, units_question = await bot.server.wait_for_sent(2, timeout=10)
    sex = await bot.press(units_question, buttons(units_question)[units_button])
    await bot.press(sex, buttons(sex)["Female"])
    await bot.say("34")
    await bot.say(tall)
    goal = await bot.say(heavy)
    labels = " ".join(buttons(goal)) + " " + goal["plain_text"]
    assert goal_label in buttons(goal)
    assert foreign_units(labels, system) == []
    zone = await bot.press(goal, buttons(goal)[goal_label])
    assert foreign_units(zone["plain_text"], system) == []  # its example is on their clock
    summary = await bot.say(city)
    assert nine_pm in buttons(summary)
    done = await bot.press(summary, buttons(summary)[nine_pm])
    assert foreign_units(done["plain_text"], system) == []


async def _summary(bot: Running) -> str:
    """The evening summary as the bot would send it at 21:00 local."""
    [row] = [r for r in await bot.coach.stores.schedule.pending(USER) if r.kind == "summary"]
    due = await bot.coach.render(row, row.due_at)
    assert due is not None
    return to_plain(due.message.text)


class TestConversions:
    def test_one_home_for_the_pound(self) -> None:
        """The pound's definition appears only in engine/units.py."""
        root = Path(__file__).resolve().parents[2]
        copies = [p.relative_to(root).as_posix()
                  for folder in ("engine", "bot", "storage")
                  for p in (root / folder).rglob("*.py")
                  if "0.45359" in p.read_text() or "1.609344" in p.read_text()
                  or "28.3495" in p.read_text()]
        assert copies == ["engine/units.py"]

    def test_quantities_read_as_a_runner_writes_them(self) -> None:
        """Heights in feet and inches, food in ounces, drinks in fl oz, a 12-hour clock."""
        assert units.height(167.6, "imperial") == "5'6\""
        assert units.food_mass(170, "imperial") == "6 oz"
        assert units.volume(600, "imperial") == "20 fl oz"
        assert units.clock(time(21, 0), "imperial") == "9:00 PM"
        assert units.clock(time(0, 5), "imperial") == "12:05 AM"
        assert units.clock(time(21, 0), "metric") == "21:00"
        assert units.per_body_mass(1.6, "imperial") == "0.73 g per lb"
        assert units.distance(32_186.88, "imperial") == "20 mi"

    def test_engine_advice_is_converted_but_macros_stay_grams(self) -> None:
        """'250 g of Greek yogurt' becomes ounces; '30 g of protein' stays grams."""
        text = in_system("such as 250 g of Greek yogurt with 30 g of protein, 600 ml of milk, "
                         "-0.45 kg a week", "imperial")
        assert text == ("such as 9 oz of Greek yogurt with 30 g of protein, 20 fl oz of milk, "
                        "-1.0 lb a week")


@pytest.mark.parametrize(("system", "typed", "goal"), [
    ("metric", "/goal lose 0.45 kg a week", "lose-1"),
    ("metric", "/goal lose 0.25", "lose-0.5"),
    ("imperial", "/goal lose 1", "lose-1"),
    ("imperial", "/goal lose-1.5", "lose-1.5"),
])
async def test_goal_is_typed_in_the_runners_units(coach: Coach, system: str, typed: str,
                                                  goal: str) -> None:
    """/goal takes a rate in words and the runner's units as well as its code."""
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    await coach.handle_text(Incoming(USER, USER, f"/profile units={system} age=34", now))
    [reply] = await coach.handle_text(Incoming(USER, USER, typed, now))
    record = await coach.stores.users.get(USER)
    assert record is not None and record.profile.goal == goal
    assert foreign_units(to_plain(reply.text), system) == []
