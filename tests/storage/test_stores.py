"""Every store, round-tripped through both backends: what one keeps, the other keeps alike.

The coach only sees the ports of `bot/coach/ports.py`; these tests hold SQLite and PostgreSQL to
the same answers, on real databases (see conftest.py for where PostgreSQL comes from), and the
in-memory fakes of tests/fakes.py too, so the coach's tests on the fakes mean what they say.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from engine.events import RunLogged, WeightLogged
from engine.food import user_food
from engine.profile import Profile
from engine.records import DuplicateUpdate, MessagePayload, PlannedRow
from engine.setup import SetupState
from storage.db import Database
from storage.leases import CLAIM_LEASE
from storage.postgres.db import PgDatabase
from storage.sqlite import SqliteScheduleStore
from tests.storage.conftest import WITH_FAKES, Backend, open_backend

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture(params=WITH_FAKES)
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    """The fakes and each database in turn: every check below holds for all of them."""
    async with open_backend(request.param, request, tmp_path) as opened:
        yield opened


async def _rev(backend: Backend) -> int | None:
    """Runner 1's revision on PostgreSQL (what tells other workers to read again), else None."""
    if not isinstance(backend.db, PgDatabase):
        return None
    return int((await backend.db.read("SELECT rev FROM users WHERE id = $1", 1))[0]["rev"])


def run(at: datetime, km: float = 10) -> RunLogged:
    return RunLogged(at=at, distance_m=km * 1000, duration_s=km * 300, energy_kcal=km * 70)


class TestUsers:
    async def test_a_saved_profile_reads_back(self, backend: Backend) -> None:
        """Profile, chat and time zone survive the round trip; a new user starts active."""
        users = backend.stores.users
        profile = Profile(weight_kg=62.5, tz="Europe/Paris", units="imperial")
        await users.save(7, profile, now=NOW, chat_id=70)
        record = await users.get(7)
        assert record is not None
        assert (record.profile, record.chat_id, record.active) == (profile, 70, True)
        assert record.created_at == NOW

    async def test_a_redelivered_profile_update_applies_once(self, backend: Backend) -> None:
        """The same update id saves once; the second save says it was already applied."""
        users = backend.stores.users
        await users.save(7, Profile(weight_kg=60), now=NOW, update_id=500)
        with pytest.raises(DuplicateUpdate):
            await users.save(7, Profile(weight_kg=99), now=NOW, update_id=500)
        record = await users.get(7)
        assert record is not None and record.profile.weight_kg == 60

    async def test_touch_creates_and_reactivates(self, backend: Backend) -> None:
        """A first message creates the runner; a message after /stop makes them active again."""
        users = backend.stores.users
        assert await users.get(8) is None
        record = await users.touch(8, chat_id=80, now=NOW)
        assert (record.id, record.chat_id, record.active) == (8, 80, True)
        await users.set_active(8, False)
        assert [u.id for u in await users.active_users()] == []
        again = await users.touch(8, chat_id=None, now=NOW)
        assert (again.chat_id, again.active) == (80, True)

    async def test_active_users_page_in_id_order(self, backend: Backend) -> None:
        users = backend.stores.users
        for user_id in (5, 3, 9, 1):
            await users.touch(user_id, chat_id=user_id, now=NOW)
        first = await users.active_users(limit=2)
        rest = await users.active_users(after_id=first[-1].id, limit=2)
        assert [u.id for u in first + rest] == [1, 3, 5, 9]

    async def test_delete_removes_every_row_of_the_user(self, backend: Backend) -> None:
        """/deleteme leaves nothing of the runner behind, and nothing of anyone else goes."""
        s = backend.stores
        for user_id in (1, 2):
            await s.users.touch(user_id, chat_id=user_id, now=NOW)
            await s.events.add(user_id, [run(NOW)], now=NOW, update_id=user_id * 10)
            await s.foods.save(user_id, user_food("granola", kcal=450, protein_g=10,
                                                  carbs_g=60, fat_g=18, per_grams=100),
                               now=NOW)
            await s.presses.claim(user_id, user_id, 1, "eat", now=NOW)
            await s.setups.put(user_id, SetupState("age", NOW))
        await s.users.delete(1)
        assert await s.users.get(1) is None
        assert await s.events.all_for_user(1) == []
        assert await s.foods.for_user(1) == {}
        assert await s.setups.get(1) is None
        assert await s.presses.claim(1, 1, 1, "eat", now=NOW)
        assert len(await s.events.all_for_user(2)) == 1
        assert await s.setups.get(2) is not None


