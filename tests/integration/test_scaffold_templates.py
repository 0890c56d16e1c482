"""The built-in templates produce SQL that PostgreSQL runs, and each down undoes its up."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from pgmig import scaffold
from pgmig.cli import cli
from pgmig.config import Settings
from tests.conftest import TestDB
from tests.integration.sqlfiles import apply_file, is_empty, schema_snapshot

NOW = datetime(2025, 3, 14, 15, 9, 26, tzinfo=UTC)


def _new(folder: Path, slug: str, template: str, **variables: str) -> scaffold.NewResult:
    return scaffold.new(
        slug,
        settings=Settings(dir=folder),
        template=template,
        variables=variables,
        now=NOW,
        author="test",
    )


def test_table_template_up_creates_a_working_table_and_down_removes_it(
    db: TestDB, migrations_dir: Path
) -> None:
    before = schema_snapshot(db.url)
    result = _new(migrations_dir, "create_orders", "table")
    apply_file(db.url, result.up_path)

    after = schema_snapshot(db.url)
    assert {r[1] for r in after["relations"]} == {"orders", "orders_pkey", "orders_id_seq"}
    assert {r[1] for r in after["functions"]} == {"set_updated_at"}
    assert len(after["triggers"]) == 1
    assert db.tables() == {"orders"}
    db.query("INSERT INTO orders DEFAULT VALUES")
    db.query("UPDATE orders SET created_at = created_at - interval '1 day'")
    [(created, updated)] = db.query("SELECT created_at, updated_at FROM orders")
    assert updated > created  # the trigger moved updated_at forward

    apply_file(db.url, result.down_path)
    assert schema_snapshot(db.url) == before
    assert is_empty(before)


def test_table_template_down_keeps_set_updated_at_while_another_table_uses_it(
    db: TestDB, migrations_dir: Path
) -> None:
    users = _new(migrations_dir, "create_users", "table")
    posts = _new(migrations_dir, "create_posts", "table")
    apply_file(db.url, users.up_path)
    after_users = schema_snapshot(db.url)
    apply_file(db.url, posts.up_path)

    apply_file(db.url, posts.down_path)
    assert schema_snapshot(db.url) == after_users
    assert db.query("SELECT to_regprocedure('set_updated_at()') IS NOT NULL") == [(True,)]

    apply_file(db.url, users.down_path)
    assert is_empty(schema_snapshot(db.url))


def test_table_index_and_column_templates_apply_and_roll_back_in_a_schema(
    db: TestDB, migrations_dir: Path
) -> None:
    db.query("CREATE SCHEMA shop")
    before = schema_snapshot(db.url)
    pairs = [
        _new(migrations_dir, "create_order", "table", table="shop.Order"),
        _new(migrations_dir, "order_note", "column", table="shop.Order", column="note"),
        _new(
            migrations_dir,
            "order_note_idx",
            "index",
            table="shop.Order",
            columns="note, created_at DESC",
        ),
    ]
    snapshots = []
    for pair in pairs:
        snapshots.append(schema_snapshot(db.url))
        apply_file(db.url, pair.up_path)

    [(indexdef, valid)] = db.query(
        "SELECT pg_get_indexdef(indexrelid), indisvalid FROM pg_index "
        "WHERE indrelid = 'shop.\"Order\"'::regclass AND NOT indisprimary"
    )
    assert valid
    assert indexdef == (
        'CREATE INDEX order_note_created_at_desc_idx ON shop."Order" '
        "USING btree (note, created_at DESC)"
    )
    assert db.query("SELECT to_regprocedure('shop.set_updated_at()') IS NOT NULL") == [(True,)]

    for pair, snapshot in zip(reversed(pairs), reversed(snapshots), strict=True):
        apply_file(db.url, pair.down_path)
        assert schema_snapshot(db.url) == snapshot, pair.down_path.name
    assert schema_snapshot(db.url) == before


def test_init_new_up_and_down_all_work_end_to_end_from_the_cli(
    db: TestDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "PGMIG_DATABASE_URL", "PGMIG_DIR", "PGMIG_TEMPLATES_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", db.url)

    def pgmig(*args: str) -> str:
        result = CliRunner().invoke(cli, list(args))
        assert result.exit_code == 0, f"pgmig {' '.join(args)}: {result.output}"
        return result.output

    pgmig("init")
    pgmig("new", "create_orders", "-t", "table")
    pgmig("new", "orders_note", "-t", "column", "--var", "table=orders", "--var", "column=note")
    pgmig("new", "orders_note_idx", "-t", "index", "--var", "table=orders", "--var", "columns=note")
    assert "3 migrations applied" in pgmig("up")
    assert db.tables() == {"orders", "_migrations", "_migrations_log"}
    assert db.query("SELECT indexname FROM pg_indexes WHERE tablename = 'orders' ORDER BY 1") == [
        ("orders_note_idx",),
        ("orders_pkey",),
    ]
    assert "3 migrations rolled back" in pgmig("down", "--all")
    assert is_empty(schema_snapshot(db.url))
