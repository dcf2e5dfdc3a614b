"""Benchmark: the coach core on PostgreSQL with 1, 2 and 4 worker processes (issue 18).

Goal (issue 18): 2 and 4 workers recorded; on 2 cores, 4 workers do at least 0.9x the messages
a second of one; each worker holds at most 40 connections and 350 MB.

bench_workers sends through the Bot API test server, so its rate is the per-chat send limit's;
this one is bound by the CPU. Each worker is a process of its own with a real `Coach` over
`storage/postgres`, every message its runner's unit of work (`bot/units.py`), as the webhook
worker runs it. The driver delivers bench_core's traffic (its runners, history and texts, here
2,000 runners) as the webhook does: each message to the next worker in turn (round-robin, so a
runner's messages land on every worker and each worker must notice the others' writes), one
message at a time per runner, up to `IN_FLIGHT` messages per worker at once: Telegram's
`max_connections` (setWebhook) is one number for the whole bot, so this is the load of
`max_connections` 8 for 1 worker and 32 for 4. At one `max_connections` of 8 for 4 workers the
proxy (Caddy's `round_robin`, `deploy/`) would hand each about 2 at once: that load (`SHARED`,
8 in flight in all) is measured too for 4 workers and recorded beside the ratio. Every runner's
first message goes first, untimed, and then a /today of theirs to each other worker, so that
every worker has met every runner, as in a bot that has been running a while (and as the one
worker of the 1-worker run has); then `MESSAGES` are timed. Each worker count runs on its
own copy of one prepared database (bench_core_pg's `load_history`: history, every runner's
summaries planned; CREATE DATABASE ... TEMPLATE), on the server of
`RUNFUEL_BENCH_DATABASE_URL`, which shares the machine's cores with the workers.

The front of deploy/ (deploy/haproxy.cfg) sends each runner's updates to one worker instead
(a consistent hash of the sender's id): 2 and 4 workers are measured that way too (`by-runner`),
each runner's first message going to its own worker and no other worker meeting them, so no
worker keeps another's runners or catches up after another's writes; the bar's ratio is this
front's 4 workers over the 1 worker (whose runs are the same either way). Which worker a
runner gets is a rendezvous hash of its id (`owner`), as the test server's `BY_RUNNER` front:
not HAProxy's hash, but as uneven (2,000 runners over 4 workers: within a few % of 500 each).

Other load on the machine moves the rates; what each message costs moves less, so the timed
part also counts each worker's round trips to the server (asyncpg's query logger) and the CPU
time of the workers and of the server processes serving them (/proc), per message; and what
the workers did about each other's writes: the units that found their kept runner behind and
caught it up with the events the unit's start brought (`Units`, `Runners.catch_up`), those
events, and the runners read afresh (their window's query, `RELOAD`), per message.

Run: `.venv/bin/python -m bench bench_core_workers`
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sys
import time
import uuid
from collections import Counter, deque
from collections.abc import Sequence
from typing import Any

import asyncpg

from bench.bench_core import START, Traffic, prepare
from bench.bench_core_pg import IN_FLIGHT, SERVER, _database_url, load_history, server_cpu
from bench.child import peak_rss_kb, report, run_child
from bot.coach import Coach, Incoming
from bot.main import build_coach, tune_gc
from bot.units import Units
from engine.events import StoredEvent
from engine.food import FoodTable
from storage.postgres import PgDatabase

USERS = 2_000
MESSAGES = 4_000
WORKERS = (1, 2, 4)
GOAL_RATIO = 0.9
MAX_CONNECTIONS = 40
MAX_RSS_MB = 350
#: Messages in flight in all, for the recorded run of 4 workers at one `max_connections` of 8.
SHARED = IN_FLIGHT
ROUND_ROBIN = "round-robin"
BY_RUNNER = "by-runner"


def _traffic() -> list[Any]:
    return Traffic(USERS).messages(MESSAGES, START)


#: The opening words (`Tally`) of the query that reads a runner afresh (`EventStore.summaries`).
RELOAD = "SELECT id, kind, at, sums,"


class Caught:
    """The coach as its `Units` see it, counting the kept runners caught up after another
    worker's writes and the events they folded in."""

    def __init__(self, coach: Coach) -> None:
        self.coach = coach
        self.runners = 0
        self.events = 0

    def forget_runner(self, user_id: int) -> None:
        self.coach.forget_runner(user_id)

    def catch_up_runner(self, user_id: int, since: int | None,
                        changes: Sequence[StoredEvent] | None) -> None:
        self.runners += 1
        self.events += len(changes or ())
        self.coach.catch_up_runner(user_id, since, changes)

    def settle_runner(self, user_id: int, rev: int) -> None:
        self.coach.settle_runner(user_id, rev)


