"""``pgmig up``, ``down``, ``status``, ``baseline``, ``repair``, ``resolve``.

A thin skin over :mod:`pgmig.api`: parse options, call one API function, render its result.
Progress lines of applied migrations go to stdout as they happen (``applied 0001_x (12 ms)``);
waits, lock retries and server notices go to stderr; errors are rendered by
:meth:`~pgmig.errors.PgmigError.render` on stderr with the error's exit code.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pgmig.cli.common import db_options, handle_errors, settings_from
from pgmig.errors import EXIT_PENDING

if TYPE_CHECKING:
    from pgmig.analyzer.findings import Finding
    from pgmig.api import PlannedStep, StatusResult
    from pgmig.runner import Event


class VersionType(click.ParamType[int]):
    """A migration version: its digits (``20250101120000``, ``3``, ``003``) or a name
    starting with them (``003_add_email``, ``003_add_email.up.sql``)."""

    name = "VERSION"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        m = re.match(r"^\s*(\d{1,18})(?:_[^/]*)?\s*$", str(Path(str(value)).name))
        if not m:
            self.fail(
                f"{value!r} is not a migration version: give its digits (e.g. 20250101120000) "
                "or its file name",
                param,
                ctx,
            )
        return int(m.group(1))


VERSION = VersionType()


def wait_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--wait",
        "wait_s",
        type=click.FloatRange(min=0),
        default=0,
        metavar="SECONDS",
        help="Wait up to SECONDS for the database to accept connections (CI containers).",
    )(f)


def timeout_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The runner's time limits as flags (each also an env var and a pgmig.toml key)."""
    for name, text in reversed(
        (
            ("lock-timeout", "lock_timeout for every migration [default: 200ms]."),
            ("statement-timeout", "statement_timeout for every migration [default: 0 = none]."),
            (
                "lock-retry-budget",
                "How long to retry a migration whose lock was not granted [default: 2min].",
            ),
            ("deploy-lock-wait", "How long to wait for another deployer's lock [default: 5min]."),
        )
    ):
        f = click.option(f"--{name}", metavar="DURATION", help=text)(f)
    return f


def _events() -> Callable[[Event], None]:
    """Print progress: applied/rolled back/resume/backup to stdout, the rest to stderr."""

    def emit(event: Event) -> None:
        if event.kind in ("applied", "rolled-back", "resume", "backup"):
            click.echo(event.message)
        elif event.kind == "notice":
            click.echo(f"pgmig: server {event.message}", err=True)
        else:
            click.echo(f"pgmig: {event.message}", err=True)

    return emit


