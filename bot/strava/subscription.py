"""`runfuel strava-subscribe`: register (or remove) the application's push subscription.

Strava allows one subscription per application. Creating it makes Strava GET our webhook with
`hub.challenge` and our verify token before it answers, so the bot must already be running and
reachable at RUNFUEL_PUBLIC_URL. Registering again is harmless: an existing subscription for
our callback is reported, one for another address is named so the operator can remove it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.strava.client import StravaClient
from bot.strava.oauth import StravaConfig


def _now() -> datetime:
    return datetime.now(UTC)


async def ensure_subscription(config: StravaConfig) -> str:
    """A line for the operator: the subscription that now delivers events to us."""
    client = StravaClient(config, _now)
    try:
        for existing in await client.subscriptions():
            if existing.get("callback_url") == config.webhook_url:
                return f"already subscribed: id {existing['id']} -> {config.webhook_url}"
            return (f"Strava already sends this application's events to "
                    f"{existing.get('callback_url')} (id {existing.get('id')}); remove it with "
                    "`runfuel strava-subscribe --delete` first")
        subscription = await client.subscribe()
        return f"subscribed: id {subscription} -> {config.webhook_url}"
    finally:
        await client.close()


async def remove_subscription(config: StravaConfig) -> str:
    client = StravaClient(config, _now)
    try:
        removed = []
        for existing in await client.subscriptions():
            await client.unsubscribe(int(existing["id"]))
            removed.append(str(existing["id"]))
        return f"removed: {', '.join(removed)}" if removed else "there was no subscription"
    finally:
        await client.close()
