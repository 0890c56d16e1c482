"""DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table.

**Trigger.** `ALTER TABLE <existing partitioned table> DETACH PARTITION p` without
`CONCURRENTLY`, inside DO blocks too. Not triggered by `DETACH PARTITION ... FINALIZE` (it
completes an interrupted concurrent detach) nor for a partitioned table created earlier in the
same file.

**Lock / effect.** ACCESS EXCLUSIVE on the parent *and* on the partition (verified on
PostgreSQL 15). It is short, but it queues behind every running query on any partition, and every
later query on the whole partitioned table queues behind it.

**Why it hurts.** Partitioned tables are usually the biggest and busiest ones. A monthly
retention migration that waits behind one long report stops all reads and writes on the table
until that report ends.

**Safe alternative.** PostgreSQL 14+:

```sql
-- pgmig:no-transaction
ALTER TABLE events DETACH PARTITION events_2025_01 CONCURRENTLY;
```

It takes SHARE UPDATE EXCLUSIVE on the parent and waits for running transactions instead of
blocking new ones. It cannot run in a transaction block and is refused while the table has a
DEFAULT partition. If it is interrupted, complete it with
`ALTER TABLE events DETACH PARTITION events_2025_01 FINALIZE;`. On PostgreSQL 13 and older there
is no online form: keep the detach alone in a small migration with a short lock timeout
(`-- pgmig:lock-timeout 2s`) so it gives up instead of stalling traffic, and retry.

**Versions.** `DETACH PARTITION ... CONCURRENTLY` since PostgreSQL 14.

**Suppress.** `-- pgmig:ignore detach-partition-non-concurrently <reason>` on the line before
the statement.

**Peers.** squawk `require-concurrent-partition-detach`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import alter_cmds, no_transaction_note, to_sql

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if not node.get("relation"):
        return
    for subtype, cmd in alter_cmds(node):
        if subtype != "AT_DetachPartition":
            continue
        part_cmd = (cmd.get("def") or {}).get("PartitionCmd", {})
        if part_cmd.get("concurrent"):
            continue
        parent = ctx.relation(node["relation"])
        if ctx.is_new(parent):
            return
        part = ctx.relation(part_cmd.get("name") or {})
        message = (
            f"DETACH PARTITION {part} locks the whole partitioned table {parent} against reads "
            "and writes."
        )
        held = " (held until the migration commits)" if ctx.transaction == "runner" else ""
        why = (
            f"Without CONCURRENTLY it takes ACCESS EXCLUSIVE locks on {parent} and {part}{held}; "
            f"while they wait behind running queries, every SELECT, INSERT, UPDATE and DELETE on "
            f"{parent} queues behind them."
        )
        fact = ctx.catalog.relation(parent.schema, parent.name)
        default = fact.default_partition if fact is not None else None

        if ctx.pg_version < 14:
            yield Issue(
                message=message,
                why=why,
                suggestion="-- pgmig:lock-timeout 2s\n" + stmt.text.strip() + ";",
                note=f"PostgreSQL {ctx.pg_version} has no DETACH ... CONCURRENTLY (it came in "
                "14): run the detach alone in a small migration with a short lock timeout, so "
                "it gives up instead of stalling traffic, and retry it at a quiet time",
            )
            return
        if default is not None:
            yield Issue(
                message=message,
                why=why,
                note=f"CONCURRENTLY is refused while {parent} has a DEFAULT partition "
                f'("{default[1]}"): detach the DEFAULT partition first or run this at a quiet '
                "time with a short `-- pgmig:lock-timeout`",
            )
            return
        ast = stmt.fresh_ast()
        for c in ast.cmds:
            if getattr(c, "def_", None) is not None and c.subtype.name == "AT_DetachPartition":
                c.def_.concurrent = True
        notes = [n for n in (no_transaction_note(stmt, ctx),) if n]
        notes.append(
            "refused while the table has a DEFAULT partition; if interrupted, complete it with "
            "DETACH PARTITION ... FINALIZE"
        )
        yield Issue(message=message, why=why, suggestion=to_sql(ast), note="; ".join(notes))
        return
