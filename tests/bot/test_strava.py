"""Runs arrive by themselves from Strava (issue 19), over real HTTP to a Strava stand-in.

Each test connects through /connect's button as a runner would (the stand-in approves at once
and redirects the browser to our callback), then Strava's stand-in POSTs webhook events to our
web server and the worker is run on the simulated clock.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import aiohttp
import pytest
from pydantic import ValidationError

from bot.cli import USAGE_ERROR, main
from bot.coach import Coach, Incoming, Outgoing
from bot.console import SimulatedClock
from bot.settings import Settings
from bot.strava import messages
from bot.strava.app import strava_config
from bot.strava.oauth import sign_state
from bot.strava.subscription import ensure_subscription, remove_subscription
from engine.events import RunLogged
from engine.watchfiles import read_activity_file
from storage.db import Database
from storage.strava import SqliteStravaStore
from tests.activityfiles import DATA
from tests.bot.strava_rig import USER, VERIFY, Rig, start_rig, stop_rig
from tests.stravaapi import DEFAULT_ATHLETE

FR110 = "run_garmin-fr110_2013-02-06.fit"  # 4,835 m in 43:45, 2013-02-06 12:11 UTC

#: The stand-in's default run: 10:30:00Z, 3520 s moving, 3700 s elapsed -> ends 11:31:40.
START = datetime(2026, 11, 26, 10, 30, tzinfo=UTC)
END = START + timedelta(seconds=3700)


@pytest.fixture
async def rig(strava_server: Any, coach: Coach, clock: SimulatedClock,
              database: Database) -> AsyncIterator[Rig]:
    clock.now = START - timedelta(hours=2)
    rig = await start_rig(strava_server, coach, clock, SqliteStravaStore(database))
    yield rig
    await stop_rig(rig)


async def connected(rig: Rig) -> Rig:
    status, page = await rig.connect()
    assert status == 200, page
    return rig


def _sent(rig: Rig) -> Incoming:
    return Incoming(user_id=USER, chat_id=USER, text="", received_at=rig.clock())


def _strava_copy_of(run: Any) -> dict[str, Any]:
    """The activity Strava holds for the same recording (its own rounding of the numbers)."""
    return {"start_date": run.at.strftime("%Y-%m-%dT%H:%M:%SZ"), "distance": 4840.0,
            "moving_time": 2620, "elapsed_time": 2700, "calories": None}


async def live_runs(coach: Coach) -> list[RunLogged]:
    return [s.event for s in await coach.stores.events.all_for_user(USER)
            if isinstance(s.event, RunLogged)
            and await coach.stores.events.get(USER, s.id) is not None]


class TestConnect:
    async def test_the_button_connects_and_the_chat_is_told(self, rig: Rig) -> None:
        """Following /connect's button ends on a friendly page and a confirmation in the chat."""
        status, page = await rig.connect()
        assert status == 200
        assert "Strava is connected" in page
        assert rig.sent == [(USER, rig.sent[0][1])]
        assert rig.sent[0][1].text == messages.CONNECTED
        link = await rig.strava.links.store.get(USER)
        assert link is not None
        assert link.athlete_id == DEFAULT_ATHLETE

    async def test_the_button_asks_strava_for_activity_read_all(self, rig: Rig) -> None:
        query = parse_qs(urlsplit(await rig.button_url()).query)
        assert query["scope"] == ["activity:read_all"]
        assert query["redirect_uri"] == [rig.config.callback_url]

    async def test_a_forged_state_is_refused(self, rig: Rig) -> None:
        """A state for another runner (or made up) connects nobody."""
        url = await rig.button_url()
        parts = urlsplit(url)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        user, rest = query["state"].split(".", 1)
        query["state"] = f"{int(user) + 1}.{rest}"
        status, page = await rig.connect(url=parts._replace(query=urlencode(query)).geturl())
        assert status == 400
        assert "expired" in page
        assert await rig.strava.links.store.get(USER) is None
        assert await rig.strava.links.store.get(USER + 1) is None
        assert rig.sent == []

    async def test_an_expired_state_is_refused(self, rig: Rig) -> None:
        url = await rig.button_url()
        rig.clock.now += timedelta(minutes=31)
        status, _ = await rig.connect(url=url)
        assert status == 400
        assert await rig.strava.links.store.get(USER) is None

    async def test_a_reloaded_callback_page_says_the_link_was_used(self, rig: Rig) -> None:
        """The code was exchanged already: the browser hears it, the link stays."""
        url = await rig.button_url()
        async with aiohttp.ClientSession() as session, session.get(url) as first:
            callback = str(first.url)
        status, page = await rig.connect(url=callback)
        assert status == 400
        assert "expired" in page
        assert await rig.strava.links.store.get(USER) is not None

    async def test_a_refusal_at_strava_connects_nothing(self, rig: Rig) -> None:
        rig.server.deny_next()
        status, page = await rig.connect()
        assert status == 200
        assert "not connected" in page
        assert await rig.strava.links.store.get(USER) is None

    async def test_without_activity_permission_the_runner_is_told(self, rig: Rig) -> None:
        rig.server.granted_scope = "read"
        status, _ = await rig.connect()
        assert status == 200
        assert await rig.strava.links.store.get(USER) is None
        assert rig.texts() == [messages.SCOPE_MISSING]


