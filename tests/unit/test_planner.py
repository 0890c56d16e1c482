"""The planner decides from files and state rows alone: no database, no parsing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pgmig.models import AppliedMigration, Migration
from pgmig.parsing import checksum
from pgmig.planner import make_plan, select_down, select_up


def mig(version: int, text: str = "", *, down: bool = True) -> Migration:
    text = text or f"CREATE TABLE t{version} (id int);"
    slug = f"m{version}"
    return Migration(
        version,
        f"{version:03d}",
        slug,
        Path(f"{version:03d}_{slug}.up.sql"),
        Path(f"{version:03d}_{slug}.down.sql") if down else None,
        text,
        "SELECT 1;" if down else None,
        checksum(text),
    )


def row(
    m: Migration | int,
    *,
    done: int | None = None,
    total: int | None = None,
    error: str | None = None,
    checksum_: str | None = None,
) -> AppliedMigration:
    version = m if isinstance(m, int) else m.version
    name = f"{version:03d}_m{version}"
    return AppliedMigration(
        version,
        name,
        checksum_ or (m.checksum if isinstance(m, Migration) else "gone"),
        datetime(2025, 1, 1, tzinfo=UTC),
        1.0,
        "me@host",
        "0.1.0",
        done is None,
        done,
        total,
        error,
    )


def test_fresh_database_has_everything_pending_in_version_order() -> None:
    files = [mig(1), mig(2), mig(10)]
    plan = make_plan(files, [])
    assert [m.version for m in plan.pending] == [1, 2, 10]
    assert plan.out_of_order == [] and plan.applied_ok == []


def test_applied_changed_missing_and_pending_are_told_apart() -> None:
    one, two, four = mig(1), mig(2), mig(4)
    plan = make_plan(
        [one, two, four],
        [row(one), row(two, checksum_="old"), row(3)],
    )
    assert [m.version for m, _ in plan.applied_ok] == [1]
    assert [m.version for m, _ in plan.changed] == [2]
    assert [a.version for a in plan.missing] == [3]
    assert [m.version for m in plan.pending] == [4]
    assert plan.out_of_order == []


def test_pending_migration_older_than_the_newest_applied_is_out_of_order() -> None:
    one, two, three = mig(1), mig(2), mig(3)
    plan = make_plan([one, two, three], [row(one), row(three)])
    assert [m.version for m in plan.pending] == [2]
    assert [m.version for m in plan.out_of_order] == [2]


def test_stopped_no_transaction_migration_is_incomplete_not_applied() -> None:
    one, two = mig(1), mig(2)
    plan = make_plan(
        [one, two], [row(one, done=1, total=3, error="boom"), row(two, done=3, total=3)]
    )
    assert [(m.version if m else None, r.version) for m, r in plan.incomplete] == [(1, 1)]
    assert [m.version for m, _ in plan.applied_ok] == [2]
    assert plan.pending == []


def test_interrupted_without_error_is_incomplete_too_even_when_the_file_is_gone() -> None:
    plan = make_plan([], [row(7, done=0, total=2)])
    assert [(m, r.version) for m, r in plan.incomplete] == [(None, 7)]
    assert plan.missing == []


def test_whitespace_and_line_ending_edits_keep_the_checksum() -> None:
    a = mig(1, "CREATE TABLE a (id int);\nSELECT 1;\n")
    b = mig(1, "CREATE TABLE a (id int);   \r\nSELECT 1;\r\n\r\n")
    assert a.checksum == b.checksum
    assert make_plan([b], [row(a)]).changed == []


def test_missing_down_files_are_listed() -> None:
    plan = make_plan([mig(1), mig(2, down=False)], [])
    assert [m.version for m in plan.no_down] == [2]


def test_select_up_stops_at_to() -> None:
    plan = make_plan([mig(1), mig(2), mig(3)], [])
    assert [m.version for m in select_up(plan)] == [1, 2, 3]
    assert [m.version for m in select_up(plan, to=2)] == [1, 2]


def test_select_down_defaults_to_one_newest_first() -> None:
    files = [mig(v) for v in (1, 2, 3, 4)]
    plan = make_plan(files, [row(m) for m in files])
    assert [a.version for a in select_down(plan)] == [4]
    assert [a.version for a in select_down(plan, steps=2)] == [4, 3]
    assert [a.version for a in select_down(plan, to=2)] == [4, 3]
    assert [a.version for a in select_down(plan, all_=True)] == [4, 3, 2, 1]
    assert [a.version for a in select_down(plan, steps=10)] == [4, 3, 2, 1]
