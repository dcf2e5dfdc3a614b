"""Real watch files become runs and activities with the device's own numbers.

Expected values: tests/data/activities/README.md (device values exactly, computed ones within
its tolerances).
"""

from __future__ import annotations

import gzip
import re

import pytest

from engine.energy import run_gross_kcal, run_net_kcal
from engine.events import ActivityLogged, RunLogged
from engine.watchfiles import read_activity_file
from tests.activityfiles import DATA, MASS, read, read_one, refused, utc

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
