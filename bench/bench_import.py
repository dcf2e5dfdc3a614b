"""Watch-file import speed: a 2-hour run sampled every second must import in under 1 s.

The file is generated with tests/fitwriter.py (fitdecode cannot write and the venv has no FIT
writer): file_id, sport, 7,200 records with GPS, altitude, heart rate, distance and speed, one
lap and one session, the shape a Garmin watch writes. A second figure times how fast a hostile
file (a million tiny records, 5 MB) is refused at the point cap.

Memory (issue 14's bar: crafted uploads refused or handled under 300 MB peak): each crafted
file is built and read in a fresh interpreter, as `runfuel import` would, and the row is that
process's peak RSS (VmHWM), file included. The crafted files are the issue's: 1.77 M `<wpt>`
(gzipped), 1.77 M empty `<trkseg/>`, `<extensions>` nested 5,000 deep, a FIT with 3,000
sessions and a GPX whose `<type>` is 19 MB; beside them, the largest GPX still accepted (just
under the element cap, every point with heart rate and cadence).
"""

from __future__ import annotations

import contextlib
import sys
import time
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bench.child import report, run_child
from engine.errors import BadActivityFile
from engine.watchfiles import MAX_ELEMENTS, read_activity_file
from tests.fitwriter import encode, run_messages

START = datetime(2026, 5, 1, 7, 0, tzinfo=UTC)
GOAL_S = 1.0
HOSTILE_GOAL_S = 5.0
PEAK_GOAL_MB = 300
_GPX = b'<?xml version="1.0"?><gpx version="1.1" creator="bench">'


def _gzipped_flood(element: bytes, count: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunks = [packer.compress(_GPX)]
    chunks += [packer.compress(element * 10_000) for _ in range(count // 10_000)]
    return b"".join([*chunks, packer.compress(b"</gpx>"), packer.flush()])


def _track(points: int, sport: str = "running", extensions: bool = True) -> bytes:
    ext = ("<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr>"
           "<gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>"
           if extensions else "")
    body = "".join(
        f'<trkpt lat="{i * 0.00003:.6f}" lon="0"><ele>400</ele><time>'
        f"{(START + timedelta(seconds=i)).strftime('%Y-%m-%dT%H:%M:%SZ')}</time>{ext}</trkpt>"
        for i in range(points))
    return (_GPX.replace(b"<gpx ", b'<gpx xmlns:gpxtpx="urn:tpx" ')
            + f"<trk><type>{sport}</type><trkseg>{body}</trkseg></trk></gpx>".encode())


def _sessions(count: int) -> bytes:
    messages = run_messages(start=START, seconds=60)
    [session] = [m for m in messages if m[0] == "session"]
    return encode([m for m in messages if m[0] != "session"] + [session] * count)


#: name -> (file name, builder); each runs in its own interpreter.
CRAFTED: dict[str, tuple[str, Callable[[], bytes]]] = {
    "1.77 M <wpt> (gzipped)": ("wpt.gpx.gz", lambda: _gzipped_flood(b"<wpt/>", 1_770_000)),
    "1.77 M <trkseg/>": ("seg.gpx.gz", lambda: _gzipped_flood(b"<trkseg/>", 1_770_000)),
    "<extensions> 5,000 deep": (
        "deep.gpx", lambda: _GPX + b"<extensions>" * 5000 + b"</extensions>" * 5000 + b"</gpx>"),
    "FIT with 3,000 sessions": ("sessions.fit", lambda: _sessions(3000)),
    "19 MB <type>": ("type.gpx", lambda: _track(60, sport="r" * (19 * 1024 * 1024))),
    "largest accepted GPX": ("big.gpx", lambda: _track(MAX_ELEMENTS // 8 - 10)),
}


def _best_of(runs: int, data: bytes, name: str) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        with contextlib.suppress(BadActivityFile):
            read_activity_file(data, name, mass_kg=70.0)
        best = min(best, time.perf_counter() - began)
    return best


def _peak_child(name: str) -> None:
    """In a fresh interpreter: build one crafted file, read it, report the peak RSS."""
    filename, build = CRAFTED[name]
    data = build()
    try:
        events = len(read_activity_file(data, filename, mass_kg=70.0))
    except BadActivityFile:
        events = -1
    report({"bytes": len(data), "events": events})


def _peaks() -> list[dict[str, object]]:
    peaks = {name: run_child("bench_import", "peak", name) for name in CRAFTED}
    crafted = {n: p for n, p in peaks.items() if n != "largest accepted GPX"}
    worst = max(crafted, key=lambda n: crafted[n]["maxrss_kb"])
    largest = peaks["largest accepted GPX"]
    return [
        {
            "name": "crafted uploads (issue 14): worst peak RSS of a runfuel import process",
            "value": round(crafted[worst]["maxrss_kb"] / 1024, 1),
            "unit": "MB",
            "goal": f"< {PEAK_GOAL_MB} MB",
            "ok": all(p["maxrss_kb"] / 1024 < PEAK_GOAL_MB for p in crafted.values())
            and all(p["events"] == -1 for p in crafted.values()),
            "note": f"worst: {worst}; all refused; "
            + ", ".join(f"{n} {p['maxrss_kb'] / 1024:.0f} MB" for n, p in crafted.items()),
        },
        {
            "name": "largest GPX still accepted (~37,000 points with HR): peak RSS",
            "value": round(largest["maxrss_kb"] / 1024, 1),
            "unit": "MB",
            "goal": f"< {PEAK_GOAL_MB} MB",
            "ok": largest["maxrss_kb"] / 1024 < PEAK_GOAL_MB and largest["events"] == 1,
            "note": f"{largest['bytes'] / 1e6:.1f} MB file, just under the element cap",
        },
    ]


def run() -> list[dict[str, object]]:
    """Best of five imports after one warm-up; best of three refusals; peaks in children."""
    two_hours = encode(run_messages(start=START, seconds=7200))
    read_activity_file(two_hours, "warmup.fit", mass_kg=70.0)
    seconds = _best_of(5, two_hours, "long_run.fit")
    hostile = encode([("record", {"timestamp": START})] * 1_000_000)
    refusal = _best_of(3, hostile, "hostile.fit")
    return [
        {
            "name": "import 2 h FIT, 1 s samples",
            "value": round(seconds, 3),
            "unit": "s",
            "goal": f"< {GOAL_S:g} s",
            "ok": seconds < GOAL_S,
        },
        {
            "name": "refuse FIT with 1,000,000 records (point cap)",
            "value": round(refusal, 3),
            "unit": "s",
            "goal": f"< {HOSTILE_GOAL_S:g} s",
            "ok": refusal < HOSTILE_GOAL_S,
        },
        *_peaks(),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["peak"]:
        _peak_child(sys.argv[2])
    else:
        for row in run():
            print(row)
