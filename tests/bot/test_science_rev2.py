"""science.md revision 2 as a runner sees it: replies, buttons and the /week chart."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot import charts, keyboards
from bot.coach import Coach
from bot.coach.buttons import parse
from bot.formatting import to_plain
from engine.balance import History, day_balance
from engine.energy import run_net_kcal
from engine.events import RunLogged, WeightLogged
from engine.watchfiles import read_activity_file
from storage.db import Database
from tests.bot.conftest import Running, buttons
from tests.bot.test_service import NOW, USER, reply_text, say
from tests.engine.test_balance import TZ, a_profile, at

PROFILE = "/profile sex=male age=30 height=175cm weight=70kg tz=UTC"


class TestWhyThisTarget:
    async def test_rev2_today_has_a_one_tap_why_this_target(self, coach: Coach) -> None:
        """/today carries the button; pressing it shows the arithmetic in plain words."""
        await reply_text(coach, PROFILE + " goal=lose-2")
        replies = await coach.handle_text(say("/today"))
        labels = {b.label: b.data for row in replies[0].buttons for b in row}
        assert "Why this target?" in labels
        why = await coach.press(USER, USER, labels["Why this target?"], NOW)
        text = to_plain(why[0].text)
        assert "Mifflin-St Jeor" in text
        assert "Safe floor" in text
        assert "below the floor, so the target is" in text

    async def test_rev2_every_target_says_when_the_floor_binds(self, coach: Coach) -> None:
        """lose-2 at 70 kg: the logged reply, /today and /history all name the rate it plans."""
        await reply_text(coach, PROFILE + " goal=lose-2")
        for command in ("2 eggs and toast", "/today", "/history"):
            text = await reply_text(coach, command)
            assert "Your goal asks for 0.91 kg a week; at your size the safe floor" in text, command

    async def test_rev2_n1_warns_once_at_the_choice_with_the_capped_rate(
            self, coach: Coach) -> None:
        """/goal gain-2 at 70 kg says the target plans at most 0.5 % a week (§7, N1)."""
        await reply_text(coach, PROFILE)
        text = await reply_text(coach, "/goal gain-2")
        assert "Saved" in text
        assert "your target plans at most 0.5 % a week" in text

    async def test_rev2_a_goal_without_an_age_asks_for_it(self, coach: Coach) -> None:
        """/goal lose-1 without an age is refused with a friendly way on; nothing changes."""
        await reply_text(coach, "/profile sex=male height=175cm weight=70kg tz=UTC")
        text = await reply_text(coach, "/goal lose-1")
        assert "age first" in text
        record = await coach.stores.users.get(USER)
        assert record is not None
        assert record.profile.goal == "maintain"

    async def test_rev2_under_18_no_target_is_shown(self, coach: Coach) -> None:
        """A 16-year-old's /today shows intake and protein, no target and no button."""
        await reply_text(coach, "/profile sex=female age=16 height=165cm weight=55kg tz=UTC")
        replies = await coach.handle_text(say("/today"))
        text = to_plain(replies[0].text)
        assert "target" not in text.lower().split("protein")[0]
        assert "Left to eat" not in text
        assert replies[0].buttons == ()

    async def test_rev2_a_new_goal_remembers_its_day(self, coach: Coach) -> None:
        """The day a loss goal starts is kept: its first 14 days' water counts at half (§8)."""
        await reply_text(coach, PROFILE + " goal=lose-0.5")
        record = await coach.stores.users.get(USER)
        assert record is not None
        assert record.profile.goal_since == NOW.date()


def test_rev2_the_target_button_is_a_known_verb() -> None:
    """The button's data parses back through the one gate (bot/coach/buttons.parse)."""
    (button,), = keyboards.today()
    assert parse(button.data) == ("target", "today")


class TestWeekChart:
    @pytest.mark.parametrize(
        ("values", "units", "span"),
        [
            ([70.0, 70.05, 69.98], "metric", 2.0),  # scale noise: the axis stays +-1 kg
            ([154.3, 154.4], "imperial", 4.0),  # +-2 lb
            ([70.0, 74.0], "metric", 4.8),  # a real change gets 20 % headroom
        ],
    )
    def test_rev2_weight_axis_spans_at_least_1_kg_each_way(
        self, values: list[float], units: str, span: float
    ) -> None:
        """0.05 kg of noise never looks like a plunge (§10)."""
        low, high = charts.weight_limits(values, units)
        assert high - low == pytest.approx(span)
        assert low < min(values) <= max(values) < high

    def test_rev2_the_chart_draws_raw_weigh_ins_with_the_trend(self) -> None:
        """A week of weigh-ins renders (dots and trend line) as a PNG."""
        day = date(2026, 5, 12)
        weights = [WeightLogged(at=at(day - timedelta(days=n), 7), mass_kg=70 + 0.05 * (n % 2))
                   for n in range(14)]
        history = History(events=[], weights=weights)
        days = [day_balance(history, a_profile(), day - timedelta(days=n), TZ)
                for n in range(6, -1, -1)]
        assert all(d.weigh_in_kg is not None for d in days)
        png = charts.week_chart(days)
        assert png.startswith(b"\x89PNG")


