"""``-- pgmig:ignore`` and ``-- pgmig:ignore-file``: accepting a finding on purpose, with a reason.

Syntax (parsing.py finds the directive lines; this module reads their arguments)::

    -- pgmig:ignore create-index-non-concurrently audit_log has 30 rows, built in 5 ms
    CREATE INDEX audit_log_at_idx ON audit_log (at);

    -- pgmig:ignore-file drop-column,drop-table the legacy schema is unused since 2024-06

* ``ignore`` stands on the line(s) just before a statement and covers that statement (for a DO
  block: every statement inside it). ``ignore-file`` stands in the leading comment block and
  covers the whole file.
* Rule ids are comma-separated (``a,b`` or ``a, b``); the rest of the line is the reason, which is
  required.
* Problems are findings, never silent: a missing reason or an unknown rule id is
  ``invalid-ignore`` (error; the ignore still applies to the known ids so the real finding does
  not show twice), and an ignore that suppressed nothing is ``unused-ignore`` (warning), unless
  its rule is switched off (then there was nothing to suppress by design).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pgmig.parsing import Directive, ParsedSQL

_IDS = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*,\s*[A-Za-z0-9_\-]+)*)\s*(.*)$", re.S)


@dataclass
class Ignore:
    directive: Directive
    rules: list[str]
    reason: str
    file_wide: bool
    statement_index: int | None  # the statement it covers (None for ignore-file)
    used: set[str] = field(default_factory=set)


@dataclass
class IgnoreProblem:
    directive: Directive
    message: str
    why: str
    note: str


@dataclass
class Ignores:
    by_statement: dict[int, list[Ignore]] = field(default_factory=dict)
    file_wide: list[Ignore] = field(default_factory=list)
    problems: list[IgnoreProblem] = field(default_factory=list)

    def suppressing(self, rule: str, statement_index: int | None) -> Ignore | None:
        """The ignore that suppresses ``rule`` at that statement (marks it used), or None."""
        if statement_index is not None:
            for ig in self.by_statement.get(statement_index, ()):
                if rule in ig.rules:
                    ig.used.add(rule)
                    return ig
        for ig in self.file_wide:
            if rule in ig.rules:
                ig.used.add(rule)
                return ig
        return None

    def all(self) -> list[Ignore]:
        out = list(self.file_wide)
        for items in self.by_statement.values():
            out.extend(items)
        return sorted(out, key=lambda ig: ig.directive.offset)


def read_ignores(parsed: ParsedSQL, known_rules: Collection[str]) -> Ignores:
    """Collect the file's ignore directives and the problems with them."""
    result = Ignores()
    for index, stmt in enumerate(parsed.statements):
        for d in stmt.ignores:
            ig = _read(d, known_rules, result, file_wide=False, index=index)
            if ig is not None:
                result.by_statement.setdefault(index, []).append(ig)
    attached = {id(d) for s in parsed.statements for d in s.ignores}
    for d in parsed.directives:
        if d.name == "ignore-file":
            ig = _read(d, known_rules, result, file_wide=True, index=None)
            if ig is not None:
                result.file_wide.append(ig)
        elif d.name == "ignore" and id(d) not in attached:
            result.problems.append(
                IgnoreProblem(
                    d,
                    f"`-- pgmig:ignore {d.args}` is not followed by any statement",
                    "an ignore covers the statement right after it; at the end of the file it "
                    "covers nothing",
                    "move it above the statement it is meant for, or delete it",
                )
            )
    return result


def _read(
    d: Directive,
    known_rules: Collection[str],
    result: Ignores,
    *,
    file_wide: bool,
    index: int | None,
) -> Ignore | None:
    name = f"-- pgmig:{d.name}"
    m = _IDS.match(d.args)
    if not m:
        result.problems.append(
            IgnoreProblem(
                d,
                f"`{name} {d.args}` does not start with a rule id",
                "the directive must name the rule(s) it accepts",
                f"write `{name} <rule>[,<rule>] <reason>`; `pgmig explain --list` shows the ids",
            )
        )
        return None
    ids = [r.strip() for r in m.group(1).split(",")]
    reason = m.group(2).strip()
    good: list[str] = []
    for rid in ids:
        if rid in known_rules:
            good.append(rid)
            continue
        close = difflib.get_close_matches(rid.replace("_", "-").lower(), list(known_rules), n=1)
        hint = f"did you mean `{close[0]}`?" if close else "`pgmig explain --list` shows the ids"
        result.problems.append(
            IgnoreProblem(
                d,
                f"`{name}` names unknown rule `{rid}`",
                "an ignore with an unknown rule id suppresses nothing",
                hint,
            )
        )
    if not reason:
        result.problems.append(
            IgnoreProblem(
                d,
                f"`{name} {d.args}` gives no reason",
                "the next reader (or you at 3 a.m.) needs to know why this unsafe operation was "
                "accepted",
                f"add the reason after the rule id: `{name} {','.join(ids)} <why it is safe here>`",
            )
        )
    if not good:
        return None
    return Ignore(d, good, reason, file_wide, index)
