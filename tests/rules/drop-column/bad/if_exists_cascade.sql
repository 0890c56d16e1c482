-- CASCADE also drops the order_notes view that selects the column.
ALTER TABLE orders DROP COLUMN IF EXISTS notes CASCADE;
