"""The server: lifecycle, simulated users, inspection, faults, webhook and HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import json
import mimetypes
import time
from collections.abc import Callable
from datetime import datetime
from http import HTTPStatus
from typing import Any, Self

import aiohttp
from aiohttp import web

from tests.botapi._common import (
    _DEFAULT_DESCRIPTIONS,
    _TOKEN_SHAPE,
    DEFAULT_USER_ID,
    ApiError,
    JSONDict,
    _Fault,
    _Hang,
)
from tests.botapi.html import _command_entities
from tests.botapi.methods import _METHODS, _Methods
from tests.botapi.params import _read_params


class BotApiServer(_Methods):
    """The Bot API on 127.0.0.1: simulated users on one side, the bot under test on the other."""

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
