"""The example project (examples/shop) on a real server: every up applies, every down fully undoes
its up (the catalog is compared after each step), and everything applies again afterwards.

The files are applied the way pgmig's runner applies them (see tests/integration/sqlfiles.py):
one transaction per file, statement by statement, autocommit for `-- pgmig:no-transaction`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from pgmig import scaffold
from pgmig.config import load_settings
from pgmig.discovery import discover, load
from pgmig.models import Migration
from tests.conftest import TestDB
from tests.integration.sqlfiles import apply_file, is_empty, schema_snapshot

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "shop"


def example_migrations() -> list[Migration]:
    settings = load_settings(config_path=EXAMPLE / "pgmig.toml", environ={})
    return discover(settings.dir, require_down=settings.require_down)


def apply_all(url: str, migrations: list[Migration]) -> None:
    for m in migrations:
        apply_file(url, m.up_path)


def test_the_example_files_are_valid_and_every_migration_has_a_down() -> None:
    settings = load_settings(config_path=EXAMPLE / "pgmig.toml", environ={})
    assert settings.dir == EXAMPLE / "migrations"
    assert settings.templates_dir == EXAMPLE / "templates"
    migrations = example_migrations()
    assert len(migrations) >= 15
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert all(len(m.version_text) == 3 for m in migrations)
    loaded = load(migrations, with_up=True, with_down=True)  # raises on any file problem
    no_transaction = [lm.migration.name for lm in loaded if lm.no_transaction]
    assert no_transaction == ["013_posts_published_at_index", "014_orders_open_status_index"]


def test_every_example_down_restores_the_schema_its_up_started_from(db: TestDB) -> None:
    migrations = example_migrations()
    before: list[dict[str, set[tuple[object, ...]]]] = []
    for m in migrations:
        before.append(schema_snapshot(db.url))
        apply_file(db.url, m.up_path)
        assert schema_snapshot(db.url) != before[-1], f"{m.name} changed nothing"
    full = schema_snapshot(db.url)

    for m, snapshot in zip(reversed(migrations), reversed(before), strict=True):
        assert m.down_path is not None
        apply_file(db.url, m.down_path)
        assert schema_snapshot(db.url) == snapshot, f"{m.down_path.name} did not undo its up"
    assert is_empty(schema_snapshot(db.url))

    apply_all(db.url, migrations)
    assert schema_snapshot(db.url) == full


def test_the_example_schema_enforces_what_its_comments_promise(db: TestDB) -> None:
    apply_all(db.url, example_migrations())
    with db.connect() as conn:
        [(uid,)] = conn.execute(
            "INSERT INTO users (email, display_name) VALUES ('Ada@example.com', 'Ada') RETURNING id"
        ).fetchall()
        conn.execute("INSERT INTO profiles (user_id, bio) VALUES (%s, 'hi')", (uid,))
        with pytest.raises(psycopg.errors.UniqueViolation):  # 1:1
            conn.execute("INSERT INTO profiles (user_id) VALUES (%s)", (uid,))
        with pytest.raises(psycopg.errors.UniqueViolation):  # case-insensitive email
            conn.execute(
                "INSERT INTO users (email, display_name) VALUES ('ada@EXAMPLE.com', 'Ada 2')"
            )
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("INSERT INTO users (email, display_name) VALUES ('nope', 'x')")

        [(cat,)] = conn.execute(
            "INSERT INTO categories (name, slug) VALUES ('News', 'news') RETURNING id"
        ).fetchall()
        with pytest.raises(psycopg.errors.CheckViolation):  # published needs published_at
            conn.execute(
                "INSERT INTO posts (category_id, author_id, title, status) "
                "VALUES (%s, %s, 't', 'published')",
                (cat, uid),
            )

        [(sid,)] = conn.execute(
            "INSERT INTO students (full_name, email) VALUES ('Bo', 'bo@example.com') RETURNING id"
        ).fetchall()
        [(cid,)] = conn.execute(
            "INSERT INTO courses (code, title, credits, capacity) "
            "VALUES ('CS101', 'Intro', 5, 30) RETURNING id"
        ).fetchall()
        conn.execute("INSERT INTO enrollments (student_id, course_id) VALUES (%s, %s)", (sid, cid))
        with pytest.raises(psycopg.errors.UniqueViolation):  # composite primary key
            conn.execute(
                "INSERT INTO enrollments (student_id, course_id) VALUES (%s, %s)", (sid, cid)
            )

        [(pid,)] = conn.execute(
            "INSERT INTO products (sku, name, price) VALUES ('SKU-0001', 'Mug', 9.50) RETURNING id"
        ).fetchall()
        [(oid,)] = conn.execute(
            "INSERT INTO orders (user_id) VALUES (%s) RETURNING id", (uid,)
        ).fetchall()
        conn.execute(
            "INSERT INTO order_items (order_id, product_id, quantity, unit_price) "
            "VALUES (%s, %s, 3, 9.50)",
            (oid, pid),
        )
        assert conn.execute("SELECT subtotal FROM order_items").fetchall() == [(28.50,)]
        assert conn.execute("SELECT item_count, total FROM order_totals").fetchall() == [(1, 28.50)]

        conn.execute("UPDATE products SET created_at = created_at - interval '1 day'")
        [(created, updated)] = conn.execute(
            "SELECT created_at, updated_at FROM products"
        ).fetchall()
        assert updated > created

        audited = conn.execute(
            "SELECT table_name, operation, new_row->>'sku' FROM audit_log "
            "WHERE table_name = 'public.products' ORDER BY id"
        ).fetchall()
        assert audited == [
            ("public.products", "INSERT", "SKU-0001"),
            ("public.products", "UPDATE", "SKU-0001"),
        ]


def test_the_orders_policy_shows_a_session_only_its_own_orders(db: TestDB) -> None:
    apply_all(db.url, example_migrations())
    role = "pgmig_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(db.url) as conn:  # one transaction, rolled back: the role never exists
        ids = [
            conn.execute(
                "INSERT INTO users (email, display_name) VALUES (%s, 'u') RETURNING id",
                (f"u{i}@example.com",),
            ).fetchall()[0][0]
            for i in range(2)
        ]
        for uid in ids:
            conn.execute("INSERT INTO orders (user_id) VALUES (%s)", (uid,))
        conn.execute(f"CREATE ROLE {role} NOLOGIN")
        conn.execute(f"GRANT SELECT, INSERT ON orders TO {role}")
        conn.execute(f"GRANT SELECT ON order_totals, order_items TO {role}")
        conn.execute(f"SET LOCAL ROLE {role}")
        assert conn.execute("SELECT count(*) FROM orders").fetchall() == [(0,)]
        conn.execute("SELECT set_config('app.user_id', %s, true)", (str(ids[0]),))
        assert conn.execute("SELECT user_id FROM orders").fetchall() == [(ids[0],)]
        assert conn.execute("SELECT user_id FROM order_totals").fetchall() == [(ids[0],)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO orders (user_id) VALUES (%s)", (ids[1],))
        conn.rollback()


def test_the_example_project_template_scaffolds_an_audited_table(
    db: TestDB, migrations_dir: Path
) -> None:
    apply_all(db.url, example_migrations())
    before = schema_snapshot(db.url)
    settings = load_settings(
        {"dir": migrations_dir}, config_path=EXAMPLE / "pgmig.toml", environ={}
    )
    listing = scaffold.list_templates(settings.templates_dir)
    assert listing.get("audited_table") is not None
    assert listing.get("audited_table").source == "project"  # type: ignore[union-attr]

    result = scaffold.new(
        "create_invoices",
        settings=settings,
        template="audited_table",
        now=datetime(2025, 1, 1, tzinfo=UTC),
        author="test",
    )
    assert result.warnings == []
    apply_file(db.url, result.up_path)
    db.query("INSERT INTO invoices DEFAULT VALUES")
    assert db.query("SELECT operation FROM audit_log WHERE table_name = 'public.invoices'") == [
        ("INSERT",)
    ]
    apply_file(db.url, result.down_path)
    after = schema_snapshot(db.url)
    assert after == before
