"""AiohttpRequest speaks to the Bot API as PTB's HTTPXRequest does, errors included."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, TimedOut

from bot.settings import Settings
from bot.telegram.redaction import RedactSecrets
from bot.telegram.request import AiohttpRequest
from tests.botapi import DEFAULT_USER_ID, BotApiServer, free_port

TOKEN = "987654:SECRET-token-do-not-log"
CREDENTIAL = TOKEN.partition(":")[2]

StartServer = Callable[..., Awaitable[BotApiServer]]


@pytest.fixture
async def server(botapi_server: StartServer) -> BotApiServer:
    server = await botapi_server()
    server.add_chat(DEFAULT_USER_ID)
    return server


@pytest.fixture
async def bot(server: BotApiServer) -> AsyncIterator[Bot]:
    request = AiohttpRequest(4, read_timeout=0.5)
    async with Bot(server.token, base_url=server.base_url, base_file_url=server.base_file_url,
                   request=request, get_updates_request=AiohttpRequest()) as bot:
        yield bot


class TestAiohttpRequest:
    async def test_text_and_buttons_arrive_as_sent(self, bot: Bot, server: BotApiServer) -> None:
        undo = InlineKeyboardMarkup([[InlineKeyboardButton("Undo", callback_data="undo:7")]])
        await bot.send_message(DEFAULT_USER_ID, "<b>Logged</b>: 2 eggs · 143 kcal",
                               parse_mode="HTML", reply_markup=undo)
        [sent] = server.sent
        assert sent["plain_text"] == "Logged: 2 eggs · 143 kcal"
        assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "undo:7"

    async def test_the_parameters_go_as_one_json_object(
            self, bot: Bot, server: BotApiServer) -> None:
        """Not form fields (each value a JSON string, the text quoted character by character):
        numbers, flags and the keyboard arrive as JSON values."""
        undo = InlineKeyboardMarkup([[InlineKeyboardButton("Undo", callback_data="undo:7")]])
        await bot.send_message(DEFAULT_USER_ID, "2 eggs · 143 kcal ✅", reply_markup=undo,
                               disable_notification=True)
        [params] = server.calls_to("sendMessage")
        assert params["chat_id"] == DEFAULT_USER_ID
        assert params["disable_notification"] is True
        assert params["reply_markup"] == undo.to_dict()
        assert params["text"] == "2 eggs · 143 kcal ✅"

    async def test_a_file_goes_as_multipart_and_arrives_intact(
            self, bot: Bot, server: BotApiServer) -> None:
        data = bytes(range(256)) * 40
        message = await bot.send_document(
            DEFAULT_USER_ID, InputFile(io.BytesIO(data), filename="runfuel.json"))
        assert message.document is not None
        assert message.document.file_name == "runfuel.json"
        file = await bot.get_file(message.document.file_id)
        assert bytes(await file.download_as_bytearray()) == data

    async def test_an_answer_slower_than_the_read_timeout_is_timed_out(
            self, bot: Bot, server: BotApiServer) -> None:
        server.hang_next("sendMessage", 3)
        with pytest.raises(TimedOut):
            await bot.send_message(DEFAULT_USER_ID, "hello")

    async def test_an_unreachable_api_is_a_network_error_that_never_quotes_the_token(
            self, bot: Bot, server: BotApiServer) -> None:
        await server.stop()
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(DEFAULT_USER_ID, "hello")
        assert not isinstance(caught.value, TimedOut)
        assert caught.value.message.startswith("aiohttp.Client")  # says what failed
        assert server.token.split(":")[1] not in repr(caught.value)

    async def test_it_works_again_after_a_shutdown(self, server: BotApiServer) -> None:
        """PTB shuts a request down and initializes it again (Application restarts)."""
        request = AiohttpRequest()
        bot = Bot(server.token, base_url=server.base_url, request=request,
                  get_updates_request=AiohttpRequest())
        async with bot:
            await bot.send_message(DEFAULT_USER_ID, "one")
        async with bot:
            await bot.send_message(DEFAULT_USER_ID, "two")
        assert [m["text"] for m in server.sent] == ["one", "two"]

    async def test_the_proxy_the_environment_names_is_used_unless_no_proxy_exempts_the_host(
            self, server: BotApiServer, monkeypatch: pytest.MonkeyPatch) -> None:
        """As with PTB's default client: HTTP(S)_PROXY and NO_PROXY are honoured."""
        for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")  # nobody listens there
        get_me = f"{server.base_url}{server.token}/getMe"
        request = AiohttpRequest()
        await request.initialize()
        with pytest.raises(NetworkError):
            await request.post(get_me)
        await request.shutdown()
        monkeypatch.setenv("no_proxy", "127.0.0.1")
        request = AiohttpRequest()
        await request.initialize()
        assert (await request.post(get_me))["is_bot"] is True
        await request.shutdown()

    async def test_sending_before_initialize_says_so(self) -> None:
        with pytest.raises(RuntimeError, match="not initialized"):
            await AiohttpRequest().do_request("http://127.0.0.1:9/x", "POST")


