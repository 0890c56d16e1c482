"""helpers.option_enabled: reading boolean options of DefElem lists (REINDEX, VACUUM...)."""

from __future__ import annotations

import json

import pytest
from pglast import parser

from pgmig.analyzer.helpers import option_enabled


def _options(sql: str) -> list[dict[str, object]]:
    stmt = json.loads(parser.parse_sql_json(sql))["stmts"][0]["stmt"]
    fields = next(iter(stmt.values()))
    return list(fields.get("params") or fields.get("options") or [])


@pytest.mark.parametrize(
    ("sql", "name", "expected"),
    [
        ("REINDEX (CONCURRENTLY) INDEX i", "concurrently", True),
        ("REINDEX INDEX CONCURRENTLY i", "concurrently", True),
        ("REINDEX (VERBOSE, CONCURRENTLY true) TABLE t", "concurrently", True),
        ("REINDEX (CONCURRENTLY on) TABLE t", "concurrently", True),
        ("REINDEX (CONCURRENTLY 1) TABLE t", "concurrently", True),
        ("REINDEX (CONCURRENTLY false) INDEX i", "concurrently", False),
        ("REINDEX (CONCURRENTLY OFF) INDEX i", "concurrently", False),
        ("REINDEX (CONCURRENTLY 0) INDEX i", "concurrently", False),
        ("REINDEX (VERBOSE) INDEX i", "concurrently", False),
        ("REINDEX INDEX i", "concurrently", False),
        ("VACUUM FULL t", "full", True),
        ("VACUUM (FULL, ANALYZE) t", "full", True),
        ("VACUUM (FULL false) t", "full", False),
        ("VACUUM (ANALYZE) t", "full", False),
    ],
)
def test_option_enabled_reads_flags_and_boolean_values(sql: str, name: str, expected: bool) -> None:
    assert option_enabled(_options(sql), name) is expected


def test_option_enabled_without_options_is_false() -> None:
    assert option_enabled(None, "concurrently") is False
    assert option_enabled([], "full") is False
