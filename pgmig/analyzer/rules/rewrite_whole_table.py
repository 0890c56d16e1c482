"""VACUUM FULL, CLUSTER and some ALTER TABLE forms copy the whole table under ACCESS EXCLUSIVE.

**Trigger.** On an existing table, materialized view or index (not one created earlier in the
same file), inside DO blocks too:

* `VACUUM FULL` / `VACUUM (FULL)`, with or without a table list;
* `CLUSTER` in any form (`CLUSTER t USING i`, `CLUSTER i ON t`, bare `CLUSTER`);
* `ALTER TABLE | MATERIALIZED VIEW | INDEX ... SET TABLESPACE`, and
  `ALTER ... ALL IN TABLESPACE ... SET TABLESPACE`;
* `ALTER TABLE ... SET LOGGED`, `SET UNLOGGED`, `SET ACCESS METHOD`;
* `ALTER TABLE ... ALTER COLUMN c SET EXPRESSION AS (...)` (PostgreSQL 17+).

Not triggered by `VACUUM`/`ANALYZE` without FULL, `VACUUM (FULL false)`, `ALTER TABLE ... CLUSTER
ON` (it only marks the index), storage parameters, `SET STORAGE`, `SET COMPRESSION` or
`DROP EXPRESSION`; nor, with a database connection, by `SET TABLESPACE`/`SET ACCESS METHOD` on a
partitioned table, which only changes where future partitions go.

**Lock / effect.** ACCESS EXCLUSIVE for a full copy of the table into new files and a rebuild of
every index (verified on PostgreSQL 15 for CLUSTER, SET UNLOGGED, SET LOGGED and SET ACCESS
METHOD: `rewriting table`, new relfilenodes for the table and all its indexes). `ALTER INDEX ...
SET TABLESPACE` copies the index under ACCESS EXCLUSIVE on the index, which blocks every query on
its table (planning locks all of a table's indexes).

**Why it hurts.** Reads and writes stop for as long as it takes to write the table and all its
indexes anew (minutes to hours), the copy needs the table's size again in free disk space, and the
WAL burst makes replicas lag.

**Safe alternative.** There is no online form inside PostgreSQL; do this work outside
migrations:

* bloat or physical order (VACUUM FULL, CLUSTER): `pg_repack` or `pg_squeeze` rebuild the table
  online; a plain `VACUUM` makes dead space reusable without blocking anyone;
* tablespace moves: `pg_repack --tablespace`, or build a new table or index there and swap;
* SET LOGGED/UNLOGGED, SET ACCESS METHOD: create a new table with the wanted properties, copy in
  batches with a sync trigger, and swap the names in a short transaction;
* SET EXPRESSION: add a plain column kept up to date by a trigger, backfill it in batches, and
  switch readers to it.

```sql
-- instead of VACUUM FULL orders; (in a migration marked -- pgmig:no-transaction)
VACUUM (ANALYZE) orders;
-- and give space back to the operating system online, outside migrations:
--   pg_repack --no-order --table=public.orders -d <database>
```

**Versions.** All versions; `SET ACCESS METHOD` exists since PostgreSQL 15, `SET EXPRESSION`
since 17.

**Suppress.** `-- pgmig:ignore rewrite-whole-table <reason>` on the line before the statement,
e.g. during a planned maintenance window.

**Peers.** squawk `prefer-repack` (VACUUM FULL and CLUSTER, only for PostgreSQL 19 targets);
eugene E10 (any rewrite while a dangerous lock is held); Atlas PG307 (SET LOGGED/UNLOGGED) and
PG311 (SET ACCESS METHOD).
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator

from pgmig.analyzer.context import Context, Rel, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import (
    alter_cmds,
    no_transaction_note,
    option_enabled,
    qualified,
    quote_ident,
)

SEVERITY = "error"
NODE_TYPES = ("VacuumStmt", "ClusterStmt", "AlterTableStmt", "AlterTableMoveAllStmt")

_ALTER_FORMS = {
    "AT_SetTableSpace": "SET TABLESPACE",
    "AT_SetLogged": "SET LOGGED",
    "AT_SetUnLogged": "SET UNLOGGED",
    "AT_SetAccessMethod": "SET ACCESS METHOD",
    "AT_SetExpression": "ALTER COLUMN ... SET EXPRESSION",
}

_NO_ONLINE_FORM = {
    "SET TABLESPACE": "move it online, outside migrations, with `{repack}`, or build a copy in "
    "the new tablespace and swap the names in a short transaction",
    "SET LOGGED": "there is no online way: create a new logged table, copy the rows in batches "
    "with a sync trigger, and swap the names in a short transaction",
    "SET UNLOGGED": "there is no online way: create a new unlogged table, copy the rows in "
    "batches with a sync trigger, and swap the names in a short transaction",
    "SET ACCESS METHOD": "there is no online way: create a new table with the access method, "
    "copy the rows in batches with a sync trigger, and swap the names in a short transaction",
    "ALTER COLUMN ... SET EXPRESSION": "add a plain column kept up to date by a BEFORE INSERT OR "
    "UPDATE trigger, backfill it in batches, switch readers to it, then drop the old column",
}


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    if stmt.kind == "VacuumStmt":
        yield from _vacuum(stmt, ctx)
    elif stmt.kind == "ClusterStmt":
        yield from _cluster(stmt, ctx)
    elif stmt.kind == "AlterTableStmt":
        yield from _alter(stmt, ctx)
    else:
        yield from _move_all(stmt)


def _why(what: str, target: str) -> str:
    return (
        f"{what} holds an ACCESS EXCLUSIVE lock on {target} while it copies every row into new "
        "files and rebuilds every index; SELECT, INSERT, UPDATE and DELETE wait until it "
        "finishes."
    )


def _vacuum(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if not node.get("is_vacuumcmd") or not option_enabled(node.get("options"), "full"):
        return
    rels: list[Rel] = []
    for item in node.get("rels") or ():
        rv = item.get("VacuumRelation", {}).get("relation")
        if rv:
            rels.append(ctx.relation(rv))
    existing = [r for r in rels if not ctx.is_new(r)]
    if rels and not existing:
        return
    if existing:
        names = ", ".join(str(r) for r in existing)
        message = f"VACUUM FULL rewrites {names} while blocking reads and writes."
        why = _why("VACUUM FULL", names)
        targets = ", ".join(qualified(r.written_schema, r.name) for r in existing)
        suggestion = f"VACUUM (ANALYZE) {targets};"
        repack = " ".join(f"--table={_shell_name(r)}" for r in existing)
    else:
        message = (
            "VACUUM FULL without a table list rewrites every table in the database, one after "
            "the other, each while blocking its reads and writes."
        )
        why = _why("VACUUM FULL", "each table in turn")
        suggestion = "VACUUM (ANALYZE);"
        repack = ""
    notes = [n for n in (no_transaction_note(stmt, ctx),) if n]
    notes.append(
        "a plain VACUUM makes the dead space reusable without blocking anyone; to give the "
        f"space back to the operating system online, run `pg_repack --no-order "
        f"{repack + ' ' if repack else ''}-d <database>` outside migrations"
    )
    yield Issue(
        message=message,
        why=why,
        suggestion=suggestion,
        note="; ".join(notes).replace("CONCURRENTLY cannot", "VACUUM cannot"),
    )


def _cluster(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    rv = node.get("relation")
    if rv is None:
        yield Issue(
            message="CLUSTER without a table rewrites every table that was clustered before, "
            "each while blocking its reads and writes.",
            why=_why("CLUSTER", "each of those tables in turn"),
            note="reorder tables online with `pg_repack` outside migrations (it orders each table "
            "by its clustering index), or drop the statement",
        )
        return
    rel = ctx.relation(rv)
    if ctx.is_new(rel):
        return
    repack = f"pg_repack --table={_shell_name(rel)} -d <database>"
    message = f"CLUSTER rewrites {rel} in index order while blocking reads and writes."
    why = _why("CLUSTER", str(rel))
    if node.get("indexname"):
        index = qualified(rel.written_schema, node["indexname"])
        yield Issue(
            message=message,
            why=why,
            suggestion=f"ALTER TABLE {qualified(rel.written_schema, rel.name)} CLUSTER ON "
            f"{quote_ident(node['indexname'])};",
            note=f"marking {index} as the clustering index takes only SHARE UPDATE EXCLUSIVE; "
            f"then reorder the table online, outside migrations, with `{repack}`, which orders "
            "by the marked index",
        )
        return
    yield Issue(
        message=message,
        why=why,
        note=f"reorder the table online, outside migrations, with `{repack}`, which orders by "
        "the index marked with CLUSTER ON",
    )


def _shell_name(rel: Rel) -> str:
    """The relation's qualified SQL name as one shell word (for pg_repack --table)."""
    return shlex.quote(qualified(rel.schema, rel.name))