class TestEvents:
    async def test_added_events_read_back_in_time_order(self, backend: Backend) -> None:
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        stored = await s.events.add(1, [run(NOW), WeightLogged(at=NOW, mass_kg=61.2)],
                                    now=NOW, chat_id=1, message_id=11, update_id=100)
        assert [e.event.kind for e in stored] == ["run", "weight"]
        assert stored[0].id < stored[1].id
        assert await s.events.by_message(1, 1, 11) == stored
        assert await s.events.get(1, stored[0].id) == stored[0]
        assert await s.events.get(2, stored[0].id) is None

    async def test_a_redelivered_update_stores_nothing_twice(self, backend: Backend) -> None:
        """Telegram's second delivery of an update adds no event."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        await s.events.add(1, [run(NOW)], now=NOW, update_id=100)
        with pytest.raises(DuplicateUpdate):
            await s.events.add(1, [run(NOW, 5)], now=NOW, update_id=100)
        assert [e.event for e in await s.events.all_for_user(1)] == [run(NOW)]

    async def test_a_redelivery_read_as_more_events_stores_none_of_them(
            self, backend: Backend) -> None:
        """A food taught between two deliveries may read one text as two events this time:
        the first delivery's entry stays the only one, nothing of the second is stored."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        await s.events.add(1, [run(NOW)], now=NOW, update_id=100)
        with pytest.raises(DuplicateUpdate):
            await s.events.add(1, [run(NOW, 5), WeightLogged(at=NOW, mass_kg=61.0),
                                   WeightLogged(at=NOW, mass_kg=62.0)], now=NOW, update_id=100)
        assert [e.event for e in await s.events.all_for_user(1)] == [run(NOW)]
        assert not await s.events.mark_update(1, 100, now=NOW)  # nor read as nothing to log

    async def test_an_update_that_stored_nothing_stores_nothing_when_redelivered(
            self, backend: Backend) -> None:
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        assert await s.events.mark_update(1, 100, now=NOW)
        with pytest.raises(DuplicateUpdate):
            await s.events.add(1, [run(NOW), WeightLogged(at=NOW, mass_kg=61.0)], now=NOW,
                               update_id=100)
        assert await s.events.all_for_user(1) == []
        stored = await s.events.add(1, [run(NOW), WeightLogged(at=NOW, mass_kg=61.0)], now=NOW,
                                    update_id=101)
        assert [e.event.kind for e in stored] == ["run", "weight"]

    async def test_mark_update_claims_an_update_once(self, backend: Backend) -> None:
        events = backend.stores.events
        assert await events.mark_update(1, 300, now=NOW)
        assert not await events.mark_update(1, 300, now=NOW)

    async def test_undo_marks_the_whole_newest_entry(self, backend: Backend) -> None:
        """Undo takes back every event of the last message, and only those."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        first = await s.events.add(1, [run(NOW)], now=NOW, chat_id=1, message_id=1)
        later = NOW + timedelta(minutes=5)
        await s.events.add(1, [run(later, 3), run(later, 4)], now=later, chat_id=1,
                           message_id=2)
        undone = (await s.events.undo(1, now=later)).events
        assert sorted(e.event.distance_m for e in undone) == [3000, 4000]  # type: ignore[union-attr]
        assert await s.events.all_for_user(1) == first
        found = await s.events.fate(1, undone[0].id)
        assert found is not None and found[1] == "undone"
        assert (await s.events.undo(1, now=later, event_id=undone[0].id)).events == []

    async def test_a_held_message_counts_only_once_logged(self, backend: Backend) -> None:
        """A message that read like chat is stored held: no day, /undo or edit sees it; "✅ Log
        it" makes all its events live once (and on PostgreSQL bumps the runner's revision, so
        other workers read them); a second press, or an ordinary undone entry, logs nothing."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        kept = await s.events.add(1, [run(NOW, 5)], now=NOW, chat_id=1, message_id=1)
        later = NOW + timedelta(minutes=5)
        held = await s.events.add(1, [run(later, 21), run(later, 3)], now=later, chat_id=1,
                                  message_id=2, update_id=900, held=True)
        assert await s.events.all_for_user(1) == kept
        assert await s.events.by_message(1, 1, 2) == []
        assert (await s.events.between(1, NOW, later + timedelta(hours=1))) == kept
        found = await s.events.fate(1, held[1].id)
        assert found is not None and found[1] == "undone"
        with pytest.raises(DuplicateUpdate):  # a redelivery stores nothing more
            await s.events.add(1, [run(later, 21)], now=later, chat_id=1, message_id=2,
                               update_id=900, held=True)
        assert (await s.events.undo(1, now=later)).events == kept  # /undo passes it by
        assert await s.events.all_for_user(1) == []
        assert await s.events.log_held(1, kept[0].id, now=later) == []  # undone, not held
        assert await s.events.log_held(2, held[0].id, now=later) == []  # not theirs
        rev = await _rev(backend)
        logged = await s.events.log_held(1, held[1].id, now=later)
        assert logged == held
        assert await s.events.all_for_user(1) == held
        assert await s.events.log_held(1, held[0].id, now=later) == []
        if rev is not None:
            assert (await _rev(backend) or 0) > rev

    async def test_an_edit_supersedes_what_its_message_held(self, backend: Backend) -> None:
        """An edit (the same message read again at its first time) replaces the events its
        earlier version held as it replaces live ones: the old "✅ Log it" finds nothing held
        (its events read as replaced) and the new one logs only the new version."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        first = await s.events.add(1, [run(NOW, 21)], now=NOW, chat_id=1, message_id=5,
                                   update_id=300, held=True)
        assert await s.events.held_by_message(1, 1, 5) == first
        assert await s.events.held_by_message(2, 1, 5) == []  # not theirs
        second = await s.events.add(1, [run(NOW, 3), run(NOW, 4)], now=NOW, chat_id=1,
                                    message_id=5, update_id=301, held=True,
                                    replaces=[first[0].id])
        assert await s.events.held_by_message(1, 1, 5) == second
        assert await s.events.log_held(1, first[0].id, now=NOW) == []
        fate = await s.events.fate(1, first[0].id)
        assert fate is not None and fate[1] == "replaced"
        assert await s.events.log_held(1, second[0].id, now=NOW) == second
        assert await s.events.all_for_user(1) == second
        assert await s.events.held_by_message(1, 1, 5) == []

    async def test_what_an_edit_removes_is_never_held(self, backend: Backend) -> None:
        """An edit that keeps nothing undoes its message's entries at the message's own time
        (the time held events carry): they stay undone when a later edit of the message is
        held and logged, and a held version removed that way logs nothing."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        logged = await s.events.add(1, [run(NOW, 10)], now=NOW, chat_id=1, message_id=6,
                                    update_id=400)
        await s.events.add(1, [], now=NOW, chat_id=1, message_id=6, update_id=401,
                           replaces=[logged[0].id])
        assert await s.events.held_by_message(1, 1, 6) == []
        held = await s.events.add(1, [run(NOW, 5)], now=NOW, chat_id=1, message_id=6,
                                  update_id=402, held=True)
        assert await s.events.log_held(1, held[0].id, now=NOW) == held
        assert await s.events.all_for_user(1) == held
        fate = await s.events.fate(1, logged[0].id)
        assert fate is not None and fate[1] == "undone"
        plan = await s.events.add(1, [run(NOW, 8)], now=NOW, chat_id=1, message_id=7,
                                  update_id=403, held=True)
        await s.events.add(1, [], now=NOW, chat_id=1, message_id=7, update_id=404,
                           replaces=[plan[0].id])
        assert await s.events.log_held(1, plan[0].id, now=NOW) == []
        assert await s.events.all_for_user(1) == held

    async def test_log_it_logs_one_delivery(self, backend: Backend) -> None:
        """Two held versions of one message stored at its one time: "✅ Log it" under either
        logs that version's events only."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        one = await s.events.add(1, [run(NOW, 21)], now=NOW, chat_id=1, message_id=8,
                                 update_id=500, held=True)
        two = await s.events.add(1, [run(NOW, 3)], now=NOW, chat_id=1, message_id=8,
                                 update_id=501, held=True)
        assert await s.events.log_held(1, two[0].id, now=NOW) == two
        assert await s.events.all_for_user(1) == two
        assert await s.events.log_held(1, one[0].id, now=NOW) == one

    async def test_an_undo_in_the_same_second_is_not_held(self, backend: Backend) -> None:
        """Telegram dates are whole seconds: an entry undone at the time it was stored stays
        undone, and no "✅ Log it" under its message brings it back."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        logged = await s.events.add(1, [run(NOW, 10)], now=NOW, chat_id=1, message_id=9,
                                    update_id=600)
        assert (await s.events.undo(1, now=NOW)).events == logged
        assert await s.events.held_by_message(1, 1, 9) == []
        assert await s.events.log_held(1, logged[0].id, now=NOW) == []
        held = await s.events.add(1, [run(NOW, 5)], now=NOW, chat_id=1, message_id=9,
                                  update_id=601, held=True)
        assert await s.events.log_held(1, held[0].id, now=NOW) == held
        assert await s.events.all_for_user(1) == held

    async def test_a_correction_replaces_the_old_event(self, backend: Backend) -> None:
        """An edited message stores the new event and marks the old one replaced, atomically."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        old = await s.events.add(1, [run(NOW)], now=NOW, chat_id=1, message_id=1)
        new = await s.events.add(1, [run(NOW, 12)], now=NOW, chat_id=1, message_id=1,
                                 update_id=200, replaces=[old[0].id])
        assert await s.events.all_for_user(1) == new
        fate = await s.events.fate(1, old[0].id)
        assert fate is not None and fate[1] == "replaced"
        with pytest.raises(DuplicateUpdate):
            await s.events.add(1, [run(NOW, 12)], now=NOW, update_id=200, replaces=[new[0].id])
        assert await s.events.all_for_user(1) == new

    async def test_undo_brings_back_what_another_message_replaced(
        self, backend: Backend
    ) -> None:
        """Undoing a correction sent as its own message puts the corrected entry back as it
        was; undoing an edit does not bring the message's earlier version back."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        first = await s.events.add(1, [run(NOW)], now=NOW, chat_id=1, message_id=1)
        fixed = await s.events.add(1, [run(NOW, 12)], now=NOW, chat_id=1, message_id=2,
                                   replaces=[first[0].id])
        undo = await s.events.undo(1, now=NOW)
        assert (undo.events, undo.restored) == (fixed, first)
        assert await s.events.all_for_user(1) == first
        edited = await s.events.add(1, [run(NOW, 8)], now=NOW, chat_id=1, message_id=1,
                                    replaces=[first[0].id])
        undo = await s.events.undo(1, now=NOW)
        assert (undo.events, undo.restored) == (edited, [])
        assert await s.events.all_for_user(1) == []

    async def test_an_edit_to_nothing_undoes_the_old_event(self, backend: Backend) -> None:
        """Replacing with no events marks the old one undone, not replaced."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        old = await s.events.add(1, [run(NOW)], now=NOW)
        assert await s.events.add(1, [], now=NOW, replaces=[old[0].id]) == []
        fate = await s.events.fate(1, old[0].id)
        assert fate is not None and fate[1] == "undone"

    async def test_a_dst_day_window_holds_its_25_hours(self, backend: Backend) -> None:
        """The local day of the autumn change in Paris is 25 h; events at both ends count."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        paris = ZoneInfo("Europe/Paris")
        start = datetime(2026, 10, 25, tzinfo=paris).astimezone(UTC)
        end = datetime(2026, 10, 26, tzinfo=paris).astimezone(UTC)
        assert end - start == timedelta(hours=25)
        inside = [run(start), run(end - timedelta(microseconds=1))]
        outside = [run(start - timedelta(microseconds=1)), run(end)]
        await s.events.add(1, inside + outside, now=NOW)
        got = await s.events.between(1, start, end)
        assert [e.event for e in got] == inside
        assert await s.events.between(1, start, end, kinds=["weight"]) == []

    async def test_window_gives_the_day_and_the_weigh_ins_since(self, backend: Backend) -> None:
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        day = NOW.replace(hour=0)
        old_weight = WeightLogged(at=day - timedelta(days=3), mass_kg=60)
        await s.events.add(1, [old_weight, run(day - timedelta(days=1)), run(day)], now=NOW)
        events, weights = await s.events.window(1, day, day + timedelta(days=1),
                                                weights_since=day - timedelta(days=7))
        assert [e.event for e in events] == [run(day)]
        assert weights == [old_weight]


