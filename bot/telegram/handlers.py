"""Thin PTB callbacks: Update -> Incoming -> Coach -> reply (STYLE.md §2, "How one message flows").

PTB's Optionals are narrowed once in `incoming()`. Handlers never hold domain logic; anything
that is not a `CoachError` reaches the single error handler, which logs first and answers second.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC

from telegram import Bot, BotCommand, MaybeInaccessibleMessage, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import formatting
from bot.coach import Coach, Due, Incoming
from bot.coach.buttons import after_press
from bot.coach.commands import listed, read_command
from bot.keyboards import Button
from bot.onboarding import Setup
from bot.telegram.sending import markup as markup_of
from bot.telegram.sending import send, send_to, transient
from bot.units import Units
from engine.watchfiles import MAX_FILE_BYTES

logger = logging.getLogger(__name__)

#: How often the sender looks for due scheduled messages (one indexed query, any user count).
DUE_POLL_SECONDS = 15
#: Telegram allows about 30 messages/s in all. Scheduled messages go out at 20/s, paced, so
#: replies to runners never queue behind a wave of evening summaries; a tick's share is sent
#: before the next tick starts.
SCHEDULED_PER_SECOND = 20
#: Files downloaded at once: each holds up to 20 MB until it is decoded (one at a time), so
#: more would only queue in memory.
UPLOAD_SLOTS = 2


def incoming(update: Update) -> Incoming | None:
    """Narrow PTB's Optionals once; None for updates we do not answer."""
    message = update.effective_message
    user = update.effective_user
    chat = update.effective_chat
    if message is None or user is None or chat is None:
        return None
    return Incoming(
        user_id=user.id,
        chat_id=chat.id,
        text=message.text or message.caption or "",
        received_at=message.date.astimezone(UTC),
        message_id=message.message_id,
        update_id=update.update_id,
        private=chat.type == ChatType.PRIVATE,
        edited_at=message.edit_date.astimezone(UTC) if message.edit_date else None,
    )


async def pressed(update: Update) -> tuple[int, MaybeInaccessibleMessage, str] | None:
    """A button press, answered at once (the button stops spinning) and narrowed as
    `incoming` narrows a message: the presser's id, the message under which the button
    was, and its data; None for a press we do not answer."""
    query = update.callback_query
    if query is None or query.message is None or update.effective_user is None:
        return None
    await query.answer()
    return update.effective_user.id, query.message, query.data or ""


