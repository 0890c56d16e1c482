"""ADD COLUMN ... NOT NULL without a DEFAULT fails on a non-empty table and breaks old writers.

**Trigger.** `ALTER TABLE <existing table> ADD [COLUMN] c type NOT NULL` (also a named
`CONSTRAINT n NOT NULL`) with no DEFAULT, or with `DEFAULT NULL`. Not triggered when the column
fills itself (identity, serial, stored generated: `add-column-auto-increment` and
`add-column-generated-stored` cover their cost), when its type is a domain with a default (created
earlier in the file or, with a database connection, read from the catalog), or for tables created
earlier in the same file. (`ADD COLUMN ... PRIMARY KEY` is `add-primary-key`'s.)

**Lock / effect.** ACCESS EXCLUSIVE plus a scan of the whole table to verify the new column has no
NULLs, which it always has on a table with rows: the migration fails with `column "c" of relation
"t" contains null values` after waiting for the lock. On an empty production table it succeeds,
and then every INSERT from the application version still running (which does not know the
column) fails.

**Why it hurts.** Either the deploy fails, or the old application version starts failing writes
until the new one is everywhere.

**Safe alternative.** Give the column a constant default (PostgreSQL 11+: metadata only, and NOT
NULL is legal at once), or add it nullable, deploy writers that fill it, backfill, and enforce NOT
NULL with the CHECK pattern (`pgmig explain set-not-null`):

```sql
ALTER TABLE customers ADD COLUMN country_code text NOT NULL DEFAULT 'ZZ';
-- or, when no value fits the existing rows:
ALTER TABLE customers ADD COLUMN country_code text;
-- later migrations, after the backfill:
ALTER TABLE customers ADD CONSTRAINT customers_country_code_not_null
    CHECK (country_code IS NOT NULL) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_country_code_not_null;
ALTER TABLE customers ALTER COLUMN country_code SET NOT NULL;
```

**Versions.** All. Before PostgreSQL 11 a constant default rewrites the table
(`add-column-default-rewrite`), so there the nullable path is the safe one.

**Suppress.** `-- pgmig:ignore add-column-not-null-no-default <reason>` on the line before the
statement, for example when the table is always empty when the migration runs.

**Peers.** squawk `adding-required-field`; Atlas MF103; django-migration-linter `NOT_NULL`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    altered_existing_table,
    column_constraints,
    column_default,
    constraint_kind,
    object_name,
    plain_add_column_sql,
    quote_ident,
    type_ref,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)

_FILLED_BY_POSTGRES = frozenset({"CONSTR_IDENTITY", "CONSTR_GENERATED"})


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    for index, col in added_columns(node):
        constraints = column_constraints(col)
        kinds = {constraint_kind(c) for c in constraints}
        if "CONSTR_NOTNULL" not in kinds or kinds & _FILLED_BY_POSTGRES:
            continue
        typ = type_ref(col.get("typeName") or {})
        if typ.is_serial or column_default(col) is not None:
            continue
        if not typ.is_builtin and not typ.array:
            domain = ctx.domain(typ.schema, typ.name)
            if domain is not None and domain.has_default:
                continue
        name = col.get("colname", "")
        column = quote_ident(name)
        table = rel.sql
        check_name = quote_ident(object_name(rel.name, name, "not_null"))
        nullable = plain_add_column_sql(stmt, index, rel)
        with_default = plain_add_column_sql(stmt, index, rel, keep=("CONSTR_NOTNULL",))
        lines = [nullable]
        if ctx.pg_version >= 11:
            lines += [
                "-- or, if one value fits every existing row (metadata only):",
                "--   " + with_default.removesuffix(";") + " DEFAULT <value>;",
            ]
        lines += [
            "-- after the writers set it and the old rows are backfilled, in later migrations:",
            f"--   ALTER TABLE {table} ADD CONSTRAINT {check_name}"
            f" CHECK ({column} IS NOT NULL) NOT VALID;",
            f"--   ALTER TABLE {table} VALIDATE CONSTRAINT {check_name};",
            f"--   ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL;",
        ]
        yield Issue(
            message=(
                f'ADD COLUMN "{name}" NOT NULL without a DEFAULT fails on existing table {rel} '
                "unless it is empty."
            ),
            why=(
                "existing rows would hold NULL: PostgreSQL scans the table under an ACCESS "
                f'EXCLUSIVE lock and aborts with `column "{name}" of relation "{rel.name}" '
                "contains null values`; on an empty table, INSERTs from the application version "
                "still running (which does not set the column) fail instead"
            ),
            suggestion="\n".join(lines),
            note="add it nullable now and enforce NOT NULL once every row has a value",
            node=next((c for c in constraints if constraint_kind(c) == "CONSTR_NOTNULL"), col),
        )
