"""A small Telegram Bot API server on 127.0.0.1 for end-to-end tests and benchmarks.

The in-process ``RecordingRequest`` fake (STYLE.md section 4) never serializes a request, never
long-polls and never sees Telegram refuse anything. This server closes that gap: the real PTB
``Application`` talks HTTP to it through ``base_url``/``base_file_url``, so JSON and multipart
encoding, the polling loop, shutdown, retries and Telegram's rejections all run for real.

Faithfulness, and where it stops:

* Answers use Telegram's shapes: ``{"ok": true, "result": ...}`` with full ``Message`` objects, and
  ``{"ok": false, "error_code": N, "description": "..."}`` with Telegram's own descriptions
  (``parameters.retry_after`` on 429). Descriptions were checked against tdlib's ``parse_html``
  and its tests, so a bot that handles Telegram's text handles ours.
* HTML is parsed the way tdlib parses it (tags, attributes, entity references, byte offsets in
  errors) and the result is returned as ``text`` + ``entities``, as Telegram does.
* One deliberate difference: Telegram keeps a bare ``&`` that starts no entity reference as a
  literal ``&``; with ``strict_html=True`` (the default) this server refuses it, because it
  nearly always means user text reached the bot's HTML unescaped, and the next user who types ``<``
  breaks the reply for real. Pass ``strict_html=False`` to get Telegram's leniency.
* Updates wait in a queue until the bot confirms them with getUpdates' ``offset``; in webhook
  mode nothing is pushed by itself: ``await server.flush_webhook()`` delivers the queue, and
  ``tests/botapi_webhook.py`` delivers it to several workers as Telegram would.
* Not modelled: Markdown parsing (the text is taken literally), rate limits (inject 429s with
  ``fail_next``), media groups, payments, inline mode. Webhook URLs may be plain ``http`` on any
  port, which Telegram refuses, because tests cannot get a certificate for 127.0.0.1.

Typical use (``pointed_at`` sets token, base_url and base_file_url; ``polling`` runs the app
the way ``run_polling`` does, post_init included)::

    async def test_echo(botapi_server):
        server = await botapi_server()
        app = pointed_at(server).build()
        app.add_handler(MessageHandler(filters.TEXT, echo))
        async with polling(app):
            server.user_message("ran 10k")
            [reply] = await server.wait_for_sent()
        assert reply["text"] == "ran 10k"
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import mimetypes
import re
import socket
import struct
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any, Self

import aiohttp
import pytest_asyncio
from aiohttp import web
from telegram.ext import Application, ApplicationBuilder

__all__ = [
    "DEFAULT_GROUP_ID",
    "DEFAULT_TOKEN",
    "DEFAULT_USER_ID",
    "AnyApplication",
    "AnyBuilder",
    "ApiError",
    "BotApiServer",
    "ParseEntitiesError",
    "botapi_server",
    "free_port",
    "parse_html",
    "pointed_at",
    "polling",
    "webhook",
]

DEFAULT_TOKEN = "123456:TEST-token"
DEFAULT_USER_ID = 424242
DEFAULT_GROUP_ID = -1001234567890

JSONDict = dict[str, Any]

MAX_TEXT_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_CALLBACK_DATA_BYTES = 64

# Update types Telegram sends when allowed_updates was never set (or set to []).
_DEFAULT_EXCLUDED_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Telegram marks /commands anywhere in a message, optionally addressed to a bot (/start@bot).
_BOT_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


def utf16_len(text: str) -> int:
    """Count UTF-16 code units, the unit of Telegram's length limits and entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def free_port() -> int:
    """Return a TCP port that was free a moment ago (for servers that cannot report theirs).

    PTB's webhook server must be told its port up front because ``setWebhook`` needs the URL
    before the server starts, so port 0 does not work there. The small race is acceptable.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# --------------------------------------------------------------------------------------------
# HTML entities, as tdlib parses them
# --------------------------------------------------------------------------------------------


class ParseEntitiesError(Exception):
    """Telegram's "can't parse entities" refusal; ``str(e)`` is tdlib's message."""


_SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_SIMPLE_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_REFERENCES = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}
_SPACE = frozenset(b" \t\r\n\f\v")


@dataclass
class _OpenTag:
    name: str
    argument: str
    utf16_offset: int
    result_offset: int  # where the tag's content starts in the decoded text


def _decode_reference(data: bytes, pos: int) -> tuple[str, int] | None:
    """Decode the entity reference at ``data[pos] == '&'`` as tdlib does, or return None.

    tdlib accepts only &lt; &gt; &amp; &quot; and numeric references; the ``;`` is optional.
    """
    end = pos + 1
    if data[end : end + 1] == b"#":
        end += 1
        digits = b"0123456789"
        base = 10
        if data[end : end + 1] == b"x":
            end += 1
            digits = b"0123456789abcdefABCDEF"
            base = 16
        start = end
        while end < len(data) and data[end] in digits:
            end += 1
        if start == end or end - pos >= 10:
            return None
        code = int(data[start:end], base)
        if code == 0 or code >= 0x10FFFF:
            return None
        char = chr(code)
    else:
        while end < len(data) and chr(data[end]).isascii() and chr(data[end]).isalpha():
            end += 1
        named = _NAMED_REFERENCES.get(data[pos + 1 : end])
        if named is None:
            return None
        char = named
    if data[end : end + 1] == b";":
        end += 1
    return char, end


_MARKUP = re.compile(rb"[<&]")


