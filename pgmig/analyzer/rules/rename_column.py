"""RENAME COLUMN on an existing table breaks the application code that still uses the old name.

**Trigger.** `ALTER TABLE [IF EXISTS] name RENAME [COLUMN] old TO new`, also on views,
materialized views and foreign tables, where the relation existed before this migration
(statements inside `DO` blocks count, function bodies do not). Relations created earlier in the
same file and columns added earlier in the same file are exempt. Renaming constraints, indexes and
composite-type attributes is not reported.

**Lock / effect.** ACCESS EXCLUSIVE for a catalog update (brief). The column's data is untouched.

**Why it hurts.** Between the migration and the end of the deploy (and after an application
rollback) the running code still uses the old name, and every query that names it fails.

**Safe alternative.** Keep the physical name and map it in the application (ORM column mapping).
If the name must change, expand and contract over several releases: add the new column, write
both (application or trigger), backfill in batches, move reads, stop writing the old column and
drop it. With a database connection pgmig renders the first step with the column's real type:

```sql
ALTER TABLE orders ADD COLUMN state text;
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore rename-column <reason>` on the line before the statement (for
example when no deployed code uses the old name any more).

**Peers.** squawk `renaming-column`; strong_migrations "renaming a column"; Atlas BC102;
django-migration-linter `RENAME_COLUMN`.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import quote_ident

SEVERITY = "error"
NODE_TYPES = ("RenameStmt",)

_NOUN = {
    "OBJECT_TABLE": "table",
    "OBJECT_VIEW": "view",
    "OBJECT_MATVIEW": "materialized view",
    "OBJECT_FOREIGN_TABLE": "foreign table",
}


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if node.get("renameType") != "OBJECT_COLUMN" or not node.get("relation"):
        return
    noun = _NOUN.get(node.get("relationType", ""))
    if noun is None:
        return  # ALTER TYPE ... RENAME ATTRIBUTE
    rel = ctx.relation(node["relation"])
    old, new = node.get("subname", ""), node.get("newname", "")
    if ctx.is_new(rel) or old in ctx.added_columns.get(rel.key, {}):
        return
    fact = ctx.catalog.column(rel.schema, rel.name, old)
    suggestion = None
    note = (
        f'keep the name "{old}" and map it in the application (ORM column mapping); to really '
        f'rename, expand and contract over several releases: add "{new}", write both, backfill, '
        f'move reads to "{new}", stop writing "{old}", then drop it'
    )
    if fact is not None and noun == "table":
        suggestion = f"ALTER TABLE {rel.sql} ADD COLUMN {quote_ident(new)} {fact.type};"
        note = (
            "the expand step; then write both columns from the application or a trigger, backfill "
            f'"{new}" in batches, move reads to it, stop writing "{old}" and drop it in a later '
            "release"
        )
    yield Issue(
        message=f'RENAME COLUMN renames "{old}" to "{new}" in existing {noun} {rel}: code that '
        f'still uses "{old}" fails.',
        why=f"the ACCESS EXCLUSIVE lock on {rel} is brief, but between the migration and the end "
        f'of the deploy (and after an application rollback) the running code still uses "{old}" '
        "and its queries fail",
        suggestion=suggestion,
        note=note,
    )
