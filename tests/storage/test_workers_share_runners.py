"""Two workers on one PostgreSQL database serve one runner: no stale totals, no lost setup.

Each worker is what `runfuel bot` builds: a coach with its kept runners, a pool of its own and
the units of work of `bot/units.py`. Messages of one runner alternate between the workers (or
arrive at both at once) and every answer must equal what a coach without any memory says.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import count

import asyncpg
import pytest

from bot.coach import Coach, Incoming, Outgoing
from bot.console import SimulatedClock
from bot.formatting import to_plain
from bot.keyboards import Button
from bot.main import build_coach
from bot.onboarding import Setup
from bot.units import Units
from engine.events import RunLogged, WeightLogged
from engine.food import FoodTable, user_food
from engine.profile import Profile
from engine.setup import SetupState
from storage.postgres import PgDatabase

USER = 7
START = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
MEALS = ("2 eggs and toast", "banana", "chicken breast 150g with rice", "protein shake",
         "ran 8 km in 44 min", "pasta 300g", "weight 70.4", "apple")


@dataclass
class Worker:
    db: PgDatabase
    coach: Coach
    setup: Setup
    units: Units

    async def say(self, text: str, at: datetime, message_id: int) -> list[Outgoing]:
        async with self.units.of(USER):
            return await self.setup.handle_text(
                Incoming(USER, USER, text, at, message_id=message_id, update_id=message_id))

    async def press(self, button: Button, at: datetime) -> list[Outgoing]:
        async with self.units.of(USER):
            return await self.setup.press(USER, USER, button.data, at)


@pytest.fixture
async def workers(pg_url: str, foods: FoodTable,
                  clock: SimulatedClock) -> AsyncIterator[list[Worker]]:
    made = []
    for _ in range(2):
        db = PgDatabase(pg_url)
        await db.open()
        coach = build_coach(db, clock, foods)
        made.append(Worker(db, coach, Setup(coach), Units(db.unit, coach)))
    yield made
    for worker in made:
        await worker.db.close()


async def fresh_today(pg_url: str, foods: FoodTable, at: datetime) -> str:
    """What /today says from a coach that keeps nothing in memory."""
    db = PgDatabase(pg_url)
    await db.open()
    try:
        coach = build_coach(db, lambda: at, foods)
        return text(await coach.handle_text(Incoming(USER, USER, "/today", at)))
    finally:
        await db.close()


def text(replies: list[Outgoing]) -> str:
    return "\n".join(to_plain(r.text) for r in replies)


class TestAlternatingWorkers:
    async def test_each_worker_shows_the_day_the_other_logged(
            self, workers: list[Worker], pg_url: str, foods: FoodTable,
            clock: SimulatedClock) -> None:
        """A log on one worker, /today on the other: always the same as a fresh read."""
        ids = count(1)
        at = START
        for n, meal in enumerate(MEALS * 2):
            at += timedelta(minutes=20)
            clock.now = at
            await workers[n % 2].say(meal, at, next(ids))
            shown = text(await workers[(n + 1) % 2].say("/today", at, next(ids)))
            assert shown == await fresh_today(pg_url, foods, at)
            if n == len(MEALS):  # an undo on the other worker takes the last meal away
                await workers[(n + 1) % 2].say("/undo", at, next(ids))
                assert text(await workers[n % 2].say("/today", at, next(ids))) == (
                    await fresh_today(pg_url, foods, at))

    async def test_messages_at_both_workers_at_once_are_all_kept_in_order(
            self, workers: list[Worker], pg_url: str, foods: FoodTable,
            clock: SimulatedClock) -> None:
        """Both workers handle the runner's messages concurrently: none lost, none doubled,
        and each worker's /today afterwards is the fresh read."""
        at = START + timedelta(hours=1)
        clock.now = at
        jobs = [workers[i % 2].say(MEALS[i % len(MEALS)], at, 100 + i) for i in range(24)]
        jobs += [workers[i % 2].say(MEALS[i % len(MEALS)], at, 100 + i) for i in range(8)]
        await asyncio.gather(*jobs)  # the last 8 are redeliveries of the first 8
        logged = await workers[0].coach.stores.events.all_for_user(USER)
        assert len({s.event.at for s in logged}) >= 1
        assert len(await workers[0].db.read(
            "SELECT DISTINCT update_id FROM events WHERE user_id = $1", USER)) == 24
        fresh = await fresh_today(pg_url, foods, at)
        for worker in workers:
            assert text(await worker.say("/today", at, 900 + workers.index(worker))) == fresh


