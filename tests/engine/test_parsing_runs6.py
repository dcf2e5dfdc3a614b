"""Issue 15, the sixth "runs" round: runs, weigh-ins and sessions block k showed misread, checked
on variants in other words (scripts/corpus_probes_runs6.py)."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged, WeightLogged
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

    @pytest.mark.parametrize(
        "text",
        ["signed up for the Riverbank 10 in march", "Lakeland 50 next july, aiming for 13:00:00"],
    )
    def test_a_race_ahead_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()

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
            ("hour on the turbo trainer indoors", "spin", 60),
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

    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            ("45 min on the rower, 9.8k", "row", 45),
            ("stepper 25 mins after work", "stairs", 25),
            ("arc trainer 35 min at the gym", "elliptical", 35),
            ("an hour on the kickr, zone 2", "spin", 60),
            ("20 min on the stair machine", "stairs", 20),
        ],
    )
    def test_a_machine_s_own_name(self, text: str, activity: str, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, ActivityLogged)
        assert (logged.activity, logged.duration_s) == (activity, minutes * 60)


class TestAStatedTotalBeatsItsParts:
    """The run's total, said after its parts or around a part inside it, is the run."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("wu 2k, 5 x 1k w/ 2 min, cd 2k = 9.6 km, 48:00", 9.6, 2880),
            ("threshold 4 mi inside a 9 mile run, 1:08:15 total", 9 * KM_PER_MILE, 4095),
            ("8k at marathon pace as part of an 18k long run, 1:38:00", 18, 5880),
        ],
    )
    def test_the_total(self, text: str, km: float, seconds: float) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)
        assert logged.duration_s == pytest.approx(seconds)


class TestAWeekSCatchUp:
    """Several runs told at once: one run each, on its own day."""

    def test_the_same_run_on_two_days(self) -> None:
        runs = parse("mon and wed: 6k in 34 min each").events
        assert [(r.distance_m, r.duration_s) for r in runs if isinstance(r, RunLogged)] == [
            (6000, 2040),
            (6000, 2040),
        ]
        assert [r.at.date().isoformat() for r in runs] == ["2026-11-23", "2026-11-25"]

    @pytest.mark.parametrize(
        "text",
        ["Sat: 18k 1:39:20 / Sun: 6k 35:00", "sat 18k 1:39:20, sun 6k 35:00"],
    )
    def test_a_weekday_cut_short_dates_its_run(self, text: str) -> None:
        runs = parse(text).events
        assert [(r.at.date().isoformat()) for r in runs] == ["2026-11-21", "2026-11-22"]

    def test_a_weekday_set_off_by_a_dash_dates_its_run(self) -> None:
        runs = parse("Fri - 6 miles 50:20, Sun - 14 miles 2:02:00").events
        assert [(r.at.date().isoformat()) for r in runs] == ["2026-11-20", "2026-11-22"]

    def test_a_heading_that_they_were_not_logged_is_no_run_missed(self) -> None:
        runs = parse("missed logging the weekend: saturday 16k 1:30:00, sunday 5k 28:00").events
        assert [(r.distance_m, r.at.date().isoformat()) for r in runs] == [
            (16000, "2026-11-21"),
            (5000, "2026-11-22"),
        ]


class TestTwoWeighInsLogTheLatest:
    """A body weight said after another is today's weigh-in, and the only one logged."""

    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("started the plan at 84.6 kg, now 81.9", 81.9),
            ("weight 72.3 last monday, 71.5 today", 71.5),
            ("my target is 68 kg, currently 71.9", 71.9),
            ("was 13st 4 in september, 12st 11 this morning", 81.19),
            ("166 lb at new year, 159.4 lb now", 72.3),
            ("down from 90.2 to 87.8 since january", 87.8),
        ],
    )
    def test_the_latest(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(kg, abs=0.01)

    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("weight 71.2, was 72.5 a month ago", 71.2),
            ("scale says 80.4, it was 82 two weeks ago", 80.4),
        ],
    )
    def test_today_s_then_a_past_one_is_today_s(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(kg)

    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("weight 75 kg (165 lb)", 75.0),
            ("weighed in at 82.4kg / 181.7 lb", 82.4),
            ("11st 4lb (71.7kg)", 71.67),
        ],
    )
    def test_the_same_weight_in_other_units_is_no_second_weigh_in(
        self, text: str, kg: float
    ) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(kg, abs=0.01)

    def test_a_weight_long_past_stays_talk(self) -> None:
        assert parse("I was 13 stone last year, now 11 😊").events == ()

    def test_a_weigh_in_named_after_its_figure_is_that_figure(self) -> None:
        (logged,) = parse("171.4 lb, weekly weigh in").events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(77.75, abs=0.01)


class TestAWeighInAfterARace:
    """A weight "after the X marathon, 3:44:20" is the weigh-in and the race."""

    def test_both(self) -> None:
        weight, run = parse("77.4kg after the Leeds half, 1:51:02").events
        assert isinstance(weight, WeightLogged) and isinstance(run, RunLogged)
        assert weight.mass_kg == pytest.approx(77.4)
        assert (run.distance_m, run.duration_s) == (21097.5, 6662)


class TestFoodAfterARunNamedByItsPlace:
    """ "after the Wicklow run" with no figures is when the food was had: a meal (asked about
    when the table lacks the food), no run refused for want of figures."""

    @pytest.mark.parametrize(
        "text",
        [
            "kimbap after the Wicklow run",
            "a munchy box for tea after the Kinder run",
            "a bridie after the Dundee Law run",
        ],
    )
    def test_the_meal_asks(self, text: str) -> None:
        result = parse(text)
        (meal,) = result.events
        assert isinstance(meal, MealLogged)
        assert [item.resolved for item in meal.items] == [False]

    def test_with_its_time_the_run_is_logged_too(self) -> None:
        kinds = [e.kind for e in parse("a macaroni pie after Portobello parkrun, 24:12").events]
        assert "run" in kinds


class TestNoRaceNamedByAFood:
    """A capitalised food and its grams beside a clock is breakfast, no race in miles."""

    def test_grams(self) -> None:
        events = parse("Porridge 50g, coffee at 7:30").events
        assert [e.kind for e in events] == ["meal"]
