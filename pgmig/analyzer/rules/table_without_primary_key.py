"""CREATE TABLE without a primary key.

Off by default: enable it with `"table-without-primary-key" = "warning"` (or `"error"`) in the
`[rules]` table of the configuration.

**Trigger.** A table created in the migration (`CREATE [UNLOGGED] TABLE [IF NOT EXISTS]`,
partitioned parents, `INHERITS`, `LIKE` without `INCLUDING INDEXES`/`INCLUDING ALL`, `CREATE
TABLE AS`, `SELECT INTO`) that still has no primary key at the end of the file: none declared
inline or as a table constraint, and none added later in the same file with `ALTER TABLE ... ADD
[CONSTRAINT ...] PRIMARY KEY` (a primary key dropped again later in the file does not count; a
table dropped again later is not reported). Temporary tables and partitions (`PARTITION OF`, which
get the parent's key) are exempt. A `UNIQUE NOT NULL` column is not a primary key.

**Lock / effect.** None: this is a data-model rule about a new table.

**Why it hurts.** Without a primary key, logical replication cannot replicate UPDATE and DELETE
on the table (unless REPLICA IDENTITY FULL, which is slow), tools such as pg_repack refuse it, ORMs
cannot address single rows, and duplicate rows creep in. Adding a key later means building a
unique index on a table that has grown big.

**Safe alternative.** Declare the key when you create the table (a natural key as PRIMARY KEY, or
an identity column):

```sql
CREATE TABLE audit_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now()
);
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore table-without-primary-key <reason>` on the line before the
statement.

**Peers.** Atlas schema lint; most DBA checklists. squawk has no such rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pgmig.analyzer.context import Context, Key, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    alter_cmds,
    column_constraints,
    constraint_kind,
    string_list,
    to_sql,
)

SEVERITY = "warning"
OPT_IN = True
NODE_TYPES = (
    "CreateStmt",
    "CreateTableAsStmt",
    "SelectStmt",
    "AlterTableStmt",
    "RenameStmt",
    "DropStmt",
)

RULE = "table-without-primary-key"
_LIKE_INDEXES = 1 << 6  # CREATE_TABLE_LIKE_INDEXES: the source's primary key comes along


@dataclass
class _Table:
    stmt: Stmt
    rel: Rel
    pk_name: str | None  # the primary key's constraint name, None while it has none
    dropped_by: Stmt | None = None  # the ALTER TABLE that dropped its primary key again


def _tables(ctx: Context) -> dict[Key, _Table]:
    tables: dict[Key, _Table] = ctx.rule_data.setdefault(RULE, {})
    return tables


def _declared_pk(rel: Rel, elements: list[dict[str, Any]]) -> str | None:
    for elt in elements:
        cons = []
        if "Constraint" in elt:
            cons = [elt["Constraint"]]
        elif "ColumnDef" in elt:
            cons = column_constraints(elt["ColumnDef"])
        elif "TableLikeClause" in elt and (
            int(elt["TableLikeClause"].get("options", 0)) & _LIKE_INDEXES
        ):
            return f"{rel.name}_pkey"
        for con in cons:
            if constraint_kind(con) == "CONSTR_PRIMARY":
                return str(con.get("conname") or f"{rel.name}_pkey")
    return None


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    tables = _tables(ctx)
    kind = stmt.kind
    if kind == "CreateStmt":
        rv = node.get("relation") or {}
        if rv.get("relpersistence") == "t" or node.get("partbound"):
            return
        rel = ctx.relation(rv)
        if node.get("if_not_exists") and ctx.catalog.exists(rel.schema, rel.name):
            return
        tables[rel.key] = _Table(stmt, rel, _declared_pk(rel, node.get("tableElts") or []))
    elif kind in ("CreateTableAsStmt", "SelectStmt"):
        into = node.get("into") if kind == "CreateTableAsStmt" else node.get("intoClause")
        if not into or node.get("objtype", "OBJECT_TABLE") != "OBJECT_TABLE":
            return
        rv = into.get("rel") or {}
        if rv.get("relpersistence") != "t":
            rel = ctx.relation(rv)
            tables[rel.key] = _Table(stmt, rel, None)
    elif kind == "AlterTableStmt" and node.get("relation"):
        table = tables.get(ctx.relation(node["relation"]).key)
        if table is not None:
            _alter(table, node, stmt)
    elif kind == "RenameStmt" and node.get("renameType") == "OBJECT_TABLE":
        old = ctx.relation(node.get("relation") or {})
        table = tables.pop(old.key, None)
        if table is not None and node.get("newname"):
            table.rel = Rel(old.schema, node["newname"], old.written_schema)
            tables[table.rel.key] = table
    elif kind == "DropStmt" and node.get("removeType") == "OBJECT_TABLE":
        for item in node.get("objects") or ():
            parts = string_list(item.get("List", {}).get("items"))
            if parts:
                tables.pop(ctx.qualify(parts[-2] if len(parts) > 1 else None, parts[-1]).key, None)
    return
    yield  # a generator: findings come from finish()


def _alter(table: _Table, node: dict[str, Any], stmt: Stmt) -> None:
    for subtype, cmd in alter_cmds(node):
        d = cmd.get("def") or {}
        if subtype == "AT_AddConstraint" and "Constraint" in d:
            con = d["Constraint"]
            if constraint_kind(con) == "CONSTR_PRIMARY":
                table.pk_name = str(con.get("conname") or f"{table.rel.name}_pkey")
                table.dropped_by = None
        elif subtype == "AT_AddColumn" and "ColumnDef" in d:
            found = _declared_pk(table.rel, [d])
            if found is not None:
                table.pk_name = found
                table.dropped_by = None
        elif subtype == "AT_DropConstraint" and cmd.get("name") == table.pk_name:
            table.pk_name = None
            table.dropped_by = stmt


def finish(ctx: Context) -> Iterator[Issue]:
    for table in _tables(ctx).values():
        if table.pk_name is None:
            yield _issue(table)


def _issue(table: _Table) -> Issue:
    stmt, rel = table.stmt, table.rel
    why = (
        "without a primary key, logical replication cannot replicate its UPDATEs and DELETEs "
        "(unless REPLICA IDENTITY FULL), tools such as pg_repack refuse it, ORMs cannot address "
        "single rows and duplicates creep in; adding a key later means building a unique index "
        "on a table that has grown"
    )
    message = f"Table {rel} is created without a primary key."
    if table.dropped_by is not None:
        return Issue(
            message=f"ALTER TABLE ... DROP CONSTRAINT leaves new table {rel} without a primary "
            "key.",
            why=why,
            note="keep the primary key, or add its replacement in the same migration",
            stmt=table.dropped_by,
        )
    if stmt.kind != "CreateStmt":
        return Issue(
            message=message,
            why=why,
            note=f"add one right after it: `ALTER TABLE {rel.sql} ADD PRIMARY KEY (<key columns>);`",
            stmt=stmt,
        )
    suggestion, note = _with_key(stmt)
    return Issue(message=message, why=why, suggestion=suggestion, note=note, stmt=stmt)


def _with_key(stmt: Stmt) -> tuple[str | None, str]:
    """The CREATE TABLE rendered with a primary key, and what was changed."""
    from pglast import ast
    from pglast.enums import ConstrType

    from pgmig.analyzer.helpers import ast_of

    tree = stmt.fresh_ast()
    elements = list(tree.tableElts or ())
    columns = [e for e in elements if isinstance(e, ast.ColumnDef)]
    if any(isinstance(e, ast.TableLikeClause) for e in elements):
        for e in elements:
            if isinstance(e, ast.TableLikeClause):
                e.options = int(e.options or 0) | _LIKE_INDEXES
        return to_sql(tree), "INCLUDING INDEXES copies the source table's primary key"
    if tree.partspec is not None:
        return None, (
            "declare a primary key that includes the partition key columns, e.g. "
            "`PRIMARY KEY (id, <partition key columns>)`"
        )
    for col in columns:
        cons = list(col.constraints or ())
        kinds = {c.contype for c in cons}
        if ConstrType.CONSTR_UNIQUE in kinds and ConstrType.CONSTR_NOTNULL in kinds:
            for c in cons:
                if c.contype == ConstrType.CONSTR_UNIQUE:
                    c.contype = ConstrType.CONSTR_PRIMARY
            return to_sql(tree), f'"{col.colname}" is unique and not null: make it the key'
    for col in columns:
        if col.colname == "id":
            col.constraints = (
                *(col.constraints or ()),
                ast.Constraint(contype=ConstrType.CONSTR_PRIMARY),
            )
            return to_sql(tree), 'the column "id" as the key'
    if any(col.colname == "id" for col in columns):
        return None, "declare the rows' natural key as PRIMARY KEY"
    identity = ast_of("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)")
    tree.tableElts = (identity.tableElts[0], *elements)
    return to_sql(tree), "a new identity column as the key, or declare the rows' natural key"
