"""Unit tests for the parts of the group-C rules that the data-driven cases in tests/rules/ do not
pin down on their own: rule options from dotted `[rules]` keys (naming-convention templates), the
batch loops backfill-under-ddl-lock only offers when they provably end, and verdicts that depend
on statements later in the file."""

from __future__ import annotations

import pytest

from pgmig.analyzer.catalog import ColumnFact, IndexFact, RelationFact, StaticCatalog
from pgmig.analyzer.engine import RuleSet, UnknownRule, analyze_text
from pgmig.analyzer.findings import Finding


def _run(sql: str, rules: dict[str, str], *, catalog: StaticCatalog | None = None) -> list[Finding]:
    findings = analyze_text(sql, ruleset=RuleSet.build(rules), pg_version=15, catalog=catalog)
    return [f for f in findings if f.rule in {k.partition(".")[0] for k in rules}]


# ---- naming-convention options --------------------------------------------------------------


def test_naming_convention_is_off_unless_enabled() -> None:
    findings = analyze_text("CREATE INDEX ON orders (customer_id);", pg_version=15)
    assert not [f for f in findings if f.rule == "naming-convention"]


def test_naming_convention_index_template_comes_from_a_dotted_rules_key() -> None:
    rules = {"naming-convention": "warning", "naming-convention.index": "ix_{table}_{columns}"}
    assert not _run("CREATE INDEX ix_orders_customer_id ON orders (customer_id);", rules)
    (finding,) = _run("CREATE INDEX idx_orders_customer_id ON orders (customer_id);", rules)
    assert "`ix_{table}_{columns}`" in finding.message
    assert 'expected "ix_orders_customer_id"' in finding.message
    assert finding.suggestion == "CREATE INDEX ix_orders_customer_id ON orders (customer_id);"


def test_an_option_key_alone_does_not_enable_the_opt_in_rule() -> None:
    rules = {"naming-convention.index": "ix_{table}_{columns}"}
    findings = analyze_text(
        "CREATE INDEX bad_name ON orders (customer_id);", ruleset=RuleSet.build(rules)
    )
    assert not [f for f in findings if f.rule == "naming-convention"]


def test_an_empty_template_turns_that_kind_off() -> None:
    rules = {"naming-convention": "warning", "naming-convention.check": ""}
    sql = "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0) NOT VALID;"
    assert not _run(sql, rules)


def test_primary_keys_are_checked_once_a_template_is_configured() -> None:
    rules = {"naming-convention": "error", "naming-convention.primary_key": "pk_{table}"}
    (finding,) = _run("CREATE TABLE t (id bigint PRIMARY KEY);", rules)
    assert finding.severity == "error"
    assert '"t_pkey"' in finding.message and 'expected "pk_t"' in finding.message
    assert finding.suggestion == "CREATE TABLE t (id bigint CONSTRAINT pk_t PRIMARY KEY);"


def test_ref_table_placeholder_and_wildcard() -> None:
    rules = {
        "naming-convention": "warning",
        "naming-convention.foreign_key": "fk_{table}_{ref_table}",
        "naming-convention.check": "ck_*",
    }
    sql = (
        "ALTER TABLE orders ADD CONSTRAINT fk_orders_customers FOREIGN KEY (customer_id) "
        "REFERENCES customers (id) NOT VALID;\n"
        "ALTER TABLE orders ADD CONSTRAINT ck_total_positive CHECK (total > 0) NOT VALID;\n"
    )
    assert not _run(sql, rules)


def test_an_option_of_an_unknown_rule_is_an_unknown_rule() -> None:
    with pytest.raises(UnknownRule):
        RuleSet.build({"naming-convetion.index": "ix_{table}"})


# ---- backfill-under-ddl-lock: batch loops that end ------------------------------------------

BACKFILL = {"backfill-under-ddl-lock": "error"}


def test_backfill_of_a_new_column_gets_a_loop_that_ends_when_no_row_is_null() -> None:
    (finding,) = _run(
        "ALTER TABLE orders ADD COLUMN public_id uuid;\n"
        "UPDATE orders SET public_id = gen_random_uuid();\n",
        BACKFILL,
    )
    assert finding.suggestion is not None
    assert "WHERE public_id IS NULL LIMIT 10000" in finding.suggestion
    assert "COMMIT;" in finding.suggestion


