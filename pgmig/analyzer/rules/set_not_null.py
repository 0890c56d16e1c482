"""SET NOT NULL on an existing column scans the whole table while blocking reads and writes.

**Trigger.** `ALTER TABLE <existing table> ALTER [COLUMN] c SET NOT NULL`, and PostgreSQL 18's
`ADD CONSTRAINT n NOT NULL c` without `NOT VALID`, inside DO blocks too, unless the column is
proven non-null before the statement runs (PostgreSQL 12+):

* a `CHECK (c IS NOT NULL)` (alone or AND-ed with other conditions) added in this file and
  validated in an earlier transaction, or earlier in this transaction while no write-blocking
  lock was held on the table (`VALIDATE CONSTRAINT` as the first statement on the table);
* a `VALIDATE CONSTRAINT` earlier in the file of a constraint added by an earlier migration
  (its definition is not in the file, so it is taken as the proof, as squawk does); with a
  database connection pgmig reads its definition and only accepts it if it proves the column;
* with a database connection: a validated CHECK in the live schema that proves the column, or a
  column that is already `NOT NULL` (then nothing is scanned).

Not triggered for tables created earlier in the same file. A `NOT VALID` CHECK,
`CHECK (c <> '')` and `CHECK (a IS NOT NULL OR b IS NOT NULL)` prove nothing (verified on
PostgreSQL 15). On PostgreSQL 11 and older every SET NOT NULL on an existing table is reported:
the CHECK proof only helps from 12.

**Lock / effect.** ACCESS EXCLUSIVE on the table for a full scan that checks every row (on a
partitioned table, every partition). Verified on PostgreSQL 15: `verifying table "users"`; with a
validated CHECK: `existing constraints on column "users.email" are sufficient to prove that it
does not contain nulls`, and no scan.

**Why it hurts.** Every SELECT, INSERT, UPDATE and DELETE on the table waits until the whole
table has been read: minutes on a large table. If a NULL turns up at the end, the statement
fails after all that waiting.

**Safe alternative.** Prove the column with a CHECK constraint that is validated without
blocking writes, then set NOT NULL (PostgreSQL 12+):

```sql
-- migration 1 (instant)
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
-- backfill the NULLs in batches, then migration 2:
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;  -- SHARE UPDATE EXCLUSIVE: writes continue
ALTER TABLE users ALTER COLUMN email SET NOT NULL;           -- no scan: the CHECK proves it
ALTER TABLE users DROP CONSTRAINT users_email_not_null;      -- optional
```

Both steps may also live in one file marked `-- pgmig:no-transaction`, where each statement
commits on its own. On PostgreSQL 18, `ADD CONSTRAINT users_email_not_null NOT NULL email NOT
VALID` followed by `VALIDATE CONSTRAINT` in a later transaction does the same. For a column added
in the same migration, declare it `NOT NULL DEFAULT <constant>` in the `ADD COLUMN` instead (no
scan on PostgreSQL 11+). On PostgreSQL 11 and older keep the validated CHECK constraint instead
of NOT NULL.

**Versions.** PostgreSQL 12+ skips the scan when a validated CHECK proves the column; 11 and
older always scan. PostgreSQL 18 adds `NOT NULL ... NOT VALID`.

**Suppress.** `-- pgmig:ignore set-not-null <reason>` on the line before the statement, e.g. when
the table is known to be small.

**Peers.** squawk `adding-not-nullable-field`; strong_migrations "setting NOT NULL on an existing
column"; eugene E2; Atlas PG303, MF104.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgmig.analyzer.catalog import ConstraintFact
from pgmig.analyzer.context import ConstraintInfo, Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    alter_cmds,
    altered_existing_table,
    constraint_kind,
    quote_ident,
    string_list,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


@dataclass(frozen=True)
class _Verdict:
    proven: bool
    reason: str = ""  # why an existing constraint does not count, for the message
    reuse: str | None = None  # a NOT VALID CHECK that would prove it once validated
    under_lock: bool = False  # the proof was validated in this transaction under a write lock


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    for subtype, cmd in alter_cmds(node):
        if subtype == "AT_SetNotNull" and cmd.get("name"):
            columns = [cmd["name"]]
            what = "SET NOT NULL"
        elif subtype == "AT_AddConstraint":
            con = (cmd.get("def") or {}).get("Constraint", {})
            if constraint_kind(con) != "CONSTR_NOTNULL" or con.get("skip_validation"):
                continue
            if ctx.pg_version < 18:
                continue  # a syntax error before 18 (the server says so), not a lock problem
            columns = string_list(con.get("keys"))
            what = "ADD CONSTRAINT ... NOT NULL"
        else:
            continue
        for column in columns:
            verdict = _proof(ctx, rel, column)
            if verdict.proven:
                continue
            yield _issue(stmt, ctx, rel, column, what, verdict)


def _proof(ctx: Context, rel: Rel, column: str) -> _Verdict:
    fact = ctx.catalog.column(rel.schema, rel.name, column)
    if fact is not None and fact.not_null and column not in ctx.added_columns.get(rel.key, {}):
        return _Verdict(True)  # already NOT NULL: PostgreSQL does nothing
    if ctx.pg_version < 12:
        return _Verdict(
            False,
            f"on PostgreSQL {ctx.pg_version} even a validated CHECK constraint does not spare "
            "the scan",
        )
    if ctx.catalog.not_null_proven(rel.schema, rel.name, column) is not None:
        return _Verdict(True)

    reason = ""
    reuse: str | None = None
    for info in ctx.constraints_on(rel).values():
        proves = _proves(ctx, rel, info, column)
        if proves is False:
            if info.contype is None and info.validated and not reason:
                definition = _catalog_definition(ctx, rel, info.name)
                reason = f'"{info.name}" is {definition}, which does not prove it non-null'
            continue
        if not info.validated:
            if proves and info.contype is not None:
                reason = f'the CHECK constraint "{info.name}" is NOT VALID, so it proves nothing'
                reuse = reuse or info.name
            continue
        if _validated_while_writes_blocked(ctx, info):
            return _Verdict(False, info.name, info.name, under_lock=True)
        return _Verdict(True)

    if not reuse:
        for con in ctx.catalog.constraints(rel.schema, rel.name):
            if con.contype == "c" and not con.validated and column in _catalog_proves(con):
                reason = f'the CHECK constraint "{con.name}" is NOT VALID, so it proves nothing'
                reuse = con.name
                break
    return _Verdict(False, reason, reuse)


def _proves(ctx: Context, rel: Rel, info: ConstraintInfo, column: str) -> bool | None:
    """Whether ``info`` proves ``column`` non-null: True/False, ``None`` when its definition is
    not visible (a VALIDATE of a constraint added by an earlier migration) and the catalog does
    not know it either: then it is taken as the proof (the heuristic squawk also accepts)."""
    if info.contype is not None:
        return info.contype == "CONSTR_CHECK" and column in info.not_null_columns
    for con in ctx.catalog.constraints(rel.schema, rel.name):
        if con.name == info.name:
            return con.contype == "c" and column in _catalog_proves(con)
    return None


def _catalog_definition(ctx: Context, rel: Rel, name: str) -> str:
    for con in ctx.catalog.constraints(rel.schema, rel.name):
        if con.name == name:
            return con.definition.removesuffix(" NOT VALID")
    return "another constraint"


def _catalog_proves(con: ConstraintFact) -> frozenset[str]:
    return con.not_null_columns


def _validated_while_writes_blocked(ctx: Context, info: ConstraintInfo) -> bool:
    same_transaction = (
        ctx.transaction is not None and info.validated_in_transaction == ctx.transaction_number
    )
    if not same_transaction:
        return False
    # ADD CONSTRAINT ... CHECK without NOT VALID scans under its own ACCESS EXCLUSIVE lock
    added_valid = info.added_by is not None and info.validated_by is info.added_by
    return info.validated_under_write_lock or added_valid


def _constraint_name(table: str, column: str) -> str:
    name = f"{table}_{column}_not_null"
    while len(name.encode()) > 63:
        if len(table) >= len(column):
            table = table[:-1]
        else:
            column = column[:-1]
        name = f"{table}_{column}_not_null"
    return name


def _issue(stmt: Stmt, ctx: Context, rel: Rel, column: str, what: str, verdict: _Verdict) -> Issue:
    col = f'"{column}"'
    table = rel.sql
    qcol = quote_ident(column)
    if verdict.under_lock:
        name = quote_ident(verdict.reason)
        held = ctx.lock_on(rel)
        taker = f" ({held.what})" if held is not None else ""
        blocked = "reads and writes" if held is None or held.mode.blocks_reads else "writes"
        waiting = (
            "SELECT, INSERT, UPDATE and DELETE" if blocked != "writes" else "INSERT/UPDATE/DELETE"
        )
        return Issue(
            message=f'{what} on column {col} of existing table {rel} relies on "{verdict.reason}", '
            f"which was validated in this same transaction while {blocked} were blocked.",
            why=f"An earlier statement{taker} took a lock on {rel} that is held until the "
            f"transaction commits, so the VALIDATE scan ran under it: {waiting} on {rel} wait for "
            "the whole scan.",
            suggestion=(
                "-- in a later migration (a separate transaction):\n"
                f"ALTER TABLE {table} VALIDATE CONSTRAINT {name};\n"
                f"ALTER TABLE {table} ALTER COLUMN {qcol} SET NOT NULL;"
            ),
            note="move the VALIDATE and the SET NOT NULL to a later migration: in a transaction of "
            "its own VALIDATE takes only SHARE UPDATE EXCLUSIVE, so writes continue during its scan",
        )

    fact = ctx.catalog.relation(rel.schema, rel.name)
    scope = " of every partition" if fact is not None and fact.is_partitioned else ""
    message = (
        f"{what} on column {col} of existing table {rel} blocks reads and writes while it scans "
        "the whole table."
    )
    why = (
        f"{what} takes an ACCESS EXCLUSIVE lock on {rel} and reads every row{scope} to check for "
        "NULLs; SELECT, INSERT, UPDATE and DELETE wait until the scan finishes"
    )
    why += f" ({verdict.reason})." if verdict.reason else "."

    if ctx.pg_version < 12:
        name = quote_ident(verdict.reuse or _constraint_name(rel.name, column))
        old: list[str] = []
        if not verdict.reuse:
            old.append(
                f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({qcol} IS NOT NULL) NOT VALID;"
            )
        old += [
            "-- in a later migration, after backfilling the NULLs:",
            f"ALTER TABLE {table} VALIDATE CONSTRAINT {name};",
        ]
        return Issue(
            message=message,
            why=why,
            suggestion="\n".join(old),
            note=f"on PostgreSQL {ctx.pg_version} keep the validated CHECK constraint instead of "
            "NOT NULL: it enforces the same, and VALIDATE takes only SHARE UPDATE EXCLUSIVE",
        )

    steps: list[str] = []
    if verdict.reuse:
        name = quote_ident(verdict.reuse)
        steps.append(
            "-- in a later migration (a separate transaction), after backfilling the NULLs:"
        )
    else:
        name = quote_ident(_constraint_name(rel.name, column))
        steps.append(
            f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({qcol} IS NOT NULL) NOT VALID;"
        )
        steps.append("-- in a later migration, after backfilling the NULLs:")
    steps.append(f"ALTER TABLE {table} VALIDATE CONSTRAINT {name};")
    steps.append(f"ALTER TABLE {table} ALTER COLUMN {qcol} SET NOT NULL;")
    if not verdict.reuse:
        steps.append(f"ALTER TABLE {table} DROP CONSTRAINT {name};")

    if column in ctx.added_columns.get(rel.key, {}):
        note = (
            f"{col} is added earlier in this migration: simpler, declare it in that ADD COLUMN as "
            "`NOT NULL DEFAULT <constant>`, which needs no scan; otherwise VALIDATE takes only "
            "SHARE UPDATE EXCLUSIVE, so writes continue during its scan"
        )
    else:
        note = (
            "VALIDATE takes only SHARE UPDATE EXCLUSIVE, so writes continue during its scan, and "
            "SET NOT NULL then needs none; a migration marked `-- pgmig:no-transaction` may hold "
            "both steps"
        )
    if ctx.pg_version >= 18:
        note += (
            f"; on PostgreSQL 18 `ADD CONSTRAINT {name} NOT NULL {qcol} NOT VALID` and a later "
            "VALIDATE work too"
        )
    return Issue(message=message, why=why, suggestion="\n".join(steps), note=note)
