"""LOCK TABLE in SHARE mode or stronger on an existing table holds a write-blocking lock until
commit.

**Trigger.** `LOCK [TABLE] [ONLY] name [, ...] [IN mode MODE] [NOWAIT]` where the mode is `SHARE`,
`SHARE ROW EXCLUSIVE`, `EXCLUSIVE` or `ACCESS EXCLUSIVE` (the default when no mode is given) and
at least one named table existed before this migration; tables created earlier in the same file
are exempt. Also reported, whatever the mode and table: `LOCK TABLE` in a
`-- pgmig:no-transaction` migration outside an explicit `BEGIN ... COMMIT` block, which
PostgreSQL rejects (`LOCK TABLE can only be used in transaction blocks`). Statements inside `DO`
blocks count; function bodies do not. `ACCESS SHARE`, `ROW SHARE`, `ROW EXCLUSIVE` and
`SHARE UPDATE EXCLUSIVE` do not conflict with what applications do and are not reported.

**Lock / effect.** Exactly the named lock, held until the transaction ends. `SHARE` and
`SHARE ROW EXCLUSIVE` block INSERT/UPDATE/DELETE; `EXCLUSIVE` blocks every write; `ACCESS
EXCLUSIVE` (the default) blocks reads too (verified on PostgreSQL 15: `LOCK TABLE orders` takes
AccessExclusiveLock).

**Why it hurts.** Every statement that follows in the migration runs while the table is frozen,
so a quick migration becomes an outage as long as its slowest statement; while the LOCK waits
for a long-running transaction, every later query on the table queues behind it.

**Safe alternative.** Delete the LOCK: each DDL statement takes the lock it needs, for as short
as possible. If the point is to keep two deployments or a job from running the same step at the
same time, take an advisory lock, which blocks no application query:

```sql
SELECT pg_advisory_xact_lock(hashtext('orders'));
```

To keep specific rows stable, lock only those rows (`SELECT ... FOR UPDATE`).

**Versions.** All.

**Suppress.** `-- pgmig:ignore lock-table-explicit <reason>` on the line before the statement.

**Peers.** None as a rule (pgmig original); eugene's lock tracer reports the lock it takes.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import LockMode, quote_literal

SEVERITY = "error"
NODE_TYPES = ("LockStmt",)

_HELD = {
    "runner": "until the migration commits",
    "explicit": "until the COMMIT of its BEGIN block",
    "do": "until the DO block ends",
}


def _names(rels: list[Rel]) -> str:
    shown = [str(r) for r in rels]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    mode = LockMode(int(node.get("mode", LockMode.ACCESS_EXCLUSIVE)))
    rels = [ctx.relation(rv) for rv in node.get("relations") or () if "RangeVar" in rv]
    if not ctx.in_transaction:
        yield Issue(
            message="LOCK TABLE outside a transaction block fails: PostgreSQL refuses it "
            "(`LOCK TABLE can only be used in transaction blocks`).",
            why="this migration is marked `-- pgmig:no-transaction`, so the statement runs on "
            "its own in autocommit, where a lock would end the moment it is taken",
            note="delete it, or move it inside the BEGIN ... COMMIT block whose statements it "
            "should protect",
        )
        return
    if not mode.blocks_writes:
        return
    existing = [r for r in rels if ctx.is_existing(r)]
    if not existing:
        return
    names = _names(existing)
    noun = "table" if len(existing) == 1 else "tables"
    blocked = "reads and writes" if mode.blocks_reads else "writes"
    default = " (LOCK TABLE's default mode)" if mode is LockMode.ACCESS_EXCLUSIVE else ""
    held = _HELD.get(ctx.transaction or "", "until the transaction ends")
    yield Issue(
        message=f"LOCK TABLE in {mode.label} mode on existing {noun} {names} blocks {blocked} "
        f"{held}.",
        why=f"{mode.label}{default} conflicts with what applications do ({mode.effect}); every "
        f"statement after it runs with {names} frozen, and while the LOCK waits for a running "
        "transaction, later queries on the table queue behind it",
        suggestion=f"SELECT pg_advisory_xact_lock(hashtext({quote_literal(existing[0].label)}));",
        note="in place of the LOCK if it only keeps a job or a second deploy out: an advisory "
        "lock blocks no application query; otherwise just delete it",
    )
