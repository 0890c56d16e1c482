"""Shared loader for the data-driven rule tests (tests/rules/<rule-id>/, format in
docs/writing-rules.md).

A rule folder holds ``setup.sql`` (the pre-existing schema), ``bad/*.sql`` (must trigger the rule
``expect`` times, default 1), ``ok/*.sql`` (must not trigger it), ``bad/*.expected`` (golden text
output of the rule's findings) and optionally ``catalog-bad/`` / ``catalog-ok/`` (analysed with
the live schema that ``setup.sql`` creates; integration tier). Header comments at the top of a
case: ``-- expect: N`` and ``-- pg-version: N`` (default 15).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from pgmig.analyzer.catalog import OFFLINE, Catalog
from pgmig.analyzer.engine import RuleSet, analyze_text
from pgmig.analyzer.findings import Finding
from pgmig.analyzer.registry import load_rules

RULES_DIR = Path(__file__).resolve().parent
REPO = RULES_DIR.parent.parent
KINDS = ("bad", "ok", "catalog-bad", "catalog-ok")
UPDATE_GOLDEN = os.environ.get("PGMIG_UPDATE_GOLDEN") == "1"
DEFAULT_CASE_VERSION = 15

_HEADER = re.compile(r"^\s*--\s*(expect|pg-version)\s*:\s*(\d+)\s*$", re.I)


@dataclass(frozen=True)
class Case:
    rule: str
    kind: str  # bad, ok, catalog-bad, catalog-ok
    path: Path

    @property
    def name(self) -> str:
        return f"{self.rule}/{self.kind}/{self.path.stem}"

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def display_path(self) -> Path:
        return self.path.relative_to(REPO)

    def header(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for line in self.text.splitlines():
            if not line.strip():
                continue
            if not line.lstrip().startswith("--"):
                break
            m = _HEADER.match(line)
            if m:
                out[m.group(1).lower()] = int(m.group(2))
        return out

    @property
    def expect(self) -> int:
        return self.header().get("expect", 1 if self.kind.endswith("bad") else 0)

    @property
    def pg_version(self) -> int:
        return self.header().get("pg-version", DEFAULT_CASE_VERSION)

    @property
    def golden(self) -> Path:
        return self.path.with_suffix(".expected")

    def analyze(self, catalog: Catalog = OFFLINE) -> list[Finding]:
        """Findings of every rule (only this rule enabled, plus the meta rules)."""
        ruleset = RuleSet.build(only=[self.rule])
        return analyze_text(
            self.text,
            self.display_path,
            ruleset=ruleset,
            pg_version=self.pg_version,
            catalog=catalog,
        )

    def own(self, findings: list[Finding]) -> list[Finding]:
        return [f for f in findings if f.rule == self.rule]


def rule_ids() -> list[str]:
    return sorted(load_rules())


def folder_ids() -> list[str]:
    return sorted(
        p.name for p in RULES_DIR.iterdir() if p.is_dir() and any((p / k).is_dir() for k in KINDS)
    )


def cases(kinds: tuple[str, ...] = KINDS, *, with_module_only: bool = True) -> list[Case]:
    known = set(rule_ids())
    out: list[Case] = []
    for rid in folder_ids():
        if with_module_only and rid not in known:
            continue
        for kind in kinds:
            folder = RULES_DIR / rid / kind
            if folder.is_dir():
                out.extend(Case(rid, kind, p) for p in sorted(folder.glob("*.sql")))
    return out


def statements_before(text: str, index: int) -> list[str]:
    """The SQL of the top-level statements before statement ``index`` (transaction control and
    LOCK TABLE left out: the integration tier runs them one by one in autocommit, where LOCK
    TABLE is refused and would hold nothing anyway)."""
    from pgmig.parsing import parse

    parsed = parse(text)
    return [
        s.text
        for s in parsed.statements[:index]
        if s.tree is not None and s.kind not in ("TransactionStmt", "LockStmt")
    ]
