"""``pgmig init`` and ``pgmig new``: parse options, call :mod:`pgmig.scaffold`, print the result."""

from __future__ import annotations

import os
from pathlib import Path

import click

from pgmig.cli.common import config_options, handle_errors, settings_from


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it is below it (what a user would type)."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd()) else str(path)
    except ValueError:
        return str(path)


@click.command()
@click.option(
    "--dir",
    "dir_",
    type=click.Path(path_type=Path, file_okay=False),
    help="Migrations folder to create and write into pgmig.toml [default: migrations].",
)
@handle_errors
def init(dir_: Path | None) -> None:
    """Create a commented pgmig.toml and the migrations folder in the current folder.

    \b
    Every setting is listed in pgmig.toml with its default and meaning,
    commented out except `dir`. An existing pgmig.toml is never overwritten
    (exit 2); an existing migrations folder is kept.
    """
    from pgmig.scaffold import init as do_init

    result = do_init(Path.cwd(), migrations_dir=dir_)
    click.echo(f"created {_shown(result.config_path)}")
    if result.created_dir:
        click.echo(f"created {_shown(result.migrations_dir)}/")
    else:
        click.echo(f"kept existing {_shown(result.migrations_dir)}/")
    click.echo(
        "next: set DATABASE_URL (or database_url in pgmig.toml), then "
        "`pgmig new create_users --template table`"
    )


@click.command()
@click.argument("slug", required=False)
@click.option(
    "-t",
    "--template",
    default="blank",
    show_default=True,
    help="Template to render (see --list-templates).",
)
@click.option(
    "--var",
    "vars_",
    multiple=True,
    metavar="KEY=VALUE",
    help="A template variable, e.g. --var table=orders (repeatable).",
)
@click.option(
    "-m",
    "--message",
    help="One-line description for the header comment [default: the slug in words].",
)
@click.option(
    "--templates-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of project templates [env PGMIG_TEMPLATES_DIR; config templates_dir].",
)
@click.option(
    "--list-templates",
    is_flag=True,
    help="List the available templates and where each comes from, then exit.",
)
@config_options
@handle_errors
def new(
    slug: str | None,
    template: str,
    vars_: tuple[str, ...],
    message: str | None,
    templates_dir: Path | None,
    list_templates: bool,
    config_path: Path | None,
    dir_: Path | None,
) -> None:
    """Create <version>_<SLUG>.up.sql and .down.sql from a template.

    \b
    The version is the UTC time (YYYYMMDDHHMMSS), or the next number when the
    folder numbers migrations as a sequence (001, 002...). Spaces in SLUG
    become `_`. Prints the two paths created.

    \b
    Built-in templates:
      blank   header comment only (default)
      table   new table with id, created_at, updated_at and an updated_at trigger
              (table name from the slug or --var table=NAME)
      index   CREATE INDEX CONCURRENTLY in a no-transaction file
              (--var table=orders --var columns=customer_id [--var unique=true])
      column  add a nullable column (--var table=T --var column=C [--var type=text])

    \b
    Examples:
      pgmig new create_orders --template table
      pgmig new orders_customer_idx -t index --var table=orders --var columns=customer_id
    """
    from pgmig import scaffold

    settings = settings_from(config_path=config_path, dir_=dir_, templates_dir=templates_dir)
    if list_templates:
        listing = scaffold.list_templates(settings.templates_dir)
        width = max(len(t.name) for t in listing.templates)
        wheres = {
            t.name: t.source + (" (overrides built-in)" if t.overrides_builtin else "")
            for t in listing.templates
        }
        where_width = max(len(w) for w in wheres.values())
        for t in listing.templates:
            click.echo(
                f"{t.name:<{width}}  {wheres[t.name]:<{where_width}}  {t.description}".rstrip()
            )
            click.echo(f"{'':<{width}}  {_shown(t.folder)}/{t.name}.{{up,down}}.sql.j2")
        for path, missing in listing.incomplete:
            click.echo(f"warning: {_shown(path)} has no {missing}: not usable", err=True)
        return
    if not slug:
        raise click.UsageError("missing SLUG, e.g. `pgmig new add_users_email`")
    result = scaffold.new(
        slug,
        settings=settings,
        template=template,
        variables=scaffold.parse_vars(vars_),
        description=message,
    )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(_shown(result.up_path))
    click.echo(_shown(result.down_path))