def parse_html(text: str, *, strict_ampersand: bool = True) -> tuple[str, list[JSONDict]]:
    """Turn Telegram HTML into plain text and Bot API entities, or raise ParseEntitiesError.

    Follows tdlib's ``parse_html``: offsets in errors are UTF-8 byte offsets, entity offsets
    are UTF-16 code units, a nameless ``</>`` closes the innermost tag, and an ``<a>`` without
    ``href`` links its own text.
    """
    data = text.encode("utf-8")
    n = len(data)
    out: list[str] = []
    length = 0  # of the text in `out`
    utf16 = 0
    entities: list[JSONDict] = []
    stack: list[_OpenTag] = []
    i = 0
    while i < n:
        c = data[i]
        if c == ord("&"):
            decoded = _decode_reference(data, i)
            if decoded is not None:
                char, i = decoded
                if 0xD800 <= ord(char) <= 0xDFFF:
                    raise ParseEntitiesError(
                        "Text contains invalid Unicode characters after decoding HTML "
                        "entities, check for unmatched surrogate code units"
                    )
                out.append(char)
                length += len(char)
                utf16 += utf16_len(char)
                continue
            if strict_ampersand:
                raise ParseEntitiesError(
                    f'Unescaped "&" at byte offset {i}: write &amp; '
                    "(test server rule, Telegram would keep it literally)"
                )
        if c != ord("<"):  # plain text, up to the next tag or reference
            end = _MARKUP.search(data, i + 1)
            chunk = data[i : end.start() if end else n].decode("utf-8")
            out.append(chunk)
            length += len(chunk)
            utf16 += utf16_len(chunk)
            i = end.start() if end else n
            continue
        begin = i
        i += 1
        if i < n and data[i] == ord("/"):
            i = _close_tag(data, begin, stack, entities, out, utf16)
        else:
            opened, i = _open_tag(data, begin)
            opened.utf16_offset = utf16
            opened.result_offset = length
            stack.append(opened)
    if stack:
        raise ParseEntitiesError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _open_tag(data: bytes, begin: int) -> tuple[_OpenTag, int]:
    """Parse ``<name attr=value ...>`` starting at ``begin``; return the tag and the next index."""
    n = len(data)
    i = begin + 1
    while i < n and data[i] not in _SPACE and data[i] != ord(">"):
        i += 1
    if i >= n:
        raise ParseEntitiesError(f"Unclosed start tag at byte offset {begin}")
    name = data[begin + 1 : i].decode("utf-8", "replace").lower()
    if name not in _SUPPORTED_TAGS:
        raise ParseEntitiesError(f'Unsupported start tag "{name}" at byte offset {begin}')
    argument = ""
    while i < n and data[i] != ord(">"):
        while i < n and data[i] in _SPACE:
            i += 1
        if i < n and data[i] == ord(">"):
            break
        attr_begin = i
        while i < n and data[i] not in _SPACE and data[i] not in b"=>":
            i += 1
        attr = data[attr_begin:i].decode("utf-8", "replace").lower()
        if not attr:
            raise ParseEntitiesError(
                f'Empty attribute name in the tag "{name}" at byte offset {begin}'
            )
        while i < n and data[i] in _SPACE:
            i += 1
        if i >= n:
            raise ParseEntitiesError(f'Unclosed start tag "{name}" at byte offset {begin}')
        if data[i] != ord("="):
            if name == "blockquote" and attr == "expandable":
                argument = "1"
                continue
            raise ParseEntitiesError(
                "Expected equal sign in declaration of an attribute of the tag "
                f'"{name}" at byte offset {begin}'
            )
        i += 1
        while i < n and data[i] in _SPACE:
            i += 1
        if i >= n:
            raise ParseEntitiesError(f'Unclosed start tag "{name}" at byte offset {begin}')
        value, i = _attribute_value(data, i)
        if i >= n:
            raise ParseEntitiesError(f"Unclosed start tag at byte offset {begin}")
        argument = _tag_argument(name, attr, value, argument)
    if i >= n:
        raise ParseEntitiesError(f"Unclosed start tag at byte offset {begin}")
    if name == "span" and argument != "spoiler":
        raise ParseEntitiesError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    return _OpenTag(name, argument, 0, 0), i + 1


def _attribute_value(data: bytes, i: int) -> tuple[str, int]:
    """Read an unquoted name token (lowercased) or a quoted string with references decoded."""
    n = len(data)
    if data[i] not in b"'\"":
        start = i
        while i < n and ((chr(data[i]).isascii() and chr(data[i]).isalnum()) or data[i] in b".-"):
            i += 1
        if i < n and data[i] not in _SPACE and data[i] != ord(">"):
            raise ParseEntitiesError(f"Unexpected end of name token at byte offset {start}")
        return data[start:i].decode("ascii").lower(), i
    quote = data[i]
    i += 1
    value: list[str] = []
    raw_start = i
    while i < n and data[i] != quote:
        if data[i] == ord("&"):
            decoded = _decode_reference(data, i)
            if decoded is not None:
                value.append(data[raw_start:i].decode("utf-8", "replace"))
                char, i = decoded
                value.append(char)
                raw_start = i
                continue
        i += 1
    value.append(data[raw_start:i].decode("utf-8", "replace"))
    if i < n:
        i += 1
    return "".join(value), i


def _tag_argument(tag: str, attr: str, value: str, current: str) -> str:
    """Keep the one attribute each tag understands; tdlib ignores all others."""
    if (tag, attr) in {("a", "href"), ("tg-emoji", "emoji-id")}:
        return value
    if tag == "code" and attr == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and attr == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "blockquote" and attr == "expandable":
        return "1"
    return current


def _close_tag(
    data: bytes,
    begin: int,
    stack: list[_OpenTag],
    entities: list[JSONDict],
    out: list[str],
    utf16: int,
) -> int:
    """Parse ``</name>`` at ``begin``, emit the entity it closes, and return the next index."""
    n = len(data)
    if not stack:
        raise ParseEntitiesError(f"Unexpected end tag at byte offset {begin}")
    i = begin + 2
    while i < n and data[i] not in _SPACE and data[i] != ord(">"):
        i += 1
    end_name = data[begin + 2 : i].decode("utf-8", "replace").lower()
    while i < n and data[i] in _SPACE:
        i += 1
    if i >= n or data[i] != ord(">"):
        raise ParseEntitiesError(f"Unclosed end tag at byte offset {begin}")
    top = stack[-1]
    if end_name and end_name != top.name:
        raise ParseEntitiesError(
            f'Unmatched end tag at byte offset {begin}, expected "</{top.name}>", '
            f'found "</{end_name}>"'
        )
    stack.pop()
    if utf16 > top.utf16_offset:
        entity = _entity_for(top, utf16 - top.utf16_offset, "".join(out), entities)
        if entity is not None:
            entities.append(entity)
    return i + 1


