-- corpus-expect: drop-column
ALTER TABLE orders
    DROP CONSTRAINT IF EXISTS orders_legacy_ref_check,
    DROP COLUMN IF EXISTS legacy_ref;
