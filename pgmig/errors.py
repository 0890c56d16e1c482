"""Errors pgmig raises, and the exit code each one maps to.

Every error carries the four parts STYLE.md asks of a message: *what* happened (with the file,
line and column when there is one), *why* it matters, what to do *instead*, and how to opt out.
The CLI renders them with :meth:`PgmigError.render` and exits with :attr:`PgmigError.exit_code`.

Exit codes (documented in the README):

=====  ==================================================================================
0      success
1      a migration failed, or ``check`` found a problem at or above ``--fail-on``
2      usage, configuration or migration-file error: nothing was run
3      ``status --exit-code``: migrations are pending (or applied files changed/missing)
4      another pgmig process holds the deploy lock and the wait ran out
5      the database could not be reached
=====  ==================================================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_PENDING = 3
EXIT_LOCKED = 4
EXIT_UNREACHABLE = 5


@dataclass(frozen=True)
class Location:
    """A place in a migration file; line and column are 1-based."""

    path: Path
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        text = str(self.path)
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


class PgmigError(Exception):
    """Base class. ``what`` is the one-line summary; the rest are optional message parts."""

    exit_code = EXIT_FAILURE

    def __init__(
        self,
        what: str,
        *,
        why: str | None = None,
        instead: str | None = None,
        opt_out: str | None = None,
        location: Location | None = None,
        details: list[str] | None = None,
    ) -> None:
        super().__init__(what)
        self.what = what
        self.why = why
        self.instead = instead
        self.opt_out = opt_out
        self.location = location
        self.details = details or []

    def render(self) -> str:
        """The full multi-line message, as the CLI prints it (without colour)."""
        head = f"error: {self.location}: {self.what}" if self.location else f"error: {self.what}"
        lines = [head]
        lines.extend(f"  {d}" for d in self.details)
        if self.why:
            lines.append(f"  why: {self.why}")
        if self.instead:
            body = self.instead.rstrip("\n").split("\n")
            if len(body) == 1:
                lines.append(f"  instead: {body[0]}")
            else:
                lines.append("  instead:")
                lines.extend(f"      {b}" for b in body)
        if self.opt_out:
            lines.append(f"  opt out: {self.opt_out}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


class ConfigError(PgmigError):
    """Bad configuration file, environment variable or flag value."""

    exit_code = EXIT_USAGE


class MigrationFileError(PgmigError):
    """A migration file or the migrations folder is invalid. Raised before any SQL runs."""

    exit_code = EXIT_USAGE


@dataclass
class FileProblems(Exception):
    """Several :class:`MigrationFileError` found at once (discovery reports them all)."""

    problems: list[MigrationFileError] = field(default_factory=list)

    exit_code = EXIT_USAGE

    def render(self) -> str:
        return "\n".join(p.render() for p in self.problems)

    def __str__(self) -> str:
        return self.render()


class PlanError(PgmigError):
    """The requested operation conflicts with the recorded state (changed file, out of order...)."""

    exit_code = EXIT_USAGE


class MigrationFailed(PgmigError):
    """A migration's SQL failed on the server; the transaction was rolled back."""

    exit_code = EXIT_FAILURE


class DeployLockTimeout(PgmigError):
    """Another pgmig process held the deploy lock for longer than ``lock_wait``."""

    exit_code = EXIT_LOCKED


class DatabaseUnreachable(PgmigError):
    """Connecting to the database failed."""

    exit_code = EXIT_UNREACHABLE
