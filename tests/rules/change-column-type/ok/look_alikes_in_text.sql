-- ALTER TABLE orders ALTER COLUMN id TYPE bigint;  (next quarter)
/* ALTER TABLE customers ALTER COLUMN tier TYPE bigint; */
COMMENT ON COLUMN orders.id IS 'ALTER COLUMN id TYPE bigint planned';
SELECT 'ALTER TABLE orders ALTER COLUMN quantity TYPE integer' AS todo;
SELECT $$ALTER TABLE customers ALTER COLUMN preferences TYPE jsonb$$;
