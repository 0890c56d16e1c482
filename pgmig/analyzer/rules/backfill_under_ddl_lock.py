"""Data change in a transaction that already holds a write-blocking lock on an existing table.

**Trigger.** `UPDATE`, `DELETE`, `INSERT` (with `VALUES` or a query), `MERGE` or `COPY ... FROM`
on an existing table, when an earlier statement of the same transaction took a SHARE-or-stronger
lock on an existing table: `ALTER TABLE` (ADD COLUMN, SET DEFAULT, ADD CONSTRAINT ... NOT VALID,
...), `CREATE INDEX`, `CREATE TRIGGER`, `LOCK TABLE`, and so on. Locks of SHARE UPDATE EXCLUSIVE
strength (`SET STATISTICS`, storage parameters, `VALIDATE CONSTRAINT`, `COMMENT ON`) do not
count, and neither do DDL on tables created in the same file, `TRUNCATE` (a truncate-and-refill
is `truncate-table`'s case) and dropping a relation. A migration runs in one
transaction; in a `-- pgmig:no-transaction` migration each statement commits on its own and only
an explicit `BEGIN ... COMMIT` block (or one DO block) groups statements. Statements inside `DO`
blocks count; function bodies do not.

**Lock / effect.** The lock the DDL took is held until commit, that is for the whole data change
(verified on PostgreSQL 15: the ACCESS EXCLUSIVE lock of `ALTER TABLE ... ALTER COLUMN ... SET
DEFAULT` is still held while the following UPDATE runs).

**Why it hurts.** A catalog change that takes milliseconds turns into a lock held for as long as
the UPDATE takes to rewrite every row: minutes to hours on a big table, while reads (ACCESS
EXCLUSIVE) or writes (SHARE, SHARE ROW EXCLUSIVE) of the locked table wait.

**Safe alternative.** Commit the DDL first, then change the data in batches, each batch its own
transaction, in a later migration marked `-- pgmig:no-transaction` (or from a job). pgmig renders
the batch loop from your UPDATE or DELETE when it can prove that the loop ends (for example a new
column that is still NULL):

```sql
-- migration 1
ALTER TABLE orders ADD COLUMN status_code smallint;
-- migration 2, marked -- pgmig:no-transaction
DO $$
BEGIN
    LOOP
        UPDATE orders SET status_code = 0
         WHERE ctid = ANY (ARRAY(SELECT ctid FROM orders WHERE status_code IS NULL LIMIT 10000))
           AND status_code IS NULL;
        EXIT WHEN NOT FOUND;
        COMMIT;
    END LOOP;
END
$$;
```

A small data change that does not depend on the DDL (a few `INSERT ... VALUES` rows) can also
simply move before the DDL in the same migration.

**Versions.** All.

**Suppress.** `-- pgmig:ignore backfill-under-ddl-lock <reason>` on the line before the data
change (for example a lookup table of a few rows).

**Peers.** eugene E4 (statements after an ACCESS EXCLUSIVE lock); strong_migrations documents
backfilling in batches outside the DDL transaction; django-migration-linter
`CREATE_INDEX_EXCLUSIVE` is related.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pgmig.analyzer import builtin_functions as bf
from pgmig.analyzer.context import Context, HeldLock, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    batched_loop_sql,
    column_default,
    func_calls,
    nodes_of,
    quote_ident,
    render_expr,
    string_list,
    type_ref,
    volatility,
)

SEVERITY = "error"
NODE_TYPES = ("UpdateStmt", "DeleteStmt", "InsertStmt", "MergeStmt", "CopyStmt")

RULE = "backfill-under-ddl-lock"

BATCH = 10000

_VERB = {
    "UpdateStmt": ("UPDATE", "of"),
    "DeleteStmt": ("DELETE", "from"),
    "InsertStmt": ("INSERT", "into"),
    "MergeStmt": ("MERGE", "into"),
    "CopyStmt": ("COPY ... FROM", "into"),
}
_HELD = {
    "runner": "until the migration commits",
    "explicit": "until the COMMIT of the BEGIN block",
    "do": "until the DO block ends",
}
# types without an equality operator: IS DISTINCT FROM cannot compare them
_NO_EQUALITY = frozenset({"json", "xml", "point", "line", "lseg", "box", "path", "polygon"})


_DROPPED = frozenset(
    {"OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE", "OBJECT_FOREIGN_TABLE"}
)


def _counts(held: HeldLock) -> bool:
    """Locks that make a data change hurt. Not counted: the lock TRUNCATE takes (the reload that
    follows is truncate-table's case, whose advice is a transactional DELETE instead: committing
    the TRUNCATE first would leave readers an empty table) and the lock on a relation the
    transaction drops (nobody can use it after the commit anyway)."""
    kind = held.stmt.kind
    if kind == "TruncateStmt":
        return False
    return not (kind == "DropStmt" and held.stmt.node.get("removeType") in _DROPPED)


_SHOWN = 3  # held locks named in a message


def _first_locks(ctx: Context) -> tuple[list[HeldLock], bool]:
    """The first write-blocking locks that count (in the order they were taken), and whether
    there are more. One transaction of a long file can hold thousands of locks: this stops after
    the few a message names, and is memoized on ``ctx.lock_version`` (the locks held only change
    when a statement takes a new one), so the rule stays linear in the file's length."""
    memo = ctx.rule_data.get(RULE)
    if memo is not None and memo[0] == ctx.lock_version:
        return memo[1], memo[2]
    found: list[HeldLock] = []
    more = False
    for held in ctx.write_blocking_locks():
        if _counts(held):
            if len(found) == _SHOWN:
                more = True
                break
            found.append(held)
    ctx.rule_data[RULE] = (ctx.lock_version, found, more)
    return found, more


