"""Renderers for ``pgmig check`` results: ``text`` (people), ``json`` (scripts), ``github``
(workflow commands that annotate pull requests) and ``sarif`` (code-scanning tools).

Each renderer is a pure function of a :class:`~pgmig.analyzer.CheckResult` returning a string;
:data:`FORMATS` maps the ``--format`` names to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pgmig.analyzer import CheckResult
    from pgmig.analyzer.findings import Finding

FORMATS = ("text", "json", "github", "sarif")


def renderer(name: str) -> Callable[..., str]:
    """The render function of a format (imported lazily: each is its own module)."""
    if name == "text":
        from pgmig.reporting.text import render

        return render
    if name == "json":
        from pgmig.reporting.json import render as render_json

        return render_json
    if name == "github":
        from pgmig.reporting.github import render as render_github

        return render_github
    if name == "sarif":
        from pgmig.reporting.sarif import render as render_sarif

        return render_sarif
    raise ValueError(f"unknown format {name!r}")


def render(result: CheckResult, fmt: str = "text", *, color: bool = False) -> str:
    fn = renderer(fmt)
    return fn(result, color=color) if fmt == "text" else fn(result)


def plain_text(f: Finding, *, capitalized: bool = False, docs: bool = False) -> str:
    """A finding as one plain-text message (what, why, instead, ignore), for the formats that
    carry a single text per finding: GitHub annotations and SARIF results."""

    def label(word: str) -> str:
        return word.capitalize() if capitalized else word

    parts = [f.message, f"{label('why')}: {f.why}"]
    if f.suggestion:
        note = f" ({f.suggestion_note})" if f.suggestion_note else ""
        parts.append(f"{label('instead')}{note}:\n{f.suggestion}")
    elif f.suggestion_note:
        parts.append(f"{label('instead')}: {f.suggestion_note}")
    parts.append(
        f"{label('ignore')}: {f.ignore_hint}" + (f"   docs: pgmig explain {f.rule}" if docs else "")
    )
    return "\n".join(parts)
