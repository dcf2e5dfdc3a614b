"""Telegram's side of a webhook served by several identical workers (issue 18).

`WebhookDelivery` takes the updates queued on a `BotApiServer` and POSTs them the way
Telegram does to a webhook behind a load balancer: to the workers round-robin, at most
`max_connections` requests at once, one request at a time per chat (an update of a chat waits
until the one before it was answered), and an update whose request failed (connection refused
or dropped, a timeout, any status but 2xx) is delivered again, to the next worker. Only a 2xx
answer removes an update from the queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections.abc import Sequence
from http import HTTPStatus

import aiohttp

from tests.botapi import BotApiServer, JSONDict

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RETRY_PAUSE_S = 0.2


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


class WebhookDelivery:
    """Deliver `server`'s queue to `urls` until stopped; count what happened."""

    def __init__(self, server: BotApiServer, urls: Sequence[str], *, secret: str,
                 max_connections: int = 40, timeout_s: float = 60.0) -> None:
        self.server = server
        self.urls = list(urls)
        self.secret = secret
        self.max_connections = max_connections
        self.timeout_s = timeout_s
        self.delivered = 0
        self.failed = 0
        self.statuses: dict[int, int] = {}
        self._next_url = itertools.cycle(range(len(self.urls)))
        self._busy_chats: set[int] = set()
        self._in_flight: set[asyncio.Task[None]] = set()

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

    async def _post(self, session: aiohttp.ClientSession, update: JSONDict, chat: int) -> None:
        url = self.urls[next(self._next_url)]
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
                await asyncio.sleep(RETRY_PAUSE_S)
        finally:
            self._busy_chats.discard(chat)
