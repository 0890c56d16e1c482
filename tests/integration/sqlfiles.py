"""Helpers for integration tests that run migration files and compare schemas.

:func:`apply_file` runs a migration file the way pgmig's runner does (one transaction per file,
statement by statement in the order pgmig.parsing splits them; autocommit, one statement at a
time, for a ``-- pgmig:no-transaction`` file). :func:`schema_snapshot` lists every user object
of a database (pgmig's own state tables excluded) so that "a down fully undoes its up" can be
asserted as snapshot equality.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg

from pgmig.parsing import parse


def apply_file(url: str, path: Path) -> None:
    """Run every statement of ``path``; raises AssertionError if the file does not parse."""
    parsed = parse(path.read_text(encoding="utf-8"))
    assert parsed.syntax_errors == [], f"{path}: {parsed.syntax_errors}"
    assert parsed.directive_errors == [], f"{path}: {parsed.directive_errors}"
    if parsed.header("no-transaction") is not None:
        with psycopg.connect(url, autocommit=True) as conn:
            for stmt in parsed.statements:
                conn.execute(stmt.text.encode("utf-8"))  # bytes: no %-placeholder parsing
        return
    with psycopg.connect(url) as conn, conn.transaction():
        for stmt in parsed.statements:
            conn.execute(stmt.text.encode("utf-8"))


_EXCLUDED = "('pg_catalog', 'information_schema', 'pg_toast')"
# pgmig's state tables and everything that hangs off them (sequences, indexes, constraints)
_SKIP_STATE = "NOT (c.relname LIKE '\\_migrations%')"

SNAPSHOT_QUERIES: dict[str, str] = {
    "schemas": f"""
        SELECT nspname FROM pg_namespace
        WHERE nspname NOT IN {_EXCLUDED} AND nspname NOT LIKE 'pg\\_%'""",
    "relations": f"""
        SELECT n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity,
               obj_description(c.oid, 'pg_class')
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN {_EXCLUDED} AND n.nspname NOT LIKE 'pg\\_%'
          AND {_SKIP_STATE}""",
    "columns": f"""
        SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
               a.attnotnull, a.attidentity, a.attgenerated,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND {_SKIP_STATE}
          AND n.nspname NOT IN {_EXCLUDED} AND n.nspname NOT LIKE 'pg\\_%'""",
    "constraints": f"""
        SELECT n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid)
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {_SKIP_STATE} AND n.nspname NOT IN {_EXCLUDED}""",
    "indexes": f"""
        SELECT pg_get_indexdef(i.indexrelid), i.indisvalid
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {_SKIP_STATE} AND n.nspname NOT IN {_EXCLUDED} AND n.nspname NOT LIKE 'pg\\_%'""",
    "triggers": f"""
        SELECT pg_get_triggerdef(t.oid), t.tgenabled
        FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT t.tgisinternal AND {_SKIP_STATE} AND n.nspname NOT IN {_EXCLUDED}""",
    "functions": f"""
        SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), md5(p.prosrc)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname NOT IN {_EXCLUDED} AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.objid = p.oid AND d.deptype = 'e')""",
    "policies": f"""
        SELECT c.relname, p.polname, p.polcmd, p.polpermissive,
               pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
        FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
        WHERE {_SKIP_STATE}""",
    "views": f"""
        SELECT n.nspname, c.relname, pg_get_viewdef(c.oid)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN {_EXCLUDED}
          AND n.nspname NOT LIKE 'pg\\_%'""",
    "types": f"""
        SELECT n.nspname, t.typname, t.typtype
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname NOT IN {_EXCLUDED} AND n.nspname NOT LIKE 'pg\\_%'
          AND (t.typtype IN ('e', 'd', 'r', 'm')
               OR (t.typtype = 'c'
                   AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))""",
    "enum_values": f"""
        SELECT t.typname, e.enumlabel, e.enumsortorder
        FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
        JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname NOT IN {_EXCLUDED}""",
    "extensions": "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'",
}


def schema_snapshot(url: str) -> dict[str, set[tuple[Any, ...]]]:
    """Every user-visible schema object, by kind (pgmig's state tables left out)."""
    with psycopg.connect(url, autocommit=True) as conn:
        return {
            kind: {tuple(row) for row in conn.execute(sql.encode()).fetchall()}
            for kind, sql in SNAPSHOT_QUERIES.items()
        }


def is_empty(snapshot: dict[str, set[tuple[Any, ...]]]) -> bool:
    """Nothing but the ``public`` schema is left."""
    return snapshot["schemas"] <= {("public",)} and all(
        not rows for kind, rows in snapshot.items() if kind != "schemas"
    )
