-- No column is declared here; the rule looks at declared column types.
CREATE TABLE orders_2019 AS SELECT id, created_at FROM orders;
