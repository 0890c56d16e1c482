"""Find migrations in a folder and validate them, before any SQL runs.

Two steps, both pure (files only, no database):

* :func:`discover` lists the folder, checks the file-name grammar, pairs up/down files, finds
  duplicate versions, decodes UTF-8 and computes checksums. Cheap enough for ``status``.
* :func:`load` parses the files that are about to run (pending ups for ``up``, downs for
  ``down``) and refuses syntax errors, psql meta-commands, bad directives, empty up files and
  statements that cannot run inside the transaction the file would run in.

Every problem found is reported at once (:class:`~pgmig.errors.FileProblems`), each naming its
file (and line), what is wrong and what to do.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pgmig.errors import FileProblems, Location, MigrationFileError
from pgmig.models import LoadedMigration, Migration

if TYPE_CHECKING:
    from pgmig.parsing import ParsedSQL

FILE_GRAMMAR = "<version>_<slug>.up.sql / <version>_<slug>.down.sql"
GRAMMAR_HELP = (
    "name files <version>_<slug>.up.sql and <version>_<slug>.down.sql, where <version> is 1 to 18 "
    "digits (a UTC timestamp YYYYMMDDHHMMSS, or a zero-padded sequence such as 001) and <slug> "
    "is letters, digits, '_' or '-'; `pgmig new <slug>` makes such a pair"
)
_NAME = re.compile(
    r"^(?P<version>\d{1,18})_(?P<slug>[A-Za-z0-9][A-Za-z0-9_\-]*)\.(?P<dir>up|down)\.sql$"
)


def discover(folder: Path, *, require_down: bool = False) -> list[Migration]:
    """All migrations in ``folder`` in version order. Raises FileProblems listing every problem."""
    if not folder.is_dir():
        raise FileProblems(
            [
                MigrationFileError(
                    f"migrations folder {folder} does not exist",
                    instead="run `pgmig init` to create it, or point --dir / PGMIG_DIR at your folder",
                )
            ]
        )
    problems: list[MigrationFileError] = []
    ups: dict[int, list[tuple[str, str, Path]]] = {}
    downs: dict[int, list[tuple[str, str, Path]]] = {}
    # scandir + sorting names (not Path objects) keeps `status` on 1,000 migrations fast:
    # DirEntry.is_dir() needs no extra stat, and Path comparisons cost more than the reads
    with os.scandir(folder) as it:
        entries = sorted(
            (
                e.name
                for e in it
                if e.name.endswith(".sql") and not e.name.startswith(".") and not e.is_dir()
            ),
        )
    for name in entries:
        path = folder / name
        m = _NAME.match(path.name)
        if not m:
            problems.append(
                MigrationFileError(
                    f"file name {path.name!r} does not match {FILE_GRAMMAR}",
                    location=Location(path),
                    details=[f"grammar: {GRAMMAR_HELP}"],
                    why="pgmig would not know this file's version or whether it is an up or a down",
                    instead=_rename_hint(path.name),
                )
            )
            continue
        target = ups if m["dir"] == "up" else downs
        target.setdefault(int(m["version"]), []).append((m["version"], m["slug"], path))

    for version in sorted({**downs, **ups}):
        for kind, table in (("up", ups), ("down", downs)):
            found = table.get(version, [])
            if len(found) > 1:
                names = ", ".join(p.name for _, _, p in found)
                problems.append(
                    MigrationFileError(
                        f"version {version} has {len(found)} {kind} files: {names}",
                        location=Location(found[0][2]),
                        why="each version must identify exactly one migration (versions compare "
                        "as numbers, so 001 and 1 are the same version)",
                        instead="give the one that has not been applied to any database yet a "
                        "version of its own: `pgmig new <slug>` picks a free one; move the SQL "
                        "there and delete the old pair",
                    )
                )
    for version, found in downs.items():
        if version not in ups:
            problems.append(
                MigrationFileError(
                    f"down file {found[0][2].name} has no up file",
                    location=Location(found[0][2]),
                    why="a down file rolls back an up migration with the same version and slug",
                    instead=f"add {found[0][0]}_{found[0][1]}.up.sql or delete the down file",
                )
            )
        elif len(ups[version]) == 1 and len(found) == 1 and found[0][1] != ups[version][0][1]:
            problems.append(
                MigrationFileError(
                    f"down file {found[0][2].name} does not match up file {ups[version][0][2].name}",
                    location=Location(found[0][2]),
                    why="an up file and its down file share the same <version>_<slug>; a "
                    "different slug suggests the down belongs to another migration",
                    instead=f"rename it to {ups[version][0][0]}_{ups[version][0][1]}.down.sql "
                    "if it undoes that migration",
                )
            )

    migrations: list[Migration] = []
    for version in sorted(ups):
        if len(ups[version]) != 1:
            continue
        vtext, slug, up_path = ups[version][0]
        down_found = downs.get(version, [])
        down_path = down_found[0][2] if len(down_found) == 1 else None
        text = _read(up_path, problems)
        down_text = _read(down_path, problems) if down_path else None
        if text is None:
            continue
        if down_path is None and require_down:
            problems.append(
                MigrationFileError(
                    f"migration {up_path.name} has no down file",
                    location=Location(up_path),
                    why="require_down is set, so every migration must be reversible",
                    instead=f"add {vtext}_{slug}.down.sql (or unset require_down)",
                )
            )
        from pgmig.parsing import checksum

        migrations.append(
            Migration(version, vtext, slug, up_path, down_path, text, down_text, checksum(text))
        )
    if problems:
        raise FileProblems(problems)
    return migrations


_FLYWAY = re.compile(r"^[VU](?P<version>\d+)__(?P<slug>.+)\.sql$")
_NO_DIRECTION = re.compile(
    r"^(?P<version>\d{1,18})[_\-.\s](?P<slug>.+?)(?:\.(?P<dir>up|down))?\.sql$", re.I
)


def _rename_hint(name: str) -> str:
    """A concrete rename for a file name that does not match the grammar, when one is clear."""

    def slugify(text: str) -> str:
        return re.sub(r"[^A-Za-z0-9_\-]+", "_", text).strip("_-") or "migration"

    flyway = _FLYWAY.match(name)
    if flyway:
        return (
            f"rename it to {flyway['version']}_{slugify(flyway['slug'])}.up.sql (Flyway's "
            "V<version>__<description>.sql) and write the down file next to it"
        )
    m = _NO_DIRECTION.match(name)
    if m:
        direction = (m["dir"] or "up").lower()
        fixed = f"{m['version']}_{slugify(m['slug'])}.{direction}.sql"
        if fixed != name:
            extra = "" if m["dir"] else " (an up migration, if it is one)"
            return f"rename it to {fixed}{extra}"
    return (
        "rename it (`pgmig new <slug>` makes a correctly named pair), or move it out of the folder"
    )


def _read(path: Path, problems: list[MigrationFileError]) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(
            MigrationFileError(f"cannot read {path.name}: {exc.strerror}", location=Location(path))
        )
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        source = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "latin1"
        problems.append(
            MigrationFileError(
                f"{path.name} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                location=Location(path, line, column),
                why="PostgreSQL and pgmig read migrations as UTF-8; other encodings corrupt text",
                instead=f"convert it (from {source}, if that is what your editor wrote): "
                f"iconv -f {source} -t utf-8 {path.name} > {path.name}.tmp && "
                f"mv {path.name}.tmp {path.name}",
            )
        )
        return None
    return text.removeprefix("\ufeff")


def load(
    migrations: Iterable[Migration], *, with_up: bool = True, with_down: bool = False
) -> list[LoadedMigration]:
    """Parse and validate the given migrations. Raises FileProblems listing every problem."""
    from pgmig.gcpause import gc_paused

    with gc_paused():
        return _load(migrations, with_up=with_up, with_down=with_down)


def _load(
    migrations: Iterable[Migration], *, with_up: bool, with_down: bool
) -> list[LoadedMigration]:
    from pgmig.parsing import parse

    problems: list[MigrationFileError] = []
    loaded: list[LoadedMigration] = []
    for m in migrations:
        up = parse(m.text) if with_up or with_down else None
        if with_up and up is not None:
            problems.extend(validate(m.up_path, up, is_up=True))
        down = None
        if with_down:
            if m.down_path is None or m.down_text is None:
                problems.append(
                    MigrationFileError(
                        f"migration {m.name} has no down file, so it cannot be rolled back",
                        location=Location(m.up_path),
                        instead=f"write {m.version_text}_{m.slug}.down.sql, then run down again",
                    )
                )
            else:
                down = parse(m.down_text)
                problems.extend(validate(m.down_path, down, is_up=False))
        if up is not None:
            loaded.append(LoadedMigration(m, up, down))
    if problems:
        raise FileProblems(problems)
    return loaded


def validate(path: Path, parsed: ParsedSQL, *, is_up: bool) -> list[MigrationFileError]:
    """File-level problems the runner refuses before running anything."""
    from pgmig.parsing import outside_transaction_reason

    out: list[MigrationFileError] = []
    for problem in parsed.syntax_errors:
        loc = Location(path, problem.position.line, problem.position.column)
        if problem.meta_command:
            out.append(
                MigrationFileError(
                    f"psql meta-command {problem.meta_command} cannot be run by pgmig",
                    location=loc,
                    why="meta-commands are interpreted by psql, not by the PostgreSQL server",
                    instead="inline the SQL it would include or set (one migration = plain SQL)",
                )
            )
        else:
            out.append(
                MigrationFileError(
                    f"SQL syntax error: {problem.message}",
                    location=loc,
                    instead="fix the statement; `pgmig check` shows every syntax error at once",
                )
            )
    for directive, what in parsed.directive_errors:
        out.append(
            MigrationFileError(
                f"directive `-- pgmig:{directive.name}` {what}",
                location=Location(path, directive.line),
                instead=_directive_fix(directive.name, directive.args, what),
            )
        )
    if (
        is_up
        and not parsed.statements
        and not parsed.syntax_errors
        and parsed.header("allow-empty") is None
    ):
        out.append(
            MigrationFileError(
                f"{path.name} contains no SQL statements",
                location=Location(path),
                why="an empty up file (a forgotten `pgmig new`?) would be recorded as applied "
                "and never run again",
                instead="write the migration, or mark a deliberate no-op with "
                "`-- pgmig:allow-empty` in its leading comments",
            )
        )
    out.extend(_transaction_control_problems(path, parsed))
    for stmt in parsed.statements:
        copy = stmt.tree.get("CopyStmt") if stmt.tree else None
        if copy is not None and not copy.get("filename") and not copy.get("is_program"):
            direction = "FROM STDIN" if copy.get("is_from") else "TO STDOUT"
            out.append(
                MigrationFileError(
                    f"COPY ... {direction} needs a client that streams the data, and pgmig "
                    "runs plain SQL",
                    location=Location(path, stmt.position.line, stmt.position.column),
                    details=[f"statement: {stmt.display(120)}"],
                    why="the server would wait for (or send) rows that pgmig has no way to "
                    "provide (or keep)",
                    instead="load seed data with INSERT ... VALUES (or COPY FROM a file on the "
                    "database server); run data dumps with psql outside the migration",
                )
            )
    if parsed.header("no-transaction") is None:
        reasons = [
            (stmt, outside_transaction_reason(stmt.tree) if stmt.tree else None)
            for stmt in parsed.statements
        ]
        only_such = all(reason for _, reason in reasons)
        for stmt, reason in reasons:
            if not reason:
                continue
            if only_such:
                instead = (
                    "make `-- pgmig:no-transaction` the first line of this file (each statement "
                    "then runs and commits on its own)"
                )
            else:
                instead = (
                    "move it into a migration of its own whose first line is "
                    "`-- pgmig:no-transaction`"
                    + (
                        " (`pgmig new <slug> --template index` writes one)"
                        if reason == "CREATE INDEX CONCURRENTLY"
                        else ""
                    )
                )
            out.append(
                MigrationFileError(
                    f"{reason} cannot run inside a transaction, and this file runs in one",
                    location=Location(path, stmt.position.line, stmt.position.column),
                    details=[f"statement: {stmt.display(120)}"],
                    why="PostgreSQL refuses it inside a transaction block, so the migration "
                    "would fail there and roll back",
                    instead=instead,
                )
            )
    return out


def _directive_fix(name: str, args: str, what: str) -> str:
    """The ``instead`` of a bad directive: the likely intended spelling, else the known ones."""
    import difflib

    from pgmig.parsing import (
        DIRECTIVE_NEEDS_ARGUMENT,
        DIRECTIVE_NOT_IN_HEADER,
        DIRECTIVE_TAKES_NO_ARGUMENT,
        KNOWN_DIRECTIVES,
    )

    known = ", ".join(f"`-- pgmig:{n}`" for n in KNOWN_DIRECTIVES)
    if what == DIRECTIVE_NOT_IN_HEADER:
        return (
            f"move `-- pgmig:{name}` into the comment lines at the top of the file, above the "
            "first statement (it applies to the whole file)"
        )
    if what in (DIRECTIVE_NEEDS_ARGUMENT, DIRECTIVE_TAKES_NO_ARGUMENT):
        return KNOWN_DIRECTIVES[name][2]
    key, eq, value = name.partition("=")
    if eq and key == "transaction" and value.lower() in ("false", "off", "no", "0"):
        return f"write `-- pgmig:no-transaction`; known directives: {known}"
    if eq and key in KNOWN_DIRECTIVES:
        return f"write `-- pgmig:{key} {' '.join(p for p in (value, args) if p)}`"
    close = difflib.get_close_matches(name, KNOWN_DIRECTIVES, n=1, cutoff=0.6)
    if close:
        return f"did you mean `-- pgmig:{close[0]}`? Known directives: {known}"
    return f"known directives: {known}"


_TXN_WORDS = {
    "BEGIN": "BEGIN",
    "START": "START TRANSACTION",
    "COMMIT": "COMMIT",
    "ROLLBACK": "ROLLBACK",
    "PREPARE": "PREPARE TRANSACTION",
    "COMMIT_PREPARED": "COMMIT PREPARED",
    "ROLLBACK_PREPARED": "ROLLBACK PREPARED",
}


def _transaction_control_problems(path: Path, parsed: ParsedSQL) -> list[MigrationFileError]:
    """BEGIN/COMMIT/ROLLBACK where the runner cannot honour them.

    A transactional file runs inside pgmig's transaction together with its state row, so a
    COMMIT in it would end that transaction early: a later failure would leave the migration
    half-applied and unrecorded. In a ``no-transaction`` file, explicit ``BEGIN ... COMMIT``
    blocks group statements; they must be balanced, not nested, and hold only statements that
    can run in a transaction. SAVEPOINT / RELEASE / ROLLBACK TO are fine anywhere.
    """
    from pgmig.parsing import outside_transaction_reason

    out: list[MigrationFileError] = []
    no_tx = parsed.header("no-transaction") is not None
    open_block: int | None = None  # index of the BEGIN of the block we are in
    for i, stmt in enumerate(parsed.statements):
        loc = Location(path, stmt.position.line, stmt.position.column)
        node = stmt.tree.get("TransactionStmt") if stmt.tree else None
        kind = str(node.get("kind", "")).removeprefix("TRANS_STMT_") if node else None
        if kind not in _TXN_WORDS:
            if open_block is not None and stmt.tree is not None:
                reason = outside_transaction_reason(stmt.tree)
                if reason:
                    out.append(
                        MigrationFileError(
                            f"{reason} inside a BEGIN ... COMMIT block",
                            location=loc,
                            why="PostgreSQL refuses it inside a transaction block",
                            instead="move it after the COMMIT, as a statement of its own",
                        )
                    )
            continue
        assert node is not None and kind is not None
        word = _TXN_WORDS[kind]
        if not no_tx:
            out.append(
                MigrationFileError(
                    f"{word} in a migration that pgmig runs in a transaction",
                    location=loc,
                    why="pgmig wraps each migration and its _migrations row in one transaction; "
                    f"{word} would end or break it, so a later failure could leave the "
                    "migration half-applied and unrecorded",
                    instead="delete the BEGIN/COMMIT lines (pgmig provides the transaction), or "
                    "mark the file `-- pgmig:no-transaction` to manage transactions yourself",
                )
            )
            continue
        if kind in ("PREPARE", "COMMIT_PREPARED", "ROLLBACK_PREPARED") or node.get("chain"):
            out.append(
                MigrationFileError(
                    f"{word}{' AND CHAIN' if node.get('chain') else ''} is not supported in a "
                    "migration",
                    location=loc,
                    why="pgmig records progress between transactions and cannot track "
                    "two-phase or chained ones",
                    instead="use plain BEGIN ... COMMIT blocks",
                )
            )
        elif kind in ("BEGIN", "START"):
            if open_block is not None:
                out.append(
                    MigrationFileError(
                        f"{word} inside a block that is already open",
                        location=loc,
                        why="PostgreSQL does not nest transactions; the inner BEGIN only warns "
                        "and its COMMIT would end the outer block early",
                        instead="close the first block with COMMIT before opening the next",
                    )
                )
            open_block = i
        elif open_block is None:
            out.append(
                MigrationFileError(
                    f"{word} without a BEGIN before it",
                    location=loc,
                    why="each statement outside a block already commits on its own",
                    instead=f"add BEGIN where the block starts, or delete the {word}",
                )
            )
        else:
            open_block = None
    if open_block is not None:
        stmt = parsed.statements[open_block]
        out.append(
            MigrationFileError(
                "BEGIN without a matching COMMIT",
                location=Location(path, stmt.position.line, stmt.position.column),
                why="the block would stay open when the file ends and be rolled back",
                instead="end the block with COMMIT;",
            )
        )
    return out
