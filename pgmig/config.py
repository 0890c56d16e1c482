"""Settings: one frozen dataclass, every default in one place, one documented field per option.

Precedence (highest first): command-line flags > environment (``PGMIG_<NAME>``; the database URL
also from ``DATABASE_URL``, ``PGMIG_DATABASE_URL`` winning over it) > ``pgmig.toml`` >
``[tool.pgmig]`` in ``pyproject.toml`` > the defaults below. With no database URL anywhere, libpq's own defaults apply (``PGHOST``,
``PGDATABASE``, ... as psql does) for every command except ``check``, which then stays offline.

The config file is looked up in the current directory and its parents (stopping at a directory
that holds ``.git``); ``--config PATH`` names one explicitly. A folder with both files reads both
(``pgmig.toml`` on top). Relative paths in a config file are
relative to that file's directory. Unknown keys are errors (a typo must not silently do nothing).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pgmig.errors import ConfigError

CONFIG_FILE = "pgmig.toml"

SEVERITIES = ("error", "warning", "off")


@dataclass(frozen=True)
class Settings:
    """Every pgmig option. The field docs are the config table of the README."""

    database_url: str | None = field(
        default=None,
        metadata={"doc": "libpq URL or `key=value` conninfo; unset = libpq defaults (PGHOST...)."},
    )
    dir: Path = field(default=Path("migrations"), metadata={"doc": "The migrations folder."})
    schema: str = field(default="public", metadata={"doc": "Schema of the state tables."})
    table: str = field(
        default="_migrations",
        metadata={"doc": "State table name; the log table is `<table>_log`."},
    )
    require_down: bool = field(
        default=False, metadata={"doc": "Make a missing `.down.sql` an error instead of a note."}
    )
    lock_timeout: str = field(
        default="200ms",
        metadata={"doc": "`lock_timeout` set for every migration (directive: `lock-timeout`)."},
    )
    statement_timeout: str = field(
        default="0",
        metadata={
            "doc": "`statement_timeout` for every migration; `0` = none "
            "(directive: `statement-timeout`)."
        },
    )
    lock_retry_budget: str = field(
        default="2min",
        metadata={"doc": "How long to keep retrying a migration whose lock was not granted."},
    )
    deploy_lock_wait: str = field(
        default="5min",
        metadata={"doc": "How long to wait for another pgmig process's deploy lock."},
    )
    allow_out_of_order: bool = field(
        default=False,
        metadata={"doc": "Apply pending migrations older than the newest applied one."},
    )
    postgres_version: int | None = field(
        default=None,
        metadata={"doc": "Target server major version for `check` (default: the server's)."},
    )
    fail_on: str = field(
        default="error", metadata={"doc": "`check` exits 1 at findings of this severity or above."}
    )
    rules: Mapping[str, str] = field(
        default_factory=dict,
        metadata={"doc": "Per-rule severity: `error`, `warning` or `off` (`[rules]` table)."},
    )
    check_on_up: bool = field(
        default=True,
        metadata={"doc": "`up` refuses pending migrations with error-level `check` findings."},
    )
    templates_dir: Path | None = field(
        default=None, metadata={"doc": "Folder of project templates for `pgmig new`."}
    )
    backup_dir: Path | None = field(
        default=None, metadata={"doc": "Run `pg_dump -Fc` into this folder before `up`."}
    )
    backup_keep: int = field(default=5, metadata={"doc": "How many dumps `backup_dir` keeps."})
    application_name: str = field(
        default="pgmig", metadata={"doc": "`application_name` of pgmig's connections."}
    )

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


FIELDS: dict[str, dataclasses.Field[Any]] = {f.name: f for f in dataclasses.fields(Settings)}

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$")
_UNIT_MS = {
    "us": 0.001,
    "ms": 1.0,
    "s": 1000.0,
    "min": 60_000.0,
    "h": 3_600_000.0,
    "d": 86_400_000.0,
}


def parse_duration_ms(value: str, *, what: str = "duration") -> float:
    """Parse a PostgreSQL-style duration (``200ms``, ``2s``, ``5min``; bare number = ms)."""
    m = _DURATION.match(str(value))
    if not m:
        raise ConfigError(
            f"{what} {value!r} is not a duration",
            instead="write a number with a unit, as PostgreSQL does: 200ms, 2s, 5min, 1h",
        )
    return float(m.group(1)) * _UNIT_MS[m.group(2) or "ms"]


def find_config_file(start: Path) -> Path | None:
    """``pgmig.toml``, else a ``pyproject.toml`` with ``[tool.pgmig]``, in ``start`` or a parent."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_pgmig(pyproject):
            return pyproject
        if (folder / ".git").exists():
            break
    return None