def _s(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _ms(ms: float) -> str:
    from pgmig.api import format_ms

    return format_ms(ms)


def _print_planned(steps: list[PlannedStep], verb: str) -> None:
    for step in steps:
        mode = (
            "in a transaction"
            if step.transactional
            else "outside a transaction, statement by statement"
        )
        resume = f", resuming at statement {step.resume_at}" if step.resume_at else ""
        click.echo(
            f"-- {verb} {step.name} ({step.path}): {mode}{resume}; lock_timeout "
            f"{step.lock_timeout}, statement_timeout {step.statement_timeout}"
        )
        for sql in step.statements:
            click.echo(sql)
        click.echo()


# -- up ---------------------------------------------------------------------------------------


@click.command()
@db_options
@click.option("--to", "to", type=VERSION, help="Apply up to and including this version.")
@click.option("--dry-run", is_flag=True, help="Print the plan and the SQL; change nothing.")
@click.option(
    "--single-transaction",
    is_flag=True,
    help="Apply all pending migrations in one transaction: all or nothing.",
)
@click.option(
    "--allow-out-of-order",
    is_flag=True,
    default=None,
    help="Apply pending migrations older than the newest applied one.",
)
@click.option(
    "--backup",
    "backup_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="pg_dump -Fc into this folder first when something is pending [env PGMIG_BACKUP_DIR].",
)
@click.option(
    "--allow-unsafe",
    is_flag=True,
    help="Deploy even though `pgmig check` finds error-level problems in pending migrations "
    "(each accepted finding is recorded in the log table).",
)
@timeout_options
@wait_option
@handle_errors
def up(
    database_url: str | None,
    schema: str | None,
    table: str | None,
    dir_: Path | None,
    config_path: Path | None,
    to: int | None,
    dry_run: bool,
    single_transaction: bool,
    allow_out_of_order: bool | None,
    backup_dir: Path | None,
    allow_unsafe: bool,
    lock_timeout: str | None,
    statement_timeout: str | None,
    lock_retry_budget: str | None,
    deploy_lock_wait: str | None,
    wait_s: float,
) -> None:
    """Apply pending migrations, each in its own transaction with its state row.

    Resumes a `-- pgmig:no-transaction` migration that stopped part-way. Refuses (exit 2)
    while an applied file was edited (see `pgmig repair`) or a pending migration is older
    than the newest applied one (see --allow-out-of-order).
    """
    from pgmig import api
    from pgmig.gate import make_gate

    settings = settings_from(
        config_path=config_path,
        dir_=dir_,
        database_url=database_url,
        schema=schema,
        table=table,
        allow_out_of_order=allow_out_of_order,
        lock_timeout=lock_timeout,
        statement_timeout=statement_timeout,
        lock_retry_budget=lock_retry_budget,
        deploy_lock_wait=deploy_lock_wait,
    )
    result = api.up(
        settings,
        to=to,
        dry_run=dry_run,
        single_transaction=single_transaction,
        backup_dir=backup_dir,
        wait_s=wait_s,
        gate=make_gate(settings, allow_unsafe=allow_unsafe, on_accepted=_accepted),
        on_event=_events(),
    )
    for row in result.missing:
        click.echo(
            f"pgmig: warning: {row.name} is applied but its file is not in {settings.dir}",
            err=True,
        )
    if result.dry_run:
        if not result.planned:
            click.echo(f"nothing to apply ({_s(result.already_applied, 'migration')} applied)")
            return
        click.echo(
            f"-- dry run: would apply {_s(len(result.planned), 'migration')} to {result.target}; "
            "nothing was changed"
        )
        _print_planned(result.planned, "would apply")
        return
    if not result.applied:
        newest = f", newest {result.newest}" if result.newest else ""
        click.echo(
            f"nothing to apply: {_s(result.already_applied, 'migration')} already applied{newest}"
        )
        return
    mode = " in one transaction" if result.single_transaction else ""
    click.echo(
        f"{_s(len(result.applied), 'migration')} applied{mode} in {_ms(result.duration_ms)}; "
        f"database is at {result.newest}"
    )


def _accepted(findings: Sequence[Finding]) -> None:
    for f in findings:
        click.echo(
            f"pgmig: warning: {f.path}:{f.line}:{f.column}: [{f.rule}] {f.message} "
            "(accepted with --allow-unsafe; recorded in the log table)",
            err=True,
        )


# -- down -------------------------------------------------------------------------------------


@click.command()
@db_options
@click.option("--steps", type=click.IntRange(min=1), help="Roll back this many migrations.")
@click.option(
    "--to", "to", type=VERSION, help="Roll back everything newer than VERSION (keeps VERSION)."
)
@click.option("--all", "all_", is_flag=True, help="Roll back every applied migration.")
@click.option("--dry-run", is_flag=True, help="Print the plan and the SQL; change nothing.")
@timeout_options
@wait_option
@handle_errors
def down(
    database_url: str | None,
    schema: str | None,
    table: str | None,
    dir_: Path | None,
    config_path: Path | None,
    steps: int | None,
    to: int | None,
    all_: bool,
    dry_run: bool,
    lock_timeout: str | None,
    statement_timeout: str | None,
    lock_retry_budget: str | None,
    deploy_lock_wait: str | None,
    wait_s: float,
) -> None:
    """Roll back applied migrations, newest first (one by default).

    Each down file runs in one transaction with the deletion of its state row. Every down
    file is checked before anything runs.
    """
    from pgmig import api

    if sum(x is not None and x is not False for x in (steps, to, all_)) > 1:
        raise click.UsageError("use one of --steps, --to and --all")
    settings = settings_from(
        config_path=config_path,
        dir_=dir_,
        database_url=database_url,
        schema=schema,
        table=table,
        lock_timeout=lock_timeout,
        statement_timeout=statement_timeout,
        lock_retry_budget=lock_retry_budget,
        deploy_lock_wait=deploy_lock_wait,
    )
    result = api.down(
        settings,
        steps=steps,
        to=to,
        all_=all_,
        dry_run=dry_run,
        wait_s=wait_s,
        on_event=_events(),
    )
    if result.dry_run:
        if not result.planned:
            click.echo("nothing to roll back")
            return
        click.echo(
            f"-- dry run: would roll back {_s(len(result.planned), 'migration')} on "
            f"{result.target}; nothing was changed"
        )
        _print_planned(result.planned, "would roll back")
        return
    if not result.rolled_back:
        click.echo("nothing to roll back: no migration is applied")
        return
    click.echo(
        f"{_s(len(result.rolled_back), 'migration')} rolled back in {_ms(result.duration_ms)}; "
        f"{result.remaining} still applied"
    )


# -- status -----------------------------------------------------------------------------------


@click.command()
@db_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option(
    "--exit-code",
    is_flag=True,
    help="Exit 3 when something is pending, changed, missing or failed (CI gate).",
)
@wait_option
@handle_errors
def status(
    database_url: str | None,
    schema: str | None,
    table: str | None,
    dir_: Path | None,
    config_path: Path | None,
    as_json: bool,
    exit_code: bool,
    wait_s: float,
) -> None:
    """Show applied, pending, edited, missing and failed migrations. Changes nothing."""
    from pgmig import api

    settings = settings_from(
        config_path=config_path,
        dir_=dir_,
        database_url=database_url,
        schema=schema,
        table=table,
    )
    result = api.status(settings, wait_s=wait_s, on_event=_events())
    if as_json:
        click.echo(json.dumps(_status_json(result), indent=2))
    else:
        _print_status(result, settings.dir)
    if exit_code and result.needs_attention:
        sys.exit(EXIT_PENDING)


def _status_json(result: StatusResult) -> dict[str, Any]:
    return {
        "database": result.target,
        "table": result.table,
        "state_table_exists": result.state_table_exists,
        "needs_attention": result.needs_attention,
        "summary": {
            state: result.count(state)
            for state in ("applied", "pending", "changed", "missing", "failed")
        },
        "migrations": [
            {
                "version": e.version,
                "name": e.name,
                "state": e.state,
                "applied_at": e.applied_at.isoformat() if e.applied_at else None,
                "duration_ms": e.duration_ms,
                "applied_by": e.applied_by,
                "has_down": e.has_down,
                "out_of_order": e.out_of_order,
                "detail": e.detail,
            }
            for e in result.entries
        ],
    }


def _print_status(result: StatusResult, folder: Path) -> None:
    lines = [f"database {result.target}, state table {result.table}"]
    if not result.state_table_exists:
        lines.append("  (the state table does not exist yet: nothing has been applied)")
    width = max((len(e.name) for e in result.entries), default=0)
    for e in result.entries:
        when = f"{e.applied_at:%Y-%m-%d %H:%M:%S %Z}" if e.applied_at else ""
        took = _ms(e.duration_ms) if e.duration_ms is not None and e.state != "failed" else ""
        note = e.detail or ""
        if e.out_of_order:
            note = "out of order: older than the newest applied migration"
        if e.state == "changed":
            note += f"; `pgmig repair {e.version}` accepts the edit"
        line = f"  {e.state:<8} {e.name:<{width}}  {when:<23} {took:>8}  {note}".rstrip()
        lines.append(line)
    counts = [
        f"{result.count(s)} {s}"
        for s in ("applied", "pending", "changed", "missing", "failed")
        if result.count(s) or s in ("applied", "pending")
    ]
    lines.append(", ".join(counts))
    no_down = [e.name for e in result.entries if e.has_down is False]
    if no_down:
        shown = ", ".join(no_down[:10]) + (
            f" and {len(no_down) - 10} more" if len(no_down) > 10 else ""
        )
        lines.append(f"no down file (cannot be rolled back): {shown}")
    click.echo("\n".join(lines))


# -- baseline, repair, resolve -------------------------------------------------------------------


@click.command()
@click.argument("version", type=VERSION)
@db_options
@wait_option
@handle_errors
def baseline(
    version: int,
    database_url: str | None,
    schema: str | None,
    table: str | None,
    dir_: Path | None,
    config_path: Path | None,
    wait_s: float,
) -> None:
    """Record every migration up to VERSION as applied, without running it.

    For adopting pgmig on a database whose schema already has them. Refuses if any of them
    is already recorded. Logged in the state log table.
    """
    from pgmig import api

    settings = settings_from(
        config_path=config_path, dir_=dir_, database_url=database_url, schema=schema, table=table
    )
    result = api.baseline(settings, version, wait_s=wait_s, on_event=_events())
    for _, name in result.recorded:
        click.echo(f"recorded {name} as applied (baseline, not run)")
    click.echo(f"baseline at {version}: {_s(len(result.recorded), 'migration')} recorded")


@click.command()
@click.argument("versions", nargs=-1, type=VERSION)
@db_options
@wait_option
@handle_errors
def repair(
    versions: tuple[int, ...],
    database_url: str | None,
    schema: str | None,
    table: str | None,
    dir_: Path | None,
    config_path: Path | None,
    wait_s: float,
) -> None:
    """Accept edited migration files: store their current checksums.

    Without VERSIONS, every applied migration whose file changed. Use it only when the edit
    does not change what the migration does (comments, formatting); logged.
    """
    from pgmig import api

    settings = settings_from(
        config_path=config_path, dir_=dir_, database_url=database_url, schema=schema, table=table
    )
    result = api.repair(settings, versions, wait_s=wait_s, on_event=_events())
    if not result.repaired:
        click.echo("nothing to repair: every applied file matches its checksum")
        return
    for _, name in result.repaired:
        click.echo(f"repaired {name}: stored the checksum of the file as it is now")


@click.command()
@click.argument("version", type=VERSION)
@click.option(
    "--applied",
    "resolution",
    flag_value="applied",
    help="You completed the migration by hand: record it as applied.",
)
@click.option(
    "--pending",
    "resolution",
    flag_value="pending",
    help="You undid what ran: forget it, so `pgmig up` runs it from the start.",
)
@db_options
@wait_option
@handle_errors
def resolve(
    version: int,
    resolution: str | None,
    database_url: str | None,
    schema: str | None,
    table: str | None,
    dir_: Path | None,
    config_path: Path | None,
    wait_s: float,
) -> None:
    """Settle a migration that stopped part-way (a failed `-- pgmig:no-transaction` file).

    Check the database first: --applied if the rest of its statements are now in effect,
    --pending if you undid the part that ran. Logged with what the row said before.
    """
    from pgmig import api

    if resolution is None:
        raise click.UsageError("say how it ended: --applied or --pending")
    settings = settings_from(
        config_path=config_path, dir_=dir_, database_url=database_url, schema=schema, table=table
    )
    result = api.resolve(
        settings, version, applied=resolution == "applied", wait_s=wait_s, on_event=_events()
    )
    if result.resolution == "applied":
        click.echo(f"resolved {result.name} as applied")
    elif result.file_missing:
        click.echo(
            f"forgot {result.name}: its row is removed (it has no file, so nothing re-runs it)"
        )
    else:
        click.echo(f"resolved {result.name} as pending: `pgmig up` will run it from the start")
