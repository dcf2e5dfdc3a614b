"""Local days: built from local midnights, so DST days last 23 or 25 hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.days import day_window, local_day

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [
    ZoneInfo(z)
    for z in (
        "Europe/Berlin",
        "America/New_York",
        "America/Santiago",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "UTC",
    )
]


class TestDayWindow:
    def test_an_ordinary_day_lasts_24_hours_from_local_midnight(self) -> None:
        """A Berlin winter day runs from 23:00 UTC the evening before, for 24 hours."""
        start, end = day_window(date(2026, 1, 15), BERLIN)
        assert start == datetime(2026, 1, 14, 23, tzinfo=UTC)
        assert end - start == timedelta(hours=24)

    def test_the_spring_forward_day_lasts_23_hours(self) -> None:
        """The day the clocks go forward is one hour short."""
        start, end = day_window(date(2026, 3, 29), BERLIN)
        assert (start, end - start) == (datetime(2026, 3, 28, 23, tzinfo=UTC), timedelta(hours=23))

    def test_the_fall_back_day_lasts_25_hours(self) -> None:
        """The day the clocks go back is one hour long."""
        start, end = day_window(date(2026, 10, 25), BERLIN)
        assert (start, end - start) == (datetime(2026, 10, 24, 22, tzinfo=UTC), timedelta(hours=25))

    def test_a_day_whose_midnight_is_skipped_starts_at_one_oclock(self) -> None:
        """In Santiago the clocks jump from 24:00 to 01:00, so that day starts at 01:00 local."""
        tz = ZoneInfo("America/Santiago")
        start, end = day_window(date(2024, 9, 8), tz)
        assert start.astimezone(tz).hour == 1
        assert end - start == timedelta(hours=23)

    @settings(max_examples=200, deadline=None)
    @given(
        day=st.dates(min_value=date(2000, 1, 1), max_value=date(2037, 12, 31)),
        zone=st.sampled_from(ZONES),
    )
    def test_consecutive_days_tile_without_gap_or_overlap(self, day: date, zone: ZoneInfo) -> None:
        """Each day ends where the next begins, so every instant belongs to exactly one day."""
        start, end = day_window(day, zone)
        assert start < end
        assert end == day_window(day + timedelta(days=1), zone)[0]
        assert timedelta(hours=22) < end - start < timedelta(hours=26)


class TestLocalDay:
    def test_a_meal_at_half_past_midnight_counts_for_the_new_day(self) -> None:
        """00:30 local is the new day even though it is still the old day in UTC."""
        at = datetime(2026, 6, 1, 22, 30, tzinfo=UTC)  # 00:30 on 2 June in Berlin (UTC+2)
        assert local_day(at, BERLIN) == date(2026, 6, 2)

    def test_a_late_dinner_stays_on_its_day(self) -> None:
        """23:59 local belongs to that day, whatever the date in UTC."""
        at = datetime(2026, 1, 16, 4, 59, tzinfo=UTC)  # 23:59 on 15 Jan in New York
        assert local_day(at, ZoneInfo("America/New_York")) == date(2026, 1, 15)

    @settings(max_examples=200, deadline=None)
    @given(
        at=st.datetimes(
            min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(UTC)
        ),
        zone=st.sampled_from(ZONES),
    )
    def test_local_day_agrees_with_the_window(self, at: datetime, zone: ZoneInfo) -> None:
        """An instant's local day is the day whose window contains it."""
        start, end = day_window(local_day(at, zone), zone)
        assert start <= at < end
