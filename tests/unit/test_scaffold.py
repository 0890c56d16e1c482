"""`pgmig init` and `pgmig new`: files only, no database."""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from pgmig import scaffold
from pgmig.cli import cli
from pgmig.config import FIELDS, Settings, load_settings
from pgmig.discovery import discover, load, validate
from pgmig.errors import EXIT_USAGE, ConfigError, FileProblems, MigrationFileError
from pgmig.parsing import parse

NOW = datetime(2025, 3, 14, 15, 9, 26, tzinfo=UTC)
BUILTINS = ["blank", "column", "index", "table"]
VARS = {
    "blank": {},
    "table": {},
    "index": {"table": "orders", "columns": "customer_id, created_at"},
    "column": {"table": "orders", "column": "note", "type": "text"},
}


def make(folder: Path, slug: str = "add_users", **kwargs: object) -> scaffold.NewResult:
    kwargs.setdefault("now", NOW)
    kwargs.setdefault("author", "Ada")
    return scaffold.new(slug, settings=Settings(dir=folder), **kwargs)  # type: ignore[arg-type]


def touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text("SELECT 1;\n", encoding="utf-8")


# --- init ------------------------------------------------------------------------------------


def test_init_creates_the_config_and_the_migrations_folder(tmp_path: Path) -> None:
    result = scaffold.init(tmp_path)
    assert result.config_path == tmp_path.resolve() / "pgmig.toml"
    assert result.migrations_dir.is_dir()
    assert result.created_dir
    settings = load_settings(config_path=result.config_path, environ={})
    assert settings.dir == tmp_path.resolve() / "migrations"


def test_init_config_lists_every_setting_with_its_doc_commented_out_except_dir(
    tmp_path: Path,
) -> None:
    text = scaffold.init(tmp_path).config_path.read_text()
    for name, f in FIELDS.items():
        if name == "rules":
            assert "# [rules]" in text
        elif name == "dir":
            assert re.search(r'^dir = "migrations"$', text, re.MULTILINE)
        else:
            assert re.search(rf"^# {name} = ", text, re.MULTILINE), name
        assert f.metadata["doc"] in text
    assert tomllib.loads(text) == {"dir": "migrations"}


def test_uncommenting_every_default_in_the_generated_config_changes_nothing(
    tmp_path: Path,
) -> None:
    config = scaffold.init(tmp_path).config_path
    lines = []
    for line in config.read_text().splitlines():
        m = re.match(r"^# ([a-z_]+ = .*)$", line)
        lines.append(m.group(1) if m else line)
    config.write_text("\n".join(lines) + "\n")
    loaded = load_settings(config_path=config, environ={})
    defaults = Settings()
    for name in FIELDS:
        if getattr(defaults, name) is None or name == "dir":
            continue  # unset by default: the file shows an example value
        assert getattr(loaded, name) == getattr(defaults, name), name


def test_init_refuses_to_overwrite_an_existing_config(tmp_path: Path) -> None:
    (tmp_path / "pgmig.toml").write_text('dir = "db"\n')
    with pytest.raises(ConfigError) as exc:
        scaffold.init(tmp_path)
    assert exc.value.exit_code == EXIT_USAGE
    assert "pgmig.toml already exists; pgmig init does not overwrite it" in exc.value.render()
    assert (tmp_path / "pgmig.toml").read_text() == 'dir = "db"\n'
    assert not (tmp_path / "migrations").exists()


def test_init_refuses_when_pyproject_already_has_a_tool_pgmig_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.pgmig]\ndir = "db"\n')
    with pytest.raises(ConfigError, match=r"already configures pgmig in \[tool.pgmig\]"):
        scaffold.init(tmp_path)
    assert not (tmp_path / "pgmig.toml").exists()


def test_init_keeps_an_existing_migrations_folder_and_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    touch(folder, "001_a.up.sql")
    result = scaffold.init(tmp_path)
    assert not result.created_dir
    assert (folder / "001_a.up.sql").read_text() == "SELECT 1;\n"


def test_init_with_a_custom_dir_writes_it_relative_to_the_config(tmp_path: Path) -> None:
    result = scaffold.init(tmp_path, migrations_dir=Path("db/migrations"))
    assert (tmp_path / "db" / "migrations").is_dir()
    assert 'dir = "db/migrations"' in result.config_path.read_text()


def test_init_refuses_a_dir_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "migrations").write_text("")
    with pytest.raises(ConfigError, match="exists and is not a folder"):
        scaffold.init(tmp_path)
    assert not (tmp_path / "pgmig.toml").exists()


