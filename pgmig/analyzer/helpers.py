"""Shared parse-tree helpers for rule authors (rules never import each other; they import this).

The trees are libpg_query's JSON (``pglast.parser.parse_sql_json``) turned into plain dicts and
lists: a node is ``{"NodeType": {...fields}}``, but fields whose type is fixed in the C struct
(``IndexStmt.relation``, ``ColumnDef.typeName``, ``IntoClause.rel``, ...) hold the fields
directly, without the ``{"NodeType": ...}`` wrapper. Unquoted identifiers arrive folded to lower
case and quoted ones exactly as written, so comparing names needs no further folding.

Groups of helpers:

* names: :func:`quote_ident`, :func:`qualified`, :func:`string_list`, :func:`type_ref`;
* reading nodes: :func:`alter_cmds`, :func:`constraint_kind`, :func:`column_constraints`,
  :func:`const_value`, :func:`column_names`;
* expressions: :func:`walk`, :func:`nodes_of`, :func:`func_calls`, :func:`volatility`;
* rendering SQL for suggestions: :func:`ast_of`, :func:`to_sql`, :func:`default_index_name`,
  :func:`no_transaction_note`;
* locks: :class:`LockMode`, :func:`locks_taken` (which lock a statement takes on which relation,
  per analyzer-rules.md §0.1), :func:`alter_cmd_lock`, :func:`statement_label`.

Everything here is pure and cheap; pglast is imported only by the rendering helpers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

# one reading of DefElem switches (`REINDEX (CONCURRENTLY false)`...), shared with the runner
from pgmig.parsing import option_enabled as option_enabled

if TYPE_CHECKING:
    from pgmig.analyzer.context import Context, Rel, Stmt

Node = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# identifiers


_SIMPLE_IDENT = re.compile(r"^[a-z_][a-z0-9_$]*$")


@lru_cache(maxsize=1)
def _keywords_needing_quotes() -> frozenset[str]:
    from pglast import keywords

    return frozenset(
        keywords.RESERVED_KEYWORDS | keywords.COL_NAME_KEYWORDS | keywords.TYPE_FUNC_NAME_KEYWORDS
    )


def quote_ident(name: str) -> str:
    """``name`` as SQL: bare when PostgreSQL would fold it back to itself, else double-quoted.

    ``orders`` -> ``orders``; ``Orders`` -> ``"Orders"``; ``user`` (reserved) -> ``"user"``;
    ``my table`` -> ``"my table"``; ``a"b`` -> ``"a""b"``.
    """
    if _SIMPLE_IDENT.match(name) and name not in _keywords_needing_quotes():
        return name
    return '"' + name.replace('"', '""') + '"'


def qualified(schema: str | None, name: str) -> str:
    """``schema.name`` as SQL (schema omitted when ``None``), each part quoted only if needed."""
    return f"{quote_ident(schema)}.{quote_ident(name)}" if schema else quote_ident(name)


def quote_literal(value: str) -> str:
    """A SQL string literal (standard_conforming_strings = on)."""
    return "'" + value.replace("'", "''") + "'"


def string_list(items: Iterable[Node] | None) -> list[str]:
    """``[{"String": {"sval": "a"}}, ...]`` -> ``["a", ...]`` (names, dotted name parts)."""
    out: list[str] = []
    for item in items or ():
        s = item.get("String")
        if s is not None:
            out.append(s.get("sval", ""))
        elif "A_Star" in item:
            out.append("*")
    return out


def column_names(items: Iterable[Node] | None) -> list[str]:
    """Column names of a constraint's ``keys``/``fk_attrs`` or an index's plain columns."""
    out: list[str] = []
    for item in items or ():
        if "String" in item:
            out.append(item["String"].get("sval", ""))
        elif "IndexElem" in item and item["IndexElem"].get("name"):
            out.append(item["IndexElem"]["name"])
    return out


# internal type name -> the SQL spelling people write
_TYPE_SQL = {
    "int2": "smallint",
    "int4": "integer",
    "int8": "bigint",
    "float4": "real",
    "float8": "double precision",
    "bool": "boolean",
    "bpchar": "char",
    "varchar": "varchar",
    "timestamptz": "timestamptz",
    "timetz": "timetz",
}
SERIAL_TYPES = frozenset({"serial", "bigserial", "smallserial", "serial2", "serial4", "serial8"})


@dataclass(frozen=True)
class TypeRef:
    """A type as written: ``TypeName`` with schema (``pg_catalog`` for built-ins the grammar
    rewrites, e.g. ``int`` -> ``pg_catalog.int4``), internal name, modifiers and array-ness."""

    schema: str | None
    name: str
    mods: tuple[Any, ...] = ()
    array: bool = False

    @property
    def is_builtin(self) -> bool:
        return self.schema == "pg_catalog"

    @property
    def is_serial(self) -> bool:
        return self.schema is None and self.name in SERIAL_TYPES and not self.array

    @property
    def sql(self) -> str:
        if self.schema == "pg_catalog":
            # built-in type names need no quotes in a type position (`numeric`, `interval`)
            simple = _SIMPLE_IDENT.match(self.name) is not None
            base = _TYPE_SQL.get(self.name, self.name if simple else quote_ident(self.name))
        else:
            base = qualified(self.schema, self.name)
        if self.mods:
            base += "(" + ", ".join(str(m) for m in self.mods) + ")"
        return base + ("[]" if self.array else "")

    def __str__(self) -> str:
        return self.sql


def type_ref(type_name: Node) -> TypeRef:
    """Read an inline ``TypeName`` (``ColumnDef.typeName``, ``AlterTableCmd.def.ColumnDef``...)."""
    names = string_list(type_name.get("names"))
    if not names:
        return TypeRef(None, "?")
    schema = names[-2] if len(names) > 1 else None
    mods = tuple(const_value(m) for m in type_name.get("typmods") or ())
    return TypeRef(schema, names[-1], mods, bool(type_name.get("arrayBounds")))


def const_value(node: Node) -> Any:
    """The Python value of an ``A_Const`` (or a wrapped one); ``None`` for NULL/non-constants."""
    c = node.get("A_Const", node)
    if "ival" in c:
        return c["ival"].get("ival", 0)
    if "sval" in c:
        return c["sval"].get("sval", "")
    if "fval" in c:
        return c["fval"].get("fval", "")
    if "boolval" in c:
        return bool(c["boolval"].get("boolval", False))
    if "bsval" in c:
        return c["bsval"].get("bsval", "")
    return None


def constant_string(expr: Node) -> str | None:
    """The text of a constant string expression (``'a'``, ``'a' || 'b'``, ``'x'::text``)."""
    if "A_Const" in expr:
        v = const_value(expr)
        return v if isinstance(v, str) else None
    if "TypeCast" in expr:
        return constant_string(expr["TypeCast"].get("arg", {}))
    if "A_Expr" in expr:
        e = expr["A_Expr"]
        if e.get("kind") == "AEXPR_OP" and string_list(e.get("name")) == ["||"]:
            left = constant_string(e.get("lexpr", {}))
            right = constant_string(e.get("rexpr", {}))
            if left is not None and right is not None:
                return left + right
    return None


# ---------------------------------------------------------------------------------------------
# reading statements


def alter_cmds(node: Node) -> Iterator[tuple[str, Node]]:
    """``(subtype, AlterTableCmd fields)`` for each sub-command of an ``AlterTableStmt``."""
    for cmd in node.get("cmds") or ():
        c = cmd.get("AlterTableCmd")
        if c is not None:
            yield c.get("subtype", ""), c


def constraint_kind(constraint: Node) -> str:
    """``CONSTR_CHECK``, ``CONSTR_FOREIGN``, ``CONSTR_UNIQUE``, ``CONSTR_PRIMARY``,
    ``CONSTR_EXCLUSION``, ``CONSTR_NOTNULL``, ``CONSTR_DEFAULT``, ``CONSTR_IDENTITY``,
    ``CONSTR_GENERATED``, ``CONSTR_NULL``... of an inline ``Constraint`` (unwrapped)."""
    return str(constraint.get("contype", ""))


def altered_existing_table(stmt: Stmt, ctx: Context) -> Rel | None:
    """The table an ``ALTER TABLE`` statement alters, when it existed before this file (the
    tables every ALTER TABLE rule cares about); ``None`` for other statements and new tables."""
    node = stmt.node
    if node.get("objtype") != "OBJECT_TABLE" or not node.get("relation"):
        return None
    rel = ctx.relation(node["relation"])
    return None if ctx.is_new(rel) else rel


def added_constraints(
    stmt: Stmt, ctx: Context, kind: str, *, unless: str | None = None
) -> tuple[Rel, list[tuple[int, Node]]] | None:
    """The ``ADD CONSTRAINT`` sub-commands of one ``kind`` (``CONSTR_CHECK``...) in an
    ``ALTER TABLE`` of an EXISTING table, as ``(sub-command index, Constraint)``, leaving out
    those whose ``unless`` field is set (``skip_validation``: NOT VALID; ``indexname``: USING
    INDEX). ``None`` when the statement is not an ALTER TABLE of an existing table."""
    rel = altered_existing_table(stmt, ctx)
    if rel is None:
        return None
    found = []
    for index, (subtype, cmd) in enumerate(alter_cmds(stmt.node)):
        con = (cmd.get("def") or {}).get("Constraint")
        if subtype != "AT_AddConstraint" or con is None or constraint_kind(con) != kind:
            continue
        if unless is None or not con.get(unless):
            found.append((index, con))
    return rel, found


def column_constraints(column_def: Node) -> list[Node]:
    """The inline ``Constraint`` dicts of a ``ColumnDef`` (unwrapped)."""
    return [c["Constraint"] for c in column_def.get("constraints") or () if "Constraint" in c]


def column_default(column_def: Node) -> Node | None:
    """The DEFAULT expression of a ``ColumnDef`` (``None`` when absent or ``DEFAULT NULL``)."""
    for c in column_constraints(column_def):
        if c.get("contype") == "CONSTR_DEFAULT":
            expr = c.get("raw_expr")
            if expr is None or is_null_const(expr):
                return None
            return dict(expr)
    return None


def is_null_const(expr: Node) -> bool:
    c = expr.get("A_Const")
    if c is not None:
        return bool(c.get("isnull"))
    if "TypeCast" in expr:
        return is_null_const(expr["TypeCast"].get("arg", {}))
    return False


def check_not_null_columns(expr: Node | None) -> frozenset[str]:
    """Columns ``c`` that ``expr`` proves non-null: ``c IS NOT NULL``, ANDed with anything."""
    if not expr:
        return frozenset()
    if "NullTest" in expr:
        t = expr["NullTest"]
        arg = t.get("arg", {})
        if t.get("nulltesttype") == "IS_NOT_NULL" and "ColumnRef" in arg:
            fields = string_list(arg["ColumnRef"].get("fields"))
            if fields:
                return frozenset({fields[-1]})
        return frozenset()
    if "BoolExpr" in expr and expr["BoolExpr"].get("boolop") == "AND_EXPR":
        out: set[str] = set()
        for arg in expr["BoolExpr"].get("args") or ():
            out |= check_not_null_columns(arg)
        return frozenset(out)
    return frozenset()


def option_names(params: Iterable[Node] | None) -> set[str]:
    """``defname``s of a ``DefElem`` list, e.g. ``{"concurrently"}`` for ``REINDEX (CONCURRENTLY)``."""
    return {p["DefElem"].get("defname", "") for p in params or () if "DefElem" in p}


# ---------------------------------------------------------------------------------------------
# expressions

# fields whose value is a struct without a {"NodeType": ...} wrapper
_INLINE = {
    "relation": "RangeVar",
    "pktable": "RangeVar",
    "rel": "RangeVar",
    "typeName": "TypeName",
    "into": "IntoClause",
    "intoClause": "IntoClause",
    "onConflictClause": "OnConflictClause",
    "withClause": "WithClause",
}


def walk(node: Any) -> Iterator[tuple[str, Node]]:
    """Every node under ``node`` (depth-first, source order), as ``(node type, fields)``.

    Inline structs (``relation`` -> ``RangeVar``, ``typeName`` -> ``TypeName``...) are reported
    under their struct type too, so ``nodes_of(tree, "RangeVar")`` finds every table reference.
    """
    stack: list[tuple[str | None, Any]] = [(None, node)]
    while stack:
        key, n = stack.pop()
        if isinstance(n, dict):
            if key is not None:
                yield key, n
            items = list(n.items())
            for k, v in reversed(items):
                if isinstance(v, dict):
                    if k[:1].isupper():
                        stack.append((k, v))
                    else:
                        stack.append((_INLINE.get(k), v))
                elif isinstance(v, list):
                    for item in reversed(v):
                        stack.append((None, item))
        elif isinstance(n, list):
            for item in reversed(n):
                stack.append((None, item))


def nodes_of(node: Any, *kinds: str) -> Iterator[Node]:
    """The fields of every node of the given types under ``node``."""
    wanted = set(kinds)
    for kind, fields in walk(node):
        if kind in wanted:
            yield fields


def func_calls(expr: Any) -> Iterator[tuple[str | None, str, Node]]:
    """``(schema or None, function name, FuncCall fields)`` for every call in ``expr``."""
    for fields in nodes_of(expr, "FuncCall"):
        parts = string_list(fields.get("funcname"))
        if parts:
            yield (parts[-2] if len(parts) > 1 else None), parts[-1], fields


_VOLATILITY_RANK = {"i": 0, "s": 1, "v": 2}


def function_volatility(schema: str | None, name: str) -> str:
    """``"i"``mmutable, ``"s"``table or ``"v"``olatile for a built-in; unknown -> ``"v"``."""
    from pgmig.analyzer import builtin_functions as bf

    if schema not in (None, "pg_catalog"):
        return "v"
    if name in bf.VOLATILE:
        return "v"
    if name in bf.STABLE:
        return "s"
    if name in bf.IMMUTABLE:
        return "i"
    return "v"  # user-defined or extension function: CREATE FUNCTION defaults to VOLATILE


def volatility(expr: Any) -> str:
    """The volatility of an expression: the most volatile function it calls (``"i"``/``"s"``/
    ``"v"``). ``CURRENT_TIMESTAMP`` & co. are stable; operators count as stable at most (the
    built-in ones are immutable or stable); a sub-query counts as volatile."""
    worst = "i"
    for kind, fields in walk(expr):
        if kind == "FuncCall":
            parts = string_list(fields.get("funcname"))
            v = function_volatility(parts[-2] if len(parts) > 1 else None, parts[-1])
        elif kind in ("SQLValueFunction", "A_Expr"):
            v = "s"
        elif kind in ("SubLink", "NextValueExpr"):
            v = "v"
        else:
            continue
        if _VOLATILITY_RANK[v] > _VOLATILITY_RANK[worst]:
            worst = v
            if v == "v":
                break
    return worst


# ---------------------------------------------------------------------------------------------
# rendering SQL for suggestions


def ast_of(sql: str) -> Any:
    """The pglast AST (``pglast.ast`` node) of the first statement of ``sql``.

    Use it to build a suggestion from the user's own statement: change attributes (they have the
    same names as in the JSON tree, e.g. ``node.concurrent = True``) and render with
    :func:`to_sql`. ``Stmt.ast()`` caches this per statement.
    """
    import pglast

    return pglast.parse_sql(sql)[0].stmt


def to_sql(node: Any) -> str:
    """Render a pglast AST node as SQL (identifiers quoted only where needed), with ``;``."""
    from pglast.stream import RawStream

    return str(RawStream()(node)).strip() + ";"


def expression_sql(sql_text: str, location: int | None = None) -> str:
    """Render an expression from text, e.g. the DEFAULT of a column: parses ``SELECT <expr>``."""
    from pglast.stream import RawStream

    node = ast_of(f"SELECT {sql_text}")
    return str(RawStream()(node.targetList[0].val))


def _make_object_name(name1: str, name2: str, label: str) -> str:
    """PostgreSQL's makeObjectName: shorten the longer part until it fits in 63 bytes."""
    overhead = len(label) + 1 + (1 if name2 else 0)
    avail = 63 - overhead
    n1, n2 = len(name1.encode()), len(name2.encode())
    while n1 + n2 > avail:
        if n1 > n2:
            n1 -= 1
        else:
            n2 -= 1
    out = name1.encode()[:n1].decode(errors="ignore")
    if name2:
        out += "_" + name2.encode()[:n2].decode(errors="ignore")
    return f"{out}_{label}"