class TestSetupAcrossWorkers:
    async def test_the_next_tap_may_land_on_the_other_worker(
            self, workers: list[Worker], clock: SimulatedClock) -> None:
        """/start on one worker; each answer goes to the other one; the setup goes on."""
        at = START
        clock.now = at
        replies = await workers[0].say("/start", at, 1)
        question = replies[-1]
        assert "units" in to_plain(question.text).lower()
        [metric] = [b for row in question.buttons for b in row if "km" in b.label]
        replies = await workers[1].press(metric, at + timedelta(seconds=5))
        assert "Sex" in text(replies)
        replies = await workers[0].say("female", at + timedelta(seconds=9), 2)
        assert "How old" in text(replies)
        replies = await workers[1].say("I'm 34", at + timedelta(seconds=15), 3)
        assert "height" in text(replies).lower()
        record = await workers[0].coach.stores.users.get(USER)
        assert record is not None
        assert (record.profile.units, record.profile.sex, record.profile.age) == (
            "metric", "female", 34)


class TestWhatAWorkerKeeps:
    async def test_a_food_taught_and_a_weight_changed_on_one_worker_count_on_the_other(
            self, workers: list[Worker], pg_url: str, foods: FoodTable,
            clock: SimulatedClock) -> None:
        """Each worker keeps the runner's profile and foods between its own messages; what the
        other worker changed is never answered from that memory."""
        at = START
        clock.now = at
        for n in range(3):  # both workers now keep the runner
            await workers[n % 2].say("banana", at, 10 + n)
        await workers[0].say("/food flurbo bar 200 kcal 20p 22c 7f per bar", at, 20)
        logged = text(await workers[1].say("a flurbo bar", at, 21))
        assert "200 kcal" in logged
        await workers[1].say("/profile weight=82", at, 22)
        assert text(await workers[0].say("/today", at, 23)) == await fresh_today(
            pg_url, foods, at)

    async def test_a_write_outside_a_unit_makes_the_other_worker_read_afresh(
            self, workers: list[Worker], clock: SimulatedClock) -> None:
        """The sender of one worker finds the bot blocked (no unit of work); the runner then
        writes to the other worker, which had kept them active: they are active again, so
        their evening summary comes."""
        at = START
        clock.now = at
        for n in range(2):
            await workers[0].say("banana", at, 30 + n)
        await workers[1].coach.blocked(USER)
        record = await workers[1].coach.stores.users.get(USER)
        assert record is not None and not record.active
        await workers[0].say("apple", at + timedelta(minutes=5), 32)
        record = await workers[1].coach.stores.users.get(USER)
        assert record is not None and record.active


async def test_a_unit_after_another_workers_unit_starts_from_that_revision(pg_url: str) -> None:
    """Worker A expects the revision its own last unit left; worker B wrote since: A's next
    unit starts from B's revision (and drops what A kept), then trusts itself again."""
    a, b = PgDatabase(pg_url), PgDatabase(pg_url)
    await a.open()
    await b.open()
    try:
        users = build_coach(a, lambda: START).stores.users
        await users.touch(USER, chat_id=USER, now=START)
        async with a.unit(USER) as first:
            assert await users.get(USER) is not None
        async with b.unit(USER) as other:
            assert other.before == first.after
        async with a.unit(USER) as stale:
            assert (stale.before, stale.after) == (other.after, other.after + 1)
            assert a.keeps(USER)
        async with a.unit(USER) as trusted:
            assert trusted.before == stale.after
    finally:
        await a.close()
        await b.close()


