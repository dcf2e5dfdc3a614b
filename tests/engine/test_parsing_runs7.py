"""Issue 15, the seventh "runs" round: runs and sessions block l showed misread, checked on
variants in other words (scripts/corpus_probes_runs7.py)."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, RunLogged, StrengthLogged, WeightLogged
from engine.parsing.context import HALF_MARATHON_KM, MARATHON_KM
from engine.quantities import KM_PER_MILE
from tests.engine.test_parsing import parse


def _run(text: str) -> RunLogged:
    (logged,) = parse(text).events
    assert isinstance(logged, RunLogged)
    return logged


def _runs(text: str) -> list[tuple[float, float]]:
    """(metres, seconds) of every run the message logs, in order."""
    return [
        (e.distance_m, e.duration_s) for e in parse(text).events if isinstance(e, RunLogged)
    ]


class TestADistanceInTwoUnits:
    """The same distance in other units after a bracket, a slash or "=" is run once."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("12 km (7.5 miles) easy, 1:04:20", 12, 3860),
            ("ran 6 miles (9.7 km) in 54:10", 6 * KM_PER_MILE, 3250),
            ("5 mi/8 km tempo in 36:45", 5 * KM_PER_MILE, 2205),
            ("recovery jog 7 km (about 4.3 mi), 41 min", 7, 2460),
            ("3.1 miles / 5k on the treadmill 26:30", 3.1 * KM_PER_MILE, 1590),
            ("half marathon pace run 16 km = 9.9 mi, 1:20:00", 16, 4800),
        ],
    )
    def test_the_first_figure_written_is_the_distance(
        self, text: str, km: float, seconds: float
    ) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)
        assert logged.duration_s == pytest.approx(seconds)

    def test_two_parts_that_are_no_conversion_still_add_up(self) -> None:
        assert _run("5 km easy + 3 miles tempo, 47:30").distance_m == pytest.approx(
            (5 + 3 * KM_PER_MILE) * 1000, abs=1
        )

    def test_a_slash_between_distances_far_apart_is_no_conversion(self) -> None:
        assert _run("8 km / 2 miles of it on trail, 44:00").distance_m == pytest.approx(
            (8 + 2 * KM_PER_MILE) * 1000, abs=1
        )


class TestATrackRace:
    """A track race named by its metres alone, timed in minutes or in seconds and tenths."""

    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [
            ("the 1500 in 4:38 at the league", 1500, 278),
            ("BMC 3000 in 9:48", 3000, 588),
            ("won my 800 heat in 2:09!", 800, 129),
            ("3200 at the all-comers meet, 11:58", 3200, 718),
            ("ran the 200 in 27.4 at the club champs", 200, 27.4),
            ("400m at the masters meet, 64.2", 400, 64.2),
            ("10000 metres track race, 36:02, 25 laps", 10000, 2162),
            ("10,000m on the track 37:30", 10000, 2250),
            ("mile on the track 5:34", 1609.3, 334),
        ],
    )
    def test_its_metres_and_time(self, text: str, metres: float, seconds: float) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(metres, abs=0.1)
        assert logged.duration_s == pytest.approx(seconds)

    def test_two_races_are_two_runs(self) -> None:
        assert _runs("open meeting: 1500 in 4:40 and 800 in 2:12") == [(1500, 280), (800, 132)]

    def test_a_margin_in_seconds_is_no_time_of_the_race(self) -> None:
        assert _run("BMC 5000 in 17:12, 4 second PB").duration_s == pytest.approx(1032)

    @pytest.mark.parametrize(
        "text",
        [
            "8 x 400 off 90s, 7k all in, 38:10",  # a repeat's metres
            "pyramid 200-400-800-400-200, 6.1 km incl warm up, 33:20",
        ],
    )
    def test_a_repeat_s_metres_are_no_race(self, text: str) -> None:
        assert len(_runs(text)) == 1

    def test_a_number_before_a_clock_on_the_next_line_is_no_race(self) -> None:
        assert _runs("12:30 soup ~800\n19:00 pasta") == []


