"""`runfuel backup` for PostgreSQL: `pg_dump`, PostgreSQL's own consistent online dump.

pg_dump reads one snapshot (one transaction), so the dump is consistent while workers write.
The custom format is compressed and restored with `pg_restore`. The password never reaches the
command line (other users can read a process's arguments): it goes to pg_dump in PGPASSWORD.
A `search_path` in the URL (one schema of a shared database) becomes `--schema`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from storage.db import StorageError


class PgDumpMissing(StorageError):
    """pg_dump is not installed where runfuel runs."""


def pg_dump_command(url: str, target: Path) -> tuple[list[str], dict[str, str]]:
    """The pg_dump arguments and extra environment that write `url`'s database to `target`."""
    parts = urlsplit(url)
    env: dict[str, str] = {}
    netloc = parts.netloc
    if parts.password is not None:
        env["PGPASSWORD"] = parts.password
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}@{host}"
    query = parse_qsl(parts.query)
    schemas = [v for k, v in query if k == "search_path"]
    kept = urlencode([(k, v) for k, v in query if k != "search_path"])
    dsn = urlunsplit(("postgresql", netloc, parts.path, kept, ""))
    args = ["--format=custom", f"--file={target}", *(f"--schema={s}" for s in schemas),
            f"--dbname={dsn}"]
    return args, env


def pg_backup(url: str, target: Path) -> None:
    """Dump the database at `url` to `target` (created 0600: it holds health data)."""
    program = shutil.which("pg_dump")
    if program is None:
        raise PgDumpMissing(
            "pg_dump was not found on PATH: install the PostgreSQL client tools (Debian and "
            "Ubuntu: apt install postgresql-client; the same major version as the server or "
            "newer), or run pg_dump where they are")
    args, env = pg_dump_command(url, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch(mode=0o600)
    target.chmod(0o600)
    done = subprocess.run(  # noqa: S603 - pg_dump found on PATH, arguments built above
        [program, *args], env={**os.environ, **env}, capture_output=True, text=True,
        check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise StorageError(f"pg_dump failed: {done.stderr.strip().splitlines()[-1:]}")
