"""Lock timeouts, retries with the blocker named, the retry budget, and the deploy lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest

from pgmig import api
from pgmig.db.lock import LOCK_CLASS, lock_key
from pgmig.errors import DeployLockTimeout, MigrationFailed
from pgmig.runner import Event
from tests.conftest import TestDB, write_migration
from tests.integration.test_runner_apply import events, settings_for, state


@contextmanager
def report_holding(db: TestDB, sql: str, release_after: float | None) -> Iterator[int]:
    """A session named 'report' that ran ``sql`` in an open transaction; yields its pid and
    commits after ``release_after`` seconds (None: when the block ends)."""
    conn = psycopg.connect(db.url, application_name="report")
    conn.execute(sql)
    timer = None
    if release_after is not None:
        timer = threading.Timer(release_after, conn.commit)
        timer.start()
    try:
        yield conn.info.backend_pid
    finally:
        if timer is not None:
            timer.join()
        conn.close()


def test_lock_not_granted_is_retried_naming_the_blocker_and_then_applies(
    db: TestDB, migrations_dir: Path
) -> None:
    db.query("CREATE TABLE accounts (id int)")
    write_migration(
        migrations_dir, "001", "add_note", "ALTER TABLE accounts ADD COLUMN note text;\n"
    )
    seen: list[Event] = []
    with report_holding(db, "SELECT * FROM accounts", release_after=1.0) as pid:
        started = time.monotonic()
        result = api.up(settings_for(db, migrations_dir), on_event=seen.append)
        waited = time.monotonic() - started

    assert [s.name for s in result.applied] == ["001_add_note"]
    assert result.applied[0].retries >= 1
    assert waited >= 0.9
    retries = [e.message for e in seen if e.kind == "retry"]
    assert retries, seen
    first = retries[0]
    assert "001_add_note: lock not granted within 200ms (attempt 1)" in first
    assert f"pid {pid} (application_name 'report'" in first
    assert "idle in transaction" in first and "holds AccessShareLock on accounts" in first
    assert "SELECT * FROM accounts" in first
    logged = db.query(
        "SELECT details->'blockers'->0->>'pid', details->'blockers'->0->>'application_name' "
        "FROM _migrations_log WHERE event = 'retry' ORDER BY id LIMIT 1"
    )
    assert logged == [(str(pid), "report")]
    assert [e for e in events(db) if e[1] == "apply"] == [(1, "apply")]


def test_spent_retry_budget_applies_nothing_and_names_blocker_and_settings(
    db: TestDB, migrations_dir: Path
) -> None:
    db.query("CREATE TABLE accounts (id int)")
    write_migration(
        migrations_dir,
        "001",
        "add_note",
        "ALTER TABLE accounts ADD COLUMN note text;\nCREATE TABLE side (id int);\n",
    )
    settings = settings_for(db, migrations_dir, lock_retry_budget="1s")
    with report_holding(db, "LOCK TABLE accounts IN ACCESS SHARE MODE", None) as pid:
        started = time.monotonic()
        with pytest.raises(MigrationFailed) as info:
            api.up(settings)
        elapsed = time.monotonic() - started

    assert 0.9 <= elapsed < 5
    err = info.value
    assert err.exit_code == 1
    text = err.render()
    assert "gave up applying 001_add_note: the lock it needs on accounts was not granted" in text
    assert f"blocked by pid {pid} (application_name 'report'" in text
    assert "lock_retry_budget" in text and "lock_timeout" in text and "--lock-timeout" in text
    assert f"SELECT pg_terminate_backend({pid});" in text
    assert "nothing from 001_add_note was applied" in text
    assert state(db) == []
    assert "side" not in db.tables()
    kinds = [e for _, e in events(db)]
    assert "apply" not in kinds and kinds[-1] == "failure" and "retry" in kinds


def test_no_transaction_statement_is_retried_on_its_own(db: TestDB, migrations_dir: Path) -> None:
    db.query("CREATE TABLE accounts (id int)")
    write_migration(
        migrations_dir,
        "001",
        "idx",
        "-- pgmig:no-transaction\n"
        "CREATE TABLE before_it (id int);\n"
        "ALTER TABLE accounts ADD COLUMN note text;\n",
    )
    seen: list[Event] = []
    with report_holding(db, "LOCK TABLE accounts IN ACCESS SHARE MODE", release_after=0.8):
        result = api.up(settings_for(db, migrations_dir), on_event=seen.append)
    assert result.applied[0].retries >= 1
    assert any(e.kind == "retry" for e in seen)
    assert db.query("SELECT statements_done, statements_total, error FROM _migrations") == [
        (2, 2, None)
    ]


def hold_deploy_lock(db: TestDB, schema: str = "public", table: str = "_migrations") -> Any:
    conn = psycopg.connect(db.url, autocommit=True, application_name="other deployer")
    conn.execute(
        "SELECT pg_advisory_lock(%s, %s)", (LOCK_CLASS, lock_key(db.dbname, schema, table))
    )
    return conn


def test_deploy_lock_held_elsewhere_times_out_with_exit_4_naming_the_holder(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "t", "CREATE TABLE t (id int);\n")
    holder = hold_deploy_lock(db)
    seen: list[Event] = []
    try:
        with pytest.raises(DeployLockTimeout) as info:
            api.up(settings_for(db, migrations_dir, deploy_lock_wait="600ms"), on_event=seen.append)
        pid = holder.info.backend_pid
    finally:
        holder.close()

    err = info.value
    assert err.exit_code == 4
    text = err.render()
    assert "another pgmig process held the deploy lock for longer than 600 ms" in text
    assert f"held by pid {pid} (application_name 'other deployer'" in text
    assert "deploy_lock_wait" in text
    assert f"SELECT pg_terminate_backend({pid});" in text
    assert any(e.kind == "wait" and f"held by pid {pid}" in e.message for e in seen)
    assert db.tables() == set()  # nothing created while waiting


def test_waiting_deployers_proceed_when_the_lock_is_released_and_reread_the_state(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "t", "CREATE TABLE t (id int);\n")
    settings = settings_for(db, migrations_dir)
    holder = hold_deploy_lock(db)
    results: list[api.UpResult] = []
    # two deployers read "001 pending" and then both wait for the held deploy lock
    others = [threading.Thread(target=lambda: results.append(api.up(settings))) for _ in range(2)]
    for thread in others:
        thread.start()
    time.sleep(1.0)
    holder.close()
    for thread in others:
        thread.join(timeout=30)

    # whoever got the lock second re-read the state and found nothing left to do
    assert sorted(len(r.applied) for r in results) == [0, 1]
    assert state(db) == [(1, "001_t")]
    assert [e for e in events(db) if e[1] == "apply"] == [(1, "apply")]


def test_deploy_lock_is_per_state_table(db: TestDB, migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "t", "CREATE TABLE t (id int);\n")
    holder = hold_deploy_lock(db, table="other_table")
    try:
        result = api.up(settings_for(db, migrations_dir, deploy_lock_wait="200ms"))
    finally:
        holder.close()
    assert len(result.applied) == 1
