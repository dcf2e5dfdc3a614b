"""Strava tokens encrypted at rest with Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`).

The key is RUNFUEL_SECRET_KEY (`runfuel secret-key` prints a fresh one), never stored beside the
database: a copied database file or backup holds ciphertext only. The state that /connect signs
uses a key derived from it for that one purpose, so the two uses never share a key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken


class TokensUnreadable(Exception):
    """The sealed tokens were not made with this key (RUNFUEL_SECRET_KEY changed?)."""


@dataclass(frozen=True, slots=True)
class Tokens:
    access: str
    refresh: str

    def __repr__(self) -> str:  # never print a token, even by accident
        return "Tokens(<sealed>)"


def new_key() -> str:
    return Fernet.generate_key().decode()


class TokenBox:
    def __init__(self, key: str) -> None:
        self._fernet = Fernet(key.encode())
        self.state_key = hmac.new(key.encode(), b"runfuel strava state", hashlib.sha256).digest()

    def seal(self, tokens: Tokens) -> str:
        data = json.dumps({"a": tokens.access, "r": tokens.refresh}).encode()
        return self._fernet.encrypt(data).decode()

    def open(self, sealed: str) -> Tokens:
        try:
            data = json.loads(self._fernet.decrypt(sealed.encode()))
        except InvalidToken as e:
            raise TokensUnreadable("the Strava tokens do not open with RUNFUEL_SECRET_KEY") from e
        return Tokens(access=data["a"], refresh=data["r"])
