"""The `check` gate in front of `pgmig up`, end to end through the CLI against the real server."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from pgmig.cli import cli
from tests.conftest import TestDB, write_migration

UNSAFE_INDEX = "CREATE INDEX orders_customer_id_idx ON orders (customer_id);\n"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def up(db: TestDB, folder: Path, *extra: str, env: dict[str, str] | None = None) -> Result:
    return run("up", "--dsn", db.url, "--dir", str(folder), *extra, env=env)


def applied(db: TestDB) -> list[str]:
    return [r[0] for r in db.query("SELECT name FROM _migrations ORDER BY version")]


def existing_orders(db: TestDB, folder: Path) -> None:
    write_migration(
        folder,
        "001",
        "create_orders",
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\n",
        "DROP TABLE orders;\n",
    )
    assert up(db, folder).exit_code == 0


def test_up_refuses_an_unsafe_pending_migration_with_the_check_message(
    db: TestDB, migrations_dir: Path
) -> None:
    existing_orders(db, migrations_dir)
    path = write_migration(migrations_dir, "002", "orders_customer_idx", UNSAFE_INDEX)

    result = up(db, migrations_dir)

    assert result.exit_code == 1, result.output
    assert f"error[create-index-non-concurrently] {path}:1:1" in result.stderr
    assert "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);" in (
        result.stderr
    )
    assert "nothing was applied" in result.stderr
    assert "pgmig up --allow-unsafe" in result.stderr
    assert applied(db) == ["001_create_orders"]
    assert db.query("SELECT count(*) FROM pg_indexes WHERE tablename = 'orders'")[0][0] == 1
    # the finding is word for word the one `pgmig check` prints
    check = run("check", "--dsn", db.url, "--dir", str(migrations_dir), "--no-color")
    assert check.exit_code == 1
    block = check.output.split("\n\n")[0]
    assert block in result.stderr


def test_allow_unsafe_applies_it_and_records_the_override_in_the_log(
    db: TestDB, migrations_dir: Path
) -> None:
    existing_orders(db, migrations_dir)
    write_migration(migrations_dir, "002", "orders_customer_idx", UNSAFE_INDEX)

    result = up(db, migrations_dir, "--allow-unsafe")

    assert result.exit_code == 0, result.output
    assert "create-index-non-concurrently" in result.stderr  # still told what it accepted
    assert applied(db) == ["001_create_orders", "002_orders_customer_idx"]
    rows = db.query("SELECT version, details FROM _migrations_log WHERE event = 'allow-unsafe'")
    assert len(rows) == 1
    version, details = rows[0]
    details = details if isinstance(details, dict) else json.loads(details)
    assert version == 2
    assert details["rule"] == "create-index-non-concurrently"
    assert details["line"] == 1


def test_an_ignore_directive_in_the_file_lets_the_migration_through(
    db: TestDB, migrations_dir: Path
) -> None:
    existing_orders(db, migrations_dir)
    write_migration(
        migrations_dir,
        "002",
        "orders_customer_idx",
        "-- pgmig:ignore create-index-non-concurrently orders has 40 rows, built at night\n"
        + UNSAFE_INDEX,
    )

    result = up(db, migrations_dir)

    assert result.exit_code == 0, result.output
    assert applied(db)[-1] == "002_orders_customer_idx"


def test_check_on_up_false_turns_the_gate_off(db: TestDB, migrations_dir: Path) -> None:
    existing_orders(db, migrations_dir)
    write_migration(migrations_dir, "002", "orders_customer_idx", UNSAFE_INDEX)

    result = up(db, migrations_dir, env={"PGMIG_CHECK_ON_UP": "false"})

    assert result.exit_code == 0, result.output
    assert applied(db)[-1] == "002_orders_customer_idx"


def test_the_gate_uses_the_live_schema_to_accept_a_safe_type_change(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir, "001", "create_users", "CREATE TABLE users (id int, name varchar(50));\n"
    )
    assert up(db, migrations_dir).exit_code == 0
    # varchar(50) -> varchar(100) is binary-coercible: no rewrite, so the gate lets it through
    write_migration(
        migrations_dir,
        "002",
        "widen_name",
        "ALTER TABLE users ALTER COLUMN name TYPE varchar(100);\n",
    )

    result = up(db, migrations_dir)

    assert result.exit_code == 0, result.output
    assert applied(db)[-1] == "002_widen_name"
