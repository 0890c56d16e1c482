"""VALIDATE CONSTRAINT in a transaction that already blocks writes: the scan runs under that lock.

**Trigger.** `ALTER TABLE ... VALIDATE CONSTRAINT` or `ALTER DOMAIN ... VALIDATE CONSTRAINT` while
the current transaction already holds a lock that blocks writes (SHARE or stronger) on an existing
table, taken by an earlier statement: most often the `ADD ... NOT VALID` of the same constraint in
the same migration, which pgmig runs in one transaction. Any such lock counts, because locks are
held until the transaction ends; so does another sub-command of the same `ALTER TABLE` (the whole
statement runs under its strongest lock). Not triggered in a `-- pgmig:no-transaction` migration
where the ADD and the VALIDATE commit separately, when the VALIDATE comes first, after statements
that only take weak locks (UPDATE, INSERT, another VALIDATE), or when the validated table was
created earlier in the same file.

**Lock / effect.** The validation scan runs while the earlier ACCESS EXCLUSIVE (ADD CHECK, ADD
COLUMN and most other ALTER TABLE forms), SHARE ROW EXCLUSIVE (ADD FOREIGN KEY) or SHARE (CREATE
INDEX) lock is still held (verified on PostgreSQL 15: ACCESS EXCLUSIVE and SHARE UPDATE EXCLUSIVE
both held during `verifying table`).

**Why it hurts.** The table stays locked for the whole scan, which is exactly what the NOT VALID +
VALIDATE split is meant to avoid: it bought nothing.

**Safe alternative.** Validate in a later migration, or mark the migration
`-- pgmig:no-transaction` so that the ADD commits before the VALIDATE starts:

```sql
-- migration 1
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_cap CHECK (balance < 1000000) NOT VALID;
-- migration 2
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_cap;
```

`VALIDATE` followed by `SET NOT NULL` in one transaction is fine: the VALIDATE comes first and
takes only SHARE UPDATE EXCLUSIVE.

**Versions.** All.

**Suppress.** `-- pgmig:ignore validate-in-same-transaction <reason>` on the line before the
statement, for example when the table is known to stay small.

**Peers.** squawk `constraint-missing-not-valid` (its "same transaction" check);
strong_migrations `validate_check_constraint`/`validate_foreign_key` (checks `pg_locks`); Atlas
documentation (txmode none or a later file).
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, HeldLock, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    alter_cmd_label,
    alter_cmd_lock,
    alter_cmds,
    qualified,
    quote_ident,
    string_list,
    to_sql,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt", "AlterDomainStmt")


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    if stmt.kind == "AlterDomainStmt":
        yield from _domain(stmt, ctx)
        return
    node = stmt.node
    if not node.get("relation"):
        return
    rel = ctx.relation(node["relation"])
    if ctx.is_new(rel):
        return
    cmds = list(alter_cmds(node))
    validates = [(i, c) for i, (s, c) in enumerate(cmds) if s == "AT_ValidateConstraint"]
    if not validates:
        return
    # the whole ALTER TABLE runs under its strongest sub-command's lock
    others = [
        (s, c)
        for s, c in cmds
        if s != "AT_ValidateConstraint" and alter_cmd_lock(s, c, ctx.pg_version).blocks_writes
    ]
    for _, cmd in validates:
        name = cmd.get("name", "")
        if others:
            subtype, other = max(
                others, key=lambda sc: alter_cmd_lock(sc[0], sc[1], ctx.pg_version)
            )
            mode = alter_cmd_lock(subtype, other, ctx.pg_version)
            yield Issue(
                message=(
                    f'VALIDATE CONSTRAINT "{name}" scans {rel} in the same ALTER TABLE as '
                    f"{alter_cmd_label(subtype, other)}, so it runs under {mode.label}."
                ),
                why=(
                    "ALTER TABLE takes its strongest sub-command's lock for the whole statement: "
                    f"{mode.effect} on {rel} during the entire validation scan"
                ),
                suggestion=_split(stmt, rel, name),
                note="the other sub-commands now, VALIDATE in a later migration",
            )
            continue
        held = _held(ctx)
        if not held:
            continue
        yield _issue(stmt, ctx, f'VALIDATE CONSTRAINT "{name}" scans {rel}', rel, name, held)


def _domain(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if node.get("subtype") != "V":
        return
    held = _held(ctx)
    if not held:
        return
    names = string_list(node.get("typeName"))
    domain = qualified(names[-2] if len(names) > 1 else None, names[-1]) if names else "?"
    name = node.get("name", "")
    yield _issue(
        stmt,
        ctx,
        f'ALTER DOMAIN {domain} VALIDATE CONSTRAINT "{name}" scans every table using the domain',
        None,
        name,
        held,
    )


def _held(ctx: Context) -> list[HeldLock]:
    if not ctx.in_transaction:
        return []
    return sorted(ctx.write_blocking_locks(), key=lambda h: -h.mode)


def _issue(
    stmt: Stmt, ctx: Context, what: str, rel: Rel | None, name: str, held: list[HeldLock]
) -> Issue:
    # name the lock on the validated table itself when there is one, else the strongest
    first = next((h for h in held if rel is not None and h.rel.key == rel.key), held[0])
    also = f" (and {len(held) - 1} more)" if len(held) > 1 else ""
    message = (
        f"{what} while this transaction still holds {first.mode.label} on {first.rel}, taken by "
        f"{first.what} at line {first.stmt.position().line}{also}."
    )
    info = ctx.constraints_on(rel).get(name) if rel is not None else None
    added_here = info is not None and info.added_by is not None and not info.validated
    why = (
        f"locks are held until the transaction commits, so {first.mode.effect} on {first.rel} "
        "during the whole validation scan"
    )
    if added_here and info is not None and info.added_by is first.stmt:
        why += ": the NOT VALID split bought nothing"
    lines: list[str] = []
    if added_here and info is not None and info.added_by is not None:
        if info.added_by.top is stmt.top:  # both in one DO block: it is replaced as a whole
            lines += [
                "-- this migration:",
                info.added_by.text.strip().rstrip(";") + ";",
                "-- a later migration:",
            ]
        else:
            line = info.added_by.position().line
            lines.append(
                f"-- in a later migration (the ADD ... NOT VALID at line {line} stays here):"
            )
    lines.append(stmt.text.strip().rstrip(";") + ";")
    if ctx.transaction == "explicit":
        note = "after the COMMIT of the BEGIN ... COMMIT block, so the lock is released first"
    elif ctx.transaction == "runner":
        note = (
            "in a later migration, or mark this one `-- pgmig:no-transaction` so that each "
            "statement commits on its own"
        )
    else:
        note = "outside the DO block, in a later migration"
    return Issue(message=message, why=why, suggestion="\n".join(lines), note=note)


def _split(stmt: Stmt, rel: Rel, name: str) -> str:
    from pglast import enums

    tree = stmt.fresh_ast()
    tree.cmds = tuple(
        c for c in tree.cmds if c.subtype != enums.AlterTableType.AT_ValidateConstraint
    )
    return "\n".join(
        [
            to_sql(tree),
            "-- a later migration:",
            f"ALTER TABLE {rel.sql} VALIDATE CONSTRAINT {quote_ident(name)};",
        ]
    )
