"""TRUNCATE of an existing table takes ACCESS EXCLUSIVE and throws the data away.

**Trigger.** `TRUNCATE [TABLE] [ONLY] name [, ...]` where a named table existed before this
migration (statements inside `DO` blocks count, function bodies do not). `CASCADE` is called out:
it also empties every table that references these by foreign key. Tables created earlier in the
same file (including `CREATE TABLE AS` / `SELECT INTO` copies, temporary tables and tables in a
schema created in the file) are exempt.

**Lock / effect.** ACCESS EXCLUSIVE on every truncated table (with CASCADE also on every
referencing table) until the transaction ends; each table gets a new, empty relfilenode (verified
on PostgreSQL 15). The rows are gone, and `TRUNCATE` is not MVCC-safe: transactions that started
before it see the table empty.

**Why it hurts.** Reads and writes of the table stop while the TRUNCATE waits for its lock and
until the migration commits, the data cannot be recovered without a backup, and a CASCADE
silently empties tables nobody named.

**Safe alternative.** Delete in small batches, each batch its own transaction, in a migration
marked `-- pgmig:no-transaction` (or from a job); only the rows being deleted are locked:

```sql
-- pgmig:no-transaction
DO $$
BEGIN
    LOOP
        DELETE FROM sessions WHERE ctid = ANY (ARRAY(SELECT ctid FROM sessions LIMIT 10000));
        EXIT WHEN NOT FOUND;
        COMMIT;
    END LOOP;
END
$$;
```

When the same transaction refills the table (`TRUNCATE country_codes; INSERT INTO country_codes
...`), a plain `DELETE FROM country_codes;` in its place keeps the reload atomic: readers see the
old rows until commit and are never blocked (fine for a small table).

Never use CASCADE from a migration: name every table you mean to empty and delete from the
referencing tables first. `RESTART IDENTITY` has no batched equivalent: reset the sequence
afterwards with `ALTER SEQUENCE ... RESTART` if you really need it.

**Versions.** All.

**Suppress.** `-- pgmig:ignore truncate-table <reason>` on the line before the statement (for
example a staging table no application reads).

**Peers.** squawk `ban-truncate-cascade` (CASCADE only).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pgmig.analyzer.context import Context, Key, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import batched_loop_sql

SEVERITY = "error"
NODE_TYPES = ("TruncateStmt", "InsertStmt", "CopyStmt")

RULE = "truncate-table"
BATCH = 10000


@dataclass
class _Pending:
    """A TRUNCATE of existing tables, reported at the end of the file (a later INSERT in the same
    transaction changes the advice)."""

    stmt: Stmt
    targets: list[tuple[Rel, bool]]  # (table, ONLY)
    cascade: bool
    restart: bool
    in_transaction: bool
    transaction: int
    where: str
    refilled: set[Key] = field(default_factory=set)


def _names(rels: list[Rel]) -> str:
    shown = [str(r) for r in rels]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _where(stmt: Stmt, ctx: Context) -> str:
    if ctx.no_transaction and ctx.transaction is None and not stmt.in_do_block:
        return "in place of the TRUNCATE"
    return "in a migration marked `-- pgmig:no-transaction`"


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    pending: list[_Pending] = ctx.rule_data.setdefault(RULE, [])
    node = stmt.node
    if stmt.kind != "TruncateStmt":
        if not pending:
            return  # the common case: no TRUNCATE in this file, nothing to refill
        if stmt.kind == "CopyStmt" and not node.get("is_from"):
            return
        if not node.get("relation") or not ctx.in_transaction:
            return
        key = ctx.relation(node["relation"]).key
        for p in pending:
            same_transaction = p.in_transaction and p.transaction == ctx.transaction_number
            if same_transaction and any(rel.key == key for rel, _ in p.targets):
                p.refilled.add(key)
        return
    targets: list[tuple[Rel, bool]] = []
    for item in node.get("relations") or ():
        rv = item.get("RangeVar")
        if rv is not None:
            rel = ctx.relation(rv)
            if ctx.is_existing(rel):
                targets.append((rel, not rv.get("inh", False)))
    if targets:
        pending.append(
            _Pending(
                stmt,
                targets,
                node.get("behavior") == "DROP_CASCADE",
                bool(node.get("restart_seqs")),
                ctx.in_transaction,
                ctx.transaction_number,
                _where(stmt, ctx),
            )
        )
    return
    yield  # a generator: the findings come from finish()


def finish(ctx: Context) -> Iterator[Issue]:
    for p in ctx.rule_data.get(RULE, []):
        yield _issue(p)


def _issue(p: _Pending) -> Issue:
    rels = [rel for rel, _ in p.targets]
    names = _names(rels)
    one = len(rels) == 1
    noun = "table" if one else "tables"
    held = "until the migration commits" if p.in_transaction else "while it runs"
    if p.cascade:
        return Issue(
            message=f"TRUNCATE ... CASCADE empties existing {noun} {names} and every table "
            f"that references {'it' if one else 'them'} by foreign key.",
            why=f"it takes ACCESS EXCLUSIVE locks on {names} and on each referencing table "
            f"{held} (SELECT, INSERT, UPDATE and DELETE wait); tables nobody named lose their "
            "rows, which cannot be recovered without a backup",
            note="do not cascade from a migration: name every table to empty and delete their "
            "rows in batches, referencing tables first, in a migration marked "
            "`-- pgmig:no-transaction`: `DELETE FROM <table> WHERE ctid = ANY (ARRAY(SELECT "
            f"ctid FROM <table> LIMIT {BATCH}));` until it deletes nothing",
            stmt=p.stmt,
        )
    why = (
        f"it takes an ACCESS EXCLUSIVE lock on {names} {held}, so SELECT, INSERT, UPDATE and "
        "DELETE wait; the rows cannot be recovered without a backup, and transactions that "
        f"started earlier see the {noun} empty (TRUNCATE is not MVCC-safe)"
    )
    restart = (
        "; then reset the sequences with ALTER SEQUENCE ... RESTART if you need that"
        if p.restart
        else ""
    )
    if all(rel.key in p.refilled for rel in rels):
        deletes = [f"DELETE FROM {'ONLY ' if only else ''}{rel.sql};" for rel, only in p.targets]
        return Issue(
            message=f"TRUNCATE of existing {noun} {names} blocks every reader until the "
            f"migration commits, although the same transaction refills {'it' if one else 'them'}.",
            why=why,
            suggestion="\n".join(deletes),
            note="in place of the TRUNCATE, in the same transaction: readers keep seeing the old "
            "rows until commit and nothing waits; for a big table, delete in batches in a "
            f"migration marked `-- pgmig:no-transaction` instead{restart}",
            stmt=p.stmt,
        )
    loops = []
    for rel, only in p.targets:
        table = ("ONLY " if only else "") + rel.sql
        loops.append(
            batched_loop_sql(
                f"DELETE FROM {table} WHERE ctid = ANY "
                f"(ARRAY(SELECT ctid FROM {table} LIMIT {BATCH}));"
            )
        )
    note = p.where + f": each batch of {BATCH} rows commits on its own"
    if not one:
        note += "; delete from referencing tables first"
    return Issue(
        message=f"TRUNCATE throws away every row of existing {noun} {names}.",
        why=why,
        suggestion="\n".join(loops),
        note=note + restart,
        stmt=p.stmt,
    )
