"""Statement splitting, positions, directives and checksums (pgmig.parsing; no database)."""

from __future__ import annotations

import pytest

from pgmig.parsing import (
    DIRECTIVE_NOT_IN_HEADER,
    DIRECTIVE_UNKNOWN,
    checksum,
    outside_transaction_reason,
    parse,
)


def texts(sql: str) -> list[str]:
    return [s.text for s in parse(sql).statements]


def where(sql: str) -> list[tuple[int, int]]:
    return [(s.position.line, s.position.column) for s in parse(sql).statements]


# --- splitting and positions -----------------------------------------------------------------


def test_statements_are_split_without_their_semicolons() -> None:
    assert texts("SELECT 1;\nSELECT 2;\n") == ["SELECT 1", "SELECT 2"]


def test_a_last_statement_without_a_semicolon_is_kept() -> None:
    parsed = parse("SELECT 1;\n\nSELECT 2\n  FROM t  \n")
    assert [s.text for s in parsed.statements] == ["SELECT 1", "SELECT 2\n  FROM t"]
    assert parsed.statements[1].kind == "SelectStmt"


def test_positions_count_characters_after_multibyte_text() -> None:
    sql = "-- café ☕ 😀 заметка\nSELECT 'ü';  SELECT 2;\n\t SELECT 'ß'\n;"
    parsed = parse(sql)
    assert where(sql) == [(2, 1), (2, 14), (3, 3)]
    for stmt in parsed.statements:
        assert sql[stmt.start : stmt.end] == stmt.text
    assert parsed.statements[2].text == "SELECT 'ß'"


def test_dollar_quoted_bodies_containing_semicolons_stay_one_statement() -> None:
    sql = (
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $fn$\n"
        "BEGIN\n"
        "    PERFORM 1; RETURN 2;  -- ; in a comment\n"
        "END;\n"
        "$fn$;\n"
        "DO $$ BEGIN RAISE NOTICE 'a;b'; END $$;\n"
        "SELECT 3;"
    )
    parsed = parse(sql)
    assert [s.kind for s in parsed.statements] == ["CreateFunctionStmt", "DoStmt", "SelectStmt"]
    assert where(sql) == [(1, 1), (6, 1), (7, 1)]


def test_comments_and_strings_do_not_split_statements() -> None:
    sql = (
        "/* header; with a semicolon */\n"
        "SELECT ';' AS a, -- trailing; comment\n"
        "       'it''s; fine' AS b;\n"
        "/* nested /* comment; */ still */ SELECT 2;"
    )
    parsed = parse(sql)
    assert len(parsed.statements) == 2
    assert parsed.syntax_errors == []
    assert parsed.statements[0].text.startswith("SELECT ';' AS a")
    assert where(sql) == [(2, 1), (4, 35)]


def test_leading_comments_are_not_part_of_the_statement() -> None:
    parsed = parse("-- explain why\n-- more\nCREATE TABLE t (id int);")
    [stmt] = parsed.statements
    assert stmt.text == "CREATE TABLE t (id int)"
    assert (stmt.position.line, stmt.position.column) == (3, 1)


def test_an_empty_or_comment_only_file_has_no_statements() -> None:
    assert parse("").statements == []
    assert parse("-- nothing\n/* at all */\n\n").statements == []
    assert parse("-- nothing\n").syntax_errors == []


# --- syntax errors ---------------------------------------------------------------------------


def test_a_syntax_error_is_reported_at_its_own_line_and_other_statements_still_parse() -> None:
    sql = "CREATE TABLE a (id int);\n\nCREATE TABEL b (id int);\nCREATE TABLE c (id int);\n"
    parsed = parse(sql)
    [problem] = parsed.syntax_errors
    assert problem.message == 'syntax error at or near "TABEL"'
    assert (problem.position.line, problem.position.column) == (3, 8)
    assert [s.kind for s in parsed.statements] == ["CreateStmt", None, "CreateStmt"]
    assert parsed.statements[1].syntax_error is problem
    assert parsed.statements[2].position.line == 4


def test_several_syntax_errors_are_all_reported() -> None:
    parsed = parse("SELEC 1;\nSELECT 2;\nINSERT INTO;\n")
    assert [p.position.line for p in parsed.syntax_errors] == [1, 3]
    assert parsed.statements[1].kind == "SelectStmt"


def test_a_syntax_error_after_multibyte_text_points_at_the_right_column() -> None:
    sql = "-- ünïcödé 😀\nSELECT 'éé😀' FRO x;\nSELECT 1;"
    [problem] = parse(sql).syntax_errors
    assert problem.message == 'syntax error at or near "x"'
    assert (problem.position.line, problem.position.column) == (2, 18)
    assert sql[problem.position.offset] == "x"


def test_an_error_at_end_of_input_points_at_the_statements_last_line() -> None:
    parsed = parse("SELECT 1;\nSELECT *\n  FROM")
    [problem] = parsed.syntax_errors
    assert problem.message == "syntax error at end of input"
    assert problem.position.line == 3


def test_a_syntax_error_in_a_dollar_quoted_file_keeps_the_body_whole() -> None:
    sql = (
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\n"
        "BEGIN PERFORM 1; PERFORM 2; END $$;\n"
        "SELEC 3;\n"
    )
    parsed = parse(sql)
    assert [p.position.line for p in parsed.syntax_errors] == [3]
    assert parsed.statements[0].kind == "CreateFunctionStmt"


