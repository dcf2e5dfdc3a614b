"""A long-running PostgreSQL worker keeps what it knows of runners within bounds.

The stores keep a runner's row, foods, setup and latest nudge only beside the revision their
worker's last unit of that runner left (`PgDatabase._left`, at most `RUNNER_ROWS_KEPT`):
anything kept without one is never trusted again, and no eviction would ever drop it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.coach import Incoming
from bot.console import SimulatedClock
from bot.main import build_coach
from bot.onboarding import Setup
from bot.units import Units
from engine.food import FoodTable
from storage.postgres import PgDatabase, PgFoodStore, PgScheduleStore, PgSetupStore, PgUserStore

AT = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)


async def test_strangers_leave_nothing_kept(pg_url: str, foods: FoodTable) -> None:
    """Fifty people without a runner's row each send /help, tap an old button or write in a
    group: nothing of them stays kept; a runner who logs something is kept as before."""
    db = PgDatabase(pg_url)
    await db.open()
    try:
        coach = build_coach(db, SimulatedClock(AT), foods)
        setup, units = Setup(coach), Units(db.unit, coach)
        s = coach.stores
        assert isinstance(s.users, PgUserStore) and isinstance(s.setups, PgSetupStore)
        assert isinstance(s.foods, PgFoodStore) and isinstance(s.schedule, PgScheduleStore)

        def kept() -> set[int]:
            return {*s.users._kept, *s.setups._kept, *s.foods._kept, *s.schedule._nudged}

        for user in range(1000, 1050):
            async with units.of(user):
                await setup.handle_text(Incoming(user, user, "/help", AT))
                await setup.press(user, user, "undo:5", AT)
                await setup.handle_text(Incoming(user, -5, "hi all", AT, private=False))
        assert kept() == set()
        async with units.of(7):
            await setup.handle_text(Incoming(7, 7, "2 eggs", AT))
        async with units.of(7):
            await setup.handle_text(Incoming(7, 7, "banana", AT))
        assert kept() == {7} and set(db._left) == {7}
    finally:
        await db.close()
