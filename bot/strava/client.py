"""Strava's API v3 over aiohttp, within its rate limits.

Strava counts requests per application in two windows: 15 minutes (reset at :00, :15, :30 and
:45) and the day (reset at midnight UTC). Every answer says the limits and the usage so far in
`X-RateLimit-Limit` / `X-RateLimit-Usage` ("200,2000" / "12,340"; reads have their own
`X-ReadRateLimit-*` pair). When a window is used up, or Strava answers 429, the client stops
asking until that window resets and raises `RateLimited(until)`, so callers wait rather than
spend requests that would be refused. Errors never carry a token or a response body.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp

from bot.strava.crypto import Tokens
from bot.strava.oauth import StravaConfig

logger = logging.getLogger(__name__)

TIMEOUT_S = 20.0
QUARTER = timedelta(minutes=15)


class StravaError(Exception):
    """Strava refused or failed a request (the message names the call and the status)."""


class RateLimited(StravaError):
    def __init__(self, until: datetime) -> None:
        super().__init__(f"Strava's rate limit: waiting until {until:%H:%M:%S} UTC")
        self.until = until


class Unauthorized(StravaError):
    """The token was refused: revoked by the athlete, or expired."""


class NotFound(StravaError):
    """No such activity, or not one this token may read."""


class Unavailable(StravaError):
    """A 5xx, a timeout or the network: worth trying again later."""


@dataclass(frozen=True, slots=True)
class Grant:
    """What the token endpoint gives: the tokens, when the access token expires, the athlete."""

    tokens: Tokens
    expires_at: datetime
    athlete_id: int | None


def next_quarter(now: datetime) -> datetime:
    start = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    return start + QUARTER


def next_midnight(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(
        days=1)


def _pairs(value: str | None) -> tuple[int, int] | None:
    try:
        short, daily = (int(v) for v in (value or "").split(","))
    except ValueError:
        return None
    return short, daily


def used_up_until(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """When a used-up window resets (the later one when both are), or None while both last."""
    until = None
    for prefix in ("X-RateLimit", "X-ReadRateLimit"):
        limit, usage = (_pairs(headers.get(f"{prefix}-Limit")),
                        _pairs(headers.get(f"{prefix}-Usage")))
        if limit is None or usage is None:
            continue
        if usage[1] >= limit[1]:
            until = max(until or now, next_midnight(now))
        elif usage[0] >= limit[0]:
            until = max(until or now, next_quarter(now))
    return until


class StravaClient:
    """One aiohttp session for every call; `close()` at shutdown."""

    def __init__(self, config: StravaConfig, clock: Callable[[], datetime]) -> None:
        self.config = config
        self.clock = clock
        self.paused_until: datetime | None = None
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=TIMEOUT_S))
        return self._session

    async def _call(self, what: str, method: str, url: str, *, token: str | None = None,
                    data: Mapping[str, str] | None = None,
                    params: Mapping[str, str] | None = None) -> Any:
        now = self.clock()
        if self.paused_until is not None and now < self.paused_until:
            raise RateLimited(self.paused_until)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            async with self._http().request(method, url, data=data, params=params,
                                            headers=headers) as response:
                status = response.status
                until = used_up_until(response.headers, now)
                body = await response.json(content_type=None) if status < 300 else None
        except (aiohttp.ClientError, TimeoutError, ValueError) as e:
            raise Unavailable(f"{what}: {type(e).__name__}") from None
        if status == 429:
            until = max(until or now, next_quarter(now))
        self.paused_until = until
        if until is not None:
            logger.warning("strava: rate limit reached; requests wait until %s", until)
        if status < 300:
            return body
        if status == 429:
            raise RateLimited(until or next_quarter(now))
        error = {401: Unauthorized, 403: Unauthorized, 404: NotFound}.get(status)
        if error is None:
            error = Unavailable if status >= 500 else StravaError
        raise error(f"{what}: HTTP {status}")

    def _grant(self, body: Any) -> Grant:
        athlete = body.get("athlete") or {}
        return Grant(tokens=Tokens(access=body["access_token"], refresh=body["refresh_token"]),
                     expires_at=datetime.fromtimestamp(int(body["expires_at"]), UTC),
                     athlete_id=int(athlete["id"]) if "id" in athlete else None)

    async def exchange(self, code: str) -> Grant:
        """The tokens for the code Strava gave the OAuth callback."""
        body = await self._call("token exchange", "POST", f"{self.config.oauth_url}/token", data={
            "client_id": self.config.client_id, "client_secret": self.config.client_secret,
            "code": code, "grant_type": "authorization_code"})
        return self._grant(body)

    async def refresh(self, refresh_token: str) -> Grant:
        body = await self._call("token refresh", "POST", f"{self.config.oauth_url}/token", data={
            "client_id": self.config.client_id, "client_secret": self.config.client_secret,
            "refresh_token": refresh_token, "grant_type": "refresh_token"})
        return self._grant(body)

    async def deauthorize(self, access_token: str) -> None:
        await self._call("deauthorize", "POST", f"{self.config.oauth_url}/deauthorize",
                         data={"access_token": access_token})

    async def activity(self, access_token: str, activity_id: int) -> dict[str, Any]:
        body = await self._call("activity", "GET",
                                f"{self.config.api_url}/activities/{activity_id}",
                                token=access_token)
        if not isinstance(body, dict):
            raise Unavailable("activity: not a JSON object")
        return body

    async def subscribe(self) -> int:
        """Create the push subscription (Strava checks our webhook before it answers)."""
        body = await self._call("subscribe", "POST", f"{self.config.api_url}/push_subscriptions",
                                data={"client_id": self.config.client_id,
                                      "client_secret": self.config.client_secret,
                                      "callback_url": self.config.webhook_url,
                                      "verify_token": self.config.verify_token})
        return int(body["id"])

    async def subscriptions(self) -> list[dict[str, Any]]:
        body = await self._call("subscriptions", "GET",
                                f"{self.config.api_url}/push_subscriptions",
                                params={"client_id": self.config.client_id,
                                        "client_secret": self.config.client_secret})
        return list(body or [])

    async def unsubscribe(self, subscription_id: int) -> None:
        await self._call("unsubscribe", "DELETE",
                         f"{self.config.api_url}/push_subscriptions/{subscription_id}",
                         params={"client_id": self.config.client_id,
                                 "client_secret": self.config.client_secret})