def default_index_name(table: str, index_params: Iterable[Node], *, label: str = "idx") -> str:
    """The name PostgreSQL gives an unnamed index (``orders_customer_id_idx``): columns by
    name, expressions by their function name or ``expr``; ``label`` is ``key``/``pkey``/``excl``
    for constraints. (PostgreSQL appends a number when the name is taken; we cannot know.)"""
    parts: list[str] = []
    for p in index_params:
        elem = p.get("IndexElem", p)
        if elem.get("name"):
            parts.append(elem["name"])
            continue
        expr = elem.get("expr") or {}
        if "FuncCall" in expr:
            parts.append(string_list(expr["FuncCall"].get("funcname"))[-1])
        else:
            parts.append("expr")
    return _make_object_name(table, "_".join(parts), label)


def batched_loop_sql(dml: str) -> str:
    """A DO block that repeats ``dml`` (an UPDATE or DELETE limited to one batch, ending with
    ``;``) until it changes no row, committing after each batch, so no lock or row version is
    held longer than one batch. COMMIT inside DO only works outside a transaction block: the
    suggestion belongs in a migration marked ``-- pgmig:no-transaction``."""
    tag = "$$" if "$$" not in dml else "$batch$"
    body = "\n".join("        " + line if line else "" for line in dml.split("\n"))
    return (
        f"DO {tag}\nBEGIN\n    LOOP\n{body}\n        EXIT WHEN NOT FOUND;\n        COMMIT;\n"
        f"    END LOOP;\nEND\n{tag};"
    )


