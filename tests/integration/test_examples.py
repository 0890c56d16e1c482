"""The example project (examples/shop) on a real server, driven through the CLI as a user would:
`pgmig up` applies every migration, every down fully undoes its up (the catalog is compared
after each step), `pgmig down --all` leaves only pgmig's state tables, and `pgmig up` applies
everything again.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner, Result

from pgmig.cli import cli
from pgmig.config import load_settings
from pgmig.discovery import discover, load
from pgmig.models import Migration
from tests.conftest import TestDB
from tests.integration.sqlfiles import is_empty, schema_snapshot

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "shop"
CONFIG = EXAMPLE / "pgmig.toml"
# settings the test environment must not leak into the example's own configuration
CLEAN_ENV: dict[str, str | None] = {
    name: None
    for name in (
        "DATABASE_URL",
        "PGMIG_DATABASE_URL",
        "PGMIG_DIR",
        "PGMIG_SCHEMA",
        "PGMIG_TABLE",
        "PGMIG_TEMPLATES_DIR",
        "PGMIG_REQUIRE_DOWN",
        "PGMIG_CHECK_ON_UP",
        "PGMIG_BACKUP_DIR",
    )
}


def example_migrations() -> list[Migration]:
    settings = load_settings(config_path=CONFIG, environ={})
    return discover(settings.dir, require_down=settings.require_down)


def pgmig(db: TestDB | None, *args: str) -> Result:
    """Run a pgmig command on the example project; fails the test if it does not exit 0."""
    target = ["--database-url", db.url] if db is not None else []
    result = CliRunner().invoke(cli, [*args, "--config", str(CONFIG), *target], env=CLEAN_ENV)
    assert result.exit_code == 0, f"pgmig {' '.join(args)}: {result.output}"
    return result


def test_the_example_files_are_valid_and_every_migration_has_a_down() -> None:
    settings = load_settings(config_path=CONFIG, environ={})
    assert settings.dir == EXAMPLE / "migrations"
    assert settings.templates_dir == EXAMPLE / "templates"
    migrations = example_migrations()
    assert len(migrations) >= 15
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert all(len(m.version_text) == 3 for m in migrations)
    loaded = load(migrations, with_up=True, with_down=True)  # raises on any file problem
    no_transaction = [lm.migration.name for lm in loaded if lm.no_transaction]
    assert no_transaction == ["013_posts_published_at_index", "014_orders_open_status_index"]


def test_up_down_all_and_up_again_through_the_cli(db: TestDB) -> None:
    migrations = example_migrations()
    assert is_empty(schema_snapshot(db.url))

    up = pgmig(db, "up")
    assert f"{len(migrations)} migrations applied" in up.output
    full = schema_snapshot(db.url)
    assert {r[1] for r in full["relations"] if r[2] == "r"} == {
        "audit_log",
        "users",
        "profiles",
        "categories",
        "posts",
        "students",
        "courses",
        "enrollments",
        "products",
        "orders",
        "order_items",
    }
    status = pgmig(db, "status", "--exit-code")
    assert f"{len(migrations)} applied, 0 pending" in status.output

    down = pgmig(db, "down", "--all")
    assert f"{len(migrations)} migrations rolled back" in down.output
    assert is_empty(schema_snapshot(db.url))  # only pgmig's own state tables are left
    assert db.tables() == {"_migrations", "_migrations_log"}

    pgmig(db, "up")
    assert schema_snapshot(db.url) == full


def test_every_example_down_restores_the_schema_its_up_started_from(db: TestDB) -> None:
    migrations = example_migrations()
    before: list[dict[str, set[tuple[object, ...]]]] = []
    for m in migrations:
        before.append(schema_snapshot(db.url))
        pgmig(db, "up", "--to", m.version_text)
        assert schema_snapshot(db.url) != before[-1], f"{m.name} changed nothing"

    for m, snapshot in zip(reversed(migrations), reversed(before), strict=True):
        pgmig(db, "down")
        assert schema_snapshot(db.url) == snapshot, f"{m.name}'s down did not undo its up"
    assert is_empty(schema_snapshot(db.url))


def test_the_example_schema_enforces_what_its_comments_promise(db: TestDB) -> None:
    pgmig(db, "up")
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
    pgmig(db, "up")
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
    db: TestDB, tmp_path: Path
) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(EXAMPLE / "migrations", folder)
    pgmig(db, "up", "--dir", str(folder))
    before = schema_snapshot(db.url)

    listing = pgmig(None, "new", "--list-templates")
    assert any(
        line.startswith("audited_table ") and " project " in line
        for line in listing.output.splitlines()
    )
    created = pgmig(None, "new", "create_invoices", "-t", "audited_table", "--dir", str(folder))
    assert created.output.splitlines() == [
        str(folder / "017_create_invoices.up.sql"),
        str(folder / "017_create_invoices.down.sql"),
    ]
    pgmig(db, "up", "--dir", str(folder))
    db.query("INSERT INTO invoices DEFAULT VALUES")
    assert db.query("SELECT operation FROM audit_log WHERE table_name = 'public.invoices'") == [
        ("INSERT",)
    ]
    pgmig(db, "down", "--dir", str(folder))
    assert schema_snapshot(db.url) == before