class TestARaceNamedByWhatItIs:
    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("hilly half this morning 1:58:07", HALF_MARATHON_KM),
            ("trail half 2:24:30 with 980m of climbing", HALF_MARATHON_KM),
            ("ran the full in 4:10:02", MARATHON_KM),
        ],
    )
    def test_half_or_full_alone_is_the_race(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)

    def test_half_an_hour_stays_a_time(self) -> None:
        assert _run("half an hour easy jog").duration_s == pytest.approx(1800)


class TestOtherTimesInTheMessage:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("12h night shift today so 10k at 6am first, 52:40", 10, 3160),
            ("after a 9h shift, 5k jog 29:40", 5, 1780),
            ("4 hour drive later so 8k before breakfast, 43:05", 8, 2585),
        ],
    )
    def test_the_time_of_something_else_is_no_part_of_the_run(
        self, text: str, km: float, seconds: float
    ) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(seconds)

    def test_a_race_named_by_its_hours_keeps_them(self) -> None:
        assert _run("24h race, 142 km").duration_s == pytest.approx(24 * 3600)


class TestWalkedParkrunAndStairs:
    @pytest.mark.parametrize(
        "text",
        [
            "volunteered as tail walker at parkrun, 55:10",
            "walked parkrun with my mum, 55:10",
            "parkrun walk with the pram, 55:10",
        ],
    )
    def test_a_walked_parkrun_is_a_5k_walk(self, text: str) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, ActivityLogged)
        assert logged.activity == "walk"
        assert logged.distance_m == pytest.approx(5000)
        assert logged.duration_s == pytest.approx(3310)

    def test_walking_to_parkrun_and_running_it_is_still_a_run(self) -> None:
        assert _runs("walked to parkrun, ran it in 25:50") == [(5000, 1550)]

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("stair session: 12 x the 150 steps, 35 min", 35),
            ("stadium steps session, 30 min", 30),
            ("30 reps of the 200 steps in the park, 45 min", 45),
            ("stair climb workout 40 min", 40),
        ],
    )
    def test_a_stair_session_is_stairs(self, text: str, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, ActivityLogged)
        assert logged.activity == "stairs"
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_step_ups_stay_strength(self) -> None:
        events = parse("strength circuit 30 min: single leg deadlifts, step ups, planks").events
        assert [type(e) for e in events] == [StrengthLogged]

    def test_taking_the_stairs_logs_nothing(self) -> None:
        assert parse("took the stairs at work").events == ()


def test_a_weight_in_two_units_is_still_one_weigh_in() -> None:
    (logged,) = parse("weighed 70.2 kg (about 154.8 lb)").events
    assert isinstance(logged, WeightLogged)
    assert logged.mass_kg == pytest.approx(70.2)


class TestARaceNamedByItsPlaceOrFormat:
    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("did Berlin on sunday, 3:41:20", 13280),
            ("smashed Chicago, 3:22:45 and a negative split", 12165),
            ("ran NYC in 4:05:33, what a crowd", 14733),
            ("finished Boston in 3:12:09", 11529),
            ("paced the 4:15 bus at Manchester, 4:14:31 on the clock", 15271),
            ("pacer for the 3:30 pace group at Paris, came in 3:29:40", 12580),
        ],
    )
    def test_a_city_s_race_in_a_marathon_s_time_is_the_marathon(
        self, text: str, seconds: float
    ) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(MARATHON_KM * 1000)
        assert logged.duration_s == pytest.approx(seconds)

    @pytest.mark.parametrize(
        "text",
        [
            "my sister ran 4:12 at Chicago, so proud",
            "the 4:00 bus at Edinburgh is who I'm chasing in may",
            "signed up for Berlin next year, hoping for 3:30:00",
        ],
    )
    def test_a_city_s_race_talked_of_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_place_gone_round_is_no_marathon(self) -> None:
        assert all(
            e.distance_m != pytest.approx(MARATHON_KM * 1000)
            for e in parse("ran Richmond Park loops, 2:40:00").events
            if isinstance(e, RunLogged)
        )

    @pytest.mark.parametrize(
        ("text", "miles"),
        [
            ("grizzly 20 done, 3:58:40", 20),
            ("pennine 39 in 9:12:00, feet wrecked", 39),
            ("lakeland 50 done, 12:41:00", 50),
        ],
    )
    def test_a_race_named_in_lower_case_is_in_miles(self, text: str, miles: float) -> None:
        assert _run(text).distance_m == pytest.approx(miles * KM_PER_MILE * 1000, abs=1)

    def test_a_kind_of_run_and_its_number_stays_the_runner_s_unit(self) -> None:
        assert _run("easy 20 done, 2:05:00").distance_m == pytest.approx(20000)

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("cross country over 6 miles, 44:10, mud everywhere", 6 * KM_PER_MILE),
            ("mob match over 5 miles, 34:20", 5 * KM_PER_MILE),
            ("league race over 10k today, 41:37", 10),
        ],
    )
    def test_a_race_over_a_distance_is_that_distance(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)

    def test_a_backyard_ultra_s_yards_are_4_and_a_sixth_miles_each(self) -> None:
        logged = _run("backyard ultra: 9 yards before I timed out, 9:00:00")
        assert logged.distance_m == pytest.approx(37.5 * KM_PER_MILE * 1000, abs=1)

    def test_a_backyard_ultra_with_no_time_took_an_hour_a_yard(self) -> None:
        logged = _run("backyard ultra, 21 laps, DNF on the 22nd")
        assert logged.duration_s == pytest.approx(21 * 3600)

    def test_a_backyard_ultra_s_stated_distance_wins(self) -> None:
        assert _run("backyard, 12 yards, 80.5 km in 11:40:00").distance_m == pytest.approx(80500)


