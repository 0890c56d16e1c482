"""Changing a column's type rewrites the table and rebuilds its indexes while blocking reads and writes.

**Trigger.** `ALTER TABLE <existing table> ALTER [COLUMN] c [SET DATA] TYPE t [COLLATE ...]
[USING ...]`, inside DO blocks too, unless pgmig knows the change is metadata-only. That needs
the column's current type: from the live schema (with a database connection) or from an
`ADD COLUMN` earlier in the same file; without it the change is reported (conservative).
Metadata-only changes (verified on PostgreSQL 15):

* `varchar(n)` -> `varchar(m)` with m >= n, `varchar(n)` -> `varchar` or `text`, `text` ->
  `varchar` (no limit);
* `numeric(p,s)` -> `numeric(q,s)` with q >= p, `numeric(p,s)` -> `numeric`;
* a larger or no precision for `timestamp`, `timestamptz`, `time`, `timetz` and `interval`;
  `varbit(n)` -> `varbit(m >= n)` or `varbit`; `cidr` -> `inet`; the same type restated;
* to or from a domain without constraints over the same base type;
* `timestamp` <-> `timestamptz` (without a precision on the new type) on PostgreSQL 12+ when the
  migration sets the session time zone to UTC first (`SET LOCAL TimeZone = 'UTC'`).

Even those are reported when PostgreSQL still does heavy work under the lock: a CHECK constraint
on the column (every row is re-checked), an index that uses the column in an expression or
WHERE clause (rebuilt on any type change), an index on a `timestamp` <-> `timestamptz` column
(different operator class: rebuilt), a collation change of an indexed column, and a `USING`
expression other than the column itself or a plain cast of it. Tables created earlier in the
same file are exempt. Changing the type of a foreign key column in a binary-coercible way does
not re-check the foreign key (verified on PostgreSQL 15: no scan of either table, only a brief
ACCESS EXCLUSIVE lock on the other table too), so it is not reported.

**Lock / effect.** ACCESS EXCLUSIVE on the table while every row is rewritten into new files
and every index is rebuilt (verified on PostgreSQL 15: `rewriting table "orders"`, new
relfilenodes for the table and all its indexes); or, for the cases above, while the table is
scanned (`verifying table`) or the affected indexes are rebuilt.

**Why it hurts.** Reads and writes on the table stop for the whole rewrite (minutes to hours on a
large table), the table needs twice its disk space meanwhile, and the WAL burst makes replicas
lag.

**Safe alternative.** Expand and contract: add a column of the new type, keep it in sync with a
trigger, backfill it in batches, then switch over.

```sql
ALTER TABLE orders ADD COLUMN id_new bigint;
CREATE FUNCTION orders_id_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.id_new := NEW.id;
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_id_sync BEFORE INSERT OR UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_id_sync();
-- backfill in batches, each in its own transaction, until it updates no rows:
UPDATE orders SET id_new = id
WHERE ctid = ANY (ARRAY(SELECT ctid FROM orders WHERE id_new IS NULL AND id IS NOT NULL LIMIT 10000));
-- then build indexes on id_new CONCURRENTLY, add its constraints NOT VALID and VALIDATE them,
-- swap the names in one short transaction, and drop the trigger and the old column later
```

For a primary key, change the foreign key columns that reference it the same way. For a
metadata-only change blocked only by a CHECK constraint, drop the constraint, change the type
and add the constraint back `NOT VALID` in one statement, then `VALIDATE` it in a later
migration. To limit a text length, prefer `text` with `CHECK (length(c) <= n)` (added NOT VALID,
then validated): changing it later never rewrites the table.

**Versions.** Binary-coercible changes skip the rewrite since PostgreSQL 9.2; `timestamp` <->
`timestamptz` at UTC since 12.

**Suppress.** `-- pgmig:ignore change-column-type <reason>` on the line before the statement.

**Peers.** squawk `changing-column-type` (reports every type change); strong_migrations
"changing the type of a column"; eugene E5; Atlas PG301; django-migration-linter
`ALTER_COLUMN`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    Node,
    TypeRef,
    alter_cmds,
    altered_existing_table,
    column_constraints,
    constraint_kind,
    nodes_of,
    qualified,
    quote_ident,
    string_list,
    type_ref,
)

SEVERITY = "error"
NODE_TYPES = ("AlterTableStmt",)

# built-in types a bare name refers to (``text``, ``int4``...; ``int``/``varchar`` arrive as
# ``pg_catalog.*`` already). The quoted internal ``"char"`` is deliberately absent.
_BUILTIN = frozenset(
    {
        "bool", "int2", "int4", "int8", "float4", "float8", "numeric", "money", "text",
        "varchar", "bpchar", "bytea", "bit", "varbit", "date", "time", "timetz", "timestamp",
        "timestamptz", "interval", "cidr", "inet", "macaddr", "macaddr8", "json", "jsonb",
        "uuid", "xml", "tsvector", "tsquery", "oid", "point", "line", "lseg", "box", "path",
        "polygon", "circle", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
        "daterange",
    }
)  # fmt: skip
_SERIAL = {"serial": "int4", "serial4": "int4", "bigserial": "int8", "serial8": "int8"}
_SERIAL |= {"smallserial": "int2", "serial2": "int2"}
_PRECISION_TYPES = frozenset({"timestamp", "timestamptz", "time", "timetz"})
_INTERVAL_FULL_RANGE = 32767
_UTC_NAMES = frozenset(
    {
        "utc", "etc/utc", "uct", "etc/uct", "gmt", "etc/gmt", "gmt0", "gmt+0", "gmt-0",
        "etc/gmt0", "etc/gmt+0", "etc/gmt-0", "greenwich", "etc/greenwich", "universal",
        "etc/universal", "zulu", "etc/zulu", "utc0",
    }
)  # fmt: skip
_ZERO_OFFSET = re.compile(r"^[+-]?0+(:0+){0,2}$")


@dataclass(frozen=True)
class _Old:
    type: TypeRef  # normalised
    label: str  # as format_type or the ADD COLUMN shows it
    collation: str | None  # None: the type's default collation
    from_file: bool


@dataclass(frozen=True)
class _Problem:
    kind: str  # unknown | rewrite | using | domain | check | index | collation
    detail: str = ""
    checks: tuple[tuple[str, str], ...] = ()  # (name, definition) of CHECKs to re-add NOT VALID


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return
    for subtype, cmd in alter_cmds(node):
        if subtype != "AT_AlterColumnType" or not cmd.get("name"):
            continue
        column = cmd["name"]
        cdef = (cmd.get("def") or {}).get("ColumnDef", {})
        problem = _assess(ctx, rel, column, cdef)
        if problem is not None:
            yield _issue(stmt, ctx, rel, column, problem)


# ---- deciding -----------------------------------------------------------------------------------


def _assess(ctx: Context, rel: Rel, column: str, cdef: Node) -> _Problem | None:
    new = _normalise(type_ref(cdef.get("typeName") or {}), ctx.default_schema)
    new_base, new_domain = _resolve_domain(ctx, new)
    if new_domain is not None and new_domain[1]:
        return _Problem("domain", new_domain[0])
    if not _trivial_using(cdef.get("raw_default"), column, cdef.get("typeName") or {}):
        return _Problem("using")
    old = _old_type(ctx, rel, column)
    if old is None:
        return _Problem("unknown")
    fact = ctx.catalog.relation(rel.schema, rel.name)
    old_base, _ = _resolve_domain(ctx, old.type)

    if old.type != new:
        reason = _not_coercible(ctx, old_base, new_base)
        if reason is not None:
            return _Problem("rewrite", reason)

    checks = _checks_on(ctx, rel, column, old)
    if checks is not None:
        return _Problem("check", "", checks)
    if fact is not None and column in fact.expression_indexed_columns and old.type != new:
        return _Problem(
            "index",
            f"an index uses {_q(column)} in an expression or WHERE clause; PostgreSQL rebuilds "
            "such indexes on every type change of the column",
        )
    tz_change = {old_base.name, new_base.name} == {"timestamp", "timestamptz"}
    indexed = not old.from_file and (fact is None or column in fact.indexed_columns)
    if tz_change and indexed:
        return _Problem(
            "index",
            "timestamp and timestamptz use different operator classes, so every index on "
            "the column is rebuilt",
        )
    coll = _new_collation(cdef)
    if coll != old.collation and indexed:
        return _Problem(
            "collation",
            f"the collation changes from {_coll_label(old.collation)} to {_coll_label(coll)}, "
            "so every index on the column is rebuilt",
        )
    return None


def _old_type(ctx: Context, rel: Rel, column: str) -> _Old | None:
    added = ctx.added_columns.get(rel.key, {}).get(column)
    if added is not None:
        ref = type_ref(added.get("typeName") or {})
        if ref.schema is None and ref.name in _SERIAL:
            ref = TypeRef("pg_catalog", _SERIAL[ref.name], (), ref.array)
        coll = string_list((added.get("collClause") or {}).get("collname"))
        return _Old(
            _normalise(ref, ctx.default_schema),
            ref.sql,
            coll[-1] if coll and coll[-1] != "default" else None,
            True,
        )
    fact = ctx.catalog.column(rel.schema, rel.name, column)
    if fact is None:
        return None
    parsed = _parse_type(fact.type)
    if parsed is None:
        return None
    if parsed.schema is None and parsed.name not in _BUILTIN:
        parsed = TypeRef(fact.type_schema, parsed.name, parsed.mods, parsed.array)
    return _Old(_normalise(parsed, ctx.default_schema), fact.type, fact.collation, False)


def _normalise(ref: TypeRef, default_schema: str) -> TypeRef:
    schema, mods = ref.schema, ref.mods
    if schema in (None, "pg_catalog") and ref.name in _BUILTIN:
        schema = "pg_catalog"
    elif schema is None:
        schema = default_schema
    if ref.name == "numeric" and len(mods) == 1:
        mods = (mods[0], 0)
    return TypeRef(schema, ref.name, tuple(mods), ref.array)


@lru_cache(maxsize=1024)
def _parse_type(text: str) -> TypeRef | None:
    """A type as ``format_type`` writes it (``character varying(50)``) as a :class:`TypeRef`."""
    from pglast import parser

    try:
        raw = json.loads(parser.parse_sql_json(f"SELECT NULL::{text}"))
        target = raw["stmts"][0]["stmt"]["SelectStmt"]["targetList"][0]["ResTarget"]["val"]
        return type_ref(target["TypeCast"]["typeName"])
    except Exception:
        return None


def _resolve_domain(ctx: Context, ref: TypeRef) -> tuple[TypeRef, tuple[str, bool] | None]:
    """The base type of a domain (and ``(name, has constraints)``), or the type itself."""
    if ref.schema == "pg_catalog" or ref.array:
        return ref, None
    info = ctx.domain(ref.schema, ref.name)
    if info is None:
        return ref, None
    base = _parse_type(info.base_type)
    label = f'"{ref.name}"'
    if base is None:
        return ref, (label, True)
    return _normalise(base, ctx.default_schema), (label, info.has_constraints)


def _trivial_using(using: Node | None, column: str, new_type: Node) -> bool:
    """No USING, ``USING col`` or ``USING col::<the new type>``: no values are computed."""
    if not using:
        return True
    expr = using
    if "TypeCast" in expr:
        cast = expr["TypeCast"]
        if type_ref(cast.get("typeName") or {}) != type_ref(new_type):
            return False
        expr = cast.get("arg") or {}
    if "ColumnRef" in expr:
        return string_list(expr["ColumnRef"].get("fields"))[-1:] == [column]
    return False


def _not_coercible(ctx: Context, old: TypeRef, new: TypeRef) -> str | None:
    """``None`` when ``old -> new`` needs no rewrite, else the reason."""
    label = f"{old.sql} -> {new.sql}"
    if old == new:
        return None
    if old.array or new.array or old.schema != "pg_catalog" or new.schema != "pg_catalog":
        return f"{label} is not binary-coercible"
    o, n, om, nm = old.name, new.name, old.mods, new.mods
    if o == "varchar" and n == "text":
        return None
    if o == "varchar" and n == "varchar" and (not nm or (om and nm[0] >= om[0])):
        return None
    if o == "text" and n == "varchar" and not nm:
        return None
    if o == n == "numeric" and (not nm or (om and nm[1] == om[1] and nm[0] >= om[0])):
        return None
    if o == n and o in _PRECISION_TYPES and (not nm or nm[0] >= (om[0] if om else 6)):
        return None
    if o == n == "interval" and _interval_widens(om, nm):
        return None
    if o == n == "varbit" and (not nm or (om and nm[0] >= om[0])):
        return None
    if o == "cidr" and n == "inet":
        return None
    if {o, n} == {"timestamp", "timestamptz"}:
        if ctx.pg_version < 12:
            return f"{label} rewrites the table before PostgreSQL 12 (target: {ctx.pg_version})"
        if not _is_utc(ctx.timezone):
            return (
                f"{label} rewrites the table unless the session time zone is UTC, and this "
                "migration does not set it (SET LOCAL TimeZone = 'UTC')"
            )
        if nm:
            return f"{label} with a precision on the new type rewrites the table"
        return None
    return f"{label} is not binary-coercible"


def _interval_widens(old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
    if not new:
        return True
    if new[0] not in (_INTERVAL_FULL_RANGE, old[0] if old else _INTERVAL_FULL_RANGE):
        return False
    old_precision = old[1] if len(old) > 1 else 6
    return len(new) < 2 or new[1] >= old_precision


def _is_utc(tz: str | None) -> bool:
    if tz is None:
        return False
    value = tz.strip().lower()
    return value in _UTC_NAMES or bool(_ZERO_OFFSET.match(value))


def _checks_on(
    ctx: Context, rel: Rel, column: str, old: _Old
) -> tuple[tuple[str, str], ...] | None:
    """Validated CHECK constraints that mention ``column`` (PostgreSQL re-verifies them after a
    type change), as ``(name, definition)``; ``None`` when there are none."""
    found: list[tuple[str, str]] = []
    for con in ctx.catalog.constraints(rel.schema, rel.name):
        if con.contype == "c" and con.validated and column in con.columns:
            found.append((con.name, con.definition))
    for info in ctx.constraints_on(rel).values():
        if info.contype == "CONSTR_CHECK" and info.validated and _mentions(info.expr, column):
            found.append((info.name, ""))
    added = ctx.added_columns.get(rel.key, {}).get(column)
    if added is not None:
        for inline in column_constraints(added):
            if constraint_kind(inline) == "CONSTR_CHECK" and not inline.get("skip_validation"):
                found.append((inline.get("conname") or f"{rel.name}_{column}_check", ""))
    return tuple(found) or None


def _mentions(expr: Node | None, column: str) -> bool:
    return any(
        string_list(ref.get("fields"))[-1:] == [column] for ref in nodes_of(expr, "ColumnRef")
    )


def _new_collation(cdef: Node) -> str | None:
    names = string_list((cdef.get("collClause") or {}).get("collname"))
    return names[-1] if names and names[-1] != "default" else None


def _coll_label(coll: str | None) -> str:
    return f'"{coll}"' if coll else "the default"


def _q(column: str) -> str:
    return f'"{column}"'


# ---- reporting ----------------------------------------------------------------------------------


def _issue(stmt: Stmt, ctx: Context, rel: Rel, column: str, problem: _Problem) -> Issue:
    ast_cmd = _ast_cmd(stmt, column)
    new_sql = _render(ast_cmd.def_.typeName) if ast_cmd is not None else "?"
    what = f"ALTER COLUMN {_q(column)} TYPE {new_sql} on existing table {rel}"
    blocking = "; SELECT, INSERT, UPDATE and DELETE wait until it finishes."
    rewrite_why = (
        f"ALTER TABLE holds an ACCESS EXCLUSIVE lock on {rel} while it rewrites every row and "
        f"rebuilds every index{blocking}"
    )
    if problem.kind == "unknown":
        return Issue(
            message=f"{what} may rewrite the whole table while blocking reads and writes.",
            why="Unless the change is binary-coercible (e.g. varchar(50) -> text), "
            f"{rewrite_why} Without a database connection pgmig cannot see the column's "
            "current type, so it cannot rule that out.",
            suggestion=_expand_contract(stmt, ctx, rel, column, ast_cmd),
            note="with `--database-url` pgmig reads the current type from the database and "
            "decides; otherwise expand and contract, and for a primary key change the "
            "referencing foreign key columns the same way",
        )
    if problem.kind in ("rewrite", "using", "domain"):
        if problem.kind == "rewrite":
            reason = problem.detail
        elif problem.kind == "using":
            reason = "the USING expression computes every value anew"
        else:
            reason = f"{problem.detail} is a domain with constraints, checked on every row"
        return Issue(
            message=f"{what} rewrites the whole table while blocking reads and writes.",
            why=f"ALTER TABLE holds an ACCESS EXCLUSIVE lock on {rel} while it rewrites every row "
            f"and rebuilds every index, because {reason}{blocking}",
            suggestion=_expand_contract(stmt, ctx, rel, column, ast_cmd),
            note="expand and contract; for a primary key, change the referencing foreign key "
            "columns the same way",
        )
    if problem.kind == "check":
        names = ", ".join(f'"{n}"' for n, _ in problem.checks)
        noun = "constraint" if len(problem.checks) == 1 else "constraints"
        suggestion = None
        if all(defn for _, defn in problem.checks) and ast_cmd is not None:
            suggestion = _recheck_later(stmt, rel, column, new_sql, problem.checks)
        return Issue(
            message=f"{what} re-checks every row against CHECK {noun} {names} while blocking "
            "reads and writes.",
            why="The type change itself is metadata-only, but PostgreSQL re-verifies the CHECK "
            f"constraints on the column with a full scan under the ACCESS EXCLUSIVE lock on "
            f"{rel}{blocking}",
            suggestion=suggestion,
            note="drop the constraint, change the type and add it back NOT VALID in one "
            "statement, which needs no scan; then VALIDATE it in a later migration, where it "
            "takes only SHARE UPDATE EXCLUSIVE",
        )
    fact = ctx.catalog.relation(rel.schema, rel.name)
    indexes = [i.name for i in (fact.indexes if fact is not None else ()) if column in i.columns]
    listed = ", ".join(f'"{n}"' for n in indexes)
    return Issue(
        message=f"{what} rebuilds indexes of {rel} while blocking reads and writes.",
        why=f"The rows stay as they are, but {problem.detail}: the ACCESS EXCLUSIVE lock on "
        f"{rel} is held for every rebuild, and SELECT, INSERT, UPDATE and DELETE wait until it "
        "finishes.",
        note=(
            f"drop the affected indexes ({listed}) with DROP INDEX CONCURRENTLY first, change the "
            "type, then build them again with CREATE INDEX CONCURRENTLY, in migrations marked "
            "`-- pgmig:no-transaction`"
            if listed
            else "drop the affected indexes with DROP INDEX CONCURRENTLY first, change the type, "
            "then build them again with CREATE INDEX CONCURRENTLY, in migrations marked "
            "`-- pgmig:no-transaction`"
        ),
    )


def _ast_cmd(stmt: Stmt, column: str) -> Any:
    for cmd in getattr(stmt.fresh_ast(), "cmds", None) or ():
        if getattr(cmd, "name", None) == column and cmd.subtype.name == "AT_AlterColumnType":
            return cmd
    return None


def _render(node: Any) -> str:
    from pglast.stream import RawStream

    return str(RawStream()(node))


def _name(*parts: str) -> str:
    """``a_b_c`` cut to PostgreSQL's 63-byte identifier limit."""
    name = "_".join(parts)
    while len(name.encode()) > 63:
        name = name[:-1]
    return name


