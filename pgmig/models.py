"""Plain data objects shared by discovery, the planner, the runner and the API results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pgmig.parsing import ParsedSQL


@dataclass(frozen=True)
class Migration:
    """A version found in the migrations folder: its up file and, if present, its down file.

    ``checksum`` is of the up file's normalised text (see :func:`pgmig.parsing.checksum`).
    ``text``/``down_text`` are the decoded file contents (UTF-8 is checked by discovery).
    """

    version: int
    version_text: str  # the digits as written in the file name, e.g. "001"
    slug: str
    up_path: Path
    down_path: Path | None
    text: str
    down_text: str | None
    checksum: str

    @property
    def name(self) -> str:
        return f"{self.version_text}_{self.slug}"

    @property
    def description(self) -> str:
        """The slug in words, plus the first line of the file's leading comment block."""
        words = self.slug.replace("_", " ").replace("-", " ")
        summary = leading_comment_summary(self.text)
        return f"{words}: {summary}" if summary else words


def leading_comment_summary(text: str) -> str:
    """First non-directive line of the leading ``--`` comment block, or ``""``."""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("--"):
            break
        body = line.lstrip("-").strip()
        if not body or body.lower().replace(" ", "").startswith("pgmig:"):
            continue
        return body
    return ""


@dataclass(frozen=True)
class LoadedMigration:
    """A migration whose up (and down, when asked) SQL was parsed and validated."""

    migration: Migration
    up: ParsedSQL
    down: ParsedSQL | None

    @property
    def no_transaction(self) -> bool:
        return self.up.header("no-transaction") is not None

    def header_arg(self, name: str, *, down: bool = False) -> str | None:
        parsed = self.down if down else self.up
        d = parsed.header(name) if parsed else None
        return d.args if d else None


@dataclass(frozen=True)
class AppliedMigration:
    """A row of the ``_migrations`` state table."""

    version: int
    name: str
    checksum: str
    applied_at: datetime
    duration_ms: float
    applied_by: str
    pgmig_version: str
    transactional: bool
    # for `-- pgmig:no-transaction` files: statements completed, total, last error (None if done)
    statements_done: int | None = None
    statements_total: int | None = None
    error: str | None = None

    @property
    def complete(self) -> bool:
        return self.error is None and (
            self.statements_total is None or self.statements_done == self.statements_total
        )


@dataclass
class Plan:
    """What the planner decided from the files on disk and the rows in ``_migrations``."""

    migrations: list[Migration]
    applied: list[AppliedMigration]
    pending: list[Migration] = field(default_factory=list)
    applied_ok: list[tuple[Migration, AppliedMigration]] = field(default_factory=list)
    changed: list[tuple[Migration, AppliedMigration]] = field(default_factory=list)
    missing: list[AppliedMigration] = field(default_factory=list)  # applied, file gone
    out_of_order: list[Migration] = field(default_factory=list)  # pending, older than newest
    incomplete: list[tuple[Migration | None, AppliedMigration]] = field(default_factory=list)
    no_down: list[Migration] = field(default_factory=list)
