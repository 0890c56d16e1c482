"""change-column-type and set-not-null agree with the real server.

For each case a table is created on a real PostgreSQL, the rule decides with the live schema
(LiveCatalog), and then the statement really runs inside a transaction (rolled back) with
``client_min_messages = debug1``: PostgreSQL reports ``rewriting table``, ``verifying table`` and
``building index`` itself, and a changed relfilenode shows a rewrite. The rule must report the
statement exactly when the server rewrites, scans or rebuilds an index of the table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from pgmig.analyzer.catalog import load_live_catalog
from pgmig.analyzer.engine import RuleSet, analyze_text
from tests.conftest import TestDB

SETUP = """
CREATE DOMAIN plain_text AS text;
CREATE DOMAIN positive_numeric AS numeric CHECK (VALUE > 0);
CREATE TYPE mood AS ENUM ('ok', 'meh');
CREATE TABLE t (
    id integer PRIMARY KEY,
    v10 varchar(10), v varchar, tx text, c2 char(2),
    n102 numeric(10, 2), n numeric,
    ts timestamp, ts3 timestamp(3), tstz timestamptz, tm time(3), iv interval(3),
    vb varbit(5), ip cidr, j json, i integer, si smallint, m mood, d plain_text,
    arr varchar(10)[],
    idx_ts timestamp, idx_v varchar(10), expr_v varchar(10), chk_v varchar(10) CHECK (chk_v <> ''),
    coll_v varchar(10) COLLATE "C"
);
CREATE INDEX t_idx_ts ON t (idx_ts);
CREATE INDEX t_idx_v ON t (idx_v);
CREATE INDEX t_expr_v ON t (lower(expr_v));
CREATE INDEX t_coll_v ON t (coll_v);
INSERT INTO t VALUES (
    1, 'a', 'a', 'a', 'ab', 1.5, 1.5, now(), now(), now(), now(), '1 day', B'101',
    '10.0.0.0/8', '{}', 1, 1, 'ok', 'x', '{a}', now(), 'a', 'a', 'a', 'a'
);
"""

# (column, new type, extra SQL run before the ALTER in the same transaction)
TYPE_CASES: list[tuple[str, str, str]] = [
    ("v10", "varchar(20)", ""),
    ("v10", "varchar(5)", ""),
    ("v10", "varchar", ""),
    ("v10", "text", ""),
    ("v", "text", ""),
    ("tx", "varchar", ""),
    ("tx", "varchar(100)", ""),
    ("c2", "char(3)", ""),
    ("c2", "text", ""),
    ("n102", "numeric(12, 2)", ""),
    ("n102", "numeric(12, 3)", ""),
    ("n102", "numeric(8, 2)", ""),
    ("n102", "numeric", ""),
    ("n", "numeric(10, 2)", ""),
    ("ts3", "timestamp(6)", ""),
    ("ts3", "timestamp", ""),
    ("ts3", "timestamp(1)", ""),
    ("tm", "time", ""),
    ("iv", "interval(6)", ""),
    ("iv", "interval(1)", ""),
    ("vb", "varbit(10)", ""),
    ("vb", "varbit(4)", ""),
    ("ip", "inet", ""),
    ("j", "jsonb", ""),
    ("i", "bigint", ""),
    ("i", "integer", ""),
    ("si", "integer", ""),
    ("m", "text", ""),
    ("tx", "plain_text", ""),
    ("d", "text", ""),
    ("n", "positive_numeric", ""),
    ("arr", "text[]", ""),
    ("arr", "varchar(10)[]", ""),
    ("ts", "timestamptz", "SET LOCAL TimeZone = 'UTC'"),
    ("ts", "timestamptz", "SET LOCAL TimeZone = 'Europe/Berlin'"),
    ("tstz", "timestamp", "SET LOCAL TimeZone = 'Etc/UTC'"),
    ("ts3", "timestamptz(3)", "SET LOCAL TimeZone = 'UTC'"),
    ("idx_ts", "timestamptz", "SET LOCAL TimeZone = 'UTC'"),
    ("idx_v", "varchar(20)", ""),
    ("expr_v", "varchar(20)", ""),
    ("chk_v", "varchar(20)", ""),
    ("coll_v", "varchar(20)", ""),
    ("coll_v", "text", ""),
    ("tx", 'text COLLATE "C"', ""),
    ("v10", "varchar(20) USING v10::varchar(20)", ""),
    ("v10", "varchar(20) USING upper(v10)", ""),
]

NOT_NULL_SETUP = """
CREATE TABLE u (a text, b text, c text, d text, e text NOT NULL, f text);
ALTER TABLE u ADD CONSTRAINT u_a_nn CHECK (a IS NOT NULL);
ALTER TABLE u ADD CONSTRAINT u_b_nn CHECK (b IS NOT NULL) NOT VALID;
ALTER TABLE u ADD CONSTRAINT u_c_or CHECK (c IS NOT NULL OR d IS NOT NULL);
ALTER TABLE u ADD CONSTRAINT u_f_and CHECK (f IS NOT NULL AND f <> '');
INSERT INTO u VALUES ('a', 'b', 'c', 'd', 'e', 'f');
"""

NOT_NULL_CASES = ["a", "b", "c", "d", "e", "f"]


def _truth(conn: psycopg.Connection[Any], table: str, sql: str) -> bool:
    """Did running ``sql`` rewrite, scan or rebuild an index of ``table``? (rolled back)"""
    notices: list[str] = []

    def collect(diag: psycopg.errors.Diagnostic) -> None:
        notices.append(diag.message_primary or "")

    conn.add_notice_handler(collect)
    before = dict(
        conn.execute(
            "SELECT c.relname, c.relfilenode FROM pg_class c LEFT JOIN pg_index i "
            "ON i.indexrelid = c.oid WHERE c.oid = %s::regclass OR i.indrelid = %s::regclass",
            (table, table),
        ).fetchall()
    )
    with conn.transaction(force_rollback=True):
        conn.execute("SET LOCAL client_min_messages = debug1")
        for part in sql.split(";\n"):
            conn.execute(part.encode())
        after = dict(
            conn.execute(
                "SELECT c.relname, c.relfilenode FROM pg_class c WHERE c.relname = ANY (%s)",
                (list(before),),
            ).fetchall()
        )
    conn.remove_notice_handler(collect)
    rewritten = any(after.get(name) != node for name, node in before.items())
    heavy = any(
        n.startswith(("rewriting table", "verifying table"))
        or (n.startswith("building index") and not n.startswith('building index "pg_toast'))
        for n in notices
    )
    return rewritten or heavy


def _flags(conn: psycopg.Connection[Any], rule: str, sql: str) -> bool:
    catalog = load_live_catalog(conn, [sql])
    findings = analyze_text(
        sql + ";\n",
        Path("case.sql"),
        ruleset=RuleSet.build(only=[rule]),
        pg_version=catalog.server_version or 15,
        catalog=catalog,
    )
    return any(f.rule == rule for f in findings)


@pytest.fixture
def conn(db: TestDB) -> Any:
    with db.connect() as c:
        c.execute(SETUP.encode())
        c.execute(NOT_NULL_SETUP.encode())
        yield c


def test_change_column_type_reports_exactly_what_the_server_rewrites_scans_or_reindexes(
    conn: psycopg.Connection[Any],
) -> None:
    wrong: list[str] = []
    for column, new_type, before in TYPE_CASES:
        sql = f"ALTER TABLE t ALTER COLUMN {column} TYPE {new_type}"
        if before:
            sql = f"{before};\n{sql}"
        real = _truth(conn, "t", sql)
        said = _flags(conn, "change-column-type", sql)
        if real != said:
            wrong.append(
                f"{sql!r}: server {'did' if real else 'did not'} rewrite/scan/reindex, "
                f"rule {'reported' if said else 'did not report'} it"
            )
    assert not wrong, "\n".join(wrong)


def test_set_not_null_reports_exactly_when_the_server_scans(
    conn: psycopg.Connection[Any],
) -> None:
    wrong: list[str] = []
    for column in NOT_NULL_CASES:
        sql = f"ALTER TABLE u ALTER COLUMN {column} SET NOT NULL"
        real = _truth(conn, "u", sql)
        said = _flags(conn, "set-not-null", sql)
        if real != said:
            wrong.append(
                f"{sql!r}: server {'scanned' if real else 'did not scan'}, rule "
                f"{'reported' if said else 'did not report'} it"
            )
    assert not wrong, "\n".join(wrong)
