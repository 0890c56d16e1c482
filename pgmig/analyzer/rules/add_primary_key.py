"""ADD PRIMARY KEY without USING INDEX builds an index (and checks NOT NULL) under ACCESS EXCLUSIVE.

**Trigger.** `ALTER TABLE <existing table> ADD [CONSTRAINT n] PRIMARY KEY (...)` and
`ADD COLUMN ... PRIMARY KEY`. Not triggered by `ADD CONSTRAINT n PRIMARY KEY USING INDEX idx` or
for tables created earlier in the same file.

**Lock / effect.** ACCESS EXCLUSIVE while the unique index is built over every row, plus a full
scan to set NOT NULL on key columns that were nullable (verified on PostgreSQL 15: `verifying
table`): SELECT, INSERT, UPDATE and DELETE wait.

**Why it hurts.** An index build and a NOT NULL scan of a big table take minutes under the
strongest lock.

**Safe alternative.** Make the key columns NOT NULL without a long lock, build the unique index
concurrently, and attach it as the primary key (a brief catalog change):

```sql
-- pgmig:no-transaction
ALTER TABLE page_views ADD CONSTRAINT page_views_id_not_null CHECK (id IS NOT NULL) NOT VALID;
ALTER TABLE page_views VALIDATE CONSTRAINT page_views_id_not_null;
ALTER TABLE page_views ALTER COLUMN id SET NOT NULL;  -- PostgreSQL 12+: proven by the CHECK
ALTER TABLE page_views DROP CONSTRAINT page_views_id_not_null;
CREATE UNIQUE INDEX CONCURRENTLY page_views_pkey ON page_views (id);
ALTER TABLE page_views ADD CONSTRAINT page_views_pkey PRIMARY KEY USING INDEX page_views_pkey;
```

`PRIMARY KEY USING INDEX` on a nullable column still scans under ACCESS EXCLUSIVE (verified on
PostgreSQL 15), hence the NOT NULL steps first; they are not needed for columns that are already
NOT NULL (with a database connection pgmig leaves them out). For a new key column, add it first
(see `add-column-auto-increment` for filling it without a rewrite), then do the above.

**Versions.** All; the CHECK proof for SET NOT NULL needs PostgreSQL 12+ (before that SET NOT
NULL scans under ACCESS EXCLUSIVE).

**Suppress.** `-- pgmig:ignore add-primary-key <reason>` on the line before the statement, for
example when the table is known to stay small.

**Peers.** squawk `adding-serial-primary-key-field`; eugene E7; Atlas PG104, PG304.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    added_constraints,
    alter_without_sql,
    attach_index_sql,
    column_constraints,
    column_default,
    concurrent_unique_index_sql,
    constraint_ast,
    constraint_kind,
    no_transaction_note,
    object_name,
    plain_add_column_sql,
    quote_ident,
    string_list,
    type_ref,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    found = added_constraints(stmt, ctx, "CONSTR_PRIMARY", unless="indexname")
    if found is None:
        return
    rel, flagged = found
    name = object_name(rel.name, "", "pkey")
    rest = alter_without_sql(stmt, [i for i, _ in flagged]) if flagged else None
    for index, con in flagged:
        cname = con.get("conname") or name
        keys = string_list(con.get("keys"))
        tree = constraint_ast(stmt, index)
        lines = [rest] if rest is not None else []
        lines += _not_null_steps(ctx, rel, keys)
        lines += [concurrent_unique_index_sql(rel, tree, cname), attach_index_sql(rel, tree, cname)]
        what = f'ADD CONSTRAINT "{cname}" PRIMARY KEY' if con.get("conname") else "ADD PRIMARY KEY"
        yield Issue(
            message=(
                f"{what} ({', '.join(quote_ident(k) for k in keys)}) on existing table {rel} "
                "builds a unique index and checks the key columns for NULLs while blocking reads "
                "and writes."
            ),
            why=(
                f"ALTER TABLE holds ACCESS EXCLUSIVE on {rel} while it builds the index over "
                "every row and scans the table to make nullable key columns NOT NULL; SELECT, "
                "INSERT, UPDATE and DELETE wait until it finishes"
            ),
            suggestion="\n".join(lines),
            note=no_transaction_note(stmt, ctx),
            node=con,
        )
    for index, col in added_columns(stmt.node):
        column = col.get("colname", "")
        constraints = column_constraints(col)
        for position, con in enumerate(constraints):
            if constraint_kind(con) != "CONSTR_PRIMARY" or con.get("indexname"):
                continue
            cname = con.get("conname") or name
            tree = constraint_ast(stmt, index, position)
            kinds = {constraint_kind(c) for c in constraints}
            typ = type_ref(col.get("typeName") or {})
            not_null = typ.is_serial or bool(kinds & {"CONSTR_IDENTITY", "CONSTR_NOTNULL"})
            filled = not_null or column_default(col) is not None or "CONSTR_GENERATED" in kinds
            lines = [
                plain_add_column_sql(
                    stmt,
                    index,
                    rel,
                    drop=("CONSTR_PRIMARY", "CONSTR_NOTNULL")
                    if not filled
                    else ("CONSTR_PRIMARY",),
                )
            ]
            steps = [] if not_null else _not_null_steps(ctx, rel, [column], known=False)
            steps += [
                concurrent_unique_index_sql(rel, tree, cname, column=column),
                attach_index_sql(rel, tree, cname),
            ]
            if filled:
                lines.append("-- then, in a migration marked -- pgmig:no-transaction:")
                lines += steps
            else:
                lines.append(
                    "-- backfill a unique value into every row, then, in a migration marked "
                    "-- pgmig:no-transaction:"
                )
                lines += ["--   " + line for line in steps]
            yield Issue(
                message=(
                    f'ADD COLUMN "{column}" ... PRIMARY KEY on existing table {rel} builds a '
                    "unique index while blocking reads and writes."
                ),
                why=(
                    f"ALTER TABLE holds ACCESS EXCLUSIVE on {rel} while it fills the new column, "
                    "builds the index over every row and checks it for NULLs; SELECT, INSERT, "
                    "UPDATE and DELETE wait until it finishes"
                ),
                suggestion="\n".join(lines),
                note="add the column now, then build and attach the index without a long lock",
                node=con,
            )


def _not_null_steps(ctx: Context, rel: Rel, columns: list[str], *, known: bool = True) -> list[str]:
    """NOT NULL for the key columns without a long lock: one CHECK (... IS NOT NULL) NOT VALID,
    VALIDATE, SET NOT NULL (proven by the CHECK, no scan), DROP the CHECK. Columns known to be
    NOT NULL already (live catalog, or added NOT NULL in this file) are left out; offline every
    column is included, with a note."""
    table = rel.sql
    missing: list[str] = []
    unknown = False
    for column in columns:
        if known:
            fact = ctx.catalog.column(rel.schema, rel.name, column)
            if fact is not None and fact.not_null:
                continue
            added = ctx.added_columns.get(rel.key, {}).get(column)
            if added is not None and any(
                constraint_kind(c) == "CONSTR_NOTNULL" for c in column_constraints(added)
            ):
                continue
            unknown = unknown or fact is None
        missing.append(column)
    if not missing:
        return []
    check = quote_ident(object_name(rel.name, "_".join(missing), "not_null"))
    condition = " AND ".join(f"{quote_ident(c)} IS NOT NULL" for c in missing)
    set_not_null = ", ".join(f"ALTER COLUMN {quote_ident(c)} SET NOT NULL" for c in missing)
    lines = [
        f"ALTER TABLE {table} ADD CONSTRAINT {check} CHECK ({condition}) NOT VALID;",
        f"ALTER TABLE {table} VALIDATE CONSTRAINT {check};",
        f"ALTER TABLE {table} {set_not_null};",
        f"ALTER TABLE {table} DROP CONSTRAINT {check};",
    ]
    if unknown:
        lines.insert(0, "-- NOT NULL first, without a long scan (not needed for NOT NULL columns):")
    return lines
