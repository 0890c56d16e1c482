"""BEGIN/COMMIT/ROLLBACK in a migration pgmig already runs in a transaction, or a BEGIN that is
never committed.

**Trigger.**

* In a migration pgmig runs in its own transaction (no `-- pgmig:no-transaction` header):
  `BEGIN`, `START TRANSACTION`, `COMMIT`, `END`, `ROLLBACK`, `ABORT`, `PREPARE TRANSACTION`.
* In a `-- pgmig:no-transaction` migration: a `BEGIN` inside a block that is already open, a
  `BEGIN` with no `COMMIT`/`ROLLBACK` before the end of the file, a `COMMIT`/`ROLLBACK` with no
  `BEGIN` before it, and `PREPARE TRANSACTION`, `COMMIT/ROLLBACK PREPARED` or `... AND CHAIN`
  (pgmig records progress between transactions and cannot follow those).
* Inside a DO block: `COMMIT`/`ROLLBACK` while the block runs inside a transaction.

`SAVEPOINT`, `RELEASE` and `ROLLBACK TO` are fine.

**Lock / effect.** `pgmig up` refuses such a file before running anything (the runner and
`check` apply the same rules). What PostgreSQL itself would do: `BEGIN` inside a transaction only
warns (`there is already a transaction in
progress`), but `COMMIT` ends pgmig's transaction early: the rest of the file then runs in
autocommit, statement by statement, and a failure leaves the migration half-applied. A `BEGIN`
never committed leaves its statements uncommitted: they are rolled back, silently, when the
session ends. `COMMIT` inside a DO block that runs in a transaction fails (`invalid transaction
termination`).

**Why it hurts.** The all-or-nothing guarantee of a migration is gone exactly when it is needed:
when a statement fails in production.

**Safe alternative.** Delete the transaction statements: pgmig already runs the whole file in one
transaction. To commit in several steps (e.g. before a `CREATE INDEX CONCURRENTLY`), split the
migration, or mark it `-- pgmig:no-transaction` and group statements with explicit blocks:

```sql
-- pgmig:no-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ADD CONSTRAINT orders_note_length CHECK (length(note) < 500) NOT VALID;
COMMIT;
```

**Suppress.** `-- pgmig:ignore nested-transaction-control <reason>`.

**Peers.** squawk `transaction-nesting` (with `--assume-in-transaction`) and
`ban-uncommitted-transaction`; Atlas TX201.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue

SEVERITY = "error"
NODE_TYPES = ("TransactionStmt",)

_WORD = {
    "TRANS_STMT_BEGIN": "BEGIN",
    "TRANS_STMT_START": "START TRANSACTION",
    "TRANS_STMT_COMMIT": "COMMIT",
    "TRANS_STMT_ROLLBACK": "ROLLBACK",
    "TRANS_STMT_PREPARE": "PREPARE TRANSACTION",
    "TRANS_STMT_COMMIT_PREPARED": "COMMIT PREPARED",
    "TRANS_STMT_ROLLBACK_PREPARED": "ROLLBACK PREPARED",
}
_OPENERS = {"TRANS_STMT_BEGIN", "TRANS_STMT_START"}
_ENDERS = {"TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE"}
_UNSUPPORTED = {"TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"}

_WRAPPED_NOTE = (
    "delete it: pgmig already runs the whole file in one transaction. To commit in steps, split "
    "the migration, or mark it `-- pgmig:no-transaction` and group statements in BEGIN ... "
    "COMMIT blocks"
)


def _word(stmt: Stmt) -> str:
    first = stmt.text.strip().split(None, 1)[0].upper() if stmt.text.strip() else ""
    kind = stmt.node.get("kind", "")
    if first in ("END", "ABORT") and kind in ("TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK"):
        return first
    return _WORD.get(kind, first)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    kind = stmt.node.get("kind", "")
    if kind not in _WORD:
        return  # SAVEPOINT, RELEASE, ROLLBACK TO
    word = _word(stmt)

    if stmt.in_do_block:
        if kind in _ENDERS and ctx.transaction in ("runner", "explicit"):
            yield Issue(
                message=f"{word} inside a DO block that runs inside a transaction fails.",
                why="PostgreSQL allows COMMIT/ROLLBACK in a DO block only when the block itself "
                "is not inside a transaction (`invalid transaction termination`)",
                note="commit between statements of a `-- pgmig:no-transaction` migration instead",
            )
        return

    if ctx.runner_wrapped:
        refuses = "; `pgmig up` refuses the file"
        if kind in _OPENERS:
            message = f"{word} in a migration that pgmig already runs in a transaction."
            why = (
                "PostgreSQL ignores it with a warning (`there is already a transaction in "
                "progress`), and the COMMIT that usually follows it ends pgmig's transaction "
                "early" + refuses
            )
        elif kind == "TRANS_STMT_ROLLBACK":
            message = (
                f"{word} in a migration that pgmig runs in a transaction undoes the statements "
                "before it and ends the transaction."
            )
            why = (
                "the statements after it would run in autocommit, one by one: a failure among "
                "them would leave the migration half-applied" + refuses
            )
        else:
            message = (
                f"{word} ends the transaction pgmig runs this migration in, before the "
                "migration is finished."
            )
            why = (
                "the statements after it would run in autocommit, one by one: if one failed, the "
                "ones before it would stay applied and the migration half-applied" + refuses
            )
        yield Issue(message=message, why=why, note=_WRAPPED_NOTE)
        return

    if kind in _UNSUPPORTED or stmt.node.get("chain"):
        chain = " AND CHAIN" if stmt.node.get("chain") else ""
        yield Issue(
            message=f"{word}{chain} is not supported in a pgmig migration.",
            why="pgmig records a no-transaction migration's progress between transactions and "
            "cannot follow two-phase or chained ones; `pgmig up` refuses the file",
            note="use plain BEGIN ... COMMIT blocks",
        )
        return

    if kind in _ENDERS and ctx.transaction is None:
        yield Issue(
            message=f"{word} without a BEGIN before it.",
            why="outside a block each statement already commits on its own, so this only "
            "warns (`there is no transaction in progress`) and usually means a BEGIN is "
            "missing above; `pgmig up` refuses the file",
            note=f"add BEGIN where the block starts, or delete the {word}",
        )
        return

    if kind in _OPENERS and ctx.transaction == "explicit":
        begin = ctx.begin_stmt
        line = begin.position().line if begin is not None else "?"
        yield Issue(
            message=f"{word} inside the transaction block opened at line {line}.",
            why="PostgreSQL does not nest transactions: it ignores this BEGIN with a warning, "
            "and the next COMMIT ends the outer block too; `pgmig up` refuses the file",
            note="delete it, or COMMIT the open block first",
        )


def finish(ctx: Context) -> Iterator[Issue]:
    if ctx.no_transaction and ctx.transaction == "explicit" and ctx.begin_stmt is not None:
        begin = ctx.begin_stmt
        yield Issue(
            message=f"{_word(begin)} at line {begin.position().line} is never committed: the "
            "file ends inside the transaction block.",
            why="nothing commits the statements after it; PostgreSQL would roll them back, "
            "silently, when the session ends; `pgmig up` refuses the file",
            note="add `COMMIT;` after the last statement of the block",
            stmt=begin,
        )