class TestRepeatsNamedByTheirMetres:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("club 800s: 8 x 800 off 90s, 10.4k all in, 50:10", 10.4, 3010),
            ("400s on the track: 10 x 400 off 200s, 8k all in, 44:00", 8, 2640),
            ("1200s tonight, 5 of them, 9.6 km total, 47:30", 9.6, 2850),
        ],
    )
    def test_a_plural_of_metres_is_no_time(self, text: str, km: float, seconds: float) -> None:
        logged = _run(text)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(seconds)


class TestWeighInsWithNoUnit:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("79.6 on sunday, 79.1 today", 79.1),
            ("last week 91.0, this morning 90.2", 90.2),
            ("was 82.1 on monday, 81.4 this morning", 81.4),
            ("81.4 this morning, 82.1 last monday", 81.4),
        ],
    )
    def test_today_s_is_logged_in_the_runner_s_unit(self, text: str, kg: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(kg)

    def test_two_numbers_far_apart_are_no_weigh_ins(self) -> None:
        assert not any(
            isinstance(e, WeightLogged) for e in parse("42.2 on sunday, 21.1 today").events
        )


class TestADayInATableRow:
    @pytest.mark.parametrize(
        "text",
        [
            "Day,Distance,Time\nMon,8k,44:00\nWed,10k,52:00",
            "Mon,8k,44:00\nWed,10k,52:00",
            "| Mon | 8k | 44:00 |\n| Wed | 10k | 52:00 |",
        ],
    )
    def test_each_run_is_on_its_row_s_day(self, text: str) -> None:
        days = [e.at.strftime("%a") for e in parse(text).events if isinstance(e, RunLogged)]
        assert days == ["Mon", "Wed"]


class TestLapsOfACourse:
    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("4 laps of the 2.5k park loop, 55:40", 10),
            ("Ran 2 loops of the 5k course, 52:30", 10),
            ("twice round the 4 mile reservoir loop, 1:05:10", 8 * KM_PER_MILE),
            ("3 times round the 2 mile loop, 50 min", 6 * KM_PER_MILE),
            ("three loops of the 3.3 km trail, 58 min", 9.9),
            ("ran 3 laps of the park (2.4 km each), 38 min", 7.2),
            ("2 x the 6k canal loop in 1:04:30", 12),
        ],
    )
    def test_the_count_times_a_lap(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)

    @pytest.mark.parametrize(
        ("text", "km"),
        [("2 x 5k loops, 51:20", 10), ("a lap of the reservoir (7.2k) in 38:12", 7.2)],
    )
    def test_repeats_and_one_lap_stay_as_they_were(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)


