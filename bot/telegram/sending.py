"""Outgoing messages -> Bot API calls: the one place that builds Telegram markup."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, NetworkError, TelegramError

from bot.coach import Outgoing
from bot.keyboards import Button

logger = logging.getLogger(__name__)

CAPTION_LIMIT = 1024
RETRY_PAUSES = (0.5, 2.0, 5.0)


def markup(rows: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    """Plain buttons -> an inline keyboard (None for no buttons)."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, url=b.url) if b.url is not None
          else InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


def transient(error: TelegramError) -> bool:
    """Worth trying again: the network or Telegram's side failed, not our request."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


async def _retrying(call: Callable[[], Awaitable[object]]) -> None:
    """Retry network errors and 5xx answers with backoff; 429s are the rate limiter's job.

    A timed-out send may have reached Telegram, so a retry can show a message twice: better
    than a runner never seeing the answer to what they logged.
    """
    for attempt, pause in enumerate((*RETRY_PAUSES, None)):
        try:
            await call()
        except TelegramError as e:
            if pause is None or not transient(e):
                raise
            logger.warning("send failed (%s), retry %d in %.1f s", type(e).__name__,
                           attempt + 1, pause)
            await asyncio.sleep(pause)
        else:
            return


async def send_to(bot: Bot, chat_id: int, reply: Outgoing) -> None:
    """Send one Outgoing: text (or a photo with the text as caption), then its files.

    AIORateLimiter paces paid-broadcast sends against Telegram's 1,000/s instead of ~30/s.
    """
    keyboard = markup(reply.buttons)
    photo = reply.photo
    paid = True if getattr(bot, "paid_broadcast", False) else None  # None: not sent at all
    if photo is not None:
        await _retrying(lambda: bot.send_photo(
            chat_id, InputFile(photo, filename="week.png"), caption=reply.text[:CAPTION_LIMIT],
            reply_markup=keyboard, allow_paid_broadcast=paid))
    else:
        await _retrying(lambda: bot.send_message(chat_id, reply.text, reply_markup=keyboard,
                                                 allow_paid_broadcast=paid))
    for doc in reply.documents:
        await _retrying(lambda doc=doc: bot.send_document(  # type: ignore[misc]
            chat_id, InputFile(doc.data, filename=doc.filename), allow_paid_broadcast=paid))


async def send(message: Message, replies: Sequence[Outgoing]) -> None:
    """Answer in the chat a message came from."""
    for reply in replies:
        await send_to(message.get_bot(), message.chat_id, reply)
