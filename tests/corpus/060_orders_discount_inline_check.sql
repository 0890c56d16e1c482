-- corpus-expect: add-check-constraint
-- An inline CHECK on ADD COLUMN still scans the whole table to verify it.
ALTER TABLE orders ADD COLUMN discount_pct integer DEFAULT 0 CHECK (discount_pct BETWEEN 0 AND 100);
