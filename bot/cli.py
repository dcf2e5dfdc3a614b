"""The `runfuel` command: bot, chat, parse, import, migrate, balance, backup (cli-contract.md),
set-webhook (several workers), and Strava's set-up: strava-subscribe, secret-key.

Thin: argparse, then one call into the core. Exit status: 0 when the command ran, 2 for a
usage error, 1 for anything else with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Coroutine, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from pydantic import ValidationError

USAGE_ERROR = 2


class UsageError(Exception):
    """Bad arguments: exit status 2."""


_T = TypeVar("_T")


def _run(coroutine: Coroutine[Any, Any, _T]) -> _T:
    """asyncio.run, imported only by the commands that need it: `parse` starts faster."""
    import asyncio  # noqa: PLC0415

    return asyncio.run(coroutine)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runfuel", description="A Telegram coach for runners who want to keep muscle.")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("bot", help="run the Telegram bot (TELEGRAM_BOT_TOKEN from the environment)")

    run = sub.add_parser("run", help="the bot when TELEGRAM_BOT_TOKEN is set, else the console")
    run.add_argument("--db", type=Path, help="SQLite file (default: RUNFUEL_DB or runfuel.db)")

    chat = sub.add_parser("chat", help="talk to the coach in the terminal")
    chat.add_argument("--script", type=Path, help="replay dated messages on a simulated clock")
    chat.add_argument("--json", action="store_true", help="print the conversation as JSON")
    chat.add_argument("--db", type=Path, help="SQLite file (default: RUNFUEL_DB or runfuel.db;"
                                              " a throw-away file with --script)")
    chat.add_argument("--user", type=int, default=1, help="user id (default 1)")

    parse = sub.add_parser("parse", help="parse a message as the bot would, storing nothing")
    parse.add_argument("text", nargs="?", help="the message")
    parse.add_argument("--stdin", action="store_true", help="one message per line, JSON Lines out")
    parse.add_argument("--json", action="store_true")
    parse.add_argument("--weight-kg", type=float, default=70.0)
    parse.add_argument("--now", help="ISO time the message arrived (default: now)")
    parse.add_argument("--tz", default="UTC", help="IANA time zone (default UTC)")

    imp = sub.add_parser("import", help="read a .fit/.gpx/.tcx file (optionally .gz); with "
                                        "--user, log it as the bot does")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--weight-kg", type=float,
                     help="weight for the estimate when only reading (default 70)")
    imp.add_argument("--user", type=int, help="log the file for this user, replacing an entry "
                                              "of the same session instead of counting it twice")
    imp.add_argument("--db", type=Path, help="SQLite file for --user (default: "
                                             "RUNFUEL_DATABASE_URL, else RUNFUEL_DB or runfuel.db)")

    sub.add_parser("migrate", help="apply migrations to the configured database and exit")

    bal = sub.add_parser("balance", help="one local day of a stored user")
    bal.add_argument("--db", type=Path, help="SQLite file (default: RUNFUEL_DATABASE_URL)")
    bal.add_argument("--user", type=int, required=True)
    bal.add_argument("--date", type=date.fromisoformat)
    bal.add_argument("--json", action="store_true")

    subscribe = sub.add_parser("strava-subscribe", help="register Strava's push subscription "
                               "(the bot must be running at RUNFUEL_PUBLIC_URL to answer)")
    subscribe.add_argument("--delete", action="store_true", help="remove it instead")
    sub.add_parser("secret-key", help="print a new RUNFUEL_SECRET_KEY (Strava tokens' key)")

    hook = sub.add_parser("set-webhook", help="point Telegram at RUNFUEL_WEBHOOK_URL (for "
                                              "several workers behind one address)")
    hook.add_argument("--max-connections", type=int, choices=range(1, 101), metavar="1-100",
                      help="requests Telegram sends at once (default "
                           "RUNFUEL_WEBHOOK_MAX_CONNECTIONS, 40)")
    hook.add_argument("--drop-pending-updates", action="store_true",
                      help="discard the updates Telegram holds for the bot")

    backup = sub.add_parser("backup", help="consistent online copy of the database")
    backup.add_argument("path", type=Path)
    backup.add_argument("--db", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # PTB 22 opt-in to timedelta values (else every 429 answer raises a deprecation warning).
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    try:
        return _dispatch(args)
    except UsageError as e:
        print(f"runfuel: {e}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 0
    except BrokenPipeError:  # `runfuel parse ... | head`: the reader left, nothing to report
        sys.stderr.close()
        return 0
    except Exception as e:
        print(f"runfuel: {type(e).__name__}: {e}".splitlines()[0], file=sys.stderr)
        return 1


def _settings() -> Any:
    from bot.settings import Settings  # noqa: PLC0415 - parse/import need no settings

    try:
        return Settings()
    except ValidationError as e:
        first = e.errors()[0]
        name = "TELEGRAM_BOT_TOKEN" if "token" in str(first["loc"]).lower() else first["loc"]
        raise UsageError(f"{name}: {first['msg']}") from None


def _dispatch(args: argparse.Namespace) -> int:
    match args.command:
        case "bot":
            return _bot()
        case "run":
            settings = _settings()
            if settings.telegram_token is None:
                print("TELEGRAM_BOT_TOKEN is not set: starting the console chat on the same "
                      "coach and database instead.", file=sys.stderr)
                return _run(_chat_interactive(args.db or settings.database_path, 1))
            return _bot()
        case "chat":
            return _chat(args)
        case "parse":
            return _parse(args)
        case "import":
            return _import(args) if args.user is None else _run(_import_for(args))
        case "migrate":
            return _migrate()
        case "balance":
            return _run(_balance(args, _balance_database(args.db)))
        case "set-webhook":
            return _set_webhook(args)
        case "backup":
            return _backup(args)
        case "strava-subscribe":
            return _run(_strava_subscribe(delete=args.delete))
        case "secret-key":
            from bot.strava.crypto import new_key  # noqa: PLC0415

            print(new_key())
            return 0
    raise UsageError(f"unknown command {args.command}")


def _bot() -> int:
    from bot.main import run_bot  # noqa: PLC0415 - keeps `runfuel parse` start-up light

    settings = _settings()
    if settings.telegram_token is None:
        raise UsageError("TELEGRAM_BOT_TOKEN is not set. Get one from @BotFather; see README.")
    if settings.webhook_url and settings.webhook_secret is None:
        raise UsageError("RUNFUEL_WEBHOOK_SECRET is required with RUNFUEL_WEBHOOK_URL")
    run_bot(settings)
    return 0


# ------------------------------------------------------------------------------- chat


def _chat(args: argparse.Namespace) -> int:
    if args.script is None:
        db = args.db or _settings().database_path
        return _run(_chat_interactive(db, args.user))
    from bot.console import read_script  # noqa: PLC0415

    try:
        lines = read_script(args.script.read_text("utf-8").splitlines())
    except ValueError as e:
        raise UsageError(str(e)) from None
    transcript = _run(_chat_script(args.db, args.user, lines))
    if args.json:
        print(json.dumps(transcript, ensure_ascii=False, indent=2))
    else:
        from bot.console import render  # noqa: PLC0415

        for line in render(transcript):
            print(line)
    return 0


async def _chat_script(db_path: Path | None, user_id: int, lines: list[Any]) -> list[Any]:
    import tempfile  # noqa: PLC0415

    from bot.console import SimulatedClock, run_script  # noqa: PLC0415
    from bot.main import open_coach  # noqa: PLC0415

    clock = SimulatedClock(datetime.now(UTC))
    if db_path is not None:
        async with open_coach(db_path, clock) as coach:
            return await run_script(coach, clock, user_id, lines)
    with tempfile.TemporaryDirectory() as tmp:
        async with open_coach(Path(tmp) / "chat.db", clock) as coach:
            return await run_script(coach, clock, user_id, lines)


async def _chat_interactive(db_path: Path, user_id: int) -> int:
    from bot.console import interactive  # noqa: PLC0415
    from bot.main import open_coach  # noqa: PLC0415

    async with open_coach(db_path) as coach:
        await interactive(coach, user_id)
    return 0


# ------------------------------------------------------------------------------- parse


def _parse(args: argparse.Namespace) -> int:
    from bot.preview import Previewer  # noqa: PLC0415

    if args.stdin == (args.text is not None):
        raise UsageError("give either TEXT or --stdin")
    try:
        tz = ZoneInfo(args.tz)
        now = datetime.fromisoformat(args.now) if args.now else datetime.now(UTC)
    except (ValueError, KeyError) as e:
        raise UsageError(f"bad --tz or --now: {e}") from None
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    if not 20 <= args.weight_kg <= 300:
        raise UsageError("--weight-kg must be between 20 and 300")
    previewer = Previewer(tz=tz, weight_kg=args.weight_kg)
    if args.stdin:
        out = sys.stdout
        for line in sys.stdin:
            text = line.rstrip("\n")
            out.write(json.dumps(previewer.preview(text, now.astimezone(UTC)),
                                 ensure_ascii=False) + "\n")
        return 0
    result = previewer.preview(args.text, now.astimezone(UTC))
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else result["reply"])
    return 0


# ------------------------------------------------------------------------------- import


def _import(args: argparse.Namespace) -> int:
    """Read only: the file's events for a runner of --weight-kg, nothing stored."""
    from bot.contract import event_json  # noqa: PLC0415
    from bot.formatting import describe_event, to_plain  # noqa: PLC0415
    from engine.errors import CoachError  # noqa: PLC0415
    from engine.watchfiles import read_activity_file  # noqa: PLC0415

    path = args.file
    data = _read_upload(path)
    try:
        events = read_activity_file(data, path.name, mass_kg=args.weight_kg or 70.0)
    except CoachError as e:
        raise RuntimeError(e.user_message) from None
    utc = ZoneInfo("UTC")
    if args.json:
        print(json.dumps({"file": str(path), "events": [event_json(e, utc) for e in events]},
                         ensure_ascii=False, indent=2))
    else:
        for event in events:
            print(to_plain("\n".join(describe_event(event, utc))))
    return 0


