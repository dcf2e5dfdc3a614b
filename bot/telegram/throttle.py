"""Fair update processing: each runner in order, runners side by side, floods refused kindly.

PTB processes updates one at a time by default, so one user sending 200 messages would delay
everyone. `FairUpdateProcessor` runs different users' updates concurrently but keeps each
user's updates in arrival order (undo and edits depend on that), and gives each user a token
bucket: past the burst, updates are not processed and the user is told once, in plain words,
what was not read.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import BaseUpdateProcessor

logger = logging.getLogger(__name__)
T = TypeVar("T")

RECENT_IDS = 10_000
FLOOD_REPLY = (
    "You're sending messages faster than I can log them, so I skipped the last few. "
    "Wait a few seconds, then send what's missing again (one meal or run per message)."
)


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class TokenBuckets:
    """Per-key token buckets: `burst` at once, then `per_second` on average."""

    def __init__(self, *, burst: int, per_second: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_second
        self._clock = clock
        self._buckets: dict[int, _Bucket] = {}

    def take(self, key: int) -> bool:
        """Spend one token; False when the key is over its rate."""
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.per_second)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return True
        return False

    def should_warn(self, key: int) -> bool:
        """True once per run of refused updates, so the warning is not itself a flood."""
        bucket = self._buckets[key]
        if bucket.warned:
            return False
        bucket.warned = True
        return True

    def forget_idle(self) -> None:
        """Drop buckets that have refilled completely (bounded memory with many users)."""
        now = self._clock()
        full = [k for k, b in self._buckets.items()
                if b.tokens + (now - b.updated) * self.per_second >= self.burst]
        for key in full:
            del self._buckets[key]


class FairUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across users, sequential per user, rate limited per user."""

    def __init__(self, *, max_concurrent_updates: int = 64, burst: int = 20,
                 per_second: float = 0.5,
                 on_done: Callable[[int], Awaitable[None]] | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self.buckets = TokenBuckets(burst=burst, per_second=per_second)
        self._on_done = on_done
        #: Ids handled by this process: an update replayed from the inbox at start-up may
        #: also be fetched again from Telegram, and must not be answered twice.
        self._handled: deque[int] = deque(maxlen=RECENT_IDS)
        self._handled_set: set[int] = set()
        self._locks: dict[int, asyncio.Lock] = {}
        self._in_flight: dict[int, int] = {}
        self._seen = 0

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if not isinstance(update, Update):
            await coroutine
            return
        if update.update_id in self._handled_set:
            _close(coroutine)
            return
        try:
            await self._process(update, coroutine)
        finally:
            self._remember(update.update_id)
            if self._on_done is not None:
                await self._on_done(update.update_id)

    def retry(self, update_id: int) -> None:
        """Handle this update again when it comes back: its handling failed."""
        self._handled_set.discard(update_id)

    def _remember(self, update_id: int) -> None:
        if len(self._handled) == self._handled.maxlen:
            self._handled_set.discard(self._handled[0])
        self._handled.append(update_id)
        self._handled_set.add(update_id)

    async def _process(self, update: Update, coroutine: Awaitable[Any]) -> None:
        user = update.effective_user
        if user is None:
            await coroutine
            return
        if not self.buckets.take(user.id):
            _close(coroutine)
            await self._refuse(update, user.id)
            return
        await self.in_turn(user.id, coroutine)
        self._seen += 1
        if self._seen % 1000 == 0:
            self.buckets.forget_idle()

    async def in_turn(self, user_id: int, work: Awaitable[T]) -> T:
        """Run `work` after the user's updates in progress, and before their next ones.

        For what reaches a runner without an update of theirs (a run from Strava): it changes
        the same kept runner as their messages, so it must not interleave with one.
        """
        lock = self._locks.setdefault(user_id, asyncio.Lock())
        self._in_flight[user_id] = self._in_flight.get(user_id, 0) + 1
        try:
            async with lock:
                return await work
        finally:
            self._in_flight[user_id] -= 1
            if not self._in_flight[user_id]:
                del self._in_flight[user_id], self._locks[user_id]

    async def _refuse(self, update: Update, user_id: int) -> None:
        logger.info("user=%s is over the rate limit; update %s skipped", user_id,
                    update.update_id)
        if update.effective_message is None or not self.buckets.should_warn(user_id):
            return
        try:
            await update.effective_message.reply_text(FLOOD_REPLY)
        except TelegramError:
            logger.warning("could not send the rate-limit notice to user=%s", user_id)

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def _close(coroutine: Awaitable[Any]) -> None:
    """A skipped update's coroutine is closed, not left un-awaited."""
    close = getattr(coroutine, "close", None)
    if close is not None:
        close()
