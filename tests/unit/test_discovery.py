"""Every bad input of the migrations folder gets a message naming the file, the line and the fix.

Pure: files only, no database (pgmig.discovery.discover and load).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pgmig.discovery import discover, load
from pgmig.errors import EXIT_USAGE, FileProblems, MigrationFileError
from tests.conftest import write_migration


def problems_of(folder: Path, *, require_down: bool = False, down: bool = False) -> list[str]:
    """The rendered messages discover + load raise for ``folder`` (discover's if it fails)."""
    try:
        migrations = discover(folder, require_down=require_down)
        load(migrations, with_up=True, with_down=down)
    except FileProblems as exc:
        assert exc.exit_code == EXIT_USAGE
        assert all(isinstance(p, MigrationFileError) for p in exc.problems)
        return [p.render() for p in exc.problems]
    return []


def only_problem(folder: Path, **kwargs: bool) -> str:
    found = problems_of(folder, **kwargs)
    assert len(found) == 1, "\n".join(found)
    return found[0]


# --- the folder and file names ---------------------------------------------------------------


def test_a_missing_folder_says_how_to_create_it(tmp_path: Path) -> None:
    message = only_problem(tmp_path / "nope")
    assert message.startswith(f"error: migrations folder {tmp_path / 'nope'} does not exist")
    assert "run `pgmig init` to create it, or point --dir / PGMIG_DIR at your folder" in message


def test_an_empty_folder_has_no_migrations(migrations_dir: Path) -> None:
    assert discover(migrations_dir) == []


def test_migrations_come_in_numeric_version_order(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "10", "ten", "SELECT 10;")
    write_migration(migrations_dir, "9", "nine", "SELECT 9;")
    write_migration(migrations_dir, "20250101000000", "ts", "SELECT 1;")
    assert [m.name for m in discover(migrations_dir)] == ["9_nine", "10_ten", "20250101000000_ts"]


def test_other_files_and_hidden_files_are_ignored(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    (migrations_dir / "README.md").write_text("# notes\n")
    (migrations_dir / ".001_draft.up.sql").write_text("SELECT 1;\n")
    (migrations_dir / "sub.sql").mkdir()
    assert [m.name for m in discover(migrations_dir)] == ["001_a"]


def test_duplicate_versions_001_and_1_are_refused(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;", "SELECT 1;")
    write_migration(migrations_dir, "1", "b", "SELECT 2;")
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_a.up.sql'}: version 1 has 2 up files: "
        "001_a.up.sql, 1_b.up.sql"
    )
    assert "001 and 1 are the same version" in message
    assert "`pgmig new <slug>` picks a free one" in message


@pytest.mark.parametrize(
    ("name", "fix"),
    [
        ("V1__create_users.sql", "rename it to 1_create_users.up.sql (Flyway's"),
        ("002_init.sql", "rename it to 002_init.up.sql (an up migration, if it is one)"),
        ("003-init.up.sql", "rename it to 003_init.up.sql"),
        ("004 add users.down.sql", "rename it to 004_add_users.down.sql"),
        ("005_init.UP.sql", "rename it to 005_init.up.sql"),
        ("seed.sql", "rename it (`pgmig new <slug>` makes a correctly named pair)"),
        ("1234567890123456789_too_long.up.sql", "rename it"),
    ],
)
def test_a_file_name_outside_the_grammar_shows_the_grammar_and_a_rename(
    migrations_dir: Path, name: str, fix: str
) -> None:
    (migrations_dir / name).write_text("SELECT 1;\n")
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / name}: file name {name!r} does not match "
        "<version>_<slug>.up.sql / <version>_<slug>.down.sql"
    )
    assert "<version> is 1 to 18 digits" in message
    assert "<slug> is letters, digits, '_' or '-'" in message
    assert f"instead: {fix}" in message


def test_a_down_without_an_up_is_refused(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    (migrations_dir / "002_b.down.sql").write_text("DROP TABLE b;\n")
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '002_b.down.sql'}: down file 002_b.down.sql has no up file"
    )
    assert "instead: add 002_b.up.sql or delete the down file" in message


def test_a_down_whose_slug_differs_from_its_up_is_refused(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "create_users", "SELECT 1;")
    (migrations_dir / "001_create_user.down.sql").write_text("SELECT 1;\n")
    message = only_problem(migrations_dir)
    assert "down file 001_create_user.down.sql does not match up file 001_create_users.up.sql" in (
        message
    )
    assert "instead: rename it to 001_create_users.down.sql" in message


