"""Each runner's unit of work: one at a time across every worker, and kept runners kept honest.

With several workers on one PostgreSQL database, two updates of one runner may reach two
workers at once, and a runner a worker keeps in memory (its day totals, `bot/service.py`) may
be stale because another worker wrote since. So every update of a runner is handled as one
unit of work (`PgDatabase.unit`): one transaction that starts with
`pg_advisory_xact_lock(user_id)`, so a runner's updates run one after another whichever
worker gets them, and ends by bumping `users.rev`. A worker remembers the revision each of its
units left; when a unit starts at another revision, someone else wrote. The unit then brings
the runner's events stored since the revision this worker's last unit left (`changes`), and a
kept runner that reflects that revision folds them in; any other change (an event undone or
replaced, a runner kept from elsewhere) drops the kept runner, read afresh from the database.

With SQLite there is one process per database file: the fair update processor already keeps
each runner's updates in order and nothing else writes, so a unit is just the block itself.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

from engine.events import StoredEvent

#: Revisions remembered; a runner forgotten here is merely reloaded once.
REVISIONS_KEPT = 100_000


class Revision(Protocol):
    """What a unit of work saw: the runner's revision before it, and after (once committed);
    when another writer changed the runner since this worker's revision `since`, the live
    events stored since (`changes`; None: more than events were added)."""

    @property
    def before(self) -> int | None: ...
    @property
    def after(self) -> int | None: ...
    @property
    def since(self) -> int | None: ...
    @property
    def changes(self) -> Sequence[StoredEvent] | None: ...


Begin = Callable[[int], AbstractAsyncContextManager[Revision]]


class Keeper(Protocol):
    """What keeps runners in memory (the coach): told when a kept runner is behind."""

    def forget_runner(self, user_id: int) -> None: ...
    def catch_up_runner(self, user_id: int, since: int | None,
                        changes: Sequence[StoredEvent] | None) -> None: ...
    def settle_runner(self, user_id: int, rev: int) -> None: ...


class Units:
    """Runs blocks as runners' units of work, keeping `keeper`'s runners current."""

    def __init__(self, begin: Begin | None, keeper: Keeper) -> None:
        self._begin = begin
        self._keeper = keeper
        self._seen: OrderedDict[int, int] = OrderedDict()

    @asynccontextmanager
    async def of(self, user_id: int) -> AsyncIterator[None]:
        """The block as this runner's unit of work (committed when the block ends)."""
        if self._begin is None:
            yield
            return
        async with self._begin(user_id) as revision:
            seen = self._seen.get(user_id)
            if revision.before is None and seen is not None:  # deleted since
                self._keeper.forget_runner(user_id)
            elif revision.before is not None and seen != revision.before:
                self._keeper.catch_up_runner(user_id, revision.since, revision.changes)
            try:
                yield
            except BaseException:
                self._keeper.forget_runner(user_id)  # it may hold what was rolled back
                raise
        if revision.after is not None:
            self._keeper.settle_runner(user_id, revision.after)
            self._seen[user_id] = revision.after
            self._seen.move_to_end(user_id)
            if len(self._seen) > REVISIONS_KEPT:
                self._seen.popitem(last=False)
