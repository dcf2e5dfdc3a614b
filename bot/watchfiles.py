"""Watch and app exports (.fit, .gpx, .tcx, optionally gzipped) -> run or activity events.

An edge adapter: it may import the file readers (fitdecode, gpxpy, defusedxml) and `engine`,
never telegram or storage. Everything it cannot read becomes `BadActivityFile` with a reply a
runner can act on, and nothing is returned, so nothing is stored.

Rules, in the order they matter:

- **The device's summary wins.** FIT `session` (else `lap`) totals and TCX `Lap` totals give
  start, timer, elapsed and distance; points are used only when a file has no summary, and then
  pauses are left out (gpxpy moving time and distance, or FIT records whose gap is <= 30 s and
  speed >= 1 km/h). Start is never `file_id.time_created` (a Fenix 2 writes the *end* there) nor
  GPX `<metadata><time>` (Garmin Connect writes the export time).
- **Timer vs elapsed.** `duration_s` is the timer (moving) time and drives the energy estimate;
  `elapsed_s` is wall-clock time from start to end, pauses included.
- **One event per sport part.** Multisport FIT sessions and TCX activities each become an event;
  transitions are dropped. GPX tracks are grouped by consecutive `<type>`.
- **Sport.** `sport` keeps what the file says. Running -> `RunLogged`; cycling/walking/hiking/
  swimming -> `ActivityLogged("cycle"/"walk"/"hike"/"swim")`; other named sports keep their name.
  When the file names no sport (GPX without `<type>`, FIT `generic`, TCX `Other`), the average
  moving speed decides: < 7 km/h is a walk, >= 18 km/h (faster than 3:20/km) a ride, else a run.
- **Hostile input is bounded before any parser runs.** 20 MB on the wire (the Bot API's
  download limit), 20 MB after gunzip (read in chunks with a cap, so a gzip bomb stops there),
  XML with any DTD refused (billion laughs, external entities). Before gpxpy or ElementTree
  builds a tree, a streaming census counts *every* element (at most 300,000: a tree costs
  ~400 bytes an element, whatever its name, so `<wpt>`, empty `<trkseg/>` or `<extensions>`
  floods stop here too), the nesting depth (32) and each element's text and attributes
  (64 kB: a 19 MB `<type>` is refused, not stored), besides at most 100,000 track points.
  FIT decoding streams: at most 200,000 messages (55 h at 1 Hz), 1,000 laps and 10
  sessions are kept. A file gives at most 10 events (MAX_PARTS), and the only text stored
  from it, the sport, must be `[a-z_]{1,32}` (else it is stored as no sport). At the caps a
  file costs a few seconds and at most ~150 MB (bench/bench_import.py).
  `read_activity_file_in_worker` runs the decoding on one dedicated thread, so uploads queue
  instead of adding up, and nothing occupies the event loop's shared default pool.
  Zip archives are refused with a request to unzip (one file per message keeps this simple).
- **Lenient FIT reading.** A FIT read that fails part-way (bad CRC, truncated, corrupt) is kept
  only if complete session summaries were decoded before the error: Strava writes its session
  at the start of the file, so its corrupt-as-recorded files still import with the device's own
  numbers. Without a session (a Garmin cut off before its summary at the end) the file is refused.
- **Relative time.** FIT times below 0x10000000 count seconds since the watch powered on, not
  UTC; such a file has no date, and the reply asks the runner to type the run with its day
  (there is no date hint parameter: the bot would have to hold the file across messages).
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import io
import logging
import math
import re
import struct
import zlib
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

import defusedxml
import defusedxml.ElementTree as SafeET
import fitdecode
import gpxpy
import gpxpy.geo
import gpxpy.gpx

from engine.activities import ACTIVITIES, activity_met
from engine.energy import (
    met_gross_kcal,
    net_kcal,
    one_met_kcal_per_min,
    route_climb_factor,
    run_net_kcal,
)
from engine.errors import BadActivityFile
from engine.events import ActivityLogged, RunLogged

__all__ = [
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "MAX_FILE_BYTES",
    "MAX_FIT_MESSAGES",
    "MAX_PARTS",
    "MAX_POINTS",
    "MAX_TEXT_CHARS",
    "MAX_UNPACKED_BYTES",
    "device_kcal_note",
    "read_activity_file",
    "read_activity_file_in_worker",
]

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024  # Bot API getFile limit: bots cannot download more
MAX_UNPACKED_BYTES = 20 * 1024 * 1024  # past MAX_ELEMENTS long before: 37,000 HR points are 10 MB
MAX_POINTS = 100_000  # GPX/TCX track points: 27 h at one a second
MAX_FIT_MESSAGES = 200_000  # FIT data messages of any kind: 55 h of records at 1 Hz
MAX_ELEMENTS = 300_000  # XML elements of any kind: 27 h of bare points, 10 h with HR and cadence
MAX_DEPTH = 32  # XML nesting; TCX's deepest (an extension's speed) is 9
MAX_TEXT_CHARS = 64 * 1024  # one element's text, or its attributes together
MAX_PARTS = 10  # sport parts (events) from one file: a triathlon with transitions is 5
MAX_FIT_LAPS = 1_000  # a 160 km ultra with 1 km auto-laps has 160

Source = Literal["fit", "gpx", "tcx"]
FileEvent = RunLogged | ActivityLogged

_TCX_NS = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"
_FIT_RELATIVE_LIMIT = 0x10000000  # FIT profile: date_time values below this are device-relative
_MAX_RECORD_GAP_S = 30.0  # a longer silence between FIT records is a pause
_STOPPED_M_PER_S = 1 / 3.6  # gpxpy's default stopped threshold, 1 km/h
_MAX_DURATION_S = 3 * 24 * 3600.0
_MAX_RUN_KMH = 30.0  # whole-run average; the marathon record is ~21 km/h
_WALK_BELOW_KMH = 7.0
_RIDE_FROM_KMH = 18.0

#: What a file's sport means for us: run, or the activity name ActivityLogged carries.
_SPORT_KINDS = {
    "running": "run",
    "run": "run",
    "trail_running": "run",
    "cycling": "cycle",
    "biking": "cycle",
    "bike": "cycle",
    "ride": "cycle",
    "walking": "walk",
    "walk": "walk",
    "hiking": "hike",
    "hike": "hike",
    "swimming": "swim",
    "swim": "swim",
    # Strava's older GPX exports number the type; 9 is a run (cpfair/tapiriik issue #574).
    # Other numbers fall through to the speed rule.
    "9": "run",
}
_UNSTATED_SPORTS = {"", "generic", "other", "all", "0"}
_TRANSITIONS = {"transition", "transition_run", "transition_bike", "transition_swim"}

#: File sports that name an activity engine.activities knows (its Compendium METs).
_ACTIVITY_SPORTS = {
    "rowing": "row",
    "cross_country_skiing": "ski",
    "alpine_skiing": "ski",
    "tennis": "tennis",
    "soccer": "football",
    "basketball": "basketball",
    "rock_climbing": "climb",
    "inline_skating": "skate",
    "ice_skating": "skate",
    "dance": "dance",
    "yoga": "yoga",
    "pilates": "pilates",
}
_OTHER_MET = 4.0  # [J] a moderate effort, for sports engine.activities has no row for

#: What a stored sport name may be: a file's sport is free text (GPX `<type>`).
_SPORT_NAME = re.compile(r"[a-z_]{1,32}")
#: One thread decodes files, one at a time: files queue instead of adding up in memory, and
#: the event loop's default pool stays free for what else needs it.
_DECODER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="watchfile")

_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"
#: fitdecode raises more than FitError on corrupt bytes: fuzzing real files with flipped,
#: cut and spliced bytes also gave ValueError, AssertionError, KeyError and TypeError from
#: inside its reader. At this boundary they all mean "the file is damaged".
_FIT_DECODER_ERRORS = (
    fitdecode.FitError,
    ArithmeticError,
    AssertionError,
    LookupError,
    TypeError,
    ValueError,
    struct.error,
)
#: expat raises LookupError for an unknown encoding declaration, gpxpy ValueError and its own.
_XML_ERRORS = (XMLParseError, LookupError, ValueError)

# Replies. Each says what happened and what to do instead.
_TOO_BIG = (
    "This file is over 20 MB, and Telegram doesn't let bots download files that big. "
    "Export just this one activity as .fit (the smallest format) and send that."
)
_EMPTY = "This file is empty. Export the activity again from your watch app and send the new file."
_NOT_ACTIVITY = (
    "I can't read this as an activity file. Send the .fit, .gpx or .tcx file that your watch or "
    "app exports (gzipped is fine)."
)
_ZIP = (
    "This is a .zip archive (Garmin Connect's 'Export Original' makes one). Unzip it and send "
    "the .fit file inside."
)
_DAMAGED = (
    "This file is named .{suffix} but its content isn't one I can read; it may be damaged. "
    "Export the activity again from your watch app and send the new file."
)
_BAD_GZIP = "This .gz file is damaged, so I couldn't unpack it. Send the activity file unzipped."
_GZIP_TOO_BIG = (
    "Unpacked, this file is over 20 MB, far more than any single activity. "
    "Export just this one activity and send that."
)
_TOO_MANY_POINTS = (
    "This file has more than {limit:,} points, far more than one activity records. "
    "Export just this one activity and send that."
)
_TOO_MANY_ELEMENTS = (
    "This file has more than {limit:,} entries, far more than one activity records. "
    "Export just this one activity and send that."
)
_TOO_DEEP = (
    "This file is nested far deeper than any activity file, so I won't open it. "
    "Export the activity again from your watch app."
)
_TEXT_TOO_LONG = (
    "This file has a text field over 64 kB, far longer than any activity file needs, so I "
    "won't open it. Export the activity again from your watch app."
)
_TOO_MANY_PARTS = (
    "This file holds more than {limit} activities. Export them one at a time and send each "
    "file."
)
_TOO_MANY_LAPS = (
    f"This file has more than {MAX_FIT_LAPS:,} laps, far more than one activity records. "
    "Export just this one activity and send that."
)
_UNSAFE_XML = (
    "This file uses XML features that activity files never need (a DTD or entities), "
    "so I won't open it. Export the activity again from your watch app."
)
_TRUNCATED = (
    "This file stops part-way (it was cut off or damaged), before the summary of the activity. "
    "Export it again from your watch app, or type it instead, like 'ran 8 km in 45 min'."
)
_NO_ACTIVITY = (
    "This file has no recorded activity in it (it may be a course, a workout plan or a "
    "settings file). Send the file of the run itself."
)
_NO_TIMES = (
    "This file has no timestamps, so I can't tell when you ran. Send '{example} yesterday' "
    "instead, with your own time and day."
)
_RELATIVE_TIME = (
    "Your watch hadn't set its clock when it recorded this, so the file has no date and I "
    "can't tell when you ran. Send '{example} yesterday' instead, with the right day."
)
_NO_DISTANCE = (
    "This run has no distance in the file, so I can't estimate it. "
    "Send 'ran 8 km in {minutes} min' instead, with your distance."
)
_NO_MOVEMENT = "This file doesn't show any movement, so there is nothing to log."
_TOO_LONG = (
    "This file says the activity lasted more than 3 days, so its summary must be damaged. "
    "Export it again from your watch app, or type it, like 'ran 8 km in 45 min'."
)
_TOO_FAST = (
    "This run averages {kmh:.0f} km/h, faster than anyone runs: was the watch left on in a car "
    "or on a bike? Type the run instead, like 'ran 8 km in 45 min'."
)


@dataclass(frozen=True)
class _Part:
    """One sport part of a file, in the file's own terms, before it becomes an event."""

    sport: str | None
    sub_sport: str | None
    at: datetime
    duration_s: float
    elapsed_s: float
    distance_m: float | None
    elevation_gain_m: float | None = None
    avg_heart_rate: float | None = None
    device_kcal: float | None = None
    #: The route's cost against the flat from its (distance, altitude) points (science.md §3.4
    #: rev 2); None when the file has no such points (a FIT session's summary).
    route_factor: float | None = None


