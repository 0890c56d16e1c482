"""ADD UNIQUE without USING INDEX builds a unique index under ACCESS EXCLUSIVE.

**Trigger.** `ALTER TABLE <existing table> ADD [CONSTRAINT n] UNIQUE [NULLS [NOT] DISTINCT]
(...)` (with or without `INCLUDE`, `DEFERRABLE`, `WITH (...)`) and `ADD COLUMN ... UNIQUE`: the
new column is empty, but the index is still built over every row. Not triggered by
`ADD CONSTRAINT n UNIQUE USING INDEX idx` or for tables created earlier in the same file.

**Lock / effect.** ACCESS EXCLUSIVE on the table (and SHARE, for the build) while the unique index
is built over every row (verified on PostgreSQL 15): SELECT, INSERT, UPDATE and DELETE wait.

**Why it hurts.** An index build on a big table takes minutes; everything queues behind the lock.

**Safe alternative.** Build the unique index concurrently (writes continue), then attach it as the
constraint, which is a brief catalog change:

```sql
-- pgmig:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
```

If the concurrent build fails (a duplicate, a deadlock, a cancel) it leaves an INVALID index
behind: drop it with `DROP INDEX CONCURRENTLY` and run the migration again.

**Versions.** All. `NULLS NOT DISTINCT` since PostgreSQL 15.

**Suppress.** `-- pgmig:ignore add-unique-constraint <reason>` on the line before the statement,
for example when the table is known to stay small.

**Peers.** squawk `disallowed-unique-constraint`; strong_migrations "adding a unique constraint";
eugene E7; Atlas PG105; django-migration-linter `ADD_UNIQUE`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    added_constraints,
    alter_without_sql,
    attach_index_sql,
    column_constraints,
    concurrent_unique_index_sql,
    constraint_ast,
    constraint_kind,
    constraint_name,
    no_transaction_note,
    plain_add_column_sql,
    quote_ident,
    string_list,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    found = added_constraints(stmt, ctx, "CONSTR_UNIQUE", unless="indexname")
    if found is None:
        return
    rel, flagged = found
    rest = alter_without_sql(stmt, [i for i, _ in flagged]) if flagged else None
    note = no_transaction_note(stmt, ctx)
    for index, con in flagged:
        name = con.get("conname") or constraint_name(rel.name, con)
        tree = constraint_ast(stmt, index)
        columns = ", ".join(quote_ident(c) for c in string_list(con.get("keys")))
        what = f'ADD CONSTRAINT "{name}" UNIQUE' if con.get("conname") else "ADD UNIQUE"
        lines = [concurrent_unique_index_sql(rel, tree, name), attach_index_sql(rel, tree, name)]
        if rest is not None:
            lines = ["-- the rest of the ALTER TABLE first:", rest, *lines]
        yield Issue(
            message=(
                f"{what} ({columns}) on existing table {rel} builds a unique index while "
                "blocking reads and writes."
            ),
            why=(
                f"ALTER TABLE holds ACCESS EXCLUSIVE on {rel} while it builds the index over "
                "every row; SELECT, INSERT, UPDATE and DELETE wait until it finishes"
            ),
            suggestion="\n".join(lines),
            note=note,
            node=con,
        )
    for index, col in added_columns(stmt.node):
        column = col.get("colname", "")
        for position, con in enumerate(column_constraints(col)):
            if constraint_kind(con) != "CONSTR_UNIQUE" or con.get("indexname"):
                continue
            name = con.get("conname") or constraint_name(rel.name, con, column=column)
            tree = constraint_ast(stmt, index, position)
            yield Issue(
                message=(
                    f'ADD COLUMN "{column}" ... UNIQUE on existing table {rel} builds a unique '
                    "index while blocking reads and writes."
                ),
                why=(
                    f"ALTER TABLE holds ACCESS EXCLUSIVE on {rel} while it builds the index over "
                    "every row (the new column is empty, the table is not); SELECT, INSERT, "
                    "UPDATE and DELETE wait until it finishes"
                ),
                suggestion="\n".join(
                    [
                        plain_add_column_sql(stmt, index, rel, drop=("CONSTR_UNIQUE",)),
                        "-- then, in a migration marked -- pgmig:no-transaction:",
                        concurrent_unique_index_sql(rel, tree, name, column=column),
                        attach_index_sql(rel, tree, name),
                    ]
                ),
                note="add the column now; build and attach the index without a long lock",
                node=con,
            )