@pytest.mark.parametrize(
    "update",
    [
        "UPDATE orders SET total = total + 1",  # never "done": it references its own column
        "UPDATE orders SET status = md5(random()::text)",  # volatile, existing column
        "UPDATE orders SET price = 1.5",  # the column type may round the literal: unknown offline
        "UPDATE orders SET note = 'x' RETURNING id",
        "UPDATE orders o SET note = c.name FROM customers c WHERE c.id = o.customer_id",
    ],
)
def test_backfill_offers_no_loop_when_it_might_never_end(update: str) -> None:
    (finding,) = _run(
        f"ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\n{update};\n", BACKFILL
    )
    assert finding.suggestion is None
    assert finding.suggestion_note and "commit the DDL first" in finding.suggestion_note


def test_backfill_casts_to_the_column_type_the_live_catalog_knows() -> None:
    catalog = StaticCatalog(
        relations={
            ("public", "orders"): RelationFact(
                "public",
                "orders",
                "r",
                columns={"price": ColumnFact("price", "integer", "int4", "pg_catalog", -1, False)},
            )
        }
    )
    (finding,) = _run(
        "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\n"
        "UPDATE orders SET price = 1.5;\n",
        BACKFILL,
        catalog=catalog,
    )
    assert finding.suggestion is not None
    assert "price IS DISTINCT FROM (1.5)::integer" in finding.suggestion


def test_backfill_is_not_reported_after_a_commit_in_a_no_transaction_file() -> None:
    sql = (
        "-- pgmig:no-transaction\n"
        "BEGIN;\nALTER TABLE orders ADD COLUMN source text;\nCOMMIT;\n"
        "UPDATE orders SET source = 'web';\n"
    )
    assert not _run(sql, BACKFILL)


# ---- verdicts that depend on later statements ----------------------------------------------


def test_rename_is_exempt_only_with_a_compat_view_in_the_same_transaction() -> None:
    rules = {"rename-table": "error"}
    same = "ALTER TABLE orders RENAME TO sales_orders;\nCREATE VIEW orders AS SELECT * FROM sales_orders;\n"
    assert not _run(same, rules)
    later = (
        "-- pgmig:no-transaction\n"
        "ALTER TABLE orders RENAME TO sales_orders;\n"
        "CREATE INDEX CONCURRENTLY sales_orders_status_idx ON sales_orders (status);\n"
        "CREATE VIEW orders AS SELECT * FROM sales_orders;\n"
    )
    (finding,) = _run(later, rules)
    assert finding.line == 2


def test_truncate_then_refill_in_the_same_transaction_suggests_a_plain_delete() -> None:
    (finding,) = _run(
        "TRUNCATE country_codes;\nINSERT INTO country_codes VALUES ('DE', 'Germany');\n",
        {"truncate-table": "error"},
    )
    assert finding.suggestion == "DELETE FROM country_codes;"


def test_foreign_key_index_from_the_live_catalog_counts() -> None:
    rules = {"foreign-key-without-index": "warning"}
    sql = (
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) "
        "REFERENCES customers (id) NOT VALID;\n"
    )
    assert _run(sql, rules)  # offline: unknown, reported
    covered = StaticCatalog(
        relations={
            ("public", "orders"): RelationFact(
                "public", "orders", "r", indexes=(IndexFact("ix", ("customer_id", "created_at")),)
            )
        }
    )
    assert not _run(sql, rules, catalog=covered)
    partial = StaticCatalog(
        relations={
            ("public", "orders"): RelationFact(
                "public", "orders", "r", indexes=(IndexFact("ix", ("customer_id",), partial=True),)
            )
        }
    )
    assert _run(sql, rules, catalog=partial)


def test_primary_key_added_later_in_the_file_satisfies_the_rule() -> None:
    rules = {"table-without-primary-key": "warning"}
    assert not _run(
        "CREATE TABLE t (id bigint NOT NULL);\nALTER TABLE t ADD PRIMARY KEY (id);\n", rules
    )
    assert _run("CREATE TABLE t (id bigint NOT NULL);\n", rules)