def _read_upload(path: Path) -> bytes:
    from engine.watchfiles import MAX_FILE_BYTES  # noqa: PLC0415

    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    with path.open("rb") as file:  # the bot's download cap: a bigger file is refused
        return file.read(MAX_FILE_BYTES + 1)


async def _import_for(args: argparse.Namespace) -> int:
    """Log the file for --user through the coach, as the bot logs a sent file (one copy)."""
    from bot.coach import Incoming  # noqa: PLC0415
    from bot.contract import event_json  # noqa: PLC0415
    from bot.formatting import to_plain  # noqa: PLC0415
    from bot.main import open_coach  # noqa: PLC0415

    if args.weight_kg is not None:
        raise UsageError("--weight-kg is for reading only: with --user the runner's own "
                         "weight is used")
    path = args.file
    data = _read_upload(path)
    async with open_coach(_store_database(args.db)) as coach:
        msg = Incoming(user_id=args.user, chat_id=args.user, text="", received_at=coach.clock())
        imported = await coach.import_activity(msg, data, path.name)
        record = await coach.stores.users.get(args.user)
    reply = "\n\n".join(to_plain(r.text) for r in imported.replies)
    if imported.refused:
        raise RuntimeError(reply)
    if args.json:
        tz = ZoneInfo(record.profile.tz if record is not None else "UTC")
        print(json.dumps({"file": str(path), "events": [event_json(e, tz) for e in imported.events],
                          "user": args.user, "replaced": list(imported.replaced),
                          "reply": reply}, ensure_ascii=False, indent=2))
    else:
        print(reply)
    return 0


