"""The built-in templates produce SQL that PostgreSQL runs, and each down undoes its up."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pgmig import scaffold
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