class Tally:
    """What a worker spent: its CPU seconds and its round trips to the server (statements
    sent, a simple query of several counting once), by the statement's opening words."""

    def __init__(self) -> None:
        self.trips: Counter[str] = Counter()

    async def watch(self, conn: asyncpg.Connection) -> None:
        conn.add_query_logger(self._log)

    def _log(self, query: Any) -> None:
        self.trips[re.sub(r"\d+", "#", " ".join(query.query.split()[:5]))[:60]] += 1

    def read(self, caught: Caught) -> dict[str, Any]:
        return {"cpu_s": time.process_time(), "trips": dict(self.trips),
                "caught_up": caught.runners, "folded": caught.events}


async def worker(url: str) -> None:
    """One worker: handles the message numbers read from stdin, answers each when done; on
    `stat`, prints its CPU time and round trips so far."""
    tally = Tally()
    db = PgDatabase(url, init=tally.watch)
    await db.open()
    msgs = _traffic()
    latest = [START]
    coach = build_coach(db, lambda: latest[0], FoodTable.load())
    caught = Caught(coach)
    units = Units(db.unit, caught)
    coach.foods.prepare()  # as a worker starting (`bot/main.py`): no runner waits for it
    tune_gc()
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    tasks: set[asyncio.Task[None]] = set()
    connections = 0

    async def handle(n: int, meet: bool) -> None:
        nonlocal connections
        msg = msgs[n]
        if meet:  # the runner's /today: this worker now keeps them, as one running a while
            msg = Incoming(msg.user_id, msg.chat_id, "/today", msg.received_at)
        latest[0] = max(latest[0], msg.received_at)
        async with units.of(msg.user_id):
            replies = await coach.handle_text(msg)
        connections = max(connections, db.pool.get_size())
        sys.stdout.write(f"{n} {int(bool(replies))}\n")
        sys.stdout.flush()

    print("ready", flush=True)
    while (line := (await reader.readline()).decode().strip()) != "end":
        if line == "stat":
            await asyncio.gather(*tasks)
            print(json.dumps(tally.read(caught)), flush=True)
            continue
        task = asyncio.create_task(handle(int(line.lstrip("t")), line.startswith("t")))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await asyncio.gather(*tasks)
    await db.close()
    report({"connections": connections})


def owner(user_id: int, count: int) -> int:
    """The worker of `count` that a by-runner front gives `user_id` (rendezvous hashing)."""
    return max(range(count), key=lambda index: hashlib.blake2b(
        f"{index} {user_id}".encode(), digest_size=8).digest())


