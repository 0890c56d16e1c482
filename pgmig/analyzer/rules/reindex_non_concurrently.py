"""REINDEX without CONCURRENTLY blocks reads and writes on the table while its indexes are rebuilt.

**Trigger.** `REINDEX {INDEX | TABLE | SCHEMA | DATABASE} ...` without `CONCURRENTLY` (neither
the keyword nor a true `(CONCURRENTLY)` option: `REINDEX (CONCURRENTLY false) ...` is not
concurrent), inside DO blocks too. Not triggered for an index or table created earlier in the
same file, nor for a schema created in the file. `REINDEX SYSTEM` is exempt: system catalogs
cannot be reindexed concurrently.

**Lock / effect.** SHARE on the table (INSERT, UPDATE and DELETE wait) and ACCESS EXCLUSIVE on
each index while it is rebuilt. Planning a query locks every index of its table, so reads wait
too, not only the ones that would use the index (verified on PostgreSQL 15: during
`REINDEX INDEX orders_status_idx`, `SELECT * FROM orders WHERE id = 1` and
`SELECT count(*) FROM orders` both wait).

**Why it hurts.** Rebuilding an index reads the whole table and sorts it: minutes on a large
table, and `REINDEX TABLE` does it for every index, one after the other, while the table is
unusable.

**Safe alternative.** PostgreSQL 12+ rebuilds concurrently: a new copy is built next to the old
one under SHARE UPDATE EXCLUSIVE, then swapped in. It cannot run in a transaction block:

```sql
-- pgmig:no-transaction
REINDEX INDEX CONCURRENTLY orders_status_idx;
```

If it fails it leaves an invalid `<name>_ccnew` index behind: drop it
(`DROP INDEX CONCURRENTLY ...`) and retry. On PostgreSQL 11 and older build a replacement with
`CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY` the old index and rename the new one.
Routine reindexing belongs in a maintenance job rather than a migration.

**Versions.** `REINDEX ... CONCURRENTLY` since PostgreSQL 12, the `(CONCURRENTLY)` option-list
spelling since 14. PostgreSQL 14.0 to 14.3 could corrupt indexes rebuilt concurrently (fixed in
14.4).

**Suppress.** `-- pgmig:ignore reindex-non-concurrently <reason>` on the line before the
statement.

**Peers.** squawk `require-concurrent-reindex`; django-migration-linter `REINDEX`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    Node,
    no_transaction_note,
    option_enabled,
    qualified,
    quote_ident,
)

SEVERITY = "error"
NODE_TYPES = ("ReindexStmt",)

_KEYWORD = {
    "REINDEX_OBJECT_INDEX": "INDEX",
    "REINDEX_OBJECT_TABLE": "TABLE",
    "REINDEX_OBJECT_SCHEMA": "SCHEMA",
    "REINDEX_OBJECT_DATABASE": "DATABASE",
}


def _why(table: str) -> str:
    return (
        f"REINDEX takes a SHARE lock on {table} (INSERT/UPDATE/DELETE wait) and an ACCESS "
        "EXCLUSIVE lock on each index while it is rebuilt, which makes every query on it wait as "
        "well (planning a query locks all of the table's indexes)."
    )


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    keyword = _KEYWORD.get(node.get("kind", ""))
    if keyword is None:  # REINDEX SYSTEM: cannot be concurrent
        return
    params: list[Node] = list(node.get("params") or ())
    if option_enabled(params, "concurrently"):
        return

    if keyword in ("INDEX", "TABLE"):
        if not node.get("relation"):
            return
        rel = ctx.relation(node["relation"])
        if ctx.is_new(rel):
            return
        target = qualified(rel.written_schema, rel.name)
        if keyword == "INDEX":
            table = ctx.index_table(rel)
            if table is not None and ctx.is_new(table):
                return
            on = f"table {table}" if table is not None else "its table"
            why = _why(str(table) if table is not None else "the index's table")
            message = f"REINDEX INDEX {rel} blocks reads and writes on {on} until it is rebuilt."
        else:
            why = _why(str(rel))
            message = (
                f"REINDEX TABLE {rel} blocks reads and writes on {rel} until all of its indexes "
                "are rebuilt."
            )
    elif keyword == "SCHEMA":
        schema = node.get("name") or ""
        if schema in ctx.created_schemas:
            return
        target = quote_ident(schema)
        why = _why("each table of the schema in turn")
        message = (
            f'REINDEX SCHEMA "{schema}" blocks reads and writes on each table in the schema '
            "while its indexes are rebuilt."
        )
    else:
        target = quote_ident(node["name"]) if node.get("name") else ""
        why = _why("each table of the database in turn")
        message = (
            "REINDEX DATABASE blocks reads and writes on each table in the database while its "
            "indexes are rebuilt."
        )

    if ctx.pg_version < 12:
        yield Issue(
            message=message,
            why=why,
            note=f"PostgreSQL {ctx.pg_version} has no REINDEX CONCURRENTLY (it came in 12): "
            "build a replacement with CREATE INDEX CONCURRENTLY <new name> ON ... (the same "
            "definition), then DROP INDEX CONCURRENTLY the old index and ALTER INDEX <new name> "
            "RENAME TO <old name>, in a migration marked `-- pgmig:no-transaction`",
        )
        return

    options = [_option_sql(p) for p in params if _defname(p) != "concurrently"]
    prefix = f"REINDEX ({', '.join(options)}) " if options else "REINDEX "
    suggestion = f"{prefix}{keyword} CONCURRENTLY {target}".rstrip() + ";"
    notes = [n for n in (no_transaction_note(stmt, ctx),) if n]
    notes.append("if it fails, drop the invalid `*_ccnew` index it leaves behind and run it again")
    yield Issue(message=message, why=why, suggestion=suggestion, note="; ".join(notes))


def _defname(param: Node) -> str:
    return str(param.get("DefElem", {}).get("defname", ""))


def _option_sql(param: Node) -> str:
    elem = param.get("DefElem", {})
    name = str(elem.get("defname", "")).upper()
    arg = elem.get("arg")
    if not arg:
        return name
    if "String" in arg:
        value = str(arg["String"].get("sval", ""))
        return f"{name} {quote_ident(value) if name == 'TABLESPACE' else value}"
    if "Integer" in arg:
        return f"{name} {arg['Integer'].get('ival', 0)}"
    if "Boolean" in arg:
        return f"{name} {'true' if arg['Boolean'].get('boolval') else 'false'}"
    return name
