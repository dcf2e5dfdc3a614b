"""Strava's OAuth page for /connect, with a signed, expiring `state` bound to the runner.

The state is `<user_id>.<chat_id>.<expires unix>.<HMAC-SHA256>`, so the callback knows whose
code it receives without keeping anything between /connect and the callback, and a state that
was altered, made up or is older than `STATE_TTL` is refused (`BadState`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

SCOPE = "activity:read_all"
STATE_TTL = timedelta(minutes=30)
CALLBACK_PATH = "/strava/callback"
WEBHOOK_PATH = "/strava/webhook"


class BadState(Exception):
    """The callback's state was not made by us for this purpose, or has expired."""


@dataclass(frozen=True, slots=True)
class StravaConfig:
    """What the operator set up (all of it, or there is no Strava)."""

    client_id: str
    client_secret: str
    verify_token: str
    public_url: str
    secret_key: str
    oauth_url: str = "https://www.strava.com/oauth"
    api_url: str = "https://www.strava.com/api/v3"

    @property
    def callback_url(self) -> str:
        return self.public_url.rstrip("/") + CALLBACK_PATH

    @property
    def webhook_url(self) -> str:
        return self.public_url.rstrip("/") + WEBHOOK_PATH


def _signature(key: bytes, body: str) -> str:
    digest = hmac.new(key, body.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign_state(key: bytes, user_id: int, chat_id: int, now: datetime) -> str:
    body = f"{user_id}.{chat_id}.{int((now + STATE_TTL).timestamp())}"
    return f"{body}.{_signature(key, body)}"


def read_state(key: bytes, state: str, now: datetime) -> tuple[int, int]:
    """(user_id, chat_id) of a state we signed that has not expired; BadState otherwise."""
    body, _, given = state.rpartition(".")
    if not hmac.compare_digest(given.encode(), _signature(key, body).encode()):
        raise BadState("the state's signature does not match")
    try:
        user, chat, expires = (int(part) for part in body.split("."))
    except ValueError as e:
        raise BadState("the state is malformed") from e
    if now.timestamp() > expires:
        raise BadState("the state has expired")
    return user, chat


def authorize_url(config: StravaConfig, state: str) -> str:
    query = urlencode({"client_id": config.client_id, "redirect_uri": config.callback_url,
                       "response_type": "code", "approval_prompt": "auto", "scope": SCOPE,
                       "state": state})
    return f"{config.oauth_url.rstrip('/')}/authorize?{query}"