def read_activity_file(
    data: bytes,
    filename: str,
    *,
    mass_kg: float,
    baseline_kcal_per_min: float | None = None,
) -> tuple[RunLogged | ActivityLogged, ...]:
    """Read one exported file into one event per sport part; raise BadActivityFile otherwise.

    `energy_kcal` is our net estimate for `mass_kg`: gross minus `baseline_kcal_per_min`
    (the runner's REE x NEF per minute, science.md §2), or minus 1 MET when it is None.
    """
    data = _unwrap(data)
    source = _sniff(data, filename)
    if source == "fit":
        parts = _read_fit(data)
    elif source == "gpx":
        parts = _read_gpx(data)
    else:
        parts = _read_tcx(data)
    baseline = (
        baseline_kcal_per_min
        if baseline_kcal_per_min is not None
        else one_met_kcal_per_min(mass_kg)
    )
    if len(parts) > MAX_PARTS:
        raise BadActivityFile(_TOO_MANY_PARTS.format(limit=MAX_PARTS))
    events = tuple(_to_event(p, source, mass_kg, baseline) for p in parts)
    if not events:
        raise BadActivityFile(_NO_ACTIVITY)
    logger.info("read %s file: %d part(s), %d bytes", source, len(events), len(data))
    return events


async def read_activity_file_in_worker(
    data: bytes,
    filename: str,
    *,
    mass_kg: float,
    baseline_kcal_per_min: float | None = None,
) -> tuple[RunLogged | ActivityLogged, ...]:
    """`read_activity_file` on the one decoding thread; the event loop keeps answering."""
    read = functools.partial(read_activity_file, data, filename, mass_kg=mass_kg,
                             baseline_kcal_per_min=baseline_kcal_per_min)
    return await asyncio.get_running_loop().run_in_executor(_DECODER, read)