def config_files(start: Path) -> list[Path]:
    """The config files :func:`load_settings` reads, lowest precedence first.

    The nearest folder (``start`` or a parent, not above the one holding ``.git``) with a
    ``pgmig.toml`` or a ``pyproject.toml`` with ``[tool.pgmig]`` wins. When that folder has
    both, both are read and ``pgmig.toml`` overrides ``[tool.pgmig]`` key by key (nothing set in
    either is silently dropped).
    """
    found = find_config_file(start)
    if found is None:
        return []
    pyproject = found.parent / "pyproject.toml"
    if found.name == CONFIG_FILE and pyproject.is_file() and _has_tool_pgmig(pyproject):
        return [pyproject, found]
    return [found]


def _has_tool_pgmig(path: Path) -> bool:
    import tomllib  # only when there is a file to read (start-up time)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "pgmig" in data["tool"]


def read_config_file(path: Path) -> dict[str, Any]:
    """The raw option table of a config file, with relative paths resolved against its folder."""
    import tomllib  # only when there is a file to read (start-up time)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"config file {path} is not valid TOML: {exc}",
            instead="fix the syntax; `pgmig init` writes a commented example",
        ) from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("pgmig", {})
    else:
        table = data.get("pgmig", data)  # a `[pgmig]` table is tolerated in pgmig.toml
    if not isinstance(table, dict):
        raise ConfigError(f"config file {path}: the pgmig settings must be a table")
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in FIELDS:
            import difflib

            close = difflib.get_close_matches(name, FIELDS, n=1)
            raise ConfigError(
                f"config file {path}: unknown setting {key!r}",
                why="a misspelt setting would otherwise be ignored without a word",
                instead=(f"did you mean {close[0]!r}? " if close else "")
                + "settings: "
                + ", ".join(sorted(FIELDS)),
            )
        out[name] = value
    for name in ("dir", "templates_dir", "backup_dir"):
        if name in out and out[name] is not None:
            p = Path(str(out[name])).expanduser()
            out[name] = p if p.is_absolute() else (path.parent / p)
    return out


def env_values(environ: Mapping[str, str]) -> dict[str, Any]:
    """Options set through ``PGMIG_*`` (and ``DATABASE_URL``) environment variables."""
    out: dict[str, Any] = {}
    if environ.get("DATABASE_URL"):
        out["database_url"] = environ["DATABASE_URL"]
    for name in FIELDS:
        if name == "rules":
            continue
        value = environ.get("PGMIG_" + name.upper())
        if value is not None and value != "":
            out[name] = value
    return out