def test_a_missing_down_is_allowed_by_default(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    [migration] = discover(migrations_dir)
    assert migration.down_path is None


def test_a_missing_down_is_an_error_with_require_down(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    write_migration(migrations_dir, "002", "b", "SELECT 1;", "SELECT 1;")
    message = only_problem(migrations_dir, require_down=True)
    assert message.startswith(
        f"error: {migrations_dir / '001_a.up.sql'}: migration 001_a.up.sql has no down file"
    )
    assert "why: require_down is set" in message
    assert "instead: add 001_a.down.sql (or unset require_down)" in message


def test_rolling_back_a_migration_without_a_down_names_the_file_to_write(
    migrations_dir: Path,
) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    message = only_problem(migrations_dir, down=True)
    assert "migration 001_a has no down file, so it cannot be rolled back" in message
    assert "instead: write 001_a.down.sql, then run down again" in message


def test_every_problem_of_the_folder_is_reported_at_once(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    write_migration(migrations_dir, "1", "b", "SELECT 1;")
    (migrations_dir / "bad.sql").write_text("")
    (migrations_dir / "003_c.down.sql").write_text("")
    assert len(problems_of(migrations_dir)) == 3


# --- file contents ---------------------------------------------------------------------------


def test_a_non_utf8_file_is_refused_with_its_line(migrations_dir: Path) -> None:
    (migrations_dir / "001_latin1.up.sql").write_bytes(
        b"-- prices\nSELECT 1;\nINSERT INTO t VALUES ('caf\xe9');\n"
    )
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_latin1.up.sql'}:3:27: 001_latin1.up.sql is not valid "
        "UTF-8 (byte 0xe9 at offset 46)"
    )
    assert (
        "iconv -f latin1 -t utf-8 001_latin1.up.sql > 001_latin1.up.sql.tmp && "
        "mv 001_latin1.up.sql.tmp 001_latin1.up.sql"
    ) in message


def test_a_non_utf8_down_file_is_refused_too(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;")
    (migrations_dir / "001_a.down.sql").write_bytes(b"\xff\xfeD\x00R\x00")  # UTF-16
    message = only_problem(migrations_dir)
    assert f"{migrations_dir / '001_a.down.sql'}:1:1: 001_a.down.sql is not valid UTF-8" in message
    assert "iconv -f utf-16 -t utf-8 001_a.down.sql" in message


def test_a_utf8_byte_order_mark_is_accepted(migrations_dir: Path) -> None:
    (migrations_dir / "001_bom.up.sql").write_bytes(b"\xef\xbb\xbfSELECT 1;\n")
    [migration] = discover(migrations_dir)
    assert migration.text == "SELECT 1;\n"
    assert problems_of(migrations_dir) == []


def test_an_up_file_without_statements_is_refused(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "todo", "-- Add users\n--\n-- (nothing yet)\n")
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_todo.up.sql'}: 001_todo.up.sql contains no SQL statements"
    )
    assert "recorded as applied and never run again" in message
    assert "`-- pgmig:allow-empty`" in message


def test_allow_empty_accepts_an_up_file_without_statements(migrations_dir: Path) -> None:
    write_migration(
        migrations_dir, "001", "placeholder", "-- pgmig:allow-empty\n-- Kept for history.\n"
    )
    assert problems_of(migrations_dir) == []


def test_an_empty_down_file_is_allowed(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;", "-- nothing to undo\n")
    assert problems_of(migrations_dir, down=True) == []


@pytest.mark.parametrize(
    ("sql", "command", "line"),
    [
        ("CREATE TABLE a (id int);\n\\i other.sql\n", "\\i", 2),
        ("\\set ON_ERROR_STOP on\nCREATE TABLE a (id int);\n", "\\set", 1),
    ],
)
def test_psql_meta_commands_are_refused_at_file_and_line(
    migrations_dir: Path, sql: str, command: str, line: int
) -> None:
    write_migration(migrations_dir, "001", "meta", sql)
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_meta.up.sql'}:{line}:1: psql meta-command {command} "
        "cannot be run by pgmig"
    )
    assert "interpreted by psql, not by the PostgreSQL server" in message


def test_a_syntax_error_is_refused_at_file_line_and_column(migrations_dir: Path) -> None:
    write_migration(
        migrations_dir, "001", "typo", "CREATE TABLE a (id int);\nCREATE TABEL b (id int);\n"
    )
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_typo.up.sql'}:2:8: SQL syntax error: "
        'syntax error at or near "TABEL"'
    )


def test_a_syntax_error_in_a_down_file_is_found_before_rolling_back(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;", "DROP TABEL a;\n")
    assert problems_of(migrations_dir) == []  # `up` does not read the down file
    message = only_problem(migrations_dir, down=True)
    assert f"{migrations_dir / '001_a.down.sql'}:1:6: SQL syntax error" in message


def test_an_unknown_directive_lists_the_known_ones_and_the_likely_one(
    migrations_dir: Path,
) -> None:
    write_migration(migrations_dir, "001", "a", "-- pgmig:no-transactoin\nSELECT 1;\n")
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_a.up.sql'}:1: directive `-- pgmig:no-transactoin` is "
        "not a pgmig directive"
    )
    assert "did you mean `-- pgmig:no-transaction`?" in message
    for known in ("no-transaction", "allow-empty", "lock-timeout", "statement-timeout", "ignore"):
        assert f"`-- pgmig:{known}`" in message


def test_other_tools_directive_syntax_gets_the_pgmig_spelling(migrations_dir: Path) -> None:
    write_migration(
        migrations_dir,
        "001",
        "a",
        "-- pgmig: transaction=false\nCREATE INDEX CONCURRENTLY i ON t (a);\n",
    )
    messages = problems_of(migrations_dir)
    assert "instead: write `-- pgmig:no-transaction`" in messages[0]


def test_a_header_directive_after_the_first_statement_is_refused(migrations_dir: Path) -> None:
    write_migration(
        migrations_dir,
        "001",
        "late",
        "SELECT 1;\n-- pgmig:lock-timeout 5s\nSELECT 2;\n",
    )
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_late.up.sql'}:2: directive `-- pgmig:lock-timeout` must "
        "stand in the leading comment block, before any SQL"
    )
    assert "above the first statement" in message