def device_kcal_note(event: RunLogged | ActivityLogged) -> str | None:
    """One line on why the device's calories differ from ours, or None if it gave none.

    Only the reason: callers show both figures beside it ("your device says 516 kcal: ...").
    """
    if event.device_kcal is None:
        return None
    device, ours = event.device_kcal, event.energy_kcal
    if abs(device - ours) <= max(10.0, 0.05 * device):
        return (
            "close to my figure, though the watch counts everything burned in those minutes "
            "(gross) and I count only the extra above resting (net)."
        )
    if device > ours:
        return (
            "the watch counts everything you burned in those minutes (gross); I count only the "
            "extra above what your body burns anyway (net), since that part is already in your "
            "day's budget."
        )
    return (
        "the watch counts everything burned in those minutes (gross) but by its own model, "
        "often from heart rate; mine counts only the extra above resting (net), from pace and "
        "climb, and still comes out higher."
    )


# --- bytes in: size, gzip, format ----------------------------------------------------------


def _unwrap(data: bytes) -> bytes:
    if len(data) > MAX_FILE_BYTES:
        raise BadActivityFile(_TOO_BIG)
    if _blank(data):
        raise BadActivityFile(_EMPTY)
    if data.startswith(_ZIP_MAGIC):
        raise BadActivityFile(_ZIP)
    if data.startswith(_GZIP_MAGIC):  # by content: a ".gz" name on a plain file is harmless
        data = _gunzip(data)
        if _blank(data):
            raise BadActivityFile(_EMPTY)
    return data


