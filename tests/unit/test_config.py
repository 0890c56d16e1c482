"""Settings: precedence, config file lookup, and a clear error for every bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgmig.config import (
    FIELDS,
    Settings,
    config_files,
    config_table_markdown,
    find_config_file,
    load_settings,
    parse_duration_ms,
)
from pgmig.errors import EXIT_USAGE, ConfigError


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder that is its own git root (so the lookup stops there)."""
    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    return root


def settings_in(folder: Path, flags: dict[str, object] | None = None, **env: str) -> Settings:
    return load_settings(flags, environ=env, cwd=folder)


# --- precedence ------------------------------------------------------------------------------


def test_defaults_apply_without_any_configuration(project: Path) -> None:
    assert settings_in(project) == Settings()


def test_precedence_is_flags_then_env_then_pgmig_toml_then_tool_pgmig_then_defaults(
    project: Path,
) -> None:
    (project / "pyproject.toml").write_text(
        "[tool.pgmig]\n"
        'lock_timeout = "1s"\n'
        'statement_timeout = "1s"\n'
        'lock_retry_budget = "1s"\n'
        'deploy_lock_wait = "1s"\n'
    )
    (project / "pgmig.toml").write_text(
        'lock_timeout = "2s"\nstatement_timeout = "2s"\nlock_retry_budget = "2s"\n'
    )
    env = {"PGMIG_LOCK_TIMEOUT": "3s", "PGMIG_STATEMENT_TIMEOUT": "3s"}
    s = settings_in(project, {"lock_timeout": "4s", "statement_timeout": None}, **env)
    assert s.lock_timeout == "4s"  # flag
    assert s.statement_timeout == "3s"  # env (the flag was not given)
    assert s.lock_retry_budget == "2s"  # pgmig.toml
    assert s.deploy_lock_wait == "1s"  # [tool.pgmig]
    assert s.application_name == "pgmig"  # default


def test_tool_pgmig_in_pyproject_is_used_alone(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "app"\n\n[tool.pgmig]\nrequire-down = true\ndir = "db/migrations"\n'
    )
    s = settings_in(project)
    assert s.require_down is True
    assert s.dir == project.resolve() / "db" / "migrations"


