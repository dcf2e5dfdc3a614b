"""deploy/haproxy.cfg, run by a real haproxy in front of two real workers on PostgreSQL.

The front hashes the sender's id onto the workers (`balance hash`, `hash-type consistent`,
TCP health checks), so each runner's updates land on one worker; when that worker dies its
runners move to the other, and when it is back they return to it, with nothing lost or stored
twice (each update is its runner's unit of work, so routing never decides correctness). The
file is the one `deploy/compose.workers.yaml` mounts, with only the listening address and the
workers' addresses changed. Skipped where no `haproxy` binary is installed (`apt install
haproxy`; CI machines may have none), whatever `CI` says: the same routing is exercised
without it by `tests/botapi_webhook.py`'s `BY_RUNNER` front.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import pytest
from aiohttp import web

from tests.bot.test_process import TOKEN
from tests.botapi import BotApiServer, free_port
from tests.botapi_webhook import BY_RUNNER, WebhookDelivery
from tests.storage.test_webhook_workers import RICE, SECRET, Worker, listening, workers

DEPLOY = Path(__file__).resolve().parent.parent.parent / "deploy"
HAPROXY = shutil.which("haproxy")
RUNNERS = range(1, 9)
HANDLED = re.compile(r"chat=\d+ update=(\d+) ")

needs_haproxy = pytest.mark.skipif(HAPROXY is None,
                                   reason="no haproxy here (apt install haproxy)")


def front_config(port: int, running: list[Worker]) -> str:
    """deploy/haproxy.cfg listening on 127.0.0.1:`port`, its servers the running workers."""
    text = (DEPLOY / "haproxy.cfg").read_text("utf-8")
    text, binds = re.subn(r"^    bind :\d+$", f"    bind 127.0.0.1:{port}", text, flags=re.M)
    servers = "".join(f"    server worker-{n} 127.0.0.1:{w.port}\n"
                      for n, w in enumerate(running, 1))
    text, lists = re.subn(r"^(    server .*\n)+", servers, text, flags=re.M)
    assert (binds, lists) == (1, 1)
    return text


@asynccontextmanager
async def front(running: list[Worker], logs: Path) -> AsyncIterator[str]:
    """A haproxy with deploy/haproxy.cfg before `running`; yields its webhook URL."""
    assert HAPROXY is not None
    port = free_port()
    config = logs / "haproxy.cfg"
    config.write_text(front_config(port, running), "utf-8")
    with (logs / "haproxy.log").open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            HAPROXY, "-db", "-f", str(config), stdout=log, stderr=asyncio.subprocess.STDOUT)
    try:
        await listening(port)
        yield f"http://127.0.0.1:{port}/telegram"
    finally:
        process.terminate()
        await process.wait()


async def checked(logs: Path, number: int, state: str) -> None:
    """Wait until haproxy's last word on worker-`number` is that it is `state` (UP or
    DOWN; two checks a second apart, `fall 2` / `rise 2`)."""
    for _ in range(300):
        said = re.findall(rf"workers/worker-{number} is (UP|DOWN)",
                          (logs / "haproxy.log").read_text("utf-8"))
        if said and said[-1] == state:
            return
        await asyncio.sleep(0.1)
    raise TimeoutError(f"haproxy never found worker-{number} {state}")


def handled_by(logs: Path) -> dict[int, set[int]]:
    """Each update id and the ports of the workers whose logs say they handled it."""
    found: dict[int, set[int]] = {}
    for path in logs.glob("worker-*.log"):
        port = int(path.name.split("-")[1])
        for m in HANDLED.finditer(path.read_text("utf-8", errors="replace")):
            found.setdefault(int(m.group(1)), set()).add(port)
    return found


def queue_round(server: BotApiServer, first: int, count: int,
                runners: range = RUNNERS) -> dict[int, list[int]]:
    """Each runner sends "`n` g rice" for n in first..first+count-1; their update ids."""
    ids: dict[int, list[int]] = {runner: [] for runner in runners}
    for n in range(first, first + count):
        for runner in runners:
            server.user_message(f"{n} g rice", user_id=runner)
            ids[runner].append(server.updates[-1]["update_id"])
    return ids


async def deliver(server: BotApiServer, url: str, answered: int) -> None:
    """Send the queue through the front until `answered` rice messages were replied to."""
    stop = asyncio.Event()
    delivery = WebhookDelivery(server, [url], secret=SECRET, max_connections=16)
    task = asyncio.create_task(delivery.run(stop))
    try:
        for _ in range(600):
            if server.pending_updates == 0 and _answered(server) >= answered:
                return
            await asyncio.sleep(0.05)
        raise AssertionError("the updates were not all answered")
    finally:
        stop.set()
        await task


def _answered(server: BotApiServer) -> int:
    return len({(s["chat_id"], m.group(1)) for s in server.sent
                if (m := RICE.search(s.get("plain_text") or ""))})


def workers_of(logs: Path, ids: dict[int, list[int]]) -> dict[int, set[int]]:
    """Each runner and the ports of the workers that handled these updates of theirs."""
    seen = handled_by(logs)
    return {runner: set().union(*(seen[i] for i in updates)) for runner, updates in ids.items()}


@needs_haproxy
async def test_a_runner_stays_on_one_worker_and_moves_with_nothing_lost_when_it_dies(
        botapi_server: Callable[..., Awaitable[BotApiServer]], pg_url: str,
        tmp_path: Path) -> None:
    """8 runners through deploy/haproxy.cfg to 2 workers: each runner's updates on one
    worker, both used; one worker SIGKILLed while updates flow: its runners' next updates go
    to the other; restarted, it gets them back; every message answered and stored once, in
    order."""
    server = await botapi_server(TOKEN)
    async with workers(server, pg_url, 2, tmp_path) as running:
        for worker in running:
            await listening(worker.port)
        async with front(running, tmp_path) as url:
            first = queue_round(server, 1, 3)
            await deliver(server, url, 3 * len(RUNNERS))
            owner = workers_of(tmp_path, first)
            assert all(len(ports) == 1 for ports in owner.values()), owner
            assert set().union(*owner.values()) == {w.port for w in running}

            victim, survivor = running if owner[1] == {running[0].port} else running[::-1]
            moved = [r for r, ports in owner.items() if ports == {victim.port}]
            during = queue_round(server, 4, 3)
            delivering = asyncio.create_task(deliver(server, url, 6 * len(RUNNERS)))
            for _ in range(1000):  # the victim is handling this round: kill it then
                if set(during[moved[0]]) & set(handled_by(tmp_path)):
                    break
                await asyncio.sleep(0.01)
            await victim.kill()
            await delivering
            await checked(tmp_path, running.index(victim) + 1, "DOWN")
            after = queue_round(server, 7, 2)
            await deliver(server, url, 8 * len(RUNNERS))
            assert all(ports == {survivor.port} for ports in workers_of(tmp_path, after).values())

            await victim.start()
            await listening(victim.port)
            await checked(tmp_path, running.index(victim) + 1, "UP")
            back = queue_round(server, 9, 2)
            await deliver(server, url, 10 * len(RUNNERS))
            assert workers_of(tmp_path, back) == owner
        for worker in running:
            assert await worker.stop() in {0, None}

    conn = await asyncpg.connect(pg_url)
    try:
        rows = await conn.fetch("SELECT user_id, payload::text AS payload FROM events"
                                " WHERE kind = 'meal' AND undone_at IS NULL ORDER BY id")
    finally:
        await conn.close()
    stored = [(r["user_id"], int(m.group(1))) for r in rows if (m := RICE.search(r["payload"]))]
    assert sorted(stored) == [(r, n) for r in RUNNERS for n in range(1, 11)], \
        "a message was lost or stored twice"
    for runner in RUNNERS:
        order = [n for u, n in stored if u == runner]
        assert order == sorted(order), f"runner {runner}'s messages were stored out of order"


class Recorder:
    """A stand-in worker: answers 200 and notes whose update it got."""

    def __init__(self) -> None:
        self.port = free_port()
        self.runners: list[int] = []
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/telegram", self._receive)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _receive(self, request: web.Request) -> web.Response:
        self.runners.append((await request.json())["message"]["from"]["id"])
        return web.Response()


async def test_the_test_servers_by_runner_front_keeps_a_runner_on_one_worker(
        botapi_server: Callable[..., Awaitable[BotApiServer]]) -> None:
    """`BY_RUNNER` (the front above, in the Bot API test server): each of 60 runners on one
    of 3 workers, all used; one stops answering: only its runners move, the others stay put."""
    runners = range(1, 61)  # the workers' ports are random: 60 runners leave none idle
    server = await botapi_server(TOKEN)
    recorders = [Recorder() for _ in range(3)]
    for recorder in recorders:
        await recorder.start()
    delivery = WebhookDelivery(server, [r.url for r in recorders], secret=SECRET,
                               front=BY_RUNNER)
    try:
        queue_round(server, 1, 3, runners)
        stop = asyncio.Event()
        task = asyncio.create_task(delivery.run(stop))
        for _ in range(200):
            if server.pending_updates == 0:
                break
            await asyncio.sleep(0.02)
        owner = {runner: {n for n, r in enumerate(recorders) if runner in r.runners}
                 for runner in runners}
        assert all(len(ns) == 1 for ns in owner.values()), owner
        assert set().union(*owner.values()) == {0, 1, 2}

        gone = next(iter(owner[1]))
        seen = [len(r.runners) for r in recorders]
        await recorders[gone].stop()
        queue_round(server, 4, 2, runners)
        for _ in range(200):
            if server.pending_updates == 0:
                break
            await asyncio.sleep(0.02)
        stop.set()
        await task
        after = {runner: {n for n, r in enumerate(recorders) if runner in r.runners[seen[n]:]}
                 for runner in runners}
        assert all(len(ns) == 1 and gone not in ns for ns in after.values()), after
        assert all(after[r] == owner[r] for r in runners if owner[r] != {gone})
    finally:
        for recorder in recorders:
            await recorder.stop()
