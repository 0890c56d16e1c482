"""The `check` gate in front of `pgmig up`: the same analysis as `pgmig check`, on the pending
migrations, with the deploy connection's server version and live schema.

Contract: :func:`make_gate` returns a :data:`pgmig.api.Gate`. Called by ``api.up`` after the
pending files are parsed and before the deploy lock is taken (and again for migrations that became
pending while it waited), it

* does nothing when ``check_on_up`` is off;
* raises :class:`UnsafeMigration` (exit 1, nothing applied) when a pending migration has an
  error-level finding that is not suppressed in the file, naming each finding exactly as
  ``pgmig check`` does;
* with ``allow_unsafe``, lets the deploy go ahead and returns one ``allow-unsafe`` log note per
  finding (rule, file, line, message), which ``api.up`` writes to the log table when the deploy
  actually starts, so the override is on record.

Warnings never block a deploy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pgmig.config import Settings
from pgmig.errors import EXIT_FAILURE, PgmigError

if TYPE_CHECKING:
    import psycopg

    from pgmig.analyzer.findings import Finding
    from pgmig.api import Gate, LogNote
    from pgmig.models import LoadedMigration


class UnsafeMigration(PgmigError):
    """A pending migration has an error-level `check` finding; nothing was applied."""

    exit_code = EXIT_FAILURE

    def __init__(self, findings: Sequence[Finding]) -> None:
        from pgmig.analyzer import render_gate

        self.findings = list(findings)
        super().__init__(
            f"{len(self.findings)} error-level check finding"
            f"{'s' if len(self.findings) != 1 else ''} in pending migrations; nothing was applied"
        )
        self._text = render_gate(self.findings)

    def render(self) -> str:
        return (
            self._text
            + "\nTo deploy anyway, once, on purpose: `pgmig up --allow-unsafe` (recorded in the "
            "log table)."
        )


def make_gate(
    settings: Settings,
    *,
    allow_unsafe: bool = False,
    on_accepted: Callable[[Sequence[Finding]], None] | None = None,
) -> Gate | None:
    """The gate for ``api.up(gate=...)``; ``None`` when ``check_on_up`` is off.

    ``on_accepted`` is told about findings that ``allow_unsafe`` let through (the CLI prints
    them as warnings)."""
    if not settings.check_on_up:
        return None

    def gate(loaded: Sequence[LoadedMigration], conn: psycopg.Connection[Any]) -> list[LogNote]:
        from pgmig.analyzer import gate_findings
        from pgmig.analyzer.catalog import load_live_catalog
        from pgmig.api import LogNote

        if not loaded:
            return []
        catalog = load_live_catalog(conn, [lm.migration.text for lm in loaded])
        server_version = conn.info.server_version // 10000
        findings = gate_findings(loaded, settings, server_version, catalog=catalog)
        if not findings:
            return []
        if not allow_unsafe:
            raise UnsafeMigration(findings)
        if on_accepted is not None:
            on_accepted(findings)
        by_path = {lm.migration.up_path: lm.migration for lm in loaded}
        notes = []
        for f in findings:
            m = by_path.get(f.path)
            notes.append(
                LogNote(
                    "allow-unsafe",
                    m.version if m else None,
                    {
                        "rule": f.rule,
                        "file": str(f.path),
                        "line": f.line,
                        "column": f.column,
                        "message": f.message,
                    },
                )
            )
        return notes

    return gate
