"""Test fixtures: a real PostgreSQL through pytest-postgresql, never a mock.

* When a server already listens on ``PGMIG_TEST_HOST:PGMIG_TEST_PORT`` (default 127.0.0.1:5432,
  as on CI and the developer machines), it is used as it is. (Not through ``postgresql_noproc``:
  that fixture creates a shared template database with a fixed name at session start, so two test
  runs on one server collide.)
* Otherwise (a laptop with the PostgreSQL binaries and no server running), ``postgresql_proc``
  starts a throwaway server for the session.

Every test that asks for ``db`` gets a database of its own with a unique name (so several test
runs can share one server), created empty and dropped afterwards.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg
import pytest
from pytest_postgresql import factories
from pytest_postgresql.janitor import DatabaseJanitor

HOST = os.environ.get("PGMIG_TEST_HOST", "127.0.0.1")
PORT = int(os.environ.get("PGMIG_TEST_PORT", "5432"))
USER = os.environ.get("PGMIG_TEST_USER", "postgres")


def _server_running() -> bool:
    try:
        with socket.create_connection((HOST, PORT), timeout=1):
            return True
    except OSError:
        return False


def _pg_ctl() -> str:
    found = shutil.which("pg_ctl") or sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1:]
    if isinstance(found, list):
        if not found:
            pytest.exit(f"no PostgreSQL server on {HOST}:{PORT} and no pg_ctl to start one")
        return found[0]
    return found


if _server_running():

    @pytest.fixture(scope="session")
    def postgresql_server() -> SimpleNamespace:
        return SimpleNamespace(host=HOST, port=PORT, user=USER, password=None)

else:  # pragma: no cover - exercised on laptops without a running server
    postgresql_server = factories.postgresql_proc(executable=_pg_ctl(), port=None)


@dataclass
class TestDB:
    """A throwaway database: its libpq URL and a helper to run SQL on it."""

    __test__ = False  # not a test class

    host: str
    port: int
    user: str
    dbname: str
    password: str | None = None

    @property
    def url(self) -> str:
        auth = self.user if not self.password else f"{self.user}:{self.password}"
        return f"postgresql://{auth}@{self.host}:{self.port}/{self.dbname}"

    def connect(self, **kwargs: Any) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url, autocommit=True, **kwargs)

    def query(self, sql: str, params: Any = None) -> list[tuple[Any, ...]]:
        with self.connect() as conn:
            cur = conn.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def tables(self, schema: str = "public") -> set[str]:
        rows = self.query("SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,))
        return {r[0] for r in rows}


@pytest.fixture
def db(request: pytest.FixtureRequest) -> Iterator[TestDB]:
    proc = request.getfixturevalue("postgresql_server")
    name = "pgmig_test_" + uuid.uuid4().hex[:12]
    janitor = DatabaseJanitor(
        user=proc.user,
        host=proc.host,
        port=proc.port,
        dbname=name,
        password=proc.password,
    )
    with janitor:
        yield TestDB(proc.host, int(proc.port), proc.user, name, proc.password)


@pytest.fixture
def migrations_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    return folder


def write_migration(
    folder: Path, version: str, slug: str, up: str, down: str | None = None
) -> Path:
    """Write a migration pair; returns the up file's path."""
    up_path = folder / f"{version}_{slug}.up.sql"
    up_path.write_text(up, encoding="utf-8")
    if down is not None:
        (folder / f"{version}_{slug}.down.sql").write_text(down, encoding="utf-8")
    return up_path
