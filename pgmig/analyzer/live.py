"""The one place ``pgmig check`` talks to PostgreSQL: schema facts and applied versions.

``check`` connects only when a database is *named* (``--database-url``,
``PGMIG_DATABASE_URL``/``DATABASE_URL``, ``database_url`` in the config), never through libpq's
implicit defaults, so CI runs offline. The session is read-only (``default_transaction_read_only``)
and short: the catalog queries of :func:`pgmig.analyzer.catalog.load_live_catalog` plus, for
``--pending``, one read of the state table (``to_jsonb`` of each row, so it works whatever
version of the state table it finds; a database without one has nothing applied).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pgmig.analyzer.catalog import LiveCatalog, load_live_catalog
from pgmig.errors import DatabaseUnreachable

if TYPE_CHECKING:
    from pgmig.config import Settings

_VERSION = re.compile(r"^(\d{1,18})_")


@dataclass
class DatabaseFacts:
    catalog: LiveCatalog
    applied: set[int] = field(default_factory=set)

    def is_applied(self, path: Path) -> bool:
        """Whether the migration file's version is recorded as applied (and complete)."""
        m = _VERSION.match(path.name) or _VERSION.match(path.parent.name)
        return m is not None and int(m.group(1)) in self.applied


def _applied_versions(conn: Any, schema: str, table: str) -> set[int]:
    from psycopg import sql

    from pgmig.analyzer.helpers import qualified

    found = conn.execute("SELECT to_regclass(%s)", [qualified(schema, table)]).fetchone()
    if not found or found[0] is None:
        return set()
    rows = conn.execute(
        sql.SQL("SELECT to_jsonb(t) FROM {}.{} AS t").format(
            sql.Identifier(schema), sql.Identifier(table)
        )
    ).fetchall()
    out: set[int] = set()
    for (row,) in rows:
        if "version" not in row:
            continue
        total, done = row.get("statements_total"), row.get("statements_done")
        if row.get("error") is not None or (total is not None and done != total):
            continue  # failed part-way: `up` will resume it, so it is still pending
        out.add(int(row["version"]))
    return out


def read_database(settings: Settings, texts: Sequence[str], *, pending: bool) -> DatabaseFacts:
    """Connect to the named database, read the facts, disconnect."""
    import psycopg

    from pgmig.redact import describe_target, redact_text

    assert settings.database_url
    try:
        conn = psycopg.connect(
            settings.database_url,
            autocommit=True,
            connect_timeout=10,
            application_name=settings.application_name,
            options="-c default_transaction_read_only=on",
        )
    except psycopg.Error as exc:
        raise DatabaseUnreachable(
            f"cannot connect to {describe_target(settings.database_url)} to read the schema",
            why=redact_text(str(exc).strip()),
            instead="check the URL and that the server is up; or run `pgmig check --offline` "
            "(the analysis is then conservative)",
        ) from None
    with conn:
        catalog = load_live_catalog(conn, texts)
        applied = _applied_versions(conn, settings.schema, settings.table) if pending else set()
    return DatabaseFacts(catalog, applied)
