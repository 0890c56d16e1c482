"""The analyzer engine: runner semantics, DO expansion, positions, ignores, severities, errors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pgmig.analyzer import analyze_text, check
from pgmig.analyzer.catalog import RelationFact, StaticCatalog
from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.engine import RuleSet, gc_paused
from pgmig.analyzer.findings import Finding, Issue
from pgmig.analyzer.registry import Rule
from pgmig.config import Settings
from pgmig.errors import ConfigError

CIC = "create-index-non-concurrently"


def only(rule: str) -> RuleSet:
    return RuleSet.build(only=[rule])


def rules_of(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def probe(sql: str, kind: str, fn: Any, **kw: Any) -> list[Finding]:
    """Run a throwaway rule that calls ``fn(stmt, ctx)`` for statements of ``kind``."""

    def check_fn(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
        result = fn(stmt, ctx)
        if result:
            yield Issue(str(result), "probe")

    rule = Rule("probe", "warning", "probe", "probe", (kind,), check=check_fn)
    ruleset = RuleSet({"probe": rule}, {"probe": "warning", "syntax-error": "error"})
    return analyze_text(sql, ruleset=ruleset, **kw)


# ---- DO blocks ---------------------------------------------------------------------------------


def test_statement_inside_do_block_is_reported_at_its_own_line_and_column() -> None:
    sql = "SELECT 1;\nDO $$\nBEGIN\n    CREATE INDEX i ON orders (a);\nEND\n$$;\n"
    (f,) = analyze_text(sql, ruleset=only(CIC))
    assert (f.rule, f.line, f.column) == (CIC, 4, 5)


def test_execute_of_a_constant_string_is_analysed_and_points_into_the_string() -> None:
    sql = "DO $d$\nBEGIN\n  EXECUTE 'CREATE INDEX i ON ' || 'orders (a)';\nEND $d$;"
    (f,) = analyze_text(sql, ruleset=only(CIC))
    assert f.line == 3
    assert "CREATE INDEX CONCURRENTLY i ON orders (a);" in (f.suggestion or "")


def test_execute_of_sql_built_at_run_time_is_not_guessed() -> None:
    sql = "DO $$ BEGIN EXECUTE format('CREATE INDEX i ON %I (a)', 'orders'); END $$;"
    assert analyze_text(sql, ruleset=only(CIC)) == []


def test_function_and_procedure_bodies_are_never_analysed() -> None:
    sql = (
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
        "CREATE INDEX i ON orders (a); END $$;\n"
        "CREATE PROCEDURE p() LANGUAGE sql AS $$ CREATE INDEX j ON orders (a) $$;"
    )
    assert analyze_text(sql, ruleset=only(CIC)) == []


def test_do_block_in_a_quoted_string_is_analysed_and_reported_on_its_line() -> None:
    sql = "DO 'BEGIN\n  CREATE INDEX i ON orders (a);\nEND';"
    (f,) = analyze_text(sql, ruleset=only(CIC))
    assert f.line == 2


def test_nested_do_in_execute_is_expanded() -> None:
    sql = "DO $$ BEGIN EXECUTE 'DO $x$ BEGIN CREATE INDEX i ON orders (a); END $x$'; END $$;"
    assert rules_of(analyze_text(sql, ruleset=only(CIC))) == [CIC]


def test_do_block_with_another_language_is_not_expanded() -> None:
    sql = "DO LANGUAGE plperl $$ CREATE INDEX i ON orders (a) $$;"
    assert analyze_text(sql, ruleset=only(CIC)) == []


def test_statements_inside_do_block_see_objects_created_before_them() -> None:
    sql = "DO $$ BEGIN CREATE TABLE t (a int); CREATE INDEX ON t (a); END $$;"
    assert analyze_text(sql, ruleset=only(CIC)) == []


# ---- errors are findings -----------------------------------------------------------------------


def test_syntax_error_is_a_finding_with_line_and_column() -> None:
    sql = (
        "CREATE INDEX i ON orders (a);\nALTER TABLE orders ADD COLUMN;\nCREATE INDEX j ON t (b);\n"
    )
    findings = analyze_text(sql, ruleset=only(CIC))
    syntax = [f for f in findings if f.rule == "syntax-error"]
    assert len(syntax) == 1 and syntax[0].line == 2
    assert "syntax error" in syntax[0].message
    # the statements around it are still analysed
    assert [f.line for f in findings if f.rule == CIC] == [1, 3]


def test_psql_meta_command_is_reported_as_not_sql() -> None:
    findings = analyze_text("\\i other.sql\nSELECT 1;\n", ruleset=only(CIC))
    assert rules_of(findings) == ["syntax-error"]
    assert "psql meta-command \\i" in findings[0].message


def test_plpgsql_syntax_error_in_do_block_is_a_finding() -> None:
    findings = analyze_text("DO $$ BEGIN IF THEN END; END $$;", ruleset=only(CIC))
    assert rules_of(findings) == ["syntax-error"]
    assert "PL/pgSQL" in findings[0].message


def test_unknown_directive_is_reported() -> None:
    findings = analyze_text("-- pgmig:no-transactoin\nSELECT 1;", ruleset=only(CIC))
    assert rules_of(findings) == ["invalid-directive"]
    assert findings[0].line == 1


def test_a_crashing_rule_is_an_internal_error_finding_not_a_traceback() -> None:
    def boom(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
        raise KeyError("oops")
        yield  # pragma: no cover

    rule = Rule("boom", "error", "boom", "boom", ("SelectStmt",), check=boom)
    ruleset = RuleSet({"boom": rule}, {"boom": "error", "internal-error": "error"})
    (f,) = analyze_text("\nSELECT 1;", ruleset=ruleset)
    assert (f.rule, f.line) == ("internal-error", 2)
    assert "rule boom crashed" in f.message


# ---- ignores ---------------------------------------------------------------------------------


def test_ignore_with_reason_suppresses_the_next_statement_only() -> None:
    sql = (
        f"-- pgmig:ignore {CIC} table has 12 rows\nCREATE INDEX i ON small (a);\n"
        "CREATE INDEX j ON big (a);\n"
    )
    assert [f.line for f in analyze_text(sql, ruleset=only(CIC))] == [3]


def test_ignore_before_a_do_block_covers_the_statements_inside_it() -> None:
    sql = f"-- pgmig:ignore {CIC} tiny\nDO $$ BEGIN CREATE INDEX i ON small (a); END $$;"
    assert analyze_text(sql, ruleset=only(CIC)) == []


def test_ignore_without_reason_is_an_error_but_still_applies() -> None:
    sql = f"-- pgmig:ignore {CIC}\nCREATE INDEX i ON small (a);"
    (f,) = analyze_text(sql, ruleset=only(CIC))
    assert f.rule == "invalid-ignore" and "gives no reason" in f.message
    assert f.line == 1


def test_ignore_with_unknown_rule_suggests_the_closest_id() -> None:
    sql = "-- pgmig:ignore create_index_non_concurrently tiny\nCREATE INDEX i ON t (a);"
    findings = analyze_text(sql, ruleset=only(CIC))
    assert sorted(rules_of(findings)) == [CIC, "invalid-ignore"]
    bad = next(f for f in findings if f.rule == "invalid-ignore")
    assert f"did you mean `{CIC}`?" in (bad.suggestion_note or "")


def test_ignore_that_suppresses_nothing_is_a_warning() -> None:
    sql = f"-- pgmig:ignore {CIC} old reason\nCREATE INDEX CONCURRENTLY i ON t (a);"
    (f,) = analyze_text(sql, ruleset=only(CIC), pg_version=15)
    assert (f.rule, f.severity, f.line) == ("unused-ignore", "warning", 1)


def test_ignore_file_covers_every_statement_and_several_rules() -> None:
    sql = (
        f"-- pgmig:ignore-file {CIC}, nested-transaction-control legacy maintenance file\n"
        "CREATE INDEX i ON t (a);\nCREATE INDEX j ON u (a);\nBEGIN;\n"
    )
    ruleset = RuleSet.build(only=[CIC, "nested-transaction-control"])
    assert analyze_text(sql, ruleset=ruleset) == []


def test_ignore_of_a_rule_switched_off_is_not_reported_as_unused() -> None:
    sql = f"-- pgmig:ignore {CIC} tiny\nCREATE INDEX i ON t (a);"
    assert analyze_text(sql, ruleset=RuleSet.build({CIC: "off"})) == []


def test_ignore_at_the_end_of_the_file_is_reported() -> None:
    findings = analyze_text(f"SELECT 1;\n-- pgmig:ignore {CIC} why\n", ruleset=only(CIC))
    assert rules_of(findings) == ["invalid-ignore"]
    assert "not followed by any statement" in findings[0].message


# ---- severities ---------------------------------------------------------------------------------


def test_rule_severity_can_be_lowered_to_warning_or_switched_off() -> None:
    sql = "CREATE INDEX i ON t (a);"
    (f,) = analyze_text(sql, ruleset=RuleSet.build({CIC: "warning"}))
    assert f.severity == "warning"
    assert analyze_text(sql, ruleset=RuleSet.build({CIC: "off"})) == []


def test_unknown_rule_in_settings_is_a_config_error_with_a_suggestion(tmp_path: Any) -> None:
    f = tmp_path / "1_x.up.sql"
    f.write_text("SELECT 1;")
    with pytest.raises(ConfigError) as exc:
        check([f], settings=Settings(rules={"create-index-non-concurently": "off"}))
    assert "did you mean 'create-index-non-concurrently'?" in exc.value.render()


def test_syntax_error_cannot_be_switched_off() -> None:
    findings = analyze_text("SELEC 1;", ruleset=RuleSet.build({"syntax-error": "off"}))
    assert rules_of(findings) == ["syntax-error"]


# ---- context: names, new objects ----------------------------------------------------------------


def _new_at_index(sql: str, **kw: Any) -> list[bool]:
    seen: list[bool] = []

    def fn(stmt: Stmt, ctx: Context) -> None:
        seen.append(ctx.is_new(ctx.relation(stmt.node["relation"])))

    probe(sql, "IndexStmt", fn, **kw)
    return seen


def test_quoted_and_unquoted_names_and_schemas_are_different_tables() -> None:
    sql = (
        'CREATE TABLE "Orders" (a int);\n'
        "CREATE INDEX ON orders (a);\n"
        'CREATE INDEX ON "Orders" (a);\n'
        "CREATE TABLE app.users (a int);\n"
        "CREATE INDEX ON users (a);\n"
        "CREATE INDEX ON app.users (a);\n"
        "CREATE INDEX ON ORDERS (a);\n"
    )
    assert _new_at_index(sql) == [False, True, False, True, False]


def test_search_path_decides_where_unqualified_names_live() -> None:
    sql = (
        "CREATE TABLE app.t (a int);\n"
        "CREATE INDEX ON t (a);\n"
        'SET search_path TO "$user", app, public;\n'
        "CREATE INDEX ON t (a);\n"
        "RESET search_path;\n"
        "CREATE INDEX ON t (a);\n"
    )
    assert _new_at_index(sql) == [False, True, False]


def test_set_local_search_path_ends_with_the_transaction() -> None:
    sql = (
        "-- pgmig:no-transaction\n"
        "CREATE TABLE app.t (a int);\n"
        "BEGIN;\nSET LOCAL search_path = app;\nCREATE INDEX ON t (a);\nCOMMIT;\n"
        "CREATE INDEX ON t (a);\n"
    )
    assert _new_at_index(sql) == [True, False]


def test_new_objects_include_ctas_select_into_matviews_schemas_temp_and_renames() -> None:
    sql = (
        "CREATE TABLE a AS SELECT 1 AS x;\nCREATE INDEX ON a (x);\n"
        "SELECT 1 AS x INTO b;\nCREATE INDEX ON b (x);\n"
        "CREATE MATERIALIZED VIEW c AS SELECT 1 AS x;\nCREATE INDEX ON c (x);\n"
        "CREATE SCHEMA s;\nCREATE INDEX ON s.existing_elsewhere (x);\n"
        "CREATE TEMP TABLE d (x int);\nCREATE INDEX ON d (x);\n"
        "CREATE TABLE e (x int);\nALTER TABLE e RENAME TO f;\nCREATE INDEX ON f (x);\n"
        "CREATE INDEX ON e (x);\n"
    )
    assert _new_at_index(sql) == [True, True, True, True, True, True, False]


def test_create_schema_if_not_exists_does_not_make_its_tables_new() -> None:
    sql = "CREATE SCHEMA IF NOT EXISTS app;\nCREATE INDEX ON app.orders (a);"
    assert _new_at_index(sql) == [False]


def test_create_table_if_not_exists_is_existing_when_the_live_schema_has_it() -> None:
    sql = "CREATE TABLE IF NOT EXISTS orders (a int);\nCREATE INDEX ON orders (a);"
    catalog = StaticCatalog({("public", "orders"): RelationFact("public", "orders", "r")})
    assert _new_at_index(sql) == [True]
    assert _new_at_index(sql, catalog=catalog) == [False]


# ---- context: transactions and locks -------------------------------------------------------------


def _locks_seen(sql: str) -> list[list[str]]:
    seen: list[list[str]] = []

    def fn(stmt: Stmt, ctx: Context) -> None:
        seen.append([f"{h.rel.label}:{h.mode.label}" for h in ctx.held_locks()])

    probe(sql, "SelectStmt", fn)
    return seen


def test_locks_on_existing_tables_are_held_until_the_end_of_the_runner_transaction() -> None:
    sql = (
        "ALTER TABLE orders ADD COLUMN a int;\n"
        "SELECT 1;\n"
        "CREATE INDEX ON customers (a);\n"
        "ALTER TABLE orders ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES users (id) NOT VALID;\n"
        "LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE;\n"
        "CREATE TABLE fresh (a int);\nALTER TABLE fresh ADD COLUMN b int;\n"
        "SELECT 2;\n"
    )
    assert _locks_seen(sql) == [
        ["orders:ACCESS EXCLUSIVE"],
        [
            "orders:ACCESS EXCLUSIVE",
            "customers:SHARE",
            "users:SHARE ROW EXCLUSIVE",
            "audit:SHARE ROW EXCLUSIVE",
        ],
    ]


def test_no_transaction_file_holds_locks_only_inside_explicit_blocks() -> None:
    sql = (
        "-- pgmig:no-transaction\n"
        "ALTER TABLE orders ADD COLUMN a int;\nSELECT 1;\n"
        "BEGIN;\nALTER TABLE orders ADD COLUMN b int;\nSELECT 2;\nCOMMIT;\nSELECT 3;\n"
    )
    assert _locks_seen(sql) == [[], ["orders:ACCESS EXCLUSIVE"], []]


def test_commit_in_a_wrapped_file_really_ends_the_transaction() -> None:
    sql = "ALTER TABLE orders ADD COLUMN a int;\nCOMMIT;\nSELECT 1;\n"
    assert _locks_seen(sql) == [[]]


def test_transaction_state_is_visible_to_rules() -> None:
    seen: list[tuple[str | None, bool]] = []

    def fn(stmt: Stmt, ctx: Context) -> None:
        seen.append((ctx.transaction, ctx.in_transaction))

    sql = "-- pgmig:no-transaction\nSELECT 1;\nBEGIN;\nSELECT 2;\nCOMMIT;\nDO $$ BEGIN PERFORM 1; "
    sql += "EXECUTE 'SELECT 3'; END $$;"
    probe(sql, "SelectStmt", fn)
    assert seen == [(None, False), ("explicit", True), ("do", True)]


def test_validate_constraint_is_recorded_with_its_transaction() -> None:
    seen: list[Any] = []

    def fn(stmt: Stmt, ctx: Context) -> None:
        rel = ctx.qualify(None, "users")
        proof = ctx.not_null_proof(rel, "email")
        seen.append((proof.name, proof.validated_under_write_lock) if proof else None)

    sql = (
        "ALTER TABLE users ADD CONSTRAINT e_nn CHECK (email IS NOT NULL) NOT VALID;\nSELECT 1;\n"
        "ALTER TABLE users VALIDATE CONSTRAINT e_nn;\nSELECT 2;\n"
    )
    probe(sql, "SelectStmt", fn)
    assert seen == [None, ("e_nn", True)]


def test_gc_paused_restores_the_collector_state() -> None:
    import gc

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_empty_up_migration_is_reported_unless_allowed() -> None:
    (f,) = analyze_text("-- nothing yet\n", ruleset=only(CIC))
    assert (f.rule, f.line) == ("empty-migration", 1)
    assert analyze_text("-- pgmig:allow-empty\n-- done by hand\n", ruleset=only(CIC)) == []


def test_empty_down_migration_is_fine(tmp_path: Any) -> None:
    up = tmp_path / "001_x.up.sql"
    up.write_text("SELECT 1;")
    down = tmp_path / "001_x.down.sql"
    down.write_text("-- irreversible\n")
    res = check([up, down], settings=Settings())
    assert res.findings == []


def test_write_blocking_locks_are_kept_incrementally_with_counts() -> None:
    seen: list[Any] = []

    def fn(stmt: Stmt, ctx: Context) -> None:
        seen.append(([h.rel.name for h in ctx.write_blocking_locks()], ctx.write_blocking_counts()))

    sql = (
        "ALTER TABLE a SET (fillfactor = 70);\n"  # SHARE UPDATE EXCLUSIVE: not write-blocking
        "CREATE INDEX ON b (x);\n"  # SHARE
        "SELECT 1;\n"
        "ALTER TABLE a ADD COLUMN y int;\n"  # a becomes ACCESS EXCLUSIVE
        "ALTER TABLE b ADD COLUMN y int;\n"  # b upgraded from SHARE
        "SELECT 2;\n"
        "COMMIT;\nSELECT 3;\n"
    )
    probe(sql, "SelectStmt", fn)
    assert seen == [(["b"], (0, 1)), (["b", "a"], (2, 0)), ([], (0, 0))]
