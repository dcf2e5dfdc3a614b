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

An update delivered twice
-------------------------
Nothing may be lost, so the same update can arrive more than once; each layer below exists for
one reason, and the first one that knows an update already did its work drops it.

1. Telegram sends an update again until it is confirmed (the next getUpdates offset, or a 2xx
   to the webhook). It exists so that nothing is lost; it is where repeats come from (a
   webhook call that timed out, polling restarted before its offset was confirmed).
2. The inbox (`inbox.py`; an `inbox` row per update id, `ON CONFLICT DO NOTHING`) writes each
   fetched update down before Telegram is told it arrived, and start-up replays the rows
   whose handlers never finished. It exists so a crash loses nothing; it re-delivers too.
   It keeps an update once, but drops nothing.
3. `FairUpdateProcessor` (`throttle.py`) remembers the last 10,000 update ids this process
   handled and drops a repeat before any handler runs: the inbox replay of an update that
   polling then fetches again. No query, but it forgets on restart and cannot see another
   worker.
4. Storage claims the update id (`processed_updates`) in the same transaction as the write it
   causes (`EventStore.add`, `UserStore.save`; `EventStore.mark_update` for an update that
   stores nothing, such as a set-up answer). This is the layer that drops a repeat across
   restarts and workers: `add` returns None, nothing is stored twice, and the coach
   (`Messages._already_applied`) sends the reply again from what the first delivery stored,
   since that reply may be what the crash lost.
5. Each runner's update runs as one transaction after that runner's others
   (`bot/units.py`, `pg_advisory_xact_lock`), so two workers never handle one runner's
   updates at once and layer 4 sees what the other worker committed.
6. Button presses are claimed per message and slot (`PressStore.claim`, `bot/coach/buttons.py`
   `Verb.slot`), so a repeated callback query, like a double tap, acts once and the second
   press says it was already done.

Scheduled messages are not updates, but follow the same rule: a dedupe key makes planning one
twice a no-op, and `claim_due` leases each due row to one sender only; a row is marked
`sending` before its HTTP call and never sent again after that (`storage/leases.py`).
Strava's webhook events are kept the same way, as a row per event before Strava hears back
(`bot/strava/worker.py`).
"""
