"""DROP SCHEMA / DROP DATABASE in a migration destroys everything in it.

**Trigger.** `DROP SCHEMA [IF EXISTS] name [, ...] [CASCADE | RESTRICT]` where a named schema
existed before this migration, and every `DROP DATABASE` (statements inside `DO` blocks count,
function bodies do not). Schemas created earlier in the same file are exempt. Dropping single
objects inside a schema is left to the other rules (`drop-table`...).

**Lock / effect.** ACCESS EXCLUSIVE on every object dropped; with CASCADE every table, view,
sequence, function and type in the schema goes, with its data. Without CASCADE it fails unless
the schema is empty, and then still breaks the code, grants and `search_path` settings that name
it. `DROP DATABASE` removes a whole database (and cannot run in a transaction).

**Why it hurts.** A migration runs unattended in every environment, production included; a
mistaken or mis-targeted `DROP SCHEMA ... CASCADE` cannot be undone without a backup.

**Safe alternative.** Do not drop schemas or databases from a migration. See what is left in it,
take a backup (`pg_dump --schema=legacy`), and drop it by hand:

```sql
SELECT pg_describe_object(classid, objid, objsubid) AS object
  FROM pg_depend
 WHERE refclassid = 'pg_namespace'::regclass AND refobjid = 'legacy'::regnamespace
   AND deptype = 'n';
```

**Versions.** All.

**Suppress.** `-- pgmig:ignore drop-schema <reason>` on the line before the statement.

**Peers.** squawk `ban-drop-database` (and `ban-drop-schema` in squawk-cli 2.70); Atlas DS101.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pgmig.analyzer.context import Context, Stmt
from pgmig.analyzer.findings import Issue
from pgmig.analyzer.helpers import quote_ident, quote_literal

SEVERITY = "error"
NODE_TYPES = ("DropStmt", "DropdbStmt")

_SHELL_SAFE = re.compile(r"^[A-Za-z0-9_.]+$")


def _names(names: list[str]) -> str:
    shown = [f'"{n}"' for n in names]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _dump_db(name: str) -> str:
    return f"--dbname={name}" if _SHELL_SAFE.match(name) else f"--dbname='{name}'"


def _dump_arg(schema: str) -> str:
    """``--schema=...`` for pg_dump: the name as SQL (quoted where needed), shell-quoted."""
    name = quote_ident(schema)
    return f"--schema={name}" if _SHELL_SAFE.match(name) else f"--schema='{name}'"


def check(stmt: Stmt, ctx: Context) -> Iterator[Issue]:
    node = stmt.node
    if stmt.kind == "DropdbStmt":
        name = node.get("dbname", "")
        yield Issue(
            message=f'DROP DATABASE removes database "{name}" and everything in it.',
            why="a migration runs unattended in every environment it is deployed to; a dropped "
            "database comes back only from a backup",
            note="drop databases by hand after a backup (`pg_dump --format=custom "
            f"--file=backup.dump {_dump_db(name)}`), never from a migration",
        )
        return
    if node.get("removeType") != "OBJECT_SCHEMA":
        return
    schemas = [
        item["String"].get("sval", "")
        for item in node.get("objects") or ()
        if "String" in item and item["String"].get("sval", "") not in ctx.created_schemas
    ]
    if not schemas:
        return
    names = _names(schemas)
    one = len(schemas) == 1
    noun = "schema" if one else "schemas"
    if node.get("behavior") == "DROP_CASCADE":
        message = (
            f"DROP SCHEMA ... CASCADE drops existing {noun} {names} and every table, view, "
            "function and type in " + ("it" if one else "them") + ", with their data."
        )
        why = (
            "it takes ACCESS EXCLUSIVE locks on everything it drops; a migration runs unattended "
            "in every environment, and only a backup brings the objects and data back"
        )
    else:
        message = f"DROP SCHEMA drops existing {noun} {names}."
        why = (
            "it fails unless the schema is empty, and when it succeeds it still breaks the code, "
            "grants and search_path settings that name it; only a backup brings it back"
        )
    refs = ", ".join(quote_literal(quote_ident(s)) + "::regnamespace" for s in schemas)
    where = f"refobjid = {refs}" if one else f"refobjid IN ({refs})"
    dump = " ".join(_dump_arg(s) for s in schemas)
    yield Issue(
        message=message,
        why=why,
        suggestion="SELECT pg_describe_object(classid, objid, objsubid) AS object\n"
        "  FROM pg_depend\n"
        f" WHERE refclassid = 'pg_namespace'::regclass AND {where}\n"
        "   AND deptype = 'n';",
        note=f"see what is left in {'it' if one else 'them'}, back {'it' if one else 'them'} up "
        f"with `pg_dump --format=custom {dump} --file=backup.dump`, and drop "
        f"{'it' if one else 'them'} by hand, not from a migration",
    )
