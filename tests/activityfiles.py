"""Watch files for tests: the real ones in tests/data/activities, and crafted ones.

Expected values come from tests/data/activities/README.md (and the shared README it copies):
device ("dev") values exactly, to the file's own resolution (1e-3); values computed from
points within the README's tolerances.
"""

from __future__ import annotations

import tracemalloc
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from engine.errors import BadActivityFile
from engine.events import ActivityLogged, RunLogged
from engine.watchfiles import read_activity_file
from tests.fitwriter import encode, run_messages

DATA = Path(__file__).resolve().parent / "data" / "activities"
MASS = 70.0
START = datetime(2026, 5, 1, 7, 0, tzinfo=UTC)


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


def fit(**kwargs: object) -> bytes:
    return encode(run_messages(start=START, **kwargs))  # type: ignore[arg-type]


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