def test_a_pyproject_without_tool_pgmig_is_not_a_config_file(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "app"\n')
    assert find_config_file(project) is None
    assert settings_in(project) == Settings()


def test_database_url_comes_from_pgmig_database_url_before_database_url(project: Path) -> None:
    (project / "pgmig.toml").write_text('database_url = "postgresql:///from_file"\n')
    assert settings_in(project).database_url == "postgresql:///from_file"
    assert (
        settings_in(project, DATABASE_URL="postgresql:///generic").database_url
        == "postgresql:///generic"
    )
    both = settings_in(
        project,
        DATABASE_URL="postgresql:///generic",
        PGMIG_DATABASE_URL="postgresql:///specific",
    )
    assert both.database_url == "postgresql:///specific"
    flagged = settings_in(
        project, {"database_url": "postgresql:///flag"}, PGMIG_DATABASE_URL="postgresql:///x"
    )
    assert flagged.database_url == "postgresql:///flag"


def test_empty_environment_variables_count_as_unset(project: Path) -> None:
    s = settings_in(project, PGMIG_LOCK_TIMEOUT="", DATABASE_URL="")
    assert s.lock_timeout == "200ms"
    assert s.database_url is None


def test_environment_values_are_converted_to_the_setting_type(project: Path) -> None:
    s = settings_in(
        project,
        PGMIG_REQUIRE_DOWN="yes",
        PGMIG_CHECK_ON_UP="off",
        PGMIG_BACKUP_KEEP="3",
        PGMIG_POSTGRES_VERSION="14",
        PGMIG_DIR="db/migrations",
    )
    assert (s.require_down, s.check_on_up, s.backup_keep, s.postgres_version) == (
        True,
        False,
        3,
        14,
    )
    assert s.dir == Path("db/migrations")  # relative to where pgmig runs


# --- config file lookup ----------------------------------------------------------------------


def test_the_config_file_is_found_in_a_parent_folder(project: Path) -> None:
    (project / "pgmig.toml").write_text('schema = "ops"\n')
    sub = project / "src" / "app"
    sub.mkdir(parents=True)
    assert find_config_file(sub) == (project / "pgmig.toml").resolve()
    assert settings_in(sub).schema == "ops"


def test_the_lookup_stops_at_the_git_root(tmp_path: Path, project: Path) -> None:
    (tmp_path / "pgmig.toml").write_text('schema = "outside"\n')
    assert find_config_file(project) is None
    assert settings_in(project).schema == "public"


def test_a_folder_with_both_files_reads_both_with_pgmig_toml_on_top(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.pgmig]\nschema = "ops"\ntable = "t1"\n')
    (project / "pgmig.toml").write_text('table = "t2"\n')
    root = project.resolve()
    assert config_files(project) == [root / "pyproject.toml", root / "pgmig.toml"]
    s = settings_in(project)
    assert (s.schema, s.table) == ("ops", "t2")


def test_an_explicit_config_file_is_the_only_one_read(project: Path) -> None:
    (project / "pgmig.toml").write_text('schema = "found"\n')
    other = project / "conf" / "staging.toml"
    other.parent.mkdir()
    other.write_text('table = "staging_migrations"\ndir = "../db"\n')
    s = load_settings(config_path=other, environ={}, cwd=project)
    assert s.schema == "public"
    assert s.table == "staging_migrations"
    assert s.dir.resolve() == (project / "db").resolve()


def test_relative_paths_in_the_config_file_are_relative_to_its_folder(project: Path) -> None:
    (project / "pgmig.toml").write_text(
        'dir = "db/migrations"\ntemplates_dir = "db/templates"\nbackup_dir = "/var/backups"\n'
    )
    sub = project / "deep" / "er"
    sub.mkdir(parents=True)
    s = settings_in(sub)
    assert s.dir == project.resolve() / "db" / "migrations"
    assert s.templates_dir == project.resolve() / "db" / "templates"
    assert s.backup_dir == Path("/var/backups")


def test_a_pgmig_table_is_tolerated_in_pgmig_toml(project: Path) -> None:
    (project / "pgmig.toml").write_text('[pgmig]\nschema = "ops"\n')
    assert settings_in(project).schema == "ops"


def test_hyphenated_keys_are_accepted(project: Path) -> None:
    (project / "pgmig.toml").write_text('lock-timeout = "1s"\nallow-out-of-order = true\n')
    s = settings_in(project)
    assert (s.lock_timeout, s.allow_out_of_order) == ("1s", True)


def test_rule_severities_are_read_from_the_rules_table(project: Path) -> None:
    (project / "pgmig.toml").write_text('[rules]\ndrop-table = "warning"\nrename-column = "off"\n')
    assert settings_in(project).rules == {"drop-table": "warning", "rename-column": "off"}


# --- bad values ------------------------------------------------------------------------------


def error_of(project: Path, toml: str, **env: str) -> str:
    (project / "pgmig.toml").write_text(toml)
    with pytest.raises(ConfigError) as exc:
        settings_in(project, **env)
    assert exc.value.exit_code == EXIT_USAGE
    return exc.value.render()


def test_an_unknown_key_is_an_error_with_a_suggestion(project: Path) -> None:
    message = error_of(project, 'lock_timout = "1s"\n')
    path = (project / "pgmig.toml").resolve()
    assert message.startswith(f"error: config file {path}: unknown setting 'lock_timout'")
    assert "did you mean 'lock_timeout'?" in message
    for name in FIELDS:
        assert name in message


def test_an_unknown_key_in_tool_pgmig_is_an_error(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.pgmig]\nrequire_downs = true\n")
    with pytest.raises(ConfigError, match="unknown setting 'require_downs'") as exc:
        settings_in(project)
    assert "did you mean 'require_down'?" in exc.value.render()


def test_a_bad_duration_in_the_config_file_names_the_file_and_the_setting(project: Path) -> None:
    message = error_of(project, 'lock_timeout = "200 millis"\n')
    path = (project / "pgmig.toml").resolve()
    assert message.startswith(
        f"error: config file {path}: lock_timeout '200 millis' is not a duration"
    )
    assert "instead: write a number with a unit, as PostgreSQL does: 200ms, 2s, 5min, 1h" in (
        message
    )


def test_a_bad_duration_in_the_environment_names_the_variable(project: Path) -> None:
    (project / "pgmig.toml").write_text("")
    with pytest.raises(ConfigError) as exc:
        settings_in(project, PGMIG_DEPLOY_LOCK_WAIT="forever")
    assert exc.value.what == (
        "environment variable PGMIG_DEPLOY_LOCK_WAIT: deploy_lock_wait 'forever' is not a duration"
    )


def test_a_bad_duration_flag_names_the_option(project: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        settings_in(project, {"lock_timeout": "-1s"})
    assert exc.value.what == "option --lock-timeout: lock_timeout '-1s' is not a duration"


@pytest.mark.parametrize(
    ("value", "ms"),
    [("200ms", 200), ("2s", 2000), ("5min", 300_000), ("1h", 3_600_000), ("250", 250), ("0", 0)],
)
def test_durations_are_read_as_postgresql_writes_them(value: str, ms: float) -> None:
    assert parse_duration_ms(value) == ms


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('require_down = "maybe"\n', "require_down must be true or false, not 'maybe'"),
        ('backup_keep = "many"\n', "backup_keep must be a whole number, not 'many'"),
        ("backup_keep = 0\n", "backup_keep is 0; it must be at least 1"),
        ("backup_keep = 2.5\n", "backup_keep must be a whole number, not 2.5"),
        ('fail_on = "info"\n', "fail_on is 'info'"),
        ('schema = ["a", "b"]\n', "schema must be a single value, not ['a', 'b']"),
        ('[rules]\ndrop-table = "fatal"\n', "rule 'drop-table' has severity 'fatal'"),
        ('rules = "all"\n', "`rules` must be a table of rule-id = severity"),
    ],
)
def test_a_bad_value_names_the_file_and_what_is_wrong(
    project: Path, toml: str, message: str
) -> None:
    rendered = error_of(project, toml)
    path = (project / "pgmig.toml").resolve()
    assert rendered.startswith(f"error: config file {path}: {message}")


