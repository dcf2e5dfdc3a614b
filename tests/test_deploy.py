"""deploy/'s files agree with each other and with the code, read without a Docker engine.

`docker compose up` cannot run here, so the operator's first start is checked on paper: the
compose files parse, every worker reaches the PostgreSQL service with its user and database,
waits for its healthcheck, listens where the proxies dial it (HAProxy for the Telegram webhook,
Caddy for the web server's Strava callback and events), on the paths the code serves, and
counts the workers there are; every variable the compose file demands is in env.example.
(tests/storage/test_runner_front.py runs deploy/haproxy.cfg itself, where haproxy is installed.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from bot.main import ALLOWED_UPDATES
from bot.settings import Settings
from bot.strava.oauth import CALLBACK_PATH, WEBHOOK_PATH
from bot.strava.web import MAX_EVENT_BYTES
from bot.telegram.webhook import PATH

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def compose(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / name).read_text("utf-8"))
    return data


def workers(services: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in services.items() if name.startswith("worker-")}


def block(text: str, opening: str) -> str:
    """What is between `opening` (ending in "{") and the brace that closes it."""
    start = text.index(opening) + len(opening)
    depth = 1
    for at in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[at], 0)
        if depth == 0:
            return text[start:at]
    raise AssertionError(f"{opening!r} is never closed")


def caddy_route(name: str) -> tuple[str, str]:
    """The named matcher `@name` of deploy/Caddyfile (one line each) and its handle block."""
    caddyfile = (DEPLOY / "Caddyfile").read_text("utf-8")
    matcher = "\n".join(line.strip() for line in block(caddyfile, f"@{name} {{").splitlines()
                        if line.strip())
    return matcher, block(caddyfile, f"handle @{name} {{")


def upstreams(handler: str) -> list[str]:
    found = re.search(r"reverse_proxy ([^{]+)\{", handler)
    assert found is not None
    return found.group(1).split()


def haproxy_servers() -> list[str]:
    """The `host:port` of each `server` line of deploy/haproxy.cfg."""
    text = (DEPLOY / "haproxy.cfg").read_text("utf-8")
    return re.findall(r"^    server \S+ (\S+)$", text, re.M)


def worker_ports(services: dict[str, Any], setting: str) -> set[int]:
    return {int(w["environment"][setting]) for w in workers(services).values()}


def with_env(value: str) -> str:
    """`${NAME:?message}` and `$NAME` as an operator's deploy/.env would fill them."""
    return re.sub(r"\$\{(\w+)(:?[?-][^}]*)?\}", lambda m: f"<{m.group(1)}>", value)


