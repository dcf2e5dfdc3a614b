"""THE composition root: Settings -> logging -> Database -> stores -> Coach -> Application.

Nothing runs at import time. This is the only module of `bot` that imports `storage`.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot.coach import Clock, Coach, Outgoing, Stores
from bot.coach.runners import RUNNERS_KEPT
from bot.settings import Settings
from bot.strava.app import Strava, strava_config
from bot.telegram.handlers import DUE_POLL_SECONDS, Handlers, bot_commands, register
from bot.telegram.inbox import Handled, InboxBot
from bot.telegram.redaction import RedactSecrets
from bot.telegram.request import AiohttpRequest
from bot.telegram.throttle import FairUpdateProcessor
from bot.telegram.webhook import WebhookConfig, answer_after_handling, serve_webhook
from bot.units import Units
from engine.food import FoodTable
from storage.db import Database
from storage.postgres import (
    PgDatabase,
    PgEventStore,
    PgFoodStore,
    PgInbox,
    PgPressStore,
    PgScheduleStore,
    PgSetupStore,
    PgUserStore,
    unavailable,
)
from storage.postgres.backup import pg_backup
from storage.postgres.strava import PgStravaStore
from storage.sqlite import (
    SqliteEventStore,
    SqliteFoodStore,
    SqliteInbox,
    SqlitePressStore,
    SqliteScheduleStore,
    SqliteSetupStore,
    SqliteUserStore,
)
from storage.sqlite.cache import CachedFoodStore, CachedSetupStore, CachedUserStore
from storage.strava import SqliteStravaStore

logger = logging.getLogger(__name__)

#: Young collections every 2,000 net new objects (a pause of a few tenths of a ms), the
#: middle one every 500,000 as before; see tune_gc.
GC_THRESHOLDS = (2_000, 250, 100)
#: HTTP connections for sending: replies to many users go out side by side.
SEND_POOL = 64
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
#: Telegram's free rate for one bot, messages a second; several workers share it.
TELEGRAM_RATE = 30.0


def configure_logging(level: str = "INFO", secrets: Sequence[str] = ()) -> None:
    """Log to stdout with `secrets` redacted; keep PTB's request dumps and apscheduler quiet."""
    logging.basicConfig(
        stream=sys.stdout, level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    redact = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    for noisy in ("apscheduler", "telegram.ext.ExtBot"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # aiosqlite's DEBUG lines carry SQL parameters: meals and weights are health data.
    logging.getLogger("aiosqlite").setLevel(logging.INFO)


def tune_gc() -> None:
    """Fewer, cheaper garbage collections once the process has started.

    The kept runners and the stores' caches hold ~10^5 long-lived objects, and CPython's
    default thresholds (700, 10, 10) re-scan them every few hundred messages: pauses of
    20-170 ms measured with 10,000 users. Objects alive after start-up (the food table...)
    are frozen out of collection, and the older generations are collected far less often.
    The young one runs every 2,000 net new objects. A pass costs more than in proportion to
    its size (a 50,000 threshold made each pass 25-50 ms while runners were loading, the tail
    of the PTB benchmark; 10,000 made it ~3 ms, 2,000 ~0.3 ms, measured under the same load),
    and a runner's first message keeps ~150 new objects (the runner's days, their last meals),
    so at 10,000 one first message in 60 waited for a pass: the p99 of first messages was a
    pass. The middle generation still comes every 500,000 net new objects (2,000 x 250), and
    the oldest as rarely as before. runfuel creates almost no reference cycles, so little
    garbage waits for the collector.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def real_clock() -> datetime:
    return datetime.now(UTC)


#: Either backend: both open (connect and migrate) and close alike.
AnyDatabase = Database | PgDatabase


def database_for(target: Path | str) -> AnyDatabase:
    """A SQLite file for a path, PostgreSQL for a `postgresql://` URL (not opened yet)."""
    return Database(target) if isinstance(target, Path) else PgDatabase(target)


def settings_database(settings: Settings) -> AnyDatabase:
    """RUNFUEL_DATABASE_URL when set, else the SQLite file at RUNFUEL_DB."""
    if settings.database_url is not None:
        return PgDatabase(settings.database_url.get_secret_value())
    return Database(settings.database_path)


def build_stores(db: AnyDatabase) -> Stores:
    """The ports of the coach over one backend (the database is opened by the caller).

    SQLite has one writer, this process, so its users, setups and taught foods are cached
    (`storage/sqlite/cache.py`); PostgreSQL may be shared by several workers and is read each time.
    """
    if isinstance(db, PgDatabase):
        planned = PgScheduleStore(db)
        pg_foods, pg_setups = PgFoodStore(db), PgSetupStore(db)
        return Stores(users=PgUserStore(db, primed=(pg_foods, pg_setups, planned)),
                      events=PgEventStore(db), foods=pg_foods, schedule=planned,
                      outbox=planned, setups=pg_setups, presses=PgPressStore(db))
    foods = CachedFoodStore(SqliteFoodStore(db))
    setups = CachedSetupStore(SqliteSetupStore(db))
    users = CachedUserStore(SqliteUserStore(db), forgets=(foods.forget, setups.forget))
    schedule = SqliteScheduleStore(db)
    return Stores(users=users, events=SqliteEventStore(db), foods=foods, schedule=schedule,
                  outbox=schedule, setups=setups, presses=SqlitePressStore(db))


def build_coach(db: AnyDatabase, clock: Clock = real_clock,
                foods: FoodTable | None = None, *, runners_kept: int = RUNNERS_KEPT) -> Coach:
    """Wire the stores of `db` into a Coach (the database is opened by the caller)."""
    return Coach(build_stores(db), foods or FoodTable.load(), clock, runners_kept=runners_kept)


@asynccontextmanager
async def open_coach(target: Path | str, clock: Clock = real_clock) -> AsyncIterator[Coach]:
    """A Coach over an open database, closed again on exit (console chat, CLI, tests)."""
    db = database_for(target)
    await db.open()
    try:
        yield build_coach(db, clock)
    finally:
        await db.close()


async def backup(source: Path, target: Path) -> None:
    """A consistent copy of a (possibly live) database, through SQLite's backup API."""
    db = Database(source)
    await db.open()
    try:
        await db.backup(target)
    finally:
        await db.close()


def backup_postgres(url: str, target: Path) -> None:
    """`runfuel backup` with RUNFUEL_DATABASE_URL: pg_dump (see storage/postgres/backup.py)."""
    pg_backup(url, target)


async def migrate(db: AnyDatabase) -> int:
    """Apply pending migrations and return the schema version (`runfuel migrate`)."""
    await db.open()
    try:
        return await db.user_version()
    finally:
        await db.close()


def build_strava(settings: Settings, db: AnyDatabase, coach: Coach,
                 send_now: Callable[[], object],
                 processor: FairUpdateProcessor) -> Strava | None:
    """The Strava parts when the operator set them up (the web server starts with the bot).

    What Strava makes the bot say ("🏃 From Strava: ..." and the like) is kept as a row for
    the scheduled sender first (`Coach.notify`), which `send_now` runs at once: a message that
    Telegram refuses for a while is sent again later, never lost with the run logged.
    """
    config = strava_config(settings)
    if config is None:
        return None
    store = PgStravaStore(db) if isinstance(db, PgDatabase) else SqliteStravaStore(db)

    async def notify(user_id: int, chat_id: int, message: Outgoing, *,
                     key: str | None = None) -> None:
        if await coach.notify(user_id, chat_id, message, coach.clock(), key):
            send_now()

    return Strava(config, store, coach, coach.clock, notify, in_turn=processor.in_turn)


def build_application(settings: Settings, db: AnyDatabase, coach: Coach) -> Application:  # type: ignore[type-arg]
    """The PTB Application, rules-bot style: defaults, lifecycle hooks, handlers, jobs."""
    if settings.telegram_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    handlers = Handlers(coach, Units(db.unit if isinstance(db, PgDatabase) else None, coach),
                        workers=settings.workers)
    # Workers behind a webhook on PostgreSQL answer Telegram only after handling: no inbox.
    shared = isinstance(db, PgDatabase) and settings.webhook_url is not None
    inbox = None if shared else PgInbox(db) if isinstance(db, PgDatabase) else SqliteInbox(db)

    warming: set[asyncio.Task[None]] = set()  # a reference, so the task is not collected
    processor = FairUpdateProcessor(on_done=Handled(inbox.done).done if inbox else None)

    def send_now() -> None:
        assert app.job_queue is not None
        app.job_queue.run_once(handlers.job_send_due, 0, name="scheduled:send-now")

    strava = build_strava(settings, db, coach, send_now, processor)
    if strava is not None:
        coach.strava = strava.links

    async def startup(app: Application) -> None:  # type: ignore[type-arg]
        await db.open()
        left = await inbox.pending() if inbox is not None else []
        for payload in left:
            await app.update_queue.put(Update.de_json(json.loads(payload), app.bot))
        if left:
            logger.info("handling %d updates left over from the last run", len(left))
        # The food search index is read in a thread, so no runner's first unknown food waits
        # ~1 s for it on the event loop.
        warming.add(asyncio.create_task(asyncio.to_thread(coach.foods.prepare)))
        if strava is not None:
            await strava.start(settings.web_listen, settings.web_port)
        assert app.job_queue is not None
        app.job_queue.run_repeating(handlers.job_send_due, interval=DUE_POLL_SECONDS, first=1,
                                    name="scheduled:send-due")
        if not await leads(db):
            logger.info("runfuel started; another worker did the start-up duties")
            return
        planned = await coach.plan_all_summaries(real_clock())
        await app.bot.set_my_commands(bot_commands(strava=strava is not None))
        logger.info("runfuel started: %d summaries planned", planned)

    async def shutdown(_app: Application) -> None:  # type: ignore[type-arg]
        if strava is not None:
            await strava.stop()
        await db.close()
        logger.info("runfuel stopped; database closed")

    async def keep(updates: Sequence[tuple[int, str]]) -> None:
        if inbox is not None:
            await inbox.keep(updates, now=real_clock())

    base_url = (settings.api_base_url or "https://api.telegram.org/bot").rstrip("/")
    bot = InboxBot(
        token=settings.telegram_token.get_secret_value().strip(),
        base_url=base_url,
        base_file_url=settings.base_file_url or "https://api.telegram.org/file/bot",
        request=AiohttpRequest(SEND_POOL),
        get_updates_request=AiohttpRequest(),
        defaults=Defaults(parse_mode=ParseMode.HTML),
        rate_limiter=AIORateLimiter(overall_max_rate=TELEGRAM_RATE / settings.workers,
                                    max_retries=3),
        keep=keep,
        paid_broadcast=settings.paid_broadcast,
    )
    app = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(processor)
        .post_init(startup)
        .post_shutdown(shutdown)
        .build()
    )
    register(app, handlers)
    return app


def run_bot(settings: Settings) -> None:
    """Run until SIGINT/SIGTERM: long polling, or a webhook when RUNFUEL_WEBHOOK_URL is set."""
    configure_logging(settings.log_level, settings.secrets())
    db = settings_database(settings)
    app = build_application(settings, db,
                            build_coach(db, runners_kept=settings.runners_kept))
    tune_gc()
    if settings.webhook_url:
        asyncio.run(serve_bot_webhook(settings, app, db))
    else:
        app.run_polling(allowed_updates=list(ALLOWED_UPDATES))


async def leads(db: AnyDatabase) -> bool:
    """Whether this process does the start-up duties: SQLite has one process; on PostgreSQL
    the first worker to take the lock does."""
    return await db.lead() if isinstance(db, PgDatabase) else True


async def serve_bot_webhook(settings: Settings, app: Application, db: AnyDatabase,  # type: ignore[type-arg]
                            stop: asyncio.Event | None = None) -> None:
    """Serve the webhook until SIGINT/SIGTERM (or `stop`).

    On PostgreSQL Telegram gets its answer only once the update is handled (committed and
    replied to), or a 503 while the database is down; the worker doing the start-up duties
    also points Telegram at the webhook (`runfuel set-webhook` does it by hand).
    """
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    assert isinstance(app.bot, InboxBot)
    config = WebhookConfig(
        url=settings.webhook_url, secret=settings.webhook_secret.get_secret_value(),
        listen=settings.webhook_listen, port=settings.webhook_port,
        allowed_updates=ALLOWED_UPDATES, max_connections=settings.webhook_max_connections)
    handle = None
    if isinstance(db, PgDatabase):
        processor = app.update_processor
        assert isinstance(processor, FairUpdateProcessor)
        handle = answer_after_handling(app, unavailable=unavailable, retry=processor.retry)
    await serve_webhook(app, config, app.bot.keep, stop, handle=handle,
                        set_webhook=lambda: not isinstance(db, PgDatabase) or db.leads)


async def set_webhook(settings: Settings, *, max_connections: int | None = None,
                      drop_pending_updates: bool = False) -> int:
    """Point Telegram at RUNFUEL_WEBHOOK_URL (`runfuel set-webhook`); returns max_connections."""
    if settings.telegram_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    if settings.webhook_url is None or settings.webhook_secret is None:
        raise ValueError("RUNFUEL_WEBHOOK_URL and RUNFUEL_WEBHOOK_SECRET must be set")
    connections = max_connections or settings.webhook_max_connections
    bot = Bot(settings.telegram_token.get_secret_value().strip(),
              base_url=(settings.api_base_url or "https://api.telegram.org/bot").rstrip("/"),
              request=AiohttpRequest())
    async with bot:
        await bot.set_webhook(settings.webhook_url,
                              secret_token=settings.webhook_secret.get_secret_value(),
                              max_connections=connections,
                              allowed_updates=list(ALLOWED_UPDATES),
                              drop_pending_updates=drop_pending_updates)
    return connections
