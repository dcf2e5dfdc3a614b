"""The fakes and SQLite, given the same calls, give the same answers.

A seeded random walk over every port method (users, events with undo and corrections, the
schedule and its outbox, foods, setups, presses), with redelivered updates and other users'
ids mixed in, runs once on the in-memory fakes and once on a SQLite file wired as main()
wires it (caches included); every answer, exceptions included, must match. test_stores.py
checks chosen cases on all three backends; this finds the ones nobody thought of (it found
that SQLite's `claim_due` returned the claimed rows still marked pending).

Ids are compared too, so PostgreSQL is left out here: its sequences skip the ids of rows an
upsert updated instead, and no caller may rely on id values. Runner deletion is left to
test_stores.py for the same reason (SQLite hands a freed schedule row id out again).
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.coach import Stores
from bot.main import build_stores
from engine.events import FoodItem, MealLogged, RunLogged, WeightLogged
from engine.food import user_food
from engine.profile import Profile
from engine.records import MessagePayload, PlannedRow
from engine.setup import SetupState
from storage.db import Database
from tests.fakes import fake_stores

START = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
USERS = (1, 2, 3)
STEPS = 400
KINDS = ("reminder", "summary", "weekly", "nudge")


@dataclass
class Walk:
    """The state the next random call is drawn from, the same on both sides."""

    rng: random.Random
    now: datetime = START
    #: Update ids of saves and marks, by user: Telegram's update ids are global, and each
    #: update comes from one user (PostgreSQL keys them by user, SQLite by id alone).
    claimed: dict[int, list[int]] = field(default_factory=dict)
    added: list[Call] = field(default_factory=list)  # event additions, to deliver again
    event_ids: list[int] = field(default_factory=list)
    held: list[tuple[int, int]] = field(default_factory=list)  # (user, id) stored held
    message_ids: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    def user(self) -> int:
        return self.rng.choice(USERS)

    def time(self) -> datetime:
        return self.now + timedelta(minutes=self.rng.randint(-600, 600))

    def some(self, pool: list[int], fresh: int) -> int:
        return self.rng.choice(pool) if pool and self.rng.random() < 0.7 else fresh


def an_event(walk: Walk) -> RunLogged | MealLogged | WeightLogged:
    at = walk.time()
    pick = walk.rng.randrange(3)
    if pick == 0:
        km = walk.rng.randint(3, 25)
        return RunLogged(at=at, distance_m=km * 1000, duration_s=km * 330, energy_kcal=km * 70)
    if pick == 1:
        protein = float(walk.rng.randint(0, 60))
        item = FoodItem(text="shake", food="shake", source="stated", kcal=4 * protein,
                        protein_g=protein, carbs_g=0.0, fat_g=0.0)
        return MealLogged(at=at, items=(item,))
    return WeightLogged(at=at, mass_kg=walk.rng.randint(500, 800) / 10)


Call = Callable[[Stores], Awaitable[Any]]


def next_call(walk: Walk) -> tuple[str, Call]:
    """One port call with its arguments drawn now, so both sides get exactly the same."""
    rng, now, uid = walk.rng, walk.now, walk.user()
    pick = rng.randrange(24)
    if pick == 0:
        chat = rng.choice([None, uid, uid + 100])
        return "users.touch", lambda s: s.users.touch(uid, chat_id=chat, now=now)
    if pick == 1:
        update = walk.some(walk.claimed.setdefault(uid, []), rng.randint(10**7, 2 * 10**7))
        walk.claimed[uid].append(update)
        profile = Profile(weight_kg=rng.randint(50, 90))
        return "users.save", lambda s: s.users.save(uid, profile, now=now, update_id=update)
    if pick == 2:
        active = rng.random() < 0.5
        return "users.set_active", lambda s: s.users.set_active(uid, active)
    if pick == 3:
        after, limit = rng.choice([0, 1, 2]), rng.randint(1, 3)
        return "users.active_users", lambda s: s.users.active_users(after_id=after, limit=limit)
    if pick in {4, 5, 6}:
        if walk.added and rng.random() < 0.2:  # Telegram delivers an update again
            return "events.add", rng.choice(walk.added)
        update = rng.choice([None, rng.randint(1, 10**6)])
        events = [an_event(walk) for _ in range(rng.randint(1, 3))]
        message = walk.some(walk.message_ids, rng.randint(1, 10**6))
        walk.message_ids.append(message)
        replaces = rng.sample(walk.event_ids, min(len(walk.event_ids), rng.randint(0, 2)))
        if replaces and rng.random() < 0.3:
            events = []
        held = rng.random() < 0.2  # a message that read like chat: stored, not live

        def add(s: Stores) -> Awaitable[Any]:
            return s.events.add(uid, events, now=now, chat_id=uid, message_id=message,
                                update_id=update, replaces=replaces, held=held)

        walk.added.append(add)
        return ("events.add held" if held else "events.add"), add
    if pick == 7:
        update = walk.some(walk.claimed.setdefault(uid, []), rng.randint(10**7, 2 * 10**7))
        walk.claimed[uid].append(update)
        return "events.mark_update", lambda s: s.events.mark_update(uid, update, now=now)
    if pick == 8:
        event_id = rng.choice([None, *walk.event_ids[-5:]])
        if event_id is not None and rng.random() < 0.4:  # "✅ Log it" under a held message
            user, held_id = (rng.choice(walk.held) if walk.held and rng.random() < 0.7
                             else (uid, event_id))
            return "events.log_held", lambda s: s.events.log_held(user, held_id, now=now)
        return "events.undo", lambda s: s.events.undo(uid, now=now, event_id=event_id)
    if pick == 9:
        event_id = walk.some(walk.event_ids, 10**6)
        return "events.get+fate", lambda s: _all(s.events.get(uid, event_id),
                                                  s.events.fate(uid, event_id))
    if pick == 10:
        message = walk.some(walk.message_ids, 1)
        return "events.by_message+held", lambda s: _all(
            s.events.by_message(uid, uid, message), s.events.held_by_message(uid, uid, message))
    if pick == 11:
        start = walk.time()
        end = start + timedelta(hours=rng.randint(1, 30))
        kinds = rng.choice([None, ["run"], ["meal", "weight"]])
        return "events.between", lambda s: s.events.between(uid, start, end, kinds=kinds)
    if pick == 12:
        start = walk.time()
        end, since = start + timedelta(hours=24), start - timedelta(hours=rng.randint(0, 48))
        return "events.window", lambda s: s.events.window(uid, start, end, weights_since=since)
    if pick == 13:
        return "events.all_for_user", lambda s: s.events.all_for_user(uid)
    if pick == 14:
        fresh = f"k{rng.randint(1, 50)}"
        key = rng.choice(walk.keys) if walk.keys and rng.random() < 0.5 else fresh
        walk.keys.append(key)
        kind, due = rng.choice(KINDS), walk.time()
        expires = rng.choice([None, due + timedelta(hours=2), due - timedelta(minutes=1)])
        payload = rng.choice([None, MessagePayload(run_id=rng.randint(1, 9), run_end=due),
                              MessagePayload(code=rng.choice(["N4", "N6"]), text="t",
                                             day=due.date())])
        return "schedule.put", lambda s: s.schedule.put(uid, kind, due_at=due, dedupe_key=key,
                                                        now=now, expires_at=expires,
                                                        payload=payload)
    if pick == 15:
        rows = [PlannedRow(rng.choice(USERS), "summary", walk.time(), None,
                           f"s{rng.randint(1, 20)}") for _ in range(rng.randint(1, 4))]
        return "schedule.put_many", lambda s: s.schedule.put_many(rows, now=now)
    if pick == 16:
        key = rng.choice(walk.keys) if walk.keys else "k1"
        if rng.random() < 0.3:  # an /undo bringing back what a cancelled reminder was for
            return "schedule.revive+get", lambda s: _all(s.schedule.revive(uid, key),
                                                          s.schedule.get(uid, key))
        return "schedule.cancel+get", lambda s: _all(s.schedule.cancel(uid, key, now=now),
                                                      s.schedule.get(uid, key))
    if pick == 17:
        kind = rng.choice([None, *KINDS])
        at = rng.choice([None, walk.time()])
        return "schedule.pending", lambda s: _by_due(s.schedule.pending(uid, kind, now=at))
    if pick == 18:
        limit = rng.randint(1, 4)
        return "outbox.claim_due", lambda s: s.outbox.claim_due(now, limit)
    if pick == 19:
        message_id, state = rng.randint(1, 30), rng.choice(["sent", "failed", "skipped"])
        return "outbox.finish", lambda s: s.outbox.finish(message_id, state, now=now)
    if pick == 20:
        message_id, due = rng.randint(1, 30), walk.time()
        return "outbox.release+next_due", lambda s: _all(s.outbox.release(message_id, due),
                                                          s.outbox.next_due())
    if pick == 21:
        message_id, followed = rng.randint(1, 30), rng.random() < 0.5
        since, key = now - timedelta(days=1), rng.choice(walk.keys) if walk.keys else "k1"
        codes = [MessagePayload(code=c, text=c, day=now.date())
                 for c in rng.sample(["N4", "N5", "N7"], rng.randint(0, 3))]
        return "schedule.annotate+sent+plan_nudge", lambda s: _all(
            s.schedule.annotate(message_id, MessagePayload(followed=followed)),
            _by_id(s.schedule.sent_since(uid, "nudge", since)),
            s.schedule.nudge_state(uid, key, since),
            s.schedule.plan_nudge(uid, key, codes, sent_since=since, due_at=now,
                                  expires_at=now + timedelta(hours=6), now=now),
            s.schedule.get(uid, key))
    if pick == 22:
        food = user_food(rng.choice(["granola", "bar"]), kcal=rng.randint(100, 500),
                         protein_g=10, carbs_g=50, fat_g=10, per_grams=100)
        return "foods.save+for_user", lambda s: _all(s.foods.save(uid, food, now=now),
                                                      s.foods.for_user(uid))
    step = rng.choice(["units", "age", "weight"])
    if rng.random() < 0.3:
        return "setups.end+get", lambda s: _all(s.setups.end(uid), s.setups.get(uid))
    slot, message = rng.choice(["eat", "fix"]), rng.randint(1, 3)
    return "setups.put+presses.claim", lambda s: _all(
        s.setups.put(uid, SetupState(step, now)), s.setups.get(uid),
        s.presses.claim(uid, uid, message, slot, now=now))


async def _all(*calls: Awaitable[Any]) -> tuple[Any, ...]:
    """Await in order: each answer as the calls before it left the store."""
    return tuple([await c for c in calls])


async def _by_due(call: Awaitable[list[Any]]) -> list[Any]:
    """SQL orders pending rows by due time only; equal times may come in either order."""
    return sorted(await call, key=lambda m: (m.due_at, m.id))


async def _by_id(call: Awaitable[list[Any]]) -> list[Any]:
    """Rows sent at one instant may come in either order."""
    return sorted(await call, key=lambda m: m.id)


async def outcome(call: Call, stores: Stores) -> Any:
    """What the call returned, or the name of what it raised."""
    try:
        return await call(stores)
    except Exception as e:  # the kind of failure is the answer compared
        return f"raised {type(e).__name__}"


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_the_fakes_answer_as_sqlite_does(database: Database, seed: int) -> None:
    """Hundreds of mixed calls, redeliveries included: the fakes and SQLite agree."""
    fake, sqlite = fake_stores(), build_stores(database)
    for user in USERS:
        for stores in (fake, sqlite):
            await stores.users.touch(user, chat_id=user, now=START)
    walk = Walk(random.Random(seed))
    for step in range(STEPS):
        name, call = next_call(walk)
        mine, theirs = await outcome(call, fake), await outcome(call, sqlite)
        assert mine == theirs, f"step {step}: {name}"
        if name.startswith("events.add") and isinstance(theirs, list):
            walk.event_ids.extend(s.id for s in theirs)
            if name == "events.add held":
                walk.held.extend((s.user_id, s.id) for s in theirs)
        walk.now += timedelta(minutes=walk.rng.randint(0, 90))
