"""What the analyzer reports: :class:`Issue` (what a rule returns) and :class:`Finding` (what
``check`` returns, with the rule id, severity and file position filled in by the engine).

A rule never computes file positions or severities itself: it says *what* is wrong, *why*, what
to do *instead* (copy-pastable SQL rendered with the statement's real identifiers), and which
parse-tree node to point at. The engine turns that into a :class:`Finding` with the rule's
configured severity, the file, and the 1-based line and column of the node (mapped back through
DO blocks). That keeps every rule's output uniform and every message in the STYLE.md shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pgmig.analyzer.context import Stmt

Severity = Literal["error", "warning"]
SEVERITY_ORDER: dict[str, int] = {"warning": 1, "error": 2}


@dataclass(frozen=True)
class Issue:
    """One problem a rule found in one statement.

    * ``message``: WHAT, one sentence with the real names, e.g. ``CREATE INDEX on existing table
      "orders" blocks writes until the build finishes.``
    * ``why``: the lock and its effect, e.g. ``CREATE INDEX takes a SHARE lock on "orders";
      INSERT/UPDATE/DELETE wait for it.``
    * ``suggestion``: copy-pastable SQL (one or more statements, each ending with ``;``) that does
      the same safely, or ``None`` when the fix is not SQL (then say it in ``note``). It must
      parse, and with the rule's ``setup.sql`` it must run on a real server (tests check both).
    * ``note``: where/how the suggestion runs (``in a migration marked `-- pgmig:no-transaction```),
      or the advice itself when there is no SQL suggestion.
    * ``node``: the parse-tree node (inner dict, with a ``location``) to point at; default: the
      statement's first token.
    * ``stmt``: report on another statement than the one being checked (``finish`` hooks).
    """

    message: str
    why: str
    suggestion: str | None = None
    note: str | None = None
    node: dict[str, Any] | None = None
    stmt: Stmt | None = None


@dataclass(frozen=True)
class Finding:
    """A reported problem, positioned in a file. ``line``/``column`` are 1-based."""

    rule: str
    severity: Severity
    path: Path
    line: int
    column: int
    message: str
    why: str
    suggestion: str | None = None
    suggestion_note: str | None = None
    end_line: int | None = None
    statement_index: int | None = None  # index of the top-level statement (None: file-level)

    @property
    def ignore_hint(self) -> str:
        return f"-- pgmig:ignore {self.rule} <reason>"

    @property
    def docs(self) -> str:
        return f"docs/rules/{self.rule}.md"

    @property
    def explain(self) -> str:
        return f"pgmig explain {self.rule}"

    def sort_key(self) -> tuple[str, int, int, str]:
        return (str(self.path), self.line, self.column, self.rule)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape (docs/check-output.md)."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "file": str(self.path),
            "line": self.line,
            "column": self.column,
        }
        if self.end_line is not None:
            out["end_line"] = self.end_line
        out.update(
            message=self.message,
            why=self.why,
            suggestion=self.suggestion,
            suggestion_note=self.suggestion_note,
            ignore=self.ignore_hint,
            docs=self.docs,
        )
        return out