def _blank(data: bytes) -> bool:
    """Empty or only whitespace; copies the whole file only if its first 4 kB are blank."""
    return not data[:4096].strip() and not data.strip()


def _gunzip(data: bytes) -> bytes:
    """Unpack in 1 MB chunks up to MAX_UNPACKED_BYTES, so a gzip bomb costs only that much."""
    unpacked = io.BytesIO()  # getvalue() hands over its buffer: no second copy at the end
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as packed:
            while chunk := packed.read(1024 * 1024):
                unpacked.write(chunk)
                if unpacked.tell() > MAX_UNPACKED_BYTES:
                    raise BadActivityFile(_GZIP_TOO_BIG)
    except (OSError, EOFError, zlib.error) as e:
        raise BadActivityFile(_BAD_GZIP) from e
    content = unpacked.getvalue()
    if content.startswith(_GZIP_MAGIC):
        raise BadActivityFile(_NOT_ACTIVITY)  # gzip in gzip: no exporter does that
    return content


def _sniff(data: bytes, filename: str) -> Source:
    """Decide the format from the content, not the name: names and extensions lie.

    The name only words the refusal: a ".fit" that is not FIT is probably damaged.
    """
    if len(data) >= 12 and data[8:12] == b".FIT":
        return "fit"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        root = _scan_xml(data)
        if root == "gpx":
            return "gpx"
        if root == "TrainingCenterDatabase":
            return "tcx"
    suffix = filename.lower().removesuffix(".gz").rpartition(".")[2]
    if suffix in ("fit", "gpx", "tcx"):
        raise BadActivityFile(_DAMAGED.format(suffix=suffix))
    raise BadActivityFile(_NOT_ACTIVITY)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


class _XmlCensus:
    """ElementTree parser target that builds no tree: notes the root, counts and measures.

    Every element counts (a tree costs the same per element whatever its name), and so do
    nesting depth, each element's text and its attributes: what any tree built later costs.
    """

    def __init__(self) -> None:
        self.root = ""
        self.points = 0
        self.elements = 0
        self.depth = 0
        self.text = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = _local(tag)
        if not self.root:
            self.root = name
        self.elements += 1
        self.depth += 1
        self.text = 0
        if self.elements > MAX_ELEMENTS:
            raise BadActivityFile(_TOO_MANY_ELEMENTS.format(limit=MAX_ELEMENTS))
        if self.depth > MAX_DEPTH:
            raise BadActivityFile(_TOO_DEEP)
        if sum(len(k) + len(v) for k, v in attrib.items()) > MAX_TEXT_CHARS:
            raise BadActivityFile(_TEXT_TOO_LONG)
        if name in ("trkpt", "Trackpoint", "rtept"):
            self.points += 1
            if self.points > MAX_POINTS:
                raise BadActivityFile(_TOO_MANY_POINTS.format(limit=MAX_POINTS))

    def data(self, text: str) -> None:
        self.text += len(text)
        if self.text > MAX_TEXT_CHARS:
            raise BadActivityFile(_TEXT_TOO_LONG)

    def end(self, _tag: str) -> None:
        self.depth -= 1
        self.text = 0

    def close(self) -> str:
        return self.root


def _scan_xml(data: bytes) -> str | None:
    """Parse the XML once with DTDs forbidden, counting points; return the root's local name.

    gpxpy parses with the standard library without defusing, so nothing reaches it before this
    pass has refused DTDs (billion laughs, external entities) and absurd point counts. The
    target keeps no elements, so memory stays flat however long the file is. None: not
    well-formed XML (cut off, damaged, or not XML at all).
    """
    census = _XmlCensus()
    parser = SafeET.XMLParser(target=census, forbid_dtd=True)
    try:
        parser.feed(data)
        parser.close()
    except defusedxml.DefusedXmlException as e:
        raise BadActivityFile(_UNSAFE_XML) from e
    except _XML_ERRORS:
        return None
    return census.root


# --- FIT -----------------------------------------------------------------------------------


@dataclass
class _FitSummaries:
    """What the first pass over a FIT file keeps: summaries, sports and a record count."""

    sessions: list[dict[str, Any]] = field(default_factory=list)
    laps: list[dict[str, Any]] = field(default_factory=list)
    sports: list[tuple[str | None, str | None]] = field(default_factory=list)
    file_types: set[str] = field(default_factory=set)
    records: int = 0
    #: (time, cumulative distance, altitude) of the records that have all three: the route's
    #: elevation profile, costed per segment (science.md §3.4 rev 2).
    profile: list[tuple[datetime, float, float]] = field(default_factory=list)


def _read_fit(data: bytes) -> list[_Part]:
    """Sessions (else laps) from the file; records only when it has neither."""
    found = _fit_summaries(data)
    if found.file_types and "activity" not in found.file_types:
        raise BadActivityFile(_NO_ACTIVITY)  # a course, workout, settings or monitoring file
    sport, sub_sport = found.sports[0] if found.sports else (None, None)
    if found.sessions:
        sessions = found.sessions
        if len(found.sports) == len(sessions):  # sessions that leave the sport to `sport`
            sessions = [
                {"sport": named, "sub_sport": sub, **session}
                for session, (named, sub) in zip(sessions, found.sports, strict=True)
            ]
        return [_with_route(p, found.profile) for s in sessions
                if (p := _fit_summary(s)) is not None]
    if found.laps:
        part = _fit_summary(_merge_laps(found.laps, sport, sub_sport))
        return [_with_route(part, found.profile)] if part is not None else []
    if found.records:  # costed per segment of its own profile too (§3.4 rev 2)
        return [_with_route(_fit_from_records(data, sport, sub_sport), found.profile)]
    raise BadActivityFile(_NO_ACTIVITY)