class TestFoodsPressesSetups:
    async def test_a_taught_food_is_the_runners_own(self, backend: Backend) -> None:
        s = backend.stores
        granola = user_food("granola bar", kcal=450, protein_g=10, carbs_g=60, fat_g=18,
                            per_grams=100, serving_grams=60)
        await s.foods.save(1, granola, now=NOW)
        assert await s.foods.for_user(1) == {granola.key: granola}
        assert await s.foods.for_user(2) == {}

    async def test_a_button_acts_once(self, backend: Backend) -> None:
        """Two presses of one button on one message: only the first claims it."""
        presses = backend.stores.presses
        assert await presses.claim(1, 10, 99, "eat", now=NOW)
        assert not await presses.claim(1, 10, 99, "eat", now=NOW)
        assert await presses.claim(1, 10, 99, "fix", now=NOW)

    async def test_a_setup_opens_moves_and_ends(self, backend: Backend) -> None:
        setups = backend.stores.setups
        assert await setups.get(1) is None
        await setups.put(1, SetupState("units", NOW))
        await setups.put(1, SetupState("age", NOW + timedelta(minutes=1), reasked=True))
        assert await setups.get(1) == SetupState("age", NOW + timedelta(minutes=1), True)
        await setups.end(1)
        assert await setups.get(1) is None


