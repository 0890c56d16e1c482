"""`pgmig --help` and `pgmig --version` must not import psycopg or pglast (start-up time).

Each case runs a fresh interpreter with ``-X importtime``, which lists every module imported, and
asserts on that list. No timing assertions: timings on shared CI machines are noise.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("psycopg", "psycopg_binary", "psycopg_c", "pglast", "sqlparse", "jinja2")


def imported_modules(*args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pgmig", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    modules = set()
    for line in proc.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package"
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                modules.add(name)
    return modules, proc


@pytest.mark.parametrize(
    "args",
    [("--help",), ("--version",), ("-h",), ("new", "--help"), ("init", "--help")],
    ids=lambda a: " ".join(a),
)
def test_help_and_version_import_neither_psycopg_nor_pglast(args: tuple[str, ...]) -> None:
    modules, proc = imported_modules(*args)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "pgmig" in modules and "click" in modules  # the measurement itself works
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == [], f"`pgmig {' '.join(args)}` imported {heavy}"


def test_help_lists_every_command_without_importing_them() -> None:
    modules, proc = imported_modules("--help")
    assert proc.returncode == 0
    for name in ("init", "new", "up", "down", "status", "check"):
        assert f"  {name} " in proc.stdout
    assert not any(m.startswith("pgmig.cli.") and m != "pgmig.cli.common" for m in modules if m)
    assert "pgmig.scaffold" not in modules


def test_version_prints_the_package_version() -> None:
    from pgmig import __version__

    _, proc = imported_modules("--version")
    assert proc.stdout.strip() == f"pgmig, version {__version__}"


def test_the_command_line_pauses_the_garbage_collector_and_restores_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import pgmig.cli

    seen: list[bool] = []
    monkeypatch.setattr(pgmig.cli.cli, "main", lambda **kwargs: seen.append(gc.isenabled()))
    assert gc.isenabled()
    pgmig.cli.main(["status"])
    assert seen == [False]  # paused while the command runs
    assert gc.isenabled()  # and back on for the caller (here: pytest)
    gc.disable()
    try:
        pgmig.cli.main(["status"])
        assert not gc.isenabled()  # a caller's own gc.disable() is kept
    finally:
        gc.enable()
