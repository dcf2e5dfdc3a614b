"""Durable Strava events -> fetched activities -> runs logged as if the runner had typed them.

Each webhook event is a row (`strava_events`) before Strava hears back. The worker leases due
rows oldest first (`LEASE`: a crash lets the lease lapse and the row comes back), works on each,
and marks it done only afterwards. What can go wrong only delays an event:

- Strava's rate limit (a 429, or a window used up according to its headers): every claimed row
  waits until the window resets, and nothing is asked of Strava before then;
- a 5xx, a timeout or any fault of ours: the row comes back after a growing back-off (`BACKOFF`);
- an expired or refused access token: refreshed once, then the call is made again.

An activity becomes a run (Run, TrailRun, VirtualRun) or an activity (`engine.strava`). A create
for an activity that is already logged does nothing; an update re-reads it and replaces our
event (unless the runner undid it, or a watch file replaced it: then it stays as it is); a
delete undoes it. A run the runner typed or sent as a file at the same time is replaced
rather than counted twice (`bot.coach.sessions`, the rule watch files follow too). The runner
then gets "🏃 From Strava: 12.1 km in 58:40" with Undo and the day's balance (through
`send`: in the bot, `Coach.notify`, a row the scheduled sender delivers and retries, so a
Telegram outage after the run is logged loses no message), and the
recovery reminder is timed from the activity's end (start + elapsed), as for a typed run: a run
that reaches us after its recovery window has no reminder.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta

from bot.coach import Coach, Outgoing
from bot.coach.sessions import repeated
from bot.strava import messages
from bot.strava.client import NotFound, RateLimited, Unauthorized
from bot.strava.link import StravaLinks
from bot.strava.ports import Notify
from engine.energy import baseline_kcal_per_min
from engine.strava import NotAnActivity, StravaLink, WebhookEvent, activity_event

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
BACKOFF = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10),
           timedelta(minutes=30), timedelta(hours=1))
#: Without a wake-up, the worker looks for due rows at least this often.
IDLE_S = 30.0
#: Finished events are kept this long, so a late redelivery is still recognised, then deleted.
KEEP_DONE = timedelta(days=7)
PRUNE_EVERY = timedelta(hours=1)
#: Title or privacy changes do not change what we logged.
UNCHANGED_BY = frozenset({"title", "private"})

#: Runs work for a runner in turn with their own updates
#: (bot.telegram.throttle.FairUpdateProcessor), so a run arriving from Strava never
#: interleaves with a message of theirs being handled.
InTurn = Callable[[int, Awaitable[list[Outgoing]]], Awaitable[list[Outgoing]]]


async def at_once(_user_id: int, work: Awaitable[list[Outgoing]]) -> list[Outgoing]:
    """No updates to keep in turn with (tests, the CLI)."""
    return await work


def backoff(attempts: int) -> timedelta:
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


class StravaWorker:
    def __init__(self, links: StravaLinks, coach: Coach, send: Notify,
                 in_turn: InTurn = at_once) -> None:
        self.links = links
        self.coach = coach
        self.send = send
        self.in_turn = in_turn
        self._wake = asyncio.Event()
        self._pruned: datetime | None = None

    def wake(self) -> None:
        """A new event was kept: look at once."""
        self._wake.set()

    async def run_due(self, limit: int = 20) -> int:
        """Work on every due event (a batch at a time); the number finished."""
        finished = 0
        while True:
            now = self.links.clock()
            batch = await self.links.store.claim_events(now, LEASE, limit)
            if not batch:
                return finished
            for i, event in enumerate(batch):
                try:
                    await self._handle(event, now)
                except RateLimited as e:
                    for waiting in batch[i:]:
                        await self.links.store.retry_event(waiting.id, e.until)
                    logger.warning("strava: %d events wait for the rate limit until %s",
                                   len(batch) - i, e.until)
                    return finished
                except Exception:  # any fault: the row comes back later
                    due = self.links.clock() + backoff(event.attempts)
                    logger.warning("strava: event %s failed (attempt %d), again at %s",
                                   event.id, event.attempts, due, exc_info=True)
                    await self.links.store.retry_event(event.id, due)
                    continue
                await self.links.store.finish_event(event.id, now=self.links.clock())
                finished += 1

    async def run_forever(self) -> None:
        """The background loop: due rows now, then sleep until the next or a wake-up."""
        while True:
            try:
                await self.run_due()
                await self.prune()
                upcoming = await self.links.store.next_event_due()
            except Exception:  # e.g. the database briefly unavailable
                logger.exception("strava: the worker's pass failed")
                upcoming = None
            delay = IDLE_S
            if upcoming is not None:
                delay = min(IDLE_S, max(0.5, (upcoming - self.links.clock()).total_seconds()))
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._wake.wait()
            self._wake.clear()

    async def prune(self) -> None:
        """Delete long-finished events, at most once per PRUNE_EVERY."""
        now = self.links.clock()
        if self._pruned is not None and now - self._pruned < PRUNE_EVERY:
            return
        self._pruned = now
        if removed := await self.links.store.prune_events(now - KEEP_DONE):
            logger.info("strava: %d finished events deleted", removed)

    async def _handle(self, event: WebhookEvent, now: datetime) -> None:
        if event.object_type == "athlete":
            if event.revokes and (link := await self.links.revoked(event.owner_id)) is not None:
                await self._tell(link, event, [Outgoing(messages.REVOKED)])
            return
        link = await self.links.store.for_athlete(event.owner_id)
        if link is None:
            return  # disconnected since: nothing of theirs is read any more
        uid = link.user_id
        logged = await self.links.store.activity_event(uid, event.object_id)
        if event.aspect_type == "delete":
            if logged:
                await self.in_turn(uid, self._delete(link, event, logged, now))
            return
        if logged is not None and (event.aspect_type == "create"
                                   or set(event.updates) <= UNCHANGED_BY
                                   or await self.coach.stores.events.get(uid, logged) is None):
            return  # logged already; or undone by the runner, or replaced by a watch file
        try:
            data = await self._read(link, event.object_id)
        except NotFound:
            logger.info("user=%s: Strava activity gone or not readable", uid)
            return
        await self.in_turn(uid, self._log(link, event, data, logged, now))

    async def _tell(self, link: StravaLink, event: WebhookEvent,
                    replies: list[Outgoing]) -> list[Outgoing]:
        """Say `replies`, keyed by the event: said again by a retry, they are heard once."""
        for i, reply in enumerate(replies):
            await self.send(link.user_id, link.chat_id, reply, key=f"strava:{event.id}:{i}")
        return replies

    # The activity is mapped to our event last, after the runner is told: a fault in between
    # brings the event back unmapped, and the retry logs it again (replacing, never doubling,
    # by the one rule of bot.coach.sessions) and says it again (heard once, by its key).

    async def _delete(self, link: StravaLink, event: WebhookEvent, logged: int,
                      now: datetime) -> list[Outgoing]:
        undone = await self.coach.undo_event(link.user_id, link.chat_id, now, logged)
        replies = await self._tell(link, event, [replace(r, text=f"{messages.DELETED}\n{r.text}")
                                                 for r in undone])
        await self.links.store.map_activity(link.user_id, event.object_id, None)
        return replies

    async def _log(self, link: StravaLink, event: WebhookEvent, data: dict[str, object],
                   logged: int | None, now: datetime) -> list[Outgoing]:
        """Log the activity read from Strava (in turn with the runner's own messages)."""
        uid = link.user_id
        runner = await self.coach.runner(uid, link.chat_id, now)
        try:
            new = activity_event(data, mass_kg=runner.weight_kg,
                                 baseline_per_min=baseline_kcal_per_min(runner.profile,
                                                                        runner.weight_kg))
        except NotAnActivity as e:
            logger.warning("user=%s: Strava activity not logged: %s", uid, e)
            return []
        replaces = [logged] if logged is not None else list(
            await repeated(self.coach.stores.events, uid, [new]))
        stored, replies = await self.coach.log_session(uid, link.chat_id, new, received_at=now,
                                                       replaces=replaces)
        if stored is None:
            return []
        logger.info("user=%s: Strava activity logged as event %s (%s)", uid, stored.id,
                    new.kind)
        header = messages.from_strava(new, runner.profile.units)
        told = await self._tell(link, event, [
            replace(r, text=header + "\n" + r.text.partition("\n")[2]) if i == 0 else r
            for i, r in enumerate(replies)])
        await self.links.store.map_activity(uid, event.object_id, stored.id)
        return told

    async def _read(self, link: StravaLink, activity_id: int) -> dict[str, object]:
        """The activity, with the token refreshed once if Strava refuses it."""
        try:
            return await self.links.client.activity(await self.links.access_token(link),
                                                    activity_id)
        except Unauthorized:
            fresh = await self.links.access_token(link, force=True)
            return await self.links.client.activity(fresh, activity_id)