def test_cli_init_prints_what_it_created_and_exits_2_the_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(cli, ["init"])
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[:2] == ["created pgmig.toml", "created migrations/"]
    second = CliRunner().invoke(cli, ["init"])
    assert second.exit_code == 2
    assert "already exists; pgmig init does not overwrite it" in second.output


# --- versions --------------------------------------------------------------------------------


def test_new_uses_the_utc_timestamp_as_version(migrations_dir: Path) -> None:
    result = make(migrations_dir)
    assert result.version_text == "20250314150926"
    assert result.up_path.name == "20250314150926_add_users.up.sql"
    assert result.down_path.name == "20250314150926_add_users.down.sql"


def test_new_converts_a_local_time_to_utc(migrations_dir: Path) -> None:
    from datetime import timedelta, timezone

    local = datetime(2025, 3, 14, 17, 9, 26, tzinfo=timezone(timedelta(hours=2)))
    assert make(migrations_dir, now=local).version_text == "20250314150926"


@pytest.mark.parametrize(
    ("existing", "expected"),
    [
        (["001_a.up.sql", "002_b.up.sql", "002_b.down.sql"], "003"),
        (["0001_a.up.sql", "0009_b.up.sql"], "0010"),
        (["1_a.up.sql", "2_b.up.sql"], "3"),
        (["098_a.up.sql", "099_b.up.sql"], "100"),
    ],
)
def test_new_continues_a_zero_padded_sequence_with_the_same_width(
    migrations_dir: Path, existing: list[str], expected: str
) -> None:
    touch(migrations_dir, *existing)
    assert make(migrations_dir).version_text == expected


def test_new_never_reuses_a_version_taken_in_the_same_second(migrations_dir: Path) -> None:
    first = make(migrations_dir)
    second = make(migrations_dir, slug="add_posts")
    assert first.version_text == "20250314150926"
    assert second.version_text == "20250314150927"


def test_new_goes_past_a_version_from_the_future(migrations_dir: Path) -> None:
    touch(migrations_dir, "20300101000000_future.up.sql")
    assert make(migrations_dir).version_text == "20300101000001"


def test_new_counts_on_from_a_newer_version_that_is_not_a_timestamp(
    migrations_dir: Path,
) -> None:
    touch(migrations_dir, "99999999999999_odd.up.sql")
    assert make(migrations_dir).version_text == "100000000000000"


def test_new_after_unix_epoch_versions_uses_the_utc_timestamp(migrations_dir: Path) -> None:
    touch(migrations_dir, "1500360784_init.up.sql")
    assert make(migrations_dir).version_text == "20250314150926"


def test_a_stray_down_file_version_is_not_reused(migrations_dir: Path) -> None:
    touch(migrations_dir, "20250314150926_orphan.down.sql")
    assert make(migrations_dir).version_text == "20250314150927"


# --- slugs -----------------------------------------------------------------------------------


def test_spaces_in_the_slug_become_underscores(migrations_dir: Path) -> None:
    result = make(migrations_dir, slug="  add users   email ")
    assert result.up_path.name == "20250314150926_add_users_email.up.sql"


@pytest.mark.parametrize(
    ("slug", "message", "instead"),
    [
        ("add/users", "slug 'add/users' contains '/'", "pgmig new add_users"),
        ("café", "slug 'café' contains 'é'", "pgmig new caf"),
        ("_users", "slug '_users' must start with a letter or digit", "pgmig new users"),
        ("", "the slug is empty", "pgmig new add_users_email_index"),
        ("001_users.up.sql", "looks like a file name", "pgmig new users"),
        ("users.sql", "looks like a file name", "pgmig new users"),
    ],
)
def test_an_invalid_slug_is_refused_with_the_grammar_and_a_suggestion(
    migrations_dir: Path, slug: str, message: str, instead: str
) -> None:
    with pytest.raises(MigrationFileError) as exc:
        make(migrations_dir, slug=slug)
    text = exc.value.render()
    assert message in text
    assert f"instead: {instead}" in text
    assert exc.value.exit_code == EXIT_USAGE
    assert list(migrations_dir.iterdir()) == []


def test_an_invalid_slug_error_explains_the_file_grammar(migrations_dir: Path) -> None:
    with pytest.raises(MigrationFileError) as exc:
        make(migrations_dir, slug="a$b")
    assert "<version>_<slug>.up.sql" in exc.value.render()
    assert "letters, digits, '_' and '-'" in exc.value.render()


