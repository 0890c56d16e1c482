"""``pgmig check``: static analysis of migrations for operations that lock or rewrite busy tables.

The API (the CLI in :mod:`pgmig.cli.check` is a thin skin over it):

* :func:`check` analyses files (explicit paths, or every up migration of the configured folder)
  and returns a :class:`CheckResult` (findings per file, the target version and where it came
  from, counts, the exit code for a ``fail_on`` level);
* :func:`analyze_text` analyses one SQL text (pure; handy in tests and editors);
* :func:`gate_findings` is what ``pgmig up`` uses to refuse pending migrations with error-level
  findings; :func:`render_gate` renders them.

Design: see :mod:`pgmig.analyzer.engine` (the pass), :mod:`pgmig.analyzer.context` (the per-file
state), :mod:`pgmig.analyzer.registry` (one module per rule), :mod:`pgmig.analyzer.helpers`.
Everything here is pure except reading the files and, only when a database is *named*, one
read-only connection for schema knowledge (:mod:`pgmig.analyzer.catalog`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pgmig.analyzer.catalog import OFFLINE, Catalog
from pgmig.analyzer.engine import (
    DEFAULT_PG_VERSION,
    FileReport,
    RuleSet,
    UnknownRule,
    _FileRun,
    analyze_text,
    gc_paused,
)
from pgmig.analyzer.findings import SEVERITY_ORDER, Finding, Issue
from pgmig.errors import ConfigError, FileProblems, Location, MigrationFileError

if TYPE_CHECKING:
    from pgmig.config import Settings
    from pgmig.models import LoadedMigration


@dataclass
class CheckResult:
    """What ``check`` found. ``files`` are in the order analysed; findings sorted per file."""

    files: list[FileReport]
    pg_version: int
    pg_version_source: str  # "--pg-version", "config", "server" or "default"
    catalog_online: bool = False
    notes: list[str] = field(default_factory=list)  # e.g. "3 applied migrations skipped"

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def failed(self, fail_on: str = "error") -> bool:
        threshold = SEVERITY_ORDER[fail_on]
        return any(SEVERITY_ORDER[f.severity] >= threshold for f in self.findings)

    def exit_code(self, fail_on: str = "error") -> int:
        """0 when nothing at or above ``fail_on`` was found, else 1."""
        return 1 if self.failed(fail_on) else 0


@dataclass(frozen=True)
class Target:
    path: Path
    role: str  # "up" or "down"
    text: str | None = None


def _is_down(path: Path) -> bool:
    return path.name.endswith(".down.sql") or path.name == "down.sql"


def collect_targets(
    paths: Sequence[Path], settings: Settings, *, include_down: bool = False
) -> list[Target]:
    """The files to analyse.

    No paths: every up migration in ``settings.dir`` (plus the downs with ``include_down``), with
    the folder validated as ``pgmig up`` would (bad names are exit-2 problems). An explicit file
    is analysed whatever its name (a ``.down.sql`` named explicitly is analysed too). A
    directory: every ``*.sql`` under it, recursively, down files only with ``include_down``.
    """
    if not paths:
        from pgmig.discovery import discover

        out: list[Target] = []
        for m in discover(settings.dir):
            out.append(Target(m.up_path, "up", m.text))
            if include_down and m.down_path is not None:
                out.append(Target(m.down_path, "down", m.down_text))
        return out
    problems: list[MigrationFileError] = []
    targets: list[Target] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*.sql")):
                if f.is_file() and (include_down or not _is_down(f)):
                    targets.append(Target(f, "down" if _is_down(f) else "up"))
        elif p.is_file():
            targets.append(Target(p, "down" if _is_down(p) else "up"))
        else:
            problems.append(
                MigrationFileError(
                    f"{p} does not exist",
                    location=Location(p),
                    instead="pass migration files or folders; with no paths, `pgmig check` "
                    "analyses every up migration in the configured folder (--dir)",
                )
            )
    if problems:
        raise FileProblems(problems)
    return targets


def _read(target: Target, problems: list[MigrationFileError]) -> str | None:
    if target.text is not None:
        return target.text
    try:
        data = target.path.read_bytes()
    except OSError as exc:
        problems.append(
            MigrationFileError(
                f"cannot read {target.path}: {exc.strerror}", location=Location(target.path)
            )
        )
        return None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(
            MigrationFileError(
                f"{target.path.name} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                f"{exc.start})",
                location=Location(target.path, line),
                why="PostgreSQL and pgmig read migrations as UTF-8",
                instead=f"convert it, e.g. `iconv -f latin1 -t utf-8 {target.path.name}`",
            )
        )
        return None


def build_ruleset(settings: Settings) -> RuleSet:
    """The rules with the severities of ``settings.rules``; unknown ids are config errors."""
    try:
        return RuleSet.build(settings.rules)
    except UnknownRule as exc:
        import difflib

        close = difflib.get_close_matches(exc.rid, exc.known, n=1)
        raise ConfigError(
            f"[rules] names unknown rule {'option ' if '.' in exc.rid else ''}{exc.rid!r}",
            instead=(f"did you mean {close[0]!r}? " if close else "")
            + "`pgmig explain --list` shows every rule id",
        ) from None


def resolve_pg_version(
    flag: int | None, settings: Settings, server_version: int | None
) -> tuple[int, str]:
    """Target major version and its source: --pg-version > config/env > server > 14."""
    if flag is not None:
        return flag, "--pg-version"
    if settings.postgres_version is not None:
        return int(settings.postgres_version), "config"
    if server_version is not None:
        return server_version, "server"
    return DEFAULT_PG_VERSION, "default"


def check(
    paths: Sequence[Path | str] = (),
    *,
    settings: Settings | None = None,
    include_down: bool = False,
    pg_version: int | None = None,
    catalog: Catalog | None = None,
    online: bool = True,
    pending: bool = False,
) -> CheckResult:
    """Analyse migration files and return every finding.

    * ``catalog``: schema knowledge to use; when ``None`` and ``online`` and a database is
      *named* (``settings.database_url``), it is read from that database (one read-only
      connection, three catalog queries for the names the files mention). Never from libpq's
      implicit defaults: without a named database the analysis is offline and conservative.
    * ``pending``: analyse only migrations not recorded as applied in the state table (needs a
      named database; incomplete no-transaction migrations count as pending).

    Raises :class:`~pgmig.errors.FileProblems` (exit 2) for missing/unreadable files or a
    migrations folder with invalid names, :class:`~pgmig.errors.ConfigError` (exit 2) for unknown
    rule ids or ``pending`` without a database, and
    :class:`~pgmig.errors.DatabaseUnreachable` (exit 5) when the named database cannot be
    reached. Bad SQL is never an exception: it is a ``syntax-error`` finding.
    """
    from pgmig.config import Settings

    settings = settings or Settings()
    ruleset = build_ruleset(settings)
    targets = collect_targets([Path(p) for p in paths], settings, include_down=include_down)
    problems: list[MigrationFileError] = []
    texts: list[tuple[Target, str]] = []
    for target in targets:
        text = _read(target, problems)
        if text is not None:
            texts.append((target, text))
    if problems:
        raise FileProblems(problems)
    notes: list[str] = []
    if pending and not (online and settings.database_url):
        raise ConfigError(
            "--pending needs a database to read the applied migrations from",
            instead="name it with --database-url, PGMIG_DATABASE_URL/DATABASE_URL or "
            "database_url in pgmig.toml (pgmig check never connects through libpq's defaults)",
        )
    if catalog is None and online and settings.database_url:
        from pgmig.analyzer.live import read_database

        facts = read_database(settings, [t for _, t in texts], pending=pending)
        catalog = facts.catalog
        if pending:
            before = len(texts)
            texts = [(t, x) for t, x in texts if not facts.is_applied(t.path)]
            notes.append(
                f"--pending: {before - len(texts)} applied migration"
                f"{'' if before - len(texts) == 1 else 's'} skipped, {len(texts)} analysed"
            )
    catalog = catalog or OFFLINE
    version, source = resolve_pg_version(pg_version, settings, catalog.server_version)
    reports: list[FileReport] = []
    with gc_paused():
        for target, text in texts:
            run = _FileRun(text, target.path, ruleset, version, catalog, target.role)
            findings = run.run()
            reports.append(
                FileReport(target.path, findings, len(run.parsed.statements), target.role)
            )
            del run
    from pgmig.analyzer.registry import LOAD_ERRORS

    notes.extend(
        f"warning: rule module {name} could not be loaded ({err}); its rule did not run. "
        "This is a bug in pgmig: please report it."
        for name, err in LOAD_ERRORS.items()
    )
    return CheckResult(reports, version, source, catalog.online, notes)


def gate_findings(
    loaded: Iterable[LoadedMigration],
    settings: Settings,
    server_version: int | None,
    *,
    catalog: Catalog | None = None,
) -> list[Finding]:
    """Error-level, unsuppressed findings of the given (pending) migrations: what ``pgmig up``
    refuses to apply while ``check_on_up`` is on. ``server_version`` is the connected server's
    major version (used unless ``postgres_version`` is configured); ``catalog`` optional schema
    knowledge (e.g. ``pgmig.analyzer.catalog.load_live_catalog(conn, texts)`` on the deploy
    connection). Warnings never block a deploy. Raises ConfigError for unknown rule ids."""
    ruleset = build_ruleset(settings)
    version, _ = resolve_pg_version(None, settings, server_version)
    out: list[Finding] = []
    with gc_paused():
        for m in loaded:
            run = _FileRun(
                m.migration.text, m.migration.up_path, ruleset, version, catalog or OFFLINE
            )
            out.extend(f for f in run.run() if f.severity == "error")
    return out


def render_gate(findings: Sequence[Finding]) -> str:
    """The message ``pgmig up`` prints when the gate refuses (findings + how to proceed)."""
    from pgmig.reporting.text import render_findings

    files = sorted({str(f.path) for f in findings})
    head = (
        f"pgmig up: {len(findings)} error-level check finding"
        f"{'s' if len(findings) != 1 else ''} in {len(files)} pending migration"
        f"{'s' if len(files) != 1 else ''}; nothing was applied."
    )
    tail = (
        "Fix them (each finding says how), or accept one on purpose with the `ignore:` line "
        "shown, then run `pgmig up` again. `pgmig check` shows the same findings without a "
        "deploy. To turn the gate off: check_on_up = false in pgmig.toml "
        "(or PGMIG_CHECK_ON_UP=false)."
    )
    return "\n\n".join([head, render_findings(findings), tail])


__all__ = [
    "DEFAULT_PG_VERSION",
    "CheckResult",
    "FileReport",
    "Finding",
    "Issue",
    "RuleSet",
    "analyze_text",
    "check",
    "collect_targets",
    "gate_findings",
    "render_gate",
    "resolve_pg_version",
]
