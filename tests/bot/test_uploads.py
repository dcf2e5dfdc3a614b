"""Uploads are decoded on one thread of their own, one file at a time."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot import uploads
from bot.uploads import read_activity_file_in_worker
from engine.errors import BadActivityFile
from tests.activityfiles import MASS, gpx_points


async def test_files_are_decoded_one_at_a_time_on_their_own_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Several uploads at once queue for one decoding thread instead of adding up."""
    busy: list[str] = []
    overlaps: list[int] = []
    real = uploads.read_activity_file

    def traced(*args: object, **kwargs: object) -> object:
        busy.append(threading.current_thread().name)
        overlaps.append(len(busy))
        try:
            return real(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            busy.pop()

    monkeypatch.setattr(uploads, "read_activity_file", traced)
    data = gpx_points(2_000)
    results = await asyncio.gather(*(read_activity_file_in_worker(data, "r.gpx", mass_kg=MASS)
                                     for _ in range(4)))
    assert len({r for r in results}) == 1 and overlaps == [1, 1, 1, 1]
    with pytest.raises(BadActivityFile):
        await read_activity_file_in_worker(b"", "empty.gpx", mass_kg=MASS)
