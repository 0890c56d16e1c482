"""``--format github``: GitHub Actions workflow commands, one per finding, so each finding is
an annotation on the pull request's diff::

    ::error file=migrations/001_x.up.sql,line=3,col=1,endLine=3,title=pgmig create-index-non-concurrently::CREATE INDEX on ...%0Awhy: ...

Escaping follows the runner's rules: in the message ``%``, ``\\r``, ``\\n`` are percent-encoded;
in property values also ``:`` and ``,``. A summary line (``::notice``) closes the output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pgmig.reporting import plain_text

if TYPE_CHECKING:
    from pgmig.analyzer import CheckResult
    from pgmig.analyzer.findings import Finding


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_finding(f: Finding) -> str:
    props = [f"file={escape_property(str(f.path))}", f"line={f.line}", f"col={f.column}"]
    if f.end_line is not None:
        props.append(f"endLine={f.end_line}")
    props.append(f"title={escape_property(f'pgmig {f.rule}')}")
    return f"::{f.severity} {','.join(props)}::{escape_data(plain_text(f, docs=True))}"


def render(result: CheckResult) -> str:
    from pgmig.reporting.text import summary

    lines = [render_finding(f) for f in result.findings]
    lines.append(f"::notice title=pgmig check::{escape_data(summary(result))}")
    return "\n".join(lines) + "\n"
