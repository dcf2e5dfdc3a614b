"""Watch files become runs and activities with the device's own numbers; bad files are refused.

Expected values come from tests/data/activities/README.md (and the shared README it copies):
device ("dev") values exactly, to the file's own resolution (1e-3); values computed from
points within the README's tolerances.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import random
import re
import threading
import tracemalloc
import zipfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import watchfiles
from bot.watchfiles import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_FILE_BYTES,
    MAX_FIT_MESSAGES,
    MAX_PARTS,
    MAX_POINTS,
    device_kcal_note,
    read_activity_file,
    read_activity_file_in_worker,
)
from engine.energy import run_gross_kcal, run_net_kcal
from engine.errors import BadActivityFile
from engine.events import ActivityLogged, RunLogged
from tests.fitwriter import encode, run_messages

DATA = Path(__file__).resolve().parents[1] / "data" / "activities"
MASS = 70.0


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def read(name: str, **kwargs: float) -> tuple[RunLogged | ActivityLogged, ...]:
    return read_activity_file((DATA / name).read_bytes(), name, mass_kg=MASS, **kwargs)


def read_one(name: str) -> RunLogged | ActivityLogged:
    events = read(name)
    assert len(events) == 1
    return events[0]


def refused(data: bytes, name: str) -> str:
    with pytest.raises(BadActivityFile) as caught:
        read_activity_file(data, name, mass_kg=MASS)
    return caught.value.user_message


# --- real FIT files ------------------------------------------------------------------------

# file, start, timer s, elapsed s, distance m, climb m, avg HR, device kcal
FIT_RUNS = [
    (
        "run_garmin-fr110_2013-02-06.fit",
        "2013-02-06T12:11:14",
        2625.14,
        2625.14,
        4835.38,
        168,
        147,
        336,
    ),
    (
        "run_garmin-fenix2_2015-08-15.fit",
        "2015-08-15T14:45:08",
        2832.0,
        2832.0,
        9008.22,
        64,
        None,
        516,
    ),
    (
        "run_garmin-fr920xt_pauses_2019-05-18.fit",
        "2019-05-18T14:11:39",
        6855.96,
        8629.415,
        16773.34,
        99,
        147,
        988,
    ),
    (
        "run_strava-android_corrupt_2021-09-27.fit",
        "2021-09-27T14:13:10",
        3558.0,
        3558.0,
        11274.04,
        None,
        None,
        None,
    ),
]


class TestRealFitRuns:
    @pytest.mark.parametrize(
        ("name", "start", "timer", "elapsed", "distance", "climb", "heart", "kcal"), FIT_RUNS
    )
    def test_a_run_keeps_the_devices_session_numbers(
        self,
        name: str,
        start: str,
        timer: float,
        elapsed: float,
        distance: float,
        climb: float | None,
        heart: float | None,
        kcal: float | None,
    ) -> None:
        """Start, timer, elapsed and distance come from the session, exactly."""
        event = read_one(name)
        assert isinstance(event, RunLogged)
        assert event.at == utc(start)
        assert event.duration_s == pytest.approx(timer, abs=1e-3)
        assert event.elapsed_s == pytest.approx(elapsed, abs=1e-3)
        assert event.distance_m == pytest.approx(distance, abs=1e-3)
        assert event.elevation_gain_m == climb
        assert event.avg_heart_rate == heart
        assert event.device_kcal == kcal
        assert (event.source, event.sport) == ("fit", "running")

    def test_fenix_start_is_the_session_start_not_the_file_creation_time(self) -> None:
        """The Fenix 2 writes time_created at the end of the run (15:32:41Z)."""
        assert read_one("run_garmin-fenix2_2015-08-15.fit").at == utc("2015-08-15T14:45:08")

    def test_paused_time_is_left_out_of_the_duration(self) -> None:
        """FR920XT: timer 6855.96 s is the run, elapsed 8629.415 s includes ~29.6 min paused."""
        event = read_one("run_garmin-fr920xt_pauses_2019-05-18.fit")
        assert event.duration_s == pytest.approx(6855.96, abs=1e-3)
        assert event.elapsed_s - event.duration_s == pytest.approx(1773.455, abs=1e-3)

    def test_energy_is_our_net_estimate_from_distance_time_and_climb(self) -> None:
        """0.9 x ACSM net (science.md §3.5 rev 2), minus 1 MET when no baseline is given, scaled
        by the route's own elevation profile per 50 m segment (§3.4 rev 2): 168 m of climb on
        4.8 km costs about 10 % more than the flat."""
        event = read_one("run_garmin-fr110_2013-02-06.fit")
        flat = run_net_kcal(distance_m=4835.38, duration_s=2625.14, mass_kg=MASS,
                            baseline_per_min=MASS / 60)
        assert 1.05 * flat < event.energy_kcal < 1.15 * flat

    def test_the_runners_own_baseline_is_subtracted_when_given(self) -> None:
        """A baseline of 1.5 kcal/min takes 1.5 x timer minutes off the gross."""
        (event,) = read("run_garmin-fr110_2013-02-06.fit", baseline_kcal_per_min=1.5)
        (one_met,) = read("run_garmin-fr110_2013-02-06.fit")
        gross = run_gross_kcal(distance_m=4835.38, duration_s=2625.14, mass_kg=MASS)
        ratio = (gross - 1.5 * 2625.14 / 60) / (gross - MASS / 60 * 2625.14 / 60)
        assert event.energy_kcal == pytest.approx(one_met.energy_kcal * ratio, abs=0.1)

    def test_the_corrupt_strava_file_keeps_the_session_read_before_the_error(self) -> None:
        """Strava writes its session first; the later corruption does not touch it."""
        event = read_one("run_strava-android_corrupt_2021-09-27.fit")
        assert event.distance_m == pytest.approx(11274.04, abs=1e-3)
        assert event.distance_m > 928.25 * 10  # not the 0.93 km of records before the error


class TestRealFitOthers:
    def test_a_ride_becomes_a_cycling_activity(self) -> None:
        """The Edge 200 file says cycling: not a run."""
        event = read_one("ride_garmin-edge200_2015-10-13.fit")
        assert isinstance(event, ActivityLogged)
        assert (event.activity, event.sport) == ("cycle", "cycling")
        assert event.at == utc("2015-10-13T15:43:15")
        assert event.duration_s == pytest.approx(1558.198, abs=1e-3)
        assert event.elapsed_s == pytest.approx(1623.198, abs=1e-3)
        assert event.distance_m == pytest.approx(11536.43, abs=1e-3)
        assert event.device_kcal == 418
        assert 0 < event.energy_kcal < 1000

    def test_a_triathlon_yields_swim_ride_and_run_without_transitions(self) -> None:
        """Five sessions in four chained FIT files: three parts, T1 and T2 dropped."""
        swim, ride, run = read("multisport_triathlon_garmin-fr920xt_2018-05-27.fit")
        assert isinstance(swim, ActivityLogged)
        assert isinstance(ride, ActivityLogged)
        assert isinstance(run, RunLogged)
        assert (swim.activity, ride.activity) == ("swim", "cycle")
        assert [e.at for e in (swim, ride, run)] == [
            utc("2018-05-27T07:33:01"),
            utc("2018-05-27T08:08:58"),
            utc("2018-05-27T09:23:41"),
        ]
        assert [e.distance_m for e in (swim, ride, run)] == pytest.approx(
            [1644.71, 40909.42, 9805.92], abs=1e-3
        )
        assert [e.elapsed_s for e in (swim, ride, run)] == pytest.approx(
            [1987.521, 4422.14, 2850.694], abs=1e-3
        )
        assert run.duration_s == pytest.approx(2850.694, abs=1e-3)

    def test_a_file_without_a_date_asks_for_the_day_and_keeps_the_numbers(self) -> None:
        """FR70 foot pod: every time is relative to power-on, so there is no date to log."""
        data = (DATA / "run_footpod-no-gps_garmin-fr70_relative-time.fit").read_bytes()
        message = refused(data, "run.fit")
        assert "no date" in message
        assert "ran 10.2 km in 63 min yesterday" in message

    def test_a_truncated_file_is_refused(self) -> None:
        """The cut Fenix file has records but no session: nothing is logged."""
        data = (DATA / "run_garmin-fenix2_TRUNCATED-BY-US.fit").read_bytes()
        assert "cut off" in refused(data, "run.fit")


# --- real GPX and TCX files ----------------------------------------------------------------


def gpx_heart_rates(name: str) -> list[int]:
    text = (DATA / name).read_text()
    return [int(v) for v in re.findall(r"<gpxtpx:hr>(\d+)</gpxtpx:hr>", text)]


class TestRealGpxAndTcx:
    def test_garmin_connect_gpx_starts_at_the_first_point_not_the_metadata_time(self) -> None:
        """<metadata><time> is the export, 7 min before the first point."""
        event = read_one("run_garmin-connect_2012-10-24.gpx")
        assert isinstance(event, RunLogged)
        assert event.at == utc("2012-10-24T23:29:40")
        assert event.elapsed_s == pytest.approx(948, abs=1)
        assert event.duration_s == pytest.approx(948, abs=1)
        assert event.distance_m == pytest.approx(3131.11, rel=0.005)
        assert (event.source, event.sport, event.device_kcal) == ("gpx", None, None)
        hr = gpx_heart_rates("run_garmin-connect_2012-10-24.gpx")
        assert event.avg_heart_rate == pytest.approx(sum(hr) / len(hr))

    def test_strava_gpx_leaves_the_stops_out(self) -> None:
        """Moving 1076 s of 1256 s elapsed; moving distance 3.5644 km."""
        event = read_one("run_strava_2015-01-19.gpx")
        assert isinstance(event, RunLogged)
        assert event.at == utc("2015-01-19T21:24:20")
        assert event.elapsed_s == pytest.approx(1256, abs=1)
        assert event.duration_s == pytest.approx(1076, abs=1)
        assert event.distance_m == pytest.approx(3564.40, rel=0.005)
        hr = gpx_heart_rates("run_strava_2015-01-19.gpx")
        assert len(hr) == 1118
        assert event.avg_heart_rate == pytest.approx(sum(hr) / len(hr))

    def test_a_slow_untyped_multi_track_gpx_is_a_walk(self) -> None:
        """8 tracks, the first empty; 4.4 km moving in 2425 s (6.6 km/h) is walking pace."""
        event = read_one("multi-track_garmin-via-gpsbabel_2010-08-05.gpx")
        assert isinstance(event, ActivityLogged)
        assert event.activity == "walk"
        assert event.sport is None
        assert event.at == utc("2010-08-05T14:23:59")
        assert event.elapsed_s == pytest.approx(7190, abs=1)
        assert event.duration_s == pytest.approx(2425, abs=1)
        assert event.distance_m is not None
        assert 0.95 * 4580.14 < event.distance_m < 4692.42  # pauses' GPS drift left out

    def test_a_gpx_whose_points_lost_their_times_asks_for_the_date(self) -> None:
        """291 of 296 points have no time: not 4.7 km in 57 s."""
        data = (DATA / "no-timestamps_garmin-via-gpsbabel.gpx").read_bytes()
        message = refused(data, "walk.gpx")
        assert "no timestamps" in message
        assert "4.7 km" in message

    def test_tcx_takes_lap_totals(self) -> None:
        """FR410: start = first Lap StartTime; timer and distance are lap sums."""
        event = read_one("run_garmin-fr410_2012-12-26.tcx")
        assert isinstance(event, RunLogged)
        assert event.at == utc("2012-12-26T21:29:53")
        assert event.duration_s == pytest.approx(1992.78, abs=1e-3)
        assert event.distance_m == pytest.approx(4689.24267578, abs=1e-3)
        assert event.elapsed_s == pytest.approx(1992.78, abs=1)
        text = (DATA / "run_garmin-fr410_2012-12-26.tcx").read_text()
        calories = sum(int(c) for c in re.findall(r"<Calories>(\d+)</Calories>", text))
        assert event.device_kcal == calories
        assert (event.source, event.sport) == ("tcx", "running")  # stored as [a-z_]{1,32}
        assert event.avg_heart_rate is not None
        assert 100 < event.avg_heart_rate < 200


REAL_GOOD = [
    "run_garmin-fr110_2013-02-06.fit",
    "multisport_triathlon_garmin-fr920xt_2018-05-27.fit",
    "run_strava-android_corrupt_2021-09-27.fit",
    "run_strava_2015-01-19.gpx",
    "run_garmin-fr410_2012-12-26.tcx",
]


class TestGzipAndNames:
    @pytest.mark.parametrize("name", REAL_GOOD)
    def test_a_gzipped_copy_reads_the_same(self, name: str) -> None:
        """Strava and Garmin bulk exports gzip files: same events either way."""
        data = gzip.compress((DATA / name).read_bytes())
        assert read_activity_file(data, name + ".gz", mass_kg=MASS) == read(name)

    def test_the_content_decides_the_format_not_the_name(self) -> None:
        """A FIT file named .gpx (or with no name) still reads as FIT."""
        data = (DATA / "run_garmin-fr110_2013-02-06.fit").read_bytes()
        assert read_activity_file(data, "export.gpx", mass_kg=MASS) == read(
            "run_garmin-fr110_2013-02-06.fit"
        )

    @pytest.mark.parametrize(
        "name", ["run_garmin-fenix2_TRUNCATED-BY-US.fit", "no-timestamps_garmin-via-gpsbabel.gpx"]
    )
    def test_a_gzipped_bad_file_is_refused_like_the_plain_one(self, name: str) -> None:
        """Unpacking changes nothing about what is wrong with the file."""
        plain = refused((DATA / name).read_bytes(), name)
        assert refused(gzip.compress((DATA / name).read_bytes()), name + ".gz") == plain


# --- device calories -----------------------------------------------------------------------


class TestDeviceKcalNote:
    def test_a_watch_higher_than_us_is_explained_by_gross_against_net(self) -> None:
        """Edge 200 ride: its 418 kcal include resting energy our net figure leaves out."""
        event = read_one("ride_garmin-edge200_2015-10-13.fit")
        assert event.device_kcal is not None
        assert event.device_kcal > event.energy_kcal
        note = device_kcal_note(event)
        assert note is not None
        assert "(gross)" in note
        assert "(net)" in note
        assert "\n" not in note

    def test_a_watch_lower_than_us_still_names_gross_and_net(self) -> None:
        """FR920XT: 988 watch kcal against our higher ACSM figure; the line says why."""
        event = read_one("run_garmin-fr920xt_pauses_2019-05-18.fit")
        assert event.device_kcal is not None
        assert event.device_kcal < event.energy_kcal
        note = device_kcal_note(event)
        assert note is not None
        assert "(gross)" in note
        assert "(net)" in note
        assert "own model" in note
        assert "\n" not in note

    def test_figures_within_five_percent_are_called_close(self) -> None:
        """FR110: 336 kcal on the watch, about the same here (science.md rev 2 run cost)."""
        event = read_one("run_garmin-fr110_2013-02-06.fit")
        assert event.device_kcal is not None
        assert abs(event.device_kcal - event.energy_kcal) < 0.05 * event.device_kcal
        note = device_kcal_note(event)
        assert note is not None
        assert note.startswith("close to my figure")

    def test_no_device_figure_no_note(self) -> None:
        """GPX files carry no calories."""
        assert device_kcal_note(read_one("run_strava_2015-01-19.gpx")) is None


# --- synthetic FIT files -------------------------------------------------------------------

START = datetime(2026, 5, 1, 7, 0, tzinfo=UTC)


def fit(**kwargs: object) -> bytes:
    return encode(run_messages(start=START, **kwargs))  # type: ignore[arg-type]


class TestSyntheticFit:
    def test_a_two_hour_one_hertz_file_imports(self) -> None:
        """7,200 records (its speed goal is timed in bench/bench_import.py)."""
        data = fit(seconds=7200)
        (event,) = read_activity_file(data, "long.fit", mass_kg=MASS)
        assert event.duration_s == 7199
        assert event.distance_m == pytest.approx(7199 * 3.0)

    def test_laps_stand_in_for_a_missing_session(self) -> None:
        """No session message: lap totals are the device's summary."""
        messages = [m for m in run_messages(start=START, seconds=600) if m[0] != "session"]
        (event,) = read_activity_file(encode(messages), "laps.fit", mass_kg=MASS)
        assert isinstance(event, RunLogged)
        assert (event.duration_s, event.distance_m) == (599, pytest.approx(1797))

    def test_without_any_summary_the_records_give_the_totals_without_pauses(self) -> None:
        """Records only, with a 5-minute auto-pause: the pause counts in elapsed, not timer."""
        messages = run_messages(start=START, seconds=1200, pause=(600, 300))
        records = [m for m in messages if m[0] not in ("lap", "session")]
        (event,) = read_activity_file(encode(records), "records.fit", mass_kg=MASS)
        assert isinstance(event, RunLogged)
        assert event.sport == "running"
        assert event.at == START
        assert event.duration_s == pytest.approx(1199 - 1, abs=1)
        assert event.elapsed_s == pytest.approx(1499, abs=1e-9)
        assert event.distance_m == pytest.approx(1199 * 3.0, abs=3.1)
        assert event.avg_heart_rate == 150
        assert event.elevation_gain_m == pytest.approx(10, abs=10)

    @pytest.mark.parametrize(
        ("climb_m", "shape"),
        [(0, "flat"), (120, "steady climb"), (-120, "steady descent"), (60, "out and back")],
    )
    def test_rev2_gps_files_are_costed_per_segment_without_a_summary_too(
            self, climb_m: int, shape: str) -> None:
        """§3.4/§3.5 (rev 2): a FIT file of records only costs its own elevation profile per
        segment, exactly as the same records under a lap summary do (not the loop model)."""
        seconds = 1200

        def altitude(i: int) -> float:
            if shape == "out and back":
                return 400 + climb_m * (1 - abs(2 * i / (seconds - 1) - 1))
            return 400 + climb_m * i / (seconds - 1)

        messages = [
            (name, {**fields, "altitude": altitude(i - 2)} if name == "record" else fields)
            for i, (name, fields) in enumerate(run_messages(start=START, seconds=seconds))
            if name != "session"
        ]
        records = [m for m in messages if m[0] != "lap"]
        (summed,) = read_activity_file(encode(messages), "lap.fit", mass_kg=MASS)
        (bare,) = read_activity_file(encode(records), "records.fit", mass_kg=MASS)
        assert bare.energy_kcal == pytest.approx(summed.energy_kcal, rel=0.005), shape

    def test_a_bad_crc_after_a_complete_session_still_imports(self) -> None:
        """Lenient: the summary was read whole before the checksum failed."""
        data = bytearray(fit(seconds=60))
        data[-1] ^= 0xFF
        (event,) = read_activity_file(bytes(data), "crc.fit", mass_kg=MASS)
        assert event.duration_s == 59

    def test_an_untyped_fast_fit_is_a_ride(self) -> None:
        """A generic sport at 30 km/h is not a run."""
        data = fit(seconds=600, speed_m_s=30 / 3.6, sport="generic")
        (event,) = read_activity_file(data, "x.fit", mass_kg=MASS)
        assert isinstance(event, ActivityLogged)
        assert (event.activity, event.sport) == ("cycle", "generic")

    def test_a_file_of_only_transitions_has_no_activity(self) -> None:
        """Nothing but T1: nothing to log."""
        assert "no recorded activity" in refused(fit(seconds=60, sport="transition"), "t.fit")

    def test_a_session_without_a_sport_takes_it_from_the_sport_message(self) -> None:
        """Some devices name the sport only in the `sport` message."""
        messages = run_messages(start=START, seconds=600, speed_m_s=7.0, sport="cycling")
        name, session = messages[-1]
        messages[-1] = (name, {k: v for k, v in session.items() if k not in ("sport", "sub_sport")})
        (event,) = read_activity_file(encode(messages), "ride.fit", mass_kg=MASS)
        assert isinstance(event, ActivityLogged)
        assert (event.activity, event.sport) == ("cycle", "cycling")

    def test_a_course_file_is_not_an_activity(self) -> None:
        """file_id.type 6 (course) with laps and records: a plan, not a recording."""
        messages = run_messages(start=START, seconds=60)
        messages[0] = ("file_id", {"type": 6, "time_created": START})
        assert "no recorded activity" in refused(encode(messages), "course.fit")

    def test_a_run_faster_than_any_human_is_refused(self) -> None:
        """35 km/h in run mode: the watch was in a car."""
        message = refused(fit(seconds=600, speed_m_s=35 / 3.6), "drive.fit")
        assert "35 km/h" in message

    def test_a_session_claiming_days_is_refused(self) -> None:
        """A damaged summary of 4 days."""
        messages = run_messages(start=START, seconds=60)
        name, session = messages[-1]
        messages[-1] = (name, {**session, "total_timer_time": 4 * 86400})
        assert "more than 3 days" in refused(encode(messages), "long.fit")

    def test_a_fit_with_only_a_file_id_has_no_activity(self) -> None:
        """A settings or course file is not an activity."""
        data = encode([("file_id", {"type": 4, "time_created": START})])
        assert "no recorded activity" in refused(data, "settings.fit")