class TestTimesWithDots:
    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("Bath Half PB! 1.38.44", 5924),
            ("marathon in 3.47.12, legs gone", 13632),
            ("hm in 1.52.30", 6750),
            ("20 miles in 2.51.05 on the towpath", 10265),
        ],
    )
    def test_h_mm_ss_with_dots_is_the_run_s_time(self, text: str, seconds: float) -> None:
        assert _run(text).duration_s == pytest.approx(seconds)

    def test_a_date_with_dots_beside_no_run_is_no_time(self) -> None:
        assert not any(isinstance(e, RunLogged) for e in parse("birthday 1.12.25, cake").events)


class TestAPaceAveraged:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("9 mile run, averaged 8:40s", 78),
            ("12k averaging 5:20s", 64),
            ("10 miles avg 7:30", 75),
        ],
    )
    def test_the_distance_at_that_pace(self, text: str, minutes: float) -> None:
        assert _run(text).duration_s == pytest.approx(minutes * 60)

    def test_a_pace_told_in_passing_stays_no_figure(self) -> None:
        assert _run("10k, settled into 4:55s, 49:40").duration_s == pytest.approx(2980)


@pytest.mark.parametrize("text", ["ran a 1/2 marathon in 2:03:10", "½ marathon done, 2:03:10"])
def test_a_half_written_as_a_fraction_is_the_half(text: str) -> None:
    assert _run(text).distance_m == pytest.approx(HALF_MARATHON_KM * 1000)


class TestPartsThenTheWhole:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("2k easy, 5k @ 4:20, 1k easy = 8k in 38:30", 8, 2310),
            ("Tempo Tuesday: 3k wu, 6k @ 4:15, 2k cd = 11k in 50:44", 11, 3044),
            ("wu 3k, 4 x 1 mile @ 6:10, cd 3k = 12.4 km, 58:05", 12.4, 3485),
            ("3k warm up, 5k tempo 21:40, 2k cool down, 10k all in 49:50", 10, 2990),
        ],
    )
    def test_one_run_the_whole_stated(self, text: str, km: float, seconds: float) -> None:
        assert _runs(text) == [(pytest.approx(km * 1000), pytest.approx(seconds))]

    def test_runs_at_other_times_of_the_day_stay_apart(self) -> None:
        assert len(_runs("am 9k 48:00 and pm 5k 27:00")) == 2

    def test_parts_that_do_not_add_up_are_no_whole(self) -> None:
        from engine.parsing.runs import parts_then_the_whole

        assert not parts_then_the_whole("2k easy, 5k @ 4:20, 1k easy = 12k in 58:30")
        assert not parts_then_the_whole("am 9k 48:00, pm 5k 27:00, 14k total")


class TestLapsBesideARun:
    @pytest.mark.parametrize(
        "text",
        [
            "5k time trial on the track, 12 laps, 19:48",
            "5k time trial on the track, 19:48, 12.5 laps",
            "12.5 laps of the track, 19:48",
        ],
    )
    def test_a_lap_count_is_the_run_s_own(self, text: str) -> None:
        assert _runs(text) == [(pytest.approx(5000), pytest.approx(1188))]
        assert parse(text).unparsed == ()


class TestRepeatsSaidInWords:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("5 times 1 mile with 2 min jog, 14k in 1:08", 14, 68),
            ("10 times 400 with 200 jog 7.5k 36:10", 7.5, 36 + 10 / 60),
            ("4 times 2k with 3 minute recoveries 12k in 1:01:30", 12, 61.5),
        ],
    )
    def test_the_whole_and_its_time(self, text: str, km: float, minutes: float) -> None:
        assert _runs(text) == [(pytest.approx(km * 1000), pytest.approx(minutes * 60))]

    def test_recoveries_are_no_recovery_drink(self) -> None:
        events = parse("6 x 1k @ 3:50 with 2 minute recoveries 9k in 47:00").events
        assert [type(e) for e in events] == [RunLogged]

    def test_a_recovery_shake_is_still_food(self) -> None:
        assert len(parse("10k 50:00 then a recovery shake").events) == 2


