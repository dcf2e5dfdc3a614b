"""The small web server beside the bot: Strava's OAuth callback and its webhook.

It runs with polling and with the Telegram webhook alike (started in the bot's post_init),
on RUNFUEL_WEB_LISTEN:RUNFUEL_WEB_PORT behind the operator's TLS proxy (RUNFUEL_PUBLIC_URL).

- `GET /strava/callback`: Strava sends the runner's browser back with `state` and `code`. The
  state must be ours and fresh; the code is exchanged, the sealed tokens kept, the chat told,
  and the browser shown a short page.
- `GET /strava/webhook`: the subscription handshake: echo `hub.challenge` when
  `hub.verify_token` is ours (compared in constant time).
- `POST /strava/webhook`: one event. Strava wants an answer within 2 seconds, so the event is
  only written as a durable row (`strava_events`) before the 200; the worker does the rest.
  Strava signs nothing, so events for athletes nobody connected are dropped, and an event only
  ever makes us read the athlete's own data from Strava: a forged one can log nothing false.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.coach import Outgoing
from bot.strava import messages
from bot.strava.client import StravaError, Unavailable
from bot.strava.link import ScopeMissing, StravaLinks
from bot.strava.oauth import CALLBACK_PATH, SCOPE, WEBHOOK_PATH, BadState
from bot.strava.ports import Notify
from engine.strava import WebhookEvent

logger = logging.getLogger(__name__)

MAX_EVENT_BYTES = 8 * 1024  # Strava's events are ~200 bytes
BODY_TIMEOUT_S = 5.0
OBJECT_TYPES = frozenset({"activity", "athlete"})
ASPECT_TYPES = frozenset({"create", "update", "delete"})


def parse_event(body: bytes) -> WebhookEvent | None:
    """The event in a POST body, or None for anything Strava would not send."""
    try:
        data: Any = json.loads(body)
        if not isinstance(data, dict):
            return None
        updates = data.get("updates") or {}
        if (data.get("object_type") not in OBJECT_TYPES
                or data.get("aspect_type") not in ASPECT_TYPES or not isinstance(updates, dict)):
            return None
        return WebhookEvent(owner_id=int(data["owner_id"]), object_type=data["object_type"],
                            object_id=int(data["object_id"]), aspect_type=data["aspect_type"],
                            event_time=int(data["event_time"]),
                            updates={str(k): str(v) for k, v in updates.items()})
    except (ValueError, TypeError, KeyError):
        return None


class StravaWeb:
    """The aiohttp application and its lifecycle (`start()` / `stop()`)."""

    def __init__(self, links: StravaLinks, notify: Notify,
                 wake: Callable[[], None] = lambda: None) -> None:
        self.links = links
        self.notify = notify
        self.wake = wake
        self._runner: web.AppRunner | None = None

    def app(self) -> web.Application:
        server = web.Application(client_max_size=MAX_EVENT_BYTES)
        server.router.add_get(CALLBACK_PATH, self.callback)
        server.router.add_get(WEBHOOK_PATH, self.handshake)
        server.router.add_post(WEBHOOK_PATH, self.event)
        return server

    async def start(self, listen: str, port: int) -> None:
        self._runner = web.AppRunner(self.app(), access_log=None, handle_signals=False,
                                     shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, listen, port).start()
        logger.info("strava: web server listening on %s:%d", listen, port)

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def callback(self, request: web.Request) -> web.Response:
        """Strava's redirect after the runner allowed (or refused) access."""
        query = request.query
        if "error" in query:
            return _page(messages.PAGE_DENIED)
        now = self.links.clock()
        try:
            done = await self.links.complete(query.get("state", ""), query.get("code", ""),
                                             query.get("scope", ""), now)
        except BadState as e:
            logger.warning("strava: callback refused: %s", e)
            return _page(messages.PAGE_EXPIRED, status=400)
        except ScopeMissing as e:
            await self.notify(e.user_id, e.chat_id, Outgoing(messages.SCOPE_MISSING))
            logger.info("user=%s connected Strava without %s", e.user_id, SCOPE)
            return _page(messages.page("Permission missing", "Reading your activities was "
                                       "not allowed, so no run can arrive. Send /connect "
                                       "again and leave it ticked."))
        except Unavailable as e:
            logger.warning("strava: code exchange failed: %s", e)
            return _page(messages.PAGE_FAILED, status=502)
        except StravaError as e:  # a code used before (a reloaded page) or refused
            logger.warning("strava: code exchange refused: %s", e)
            return _page(messages.PAGE_EXPIRED, status=400)
        await self.notify(done.user_id, done.chat_id, Outgoing(messages.CONNECTED))
        return _page(messages.PAGE_CONNECTED)

    async def handshake(self, request: web.Request) -> web.Response:
        """The push subscription's validation: echo the challenge to the verify token's owner."""
        given = request.query.get("hub.verify_token", "").encode()
        expected = self.links.config.verify_token.encode()
        if request.query.get("hub.mode") != "subscribe" or not hmac.compare_digest(given,
                                                                                     expected):
            return web.Response(status=403)
        return web.json_response({"hub.challenge": request.query.get("hub.challenge", "")})

    async def event(self, request: web.Request) -> web.Response:
        """Keep the event as a durable row, then answer 200 at once."""
        length = request.content_length
        if length is None or length > MAX_EVENT_BYTES:
            return web.Response(status=413 if length else 411)
        try:
            async with asyncio.timeout(BODY_TIMEOUT_S):
                body = await request.read()
        except TimeoutError:
            return web.Response(status=408)
        event = parse_event(body)
        if event is None:
            return web.Response(status=400)
        link = await self.links.store.for_athlete(event.owner_id)
        if link is None:
            return web.Response()  # nobody here connected this athlete: nothing to do
        if await self.links.store.add_event(link.user_id, event, now=self.links.clock()):
            self.wake()
        return web.Response()


def _page(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html")
