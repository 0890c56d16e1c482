"""The deploy lock, and finding out who holds a lock pgmig is waiting for.

Deploy lock contract (exactly once):

* Every command that changes state takes a *session-level* advisory lock,
  ``pg_try_advisory_lock(<pgmig key>, <hash of database/schema/table>)``, polled until granted or
  ``deploy_lock_wait`` runs out (:class:`~pgmig.errors.DeployLockTimeout`, exit code 4). The
  two-integer form lives in a key space of its own, apart from an application's single-bigint
  advisory locks; the lock tag also includes the database, so two databases on one server never
  contend.
* It is held on a connection of its own, in autocommit, that never opens a transaction. A
  migration's ``CREATE INDEX CONCURRENTLY`` waits for every transaction older than it, so a lock
  held *inside* a transaction on the migration's own connection pool would deadlock with it;
  this one cannot.
* The lock goes away with the session: a killed deployer (``kill -9``, a terminated backend, a
  lost network) never leaves it behind.
* While waiting, the holder is shown: pid, application_name, client address and since when.

The same connection answers "who blocks this migration?" (:func:`lock_holders`) while the
migration's own connection is busy or has just been rolled back.
"""

from __future__ import annotations

import contextlib
import select
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import psycopg

from pgmig.errors import DeployLockTimeout

# "pgmi" in ASCII: the first key of every pgmig advisory lock
LOCK_CLASS = 0x70676D69


@dataclass(frozen=True)
class Holder:
    """A backend holding a lock, as pg_stat_activity shows it."""

    pid: int
    application_name: str
    user: str | None
    client: str | None
    state: str | None
    backend_start: datetime | None
    xact_age: timedelta | None
    query: str | None
    lock_mode: str | None = None
    relation: str | None = None

    def describe(self) -> str:
        """``pid 123 (application_name 'report', user app, client 10.0.0.5, idle in transaction,
        transaction open 12.3 s): SELECT ...`` on one line."""
        parts = [f"application_name {self.application_name!r}"]
        if self.user:
            parts.append(f"user {self.user}")
        if self.client:
            parts.append(f"client {self.client}")
        if self.state:
            parts.append(self.state)
        if self.xact_age is not None:
            parts.append(f"transaction open {format_age(self.xact_age)}")
        if self.lock_mode and self.relation:
            parts.append(f"holds {self.lock_mode} on {self.relation}")
        text = f"pid {self.pid} ({', '.join(parts)})"
        if self.query:
            query = " ".join(self.query.split()).rstrip(";").rstrip()
            text += ": " + (query if len(query) <= 160 else query[:157] + "...")
        return text

    def describe_lock(self) -> str:
        """``pid 123 (application_name 'pgmig deploy lock', client 10.0.0.5, user ci, since
        2025-01-01 12:00:00 UTC)``: what a deployer waiting for the deploy lock needs."""
        parts = [f"application_name {self.application_name!r}"]
        if self.client:
            parts.append(f"client {self.client}")
        if self.user:
            parts.append(f"user {self.user}")
        if self.backend_start:
            parts.append(f"connected since {self.backend_start:%Y-%m-%d %H:%M:%S %Z}".rstrip())
        return f"pid {self.pid} ({', '.join(parts)})"


def format_age(age: timedelta) -> str:
    s = age.total_seconds()
    if s < 60:
        return f"{s:.1f} s"
    if s < 3600:
        return f"{int(s // 60)} min {int(s % 60)} s"
    return f"{int(s // 3600)} h {int(s % 3600 // 60)} min"


def lock_key(dbname: str, schema: str, table: str) -> int:
    """Second advisory-lock key: a stable signed 32-bit hash of database, schema and table."""
    h = zlib.crc32(f"{dbname}\x00{schema}\x00{table}".encode())
    return h - (1 << 32) if h >= (1 << 31) else h


_HOLDER_COLUMNS = (
    "a.pid, coalesce(a.application_name, ''), a.usename::text, "
    "coalesce(host(a.client_addr), CASE WHEN a.client_port = -1 THEN 'local socket' END), "
    "a.state, a.backend_start, now() - a.xact_start, a.query"
)


