"""The SQLite backend (the default): one store per topic, each over `storage.db.Database`.

The stores keep no cache; `cache.py` wraps the ones read on every message.
"""

from storage.sqlite.events import SqliteEventStore
from storage.sqlite.foods import SqliteFoodStore
from storage.sqlite.inbox import SqliteInbox
from storage.sqlite.presses import SqlitePressStore
from storage.sqlite.schedule import SqliteScheduleStore
from storage.sqlite.setups import SqliteSetupStore
from storage.sqlite.users import SqliteUserStore

__all__ = [
    "SqliteEventStore",
    "SqliteFoodStore",
    "SqliteInbox",
    "SqlitePressStore",
    "SqliteScheduleStore",
    "SqliteSetupStore",
    "SqliteUserStore",
]