def test_a_very_long_slug_is_refused(migrations_dir: Path) -> None:
    with pytest.raises(MigrationFileError, match="at most 100 are allowed"):
        make(migrations_dir, slug="x" * 101)


def test_new_into_a_missing_folder_says_to_run_init(tmp_path: Path) -> None:
    with pytest.raises(MigrationFileError) as exc:
        make(tmp_path / "nope")
    assert "migrations folder" in exc.value.what
    assert "does not exist" in exc.value.what
    assert "pgmig init" in exc.value.render()
    assert not (tmp_path / "nope").exists()


# --- templates -------------------------------------------------------------------------------


def test_the_builtin_templates_are_listed_with_their_source(tmp_path: Path) -> None:
    listing = scaffold.list_templates()
    assert [t.name for t in listing.templates] == BUILTINS
    assert {t.source for t in listing.templates} == {"built-in"}
    assert all(t.description for t in listing.templates)


def test_builtin_templates_are_found_in_the_wheel_layout_first(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "pgmig"
    (package / "_templates").mkdir(parents=True)
    (package / "_templates" / "blank.up.sql.j2").write_text("")
    (tmp_path / "site-packages" / "templates").mkdir()
    (tmp_path / "site-packages" / "templates" / "blank.up.sql.j2").write_text("")
    assert scaffold.builtin_templates_dir(package) == package / "_templates"


def test_builtin_templates_are_found_in_a_source_checkout(tmp_path: Path) -> None:
    package = tmp_path / "repo" / "pgmig"
    package.mkdir(parents=True)
    (tmp_path / "repo" / "templates").mkdir()
    (tmp_path / "repo" / "templates" / "blank.up.sql.j2").write_text("")
    assert scaffold.builtin_templates_dir(package) == tmp_path / "repo" / "templates"


def test_the_editable_install_uses_the_repository_templates_folder() -> None:
    repo = Path(scaffold.__file__).resolve().parent.parent
    assert scaffold.builtin_templates_dir() == repo / "templates"


def test_missing_builtin_templates_say_to_reinstall(tmp_path: Path) -> None:
    (tmp_path / "pgmig").mkdir()
    with pytest.raises(ConfigError, match="built-in templates are missing") as exc:
        scaffold.builtin_templates_dir(tmp_path / "pgmig")
    assert "pip install --force-reinstall pgmig" in exc.value.render()


@pytest.mark.parametrize("name", BUILTINS)
def test_every_builtin_template_renders_sql_that_parses_and_validates(
    migrations_dir: Path, name: str
) -> None:
    result = make(migrations_dir, template=name, variables=VARS[name])
    assert result.warnings == []
    for path, is_up in ((result.up_path, True), (result.down_path, False)):
        text = path.read_text()
        parsed = parse(text)
        assert parsed.syntax_errors == []
        assert parsed.directive_errors == []
        problems = validate(path, parsed, is_up=is_up)
        if name == "blank" and is_up:
            # deliberately empty: `up` refuses it until the author writes the migration
            assert [p.what for p in problems] == [f"{path.name} contains no SQL statements"]
        else:
            assert problems == []
        assert text.startswith("-- pgmig:no-transaction\n") == (name == "index")


def test_every_builtin_header_carries_description_author_and_date(
    migrations_dir: Path,
) -> None:
    result = make(migrations_dir, slug="add_users", description="Users can sign up")
    text = result.up_path.read_text()
    assert text.startswith("-- Users can sign up\n")
    assert "-- Author:    Ada\n" in text
    assert "-- Created:   2025-03-14 15:09:26 UTC\n" in text
    assert "20250314150926_add_users (up)" in text
    [migration] = discover(migrations_dir)
    assert migration.description == "add users: Users can sign up"


def test_the_description_defaults_to_the_slug_in_words(migrations_dir: Path) -> None:
    text = make(migrations_dir, slug="add_users-email").up_path.read_text()
    assert text.startswith("-- Add users email\n")


def test_the_table_template_names_the_table_after_the_slug(migrations_dir: Path) -> None:
    up = make(migrations_dir, slug="create_orders_table", template="table").up_path.read_text()
    assert "CREATE TABLE orders (" in up
    assert "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY" in up
    assert "created_at timestamptz NOT NULL DEFAULT now()" in up
    assert "updated_at timestamptz NOT NULL DEFAULT now()" in up
    assert "CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger" in up
    assert "CREATE TRIGGER orders_set_updated_at" in up


def test_the_table_template_quotes_and_qualifies_a_given_table_name(migrations_dir: Path) -> None:
    result = make(migrations_dir, template="table", variables={"table": "billing.Order"})
    up, down = result.up_path.read_text(), result.down_path.read_text()
    assert 'CREATE TABLE billing."Order" (' in up
    assert "CREATE OR REPLACE FUNCTION billing.set_updated_at()" in up
    assert "CREATE TRIGGER order_set_updated_at" in up
    assert 'DROP TABLE billing."Order";' in down
    assert "to_regprocedure('billing.set_updated_at()')" in down


def test_the_index_template_builds_concurrently_and_drops_concurrently(
    migrations_dir: Path,
) -> None:
    result = make(
        migrations_dir,
        template="index",
        variables={"table": "app.orders", "columns": "customer_id, created_at DESC"},
    )
    up, down = result.up_path.read_text(), result.down_path.read_text()
    assert (
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_created_at_desc_idx\n"
        "    ON app.orders (customer_id, created_at DESC);"
    ) in up
    assert "DROP INDEX CONCURRENTLY IF EXISTS app.orders_customer_id_created_at_desc_idx;" in down
    [migration] = discover(migrations_dir)
    [loaded] = load([migration], with_down=True)
    assert loaded.no_transaction


def test_the_index_template_takes_a_name_and_unique(migrations_dir: Path) -> None:
    result = make(
        migrations_dir,
        template="index",
        variables={
            "table": "users",
            "columns": "lower(email)",
            "index": "users_email_key",
            "unique": "true",
        },
    )
    up = result.up_path.read_text()
    assert "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key" in up
    assert "ON users (lower(email));" in up


def test_a_missing_template_variable_names_it_and_shows_the_command(migrations_dir: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        make(migrations_dir, template="index", variables={"table": "orders"})
    text = exc.value.render()
    assert "template 'index' needs variable columns" in text
    assert "instead: pgmig new add_users --template index --var table=orders --var columns=..." in (
        text
    )
    assert list(migrations_dir.iterdir()) == []


def test_a_variable_the_template_does_not_use_is_warned_about(migrations_dir: Path) -> None:
    result = make(
        migrations_dir,
        template="column",
        variables={"table": "orders", "column": "note", "typ": "int"},
    )
    assert result.warnings == ["--var typ is not used by template 'column' (typo?)"]


def test_vars_that_name_the_files_cannot_be_overridden(migrations_dir: Path) -> None:
    with pytest.raises(ConfigError, match=r"--var version=\.\.\. cannot be set"):
        make(migrations_dir, variables={"version": "1"})


def test_an_unknown_template_lists_the_available_ones(migrations_dir: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        make(migrations_dir, template="tabel")
    text = exc.value.render()
    assert "unknown template 'tabel'" in text
    for name in BUILTINS:
        assert f"  {name} (built-in)" in text
    assert "tabel.up.sql.j2 and tabel.down.sql.j2" in text


def test_a_project_template_overrides_the_builtin_of_the_same_name(
    tmp_path: Path, migrations_dir: Path
) -> None:
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "table.up.sql.j2").write_text("-- ours\nCREATE TABLE {{ slug }} (id int);\n")
    (own / "table.down.sql.j2").write_text("DROP TABLE {{ slug }};\n")
    (own / "audited.up.sql.j2").write_text(
        "{# With audit. -#}\n{% include 'table.up.sql.j2' %}-- audited\n"
    )
    (own / "audited.down.sql.j2").write_text("{% include 'table.down.sql.j2' %}")
    (own / "half.up.sql.j2").write_text("SELECT 1;\n")
    settings = Settings(dir=migrations_dir, templates_dir=own)

    listing = scaffold.list_templates(own)
    by_name = {t.name: t for t in listing.templates}
    assert by_name["table"].source == "project"
    assert by_name["table"].overrides_builtin
    assert by_name["audited"].description == "With audit."
    assert by_name["blank"].source == "built-in"
    assert listing.incomplete == [(own / "half.up.sql.j2", "half.down.sql.j2")]

    result = scaffold.new("users", settings=settings, template="table", now=NOW, author="x")
    assert result.up_path.read_text() == "-- ours\nCREATE TABLE users (id int);\n"
    audited = scaffold.new("posts", settings=settings, template="audited", now=NOW, author="x")
    assert audited.up_path.read_text() == "-- ours\nCREATE TABLE posts (id int);\n-- audited\n"

    with pytest.raises(ConfigError, match=r"template 'half' in .* is incomplete"):
        scaffold.new("x", settings=settings, template="half", now=NOW, author="x")


def test_a_project_template_that_renders_bad_sql_warns(
    tmp_path: Path, migrations_dir: Path
) -> None:
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "bad.up.sql.j2").write_text("CREATE TABLE {{ slug }} (;\n")
    (own / "bad.down.sql.j2").write_text("-- pgmig:bogus\nSELECT 1;\n")
    result = scaffold.new(
        "t", settings=Settings(dir=migrations_dir, templates_dir=own), template="bad", now=NOW
    )
    assert len(result.warnings) == 2
    assert "renders an up file with a SQL syntax error at line 1" in result.warnings[0]
    assert "`-- pgmig:bogus` (line 1) is not a pgmig directive" in result.warnings[1]
    assert result.up_path.exists()


def test_a_template_syntax_error_names_the_file_and_line(
    tmp_path: Path, migrations_dir: Path
) -> None:
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "oops.up.sql.j2").write_text("SELECT 1;\n{% if %}\n")
    (own / "oops.down.sql.j2").write_text("SELECT 1;\n")
    with pytest.raises(ConfigError, match=r"oops.up.sql.j2:2: template syntax error"):
        scaffold.new("t", settings=Settings(dir=migrations_dir, templates_dir=own), template="oops")
    assert list(migrations_dir.iterdir()) == []


