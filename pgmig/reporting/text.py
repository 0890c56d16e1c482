"""The human format (default): one block per finding, in the shape STYLE.md asks for.

::

    error[create-index-non-concurrently] migrations/20250101120000_orders_idx.up.sql:3:1
      CREATE INDEX on existing table "orders" blocks writes until the build finishes.
      why: CREATE INDEX takes a SHARE lock on "orders"; INSERT/UPDATE/DELETE wait for it ...
      instead (in a migration marked `-- pgmig:no-transaction`):
          CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
      ignore: -- pgmig:ignore create-index-non-concurrently <reason>

followed by a summary line. Colour (severity and rule id) only when asked, i.e. on a terminal
and without ``NO_COLOR``; the words are the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pgmig.analyzer.findings import Finding

if TYPE_CHECKING:
    from pgmig.analyzer import CheckResult

_COLORS = {"error": "red", "warning": "yellow"}
_NOT_IGNORABLE = {
    "syntax-error",
    "invalid-directive",
    "empty-migration",
    "invalid-ignore",
    "unused-ignore",
}


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _style(text: str, color: bool, **kw: object) -> str:
    if not color:
        return text
    import click

    return click.style(text, **kw)  # type: ignore[arg-type]


def render_finding(f: Finding, *, color: bool = False) -> str:
    head = _style(f"{f.severity}[{f.rule}]", color, fg=_COLORS[f.severity], bold=True)
    lines = [f"{head} {f.path}:{f.line}:{f.column}", f"  {_sentence(f.message)}"]
    if f.why:
        lines.append(f"  {_style('why:', color, dim=True)} {_sentence(f.why)}")
    label = _style("instead", color, dim=True)
    if f.suggestion:
        note = f" ({f.suggestion_note})" if f.suggestion_note else ""
        lines.append(f"  {label}{note}:")
        lines.extend(f"      {line}" if line else "" for line in f.suggestion.rstrip().split("\n"))
    elif f.suggestion_note:
        lines.append(f"  {label}: {_sentence(f.suggestion_note)}")
    if f.rule not in _NOT_IGNORABLE:
        lines.append(f"  {_style('ignore:', color, dim=True)} {f.ignore_hint}")
    return "\n".join(lines)


def render_findings(findings: Sequence[Finding], *, color: bool = False) -> str:
    return "\n\n".join(render_finding(f, color=color) for f in findings)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(result: CheckResult) -> str:
    counts = result.counts()
    nfiles = len(result.files)
    with_findings = sum(1 for r in result.files if r.findings)
    source = {
        "--pg-version": "from --pg-version",
        "config": "from the configuration",
        "server": "the server's version",
        "default": "assumed; set --pg-version or postgres_version",
    }[result.pg_version_source]
    target = f"target PostgreSQL {result.pg_version} ({source})"
    schema = "with the live schema" if result.catalog_online else "offline"
    if not counts["error"] and not counts["warning"]:
        return f"No problems found in {_plural(nfiles, 'file')}; {target}, {schema}."
    return (
        f"Found {_plural(counts['error'], 'error')} and {_plural(counts['warning'], 'warning')} "
        f"in {with_findings} of {_plural(nfiles, 'file')}; {target}, {schema}."
    )


def render(result: CheckResult, *, color: bool = False) -> str:
    parts = []
    body = render_findings(result.findings, color=color)
    if body:
        parts.append(body)
    parts.append(summary(result))
    return "\n\n".join(parts) + "\n"
