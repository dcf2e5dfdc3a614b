"""AiohttpRequest speaks to the Bot API as PTB's HTTPXRequest does, errors included."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, TimedOut

from bot.request import AiohttpRequest
from tests.botapi import DEFAULT_USER_ID, BotApiServer

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