def test_a_missing_templates_dir_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"templates folder .* does not exist"):
        scaffold.list_templates(tmp_path / "nope")


def test_existing_files_are_never_overwritten(migrations_dir: Path) -> None:
    touch(migrations_dir, "20250314150926_add_users.up.sql")
    result = make(migrations_dir)
    assert result.version_text == "20250314150927"
    assert (migrations_dir / "20250314150926_add_users.up.sql").read_text() == "SELECT 1;\n"


def test_generated_pairs_are_discovered_in_order(migrations_dir: Path) -> None:
    make(migrations_dir, slug="a", template="table")
    make(migrations_dir, slug="b", template="column", variables=VARS["column"])
    found = discover(migrations_dir, require_down=True)
    assert [m.name for m in found] == ["20250314150926_a", "20250314150927_b"]


# --- helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ("orders", "orders"),
        ("order", '"order"'),
        ("user", '"user"'),
        ("Orders", '"Orders"'),
        ("my table", '"my table"'),
        ('a"b', '"a""b"'),
        ('"Already"', '"Already"'),
        ("name", "name"),  # an unreserved keyword needs no quotes
    ],
)
def test_identifiers_are_quoted_only_when_postgresql_needs_it(name: str, quoted: str) -> None:
    assert scaffold.quote_ident(name) == quoted


