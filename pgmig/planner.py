"""Decide what to do from the files on disk and the rows in ``_migrations``. Pure: no I/O.

The database layer stores and fetches; this module decides. Every command that needs to know
what is pending, changed, missing or out of order asks :func:`make_plan`.
"""

from __future__ import annotations

from collections.abc import Sequence

from pgmig.models import AppliedMigration, Migration, Plan


def make_plan(migrations: Sequence[Migration], applied: Sequence[AppliedMigration]) -> Plan:
    """Classify every migration file and every applied row.

    * ``applied_ok``: applied and the file's checksum still matches.
    * ``changed``: applied, but the file's normalised text changed since.
    * ``missing``: applied, but no file has that version any more.
    * ``incomplete``: a ``-- pgmig:no-transaction`` migration that stopped part-way.
    * ``pending``: never applied, in version order.
    * ``out_of_order``: pending and older than the newest applied version.
    """
    by_version = {m.version: m for m in migrations}
    applied_versions = {a.version for a in applied}
    plan = Plan(list(migrations), list(applied))
    for row in applied:
        m = by_version.get(row.version)
        if not row.complete:
            plan.incomplete.append((m, row))
            continue
        if m is None:
            plan.missing.append(row)
        elif m.checksum != row.checksum:
            plan.changed.append((m, row))
        else:
            plan.applied_ok.append((m, row))
    newest = max(applied_versions, default=None)
    for m in migrations:
        if m.down_path is None:
            plan.no_down.append(m)
        if m.version in applied_versions:
            continue
        plan.pending.append(m)
        if newest is not None and m.version < newest:
            plan.out_of_order.append(m)
    return plan


def select_up(plan: Plan, to: int | None = None) -> list[Migration]:
    """Pending migrations to apply, up to and including version ``to`` when given."""
    return [m for m in plan.pending if to is None or m.version <= to]


def select_down(
    plan: Plan, *, steps: int | None = None, to: int | None = None, all_: bool = False
) -> list[AppliedMigration]:
    """Applied rows to roll back, newest first.

    ``to`` rolls back everything newer than version ``to`` (``to`` itself stays applied);
    ``steps`` rolls back that many; ``all_`` everything; default one.
    """
    rows = sorted(plan.applied, key=lambda a: a.version, reverse=True)
    if all_:
        return rows
    if to is not None:
        return [a for a in rows if a.version > to]
    return rows[: (1 if steps is None else steps)]
