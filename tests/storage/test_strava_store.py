"""The Strava store on both backends: links, durable events, activity ids; and the whole
flow (connect, event, run logged, disconnect) on each backend over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.console import SimulatedClock
from bot.main import build_coach
from bot.strava import messages
from bot.strava.ports import StravaStore
from engine.food import FoodTable
from engine.strava import StravaLink, WebhookEvent
from storage.postgres import PgDatabase
from storage.postgres.strava import PgStravaStore
from storage.strava import SqliteStravaStore
from tests.bot.strava_rig import USER, Rig, start_rig, stop_rig
from tests.storage.conftest import Backend

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


def store_of(backend: Backend) -> StravaStore:
    if isinstance(backend.db, PgDatabase):
        return PgStravaStore(backend.db)
    return SqliteStravaStore(backend.db)


def a_link(user_id: int = 1, athlete_id: int = 500) -> StravaLink:
    return StravaLink(user_id=user_id, athlete_id=athlete_id, chat_id=user_id, tokens="sealed",
                      expires_at=NOW + timedelta(hours=6), scope="read,activity:read_all",
                      connected_at=NOW)


def an_event(object_id: int = 9, aspect: str = "create", at: int = 1) -> WebhookEvent:
    return WebhookEvent(owner_id=500, object_type="activity", object_id=object_id,
                        aspect_type=aspect, event_time=at, updates={"type": "Run"})


class TestStravaStore:
    async def test_a_link_round_trips_and_an_athlete_links_one_runner(self,
                                                                     backend: Backend) -> None:
        store = store_of(backend)
        await store.link(a_link(1))
        assert await store.get(1) == a_link(1)
        await store.link(a_link(2))  # the same athlete connected from another account
        assert await store.get(1) is None
        assert (await store.for_athlete(500)) == a_link(2)
        await store.set_tokens(2, "resealed", NOW + timedelta(hours=12))
        link = await store.get(2)
        assert link is not None
        assert (link.tokens, link.expires_at) == ("resealed", NOW + timedelta(hours=12))

    async def test_events_are_kept_once_and_leased_until_done(self, backend: Backend) -> None:
        store = store_of(backend)
        await store.link(a_link(1))
        assert await store.add_event(1, an_event(), now=NOW)
        assert not await store.add_event(1, an_event(), now=NOW)  # redelivered
        assert await store.add_event(1, an_event(aspect="update", at=2), now=NOW)
        first, second = await store.claim_events(NOW, LEASE)
        assert (first.aspect_type, first.updates, first.attempts) == ("create", {"type": "Run"}, 1)
        assert second.aspect_type == "update"
        assert await store.claim_events(NOW, LEASE) == []  # leased
        await store.finish_event(first.id, now=NOW)
        await store.retry_event(second.id, NOW + timedelta(minutes=1))
        assert await store.next_event_due() == NOW + timedelta(minutes=1)
        [again] = await store.claim_events(NOW + LEASE, LEASE)
        assert (again.id, again.attempts) == (second.id, 2)

    async def test_finished_events_are_pruned_after_a_while(self, backend: Backend) -> None:
        store = store_of(backend)
        await store.link(a_link(1))
        await store.add_event(1, an_event(), now=NOW)
        await store.add_event(1, an_event(at=2), now=NOW)
        first, _ = await store.claim_events(NOW, LEASE)
        await store.finish_event(first.id, now=NOW)
        assert await store.prune_events(NOW) == 0
        assert await store.prune_events(NOW + timedelta(seconds=1)) == 1
        assert not await store.add_event(1, an_event(at=2), now=NOW)  # the open one stays

    async def test_a_crashed_worker_leaves_the_event_to_the_next(self, backend: Backend) -> None:
        store = store_of(backend)
        await store.link(a_link(1))
        await store.add_event(1, an_event(), now=NOW)
        [claimed] = await store.claim_events(NOW, LEASE)
        assert await store.claim_events(NOW + LEASE - timedelta(seconds=1), LEASE) == []
        [again] = await store.claim_events(NOW + LEASE, LEASE)
        assert again.id == claimed.id

    async def test_unlink_takes_the_waiting_events_and_activity_ids(self,
                                                                    backend: Backend) -> None:
        store = store_of(backend)
        await store.link(a_link(1))
        await store.add_event(1, an_event(), now=NOW)
        await store.map_activity(1, 9, 77)
        assert await store.activity_event(1, 9) == 77
        assert await store.unlink(1) == a_link(1)
        assert await store.unlink(1) is None
        assert await store.claim_events(NOW, LEASE) == []
        assert await store.activity_event(1, 9) is None

    async def test_deleting_the_user_deletes_the_link_and_events(self,
                                                               backend: Backend) -> None:
        store = store_of(backend)
        await store.link(a_link(1))
        await store.add_event(1, an_event(), now=NOW)
        await backend.stores.users.delete(1)
        assert await store.get(1) is None
        assert await store.claim_events(NOW, LEASE) == []


@pytest.fixture
async def flow(backend: Backend, strava_server: Any, foods: FoodTable) -> AsyncIterator[Rig]:
    clock = SimulatedClock(NOW)
    rig = await start_rig(strava_server, build_coach(backend.db, clock, foods), clock,
                          store_of(backend))
    yield rig
    await stop_rig(rig)


async def test_connect_event_and_disconnect_on_each_backend(flow: Rig) -> None:
    """The whole flow, on SQLite and on PostgreSQL."""
    status, _ = await flow.connect()
    assert status == 200
    flow.server.add_activity(1, start_date="2026-11-26T11:00:00Z")
    flow.at(NOW + timedelta(minutes=5))
    await flow.push(1)
    assert await flow.work() == 1
    assert flow.texts()[-1].startswith("🏃 From Strava: 12.1 km in 58:40")
    [reply] = await flow.strava.links.disconnect(USER)
    assert reply.text == messages.DISCONNECTED
    assert await flow.strava.links.store.get(USER) is None
    assert [s.event.kind for s in await flow.coach.stores.events.all_for_user(USER)] == ["run"]
