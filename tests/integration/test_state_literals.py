"""The state and log rows that travel with COMMIT are SQL text, not parameters: every value must
reach the server exactly as given, whatever ``standard_conforming_strings`` is."""

from __future__ import annotations

import pytest

from pgmig.db.state import StateStore, StateTables
from tests.conftest import TestDB

AWKWARD = "it's a \\back\\slash, a \"quote\", {braces} %(name)s %s, ü ∑ 🐘 and \\x41 \\'"


@pytest.mark.parametrize("conforming", ["on", "off"])
def test_state_and_log_rows_round_trip_awkward_values(db: TestDB, conforming: str) -> None:
    tables = StateTables('s%"{x}', 'T%(v)s"{}')
    store = StateStore(tables, actor=AWKWARD + "@host", pgmig_version="1.0'\\")
    details = {"why": AWKWARD, "n": 3, "ok": True, "nested": {"k": ["a'b", "c\\d"]}}
    with db.connect() as conn:
        store.ensure(conn)
        conn.execute(f"SET standard_conforming_strings = {conforming}")
        conn.execute("SET escape_string_warning = on")
        with conn.transaction():
            conn.execute(
                store.insert_sql(
                    version=7,
                    name=AWKWARD,
                    checksum="c'\\",
                    duration_ms=1.25,
                    transactional=False,
                    done=2,
                    total=5,
                    details=details,
                )
            )
        row = conn.execute(
            "SELECT version, name, checksum, duration_ms, applied_by, pgmig_version, "
            'transactional, statements_done, statements_total FROM "s%""{x}"."T%(v)s""{}"'
        ).fetchone()
        assert row == (7, AWKWARD, "c'\\", 1.25, AWKWARD + "@host", "1.0'\\", False, 2, 5)
        conn.execute(store.delete_sql(7, "rollback", duration_ms=float("nan")))
        log = conn.execute(
            'SELECT event, name, actor, duration_ms::text, details FROM "s%""{x}"."T%(v)s""{}_log" '
            "ORDER BY id"
        ).fetchall()
    assert log == [
        ("apply", AWKWARD, AWKWARD + "@host", "1.25", details),
        ("rollback", AWKWARD, AWKWARD + "@host", "NaN", None),
    ]
