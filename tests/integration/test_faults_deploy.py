"""Fault injection: what a deployer sees when things go wrong, and proof that nothing was lost.

Every test drives the real ``pgmig`` command line in subprocesses (``python -m pgmig``, exactly as a
deploy job runs it) against the real server, injects one fault, and then asserts two things:

* what the user sees: the exit code and the message (names of the blocker, the statement, the
  command to run next);
* that nothing was lost or applied twice: the schema objects, the ``_migrations`` state rows and the
  ``_migrations_log`` history, read straight from the catalog.

Faults covered: eight deployers at once (with and without a short ``deploy_lock_wait``, and with a
``CREATE INDEX CONCURRENTLY`` among the migrations), ``kill -9`` of the client mid-migration,
``pg_terminate_backend`` of the migration's backend, a lock held by another session (retried until
it is released, or given up when the budget is spent), and a ``-- pgmig:no-transaction`` migration
that fails or is killed part-way (resume after the last completed statement; an INVALID index left
by a failed ``CREATE INDEX CONCURRENTLY`` is detected).

Slow migrations read their sleep time from a one-row table ``fault_knob``: the test sets it for the
run it wants to interrupt and empties it before the run that must succeed, so the migration file
(and its checksum) never changes between the two runs.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.conftest import TestDB, write_migration

PGMIG = [sys.executable, "-m", "pgmig"]
STATE = "_migrations"
LOG = "_migrations_log"


# --------------------------------------------------------------------------- helpers


def pgmig_env(**settings: str) -> dict[str, str]:
    """The environment of a pgmig process: no stray PGMIG_*/PG*/DATABASE_URL, plus ``settings``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PGMIG_", "PG")) and k != "DATABASE_URL"
    }
    # these tests are about faults at run time; the `check` gate in `up` has tests of its own,
    # and must not make them depend on which rules are on
    env["PGMIG_CHECK_ON_UP"] = "false"
    env.update({f"PGMIG_{name.upper()}": value for name, value in settings.items()})
    return env


def pgmig_args(command: str, db: TestDB, folder: Path, *extra: str) -> list[str]:
    return [*PGMIG, command, "--dsn", db.url, "--dir", str(folder), *extra]


