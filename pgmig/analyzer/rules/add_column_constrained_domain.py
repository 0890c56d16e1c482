"""ADD COLUMN whose type is a domain with CHECK or NOT NULL constraints rewrites the table.

**Trigger.** `ALTER TABLE <existing table> ADD [COLUMN] c <domain>` where the domain (or a domain
it is based on) has a CHECK or NOT NULL constraint, validated or NOT VALID. pgmig knows a domain is
constrained when it was created (or given a constraint) earlier in the same file or, with a
database connection, from the catalog. Offline, a type name it cannot resolve is not reported:
most such names are base types or enums. Arrays of a constrained domain, domains without
constraints (a DEFAULT is not a constraint) and tables created earlier in the file are not
reported. (`ALTER COLUMN ... TYPE <constrained domain>` is `change-column-type`'s.)

**Lock / effect.** ACCESS EXCLUSIVE while the table and all its indexes are rewritten, even
without a DEFAULT: PostgreSQL evaluates the domain's constraints for every existing row by
rewriting the table (verified on PostgreSQL 15: `rewriting table` for a CHECK domain, a NOT NULL
domain, a domain over a constrained domain and a NOT VALID domain constraint; not for an
unconstrained domain or an array of a constrained one).

**Why it hurts.** A full rewrite under the strongest lock; every query on the table waits for it.

**Safe alternative.** Use the domain's base type and put the domain's rule on the column as a
CHECK constraint added `NOT VALID` (instant), validated in a later migration:

```sql
ALTER TABLE orders ADD COLUMN discount_pct numeric(5,2);
ALTER TABLE orders ADD CONSTRAINT orders_discount_pct_check
    CHECK (discount_pct BETWEEN 0 AND 100) NOT VALID;
-- in a later migration:
ALTER TABLE orders VALIDATE CONSTRAINT orders_discount_pct_check;
```

Better still, avoid constrained domains for columns of big, busy tables.

**Versions.** Observed on PostgreSQL 15; assumed for every version.

**Suppress.** `-- pgmig:ignore add-column-constrained-domain <reason>` on the line before the
statement, for example when the table is known to stay small.

**Peers.** squawk `ban-create-domain-with-constraint` bans the root cause at CREATE DOMAIN time;
no peer flags the ADD COLUMN itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    added_columns,
    altered_existing_table,
    constraint_kind,
    nodes_of,
    object_name,
    plain_add_column_sql,
    qualified,
    quote_ident,
    render_expr,
    type_ref,
    written_sql,
)

if TYPE_CHECKING:
    from pgmig.analyzer.context import DomainInfo

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    for index, col in added_columns(node):
        typ = type_ref(col.get("typeName") or {})
        if typ.is_builtin or typ.array or typ.is_serial:
            continue
        domain = ctx.domain(typ.schema, typ.name)
        if domain is None or not domain.has_constraints:
            continue
        name = col.get("colname", "")
        column = quote_ident(name)
        table = rel.sql
        kinds = []
        if domain.checks:
            kinds.append("a CHECK constraint" if domain.checks == 1 else "CHECK constraints")
        if domain.not_null:
            kinds.append("NOT NULL")
        label = qualified(typ.schema, typ.name)
        lines = [
            plain_add_column_sql(
                stmt, index, rel, type_sql=domain.base_type, keep=("CONSTR_DEFAULT",)
            )
        ]
        names: list[str] = []
        conditions = _check_conditions(domain, name)
        if domain.not_null:
            conditions.insert(0, f"{column} IS NOT NULL")
        for n, condition in enumerate(conditions):
            suffix = "check" if n == 0 else f"check{n}"
            cname = quote_ident(object_name(rel.name, name, suffix))
            names.append(cname)
            lines.append(
                f"ALTER TABLE {table} ADD CONSTRAINT {cname} CHECK ({condition}) NOT VALID;"
            )
        if names:
            lines.append("-- in a later migration (after backfilling any rows that violate it):")
            lines.extend(f"--   ALTER TABLE {table} VALIDATE CONSTRAINT {n};" for n in names)
        yield Issue(
            message=(
                f'ADD COLUMN "{name}" of domain type {label}, which has '
                f"{' and '.join(kinds) or 'constraints'}, rewrites existing table {rel}."
            ),
            why=(
                "PostgreSQL checks a constrained domain on every existing row by rewriting the "
                f"table, even without a DEFAULT: ALTER TABLE holds ACCESS EXCLUSIVE on {rel} "
                "while it rewrites the table and rebuilds its indexes; SELECT, INSERT, UPDATE and "
                "DELETE wait until it finishes"
            ),
            suggestion="\n".join(lines),
            note=f"the base type {domain.base_type} with the domain's rule as a NOT VALID CHECK",
            node=col,
        )


def _check_conditions(domain: DomainInfo, column: str) -> list[str]:
    """The domain's CHECK expressions as the user (or pg_get_constraintdef) wrote them, about
    ``column`` instead of ``VALUE``."""
    texts: list[str] = []
    for source in domain.sources:
        if source.kind == "CreateDomainStmt":
            cons = [c.get("Constraint", {}) for c in source.node.get("constraints") or ()]
        else:
            cons = [(source.node.get("def") or {}).get("Constraint", {})]
        for con in cons:
            expr = con.get("raw_expr") if constraint_kind(con) == "CONSTR_CHECK" else None
            if expr:
                texts.append(written_sql(source, expr) or _rendered(source, expr))
    for definition in domain.catalog_checks:
        # pg_get_constraintdef: CHECK (<expr>) [NOT VALID]
        texts.append(definition.removesuffix(" NOT VALID").strip()[len("CHECK (") : -1])
    return [_about(text, column) for text in texts]


def _about(expr: str, column: str) -> str:
    """``expr`` with each ``VALUE`` replaced by the column name."""
    import json

    from pglast import parser

    prefix = "SELECT "
    data = (prefix + expr).encode()
    raw = json.loads(parser.parse_sql_json(data.decode()))
    spots = sorted(
        ref["location"]
        for ref in nodes_of(raw, "ColumnRef")
        if [f.get("String", {}).get("sval") for f in ref.get("fields") or ()] == ["value"]
    )
    out, at = [], 0
    for loc in spots:
        out += [data[at:loc], quote_ident(column).encode()]
        at = loc + len("value")
    out.append(data[at:])
    return b"".join(out).decode()[len(prefix) :]


def _rendered(source: Stmt, expr: dict[str, Any]) -> str:
    """Fallback when the text cannot be cut out: the CHECK rendered from the AST."""
    from pglast import ast

    tree: Any = source.ast()
    cons = tree.constraints if isinstance(tree, ast.CreateDomainStmt) else [tree.def_]
    for con in cons or ():
        if getattr(con, "raw_expr", None) is not None:
            return render_expr(con.raw_expr)
    return "true"
