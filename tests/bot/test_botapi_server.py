"""The Bot API test server speaks Telegram well enough for the real PTB stack.

These tests run PTB's own ``Application`` (long polling and webhook) against
``tests.botapi.BotApiServer`` on 127.0.0.1, so the end-to-end suite can trust what the server
says: that a reply arrived, that Telegram would have refused it, and with which words.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.botapi import (
    DEFAULT_USER_ID,
    AnyApplication,
    BotApiServer,
    ParseEntitiesError,
    botapi_server,
    parse_html,
    pointed_at,
    polling,
    webhook,
)

__all__ = ["botapi_server"]  # re-exported so pytest registers the fixture in this module

Ctx = CallbackContext[Any, Any, Any, Any]
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Undo", callback_data="undo:1")]])
StartServer = Callable[..., Awaitable[BotApiServer]]


@pytest.fixture
async def server(botapi_server: StartServer) -> BotApiServer:
    """One running server per test."""
    return await botapi_server()


@pytest.fixture
async def bot(server: BotApiServer) -> AsyncIterator[Bot]:
    """A bare PTB Bot on the server, for checking how PTB reads single answers."""
    async with Bot(
        server.token, base_url=server.base_url, base_file_url=server.base_file_url
    ) as bot:
        yield bot


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the user's own text."""
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(update.effective_message.text)


def echo_app(server: BotApiServer) -> AnyApplication:
    """An application whose only handler echoes text."""
    app = pointed_at(server).build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