def test_identifiers_made_from_text_are_cut_to_63_bytes() -> None:
    made = scaffold.make_identifier("a" * 50, "customer_id, created_at", "idx")
    assert len(made.encode()) == 63
    assert scaffold.make_identifier("app.Orders", "lower(email)", "idx") == "orders_lower_email_idx"


def test_the_author_comes_from_git_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text("[user]\n\tname = Grace Hopper\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(gitconfig))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("USER", "grace")
    assert scaffold.default_author(tmp_path) == "Grace Hopper"


def test_the_author_falls_back_to_the_login_name_without_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no git on PATH
    monkeypatch.setenv("USER", "grace")
    assert scaffold.default_author(tmp_path) == "grace"


def test_vars_must_be_key_equals_value() -> None:
    assert scaffold.parse_vars(["table=orders", "columns=a,b=c"]) == {
        "table": "orders",
        "columns": "a,b=c",
    }
    with pytest.raises(ConfigError, match="--var 'orders' is not key=value"):
        scaffold.parse_vars(["orders"])


# --- CLI -------------------------------------------------------------------------------------


def test_cli_new_prints_the_two_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "001_init.up.sql").write_text("SELECT 1;\n")
    result = CliRunner().invoke(
        cli, ["new", "create orders", "-t", "table", "-m", "Orders placed by users"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "migrations/002_create_orders.up.sql",
        "migrations/002_create_orders.down.sql",
    ]
    assert (
        (tmp_path / "migrations" / "002_create_orders.up.sql")
        .read_text()
        .startswith("-- Orders placed by users\n")
    )


def test_cli_new_with_a_bad_slug_exits_2_with_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "migrations").mkdir()
    result = CliRunner().invoke(cli, ["new", "add users!"])
    assert result.exit_code == 2
    assert "error: slug 'add users!' contains '!'" in result.output
    assert "instead: pgmig new add_users" in result.output


