"""The analyzer's precision and recall on the independent labelled corpus (tests/corpus/).

The corpus was written blind (from the rule catalog and PostgreSQL facts, not from the rules'
code); bench/corpus_eval.py scores it. These tests keep the bar: overall precision and recall
>= 0.95 over (file, rule) pairs, every label names a real default-enabled rule, and every rule of
the catalog is exercised by the corpus.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BAR = 0.95


def _load_eval() -> ModuleType:
    path = ROOT / "bench" / "corpus_eval.py"
    spec = importlib.util.spec_from_file_location("corpus_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


corpus_eval = _load_eval()


@pytest.fixture(scope="module")
def files() -> list[Any]:
    return corpus_eval.read_corpus(corpus_eval.DEFAULT_CORPUS)


@pytest.fixture(scope="module")
def evaluation(files: list[Any]) -> Any:
    return corpus_eval.analyse(files)


def test_every_corpus_label_names_a_default_enabled_rule(files: list[Any]) -> None:
    assert corpus_eval.validate_labels(files) == []


def test_corpus_exercises_every_default_rule_at_least_three_times(files: list[Any]) -> None:
    default, _ = corpus_eval._known_rules()
    uses = {rule: sum(rule in f.expected for f in files) for rule in default}
    assert {rule: n for rule, n in uses.items() if n < 3} == {}


def test_corpus_is_mostly_safe_migrations(files: list[Any]) -> None:
    safe = sum(not f.expected for f in files)
    assert len(files) >= 250
    assert safe > len(files) / 2


def test_overall_precision_and_recall_meet_the_bar(evaluation: Any) -> None:
    ev = evaluation
    report = corpus_eval.render(ev)
    assert ev.overall.precision >= BAR, report
    assert ev.overall.recall >= BAR, report


def test_no_safe_corpus_file_is_flagged_more_than_the_bar_allows(evaluation: Any) -> None:
    ev = evaluation
    assert ev.per_file.precision >= BAR, corpus_eval.render(ev)
    assert ev.per_file.recall >= BAR, corpus_eval.render(ev)


def test_scoring_counts_each_rule_once_per_file_and_meta_rules_as_false_positives() -> None:
    f = corpus_eval.CorpusFile(Path("x.sql"), frozenset({"drop-table", "drop-column"}), 15)
    r = corpus_eval.FileResult(f, {"drop-table": [3, 4], "syntax-error": [7]})
    ev = corpus_eval.score([r])
    assert (ev.overall.tp, ev.overall.fp, ev.overall.fn) == (1, 1, 1)
    assert ev.mismatches() == [
        "FP x.sql:7 syntax-error (reported, not expected)",
        "FN x.sql:1 drop-column (expected, not reported)",
    ]


def test_a_file_without_a_label_header_is_a_corpus_error(tmp_path: Path) -> None:
    (tmp_path / "001_x.sql").write_text("DROP TABLE t;\n")
    with pytest.raises(corpus_eval.CorpusError, match=r"001_x.sql:1: no `-- corpus-expect"):
        corpus_eval.read_corpus(tmp_path)
