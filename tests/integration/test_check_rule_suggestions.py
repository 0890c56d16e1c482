"""The rule test data, integration tier: on a real server, every rendered suggestion of every bad
case runs after the folder's ``setup.sql`` and the case's statements before the finding; the
``catalog-bad``/``catalog-ok`` cases are analysed with the live schema ``setup.sql`` creates.

One database per rule folder, reset (every non-system schema dropped) between cases.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from pgmig.parsing import parse
from tests.conftest import TestDB
from tests.rules._harness import (
    RULES_DIR,
    UPDATE_GOLDEN,
    Case,
    cases,
    rule_ids,
    statements_before,
)

RULES_WITH_SETUP = [r for r in rule_ids() if (RULES_DIR / r / "setup.sql").is_file()]


def _reset(conn: psycopg.Connection[Any]) -> None:
    # a case's statements may have changed session settings (SET search_path TO app): the next
    # case's setup.sql must not run with a search_path pointing at a dropped schema
    conn.execute("RESET ALL")
    schemas = [
        r[0]
        for r in conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
            "AND nspname <> 'information_schema'"
        ).fetchall()
    ]
    for s in schemas:
        conn.execute(f'DROP SCHEMA "{s}" CASCADE')
    conn.execute("CREATE SCHEMA public")


def _run_each(conn: psycopg.Connection[Any], sql: str, what: str) -> None:
    for stmt in parse(sql).statements:
        if stmt.tree is None:
            raise AssertionError(f"{what}: does not parse: {stmt.text}")
        try:
            conn.execute(stmt.text.encode())
        except psycopg.Error as exc:
            raise AssertionError(f"{what}: `{stmt.display(200)}` failed: {exc}") from None


def _prepare(conn: psycopg.Connection[Any], case: Case) -> None:
    _reset(conn)
    setup = (RULES_DIR / case.rule / "setup.sql").read_text(encoding="utf-8")
    conn.execute(setup.encode())


@pytest.mark.parametrize("rule", RULES_WITH_SETUP)
def test_every_suggestion_of_the_rule_runs_on_a_real_server(rule: str, db: TestDB) -> None:
    failures: list[str] = []
    with db.connect() as conn:
        for case in [c for c in cases(("bad",)) if c.rule == rule]:
            for finding in case.own(case.analyze()):
                if not finding.suggestion:
                    continue
                try:
                    _prepare(conn, case)
                    index = finding.statement_index or 0
                    for sql in statements_before(case.text, index):
                        _run_each(conn, sql, f"{case.name}: statement before the finding")
                    _run_each(conn, finding.suggestion, f"{case.name}:{finding.line} suggestion")
                except AssertionError as exc:
                    failures.append(str(exc))
    assert not failures, "\n".join(failures)


CATALOG_RULES = sorted({c.rule for c in cases(("catalog-bad", "catalog-ok"))})


@pytest.mark.parametrize("rule", CATALOG_RULES)
def test_catalog_cases_are_decided_with_the_live_schema(rule: str, db: TestDB) -> None:
    from pgmig.analyzer.catalog import load_live_catalog
    from pgmig.reporting.text import render_findings

    failures: list[str] = []
    with db.connect() as conn:
        for case in [c for c in cases(("catalog-bad", "catalog-ok")) if c.rule == rule]:
            _prepare(conn, case)
            catalog = load_live_catalog(conn, [case.text])
            findings = case.analyze(catalog)
            broken = [f for f in findings if f.rule in ("internal-error", "syntax-error")]
            own = case.own(findings)
            if broken or len(own) != case.expect:
                failures.append(
                    f"{case.display_path}: expected {case.expect} finding(s) of {rule}, got "
                    f"{len(own)}:\n" + render_findings(broken + own)
                )
            golden = case.golden
            if case.kind == "catalog-bad" and (golden.exists() or UPDATE_GOLDEN):
                rendered = render_findings(own) + "\n"
                if UPDATE_GOLDEN:
                    golden.write_text(rendered, encoding="utf-8")
                elif rendered != (expected := golden.read_text(encoding="utf-8")):
                    failures.append(
                        f"{case.display_path}: output differs from {golden.name} "
                        "(PGMIG_UPDATE_GOLDEN=1 rewrites it)\n--- expected\n"
                        f"{expected}--- got\n{rendered}"
                    )
            for f in own:
                if not f.suggestion:
                    continue
                try:
                    _prepare(conn, case)
                    for sql in statements_before(case.text, f.statement_index or 0):
                        _run_each(conn, sql, f"{case.name}: statement before the finding")
                    _run_each(conn, f.suggestion, f"{case.name}:{f.line} suggestion")
                except AssertionError as exc:
                    failures.append(str(exc))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("rule", RULES_WITH_SETUP)
def test_setup_sql_of_the_rule_runs_on_a_real_server(rule: str, db: TestDB) -> None:
    with db.connect() as conn:
        conn.execute((RULES_DIR / rule / "setup.sql").read_text(encoding="utf-8").encode())