def _store_database(db: Path | None) -> Path | str:
    """--db, else RUNFUEL_DATABASE_URL, else RUNFUEL_DB: where the bot itself would log."""
    if db is not None:
        return db
    settings = _settings()
    if settings.database_url is not None:
        return str(settings.database_url.get_secret_value())
    return Path(settings.database_path)


# ------------------------------------------------------------------------------- balance


def _balance_database(db: Path | None) -> Path | str:
    """--db, else RUNFUEL_DATABASE_URL: balance only reads a database that exists."""
    if db is None:
        url = _settings().database_url
        if url is None:
            raise UsageError("give --db FILE, or set RUNFUEL_DATABASE_URL")
        return str(url.get_secret_value())
    if not db.exists():
        raise UsageError(f"no database at {db}")
    return db


async def _balance(args: argparse.Namespace, database: Path | str) -> int:
    from bot.contract import balance_json  # noqa: PLC0415
    from bot.main import open_coach  # noqa: PLC0415
    from engine.errors import CoachError  # noqa: PLC0415

    async with open_coach(database) as coach:
        try:
            balance = await coach.balance_for(args.user, args.date)
            record = await coach.stores.users.get(args.user)
            units = record.profile.units if record is not None else "metric"
        except CoachError as e:
            raise RuntimeError(e.user_message) from None
    data = balance_json(balance, units)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return 0


def _migrate() -> int:
    from bot.main import migrate, settings_database  # noqa: PLC0415

    settings = _settings()
    where = ("PostgreSQL (RUNFUEL_DATABASE_URL)" if settings.database_url is not None
             else str(settings.database_path))
    version = _run(migrate(settings_database(settings)))
    print(f"{where}: schema version {version}")
    return 0


async def _strava_subscribe(*, delete: bool) -> int:
    from bot.strava.app import missing, strava_config  # noqa: PLC0415
    from bot.strava.subscription import ensure_subscription, remove_subscription  # noqa: PLC0415

    settings = _settings()
    config = strava_config(settings)
    if config is None:
        raise UsageError(f"Strava is not set up: {', '.join(missing(settings))} not set "
                         "(docs/operations.md)")
    print(await (remove_subscription(config) if delete else ensure_subscription(config)))
    return 0


def _set_webhook(args: argparse.Namespace) -> int:
    from bot.main import set_webhook  # noqa: PLC0415

    settings = _settings()
    try:
        connections = _run(set_webhook(settings, max_connections=args.max_connections,
                                       drop_pending_updates=args.drop_pending_updates))
    except ValueError as e:
        raise UsageError(str(e)) from None
    print(f"webhook set: {settings.webhook_url} (up to {connections} connections at once)")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from bot.main import backup  # noqa: PLC0415

    if args.db is None and (url := _settings().database_url) is not None:
        from bot.main import backup_postgres  # noqa: PLC0415

        backup_postgres(url.get_secret_value(), args.path)
        print(f"backed up PostgreSQL (RUNFUEL_DATABASE_URL) to {args.path} with pg_dump; "
              "restore with pg_restore")
        return 0
    source = Path(args.db or _settings().database_path)
    if not source.exists():
        raise UsageError(f"no database at {source}")
    _run(backup(source, args.path))
    print(f"backed up {source} to {args.path}")
    return 0
