"""``pgmig check`` and ``pgmig explain``: thin skins over :mod:`pgmig.analyzer`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pgmig.cli.common import config_options, handle_errors, settings_from
from pgmig.errors import EXIT_USAGE


def _use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@click.command(
    "check",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@config_options
@click.option(
    "--database-url",
    "--dsn",
    "database_url",
    help="Database to read the live schema (and, with --pending, the applied migrations) "
    "from [env PGMIG_DATABASE_URL, DATABASE_URL]. check never connects through libpq's PG* "
    "defaults alone.",
)
@click.option(
    "--schema",
    help="Schema of the state tables, for --pending [default: public; env PGMIG_SCHEMA].",
)
@click.option(
    "--table", help="State table name, for --pending [default: _migrations; env PGMIG_TABLE]."
)
@click.option(
    "--pg-version",
    type=click.IntRange(9, 99),
    help="Target server major version [env PGMIG_POSTGRES_VERSION; default: postgres_version, "
    "else the server's when a database is named, else 14].",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
    help="Output format: text for people, json for scripts, github for workflow annotations, "
    "sarif for code scanning.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    help="Exit 1 at findings of this severity or above [default: fail_on, i.e. error].",
)
@click.option("--include-down", is_flag=True, help="Also analyse the down migrations.")
@click.option(
    "--pending",
    is_flag=True,
    help="Only migrations not yet applied to the named database (reads the state table).",
)
@click.option(
    "--offline",
    is_flag=True,
    help="Do not connect even when a database is named (no schema knowledge: conservative).",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the text format [default: on a terminal, unless NO_COLOR is set].",
)
@handle_errors
def check(
    paths: tuple[Path, ...],
    config_path: Path | None,
    dir_: Path | None,
    database_url: str | None,
    schema: str | None,
    table: str | None,
    pg_version: int | None,
    format_: str,
    fail_on: str | None,
    include_down: bool,
    pending: bool,
    offline: bool,
    color: bool | None,
) -> None:
    """Analyse migrations for operations that lock or rewrite busy tables.

    \b
    With no PATHS, every up migration in the migrations folder is analysed.
    An explicit file is analysed whatever its name; a folder: every *.sql
    in it (down files only with --include-down).

    \b
    Each finding names the file:line:col, what blocks whom, and the safe
    statement to use instead. Accept one on purpose with a comment on the
    line before the statement:
        -- pgmig:ignore <rule-id> <reason>
    (or `-- pgmig:ignore-file <rule-id> <reason>` in the file's header).
    `pgmig explain <rule-id>` documents a rule; `pgmig explain --list` lists
    them; [rules] in pgmig.toml sets severities (error, warning, off).

    \b
    The analysis is offline (nothing connects) unless a database is named
    with --database-url, PGMIG_DATABASE_URL/DATABASE_URL or the config file;
    then the live schema decides what the files alone cannot (old column
    types, validated CHECKs, domains, partitioned tables). --offline skips it.
    The target version is --pg-version, else postgres_version, else the
    server's (when a database is named), else 14.

    \b
    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage, configuration or unreadable files; 5 the named database could
    not be reached.
    """
    from pgmig.analyzer import check as run_check
    from pgmig.reporting import render

    settings = settings_from(
        config_path=config_path,
        dir_=dir_,
        database_url=database_url,
        schema=schema,
        table=table,
        postgres_version=pg_version,
        fail_on=fail_on,
    )
    result = run_check(
        paths,
        settings=settings,
        include_down=include_down,
        pg_version=pg_version,
        online=not offline,
        pending=pending,
    )
    for note in result.notes:
        click.echo(note, err=True)
    output = render(result, format_, color=_use_color(color) if format_ == "text" else False)
    click.echo(output, nl=False, color=_use_color(color))
    sys.stdout.flush()
    sys.exit(result.exit_code(settings.fail_on))


@click.command("explain", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("rule_id", required=False)
@click.option("--list", "list_", is_flag=True, help="List every rule with its default severity.")
@handle_errors
def explain(rule_id: str | None, list_: bool) -> None:
    """Print the documentation of a check rule (or --list them all).

    \b
    The page says what triggers the rule, the lock it takes and its effect,
    why it hurts, the safe alternative (SQL), version caveats, how to
    suppress it and what other tools call it.
    """
    from pgmig.analyzer.registry import all_rules, load_rules

    if list_ or not rule_id:
        if not list_:
            click.echo("usage: pgmig explain <rule-id>   (or --list)\n", err=True)
        rules = load_rules()
        width = max(len(r) for r in rules)
        for rid, rule in rules.items():
            flag = "  (opt-in)" if rule.opt_in else ""
            click.echo(f"{rid:<{width}}  {rule.severity:<7}  {rule.summary}{flag}")
        if not list_:
            sys.exit(EXIT_USAGE)
        return
    rules_all = all_rules()
    found = rules_all.get(rule_id)
    if found is None:
        import difflib

        close = difflib.get_close_matches(rule_id.replace("_", "-").lower(), list(rules_all), n=1)
        hint = f" Did you mean `{close[0]}`?" if close else ""
        click.echo(
            f"error: there is no rule {rule_id!r}.{hint}\n"
            "  instead: `pgmig explain --list` lists every rule id",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    click.echo(found.page(), nl=False)
