"""A small Strava API v3 stand-in on 127.0.0.1, in the style of ``tests/botapi/``.

runfuel's Strava parts talk real HTTP to it (``STRAVA_OAUTH_URL`` / ``STRAVA_API_URL``), so
OAuth redirects, form posts, bearer tokens, rate-limit headers and Strava's webhook calls all
run for real. What it models, after Strava's documentation:

* ``GET /oauth/authorize``: the athlete (``approve_as``) allows access at once; the browser is
  redirected to ``redirect_uri`` with ``state``, ``code`` and the granted ``scope`` (or
  ``error=access_denied`` after ``deny_next()``). The redirect URI must be the registered one.
* ``POST /oauth/token``: ``authorization_code`` and ``refresh_token`` grants. Access tokens
  expire ``TOKEN_TTL`` after issue on the simulated clock; a used code or an unknown refresh
  token is a 400. ``POST /oauth/deauthorize`` revokes every token of the athlete.
* ``GET /api/v3/activities/{id}``: the bearer's own activity (401 for an expired or unknown
  token, 404 for another athlete's). Each API answer carries ``X-RateLimit-Limit`` and
  ``X-RateLimit-Usage`` for the 15-minute and daily windows; past a limit it answers 429.
* ``/api/v3/push_subscriptions``: creating one first makes the validation GET to the callback
  and checks that ``hub.challenge`` is echoed, as Strava does; ``push()`` then POSTs events.
* Faults: ``fail_next(status)`` answers the next API calls with an error (5xx, 429 with headers).

Not modelled: athlete and streams endpoints, uploads, pagination, scopes other than the two.
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest_asyncio
from aiohttp import web

CLIENT_ID = "4242"
CLIENT_SECRET = "stand-in-client-secret"
TOKEN_TTL = timedelta(hours=6)
DEFAULT_ATHLETE = 7_000_001


@dataclass
class _Token:
    athlete_id: int
    expires_at: datetime


@dataclass
class _Fault:
    status: int
    headers: dict[str, str] = field(default_factory=dict)


class StravaServer:
    def __init__(self, clock: Callable[[], datetime], *, limits: tuple[int, int] = (100, 1000),
                 redirect_uri: str | None = None) -> None:
        self.clock = clock
        self.limits = limits
        self.redirect_uri = redirect_uri
        self.approve_as = DEFAULT_ATHLETE
        self.granted_scope = "read,activity:read_all"
        self.activities: dict[int, dict[str, Any]] = {}
        self.access: dict[str, _Token] = {}
        self.refresh: dict[str, int] = {}
        self.subscription: dict[str, Any] | None = None
        self.calls: list[tuple[str, str]] = []
        self.deauthorized: list[int] = []
        self.usage = [0, 0]
        self._codes: dict[str, int] = {}
        self._faults: list[_Fault] = []
        self._deny = False
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/oauth/authorize", self._authorize)
        app.router.add_post("/oauth/token", self._token)
        app.router.add_post("/oauth/deauthorize", self._deauthorize)
        app.router.add_get("/api/v3/activities/{id}", self._activity)
        app.router.add_post("/api/v3/push_subscriptions", self._subscribe)
        app.router.add_get("/api/v3/push_subscriptions", self._subscriptions)
        app.router.add_delete("/api/v3/push_subscriptions/{id}", self._unsubscribe)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # ---- the test's side -------------------------------------------------------------------

    def add_activity(self, activity_id: int, *, athlete_id: int = DEFAULT_ATHLETE,
                     **fields: Any) -> dict[str, Any]:
        """A recorded activity (Strava's DetailedActivity fields; a 12.1 km run by default)."""
        activity = {"id": activity_id, "athlete": {"id": athlete_id}, "name": "Morning Run",
                    "sport_type": "Run", "type": "Run", "distance": 12_100.0,
                    "moving_time": 3520, "elapsed_time": 3700, "total_elevation_gain": 85.0,
                    "start_date": "2026-11-26T10:30:00Z", "calories": 910.0, **fields}
        self.activities[activity_id] = activity
        return activity

    def fail_next(self, status: int, times: int = 1, headers: dict[str, str] | None = None) -> None:
        self._faults += [_Fault(status, headers or {}) for _ in range(times)]

    def deny_next(self) -> None:
        self._deny = True

    def expire_tokens(self) -> None:
        """Every access token expires now (the six hours have passed at Strava)."""
        for token in self.access.values():
            token.expires_at = self.clock() - timedelta(seconds=1)

    def tokens_issued(self) -> list[str]:
        return [*self.access, *self.refresh]

    async def push(self, object_id: int, *, aspect_type: str = "create",
                   object_type: str = "activity", owner_id: int = DEFAULT_ATHLETE,
                   updates: dict[str, str] | None = None, event_time: int | None = None,
                   url: str | None = None) -> tuple[int, float]:
        """POST one event to the subscription's callback; (status, seconds it took)."""
        target = url or (self.subscription or {}).get("callback_url")
        assert target, "no subscription and no url"
        body = {"aspect_type": aspect_type, "event_time": event_time or int(
            self.clock().timestamp()), "object_id": object_id, "object_type": object_type,
            "owner_id": owner_id, "subscription_id": (self.subscription or {}).get("id", 1),
            "updates": updates or {}}
        started = time.perf_counter()
        async with aiohttp.ClientSession() as session, session.post(target, json=body) as r:
            return r.status, time.perf_counter() - started

    # ---- OAuth -----------------------------------------------------------------------------

    async def _authorize(self, request: web.Request) -> web.StreamResponse:
        q = request.query
        self.calls.append(("GET", "/oauth/authorize"))
        if q.get("client_id") != CLIENT_ID or q.get("response_type") != "code":
            return web.json_response({"message": "Bad Request"}, status=400)
        if self.redirect_uri is not None and q.get("redirect_uri") != self.redirect_uri:
            return web.json_response({"message": "Bad Request", "errors": [
                {"field": "redirect_uri", "code": "invalid"}]}, status=400)
        if self._deny:
            self._deny = False
            query = {"state": q.get("state", ""), "error": "access_denied"}
        else:
            code = secrets.token_hex(20)
            self._codes[code] = self.approve_as
            query = {"state": q.get("state", ""), "code": code, "scope": self.granted_scope}
        raise web.HTTPFound(f"{q['redirect_uri']}?{urlencode(query)}")

    def _issue(self, athlete_id: int) -> dict[str, Any]:
        access, refresh = secrets.token_hex(20), secrets.token_hex(20)
        expires = self.clock() + TOKEN_TTL
        self.access[access] = _Token(athlete_id, expires)
        self.refresh[refresh] = athlete_id
        return {"token_type": "Bearer", "access_token": access, "refresh_token": refresh,
                "expires_at": int(expires.timestamp()),
                "expires_in": int(TOKEN_TTL.total_seconds())}

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.calls.append(("POST", f"/oauth/token {form.get('grant_type')}"))
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return web.json_response({"message": "Bad Request"}, status=400)
        if form.get("grant_type") == "authorization_code":
            athlete = self._codes.pop(str(form.get("code")), None)
            if athlete is None:
                return web.json_response({"message": "Bad Request"}, status=400)
            return web.json_response({**self._issue(athlete), "athlete": {"id": athlete}})
        if form.get("grant_type") == "refresh_token":
            athlete = self.refresh.pop(str(form.get("refresh_token")), None)
            if athlete is None:
                return web.json_response({"message": "Bad Request"}, status=400)
            return web.json_response(self._issue(athlete))
        return web.json_response({"message": "Bad Request"}, status=400)

    async def _deauthorize(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.calls.append(("POST", "/oauth/deauthorize"))
        token = self.access.get(str(form.get("access_token")))
        if token is None or token.expires_at <= self.clock():
            return web.json_response({"message": "Authorization Error"}, status=401)
        self.deauthorized.append(token.athlete_id)
        self.access = {k: v for k, v in self.access.items() if v.athlete_id != token.athlete_id}
        self.refresh = {k: v for k, v in self.refresh.items() if v != token.athlete_id}
        return web.json_response({"access_token": form.get("access_token")})

    # ---- the API, rate limited --------------------------------------------------------------

    def _limited(self, response: web.Response) -> web.Response:
        response.headers["X-RateLimit-Limit"] = f"{self.limits[0]},{self.limits[1]}"
        response.headers["X-RateLimit-Usage"] = f"{self.usage[0]},{self.usage[1]}"
        return response

    def _gate(self, path: str) -> web.Response | None:
        """Count the request; a fault or a used-up window answers instead of the endpoint."""
        self.calls.append(("GET", path))
        self.usage = [self.usage[0] + 1, self.usage[1] + 1]
        if self._faults:
            fault = self._faults.pop(0)
            response = web.json_response({"message": "fault"}, status=fault.status)
            self._limited(response)
            response.headers.update(fault.headers)
            return response
        if self.usage[0] > self.limits[0] or self.usage[1] > self.limits[1]:
            return self._limited(web.json_response({"message": "Rate Limit Exceeded"},
                                                   status=429))
        return None

    async def _activity(self, request: web.Request) -> web.Response:
        if (refused := self._gate(f"/api/v3/activities/{request.match_info['id']}")) is not None:
            return refused
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        token = self.access.get(bearer)
        if token is None or token.expires_at <= self.clock():
            return self._limited(web.json_response({"message": "Authorization Error"},
                                                   status=401))
        activity = self.activities.get(int(request.match_info["id"]))
        if activity is None or activity["athlete"]["id"] != token.athlete_id:
            return self._limited(web.json_response({"message": "Record Not Found"},
                                                   status=404))
        return self._limited(web.json_response(activity))

    async def _subscribe(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.calls.append(("POST", "/api/v3/push_subscriptions"))
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return web.json_response({"message": "Bad Request"}, status=400)
        if self.subscription is not None:
            return web.json_response({"message": "Bad Request", "errors": [
                {"resource": "PushSubscription", "code": "already exists"}]}, status=400)
        challenge = secrets.token_hex(8)
        query = {"hub.mode": "subscribe", "hub.challenge": challenge,
                 "hub.verify_token": str(form.get("verify_token"))}
        callback = str(form.get("callback_url"))
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as s, \
                    s.get(callback, params=query) as r:
                echoed = (await r.json()).get("hub.challenge") if r.status == 200 else None
        except (aiohttp.ClientError, TimeoutError, ValueError):
            echoed = None
        if echoed != challenge:
            return web.json_response({"message": "Bad Request", "errors": [
                {"field": "callback url", "code": "GET to callback URL does not return 200"}]},
                status=400)
        self.subscription = {"id": next(self._ids), "callback_url": callback}
        return web.json_response({"id": self.subscription["id"]}, status=201)

    async def _subscriptions(self, request: web.Request) -> web.Response:
        self.calls.append(("GET", "/api/v3/push_subscriptions"))
        return web.json_response([self.subscription] if self.subscription else [])

    async def _unsubscribe(self, request: web.Request) -> web.Response:
        self.calls.append(("DELETE", "/api/v3/push_subscriptions"))
        if self.subscription is None or self.subscription["id"] != int(request.match_info["id"]):
            return web.json_response({"message": "Resource Not Found"}, status=404)
        self.subscription = None
        return web.Response(status=204)


@pytest_asyncio.fixture
async def strava_server() -> AsyncIterator[Callable[..., Awaitable[StravaServer]]]:
    """Factory fixture: ``server = await strava_server(clock)``; stopped afterwards."""
    servers: list[StravaServer] = []

    async def start(clock: Callable[[], datetime], **kwargs: Any) -> StravaServer:
        server = StravaServer(clock, **kwargs)
        await server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.stop()
