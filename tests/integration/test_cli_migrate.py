"""The migration commands end to end through the command line, against the real server.

Most tests use click's CliRunner (in-process, fast); the benchmark contract runs ``python -m
pgmig`` in a subprocess exactly as a deploy job or the benchmark harness does.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner, Result

from pgmig.cli import cli
from pgmig.db.lock import LOCK_CLASS, lock_key
from tests.conftest import TestDB, write_migration


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def cmd(command: str, db: TestDB, folder: Path, *extra: str, url: str | None = None) -> Result:
    return run(command, "--dsn", url or db.url, "--dir", str(folder), *extra)


def write_pair(folder: Path) -> None:
    write_migration(
        folder, "001", "create_users", "CREATE TABLE users (id int);\n", "DROP TABLE users;\n"
    )
    write_migration(
        folder,
        "002",
        "add_email",
        "ALTER TABLE users ADD COLUMN email text;\n",
        "ALTER TABLE users DROP COLUMN email;\n",
    )


def test_benchmark_contract_up_status_down_all_in_subprocesses(
    db: TestDB, migrations_dir: Path
) -> None:
    write_pair(migrations_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PGMIG_", "PG"))}

    def pgmig(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pgmig", *args, "--dsn", db.url, "--dir", str(migrations_dir)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    up = pgmig("up")
    assert up.returncode == 0, up.stderr
    assert re.findall(r"^applied (\S+) \(\d+ ms\)$", up.stdout, re.MULTILINE) == [
        "001_create_users",
        "002_add_email",
    ]
    assert re.search(
        r"^2 migrations applied in \d+ ms; database is at 002_add_email$", up.stdout, re.M
    )
    status = pgmig("status")
    assert status.returncode == 0, status.stderr
    assert "2 applied, 0 pending" in status.stdout
    down = pgmig("down", "--all")
    assert down.returncode == 0, down.stderr
    assert "rolled back 002_add_email" in down.stdout
    assert "2 migrations rolled back" in down.stdout and "0 still applied" in down.stdout
    assert "users" not in db.tables()


def test_status_json_and_exit_code_gate_ci(db: TestDB, migrations_dir: Path) -> None:
    write_pair(migrations_dir)
    assert cmd("status", db, migrations_dir, "--exit-code").exit_code == 3
    first = cmd("up", db, migrations_dir, "--to", "001")
    assert first.exit_code == 0, first.stderr

    result = cmd("status", db, migrations_dir, "--json", "--exit-code")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["table"] == "public._migrations"
    assert data["summary"] == {"applied": 1, "pending": 1, "changed": 0, "missing": 0, "failed": 0}
    assert data["needs_attention"] is True
    applied, pending = data["migrations"]
    assert applied["state"] == "applied" and applied["applied_at"] and applied["has_down"]
    assert pending == {
        "version": 2,
        "name": "002_add_email",
        "state": "pending",
        "applied_at": None,
        "duration_ms": None,
        "applied_by": None,
        "has_down": True,
        "out_of_order": False,
        "detail": None,
    }

    assert cmd("up", db, migrations_dir).exit_code == 0
    assert cmd("status", db, migrations_dir, "--exit-code").exit_code == 0


def test_status_text_shows_failed_changed_missing_and_missing_down_files(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "a", "CREATE TABLE a (id int);\n")
    write_migration(migrations_dir, "002", "b", "CREATE TABLE b (id int);\n")
    write_migration(
        migrations_dir,
        "003",
        "c",
        "-- pgmig:no-transaction\nCREATE TABLE c (id int);\nSELECT 1/0;\n",
    )
    assert cmd("up", db, migrations_dir).exit_code == 1
    (migrations_dir / "001_a.up.sql").write_text("CREATE TABLE a (id bigint);\n")
    (migrations_dir / "002_b.up.sql").unlink()

    result = cmd("status", db, migrations_dir)
    assert result.exit_code == 0
    out = result.stdout
    assert re.search(r"changed\s+001_a .*`pgmig repair 1` accepts the edit", out)
    assert re.search(r"missing\s+002_b .*applied, but no file in", out)
    assert re.search(r"failed\s+003_c .*failed at statement 2 of 2: division by zero", out)
    assert "0 applied, 0 pending, 1 changed, 1 missing, 1 failed" in out
    assert "no down file (cannot be rolled back): 001_a, 003_c" in out


def test_bad_migration_file_exits_2_and_changes_nothing(db: TestDB, migrations_dir: Path) -> None:
    write_pair(migrations_dir)
    write_migration(migrations_dir, "003", "broken", "CREATE TABLE (;\n")
    result = cmd("up", db, migrations_dir)
    assert result.exit_code == 2
    assert "003_broken.up.sql:1:" in result.stderr and "syntax error" in result.stderr
    assert db.tables() == set()


def test_edited_file_exits_2_then_repair_lets_up_continue(db: TestDB, migrations_dir: Path) -> None:
    write_pair(migrations_dir)
    assert cmd("up", db, migrations_dir).exit_code == 0
    (migrations_dir / "001_create_users.up.sql").write_text("CREATE TABLE users (id bigint);\n")
    refused = cmd("up", db, migrations_dir)
    assert refused.exit_code == 2
    assert "pgmig repair 001" in refused.stderr
    repaired = cmd("repair", db, migrations_dir, "001")
    assert repaired.exit_code == 0
    assert "repaired 001_create_users" in repaired.stdout
    assert cmd("up", db, migrations_dir).exit_code == 0


def test_dry_run_prints_the_sql_and_creates_nothing(db: TestDB, migrations_dir: Path) -> None:
    write_pair(migrations_dir)
    result = cmd("up", db, migrations_dir, "--dry-run")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "would apply 2 migrations" in out and "nothing was changed" in out
    assert "ALTER TABLE users ADD COLUMN email text;" in out
    assert "lock_timeout 200ms" in out
    assert db.tables() == set()


def test_missing_down_file_exits_2_before_anything_is_rolled_back(
    db: TestDB, migrations_dir: Path
) -> None:
    write_pair(migrations_dir)
    write_migration(migrations_dir, "003", "one_way", "CREATE TABLE one_way (id int);\n")
    assert cmd("up", db, migrations_dir).exit_code == 0
    result = cmd("down", db, migrations_dir, "--all")
    assert result.exit_code == 2
    assert "migration 003_one_way has no down file" in result.stderr
    assert {"users", "one_way"} <= db.tables()


def test_baseline_resolve_and_usage_errors(db: TestDB, migrations_dir: Path) -> None:
    write_pair(migrations_dir)
    db.query("CREATE TABLE users (id int)")
    result = cmd("baseline", db, migrations_dir, "001_create_users")
    assert result.exit_code == 0, result.stderr
    assert "recorded 001_create_users as applied (baseline, not run)" in result.stdout
    assert cmd("up", db, migrations_dir).exit_code == 0

    no_choice = cmd("resolve", db, migrations_dir, "2")
    assert no_choice.exit_code == 2 and "--applied or --pending" in no_choice.stderr
    not_needed = cmd("resolve", db, migrations_dir, "2", "--applied")
    assert not_needed.exit_code == 2 and "it is applied completely" in not_needed.stderr
    bad = cmd("down", db, migrations_dir, "--to", "abc")
    assert bad.exit_code == 2 and "is not a migration version" in bad.stderr


def test_deploy_lock_held_elsewhere_exits_4(db: TestDB, migrations_dir: Path) -> None:
    write_pair(migrations_dir)
    holder = psycopg.connect(db.url, autocommit=True, application_name="ci deploy 41")
    holder.execute(
        "SELECT pg_advisory_lock(%s, %s)",
        (LOCK_CLASS, lock_key(db.dbname, "public", "_migrations")),
    )
    try:
        result = cmd("up", db, migrations_dir, "--deploy-lock-wait", "300ms")
    finally:
        holder.close()
    assert result.exit_code == 4
    assert "waiting for the deploy lock" in result.stderr
    assert "application_name 'ci deploy 41'" in result.stderr
    assert result.stdout == ""


def test_wait_on_an_unreachable_port_gives_up_with_exit_5_quickly(migrations_dir: Path) -> None:
    url = "postgresql://someone:Wait-Pw-771@127.0.0.1:1/nowhere"
    started = time.monotonic()
    result = run("status", "--dsn", url, "--dir", str(migrations_dir), "--wait", "1")
    elapsed = time.monotonic() - started
    assert result.exit_code == 5
    assert 0.9 <= elapsed < 6
    assert (
        "waiting up to 1 s for someone@127.0.0.1:1/nowhere to accept connections" in result.stderr
    )
    assert "cannot connect to someone@127.0.0.1:1/nowhere (waited 1 s)" in result.stderr
    assert "Connection refused" in result.stderr
    assert "Wait-Pw-771" not in result.stderr + result.stdout


# -- backups ------------------------------------------------------------------------------------


def test_backup_runs_pg_dump_before_applying_and_keeps_the_newest(
    db: TestDB, migrations_dir: Path, tmp_path: Path
) -> None:
    write_pair(migrations_dir)
    backups = tmp_path / "backups"
    result = cmd("up", db, migrations_dir, "--to", "1", "--backup", str(backups))
    assert result.exit_code == 0, result.stderr
    dumps = sorted(backups.iterdir())
    assert len(dumps) == 1 and dumps[0].name.startswith(db.dbname + "_")
    assert f"backup written to {dumps[0]}" in result.stdout
    listing = subprocess.run(
        ["pg_restore", "--list", str(dumps[0])], capture_output=True, text=True, check=True
    )
    assert "pgmig_test" in listing.stdout  # a real custom-format dump of this database

    # nothing pending: no dump; backup_keep=1 keeps only the newest
    assert cmd("up", db, migrations_dir, "--to", "1", "--backup", str(backups)).exit_code == 0
    assert len(list(backups.iterdir())) == 1
    time.sleep(1.1)  # dump names carry the UTC second
    env = {"PGMIG_BACKUP_KEEP": "1"}
    again = run(
        "up", "--dsn", db.url, "--dir", str(migrations_dir), "--backup", str(backups), env=env
    )
    assert again.exit_code == 0, again.stderr
    left = list(backups.iterdir())
    assert len(left) == 1 and left[0] != dumps[0]


@pytest.fixture
def fake_pg_dump(tmp_path: Path) -> Iterator[Path]:
    """A pg_dump first on PATH that records its argv and PGPASSWORD, then fails."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "pg_dump.record"
    script = bin_dir / "pg_dump"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$*" > {record}\n'
        f'printf "PGPASSWORD=%s\\n" "$PGPASSWORD" >> {record}\n'
        'echo "pg_dump: error: could not open output file: No space left on device" >&2\n'
        "exit 1\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    old = os.environ["PATH"]
    os.environ["PATH"] = f"{bin_dir}:{old}"
    try:
        yield record
    finally:
        os.environ["PATH"] = old