class DeployLock:
    """The session advisory lock on ``conn`` (an autocommit connection owned by the caller)."""

    def __init__(self, conn: psycopg.Connection[Any], *, schema: str, table: str) -> None:
        self.conn = conn
        self.key = lock_key(conn.info.dbname, schema, table)
        self.held = False

    def acquire(
        self,
        wait_s: float,
        *,
        on_wait: Callable[[str], None] | None = None,
        poll_s: float = 0.25,
    ) -> None:
        """Take the lock, polling until ``wait_s`` is spent. Raises DeployLockTimeout."""
        deadline = time.monotonic() + wait_s
        last_told = 0.0
        holder: Holder | None = None
        looked_again = False
        while True:
            row = self.conn.execute(
                "SELECT pg_try_advisory_lock(%s, %s)", (LOCK_CLASS, self.key)
            ).fetchone()
            if row and row[0]:
                self.held = True
                return
            now = time.monotonic()
            holder = self.holder() or holder
            if holder is None and not looked_again:
                # nobody holds it any more: released between our try and the lookup; try again
                looked_again = True
                continue
            if on_wait is not None and (last_told == 0.0 or now - last_told >= 10):
                who = holder.describe_lock() if holder else "another pgmig process"
                on_wait(
                    f"waiting for the deploy lock ({_seconds(deadline - now)} left), held by {who}"
                )
                last_told = now
            if now >= deadline:
                raise self._timeout(wait_s, holder)
            time.sleep(min(poll_s, max(deadline - now, 0.01)))

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        if session_ended(self.conn):
            return  # the lock ended with its session
        # the session may end between the check and the unlock: the lock is gone either way
        with contextlib.suppress(psycopg.OperationalError):
            self.conn.execute("SELECT pg_advisory_unlock(%s, %s)", (LOCK_CLASS, self.key))

    def holder(self) -> Holder | None:
        """Who holds the deploy lock now (None if nobody, or it was released meanwhile)."""
        row = self.conn.execute(
            f"SELECT {_HOLDER_COLUMNS} FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND l.classid::bigint = %s AND l.objid::bigint = %s",
            (LOCK_CLASS, self.key & 0xFFFFFFFF),
        ).fetchone()
        return Holder(*row) if row else None

    def _timeout(self, wait_s: float, holder: Holder | None) -> DeployLockTimeout:
        details = [f"held by {holder.describe_lock()}"] if holder else []
        pid = holder.pid if holder else None
        return DeployLockTimeout(
            f"another pgmig process held the deploy lock for longer than {_seconds(wait_s)}",
            details=details,
            why="only one deployer may change a database at a time, so nothing is applied twice",
            instead=(
                "let the other deploy finish and run this again, or wait longer with "
                "PGMIG_DEPLOY_LOCK_WAIT=15min (`deploy_lock_wait` in pgmig.toml)"
                + (
                    f"; if that process is stuck, end it: SELECT pg_terminate_backend({pid});"
                    if pid
                    else ""
                )
            ),
        )


def session_ended(conn: psycopg.Connection[Any]) -> bool:
    """Whether the server has ended ``conn``'s session (pg_terminate_backend,
    idle_session_timeout, a proxy closing it), and with it every lock the session held.

    Costs no round trip while the session is quiet: an idle autocommit session receives nothing
    unless the server has something to say, and a server that ends a session says so and closes
    the socket. Only a readable socket is probed with a query. A network that silently drops
    packets is not noticed here (the server keeps the session, and the lock, until it notices).
    """
    if conn.closed or conn.broken:
        return True
    try:
        readable, _, _ = select.select([conn.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    if not readable:
        return False
    try:
        conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return conn.closed or conn.broken


def _seconds(s: float) -> str:
    s = max(s, 0)
    if s < 1:
        return f"{s * 1000:.0f} ms"
    return f"{s:.0f} s" if s < 120 else f"{s / 60:.1f} min"


def lock_holders(
    conn: psycopg.Connection[Any],
    relations: Sequence[str],
    *,
    exclude_pids: Sequence[int] = (),
    oldest: int = 0,
) -> list[Holder]:
    """Sessions that hold a lock on one of ``relations`` (qualified, quoted names), longest
    transaction first, excluding ``exclude_pids``.

    With ``oldest > 0`` and no relations: the ``oldest`` longest-open transactions of this
    database instead, which is what ``CREATE INDEX CONCURRENTLY`` waits for.
    """
    if relations:
        rows = conn.execute(
            f"SELECT DISTINCT ON (a.pid) {_HOLDER_COLUMNS}, l.mode, l.relation::regclass::text "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.granted AND a.pid <> ALL(%s) "
            "AND l.relation = ANY (SELECT to_regclass(r) FROM unnest(%s::text[]) r) "
            "ORDER BY a.pid, l.mode DESC",
            (list(exclude_pids), list(relations)),
        ).fetchall()
    elif oldest > 0:
        rows = conn.execute(
            f"SELECT {_HOLDER_COLUMNS}, NULL, NULL FROM pg_stat_activity a "
            "WHERE a.datname = current_database() AND a.xact_start IS NOT NULL "
            "AND a.pid <> ALL(%s) AND a.pid <> pg_backend_pid() "
            "ORDER BY a.xact_start LIMIT %s",
            (list(exclude_pids), oldest),
        ).fetchall()
    else:
        rows = []
    holders = [Holder(*row) for row in rows]
    return sorted(holders, key=lambda h: h.xact_age or timedelta(0), reverse=True)