def _entity_for(
    tag: _OpenTag, length: int, text_so_far: str, entities: list[JSONDict]
) -> JSONDict | None:
    """Build the Bot API entity for a closed tag (None when it merges into a neighbour)."""
    base: JSONDict = {"offset": tag.utf16_offset, "length": length}
    if tag.name in _SIMPLE_ENTITY_TYPES:
        return {"type": _SIMPLE_ENTITY_TYPES[tag.name], **base}
    if tag.name == "tg-emoji":
        if not tag.argument.isdigit() or int(tag.argument) == 0:
            raise ParseEntitiesError("Invalid custom emoji identifier specified")
        return {"type": "custom_emoji", **base, "custom_emoji_id": tag.argument}
    if tag.name == "blockquote":
        kind = "expandable_blockquote" if tag.argument else "blockquote"
        return {"type": kind, **base}
    if tag.name == "a":
        url = tag.argument or text_so_far[tag.result_offset :]
        return {"type": "text_link", **base, "url": url} if url else None
    same_span = [e for e in entities if e["offset"] == base["offset"] and e["length"] == length]
    if tag.name == "pre":
        code = next((e for e in same_span if e["type"] == "code" and e.get("language")), None)
        if code is not None:
            entities.remove(code)
            return {"type": "pre", **base, "language": code["language"]}
        return {"type": "pre", **base}
    # <code>: inside a <pre> covering exactly the same text it names the language.
    pre = next((e for e in same_span if e["type"] == "pre"), None)
    if pre is not None and tag.argument:
        pre["language"] = tag.argument
        return None
    if tag.argument:
        return {"type": "code", **base, "language": tag.argument}
    return {"type": "code", **base}


def _strip_code_languages(entities: list[JSONDict]) -> list[JSONDict]:
    """Drop the internal language marker from plain ``code`` entities (the API has none)."""
    return [
        {k: v for k, v in e.items() if not (e["type"] == "code" and k == "language")}
        for e in entities
    ]


def _command_entities(text: str) -> list[JSONDict]:
    """Mark /commands like Telegram clients do, so PTB's CommandHandler recognises them."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        }
        for match in _BOT_COMMAND.finditer(text)
    ]


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class ApiError(Exception):
    """A refusal in Telegram's shape; raised inside method handlers."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JSONDict:
        """Return the JSON body Telegram sends with this status."""
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class _Fault:
    method: str | None
    status: int
    description: str
    retry_after: int | None
    times: int


@dataclass
class _Queued:
    update: JSONDict
    # A planted duplicate survives the offset that confirms its twin until it was delivered once.
    replay: bool = False


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    allowed_updates: list[str] | None
    max_connections: int


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes


@dataclass
class _Hang:
    seconds: float
    before: bool


@dataclass
class _Pulse:
    """Wake every waiter whenever anything happens (updates queued, calls recorded)."""

    event: asyncio.Event = field(default_factory=asyncio.Event)

    def fire(self) -> None:
        self.event.set()
        self.event = asyncio.Event()

    async def wait(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.event.wait(), seconds)