class TestPolling:
    async def test_a_user_message_is_echoed_over_long_polling(self, server: BotApiServer) -> None:
        """A queued user message reaches the handler and the reply is recorded as sent."""
        async with polling(echo_app(server)):
            incoming = server.user_message("ran 10k in 52 min")
            [reply] = await server.wait_for_sent()
        assert reply["method"] == "sendMessage"
        assert reply["chat_id"] == DEFAULT_USER_ID
        assert reply["text"] == "ran 10k in 52 min"
        assert reply["message_id"] == incoming["message_id"] + 1
        assert server.rejected == []

    async def test_shutdown_confirms_every_fetched_update(self, server: BotApiServer) -> None:
        """PTB's final getUpdates(offset) after stop leaves nothing to be delivered again."""
        async with polling(echo_app(server)):
            server.user_message("one")
            server.user_message("two")
            await server.wait_for_sent(2)
        assert server.pending_updates == 0
        assert server.calls_to("getUpdates")[-1]["timeout"] == "0"

    async def test_get_updates_honours_offset_limit_and_allowed_updates(
        self, server: BotApiServer, bot: Bot
    ) -> None:
        """Offset drops confirmed updates, limit caps a batch, allowed_updates filters kinds."""
        first = server.user_message("a")
        server.user_message("b")
        batch = await bot.get_updates(limit=1)
        assert [u.message.text for u in batch if u.message] == ["a"]
        batch = await bot.get_updates(offset=batch[0].update_id + 1)
        assert [u.message.text for u in batch if u.message] == ["b"]
        reply = await bot.send_message(first["chat"]["id"], "pick", reply_markup=KEYBOARD)
        server.user_presses(reply.to_dict(), "undo:1")
        server.user_message("c")
        batch = await bot.get_updates(offset=batch[-1].update_id + 1, allowed_updates=["message"])
        assert [u.message.text for u in batch if u.message] == ["c"]
        assert all(u.callback_query is None for u in batch)

    async def test_a_second_poller_ends_the_first_with_conflict(self, server: BotApiServer) -> None:
        """Two bots polling at once: the older long poll gets Telegram's 409 Conflict."""
        async with (
            Bot(server.token, base_url=server.base_url) as first,
            Bot(server.token, base_url=server.base_url) as second,
        ):
            older = asyncio.create_task(first.get_updates(timeout=5))
            await server.wait_for_call("getUpdates")
            newer = asyncio.create_task(second.get_updates(timeout=0))
            with pytest.raises(Conflict, match="terminated by other getUpdates request"):
                await older
            assert await newer == ()

    async def test_commands_carry_bot_command_entities(self, server: BotApiServer) -> None:
        """/start gets Telegram's bot_command entity, which PTB's CommandHandler needs."""
        app = pointed_at(server).build()

        async def start(update: Update, context: Ctx) -> None:
            assert update.effective_message is not None
            await update.effective_message.reply_text("<b>Welcome</b>", parse_mode=ParseMode.HTML)

        app.add_handler(CommandHandler("start", start))
        async with polling(app):
            server.user_message("/start")
            [reply] = await server.wait_for_sent()
        assert reply["plain_text"] == "Welcome"
        assert reply["entities"] == [{"type": "bold", "offset": 0, "length": 7}]

    async def test_an_edit_arrives_as_edited_message(self, server: BotApiServer) -> None:
        """user_edits queues an edited_message update carrying the new text."""
        edits: list[str] = []
        app = pointed_at(server).build()

        async def on_edit(update: Update, context: Ctx) -> None:
            assert update.edited_message is not None and update.edited_message.text is not None
            edits.append(update.edited_message.text)
            await context.bot.send_message(update.edited_message.chat_id, "updated")

        app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edit))
        async with polling(app):
            server.user_edits(server.user_message("ran 10k"), "ran 12k")
            await server.wait_for_sent()
        assert edits == ["ran 12k"]

    async def test_a_duplicated_update_reaches_the_bot_twice(self, server: BotApiServer) -> None:
        """push_update_raw(duplicate=True) hands PTB the same update_id two times."""
        seen: list[int] = []
        app = pointed_at(server).build()

        async def record(update: Update, context: Ctx) -> None:
            seen.append(update.update_id)
            await context.bot.send_message(DEFAULT_USER_ID, "ok")

        app.add_handler(MessageHandler(filters.TEXT, record))
        message = server.user_message("first")
        update = {"update_id": 777, "message": {**message, "message_id": 99, "text": "again"}}
        async with polling(app):
            server.push_update_raw(update, duplicate=True)
            await server.wait_for_sent(3)
        assert seen.count(777) == 2

    async def test_a_button_press_is_answered_and_edits_the_message(
        self, server: BotApiServer
    ) -> None:
        """A callback query on a bot message reaches PTB; answer and edit are recorded."""
        app = pointed_at(server).build()

        async def ask(update: Update, context: Ctx) -> None:
            assert update.effective_message is not None
            keyboard = InlineKeyboardMarkup(
                [[InlineKeyboardButton("Undo", callback_data="undo:1")]]
            )
            await update.effective_message.reply_text("Logged.", reply_markup=keyboard)

        async def undo(update: Update, context: Ctx) -> None:
            assert update.callback_query is not None
            await update.callback_query.answer()
            await update.callback_query.edit_message_text("Undone.")

        app.add_handler(MessageHandler(filters.TEXT, ask))
        app.add_handler(CallbackQueryHandler(undo, pattern="^undo:"))
        async with polling(app):
            server.user_message("ate 2 eggs")
            [question] = await server.wait_for_sent()
            server.user_presses(question, "undo:1")
            [edit] = await server.wait_for_sent()
        assert question["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "undo:1"
        assert edit["method"] == "editMessageText"
        assert edit["message_id"] == question["message_id"]
        assert edit["plain_text"] == "Undone."
        assert "reply_markup" not in edit["message"]
        assert len(server.calls_to("answerCallbackQuery")) == 1

    async def test_bad_html_in_a_reply_is_refused_with_telegrams_words(
        self, server: BotApiServer
    ) -> None:
        """A reply with an unsupported tag ends in rejected, and PTB raises BadRequest."""
        errors: list[object] = []
        handled = asyncio.Event()
        app = echo_app(server)

        async def on_error(update: object, context: Ctx) -> None:
            errors.append(context.error)
            handled.set()

        app.add_error_handler(on_error)

        async def bad(update: Update, context: Ctx) -> None:
            assert update.effective_message is not None
            await update.effective_message.reply_text("10 km<br>done", parse_mode=ParseMode.HTML)

        app.add_handler(CommandHandler("bad", bad))
        async with polling(app):
            server.user_message("/bad")
            [refusal] = await server.wait_for_rejected()
            await asyncio.wait_for(handled.wait(), 5)
        assert refusal["method"] == "sendMessage"
        assert refusal["status"] == 400
        assert refusal["description"] == (
            'Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 5'
        )
        assert server.sent == []
        assert isinstance(errors[0], BadRequest)
        # PTB drops "Bad Request: " and capitalize()s the rest, lowering "Unsupported".
        assert errors[0].message.startswith("Can't parse entities: unsupported start tag")


class TestFiles:
    async def test_an_uploaded_photo_arrives_with_its_bytes(self, server: BotApiServer) -> None:
        """sendPhoto and sendDocument multipart uploads keep the bytes, name and caption."""
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0rest"
        app = pointed_at(server).build()

        async def chart(update: Update, context: Ctx) -> None:
            assert update.effective_message is not None
            await update.effective_message.reply_photo(
                png, caption="<i>Week</i>", parse_mode="HTML"
            )
            await update.effective_message.reply_document(b"a,b\n1,2\n", filename="week.csv")

        app.add_handler(CommandHandler("week", chart))
        async with polling(app):
            server.user_message("/week")
            photo, document = await server.wait_for_sent(2)
        assert photo["method"] == "sendPhoto"
        assert photo["file"] == png
        assert photo["caption"] == "<i>Week</i>"
        assert photo["message"]["photo"][0]["width"] == 640
        assert photo["message"]["caption_entities"] == [
            {"type": "italic", "offset": 0, "length": 4}
        ]
        assert document["method"] == "sendDocument"
        assert (document["file"], document["filename"]) == (b"a,b\n1,2\n", "week.csv")

    async def test_a_users_document_round_trips_through_getfile(self, server: BotApiServer) -> None:
        """getFile and the download URL under base_file_url return the bytes the user sent."""
        app = pointed_at(server).build()

        async def on_document(update: Update, context: Ctx) -> None:
            assert update.effective_message is not None
            assert update.effective_message.document is not None
            file = await update.effective_message.document.get_file()
            data = await file.download_as_bytearray()
            await update.effective_message.reply_text(f"{len(data)} bytes: {data.decode()}")

        app.add_handler(MessageHandler(filters.Document.ALL, on_document))
        async with polling(app):
            server.user_sends_document(b"<gpx>track</gpx>", "run.gpx")
            [reply] = await server.wait_for_sent()
        assert reply["text"] == "16 bytes: <gpx>track</gpx>"

    async def test_a_file_id_can_be_sent_again_without_upload(
        self, server: BotApiServer, bot: Bot
    ) -> None:
        """sendDocument with a known file_id reuses the stored bytes; an unknown one is refused."""
        server.add_chat(DEFAULT_USER_ID)
        first = await bot.send_document(DEFAULT_USER_ID, b"data", filename="a.txt")
        assert first.document is not None
        await bot.send_document(DEFAULT_USER_ID, first.document.file_id)
        with pytest.raises(BadRequest, match="Wrong file identifier"):
            await bot.send_document(DEFAULT_USER_ID, "nope")
        assert [s["file"] for s in server.sent] == [b"data", b"data"]


class TestRefusals:
    async def test_429_reaches_ptb_as_retry_after(
        self, server: BotApiServer, bot: Bot, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A 429 with parameters.retry_after becomes telegram.error.RetryAfter."""
        # Without PTB_TIMEDELTA, PTB 22 warns while *building* RetryAfter; warnings are errors here.
        monkeypatch.setenv("PTB_TIMEDELTA", "1")
        server.add_chat(DEFAULT_USER_ID)
        server.fail_next("sendMessage", status=429, retry_after=7)
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(DEFAULT_USER_ID, "hi")
        assert caught.value.retry_after == dtm.timedelta(seconds=7)
        assert server.rejected[0]["description"] == "Too Many Requests: retry after 7"
        await bot.send_message(DEFAULT_USER_ID, "hi")  # only the next call failed
        assert len(server.sent) == 1

    async def test_a_blocked_user_gives_forbidden(self, server: BotApiServer, bot: Bot) -> None:
        """After block_user every send is a 403 Forbidden, and unblock_user lifts it."""
        server.add_chat(DEFAULT_USER_ID)
        server.block_user(DEFAULT_USER_ID)
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(DEFAULT_USER_ID, "hi")
        server.unblock_user(DEFAULT_USER_ID)
        await bot.send_message(DEFAULT_USER_ID, "hi")

    async def test_injected_server_errors_and_unknown_chats(
        self, server: BotApiServer, bot: Bot
    ) -> None:
        """A 500 is a NetworkError; a chat that never wrote is "chat not found"."""
        server.fail_next(None, status=500, times=2)
        with pytest.raises(NetworkError):
            await bot.send_chat_action(DEFAULT_USER_ID, "typing")
        with pytest.raises(NetworkError):
            await bot.get_me()
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(5, "hi")

    async def test_a_hung_answer_times_out_with_or_without_effect(
        self, server: BotApiServer, bot: Bot
    ) -> None:
        """hang_next makes PTB time out; before=False still sends the message."""
        server.add_chat(DEFAULT_USER_ID)
        server.hang_next("sendMessage", 1.0)
        with pytest.raises(TimedOut):
            await bot.send_message(DEFAULT_USER_ID, "lost", read_timeout=0.1)
        server.hang_next("sendMessage", 1.0, before=False)
        with pytest.raises(TimedOut):
            await bot.send_message(DEFAULT_USER_ID, "delivered", read_timeout=0.1)
        assert [s["text"] for s in server.sent] == ["delivered"]

    async def test_unknown_methods_and_wrong_tokens(self, server: BotApiServer, bot: Bot) -> None:
        """Unknown methods are 404 "method not found"; a wrong token is 401 Unauthorized."""
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendNothing")
        assert server.rejected[-1]["description"] == "Not Found: method not found"
        with pytest.raises(InvalidToken):
            async with Bot("999:wrong", base_url=server.base_url):
                pass
        assert server.rejected[-1]["status"] == 401

    @pytest.mark.parametrize(
        ("kwargs", "description"),
        [
            ({"text": "   "}, "Bad Request: message text is empty"),
            ({"text": "<b></b>", "parse_mode": "HTML"}, "Bad Request: message text is empty"),
            ({"text": "🏃" * 2049}, "Bad Request: message is too long"),
            (
                {"text": "a & b", "parse_mode": "HTML"},
                'Bad Request: can\'t parse entities: Unescaped "&" at byte offset 2',
            ),
            (
                {
                    "text": "x",
                    "reply_markup": InlineKeyboardMarkup(
                        [[InlineKeyboardButton("b", callback_data="x" * 65)]]
                    ),
                },
                "Bad Request: BUTTON_DATA_INVALID",
            ),
            (
                {"text": "x", "reply_markup": "{not json"},
                "Bad Request: can't parse reply keyboard markup JSON object",
            ),
        ],
    )
    async def test_send_message_is_refused_like_telegram(
        self, server: BotApiServer, bot: Bot, kwargs: dict[str, Any], description: str
    ) -> None:
        """Empty, too long (in UTF-16 units), bare &, long callback_data, broken markup."""
        server.add_chat(DEFAULT_USER_ID)
        with pytest.raises(BadRequest):
            await bot.send_message(DEFAULT_USER_ID, **kwargs)
        assert server.rejected[0]["description"].startswith(description)
        assert server.sent == []

    async def test_limits_count_utf16_units_after_entity_parsing(
        self, server: BotApiServer, bot: Bot
    ) -> None:
        """4096 characters of text pass once tags are gone; a 1025-character caption does not."""
        server.add_chat(DEFAULT_USER_ID)
        await bot.send_message(DEFAULT_USER_ID, f"<b>{'x' * 4096}</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="Message caption is too long"):
            await bot.send_photo(DEFAULT_USER_ID, b"img", caption="x" * 1025)
        assert len(server.sent) == 1

    async def test_editing_to_the_same_content_is_not_modified(
        self, server: BotApiServer, bot: Bot
    ) -> None:
        """Telegram refuses an edit that changes nothing; the bot must tolerate that."""
        server.add_chat(DEFAULT_USER_ID)
        sent = await bot.send_message(DEFAULT_USER_ID, "<b>7 km</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="Message is not modified"):
            await bot.edit_message_text(
                "<b>7 km</b>", DEFAULT_USER_ID, sent.message_id, parse_mode="HTML"
            )
        await bot.edit_message_text(
            "<b>8 km</b>", DEFAULT_USER_ID, sent.message_id, parse_mode="HTML"
        )
        assert await bot.delete_message(DEFAULT_USER_ID, sent.message_id)
        with pytest.raises(BadRequest, match="Message to delete not found"):
            await bot.delete_message(DEFAULT_USER_ID, sent.message_id)


class TestBotSettings:
    async def test_commands_are_stored_per_scope(self, server: BotApiServer, bot: Bot) -> None:
        """setMyCommands/getMyCommands/deleteMyCommands round-trip; bad names are refused."""
        await bot.set_my_commands([("today", "Today's balance"), ("undo", "Undo last")])
        assert [c.command for c in await bot.get_my_commands()] == ["today", "undo"]
        with pytest.raises(BadRequest, match="Bot_command_invalid"):
            await bot.set_my_commands([("Today!", "x")])
        await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()


class TestWebhook:
    async def test_webhook_delivery_checks_the_secret(self, server: BotApiServer) -> None:
        """Updates POSTed with the right secret are handled; a wrong or missing one gets 403."""
        app = echo_app(server)
        async with webhook(app, secret_token="s3cret"):
            assert server.webhook is not None and server.webhook.secret_token == "s3cret"
            server.user_message("via webhook")
            assert await server.flush_webhook() == [200]
            [reply] = await server.wait_for_sent()
            update = server.updates[-1]
            assert await server.deliver_webhook_with_secret(update, "wrong") == 403
            assert await server.deliver_webhook_with_secret(update, None) == 403
            with pytest.raises(Conflict, match="webhook is active"):
                await app.bot.get_updates()
        assert reply["text"] == "via webhook"
        assert len(server.sent) == 1


class TestHtmlParsing:
    @pytest.mark.parametrize(
        ("html", "error"),
        [
            ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
            ("🏟 🏟&lt;<abac aba>", 'Unsupported start tag "abac" at byte offset 13'),
            ("a < b", 'Unsupported start tag "" at byte offset 2'),
            ("<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 0'),
            (
                "<i    aba>",
                "Expected equal sign in declaration of an attribute of the tag "
                '"i" at byte offset 0',
            ),
            ("<i>a</i   ", "Unclosed end tag at byte offset 4"),
            ("x</b>", "Unexpected end tag at byte offset 1"),
            ("<i>a</em   >", 'Unmatched end tag at byte offset 4, expected "</i>", found "</em>"'),
            ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
            ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
            ("<a href=x/>y</a>", "Unexpected end of name token at byte offset 8"),
        ],
    )
    def test_tdlib_error_messages(self, html: str, error: str) -> None:
        """Malformed HTML fails with tdlib's message and UTF-8 byte offset."""
        with pytest.raises(ParseEntitiesError) as caught:
            parse_html(html)
        assert str(caught.value) == error

    def test_supported_markup_becomes_entities(self) -> None:
        """Tags turn into Bot API entities with UTF-16 offsets; references are decoded."""
        text, entities = parse_html(
            '🏃 <b>10&#32;km</b> &lt;<a href="https://x.org/?a=1&amp;b=2">link</a>'
            '<pre><code class="language-python">x</code></pre><blockquote expandable>q</blockquote>'
        )
        assert text == "🏃 10 km <linkxq"
        assert entities == [
            {"type": "bold", "offset": 3, "length": 5},
            {"type": "text_link", "offset": 10, "length": 4, "url": "https://x.org/?a=1&b=2"},
            {"type": "pre", "offset": 14, "length": 1, "language": "python"},
            {"type": "expandable_blockquote", "offset": 15, "length": 1},
        ]

    def test_a_bare_ampersand_is_refused_only_in_strict_mode(self) -> None:
        """Telegram keeps a bare & literally; the strict default flags the missing escape."""
        assert parse_html("salt & pepper", strict_ampersand=False) == ("salt & pepper", [])
        with pytest.raises(ParseEntitiesError, match="Unescaped"):
            parse_html("salt & pepper")
