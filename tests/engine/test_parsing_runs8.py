"""Issue 15, the eighth "runs" round: runs, weigh-ins, sessions and chat block m showed misread,
checked on variants in other words (scripts/corpus_probes_runs8.py)."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, RunLogged
from engine.quantities import KM_PER_MILE
from tests.engine.test_parsing import parse

MARATHON_M = 42195.0
HALF_M = 21097.5


def _run(text: str) -> RunLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, RunLogged), logged
    return logged


def _session(text: str) -> ActivityLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, ActivityLogged), logged
    return logged


class TestARaceNamedByWhatItIs:
    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("BQ at Sacramento!! 3:18:02", 11882),
            ("finally got my BQ, 2:58:40 at Philly", 10720),
            ("Boston qualifier at CIM, 3:27:50", 12470),
        ],
    )
    def test_a_boston_qualifier_is_a_marathon(self, text: str, seconds: float) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (pytest.approx(MARATHON_M), seconds)

    def test_a_qualifier_aimed_at_logs_nothing(self) -> None:
        assert parse("need a BQ, aiming for 3:20:00 in march").events == ()

    @pytest.mark.parametrize(
        ("text", "miles"),
        [
            ("Highland Fling 53 done in 11:42:10", 53),
            ("Ridgeway 86 in 19:58:00", 86),
            ("Ultra-Trail 100 finished, 27:40:00", 100),
            ("Lakeland 50 finished, 16:05:33, the last 10 miles took forever", 50),
        ],
    )
    def test_an_ultra_s_number_is_its_miles(self, text: str, miles: float) -> None:
        assert _run(text).distance_m == pytest.approx(miles * KM_PER_MILE * 1000, abs=1)

    @pytest.mark.parametrize("text", ["Highway 61 in 1:02:10", "Forerunner 265 says 1:02:10"])
    def test_a_number_at_no_ultra_s_speed_is_no_race(self, text: str) -> None:
        assert not any(
            isinstance(e, RunLogged) and e.distance_m > 50_000 for e in parse(text).events
        )

    @pytest.mark.parametrize(
        ("text", "metres"),
        [
            ("halfmaraton 1:46:09", HALF_M),
            ("half-marthon in 2:01:44", HALF_M),
            ("halfmarathon 1:52:30", HALF_M),
            ("marathn done 4:21:09", MARATHON_M),
        ],
    )
    def test_a_race_word_misspelt(self, text: str, metres: float) -> None:
        assert _run(text).distance_m == pytest.approx(metres)

    def test_a_mountain_done_in_a_marathon_s_time_is_no_city_marathon(self) -> None:
        """Helvellyn is no town: its 3:05:00 is no 42.2 km."""
        for event in parse("did Helvellyn in 3:05:00").events:
            assert getattr(event, "distance_m", None) != pytest.approx(MARATHON_M)

    def test_a_city_s_race_is_still_its_marathon(self) -> None:
        assert _run("did Berlin on sunday, 3:41:20").distance_m == pytest.approx(MARATHON_M)


class TestAltitudeIsNoDistance:
    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("Iten 2400m, easy 12 km 1:08:30", 12),
            ("St Moritz at 1850m, 15k steady 1:16:40", 15),
            ("hypoxic tent at 2800m sim overnight, then 8k easy 46:20", 8),
            ("Boulder at 5400 ft, 10 miles in 1:22:15", 10 * KM_PER_MILE),
            ("Font Romeu 1850m: tempo 3 x 2k, 11 km in 52:40", 11),
        ],
    )
    def test_the_place_s_height_is_left_out(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("3000m steeplechase 11:20", 3),
            ("5,000m at the BMC meet, 16:59", 5),
            ("1600m, 5:40", 1.6),
        ],
    )
    def test_a_track_race_s_metres_stay(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000)

    def test_a_swim_s_metres_stay(self) -> None:
        assert _session("pool 2400m, 45 min").distance_m == pytest.approx(2400)

    def test_a_weigh_in_beside_the_height(self) -> None:
        (logged,) = parse("at 8000 ft: 64.1 kg this morning, down 0.8 this week").events
        assert getattr(logged, "mass_kg", None) == pytest.approx(64.1)


class TestAnObstacleRaceCounts:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("Spartan Super: 10 km, 25 obstacles, 60 burpee penalty, 1:47:30", 10, 107.5),
            ("mud run 8k, 15 obstacles, 3 falls, 1:05:20", 8, 65 + 1 / 3),
            ("OCR 12k with 40 obstacles, 30 burpees for a failed rope, 1:58:00", 12, 118),
            ("rogaine 6 checkpoints, 14 km, 2:10:00", 14, 130),
        ],
    )
    def test_the_counts_are_no_time_and_no_distance(
        self, text: str, km: float, minutes: float
    ) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(minutes * 60)


class TestRaceWalkingAndPaddling:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("10k race walk at the county champs, 55:30", 10, 55.5),
            ("race walking 5000m on the track, 25:12", 5, 25.2),
            ("racewalked 8 km in 49:00 with the club", 8, 49),
            ("race walk 20 km 1:48:20, new pb", 20, 108 + 1 / 3),
        ],
    )
    def test_a_race_walk_is_a_walk_at_its_own_speed(
        self, text: str, km: float, minutes: float
    ) -> None:
        logged = _session(text)
        assert logged.activity == "racewalk"
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(minutes * 60)

    @pytest.mark.parametrize(
        ("text", "activity", "minutes"),
        [
            ("SUP 45 min on the river", "paddleboard", 45),
            ("stand up paddle 1 hr", "paddleboard", 60),
            ("surfski 8 km in 52:10 off the beach", "kayak", 52 + 1 / 6),
            ("dragon boat practice 90 min", "kayak", 90),
        ],
    )
    def test_paddle_sports(self, text: str, activity: str, minutes: float) -> None:
        logged = _session(text)
        assert logged.activity == activity
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_sup_as_a_greeting_is_no_session(self) -> None:
        (logged,) = parse("sup coach, ran 5k in 25 min").events
        assert isinstance(logged, RunLogged)


class TestSprintsAndLaps:
    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [
            ("60m in 8.9 seconds at the indoor open", 60, 8.9),
            ("my 150m leg of the relay was 22.4s", 150, 22.4),
            ("100m at the masters, 13.8 secs", 100, 13.8),
            ("ran 100m in 14.1s", 100, 14.1),
        ],
    )
    def test_a_sprint_is_metres_in_seconds(self, text: str, metres: float, seconds: float) -> None:
        logged = _run(text)
        assert (logged.distance_m, logged.duration_s) == (pytest.approx(metres), seconds)

    def test_a_watch_s_minutes_and_seconds_are_no_sprint(self) -> None:
        logged = _run("Evening Run · 6.42 mi · 58m 12s")
        assert logged.duration_s == pytest.approx(58 * 60 + 12)

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("24 laps of the deck, 4 laps = 1 mile, 51:10", 6 * KM_PER_MILE),
            ("ran the hotel gym track, 0.25 mi a lap x 20, 45:30", 5 * KM_PER_MILE),
            ("the ship's track, 5 laps to the mile, 40 laps in 1:12:00", 8 * KM_PER_MILE),
            ("16 laps at 0.5 km a lap, 44:20", 8),
        ],
    )
    def test_laps_of_a_stated_length_are_their_sum(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)


class TestProgrammesAndPlans:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("c25k week 3 day 2, 3 min run / 90s walk, 28 mins, 3.2k", 3.2, 28),
            ("run 1 min / walk 90s x 8, 4.1 km in 32:00", 4.1, 32),
            ("0-5k group night 4: 2.9k in 24:10", 2.9, 24 + 1 / 6),
            ("5k your way week 2, 3.4k 29:30", 3.4, 29.5),
            ("10k training plan week 4 day 2: 6.5k in 39:10", 6.5, 39 + 1 / 6),
        ],
    )
    def test_a_programme_s_numbers_are_no_run(self, text: str, km: float, minutes: float) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(minutes * 60)


class TestTwoRunsOnTwoDays:
    @pytest.mark.parametrize(
        "text",
        [
            "ran 10k yesterday and 5k today",
            "ran 10k yesterday, 5k today",
            "10k yesterday and 5k today",
        ],
    )
    def test_each_run_on_its_own_day(self, text: str) -> None:
        first, second = parse(text).events
        assert isinstance(first, RunLogged) and isinstance(second, RunLogged)
        assert (first.distance_m, second.distance_m) == (10000, 5000)
        assert (second.at - first.at).days >= 0 and first.at.date() < second.at.date()

    def test_a_part_of_the_run_told_after_it_is_no_second_run(self) -> None:
        assert _run("ran 10k today, 5k of it at tempo").distance_m == pytest.approx(10000)

    def test_the_best_it_beat_is_no_time_of_the_run(self) -> None:
        assert _run("5k in 21:05, a pb, beat my old best of 21:30").duration_s == 1265


class TestChatThatLogsNothing:
    @pytest.mark.parametrize(
        "text",
        [
            "pb last week was 21:05",
            "marathon pb from 2019 still stands at 3:12:40",
            "best ever half was 1:29:55 at Cardiff",
            "PR from last spring: 5k in 18:59",
            "the camping stove broke so dinner was a disaster",
            "lunch was a write-off, no time to eat",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        assert parse(text).events == ()

    @pytest.mark.parametrize("text", ["parkrun pb! 21:05", "5k in 21:05, new pb today"])
    def test_a_new_best_is_a_run(self, text: str) -> None:
        assert _run(text).duration_s == 1265


class TestWeighIns:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("weighed in at one hundred and seventy pounds", 170 * 0.45359237),
            ("scales said one hundred fifty eight lbs", 158 * 0.45359237),
            ("9 st 12 lb on the gym scales", 9 * 6.35029318 + 12 * 0.45359237),
            ("scale said 63,9", 63.9),
            ("scales showed 71,2 this morning", 71.2),
            ("down to 69.8 from 71.0 last month", 69.8),
            ("down to 76.3 from 77.5 two weeks ago", 76.3),
        ],
    )
    def test_the_weigh_in(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert getattr(logged, "mass_kg", None) == pytest.approx(kg, abs=0.05)

    def test_money_in_pounds_is_no_weigh_in(self) -> None:
        assert parse("spent two hundred pounds on new shoes").events == ()

    def test_a_morning_figure_then_a_session(self) -> None:
        weight, session = parse("72.6 this morning then yoga 45 min").events
        assert getattr(weight, "mass_kg", None) == pytest.approx(72.6)
        assert isinstance(session, ActivityLogged) and session.duration_s == 2700


class TestARideUnderItsAppsName:
    def test_the_title_line_and_the_ride_are_one_ride(self) -> None:
        logged = _session("Peloton\n45 min Climb Ride\n19.8 mi")
        assert logged.duration_s == 2700
        assert logged.distance_m == pytest.approx(19.8 * KM_PER_MILE * 1000, abs=1)

    def test_two_rides_told_apart_stay_two(self) -> None:
        assert len(parse("spin class 45 min, then a ride 20 min").events) == 2


class TestRemarksAndHeadings:
    @pytest.mark.parametrize(
        "text",
        [
            "Gold Coast marathon 3:27:50, perfect morning for it",
            "egg and spoon race lol, then a proper 8k 41:40 in the evening",
        ],
    )
    def test_only_the_run_is_logged(self, text: str) -> None:
        assert isinstance(_run(text), RunLogged)

    @pytest.mark.parametrize(
        "text", ["SUP session 50 min on the lake, core worked", "swim 40 min, abs on fire"]
    )
    def test_a_body_part_worked_is_no_gym_session(self, text: str) -> None:
        assert isinstance(_session(text), ActivityLogged)

    def test_a_core_session_with_its_time_stays(self) -> None:
        (logged,) = parse("core worked 20 min").events
        assert logged.kind == "strength"

    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("Flagstaff at 7000 ft: 70.2 kg this morning, down 1.1 since camp started", 70.2),
            ("Davos at 1560m: 66.4 kg this morning", 66.4),
        ],
    )
    def test_a_place_and_its_height_heading_a_weigh_in(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert getattr(logged, "mass_kg", None) == pytest.approx(kg)


class TestMoreOfTheSameClasses:
    """Variants tried after the probes passed: the same classes in other words."""

    @pytest.mark.parametrize(
        ("text", "metres"), [("hlaf marathon 2:04:00", HALF_M), ("ran a hlaf in 1:50", HALF_M)]
    )
    def test_a_half_misspelt(self, text: str, metres: float) -> None:
        assert _run(text).distance_m == pytest.approx(metres)

    def test_a_second_day_s_bare_number_is_in_the_first_s_unit(self) -> None:
        first, second = parse("5 miles yesterday and 3 today").events
        assert getattr(first, "distance_m", 0) == pytest.approx(5 * KM_PER_MILE * 1000, abs=1)
        assert getattr(second, "distance_m", 0) == pytest.approx(3 * KM_PER_MILE * 1000, abs=1)

    @pytest.mark.parametrize("text", ["the winner ran 2:09:33", "the women's winner did 2:21:10"])
    def test_the_race_s_front_is_someone_else(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_marathon_s_time_at_a_city(self) -> None:
        logged = _run("the first woman finished in 2:35:00, I ran 3:10:12 at Berlin")
        assert (logged.distance_m, logged.duration_s) == (pytest.approx(MARATHON_M), 11412)

    @pytest.mark.parametrize("text", ["ran 2:10:00 at Berlin", "ran 3:05:00 at Helvellyn"])
    def test_no_marathon_too_fast_or_at_no_town(self, text: str) -> None:
        assert _run(text).distance_m != pytest.approx(MARATHON_M)

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("20 laps, each lap 400m, 38:30", 8),
            ("30 laps, one lap is 0.25 mi, 1:01:00", 7.5 * KM_PER_MILE),
        ],
    )
    def test_a_lap_s_length_said_after_the_laps(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)


class TestSessionsLeftFromEarlierBlocks:
    """Session misses the earlier blocks still had, in the same classes."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("home workout 25 min", 25),
            ("hotel room workout, 30 min", 30),
            ("physio rehab exercises 20 min", 20),
            ("physio exercises done, 15 min", 15),
        ],
    )
    def test_a_workout_by_where_or_why(self, text: str, minutes: float) -> None:
        (logged,) = parse(text).events
        assert logged.kind == "strength" and getattr(logged, "duration_s", 0) == minutes * 60

    def test_exercises_given_are_no_session(self) -> None:
        assert parse("my physio gave me rehab exercises").events == ()

    @pytest.mark.parametrize(
        "text",
        [
            "easy run five kilometres in thirty two minutes then stretched",
            "ran 8k 44:00 then foam rolled",
            "walked the hills, ran the flats, 6 km 52 min",
            "walked up the hills, jogged the rest, 5k 38:00",
        ],
    )
    def test_one_run_and_nothing_else(self, text: str) -> None:
        assert isinstance(_run(text), RunLogged)

    def test_a_timed_stretch_after_a_session_is_one(self) -> None:
        kinds = [e.kind for e in parse("20 min on the stair machine then 10 min stretching").events]
        assert kinds == ["activity", "strength"]


