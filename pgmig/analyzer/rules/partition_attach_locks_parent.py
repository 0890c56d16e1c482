"""CREATE TABLE ... PARTITION OF an existing table takes an ACCESS EXCLUSIVE lock on the whole partitioned table.

**Trigger.**

* `CREATE TABLE p PARTITION OF <existing partitioned table> ...` (any bound, `DEFAULT`,
  `IF NOT EXISTS`, sub-partitioned), on every version, inside DO blocks too;
* `ALTER TABLE <existing> ATTACH PARTITION ...` on PostgreSQL 11 and older;
* with a database connection: `ATTACH PARTITION` to a table that has a DEFAULT partition.

Not triggered when the partitioned table was created earlier in the same file (or in a schema
created in the file), nor by `CREATE TABLE ... (LIKE ...)`, classic `INHERITS` (SHARE UPDATE
EXCLUSIVE on the parent) or `ALTER INDEX ... ATTACH PARTITION`.

**Lock / effect.** `CREATE TABLE ... PARTITION OF` takes ACCESS EXCLUSIVE on the parent (verified
on PostgreSQL 15), and on its DEFAULT partition if there is one, which it also scans to prove that
no existing row belongs to the new partition. `ATTACH PARTITION` on 12+ takes only SHARE UPDATE
EXCLUSIVE on the parent, but still ACCESS EXCLUSIVE on a DEFAULT partition while it scans it
(verified on PostgreSQL 15: `verifying table "audit_log_default"`).

**Why it hurts.** The lock request queues behind every running query on any partition, and all
later reads and writes on the partitioned table queue behind it: a routine "create next month's
partition" migration can stall the busiest table in the database.

**Safe alternative.** PostgreSQL 12+: create the table on its own, then attach it:

```sql
CREATE TABLE events_2027_01 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED);
ALTER TABLE events ATTACH PARTITION events_2027_01
    FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');  -- SHARE UPDATE EXCLUSIVE on events
```

The new table is empty, so ATTACH's check of it is instant; to attach a table that already holds
rows, first add a CHECK constraint matching the bound and SET NOT NULL on the key columns, so the
check is skipped. (`INCLUDING GENERATED` is needed when the parent has generated columns; do not
copy identity columns, PostgreSQL 17+ refuses to attach them.) A DEFAULT partition is scanned by
every new partition: keep it empty or small. Create partitions well ahead of time.

**Versions.** ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the parent since PostgreSQL 12
(ACCESS EXCLUSIVE before, so on 11 and older there is no online way; create partitions ahead of
time with a short lock timeout). Declarative partitioning exists since 10.

**Suppress.** `-- pgmig:ignore partition-attach-locks-parent <reason>` on the line before the
statement.

**Peers.** None of squawk, strong_migrations, eugene, Atlas or django-migration-linter has this
rule (pgmig original, from the ALTER TABLE documentation and PostgreSQL 15 probes).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import alter_cmds, quote_ident, to_sql

SEVERITY = "error"
NODE_TYPES = ("CreateStmt", "AlterTableStmt")

_LIKE_OPTIONS = 4 | 8 | 16  # INCLUDING CONSTRAINTS, DEFAULTS, GENERATED (pglast TableLikeOption)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    if stmt.kind == "CreateStmt":
        yield from _create_partition_of(stmt, ctx)
    else:
        yield from _attach(stmt, ctx)


def _default_partition(ctx: Context, parent: Rel) -> str | None:
    fact = ctx.catalog.relation(parent.schema, parent.name)
    if fact is None or fact.default_partition is None:
        return None
    schema, name = fact.default_partition
    return f'"{name}"' if schema == parent.schema else f'"{schema}.{name}"'


def _create_partition_of(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    parents = [p["RangeVar"] for p in node.get("inhRelations") or () if "RangeVar" in p]
    if not node.get("partbound") or not parents:
        return
    parent = ctx.relation(parents[0])
    if ctx.is_new(parent):
        return
    child = ctx.relation(node.get("relation") or {})
    default = _default_partition(ctx, parent)
    also = (
        f" and on its DEFAULT partition {default}, which it also scans"
        if default
        else " (and on its DEFAULT partition, if it has one, which it also scans)"
    )
    message = (
        f"CREATE TABLE {child} PARTITION OF {parent} locks the whole partitioned table {parent} "
        "against reads and writes."
    )
    why = (
        f"Creating a partition in place takes an ACCESS EXCLUSIVE lock on {parent}{also}; while "
        f"it waits behind running queries, every SELECT, INSERT, UPDATE and DELETE on {parent} "
        "queues behind it"
    )
    why += ", and the lock is held until the migration commits." if ctx.runner_wrapped else "."
    if ctx.pg_version < 12:
        yield Issue(
            message=message,
            why=why,
            note=f"on PostgreSQL {ctx.pg_version} ATTACH PARTITION takes the same lock, so there "
            "is no online way: create partitions well ahead of time, in a small migration with a "
            "short lock timeout (`-- pgmig:lock-timeout 2s`), and retry at a quiet time",
        )
        return
    suggestion = _create_then_attach(stmt)
    note = (
        "the new table is empty, so the ATTACH's check of it is instant and it takes only SHARE "
        f"UPDATE EXCLUSIVE on {parent}"
    )
    if default:
        note += f"; it still scans the DEFAULT partition {default}: keep that one small"
    yield Issue(message=message, why=why, suggestion=suggestion, note=note)


def _create_then_attach(stmt: Stmt) -> str | None:
    """``CREATE TABLE child (LIKE parent ...)`` with the statement's own options, the column
    options it gave as ``ALTER TABLE`` statements, then ``ATTACH PARTITION`` with its bound."""
    from pglast import ast
    from pglast.stream import RawStream

    create: Any = stmt.fresh_ast()
    parent_rv = create.inhRelations[0]
    bound = create.partbound
    child_sql = str(RawStream()(create.relation))
    parent_sql = str(RawStream()(parent_rv))

    elements: list[Any] = [
        ast.TableLikeClause(relation=copy.deepcopy(parent_rv), options=_LIKE_OPTIONS)
    ]
    after: list[str] = []
    for elt in create.tableElts or ():
        if isinstance(elt, ast.Constraint):
            elements.append(elt)
            continue
        if not isinstance(elt, ast.ColumnDef):
            return None
        column = quote_ident(elt.colname or "")
        for con in elt.constraints or ():
            kind = con.contype.name
            if kind == "CONSTR_DEFAULT":
                expr = str(RawStream()(con.raw_expr))
                after.append(f"ALTER TABLE {child_sql} ALTER COLUMN {column} SET DEFAULT {expr};")
            elif kind == "CONSTR_NOTNULL":
                after.append(f"ALTER TABLE {child_sql} ALTER COLUMN {column} SET NOT NULL;")
            elif kind == "CONSTR_CHECK":
                elements.append(con)
            elif kind in ("CONSTR_UNIQUE", "CONSTR_PRIMARY"):
                con.keys = (ast.String(sval=elt.colname),)
                elements.append(con)
            elif kind == "CONSTR_FOREIGN":
                con.fk_attrs = (ast.String(sval=elt.colname),)
                elements.append(con)
            else:
                return None
    create.inhRelations = None
    create.partbound = None
    create.tableElts = tuple(elements)
    lines = [to_sql(create), *after]
    lines.append(f"ALTER TABLE {parent_sql} ATTACH PARTITION {child_sql} {RawStream()(bound)};")
    return "\n".join(lines)


def _attach(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if not node.get("relation"):
        return
    for subtype, cmd in alter_cmds(node):
        if subtype != "AT_AttachPartition":
            continue
        parent = ctx.relation(node["relation"])
        if ctx.is_new(parent):
            return
        part = ctx.relation((cmd.get("def") or {}).get("PartitionCmd", {}).get("name") or {})
        if ctx.pg_version < 12:
            yield Issue(
                message=f"ATTACH PARTITION {part} locks the whole partitioned table {parent} "
                f"against reads and writes on PostgreSQL {ctx.pg_version}.",
                why=f"Before PostgreSQL 12, ATTACH PARTITION takes an ACCESS EXCLUSIVE lock on "
                f"{parent}; while it waits behind running queries, every SELECT, INSERT, UPDATE "
                f"and DELETE on {parent} queues behind it.",
                note="there is no online way before PostgreSQL 12: attach partitions well ahead "
                "of time, in a small migration with a short lock timeout "
                "(`-- pgmig:lock-timeout 2s`), and retry at a quiet time",
            )
            return
        default = _default_partition(ctx, parent)
        if default is None:
            return
        yield Issue(
            message=f"ATTACH PARTITION {part} scans the DEFAULT partition {default} of {parent} "
            "while blocking reads and writes on it.",
            why=f"ATTACH takes an ACCESS EXCLUSIVE lock on {default} and scans it to prove that "
            f"none of its rows belongs to {part}; queries on {parent} that touch the DEFAULT "
            "partition wait for the whole scan.",
            note=f"keep {default} empty or small (move its rows into proper partitions first), "
            "or attach at a quiet time",
        )
        return
