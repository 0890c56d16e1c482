"""Helpers that render ALTER TABLE pieces for suggestions, and the context facts the ADD COLUMN /
ADD CONSTRAINT rules read (function volatility, domains created in the file)."""

from __future__ import annotations

from typing import Any

from pgmig.analyzer.catalog import StaticCatalog
from pgmig.analyzer.context import Context, Origin, Stmt
from pgmig.analyzer.helpers import (
    add_constraint_sql,
    alter_cmds,
    alter_without_sql,
    attach_index_sql,
    column_default_sql,
    concurrent_unique_index_sql,
    constraint_ast,
    constraint_name,
    map_column_refs,
    object_name,
    plain_add_column_sql,
    render_expr,
    written_sql,
)
from pgmig.parsing import parse


def _stmts(sql: str) -> list[Stmt]:
    parsed = parse(sql)
    origin = Origin(parsed.source, None, 0, 0)
    out = []
    for st in parsed.statements:
        assert st.tree is not None
        ((kind, node),) = st.tree.items()
        out.append(Stmt(kind, node, st.text, st, origin, st.start))
    return out


def _one(sql: str) -> Stmt:
    return _stmts(sql)[0]


def _context(sql: str, **kw: Any) -> Context:
    ctx = Context(pg_version=15, **kw)
    for stmt in _stmts(sql):
        ctx.apply(stmt)
    return ctx


def test_written_sql_returns_the_default_as_the_user_wrote_it() -> None:
    stmt = _one(
        "ALTER TABLE orders ADD COLUMN n bigint DEFAULT nextval('seq'::regclass) NOT NULL, "
        "ADD COLUMN s smallint DEFAULT (floor(random() * 16))::smallint"
    )
    assert column_default_sql(stmt, 0) == "nextval('seq'::regclass)"
    assert column_default_sql(stmt, 1) == "(floor(random() * 16))::smallint"


def test_written_sql_cuts_out_a_table_constraint_spanning_lines() -> None:
    stmt = _one(
        "ALTER TABLE b ADD CONSTRAINT b_x\n    EXCLUDE USING gist (room WITH =, during WITH &&), "
        "ADD COLUMN note text"
    )
    con = next(c["def"]["Constraint"] for s, c in alter_cmds(stmt.node) if "def" in c)
    assert (
        written_sql(stmt, con, constraint=True)
        == "CONSTRAINT b_x\n    EXCLUDE USING gist (room WITH =, during WITH &&)"
    )


def test_written_sql_of_a_node_outside_the_statement_is_none() -> None:
    assert written_sql(_one("ALTER TABLE t ADD COLUMN a int"), {"A_Const": {}}) is None


def test_plain_add_column_keeps_type_collation_and_references_only() -> None:
    stmt = _one(
        'ALTER TABLE IF EXISTS app."Orders" ADD COLUMN IF NOT EXISTS "Ref" text COLLATE "C" '
        'NOT NULL DEFAULT md5(random()::text) REFERENCES refs (id) CHECK (length("Ref") > 0)'
    )
    assert plain_add_column_sql(stmt, 0, None) == (  # type: ignore[arg-type]
        'ALTER TABLE IF EXISTS app."Orders" ADD COLUMN IF NOT EXISTS "Ref" text COLLATE "C" '
        "REFERENCES refs (id);"
    )
    assert plain_add_column_sql(stmt, 0, None, type_sql="varchar(10)", keep=()).endswith(  # type: ignore[arg-type]
        '"Ref" varchar(10) COLLATE "C" REFERENCES refs (id);'
    )
    assert "CHECK" not in plain_add_column_sql(stmt, 0, None, drop=("CONSTR_CHECK",))  # type: ignore[arg-type]
    assert "NOT NULL" in plain_add_column_sql(stmt, 0, None, drop=("CONSTR_CHECK",))  # type: ignore[arg-type]


def test_add_constraint_sql_names_inline_foreign_keys_and_marks_them_not_valid() -> None:
    ctx = Context(pg_version=15)
    stmt = _one(
        "ALTER TABLE app.t ADD COLUMN region_id int DEFAULT 1 REFERENCES regions ON DELETE SET NULL"
    )
    rel = ctx.relation(stmt.node["relation"])
    con = constraint_ast(stmt, 0, 1)
    assert add_constraint_sql(
        rel, con, name="t_region_id_fkey", not_valid=True, column="region_id"
    ) == (
        "ALTER TABLE app.t ADD CONSTRAINT t_region_id_fkey FOREIGN KEY (region_id) "
        "REFERENCES regions ON DELETE SET NULL NOT VALID;"
    )


