"""``-- pgmig:no-transaction`` migrations: progress, resume, resolve, INVALID indexes, blocks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pgmig import api
from pgmig.errors import MigrationFailed, PlanError
from pgmig.runner import Event
from tests.conftest import TestDB, write_migration
from tests.integration.test_runner_apply import events, settings_for, state


def row(db: TestDB, version: int) -> tuple[object, ...]:
    return db.query(
        "SELECT statements_done, statements_total, error, transactional FROM _migrations "
        "WHERE version = %s",
        (version,),
    )[0]


def write_three_steps(folder: Path) -> Path:
    return write_migration(
        folder,
        "001",
        "three_steps",
        "-- pgmig:no-transaction\n"
        "CREATE TABLE first_step (id int);\n"
        "INSERT INTO needs_fixing VALUES (1);\n"
        "CREATE TABLE third_step (id int);\n",
    )


def test_failed_statement_is_recorded_as_k_of_n_and_up_refuses_to_go_past_it(
    db: TestDB, migrations_dir: Path
) -> None:
    write_three_steps(migrations_dir)
    write_migration(migrations_dir, "002", "later", "CREATE TABLE later (id int);\n")
    settings = settings_for(db, migrations_dir)

    with pytest.raises(MigrationFailed) as info:
        api.up(settings)
    text = info.value.render()
    assert "migration 001_three_steps failed at statement 2" in text
    assert "statements 1-1 of 001_three_steps ran and stay committed" in text
    assert "it resumes at statement 2" in text
    assert "pgmig resolve 001 --applied" in text
    assert row(db, 1) == (1, 3, 'relation "needs_fixing" does not exist', False)
    assert "first_step" in db.tables() and "later" not in db.tables()

    entry = api.status(settings).entries[0]
    assert entry.state == "failed"
    assert entry.detail == 'failed at statement 2 of 3: relation "needs_fixing" does not exist'

    # still broken: up runs statement 2 again, fails again, and never reaches 002
    with pytest.raises(MigrationFailed):
        api.up(settings)
    assert "later" not in db.tables()


def test_fixing_the_database_and_running_up_again_resumes_after_the_last_completed_statement(
    db: TestDB, migrations_dir: Path
) -> None:
    write_three_steps(migrations_dir)
    write_migration(migrations_dir, "002", "later", "CREATE TABLE later (id int);\n")
    settings = settings_for(db, migrations_dir)
    with pytest.raises(MigrationFailed):
        api.up(settings)

    db.query("CREATE TABLE needs_fixing (id int)")
    seen: list[Event] = []
    result = api.up(settings, on_event=seen.append)

    assert [s.name for s in result.applied] == ["001_three_steps", "002_later"]
    assert result.applied[0].resumed_at == 2
    assert any(
        e.kind == "resume" and "resuming 001_three_steps at statement 2 of 3" in e.message
        for e in seen
    )
    assert db.query("SELECT count(*) FROM needs_fixing") == [(1,)]
    assert row(db, 1) == (3, 3, None, False)
    assert events(db) == [
        (1, "start"),
        (1, "failure"),
        (1, "resume"),
        (1, "apply"),
        (2, "apply"),
    ]


def test_resume_runs_the_session_settings_of_completed_statements_again(
    db: TestDB, migrations_dir: Path
) -> None:
    """A SET before the failed statement held in the first run, so it must hold for the retry
    (a new session): it runs again; SET LOCAL, SELECT and DDL before it do not."""
    write_migration(
        migrations_dir,
        "001",
        "settings_then_fail",
        "-- pgmig:no-transaction\n"
        "CREATE SCHEMA s1;\n"
        "SET search_path = s1, public;\n"
        "SET LOCAL work_mem = '5MB';\n"
        "SET maintenance_work_mem = '77MB';\n"
        "CREATE TABLE s1.made_once (id int);\n"
        "CREATE TABLE seen AS SELECT current_setting('maintenance_work_mem') AS mwm "
        "FROM needs_fixing;\n",
    )
    settings = settings_for(db, migrations_dir)
    with pytest.raises(MigrationFailed):
        api.up(settings)
    assert row(db, 1)[:2] == (5, 6)

    db.query(
        "CREATE TABLE public.needs_fixing (id int); INSERT INTO public.needs_fixing VALUES (1)"
    )
    seen: list[Event] = []
    api.up(settings, on_event=seen.append)

    assert db.query("SELECT mwm FROM s1.seen") == [("77MB",)]  # in s1, with the SET value
    assert any(
        e.kind == "resume"
        and "(statements 1-5 completed in an earlier run; its session settings ran again "
        "first: statements 2, 4)"
        in e.message
        for e in seen
    ), [e.message for e in seen]
    assert row(db, 1) == (6, 6, None, False)


def test_resolve_applied_and_pending_settle_a_failed_migration_and_are_logged(
    db: TestDB, migrations_dir: Path
) -> None:
    write_three_steps(migrations_dir)
    settings = settings_for(db, migrations_dir)
    with pytest.raises(MigrationFailed):
        api.up(settings)

    # --pending: the user undid statement 1; up then runs the file from the start
    db.query("DROP TABLE first_step")
    resolved = api.resolve(settings, 1, applied=False)
    assert (resolved.resolution, resolved.statements_done) == ("pending", 1)
    assert state(db) == []
    with pytest.raises(MigrationFailed):
        api.up(settings)
    assert row(db, 1)[:2] == (1, 3)

    # --applied: the user ran the rest by hand
    db.query("CREATE TABLE third_step (id int)")
    api.resolve(settings, 1, applied=True)
    assert row(db, 1) == (3, 3, None, False)
    assert api.status(settings).entries[0].state == "applied"
    details = db.query(
        "SELECT details->>'resolved_as', details->>'statements_done_before' "
        "FROM _migrations_log WHERE event = 'resolve' ORDER BY id"
    )
    assert details == [("pending", "1"), ("applied", "1")]

    with pytest.raises(PlanError, match="it is applied completely"):
        api.resolve(settings, 1, applied=True)


def test_begin_commit_blocks_run_as_one_transaction_and_resume_at_the_block(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "blocks",
        "-- pgmig:no-transaction\n"
        "CREATE TABLE a (id int);\n"
        "BEGIN;\n"
        "CREATE TABLE b (id int);\n"
        "INSERT INTO gate VALUES (1);\n"
        "COMMIT;\n"
        "CREATE TABLE c (id int);\n",
    )
    settings = settings_for(db, migrations_dir)
    with pytest.raises(MigrationFailed) as info:
        api.up(settings)
    assert "failed at statement 4" in info.value.what
    assert "it resumes at statement 2" in info.value.render()
    assert "a" in db.tables() and "b" not in db.tables()  # the block was rolled back whole
    assert row(db, 1)[:2] == (1, 6)

    db.query("CREATE TABLE gate (id int)")
    result = api.up(settings)
    assert result.applied[0].resumed_at == 2
    assert {"a", "b", "c"} <= db.tables()


def test_failed_concurrent_index_leaves_an_invalid_index_that_is_named_with_its_drop(
    db: TestDB, migrations_dir: Path
) -> None:
    db.query("CREATE SCHEMA app")
    db.query("CREATE TABLE app.items (id int, code text)")
    db.query("INSERT INTO app.items VALUES (1, 'a'), (2, 'a')")
    write_migration(
        migrations_dir,
        "001",
        "unique_code",
        "-- pgmig:no-transaction\n"
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS items_code_key ON app.items (code);\n",
    )
    settings = settings_for(db, migrations_dir)
    drop = "DROP INDEX CONCURRENTLY IF EXISTS app.items_code_key;"

    with pytest.raises(MigrationFailed) as info:
        api.up(settings)
    text = info.value.render()
    assert "it left INVALID index app.items_code_key behind" in text
    assert drop in text

    db.query("DELETE FROM app.items WHERE id = 2")
    # the duplicate is gone, but IF NOT EXISTS would keep the INVALID index: refused
    with pytest.raises(PlanError) as again:
        api.up(settings)
    assert "index app.items_code_key exists but is INVALID" in again.value.what
    assert drop in again.value.render()
    assert row(db, 1)[:2] == (0, 1)

    db.query(drop)
    api.up(settings)
    assert db.query(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.items_code_key'::regclass"
    ) == [(True,)]


def test_failed_reindex_concurrently_names_the_ccnew_index_it_left_and_its_drop(
    db: TestDB, migrations_dir: Path
) -> None:
    """REINDEX ... CONCURRENTLY builds `<index>_ccnew` next to the index; when the build fails,
    that INVALID copy stays and every write maintains it. Here the indexed function starts to
    fail for a row after the index was built, so the rebuild fails."""
    db.query(
        "CREATE SCHEMA app; CREATE TABLE app.items (id int);"
        "CREATE FUNCTION app.f(i int) RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT i';"
        "CREATE INDEX items_f ON app.items (app.f(id));"
        "INSERT INTO app.items VALUES (1), (0);"
        "CREATE OR REPLACE FUNCTION app.f(i int) RETURNS int IMMUTABLE LANGUAGE sql "
        "AS 'SELECT 10 / i'"
    )
    write_migration(
        migrations_dir,
        "001",
        "reindex",
        "-- pgmig:no-transaction\nREINDEX INDEX CONCURRENTLY app.items_f;\n",
    )

    with pytest.raises(MigrationFailed) as info:
        api.up(settings_for(db, migrations_dir))
    text = info.value.render()
    assert "division by zero" in text
    assert "it left INVALID index app.items_f_ccnew behind" in text
    assert "DROP INDEX CONCURRENTLY IF EXISTS app.items_f_ccnew;" in text
    assert db.query(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.items_f_ccnew'::regclass"
    ) == [(False,)]


def test_resuming_an_edited_file_is_refused_until_repair_accepts_it(
    db: TestDB, migrations_dir: Path
) -> None:
    path = write_three_steps(migrations_dir)
    settings = settings_for(db, migrations_dir)
    with pytest.raises(MigrationFailed):
        api.up(settings)
    path.write_text(path.read_text().replace("INSERT INTO needs_fixing VALUES (1);", "SELECT 1;"))

    with pytest.raises(PlanError) as info:
        api.up(settings)
    assert "stopped part-way (1 of 3 statements done) and its file has changed" in info.value.what
    assert "pgmig repair 001" in info.value.render()

    assert api.repair(settings, [1]).repaired == [(1, "001_three_steps")]
    result = api.up(settings)
    assert result.applied[0].resumed_at == 2
    assert "third_step" in db.tables()


def test_no_transaction_down_file_failure_blocks_up_until_resolved(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "idx",
        "-- pgmig:no-transaction\nCREATE TABLE t (id int);\n"
        "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n",
        "-- pgmig:no-transaction\nDROP INDEX CONCURRENTLY t_id_idx;\nDROP TABLE not_there;\n",
    )
    settings = settings_for(db, migrations_dir)
    api.up(settings)
    with pytest.raises(MigrationFailed) as info:
        api.down(settings)
    assert "pgmig resolve 001 --pending" in info.value.render()
    entry = api.status(settings).entries[0]
    assert entry.state == "failed"
    assert entry.detail is not None and entry.detail.startswith(
        "rollback failed at statement 2 of 2"
    )
    with pytest.raises(PlanError, match="rolling back 001_idx failed part-way"):
        api.up(settings)

    db.query("DROP TABLE t")
    api.resolve(settings, 1, applied=False)
    assert state(db) == []
    api.up(settings)
    assert "t" in db.tables()


def test_resume_waits_while_the_killed_attempt_still_runs_on_the_server(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "slow_middle",
        "-- pgmig:no-transaction\n"
        "CREATE TABLE first_part (id int);\n"
        "SELECT pg_sleep(3);\n"
        "CREATE TABLE last_part (id int);\n",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PGMIG_", "PG"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pgmig", "up", "--dsn", db.url, "--dir", str(migrations_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    pid = None
    while pid is None and time.monotonic() < deadline:
        rows = db.query(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND state = 'active' "
            "AND query LIKE 'SELECT pg_sleep(3)%%'",
            (db.dbname,),
        )
        pid = rows[0][0] if rows else None
        time.sleep(0.05)
    assert pid is not None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    settings = settings_for(db, migrations_dir)
    with pytest.raises(PlanError) as info:
        api.up(settings)
    assert f"the session of the interrupted attempt (pid {pid}) is still running" in (
        info.value.what
    )
    assert f"SELECT pg_cancel_backend({pid});" in info.value.render()

    while db.query("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)):
        time.sleep(0.1)
    result = api.up(settings)
    assert result.applied[0].resumed_at == 2
    assert "last_part" in db.tables()