async def _broken_api() -> AsyncIterator[str]:
    """A server that answers the Bot API the ways a wrong TELEGRAM_API_BASE_URL might."""

    async def redirect(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(str(request.url))  # to itself, with the token, for ever

    async def error_page(request: web.Request) -> web.StreamResponse:
        return web.Response(status=502, text=f"<h1>Bad gateway</h1> {request.url}")

    async def hang(_request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(60)
        raise AssertionError("unreachable")

    app = web.Application()
    app.router.add_route("*", "/redirect/{tail:.*}", redirect)
    app.router.add_route("*", "/status/{tail:.*}", error_page)
    app.router.add_route("*", "/hang/{tail:.*}", hang)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def broken_api() -> AsyncIterator[str]:
    async for base in _broken_api():
        yield base


async def _run_bot(base_url: str, tmp_path: Path) -> tuple[int, str]:
    """`runfuel bot` against `base_url` as a real process; its exit status and whole output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "RUNFUEL_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=base_url,
               RUNFUEL_DB=str(tmp_path / f"{abs(hash(base_url))}.db"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "bot", env=env, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT)
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    return await process.wait(), output.decode()


class TestNoTokenInLogs:
    async def test_every_kind_of_broken_api_url_stops_the_bot_without_logging_the_token(
            self, broken_api: str, tmp_path: Path) -> None:
        """Invalid URL, redirect loop, refused, timeout, error page: the output has no token."""
        cases = {
            "invalid URL": "http://127.0.0.1:99999/bot",
            "too many redirects": f"{broken_api}/redirect/bot",
            "connection refused": f"http://127.0.0.1:{free_port()}/bot",
            "timeout": f"{broken_api}/hang/bot",
            "bad status": f"{broken_api}/status/bot",
        }
        results = await asyncio.gather(*(_run_bot(url, tmp_path) for url in cases.values()))
        for name, (status, output) in zip(cases, results, strict=True):
            assert status == 1, (name, output)
            assert "runfuel: " in output, name  # it says why it stopped
            assert CREDENTIAL not in output, (name, output)

    def test_the_log_filter_redacts_message_arguments_and_tracebacks(self) -> None:
        """Whatever a library logs, the token's secret part never reaches the output."""
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        handler.addFilter(RedactSecrets([TOKEN, "webhook-secret-123"]))
        log = logging.getLogger("tests.redaction")
        log.addHandler(handler)
        try:
            url = f"https://api.telegram.org/bot{TOKEN.replace(':', '%3A')}/getMe"
            error = ValueError(f"cannot reach {url}")
            log.error("request to %s failed (secret %s)", url, "webhook-secret-123",
                      exc_info=(ValueError, error, None))
            log.error("token is %s", TOKEN, stack_info=True)
        finally:
            log.removeHandler(handler)
        text = stream.getvalue()
        assert "cannot reach" in text and "[REDACTED]" in text
        assert CREDENTIAL not in text and "webhook-secret-123" not in text

    def test_every_secret_setting_is_redacted(self) -> None:
        """Token, webhook secret, and the database URL with its password are all filtered."""
        settings = Settings(_env_file=None, telegram_token=TOKEN,  # type: ignore[call-arg]
                            webhook_secret="hook-secret-value",
                            database_url="postgresql://runfuel:pg-pass-42@db/runfuel")
        redact = RedactSecrets(settings.secrets())
        line = (f"bot{TOKEN} hook-secret-value postgresql://runfuel:pg-pass-42@db/runfuel "
                "password=pg-pass-42")
        clean = redact.redact(line)
        assert CREDENTIAL not in clean and "hook-secret-value" not in clean
        assert "pg-pass-42" not in clean