def addressed(message: Message, bot: Bot) -> bool:
    """In a group: a command for us, a mention of us, or a reply to one of our messages."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return True
    name = f"@{bot.username}".lower()
    if name in (message.text or message.caption or "").lower():
        return True
    kinds: list[str | None] = [MessageEntity.MENTION, MessageEntity.BOT_COMMAND]
    found = (message.parse_entities(kinds) if message.text
             else message.parse_caption_entities(kinds))
    for entity, value in found.items():
        if entity.type == MessageEntity.MENTION and value.lower() == name:
            return True
        if entity.type == MessageEntity.BOT_COMMAND:
            command = read_command(value)
            target = command.bot if command is not None else ""
            if not target or f"@{target}".lower() == name:
                return True
    return False


class Handlers:
    """The callbacks, bound to one Coach.

    Each runner's update is handled as that runner's unit of work (`bot/units.py`), and
    answered after it committed.
    """

    def __init__(self, coach: Coach, units: Units | None = None, *, workers: int = 1) -> None:
        self.coach = coach
        #: Scheduled messages a second: this worker's share of the rate of all of them.
        self.send_rate = SCHEDULED_PER_SECOND / workers
        self.units = units or Units(None, coach)
        self.setup = Setup(coach)
        self._uploads = asyncio.Semaphore(UPLOAD_SLOTS)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A text (or a photo's caption), a command, or an answer to a setup question."""
        msg = incoming(update)
        message = update.effective_message
        if msg is None or message is None:
            return
        if not msg.private and not addressed(message, context.bot):
            return
        started = time.perf_counter()
        async with self.units.of(msg.user_id):
            replies = await self.setup.handle_text(msg)
        await send(message, replies)
        logger.info("chat=%s update=%s replies=%d in %.1f ms", msg.chat_id, msg.update_id,
                    len(replies), (time.perf_counter() - started) * 1000)

    async def on_edit(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited message is re-read and replaces what it logged."""
        msg = incoming(update)
        if msg is None or update.effective_message is None or not msg.private:
            return
        if msg.text.startswith("/"):
            return
        async with self.units.of(msg.user_id):
            replies = await self.setup.handle_edit(msg)
        await send(update.effective_message, replies)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button under one of our messages."""
        if (press := await pressed(update)) is None:
            return
        user_id, message, data = press
        async with self.units.of(user_id):
            replies = await self.coach.press(user_id, message.chat.id, data, self.coach.clock(),
                                             message_id=message.message_id)
        if replies and not replies[0].again and isinstance(message, Message):
            await _take_used_buttons(message, data)
        for reply in replies:
            await send_to(context.bot, message.chat.id, reply)

    async def on_setup_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button under a setup question (`ob:<step>:<value>`)."""
        if (press := await pressed(update)) is None:
            return
        user_id, message, data = press
        async with self.units.of(user_id):
            replies = await self.setup.press(user_id, message.chat.id, data, self.coach.clock())
        if isinstance(message, Message) and message.reply_markup is not None:
            try:  # the question is answered (or closed): its buttons go, as other used ones do
                await message.edit_reply_markup(reply_markup=None)
            except BadRequest as e:
                logger.warning("could not take the setup buttons off: %s", e)
        for reply in replies:
            await send_to(context.bot, message.chat.id, reply)

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A shared location sets the time zone."""
        msg = incoming(update)
        message = update.effective_message
        if msg is None or message is None or message.location is None or not msg.private:
            return
        location = message.location
        async with self.units.of(msg.user_id):
            replies = await self.setup.location(msg, location.latitude, location.longitude)
        await send(message, replies)

    async def on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A watch file (.fit/.gpx/.tcx, maybe gzipped) becomes a run or an activity."""
        msg = incoming(update)
        message = update.effective_message
        if msg is None or message is None or message.document is None:
            return
        if not msg.private and not addressed(message, context.bot):
            return
        if not msg.private:
            await message.reply_text(formatting.GROUP_NOTICE)
            return
        doc = message.document
        if doc.file_size and doc.file_size > MAX_FILE_BYTES:
            await message.reply_text(formatting.file_too_big(doc.file_size))
            return
        async with self._uploads:  # each download holds up to 20 MB until it is decoded
            file = await doc.get_file()
            data = bytes(await file.download_as_bytearray())
            async with self.units.of(msg.user_id):
                imported = await self.coach.import_activity(msg, data,
                                                            doc.file_name or "activity")
        await send(message, imported.replies)

    async def on_unsupported(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Voice notes, stickers, photos without a caption: ask for text."""
        message = update.effective_message
        if message is None or update.effective_chat is None:
            return
        if update.effective_chat.type != ChatType.PRIVATE and not addressed(message, context.bot):
            return
        user = update.effective_user
        record = await self.coach.stores.users.get(user.id) if user is not None else None
        await message.reply_text(formatting.unsupported(record.profile.units if record
                                                        else "metric"))

    async def job_send_due(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Send what the schedule says is due: claimed in a transaction, sent, then marked."""
        rows = await self.coach.claim(
            self.coach.clock(), limit=max(1, int(self.send_rate * (DUE_POLL_SECONDS - 1))))
        if not rows:
            return

        async def deliver(due: Due) -> None:
            if not await self.coach.start_sending(due, self.coach.clock()):
                logger.warning("scheduled message %s: lease lost, another worker sends it",
                               due.row.id)
                return
            try:
                await send_to(context.bot, due.chat_id, due.message)
            except Forbidden:
                logger.info("user=%s blocked the bot; pausing their schedule", due.user_id)
                await self.coach.blocked(due.user_id)
                await self.coach.sent(due, self.coach.clock(), ok=False)
                return
            except TelegramError as e:
                if transient(e):
                    logger.warning("scheduled message %s: Telegram unreachable, retrying "
                                   "later", due.row.id)
                    await self.coach.retry_later(due, self.coach.clock())
                    return
                logger.exception("sending scheduled message %s failed",
                                 due.row.id)
                await self.coach.sent(due, self.coach.clock(), ok=False)
                return
            await self.coach.sent(due, self.coach.clock())

        # Paced, not burst: a burst would fill the rate limiter and make replies wait. Each
        # message is rendered just before its turn, so a batch's work never stalls replies.
        sending = []
        for row in rows:
            due = await self.coach.render(row, self.coach.clock())
            if due is not None:
                sending.append(asyncio.create_task(deliver(due)))
            await asyncio.sleep(1 / self.send_rate)
        await asyncio.gather(*sending)
        logger.info("sent %d scheduled messages", len(sending))

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log first, then tell the user that what they logged before is safe."""
        logger.error("unhandled error while handling an update", exc_info=context.error)
        if isinstance(context.error, Forbidden) and isinstance(update, Update):
            if update.effective_user is not None:
                await self.coach.blocked(update.effective_user.id)
            return
        if isinstance(update, Update) and update.effective_message is not None:
            try:
                await update.effective_message.reply_text(formatting.SOMETHING_WENT_WRONG)
            except TelegramError:
                logger.warning("could not tell the user about the error")


async def _take_used_buttons(message: Message, data: str) -> None:
    """Edit the pressed button (or its whole decision) off the message it was on."""
    markup = message.reply_markup
    rows = tuple(tuple(Button(b.text, b.callback_data) for b in row
                       if isinstance(b.callback_data, str))
                 for row in (markup.inline_keyboard if markup else ()))
    kept = after_press(rows, data)
    if kept == rows:
        return
    try:
        await message.edit_reply_markup(reply_markup=markup_of(kept))
    except BadRequest as e:  # too old to edit, or already changed: the press still counted
        logger.warning("could not update the pressed message's buttons: %s", e)


def register(app: Application, handlers: Handlers) -> None:  # type: ignore[type-arg]
    """Register every handler; shared by main() and the tests. Order matters."""
    app.add_handler(CallbackQueryHandler(handlers.on_setup_button, pattern=r"^ob:"))
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_handler(MessageHandler(
        filters.UpdateType.EDITED_MESSAGE & (filters.TEXT | filters.CAPTION), handlers.on_edit))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.Document.ALL,
                                   handlers.on_document))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.LOCATION,
                                   handlers.on_location))
    # A photo's caption ("2 eggs and toast") is read like a text.
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & (filters.TEXT | filters.CAPTION),
                                   handlers.on_text))
    app.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & (filters.VOICE | filters.Sticker.ALL | filters.PHOTO
                                      | filters.VIDEO | filters.AUDIO | filters.VIDEO_NOTE),
        handlers.on_unsupported))
    app.add_error_handler(handlers.on_error)


def bot_commands(*, strava: bool = False) -> list[BotCommand]:
    """Telegram's command menu, from the coach's command table."""
    return [BotCommand(c.name, c.menu) for c in listed(strava=strava) if c.menu is not None]