class TestCatchingUp:
    """A worker whose kept runner is behind folds in only what the other worker stored."""

    @pytest.mark.parametrize("other_logs", [
        ("banana", "ran 10 km in 52 min"),
        ("2 eggs and toast", "weight 70.4", "pasta 300g"),
        ("yesterday: ran 8 km in 44 min", "apple"),
        ("weight 71", "weight 70.2"),
    ])
    async def test_what_the_other_worker_logged_counts_once(
            self, workers: list[Worker], pg_url: str, foods: FoodTable,
            clock: SimulatedClock, other_logs: tuple[str, ...]) -> None:
        """Both workers keep the runner; the second logs a few things; the first's /today and
        next log are what a coach without memory says (nothing lost, nothing twice)."""
        at = START + timedelta(hours=3)
        clock.now = at
        ids = count(40)
        for n in range(2):  # both workers keep the runner now
            await workers[n].say("weight 70.8", at, next(ids))
        for meal in other_logs:
            at += timedelta(minutes=10)
            clock.now = at
            await workers[1].say(meal, at, next(ids))
        assert text(await workers[0].say("/today", at, next(ids))) == await fresh_today(
            pg_url, foods, at)
        await workers[0].say("protein shake", at, next(ids))
        assert text(await workers[1].say("/today", at, next(ids))) == await fresh_today(
            pg_url, foods, at)

    @pytest.mark.parametrize("change", ["/undo", "edit", "/profile weight=82"])
    async def test_an_undo_an_edit_or_a_profile_on_the_other_worker_shows(
            self, workers: list[Worker], pg_url: str, foods: FoodTable,
            clock: SimulatedClock, change: str) -> None:
        """What changes more than the runner's newest events is never folded in: the kept
        runner is read afresh."""
        at = START + timedelta(hours=2)
        clock.now = at
        await workers[0].say("pasta 300g", at, 60)
        await workers[1].say("banana", at, 61)
        await workers[0].say("/today", at, 62)
        if change == "edit":
            async with workers[1].units.of(USER):
                await workers[1].coach.edit(Incoming(USER, USER, "2 bananas", at,
                                                     message_id=61, update_id=63))
        else:
            await workers[1].say(change, at, 63)
        assert text(await workers[0].say("/today", at, 64)) == await fresh_today(
            pg_url, foods, at)

    async def test_a_run_logged_beside_the_units_is_not_counted_twice(
            self, workers: list[Worker], pg_url: str, foods: FoodTable,
            clock: SimulatedClock) -> None:
        """A run arrives on the first worker outside any unit (as Strava's do) and goes into
        the runner it keeps; the other worker logs a meal; the first counts the run once."""
        at = START + timedelta(hours=4)
        clock.now = at
        await workers[0].say("banana", at, 70)
        await workers[1].say("apple", at, 71)
        await workers[0].say("/today", at, 72)
        run = RunLogged(at=at - timedelta(hours=1), distance_m=10_000, duration_s=3_000,
                        energy_kcal=700)
        await workers[0].coach.log_session(USER, USER, run, received_at=at)
        await workers[1].say("pasta 300g", at, 73)
        assert text(await workers[0].say("/today", at, 74)) == await fresh_today(
            pg_url, foods, at)


async def test_a_unit_after_another_workers_starts_in_one_round_trip(pg_url: str) -> None:
    """Worker B taught a food, opened the setup and changed the weight; worker A's next unit
    starts in one statement that also brings all of that: A answers the runner's profile,
    foods and setup from it, with no read of its own."""
    sent: list[str] = []

    async def watch(conn: asyncpg.Connection) -> None:
        conn.add_query_logger(lambda query: sent.append(query.query))

    a, b = PgDatabase(pg_url, init=watch), PgDatabase(pg_url)
    await a.open()
    await b.open()
    try:
        mine, theirs = build_coach(a, lambda: START).stores, build_coach(b, lambda: START).stores
        await theirs.users.touch(USER, chat_id=USER, now=START)
        async with a.unit(USER):
            assert await mine.foods.for_user(USER) == {}
        async with b.unit(USER):
            await theirs.users.save(USER, Profile(weight_kg=82), now=START)
            await theirs.foods.save(USER, user_food("flurbo bar", kcal=200, protein_g=20,
                                                    carbs_g=22, fat_g=7, per_grams=100,
                                                    serving_grams=50), now=START)
            await theirs.setups.put(USER, SetupState("age", START))
        sent.clear()
        async with a.unit(USER) as behind:
            record = await mine.users.get(USER)
            foods = await mine.foods.for_user(USER)
            setup = await mine.setups.get(USER)
        assert behind.changes == []
        assert record is not None and record.profile.weight_kg == 82
        assert record.created_at == START
        assert list(foods) == ["flurbo bar"]
        assert setup == SetupState("age", START)
        assert [q.split("(")[0] for q in sent] == ["BEGIN; SELECT runfuel_unit_start", "COMMIT"]
    finally:
        await a.close()
        await b.close()


