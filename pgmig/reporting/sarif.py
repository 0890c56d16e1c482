"""``--format sarif``: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, GitLab, IDEs).

One run; ``tool.driver.rules`` describes every rule that was enabled (id, short and full
description, the documentation page as ``help.markdown``, the default level), and each result has
``ruleId``, ``ruleIndex``, ``level``, ``message.text`` (what, why, instead) and a
``physicalLocation`` with a 1-based ``region``. Locations are URIs relative to the current
directory when the file is below it (``%SRCROOT%``), as code scanning expects.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pgmig import __version__
from pgmig.reporting import plain_text

if TYPE_CHECKING:
    from pgmig.analyzer import CheckResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: Path) -> tuple[str, str | None]:
    try:
        rel = path.resolve().relative_to(Path.cwd().resolve())
        return rel.as_posix(), "%SRCROOT%"
    except ValueError:
        return path.resolve().as_uri(), None


def as_dict(result: CheckResult) -> dict[str, Any]:
    from pgmig.analyzer.registry import all_rules

    known = all_rules()
    used = sorted({f.rule for f in result.findings} | set(known))
    index = {rid: i for i, rid in enumerate(used)}
    rules = []
    for rid in used:
        rule = known.get(rid)
        if rule is None:
            rules.append({"id": rid, "shortDescription": {"text": rid}})
            continue
        rules.append(
            {
                "id": rid,
                "name": "".join(part.capitalize() for part in rid.split("-")),
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.summary},
                "help": {"text": rule.page(), "markdown": rule.page()},
                "defaultConfiguration": {
                    "level": rule.severity,
                    "enabled": not rule.opt_in,
                },
                "properties": {"tags": ["postgresql", "migration", "locking"]},
            }
        )
    results = []
    for f in result.findings:
        uri, base = _uri(f.path)
        artifact: dict[str, Any] = {"uri": uri}
        if base:
            artifact["uriBaseId"] = base
        region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column}
        if f.end_line is not None and f.end_line >= f.line:
            region["endLine"] = f.end_line
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": f.severity,
                "message": {"text": plain_text(f, capitalized=True)},
                "locations": [
                    {"physicalLocation": {"artifactLocation": artifact, "region": region}}
                ],
            }
        )
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "pgmig",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
                "properties": {
                    "pgVersion": result.pg_version,
                    "pgVersionSource": result.pg_version_source,
                },
            }
        ],
    }


def render(result: CheckResult) -> str:
    return json.dumps(as_dict(result), indent=2, ensure_ascii=False) + "\n"