def test_invalid_toml_is_an_error_with_the_position(project: Path) -> None:
    message = error_of(project, 'dir = "migrations"\nschema = \n')
    assert "is not valid TOML" in message
    assert "line 2" in message


def test_a_missing_explicit_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(config_path=tmp_path / "nope.toml", environ={})


def test_a_database_password_never_appears_in_config_errors(project: Path) -> None:
    message = error_of(
        project,
        'database_url = "postgresql://app:s3cret@db/app"\nlock_timeout = "soon"\n',
    )
    assert "s3cret" not in message


def test_the_readme_config_table_lists_every_setting() -> None:
    table = config_table_markdown()
    for name, f in FIELDS.items():
        assert f"| `{name}` |" in table
        assert f.metadata["doc"] in table


def test_rules_table_accepts_rule_options_as_dotted_keys(tmp_path: Path) -> None:
    (tmp_path / "pgmig.toml").write_text(
        '[rules]\n"naming-convention" = "warning"\n"naming-convention.index" = "ix_{table}"\n'
    )
    settings = load_settings(config_path=tmp_path / "pgmig.toml", environ={})
    assert settings.rules == {
        "naming-convention": "warning",
        "naming-convention.index": "ix_{table}",
    }


def test_unknown_rule_option_is_a_config_error_that_suggests_the_known_one() -> None:
    from pgmig.analyzer import build_ruleset
    from pgmig.config import Settings

    with pytest.raises(ConfigError) as excinfo:
        build_ruleset(Settings(rules={"naming-convention.indx": "ix"}))
    message = excinfo.value.render()
    assert "unknown rule option 'naming-convention.indx'" in message
    assert "did you mean 'naming-convention.index'?" in message
