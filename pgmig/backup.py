"""``pg_dump -Fc`` before a deploy (``up --backup DIR`` / ``backup_dir``).

Contract:

* The dump goes to ``DIR/<database>_<UTC timestamp>.dump`` (custom format, restorable with
  ``pg_restore``). It is written under a ``.partial`` name and renamed only when pg_dump
  succeeded, so a failed or interrupted dump never counts as a backup and never pushes a good
  one out of the rotation.
* Only the newest ``keep`` dumps of that database are kept in ``DIR``; older ones are deleted
  after a new dump succeeded.
* The connection goes to pg_dump as a conninfo string *without* the password; the password (if
  the URL has one) travels in ``PGPASSWORD`` in pg_dump's environment, never on a command line
  (where ``ps`` shows it to every user). ``-w`` makes pg_dump fail instead of prompting.
* Any failure raises :class:`BackupFailed` before anything is applied; its text is redacted.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from pgmig.errors import PgmigError
from pgmig.redact import Redactor


class BackupFailed(PgmigError):
    """pg_dump could not write the pre-deploy backup; nothing was applied (exit code 1)."""


def pg_dump_command(
    database_url: str | None, target: Path, *, pg_dump: str = "pg_dump"
) -> tuple[list[str], dict[str, str]]:
    """The pg_dump argv and the environment additions for ``database_url`` (password-free argv)."""
    from psycopg import conninfo as ci

    fields = ci.conninfo_to_dict(database_url or "")
    env: dict[str, str] = {}
    password = fields.pop("password", None)
    if password:
        env["PGPASSWORD"] = str(password)
    argv = [pg_dump, "-Fc", "-w", "-f", str(target)]
    if fields:
        argv.append("--dbname=" + ci.make_conninfo(**{k: str(v) for k, v in fields.items()}))
    return argv, env


def run_backup(
    database_url: str | None,
    directory: Path,
    *,
    dbname: str,
    keep: int,
    redactor: Redactor,
    now: datetime | None = None,
) -> Path:
    """Dump the database into ``directory``; returns the dump's path. Raises BackupFailed."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupFailed(
            "cannot back up before the deploy: pg_dump is not on PATH",
            why="--backup / backup_dir asks for a dump before anything is applied; nothing was",
            instead="install the PostgreSQL client tools (e.g. `apt-get install "
            "postgresql-client`) or drop --backup",
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(
            f"cannot create the backup folder {directory}: {exc.strerror}",
            why="nothing was applied: the deploy waits for a good backup",
            instead="point --backup / backup_dir at a writable folder",
        ) from None
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", dbname) or "database"
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = directory / f"{stem}_{stamp}.dump"
    n = 1
    while target.exists():
        target = directory / f"{stem}_{stamp}-{n}.dump"
        n += 1
    partial = target.with_name(target.name + ".partial")
    argv, env_extra = pg_dump_command(database_url, partial, pg_dump=pg_dump)
    env = {**os.environ, **env_extra}
    try:
        proc = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            f"cannot run pg_dump: {exc.strerror}", instead="check the pg_dump installation"
        ) from None
    if proc.returncode != 0:
        partial.unlink(missing_ok=True)
        message = redactor(" ".join(proc.stderr.split()) or f"exit code {proc.returncode}")
        raise BackupFailed(
            f"the pre-deploy backup failed, so nothing was applied: pg_dump: {message}",
            why="--backup / backup_dir asks for a restorable dump before any migration runs",
            instead="fix what pg_dump reports (a pg_dump older than the server cannot dump it; "
            "permissions; disk space) and run again, or deploy without --backup",
        )
    partial.rename(target)
    _rotate(directory, stem, keep)
    return target


def _rotate(directory: Path, stem: str, keep: int) -> None:
    pattern = re.compile(re.escape(stem) + r"_\d{8}T\d{6}Z(?:-\d+)?\.dump$")
    dumps = sorted(
        (p for p in directory.iterdir() if pattern.match(p.name)),
        key=lambda p: (p.stat().st_mtime, p.name),
        reverse=True,
    )
    for old in dumps[keep:]:
        old.unlink(missing_ok=True)
