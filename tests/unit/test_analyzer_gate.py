"""The gate `pgmig up` uses: error-level, unsuppressed findings of pending migrations."""

from __future__ import annotations

from pathlib import Path

from pgmig.analyzer import gate_findings, render_gate
from pgmig.config import Settings
from pgmig.discovery import discover, load
from tests.conftest import write_migration


def loaded(folder: Path) -> list:  # type: ignore[type-arg]
    return load(discover(folder))


def test_gate_returns_only_error_level_unsuppressed_findings(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "ok", "CREATE TABLE t (a int);\nCREATE INDEX ON t (a);")
    write_migration(migrations_dir, "002", "bad", "CREATE INDEX orders_a_idx ON orders (a);")
    write_migration(
        migrations_dir,
        "003",
        "accepted",
        "-- pgmig:ignore create-index-non-concurrently 30 rows\nCREATE INDEX ON small (a);",
    )
    found = gate_findings(loaded(migrations_dir), Settings(), 15)
    assert [(f.path.name, f.rule, f.line) for f in found] == [
        ("002_bad.up.sql", "create-index-non-concurrently", 1)
    ]
    lowered = Settings(rules={"create-index-non-concurrently": "warning"})
    assert gate_findings(loaded(migrations_dir), lowered, 15) == []


def test_gate_targets_the_server_version_unless_configured(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "enum", "ALTER TYPE mood ADD VALUE 'x';")
    assert gate_findings(loaded(migrations_dir), Settings(), 15) == []
    assert len(gate_findings(loaded(migrations_dir), Settings(), 11)) == 1
    assert gate_findings(loaded(migrations_dir), Settings(postgres_version=15), 11) == []


def test_gate_message_names_the_findings_and_how_to_proceed(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "002", "bad", "CREATE INDEX orders_a_idx ON orders (a);")
    text = render_gate(gate_findings(loaded(migrations_dir), Settings(), 15))
    assert text.startswith(
        "pgmig up: 1 error-level check finding in 1 pending migration; nothing was applied."
    )
    assert "error[create-index-non-concurrently]" in text
    assert "CREATE INDEX CONCURRENTLY orders_a_idx ON orders (a);" in text
    assert "check_on_up = false" in text
