"""ADD COLUMN ... GENERATED ALWAYS AS (...) STORED computes every row's value: a table rewrite.

**Trigger.** `ALTER TABLE <existing table> ADD [COLUMN] c type GENERATED ALWAYS AS (<expr>)
STORED`. On a PostgreSQL 18+ target a generated column without `STORED` is `VIRTUAL` (computed
when read) and is not reported. Tables created earlier in the same file are exempt.

**Lock / effect.** ACCESS EXCLUSIVE on the table while every row is rewritten with the computed
value and every index is rebuilt (verified on PostgreSQL 15): SELECT, INSERT, UPDATE and DELETE
wait.

**Why it hurts.** A full rewrite under the strongest lock: minutes to hours on a big table, about
twice its disk space while it runs, and a WAL burst for the replicas.

**Safe alternative.** A plain nullable column kept up to date by a trigger, with the existing rows
backfilled in batches (on PostgreSQL 18+, a VIRTUAL generated column is metadata only, if the
value does not need to be stored):

```sql
ALTER TABLE products ADD COLUMN price_with_tax numeric;
CREATE FUNCTION products_price_with_tax_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.price_with_tax := NEW.price * 1.25;
    RETURN NEW;
END
$$;
CREATE TRIGGER products_price_with_tax_fill BEFORE INSERT OR UPDATE ON products
    FOR EACH ROW EXECUTE FUNCTION products_price_with_tax_fill();
-- then backfill in batches, each batch in its own transaction:
UPDATE products SET price_with_tax = price * 1.25
 WHERE ctid = ANY (ARRAY(SELECT ctid FROM products WHERE price_with_tax IS NULL LIMIT 10000));
```

**Versions.** Stored generated columns exist since PostgreSQL 12. PostgreSQL 18 adds VIRTUAL
generated columns, the default when neither keyword is written. (PostgreSQL 17's `ALTER COLUMN
... SET EXPRESSION` on a stored column rewrites too: `rewrite-whole-table`.)

**Suppress.** `-- pgmig:ignore add-column-generated-stored <reason>` on the line before the
statement, for example when the table is known to stay small.

**Peers.** squawk `adding-field-with-default` (generated branch); strong_migrations "adding a
stored generated column"; eugene E11; Atlas PG309.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    altered_existing_table,
    column_constraints,
    constraint_kind,
    map_column_refs,
    nodes_of,
    object_name,
    plain_add_column_sql,
    qualified,
    quote_ident,
    render_expr,
    shorten,
    written_span,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    for index, col in added_columns(node):
        stored = any(
            constraint_kind(c) == "CONSTR_GENERATED" and c.get("generated_kind") == "s"
            for c in column_constraints(col)
        )
        if not stored:
            continue
        name = col.get("colname", "")
        column = quote_ident(name)
        expr, expr_new = _expressions(stmt, index, col)
        fill = object_name(rel.name, name, "fill")
        function = qualified(rel.written_schema, fill)
        quote = "$$" if "$$" not in expr_new else "$fill$"
        lines = [
            plain_add_column_sql(stmt, index, rel),
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS {quote}",
            "BEGIN",
            f"    NEW.{column} := {expr_new};",
            "    RETURN NEW;",
            "END",
            f"{quote};",
            f"CREATE TRIGGER {quote_ident(fill)} BEFORE INSERT OR UPDATE ON {rel.sql}",
            f"    FOR EACH ROW EXECUTE FUNCTION {function}();",
            "-- then backfill the existing rows in batches, each batch in its own transaction:",
            f"--   UPDATE {rel.sql} SET {column} = {expr}",
            f"--    WHERE ctid = ANY (ARRAY(SELECT ctid FROM {rel.sql}"
            f" WHERE {column} IS NULL LIMIT 10000));",
        ]
        if ctx.pg_version >= 18:
            lines.append(
                f"-- or, if the value need not be stored: ADD COLUMN {column} ... GENERATED "
                f"ALWAYS AS ({shorten(expr)}) VIRTUAL (metadata only)"
            )
        yield Issue(
            message=(
                f'ADD COLUMN "{name}" GENERATED ALWAYS AS ({shorten(expr)}) STORED rewrites '
                f"existing table {rel}."
            ),
            why=(
                "the expression is computed and stored for every existing row: ALTER TABLE holds "
                f"ACCESS EXCLUSIVE on {rel} while it rewrites the table and rebuilds its indexes; "
                "SELECT, INSERT, UPDATE and DELETE wait until it finishes"
            ),
            suggestion="\n".join(lines),
            note="the trigger keeps new and updated rows filled; the backfill does the old ones",
            node=col,
        )


def _expressions(stmt: Stmt, index: int, col: dict[str, Any]) -> tuple[str, str]:
    """The generation expression as written, and the same with every column reference prefixed
    by ``NEW.`` (for the trigger function)."""
    expr = next(
        c["raw_expr"]
        for c in column_constraints(col)
        if constraint_kind(c) == "CONSTR_GENERATED" and c.get("raw_expr")
    )
    span = written_span(stmt, expr)
    if span is not None:
        start, end, node = span
        data = stmt.text.encode()
        refs = sorted(
            ref["location"]
            for ref in nodes_of(node, "ColumnRef")
            if len(ref.get("fields") or ()) == 1 and start <= ref.get("location", -1) < end
        )
        out, at = [], start
        for loc in refs:
            out += [data[at:loc], b"NEW."]
            at = loc
        out.append(data[at:end])
        return data[start:end].decode(), b"".join(out).decode()
    return _rendered(stmt, index)


def _rendered(stmt: Stmt, index: int) -> tuple[str, str]:
    """Fallback: the expression rendered from the AST (casts as ``CAST(... AS ...)``)."""
    col: Any = stmt.fresh_ast().cmds[index].def_
    expr = next(c.raw_expr for c in col.constraints if c.raw_expr is not None)
    plain = render_expr(expr)
    map_column_refs(expr, lambda parts: ["new", *parts] if len(parts) == 1 else None)
    return plain, render_expr(expr)