def test_rev2_a_gpx_run_is_costed_from_its_own_elevation_profile() -> None:
    """The Strava GPX (3.6 km, 95 m of climb) is costed per 50 m segment: more than the flat,
    and not the loop guess from its total climb (science.md §3.4 rev 2)."""
    data = (Path(__file__).resolve().parents[1] / "data" / "activities"
            / "run_strava_2015-01-19.gpx").read_bytes()
    (run,) = read_activity_file(data, "run.gpx", mass_kg=70.0)
    assert isinstance(run, RunLogged)
    kwargs = {"distance_m": run.distance_m, "duration_s": run.duration_s, "mass_kg": 70.0,
              "baseline_per_min": 70 / 60}
    flat = run_net_kcal(**kwargs)  # type: ignore[arg-type]
    loop = run_net_kcal(**kwargs, elevation_gain_m=run.elevation_gain_m)  # type: ignore[arg-type]
    assert flat < run.energy_kcal < 1.2 * flat
    assert abs(run.energy_kcal - loop) > 1


async def test_rev2_why_this_target_over_telegram(bot: Running) -> None:
    """The real bot over HTTP: /today's button answers with the target's arithmetic."""
    await bot.say("/profile sex=male age=30 height=175cm weight=70kg goal=lose-2")
    today = await bot.say("/today")
    assert "Why this target?" in buttons(today)
    why = await bot.press(today, buttons(today)["Why this target?"])
    assert "Why this target?" in why["text"]
    assert "Safe floor" in why["text"]
    again = await bot.press(today, buttons(today)["Why this target?"])  # it only shows numbers
    assert "Safe floor" in again["text"]


@pytest.mark.parametrize(
    ("kg", "marks"),
    [
        ("61.5kg", {"gain-1": "⚠️", "lose-1": "ℹ️", "lose-2": "⚠️", "gain-0.5": "",
                    "maintain": ""}),
        ("130kg", {"gain-2": "⚠️", "lose-2": "", "gain-1": "", "maintain": ""}),
    ],
)
async def test_rev2_the_goal_list_is_marked_for_this_runners_weight(
        bot: Running, kg: str, marks: dict[str, str]) -> None:
    """The onboarding goal buttons mark what each rate means at this weight (§9 N1)."""
    bot.server.user_message("/start")
    _welcome, units = await bot.server.wait_for_sent(2, timeout=10)
    sex = await bot.press(units, buttons(units)["km, kg"])
    await bot.press(sex, buttons(sex)["Male"])
    await bot.say("35")
    await bot.say("180cm")
    goal = await bot.say(kg)
    by_goal = {data.rsplit(":", 1)[-1]: label for label, data in buttons(goal).items()}
    for code, mark in marks.items():
        label = by_goal[code]
        assert label.endswith("⚠️") is (mark == "⚠️"), label
        assert label.endswith("ℹ️") is (mark == "ℹ️"), label


async def test_rev2_without_an_age_the_goal_step_offers_maintain_only(bot: Running) -> None:
    """An unknown age is not an adult age: no weight goal is offered (§10 rev 2)."""
    bot.server.user_message("/start")
    _welcome, units = await bot.server.wait_for_sent(2, timeout=10)
    sex = await bot.press(units, buttons(units)["km, kg"])
    age = await bot.press(sex, buttons(sex)["Male"])
    await bot.press(age, buttons(age)["Skip"])
    await bot.say("180cm")
    goal = await bot.say("80kg")
    assert "maintain" in buttons(goal)
    assert not any(label.startswith(("lose", "gain")) for label in buttons(goal))


@pytest.mark.parametrize("coach", ["sqlite"], indirect=True)  # reads the SQLite file
@pytest.mark.parametrize(("kcal", "level", "nudged"),
                         [(1670, "watch", False), (1400, "risk", True)])
async def test_rev2_n6_watch_band_shows_in_today_but_never_nudges(
        coach: Coach, database: Database, kcal: int, level: str, nudged: bool) -> None:
    """EA 28 (within logging error of 30) is "watch" in /today, no nudge; EA 23.5 nudges."""
    await reply_text(coach, PROFILE, NOW - timedelta(days=8))
    for n in range(7, 0, -1):
        await reply_text(coach, f"lunch {kcal} kcal 150g protein", NOW - timedelta(days=n))
    balance = await coach.balance_for(USER, NOW.date())
    n6 = next(r for r in balance.risk.reasons if r.code == "N6")
    assert n6.level == level
    assert n6.text in to_plain((await coach.handle_text(say("/today")))[0].text)
    rows = await database.read(
        "SELECT payload FROM scheduled_messages WHERE user_id = ? AND kind = 'nudge'", (USER,))
    assert any(json.loads(row[0]).get("code") == "N6" for row in rows) is nudged
