"""ADD COLUMN of type serial/bigserial/smallserial or GENERATED ... AS IDENTITY rewrites the table.

**Trigger.** `ALTER TABLE <existing table> ADD [COLUMN] c serial` (also `bigserial`,
`smallserial`, `serial2`, `serial4`, `serial8`) or `ADD [COLUMN] c <type> GENERATED {ALWAYS | BY
DEFAULT} AS IDENTITY`, with or without PRIMARY KEY. Not triggered for tables created earlier in the
same file, nor by `ALTER COLUMN c ADD GENERATED ... AS IDENTITY` on an existing column, which is
metadata only.

**Lock / effect.** ACCESS EXCLUSIVE on the table while every existing row gets its own `nextval()`
and the table and all its indexes are rewritten (verified on PostgreSQL 15 for serial, bigserial
and identity): SELECT, INSERT, UPDATE and DELETE wait.

**Why it hurts.** As with a volatile default: a full rewrite under the strongest lock, about twice
the table's disk space while it runs, and a WAL burst for the replicas.

**Safe alternative.** There is no in-place online path. Add a plain nullable column, give it a
sequence default for new rows, backfill the old rows in batches, make it NOT NULL without a long
lock (`pgmig explain set-not-null`) and, if wanted, turn it into an identity column afterwards
(metadata only once the column is NOT NULL):

```sql
ALTER TABLE legacy_events ADD COLUMN id bigint;
CREATE SEQUENCE legacy_events_id_seq OWNED BY legacy_events.id;
ALTER TABLE legacy_events ALTER COLUMN id SET DEFAULT nextval('legacy_events_id_seq');
-- backfill in batches, each batch in its own transaction:
UPDATE legacy_events SET id = nextval('legacy_events_id_seq')
 WHERE ctid = ANY (ARRAY(SELECT ctid FROM legacy_events WHERE id IS NULL LIMIT 10000));
```

Or build a new table with the key and swap it in.

**Versions.** All.

**Suppress.** `-- pgmig:ignore add-column-auto-increment <reason>` on the line before the
statement, for example when the table is known to stay small.

**Peers.** strong_migrations "adding an auto-incrementing column"; eugene E11; Atlas PG310 (squawk
only nags about serial with prefer-identity).
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    altered_existing_table,
    column_constraints,
    constraint_kind,
    object_name,
    plain_add_column_sql,
    qualified,
    quote_ident,
    quote_literal,
    type_ref,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)

_SERIAL_BASE = {
    "smallserial": "smallint",
    "serial2": "smallint",
    "serial": "integer",
    "serial4": "integer",
    "bigserial": "bigint",
    "serial8": "bigint",
}


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    for index, col in added_columns(node):
        typ = type_ref(col.get("typeName") or {})
        identity = next(
            (c for c in column_constraints(col) if constraint_kind(c) == "CONSTR_IDENTITY"), None
        )
        if typ.is_serial:
            what = f"of type {typ.name}"
            base = _SERIAL_BASE[typ.name]
        elif identity is not None:
            when = "ALWAYS" if identity.get("generated_when") == "a" else "BY DEFAULT"
            what = f"GENERATED {when} AS IDENTITY"
            base = None
        else:
            continue
        name = col.get("colname", "")
        column = quote_ident(name)
        seq = qualified(rel.written_schema, object_name(rel.name, name, "seq"))
        lines = [
            plain_add_column_sql(stmt, index, rel, type_sql=base),
            f"CREATE SEQUENCE {seq} OWNED BY {rel.sql}.{column};",
            f"ALTER TABLE {rel.sql} ALTER COLUMN {column} "
            f"SET DEFAULT nextval({quote_literal(seq)});",
            "-- then backfill the existing rows in batches, each batch in its own transaction:",
            f"--   UPDATE {rel.sql} SET {column} = nextval({quote_literal(seq)})",
            f"--    WHERE ctid = ANY (ARRAY(SELECT ctid FROM {rel.sql}"
            f" WHERE {column} IS NULL LIMIT 10000));",
            "-- then make it NOT NULL (pgmig explain set-not-null) and, for a key, build its "
            "unique index concurrently (pgmig explain add-primary-key)",
        ]
        if identity is not None:
            lines.append(
                f"-- finally, if it must be an identity column: DROP DEFAULT, DROP SEQUENCE {seq},"
                f" then ALTER COLUMN {column} ADD {what} (START WITH <max + 1>)"
            )
        yield Issue(
            message=f'ADD COLUMN "{name}" {what} rewrites existing table {rel}.',
            why=(
                "every existing row gets its own value from the new sequence: ALTER TABLE holds "
                f"ACCESS EXCLUSIVE on {rel} while it rewrites the table and rebuilds its indexes; "
                "SELECT, INSERT, UPDATE and DELETE wait until it finishes"
            ),
            suggestion="\n".join(lines),
            node=col,
        )
