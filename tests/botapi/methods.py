"""The Bot API methods the server answers, by topic."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from tests.botapi._common import (
    _CHAT_ACTIONS,
    _COMMAND_NAME,
    _DEFAULT_DESCRIPTIONS,
    _DEFAULT_EXCLUDED_UPDATES,
    _NOT_MODIFIED,
    _QUERY_TOO_OLD,
    _SECRET_TOKEN,
    MAX_CAPTION_UTF16,
    MAX_TEXT_UTF16,
    ApiError,
    JSONDict,
    _Webhook,
    utf16_len,
)
from tests.botapi.html import ParseEntitiesError, _strip_code_languages, parse_html
from tests.botapi.params import (
    _bool,
    _image_size,
    _int,
    _json,
    _markup_param,
    _str,
    _Upload,
    _upload,
    _validated_markup,
)
from tests.botapi.state import _State


class _Methods(_State):
    """Method handlers: ``getUpdates``, ``sendMessage`` and the rest, on the shared state."""

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


_Method = Callable[[_Methods, JSONDict], Awaitable[Any]]
_METHODS: dict[str, _Method] = {
    "getme": _Methods._get_me,
    "getupdates": _Methods._get_updates,
    "setwebhook": _Methods._set_webhook,
    "deletewebhook": _Methods._delete_webhook,
    "getwebhookinfo": _Methods._get_webhook_info,
    "close": _Methods._close,
    "logout": _Methods._close,
    "sendmessage": _Methods._send_message,
    "sendphoto": _Methods._send_photo,
    "senddocument": _Methods._send_document,
    "editmessagetext": _Methods._edit_message_text,
    "editmessagereplymarkup": _Methods._edit_message_reply_markup,
    "deletemessage": _Methods._delete_message,
    "answercallbackquery": _Methods._answer_callback_query,
    "sendchataction": _Methods._send_chat_action,
    "getfile": _Methods._get_file,
    "setmycommands": _Methods._set_my_commands,
    "getmycommands": _Methods._get_my_commands,
    "deletemycommands": _Methods._delete_my_commands,
}
