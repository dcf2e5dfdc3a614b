"""The PostgreSQL backend: the ports of `bot/service.py` over asyncpg, without an ORM.

Chosen in the composition root when `RUNFUEL_DATABASE_URL` is a `postgresql://` URL; SQLite
stays the default.
"""

from storage.postgres.db import PgDatabase, bundled_migrations, unavailable
from storage.postgres.stores import (
    PgEventStore,
    PgFoodStore,
    PgInbox,
    PgPressStore,
    PgScheduleStore,
    PgSetupStore,
    PgUserStore,
)

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
