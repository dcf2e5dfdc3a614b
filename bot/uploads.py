"""Watch files decoded on one dedicated thread, so the event loop keeps answering.

Decoding is pure (`engine.watchfiles`) but takes seconds at the caps. One thread decodes files,
one at a time: uploads queue instead of adding up in memory, and the event loop's default pool
stays free for what else needs it.
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor

from engine.watchfiles import FileEvent, read_activity_file

_DECODER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="watchfile")


async def read_activity_file_in_worker(
    data: bytes,
    filename: str,
    *,
    mass_kg: float,
    baseline_kcal_per_min: float | None = None,
) -> tuple[FileEvent, ...]:
    """`read_activity_file` on the one decoding thread; the event loop keeps answering."""
    read = functools.partial(read_activity_file, data, filename, mass_kg=mass_kg,
                             baseline_kcal_per_min=baseline_kcal_per_min)
    return await asyncio.get_running_loop().run_in_executor(_DECODER, read)
