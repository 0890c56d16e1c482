"""Split migration SQL into statements with exact positions, and read ``-- pgmig:`` directives.

Design:

* The real PostgreSQL grammar (libpg_query through pglast's ``parse_sql_json``, which is fast
  C + JSON) splits the file and gives each statement's parse tree. Positions from libpg_query are
  UTF-8 byte offsets; :class:`SourceText` turns them into character offsets and 1-based
  line:column, which is what the runner and the analyzer report.
* Where libpg_query rejects the file, sqlparse splits it tolerantly and each piece is parsed on
  its own, so one bad statement is reported at its own line and the others still parse.
* Directives are ``-- pgmig:<name> [args]`` comment lines (a space after the colon is tolerated)
  that sit *between* statements, never inside one, so a directive-looking line inside a string or
  a function body is ignored. Header directives (before the first statement) configure the file;
  ``ignore`` directives may also stand on the line before a statement. An unknown directive is an
  error that lists the known ones.

This module is pure (no database) and imports pglast only when a file is actually parsed.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# name -> (where it may stand, whether it takes arguments, one-line help)
KNOWN_DIRECTIVES: dict[str, tuple[str, bool, str]] = {
    "no-transaction": ("header", False, "run statements one by one outside a transaction"),
    "allow-empty": ("header", False, "this up file deliberately contains no statements"),
    "lock-timeout": ("header", True, "lock_timeout for this file, e.g. `-- pgmig:lock-timeout 2s`"),
    "statement-timeout": (
        "header",
        True,
        "statement_timeout for this file, e.g. `-- pgmig:statement-timeout 10min`",
    ),
    "ignore-file": (
        "header",
        True,
        "`check`: ignore rules in the whole file: `-- pgmig:ignore-file <rule>[,<rule>] <reason>`",
    ),
    "ignore": (
        "statement",
        True,
        "`check`: ignore rules for the next statement: `-- pgmig:ignore <rule>[,<rule>] <reason>`",
    ),
}

# what can be wrong with a directive (the second item of ParsedSQL.directive_errors); each reads
# as the end of "directive `-- pgmig:<name>` ..."
DIRECTIVE_UNKNOWN = "is not a pgmig directive"
DIRECTIVE_NOT_IN_HEADER = "must stand in the leading comment block, before any SQL"
DIRECTIVE_NEEDS_ARGUMENT = "needs an argument"
DIRECTIVE_TAKES_NO_ARGUMENT = "takes no argument"

_DIRECTIVE_LINE = re.compile(r"^[ \t]*--[ \t]*pgmig[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_META_COMMAND = re.compile(r"^[ \t]*\\([a-zA-Z!?]+)", re.MULTILINE)


@dataclass(frozen=True)
class Position:
    offset: int  # 0-based character offset in the file
    line: int  # 1-based
    column: int  # 1-based, in characters


@dataclass(frozen=True)
class Directive:
    name: str
    args: str
    line: int
    offset: int
    in_header: bool


@dataclass(frozen=True)
class SyntaxProblem:
    message: str
    position: Position
    meta_command: str | None = None  # e.g. "\\i" when the problem is a psql meta-command


@dataclass
class Statement:
    """One top-level SQL statement. ``text`` excludes the terminating semicolon."""

    index: int
    start: int  # character offset of its first token
    end: int  # character offset just past its last character
    text: str
    position: Position
    tree: dict[str, Any] | None = None  # libpg_query JSON of the statement node, None if it failed
    syntax_error: SyntaxProblem | None = None
    ignores: list[Directive] = field(default_factory=list)  # `-- pgmig:ignore` just before it

    @property
    def kind(self) -> str | None:
        """The parse-tree node type, e.g. ``"AlterTableStmt"``."""
        return next(iter(self.tree)) if self.tree else None

    def display(self, limit: int = 400) -> str:
        """The statement as a user wrote it, trimmed for quoting in a message."""
        text = self.text.strip()
        return text if len(text) <= limit else text[:limit].rstrip() + " ..."


@dataclass
class ParsedSQL:
    source: SourceText
    statements: list[Statement]
    directives: list[Directive]
    directive_errors: list[tuple[Directive, str]]  # (directive, what is wrong with it)
    syntax_errors: list[SyntaxProblem]

    def header(self, name: str) -> Directive | None:
        return next((d for d in self.directives if d.in_header and d.name == name), None)


class SourceText:
    """A file's text with fast byte-offset -> character-offset -> line:column conversion."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ascii = text.isascii()
        self._data: bytes | None = None
        self._line_starts: list[int] | None = None
        # known (byte, char) pairs, sorted by byte offset, for incremental decoding
        self._known_bytes: list[int] = [0]
        self._known_chars: list[int] = [0]

    def char_offset(self, byte_offset: int) -> int:
        if self._ascii:
            return byte_offset
        if self._data is None:
            self._data = self.text.encode("utf-8")
        i = bisect.bisect_right(self._known_bytes, byte_offset) - 1
        b0, c0 = self._known_bytes[i], self._known_chars[i]
        chars = c0 + len(self._data[b0:byte_offset].decode("utf-8", errors="ignore"))
        self._known_bytes.insert(i + 1, byte_offset)
        self._known_chars.insert(i + 1, chars)
        return chars

    def position(self, offset: int) -> Position:
        """Position of a 0-based character offset."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._line_starts, offset)
        return Position(offset, line, offset - self._line_starts[line - 1] + 1)

    def byte_position(self, byte_offset: int) -> Position:
        return self.position(self.char_offset(byte_offset))


def checksum(text: str) -> str:
    """SHA-256 of the normalised text: line endings and trailing whitespace do not count."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def parse(text: str) -> ParsedSQL:
    """Split and parse ``text``. Never raises for bad SQL: problems are in the result."""
    source = SourceText(text)
    statements, syntax_errors = _split(source)
    directives, directive_errors = _directives(source, statements)
    return ParsedSQL(source, statements, directives, directive_errors, syntax_errors)


