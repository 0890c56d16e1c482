"""The Python API of the migration commands: ``up``, ``down``, ``status``, ``baseline``,
``repair``, ``resolve``. Each takes :class:`~pgmig.config.Settings`, returns a result object
and prints nothing (progress goes to the optional ``on_event`` callback); the CLI renders.

Order of work in every command, so bad input changes nothing:

1. files are discovered and checked (no database);
2. the state is read without creating anything, the planner decides, the files that will run
   are parsed and validated (:func:`pgmig.discovery.load`) and refusals (changed files, out of
   order, incomplete) are raised;
3. only then the deploy lock is taken (on a connection of its own), the state tables are
   created if missing, the state is *read again* (another deployer may have applied things
   while this one waited) and the plan is re-checked;
4. the runner applies, one transaction per migration.

Errors are :class:`~pgmig.errors.PgmigError` subclasses carrying their exit code; database
errors outside a migration are translated into one, with passwords redacted.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pgmig import __version__
from pgmig.config import Settings, parse_duration_ms
from pgmig.discovery import discover, load
from pgmig.errors import Location, PgmigError, PlanError
from pgmig.models import AppliedMigration, LoadedMigration, Migration, Plan
from pgmig.planner import make_plan, select_down, select_up
from pgmig.redact import Redactor, describe_target

if TYPE_CHECKING:
    import psycopg

    from pgmig.db.state import StateStore
    from pgmig.parsing import ParsedSQL
    from pgmig.runner import Event, StepResult, Timeouts


@dataclass(frozen=True)
class LogNote:
    """An entry a gate asks to be written to the log table when the deploy goes ahead
    (e.g. ``allow-unsafe`` for a finding accepted on purpose)."""

    event: str
    version: int | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


# Pre-flight hook over the pending migrations, called after they are parsed and before the
# deploy lock is taken. It raises a PgmigError to refuse; it may return notes to log.
Gate = Callable[[Sequence[LoadedMigration], "psycopg.Connection[Any]"], Sequence[LogNote] | None]


@dataclass(frozen=True)
class PlannedStep:
    """One migration a command will run (or, with ``--dry-run``, would run)."""

    version: int
    name: str
    path: Path
    direction: str  # "up" or "down"
    transactional: bool
    parsed: ParsedSQL = field(repr=False, compare=False)
    lock_timeout: str
    statement_timeout: str
    resume_at: int | None = None  # 1-based statement a no-transaction file resumes at
    redactor: Redactor | None = field(default=None, repr=False, compare=False)

    @cached_property
    def statements(self) -> list[str]:
        """The SQL that runs, each ending with ";", passwords masked. Rendered on first use:
        only ``--dry-run`` prints it, and masking every statement of 1,000 migrations costs."""
        from pgmig.runner import iter_sql

        return list(iter_sql(self.parsed, (self.resume_at or 1) - 1, self.redactor))


@dataclass
class UpResult:
    target: str  # user@host:port/db, no password
    table: str  # schema.table
    applied: list[StepResult] = field(default_factory=list)
    planned: list[PlannedStep] = field(default_factory=list)
    dry_run: bool = False
    single_transaction: bool = False
    already_applied: int = 0
    newest: str | None = None  # newest applied migration after the run
    missing: list[AppliedMigration] = field(default_factory=list)  # applied, file gone
    backup: Path | None = None
    duration_ms: float = 0.0


@dataclass
class DownResult:
    target: str
    table: str
    rolled_back: list[StepResult] = field(default_factory=list)
    planned: list[PlannedStep] = field(default_factory=list)
    dry_run: bool = False
    remaining: int = 0
    duration_ms: float = 0.0


@dataclass(frozen=True)
class StatusEntry:
    """One line of ``pgmig status``.

    ``state``: ``applied``, ``pending``, ``changed`` (applied, file edited since),
    ``missing`` (applied, file gone) or ``failed`` (a no-transaction migration that stopped
    part-way, or whose rollback did).
    """

    version: int
    name: str
    state: str
    applied_at: datetime | None = None
    duration_ms: float | None = None
    applied_by: str | None = None
    has_down: bool | None = None
    out_of_order: bool = False
    detail: str | None = None


@dataclass
class StatusResult:
    target: str
    table: str
    state_table_exists: bool
    entries: list[StatusEntry]

    def count(self, state: str) -> int:
        return sum(1 for e in self.entries if e.state == state)

    @property
    def needs_attention(self) -> bool:
        """Something is pending, changed, missing or incomplete (``--exit-code`` exits 3)."""
        return any(e.state != "applied" for e in self.entries)


@dataclass
class BaselineResult:
    target: str
    table: str
    recorded: list[tuple[int, str]]


@dataclass
class RepairResult:
    target: str
    table: str
    repaired: list[tuple[int, str]]


@dataclass
class ResolveResult:
    target: str
    table: str
    version: int
    name: str
    resolution: str  # "applied" or "pending"
    statements_done: int | None
    statements_total: int | None
    file_missing: bool = False


def _ignore(_event: Event) -> None:
    return None


# -- up -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Work:
    migration: Migration
    resume_from: int | None = None  # statements already done (incomplete no-transaction)


def up(
    settings: Settings,
    *,
    to: int | None = None,
    dry_run: bool = False,
    single_transaction: bool = False,
    backup_dir: Path | None = None,
    wait_s: float = 0.0,
    gate: Gate | None = None,
    on_event: Callable[[Event], None] | None = None,
) -> UpResult:
    """Apply pending migrations (up to and including ``to``) and resume incomplete ones.

    Refuses (PlanError, nothing applied) while an applied file has changed, while a pending
    migration is older than the newest applied one (unless ``allow_out_of_order``), and when
    an incomplete migration cannot be resumed. ``dry_run`` reads only: it creates nothing,
    takes no lock and works on a database without state tables. ``backup_dir`` (or
    ``Settings.backup_dir``) runs pg_dump first when something is pending.
    """
    from pgmig.runner import Event, Runner

    emit = on_event or _ignore
    redactor = Redactor.for_dsn(settings.database_url)
    started = time.perf_counter()
    backup_dir = backup_dir if backup_dir is not None else settings.backup_dir
    migrations = discover(settings.dir, require_down=settings.require_down)
    with _session(settings, wait_s, emit) as (conn, store, result_base):
        result = UpResult(*result_base, dry_run=dry_run, single_transaction=single_transaction)
        applied = store.fetch(conn)
        plan = make_plan(migrations, applied or [])
        work = _up_work(plan, to, settings, single_transaction)
        result.missing = list(plan.missing)
        result.already_applied = len(plan.applied_ok) + len(plan.changed)
        if not work:
            result.newest = _newest(plan)
            result.duration_ms = _since(started)
            return result
        loaded = _load_up(work, settings, single_transaction)
        notes = list(gate([lm for lm, _ in loaded.values()], conn) or []) if gate else []
        if dry_run:
            result.planned = [_planned(w, *loaded[w.migration.version], redactor) for w in work]
            result.duration_ms = _since(started)
            return result

        with _deploy_lock(settings, conn, emit) as lock_conn:
            store.ensure(conn)
            plan = make_plan(migrations, store.fetch(conn) or [])
            work = _up_work(plan, to, settings, single_transaction)
            result.missing = list(plan.missing)
            result.already_applied = len(plan.applied_ok) + len(plan.changed)
            fresh = [w for w in work if w.migration.version not in loaded]
            if fresh:  # became pending while we waited for the lock (rare): check them too
                more = _load_up(fresh, settings, single_transaction)
                if gate:
                    notes.extend(gate([lm for lm, _ in more.values()], conn) or [])
                loaded.update(more)
            result.planned = [_planned(w, *loaded[w.migration.version], redactor) for w in work]
            if not work:
                result.newest = _newest(plan)
                result.duration_ms = _since(started)
                return result
            for note in notes:
                store.log(conn, note.event, version=note.version, details=note.details)
            if backup_dir is not None:
                from pgmig.backup import run_backup

                result.backup = run_backup(
                    settings.database_url,
                    backup_dir,
                    dbname=conn.info.dbname,
                    keep=settings.backup_keep,
                    redactor=redactor,
                )
                emit(Event("backup", f"backup written to {result.backup}"))
            runner = Runner(
                conn,
                monitor=lock_conn,
                store=store,
                settings=settings,
                redactor=redactor,
                emit=emit,
            )
            try:
                if single_transaction:
                    steps = runner.apply_all([loaded[w.migration.version] for w in work])
                    for step in steps:
                        _emit_step(emit, step)
                    result.applied.extend(steps)
                else:
                    for w in work:
                        lm, timeouts = loaded[w.migration.version]
                        if lm.no_transaction or w.resume_from is not None:
                            step = runner.apply_no_transaction(
                                lm, timeouts, resume_from=w.resume_from
                            )
                        else:
                            step = runner.apply(lm, timeouts)
                        _emit_step(emit, step)
                        result.applied.append(step)
            except PgmigError as exc:
                if result.applied:
                    exc.details.append(
                        f"applied before this failure, and kept: {_names(result.applied)}"
                    )
                raise
        done = [(a.version, a.name) for a in plan.applied] + [
            (s.version, s.name) for s in result.applied
        ]
        result.newest = max(done)[1] if done else None
        result.duration_ms = _since(started)
        return result


def _names(steps: Sequence[StepResult], shown: int = 5) -> str:
    """``a, b, c`` or, for many, ``120 migrations (..., x, y, z)``: the newest matter most."""
    names = [s.name for s in steps]
    if len(names) <= shown:
        return ", ".join(names)
    return f"{len(names)} migrations (..., {', '.join(names[-shown:])})"


def _emit_step(emit: Callable[[Event], None], step: StepResult) -> None:
    from pgmig.runner import Event

    verb = "applied" if step.direction == "up" else "rolled back"
    extra = []
    if step.resumed_at:
        extra.append(f"resumed at statement {step.resumed_at}")
    if step.retries:
        extra.append(f"after {step.retries} lock {'retry' if step.retries == 1 else 'retries'}")
    suffix = f", {', '.join(extra)}" if extra else ""
    emit(
        Event(
            "applied" if step.direction == "up" else "rolled-back",
            f"{verb} {step.name} ({format_ms(step.duration_ms)}{suffix})",
            step.version,
            step.duration_ms,
        )
    )


def _up_work(
    plan: Plan, to: int | None, settings: Settings, single_transaction: bool
) -> list[_Work]:
    """What ``up`` runs, in order; raises PlanError for every reason it must not."""
    if plan.changed:
        _refuse_changed(plan.changed)
    work: list[_Work] = []
    for m, row in sorted(plan.incomplete, key=lambda pair: pair[1].version):
        if to is not None and row.version > to:
            continue
        done = row.statements_done or 0
        if m is None:
            raise PlanError(
                f"migration {row.name} stopped part-way ({_progress(row)}) and its file is gone",
                why="pgmig can neither resume it nor tell what it did",
                instead="restore its file to resume it, or settle it by hand and record the "
                f"outcome: `pgmig resolve {row.version} --applied` or `--pending`",
            )
        if _rollback_failed(row):
            raise PlanError(
                f"rolling back {row.name} failed part-way: {row.error}",
                location=Location(m.down_path or m.up_path),
                why="its down file runs outside a transaction, so the database is between the "
                "two states; pgmig will not apply anything past it",
                instead="finish or undo the rollback by hand, then record the outcome: "
                f"`pgmig resolve {m.version_text} --pending` (rolled back) or `--applied`",
            )
        if m.checksum != row.checksum:
            raise PlanError(
                f"migration {m.name} stopped part-way ({_progress(row)}) and its file has "
                "changed since",
                location=Location(m.up_path),
                why=f"statements 1-{done} already ran from the earlier version of the file; "
                "resuming the edited file could skip or repeat work",
                instead=f"restore the file as it was, or accept the edit: `pgmig repair "
                f"{m.version_text}` (up then resumes at statement {done + 1} of the edited file)",
            )
        if single_transaction:
            raise PlanError(
                f"migration {m.name} stopped part-way ({_progress(row)}) and must be resumed "
                "on its own",
                why="it is a `-- pgmig:no-transaction` file, which cannot run inside "
                "--single-transaction",
                instead="run `pgmig up` without --single-transaction once, then continue",
            )
        work.append(_Work(m, resume_from=done))
    selected = select_up(plan, to)
    late = [m for m in plan.out_of_order if m in selected]
    if late and not settings.allow_out_of_order:
        newest = max(plan.applied, key=lambda a: a.version)
        raise PlanError(
            f"{len(late)} pending migration{'s are' if len(late) > 1 else ' is'} older than "
            f"{newest.name}, the newest applied one",
            location=Location(late[0].up_path),
            details=[f"out of order: {m.name}" for m in late],
            why="they were probably merged after that deploy; applying them now runs them "
            "after newer migrations, an order other databases did not see",
            instead="give them newer versions (rename the file pairs, e.g. with `pgmig new`), "
            "or apply them anyway: --allow-out-of-order (allow_out_of_order = true)",
        )
    work.extend(_Work(m) for m in selected)
    return work


def _refuse_changed(changed: Sequence[tuple[Migration, AppliedMigration]]) -> None:
    details = [
        f"changed: {m.name} (applied {row.applied_at:%Y-%m-%d %H:%M} by {row.applied_by}; "
        f"{m.up_path})"
        for m, row in changed
    ]
    versions = " ".join(m.version_text for m, _ in changed)
    raise PlanError(
        f"{len(changed)} applied migration{'s have' if len(changed) > 1 else ' has'} been "
        "edited since {0} applied".format("they were" if len(changed) > 1 else "it was"),
        location=Location(changed[0][0].up_path),
        details=details,
        why="the database has what the old file said; the edit will never run here, so "
        "databases built from the files and this one drift apart",
        instead="revert the edit and put the change in a new migration; if the edit changes "
        f"nothing (comments, formatting), accept it: `pgmig repair {versions}`",
    )


def _rollback_failed(row: AppliedMigration) -> bool:
    """A no-transaction *down* file failed part-way: the runner keeps ``statements_done`` at
    the total of the up file and stores "rollback failed at statement k of n: ..." as error."""
    return bool(row.error) and (row.statements_done or 0) >= (row.statements_total or 0)


def _progress(row: AppliedMigration) -> str:
    return f"{row.statements_done or 0} of {row.statements_total or 0} statements done"


def _load_up(
    work: Sequence[_Work], settings: Settings, single_transaction: bool
) -> dict[int, tuple[LoadedMigration, Timeouts]]:
    """Parse and validate what will run; every file problem at once (FileProblems)."""
    from pgmig.errors import FileProblems, MigrationFileError
    from pgmig.runner import timeouts_for, transaction_units

    loaded = load([w.migration for w in work], with_up=True)
    problems: list[MigrationFileError] = []
    out: dict[int, tuple[LoadedMigration, Timeouts]] = {}
    for w, lm in zip(work, loaded, strict=True):
        try:
            out[lm.migration.version] = (lm, timeouts_for(lm.up, lm.migration.up_path, settings))
        except MigrationFileError as exc:
            problems.append(exc)
        if single_transaction and lm.no_transaction:
            problems.append(
                MigrationFileError(
                    f"{lm.migration.name} cannot run inside --single-transaction",
                    location=Location(lm.migration.up_path, 1),
                    why="it is marked `-- pgmig:no-transaction` (its statements cannot run in a "
                    "transaction block), so the deploy could not be all-or-nothing",
                    instead="run `pgmig up` without --single-transaction, or deploy up to the "
                    "version before it with --to first",
                )
            )
        if w.resume_from:
            starts = {u.start for u in transaction_units(lm.up)} | {len(lm.up.statements)}
            if w.resume_from not in starts:
                problems.append(
                    MigrationFileError(
                        f"cannot resume {lm.migration.name} at statement {w.resume_from + 1}: "
                        "it is inside a BEGIN ... COMMIT block of the current file",
                        location=Location(lm.migration.up_path),
                        why="the file changed since the failed attempt and its blocks moved",
                        instead="settle it by hand: `pgmig resolve "
                        f"{lm.migration.version_text} --applied` or `--pending`",
                    )
                )
    if problems:
        raise FileProblems(problems)
    return out


def _planned(w: _Work, lm: LoadedMigration, timeouts: Timeouts, redactor: Redactor) -> PlannedStep:
    return PlannedStep(
        lm.migration.version,
        lm.migration.name,
        lm.migration.up_path,
        "up",
        not lm.no_transaction,
        lm.up,
        timeouts.lock_timeout_text,
        timeouts.statement_timeout_text,
        (w.resume_from + 1) if w.resume_from is not None else None,
        redactor,
    )


def _newest(plan: Plan) -> str | None:
    rows = plan.applied
    return max(rows, key=lambda a: a.version).name if rows else None


# -- down -----------------------------------------------------------------------------------


def down(
    settings: Settings,
    *,
    steps: int | None = None,
    to: int | None = None,
    all_: bool = False,
    dry_run: bool = False,
    wait_s: float = 0.0,
    on_event: Callable[[Event], None] | None = None,
) -> DownResult:
    """Roll back the newest applied migration (or ``steps`` of them, everything newer than
    ``to``, or ``all_``), newest first, each with its state row in one transaction.

    Every migration to roll back must have its files, unchanged, and a down file; this is
    checked (and every down file parsed) before anything runs.
    """
    from pgmig.runner import Runner, timeouts_for

    emit = on_event or _ignore
    redactor = Redactor.for_dsn(settings.database_url)
    started = time.perf_counter()
    if steps is not None and steps < 1:
        raise PlanError(f"--steps {steps}: give a number of migrations, 1 or more")
    migrations = discover(settings.dir)
    by_version = {m.version: m for m in migrations}
    with _session(settings, wait_s, emit) as (conn, store, result_base):
        result = DownResult(*result_base, dry_run=dry_run)
        applied = store.fetch(conn)
        if not applied:
            return result
        plan = make_plan(migrations, applied)
        rows = _down_work(plan, by_version, steps=steps, to=to, all_=all_)
        loaded = {lm.migration.version: lm for lm in _load_down(rows, by_version)}
        timeouts = {
            v: timeouts_for(lm.down, lm.migration.down_path, settings)
            for v, lm in loaded.items()
            if lm.down is not None and lm.migration.down_path is not None
        }
        if dry_run:
            result.planned = [
                _planned_down(loaded[r.version], timeouts[r.version], redactor) for r in rows
            ]
            result.remaining = len(applied) - len(rows)
            result.duration_ms = _since(started)
            return result
        with _deploy_lock(settings, conn, emit) as lock_conn:
            applied = store.fetch(conn) or []
            plan = make_plan(migrations, applied)
            rows = _down_work(plan, by_version, steps=steps, to=to, all_=all_)
            fresh = [r for r in rows if r.version not in loaded]
            for lm in _load_down(fresh, by_version):
                loaded[lm.migration.version] = lm
                assert lm.down is not None and lm.migration.down_path is not None
                timeouts[lm.migration.version] = timeouts_for(
                    lm.down, lm.migration.down_path, settings
                )
            result.planned = [
                _planned_down(loaded[r.version], timeouts[r.version], redactor) for r in rows
            ]
            runner = Runner(
                conn,
                monitor=lock_conn,
                store=store,
                settings=settings,
                redactor=redactor,
                emit=emit,
            )
            try:
                for row in rows:
                    step = runner.rollback(loaded[row.version], timeouts[row.version])
                    _emit_step(emit, step)
                    result.rolled_back.append(step)
            except PgmigError as exc:
                if result.rolled_back:
                    exc.details.append(
                        f"rolled back before this failure: {_names(result.rolled_back)}"
                    )
                raise
            result.remaining = len(applied) - len(result.rolled_back)
    result.duration_ms = _since(started)
    return result


def _down_work(
    plan: Plan,
    by_version: Mapping[int, Migration],
    *,
    steps: int | None,
    to: int | None,
    all_: bool,
) -> list[AppliedMigration]:
    if to is not None and to not in {a.version for a in plan.applied}:
        applied = ", ".join(str(a.version) for a in plan.applied[-5:])
        raise PlanError(
            f"--to {to} is not an applied version",
            why="--to keeps that version and rolls back everything newer; a mistyped version "
            "could roll back far more than intended",
            instead=f"use an applied version (the newest are: {applied}), or --all",
        )
    rows = select_down(plan, steps=steps, to=to, all_=all_)
    incomplete = {row.version for _, row in plan.incomplete}
    changed = {m.version for m, _ in plan.changed}
    for row in rows:
        m = by_version.get(row.version)
        if m is None:
            raise PlanError(
                f"cannot roll back {row.name}: its files are gone",
                why="pgmig needs its down file to undo it",
                instead="restore the files (e.g. from version control), or forget the row "
                f"without undoing anything: `pgmig resolve {row.version} --pending`",
            )
        if row.version in incomplete:
            raise PlanError(
                f"cannot roll back {row.name}: it stopped part-way ({_progress(row)})",
                location=Location(m.up_path),
                why="its down file assumes a complete migration",
                instead=f"first settle it: `pgmig up` resumes it, or `pgmig resolve "
                f"{m.version_text} --applied` / `--pending`",
            )
        if row.version in changed:
            raise PlanError(
                f"cannot roll back {row.name}: its up file was edited since it was applied",
                location=Location(m.up_path),
                why="the down file may no longer match what the database has",
                instead="revert the edit, or accept it first if it changes nothing: "
                f"`pgmig repair {m.version_text}`",
            )
    return rows


def _load_down(
    rows: Sequence[AppliedMigration], by_version: Mapping[int, Migration]
) -> list[LoadedMigration]:
    return load([by_version[r.version] for r in rows], with_up=False, with_down=True)


def _planned_down(lm: LoadedMigration, timeouts: Timeouts, redactor: Redactor) -> PlannedStep:
    assert lm.down is not None and lm.migration.down_path is not None
    return PlannedStep(
        lm.migration.version,
        lm.migration.name,
        lm.migration.down_path,
        "down",
        lm.down.header("no-transaction") is None,
        lm.down,
        timeouts.lock_timeout_text,
        timeouts.statement_timeout_text,
        redactor=redactor,
    )


# -- status ---------------------------------------------------------------------------------


def status(
    settings: Settings,
    *,
    wait_s: float = 0.0,
    on_event: Callable[[Event], None] | None = None,
) -> StatusResult:
    """Applied, pending, changed, missing and failed migrations. Reads only (no pglast, one
    query for the rows); works on a database without state tables."""
    emit = on_event or _ignore
    migrations = discover(settings.dir)
    with _session(settings, wait_s, emit) as (conn, store, result_base):
        applied = store.fetch(conn)
    plan = make_plan(migrations, applied or [])
    rows = {a.version: a for a in plan.applied}
    out_of_order = {m.version for m in plan.out_of_order}
    entries: list[StatusEntry] = []
    changed = {m.version for m, _ in plan.changed}
    incomplete = {row.version for _, row in plan.incomplete}
    for m in migrations:
        row = rows.get(m.version)
        has_down = m.down_path is not None
        if row is None:
            entries.append(
                StatusEntry(
                    m.version,
                    m.name,
                    "pending",
                    has_down=has_down,
                    out_of_order=m.version in out_of_order,
                )
            )
            continue
        if m.version in incomplete:
            entries.append(_failed_entry(row, has_down))
            continue
        state = "changed" if m.version in changed else "applied"
        entries.append(
            StatusEntry(
                m.version,
                m.name,
                state,
                row.applied_at,
                row.duration_ms,
                row.applied_by,
                has_down,
                detail="file edited since it was applied" if state == "changed" else None,
            )
        )
    files = {m.version for m in migrations}
    for row in plan.applied:
        if row.version in files:
            continue
        if row.version in incomplete:
            entries.append(_failed_entry(row, None))
        else:
            entries.append(
                StatusEntry(
                    row.version,
                    row.name,
                    "missing",
                    row.applied_at,
                    row.duration_ms,
                    row.applied_by,
                    None,
                    detail=f"applied, but no file in {settings.dir}",
                )
            )
    entries.sort(key=lambda e: e.version)
    return StatusResult(*result_base, state_table_exists=applied is not None, entries=entries)


def _failed_entry(row: AppliedMigration, has_down: bool | None) -> StatusEntry:
    done, total = row.statements_done or 0, row.statements_total or 0
    if _rollback_failed(row):
        detail = row.error
    elif row.error:
        detail = f"failed at statement {done + 1} of {total}: {row.error}"
    else:
        detail = (
            f"stopped after statement {done} of {total} with no error recorded "
            "(still running, or the process was killed)"
        )
    return StatusEntry(
        row.version,
        row.name,
        "failed",
        row.applied_at,
        row.duration_ms,
        row.applied_by,
        has_down,
        detail=detail,
    )


# -- baseline, repair, resolve ----------------------------------------------------------------


def baseline(
    settings: Settings,
    version: int,
    *,
    wait_s: float = 0.0,
    on_event: Callable[[Event], None] | None = None,
) -> BaselineResult:
    """Record every migration up to ``version`` as applied without running it (adopting pgmig
    on an existing database). Refuses if any of them is already applied."""
    from pgmig.parsing import parse

    emit = on_event or _ignore
    migrations = discover(settings.dir)
    chosen = [m for m in migrations if m.version <= version]
    if version not in {m.version for m in migrations}:
        nearest = sorted(migrations, key=lambda m: abs(m.version - version))[:3]
        near = ", ".join(m.name for m in sorted(nearest, key=lambda m: m.version)) or "none"
        raise PlanError(
            f"no migration file has version {version}",
            why="baseline records every migration up to an existing version as applied; a "
            "mistyped version would record the wrong set",
            instead=f"use the version of the newest migration already in the database "
            f"(files: {near})",
        )
    with (
        _session(settings, wait_s, emit) as (conn, store, result_base),
        _deploy_lock(settings, conn, emit),
    ):
        store.ensure(conn)
        applied = store.fetch(conn) or []
        taken = [a for a in applied if a.version <= version]
        if taken:
            raise PlanError(
                f"cannot baseline at {version}: {len(taken)} of those migrations "
                "are already applied",
                details=[f"applied: {a.name}" for a in taken[:10]],
                why="baseline is for a database that pgmig has not managed yet; it never "
                "overwrites recorded history",
                instead="run `pgmig up` instead (it applies what is missing), or baseline "
                "a database whose state table is empty",
            )
        with conn.transaction():
            for m in chosen:
                store.insert(
                    conn,
                    version=m.version,
                    name=m.name,
                    checksum=m.checksum,
                    duration_ms=0,
                    transactional=parse(m.text).header("no-transaction") is None,
                    event="baseline",
                    details={"baseline_version": version},
                )
    return BaselineResult(*result_base, recorded=[(m.version, m.name) for m in chosen])


def repair(
    settings: Settings,
    versions: Sequence[int] = (),
    *,
    wait_s: float = 0.0,
    on_event: Callable[[Event], None] | None = None,
) -> RepairResult:
    """Accept edited files: store their current checksums (all changed ones, or ``versions``).
    Each repair is logged with the old and new checksum."""
    emit = on_event or _ignore
    migrations = discover(settings.dir)
    with _session(settings, wait_s, emit) as (conn, store, result_base):
        if store.fetch(conn) is None:
            return RepairResult(*result_base, repaired=[])
        with _deploy_lock(settings, conn, emit):
            applied = store.fetch(conn) or []
            plan = make_plan(migrations, applied)
            candidates = {m.version: (m, row) for m, row in plan.changed}
            candidates.update(
                {
                    m.version: (m, row)
                    for m, row in plan.incomplete
                    if m is not None and m.checksum != row.checksum
                }
            )
            if versions:
                rows = {a.version: a for a in applied}
                files = {m.version for m in migrations}
                for v in versions:
                    if v in candidates:
                        continue
                    if v not in rows:
                        raise PlanError(
                            f"cannot repair {v}: it is not applied",
                            instead="`pgmig status` lists what is applied",
                        )
                    if v not in files:
                        raise PlanError(
                            f"cannot repair {rows[v].name}: its file is gone",
                            why="repair stores the checksum of the file as it is now",
                            instead="restore the file, or forget the row: "
                            f"`pgmig resolve {v} --pending`",
                        )
                    raise PlanError(
                        f"nothing to repair for {rows[v].name}: its file matches what was applied"
                    )
                chosen = [candidates[v] for v in versions]
            else:
                chosen = [candidates[v] for v in sorted(candidates)]
            with conn.transaction():
                for m, row in chosen:
                    store.update(
                        conn,
                        m.version,
                        "repair",
                        checksum=m.checksum,
                        set_error=False,
                        details={
                            "old_checksum": row.checksum,
                            "new_checksum": m.checksum,
                            "file": str(m.up_path),
                        },
                    )
    return RepairResult(*result_base, repaired=[(m.version, m.name) for m, _ in chosen])


def resolve(
    settings: Settings,
    version: int,
    *,
    applied: bool,
    wait_s: float = 0.0,
    on_event: Callable[[Event], None] | None = None,
) -> ResolveResult:
    """Settle a migration that stopped part-way (or whose files are gone) by hand: record it
    as fully ``applied``, or as pending (its row is removed, so ``up`` runs it from the start).
    Logged with what the row said before."""
    emit = on_event or _ignore
    migrations = discover(settings.dir)
    files = {m.version for m in migrations}
    with (
        _session(settings, wait_s, emit) as (conn, store, result_base),
        _deploy_lock(settings, conn, emit),
    ):
        rows = {a.version: a for a in (store.fetch(conn) or [])}
        row = rows.get(version)
        if row is None:
            raise PlanError(
                f"cannot resolve {version}: it has no row in the state table",
                why="resolve settles a migration that stopped part-way; this one never "
                "started (or was already resolved as pending)",
                instead="`pgmig status` lists what needs attention",
            )
        missing = row.version not in files
        if row.complete and not (missing and not applied):
            raise PlanError(
                f"cannot resolve {row.name}: it is applied completely"
                + (", and its file is gone" if missing else ""),
                why="resolve only settles migrations that stopped part-way"
                + (" or whose files are gone (with --pending)" if missing else ""),
                instead="to undo it, use `pgmig down`" if not missing else "",
            )
        details = {
            "resolved_as": "applied" if applied else "pending",
            "statements_done_before": row.statements_done,
            "statements_total": row.statements_total,
            "error_before": row.error,
            "file_missing": missing,
        }
        if applied:
            store.update(
                conn,
                version,
                "resolve",
                done=row.statements_total,
                error=None,
                details=details,
            )
        else:
            store.delete(conn, version, "resolve", details=details)
    return ResolveResult(
        *result_base,
        version=version,
        name=row.name,
        resolution="applied" if applied else "pending",
        statements_done=row.statements_done,
        statements_total=row.statements_total,
        file_missing=missing,
    )


# -- plumbing -------------------------------------------------------------------------------


@contextmanager
def _session(
    settings: Settings, wait_s: float, emit: Callable[[Event], None]
) -> Iterator[tuple[psycopg.Connection[Any], StateStore, tuple[str, str]]]:
    """The main connection and the state store; database errors become PgmigErrors."""
    from pgmig.db.connection import connect
    from pgmig.db.state import StateStore, StateTables
    from pgmig.runner import Event

    tables = StateTables(settings.schema, settings.table)
    redactor = Redactor.for_dsn(settings.database_url)
    target = describe_target(settings.database_url)
    conn = connect(settings, wait_s=wait_s, on_wait=lambda msg: emit(Event("wait", msg)))
    try:
        actor = f"{conn.info.user}@{socket.gethostname()}"
        store = StateStore(tables, actor=actor, pgmig_version=__version__)
        with _database_errors(redactor, target, str(tables)):
            yield conn, store, (target, str(tables))
    finally:
        conn.close()


@contextmanager
def _deploy_lock(
    settings: Settings, conn: psycopg.Connection[Any], emit: Callable[[Event], None]
) -> Iterator[psycopg.Connection[Any]]:
    """Hold the deploy lock on a connection of its own (yielded: the runner's monitor)."""
    from pgmig.db.connection import connect
    from pgmig.db.lock import DeployLock
    from pgmig.runner import Event

    lock_conn = connect(settings, purpose="deploy lock")
    try:
        lock = DeployLock(lock_conn, schema=settings.schema, table=settings.table)
        wait_s = parse_duration_ms(settings.deploy_lock_wait, what="deploy_lock_wait") / 1000
        lock.acquire(wait_s, on_wait=lambda msg: emit(Event("wait", msg)))
        try:
            yield lock_conn
        finally:
            lock.release()
    finally:
        lock_conn.close()


@contextmanager
def _database_errors(redactor: Redactor, target: str, table: str) -> Iterator[None]:
    import psycopg
    from psycopg import errors as pgerr

    from pgmig.errors import DatabaseUnreachable

    try:
        yield
    except psycopg.Error as exc:
        message = redactor(" ".join(str(exc).split()))
        if isinstance(exc, pgerr.InsufficientPrivilege):
            raise PgmigError(
                f"permission denied on {target}: {message}",
                why=f"pgmig reads and writes its state in {table}",
                instead="grant the role the privilege named above (CREATE on the schema to "
                "create the state tables; SELECT/INSERT/UPDATE/DELETE on them), or choose a "
                "schema it owns with --schema",
            ) from None
        sqlstate = exc.sqlstate or ""
        if isinstance(exc, psycopg.OperationalError) and (
            not sqlstate or sqlstate.startswith(("08", "57P"))
        ):
            raise DatabaseUnreachable(
                f"lost the connection to {target}: {message}",
                instead="check the server and the network, then run the command again",
            ) from None
        raise PgmigError(
            f"database error on {target}: {message}",
            why=f"pgmig could not read or write its state in {table}",
            instead="fix what the server reports, then run the command again",
        ) from None


def _since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def format_ms(ms: float) -> str:
    """``12 ms``, ``3.40 s``, ``2 min 5 s``."""
    if ms < 1000:
        return f"{ms:.0f} ms"
    if ms < 60_000:
        return f"{ms / 1000:.2f} s"
    return f"{int(ms // 60_000)} min {ms % 60_000 / 1000:.0f} s"


__all__ = [
    "BaselineResult",
    "DownResult",
    "Gate",
    "LogNote",
    "PlannedStep",
    "RepairResult",
    "ResolveResult",
    "StatusEntry",
    "StatusResult",
    "UpResult",
    "baseline",
    "down",
    "format_ms",
    "repair",
    "resolve",
    "status",
    "up",
]
