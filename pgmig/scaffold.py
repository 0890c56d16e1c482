"""``pgmig init`` and ``pgmig new``: create the config file, the folder and new migration pairs.

Design:

* :func:`init` writes a commented ``pgmig.toml`` generated from the :class:`~pgmig.config.Settings`
  fields (every option with its doc and default, all commented out except ``dir``) and creates
  the migrations folder. It never overwrites a config file; an existing folder is kept.
* :func:`new` renders a template pair into ``<version>_<slug>.up.sql`` / ``.down.sql``. The version
  is the UTC time ``YYYYMMDDHHMMSS``, unless the folder already numbers its migrations as a
  sequence (``001``, ``0002``...), which is then continued with the same width. The new version
  is always above every version in the folder, so a new file never collides with, or sorts
  before, an existing one. Files are created exclusively: nothing is ever overwritten.
* Templates are jinja2 pairs ``<name>.up.sql.j2`` + ``<name>.down.sql.j2``. The built-in ones
  ship in the wheel as ``pgmig/_templates`` (the repository's top-level ``templates/`` folder in a
  source checkout or editable install). A project's own folder (``templates_dir``) is searched
  first, so a project template with a built-in's name replaces it. Project templates may
  ``{% include %}`` or ``{% extends %}`` any template; ``builtin/<file>`` always names the
  built-in one (so a project's ``table.up.sql.j2`` can extend ``builtin/table.up.sql.j2``).

Everything here is files only (no database). Failures raise :class:`~pgmig.errors.ConfigError` or
:class:`~pgmig.errors.MigrationFileError` (exit code 2) before any file is written.
"""

from __future__ import annotations

import dataclasses
import getpass
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pgmig.config import CONFIG_FILE, FIELDS, Settings, find_config_file
from pgmig.discovery import _NAME as FILE_NAME
from pgmig.errors import ConfigError, MigrationFileError

if TYPE_CHECKING:
    import jinja2

UP_SUFFIX = ".up.sql.j2"
DOWN_SUFFIX = ".down.sql.j2"
DEFAULT_TEMPLATE = "blank"
TIMESTAMP_FORMAT = "%Y%m%d%H%M%S"
MAX_SLUG_LENGTH = 100
NAMEDATALEN = 63  # PostgreSQL truncates longer identifiers (in bytes)

# context names a `--var` may not override: they name the files being written
RESERVED_VARS = frozenset({"version", "slug", "name", "vars"})

_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLAIN_IDENT = re.compile(r"^[a-z_][a-z0-9_$]*$")
_DESCRIPTION_COMMENT = re.compile(r"^\s*\{#-?\s*(.*?)\s*-?#\}")


# --------------------------------------------------------------------------------------------
# templates


@dataclass(frozen=True)
class TemplateInfo:
    """A template pair and where it comes from (``"project"`` or ``"built-in"``)."""

    name: str
    source: str
    folder: Path
    description: str = ""
    overrides_builtin: bool = False

    @property
    def up_path(self) -> Path:
        return self.folder / (self.name + UP_SUFFIX)

    @property
    def down_path(self) -> Path:
        return self.folder / (self.name + DOWN_SUFFIX)


@dataclass(frozen=True)
class TemplateListing:
    """Every usable template, in name order, plus half pairs found in the project folder."""

    templates: list[TemplateInfo]
    incomplete: list[tuple[Path, str]] = field(default_factory=list)  # (file, what is missing)
    project_dir: Path | None = None
    builtin_dir: Path | None = None

    def get(self, name: str) -> TemplateInfo | None:
        return next((t for t in self.templates if t.name == name), None)


def builtin_templates_dir(package_dir: Path | None = None) -> Path:
    """The folder of the built-in templates.

    In an installed wheel they live in the package as ``pgmig/_templates`` (pyproject.toml
    force-includes the top-level ``templates/`` there); in a source checkout or an editable
    install they are the repository's ``templates/`` next to the package. ``package_dir`` is the
    ``pgmig`` package folder (for tests); raises ConfigError when neither place exists.
    """
    package_dir = package_dir or Path(__file__).resolve().parent
    candidates = [package_dir / "_templates", package_dir.parent / "templates"]
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("*" + UP_SUFFIX)):
            return folder
    raise ConfigError(
        "pgmig's built-in templates are missing (looked in "
        + " and ".join(str(c) for c in candidates)
        + ")",
        why="the installation is incomplete",
        instead="reinstall pgmig: pip install --force-reinstall pgmig",
    )


