"""Watch and app exports (.fit, .gpx, .tcx, optionally gzipped) -> run or activity events (pure).

Bytes in, records out: no Telegram, no storage, no clock. Everything a file cannot give becomes
`BadActivityFile` with a reply a runner can act on, and nothing is returned, so nothing is
stored. The package, in the order a file goes through it:

- `limits`: what a file may cost (20 MB, 300,000 XML elements, depth 32, 64 kB of text, 200,000
  FIT messages, 10 parts...), checked before or while any parser runs (issue 14).
- `intake`: size, gzip (capped), zip refused, format by content, DTDs refused, the XML census.
- `fit`, `gpx`, `tcx`: one decoder each, bytes -> `parts.Part`. **The device's summary wins**
  (FIT session or laps, TCX lap totals); points only when a file has none, pauses left out.
  `duration_s` is the timer (moving) time and drives the energy estimate; `elapsed_s` is
  wall-clock time from start to end, pauses included. One event per sport part.
- `classify`: run, ride, walk... from the file's sport or its speed, and whether a runner could
  have done it (the speed rule typed runs share, `engine.limits`).
- `energy`: the part as a `RunLogged`/`ActivityLogged` with our net estimate.
- `refusals`: the words of every refusal.

The only text a file stores, its sport, must be `[a-z_]{1,32}`. Decoding takes seconds at the
caps: callers that serve others meanwhile run it on a worker thread (bot/uploads.py).
"""

from __future__ import annotations

import logging

from engine.energy import one_met_kcal_per_min
from engine.errors import BadActivityFile
from engine.watchfiles import refusals
from engine.watchfiles.energy import FileEvent, to_event
from engine.watchfiles.fit import read_fit
from engine.watchfiles.gpx import read_gpx
from engine.watchfiles.intake import Source, sniff, unwrap
from engine.watchfiles.limits import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_FILE_BYTES,
    MAX_FIT_MESSAGES,
    MAX_PARTS,
    MAX_POINTS,
    MAX_TEXT_CHARS,
    MAX_UNPACKED_BYTES,
)
from engine.watchfiles.tcx import read_tcx

__all__ = [
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "MAX_FILE_BYTES",
    "MAX_FIT_MESSAGES",
    "MAX_PARTS",
    "MAX_POINTS",
    "MAX_TEXT_CHARS",
    "MAX_UNPACKED_BYTES",
    "FileEvent",
    "Source",
    "read_activity_file",
]

logger = logging.getLogger(__name__)


def read_activity_file(
    data: bytes,
    filename: str,
    *,
    mass_kg: float,
    baseline_kcal_per_min: float | None = None,
) -> tuple[FileEvent, ...]:
    """Read one exported file into one event per sport part; raise BadActivityFile otherwise.

    `energy_kcal` is our net estimate for `mass_kg`: gross minus `baseline_kcal_per_min`
    (the runner's REE x NEF per minute, science.md §2), or minus 1 MET when it is None.
    The name only words a refusal ("named .fit but..."): the content decides the format.
    """
    data = unwrap(data)
    source = sniff(data, filename)
    if source == "fit":
        parts = read_fit(data)
    elif source == "gpx":
        parts = read_gpx(data)
    else:
        parts = read_tcx(data)
    baseline = (
        baseline_kcal_per_min
        if baseline_kcal_per_min is not None
        else one_met_kcal_per_min(mass_kg)
    )
    if len(parts) > MAX_PARTS:
        raise BadActivityFile(refusals.TOO_MANY_PARTS.format(limit=MAX_PARTS))
    events = tuple(to_event(p, source, mass_kg, baseline) for p in parts)
    if not events:
        raise BadActivityFile(refusals.NO_ACTIVITY)
    logger.info("read %s file: %d part(s), %d bytes", source, len(events), len(data))
    return events
