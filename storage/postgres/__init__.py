"""The PostgreSQL backend: the coach's ports over asyncpg, without an ORM.

Chosen in the composition root when `RUNFUEL_DATABASE_URL` is a `postgresql://` URL; SQLite
stays the default. One module per topic, mirroring `storage/sqlite/`. Unlike the SQLite
stores these are never cached (`storage/sqlite/cache.py`): several workers may share the
database, and another worker's write would make a cached user, setup or food list stale.
JSON columns are `jsonb`, read back as text.
"""

from storage.postgres.db import PgDatabase, bundled_migrations, unavailable
from storage.postgres.events import PgEventStore
from storage.postgres.foods import PgFoodStore
from storage.postgres.inbox import PgInbox
from storage.postgres.presses import PgPressStore
from storage.postgres.schedule import PgScheduleStore
from storage.postgres.setups import PgSetupStore
from storage.postgres.users import PgUserStore

__all__ = [
    "PgDatabase",
    "PgEventStore",
    "PgFoodStore",
    "PgInbox",
    "PgPressStore",
    "PgScheduleStore",
    "PgSetupStore",
    "PgUserStore",
    "bundled_migrations",
    "unavailable",
]
