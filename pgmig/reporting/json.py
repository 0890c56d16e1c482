"""``--format json``: one stable JSON object (documented in docs/check-output.md).

Shape (``version`` is bumped only for incompatible changes; new keys may be added)::

    {"version": 1, "tool": {"name": "pgmig", "version": "..."},
     "target": {"pg_version": 15, "pg_version_source": "--pg-version", "schema": "offline"},
     "files": [{"path": "...", "role": "up", "statements": 3, "findings": 1}],
     "findings": [{"rule", "severity", "file", "line", "column", "end_line"?, "message", "why",
                   "suggestion", "suggestion_note", "ignore", "docs"}],
     "summary": {"files": 1, "files_with_findings": 1, "errors": 1, "warnings": 0}}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pgmig import __version__

if TYPE_CHECKING:
    from pgmig.analyzer import CheckResult

FORMAT_VERSION = 1


def as_dict(result: CheckResult) -> dict[str, Any]:
    counts = result.counts()
    return {
        "version": FORMAT_VERSION,
        "tool": {"name": "pgmig", "version": __version__},
        "target": {
            "pg_version": result.pg_version,
            "pg_version_source": result.pg_version_source,
            "schema": "live" if result.catalog_online else "offline",
        },
        "files": [
            {
                "path": str(r.path),
                "role": r.role,
                "statements": r.statements,
                "findings": len(r.findings),
            }
            for r in result.files
        ],
        "findings": [f.to_dict() for f in result.findings],
        "summary": {
            "files": len(result.files),
            "files_with_findings": sum(1 for r in result.files if r.findings),
            "errors": counts["error"],
            "warnings": counts["warning"],
        },
    }


def render(result: CheckResult) -> str:
    return json.dumps(as_dict(result), indent=2, ensure_ascii=False) + "\n"
