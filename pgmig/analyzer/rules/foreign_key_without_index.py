"""Foreign key whose referencing columns have no index.

Off by default: enable it with `"foreign-key-without-index" = "warning"` (or `"error"`) in the
`[rules]` table of the configuration.

**Trigger.** A foreign key created in the migration (`REFERENCES` in `CREATE TABLE` or `ALTER
TABLE ... ADD COLUMN`, a `FOREIGN KEY (...)` table constraint, `ALTER TABLE ... ADD [CONSTRAINT
...] FOREIGN KEY`) whose referencing columns are not the leading columns, in any order, of a
non-partial index on the same table: one created anywhere in the same file (`CREATE [UNIQUE]
INDEX [CONCURRENTLY]`, a `PRIMARY KEY` or `UNIQUE` constraint) or, with a database connection,
a valid one that already exists. Without a connection the existing indexes are unknown, so a
foreign key added to an existing table is reported unless the file creates the index.

**Lock / effect.** None by itself. But every `DELETE` of a referenced row, and every `UPDATE` of
its key, makes PostgreSQL look for referencing rows, and without an index that is a sequential
scan of the referencing table (also for `ON DELETE CASCADE`).

**Why it hurts.** Deleting one customer turns into a full scan of `orders` inside the deleting
transaction, and it gets slower as the table grows; joins along the foreign key have no index
either.

**Safe alternative.** Create the index in the same migration for a new table; on an existing
table, build it concurrently in a migration marked `-- pgmig:no-transaction`:

```sql
CREATE INDEX CONCURRENTLY orders_coupon_id_idx ON orders (coupon_id);
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore foreign-key-without-index <reason>` (for example a parent table
whose rows are never deleted).

**Peers.** eugene E15 (trace mode); pgAnalyze and most DBA checklists.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pgmig.analyzer.context import Context, Key, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    alter_cmds,
    column_constraints,
    constraint_kind,
    constraint_name,
    default_index_name,
    quote_ident,
    string_list,
    to_sql,
)

SEVERITY = "warning"
OPT_IN = True
NODE_TYPES = ("CreateStmt", "AlterTableStmt", "IndexStmt")

RULE = "foreign-key-without-index"


@dataclass
class _ForeignKey:
    stmt: Stmt
    node: dict[str, Any]  # the Constraint, for the position
    table: Rel
    columns: list[str]
    name: str
    references: str
    new_table: bool
    new_column: bool  # REFERENCES on a column this same statement adds


@dataclass
class _State:
    keys: list[_ForeignKey] = field(default_factory=list)
    # table -> leading columns of each usable index created in this file (None: an expression)
    indexes: dict[Key, list[list[str | None]]] = field(default_factory=dict)


def _state(ctx: Context) -> _State:
    state: _State = ctx.rule_data.setdefault(RULE, _State())
    return state


def _constraints(con: dict[str, Any], column: str | None) -> tuple[str, list[str]] | None:
    cols: list[str]
    """``(kind, columns)`` of a constraint that is a foreign key or creates a unique index."""
    kind = constraint_kind(con)
    if kind == "CONSTR_FOREIGN":
        cols = string_list(con.get("fk_attrs")) or ([column] if column else [])
    elif kind in ("CONSTR_PRIMARY", "CONSTR_UNIQUE") and not con.get("indexname"):
        cols = string_list(con.get("keys")) or ([column] if column else [])
    else:
        return None
    return (kind, cols) if cols else None


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    state = _state(ctx)
    if stmt.kind == "IndexStmt":
        if node.get("whereClause") is None and node.get("relation"):
            table = ctx.relation(node["relation"])
            elements: list[str | None] = [
                p.get("IndexElem", {}).get("name") for p in node.get("indexParams") or ()
            ]
            state.indexes.setdefault(table.key, []).append(elements)
        return
    if not node.get("relation"):
        return
    table = ctx.relation(node["relation"])
    new_table = stmt.kind == "CreateStmt" or ctx.is_new(table)
    found: list[tuple[dict[str, Any], str | None]] = []  # (constraint, inline column)
    if stmt.kind == "CreateStmt":
        for elt in node.get("tableElts") or ():
            if "Constraint" in elt:
                found.append((elt["Constraint"], None))
            elif "ColumnDef" in elt:
                col = elt["ColumnDef"]
                found.extend((c, col.get("colname")) for c in column_constraints(col))
    else:
        for subtype, cmd in alter_cmds(node):
            d = cmd.get("def") or {}
            if subtype == "AT_AddConstraint" and "Constraint" in d:
                found.append((d["Constraint"], None))
            elif subtype == "AT_AddColumn" and "ColumnDef" in d:
                col = d["ColumnDef"]
                found.extend((c, col.get("colname")) for c in column_constraints(col))
    for con, column in found:
        kind_cols = _constraints(con, column)
        if kind_cols is None:
            continue
        kind, cols = kind_cols
        if kind != "CONSTR_FOREIGN":
            state.indexes.setdefault(table.key, []).append([*cols])
            continue
        pk = con.get("pktable") or {}
        state.keys.append(
            _ForeignKey(
                stmt,
                con,
                table,
                cols,
                con.get("conname") or constraint_name(table.name, con, column=column),
                str(ctx.relation(pk)),
                new_table,
                column is not None,
            )
        )
    return
    yield  # a generator: findings come from finish(), once every index of the file is known


def _covers(index: list[str | None], columns: list[str]) -> bool:
    lead = index[: len(columns)]
    return len(lead) == len(columns) and None not in lead and set(lead) == set(columns)


def finish(ctx: Context) -> Iterator[Issue]:
    state = _state(ctx)
    for fk in state.keys:
        indexes = list(state.indexes.get(fk.table.key, []))
        fact = ctx.catalog.relation(fk.table.schema, fk.table.name)
        if fact is not None:
            indexes += [list(i.columns) for i in fact.indexes if i.valid and not i.partial]
        if any(_covers(index, fk.columns) for index in indexes):
            continue
        yield _issue(fk, ctx)


def _issue(fk: _ForeignKey, ctx: Context) -> Issue:
    cols = ", ".join(quote_ident(c) for c in fk.columns)
    shown = ", ".join(fk.columns)
    index = default_index_name(fk.table.name, [{"IndexElem": {"name": c}} for c in fk.columns])
    existing = not fk.new_table
    unknown = existing and not ctx.catalog.online
    create = "CREATE INDEX CONCURRENTLY" if existing else "CREATE INDEX"
    if unknown:  # an index of that name may exist already: offline we cannot tell
        create += " IF NOT EXISTS"
    statement = to_sql(fk.stmt.fresh_ast())
    create_index = f"{create} {quote_ident(index)} ON {fk.table.sql} ({cols});"
    if existing and not fk.new_column:
        suggestion = f"{create_index}\n{statement}"
        note = (
            "build the index concurrently in a migration marked `-- pgmig:no-transaction`, "
            "before the one that adds the foreign key"
        )
        if unknown:
            note += f"; skip it if {fk.table} already has an index that starts with ({shown})"
    elif existing:
        suggestion = f"{statement}\n{create_index}"
        note = "then build the index concurrently in a migration marked `-- pgmig:no-transaction`"
    else:
        suggestion = f"{statement}\n{create_index}"
        note = "the index in the same migration, right after the table"
    return Issue(
        message=f'Foreign key "{fk.name}" of {fk.table} ({shown}) has no index on its '
        "referencing columns" + (" in this migration." if unknown else "."),
        why=f"every DELETE of a row of {fk.references}, and every UPDATE of its key, scans "
        f"{fk.table} for referencing rows (a sequential scan without an index), and joins along the "
        "key have no index either"
        + (
            "; without a database connection pgmig cannot see indexes that already exist"
            if unknown
            else ""
        ),
        suggestion=suggestion,
        note=note,
        node=fk.node,
        stmt=fk.stmt,
    )
