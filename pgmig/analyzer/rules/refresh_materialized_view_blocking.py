"""REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks every reader of the view until it finishes.

**Trigger.** `REFRESH MATERIALIZED VIEW <existing view> [WITH [NO] DATA]` without
`CONCURRENTLY`, inside DO blocks too. Not triggered for a materialized view created earlier in
the same file. `WITH NO DATA` is reported as well: it empties the view, and every query on it
fails with `materialized view ... has not been populated` until the next refresh.

**Lock / effect.** ACCESS EXCLUSIVE on the materialized view for the whole refresh, which re-runs
the view's query and rewrites the view and all its indexes (verified on PostgreSQL 15).

**Why it hurts.** Dashboards and API endpoints that read the view hang for as long as the view's
query runs, which for a reporting view is often minutes.

**Safe alternative.** Give the view a unique index (once), then refresh it concurrently: the new
contents are computed next to the old ones and merged in under an EXCLUSIVE lock, which lets
reads continue.

```sql
-- once, in a migration marked -- pgmig:no-transaction:
CREATE UNIQUE INDEX CONCURRENTLY daily_order_totals_day_key ON daily_order_totals (day);
-- then:
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_order_totals;
```

`CONCURRENTLY` needs a unique index on plain columns (no WHERE clause) and a view that is already
populated; unlike CREATE INDEX CONCURRENTLY it may run inside the migration's transaction.
Better still, refresh from a scheduled job rather than from a migration.

**Versions.** `REFRESH MATERIALIZED VIEW CONCURRENTLY` since PostgreSQL 9.4.

**Suppress.** `-- pgmig:ignore refresh-materialized-view-blocking <reason>` on the line before
the statement.

**Peers.** None as a rule (eugene documents the lock mode in its lock table).
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import qualified

SEVERITY = "error"
NODE_TYPES = ("RefreshMatViewStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if node.get("concurrent") or not node.get("relation"):
        return
    view = ctx.relation(node["relation"])
    if ctx.is_new(view):
        return
    name = qualified(view.written_schema, view.name)
    why = (
        f"REFRESH MATERIALIZED VIEW takes an ACCESS EXCLUSIVE lock on {view}: every SELECT on "
        "it waits"
    )
    if node.get("skipData"):
        yield Issue(
            message=f"REFRESH MATERIALIZED VIEW {view} WITH NO DATA empties the view: every "
            "query on it fails until the next refresh.",
            why=why + ', and afterwards queries fail with "materialized view ... has not been '
            'populated".',
            suggestion=f"REFRESH MATERIALIZED VIEW CONCURRENTLY {name};",
            note="to bring the contents up to date without blocking readers, refresh it "
            "concurrently, which needs a unique index on the view; if the view is no longer "
            "used, drop it in a later release",
        )
        return
    yield Issue(
        message=f"REFRESH MATERIALIZED VIEW {view} blocks every reader of the view until the "
        "refresh finishes.",
        why=why + " while the view's query runs again and the view is rewritten.",
        suggestion=f"REFRESH MATERIALIZED VIEW CONCURRENTLY {name};",
        note=f"CONCURRENTLY needs a unique index on {view} over plain columns without a WHERE "
        "clause, created once with CREATE UNIQUE INDEX CONCURRENTLY; it may run inside the "
        "migration's transaction",
    )
