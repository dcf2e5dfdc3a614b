"""Issue 15, the sixth "runs" round: runs, weigh-ins and sessions block k showed misread, checked
on variants in other words (scripts/corpus_probes_runs6.py)."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, RunLogged, StrengthLogged
from engine.quantities import KM_PER_MILE
from tests.engine.test_parsing import parse


def _run(text: str) -> RunLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, RunLogged)
    return logged


class TestARaceWhoseNameHoldsItsDistance:
    """A number after a race's name is miles; a track race's metres are its distance."""

    @pytest.mark.parametrize(
        ("text", "miles", "seconds"),
        [
            ("Riverbank 10 in 1:16:48, pb!", 10, 4608),
            ("the Cabbage Patch 10 with the club, 1:09:55", 10, 4195),
            ("Hardmoors 55, 13:02:44, brutal", 55, 46964),
            ("finished the South Downs Way 100 in 27:15:00", 100, 98100),
        ],
    )
    def test_the_name_s_number_is_miles(self, text: str, miles: float, seconds: float) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(miles * KM_PER_MILE * 1000, abs=1)
        assert logged.duration_s == pytest.approx(seconds)

    def test_a_run_s_own_number_stays_the_runner_s_unit(self) -> None:
        assert _run("Ran 10 in 1:21:00").distance_m == pytest.approx(10000)

    def test_a_distance_written_as_well_is_run_once(self) -> None:
        assert _run("Thames Path 100 done. 100 miles in 27:14:30").distance_m == pytest.approx(
            100 * KM_PER_MILE * 1000, abs=1
        )

    def test_a_race_ahead_logs_nothing(self) -> None:
        assert parse("signed up for the Riverbank 10 in march").events == ()

    @pytest.mark.parametrize(
        ("text", "km", "hours"),
        [
            ("100 mile race, dropped at mile 71 after 19:30 on my feet", 71 * KM_PER_MILE, 19.5),
            ("DNF at 42k of the 50k, 5:12:00", 42, 5.2),
            ("pulled out at mile 18 of the marathon, 2:41:00", 18 * KM_PER_MILE, 2 + 41 / 60),
        ],
    )
    def test_a_race_left_part_way_is_the_distance_run(
        self, text: str, km: float, hours: float
    ) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)
        assert logged.duration_s == pytest.approx(hours * 3600)

    def test_a_stop_on_the_way_is_no_race_left(self) -> None:
        assert _run("stopped at 5k for a gel, 10k in 50:00").distance_m == pytest.approx(10000)

    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [("club champs 3000m, 10:58", 3000, 658), ("masters 1500 m final in 5:12", 1500, 312)],
    )
    def test_a_track_race_in_metres(self, text: str, metres: float, seconds: float) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (metres, seconds)


class TestCrossTrainingNamedByItsMachine:
    """A session on a machine is that session, never a run, with the figures its screen shows."""

    @pytest.mark.parametrize(
        ("text", "activity", "minutes", "km"),
        [
            ("cross trainer 35 min, 6.2 km on the screen", "elliptical", 35, 6.2),
            ("elliptical 50 mins 8.4k", "elliptical", 50, 8.4),
        ],
    )
    def test_the_machine_s_distance(
        self, text: str, activity: str, minutes: float, km: float
    ) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, ActivityLogged)
        assert logged.activity == activity
        assert logged.duration_s == pytest.approx(minutes * 60)
        assert logged.distance_m == pytest.approx(km * 1000)

    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            ("too hot to run outside (36C) so 45 min on the bike indoors", "cycle", 45),
            ("too icy for a run so an hour on the turbo", "spin", 60),
            ("an hour on the turbo", "spin", 60),
        ],
    )
    def test_no_run_beside_the_session(self, text: str, activity: str, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, ActivityLogged)
        assert (logged.activity, logged.duration_s) == (activity, minutes * 60)

    def test_a_bare_number_after_a_class_is_its_minutes(self) -> None:
        spin, core = parse("spin class 50 then 10 min core").events
        assert isinstance(spin, ActivityLogged) and isinstance(core, StrengthLogged)
        assert (spin.activity, spin.duration_s, core.duration_s) == ("spin", 3000, 600)
