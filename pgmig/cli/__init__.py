"""The ``pgmig`` command line: a thin skin over :mod:`pgmig.api`.

Sub-commands are imported lazily (only the one that runs), so ``pgmig --help`` and
``pgmig --version`` import neither psycopg nor pglast. Each command module parses options, calls
one API function, renders the result and maps errors to exit codes (see :mod:`pgmig.errors`).
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from pgmig import __version__
from pgmig.gcpause import gc_paused

# command name -> "module:function" (one module per command group)
COMMANDS: dict[str, str] = {
    "init": "pgmig.cli.scaffold:init",
    "new": "pgmig.cli.scaffold:new",
    "up": "pgmig.cli.migrate:up",
    "down": "pgmig.cli.migrate:down",
    "status": "pgmig.cli.migrate:status",
    "baseline": "pgmig.cli.migrate:baseline",
    "repair": "pgmig.cli.migrate:repair",
    "resolve": "pgmig.cli.migrate:resolve",
    "check": "pgmig.cli.check:check",
    "explain": "pgmig.cli.check:explain",
}

# one-line help shown by `pgmig --help` without importing the command modules
SHORT_HELP: dict[str, str] = {
    "init": "Create pgmig.toml and the migrations folder.",
    "new": "Scaffold a new up/down migration pair from a template.",
    "up": "Apply pending migrations.",
    "down": "Roll back applied migrations (the newest one by default).",
    "status": "Show applied, pending, changed and missing migrations.",
    "baseline": "Record migrations up to VERSION as applied without running them.",
    "repair": "Accept edited migration files (store their new checksums).",
    "resolve": "Settle a migration that stopped part-way: --applied or --pending.",
    "check": "Analyse migrations for operations that lock or rewrite busy tables.",
    "explain": "Print the full documentation of a check rule.",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP.get(name, "")) for name in COMMANDS]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="pgmig")
def cli() -> None:
    """pgmig: versioned PostgreSQL schema migrations with a safety gate.

    \b
    Exit codes: 0 success; 1 a migration failed or `check` found problems;
    2 usage, configuration or migration-file error (nothing ran); 3 `status
    --exit-code` found pending/changed migrations; 4 the deploy lock was held
    by another pgmig for too long; 5 the database could not be reached.
    """


def main(argv: list[str] | None = None) -> Any:
    """The ``pgmig`` console script. The cyclic garbage collector is paused for the command:
    up to a sixth of ``pgmig up``'s client CPU went to rescanning long-lived, acyclic objects
    (see :mod:`pgmig.gcpause`); the caller's setting is restored afterwards."""
    with gc_paused():
        return cli.main(args=argv, prog_name="pgmig")