class TestASessionsFiguresInTheNextPiece:
    def test_a_ride_s_distance_in_miles_after_a_slash_is_the_same_ride(self) -> None:
        (logged,) = parse("rode 50 km / 31 mi 1:50:00").events
        assert isinstance(logged, ActivityLogged)
        assert logged.distance_m == pytest.approx(50000)
        assert logged.duration_s == pytest.approx(6600)

    def test_a_swim_s_lengths_are_its_own(self) -> None:
        result = parse("30 min swim, 40 lengths")
        assert [type(e) for e in result.events] == [ActivityLogged]
        assert result.unparsed == ()

    def test_another_distance_after_a_ride_is_another_session(self) -> None:
        events = parse("rode 50 km, ran 8 km 45:00").events
        assert [type(e) for e in events] == [ActivityLogged, RunLogged]


@pytest.mark.parametrize(
    ("text", "km", "seconds"),
    [("10K (6.2M) 52:00", 10, 3120), ("5k/3.1m 24:10", 5, 1450)],
)
def test_miles_written_m_after_km_are_the_same_distance(
    text: str, km: float, seconds: float
) -> None:
    assert _runs(text) == [(pytest.approx(km * 1000), pytest.approx(seconds))]


def test_a_track_race_headed_by_its_metres() -> None:
    assert _runs("800: 2:10, 1500: 4:31") == [(800, 130), (1500, 271)]


class TestAWeighInWithItsChange:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("down to 70.9 this morning", 70.9),
            ("up 0.4kg to 66.8", 66.8),
            ("81.2 this morning, down 0.6 on the week", 81.2),
            ("weigh day: 74.3, down 0.5 🎉", 74.3),
            ("72.1 kg, up 0.6", 72.1),
        ],
    )
    def test_the_figure_is_today_s_weigh_in(self, text: str, kg: float) -> None:
        result = parse(text)
        (logged,) = result.events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(kg)
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        "text", ["down 2kg since january!", "up to 50 miles a week", "lost 0.6 this week"]
    )
    def test_a_change_alone_is_no_weigh_in(self, text: str) -> None:
        assert not any(isinstance(e, WeightLogged) for e in parse(text).events)

    def test_a_run_s_change_stays_the_run_s(self) -> None:
        assert _runs("10k 50:12, down 20 seconds on last week") == [(10000, 3012)]


class TestTomorrowsPlanSoTodaysRun:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("race tomorrow so easy 5k today 28:00", 5, 28),
            ("10 hour flight tomorrow so got 6 miles in first, 52:30", 6 * KM_PER_MILE, 52.5),
            ("tomorrow is a rest day so I ran 12k this morning in 1:03:10", 12, 63 + 1 / 6),
        ],
    )
    def test_the_run_done_today_is_logged(self, text: str, km: float, minutes: float) -> None:
        assert _runs(text) == [(pytest.approx(km * 1000, abs=1), pytest.approx(minutes * 60))]

    @pytest.mark.parametrize(
        "text",
        [
            "race tomorrow so just a shakeout planned",
            "going for my long run after work, 16 miles",
            "skipped my run today, 10k tomorrow",
        ],
    )
    def test_a_plan_alone_logs_nothing(self, text: str) -> None:
        assert parse(text).events == ()


@pytest.mark.parametrize(
    ("text", "km"),
    [("hike up Snowdon 5h 15km 1000m", 15), ("cycled 60k 2:10 900m", 60)],
)
def test_metres_after_a_hike_s_or_ride_s_distance_and_time_are_its_climb(
    text: str, km: float
) -> None:
    (logged,) = parse(text).events
    assert isinstance(logged, ActivityLogged)
    assert logged.distance_m == pytest.approx(km * 1000)


class TestAKindOfRunAndItsNumber:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("long 20 in 2:30:00", 20, 150),
            ("trail 20 in 2:30:00", 20, 150),
            ("tempo 8 in 36:00", 8, 36),
            ("hilly 15 done, 1:32:00", 15, 92),
        ],
    )
    def test_the_number_is_the_runner_s_unit_beside_a_time(
        self, text: str, km: float, minutes: float
    ) -> None:
        assert _runs(text) == [(pytest.approx(km * 1000), pytest.approx(minutes * 60))]

    def test_a_race_s_lower_case_name_is_still_in_miles(self) -> None:
        assert _run("grizzly 20 done, 3:58:40").distance_m == pytest.approx(
            20 * KM_PER_MILE * 1000, abs=1
        )


