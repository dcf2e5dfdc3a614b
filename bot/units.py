"""Each runner's unit of work: one at a time across every worker, and kept runners kept honest.

With several workers on one PostgreSQL database, two updates of one runner may reach two
workers at once, and a runner a worker keeps in memory (its day totals, `bot/service.py`) may
be stale because another worker wrote since. So every update of a runner is handled as one
unit of work (`PgDatabase.unit`): one transaction that starts with
`pg_advisory_xact_lock(user_id)`, so a runner's updates run one after another whichever
worker gets them, and ends by bumping `users.rev`. A worker remembers the revision each of its
units left; when a unit starts at another revision, someone else wrote, and the kept runner is
dropped and read afresh from the database.

With SQLite there is one process per database file: the fair update processor already keeps
each runner's updates in order and nothing else writes, so a unit is just the block itself.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

#: Revisions remembered; a runner forgotten here is merely reloaded once.
REVISIONS_KEPT = 100_000


class Revision(Protocol):
    """What a unit of work saw: the runner's revision before it, and after (once committed)."""

    @property
    def before(self) -> int | None: ...
    @property
    def after(self) -> int | None: ...


Begin = Callable[[int], AbstractAsyncContextManager[Revision]]


class Units:
    """Runs blocks as runners' units of work; `forget` drops a runner kept in memory."""

    def __init__(self, begin: Begin | None, forget: Callable[[int], None]) -> None:
        self._begin = begin
        self._forget = forget
        self._seen: OrderedDict[int, int] = OrderedDict()

    @asynccontextmanager
    async def of(self, user_id: int) -> AsyncIterator[None]:
        """The block as this runner's unit of work (committed when the block ends)."""
        if self._begin is None:
            yield
            return
        async with self._begin(user_id) as revision:
            if revision.before is not None and self._seen.get(user_id) != revision.before:
                self._forget(user_id)
            try:
                yield
            except BaseException:
                self._forget(user_id)  # it may hold what the rolled-back unit wrote
                raise
        if revision.after is not None:
            self._seen[user_id] = revision.after
            self._seen.move_to_end(user_id)
            if len(self._seen) > REVISIONS_KEPT:
                self._seen.popitem(last=False)
