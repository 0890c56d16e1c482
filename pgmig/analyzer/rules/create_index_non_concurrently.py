"""CREATE INDEX without CONCURRENTLY on an existing table blocks writes for the whole build.

**Trigger.** `CREATE [UNIQUE] INDEX` without `CONCURRENTLY` on a table or materialized view that
the migration did not create itself (any access method, partial and expression indexes,
`IF NOT EXISTS`, inside a DO block too). Tables created earlier in the same file are exempt:
nobody else can be using them. A comment between the words (`CREATE INDEX /* CONCURRENTLY */`)
or an index named `concurrently` does not make it concurrent. Not triggered by
`CREATE INDEX ... ON ONLY <partitioned table>`, which only creates an invalid parent index.

**Lock / effect.** A SHARE lock on the table until the transaction commits: INSERT, UPDATE and
DELETE wait for the whole build; reads continue. On a partitioned table the SHARE lock is taken
on the parent and every partition.

**Why it hurts.** Building an index reads and sorts the whole table: minutes to hours on a big
one, and every write to it queues meanwhile. Requests pile up, connection pools run dry, and the
application goes down although "only an index" was added.

**Safe alternative.** Build it concurrently, in a migration of its own that does not run in a
transaction (`CONCURRENTLY` is refused inside one):

```sql
-- pgmig:no-transaction
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
```

`CONCURRENTLY` takes SHARE UPDATE EXCLUSIVE (writes continue), scans the table twice and waits
for transactions that were running when it started. If it fails (a duplicate for a UNIQUE index,
a deadlock, a cancel) it leaves an INVALID index behind: drop it with
`DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;` and run the migration again. (Do not
add `IF NOT EXISTS` to get retries: it would silently keep the invalid index.)

Partitioned tables do not support `CONCURRENTLY` on the parent; build the parent index empty and
attach per-partition indexes (with a database connection, pgmig renders this for the real
partitions):

```sql
CREATE INDEX events_occurred_at_idx ON ONLY events (occurred_at);
CREATE INDEX CONCURRENTLY events_2026_11_occurred_at_idx ON events_2026_11 (occurred_at);
ALTER INDEX events_occurred_at_idx ATTACH PARTITION events_2026_11_occurred_at_idx;
```

**Versions.** All. PostgreSQL 14.0 to 14.3 could corrupt indexes built with `CONCURRENTLY`
(fixed in 14.4): upgrade first.

**Suppress.** `-- pgmig:ignore create-index-non-concurrently <reason>` on the line before the
statement, e.g. when the table is known to stay tiny.

**Peers.** squawk `require-concurrent-index-creation`; strong_migrations "adding an index
non-concurrently"; eugene E6; Atlas PG101; django-migration-linter `CREATE_INDEX`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    default_index_name,
    no_transaction_note,
    qualified,
    quote_ident,
    to_sql,
)

SEVERITY = "error"
NODE_TYPES = ("IndexStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if node.get("concurrent"):
        return
    rv = node.get("relation") or {}
    rel = ctx.relation(rv)
    if ctx.is_new(rel):
        return
    fact = ctx.catalog.relation(rel.schema, rel.name)
    if not rv.get("inh") and (fact is None or fact.is_partitioned):
        return  # ON ONLY <partitioned parent>: an empty, invalid parent index; nothing is built
    what = "CREATE UNIQUE INDEX" if node.get("unique") else "CREATE INDEX"
    noun = "materialized view" if fact is not None and fact.relkind == "m" else "table"
    if fact is not None and fact.is_partitioned:
        noun = "partitioned table"
    params = node.get("indexParams") or []
    name = node.get("idxname") or default_index_name(rel.name, params)

    why = f"{what} takes a SHARE lock on {rel}; INSERT/UPDATE/DELETE wait for it"
    if fact is not None and fact.is_partitioned:
        why += " (on the parent and every partition)"
    why += " until the index is built."

    if fact is not None and fact.is_partitioned:
        yield Issue(
            message=f"{what} on existing {noun} {rel} blocks writes until the build finishes.",
            why=why,
            suggestion=_partitioned(stmt, name, fact.partitions, params),
            note="CONCURRENTLY is not supported on a partitioned parent; the statements that "
            "build each partition's index go in a migration marked `-- pgmig:no-transaction`",
        )
        return

    ast = stmt.fresh_ast()
    ast.concurrent = True
    ast.relation.inh = True  # ONLY on a table that is not partitioned changes nothing
    if not ast.idxname:
        ast.idxname = name
    yield Issue(
        message=f"{what} on existing {noun} {rel} blocks writes until the build finishes.",
        why=why,
        suggestion=to_sql(ast),
        note=no_transaction_note(stmt, ctx),
    )


def _partitioned(
    stmt: Stmt, name: str, partitions: tuple[tuple[str, str], ...], params: list[dict[str, object]]
) -> str:
    parent = stmt.fresh_ast()
    parent.relation.inh = False
    parent.idxname = name
    lines = [to_sql(parent)]
    attach: list[str] = []
    written_schema = stmt.node.get("relation", {}).get("schemaname")
    for schema, part in partitions:
        child = stmt.fresh_ast()
        child.concurrent = True
        child.relation.relname = part
        child.relation.schemaname = schema if written_schema or schema != "public" else None
        child_name = default_index_name(part, params)
        child.idxname = child_name
        lines.append(to_sql(child))
        index_schema = written_schema or (schema if schema != "public" else None)
        attach.append(
            f"ALTER INDEX {qualified(index_schema, name)} ATTACH PARTITION "
            f"{qualified(child.relation.schemaname, child_name)};"
        )
    if not partitions:
        lines.append(
            f"-- for each partition p: CREATE INDEX CONCURRENTLY <p>_... ON <p> (...); then "
            f"ALTER INDEX {quote_ident(name)} ATTACH PARTITION <p>_...;"
        )
    return "\n".join(lines + attach)