def test_a_directive_inside_a_string_or_function_body_is_ignored(migrations_dir: Path) -> None:
    write_migration(
        migrations_dir,
        "001",
        "body",
        "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "-- pgmig:bogus\n"
        "-- pgmig:no-transaction\n"
        "RETURN '-- pgmig:whatever';\n"
        "END $$;\n"
        "COMMENT ON FUNCTION f() IS '\n-- pgmig:also-ignored\n';\n",
    )
    [loaded] = load(discover(migrations_dir))
    assert not loaded.no_transaction
    assert problems_of(migrations_dir) == []


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("CREATE INDEX CONCURRENTLY users_email_idx ON users (email)", "CREATE INDEX CONCURRENTLY"),
        ("VACUUM (ANALYZE) users", "VACUUM"),
        ("DROP INDEX CONCURRENTLY users_email_idx", "DROP INDEX CONCURRENTLY"),
        ("REINDEX INDEX CONCURRENTLY users_email_idx", "REINDEX CONCURRENTLY"),
    ],
)
def test_a_statement_that_cannot_run_in_a_transaction_needs_no_transaction(
    migrations_dir: Path, statement: str, reason: str
) -> None:
    write_migration(migrations_dir, "001", "tx", f"-- Maintenance.\n{statement};\n")
    message = only_problem(migrations_dir)
    assert message.startswith(
        f"error: {migrations_dir / '001_tx.up.sql'}:2:1: {reason} cannot run inside a "
        "transaction, and this file runs in one"
    )
    assert f"statement: {statement}" in message
    assert "instead: make `-- pgmig:no-transaction` the first line of this file" in message


def test_mixing_concurrent_index_with_other_statements_says_to_split_the_file(
    migrations_dir: Path,
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "mixed",
        "ALTER TABLE users ADD COLUMN nick text;\n"
        "CREATE INDEX CONCURRENTLY users_nick_idx ON users (nick);\n",
    )
    message = only_problem(migrations_dir)
    assert f"{migrations_dir / '001_mixed.up.sql'}:2:1: CREATE INDEX CONCURRENTLY" in message
    assert "move it into a migration of its own whose first line is `-- pgmig:no-transaction`" in (
        message
    )
    assert "`pgmig new <slug> --template index` writes one" in message


def test_no_transaction_files_may_hold_concurrent_statements(migrations_dir: Path) -> None:
    write_migration(
        migrations_dir,
        "001",
        "idx",
        "-- pgmig:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;\n",
        "-- pgmig:no-transaction\nDROP INDEX CONCURRENTLY i;\n",
    )
    [loaded] = load(discover(migrations_dir), with_down=True)
    assert loaded.no_transaction
    assert problems_of(migrations_dir, down=True) == []


def test_reindex_with_concurrently_switched_off_may_run_in_the_migration_transaction(
    migrations_dir: Path,
) -> None:
    # `(CONCURRENTLY false)` is the plain REINDEX, which PostgreSQL runs in a transaction block
    # (verified PG15); only a switched-on option needs `-- pgmig:no-transaction`.
    write_migration(
        migrations_dir, "001", "reindex", "REINDEX (CONCURRENTLY false) INDEX users_email_idx;\n"
    )
    assert problems_of(migrations_dir) == []


def test_checksums_do_not_change_with_line_endings(migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "a", "SELECT 1;\n")
    before = discover(migrations_dir)[0].checksum
    (migrations_dir / "001_a.up.sql").write_bytes(b"SELECT 1;\r\n")
    assert discover(migrations_dir)[0].checksum == before
