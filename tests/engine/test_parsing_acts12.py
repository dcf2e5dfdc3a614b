"""Issue 15, the "acts12" round: block q's rides, sessions, weigh-ins and chat, checked on
variants in other words (scripts/corpus_probes_acts12.py): what a runner sees logged, and what
not."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, RunLogged, WeightLogged
from engine.units import KM_PER_MILE
from tests.engine.test_parsing import parse


def _session(text: str) -> ActivityLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, ActivityLogged), logged
    return logged


def _run(text: str) -> RunLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, RunLogged), logged
    return logged


class TestMountainBikes:
    @pytest.mark.parametrize(
        ("text", "minutes", "km"),
        [
            ("red route at Dalby, 28 km in 2:20", 140, 28),
            ("green route with my daughter, 9 km 1:05", 65, 9),
            ("trail centre loop 32 km 2:35", 155, 32),
            ("singletrack 2h, 22 km", 120, 22),
            ("gravel 70 km 3:10", 190, 70),
            ("bike park all morning, 3 hours", 180, None),
            ("uplift day, 15 runs, 4h", 240, None),
            ("enduro race 2:10, 1400m of descent", 130, None),
        ],
    )
    def test_a_bike_s_place_is_a_ride_not_a_run(
        self, text: str, minutes: float, km: float | None
    ) -> None:
        logged = _session(text)
        assert logged.activity == "cycle"
        assert logged.duration_s == pytest.approx(minutes * 60, abs=1)
        assert (logged.distance_m or 0) == pytest.approx((km or 0) * 1000)

    @pytest.mark.parametrize(
        "text",
        [
            "woods loop 40 km, 2:05, 800m climbing",
            "hills 60 km in 3:00, 1,400m up",
        ],
    )
    def test_off_road_at_a_bike_s_speed_is_a_ride(self, text: str) -> None:
        assert _session(text).activity == "cycle"

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("ran the red route, 12k in 1:08", 12),
            ("trail centre 10k race 49:30", 10),
            ("trail 30 km in 3:20, 1,200m climbing", 30),  # a runner's speed off road
            ("fell run 12 km 1:31, 750 m up", 12),
        ],
    )
    def test_a_run_there_stays_a_run(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000)


class TestRepsInsideATotal:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("3 x 3k at threshold within a 16k run, 1:22:10", 16, 82 + 10 / 60),
            ("2 x 5 miles at MP as part of an 18 mile run, 2:28:00", 18 * KM_PER_MILE, 148),
            ("5 x 2k inside a 20k session, 1:40:30", 20, 100.5),
        ],
    )
    def test_the_stated_total_wins(self, text: str, km: float, minutes: float) -> None:
        run = _run(text)
        assert run.distance_m == pytest.approx(km * 1000, abs=1)
        assert run.duration_s == pytest.approx(minutes * 60, abs=1)


class TestWeighIns:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("#weighin 64.8kg #runner", 64.8),
            ("#weightlossjourney 91.2 kg #c25k #couchto5k", 91.2),
            ("81,4 this morning", 81.4),
            ("66,9 on the scales", 66.9),
            ("down to 77,3 kg", 77.3),
        ],
    )
    def test_hashtags_and_decimal_commas(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, WeightLogged) and logged.mass_kg == pytest.approx(kg)

    @pytest.mark.parametrize("text", ["splits 4:45,4:50", "reps of 45,50 and 55 seconds"])
    def test_a_list_is_no_weight(self, text: str) -> None:
        assert not any(isinstance(e, WeightLogged) for e in parse(text).events)


class TestGearTalk:
    @pytest.mark.parametrize(
        "text",
        [
            "gravel bike in for a service, £80",
            "new brake pads for the mtb cost £30",
            "my road bike weighs 8.9 kg",
            "chain snapped on the commute, had to walk it home",
            "bike shop quote for a new wheel is $240",
        ],
    )
    def test_gear_its_price_weight_or_repair_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_ride_with_its_figures_beside_gear_still_logs(self) -> None:
        assert _session("rode 35 km on the new bike in 1:25, £1200 well spent").activity == (
            "cycle"
        )


class TestSomeoneElsesLesson:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("karate class wait: treadmill 30 min, 5.3 km", 5.3, 30),
            ("during the kids' swimming lessons I ran 4 km on the treadmill in 22 min", 4, 22),
            ("tom's football practice so treadmill 7k in 41:00", 7, 41),
        ],
    )
    def test_the_treadmill_is_the_run_not_the_lesson_s_sport(
        self, text: str, km: float, minutes: float
    ) -> None:
        run = _run(text)
        assert run.distance_m == pytest.approx(km * 1000)
        assert run.duration_s == pytest.approx(minutes * 60)

    def test_one_s_own_lesson_with_a_run_keeps_both(self) -> None:
        kinds = [type(e) for e in parse("tennis lesson 1h then ran 3k in 16:00").events]
        assert kinds == [ActivityLogged, RunLogged]


class TestRopeCounts:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("skipping 18 min, 2000 skips", 18),
            ("jump rope 12 mins, 250 double unders", 12),
            ("skipped for 10 min", 10),
        ],
    )
    def test_a_count_of_skips_is_no_food(self, text: str, minutes: float) -> None:
        logged = _session(text)
        assert logged.activity == "jump rope"
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_skipped_a_meal_is_no_session(self) -> None:
        assert not any(isinstance(e, ActivityLogged) for e in parse("skipped lunch").events)


class TestRacesByName:
    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("Western States finished, 28:14:50", 100 * KM_PER_MILE),
            ("UTMB 45:01:12 and I can't walk", 171),
            ("Spartathlon done 33:10:40", 246),
            ("Comrades marathon 10:58:02", 89),
            ("Chicago!! 3:58:40", 42.195),
        ],
    )
    def test_a_famous_race_is_run_over_its_distance(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)

    @pytest.mark.parametrize(
        "text",
        [
            "UTMB cut-off is 46:30:00",
            "my wife did Comrades in 10:12:00",
            "London, 3:10:00 on the train",
            "Leadville 100 MTB 8:58:00",
        ],
    )
    def test_a_race_told_of_is_no_run_of_its_distance(self, text: str) -> None:
        assert not any(
            isinstance(e, RunLogged) and (e.distance_m or 0) > 42_000 for e in parse(text).events
        )
        assert not any(isinstance(e, RunLogged) for e in parse(text).events) or ("MTB" in text)


class TestDipsMachinesAndHills:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [("loch dip 7 mins", 7), ("dipped in the river for 6 minutes", 6)],
    )
    def test_a_timed_dip_is_a_short_swim(self, text: str, minutes: float) -> None:
        logged = _session(text)
        assert logged.activity == "swim"
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_a_food_dip_is_no_swim(self) -> None:
        assert not any(isinstance(e, ActivityLogged) for e in parse("crisps and a dip").events)

    def test_a_gym_s_bike_is_a_bike_session_not_weights(self) -> None:
        assert _session("30 mins on the bike at the gym").activity == "spin"

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("up Tryfan and back down, 4 hours", 240),
            ("summited Ben Lomond, 4h30", 270),
        ],
    )
    def test_a_mountain_walked_up_is_a_hike(self, text: str, minutes: float) -> None:
        logged = _session(text)
        assert logged.activity == "hike"
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_a_mountain_run_up_stays_a_run(self) -> None:
        assert _run("ran up Snowdon and back, 16 km 2:20").distance_m == 16000


class TestRoundTwo:
    @pytest.mark.parametrize("text", ["gravel race 110 km 4:05", "gravel sportive 2h50, 72 km"])
    def test_a_gravel_race_is_a_ride(self, text: str) -> None:
        assert _session(text).activity == "cycle"

    @pytest.mark.parametrize(
        "text", ["gym's shut so no spin today", "no yoga this week", "no swim, too cold"]
    )
    def test_a_session_said_not_done_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_session_done_beside_one_not_done_logs(self) -> None:
        assert _session("no swim today but cycled 25 km in 58 min").activity == "cycle"
