"""Options and error handling shared by the command modules."""

from __future__ import annotations

import functools
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


def handle_errors(f: F) -> F:
    """Render pgmig errors as STYLE.md messages on stderr and exit with their code."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except (PgmigError, FileProblems) as exc:
            click.echo(exc.render(), err=True)
            sys.exit(exc.exit_code)
        except click.ClickException:
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


__all__ = ["EXIT_USAGE", "config_options", "db_options", "handle_errors", "settings_from"]
