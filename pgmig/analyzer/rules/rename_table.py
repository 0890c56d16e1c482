"""Renaming or moving an existing table, view or schema breaks the code that uses the old name.

**Trigger.** `ALTER TABLE | VIEW | MATERIALIZED VIEW | FOREIGN TABLE [IF EXISTS] name RENAME TO
new`, `ALTER TABLE | VIEW | MATERIALIZED VIEW | FOREIGN TABLE name SET SCHEMA other` (the
qualified name changes just like a rename) and `ALTER SCHEMA name RENAME TO new`, for objects that
existed before this migration (statements inside `DO` blocks count, function bodies do not).
Exempt: objects created earlier in the same file, and a rename followed in the same transaction by
a compatibility view with the old name that selects from the new one (`CREATE VIEW orders AS
SELECT * FROM sales_orders`; in a `-- pgmig:no-transaction` migration outside a `BEGIN ... COMMIT`
block, the view must be the very next statement). Renaming indexes, constraints, sequences, types
and functions is not reported.

**Lock / effect.** ACCESS EXCLUSIVE for a catalog update (brief).

**Why it hurts.** Queries of the application version that is still running use the old name and
fail until the new version is everywhere (and again after an application rollback). Foreign keys,
views and grants follow the renamed object, not the name.

**Safe alternative.** Rename and create a compatibility view with the old name in the same
transaction: a simple `SELECT *` view is automatically updatable, so old code keeps reading and
writing through it. Drop the view once no deployed code uses the old name:

```sql
ALTER TABLE orders RENAME TO sales_orders;
CREATE VIEW orders AS SELECT * FROM sales_orders;
```

A schema cannot be aliased: keep its name (point `search_path` at a new one for new code), or move
its tables one by one, each with a compatibility view in the old schema.

**Versions.** All.

**Suppress.** `-- pgmig:ignore rename-table <reason>` on the line before the statement.

**Peers.** squawk `renaming-table` (and `renaming-object`, `ban-set-schema` in squawk-cli 2.70);
strong_migrations "renaming a table", "renaming a schema"; Atlas BC101 (the same
compatibility-view exemption); django-migration-linter `RENAME_TABLE`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgmig.analyzer.context import Context, Key, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import nodes_of, qualified, to_sql

SEVERITY = "error"
NODE_TYPES = ("RenameStmt", "AlterObjectSchemaStmt", "ViewStmt")

RULE = "rename-table"

_NOUN = {
    "OBJECT_TABLE": "table",
    "OBJECT_VIEW": "view",
    "OBJECT_MATVIEW": "materialized view",
    "OBJECT_FOREIGN_TABLE": "foreign table",
}


@dataclass
class _Pending:
    """A rename of an existing relation, reported at the end of the file unless a compatibility
    view with the old name follows in the same transaction."""

    stmt: Stmt
    old: Rel
    new: Key
    new_sql: str  # the new name as SQL, qualified as the user qualified the old one
    noun: str
    moved: bool  # SET SCHEMA rather than RENAME TO
    in_transaction: bool
    transaction: int
    top_index: int
    no_transaction_file: bool
    compat: bool = False


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    pending: list[_Pending] = ctx.rule_data.setdefault(RULE, [])
    if stmt.kind == "ViewStmt":
        _compat_view(stmt, ctx, pending)
        return
    if stmt.kind == "RenameStmt" and node.get("renameType") == "OBJECT_SCHEMA":
        old, renamed = node.get("subname", ""), node.get("newname", "")
        if old not in ctx.created_schemas:
            yield Issue(
                message=f'ALTER SCHEMA ... RENAME TO renames existing schema "{old}" to "{renamed}": '
                f'code that still uses "{old}" fails.',
                why="the rename itself is a brief catalog update, but every query, function, "
                f'grant and search_path setting of the running application that names "{old}" '
                "fails until the deploy is complete (and after an application rollback); a "
                "schema cannot be aliased",
                note="keep the schema's name (point search_path at a new schema for new code), "
                "or move its tables one by one, each with a compatibility view in the old schema",
            )
        return
    if stmt.kind == "RenameStmt":
        noun = _NOUN.get(node.get("renameType", ""))
        moved = False
    else:
        noun = _NOUN.get(node.get("objectType", ""))
        moved = True
    if noun is None or not node.get("relation"):
        return
    rel = ctx.relation(node["relation"])
    if ctx.is_new(rel) or ctx.catalog.exists(rel.schema, rel.name) is False:
        return
    fact = ctx.catalog.relation(rel.schema, rel.name)
    if fact is not None and fact.relkind in ("i", "I", "S"):
        return  # ALTER TABLE ... RENAME also renames indexes and sequences: not this rule
    new: Key
    if moved:
        schema = node.get("newschema", "")
        new = (schema, rel.name)
        new_sql = qualified(schema, rel.name)
    else:
        new = (rel.schema, node.get("newname", ""))
        new_sql = qualified(rel.written_schema, new[1])
    pending.append(
        _Pending(
            stmt,
            rel,
            new,
            new_sql,
            noun,
            moved,
            ctx.in_transaction,
            ctx.transaction_number,
            stmt.top.index,
            ctx.no_transaction,
        )
    )


def _compat_view(stmt: Stmt, ctx: Context, pending: list[_Pending]) -> None:
    view = ctx.relation(stmt.node.get("view") or {})
    sources = {ctx.relation(rv).key for rv in nodes_of(stmt.node.get("query"), "RangeVar")}
    for p in pending:
        if p.compat or p.old.key != view.key or p.new not in sources:
            continue
        if p.in_transaction:
            p.compat = ctx.in_transaction and ctx.transaction_number == p.transaction
        else:  # autocommit: only the very next statement leaves no window without the old name
            p.compat = stmt.top.index == p.top_index + 1


def finish(ctx: Context) -> Iterator[Issue]:
    for p in ctx.rule_data.get(RULE, []):
        if not p.compat:
            yield _issue(p)


def _issue(p: _Pending) -> Issue:
    old, stmt = p.old, p.stmt
    alter = "ALTER " + p.noun.upper()
    if p.moved:
        what = f'{alter} ... SET SCHEMA moves existing {p.noun} {old} to schema "{p.new[0]}"'
    else:
        what = f'{alter} ... RENAME TO renames existing {p.noun} {old} to "{p.new[1]}"'
    compat = f"CREATE VIEW {old.sql} AS SELECT * FROM {p.new_sql};"
    writes = "reading and writing" if p.noun in ("table", "foreign table") else "reading"
    if p.no_transaction_file and not p.in_transaction:
        where = "together, inside one BEGIN ... COMMIT block"
    else:
        where = "in the same transaction"
    return Issue(
        message=f"{what}: code that still uses {old} fails.",
        why=f"the ACCESS EXCLUSIVE lock on {old} is brief, but between the migration and the end "
        "of the deploy (and after an application rollback) the running code still queries it by "
        "its old name and fails",
        suggestion=to_sql(stmt.fresh_ast()) + "\n" + compat,
        note=f"{where}: old code keeps {writes} through the view, since a simple SELECT * view "
        f"is updatable; drop the view once no deployed code uses {old}",
        stmt=stmt,
    )
