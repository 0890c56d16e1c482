"""Run migrations on a connection: transactions, timeouts, lock retries, failure reports.

Contract (the API in :mod:`pgmig.api` decides *what* runs; this module decides *how*):

* **One transaction per migration.** ``BEGIN``, ``RESET ALL; RESET ROLE`` (every migration
  starts from the session's defaults, whatever the one before it SET) and ``SET LOCAL
  lock_timeout/statement_timeout`` go in the message of the first statement, then the file's
  statements one by one (as split by the PostgreSQL grammar in :mod:`pgmig.parsing`), then the
  state row and its log row in one statement, then ``COMMIT``. A failure rolls back the migration and its state row together. With
  ``--single-transaction`` the same happens with every pending migration in one transaction.
* **Statement by statement**, so a server error is reported at ``file:line:column`` (statement
  start + the server's 1-based error position, mapped through the file's
  :class:`~pgmig.parsing.SourceText`), with the statement quoted and the server's message,
  detail and hint.
* **Lock timeouts are retried.** Every migration runs with ``lock_timeout`` (default 200ms) so a
  blocked DDL statement gives up quickly instead of queueing every application query behind
  it. On SQLSTATE 55P03 (lock_not_available) or 40P01 (deadlock) the transaction is rolled back
  and retried after a pause of at least the lock wait itself (so the application's queries that
  queued behind the cancelled attempt drain first) plus exponential backoff with full jitter
  (0.2 s doubling to a 3 s cap), until
  ``lock_retry_budget`` is spent. Each retry names the blocking sessions, found from a second
  connection (the deploy-lock connection) through ``pg_locks``/``pg_blocking_pids``.
* **``-- pgmig:no-transaction`` files** run in autocommit, one statement (or one explicit
  ``BEGIN ... COMMIT`` block) at a time, with session-level timeouts. Progress is stored in the
  state row after each unit, so a failure leaves "failed at statement k of n" and a later run
  resumes after the last completed unit. A failed ``CREATE INDEX CONCURRENTLY`` or
  ``REINDEX ... CONCURRENTLY`` that left an INVALID index (``<index>_ccnew`` for REINDEX) is
  detected, and the message gives the exact ``DROP INDEX CONCURRENTLY``; a named index that
  already exists INVALID is refused before running (``IF NOT EXISTS`` would silently keep it).

Nothing here prints: progress goes to the ``emit`` callback as :class:`Event` objects.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import pq
from psycopg.generators import execute as _execute_gen

from pgmig.config import Settings, parse_duration_ms
from pgmig.db.lock import Holder, format_age, lock_holders, session_ended
from pgmig.db.state import StateStore, quote_ident, sql_ident
from pgmig.errors import ConfigError, Location, MigrationFailed, MigrationFileError, PlanError
from pgmig.models import LoadedMigration
from pgmig.parsing import ParsedSQL, Statement, option_enabled
from pgmig.redact import Redactor

RETRYABLE = {"55P03": "lock_not_available", "40P01": "deadlock_detected"}
_FINE = (pq.ExecStatus.COMMAND_OK, pq.ExecStatus.TUPLES_OK, pq.ExecStatus.EMPTY_QUERY)
# Sent before each migration's own SQL (inside its transaction, or before the first unit of a
# no-transaction file, and again after its last, whose SETs run outside any transaction): a
# session-level SET, SET ROLE or set_config(..., false) in one migration
# must not leak into the next one, or a migration would behave differently when applied in the
# same run as its predecessor (a fresh database, CI) than when applied alone (production).
# RESET ALL restores the values the session started with (the connection's options, then the
# role's and database's ALTER ... SET defaults, then postgresql.conf); it leaves the role alone,
# hence RESET ROLE.
FRESH_SESSION = "RESET ALL; RESET ROLE"
BACKOFF_BASE_S = 0.2
BACKOFF_CAP_S = 3.0


@dataclass(frozen=True)
class Event:
    """Something the user should see while a command runs (the CLI prints it).

    ``kind`` is one of ``applied``, ``rolled-back``, ``resume``, ``retry``, ``wait``
    (database or deploy lock), ``notice`` (from the server) and ``backup``.
    """

    kind: str
    message: str
    version: int | None = None
    duration_ms: float | None = None


EventSink = Callable[[Event], None]


@dataclass(frozen=True)
class StepResult:
    """One migration applied or rolled back."""

    version: int
    name: str
    direction: str  # "up" or "down"
    duration_ms: float
    statements: int
    retries: int = 0
    resumed_at: int | None = None  # 1-based statement a no-transaction file resumed at


@dataclass(frozen=True)
class Timeouts:
    lock_timeout_ms: int
    statement_timeout_ms: int
    lock_timeout_text: str
    statement_timeout_text: str

    def sql(self, *, local: bool) -> str:
        verb = "SET LOCAL" if local else "SET"
        return (
            f"{verb} lock_timeout = {self.lock_timeout_ms}; "
            f"{verb} statement_timeout = {self.statement_timeout_ms}"
        )


def _ms(text: str, what: str) -> int:
    value = parse_duration_ms(text, what=what)
    # PostgreSQL treats 0 as "no limit": keep a tiny positive limit from becoming 0
    return max(1, round(value)) if value > 0 else 0


def timeouts_for(parsed: ParsedSQL, path: Path, settings: Settings) -> Timeouts:
    """The file's timeouts: its directives, else the settings. Bad directive values raise
    :class:`MigrationFileError` naming the line (checked before anything runs)."""
    values = {
        "lock-timeout": settings.lock_timeout,
        "statement-timeout": settings.statement_timeout,
    }
    for name in values:
        directive = parsed.header(name)
        if directive is None:
            continue
        try:
            parse_duration_ms(directive.args, what=name)
        except ConfigError:
            raise MigrationFileError(
                f"`-- pgmig:{name} {directive.args}` is not a duration",
                location=Location(path, directive.line),
                instead=f"write it as PostgreSQL does, e.g. `-- pgmig:{name} 2s` "
                "(units: ms, s, min, h)",
            ) from None
        values[name] = directive.args
    return Timeouts(
        _ms(values["lock-timeout"], "lock_timeout"),
        _ms(values["statement-timeout"], "statement_timeout"),
        values["lock-timeout"],
        values["statement-timeout"],
    )


def _txn_kind(stmt: Statement) -> str | None:
    if stmt.tree is None or stmt.kind != "TransactionStmt":
        return None
    kind: str = stmt.tree["TransactionStmt"].get("kind", "")
    return kind.removeprefix("TRANS_STMT_")


def transaction_units(parsed: ParsedSQL) -> list[range]:
    """A no-transaction file's units: single statements, and ``BEGIN ... COMMIT`` blocks
    (inclusive) that run as one transaction. Assumes :func:`pgmig.discovery.validate` passed."""
    units: list[range] = []
    statements = parsed.statements
    i = 0
    while i < len(statements):
        if _txn_kind(statements[i]) in ("BEGIN", "START"):
            j = i + 1
            while j < len(statements) and _txn_kind(statements[j]) not in ("COMMIT", "ROLLBACK"):
                j += 1
            units.append(range(i, min(j + 1, len(statements))))
            i = j + 1
        else:
            units.append(range(i, i + 1))
            i += 1
    return units


def relations_of(tree: Any) -> list[str]:
    """Qualified, quoted names of every table a statement's parse tree names (for pg_locks)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            # a RangeVar is wrapped as {"RangeVar": {...}} in node lists (FROM) but bare where
            # the field's type is RangeVar (ALTER TABLE's relation): recognise it by its keys
            if isinstance(node.get("relname"), str) and "relpersistence" in node:
                name = _qualified(node.get("schemaname"), node["relname"])
                if name not in found:
                    found.append(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(tree)
    return found


def _qualified(schema: str | None, name: str) -> str:
    return sql_ident(schema, name) if schema else sql_ident(name)


@dataclass
class _Part:
    """One migration's SQL inside a transaction, and the statement that records it (state row
    + log row) given its duration."""

    lm: LoadedMigration
    parsed: ParsedSQL
    path: Path
    direction: str
    timeouts: Timeouts
    record: Callable[[float], str]

    @property
    def name(self) -> str:
        return self.lm.migration.name


class _Failure(Exception):
    """A statement (or pgmig's own SQL around it) failed; carries what the message needs.

    ``index`` is the statement's index in ``part.parsed``; None means pgmig's own SQL (BEGIN,
    SET, the state row, COMMIT).
    """

    def __init__(
        self,
        part: _Part,
        index: int | None,
        error: psycopg.Error,
        connection_lost: bool = False,
        at_commit: bool = False,
        prefix_chars: int = 0,
    ) -> None:
        super().__init__(str(error))
        self.part = part
        self.index = index
        self.error = error
        self.connection_lost = connection_lost
        self.at_commit = at_commit
        # characters of pgmig's own SQL sent before the statement in the same message: the
        # server's error position counts them
        self.prefix_chars = prefix_chars

    @property
    def retryable(self) -> bool:
        return not self.connection_lost and (self.error.sqlstate or "") in RETRYABLE


class _UnitFailed(Exception):
    """A no-transaction unit failed for good: the failure and the message to raise."""

    def __init__(self, failure: _Failure, error: MigrationFailed) -> None:
        super().__init__(error.what)
        self.failure = failure
        self.error = error


@dataclass
class _Retry:
    """Retry bookkeeping for one unit of work (a transaction or a no-transaction unit)."""

    budget_ms: float
    # the longest lock_timeout of the work: the shortest pause between two attempts
    floor_s: float = 0.0
    started: float = field(default_factory=time.monotonic)
    attempts: int = 0

    def elapsed_s(self) -> float:
        return time.monotonic() - self.started

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next attempt, or None when the budget is spent."""
        left = self.budget_ms / 1000 - self.elapsed_s()
        if left <= 0:
            return None
        # Never straight back: every application query that arrived during the failed attempt
        # queued behind it and needs time to drain. Under lockload (1000 tps), retries 7 ms apart
        # stacked two 200 ms lock waits into one 375 ms stall; with the floor each stall stays
        # within lock_timeout.
        jitter = random.uniform(0, min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** (self.attempts - 1)))
        return min(min(self.floor_s, BACKOFF_CAP_S) + jitter, left)

    def left_s(self) -> float:
        return max(0.0, self.budget_ms / 1000 - self.elapsed_s())


class Runner:
    """Applies and rolls back loaded migrations on ``conn`` (autocommit; pgmig owns BEGIN).

    ``monitor`` is a second connection (the deploy-lock one) used to name blockers and to
    record a failure when ``conn`` itself was lost.
    """

    def __init__(
        self,
        conn: psycopg.Connection[Any],
        *,
        monitor: psycopg.Connection[Any] | None,
        store: StateStore,
        settings: Settings,
        redactor: Redactor,
        emit: EventSink,
    ) -> None:
        self.conn = conn
        self.monitor = monitor
        # read now: a connection whose session has ended no longer knows its pid
        self._monitor_pid = monitor.info.backend_pid if monitor is not None else None
        self.store = store
        self.settings = settings
        self.redactor = redactor
        self.emit = emit
        self.budget_ms = parse_duration_ms(settings.lock_retry_budget, what="lock_retry_budget")
        self._current: int | None = None
        # before PostgreSQL 13 a multi-statement message ran under the statement_timeout in
        # force when it arrived, so the SET LOCAL must go first on its own there
        self._merge_prefix = conn.info.server_version >= 130000
        self._encoding = conn.info.encoding
        conn.add_notice_handler(self._notice)

    # -- public entry points ------------------------------------------------------------------

    def apply(self, lm: LoadedMigration, timeouts: Timeouts) -> StepResult:
        """Apply one transactional migration (statements + state row in one transaction)."""
        (step,) = self._apply_in_one_transaction([(lm, timeouts)], details=None)
        return step

    def apply_all(self, items: Sequence[tuple[LoadedMigration, Timeouts]]) -> list[StepResult]:
        """``--single-transaction``: every migration and its state row in one transaction."""
        return self._apply_in_one_transaction(items, details={"single_transaction": True})

    def _apply_in_one_transaction(
        self,
        items: Sequence[tuple[LoadedMigration, Timeouts]],
        *,
        details: dict[str, Any] | None,
    ) -> list[StepResult]:
        parts: list[_Part] = []
        for lm, timeouts in items:
            m = lm.migration

            def record(duration_ms: float, m: Any = m) -> str:
                return self.store.insert_sql(
                    version=m.version,
                    name=m.name,
                    checksum=m.checksum,
                    duration_ms=round(duration_ms, 3),
                    transactional=True,
                    details=details,
                )

            parts.append(_Part(lm, lm.up, m.up_path, "up", timeouts, record))
        durations, retries = self._transaction(parts)
        return [
            StepResult(p.lm.migration.version, p.name, "up", d, len(p.parsed.statements), retries)
            for p, d in zip(parts, durations, strict=True)
        ]

    def rollback(self, lm: LoadedMigration, timeouts: Timeouts) -> StepResult:
        """Run a down file and delete the state row in the same transaction (or, for a
        no-transaction down file, unit by unit and delete the row at the end)."""
        m = lm.migration
        assert lm.down is not None and m.down_path is not None
        if lm.down.header("no-transaction") is not None:
            return self._no_transaction(lm, lm.down, m.down_path, "down", timeouts, 0)

        def record(duration_ms: float) -> str:
            return self.store.delete_sql(m.version, "rollback", duration_ms=round(duration_ms, 3))

        part = _Part(lm, lm.down, m.down_path, "down", timeouts, record)
        (duration,), retries = self._transaction([part])
        return StepResult(m.version, m.name, "down", duration, len(lm.down.statements), retries)

    def apply_no_transaction(
        self, lm: LoadedMigration, timeouts: Timeouts, *, resume_from: int | None = None
    ) -> StepResult:
        """Apply a ``-- pgmig:no-transaction`` file; ``resume_from`` = statements already done
        (None = a fresh start, which creates the state row with 0 of n done)."""
        return self._no_transaction(lm, lm.up, lm.migration.up_path, "up", timeouts, resume_from)

    # -- transactional ------------------------------------------------------------------------

    def _transaction(self, parts: list[_Part]) -> tuple[list[float], int]:
        retry = _Retry(self.budget_ms, max(p.timeouts.lock_timeout_ms for p in parts) / 1000)
        while True:
            retry.attempts += 1
            try:
                return self._attempt(parts), retry.attempts - 1
            except _Failure as failure:
                self._rollback_quietly()
                self._current = None
                if failure.retryable:
                    delay = retry.next_delay()
                    holders = self._blockers(failure)
                    if delay is not None:
                        self._announce_retry(failure, retry, delay, holders)
                        time.sleep(delay)
                        continue
                    self._log_failure(failure, gave_up=True)
                    raise self._gave_up(failure, retry, holders, len(parts)) from None
                self._log_failure(failure)
                raise self._failed(failure, len(parts)) from None

    def _attempt(self, parts: list[_Part]) -> list[float]:
        """One try at the transaction, statement by statement so a failure names its statement.

        pgmig's own SQL travels with the user's: BEGIN, the RESETs and the SET LOCALs go in the
        message of the first statement, and the last migration's state row goes in the message
        of the COMMIT.
        """
        durations: list[float] = []
        for n, part in enumerate(parts):
            started = time.perf_counter()
            self._current = part.lm.migration.version
            # every migration starts from the session's defaults (see FRESH_SESSION)
            begin = "BEGIN; " if n == 0 else ""
            prefix = f"{begin}{FRESH_SESSION}; {part.timeouts.sql(local=True)};\n"
            if not part.parsed.statements or not self._merge_prefix:
                self._admin(part, prefix)
                prefix = ""
            for i, stmt in enumerate(part.parsed.statements):
                self._statement(part, i, stmt, prefix if i == 0 else "")
            duration = (time.perf_counter() - started) * 1000
            durations.append(duration)
            record = part.record(duration)
            if n < len(parts) - 1:
                self._admin(part, record)
                continue
            self._require_deploy_lock(part, n_parts=len(parts))
            self._record_and_commit(part, record)
        self._current = None
        return durations

    def _statement(self, part: _Part, index: int, stmt: Statement, prefix: str = "") -> None:
        try:
            self._execute(prefix + stmt.text if prefix else stmt.text)
        except psycopg.Error as exc:
            raise _Failure(part, index, exc, self.conn.broken, prefix_chars=len(prefix)) from None

    def _execute(self, query: str) -> None:
        """Run SQL text whose results nobody reads (the user's statements, pgmig's BEGIN, SET,
        state rows and COMMIT) with the simple-query protocol, as psql does.

        This is what a cursor's ``execute`` does without what the runner does not need (query
        conversion, prepared-statement bookkeeping, result sets), about a third of a cursor's
        client CPU per statement. It waits through :meth:`psycopg.Connection.wait`,
        so Ctrl-C and SIGTERM still cancel the running statement on the server. A failed
        statement raises the same :class:`psycopg.Error` subclass a cursor would.
        """
        pgconn = self.conn.pgconn
        pgconn.send_query(query.encode(self._encoding))
        for result in self.conn.wait(_execute_gen(pgconn)):
            if result.status in _FINE:
                continue
            if result.status == pq.ExecStatus.FATAL_ERROR:
                raise psycopg.errors.error_from_result(result, encoding=self._encoding)
            # COPY FROM STDIN / TO STDOUT are refused before anything runs (discovery.validate);
            # should the server still start one, the session waits for data pgmig will never
            # stream: close it (the server rolls back) and fail, never hang
            self.conn.close()
            raise psycopg.ProgrammingError(
                f"unexpected {pq.ExecStatus(result.status).name} result: pgmig cannot stream COPY "
                "data in a migration; the connection was closed and its transaction rolled back"
            )

    def _record_and_commit(self, part: _Part, record: str) -> None:
        """The state row and COMMIT in one message. After an error, the transaction status
        tells which failed: still open (aborted) = the state row; over = the COMMIT."""
        try:
            self._execute(record + ";\nCOMMIT")
        except psycopg.Error as exc:
            lost = self.conn.broken or self.conn.closed
            at_commit = lost or self.conn.info.transaction_status == pq.TransactionStatus.IDLE
            raise _Failure(part, None, exc, lost, at_commit) from None

    def _admin(self, part: _Part, sql: str, *, at_commit: bool = False) -> None:
        try:
            self._execute(sql)
        except psycopg.Error as exc:
            raise _Failure(part, None, exc, self.conn.broken, at_commit) from None

    def _require_deploy_lock(
        self, part: _Part, *, n_parts: int = 1, done: int | None = None
    ) -> None:
        """Stop before the next COMMIT (or the next unit of a no-transaction file) once the deploy
        lock's session has ended: the lock ended with it, so another deployer may already be
        running, and committing now could apply or record a migration twice. ``done`` is the
        statements of a no-transaction file that already completed."""
        if self.monitor is None or not session_ended(self.monitor):
            return
        self._rollback_quietly()
        self._current = None
        m = part.lm.migration
        verb = "rolling back" if part.direction == "down" else "applying"
        if done is not None and part.direction == "down":
            state = f"statements 1-{done} of its down file ran and stay committed"
        elif done is not None:
            state = (
                f"statements 1-{done} of {m.name} ran and stay committed; `pgmig up` resumes at "
                f"statement {done + 1}"
                if done
                else f"no statement of {m.name} had run"
            )
        elif n_parts > 1:
            state = (
                f"nothing was applied: --single-transaction rolled back all {n_parts} migrations"
            )
        elif part.direction == "down":
            state = f"nothing was rolled back: {m.name} and its state row are as they were"
        else:
            state = f"nothing from {m.name} was applied: its statements and its state row were rolled back together"
        raise MigrationFailed(
            f"lost the deploy lock while {verb} {m.name}: the session that held it "
            f"(pid {self._monitor_pid}) has ended",
            why="another deployer may have started meanwhile, so pgmig stopped before "
            f"committing; {state}",
            instead="run `pgmig status` to see what the other deployer did, then run `pgmig up` "
            "again; if sessions keep ending, look for pg_terminate_backend, idle_session_timeout "
            "or a proxy between pgmig and the server",
        )

    def _rollback_quietly(self) -> None:
        if self.conn.broken or self.conn.closed:
            return
        if self.conn.info.transaction_status == pq.TransactionStatus.IDLE:
            return
        # if the connection died meanwhile, the server rolls back on its own
        with contextlib.suppress(psycopg.Error):
            self._execute("ROLLBACK")

    # -- no-transaction -----------------------------------------------------------------------

    def _no_transaction(
        self,
        lm: LoadedMigration,
        parsed: ParsedSQL,
        path: Path,
        direction: str,
        timeouts: Timeouts,
        resume_from: int | None,
    ) -> StepResult:
        m = lm.migration
        total = len(parsed.statements)
        part = _Part(lm, parsed, path, direction, timeouts, _recorded_unit_by_unit)
        self._current = m.version
        started = time.perf_counter()
        retries = 0
        done = resume_from or 0
        try:
            self._admin(part, f"{FRESH_SESSION}; {timeouts.sql(local=False)}")
            if direction == "up" and resume_from is None:
                self.store.insert(
                    self.conn,
                    version=m.version,
                    name=m.name,
                    checksum=m.checksum,
                    duration_ms=0,
                    transactional=False,
                    event="start",
                    done=0,
                    total=total,
                    details={"pid": self.conn.info.backend_pid},
                )
            elif direction == "up":
                self._refuse_if_previous_attempt_runs(part, done)
                replayed = self._replay_session_settings(part, done)
                again = (
                    f"; its session settings ran again first: {_statements_list(replayed)}"
                    if replayed
                    else ""
                )
                self.emit(
                    Event(
                        "resume",
                        f"resuming {m.name} at statement {done + 1} of {total} "
                        f"(statements 1-{done} completed in an earlier run{again})",
                        m.version,
                    )
                )
                self.store.update(
                    self.conn,
                    m.version,
                    "resume",
                    error=None,
                    total=total,
                    details={"from_statement": done + 1, "pid": self.conn.info.backend_pid},
                )
            for unit in transaction_units(parsed):
                if unit.stop <= done:
                    continue
                self._require_deploy_lock(part, done=done)
                retries += self._unit(part, unit, done)
                done = unit.stop
                if direction == "up" and done < total:
                    self.store.progress(self.conn, m.version, done)
            duration = (time.perf_counter() - started) * 1000
            if direction == "up":
                self.store.update(
                    self.conn,
                    m.version,
                    "apply",
                    done=total,
                    error=None,
                    duration_ms=round(duration, 3),
                    finished=True,
                    details={"resumed_at": resume_from + 1} if resume_from else None,
                )
            else:
                self.store.delete(self.conn, m.version, "rollback", duration_ms=round(duration, 3))
        except _UnitFailed as failed:
            self._record_no_transaction_failure(failed.failure, done, total)
            raise failed.error from None
        except (_Failure, psycopg.Error) as exc:
            failure = (
                exc if isinstance(exc, _Failure) else _Failure(part, None, exc, self.conn.broken)
            )
            self._record_no_transaction_failure(failure, done, total)
            raise self._failed(failure, 1, done=done) from None
        except KeyboardInterrupt:
            self._record_interrupted(part, done, total)
            raise
        finally:
            self._current = None
            if not (self.conn.broken or self.conn.closed):
                self._rollback_quietly()
                self._execute(FRESH_SESSION)  # the file's session-level SETs end with it
        return StepResult(
            m.version,
            m.name,
            direction,
            duration,
            total,
            retries,
            (resume_from + 1) if resume_from else None,
        )

    def _replay_session_settings(self, part: _Part, done: int) -> list[int]:
        """Run the completed statements that only set session state (``SET``, ``RESET``,
        ``SET ROLE``, not ``SET LOCAL``) again before resuming, so the remaining statements run
        as they would have in the first run: ``SET maintenance_work_mem = '2GB'`` before a
        ``CREATE INDEX CONCURRENTLY`` that failed must hold for its retry too. Returns their
        1-based numbers."""
        replayed = []
        for i, stmt in enumerate(part.parsed.statements[:done]):
            if _session_setting(stmt):
                self._statement(part, i, stmt)
                replayed.append(i + 1)
        return replayed

    def _refuse_if_previous_attempt_runs(self, part: _Part, done: int) -> None:
        """A killed pgmig leaves its server session running the statement it had sent (the
        server only notices the dead client when that statement ends). Resuming meanwhile
        would run the same statement twice at once, so wait for it to end."""
        m = part.lm.migration
        previous = self.store.last_session(self.conn, m.version)
        if previous is None:
            return
        pid, since = previous
        row = self.conn.execute(
            "SELECT state, query, now() - query_start FROM pg_stat_activity "
            "WHERE pid = %s AND pid <> pg_backend_pid() AND backend_start <= %s "
            "AND state <> 'idle'",
            (pid, since),
        ).fetchone()
        if row is None:
            return
        query = " ".join(str(row[1] or "").split())[:200]
        raise PlanError(
            f"cannot resume {m.name} yet: the session of the interrupted attempt (pid {pid}) "
            f"is still running on the server ({row[0]}, for {format_age(row[2])})",
            details=[f"its query: {self.redactor(query)}"] if query else [],
            why=f"resuming now would run statement {done + 1} a second time while the first "
            "one is still executing",
            instead=f"wait for it to finish and run `pgmig up` again, or cancel it: "
            f"SELECT pg_cancel_backend({pid});",
        )

    def _unit(self, part: _Part, unit: range, done: int) -> int:
        """Run one statement or BEGIN...COMMIT block, retrying lock timeouts. Returns retries."""
        statements = part.parsed.statements
        build = _index_build(statements[unit.start]) if len(unit) == 1 else None
        before: set[tuple[str, str]] = set()
        if build is not None:
            before = self._invalid_indexes(build)
            if build.name is not None and any(n == build.name for _, n in before):
                raise self._invalid_index_exists(part, unit.start, before, build.name)
        retry = _Retry(self.budget_ms, part.timeouts.lock_timeout_ms / 1000)
        while True:
            retry.attempts += 1
            try:
                for i in unit:
                    self._statement(part, i, statements[i])
                return retry.attempts - 1
            except _Failure as failure:
                self._rollback_quietly()
                left_behind: list[tuple[str, str]] = []
                if build is not None and not failure.connection_lost:
                    left_behind = sorted(self._invalid_indexes(build) - before)
                if failure.retryable and not left_behind:
                    delay = retry.next_delay()
                    holders = self._blockers(failure)
                    if delay is not None:
                        self._announce_retry(failure, retry, delay, holders)
                        time.sleep(delay)
                        continue
                    raise _UnitFailed(
                        failure, self._gave_up(failure, retry, holders, 1, done=done)
                    ) from None
                raise _UnitFailed(
                    failure, self._failed(failure, 1, done=done, invalid=left_behind)
                ) from None

    def _record_no_transaction_failure(self, failure: _Failure, done: int, total: int) -> None:
        """Store "failed at statement k of n: <error>" in the state row (and the log)."""
        m = failure.part.lm.migration
        k = (failure.index + 1) if failure.index is not None else done + 1
        summary = self.redactor(failure.error.diag.message_primary or _one_line(failure.error))
        if failure.part.direction == "down":
            text = f"rollback failed at statement {k} of {total}: {summary}"
        else:
            text = summary
        conn = self._writable()
        if conn is not None:
            # if both connections are gone, the row still says "k-1 of n done"
            with contextlib.suppress(psycopg.Error):
                self.store.update(
                    conn,
                    m.version,
                    "failure",
                    done=done if failure.part.direction == "up" else None,
                    error=text,
                    details=self._failure_details(failure),
                )

    def _record_interrupted(self, part: _Part, done: int, total: int) -> None:
        conn = self._writable(prefer_monitor=True)
        if conn is None:
            return
        with contextlib.suppress(psycopg.Error):
            self.store.update(
                conn,
                part.lm.migration.version,
                "failure",
                done=done if part.direction == "up" else None,
                error=f"interrupted (Ctrl-C) after statement {done} of {total}",
            )

    def _writable(self, *, prefer_monitor: bool = False) -> psycopg.Connection[Any] | None:
        candidates = [self.monitor, self.conn] if prefer_monitor else [self.conn, self.monitor]
        for conn in candidates:
            if conn is not None and not conn.closed and not conn.broken:
                return conn
        return None

    # -- indexes left INVALID by CREATE INDEX / REINDEX ... CONCURRENTLY --------------------

    def _invalid_indexes(self, build: _IndexBuild) -> set[tuple[str, str]]:
        """(schema, name) of the INVALID indexes a failed ``build`` could have left: on its
        table for CREATE INDEX CONCURRENTLY; for REINDEX ... CONCURRENTLY (an index, a table, a
        schema or the database), the ``<index>_ccnew[N]``/``_ccold[N]`` ones it creates."""
        conn = self._writable()
        if conn is None:
            return set()
        query = (
            "SELECT n.nspname, c.relname FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT i.indisvalid AND "
        )
        if build.table is not None:
            rows = conn.execute(query + "i.indrelid = to_regclass(%s)", (build.table,))
        else:
            rows = conn.execute(query + "c.relname ~ '_cc(new|old)[0-9]*$'")
        return {(r[0], r[1]) for r in rows.fetchall()}

    def _invalid_index_exists(
        self, part: _Part, index: int, invalid: set[tuple[str, str]], name: str
    ) -> PlanError:
        stmt = part.parsed.statements[index]
        schema = next(s for s, n in invalid if n == name)
        drop = f"DROP INDEX CONCURRENTLY IF EXISTS {quote_ident(schema)}.{quote_ident(name)};"
        m = part.lm.migration
        error = PlanError(
            f"index {quote_ident(schema)}.{quote_ident(name)} exists but is INVALID, so "
            f"statement {index + 1} of {m.name} will not run",
            location=Location(part.path, stmt.position.line, stmt.position.column),
            details=[f"statement: {stmt.display(200)}"],
            why="an earlier CREATE INDEX CONCURRENTLY failed part-way and left it behind; an "
            "INVALID index is not used by queries but still slows every write, and "
            "`IF NOT EXISTS` would silently keep it",
            instead=f"drop it, then run `pgmig up` again:\n{drop}",
        )
        conn = self._writable()
        if conn is not None and part.direction == "up":
            self.store.update(
                conn,
                m.version,
                "failure",
                done=index,
                error=f"index {schema}.{name} exists but is INVALID; run: {drop}",
            )
        return error

    # -- blockers and retries -----------------------------------------------------------------

    def _committed(self, part: _Part) -> bool | None:
        """After losing the connection at COMMIT: did it commit? Asked of the state table on
        the deploy-lock connection; None when that is gone too."""
        if self.monitor is None or self.monitor.closed or self.monitor.broken:
            return None
        try:
            rows = self.store.fetch(self.monitor) or []
        except psycopg.Error:
            return None
        present = any(r.version == part.lm.migration.version for r in rows)
        return present if part.direction == "up" else not present

    def _blockers(self, failure: _Failure) -> list[Holder]:
        if self.monitor is None or self.monitor.closed or self.monitor.broken:
            return []
        stmt = failure.part.parsed.statements[failure.index] if failure.index is not None else None
        relations = relations_of(stmt.tree) if stmt is not None and stmt.tree else []
        exclude = [self.monitor.info.backend_pid]
        if not self.conn.closed:
            exclude.append(self.conn.info.backend_pid)
        try:
            holders = lock_holders(self.monitor, relations, exclude_pids=exclude)
            if not holders:
                # CREATE INDEX CONCURRENTLY and friends wait for old transactions, not locks
                holders = lock_holders(self.monitor, [], exclude_pids=exclude, oldest=3)
        except psycopg.Error:
            return []
        return holders

    def _announce_retry(
        self, failure: _Failure, retry: _Retry, delay: float, holders: list[Holder]
    ) -> None:
        part = failure.part
        reason = RETRYABLE.get(failure.error.sqlstate or "", "lock")
        what = (
            f"lock not granted within {part.timeouts.lock_timeout_text}"
            if reason == "lock_not_available"
            else "deadlock with another session"
        )
        # no holder: the blocking session ended between the lock timeout and the lookup
        who = (
            "; blocked by " + "; ".join(self.redactor(h.describe()) for h in holders[:3])
            if holders
            else "; no session holds a conflicting lock any more"
        )
        self.emit(
            Event(
                "retry",
                f"{part.name}: {what} (attempt {retry.attempts}){who}; retrying in "
                f"{delay:.1f} s ({_budget_left(retry.left_s())} of lock_retry_budget left)",
                part.lm.migration.version,
            )
        )
        conn = self._writable()
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                self.store.log(
                    conn,
                    "retry",
                    version=part.lm.migration.version,
                    name=part.name,
                    checksum=part.lm.migration.checksum,
                    details={
                        "attempt": retry.attempts,
                        "reason": reason,
                        "statement": (failure.index + 1) if failure.index is not None else None,
                        "sleep_s": round(delay, 3),
                        "blockers": [self._holder_json(h) for h in holders[:5]],
                    },
                )

    def _holder_json(self, h: Holder) -> dict[str, Any]:
        return {
            "pid": h.pid,
            "application_name": h.application_name,
            "user": h.user,
            "client": h.client,
            "state": h.state,
            "xact_age_s": round(h.xact_age.total_seconds(), 3) if h.xact_age else None,
            "lock_mode": h.lock_mode,
            "relation": h.relation,
            "query": self.redactor(h.query or "")[:500],
        }

    # -- messages -----------------------------------------------------------------------------

    def _failure_details(self, failure: _Failure) -> dict[str, Any]:
        diag = failure.error.diag
        stmt_no = (failure.index + 1) if failure.index is not None else None
        return {
            "direction": failure.part.direction,
            "statement": stmt_no,
            "sqlstate": failure.error.sqlstate,
            "message": self.redactor(diag.message_primary or _one_line(failure.error)),
            "detail": self.redactor(diag.message_detail) if diag.message_detail else None,
            "connection_lost": failure.connection_lost,
        }

    def _log_failure(self, failure: _Failure, *, gave_up: bool = False) -> None:
        conn = self._writable()
        if conn is None:
            return
        m = failure.part.lm.migration
        details = self._failure_details(failure)
        if gave_up:
            details["gave_up_on_lock"] = True
        with contextlib.suppress(psycopg.Error):
            self.store.log(
                conn,
                "failure",
                version=m.version,
                name=m.name,
                checksum=m.checksum,
                details=details,
            )

    def _location(self, failure: _Failure) -> tuple[Location, int | None]:
        """Where the error is (file:line:col), and the file offset the server pointed at
        (None when it gave no position: the location is then the statement's start)."""
        part = failure.part
        if failure.index is None:
            return Location(part.path), None
        stmt = part.parsed.statements[failure.index]
        offset = None
        pos = failure.error.diag.statement_position
        if pos and pos.isdigit() and 0 < int(pos) - failure.prefix_chars <= len(stmt.text) + 1:
            offset = stmt.start + int(pos) - failure.prefix_chars - 1
        p = part.parsed.source.position(stmt.start if offset is None else offset)
        return Location(part.path, p.line, p.column), offset

    def _server_lines(self, error: psycopg.Error) -> list[str]:
        diag = error.diag
        primary = diag.message_primary or _one_line(error)
        lines = [f"server: {diag.severity or 'ERROR'} {error.sqlstate or ''}: {primary}"]
        if diag.message_detail:
            lines.append(f"detail: {diag.message_detail}")
        if diag.message_hint:
            lines.append(f"hint: {diag.message_hint}")
        if diag.context and "PL/pgSQL" in diag.context:
            lines.append(f"context: {' | '.join(diag.context.splitlines())}")
        return [self.redactor(line) for line in lines]

    def _quote(self, failure: _Failure, offset: int | None) -> list[str]:
        if failure.index is None:
            return []
        part = failure.part
        stmt = part.parsed.statements[failure.index]
        n = len(part.parsed.statements)
        excerpt = [self.redactor(line) for line in _excerpt(part.parsed, stmt, offset)]
        return [f"statement {failure.index + 1} of {n}:", *excerpt]

    def _failed(
        self,
        failure: _Failure,
        n_parts: int,
        *,
        done: int = 0,
        invalid: Sequence[tuple[str, str]] = (),
    ) -> MigrationFailed:
        """The message for a failed statement; ``done`` = statements of a no-transaction file
        that completed (and stay committed) before it."""
        part = failure.part
        m = part.lm.migration
        location, offset = self._location(failure)
        primary = self.redactor(failure.error.diag.message_primary or _one_line(failure.error))
        no_tx = part.parsed.header("no-transaction") is not None
        verb = "rolling back" if part.direction == "down" else "migration"
        k = (failure.index + 1) if failure.index is not None else None
        details = [*self._quote(failure, offset)]
        if not failure.connection_lost:
            details.extend(self._server_lines(failure.error))
        sqlstate = failure.error.sqlstate or ""
        rerun = "pgmig down" if part.direction == "down" else "pgmig up"

        if failure.connection_lost:
            what = f"{verb} {m.name}: the connection to the database was lost" + (
                f" during statement {k}"
                if k
                else (" while committing" if failure.at_commit else "")
            )
            details.append(f"client: {primary}")
        elif failure.at_commit:
            what = f"{verb} {m.name} failed at COMMIT: {primary}"
        elif k is None:
            what = f"{verb} {m.name} failed while pgmig recorded it: {primary}"
        else:
            what = f"{verb} {m.name} failed at statement {k}: {primary}"

        committed = self._committed(part) if failure.connection_lost and failure.at_commit else None
        if failure.connection_lost and failure.at_commit and committed is not None:
            done_word = "rolled back" if part.direction == "down" else "applied"
            why = (
                f"the COMMIT's answer never arrived, but the state table (read on the deploy-lock "
                f"connection) shows {m.name} "
                + (
                    f"{done_word} and recorded"
                    if committed
                    else f"not {done_word}: nothing changed"
                )
            )
            instead = f"run `{rerun}` again for the rest"
        elif failure.connection_lost and failure.at_commit:
            why = (
                "the COMMIT was sent but its answer never arrived, so the migration may or may "
                "not be applied"
            )
            instead = "run `pgmig status` to see whether it was recorded, then act on that"
        elif not no_tx:
            if n_parts > 1:
                why = f"nothing was applied: --single-transaction rolled back all {n_parts} migrations"
            elif part.direction == "down":
                why = f"nothing was rolled back: {m.name} and its state row are as they were"
            else:
                why = f"nothing from {m.name} was applied: its statements and its state row were rolled back together"
            instead = f"fix {part.path.name}{_line(location)} and run `{rerun}` again"
            if failure.connection_lost:
                instead = (
                    "find out why the session ended (server log; pg_terminate_backend by an "
                    f"admin?), then run `{rerun}` again"
                )
        else:
            start = done
            done_text = (
                f"statements 1-{start} of {m.name} ran and stay committed"
                if start
                else f"no statement of {m.name} had completed"
            )
            why = (
                f"this file runs outside a transaction (`-- pgmig:no-transaction`): {done_text}; "
                f"statement {k or start + 1} did not complete"
            )
            if part.direction == "down":
                instead = (
                    f"finish or undo the rollback by hand, then settle it: `pgmig resolve "
                    f"{m.version_text} --pending` (rolled back) or `--applied` (still applied)"
                )
            else:
                instead = (
                    f"fix the cause and run `pgmig up` again: it resumes at statement "
                    f"{start + 1}; or settle it by hand: `pgmig resolve {m.version_text} "
                    f"--applied` (you completed it) / `--pending` (you undid it)"
                )
        if sqlstate == "57014" and "statement timeout" in primary:
            instead = (
                f"the statement ran longer than statement_timeout "
                f"({part.timeouts.statement_timeout_text}); raise it for this file with "
                f"`-- pgmig:statement-timeout 30min` (or PGMIG_STATEMENT_TIMEOUT), then run "
                f"`{rerun}` again"
            )
        if invalid:
            drops = "\n".join(
                f"DROP INDEX CONCURRENTLY IF EXISTS {quote_ident(s)}.{quote_ident(n)};"
                for s, n in invalid
            )
            details.append(
                "it left INVALID index "
                + ", ".join(f"{quote_ident(s)}.{quote_ident(n)}" for s, n in invalid)
                + " behind (unused by queries, but every write still maintains it)"
            )
            # dropping the index alone would only repeat the failure: the cause comes first
            instead = f"{instead}; and before that, drop the INVALID index it left:\n{drops}"
        return MigrationFailed(what, location=location, details=details, why=why, instead=instead)

    def _gave_up(
        self,
        failure: _Failure,
        retry: _Retry,
        holders: list[Holder],
        n_parts: int,
        *,
        done: int = 0,
    ) -> MigrationFailed:
        part = failure.part
        m = part.lm.migration
        location, offset = self._location(failure)
        relations = sorted({h.relation for h in holders if h.relation})
        on = f" on {', '.join(relations)}" if relations else ""
        what = (
            f"gave up {'rolling back' if part.direction == 'down' else 'applying'} {m.name}: "
            f"the lock it needs{on} was not granted within {part.timeouts.lock_timeout_text} in "
            f"{retry.attempts} attempts over {format_age_s(retry.elapsed_s())}"
        )
        details = [f"blocked by {self.redactor(h.describe())}" for h in holders[:5]]
        if not holders:
            details.append("blocked by: no session holds a conflicting lock any more")
        details.extend(self._quote(failure, offset))
        no_tx = part.parsed.header("no-transaction") is not None
        if no_tx:
            start = done
            state = (
                f"statements 1-{start} ran and stay committed; `pgmig up` resumes at "
                f"statement {start + 1}"
                if start
                else "nothing from it was applied"
            )
        elif n_parts > 1:
            state = f"nothing was applied (all {n_parts} migrations were rolled back)"
        else:
            state = f"nothing from {m.name} was {'rolled back' if part.direction == 'down' else 'applied'}"
        why = (
            "a DDL statement that waits for its lock makes every later query on the table "
            f"queue behind it, so pgmig waits at most lock_timeout per attempt; {state}"
        )
        rerun = "pgmig down" if part.direction == "down" else "pgmig up"
        instead = (
            f"run `{rerun}` again once the blocker is done, or give it more time: "
            "--lock-retry-budget 10min (PGMIG_LOCK_RETRY_BUDGET, `lock_retry_budget` in "
            "pgmig.toml), or wait longer per attempt: `-- pgmig:lock-timeout 1s` in the file "
            "(--lock-timeout, `lock_timeout`)"
        )
        if holders:
            instead += (
                "; last resort, end the blocking session: "
                f"SELECT pg_terminate_backend({holders[0].pid});"
            )
        return MigrationFailed(what, location=location, details=details, why=why, instead=instead)

    def _notice(self, diag: psycopg.errors.Diagnostic) -> None:
        if self._current is None:
            return
        message = diag.message_primary or ""
        self.emit(
            Event("notice", self.redactor(f"{diag.severity or 'NOTICE'}: {message}"), self._current)
        )


def _session_setting(stmt: Statement) -> bool:
    """Whether a statement only changes the session's settings: ``SET``/``RESET`` of a
    parameter, ``SET ROLE``, ``SET SESSION CHARACTERISTICS`` (not ``SET LOCAL`` or
    ``SET TRANSACTION``, which end with their transaction). Running it twice is harmless."""
    if stmt.tree is None or stmt.kind != "VariableSetStmt":
        return False
    node = stmt.tree["VariableSetStmt"]
    return not node.get("is_local") and node.get("name") != "TRANSACTION"


def _statements_list(numbers: list[int]) -> str:
    return ("statement " if len(numbers) == 1 else "statements ") + ", ".join(map(str, numbers))


def _recorded_unit_by_unit(_duration_ms: float) -> str:
    raise AssertionError("no-transaction migrations record their progress after each unit")


@dataclass(frozen=True)
class _IndexBuild:
    """A statement that builds indexes in several transactions and, if it fails part-way,
    leaves an INVALID index behind: where to look for it, and the name it will have (when the
    statement names it)."""

    table: str | None  # qualified table; None: REINDEX ... CONCURRENTLY, found by name
    name: str | None = None


def _index_build(stmt: Statement) -> _IndexBuild | None:
    """The :class:`_IndexBuild` of CREATE INDEX CONCURRENTLY and REINDEX ... CONCURRENTLY."""
    if stmt.tree is None:
        return None
    if stmt.kind == "ReindexStmt":
        params = stmt.tree["ReindexStmt"].get("params")
        return _IndexBuild(None) if option_enabled(params, "concurrently") else None
    if stmt.kind != "IndexStmt":
        return None
    node = stmt.tree["IndexStmt"]
    if not node.get("concurrent"):
        return None
    rel = node.get("relation", {})
    if not rel.get("relname"):
        return None
    return _IndexBuild(_qualified(rel.get("schemaname"), rel["relname"]), node.get("idxname"))


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _line(location: Location) -> str:
    return f":{location.line}" if location.line else ""


def format_age_s(seconds: float) -> str:
    return format_age(timedelta(seconds=seconds))


def _excerpt(parsed: ParsedSQL, stmt: Statement, offset: int | None, limit: int = 12) -> list[str]:
    """The statement's lines (a window around the error on long ones), with a caret under the
    error column."""
    first = stmt.position.line
    lines = stmt.text.split("\n")
    # the first line starts mid-line when the statement does: pad it so columns line up
    lines[0] = " " * (stmt.position.column - 1) + lines[0]
    err_line = parsed.source.position(offset).line if offset is not None else None
    err_col = parsed.source.position(offset).column if offset is not None else None
    if len(lines) <= limit or err_line is None:
        window = range(min(len(lines), limit))
    else:
        center = err_line - first
        lo = max(0, min(center - limit // 2, len(lines) - limit))
        window = range(lo, lo + limit)
    width = len(str(first + window[-1])) if window else 1
    out: list[str] = []
    if window and window[0] > 0:
        out.append("    " + " " * width + " | ...")
    for i in window:
        number = first + i
        out.append(f"    {number:>{width}} | {lines[i].rstrip()}")
        if number == err_line and err_col is not None:
            out.append(f"    {' ' * width} | {' ' * (err_col - 1)}^")
    if window and window[-1] < len(lines) - 1:
        out.append("    " + " " * width + " | ...")
    return out


def iter_sql(parsed: ParsedSQL, start: int = 0, redactor: Redactor | None = None) -> Iterator[str]:
    """The statements from index ``start`` on, each ending with ``;`` (for --dry-run), with
    passwords masked when a ``redactor`` is given."""
    for stmt in parsed.statements[start:]:
        text = stmt.text.rstrip() + ";"
        yield redactor(text) if redactor else text


def _budget_left(seconds: float) -> str:
    """Whole seconds, or tenths under 10 s, so a budget nearly spent never reads "0 s left"."""
    return f"{seconds:.0f} s" if seconds >= 10 else f"{max(seconds, 0.0):.1f} s"
