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

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


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
    base_type: str  # format_type of the root base type (through domains over domains)
    not_null: bool  # this domain or one it is based on is NOT NULL
    checks: tuple[str, ...] = ()  # pg_get_constraintdef of each CHECK, base domains' included
    default: str | None = None  # pg_type.typdefault (expression text), None without a default
    # (schema, table, column) of every column whose type is this domain, a domain over it (at any
    # depth) or an array of those: ALTER DOMAIN ... ADD CONSTRAINT locks and scans (or, for
    # arrays, refuses) all of them (verified PG15); None when unknown
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
    # columns used in an index *expression or predicate*: PostgreSQL rebuilds those indexes on
    # any type change of the column, even a binary-coercible one (verified PG15: varchar(100) ->
    # varchar(200) rebuilt an index on lower(name) and one WHERE name IS NOT NULL)
    expression_indexed_columns: frozenset[str] = frozenset()

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

    def function_volatility(self, schema: str, name: str) -> str | None:
        """``"i"``/``"s"``/``"v"`` from ``pg_proc.provolatile`` for functions named ``name`` in
        ``schema`` (the most volatile overload), ``None`` when unknown."""
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
    functions: dict[tuple[str, str], str] = field(default_factory=dict)  # -> provolatile
    version: int | None = None
    online: bool = True

    def __post_init__(self) -> None:
        self.server_version = self.version

    def relation(self, schema: str, name: str) -> RelationFact | None:
        return self.relations.get((schema, name))

    def domain(self, schema: str, name: str) -> DomainFact | None:
        return self.domains.get((schema, name))

    def function_volatility(self, schema: str, name: str) -> str | None:
        return self.functions.get((schema, name))


# ---- the live catalog ----------------------------------------------------------------------------

_RELATIONS_SQL = """
SELECT n.nspname, c.relname, c.relkind::text, c.relispartition,
  (SELECT json_build_array(tn.nspname, tc.relname)
     FROM pg_index i JOIN pg_class tc ON tc.oid = i.indrelid
     JOIN pg_namespace tn ON tn.oid = tc.relnamespace
    WHERE i.indexrelid = c.oid),
  (SELECT json_agg(json_build_array(pn.nspname, pc.relname) ORDER BY pc.relname)
     FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhrelid
     JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    WHERE h.inhparent = c.oid),
  (SELECT json_build_array(dn.nspname, dc.relname)
     FROM pg_partitioned_table pt JOIN pg_class dc ON dc.oid = pt.partdefid
     JOIN pg_namespace dn ON dn.oid = dc.relnamespace
    WHERE pt.partrelid = c.oid),
  (SELECT json_agg(json_build_array(
            a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, tn.nspname,
            a.atttypmod, a.attnotnull,
            CASE WHEN a.attcollation <> t.typcollation THEN co.collname END)
          ORDER BY a.attnum)
     FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
     JOIN pg_namespace tn ON tn.oid = t.typnamespace
     LEFT JOIN pg_collation co ON co.oid = a.attcollation
    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
  (SELECT json_agg(json_build_array(
            con.conname, con.contype::text, con.convalidated, pg_get_constraintdef(con.oid),
            (SELECT json_agg(att.attname ORDER BY att.attnum) FROM pg_attribute att
              WHERE att.attrelid = con.conrelid AND att.attnum = ANY (con.conkey)))
          ORDER BY con.conname)
     FROM pg_constraint con WHERE con.conrelid = c.oid),
  (SELECT json_agg(json_build_array(
            i.indkey::int2[], pg_get_expr(i.indexprs, i.indrelid),
            pg_get_expr(i.indpred, i.indrelid), ic.relname, i.indisunique, i.indisvalid,
            i.indnkeyatts)
          ORDER BY ic.relname)
     FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = ANY (%(names)s)
  AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
"""

