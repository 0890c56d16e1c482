-- corpus-expect: rewrite-whole-table
-- corpus-pg-version: 17
ALTER TABLE products ALTER COLUMN price_with_tax SET EXPRESSION AS (round(price * 1.20, 2));
