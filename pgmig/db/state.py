"""The state tables: ``<schema>.<table>`` (one row per applied migration) and ``<table>_log``.

The database layer stores and fetches; :mod:`pgmig.planner` decides. Every write to the state
table also appends its ``_log`` row *in the same statement* (a data-modifying CTE), so the two
cannot disagree and a migration costs one round trip of bookkeeping.

Format version: the state table carries ``COMMENT ... IS 'pgmig state v<N>'``. A table with a
newer ``N`` than :data:`STATE_FORMAT` was written by a newer pgmig and is refused (an older pgmig
could misread it); an older one is upgraded in place by :meth:`StateStore.ensure` (there is no
older format yet). A same-named table without that comment belongs to someone else and is never
written to. Read-only commands (``status``, ``up --dry-run``) only read; nothing is created until
a command writes, and then under the deploy lock.

Every identifier is composed with :mod:`psycopg.sql` or quoted by :func:`sql_ident`, never
pasted in: the schema and table names come from configuration and may contain anything.

The two writes that travel with a migration's COMMIT (the state row + log row of an apply, the
DELETE + log row of a rollback) are rendered as plain SQL text with :func:`sql_literal`, so the
runner can send them in the same simple-query message as the COMMIT without psycopg's
client-side adaptation (``mogrify``: about a fifth of the runner's client CPU per migration).
The others run with server-side parameters.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from pgmig.errors import ConfigError
from pgmig.models import AppliedMigration

STATE_FORMAT = 1
_COMMENT = re.compile(r"^pgmig state v(\d+)$")
# format N -> statements that turn a format-N table into format N+1
_UPGRADES: dict[int, list[str]] = {}

_COLUMNS = (
    "version, name, checksum, applied_at, duration_ms, applied_by, pgmig_version, "
    "transactional, statements_done, statements_total, error"
)
_STATE_DDL = """
CREATE TABLE {t} (
    version bigint PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    duration_ms double precision NOT NULL DEFAULT 0,
    applied_by text NOT NULL,
    pgmig_version text NOT NULL,
    transactional boolean NOT NULL,
    statements_done integer,
    statements_total integer,
    error text
)"""
_LOG_DDL = """
CREATE TABLE {log} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    event text NOT NULL,
    version bigint,
    name text,
    checksum text,
    actor text NOT NULL,
    pgmig_version text NOT NULL,
    duration_ms double precision,
    details jsonb
)"""

# every event the log table can hold (documented in the README)
EVENTS = (
    "start",
    "apply",
    "rollback",
    "failure",
    "retry",
    "resume",
    "repair",
    "baseline",
    "resolve",
    "allow-unsafe",
)


def quote_ident(name: str) -> str:
    """``name`` as PostgreSQL would need it written (for messages; SQL uses psycopg.sql)."""
    if re.fullmatch(r"[a-z_][a-z0-9_$]*", name):
        return name
    return '"' + name.replace('"', '""') + '"'


def sql_ident(*names: str) -> str:
    """A (qualified) identifier, always double-quoted: right for any name PostgreSQL accepts."""
    return ".".join('"' + name.replace('"', '""') + '"' for name in names)


def sql_literal(value: Any) -> str:
    """``value`` as a SQL literal that reads the same whatever ``standard_conforming_strings``
    is: text with a backslash is written as an ``E''`` string, whose escapes do not depend on
    that setting. Handles what the state tables store: None, bool, int, float, str and dicts
    (as jsonb)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("PostgreSQL text cannot contain NUL characters")
        quoted = value.replace("'", "''")
        if "\\" in value:
            return "E'" + quoted.replace("\\", "\\\\") + "'"
        return "'" + quoted + "'"
    if value is None:
        return "NULL"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return repr(value)
        return "'NaN'" if math.isnan(value) else ("'Infinity'" if value > 0 else "'-Infinity'")
    if isinstance(value, Mapping):
        return sql_literal(json.dumps(dict(value), sort_keys=True)) + "::jsonb"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


@dataclass(frozen=True)
class StateTables:
    schema: str
    table: str

    def __post_init__(self) -> None:
        for what, name in (("schema", self.schema), ("table", self.table)):
            if not name:
                raise ConfigError(f"the state {what} name is empty", instead=f"set --{what}")
        if len(self.log.encode()) > 63:
            raise ConfigError(
                f"state table name {self.table!r} is too long",
                why="PostgreSQL truncates names to 63 bytes, and pgmig also needs "
                f"{self.log!r} for the log table",
                instead="use a table name of at most 59 bytes",
            )

    @property
    def log(self) -> str:
        return self.table + "_log"

    def __str__(self) -> str:
        return f"{quote_ident(self.schema)}.{quote_ident(self.table)}"


