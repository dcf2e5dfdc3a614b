"""`make bench`: run every benchmark module and write docs/benchmarks.md.

Each `bench/bench_*.py` exposes `run() -> list[dict]` with rows
`{"name", "value", "unit", "goal", "ok"}`. Figures are recorded with the machine they ran on.
`python -m bench bench_parser ...` runs just those modules and only prints: the file always
holds one whole run. The hand-written sections from `## Reading this run` on are kept.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "benchmarks.md"
MANUAL = "## Reading this run"  # from this heading on, docs/benchmarks.md is written by hand


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    partial = bool(argv)
    rows: list[tuple[str, dict[str, Any]]] = []
    failed: list[str] = []
    for name in names:
        started = time.perf_counter()
        print(f"running {name} ...", flush=True)
        try:  # one broken module must not cost the figures of all the others
            module_rows = importlib.import_module(f"bench.{name}").run()
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        for row in module_rows:
            rows.append((name, row))
            mark = "ok" if row["ok"] else "MISSED"
            print(f"  {row['name']}: {row['value']:,.3g} {row['unit']} "
                  f"(goal {row['goal']}) {mark}")
        print(f"  ({time.perf_counter() - started:.1f} s)")
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`); rerun it whenever a change could move "
        "a figure.",
        "",
        f"- Run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}",
        "",
        "| benchmark | figure | value | goal | met |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, row in rows:
        value = f"{row['value']:,.3g} {row['unit']}"
        lines.append(f"| {name.removeprefix('bench_')} | {row['name']} | {value} | "
                     f"{row['goal']} | {'yes' if row['ok'] else '**no**'} |")
    lines += [
        "",
        "Reading the PTB rows: AIORateLimiter is in force in both runs, as in production. At",
        "Telegram's free rate (~30 messages/s) every reply waits its turn, and no bot can answer",
        "300 updates/s. The goal rows use the paid rate (`RUNFUEL_PAID_BROADCAST=true`, up to",
        "1,000 messages/s, 0.1 Star each; see docs/operations.md).",
    ]
    if failed:
        lines += ["", f"Failed to run (no figures): {', '.join(failed)}."]
    notes = [row.get("note") for _, row in rows if row.get("note")]
    if notes:
        lines += ["", "Notes:", ""] + [f"- {n}" for n in notes]
    if partial:
        print(f"(a partial run: {OUT.relative_to(ROOT)} left as it was)")
        return 1 if failed else 0
    old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    manual = old[old.index(MANUAL):] if MANUAL in old else ""
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n" + ("\n" + manual if manual else ""), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