def _alter(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if not node.get("relation"):
        return
    rel = ctx.relation(node["relation"])
    if ctx.is_new(rel):
        return
    objtype = node.get("objtype", "OBJECT_TABLE")
    forms: list[str] = []
    for subtype, cmd in alter_cmds(node):
        form = _ALTER_FORMS.get(subtype)
        if form is None:
            continue
        if subtype == "AT_SetExpression":
            form = f"ALTER COLUMN {quote_ident(cmd.get('name', ''))} SET EXPRESSION"
        if form not in forms:
            forms.append(form)
    if not forms:
        return
    fact = ctx.catalog.relation(rel.schema, rel.name)
    if fact is not None and fact.relkind in ("p", "I"):
        # a partitioned table or index has no storage of its own: SET TABLESPACE / SET ACCESS
        # METHOD only change the default for partitions created later
        forms = [f for f in forms if f not in ("SET TABLESPACE", "SET ACCESS METHOD")]
        if not forms:
            return
    what = {
        "OBJECT_INDEX": "ALTER INDEX",
        "OBJECT_MATVIEW": "ALTER MATERIALIZED VIEW",
    }.get(objtype, "ALTER TABLE")
    label = f"{what} ... " + ", ".join(forms)
    if objtype == "OBJECT_INDEX":
        message = f"{label} copies index {rel} while blocking every query on its table."
        why = (
            f"{what} takes an ACCESS EXCLUSIVE lock on {rel} while it copies the index; planning "
            "any query on its table locks all of the table's indexes, so SELECT, INSERT, UPDATE "
            "and DELETE wait until it finishes."
        )
        note = (
            "build a replacement in the new tablespace with CREATE INDEX CONCURRENTLY ... "
            "TABLESPACE <name>, then DROP INDEX CONCURRENTLY the old one and rename the new one "
            "(in a migration marked `-- pgmig:no-transaction`)"
        )
    else:
        noun = "materialized view" if objtype == "OBJECT_MATVIEW" else "table"
        message = f"{label} rewrites {noun} {rel} while blocking reads and writes."
        why = _why(what, str(rel))
        tablespace = next(
            (c.get("name", "") for t, c in alter_cmds(node) if t == "AT_SetTableSpace"), ""
        )
        repack = (
            f"pg_repack --tablespace={shlex.quote(tablespace)} --table={_shell_name(rel)} "
            "-d <database>"
        )
        note = "; ".join(_NO_ONLINE_FORM[_base(f)].format(repack=repack) for f in forms)
        if objtype == "OBJECT_MATVIEW":
            note = (
                "create the view again in the new tablespace (CREATE MATERIALIZED VIEW ... "
                "TABLESPACE ...), then swap the names in a short transaction"
            )
    yield Issue(message=message, why=why, note=note)


def _base(form: str) -> str:
    return "ALTER COLUMN ... SET EXPRESSION" if form.endswith("SET EXPRESSION") else form


def _move_all(stmt: Stmt) -> Iterator[Issue]:
    node = stmt.node
    noun = {
        "OBJECT_INDEX": "index",
        "OBJECT_MATVIEW": "materialized view",
    }.get(node.get("objtype", ""), "table")
    old = node.get("orig_tablespacename", "")
    new = node.get("new_tablespacename", "")
    yield Issue(
        message=f'ALTER ... ALL IN TABLESPACE moves every {noun} in tablespace "{old}" to "{new}", '
        "each while blocking its reads and writes.",
        why=_why("Moving a relation to another tablespace", f"each {noun} in turn"),
        note="move busy relations one by one online with `pg_repack --tablespace` outside "
        "migrations, or schedule the move for a maintenance window",
    )