class TestEvents:
    async def test_a_run_is_logged_and_its_reminder_is_timed_from_its_end(self,
                                                                          rig: Rig) -> None:
        """The event arrives 10 minutes after the run ended: reminder at end + 30 min."""
        await connected(rig)
        rig.server.add_activity(101)
        rig.at(END + timedelta(minutes=10))
        assert await rig.push(101) == 200
        assert await rig.work() == 1
        [(chat, message)] = rig.sent[1:]
        assert chat == USER
        assert message.text.startswith("🏃 From Strava: 12.1 km in 58:40\n")
        assert "Today" in message.text  # the day's balance follows
        assert [b.label for b in message.buttons[0]] == ["↩️ Undo"]
        [run] = await live_runs(rig.coach)
        assert (run.distance_m, run.duration_s, run.elapsed_s) == (12_100, 3520, 3700)
        assert (run.elevation_gain_m, run.device_kcal, run.at) == (85, 910, START)
        assert run.source == "strava"
        [reminder] = await rig.coach.stores.schedule.pending(USER, "reminder", now=rig.clock())
        assert reminder.due_at == END + timedelta(minutes=30)
        rig.at(END + timedelta(minutes=31))
        [due] = await rig.coach.due(rig.clock())
        assert due.message.kind == "reminder"

    async def test_a_run_that_arrives_after_its_window_gets_no_reminder(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(102)
        rig.at(END + timedelta(hours=3))
        await rig.push(102)
        await rig.work()
        assert len(await live_runs(rig.coach)) == 1
        assert await rig.coach.stores.schedule.pending(USER, "reminder", now=rig.clock()) == []

    async def test_other_sports_are_logged_as_activities(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(103, sport_type="Ride", type="Ride", distance=40_000.0,
                                moving_time=5400, elapsed_time=5600)
        rig.at(END)
        await rig.push(103)
        await rig.work()
        assert rig.texts()[-1].startswith("🚴 From Strava: cycle 40 km in 1:30:00")
        [stored] = await rig.coach.stores.events.all_for_user(USER)
        assert stored.event.kind == "activity"

    async def test_an_update_rereads_the_activity(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(104)
        rig.at(END + timedelta(minutes=5))
        await rig.push(104)
        await rig.work()
        rig.server.activities[104]["distance"] = 13_000.0
        rig.at(END + timedelta(minutes=20))
        await rig.push(104, aspect_type="update", updates={"type": "Run"})
        await rig.work()
        assert [r.distance_m for r in await live_runs(rig.coach)] == [13_000]
        assert rig.texts()[-1].startswith("🏃 From Strava: 13 km in 58:40")

    async def test_an_update_after_the_runner_undid_the_run_logs_nothing(self,
                                                                           rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(118)
        rig.at(END)
        await rig.push(118)
        await rig.work()
        [stored] = await rig.coach.stores.events.all_for_user(USER)
        await rig.coach.undo_event(USER, USER, rig.clock(), stored.id)
        await rig.push(118, aspect_type="update", updates={"type": "TrailRun"})
        await rig.work()
        assert await live_runs(rig.coach) == []
        assert len(rig.sent) == 2

    async def test_a_new_title_changes_nothing(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(105)
        rig.at(END)
        await rig.push(105)
        await rig.work()
        calls = len(rig.server.calls)
        await rig.push(105, aspect_type="update", updates={"title": "Tempo"}, event_time=1)
        await rig.work()
        assert len(rig.server.calls) == calls
        assert len(rig.sent) == 2

    async def test_a_delete_removes_the_run_and_its_reminder(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(106)
        rig.at(END)
        await rig.push(106)
        await rig.work()
        rig.at(END + timedelta(minutes=3))
        await rig.push(106, aspect_type="delete")
        await rig.work()
        assert await live_runs(rig.coach) == []
        assert await rig.coach.stores.schedule.pending(USER, "reminder", now=rig.clock()) == []
        assert rig.texts()[-1].startswith(messages.DELETED)

    async def test_a_duplicate_event_is_logged_once(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(107)
        rig.at(END)
        assert await rig.push(107, event_time=1_700_000_000) == 200
        assert await rig.push(107, event_time=1_700_000_000) == 200  # redelivered
        await rig.push(107, event_time=1_700_000_005)  # a second create for the same run
        await rig.work()
        assert len(await live_runs(rig.coach)) == 1
        assert len(rig.sent) == 2  # "connected", then one run

    async def test_a_typed_run_of_the_same_time_is_replaced_not_doubled(self, rig: Rig) -> None:
        await connected(rig)
        typed = Incoming(user_id=USER, chat_id=USER, text="ran 12 km in 59 min",
                         received_at=END + timedelta(minutes=2))
        await rig.coach.handle_text(typed)
        rig.server.add_activity(108)
        rig.at(END + timedelta(minutes=10))
        await rig.push(108)
        await rig.work()
        [run] = await live_runs(rig.coach)
        assert run.source == "strava"
        assert len(await rig.coach.stores.schedule.pending(USER, "reminder",
                                                           now=rig.clock())) == 1

    async def test_a_run_sent_as_a_file_first_is_replaced_not_doubled(self, rig: Rig) -> None:
        """The watch file, then Strava's copy of the same run: one run, counted once."""
        await connected(rig)
        data = (DATA / FR110).read_bytes()
        imported = await rig.coach.import_activity(_sent(rig), data, "run.fit")
        [file_run] = imported.events
        rig.server.add_activity(110, **_strava_copy_of(file_run))
        await rig.push(110)
        await rig.work()
        [run] = await live_runs(rig.coach)
        assert run.source == "strava"
        assert rig.texts()[-1].startswith("🏃 From Strava: 4.8 km in 43:40")

    async def test_a_file_sent_after_strava_logged_the_run_replaces_it(self, rig: Rig) -> None:
        """The other way round: Strava's run first, then the watch file of it."""
        await connected(rig)
        data = (DATA / FR110).read_bytes()
        [file_run] = read_activity_file(data, FR110, mass_kg=70.0)
        rig.server.add_activity(111, **_strava_copy_of(file_run))
        await rig.push(111)
        await rig.work()
        imported = await rig.coach.import_activity(_sent(rig), data, "run.fit")
        assert len(imported.replaced) == 1
        [run] = await live_runs(rig.coach)
        assert run.source == "fit"

    async def test_events_of_athletes_nobody_connected_are_dropped(self, rig: Rig) -> None:
        rig.server.add_activity(109, athlete_id=99)
        assert await rig.push(109, owner_id=99) == 200
        assert await rig.work() == 0
        assert rig.server.calls == []

    async def test_a_malformed_event_is_refused(self, rig: Rig) -> None:
        async with aiohttp.ClientSession() as s, s.post(rig.config.webhook_url,
                                                        data=b"{nope") as r:
            assert r.status == 400

    async def test_strava_revoking_access_deletes_the_link(self, rig: Rig) -> None:
        await connected(rig)
        await rig.push(DEFAULT_ATHLETE, object_type="athlete", aspect_type="update",
                       updates={"authorized": "false"})
        await rig.work()
        assert await rig.strava.links.store.get(USER) is None
        assert rig.texts()[-1] == messages.REVOKED


@pytest.mark.parametrize("coach", ["sqlite"], indirect=True)  # the runner's rows, as in the bot
class TestFaultBeforeTheRunnerIsTold:
    """Keeping the runner's message fails once (the database blinked): the event comes back
    after its back-off, and the runner ends with the run once and its message once."""

    failures: list[Exception]

    @pytest.fixture
    async def told(self, strava_server: Any, coach: Coach, clock: SimulatedClock,
                   database: Database) -> AsyncIterator[Rig]:
        """The rig telling runners through `Coach.notify`, failing once per `self.fail()`."""
        self.failures = []

        async def notify(user_id: int, chat_id: int, message: Outgoing, *,
                         key: str | None = None) -> None:
            if self.failures:
                raise self.failures.pop()
            await coach.notify(user_id, chat_id, message, clock(), key)

        clock.now = START - timedelta(hours=2)
        rig = await start_rig(strava_server, coach, clock, SqliteStravaStore(database), notify)
        yield rig
        await stop_rig(rig)

    def fail(self) -> None:
        self.failures.append(RuntimeError("database is locked"))

    async def notices(self, rig: Rig) -> list[str]:
        return [row.payload.text or "" for row in
                await rig.coach.stores.schedule.pending(USER, "notice")
                if row.payload.text != messages.CONNECTED]

    async def test_a_new_run_is_told_on_the_retry(self, told: Rig) -> None:
        await connected(told)
        told.server.add_activity(131)
        told.at(END)
        await told.push(131)
        self.fail()
        assert await told.work() == 0  # the fault: the event waits for its retry
        told.at(END + timedelta(seconds=31))
        assert await told.work() == 1
        assert len(await live_runs(told.coach)) == 1
        [notice] = [t for t in await self.notices(told) if t.startswith("🏃 From Strava:")]
        assert notice.startswith("🏃 From Strava: 12.1 km in 58:40")
        assert len(await told.coach.stores.schedule.pending(USER, "reminder",
                                                            now=told.clock())) == 1

    async def test_a_delete_that_fails_half_way_is_finished_on_the_retry(
            self, told: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
        """Undoing the run fails once: the retry still finds the run and undoes it."""
        await connected(told)
        told.server.add_activity(132)
        told.at(END)
        await told.push(132)
        assert await told.work() == 1
        undo = told.coach.undo_event

        async def fails_once(*args: Any) -> list[Outgoing]:
            monkeypatch.setattr(told.coach, "undo_event", undo)
            raise RuntimeError("database is locked")

        monkeypatch.setattr(told.coach, "undo_event", fails_once)
        told.at(END + timedelta(minutes=5))
        await told.push(132, aspect_type="delete")
        assert await told.work() == 0
        told.at(END + timedelta(minutes=6))
        assert await told.work() == 1
        assert await live_runs(told.coach) == []
        assert len([t for t in await self.notices(told) if t.startswith(messages.DELETED)]) == 1

    async def test_told_twice_with_one_key_is_heard_once(self, told: Rig) -> None:
        """A retry that says its message again does not make the runner hear it twice."""
        await connected(told)
        hello = Outgoing("🏃 From Strava: 5 km")
        await told.strava.worker.send(USER, USER, hello, key="strava:9:0")
        await told.strava.worker.send(USER, USER, hello, key="strava:9:0")
        assert await self.notices(told) == [hello.text]


class TestTokens:
    async def test_an_expired_token_is_refreshed(self, rig: Rig) -> None:
        """Six hours on, the token is refreshed before the call; the new one is kept."""
        await connected(rig)
        before = await rig.strava.links.store.get(USER)
        rig.server.add_activity(110, start_date="2026-11-26T16:40:00Z")
        rig.at(before.expires_at if before else START)
        await rig.push(110)
        await rig.work()
        assert ("POST", "/oauth/token refresh_token") in rig.server.calls
        assert len(await live_runs(rig.coach)) == 1
        after = await rig.strava.links.store.get(USER)
        assert after is not None
        assert before is not None
        assert after.expires_at > before.expires_at

    async def test_a_refused_token_is_refreshed_once(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.expire_tokens()  # Strava's clock says so, ours does not yet
        rig.server.add_activity(111)
        rig.at(END)
        await rig.push(111)
        await rig.work()
        assert len(await live_runs(rig.coach)) == 1

    async def test_disconnect_deauthorizes_and_leaves_no_token_row(self, rig: Rig,
                                                                    database: Database) -> None:
        await connected(rig)
        [reply] = await rig.strava.links.disconnect(USER)
        assert reply.text == messages.DISCONNECTED
        assert rig.server.deauthorized == [DEFAULT_ATHLETE]
        assert await database.read("SELECT * FROM strava_links") == []
        [again] = await rig.strava.links.disconnect(USER)
        assert again.text == messages.NOT_CONNECTED

    async def test_the_database_file_holds_no_token_in_clear(self, rig: Rig,
                                                            database: Database) -> None:
        await connected(rig)
        rig.server.add_activity(112, start_date="2026-11-26T16:40:00Z")
        link = await rig.strava.links.store.get(USER)
        assert link is not None
        rig.at(link.expires_at)  # a refresh writes a second pair
        await rig.push(112)
        await rig.work()
        tokens = rig.server.tokens_issued()
        assert len(tokens) >= 2
        sealed = await rig.strava.links.store.get(USER)
        assert sealed is not None
        files = sorted(Path(database.path).parent.glob(Path(database.path).name + "*"))
        data = b"".join(f.read_bytes() for f in files)
        assert sealed.tokens.encode() in data  # the bytes read are where the link is
        for token in tokens:
            assert token.encode() not in data

    async def test_no_token_is_logged(self, rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.DEBUG)
        await connected(rig)
        rig.server.add_activity(113)
        rig.at(END)
        rig.server.expire_tokens()
        await rig.push(113)
        await rig.work()
        await rig.strava.links.disconnect(USER)
        for token in [*rig.server.tokens_issued(), rig.config.client_secret]:
            assert token not in caplog.text


class TestLimits:
    async def test_a_429_is_honoured_until_the_window_resets(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(114)
        rig.at(datetime(2026, 11, 26, 11, 40, tzinfo=UTC))
        rig.server.fail_next(429, headers={"X-RateLimit-Usage": "101,300"})
        await rig.push(114)
        assert await rig.work() == 0
        calls = len(rig.server.calls)
        rig.at(datetime(2026, 11, 26, 11, 44, tzinfo=UTC))
        assert await rig.work() == 0
        assert len(rig.server.calls) == calls  # nothing asked while the window is used up
        rig.at(datetime(2026, 11, 26, 11, 45, 1, tzinfo=UTC))
        assert await rig.work() == 1
        assert len(await live_runs(rig.coach)) == 1

    async def test_a_used_up_window_waits_without_a_429(self, rig: Rig) -> None:
        """The headers say the 15-minute window is spent: the next event waits for :15."""
        await connected(rig)
        rig.server.limits = (1, 1000)
        rig.server.add_activity(115)
        rig.server.add_activity(116, start_date="2026-11-26T08:00:00Z")
        rig.at(datetime(2026, 11, 26, 12, 3, tzinfo=UTC))
        await rig.push(115)
        await rig.push(116)
        assert await rig.work() == 1
        assert len([c for c in rig.server.calls if "activities" in c[1]]) == 1
        rig.server.usage = [0, 1]
        rig.at(datetime(2026, 11, 26, 12, 15, tzinfo=UTC))
        assert await rig.work() == 1

    async def test_a_5xx_is_retried_from_the_durable_row(self, rig: Rig) -> None:
        await connected(rig)
        rig.server.add_activity(117)
        rig.at(END)
        rig.server.fail_next(503, times=2)
        await rig.push(117)
        assert await rig.work() == 0
        assert await rig.work() == 0  # not due again yet
        rig.at(END + timedelta(seconds=31))
        assert await rig.work() == 0  # the second 503
        rig.at(END + timedelta(minutes=3))
        assert await rig.work() == 1
        assert len(await live_runs(rig.coach)) == 1


class TestSubscription:
    async def test_subscribing_answers_stravas_challenge(self, rig: Rig) -> None:
        subscription = await rig.strava.client.subscribe()
        assert rig.server.subscription == {"id": subscription,
                                           "callback_url": rig.config.webhook_url}

    async def test_a_wrong_verify_token_gets_no_challenge(self, rig: Rig) -> None:
        query = {"hub.mode": "subscribe", "hub.challenge": "x", "hub.verify_token": "nope"}
        async with aiohttp.ClientSession() as s, s.get(rig.config.webhook_url,
                                                       params=query) as r:
            assert r.status == 403
        query["hub.verify_token"] = VERIFY
        async with aiohttp.ClientSession() as s, s.get(rig.config.webhook_url,
                                                       params=query) as r:
            assert await r.json() == {"hub.challenge": "x"}


def test_state_is_plain_ascii() -> None:
    """The state travels in a URL unquoted: digits, dots and base64url only."""
    state = sign_state(b"k" * 32, USER, USER, datetime(2026, 1, 1, tzinfo=UTC))
    assert re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+\.[A-Za-z0-9_-]+", state)


class TestSettings:
    def test_a_secret_key_that_is_no_fernet_key_is_refused_by_name(self) -> None:
        with pytest.raises(ValidationError, match="runfuel secret-key"):
            Settings(_env_file=None, secret_key="not-a-key")  # type: ignore[call-arg]

    def test_half_a_set_up_leaves_strava_off_and_says_what_is_missing(
            self, caplog: pytest.LogCaptureFixture) -> None:
        settings = Settings(_env_file=None, strava_client_id="1",  # type: ignore[call-arg]
                            public_url="https://coach.example.org")
        assert strava_config(settings) is None
        assert "STRAVA_CLIENT_SECRET, STRAVA_VERIFY_TOKEN, RUNFUEL_SECRET_KEY" in caplog.text

    def test_nothing_set_is_quietly_off(self, caplog: pytest.LogCaptureFixture) -> None:
        assert strava_config(Settings(_env_file=None)) is None  # type: ignore[call-arg]
        assert caplog.text == ""


class TestSubscribeCommand:
    async def test_subscribing_twice_keeps_one_subscription(self, rig: Rig) -> None:
        first = await ensure_subscription(rig.config)
        assert first == f"subscribed: id 1 -> {rig.config.webhook_url}"
        assert (await ensure_subscription(rig.config)).startswith("already subscribed: id 1")
        assert await remove_subscription(rig.config) == "removed: 1"
        assert rig.server.subscription is None

    def test_without_strava_set_up_the_command_says_what_is_missing(
            self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        for name in ("STRAVA_CLIENT_ID", "STRAVA_CLIENT_SECRET", "STRAVA_VERIFY_TOKEN",
                     "RUNFUEL_PUBLIC_URL", "RUNFUEL_SECRET_KEY"):
            monkeypatch.delenv(name, raising=False)
        assert main(["strava-subscribe"]) == USAGE_ERROR
        assert "STRAVA_CLIENT_ID" in capsys.readouterr().err
