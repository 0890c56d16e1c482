"""Opening connections to the target database.

Contract:

* The connection string is handed to libpq unchanged (``Settings.database_url``, or ``""`` so
  libpq's ``PG*`` variables and defaults apply, exactly as psql would), so TLS options such as
  ``sslmode``/``sslrootcert`` and multi-host URLs behave as libpq documents them.
* ``application_name`` comes from the URL when it sets one, else from
  ``Settings.application_name``, so DBAs see pgmig in ``pg_stat_activity``.
* Any failure to connect raises :class:`~pgmig.errors.DatabaseUnreachable` (exit code 5) whose
  text names ``user@host:port/db`` and never the password.
* With ``wait_s > 0`` the connection is retried until the server accepts it or the time is up
  (databases in CI containers start after the job does); each wait is announced through
  ``on_wait`` so the user sees what pgmig is waiting for.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pgmig.errors import ConfigError, DatabaseUnreachable
from pgmig.redact import Redactor, describe_target, dsn_fields

if TYPE_CHECKING:
    import psycopg

    from pgmig.config import Settings

# libpq waits forever by default; a deploy should not hang on a black-holed host
DEFAULT_CONNECT_TIMEOUT_S = 10
_RETRY_PAUSE_S = 0.5


def connect(
    settings: Settings,
    *,
    purpose: str | None = None,
    wait_s: float = 0,
    on_wait: Callable[[str], None] | None = None,
) -> psycopg.Connection[Any]:
    """An autocommit connection (pgmig issues BEGIN/COMMIT itself, see :mod:`pgmig.runner`).

    ``purpose`` is appended to the application name (e.g. ``"deploy lock"``) so each of
    pgmig's connections can be told apart in ``pg_stat_activity``.
    """
    import psycopg
    from psycopg import conninfo as ci

    dsn = settings.database_url or ""
    redactor = Redactor.for_dsn(dsn)
    try:
        given = ci.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        raise ConfigError(
            f"the database URL is not valid: {redactor(str(exc))}",
            why="libpq could not parse it, so pgmig cannot know where to connect",
            instead="write it as postgresql://USER@HOST:PORT/DBNAME?sslmode=require or as "
            "`host=HOST port=PORT dbname=DBNAME user=USER`",
        ) from None
    extra: dict[str, Any] = {"autocommit": True}
    if "application_name" not in given:
        name = settings.application_name
        extra["application_name"] = f"{name} {purpose}" if purpose else name
    if "connect_timeout" not in given and not os.environ.get("PGCONNECT_TIMEOUT"):
        extra["connect_timeout"] = DEFAULT_CONNECT_TIMEOUT_S

    deadline = time.monotonic() + max(wait_s, 0)
    announced = False
    while True:
        try:
            return psycopg.connect(dsn, **extra)
        except psycopg.OperationalError as exc:
            reason = _reason(redactor(str(exc)))
            left = deadline - time.monotonic()
            if left <= 0:
                raise _unreachable(dsn, reason, waited_s=wait_s) from None
            if on_wait is not None and not announced:
                on_wait(
                    f"waiting up to {_seconds(wait_s)} for {describe_target(dsn)} to accept "
                    f"connections ({reason})"
                )
                announced = True
            if "connect_timeout" in extra:
                # a short per-attempt timeout so the overall wait is honoured (libpq min is 2 s)
                extra["connect_timeout"] = max(2, min(DEFAULT_CONNECT_TIMEOUT_S, int(left) + 1))
            time.sleep(min(_RETRY_PAUSE_S, max(left, 0.01)))


def _reason(message: str) -> str:
    """libpq's message without its "connection failed:" prefix, as one sentence-joined line."""
    text = message.removeprefix("connection failed:").strip()
    out = ""
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if out:
            out += (" " if out[-1] in ".?!:;" else ". ") + line
        else:
            out = line
    return out


def _seconds(s: float) -> str:
    return f"{s:g} s"


def _unreachable(dsn: str, reason: str, *, waited_s: float) -> DatabaseUnreachable:
    target = describe_target(dsn)
    fields = dsn_fields(dsn)
    host = fields.get("host") or os.environ.get("PGHOST") or "localhost"
    port = fields.get("port") or os.environ.get("PGPORT") or "5432"
    dbname = fields.get("dbname") or os.environ.get("PGDATABASE") or "DBNAME"
    lowered = reason.lower()
    waited = f" (waited {_seconds(waited_s)})" if waited_s > 0 else ""
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        why = "the server rejected the credentials"
        instead = (
            "check the user and password (PGPASSWORD, ~/.pgpass, or the URL), and the server's "
            "pg_hba.conf entry for this host"
        )
    elif "does not exist" in lowered and "database" in lowered:
        why = "the server is up but has no such database"
        instead = (
            f"create it (`createdb -h {host} -p {port} {dbname}`) or fix the database name in "
            "the URL / PGDATABASE"
        )
    elif "role" in lowered and "does not exist" in lowered:
        why = "the server is up but has no such role"
        instead = "fix the user name in the URL / PGUSER, or create the role"
    elif "starting up" in lowered or "shutting down" in lowered or "recovery" in lowered:
        why = "the server is not accepting connections yet"
        instead = "retry with `--wait 60` to wait for it"
    else:
        why = "pgmig needs a connection to read and record which migrations are applied"
        instead = (
            f"check that the server runs and the host/port are right (`pg_isready -h {host} "
            f"-p {port}`); in CI, `--wait 60` waits for a database container to start"
        )
    return DatabaseUnreachable(
        f"cannot connect to {target}{waited}: {reason}",
        why=why,
        instead=instead,
    )
