-- pg-version: 17
-- PostgreSQL 17: changing a stored generated column's expression recomputes every row.
ALTER TABLE orders ALTER COLUMN total SET EXPRESSION AS (subtotal + tax + 0);