# A domain over another domain inherits its constraints and default: the chain down to the base
# type is followed, so base_type is the root type and checks/not_null/default cover the chain.
_DOMAINS_SQL = """
WITH RECURSIVE chain (top, cur, depth) AS (
  SELECT t.oid, t.oid, 0
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE t.typtype = 'd' AND t.typname = ANY (%(names)s)
     AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
  UNION ALL
  SELECT c.top, b.oid, c.depth + 1
    FROM chain c JOIN pg_type d ON d.oid = c.cur JOIN pg_type b ON b.oid = d.typbasetype
   WHERE b.typtype = 'd' AND c.depth < 32
)
SELECT n.nspname, t.typname,
  (SELECT format_type(r.typbasetype, r.typtypmod) FROM chain c JOIN pg_type r ON r.oid = c.cur
    WHERE c.top = t.oid ORDER BY c.depth DESC LIMIT 1),
  (SELECT bool_or(r.typnotnull) FROM chain c JOIN pg_type r ON r.oid = c.cur WHERE c.top = t.oid),
  coalesce((SELECT json_agg(pg_get_constraintdef(con.oid) ORDER BY c.depth DESC, con.conname)
              FROM chain c JOIN pg_constraint con ON con.contypid = c.cur AND con.contype = 'c'
             WHERE c.top = t.oid), '[]'),
  (SELECT r.typdefault FROM chain c JOIN pg_type r ON r.oid = c.cur
    WHERE c.top = t.oid AND r.typdefault IS NOT NULL ORDER BY c.depth LIMIT 1),
  coalesce((SELECT json_agg(json_build_array(an.nspname, ac.relname, a.attname)
                            ORDER BY an.nspname, ac.relname, a.attnum)
              FROM pg_attribute a JOIN pg_class ac ON ac.oid = a.attrelid
              JOIN pg_namespace an ON an.oid = ac.relnamespace
             WHERE a.atttypid IN (
                     WITH RECURSIVE derived (oid) AS (
                       SELECT t.oid
                       UNION
                       SELECT d.oid FROM pg_type d JOIN derived ON d.typbasetype = derived.oid
                        WHERE d.typtype = 'd')
                     SELECT oid FROM derived
                     UNION
                     SELECT arr.oid FROM pg_type arr JOIN derived ON arr.typelem = derived.oid
                      WHERE arr.typcategory = 'A')
               AND a.attnum > 0 AND NOT a.attisdropped
               AND ac.relkind IN ('r', 'p', 'm', 'f')), '[]')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'd' AND t.typname = ANY (%(names)s)
  AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
"""

_FUNCTIONS_SQL = """
SELECT n.nspname, p.proname, max(p.provolatile::text)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.proname = ANY (%(names)s)
  AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
GROUP BY 1, 2
"""

_TOKEN = r'"((?:[^"]|"")+)"|([A-Za-z_\x80-\uffff][A-Za-z0-9_$\x80-\uffff]*)'


def mentioned_names(texts: Iterable[str]) -> set[str]:
    """Every identifier-like word of the files, folded as PostgreSQL folds it (a superset of the
    relations and types they mention, including inside DO blocks and EXECUTE strings): the
    filter for the catalog queries, so a big schema is not read in full."""
    out: set[str] = set()
    for text in texts:
        for quoted, bare in re.findall(_TOKEN, text):  # compiled on first use, cached by re
            out.add(quoted.replace('""', '"') if quoted else bare.lower())
    return out


def _not_null_columns(definition: str) -> frozenset[str]:
    """Columns a CHECK definition (``CHECK ((email IS NOT NULL))``) proves non-null."""
    from pgmig.analyzer.helpers import check_not_null_columns

    body = definition.strip()
    if not body.upper().startswith("CHECK"):
        return frozenset()
    body = body[5:]
    for suffix in (" NOT VALID", " NO INHERIT"):
        while body.endswith(suffix):
            body = body[: -len(suffix)]
    try:
        import json as _json

        from pglast import parser

        raw = _json.loads(parser.parse_sql_json(f"SELECT 1 WHERE {body}"))
        where = raw["stmts"][0]["stmt"]["SelectStmt"]["whereClause"]
    except Exception:
        return frozenset()
    return check_not_null_columns(where)