def no_transaction_note(stmt: Stmt, ctx: Context) -> str | None:
    """Where a statement that must run outside a transaction (``CONCURRENTLY``...) goes, as the
    ``note`` of a suggestion: ``None`` when the statement already stands where it can run (a
    no-transaction file, outside any BEGIN block and DO block)."""
    if stmt.in_do_block:
        return (
            "as a statement of its own, not in a DO block, in a migration marked "
            "`-- pgmig:no-transaction`"
        )
    if ctx.no_transaction and ctx.transaction == "explicit":
        return "outside the BEGIN ... COMMIT block: CONCURRENTLY cannot run in a transaction"
    if ctx.no_transaction:
        return None
    return "in a migration marked `-- pgmig:no-transaction`"


# ---------------------------------------------------------------------------------------------
# ALTER TABLE pieces for suggestions (ADD COLUMN / ADD CONSTRAINT rules)
#
# ``index`` is the position of the sub-command in ``AlterTableStmt.cmds`` (the same in the JSON
# tree and in the pglast AST); ``position`` the position of a constraint in an added column's
# ``constraints``. The functions work on fresh AST copies, so the user's statement is rendered
# with its own names, quoting, types and expressions.


def added_columns(node: Node) -> Iterator[tuple[int, Node]]:
    """``(index of the sub-command, ColumnDef fields)`` for each ``ADD COLUMN`` of an
    ``AlterTableStmt``."""
    for index, (subtype, cmd) in enumerate(alter_cmds(node)):
        if subtype == "AT_AddColumn":
            col = (cmd.get("def") or {}).get("ColumnDef")
            if col is not None:
                yield index, col


def object_name(name1: str, name2: str, label: str) -> str:
    """The name PostgreSQL would choose for an implicit object: ``<name1>_<name2>_<label>``
    (``name2`` may be empty), shortened to fit in 63 bytes as PostgreSQL does."""
    return _make_object_name(name1, name2, label)


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut with ``...`` after ``limit`` characters (for messages)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def map_column_refs(node: Any, change: Callable[[list[str]], list[str] | None]) -> None:
    """Rewrite in place every column reference of a pglast AST: ``change`` gets its name parts
    (``["price"]``, ``["t", "price"]``) and returns new parts, or ``None`` to leave it."""
    from pglast import ast

    stack: list[Any] = [node]
    while stack:
        n: Any = stack.pop()
        if isinstance(n, ast.ColumnRef):
            fields = list(n.fields or ())
            if all(isinstance(f, ast.String) for f in fields):
                parts = change([f.sval for f in fields])
                if parts is not None:
                    n.fields = tuple(ast.String(sval=p) for p in parts)
        elif isinstance(n, ast.Node):
            stack.extend(getattr(n, slot, None) for slot in getattr(type(n), "__slots__", ()))
        elif isinstance(n, tuple):
            stack.extend(n)


