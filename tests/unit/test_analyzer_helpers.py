"""Parse-tree helpers rule authors rely on."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pglast import parser

from pgmig.analyzer.context import Context, Origin, Stmt
from pgmig.analyzer.helpers import (
    LockMode,
    constant_string,
    default_index_name,
    locks_taken,
    qualified,
    quote_ident,
    statement_label,
    type_ref,
    volatility,
)
from pgmig.parsing import SourceText, parse


def tree(sql: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(parser.parse_sql_json(sql))["stmts"][0]["stmt"]
    return result


def stmt_of(sql: str) -> Stmt:
    st = parse(sql).statements[0]
    assert st.tree is not None
    ((kind, node),) = st.tree.items()
    src = SourceText(sql)
    return Stmt(kind, node, st.text, st, Origin(src, None, 0, 0), st.start)


def expr(sql: str) -> dict[str, Any]:
    node: dict[str, Any] = tree(f"SELECT {sql}")["SelectStmt"]["targetList"][0]["ResTarget"]["val"]
    return node


@pytest.mark.parametrize(
    ("name", "sql"),
    [
        ("orders", "orders"),
        ("Orders", '"Orders"'),
        ("user", '"user"'),
        ("select", '"select"'),
        ("name", "name"),
        ("my table", '"my table"'),
        ('a"b', '"a""b"'),
        ("_x1$", "_x1$"),
        ("1abc", '"1abc"'),
    ],
)
def test_quote_ident_quotes_only_when_needed(name: str, sql: str) -> None:
    assert quote_ident(name) == sql


def test_qualified_keeps_the_schema_only_when_given() -> None:
    assert qualified(None, "Orders") == '"Orders"'
    assert qualified("app", "orders") == "app.orders"


@pytest.mark.parametrize(
    ("sql", "volatile"),
    [
        ("random()", "v"),
        ("md5(random()::text)", "v"),
        ("gen_random_uuid()", "v"),
        ("clock_timestamp()", "v"),
        ("nextval('s')", "v"),
        ("my_function()", "v"),
        ("now()", "s"),
        ("CURRENT_TIMESTAMP", "s"),
        ("now() + interval '1 day'", "s"),
        ("lower('A')", "i"),
        ("42", "i"),
        ("'{}'::jsonb", "i"),
    ],
)
def test_volatility_of_expressions(sql: str, volatile: str) -> None:
    assert volatility(expr(sql)) == volatile


def test_constant_string_follows_concatenation_and_casts() -> None:
    assert constant_string(expr("'a' || 'b'::text")) == "ab"
    assert constant_string(expr("format('%I', 'x')")) is None


def test_type_ref_reads_builtin_and_user_types() -> None:
    col = tree("CREATE TABLE t (a varchar(20)[], b bigserial, c app.money_t)")["CreateStmt"]
    a, b, c = (e["ColumnDef"]["typeName"] for e in col["tableElts"])
    assert type_ref(a).sql == "varchar(20)[]"
    assert type_ref(b).is_serial
    assert (type_ref(c).schema, type_ref(c).name) == ("app", "money_t")


def test_default_index_name_matches_postgresql() -> None:
    params = tree("CREATE INDEX ON orders (customer_id, lower(email))")["IndexStmt"]["indexParams"]
    assert default_index_name("orders", params) == "orders_customer_id_lower_idx"
    long = default_index_name("t" * 60, params)
    assert len(long) <= 63 and long.endswith("_idx")


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("CREATE INDEX ON orders (a)", [("orders", "SHARE")]),
        ("CREATE INDEX CONCURRENTLY ON orders (a)", [("orders", "SHARE UPDATE EXCLUSIVE")]),
        ("ALTER TABLE orders SET (fillfactor = 70)", [("orders", "SHARE UPDATE EXCLUSIVE")]),
        ("ALTER TABLE orders VALIDATE CONSTRAINT c", [("orders", "SHARE UPDATE EXCLUSIVE")]),
        (
            "ALTER TABLE orders ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES customers (id)",
            [("orders", "SHARE ROW EXCLUSIVE"), ("customers", "SHARE ROW EXCLUSIVE")],
        ),
        (
            "ALTER TABLE orders ALTER c SET STATISTICS 100, ADD COLUMN d int",
            [("orders", "ACCESS EXCLUSIVE")],
        ),
        ("LOCK orders", [("orders", "ACCESS EXCLUSIVE")]),
        ("LOCK orders IN SHARE MODE", [("orders", "SHARE")]),
        ("UPDATE orders SET a = 1", [("orders", "ROW EXCLUSIVE")]),
        ("TRUNCATE a, b", [("a", "ACCESS EXCLUSIVE"), ("b", "ACCESS EXCLUSIVE")]),
        (
            "CREATE TRIGGER t BEFORE INSERT ON orders EXECUTE FUNCTION f()",
            [("orders", "SHARE ROW EXCLUSIVE")],
        ),
        (
            "CREATE TABLE p1 PARTITION OF events FOR VALUES IN (1)",
            [("events", "ACCESS EXCLUSIVE")],
        ),
        ("REFRESH MATERIALIZED VIEW CONCURRENTLY mv", [("mv", "EXCLUSIVE")]),
        ("VACUUM FULL orders", [("orders", "ACCESS EXCLUSIVE")]),
        ("COMMENT ON COLUMN orders.a IS 'x'", [("orders", "SHARE UPDATE EXCLUSIVE")]),
    ],
)
def test_locks_taken_per_statement(sql: str, expected: list[tuple[str, str]]) -> None:
    ctx = Context(pg_version=15)
    got = [(lock.rel.name, lock.mode.label) for lock in locks_taken(stmt_of(sql), ctx)]
    assert got == expected


def test_lock_modes_know_what_they_block() -> None:
    assert LockMode.SHARE.blocks_writes and not LockMode.SHARE.blocks_reads
    assert not LockMode.SHARE_UPDATE_EXCLUSIVE.blocks_writes
    assert LockMode.ACCESS_EXCLUSIVE.blocks_reads


def test_statement_label_names_alter_table_subcommands() -> None:
    s = stmt_of(
        "ALTER TABLE t ADD COLUMN a int, ADD CONSTRAINT c CHECK (a > 0), ALTER a TYPE bigint"
    )
    assert statement_label(s) == "ALTER TABLE ... ADD COLUMN, ADD CHECK, ALTER COLUMN ... TYPE"