def _indexed_columns(indexes: list[Any], by_number: dict[int, str]) -> frozenset[str]:
    out: set[str] = set()
    names = set(by_number.values())
    for keys, exprs, pred, *_ in indexes or ():
        for k in keys or ():
            if k in by_number:
                out.add(by_number[k])
        for text in (exprs, pred):
            if text:
                out |= {t for t in mentioned_names([text]) if t in names}
    return frozenset(out)


def _expression_columns(indexes: list[Any], by_number: dict[int, str]) -> frozenset[str]:
    names = set(by_number.values())
    out: set[str] = set()
    for _keys, exprs, pred, *_ in indexes or ():
        for text in (exprs, pred):
            if text:
                out |= {t for t in mentioned_names([text]) if t in names}
    return frozenset(out)


def _index_facts(indexes: list[Any], by_number: dict[int, str]) -> tuple[IndexFact, ...]:
    out = []
    for keys, _exprs, pred, name, unique, valid, nkeys in indexes or ():
        key_cols = tuple(by_number.get(k) if k else None for k in (keys or ())[: nkeys or None])
        out.append(IndexFact(name, key_cols, bool(unique), pred is not None, bool(valid)))
    return tuple(out)


class LiveCatalog(StaticCatalog):
    """Facts read from a live database by :func:`load_live_catalog` (a snapshot: it does not
    change while the files are analysed, which is right: they describe the state *before* the
    migrations run)."""


def load_live_catalog(conn: Any, texts: Iterable[str]) -> LiveCatalog:
    """Read the facts about every relation, domain and function the ``texts`` mention, in three
    catalog queries on ``conn`` (an open psycopg connection; nothing is written). Also reads the
    server's major version."""
    names = sorted(mentioned_names(texts))
    version_num = int(conn.execute("SHOW server_version_num").fetchone()[0])
    relations: dict[tuple[str, str], RelationFact] = {}
    for row in conn.execute(_RELATIONS_SQL, {"names": names}).fetchall():
        schema, name, relkind, is_partition, table, parts, default, cols, cons, idx = row
        by_number: dict[int, str] = {}
        columns: dict[str, ColumnFact] = {}
        for attnum, attname, ftype, typname, typschema, typmod, notnull, coll in cols or ():
            by_number[attnum] = attname
            columns[attname] = ColumnFact(attname, ftype, typname, typschema, typmod, notnull, coll)
        constraints = tuple(
            ConstraintFact(
                cname,
                contype,
                validated,
                definition,
                tuple(ccols or ()),
                _not_null_columns(definition) if contype == "c" else frozenset(),
            )
            for cname, contype, validated, definition, ccols in cons or ()
        )
        relations[(schema, name)] = RelationFact(
            schema,
            name,
            relkind,
            is_partition=bool(is_partition),
            partitions=tuple((p[0], p[1]) for p in parts or ()),
            columns=columns,
            constraints=constraints,
            table=(table[0], table[1]) if table else None,
            default_partition=(default[0], default[1]) if default else None,
            indexed_columns=_indexed_columns(idx, by_number),
            indexes=_index_facts(idx, by_number),
            expression_indexed_columns=_expression_columns(idx, by_number),
        )
    domains: dict[tuple[str, str], DomainFact] = {}
    # the types of the mentioned tables' columns too: a column of a domain type whose type is
    # changed (ALTER COLUMN ... TYPE <base type>) never names the domain in the file
    column_types = {c.type_name for r in relations.values() for c in r.columns.values()}
    domain_names = sorted(set(names) | column_types)
    rows = conn.execute(_DOMAINS_SQL, {"names": domain_names}).fetchall()
    for schema, name, base, notnull, checks, default_expr, used in rows:
        domains[(schema, name)] = DomainFact(
            schema,
            name,
            base,
            bool(notnull),
            checks=tuple(checks),
            default=default_expr,
            used_by=tuple((u[0], u[1], u[2]) for u in used),
        )
    functions = {
        (schema, name): volatility
        for schema, name, volatility in conn.execute(_FUNCTIONS_SQL, {"names": names})
    }
    return LiveCatalog(
        relations=relations, domains=domains, functions=functions, version=version_num // 10000
    )
