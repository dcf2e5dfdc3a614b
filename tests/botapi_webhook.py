"""Telegram's side of a webhook served by several identical workers (issue 18).

`WebhookDelivery` takes the updates queued on a `BotApiServer` and POSTs them the way
Telegram does to a webhook behind a load balancer, at most `max_connections` requests at once,
one request at a time per chat (an update of a chat waits until the one before it was
answered); an update whose request failed (connection refused or dropped, a timeout, any
status but 2xx) is delivered again. Only a 2xx answer removes an update from the queue. Two
fronts:

- `ROUND_ROBIN` (Caddy's `round_robin`): each request to the next worker; a failed update goes
  again to the next one, so a runner's updates land on every worker.
- `BY_RUNNER` (deploy/haproxy.cfg: `balance hash` on the sender's id, `hash-type consistent`,
  health checks): each runner's updates go to one worker, chosen by a consistent hash of the
  sender's id (`runner_of`) among the workers taken for alive (rendezvous hashing: a worker
  taken for dead hands only its own runners to the others, who keep theirs). A worker whose
  request failed is taken for dead for `DOWN_S`, as HAProxy's check (`inter 1s fall 2`)
  would, and its runners' updates go to the others meanwhile; an update without a sender goes
  round-robin, as HAProxy does when the hashed expression is missing.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import time
from collections.abc import Sequence
from http import HTTPStatus
from typing import Literal

import aiohttp

from tests.botapi import BotApiServer, JSONDict

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RETRY_PAUSE_S = 0.2
ROUND_ROBIN = "round-robin"
BY_RUNNER = "by-runner"
Front = Literal["round-robin", "by-runner"]
#: How long a worker whose request failed is taken for dead (`BY_RUNNER`).
DOWN_S = 2.0


def chat_of(update: JSONDict) -> int:
    """The chat an update belongs to (Telegram orders a webhook's updates per chat)."""
    for key in ("message", "edited_message"):
        if key in update:
            return int(update[key]["chat"]["id"])
    query = update.get("callback_query")
    if query is not None:
        return int(query["message"]["chat"]["id"]) if "message" in query else int(
            query["from"]["id"])
    return 0


def runner_of(update: JSONDict) -> int | None:
    """The sender's id, which deploy/haproxy.cfg hashes: `from.id` of the update's message,
    edited message or callback query (the kinds the bot asks for); None without one."""
    for key in ("message", "edited_message", "callback_query"):
        if key in update and "from" in update[key]:
            return int(update[key]["from"]["id"])
    return None


def rendezvous(runner: int, urls: Sequence[str]) -> str:
    """The url of `urls` that `runner`'s updates go to: the highest hash of (url, runner), so
    removing a url moves only the runners it had."""
    return max(urls, key=lambda url: hashlib.blake2b(f"{url} {runner}".encode(),
                                                    digest_size=8).digest())


class WebhookDelivery:
    """Deliver `server`'s queue to `urls` until stopped; count what happened."""

    def __init__(self, server: BotApiServer, urls: Sequence[str], *, secret: str,
                 max_connections: int = 40, timeout_s: float = 60.0,
                 front: Front = ROUND_ROBIN) -> None:
        self.server = server
        self.urls = list(urls)
        self.front = front
        self.secret = secret
        self.max_connections = max_connections
        self.timeout_s = timeout_s
        self.delivered = 0
        self.failed = 0
        self.statuses: dict[int, int] = {}
        self._next_url = itertools.cycle(range(len(self.urls)))
        self._busy_chats: set[int] = set()
        self._in_flight: set[asyncio.Task[None]] = set()
        self._down_until: dict[str, float] = {}
        #: Which url each update was last sent to (`update_id` -> url).
        self.sent_to: dict[int, str] = {}

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set, then wait for the requests in flight."""
        timeout = aiohttp.ClientTimeout(total=self.timeout_s)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while not stop.is_set():
                for update in self.server.queued_updates():
                    if len(self._in_flight) >= self.max_connections:
                        break
                    chat = chat_of(update)
                    if chat in self._busy_chats:
                        continue
                    self._busy_chats.add(chat)
                    task = asyncio.create_task(self._post(session, update, chat))
                    self._in_flight.add(task)
                    task.add_done_callback(self._in_flight.discard)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 0.02)
            if self._in_flight:
                await asyncio.gather(*self._in_flight)

    def _url_for(self, update: JSONDict) -> str:
        runner = runner_of(update) if self.front == BY_RUNNER else None
        if runner is None:
            return self.urls[next(self._next_url)]
        now = time.monotonic()
        alive = [u for u in self.urls if self._down_until.get(u, 0.0) <= now]
        return rendezvous(runner, alive or self.urls)

    async def _post(self, session: aiohttp.ClientSession, update: JSONDict, chat: int) -> None:
        url = self._url_for(update)
        self.sent_to[update["update_id"]] = url
        try:
            async with session.post(url, data=json.dumps(update), headers={
                    "Content-Type": "application/json", SECRET_HEADER: self.secret}) as response:
                await response.read()
                status = response.status
        except (aiohttp.ClientError, TimeoutError, OSError):
            status = 0  # refused, dropped or timed out: Telegram tries again
        self.statuses[status] = self.statuses.get(status, 0) + 1
        try:
            if HTTPStatus.OK <= status < HTTPStatus.MULTIPLE_CHOICES:
                self.server.acknowledge(update["update_id"])
                self.delivered += 1
            else:
                self.failed += 1
                if status == 0:  # nothing answered: a health check would find it dead
                    self._down_until[url] = time.monotonic() + DOWN_S
                await asyncio.sleep(RETRY_PAUSE_S)
        finally:
            self._busy_chats.discard(chat)
