"""The transactional runner through the Python API, against the real server.

Each test asserts what the user gets (result objects, the rendered error) and what the database
holds afterwards (schema objects, the ``_migrations`` rows and the ``_migrations_log`` history).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pgmig import api
from pgmig.config import Settings
from pgmig.errors import FileProblems, MigrationFailed, PlanError
from pgmig.runner import Event
from tests.conftest import TestDB, write_migration


def settings_for(db: TestDB, folder: Path, **changes: Any) -> Settings:
    return Settings(database_url=db.url, dir=folder).replace(**changes)


def state(db: TestDB, table: str = "_migrations") -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.query(f"SELECT version, name FROM {table} ORDER BY version")]


def events(db: TestDB, table: str = "_migrations_log") -> list[tuple[int | None, str]]:
    return [(r[0], r[1]) for r in db.query(f"SELECT version, event FROM {table} ORDER BY id")]


def write_users(folder: Path) -> None:
    write_migration(
        folder,
        "001",
        "create_users",
        "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n",
        "DROP TABLE users;\n",
    )
    write_migration(
        folder,
        "002",
        "add_email",
        "ALTER TABLE users ADD COLUMN email text;\nCREATE INDEX users_email_idx ON users (email);\n",
        "DROP INDEX users_email_idx;\nALTER TABLE users DROP COLUMN email;\n",
    )


def test_apply_rollback_and_apply_again_leaves_the_same_schema_and_logs_each_step(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    settings = settings_for(db, migrations_dir)
    seen: list[Event] = []

    first = api.up(settings, on_event=seen.append)
    assert [s.name for s in first.applied] == ["001_create_users", "002_add_email"]
    assert [e.message.split(" (")[0] for e in seen if e.kind == "applied"] == [
        "applied 001_create_users",
        "applied 002_add_email",
    ]
    assert state(db) == [(1, "001_create_users"), (2, "002_add_email")]
    row = db.query(
        "SELECT checksum, duration_ms >= 0, applied_by LIKE 'postgres@%%', pgmig_version, "
        "transactional, statements_done, error FROM _migrations WHERE version = 2"
    )[0]
    assert len(row[0]) == 64 and row[1] is True and row[2] is True
    assert row[3:] == ("0.1.0", True, None, None)

    back = api.down(settings, all_=True)
    assert [s.name for s in back.rolled_back] == ["002_add_email", "001_create_users"]
    assert "users" not in db.tables()
    assert state(db) == []

    again = api.up(settings)
    assert len(again.applied) == 2
    assert db.query("SELECT count(*) FROM pg_indexes WHERE indexname = 'users_email_idx'") == [(1,)]
    assert events(db) == [
        (1, "apply"),
        (2, "apply"),
        (2, "rollback"),
        (1, "rollback"),
        (1, "apply"),
        (2, "apply"),
    ]
    # nothing pending: a second up does nothing and says so
    assert api.up(settings).applied == []


def test_failure_mid_file_rolls_back_schema_and_state_row_and_points_at_file_line_column(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    path = write_migration(
        migrations_dir,
        "003",
        "backfill",
        "-- give everyone a name\n"
        "ALTER TABLE users ADD COLUMN nickname text;\n"
        "\n"
        "UPDATE users\n"
        "   SET nickname = nmae;\n"
        "CREATE TABLE never_created (id int);\n",
    )
    settings = settings_for(db, migrations_dir)

    with pytest.raises(MigrationFailed) as info:
        api.up(settings)

    err = info.value
    assert err.exit_code == 1
    assert str(err.location) == f"{path}:5:19"  # "nmae" on line 5, column 19
    text = err.render()
    assert "migration 003_backfill failed at statement 2" in text
    assert "statement 2 of 3:" in text
    assert "    4 | UPDATE users" in text and "    5 |    SET nickname = nmae" in text
    assert 'server: ERROR 42703: column "nmae" does not exist' in text
    assert "nothing from 003_backfill was applied" in text
    assert "applied before this failure, and kept: 001_create_users, 002_add_email" in text
    # the schema change of statement 1 and the state row were rolled back together
    assert db.query(
        "SELECT count(*) FROM pg_attribute WHERE attrelid = 'users'::regclass "
        "AND attname = 'nickname'"
    ) == [(0,)]
    assert "never_created" not in db.tables()
    assert state(db) == [(1, "001_create_users"), (2, "002_add_email")]
    failure = db.query(
        "SELECT details->>'sqlstate', details->>'statement' FROM _migrations_log "
        "WHERE event = 'failure' AND version = 3"
    )
    assert failure == [("42703", "2")]


def test_server_hint_and_detail_are_quoted_in_the_failure(db: TestDB, migrations_dir: Path) -> None:
    write_migration(
        migrations_dir,
        "001",
        "dupes",
        "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n"
        "ALTER TABLE t ADD PRIMARY KEY (id);\n",
    )
    with pytest.raises(MigrationFailed) as info:
        api.up(settings_for(db, migrations_dir))
    text = info.value.render()
    assert "could not create unique index" in text
    assert "detail: Key (id)=(1) is duplicated." in text
    assert info.value.location is not None and info.value.location.line == 3


def test_single_transaction_is_all_or_nothing(db: TestDB, migrations_dir: Path) -> None:
    write_users(migrations_dir)
    write_migration(migrations_dir, "003", "broken", "ALTER TABLE nope ADD COLUMN x int;\n")
    settings = settings_for(db, migrations_dir)

    with pytest.raises(MigrationFailed) as info:
        api.up(settings, single_transaction=True)
    assert "--single-transaction rolled back all 3 migrations" in info.value.render()
    assert db.tables() == {"_migrations", "_migrations_log"}
    assert state(db) == []

    (migrations_dir / "003_broken.up.sql").unlink()
    result = api.up(settings, single_transaction=True)
    assert [s.name for s in result.applied] == ["001_create_users", "002_add_email"]
    assert state(db) == [(1, "001_create_users"), (2, "002_add_email")]


def test_single_transaction_refuses_a_no_transaction_file_before_running_anything(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    write_migration(
        migrations_dir,
        "003",
        "email_idx",
        "-- pgmig:no-transaction\nCREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n",
    )
    with pytest.raises(FileProblems) as info:
        api.up(settings_for(db, migrations_dir), single_transaction=True)
    assert "003_email_idx cannot run inside --single-transaction" in info.value.render()
    assert db.tables() == set()


def test_dry_run_changes_nothing_and_creates_no_state_table(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    result = api.up(settings_for(db, migrations_dir), dry_run=True)
    assert result.dry_run and result.applied == []
    assert [p.name for p in result.planned] == ["001_create_users", "002_add_email"]
    assert result.planned[1].statements == [
        "ALTER TABLE users ADD COLUMN email text;",
        "CREATE INDEX users_email_idx ON users (email);",
    ]
    assert result.planned[0].lock_timeout == "200ms"
    assert db.tables() == set()
    assert db.query("SELECT count(*) FROM pg_namespace WHERE nspname = 'pgmig'") == [(0,)]


def test_edited_applied_file_blocks_up_until_repair_accepts_it_and_logs_it(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    settings = settings_for(db, migrations_dir)
    api.up(settings)
    (migrations_dir / "001_create_users.up.sql").write_text(
        "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, x int);\n"
    )
    write_migration(migrations_dir, "003", "more", "CREATE TABLE more (id int);\n")

    with pytest.raises(PlanError) as info:
        api.up(settings)
    err = info.value
    assert err.exit_code == 2
    assert "1 applied migration has been edited since it was applied" in err.what
    assert "pgmig repair 001" in err.render()
    assert "more" not in db.tables()
    assert [e.state for e in api.status(settings).entries] == ["changed", "applied", "pending"]

    repaired = api.repair(settings)
    assert repaired.repaired == [(1, "001_create_users")]
    log = db.query(
        "SELECT details ? 'old_checksum', details ? 'new_checksum' FROM _migrations_log "
        "WHERE event = 'repair' AND version = 1"
    )
    assert log == [(True, True)]
    assert [s.name for s in api.up(settings).applied] == ["003_more"]


def test_repair_of_a_version_whose_file_matches_says_there_is_nothing_to_repair(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    settings = settings_for(db, migrations_dir)
    api.up(settings)
    with pytest.raises(PlanError, match="nothing to repair for 001_create_users"):
        api.repair(settings, [1])
    with pytest.raises(PlanError, match="cannot repair 7: it is not applied"):
        api.repair(settings, [7])


def test_line_ending_and_trailing_whitespace_changes_are_not_edits(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    settings = settings_for(db, migrations_dir)
    api.up(settings)
    path = migrations_dir / "002_add_email.up.sql"
    text = path.read_text()
    path.write_bytes((text.replace("\n", "   \r\n") + "\r\n\r\n").encode())

    assert api.up(settings).applied == []  # no refusal
    assert {e.state for e in api.status(settings).entries} == {"applied"}


def test_out_of_order_pending_migration_is_refused_unless_allowed(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "a", "CREATE TABLE a (id int);\n")
    write_migration(migrations_dir, "003", "c", "CREATE TABLE c (id int);\n")
    settings = settings_for(db, migrations_dir)
    api.up(settings)
    write_migration(migrations_dir, "002", "b", "CREATE TABLE b (id int);\n")

    with pytest.raises(PlanError) as info:
        api.up(settings)
    text = info.value.render()
    assert "1 pending migration is older than 003_c, the newest applied one" in text
    assert "out of order: 002_b" in text
    assert "--allow-out-of-order" in text
    assert "b" not in db.tables()
    assert next(e for e in api.status(settings).entries if e.version == 2).out_of_order

    result = api.up(settings.replace(allow_out_of_order=True))
    assert [s.name for s in result.applied] == ["002_b"]


def test_up_to_a_version_stops_there(db: TestDB, migrations_dir: Path) -> None:
    for v in ("001", "002", "003"):
        write_migration(migrations_dir, v, f"t{v}", f"CREATE TABLE t{v} (id int);\n")
    settings = settings_for(db, migrations_dir)
    assert [s.name for s in api.up(settings, to=2).applied] == ["001_t001", "002_t002"]
    assert [s.name for s in api.up(settings).applied] == ["003_t003"]


def test_baseline_records_without_running_and_refuses_twice(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    write_migration(migrations_dir, "003", "later", "CREATE TABLE later (id int);\n")
    db.query("CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, email text)")
    settings = settings_for(db, migrations_dir)

    result = api.baseline(settings, 2)
    assert result.recorded == [(1, "001_create_users"), (2, "002_add_email")]
    assert "users_email_idx" not in {r[0] for r in db.query("SELECT indexname FROM pg_indexes")}
    assert events(db) == [(1, "baseline"), (2, "baseline")]
    assert [s.name for s in api.up(settings).applied] == ["003_later"]

    with pytest.raises(PlanError, match="2 of those migrations are already applied"):
        api.baseline(settings, 2)
    with pytest.raises(PlanError, match="no migration file has version 5"):
        api.baseline(settings, 5)


def test_missing_down_file_is_refused_before_anything_is_rolled_back(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    write_migration(migrations_dir, "003", "no_down", "CREATE TABLE no_down (id int);\n")
    settings = settings_for(db, migrations_dir)
    api.up(settings)

    with pytest.raises(FileProblems) as info:
        api.down(settings, steps=2)
    assert "migration 003_no_down has no down file" in info.value.render()
    assert info.value.exit_code == 2
    assert state(db) == [(1, "001_create_users"), (2, "002_add_email"), (3, "003_no_down")]
    assert "no_down" in db.tables()


def test_down_to_a_version_keeps_it_and_a_wrong_version_is_refused(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    write_migration(migrations_dir, "003", "t3", "CREATE TABLE t3 (id int);\n", "DROP TABLE t3;\n")
    settings = settings_for(db, migrations_dir)
    api.up(settings)
    with pytest.raises(PlanError, match="--to 9 is not an applied version"):
        api.down(settings, to=9)
    result = api.down(settings, to=1)
    assert [s.name for s in result.rolled_back] == ["003_t3", "002_add_email"]
    assert state(db) == [(1, "001_create_users")]


def test_failing_down_file_rolls_back_the_rollback_and_keeps_the_row(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "t",
        "CREATE TABLE t (id int);\n",
        "DROP TABLE t;\nDROP TABLE not_there;\n",
    )
    settings = settings_for(db, migrations_dir)
    api.up(settings)
    with pytest.raises(MigrationFailed) as info:
        api.down(settings)
    text = info.value.render()
    assert "rolling back 001_t failed at statement 2" in text
    assert "001_t.down.sql:2:1:" in text  # no server position: the statement start
    assert "nothing was rolled back" in text
    assert "t" in db.tables()
    assert state(db) == [(1, "001_t")]


def test_status_reports_every_state_and_needs_attention(db: TestDB, migrations_dir: Path) -> None:
    write_users(migrations_dir)
    write_migration(migrations_dir, "003", "gone", "CREATE TABLE gone (id int);\n")
    settings = settings_for(db, migrations_dir)
    empty = api.status(settings)
    assert not empty.state_table_exists and "_migrations" not in db.tables()
    api.up(settings)
    (migrations_dir / "003_gone.up.sql").unlink()
    write_migration(migrations_dir, "004", "next", "CREATE TABLE next (id int);\n")

    result = api.status(settings)
    assert [(e.name, e.state) for e in result.entries] == [
        ("001_create_users", "applied"),
        ("002_add_email", "applied"),
        ("003_gone", "missing"),
        ("004_next", "pending"),
    ]
    assert result.entries[0].applied_at is not None and result.entries[0].has_down is True
    assert result.entries[3].has_down is False
    assert result.needs_attention


def test_hostile_schema_and_table_names_are_quoted_everywhere(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    schema, table = 'we"ird; drop', "Mig-Table"
    settings = settings_for(db, migrations_dir, schema=schema, table=table)

    assert [s.name for s in api.up(settings).applied] == ["001_create_users", "002_add_email"]
    rows = db.query('SELECT version FROM "we""ird; drop"."Mig-Table" ORDER BY 1')
    assert rows == [(1,), (2,)]
    assert db.query('SELECT count(*) FROM "we""ird; drop"."Mig-Table_log"') == [(2,)]
    assert api.status(settings).count("applied") == 2
    assert api.status(settings).table == '"we""ird; drop"."Mig-Table"'
    assert len(api.down(settings, all_=True).rolled_back) == 2
    assert "_migrations" not in db.tables()  # nothing went to the default table


def test_state_table_of_another_tool_or_a_newer_pgmig_is_refused(
    db: TestDB, migrations_dir: Path
) -> None:
    write_users(migrations_dir)
    settings = settings_for(db, migrations_dir)
    db.query("CREATE TABLE _migrations (id int)")
    with pytest.raises(Exception, match="exists but is not a pgmig state table"):
        api.up(settings)
    db.query("DROP TABLE _migrations")

    api.up(settings)
    db.query("COMMENT ON TABLE _migrations IS 'pgmig state v2'")
    with pytest.raises(Exception, match="written by a newer pgmig") as info:
        api.status(settings)
    assert info.value.exit_code == 2  # type: ignore[attr-defined]


def test_transaction_control_in_a_transactional_file_is_refused_before_running(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(migrations_dir, "001", "txn", "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n")
    with pytest.raises(FileProblems, match="BEGIN in a migration that pgmig runs in a transaction"):
        api.up(settings_for(db, migrations_dir))
    assert db.tables() == set()


def test_per_file_timeout_directives_apply_and_bad_values_are_refused(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "slow",
        "-- pgmig:statement-timeout 100ms\nSELECT pg_sleep(1);\n",
    )
    with pytest.raises(MigrationFailed) as info:
        api.up(settings_for(db, migrations_dir))
    text = info.value.render()
    assert "canceling statement due to statement timeout" in text
    assert "-- pgmig:statement-timeout 30min" in text

    (migrations_dir / "001_slow.up.sql").write_text("-- pgmig:lock-timeout soon\nSELECT 1;\n")
    with pytest.raises(FileProblems, match="`-- pgmig:lock-timeout soon` is not a duration"):
        api.up(settings_for(db, migrations_dir))


def test_statement_boundaries_hold_around_comments_and_server_notices_are_reported(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "comments",
        "CREATE TABLE a (id int) -- a trailing comment swallows nothing\n;\n"
        "DO $$ BEGIN RAISE NOTICE 'hello from 001'; END $$;\n"
        "CREATE TABLE b (id int); /* block */ CREATE TABLE c (id int)",
    )
    write_migration(
        migrations_dir,
        "002",
        "fails_late",
        "DO $$ BEGIN RAISE NOTICE 'hello from 002'; END $$;\nSELECT 1/0;\n",
    )
    seen: list[Event] = []
    with pytest.raises(MigrationFailed) as info:
        api.up(settings_for(db, migrations_dir), on_event=seen.append)

    assert {"a", "b", "c"} <= db.tables()
    notices = [e.message for e in seen if e.kind == "notice"]
    assert notices == ["NOTICE: hello from 001", "NOTICE: hello from 002"]
    assert info.value.location is not None and info.value.location.line == 2
    assert "division by zero" in info.value.what
    duration = db.query("SELECT duration_ms FROM _migrations WHERE version = 1")[0][0]
    assert duration > 0


def test_error_in_the_first_statement_points_at_its_own_column(
    db: TestDB, migrations_dir: Path
) -> None:
    # pgmig sends BEGIN and its SET LOCALs in the same message as the first statement: the
    # server's error position must still land on the user's text
    path = write_migration(migrations_dir, "001", "first", "  SELECT nmae FROM pg_class;\n")
    with pytest.raises(MigrationFailed) as info:
        api.up(settings_for(db, migrations_dir))
    assert str(info.value.location) == f"{path}:1:10"
    assert "      1 |   SELECT nmae FROM pg_class\n        |          ^" in info.value.render()


def test_deferred_constraint_failing_at_commit_is_reported_as_such_and_nothing_is_applied(
    db: TestDB, migrations_dir: Path
) -> None:
    write_migration(
        migrations_dir,
        "001",
        "deferred",
        "CREATE TABLE parent (id int PRIMARY KEY);\n"
        "CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);\n"
        "INSERT INTO child VALUES (42);\n",
    )
    with pytest.raises(MigrationFailed) as info:
        api.up(settings_for(db, migrations_dir))
    assert "migration 001_deferred failed at COMMIT: insert or update on table" in info.value.what
    assert "nothing from 001_deferred was applied" in info.value.render()
    assert db.tables() == {"_migrations", "_migrations_log"}
    assert state(db) == []


def test_a_migration_that_breaks_pgmigs_own_bookkeeping_is_rolled_back_and_says_so(
    db: TestDB, migrations_dir: Path
) -> None:
    settings = settings_for(db, migrations_dir)
    write_migration(migrations_dir, "001", "a", "CREATE TABLE a (id int);\n")
    api.up(settings)
    write_migration(
        migrations_dir,
        "002",
        "meddles",
        "CREATE TABLE b (id int);\n"
        "INSERT INTO _migrations (version, name, checksum, applied_by, pgmig_version, "
        "transactional) VALUES (2, 'x', 'x', 'x', 'x', true);\n",
    )
    with pytest.raises(MigrationFailed) as info:
        api.up(settings)
    assert "migration 002_meddles failed while pgmig recorded it: duplicate key" in (
        info.value.what
    )
    assert "b" not in db.tables()
    assert state(db) == [(1, "001_a")]
