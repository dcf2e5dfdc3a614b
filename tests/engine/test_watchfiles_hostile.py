"""Hostile and broken files are refused with a clear reply, in bounded memory (issue 14)."""

from __future__ import annotations

import gzip
import io
import random
import re
import zipfile

import pytest

from engine.errors import BadActivityFile
from engine.events import ActivityLogged
from engine.watchfiles import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_FILE_BYTES,
    MAX_FIT_MESSAGES,
    MAX_PARTS,
    MAX_POINTS,
    read_activity_file,
)
from tests.activityfiles import (
    BILLION_LAUGHS,
    DATA,
    EXTERNAL_ENTITY,
    GPX_HEAD,
    MASS,
    START,
    fit,
    gpx_gz,
    gpx_points,
    gpx_tracks,
    gzip_bomb,
    quickly_refused,
)
from tests.fitwriter import encode, run_messages


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