def test_a_weigh_in_with_its_word_then_its_change() -> None:
    result = parse("weight 171.6 lbs, down 2 from last week")
    (logged,) = result.events
    assert isinstance(logged, WeightLogged)
    assert logged.mass_kg == pytest.approx(77.84, abs=0.01)
    assert result.unparsed == ()


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("ran 10k 50:12, down 20 seconds", 3012), ("10k tempo 44:30 then 3k cool down 17 min", 2670)],
)
def test_down_by_a_time_is_a_margin_not_a_cool_down(text: str, seconds: float) -> None:
    assert _runs(text)[0][1] == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("text", "km", "seconds"),
    [
        ("Quick 5 at lunch, 40 mins", 5, 2400),
        ("Just ran my fastest mile ever - 6:58!", KM_PER_MILE, 418),
        ("mara pb 3:14:55", MARATHON_KM, 11695),
    ],
)
def test_a_run_s_short_names(text: str, km: float, seconds: float) -> None:
    assert _runs(text) == [(pytest.approx(km * 1000, abs=1), pytest.approx(seconds))]


class TestARaceNameQualifyingAnotherNoun:
    @pytest.mark.parametrize(
        "text",
        [
            "marathon training is going well",
            "half marathon training week 6, legs tired",
            "new marathon shoes arrived!",
            "marathon pace feels hard",
        ],
    )
    def test_is_talk_with_nothing_to_log_or_ask(self, text: str) -> None:
        result = parse(text)
        assert result.events == ()
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        ("text", "km"),
        [("marathon training run this morning, 28k 2:41:00", 28), ("ran a marathon", MARATHON_KM)],
    )
    def test_a_run_beside_it_is_still_logged(self, text: str, km: float) -> None:
        assert _run(text).distance_m == pytest.approx(km * 1000)


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("5k parkrun (3.1 miles) 24:10", 5),
        ("10 km easy (6.2 mi) 55:00", 10),
        ("15.0 km ≈ 9.3 mi, 1:20:00", 15),
        ("a half (13.1 mi) in 1:55:00", 13.1 * KM_PER_MILE),
    ],
)
def test_a_distance_again_after_a_word_or_two_or_a_sign(text: str, km: float) -> None:
    assert _run(text).distance_m == pytest.approx(km * 1000, abs=1)


class TestGymSessions:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("barre class 50 min", 50),
            ("PT session 1hr", 60),
            ("burpees 10 min", 10),
            ("plank 3 min, 50 pushups, 15 min total", 15),
            ("circuit: 1 min burpees, 2 min squats, 20 min all in", 20),
        ],
    )
    def test_a_gym_session_and_its_whole_time(self, text: str, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, StrengthLogged)
        assert logged.duration_s == pytest.approx(minutes * 60)

    @pytest.mark.parametrize("text", ["off to the physio 🦵", "reminder: physio at 4"])
    def test_an_appointment_is_no_session(self, text: str) -> None:
        assert parse(text).events == ()


@pytest.mark.parametrize(
    "text", ["ran up Snowdon, 2:45:00", "did Helvellyn in 3:05:00, 900m of climbing"]
)
def test_a_summit_with_a_long_time_is_no_city_marathon(text: str) -> None:
    assert all(
        e.distance_m != pytest.approx(MARATHON_KM * 1000)
        for e in parse(text).events
        if isinstance(e, RunLogged)
    )


class TestATimeDictatedAsTwoNumbers:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("ten k in forty nine twenty", 10, 2960),
            ("half marathon in one fifty two", HALF_MARATHON_KM, 6720),
            ("parkrun in twenty six oh five", 5, 1565),
            ("ran eight hundred metres in two minutes twelve", 0.8, 132),
            ("ran the fifteen hundred in four forty", 1.5, 280),
        ],
    )
    def test_the_run_s_time(self, text: str, km: float, seconds: float) -> None:
        assert _runs(text) == [(pytest.approx(km * 1000), pytest.approx(seconds))]

    def test_minutes_said_with_their_unit_stay_minutes(self) -> None:
        assert _runs("ten k in forty nine minutes") == [(10000, 2940)]

    def test_two_numbers_beside_no_run_stay_words(self) -> None:
        events = parse("ate two eggs in five minutes").events
        assert not any(isinstance(e, RunLogged) for e in events)
