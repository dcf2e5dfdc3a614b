"""Benchmark phases in fresh interpreters: nothing one phase leaves behind slows the next.

A child prints one JSON line last; `run_child` returns it with the child's own peak RSS.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def peak_rss_kb() -> int:
    """This process's peak RSS since it started.

    Linux's `ru_maxrss` survives fork and exec: a child of a 500 MB benchmark process would
    report 500 MB. The address space's own high-water mark (VmHWM) starts afresh at exec.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(result: dict[str, Any]) -> None:
    """The child's last line: its result and its peak RSS."""
    print(json.dumps({**result, "maxrss_kb": peak_rss_kb()}))


def run_child(module: str, *args: str) -> dict[str, Any]:
    """`python -m bench.<module> <args>` in a fresh interpreter; its last line, parsed."""
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.{module} {' '.join(args)} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