def _fit_summaries(data: bytes) -> _FitSummaries:
    """First pass; a decoder error keeps only the complete sessions read before it, if any."""
    found = _FitSummaries()
    try:
        for message in _fit_messages(data):
            if message.name == "record":
                found.records += 1
                if (point := _fit_point(message)) is not None:
                    found.profile.append(point)
            elif message.name == "session":
                found.sessions.append(_fields(message))
                _at_most(found.sessions, MAX_PARTS, _TOO_MANY_PARTS.format(limit=MAX_PARTS))
            elif message.name == "lap":
                found.laps.append(_fields(message))
                _at_most(found.laps, MAX_FIT_LAPS, _TOO_MANY_LAPS)
            elif message.name == "sport":
                fields = _fields(message)
                found.sports.append((_text(fields.get("sport")), _text(fields.get("sub_sport"))))
                _at_most(found.sports, MAX_FIT_LAPS, _TOO_MANY_LAPS)
            elif message.name == "file_id":
                found.file_types.add(str(_fields(message).get("type", "activity")))
    except _FIT_DECODER_ERRORS as e:
        complete = [s for s in found.sessions if _session_is_complete(s)]
        if not complete:
            raise BadActivityFile(_TRUNCATED) from e
        logger.info("kept %d FIT session(s) read before an error: %s", len(complete), e)
        found.sessions = complete
        found.sports = found.sports[: len(complete)]
    return found


def _at_most(kept: Sequence[object], limit: int, refusal: str) -> None:
    if len(kept) > limit:
        raise BadActivityFile(refusal)


_POINT_FIELDS = frozenset({"timestamp", "distance", "enhanced_altitude", "altitude"})


def _fit_point(message: Any) -> tuple[datetime, float, float] | None:
    """A record's (time, distance, altitude); one pass over its fields (hot: 1 Hz files)."""
    found = {f.name: f.value for f in message.fields if f.name in _POINT_FIELDS}
    when, distance = found.get("timestamp"), _finite(found.get("distance"))
    altitude = _finite(found.get("enhanced_altitude"))
    if altitude is None:
        altitude = _finite(found.get("altitude"))
    if not isinstance(when, datetime) or distance is None or altitude is None:
        return None
    return when, distance, altitude


def _with_route(part: _Part, profile: Sequence[tuple[datetime, float, float]]) -> _Part:
    """The part with the cost factor of its own records' elevation profile, if it has one."""
    end = part.at + timedelta(seconds=part.elapsed_s)
    points = [(d, a) for t, d, a in profile if part.at <= t <= end]
    factor = route_climb_factor(points)
    return part if factor is None else replace(part, route_factor=factor)


def _fit_messages(data: bytes) -> Iterator[Any]:
    """Data messages of every chained FIT file, at most MAX_FIT_MESSAGES of them."""
    count = 0
    with fitdecode.FitReader(
        io.BytesIO(data),
        check_crc=fitdecode.CrcCheck.RAISE,
        error_handling=fitdecode.ErrorHandling.IGNORE,
    ) as reader:
        for frame in reader:
            if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                continue
            count += 1
            if count > MAX_FIT_MESSAGES:
                raise BadActivityFile(_TOO_MANY_POINTS.format(limit=MAX_FIT_MESSAGES))
            yield frame


def _fields(message: Any) -> dict[str, Any]:
    return {f.name: f.value for f in message.fields if f.value is not None}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _session_is_complete(session: dict[str, Any]) -> bool:
    return "start_time" in session and (
        "total_timer_time" in session or "total_elapsed_time" in session
    )


def _merge_laps(laps: list[dict[str, Any]], sport: str | None, sub: str | None) -> dict[str, Any]:
    """A session-shaped summary from lap totals, for files that write laps but no session."""
    starts = [lap["start_time"] for lap in laps if "start_time" in lap]
    merged: dict[str, Any] = {"sport": sport, "sub_sport": sub}
    if starts:
        merged["start_time"] = starts[0]
    for key in ("total_timer_time", "total_elapsed_time", "total_distance", "total_calories"):
        values = [lap[key] for lap in laps if key in lap]
        if values:
            merged[key] = sum(values)
    ascents = [lap["total_ascent"] for lap in laps if "total_ascent" in lap]
    if ascents:
        merged["total_ascent"] = sum(ascents)
    heart = [
        (lap["avg_heart_rate"], lap["total_timer_time"])
        for lap in laps
        if lap.get("avg_heart_rate") and lap.get("total_timer_time")
    ]
    if heart:
        merged["avg_heart_rate"] = sum(hr * t for hr, t in heart) / sum(t for _, t in heart)
    return merged


