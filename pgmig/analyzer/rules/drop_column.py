"""DROP COLUMN on an existing table breaks the application versions that still use the column.

**Trigger.** `ALTER TABLE [IF EXISTS] [ONLY] name DROP [COLUMN] [IF EXISTS] column [CASCADE]` on
a table that existed before this migration, one finding per dropped column (statements inside
`DO` blocks count, function bodies do not). Tables created earlier in the same file and columns
added earlier in the same file are exempt; `ALTER TYPE ... DROP ATTRIBUTE` (a composite type) is
not a table. With a database connection, a column that does not exist is not reported.

**Lock / effect.** ACCESS EXCLUSIVE for a catalog update; no rewrite (verified on PostgreSQL 15).
The column's data is gone. With CASCADE, the views, indexes and constraints that use the column
are dropped too.

**Why it hurts.** The application version still running during and right after the deploy reads
and writes the column (ORMs list every column in their SELECT and INSERT statements), so its
queries fail until the new version is everywhere; rolling the application back cannot bring the
column or its data back.

**Safe alternative.** First ship application code that neither reads nor writes the column
(Rails `ignored_columns`, Django `SeparateDatabaseAndState`, a `deferred`/excluded column in
SQLAlchemy), then drop it in a later migration and write down why that is safe:

```sql
-- pgmig:ignore drop-column no deployed version uses orders.legacy_status since 2026.04
ALTER TABLE orders DROP COLUMN legacy_status;
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore drop-column <reason>` on the line before the statement.

**Peers.** squawk `ban-drop-column`; strong_migrations "removing a column"; Atlas DS103;
django-migration-linter `DROP_COLUMN`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import alter_cmds

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if node.get("objtype") not in ("OBJECT_TABLE", None) or not node.get("relation"):
        return
    rel = ctx.relation(node["relation"])
    if ctx.is_new(rel):
        return
    added = ctx.added_columns.get(rel.key, {})
    fact = ctx.catalog.relation(rel.schema, rel.name)
    for subtype, cmd in alter_cmds(node):
        if subtype != "AT_DropColumn":
            continue
        column = cmd.get("name", "")
        if column in added:
            continue  # added earlier in this file: no deployed code knows it
        if fact is not None and fact.columns and column not in fact.columns:
            continue  # the live schema has no such column (DROP COLUMN IF EXISTS is a no-op)
        message = f'DROP COLUMN removes column "{column}" of existing table {rel} with its data'
        if cmd.get("behavior") == "DROP_CASCADE":
            message += ", and CASCADE also drops the views, indexes and constraints that use it"
        yield Issue(
            message=message + ".",
            why=f"the ACCESS EXCLUSIVE lock on {rel} is brief (no rewrite), but the application "
            "version still running selects and inserts the column by name (ORMs list every "
            "column), so its queries fail until the deploy is complete; only a backup brings the "
            "data back",
            note=f'first deploy application code that neither reads nor writes "{column}" '
            "(Rails: ignored_columns; Django: SeparateDatabaseAndState), then drop it in a later "
            "migration with `-- pgmig:ignore drop-column <why it is safe>`",
        )
