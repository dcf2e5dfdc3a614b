"""Benchmark: start-up time to the first answer (goal: under 1.5 s).

Each run starts the Bot API test server (tests/botapi/) in this process, queues a runner's
first message, then spawns `runfuel bot` with `TELEGRAM_API_BASE_URL` pointing at the server
and a fresh `RUNFUEL_DB` in a temporary directory (so migrations run, as on a first deploy).
The clock runs from the spawn to the moment the server records the bot's `sendMessage`: Python
start-up, imports, settings, database open and migrations, `post_init` (summary planning,
setMyCommands), the first getUpdates, and handling the message. The child runs in the
temporary directory so no developer `.env` is read. The figure is the median of five runs.

Run: `.venv/bin/python -m bench bench_startup`
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.botapi import BotApiServer

TOKEN = "123456:ABCDEFGHIJ-test"
GOAL_S = 1.5
RUNS = 5
FIRST_ANSWER_TIMEOUT_S = 30.0
USER_ID = 5_550_001


async def one_start(folder: Path, runner: Path) -> float:
    """Seconds from spawning `runfuel bot` to the server receiving its first answer."""
    server = BotApiServer(TOKEN)
    await server.start()
    try:
        server.user_message("2 eggs and toast", user_id=USER_ID)
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "RUNFUEL_DB": str(folder / "runfuel.db"),
        }
        started = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(
            str(runner),
            "bot",
            env=env,
            cwd=folder,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await server.wait_for_sent(1, timeout=FIRST_ANSWER_TIMEOUT_S, chat_id=USER_ID)
            seconds = time.perf_counter() - started
        finally:
            await _stop(proc)
        return seconds
    finally:
        await server.stop()


async def _stop(proc: asyncio.subprocess.Process) -> None:
    """SIGINT, as systemd or Ctrl-C would; kill after 10 s."""
    if proc.returncode is None:
        proc.send_signal(signal.SIGINT)
    try:
        await asyncio.wait_for(proc.wait(), 10)
    except TimeoutError:
        proc.kill()
        await proc.wait()
    if proc.stderr is not None:
        with contextlib.suppress(Exception):
            await proc.stderr.read()


def run() -> list[dict[str, Any]]:
    """Median, min and max of five cold starts, each on a fresh database."""
    runner = Path(sys.executable).with_name("runfuel")
    samples = []
    for n in range(RUNS):
        with tempfile.TemporaryDirectory(prefix=f"runfuel-bench-start-{n}-") as tmp:
            samples.append(asyncio.run(one_start(Path(tmp), runner)))
    median = statistics.median(samples)
    bytecode = "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    return [
        {
            "name": f"start-up to first answer (median of {RUNS}; "
            f"min {min(samples):.2f} s, max {max(samples):.2f} s)",
            "value": round(median, 3),
            "unit": "s",
            "goal": f"< {GOAL_S:g} s",
            "ok": median < GOAL_S,
            "note": (
                "start-up: spawn of `runfuel bot` (fresh database, so migrations run) until "
                "the Bot API test server records the reply to a message queued before the "
                f"start; .pyc writing was {bytecode} for the child (PYTHONDONTWRITEBYTECODE)."
            ),
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
