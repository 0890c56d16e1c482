"""ADD FOREIGN KEY without NOT VALID blocks writes to both tables while every row is checked.

**Trigger.** `ALTER TABLE <existing table> ADD [CONSTRAINT n] FOREIGN KEY (...) REFERENCES ...`
without `NOT VALID`, and `ADD COLUMN ... REFERENCES ...` when the new column gets values: a
DEFAULT (even `DEFAULT NULL`, which makes PostgreSQL run the validation; verified on PostgreSQL
15), or an identity, serial or generated column. Not triggered by `ADD COLUMN ... REFERENCES`
without a DEFAULT (the column is all NULL and PostgreSQL skips the check), by `NOT VALID`, by
PostgreSQL 18's `NOT ENFORCED`, or when the referencing table was created earlier in the same
file (a new referenced table does not help: the existing referencing rows are still checked).

**Lock / effect.** SHARE ROW EXCLUSIVE on the referencing and the referenced table (ACCESS
EXCLUSIVE on the referencing one when the same ALTER TABLE adds a column) for the whole validation
query: INSERT, UPDATE and DELETE on both tables wait.

**Why it hurts.** The validation reads the whole referencing table; writes to both tables stop
meanwhile, and the referenced table is usually the busiest one.

**Safe alternative.** Add the foreign key `NOT VALID` (a brief lock, no scan; new rows are checked
from then on) and validate it in a later migration, which takes only SHARE UPDATE EXCLUSIVE on the
referencing table and ROW SHARE on the referenced one:

```sql
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
-- in a later migration:
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
```

Also index the referencing columns (`CREATE INDEX CONCURRENTLY`), or every DELETE on the
referenced table scans the referencing one.

**Versions.** NOT VALID for foreign keys since PostgreSQL 9.1; SHARE ROW EXCLUSIVE instead of
ACCESS EXCLUSIVE since 9.5. Before PostgreSQL 18 a NOT VALID foreign key cannot be added to a
partitioned table: add it NOT VALID to each partition and validate those, then add it to the
parent, which then attaches them without a scan (verified on PostgreSQL 15; the parent's ADD still
takes a brief ACCESS EXCLUSIVE lock on the referenced table). With a database connection pgmig
renders this for the real partitions.

**Suppress.** `-- pgmig:ignore add-foreign-key <reason>` on the line before the statement, for
example when both tables are known to stay small.

**Peers.** squawk `adding-foreign-key-constraint`; strong_migrations "adding a foreign key";
eugene E1; Atlas PG306.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    LockMode,
    add_constraint_sql,
    added_columns,
    alter_cmd_lock,
    alter_cmds,
    alter_without_sql,
    altered_existing_table,
    column_constraints,
    column_default,
    constraint_ast,
    constraint_kind,
    constraint_name,
    plain_add_column_sql,
    qualified,
    quote_ident,
    string_list,
    type_ref,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)

_FILLED = frozenset({"CONSTR_DEFAULT", "CONSTR_IDENTITY", "CONSTR_GENERATED"})


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    child_lock = max(
        (alter_cmd_lock(s, c, ctx.pg_version) for s, c in alter_cmds(node)),
        default=LockMode.SHARE_ROW_EXCLUSIVE,
    )
    flagged = [
        (index, cmd["def"]["Constraint"])
        for index, (subtype, cmd) in enumerate(alter_cmds(node))
        if subtype == "AT_AddConstraint"
        and constraint_kind((cmd.get("def") or {}).get("Constraint", {})) == "CONSTR_FOREIGN"
        and not cmd["def"]["Constraint"].get("skip_validation")
    ]
    rest = alter_without_sql(stmt, [i for i, _ in flagged]) if flagged else None
    for index, con in flagged:
        name = con.get("conname") or constraint_name(rel.name, con)
        tree = constraint_ast(stmt, index)
        suggestion = _partitioned(ctx, rel, tree, name)
        note = None
        if suggestion is None:
            adds = [add_constraint_sql(rel, tree, name=name, not_valid=True)]
            suggestion = _two_steps(rel, [rest, *adds] if rest else adds, name)
        else:
            note = (
                f"in a migration marked `-- pgmig:no-transaction`: before PostgreSQL 18 the "
                f"partitioned table {rel} refuses NOT VALID foreign keys, its partitions do not"
            )
            if rest is not None:
                suggestion = rest + "\n" + suggestion
        yield _issue(ctx, rel, con, name, child_lock, suggestion, column=None, note=note)
    for index, col in added_columns(node):
        constraints = column_constraints(col)
        kinds = {constraint_kind(c) for c in constraints}
        filled = bool(kinds & _FILLED) or type_ref(col.get("typeName") or {}).is_serial
        if not filled:
            continue
        column = col.get("colname", "")
        for position, con in enumerate(constraints):
            if constraint_kind(con) != "CONSTR_FOREIGN" or con.get("skip_validation"):
                continue
            name = con.get("conname") or constraint_name(rel.name, con, column=column)
            only_null_default = (
                "CONSTR_DEFAULT" in kinds
                and column_default(col) is None
                and not kinds & {"CONSTR_IDENTITY", "CONSTR_GENERATED"}
                and not type_ref(col.get("typeName") or {}).is_serial
            )
            if only_null_default:
                # without the explicit DEFAULT NULL PostgreSQL skips the validation entirely
                suggestion = plain_add_column_sql(stmt, index, rel, drop=("CONSTR_DEFAULT",))
                note = "the same column without `DEFAULT NULL`: PostgreSQL then skips the check"
                reason = "an explicit DEFAULT, even DEFAULT NULL, makes PostgreSQL validate: "
            else:
                reason = (
                    "existing rows get the column's default, so "
                    if "CONSTR_DEFAULT" in kinds
                    else "every existing row gets a value, so "
                )
                tree = constraint_ast(stmt, index, position)
                suggestion = _two_steps(
                    rel,
                    [
                        plain_add_column_sql(stmt, index, rel, drop=("CONSTR_FOREIGN",)),
                        add_constraint_sql(rel, tree, name=name, not_valid=True, column=column),
                    ],
                    name,
                )
                note = None
            yield _issue(
                ctx, rel, con, name, LockMode.ACCESS_EXCLUSIVE, suggestion, column, note, reason
            )


def _issue(
    ctx: Context,
    rel: Rel,
    con: dict[str, Any],
    name: str,
    child_lock: LockMode,
    suggestion: str,
    column: str | None,
    note: str | None = None,
    reason: str | None = None,
) -> Issue:
    parent = ctx.relation(con.get("pktable") or {})
    same = parent.key == rel.key
    columns = string_list(con.get("fk_attrs")) or ([column] if column else [])
    ref_cols = string_list(con.get("pk_attrs"))
    target = parent.sql + (f" ({', '.join(quote_ident(c) for c in ref_cols)})" if ref_cols else "")
    both = f"{rel}" if same else f"{rel} and {parent}"
    if column is not None:
        what = f'ADD COLUMN "{column}" ... REFERENCES {target}'
        why_rows = reason or ""
    else:
        label = f'ADD CONSTRAINT "{name}" ' if con.get("conname") else "ADD "
        what = (
            f"{label}FOREIGN KEY ({', '.join(quote_ident(c) for c in columns)}) REFERENCES {target}"
        )
        why_rows = ""
    if same or child_lock == LockMode.SHARE_ROW_EXCLUSIVE:
        locks = f"{child_lock.label} on {both}"
    else:
        locks = f"{child_lock.label} on {rel} and SHARE ROW EXCLUSIVE on {parent}"
    if child_lock.blocks_reads:
        waiting = f"SELECT, INSERT, UPDATE and DELETE on {rel}" + (
            "" if same else f", INSERT, UPDATE and DELETE on {parent}"
        )
    else:
        waiting = f"INSERT, UPDATE and DELETE on {both}"
    return Issue(
        message=(
            f"{what} validates every existing row of {rel} while writes to {both} are blocked."
        ),
        why=(
            f"{why_rows}ALTER TABLE holds {locks} while it checks every row of {rel} against "
            f"{parent}; {waiting} wait for the whole scan"
        ),
        suggestion=suggestion,
        note=note or "NOT VALID now, without a scan; VALIDATE in a later migration",
        node=con,
    )


def _two_steps(rel: Rel, adds: list[str], name: str) -> str:
    return "\n".join(
        [
            *adds,
            "-- in a later migration (SHARE UPDATE EXCLUSIVE: reads and writes continue):",
            f"ALTER TABLE {rel.sql} VALIDATE CONSTRAINT {quote_ident(name)};",
        ]
    )


def _partitioned(ctx: Context, rel: Rel, tree: Any, name: str) -> str | None:
    """Before PostgreSQL 18, NOT VALID foreign keys are refused on a partitioned table: add and
    validate them per partition, then add the key to the parent (it attaches them, no scan)."""
    fact = ctx.catalog.relation(rel.schema, rel.name)
    if fact is None or not fact.is_partitioned or ctx.pg_version >= 18:
        return None
    lines: list[str] = []
    validates: list[str] = []
    for schema, part in fact.partitions:
        child = Rel(schema, part, schema if rel.written_schema or schema != "public" else None)
        part_name = constraint_name(
            part, {"contype": "CONSTR_FOREIGN", "fk_attrs": _fk_attrs(tree)}
        )
        lines.append(add_constraint_sql(child, tree, name=part_name, not_valid=True))
        validates.append(
            f"ALTER TABLE {qualified(child.written_schema, part)} VALIDATE CONSTRAINT "
            f"{quote_ident(part_name)};"
        )
    if not lines:
        return None
    return "\n".join(
        [
            "-- for each partition: NOT VALID, then VALIDATE in a later transaction",
            *lines,
            *validates,
            "-- then the parent: it attaches the validated keys of the partitions without a scan",
            add_constraint_sql(rel, tree, name=name),
        ]
    )


def _fk_attrs(tree: Any) -> list[dict[str, Any]]:
    return [{"String": {"sval": a.sval}} for a in tree.fk_attrs or ()]
