"""SQL text rendering of the state rows (no database; the round trip is in
tests/integration/test_state_literals.py)."""

from __future__ import annotations

import pytest

from pgmig.db.state import StateStore, StateTables, sql_ident, sql_literal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "NULL"),
        (True, "true"),
        (False, "false"),
        (42, "42"),
        (-3, "-3"),
        (1.5, "1.5"),
        (1e20, "1e+20"),
        (float("nan"), "'NaN'"),
        (float("inf"), "'Infinity'"),
        (float("-inf"), "'-Infinity'"),
        ("plain", "'plain'"),
        ("it's", "'it''s'"),
        ("a\\b", "E'a\\\\b'"),
        ("a\\'b", "E'a\\\\''b'"),
        ("ü 🐘", "'ü 🐘'"),
        ({"b": 1, "a": "x'y"}, '\'{"a": "x\'\'y", "b": 1}\'::jsonb'),
    ],
)
def test_sql_literal(value: object, expected: str) -> None:
    assert sql_literal(value) == expected


def test_sql_literal_refuses_what_postgresql_cannot_store() -> None:
    with pytest.raises(ValueError, match="NUL"):
        sql_literal("a\x00b")
    with pytest.raises(TypeError, match="bytes"):
        sql_literal(b"x")


def test_identifiers_are_always_quoted() -> None:
    assert sql_ident("public", "_migrations") == '"public"."_migrations"'
    assert sql_ident('we"ird') == '"we""ird"'


def test_insert_and_delete_sql_name_both_tables() -> None:
    store = StateStore(StateTables("ops", "mig"), actor="deploy@ci", pgmig_version="1.2.3")
    text = store.insert_sql(
        version=1, name="001_x", checksum="abc", duration_ms=2.0, transactional=True
    )
    assert text.startswith('WITH s AS (INSERT INTO "ops"."mig" (')
    assert "VALUES (1, '001_x', 'abc', 2.0, 'deploy@ci', '1.2.3', true, NULL, NULL)" in text
    assert 'INSERT INTO "ops"."mig_log" (' in text and "SELECT 'apply', version" in text
    delete = store.delete_sql(1, "rollback", duration_ms=0.5)
    assert delete.startswith('WITH s AS (DELETE FROM "ops"."mig" WHERE version = 1 ')
    assert "SELECT 'rollback', version, name, checksum, 'deploy@ci', '1.2.3', 0.5, NULL" in delete