def _split(source: SourceText) -> tuple[list[Statement], list[SyntaxProblem]]:
    from pglast import parser

    text = source.text
    try:
        raw = json.loads(parser.parse_sql_json(text))
    except parser.ParseError:
        return _split_tolerantly(source)
    statements: list[Statement] = []
    for i, item in enumerate(raw.get("stmts", [])):
        b_start = item.get("stmt_location", 0)
        b_len = item.get("stmt_len", 0)
        start = source.char_offset(b_start)
        end = source.char_offset(b_start + b_len) if b_len else len(text)
        end = _trim_end(text, start, end)
        statements.append(
            Statement(i, start, end, text[start:end], source.position(start), item["stmt"])
        )
    return statements, []


def _split_tolerantly(source: SourceText) -> tuple[list[Statement], list[SyntaxProblem]]:
    """Fallback: split with sqlparse, then parse each piece on its own.

    A psql meta-command (``\\i``, ``\\set``...) ends at the end of its line, as in psql: it is
    reported on its own and the SQL around it is still parsed.
    """
    import sqlparse

    text = source.text
    pieces: list[tuple[int, str]] = []
    pos = 0
    for piece in sqlparse.split(text, strip_semicolon=False):
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, pos)
        start = found if found >= 0 else pos
        pos = start + len(piece)
        pieces.append((start, piece))
    statements: list[Statement] = []
    problems: list[SyntaxProblem] = []
    work = list(reversed(pieces))  # a stack: meta-commands split a piece into more pieces
    while work:
        start, piece = work.pop()
        _parse_piece(source, start, piece, statements, problems, work)
    # a meta-command found inside a piece is reported before the SQL that preceded it
    statements.sort(key=lambda st: st.start)
    for i, st in enumerate(statements):
        st.index = i
    problems.sort(key=lambda pr: pr.position.offset)
    return statements, problems


# whitespace and comments before a statement (libpg_query's statement positions skip them too)
_LEADING_TRIVIA = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.DOTALL)


