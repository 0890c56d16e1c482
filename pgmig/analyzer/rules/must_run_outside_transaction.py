"""A statement that PostgreSQL refuses inside a transaction block is in one.

**Trigger.** Inside a transaction (a migration pgmig wraps in its transaction, or an explicit
`BEGIN ... COMMIT` block in a `-- pgmig:no-transaction` migration), or anywhere inside a DO
block (PostgreSQL runs it as a function, where these are refused too):
`CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY`, `REINDEX ... CONCURRENTLY`,
`ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY`, `VACUUM` (any form), `CREATE/DROP DATABASE`,
`CREATE/DROP TABLESPACE`, `ALTER SYSTEM`, and on PostgreSQL before 12 `ALTER TYPE ... ADD VALUE`.

**Lock / effect.** None: the statement fails with `ERROR: ... cannot run inside a transaction
block` (or `cannot be executed from a function`), so the deploy fails. In a wrapped file
`pgmig up` refuses the whole file before running anything; in a no-transaction file the
statements before it have already been committed, so the migration stops half-applied.

**Why it hurts.** A deploy that fails at 3 a.m. on a statement that could never have worked. (Some
tools "fix" this by silently dropping CONCURRENTLY, which turns it into a blocking build.)

**Safe alternative.** Put the statement in a migration of its own, marked to run outside a
transaction; one statement per such file keeps a retry simple:

```sql
-- pgmig:no-transaction
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
```

`pgmig new <slug> --template index` writes such a file.

**Versions.** From PostgreSQL 12, `ALTER TYPE ... ADD VALUE` may run in a transaction, but the
new value cannot be used until that transaction commits (`unsafe use of new value`).

**Suppress.** `-- pgmig:ignore must-run-outside-transaction <reason>` (the statement will still
fail at deploy time; there is rarely a good reason).

**Peers.** squawk `ban-concurrent-index-creation-in-transaction` (CREATE INDEX only, only when the
file has more than one statement); Atlas PG103, TX101.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.parsing import outside_transaction_reason

SEVERITY = "error"
NODE_TYPES = (
    "IndexStmt",
    "DropStmt",
    "ReindexStmt",
    "VacuumStmt",
    "AlterTableStmt",
    "CreatedbStmt",
    "DropdbStmt",
    "CreateTableSpaceStmt",
    "DropTableSpaceStmt",
    "AlterSystemStmt",
    "AlterEnumStmt",
)

_NOT_FOR_MIGRATIONS = {
    "CreatedbStmt",
    "DropdbStmt",
    "CreateTableSpaceStmt",
    "DropTableSpaceStmt",
    "AlterSystemStmt",
}


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    reason = outside_transaction_reason(stmt.tree)
    if (
        reason is None
        and stmt.kind == "AlterEnumStmt"
        and stmt.node.get("newVal") is not None
        and not stmt.node.get("oldVal")
        and ctx.pg_version < 12
    ):
        reason = "ALTER TYPE ... ADD VALUE"
    if reason is None:
        return

    version_note = (
        f" on PostgreSQL {ctx.pg_version} (from 12 it may run in a transaction)"
        if stmt.kind == "AlterEnumStmt"
        else ""
    )
    if stmt.in_do_block:
        message = f"{reason} cannot run inside a DO block{version_note}."
        why = (
            "PostgreSQL runs a DO block as a function and refuses it there (`cannot be executed "
            "from a function`), so the migration fails at deploy time"
        )
    elif ctx.transaction == "runner":
        message = (
            f"{reason} cannot run inside a transaction{version_note}, and pgmig runs this "
            "migration in one."
        )
        why = (
            f"PostgreSQL refuses it (`{reason} cannot run inside a transaction block`); "
            "`pgmig up` refuses the file before running anything"
        )
    elif ctx.transaction == "explicit":
        begin = ctx.begin_stmt
        where = f" at line {begin.position().line}" if begin is not None else ""
        message = (
            f"{reason} cannot run inside a transaction{version_note}, and this one is inside "
            f"the BEGIN ... COMMIT block opened{where}."
        )
        why = (
            f"PostgreSQL refuses it (`{reason} cannot run inside a transaction block`); the "
            "statements this no-transaction migration committed before the block stay applied "
            "and the migration stops half-way"
        )
    else:
        return

    if stmt.kind in _NOT_FOR_MIGRATIONS:
        yield Issue(
            message=message,
            why=why,
            note="run it outside pgmig (it configures the server, not a schema), or alone in a "
            "migration marked `-- pgmig:no-transaction`",
        )
        return
    if stmt.in_do_block:
        note = (
            "as a top-level statement, not in a DO block, in its own migration marked "
            "`-- pgmig:no-transaction`"
        )
    elif ctx.transaction == "explicit":
        note = "after the COMMIT of the BEGIN ... COMMIT block, as a statement of its own"
    else:
        note = "in its own migration marked `-- pgmig:no-transaction`"
    yield Issue(message=message, why=why, suggestion=stmt.text.strip() + ";", note=note)