def _expand_contract(stmt: Stmt, ctx: Context, rel: Rel, column: str, cmd: Any) -> str | None:
    if cmd is None:
        return None
    from pglast import ast

    table = rel.sql
    col = quote_ident(column)
    new_col = quote_ident(_name(column, "new"))
    func = qualified(rel.written_schema, _name(rel.name, column, "sync"))
    trigger = quote_ident(_name(rel.name, column, "sync"))
    coldef = cmd.def_
    type_sql = _render(coldef.typeName)
    if coldef.collClause is not None:
        type_sql += " " + _render(coldef.collClause).strip()
    if coldef.raw_default is not None:
        conv = _render(coldef.raw_default)
        for ref in _column_refs(coldef.raw_default):
            if len(ref.fields) == 1 and isinstance(ref.fields[0], ast.String):
                ref.fields = (ast.String(sval="new"), ref.fields[0])
        conv_new = _render(coldef.raw_default)
    else:
        conv, conv_new = col, f"NEW.{col}"
    execute = "FUNCTION" if ctx.pg_version >= 11 else "PROCEDURE"
    return "\n".join(
        [
            f"ALTER TABLE {table} ADD COLUMN {new_col} {type_sql};",
            f"CREATE FUNCTION {func}() RETURNS trigger LANGUAGE plpgsql AS $$",
            "BEGIN",
            f"    NEW.{new_col} := {conv_new};",
            "    RETURN NEW;",
            "END",
            "$$;",
            f"CREATE TRIGGER {trigger} BEFORE INSERT OR UPDATE ON {table}",
            f"    FOR EACH ROW EXECUTE {execute} {func}();",
            "-- backfill in batches, each in its own transaction, until it updates no rows:",
            f"UPDATE {table} SET {new_col} = {conv}",
            f"WHERE ctid = ANY (ARRAY(SELECT ctid FROM {table} WHERE {new_col} IS NULL "
            f"AND {col} IS NOT NULL LIMIT 10000));",
            f"-- then build indexes on {new_col} CONCURRENTLY, add its constraints NOT VALID and "
            "VALIDATE them,",
            "-- swap the names in one short transaction, and drop the trigger and the old "
            "column later",
        ]
    )


def _column_refs(node: Any) -> Iterator[Any]:
    """Every ``ColumnRef`` in a pglast AST (to qualify them with ``NEW.`` in the trigger)."""
    from pglast import ast

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.ColumnRef):
            yield n
        if isinstance(n, ast.Node):
            for attr in n:
                stack.append(getattr(n, attr))
        elif isinstance(n, tuple | list):
            stack.extend(n)


def _recheck_later(
    stmt: Stmt, rel: Rel, column: str, new_sql: str, checks: tuple[tuple[str, str], ...]
) -> str:
    table = rel.sql
    parts = [f"    DROP CONSTRAINT {quote_ident(n)}" for n, _ in checks]
    parts.append(f"    ALTER COLUMN {quote_ident(column)} TYPE {new_sql}")
    parts += [f"    ADD CONSTRAINT {quote_ident(n)} {d} NOT VALID" for n, d in checks]
    lines = [f"ALTER TABLE {table}", ",\n".join(parts) + ";", "-- in a later migration:"]
    lines += [f"ALTER TABLE {table} VALIDATE CONSTRAINT {quote_ident(n)};" for n, _ in checks]
    return "\n".join(lines)
