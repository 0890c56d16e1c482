"""The rule registry: one module per rule under :mod:`pgmig.analyzer.rules`, found with pkgutil.

A rule module ``pgmig/analyzer/rules/create_index_non_concurrently.py`` defines the rule
``create-index-non-concurrently`` (module name with ``_`` -> ``-``). It must define:

* its **docstring**: the documentation page (markdown). The first paragraph is the one-line summary
  ``pgmig explain --list`` shows; the rest has **Trigger**, **Lock / effect**, **Why it hurts**,
  **Safe alternative** (with a ```sql block), **Versions**, **Suppress**, **Peers**;
* ``SEVERITY``: ``"error"`` or ``"warning"`` (the default; ``[rules]`` in the config overrides);
* ``NODE_TYPES``: the parse-tree node types it handles, e.g. ``("IndexStmt",)``; the engine only
  calls it for those (that is what keeps ``check`` fast);
* ``check(stmt, ctx)``: yields :class:`~pgmig.analyzer.findings.Issue` objects;

and may define ``OPT_IN = True`` (off unless enabled in ``[rules]``), ``OPTIONS`` (a mapping of
option name -> default; users set them as ``"<rule-id>.<option>" = "..."`` in ``[rules]`` and the
rule reads them with ``ctx.rule_option``) and ``finish(ctx)``: called once at the end of each file,
yields issues about the file as a whole (each with ``stmt=``).

Besides the rule modules there are built-in *meta* rules the engine itself reports
(:data:`META_RULES`): ``syntax-error``, ``invalid-directive``, ``empty-migration``,
``invalid-ignore``, ``unused-ignore`` and ``internal-error``.

A malformed rule module is a bug in pgmig: :func:`load_rules` leaves it out and records a
:class:`RuleDefinitionError` (or the import error) in :data:`LOAD_ERRORS`, which the test suite
asserts is empty and ``check`` reports, so it never ships silently.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from pgmig.analyzer.context import Context, Stmt
    from pgmig.analyzer.findings import Issue, Severity

CheckFn = Callable[["Stmt", "Context"], "Iterable[Issue]"]
FinishFn = Callable[["Context"], "Iterable[Issue]"]


class RuleDefinitionError(Exception):
    """A rule module does not follow the registry contract (a pgmig bug, not a user error)."""


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    doc: str  # the full markdown page body (the module docstring)
    node_types: tuple[str, ...] = ()
    opt_in: bool = False
    check: CheckFn | None = None
    finish: FinishFn | None = None
    builtin: bool = False  # a meta rule reported by the engine itself
    options: tuple[str, ...] = ()  # option names settable as "<rule-id>.<option>" in [rules]

    def page(self) -> str:
        """The documentation page, as ``pgmig explain`` prints it and docs/rules/ stores it."""
        body = self.doc.strip("\n")
        _, _, rest = body.partition("\n\n")
        summary = self.summary
        facts = [f"Default severity: **{self.severity}**"]
        if self.opt_in:
            facts.append("opt-in (enable it in `[rules]`)")
        if self.node_types:
            facts.append("statements: " + ", ".join(f"`{t}`" for t in self.node_types))
        if self.builtin:
            facts.append("reported by the engine itself")
        return (
            f"# {self.id}\n\n{summary.strip()}\n\n"
            + " · ".join(facts)
            + "\n\n"
            + rest.strip("\n")
            + "\n"
        )


def rule_id(module_name: str) -> str:
    return module_name.rsplit(".", 1)[-1].replace("_", "-")


def _from_module(module: ModuleType) -> Rule:
    rid = rule_id(module.__name__)
    where = f"rule module {module.__name__} ({module.__file__})"
    doc = (module.__doc__ or "").strip("\n")
    if not doc.strip():
        raise RuleDefinitionError(f"{where} has no docstring: it is the rule's documentation page")
    severity = getattr(module, "SEVERITY", None)
    if severity not in ("error", "warning"):
        raise RuleDefinitionError(
            f"{where}: SEVERITY must be 'error' or 'warning', not {severity!r}"
        )
    node_types = getattr(module, "NODE_TYPES", None)
    if (
        not isinstance(node_types, tuple)
        or not node_types
        or not all(isinstance(t, str) for t in node_types)
    ):
        raise RuleDefinitionError(f"{where}: NODE_TYPES must be a non-empty tuple of node types")
    check = getattr(module, "check", None)
    if not callable(check):
        raise RuleDefinitionError(f"{where}: define check(stmt, ctx) yielding Issue objects")
    finish = getattr(module, "finish", None)
    if finish is not None and not callable(finish):
        raise RuleDefinitionError(f"{where}: finish must be a function finish(ctx)")
    summary = first_paragraph(doc)
    return Rule(
        id=rid,
        severity=cast("Severity", severity),
        summary=summary,
        doc=doc,
        node_types=node_types,
        opt_in=bool(getattr(module, "OPT_IN", False)),
        check=cast("CheckFn", check),
        finish=cast("FinishFn | None", finish),
        options=tuple(getattr(module, "OPTIONS", ())),
    )


def first_paragraph(doc: str) -> str:
    """The docstring's first paragraph on one line: the rule's summary."""
    return " ".join(doc.strip().split("\n\n", 1)[0].split())


def _meta(rid: str, severity: Severity, doc: str) -> Rule:
    return Rule(rid, severity, first_paragraph(doc), doc, builtin=True)


META_RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        _meta(
            "syntax-error",
            "error",
            """PostgreSQL cannot parse this statement (or this DO block's PL/pgSQL).

**Trigger.** The file (or a DO block body) does not parse with PostgreSQL's own grammar
(libpg_query), or it contains a psql meta-command such as `\\i` or `\\set`.

**Effect.** `pgmig up` refuses the file before running anything; PostgreSQL would reject the
statement at deploy time.

**Safe alternative.** Fix the statement at the reported line and column. psql meta-commands are
not SQL: inline what they would include or set.

**Suppress.** Cannot be suppressed: a file that does not parse cannot be analysed.
""",
        ),
        _meta(
            "invalid-directive",
            "error",
            """A `-- pgmig:` directive comment is unknown, misplaced or malformed.

**Trigger.** A `-- pgmig:<name>` line that pgmig does not know, a header-only directive (such
as `no-transaction`) after the first statement, or a directive missing its argument.

**Effect.** `pgmig up` refuses the file: a misspelt `-- pgmig:no-transaction` would otherwise
silently run the file in a transaction.

**Safe alternative.** Use one of the known directives (the message lists them) in the leading
comment block.

**Suppress.** Set `invalid-directive = "off"` in `[rules]` (not recommended).
""",
        ),
        _meta(
            "empty-migration",
            "error",
            """An up migration contains no SQL statement.

**Trigger.** An up file with only comments or whitespace, without `-- pgmig:allow-empty` in its
leading comments.

**Effect.** `pgmig up` refuses the file: it would be recorded as applied and never run again,
so SQL written into it later (a forgotten `pgmig new`?) would silently never reach the database.

**Safe alternative.** Write the migration, or mark a deliberate no-op:

```sql
-- pgmig:allow-empty
-- placeholder: the change was applied by hand in INC-1234
```

**Suppress.** `-- pgmig:allow-empty` in the leading comments.
""",
        ),
        _meta(
            "invalid-ignore",
            "error",
            """A `-- pgmig:ignore` / `-- pgmig:ignore-file` directive names an unknown rule or
gives no reason.

**Trigger.** `-- pgmig:ignore <rule>[,<rule>] <reason>` where a rule id is not a pgmig rule
(typo?) or the reason is missing.

**Effect.** An ignore with a typo in the rule id suppresses nothing; an ignore without a reason
leaves the next reader guessing why an unsafe operation was accepted.

**Safe alternative.** `-- pgmig:ignore create-index-non-concurrently table has 40 rows` (see
`pgmig explain --list` for the ids).

**Suppress.** Set `invalid-ignore = "off"` in `[rules]`.
""",
        ),
        _meta(
            "unused-ignore",
            "warning",
            """A `-- pgmig:ignore` directive suppressed nothing.

**Trigger.** An ignore directive whose rule did not report anything on the statement (or, for
`ignore-file`, in the file) it covers.

**Why it hurts.** A stale ignore hides the next real problem that statement may get after an
edit.

**Safe alternative.** Delete the directive line.

**Suppress.** Set `unused-ignore = "off"` in `[rules]`.
""",
        ),
        _meta(
            "internal-error",
            "error",
            """A pgmig rule crashed on this statement (a bug in pgmig).

**Trigger.** An exception inside a rule's code. The statement was not fully analysed.

**Safe alternative.** Report it with the statement's SQL; meanwhile review the statement by
hand.

**Suppress.** `-- pgmig:ignore <the crashed rule> <reason>` on the statement.
""",
        ),
    )
}


# rule modules that failed to import or break the contract: module name -> error message
LOAD_ERRORS: dict[str, str] = {}


@lru_cache(maxsize=1)
def load_rules() -> dict[str, Rule]:
    """Every rule module, by id (sorted). Imports the modules once.

    A module that fails to import or breaks the contract is left out and recorded in
    :data:`LOAD_ERRORS` (the test suite fails on it, ``check`` reports it): one broken rule must
    not take the other thirty down with it.
    """
    from pgmig.analyzer import rules as package

    found: dict[str, Rule] = {}
    LOAD_ERRORS.clear()
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            rule = _from_module(module)
            if rule.id in META_RULES:
                raise RuleDefinitionError(
                    f"rule module {info.name} reuses the built-in id {rule.id}"
                )
        except Exception as exc:
            LOAD_ERRORS[info.name] = f"{type(exc).__name__}: {exc}"
            continue
        found[rule.id] = rule
    return found


def all_rules() -> dict[str, Rule]:
    """Rule modules and meta rules, by id."""
    return {**load_rules(), **META_RULES}


def get_rule(rid: str) -> Rule | None:
    return all_rules().get(rid)