def _example(distance_m: float | None, seconds: float | None) -> str:
    """A message the runner can send instead, with the file's numbers where it has them."""
    km = f"{distance_m / 1000:.1f}" if distance_m else "8"
    minutes = round(seconds / 60) if seconds else 40
    return f"ran {km} km in {minutes} min"


def _fit_summary(s: dict[str, Any]) -> _Part | None:
    """A FIT session (or merged laps) as a part; None for transitions and empty sessions."""
    sport, sub_sport = _text(s.get("sport")), _text(s.get("sub_sport"))
    if sport in _TRANSITIONS:
        return None
    timer = _positive(s.get("total_timer_time")) or _positive(s.get("total_elapsed_time"))
    distance = _nonnegative(s.get("total_distance"))
    start = s.get("start_time")
    if isinstance(start, int) and start < _FIT_RELATIVE_LIMIT:
        raise BadActivityFile(_RELATIVE_TIME.format(example=_example(distance, timer)))
    if not isinstance(start, datetime):
        raise BadActivityFile(_NO_TIMES.format(example=_example(distance, timer)))
    if timer is None:
        return None  # an empty session (started and stopped at once): nothing to log
    elapsed = _positive(s.get("total_elapsed_time")) or timer
    return _Part(
        sport=sport,
        sub_sport=sub_sport,
        at=start.astimezone(UTC),
        duration_s=timer,
        elapsed_s=max(elapsed, timer),
        distance_m=distance,
        elevation_gain_m=_nonnegative(s.get("total_ascent")),
        avg_heart_rate=_positive(s.get("avg_heart_rate")),
        device_kcal=_positive(s.get("total_calories")),
    )


def _positive(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value) if math.isfinite(value) else None
    return None


def _nonnegative(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value) if math.isfinite(value) else None
    return None


def _fit_from_records(data: bytes, sport: str | None, sub_sport: str | None) -> _Part:
    """Second pass, only for files without any summary: totals from records, pauses left out."""
    track = _Track()
    relative = False
    for message in _fit_messages(data):
        if message.name != "record":
            continue
        fields = _fields(message)
        when = fields.get("timestamp")
        if isinstance(when, int):
            relative = relative or when < _FIT_RELATIVE_LIMIT
            continue
        if not isinstance(when, datetime):
            continue
        lat, lon = fields.get("position_lat"), fields.get("position_long")
        position = (
            (lat * 180 / 2**31, lon * 180 / 2**31)
            if isinstance(lat, int) and isinstance(lon, int)
            else None
        )
        track.add(
            when,
            cumulative_m=_nonnegative(fields.get("distance")),
            position=position,
            altitude=_finite(fields.get("enhanced_altitude", fields.get("altitude"))),
            heart_rate=_positive(fields.get("heart_rate")),
        )
    return track.part(sport, sub_sport, relative=relative)


