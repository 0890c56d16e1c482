"""`pgmig check` with a named database: schema facts, the server's version, --pending."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pgmig.analyzer.catalog import load_live_catalog
from pgmig.cli import cli
from tests.conftest import TestDB, write_migration

SCHEMA = """
CREATE SCHEMA app;
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN plain_text AS text;
CREATE TABLE app."Orders" (
    id bigint PRIMARY KEY,
    code varchar(20) NOT NULL,
    qty positive_int,
    note text COLLATE "C",
    CONSTRAINT code_nn CHECK (code IS NOT NULL AND length(code) > 0)
);
ALTER TABLE app."Orders" ADD CONSTRAINT qty_nn CHECK (qty IS NOT NULL) NOT VALID;
CREATE INDEX orders_lower_code_idx ON app."Orders" (lower(code)) WHERE note IS NOT NULL;
CREATE TABLE events (id bigint, at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;
CREATE FUNCTION app.next_code() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'x' $$;
"""


def run(*args: str) -> Result:
    env = {"PGMIG_DATABASE_URL": "", "DATABASE_URL": "", "NO_COLOR": ""}
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()


def test_live_catalog_reads_the_facts_of_the_mentioned_objects(db: TestDB) -> None:
    with db.connect() as conn:
        conn.execute(SCHEMA)
        catalog = load_live_catalog(
            conn, ['ALTER TABLE app."Orders" ADD c positive_int; SELECT app.next_code()', "events"]
        )
    assert catalog.online and catalog.server_version == 15
    orders = catalog.relation("app", "Orders")
    assert orders is not None and orders.relkind == "r"
    assert orders.columns["code"].type == "character varying(20)"
    assert orders.columns["note"].collation == "C"
    assert catalog.not_null_proven("app", "Orders", "code") is not None
    assert catalog.not_null_proven("app", "Orders", "qty") is None  # NOT VALID proves nothing
    assert {"code", "note"} <= orders.indexed_columns
    assert [(i.name, i.columns, i.partial) for i in orders.indexes] == [
        ("Orders_pkey", ("id",), False),
        ("orders_lower_code_idx", (None,), True),
    ]
    events = catalog.relation("public", "events")
    assert events is not None and events.is_partitioned
    assert events.partitions == (("public", "events_2026"), ("public", "events_other"))
    assert events.default_partition == ("public", "events_other")
    domain = catalog.domain("public", "positive_int")
    assert domain is not None and domain.has_constraints
    assert domain.used_by == (("app", "Orders", "qty"),)
    assert catalog.function_volatility("app", "next_code") == "s"
    assert catalog.relation("public", "plain_text") is None  # a type, not a relation
    assert catalog.relation("public", "unmentioned") is None


def test_named_database_gives_the_server_version_and_schema_aware_suggestions(
    db: TestDB, tmp_path: Path
) -> None:
    with db.connect() as conn:
        conn.execute(SCHEMA)
    f = tmp_path / "x.sql"
    f.write_text("CREATE INDEX events_at_idx ON events (at);\n")
    r = run("check", "--database-url", db.url, str(f))
    assert r.exit_code == 1, r.output
    assert "CREATE INDEX events_at_idx ON ONLY events (at);" in r.stdout
    assert "ATTACH PARTITION events_2026_at_idx;" in r.stdout
    assert "target PostgreSQL 15 (the server's version), with the live schema." in r.stdout
    offline = run("check", "--database-url", db.url, "--offline", str(f))
    assert "offline." in offline.stdout and "ON ONLY" not in offline.stdout


def test_pending_analyses_only_migrations_not_applied(db: TestDB, migrations_dir: Path) -> None:
    with db.connect() as conn:
        conn.execute("CREATE TABLE orders (id bigint, status text)")
        conn.execute(
            "CREATE TABLE _migrations (version bigint PRIMARY KEY, name text, error text, "
            "statements_done int, statements_total int)"
        )
        conn.execute("INSERT INTO _migrations VALUES (1, 'a', NULL, NULL, NULL)")
        conn.execute("INSERT INTO _migrations VALUES (3, 'c', 'boom', 1, 2)")
    for version in ("001", "002", "003"):
        write_migration(migrations_dir, version, f"m{version}", "CREATE INDEX ON orders (status);")
    r = run("check", "--pending", "--dir", str(migrations_dir), "--database-url", db.url)
    assert r.exit_code == 1
    assert "001_m001" not in r.stdout
    assert "002_m002.up.sql:1:1" in r.stdout and "003_m003.up.sql:1:1" in r.stdout
    assert "--pending: 1 applied migration skipped, 2 analysed" in r.output


def test_pending_on_a_database_without_state_table_analyses_everything(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    r = run("check", "--pending", "--dir", str(migrations_dir), "--database-url", db.url)
    assert r.exit_code == 0, r.output
    assert "0 applied migrations skipped, 1 analysed" in r.output


def test_pending_without_a_named_database_is_a_usage_error(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    r = run("check", "--pending", "--dir", str(migrations_dir))
    assert r.exit_code == 2 and "--pending needs a database" in r.output


def test_unreachable_named_database_exits_5_without_showing_the_password(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_text("SELECT 1;")
    r = run("check", "--database-url", "postgresql://app:s3cret@127.0.0.1:1/prod", str(f))
    assert r.exit_code == 5
    assert "s3cret" not in r.output and "cannot connect" in r.output


def test_libpq_defaults_alone_never_make_check_connect(
    db: TestDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGHOST", db.host)
    monkeypatch.setenv("PGPORT", str(db.port))
    monkeypatch.setenv("PGDATABASE", db.dbname)
    monkeypatch.setenv("PGUSER", db.user)
    f = tmp_path / "x.sql"
    f.write_text("SELECT 1;")
    r = run("check", str(f))
    assert r.exit_code == 0 and r.stdout.rstrip().endswith("offline.")