async def test_a_unit_behind_by_events_alone_keeps_the_runner_it_read(pg_url: str) -> None:
    """Worker B logged a weigh-in: worker A's next unit brings it, not the runner's row, and
    A answers the profile, foods and setup it kept with no read. B's new weight, taught
    food, and a runner deleted and back with another profile each show on A at once."""
    sent: list[str] = []

    async def watch(conn: asyncpg.Connection) -> None:
        conn.add_query_logger(lambda query: sent.append(query.query))

    a, b = PgDatabase(pg_url, init=watch), PgDatabase(pg_url)
    await a.open()
    await b.open()
    try:
        mine, theirs = build_coach(a, lambda: START).stores, build_coach(b, lambda: START).stores
        await theirs.users.save(USER, Profile(weight_kg=70), now=START, chat_id=USER)

        async def a_unit() -> tuple[object, float | None, list[str], bool]:
            sent.clear()
            async with a.unit(USER) as behind:
                record = await mine.users.get(USER)
                foods = await mine.foods.for_user(USER)
                await mine.setups.get(USER)
            assert record is not None
            return record, record.profile.weight_kg, list(foods), behind.kept

        async def b_unit(write: Awaitable[object]) -> None:
            async with b.unit(USER):
                await write

        first, weight, _, _ = await a_unit()
        assert weight == 70
        await b_unit(theirs.events.add(USER, [WeightLogged(at=START, mass_kg=70.1)], now=START))
        again, weight, foods, kept = await a_unit()
        assert kept and again is first and weight == 70 and foods == []
        assert [q.split("(")[0] for q in sent] == ["BEGIN; SELECT runfuel_unit_start", "COMMIT"]
        await b_unit(theirs.users.save(USER, Profile(weight_kg=82), now=START))
        _, weight, _, kept = await a_unit()
        assert not kept and weight == 82
        await b_unit(theirs.foods.save(USER, user_food("flurbo bar", kcal=200, protein_g=20,
                                                       carbs_g=22, fat_g=7, per_grams=100,
                                                       serving_grams=50), now=START))
        _, _, foods, kept = await a_unit()
        assert not kept and foods == ["flurbo bar"]
        await theirs.users.delete(USER)
        await theirs.users.save(USER, Profile(weight_kg=60), now=START, chat_id=USER)
        for n in range(12):  # more units of the new runner than of the old, none on A
            await b_unit(theirs.events.add(USER, [WeightLogged(at=START, mass_kg=60 + n)],
                                           now=START))
        _, weight, foods, kept = await a_unit()
        assert not kept and weight == 60 and foods == []
    finally:
        await a.close()
        await b.close()


async def test_a_stale_unit_brings_only_the_events_stored_since(pg_url: str) -> None:
    """Worker A's unit after worker B's holds B's new events (none of the history), and
    nothing to fold in once B undid one."""
    a, b = PgDatabase(pg_url), PgDatabase(pg_url)
    await a.open()
    await b.open()
    try:
        coach = build_coach(b, lambda: START)
        await coach.stores.users.touch(USER, chat_id=USER, now=START)
        events = coach.stores.events
        async with a.unit(USER):
            await a.read("SELECT 1")
        async with b.unit(USER):
            await events.add(USER, [WeightLogged(at=START, mass_kg=70.1)], now=START)
        async with a.unit(USER) as behind:
            assert behind.changes is not None
            assert [s.event for s in behind.changes] == [WeightLogged(at=START, mass_kg=70.1)]
        async with b.unit(USER):
            stored = await events.add(USER, [WeightLogged(at=START, mass_kg=70.3),
                                             WeightLogged(at=START, mass_kg=70.5)], now=START)
        async with b.unit(USER):
            await events.undo(USER, now=START, event_id=stored[1].id)
        async with a.unit(USER) as behind:
            assert behind.changes is None  # an undo: read the runner afresh
        async with b.unit(USER):
            await events.add(USER, [WeightLogged(at=START, mass_kg=69.9)], now=START)
        async with a.unit(USER) as behind:
            assert behind.changes is not None
            assert [s.event.mass_kg for s in behind.changes
                    if isinstance(s.event, WeightLogged)] == [69.9]
    finally:
        await a.close()
        await b.close()


