"""The same session logged twice is found, so the file's numbers replace the typed ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from engine.dedupe import find_duplicate
from engine.events import ActivityLogged, MealLogged, RunLogged, StoredEvent, WeightLogged

MORNING = datetime(2026, 5, 1, 7, 0, tzinfo=UTC)


def a_run(**changes: Any) -> RunLogged:
    fields: dict[str, Any] = {
        "at": MORNING,
        "distance_m": 10_000,
        "duration_s": 3000,
        "energy_kcal": 650,
    }
    return RunLogged(**(fields | changes))


def a_file_run(**changes: Any) -> RunLogged:
    fields: dict[str, Any] = {"source": "fit", "elapsed_s": 3300, "distance_m": 10_120}
    return a_run(**(fields | changes))


def a_ride(**changes: Any) -> ActivityLogged:
    fields: dict[str, Any] = {
        "activity": "cycle",
        "at": MORNING,
        "duration_s": 3600,
        "distance_m": 25_000,
        "energy_kcal": 500,
    }
    return ActivityLogged(**(fields | changes))


def stored(*events: Any) -> list[StoredEvent]:
    return [StoredEvent(id=i, user_id=1, event=e) for i, e in enumerate(events, start=1)]


class TestFindDuplicate:
    def test_a_typed_run_then_its_file_is_one_run(self) -> None:
        """Same start, 10.0 against 10.12 km: the file replaces the typed run."""
        existing = stored(a_run())
        assert find_duplicate(a_file_run(), existing) == existing[0]

    def test_the_same_file_sent_twice_is_one_run(self) -> None:
        """Identical events match."""
        existing = stored(a_file_run())
        assert find_duplicate(a_file_run(), existing) == existing[0]

    def test_a_file_then_typing_the_same_run_finds_the_file(self) -> None:
        """The caller then keeps the file and drops the typed message."""
        existing = stored(a_file_run())
        assert find_duplicate(a_run(), existing) == existing[0]

    def test_runs_at_different_times_are_different_runs(self) -> None:
        """Morning 10k and evening 10k both count."""
        existing = stored(a_run(at=MORNING + timedelta(hours=10)))
        assert find_duplicate(a_file_run(), existing) is None

    def test_overlapping_runs_of_different_distance_are_different(self) -> None:
        """5 km against 10 km is not the same run, even at the same time."""
        existing = stored(a_run(distance_m=5_000))
        assert find_duplicate(a_file_run(), existing) is None

    def test_ten_percent_is_the_limit_for_stated_distances(self) -> None:
        """10.12 km matches 9.2 km (9.1 %) but not 9.0 km (11.1 %)."""
        assert find_duplicate(a_file_run(), stored(a_run(distance_m=9_200))) is not None
        assert find_duplicate(a_file_run(), stored(a_run(distance_m=9_000))) is None

    def test_an_estimated_distance_gets_fifteen_percent(self) -> None:
        """'ran 50 min' with a guessed 9.0 km still matches the 10.12 km file (11.1 %)."""
        typed = a_run(distance_m=9_000, estimated=("distance_km",))
        assert find_duplicate(a_file_run(), stored(typed)) is not None

    def test_a_typed_run_without_a_time_reaches_back_before_the_message(self) -> None:
        """'ran 10k' sent at 12:00 gets at = 11:10; the watch says 07:00: same run."""
        typed = a_run(at=MORNING + timedelta(hours=4, minutes=10), estimated=("started_at",))
        assert find_duplicate(a_file_run(), stored(typed)) is not None

    def test_an_estimated_start_reaches_back_twelve_hours_at_most(self) -> None:
        """'ran 10k' sent at 20:00 the next day is not this morning's run."""
        typed = a_run(at=MORNING + timedelta(hours=36), estimated=("started_at",))
        assert find_duplicate(a_file_run(), stored(typed)) is None

    def test_a_stated_time_does_not_reach_back(self) -> None:
        """'ran 10k at 11:10' is not the 07:00 run."""
        typed = a_run(at=MORNING + timedelta(hours=4, minutes=10))
        assert find_duplicate(a_file_run(), stored(typed)) is None

    def test_the_file_elapsed_time_counts_for_overlap(self) -> None:
        """A typed 'ran 10k at 7:52' falls inside the file's pauses-included span."""
        file_run = a_file_run(duration_s=2700, elapsed_s=4000)
        typed = a_run(at=MORNING + timedelta(minutes=52), duration_s=600)
        assert find_duplicate(file_run, stored(typed)) is not None

    def test_a_run_never_matches_a_ride(self) -> None:
        """Different sports at the same time are different sessions."""
        assert find_duplicate(a_file_run(), stored(a_ride(distance_m=10_000))) is None

    def test_activities_match_only_the_same_activity(self) -> None:
        """A ride matches a ride, not a walk."""
        walk = a_ride(activity="walk")
        assert find_duplicate(a_ride(source="fit"), stored(walk)) is None
        assert find_duplicate(a_ride(source="fit"), stored(a_ride())) is not None

    def test_without_a_distance_the_durations_are_compared(self) -> None:
        """'cycled for an hour' matches a 58-minute ride file, not a 30-minute one."""
        typed = stored(a_ride(distance_m=None))
        assert find_duplicate(a_ride(source="fit", duration_s=3480), typed) is not None
        assert find_duplicate(a_ride(source="fit", duration_s=1800), typed) is None

    def test_meals_and_weights_are_ignored(self) -> None:
        """Only runs and activities can repeat a run."""
        others = stored(MealLogged(at=MORNING, items=()), WeightLogged(at=MORNING, mass_kg=70))
        assert find_duplicate(a_file_run(), others) is None

    def test_the_closest_distance_wins(self) -> None:
        """Two typed runs overlap; the one nearer in distance is the duplicate."""
        existing = stored(a_run(distance_m=9_400), a_run(distance_m=10_100))
        assert find_duplicate(a_file_run(), existing) == existing[1]
