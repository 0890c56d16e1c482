"""Schema knowledge for the analyzer: what static analysis of the files alone cannot know.

Some verdicts depend on the schema that exists *before* the migration runs: the old type of a
column (is ``varchar(50) -> text`` binary-coercible?), whether a validated ``CHECK (c IS NOT
NULL)`` already proves a column non-null, whether a type is a domain with constraints, whether a
table is partitioned. :class:`Catalog` is the read-only interface rules use for those facts.

* :class:`OfflineCatalog` (the default, ``online = False``) knows nothing: every method returns
  ``None``/empty, and rules must then be conservative (flag), as analyzer.md requires.
* :class:`LiveCatalog` (see :func:`load_live_catalog`) holds facts read from a real database in a
  few catalog queries, for the relations and types the analysed files mention. It is only built
  when a database is *named* (``--database-url``, ``PGMIG_DATABASE_URL``/``DATABASE_URL`` or the
  config file), never from libpq's implicit defaults, so ``check`` stays offline in CI.

Contract for every method: names are the *folded* names (as in the parse tree: unquoted
identifiers lower-case, quoted ones exact) and the schema is already resolved (rules pass
``Rel.schema``). ``None`` always means "unknown", never "does not exist"; use
:meth:`Catalog.relation` to learn whether a relation exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ColumnFact:
    """A column as ``format_type`` shows it, e.g. ``character varying(50)``, ``numeric(12,2)``."""

    name: str
    type: str  # format_type(atttypid, atttypmod)
    type_name: str  # pg_type.typname, e.g. "varchar", "int4"
    type_schema: str
    typmod: int
    not_null: bool
    collation: str | None = None  # only when it differs from the type's default


@dataclass(frozen=True)
class ConstraintFact:
    name: str
    contype: str  # "c" check, "f" foreign key, "p" primary key, "u" unique, "x" exclusion, "n"
    validated: bool
    definition: str  # pg_get_constraintdef
    columns: tuple[str, ...] = ()  # conkey as column names
    not_null_columns: frozenset[str] = frozenset()  # columns a validated CHECK proves non-null


@dataclass(frozen=True)
class DomainFact:
    schema: str
    name: str
    base_type: str  # format_type of typbasetype
    not_null: bool
    checks: tuple[str, ...] = ()  # pg_get_constraintdef of each CHECK
    # (schema, table, column) of every table column of this domain type (directly, not through
    # another domain or an array); None when unknown
    used_by: tuple[tuple[str, str, str], ...] | None = None

    @property
    def has_constraints(self) -> bool:
        return self.not_null or bool(self.checks)


@dataclass(frozen=True)
class IndexFact:
    """An index of a table: ``columns`` are its key columns in order (``None`` for an expression
    element); ``partial`` when it has a WHERE predicate; ``valid`` is ``pg_index.indisvalid``."""

    name: str
    columns: tuple[str | None, ...]
    unique: bool = False
    partial: bool = False
    valid: bool = True


@dataclass(frozen=True)
class RelationFact:
    schema: str
    name: str
    relkind: str  # r table, p partitioned table, v view, m matview, i index, S sequence, f foreign
    is_partition: bool = False
    partitions: tuple[tuple[str, str], ...] = ()  # (schema, name) of direct partitions
    columns: dict[str, ColumnFact] = field(default_factory=dict)
    constraints: tuple[ConstraintFact, ...] = ()
    table: tuple[str, str] | None = None  # for an index: the table it belongs to
    # for a partitioned table: its DEFAULT partition (schema, name), if it has one
    default_partition: tuple[str, str] | None = None
    # columns that appear in any index of the table (key columns, INCLUDE columns, and columns
    # used in index expressions or predicates): changing their type may rebuild those indexes
    indexed_columns: frozenset[str] = frozenset()
    indexes: tuple[IndexFact, ...] = ()  # the table's indexes (pg_index), for index coverage

    @property
    def is_partitioned(self) -> bool:
        return self.relkind == "p"


class Catalog:
    """Read-only schema facts. This base class is the offline implementation: it knows nothing."""

    online: bool = False
    server_version: int | None = None  # major version, e.g. 15

    def relation(self, schema: str, name: str) -> RelationFact | None:
        """The relation (table, view, index, ...) or ``None`` if unknown/absent."""
        return None

    def column(self, schema: str, table: str, column: str) -> ColumnFact | None:
        rel = self.relation(schema, table)
        return rel.columns.get(column) if rel else None

    def constraints(self, schema: str, table: str) -> tuple[ConstraintFact, ...]:
        rel = self.relation(schema, table)
        return rel.constraints if rel else ()

    def not_null_proven(self, schema: str, table: str, column: str) -> ConstraintFact | None:
        """A *validated* CHECK constraint that proves ``column`` is never NULL, or ``None``."""
        for c in self.constraints(schema, table):
            if c.contype == "c" and c.validated and column in c.not_null_columns:
                return c
        return None

    def domain(self, schema: str, name: str) -> DomainFact | None:
        return None

    def exists(self, schema: str, name: str) -> bool | None:
        """True/False when known (online), ``None`` offline."""
        if not self.online:
            return None
        return self.relation(schema, name) is not None


class OfflineCatalog(Catalog):
    """No database: every answer is "unknown"; rules fall back to the conservative verdict."""


OFFLINE = OfflineCatalog()


@dataclass
class StaticCatalog(Catalog):
    """A catalog from given facts (what :class:`LiveCatalog` builds; also handy in unit tests)."""

    relations: dict[tuple[str, str], RelationFact] = field(default_factory=dict)
    domains: dict[tuple[str, str], DomainFact] = field(default_factory=dict)
    version: int | None = None
    online: bool = True

    def __post_init__(self) -> None:
        self.server_version = self.version

    def relation(self, schema: str, name: str) -> RelationFact | None:
        return self.relations.get((schema, name))

    def domain(self, schema: str, name: str) -> DomainFact | None:
        return self.domains.get((schema, name))
