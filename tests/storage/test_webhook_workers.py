"""Several `runfuel bot` workers behind one webhook on PostgreSQL, one SIGKILLed again and again.

Telegram's side is `tests/botapi_webhook.py`: updates go to the workers round-robin, one
request at a time per chat, and come again (to the next worker) whenever a request fails. A
worker answers only once the update is committed and replied to, so killing one loses
nothing: the bar of issue 18 (4 workers, 600 messages, 30 runners, 6 kills) runs in
`bench/bench_workers.py`; this is the same test at a size the suite can afford.
"""

from __future__ import annotations

import asyncio
import random
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import asyncpg

from bot.main import build_application, build_coach, serve_bot_webhook, settings_database
from bot.settings import Settings
from bot.telegram.webhook import SECRET_HEADER
from tests.bot.test_process import TOKEN, bot_env
from tests.botapi import BotApiServer, free_port
from tests.botapi_webhook import WebhookDelivery

SECRET = "worker-test-secret"
RICE = re.compile(r"(\d+) g rice")
REMINDED = 9000


class Worker:
    """One `runfuel bot` process listening on a port of its own; restartable."""

    def __init__(self, server: BotApiServer, url: str, workers: int, logs: Path) -> None:
        self.port = free_port()
        self.env = bot_env(server, logs / "unused.db", RUNFUEL_DATABASE_URL=url,
                           RUNFUEL_WEBHOOK_URL="https://bot.example/telegram",
                           RUNFUEL_WEBHOOK_SECRET=SECRET, RUNFUEL_WEBHOOK_PORT=str(self.port),
                           RUNFUEL_WORKERS=str(workers))
        self.logs = logs
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    async def start(self) -> None:
        self.starts += 1
        log = (self.logs / f"worker-{self.port}-{self.starts}.log").open("wb")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "bot", cwd=self.logs, env=self.env,
            stdout=log, stderr=asyncio.subprocess.STDOUT)
        log.close()

    def peak_rss_kb(self) -> int:
        """The running process's peak RSS (VmHWM)."""
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return 0

    async def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
            await self.process.wait()

    async def stop(self) -> int | None:
        if self.process is None or self.process.returncode is not None:
            return None
        self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), 30)


@asynccontextmanager
async def workers(server: BotApiServer, url: str, count: int,
                  logs: Path) -> AsyncIterator[list[Worker]]:
    made = [Worker(server, url, count, logs) for _ in range(count)]
    try:
        for worker in made:
            await worker.start()
        yield made
    finally:
        for worker in made:
            await worker.kill()


async def run_stream(server: BotApiServer, pg_url: str, tmp_path: Path, *, workers_count: int,
                     users: int, per_user: int, kills: int, seed: int = 18) -> dict[str, float]:
    """The kill test at any size; asserts the bar (used by the suite and by the bench).

    Returns the seconds until every message was answered (from the first delivery, all
    workers listening), the workers' largest peak RSS (MB) and the connections each held at
    the end.
    """
    server.user_message("/reminders recovery=0", user_id=REMINDED)
    server.user_message("ran 12 km in 65 min", user_id=REMINDED)
    expected = []
    for n in range(1, per_user + 1):
        for user in range(1, users + 1):
            expected.append((user, n))
            server.user_message(f"{n} g rice", user_id=user)
    rng = random.Random(seed)
    stop = asyncio.Event()
    async with workers(server, pg_url, workers_count, tmp_path) as running:
        for worker in running:
            await listening(worker.port)
        started = time.perf_counter()
        delivery = WebhookDelivery(server, [w.url for w in running], secret=SECRET,
                                   max_connections=8 * workers_count)
        delivering = asyncio.create_task(delivery.run(stop))
        for _ in range(kills):
            await asyncio.sleep(rng.uniform(1.0, 2.5))
            victim = rng.choice(running)
            await victim.kill()
            await victim.start()
        for _ in range(1200):
            if server.pending_updates == 0 and _answered(server) >= len(expected):
                break
            await asyncio.sleep(0.05)
        answered_s = time.perf_counter() - started
        # A reminder claimed by a worker killed before sending waits out its lease (60 s).
        for _ in range(900):
            if await _reminder_states(pg_url) in (["sent"], ["sending"], ["lost"]):
                break
            await asyncio.sleep(0.1)
        stop.set()
        await delivering
        assert _answered(server) == len(expected), "a message was never answered"
        stats = {"answered_s": answered_s,
                 "max_rss_mb": max(w.peak_rss_kb() for w in running) / 1024,
                 "connections_per_worker": await _connections(pg_url) / workers_count}
        for worker in running:
            await listening(worker.port)  # a worker restarted last is past its start-up
            assert await worker.stop() in {0, None}

    conn = await asyncpg.connect(pg_url)
    try:
        rows = await conn.fetch("SELECT user_id, id, payload::text AS payload FROM events"
                                " WHERE kind = 'meal' AND undone_at IS NULL ORDER BY id")
    finally:
        await conn.close()
    states = await _reminder_states(pg_url)
    stored = [(r["user_id"], int(m.group(1))) for r in rows if (m := RICE.search(r["payload"]))]
    counts = Counter(stored)
    assert sorted(counts) == sorted(expected), "a message was lost"
    assert set(counts.values()) == {1}, "a message was stored twice"
    for user in range(1, users + 1):
        order = [n for u, n in stored if u == user]
        assert order == sorted(order), f"runner {user}'s messages were stored out of order"
    reminders = [s for s in server.sent if "Recovery time" in (s.get("plain_text") or "")]
    assert states in (["sent"], ["sending"], ["lost"]), states
    assert len(reminders) == 1 or states != ["sent"], "the reminder was not sent once"
    assert len(reminders) <= 1, "the reminder was sent twice"
    return stats