class TestWorkersCompose:
    def test_postgres_two_workers_and_the_proxy(self) -> None:
        services = compose("compose.workers.yaml")["services"]
        assert set(services) == {"postgres", "worker-1", "worker-2", "haproxy", "caddy"}
        assert services["postgres"]["image"] == "postgres:15"
        assert {"80:80", "443:443"} <= set(services["caddy"]["ports"])
        for worker in workers(services).values():
            assert "ports" not in worker  # only Caddy reaches them

    def test_each_worker_reaches_the_database_once_it_is_healthy(self) -> None:
        services = compose("compose.workers.yaml")["services"]
        pg = services["postgres"]
        check = " ".join(pg["healthcheck"]["test"])
        assert "pg_isready" in check
        assert f"-U {pg['environment']['POSTGRES_USER']}" in check
        assert f"-d {pg['environment']['POSTGRES_DB']}" in check
        for worker in workers(services).values():
            assert worker["depends_on"]["postgres"]["condition"] == "service_healthy"
            url = urlsplit(with_env(worker["environment"]["RUNFUEL_DATABASE_URL"]))
            assert url.scheme == "postgresql"
            assert (url.hostname, url.port) == ("postgres", 5432)
            assert url.username == pg["environment"]["POSTGRES_USER"]
            assert url.path == f"/{pg['environment']['POSTGRES_DB']}"
            assert url.password == "<POSTGRES_PASSWORD>"  # the one the server gets
            assert pg["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD")

    def test_the_settings_of_a_worker_are_valid_and_count_the_workers(
            self, monkeypatch: pytest.MonkeyPatch) -> None:
        services = compose("compose.workers.yaml")["services"]
        for worker in workers(services).values():
            for key, value in worker["environment"].items():
                monkeypatch.setenv(key, with_env(str(value)))
            monkeypatch.setenv("RUNFUEL_WEBHOOK_URL", f"https://runfuel.example{PATH}")
            settings = Settings(_env_file=None)
            assert settings.workers == len(workers(services))
            assert settings.webhook_listen == "0.0.0.0"
            assert settings.database_url is not None

    def test_caddy_sends_the_webhook_path_to_haproxy_and_haproxy_to_every_worker_port(
            self) -> None:
        services = compose("compose.workers.yaml")["services"]
        matcher, handler = caddy_route("telegram")
        assert matcher.split("\n") == ["method POST", f"path {PATH}"]
        text = (DEPLOY / "haproxy.cfg").read_text("utf-8")
        bind = re.search(r"^    bind :(\d+)$", text, re.M)
        assert bind is not None
        assert upstreams(handler) == [f"haproxy:{bind.group(1)}"]
        assert "max_size 64KB" in handler
        assert haproxy_servers() == [f"{name}:{port}" for name in workers(services)
                                     for port in worker_ports(services, "RUNFUEL_WEBHOOK_PORT")]
        assert f"{{ path {PATH} }}" in text
        assert set(services["caddy"]["depends_on"]) == {"haproxy", *workers(services)}
        assert set(services["haproxy"]["depends_on"]) == set(workers(services))
        assert "./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro" in services["haproxy"][
            "volumes"]
        expose = re.search(r"^EXPOSE (\d+)", (DEPLOY / "Dockerfile").read_text("utf-8"), re.M)
        assert expose is not None
        assert {int(expose.group(1))} == worker_ports(services, "RUNFUEL_WEBHOOK_PORT")

    def test_caddy_sends_stravas_paths_to_every_workers_web_server(
            self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The runner's browser back from Strava and Strava's events reach a worker's web
        server, which listens where Caddy dials it; bodies bounded as the server bounds them."""
        services = compose("compose.workers.yaml")["services"]
        matcher, handler = caddy_route("strava")
        assert matcher.split("\n") == ["method GET POST",
                                        f"path {CALLBACK_PATH} {WEBHOOK_PATH}"]
        ports = worker_ports(services, "RUNFUEL_WEB_PORT")
        assert ports.isdisjoint(worker_ports(services, "RUNFUEL_WEBHOOK_PORT"))
        assert upstreams(handler) == [f"{name}:{port}" for name in workers(services)
                                      for port in ports]
        assert f"max_size {MAX_EVENT_BYTES // 1024}KB" in handler
        for worker in workers(services).values():
            for key, value in worker["environment"].items():
                monkeypatch.setenv(key, with_env(str(value)))
            settings = Settings(_env_file=None)
            assert settings.web_listen == "0.0.0.0" and {settings.web_port} == ports

    def test_haproxy_hashes_the_sender_of_every_kind_of_update_the_bot_asks_for(self) -> None:
        """Each kind in ALLOWED_UPDATES is routed by its sender's id, the runner's lock key,
        read whole ('int'), onto a consistent hash."""
        text = (DEPLOY / "haproxy.cfg").read_text("utf-8")
        kinds = re.findall(r"json_query\('\$\.(\w+)\.from\.id','int'\)", text)
        assert kinds == list(ALLOWED_UPDATES)
        assert re.search(r"^    balance hash var\(txn\.runner\)$", text, re.M)
        assert re.search(r"^    hash-type consistent$", text, re.M)
        assert re.search(r"^    option http-buffer-request$", text, re.M)

    def test_caddy_answers_404_to_any_other_path(self) -> None:
        caddyfile = (DEPLOY / "Caddyfile").read_text("utf-8")
        site = block(caddyfile, "{$RUNFUEL_DOMAIN} {")
        assert re.findall(r"^\thandle( @\w+)? \{", site, re.M) == [" @telegram", " @strava", ""]
        assert block(site, "\thandle {").strip() == "respond 404"

    def test_every_variable_it_demands_is_in_env_example(self) -> None:
        text = (DEPLOY / "compose.workers.yaml").read_text("utf-8")
        demanded = set(re.findall(r"\$\{(\w+):\?", text))
        assert demanded == {"POSTGRES_PASSWORD", "RUNFUEL_DOMAIN"}
        example = (DEPLOY / "env.example").read_text("utf-8")
        for name in demanded | {"RUNFUEL_WEBHOOK_URL", "RUNFUEL_WEBHOOK_SECRET"}:
            assert re.search(rf"^#? ?{name}=", example, re.M), name


def test_the_single_process_compose_keeps_sqlite_in_its_volume() -> None:
    service = compose("compose.yaml")["services"]["runfuel"]
    assert service["environment"]["RUNFUEL_DB"].startswith("/data/")
    assert any(v.endswith(":/data") for v in service["volumes"])


def _compose_client() -> str | None:
    """The docker client, if it is here with its compose plugin (no engine needed)."""
    docker = shutil.which("docker")
    if docker is None:
        return None
    probe = subprocess.run([docker, "compose", "version"], capture_output=True, check=False)
    return docker if probe.returncode == 0 else None


@pytest.mark.parametrize("name", ["compose.yaml", "compose.workers.yaml"])
def test_docker_compose_itself_accepts_the_file(name: str, tmp_path: Path) -> None:
    """`docker compose config` reads the file as the operator's `up` would (interpolation,
    the schema, env_file), with a .env of every setting env.example shows; the client needs
    no engine."""
    docker = _compose_client()
    if docker is None:
        pytest.skip("no docker client with the compose plugin here")
    copy = tmp_path / "deploy"
    shutil.copytree(DEPLOY, copy)
    example = (copy / "env.example").read_text("utf-8")
    (copy / ".env").write_text(re.sub(r"^# ?([A-Z_]+=)", r"\1", example, flags=re.M), "utf-8")
    done = subprocess.run([docker, "compose", "-f", str(copy / name), "config", "--quiet"],
                          capture_output=True, text=True, check=False, cwd=copy)
    assert done.returncode == 0, done.stderr
