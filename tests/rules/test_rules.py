"""The rule test data, unit tier: every rule module has a folder, every bad case triggers its rule
exactly ``expect`` times, no ok case triggers it, the golden text output matches, every suggestion
parses, and the documentation pages are in sync. (Executing the suggestions on a real server is
the integration tier: tests/integration/test_check_rule_suggestions.py.)

Regenerate golden files and docs pages: ``PGMIG_UPDATE_GOLDEN=1 .venv/bin/pytest tests/rules``.
"""

from __future__ import annotations

import pytest

from pgmig.analyzer.registry import all_rules
from pgmig.parsing import parse
from pgmig.reporting.text import render_findings
from tests.rules._harness import (
    REPO,
    RULES_DIR,
    UPDATE_GOLDEN,
    Case,
    cases,
    folder_ids,
    rule_ids,
)

BAD = cases(("bad",))
OK = cases(("ok",))
DOCS = REPO / "docs" / "rules"


def _ids(items: list[Case]) -> list[str]:
    return [c.name for c in items]


def _no_crash(case: Case, findings: list) -> None:  # type: ignore[type-arg]
    broken = [f for f in findings if f.rule in ("internal-error", "syntax-error")]
    assert not broken, f"{case.name}: " + "\n".join(f"{f.rule}: {f.message}" for f in broken)


def test_every_rule_module_loads() -> None:
    from pgmig.analyzer.registry import LOAD_ERRORS, load_rules

    load_rules()
    assert not LOAD_ERRORS, "rule modules that do not load:\n" + "\n".join(
        f"  pgmig/analyzer/rules/{name}.py: {err}" for name, err in LOAD_ERRORS.items()
    )


@pytest.mark.parametrize("rule", rule_ids())
def test_every_rule_module_has_test_data_with_bad_ok_and_golden_cases(rule: str) -> None:
    folder = RULES_DIR / rule
    assert folder.is_dir(), f"rule {rule} has no test folder tests/rules/{rule}/"
    assert (folder / "setup.sql").is_file(), f"tests/rules/{rule}/setup.sql is missing"
    bad = list((folder / "bad").glob("*.sql"))
    ok = list((folder / "ok").glob("*.sql"))
    assert bad, f"tests/rules/{rule}/bad/ has no cases"
    assert ok, f"tests/rules/{rule}/ok/ has no cases"
    assert list((folder / "bad").glob("*.expected")), (
        f"tests/rules/{rule}/bad/ has no golden .expected file "
        "(PGMIG_UPDATE_GOLDEN=1 pytest tests/rules writes them)"
    )


@pytest.mark.parametrize("folder", folder_ids())
def test_every_rule_folder_belongs_to_a_rule_module(folder: str) -> None:
    assert folder in rule_ids(), (
        f"tests/rules/{folder}/ has no rule module pgmig/analyzer/rules/"
        f"{folder.replace('-', '_')}.py (a typo in the folder name, or a removed rule)"
    )


@pytest.mark.parametrize("case", BAD, ids=_ids(BAD))
def test_bad_case_triggers_its_rule(case: Case) -> None:
    findings = case.analyze()
    _no_crash(case, findings)
    own = case.own(findings)
    assert len(own) == case.expect, (
        f"{case.display_path}: expected {case.expect} finding(s) of {case.rule}, got {len(own)}:\n"
        + render_findings(own)
    )


@pytest.mark.parametrize("case", OK, ids=_ids(OK))
def test_ok_case_does_not_trigger_its_rule(case: Case) -> None:
    findings = case.analyze()
    _no_crash(case, findings)
    own = case.own(findings)
    assert len(own) == case.expect, (
        f"{case.display_path}: expected {case.expect} finding(s) of {case.rule}, got {len(own)}:\n"
        + render_findings(own)
    )


@pytest.mark.parametrize("case", BAD, ids=_ids(BAD))
def test_bad_case_matches_its_golden_output(case: Case) -> None:
    rendered = render_findings(case.own(case.analyze())) + "\n"
    if UPDATE_GOLDEN:
        case.golden.write_text(rendered, encoding="utf-8")
    if not case.golden.exists():
        pytest.skip("no golden file for this case")
    assert rendered == case.golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", BAD, ids=_ids(BAD))
def test_every_suggestion_of_a_bad_case_parses(case: Case) -> None:
    for f in case.own(case.analyze()):
        if f.suggestion is None:
            assert f.suggestion_note, f"{case.name}: a finding needs a suggestion or a note"
            continue
        parsed = parse(f.suggestion)
        assert parsed.statements and not parsed.syntax_errors, (
            f"{case.name}: suggestion does not parse:\n{f.suggestion}"
        )
        assert all(s.tree is not None for s in parsed.statements)


@pytest.mark.parametrize("rule", sorted(all_rules()))
def test_rule_documentation_page_is_in_sync_with_the_module_docstring(rule: str) -> None:
    page = all_rules()[rule].page()
    path = DOCS / f"{rule}.md"
    if UPDATE_GOLDEN:
        DOCS.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    assert path.is_file(), f"{path.relative_to(REPO)} is missing (PGMIG_UPDATE_GOLDEN=1 writes it)"
    assert path.read_text(encoding="utf-8") == page, (
        f"{path.relative_to(REPO)} differs from the rule's docstring; regenerate with "
        "PGMIG_UPDATE_GOLDEN=1 .venv/bin/pytest tests/rules"
    )


@pytest.mark.parametrize("rule", rule_ids())
def test_rule_page_has_the_documented_sections(rule: str) -> None:
    page = all_rules()[rule].page()
    for section in ("**Trigger", "**Safe alternative", "**Suppress", "**Peers"):
        assert section in page, f"docs of {rule} lack a {section}...** section"
    assert "```sql" in page, f"docs of {rule} lack a ```sql example"