# --- hostile and broken files --------------------------------------------------------------


def quickly_refused(data: bytes, name: str, *, mb: float | None = 100) -> str:
    """Refused, with allocations peaking below `mb` MB (traced in a second run).

    How quickly is a speed goal, timed in bench/bench_import.py rather than here: on a loaded
    machine a timed unit test fails for reasons that have nothing to do with the code.
    """
    message = refused(data, name)
    if mb is not None:
        tracemalloc.start()
        try:
            refused(data, name)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < mb * 1024 * 1024
    return message


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE gpx [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<gpx version="1.1" creator="x"><trk><name>&lol9;</name><trkseg>
<trkpt lat="0" lon="0"><time>2026-05-01T07:00:00Z</time></trkpt>
<trkpt lat="0.01" lon="0"><time>2026-05-01T07:05:00Z</time></trkpt>
</trkseg></trk></gpx>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gpx version="1.1" creator="x"><trk><name>&secret;</name><trkseg>
<trkpt lat="0" lon="0"><time>2026-05-01T07:00:00Z</time></trkpt>
<trkpt lat="0.01" lon="0"><time>2026-05-01T07:05:00Z</time></trkpt>
</trkseg></trk></gpx>
"""


def gpx_points(count: int, *, step_s: int = 1, step_deg: float = 0.00003) -> bytes:
    """A GPX with `count` timed points, `step_deg` of latitude (about 3.3 m) apart."""
    t0 = START
    points = "".join(
        f'<trkpt lat="{i * step_deg:.6f}" lon="0"><time>'
        f"{(t0 + timedelta(seconds=i * step_s)).strftime('%Y-%m-%dT%H:%M:%SZ')}</time></trkpt>"
        for i in range(count)
    )
    return (
        '<?xml version="1.0"?><gpx version="1.1" creator="t" '
        'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
        f"{points}</trkseg></trk></gpx>"
    ).encode()


def gzip_bomb(unpacked_mb: int) -> bytes:
    """Zeros that unpack to `unpacked_mb` MB, built in 1 MB chunks."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    chunk = bytes(1024 * 1024)
    packed = b"".join(packer.compress(chunk) for _ in range(unpacked_mb))
    return packed + packer.flush()


class TestHostileFiles:
    def test_an_empty_file_is_refused(self) -> None:
        """Zero bytes."""
        assert "empty" in quickly_refused(b"", "run.fit")

    def test_whitespace_is_empty_too(self) -> None:
        """A GPX export that failed half-way can leave just a newline."""
        assert "empty" in quickly_refused(b" \n", "run.gpx")

    @pytest.mark.parametrize("name", ["run", "photo.jpg", "notes.txt"])
    def test_random_bytes_are_not_an_activity_file(self, name: str) -> None:
        """Noise under any other name."""
        data = random.Random(0).randbytes(50_000)
        assert "can't read this as an activity file" in quickly_refused(data, name)

    @pytest.mark.parametrize("name", ["run.fit", "run.GPX", "run.tcx.gz"])
    def test_random_bytes_named_like_an_activity_file_are_called_damaged(self, name: str) -> None:
        """The name promised an activity file, so the reply says it may be damaged."""
        data = random.Random(0).randbytes(50_000)
        assert "may be damaged" in quickly_refused(data, name)

    def test_a_zip_archive_asks_for_the_file_inside(self) -> None:
        """Garmin Connect's 'Export Original' is a zip holding the .fit."""
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w") as archive:
            archive.writestr(
                "123_ACTIVITY.fit", (DATA / "run_garmin-fr110_2013-02-06.fit").read_bytes()
            )
        assert "Unzip it" in quickly_refused(packed.getvalue(), "123.zip")

    def test_a_fit_header_over_garbage_is_refused(self) -> None:
        """Looks like FIT for 14 bytes, then noise."""
        header = fit(seconds=5)[:14]
        data = header + random.Random(1).randbytes(5_000)
        quickly_refused(data, "run.fit")

    def test_a_billion_laughs_gpx_is_refused_without_expanding(self) -> None:
        """Entities nest to 10^9 'lol's; the DTD is refused before anything expands."""
        assert "DTD" in quickly_refused(BILLION_LAUGHS, "run.gpx", mb=20)

    def test_a_gpx_with_an_external_entity_is_refused(self) -> None:
        """No file on the server is read into a track name."""
        assert "DTD" in quickly_refused(EXTERNAL_ENTITY, "run.gpx", mb=20)

    def test_the_same_bomb_inside_a_tcx_is_refused(self) -> None:
        """TCX is parsed through the same defused scan."""
        data = BILLION_LAUGHS.replace(b"gpx", b"TrainingCenterDatabase")
        assert "DTD" in quickly_refused(data, "run.tcx", mb=20)

    def test_a_gpx_with_an_absurd_point_count_under_the_size_cap_is_refused(self) -> None:
        """~19 MB of bare points (over 600,000) stops at the point cap, in bounded memory."""
        point = b'<trkpt lat="1" lon="2"/>'
        count = (19 * 1024 * 1024) // len(point)
        assert count > 3 * MAX_POINTS
        data = b'<gpx version="1.1"><trk><trkseg>' + point * count + b"</trkseg></trk></gpx>"
        assert len(data) < MAX_FILE_BYTES
        assert "more than 100,000 points" in quickly_refused(data, "run.gpx", mb=60)

    def test_a_fit_with_an_absurd_record_count_is_refused(self) -> None:
        """A million tiny records (5 MB) stop at the cap instead of decoding for minutes."""
        data = encode([("record", {"timestamp": START})] * 1_000_000)
        assert len(data) < MAX_FILE_BYTES
        assert 4 * MAX_FIT_MESSAGES < 1_000_000
        assert "more than 200,000 points" in quickly_refused(data, "run.fit", mb=None)

    def test_a_long_but_plausible_gpx_still_reads(self) -> None:
        """20,000 points (5.5 h at 1 Hz) are fine."""
        (event,) = read_activity_file(gpx_points(20_000), "long.gpx", mass_kg=MASS)
        assert event.duration_s == pytest.approx(19_999, abs=1)

    def test_a_file_over_twenty_megabytes_is_refused_before_reading(self) -> None:
        """Telegram would not have let the bot download it anyway."""
        data = b"\0" * (MAX_FILE_BYTES + 1)
        assert "20 MB" in quickly_refused(data, "run.fit", mb=50)

    def test_a_gzip_bomb_stops_at_the_unpacked_cap(self) -> None:
        """200 MB of zeros in ~200 kB of gzip: only 20 MB are ever unpacked."""
        data = gzip_bomb(200)
        assert len(data) < 1024 * 1024
        assert "over 20 MB" in quickly_refused(data, "run.fit.gz", mb=30)

    def test_a_damaged_gzip_is_refused(self) -> None:
        """Gzip magic, then noise."""
        data = b"\x1f\x8b\x08\x00" + random.Random(2).randbytes(1000)
        assert "damaged" in quickly_refused(data, "run.gpx.gz")

    def test_gzip_inside_gzip_is_refused(self) -> None:
        """No exporter nests them; unpacking only once bounds the work."""
        inner = gzip.compress((DATA / "run_garmin-fr110_2013-02-06.fit").read_bytes())
        quickly_refused(gzip.compress(inner), "run.fit.gz.gz")

    def test_xml_that_is_neither_gpx_nor_tcx_is_refused(self) -> None:
        """An HTML error page, saved with or without the name it should have had."""
        data = b"<html><body>502 Bad Gateway</body></html>"
        assert "may be damaged" in quickly_refused(data, "run.gpx")
        assert "can't read this as an activity file" in quickly_refused(data, "page.html")

    def test_a_gpx_with_only_a_planned_route_has_no_activity(self) -> None:
        """Routes and waypoints are plans, not recordings."""
        data = b'<gpx version="1.1"><rte><rtept lat="1" lon="2"/></rte></gpx>'
        assert "no recorded activity" in quickly_refused(data, "route.gpx")

    def test_a_tcx_without_times_asks_for_the_date(self) -> None:
        """Laps without StartTime and trackpoints without Time."""
        data = (
            b'<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/'
            b'TrainingCenterDatabase/v2"><Activities><Activity Sport="Running"><Lap>'
            b"<TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>2000</DistanceMeters>"
            b"</Lap></Activity></Activities></TrainingCenterDatabase>"
        )
        assert "ran 2.0 km in 10 min yesterday" in quickly_refused(data, "run.tcx")

    def test_a_truncated_gpx_is_refused(self) -> None:
        """Cut in the middle of the XML."""
        data = (DATA / "run_strava_2015-01-19.gpx").read_bytes()[:100_000]
        assert "may be damaged" in quickly_refused(data, "run.gpx")

    def test_a_plain_file_named_gz_still_reads(self) -> None:
        """The content decides whether to unpack, not the name."""
        data = (DATA / "run_garmin-fr110_2013-02-06.fit").read_bytes()
        assert len(read_activity_file(data, "run.fit.gz", mass_kg=MASS)) == 1


class TestDamagedCopiesOfRealFiles:
    def test_flipped_cut_or_spliced_bytes_give_an_event_or_a_clear_refusal(self) -> None:
        """Seeded fuzzing: whatever the decoders raise inside, the caller sees BadActivityFile."""
        rng = random.Random(7)
        originals = [p.read_bytes() for p in sorted(DATA.iterdir()) if p.suffix != ".md"]
        for _ in range(120):
            data = bytearray(rng.choice(originals))
            kind = rng.randrange(3)
            if kind == 0:
                for _ in range(rng.randint(1, 20)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
            elif kind == 1:
                data = data[: rng.randrange(len(data))]
            else:
                at = rng.randrange(len(data))
                data[at : at + rng.randint(1, 200)] = rng.randbytes(rng.randint(0, 200))
            try:
                events = read_activity_file(bytes(data), "damaged", mass_kg=MASS)
            except BadActivityFile as e:
                assert e.user_message
            else:
                assert events


class TestGpxSports:
    def test_typed_tracks_split_into_parts(self) -> None:
        """A run track then a bike track: two events, each with the file's sport."""
        one = gpx_points(300).decode()
        run = one.replace("<trk>", "<trk><type>running</type>")
        points = run[run.index("<trkseg>") : run.index("</trkseg>") + len("</trkseg>")]
        later = points.replace("T07:", "T08:")
        data = run.replace(
            "</trk></gpx>", f"</trk><trk><type>cycling</type>{later}</trk></gpx>"
        ).encode()
        run_event, ride = read_activity_file(data, "two.gpx", mass_kg=MASS)
        assert isinstance(run_event, RunLogged)
        assert run_event.sport == "running"
        assert isinstance(ride, ActivityLogged)
        assert (ride.activity, ride.sport) == ("cycle", "cycling")

    def test_an_untyped_fast_gpx_is_a_ride(self) -> None:
        """30 m every second is 108 km/h... too fast; 8 m/s (29 km/h) is a bike."""
        data = gpx_points(600, step_deg=0.000072)
        (event,) = read_activity_file(data, "fast.gpx", mass_kg=MASS)
        assert isinstance(event, ActivityLogged)
        assert event.activity == "cycle"

    def test_an_untyped_running_pace_gpx_is_a_run(self) -> None:
        """3.3 m/s (12 km/h)."""
        (event,) = read_activity_file(gpx_points(600), "run.gpx", mass_kg=MASS)
        assert isinstance(event, RunLogged)


GPX_HEAD = b'<?xml version="1.0"?><gpx version="1.1" creator="t">'


def gpx_gz(body: bytes, repeat: int) -> bytes:
    """A gzipped GPX of `body` `repeat` times, packed as it streams (tiny on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = body * 10_000
    packed = [packer.compress(GPX_HEAD)]
    packed += [packer.compress(chunk) for _ in range(repeat // 10_000)]
    return b"".join([*packed, packer.compress(b"</gpx>"), packer.flush()])


def gpx_tracks(types: list[str]) -> bytes:
    """One short timed track per type, the tracks one after another."""
    tracks = []
    for n, sport in enumerate(types):
        start = START + timedelta(hours=n)
        points = "".join(
            f'<trkpt lat="{i * 0.0001:.6f}" lon="0"><time>'
            f"{(start + timedelta(seconds=10 * i)).strftime('%Y-%m-%dT%H:%M:%SZ')}</time></trkpt>"
            for i in range(60))
        tracks.append(f"<trk><type>{sport}</type><trkseg>{points}</trkseg></trk>")
    return GPX_HEAD + "".join(tracks).encode() + b"</gpx>"


class TestUploadsBoundedByConstruction:
    """The issue's crafted files: each is refused (or bounded) before any tree is built."""

    @pytest.mark.parametrize("element", [b"<wpt/>", b"<trk/>", b"<trk><trkseg/></trk>",
                                         b"<extensions><x/></extensions>"])
    def test_a_flood_of_any_element_in_a_small_gz_is_refused_in_bounded_memory(
            self, element: bytes) -> None:
        """Up to 1.77 M elements (~50 KB gzipped) stop at the census: no tree is built."""
        repeat = min(1_770_000, 15 * 1024 * 1024 // len(element) // 10_000 * 10_000)
        data = gpx_gz(element, repeat)
        assert len(data) < 100_000
        message = quickly_refused(data, "flood.gpx.gz", mb=40)
        assert f"more than {MAX_ELEMENTS:,} entries" in message

    def test_deep_nesting_is_refused(self) -> None:
        """<extensions> nested thousands deep is refused at the depth cap."""
        depth = 5_000
        data = (GPX_HEAD + b"<trk><trkseg><trkpt lat='1' lon='2'>" + b"<extensions>" * depth
                + b"</extensions>" * depth + b"</trkpt></trkseg></trk></gpx>")
        assert depth > MAX_DEPTH
        assert "nested far deeper" in quickly_refused(data, "deep.gpx", mb=20)

    def test_a_nineteen_megabyte_type_is_refused_not_stored(self) -> None:
        """A <type> of 19 MB (under the 20 MB cap) never reaches gpxpy or the database."""
        data = gpx_tracks(["running"]).replace(b"running", b"r" * (19 * 1024 * 1024))
        assert len(data) < MAX_FILE_BYTES
        assert "text field over 64 kB" in quickly_refused(data, "type.gpx", mb=60)

    def test_a_huge_attribute_is_refused(self) -> None:
        """Attributes count towards the same cap as text."""
        wide = b'lon="0" x="' + b"9" * 100_000 + b'"'
        data = gpx_tracks(["running"]).replace(b'lon="0"', wide, 1)
        assert "text field over 64 kB" in quickly_refused(data, "attr.gpx", mb=20)

    def test_three_thousand_fit_sessions_are_refused_at_the_part_cap(self) -> None:
        """A 3,000-session FIT would have stored 3,000 events: it stores none."""
        [(_, session)] = [m for m in run_messages(start=START, seconds=60) if m[0] == "session"]
        messages = [m for m in run_messages(start=START, seconds=60) if m[0] != "session"]
        data = encode(messages + [("session", session)] * 3_000)
        message = quickly_refused(data, "many.fit", mb=60)
        assert f"more than {MAX_PARTS} activities" in message

    def test_a_gpx_of_alternating_sports_is_refused_past_the_part_cap(self) -> None:
        """Eleven tracks of alternating types would be eleven events: refused; ten are read."""
        sports = ["running", "cycling"] * 6
        assert "more than 10 activities" in quickly_refused(gpx_tracks(sports[:11]), "x.gpx")
        assert len(read_activity_file(gpx_tracks(sports[:10]), "x.gpx", mass_kg=MASS)) == 10

    @pytest.mark.parametrize(("given", "stored"), [
        ("Nordic Walking", "nordic_walking"), ("=cmd|' /C calc'!A0", None),
        ("x" * 33, None), ("läufen", None), ("running", "running"),
    ])
    def test_a_file_s_sport_is_stored_only_as_lower_case_words(self, given: str,
                                                                 stored: str | None) -> None:
        """The sport is the one text a file stores: `[a-z_]{1,32}` or nothing."""
        (event,) = read_activity_file(gpx_tracks([given]), "s.gpx", mass_kg=MASS)
        assert event.sport == stored
        if isinstance(event, ActivityLogged):
            assert re.fullmatch(r"[a-z_]{1,32}", event.activity)

    async def test_files_are_decoded_one_at_a_time_on_their_own_thread(
            self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Several uploads at once queue for one decoding thread instead of adding up."""
        busy: list[str] = []
        overlaps: list[int] = []
        real = watchfiles.read_activity_file

        def traced(*args: object, **kwargs: object) -> object:
            busy.append(threading.current_thread().name)
            overlaps.append(len(busy))
            try:
                return real(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                busy.pop()

        monkeypatch.setattr(watchfiles, "read_activity_file", traced)
        data = gpx_points(2_000)
        results = await asyncio.gather(*(read_activity_file_in_worker(data, "r.gpx", mass_kg=MASS)
                                         for _ in range(4)))
        assert len({r for r in results}) == 1 and overlaps == [1, 1, 1, 1]
        with pytest.raises(BadActivityFile):
            await read_activity_file_in_worker(b"", "empty.gpx", mass_kg=MASS)
