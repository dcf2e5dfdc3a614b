"""The server's state: users, chats, messages, files and the update queue."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime

from aiohttp import web

from tests.botapi._common import (
    DEFAULT_GROUP_ID,
    DEFAULT_TOKEN,
    DEFAULT_USER_ID,
    JSONDict,
    _Fault,
    _Hang,
    _Pulse,
    _Queued,
    _StoredFile,
    _Webhook,
)


class _State:
    """Everything the server remembers, and the internals that change it."""

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

    # ---- simulating users: chats ----------------------------------------------------------

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