def _scan(folder: Path, source: str) -> tuple[dict[str, TemplateInfo], list[tuple[Path, str]]]:
    ups: set[str] = set()
    downs: set[str] = set()
    for path in folder.iterdir():
        if path.name.endswith(UP_SUFFIX):
            ups.add(path.name.removesuffix(UP_SUFFIX))
        elif path.name.endswith(DOWN_SUFFIX):
            downs.add(path.name.removesuffix(DOWN_SUFFIX))
    found: dict[str, TemplateInfo] = {}
    incomplete: list[tuple[Path, str]] = []
    for name in sorted(ups | downs):
        if name in ups and name in downs:
            info = TemplateInfo(name, source, folder)
            found[name] = dataclasses.replace(info, description=_description(info.up_path))
        elif name in ups:
            incomplete.append((folder / (name + UP_SUFFIX), name + DOWN_SUFFIX))
        else:
            incomplete.append((folder / (name + DOWN_SUFFIX), name + UP_SUFFIX))
    return found, incomplete


def _description(path: Path) -> str:
    """A template's one-line description: its leading ``{# ... #}`` jinja comment."""
    try:
        with path.open(encoding="utf-8") as f:
            first = f.readline()
    except (OSError, UnicodeDecodeError):
        return ""
    m = _DESCRIPTION_COMMENT.match(first)
    return m.group(1) if m else ""


def list_templates(templates_dir: Path | None = None) -> TemplateListing:
    """Built-in and project templates; a project template replaces the built-in of its name.

    Raises ConfigError when ``templates_dir`` is given but is not a folder.
    """
    builtin_dir = builtin_templates_dir()
    templates, _ = _scan(builtin_dir, "built-in")
    incomplete: list[tuple[Path, str]] = []
    if templates_dir is not None:
        if not templates_dir.is_dir():
            raise ConfigError(
                f"templates folder {templates_dir} does not exist",
                why="templates_dir (or --templates-dir) names the folder of project templates",
                instead=f"mkdir -p {templates_dir}  # or unset templates_dir",
            )
        project, incomplete = _scan(templates_dir, "project")
        for name, info in project.items():
            templates[name] = dataclasses.replace(info, overrides_builtin=name in templates)
    return TemplateListing(
        [templates[n] for n in sorted(templates)], incomplete, templates_dir, builtin_dir
    )


# --------------------------------------------------------------------------------------------
# SQL helpers available to templates as filters and globals


def quote_ident(name: str) -> str:
    """``name`` as a PostgreSQL identifier, quoted only when needed (as ``quote_ident()`` does).

    A name that is already double-quoted is kept as written.
    """
    if len(name) >= 2 and name.startswith('"') and name.endswith('"'):
        return name
    from pglast import keywords

    if _PLAIN_IDENT.match(name) and not (
        name in keywords.RESERVED_KEYWORDS
        or name in keywords.COL_NAME_KEYWORDS
        or name in keywords.TYPE_FUNC_NAME_KEYWORDS
    ):
        return name
    return '"' + name.replace('"', '""') + '"'


def _split_qualified(name: str) -> list[str]:
    parts: list[str] = []
    buf = ""
    quoted = False
    for ch in name:
        if ch == '"':
            quoted = not quoted
        if ch == "." and not quoted:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    return [p.strip() for p in parts]


def quote_qualified(name: str) -> str:
    """``schema.table`` (or ``table``) with each part quoted when needed."""
    return ".".join(quote_ident(p) for p in _split_qualified(name))


def schema_prefix(name: str) -> str:
    """``"app."`` for ``app.orders``, ``""`` for ``orders`` (quoted as needed)."""
    parts = _split_qualified(name)
    return "".join(quote_ident(p) + "." for p in parts[:-1])