async def test_a_unit_behind_plans_its_read_of_the_changes_once(pg_url: str) -> None:
    """Worker B logs a weigh-in before each of worker A's units, so each of A's starts reads
    the one event stored since. With other runners' many revised events in the table and
    this runner at a later revision than most (as in a bot running a while), that read is
    planned once for A's session (a generic plan: parameters, not the values of one call,
    from the sixth call on), not afresh on every message (0018), and each call still brings
    exactly B's new weigh-in."""
    b = PgDatabase(pg_url)
    await b.open()
    a = await asyncpg.connect(pg_url)
    heard: list[asyncpg.PostgresLogMessage] = []
    a.add_log_listener(lambda _conn, message: heard.append(message))
    try:
        stores = build_coach(b, lambda: START).stores
        await stores.users.touch(USER, chat_id=USER, now=START)
        others = range(1_000, 1_200)
        await b.write("INSERT INTO users (id, profile, created_at, updated_at)"
                      " SELECT g, '{}', $1, $1 FROM unnest($2::bigint[]) g", START, others)
        await b.write("INSERT INTO events (user_id, kind, at, payload, created_at, rev)"
                      " SELECT g, 'weight', $1, '{}', $1, r FROM unnest($2::bigint[]) g,"
                      " generate_series(1, 30) r", START, others)
        await b.write("ANALYZE events")
        await b.write("UPDATE users SET rev = 5000 WHERE id = $1", USER)  # a long history
        if not await a.fetchval("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
            pytest.skip("reading plans with auto_explain needs a superuser")
        await a.execute("LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0;"
                        " SET auto_explain.log_nested_statements = on;"
                        " SET auto_explain.log_level = notice")
        plans = []
        for n in range(8):
            rev = await a.fetchval("SELECT rev FROM users WHERE id = $1", USER)
            async with b.unit(USER):
                await stores.events.add(USER, [WeightLogged(at=START, mass_kg=70 + n / 10)],
                                        now=START)
            heard.clear()
            await a.execute(f"BEGIN; SELECT runfuel_unit_start({USER}, {rev}, true); COMMIT")
            said = json.loads(next(m.detail for m in heard if m.sqlstate == "RF002") or "")
            assert [json.loads(payload)["mass_kg"] for _, payload in said["changes"]] == [
                70 + n / 10]
            plans.append(next(m.message for m in heard if "events_by_rev" in m.message))
        assert all(re.search(r"rev > '\d+'::bigint", p) for p in plans[:5]), plans[0]
        assert all(re.search(r"rev > \$\d", p) for p in plans[5:]), plans[-1]
    finally:
        await a.close()
        await b.close()


async def test_low_protein_days_on_alternating_workers_plan_one_nudge_a_day(
        workers: list[Worker], clock: SimulatedClock) -> None:
    """Toast and pasta for a week, each message on the other worker: every day's nudge is
    planned once, and the messages after it (on either worker) leave it as planned."""
    ids = count(200)
    nudged = 0
    for day in range(7):
        planned = None
        for n, (hour, meal) in enumerate([(7, "4 slices of toast and jam"), (9, "toast"),
                                          (11, "pasta 300g"), (13, "more toast")]):
            at = datetime(2026, 11, 20 + day, hour, 0, tzinfo=UTC)
            clock.now = at
            await workers[(day + n) % 2].say(meal, at, next(ids))
            rows = await workers[0].db.read(
                "SELECT dedupe_key, due_at, payload FROM scheduled_messages"
                " WHERE user_id = $1 AND kind = 'nudge' AND dedupe_key = $2",
                USER, f"nudge:{at.date()}")
            assert len(rows) <= 1
            if planned is not None:
                assert [tuple(r) for r in rows] == planned
            elif rows:
                planned = [tuple(r) for r in rows]
                nudged += 1
    assert nudged >= 2  # low protein is nudged, then rests three days


async def test_a_nudge_the_other_worker_planned_today_costs_no_statement(
        pg_url: str, foods: FoodTable, clock: SimulatedClock) -> None:
    """Three days of toast on worker B; on the fourth B's reply plans the day's nudge, and
    worker A's message after it knows that from its unit's start: it plans no second nudge
    and asks nothing about nudges."""
    sent: list[str] = []

    async def watch(conn: asyncpg.Connection) -> None:
        conn.add_query_logger(lambda query: sent.append(query.query))

    made = []
    for init in (watch, None):
        db = PgDatabase(pg_url, init=init)
        await db.open()
        coach = build_coach(db, clock, foods)
        made.append(Worker(db, coach, Setup(coach), Units(db.unit, coach)))
    a, b = made
    try:
        ids = count(1)
        clock.now = START
        await a.say("weight 70.4", START, next(ids))  # A has met the runner
        for day in range(4):
            for hour, meal in [(7, "4 slices of toast and jam"), (9, "toast"), (11, "pasta 300g")]:
                clock.now = at = datetime(2026, 11, 26 + day, hour, 0, tzinfo=UTC)
                await b.say(meal, at, next(ids))
                if day == 3:
                    break
        key = f"nudge:{at.date()}"
        nudges = "SELECT dedupe_key FROM scheduled_messages WHERE user_id = $1 AND kind = 'nudge'"
        assert [r["dedupe_key"] for r in await a.db.read(nudges, USER)] == [key]
        sent.clear()
        clock.now = at + timedelta(hours=2)
        replies = await a.say("toast", clock.now, next(ids))
        assert "Logged" in text(replies)
        assert [r["dedupe_key"] for r in await b.db.read(nudges, USER)] == [key]
        assert not [q for q in sent if "scheduled_messages" in q]
    finally:
        for worker in made:
            await worker.db.close()
