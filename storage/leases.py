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
#: The states in which a row belongs to a worker.
HELD = ("claimed", "sending")


def worker_name() -> str:
    """A name for this process, unique among the workers sharing a database."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
