"""Crafted FIT and GPX files: summaries, fallbacks, sports and the plausibility rules."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, RunLogged
from engine.watchfiles import read_activity_file
from tests.activityfiles import MASS, START, fit, gpx_points, refused
from tests.fitwriter import encode, run_messages


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
