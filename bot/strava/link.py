"""Connecting a runner to Strava and letting go again: /connect, the callback, /disconnect.

Free of Telegram and of HTTP serving: `web.py` and the coach's commands call these methods.
Tokens live sealed in the store; they are opened only to make a call, refreshed shortly before
they expire (Strava's access tokens last six hours) and never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.coach import Outgoing
from bot.keyboards import Button
from bot.strava import messages
from bot.strava.client import StravaClient, StravaError, Unauthorized
from bot.strava.crypto import TokenBox
from bot.strava.oauth import SCOPE, StravaConfig, authorize_url, read_state, sign_state
from bot.strava.ports import StravaStore
from engine.strava import StravaLink

logger = logging.getLogger(__name__)

#: Refresh this long before the access token expires, so no call meets an expired one.
REFRESH_MARGIN = timedelta(minutes=10)


class ScopeMissing(Exception):
    """The runner unticked activity:read_all on Strava's page."""

    def __init__(self, user_id: int, chat_id: int) -> None:
        super().__init__(f"user {user_id} did not grant {SCOPE}")
        self.user_id = user_id
        self.chat_id = chat_id


@dataclass(frozen=True, slots=True)
class Connected:
    user_id: int
    chat_id: int
    athlete_id: int


class StravaLinks:
    def __init__(self, config: StravaConfig, store: StravaStore, client: StravaClient,
                 clock: Callable[[], datetime]) -> None:
        self.config = config
        self.store = store
        self.client = client
        self.clock = clock
        self.box = TokenBox(config.secret_key)

    async def connect(self, user_id: int, chat_id: int, now: datetime) -> list[Outgoing]:
        """The /connect answer: a button to Strava's OAuth page, with a signed state."""
        url = authorize_url(self.config, sign_state(self.box.state_key, user_id, chat_id, now))
        text = messages.ALREADY if await self.store.get(user_id) else messages.CONNECT
        return [Outgoing(text, buttons=((Button(messages.CONNECT_BUTTON, "", url=url),),))]

    async def complete(self, state: str, code: str, scope: str, now: datetime) -> Connected:
        """The OAuth callback: check the state, exchange the code, keep the sealed tokens.

        Raises BadState (forged or expired), ScopeMissing, or StravaError from the exchange.
        """
        user_id, chat_id = read_state(self.box.state_key, state, now)
        if SCOPE not in scope.split(","):
            raise ScopeMissing(user_id, chat_id)
        grant = await self.client.exchange(code)
        if grant.athlete_id is None:
            raise StravaError("token exchange: no athlete in the answer")
        await self.store.link(StravaLink(
            user_id=user_id, athlete_id=grant.athlete_id, chat_id=chat_id,
            tokens=self.box.seal(grant.tokens), expires_at=grant.expires_at, scope=scope,
            connected_at=now))
        logger.info("user=%s connected Strava athlete=%s", user_id, grant.athlete_id)
        return Connected(user_id, chat_id, grant.athlete_id)

    async def access_token(self, link: StravaLink, *, force: bool = False) -> str:
        """A usable access token for the link, refreshed (and stored) when about to expire."""
        tokens = self.box.open(link.tokens)
        if not force and link.expires_at - self.clock() > REFRESH_MARGIN:
            return tokens.access
        grant = await self.client.refresh(tokens.refresh)
        await self.store.set_tokens(link.user_id, self.box.seal(grant.tokens), grant.expires_at)
        logger.info("user=%s: Strava access token refreshed", link.user_id)
        return grant.tokens.access

    async def disconnect(self, user_id: int) -> list[Outgoing]:
        """/disconnect: deauthorize at Strava, then delete the tokens (even if Strava fails)."""
        if await self.forget(user_id) is None:
            return [Outgoing(messages.NOT_CONNECTED)]
        return [Outgoing(messages.DISCONNECTED)]

    async def forget(self, user_id: int) -> StravaLink | None:
        """Deauthorize at Strava (best effort) and delete the link; /disconnect and /deleteme."""
        link = await self.store.get(user_id)
        if link is None:
            return None
        try:
            await self.client.deauthorize(await self.access_token(link))
        except Unauthorized:
            pass  # already revoked at Strava: nothing left to undo there
        except StravaError as e:
            logger.warning("user=%s: Strava deauthorization failed (%s); tokens deleted "
                           "anyway", user_id, e)
        removed = await self.store.unlink(user_id)
        logger.info("user=%s disconnected Strava", user_id)
        return removed

    async def revoked(self, athlete_id: int) -> StravaLink | None:
        """Strava's deauthorization event: delete the link without calling Strava back."""
        link = await self.store.for_athlete(athlete_id)
        if link is None:
            return None
        logger.info("user=%s: Strava access revoked by the athlete", link.user_id)
        return await self.store.unlink(link.user_id)

    async def export(self, user_id: int) -> dict[str, Any] | None:
        """The link as /export shows it: who and since when, never a token."""
        link = await self.store.get(user_id)
        if link is None:
            return None
        return {"athlete_id": link.athlete_id, "scope": link.scope,
                "connected_at": link.connected_at.isoformat()}
