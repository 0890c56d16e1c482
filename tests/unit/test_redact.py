"""Passwords are masked in connection strings, in text that contains them, and verbatim."""

from __future__ import annotations

import pytest

from pgmig.redact import (
    MASK,
    Redactor,
    describe_target,
    dsn_fields,
    password_of,
    redact_dsn,
    redact_text,
)


@pytest.mark.parametrize(
    ("dsn", "expected"),
    [
        ("postgresql://app:s3cret@db:5432/prod", "postgresql://app:***@db:5432/prod"),
        (
            "postgres://app:p%40ss@db/prod?sslmode=require",
            "postgres://app:***@db/prod?sslmode=require",
        ),
        (
            "postgresql://app@db/prod?password=s3cret&sslmode=verify-full",
            "postgresql://app@db/prod?password=***&sslmode=verify-full",
        ),
        (
            "host=db user=app password=s3cret dbname=prod",
            "host=db user=app password=*** dbname=prod",
        ),
        ("host=db password = 'with space\\'s' dbname=prod", "host=db password = *** dbname=prod"),
        ("postgresql://app@db/prod", "postgresql://app@db/prod"),
        ("", ""),
    ],
)
def test_redact_dsn_masks_the_password_and_keeps_everything_else(dsn: str, expected: str) -> None:
    assert redact_dsn(dsn) == expected


def test_redact_text_masks_connection_strings_inside_messages() -> None:
    text = 'could not connect with "postgresql://u:topsecret@h/db" or password=topsecret now'
    assert (
        redact_text(text) == 'could not connect with "postgresql://u:***@h/db" or password=*** now'
    )


@pytest.mark.parametrize(
    ("dsn", "password"),
    [
        ("postgresql://app:p%40ss@db/prod", "p@ss"),
        ("postgresql://app@db/prod?password=q", "q"),
        ("host=db password='it\\'s'", "it's"),
        ("host=db password=plain dbname=x", "plain"),
        ("postgresql://app@db/prod", None),
        (None, None),
        ("postgresql://[bad", None),
    ],
)
def test_password_of_reads_urls_and_conninfo_and_never_raises(
    dsn: str | None, password: str | None
) -> None:
    assert password_of(dsn) == password


def test_redactor_masks_known_secrets_anywhere_including_pgpassword() -> None:
    redactor = Redactor.for_dsn(
        "postgresql://app:hunter22@db/prod", environ={"PGPASSWORD": "envsecret"}
    )
    text = "server said: role app with hunter22 / envsecret / hunter22hunter22"
    assert redactor(text) == f"server said: role app with {MASK} / {MASK} / {MASK}{MASK}"


def test_redactor_ignores_secrets_too_short_to_mask_safely() -> None:
    assert Redactor(["ab", None, ""])("tab grab") == "tab grab"


def test_describe_target_names_user_host_port_db_without_the_password() -> None:
    assert describe_target("postgresql://app:pw@db.example:6432/prod", environ={}) == (
        "app@db.example:6432/prod"
    )
    assert describe_target("host=/var/run/postgresql dbname=x user=u password=p", environ={}) == (
        "u@/var/run/postgresql (socket, port 5432)/x"
    )
    assert describe_target("", environ={"PGHOST": "h", "PGUSER": "me"}) == "me@h:5432/me"
    assert describe_target("postgresql://app@/prod?host=/tmp&port=5433", environ={}) == (
        "app@/tmp (socket, port 5433)/prod"
    )
    assert "password" not in dsn_fields("host=db password=p")
