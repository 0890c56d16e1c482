"""Precision and recall of ``pgmig check`` on the labelled corpus in ``tests/corpus/``.

Usage (from the repository root)::

    .venv/bin/python bench/corpus_eval.py                 # table + every mismatch
    .venv/bin/python bench/corpus_eval.py --json          # machine-readable
    .venv/bin/python bench/corpus_eval.py --corpus DIR --min 0.95   # exit 1 below the bar

Design:

* Each corpus file starts with ``-- corpus-expect: <rule-id>[, ...]`` (or ``none``): the set of
  default-enabled rules a correct analyzer reports for it, offline, with default settings; and
  optionally ``-- corpus-pg-version: N`` (default 15). See ``tests/corpus/README.md``.
* Every file is analysed through the public API (:func:`pgmig.analyzer.check`) exactly as
  ``pgmig check --offline --pg-version N FILE`` would: default :class:`~pgmig.config.Settings`
  (no config file, no environment), no database.
* Scoring is over (file, rule) pairs: a rule counts once per file however many findings it has.
  Every reported rule id counts, including the engine's meta rules (``syntax-error``,
  ``internal-error``, ``unused-ignore``...): a corpus file never expects them, so they are false
  positives. Precision/recall are given per rule and overall (micro-averaged over pairs), plus
  per file: "dangerous" = at least one expected rule; "flagged" = at least one reported rule.
* A mismatch is listed with ``file:line`` (the finding's line for a false positive; the label
  line, 1, for a false negative, since nothing was reported to point at).

Pure: reads the corpus files, never connects anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
DEFAULT_PG_VERSION = 15

_EXPECT = re.compile(r"^--\s*corpus-expect:\s*(?P<rules>.*?)\s*$", re.MULTILINE)
_PG_VERSION = re.compile(r"^--\s*corpus-pg-version:\s*(?P<v>\d+)\s*$", re.MULTILINE)


class CorpusError(Exception):
    """A corpus file without a valid label header."""


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    expected: frozenset[str]
    pg_version: int


@dataclass
class FileResult:
    file: CorpusFile
    reported: dict[str, list[int]]  # rule id -> lines of its findings

    @property
    def tp(self) -> set[str]:
        return set(self.file.expected) & set(self.reported)

    @property
    def fp(self) -> set[str]:
        return set(self.reported) - set(self.file.expected)

    @property
    def fn(self) -> set[str]:
        return set(self.file.expected) - set(self.reported)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Evaluation:
    results: list[FileResult]
    seconds: float
    per_rule: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    per_file: Counts = field(default_factory=Counts)  # "dangerous" vs "flagged"
    safe_files_flagged: int = 0
    safe_files: int = 0

    def mismatches(self) -> list[str]:
        """One line per wrong (file, rule) pair, sorted by file."""
        lines: list[str] = []
        for r in self.results:
            name = r.file.path.name
            for rule in sorted(r.fp):
                where = ",".join(str(n) for n in sorted(set(r.reported[rule])))
                lines.append(f"FP {name}:{where} {rule} (reported, not expected)")
            for rule in sorted(r.fn):
                lines.append(f"FN {name}:1 {rule} (expected, not reported)")
        return lines


def read_corpus(folder: Path) -> list[CorpusFile]:
    """The labelled files of ``folder`` (``*.sql``, sorted). Raises CorpusError on a bad header."""
    files: list[CorpusFile] = []
    for path in sorted(folder.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        m = _EXPECT.search(text)
        if m is None:
            raise CorpusError(
                f"{path}:1: no `-- corpus-expect: <rule-id>[, ...]` (or `none`) header"
            )
        raw = [r.strip() for r in m.group("rules").split(",") if r.strip()]
        if not raw:
            raise CorpusError(f"{path}: empty corpus-expect label; write `none` for a safe file")
        expected = frozenset() if raw == ["none"] else frozenset(raw)
        v = _PG_VERSION.search(text)
        files.append(CorpusFile(path, expected, int(v.group("v")) if v else DEFAULT_PG_VERSION))
    return files


def _known_rules() -> tuple[set[str], set[str]]:
    """(default-enabled rule ids, opt-in rule ids) of the installed analyzer."""
    from pgmig.analyzer.registry import load_rules

    rules = load_rules()  # the catalog's rule modules; meta rules are never labelled
    default = {rid for rid, rule in rules.items() if not rule.opt_in}
    opt_in = {rid for rid, rule in rules.items() if rule.opt_in}
    return default, opt_in


def validate_labels(files: Iterable[CorpusFile]) -> list[str]:
    """Labels that name no default-enabled rule (typos, opt-in rules): each one a problem."""
    default, opt_in = _known_rules()
    problems = []
    for f in files:
        for rule in sorted(f.expected - default):
            kind = "an opt-in rule (never labelled)" if rule in opt_in else "not a rule id"
            problems.append(f"{f.path.name}:1: {rule!r} is {kind}")
    return problems


def analyse(files: Sequence[CorpusFile]) -> Evaluation:
    """Run the analyzer on every file (offline, default settings, its target version)."""
    from pgmig.analyzer import check
    from pgmig.config import Settings

    settings = Settings()
    results: list[FileResult] = []
    started = time.perf_counter()
    for f in files:
        outcome = check([f.path], settings=settings, pg_version=f.pg_version, online=False)
        reported: dict[str, list[int]] = {}
        for finding in outcome.findings:
            reported.setdefault(finding.rule, []).append(finding.line)
        results.append(FileResult(f, reported))
    return score(results, time.perf_counter() - started)


def score(results: list[FileResult], seconds: float = 0.0) -> Evaluation:
    ev = Evaluation(results, seconds)
    for r in results:
        for rule in r.tp:
            ev.per_rule.setdefault(rule, Counts()).tp += 1
        for rule in r.fp:
            ev.per_rule.setdefault(rule, Counts()).fp += 1
        for rule in r.fn:
            ev.per_rule.setdefault(rule, Counts()).fn += 1
        ev.overall.tp += len(r.tp)
        ev.overall.fp += len(r.fp)
        ev.overall.fn += len(r.fn)
        dangerous, flagged = bool(r.file.expected), bool(r.reported)
        ev.per_file.tp += dangerous and flagged
        ev.per_file.fp += flagged and not dangerous
        ev.per_file.fn += dangerous and not flagged
        if not dangerous:
            ev.safe_files += 1
            ev.safe_files_flagged += flagged
    return ev


def render(ev: Evaluation) -> str:
    width = max([len(r) for r in ev.per_rule] + [len("overall (file, rule) pairs")])
    head = f"{'rule':<{width}}  {'TP':>4} {'FP':>4} {'FN':>4}  {'precision':>9} {'recall':>6}"
    out = [head, "-" * len(head)]
    for rule in sorted(ev.per_rule):
        c = ev.per_rule[rule]
        out.append(
            f"{rule:<{width}}  {c.tp:>4} {c.fp:>4} {c.fn:>4}  {c.precision:>9.3f} {c.recall:>6.3f}"
        )
    out.append("-" * len(head))
    for label, c in (
        ("overall (file, rule) pairs", ev.overall),
        ("files: dangerous?", ev.per_file),
    ):
        out.append(
            f"{label:<{width}}  {c.tp:>4} {c.fp:>4} {c.fn:>4}  {c.precision:>9.3f} {c.recall:>6.3f}"
        )
    n = len(ev.results)
    out.append("")
    out.append(
        f"{n} files ({n - ev.safe_files} dangerous, {ev.safe_files} safe; "
        f"{ev.safe_files_flagged} safe files flagged) analysed in {ev.seconds:.2f} s"
    )
    mismatches = ev.mismatches()
    out.append("")
    out.append(f"{len(mismatches)} mismatches" + (":" if mismatches else ""))
    out.extend(f"  {m}" for m in mismatches)
    return "\n".join(out)


def as_json(ev: Evaluation) -> dict[str, object]:
    def counts(c: Counts) -> dict[str, float | int]:
        return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall}

    return {
        "files": len(ev.results),
        "safe_files": ev.safe_files,
        "safe_files_flagged": ev.safe_files_flagged,
        "seconds": round(ev.seconds, 3),
        "overall": counts(ev.overall),
        "per_file": counts(ev.per_file),
        "per_rule": {rule: counts(c) for rule, c in sorted(ev.per_rule.items())},
        "mismatches": ev.mismatches(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--min",
        type=float,
        default=None,
        help="exit 1 when overall precision or recall is below this (e.g. 0.95)",
    )
    args = parser.parse_args(argv)
    try:
        files = read_corpus(args.corpus)
    except CorpusError as exc:
        print(f"corpus_eval: {exc}", file=sys.stderr)
        return 2
    problems = validate_labels(files)
    if problems:
        print("corpus_eval: bad labels:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2
    ev = analyse(files)
    print(json.dumps(as_json(ev), indent=2) if args.json else render(ev))
    if args.min is not None and min(ev.overall.precision, ev.overall.recall) < args.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