def unqualified(name: str) -> str:
    """``orders`` for ``app.orders``: the last part, unquoted."""
    last = _split_qualified(name)[-1]
    if len(last) >= 2 and last.startswith('"') and last.endswith('"'):
        return last[1:-1].replace('""', '"')
    return last


def sql_literal(value: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + str(value).replace("'", "''") + "'"


def make_identifier(*parts: str) -> str:
    """A plain lower-case identifier built from ``parts`` (``orders_customer_id_idx``).

    Characters other than letters, digits and ``_`` become ``_``; the result is cut to 63 bytes,
    the length PostgreSQL would silently truncate it to anyway.
    """
    cleaned = (
        re.sub(r"[^a-z0-9_]+", "_", (unqualified(p) if "." in p else p).lower()).strip("_")
        for p in parts
    )
    text = "_".join(c for c in cleaned if c) or "x"
    if text[0].isdigit():
        text = "_" + text
    return text.encode("utf-8")[:NAMEDATALEN].decode("utf-8", "ignore")


def column_list(columns: str | list[str]) -> str:
    """``"customer_id, created_at DESC"`` -> each bare column name quoted when needed.

    Items that are not a bare name (``created_at DESC``, ``lower(email)``) are kept as written.
    """
    items = columns if isinstance(columns, list) else str(columns).split(",")
    out = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        out.append(quote_ident(item) if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]*", item) else item)
    return ", ".join(out)


def table_from_slug(slug: str) -> str:
    """The table a ``table``-template slug is about: ``create_orders_table`` -> ``orders``."""
    name = slug.lower().replace("-", "_")
    for prefix in ("create_table_", "create_", "add_table_", "add_", "new_"):
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix) :]
            break
    name = name.removesuffix("_table") or name
    return make_identifier(name)


def _environment(listing: TemplateListing) -> jinja2.Environment:
    import jinja2

    folders = [str(p) for p in (listing.project_dir, listing.builtin_dir) if p is not None]
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(folders)]
    if listing.builtin_dir is not None:
        # "builtin/table.up.sql.j2" names the built-in even where a project template replaces it
        loaders.append(
            jinja2.PrefixLoader({"builtin": jinja2.FileSystemLoader(str(listing.builtin_dir))})
        )
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # SQL, not HTML; identifiers go through the `ident`/`qname` filters
    )
    env.filters.update(
        ident=quote_ident,
        qname=quote_qualified,
        literal=sql_literal,
        column_list=column_list,
        table_name=table_from_slug,
        identifier=make_identifier,
        schema_prefix=schema_prefix,
        unqualified=unqualified,
    )
    env.globals.update(identifier=make_identifier)
    return env


# --------------------------------------------------------------------------------------------
# init


@dataclass(frozen=True)
class InitResult:
    config_path: Path
    migrations_dir: Path
    created_dir: bool  # False: the folder already existed and was kept


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Path):
        value = value.as_posix()
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


# what to show for options that are unset by default (the list of options itself comes from the
# Settings dataclass; an option missing here gets a placeholder from its type)
_EXAMPLES: dict[str, Any] = {
    "database_url": "postgresql://app@localhost:5432/app",
    "postgres_version": 15,
    "templates_dir": "migration-templates",
    "backup_dir": "backups",
}
_EXAMPLE_RULE = 'require-concurrent-index = "warning"'