def test_unique_index_and_attach_keep_include_nulls_not_distinct_and_deferrable() -> None:
    ctx = Context(pg_version=15)
    stmt = _one(
        'ALTER TABLE users ADD CONSTRAINT u UNIQUE NULLS NOT DISTINCT (tenant, "Email") '
        "INCLUDE (id) WITH (fillfactor = 90) DEFERRABLE INITIALLY DEFERRED"
    )
    rel = ctx.relation(stmt.node["relation"])
    con = constraint_ast(stmt, 0)
    assert concurrent_unique_index_sql(rel, con, "u") == (
        'CREATE UNIQUE INDEX CONCURRENTLY u ON users (tenant, "Email") INCLUDE (id) '
        "NULLS NOT DISTINCT WITH (fillfactor = 90);"
    )
    assert attach_index_sql(rel, con, "u") == (
        "ALTER TABLE users ADD CONSTRAINT u UNIQUE USING INDEX u DEFERRABLE INITIALLY DEFERRED;"
    )


def test_alter_without_sql_keeps_the_other_sub_commands() -> None:
    stmt = _one("ALTER TABLE t ADD COLUMN a int, ADD CONSTRAINT c CHECK (a > 0), ADD UNIQUE (a)")
    assert alter_without_sql(stmt, [1, 2]) == "ALTER TABLE t ADD COLUMN a integer;"
    assert alter_without_sql(stmt, [0, 1, 2]) is None


def test_constraint_names_follow_postgresql() -> None:
    def con(sql: str) -> dict[str, Any]:
        stmt = _one(f"ALTER TABLE orders ADD {sql}")
        return next(c["def"]["Constraint"] for _, c in alter_cmds(stmt.node))

    assert constraint_name("orders", con("CHECK (total > 0)")) == "orders_total_check"
    assert constraint_name("orders", con("CHECK (a > b)")) == "orders_check"
    assert constraint_name("orders", con("FOREIGN KEY (a, b) REFERENCES x")) == "orders_a_b_fkey"
    assert constraint_name("orders", con("UNIQUE (email)")) == "orders_email_key"
    assert constraint_name("orders", con("PRIMARY KEY (id)")) == "orders_pkey"
    assert constraint_name("orders", con("EXCLUDE USING gist (r WITH &&)")) == "orders_r_excl"
    assert constraint_name("orders", con("CHECK (x > 0)"), column="x", n=1) == "orders_x_check1"
    assert len(object_name("a" * 40, "b" * 40, "fkey").encode()) == 63


def test_map_column_refs_rewrites_single_part_references() -> None:
    from pglast import parse_sql

    expr = parse_sql("SELECT lower(name) || t.other")[0].stmt.targetList[0].val
    map_column_refs(expr, lambda parts: ["new", *parts] if len(parts) == 1 else None)
    assert render_expr(expr) == "lower(new.name) || t.other"


def test_function_volatility_knows_builtins_extensions_file_functions_and_the_catalog() -> None:
    ctx = _context(
        "CREATE FUNCTION app.region() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'eu' $$;"
        "CREATE FUNCTION app.token() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;",
        catalog=StaticCatalog(functions={("public", "tenant"): "s"}),
    )
    assert ctx.function_volatility(None, "now") == "s"
    assert ctx.function_volatility("pg_catalog", "random") == "v"
    assert ctx.function_volatility(None, "uuid_generate_v4") == "v"
    assert ctx.function_volatility("extensions", "uuid_generate_v5") == "i"
    assert ctx.function_volatility("app", "region") == "i"
    assert ctx.function_volatility("app", "token") == "v"  # CREATE FUNCTION's default
    assert ctx.function_volatility(None, "tenant") == "s"
    assert ctx.function_volatility("app", "unknown") is None


def test_domains_created_in_the_file_inherit_constraints_and_defaults() -> None:
    ctx = _context(
        "CREATE DOMAIN app.money AS numeric(12, 2) CHECK (VALUE >= 0);"
        "CREATE DOMAIN app.price AS app.money DEFAULT 0;"
        "CREATE DOMAIN app.note AS text;"
        "ALTER DOMAIN app.note SET NOT NULL;"
        "CREATE DOMAIN app.tag AS text;"
    )
    price = ctx.domain("app", "price")
    assert price is not None and price.has_constraints and price.checks == 1
    assert price.base_type == "numeric(12, 2)" and price.has_default
    note = ctx.domain("app", "note")
    assert note is not None and note.not_null and note.has_constraints
    tag = ctx.domain("app", "tag")
    assert tag is not None and not tag.has_constraints
