"""The analysis engine: one pass over a file's statements with the runner's semantics.

For each top-level statement (``pgmig.parsing.parse``, the real PostgreSQL grammar), in order:

1. the rules that declared the statement's node type run, seeing the :class:`Context` as it was
   *before* the statement (dispatch by node type is what makes a 5 MB file take about a second);
2. a ``DO`` block is expanded: its PL/pgSQL is parsed (``parse_plpgsql_json``) and every static
   SQL statement and every ``EXECUTE`` of a constant string is processed like a top-level
   statement, with positions mapped back into the file. Bodies of CREATE FUNCTION/PROCEDURE are
   never expanded (they do not run at migration time);
3. the locks the statement takes on existing relations are recorded (in a transaction), and its
   effects (new tables, search_path, BEGIN/COMMIT, constraints...) are applied to the context.

At the end of the file the rules' ``finish`` hooks run. Issues become :class:`Finding` objects
with the configured severity; ``-- pgmig:ignore`` directives are applied and the unused ones
reported. Syntax errors are findings (``syntax-error``), and an exception inside a rule is an
``internal-error`` finding on that statement, never a traceback.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pgmig.analyzer.catalog import OFFLINE, Catalog
from pgmig.analyzer.context import Context, Origin, Stmt
from pgmig.analyzer.findings import Finding, Issue, Severity
from pgmig.analyzer.helpers import constant_string, locks_taken
from pgmig.analyzer.ignores import Ignores, read_ignores
from pgmig.analyzer.registry import META_RULES, Rule, all_rules, load_rules
from pgmig.gcpause import gc_paused

if TYPE_CHECKING:
    from pgmig.parsing import Statement

DEFAULT_PG_VERSION = 14  # the oldest community-supported major in Nov 2026

# statements that can take a lock on a table (others skip the lock bookkeeping)
_LOCKING_KINDS = frozenset(
    {
        "InsertStmt",
        "UpdateStmt",
        "DeleteStmt",
        "MergeStmt",
        "CopyStmt",
        "IndexStmt",
        "AlterTableStmt",
        "LockStmt",
        "TruncateStmt",
        "CreateTrigStmt",
        "CreatePolicyStmt",
        "AlterPolicyStmt",
        "RuleStmt",
        "CreateStatsStmt",
        "ClusterStmt",
        "VacuumStmt",
        "RefreshMatViewStmt",
        "ReindexStmt",
        "RenameStmt",
        "AlterObjectSchemaStmt",
        "CommentStmt",
        "DropStmt",
        "CreateStmt",
        "AlterSeqStmt",
        "ViewStmt",
        "SelectStmt",
    }
)

# compiled on first use (re caches it): a Unicode class costs milliseconds at import time
_DOLLAR_QUOTE = r"\$([A-Za-z_\x80-\uffff][A-Za-z0-9_\x80-\uffff]*)?\$"


@dataclass
class RuleSet:
    """The rules to run with their effective severities (``off`` rules are absent)."""

    rules: dict[str, Rule]
    severities: dict[str, Severity]
    options: dict[str, dict[str, str]] = field(default_factory=dict)  # rule id -> option -> value
    dispatch: dict[str, list[Rule]] = field(default_factory=dict)
    finishers: list[Rule] = field(default_factory=list)

    def __post_init__(self) -> None:
        for rule in self.rules.values():
            for kind in rule.node_types:
                self.dispatch.setdefault(kind, []).append(rule)
            if rule.finish is not None:
                self.finishers.append(rule)

    @classmethod
    def build(
        cls, overrides: Mapping[str, str] | None = None, *, only: Iterable[str] | None = None
    ) -> RuleSet:
        """Rules enabled by default (not opt-in) plus/minus ``overrides`` (rule id -> ``error``,
        ``warning`` or ``off``). ``only`` restricts to those ids (tests). Unknown ids in
        ``overrides`` raise :class:`UnknownRule`. A key ``"<rule-id>.<option>"`` is not a
        severity but an option of that rule (``ctx.rule_option(rule, option)``); it does not
        enable the rule by itself."""
        overrides = dict(overrides or {})
        known = all_rules()
        options: dict[str, dict[str, str]] = {}
        for key in list(overrides):
            rid, dot, option = key.partition(".")
            if rid not in known:
                raise UnknownRule(rid, sorted(known))
            if dot:
                if option not in known[rid].options:
                    raise UnknownRule(key, [f"{rid}.{o}" for o in known[rid].options])
                options.setdefault(rid, {})[option] = str(overrides.pop(key))
        wanted = set(only) if only is not None else None
        rules: dict[str, Rule] = {}
        severities: dict[str, Severity] = {}
        for rid, rule in known.items():
            level = overrides.get(rid)
            if level == "off" and rid != "syntax-error":
                continue
            if wanted is not None and rid not in wanted and not rule.builtin:
                continue
            if rule.opt_in and level is None and (wanted is None or rid not in wanted):
                continue
            severities[rid] = level if level in ("error", "warning") else rule.severity  # type: ignore[assignment]
            if not rule.builtin:
                rules[rid] = rule
        return cls(rules, severities, options)

    def enabled(self, rid: str) -> bool:
        return rid in self.severities


class UnknownRule(Exception):
    def __init__(self, rid: str, known: list[str]) -> None:
        super().__init__(rid)
        self.rid = rid
        self.known = known


@dataclass
class FileReport:
    """The findings of one file, sorted by position."""

    path: Path
    findings: list[Finding]
    statements: int
    role: str = "up"  # "up" or "down"


class _FileRun:
    """The state of analysing one file (kept off the hot path's argument lists)."""

    def __init__(
        self,
        text: str,
        path: Path,
        ruleset: RuleSet,
        pg_version: int,
        catalog: Catalog,
        role: str = "up",
    ) -> None:
        from pgmig.parsing import parse

        self.path = path
        self.role = role
        self.ruleset = ruleset
        self.parsed = parse(text.removeprefix("\ufeff"))
        self.source = self.parsed.source
        self.ctx = Context(
            pg_version=pg_version,
            catalog=catalog,
            no_transaction=self.parsed.header("no-transaction") is not None,
            options=ruleset.options,
        )
        if not self.ctx.no_transaction:
            self.ctx._begin("runner")
        self.issues: list[tuple[str, Issue, Stmt]] = []
        self.meta: list[Finding] = []

    # ---- the pass ----------------------------------------------------------------------------

    def run(self) -> list[Finding]:
        dispatch = self.ruleset.dispatch
        ctx = self.ctx
        source = self.source
        file_origin = Origin(source, None, 0, 0)
        for st in self.parsed.statements:
            if st.tree is None:
                self._syntax(st.syntax_error.message if st.syntax_error else "syntax error", st)
                continue
            ((kind, node),) = st.tree.items()
            stmt = Stmt(kind, node, st.text, st, file_origin, st.start)
            rules = dispatch.get(kind)
            if rules is not None:
                self._check(rules, stmt)
            if kind == "DoStmt":
                self._expand_do(stmt)
            if kind in _LOCKING_KINDS and ctx.transaction is not None:
                ctx._record_locks(stmt, locks_taken(stmt, ctx))
            ctx.apply(stmt)
        for rule in self.ruleset.finishers:
            assert rule.finish is not None
            try:
                for issue in rule.finish(ctx):
                    if issue.stmt is not None:
                        self.issues.append((rule.id, issue, issue.stmt))
            except Exception as exc:  # a rule bug must not hide the other findings
                self._internal(rule.id, exc, None)
        return self._findings()

    def _check(self, rules: list[Rule], stmt: Stmt) -> None:
        for rule in rules:
            assert rule.check is not None
            try:
                for issue in rule.check(stmt, self.ctx):
                    self.issues.append((rule.id, issue, issue.stmt or stmt))
            except Exception as exc:
                self._internal(rule.id, exc, stmt)

    def _process(self, stmt: Stmt) -> None:
        """A statement inside a DO block: same steps as the top-level loop."""
        ctx = self.ctx
        rules = self.ruleset.dispatch.get(stmt.kind)
        if rules is not None:
            self._check(rules, stmt)
        if stmt.kind == "DoStmt":
            self._expand_do(stmt)
        if stmt.kind in _LOCKING_KINDS and ctx.transaction is not None:
            ctx._record_locks(stmt, locks_taken(stmt, ctx))
        ctx.apply(stmt)

    # ---- DO blocks -----------------------------------------------------------------------------

    def _expand_do(self, do: Stmt) -> None:
        language = "plpgsql"
        body: str | None = None
        body_location: int | None = None
        for arg in do.node.get("args") or ():
            d = arg.get("DefElem", {})
            value = (d.get("arg") or {}).get("String", {}).get("sval")
            if d.get("defname") == "language" and value is not None:
                language = value.lower()
            elif d.get("defname") == "as" and value is not None:
                body = value
                body_location = d.get("arg_location", d.get("location"))
        if language != "plpgsql" or body is None:
            return
        from pglast import parser

        try:
            tree = json.loads(parser.parse_plpgsql_json(do.text))
        except parser.ParseError as exc:
            self._syntax(
                f"PL/pgSQL syntax error in DO block: {exc.args[0] if exc.args else exc}", do
            )
            return
        except Exception:
            return  # libpg_query could not analyse it: leave it to the server
        # where the body's text starts in the file, if it is there verbatim
        body_start: int | None = None
        fallback = do.start
        if body_location is not None and body_location >= 0 and do.origin.base is not None:
            token_at = do.origin.offset(body_location)
            fallback = token_at
            text = self.source.text
            m = re.compile(_DOLLAR_QUOTE).match(text, token_at)
            start = m.end() if m else token_at + 1
            if text.startswith(body, start):
                body_start = start
        line_starts = [0] + [m.end() for m in re.finditer("\n", body)]
        outer_tx = self.ctx.transaction
        if outer_tx is None:
            self.ctx._begin("do")
        cursor = 0
        for kind, fields in _plpgsql_statements(tree):
            lineno = int(fields.get("lineno") or 1)
            line_at = line_starts[min(max(lineno, 1), len(line_starts)) - 1]
            if kind in ("PLpgSQL_stmt_commit", "PLpgSQL_stmt_rollback"):
                word = "COMMIT" if kind == "PLpgSQL_stmt_commit" else "ROLLBACK"
                node = {"kind": f"TRANS_STMT_{word}", "chain": bool(fields.get("chain"))}
                at = self._first_token(body_start, line_at, fallback)
                origin = Origin(self.source, None, None, at)
                origin.is_file = False
                self._process(Stmt("TransactionStmt", node, word, do.top, origin, at, do))
                continue
            expr = (fields.get("sqlstmt") or fields.get("query") or {}).get("PLpgSQL_expr", {})
            query = expr.get("query")
            if not isinstance(query, str):
                continue
            found = body.find(query, line_at)
            if found < 0:
                found = body.find(query, cursor)
            if found >= 0:
                cursor = found + len(query)
            line_fallback = self._first_token(body_start, line_at, fallback)
            if kind == "PLpgSQL_stmt_execsql":
                base = body_start + found if body_start is not None and found >= 0 else None
                self._inner(query, do, base, line_fallback, dynamic=False)
            else:
                sql = _constant_sql(query)
                if sql is None:
                    continue  # dynamic SQL built at run time: cannot be analysed statically
                base = None
                if body_start is not None and found >= 0:
                    lit = query.lstrip()
                    quote_at = found + (len(query) - len(lit))
                    if lit.startswith("'") and lit[1 : 1 + len(sql)] == sql:
                        base = body_start + quote_at + 1
                    else:
                        line_fallback = body_start + quote_at
                self._inner(sql, do, base, line_fallback, dynamic=True)
        if outer_tx is None and self.ctx.transaction == "do":
            self.ctx._end_transaction()

    def _first_token(self, body_start: int | None, line_at: int, fallback: int) -> int:
        if body_start is None:
            return fallback
        text = self.source.text
        pos = body_start + line_at
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        return pos

    def _inner(self, sql: str, do: Stmt, base: int | None, fallback: int, *, dynamic: bool) -> None:
        from pglast import parser

        from pgmig.parsing import SourceText

        try:
            raw = json.loads(parser.parse_sql_json(sql))
        except parser.ParseError:
            return  # PL/pgSQL expressions with variables can fail to parse alone; not ours
        inner_source = SourceText(sql)
        origin = Origin(self.source, inner_source, base, fallback)
        for item in raw.get("stmts", []):
            b_start = item.get("stmt_location", 0)
            b_len = item.get("stmt_len", 0)
            c_start = inner_source.char_offset(b_start)
            c_end = inner_source.char_offset(b_start + b_len) if b_len else len(sql)
            text = sql[c_start:c_end].strip()
            ((kind, node),) = item["stmt"].items()
            start = base + c_start if base is not None else fallback
            while (
                base is not None
                and start < len(self.source.text)
                and self.source.text[start] in " \t\r\n"
            ):
                start += 1
            stmt = Stmt(kind, node, text, do.top, origin, start, do_block=do, dynamic=dynamic)
            self._process(stmt)

    # ---- findings ------------------------------------------------------------------------------

    def _syntax(self, message: str, st: Statement | Stmt) -> None:
        if not self.ruleset.enabled("syntax-error"):
            return
        if isinstance(st, Stmt):
            pos, meta, index = st.position(), None, st.top.index
        else:
            problem = st.syntax_error
            pos = problem.position if problem is not None else st.position
            meta = problem.meta_command if problem is not None else None
            index = st.index
        if meta:
            what = f"psql meta-command {meta} is not SQL: PostgreSQL cannot run it."
            why = "meta-commands are interpreted by psql; pgmig sends the file to the server"
            note = "inline the SQL it would include or set (a migration is plain SQL)"
        else:
            what = f"SQL syntax error: {message}."
            why = "PostgreSQL would reject this statement; `pgmig up` refuses the file"
            note = "fix the statement at this line and column"
        self.meta.append(
            Finding(
                "syntax-error",
                self.ruleset.severities["syntax-error"],
                self.path,
                pos.line,
                pos.column,
                what,
                why,
                None,
                note,
                statement_index=index,
            )
        )

    def _internal(self, rid: str, exc: Exception, stmt: Stmt | None) -> None:
        if not self.ruleset.enabled("internal-error"):
            return
        pos = stmt.position() if stmt is not None else self.source.position(0)
        self.meta.append(
            Finding(
                "internal-error",
                self.ruleset.severities["internal-error"],
                self.path,
                pos.line,
                pos.column,
                f"rule {rid} crashed on this statement: {type(exc).__name__}: {exc}.",
                "this is a bug in pgmig; the statement was not fully analysed",
                None,
                "review this statement by hand and report the bug with its SQL",
                statement_index=stmt.top.index if stmt is not None else None,
            )
        )

    def _findings(self) -> list[Finding]:
        ignores = read_ignores(self.parsed, all_rules())
        severities = self.ruleset.severities
        out: list[Finding] = []
        for rid, issue, stmt in self.issues:
            index = stmt.top.index
            if ignores.suppressing(rid, index) is not None:
                continue
            pos = stmt.position(issue.node)
            end = None
            if stmt.origin.is_file:
                end = self.source.position(max(stmt.top.end - 1, stmt.top.start)).line
            out.append(
                Finding(
                    rid,
                    severities[rid],
                    self.path,
                    pos.line,
                    pos.column,
                    issue.message,
                    issue.why,
                    issue.suggestion,
                    issue.note,
                    end_line=end,
                    statement_index=index,
                )
            )
        for f in self.meta:
            if (
                f.rule == "internal-error"
                and f.statement_index is not None
                and ignores.suppressing(f.rule, f.statement_index) is not None
            ):
                continue
            out.append(f)
        out.extend(self._directive_findings(ignores))
        out.sort(key=Finding.sort_key)
        return out

    def _directive_findings(self, ignores: Ignores) -> list[Finding]:
        out: list[Finding] = []
        sev = self.ruleset.severities
        if "invalid-directive" in sev:
            from pgmig.discovery import _directive_fix
            from pgmig.parsing import DIRECTIVE_NOT_IN_HEADER, DIRECTIVE_UNKNOWN

            for d, what in self.parsed.directive_errors:
                if what == DIRECTIVE_UNKNOWN:
                    why = "`pgmig up` refuses the file: a misspelt directive would otherwise be "
                    why += "silently ignored (a lost `no-transaction` changes how the file runs)"
                elif what == DIRECTIVE_NOT_IN_HEADER:
                    why = "it configures the whole file, so it must come before the first "
                    why += "statement; `pgmig up` refuses the file"
                else:
                    why = "`pgmig up` refuses the file"
                out.append(
                    Finding(
                        "invalid-directive",
                        sev["invalid-directive"],
                        self.path,
                        d.line,
                        1,
                        f"directive `-- pgmig:{d.name}` {what}.",
                        why,
                        None,
                        _directive_fix(d.name, d.args, what),
                    )
                )
        parsed = self.parsed
        if (
            "empty-migration" in sev
            and self.role == "up"
            and not parsed.statements
            and not parsed.syntax_errors
            and parsed.header("allow-empty") is None
        ):
            out.append(
                Finding(
                    "empty-migration",
                    sev["empty-migration"],
                    self.path,
                    1,
                    1,
                    "this up migration contains no SQL statements.",
                    "it would be recorded as applied and never run again, so SQL added to it "
                    "later would never reach the database; `pgmig up` refuses the file",
                    None,
                    "write the migration, or mark a deliberate no-op with `-- pgmig:allow-empty` "
                    "in its leading comments",
                )
            )
        if "invalid-ignore" in sev:
            for p in ignores.problems:
                out.append(
                    Finding(
                        "invalid-ignore",
                        sev["invalid-ignore"],
                        self.path,
                        p.directive.line,
                        1,
                        p.message + ".",
                        p.why,
                        None,
                        p.note,
                    )
                )
        if "unused-ignore" in sev:
            for ig in ignores.all():
                for rid in ig.rules:
                    if rid in ig.used or rid not in sev or rid in META_RULES:
                        continue
                    where = "in this file" if ig.file_wide else "on the statement after it"
                    out.append(
                        Finding(
                            "unused-ignore",
                            sev["unused-ignore"],
                            self.path,
                            ig.directive.line,
                            1,
                            f"`-- pgmig:{ig.directive.name} {rid}` suppresses nothing: {rid} "
                            f"reports nothing {where}.",
                            "a stale ignore would hide the next real problem there",
                            None,
                            f"delete `{rid}` from the directive (or the whole line)",
                        )
                    )
        return out


_PLPGSQL_KINDS = frozenset(
    {
        "PLpgSQL_stmt_execsql",
        "PLpgSQL_stmt_dynexecute",
        "PLpgSQL_stmt_commit",
        "PLpgSQL_stmt_rollback",
    }
)


def _plpgsql_statements(tree: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """PLpgSQL_stmt_execsql / PLpgSQL_stmt_dynexecute nodes in source order, at any depth
    (IF/LOOP/CASE branches, nested blocks, exception handlers)."""
    stack: list[Any] = [tree]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            items = list(n.items())
            for k, v in reversed(items):
                if k in _PLPGSQL_KINDS and isinstance(v, dict):
                    stack.append(("__yield__", k, v))
                elif isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(n, list):
            stack.extend(reversed(n))
        elif isinstance(n, tuple):
            yield n[1], n[2]


def _constant_sql(expression: str) -> str | None:
    """The string an ``EXECUTE <expression>`` runs, when it is a constant."""
    from pglast import parser

    try:
        raw = json.loads(parser.parse_sql_json(f"SELECT {expression}"))
        target = raw["stmts"][0]["stmt"]["SelectStmt"]["targetList"][0]["ResTarget"]["val"]
    except (parser.ParseError, KeyError, IndexError):
        return None
    return constant_string(target)


def analyze_text(
    text: str,
    path: Path | str = Path("<sql>"),
    *,
    ruleset: RuleSet | None = None,
    pg_version: int = DEFAULT_PG_VERSION,
    catalog: Catalog | None = None,
) -> list[Finding]:
    """Analyse one migration's SQL (as an up migration). Pure: no database unless ``catalog``
    is a live one. Never raises for bad SQL: problems are findings."""
    with gc_paused():
        run = _FileRun(text, Path(path), ruleset or RuleSet.build(), pg_version, catalog or OFFLINE)
        return run.run()


__all__ = [
    "DEFAULT_PG_VERSION",
    "FileReport",
    "RuleSet",
    "UnknownRule",
    "analyze_text",
    "gc_paused",
    "load_rules",
]