@pytest.mark.parametrize("text", ["the Spartan Beast is 21k with 30 obstacles", "Comrades is 90k"])
def test_a_race_described_by_its_distance_logs_nothing(text: str) -> None:
    assert parse(text).events == ()


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("the loop is 5k, ran it twice in 52:00", 10),
        ("the route is 3.2 miles, did it 3 times, 1:20:00", 9.6 * KM_PER_MILE),
    ],
)
def test_a_loop_run_again_and_again_is_its_sum(text: str, km: float) -> None:
    assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("new pb! 10k 44:10, old one stands at 44:30", 2650),
        ("parkrun 22:05, previous best was 22:31", 1325),
    ],
)
def test_the_old_best_is_no_time_of_today_s_run(text: str, seconds: float) -> None:
    assert _run(text).duration_s == seconds


@pytest.mark.parametrize("text", ["my marathon best remains 3:01:44", "half pb stands at 1:29:59"])
def test_a_best_that_stands_logs_nothing(text: str) -> None:
    assert parse(text).events == ()


@pytest.mark.parametrize(
    ("text", "kg"), [("168.4 this morning", 168.4 * 0.45359237), ("71.3 this morning", 71.3)]
)
def test_a_morning_s_figure_alone_is_a_weigh_in(text: str, kg: float) -> None:
    (logged,) = parse(text).events
    assert getattr(logged, "mass_kg", None) == pytest.approx(kg, abs=0.05)


def test_a_time_written_with_a_dot_is_no_weigh_in() -> None:
    assert not any(e.kind == "weight" for e in parse("50.12 this morning").events)