class TestSchedule:
    async def test_due_rows_are_claimed_once_oldest_first(self, backend: Backend) -> None:
        """A due row is claimed by one claim only; expired ones are skipped, future ones wait."""
        s = backend.stores
        for user_id in (1, 2, 3, 4):
            await s.users.touch(user_id, chat_id=user_id, now=NOW)
        sched = s.schedule
        await sched.put(1, "reminder", due_at=NOW - timedelta(minutes=1), dedupe_key="a", now=NOW)
        await sched.put(2, "reminder", due_at=NOW - timedelta(minutes=5), dedupe_key="b", now=NOW)
        await sched.put(3, "nudge", due_at=NOW - timedelta(hours=2), dedupe_key="c", now=NOW,
                        expires_at=NOW - timedelta(hours=1))
        await sched.put(4, "reminder", due_at=NOW + timedelta(hours=1), dedupe_key="d", now=NOW)
        claimed = await s.outbox.claim_due(NOW)
        assert [m.user_id for m in claimed] == [2, 1]
        held = await sched.get(1, "a")
        assert held is not None and held.state == "claimed"
        assert await s.outbox.claim_due(NOW) == []
        skipped = await sched.get(3, "c")
        assert skipped is not None and skipped.state == "skipped"
        assert await s.outbox.next_due() == NOW + CLAIM_LEASE  # unless they are sent by then
        for m in claimed:
            await s.outbox.finish(m.id, "sent", now=NOW)
        assert await s.outbox.next_due() == NOW + timedelta(hours=1)

    async def test_concurrent_claims_share_the_rows(self, backend: Backend) -> None:
        """Claims running side by side never hand out one row twice."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        await s.schedule.put_many(
            [PlannedRow(1, "summary", NOW - timedelta(seconds=i), None, f"s{i}")
             for i in range(60)], now=NOW)
        batches = await asyncio.gather(*(s.outbox.claim_due(NOW, limit=7) for _ in range(12)))
        ids = [m.id for batch in batches for m in batch]
        assert len(ids) == len(set(ids)) == 60

    async def test_a_pending_row_moves_and_a_cancelled_one_stays(self, backend: Backend) -> None:
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        sched = s.schedule
        await sched.put(1, "reminder", due_at=NOW, dedupe_key="r", now=NOW,
                        payload=MessagePayload(run_id=1, run_end=NOW))
        await sched.put(1, "reminder", due_at=NOW + timedelta(hours=1), dedupe_key="r", now=NOW,
                        payload=MessagePayload(run_id=2, snoozed=True))
        [row] = await sched.pending(1)
        assert (row.due_at, row.payload) == (NOW + timedelta(hours=1),
                                             MessagePayload(run_id=2, snoozed=True))
        assert await sched.pending(1, "nudge") == []
        assert await sched.cancel(1, "r", now=NOW)
        assert not await sched.cancel(1, "r", now=NOW)
        await sched.put(1, "reminder", due_at=NOW, dedupe_key="r", now=NOW)
        cancelled = await sched.get(1, "r")
        assert cancelled is not None
        assert (cancelled.state, cancelled.due_at) == ("cancelled", NOW + timedelta(hours=1))
        assert await sched.revive(1, "r") and not await sched.revive(1, "r")
        [revived] = await sched.pending(1)
        assert (revived.due_at, revived.payload) == (NOW + timedelta(hours=1),
                                                     MessagePayload(run_id=2, snoozed=True))

    async def test_cancel_all_ends_the_pending_rows_of_those_keys_only(
            self, backend: Backend) -> None:
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        await s.users.touch(2, chat_id=2, now=NOW)
        for user, key in ((1, "recovery:5"), (1, "recovery:5:snooze"), (1, "recovery:6"),
                          (2, "recovery:5:follow-up")):
            await s.schedule.put(user, "reminder", due_at=NOW, dedupe_key=key, now=NOW)
        await s.schedule.cancel(1, "recovery:5:snooze", now=NOW)
        keys = ["recovery:5", "recovery:5:snooze", "recovery:5:follow-up"]
        assert await s.schedule.cancel_all(1, keys, now=NOW) == 1
        assert [r.dedupe_key for r in await s.schedule.pending(1)] == ["recovery:6"]
        assert [r.dedupe_key for r in await s.schedule.pending(2)] == ["recovery:5:follow-up"]
        assert await s.schedule.cancel_all(1, keys, now=NOW) == 0

    async def test_sent_released_and_annotated_rows(self, backend: Backend) -> None:
        """A failed send goes back to pending; a sent nudge is remembered with its notes."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        sched = s.schedule
        await sched.put(1, "nudge", due_at=NOW, dedupe_key="n1", now=NOW,
                        payload=MessagePayload(code="N7", text="Protein?", day=NOW.date()))
        await sched.put(1, "reminder", due_at=NOW, dedupe_key="r1", now=NOW)
        nudge, reminder = sorted(await s.outbox.claim_due(NOW), key=lambda m: m.kind)
        await s.outbox.release(reminder.id, NOW + timedelta(minutes=1))
        later = NOW + timedelta(seconds=30)
        await s.outbox.finish(nudge.id, "sent", now=later)
        await sched.annotate(nudge.id, MessagePayload(followed=True))
        [again] = await sched.pending(1)
        assert (again.id, again.due_at) == (reminder.id, NOW + timedelta(minutes=1))
        [sent] = await sched.sent_since(1, "nudge", NOW)
        assert sent.payload == MessagePayload(code="N7", text="Protein?", day=NOW.date(),
                                              followed=True)
        assert await sched.nudge_state(1, "n1", NOW) == (True, {"N7": later})
        assert await sched.nudge_state(1, "n2", later + timedelta(seconds=1)) == (False, {})

    async def test_a_nudge_is_planned_for_the_first_reason_not_cooling(
            self, backend: Backend) -> None:
        """plan_nudge stores the first candidate whose code no nudge sent since `sent_since`
        carried, once per key; when every candidate is cooling it stores nothing."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        sched = s.schedule
        await sched.put(1, "nudge", due_at=NOW, dedupe_key="nudge:a", now=NOW,
                        payload=MessagePayload(code="N4", text="Protein?", day=NOW.date()))
        [claimed] = await s.outbox.claim_due(NOW)
        await s.outbox.finish(claimed.id, "sent", now=NOW)
        n4, n5 = (MessagePayload(code=c, text=f"{c} text", day=NOW.date()) for c in ("N4", "N5"))
        later = NOW + timedelta(days=1)

        def plan(key: str, candidates: list[MessagePayload], since: datetime) -> Awaitable[bool]:
            return sched.plan_nudge(1, key, candidates, sent_since=since, due_at=later,
                                    expires_at=later + timedelta(hours=3), now=later)

        assert not await plan("nudge:b", [n4], NOW)  # N4 was sent since: cooling
        assert await sched.get(1, "nudge:b") is None
        assert await plan("nudge:b", [n4, n5], NOW)  # so the next reason is planned
        row = await sched.get(1, "nudge:b")
        assert row is not None and (row.payload, row.state, row.due_at) == (n5, "pending", later)
        assert not await plan("nudge:b", [n4, n5], NOW - timedelta(days=1))  # one per key
        assert await plan("nudge:c", [n4, n5], NOW + timedelta(seconds=1))  # cooled down
        row = await sched.get(1, "nudge:c")
        assert row is not None and row.payload == n4
        assert not await plan("nudge:d", [], NOW)

    async def test_a_reminders_payload_reads_back_as_written(self, backend: Backend) -> None:
        """Every field a recovery reminder carries survives the round trip, times included."""
        s = backend.stores
        await s.users.touch(1, chat_id=1, now=NOW)
        payload = MessagePayload(run_id=7, run_end=NOW - timedelta(minutes=30), hard=True,
                                 again=True, follow_up=True)
        await s.schedule.put(1, "reminder", due_at=NOW, dedupe_key="recovery:7", now=NOW,
                             payload=payload)
        row = await s.schedule.get(1, "recovery:7")
        assert row is not None and row.payload == payload
        assert row.payload.run_end == NOW - timedelta(minutes=30)


class TestInbox:
    async def test_kept_updates_replay_in_order_until_done(self, backend: Backend) -> None:
        inbox = backend.inbox
        await inbox.keep([(i, json.dumps({"update_id": i})) for i in (3, 1, 2)], now=NOW)
        await inbox.keep([(2, json.dumps({"update_id": 2, "again": True}))], now=NOW)
        await inbox.done(1)
        assert [json.loads(p) for p in await inbox.pending()] == [
            {"update_id": 2}, {"update_id": 3}]
        await inbox.done(3, 2)  # those that finished together leave in one delete
        assert await inbox.pending() == []


def test_naive_times_are_refused() -> None:
    """Both backends keep aware times only: a naive one is a bug, not a guess."""
    from storage.db import to_db_time
    from storage.postgres.db import aware

    for convert in (to_db_time, aware):
        with pytest.raises(ValueError, match="aware"):
            convert(datetime(2026, 1, 1))  # type: ignore[arg-type]


async def test_sqlite_writes_only_a_real_kind_into_its_sql(tmp_path: Path) -> None:
    """SQLite's schedule writes the kind into its SQL (bound, it is planned again on every
    call): a text that is not a message kind is refused, never run."""
    db = Database(tmp_path / "kinds.db")
    await db.open()
    try:
        sched = SqliteScheduleStore(db)
        hostile = "nudge' OR kind <> 'nudge"
        with pytest.raises(ValueError, match="not a message kind"):
            await sched.pending(1, hostile)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="not a message kind"):
            await sched.sent_since(1, hostile, NOW)  # type: ignore[arg-type]
    finally:
        await db.close()
