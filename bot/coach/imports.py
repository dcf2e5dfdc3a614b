"""Watch files: decoded off the event loop, matched against what the runner logged, logged.

Runners type a run right after it ("ran 10k in 52 min") and later send the watch file, or send
the same file twice, from the chat or with `runfuel import --user`. Counting both would double
the day's exercise energy, so each event of the file is matched against the runner's stored
sessions (`engine.dedupe`): the file's numbers replace the entry of the same session instead
of being added beside it. Both adapters call `import_activity`, so they cannot drift apart.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from bot import formatting
from bot.coach.messages import Messages
from bot.coach.ports import Incoming, Outgoing, Stores
from bot.coach.runners import Runners
from bot.uploads import read_activity_file_in_worker
from engine.dedupe import find_duplicate
from engine.energy import baseline_kcal_per_min
from engine.errors import CoachError
from engine.units import in_system
from engine.watchfiles import FileEvent

logger = logging.getLogger(__name__)

#: How far around a file's session stored entries are looked at: `find_duplicate` matches a
#: typed run whose start was estimated up to 12 h before it was sent (plus clock slack).
DUPLICATE_REACH = timedelta(hours=15)


@dataclass(frozen=True)
class Imported:
    """What one file did: its events, the earlier entries they replace, and the replies."""

    events: tuple[FileEvent, ...]
    replaced: tuple[int, ...]
    replies: list[Outgoing]

    @property
    def refused(self) -> bool:
        return not self.events


class Imports:
    """The watch-file use case, shared by the Telegram document handler and `runfuel import`."""

    def __init__(self, stores: Stores, runners: Runners, messages: Messages) -> None:
        self.stores = stores
        self.runners = runners
        self.messages = messages

    async def import_activity(self, msg: Incoming, data: bytes, filename: str) -> Imported:
        """Read the file for this runner, replace what it repeats, store it and answer.

        A file that cannot be read stores nothing and answers why, in the runner's units.
        """
        runner = await self.runners.runner(msg.user_id, msg.chat_id, msg.received_at)
        try:
            events = await read_activity_file_in_worker(
                data, filename, mass_kg=runner.weight_kg,
                baseline_kcal_per_min=baseline_kcal_per_min(runner.profile, runner.weight_kg))
        except CoachError as e:
            reason = in_system(e.user_message, runner.profile.units)
            return Imported((), (), [Outgoing(formatting.escape(reason))])
        replaced = await self._repeated(msg.user_id, events)
        if replaced:
            logger.info("user=%s file replaces events=%s", msg.user_id, replaced)
        replies = await self.messages.log_events(
            msg.user_id, msg.chat_id, events, received_at=msg.received_at, replaces=replaced,
            message_id=msg.message_id, update_id=msg.update_id)
        return Imported(events, replaced, replies)

    async def _repeated(self, user_id: int, events: Sequence[FileEvent]) -> tuple[int, ...]:
        """Ids of stored entries that are the same sessions as the file's events."""
        replaced: list[int] = []
        for event in events:
            end = event.at + timedelta(seconds=event.elapsed_s or event.duration_s)
            existing = await self.stores.events.between(
                user_id, event.at - DUPLICATE_REACH, end + DUPLICATE_REACH, kinds=[event.kind])
            duplicate = find_duplicate(event, existing)
            if duplicate is not None and duplicate.id not in replaced:
                replaced.append(duplicate.id)
        return tuple(replaced)
