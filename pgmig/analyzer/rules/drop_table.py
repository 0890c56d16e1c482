"""DROP TABLE of an existing table loses its data and locks the tables it references.

**Trigger.** `DROP TABLE [IF EXISTS] name [, ...] [CASCADE]` where a named table existed before
this migration (statements inside `DO` blocks count, function bodies do not). Tables created
earlier in the same file (including temporary tables, `CREATE TABLE AS` / `SELECT INTO` copies and
tables in a schema created in the file) are exempt; views, materialized views, sequences and types
are not tables. With a database connection, a table that does not exist is not reported.

**Lock / effect.** ACCESS EXCLUSIVE on the table **and on every table it references by foreign
key** (their foreign-key triggers are removed; verified on PostgreSQL 15: dropping `orders` took
AccessExclusiveLock on `customers`). With CASCADE, the foreign keys of referencing tables and the
views that depend on it are dropped as well.

**Why it hurts.** The data is gone, the application version still running fails on the missing
table, and the referenced parent tables (often the hottest ones) are blocked for reads and writes
while the drop waits for and holds its locks.

**Safe alternative.** Stop using the table in the application and deploy that first; back it up;
then drop it in a later migration and write down why that is safe:

```sql
-- pgmig:ignore drop-table unused since release 2026.04; dump in backups/legacy_exports.dump
DROP TABLE legacy_exports;
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore drop-table <reason>` on the line before the statement.

**Peers.** squawk `ban-drop-table`; Atlas DS102; django-migration-linter `DROP_TABLE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import string_list

SEVERITY = "error"
NODE_TYPES = ("DropStmt",)

_SHELL_SAFE = re.compile(r"^[A-Za-z0-9_.]+$")


def _names(rels: list[Rel]) -> str:
    shown = [str(r) for r in rels]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _dump_arg(rel: Rel) -> str:
    """``--table=...`` for pg_dump: the pattern as SQL (quoted where needed), shell-quoted."""
    pattern = rel.sql
    return f"--table={pattern}" if _SHELL_SAFE.match(pattern) else f"--table='{pattern}'"


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if node.get("removeType") != "OBJECT_TABLE":
        return
    existing: list[Rel] = []
    for item in node.get("objects") or ():
        parts = string_list(item.get("List", {}).get("items"))
        if not parts:
            continue
        rel = ctx.qualify(parts[-2] if len(parts) > 1 else None, parts[-1])
        if ctx.is_new(rel) or ctx.catalog.exists(rel.schema, rel.name) is False:
            continue
        existing.append(rel)
    if not existing:
        return
    names = _names(existing)
    one = len(existing) == 1
    noun = "table" if one else "tables"
    cascade = node.get("behavior") == "DROP_CASCADE"
    message = f"DROP TABLE drops existing {noun} {names} with all {'its' if one else 'their'} data"
    if cascade:
        message += ", and CASCADE also drops the foreign keys and views that depend on " + (
            "it" if one else "them"
        )
    dump = " ".join(_dump_arg(r) for r in existing)
    yield Issue(
        message=message + ".",
        why=f"it takes an ACCESS EXCLUSIVE lock on {names}, and on every table "
        f"{'it references' if one else 'they reference'} by foreign key (their foreign-key "
        "triggers are removed), so reads and writes of those wait; the application version "
        f"still running fails on the missing {noun}, and only a backup brings the data back",
        note=f"first deploy application code that no longer uses {names} and back "
        f"{'it' if one else 'them'} up (`pg_dump --format=custom {dump} --file=backup.dump`); "
        f"then drop "
        f"{'it' if one else 'them'} in a later migration with `-- pgmig:ignore drop-table "
        "<why it is safe>`",
    )
