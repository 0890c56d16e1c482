ALTER TABLE orders ALTER COLUMN state TYPE text USING state::text;
