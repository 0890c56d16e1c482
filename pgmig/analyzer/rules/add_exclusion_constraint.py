"""ADD EXCLUDE builds an index and checks every row under ACCESS EXCLUSIVE; there is no online path.

**Trigger.** `ALTER TABLE [ONLY] <existing table> ADD [CONSTRAINT n] EXCLUDE USING ...` (partial,
deferrable or with index parameters too). Not triggered for tables created earlier in the same
file.

**Lock / effect.** ACCESS EXCLUSIVE (and SHARE, for the build) while the exclusion index is built
and every row is checked against the others (verified on PostgreSQL 15): SELECT, INSERT, UPDATE and
DELETE wait.

**Why it hurts.** Exclusion constraints cannot be added `NOT VALID` and cannot be attached from an
index built `CONCURRENTLY`, so the whole build happens under the strongest lock.

**Safe alternative.** There is no in-place online path. Build a constrained copy of the table
(instant while it is empty), fill it in batches while a trigger keeps it in sync, and swap the
names in one short transaction; or run the statement in a maintenance window:

```sql
CREATE TABLE bookings_new (LIKE bookings INCLUDING ALL);
ALTER TABLE bookings_new ADD CONSTRAINT bookings_no_overlap
    EXCLUDE USING gist (room_id WITH =, during WITH &&);
-- copy the rows in batches and keep them in sync with a trigger, then in one short transaction:
--   ALTER TABLE bookings RENAME TO bookings_old;
--   ALTER TABLE bookings_new RENAME TO bookings;
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore add-exclusion-constraint <reason>` on the line before the
statement, for example when the table is small or the migration runs in a maintenance window.

**Peers.** strong_migrations "adding an exclusion constraint"; eugene E8; Atlas PG109.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    add_constraint_sql,
    added_constraints,
    alter_without_sql,
    constraint_ast,
    constraint_name,
    object_name,
    qualified,
    quote_ident,
    written_sql,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    found = added_constraints(stmt, ctx, "CONSTR_EXCLUSION")
    if found is None:
        return
    rel, flagged = found
    rest = alter_without_sql(stmt, [i for i, _ in flagged]) if flagged else None
    for index, con in flagged:
        name = con.get("conname") or constraint_name(rel.name, con)
        copy_name = object_name(rel.name, "", "new")
        copy = Rel(rel.schema, copy_name, rel.written_schema)
        tree = constraint_ast(stmt, index)
        lines = [rest] if rest is not None else []
        lines += [
            f"CREATE TABLE {copy.sql} (LIKE {rel.sql} INCLUDING ALL);",
            _add_to(copy, stmt, con, tree, name),
            "-- copy the rows in batches and keep them in sync with a trigger, then swap the "
            "names in one short transaction:",
            f"--   ALTER TABLE {rel.sql} RENAME TO "
            f"{quote_ident(object_name(rel.name, '', 'old'))};",
            f"--   ALTER TABLE {copy.sql} RENAME TO {quote_ident(rel.name)};",
        ]
        method = con.get("access_method") or "gist"
        what = f'ADD CONSTRAINT "{name}" EXCLUDE' if con.get("conname") else "ADD EXCLUDE"
        yield Issue(
            message=(
                f"{what} USING {method} on existing table {rel} builds an index and checks every "
                "row while blocking reads and writes."
            ),
            why=(
                f"ALTER TABLE holds ACCESS EXCLUSIVE on {rel} while it builds the exclusion "
                "index and compares every row with the others; SELECT, INSERT, UPDATE and DELETE "
                "wait. Exclusion constraints cannot be added NOT VALID nor attached from an "
                "index built CONCURRENTLY"
            ),
            suggestion="\n".join(lines),
            note=(
                "no in-place online path: build a constrained copy and swap it in, or run the "
                f"ALTER TABLE on {qualified(rel.written_schema, rel.name)} in a maintenance window"
            ),
            node=con,
        )


def _add_to(copy: Rel, stmt: Stmt, con: dict[str, Any], tree: Any, name: str) -> str:
    """``ALTER TABLE <copy> ADD <the constraint as written>`` (named like the original)."""
    written = written_sql(stmt, con, constraint=True)
    if written is None:
        return add_constraint_sql(copy, tree, name=name)
    if not con.get("conname"):
        written = f"CONSTRAINT {quote_ident(name)} {written}"
    return f"ALTER TABLE {copy.sql} ADD {written};"
