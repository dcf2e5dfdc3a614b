"""The dependency direction of STYLE.md §2, checked on the source."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_ENGINE = ("telegram", "aiosqlite", "storage", "bot", "sqlite3", "httpx",
                       "aiohttp")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_engine_imports_no_io_or_adapter() -> None:
    """engine/ never imports Telegram, SQLite, storage or bot: it stays pure."""
    for path in (ROOT / "engine").rglob("*.py"):
        bad = imported_modules(path) & set(FORBIDDEN_IN_ENGINE)
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_only_main_imports_storage() -> None:
    """In bot/, only the composition root wires storage in."""
    for path in (ROOT / "bot").rglob("*.py"):
        if path.name != "main.py":
            assert "storage" not in imported_modules(path), path.name


def test_only_the_telegram_adapter_imports_telegram() -> None:
    """python-telegram-bot is imported in bot/telegram/ and the composition root only."""
    adapter = ROOT / "bot" / "telegram"
    for path in (ROOT / "bot").rglob("*.py"):
        if adapter not in path.parents and path.name != "main.py":
            assert "telegram" not in imported_modules(path), path.relative_to(ROOT)


def test_the_coach_core_loads_without_telegram() -> None:
    """The core behind the console chat and the bot imports no Telegram code at all."""
    code = "import sys, bot.coach, bot.console; print('telegram' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
