"""A tiny FIT *writer* for test and benchmark fixtures only; the bot never decodes with it.

fitdecode can only read, and the venv has no FIT writer, so tests that need FIT files we
cannot find in the wild (a 2-hour 1 Hz run, a file with records but no session, a file with
a million records) build them here. It writes what the FIT SDK calls normal headers: one
definition message per message layout, then data messages, with the 14-byte file header and
both CRCs. Only the few fields the tests use are known; values are given in display units
(m, s, bpm, datetimes) and scaled as the FIT profile says.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)

_CRC_TABLE = (
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
)  # fmt: skip

# base type id -> struct format
_BASE = {0x00: "B", 0x02: "B", 0x84: "H", 0x85: "i", 0x86: "I", 0x8C: "I"}
ENUM, UINT8, UINT16, SINT32, UINT32, UINT32Z = 0x00, 0x02, 0x84, 0x85, 0x86, 0x8C

# message name -> (global number, {field name: (field number, base type, scale, offset)})
_PROFILE: dict[str, tuple[int, dict[str, tuple[int, int, float, float]]]] = {
    "file_id": (
        0,
        {
            "type": (0, ENUM, 1, 0),
            "manufacturer": (1, UINT16, 1, 0),
            "product": (2, UINT16, 1, 0),
            "serial_number": (3, UINT32Z, 1, 0),
            "time_created": (4, UINT32, 1, 0),
        },
    ),
    "sport": (12, {"sport": (0, ENUM, 1, 0), "sub_sport": (1, ENUM, 1, 0)}),
    "record": (
        20,
        {
            "timestamp": (253, UINT32, 1, 0),
            "position_lat": (0, SINT32, 1, 0),
            "position_long": (1, SINT32, 1, 0),
            "altitude": (2, UINT16, 5, 500),
            "heart_rate": (3, UINT8, 1, 0),
            "distance": (5, UINT32, 100, 0),
            "speed": (6, UINT16, 1000, 0),
        },
    ),
    "lap": (
        19,
        {
            "timestamp": (253, UINT32, 1, 0),
            "start_time": (2, UINT32, 1, 0),
            "total_elapsed_time": (7, UINT32, 1000, 0),
            "total_timer_time": (8, UINT32, 1000, 0),
            "total_distance": (9, UINT32, 100, 0),
        },
    ),
    "session": (
        18,
        {
            "timestamp": (253, UINT32, 1, 0),
            "start_time": (2, UINT32, 1, 0),
            "sport": (5, ENUM, 1, 0),
            "sub_sport": (6, ENUM, 1, 0),
            "total_elapsed_time": (7, UINT32, 1000, 0),
            "total_timer_time": (8, UINT32, 1000, 0),
            "total_distance": (9, UINT32, 100, 0),
            "total_calories": (11, UINT16, 1, 0),
            "avg_heart_rate": (16, UINT8, 1, 0),
            "total_ascent": (22, UINT16, 1, 0),
        },
    ),
}
SPORTS = {"generic": 0, "running": 1, "cycling": 2, "transition": 3, "swimming": 5}
Value = float | int | datetime | str


def crc16(data: bytes, crc: int = 0) -> int:
    """The FIT SDK's CRC-16, nibble by nibble."""
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


def fit_time(value: datetime | int) -> int:
    """Seconds since the FIT epoch; ints pass through (to write relative times on purpose)."""
    if isinstance(value, int):
        return value
    return int((value - FIT_EPOCH).total_seconds())


def _raw(field: tuple[int, int, float, float], value: Value) -> int:
    _, _, scale, offset = field
    if isinstance(value, datetime):
        return fit_time(value)
    if isinstance(value, str):
        return SPORTS[value]
    return round((value + offset) * scale)


def encode(messages: Iterable[tuple[str, Mapping[str, Value]]]) -> bytes:
    """Build one FIT file from (message name, {field: value}) pairs, in order."""
    body = bytearray()
    layouts: dict[tuple[str, tuple[str, ...]], int] = {}
    for name, values in messages:
        global_num, fields = _PROFILE[name]
        key = (name, tuple(values))
        if key not in layouts:
            local = len(layouts) % 16
            layouts = {k: v for k, v in layouts.items() if v != local}
            layouts[key] = local
            body += struct.pack("<BBBHB", 0x40 | local, 0, 0, global_num, len(values))
            for field_name in values:
                num, base, _, _ = fields[field_name]
                body += struct.pack("<BBB", num, struct.calcsize(_BASE[base]), base)
        local = layouts[key]
        fmt = "<B" + "".join(_BASE[fields[f][1]] for f in values)
        body += struct.pack(fmt, local, *(_raw(fields[f], v) for f, v in values.items()))
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT")
    header += struct.pack("<H", crc16(header))
    data = header + bytes(body)
    return data + struct.pack("<H", crc16(data))


def run_messages(
    *,
    start: datetime,
    seconds: int,
    speed_m_s: float = 3.0,
    sport: str = "running",
    with_session: bool = True,
    pause: tuple[int, int] | None = None,
) -> list[tuple[str, dict[str, Value]]]:
    """A 1 Hz activity: file_id, one record a second (GPS, altitude, HR, distance), lap, session.

    `pause=(at_s, length_s)` stops recording for `length_s` seconds after `at_s`, as a watch
    does when auto-pause kicks in: the clock (elapsed) runs on, the timer does not.
    """
    messages: list[tuple[str, dict[str, Value]]] = [
        ("file_id", {"type": 4, "manufacturer": 1, "product": 1, "time_created": start}),
        ("sport", {"sport": sport, "sub_sport": "generic"}),
    ]
    lat0, lon0 = 47.0, 8.0
    semicircles = 2**31 / 180
    distance = 0.0
    t = 0
    paused = 0
    for i in range(seconds):
        if pause is not None and i == pause[0]:
            t += pause[1]
            paused = pause[1]
        distance += speed_m_s if i else 0.0
        messages.append(
            (
                "record",
                {
                    "timestamp": start + timedelta(seconds=t),
                    "position_lat": round((lat0 + distance / 111_195) * semicircles),
                    "position_long": round(lon0 * semicircles),
                    "altitude": 400 + 10 * ((i // 300) % 2),
                    "heart_rate": 150,
                    "distance": distance,
                    "speed": speed_m_s,
                },
            )
        )
        t += 1
    end = start + timedelta(seconds=t - 1)
    summary: dict[str, Value] = {
        "timestamp": end,
        "start_time": start,
        "total_elapsed_time": t - 1,
        "total_timer_time": t - 1 - paused,
        "total_distance": distance,
    }
    messages.append(("lap", summary))
    if with_session:
        messages.append(
            (
                "session",
                {
                    **summary,
                    "sport": sport,
                    "sub_sport": "generic",
                    "total_calories": round(distance / 1000 * 70),
                    "avg_heart_rate": 150,
                },
            )
        )
    return messages
