"""ADD CHECK without NOT VALID scans the whole table under ACCESS EXCLUSIVE.

**Trigger.** `ALTER TABLE [ONLY] <existing table> ADD [CONSTRAINT n] CHECK (...)` without
`NOT VALID` (also `NO INHERIT`), and an inline `CHECK` on `ADD COLUMN`: the new column may be all
NULL, but PostgreSQL still scans the table to verify it (verified on PostgreSQL 15). Not triggered
by `NOT VALID`, by PostgreSQL 18's `NOT ENFORCED`, or for tables created earlier in the same file.

**Lock / effect.** ACCESS EXCLUSIVE for the whole verification scan: SELECT, INSERT, UPDATE and
DELETE wait.

**Why it hurts.** Reading every row of a big table takes minutes, and everything queues behind the
lock (autocommit does not help: the statement itself holds the lock while it scans).

**Safe alternative.** Add the constraint `NOT VALID` (instant; new and updated rows are checked
from then on) and validate it in a later migration: `VALIDATE CONSTRAINT` takes only SHARE UPDATE
EXCLUSIVE, so reads and writes continue during its scan.

```sql
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_non_negative CHECK (balance >= 0) NOT VALID;
-- in a later migration (or after a COMMIT in a -- pgmig:no-transaction file):
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_non_negative;
```

Do not validate in the same transaction as the ADD (`validate-in-same-transaction`).

**Versions.** NOT VALID for CHECK since PostgreSQL 9.2; NOT ENFORCED since 18.

**Suppress.** `-- pgmig:ignore add-check-constraint <reason>` on the line before the statement,
for example when the table is known to stay small.

**Peers.** squawk `constraint-missing-not-valid`; strong_migrations "adding a check constraint";
eugene E1; Atlas PG305.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    added_constraints,
    alter_without_sql,
    column_constraints,
    constraint_ast,
    constraint_kind,
    constraint_name,
    plain_add_column_sql,
    quote_ident,
    render_expr,
    shorten,
    written_sql,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    found = added_constraints(stmt, ctx, "CONSTR_CHECK", unless="skip_validation")
    if found is None:
        return
    rel, flagged = found
    rest = alter_without_sql(stmt, [i for i, _ in flagged]) if flagged else None
    for index, con in flagged:
        name = con.get("conname") or constraint_name(rel.name, con)
        expr = _expr(stmt, con, index)
        what = f'ADD CONSTRAINT "{name}"' if con.get("conname") else "ADD"
        adds = [_add_sql(rel, name, expr, con)]
        if rest is not None:
            adds.insert(0, rest)
        yield _issue(
            rel,
            f"{what} CHECK ({shorten(expr)}) scans existing table {rel} under an ACCESS "
            "EXCLUSIVE lock.",
            adds,
            [name],
            con,
        )
    for index, col in added_columns(stmt.node):
        column = col.get("colname", "")
        lines: list[str] = []
        names: list[str] = []
        first: dict[str, object] | None = None
        for position, con in enumerate(column_constraints(col)):
            if constraint_kind(con) != "CONSTR_CHECK" or con.get("skip_validation"):
                continue
            first = first or con
            name = con.get("conname") or constraint_name(rel.name, con, column=column, n=len(names))
            names.append(name)
            expr = _expr(stmt, con, index, position)
            lines.append(_add_sql(rel, name, expr, con))
        if first is None:
            continue
        lines.insert(0, plain_add_column_sql(stmt, index, rel, drop=("CONSTR_CHECK",)))
        yield _issue(
            rel,
            f'ADD COLUMN "{column}" with a CHECK constraint scans existing table {rel} under an '
            "ACCESS EXCLUSIVE lock, although the new column is empty.",
            lines,
            names,
            first,
        )


def _expr(stmt: Stmt, con: dict[str, Any], index: int, position: int | None = None) -> str:
    """The CHECK expression as the user wrote it (rendered from the AST if it cannot be cut
    out of the statement)."""
    raw = con.get("raw_expr")
    written = written_sql(stmt, raw) if isinstance(raw, dict) else None
    if written is not None:
        return written
    return render_expr(constraint_ast(stmt, index, position).raw_expr)


def _add_sql(rel: Rel, name: str, expr: str, con: dict[str, Any]) -> str:
    no_inherit = " NO INHERIT" if con.get("is_no_inherit") else ""
    return (
        f"ALTER TABLE {rel.sql} ADD CONSTRAINT {quote_ident(name)} CHECK ({expr}){no_inherit} "
        "NOT VALID;"
    )


def _issue(
    rel: Rel, message: str, adds: list[str], names: list[str], con: dict[str, object]
) -> Issue:
    table = rel.sql
    return Issue(
        message=message,
        why=(
            "PostgreSQL verifies every existing row while ALTER TABLE holds ACCESS EXCLUSIVE on "
            f"{rel}; SELECT, INSERT, UPDATE and DELETE wait for the whole scan"
        ),
        suggestion="\n".join(
            [
                *adds,
                "-- in a later migration (SHARE UPDATE EXCLUSIVE: reads and writes continue):",
                *(f"ALTER TABLE {table} VALIDATE CONSTRAINT {quote_ident(n)};" for n in names),
            ]
        ),
        note="NOT VALID now, VALIDATE in a later migration",
        node=con,
    )