def _finite(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


class _Track:
    """Totals over timed points, leaving out pauses (long gaps or slower than 1 km/h)."""

    def __init__(self) -> None:
        self.first: datetime | None = None
        self.last: datetime | None = None
        self.moving_s = 0.0
        self.moving_m = 0.0
        self._cumulative: float | None = None
        self._position: tuple[float, float] | None = None
        self.altitudes: list[float] = []
        self.heart_rates: list[float] = []

    def add(
        self,
        when: datetime,
        *,
        cumulative_m: float | None,
        position: tuple[float, float] | None,
        altitude: float | None,
        heart_rate: float | None,
    ) -> None:
        step: float | None = None
        if cumulative_m is not None and self._cumulative is not None:
            step = max(0.0, cumulative_m - self._cumulative)
        elif position is not None and self._position is not None:
            step = gpxpy.geo.haversine_distance(*self._position, *position)
        if self.last is not None and step is not None:
            gap = (when - self.last).total_seconds()
            if 0 < gap <= _MAX_RECORD_GAP_S and step / gap >= _STOPPED_M_PER_S:
                self.moving_s += gap
                self.moving_m += step
        self._cumulative = cumulative_m if cumulative_m is not None else self._cumulative
        self._position = position or self._position
        if self.first is None:
            self.first = when
        self.last = when
        if altitude is not None:
            self.altitudes.append(altitude)
        if heart_rate is not None:
            self.heart_rates.append(heart_rate)

    def part(self, sport: str | None, sub_sport: str | None, *, relative: bool) -> _Part:
        if self.first is None or self.last is None:
            template = _RELATIVE_TIME if relative else _NO_TIMES
            raise BadActivityFile(template.format(example=_example(None, None)))
        if self.moving_s <= 0:
            raise BadActivityFile(_NO_MOVEMENT)
        return _Part(
            sport=sport,
            sub_sport=sub_sport,
            at=self.first.astimezone(UTC),
            duration_s=self.moving_s,
            elapsed_s=(self.last - self.first).total_seconds(),
            distance_m=self.moving_m,
            elevation_gain_m=_gain(self.altitudes),
            avg_heart_rate=_mean(self.heart_rates),
        )


def _gain(altitudes: Sequence[float]) -> float | None:
    """Climb over smoothed altitudes, gpxpy's own smoothing (3-point weighted)."""
    if len(altitudes) < 2:
        return None
    up, _ = gpxpy.geo.calculate_uphill_downhill(list(altitudes))
    return float(up)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


# --- GPX -----------------------------------------------------------------------------------


def _read_gpx(data: bytes) -> list[_Part]:
    """Points only (GPX has no summary): moving time and distance from gpxpy, start = 1st point."""
    try:
        gpx = gpxpy.parse(data)
    except (gpxpy.gpx.GPXException, *_XML_ERRORS) as e:
        raise BadActivityFile(_NOT_ACTIVITY) from e
    tracks = [t for t in gpx.tracks if any(s.points for s in t.segments)]
    if not tracks:
        raise BadActivityFile(_NO_ACTIVITY)
    return [_gpx_part(group) for group in _group_by_type(tracks)]


def _group_by_type(tracks: Sequence[Any]) -> Iterator[list[Any]]:
    group: list[Any] = []
    for track in tracks:
        if group and (group[-1].type or None) != (track.type or None):
            yield group
            group = []
        group.append(track)
    yield group


def _gpx_part(tracks: Sequence[Any]) -> _Part:
    points = [p for t in tracks for s in t.segments for p in s.points]
    times = [p.time for p in points if p.time is not None]
    moving_s = moving_m = 0.0
    for track in tracks:
        moving = track.get_moving_data()
        if moving is not None:
            moving_s += moving.moving_time
            moving_m += moving.moving_distance
    # A few stray times on a track that lost the rest (gpxpy's own test file keeps 5 of 296)
    # would log kilometres in seconds: ask for the date instead.
    if len(times) < 2 or len(times) < 0.95 * len(points):
        length = sum(t.length_3d() for t in tracks)
        raise BadActivityFile(_NO_TIMES.format(example=_example(length, None)))
    if moving_s <= 0:
        raise BadActivityFile(_NO_MOVEMENT)
    start, end = min(times), max(times)
    elevations = [p.elevation for p in points if p.elevation is not None]
    sport = _text(tracks[0].type)
    return _Part(
        sport=sport,
        sub_sport=None,
        at=_aware(start),
        duration_s=moving_s,
        elapsed_s=(end - start).total_seconds(),
        distance_m=moving_m,
        elevation_gain_m=float(gpxpy.geo.calculate_uphill_downhill(elevations)[0])
        if len(elevations) >= 2
        else None,
        avg_heart_rate=_mean([hr for p in points if (hr := _gpx_heart_rate(p)) is not None]),
        route_factor=route_climb_factor(_gpx_profile(points)),
    )


def _gpx_profile(points: Sequence[Any]) -> list[tuple[float, float]]:
    """(cumulative distance, elevation) of the points that have both."""
    profile: list[tuple[float, float]] = []
    walked, previous = 0.0, None
    for p in points:
        if previous is not None:
            walked += gpxpy.geo.haversine_distance(previous.latitude, previous.longitude,
                                                   p.latitude, p.longitude)
        previous = p
        if p.elevation is not None:
            profile.append((walked, p.elevation))
    return profile


def _aware(value: datetime) -> datetime:
    """GPX and TCX times are UTC by specification; a naive one is read as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _gpx_heart_rate(point: Any) -> float | None:
    """Heart rate from Garmin's TrackPointExtension (`gpxtpx:hr`) or a bare `<hr>`."""
    for extension in point.extensions:
        for element in extension.iter():
            if _local(element.tag).lower() in ("hr", "heartrate"):
                return _positive(_float(element.text))
    return None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


# --- TCX -----------------------------------------------------------------------------------


def _read_tcx(data: bytes) -> list[_Part]:
    """Each `<Activity>` (also inside a MultiSportSession) is a part; Lap totals are its summary."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except (defusedxml.DefusedXmlException, *_XML_ERRORS) as e:  # _scan_xml saw it first
        raise BadActivityFile(_NOT_ACTIVITY) from e
    activities = list(root.iter(f"{_TCX_NS}Activity"))
    if not activities:
        raise BadActivityFile(_NO_ACTIVITY)
    return [_tcx_part(a) for a in activities]


def _tcx_part(activity: Element) -> _Part:
    laps = activity.findall(f"{_TCX_NS}Lap")
    points = [p for lap in laps for p in lap.iter(f"{_TCX_NS}Trackpoint")]
    times = [t for p in points if (t := _tcx_time(p.findtext(f"{_TCX_NS}Time"))) is not None]
    lap_starts = [t for lap in laps if (t := _tcx_time(lap.get("StartTime"))) is not None]
    timer = sum(_float(lap.findtext(f"{_TCX_NS}TotalTimeSeconds")) or 0.0 for lap in laps)
    lap_m = [_float(lap.findtext(f"{_TCX_NS}DistanceMeters")) for lap in laps]
    distance = sum(m for m in lap_m if m is not None) if any(m is not None for m in lap_m) else None
    starts = lap_starts or times
    if not starts:
        raise BadActivityFile(_NO_TIMES.format(example=_example(distance, timer)))
    start = min(starts)
    span = (max(times) - start).total_seconds() if times else 0.0
    if timer <= 0:
        timer = span
    if timer <= 0:
        raise BadActivityFile(_NO_MOVEMENT)
    if distance is None:
        cumulative = [_float(p.findtext(f"{_TCX_NS}DistanceMeters")) for p in points]
        distance = max((m for m in cumulative if m is not None), default=None)
    lap_kcal = [_float(lap.findtext(f"{_TCX_NS}Calories")) for lap in laps]
    altitudes = [a for p in points if (a := _float(p.findtext(f"{_TCX_NS}AltitudeMeters")))]
    profile = [(d, a) for p in points
               if (d := _float(p.findtext(f"{_TCX_NS}DistanceMeters"))) is not None
               and (a := _float(p.findtext(f"{_TCX_NS}AltitudeMeters"))) is not None]
    return _Part(
        sport=activity.get("Sport"),
        sub_sport=None,
        at=start,
        duration_s=timer,
        elapsed_s=max(timer, span),
        distance_m=distance,
        elevation_gain_m=_gain(altitudes),
        avg_heart_rate=_tcx_heart_rate(laps, points),
        device_kcal=_positive(sum(k for k in lap_kcal if k is not None)),
        route_factor=route_climb_factor(profile),
    )


def _tcx_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return _aware(datetime.fromisoformat(text.strip()))
    except ValueError:
        return None


def _tcx_heart_rate(laps: Sequence[Element], points: Sequence[Element]) -> float | None:
    """Lap averages weighted by lap time; the mean of trackpoints when laps have none."""
    weighted = [
        (hr, seconds)
        for lap in laps
        if (hr := _float(lap.findtext(f"{_TCX_NS}AverageHeartRateBpm/{_TCX_NS}Value")))
        and (seconds := _float(lap.findtext(f"{_TCX_NS}TotalTimeSeconds")))
    ]
    if weighted:
        return sum(hr * s for hr, s in weighted) / sum(s for _, s in weighted)
    path = f"{_TCX_NS}HeartRateBpm/{_TCX_NS}Value"
    return _mean([hr for p in points if (hr := _float(p.findtext(path)))])


# --- parts -> events -----------------------------------------------------------------------


def _sport_name(sport: str | None) -> str | None:
    """The file's sport as it is stored: `[a-z_]{1,32}` ("Trail Running" -> "trail_running").

    A sport is the only text a file puts in the database, and GPX's `<type>` is free text:
    anything else (too long, digits, symbols, scripts) is stored as no sport at all.
    """
    name = "_".join((sport or "").lower().split())
    return name if _SPORT_NAME.fullmatch(name) else None


def _kind(part: _Part) -> str:
    """Our kind for the file's sport: "run", or the activity name ActivityLogged carries."""
    sport = "_".join((part.sport or "").lower().split())
    if sport in _SPORT_KINDS:
        return _SPORT_KINDS[sport]
    if sport in _ACTIVITY_SPORTS:
        return _ACTIVITY_SPORTS[sport]
    if sport not in _UNSTATED_SPORTS and (name := _sport_name(sport)) is not None:
        return name
    if part.distance_m and part.duration_s:
        kmh = part.distance_m / part.duration_s * 3.6
        if kmh < _WALK_BELOW_KMH:
            return "walk"
        if kmh >= _RIDE_FROM_KMH:
            return "cycle"
    return "run"


def _to_event(part: _Part, source: Source, mass_kg: float, baseline: float) -> FileEvent:
    kind = _kind(part)
    _check_plausible(part, kind)
    common: dict[str, Any] = {
        "at": part.at,
        "duration_s": part.duration_s,
        "source": source,
        "elapsed_s": part.elapsed_s,
        "avg_heart_rate": part.avg_heart_rate,
        "device_kcal": part.device_kcal,
        "sport": _sport_name(part.sport),
    }
    if kind == "run":
        if not part.distance_m:
            raise BadActivityFile(_NO_DISTANCE.format(minutes=round(part.duration_s / 60)))
        energy = run_net_kcal(
            distance_m=part.distance_m,
            duration_s=part.duration_s,
            mass_kg=mass_kg,
            baseline_per_min=baseline,
            elevation_gain_m=part.elevation_gain_m,
            treadmill_grade=0.0 if part.sub_sport == "treadmill" else None,
            route_factor=part.route_factor,
        )
        return RunLogged(
            distance_m=part.distance_m,
            elevation_gain_m=part.elevation_gain_m,
            energy_kcal=round(energy, 1),
            **common,
        )
    gross = met_gross_kcal(_met(kind, part), mass_kg, part.duration_s)
    return ActivityLogged(
        activity=kind,
        distance_m=part.distance_m,
        energy_kcal=round(net_kcal(gross, part.duration_s, baseline), 1),
        **common,
    )


def _check_plausible(part: _Part, kind: str) -> None:
    """Refuse what no runner did: a corrupt summary, or a drive recorded in run mode."""
    if part.duration_s > _MAX_DURATION_S:
        raise BadActivityFile(_TOO_LONG)
    if kind == "run" and part.distance_m:
        kmh = part.distance_m / part.duration_s * 3.6
        if kmh > _MAX_RUN_KMH:
            raise BadActivityFile(_TOO_FAST.format(kmh=kmh))


def _met(kind: str, part: _Part) -> float:
    """engine.activities' Compendium METs (by speed for walks and rides), else a moderate 4."""
    if kind in ACTIVITIES:
        return activity_met(kind, part.distance_m, part.duration_s)
    return _OTHER_MET
