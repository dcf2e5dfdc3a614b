"""Issue 15: sports, triathlon legs and swim sets, read on messages the corpus does not hold."""

from __future__ import annotations

import pytest

from bot.coach import Coach
from engine.events import ActivityLogged, MealLogged, RunLogged
from tests.bot.test_service import live_events, reply_text
from tests.engine.test_parsing import parse


def sessions(text: str) -> list[tuple[str, float | None, float]]:
    """(kind or activity, km or None, minutes) of each session logged."""
    out: list[tuple[str, float | None, float]] = []
    for event in parse(text).events:
        if isinstance(event, RunLogged):
            out.append(("run", round(event.distance_m / 1000, 3), round(event.duration_s / 60, 2)))
        elif isinstance(event, ActivityLogged):
            km = round(event.distance_m / 1000, 3) if event.distance_m else None
            out.append((event.activity, km, round(event.duration_s / 60, 2)))
    return out


class TestTriathlonLegs:
    """A leg written with its time alone covered the named race's distance."""

    def test_a_70_3_with_times_only(self) -> None:
        assert sessions("70.3 finished!! swim 41:05, bike 2:48:30, run 1:49:10") == [
            ("swim", 1.9, 41.08), ("cycle", 90.0, 168.5), ("run", 21.098, 109.17)
        ]  # fmt: skip

    def test_legs_without_commas_are_three_sessions(self) -> None:
        assert sessions("half ironman done: swim 36:30 bike 2:40:00 run 1:41:20") == [
            ("swim", 1.9, 36.5), ("cycle", 90.0, 160.0), ("run", 21.098, 101.33)
        ]  # fmt: skip

    @pytest.mark.parametrize(
        ("race", "times", "legs"),
        [("olympic tri", "25:00, bike 1:10:00, run 45:00", (1.5, 40.0, 10.0)),
         ("sprint triathlon", "14:00, bike 40:00, run 24:00", (0.75, 20.0, 5.0)),
         ("full ironman", "1:12:00, bike 6:05:00, run 4:20:00", (3.8, 180.2, 42.195))],
    )  # fmt: skip
    def test_each_race_has_its_distances(
        self, race: str, times: str, legs: tuple[float, ...]
    ) -> None:
        got = sessions(f"{race} today - swim {times}")
        assert [km for _, km, _ in got] == list(legs)

    def test_a_stated_leg_distance_wins(self) -> None:
        got = sessions("70.3: swim 2.0 km 40:00, bike 2:50:00, run 1:55:00")
        assert got[0] == ("swim", 2.0, 40.0)

    @pytest.mark.parametrize(
        "text", ["70.3 training: swim 30 min, run 1h", "IM prep: bike 2:00:00 then run 20:00"]
    )
    def test_training_for_a_race_is_no_race(self, text: str) -> None:
        assert all(km is None or km < 20 for _, km, _ in sessions(text))

    async def test_the_reply_shows_each_leg(self, coach: Coach) -> None:
        text = await reply_text(coach, "IM 70.3 done: swim 38:40, bike 2:55:10, run 2:01:00")
        assert "🏊 Swim 1.90 km 38:40" in text
        assert "🚴 Cycle 90 km 2:55:10" in text
        assert "🏃 Run 21.10 km in 2:01:00 (5:44 /km)" in text  # not "(estimated)"
        assert sorted(await live_events(coach)) == ["activity", "activity", "run"]


class TestSwimSets:
    def test_a_css_set_is_a_swim_not_a_run(self) -> None:
        assert sessions("8x200 @ CSS") == [("swim", 1.6, 48.0)]

    def test_a_set_with_its_total(self) -> None:
        assert sessions("css 12x100m, 2k total in 42 min") == [("swim", 2.0, 42.0)]

    def test_yards(self) -> None:
        assert sessions("swim 16x50 yds") == [("swim", 0.732, 21.95)]