def test_failing_backup_aborts_the_deploy_and_never_puts_the_password_on_a_command_line(
    db: TestDB, migrations_dir: Path, tmp_path: Path, fake_pg_dump: Path
) -> None:
    write_pair(migrations_dir)
    url = db.url.replace("postgres@", "postgres:Dump-Pw-5521@")  # trust auth ignores it
    result = cmd("up", db, migrations_dir, "--backup", str(tmp_path / "b"), url=url)
    assert result.exit_code == 1
    assert "the pre-deploy backup failed, so nothing was applied" in result.stderr
    assert "No space left on device" in result.stderr
    assert "users" not in db.tables()
    assert db.query("SELECT count(*) FROM _migrations") == [(0,)]
    assert list((tmp_path / "b").iterdir()) == []  # the partial dump was removed
    argv, env_line = fake_pg_dump.read_text().splitlines()
    assert "Dump-Pw-5521" not in argv and "-Fc" in argv and f"dbname={db.dbname}" in argv
    assert env_line == "PGPASSWORD=Dump-Pw-5521"


# -- passwords ----------------------------------------------------------------------------------


@pytest.fixture
def role_with_password(db: TestDB) -> Iterator[tuple[str, str]]:
    """A login role with a password that owns the test database (url, password)."""
    name = "pgmig_pw_" + uuid.uuid4().hex[:8]
    password = "Pw-" + uuid.uuid4().hex
    db.query(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    db.query(f"ALTER DATABASE {db.dbname} OWNER TO {name}")
    db.query(f"ALTER SCHEMA public OWNER TO {name}")
    try:
        yield f"postgresql://{name}:{password}@127.0.0.1:{db.port}/{db.dbname}", password
    finally:
        db.query(f"ALTER DATABASE {db.dbname} OWNER TO {db.user}")
        db.query(f"REASSIGN OWNED BY {name} TO {db.user}")
        db.query(f"DROP OWNED BY {name}")
        db.query(f"DROP ROLE {name}")


def test_password_never_appears_in_any_output_or_the_log_table(
    db: TestDB, migrations_dir: Path, role_with_password: tuple[str, str]
) -> None:
    url, password = role_with_password
    write_pair(migrations_dir)
    write_migration(
        migrations_dir,
        "003",
        "fails",
        f"-- the URL is {url}\nSELECT 'still {password}'::int;\n",
    )
    outputs: list[str] = []
    for args in (
        ("up",),
        ("up", "--dry-run"),
        ("status",),
        ("status", "--json"),
        ("down", "--dry-run"),
    ):
        result = cmd(*args[:1], db, migrations_dir, *args[1:], url=url)
        outputs += [result.stdout, result.stderr]
    assert "migration 003_fails failed at statement 1" in "".join(outputs)
    assert "applied 002_add_email" in "".join(outputs)
    # a wrong port, a wrong password: the connection errors must not echo it either
    bad_port = url.replace(f":{db.port}/", ":1/")
    outputs += [cmd("status", db, migrations_dir, url=bad_port).stderr]
    outputs += [cmd("status", db, migrations_dir, url=url.replace("@127", "x@127")).stderr]
    outputs += [run("up", "--dir", str(migrations_dir), env={"DATABASE_URL": bad_port}).stderr]

    from pgmig import api
    from pgmig.config import Settings
    from pgmig.errors import PgmigError

    with pytest.raises(PgmigError) as info:
        api.up(Settings(database_url=url, dir=migrations_dir))
    outputs.append(str(info.value))

    log = db.query("SELECT coalesce(details::text, '') || actor FROM _migrations_log")
    outputs += [r[0] for r in log]
    everything = "\n".join(outputs)
    assert "failed" in everything
    assert password not in everything
    assert "***" in everything  # the masked password is still shown as masked


def test_resolve_pending_forgets_an_applied_migration_whose_file_is_gone(
    db: TestDB, migrations_dir: Path
) -> None:
    write_pair(migrations_dir)
    assert cmd("up", db, migrations_dir).exit_code == 0
    (migrations_dir / "002_add_email.up.sql").unlink()
    (migrations_dir / "002_add_email.down.sql").unlink()
    refused = cmd("down", db, migrations_dir)
    assert refused.exit_code == 2
    assert "pgmig resolve 2 --pending" in refused.stderr
    result = cmd("resolve", db, migrations_dir, "2", "--pending")
    assert result.exit_code == 0, result.stderr
    assert "forgot 002_add_email" in result.stdout
    assert cmd("status", db, migrations_dir, "--exit-code").exit_code == 0
    assert db.query("SELECT event FROM _migrations_log ORDER BY id DESC LIMIT 1") == [("resolve",)]


def test_status_of_a_thousand_applied_migrations_reads_once_without_pglast(
    db: TestDB, migrations_dir: Path
) -> None:
    for v in range(1, 1001):
        write_migration(migrations_dir, f"{v:04d}", f"m{v}", f"CREATE TABLE t{v} (id int);\n")
    from pgmig import api
    from pgmig.config import Settings

    api.baseline(Settings(database_url=db.url, dir=migrations_dir), 1000)
    probe = (
        "import sys, time\n"
        "from pgmig.cli import main\n"
        "t = time.perf_counter()\n"
        "try:\n"
        f"    main(['status', '--dsn', {db.url!r}, '--dir', {str(migrations_dir)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('elapsed', time.perf_counter() - t, file=sys.stderr)\n"
        "print('pglast', any(m.startswith('pglast') for m in sys.modules), file=sys.stderr)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert "1000 applied, 0 pending" in out.stdout
    assert "pglast False" in out.stderr
    found = re.search(r"elapsed (\S+)", out.stderr)
    assert found, out.stderr
    elapsed = float(found.group(1))
    # ~0.1 s on a quiet machine (plus interpreter start-up); generous for loaded CI runners
    assert elapsed < 1.0, elapsed


def test_check_gate_refuses_unsafe_pending_migrations_until_allowed_and_logs_the_override(
    db: TestDB, migrations_dir: Path
) -> None:
    write_pair(migrations_dir)
    assert cmd("up", db, migrations_dir).exit_code == 0
    write_migration(
        migrations_dir, "003", "idx", "CREATE INDEX users_email_idx ON users (email);\n"
    )

    refused = cmd("up", db, migrations_dir)
    assert refused.exit_code == 1
    assert "create-index-non-concurrently" in refused.stderr
    assert "nothing was applied" in refused.stderr
    assert db.query("SELECT count(*) FROM pg_indexes WHERE indexname = 'users_email_idx'") == [(0,)]

    allowed = cmd("up", db, migrations_dir, "--allow-unsafe")
    assert allowed.exit_code == 0, allowed.stderr
    assert "accepted with --allow-unsafe" in allowed.stderr
    assert "applied 003_idx" in allowed.stdout
    assert db.query(
        "SELECT event, details->>'rule' FROM _migrations_log WHERE version = 3 ORDER BY id"
    ) == [("allow-unsafe", "create-index-non-concurrently"), ("apply", None)]