def config_file_text(migrations_dir: str) -> str:
    """The text of a fresh ``pgmig.toml``: every Settings option, documented, with its default.

    All options are commented out except ``dir``; uncommenting a line of a default keeps pgmig's
    behaviour the same (a test checks this).
    """
    defaults = Settings()
    lines = [
        "# pgmig configuration (written by `pgmig init`).",
        "#",
        "# Precedence: command-line flags > environment (PGMIG_<SETTING>; DATABASE_URL) > this",
        "# file > defaults. Relative paths are relative to this file's folder. Unknown keys are",
        "# errors.",
        "# Every setting is shown with its default; uncomment a line to change it.",
        "",
    ]
    tables: list[str] = []
    for name, f in FIELDS.items():
        doc = str(f.metadata.get("doc", "")).strip()
        default = getattr(defaults, name)
        if isinstance(default, Mapping):
            tables += ["", f"# {doc}", "# Default: none.", f"# [{name}]", f"# {_EXAMPLE_RULE}"]
            continue
        lines.append(f"# {doc}")
        if name == "dir":
            lines.append(f"{name} = {_toml_value(migrations_dir)}")
        elif default is None:
            example = _EXAMPLES.get(name, _placeholder(f))
            lines.append("# Default: unset.")
            lines.append(f"# {name} = {_toml_value(example)}")
        else:
            lines.append(f"# {name} = {_toml_value(default)}")
        lines.append("")
    text = "\n".join(lines).rstrip("\n") + "\n"
    if tables:
        text += "\n".join(tables) + "\n"
    return text


def _placeholder(f: dataclasses.Field[Any]) -> Any:
    typ = str(f.type)
    if typ.startswith("int"):
        return 0
    return "..."