async def _connections(pg_url: str) -> int:
    """Connections to this database, but the one asking."""
    conn = await asyncpg.connect(pg_url)
    try:
        return int(await conn.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"))
    finally:
        await conn.close()


async def _reminder_states(pg_url: str) -> list[str]:
    conn = await asyncpg.connect(pg_url)
    try:
        return [r["state"] for r in await conn.fetch(
            "SELECT state FROM scheduled_messages WHERE kind = 'reminder'"
            " AND dedupe_key NOT LIKE '%:follow-up'")]
    finally:
        await conn.close()


def _answered(server: BotApiServer) -> int:
    return len({(s["chat_id"], m.group(1)) for s in server.sent
                if (m := RICE.search(s.get("plain_text") or ""))})


async def test_killed_workers_lose_nothing_and_double_nothing(
        botapi_server: Callable[..., Awaitable[BotApiServer]], pg_url: str,
        tmp_path: Path) -> None:
    """2 workers, 120 messages of 12 runners and a pending reminder, 3 SIGKILLs: every
    message stored once, in order per runner, and answered; the reminder sent once."""
    server = await botapi_server(TOKEN)
    await run_stream(server, pg_url, tmp_path, workers_count=2, users=12, per_user=10, kills=3)


class Cable:
    """A TCP forwarder in front of PostgreSQL that the test can cut: the database goes down."""

    def __init__(self, pg_url: str) -> None:
        parts = urlsplit(pg_url)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 5432)
        self.port = free_port()
        self.url = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{self.port}"))
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    async def connect(self) -> None:
        self._server = await asyncio.start_server(self._pipe, "127.0.0.1", self.port)

    async def cut(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()
        self._writers.clear()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self._upstream)
        self._writers += [writer, up_writer]
        await asyncio.gather(_copy(reader, up_writer), _copy(up_reader, writer))


async def _copy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65_536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def listening(port: int) -> None:
    """Wait until a worker accepts connections on `port` (it is past its start-up)."""
    for _ in range(300):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.1)
            continue
        writer.close()
        return
    raise TimeoutError(f"nothing listens on {port}")


async def post(url: str, update: dict[str, Any]) -> int:
    async with aiohttp.ClientSession() as session, session.post(
            url, json=update, headers={SECRET_HEADER: SECRET}) as response:
        return response.status


class TestWebhookWorkersInProcess:
    async def test_an_update_is_answered_after_it_is_handled_and_503_while_the_db_is_down(
            self, botapi_server: Callable[..., Awaitable[BotApiServer]], pg_url: str) -> None:
        """Two workers: one does the start-up duties; a 200 means the reply was sent; with
        the database cut off Telegram gets 503, and the redelivered update is logged once."""
        server = await botapi_server(TOKEN)
        cable = Cable(pg_url)
        await cable.connect()
        stop = asyncio.Event()
        ports, serving = [], []
        for _ in range(2):
            ports.append(free_port())
            settings = Settings(
                _env_file=None, telegram_token=TOKEN, api_base_url=server.base_url,
                database_url=cable.url, webhook_url="https://bot.example/telegram",
                webhook_secret=SECRET, webhook_port=ports[-1], workers=2)
            db = settings_database(settings)
            app = build_application(settings, db, build_coach(db))
            serving.append(asyncio.create_task(serve_bot_webhook(settings, app, db, stop)))
            await listening(ports[-1])
        try:
            assert len(server.calls_to("setMyCommands")) == 1
            assert len(server.calls_to("setWebhook")) == 1
            server.user_message("2 eggs")
            first = server.updates[-1]
            assert await post(f"http://127.0.0.1:{ports[1]}/telegram", first) == 200
            assert "Logged" in server.sent[-1]["plain_text"]  # replied before the 200

            await cable.cut()
            server.user_message("banana")
            meal = server.updates[-1]
            assert await post(f"http://127.0.0.1:{ports[0]}/telegram", meal) == 503
            await cable.connect()
            assert await post(f"http://127.0.0.1:{ports[0]}/telegram", meal) == 200
            assert "Logged" in server.sent[-1]["plain_text"]
            assert await post(f"http://127.0.0.1:{ports[1]}/telegram", meal) == 200  # again
        finally:
            stop.set()
            await asyncio.gather(*serving)
            await cable.cut()
        conn = await asyncpg.connect(pg_url)
        try:
            kinds = [r[0] for r in await conn.fetch("SELECT kind FROM events ORDER BY id")]
        finally:
            await conn.close()
        assert kinds == ["meal", "meal"]
