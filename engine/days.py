"""A runner's day is a local calendar day, built from local midnights.

Storage keeps UTC and users live in different zones (STYLE.md 3.3), so a "day" is the span from
one local midnight to the next, converted to UTC. On a DST day that span lasts 23 or 25 hours;
adding 24 hours to the start would put a late dinner in the wrong day. Both functions below use
the same conversion, so consecutive windows tile without gaps and `local_day` agrees with them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo


def _local_midnight_utc(day: date, tz: ZoneInfo) -> datetime:
    """The first instant of `day` in `tz`, in UTC.

    A midnight skipped by DST (e.g. America/Santiago in September) resolves with fold=0 to the
    instant the day really starts (01:00 local); a repeated one resolves to its first occurrence.
    """
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


@lru_cache(maxsize=4096)
def day_window(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC `[start, end)` of the local `day`: 23 h, 24 h or 25 h long.

    Cached: every balance asks for the same few dozen days (the function is pure).
    """
    return _local_midnight_utc(day, tz), _local_midnight_utc(day + timedelta(days=1), tz)


@lru_cache(maxsize=100_000)
def local_day(at: datetime, tz: ZoneInfo) -> date:
    """The user's calendar day of an aware instant (a meal at 00:30 belongs to the new day).

    Cached: each balance re-reads the same stored instants (a year of weigh-ins, 28 days of
    meals), and a lookup costs a fifth of a zone conversion.
    """
    return at.astimezone(tz).date()


@cache
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo of an IANA name, kept: ZoneInfo keeps only 8 zones hot, and with runners
    in dozens of zones it would re-read their files."""
    return ZoneInfo(name)
