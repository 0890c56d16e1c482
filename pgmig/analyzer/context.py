"""Per-file analysis state: what the file has done *before* the statement a rule is looking at.

The engine walks a file's statements in order (expanding DO blocks) with pgmig's runner
semantics and, for each statement, first runs the rules (they see the state *before* it), then
applies the statement's effects to the :class:`Context`:

* **new objects**: relations created earlier in the file (CREATE TABLE / TABLE AS / SELECT INTO /
  MATERIALIZED VIEW / VIEW / SEQUENCE, tables in a schema created in the file, partitions),
  schemas, domains and types, indexes (with their table). Locking or rewriting a new relation is
  harmless. ``CREATE TABLE IF NOT EXISTS`` / ``CREATE OR REPLACE VIEW`` count as new unless the
  live catalog says the relation already exists;
* **search_path** (``SET [LOCAL] search_path``; the first schema other than ``$user`` is where
  unqualified names resolve) and the session **TimeZone**;
* **transactions**: a file runs in one transaction unless its header has
  ``-- pgmig:no-transaction``; then each statement autocommits and explicit ``BEGIN ... COMMIT``
  blocks group statements. A DO block is one transaction of its own when it runs outside one.
  COMMIT/ROLLBACK really end the transaction, even in a wrapped file (that is what PostgreSQL
  does; ``nested-transaction-control`` reports it);
* **locks held** in the current transaction on *existing* relations (the strongest mode per
  relation, with the statement that took it): ``validate-in-same-transaction`` and
  ``backfill-under-ddl-lock`` read them;
* **constraints** added/validated earlier in the file (``set-not-null`` proofs), columns added.

Names are compared as PostgreSQL folds them (the parse tree already did that): ``"Orders"`` is
not ``orders`` and ``app.users`` is not ``public.users``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pgmig.analyzer.catalog import OFFLINE, Catalog, DomainFact
from pgmig.analyzer.helpers import (
    LockMode,
    LockTaken,
    alter_cmds,
    check_not_null_columns,
    column_constraints,
    const_value,
    constraint_kind,
    qualified,
    quote_ident,
    string_list,
    type_ref,
)

if TYPE_CHECKING:
    from pgmig.parsing import Position, SourceText, Statement

Node = dict[str, Any]
Key = tuple[str, str]


@dataclass(frozen=True)
class Rel:
    """A relation reference, resolved: ``schema`` is where PostgreSQL would look first;
    ``written_schema`` is what the SQL said (``None`` when unqualified).

    ``str(rel)`` is the name as PostgreSQL's own messages show it (``"orders"``,
    ``"app.orders"``); ``rel.sql`` is the SQL identifier as written, quoted only where needed.
    """

    schema: str
    name: str
    written_schema: str | None = None

    @property
    def key(self) -> Key:
        return (self.schema, self.name)

    @property
    def sql(self) -> str:
        return qualified(self.written_schema, self.name)

    @property
    def resolved_sql(self) -> str:
        """The SQL identifier with the resolved schema, always qualified: ``app.orders``."""
        return qualified(self.schema, self.name)

    @property
    def label(self) -> str:
        return f"{self.written_schema}.{self.name}" if self.written_schema else self.name

    def __str__(self) -> str:
        return f'"{self.label}"'


class Origin:
    """Maps the libpg_query byte ``location``s of one parsed text to positions in the file.

    ``base`` is the file character offset where ``text`` starts *verbatim*; when the text is not
    a verbatim slice of the file (a DO body in an escaped string literal), ``base`` is ``None``
    and every location maps to ``fallback``.
    """

    __slots__ = ("_file", "_inner", "base", "fallback", "is_file")

    def __init__(
        self,
        file_source: SourceText,
        inner: SourceText | None,
        base: int | None,
        fallback: int,
    ) -> None:
        self._file = file_source
        self._inner = inner
        self.base = base
        self.fallback = fallback
        self.is_file = inner is None

    def offset(self, location: int | None) -> int:
        """File character offset of a byte ``location`` in the parsed text."""
        if location is None or location < 0:
            return self.fallback
        if self._inner is None:
            return self._file.char_offset(location)
        if self.base is None:
            return self.fallback
        return self.base + self._inner.char_offset(location)

    def position(self, location: int | None) -> Position:
        return self._file.position(self.offset(location))


@dataclass(eq=False)
class Stmt:
    """One statement as the rules see it (a top-level statement or one inside a DO block).

    * ``kind``: the node type (``"IndexStmt"``); ``node``: its fields; ``tree``: ``{kind: node}``;
    * ``text``: its SQL (for a statement inside a DO block: that statement's own SQL);
    * ``top``: the top-level :class:`~pgmig.parsing.Statement` of the file that contains it
      (ignore directives are attached there);
    * ``do_block``: the enclosing DO statement, or ``None`` at top level; ``dynamic``: it came
      from ``EXECUTE '<constant string>'``.
    """

    kind: str
    node: Node
    text: str
    top: Statement
    origin: Origin
    start: int  # file character offset of the statement (best effort inside DO blocks)
    do_block: Stmt | None = None
    dynamic: bool = False
    _ast: Any = None

    @property
    def tree(self) -> Node:
        return {self.kind: self.node}

    @property
    def in_do_block(self) -> bool:
        return self.do_block is not None

    def position(self, node: Node | None = None) -> Position:
        """Where ``node`` (default: the statement) starts in the file."""
        if node is not None:
            loc = node.get("location")
            if isinstance(loc, int) and loc >= 0:
                return self.origin.position(loc)
        return self.origin._file.position(self.start)

    def ast(self) -> Any:
        """The pglast AST of this statement (parsed on first use; for rendering suggestions).

        Mutating it is fine: every call returns the same object, so copy what you change when a
        rule builds two different suggestions from one statement."""
        if self._ast is None:
            from pgmig.analyzer.helpers import ast_of

            self._ast = ast_of(self.text)
        return self._ast

    def fresh_ast(self) -> Any:
        """A new pglast AST of this statement, safe to modify."""
        from pgmig.analyzer.helpers import ast_of

        return ast_of(self.text)


@dataclass
class HeldLock:
    """A lock held in the current transaction on an existing relation."""

    rel: Rel
    mode: LockMode
    what: str  # the statement that took it, e.g. "ALTER TABLE ... ADD COLUMN"
    stmt: Stmt


@dataclass
class ConstraintInfo:
    """A constraint added or validated earlier in the file.

    ``contype`` is ``None`` and ``expr`` is ``None`` when only a ``VALIDATE CONSTRAINT`` of a
    constraint created elsewhere was seen (its definition is not visible)."""

    name: str
    contype: str | None
    expr: Node | None
    validated: bool
    added_by: Stmt | None = None
    validated_by: Stmt | None = None
    validated_under_write_lock: bool = False  # the VALIDATE ran while writes were blocked
    validated_in_transaction: int | None = None  # transaction number of the VALIDATE

    @property
    def not_null_columns(self) -> frozenset[str]:
        return check_not_null_columns(self.expr) if self.contype == "CONSTR_CHECK" else frozenset()


@dataclass
class DomainInfo:
    """A domain created in this file or read from the live catalog. A domain over another
    domain inherits its constraints, default and base type (``base_type`` is the root type)."""

    schema: str
    name: str
    has_constraints: bool
    base_type: str
    created_in_file: bool = True
    not_null: bool = False
    has_default: bool = False
    checks: int = 0  # number of CHECK constraints (validated or not)
    sources: list[Stmt] = field(default_factory=list)  # CREATE/ALTER DOMAIN statements with CHECKs
    catalog_checks: tuple[str, ...] = ()  # pg_get_constraintdef of CHECKs from the catalog


@dataclass
class Context:
    """The state rules read. Rules must treat it as read-only; the engine updates it."""

    pg_version: int
    catalog: Catalog = field(default_factory=lambda: OFFLINE)
    no_transaction: bool = False  # the file has `-- pgmig:no-transaction`
    search_path: list[str] = field(default_factory=lambda: ["public"])
    timezone: str | None = None  # the session TimeZone if the file set it
    # transaction state
    transaction: str | None = None  # None (autocommit), "runner", "explicit" or "do"
    transaction_number: int = 0  # increments with every transaction (a key for "same tx")
    begin_stmt: Stmt | None = None  # the BEGIN of an open explicit transaction
    locks: dict[Key, HeldLock] = field(default_factory=dict)
    # objects created in this file
    created_relations: dict[Key, str] = field(default_factory=dict)  # key -> relkind r/v/m/S/p
    created_schemas: set[str] = field(default_factory=set)
    created_types: set[Key] = field(default_factory=set)
    domains: dict[Key, DomainInfo] = field(default_factory=dict)
    functions: dict[Key, str] = field(default_factory=dict)  # created in file -> "i"/"s"/"v"
    indexes: dict[Key, Rel] = field(default_factory=dict)  # index -> its table
    added_columns: dict[Key, dict[str, Node]] = field(default_factory=dict)  # table -> col -> def
    constraints: dict[Key, dict[str, ConstraintInfo]] = field(default_factory=dict)
    temp_relations: set[str] = field(default_factory=set)
    # rule options from the configuration, by rule id: `"<rule-id>.<option>" = "value"` in
    # `[rules]` (e.g. the patterns of naming-convention); read them with rule_option()
    options: dict[str, dict[str, str]] = field(default_factory=dict)
    # per-file scratch space for rules whose verdict depends on statements that come later (a
    # rename followed by a compatibility view, a primary key added after CREATE TABLE), keyed by
    # rule id: the only part of the context a rule may write to (fresh for every file)
    rule_data: dict[str, Any] = field(default_factory=dict)
    _local_settings: dict[str, Any] = field(default_factory=dict)
    # increments whenever `locks` changes: rules may memoize per-lock-set work on it
    lock_version: int = 0
    _blocking: dict[Key, HeldLock] = field(default_factory=dict)
    _n_ael: int = 0

    # ---- names -------------------------------------------------------------------------------

    def rule_option(self, rule: str, name: str) -> str | None:
        """The configured option ``name`` of ``rule`` (``"<rule>.<name>"`` in ``[rules]``)."""
        return self.options.get(rule, {}).get(name)

    @property
    def default_schema(self) -> str:
        for s in self.search_path:
            if s not in ("$user", "pg_catalog", "pg_temp"):
                return s
        return "public"

    def qualify(self, schema: str | None, name: str) -> Rel:
        """Resolve a (possibly unqualified) relation name as PostgreSQL would."""
        if schema:
            return Rel(schema, name, schema)
        if name in self.temp_relations:
            return Rel("pg_temp", name, None)
        return Rel(self.default_schema, name, None)

    def relation(self, range_var: Node) -> Rel:
        """A ``RangeVar`` (inline or wrapped) as a :class:`Rel`."""
        rv = range_var.get("RangeVar", range_var)
        return self.qualify(rv.get("schemaname"), rv.get("relname", ""))

    def qualify_type(self, names: list[str]) -> Key:
        if len(names) > 1:
            return (names[-2], names[-1])
        return (self.default_schema, names[-1])

    # ---- new vs existing -----------------------------------------------------------------------

    def is_new(self, rel: Rel | Key) -> bool:
        """Created earlier in this file (or in a schema created in this file)."""
        key = rel.key if isinstance(rel, Rel) else rel
        return (
            key in self.created_relations
            or key[0] in self.created_schemas
            or key[0] == "pg_temp"
            or (key in self.indexes and self.is_new(self.indexes[key]))
        )

    def is_existing(self, rel: Rel | Key) -> bool:
        return not self.is_new(rel)

    def index_table(self, index: Rel) -> Rel | None:
        """The table of an index created in this file or known to the live catalog."""
        found = self.indexes.get(index.key)
        if found is not None:
            return found
        fact = self.catalog.relation(index.schema, index.name)
        if fact is not None and fact.table is not None:
            return Rel(fact.table[0], fact.table[1], fact.table[0])
        return None

    # ---- transactions and locks ----------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        """The current statement runs inside a transaction block (the runner's, BEGIN's or a DO
        block's), so locks it takes are held until that transaction ends."""
        return self.transaction is not None

    @property
    def runner_wrapped(self) -> bool:
        """The file runs inside the runner's transaction (no ``-- pgmig:no-transaction``)."""
        return not self.no_transaction

    def held_locks(self) -> list[HeldLock]:
        """Locks held in the current transaction on existing relations, oldest first."""
        return list(self.locks.values())

    def write_blocking_locks(self) -> list[HeldLock]:
        """Held locks that block INSERT/UPDATE/DELETE (SHARE or stronger), in the order they
        became write-blocking. (Maintained incrementally: cheap even with thousands held.)"""
        return list(self._blocking.values())

    def write_blocking_counts(self) -> tuple[int, int]:
        """``(ACCESS EXCLUSIVE locks, other write-blocking locks)`` held, in O(1)."""
        return self._n_ael, len(self._blocking) - self._n_ael

    def lock_on(self, rel: Rel | Key) -> HeldLock | None:
        return self.locks.get(rel.key if isinstance(rel, Rel) else rel)

    # ---- schema knowledge ------------------------------------------------------------------------

    def domain(self, schema: str | None, name: str) -> DomainInfo | None:
        """A domain created in this file or known to the live catalog (``None``: not a known
        domain; offline that includes "unknown")."""
        schemas = [schema] if schema else [s for s in self.search_path if s != "$user"]
        for s in schemas:
            found = self.domains.get((s, name))
            if found is not None:
                return found
        for s in schemas:
            fact: DomainFact | None = self.catalog.domain(s, name)
            if fact is not None:
                return DomainInfo(
                    fact.schema,
                    fact.name,
                    fact.has_constraints,
                    fact.base_type,
                    False,
                    not_null=fact.not_null,
                    has_default=fact.default is not None,
                    checks=len(fact.checks),
                    catalog_checks=fact.checks,
                )
        return None

    def function_volatility(self, schema: str | None, name: str) -> str | None:
        """``"i"``mmutable, ``"s"``table or ``"v"``olatile for a function called as
        ``[schema.]name(...)``, or ``None`` when unknown (offline, not built in, not created in
        this file). Built-ins come first for an unqualified name, as pg_catalog does; then
        functions created earlier in the file (their IMMUTABLE/STABLE/VOLATILE clause), the live
        catalog, and functions of common extensions (uuid-ossp, pgcrypto...)."""
        from pgmig.analyzer import builtin_functions as bf

        if schema in (None, "pg_catalog"):
            for level, names in (("v", bf.VOLATILE), ("s", bf.STABLE), ("i", bf.IMMUTABLE)):
                if name in names:
                    return level
            if schema == "pg_catalog":
                return None
        schemas = [schema] if schema else [s for s in self.search_path if s != "$user"]
        for s in schemas:
            found = self.functions.get((s, name))
            if found is not None:
                return found
        for s in schemas:
            known = self.catalog.function_volatility(s, name)
            if known is not None:
                return known
        return bf.EXTENSION_FUNCTIONS.get(name)

    def constraints_on(self, rel: Rel) -> dict[str, ConstraintInfo]:
        """Constraints added or validated on ``rel`` earlier in this file, by name."""
        return self.constraints.get(rel.key, {})

    def not_null_proof(self, rel: Rel, column: str) -> ConstraintInfo | None:
        """A CHECK seen validated in this file that proves ``column`` non-null (definition
        visible), else a VALIDATE in this file of a constraint whose definition is not visible
        (the heuristic squawk also accepts), else ``None``. The live catalog's validated CHECKs
        are separate: ``ctx.catalog.not_null_proven(...)``."""
        unknown: ConstraintInfo | None = None
        for info in self.constraints_on(rel).values():
            if not info.validated:
                continue
            if info.contype == "CONSTR_CHECK" and column in info.not_null_columns:
                return info
            if info.contype is None and unknown is None:
                unknown = info
        return unknown

    # ---- updates (engine only) -------------------------------------------------------------------

    def _begin(self, kind: str, stmt: Stmt | None = None) -> None:
        self.transaction = kind
        self.transaction_number += 1
        self.begin_stmt = stmt if kind == "explicit" else None
        self._clear_locks()

    def _end_transaction(self) -> None:
        self.transaction = None
        self.begin_stmt = None
        self._clear_locks()
        for name, value in self._local_settings.items():
            setattr(self, name, value)
        self._local_settings.clear()

    def _clear_locks(self) -> None:
        self.locks.clear()
        self._blocking.clear()
        self._n_ael = 0
        self.lock_version += 1

    def _record_locks(self, stmt: Stmt, taken: list[LockTaken]) -> None:
        if self.transaction is None:
            return
        for lock in taken:
            if self.is_new(lock.rel):
                continue
            held = self.locks.get(lock.rel.key)
            if held is None or lock.mode > held.mode:
                new = HeldLock(lock.rel, lock.mode, lock.what, stmt)
                self.locks[lock.rel.key] = new
                self.lock_version += 1
                if new.mode.blocks_writes:
                    old = self._blocking.get(lock.rel.key)
                    if old is not None and old.mode is LockMode.ACCESS_EXCLUSIVE:
                        self._n_ael -= 1
                    if new.mode is LockMode.ACCESS_EXCLUSIVE:
                        self._n_ael += 1
                    self._blocking[lock.rel.key] = new

    def _set(self, name: str, value: Any, local: bool) -> None:
        if local and self.transaction is not None:
            self._local_settings.setdefault(name, getattr(self, name))
        elif not local:
            self._local_settings.pop(name, None)
        setattr(self, name, value)

    def _created(self, rel: Rel, relkind: str, *, if_not_exists: bool = False) -> None:
        if if_not_exists and self.catalog.exists(rel.schema, rel.name):
            return
        self.created_relations[rel.key] = relkind

    def apply(self, stmt: Stmt) -> None:
        """Record the effects of ``stmt`` (called by the engine after the rules ran)."""
        handler = _EFFECTS.get(stmt.kind)
        if handler is not None:
            handler(self, stmt)


# ---- effects of statements on the context -------------------------------------------------------


def _create_stmt(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    rv = node.get("relation") or {}
    if rv.get("relpersistence") == "t" and not rv.get("schemaname"):
        ctx.temp_relations.add(rv.get("relname", ""))
    rel = ctx.relation(rv)
    relkind = "p" if node.get("partspec") else "r"
    ctx._created(rel, relkind, if_not_exists=bool(node.get("if_not_exists")))


def _create_table_as(ctx: Context, stmt: Stmt) -> None:
    into = stmt.node.get("into") or {}
    rv = into.get("rel") or {}
    if rv.get("relpersistence") == "t" and not rv.get("schemaname"):
        ctx.temp_relations.add(rv.get("relname", ""))
    kind = "m" if stmt.node.get("objtype") == "OBJECT_MATVIEW" else "r"
    ctx._created(ctx.relation(rv), kind, if_not_exists=bool(stmt.node.get("if_not_exists")))


def _select(ctx: Context, stmt: Stmt) -> None:
    into = stmt.node.get("intoClause")
    if into:
        rv = into.get("rel") or {}
        if rv.get("relpersistence") == "t" and not rv.get("schemaname"):
            ctx.temp_relations.add(rv.get("relname", ""))
        ctx._created(ctx.relation(rv), "r")


def _view(ctx: Context, stmt: Stmt) -> None:
    rel = ctx.relation(stmt.node.get("view") or {})
    ctx._created(rel, "v", if_not_exists=bool(stmt.node.get("replace")))


def _sequence(ctx: Context, stmt: Stmt) -> None:
    rel = ctx.relation(stmt.node.get("sequence") or {})
    ctx._created(rel, "S", if_not_exists=bool(stmt.node.get("if_not_exists")))


def _schema(ctx: Context, stmt: Stmt) -> None:
    name = stmt.node.get("schemaname")
    if not name:
        return
    if not stmt.node.get("if_not_exists"):
        # CREATE SCHEMA IF NOT EXISTS usually names a schema that exists in production, with
        # its (existing) tables: only the tables created in the file count as new then
        ctx.created_schemas.add(name)
    for elt in stmt.node.get("schemaElts") or ():
        for kind, fields in elt.items():
            rv = fields.get("relation") or fields.get("view") or fields.get("sequence")
            if kind in ("CreateStmt", "ViewStmt", "CreateSeqStmt") and rv:
                ctx.created_relations[(rv.get("schemaname") or name, rv.get("relname", ""))] = (
                    "r" if kind == "CreateStmt" else "v" if kind == "ViewStmt" else "S"
                )


def _domain(ctx: Context, stmt: Stmt) -> None:
    names = string_list(stmt.node.get("domainname"))
    if not names:
        return
    key = ctx.qualify_type(names)
    kinds = [
        constraint_kind(c["Constraint"])
        for c in stmt.node.get("constraints") or ()
        if "Constraint" in c
    ]
    checks = kinds.count("CONSTR_CHECK")
    info = DomainInfo(
        key[0],
        key[1],
        False,
        type_ref(stmt.node.get("typeName") or {}).sql,
        not_null="CONSTR_NOTNULL" in kinds,
        has_default="CONSTR_DEFAULT" in kinds,
        checks=checks,
        sources=[stmt] if checks else [],
    )
    base = type_ref(stmt.node.get("typeName") or {})
    if not base.is_builtin and not base.array:
        parent = ctx.domain(base.schema, base.name)
        if parent is not None:  # a domain over a domain inherits its constraints and default
            info.base_type = parent.base_type
            info.not_null = info.not_null or parent.not_null
            info.has_default = info.has_default or parent.has_default
            info.checks += parent.checks
            info.sources = parent.sources + info.sources
            info.catalog_checks = parent.catalog_checks
    info.has_constraints = info.not_null or info.checks > 0
    ctx.domains[key] = info
    ctx.created_types.add(key)


def _alter_domain(ctx: Context, stmt: Stmt) -> None:
    names = string_list(stmt.node.get("typeName"))
    if not names:
        return
    key = ctx.qualify_type(names)
    info = ctx.domains.get(key)
    if info is None:
        return
    subtype = stmt.node.get("subtype")
    if subtype == "C":  # ADD CONSTRAINT
        con = (stmt.node.get("def") or {}).get("Constraint", {})
        if constraint_kind(con) == "CONSTR_CHECK":
            info.checks += 1
            info.sources.append(stmt)
        elif constraint_kind(con) == "CONSTR_NOTNULL":
            info.not_null = True
    elif subtype == "O":  # SET NOT NULL (libpg_query's letters: O = SET, N = DROP)
        info.not_null = True
    elif subtype == "N":  # DROP NOT NULL
        info.not_null = False
    elif subtype == "T":  # SET / DROP DEFAULT
        info.has_default = stmt.node.get("def") is not None
    info.has_constraints = info.not_null or info.checks > 0


def _function(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    names = string_list(node.get("funcname"))
    if not names or node.get("is_procedure"):
        return
    level = "v"  # CREATE FUNCTION's default
    for option in node.get("options") or ():
        d = option.get("DefElem", {})
        if d.get("defname") == "volatility":
            value = (d.get("arg") or {}).get("String", {}).get("sval", "volatile")
            level = {"immutable": "i", "stable": "s"}.get(value, "v")
    ctx.functions[ctx.qualify_type(names)] = level


def _type(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    names = string_list(node.get("typeName"))
    if not names and node.get("typevar"):
        rv = node["typevar"]
        names = [p for p in (rv.get("schemaname"), rv.get("relname")) if p]
    if names:
        ctx.created_types.add(ctx.qualify_type(names))


def _index(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    table = ctx.relation(node.get("relation") or {})
    name = node.get("idxname")
    if name:
        ctx.indexes[(table.schema, name)] = table


def _alter_table(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    if not node.get("relation"):
        return
    rel = ctx.relation(node["relation"])
    held = ctx.locks.get(rel.key)
    for subtype, cmd in alter_cmds(node):
        d = cmd.get("def") or {}
        if subtype == "AT_AddConstraint" and "Constraint" in d:
            con = d["Constraint"]
            name = con.get("conname") or _default_constraint_name(rel, con)
            ctx.constraints.setdefault(rel.key, {})[name] = ConstraintInfo(
                name,
                constraint_kind(con),
                con.get("raw_expr"),
                validated=not con.get("skip_validation"),
                added_by=stmt,
                validated_by=None if con.get("skip_validation") else stmt,
                validated_in_transaction=(
                    None if con.get("skip_validation") else ctx.transaction_number
                ),
            )
        elif subtype == "AT_ValidateConstraint" and cmd.get("name"):
            cons = ctx.constraints.setdefault(rel.key, {})
            info = cons.get(cmd["name"])
            if info is None:
                info = cons[cmd["name"]] = ConstraintInfo(cmd["name"], None, None, False)
            info.validated = True
            info.validated_by = stmt
            info.validated_in_transaction = ctx.transaction_number
            info.validated_under_write_lock = bool(
                ctx.in_transaction and held is not None and held.mode.blocks_writes
            )
        elif subtype == "AT_DropConstraint" and cmd.get("name"):
            ctx.constraints.get(rel.key, {}).pop(cmd["name"], None)
        elif subtype == "AT_AddColumn" and "ColumnDef" in d:
            col = d["ColumnDef"]
            ctx.added_columns.setdefault(rel.key, {})[col.get("colname", "")] = col


def _default_constraint_name(rel: Rel, con: Node) -> str:
    kind = constraint_kind(con)
    if kind == "CONSTR_CHECK":
        cols = sorted(check_not_null_columns(con.get("raw_expr")))
        return f"{rel.name}_{cols[0]}_check" if len(cols) == 1 else f"{rel.name}_check"
    suffix = {
        "CONSTR_FOREIGN": "fkey",
        "CONSTR_UNIQUE": "key",
        "CONSTR_PRIMARY": "pkey",
        "CONSTR_EXCLUSION": "excl",
    }.get(kind, "constraint")
    cols = string_list(con.get("fk_attrs") or con.get("keys"))
    return f"{rel.name}_{'_'.join(cols)}_{suffix}" if cols else f"{rel.name}_{suffix}"


def _rename(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    rtype = node.get("renameType")
    if rtype == "OBJECT_SCHEMA":
        old, new = node.get("subname"), node.get("newname")
        if old in ctx.created_schemas and new:
            ctx.created_schemas.add(new)
        return
    if rtype in ("OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE") and node.get(
        "relation"
    ):
        rel = ctx.relation(node["relation"])
        kind = ctx.created_relations.pop(rel.key, None)
        if kind is not None and node.get("newname"):
            ctx.created_relations[(rel.schema, node["newname"])] = kind
    elif rtype == "OBJECT_TABCONSTRAINT" and node.get("relation"):
        rel = ctx.relation(node["relation"])
        cons = ctx.constraints.get(rel.key, {})
        info = cons.pop(node.get("subname", ""), None)
        if info is not None and node.get("newname"):
            info.name = node["newname"]
            cons[info.name] = info


def _set_schema(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    if node.get("relation") and node.get("newschema"):
        rel = ctx.relation(node["relation"])
        kind = ctx.created_relations.pop(rel.key, None)
        if kind is not None:
            ctx.created_relations[(node["newschema"], rel.name)] = kind


def _variable_set(ctx: Context, stmt: Stmt) -> None:
    node = stmt.node
    name = node.get("name")
    kind = node.get("kind")
    local = bool(node.get("is_local"))
    if kind == "VAR_RESET_ALL":
        ctx._set("search_path", ["public"], False)
        ctx._set("timezone", None, False)
        return
    if name == "search_path":
        if kind == "VAR_SET_VALUE":
            path = [str(const_value(a)) for a in node.get("args") or ()]
            # SET search_path = 'a, b' is one string holding the whole list
            if len(path) == 1 and "," in path[0]:
                path = [p.strip().strip('"') for p in path[0].split(",")]
            ctx._set("search_path", path or ["public"], local)
        elif kind in ("VAR_SET_DEFAULT", "VAR_RESET"):
            ctx._set("search_path", ["public"], local)
    elif name == "timezone":
        if kind == "VAR_SET_VALUE":
            args = node.get("args") or ()
            value = const_value(args[0]) if args else None
            ctx._set("timezone", str(value) if value is not None else None, local)
        elif kind in ("VAR_SET_DEFAULT", "VAR_RESET"):
            ctx._set("timezone", None, local)


def _transaction(ctx: Context, stmt: Stmt) -> None:
    kind = stmt.node.get("kind")
    if kind in ("TRANS_STMT_BEGIN", "TRANS_STMT_START"):
        if ctx.transaction is None:
            ctx._begin("explicit", stmt)
    elif (
        kind in ("TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE")
        and ctx.transaction is not None
    ):
        was_do = ctx.transaction == "do"
        ctx._end_transaction()
        if stmt.node.get("chain") or was_do:
            # COMMIT AND CHAIN opens the next transaction at once; inside a DO block the rest
            # of the block runs in a new transaction too
            ctx._begin("do" if was_do else "explicit", stmt)


_EFFECTS = {
    "CreateStmt": _create_stmt,
    "CreateTableAsStmt": _create_table_as,
    "SelectStmt": _select,
    "ViewStmt": _view,
    "CreateSeqStmt": _sequence,
    "CreateSchemaStmt": _schema,
    "CreateDomainStmt": _domain,
    "AlterDomainStmt": _alter_domain,
    "CreateFunctionStmt": _function,
    "CreateEnumStmt": _type,
    "CompositeTypeStmt": _type,
    "CreateRangeStmt": _type,
    "IndexStmt": _index,
    "AlterTableStmt": _alter_table,
    "RenameStmt": _rename,
    "AlterObjectSchemaStmt": _set_schema,
    "VariableSetStmt": _variable_set,
    "TransactionStmt": _transaction,
}

__all__ = [
    "ConstraintInfo",
    "Context",
    "DomainInfo",
    "HeldLock",
    "Origin",
    "Rel",
    "Stmt",
    "column_constraints",
    "quote_ident",
]
