"""Leases on scheduled messages: several workers send them, and any worker may die mid-way.

A worker claims due rows for a while (`CLAIM_LEASE`), marks each `sending` just before its
HTTP call (for `SEND_LEASE`), then `sent`, `failed` or back to `pending`. Whichever worker
claims next first recovers what a dead worker left behind:

* `claimed` past its lease: the worker died before the HTTP call, so the row is `pending`
  again and another worker sends it;
* `sending` past its lease: the call may or may not have reached Telegram; sending again could
  show the runner the message twice, so the row becomes `lost` and is never sent again.

A worker that outlived its lease (a long pause) finds its row taken: `start_sending` answers
False and it sends nothing. Both backends implement this alike (`storage/sqlite/schedule.py`,
`storage/postgres/schedule.py`).

On PostgreSQL a dead worker is also seen at once, without waiting for its leases: every
connection of a worker carries its name as `application_name`, and a worker none of whose
sessions is left in `pg_stat_activity` is dead (PostgreSQL ends the session of a SIGKILLed
process at once, and that of a lost machine after the TCP keepalives it is given,
`SESSION_KEEPALIVE`). Its rows are then recovered as above at the next claim. The leases stay
the backstop. A live worker keeps its rows however slow its HTTP call, and a worker wrongly
taken for dead (all its connections cut for a moment) still sends nothing twice: its
`claimed` rows answer False to `start_sending`, and a `lost` row it sent is recorded `sent`.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import timedelta

#: How long a claimed row stays a worker's before it may be given to another.
CLAIM_LEASE = timedelta(seconds=60)
#: How long a row may stay `sending` before it counts as lost (the HTTP call retries for ~30 s).
SEND_LEASE = timedelta(minutes=5)
#: PostgreSQL keeps at most this many bytes of an `application_name`.
NAME_LIMIT = 63
#: TCP keepalives (s) asked of the server for a worker's sessions: the session of a worker
#: whose machine vanished without closing its connections ends within idle + interval x count.
SESSION_KEEPALIVE = {"tcp_keepalives_idle": "10", "tcp_keepalives_interval": "5",
                     "tcp_keepalives_count": "3"}


def worker_name() -> str:
    """A name for this process, unique among the workers sharing a database (and short
    enough to be a PostgreSQL `application_name` whole)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def check_worker_name(name: str) -> str:
    """`name` if PostgreSQL keeps it whole as an `application_name` (printable ASCII, at
    most 63 bytes); a name cut short would make a live worker look dead."""
    if not name or len(name) > NAME_LIMIT or not all(" " <= c <= "~" for c in name):
        raise ValueError(f"a worker name must be 1-{NAME_LIMIT} printable ASCII characters")
    return name