def _coerce(name: str, value: Any, source: str) -> Any:
    f = FIELDS[name]
    typ = str(f.type)
    if value is None:
        return None
    if name == "rules":
        if not isinstance(value, Mapping):
            raise ConfigError(f"{source}: `rules` must be a table of rule-id = severity")
        rules: dict[str, str] = {}
        for rule, sev in value.items():
            if "." in str(rule):  # "<rule-id>.<option>" = "<value>": a rule option, not a severity
                if not isinstance(sev, str):
                    raise ConfigError(f"{source}: rule option {rule!r} must be a string")
                rules[str(rule)] = sev
                continue
            if sev not in SEVERITIES:
                raise ConfigError(
                    f"{source}: rule {rule!r} has severity {sev!r}",
                    instead="use one of: " + ", ".join(SEVERITIES),
                )
            rules[str(rule)] = str(sev)
        return rules
    if typ.startswith("bool"):
        if isinstance(value, bool):
            return value
        lowered = str(value).strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{source}: {name} must be true or false, not {value!r}")
    if typ.startswith("int"):
        try:
            if isinstance(value, bool | float):
                raise TypeError
            number = int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{source}: {name} must be a whole number, not {value!r}") from None
        if name == "backup_keep" and number < 1:
            raise ConfigError(f"{source}: backup_keep is {number}; it must be at least 1")
        return number
    if isinstance(value, list | dict):
        raise ConfigError(f"{source}: {name} must be a single value, not {value!r}")
    if typ.startswith("Path"):
        return Path(str(value)).expanduser()
    if typ.startswith("str"):
        _check_value(name, str(value), source)
        return str(value)
    return value


DURATION_FIELDS = ("lock_timeout", "statement_timeout", "lock_retry_budget", "deploy_lock_wait")


def _check_value(name: str, value: str, source: str) -> None:
    """Reject a bad value where it was read, so the message names that source."""
    if name in DURATION_FIELDS:
        parse_duration_ms(value, what=f"{source}: {name}")
    elif name == "fail_on" and value not in ("error", "warning"):
        raise ConfigError(f"{source}: fail_on is {value!r}", instead="use `error` or `warning`")


def _validate(settings: Settings) -> Settings:
    for name in DURATION_FIELDS:
        parse_duration_ms(getattr(settings, name), what=name)
    if settings.fail_on not in ("error", "warning"):
        raise ConfigError(f"fail_on is {settings.fail_on!r}", instead="use `error` or `warning`")
    if settings.backup_keep < 1:
        raise ConfigError("backup_keep must be at least 1")
    return settings


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    config_path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Merge defaults < config file(s) < environment < flags (``None`` flag values are unset).

    ``config_path`` (``--config``) names the one file to read; otherwise see
    :func:`config_files`. Raises ConfigError naming the file, variable or option of a bad value.
    """
    environ = os.environ if environ is None else environ
    merged: dict[str, Any] = {}
    paths = [config_path] if config_path is not None else config_files(cwd or Path.cwd())
    for path in paths:
        for name, value in read_config_file(path).items():
            merged[name] = _coerce(name, value, f"config file {path}")
    for name, value in env_values(environ).items():
        source = "environment variable " + (
            "DATABASE_URL/PGMIG_DATABASE_URL" if name == "database_url" else "PGMIG_" + name.upper()
        )
        merged[name] = _coerce(name, value, source)
    if environ.get("PGMIG_DATABASE_URL"):
        merged["database_url"] = environ["PGMIG_DATABASE_URL"]
    for name, value in (flags or {}).items():
        if value is not None:
            merged[name] = _coerce(name, value, f"option --{name.replace('_', '-')}")
    return _validate(Settings(**merged))


def config_table_markdown() -> str:
    """The README's config table, generated from :class:`Settings` (a test keeps them in sync)."""
    rows = [
        "| setting (`pgmig.toml`) | environment | default | meaning |",
        "| --- | --- | --- | --- |",
    ]
    defaults = Settings()
    for name, f in FIELDS.items():
        env = (
            "`DATABASE_URL`, `PGMIG_DATABASE_URL`"
            if name == "database_url"
            else ("—" if name == "rules" else f"`PGMIG_{name.upper()}`")
        )
        value = getattr(defaults, name)
        if isinstance(value, bool):
            value = str(value).lower()
        shown = "—" if value is None or value == {} else f"`{value}`"
        rows.append(f"| `{name}` | {env} | {shown} | {f.metadata['doc']} |")
    return "\n".join(rows)
