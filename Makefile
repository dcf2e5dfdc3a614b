# Everything goes through the project's own virtualenv, created on first use from
# constraints.txt (pinned versions), so `make run` and `make test` work on a fresh machine
# that has only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bench]'
	touch $@

## Start the Telegram bot (or, without TELEGRAM_BOT_TOKEN, the console chat).
run: $(STAMP)
	$(BIN)/runfuel run

## Run the whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest -q

## ruff and mypy, as in CI.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## Run every benchmark and write docs/benchmarks.md.
bench: $(BENCH_STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
