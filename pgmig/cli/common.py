"""Options and error handling shared by the command modules."""

from __future__ import annotations

import functools
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pgmig.config import Settings, load_settings
from pgmig.errors import EXIT_USAGE, FileProblems, PgmigError

F = TypeVar("F", bound=Callable[..., Any])


def config_options(f: F) -> F:
    """``--config`` and ``--dir``: every command that reads the migrations folder."""
    f = click.option(
        "--dir",
        "dir_",
        type=click.Path(path_type=Path, file_okay=False),
        help="Migrations folder [default: migrations; env PGMIG_DIR].",
    )(f)
    f = click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path, dir_okay=False, exists=True),
        help="Config file [default: pgmig.toml or [tool.pgmig] in pyproject.toml, searched "
        "upwards].",
    )(f)
    return f


def db_options(f: F) -> F:
    """``--database-url`` (alias ``--dsn``), ``--schema``, ``--table`` plus the config options."""
    f = click.option("--table", help="State table name [default: _migrations; env PGMIG_TABLE].")(f)
    f = click.option(
        "--schema", help="Schema of the state tables [default: public; env PGMIG_SCHEMA]."
    )(f)
    f = click.option(
        "--database-url",
        "--dsn",
        "database_url",
        help="libpq URL or conninfo [env PGMIG_DATABASE_URL, DATABASE_URL; default: libpq's "
        "PG* variables].",
    )(f)
    return config_options(f)


def settings_from(
    *, config_path: Path | None = None, dir_: Path | None = None, **flags: Any
) -> Settings:
    """Settings with the given flag values on top (``None`` = not given)."""
    return load_settings({"dir": dir_, **flags}, config_path=config_path)


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopped the same clean way as Ctrl-C."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def handle_errors(f: F) -> F:
    """Render pgmig errors as STYLE.md messages on stderr and exit with their code.

    SIGTERM (how CI runners and Kubernetes stop a job) is handled like Ctrl-C: psycopg cancels
    the running statement on the server, open transactions roll back and the deploy lock is
    released. Without this the process would vanish and leave its backend running the statement
    to the end, holding its locks. Exit codes 130 (SIGINT) and 143 (SIGTERM), as shells report.
    """

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            previous = signal.signal(signal.SIGTERM, _on_sigterm)
        except ValueError:  # not the main thread (an embedding application): leave it alone
            previous = None
        try:
            return f(*args, **kwargs)
        except (PgmigError, FileProblems) as exc:
            click.echo(exc.render(), err=True)
            sys.exit(exc.exit_code)
        except click.ClickException:
            raise
        except KeyboardInterrupt as exc:
            how = "terminated (SIGTERM)" if isinstance(exc, Terminated) else "interrupted"
            click.echo(
                f"{how}: any running statement was cancelled on the server and any open "
                "transaction rolled back; `pgmig status` shows what is applied",
                err=True,
            )
            sys.exit(143 if isinstance(exc, Terminated) else 130)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)

    return wrapper  # type: ignore[return-value]


__all__ = ["EXIT_USAGE", "config_options", "db_options", "handle_errors", "settings_from"]
