"""The webhook endpoint: authenticated and bounded before a byte of the body is read.

PTB's `run_webhook` serves through tornado, which reads a whole body (up to 100 MB by default)
before its handler compares the secret, and with `!=`: 95 MB bodies without the secret were
buffered whole, and connections that never finished their body stayed open. This small
aiohttp server (aiohttp is already how the bot talks to Telegram) answers from the headers
first:

1. the secret header, compared in constant time (`hmac.compare_digest`): 403 otherwise;
2. a declared length of at most 64 KB (Telegram's updates are a few KB): 411 or 413 otherwise;
3. only then the body, within `BODY_TIMEOUT_S`: 408 otherwise.

A refused request's connection is closed, so its unread body is never drained. With SQLite
a valid update is written to the inbox before the 200 that tells Telegram it arrived, then
queued for PTB: as with polling, a crash after that 200 loses nothing. With PostgreSQL and
several workers there is no inbox: the 200 comes only once the update is handled (committed
and replied to, `answer_after_handling`), so Telegram sends it again (to any worker) when a
worker dies first, and a 503 answers an update the database could not take.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.telegram.inbox import Keep

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
MAX_BODY_BYTES = 64 * 1024
BODY_TIMEOUT_S = 10.0
PATH = "/telegram"

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
#: Handles one update and says which HTTP status Telegram gets for it.
Handle = Callable[[Update], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    url: str
    secret: str
    listen: str = "127.0.0.1"
    port: int = 8443
    allowed_updates: Sequence[str] = ()
    max_connections: int = 40
    body_timeout_s: float = BODY_TIMEOUT_S


def webhook_app(app: AnyApplication, config: WebhookConfig, keep: Keep,
                handle: Handle | None = None) -> web.Application:
    """The aiohttp application serving `POST /telegram`: into `app`'s update queue, or
    through `handle` before answering."""
    expected = config.secret.encode()

    async def receive(request: web.Request) -> web.StreamResponse:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return _refuse(web.HTTPForbidden.status_code)
        length = request.content_length
        if length is None:
            return _refuse(web.HTTPLengthRequired.status_code)
        if length > MAX_BODY_BYTES:
            return _refuse(web.HTTPRequestEntityTooLarge.status_code)
        try:
            async with asyncio.timeout(config.body_timeout_s):
                body = await request.read()
        except TimeoutError:
            return _refuse(web.HTTPRequestTimeout.status_code)
        update = _update(body, app)
        if update is None:
            return _refuse(web.HTTPBadRequest.status_code)
        if handle is not None:
            return web.Response(status=await handle(update))
        await keep([(update.update_id, _as_sent(body, update))])
        await app.update_queue.put(update)
        return web.Response()

    server = web.Application(client_max_size=MAX_BODY_BYTES)
    server.router.add_post(PATH, receive)
    return server


def _refuse(status: int) -> web.Response:
    response = web.Response(status=status)
    response.force_close()  # never drain an unread body into memory
    return response


def _as_sent(body: bytes, update: Update) -> str:
    """The update's JSON for the inbox: the body as Telegram sent it (UTF-8, as it always is)."""
    try:
        return body.decode()
    except UnicodeDecodeError:  # JSON in UTF-16 or -32 parses too
        return update.to_json()


def _update(body: bytes, app: AnyApplication) -> Update | None:
    """The update in a body, or None for anything Telegram would not send."""
    try:
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return None
        return Update.de_json(data, app.bot)
    except (ValueError, TypeError, KeyError, AttributeError):
        logger.warning("webhook: an update that does not parse was refused")
        return None


def answer_after_handling(app: AnyApplication, *, unavailable: Callable[[BaseException], bool],
                          retry: Callable[[int], None]) -> Handle:
    """Handle an update through `app`'s update processor, then give its HTTP status.

    200 once it is handled (committed, replied to); 503 when the database was unavailable, so
    Telegram delivers it again (and `retry` lets this process handle it again). Other errors
    were already told to the runner by the error handler: 200, as redelivering would not help.
    """
    failures: dict[int, BaseException] = {}

    async def record(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if isinstance(update, Update) and context.error is not None:
            failures[update.update_id] = context.error

    app.add_error_handler(record)

    async def handle(update: Update) -> int:
        await app.update_processor.process_update(update, app.process_update(update))
        error = failures.pop(update.update_id, None)
        if error is not None and unavailable(error):
            retry(update.update_id)
            return web.HTTPServiceUnavailable.status_code
        return web.HTTPOk.status_code

    return handle


async def serve_webhook(app: AnyApplication, config: WebhookConfig, keep: Keep,
                        stop: asyncio.Event | None = None, *, handle: Handle | None = None,
                        set_webhook: Callable[[], bool] = lambda: True) -> None:
    """Run `app` behind the webhook until `stop` is set (by default: SIGINT or SIGTERM).

    The lifecycle of PTB's `run_webhook`: initialize, post_init, start, listen, setWebhook
    (when `set_webhook()` says this process does the start-up duties); then stop, post_stop,
    shutdown, post_shutdown, whatever happens in between.
    """
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        runner = web.AppRunner(webhook_app(app, config, keep, handle), access_log=None,
                               handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        try:
            await web.TCPSite(runner, config.listen, config.port).start()
            # Listening before Telegram is told where to send: its first POST finds us.
            if set_webhook():
                await app.bot.set_webhook(
                    config.url, secret_token=config.secret, max_connections=config.max_connections,
                    allowed_updates=list(config.allowed_updates) or None)
            logger.info("webhook listening on %s:%d%s", config.listen, config.port, PATH)
            await stop.wait()
        finally:
            await runner.cleanup()
            await app.stop()
            if app.post_stop is not None:
                await app.post_stop(app)
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
