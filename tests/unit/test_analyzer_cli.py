"""`pgmig check` and `pgmig explain` from the command line (offline: no database named)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pgmig.cli import cli
from tests.conftest import write_migration

INDEX = "CREATE INDEX orders_status_idx ON orders (status);\n"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    base = {"PGMIG_DATABASE_URL": "", "DATABASE_URL": "", "NO_COLOR": ""}
    return CliRunner().invoke(cli, list(args), env={**base, **(env or {})})


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # stop the config search here


def test_clean_migrations_exit_0_with_a_summary(migrations_dir: Path) -> None:
    write_migration(
        migrations_dir, "001", "create", "CREATE TABLE t (a int);\nCREATE INDEX ON t (a);"
    )
    r = run("check", "--dir", str(migrations_dir))
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("No problems found in 1 file; target PostgreSQL 14 (assumed")


def test_findings_exit_1_and_name_file_line_and_fix(migrations_dir: Path) -> None:
    path = write_migration(migrations_dir, "002", "idx", "-- comment\n" + INDEX)
    r = run("check", "--dir", str(migrations_dir))
    assert r.exit_code == 1
    assert f"error[create-index-non-concurrently] {path}:2:1\n" in r.output
    assert "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);" in r.output
    assert "ignore: -- pgmig:ignore create-index-non-concurrently <reason>" in r.output
    assert r.output.rstrip().endswith("offline.")


def test_fail_on_decides_whether_warnings_fail(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_text(INDEX)
    (tmp_path / "pgmig.toml").write_text('[rules]\ncreate-index-non-concurrently = "warning"\n')
    assert run("check", str(f)).exit_code == 0
    assert run("check", "--fail-on", "warning", str(f)).exit_code == 1


def test_explicit_files_are_analysed_whatever_their_name_and_downs_on_request(
    tmp_path: Path, migrations_dir: Path
) -> None:
    odd = tmp_path / "V1__odd_name.sql"
    odd.write_text(INDEX)
    r = run("check", str(odd))
    assert r.exit_code == 1 and str(odd) in r.output
    write_migration(migrations_dir, "003", "x", "SELECT 1;", down=INDEX)
    assert run("check", "--dir", str(migrations_dir)).exit_code == 0
    assert run("check", "--dir", str(migrations_dir), "--include-down").exit_code == 1
    down = migrations_dir / "003_x.down.sql"
    assert run("check", str(down)).exit_code == 1
    assert run("check", str(migrations_dir)).exit_code == 0
    assert run("check", str(migrations_dir), "--include-down").exit_code == 1


def test_missing_path_and_bad_folder_are_usage_errors(tmp_path: Path, migrations_dir: Path) -> None:
    r = run("check", str(tmp_path / "nope.sql"))
    assert r.exit_code == 2 and "does not exist" in r.output
    (migrations_dir / "oops.sql").write_text("SELECT 1;")
    r = run("check", "--dir", str(migrations_dir))
    assert r.exit_code == 2 and "does not match" in r.output


def test_unknown_rule_in_config_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_text("SELECT 1;")
    (tmp_path / "pgmig.toml").write_text('[rules]\ncreate-index = "off"\n')
    r = run("check", str(f))
    assert r.exit_code == 2
    assert "unknown rule 'create-index'" in r.output


def test_non_utf8_file_is_a_usage_error_naming_the_line(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_bytes(b"SELECT 1;\nSELECT '\xe9';\n")
    r = run("check", str(f))
    assert r.exit_code == 2 and "not valid UTF-8" in r.output and f"{f}:2" in r.output


def test_syntax_errors_are_findings_not_tracebacks(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_text("SELECT 1;\nCREATE TABLE (;\n")
    r = run("check", str(f))
    assert r.exit_code == 1
    assert f"error[syntax-error] {f}:2:" in r.output and "Traceback" not in r.output


def test_pg_version_flag_and_config_are_reported(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_text("ALTER TYPE mood ADD VALUE 'x';\n")
    r = run("check", "--pg-version", "11", str(f))
    assert r.exit_code == 1 and "target PostgreSQL 11 (from --pg-version)" in r.output
    (tmp_path / "pgmig.toml").write_text("postgres_version = 16\n")
    r = run("check", str(f))
    assert r.exit_code == 0 and "target PostgreSQL 16 (from the configuration)" in r.output


def test_colour_only_when_asked(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_text(INDEX)
    assert "\x1b[" not in run("check", str(f)).output
    assert "\x1b[" in run("check", "--color", str(f)).output


def test_explain_prints_the_rule_page_and_lists_rules() -> None:
    r = run("explain", "create-index-non-concurrently")
    assert r.exit_code == 0
    assert r.output.startswith("# create-index-non-concurrently\n")
    assert "**Safe alternative.**" in r.output
    r = run("explain", "--list")
    assert r.exit_code == 0
    assert "nested-transaction-control" in r.output and "error" in r.output


def test_explain_of_an_unknown_rule_suggests_the_closest(tmp_path: Path) -> None:
    r = run("explain", "create_index_non_concurrently")
    assert r.exit_code == 2
    assert "Did you mean `create-index-non-concurrently`?" in r.output


def test_offline_check_imports_neither_psycopg_nor_connects(tmp_path: Path) -> None:
    f = tmp_path / "x.sql"
    f.write_text(INDEX)
    code = (
        "import sys\n"
        "from pgmig.cli import main\n"
        "try:\n    main(['check', sys.argv[1]])\n"
        "except SystemExit as e:\n    print('exit', e.code)\n"
        "print('psycopg' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(f)],
        capture_output=True,
        text=True,
        env={"PATH": "", "PGHOST": "/nonexistent", "HOME": str(tmp_path)},
        check=True,
    ).stdout
    assert out.rstrip().endswith("exit 1\nFalse")


def test_structured_formats_keep_warnings_about_pgmig_out_of_stdout(tmp_path: Path) -> None:
    import json

    f = tmp_path / "x.sql"
    f.write_text(INDEX)
    r = run("check", "--format", "json", str(f))
    assert r.exit_code == 1
    assert json.loads(r.stdout)["summary"]["errors"] >= 1
    r = run("check", "--format", "sarif", str(f))
    assert json.loads(r.stdout)["version"] == "2.1.0"
    r = run("check", "--format", "github", str(f))
    assert r.stdout.startswith("::error file=")
