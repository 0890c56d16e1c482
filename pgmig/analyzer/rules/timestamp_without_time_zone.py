"""Column of type timestamp without time zone.

Off by default: enable it with `"timestamp-without-time-zone" = "warning"` (or `"error"`) in the
`[rules]` table of the configuration.

**Trigger.** A column declared `timestamp`, `timestamp(p)`, `timestamp without time zone`,
`pg_catalog.timestamp` or an array of them, in `CREATE TABLE`, `ALTER TABLE ... ADD COLUMN`,
`ALTER TABLE ... ALTER COLUMN ... TYPE`, a composite type (`CREATE TYPE ... AS (...)`, `ALTER
TYPE ... ADD ATTRIBUTE`) or a domain (`CREATE DOMAIN ... AS timestamp`); one finding per
statement, naming every such column. Casts in expressions, function signatures, views and columns
merely *named* "timestamp" are not reported.

**Lock / effect.** None by itself: this is a data-model rule.

**Why it hurts.** A `timestamp` stores a wall-clock reading without saying where it was taken:
values written by servers or sessions in different time zones cannot be compared, daylight-saving
changes create duplicates and gaps, and `now()` is silently converted with the session's TimeZone
on the way in. `timestamptz` stores an absolute instant (and shows it in the session's zone) in
the same 8 bytes.

**Safe alternative.** Use `timestamptz`:

```sql
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
```

Converting an existing column later (`ALTER COLUMN ... TYPE timestamptz USING ... AT TIME ZONE
'UTC'`) rewrites the table unless the session TimeZone is UTC (see `change-column-type`).

**Versions.** All.

**Suppress.** `-- pgmig:ignore timestamp-without-time-zone <reason>` (for example local civil
times such as a shop's opening hours, which are not instants).

**Peers.** squawk `prefer-timestamptz`; the PostgreSQL wiki's "Don't Do This".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import alter_cmds, string_list, to_sql

SEVERITY = "warning"
OPT_IN = True
NODE_TYPES = ("CreateStmt", "AlterTableStmt", "CompositeTypeStmt", "CreateDomainStmt")


def _is_timestamp(type_name: dict[str, Any] | None) -> bool:
    names = string_list((type_name or {}).get("names"))
    return bool(names) and names[-1] == "timestamp" and names[:-1] in ([], ["pg_catalog"])


def _columns(stmt: Stmt) -> list[tuple[str, dict[str, Any]]]:
    """``(column name, ColumnDef fields)`` for each column this statement declares, in order."""
    node = stmt.node
    if stmt.kind in ("CreateStmt", "CompositeTypeStmt"):
        items = node.get("tableElts" if stmt.kind == "CreateStmt" else "coldeflist") or ()
        return [
            (e["ColumnDef"].get("colname", ""), e["ColumnDef"]) for e in items if "ColumnDef" in e
        ]
    out = []
    for subtype, cmd in alter_cmds(node):
        col = (cmd.get("def") or {}).get("ColumnDef")
        if col is not None and subtype in ("AT_AddColumn", "AT_AlterColumnType"):
            # ALTER COLUMN c TYPE keeps the name on the command, not in the ColumnDef
            out.append((col.get("colname") or cmd.get("name", ""), col))
    return out


def _ast_type_names(stmt: Stmt, tree: Any) -> list[Any]:
    """The pglast TypeName nodes of the same columns as :func:`_columns` (or the domain's)."""
    from pglast import ast

    if stmt.kind == "CreateDomainStmt":
        return [tree.typeName]
    if stmt.kind == "CreateStmt":
        items = tree.tableElts or ()
    elif stmt.kind == "CompositeTypeStmt":
        items = tree.coldeflist or ()
    else:
        items = [cmd.def_ for cmd in tree.cmds or () if isinstance(cmd.def_, ast.ColumnDef)]
    return [c.typeName for c in items if isinstance(c, ast.ColumnDef)]


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if stmt.kind == "CreateDomainStmt":
        if not _is_timestamp(node.get("typeName")):
            return
        name = ".".join(string_list(node.get("domainname")))
        what = f'domain "{name}" is based on timestamp without time zone'
        first: dict[str, Any] | None = node.get("typeName")
        names: list[str] = []
    else:
        cols = [(n, c) for n, c in _columns(stmt) if _is_timestamp(c.get("typeName"))]
        if not cols:
            return
        names = [n for n, _ in cols]
        shown = [f'"{n}"' for n in names]
        listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
        noun = "column" if len(names) == 1 else "columns"
        verb = "is" if len(names) == 1 else "are"
        owner = node.get("relation") or node.get("typevar") or {}
        rel = ctx.relation(owner)
        kind = (
            "type"
            if stmt.kind == "CompositeTypeStmt" or node.get("objtype") == "OBJECT_TYPE"
            else "table"
        )
        what = f"{noun} {listed} of {kind} {rel} {verb} timestamp without time zone"
        first = cols[0][1]
    altering_type = stmt.kind == "AlterTableStmt" and any(
        subtype == "AT_AlterColumnType" for subtype, _ in alter_cmds(node)
    )
    why = (
        "a timestamp is a wall-clock reading without its time zone: values written from sessions "
        "or servers in different zones cannot be compared, daylight-saving changes create "
        "duplicates and gaps, and now() is converted with the session's TimeZone on the way in; "
        "timestamptz stores the instant in the same 8 bytes"
    )
    message = what[0].upper() + what[1:] + "."
    if altering_type:
        yield Issue(
            message=message,
            why=why,
            note="keep the column timestamptz and convert when reading, e.g. `created_at AT TIME "
            "ZONE 'Europe/Berlin'`",
            node=first,
        )
        return
    tree = stmt.fresh_ast()
    from pglast import ast

    for type_name in _ast_type_names(stmt, tree):
        parts = [n.sval for n in type_name.names or ()]
        if parts and parts[-1] == "timestamp" and parts[:-1] in ([], ["pg_catalog"]):
            type_name.names = (ast.String(sval="timestamptz"),)
    yield Issue(message=message, why=why, suggestion=to_sql(tree), node=first)