class StateStore:
    """Reads and writes the state tables through a connection the caller owns.

    Writes that are part of a migration run inside the caller's open transaction; the others
    (``log``, progress of ``no-transaction`` files) run in autocommit on whichever connection
    is passed.
    """

    def __init__(self, tables: StateTables, *, actor: str, pgmig_version: str) -> None:
        self.tables = tables
        self.actor = actor
        self.pgmig_version = pgmig_version
        self.t = sql.Identifier(tables.schema, tables.table)
        self.log_t = sql.Identifier(tables.schema, tables.log)
        log_insert = sql.SQL(
            "INSERT INTO {log} (event, version, name, checksum, actor, pgmig_version, "
            "duration_ms, details) SELECT %(event)s, version, name, checksum, %(actor)s, "
            "%(pgmig_version)s, %(duration_ms)s, %(details)s FROM s"
        ).format(log=self.log_t)
        self._t_text = sql_ident(tables.schema, tables.table)
        self._log_text = sql_ident(tables.schema, tables.log)
        # constant for the life of the store: quoted once, not once per migration
        self._actor_sql = sql_literal(actor)
        self._pgmig_version_sql = sql_literal(pgmig_version)
        self._update = sql.SQL(
            "WITH s AS (UPDATE {t} SET checksum = coalesce(%(checksum)s, checksum), "
            "statements_done = coalesce(%(done)s, statements_done), statements_total = "
            "coalesce(%(total)s, statements_total), error = CASE WHEN %(set_error)s THEN "
            "%(error)s ELSE error END, duration_ms = coalesce(%(duration_ms)s, "
            "duration_ms), applied_at = CASE WHEN %(finished)s THEN clock_timestamp() "
            "ELSE applied_at END WHERE version = %(version)s "
            "RETURNING version, name, checksum) {log_insert}"
        ).format(t=self.t, log_insert=log_insert)
        self._progress = sql.SQL(
            "UPDATE {t} SET statements_done = %s, error = NULL WHERE version = %s"
        ).format(t=self.t)
        self._log = sql.SQL(
            "INSERT INTO {log} (event, version, name, checksum, actor, pgmig_version, "
            "duration_ms, details) VALUES (%(event)s, %(version)s, %(name)s, %(checksum)s, "
            "%(actor)s, %(pgmig_version)s, %(duration_ms)s, %(details)s)"
        ).format(log=self.log_t)

    # -- reading ------------------------------------------------------------------------------

    def format_version(self, conn: psycopg.Connection[Any]) -> int | None:
        """The state table's format, or None when it does not exist. Refuses foreign tables."""
        row = conn.execute(
            "SELECT obj_description(c.oid, 'pg_class') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relname = %s AND c.relkind IN ('r', 'p')",
            (self.tables.schema, self.tables.table),
        ).fetchone()
        if row is None:
            return None
        m = _COMMENT.match(row[0] or "")
        if m is None:
            raise ConfigError(
                f"table {self.tables} exists but is not a pgmig state table",
                why="it lacks pgmig's `pgmig state v<N>` comment, so it probably belongs to "
                "another tool; pgmig will not write into it",
                instead="give pgmig a table of its own: --table pgmig_migrations "
                '(or `table = "pgmig_migrations"` in pgmig.toml)',
            )
        found = int(m.group(1))
        if found > STATE_FORMAT:
            raise ConfigError(
                f"state table {self.tables} was written by a newer pgmig (state format "
                f"v{found}; this pgmig {self.pgmig_version} understands up to v{STATE_FORMAT})",
                why="an older pgmig could misread the newer format and apply migrations twice",
                instead="upgrade pgmig (`pip install -U pgmig`) to the version the other "
                "deployers use",
            )
        return found

    def fetch(self, conn: psycopg.Connection[Any]) -> list[AppliedMigration] | None:
        """Every applied row in version order, or None when the state table does not exist."""
        if self.format_version(conn) is None:
            return None
        cur = conn.execute(
            sql.SQL("SELECT {cols} FROM {t} ORDER BY version").format(
                cols=sql.SQL(_COLUMNS), t=self.t
            )
        )
        return [AppliedMigration(*row) for row in cur.fetchall()]

    def last_session(self, conn: psycopg.Connection[Any], version: int) -> tuple[int, Any] | None:
        """(backend pid, time) of the last attempt that started or resumed ``version``."""
        row = conn.execute(
            sql.SQL(
                "SELECT (details->>'pid')::int, at FROM {log} WHERE version = %s "
                "AND event IN ('start', 'resume') AND details ? 'pid' ORDER BY id DESC LIMIT 1"
            ).format(log=self.log_t),
            (version,),
        ).fetchone()
        return (row[0], row[1]) if row else None

    # -- writing ------------------------------------------------------------------------------

    def ensure(self, conn: psycopg.Connection[Any]) -> None:
        """Create (or upgrade) both tables. Call under the deploy lock, outside a transaction."""
        found = self.format_version(conn)
        if found == STATE_FORMAT:
            return
        comment = sql.SQL("COMMENT ON TABLE {} IS {}")
        with conn.transaction():
            if found is None:
                exists = conn.execute(
                    "SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.tables.schema,)
                ).fetchone()
                if exists is None:
                    conn.execute(
                        sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(self.tables.schema))
                    )
                conn.execute(sql.SQL(_STATE_DDL).format(t=self.t))
                conn.execute(sql.SQL(_LOG_DDL).format(log=self.log_t))
                conn.execute(comment.format(self.log_t, sql.Literal("pgmig log")))
            else:
                for step in range(found, STATE_FORMAT):
                    for statement in _UPGRADES[step]:
                        conn.execute(sql.SQL(statement).format(t=self.t, log=self.log_t))
            conn.execute(comment.format(self.t, sql.Literal(f"pgmig state v{STATE_FORMAT}")))

    def _params(
        self,
        event: str,
        *,
        version: int | None = None,
        name: str | None = None,
        checksum: str | None = None,
        duration_ms: float | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        return {
            "event": event,
            "version": version,
            "name": name,
            "checksum": checksum,
            "duration_ms": duration_ms,
            "details": Jsonb(dict(details)) if details else None,
            "actor": self.actor,
            "pgmig_version": self.pgmig_version,
        }

    def insert(self, conn: psycopg.Connection[Any], **fields: Any) -> None:
        """Add the row of an applied (or, for no-transaction files, started) migration and log
        it. The fields are those of :meth:`insert_sql`."""
        conn.execute(self.insert_sql(**fields))

    def insert_sql(
        self,
        *,
        version: int,
        name: str,
        checksum: str,
        duration_ms: float,
        transactional: bool,
        event: str = "apply",
        done: int | None = None,
        total: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> str:
        """The INSERT (state row + log row in one statement) as SQL text, for a caller that
        sends it together with other SQL (the runner sends it with the migration's COMMIT)."""
        lit = sql_literal
        return (
            f"WITH s AS (INSERT INTO {self._t_text} (version, name, checksum, duration_ms, "
            "applied_by, pgmig_version, transactional, statements_done, statements_total) "
            f"VALUES ({lit(version)}, {lit(name)}, {lit(checksum)}, {lit(duration_ms)}, "
            f"{self._actor_sql}, {self._pgmig_version_sql}, {lit(transactional)}, {lit(done)}, "
            f"{lit(total)}) RETURNING version, name, checksum) "
            + self._log_from_s(event, duration_ms, details)
        )

    def _log_from_s(
        self, event: str, duration_ms: float | None, details: Mapping[str, Any] | None
    ) -> str:
        """The log row of the state row that a data-modifying CTE ``s`` returned."""
        lit = sql_literal
        return (
            f"INSERT INTO {self._log_text} (event, version, name, checksum, actor, "
            f"pgmig_version, duration_ms, details) SELECT {lit(event)}, version, name, "
            f"checksum, {self._actor_sql}, {self._pgmig_version_sql}, {lit(duration_ms)}, "
            f"{lit(dict(details) if details else None)} FROM s"
        )

    def update(
        self,
        conn: psycopg.Connection[Any],
        version: int,
        event: str,
        *,
        done: int | None = None,
        error: str | None = None,
        set_error: bool = True,
        total: int | None = None,
        checksum: str | None = None,
        duration_ms: float | None = None,
        finished: bool = False,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Change a row (progress, failure, new checksum, resolution) and log ``event``.

        ``None`` keeps a column as it is; ``error`` is replaced unless ``set_error`` is false.
        """
        params = self._params(event, duration_ms=duration_ms, details=details)
        params.update(
            version=version,
            done=done,
            total=total,
            error=error,
            set_error=set_error,
            checksum=checksum,
            finished=finished,
        )
        conn.execute(self._update, params)

    def progress(self, conn: psycopg.Connection[Any], version: int, done: int) -> None:
        """Record that a no-transaction migration completed ``done`` statements (not logged)."""
        conn.execute(self._progress, (done, version))

    def delete(
        self,
        conn: psycopg.Connection[Any],
        version: int,
        event: str,
        *,
        duration_ms: float | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Remove a row (rolled back, or resolved as pending) and log ``event``."""
        conn.execute(self.delete_sql(version, event, duration_ms=duration_ms, details=details))

    def delete_sql(
        self,
        version: int,
        event: str,
        *,
        duration_ms: float | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> str:
        """The DELETE (+ log row) as SQL text (see :meth:`insert_sql`)."""
        return (
            f"WITH s AS (DELETE FROM {self._t_text} WHERE version = {sql_literal(version)} "
            "RETURNING version, name, checksum) " + self._log_from_s(event, duration_ms, details)
        )

    def log(
        self,
        conn: psycopg.Connection[Any],
        event: str,
        *,
        version: int | None = None,
        name: str | None = None,
        checksum: str | None = None,
        duration_ms: float | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Append a log row that goes with no state change (a failure, a retry...)."""
        conn.execute(
            self._log,
            self._params(
                event,
                version=version,
                name=name,
                checksum=checksum,
                duration_ms=duration_ms,
                details=details,
            ),
        )