class Workers:
    """N worker processes on one database, fed round-robin (or each runner to its `owner`),
    one message per runner at once: up to `IN_FLIGHT` a worker, or with `shared`, that many
    in flight in all."""

    def __init__(self, procs: list[asyncio.subprocess.Process], shared: int | None) -> None:
        self.procs = procs
        self.shared = shared
        self.answered = 0

    @classmethod
    async def start(cls, url: str, count: int, shared: int | None = None) -> Workers:
        procs = [await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.bench_core_workers", "worker", url,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE) for _ in range(count)]
        for p in procs:
            assert p.stdout is not None
            if (await p.stdout.readline()).strip() != b"ready":
                raise RuntimeError("a worker did not start")
        return cls(procs, shared)

    async def deliver_by_runner(self, numbers: range, msgs: list[Any]) -> None:
        """Deliver these messages, each to its runner's `owner`, up to `IN_FLIGHT` a worker;
        returns once every one is answered."""
        queues: list[deque[int]] = [deque() for _ in self.procs]
        for n in numbers:
            queues[owner(msgs[n].user_id, len(self.procs))].append(n)
        busy: set[int] = set()
        flying = [0] * len(self.procs)
        done: asyncio.Queue[tuple[int, int]] = asyncio.Queue()
        readers = [asyncio.create_task(self._read(i, done)) for i in range(len(self.procs))]
        left = len(numbers)
        try:
            while left:
                for index, waiting in enumerate(queues):
                    blocked: deque[int] = deque()
                    while waiting and flying[index] < IN_FLIGHT:
                        n = waiting.popleft()
                        if msgs[n].user_id in busy:  # its runner's previous message is not done
                            blocked.append(n)
                            continue
                        busy.add(msgs[n].user_id)
                        flying[index] += 1
                        stdin = self.procs[index].stdin
                        assert stdin is not None
                        stdin.write(f"{n}\n".encode())
                    waiting.extendleft(reversed(blocked))
                index, n = await done.get()
                flying[index] -= 1
                busy.discard(msgs[n].user_id)
                left -= 1
        finally:
            for r in readers:
                r.cancel()
            await asyncio.gather(*readers, return_exceptions=True)

    async def deliver(self, numbers: range, msgs: list[Any], *, meet: int = 0) -> None:
        """Deliver these messages round-robin; returns once every one is answered.

        With `meet`, message n's runner instead sends /today to worker (n + meet) mod N.
        """
        waiting = deque(numbers)
        busy: set[int] = set()
        flying = [0] * len(self.procs)
        turn = 0
        done: asyncio.Queue[tuple[int, int]] = asyncio.Queue()
        readers = [asyncio.create_task(self._read(i, done)) for i in range(len(self.procs))]
        left = len(waiting)
        try:
            while left:
                blocked: deque[int] = deque()
                while waiting and (self.shared is None or sum(flying) < self.shared):
                    n = waiting[0]
                    index = (n + meet if meet else turn) % len(self.procs)
                    if self.shared is None and flying[index] >= IN_FLIGHT:
                        break
                    waiting.popleft()
                    if msgs[n].user_id in busy:  # its runner's previous message is not done
                        blocked.append(n)
                        continue
                    turn += 1
                    busy.add(msgs[n].user_id)
                    flying[index] += 1
                    stdin = self.procs[index].stdin
                    assert stdin is not None
                    stdin.write(f"{'t' if meet else ''}{n}\n".encode())
                waiting.extendleft(reversed(blocked))
                index, n = await done.get()
                flying[index] -= 1
                busy.discard(msgs[n].user_id)
                left -= 1
        finally:
            for r in readers:
                r.cancel()
            await asyncio.gather(*readers, return_exceptions=True)

    async def _read(self, index: int, done: asyncio.Queue[tuple[int, int]]) -> None:
        stdout = self.procs[index].stdout
        assert stdout is not None
        while line := await stdout.readline():
            n, answered = map(int, line.split())
            self.answered += answered
            done.put_nowait((index, n))

    async def stats(self) -> list[dict[str, Any]]:
        """Each worker's CPU time and round trips so far (`Tally`)."""
        out = []
        for p in self.procs:
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write(b"stat\n")
            await p.stdin.drain()
            out.append(json.loads(await p.stdout.readline()))
        return out

    async def stop(self) -> list[dict[str, Any]]:
        results = []
        for p in self.procs:
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write(b"end\n")
            await p.stdin.drain()
            out, _ = await p.communicate()
            results.append(json.loads(out.decode().strip().splitlines()[-1]))
        return results


def spent(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> tuple[float, float]:
    """Workers' CPU seconds and round trips between two `Workers.stats`."""
    cpu = sum(a["cpu_s"] - b["cpu_s"] for b, a in zip(before, after, strict=True))
    trips = sum(sum(a["trips"].values()) - sum(b["trips"].values())
                for b, a in zip(before, after, strict=True))
    return cpu, trips


async def measure(url: str, count: int, shared: int | None = None,
                  front: str = ROUND_ROBIN) -> dict[str, Any]:
    """Every runner's first message (untimed), then round-robin a /today of theirs to each
    other worker (untimed: every worker has met every runner, as in a bot running for a
    while, and as the one worker of the 1-worker run has), then MESSAGES timed, on `count`
    workers (`IN_FLIGHT` a worker, or `shared` in all); by runner, every message to its
    runner's worker, who alone meets them."""
    msgs = _traffic()
    workers = await Workers.start(url, count, shared)
    by_runner = front == BY_RUNNER

    async def deliver(numbers: range) -> None:
        if by_runner:
            await workers.deliver_by_runner(numbers, msgs)
        else:
            await workers.deliver(numbers, msgs)

    try:
        await deliver(range(USERS))
        for meet in range(1, 1 if by_runner else count):
            await workers.deliver(range(USERS), msgs, meet=meet)
        workers.answered = 0
        admin = await asyncpg.connect(url)
        try:
            before, server_before = await workers.stats(), await server_cpu(admin)
            began, driver_began = time.perf_counter(), time.process_time()
            await deliver(range(USERS, USERS + MESSAGES))
            rate = MESSAGES / (time.perf_counter() - began)
            driver = time.process_time() - driver_began
            after, server_after = await workers.stats(), await server_cpu(admin)
        finally:
            await admin.close()
        answered = workers.answered
    finally:
        stats = await workers.stop()
    cpu, trips = spent(before, after)
    caught_up = sum(a["caught_up"] - b["caught_up"] for b, a in zip(before, after, strict=True))
    folded = sum(a["folded"] - b["folded"] for b, a in zip(before, after, strict=True))
    server = sum(t - server_before.get(pid, 0.0) for pid, t in server_after.items())
    shapes: Counter[str] = Counter()
    for b, a in zip(before, after, strict=True):
        shapes.update(a["trips"])
        shapes.subtract(b["trips"])
    return {"rate": rate, "answered": answered,
            "worker_cpu_ms": 1000 * cpu / MESSAGES, "server_cpu_ms": 1000 * server / MESSAGES,
            "driver_cpu_ms": 1000 * driver / MESSAGES,
            "trips": trips / MESSAGES,
            "shapes": {k: v / MESSAGES for k, v in shapes.most_common() if v},
            "caught_up": caught_up / MESSAGES, "folded": folded / MESSAGES,
            "reloads": sum(v for k, v in shapes.items() if k.startswith(RELOAD)) / MESSAGES,
            "connections": max(s["connections"] for s in stats),
            "rss_mb": max(s["maxrss_kb"] for s in stats) / 1024}


#: Each measured run: its key in the results, the workers, messages in flight in all (None:
#: `IN_FLIGHT` a worker) and the front.
Run = tuple[str, int, int | None, str]
RUNS: list[Run] = [
    *[(str(c), c, None, ROUND_ROBIN) for c in WORKERS],
    ("shared", WORKERS[-1], SHARED, ROUND_ROBIN),
    *[(f"{c} {BY_RUNNER}", c, None, BY_RUNNER) for c in WORKERS[1:]]]


async def scenario(runs: Sequence[Run] = RUNS) -> dict[str, Any]:
    """A prepared database, copied once per run; each run measured on its copy (`runs` may
    name a key several times: the results are then lists, in order)."""
    admin = await asyncpg.connect(SERVER)
    template = f"runfuel_bench_{uuid.uuid4().hex[:12]}"
    copies: list[str] = []
    await admin.execute(f'CREATE DATABASE "{template}"')
    try:
        db = PgDatabase(_database_url(template))
        await db.open()
        try:
            coach = build_coach(db, lambda: START, FoodTable.load())
            await prepare(coach, USERS)
            await load_history(coach, db, USERS)
        finally:
            await db.close()
        results: dict[str, list[dict[str, Any]]] = {}
        for n, (key, count, shared, front) in enumerate(runs):
            copies.append(f"{template}_{n}")
            await admin.execute(f'CREATE DATABASE "{copies[-1]}" TEMPLATE "{template}"')
            results.setdefault(key, []).append(
                await measure(_database_url(copies[-1]), count, shared, front))
            await admin.execute(f'DROP DATABASE "{copies.pop()}" WITH (FORCE)')
        return {"results": {k: v[0] if len(v) == 1 else v for k, v in results.items()},
                "driver_rss_mb": peak_rss_kb() / 1024}
    finally:
        for name in [*copies, template]:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def run() -> list[dict[str, Any]]:
    """Throughput rows for 1, 2 and 4 workers, the ratio, connections and RSS per worker."""
    name = "core e2e on PostgreSQL, workers"
    try:
        results = run_child("bench_core_workers", "scenario")["results"]
    except RuntimeError as e:
        return [{"name": name, "value": 0, "unit": "msg/s", "goal": "recorded", "ok": False,
                 "note": f"no run: {str(e).splitlines()[-1]}"}]
    rows: list[dict[str, Any]] = []
    for count in WORKERS:
        r = results[str(count)]
        rows.append({"name": f"core e2e, {USERS:,} users, PostgreSQL, {count} worker"
                             f"{'s' if count > 1 else ''} (round-robin, {IN_FLIGHT} in flight a "
                             "worker): throughput",
                     "value": round(r["rate"]), "unit": "msg/s", "goal": "recorded",
                     "ok": r["answered"] == MESSAGES})
    shared = results["shared"]
    rows.append({"name": f"core e2e, {USERS:,} users, PostgreSQL, {WORKERS[-1]} workers "
                         f"(round-robin, {SHARED} in flight in all: one max_connections of "
                         f"{SHARED}, ~{SHARED // WORKERS[-1]} a worker): throughput",
                 "value": round(shared["rate"]), "unit": "msg/s", "goal": "recorded",
                 "ok": shared["answered"] == MESSAGES,
                 "note": f"{WORKERS[-1]} workers, {SHARED} in flight in all: "
                         f"{shared['rate'] / results['1']['rate']:.2f}x the 1 worker with "
                         f"{IN_FLIGHT} in flight (the same max_connections); "
                         f"{shared['worker_cpu_ms']:.2f} ms in the worker processes + "
                         f"{shared['server_cpu_ms']:.2f} ms in the PostgreSQL processes serving "
                         f"them, per timed message; {shared['trips']:.2f} round trips"})
    for count in WORKERS[1:]:
        r = results[f"{count} {BY_RUNNER}"]
        rows.append({"name": f"core e2e, {USERS:,} users, PostgreSQL, {count} workers (by runner, "
                             f"{IN_FLIGHT} in flight a worker): throughput",
                     "value": round(r["rate"]), "unit": "msg/s", "goal": "recorded",
                     "ok": r["answered"] == MESSAGES})
    for key in [*map(str, WORKERS), *(f"{c} {BY_RUNNER}" for c in WORKERS[1:])]:
        r = results[key]
        count = int(key.split()[0])
        label = (f"{count} worker{'s' if count > 1 else ''}"
                 f"{' (by runner)' if BY_RUNNER in key else ''}")
        rows.append({"name": f"core e2e, PostgreSQL, {label}"
                             ": round trips per message (statements; load-independent)",
                     "value": round(r["trips"], 2), "unit": "", "goal": "recorded", "ok": True})
        rows.append({"name": f"core e2e, PostgreSQL, {label}"
                             ": runners read afresh per message (load-independent)",
                     "value": round(r["reloads"], 3), "unit": "", "goal": "recorded", "ok": True,
                     "note": f"{label}: per timed message, {r['caught_up']:.2f} units "
                             f"found their kept runner behind (another worker wrote since) and "
                             f"caught it up with the {r['folded']:.2f} events its start brought;"
                             f" {r['reloads']:.3f} runners read afresh"})
        rows.append({"name": f"core e2e, PostgreSQL, {label}: CPU per message, workers + server",
                     "value": round(r["worker_cpu_ms"] + r["server_cpu_ms"], 2), "unit": "ms",
                     "goal": "recorded", "ok": True,
                     "note": f"{label}: {r['worker_cpu_ms']:.2f} ms in the worker "
                             f"processes + {r['server_cpu_ms']:.2f} ms in the PostgreSQL "
                             "processes serving them, per timed message (and "
                             f"{r['driver_cpu_ms']:.2f} ms in the driver feeding them)"})
    one = results["1"]["rate"]
    four, four_by_runner = results[str(WORKERS[-1])]["rate"], results[
        f"{WORKERS[-1]} {BY_RUNNER}"]["rate"]
    rows.append({"name": f"core e2e, PostgreSQL: {WORKERS[-1]} workers / 1 worker on this "
                         f"machine's cores, {IN_FLIGHT} in flight a worker, round-robin",
                 "value": round(four / one, 2), "unit": "x",
                 "goal": "recorded (deploy/ routes by runner, below)", "ok": True})
    rows.append({"name": f"core e2e, PostgreSQL: {WORKERS[-1]} workers / 1 worker on this "
                         f"machine's cores, {IN_FLIGHT} in flight a worker, by runner "
                         "(deploy/haproxy.cfg)",
                 "value": round(four_by_runner / one, 2), "unit": "x",
                 "goal": f">= {GOAL_RATIO}x", "ok": four_by_runner / one >= GOAL_RATIO})
    connections = max(r["connections"] for r in results.values())
    rows.append({"name": "core e2e, PostgreSQL workers: connections per worker (most)",
                 "value": connections, "unit": "", "goal": f"<= {MAX_CONNECTIONS}",
                 "ok": connections <= MAX_CONNECTIONS})
    rss = max(r["rss_mb"] for r in results.values())
    rows.append({"name": "core e2e, PostgreSQL workers: peak RSS per worker (most)",
                 "value": round(rss), "unit": "MB", "goal": f"<= {MAX_RSS_MB} MB",
                 "ok": rss <= MAX_RSS_MB})
    rows[0]["note"] = (
        f"core e2e on PostgreSQL, workers: 1, 2 and 4 worker processes, each a Coach over "
        f"storage/postgres, every message its runner's unit of work; {USERS:,} runners with "
        f"bench_core's history and texts, delivered round-robin as the webhook does (one at a "
        f"time per runner, up to {IN_FLIGHT} per worker at once: Telegram's max_connections "
        f"is one number for the bot, so this is the load of max_connections {IN_FLIGHT} for "
        f"1 worker and {IN_FLIGHT * WORKERS[-1]} for {WORKERS[-1]}; {WORKERS[-1]} workers "
        f"with {SHARED} in flight in all recorded too); every runner's first "
        f"message and a /today of theirs to each other worker untimed (every worker has met "
        f"every runner), then {MESSAGES:,} timed; and 2 and 4 workers by runner, as "
        f"deploy/haproxy.cfg routes (each runner's messages, the first untimed, to one worker "
        f"chosen by a hash of its id); the server on the same cores; one run each.")
    return rows


def main(argv: list[str]) -> int:
    """Child entry points: `scenario` (prints one JSON line) and `worker <url>`."""
    if argv[:1] == ["worker"]:
        asyncio.run(worker(argv[1]))
    elif argv[:1] == ["scenario"]:
        report(asyncio.run(scenario()))
    else:
        for row in run():
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