@pytest.mark.parametrize(
    ("sql", "command", "line"),
    [
        ("\\i other.sql\nSELECT 1;\n", "\\i", 1),
        ("SELECT 1;\n\\set ON_ERROR_STOP on\nSELECT 2;\n", "\\set", 2),
        ("SELECT 1;\n  \\connect other\n", "\\connect", 2),
        ("SELECT count(*) FROM t\n\\gset\nSELECT 2;\n", "\\gset", 2),
    ],
)
def test_psql_meta_commands_are_reported_at_their_line(sql: str, command: str, line: int) -> None:
    parsed = parse(sql)
    [problem] = parsed.syntax_errors
    assert problem.meta_command == command
    assert problem.position.line == line
    assert problem.message == f"psql meta-command {command} is not SQL"
    # the SQL around the meta-command is still parsed, as psql would read it
    assert [s.kind for s in parsed.statements if s.syntax_error is None] == ["SelectStmt"] * (
        len(parsed.statements) - 1
    )
    assert [s.index for s in parsed.statements] == list(range(len(parsed.statements)))


# --- directives ------------------------------------------------------------------------------


def test_header_directives_before_the_first_statement_are_read() -> None:
    parsed = parse(
        "-- Build the index.\n-- pgmig:no-transaction\n--pgmig: lock-timeout 5s\n\n"
        "CREATE INDEX CONCURRENTLY i ON t (a);\n"
    )
    assert parsed.directive_errors == []
    assert parsed.header("no-transaction") is not None
    lock = parsed.header("lock-timeout")
    assert lock is not None
    assert (lock.args, lock.line) == ("5s", 3)


def test_an_unknown_directive_is_an_error_at_its_line() -> None:
    parsed = parse("-- pgmig:no-transactoin\nSELECT 1;")
    [(directive, what)] = parsed.directive_errors
    assert (directive.name, directive.line, what) == ("no-transactoin", 1, DIRECTIVE_UNKNOWN)


def test_a_header_directive_after_the_first_statement_is_an_error() -> None:
    parsed = parse("SELECT 1;\n-- pgmig:no-transaction\nSELECT 2;")
    [(directive, what)] = parsed.directive_errors
    assert (directive.name, directive.line, what) == ("no-transaction", 2, DIRECTIVE_NOT_IN_HEADER)
    assert parsed.header("no-transaction") is None


def test_directive_arguments_are_checked() -> None:
    parsed = parse("-- pgmig:lock-timeout\n-- pgmig:no-transaction please\nSELECT 1;")
    assert [(d.name, what) for d, what in parsed.directive_errors] == [
        ("lock-timeout", "needs an argument"),
        ("no-transaction", "takes no argument"),
    ]


def test_directive_lines_inside_strings_and_function_bodies_are_ignored() -> None:
    sql = (
        "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$\n"
        "-- pgmig:no-transaction\n"
        "-- pgmig:bogus\n"
        "SELECT 'x'\n"
        "$$;\n"
        "INSERT INTO notes VALUES ('\n"
        "-- pgmig:allow-empty\n"
        "');\n"
    )
    parsed = parse(sql)
    assert parsed.directives == []
    assert parsed.directive_errors == []
    assert parsed.header("no-transaction") is None


def test_ignore_directives_attach_to_the_next_statement() -> None:
    parsed = parse("SELECT 1;\n-- pgmig:ignore some-rule because\nSELECT 2;\nSELECT 3;\n")
    assert [len(s.ignores) for s in parsed.statements] == [0, 1, 0]
    assert parsed.statements[1].ignores[0].args == "some-rule because"


# --- outside-transaction statements ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("CREATE INDEX CONCURRENTLY i ON t (a)", "CREATE INDEX CONCURRENTLY"),
        ("DROP INDEX CONCURRENTLY i", "DROP INDEX CONCURRENTLY"),
        ("REINDEX INDEX CONCURRENTLY i", "REINDEX CONCURRENTLY"),
        ("VACUUM t", "VACUUM"),
        ("VACUUM (ANALYZE) t", "VACUUM"),
        ("ALTER TABLE p DETACH PARTITION c CONCURRENTLY", "DETACH PARTITION ... CONCURRENTLY"),
        ("CREATE DATABASE d", "CREATE DATABASE"),
        ("ALTER SYSTEM SET work_mem = '8MB'", "ALTER SYSTEM"),
        ("CREATE INDEX i ON t (a)", None),
        ("ANALYZE t", None),
        ("REINDEX INDEX i", None),
        ("REINDEX (CONCURRENTLY) TABLE t", "REINDEX CONCURRENTLY"),
        ("REINDEX (CONCURRENTLY true, VERBOSE) INDEX i", "REINDEX CONCURRENTLY"),
        ("REINDEX (CONCURRENTLY false) INDEX i", None),
        ("REINDEX (VERBOSE, CONCURRENTLY off) TABLE t", None),
    ],
)
def test_statements_that_cannot_run_in_a_transaction_are_recognised(
    sql: str, reason: str | None
) -> None:
    [stmt] = parse(sql).statements
    assert stmt.tree is not None
    assert outside_transaction_reason(stmt.tree) == reason


# --- checksums -------------------------------------------------------------------------------


def test_checksums_ignore_line_endings_and_trailing_whitespace() -> None:
    assert checksum("SELECT 1;\nSELECT 2;\n") == checksum("SELECT 1;  \r\nSELECT 2;\r\n\r\n")
    assert checksum("SELECT 1;") != checksum("SELECT 2;")
    assert checksum("SELECT  1;") != checksum("SELECT 1;")  # inner whitespace counts
