"""Updates survive a crash between "fetched" and "handled".

PTB's polling confirms a batch of updates (the next getUpdates' offset) right after putting it
in its in-memory queue, so a SIGKILL or power loss before the handlers ran would lose those
messages for good: Telegram never sends them again. `InboxBot.get_updates` therefore writes
every fetched batch to the `inbox` table *before* returning it to PTB, the update processor
deletes each row once its handlers finished, and start-up handles whatever is left.

The inbox keeps each update's JSON as Telegram sent it (the webhook's body, or getUpdates'
entry dumped again before PTB builds its objects): serialising PTB's `Update` back with
`to_json` walked every object of the update and cost more than parsing it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import JSONDict, ODVInput
from telegram.ext import ExtBot

#: Keeps (update id, the update's JSON as Telegram sent it) pairs durably.
Keep = Callable[[Sequence[tuple[int, str]]], Awaitable[None]]


class Handled:
    """Deletes handled updates from the inbox: one statement for those that finish together.

    At 300 updates/s many finish together, and each used to wait in line for a statement of
    its own. Here a finished update waits one turn of the loop, so the updates finishing in
    the same turn, or while a delete waits for the database, share the next delete; `done`
    still returns only once its own row is gone, so an update whose `done` returned is never
    replayed after a crash.
    """

    def __init__(self, delete: Callable[..., Awaitable[None]]) -> None:
        self._delete = delete
        self._ids: list[int] = []
        self._batch: asyncio.Future[None] | None = None
        self._lock = asyncio.Lock()

    async def done(self, update_id: int) -> None:
        if self._batch is None:
            self._batch = asyncio.get_running_loop().create_future()
        batch = self._batch
        self._ids.append(update_id)
        await asyncio.sleep(0)  # a delete runs without a hop now: let this turn's updates join
        async with self._lock:  # the first in line deletes every id gathered meanwhile
            if not batch.done():
                ids, self._ids, self._batch = self._ids, [], None
                try:
                    await self._delete(*ids)
                except asyncio.CancelledError:
                    batch.cancel()
                    raise
                except Exception as e:  # every update of the batch sees the failure
                    batch.set_exception(e)
                else:
                    batch.set_result(None)
        await batch


class InboxBot(ExtBot[None]):
    """An ExtBot whose get_updates keeps each batch durably before PTB confirms it.

    `paid_broadcast` asks Telegram for its paid rate (up to 1,000 messages/s) on every send.
    """

    __slots__ = ("_fetched", "_keep", "_paid_broadcast")

    def __init__(self, *args: Any, keep: Keep, paid_broadcast: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Private names: PTB freezes a bot's public attributes once it is built.
        self._keep = keep
        self._paid_broadcast = paid_broadcast
        self._fetched: list[tuple[int, str]] = []

    @property
    def paid_broadcast(self) -> bool:
        return self._paid_broadcast

    async def keep(self, updates: Sequence[tuple[int, str]]) -> None:
        """Write (update id, JSON) pairs to the inbox (the webhook does it before answering)."""
        await self._keep(updates)

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        self._fetched = []
        updates = await super().get_updates(*args, **kwargs)
        if updates:
            fetched, self._fetched = self._fetched, []
            if [uid for uid, _ in fetched] != [u.update_id for u in updates]:
                fetched = [(u.update_id, u.to_json()) for u in updates]  # never seen so far
            await self.keep(fetched)
        return updates

    async def _post(
        self,
        endpoint: str,
        data: JSONDict | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> Any:
        """Every Bot API call; a getUpdates batch is also noted as Telegram's JSON, for `keep`."""
        result = await super()._post(
            endpoint, data, read_timeout=read_timeout, write_timeout=write_timeout,
            connect_timeout=connect_timeout, pool_timeout=pool_timeout, api_kwargs=api_kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            self._fetched = [(u["update_id"], json.dumps(u, ensure_ascii=False)) for u in result]
        return result