class TestSpeedsAndClimb:
    def test_a_ride_at_a_speed_takes_its_time_from_the_speed(self) -> None:
        assert sessions("bike 60k at 30 km/h") == [("cycle", 60.0, 120.0)]
        assert sessions("rode 30 miles at 15 mph") == [("cycle", 48.28, 120.0)]

    def test_a_hikes_climb_is_no_distance(self) -> None:
        assert sessions("hike 11km 750m elevation 4h") == [("hike", 11.0, 240.0)]


class TestRacketAndTeamSports:
    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [("squash 50 mins", "squash", 50), ("played squash for an hour", "squash", 60),
         ("padel 75 min", "padel", 75), ("badminton 1h", "badminton", 60),
         ("touch rugby 40 min", "rugby", 40), ("boxing class 45 min", "boxing", 45),
         ("kayaking 1h30", "kayak", 90)],
    )  # fmt: skip
    def test_a_sport_is_its_own_session(self, text: str, activity: str, minutes: int) -> None:
        assert sessions(text) == [(activity, None, minutes)]

    @pytest.mark.parametrize("text", ["a pint of orange squash", "butternut squash soup"])
    def test_squash_to_drink_or_eat_is_food(self, text: str) -> None:
        (event,) = parse(text).events
        assert isinstance(event, MealLogged)


class TestRepsBesideAnotherSport:
    def test_reps_after_a_walk_are_a_run(self) -> None:
        walk, run = parse("walked to the track 12 min, 8x400, 6 km total in 34 min").events
        assert isinstance(walk, ActivityLogged) and walk.distance_m is None
        assert isinstance(run, RunLogged) and (run.distance_m, run.duration_s) == (6000, 2040)


class TestSecondBlockShapes:
    def test_a_race_time_before_the_legs_is_no_leg(self) -> None:
        text = "olympic tri 2:24:50 - swim 25:10, T1 1:50, bike 1:06:30, T2 0:58, run 48:40"
        got = sessions(text)
        assert got == [("swim", 1.5, 25.17), ("cycle", 40.0, 66.5), ("run", 10.0, 48.67)]
        assert parse("ironman done!!! 12:01:10 swim 1:15, bike 6:10, run 4:25").unparsed == ()

    def test_a_swim_pace_per_100m_is_no_time(self) -> None:
        assert sessions("CSS 1:50/100m, 2.2k in 45 min") == [("swim", 2.2, 45.0)]
        assert sessions("Pool Swim\n2,000m\n41:10\nAvg Pace 2:03/100m") == [("swim", 2.0, 41.17)]

    def test_figures_after_a_session_that_had_none(self) -> None:
        assert sessions("zwift 55m, 28.1 km") == [("spin", 28.1, 55.0)]
        assert sessions("long walk with the kids, 6km 1h20") == [("walk", 6.0, 80.0)]

    def test_a_ride_named_after_a_run(self) -> None:
        got = sessions("run off the bike 4km 19:40 after 30km ride in 58 min")
        assert sorted(got) == [("cycle", 30.0, 58.0), ("run", 4.0, 19.67)]

    def test_lengths_with_the_pool_in_brackets(self) -> None:
        assert sessions("swam 40 lengths (25m) 30 min") == [("swim", 1.0, 30.0)]

    def test_yoga_by_its_style(self) -> None:
        assert sessions("ashtanga 75 min") == [("yoga", None, 75.0)]

    @pytest.mark.parametrize(
        "text", ["going for a 10k after work", "calves are wrecked after sunday's 18 miler"]
    )
    def test_plans_and_aches_log_nothing(self, text: str) -> None:
        assert parse(text).events == ()


class TestSessionsInTimedParts:
    """ "2 x 25 min" of a session is 50 minutes of it, not the 30 minutes guessed for none."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("cycled to work and back, 2 x 25 min", [("cycle", None, 50.0)]),
         ("yoga 2x30 mins", [("yoga", None, 60.0)]),
         ("rowed 4 x 10 min", [("row", None, 40.0)])],
    )  # fmt: skip
    def test_the_parts_add_up(
        self, text: str, expected: list[tuple[str, float | None, float]]
    ) -> None:
        assert sessions(text) == expected
