"""Without PostgreSQL the PostgreSQL cases skip on a laptop but fail the run under CI."""

from __future__ import annotations

import pytest

from tests.storage.conftest import reachable_pg_server

NOWHERE = "postgresql://postgres@127.0.0.1:9/test"  # the discard port: nothing listens


class TestWithoutPostgres:
    def test_a_missing_server_skips_the_postgresql_cases(
            self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("RUNFUEL_TEST_DATABASE_URL", NOWHERE)
        monkeypatch.delenv("CI", raising=False)
        with pytest.raises(pytest.skip.Exception, match=r"no PostgreSQL at 127\.0\.0\.1"):
            reachable_pg_server()

    def test_under_ci_a_missing_server_fails_the_run(
            self, monkeypatch: pytest.MonkeyPatch) -> None:
        """CI=true: testing nothing must not pass."""
        monkeypatch.setenv("RUNFUEL_TEST_DATABASE_URL", NOWHERE)
        monkeypatch.setenv("CI", "true")
        with pytest.raises(pytest.fail.Exception, match=r"no PostgreSQL at 127\.0\.0\.1"):
            reachable_pg_server()
