"""Watch files: decoded off the event loop, matched against what the runner logged, logged.

Runners type a run right after it ("ran 10k in 52 min") and later send the watch file, or send
the same file twice, from the chat or with `runfuel import --user`. Counting both would double
the day's exercise energy, so each event of the file is matched against the runner's stored
sessions (`bot.coach.sessions`, the rule Strava's runs follow too): the file's numbers replace
the entry of the same session instead of being added beside it. Both adapters call
`import_activity`, so they cannot drift apart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot import formatting
from bot.coach.messages import Messages
from bot.coach.ports import Incoming, Outgoing, Stores
from bot.coach.runners import Runners
from bot.coach.sessions import repeated
from bot.uploads import read_activity_file_in_worker
from engine.energy import baseline_kcal_per_min
from engine.errors import CoachError
from engine.units import in_system
from engine.watchfiles import FileEvent

logger = logging.getLogger(__name__)

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
        replaced = await repeated(self.stores.events, msg.user_id, events)
        if replaced:
            logger.info("user=%s file replaces events=%s", msg.user_id, replaced)
        replies = await self.messages.log_events(
            msg.user_id, msg.chat_id, events, received_at=msg.received_at, replaces=replaced,
            message_id=msg.message_id, update_id=msg.update_id)
        return Imported(events, replaced, replies)