def _lock_list(held: list[HeldLock], more: bool) -> str:
    parts = [f"{h.mode.label} on {h.rel} ({h.what}, line {h.stmt.position().line})" for h in held]
    if more:
        parts.append("locks on more tables")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _effects(held: list[HeldLock], more: bool) -> str:
    readers = [str(h.rel) for h in held if h.mode.blocks_reads]
    writers = [str(h.rel) for h in held if not h.mode.blocks_reads]
    out = []
    if readers:
        out.append(f"SELECT, INSERT, UPDATE and DELETE on {_and(readers)} wait")
    if writers:
        out.append(f"INSERT/UPDATE/DELETE on {_and(writers)} wait")
    return " and ".join(out) + (" (and on the other locked tables)" if more else "")


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if stmt.kind == "CopyStmt" and not node.get("is_from"):
        return
    if not node.get("relation"):
        return
    target = ctx.relation(node["relation"])
    if ctx.is_new(target):
        return
    held, more = _first_locks(ctx)
    if not held:
        return
    verb, preposition = _VERB[stmt.kind]
    until = _HELD.get(ctx.transaction or "", "until the transaction ends")
    locks = "that lock is" if len(held) == 1 and not more else "those locks are"
    why = (
        f"{locks} held {until}, so for as long as the {verb} takes, {_effects(held, more)}; a "
        "catalog change of milliseconds becomes a lock held for the whole data change"
    )
    message = (
        f"{verb} {preposition} existing table {target} runs while this transaction holds "
        f"{_lock_list(held, more)}."
    )
    batched = _batched(stmt, ctx, target)
    if batched is not None:
        yield Issue(
            message=message,
            why=why,
            suggestion=batched_loop_sql(batched),
            note="in a later migration marked `-- pgmig:no-transaction`, after the statements "
            f"that take the locks have committed: each batch of {BATCH} rows commits on its own",
        )
        return
    yield Issue(
        message=message,
        why=why,
        note=f"commit the DDL first: move the {verb} to a later migration (marked "
        "`-- pgmig:no-transaction` and batched if it touches many rows), or before the DDL if "
        "it does not depend on it",
    )


# ---- rendering the batch ---------------------------------------------------------------------


def _batched(stmt: Stmt, ctx: Context, target: Rel) -> str | None:
    """One batch of the statement as SQL (for :func:`batched_loop_sql`), or ``None`` when the
    statement has no batched form whose loop provably ends."""
    node = stmt.node
    if stmt.kind not in ("UpdateStmt", "DeleteStmt"):
        return None
    if node.get("withClause") or node.get("returningClause") or node.get("returningList"):
        return None
    if node.get("fromClause") or node.get("usingClause"):
        return None
    where = node.get("whereClause")
    if where is not None and "CurrentOfExpr" in where:
        return None
    ast = stmt.fresh_ast()
    relation = render_expr(ast.relation)
    condition = [f"({render_expr(ast.whereClause)})"] if ast.whereClause is not None else []
    if stmt.kind == "DeleteStmt":
        pred = " AND ".join(condition)
        inner = f" WHERE {pred}" if pred else ""
        outer = f"\n   AND {pred}" if pred else ""
        return (
            f"DELETE FROM {relation}\n WHERE ctid = ANY (ARRAY(SELECT ctid FROM {relation}"
            f"{inner} LIMIT {BATCH})){outer};"
        )
    targets = [t.get("ResTarget", {}) for t in node.get("targetList") or []]
    rendered = [_operand(t.val) for t in ast.targetList]
    done = _not_done(ctx, target, list(zip(targets, rendered, strict=True)))
    if done is None:
        return None
    pred = " AND ".join([*condition, done])
    sets = ", ".join(
        f"{quote_ident(t.get('name', ''))} = {expr}"
        for t, expr in zip(targets, rendered, strict=True)
    )
    return (
        f"UPDATE {relation} SET {sets}\n WHERE ctid = ANY (ARRAY(SELECT ctid FROM {relation} "
        f"WHERE {pred} LIMIT {BATCH}))\n   AND {pred};"
    )


