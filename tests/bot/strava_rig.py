"""The Strava parts wired as bot/main.py wires them, against the stand-in (tests/stravaapi.py).

The web server listens on a real port, the stand-in redirects a real HTTP client to it, and the
worker is driven by the test (`rig.work()`) on the simulated clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import aiohttp

from bot.coach import Coach, Outgoing
from bot.console import SimulatedClock
from bot.strava.app import Strava
from bot.strava.crypto import new_key
from bot.strava.oauth import StravaConfig
from bot.strava.ports import Notify, StravaStore
from tests.botapi import DEFAULT_USER_ID, free_port
from tests.stravaapi import CLIENT_ID, CLIENT_SECRET, StravaServer

USER = DEFAULT_USER_ID
VERIFY = "verify-me-please"


@dataclass
class Rig:
    server: StravaServer
    strava: Strava
    coach: Coach
    clock: SimulatedClock
    config: StravaConfig
    sent: list[tuple[int, Outgoing]] = field(default_factory=list)

    async def connect(self, user: int = USER, *, url: str | None = None) -> tuple[int, str]:
        """The runner taps /connect's button; (status, page) where the browser lands."""
        if url is None:
            url = await self.button_url(user)
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            return response.status, await response.text()

    async def button_url(self, user: int = USER) -> str:
        [reply] = await self.strava.links.connect(user, user, self.clock())
        [[button]] = reply.buttons
        assert button.url is not None
        return button.url

    async def push(self, activity_id: int, **kw: Any) -> int:
        status, seconds = await self.server.push(activity_id, url=self.config.webhook_url, **kw)
        assert seconds < 2, "Strava wants its answer within 2 s"
        return status

    async def work(self) -> int:
        return await self.strava.worker.run_due()

    def texts(self) -> list[str]:
        return [m.text for _, m in self.sent]

    def at(self, when: datetime) -> None:
        self.clock.now = when


async def start_rig(strava_server: Any, coach: Coach, clock: SimulatedClock,
                    store: StravaStore, notify: Notify | None = None) -> Rig:
    """The rig; what Strava makes the bot say is recorded in `sent`, unless `notify` is given."""
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    server: StravaServer = await strava_server(clock, redirect_uri=f"{public}/strava/callback")
    config = StravaConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, verify_token=VERIFY,
                          public_url=public, secret_key=new_key(),
                          oauth_url=f"{server.url}/oauth", api_url=f"{server.url}/api/v3")
    sent: list[tuple[int, Outgoing]] = []

    async def record(_user_id: int, chat_id: int, message: Outgoing, *,
                     key: str | None = None) -> None:
        sent.append((chat_id, message))

    strava = Strava(config, store, coach, clock, notify or record)
    await strava.web.start("127.0.0.1", port)
    return Rig(server, strava, coach, clock, config, sent)


async def stop_rig(rig: Rig) -> None:
    await rig.strava.stop()
