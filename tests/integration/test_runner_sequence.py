"""A run of several transactional migrations: what commits when one fails (at a statement or
at COMMIT), per-migration durations, the order of notices and reports, and statements that
carry parameter markers of their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from pgmig import api
from pgmig.config import Settings
from pgmig.errors import FileProblems, MigrationFailed
from pgmig.runner import Event
from tests.conftest import TestDB, write_migration


def settings_for(db: TestDB, folder: Path, **changes: Any) -> Settings:
    return Settings(database_url=db.url, dir=folder).replace(**changes)


def versions(db: TestDB) -> list[int]:
    return [r[0] for r in db.query("SELECT version FROM _migrations ORDER BY version")]


def test_a_failure_in_the_third_migration_keeps_the_first_two_and_names_its_statement(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "a", "CREATE TABLE a (id int);\n")
    write_migration(
        migrations_dir, "002", "b", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n"
    )
    write_migration(
        migrations_dir,
        "003",
        "c",
        "CREATE TABLE c (id int);\nINSERT INTO c VALUES (1);\nINSERT INTO nope VALUES (1);\n",
    )
    write_migration(migrations_dir, "004", "d", "CREATE TABLE d (id int);\n")
    seen: list[Event] = []

    with pytest.raises(MigrationFailed) as exc:
        api.up(settings_for(db, migrations_dir), on_event=seen.append)

    assert exc.value.what.startswith('migration 003_c failed at statement 3: relation "nope"')
    assert exc.value.location is not None and exc.value.location.line == 3
    assert exc.value.location.column == 13  # the server's error position, mapped into the file
    assert versions(db) == [1, 2]
    assert db.tables() == {"a", "b", "_migrations", "_migrations_log"}
    assert [e.version for e in seen if e.kind == "applied"] == [1, 2]
    # the connection was left usable: the next run applies the rest once the file is fixed
    write_migration(migrations_dir, "003", "c", "CREATE TABLE c (id int);\n")
    assert [s.version for s in api.up(settings_for(db, migrations_dir)).applied] == [3, 4]


def test_a_failing_commit_rolls_back_that_migration_only(db: TestDB, migrations_dir: Path) -> None:
    """A deferred constraint fails at COMMIT: the next migration must not run."""
    write_migration(migrations_dir, "001", "parent", "CREATE TABLE p (id int PRIMARY KEY);\n")
    write_migration(
        migrations_dir,
        "002",
        "orphan",
        "CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
        "INSERT INTO ch VALUES (42);\n",
    )
    write_migration(migrations_dir, "003", "after", "CREATE TABLE after_it (id int);\n")

    with pytest.raises(MigrationFailed) as exc:
        api.up(settings_for(db, migrations_dir))

    assert exc.value.what.startswith("migration 002_orphan failed at COMMIT: insert or update")
    assert versions(db) == [1]
    assert db.tables() == {"p", "_migrations", "_migrations_log"}


def test_each_migration_records_its_own_duration(db: TestDB, migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "slow", "SELECT pg_sleep(0.3);\n", "SELECT 1;\n")
    write_migration(migrations_dir, "002", "quick", "CREATE TABLE q (id int);\n", "DROP TABLE q;\n")
    for single in (False, True):
        if single:
            api.down(settings_for(db, migrations_dir), all_=True)
        result = api.up(settings_for(db, migrations_dir), single_transaction=single)
        slow, quick = result.applied
        assert slow.duration_ms >= 300, single
        assert quick.duration_ms < 250, single  # its own time, not since the transaction began
        rows = db.query("SELECT version, duration_ms FROM _migrations ORDER BY version")
        assert [r[0] for r in rows] == [1, 2]
        assert rows[0][1] == pytest.approx(slow.duration_ms, abs=0.01)
        assert rows[1][1] == pytest.approx(quick.duration_ms, abs=0.01)
        logged = db.query(
            "SELECT duration_ms FROM _migrations_log WHERE event = 'apply' ORDER BY id DESC LIMIT 2"
        )
        assert sorted(r[0] for r in logged) == pytest.approx(
            sorted([slow.duration_ms, quick.duration_ms]), abs=0.01
        )
    down = api.down(settings_for(db, migrations_dir), all_=True)
    assert [s.version for s in down.rolled_back] == [2, 1]
    assert all(s.duration_ms >= 0 for s in down.rolled_back)


def test_notices_follow_the_report_of_the_migration_before_them(
    db: TestDB, migrations_dir: Path
) -> None:
    for v in ("001", "002"):
        write_migration(
            migrations_dir, v, f"say_{v}", f"DO $$ BEGIN RAISE NOTICE 'from {v}'; END $$;\n"
        )
    seen: list[Event] = []

    api.up(settings_for(db, migrations_dir), on_event=seen.append)

    assert [(e.kind, e.version) for e in seen if e.kind in ("notice", "applied")] == [
        ("notice", 1),
        ("applied", 1),
        ("notice", 2),
        ("applied", 2),
    ]


def test_parameter_markers_inside_statements_are_not_taken_for_query_parameters(
    db: TestDB, migrations_dir: Path
) -> None:
    """Statements travel as extended-protocol messages with no parameters; ``$1`` that belongs
    to a function body or a PREPARE must reach the server untouched."""
    write_migration(
        migrations_dir,
        "001",
        "functions",
        "CREATE FUNCTION plus_one(int) RETURNS int LANGUAGE sql\n"
        "  BEGIN ATOMIC SELECT $1 + 1; END;\n"
        "CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql AS 'SELECT $1 * 2';\n"
        "PREPARE q(int) AS SELECT $1;\n"
        "DEALLOCATE q;\n",
    )

    api.up(settings_for(db, migrations_dir))

    assert db.query("SELECT plus_one(1), twice(2)") == [(2, 4)]


def test_copy_from_stdin_is_refused_before_anything_runs(db: TestDB, migrations_dir: Path) -> None:
    write_migration(migrations_dir, "001", "ok", "CREATE TABLE t (id int);\n")
    write_migration(migrations_dir, "002", "seed", "COPY t (id) FROM STDIN;\n")

    with pytest.raises(FileProblems) as exc:
        api.up(settings_for(db, migrations_dir))

    rendered = exc.value.render()
    assert "002_seed.up.sql:1:1: COPY ... FROM STDIN needs a client that streams" in rendered
    assert "INSERT ... VALUES" in rendered
    assert "t" not in db.tables()


@pytest.mark.parametrize("single", [False, True], ids=["per-migration", "single-transaction"])
def test_session_settings_of_one_migration_do_not_leak_into_the_next(
    db: TestDB, migrations_dir: Path, single: bool
) -> None:
    """Applied together or one run at a time, a migration sees the same session: a session-level
    SET, set_config(..., false) or SET ROLE in the migration before it does not carry over."""
    role = f"pgmig_leak_{db.dbname[-12:]}"
    db.query(f"CREATE ROLE {role} NOLOGIN")
    try:
        write_migration(
            migrations_dir,
            "001",
            "settings",
            "CREATE SCHEMA s1;\n"
            "SET search_path = s1, public;\n"
            "CREATE TABLE a (id int);\n"
            "SET work_mem = '7MB';\n"
            "SELECT set_config('application_name', 'changed by 001', false);\n"
            f"GRANT ALL ON SCHEMA public TO {role};\n"
            f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role};\n"
            f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role};\n"
            f"SET ROLE {role};\n",
        )
        write_migration(
            migrations_dir,
            "002",
            "sees_defaults",
            "CREATE TABLE b AS SELECT current_setting('work_mem') AS work_mem, "
            "current_setting('application_name') AS app, current_user::text AS who;\n",
        )

        api.up(settings_for(db, migrations_dir), single_transaction=single)

        assert db.query("SELECT to_regclass('s1.a') IS NOT NULL, to_regclass('public.b')") == [
            (True, "b")
        ]
        work_mem, app, who = db.query("SELECT work_mem, app, who FROM public.b")[0]
        assert work_mem == db.query("SELECT current_setting('work_mem')")[0][0]
        assert app == "pgmig"
        assert who == db.user
    finally:
        db.query(f"DROP OWNED BY {role}; DROP ROLE {role}")


def test_a_no_transaction_file_keeps_its_own_settings_but_the_next_migration_does_not(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "schema", "CREATE SCHEMA s1;\n")
    write_migration(
        migrations_dir,
        "002",
        "concurrently",
        "-- pgmig:no-transaction\n"
        "SET search_path = s1, public;\n"
        "CREATE TABLE x (id int);\n"
        "CREATE INDEX CONCURRENTLY x_id ON x (id);\n",
    )
    write_migration(migrations_dir, "003", "after", "CREATE TABLE y (id int);\n")

    api.up(settings_for(db, migrations_dir))

    assert db.query("SELECT to_regclass('s1.x_id') IS NOT NULL, to_regclass('public.y')") == [
        (True, "y")
    ]


def test_a_copy_that_reaches_the_server_fails_instead_of_hanging(db: TestDB) -> None:
    """COPY FROM STDIN / TO STDOUT never get past validation; the runner still refuses to wait
    on a COPY the server started (defence in depth)."""
    from pgmig.db.state import StateStore, StateTables
    from pgmig.redact import Redactor
    from pgmig.runner import Runner

    with db.connect() as conn:
        runner = Runner(
            conn,
            monitor=None,
            store=StateStore(StateTables("public", "_migrations"), actor="t", pgmig_version="0"),
            settings=Settings(database_url=db.url),
            redactor=Redactor.for_dsn(db.url),
            emit=lambda event: None,
        )
        runner._execute("SELECT 1; CREATE TABLE fine (id int)")
        with pytest.raises(psycopg.ProgrammingError, match="unexpected COPY_OUT result"):
            runner._execute("BEGIN; CREATE TABLE gone (id int); COPY (SELECT 1) TO STDOUT")
        assert conn.closed
    assert db.tables() >= {"fine"} and "gone" not in db.tables()