def render_expr(node: Any) -> str:
    """A pglast AST expression as SQL (no trailing ``;``)."""
    from pglast.stream import RawStream

    return str(RawStream()(node)).strip()


def _path_to(tree: Any, target: Any) -> list[str | int] | None:
    """The keys/indexes leading from ``tree`` to the object ``target`` (by identity)."""
    stack: list[tuple[Any, list[str | int]]] = [(tree, [])]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, dict):
            stack.extend((v, [*path, k]) for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, [*path, i]) for i, v in enumerate(node) if isinstance(v, (dict, list)))
    return None


def _locations(node: Any) -> Iterator[int]:
    """Every ``location`` value under ``node``."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            for k, v in n.items():
                if k == "location" and isinstance(v, int):
                    yield v
                elif isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(n, list):
            stack.extend(n)


def _without_locations(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_locations(v) for k, v in node.items() if k != "location"}
    if isinstance(node, list):
        return [_without_locations(v) for v in node]
    return node


def written_span(
    stmt: Stmt, expr: Node, *, constraint: bool = False
) -> tuple[int, int, Node] | None:
    """Where an expression of ``stmt`` (a dict inside ``stmt.node``) stands in ``stmt.text``:
    ``(start byte, end byte, the expression parsed again with locations relative to
    stmt.text)``, or ``None``. The span is checked by parsing it alone: same tree, same SQL.
    ``constraint``: ``expr`` is a table constraint of an ``ALTER TABLE ... ADD`` (a
    ``Constraint`` dict), not an expression."""
    import json

    from pglast import parser

    path = _path_to(stmt.node, expr)
    if path is None:
        return None
    try:
        node: Any = json.loads(parser.parse_sql_json(stmt.text))["stmts"][0]["stmt"][stmt.kind]
        for step in path:
            node = node[step]
    except (parser.ParseError, KeyError, IndexError, TypeError):
        return None
    if not isinstance(node, dict):
        return None
    locations = [loc for loc in _locations(node) if loc >= 0]
    if not locations:
        return None
    data = stmt.text.encode()
    wanted = _without_locations(node)
    starts = [min(locations)]
    i = starts[0] - 1
    while i >= 0 and data[i : i + 1] in (b" ", b"\t", b"\n", b"\r", b"("):
        if data[i : i + 1] == b"(":
            starts.append(i)
        i -= 1
    # candidate ends: before a comma or a blank, after a closing parenthesis, the text's end
    ends = sorted(
        {j for j in range(max(locations) + 1, len(data)) if data[j : j + 1] in b",) \n\t"}
        | {j + 1 for j in range(max(locations) + 1, len(data)) if data[j : j + 1] == b")"}
    )
    for end in [*ends[:80], len(data)]:
        for start in starts:
            text = data[start:end].decode(errors="replace")
            try:
                if constraint:
                    raw = json.loads(parser.parse_sql_json(f"ALTER TABLE t ADD {text}"))
                    cmd = raw["stmts"][0]["stmt"]["AlterTableStmt"]["cmds"][0]["AlterTableCmd"]
                    got = cmd["def"]["Constraint"]
                else:
                    raw = json.loads(parser.parse_sql_json(f"SELECT {text}"))
                    select = raw["stmts"][0]["stmt"]["SelectStmt"]
                    got = select["targetList"][0]["ResTarget"]["val"]
            except (parser.ParseError, KeyError, IndexError):
                continue
            if len(raw["stmts"]) == 1 and _without_locations(got) == wanted:
                stripped = text.strip().encode()
                begin = data.index(stripped, start)
                return begin, begin + len(stripped), node
    return None


def written_sql(stmt: Stmt, expr: Node, *, constraint: bool = False) -> str | None:
    """An expression (or, with ``constraint``, an added table constraint) of ``stmt`` exactly
    as the user wrote it (``'x'::regclass``, not the renderer's ``CAST('x' AS regclass)``), or
    ``None`` when it cannot be located."""
    span = written_span(stmt, expr, constraint=constraint)
    if span is None:
        return None
    return stmt.text.encode()[span[0] : span[1]].decode()


def column_default_sql(stmt: Stmt, index: int) -> str:
    """The DEFAULT expression of the column added by sub-command ``index``, as SQL (as written
    when possible)."""
    col = (list(alter_cmds(stmt.node))[index][1].get("def") or {}).get("ColumnDef", {})
    for con in column_constraints(col):
        if con.get("contype") == "CONSTR_DEFAULT" and con.get("raw_expr"):
            written = written_sql(stmt, con["raw_expr"])
            if written is not None:
                return written
    ast_col = stmt.fresh_ast().cmds[index].def_
    for c in ast_col.constraints or ():
        if c.contype.name == "CONSTR_DEFAULT" and c.raw_expr is not None:
            return render_expr(c.raw_expr)
    return "NULL"


def plain_add_column_sql(
    stmt: Stmt,
    index: int,
    rel: Rel,
    *,
    type_sql: str | None = None,
    keep: Iterable[str] | None = None,
    drop: Iterable[str] | None = None,
) -> str:
    """``ALTER TABLE <rel> ADD COLUMN ...;`` for the column of sub-command ``index`` alone.

    By default only its type, COLLATE and REFERENCES stay (no DEFAULT, NOT NULL, CHECK, UNIQUE,
    PRIMARY KEY, identity or generation: the metadata-only form). ``keep`` adds constraint kinds
    (``"CONSTR_DEFAULT"``...) to those kept; ``drop`` instead keeps every constraint except the
    given kinds. ``type_sql`` replaces the type (e.g. a domain's base type, ``bigint`` for
    ``bigserial``). ``IF EXISTS`` / ``IF NOT EXISTS`` are kept."""
    tree = stmt.fresh_ast()
    cmd = tree.cmds[index]
    col = cmd.def_
    if drop is not None:
        dropped = set(drop)
        wanted = [c for c in col.constraints or () if c.contype.name not in dropped]
    else:
        kept = {"CONSTR_FOREIGN", *(keep or ())}
        wanted = [c for c in col.constraints or () if c.contype.name in kept]
    col.constraints = tuple(wanted) or None
    if type_sql is not None:
        col.typeName = ast_of(f"SELECT NULL::{type_sql}").targetList[0].val.typeName
    tree.cmds = (cmd,)
    return to_sql(tree)


def alter_without_sql(stmt: Stmt, indexes: Iterable[int]) -> str | None:
    """The ``ALTER TABLE`` of ``stmt`` without the sub-commands at ``indexes`` (the ones a
    suggestion replaces), or ``None`` when nothing else is left. A suggestion starts with it
    when the other sub-commands (an ``ADD COLUMN`` the constraint uses...) must still run."""
    drop = set(indexes)
    if all(i in drop for i in range(len(stmt.node.get("cmds") or ()))):
        return None  # nothing else: no need to parse and render
    tree = stmt.fresh_ast()
    rest = tuple(c for i, c in enumerate(tree.cmds) if i not in drop)
    if not rest:
        return None
    tree.cmds = rest
    return to_sql(tree)


def constraint_ast(stmt: Stmt, index: int, position: int | None = None) -> Any:
    """A fresh pglast ``Constraint`` of sub-command ``index``: the ``ADD CONSTRAINT`` itself, or
    (``position`` given) the ``position``-th inline constraint of an ``ADD COLUMN``."""
    cmd = stmt.fresh_ast().cmds[index]
    if position is None:
        return cmd.def_
    return cmd.def_.constraints[position]


def add_constraint_sql(
    rel: Rel,
    con: Any,
    *,
    name: str | None = None,
    not_valid: bool = False,
    column: str | None = None,
) -> str:
    """``ALTER TABLE <rel> ADD CONSTRAINT <name> ... [NOT VALID];`` from a pglast ``Constraint``
    (see :func:`constraint_ast`). ``column``: the constraint was inline in ``ADD COLUMN column``;
    a foreign key then gets its column list (``FOREIGN KEY (column)``)."""
    import copy

    from pglast import ast, enums

    con = copy.deepcopy(con)
    if name is not None:
        con.conname = name
    if not_valid:
        con.skip_validation = True
        con.initially_valid = False
    if column is not None and con.contype == enums.ConstrType.CONSTR_FOREIGN and not con.fk_attrs:
        con.fk_attrs = (ast.String(sval=column),)
    relation = ast.RangeVar(
        schemaname=rel.written_schema, relname=rel.name, inh=True, relpersistence="p"
    )
    cmd = ast.AlterTableCmd(subtype=enums.AlterTableType.AT_AddConstraint, def_=con)
    return to_sql(
        ast.AlterTableStmt(relation=relation, cmds=(cmd,), objtype=enums.ObjectType.OBJECT_TABLE)
    )


_CONSTRAINT_LABELS = {
    "CONSTR_CHECK": "check",
    "CONSTR_FOREIGN": "fkey",
    "CONSTR_UNIQUE": "key",
    "CONSTR_PRIMARY": "pkey",
    "CONSTR_EXCLUSION": "excl",
}


def constraint_name(table: str, con: Node, *, column: str | None = None, n: int = 0) -> str:
    """The name PostgreSQL gives an unnamed constraint of ``table`` (JSON ``Constraint``):
    ``<table>_<columns>_fkey`` / ``_key`` / ``_excl``, ``<table>_pkey``, and for CHECK
    ``<table>_<column>_check`` when the expression uses exactly one column, else
    ``<table>_check``. ``column``: the constraint is inline in ``ADD COLUMN column``. ``n`` > 0
    appends a number, as PostgreSQL does for the next constraint with the same name."""
    kind = constraint_kind(con)
    label = _CONSTRAINT_LABELS.get(kind, "constraint")
    if kind == "CONSTR_PRIMARY":
        cols: list[str] = []
    elif kind == "CONSTR_CHECK":
        used = {
            string_list(ref.get("fields"))[-1]
            for ref in nodes_of(con.get("raw_expr"), "ColumnRef")
            if string_list(ref.get("fields"))
        }
        cols = [column] if column else (sorted(used) if len(used) == 1 else [])
    elif kind == "CONSTR_EXCLUSION":
        cols = [
            item["IndexElem"].get("name") or "expr"
            for pair in con.get("exclusions") or ()
            for item in pair.get("List", {}).get("items", [])[:1]
            if "IndexElem" in item
        ]
    else:
        cols = string_list(con.get("fk_attrs") or con.get("keys")) or ([column] if column else [])
    return _make_object_name(table, "_".join(cols), label + (str(n) if n else ""))


def concurrent_unique_index_sql(rel: Rel, con: Any, name: str, *, column: str | None = None) -> str:
    """``CREATE UNIQUE INDEX CONCURRENTLY <name> ON <rel> (...)`` that can back the UNIQUE or
    PRIMARY KEY constraint ``con`` (pglast ``Constraint``): same columns, INCLUDE, NULLS NOT
    DISTINCT, WITH (...) and USING INDEX TABLESPACE. ``column``: the constraint was inline in
    ``ADD COLUMN column``."""
    from pglast import ast, enums

    keys = [k.sval for k in con.keys or ()] or ([column] if column else [])
    params = tuple(
        ast.IndexElem(
            name=k,
            ordering=enums.SortByDir.SORTBY_DEFAULT,
            nulls_ordering=enums.SortByNulls.SORTBY_NULLS_DEFAULT,
        )
        for k in keys
    )
    including = tuple(
        ast.IndexElem(
            name=k.sval,
            ordering=enums.SortByDir.SORTBY_DEFAULT,
            nulls_ordering=enums.SortByNulls.SORTBY_NULLS_DEFAULT,
        )
        for k in con.including or ()
    )
    relation = ast.RangeVar(
        schemaname=rel.written_schema, relname=rel.name, inh=True, relpersistence="p"
    )
    index = ast.IndexStmt(
        idxname=name,
        relation=relation,
        accessMethod="btree",
        indexParams=params,
        indexIncludingParams=including or None,
        unique=True,
        concurrent=True,
    )
    sql = to_sql(index).removesuffix(";")
    # NULLS NOT DISTINCT goes before WITH (...): pglast 8 prints it after, which does not parse
    if con.nulls_not_distinct:
        sql += " NULLS NOT DISTINCT"
    if con.options:
        probe = ast.IndexStmt(
            idxname="x", relation=relation, accessMethod="btree", indexParams=params[:1]
        )
        probe.options = con.options
        sql += " WITH" + to_sql(probe).removesuffix(";").rsplit(" WITH", 1)[1]
    if con.indexspace:
        sql += f" TABLESPACE {quote_ident(con.indexspace)}"
    return sql + ";"


def attach_index_sql(rel: Rel, con: Any, name: str) -> str:
    """``ALTER TABLE <rel> ADD CONSTRAINT <name> {UNIQUE | PRIMARY KEY} USING INDEX <name>``
    (keeping DEFERRABLE / INITIALLY DEFERRED): attaching a prebuilt index is a catalog change."""
    from pglast import enums

    kind = "PRIMARY KEY" if con.contype == enums.ConstrType.CONSTR_PRIMARY else "UNIQUE"
    tail = ""
    if con.deferrable:
        tail += " DEFERRABLE"
    if con.initdeferred:
        tail += " INITIALLY DEFERRED"
    ident = quote_ident(name)
    return f"ALTER TABLE {rel.sql} ADD CONSTRAINT {ident} {kind} USING INDEX {ident}{tail};"


# ---------------------------------------------------------------------------------------------
# locks


class LockMode(IntEnum):
    """PostgreSQL's table lock modes, weakest first."""

    ACCESS_SHARE = 1
    ROW_SHARE = 2
    ROW_EXCLUSIVE = 3
    SHARE_UPDATE_EXCLUSIVE = 4
    SHARE = 5
    SHARE_ROW_EXCLUSIVE = 6
    EXCLUSIVE = 7
    ACCESS_EXCLUSIVE = 8

    @property
    def label(self) -> str:
        """As PostgreSQL's docs write it: ``ACCESS EXCLUSIVE``."""
        return self.name.replace("_", " ")

    @property
    def blocks_writes(self) -> bool:
        """Conflicts with ROW EXCLUSIVE (INSERT/UPDATE/DELETE wait)."""
        return self >= LockMode.SHARE

    @property
    def blocks_reads(self) -> bool:
        """Conflicts with ACCESS SHARE (even SELECT waits)."""
        return self is LockMode.ACCESS_EXCLUSIVE

    @property
    def effect(self) -> str:
        """What applications see while it is held."""
        if self.blocks_reads:
            return "SELECT, INSERT, UPDATE and DELETE wait"
        if self.blocks_writes:
            return "INSERT/UPDATE/DELETE wait"
        return "applications are not blocked"


@dataclass(frozen=True)
class LockTaken:
    """A lock a statement takes: on ``rel`` (``Rel``), in ``mode``, because of ``what``."""

    rel: Rel
    mode: LockMode
    what: str  # e.g. "ALTER TABLE ... ADD COLUMN"


# AlterTableCmd subtype -> lock mode (PostgreSQL 15 AlterTableGetLockLevel, checked against
# pg_locks on a 15 server); missing = ACCESS EXCLUSIVE (also ALTER CONSTRAINT, verified)
_SUE = LockMode.SHARE_UPDATE_EXCLUSIVE
_SRE = LockMode.SHARE_ROW_EXCLUSIVE
_AEL = LockMode.ACCESS_EXCLUSIVE
_ALTER_LOCK: dict[str, LockMode] = {
    "AT_SetStatistics": _SUE,
    "AT_SetOptions": _SUE,
    "AT_ResetOptions": _SUE,
    "AT_ClusterOn": _SUE,
    "AT_DropCluster": _SUE,
    "AT_SetRelOptions": _SUE,
    "AT_ResetRelOptions": _SUE,
    "AT_ReplaceRelOptions": _SUE,
    "AT_ValidateConstraint": _SUE,
    "AT_DetachPartitionFinalize": _SUE,
    "AT_EnableTrig": _SRE,
    "AT_EnableAlwaysTrig": _SRE,
    "AT_EnableReplicaTrig": _SRE,
    "AT_EnableTrigAll": _SRE,
    "AT_EnableTrigUser": _SRE,
    "AT_DisableTrig": _SRE,
    "AT_DisableTrigAll": _SRE,
    "AT_DisableTrigUser": _SRE,
}

_ALTER_LABEL = {
    "AT_AddColumn": "ADD COLUMN",
    "AT_ColumnDefault": "ALTER COLUMN ... SET DEFAULT",
    "AT_DropNotNull": "ALTER COLUMN ... DROP NOT NULL",
    "AT_SetNotNull": "ALTER COLUMN ... SET NOT NULL",
    "AT_SetExpression": "ALTER COLUMN ... SET EXPRESSION",
    "AT_DropExpression": "ALTER COLUMN ... DROP EXPRESSION",
    "AT_SetStatistics": "ALTER COLUMN ... SET STATISTICS",
    "AT_SetOptions": "ALTER COLUMN ... SET (...)",
    "AT_ResetOptions": "ALTER COLUMN ... RESET (...)",
    "AT_SetStorage": "ALTER COLUMN ... SET STORAGE",
    "AT_SetCompression": "ALTER COLUMN ... SET COMPRESSION",
    "AT_DropColumn": "DROP COLUMN",
    "AT_AddConstraint": "ADD CONSTRAINT",
    "AT_AlterConstraint": "ALTER CONSTRAINT",
    "AT_ValidateConstraint": "VALIDATE CONSTRAINT",
    "AT_DropConstraint": "DROP CONSTRAINT",
    "AT_AlterColumnType": "ALTER COLUMN ... TYPE",
    "AT_ChangeOwner": "OWNER TO",
    "AT_ClusterOn": "CLUSTER ON",
    "AT_DropCluster": "SET WITHOUT CLUSTER",
    "AT_SetLogged": "SET LOGGED",
    "AT_SetUnLogged": "SET UNLOGGED",
    "AT_SetAccessMethod": "SET ACCESS METHOD",
    "AT_SetTableSpace": "SET TABLESPACE",
    "AT_SetRelOptions": "SET (...)",
    "AT_ResetRelOptions": "RESET (...)",
    "AT_EnableTrig": "ENABLE TRIGGER",
    "AT_EnableAlwaysTrig": "ENABLE ALWAYS TRIGGER",
    "AT_EnableReplicaTrig": "ENABLE REPLICA TRIGGER",
    "AT_EnableTrigAll": "ENABLE TRIGGER ALL",
    "AT_EnableTrigUser": "ENABLE TRIGGER USER",
    "AT_DisableTrig": "DISABLE TRIGGER",
    "AT_DisableTrigAll": "DISABLE TRIGGER ALL",
    "AT_DisableTrigUser": "DISABLE TRIGGER USER",
    "AT_EnableRule": "ENABLE RULE",
    "AT_DisableRule": "DISABLE RULE",
    "AT_AddInherit": "INHERIT",
    "AT_DropInherit": "NO INHERIT",
    "AT_ReplicaIdentity": "REPLICA IDENTITY",
    "AT_EnableRowSecurity": "ENABLE ROW LEVEL SECURITY",
    "AT_DisableRowSecurity": "DISABLE ROW LEVEL SECURITY",
    "AT_ForceRowSecurity": "FORCE ROW LEVEL SECURITY",
    "AT_NoForceRowSecurity": "NO FORCE ROW LEVEL SECURITY",
    "AT_AttachPartition": "ATTACH PARTITION",
    "AT_DetachPartition": "DETACH PARTITION",
    "AT_DetachPartitionFinalize": "DETACH PARTITION ... FINALIZE",
    "AT_AddIdentity": "ALTER COLUMN ... ADD GENERATED AS IDENTITY",
    "AT_SetIdentity": "ALTER COLUMN ... SET GENERATED",
    "AT_DropIdentity": "ALTER COLUMN ... DROP IDENTITY",
}

_CONSTRAINT_LABEL = {
    "CONSTR_CHECK": "ADD CHECK",
    "CONSTR_FOREIGN": "ADD FOREIGN KEY",
    "CONSTR_UNIQUE": "ADD UNIQUE",
    "CONSTR_PRIMARY": "ADD PRIMARY KEY",
    "CONSTR_EXCLUSION": "ADD EXCLUDE",
    "CONSTR_NOTNULL": "ADD NOT NULL",
}


def alter_cmd_label(subtype: str, cmd: Node) -> str:
    """``ADD COLUMN``, ``ADD FOREIGN KEY``, ``ALTER COLUMN ... TYPE``... for messages."""
    if subtype == "AT_AddConstraint":
        con = (cmd.get("def") or {}).get("Constraint", {})
        return _CONSTRAINT_LABEL.get(constraint_kind(con), "ADD CONSTRAINT")
    if subtype == "AT_ColumnDefault" and not cmd.get("def"):
        return "ALTER COLUMN ... DROP DEFAULT"
    return _ALTER_LABEL.get(subtype, subtype.removeprefix("AT_"))


def alter_cmd_lock(subtype: str, cmd: Node, pg_version: int = 15) -> LockMode:
    """The lock one ALTER TABLE sub-command takes on the altered table."""
    if subtype == "AT_AddConstraint":
        con = (cmd.get("def") or {}).get("Constraint", {})
        return _SRE if constraint_kind(con) == "CONSTR_FOREIGN" else _AEL
    if subtype == "AT_AttachPartition":
        return _SUE if pg_version >= 12 else _AEL
    if subtype == "AT_DetachPartition":
        part = (cmd.get("def") or {}).get("PartitionCmd", {})
        return _SUE if part.get("concurrent") else _AEL
    return _ALTER_LOCK.get(subtype, _AEL)


_LOCK_STMT_KIND = {
    "IndexStmt": "CREATE INDEX",
    "AlterTableStmt": "ALTER TABLE",
    "LockStmt": "LOCK TABLE",
    "TruncateStmt": "TRUNCATE",
    "InsertStmt": "INSERT",
    "UpdateStmt": "UPDATE",
    "DeleteStmt": "DELETE",
    "MergeStmt": "MERGE",
    "CopyStmt": "COPY",
    "CreateTrigStmt": "CREATE TRIGGER",
    "ClusterStmt": "CLUSTER",
    "ReindexStmt": "REINDEX",
    "RefreshMatViewStmt": "REFRESH MATERIALIZED VIEW",
    "VacuumStmt": "VACUUM",
    "RenameStmt": "ALTER ... RENAME",
    "AlterObjectSchemaStmt": "ALTER ... SET SCHEMA",
    "CommentStmt": "COMMENT ON",
    "CreateStmt": "CREATE TABLE",
    "CreatePolicyStmt": "CREATE POLICY",
    "AlterPolicyStmt": "ALTER POLICY",
    "RuleStmt": "CREATE RULE",
    "CreateStatsStmt": "CREATE STATISTICS",
    "SelectStmt": "SELECT",
    "DropStmt": "DROP",
    "AlterSeqStmt": "ALTER SEQUENCE",
    "ViewStmt": "CREATE OR REPLACE VIEW",
}

_DROP_LABEL = {
    "OBJECT_TABLE": "DROP TABLE",
    "OBJECT_INDEX": "DROP INDEX",
    "OBJECT_VIEW": "DROP VIEW",
    "OBJECT_MATVIEW": "DROP MATERIALIZED VIEW",
    "OBJECT_SEQUENCE": "DROP SEQUENCE",
    "OBJECT_FOREIGN_TABLE": "DROP FOREIGN TABLE",
    "OBJECT_TRIGGER": "DROP TRIGGER",
    "OBJECT_RULE": "DROP RULE",
    "OBJECT_POLICY": "DROP POLICY",
}


def statement_label(stmt: Stmt) -> str:
    """A short name for the statement in messages: ``ALTER TABLE ... ADD COLUMN``,
    ``CREATE UNIQUE INDEX``, ``DROP TABLE``, ``UPDATE``..."""
    kind, node = stmt.kind, stmt.node
    if kind == "AlterTableStmt":
        labels = []
        for subtype, cmd in alter_cmds(node):
            label = alter_cmd_label(subtype, cmd)
            if label not in labels:
                labels.append(label)
        what = {"OBJECT_INDEX": "ALTER INDEX", "OBJECT_MATVIEW": "ALTER MATERIALIZED VIEW"}.get(
            node.get("objtype", ""), "ALTER TABLE"
        )
        return f"{what} ... " + ", ".join(labels) if labels else what
    if kind == "IndexStmt":
        return "CREATE UNIQUE INDEX" if node.get("unique") else "CREATE INDEX"
    if kind == "DropStmt":
        return _DROP_LABEL.get(node.get("removeType", ""), "DROP")
    if kind == "VacuumStmt":
        return "VACUUM" if node.get("is_vacuumcmd") else "ANALYZE"
    if kind == "SelectStmt" and node.get("intoClause"):
        return "SELECT ... INTO"
    if kind == "CopyStmt":
        return "COPY ... FROM" if node.get("is_from") else "COPY ... TO"
    if kind in _LOCK_STMT_KIND:
        return _LOCK_STMT_KIND[kind]
    return re.sub(r"(?<!^)(?=[A-Z])", " ", kind.removesuffix("Stmt")).upper()


def _rangevars(items: Iterable[Node] | None) -> Iterator[Node]:
    for item in items or ():
        rv = item.get("RangeVar")
        if rv is not None:
            yield rv


def _qualified_list(ctx: Context, items: Iterable[Node] | None) -> Iterator[Rel]:
    for item in items or ():
        parts = string_list(item.get("List", {}).get("items"))
        if parts:
            yield ctx.qualify(parts[-2] if len(parts) > 1 else None, parts[-1])


def locks_taken(stmt: Stmt, ctx: Context) -> list[LockTaken]:
    """The table-level locks ``stmt`` takes, per relation, as far as the SQL shows them.

    Covers DML (ROW EXCLUSIVE; SELECT: ACCESS SHARE), CREATE INDEX (SHARE, or SHARE UPDATE
    EXCLUSIVE when CONCURRENTLY), every ALTER TABLE sub-command (the strongest wins; FKs also
    take SHARE ROW EXCLUSIVE on the referenced table), LOCK TABLE (its mode), TRUNCATE/DROP/
    CLUSTER/VACUUM FULL/REFRESH/RENAME/SET SCHEMA (ACCESS EXCLUSIVE), CREATE TRIGGER (SHARE ROW
    EXCLUSIVE), CREATE TABLE ... PARTITION OF (ACCESS EXCLUSIVE on the parent) and REFERENCES
    (SHARE ROW EXCLUSIVE on the referenced table), REINDEX, COMMENT, CREATE STATISTICS. Locks on
    tables the statement reaches only through the catalog (the tables using an altered domain,
    the tables an index belongs to when not known) are not listed. Relations may be new or
    existing: use ``ctx.is_new(lock.rel)``.
    """
    kind, node = stmt.kind, stmt.node
    label = statement_label(stmt)
    out: list[LockTaken] = []

    def add(rv: Node | None, mode: LockMode, what: str = label) -> None:
        if rv:
            out.append(LockTaken(ctx.relation(rv), mode, what))

    if kind in ("InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"):
        add(node.get("relation"), LockMode.ROW_EXCLUSIVE)
    elif kind == "CopyStmt":
        add(
            node.get("relation"),
            LockMode.ROW_EXCLUSIVE if node.get("is_from") else LockMode.ACCESS_SHARE,
        )
    elif kind == "IndexStmt":
        add(
            node.get("relation"),
            LockMode.SHARE_UPDATE_EXCLUSIVE if node.get("concurrent") else LockMode.SHARE,
        )
    elif kind == "AlterTableStmt":
        rel_node = node.get("relation")
        strongest: LockMode | None = None
        for subtype, cmd in alter_cmds(node):
            mode = alter_cmd_lock(subtype, cmd, ctx.pg_version)
            if strongest is None or mode > strongest:
                strongest = mode
            d = cmd.get("def") or {}
            con = d.get("Constraint")
            if con and constraint_kind(con) == "CONSTR_FOREIGN":
                add(con.get("pktable"), _SRE, "ALTER TABLE ... ADD FOREIGN KEY")
            col = d.get("ColumnDef")
            if col:
                for c in column_constraints(col):
                    if constraint_kind(c) == "CONSTR_FOREIGN":
                        add(c.get("pktable"), _SRE, "ALTER TABLE ... ADD COLUMN ... REFERENCES")
            part = d.get("PartitionCmd")
            if part and subtype in ("AT_AttachPartition", "AT_DetachPartition"):
                add(part.get("name"), _SUE if part.get("concurrent") else _AEL)
        if strongest is not None and rel_node:
            out.insert(0, LockTaken(ctx.relation(rel_node), strongest, label))
    elif kind == "LockStmt":
        mode = LockMode(int(node.get("mode", 8)))
        for rv in _rangevars(node.get("relations")):
            add(rv, mode)
    elif kind == "TruncateStmt":
        for rv in _rangevars(node.get("relations")):
            add(rv, _AEL)
    elif kind == "CreateTrigStmt":
        add(node.get("relation"), _SRE)
    elif kind in ("CreatePolicyStmt", "AlterPolicyStmt"):
        add(node.get("table"), _AEL)
    elif kind == "RuleStmt":
        add(node.get("relation"), _AEL)
    elif kind == "CreateStatsStmt":
        for rv in _rangevars(node.get("relations")):
            add(rv, _SUE)
    elif kind == "ClusterStmt":
        add(node.get("relation"), _AEL)
    elif kind == "VacuumStmt":
        full = option_enabled(node.get("options"), "full")
        for rel in node.get("rels") or ():
            vr = rel.get("VacuumRelation", {})
            add(vr.get("relation"), _AEL if full else _SUE)
    elif kind == "RefreshMatViewStmt":
        add(node.get("relation"), LockMode.EXCLUSIVE if node.get("concurrent") else _AEL)
    elif kind == "ReindexStmt":
        concurrent = option_enabled(node.get("params"), "concurrently")
        if node.get("kind") == "REINDEX_OBJECT_TABLE":
            add(node.get("relation"), _SUE if concurrent else LockMode.SHARE)
        elif node.get("kind") == "REINDEX_OBJECT_INDEX":
            rel = ctx.relation(node["relation"]) if node.get("relation") else None
            table = ctx.index_table(rel) if rel else None
            if table is not None:
                out.append(LockTaken(table, _SUE if concurrent else LockMode.SHARE, label))
            if rel is not None:
                out.append(LockTaken(rel, _SUE if concurrent else _AEL, label))
    elif kind == "RenameStmt":
        rtype = node.get("renameType", "")
        if node.get("relation") and rtype not in ("OBJECT_SCHEMA", "OBJECT_DOMAIN", "OBJECT_TYPE"):
            add(node.get("relation"), _SUE if rtype == "OBJECT_INDEX" else _AEL)
    elif kind == "AlterObjectSchemaStmt":
        add(node.get("relation"), _AEL)
    elif kind == "CommentStmt":
        if node.get("objtype") in ("OBJECT_TABLE", "OBJECT_COLUMN", "OBJECT_VIEW"):
            parts = string_list(node.get("object", {}).get("List", {}).get("items"))
            if node.get("objtype") == "OBJECT_COLUMN":
                parts = parts[:-1]
            if parts:
                rel = ctx.qualify(parts[-2] if len(parts) > 1 else None, parts[-1])
                out.append(LockTaken(rel, _SUE, label))
    elif kind == "DropStmt":
        rtype = node.get("removeType", "")
        if rtype in ("OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE"):
            for rel in _qualified_list(ctx, node.get("objects")):
                out.append(LockTaken(rel, _AEL, label))
        elif rtype == "OBJECT_INDEX":
            mode = _SUE if node.get("concurrent") else _AEL
            for idx in _qualified_list(ctx, node.get("objects")):
                table = ctx.index_table(idx)
                if table is not None:
                    out.append(LockTaken(table, mode, label))
        elif rtype in ("OBJECT_TRIGGER", "OBJECT_RULE", "OBJECT_POLICY"):
            for item in node.get("objects") or ():
                parts = string_list(item.get("List", {}).get("items"))[:-1]
                if parts:
                    rel = ctx.qualify(parts[-2] if len(parts) > 1 else None, parts[-1])
                    out.append(LockTaken(rel, _AEL, label))
    elif kind == "CreateStmt":
        parent_mode = _AEL if node.get("partbound") else _SUE
        for rv in _rangevars(node.get("inhRelations")):
            add(
                rv, parent_mode, "CREATE TABLE ... PARTITION OF" if node.get("partbound") else label
            )
        for elt in node.get("tableElts") or ():
            cons: list[Node] = []
            if "Constraint" in elt:
                cons = [elt["Constraint"]]
            elif "ColumnDef" in elt:
                cons = column_constraints(elt["ColumnDef"])
            for c in cons:
                if constraint_kind(c) == "CONSTR_FOREIGN":
                    add(c.get("pktable"), _SRE, "CREATE TABLE ... REFERENCES")
    elif kind == "AlterSeqStmt":
        add(node.get("sequence"), _SRE)
    elif kind == "ViewStmt" and node.get("replace"):
        add(node.get("view"), _AEL)
    elif kind == "SelectStmt":
        for rv in nodes_of(node, "RangeVar"):
            if rv is not (node.get("intoClause") or {}).get("rel"):
                add(rv, LockMode.ACCESS_SHARE)
    return out
