"""A logging filter that keeps secrets (the bot token, the webhook secret) out of every log line.

Installed on the root handlers by `bot.main.configure_logging`, so it sees the records of every
library that logs through them (PTB's network loop logs exceptions with tracebacks, aiohttp's
errors may quote a URL, and Bot API URLs hold the token). It rewrites the message, its
arguments, the formatted traceback and the stack, so no formatter downstream can print the
original. `bot/telegram/request.py` already keeps the token out of the errors it raises; this is the
second line, for whatever a future library version or a third-party logger prints.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

REDACTED = "[REDACTED]"
_FORMATTER = logging.Formatter()


def secret_forms(secret: str) -> set[str]:
    """What to look for: the secret, and for a bot token its part after the colon too.

    The bot id before the colon is public (it is the bot's user id); the part after it is the
    credential, and it survives URL quoting unchanged, so it catches every quoted form.
    """
    forms = {secret} if len(secret) >= 4 else set()
    _, colon, credential = secret.partition(":")
    if colon and len(credential) >= 8:
        forms.add(credential)
    return forms


class RedactSecrets(logging.Filter):
    """Replace each secret by `[REDACTED]` in the message, arguments and traceback text."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        forms = {form for secret in secrets for form in secret_forms(secret)}
        self._forms = sorted(forms, key=len, reverse=True)  # the whole token before its part

    def redact(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._forms:
            return True
        record.msg, record.args = self.redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True
