"""DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table.

**Trigger.** `DROP INDEX [IF EXISTS] name [, ...] [CASCADE | RESTRICT]` without `CONCURRENTLY`,
unless every index it drops belongs to a table created earlier in the same file (or was created
in this file on such a table). A comment such as `DROP INDEX /* CONCURRENTLY */ ...` or an index
*named* `concurrently_idx` does not make it concurrent. Inside DO blocks too.

**Lock / effect.** ACCESS EXCLUSIVE on the *table* the index belongs to, not just on the index
(verified on PostgreSQL 15), until the transaction commits. The drop itself is quick, but the lock
request queues behind every running query on the table, and every later SELECT, INSERT, UPDATE
and DELETE on it queues behind the lock request.

**Why it hurts.** One long report or idle-in-transaction session on the table turns a
millisecond drop into an outage of the whole table for as long as that session runs; in a
migration that does more afterwards, the lock is also held until the migration commits.

**Safe alternative.** `DROP INDEX CONCURRENTLY` takes SHARE UPDATE EXCLUSIVE and waits for running
transactions instead of blocking new ones. It cannot run in a transaction block or a DO block,
drops one index per statement and takes no CASCADE:

```sql
-- pgmig:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
```

`IF EXISTS` makes a retry after a failed deploy harmless. Indexes that back a PRIMARY KEY or
UNIQUE constraint are removed with `ALTER TABLE ... DROP CONSTRAINT`. An index of a partitioned
table has no concurrent form at all (`cannot drop partitioned index ... concurrently`, and its
partitions' indexes cannot be dropped on their own; verified on PostgreSQL 15): keep that DROP
INDEX alone in a small migration with a short lock timeout (`-- pgmig:lock-timeout 2s`).

**Versions.** All supported versions (`DROP INDEX CONCURRENTLY` exists since 9.2).

**Suppress.** `-- pgmig:ignore drop-index-non-concurrently <reason>` on the line before the
statement, e.g. when the table is known to stay tiny.

**Peers.** squawk `require-concurrent-index-deletion`; strong_migrations (opt-in
`remove_index`); Atlas PG102; django-migration-linter `DROP_INDEX`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import no_transaction_note, qualified, string_list

SEVERITY = "error"
NODE_TYPES = ("DropStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if node.get("removeType") != "OBJECT_INDEX" or node.get("concurrent"):
        return
    existing: list[Rel] = []
    for item in node.get("objects") or ():
        parts = string_list(item.get("List", {}).get("items"))
        if not parts:
            continue
        index = ctx.qualify(parts[-2] if len(parts) > 1 else None, parts[-1])
        if len(parts) == 1 and ("pg_temp", parts[-1]) in ctx.indexes:
            continue  # an index of a temporary table created in this file (pg_temp comes first)
        if not ctx.is_new(index):
            existing.append(index)
    if not existing:
        return

    tables = [_as_written(ctx, ctx.index_table(index)) for index in existing]
    known = [t for t in tables if t is not None]
    subject = "DROP INDEX " + ", ".join(str(i) for i in existing)
    if known and len(known) == len(tables) and len({t.key for t in known}) == 1:
        on, lock_on, queue_on = f"table {known[0]}", str(known[0]), str(known[0])
    elif known and len(known) == len(tables):
        names = ", ".join(sorted({str(t) for t in known}))
        on, lock_on, queue_on = f"tables {names}", names, "them"
    elif len(existing) == 1:
        on, lock_on, queue_on = "its table", "the index's table", "that table"
    else:
        on, lock_on, queue_on = "their tables", "the indexes' tables", "those tables"

    message = f"{subject} locks {on} against reads and writes."
    why = (
        f"Without CONCURRENTLY, DROP INDEX takes an ACCESS EXCLUSIVE lock on {lock_on}; while "
        f"the lock waits behind running queries, every SELECT, INSERT, UPDATE and DELETE on "
        f"{queue_on} queues behind it"
    )
    if ctx.transaction == "runner":
        why += ", and the lock is held until the migration commits."
    elif ctx.transaction == "explicit":
        why += ", and the lock is held until the block's COMMIT."
    else:
        why += "."

    partitioned = [
        i for i in existing if (f := ctx.catalog.relation(i.schema, i.name)) and f.relkind == "I"
    ]
    if partitioned:
        yield Issue(
            message=message,
            why=why,
            note=f"{partitioned[0]} is an index of a partitioned table, which cannot be dropped "
            "concurrently: keep the DROP INDEX alone in a small migration with a short lock "
            "timeout (`-- pgmig:lock-timeout 2s`) and run it at a quiet time",
        )
        return

    suggestion = "\n".join(
        f"DROP INDEX CONCURRENTLY IF EXISTS {qualified(i.written_schema, i.name)};"
        for i in existing
    )
    notes = []
    base = no_transaction_note(stmt, ctx)
    if base:
        notes.append(base)
    if len(existing) > 1:
        notes.append("one index per statement: CONCURRENTLY drops a single index")
    if node.get("behavior") == "DROP_CASCADE":
        notes.append(
            "CONCURRENTLY does not support CASCADE: drop the objects that depend on the index first"
        )
    yield Issue(
        message=message,
        why=why,
        suggestion=suggestion,
        note="; ".join(notes) if notes else None,
    )


def _as_written(ctx: Context, table: Rel | None) -> Rel | None:
    """A table found in the catalog, named as the user would write it (no ``public.``)."""
    if table is None or table.schema != ctx.default_schema:
        return table
    return Rel(table.schema, table.name, None)