def test_cli_new_without_a_slug_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["new"])
    assert result.exit_code == 2
    assert "missing SLUG" in result.output


def test_cli_lists_templates_with_where_they_come_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "blank.up.sql.j2").write_text("{# Our blank. #}\n")
    (own / "blank.down.sql.j2").write_text("")
    result = CliRunner().invoke(cli, ["new", "--list-templates", "--templates-dir", "tpl"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    blank = next(line for line in lines if line.startswith("blank "))
    assert "project (overrides built-in)" in blank
    assert "Our blank." in blank
    assert "tpl/blank.{up,down}.sql.j2" in result.output
    assert any(line.startswith("table ") and "built-in" in line for line in lines)


def test_cli_new_reads_templates_dir_from_the_config_relative_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pgmig.toml").write_text('dir = "db"\ntemplates_dir = "tpl"\n')
    (tmp_path / "db").mkdir()
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "mine.up.sql.j2").write_text("SELECT {{ literal(slug) }};\n")
    (tmp_path / "tpl" / "mine.down.sql.j2").write_text("SELECT 2;\n")
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    monkeypatch.delenv("PGMIG_DIR", raising=False)
    monkeypatch.delenv("PGMIG_TEMPLATES_DIR", raising=False)
    result = CliRunner().invoke(cli, ["new", "x", "-t", "mine"])
    assert result.exit_code == 2
    assert "mine.up.sql.j2: 'literal' is a filter, not a function or variable" in result.output
    assert "instead: write {{ value | literal }}" in result.output
    (tmp_path / "tpl" / "mine.up.sql.j2").write_text("SELECT {{ slug | literal }};\n")
    result = CliRunner().invoke(cli, ["new", "x", "-t", "mine"])
    assert result.exit_code == 0, result.output
    [up] = sorted((tmp_path / "db").glob("*.up.sql"))
    assert up.read_text() == "SELECT 'x';\n"


def test_file_problems_from_discovery_are_not_raised_by_new(migrations_dir: Path) -> None:
    # a broken neighbour must not stop scaffolding the migration that fixes it
    touch(migrations_dir, "001_a.up.sql", "1_dup.up.sql", "bad name.sql")
    result = make(migrations_dir)
    assert result.version_text == "002"
    with pytest.raises(FileProblems):
        discover(migrations_dir)


# --- packaging -------------------------------------------------------------------------------


def test_the_wheel_ships_the_templates_folder_where_the_lookup_expects_it() -> None:
    repo = Path(scaffold.__file__).resolve().parent.parent
    pyproject = tomllib.loads((repo / "pyproject.toml").read_text())
    force = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["templates"] == "pgmig/_templates"


def test_an_installed_copy_of_the_package_finds_its_bundled_templates(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    repo = Path(scaffold.__file__).resolve().parent.parent
    site = tmp_path / "site-packages"
    shutil.copytree(repo / "pgmig", site / "pgmig", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(repo / "templates", site / "pgmig" / "_templates")  # the wheel layout
    (tmp_path / "migrations").mkdir()
    code = (
        "from pathlib import Path\n"
        "from pgmig import scaffold\n"
        "from pgmig.config import Settings\n"
        "r = scaffold.new('create orders', settings=Settings(dir=Path('migrations')),"
        " template='table', author='x')\n"
        "print(r.template.folder)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(site / "pgmig" / "_templates")
    assert "CREATE TABLE orders (" in next((tmp_path / "migrations").glob("*.up.sql")).read_text()


def test_a_project_template_can_wrap_the_builtin_it_replaces(
    tmp_path: Path, migrations_dir: Path
) -> None:
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "table.up.sql.j2").write_text(
        "{% include 'builtin/table.up.sql.j2' %}\nCOMMENT ON TABLE {{ slug }} IS 'ours';\n"
    )
    (own / "table.down.sql.j2").write_text("{% include 'builtin/table.down.sql.j2' %}")
    result = scaffold.new(
        "orders",
        settings=Settings(dir=migrations_dir, templates_dir=own),
        template="table",
        now=NOW,
        author="x",
    )
    up = result.up_path.read_text()
    assert "CREATE TABLE orders (" in up
    assert up.endswith("COMMENT ON TABLE orders IS 'ours';\n")
    assert "DROP TABLE orders;" in result.down_path.read_text()
    assert result.warnings == []
