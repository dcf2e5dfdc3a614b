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

from tests.botapi._common import (
    DEFAULT_GROUP_ID,
    DEFAULT_TOKEN,
    DEFAULT_USER_ID,
    ApiError,
    JSONDict,
    free_port,
    utf16_len,
)
from tests.botapi.client import (
    AnyApplication,
    AnyBuilder,
    botapi_server,
    pointed_at,
    polling,
    webhook,
)
from tests.botapi.html import ParseEntitiesError, parse_html
from tests.botapi.server import BotApiServer

__all__ = [
    "DEFAULT_GROUP_ID",
    "DEFAULT_TOKEN",
    "DEFAULT_USER_ID",
    "AnyApplication",
    "AnyBuilder",
    "ApiError",
    "BotApiServer",
    "JSONDict",
    "ParseEntitiesError",
    "botapi_server",
    "free_port",
    "parse_html",
    "pointed_at",
    "polling",
    "utf16_len",
    "webhook",
]