def _operand(expr: Any) -> str:
    """An expression as SQL, in parentheses unless it is a single term (``SET paid = (status =
    'paid')`` reads better than ``SET paid = status = 'paid'``, and ``IS NOT NULL`` binds it)."""
    sql = render_expr(expr)
    simple = type(expr).__name__ in ("A_Const", "ColumnRef", "FuncCall", "TypeCast", "ParamRef")
    return sql if simple else f"({sql})"


def _not_done(ctx: Context, target: Rel, targets: list[tuple[dict[str, Any], str]]) -> str | None:
    """A predicate true for the rows the UPDATE has not changed yet and false once a row got
    its new values, so the loop ends; ``None`` when that cannot be guaranteed (self-referencing
    or volatile expressions, values the column type may round, unknown types)."""
    names = {t.get("name", "") for t, _ in targets}
    added = ctx.added_columns.get(target.key, {})
    preds: list[str] = []
    for t, expr in targets:
        name, val = t.get("name", ""), t.get("val") or {}
        if not name or t.get("indirection") or "MultiAssignRef" in val:
            return None
        if any("SubLink" in n for n in _children(val)) or _references(val, names):
            return None  # e.g. SET n = n + 1 would never be "done"
        col = quote_ident(name)
        coldef = added.get(name)
        if coldef is not None and column_default(coldef) is None:
            # a column added in this file without a default is NULL until backfilled
            if volatility(val) == "v" and not _builtin_only(val):
                return None
            preds.append(
                f"{col} IS NULL" if _never_null(val) else f"{col} IS NULL AND {expr} IS NOT NULL"
            )
            continue
        if volatility(val) == "v":
            return None
        typ = _column_type(ctx, target, name, coldef)
        if typ is not None:
            if typ.split("(")[0].split(".")[-1].strip('"') in _NO_EQUALITY:
                return None
            cast = expr if expr.startswith("(") else f"({expr})"
            preds.append(f"{col} IS DISTINCT FROM {cast}::{typ}")
        elif _untyped_literal(val):
            preds.append(f"{col} IS DISTINCT FROM {expr}")
        else:
            return None
    if not preds:
        return None
    return preds[0] if len(preds) == 1 else "(" + " OR ".join(f"({p})" for p in preds) + ")"


def _children(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            yield n
            stack.extend(n.values())
        elif isinstance(n, list):
            stack.extend(n)


def _references(expr: dict[str, Any], columns: set[str]) -> bool:
    for ref in nodes_of(expr, "ColumnRef"):
        fields = string_list(ref.get("fields"))
        if fields and fields[-1] in columns:
            return True
    return False


def _builtin_only(expr: dict[str, Any]) -> bool:
    """Every function called is a built-in (which return NULL only for NULL input)."""
    known = bf.VOLATILE | bf.STABLE | bf.IMMUTABLE
    return all(
        schema in (None, "pg_catalog") and name in known for schema, name, _ in func_calls(expr)
    )


# built-ins that never return NULL for arguments that are not NULL
_NEVER_NULL_FUNCTIONS = frozenset(
    {
        "gen_random_uuid",
        "uuid_generate_v1",
        "uuid_generate_v1mc",
        "uuid_generate_v4",
        "random",
        "clock_timestamp",
        "now",
        "statement_timestamp",
        "transaction_timestamp",
        "timeofday",
        "nextval",
        "md5",
    }
)


def _never_null(expr: dict[str, Any]) -> bool:
    """A non-NULL constant, or a never-NULL built-in over such arguments (a cast keeps it)."""
    if "TypeCast" in expr:
        return _never_null(expr["TypeCast"].get("arg") or {})
    if "FuncCall" in expr:
        call = expr["FuncCall"]
        parts = string_list(call.get("funcname"))
        return (
            (len(parts) == 1 or parts[:-1] == ["pg_catalog"])
            and parts[-1] in _NEVER_NULL_FUNCTIONS
            and all(_never_null(a) for a in call.get("args") or ())
        )
    if "SQLValueFunction" in expr:
        return True  # CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_USER...
    c = expr.get("A_Const")
    return c is not None and not c.get("isnull")


def _untyped_literal(expr: dict[str, Any]) -> bool:
    """A string or boolean literal: PostgreSQL types it as the column, so comparing the column
    with it after the assignment is exact."""
    c = expr.get("A_Const")
    return c is not None and ("sval" in c or "boolval" in c)


def _column_type(ctx: Context, target: Rel, name: str, coldef: dict[str, Any] | None) -> str | None:
    if coldef is not None and coldef.get("typeName"):
        ref = type_ref(coldef["typeName"])
        return None if ref.is_serial else ref.sql
    fact = ctx.catalog.column(target.schema, target.name, name)
    return fact.type if fact is not None else None
