"""PTB glue and fixtures: aim an Application at the server and run it."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest_asyncio
from telegram.ext import Application, ApplicationBuilder

from tests.botapi._common import DEFAULT_TOKEN, free_port
from tests.botapi.server import BotApiServer

AnyBuilder = ApplicationBuilder[Any, Any, Any, Any, Any, Any]
AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def pointed_at(server: BotApiServer, builder: AnyBuilder | None = None) -> AnyBuilder:
    """Aim an ApplicationBuilder (a fresh one by default) at ``server`` with its token."""
    builder = builder if builder is not None else Application.builder()
    return builder.token(server.token).base_url(server.base_url).base_file_url(server.base_file_url)


@contextlib.asynccontextmanager
async def _running(
    app: AnyApplication, start_updater: Callable[[], Awaitable[object]]
) -> AsyncIterator[None]:
    """The lifecycle of PTB's ``Application.__run`` (behind run_polling/run_webhook), as a block.

    ``initialize()``/``shutdown()`` alone skip the ``post_init``/``post_stop``/
    ``post_shutdown`` hooks, which only ``__run`` calls; an app whose database opens in
    ``post_init`` would then fail on its first update. So call them here, in PTB's order.
    """
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await start_updater()
        await app.start()
        yield
    finally:
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


def polling(
    app: AnyApplication, **start_polling: Any
) -> contextlib.AbstractAsyncContextManager[None]:
    """Run ``app`` with long polling for the block, as ``run_polling`` would.

    Defaults to ``poll_interval=0`` and PTB's 10 s long poll: the server answers as soon as an
    update is queued and ``updater.stop()`` cancels the open poll, so neither slows a test.
    Keyword arguments go to ``Updater.start_polling`` (e.g. ``allowed_updates``).
    """
    assert app.updater is not None, "build the app with an updater to poll"
    updater = app.updater
    return _running(app, lambda: updater.start_polling(**{"poll_interval": 0, **start_polling}))


def webhook(
    app: AnyApplication, *, secret_token: str | None = "test-secret", **start_webhook: Any
) -> contextlib.AbstractAsyncContextManager[None]:
    """Run ``app`` as a webhook on a free 127.0.0.1 port for the block, as ``run_webhook`` would.

    PTB's ``start_webhook`` calls setWebhook on the server, so ``server.flush_webhook()`` and
    ``server.deliver_webhook(update)`` reach the app. Keyword arguments go to
    ``Updater.start_webhook``.
    """
    assert app.updater is not None, "build the app with an updater to run a webhook"
    updater = app.updater
    port = free_port()
    options: dict[str, Any] = {
        "listen": "127.0.0.1",
        "port": port,
        "url_path": "telegram",
        "webhook_url": f"http://127.0.0.1:{port}/telegram",
        "secret_token": secret_token,
        **start_webhook,
    }
    return _running(app, lambda: updater.start_webhook(**options))


@pytest_asyncio.fixture
async def botapi_server() -> AsyncIterator[Callable[..., Awaitable[BotApiServer]]]:
    """Factory fixture: ``server = await botapi_server(**kwargs)``; all are stopped afterwards."""
    servers: list[BotApiServer] = []

    async def start(token: str = DEFAULT_TOKEN, **kwargs: Any) -> BotApiServer:
        server = BotApiServer(token, **kwargs)
        await server.start()
        servers.append(server)
        return server

    yield start
    for server in reversed(servers):
        await server.stop()
