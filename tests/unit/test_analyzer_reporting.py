"""The four output formats of `pgmig check`: text, json, github, sarif."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pgmig.analyzer import CheckResult, FileReport
from pgmig.analyzer.findings import Finding
from pgmig.analyzer.registry import all_rules
from pgmig.reporting import render

CIC = "create-index-non-concurrently"


def finding(**kw: Any) -> Finding:
    base: dict[str, Any] = {
        "rule": CIC,
        "severity": "error",
        "path": Path("migrations/001_idx.up.sql"),
        "line": 3,
        "column": 1,
        "message": 'CREATE INDEX on existing table "orders" blocks writes until the build finishes.',
        "why": 'CREATE INDEX takes a SHARE lock on "orders"; INSERT/UPDATE/DELETE wait for it',
        "suggestion": "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);",
        "suggestion_note": "in a migration marked `-- pgmig:no-transaction`",
        "end_line": 4,
        "statement_index": 0,
    }
    base.update(kw)
    return Finding(**base)


def result(*findings: Finding, files: int = 2) -> CheckResult:
    reports = [FileReport(Path("migrations/001_idx.up.sql"), list(findings), 2)]
    reports += [FileReport(Path(f"migrations/00{i}_x.up.sql"), [], 1) for i in range(2, files + 1)]
    return CheckResult(reports, 15, "--pg-version")


def test_text_format_is_the_style_guide_block() -> None:
    out = render(result(finding()), "text")
    assert out == (
        "error[create-index-non-concurrently] migrations/001_idx.up.sql:3:1\n"
        '  CREATE INDEX on existing table "orders" blocks writes until the build finishes.\n'
        '  why: CREATE INDEX takes a SHARE lock on "orders"; INSERT/UPDATE/DELETE wait for it.\n'
        "  instead (in a migration marked `-- pgmig:no-transaction`):\n"
        "      CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);\n"
        "  ignore: -- pgmig:ignore create-index-non-concurrently <reason>\n"
        "\n"
        "Found 1 error and 0 warnings in 1 of 2 files; target PostgreSQL 15 (from --pg-version), "
        "offline.\n"
    )


def test_text_format_without_sql_suggestion_says_what_to_do_inline() -> None:
    out = render(result(finding(suggestion=None, suggestion_note="delete the BEGIN line")), "text")
    assert "  instead: delete the BEGIN line.\n" in out


def test_text_format_colours_only_when_asked() -> None:
    assert "\x1b[" not in render(result(finding()), "text")
    coloured = render(result(finding()), "text", color=True)
    assert "\x1b[31m" in coloured and "error[create-index-non-concurrently]" in coloured


def test_json_format_is_stable_and_complete() -> None:
    data = json.loads(render(result(finding(), finding(severity="warning", line=9)), "json"))
    assert data["version"] == 1
    assert data["tool"]["name"] == "pgmig"
    assert data["target"] == {
        "pg_version": 15,
        "pg_version_source": "--pg-version",
        "schema": "offline",
    }
    assert data["summary"] == {"files": 2, "files_with_findings": 1, "errors": 1, "warnings": 1}
    assert data["files"][0] == {
        "path": "migrations/001_idx.up.sql",
        "role": "up",
        "statements": 2,
        "findings": 2,
    }
    first = data["findings"][0]
    assert list(first) == [
        "rule",
        "severity",
        "file",
        "line",
        "column",
        "end_line",
        "message",
        "why",
        "suggestion",
        "suggestion_note",
        "ignore",
        "docs",
    ]
    assert first["ignore"] == f"-- pgmig:ignore {CIC} <reason>"
    assert first["docs"] == f"docs/rules/{CIC}.md"


def test_json_format_with_no_findings() -> None:
    data = json.loads(render(result(), "json"))
    assert data["findings"] == [] and data["summary"]["errors"] == 0


def test_github_format_escapes_properties_and_messages() -> None:
    f = finding(
        path=Path("migrations/a,b:c%.sql"),
        message="100% sure:\nline two",
        severity="warning",
    )
    lines = render(result(f), "github").splitlines()
    assert lines[0].startswith(
        "::warning file=migrations/a%2Cb%3Ac%25.sql,line=3,col=1,endLine=4,"
        f"title=pgmig {CIC}::100%25 sure:%0Aline two%0Awhy: "
    )
    assert (
        "%0Ainstead (in a migration marked `-- pgmig:no-transaction`):%0ACREATE INDEX" in lines[0]
    )
    assert lines[-1].startswith("::notice title=pgmig check::Found 0 errors and 1 warning")
    assert len(lines) == 2  # one line per finding: newlines are escaped


_LEVELS = {"none", "note", "warning", "error"}


def validate_sarif(log: dict[str, Any]) -> None:
    """The properties SARIF 2.1.0 requires (sarif-schema-2.1.0.json), and their types."""
    assert log["version"] == "2.1.0"
    assert isinstance(log["runs"], list) and log["runs"]
    for run in log["runs"]:
        driver = run["tool"]["driver"]
        assert isinstance(driver["name"], str) and driver["name"]
        rules = driver.get("rules", [])
        ids = [r["id"] for r in rules]
        assert len(ids) == len(set(ids)), "rule ids must be unique"
        for r in rules:
            for key in ("shortDescription", "fullDescription"):
                if key in r:
                    assert isinstance(r[key]["text"], str) and r[key]["text"]
            if "help" in r:
                assert isinstance(r["help"]["text"], str)
            if "defaultConfiguration" in r:
                assert r["defaultConfiguration"]["level"] in _LEVELS
        for res in run["results"]:
            assert isinstance(res["message"]["text"], str) and res["message"]["text"]
            assert res["level"] in _LEVELS
            assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
            for loc in res["locations"]:
                phys = loc["physicalLocation"]
                assert isinstance(phys["artifactLocation"]["uri"], str)
                region = phys["region"]
                assert region["startLine"] >= 1 and region["startColumn"] >= 1
                assert region.get("endLine", region["startLine"]) >= region["startLine"]


def test_sarif_format_has_every_required_property(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    log = json.loads(render(result(finding(), finding(severity="warning")), "sarif"))
    validate_sarif(log)
    run = log["runs"][0]
    assert log["$schema"].endswith("sarif-2.1.0.json")
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == CIC)
    assert rule["defaultConfiguration"]["level"] == "error"
    assert rule["help"]["markdown"].startswith(f"# {CIC}")
    res = run["results"][0]
    assert res["ruleId"] == CIC
    art = res["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": "migrations/001_idx.up.sql", "uriBaseId": "%SRCROOT%"}
    assert "CREATE INDEX CONCURRENTLY" in res["message"]["text"]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == set(all_rules())


def test_sarif_format_with_a_file_outside_the_working_directory(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "x.sql"
    log = json.loads(render(result(finding(path=outside)), "sarif"))
    validate_sarif(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file://")


def test_every_format_renders_a_real_check_run(tmp_path: Path) -> None:
    from pgmig.analyzer import check
    from pgmig.config import Settings

    f = tmp_path / "x.sql"
    f.write_text("CREATE INDEX i ON orders (a);\nSELEC 1;\n")
    res = check([f], settings=Settings())
    for fmt in ("text", "json", "github", "sarif"):
        out = render(res, fmt)
        assert "syntax" in out and CIC in out
    validate_sarif(json.loads(render(res, "sarif")))
