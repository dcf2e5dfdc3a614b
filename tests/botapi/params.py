"""Request parameters: reading and validating what the bot sends."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.botapi._common import (
    _BUTTON_ACTIONS,
    MAX_CALLBACK_DATA_BYTES,
    ApiError,
    JSONDict,
    _StoredFile,
)


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

    PTB 22's ``HTTPXRequest`` posts ``json_parameters`` as form data, where non-string values
    are JSON-encoded strings, and switches to multipart when a file is attached. runfuel's
    ``AiohttpRequest`` sends ``application/json`` (files: multipart), which Telegram accepts.
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
