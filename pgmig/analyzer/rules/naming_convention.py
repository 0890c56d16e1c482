"""Index or constraint name that does not follow the project's naming convention.

Off by default: enable it with `"naming-convention" = "warning"` (or `"error"`) in the `[rules]`
table of the configuration.

**Trigger.** An index or constraint created in the migration whose name (the one written, or the
one PostgreSQL generates when none is written, e.g. `orders_customer_id_fkey`) does not match the
template for its kind:

| kind | option | default template |
| --- | --- | --- |
| index (`CREATE INDEX`) | `naming-convention.index` | `idx_{table}_{columns}` |
| unique constraint or unique index | `naming-convention.unique` | `unq_{table}_{columns}` (a unique index may also follow the index template) |
| check constraint | `naming-convention.check` | `chk_{table}_*` |
| foreign key | `naming-convention.foreign_key` | `fk_{table}_{columns}` |
| primary key | `naming-convention.primary_key` | not checked |
| exclusion constraint | `naming-convention.exclusion` | not checked |

In a template, `{table}` is the table name without its schema, `{columns}` the key columns joined
by `_` (any text when an index element is an expression), `{ref_table}` the table a foreign key
references, and `*` any non-empty text; everything else must match literally, and the whole name
must match. An empty template turns the check off for that kind. Configure them next to the
severity:

```toml
[tool.pgmig.rules]
"naming-convention" = "warning"
"naming-convention.index" = "ix_{table}_{columns}"
"naming-convention.foreign_key" = "fk_{table}_{ref_table}"
```

Renames and objects that already exist are not checked.

**Lock / effect.** None: this is a style rule.

**Why it hurts.** Names that follow one convention make `\\d` output, error messages (`violates
check constraint "..."`) and monitoring readable, and let later migrations name the objects they
change without looking them up. Generated names depend on the column list and get truncated at 63
bytes.

**Safe alternative.** Name the object explicitly:

```sql
CREATE INDEX idx_orders_customer_id ON orders (customer_id);
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore naming-convention <reason>` on the line before the statement.

**Peers.** Atlas naming analyzer (NM1xx); sqlfluff naming rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    constraint_kind,
    constraint_name,
    default_index_name,
    nodes_of,
    string_list,
    to_sql,
)

SEVERITY = "warning"
OPT_IN = True
NODE_TYPES = ("IndexStmt", "CreateStmt", "AlterTableStmt")

RULE = "naming-convention"
DEFAULTS = {
    "index": "idx_{table}_{columns}",
    "unique": "unq_{table}_{columns}",
    "check": "chk_{table}_*",
    "foreign_key": "fk_{table}_{columns}",
    "primary_key": "",
    "exclusion": "",
}
OPTIONS = DEFAULTS  # "naming-convention.<kind>" = "<template>" in [rules]
_KIND = {
    "CONSTR_CHECK": ("check", "check constraint"),
    "CONSTR_UNIQUE": ("unique", "unique constraint"),
    "CONSTR_FOREIGN": ("foreign_key", "foreign key"),
    "CONSTR_PRIMARY": ("primary_key", "primary key"),
    "CONSTR_EXCLUSION": ("exclusion", "exclusion constraint"),
}
_TOKEN = re.compile(r"\{table\}|\{columns\}|\{ref_table\}|\*")
_MAX_NAME = 63


@dataclass(frozen=True)
class _Values:
    table: str
    columns: str | None  # None: an expression is involved, any text matches
    ref_table: str = ""


def template(ctx: Context, kind: str) -> str:
    """The configured template for ``kind`` (``naming-convention.<kind>``), else the default."""
    configured = ctx.rule_option(RULE, kind)
    return DEFAULTS[kind] if configured is None else configured


def matches(tmpl: str, name: str, values: _Values) -> bool:
    pattern = ""
    pos = 0
    for m in _TOKEN.finditer(tmpl):
        pattern += re.escape(tmpl[pos : m.start()])
        token = m.group()
        if token == "{table}":
            pattern += re.escape(values.table)
        elif token == "{ref_table}":
            pattern += re.escape(values.ref_table)
        elif token == "{columns}" and values.columns is not None:
            pattern += re.escape(values.columns)
        else:
            pattern += ".+"
        pos = m.end()
    pattern += re.escape(tmpl[pos:])
    return re.fullmatch(pattern, name, re.DOTALL) is not None


def expected(tmpl: str, values: _Values, filler: str) -> str | None:
    """The name the template gives (``*`` and expression columns filled with ``filler``), or
    ``None`` when it would not fit in 63 bytes."""
    name = _TOKEN.sub(
        lambda m: {
            "{table}": values.table,
            "{ref_table}": values.ref_table,
            "{columns}": values.columns if values.columns is not None else filler,
        }.get(m.group(), filler),
        tmpl,
    )
    return name if len(name.encode()) <= _MAX_NAME else None


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if not node.get("relation"):
        return
    rel = ctx.relation(node["relation"])
    if stmt.kind == "IndexStmt":
        yield from _index(stmt, ctx, rel)
        return
    if stmt.kind == "CreateStmt" and node.get("partbound"):
        return  # a partition's constraints come from its parent
    if stmt.kind == "AlterTableStmt" and node.get("objtype") not in ("OBJECT_TABLE", None):
        return
    found: list[tuple[str, str, bool, str, str, str | None, dict[str, Any]]] = []
    renames: dict[int, str] = {}  # position among the statement's constraints -> new name
    for position, (con, column) in enumerate(_constraints(stmt)):
        kind = constraint_kind(con)
        if kind not in _KIND:
            continue
        option, noun = _KIND[kind]
        tmpl = template(ctx, option)
        if not tmpl:
            continue
        if kind == "CONSTR_CHECK":
            cols = _check_columns(con, column)
        else:
            keys = string_list(con.get("fk_attrs") or con.get("keys"))
            if kind == "CONSTR_EXCLUSION":
                keys = [
                    item["IndexElem"].get("name") or "expr"
                    for pair in con.get("exclusions") or ()
                    for item in pair.get("List", {}).get("items", [])[:1]
                    if "IndexElem" in item
                ]
            cols = keys or ([column] if column else [])
        pk = con.get("pktable") or {}
        values = _Values(rel.name, "_".join(cols), pk.get("relname", ""))
        written = con.get("conname")
        name = written or constraint_name(rel.name, con, column=column)
        if matches(tmpl, name, values):
            continue
        want = expected(tmpl, values, "_".join(cols) or "check")
        if want is not None:
            renames[position] = want
        found.append((noun, name, bool(written), tmpl, option, want, con))
    if not found:
        return
    suggestion = None
    if renames:  # parse only now: most statements follow the convention
        tree = stmt.fresh_ast()
        for position, ast_con in enumerate(_ast_constraints(stmt, tree)):
            if position in renames:
                ast_con.conname = renames[position]  # one rendering fixes every name in it
        suggestion = to_sql(tree)
    for noun, name, written, tmpl, option, want, con in found:
        yield _issue(noun, name, written, rel, tmpl, option, want, suggestion, con)


def _index(stmt: Stmt, ctx: Context, rel: Rel) -> Iterator[Issue]:
    node = stmt.node
    params = node.get("indexParams") or []
    elems = [p.get("IndexElem", {}) for p in params]
    plain = [e.get("name") for e in elems]
    columns = None if None in plain else "_".join(str(c) for c in plain)
    filler = "_".join(_index_parts(elems))
    values = _Values(rel.name, columns)
    name = node.get("idxname") or default_index_name(rel.name, params)
    options = ["unique", "index"] if node.get("unique") else ["index"]
    templates = [(o, template(ctx, o)) for o in options]
    templates = [(o, t) for o, t in templates if t]
    if not templates or any(matches(t, name, values) for _, t in templates):
        return
    option, tmpl = templates[0]
    want = expected(tmpl, values, filler)
    suggestion = None
    if want is not None and want != name:
        tree = stmt.fresh_ast()
        tree.idxname = want
        suggestion = to_sql(tree)
    noun = "unique index" if node.get("unique") else "index"
    yield _issue(noun, name, bool(node.get("idxname")), rel, tmpl, option, want, suggestion, None)


def _issue(
    noun: str,
    name: str,
    written: bool,
    rel: Rel,
    tmpl: str,
    option: str,
    want: str | None,
    suggestion: str | None,
    node: dict[str, Any] | None,
) -> Issue:
    if written:
        message = f'{noun.capitalize()} "{name}" on {rel} does not follow the naming convention'
    else:
        message = (
            f'Unnamed {noun} on {rel} gets the generated name "{name}", which does not follow '
            "the naming convention"
        )
    message += f" `{tmpl}`" + (f': expected "{want}".' if want else ".")
    return Issue(
        message=message,
        why=f"the project names every {noun} `{tmpl}` (option `{RULE}.{option}`), so that error "
        "messages, \\d output and later migrations can rely on the name",
        suggestion=suggestion,
        note=None if suggestion else f"name it explicitly so that it matches `{tmpl}`",
        node=node,
    )


def _constraints(stmt: Stmt) -> Iterator[tuple[dict[str, Any], str | None]]:
    """``(Constraint, inline column)`` for every constraint the statement creates, in order."""
    node = stmt.node
    if stmt.kind == "CreateStmt":
        elements = list(node.get("tableElts") or ())
    else:
        elements = [
            c.get("def") or {}
            for c in (cmd.get("AlterTableCmd", {}) for cmd in node.get("cmds") or ())
            if c.get("subtype") in ("AT_AddConstraint", "AT_AddColumn")
        ]
    for elt in elements:
        if "Constraint" in elt:
            yield elt["Constraint"], None
        elif "ColumnDef" in elt:
            col = elt["ColumnDef"]
            for c in col.get("constraints") or ():
                if "Constraint" in c:
                    yield c["Constraint"], col.get("colname")


def _ast_constraints(stmt: Stmt, tree: Any) -> Iterator[Any]:
    """The pglast Constraint nodes, in the same order as :func:`_constraints`."""
    from pglast import ast

    if stmt.kind == "CreateStmt":
        elements = list(tree.tableElts or ())
    else:
        elements = [
            cmd.def_
            for cmd in tree.cmds or ()
            if cmd.subtype.name in ("AT_AddConstraint", "AT_AddColumn")
        ]
    for elt in elements:
        if isinstance(elt, ast.Constraint):
            yield elt
        elif isinstance(elt, ast.ColumnDef):
            yield from (c for c in elt.constraints or () if isinstance(c, ast.Constraint))


def _check_columns(con: dict[str, Any], column: str | None) -> list[str]:
    """The columns a CHECK mentions, in order of first appearance (its own column if inline)."""
    if column:
        return [column]
    seen: list[str] = []
    for ref in nodes_of(con.get("raw_expr"), "ColumnRef"):
        fields = string_list(ref.get("fields"))
        if fields and fields[-1] not in seen:
            seen.append(fields[-1])
    return seen


def _index_parts(elems: list[dict[str, Any]]) -> list[str]:
    """Words for an index's elements: column names, or function and column names of an
    expression (``lower(email)`` -> ``lower_email``)."""
    parts: list[str] = []
    for e in elems:
        if e.get("name"):
            parts.append(e["name"])
            continue
        expr = e.get("expr") or {}
        for call in nodes_of(expr, "FuncCall"):
            parts.append(string_list(call.get("funcname"))[-1])
        for ref in nodes_of(expr, "ColumnRef"):
            fields = string_list(ref.get("fields"))
            if fields:
                parts.append(fields[-1])
    return parts or ["expr"]