def _parse_piece(
    source: SourceText,
    start: int,
    piece: str,
    statements: list[Statement],
    problems: list[SyntaxProblem],
    work: list[tuple[int, str]],
) -> None:
    from pglast import parser

    text = source.text
    try:
        raw = json.loads(parser.parse_sql_json(piece))
    except parser.ParseError as exc:
        lead = _LEADING_TRIVIA.match(piece)
        skip = lead.end() if lead else 0
        meta = _META_COMMAND.search(piece, skip)
        if meta is not None:
            line_end = piece.find("\n", meta.end())
            line_end = len(piece) if line_end < 0 else line_end
            rest = piece[line_end:]
            if rest.strip():
                work.append((start + line_end + (len(rest) - len(rest.lstrip())), rest.strip()))
            before = piece[: meta.start()]
            if before.strip():
                work.append((start, before.rstrip()))
            m_start = start + meta.start(1) - 1
            body = piece[meta.start(1) - 1 : line_end].rstrip()
            problem = SyntaxProblem(
                f"psql meta-command \\{meta.group(1)} is not SQL",
                source.position(m_start),
                "\\" + meta.group(1),
            )
            problems.append(problem)
            statements.append(
                Statement(
                    len(statements),
                    m_start,
                    m_start + len(body),
                    body,
                    source.position(m_start),
                    None,
                    problem,
                )
            )
            return
        message = str(exc.args[0]) if exc.args else str(exc)
        body = piece.rstrip().removesuffix(";").rstrip()
        local = _error_index(piece, exc)
        if local is None:  # "at end of input": point at the statement's last character
            local = max(len(body) - 1, skip)
        problem = SyntaxProblem(message, source.position(start + local))
        problems.append(problem)
        s = start + skip
        statements.append(
            Statement(
                len(statements),
                s,
                start + len(body),
                text[s : start + len(body)],
                source.position(s),
                None,
                problem,
            )
        )
        return
    piece_source = SourceText(piece)
    for item in raw.get("stmts", []):
        b_start = item.get("stmt_location", 0)
        b_len = item.get("stmt_len", 0)
        s = start + piece_source.char_offset(b_start)
        e = (
            (start + piece_source.char_offset(b_start + b_len))
            if b_len
            else (start + len(piece.rstrip().removesuffix(";").rstrip()))
        )
        e = _trim_end(text, s, e)
        statements.append(
            Statement(len(statements), s, e, text[s:e], source.position(s), item["stmt"])
        )


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over whitespace (libpg_query's length runs up to the semicolon)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _error_index(piece: str, exc: Exception) -> int | None:
    """The character index of a parse error in ``piece``, or None for "at end of input".

    libpg_query reports the error position in characters, and pglast converts it once more as
    if it were a UTF-8 byte offset, which is wrong after a multibyte character. So a piece with
    non-ASCII text is parsed again with every non-ASCII character replaced by one ASCII letter
    (the same lexical class for PostgreSQL's scanner), where both numbering schemes agree.
    """
    from pglast import parser

    index = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
    if index is None or piece.isascii():
        return index
    try:
        parser.parse_sql_json(re.sub(r"[^\x00-\x7f]", "x", piece))
    except parser.ParseError as again:
        if len(again.args) > 1 and isinstance(again.args[1], int):
            return int(again.args[1])
        return None
    return index


def _directives(
    source: SourceText, statements: list[Statement]
) -> tuple[list[Directive], list[tuple[Directive, str]]]:
    text = source.text
    starts = [s.start for s in statements]
    first = starts[0] if starts else len(text)
    found: list[Directive] = []
    errors: list[tuple[Directive, str]] = []
    for m in _DIRECTIVE_LINE.finditer(text):
        off = m.start()
        i = bisect.bisect_right(starts, off) - 1
        if i >= 0 and off < statements[i].end:
            continue  # inside a statement: a string, a body, an inner comment
        body = m.group(1)
        name, _, args = body.partition(" ")
        name, args = name.strip(), args.strip()
        directive = Directive(name, args, source.position(off).line, off, off < first)
        spec = KNOWN_DIRECTIVES.get(name)
        if spec is None:
            errors.append((directive, DIRECTIVE_UNKNOWN))
            continue
        where, takes_args, _ = spec
        if where == "header" and not directive.in_header:
            errors.append((directive, DIRECTIVE_NOT_IN_HEADER))
            continue
        if takes_args and not args:
            errors.append((directive, DIRECTIVE_NEEDS_ARGUMENT))
            continue
        if not takes_args and args:
            errors.append((directive, DIRECTIVE_TAKES_NO_ARGUMENT))
            continue
        found.append(directive)
        if name == "ignore":
            j = bisect.bisect_right(starts, off)
            if j < len(statements):
                statements[j].ignores.append(directive)
    return found, errors


_FALSE_WORDS = frozenset({"false", "off", "no", "0"})


def option_enabled(params: Iterable[dict[str, Any]] | None, name: str) -> bool:
    """Whether the option ``name`` of a ``DefElem`` list (``REINDEX (...)``, ``VACUUM (...)``) is
    switched on: present without a value (``REINDEX (CONCURRENTLY)``) or with a true one
    (``CONCURRENTLY true``/``on``/``1``); ``(CONCURRENTLY false)``, ``(FULL off)`` and
    ``(FULL 0)`` are off, as PostgreSQL reads them."""
    for p in params or ():
        elem = p.get("DefElem")
        if elem is None or elem.get("defname") != name:
            continue
        arg = elem.get("arg")
        if not arg:
            return True
        if "Integer" in arg:
            return bool(arg["Integer"].get("ival", 0))
        if "Boolean" in arg:
            return bool(arg["Boolean"].get("boolval", False))
        if "String" in arg:
            return str(arg["String"].get("sval", "")).lower() not in _FALSE_WORDS
        return True
    return False


def outside_transaction_reason(tree: dict[str, Any]) -> str | None:
    """Why a statement cannot run inside a transaction block (on any supported server), or None.

    Shared by the runner's pre-flight validation and the analyzer's
    ``must-run-outside-transaction`` rule, so the two always agree. (``ALTER TYPE ... ADD VALUE``
    is version-dependent and is left to the analyzer.)
    """
    kind, node = next(iter(tree.items()))
    if kind == "IndexStmt" and node.get("concurrent"):
        return "CREATE INDEX CONCURRENTLY"
    if kind == "DropStmt" and node.get("concurrent"):
        return "DROP INDEX CONCURRENTLY"
    if kind == "ReindexStmt" and option_enabled(node.get("params"), "concurrently"):
        return "REINDEX CONCURRENTLY"
    if kind == "VacuumStmt" and node.get("is_vacuumcmd"):
        return "VACUUM"
    if kind == "AlterTableStmt":
        for cmd in node.get("cmds", []):
            c = cmd.get("AlterTableCmd", {})
            if c.get("subtype") == "AT_DetachPartition" and c.get("def", {}).get(
                "PartitionCmd", {}
            ).get("concurrent"):
                return "DETACH PARTITION ... CONCURRENTLY"
    simple = {
        "CreatedbStmt": "CREATE DATABASE",
        "DropdbStmt": "DROP DATABASE",
        "CreateTableSpaceStmt": "CREATE TABLESPACE",
        "DropTableSpaceStmt": "DROP TABLESPACE",
        "AlterSystemStmt": "ALTER SYSTEM",
    }
    return simple.get(kind)
