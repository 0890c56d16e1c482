-- The live schema has no such column: DROP COLUMN IF EXISTS does nothing.
ALTER TABLE orders DROP COLUMN IF EXISTS fax_number;
