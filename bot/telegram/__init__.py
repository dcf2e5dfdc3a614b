"""The Telegram adapter: everything that imports python-telegram-bot, in one place.

    handlers.py   PTB callbacks: Update -> `Incoming` -> `Coach` -> replies; their registration
    sending.py    `Outgoing` -> Telegram messages (text, buttons, photo, files), retries
    request.py    PTB's HTTP requests over aiohttp, errors that never quote the token
    webhook.py    the webhook endpoint (secret and size checked before the body is read)
    inbox.py      fetched updates written down before Telegram is told they arrived
    throttle.py   each runner's updates in order, runners side by side, floods refused
    redaction.py  the token and the webhook secret kept out of every log line

The composition root that builds the `Application` is `bot/main.py`; the coach core behind it
(`bot/coach/`) and the buttons (`bot/keyboards.py`, plain values) know nothing of Telegram.
"""
