"""Updates survive a crash between "fetched" and "handled".

PTB's polling confirms a batch of updates (the next getUpdates' offset) right after putting it
in its in-memory queue, so a SIGKILL or power loss before the handlers ran would lose those
messages for good: Telegram never sends them again. `InboxBot.get_updates` therefore writes
every fetched batch to the `inbox` table *before* returning it to PTB, the update processor
deletes each row once its handlers finished, and start-up handles whatever is left.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telegram import Update
from telegram.ext import ExtBot

Keep = Callable[[Sequence[Update]], Awaitable[None]]


class InboxBot(ExtBot[None]):
    """An ExtBot whose get_updates keeps each batch durably before PTB confirms it.

    `paid_broadcast` asks Telegram for its paid rate (up to 1,000 messages/s) on every send.
    """

    __slots__ = ("_keep", "_paid_broadcast")

    def __init__(self, *args: Any, keep: Keep, paid_broadcast: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Private names: PTB freezes a bot's public attributes once it is built.
        self._keep = keep
        self._paid_broadcast = paid_broadcast

    @property
    def paid_broadcast(self) -> bool:
        return self._paid_broadcast

    async def keep(self, updates: Sequence[Update]) -> None:
        """Write `updates` to the inbox (the webhook does it before answering Telegram)."""
        await self._keep(updates)

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        updates = await super().get_updates(*args, **kwargs)
        if updates:
            await self.keep(updates)
        return updates
