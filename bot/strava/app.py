"""The Strava parts wired together, for the composition root (bot/main.py) and the CLI.

Strava is on only when the operator set all of STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET,
STRAVA_VERIFY_TOKEN, RUNFUEL_PUBLIC_URL and RUNFUEL_SECRET_KEY; otherwise /connect says this
bot has no Strava set up and nothing else changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from bot.coach import Coach
from bot.settings import Settings
from bot.strava.client import StravaClient
from bot.strava.link import StravaLinks
from bot.strava.oauth import StravaConfig
from bot.strava.ports import Notify, StravaStore
from bot.strava.web import StravaWeb
from bot.strava.worker import InTurn, StravaWorker, at_once

logger = logging.getLogger(__name__)

#: Strava's settings: all of them, or Strava is off.
SETTINGS = ("STRAVA_CLIENT_ID", "STRAVA_CLIENT_SECRET", "STRAVA_VERIFY_TOKEN",
            "RUNFUEL_PUBLIC_URL", "RUNFUEL_SECRET_KEY")


def missing(settings: Settings) -> list[str]:
    """The Strava settings that are not set."""
    values = (settings.strava_client_id, settings.strava_client_secret,
              settings.strava_verify_token, settings.public_url, settings.secret_key)
    return [name for name, value in zip(SETTINGS, values, strict=True) if value is None]


def strava_config(settings: Settings) -> StravaConfig | None:
    """The operator's Strava set-up; None (with a warning if only some is set) otherwise."""
    if absent := missing(settings):
        if len(absent) < len(SETTINGS):
            logger.warning("Strava is off: %s not set (docs/operations.md)", ", ".join(absent))
        return None
    assert settings.strava_client_id is not None and settings.public_url is not None
    client_secret, verify_token, key = (s.get_secret_value().strip() for s in (
        settings.strava_client_secret, settings.strava_verify_token, settings.secret_key)
        if s is not None)
    return StravaConfig(client_id=settings.strava_client_id.strip(), client_secret=client_secret,
                        verify_token=verify_token, public_url=settings.public_url,
                        secret_key=key, oauth_url=settings.strava_oauth_url.rstrip("/"),
                        api_url=settings.strava_api_url.rstrip("/"))


class Strava:
    """Links, web server and worker over one store; `start()` / `stop()` with the bot."""

    def __init__(self, config: StravaConfig, store: StravaStore, coach: Coach,
                 clock: Callable[[], datetime], notify: Notify, *,
                 in_turn: InTurn = at_once) -> None:
        self.client = StravaClient(config, clock)
        self.links = StravaLinks(config, store, self.client, clock)
        self.worker = StravaWorker(self.links, coach, notify, in_turn)
        self.web = StravaWeb(self.links, notify, wake=self.worker.wake)
        self._task: asyncio.Task[None] | None = None

    async def start(self, listen: str, port: int) -> None:
        await self.web.start(listen, port)
        self._task = asyncio.create_task(self.worker.run_forever(), name="strava-worker")

    async def stop(self) -> None:
        if self._task is not None:
            task, self._task = self._task, None
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.web.stop()
        await self.client.close()