def init(project_dir: Path, *, migrations_dir: Path | None = None) -> InitResult:
    """Create ``project_dir/pgmig.toml`` and the migrations folder.

    ``migrations_dir`` defaults to the ``dir`` default; a relative one is relative to
    ``project_dir``. Refuses (ConfigError, nothing written) when ``pgmig.toml`` exists or a
    ``pyproject.toml`` there already has a ``[tool.pgmig]`` table. An existing migrations folder
    is kept as it is.
    """
    project_dir = project_dir.resolve()
    config_path = project_dir / CONFIG_FILE
    if config_path.exists():
        raise ConfigError(
            f"{config_path} already exists; pgmig init does not overwrite it",
            instead=f"edit {config_path} (or delete it and run `pgmig init` again)",
        )
    existing = find_config_file(project_dir)
    if existing is not None and existing.parent == project_dir:
        raise ConfigError(
            f"{existing} already configures pgmig in [tool.pgmig]; pgmig init does not add a "
            f"second config file",
            why=f"a {CONFIG_FILE} next to it would be read on top of [tool.pgmig], splitting the "
            "settings over two files",
            instead=f"edit the [tool.pgmig] table in {existing}",
        )
    target = migrations_dir or FIELDS["dir"].default
    assert isinstance(target, Path)
    folder = target if target.is_absolute() else project_dir / target
    if folder.exists() and not folder.is_dir():
        raise ConfigError(
            f"{folder} exists and is not a folder",
            instead="pass another folder: pgmig init --dir db/migrations",
        )
    try:
        shown = folder.resolve().relative_to(project_dir).as_posix()
    except ValueError:
        shown = folder.resolve().as_posix()
    text = config_file_text(shown)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with config_path.open("x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:  # created by someone else since the check above
        raise ConfigError(
            f"{config_path} already exists; pgmig init does not overwrite it",
            instead=f"edit {config_path}",
        ) from None
    return InitResult(config_path, folder, created)


# --------------------------------------------------------------------------------------------
# new


@dataclass(frozen=True)
class NewResult:
    up_path: Path
    down_path: Path
    version_text: str
    slug: str
    template: TemplateInfo
    warnings: list[str] = field(default_factory=list)  # e.g. rendered SQL that does not parse


def normalize_slug(raw: str) -> str:
    """The slug as it goes into the file name; raises MigrationFileError when it cannot.

    Runs of spaces become ``_``. The result must fit the file grammar of
    :mod:`pgmig.discovery` (letters, digits, ``_`` or ``-``, starting with a letter or digit), so
    every file ``pgmig new`` writes is one discovery accepts.
    """
    slug = re.sub(r"\s+", "_", raw.strip())
    if slug.endswith(".sql") or FILE_NAME.match(slug):
        stem = re.sub(r"(\.(up|down))?\.sql$", "", slug)
        stem = re.sub(r"^\d+_", "", stem)
        raise MigrationFileError(
            f"{raw!r} looks like a file name; pgmig new takes only the slug",
            instead=f"pgmig new {stem}",
        )
    if not slug:
        raise MigrationFileError(
            "the slug is empty",
            why="the slug names the change in the file name: <version>_<slug>.up.sql",
            instead="pgmig new add_users_email_index",
        )
    if len(slug) > MAX_SLUG_LENGTH:
        raise MigrationFileError(
            f"the slug is {len(slug)} characters long; at most {MAX_SLUG_LENGTH} are allowed",
            why="file names that long are hard to read and hit file-system limits",
            instead=f"pgmig new {slug[:40].rstrip('_-')}",
        )
    if not FILE_NAME.match(f"0_{slug}.up.sql"):  # the file grammar is the one authority
        bad = sorted({c for c in slug if not (c.isascii() and (c.isalnum() or c in "_-"))})
        suggestion = re.sub(r"[^A-Za-z0-9_\-]+", "_", slug).strip("_-") or "my_change"
        what = (
            "must start with a letter or digit"
            if not bad
            else "contains " + ", ".join(repr(c) for c in bad)
        )
        raise MigrationFileError(
            f"slug {raw!r} {what}",
            why="files are named <version>_<slug>.up.sql / .down.sql, and a slug may only hold "
            "letters, digits, '_' and '-', starting with a letter or digit",
            instead=f"pgmig new {suggestion}",
        )
    return slug


def _existing_versions(folder: Path) -> list[str]:
    out = []
    for path in folder.iterdir():
        m = FILE_NAME.match(path.name)
        if m:
            out.append(m["version"])
    return out


def _is_sequence(version_text: str) -> bool:
    """``001``, ``0002`` or ``17`` number migrations in sequence; longer numbers are timestamps."""
    return version_text.startswith("0") or len(version_text) <= 6


def next_version(folder: Path, now: datetime) -> str:
    """The version for a new migration in ``folder``: above every existing one.

    Folders numbered as a sequence (the newest version zero-padded, or at most 6 digits)
    continue it with the same width; otherwise the UTC time ``YYYYMMDDHHMMSS`` is used, moved a
    second past the newest existing timestamp when the clock is behind it.
    """
    existing = _existing_versions(folder)
    newest = max(existing, key=int, default=None)
    if newest is not None and _is_sequence(newest):
        width = max(len(v) for v in existing if _is_sequence(v))
        return str(int(newest) + 1).zfill(width)
    candidate = now.astimezone(UTC)
    if newest is not None and int(candidate.strftime(TIMESTAMP_FORMAT)) <= int(newest):
        try:
            candidate = datetime.strptime(newest, TIMESTAMP_FORMAT) + timedelta(seconds=1)
        except ValueError:  # not a timestamp (e.g. a unix epoch): count on from it
            return str(int(newest) + 1)
    return candidate.strftime(TIMESTAMP_FORMAT)


def default_author(cwd: Path | None = None) -> str:
    """``git config user.name``, else the login name."""
    git = shutil.which("git")
    if git:
        try:
            out = subprocess.run(
                [git, "config", "user.name"],
                cwd=cwd,
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
            if out.returncode == 0 and out.stdout.strip():
                return out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            pass
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def parse_vars(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["table=orders", "columns=a,b"]`` -> a dict; raises ConfigError on a malformed item."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not _VAR_NAME.match(key):
            raise ConfigError(
                f"--var {item!r} is not key=value",
                instead="pgmig new add_orders_status --template column --var table=orders "
                "--var column=status",
            )
        out[key] = value
    return out


def render_template(
    template: TemplateInfo, listing: TemplateListing, context: Mapping[str, Any]
) -> tuple[str, str]:
    """The rendered (up, down) SQL. Raises ConfigError naming the file and what to pass."""
    env = _environment(listing)
    up = _render_one(env, template, template.up_path, context)
    down = _render_one(env, template, template.down_path, context)
    return up, down


_UNDEFINED = re.compile(r"'([A-Za-z_][A-Za-z0-9_]*)' is undefined")


def _render_one(
    env: jinja2.Environment, template: TemplateInfo, path: Path, context: Mapping[str, Any]
) -> str:
    import jinja2

    try:
        source = path.read_text(encoding="utf-8")
        tmpl = env.from_string(source)
        return tmpl.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or str(path)
        raise ConfigError(
            f"{where}:{exc.lineno}: template syntax error: {exc.message}",
            instead="fix the template (jinja2 syntax: https://jinja.palletsprojects.com/)",
        ) from None
    except jinja2.UndefinedError as exc:
        needed, misused = _missing_variables(env, source, context, exc)
        if misused is not None and misused in env.filters:
            raise ConfigError(
                f"{path}: {misused!r} is a filter, not a function or variable",
                instead=f"write {{{{ value | {misused} }}}}",
            ) from None
        given = context.get("vars", {})
        example = " ".join(
            [f"--var {k}={shlex.quote(str(v))}" for k, v in given.items()]
            + [f"--var {n}=..." for n in needed]
        )
        raise ConfigError(
            f"template {template.name!r} needs "
            + ("variables " if len(needed) > 1 else "variable ")
            + ", ".join(needed),
            details=[f"template: {path}"],
            instead=f"pgmig new {context['slug']} --template {template.name} {example}",
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(
            f"{path}: includes template {exc.name!r}, which does not exist",
            instead="add it to the project templates folder or fix the include",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read template {path}: {exc}") from None


def _missing_variables(
    env: jinja2.Environment, source: str, context: Mapping[str, Any], first: Exception
) -> tuple[list[str], str | None]:
    """Every variable the template requires and was not given, found by rendering again with a
    placeholder for each one reported missing (variables with a `default` are not required).

    The second item names a missing "variable" the template calls or indexes, which a string
    placeholder cannot stand in for (typically a filter used as a function).
    """
    import jinja2

    missing: list[str] = []
    error: Exception | None = first
    while error is not None and len(missing) < 20:
        m = _UNDEFINED.search(str(error))
        if m is None or m.group(1) in missing:
            break
        missing.append(m.group(1))
        trial = {**context, **{name: "x" for name in missing}}
        try:
            env.from_string(source).render(**trial)
            error = None
        except jinja2.UndefinedError as exc:
            error = exc
        except Exception:  # a placeholder the template cannot use: stop here
            return missing, missing[-1]
    return missing or ["(unknown)"], None


def new(
    slug: str,
    *,
    settings: Settings | None = None,
    template: str = DEFAULT_TEMPLATE,
    variables: Mapping[str, str] | None = None,
    description: str | None = None,
    now: datetime | None = None,
    author: str | None = None,
) -> NewResult:
    """Render ``template`` into a new up/down pair in ``settings.dir``.

    Raises (before writing anything): MigrationFileError for a bad slug or a missing folder,
    ConfigError for an unknown or broken template or a missing ``--var``. Returns the created
    paths and warnings (e.g. a project template whose output does not parse as SQL).
    """
    settings = settings or Settings()
    slug = normalize_slug(slug)
    folder = settings.dir
    if not folder.is_dir():
        raise MigrationFileError(
            f"migrations folder {folder} does not exist",
            instead="run `pgmig init` in the project folder, or point --dir / PGMIG_DIR at your "
            "migrations folder",
        )
    listing = list_templates(settings.templates_dir)
    info = listing.get(template)
    if info is None:
        half = [p for p, _ in listing.incomplete if p.name.startswith(template + ".")]
        if half:
            raise ConfigError(
                f"template {template!r} in {half[0].parent} is incomplete: {half[0].name} has "
                f"no partner",
                instead=f"add {template}{UP_SUFFIX} and {template}{DOWN_SUFFIX} to "
                f"{half[0].parent}",
            )
        raise ConfigError(
            f"unknown template {template!r}",
            details=[f"{t.name} ({t.source})" for t in listing.templates],
            instead="use one of the templates above (`pgmig new --list-templates` shows where "
            "each comes from), or add "
            f"{template}{UP_SUFFIX} and {template}{DOWN_SUFFIX} to your templates_dir",
        )
    variables = dict(variables or {})
    clash = sorted(RESERVED_VARS & set(variables))
    if clash:
        raise ConfigError(
            f"--var {clash[0]}=... cannot be set: pgmig sets {clash[0]!r} from the file name",
            instead="choose another variable name",
        )
    now = now or datetime.now(UTC)
    words = slug.replace("_", " ").replace("-", " ")
    base: dict[str, Any] = {
        "description": description or words[:1].upper() + words[1:],
        "author": author or default_author(folder),
        "date": now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "template": info.name,
        **variables,
        "slug": slug,
        "vars": variables,
    }
    warnings: list[str] | None = None
    # another `pgmig new` may take the same version between choosing it and writing the files:
    # the files are created exclusively, and on a clash the next version is rendered and tried
    for _ in range(100):
        version = next_version(folder, now)
        context = {**base, "version": version, "name": f"{version}_{slug}"}
        up_sql, down_sql = render_template(info, listing, context)
        if warnings is None:
            warnings = [
                f"--var {name} is not used by template {info.name!r} (typo?)"
                for name in unused_variables(info, listing, variables)
            ] + _check_rendered(info, up_sql, down_sql)
        written = _write_pair(folder, version, slug, up_sql, down_sql)
        if written is not None:
            return NewResult(written[0], written[1], version, slug, info, warnings)
    raise MigrationFileError(
        f"could not find a free version in {folder}: other processes keep creating migrations",
        instead="run pgmig new again",
    )


def unused_variables(
    template: TemplateInfo, listing: TemplateListing, variables: Mapping[str, str]
) -> list[str]:
    """The ``--var`` names that neither half of the template (nor what it includes) refers to."""
    import jinja2
    import jinja2.meta

    env = _environment(listing)
    assert env.loader is not None
    referenced: set[str] = set()
    sources = [template.up_path.read_text("utf-8"), template.down_path.read_text("utf-8")]
    seen: set[str] = set()
    while sources:
        ast = env.parse(sources.pop())
        referenced |= jinja2.meta.find_undeclared_variables(ast)
        for name in jinja2.meta.find_referenced_templates(ast):
            if name is None or name in seen:
                continue
            seen.add(name)
            try:
                sources.append(env.loader.get_source(env, name)[0])
            except jinja2.TemplateNotFound:
                continue
    if "vars" in referenced:  # the template reads the whole --var table
        return []
    return sorted(set(variables) - referenced)


def _check_rendered(info: TemplateInfo, up_sql: str, down_sql: str) -> list[str]:
    from pgmig.parsing import parse

    warnings = []
    for label, sql, path in (("up", up_sql, info.up_path), ("down", down_sql, info.down_path)):
        parsed = parse(sql)
        for problem in parsed.syntax_errors:
            warnings.append(
                f"template {path} renders an {label} file with a SQL syntax error at line "
                f"{problem.position.line}: {problem.message}"
            )
        for directive, what in parsed.directive_errors:
            warnings.append(
                f"template {path} renders an {label} file whose directive "
                f"`-- pgmig:{directive.name}` (line {directive.line}) {what}"
            )
    return warnings


def _write_pair(
    folder: Path, version: str, slug: str, up_sql: str, down_sql: str
) -> tuple[Path, Path] | None:
    """Create both files exclusively; None when the version is taken (nothing is left behind)."""
    if version in _existing_versions(folder):
        return None
    up_path = folder / f"{version}_{slug}.up.sql"
    down_path = folder / f"{version}_{slug}.down.sql"
    try:
        with up_path.open("x", encoding="utf-8") as f:
            f.write(_ensure_newline(up_sql))
    except FileExistsError:
        return None
    try:
        with down_path.open("x", encoding="utf-8") as f:
            f.write(_ensure_newline(down_sql))
    except FileExistsError:  # a stray down file of that version: leave it alone, use the next
        up_path.unlink(missing_ok=True)
        return None
    except BaseException:
        up_path.unlink(missing_ok=True)
        raise
    return up_path, down_path


def _ensure_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"