class BotApiServer:
    """The Bot API on 127.0.0.1: simulated users on one side, the bot under test on the other."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        strict_html: bool = True,
        bot_username: str = "runfuel_test_bot",
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.strict_html = strict_html
        self.bot_user: JSONDict = {
            "id": int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1,
            "is_bot": True,
            "first_name": "RunFuel Test",
            "username": bot_username,
        }
        self.sent: list[JSONDict] = []
        self.rejected: list[JSONDict] = []
        self.calls: list[tuple[str, JSONDict]] = []
        self.updates: list[JSONDict] = []  # every update ever queued, for inspection
        self.deleted: list[tuple[int, int]] = []
        self.commands: dict[str, list[JSONDict]] = {}
        self.webhook: _Webhook | None = None

        self._queue: list[_Queued] = []
        self._allowed_updates: frozenset[str] | None = None
        self._update_ids = itertools.count(10_001)
        self._message_ids: dict[int, Iterator[int]] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._chats: dict[int, JSONDict] = {}
        self._users: dict[int, JSONDict] = {}
        self._files: dict[str, _StoredFile] = {}
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._open_queries: set[str] = set()
        self._blocked: set[int] = set()
        self._faults: list[_Fault] = []
        self._hangs: dict[str, list[_Hang]] = {}
        self._consumed: set[int] = set()  # indices into sent already returned, past _scan_from
        self._scan_from = 0
        self._poller = itertools.count(1)
        self._active_poll = 0
        self._pulse = _Pulse()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._webhook_note = "Webhook is already deleted"

    # ---- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Bind the port; with ``port=0`` the OS picks a free one so tests can run in parallel."""
        self._closing.clear()
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_download)
        # handler_cancellation: a long poll whose client went away (PTB's updater.stop()) must
        # end, or it would later answer nobody and stall the shutdown.
        self._runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=1.0, access_log=None
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Release long polls and hung answers, then close the port."""
        self._closing.set()
        self._pulse.fire()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        """Root URL of the server."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What ``ApplicationBuilder.base_url`` takes; PTB appends ``<token>/<method>``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """What ``ApplicationBuilder.base_file_url`` takes; PTB appends ``<token>/<path>``."""
        return f"{self.url}/file/bot"

    # ---- simulating users -----------------------------------------------------------------

    def add_chat(
        self,
        chat_id: int = DEFAULT_USER_ID,
        *,
        chat_type: str = "private",
        first_name: str = "Ada",
        user_id: int | None = None,
    ) -> JSONDict:
        """Register a chat the bot may write to without a message first (e.g. reminders).

        Telegram answers "chat not found" for chats that never talked to the bot; so does
        this server, until a user writes or the chat is added here.
        """
        if chat_type == "private":
            chat: JSONDict = {"id": chat_id, "type": "private", "first_name": first_name}
        else:
            chat = {"id": chat_id, "type": chat_type, "title": "Test group"}
        self._chats.setdefault(chat_id, chat)
        if user_id is not None or chat_type == "private":
            self._user(user_id if user_id is not None else chat_id, first_name)
        return self._chats[chat_id]

    def user_message(
        self,
        text: str,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        first_name: str = "Ada",
        chat_type: str = "private",
        date: datetime | None = None,
    ) -> JSONDict:
        """Queue a text message from a user and return the Message dict (with its message_id)."""
        message = self._user_message_base(chat_id, user_id, first_name, chat_type, date)
        message["text"] = text
        if entities := _command_entities(text):
            message["entities"] = entities
        self._store_message(message)
        self._enqueue({"message": message})
        return message

    def user_edits(self, message: JSONDict, new_text: str) -> JSONDict:
        """Queue an ``edited_message`` update for a message the user sent; return the new dict."""
        key = (message["chat"]["id"], message["message_id"])
        current = self._messages.get(key, message)
        edited = {k: v for k, v in current.items() if k != "entities"}
        edited["text"] = new_text
        edited["edit_date"] = int(time.time())
        if entities := _command_entities(new_text):
            edited["entities"] = entities
        self._messages[key] = edited
        self._enqueue({"edited_message": edited})
        return edited

    def user_presses(
        self, bot_message: JSONDict, callback_data: str, *, user_id: int | None = None
    ) -> JSONDict:
        """Queue a callback_query for a button on a message the bot sent; return the query.

        ``bot_message`` may be an entry of ``sent`` or a Message dict. The button must exist on
        the message as it is now (after edits), because a user can only press what they see.
        """
        message = bot_message.get("message", bot_message)
        chat_id = message["chat"]["id"]
        current = self._messages.get((chat_id, message["message_id"]))
        if current is None:
            raise ValueError(f"message {message['message_id']} in chat {chat_id} is not there")
        buttons = [
            button.get("callback_data")
            for row in current.get("reply_markup", {}).get("inline_keyboard", [])
            for button in row
        ]
        if callback_data not in buttons:
            raise ValueError(f"no button with callback_data {callback_data!r}; have {buttons}")
        uid = user_id if user_id is not None else (chat_id if chat_id > 0 else DEFAULT_USER_ID)
        query_id = str(next(self._callback_ids) * 1_000_003)
        self._open_queries.add(query_id)
        query = {
            "id": query_id,
            "from": self._user(uid, "Ada"),
            "message": current,
            "chat_instance": str(-abs(chat_id) * 7),
            "data": callback_data,
        }
        self._enqueue({"callback_query": query})
        return query

    def user_sends_document(
        self,
        data: bytes,
        filename: str,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        caption: str | None = None,
        mime_type: str | None = None,
    ) -> JSONDict:
        """Queue a document message; its file can be fetched with getFile and downloaded."""
        message = self._user_message_base(chat_id, user_id, "Ada", "private", None)
        stored = self._store_file(data, "documents", filename)
        message["document"] = {
            "file_name": filename,
            "mime_type": mime_type
            or mimetypes.guess_type(filename)[0]
            or "application/octet-stream",
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(data),
        }
        if caption is not None:
            message["caption"] = caption
        self._store_message(message)
        self._enqueue({"message": message})
        return message

    def user_sends(self, update: JSONDict) -> JSONDict:
        """Queue any raw update (sticker, voice, location, group chat...); return it.

        Missing ``update_id``, ``message_id`` and ``date`` are filled in, and the chat becomes
        one the bot may answer.
        """
        for kind in ("message", "edited_message", "channel_post"):
            message = update.get(kind)
            if isinstance(message, dict) and isinstance(message.get("chat"), dict):
                chat = message["chat"]
                self._chats.setdefault(chat["id"], chat)
                message.setdefault("date", int(time.time()))
                message.setdefault("message_id", self._next_message_id(chat["id"]))
                self._store_message(message)
        if "update_id" not in update:
            update["update_id"] = next(self._update_ids)
        self._push(update, replay=False)
        return update

    def push_update_raw(self, update: JSONDict, *, duplicate: bool = False) -> JSONDict:
        """Queue an update exactly as given; ``duplicate`` delivers the same update_id twice.

        The duplicate is delivered even after PTB's offset confirmed the first copy, which is
        what a bot sees when Telegram did not get its confirmation (a crash, a lost response).
        """
        self._push(update, replay=False)
        if duplicate:
            self._push(json.loads(json.dumps(update)), replay=True)
        return update

    # ---- inspecting -----------------------------------------------------------------------

    def calls_to(self, method: str) -> list[JSONDict]:
        """Parameters of every call to ``method`` (case-insensitive), in order."""
        return [params for name, params in self.calls if name.lower() == method.lower()]

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by an offset (or delivered to a webhook)."""
        return len(self._queue)

    async def wait_for_sent(
        self,
        n: int = 1,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline per wait reads best in tests
        chat_id: int | None = None,
    ) -> list[JSONDict]:
        """Wait until ``n`` messages not yet returned by this method were sent; return them.

        Each message is returned once, so consecutive waits read a conversation in order;
        with ``chat_id`` only that chat's messages count (others stay for a later wait).
        """

        def fresh() -> list[int]:
            # Skip the fully consumed prefix, so a benchmark's thousands of waits stay linear.
            while self._scan_from in self._consumed:
                self._consumed.discard(self._scan_from)
                self._scan_from += 1
            return [
                index
                for index in range(self._scan_from, len(self.sent))
                if index not in self._consumed
                and (chat_id is None or self.sent[index]["chat_id"] == chat_id)
            ][:n]

        await self._wait(lambda: len(fresh()) >= n, timeout, f"{n} sent message(s)")
        picked = fresh()
        self._consumed.update(picked)
        return [self.sent[index] for index in picked]

    async def wait_for_rejected(
        self,
        n: int = 1,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - same shape as wait_for_sent
    ) -> list[JSONDict]:
        """Wait until at least ``n`` calls were refused in total; return the refusals."""
        await self._wait(lambda: len(self.rejected) >= n, timeout, f"{n} rejected call(s)")
        return list(self.rejected)

    async def wait_for_call(
        self,
        method: str,
        n: int = 1,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - same shape as wait_for_sent
    ) -> list[JSONDict]:
        """Wait until ``method`` was called at least ``n`` times; return all its parameters."""
        await self._wait(
            lambda: len(self.calls_to(method)) >= n, timeout, f"{n} call(s) to {method}"
        )
        return self.calls_to(method)

    async def _wait(self, ready: Callable[[], bool], seconds: float, what: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not ready():
            remaining = deadline - loop.time()
            if remaining <= 0:
                methods = [name for name, _ in self.calls if name.lower() != "getupdates"]
                raise AssertionError(
                    f"timed out after {seconds}s waiting for {what}; calls besides getUpdates: "
                    f"{methods}; rejected: {[r['description'] for r in self.rejected]}"
                )
            await self._pulse.wait(remaining)

    # ---- fault injection ------------------------------------------------------------------

    def fail_next(
        self,
        method: str | None,
        *,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Refuse the next ``times`` calls to ``method`` with ``status``.

        ``method=None`` matches any method except getUpdates, whose background traffic would
        otherwise consume the fault at a random moment; name getUpdates to fail it. A 429
        without ``retry_after`` gets ``retry_after=1``, since PTB needs the parameter to raise
        ``RetryAfter``.
        """
        if status == HTTPStatus.TOO_MANY_REQUESTS and retry_after is None:
            retry_after = 1
        if description is None:
            description = (
                f"Too Many Requests: retry after {retry_after}"
                if status == HTTPStatus.TOO_MANY_REQUESTS
                else _DEFAULT_DESCRIPTIONS.get(status, HTTPStatus(status).phrase)
            )
        self._faults.append(_Fault(method, status, description, retry_after, times))

    def block_user(self, chat_id: int) -> None:
        """Make every send/edit to ``chat_id`` fail with 403, as after the user blocked the bot."""
        self._blocked.add(chat_id)

    def unblock_user(self, chat_id: int) -> None:
        """Undo ``block_user``."""
        self._blocked.discard(chat_id)

    def hang_next(self, method: str, seconds: float, *, before: bool = True) -> None:
        """Delay the answer to the next call of ``method`` by ``seconds``.

        ``before=True``: wait, then act, so a client that times out first leaves no trace.
        ``before=False``: act, then wait, so the message is sent although the client sees a
        timeout (the case that makes naive retries send twice).
        """
        self._hangs.setdefault(method.lower(), []).append(_Hang(seconds, before))

    # ---- webhook --------------------------------------------------------------------------

    async def deliver_webhook(self, update: JSONDict) -> int:
        """POST ``update`` to the webhook with the secret it was set with; return the status."""
        if self.webhook is None:
            raise RuntimeError("no webhook is set (PTB's start_webhook calls setWebhook)")
        return await self.deliver_webhook_with_secret(update, self.webhook.secret_token)

    async def deliver_webhook_with_secret(self, update: JSONDict, secret: str | None) -> int:
        """POST ``update`` with ``secret`` as X-Telegram-Bot-Api-Secret-Token (None: no header)."""
        if self.webhook is None:
            raise RuntimeError("no webhook is set (PTB's start_webhook calls setWebhook)")
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.webhook.url, data=json.dumps(update), headers=headers) as response,
        ):
            await response.read()
            return response.status

    async def flush_webhook(self) -> list[int]:
        """Deliver every queued update to the webhook, in order, as Telegram would.

        An update the webhook does not accept with a 2xx status stays queued, as on Telegram.
        Returns the HTTP status of each attempt.
        """
        statuses: list[int] = []
        for queued in list(self._queue):
            status = await self.deliver_webhook(queued.update)
            statuses.append(status)
            if HTTPStatus.OK <= status < HTTPStatus.MULTIPLE_CHOICES:
                self._queue.remove(queued)
            else:
                break
        return statuses

    def queued_updates(self) -> list[JSONDict]:
        """The updates waiting to be delivered, oldest first (see ``tests/botapi_webhook.py``)."""
        return [queued.update for queued in self._queue]

    def acknowledge(self, update_id: int) -> None:
        """A webhook answered 2xx for this update: it leaves the queue, as on Telegram."""
        self._queue = [q for q in self._queue if q.update["update_id"] != update_id]
        self._pulse.fire()

    # ---- internals: users, chats, messages, files -----------------------------------------

    def _user(self, user_id: int, first_name: str) -> JSONDict:
        return self._users.setdefault(
            user_id,
            {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"},
        )

    def _user_message_base(
        self,
        chat_id: int | None,
        user_id: int,
        first_name: str,
        chat_type: str,
        date: datetime | None,
    ) -> JSONDict:
        if chat_id is None:
            chat_id = user_id if chat_type == "private" else DEFAULT_GROUP_ID
        chat = self.add_chat(chat_id, chat_type=chat_type, first_name=first_name, user_id=user_id)
        when = date if date is not None else datetime.now(UTC)
        return {
            "message_id": self._next_message_id(chat_id),
            "from": self._user(user_id, first_name),
            "chat": chat,
            "date": int(when.timestamp()),
        }

    def _next_message_id(self, chat_id: int) -> int:
        # Telegram numbers messages per private chat, shared by the user's and the bot's.
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _store_message(self, message: JSONDict) -> None:
        self._messages[(message["chat"]["id"], message["message_id"])] = message

    def _store_file(self, data: bytes, folder: str, filename: str) -> _StoredFile:
        number = next(self._file_ids)
        suffix = "".join(c for c in filename.rpartition(".")[2] if c.isalnum())[:8]
        path = f"{folder}/file_{number}.{suffix or 'bin'}"
        stored = _StoredFile(
            file_id=f"BQACAgIAAxkBAAI{number:06d}TestFileId",
            file_unique_id=f"AgAD{number:06d}",
            file_path=path,
            data=data,
        )
        self._files[stored.file_id] = stored
        return stored

    def _enqueue(self, payload: JSONDict) -> None:
        update = {"update_id": next(self._update_ids), **payload}
        self._push(update, replay=False)

    def _push(self, update: JSONDict, *, replay: bool) -> None:
        self.updates.append(update)
        self._queue.append(_Queued(update, replay))
        self._pulse.fire()

    # ---- internals: HTTP ------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        params = await _read_params(request)
        self.calls.append((method, params))
        self._pulse.fire()
        try:
            self._check_token(token)
            self._raise_injected_fault(method)
            hang = self._take_hang(method)
            if hang is not None and hang.before:
                await self._sleep(hang.seconds)
            result = await self._dispatch(method, params)
            if hang is not None and not hang.before:
                await self._sleep(hang.seconds)
        except ApiError as error:
            heard = request.transport is not None and not request.transport.is_closing()
            if heard:  # a poll PTB already cancelled was refused to nobody; don't report it
                self.rejected.append(
                    {
                        "method": method,
                        "params": params,
                        "status": error.status,
                        "description": error.description,
                    }
                )
                self._pulse.fire()
            return web.json_response(error.payload(), status=error.status)
        body: JSONDict = {"ok": True, "result": result}
        if method.lower() in {"setwebhook", "deletewebhook"}:
            body["description"] = self._webhook_note
        return web.json_response(body)

    def _check_token(self, token: str) -> None:
        # Telegram: 404 for a token that is not even shaped like one, 401 for a wrong one.
        if not _TOKEN_SHAPE.match(token):
            raise ApiError(404, "Not Found")
        if token != self.token:
            raise ApiError(401, "Unauthorized")

    async def _handle_download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        path = request.match_info["path"]
        for stored in self._files.values():
            if stored.file_path == path:
                return web.Response(body=stored.data, content_type="application/octet-stream")
        return web.json_response(
            {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
        )

    async def _sleep(self, seconds: float) -> None:
        # Waking on stop() keeps a hung answer from holding the server's shutdown.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    def _raise_injected_fault(self, method: str) -> None:
        for fault in self._faults:
            matches = (
                fault.method.lower() == method.lower()
                if fault.method is not None
                else method.lower() != "getupdates"
            )
            if matches:
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                raise ApiError(fault.status, fault.description, retry_after=fault.retry_after)

    def _take_hang(self, method: str) -> _Hang | None:
        hangs = self._hangs.get(method.lower())
        return hangs.pop(0) if hangs else None

    async def _dispatch(self, method: str, params: JSONDict) -> Any:
        handler = _METHODS.get(method.lower())
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        return await handler(self, params)

    # ---- methods: identity, updates, webhook ----------------------------------------------

    async def _get_me(self, _params: JSONDict) -> JSONDict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _int(params, "offset")
        limit = min(max(_int(params, "limit") or 100, 1), 100)
        timeout = max(_int(params, "timeout") or 0, 0)
        allowed = _json(params, "allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = frozenset(allowed) if allowed else None
        if offset is not None:
            self._confirm(offset)
        poll = next(self._poller)
        self._active_poll = poll  # a newer poll ends this one, as on Telegram
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if self._active_poll != poll:
                raise ApiError(409, _DEFAULT_DESCRIPTIONS[409])
            batch = self._deliverable(limit)
            remaining = deadline - loop.time()
            if batch or remaining <= 0 or self._closing.is_set():
                return batch
            await self._pulse.wait(remaining)

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            keep = self._queue[offset:]
            self._queue = keep
            return
        self._queue = [q for q in self._queue if q.update["update_id"] >= offset or q.replay]

    def _deliverable(self, limit: int) -> list[JSONDict]:
        allowed = self._allowed_updates
        batch: list[JSONDict] = []
        for queued in list(self._queue):
            kind = next((k for k in queued.update if k != "update_id"), "")
            wanted = kind in allowed if allowed else kind not in _DEFAULT_EXCLUDED_UPDATES
            if not wanted:
                self._queue.remove(queued)  # Telegram never stores updates the bot refused
                continue
            if len(batch) < limit:
                batch.append(queued.update)
                queued.replay = False
        return batch

    async def _set_webhook(self, params: JSONDict) -> bool:
        url = _str(params, "url") or ""
        if not url:
            return await self._delete_webhook(params)
        secret = _str(params, "secret_token")
        if secret is not None and not _SECRET_TOKEN.match(secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        if _bool(params, "drop_pending_updates"):
            self._queue.clear()
        allowed = _json(params, "allowed_updates")
        self._webhook_note = "Webhook was set"
        self.webhook = _Webhook(
            url=url,
            secret_token=secret,
            allowed_updates=allowed if isinstance(allowed, list) else None,
            max_connections=_int(params, "max_connections") or 40,
        )
        return True

    async def _delete_webhook(self, params: JSONDict) -> bool:
        self._webhook_note = "Webhook was deleted" if self.webhook else "Webhook is already deleted"
        self.webhook = None
        if _bool(params, "drop_pending_updates"):
            self._queue.clear()
        return True

    async def _get_webhook_info(self, _params: JSONDict) -> JSONDict:
        info: JSONDict = {
            "url": self.webhook.url if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }
        if self.webhook is not None:
            info["max_connections"] = self.webhook.max_connections
            if self.webhook.allowed_updates:
                info["allowed_updates"] = self.webhook.allowed_updates
        return info

    async def _close(self, _params: JSONDict) -> bool:
        return True

    # ---- methods: messages ----------------------------------------------------------------

    def _chat(self, params: JSONDict) -> JSONDict:
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat: JSONDict | None
        if isinstance(raw, str) and raw.startswith("@"):
            chat = next((c for c in self._chats.values() if c.get("username") == raw[1:]), None)
        else:
            try:
                chat = self._chats.get(int(raw))
            except (TypeError, ValueError):
                chat = None
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat["id"] in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _formatted(
        self, params: JSONDict, key: str, limit: int, *, required: bool
    ) -> tuple[str | None, list[JSONDict]]:
        """Parse ``text``/``caption`` with its parse_mode; enforce emptiness and length."""
        raw = _str(params, key)
        if raw is None:
            if required:
                raise ApiError(400, "Bad Request: message text is empty")
            return None, []
        explicit = _json(params, f"{key}_entities" if key == "caption" else "entities")
        mode = (_str(params, "parse_mode") or "").lower()
        if isinstance(explicit, list):
            plain, entities = raw, explicit
        elif mode == "html":
            try:
                plain, entities = parse_html(raw, strict_ampersand=self.strict_html)
            except ParseEntitiesError as error:
                raise ApiError(400, f"Bad Request: can't parse entities: {error}") from None
            entities = _strip_code_languages(entities)
        elif mode in {"", "markdown", "markdownv2"}:
            plain, entities = raw, []
        else:
            raise ApiError(400, "Bad Request: unsupported parse_mode")
        if required and not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain.strip()) > limit:
            what = "message is too long" if key == "text" else "message caption is too long"
            raise ApiError(400, f"Bad Request: {what}")
        return plain, entities

    def _message(self, chat: JSONDict, params: JSONDict) -> JSONDict:
        message: JSONDict = {
            "message_id": self._next_message_id(chat["id"]),
            "from": dict(self.bot_user),
            "chat": chat,
            "date": int(time.time()),
        }
        reply = _json(params, "reply_parameters")
        reply_to = reply.get("message_id") if isinstance(reply, dict) else None
        reply_to = reply_to or _int(params, "reply_to_message_id")
        if reply_to is not None:
            original = self._messages.get((chat["id"], int(reply_to)))
            lenient = isinstance(reply, dict) and reply.get("allow_sending_without_reply")
            if original is None and not lenient:
                raise ApiError(400, "Bad Request: message to be replied not found")
            if original is not None:
                message["reply_to_message"] = {
                    k: v for k, v in original.items() if k != "reply_to_message"
                }
        return message

    def _record(
        self,
        method: str,
        params: JSONDict,
        message: JSONDict,
        *,
        raw_text: str | None = None,
        caption: str | None = None,
        upload: _Upload | None = None,
    ) -> None:
        self.sent.append(
            {
                "method": method,
                "chat_id": message["chat"]["id"],
                "message_id": message["message_id"],
                "text": raw_text,
                "plain_text": message.get("text"),
                "caption": caption,
                "parse_mode": _str(params, "parse_mode"),
                "entities": message.get("entities") or message.get("caption_entities") or [],
                "reply_markup": message.get("reply_markup") or _markup_param(params),
                "paid_broadcast": params.get("allow_paid_broadcast") in {True, "true", "True"},
                "file": upload.data if upload else None,
                "filename": upload.filename if upload else None,
                "mime_type": upload.mime_type if upload else None,
                "message": message,
            }
        )
        self._pulse.fire()

    async def _send_message(self, params: JSONDict) -> JSONDict:
        chat = self._chat(params)
        plain, entities = self._formatted(params, "text", MAX_TEXT_UTF16, required=True)
        markup = _validated_markup(params)
        message = self._message(chat, params)
        message["text"] = plain
        if entities:
            message["entities"] = entities
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        self._store_message(message)
        self._record("sendMessage", params, message, raw_text=_str(params, "text"))
        return message

    async def _send_media(self, params: JSONDict, kind: str) -> JSONDict:
        chat = self._chat(params)
        upload = _upload(params, kind, self._files)
        plain, entities = self._formatted(params, "caption", MAX_CAPTION_UTF16, required=False)
        markup = _validated_markup(params)
        message = self._message(chat, params)
        stored = (
            self._files[upload.file_id]
            if upload.file_id is not None
            else self._store_file(upload.data, f"{kind}s", upload.filename or kind)
        )
        if kind == "photo":
            width, height = _image_size(upload.data)
            message["photo"] = [
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": len(upload.data),
                    "width": width,
                    "height": height,
                }
            ]
        else:
            message["document"] = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": upload.filename or "document",
                "mime_type": upload.mime_type or "application/octet-stream",
                "file_size": len(upload.data),
            }
        if plain:
            message["caption"] = plain
            if entities:
                message["caption_entities"] = entities
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        self._store_message(message)
        method = "sendPhoto" if kind == "photo" else "sendDocument"
        self._record(method, params, message, caption=_str(params, "caption"), upload=upload)
        return message

    async def _send_photo(self, params: JSONDict) -> JSONDict:
        return await self._send_media(params, "photo")

    async def _send_document(self, params: JSONDict) -> JSONDict:
        return await self._send_media(params, "document")

    def _editable(self, params: JSONDict) -> tuple[JSONDict, JSONDict]:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: MESSAGE_ID_INVALID")
        chat = self._chat(params)
        message_id = _int(params, "message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        message = self._messages.get((chat["id"], message_id))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return chat, message

    async def _edit_message_text(self, params: JSONDict) -> JSONDict:
        _chat, old = self._editable(params)
        if "text" not in old:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        plain, entities = self._formatted(params, "text", MAX_TEXT_UTF16, required=True)
        markup = _validated_markup(params)
        new = {k: v for k, v in old.items() if k not in {"entities", "reply_markup"}}
        new["text"] = plain
        if entities:
            new["entities"] = entities
        if markup and "inline_keyboard" in markup:
            new["reply_markup"] = markup
        return self._apply_edit("editMessageText", params, old, new, _str(params, "text"))

    async def _edit_message_reply_markup(self, params: JSONDict) -> JSONDict:
        _chat, old = self._editable(params)
        markup = _validated_markup(params)
        new = {k: v for k, v in old.items() if k != "reply_markup"}
        if markup and markup.get("inline_keyboard"):
            new["reply_markup"] = markup
        return self._apply_edit("editMessageReplyMarkup", params, old, new, None)

    def _apply_edit(
        self, method: str, params: JSONDict, old: JSONDict, new: JSONDict, raw: str | None
    ) -> JSONDict:
        unchanged = all(
            old.get(k) == new.get(k) for k in ("text", "entities", "caption", "reply_markup")
        )
        if unchanged:
            raise ApiError(400, _NOT_MODIFIED)
        new["edit_date"] = int(time.time())
        self._store_message(new)
        self._record(method, params, new, raw_text=raw)
        return new

    async def _delete_message(self, params: JSONDict) -> bool:
        chat = self._chat(params)
        message_id = _int(params, "message_id")
        if message_id is None or self._messages.pop((chat["id"], message_id), None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        self.deleted.append((chat["id"], message_id))
        return True

    async def _answer_callback_query(self, params: JSONDict) -> bool:
        query_id = _str(params, "callback_query_id")
        if query_id not in self._open_queries:
            raise ApiError(400, _QUERY_TOO_OLD)
        self._open_queries.discard(query_id)
        return True

    async def _send_chat_action(self, params: JSONDict) -> bool:
        self._chat(params)
        if _str(params, "action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _get_file(self, params: JSONDict) -> JSONDict:
        stored = self._files.get(_str(params, "file_id") or "")
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # ---- methods: commands ----------------------------------------------------------------

    @staticmethod
    def _commands_key(params: JSONDict) -> str:
        scope = _json(params, "scope") or {"type": "default"}
        return json.dumps([scope, _str(params, "language_code") or ""], sort_keys=True)

    async def _set_my_commands(self, params: JSONDict) -> bool:
        commands = _json(params, "commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not _COMMAND_NAME.match(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    async def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        return self.commands.get(self._commands_key(params), [])

    async def _delete_my_commands(self, params: JSONDict) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True


_Method = Callable[[BotApiServer, JSONDict], Awaitable[Any]]
_METHODS: dict[str, _Method] = {
    "getme": BotApiServer._get_me,
    "getupdates": BotApiServer._get_updates,
    "setwebhook": BotApiServer._set_webhook,
    "deletewebhook": BotApiServer._delete_webhook,
    "getwebhookinfo": BotApiServer._get_webhook_info,
    "close": BotApiServer._close,
    "logout": BotApiServer._close,
    "sendmessage": BotApiServer._send_message,
    "sendphoto": BotApiServer._send_photo,
    "senddocument": BotApiServer._send_document,
    "editmessagetext": BotApiServer._edit_message_text,
    "editmessagereplymarkup": BotApiServer._edit_message_reply_markup,
    "deletemessage": BotApiServer._delete_message,
    "answercallbackquery": BotApiServer._answer_callback_query,
    "sendchataction": BotApiServer._send_chat_action,
    "getfile": BotApiServer._get_file,
    "setmycommands": BotApiServer._set_my_commands,
    "getmycommands": BotApiServer._get_my_commands,
    "deletemycommands": BotApiServer._delete_my_commands,
}


# --------------------------------------------------------------------------------------------
# Request parameters
# --------------------------------------------------------------------------------------------


@dataclass
class _Upload:
    data: bytes
    filename: str | None
    mime_type: str | None
    file_id: str | None = None


@dataclass
class _FilePart:
    """A multipart file field, kept apart from strings so ``calls`` stay readable."""

    data: bytes
    filename: str | None
    content_type: str | None


async def _read_params(request: web.Request) -> JSONDict:
    """Merge query string and body; PTB sends form fields (JSON-encoded values) or multipart.

    PTB 22 never sends a JSON body: ``HTTPXRequest`` posts ``json_parameters`` as form data,
    where non-string values are JSON-encoded strings, and switches to multipart when a file is
    attached. Other clients may send ``application/json``, which Telegram also accepts.
    """
    params: JSONDict = dict(request.query)
    if request.method != "POST" or not request.body_exists:
        return params
    if request.content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
        return params
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            params[key] = _FilePart(value.file.read(), value.filename, value.content_type)
        else:
            params[key] = value
    return params


def _str(params: JSONDict, name: str) -> str | None:
    value = params.get(name)
    if value is None or isinstance(value, _FilePart):
        return None
    return value if isinstance(value, str) else str(value)


def _int(params: JSONDict, name: str) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: invalid {name} specified") from None


def _bool(params: JSONDict, name: str) -> bool:
    value = params.get(name)
    if isinstance(value, str):
        return value.lower() in {"true", "1"}
    return bool(value)


def _json(params: JSONDict, name: str) -> Any:
    """Decode a JSON-encoded form value (form bodies) or pass through a native one (JSON)."""
    value = params.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _markup_param(params: JSONDict) -> JSONDict | None:
    markup = _json(params, "reply_markup")
    return markup if isinstance(markup, dict) else None


def _validated_markup(params: JSONDict) -> JSONDict | None:
    """Check reply_markup the way Telegram does for the rules bots actually trip over."""
    if params.get("reply_markup") in (None, ""):
        return None
    markup = _json(params, "reply_markup")
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return markup  # reply keyboards, ReplyKeyboardRemove, ForceReply: accepted as sent
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ApiError(
            400,
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array',
        )
    for row in rows:
        for button in row:
            _validate_button(button)
    return markup


def _validate_button(button: object) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise ApiError(400, "Bad Request: can't parse inline keyboard button: Text is empty")
    actions = [key for key in button if key in _BUTTON_ACTIONS]
    if not actions:
        raise ApiError(
            400,
            "Bad Request: can't parse inline keyboard button: "
            "Text buttons are unallowed in the inline keyboard",
        )
    data = button.get("callback_data")
    if "callback_data" in button and (
        not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
    ):
        raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _upload(params: JSONDict, kind: str, files: dict[str, _StoredFile]) -> _Upload:
    """Find the file for sendPhoto/sendDocument: a multipart part, attach://, or a file_id."""
    value = params.get(kind)
    if isinstance(value, str) and value.startswith("attach://"):
        value = params.get(value.removeprefix("attach://"))
    if isinstance(value, _FilePart):
        return _Upload(value.data, value.filename, value.content_type)
    if isinstance(value, str) and value:
        if value in files:
            stored = files[value]
            return _Upload(stored.data, stored.file_path.rpartition("/")[2], None, value)
        if value.startswith(("http://", "https://")):
            return _Upload(b"", value.rpartition("/")[2], None)  # never fetched
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
    raise ApiError(400, f"Bad Request: there is no {kind} in the request")


def _image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG (enough for PhotoSize), else a plausible default."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return 800, 600


# --------------------------------------------------------------------------------------------
# PTB glue and fixtures
# --------------------------------------------------------------------------------------------


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
