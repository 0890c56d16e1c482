"""Keep passwords out of everything pgmig prints or stores.

Design: a password can reach output along three paths, and each has its own guard here.

* The connection string itself (``postgresql://app:s3cret@db/prod`` or
  ``host=db password=s3cret``): :func:`redact_dsn` replaces the password with ``***`` and
  :func:`describe_target` renders the short ``app@db:5432/prod`` form used in messages.
* Text that merely *contains* a connection string (an exception message, a log detail, a
  ``pg_dump`` error): :func:`redact_text` rewrites every URL userinfo and every ``password=``
  pair it finds.
* The bare password appearing somewhere unexpected (an echo of it in a server message):
  :class:`Redactor` also replaces the literal secrets it was given (the URL's password and
  ``PGPASSWORD``) wherever they occur.

Pure: no database, no psycopg import (a hand-written parser is enough for redaction, and it
never raises on malformed input, which matters because redaction runs on error paths).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, unquote, urlsplit

MASK = "***"

# scheme://user:password@  (the password ends at the last '@' before the host part)
_URL_USERINFO = re.compile(
    r"(?P<scheme>postgres(?:ql)?://)(?P<user>[^:@/\s?#]*):(?P<pw>[^@\s]*)@", re.IGNORECASE
)
# password=... in a URL query string (?password=x&...) or a key=value conninfo
_QUERY_PASSWORD = re.compile(r"(?P<key>[?&]password=)(?P<pw>[^&\s#]*)", re.IGNORECASE)
# (not after ? or &: that is a URL query, handled above; an unquoted value runs to the next
# space, so text redaction may mask a trailing ")" too: masking more is the safe side)
_CONNINFO_PASSWORD = re.compile(
    r"(?<![?&])(?P<key>\bpassword\s*=\s*)(?P<pw>'(?:[^'\\]|\\.)*'|[^\s']+)", re.IGNORECASE
)


def redact_text(text: str) -> str:
    """``text`` with every password inside a connection URL or conninfo replaced by ``***``."""
    text = _URL_USERINFO.sub(lambda m: f"{m['scheme']}{m['user']}:{MASK}@", text)
    text = _QUERY_PASSWORD.sub(lambda m: f"{m['key']}{MASK}", text)
    return _CONNINFO_PASSWORD.sub(lambda m: f"{m['key']}{MASK}", text)


def redact_dsn(dsn: str | None) -> str:
    """The connection string with its password masked (``""`` for none)."""
    return redact_text(dsn or "")


def password_of(dsn: str | None) -> str | None:
    """The password written in a URL or conninfo string, or None. Never raises."""
    if not dsn:
        return None
    if "://" in dsn:
        try:
            parts = urlsplit(dsn)
            if parts.password:
                return unquote(parts.password)
            for key, value in parse_qsl(parts.query):
                if key == "password" and value:
                    return value
        except ValueError:
            pass
        return None
    m = _CONNINFO_PASSWORD.search(dsn)
    if not m:
        return None
    pw = m["pw"]
    if pw.startswith("'") and pw.endswith("'") and len(pw) >= 2:
        pw = re.sub(r"\\(.)", r"\1", pw[1:-1])
    return pw or None


def describe_target(dsn: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``user@host:port/dbname`` for messages: enough to tell databases apart, no password.

    Fields missing from ``dsn`` come from libpq's ``PG*`` environment variables, as libpq would
    take them; what neither gives is left out rather than guessed.
    """
    env = os.environ if environ is None else environ
    fields = dsn_fields(dsn or "")
    user = fields.get("user") or env.get("PGUSER")
    host = fields.get("host") or env.get("PGHOST") or "localhost"
    port = fields.get("port") or env.get("PGPORT") or "5432"
    dbname = fields.get("dbname") or env.get("PGDATABASE") or user or ""
    where = f"{host}:{port}" if not host.startswith("/") else f"{host} (socket, port {port})"
    who = f"{user}@" if user else ""
    return f"{who}{where}/{dbname}"


def dsn_fields(dsn: str) -> dict[str, str]:
    """host, port, dbname and user written in a URL or conninfo (never the password)."""
    out: dict[str, str] = {}
    if "://" in dsn:
        try:
            parts = urlsplit(dsn)
            if parts.username:
                out["user"] = unquote(parts.username)
            if parts.hostname:
                out["host"] = unquote(parts.hostname)
            try:
                if parts.port:
                    out["port"] = str(parts.port)
            except ValueError:
                pass
            if parts.path.strip("/"):
                out["dbname"] = unquote(parts.path.lstrip("/"))
            for key, value in parse_qsl(parts.query):
                if key in ("host", "port", "dbname", "user") and value:
                    out[key] = value
        except ValueError:
            pass
        return out
    for m in re.finditer(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", dsn):
        key, value = m.group(1), m.group(2)
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        if key in ("host", "hostaddr", "port", "dbname", "user"):
            out["host" if key == "hostaddr" and "host" not in out else key] = value
    return out


class Redactor:
    """Masks passwords in text: connection strings anywhere, plus the known secrets verbatim.

    Build one per command from the database URL (and ``PGPASSWORD``) and pass every string that
    leaves pgmig (messages, log-table details, subprocess errors) through :meth:`__call__`.
    """

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        # longest first, so a secret that contains another is masked whole; very short
        # "secrets" would mangle ordinary words, and libpq never needs them masked twice
        self.secrets = sorted({s for s in secrets if s and len(s) >= 3}, key=len, reverse=True)

    @classmethod
    def for_dsn(cls, dsn: str | None, environ: Mapping[str, str] | None = None) -> Redactor:
        env = os.environ if environ is None else environ
        return cls([password_of(dsn), env.get("PGPASSWORD")])

    def __call__(self, text: str) -> str:
        text = redact_text(text)
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text
