"""Adding or validating a domain constraint locks and scans every table that uses the domain.

**Trigger.** On a domain that existed before this migration: `ALTER DOMAIN name ADD [CONSTRAINT c]
CHECK (...)` without `NOT VALID`, `ALTER DOMAIN name ADD [CONSTRAINT c] NOT NULL` (PostgreSQL
17+), `ALTER DOMAIN name VALIDATE CONSTRAINT c` and `ALTER DOMAIN name SET NOT NULL` (statements
inside `DO` blocks count, function bodies do not). Domains created earlier in the same file are
exempt. With a database connection, a domain that no table column uses is not reported, and the
message names the tables that are.

**Lock / effect.** SHARE on every table that has a column of the domain, held until the
transaction ends, while each of them is scanned (verified on PostgreSQL 15 for ADD CONSTRAINT,
VALIDATE CONSTRAINT and SET NOT NULL; `ADD ... NOT VALID` took no table lock). Unlike tables, the
NOT VALID + VALIDATE split does not help by itself: VALIDATE on a domain still takes SHARE.

**Why it hurts.** INSERT, UPDATE and DELETE on every table using the domain wait for the scans,
and which tables those are is not visible in the migration.

**Safe alternative.** Add the constraint `NOT VALID`: new and updated values are checked at once,
and no table is locked. Existing rows stay unchecked; validate them in a quiet window, or put the
check on the columns instead (`ALTER TABLE ... ADD CONSTRAINT ... CHECK (...) NOT VALID`, then
`ALTER TABLE ... VALIDATE CONSTRAINT`, which takes SHARE UPDATE EXCLUSIVE only):

```sql
ALTER DOMAIN email_address ADD CONSTRAINT email_address_has_at CHECK (VALUE LIKE '%@%') NOT VALID;
```

For `SET NOT NULL`, the same idea: `ADD CONSTRAINT ... CHECK (VALUE IS NOT NULL) NOT VALID`.

**Versions.** All (`ADD CONSTRAINT ... NOT NULL` on a domain exists from PostgreSQL 17).

**Suppress.** `-- pgmig:ignore alter-domain-add-constraint <reason>` on the line before the
statement.

**Peers.** squawk `ban-alter-domain-with-add-constraint` (and
`ban-create-domain-with-constraint`).
"""

from __future__ import annotations

from collections.abc import Iterator

from pgmig.analyzer.catalog import DomainFact
from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import constraint_kind, qualified, quote_ident, string_list, to_sql

SEVERITY = "error"
NODE_TYPES = ("AlterDomainStmt",)

_NOT_VALID_NOTE = (
    "new and updated values are checked at once and no table is locked; existing rows stay "
    "unchecked until a VALIDATE in a quiet window"
)


def _fact(ctx: Context, schema: str | None, name: str) -> DomainFact | None:
    for s in [schema] if schema else [s for s in ctx.search_path if s != "$user"]:
        fact = ctx.catalog.domain(s, name)
        if fact is not None:
            return fact
    return None


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    subtype = node.get("subtype")
    con = (node.get("def") or {}).get("Constraint", {})
    if subtype == "C":
        kind = constraint_kind(con)
        if kind not in ("CONSTR_CHECK", "CONSTR_NOTNULL") or con.get("skip_validation"):
            return
    elif subtype not in ("V", "O"):  # VALIDATE CONSTRAINT, SET NOT NULL
        return
    names = string_list(node.get("typeName"))
    if not names:
        return
    schema = names[-2] if len(names) > 1 else None
    name = names[-1]
    if schema in ctx.created_schemas:
        return
    info = ctx.domain(schema, name)
    if info is not None and info.created_in_file:
        return
    fact = _fact(ctx, schema, name)
    if fact is not None and fact.used_by is not None and not fact.used_by:
        return  # no table column has this type: nothing to lock or scan
    domain = f'"{schema}.{name}"' if schema else f'"{name}"'
    if fact is not None and fact.used_by:
        tables = sorted({(s, t) for s, t, _ in fact.used_by})
        shown = ", ".join(f'"{t}"' if s == "public" else f'"{s}.{t}"' for s, t in tables)
        where = f"every table with a column of domain {domain} ({shown})"
    else:
        where = f"every table that has a column of domain {domain}"
    until = "the migration commits" if ctx.in_transaction else "it finishes"
    why = (
        f"PostgreSQL takes a SHARE lock on {where} and scans them all; INSERT/UPDATE/DELETE on "
        f"those tables wait until {until}"
    )
    sql_name = qualified(schema, name)
    if subtype == "V":
        yield Issue(
            message=f'ALTER DOMAIN ... VALIDATE CONSTRAINT "{node.get("name", "")}" on existing '
            f"domain {domain} scans every column of that type while blocking writes to their "
            "tables.",
            why=why + "; unlike ALTER TABLE, VALIDATE on a domain does not avoid the write lock",
            note="keep the constraint NOT VALID, since new and updated values are already "
            "checked, and validate in a quiet window; or check the columns instead: ALTER TABLE "
            "... ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT, which takes "
            "SHARE UPDATE EXCLUSIVE only",
        )
        return
    if subtype == "O" or constraint_kind(con) == "CONSTR_NOTNULL":
        what = "SET NOT NULL" if subtype == "O" else "ADD CONSTRAINT ... NOT NULL"
        constraint = con.get("conname") or f"{name}_not_null"
        yield Issue(
            message=f"ALTER DOMAIN ... {what} on existing domain {domain} scans every column of "
            "that type for NULLs while blocking writes to their tables.",
            why=why,
            suggestion=f"ALTER DOMAIN {sql_name} ADD CONSTRAINT {quote_ident(constraint)} "
            "CHECK (VALUE IS NOT NULL) NOT VALID;",
            note=_NOT_VALID_NOTE,
        )
        return
    ast = stmt.fresh_ast()
    ast.def_.skip_validation = True
    ast.def_.initially_valid = False
    yield Issue(
        message=f"ALTER DOMAIN ... ADD CONSTRAINT on existing domain {domain} checks every column "
        "of that type while blocking writes to their tables.",
        why=why,
        suggestion=to_sql(ast),
        note=_NOT_VALID_NOTE,
        node=con or None,
    )
