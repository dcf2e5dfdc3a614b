"""Outgoing messages -> Bot API calls: the one place that builds Telegram markup."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message

from bot.keyboards import Button
from bot.service import Outgoing

CAPTION_LIMIT = 1024


def markup(rows: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    """Plain buttons -> an inline keyboard (None for no buttons)."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


async def send_to(bot: Bot, chat_id: int, reply: Outgoing) -> None:
    """Send one Outgoing: text (or a photo with the text as caption), then its files."""
    keyboard = markup(reply.buttons)
    if reply.photo is not None:
        await bot.send_photo(chat_id, InputFile(reply.photo, filename="week.png"),
                             caption=reply.text[:CAPTION_LIMIT], reply_markup=keyboard)
    else:
        await bot.send_message(chat_id, reply.text, reply_markup=keyboard)
    for doc in reply.documents:
        await bot.send_document(chat_id, InputFile(doc.data, filename=doc.filename))


async def send(message: Message, replies: Sequence[Outgoing]) -> None:
    """Answer in the chat a message came from."""
    for reply in replies:
        await send_to(message.get_bot(), message.chat_id, reply)