def run_pgmig(
    command: str,
    db: TestDB,
    folder: Path,
    *extra: str,
    timeout: float = 60,
    **settings: str,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        pgmig_args(command, db, folder, *extra),
        env=pgmig_env(**settings),
        cwd=folder.parent,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class Deployer:
    """A ``pgmig`` process running in the background; stdout/stderr are collected by threads."""

    def __init__(self, command: str, db: TestDB, folder: Path, *extra: str, **settings: str):
        self.proc = subprocess.Popen(
            pgmig_args(command, db, folder, *extra),
            env=pgmig_env(**settings),
            cwd=folder.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._out: list[str] = []
        self._err: list[str] = []
        self._readers = [
            threading.Thread(target=self._drain, args=(self.proc.stdout, self._out), daemon=True),
            threading.Thread(target=self._drain, args=(self.proc.stderr, self._err), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _drain(stream: Any, into: list[str]) -> None:
        for line in stream:
            into.append(line)

    @property
    def stdout(self) -> str:
        return "".join(self._out)

    @property
    def stderr(self) -> str:
        return "".join(self._err)

    def wait(self, timeout: float = 60) -> int:
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            self._close()
            pytest.fail(
                f"pgmig did not finish within {timeout} s (deadlock?)\n"
                f"stdout:\n{self.stdout}\nstderr:\n{self.stderr}"
            )
        self._close()
        return rc

    def kill_9(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(timeout=10) == -signal.SIGKILL
        self._close()

    def _close(self) -> None:
        for reader in self._readers:
            reader.join(timeout=5)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def wait_for(what: str, predicate: Callable[[], Any], timeout: float = 20) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def backend_running(db: TestDB, query_fragment: str) -> int | None:
    """pid of the backend in ``db`` whose active query contains ``query_fragment``."""
    rows = db.query(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND state = 'active'"
        " AND pid <> pg_backend_pid() AND strpos(query, %s) > 0",
        (db.dbname, query_fragment),
    )
    return rows[0][0] if rows else None


def backend_gone(db: TestDB, pid: int) -> bool:
    return not db.query("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,))


def relation_exists(db: TestDB, name: str) -> bool:
    return db.query("SELECT to_regclass(%s) IS NOT NULL", (name,))[0][0] is True


def state_versions(db: TestDB) -> list[int]:
    """Versions in the state table (one entry per row; the table may not exist yet)."""
    if not relation_exists(db, STATE):
        return []
    return [r[0] for r in db.query(f"SELECT version FROM {STATE} ORDER BY version")]


def log_events(db: TestDB) -> list[tuple[int | None, str]]:
    """(version, event) of every row in the log table, oldest first."""
    if not relation_exists(db, LOG):
        return []
    return [(r[0], r[1]) for r in db.query(f"SELECT version, event FROM {LOG} ORDER BY id")]


def applied_lines(stdout: str) -> list[str]:
    """Names of the migrations a pgmig process reported as applied."""
    return re.findall(r"^applied (\S+)", stdout, flags=re.MULTILINE)


@contextmanager
def lock_held_by_report(db: TestDB, table: str) -> Iterator[psycopg.Connection[Any]]:
    """Another session, application_name 'report', holding ACCESS SHARE on ``table``."""
    conn = psycopg.connect(db.url, application_name="report")
    try:
        conn.execute(f"LOCK TABLE {table} IN ACCESS SHARE MODE")
        yield conn
    finally:
        conn.close()


def set_knob(db: TestDB, seconds: float | None) -> None:
    """How long the slow test migrations sleep (``None``: not at all)."""
    db.query("CREATE TABLE IF NOT EXISTS fault_knob (seconds float8)")
    db.query("DELETE FROM fault_knob")
    if seconds is not None:
        db.query("INSERT INTO fault_knob VALUES (%s)", (seconds,))


SLOW = "SELECT pg_sleep(seconds) FROM fault_knob;"


# --------------------------------------------------------------------------- concurrent deployers


def write_twenty(folder: Path) -> None:
    """20 migrations; each inserts its own version into ``marks`` (a second apply would show as a
    duplicate there), every 4th sleeps 0.2 s, and 012 is a no-transaction
    CREATE INDEX CONCURRENTLY (which must not deadlock with the deploy lock or the waiters)."""
    write_migration(
        folder,
        "001",
        "create_marks",
        "CREATE TABLE marks (version int NOT NULL);\nINSERT INTO marks VALUES (1);\n",
    )
    for v in range(2, 21):
        name = f"{v:03d}"
        if v == 12:
            body = (
                "-- pgmig:no-transaction\n"
                "INSERT INTO marks VALUES (12);\n"
                "CREATE INDEX CONCURRENTLY marks_version_idx ON marks (version);\n"
            )
        else:
            body = f"CREATE TABLE t_{name} (id int);\nINSERT INTO marks VALUES ({v});\n"
            if v % 4 == 0:
                body += "SELECT pg_sleep(0.2);\n"
        write_migration(folder, name, f"step_{name}", body)


def assert_each_applied_once(db: TestDB, versions: list[int], deployers: list[Deployer]) -> None:
    assert state_versions(db) == versions
    assert sorted(r[0] for r in db.query("SELECT version FROM marks")) == versions
    applied_events = Counter(v for v, event in log_events(db) if event == "apply")
    assert applied_events == Counter(versions), f"log table apply events: {applied_events}"
    reported = Counter(name for d in deployers for name in applied_lines(d.stdout))
    assert sorted(reported) == [
        f"{v:03d}_{'create_marks' if v == 1 else f'step_{v:03d}'}" for v in versions
    ]
    assert set(reported.values()) == {1}, f"reported twice: {reported}"


@pytest.mark.slow
def test_eight_concurrent_deployers_apply_every_migration_exactly_once(
    db: TestDB, migrations_dir: Path
) -> None:
    write_twenty(migrations_dir)
    # half of them deploy everything, half only up to 010: whoever gets the deploy lock first
    # decides who applies what, and every later one must re-read the state after taking the lock
    deployers = [
        Deployer("up", db, migrations_dir, *(() if i % 2 == 0 else ("--to", "010")))
        for i in range(8)
    ]
    codes = [d.wait(timeout=90) for d in deployers]

    assert codes == [0] * 8, "\n\n".join(
        f"rc={c}\n{d.stdout}\n{d.stderr}" for c, d in zip(codes, deployers, strict=True)
    )
    for d in deployers:
        assert "Traceback" not in d.stderr
    assert_each_applied_once(db, list(range(1, 21)), deployers)
    # the CREATE INDEX CONCURRENTLY finished and left a valid index
    assert db.query(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'marks_version_idx'::regclass"
    ) == [(True,)]
    # at least one deployer had to wait for the deploy lock, and said so naming the holder
    waiting = [d.stderr for d in deployers if "waiting for the deploy lock" in d.stderr]
    assert waiting, "no deployer reported waiting for the deploy lock"
    for text in waiting:
        assert re.search(r"held by pid \d+ \(application_name 'pgmig deploy lock'", text), text


@pytest.mark.slow
def test_deployers_that_outwait_deploy_lock_wait_exit_4_and_nothing_is_applied_twice(
    db: TestDB, migrations_dir: Path
) -> None:
    write_twenty(migrations_dir)  # ~1 s of pg_sleep in total: far longer than the 300 ms wait
    deployers = [Deployer("up", db, migrations_dir, deploy_lock_wait="300ms") for _ in range(8)]
    codes = [d.wait(timeout=90) for d in deployers]

    assert set(codes) <= {0, 4}, codes
    assert codes.count(4) >= 1, "every deployer got the lock within 300 ms?"
    for code, d in zip(codes, deployers, strict=True):
        assert "Traceback" not in d.stderr
        if code == 4:
            # what happened, who holds it, and the setting to change
            err = d.stderr
            assert "another pgmig process held the deploy lock for longer than 300 ms" in err
            assert re.search(r"held by pid \d+ \(application_name 'pgmig deploy lock'", err), err
            assert "PGMIG_DEPLOY_LOCK_WAIT" in err and "deploy_lock_wait" in err
            assert applied_lines(d.stdout) == []
    # the deployer that held the lock applied everything, once
    assert_each_applied_once(db, list(range(1, 21)), deployers)


# --------------------------------------------------------------------------- dead client / backend


def write_victim(folder: Path) -> None:
    write_migration(
        folder,
        "001",
        "create_victim",
        f"CREATE TABLE victim (id int);\n{SLOW}\n",
    )


def assert_nothing_recorded(db: TestDB, version: int) -> None:
    assert version not in state_versions(db)
    assert (version, "apply") not in log_events(db)


@pytest.mark.slow
def test_kill_9_of_the_client_mid_migration_leaves_nothing_half_applied(
    db: TestDB, migrations_dir: Path
) -> None:
    write_victim(migrations_dir)
    set_knob(db, 5)
    deployer = Deployer("up", db, migrations_dir)
    pid = wait_for("the migration to reach pg_sleep", lambda: backend_running(db, "pg_sleep"))
    assert relation_exists(db, "victim") is False  # not visible: uncommitted

    deployer.kill_9()
    # the server notices the dead client once pg_sleep returns and rolls the transaction back
    wait_for(f"backend {pid} to go away", lambda: backend_gone(db, pid), timeout=20)

    assert not relation_exists(db, "victim")
    assert_nothing_recorded(db, 1)
    # the deploy lock died with the client's session: the next deploy applies it, once
    set_knob(db, None)
    result = run_pgmig("up", db, migrations_dir, deploy_lock_wait="5s")
    assert result.returncode == 0, result.stderr
    assert applied_lines(result.stdout) == ["001_create_victim"]
    assert relation_exists(db, "victim")
    assert state_versions(db) == [1]
    assert [v for v, event in log_events(db) if event == "apply"] == [1]


@pytest.mark.slow
def test_deployer_restarted_right_after_kill_9_waits_for_the_orphaned_session_and_applies_once(
    db: TestDB, migrations_dir: Path
) -> None:
    """An orchestrator restarts a killed deploy job at once. The killed client's backend keeps
    running its statement (the server only notices the dead client afterwards), with the
    migration's uncommitted work; the new deployer gets the deploy lock at once (it died with
    its session), must wait for that orphan instead of failing, name it, and apply once."""
    write_victim(migrations_dir)
    set_knob(db, 3)
    killed = Deployer("up", db, migrations_dir)
    orphan = wait_for("the migration to reach pg_sleep", lambda: backend_running(db, "pg_sleep"))
    killed.kill_9()
    set_knob(db, None)  # the orphan already read its 3 s; the restarted run does not sleep
    restarted = Deployer("up", db, migrations_dir)
    code = restarted.wait(timeout=60)

    assert code == 0, restarted.stderr
    assert applied_lines(restarted.stdout) == ["001_create_victim"]
    assert f"blocked by pid {orphan} (application_name 'pgmig'" in restarted.stderr
    assert relation_exists(db, "victim")
    assert state_versions(db) == [1]
    assert [v for v, event in log_events(db) if event == "apply"] == [1]


@pytest.mark.slow
def test_terminated_migration_backend_fails_with_exit_1_and_leaves_nothing_half_applied(
    db: TestDB, migrations_dir: Path
) -> None:
    write_victim(migrations_dir)
    set_knob(db, 5)
    deployer = Deployer("up", db, migrations_dir)
    pid = wait_for("the migration to reach pg_sleep", lambda: backend_running(db, "pg_sleep"))

    assert db.query("SELECT pg_terminate_backend(%s)", (pid,)) == [(True,)]
    code = deployer.wait(timeout=30)

    assert code == 1, deployer.stderr
    err = deployer.stderr
    assert "Traceback" not in err
    # which migration and statement, what happened, and that nothing of it stayed
    assert "001_create_victim: the connection to the database was lost during statement 2" in err
    assert "terminating connection due to administrator command" in err
    assert "nothing from 001_create_victim was applied" in err
    assert not relation_exists(db, "victim")
    assert_nothing_recorded(db, 1)

    set_knob(db, None)
    result = run_pgmig("up", db, migrations_dir, deploy_lock_wait="5s")
    assert result.returncode == 0, result.stderr
    assert relation_exists(db, "victim")
    assert state_versions(db) == [1]


@pytest.mark.slow
def test_deployer_whose_deploy_lock_session_is_terminated_stops_before_committing(
    db: TestDB, migrations_dir: Path
) -> None:
    """The deploy lock lives in a session of its own; if that session ends mid-migration (an
    admin's pg_terminate_backend, idle_session_timeout, a proxy), the lock is gone and a second
    deployer may start. The first one must notice before it commits, roll back, and say so;
    the second one applies everything, once."""
    write_victim(migrations_dir)
    write_migration(migrations_dir, "002", "after_victim", "CREATE TABLE after_victim (id int);\n")
    set_knob(db, 2)
    first = Deployer("up", db, migrations_dir)
    wait_for("the migration to reach pg_sleep", lambda: backend_running(db, "pg_sleep"))
    lock_pid = db.query(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s"
        " AND application_name = 'pgmig deploy lock'",
        (db.dbname,),
    )[0][0]
    assert db.query("SELECT pg_terminate_backend(%s)", (lock_pid,)) == [(True,)]
    second = Deployer("up", db, migrations_dir)
    first_code, second_code = first.wait(timeout=60), second.wait(timeout=60)

    assert first_code == 1, first.stdout + first.stderr
    assert applied_lines(first.stdout) == []
    assert "Traceback" not in first.stderr
    assert (
        "lost the deploy lock while applying 001_create_victim: the session that held it "
        f"(pid {lock_pid}) has ended" in first.stderr
    ), first.stderr
    assert "nothing from 001_create_victim was applied" in first.stderr
    assert second_code == 0, second.stdout + second.stderr
    assert applied_lines(second.stdout) == ["001_create_victim", "002_after_victim"]
    assert state_versions(db) == [1, 2]
    assert [v for v, event in log_events(db) if event == "apply"] == [1, 2]


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"]
)
def test_stopping_a_deployer_cancels_its_statement_on_the_server_and_applies_nothing(
    db: TestDB, migrations_dir: Path, sig: signal.Signals, code: int
) -> None:
    """CI runners and Kubernetes stop a job with SIGTERM. pgmig must cancel the running
    statement on the server, not just vanish: a vanished client leaves its backend running the
    statement to the end, holding its locks (an index build, a table rewrite) for nothing."""
    write_victim(migrations_dir)
    set_knob(db, 5)
    deployer = Deployer("up", db, migrations_dir)
    pid = wait_for("the migration to reach pg_sleep", lambda: backend_running(db, "pg_sleep"))
    stopped = time.monotonic()
    deployer.proc.send_signal(sig)
    assert deployer.wait(timeout=15) == code, deployer.stderr
    wait_for(f"backend {pid} to stop", lambda: backend_running(db, "pg_sleep") is None, 15)
    cancelled_after = time.monotonic() - stopped

    assert cancelled_after < 2, f"the server ran the statement {cancelled_after:.1f} s longer"
    assert "Traceback" not in deployer.stderr
    assert "pgmig status" in deployer.stderr  # where to look next
    assert not relation_exists(db, "victim")
    assert_nothing_recorded(db, 1)


def test_stopping_a_deployer_mid_run_keeps_the_migration_before_and_applies_nothing_after(
    db: TestDB, migrations_dir: Path
) -> None:
    """pgmig is stopped while the second of three migrations runs: the first stays committed
    and recorded, the second is cancelled and rolled back, the third never runs."""
    write_migration(migrations_dir, "001", "before", "CREATE TABLE before_it (id int);\n")
    write_migration(migrations_dir, "002", "victim", f"CREATE TABLE victim (id int);\n{SLOW}\n")
    write_migration(migrations_dir, "003", "after", "CREATE TABLE after_it (id int);\n")
    set_knob(db, 5)
    deployer = Deployer("up", db, migrations_dir)
    wait_for("the migration to reach pg_sleep", lambda: backend_running(db, "pg_sleep"))

    deployer.proc.send_signal(signal.SIGTERM)

    assert deployer.wait(timeout=15) == 143, deployer.stderr
    assert "Traceback" not in deployer.stderr
    assert state_versions(db) == [1]
    assert relation_exists(db, "before_it")
    assert not relation_exists(db, "victim") and not relation_exists(db, "after_it")
    assert_nothing_recorded(db, 2)


# --------------------------------------------------------------------------- lock held by a report


def test_lock_held_by_another_session_is_retried_and_names_the_blocker(
    db: TestDB, migrations_dir: Path
) -> None:
    db.query("CREATE TABLE t (id int)")
    write_migration(migrations_dir, "001", "add_note", "ALTER TABLE t ADD COLUMN note text;\n")
    with lock_held_by_report(db, "t") as report:
        blocker_pid = report.info.backend_pid
        deployer = Deployer("up", db, migrations_dir)
        wait_for(
            "pgmig to report a retry",
            lambda: str(blocker_pid) in deployer.stderr,
            timeout=30,
        )
        time.sleep(0.3)  # let it retry at least once more while blocked
        report.commit()  # the report finishes: the next attempt gets the lock
    code = deployer.wait(timeout=30)

    assert code == 0, deployer.stderr
    # every retry line names the blocker: pid, application_name, state, the lock, its query;
    # only the last may instead say it is gone (the report committed between the lock timeout
    # and the lookup of who held the lock)
    retries = [line for line in deployer.stderr.splitlines() if "retrying in" in line]
    assert retries, deployer.stderr
    if len(retries) > 1 and "no session holds a conflicting lock any more" in retries[-1]:
        retries.pop()
    for line in retries:
        assert "001_add_note: lock not granted within 200ms" in line
        assert f"blocked by pid {blocker_pid} (application_name 'report'" in line
        assert "idle in transaction" in line
        assert "holds AccessShareLock on t" in line
        assert line.rstrip().endswith("of lock_retry_budget left)")
        assert "LOCK TABLE t IN ACCESS SHARE MODE" in line
    assert applied_lines(deployer.stdout) == ["001_add_note"]
    assert re.search(r"after \d+ lock retr(y|ies)", deployer.stdout), deployer.stdout
    assert db.query(
        "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'note'"
    ) == [(1,)]
    assert state_versions(db) == [1]
    events = log_events(db)
    assert [e for e in events if e[1] == "apply"] == [(1, "apply")]
    # the log table keeps who blocked each attempt
    blockers = db.query(
        f"SELECT details->'blockers'->0->>'pid', details->'blockers'->0->>'application_name'"
        f" FROM {LOG} WHERE event = 'retry' AND version = 1"
    )
    assert len(blockers) == len(retries)
    assert set(blockers) == {(str(blocker_pid), "report")}
    # never straight back: the application's queries that queued behind a cancelled attempt
    # get at least lock_timeout to drain before the next one (lockload: 375 ms stalls otherwise)
    pauses = db.query(f"SELECT (details->>'sleep_s')::float8 FROM {LOG} WHERE event = 'retry'")
    assert pauses and min(p for (p,) in pauses) >= 0.2, pauses


def test_lock_retry_budget_spent_gives_up_with_exit_1_and_records_nothing(
    db: TestDB, migrations_dir: Path
) -> None:
    db.query("CREATE TABLE t (id int)")
    write_migration(migrations_dir, "001", "add_note", "ALTER TABLE t ADD COLUMN note text;\n")
    with lock_held_by_report(db, "t") as report:
        blocker_pid = report.info.backend_pid
        started = time.monotonic()
        result = run_pgmig("up", db, migrations_dir, lock_retry_budget="1s", timeout=30)
        elapsed = time.monotonic() - started

    assert result.returncode == 1, result.stderr
    assert elapsed < 10, f"gave up only after {elapsed:.1f} s with a 1 s budget"
    err = result.stderr
    assert "Traceback" not in err
    assert "gave up applying 001_add_note: the lock it needs on t was not granted" in err
    assert f"blocked by pid {blocker_pid} (application_name 'report'" in err  # who
    assert "nothing from 001_add_note was applied" in err
    # the settings to change
    assert "PGMIG_LOCK_RETRY_BUDGET" in err and "lock_retry_budget" in err
    assert "-- pgmig:lock-timeout" in err and "lock_timeout" in err
    assert f"pg_terminate_backend({blocker_pid})" in err  # the explicit last resort
    assert applied_lines(result.stdout) == []
    assert db.query(
        "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'note'"
    ) == [(0,)]
    assert_nothing_recorded(db, 1)


# --------------------------------------------------------------------------- no-transaction part-way


def status_text(db: TestDB, folder: Path) -> str:
    result = run_pgmig("status", db, folder)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_failed_concurrent_index_is_detected_and_the_migration_resumes_after_the_fix(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "items",
        "-- pgmig:no-transaction\n"
        "CREATE TABLE items (id int, code text);\n"
        "INSERT INTO items VALUES (1, 'a'), (2, 'a');\n"
        "CREATE UNIQUE INDEX CONCURRENTLY items_code_key ON items (code);\n"
        "CREATE INDEX CONCURRENTLY items_id_idx ON items (id);\n",
    )
    write_migration(migrations_dir, "002", "after_items", "CREATE TABLE after_items (id int);\n")

    first = run_pgmig("up", db, migrations_dir)
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr
    assert "001_items" in first.stderr and "3 of 4" in first.stderr, first.stderr
    assert "could not create unique index" in first.stderr  # the server's message
    drop = "DROP INDEX CONCURRENTLY IF EXISTS public.items_code_key;"
    assert drop in first.stderr, first.stderr
    # the cause comes first: dropping the index alone would only repeat the failure
    assert "fix the cause and run `pgmig up` again: it resumes at statement 3" in first.stderr
    assert not relation_exists(db, "after_items")  # nothing past the failed migration

    shown = status_text(db, migrations_dir)
    assert re.search(r"failed at statement 3 of 4", shown), shown
    assert run_pgmig("status", db, migrations_dir, "--exit-code").returncode == 3

    # up again without fixing anything: refuses while the INVALID index is there (a resumed
    # CREATE INDEX CONCURRENTLY IF NOT EXISTS would silently keep it), and goes no further
    again = run_pgmig("up", db, migrations_dir)
    assert again.returncode != 0, again.stdout
    assert drop in again.stderr, again.stderr
    assert not relation_exists(db, "after_items")
    assert db.query("SELECT count(*) FROM items") == [(2,)]  # the INSERT did not run again

    # the fix: remove the duplicate and run the DROP the message gave, verbatim
    db.query("DELETE FROM items WHERE id = 2")
    db.query(drop)
    resumed = run_pgmig("up", db, migrations_dir)
    assert resumed.returncode == 0, resumed.stderr
    assert re.search(r"resum\w* .*statement 3", resumed.stdout + resumed.stderr, re.IGNORECASE)
    assert applied_lines(resumed.stdout) == ["001_items", "002_after_items"]
    assert db.query("SELECT count(*) FROM items") == [(1,)]  # statements 1-2 were not re-run
    assert db.query(
        "SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        " WHERE i.indrelid = 'items'::regclass ORDER BY 1"
    ) == [("items_code_key", True), ("items_id_idx", True)]
    assert relation_exists(db, "after_items")
    assert state_versions(db) == [1, 2]
    assert run_pgmig("status", db, migrations_dir, "--exit-code").returncode == 0


@pytest.mark.slow
def test_no_transaction_migration_killed_part_way_resumes_after_the_last_completed_statement(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "two_parts",
        "-- pgmig:no-transaction\n"
        "CREATE TABLE first_part (id int);\n"
        f"{SLOW}\n"
        "CREATE TABLE last_part (id int);\n",
    )
    set_knob(db, 3)
    deployer = Deployer("up", db, migrations_dir)
    pid = wait_for("statement 2 to reach pg_sleep", lambda: backend_running(db, "pg_sleep"))
    deployer.kill_9()
    wait_for(f"backend {pid} to go away", lambda: backend_gone(db, pid), timeout=20)

    assert relation_exists(db, "first_part")  # autocommitted: statement 1 is done for good
    assert not relation_exists(db, "last_part")
    shown = status_text(db, migrations_dir)
    assert re.search(r"001_two_parts .*stopped after statement 1 of 3", shown), shown
    assert run_pgmig("status", db, migrations_dir, "--exit-code").returncode == 3

    set_knob(db, None)
    resumed = run_pgmig("up", db, migrations_dir, deploy_lock_wait="5s")
    # statement 1 is not re-run (CREATE TABLE first_part would fail with "already exists")
    assert resumed.returncode == 0, resumed.stderr
    assert re.search(r"resum\w* .*statement 2", resumed.stdout + resumed.stderr, re.IGNORECASE)
    assert relation_exists(db, "last_part")
    assert state_versions(db) == [1]
    assert run_pgmig("status", db, migrations_dir, "--exit-code").returncode == 0
