"""ADD COLUMN with a volatile DEFAULT (any non-NULL DEFAULT before PostgreSQL 11) rewrites the table.

**Trigger.** `ALTER TABLE <existing table> ADD [COLUMN] c type DEFAULT <expr>` where `<expr>` is
*volatile*: somewhere inside it (casts, operators and nested calls included) it calls a function
whose `pg_proc.provolatile` is `v`, such as `random()`, `clock_timestamp()`, `timeofday()`,
`gen_random_uuid()`, `uuid_generate_v4()` (uuid-ossp), `gen_random_bytes()` (pgcrypto) or
`nextval()`. A function pgmig cannot classify counts as volatile, because that is PostgreSQL's
default for `CREATE FUNCTION`: a function created earlier in the same file is judged by its
`IMMUTABLE`/`STABLE`/`VOLATILE` clause, and with a database connection (`--database-url`) other
functions are looked up in `pg_proc`. On a target before PostgreSQL 11 every non-NULL default
triggers, constant or not.

Not triggered by constants, `now()`, `CURRENT_TIMESTAMP`, `current_date`,
`statement_timestamp()`, `now() + interval '1 day'`, `'{}'::jsonb`, `ARRAY[]::text[]` or
`DEFAULT NULL` (stable or immutable: evaluated once and stored in the catalog), by tables created
earlier in the same file, nor by `ALTER COLUMN ... SET DEFAULT <volatile>`, which only affects
future rows (also when it follows the `ADD COLUMN` in the same `ALTER TABLE`). Serial and identity
columns are `add-column-auto-increment`'s.

**Lock / effect.** ACCESS EXCLUSIVE on the table while every row is rewritten with its own value
and every index is rebuilt: SELECT, INSERT, UPDATE and DELETE wait for the whole rewrite.

**Why it hurts.** On a large table the rewrite takes minutes to hours, needs about twice the
table's disk space while it runs, and the WAL burst delays the replicas. Every query on the table
queues behind it.

**Safe alternative.** Add the column without a default (metadata only), set the default for new
rows in a second statement, and backfill the existing rows in batches, each in its own
transaction:

```sql
ALTER TABLE orders ADD COLUMN public_id uuid;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
-- later, in batches (a job, or a migration marked -- pgmig:no-transaction):
UPDATE orders SET public_id = gen_random_uuid()
 WHERE ctid = ANY (ARRAY(SELECT ctid FROM orders WHERE public_id IS NULL LIMIT 10000));
-- then enforce NOT NULL without a long lock: pgmig explain set-not-null
```

**Versions.** PostgreSQL 11+ stores a non-volatile default in `pg_attribute.attmissingval`
without touching the rows; a volatile default rewrites on every version. Before 11 every non-NULL
default rewrites (verified: a constant default is metadata only on 11+, `random()`,
`clock_timestamp()`, `gen_random_uuid()`, `nextval()` rewrite on 15).

**Suppress.** `-- pgmig:ignore add-column-default-rewrite <reason>` on the line before the
statement, for example when the table is known to stay small.

**Peers.** squawk `adding-field-with-default`; strong_migrations "adding a column with a volatile
default value"; Atlas PG302.
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    altered_existing_table,
    column_constraints,
    column_default,
    column_default_sql,
    constraint_kind,
    func_calls,
    plain_add_column_sql,
    quote_ident,
    shorten,
    type_ref,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)

_FILLED_BY_POSTGRES = frozenset({"CONSTR_IDENTITY", "CONSTR_GENERATED"})
_LATER = {
    "CONSTR_NOTNULL": "NOT NULL (pgmig explain set-not-null)",
    "CONSTR_CHECK": "the CHECK (pgmig explain add-check-constraint)",
    "CONSTR_UNIQUE": "UNIQUE (pgmig explain add-unique-constraint)",
    "CONSTR_PRIMARY": "the PRIMARY KEY (pgmig explain add-primary-key)",
}


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    for index, col in added_columns(node):
        kinds = {constraint_kind(c) for c in column_constraints(col)}
        if kinds & _FILLED_BY_POSTGRES or type_ref(col.get("typeName") or {}).is_serial:
            continue
        default = column_default(col)
        if default is None:
            continue
        unknown: str | None = None
        if ctx.pg_version < 11:
            reason = (
                f"before PostgreSQL 11 (the target is {ctx.pg_version}) every non-NULL default "
                "is written into every existing row"
            )
        else:
            volatile = _volatile_call(default, ctx)
            if volatile is None:
                continue
            label, known = volatile
            if known:
                reason = f"{label} is VOLATILE, so every existing row gets its own value"
            else:
                unknown = label
                reason = (
                    f"{label} is not a built-in function and its volatility is unknown without a "
                    "database connection; CREATE FUNCTION defaults to VOLATILE, and a volatile "
                    "default gives every existing row its own value"
                )
        name = col.get("colname", "")
        column = quote_ident(name)
        expr = column_default_sql(stmt, index)
        later = [_LATER[k] for k in _LATER if k in kinds]
        lines = [
            plain_add_column_sql(stmt, index, rel),
            f"ALTER TABLE {rel.sql} ALTER COLUMN {column} SET DEFAULT {expr};",
            "-- then backfill the existing rows in batches, each batch in its own transaction:",
            f"--   UPDATE {rel.sql} SET {column} = {expr}",
            f"--    WHERE ctid = ANY (ARRAY(SELECT ctid FROM {rel.sql}"
            f" WHERE {column} IS NULL LIMIT 10000));",
        ]
        if later:
            lines.append("-- then add " + ", ".join(later))
        if unknown is not None:
            lines.append(
                f"-- (if {unknown} is STABLE or IMMUTABLE nothing is rewritten: run pgmig check "
                "with --database-url so it reads pg_proc, or create it with that volatility in "
                "this migration)"
            )
        yield Issue(
            message=(
                f'ADD COLUMN "{name}" with DEFAULT {shorten(expr)} rewrites existing table {rel}.'
            ),
            why=(
                f"{reason}: ALTER TABLE holds ACCESS EXCLUSIVE on {rel} while it rewrites the "
                "table and rebuilds its indexes; SELECT, INSERT, UPDATE and DELETE wait until it "
                "finishes"
            ),
            suggestion="\n".join(lines),
            node=col,
        )


def _volatile_call(expr: dict[str, object], ctx: Context) -> tuple[str, bool] | None:
    """The first call that makes ``expr`` volatile, as ``(label, volatility known)``."""
    unknown: str | None = None
    for schema, name, _ in func_calls(expr):
        label = f"{schema}.{name}()" if schema else f"{name}()"
        volatility = ctx.function_volatility(schema, name)
        if volatility == "v":
            return label, True
        if volatility is None and unknown is None:
            unknown = label
    return (unknown, False) if unknown is not None else None
